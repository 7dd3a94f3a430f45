#pragma once

#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace pwb {

// The conversation's column of turns. It follows the newest text while the view is at the
// bottom and stays put once the user scrolls up to read — streaming never yanks the view back.
class ChatTranscript : public QScrollArea
{
    Q_OBJECT

public:
    explicit ChatTranscript(QWidget *parent = nullptr);

    void addTurn(QWidget *turn);
    void removeTurnsFrom(int index); // index into the turns (the prompt summary not counted)
    void setHeader(QWidget *header); // shown above the turns; replaces any previous one
    void clear();
    QWidget *turn(int index) const { return m_turns.value(index); }
    qsizetype turnCount() const { return m_turns.size(); }
    QLabel *emptyState() const { return m_empty; }

private:
    void updateEmptyState();

    QVBoxLayout *m_layout = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_header = nullptr;
    QList<QWidget *> m_turns;
};

} // namespace pwb

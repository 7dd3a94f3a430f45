#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;

namespace pwb {

class AssistantTurnWidget;
struct RunDetails;

// One side of a two-run comparison: which prompt version, provider and model the run was,
// how it ended and when, and its reply as the chat pane showed it (figures, reasoning, the
// error under the partial text). Read-only: nothing here sends anything.
class RunPairColumn : public QWidget
{
    Q_OBJECT

public:
    explicit RunPairColumn(QWidget *parent = nullptr);

    void show(const RunDetails &details);

    QLabel *titleLabel() const { return m_title; }
    QLabel *detailsLabel() const { return m_details; }
    AssistantTurnWidget *turn() const { return m_turn; }
    QScrollArea *scrollArea() const { return m_scroll; }

private:
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    AssistantTurnWidget *m_turn = nullptr;
    QScrollArea *m_scroll = nullptr;
};

} // namespace pwb

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTextBrowser;

namespace pwb {

// A word-level diff between the answers of any two columns: removed words struck through,
// inserted words tinted, and how much of the two answers is the same. Word granularity because
// answers are prose: a character diff reads as noise, a line diff hides a one-word change.
class CompareDiffPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CompareDiffPanel(QWidget *parent = nullptr);

    // The columns' titles and current answers; keeps the chosen pair when it still exists.
    void setAnswers(const QStringList &titles, const QStringList &texts);
    void choose(int left, int right);

    QComboBox *leftBox() const { return m_left; }
    QComboBox *rightBox() const { return m_right; }
    QTextBrowser *view() const { return m_view; }
    QLabel *similarityLabel() const { return m_similarity; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QStringList m_texts;
    QComboBox *m_left = nullptr;
    QComboBox *m_right = nullptr;
    QLabel *m_similarity = nullptr;
    QTextBrowser *m_view = nullptr;
};

} // namespace pwb

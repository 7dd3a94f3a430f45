#pragma once

#include <QDialog>
#include <QJsonArray>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace pwb {

// Edits a list of assertions (docs/ASSERTIONS.md) as JSON — a dataset's, applying to every
// case, or one case's. Checked as it is typed: a JSON syntax error by line and column, an
// assertion that cannot be read by its number and field; OK only when all of it reads.
class AssertionsDialog : public QDialog
{
    Q_OBJECT

public:
    AssertionsDialog(const QString &title, const QJsonArray &assertions, QWidget *parent = nullptr);

    QJsonArray assertions() const { return m_assertions; }
    QPlainTextEdit *editor() const { return m_editor; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void check();

    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QJsonArray m_assertions;
};

} // namespace pwb

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace pwb {

// An inline row for naming a label: an editable list of the prompt's labels and the usual ones,
// Enter sets, Esc cancels. Inline rather than a dialog, so the history stays in view.
class LabelEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LabelEditor(QWidget *parent = nullptr);

    // Shows the row with `prompt` before the field, offering `labels`, and focuses the field.
    void start(const QString &prompt, const QStringList &labels);
    QComboBox *comboBox() const { return m_combo; }

Q_SIGNALS:
    void accepted(const QString &label);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_prompt = nullptr;
    QComboBox *m_combo = nullptr;
};

} // namespace pwb

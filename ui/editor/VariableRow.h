#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pwb {

// One variable in the variables panel: its name, the value for the next run and its default.
class VariableRow : public QWidget
{
    Q_OBJECT

public:
    VariableRow(const QString &name, bool section, const QStringList &fields,
                QWidget *parent = nullptr);

    QString name() const { return m_name; }
    QPlainTextEdit *valueEdit() const { return m_value; }
    QLineEdit *defaultEdit() const { return m_default; }

    void setValue(const QString &value);
    void setDefault(const QString &value);

Q_SIGNALS:
    void valueEdited(const QString &name, const QString &value);
    void defaultEdited(const QString &name, const QString &value);

private:
    void fitHeight();

    QString m_name;
    QLabel *m_label = nullptr;
    QPlainTextEdit *m_value = nullptr;
    QLineEdit *m_default = nullptr;
};

} // namespace pwb

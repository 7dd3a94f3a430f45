#pragma once

#include "storage/PromptContent.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace pwb {

class VariableRow;

// The prompt's variables, found in its templates: one row per variable with the value used
// for the next run and the default saved with the prompt. A variable used as a section takes a
// JSON list or object; a plain one takes text. Rows follow the templates as they are typed —
// values of a variable that disappears are kept in case it comes back (a rename in progress).
class VariablesPanel : public QWidget
{
    Q_OBJECT

public:
    struct Slot
    {
        QString name;
        bool section = false; // used as {{#name}}: a list or object is expected
        QStringList fields; // names used inside the section, as a hint
        bool operator==(const Slot &) const = default;
    };

    explicit VariablesPanel(QWidget *parent = nullptr);

    void setSlots(const QList<Slot> &slots);
    QList<Slot> variableSlots() const { return m_slots; }

    // Defaults and descriptions saved with the prompt (only for variables in use).
    QList<VariableDefinition> definitions() const;
    void setDefinitions(const QList<VariableDefinition> &definitions);

    // Values typed for the next run (not part of the prompt), by variable name.
    QHash<QString, QString> values() const { return m_values; }
    void setValues(const QHash<QString, QString> &values);
    void setValue(const QString &name, const QString &value);

    // The data a run renders with: each variable's value, else its default; section variables
    // parsed as JSON. `problems` receives what is missing or not valid JSON.
    QJsonObject renderData(QStringList *problems = nullptr) const;

    VariableRow *row(const QString &name) const;

Q_SIGNALS:
    void valuesChanged();
    void definitionsChanged();

private:
    void rebuildRows();

    QList<Slot> m_slots;
    QHash<QString, QString> m_values;
    QHash<QString, VariableDefinition> m_definitions;
    QList<VariableRow *> m_rows;
    QVBoxLayout *m_rowLayout = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace pwb

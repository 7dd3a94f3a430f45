#include "editor/VariablesPanel.h"

#include "editor/VariableRow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pwb {

VariablesPanel::VariablesPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("variablesPanel"));
    m_empty = new QLabel(tr("No variables yet. Write {{name}} in a message to add one."));
    m_empty->setObjectName(QStringLiteral("variablesEmptyState"));
    m_empty->setEnabled(false);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *rows = new QWidget;
    m_rowLayout = new QVBoxLayout(rows);
    m_rowLayout->setContentsMargins(4, 4, 4, 4);
    m_rowLayout->setSpacing(8);
    m_rowLayout->addWidget(m_empty);
    m_rowLayout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(rows);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void VariablesPanel::setSlots(const QList<Slot> &variableSlots)
{
    if (variableSlots == m_slots) {
        return;
    }
    m_slots = variableSlots;
    rebuildRows();
}

void VariablesPanel::rebuildRows()
{
    // Keep the focused row's widget alive when the slots did not change its name, so typing a
    // value is never interrupted by a rebuild.
    QHash<QString, VariableRow *> existing;
    for (VariableRow *row : std::as_const(m_rows)) {
        existing.insert(row->name(), row);
    }
    QList<VariableRow *> rows;
    for (const Slot &slot : std::as_const(m_slots)) {
        VariableRow *row = existing.take(slot.name);
        if (!row) {
            row = new VariableRow(slot.name, slot.section, slot.fields);
            row->setValue(m_values.value(slot.name));
            row->setDefault(m_definitions.value(slot.name).defaultValue);
            connect(row, &VariableRow::valueEdited, this,
                    [this](const QString &name, const QString &value) {
                        m_values.insert(name, value);
                        Q_EMIT valuesChanged();
                    });
            connect(row, &VariableRow::defaultEdited, this,
                    [this](const QString &name, const QString &value) {
                        VariableDefinition &definition = m_definitions[name];
                        definition.name = name;
                        definition.defaultValue = value;
                        Q_EMIT definitionsChanged();
                    });
        }
        rows.append(row);
    }
    for (VariableRow *gone : std::as_const(existing)) {
        gone->deleteLater();
    }
    for (VariableRow *row : std::as_const(rows)) {
        m_rowLayout->removeWidget(row);
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        m_rowLayout->insertWidget(int(i) + 1, rows.at(i));
        rows.at(i)->show(); // at once, not on the layout's next pass: the user is typing
    }
    m_rows = rows;
    m_empty->setVisible(m_rows.isEmpty());
}

QList<VariableDefinition> VariablesPanel::definitions() const
{
    QList<VariableDefinition> result;
    for (const Slot &slot : m_slots) {
        const VariableDefinition definition = m_definitions.value(slot.name);
        if (!definition.defaultValue.isEmpty() || !definition.description.isEmpty()) {
            result.append({slot.name, definition.defaultValue, definition.description});
        }
    }
    return result;
}

void VariablesPanel::setDefinitions(const QList<VariableDefinition> &definitions)
{
    m_definitions.clear();
    for (const VariableDefinition &definition : definitions) {
        m_definitions.insert(definition.name, definition);
    }
    for (VariableRow *row : std::as_const(m_rows)) {
        row->setDefault(m_definitions.value(row->name()).defaultValue);
    }
}

void VariablesPanel::setValues(const QHash<QString, QString> &values)
{
    m_values = values;
    for (VariableRow *row : std::as_const(m_rows)) {
        row->setValue(m_values.value(row->name()));
    }
    Q_EMIT valuesChanged();
}

void VariablesPanel::setValue(const QString &name, const QString &value)
{
    m_values.insert(name, value);
    if (VariableRow *target = row(name)) {
        target->setValue(value);
    }
    Q_EMIT valuesChanged();
}

VariableRow *VariablesPanel::row(const QString &name) const
{
    for (VariableRow *row : m_rows) {
        if (row->name() == name) {
            return row;
        }
    }
    return nullptr;
}

QJsonObject VariablesPanel::renderData(QStringList *problems) const
{
    QJsonObject result;
    for (const Slot &slot : m_slots) {
        QString text = m_values.value(slot.name);
        if (text.isEmpty()) {
            text = m_definitions.value(slot.name).defaultValue;
        }
        if (text.isEmpty()) {
            if (problems && !slot.section) {
                problems->append(tr("{{%1}} has no value and no default.").arg(slot.name));
            }
            continue;
        }
        const QString trimmed = text.trimmed();
        const bool looksLikeJson = trimmed.startsWith(u'[') || trimmed.startsWith(u'{') ||
            trimmed == u"true" || trimmed == u"false";
        if (slot.section && looksLikeJson) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(
                QByteArrayLiteral("{\"v\":") + trimmed.toUtf8() + '}', &error);
            if (error.error == QJsonParseError::NoError) {
                result.insert(slot.name, document.object().value(u"v"));
                continue;
            }
            if (problems) {
                problems->append(tr("{{%1}}: the value is not valid JSON (%2); it is used as text.")
                                     .arg(slot.name, error.errorString()));
            }
        }
        result.insert(slot.name, text);
    }
    return result;
}

} // namespace pwb

#include "storage/DatasetCasesModel.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace pwb {

DatasetCasesModel::DatasetCasesModel(Database &database, qint64 datasetId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(database)
    , m_datasetId(datasetId)
{
    reload();
}

void DatasetCasesModel::reload()
{
    beginResetModel();
    m_cases = m_repository.cases(m_datasetId);
    m_variables.clear();
    for (const DatasetCase &c : std::as_const(m_cases)) {
        for (const QString &name : c.variables.keys()) {
            if (!m_variables.contains(name)) {
                m_variables.append(name);
            }
        }
    }
    endResetModel();
}

void DatasetCasesModel::addVariable(const QString &name)
{
    if (name.trimmed().isEmpty() || m_variables.contains(name.trimmed())) {
        return;
    }
    beginInsertColumns({}, int(m_variables.size()), int(m_variables.size()));
    m_variables.append(name.trimmed());
    endInsertColumns();
}

int DatasetCasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int DatasetCasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_variables.size()) + 2;
}

QVariant DatasetCasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::DisplayRole && role != Qt::EditRole)) {
        return {};
    }
    const DatasetCase &c = m_cases.at(index.row());
    if (index.column() == expectedColumn()) {
        return c.expected ? QVariant(*c.expected) : QVariant();
    }
    if (index.column() == metadataColumn()) {
        return c.metadata.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(c.metadata).toJson(QJsonDocument::Compact));
    }
    const QJsonValue value = c.variables.value(m_variables.at(index.column()));
    return value.isString() ? QVariant(value.toString()) : value.toVariant();
}

QVariant DatasetCasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    if (section == expectedColumn()) {
        return tr("Expected");
    }
    return section == metadataColumn() ? tr("Metadata") : QVariant(m_variables.value(section));
}

Qt::ItemFlags DatasetCasesModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) |
        (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool DatasetCasesModel::writeCell(int row, int column, const QVariant &value)
{
    DatasetCase changed = m_cases.at(row);
    if (column == expectedColumn()) {
        changed.expected = value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
    } else if (column == metadataColumn()) {
        const QString text = value.toString().trimmed();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (!text.isEmpty() && !document.isObject()) {
            Q_EMIT writeFailed(tr("Case %1, metadata: not a JSON object (%2).")
                                   .arg(row + 1)
                                   .arg(error.error == QJsonParseError::NoError
                                            ? tr("a JSON value, not an object")
                                            : error.errorString()));
            return false;
        }
        changed.metadata = document.object();
    } else if (value.isNull()) {
        changed.variables.remove(m_variables.at(column));
    } else {
        changed.variables.insert(m_variables.at(column), QJsonValue::fromVariant(value));
    }
    if (const Result<void> written = m_repository.updateCase(changed); !written) {
        Q_EMIT writeFailed(written.error());
        return false;
    }
    m_cases[row] = changed;
    Q_EMIT dataChanged(index(row, column), index(row, column), {Qt::DisplayRole, Qt::EditRole});
    return true;
}

bool DatasetCasesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const QVariant before = data(index, Qt::EditRole);
    if (before == value) {
        return true;
    }
    if (!writeCell(index.row(), index.column(), value)) {
        return false;
    }
    record({Change::Kind::Edit, index.row(), index.column(), before, value, {}});
    return true;
}

// Both write to the database first and then announce exactly the rows that were written, so
// that a failed write never leaves views with rows the model does not have.
bool DatasetCasesModel::insertCases(int row, QList<DatasetCase> &cases)
{
    const qsizetype wanted = cases.size();
    qsizetype written = 0;
    for (; written < wanted; ++written) {
        const Result<qint64> id =
            m_repository.insertCase(m_datasetId, cases[written], row + int(written));
        if (!id) {
            Q_EMIT writeFailed(id.error());
            break;
        }
        cases[written].id = id.value();
    }
    cases.resize(written);
    if (written > 0) {
        beginInsertRows({}, row, row + int(written) - 1);
        for (qsizetype i = 0; i < written; ++i) {
            m_cases.insert(row + i, cases.at(i));
        }
        endInsertRows();
    }
    return written == wanted;
}

bool DatasetCasesModel::removeCases(int row, int count)
{
    int removed = 0;
    for (; removed < count; ++removed) {
        if (const Result<void> done = m_repository.removeCase(m_cases.at(row + removed).id);
            !done) {
            Q_EMIT writeFailed(done.error());
            break;
        }
    }
    if (removed > 0) {
        beginRemoveRows({}, row, row + removed - 1);
        m_cases.remove(row, removed);
        endRemoveRows();
    }
    return removed == count;
}

bool DatasetCasesModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_cases.size() || count <= 0) {
        return false;
    }
    QList<DatasetCase> cases(count);
    if (!insertCases(row, cases)) {
        return false;
    }
    record({Change::Kind::Insert, row, 0, {}, {}, cases});
    return true;
}

bool DatasetCasesModel::insertCase(int row, const DatasetCase &data)
{
    if (row < 0 || row > m_cases.size()) {
        row = int(m_cases.size());
    }
    QList<DatasetCase> cases {data};
    if (!insertCases(row, cases)) {
        return false;
    }
    // A variable new to this table gets its column, before Expected.
    for (const QString &name : data.variables.keys()) {
        addVariable(name);
    }
    record({Change::Kind::Insert, row, 0, {}, {}, cases});
    return true;
}

bool DatasetCasesModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_cases.size()) {
        return false;
    }
    const QList<DatasetCase> removed = m_cases.mid(row, count);
    if (!removeCases(row, count)) {
        return false;
    }
    record({Change::Kind::Remove, row, 0, {}, {}, removed});
    return true;
}

void DatasetCasesModel::record(Change change)
{
    m_undo.append(std::move(change));
    m_redo.clear();
    Q_EMIT undoStateChanged();
}

void DatasetCasesModel::apply(const Change &change, bool forward, Change &updated)
{
    updated = change;
    switch (change.kind) {
    case Change::Kind::Edit:
        writeCell(change.row, change.column, forward ? change.after : change.before);
        break;
    case Change::Kind::Insert:
    case Change::Kind::Remove: {
        // Undoing an insertion removes the cases; undoing a removal puts them back (new ids).
        const bool insert = (change.kind == Change::Kind::Insert) == forward;
        if (insert) {
            insertCases(change.row, updated.cases);
        } else {
            removeCases(change.row, int(change.cases.size()));
        }
        break;
    }
    }
}

void DatasetCasesModel::undo()
{
    if (m_undo.isEmpty()) {
        return;
    }
    Change updated;
    apply(m_undo.takeLast(), false, updated);
    m_redo.append(updated);
    Q_EMIT undoStateChanged();
}

void DatasetCasesModel::redo()
{
    if (m_redo.isEmpty()) {
        return;
    }
    Change updated;
    apply(m_redo.takeLast(), true, updated);
    m_undo.append(updated);
    Q_EMIT undoStateChanged();
}

} // namespace pwb

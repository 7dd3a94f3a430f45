#include "eval/EvalResultsModel.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

namespace pwb {

EvalResultsModel::EvalResultsModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{ }

void EvalResultsModel::load(qint64 evalRunId, const QList<EvalColumnKey> &columns)
{
    beginResetModel();
    m_evalRunId = evalRunId;
    m_cases.clear();
    m_rowOfCase.clear();
    m_columns = columns;
    m_results.clear();
    m_versionNumbers.clear();
    EvalRepository evals(m_database);
    if (const std::optional<qint64> dataset = evals.datasetOf(evalRunId)) {
        m_cases = DatasetRepository(m_database).cases(*dataset);
    }
    for (int row = 0; row < m_cases.size(); ++row) {
        m_rowOfCase.insert(m_cases.at(row).id, row);
    }
    QSqlQuery numbers(m_database.connection());
    numbers.exec(QStringLiteral("SELECT id, number FROM prompt_versions"));
    while (numbers.next()) {
        m_versionNumbers.insert(numbers.value(0).toLongLong(), numbers.value(1).toInt());
    }
    for (const EvalResult &result : evals.results(evalRunId)) {
        const int row = m_rowOfCase.value(result.caseId, -1);
        if (row >= 0) {
            m_results.insert(
                {row, columnOf({result.promptVersionId, result.providerId, result.model}, true)},
                result);
        }
    }
    endResetModel();
}

int EvalResultsModel::columnOf(const EvalColumnKey &key, bool add)
{
    const qsizetype index = m_columns.indexOf(key);
    if (index >= 0 || !add) {
        return int(index);
    }
    m_columns.append(key);
    return int(m_columns.size()) - 1;
}

void EvalResultsModel::addResult(const EvalResult &result)
{
    const int row = m_rowOfCase.value(result.caseId, -1);
    if (row < 0) {
        return;
    }
    const EvalColumnKey key {result.promptVersionId, result.providerId, result.model};
    int column = columnOf(key, false);
    if (column < 0) {
        column = int(m_columns.size());
        beginInsertColumns({}, column, column);
        m_columns.append(key);
        endInsertColumns();
    }
    m_results.insert({row, column}, result);
    Q_EMIT dataChanged(index(row, column), index(row, column));
}

std::optional<EvalResult> EvalResultsModel::result(int row, int column) const
{
    const auto it = m_results.constFind({row, column});
    return it == m_results.cend() ? std::nullopt : std::optional<EvalResult>(*it);
}

QString EvalResultsModel::columnLabel(int column) const
{
    const EvalColumnKey &key = m_columns.at(column);
    const QString version = key.promptVersionId
        ? tr("v%1").arg(m_versionNumbers.value(*key.promptVersionId))
        : tr("unsaved");
    return tr("%1 · %2/%3").arg(version, key.providerId, key.model);
}

int EvalResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int EvalResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant EvalResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const std::optional<EvalResult> cell = result(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (!cell) {
            return QString();
        }
        return cell->score
            ? tr("%1 · %2").arg(cell->status, QLocale().toString(*cell->score, 'f', 2))
            : cell->status;
    case Qt::ToolTipRole:
        if (cell && !cell->assertions.isEmpty()) {
            QStringList reasons;
            for (const QJsonValue &assertion : cell->assertions) {
                const QString reason =
                    assertion.toObject().value(QStringLiteral("reason")).toString();
                if (!reason.isEmpty()) {
                    reasons.append(reason);
                }
            }
            return reasons.join(u'\n');
        }
        return {};
    case StatusRole:
        return cell ? cell->status : QString();
    case ScoreRole:
        return cell && cell->score ? QVariant(*cell->score) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant EvalResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return section >= 0 && section < m_columns.size() ? columnLabel(section) : QVariant();
    }
    if (section < 0 || section >= m_cases.size()) {
        return {};
    }
    const DatasetCase &testCase = m_cases.at(section);
    if (role == Qt::ToolTipRole) {
        return QString::fromUtf8(QJsonDocument(testCase.variables).toJson(QJsonDocument::Indented));
    }
    // The case's number and the start of its first variable, so a row can be recognised.
    QString preview;
    if (!testCase.variables.isEmpty()) {
        const QJsonValue first = testCase.variables.begin().value();
        preview = first.isString()
            ? first.toString()
            : QString::fromUtf8(QJsonDocument(QJsonArray {first}).toJson(QJsonDocument::Compact))
                  .mid(1)
                  .chopped(1);
    }
    preview = preview.simplified();
    if (preview.size() > 40) {
        preview = preview.left(39) + u'…';
    }
    return preview.isEmpty() ? QString::number(section + 1)
                             : tr("%1 %2").arg(section + 1).arg(preview);
}

} // namespace pwb

#include "storage/SearchResultsModel.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace pwb {

namespace {
constexpr int kLimitPerKind = 200;
// Prompts come by relevance (there are at most thousands); runs newest first, which also lets
// FTS5 stop after the limit instead of scoring every match (bench_storage: 65 ms -> see
// BENCHMARKS.md). Rare characters mark the match in SQLite's snippet(), so the HTML can be built
// safely later. Snippet lengths are in tokens, and a trigram token is about one character: 64 is
// the most.
const QString kOpen = QStringLiteral("\u0002");
const QString kClose = QStringLiteral("\u0003");
} // namespace

SearchResultsModel::SearchResultsModel(Database &database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
{ }

void SearchResultsModel::setQuery(const QString &text)
{
    beginResetModel();
    m_query = text.trimmed();
    m_hits.clear();
    if (m_query.size() >= 3) {
        // Both queries bind: match markers, the phrase, the limit; and return id, title, snippet.
        auto collect = [this](const QString &sql, const QString &kind, auto title) {
            QSqlQuery query(m_database.connection());
            query.prepare(sql);
            for (const QVariant &value : {QVariant(kOpen), QVariant(kClose),
                                          QVariant(ftsPhrase(m_query)), QVariant(kLimitPerKind)}) {
                query.addBindValue(value);
            }
            if (query.exec()) {
                while (query.next()) {
                    m_hits.append({kind, query.value(0).toLongLong(), title(query),
                                   query.value(2).toString()});
                }
            }
        };
        collect(QStringLiteral(
                    "SELECT s.rowid, p.name, snippet(prompt_search, -1, ?, ?, '…', 64) "
                    "FROM prompt_search s JOIN prompts p ON p.id = s.rowid "
                    "WHERE prompt_search MATCH ? AND p.deleted_at IS NULL ORDER BY rank LIMIT ?"),
                QStringLiteral("prompt"),
                [](const QSqlQuery &row) { return row.value(1).toString(); });
        collect(QStringLiteral("SELECT s.rowid, r.model, snippet(run_search, 0, ?, ?, '…', 64) "
                               "FROM run_search s JOIN runs r ON r.id = s.rowid "
                               "WHERE run_search MATCH ? ORDER BY s.rowid DESC LIMIT ?"),
                QStringLiteral("run"), [this](const QSqlQuery &row) {
                    return tr("Run %1 · %2")
                        .arg(row.value(0).toLongLong())
                        .arg(row.value(1).toString());
                });
    }
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Hit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return hit.title;
    case KindRole:
        return hit.kind;
    case IdRole:
        return hit.id;
    case SnippetRole:
        return QString(hit.snippet)
            .replace(kOpen, QStringLiteral("["))
            .replace(kClose, QStringLiteral("]"));
    case SnippetHtmlRole:
        return hit.snippet.toHtmlEscaped()
            .replace(kOpen, QStringLiteral("<b>"))
            .replace(kClose, QStringLiteral("</b>"));
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(SnippetRole, "snippet");
    names.insert(SnippetHtmlRole, "snippetHtml");
    return names;
}

} // namespace pwb

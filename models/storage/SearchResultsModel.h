#pragma once

#include <QAbstractListModel>

namespace pwb {

class Database;

// Full-text search over the workspace: prompts (name and newest messages) and run replies, with
// the matching words marked in a snippet. Any substring of 3+ characters matches (trigram
// index), in any script.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "prompt" or "run"
        IdRole,
        TitleRole,
        SnippetRole, // plain text, matches between [ and ]
        SnippetHtmlRole, // HTML-escaped, matches in <b>
    };

    explicit SearchResultsModel(Database &database, QObject *parent = nullptr);

    void setQuery(const QString &text); // fewer than 3 characters: no results
    QString query() const { return m_query; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Hit
    {
        QString kind;
        qint64 id;
        QString title;
        QString snippet;
    };

    Database &m_database;
    QString m_query;
    QList<Hit> m_hits;
};

} // namespace pwb

#include "storage/SqlScript.h"

namespace pwb {

QStringList splitSqlStatements(const QString &script)
{
    QStringList statements;
    QString current;
    int blockDepth = 0; // BEGIN … END of a trigger
    const qsizetype n = script.size();
    auto wordAt = [&](qsizetype i, QLatin1StringView word) {
        if (i + word.size() > n ||
            script.mid(i, word.size()).compare(word, Qt::CaseInsensitive) != 0) {
            return false;
        }
        const bool startOk =
            i == 0 || !(script.at(i - 1).isLetterOrNumber() || script.at(i - 1) == u'_');
        const qsizetype end = i + word.size();
        const bool endOk =
            end >= n || !(script.at(end).isLetterOrNumber() || script.at(end) == u'_');
        return startOk && endOk;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') { // line comment
            while (i < n && script.at(i) != u'\n') {
                ++i;
            }
            current += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') { // block comment
            i += 2;
            while (i + 1 < n && !(script.at(i) == u'*' && script.at(i + 1) == u'/')) {
                ++i;
            }
            ++i;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"') { // quoted: copied as is, '' and "" escape themselves
            current += c;
            for (++i; i < n; ++i) {
                current += script.at(i);
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) {
                        current += script.at(++i);
                        continue;
                    }
                    break;
                }
            }
            continue;
        }
        if (wordAt(i, QLatin1StringView("BEGIN")) &&
            current.contains(QLatin1StringView("TRIGGER"), Qt::CaseInsensitive)) {
            ++blockDepth;
        } else if (blockDepth > 0 && wordAt(i, QLatin1StringView("CASE"))) {
            ++blockDepth; // CASE … END inside a trigger body
        } else if (blockDepth > 0 && wordAt(i, QLatin1StringView("END"))) {
            --blockDepth;
        }
        if (c == u';' && blockDepth == 0) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty()) {
                statements << statement;
            }
            current.clear();
            continue;
        }
        current += c;
    }
    const QString rest = current.trimmed();
    if (!rest.isEmpty()) {
        statements << rest;
    }
    return statements;
}

} // namespace pwb

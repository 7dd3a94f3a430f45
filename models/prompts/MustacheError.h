#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace pwb {

// Why a Mustache template cannot be parsed or rendered, and where: the editor underlines
// [offset, offset + length) and the command line prints FILE:LINE:COLUMN. Positions count
// UTF-16 code units, as QString and the editor's cursor do.
struct MustacheError
{
    Q_DECLARE_TR_FUNCTIONS(pwb::MustacheError)

public:
    QString message; // names the tag, e.g. section "items" is never closed
    int line = 0; // 1-based
    int column = 0; // 1-based
    qsizetype offset = 0;
    qsizetype length = 0;
    // The partial whose text has the error; empty when it is in the template itself.
    QString partial;

    // The error at [offset, offset + length) of `text`, with its line and column worked out.
    static MustacheError at(QStringView text, qsizetype offset, qsizetype length, QString message);
    // A tag's source for a message: "{{#items}}", cut short at a line break or 40 characters.
    static QString quoteTag(QStringView text, qsizetype offset, qsizetype length);

    // "line 3, column 7: section "items" is never closed", with the partial named first if any.
    QString toString() const;

    bool operator==(const MustacheError &) const = default;
};

} // namespace pwb

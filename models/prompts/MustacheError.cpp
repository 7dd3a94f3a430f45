#include "prompts/MustacheError.h"

#include <algorithm>

namespace pwb {

MustacheError MustacheError::at(QStringView text, qsizetype offset, qsizetype length,
                                QString message)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    MustacheError error;
    error.message = std::move(message);
    error.offset = offset;
    error.length = std::clamp<qsizetype>(length, 0, text.size() - offset);
    const QStringView before = text.first(offset);
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    error.line = int(before.count(u'\n')) + 1;
    error.column = int(offset - lineStart) + 1;
    return error;
}

QString MustacheError::quoteTag(QStringView text, qsizetype offset, qsizetype length)
{
    constexpr qsizetype kMaxQuoted = 40;
    QStringView tag = text.sliced(offset, length);
    const qsizetype lineBreak = tag.indexOf(u'\n');
    const bool cut = lineBreak >= 0 || tag.size() > kMaxQuoted;
    tag = tag.first(std::min(lineBreak >= 0 ? lineBreak : tag.size(), kMaxQuoted));
    return u'"' + tag.toString() + (cut ? QStringLiteral("…\"") : QStringLiteral("\""));
}

QString MustacheError::toString() const
{
    const QString where = tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
    return partial.isEmpty() ? where : tr("partial \"%1\", %2").arg(partial, where);
}

} // namespace pwb

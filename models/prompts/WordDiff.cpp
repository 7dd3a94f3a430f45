#include "prompts/WordDiff.h"

#include "prompts/SequenceDiff.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace pwb {

namespace {

using Kind = DiffSegment::Kind;

enum class CharClass { Word, Space, Newline, Single };

bool isUnsegmentedScript(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

CharClass classify(char32_t c)
{
    if (c == U'\n') {
        return CharClass::Newline;
    }
    if (QChar::isSpace(c)) {
        return CharClass::Space;
    }
    if (isUnsegmentedScript(c)) {
        return CharClass::Single;
    }
    return QChar::isLetterOrNumber(c) || c == U'_' ? CharClass::Word : CharClass::Single;
}

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
        category == QChar::Mark_Enclosing;
}

QList<QStringView> split(QStringView text)
{
    QList<QStringView> result;
    qsizetype start = 0;
    CharClass current = CharClass::Single;
    for (qsizetype at = 0, next = 0; at < text.size(); at = next) {
        char32_t c = text[at].unicode();
        next = at + 1;
        if (text[at].isHighSurrogate() && next < text.size() && text[next].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[at], text[next]);
            ++next;
        }
        const CharClass cls = classify(c);
        // A combining mark belongs to the character before it, whatever that is; a decimal
        // point or thousands separator between digits belongs to the number.
        const bool inNumber = (c == U'.' || c == U',') && current == CharClass::Word &&
            at > start && text[at - 1].isDigit() && next < text.size() && text[next].isDigit();
        const bool continues = at > start &&
            ((cls == current && (cls == CharClass::Word || cls == CharClass::Space)) || isMark(c) ||
             inNumber);
        if (!continues) {
            if (at > start) {
                result.append(text.sliced(start, at - start));
            }
            start = at;
            current = cls;
        }
    }
    if (text.size() > start) {
        result.append(text.sliced(start));
    }
    return result;
}

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c != u'\n' && c.isSpace(); });
}

// Joins each run of changes into one removal followed by one insertion, and folds the spaces
// between two changes into them.
QList<DiffSegment> tidy(const QList<DiffSegment> &segments)
{
    QList<DiffSegment> result;
    QString removed;
    QString inserted;
    const auto flush = [&] {
        if (!removed.isEmpty()) {
            result.append({Kind::Removed, removed});
        }
        if (!inserted.isEmpty()) {
            result.append({Kind::Inserted, inserted});
        }
        removed.clear();
        inserted.clear();
    };
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const DiffSegment &segment = segments.at(i);
        switch (segment.kind) {
        case Kind::Removed:
            removed += segment.text;
            break;
        case Kind::Inserted:
            inserted += segment.text;
            break;
        case Kind::Equal:
            if ((!removed.isEmpty() || !inserted.isEmpty()) && i + 1 < segments.size() &&
                isBlank(segment.text)) {
                removed += segment.text;
                inserted += segment.text;
                break;
            }
            flush();
            result.append(segment);
            break;
        }
    }
    flush();
    return result;
}

template<typename Tokens>
std::vector<int> idsOf(const Tokens &tokens, QHash<QStringView, int> &ids)
{
    std::vector<int> result;
    result.reserve(size_t(tokens.size()));
    for (QStringView token : tokens) {
        auto found = ids.constFind(token);
        if (found == ids.cend()) {
            found = ids.insert(token, int(ids.size()));
        }
        result.push_back(found.value());
    }
    return result;
}

QList<DiffSegment> lineSegments(QStringView line, Kind kind)
{
    return line.isEmpty() ? QList<DiffSegment>() : QList<DiffSegment> {{kind, line.toString()}};
}

// One side of a diff cut at that side's newlines.
QList<QList<DiffSegment>> sideLines(const QList<DiffSegment> &segments, Kind hidden)
{
    QList<QList<DiffSegment>> lines(1);
    for (const DiffSegment &segment : segments) {
        if (segment.kind == hidden) {
            continue;
        }
        const QList<QStringView> parts = QStringView(segment.text).split(u'\n');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i > 0) {
                lines.append(QList<DiffSegment>());
            }
            lines.last().append(lineSegments(parts.at(i), segment.kind));
        }
    }
    return lines;
}

// A stretch of removed lines beside a stretch of added ones: diffed word by word, paired in order.
void appendChangedLines(QList<DiffRow> &rows, const QList<QStringView> &removed,
                        const QList<QStringView> &inserted)
{
    const auto joined = [](const QList<QStringView> &lines) {
        QStringList copies;
        for (QStringView line : lines) {
            copies.append(line.toString());
        }
        return copies.join(u'\n');
    };
    QList<QList<DiffSegment>> before;
    QList<QList<DiffSegment>> after;
    if (removed.isEmpty() || inserted.isEmpty()) {
        for (QStringView line : removed) {
            before.append(lineSegments(line, Kind::Removed));
        }
        for (QStringView line : inserted) {
            after.append(lineSegments(line, Kind::Inserted));
        }
    } else {
        const QList<DiffSegment> words = WordDiff::compare(joined(removed), joined(inserted));
        before = sideLines(words, Kind::Inserted);
        after = sideLines(words, Kind::Removed);
    }
    for (qsizetype i = 0; i < std::max(before.size(), after.size()); ++i) {
        const bool hasBefore = i < before.size();
        const bool hasAfter = i < after.size();
        rows.append({hasBefore ? before.at(i) : QList<DiffSegment>(),
                     hasAfter ? after.at(i) : QList<DiffSegment>(), hasBefore, hasAfter});
    }
}

} // namespace

bool DiffRow::changed() const
{
    const auto isChange = [](const DiffSegment &s) { return s.kind != DiffSegment::Kind::Equal; };
    return !hasBefore || !hasAfter || std::any_of(before.cbegin(), before.cend(), isChange) ||
        std::any_of(after.cbegin(), after.cend(), isChange);
}

namespace WordDiff {

QStringList tokens(QStringView text)
{
    QStringList result;
    for (QStringView token : split(text)) {
        result.append(token.toString());
    }
    return result;
}

QList<DiffSegment> compare(const QString &before, const QString &after)
{
    const QList<QStringView> beforeTokens = split(before);
    const QList<QStringView> afterTokens = split(after);
    QHash<QStringView, int> ids;
    const std::vector<int> a = idsOf(beforeTokens, ids);
    const std::vector<int> b = idsOf(afterTokens, ids);

    QList<DiffSegment> segments;
    qsizetype ia = 0;
    qsizetype ib = 0;
    const auto take = [](const QList<QStringView> &tokens, qsizetype &at, int count) {
        QString text;
        for (int i = 0; i < count; ++i) {
            text += tokens.at(at++);
        }
        return text;
    };
    for (const EditRun &op : shortestEdit(a, b)) {
        switch (op.kind) {
        case EditRun::Kind::Equal:
            segments.append({Kind::Equal, take(beforeTokens, ia, op.count)});
            ib += op.count;
            break;
        case EditRun::Kind::Removed:
            segments.append({Kind::Removed, take(beforeTokens, ia, op.count)});
            break;
        case EditRun::Kind::Inserted:
            segments.append({Kind::Inserted, take(afterTokens, ib, op.count)});
            break;
        }
    }
    return tidy(segments);
}

QString beforeText(const QList<DiffSegment> &segments)
{
    QString text;
    for (const DiffSegment &segment : segments) {
        if (segment.kind != Kind::Inserted) {
            text += segment.text;
        }
    }
    return text;
}

QString afterText(const QList<DiffSegment> &segments)
{
    QString text;
    for (const DiffSegment &segment : segments) {
        if (segment.kind != Kind::Removed) {
            text += segment.text;
        }
    }
    return text;
}

double similarity(const QList<DiffSegment> &segments)
{
    qsizetype equal = 0;
    qsizetype total = 0;
    for (const DiffSegment &segment : segments) {
        const qsizetype size = segment.text.size();
        equal += segment.kind == Kind::Equal ? size : 0;
        total += segment.kind == Kind::Equal ? 2 * size : size;
    }
    return total == 0 ? 1.0 : double(2 * equal) / double(total);
}

QList<DiffRow> rows(const QString &before, const QString &after)
{
    const QList<QStringView> beforeLines = QStringView(before).split(u'\n');
    const QList<QStringView> afterLines = QStringView(after).split(u'\n');
    QHash<QStringView, int> ids;
    const std::vector<int> a = idsOf(beforeLines, ids);
    const std::vector<int> b = idsOf(afterLines, ids);
    QList<DiffRow> result;
    const QList<EditRun> ops = shortestEdit(a, b);
    qsizetype ia = 0;
    qsizetype ib = 0;
    for (qsizetype k = 0; k < ops.size();) {
        if (ops.at(k).kind == EditRun::Kind::Equal) {
            for (int i = 0; i < ops.at(k).count; ++i, ++ia, ++ib) {
                const QList<DiffSegment> line = lineSegments(beforeLines.at(ia), Kind::Equal);
                result.append({line, line, true, true});
            }
            ++k;
            continue;
        }
        qsizetype removed = 0;
        qsizetype inserted = 0;
        for (; k < ops.size() && ops.at(k).kind != EditRun::Kind::Equal; ++k) {
            (ops.at(k).kind == EditRun::Kind::Removed ? removed : inserted) += ops.at(k).count;
        }
        appendChangedLines(result, beforeLines.mid(ia, removed), afterLines.mid(ib, inserted));
        ia += removed;
        ib += inserted;
    }
    return result;
}

} // namespace WordDiff

} // namespace pwb

#include "eval/CsvParser.h"

#include "eval/Utf8Validation.h"

namespace pwb {

namespace {

bool onlySpaces(const QByteArray &text)
{
    for (const char c : text) {
        if (c != ' ' && c != '\t') {
            return false;
        }
    }
    return true;
}

} // namespace

CsvParser::Parsed CsvParser::parse(QByteArrayView input, int maxErrors)
{
    const QByteArrayView bytes = withoutByteOrderMark(input);
    const qsizetype size = bytes.size();
    Parsed parsed;

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    int line = 1;
    CsvRow row {1, 1, {}, {}};
    QByteArray text;
    bool quoted = false;
    bool reported = false; // this field's malformation is reported already: once is enough
    int fieldLine = 1;

    const auto error = [&](const QString &message) {
        row.errors.append({line, 0, int(row.fields.size()) + 1, {}, message});
        ++parsed.errorCount;
        reported = true;
    };
    const auto endField = [&] {
        row.fields.append({utf8Text(text), quoted, fieldLine});
        text.clear();
        quoted = false;
        reported = false;
        state = State::FieldStart;
    };
    // Steps over the newline at `i` (a CRLF is one newline).
    const auto newline = [&](qsizetype &i) {
        if (bytes[i] == '\r' && i + 1 < size && bytes[i + 1] == '\n') {
            ++i;
        }
        ++line;
    };

    for (qsizetype i = 0; i < size; ++i) {
        if (parsed.errorCount > maxErrors) {
            // Enough to show; this row is cut short, so only its errors are worth keeping.
            parsed.droppedRowErrors += row.errors;
            return parsed;
        }
        const char c = bytes[i];
        const bool isNewline = c == '\n' || c == '\r';
        switch (state) {
        case State::FieldStart:
            fieldLine = line;
            if (c == '"') {
                quoted = true;
                state = State::Quoted;
                continue;
            }
            if (c == ',') {
                endField();
                continue;
            }
            if (isNewline) {
                break; // ends the row below, or skips a blank line
            }
            text += c;
            state = State::Unquoted;
            continue;
        case State::Unquoted:
            if (c == ',') {
                endField();
                continue;
            }
            if (isNewline) {
                break;
            }
            if (c == '"' && !reported) {
                error(onlySpaces(text)
                          ? tr("spaces before the opening quote; remove them, or put the whole "
                               "value in quotes")
                          : tr("a quote inside a value that does not begin with one; put the whole "
                               "value in quotes and write each quote inside it twice (\"\")"));
            }
            text += c;
            continue;
        case State::Quoted:
            if (c == '"') {
                if (i + 1 < size && bytes[i + 1] == '"') {
                    text += '"';
                    ++i;
                } else {
                    state = State::AfterQuote;
                }
                continue;
            }
            text += c;
            if (isNewline) {
                if (c == '\r' && i + 1 < size && bytes[i + 1] == '\n') {
                    text += '\n';
                }
                newline(i);
            }
            continue;
        case State::AfterQuote:
            if (c == ',') {
                endField();
                continue;
            }
            if (isNewline) {
                break;
            }
            error(tr("text after the closing quote; a quote inside a quoted value is written "
                     "twice (\"\")"));
            text += c;
            state = State::Unquoted;
            continue;
        }

        // A newline outside quotes: the end of a row, or a blank line.
        const bool blank = state == State::FieldStart && row.fields.isEmpty();
        if (!blank) {
            endField();
            row.lastLine = line;
            parsed.rows.append(std::move(row));
        }
        newline(i);
        row = CsvRow {line, line, {}, {}};
    }

    switch (state) {
    case State::FieldStart:
        if (row.fields.isEmpty()) {
            break; // the file ends with a newline, or is empty
        }
        [[fallthrough]]; // it ends with a comma: one more, empty field
    case State::Unquoted:
    case State::AfterQuote:
        endField();
        row.lastLine = line;
        parsed.rows.append(std::move(row));
        break;
    case State::Quoted:
        parsed.droppedRowErrors = row.errors;
        parsed.droppedRowErrors.append({fieldLine,
                                        0,
                                        int(row.fields.size()) + 1,
                                        {},
                                        tr("the quote opened here is never closed")});
        ++parsed.errorCount;
        break;
    }
    return parsed;
}

} // namespace pwb

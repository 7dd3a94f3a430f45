#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace pwb {

// One JSON value of any kind as text and back. QJsonDocument reads and writes only objects and
// arrays; a CSV cell or a variable can be `42`, `"text"` or `null` as well.
struct JsonValueText
{
    Q_DECLARE_TR_FUNCTIONS(pwb::JsonValueText)

public:
    struct Parsed
    {
        std::optional<QJsonValue> value; // none: `error` says why, at byte `offset` if >= 0
                                         // (the offending character, or the end)
        QString error;
        qsizetype offset = -1;
    };

    static Parsed parse(QByteArrayView utf8);
    static QByteArray compact(const QJsonValue &value);
    // A variable's value as a user types it in the editor: text as it is, null as nothing,
    // anything else (a list or object for a section, a number) as compact JSON.
    static QString typed(const QJsonValue &value);

    // Whether every string and key in `value` is text: JSON's `\ud800` escapes can make a half
    // of a UTF-16 pair, which no UTF-8 file or SQLite text column can hold.
    static bool isText(const QJsonValue &value);
    static QString notTextError(); // for such a value, as an import error says it
};

} // namespace pwb

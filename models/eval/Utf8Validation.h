#pragma once

#include <QByteArrayView>
#include <QString>

namespace pwb {

// The offset of the first byte of `bytes` that is not well-formed UTF-8 (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF, no sequence cut short), or -1 when there is none.
// QString::fromUtf8 would replace such bytes silently; an importer must say where they are.
qsizetype invalidUtf8Offset(QByteArrayView bytes);

// `bytes` after the UTF-8 byte order mark they begin with, if any (Excel writes one).
inline QByteArrayView withoutByteOrderMark(QByteArrayView bytes)
{
    return bytes.startsWith(QByteArrayView("\xEF\xBB\xBF")) ? bytes.sliced(3) : bytes;
}

// `utf8` as text, all of it: QString::fromUtf8 drops a byte order mark at the start of what it
// is given, which at the start of a value or a line is part of the text.
QString utf8Text(QByteArrayView utf8);

} // namespace pwb

#include "eval/Utf8Validation.h"

#include <QStringDecoder>

namespace pwb {

qsizetype invalidUtf8Offset(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // The second byte's range is narrower after some lead bytes: that is what excludes
        // overlong forms (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
        qsizetype length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if (lead == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (lead >= 0xE1 && lead <= 0xEF) {
            length = 3;
        } else if (lead == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (lead == 0xF4) {
            length = 4;
            high = 0x8F;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            length = 4;
        } else {
            return i;
        }
        if (i + length > size) {
            return i;
        }
        const auto second = static_cast<unsigned char>(bytes[i + 1]);
        if (second < low || second > high) {
            return i;
        }
        for (qsizetype k = 2; k < length; ++k) {
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if (next < 0x80 || next > 0xBF) {
                return i;
            }
        }
        i += length;
    }
    return -1;
}

QString utf8Text(QByteArrayView utf8)
{
    if (!utf8.startsWith(QByteArrayView("\xEF\xBB\xBF"))) {
        return QString::fromUtf8(utf8);
    }
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless |
                               QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

} // namespace pwb

#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace pwb::test {

// A recorded-looking provider stream from tests/support/fixtures/.
inline QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(PWB_SOURCE_DIR "/tests/support/fixtures/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

} // namespace pwb::test

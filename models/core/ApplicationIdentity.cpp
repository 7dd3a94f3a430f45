#include "core/ApplicationIdentity.h"

#include "core/BuildInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace pwb {

void applyApplicationIdentity()
{
    QCoreApplication::setApplicationName(QLatin1String(buildinfo::kApplicationId));
    QCoreApplication::setApplicationVersion(QLatin1String(buildinfo::kVersion));
}

AppSettings::AppSettings()
    : QSettings(filePath(), QSettings::IniFormat)
{ }

QString AppSettings::filePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("settings.ini"));
}

} // namespace pwb

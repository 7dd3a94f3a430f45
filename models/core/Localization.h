#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace pwb {

// Installs the application's own translation (embedded under :/i18n) and Qt's translation for
// `locale` on `app`. Returns the language actually installed (e.g. "zh_CN"), or "en" when the
// UI stays in the source language because no translation matches.
QString installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace pwb

#include "core/Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pwb {

QString installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // The translators must outlive every tr() call, so the application owns them.
    auto *own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("prompt-workbench"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        // A language we have no translation for (or the C locale of a CI shell) reads English,
        // with English plural forms ("3 runs", not the source's "3 run(s)").
        if (own->load(QLocale(QLocale::English), QStringLiteral("prompt-workbench"),
                      QStringLiteral("_"), QStringLiteral(":/i18n"))) {
            app.installTranslator(own);
        } else {
            delete own;
        }
        return QStringLiteral("en");
    }
    app.installTranslator(own);

    // Qt's own strings (standard dialog buttons, context menus) follow the same language.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt);
    } else {
        delete qt;
    }
    return own->language();
}

} // namespace pwb

#include "core/Localization.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class LocalizationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishNeedsNoTranslation()
    {
        QCOMPARE(pwb::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)),
                 u"en"_s);
        QCOMPARE(QCoreApplication::translate("pwb::MainActions", "&File"), u"&File"_s);
    }

    void simplifiedChineseIsEmbeddedAndComplete_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("menu") << u"pwb::MainActions"_s << u"&File"_s << u"文件(&F)"_s;
        QTest::newRow("run action") << u"pwb::MainActions"_s << u"&Run"_s << u"运行(&R)"_s;
        QTest::newRow("cli") << u"pwb::cli"_s
                             << u"Print where the workspace and the settings live"_s
                             << u"显示工作区和设置的存放位置"_s;
    }

    void simplifiedChineseIsEmbeddedAndComplete()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, expected);

        const QString language = pwb::installTranslations(
            *QCoreApplication::instance(),
            QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
        QCOMPARE(language, u"zh_CN"_s);
        QCOMPARE(
            QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()),
            expected);
    }

    void everyChineseMessageIsTranslated()
    {
        // An unfinished translation would show English fragments in a Chinese UI.
        QFile ts(QStringLiteral(PWB_SOURCE_DIR "/translations/prompt-workbench_zh_CN.ts"));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        const QByteArray text = ts.readAll();
        QVERIFY(text.count("<message") > 20);
        QCOMPARE(text.count("type=\"unfinished\""), 0);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    LocalizationTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_localization.moc"

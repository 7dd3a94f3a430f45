#include "core/MoneyFormat.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

class MoneyFormatTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void formatsUsd_data()
    {
        QTest::addColumn<double>("usd");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dollars") << 12.5 << u"$12.50"_s;
        QTest::newRow("thousands grouped") << 1234.5 << u"$1,234.50"_s;
        QTest::newRow("one dollar") << 1.0 << u"$1.00"_s;
        QTest::newRow("cents") << 0.0123 << u"$0.0123"_s;
        QTest::newRow("a cent") << 0.01 << u"$0.0100"_s;
        QTest::newRow("a cheap call") << 0.000456 << u"$0.000456"_s;
        QTest::newRow("free") << 0.0 << u"$0.00"_s;
    }
    void formatsUsd()
    {
        QFETCH(double, usd);
        QFETCH(QString, expected);
        QCOMPARE(formatUsd(usd), expected);
    }

    void followsTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(formatUsd(0.0123), u"$0,0123"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_GUILESS_MAIN(MoneyFormatTest)
#include "tst_moneyformat.moc"

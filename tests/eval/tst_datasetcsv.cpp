// The CSV reader: RFC 4180 quoting, every newline, byte order mark, UTF-8, empty and unset cells,
// column roles (variables, expected output, metadata, JSON), and each malformation reported
// with its line (newlines inside quoted values counted) and field, all of them at once.
#include "CasesAsJson.h"
#include "eval/CsvDatasetReader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

class DatasetCsvTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCases_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QByteArray>("cases");
        QTest::addColumn<QStringList>("variables");

        QTest::newRow("plain") << "q,expected\nwhat,that\n"_ba
                               << R"([{"vars":{"q":"what"},"expected":"that"}])"_ba
                               << QStringList {u"q"_s};
        QTest::newRow("no newline at the end")
            << "q,expected\nwhat,that"_ba << R"([{"vars":{"q":"what"},"expected":"that"}])"_ba
            << QStringList {u"q"_s};
        QTest::newRow("CRLF rows") << "q,expected\r\na,1\r\nb,2\r\n"_ba
                                   << R"([{"vars":{"q":"a"},"expected":"1"},
                                          {"vars":{"q":"b"},"expected":"2"}])"_ba
                                   << QStringList {u"q"_s};
        QTest::newRow("CR rows (old Mac)")
            << "q\ra\rb"_ba << R"([{"vars":{"q":"a"}},{"vars":{"q":"b"}}])"_ba
            << QStringList {u"q"_s};
        QTest::newRow("byte order mark")
            << "\xEF\xBB\xBF"
               "q,expected\na,b\n"_ba
            << R"([{"vars":{"q":"a"},"expected":"b"}])"_ba << QStringList {u"q"_s};
        QTest::newRow("comma in quotes")
            << "q,r\n\"a, b\",c\n"_ba << R"([{"vars":{"q":"a, b","r":"c"}}])"_ba
            << QStringList {u"q"_s, u"r"_s};
        QTest::newRow("doubled quotes")
            << "q\n\"say \"\"hi\"\"\"\n\"\"\"\"\n"_ba
            << R"([{"vars":{"q":"say \u0022hi\u0022"}},{"vars":{"q":"\u0022"}}])"_ba
            << QStringList {u"q"_s};
        QTest::newRow("LF, CRLF and CR in quotes, kept as written")
            << "q,r\n\"1\n2\",\"3\r\n4\"\n\"5\r6\",x\n"_ba
            << R"([{"vars":{"q":"1\n2","r":"3\r\n4"}},{"vars":{"q":"5\r6","r":"x"}}])"_ba
            << QStringList {u"q"_s, u"r"_s};
        QTest::newRow("empty cells are unset")
            << "a,b,expected\n,,\nx,,\n"_ba << R"([{"vars":{}},{"vars":{"a":"x"}}])"_ba
            << QStringList {u"a"_s, u"b"_s};
        QTest::newRow("quoted empty cells are empty text")
            << "a,expected\n\"\",\"\"\n"_ba << R"([{"vars":{"a":""},"expected":""}])"_ba
            << QStringList {u"a"_s};
        QTest::newRow("a comma at the end is one more, empty field")
            << "a,b\nx,"_ba << R"([{"vars":{"a":"x"}}])"_ba << QStringList {u"a"_s, u"b"_s};
        QTest::newRow("spaces in values are kept, in names trimmed")
            << " q , expected \n  a  , b\n"_ba << R"([{"vars":{"q":"  a  "},"expected":" b"}])"_ba
            << QStringList {u"q"_s};
        QTest::newRow("__expected and metadata")
            << "q,__expected,__note,__source\nx,y,checked,\n"_ba
            << R"([{"vars":{"q":"x"},"expected":"y","metadata":{"note":"checked"}}])"_ba
            << QStringList {u"q"_s};
        QTest::newRow("names are case-sensitive: Expected is a variable")
            << "Expected\nx\n"_ba << R"([{"vars":{"Expected":"x"}}])"_ba
            << QStringList {u"Expected"_s};
        QTest::newRow(":json columns hold JSON, others text that looks like it")
            << "items:json,n :json,flag:json,q,__tags:json\n"
               "\"[1,{\"\"a\"\":2}]\",3.5,true,[1],\"[\"\"x\"\"]\"\n"_ba
            << R"([{"vars":{"items":[1,{"a":2}],"n":3.5,"flag":true,"q":"[1]"},
                    "metadata":{"tags":["x"]}}])"_ba
            << QStringList {u"items"_s, u"n"_s, u"flag"_s, u"q"_s};
        QTest::newRow(":json text and null")
            << "s:json,z:json\n\"\"\"text\"\"\",null\n"_ba
            << R"([{"vars":{"s":"text","z":null}}])"_ba << QStringList {u"s"_s, u"z"_s};
        QTest::newRow("empty :json cells are unset, quoted or not")
            << "a:json,b:json,c\n,\"\",x\n"_ba << R"([{"vars":{"c":"x"}}])"_ba
            << QStringList {u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("UTF-8: CJK and emoji")
            << "问题,expected\n你好，世界 🌍,👋🏽\n"_ba
            << R"([{"vars":{"问题":"你好，世界 🌍"},"expected":"👋🏽"}])"_ba
            << QStringList {u"问题"_s};
        QTest::newRow("blank lines are skipped")
            << "q\n\na\n\r\n\nb\n\n"_ba << R"([{"vars":{"q":"a"}},{"vars":{"q":"b"}}])"_ba
            << QStringList {u"q"_s};
        QTest::newRow("a quoted field at the very end")
            << "q\n\"a\nb\""_ba << R"([{"vars":{"q":"a\nb"}}])"_ba << QStringList {u"q"_s};
        QTest::newRow("a byte order mark inside the text is text")
            << "\xEF\xBB\xBF"
               "q,r:json\n\xEF\xBB\xBF"
               "a,\"\"\"\xEF\xBB\xBF"
               "b\"\"\"\n"_ba
            << R"([{"vars":{"q":"\ufeffa","r":"\ufeffb"}}])"_ba << QStringList {u"q"_s, u"r"_s};
        QTest::newRow("a quoted header")
            << "\"the, question\"\nx\n"_ba << R"([{"vars":{"the, question":"x"}}])"_ba
            << QStringList {u"the, question"_s};
    }

    void readsCases()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QByteArray, cases);
        QFETCH(QStringList, variables);

        const DatasetPreview preview = CsvDatasetReader::read(csv);
        QVERIFY2(preview.ok(), qPrintable(preview.errorText()));
        QCOMPARE(casesAsJson(preview.cases), compactJson(cases));
        QCOMPARE(preview.variableNames, variables);
    }

    void reportsErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("errors");

        QTest::newRow("too many fields")
            << "a,b\n1,2\n1,2,3\n"_ba
            << QStringList {u"line 3: too many fields: 3 where the header has 2; a value with a "
                            "comma in it goes in quotes"_s};
        QTest::newRow("too few fields")
            << "a,b\n1\n"_ba << QStringList {u"line 2: too few fields: 1 where the header has 2"_s};
        QTest::newRow("lines count the newlines inside quotes")
            << "q,expected\n\"one\ntwo\r\nthree\rfour\",ok\nx\n"_ba
            << QStringList {u"line 6: too few fields: 1 where the header has 2"_s};
        QTest::newRow("a row is named by the line where it begins")
            << "a,b\nx,\"1\n2\n3\",z\n"_ba
            << QStringList {u"line 2: too many fields: 3 where the header has 2; a value with a "
                            "comma in it goes in quotes"_s};
        QTest::newRow("a quote never closed: where it opened")
            << "a,b\n1,2\n3,\"open\n4,5\n"_ba
            << QStringList {u"line 3, field 2 (\"b\"): the quote opened here is never closed"_s};
        QTest::newRow("a quote in the middle of a value")
            << "a,b\n1,x\"y\"\n"_ba
            << QStringList {u"line 2, field 2 (\"b\"): a quote inside a value that does not begin "
                            "with one; put the whole value in quotes and write each quote inside "
                            "it twice (\"\")"_s};
        QTest::newRow("spaces before the opening quote")
            << "a,b\n1, \"y\"\n"_ba
            << QStringList {u"line 2, field 2 (\"b\"): spaces before the opening quote; remove "
                            "them, or put the whole value in quotes"_s};
        QTest::newRow("text after the closing quote, after a multi-line value")
            << "a,b\n\"1\n\n2\",\"y\"z\n"_ba
            << QStringList {u"line 4, field 2 (\"b\"): text after the closing quote; a quote "
                            "inside a quoted value is written twice (\"\")"_s};
        QTest::newRow("a repeated column")
            << "a,b,a\n1,2,3\n"_ba
            << QStringList {u"line 1, field 3 (\"a\"): the same column as field 1"_s};
        QTest::newRow("a text and a :json column of one name")
            << "a,a:json\n1,2\n"_ba
            << QStringList {u"line 1, field 2 (\"a:json\"): the same column as field 1"_s};
        QTest::newRow("two expected-output columns")
            << "expected,__expected\n1,2\n"_ba
            << QStringList {u"line 1, field 2 (\"__expected\"): a second expected-output column; "
                            "field 1 is one already"_s};
        QTest::newRow("an empty column name")
            << "a, ,b\n1,2,3\n"_ba
            << QStringList {u"line 1, field 2: the column has no name; the first row names every "
                            "column"_s};
        QTest::newRow("a metadata column without a name")
            << "a,__\n1,2\n"_ba
            << QStringList {u"line 1, field 2 (\"__\"): a metadata column needs a name after "
                            "\"__\""_s};
        QTest::newRow("expected:json")
            << "expected:json\n1\n"_ba
            << QStringList {u"line 1, field 1 (\"expected:json\"): the expected output is text; "
                            "remove \":json\" from the column name"_s};
        QTest::newRow("not UTF-8, by line and column")
            << "q\nok\nnot \xff ok\n\xc3(\n"_ba
            << QStringList {u"line 3, column 5: not UTF-8; save the file as UTF-8"_s,
                            u"line 4, column 1: not UTF-8; save the file as UTF-8"_s};
        QTest::newRow("Latin-1 in a quoted multi-line value")
            << "q\n\"a\ncaf\xe9\"\n"_ba
            << QStringList {u"line 3, column 4: not UTF-8; save the file as UTF-8"_s};
        QTest::newRow("a :json cell that is not JSON")
            << "q,items:json\nx,\"[1,\"\n"_ba
            << QStringList {u"line 2, field 2 (\"items:json\"): not JSON: object is missing "
                            "after a comma at character 4 of the value"_s};
        QTest::newRow("a :json cell with two values")
            << "items:json\n\"1,2\"\n"_ba
            << QStringList {u"line 2, field 1 (\"items:json\"): not JSON: more than one value"_s};
        QTest::newRow("a :json cell with half a surrogate pair")
            << "v:json\n\"\"\"\\ud800\"\"\"\n"_ba
            << QStringList {u"line 2, field 1 (\"v:json\"): holds an unpaired surrogate escape "
                            "(such as \\ud800), which is no text"_s};
        QTest::newRow("an empty file") << ""_ba
                                       << QStringList {u"the file is empty; its first row names "
                                                       "the columns"_s};
        QTest::newRow("a byte order mark and blank lines only")
            << "\xEF\xBB\xBF\n\r\n"_ba
            << QStringList {u"the file is empty; its first row names the columns"_s};
        QTest::newRow("a header only")
            << "a,b\r\n"_ba << QStringList {u"the file holds no cases, only a header row"_s};
        QTest::newRow("every error, in line order")
            << "a,b\n1,x\"y\n2\n\"3\n\",4\n5,6,7\n\xfe,8\n9,\"open\n"_ba
            << QStringList {
                   u"line 2, field 2 (\"b\"): a quote inside a value that does not begin with "
                   "one; put the whole value in quotes and write each quote inside it twice "
                   "(\"\")"_s,
                   u"line 3: too few fields: 1 where the header has 2"_s,
                   u"line 6: too many fields: 3 where the header has 2; a value with a comma in "
                   "it goes in quotes"_s,
                   u"line 7, column 1: not UTF-8; save the file as UTF-8"_s,
                   u"line 8, field 2 (\"b\"): the quote opened here is never closed"_s};
    }

    void reportsErrors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, errors);

        const DatasetPreview preview = CsvDatasetReader::read(csv);
        QStringList found;
        for (const DatasetImportError &error : preview.errors) {
            found.append(error.toString());
        }
        QCOMPARE(found, errors);
        QVERIFY(!preview.ok());
        QVERIFY(!preview.errorsTruncated);
    }

    void rowsWithErrorsGiveNoCase()
    {
        const DatasetPreview preview = CsvDatasetReader::read(
            "q,n:json\ngood,1\nbad,[\nragged\n\"caf\n\xe9\",3\nalso good,2\n"_ba);
        QCOMPARE(preview.errors.size(), 3);
        QCOMPARE(casesAsJson(preview.cases),
                 compactJson(R"([{"vars":{"q":"good","n":1}},{"vars":{"q":"also good","n":2}}])"));
    }

    void errorsAreLocatedForTheUi()
    {
        const DatasetPreview preview = CsvDatasetReader::read("a,b\n1,\"x\"y\n"_ba);
        QCOMPARE(preview.errors.size(), 1);
        const DatasetImportError &error = preview.errors.first();
        QCOMPARE(error.line, 2);
        QCOMPARE(error.field, 2);
        QCOMPARE(error.key, u"b"_s);
        QCOMPARE(error.column, 0);
    }

    void errorsStopAtTheCap()
    {
        QByteArray csv = "a,b\n"_ba;
        for (int i = 0; i < 5 * DatasetPreview::maxErrors; ++i) {
            csv += "1,2,3\n";
        }
        const DatasetPreview preview = CsvDatasetReader::read(csv);
        QCOMPARE(preview.errors.size(), DatasetPreview::maxErrors);
        QVERIFY(preview.errorsTruncated);
        QCOMPARE(preview.errors.first().line, 2);
        QCOMPARE(preview.errors.last().line, DatasetPreview::maxErrors + 1);
        QVERIFY(
            preview.errorText().endsWith(u"… and more errors (only the first 100 are shown)"_s));
    }

    void theCapKeepsTheFirstErrorsOfEveryKind()
    {
        // Encoding errors late in the file must not crowd out earlier errors of another kind.
        QByteArray csv = "a,b\n1\n"_ba;
        for (int i = 0; i < 2 * DatasetPreview::maxErrors; ++i) {
            csv += "\xff,2\n";
        }
        const DatasetPreview preview = CsvDatasetReader::read(csv);
        QVERIFY(preview.errorsTruncated);
        QCOMPARE(preview.errors.first().toString(),
                 u"line 2: too few fields: 1 where the header has 2"_s);
        QCOMPARE(preview.errors.at(1).line, 3);
    }
};

QTEST_GUILESS_MAIN(DatasetCsvTest)
#include "tst_datasetcsv.moc"

// The JSON Lines reader: both shapes of a case, JSON values kept as they are, line endings,
// byte order mark and blank lines, UTF-8, and every bad line reported with its line and key or
// column, all of them at once.
#include "CasesAsJson.h"
#include "eval/JsonlDatasetReader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;

class DatasetJsonlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCases_data()
    {
        QTest::addColumn<QByteArray>("jsonl");
        QTest::addColumn<QByteArray>("cases");
        QTest::addColumn<QStringList>("variables");

        QTest::newRow("vars, expected, metadata")
            << R"({"vars": {"q": "2+2?"}, "expected": "4", "metadata": {"source": "quiz"}})"_ba
            << R"([{"vars":{"q":"2+2?"},"expected":"4","metadata":{"source":"quiz"}}])"_ba
            << QStringList {u"q"_s};
        QTest::newRow("vars alone")
            << R"({"vars": {}})"_ba << R"([{"vars":{}}])"_ba << QStringList {};
        QTest::newRow("flat") << R"({"q": "2+2?", "expected": "4", "metadata": {"n": 1}})"_ba
                              << R"([{"vars":{"q":"2+2?"},"expected":"4","metadata":{"n":1}}])"_ba
                              << QStringList {u"q"_s};
        QTest::newRow("flat with __expected and __metadata")
            << R"({"q": "x", "__expected": "y", "__metadata": {"k": "v"}, "__note": "z"})"_ba
            << R"([{"vars":{"q":"x","__note":"z"},"expected":"y","metadata":{"k":"v"}}])"_ba
            << QStringList {u"__note"_s, u"q"_s};
        QTest::newRow("variables keep their JSON type")
            << R"({"s": "t", "n": 1.5, "i": 7, "b": false, "a": [1, "x"], "o": {"k": [true]}, "z": null})"_ba
            << R"([{"vars":{"s":"t","n":1.5,"i":7,"b":false,"a":[1,"x"],"o":{"k":[true]},"z":null}}])"_ba
            << QStringList {u"a"_s, u"b"_s, u"i"_s, u"n"_s, u"o"_s, u"s"_s, u"z"_s};
        QTest::newRow("expected: null is unset, \"\" is empty")
            << "{\"q\": \"a\", \"expected\": null}\n{\"q\": \"b\", \"expected\": \"\"}\n"_ba
            << R"([{"vars":{"q":"a"}},{"vars":{"q":"b"},"expected":""}])"_ba
            << QStringList {u"q"_s};
        QTest::newRow("metadata: null is none")
            << R"({"vars": {}, "metadata": null})"_ba << R"([{"vars":{}}])"_ba << QStringList {};
        QTest::newRow("CRLF, blank lines, no newline at the end")
            << "{\"q\": \"a\"}\r\n\r\n   \n{\"q\": \"b\"}\r\n\n{\"q\": \"c\"}"_ba
            << R"([{"vars":{"q":"a"}},{"vars":{"q":"b"}},{"vars":{"q":"c"}}])"_ba
            << QStringList {u"q"_s};
        QTest::newRow("byte order mark") << "\xEF\xBB\xBF{\"q\": \"a\"}\n"_ba
                                         << R"([{"vars":{"q":"a"}}])"_ba << QStringList {u"q"_s};
        QTest::newRow("UTF-8: CJK and emoji, raw and escaped")
            << "{\"问题\": \"你好 🌍\", \"e\": \"\\ud83d\\ude00\\u4e16\"}\n"_ba
            << R"([{"vars":{"问题":"你好 🌍","e":"😀世"}}])"_ba << QStringList {u"e"_s, u"问题"_s};
        QTest::newRow("a byte order mark at the start of a value is text")
            << "{\"q\": \"\xEF\xBB\xBFx\", \"r\": \"\\ufeffy\"}\n"_ba
            << R"([{"vars":{"q":"\ufeffx","r":"\ufeffy"}}])"_ba << QStringList {u"q"_s, u"r"_s};
        QTest::newRow("newlines and quotes in values")
            << R"({"q": "a\nb\r\nc \u0022d\u0022, e"})"_ba
            << R"([{"vars":{"q":"a\nb\r\nc \u0022d\u0022, e"}}])"_ba << QStringList {u"q"_s};
        QTest::newRow("a NUL character in a variable's name (found by fuzzing)")
            << R"({"\u0000q": "x", "a\u0000": "y"})"_ba
            << R"([{"vars":{"\u0000q":"x","a\u0000":"y"}}])"_ba << QStringList {u"\0q"_s, u"a\0"_s};
        QTest::newRow("variables in the order they first appear")
            << "{\"b\": 1}\n{\"c\": 1, \"a\": 2}\n"_ba
            << R"([{"vars":{"b":1}},{"vars":{"a":2,"c":1}}])"_ba
            << QStringList {u"b"_s, u"a"_s, u"c"_s};
    }

    void readsCases()
    {
        QFETCH(QByteArray, jsonl);
        QFETCH(QByteArray, cases);
        QFETCH(QStringList, variables);

        const DatasetPreview preview = JsonlDatasetReader::read(jsonl);
        QVERIFY2(preview.ok(), qPrintable(preview.errorText()));
        QCOMPARE(casesAsJson(preview.cases), compactJson(cases));
        QCOMPARE(preview.variableNames, variables);
    }

    void reportsErrors_data()
    {
        QTest::addColumn<QByteArray>("jsonl");
        QTest::addColumn<QStringList>("errors");

        QTest::newRow("not JSON, with the column")
            << "{\"q\": \"a\"}\n{\"q\": }\n"_ba
            << QStringList {u"line 2, column 7: not JSON: object is missing after a comma"_s};
        QTest::newRow("the column counts characters, not bytes")
            << "{\"问\": \"题\" \"x\"}\n"_ba
            << QStringList {u"line 1, column 11: not JSON: unterminated object"_s};
        QTest::newRow("a byte order mark before the error does not move its column")
            << "{\"a\": \"\xEF\xBB\xBFx\", \"b\": }\n"_ba
            << QStringList {u"line 1, column 18: not JSON: object is missing after a comma"_s};
        QTest::newRow("an unterminated string")
            << "{\"q\": \"a}\n"_ba
            << QStringList {u"line 1, column 10: not JSON: unterminated string"_s};
        QTest::newRow("two objects on a line")
            << "{} {}\n"_ba
            << QStringList {u"line 1, column 4: not JSON: missing value separator"_s};
        QTest::newRow("not an object")
            << "[1, 2]\n\"text\"\n42\n"_ba
            << QStringList {u"line 1: not a JSON object; each line holds one case as an object"_s,
                            u"line 2: not a JSON object; each line holds one case as an object"_s,
                            u"line 3: not a JSON object; each line holds one case as an object"_s};
        QTest::newRow("expected that is not a string")
            << "\n\n{\"q\": \"a\", \"expected\": 4}\n"_ba
            << QStringList {u"line 3, \"expected\": must be a string"_s};
        QTest::newRow("__expected that is not a string")
            << R"({"__expected": ["a"]})"_ba
            << QStringList {u"line 1, \"__expected\": must be a string"_s};
        QTest::newRow("metadata that is not an object")
            << R"({"q": "a", "metadata": "x"})"_ba
            << QStringList {u"line 1, \"metadata\": must be an object"_s};
        QTest::newRow("vars that is not an object")
            << R"({"vars": [1]})"_ba << QStringList {u"line 1, \"vars\": must be an object"_s};
        QTest::newRow("an unknown key next to vars")
            << R"({"vars": {}, "assert": []})"_ba
            << QStringList {
                   u"line 1, \"assert\": unknown key next to \"vars\"; variables go inside "
                   "\"vars\", and the other keys allowed are \"expected\" and "
                   "\"metadata\""_s};
        QTest::newRow("expected twice")
            << R"({"expected": "a", "__expected": "b"})"_ba
            << QStringList {
                   u"line 1, \"expected\": \"__expected\" is the expected output already"_s};
        QTest::newRow("metadata twice")
            << R"({"metadata": {}, "__metadata": {}})"_ba
            << QStringList {u"line 1, \"metadata\": \"__metadata\" is the metadata already"_s};
        QTest::newRow("an empty variable name")
            << R"({"": "x"})"_ba << QStringList {u"line 1: a variable has an empty name (\"\")"_s};
        QTest::newRow("half a surrogate pair")
            << R"({"q": "a\ud800"})"_ba
            << QStringList {u"line 1, \"q\": holds an unpaired surrogate escape (such as "
                            "\\ud800), which is no text"_s};
        QTest::newRow("not UTF-8")
            << "{\"q\": \"a\"}\r\n{\"q\": \"caf\xe9\"}\r\n"_ba
            << QStringList {u"line 2, column 11: not UTF-8; save the file as UTF-8"_s};
        QTest::newRow("an empty file") << ""_ba << QStringList {u"the file holds no cases"_s};
        QTest::newRow("blank lines only")
            << "\xEF\xBB\xBF\n  \r\n"_ba << QStringList {u"the file holds no cases"_s};
        QTest::newRow("every error, by line, lines with CRLF")
            << "{\"q\": 1}\r\n{bad\r\n\r\n{\"expected\": 1, \"metadata\": 2}\r\n[]\r\n{\"q\": 2}"_ba
            << QStringList {u"line 2, column 2: not JSON: unterminated object"_s,
                            u"line 4, \"expected\": must be a string"_s,
                            u"line 4, \"metadata\": must be an object"_s,
                            u"line 5: not a JSON object; each line holds one case as an object"_s};
    }

    void reportsErrors()
    {
        QFETCH(QByteArray, jsonl);
        QFETCH(QStringList, errors);

        const DatasetPreview preview = JsonlDatasetReader::read(jsonl);
        QStringList found;
        for (const DatasetImportError &error : preview.errors) {
            found.append(error.toString());
        }
        QCOMPARE(found, errors);
        QVERIFY(!preview.ok());
    }

    void linesWithErrorsGiveNoCase()
    {
        const DatasetPreview preview =
            JsonlDatasetReader::read("{\"q\": 1}\n{\"q\": 2, \"expected\": 3}\n{\"q\": 4}\n"_ba);
        QCOMPARE(preview.errors.size(), 1);
        QCOMPARE(casesAsJson(preview.cases), compactJson(R"([{"vars":{"q":1}},{"vars":{"q":4}}])"));
    }

    void errorsStopAtTheCap()
    {
        QByteArray jsonl;
        for (int i = 0; i < 3 * DatasetPreview::maxErrors; ++i) {
            jsonl += "not json\n";
        }
        const DatasetPreview preview = JsonlDatasetReader::read(jsonl);
        QCOMPARE(preview.errors.size(), DatasetPreview::maxErrors);
        QVERIFY(preview.errorsTruncated);
        QCOMPARE(preview.errors.last().line, DatasetPreview::maxErrors);
    }
};

QTEST_GUILESS_MAIN(DatasetJsonlTest)
#include "tst_datasetjsonl.moc"

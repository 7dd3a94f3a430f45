#include "markdown/MarkdownBlockSplitter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pwb::MarkdownBlock;
using pwb::MarkdownBlockSplitter;
using Kind = MarkdownBlock::Kind;

namespace {

MarkdownBlock block(Kind kind, const QString &source, const QString &fenceInfo = {})
{
    return MarkdownBlock {kind, source, fenceInfo};
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Paragraph:
        return u"P"_s;
    case Kind::Heading:
        return u"H"_s;
    case Kind::List:
        return u"L"_s;
    case Kind::BlockQuote:
        return u"Q"_s;
    case Kind::FencedCode:
        return u"F"_s;
    case Kind::IndentedCode:
        return u"I"_s;
    case Kind::Table:
        return u"T"_s;
    case Kind::ThematicBreak:
        return u"B"_s;
    }
    return u"?"_s;
}

QString describe(const QList<MarkdownBlock> &blocks)
{
    QStringList parts;
    for (const MarkdownBlock &b : blocks) {
        QString source = b.source;
        source.replace(u'\n', u"\\n"_s);
        parts << u"%1[%2]%3"_s.arg(kindName(b.kind), source,
                                   b.fenceInfo.isEmpty() ? QString()
                                                         : u"{"_s + b.fenceInfo + u"}"_s);
    }
    return parts.join(u' ');
}

QList<MarkdownBlock> splitWhole(const QString &text)
{
    MarkdownBlockSplitter splitter;
    splitter.append(text);
    splitter.finish();
    return splitter.takeFinished();
}

// Feeds `text` in pieces cut at `cuts`, taking finished blocks after every piece, as a view does.
QList<MarkdownBlock> splitAt(const QString &text, const QList<qsizetype> &cuts)
{
    MarkdownBlockSplitter splitter;
    QList<MarkdownBlock> blocks;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        splitter.append(QStringView(text).sliced(from, cut - from));
        blocks += splitter.takeFinished();
        from = cut;
    }
    splitter.append(QStringView(text).sliced(from));
    blocks += splitter.takeFinished();
    splitter.finish();
    return blocks + splitter.takeFinished();
}

// A reply with every kind of block, line ends of every kind and text that looks like markers.
const QString kSample = u"# Title\r\n"
                        "Intro with `code` and a | pipe.\r\n"
                        "Second line\r\rSetext\n===\n"
                        "- item one\n"
                        "- item two\n"
                        "  ```py\n"
                        "  x = 1\n"
                        "\n"
                        "  ```\n"
                        "\n"
                        "- item three\n"
                        "lazy line\n"
                        "1. other list\n"
                        "1) new list\n"
                        "> quote\n"
                        "lazy quote\n"
                        ">\n"
                        "> ~~~\n"
                        "> in fence\n"
                        "\n"
                        "| a | b |\n"
                        "|:--|--:|\n"
                        "| 1 | 2 |\n"
                        "\n"
                        "    indented code\n"
                        "\n"
                        "    more code\n"
                        "***\n"
                        "````markdown\n"
                        "```\n"
                        "not closed by three\n"
                        "````\n"
                        "```cpp\r\n"
                        "int main() {}\r\n"
                        "```\r\n"
                        "Year\n"
                        "1998. not a list\n"
                        "~~~ unterminated\n"
                        "last"_s;

} // namespace

class MarkdownBlockSplitterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<MarkdownBlock>>("expected");

        QTest::newRow("paragraphs end at blank lines")
            << u"para one\nstill one\n\n\npara two\n"_s
            << QList {block(Kind::Paragraph, u"para one\nstill one\n"_s),
                      block(Kind::Paragraph, u"para two\n"_s)};
        QTest::newRow("leading blank lines dropped")
            << u"\n \n\t\ntext\n"_s << QList {block(Kind::Paragraph, u"text\n"_s)};
        QTest::newRow("last line without LF gets one")
            << u"text"_s << QList {block(Kind::Paragraph, u"text\n"_s)};
        QTest::newRow("ATX heading is one line")
            << u"# Title\ntext\n"_s
            << QList {block(Kind::Heading, u"# Title\n"_s), block(Kind::Paragraph, u"text\n"_s)};
        QTest::newRow("heading interrupts a paragraph")
            << u"text\n## H\nmore\n"_s
            << QList {block(Kind::Paragraph, u"text\n"_s), block(Kind::Heading, u"## H\n"_s),
                      block(Kind::Paragraph, u"more\n"_s)};
        QTest::newRow("seven hashes are text")
            << u"####### no\n"_s << QList {block(Kind::Paragraph, u"####### no\n"_s)};
        QTest::newRow("setext heading") << u"Title\nmore\n=====\nbody\n"_s
                                        << QList {block(Kind::Heading, u"Title\nmore\n=====\n"_s),
                                                  block(Kind::Paragraph, u"body\n"_s)};
        QTest::newRow("dashes after a paragraph: setext")
            << u"Title\n---\n"_s << QList {block(Kind::Heading, u"Title\n---\n"_s)};
        QTest::newRow("thematic breaks")
            << u"a\n\n---\n* * *\nb\n___\n"_s
            << QList {block(Kind::Paragraph, u"a\n"_s), block(Kind::ThematicBreak, u"---\n"_s),
                      block(Kind::ThematicBreak, u"* * *\n"_s), block(Kind::Paragraph, u"b\n"_s),
                      block(Kind::ThematicBreak, u"___\n"_s)};
        QTest::newRow("fenced code keeps blank lines")
            << u"```python\nx = 1\n\ny = 2\n```\nafter\n"_s
            << QList {block(Kind::FencedCode, u"```python\nx = 1\n\ny = 2\n```\n"_s, u"python"_s),
                      block(Kind::Paragraph, u"after\n"_s)};
        QTest::newRow("fence interrupts a paragraph")
            << u"text\n~~~\ncode\n~~~\n"_s
            << QList {block(Kind::Paragraph, u"text\n"_s),
                      block(Kind::FencedCode, u"~~~\ncode\n~~~\n"_s)};
        QTest::newRow("closing fence: same marker, at least as long")
            << u"````\n```\n~~~~\n`````  \nx\n"_s
            << QList {block(Kind::FencedCode, u"````\n```\n~~~~\n`````  \n"_s),
                      block(Kind::Paragraph, u"x\n"_s)};
        QTest::newRow("closing fence with text is content")
            << u"```\n``` x\n```\n"_s << QList {block(Kind::FencedCode, u"```\n``` x\n```\n"_s)};
        QTest::newRow("indented four: not a fence")
            << u"    ```\n    x\n"_s << QList {block(Kind::IndentedCode, u"    ```\n    x\n"_s)};
        QTest::newRow("unclosed fence runs to the end")
            << u"```js\nlet a;\n\n"_s
            << QList {block(Kind::FencedCode, u"```js\nlet a;\n\n"_s, u"js"_s)};
        QTest::newRow("backticks in info: inline code, not a fence")
            << u"```a``` b\nc\n"_s << QList {block(Kind::Paragraph, u"```a``` b\nc\n"_s)};
        QTest::newRow("list with blank lines and continuation")
            << u"- a\n- b\n\n- c\n\n  more\n\nafter\n"_s
            << QList {block(Kind::List, u"- a\n- b\n\n- c\n\n  more\n"_s),
                      block(Kind::Paragraph, u"after\n"_s)};
        QTest::newRow("ordered list with a code block inside")
            << u"1. Step\n   ```bash\n   echo a\n\n   echo b\n   ```\n2. Next\n\nText\n"_s
            << QList {block(Kind::List,
                            u"1. Step\n   ```bash\n   echo a\n\n   echo b\n   ```\n2. Next\n"_s),
                      block(Kind::Paragraph, u"Text\n"_s)};
        QTest::newRow("nested list") << u"- a\n  - b\n    - c\n- d\n"_s
                                     << QList {block(Kind::List, u"- a\n  - b\n    - c\n- d\n"_s)};
        QTest::newRow("lazy continuation, not after a blank line")
            << u"- a\nlazy\n\npara\n"_s
            << QList {block(Kind::List, u"- a\nlazy\n"_s), block(Kind::Paragraph, u"para\n"_s)};
        QTest::newRow("another bullet starts another list")
            << u"- a\n+ b\n"_s
            << QList {block(Kind::List, u"- a\n"_s), block(Kind::List, u"+ b\n"_s)};
        QTest::newRow("heading ends a list")
            << u"- a\n# H\n"_s
            << QList {block(Kind::List, u"- a\n"_s), block(Kind::Heading, u"# H\n"_s)};
        QTest::newRow("thematic break ends a list")
            << u"* a\n* * *\n"_s
            << QList {block(Kind::List, u"* a\n"_s), block(Kind::ThematicBreak, u"* * *\n"_s)};
        QTest::newRow("unindented line in an item's fence ends the list")
            << u"- a\n  ```\ncode\n"_s
            << QList {block(Kind::List, u"- a\n  ```\n"_s), block(Kind::Paragraph, u"code\n"_s)};
        QTest::newRow("list starting at 1 interrupts a paragraph")
            << u"Text\n1. one\n"_s
            << QList {block(Kind::Paragraph, u"Text\n"_s), block(Kind::List, u"1. one\n"_s)};
        QTest::newRow("other numbers do not")
            << u"In\n1998. it was\n"_s << QList {block(Kind::Paragraph, u"In\n1998. it was\n"_s)};
        QTest::newRow("empty item does not")
            << u"Text\n-\nmore\n"_s
            << QList {block(Kind::Heading, u"Text\n-\n"_s), block(Kind::Paragraph, u"more\n"_s)};
        QTest::newRow("block quote with lazy line")
            << u"> a\nlazy\n> b\n\nafter\n"_s
            << QList {block(Kind::BlockQuote, u"> a\nlazy\n> b\n"_s),
                      block(Kind::Paragraph, u"after\n"_s)};
        QTest::newRow("heading ends a quote")
            << u"> a\n# H\n"_s
            << QList {block(Kind::BlockQuote, u"> a\n"_s), block(Kind::Heading, u"# H\n"_s)};
        QTest::newRow("no lazy line after a fence in a quote")
            << u"> ```\n> code\n>\n> ```\nafter\n"_s
            << QList {block(Kind::BlockQuote, u"> ```\n> code\n>\n> ```\n"_s),
                      block(Kind::Paragraph, u"after\n"_s)};
        QTest::newRow("table") << u"| a | b |\n|---|:-:|\n| 1 | 2 |\nno pipes\n\nafter\n"_s
                               << QList {block(Kind::Table,
                                               u"| a | b |\n|---|:-:|\n| 1 | 2 |\nno pipes\n"_s),
                                         block(Kind::Paragraph, u"after\n"_s)};
        QTest::newRow("table ended by a heading")
            << u"a | b\n--- | ---\n1 | 2\n# H\n"_s
            << QList {block(Kind::Table, u"a | b\n--- | ---\n1 | 2\n"_s),
                      block(Kind::Heading, u"# H\n"_s)};
        QTest::newRow("delimiter row with other cell count: paragraph")
            << u"a | b\n|---|\n"_s << QList {block(Kind::Paragraph, u"a | b\n|---|\n"_s)};
        QTest::newRow("indented code with blank lines inside")
            << u"    code\n\n    more\n\npara\n"_s
            << QList {block(Kind::IndentedCode, u"    code\n\n    more\n"_s),
                      block(Kind::Paragraph, u"para\n"_s)};
        QTest::newRow("indented line continues a paragraph")
            << u"para\n    still\n"_s << QList {block(Kind::Paragraph, u"para\n    still\n"_s)};
        QTest::newRow("CR and CRLF line ends")
            << u"a\r\nb\r\rc\r\n"_s
            << QList {block(Kind::Paragraph, u"a\nb\n"_s), block(Kind::Paragraph, u"c\n"_s)};
        QTest::newRow("HTML is a paragraph")
            << u"<div>\n<b>x</b>\n</div>\n\nt\n"_s
            << QList {block(Kind::Paragraph, u"<div>\n<b>x</b>\n</div>\n"_s),
                      block(Kind::Paragraph, u"t\n"_s)};
        QTest::newRow("nothing") << u"\n\n"_s << QList<MarkdownBlock> {};
    }

    void blocks()
    {
        QFETCH(QString, text);
        QFETCH(QList<MarkdownBlock>, expected);
        const QList<MarkdownBlock> blocks = splitWhole(text);
        QCOMPARE(describe(blocks), describe(expected));
        QCOMPARE(blocks, expected);
    }

    // A block is reported finished as soon as the line that ends it is complete, and not before.
    void finishedAsSoonAsDecided_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("finished");

        QTest::newRow("paragraph, no blank line yet") << u"para\n"_s << 0;
        QTest::newRow("paragraph and blank line") << u"para\n\n"_s << 1;
        QTest::newRow("heading line incomplete") << u"# Title"_s << 0;
        QTest::newRow("heading line complete") << u"# Title\n"_s << 1;
        QTest::newRow("closing fence incomplete: could grow an info") << u"```\nx\n```"_s << 0;
        QTest::newRow("closing fence complete") << u"```\nx\n```\n"_s << 1;
        QTest::newRow("list after a blank line: could go on") << u"- a\n\n"_s << 0;
        QTest::newRow("list ended by a paragraph") << u"- a\n\nb\n"_s << 1;
        QTest::newRow("CR may be half a CRLF but ends the line") << u"para\r\r"_s << 1;
    }

    void finishedAsSoonAsDecided()
    {
        QFETCH(QString, text);
        QFETCH(int, finished);
        MarkdownBlockSplitter splitter;
        splitter.append(text);
        QCOMPARE(splitter.takeFinished().size(), finished);
    }

    // The same text split into two pieces at every position, and fed in pieces of every size,
    // finishes exactly the blocks of the whole text: fence markers, CRLFs and list markers
    // straddle pieces.
    void everySplitGivesTheSameBlocks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("every kind of block") << kSample;
        QTest::newRow("CR at every position") << u"a\rb\r\r```\rc\r\r```\r\r- x\r\r  y\rz"_s;
        QTest::newRow("fences and lists")
            << u"```\n```\n- a\n  ~~~\n  b\n\n  ~~~\n- c\n\n````\n```\n````\n"_s;
    }

    void everySplitGivesTheSameBlocks()
    {
        QFETCH(QString, text);
        const QList<MarkdownBlock> whole = splitWhole(text);
        QVERIFY(whole.size() >= 3);
        for (qsizetype cut = 0; cut <= text.size(); ++cut) {
            const QList<MarkdownBlock> blocks = splitAt(text, {cut});
            QVERIFY2(blocks == whole,
                     qPrintable(u"cut at %1: %2"_s.arg(cut).arg(describe(blocks))));
        }
        for (qsizetype size = 1; size <= text.size(); ++size) {
            QList<qsizetype> cuts;
            for (qsizetype at = size; at < text.size(); at += size) {
                cuts << at;
            }
            const QList<MarkdownBlock> blocks = splitAt(text, cuts);
            QVERIFY2(blocks == whole,
                     qPrintable(u"pieces of %1: %2"_s.arg(size).arg(describe(blocks))));
        }
    }

    void sampleBlocks()
    {
        const QList<MarkdownBlock> blocks = splitWhole(kSample);
        QStringList kinds;
        for (const MarkdownBlock &b : blocks) {
            kinds << kindName(b.kind);
        }
        // # Title | Intro.. | Setext | list | 1. | 2) | quote | table | indented | *** | ````
        // | ```cpp | Year.. | ~~~ unterminated
        QCOMPARE(kinds.join(u' '), u"H P H L L L Q T I B F F P F"_s);
        QCOMPARE(
            blocks.at(3).source,
            u"- item one\n- item two\n  ```py\n  x = 1\n\n  ```\n\n- item three\nlazy line\n"_s);
        QCOMPARE(blocks.at(10).code(), u"```\nnot closed by three\n"_s);
        QCOMPARE(blocks.at(11).language(), u"cpp"_s);
        QCOMPARE(blocks.at(11).code(), u"int main() {}\n"_s);
        QCOMPARE(blocks.last().code(), u"last\n"_s);
    }

    // While a code block streams, the open block is already that code block.
    void openBlockWhileStreaming()
    {
        MarkdownBlockSplitter splitter;
        splitter.append(u"Text\n\n```rust\nfn main() {\n    let x"_s);
        QCOMPARE(describe(splitter.takeFinished()), u"P[Text\\n]"_s);
        const MarkdownBlock open = splitter.openBlock();
        QCOMPARE(open.kind, Kind::FencedCode);
        QCOMPARE(open.language(), u"rust"_s);
        QCOMPARE(open.code(), u"fn main() {\n    let x"_s);
        QCOMPARE(splitter.tail(), u"```rust\nfn main() {\n    let x"_s);

        splitter.append(u" = 1;\n}\n```\n\nDone"_s);
        QCOMPARE(splitter.takeFinished().size(), 1);
        QCOMPARE(splitter.openBlock().kind, Kind::Paragraph);
        QCOMPARE(splitter.tail(), u"Done"_s);
        splitter.finish();
        QCOMPARE(describe(splitter.takeFinished()), u"P[Done\\n]"_s);
        QVERIFY(splitter.tail().isEmpty());
    }

    void code_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::newRow("fence indentation removed from content")
            << u"  ```\n  a\n    b\n c\n  ```\n"_s << QString() << u"a\n  b\nc\n"_s;
        QTest::newRow("info words and attributes")
            << u"``` python title=\"a.py\"\nx\n```\n"_s << u"python"_s << u"x\n"_s;
        QTest::newRow("pandoc attributes") << u"```{.rust}\nx\n```\n"_s << u"rust"_s << u"x\n"_s;
        QTest::newRow("indented code") << u"    a\n\n     b\n"_s << QString() << u"a\n\n b\n"_s;
        QTest::newRow("tab indented code") << u"\ta\n  \tb\n"_s << QString() << u"a\nb\n"_s;
        QTest::newRow("empty fenced block") << u"```sh\n```\n"_s << u"sh"_s << QString();
    }

    void code()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QString, code);
        const QList<MarkdownBlock> blocks = splitWhole(text);
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.first().language(), language);
        QCOMPARE(blocks.first().code(), code);
    }

    // Appending a long text in one piece must not move the buffer once per block (quadratic).
    void longTextInOnePiece()
    {
        QString text;
        for (int i = 0; i < 20000; ++i) {
            text += u"Paragraph %1 with some words.\n\n"_s.arg(i);
        }
        const QList<MarkdownBlock> blocks = splitWhole(text);
        QCOMPARE(blocks.size(), 20000);
        QCOMPARE(blocks.last().source, u"Paragraph 19999 with some words.\n"_s);
    }

    void clearStartsAgain()
    {
        MarkdownBlockSplitter splitter;
        splitter.append(u"```\nopen"_s);
        splitter.clear();
        splitter.append(u"text\n"_s);
        splitter.finish();
        QCOMPARE(describe(splitter.takeFinished()), u"P[text\\n]"_s);
    }
};

QTEST_GUILESS_MAIN(MarkdownBlockSplitterTest)
#include "tst_markdownblocksplitter.moc"

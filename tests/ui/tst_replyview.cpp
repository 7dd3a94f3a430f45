#include "Screenshots.h"
#include "chat/BottomPinning.h"
#include "chat/ReplyView.h"
#include "markdown/MarkdownBlockSplitter.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using pwb::ReplyView;

namespace {

const QString kCode = u"def greet(name: str) -> str:\n"
                      "    # say hello\n"
                      "    return f\"Hello, {name}!\"\n"
                      "\n"
                      "print(greet(\"world\"))\n"_s;

const QString kReply =
    u"# Streaming reply\n"
    "\n"
    "Here is a **plan** with `inline code` and a [link](https://example.com/docs).\n"
    "\n"
    "1. Install the package:\n"
    "   ```bash\n"
    "   pip install greet  # once\n"
    "   ```\n"
    "2. Write the script:\n"
    "\n"
    "```python\n"_s +
    kCode +
    u"```\n"
    "\n"
    "| Option | Meaning |\n"
    "|---|---|\n"
    "| `-v` | verbose output |\n"
    "\n"
    "> A quote to finish.\n"
    "\n"
    "Done, with ~~~ and ``` inside a line.\n"_s;

// Delivers `text` to `view` in pieces of `pieceSize` characters, one piece per event-loop turn
// with time passing between them, as a network stream would; then finishes the reply.
void stream(ReplyView &view, const QString &text, qsizetype pieceSize, bool finish = true)
{
    qsizetype at = 0;
    QTimer feeder;
    QEventLoop loop;
    QObject::connect(&feeder, &QTimer::timeout, &loop, [&] {
        if (at >= text.size()) {
            loop.quit();
            return;
        }
        view.appendText(text.mid(at, pieceSize));
        at += pieceSize;
    });
    feeder.start(1);
    loop.exec();
    if (finish) {
        view.finish();
    } else {
        QTRY_VERIFY(!view.hasPendingUpdate()); // what was appended is shown
    }
}

// Child frames of the root frame that are not tables: the code blocks.
QList<QTextFrame *> codeFrames(QTextDocument *document)
{
    QList<QTextFrame *> frames;
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        if (!qobject_cast<QTextTable *>(frame)) {
            frames << frame;
        }
    }
    return frames;
}

QString frameText(QTextFrame *frame)
{
    QTextCursor cursor(frame);
    cursor.setPosition(frame->firstPosition());
    cursor.setPosition(frame->lastPosition(), QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

// Document position of the text of the first fragment with this anchor, or -1.
int anchorPosition(QTextDocument *document, const QString &href)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorHref() == href) {
                return it.fragment().position();
            }
        }
    }
    return -1; // (next() walks every block, those in frames and table cells too)
}

void clickAt(QTextBrowser *browser, int position)
{
    QTextCursor cursor(browser->document());
    cursor.setPosition(position + 1);
    const QRect rect = browser->cursorRect(cursor);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {},
                      QPoint(rect.left(), rect.center().y()));
}

// Deleted with its block: tells whether a rendered block was ever rebuilt.
class BlockWitness : public QTextBlockUserData
{
public:
    explicit BlockWitness(bool *alive)
        : m_alive(alive)
    {
        *m_alive = true;
    }
    ~BlockWitness() override { *m_alive = false; }

private:
    bool *m_alive;
};

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    return palette;
}

// A reply in a scrolling column, as in the chat transcript.
struct Transcript
{
    QScrollArea area;
    QWidget column;
    ReplyView *view = new ReplyView;

    Transcript()
    {
        auto *layout = new QVBoxLayout(&column);
        layout->setContentsMargins(9, 9, 9, 0); // as BottomPinning recommends
        layout->addWidget(view);
        layout->addStretch(1);
        column.setBackgroundRole(QPalette::Base);
        column.setAutoFillBackground(true);
        column.setAttribute(Qt::WA_StaticContents);
        area.setWidget(&column);
        area.setWidgetResizable(true);
        area.resize(640, 520);
    }
};

} // namespace

// Receives the URLs the view asks the desktop to open.
class LinkCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class ReplyViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamedReplyIsRenderedWithHighlightedCode()
    {
        ReplyView view;
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.isStreaming());
        stream(view, kReply, 4, false);
        QVERIFY(view.isStreaming());
        view.finish();
        QVERIFY(!view.isStreaming());
        QCOMPARE(view.text(), kReply);

        QTextDocument *document = view.answerView()->document();
        const QString plain = document->toPlainText();
        QVERIFY(plain.contains(u"Streaming reply"_s));
        QVERIFY(plain.contains(u"return f\"Hello, {name}!\""_s));
        QVERIFY(!plain.contains(u"```python"_s));
        QVERIFY(plain.contains(u"Done, with ~~~ and ``` inside a line."_s));
        QCOMPARE(document->begin().blockFormat().headingLevel(), 1);
        QCOMPARE(document->begin().text(), u"Streaming reply"_s);

        // One code block: a frame with the language in its header and coloured code.
        const QList<QTextFrame *> frames = codeFrames(document);
        QCOMPARE(frames.size(), 1);
        QVERIFY(frameText(frames.first()).contains(u"python"_s));
        QStringList coloured;
        for (auto it = frames.first()->begin(); !it.atEnd(); ++it) {
            for (auto f = it.currentBlock().begin(); !f.atEnd(); ++f) {
                if (f.fragment().charFormat().hasProperty(QTextFormat::ForegroundBrush)) {
                    coloured << f.fragment().text();
                }
            }
        }
        QVERIFY2(coloured.contains(u"# say hello"_s), qPrintable(coloured.join(u'|')));
        QVERIFY2(coloured.contains(u"\"world\""_s), qPrintable(coloured.join(u'|')));

        // The table and the list came through the Markdown renderer.
        QCOMPARE(document->rootFrame()->childFrames().size(), 2);
        bool hasList = false;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            hasList |= block.textList() != nullptr;
        }
        QVERIFY(hasList);
    }

    void copyLinkCopiesExactlyTheCode()
    {
        ReplyView view;
        view.resize(640, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        stream(view, kReply + u"\n```\nsecond block\n```\n"_s, 5);
        QGuiApplication::clipboard()->clear();

        QTextDocument *document = view.answerView()->document();
        const int copy = anchorPosition(document, u"copy-code:0"_s);
        QVERIFY(copy >= 0);
        QTextCursor cursor(document);
        cursor.setPosition(copy);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QCOMPARE(cursor.selectedText(), u"Copy"_s);
        clickAt(view.answerView(), copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), kCode);

        clickAt(view.answerView(), anchorPosition(document, u"copy-code:1"_s));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"second block\n"_s);
        QCOMPARE(document->toPlainText().count(u"Copy"_s), 2);
    }

    // Code inside a list item is rendered by Qt's Markdown reader, and highlighted once the
    // list is finished.
    void codeInAListIsHighlighted()
    {
        ReplyView view;
        stream(view, u"1. Run it:\n   ```python\n   print(\"hi\")  # greet\n   ```\n2. Done\n"_s,
               3);
        QTextDocument *document = view.answerView()->document();
        QStringList coloured;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().hasProperty(QTextFormat::ForegroundBrush)) {
                    coloured << it.fragment().text();
                }
            }
        }
        QVERIFY2(coloured.contains(u"# greet"_s), qPrintable(coloured.join(u'|')));
        QVERIFY2(coloured.contains(u"\"hi\""_s), qPrintable(coloured.join(u'|')));
    }

    void linksOpenOnlyOnClick()
    {
        LinkCatcher catcher;
        QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
        ReplyView view;
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setMarkdown(u"See [the docs](https://example.com/docs) now.\n"_s);
        QVERIFY(catcher.opened.isEmpty());
        const QString before = view.answerView()->document()->toHtml();

        clickAt(view.answerView(),
                anchorPosition(view.answerView()->document(), u"https://example.com/docs"_s));
        QCOMPARE(catcher.opened, QList<QUrl> {QUrl(u"https://example.com/docs"_s)});
        QCOMPARE(view.answerView()->document()->toHtml(), before); // no navigation
        QDesktopServices::unsetUrlHandler(u"https"_s);
    }

    void selectionCanBeCopied()
    {
        ReplyView view;
        view.setMarkdown(kReply);
        view.answerView()->selectAll();
        view.answerView()->copy();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.contains(u"Streaming reply"_s));
        QVERIFY(copied.contains(u"print(greet(\"world\"))"_s));
    }

    // A finished block is rendered once: its QTextBlock (with data attached to it) and the code
    // block's frame survive the rest of the stream, and every line of code is highlighted once.
    void finishedBlocksAreNeverRebuilt()
    {
        ReplyView view;
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const qsizetype afterCode = kReply.indexOf(u"| Option"_s);
        stream(view, kReply.first(afterCode), 3, false);

        QTextDocument *document = view.answerView()->document();
        bool headingAlive = false;
        document->begin().setUserData(new BlockWitness(&headingAlive));
        QCOMPARE(codeFrames(document).size(), 1);
        const QPointer<QTextFrame> codeFrame = codeFrames(document).first();
        const QString codeFrameText = frameText(codeFrame);

        stream(view, kReply.sliced(afterCode), 3);
        QVERIFY(headingAlive);
        QVERIFY(codeFrame);
        QCOMPARE(codeFrames(document), QList<QTextFrame *> {codeFrame.data()});
        QCOMPARE(frameText(codeFrame), codeFrameText);

        pwb::MarkdownBlockSplitter splitter;
        splitter.append(kReply);
        splitter.finish();
        QCOMPARE(view.renderStats().finishedBlocksRendered, splitter.takeFinished().size());
        QCOMPARE(view.renderStats().codeLinesHighlighted, kCode.count(u'\n'));
        QVERIFY(view.renderStats().tailRenders >= 1); // the open block was rendered as it grew
    }

    // Deltas only go into a buffer; the document changes once per frame.
    void deltasAreCoalescedIntoOneFrame()
    {
        ReplyView view;
        QSignalSpy rendered(&view, &ReplyView::rendered);
        for (qsizetype at = 0; at < kReply.size(); at += 4) {
            view.appendText(kReply.mid(at, 4));
        }
        QCOMPARE(rendered.count(), 0);
        QVERIFY(view.answerView()->document()->isEmpty());
        QVERIFY(rendered.wait());
        QCOMPARE(rendered.count(), 1);
        QVERIFY(view.answerView()->document()->toPlainText().contains(u"Write the script"_s));
        QTest::qWait(3 * ReplyView::kFrameMs);
        QCOMPARE(rendered.count(), 1); // nothing new, no frame
    }

    void storedReplyEqualsStreamedReply_data()
    {
        QTest::addColumn<int>("pieceSize");
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
        QTest::newRow("4") << 4;
        QTest::newRow("7") << 7;
        QTest::newRow("64") << 64;
    }

    void storedReplyEqualsStreamedReply()
    {
        QFETCH(int, pieceSize);
        ReplyView streamed;
        streamed.resize(640, 400);
        stream(streamed, kReply, pieceSize);
        ReplyView stored;
        stored.resize(640, 400);
        stored.setMarkdown(kReply);
        QVERIFY(!stored.isStreaming());
        QCOMPARE(stored.text(), kReply);
        QCOMPARE(streamed.answerView()->document()->toHtml(),
                 stored.answerView()->document()->toHtml());
    }

    void reasoningIsCollapsedAndExpands()
    {
        ReplyView view;
        view.resize(640, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QToolButton *toggle = view.reasoningToggle();
        QVERIFY(toggle->isHidden());

        const QString reasoning = u"The user wants a greeting. Python is a good fit."_s;
        for (qsizetype at = 0; at < reasoning.size(); at += 4) {
            view.appendReasoning(reasoning.mid(at, 4));
        }
        QSignalSpy rendered(&view, &ReplyView::rendered);
        QVERIFY(rendered.wait());
        QVERIFY(toggle->isVisible());
        QCOMPARE(toggle->text(), u"Thinking… (%1 characters)"_s.arg(reasoning.size()));
        QVERIFY(!view.isReasoningExpanded());
        QVERIFY(view.reasoningView()->isHidden());
        QCOMPARE(view.reasoningText(), reasoning);

        stream(view, u"Here you go."_s, 4);
        QCOMPARE(toggle->text(), u"Reasoning (%1 characters)"_s.arg(reasoning.size()));
        const int collapsedHeight = view.sizeHint().height();

        QSignalSpy heightChanged(&view, &ReplyView::contentHeightChanged);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(view.isReasoningExpanded());
        QVERIFY(view.reasoningView()->isVisible());
        QCOMPARE(view.reasoningView()->toPlainText(), reasoning);
        QVERIFY(heightChanged.count() >= 1);
        QTRY_VERIFY(view.sizeHint().height() > collapsedHeight);
        pwb::test::saveScreenshot(&view, u"replyview-reasoning-expanded"_s);

        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!view.isReasoningExpanded());
        QVERIFY(view.reasoningView()->isHidden());
    }

    void clearStartsAnEmptyReply()
    {
        ReplyView view;
        view.setMarkdown(u"# Old\n\n```sh\nls\n```\n"_s, u"thoughts"_s);
        view.clear();
        QVERIFY(view.text().isEmpty());
        QVERIFY(view.reasoningText().isEmpty());
        QVERIFY(view.reasoningToggle()->isHidden());
        QVERIFY(view.answerView()->document()->toPlainText().isEmpty());
        stream(view, u"New *reply*"_s, 2);
        QCOMPARE(view.answerView()->document()->toPlainText(), u"New reply"_s);
    }

    // In a transcript the column follows the stream while the user is at the bottom, and stops
    // following once they scroll up.
    void transcriptFollowsOnlyAtTheBottom()
    {
        Transcript transcript;
        pwb::BottomPinning pinning(&transcript.area);
        transcript.area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&transcript.area));
        QScrollBar *bar = transcript.area.verticalScrollBar();

        stream(*transcript.view, kReply + kReply, 8, false);
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(pinning.isPinned());
        // The reply is as tall as its content: no scroll bar of its own.
        QVERIFY(!transcript.view->answerView()->verticalScrollBar()->isVisible());

        bar->setValue(0);
        QVERIFY(!pinning.isPinned());
        const int maximum = bar->maximum();
        stream(*transcript.view, kReply, 8);
        QTRY_VERIFY(bar->maximum() > maximum);
        QCOMPARE(bar->value(), 0);
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        Transcript transcript;
        if (dark) {
            transcript.area.setPalette(darkPalette());
        }
        transcript.area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&transcript.area));
        const QString theme = dark ? u"dark"_s : u"light"_s;
        const QString reasoning = u"The user wants a script; show the code and how to run it."_s;
        transcript.view->appendReasoning(reasoning);

        // Mid-stream: inside the code block, halfway through a line.
        const qsizetype midCode = kReply.indexOf(u"return f"_s) + 10;
        stream(*transcript.view, kReply.first(midCode), 6, false);
        const QImage midStream =
            pwb::test::saveScreenshot(&transcript.area, u"replyview-midstream-"_s + theme);
        QVERIFY(pwb::test::distinctColours(midStream) > 10);

        stream(*transcript.view, kReply.sliced(midCode), 6);
        transcript.view->setReasoningExpanded(true);
        transcript.area.verticalScrollBar()->setValue(0);
        const QImage finished =
            pwb::test::saveScreenshot(&transcript.area, u"replyview-finished-"_s + theme);
        QVERIFY(pwb::test::distinctColours(finished) > 10);
        const QColor base = transcript.view->palette().color(QPalette::Base);
        QVERIFY(pwb::test::inkPixels(finished, base) > 500);
    }
};

QTEST_MAIN(ReplyViewTest)
#include "tst_replyview.moc"

#include "Screenshots.h"
#include "Typing.h"
#include "chat/AssistantTurnWidget.h"
#include "chat/ChatPanel.h"
#include "chat/ChatTranscript.h"
#include "chat/ReplyView.h"
#include "compare/CompareColumnWidget.h"
#include "compare/CompareRunner.h"
#include "compare/CompareWindow.h"
#include "core/ApplicationIdentity.h"
#include "core/Localization.h"
#include "editor/MessageEditor.h"
#include "editor/PromptEditorPanel.h"
#include "library/PromptLibraryPanel.h"
#include "mainwindow/AboutDialog.h"
#include "mainwindow/MainActions.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/PromptSession.h"
#include "mainwindow/WorkspaceTransfer.h"
#include "providers/demo/DemoNetworkAccessManager.h"
#include "storage/DatasetRepository.h"
#include "storage/PromptRepository.h"
#include "storage/SampleWorkspace.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using pwb::MainWindow;

class MainWindowTest : public QObject
{
    Q_OBJECT

    // A fresh workspace file per window, in this test's own folder.
    std::unique_ptr<pwb::Workspace> openWorkspace(const QString &name = u"workspace.sqlite"_s)
    {
        auto opened = pwb::Workspace::open(m_dir.filePath(name));
        if (!opened) {
            qFatal("cannot open the test workspace: %s", qPrintable(opened.error()));
        }
        return std::move(opened).value();
    }
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        pwb::applyApplicationIdentity();
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(pwb::AppSettings::filePath());
    }

    void regionsAreRealWidgets()
    {
        const auto windowWorkspace = openWorkspace();
        MainWindow window(*windowWorkspace, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
        QVERIFY(splitter);
        QCOMPARE(splitter->count(), 3);
        QCOMPARE(splitter->widget(0), window.libraryPanel());
        QCOMPARE(splitter->widget(1), window.editorPanel());
        QCOMPARE(splitter->widget(2), window.chatPanel());
        for (QWidget *region : {static_cast<QWidget *>(window.libraryPanel()),
                                static_cast<QWidget *>(window.editorPanel()),
                                static_cast<QWidget *>(window.chatPanel())}) {
            QVERIFY2(region->isVisible(), qPrintable(region->objectName()));
            QVERIFY2(region->width() >= region->minimumWidth() && region->height() > 300,
                     qPrintable(region->objectName()));
        }

        QVERIFY(window.libraryPanel()->searchField()->isVisible());
        QCOMPARE(window.libraryPanel()->searchField()->placeholderText(), u"Search prompts"_s);
        QVERIFY(window.findChild<QLabel *>(u"libraryEmptyState"_s)->isVisible());

        const QList<pwb::MessageEditor *> messages = window.editorPanel()->messageEditors();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0)->role(), pwb::MessageEditor::Role::System);
        QCOMPARE(messages.at(1)->role(), pwb::MessageEditor::Role::User);

        QVERIFY(window.chatPanel()->transcript()->emptyState()->text().contains(u"Ctrl+Return"));
        auto *workspace = window.findChild<QLabel *>(u"workspaceLabel"_s);
        QVERIFY(workspace && workspace->isVisible());
        QVERIFY(workspace->text().contains(QDir::toNativeSeparators(m_dir.path())));
    }

    void actions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("shortcut");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("menu");

        QTest::newRow("new prompt")
            << u"action.newPrompt"_s << u"Ctrl+N"_s << true << u"menu.file"_s;
        QTest::newRow("save version")
            << u"action.saveVersion"_s << u"Ctrl+S"_s << true << u"menu.file"_s;
        QTest::newRow("back up") << u"action.backUpWorkspace"_s << QString() << true
                                 << u"menu.file"_s;
        QTest::newRow("import prompts")
            << u"action.import"_s << u"Ctrl+I"_s << true << u"menu.file"_s;
        QTest::newRow("quit") << u"action.quit"_s << u"Ctrl+Q"_s << true << u"menu.file"_s;
        QTest::newRow("undo") << u"action.undo"_s << u"Ctrl+Z"_s << true << u"menu.edit"_s;
        QTest::newRow("find") << u"action.find"_s << u"Ctrl+F"_s << true << u"menu.edit"_s;
        QTest::newRow("library") << u"action.showLibrary"_s << u"Alt+1"_s << true << u"menu.view"_s;
        QTest::newRow("chat") << u"action.showChat"_s << u"Alt+2"_s << true << u"menu.view"_s;
        QTest::newRow("run") << u"action.run"_s << u"Ctrl+Return"_s << true << u"menu.run"_s;
        QTest::newRow("stop") << u"action.stop"_s << u"Esc"_s << false << u"menu.run"_s;
        QTest::newRow("compare") << u"action.compare"_s << u"Ctrl+Shift+Return"_s << true
                                 << u"menu.run"_s;
        QTest::newRow("datasets") << u"action.datasets"_s << u"Ctrl+Shift+D"_s << true
                                  << u"menu.evaluate"_s;
        QTest::newRow("new eval run")
            << u"action.newEvalRun"_s << u"Ctrl+Shift+E"_s << true << u"menu.evaluate"_s;
        QTest::newRow("evaluations")
            << u"action.evaluations"_s << u"Ctrl+Alt+E"_s << true << u"menu.evaluate"_s;
        QTest::newRow("runs") << u"action.runsBrowser"_s << u"Ctrl+Shift+R"_s << true
                              << u"menu.evaluate"_s;
        QTest::newRow("about") << u"action.about"_s << QString() << true << u"menu.help"_s;
    }

    void actions()
    {
        QFETCH(QString, name);
        QFETCH(QString, shortcut);
        QFETCH(bool, enabled);
        QFETCH(QString, menu);

        const auto windowWorkspace = openWorkspace();
        MainWindow window(*windowWorkspace, nullptr);
        auto *action = window.findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QCOMPARE(action->shortcut().toString(QKeySequence::PortableText), shortcut);
        QCOMPARE(action->isEnabled(), enabled);
        if (!enabled) {
            QVERIFY(!action->statusTip().isEmpty()); // says why it is greyed out
        }
        auto *menuWidget = window.menuBar()->findChild<QMenu *>(menu);
        QVERIFY2(menuWidget, qPrintable(menu));
        QVERIFY2(menuWidget->actions().contains(action), qPrintable(name + u" in "_s + menu));
        QVERIFY(window.actions()->all().contains(action));
    }

    void everyActionIsInAMenuAndShortcutsAreUnique()
    {
        const auto windowWorkspace = openWorkspace();
        MainWindow window(*windowWorkspace, nullptr);
        QSet<QString> shortcuts;
        for (QAction *action : window.actions()->all()) {
            bool inMenu = false;
            for (QObject *associated : action->associatedObjects()) {
                inMenu = inMenu || qobject_cast<QMenu *>(associated);
            }
            QVERIFY2(inMenu, qPrintable(action->objectName()));
            const QString keys = action->shortcut().toString(QKeySequence::PortableText);
            if (!keys.isEmpty()) {
                QVERIFY2(!shortcuts.contains(keys), qPrintable(keys));
                shortcuts.insert(keys);
            }
        }
        QCOMPARE(window.menuBar()->actions().size(), 6);
    }

    void aboutDialogShowsTheVersion()
    {
        const auto windowWorkspace = openWorkspace();
        MainWindow window(*windowWorkspace, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QString versionText;
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<pwb::AboutDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                sawDialog = true;
                versionText = dialog->findChild<QLabel *>(u"aboutVersion"_s)->text();
                pwb::test::saveScreenshot(dialog, u"about-dialog"_s);
                dialog->reject();
            }
        });
        window.actions()->about->trigger(); // modal: returns once the timer closed it
        QVERIFY(sawDialog);
        QCOMPARE(versionText, u"Version " + QCoreApplication::applicationVersion());
        QVERIFY(QCoreApplication::applicationVersion().contains(
            QRegularExpression(u"^\\d+\\.\\d+\\.\\d+$"_s)));
    }

    void viewActionsToggleRegions()
    {
        const auto windowWorkspace = openWorkspace();
        MainWindow window(*windowWorkspace, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.actions()->showChat->trigger();
        QVERIFY(!window.chatPanel()->isVisible());
        window.actions()->showLibrary->trigger();
        QVERIFY(!window.libraryPanel()->isVisible());
        QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
        QVERIFY(window.chatPanel()->isVisible());
        QVERIFY(window.actions()->showChat->isChecked());
        window.actions()->showLibrary->trigger();
        QVERIFY(window.libraryPanel()->isVisible());
    }

    void geometryAndSplitterAreRemembered()
    {
        QFile::remove(pwb::AppSettings::filePath());
        QList<int> sizes;
        {
            const auto firstWorkspace = openWorkspace();
            MainWindow first(*firstWorkspace, nullptr);
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            // Within the offscreen platform's 800x600 screen: restoreGeometry() clamps to it.
            first.resize(777, 555);
            auto *splitter = first.findChild<QSplitter *>(u"mainSplitter"_s);
            splitter->setSizes({190, 330, 257});
            sizes = splitter->sizes();
            first.close();
        }
        const auto secondWorkspace = openWorkspace();
        MainWindow second(*secondWorkspace, nullptr);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.size(), QSize(777, 555));
        QCOMPARE(second.findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
    }

    void screenshotWithAPromptTyped()
    {
        QFile::remove(pwb::AppSettings::filePath());
        const auto windowWorkspace = openWorkspace();
        MainWindow window(*windowWorkspace, nullptr);
        window.resize(1360, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.actions()->newPrompt->trigger();
        QVERIFY(window.editorPanel()->nameField()->isEnabled());
        window.editorPanel()->nameField()->clear();
        QTest::keyClicks(window.editorPanel()->nameField(), u"Support reply"_s);
        const QList<pwb::MessageEditor *> messages = window.editorPanel()->messageEditors();
        QPlainTextEdit *system = messages.at(0)->textEdit();
        pwb::test::typeText(system,
                            u"You are a **friendly** support agent for {{product}}.\n"
                            u"Answer in {{language}}; keep it under {{max_words}} words."_s);
        QPlainTextEdit *user = messages.at(1)->textEdit();
        pwb::test::typeText(user, u"Customer question:\n{{question}}"_s);
        QCOMPARE(user->toPlainText(), u"Customer question:\n{{question}}"_s);

        const QImage shot = pwb::test::saveScreenshot(&window, u"mainwindow"_s);
        QCOMPARE(shot.size(), window.size() * window.devicePixelRatio());
        QVERIFY2(pwb::test::distinctColours(shot) > 20, "the main window rendered (nearly) blank");
    }

    void firstStartRunsTheOfflineDemo()
    {
        // What `tools/dev run` shows on a fresh machine: the sample prompts, and Run streams a
        // reply from the offline demo with no key and no network.
        QFile::remove(pwb::AppSettings::filePath());
        const auto workspace = openWorkspace(u"first-start.sqlite"_s);
        QVERIFY(workspace->isNew());
        QVERIFY(pwb::SampleWorkspace::seed(workspace->database()).ok());
        MainWindow window(*workspace, nullptr);
        window.resize(1360, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.session()->currentPrompt().has_value());
        QVERIFY(!window.editorPanel()->messageEditors().isEmpty());
        auto *demo = qobject_cast<pwb::demo::DemoNetworkAccessManager *>(window.network());
        QVERIFY(demo);
        demo->setDeltasPerSecond(400);

        QSignalSpy ended(window.chatPanel(), &pwb::ChatPanel::runEnded);
        window.actions()->run->trigger();
        QTRY_VERIFY(window.chatPanel()->isRunning());
        pwb::AssistantTurnWidget *turn = window.chatPanel()->lastAssistantTurn();
        QTRY_VERIFY(turn->replyView()->text().size() > 200);
        pwb::test::saveScreenshot(&window, u"first-start-streaming"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
        QVERIFY2(turn->replyView()->text().contains(u"demo"),
                 qPrintable(turn->replyView()->text().left(200)));
        QVERIFY(!turn->errorBox()->isVisible());
        QVERIFY(turn->figuresLabel()->text().contains(u"$0"));
        const QImage shot = pwb::test::saveScreenshot(&window, u"first-start"_s);
        QVERIFY(pwb::test::distinctColours(shot) > 20);

        // The reply becomes a dataset case in one click (and the dataset is chosen once).
        QVERIFY(turn->addToDatasetButton()->isVisible());
        QTimer::singleShot(0, &window, [] {
            auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(ask);
            ask->setTextValue(u"From the chat"_s);
            ask->accept();
        });
        QTest::mouseClick(turn->addToDatasetButton(), Qt::LeftButton);
        pwb::DatasetRepository datasets(workspace->database());
        QTRY_VERIFY(datasets.datasetId(u"From the chat"_s).has_value());
        const QList<pwb::DatasetCase> cases =
            datasets.cases(*datasets.datasetId(u"From the chat"_s));
        QCOMPARE(cases.size(), 1);
        QCOMPARE(cases.first().expected, std::optional<QString>(turn->replyView()->text()));
        QVERIFY(!cases.first().variables.isEmpty()); // the run's variables
    }

    // File › Back Up Workspace: a copy that opens as a workspace with everything in it, never
    // over an existing file unless the save dialog asked about replacing it.
    void backUpWorkspace()
    {
        const auto workspace = openWorkspace(u"backed-up.sqlite"_s);
        QVERIFY(pwb::SampleWorkspace::seed(workspace->database()).ok());
        MainWindow window(*workspace, nullptr);
        QSignalSpy messages(window.transfer(), &pwb::WorkspaceTransfer::message);
        const QString target = m_dir.filePath(u"backup-of-sample.sqlite"_s);
        QVERIFY(window.transfer()->backUpTo(target, false).ok());
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().first().toString().contains(u"backup-of-sample.sqlite"_s));

        const QStringList names = [&workspace] {
            QStringList list;
            for (const pwb::PromptRecord &prompt : workspace->prompts().prompts()) {
                list.append(prompt.name);
            }
            return list;
        }();
        QVERIFY(!names.isEmpty());
        {
            auto copy = pwb::Workspace::open(target);
            QVERIFY2(copy, qPrintable(copy.error()));
            QStringList copied;
            for (const pwb::PromptRecord &prompt : copy.value()->prompts().prompts()) {
                copied.append(prompt.name);
            }
            QCOMPARE(copied, names);
        }

        const pwb::Result<void> again = window.transfer()->backUpTo(target, false);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(u"backup-of-sample.sqlite"_s), qPrintable(again.error()));
        QVERIFY(window.transfer()->backUpTo(target, true).ok());
    }

    // The README's picture of the compare view: the sample prompt in four columns of the
    // offline demo (two models, two parameter changes), all streamed and summarised.
    void compareOnTheOfflineDemo()
    {
        QFile::remove(pwb::AppSettings::filePath());
        const auto workspace = openWorkspace(u"compare-demo.sqlite"_s);
        QVERIFY(pwb::SampleWorkspace::seed(workspace->database()).ok());
        MainWindow window(*workspace, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        qobject_cast<pwb::demo::DemoNetworkAccessManager *>(window.network())
            ->setDeltasPerSecond(0);
        pwb::CompareWindow *compare = window.showCompare();
        compare->resize(1500, 820);
        QVERIFY(QTest::qWaitForWindowExposed(compare));
        const auto column = [](const QString &model, const QJsonObject &overrides) {
            pwb::CompareColumnSpec spec;
            spec.providerId = u"demo"_s;
            spec.model = model;
            spec.parameterOverrides = overrides;
            return spec;
        };
        compare->setColumns({column(u"demo-fast"_s, {}), column(u"demo-thinking"_s, {}),
                             column(u"demo-fast"_s, {{u"temperature"_s, 0.2}}),
                             column(u"demo-fast"_s, {{u"max_tokens"_s, 40}})});
        QSignalSpy allEnded(compare->runner(), &pwb::CompareRunner::allEnded);
        compare->runAllAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(allEnded.count(), 1, 20000);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(!compare->column(i)->turn()->errorBox()->isVisible());
            QVERIFY(compare->column(i)->turn()->figuresLabel()->text().contains(u"TTFT"));
        }
        QVERIFY(compare->column(3)->turn()->figuresLabel()->text().contains(u"length"));
        QVERIFY(compare->summaryLabel()->text().contains(u"Fastest first token"));
        compare->column(0)->ratingButton(4)->click();
        compare->column(1)->bestButton()->click();
        compare->column(1)->ratingButton(5)->click();
        const QImage shot = pwb::test::saveScreenshot(compare, u"compare-demo"_s);
        QVERIFY(pwb::test::distinctColours(shot) > 20);
        compare->close();
    }

    void darkPaletteIsFollowed()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2f));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x22));
        dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2f));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x96));
        const QPalette before = QApplication::palette();
        QApplication::setPalette(dark);
        const auto workspace = openWorkspace(u"dark.sqlite"_s);
        QVERIFY(pwb::SampleWorkspace::seed(workspace->database()).ok());
        {
            MainWindow window(*workspace, nullptr);
            window.resize(1360, 860);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            qobject_cast<pwb::demo::DemoNetworkAccessManager *>(window.network())
                ->setDeltasPerSecond(0);
            QSignalSpy ended(window.chatPanel(), &pwb::ChatPanel::runEnded);
            window.actions()->run->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
            const QImage shot = pwb::test::saveScreenshot(&window, u"dark"_s);
            // Mostly dark: the average lightness of the window stays low.
            qint64 lightness = 0;
            const QImage small = shot.scaled(136, 86);
            for (int y = 0; y < small.height(); ++y) {
                for (int x = 0; x < small.width(); ++x) {
                    lightness += small.pixelColor(x, y).lightness();
                }
            }
            QVERIFY2(lightness / (small.width() * small.height()) < 90,
                     qPrintable(QString::number(lightness / (small.width() * small.height()))));
        }
        QApplication::setPalette(before);
    }

    // Last: it installs the Chinese translation on the application.
    void simplifiedChineseUiRendersWithCjkFonts()
    {
        QVERIFY2(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty(),
                 "no font with Chinese glyphs: install fonts-noto-cjk");
        QCOMPARE(pwb::installTranslations(*QCoreApplication::instance(), QLocale(u"zh_CN"_s)),
                 u"zh_CN"_s);
        const auto windowWorkspace = openWorkspace();
        MainWindow window(*windowWorkspace, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.menuBar()->actions().first()->text(), u"文件(&F)"_s);
        QCOMPARE(window.libraryPanel()->searchField()->placeholderText(), u"搜索提示词"_s);
        const QImage shot = pwb::test::saveScreenshot(&window, u"mainwindow-zh_CN"_s);
        QVERIFY(pwb::test::distinctColours(shot) > 20);
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"

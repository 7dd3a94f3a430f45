#include "Screenshots.h"
#include "core/ApplicationIdentity.h"
#include "library/PromptFileActions.h"
#include "mainwindow/MainActions.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/PromptSession.h"
#include "storage/Database.h"
#include "storage/PromptRepository.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pwb::PromptFileActions;

// File › Export Prompt / Import Prompts behind their dialogs: the files written, the library
// told, and a failed import showing every problem and saving nothing.
class PromptFileActionsTest : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        std::unique_ptr<pwb::Workspace> workspace =
            std::move(pwb::Workspace::open(dir.filePath(u"w.sqlite"_s))).value();
        QWidget window;
        PromptFileActions actions {workspace->prompts(), &window};
        qint64 promptId = 0;

        Fixture()
        {
            window.resize(700, 500);
            pwb::PromptRepository &prompts = workspace->prompts();
            promptId = prompts.createPrompt(u"Reply"_s).value();
            pwb::PromptContent content;
            content.messages = {{pwb::ChatMessage::Role::System, u"Be kind."_s},
                                {pwb::ChatMessage::Role::User, u"{{question}}"_s}};
            content.variables = {{u"question"_s, u"Why?"_s, {}}};
            prompts.saveVersion(promptId, content).value();
        }
        qint64 versions() const
        {
            QSqlQuery query(workspace->database().connection());
            query.exec(u"SELECT count(*) FROM prompt_versions"_s);
            query.next();
            return query.value(0).toLongLong();
        }
        QString write(const QString &name, const QByteArray &data) const
        {
            QFile file(dir.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(data);
            return file.fileName();
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        pwb::applyApplicationIdentity();
        QStandardPaths::setTestModeEnabled(true);
    }

    void exportsByExtension_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("prompty") << u"reply.prompty"_s;
        QTest::newRow("json") << u"reply.json"_s;
        QTest::newRow("markdown") << u"reply.md"_s;
    }
    void exportsByExtension()
    {
        QFETCH(QString, fileName);
        Fixture f;
        const QString path = f.dir.filePath(fileName);
        const pwb::Result<QString> exported = f.actions.exportTo(f.promptId, path);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error()));
        QVERIFY(exported.value().contains(u"\"Reply\" version 1"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto read = pwb::PromptFiles::read(file.readAll(), fileName);
        QVERIFY(read);
        QCOMPARE(read.value().file.name, u"Reply"_s);
        QCOMPARE(read.value().file.content.messages.first().content, u"Be kind."_s);
    }

    void exportRefusals()
    {
        Fixture f;
        auto result = f.actions.exportTo(f.promptId, f.dir.filePath(u"reply.txt"_s));
        QVERIFY(!result);
        QVERIFY(result.error().contains(u".prompty, .json or .md"_s));
        const qint64 empty = f.workspace->prompts().createPrompt(u"Empty"_s).value();
        result = f.actions.exportTo(empty, f.dir.filePath(u"empty.md"_s));
        QVERIFY(!result);
        QVERIFY(result.error().contains(u"no saved version"_s));
    }

    // Export Folder… / Export All Prompts… (the library's context menu) behind its dialogs.
    void exportFolderWritesItsPromptsAndSubfolders()
    {
        Fixture f;
        pwb::PromptRepository &prompts = f.workspace->prompts();
        const qint64 support = prompts.createFolder(u"Support"_s).value();
        const qint64 email = prompts.createFolder(u"Email"_s, support).value();
        const qint64 thanks = prompts.createPrompt(u"Thank the customer"_s, email).value();
        pwb::PromptContent content;
        content.messages = {{pwb::ChatMessage::Role::User, u"Thank {{name}}."_s}};
        prompts.saveVersion(thanks, content).value();
        QSignalSpy message(&f.actions, &PromptFileActions::message);

        const QString folderOut = f.dir.filePath(u"support-out"_s);
        const pwb::Result<int> folder =
            f.actions.exportFolderTo(support, folderOut, pwb::PromptFileFormat::Markdown);
        QVERIFY2(folder, qPrintable(folder ? QString() : folder.error()));
        QCOMPARE(folder.value(), 1); // "Reply" is not in Support
        QDirIterator files(folderOut, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(files.hasNext());
        const QString written = files.next();
        QVERIFY2(written.endsWith(u"/Email/Thank the customer.md"_s), qPrintable(written));
        QVERIFY(message.last().first().toString().startsWith(u"Exported 1 prompt(s) to "_s));

        const pwb::Result<int> all = f.actions.exportFolderTo(
            std::nullopt, f.dir.filePath(u"all-out"_s), pwb::PromptFileFormat::Json);
        QVERIFY(all);
        QCOMPARE(all.value(), 2);
    }

    void importTellsTheLibrary()
    {
        Fixture f;
        QSignalSpy imported(&f.actions, &PromptFileActions::imported);
        QSignalSpy message(&f.actions, &PromptFileActions::message);
        const QString good =
            f.write(u"new.md"_s, "---\nname: Brand new\n---\n\n## user\n\n```\nhello\n```\n");
        QVERIFY(f.actions.importPaths({good}));
        QCOMPARE(imported.count(), 1);
        QCOMPARE(message.count(), 1);
        QCOMPARE(message.first().first().toString(),
                 u"Imported 1 prompt(s): 1 new, 0 with a new version, 0 unchanged."_s);
        QVERIFY(!f.window.findChild<QMessageBox *>(u"promptImportProblems"_s));
    }

    void failedImportListsEveryProblem()
    {
        Fixture f;
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QSignalSpy imported(&f.actions, &PromptFileActions::imported);
        const QString good =
            f.write(u"new.md"_s, "---\nname: Brand new\n---\n\n## user\n\n```\nhello\n```\n");
        const QString bad = f.write(u"bad.prompty"_s,
                                    "---\nname: Bad\n---\nuser:\n"
                                    "{{ name | upper }}\n{% if x %}\n");
        const qint64 before = f.versions();
        QVERIFY(!f.actions.importPaths({good, bad}));
        QCOMPARE(imported.count(), 0);
        QCOMPARE(f.versions(), before);
        auto *box = f.window.findChild<QMessageBox *>(u"promptImportProblems"_s);
        QVERIFY(box);
        QVERIFY(QTest::qWaitForWindowExposed(box));
        QCOMPARE(box->text(), u"Nothing was imported: 2 problem(s) to fix first."_s);
        const QString where = QDir::toNativeSeparators(bad);
        QVERIFY2(box->detailedText().contains(where + u":5:1: unsupported Jinja filter"_s),
                 qPrintable(box->detailedText()));
        QVERIFY(box->detailedText().contains(where + u":6:1: unsupported Jinja control flow"_s));
        QVERIFY(box->informativeText().contains(u":5:1:"_s));
        const QImage shot = pwb::test::saveScreenshot(box, u"prompt-import-problems"_s);
        QVERIFY(pwb::test::distinctColours(shot) > 5);
        box->close();
    }

    void mainWindowWiresTheActions()
    {
        Fixture f;
        pwb::MainWindow window(*f.workspace, nullptr);
        QAction *importAction = window.actions()->importPrompts;
        QAction *exportAction = window.actions()->exportPrompt;
        QVERIFY(importAction->isEnabled());
        window.session()->open(f.promptId);
        QVERIFY(exportAction->isEnabled());
        QVERIFY(exportAction->statusTip().isEmpty());
        QVERIFY(window.promptFiles());
    }
};

QTEST_MAIN(PromptFileActionsTest)
#include "tst_promptfileactions.moc"

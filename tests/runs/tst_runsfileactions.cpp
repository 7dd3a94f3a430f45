// The runs browser's files: Export (the selected runs, or every run the filter shows) and
// Import through the real file dialogs, into another workspace, a broken file refused with its
// line and nothing imported; and Code, copying a saved run's request without its key.
#include "../support/RecordedRuns.h"
#include "common/CodeButton.h"
#include "core/ApplicationIdentity.h"
#include "core/Localization.h"
#include "mainwindow/MainWindow.h"
#include "runs/RunDetailPanel.h"
#include "runs/RunsFileActions.h"
#include "runs/RunsWindow.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

// Answers the next file dialog with `path`, the way a user types a name and presses Enter.
void answerFileDialog(const QString &path)
{
    QTimer::singleShot(0, qApp, [path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY2(dialog, "no file dialog");
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept is protected
    });
}

const QString kKey = u"sk-canary-runsfile-7f3a"_s;

} // namespace

class RunsFileActionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        applyApplicationIdentity();
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(AppSettings::filePath());
        // English plural forms ("3 runs") come from the English translation, as in the app.
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // answerable in a test
        auto opened = Workspace::open(m_dir.filePath(u"author.sqlite"_s));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_author = std::move(opened).value();
        test::RecordedRuns runs(m_author->database());
        const qint64 version = runs.saveSummarise();
        for (const QString &text :
             {u"Short and kind."_s, u"Brief, as asked."_s, u"A kind summary."_s}) {
            m_runs.append(runs.record(test::RecordedRuns::summarise(), version,
                                      {{u"text"_s, u"The long report."_s}},
                                      test::RecordedRuns::completeReply(text), kKey));
        }
    }

    void exportAndImportThroughTheDialogs()
    {
        RunsWindow author(m_author->database(), nullptr);
        author.show();
        author.table()->selectAll();
        QCOMPARE(author.selectedRunIds(), m_runs);
        QVERIFY(author.exportMatchingAction()->isEnabled());
        QCOMPARE(author.exportMatchingAction()->text(), u"All Runs (3)…"_s);
        QCOMPARE(author.exportSelectedAction()->text(), u"Selected Runs (3)…"_s);

        // Export what the filter shows (all three), through the save dialog.
        const QString file = m_dir.filePath(u"review.jsonl"_s);
        answerFileDialog(file);
        author.exportMatchingAction()->trigger();
        QVERIFY(QFile::exists(file));
        QVERIFY2(author.statusBar()->currentMessage().startsWith(u"Exported 3 runs to "_s),
                 qPrintable(author.statusBar()->currentMessage()));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray contents = written.readAll();
        QCOMPARE(contents.count('\n'), 4); // the header and three runs
        QVERIFY(!contents.contains(kKey.toUtf8()));

        // A reviewer's workspace: Import through the open dialog.
        auto opened = Workspace::open(m_dir.filePath(u"reviewer.sqlite"_s));
        QVERIFY2(opened, qPrintable(opened.error()));
        RunsWindow reviewer(opened.value()->database(), nullptr);
        reviewer.show();
        QVERIFY(!reviewer.exportMatchingAction()->isEnabled()); // nothing to export yet
        QSignalSpy imported(reviewer.files(), &RunsFileActions::imported);
        answerFileDialog(file);
        reviewer.importAction()->trigger();
        QCOMPARE(imported.count(), 1);
        QCOMPARE(reviewer.model()->rowCount(), 3);
        QCOMPARE(reviewer.statusBar()->currentMessage(), u"Imported 3 runs from review.jsonl."_s);
        // The prompt is not in the reviewer's library: the runs still name it.
        QCOMPARE(reviewer.model()->index(0, RunsTableModel::Prompt).data().toString(),
                 u"Summarise"_s);

        // The same file again adds nothing.
        answerFileDialog(file);
        reviewer.importAction()->trigger();
        QCOMPARE(imported.count(), 1);
        QCOMPARE(reviewer.model()->rowCount(), 3);
        QCOMPARE(reviewer.statusBar()->currentMessage(),
                 u"Imported 0 runs from review.jsonl; 3 were already here."_s);
    }

    void aBrokenFileImportsNothingAndSaysWhere()
    {
        QByteArray lines;
        {
            QFile file(m_dir.filePath(u"review.jsonl"_s));
            QVERIFY(file.open(QIODevice::ReadOnly));
            lines = file.readAll();
        }
        // The third line (the second run) loses its closing brace.
        QList<QByteArray> split = lines.split('\n');
        split[2].chop(1);
        const QString broken = m_dir.filePath(u"broken.jsonl"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(split.join('\n'));
        file.close();

        auto opened = Workspace::open(m_dir.filePath(u"reviewer2.sqlite"_s));
        QVERIFY2(opened, qPrintable(opened.error()));
        RunsWindow reviewer(opened.value()->database(), nullptr);
        reviewer.show();
        answerFileDialog(broken);
        reviewer.importAction()->trigger();
        auto *box = reviewer.findChild<QMessageBox *>(u"runsImportProblems"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(u"Nothing was imported from broken.jsonl"_s),
                 qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(u"broken.jsonl:3"_s),
                 qPrintable(box->informativeText()));
        box->close();
        QCOMPARE(reviewer.model()->rowCount(), 0);
    }

    void codeCopiesASavedRunWithoutItsKey()
    {
        MainWindow main(*m_author, nullptr);
        RunsWindow *runs = main.showRuns();
        runs->selectRun(m_runs.first());
        CodeButton *code = runs->detailPanel()->codeButton();
        QVERIFY(code->isVisible());
        QGuiApplication::clipboard()->clear();
        const QList<QAction *> languages = code->menu()->actions();
        QCOMPARE(languages.size(), 3);
        languages.at(0)->trigger(); // curl
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(u"\ncurl -sS"_s), qPrintable(copied.left(200)));
        QVERIFY(copied.contains(u"${OPENAI_API_KEY}"_s));
        QVERIFY(copied.contains(u"The long report."_s)); // the run's own variables, rendered
        QVERIFY(!copied.contains(kKey));
        languages.at(1)->trigger(); // Python
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"os.environ"_s));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_author;
    QList<qint64> m_runs;
};

QTEST_MAIN(RunsFileActionsTest)
#include "tst_runsfileactions.moc"

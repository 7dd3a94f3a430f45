#include "Screenshots.h"
#include "library/PromptLibraryPanel.h"
#include "mainwindow/MainActions.h"
#include "storage/PromptLibraryModel.h"
#include "storage/PromptRepository.h"
#include "storage/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using pwb::PromptLibraryModel;

class LibraryPanelTest : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        std::unique_ptr<pwb::Workspace> workspace =
            std::move(pwb::Workspace::open(dir.filePath(u"w.sqlite"_s))).value();
        pwb::MainActions actions {nullptr};
        pwb::PromptLibraryPanel panel {&actions, workspace->database(), workspace->prompts()};
        QAbstractItemModelTester tester {panel.model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest};
        pwb::PromptRepository &prompts() { return workspace->prompts(); }
    };

    static QStringList names(const QAbstractItemModel *model, const QModelIndex &parent = {})
    {
        QStringList result;
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            result.append(index.data().toString());
            for (const QString &child : names(model, index)) {
                result.append(u"  "_s + child);
            }
        }
        return result;
    }

private Q_SLOTS:
    void newRenameDuplicateDeleteUndo()
    {
        Fixture f;
        f.panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        QSignalSpy selected(&f.panel, &pwb::PromptLibraryPanel::promptSelected);

        f.panel.createPrompt();
        QCOMPARE(names(f.panel.model()), QStringList {u"Untitled prompt"_s});
        QCOMPARE(selected.count(), 1);
        const qint64 id = selected.last().at(0).toLongLong();

        // Rename in place: F2, type, Enter — written to the workspace.
        QTest::keyClick(f.panel.tree(), Qt::Key_F2);
        auto *editor = f.panel.tree()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(editor->text(), u"Untitled prompt"_s);
        editor->selectAll();
        QTest::keyClicks(editor, u"Summarise"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(f.prompts().prompt(id)->name, u"Summarise"_s); // the delegate commits queued

        pwb::PromptContent content;
        content.messages = {{pwb::ChatMessage::Role::User, u"Summarise {{text}}"_s}};
        QVERIFY(f.prompts().saveVersion(id, content).ok());
        QVERIFY(f.prompts().setTags(id, {u"writing"_s}).ok());
        f.panel.selectPrompt(id);
        f.panel.duplicateSelected();
        QCOMPARE(names(f.panel.model()), (QStringList {u"Summarise"_s, u"Summarise (copy)"_s}));
        const qint64 copy = *f.panel.selectedPrompt();
        QVERIFY(copy != id);
        QCOMPARE(f.prompts().versions(copy).size(), 1);
        QCOMPARE(f.prompts().versions(copy).at(0).content, content);
        QCOMPARE(f.prompts().prompt(copy)->tags, QStringList {u"writing"_s});

        f.panel.selectPrompt(id);
        QTest::keyClick(f.panel.tree(), Qt::Key_Delete);
        QCOMPARE(names(f.panel.model()), QStringList {u"Summarise (copy)"_s});
        QVERIFY(f.prompts().prompt(id)->deleted);
        f.panel.undoStack()->undo();
        QCOMPARE(names(f.panel.model()), (QStringList {u"Summarise"_s, u"Summarise (copy)"_s}));
        QVERIFY(!f.prompts().prompt(id)->deleted);
        QCOMPARE(f.prompts().versions(id).size(), 1); // back with its versions
        f.panel.undoStack()->redo();
        QCOMPARE(names(f.panel.model()), QStringList {u"Summarise (copy)"_s});
    }

    void foldersDragAndDropAndSearch()
    {
        Fixture f;
        const qint64 work = f.prompts().createFolder(u"Work"_s).value();
        const qint64 a = f.prompts().createPrompt(u"Alpha"_s).value();
        const qint64 b = f.prompts().createPrompt(u"Beta"_s).value();
        QVERIFY(f.prompts().setTags(b, {u"customer-support"_s}).ok());
        f.panel.reload();
        QCOMPARE(names(f.panel.model()), (QStringList {u"Work"_s, u"Alpha"_s, u"Beta"_s}));

        // The view's drop path: the model's own mime data dropped on the folder.
        PromptLibraryModel *model = f.panel.model();
        QSignalSpy moved(model, &PromptLibraryModel::itemsMoved);
        std::unique_ptr<QMimeData> data(model->mimeData({model->indexOfPrompt(a)}));
        const QModelIndex folder = model->indexOfFolder(work);
        QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, folder));
        model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, folder);
        QVERIFY(moved.wait());
        QCOMPARE(f.prompts().prompt(a)->folderId, std::optional<qint64>(work));
        QCOMPARE(names(model), (QStringList {u"Work"_s, u"  Alpha"_s, u"Beta"_s}));

        // A folder cannot go into itself.
        std::unique_ptr<QMimeData> self(model->mimeData({model->indexOfFolder(work)}));
        QSignalSpy errors(model, &PromptLibraryModel::errorOccurred);
        model->dropMimeData(self.get(), Qt::MoveAction, -1, 0, model->indexOfFolder(work));
        QCOMPARE(errors.count(), 1);

        // Search matches tags as well as names.
        f.panel.searchField()->setText(u"support"_s);
        QCOMPARE(names(model), QStringList {u"Beta"_s});
        f.panel.searchField()->setText(u"alp"_s);
        QCOMPARE(names(model), (QStringList {u"Work"_s, u"  Alpha"_s}));
        f.panel.searchField()->setText(u"zzz"_s);
        QCOMPARE(model->rowCount(), 0);
        f.panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        QVERIFY(f.panel.findChild<QWidget *>(u"libraryEmptyState"_s)->isVisible());
        f.panel.searchField()->clear();

        // A non-empty folder is not removed; an empty one is.
        f.panel.tree()->setCurrentIndex(model->indexOfFolder(work));
        f.panel.deleteSelected();
        QVERIFY(model->indexOfFolder(work).isValid());
        QVERIFY(f.prompts().moveToFolder(a, std::nullopt).ok());
        f.panel.reload();
        f.panel.tree()->setCurrentIndex(model->indexOfFolder(work));
        f.panel.deleteSelected();
        QVERIFY(!model->indexOfFolder(work).isValid());
        pwb::test::saveScreenshot(&f.panel, u"library"_s);
    }
};

QTEST_MAIN(LibraryPanelTest)
#include "tst_librarypanel.moc"

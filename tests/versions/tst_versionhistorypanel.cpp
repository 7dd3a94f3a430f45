#include "Screenshots.h"
#include "storage/Database.h"
#include "storage/PromptRepository.h"
#include "storage/VersionHistoryModel.h"
#include "versions/LabelEditor.h"
#include "versions/VersionDiffView.h"
#include "versions/VersionHistoryPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace pwb;

namespace {

PromptContent content(const QString &system, const QString &user, double temperature)
{
    PromptContent c;
    c.messages = {{ChatMessage::Role::System, system}, {ChatMessage::Role::User, user}};
    c.parameters = QJsonObject {{u"temperature"_s, temperature}};
    c.providerId = u"openai"_s;
    c.model = u"gpt-4o"_s;
    c.variables = {{u"text"_s, u"(paste here)"_s, {}}};
    return c;
}

// The text of every run of characters in the diff that has a background tint, split by whether
// it is struck through (removed words) or not (inserted words).
struct Marks
{
    QStringList struck;
    QStringList inserted;
    QList<QColor> backgrounds;
};

Marks marks(const QTextDocument *document)
{
    Marks result;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.background().style() == Qt::NoBrush) {
                continue;
            }
            (format.fontStrikeOut() ? result.struck : result.inserted) << fragment.text();
            result.backgrounds << format.background().color();
        }
    }
    return result;
}

// Lays out what the test changed (layouts update from posted events) before taking the picture.
QImage screenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    return pwb::test::saveScreenshot(widget, name);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa6, 0xff));
    return palette;
}

} // namespace

class VersionHistoryPanelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = Database::open(m_dir.filePath(u"w%1.sqlite"_s.arg(++m_count)), error);
        QVERIFY2(m_db, qPrintable(error));
        m_repo = std::make_unique<PromptRepository>(*m_db);
        m_prompt = m_repo->createPrompt(u"Summariser"_s).value();
        const QString system =
            u"You are a terse assistant.\nAnswer in plain English.\nNever "
            u"invent facts.\nCite the text when you can.\nKeep it short.\nUse lists for "
            u"steps.\nNo emojis.\nSign nothing."_s;
        m_v1 = save(content(system, u"Summarise {{text}} in three sentences."_s, 0.2),
                    u"first draft"_s);
        m_v2 = save(content(system, u"Summarise {{text}} in two short sentences."_s, 0.2),
                    u"shorter"_s);
        PromptContent third = content(QString(system).replace(u"terse"_s, u"friendly"_s),
                                      u"Summarise {{text}} in two short sentences."_s, 0.7);
        third.messages.insert(1, {ChatMessage::Role::User, u"Example: a long article."_s});
        third.messages.insert(2, {ChatMessage::Role::Assistant, u"A short summary."_s});
        m_v3 = save(third, u"few-shot example, warmer"_s);
    }
    void cleanup()
    {
        m_repo.reset();
        m_db.reset();
    }

    void listsVersionsNewestFirstWithTheNewestDiffed()
    {
        VersionHistoryPanel panel(*m_repo);
        QAbstractItemModelTester tester(panel.list()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setPrompt(m_prompt);
        QCOMPARE(panel.list()->model()->rowCount(), 3);
        QCOMPARE(panel.list()->model()->index(0, 0).data().toString(), u"v3"_s);
        QCOMPARE(panel.selectedVersions(), QList<qint64> {m_v3});
        QVERIFY(panel.diffView()->hasDiff());
        QVERIFY(panel.diffView()->olderTitle().startsWith(u"v2"_s));
        QVERIFY(panel.diffView()->newerTitle().startsWith(u"v3"_s));
        QCOMPARE(panel.diffView()->diff().count(DiffChange::Added), 2);

        // Narrow, as in a side dock: the toolbar folds, the text wraps, nothing is cut off.
        panel.resize(420, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QImage shot = screenshot(&panel, u"versions-narrow"_s);
        QVERIFY(test::distinctColours(shot) > 20);
        QVERIFY(panel.diffView()->width() <= 420);
    }

    void twoSelectedVersionsShowTheirChangedWords()
    {
        VersionHistoryPanel panel(*m_repo);
        panel.resize(1000, 760);
        panel.setPrompt(m_prompt);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        // Click v3, Ctrl+click v1: the diff goes from v1 (left) to v3 (right).
        QTreeView *list = panel.list();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(0, 1)).center());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          list->visualRect(list->model()->index(2, 1)).center());
        QCOMPARE(panel.selectedVersions(), (QList<qint64> {m_v3, m_v1}));
        QVERIFY(panel.diffView()->olderTitle().startsWith(u"v1 · "_s));
        QVERIFY(panel.diffView()->olderTitle().endsWith(u"first draft"_s));
        QVERIFY(panel.diffView()->newerTitle().startsWith(u"v3"_s));

        const QTextDocument *document = panel.diffView()->browser()->document();
        const Marks found = marks(document);
        QVERIFY2(found.struck.contains(u"terse"_s), qPrintable(found.struck.join(u'|')));
        QVERIFY2(found.inserted.contains(u"friendly"_s), qPrintable(found.inserted.join(u'|')));
        QVERIFY2(found.struck.contains(u"three"_s), qPrintable(found.struck.join(u'|')));
        QVERIFY2(found.inserted.contains(u"two short"_s), qPrintable(found.inserted.join(u'|')));
        QVERIFY(found.inserted.contains(u"Example: a long article."_s));
        const QString text = document->toPlainText();
        QVERIFY2(text.contains(u"Messages added: 2"_s), qPrintable(text));
        QVERIFY(text.contains(u"temperature"_s));
        QVERIFY(text.contains(u"0.7"_s));
        // The unchanged lines of the long system prompt fold into one line.
        QVERIFY2(text.contains(u"5 unchanged lines"_s), qPrintable(text));
        QVERIFY(!text.contains(u"Sign nothing."_s));

        QImage shot = screenshot(&panel, u"versions-diff-v1-v3"_s);
        QVERIFY(test::distinctColours(shot) > 20);
        shot = screenshot(panel.diffView(), u"versions-diff-only"_s);
        QVERIFY(test::inkPixels(shot, panel.palette().color(QPalette::Base)) > 500);
    }

    void unchangedMessagesFoldAndUnfold()
    {
        VersionHistoryPanel panel(*m_repo);
        panel.setPrompt(m_prompt);
        panel.selectVersions({m_v2}); // v1 -> v2: only the user message changed
        VersionDiffView *view = panel.diffView();
        QCOMPARE(view->diff().messages.first().change, DiffChange::Unchanged);
        const QString folded = view->browser()->toPlainText();
        QVERIFY(!folded.contains(u"Never invent facts."_s));
        QVERIFY(folded.contains(u"show"_s));
        view->setExpanded(0, true);
        QVERIFY(view->browser()->toPlainText().contains(u"Never invent facts."_s));
        view->setExpanded(0, false);
        QVERIFY(!view->browser()->toPlainText().contains(u"Never invent facts."_s));
    }

    void enterComparesWithThePreviousVersion()
    {
        VersionHistoryPanel panel(*m_repo);
        panel.setPrompt(m_prompt);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.selectVersions({m_v3, m_v1});
        panel.list()->selectionModel()->setCurrentIndex(panel.list()->model()->index(1, 0),
                                                        QItemSelectionModel::NoUpdate);
        panel.list()->setFocus();
        QTest::keyClick(panel.list(), Qt::Key_Return);
        QCOMPARE(panel.selectedVersions(), QList<qint64> {m_v2});
        QVERIFY(panel.diffView()->olderTitle().startsWith(u"v1"_s));
        QVERIFY(panel.diffView()->newerTitle().startsWith(u"v2"_s));

        // The first version has nothing before it: all of it is new.
        panel.selectVersions({m_v1});
        QVERIFY(panel.diffView()->hasDiff());
        QCOMPARE(panel.diffView()->diff().count(DiffChange::Added), 2);
    }

    void setMoveAndRemoveALabel()
    {
        VersionHistoryPanel panel(*m_repo);
        panel.resize(1000, 760);
        panel.setPrompt(m_prompt);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto labelsOfRow = [&panel](int row) {
            return panel.list()
                ->model()
                ->index(row, 0)
                .data(VersionHistoryModel::LabelsRole)
                .toStringList();
        };

        // Ctrl+L on v1, type the name, Enter.
        panel.selectVersions({m_v1});
        panel.list()->setFocus();
        QTest::keyClick(panel.list(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(panel.labelEditor()->isVisible());
        QComboBox *name = panel.labelEditor()->comboBox();
        QVERIFY(name->findText(u"production"_s) >= 0); // suggested before any label exists
        QTest::keyClicks(name->lineEdit(), u"production"_s);
        QTest::keyClick(name->lineEdit(), Qt::Key_Return);
        QVERIFY(!panel.labelEditor()->isVisible());
        QCOMPARE(panel.errorText(), QString());
        QCOMPARE(labelsOfRow(2), QStringList {u"production"_s});
        QCOMPARE(m_repo->labelTarget(m_prompt, u"production"_s), m_v1);
        QCOMPARE(panel.selectedVersions(), QList<qint64> {m_v1}); // the selection stays

        // Move it to v3 through the toolbar button; label v2 "staging" too.
        panel.selectVersions({m_v3});
        toolButton(panel, panel.setLabelAction())->click();
        QTest::keyClicks(name->lineEdit(), u"production"_s);
        QTest::keyClick(name->lineEdit(), Qt::Key_Return);
        panel.selectVersions({m_v2});
        QVERIFY(panel.setLabel(u"staging"_s));
        panel.setCurrentVersion(m_v2);
        QCOMPARE(labelsOfRow(0), QStringList {u"production"_s});
        QCOMPARE(labelsOfRow(1), QStringList {u"staging"_s});
        QCOMPARE(labelsOfRow(2), QStringList());
        QCOMPARE(m_repo->labelHistory(m_prompt, u"production"_s).size(), 2);
        const QImage shot = screenshot(&panel, u"versions-labels"_s);
        QVERIFY(test::distinctColours(shot) > 20);

        // Esc closes the label row without setting anything.
        panel.selectVersions({m_v1});
        panel.list()->setFocus();
        QTest::keyClick(panel.list(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(panel.labelEditor()->isVisible());
        QTest::keyClicks(name->lineEdit(), u"nightly"_s);
        QTest::keyClick(name->lineEdit(), Qt::Key_Escape);
        QVERIFY(!panel.labelEditor()->isVisible());
        QCOMPARE(m_repo->labelTarget(m_prompt, u"nightly"_s), std::nullopt);

        // Delete on v3 removes its only label.
        panel.selectVersions({m_v3});
        panel.list()->setFocus();
        QVERIFY(panel.removeLabelAction()->isEnabled());
        QTest::keyClick(panel.list(), Qt::Key_Delete);
        QCOMPARE(labelsOfRow(0), QStringList());
        QCOMPARE(m_repo->labelTarget(m_prompt, u"production"_s), std::nullopt);
        QVERIFY(!panel.removeLabelAction()->isEnabled());
    }

    void currentVersionIsMarked()
    {
        VersionHistoryPanel panel(*m_repo);
        panel.setPrompt(m_prompt);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QModelIndex v2 = panel.list()->model()->index(1, VersionHistoryModel::Number);
        const int plain = panel.list()->sizeHintForIndex(v2).width();
        const int column = panel.list()->columnWidth(VersionHistoryModel::Number);
        panel.setCurrentVersion(m_v2);
        QCOMPARE(panel.currentVersion(), m_v2);
        QVERIFY(panel.list()->sizeHintForIndex(v2).width() > plain); // the "current" chip
        QVERIFY(panel.list()->columnWidth(VersionHistoryModel::Number) > column);
    }

    void errorsAreShownInline()
    {
        VersionHistoryPanel panel(*m_repo);
        panel.resize(800, 600);
        panel.setPrompt(m_prompt);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.selectVersions({m_v2});
        QVERIFY(!panel.setLabel(u"   "_s));
        QVERIFY(panel.errorText().contains(u"needs a name"_s));
        QVERIFY(panel.findChild<QLabel *>(u"versionsError"_s)->isVisible());

        // Another window purged v1 while this list still shows it.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"DELETE FROM prompt_versions WHERE id = %1"_s.arg(m_v1)));
        panel.selectVersions({m_v1});
        QVERIFY(!panel.setLabel(u"production"_s));
        QVERIFY2(panel.errorText().contains(u"\"production\""_s), qPrintable(panel.errorText()));
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        QVERIFY(!panel.diffView()->hasDiff()); // and the diff says it cannot read it
        QVERIFY(panel.diffView()->browser()->placeholderText().contains(m_db->filePath()));

        panel.selectVersions({m_v2});
        QVERIFY(panel.setLabel(u"production"_s));
        QCOMPARE(panel.errorText(), QString()); // a success clears the error
    }

    void restoreEmitsTheVersion()
    {
        VersionHistoryPanel panel(*m_repo);
        panel.setPrompt(m_prompt);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy restored(&panel, &VersionHistoryPanel::restoreRequested);
        panel.selectVersions({m_v2});
        QTest::mouseClick(toolButton(panel, panel.restoreAction()), Qt::LeftButton);
        QCOMPARE(restored.count(), 1);
        QCOMPARE(restored.first().first().toLongLong(), m_v2);
        QCOMPARE(m_repo->versions(m_prompt).size(), 3); // restoring saves nothing

        panel.selectVersions({m_v3, m_v1});
        QVERIFY(!panel.restoreAction()->isEnabled()); // which one? restore needs one
    }

    void reloadAfterASaveShowsTheNewVersion()
    {
        VersionHistoryPanel panel(*m_repo);
        panel.setPrompt(m_prompt);
        panel.selectVersions({m_v1});
        const qint64 v4 = save(content(u"Be brief."_s, u"Summarise {{text}}."_s, 0.7), {});
        panel.reload();
        QCOMPARE(panel.list()->model()->rowCount(), 4);
        QCOMPARE(panel.selectedVersions(), QList<qint64> {v4});
        QVERIFY(panel.diffView()->newerTitle().startsWith(u"v4"_s));
        QVERIFY(panel.diffView()->olderTitle().startsWith(u"v3"_s));
    }

    void emptyStates()
    {
        VersionHistoryPanel panel(*m_repo);
        panel.resize(500, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *empty = panel.findChild<QLabel *>(u"versionsEmptyState"_s);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(u"Open a prompt"_s));
        const qint64 fresh = m_repo->createPrompt(u"Fresh"_s).value();
        panel.setPrompt(fresh);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(u"No saved versions"_s));
        QVERIFY(!panel.restoreAction()->isEnabled());
        QVERIFY(!panel.diffView()->hasDiff());
        screenshot(&panel, u"versions-empty"_s);
        panel.setPrompt(m_prompt);
        QVERIFY(!empty->isVisible());
    }

    void darkPaletteTintsStayDark()
    {
        QVERIFY(m_repo->setLabel(m_prompt, u"production"_s, m_v3));
        VersionHistoryPanel panel(*m_repo);
        panel.setPalette(darkPalette());
        panel.resize(1000, 760);
        panel.setPrompt(m_prompt);
        panel.selectVersions({m_v3, m_v1});
        panel.setCurrentVersion(m_v3);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const Marks found = marks(panel.diffView()->browser()->document());
        QVERIFY(!found.backgrounds.isEmpty());
        for (const QColor &colour : found.backgrounds) {
            // Light tints under light text would be unreadable.
            QVERIFY2(colour.lightness() < 110, qPrintable(colour.name()));
        }
        const QImage shot = screenshot(&panel, u"versions-dark"_s);
        QVERIFY(test::distinctColours(shot) > 20);

        // Switching back to a light palette re-tints the diff.
        panel.setPalette(QApplication::palette());
        for (const QColor &colour : marks(panel.diffView()->browser()->document()).backgrounds) {
            QVERIFY2(colour.lightness() > 150, qPrintable(colour.name()));
        }
    }

private:
    qint64 save(const PromptContent &c, const QString &note)
    {
        const auto saved = m_repo->saveVersion(m_prompt, c, note);
        if (!saved) {
            qFatal("cannot save a version: %s", qPrintable(saved.error()));
        }
        return saved.value().version.id;
    }

    static QToolButton *toolButton(QWidget &panel, QAction *action)
    {
        const QList<QToolButton *> buttons = panel.findChildren<QToolButton *>();
        for (QToolButton *button : buttons) {
            if (button->defaultAction() == action) {
                return button;
            }
        }
        qFatal("no button for %s", qPrintable(action->text()));
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PromptRepository> m_repo;
    qint64 m_prompt = 0;
    qint64 m_v1 = 0;
    qint64 m_v2 = 0;
    qint64 m_v3 = 0;
};

QTEST_MAIN(VersionHistoryPanelTest)
#include "tst_versionhistorypanel.moc"

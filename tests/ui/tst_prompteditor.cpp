#include "Screenshots.h"
#include "Typing.h"
#include "editor/MessageEditor.h"
#include "editor/ParametersPanel.h"
#include "editor/PromptEditorPanel.h"
#include "editor/TemplateHighlighter.h"
#include "editor/VariableRow.h"
#include "editor/VariablesPanel.h"

#include <KSyntaxHighlighting/Theme>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using pwb::MessageEditor;
using pwb::PromptEditorPanel;

class PromptEditorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithSystemThenUser()
    {
        PromptEditorPanel panel;
        QCOMPARE(panel.messageEditors().size(), 2);
        QCOMPARE(panel.messageEditors().at(0)->role(), MessageEditor::Role::System);
        QCOMPARE(panel.messageEditors().at(1)->role(), MessageEditor::Role::User);
    }

    void addMoveAndRemoveMessages()
    {
        PromptEditorPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy changed(&panel, &PromptEditorPanel::contentChanged);

        MessageEditor *assistant = panel.addMessage(MessageEditor::Role::Assistant);
        QCOMPARE(panel.messageEditors().size(), 3);
        QCOMPARE(panel.messageEditors().last(), assistant);

        panel.moveMessage(assistant, -1);
        QCOMPARE(panel.messageEditors().at(1), assistant);
        panel.moveMessage(assistant, -5); // out of range: nothing moves
        QCOMPARE(panel.messageEditors().at(1), assistant);

        auto *removeButton = assistant->findChild<QToolButton *>(u"removeMessage"_s);
        QVERIFY(removeButton);
        QTest::mouseClick(removeButton, Qt::LeftButton);
        QCOMPARE(panel.messageEditors().size(), 2);
        QVERIFY(!panel.messageEditors().contains(assistant));
        QCOMPARE(changed.count(), 3);
    }

    void messagesKeepTheirHeightInATallPanel()
    {
        // Free space belongs below the last message, not between a role picker and its text.
        PromptEditorPanel panel;
        panel.resize(700, 1000);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (MessageEditor *editor : panel.messageEditors()) {
            QCOMPARE(editor->height(), editor->sizeHint().height());
            const int gap =
                editor->textEdit()->geometry().top() - editor->roleBox()->geometry().bottom();
            QVERIFY2(gap < 12, qPrintable(QString::number(gap)));
        }
    }

    void rolePickerChangesRoleAndHint()
    {
        MessageEditor editor(MessageEditor::Role::User);
        const QString userHint = editor.textEdit()->placeholderText();
        editor.roleBox()->setCurrentIndex(editor.roleBox()->findText(u"Assistant"_s));
        QCOMPARE(editor.role(), MessageEditor::Role::Assistant);
        QVERIFY(editor.textEdit()->placeholderText() != userHint);
    }

    void typedTemplateTagsAreMarked()
    {
        MessageEditor editor(MessageEditor::Role::User);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::keyClicks(editor.textEdit(),
                         u"Hello {{name}}, {{! a note }}see {{#items}}x{{/items}}"_s);

        const QTextBlock block = editor.textEdit()->document()->firstBlock();
        auto formatAt = [&](int position) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (position >= range.start && position < range.start + range.length) {
                    return range.format;
                }
            }
            return QTextCharFormat();
        };
        const QString text = block.text();
        QCOMPARE(formatAt(int(text.indexOf(u"{{name}}"))).fontWeight(), int(QFont::DemiBold));
        QCOMPARE(formatAt(int(text.indexOf(u"{{#items}}"))).fontWeight(), int(QFont::DemiBold));
        QVERIFY(formatAt(int(text.indexOf(u"{{! a note }}"))).fontItalic());
        QVERIFY(formatAt(int(text.indexOf(u"Hello"))).fontWeight() != int(QFont::DemiBold));
    }

    void typedTextIsVisible()
    {
        // KSyntaxHighlighting leaves text invisible when the definition is set before the theme
        // without a rehighlight; count the ink actually drawn.
        MessageEditor editor(MessageEditor::Role::System);
        editor.resize(500, 200);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.textEdit()->setPlaceholderText({});
        const int before = pwb::test::inkPixels(editor.textEdit()->viewport()->grab().toImage(),
                                                editor.textEdit()->palette().color(QPalette::Base));
        pwb::test::typeText(editor.textEdit(),
                            u"# Role\nYou answer **briefly** about {{topic}}."_s);
        const QImage typed =
            pwb::test::saveScreenshot(editor.textEdit()->viewport(), u"message-editor"_s);
        const int after =
            pwb::test::inkPixels(typed, editor.textEdit()->palette().color(QPalette::Base));
        QVERIFY2(after > before + 200,
                 qPrintable(u"ink before %1, after %2"_s.arg(before).arg(after)));
    }

    void variablesFollowTheTemplates()
    {
        PromptEditorPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        pwb::VariablesPanel *variables = panel.variablesPanel();
        QVERIFY(variables->findChild<QLabel *>(u"variablesEmptyState"_s)->isVisibleTo(&panel));

        pwb::test::typeText(panel.messageEditors().at(0)->textEdit(),
                            u"You help with {{product}}. {{#rules}}- {{text}}\n{{/rules}}"_s);
        pwb::test::typeText(panel.messageEditors().at(1)->textEdit(),
                            u"{{question}} about {{product}}"_s);
        QCOMPARE(variables->variableSlots().size(), 3);
        QCOMPARE(variables->variableSlots().at(0).name, u"product"_s);
        QCOMPARE(variables->variableSlots().at(1).name, u"rules"_s);
        QVERIFY(variables->variableSlots().at(1).section);
        QCOMPARE(variables->variableSlots().at(2).name, u"question"_s);
        QVERIFY(!variables->findChild<QLabel *>(u"variablesEmptyState"_s)->isVisibleTo(&panel));

        pwb::VariableRow *product = variables->row(u"product"_s);
        QVERIFY(product && product->isVisibleTo(&panel));
        QTest::keyClicks(product->valueEdit(), u"Acme Cloud"_s);
        QTest::keyClicks(product->defaultEdit(), u"our product"_s);
        QTest::keyClicks(variables->row(u"rules"_s)->valueEdit(), u"[{\"text\": \"be brief\"}]"_s);

        QStringList problems;
        const QJsonObject data = variables->renderData(&problems);
        QCOMPARE(data.value(u"product").toString(), u"Acme Cloud"_s);
        QCOMPARE(data.value(u"rules").toArray().at(0).toObject().value(u"text").toString(),
                 u"be brief"_s);
        QCOMPARE(problems, QStringList {u"{{question}} has no value and no default."_s});
        // Defaults are part of the prompt; values are not.
        QCOMPARE(panel.content().variables.size(), 1);
        QCOMPARE(panel.content().variables.at(0).defaultValue, u"our product"_s);
        pwb::test::saveScreenshot(&panel, u"editor-variables"_s);
    }

    void undoCoversTypingStructureAndParameters()
    {
        PromptEditorPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QUndoStack *undo = panel.undoStack();
        QPlainTextEdit *system = panel.messageEditors().at(0)->textEdit();
        system->setFocus();
        QTest::keyClicks(system, u"Be brief."_s);
        QCOMPARE(undo->count(), 1); // typing in one field merges into one step

        panel.addMessage(MessageEditor::Role::Assistant);
        QCOMPARE(panel.messageEditors().size(), 3);
        // Each optional parameter's checkbox is in the form (it once was left out, unparented).
        QVERIFY(panel.parametersPanel()->isAncestorOf(panel.parametersPanel()->temperatureSet()));
        QVERIFY(panel.parametersPanel()->isAncestorOf(panel.parametersPanel()->maxTokensSet()));
        panel.parametersPanel()->temperatureSet()->setChecked(true);
        panel.parametersPanel()->temperatureBox()->setValue(0.3);
        QCOMPARE(panel.content().parameters.value(u"temperature").toDouble(), 0.3);

        // Ctrl+Z inside a message goes to the prompt's stack, not the text box's own.
        panel.messageEditors().at(0)->textEdit()->setFocus();
        QTest::keyClick(panel.messageEditors().at(0)->textEdit(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!panel.content().parameters.contains(u"temperature"));
        undo->undo();
        QCOMPARE(panel.messageEditors().size(), 2);
        undo->undo();
        QCOMPARE(panel.messageEditors().at(0)->text(), QString());
        undo->redo();
        QCOMPARE(panel.messageEditors().at(0)->text(), u"Be brief."_s);
        undo->redo();
        undo->redo();
        QCOMPARE(panel.messageEditors().size(), 3);
        QCOMPARE(panel.content().parameters.value(u"temperature").toDouble(), 0.3);
    }

    void modifiedIsMeasuredAgainstTheSavedVersion()
    {
        PromptEditorPanel panel;
        pwb::PromptContent saved;
        saved.messages = {{pwb::ChatMessage::Role::User, u"Hi {{name}}"_s}};
        saved.providerId = u"demo"_s;
        panel.openPrompt(7, u"Greeting"_s, {u"demo"_s}, saved, 11, 2, saved.contentHash());
        QVERIFY(!panel.isModified());
        QCOMPARE(panel.versionLabel()->text(), u"Version 2"_s);
        QSignalSpy modified(&panel, &PromptEditorPanel::modifiedChanged);
        panel.messageEditors().at(0)->textEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(panel.messageEditors().at(0)->textEdit(), u"!"_s);
        QVERIFY(panel.isModified());
        QCOMPARE(panel.versionLabel()->text(), u"Version 2 · edited"_s);
        panel.undoStack()->undo(); // back to exactly what was saved
        QVERIFY(!panel.isModified());
        QCOMPARE(modified.count(), 2);
        QCOMPARE(panel.tagsField()->text(), u"demo"_s);
    }

    void darkPaletteSwitchesTheme()
    {
        MessageEditor editor(MessageEditor::Role::System);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2e));
        editor.setPalette(dark);
        const KSyntaxHighlighting::Theme theme = editor.highlighter()->theme();
        QVERIFY(theme.isValid());
        QVERIFY2(QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor))
                         .lightness() < 128,
                 qPrintable(theme.name()));
    }
};

QTEST_MAIN(PromptEditorTest)
#include "tst_prompteditor.moc"

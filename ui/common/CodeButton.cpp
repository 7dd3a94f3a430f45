#include "common/CodeButton.h"

#include <QMenu>

namespace pwb {

CodeButton::CodeButton(const QString &toolTip, QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("copyAsCode"));
    setText(tr("Code"));
    setToolTip(toolTip);
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    const QList<std::pair<QString, CodeLanguage>> languages {
        {tr("Copy as curl"), CodeLanguage::Curl},
        {tr("Copy as Python"), CodeLanguage::Python},
        {tr("Copy as JavaScript"), CodeLanguage::JavaScript}};
    for (const auto &[text, language] : languages) {
        connect(menu->addAction(text), &QAction::triggered, this,
                [this, language] { Q_EMIT languageChosen(language); });
    }
    setMenu(menu);
}

} // namespace pwb

#include "chat/ReplyStyle.h"

#include <KSyntaxHighlighting/Repository>
#include <QFontDatabase>
#include <QPalette>

namespace pwb {

namespace {

QColor blend(const QColor &base, const QColor &ink, float inkShare)
{
    return QColor::fromRgbF(base.redF() * (1 - inkShare) + ink.redF() * inkShare,
                            base.greenF() * (1 - inkShare) + ink.greenF() * inkShare,
                            base.blueF() * (1 - inkShare) + ink.blueF() * inkShare);
}

} // namespace

ReplyStyle ReplyStyle::fromPalette(const QPalette &palette,
                                   const KSyntaxHighlighting::Repository &repository)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    ReplyStyle style;
    style.codeBackground = blend(base, text, 0.05f);
    style.codeHeaderBackground = blend(base, text, 0.10f);
    style.rule = blend(base, text, 0.20f);
    style.mutedText = blend(base, text, 0.65f);
    style.link = palette.color(QPalette::Link);
    style.codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    style.theme = repository.themeForPalette(palette);
    return style;
}

} // namespace pwb

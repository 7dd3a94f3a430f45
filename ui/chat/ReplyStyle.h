#pragma once

#include <KSyntaxHighlighting/Theme>
#include <QColor>
#include <QFont>

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

namespace pwb {

// Colours and fonts of a rendered reply that Qt's Markdown renderer does not take from the
// widget's palette (code blocks, table rules, links), derived from that palette.
struct ReplyStyle
{
    QColor codeBackground;
    QColor codeHeaderBackground;
    QColor rule; // code block and table borders
    QColor mutedText; // code block headers
    QColor link;
    QFont codeFont; // the system's fixed-pitch font
    KSyntaxHighlighting::Theme theme; // the light or dark default theme that suits the palette

    static ReplyStyle fromPalette(const QPalette &palette,
                                  const KSyntaxHighlighting::Repository &repository);
};

} // namespace pwb

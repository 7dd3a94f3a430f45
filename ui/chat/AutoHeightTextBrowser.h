#pragma once

#include <QTextBrowser>

namespace pwb {

// A QTextBrowser as tall as its document, without scroll bars: one entry of a scrolling column
// (a chat transcript) that the column scrolls as a whole. Its height follows the document's
// layout, so it changes only when the layout does.
class AutoHeightTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit AutoHeightTextBrowser(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void heightChanged(int height);

private:
    void fitHeight();
    int documentHeight() const;

    int m_height = 0;
};

} // namespace pwb

#include "versions/VersionDiffView.h"

#include "versions/DiffHtml.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace pwb {

VersionDiffView::VersionDiffView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("versionDiffView"));
    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("versionDiffText"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &VersionDiffView::followLink);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
}

void VersionDiffView::setContents(const PromptContent &older, const QString &olderTitle,
                                  const PromptContent &newer, const QString &newerTitle)
{
    m_diff = VersionDiff::compare(older, newer);
    m_olderTitle = olderTitle;
    m_newerTitle = newerTitle;
    m_expanded.clear();
    m_hasDiff = true;
    render();
    m_browser->verticalScrollBar()->setValue(0);
}

void VersionDiffView::showMessage(const QString &message)
{
    m_diff = {};
    m_hasDiff = false;
    m_expanded.clear();
    m_browser->clear();
    m_browser->setPlaceholderText(message);
}

void VersionDiffView::setVariablesAreValues(bool values)
{
    m_variablesAreValues = values;
    render();
}

void VersionDiffView::setExpanded(int position, bool expanded)
{
    if (expanded) {
        m_expanded.insert(position);
    } else {
        m_expanded.remove(position);
    }
    const int scroll = m_browser->verticalScrollBar()->value();
    render();
    m_browser->verticalScrollBar()->setValue(scroll); // unfolding must not jump to the top
}

void VersionDiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_hasDiff) {
        render(); // the tints are mixed from the palette
    }
}

void VersionDiffView::render()
{
    if (m_hasDiff) {
        DiffHtml html(palette());
        html.setVariablesAreValues(m_variablesAreValues);
        m_browser->setHtml(html.render(m_diff, m_olderTitle, m_newerTitle, m_expanded));
    }
}

void VersionDiffView::followLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("message")) {
        bool ok = false;
        const int position = url.path().toInt(&ok);
        if (ok) {
            setExpanded(position, !m_expanded.contains(position));
        }
    }
}

} // namespace pwb

#include "compare/CompareDiffPanel.h"

#include "prompts/WordDiff.h"
#include "versions/DiffColours.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pwb {

CompareDiffPanel::CompareDiffPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("compareDiff"));
    m_left = new QComboBox;
    m_left->setObjectName(QStringLiteral("diffLeft"));
    m_right = new QComboBox;
    m_right->setObjectName(QStringLiteral("diffRight"));
    m_similarity = new QLabel;
    m_similarity->setObjectName(QStringLiteral("diffSimilarity"));
    auto *choose = new QHBoxLayout;
    choose->addWidget(new QLabel(tr("Diff of")));
    choose->addWidget(m_left);
    choose->addWidget(new QLabel(tr("against")));
    choose->addWidget(m_right);
    choose->addSpacing(12);
    choose->addWidget(m_similarity, 1);

    m_view = new QTextBrowser;
    m_view->setObjectName(QStringLiteral("diffView"));
    m_view->setOpenLinks(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choose);
    layout->addWidget(m_view, 1);

    connect(m_left, &QComboBox::currentIndexChanged, this, &CompareDiffPanel::render);
    connect(m_right, &QComboBox::currentIndexChanged, this, &CompareDiffPanel::render);
}

void CompareDiffPanel::setAnswers(const QStringList &titles, const QStringList &texts)
{
    m_texts = texts;
    const int left = m_left->currentIndex();
    const int right = m_right->currentIndex();
    for (QComboBox *box : {m_left, m_right}) {
        QSignalBlocker block(box);
        box->clear();
        box->addItems(titles);
    }
    choose(left >= 0 && left < titles.size() ? left : 0,
           right >= 0 && right < titles.size() && right != left
               ? right
               : std::min(1, int(titles.size()) - 1));
}

void CompareDiffPanel::choose(int left, int right)
{
    {
        QSignalBlocker blockLeft(m_left);
        QSignalBlocker blockRight(m_right);
        m_left->setCurrentIndex(left);
        m_right->setCurrentIndex(right);
    }
    render();
}

void CompareDiffPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        render();
    }
}

void CompareDiffPanel::render()
{
    const int left = m_left->currentIndex();
    const int right = m_right->currentIndex();
    if (left < 0 || right < 0 || left >= m_texts.size() || right >= m_texts.size()) {
        m_view->clear();
        m_similarity->clear();
        return;
    }
    const QList<DiffSegment> segments = WordDiff::compare(m_texts.at(left), m_texts.at(right));
    const DiffColours colours = DiffColours::from(palette());
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap\">");
    for (const DiffSegment &segment : segments) {
        const QString text = segment.text.toHtmlEscaped();
        switch (segment.kind) {
        case DiffSegment::Kind::Equal:
            html += text;
            break;
        case DiffSegment::Kind::Removed:
            html += QStringLiteral("<span style=\"background-color:%1; text-decoration: "
                                   "line-through\">%2</span>")
                        .arg(colours.removedWord.name(), text);
            break;
        case DiffSegment::Kind::Inserted:
            html += QStringLiteral("<span style=\"background-color:%1\">%2</span>")
                        .arg(colours.insertedWord.name(), text);
            break;
        }
    }
    html += QStringLiteral("</div>");
    m_view->setHtml(html);
    const double same = WordDiff::similarity(segments);
    m_similarity->setText(left == right
                              ? tr("The same column on both sides.")
                              : tr("%1% the same — struck through: only in %2; tinted: only in %3")
                                    .arg(QLocale().toString(same * 100.0, 'f', 0),
                                         m_left->currentText(), m_right->currentText()));
}

} // namespace pwb

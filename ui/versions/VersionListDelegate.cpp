#include "versions/VersionListDelegate.h"

#include "storage/VersionHistoryModel.h"
#include "versions/DiffColours.h"

#include <QApplication>
#include <QPainter>

namespace pwb {

namespace {

constexpr int kChipPadding = 6;
constexpr int kChipGap = 4;

int chipWidth(const QFontMetrics &metrics, const QString &text)
{
    return metrics.horizontalAdvance(text) + 2 * kChipPadding;
}

} // namespace

VersionListDelegate::VersionListDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

// The chips of a cell, and the plain text drawn before them.
QStringList VersionListDelegate::chips(const QModelIndex &index, QString *text) const
{
    if (index.column() == VersionHistoryModel::Labels) {
        *text = QString();
        return index.data(VersionHistoryModel::LabelsRole).toStringList();
    }
    *text = index.data().toString();
    if (index.column() == VersionHistoryModel::Number && m_currentVersion != 0 &&
        index.data(VersionHistoryModel::VersionIdRole).toLongLong() == m_currentVersion) {
        return {tr("current")};
    }
    return {};
}

void VersionListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QString text;
    const QStringList labels = chips(index, &text);
    if (labels.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text = text;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor background =
        selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base);
    const QColor ink =
        selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
    const QColor accent = selected ? ink : palette.color(QPalette::Highlight);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
    const QFontMetrics metrics(item.font);
    int x = textRect.left() + (text.isEmpty() ? 0 : metrics.horizontalAdvance(text) + 2 * kChipGap);
    const int height = metrics.height() + 2;
    const int y = textRect.top() + (textRect.height() - height) / 2;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(item.font);
    for (const QString &label : labels) {
        const QRect chip(x, y, chipWidth(metrics, label), height);
        if (chip.left() >= textRect.right()) {
            break; // the rest would be drawn over the next column
        }
        painter->setPen(DiffColours::blend(background, accent, 0.6));
        painter->setBrush(DiffColours::blend(background, accent, 0.2));
        painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0,
                                 height / 2.0);
        painter->setPen(ink);
        painter->drawText(chip, Qt::AlignCenter, label);
        x = chip.right() + 1 + kChipGap;
    }
    painter->restore();
}

QSize VersionListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QString text;
    const QStringList labels = chips(index, &text);
    if (!labels.isEmpty()) {
        const QFontMetrics metrics(option.font);
        int width = text.isEmpty() ? 0 : metrics.horizontalAdvance(text) + kChipGap;
        for (const QString &label : labels) {
            width += chipWidth(metrics, label) + kChipGap;
        }
        size.setWidth(std::max(size.width(), width + 2 * kChipGap));
        size.setHeight(std::max(size.height(), metrics.height() + 6));
    }
    return size;
}

} // namespace pwb

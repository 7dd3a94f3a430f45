#pragma once

#include <QStyledItemDelegate>

namespace pwb {

// Colours a run's status so failures stand out in a long table: failed, cancelled and
// interrupted in the palette's error colour, complete in its success colour.
class RunStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace pwb

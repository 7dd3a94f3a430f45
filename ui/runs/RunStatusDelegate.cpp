#include "runs/RunStatusDelegate.h"

#include "common/PaletteColors.h"

namespace pwb {

void RunStatusDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString status = index.data().toString();
    if (option->state & QStyle::State_Selected) {
        return; // the selection's own colours stay readable
    }
    if (status == u"complete") {
        option->palette.setColor(QPalette::Text, palette::successText(option->palette));
    } else if (status == u"failed" || status == u"cancelled" || status == u"interrupted") {
        option->palette.setColor(QPalette::Text, palette::errorText(option->palette));
    }
}

} // namespace pwb

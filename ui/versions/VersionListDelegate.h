#pragma once

#include <QStyledItemDelegate>

namespace pwb {

// Draws a version list's labels as chips, and a "current" chip after the number of the version
// the editor holds.
class VersionListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit VersionListDelegate(QObject *parent = nullptr);

    void setCurrentVersion(qint64 versionId) { m_currentVersion = versionId; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QStringList chips(const QModelIndex &index, QString *text) const;

    qint64 m_currentVersion = 0;
};

} // namespace pwb

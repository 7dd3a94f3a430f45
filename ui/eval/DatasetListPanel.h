#pragma once

#include "storage/DatasetRepository.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace pwb {

class Database;

// The workspace's datasets, by name, each with its number of cases; new, rename and delete
// (delete asks first, saying what goes with it).
class DatasetListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DatasetListPanel(Database &database, QWidget *parent = nullptr);

    void reload(); // keeps the current dataset when it still exists
    qint64 currentDatasetId() const; // 0: none
    QString currentDatasetName() const;
    void setCurrentDataset(qint64 datasetId);
    QList<DatasetInfo> datasets() const { return m_datasets; }

    // Ask for a name (or take `name`), create the dataset and select it. 0 when cancelled/failed.
    qint64 newDataset(const QString &name = {});
    bool renameCurrent(const QString &name = {});
    // `confirmed`: skip the question (the caller asked already).
    bool deleteCurrent(bool confirmed = false);

    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void currentDatasetChanged(qint64 datasetId);
    void failed(const QString &error);

private:
    void updateButtons();
    void announceCurrent();

    Database &m_database;
    QList<DatasetInfo> m_datasets;
    qint64 m_announced = 0;
    QListWidget *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace pwb

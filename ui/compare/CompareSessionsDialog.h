#pragma once

#include "storage/CompareRepository.h"

#include <QDialog>

class QCheckBox;
class QListWidget;

namespace pwb {

// Saved comparisons, newest first, to reopen one offline: its answers, figures and votes as
// they were. Shows this prompt's sessions, or all of them.
class CompareSessionsDialog : public QDialog
{
    Q_OBJECT

public:
    CompareSessionsDialog(const CompareRepository &repository, std::optional<qint64> promptId,
                          QWidget *parent = nullptr);

    std::optional<qint64> chosenSession() const;
    QListWidget *list() const { return m_list; }
    QCheckBox *allPromptsBox() const { return m_all; }

private:
    void reload();

    const CompareRepository &m_repository;
    std::optional<qint64> m_promptId;
    QListWidget *m_list = nullptr;
    QCheckBox *m_all = nullptr;
};

} // namespace pwb

#pragma once

#include "storage/RunFacets.h"
#include "storage/RunsTableModel.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace pwb {

// The runs browser's filters in one row: a search over replies (applied a moment after typing
// stops, so each keystroke does not query), the prompt, the provider or provider/model, the
// status and a date range. Choices come from the runs there are (RunFacets).
class RunsFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit RunsFilterBar(QWidget *parent = nullptr);

    // Refills the choices, keeping what is chosen when it is still offered.
    void setFacets(const RunFacets &facets);
    RunsTableModel::Filter filter() const;

    QLineEdit *searchField() const { return m_search; }
    QComboBox *promptBox() const { return m_prompt; }
    QComboBox *targetBox() const { return m_target; }
    QComboBox *statusBox() const { return m_status; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QTimer *searchDelay() const { return m_searchDelay; }

    static constexpr int kSearchDelayMs = 250;

Q_SIGNALS:
    void filterChanged();

private:
    QLineEdit *m_search = nullptr;
    QComboBox *m_prompt = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTimer *m_searchDelay = nullptr;
    bool m_filling = false; // choices being refilled: no filterChanged for that
};

} // namespace pwb

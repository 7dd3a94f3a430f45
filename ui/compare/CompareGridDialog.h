#pragma once

#include "compare/CompareColumnSpec.h"
#include "compare/CompareColumnWidget.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace pwb {

// Grid mode: pick prompt versions and models, get a column for every version × model (2
// versions × 3 models = 6 columns), up to the compare view's limit.
class CompareGridDialog : public QDialog
{
    Q_OBJECT

public:
    CompareGridDialog(const QList<CompareVersionChoice> &versions, const QStringList &models,
                      int maxColumns, QWidget *parent = nullptr);

    // The cells, versions outermost; empty while the choice is not valid.
    QList<CompareColumnSpec> columns() const;

    QListWidget *versionList() const { return m_versions; }
    QPlainTextEdit *modelsEdit() const { return m_models; }
    QLabel *countLabel() const { return m_count; }

    // "provider/model" (a provider id, a slash, the model) or a model alone (the prompt's
    // provider); one per line.
    static Result<QList<CompareColumnSpec>> parseModels(const QString &text);

private:
    void update();

    int m_maxColumns;
    QListWidget *m_versions = nullptr;
    QPlainTextEdit *m_models = nullptr;
    QLabel *m_count = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pwb

#pragma once

#include "prompts/VersionDiff.h"

#include <QSet>
#include <QWidget>

class QTextBrowser;
class QUrl;

namespace pwb {

// Two versions of a prompt side by side: older on the left, newer on the right, a header per
// message, unchanged messages folded to one line (a link unfolds them), removed words struck
// through, inserted words tinted, then the model, parameters and variables. Follows the palette.
class VersionDiffView : public QWidget
{
    Q_OBJECT

public:
    explicit VersionDiffView(QWidget *parent = nullptr);

    void setContents(const PromptContent &older, const QString &olderTitle,
                     const PromptContent &newer, const QString &newerTitle);
    // Shows a hint instead of a diff (nothing selected, a version that cannot be read).
    void showMessage(const QString &message);

    bool hasDiff() const { return m_hasDiff; }
    const VersionDiff &diff() const { return m_diff; }
    QString olderTitle() const { return m_olderTitle; }
    QString newerTitle() const { return m_newerTitle; }
    QTextBrowser *browser() const { return m_browser; }
    // Variables are shown as values rather than defaults (comparing two runs' inputs).
    void setVariablesAreValues(bool values);
    // Unfolds or folds an unchanged message, by its position in diff().messages.
    void setExpanded(int position, bool expanded);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void followLink(const QUrl &url);

    QTextBrowser *m_browser = nullptr;
    VersionDiff m_diff;
    QString m_olderTitle;
    QString m_newerTitle;
    QSet<int> m_expanded;
    bool m_hasDiff = false;
    bool m_variablesAreValues = false;
};

} // namespace pwb

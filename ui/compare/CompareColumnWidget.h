#pragma once

#include "compare/CompareColumnSpec.h"
#include "streaming/StreamedReply.h"

#include <QFrame>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace pwb {

class AssistantTurnWidget;

// A choice offered in a column's version box: the editor's content or a saved version.
struct CompareVersionChoice
{
    std::optional<qint64> versionId; // none: the editor
    int number = 0;
    QString text; // "Editor (unsaved)", "v3 · tighter tone"
};

// One column of the compare view: what it sends (prompt version, provider, model, parameter
// overrides — editable until it runs), its streaming reply with figures and any error (the
// chat pane's AssistantTurnWidget, in its own scroll area), and the reviewer's verdict: best
// answer and a 1-5 rating. The column only shows and asks; CompareWindow runs and saves.
class CompareColumnWidget : public QFrame
{
    Q_OBJECT

public:
    explicit CompareColumnWidget(QWidget *parent = nullptr);

    void setIndex(int index); // the letter A, B, … in its title
    int index() const { return m_index; }
    static QString letter(int index);

    void setChoices(const QList<CompareVersionChoice> &versions,
                    const QList<QPair<QString, QString>> &providers); // id, display name
    void setSpec(const CompareColumnSpec &spec);
    // The spec as the controls say; an error names the bad override.
    Result<CompareColumnSpec> spec() const;
    void setRemovable(bool removable);

    // A run of this column begins / has an event / is shown from the workspace.
    void begin(const QString &label);
    // How often the streaming reply is redrawn (ReplyView::setFrameInterval).
    void setFrameInterval(int ms, int phaseMs);
    void apply(const StreamEvent &event, const StreamedReply &reply, std::optional<double> cost);
    void showStored(const QString &label, const StreamedReply &reply, std::optional<double> cost);
    // The column could not be sent (template error, no key): said in its error box.
    void showProblem(const QString &label, const QString &problem);
    void setRunning(bool running);
    // Voting needs a recorded run to attach to.
    void setVotingEnabled(bool enabled);

    void setBest(bool best);
    void setRating(std::optional<int> rating);
    bool isBest() const;
    std::optional<int> rating() const;

    AssistantTurnWidget *turn() const { return m_turn; }
    QScrollArea *scrollArea() const { return m_scroll; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *runButton() const { return m_run; }
    QToolButton *bestButton() const { return m_best; }
    QToolButton *ratingButton(int stars) const; // 1-5
    QComboBox *versionBox() const { return m_version; }
    QComboBox *providerBox() const { return m_provider; }
    QLineEdit *modelEdit() const { return m_model; }
    QLineEdit *overridesEdit() const { return m_overrides; }

Q_SIGNALS:
    void runRequested(); // run this column alone (or stop it while it runs)
    void stopRequested();
    void removeRequested();
    void bestToggled(bool best);
    void ratingChanged(std::optional<int> rating);
    void specEdited();

private:
    void updateTitle();
    void showOverridesProblem();
    void setStatus(const QString &text);

    int m_index = 0;
    QString m_label; // what the column sends, as its reply's header says
    bool m_running = false;
    bool m_removable = true;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_remove = nullptr;
    QComboBox *m_version = nullptr;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_overrides = nullptr;
    QScrollArea *m_scroll = nullptr;
    AssistantTurnWidget *m_turn = nullptr;
    QPushButton *m_run = nullptr;
    QToolButton *m_best = nullptr;
    QList<QToolButton *> m_stars;
    std::optional<int> m_rating;
};

} // namespace pwb

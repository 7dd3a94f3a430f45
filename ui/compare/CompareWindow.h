#pragma once

#include "common/RunServices.h"
#include "compare/CompareColumnWidget.h"
#include "compare/CompareLauncher.h"
#include "storage/CompareRepository.h"
#include "streaming/StreamEvent.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QNetworkAccessManager;
class QSplitter;

namespace pwb {

class ApiKeyResolver;
class CompareDiffPanel;
class CompareRunner;
class Database;
class PromptRepository;
class ProviderDirectory;
class RunRecorder;
class ScrollSync;

// What the compare view works with (the evaluations window takes the same).
using CompareServices = RunServices;

// The compare view: one prompt sent to 2-8 columns at once — each column a (prompt version,
// provider, model, parameters) — streaming side by side with their own figures and errors; a
// summary row (fastest first token, cheapest, longest, identical answers), a word diff between
// any two columns, votes and ratings. Every comparison is saved in the workspace as a session
// and can be reopened offline. Columns are CompareColumnWidgets; running them is CompareRunner,
// preparing their requests CompareLauncher.
class CompareWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int kMinColumns = 2;
    static constexpr int kMaxColumns = 8;

    explicit CompareWindow(const CompareServices &services, QWidget *parent = nullptr);
    ~CompareWindow() override;

    // The prompt to compare (from the editor). Keeps the columns; the first call makes two.
    void setPrompt(const ComparePromptSource &source);
    // Where the prompt comes from: asked again before every run, so that a run sends what the
    // editor holds then.
    void setSourceFunction(std::function<ComparePromptSource()> source);
    void refreshSource();
    void setColumns(const QList<CompareColumnSpec> &specs);
    void addColumn();
    void removeColumn(int index);

    void runAll();
    void runColumn(int index);
    void stopAll();
    void openSession(qint64 sessionId);
    void showDiff(int left, int right);

    int columnCount() const { return int(m_columns.size()); }
    CompareColumnWidget *column(int index) const { return m_columns.value(index); }
    CompareRunner *runner() const { return m_runner; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *problemLabel() const { return m_problem; }
    CompareDiffPanel *diffPanel() const { return m_diff; }
    ScrollSync *scrollSync() const { return m_sync; }
    QAction *runAllAction() const { return m_runAll; }
    QAction *stopAllAction() const { return m_stopAll; }
    QAction *syncAction() const { return m_syncScroll; }
    QAction *diffAction() const { return m_showDiff; }
    qint64 sessionId() const;

Q_SIGNALS:
    void runStateChanged(bool running);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    QList<CompareVersionChoice> versionChoices() const;
    QList<QPair<QString, QString>> providerChoices() const;
    void refreshChoices();
    CompareColumnWidget *makeColumn();
    void layoutColumns();
    void startColumns(const QList<CompareColumnSpec> &specs, const QList<Result<RunSetup>> &setups,
                      bool newSession, int onlyColumn);
    QString labelOf(const CompareColumnSpec &spec) const;
    std::optional<double> costOf(int column) const;
    void onColumnEvent(int column, const StreamEvent &event);
    void onColumnEnded(int column);
    void updateSummary();
    void updateControls();
    void onBestToggled(int column, bool best);
    void onRatingChanged(int column, std::optional<int> rating);
    void showProblem(const QString &text);

    CompareServices m_services;
    CompareRepository m_repository;
    CompareLauncher *m_launcher = nullptr;
    CompareRunner *m_runner = nullptr;
    ComparePromptSource m_source;
    std::function<ComparePromptSource()> m_sourceFunction;
    bool m_hasPrompt = false;
    quint64 m_preparing = 0; // generation of the newest preparation; older answers are dropped

    QList<CompareColumnWidget *> m_columns;
    QSplitter *m_columnSplitter = nullptr;
    QSplitter *m_verticalSplitter = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_summary = nullptr;
    CompareDiffPanel *m_diff = nullptr;
    ScrollSync *m_sync = nullptr;

    QAction *m_runAll = nullptr;
    QAction *m_stopAll = nullptr;
    QAction *m_addColumn = nullptr;
    QAction *m_grid = nullptr;
    QAction *m_syncScroll = nullptr;
    QAction *m_showDiff = nullptr;
    QAction *m_openSession = nullptr;
};

} // namespace pwb

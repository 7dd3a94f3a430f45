#include "cli/EvalCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliWorkspace.h"
#include "core/MoneyFormat.h"
#include "eval/EvalPlan.h"
#include "eval/EvalProviders.h"
#include "eval/EvalReport.h"
#include "eval/EvalSession.h"
#include "eval/EvalSummary.h"
#include "providers/ApiKeyResolver.h"
#include "providers/PriceTable.h"
#include "providers/ProviderDirectory.h"
#include "providers/demo/DemoNetworkAccessManager.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/DatasetRepository.h"
#include "storage/EvalRepository.h"
#include "storage/PromptReference.h"
#include "storage/PromptRepository.h"
#include "storage/RunRecorder.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>

namespace pwb::cli {

namespace {

int fail(const QString &message)
{
    err() << QStringLiteral("pwb eval: ") << message << QStringLiteral("\n");
    err().flush();
    return kUsageOrError;
}

QString duration(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    return seconds >= 3600
        ? QStringLiteral("%1:%2:%3")
              .arg(seconds / 3600)
              .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
              .arg(seconds % 60, 2, 10, QLatin1Char('0'))
        : QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString percent(double rate)
{
    return QStringLiteral("%1%").arg(rate * 100.0, 0, 'f', 1);
}

QString milliseconds(std::optional<qint64> ms)
{
    if (!ms) {
        return QStringLiteral("–");
    }
    return *ms >= 10000 ? QStringLiteral("%1 s").arg(double(*ms) / 1000.0, 0, 'f', 1)
                        : QStringLiteral("%1 ms").arg(*ms);
}

// "0.9", "90%" or "90" (a percentage when above 1) as a rate from 0 to 1.
std::optional<double> parseRate(QString text)
{
    bool percentSign = text.endsWith(QLatin1Char('%'));
    if (percentSign) {
        text.chop(1);
    }
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok) {
        return std::nullopt;
    }
    if (percentSign || value > 1.0) {
        value /= 100.0;
    }
    if (value < 0.0 || value > 1.0) {
        return std::nullopt;
    }
    return value;
}

// PROVIDER=N pairs of --rpm / --tpm.
bool parseLimits(const QStringList &values, bool requests, QMap<QString, RateLimits> &limits,
                 QString &error)
{
    for (const QString &value : values) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        bool ok = false;
        const qint64 number = equals > 0 ? value.sliced(equals + 1).toLongLong(&ok) : 0;
        if (equals <= 0 || !ok || number < 0) {
            error = Text::tr("%1 '%2' is not PROVIDER=N (a whole number, 0 for no limit)")
                        .arg(requests ? QStringLiteral("--rpm") : QStringLiteral("--tpm"), value);
            return false;
        }
        RateLimits &limit = limits[value.first(equals)];
        (requests ? limit.requestsPerMinute : limit.tokensPerMinute) = number;
    }
    return true;
}

// Prints progress on stderr: rewritten in place on a terminal, a line every few seconds in a
// CI log (so the log shows the run moving without a line per case).
class ProgressPrinter
{
public:
    ProgressPrinter()
        : m_terminal(isTerminal(stderr))
    {
        m_sinceLine.start();
    }

    void show(const EvalProgress &progress, bool last)
    {
        if (progress.done == 0 && !last) {
            return; // nothing to say yet
        }
        if (!last && !m_terminal && m_sinceLine.elapsed() < 5000 && m_printedAny) {
            return;
        }
        if (!last && m_terminal && m_sinceLine.elapsed() < 100 && m_printedAny) {
            return;
        }
        m_sinceLine.restart();
        m_printedAny = true;
        const int width = int(QString::number(progress.total).size());
        QString line =
            QStringLiteral("[%1/%2] %3 · pass %4")
                .arg(progress.done, width)
                .arg(progress.total)
                .arg(percent(progress.total > 0 ? double(progress.done) / progress.total : 1.0),
                     percent(progress.passRate()));
        if (progress.failed > 0) {
            line += Text::tr(" · %n failed", nullptr, progress.failed);
        }
        if (progress.errors > 0) {
            line += Text::tr(" · %n error(s)", nullptr, progress.errors);
        }
        if (progress.inFlight > 0) {
            line += Text::tr(" · %1 in flight").arg(progress.inFlight);
        }
        if (const std::optional<qint64> eta = progress.etaMs(); eta && !last) {
            line += Text::tr(" · ETA %1").arg(duration(*eta));
        }
        if (m_terminal) {
            err() << QStringLiteral("\r\x1b[2K") << line;
            if (last) {
                err() << QStringLiteral("\n");
            }
        } else {
            err() << line << QStringLiteral("\n");
        }
        err().flush();
    }

private:
    bool m_terminal;
    bool m_printedAny = false;
    QElapsedTimer m_sinceLine;
};

QString columnLabel(PromptRepository &prompts, const EvalColumnKey &key)
{
    QString version = QStringLiteral("(unsaved)");
    if (key.promptVersionId) {
        if (const auto record = prompts.version(*key.promptVersionId)) {
            const auto prompt = prompts.prompt(record->promptId);
            version = QStringLiteral("%1@%2")
                          .arg(prompt ? prompt->name : QStringLiteral("?"))
                          .arg(record->number);
        }
    }
    return QStringLiteral("%1 %2/%3").arg(version, key.providerId, key.model);
}

void printSummary(PromptRepository &prompts, const EvalRunInfo &run,
                  const QList<EvalColumnSummary> &columns)
{
    out() << Text::tr("Eval run %1 \"%2\" over dataset \"%3\": %4\n")
                 .arg(run.id)
                 .arg(run.name, run.datasetName, run.status);
    for (const EvalColumnSummary &column : columns) {
        out() << QStringLiteral("  ") << columnLabel(prompts, column.key) << QStringLiteral("\n");
        out() << Text::tr("    pass rate %1 (%2 passed, %3 failed, %4 errors of %5)")
                     .arg(percent(column.passRate()))
                     .arg(column.passed)
                     .arg(column.failed)
                     .arg(column.errors)
                     .arg(column.results);
        if (column.meanScore) {
            out() << Text::tr(" · mean score %1").arg(*column.meanScore, 0, 'f', 3);
        }
        out() << QStringLiteral("\n");
        out() << Text::tr("    latency p50 %1, p95 %2 · tokens %3 in / %4 out · cost %5\n")
                     .arg(milliseconds(column.p50LatencyMs), milliseconds(column.p95LatencyMs))
                     .arg(column.inputTokens)
                     .arg(column.outputTokens)
                     .arg(column.costUsd ? formatUsd(*column.costUsd) : QStringLiteral("unknown"));
    }
    out().flush();
}

} // namespace

int runEval(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Run prompt versions × models over a dataset of a workspace, score every case with the\n"
        "dataset's and the case's assertions, and print a summary. Progress goes to stderr.\n"
        "Keys are found as by `pwb chat`: the provider's environment variable, else the OS "
        "keychain.\n"
        "Exit status: 0 the pass rate meets --min-pass-rate, 1 it does not, 2 the run could not "
        "be\ndone (bad arguments, unknown prompt, dataset or provider, no key, the run was "
        "cut\nshort, or every case ended in an error). Cases that end in an error count as not "
        "passed."));
    const QCommandLineOption workspaceOption = cli::workspaceOption();
    const QCommandLineOption promptOption(
        QStringLiteral("prompt"),
        Text::tr("The prompt version: NAME (newest), NAME@VERSION or NAME:LABEL (repeatable: "
                 "versions side by side)."),
        Text::tr("REF"));
    const QCommandLineOption datasetOption(QStringLiteral("dataset"), Text::tr("The dataset."),
                                           Text::tr("NAME"));
    const QCommandLineOption modelOption(
        QStringLiteral("model"),
        Text::tr("PROVIDER/MODEL to send to (repeatable; default: the version's own)."),
        Text::tr("PROVIDER/MODEL"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               Text::tr("Requests at once (default 8)."),
                                               Text::tr("N"), QStringLiteral("8"));
    const QCommandLineOption rpmOption(QStringLiteral("rpm"),
                                       Text::tr("Requests per minute for a provider (repeatable)."),
                                       Text::tr("PROVIDER=N"));
    const QCommandLineOption tpmOption(QStringLiteral("tpm"),
                                       Text::tr("Tokens per minute for a provider (repeatable)."),
                                       Text::tr("PROVIDER=N"));
    const QCommandLineOption minPassOption(
        QStringLiteral("min-pass-rate"),
        Text::tr("The pass rate needed for exit status 0: 0.9, 90 or 90% (default 1: every "
                 "case)."),
        Text::tr("R"), QStringLiteral("1"));
    const QCommandLineOption reportOption(QStringLiteral("report"),
                                          Text::tr("Write every result to a .json or .csv file."),
                                          Text::tr("FILE"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        Text::tr("A name for the eval run."), Text::tr("TEXT"));
    const QCommandLineOption resumeOption(
        QStringLiteral("resume"),
        Text::tr("Go on with an eval run that was cancelled or cut off, by id (only the cases "
                 "without a result are sent)."),
        Text::tr("ID"));
    parser.addOptions({workspaceOption, promptOption, datasetOption, modelOption, concurrencyOption,
                       rpmOption, tpmOption, minPassOption, reportOption, nameOption,
                       resumeOption});
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return kSuccess;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    const std::optional<double> minPassRate = parseRate(parser.value(minPassOption));
    if (!minPassRate) {
        return fail(Text::tr("--min-pass-rate '%1' is not a rate from 0 to 1 (or 0%-100%)")
                        .arg(parser.value(minPassOption)));
    }
    const QString reportPath = parser.value(reportOption);
    if (!reportPath.isEmpty()) {
        const QString suffix = QFileInfo(reportPath).suffix().toLower();
        if (suffix != u"json" && suffix != u"csv") {
            return fail(Text::tr("--report '%1' must end in .json or .csv").arg(reportPath));
        }
    }

    const WorkspaceLocation location =
        WorkspaceLocation::resolve(parser.value(workspaceOption), QDir::currentPath());
    if (!location.ok()) {
        return fail(location.error);
    }
    if (!QFileInfo::exists(location.filePath)) {
        return fail(Text::tr("there is no workspace at %1")
                        .arg(QDir::toNativeSeparators(location.filePath)));
    }
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(location.filePath);
    if (!opened) {
        return fail(opened.error());
    }
    Workspace &workspace = *opened.value();
    Database &database = workspace.database();
    PromptRepository &prompts = workspace.prompts();

    EvalPlan plan;
    qint64 resumeId = 0;
    if (parser.isSet(resumeOption)) {
        bool ok = false;
        resumeId = parser.value(resumeOption).toLongLong(&ok);
        if (!ok || resumeId <= 0) {
            return fail(Text::tr("--resume takes an eval run id"));
        }
        for (const QCommandLineOption &option :
             {promptOption, datasetOption, modelOption, nameOption}) {
            if (parser.isSet(option)) {
                return fail(Text::tr("--resume goes on with the run as it was started; "
                                     "--%1 cannot change it")
                                .arg(option.names().first()));
            }
        }
        Result<EvalPlan> planned = EvalSession::planOf(database, resumeId);
        if (!planned) {
            return fail(planned.error());
        }
        plan = planned.value();
    } else {
        if (!parser.isSet(promptOption) || !parser.isSet(datasetOption)) {
            return fail(Text::tr("--prompt and --dataset are required (or --resume ID)"));
        }
        DatasetRepository datasets(database);
        const std::optional<qint64> dataset = datasets.datasetId(parser.value(datasetOption));
        if (!dataset) {
            QStringList names;
            for (const DatasetInfo &info : datasets.datasets()) {
                names << info.name;
            }
            return fail(Text::tr("there is no dataset \"%1\" (there are: %2)")
                            .arg(parser.value(datasetOption),
                                 names.isEmpty() ? Text::tr("none") : names.join(u", ")));
        }
        plan.datasetId = *dataset;
        QList<qint64> versions;
        QList<std::pair<QString, QString>> models;
        for (const QString &reference : parser.values(promptOption)) {
            const Result<PromptVersionRecord> version =
                PromptReference::resolve(prompts, reference);
            if (!version) {
                return fail(version.error());
            }
            versions.append(version.value().id);
            if (!parser.isSet(modelOption)) {
                const PromptContent &content = version.value().content;
                if (content.providerId.isEmpty() || content.model.isEmpty()) {
                    return fail(Text::tr("%1 names no provider and model; say which with "
                                         "--model PROVIDER/MODEL")
                                    .arg(reference));
                }
                if (!models.contains(std::pair(content.providerId, content.model))) {
                    models.append({content.providerId, content.model});
                }
            }
        }
        for (const QString &model : parser.values(modelOption)) {
            const qsizetype slash = model.indexOf(QLatin1Char('/'));
            if (slash <= 0 || slash == model.size() - 1) {
                return fail(
                    Text::tr("--model '%1' is not PROVIDER/MODEL (e.g. openai/gpt-4o)").arg(model));
            }
            models.append({model.first(slash), model.sliced(slash + 1)});
        }
        plan.targets = EvalPlan::grid(versions, models);
        plan.name = parser.value(nameOption);
        if (plan.name.isEmpty()) {
            plan.name = parser.values(promptOption).join(QStringLiteral(", "));
        }
    }
    if (parser.isSet(concurrencyOption) || resumeId == 0) {
        bool ok = false;
        plan.concurrency = parser.value(concurrencyOption).toInt(&ok);
        if (!ok) {
            return fail(Text::tr("--concurrency takes a whole number"));
        }
    }
    QString limitError;
    if (!parseLimits(parser.values(rpmOption), true, plan.limits, limitError) ||
        !parseLimits(parser.values(tpmOption), false, plan.limits, limitError)) {
        return fail(limitError);
    }
    if (const QString problem = plan.problem(); !problem.isEmpty()) {
        return fail(problem);
    }

    const Result<QStringList> needed = EvalSession::providersNeeded(database, plan);
    if (!needed) {
        return fail(needed.error());
    }
    ProviderDirectory directory(database);
    KeychainSecretStore store(KeychainSecretStore::defaultServiceName());
    ApiKeyResolver keys(&store);
    QEventLoop loop;
    Result<EvalProviders::Providers> providers =
        Result<EvalProviders::Providers>::failure(Text::tr("the keychain did not answer"));
    EvalProviders::prepare(directory, keys, needed.value(), &loop,
                           [&](const Result<EvalProviders::Providers> &answer) {
                               providers = answer;
                               loop.quit();
                           });
    loop.exec();
    if (!providers) {
        return fail(providers.error());
    }

    demo::DemoNetworkAccessManager network; // answers the offline demo; the rest goes out
    network.setDeltasPerSecond(0);
    const auto prices = std::make_shared<PriceTable>(PriceTable::load(PriceTable::userFilePath()));
    const EvalSummary::CostFunction cost = [prices](const QString &provider, const QString &model,
                                                    const Usage &usage) {
        return prices->costUsd(provider, model, usage);
    };
    workspace.recorder().setCostFunction(cost); // each run keeps its cost, as in the app
    EvalSession session(database, &network, &workspace.recorder());
    session.setCost(cost);
    ProgressPrinter printer;
    QObject::connect(&session, &EvalSession::progressed, &session,
                     [&](const EvalProgress &progress) { printer.show(progress, false); });
    QObject::connect(&session, &EvalSession::problem, &session,
                     [](const QString &text) { fail(text); });
    QObject::connect(&session, &EvalSession::finished, &session,
                     [](const QString &) { QCoreApplication::exit(0); });
    Result<void> begun;
    if (resumeId > 0) {
        begun = session.resume(resumeId, providers.value());
    } else if (const Result<qint64> started = session.start(plan, providers.value()); !started) {
        begun = Result<void>::failure(started.error());
    }
    if (!begun) {
        return fail(begun.error());
    }
    err() << Text::tr("Eval run %1 started (if it is cut off: pwb eval --resume %1)\n")
                 .arg(session.evalRunId());
    err().flush();
    if (session.isRunning()) {
        QCoreApplication::exec();
    }
    printer.show(session.progress(), true);

    const qint64 evalRunId = session.evalRunId();
    const std::optional<EvalRunInfo> run = EvalRepository(database).evalRun(evalRunId);
    if (!run) {
        return fail(Text::tr("eval run %1 is gone from the workspace").arg(evalRunId));
    }
    const QList<EvalColumnSummary> columns = EvalSummary::columns(database, evalRunId, cost);
    printSummary(prompts, *run, columns);
    if (!reportPath.isEmpty()) {
        if (const Result<void> written =
                EvalReport::writeFile(database, evalRunId, reportPath, cost);
            !written) {
            return fail(written.error());
        }
        err() << Text::tr("Report: %1\n").arg(QDir::toNativeSeparators(reportPath));
    }

    int results = 0, passed = 0, errors = 0;
    for (const EvalColumnSummary &column : columns) {
        results += column.results;
        passed += column.passed;
        errors += column.errors;
    }
    const double passRate = results > 0 ? double(passed) / results : 0.0;
    out() << Text::tr("Pass rate %1 (%2 of %3) · required %4: %5\n")
                 .arg(percent(passRate))
                 .arg(passed)
                 .arg(results)
                 .arg(percent(*minPassRate),
                      passRate + 1e-12 >= *minPassRate ? Text::tr("met") : Text::tr("NOT met"));
    out().flush();
    if (run->status != u"complete") {
        err() << Text::tr("pwb eval: the run ended %1; go on with --resume %2\n")
                     .arg(run->status)
                     .arg(evalRunId);
        return kUsageOrError;
    }
    if (results > 0 && errors == results) {
        err() << Text::tr("pwb eval: every case ended in an error (see --report for why)\n");
        return kUsageOrError;
    }
    return passRate + 1e-12 >= *minPassRate ? kSuccess : kCheckFailed;
}

} // namespace pwb::cli

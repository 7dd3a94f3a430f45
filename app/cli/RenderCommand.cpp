#include "cli/RenderCommand.h"

#include "cli/CliCommands.h"
#include "prompts/MustacheRenderer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace pwb::cli {

namespace {

const QString kCommand = QStringLiteral("pwb render");
const QString kStdin = QStringLiteral("-");

void report(const QString &message)
{
    QTextStream(stderr) << kCommand << QStringLiteral(": ") << message << QStringLiteral("\n");
}

QString displayName(const QString &path)
{
    return path == kStdin ? QStringLiteral("<stdin>") : path;
}

bool readAll(const QString &path, QByteArray &bytes)
{
    QFile file;
    const bool opened = path == kStdin ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (opened) {
        bytes = file.readAll();
        if (file.error() == QFileDevice::NoError) {
            return true;
        }
    }
    report(Text::tr("cannot read %1: %2").arg(displayName(path), file.errorString()));
    return false;
}

// JSON's error offset is in bytes; people look for a line and a column.
QString jsonErrorPlace(const QByteArray &bytes, int offset)
{
    const QString before =
        QString::fromUtf8(bytes.first(std::clamp<qsizetype>(offset, 0, bytes.size())));
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    return QStringLiteral("%1:%2").arg(before.count(u'\n') + 1).arg(before.size() - lineStart + 1);
}

// Partials are files in one folder (subfolders allowed, nothing outside it): NAME.mustache,
// else NAME as it is. A missing one renders as nothing, as the spec says, with a warning.
class PartialFiles
{
public:
    explicit PartialFiles(const QString &folder)
        : m_folder(folder.isEmpty() ? QString() : QDir(folder).absolutePath())
        , m_prefix(m_folder.endsWith(u'/') ? m_folder : m_folder + u'/')
    { }

    std::optional<QString> read(const QString &name)
    {
        if (m_folder.isEmpty()) {
            report(Text::tr("warning: partial \"%1\" renders as nothing: no --partials folder")
                       .arg(name));
            return std::nullopt;
        }
        for (const QString &candidate : {QString(name + QStringLiteral(".mustache")), name}) {
            const QString path = QDir::cleanPath(m_prefix + candidate);
            QFile file(path);
            if (!path.startsWith(m_prefix) || !QFileInfo(path).isFile() ||
                !file.open(QIODevice::ReadOnly)) {
                continue;
            }
            m_paths.insert(name, path);
            return QString::fromUtf8(file.readAll());
        }
        report(Text::tr("warning: partial \"%1\" renders as nothing: no %1.mustache or %1 in %2")
                   .arg(name, QDir::toNativeSeparators(m_folder)));
        return std::nullopt;
    }

    QString pathOf(const QString &name) const { return m_paths.value(name, name); }

private:
    QString m_folder;
    QString m_prefix; // a file must start with it to be in the folder
    QHash<QString, QString> m_paths;
};

} // namespace

int runRender(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Render a Mustache template with JSON data and print the result exactly as rendered.\n"
        "Partials {{>NAME}} are read from the --partials folder: NAME.mustache, else NAME; a "
        "missing partial renders as nothing (with a warning).\n"
        "Exit status: 0 rendered, 1 the template has an error (printed as FILE:LINE:COLUMN: "
        "message), 2 bad arguments, an unreadable file or invalid JSON."));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        Text::tr("The variables: a JSON object (or array); '-' "
                                                 "reads stdin. Without it, there are none."),
                                        Text::tr("DATA.json"));
    const QCommandLineOption escapeOption(
        QStringLiteral("escape"),
        Text::tr("none (default: prompts are not HTML) or html ({{x}} escapes & \" < >)."),
        Text::tr("MODE"), QStringLiteral("none"));
    const QCommandLineOption partialsOption(QStringLiteral("partials"),
                                            Text::tr("The folder partials are read from."),
                                            Text::tr("DIR"));
    parser.addOptions({dataOption, escapeOption, partialsOption});
    parser.addPositionalArgument(QStringLiteral("template"),
                                 Text::tr("The template file; '-' reads stdin."),
                                 Text::tr("TEMPLATE_FILE"));
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        report(parser.errorText());
        return kUsageOrError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return kSuccess;
    }
    if (parser.positionalArguments().size() != 1) {
        report(Text::tr("give one template file ('-' reads stdin)"));
        return kUsageOrError;
    }
    const QString templatePath = parser.positionalArguments().first();
    const QString dataPath = parser.value(dataOption);
    if (templatePath == kStdin && dataPath == kStdin) {
        report(Text::tr("the template and --data cannot both be read from stdin"));
        return kUsageOrError;
    }
    MustacheOptions options;
    const QString escape = parser.value(escapeOption);
    if (escape == QLatin1String("html")) {
        options.escape = MustacheOptions::Escape::Html;
    } else if (escape != QLatin1String("none")) {
        report(Text::tr("--escape must be none or html (got '%1')").arg(escape));
        return kUsageOrError;
    }

    const QString partialsFolder = parser.value(partialsOption);
    if (parser.isSet(partialsOption) && !QFileInfo(partialsFolder).isDir()) {
        report(Text::tr("--partials: %1 is not a folder").arg(partialsFolder));
        return kUsageOrError;
    }

    QJsonValue data = QJsonObject();
    if (!dataPath.isEmpty()) {
        QByteArray bytes;
        if (!readAll(dataPath, bytes)) {
            return kUsageOrError;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            report(Text::tr("%1:%2: invalid JSON: %3")
                       .arg(displayName(dataPath), jsonErrorPlace(bytes, error.offset),
                            error.errorString()));
            return kUsageOrError;
        }
        data = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    QByteArray source;
    if (!readAll(templatePath, source)) {
        return kUsageOrError;
    }

    PartialFiles partials(partialsFolder);
    options.partials = [&partials](const QString &name) { return partials.read(name); };
    const Result<QString, MustacheError> rendered =
        renderMustache(QString::fromUtf8(source), data, options);
    if (!rendered) {
        const MustacheError &error = rendered.error();
        const QString file =
            error.partial.isEmpty() ? displayName(templatePath) : partials.pathOf(error.partial);
        QTextStream(stderr) << QStringLiteral("%1:%2:%3: %4\n")
                                   .arg(file)
                                   .arg(error.line)
                                   .arg(error.column)
                                   .arg(error.message);
        return kCheckFailed;
    }
    const QByteArray output = rendered.value().toUtf8();
    std::fwrite(output.constData(), 1, size_t(output.size()), stdout);
    std::fflush(stdout);
    return kSuccess;
}

} // namespace pwb::cli

#include "export/RunCodeExport.h"

#include "providers/RequestBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pwb {

namespace {

enum class Dialect { Python, JavaScript };

// Stands in for the key while RequestBuilder builds the headers, so the key header comes out
// in the format's shape and the real key never enters the code.
const QString kKeySentinel = QStringLiteral("\x01PWB_API_KEY\x01");

QString indentation(int level)
{
    return QString(level * 4, QLatin1Char(' '));
}

// A string or number exactly as JSON writes it; JSON string escapes are valid in Python and
// JavaScript string literals alike.
QString jsonScalar(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString quoted(const QString &text)
{
    return jsonScalar(text);
}

// A JSON value as a Python or JavaScript literal, indented from `level` (trailing commas are
// valid in both languages and keep each line alike).
QString literal(const QJsonValue &value, Dialect dialect, int level)
{
    const bool python = dialect == Dialect::Python;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return python ? QStringLiteral("None") : QStringLiteral("null");
    case QJsonValue::Bool:
        if (python) {
            return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
        }
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
    case QJsonValue::String:
        return jsonScalar(value);
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            return QStringLiteral("[]");
        }
        QString out = QStringLiteral("[\n");
        for (const QJsonValue &item : array) {
            out += indentation(level + 1) + literal(item, dialect, level + 1) + u",\n";
        }
        return out + indentation(level) + u']';
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            return QStringLiteral("{}");
        }
        QString out = QStringLiteral("{\n");
        for (auto it = object.begin(); it != object.end(); ++it) {
            out += indentation(level + 1) + quoted(it.key()) + u": " +
                literal(it.value(), dialect, level + 1) + u",\n";
        }
        return out + indentation(level) + u'}';
    }
    }
    return {};
}

QString shellSingleQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return u'\'' + escaped + u'\'';
}

// Inside double quotes, where the key's ${VAR} must expand and nothing else may.
QString shellDoubleQuotedPart(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\' || c == u'$' || c == u'`') {
            out += u'\\';
        }
        out += c;
    }
    return out;
}

struct Header
{
    QString name;
    QString value; // may hold kKeySentinel where the key goes
};

bool holdsKey(const Header &header)
{
    return header.value.contains(kKeySentinel);
}

// Parameters the run did not send because its format has no place for them (RequestBuilder
// leaves them out), so the code leaves them out too and says why.
QStringList unsentParameters(ApiFormat format, const ChatRequest &request)
{
    QStringList names;
    const bool responseFormat = !request.jsonSchema.isEmpty() || request.jsonMode;
    if (format == ApiFormat::OpenAiResponses) {
        if (!request.stop.isEmpty()) {
            names << QStringLiteral("stop");
        }
        if (request.seed) {
            names << QStringLiteral("seed");
        }
    } else if (format == ApiFormat::Anthropic) {
        if (request.seed) {
            names << QStringLiteral("seed");
        }
        if (responseFormat) {
            names << QStringLiteral("response format");
        }
    }
    return names;
}

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(RunCodeExport)

public:
    Writer(const ProviderConfig &provider, const ChatRequest &request)
        : m_provider(provider)
        , m_request(request)
        , m_variable(RunCodeExport::keyVariable(provider))
    {
        ProviderConfig keyless = provider;
        keyless.apiKey = m_variable.isEmpty() ? QString() : kKeySentinel;
        const HttpRequestSpec spec = buildStreamingRequest(keyless, request);
        m_url = spec.url.toString(QUrl::FullyEncoded);
        m_body = QJsonDocument::fromJson(spec.body).object();
        for (const auto &[name, value] : spec.headers) {
            // The User-Agent names the app, which this code is not.
            if (name.compare("User-Agent", Qt::CaseInsensitive) == 0) {
                continue;
            }
            m_headers.append({QString::fromUtf8(name), QString::fromUtf8(value)});
        }
        for (const auto &[name, value] : provider.extraHeaders) {
            m_extraHeaders.append({QString::fromUtf8(name), QString::fromUtf8(value)});
        }
    }

    Result<QString> write(CodeLanguage language) const
    {
        if (m_request.model.trimmed().isEmpty()) {
            return Result<QString>::failure(tr("The run names no model, so there is no code "
                                               "to export for provider \"%1\".")
                                                .arg(m_provider.id));
        }
        static const QRegularExpression variableName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (!m_variable.isEmpty() && !variableName.match(m_variable).hasMatch()) {
            return Result<QString>::failure(
                tr("The API key environment variable \"%1\" of provider \"%2\" is not a name "
                   "a shell or program can read; use letters, digits and underscores.")
                    .arg(m_variable, m_provider.id));
        }
        switch (language) {
        case CodeLanguage::Curl:
            return curl();
        case CodeLanguage::Python:
            return python();
        case CodeLanguage::JavaScript:
            return javaScript();
        }
        return Result<QString>::failure(tr("Unknown code language."));
    }

private:
    QString notes(const QString &commentPrefix) const
    {
        QString out;
        const QStringList unsent = unsentParameters(m_provider.format, m_request);
        if (!unsent.isEmpty()) {
            out += commentPrefix +
                QStringLiteral(" Not sent, as in the run (%1 has no such parameter): %2\n")
                    .arg(ProviderConfig::formatName(m_provider.format), unsent.join(u", "));
        }
        return out;
    }

    QString keyComment(const QString &commentPrefix) const
    {
        if (m_variable.isEmpty()) {
            return {};
        }
        return commentPrefix + QStringLiteral(" Reads the API key from $%1.\n").arg(m_variable);
    }

    Result<QString> curl() const
    {
        QString out = keyComment(u"#"_s) + notes(u"#"_s);
        out += u"curl -sS -N "_s + shellSingleQuoted(m_url) + u" \\\n";
        for (const Header &header : m_headers) {
            const QString line = header.name + u": " + header.value;
            if (holdsKey(header)) {
                QStringList parts = line.split(kKeySentinel);
                for (QString &part : parts) {
                    part = shellDoubleQuotedPart(part);
                }
                out += u"  -H \""_s + parts.join(u"${"_s + m_variable + u'}') + u"\" \\\n";
            } else {
                out += u"  -H "_s + shellSingleQuoted(line) + u" \\\n";
            }
        }
        // A quoted delimiter: the shell expands nothing in the body. Indented JSON never has a
        // line that is just the delimiter (strings cannot hold a raw newline).
        out += u"  --data-binary @- <<'JSON'\n"_s;
        out += QString::fromUtf8(QJsonDocument(m_body).toJson(QJsonDocument::Indented));
        out += u"JSON\n"_s;
        return out;
    }

    // The header value as an expression of `dialect`: the key comes from the environment.
    QString headerValue(const Header &header, Dialect dialect) const
    {
        if (!holdsKey(header)) {
            return quoted(header.value);
        }
        const QString key =
            dialect == Dialect::Python ? pythonKey() : QString(u"process.env."_s + m_variable);
        QStringList parts;
        const QStringList pieces = header.value.split(kKeySentinel);
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (i > 0) {
                parts << key;
            }
            if (!pieces[i].isEmpty()) {
                parts << quoted(pieces[i]);
            }
        }
        return parts.join(u" + "_s);
    }

    // `headers` as a dict / object literal at `level`; empty when there are none.
    QString headersLiteral(const QList<Header> &headers, Dialect dialect, int level) const
    {
        if (headers.isEmpty()) {
            return {};
        }
        QString out = QStringLiteral("{\n");
        for (const Header &header : headers) {
            out += indentation(level + 1) + quoted(header.name) + u": " +
                headerValue(header, dialect) + u",\n";
        }
        return out + indentation(level) + u'}';
    }

    QString pythonKey() const { return u"os.environ["_s + quoted(m_variable) + u']'; }

    QString baseUrl() const { return m_provider.baseUrl.toString(QUrl::FullyEncoded); }

    // The body's members as keyword arguments, model first.
    static Result<QString> kwargs(const QJsonObject &object, int level, const QString &parameterOf)
    {
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        QStringList keys = object.keys();
        if (keys.removeOne(u"model"_s)) {
            keys.prepend(u"model"_s);
        }
        QString out;
        for (const QString &key : keys) {
            if (!identifier.match(key).hasMatch()) {
                return Result<QString>::failure(
                    tr("The parameter \"%1\" cannot be written as a Python argument of %2.")
                        .arg(key, parameterOf));
            }
            out += indentation(level) + key + u'=' +
                literal(object.value(key), Dialect::Python, level) + u",\n";
        }
        return out;
    }

    Result<QString> python() const
    {
        QString out = keyComment(u"#"_s) + notes(u"#"_s);
        QJsonObject body = m_body;
        switch (m_provider.format) {
        case ApiFormat::OpenAiChat:
        case ApiFormat::OpenAiResponses: {
            const bool chat = m_provider.format == ApiFormat::OpenAiChat;
            const Result<QString> arguments =
                kwargs(body, 1, chat ? u"chat.completions.create"_s : u"responses.create"_s);
            if (!arguments) {
                return arguments;
            }
            out += u"# pip install openai\nimport os\n\nfrom openai import OpenAI\n\n"
                   u"client = OpenAI(\n"_s;
            out += u"    base_url="_s + quoted(baseUrl()) + u",\n";
            out += u"    api_key="_s + pythonKey() + u",\n";
            if (!m_extraHeaders.isEmpty()) {
                out += u"    default_headers="_s +
                    headersLiteral(m_extraHeaders, Dialect::Python, 1) + u",\n";
            }
            out += u")\n\n"_s;
            out += chat ? u"stream = client.chat.completions.create(\n"_s
                        : u"stream = client.responses.create(\n"_s;
            out += arguments.value() + u")\n";
            if (chat) {
                out += u"for chunk in stream:\n"
                       u"    if chunk.choices and chunk.choices[0].delta.content:\n"
                       u"        print(chunk.choices[0].delta.content, end=\"\", flush=True)\n"_s;
            } else {
                out += u"for event in stream:\n"
                       u"    if event.type == \"response.output_text.delta\":\n"
                       u"        print(event.delta, end=\"\", flush=True)\n"_s;
            }
            out += u"print()\n"_s;
            return out;
        }
        case ApiFormat::Anthropic: {
            body.remove(u"stream"_s); // messages.stream() streams by itself
            const Result<QString> arguments = kwargs(body, 1, u"messages.stream"_s);
            if (!arguments) {
                return arguments;
            }
            out += u"# pip install anthropic\nimport os\n\nimport anthropic\n\n"
                   u"client = anthropic.Anthropic(\n"_s;
            out += u"    base_url="_s + quoted(baseUrl()) + u",\n";
            out += u"    api_key="_s + pythonKey() + u",\n";
            if (!m_extraHeaders.isEmpty()) {
                out += u"    default_headers="_s +
                    headersLiteral(m_extraHeaders, Dialect::Python, 1) + u",\n";
            }
            out += u")\n\nwith client.messages.stream(\n"_s + arguments.value() +
                u") as stream:\n"
                u"    for text in stream.text_stream:\n"
                u"        print(text, end=\"\", flush=True)\n"
                u"print()\n";
            return out;
        }
        case ApiFormat::Gemini:
            return geminiPython(out);
        case ApiFormat::Ollama: {
            const Result<QString> arguments = kwargs(body, 1, u"chat"_s);
            if (!arguments) {
                return arguments;
            }
            out += u"# pip install ollama  (the official Ollama Python library)\n"_s;
            if (!m_variable.isEmpty()) {
                out += u"import os\n\n"_s;
            }
            out += u"from ollama import Client\n\nclient = Client(\n"_s;
            out += u"    host="_s + quoted(baseUrl()) + u",\n";
            const QList<Header> headers = ollamaHeaders();
            if (!headers.isEmpty()) {
                out += u"    headers="_s + headersLiteral(headers, Dialect::Python, 1) + u",\n";
            }
            out += u")\n\nfor chunk in client.chat(\n"_s + arguments.value() +
                u"):\n"
                u"    print(chunk[\"message\"][\"content\"], end=\"\", flush=True)\n"
                u"print()\n";
            return out;
        }
        }
        return Result<QString>::failure(tr("Unknown API format."));
    }

    // Ollama's libraries take every header, the key's included, as one map.
    QList<Header> ollamaHeaders() const
    {
        QList<Header> headers;
        for (const Header &header : m_headers) {
            if (holdsKey(header)) {
                headers.append(header);
            }
        }
        return headers + m_extraHeaders;
    }

    Result<QString> geminiPython(QString out) const
    {
        // google-genai spells generationConfig's members in snake_case.
        static const QList<QPair<QString, QString>> configNames {
            {u"temperature"_s, u"temperature"_s},
            {u"topP"_s, u"top_p"_s},
            {u"maxOutputTokens"_s, u"max_output_tokens"_s},
            {u"stopSequences"_s, u"stop_sequences"_s},
            {u"seed"_s, u"seed"_s},
            {u"responseMimeType"_s, u"response_mime_type"_s},
            {u"responseJsonSchema"_s, u"response_json_schema"_s}};
        QJsonObject config;
        if (m_body.contains(u"systemInstruction"_s)) {
            config.insert(u"system_instruction"_s, m_body.value(u"systemInstruction"_s));
        }
        const QJsonObject generation = m_body.value(u"generationConfig"_s).toObject();
        for (auto it = generation.begin(); it != generation.end(); ++it) {
            auto found = std::find_if(configNames.begin(), configNames.end(),
                                      [&](const auto &names) { return names.first == it.key(); });
            if (found == configNames.end()) {
                return Result<QString>::failure(
                    tr("The Gemini parameter \"%1\" has no argument in google-genai's "
                       "GenerateContentConfig that this export knows.")
                        .arg(it.key()));
            }
            config.insert(found->second, it.value());
        }
        for (const QString &key : m_body.keys()) {
            if (key != u"contents" && key != u"systemInstruction" && key != u"generationConfig") {
                return Result<QString>::failure(
                    tr("The Gemini request member \"%1\" has no argument in google-genai's "
                       "generate_content_stream that this export knows.")
                        .arg(key));
            }
        }
        out += u"# pip install google-genai\nimport os\n\nfrom google import genai\n"
               u"from google.genai import types\n\nclient = genai.Client(\n"_s;
        out += u"    api_key="_s + pythonKey() + u",\n";
        out += u"    http_options=types.HttpOptions(\n        base_url="_s + quoted(baseUrl()) +
            u",\n";
        if (!m_extraHeaders.isEmpty()) {
            out +=
                u"        headers="_s + headersLiteral(m_extraHeaders, Dialect::Python, 2) + u",\n";
        }
        out += u"    ),\n)\n\nfor chunk in client.models.generate_content_stream(\n"_s;
        out += u"    model="_s + quoted(m_request.model) + u",\n";
        out +=
            u"    contents="_s + literal(m_body.value(u"contents"_s), Dialect::Python, 1) + u",\n";
        if (!config.isEmpty()) {
            const Result<QString> arguments = kwargs(config, 2, u"GenerateContentConfig"_s);
            if (!arguments) {
                return arguments;
            }
            out += u"    config=types.GenerateContentConfig(\n"_s + arguments.value() + u"    ),\n";
        }
        out += u"):\n    print(chunk.text or \"\", end=\"\", flush=True)\nprint()\n"_s;
        return out;
    }

    QString javaScriptClient(const QString &constructor, const QString &baseUrlName,
                             const QString &headersName) const
    {
        QString out = u"const client = new "_s + constructor + u"({\n";
        out += u"    "_s + baseUrlName + u": " + quoted(baseUrl()) + u",\n";
        out += u"    apiKey: process.env."_s + m_variable + u",\n";
        if (!m_extraHeaders.isEmpty()) {
            out += u"    "_s + headersName + u": " +
                headersLiteral(m_extraHeaders, Dialect::JavaScript, 1) + u",\n";
        }
        return out + u"});\n\n";
    }

    Result<QString> javaScript() const
    {
        QString out = u"// Save as run.mjs and run with node (an ES module: top-level await).\n"_s +
            keyComment(u"//"_s) + notes(u"//"_s);
        QJsonObject body = m_body;
        switch (m_provider.format) {
        case ApiFormat::OpenAiChat:
        case ApiFormat::OpenAiResponses: {
            const bool chat = m_provider.format == ApiFormat::OpenAiChat;
            out += u"// npm install openai\nimport OpenAI from \"openai\";\n\n"_s;
            out += javaScriptClient(u"OpenAI"_s, u"baseURL"_s, u"defaultHeaders"_s);
            out += chat ? u"const stream = await client.chat.completions.create("_s
                        : u"const stream = await client.responses.create("_s;
            out += literal(body, Dialect::JavaScript, 0) + u");\n";
            if (chat) {
                out += u"for await (const chunk of stream) {\n"
                       u"    process.stdout.write(chunk.choices[0]?.delta?.content ?? \"\");\n"
                       u"}\n"_s;
            } else {
                out += u"for await (const event of stream) {\n"
                       u"    if (event.type === \"response.output_text.delta\") {\n"
                       u"        process.stdout.write(event.delta);\n"
                       u"    }\n"
                       u"}\n"_s;
            }
            break;
        }
        case ApiFormat::Anthropic:
            body.remove(u"stream"_s); // messages.stream() streams by itself
            out += u"// npm install @anthropic-ai/sdk\nimport Anthropic from \"@anthropic-ai/sdk\";"
                   u"\n\n"_s;
            out += javaScriptClient(u"Anthropic"_s, u"baseURL"_s, u"defaultHeaders"_s);
            out += u"const stream = client.messages.stream("_s +
                literal(body, Dialect::JavaScript, 0) +
                u");\n"
                u"stream.on(\"text\", (text) => process.stdout.write(text));\n"
                u"await stream.finalMessage();\n";
            break;
        case ApiFormat::Gemini: {
            QJsonObject config = m_body.value(u"generationConfig"_s).toObject();
            if (m_body.contains(u"systemInstruction"_s)) {
                config.insert(u"systemInstruction"_s, m_body.value(u"systemInstruction"_s));
            }
            QJsonObject parameters {{u"model"_s, m_request.model},
                                    {u"contents"_s, m_body.value(u"contents"_s)}};
            if (!config.isEmpty()) {
                parameters.insert(u"config"_s, config);
            }
            out += u"// npm install @google/genai\nimport { GoogleGenAI } from \"@google/genai\";"
                   u"\n\nconst client = new GoogleGenAI({\n"_s;
            out += u"    apiKey: process.env."_s + m_variable + u",\n";
            out += u"    httpOptions: {\n        baseUrl: "_s + quoted(baseUrl()) + u",\n";
            if (!m_extraHeaders.isEmpty()) {
                out += u"        headers: "_s +
                    headersLiteral(m_extraHeaders, Dialect::JavaScript, 2) + u",\n";
            }
            out += u"    },\n});\n\nconst stream = await client.models.generateContentStream("_s +
                literal(parameters, Dialect::JavaScript, 0) +
                u");\n"
                u"for await (const chunk of stream) {\n"
                u"    process.stdout.write(chunk.text ?? \"\");\n"
                u"}\n";
            break;
        }
        case ApiFormat::Ollama: {
            out += u"// npm install ollama\nimport { Ollama } from \"ollama\";\n\n"
                   u"const client = new Ollama({\n"_s;
            out += u"    host: "_s + quoted(baseUrl()) + u",\n";
            const QList<Header> headers = ollamaHeaders();
            if (!headers.isEmpty()) {
                out +=
                    u"    headers: "_s + headersLiteral(headers, Dialect::JavaScript, 1) + u",\n";
            }
            out += u"});\n\nconst stream = await client.chat("_s +
                literal(body, Dialect::JavaScript, 0) +
                u");\n"
                u"for await (const part of stream) {\n"
                u"    process.stdout.write(part.message.content);\n"
                u"}\n";
            break;
        }
        }
        out += u"process.stdout.write(\"\\n\");\n"_s;
        return out;
    }

    const ProviderConfig &m_provider;
    const ChatRequest &m_request;
    QString m_variable;
    QString m_url;
    QJsonObject m_body;
    QList<Header> m_headers; // as RequestBuilder sends them, the key as kKeySentinel
    QList<Header> m_extraHeaders; // the provider's own, which the SDKs take apart
};

} // namespace

QString RunCodeExport::keyVariable(const ProviderConfig &provider)
{
    if (!provider.apiKeyEnvironmentVariable.trimmed().isEmpty()) {
        return provider.apiKeyEnvironmentVariable.trimmed();
    }
    switch (provider.format) {
    case ApiFormat::OpenAiChat:
    case ApiFormat::OpenAiResponses:
        return QStringLiteral("OPENAI_API_KEY");
    case ApiFormat::Anthropic:
        return QStringLiteral("ANTHROPIC_API_KEY");
    case ApiFormat::Gemini:
        return QStringLiteral("GEMINI_API_KEY");
    case ApiFormat::Ollama:
        // Ollama wants a key only behind an authenticating proxy: if the run sent one, so does
        // the code.
        return provider.apiKey.isEmpty() ? QString() : QStringLiteral("OLLAMA_API_KEY");
    }
    return {};
}

Result<QString> RunCodeExport::code(const ProviderConfig &provider, const ChatRequest &request,
                                    CodeLanguage language)
{
    return Writer(provider, request).write(language);
}

} // namespace pwb

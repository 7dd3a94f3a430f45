#include "providers/PriceTable.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cmath>

namespace pwb {

namespace {

qsizetype lineAt(const QByteArray &text, qsizetype offset)
{
    return text.first(qBound<qsizetype>(0, offset, text.size())).count('\n') + 1;
}

// "prices.json line 12", or just the source when the offset is unknown (-1).
QString placeAt(const QString &source, const QByteArray &text, qsizetype offset)
{
    return offset < 0 ? source : PriceTable::tr("%1 line %2").arg(source).arg(lineAt(text, offset));
}

// Where each element of the JSON array opened at or after `from` begins in the text, so that an
// error in the n-th provider entry points at its lines. Only for messages: the document has
// already parsed.
QList<qsizetype> arrayElementOffsets(const QByteArray &text, qsizetype from)
{
    QList<qsizetype> offsets;
    qsizetype i = from < 0 ? -1 : text.indexOf('[', from);
    if (i < 0) {
        return offsets;
    }
    int depth = 0;
    bool inString = false;
    bool expectElement = false;
    for (; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (depth == 1 && expectElement && !QChar::isSpace(uchar(c)) && c != ']') {
            offsets << i;
            expectElement = false;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            expectElement = ++depth == 1;
        } else if (c == ']' || c == '}') {
            if (--depth == 0) {
                break;
            }
        } else if (c == ',' && depth == 1) {
            expectElement = true;
        }
    }
    return offsets;
}

// A rate: a number of US dollars per million tokens.
std::optional<double> rate(const QJsonObject &object, const char *key, bool required,
                           QString &error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() && !required) {
        return std::nullopt;
    }
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0) {
        error = PriceTable::tr("%1 must be a number of at least 0 (US dollars per million tokens)")
                    .arg(QLatin1String(key));
        return std::nullopt;
    }
    return value.toDouble();
}

bool readRates(const QJsonObject &object, PriceTable::Rates &rates, QString &error)
{
    const std::optional<double> input = rate(object, "input", true, error);
    const std::optional<double> output = rate(object, "output", true, error);
    const std::optional<double> cached = rate(object, "cached_input", false, error);
    if (!error.isEmpty()) {
        return false;
    }
    rates = {*input, *output, cached};
    return true;
}

std::optional<PriceTable::Price> readPrice(const QJsonValue &value, QString &error)
{
    PriceTable::Price price;
    if (!value.isObject()) {
        error = PriceTable::tr("a price must be an object with input and output");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    if (!readRates(object, price.rates, error)) {
        return std::nullopt;
    }
    if (const QJsonValue longContext = object.value(QLatin1String("long_context"));
        !longContext.isUndefined()) {
        const QJsonObject tier = longContext.toObject();
        const double above = tier.value(QLatin1String("above_input_tokens")).toDouble(-1);
        if (above <= 0 || std::floor(above) != above) {
            error =
                PriceTable::tr("long_context.above_input_tokens must be a whole number above 0");
            return std::nullopt;
        }
        if (!readRates(tier, price.longContextRates, error)) {
            error = QStringLiteral("long_context.") + error;
            return std::nullopt;
        }
        price.longContextAbove = qint64(above);
    }
    return price;
}

// What may follow a table key in a model id and still be that model: a date or version
// (-20250929, -2024-07-18, -09-2025, -001), optionally after -latest, -preview or -exp.
bool isVersionSuffix(QStringView rest)
{
    static const QRegularExpression suffix(QStringLiteral(
        "^(-(latest|preview|exp))?(-(\\d{8}|\\d{4}-\\d{2}-\\d{2}|\\d{2}-\\d{4}|\\d{2}-\\d{2}|"
        "\\d{3,4}))?$"));
    return suffix.matchView(rest).hasMatch();
}

} // namespace

Result<PriceTable> PriceTable::fromJson(const QByteArray &json, const QString &source)
{
    using R = Result<PriceTable>;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return R::failure(
            tr("%1: %2").arg(placeAt(source, json, parseError.offset), parseError.errorString()));
    }
    const QJsonValue providers = document.object().value(QLatin1String("providers"));
    if (!providers.isArray()) {
        return R::failure(tr("%1: \"providers\" must be a list of {\"ids\": […], \"models\": {…}}")
                              .arg(placeAt(source, json, json.indexOf("\"providers\""))));
    }
    PriceTable table;
    table.m_asOf = document.object().value(QLatin1String("as_of")).toString();
    const QJsonArray list = providers.toArray();
    const QList<qsizetype> entryOffsets = arrayElementOffsets(json, json.indexOf("\"providers\""));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const qsizetype entryStart = entryOffsets.value(i, -1);
        const QJsonObject provider = list.at(i).toObject();
        QStringList ids;
        for (const QJsonValue &id : provider.value(QLatin1String("ids")).toArray()) {
            ids << id.toString().trimmed();
        }
        if (ids.isEmpty() || ids.contains(QString())) {
            return R::failure(tr("%1: provider entry %2: \"ids\" must be a list of provider ids")
                                  .arg(placeAt(source, json, entryStart))
                                  .arg(i + 1));
        }
        const QJsonObject models = provider.value(QLatin1String("models")).toObject();
        for (auto it = models.begin(); it != models.end(); ++it) {
            QString error;
            const std::optional<Price> price = readPrice(it.value(), error);
            QStringList keys {it.key().trimmed().toLower()};
            for (const QJsonValue &alias :
                 it.value().toObject().value(QLatin1String("aliases")).toArray()) {
                keys << alias.toString().trimmed().toLower();
            }
            if (price && keys.contains(QString())) {
                error = tr("model ids and aliases must not be empty");
            }
            if (!error.isEmpty()) {
                const QByteArray needle = '"' + it.key().toUtf8() + '"';
                return R::failure(
                    tr("%1: model \"%2\": %3")
                        .arg(placeAt(source, json,
                                     entryStart < 0 ? -1 : json.indexOf(needle, entryStart)),
                             it.key(), error));
            }
            for (const QString &id : std::as_const(ids)) {
                for (const QString &key : std::as_const(keys)) {
                    table.m_prices[id].insert(key, *price);
                }
            }
        }
    }
    return table;
}

QString PriceTable::userFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
        QStringLiteral("/prices.json");
}

PriceTable PriceTable::load(const QString &overridePath, QString *overrideError)
{
    QFile builtIn(QStringLiteral(":/prices.json"));
    [[maybe_unused]] const bool opened = builtIn.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "PriceTable::load", "resources/prices.json is not embedded");
    Result<PriceTable> table = fromJson(builtIn.readAll(), QStringLiteral("prices.json"));
    Q_ASSERT_X(table.ok(), "PriceTable::load", qPrintable(table.error()));
    PriceTable result = table.ok() ? std::move(table).value() : PriceTable();

    if (overridePath.isEmpty() || !QFileInfo::exists(overridePath)) {
        return result;
    }
    QFile file(overridePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (overrideError) {
            *overrideError =
                tr("Cannot read the prices in %1: %2").arg(overridePath, file.errorString());
        }
        return result;
    }
    const Result<PriceTable> user = fromJson(file.readAll(), overridePath);
    if (!user) {
        if (overrideError) {
            *overrideError =
                tr("%1 (none of its prices are used, only the built-in ones)").arg(user.error());
        }
        return result;
    }
    result.merge(user.value());
    return result;
}

void PriceTable::merge(const PriceTable &other)
{
    for (auto provider = other.m_prices.begin(); provider != other.m_prices.end(); ++provider) {
        QHash<QString, Price> &models = m_prices[provider.key()];
        for (auto model = provider->begin(); model != provider->end(); ++model) {
            models.insert(model.key(), model.value());
        }
    }
    if (!other.m_asOf.isEmpty()) {
        m_asOf = other.m_asOf;
    }
}

std::optional<PriceTable::Price> PriceTable::price(const QString &providerId,
                                                   const QString &model) const
{
    const auto models = m_prices.constFind(providerId);
    if (models == m_prices.cend()) {
        return std::nullopt;
    }
    QString id = model.trimmed().toLower();
    if (id.startsWith(QLatin1String("models/"))) { // Gemini's resource names
        id.remove(0, 7);
    }
    if (const auto exact = models->constFind(id); exact != models->cend()) {
        return *exact;
    }
    std::optional<Price> best;
    qsizetype bestLength = 0;
    for (auto it = models->cbegin(); it != models->cend(); ++it) {
        if (it.key().size() > bestLength && id.startsWith(it.key()) &&
            isVersionSuffix(QStringView(id).sliced(it.key().size()))) {
            best = it.value();
            bestLength = it.key().size();
        }
    }
    return best;
}

std::optional<double> PriceTable::costUsd(const QString &providerId, const QString &model,
                                          const Usage &usage) const
{
    const std::optional<Price> found = price(providerId, model);
    if (!found || usage.inputTokens < 0 || usage.outputTokens < 0) {
        return std::nullopt;
    }
    const Rates &rates = found->longContextAbove && usage.inputTokens > *found->longContextAbove
        ? found->longContextRates
        : found->rates;
    // Input counts include the cached tokens (the decoders see to it for every provider).
    const qint64 cached = qBound<qint64>(0, usage.cachedInputTokens, usage.inputTokens);
    const double dollars = double(usage.inputTokens - cached) * rates.input +
        double(cached) * rates.cachedInput.value_or(rates.input) +
        double(usage.outputTokens) * rates.output;
    return dollars / 1'000'000.0;
}

} // namespace pwb

#pragma once

#include "core/Result.h"
#include "streaming/StreamEvent.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace pwb {

// What models cost, in US dollars per million tokens, from resources/prices.json (embedded at
// :/prices.json) with an optional user file of the same shape on top. Prices change: the file
// says when it was checked (asOf) and the user's file corrects or adds entries without a release.
//
// A model id matches its entry exactly or with a date or version suffix, so the dated ids
// providers report find their model: claude-sonnet-4-5-20250929 → claude-sonnet-4-5,
// gpt-4o-mini-2024-07-18 → gpt-4o-mini (the longest match wins), gemini-2.5-flash-preview-09-2025
// → gemini-2.5-flash; a different model of the family (gpt-5.4-pro) does not borrow a price.
class PriceTable
{
    Q_DECLARE_TR_FUNCTIONS(pwb::PriceTable)

public:
    struct Rates
    {
        double input = 0;
        double output = 0; // reasoning tokens are output tokens
        std::optional<double> cachedInput; // prompt-cache reads; the input rate when not given
        bool operator==(const Rates &) const = default;
    };
    struct Price
    {
        Rates rates;
        // Above this many input tokens the whole request costs `longContextRates` (Gemini Pro,
        // Claude Sonnet with a 1M context, GPT-5.4 and later).
        std::optional<qint64> longContextAbove;
        Rates longContextRates;
        bool operator==(const Price &) const = default;
    };

    // The built-in table, then the entries of `overridePath` when it names an existing file. A
    // bad override file is not used (the built-in table stays whole) and `overrideError` says
    // why, naming the file and the line.
    static PriceTable load(const QString &overridePath = {}, QString *overrideError = nullptr);
    // The user's own prices.json, in the app's data folder: the override the app and `pwb` use.
    static QString userFilePath();
    // A table from prices.json text; `source` names it in errors ("prices.json line 12: …").
    static Result<PriceTable> fromJson(const QByteArray &json, const QString &source);

    // `other`'s entries replace or add to this table's.
    void merge(const PriceTable &other);

    std::optional<Price> price(const QString &providerId, const QString &model) const;
    // The cost of one request, cached input tokens at the cached rate; none when the model has no
    // price or the usage lacks its input or output count.
    std::optional<double> costUsd(const QString &providerId, const QString &model,
                                  const Usage &usage) const;

    QString asOf() const { return m_asOf; }
    bool isEmpty() const { return m_prices.isEmpty(); }

private:
    QString m_asOf;
    QHash<QString, QHash<QString, Price>> m_prices; // provider id → model key (lower case) → price
};

} // namespace pwb

#include "secrets/Redaction.h"
#include "streaming/ErrorClassification.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pwb;
using Kind = StreamError::Kind;

Q_DECLARE_METATYPE(pwb::StreamError::Kind)

class ErrorClassificationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("message");

        QTest::newRow("openai 401")
            << 401
            << R"({"error":{"message":"Incorrect API key","type":"invalid_request_error","code":"invalid_api_key"}})"_ba
            << Kind::Auth << u"Incorrect API key"_s;
        QTest::newRow("anthropic 401")
            << 401
            << R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})"_ba
            << Kind::Auth << u"invalid x-api-key"_s;
        QTest::newRow("gemini 403")
            << 403
            << R"({"error":{"code":403,"message":"Permission denied","status":"PERMISSION_DENIED"}})"_ba
            << Kind::Permission << u"Permission denied"_s;
        QTest::newRow("anthropic 400 prompt too long")
            << 400
            << R"({"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 210000 tokens > 200000 maximum"}})"_ba
            << Kind::ContextLength << u"prompt is too long: 210000 tokens > 200000 maximum"_s;
        QTest::newRow("gemini 400 token count")
            << 400
            << R"({"error":{"code":400,"message":"The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).","status":"INVALID_ARGUMENT"}})"_ba
            << Kind::ContextLength << QString();
        QTest::newRow("anthropic 413")
            << 413
            << R"({"type":"error","error":{"type":"request_too_large","message":"Request exceeds the maximum size"}})"_ba
            << Kind::ContextLength << QString();
        QTest::newRow("400 plain")
            << 400
            << R"({"error":{"message":"Unrecognized request argument supplied: foo","type":"invalid_request_error"}})"_ba
            << Kind::BadRequest << QString();
        QTest::newRow("422 vllm") << 422 << R"({"detail":[{"msg":"field required"}]})"_ba
                                  << Kind::BadRequest << QString();
        QTest::newRow("gemini 429 rate")
            << 429
            << R"({"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}})"_ba
            << Kind::RateLimit << QString();
        QTest::newRow("402 deepseek balance")
            << 402 << R"({"error":{"message":"Insufficient Balance","type":"unknown_error"}})"_ba
            << Kind::Quota << u"Insufficient Balance"_s;
        QTest::newRow("anthropic 529")
            << 529
            << R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})"_ba
            << Kind::Overloaded << QString();
        QTest::newRow("502 html") << 502 << "<html>Bad Gateway</html>"_ba << Kind::Server
                                  << QString();
        QTest::newRow("ollama 404") << 404 << R"({"error":"model 'x' not found"})"_ba
                                    << Kind::NotFound << u"model 'x' not found"_s;
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        QFETCH(QString, message);
        const ProviderErrorBody parsed = parseProviderErrorBody(body);
        QCOMPARE(classifyHttpError(status, parsed), kind);
        if (!message.isEmpty()) {
            QCOMPARE(parsed.message, message);
        }
    }

    void streamedErrors()
    {
        QCOMPARE(classifyStreamedError(u"overloaded_error"_s, u"Overloaded"_s), Kind::Overloaded);
        QCOMPARE(classifyStreamedError(u"rate_limit_error"_s, {}), Kind::RateLimit);
        QCOMPARE(classifyStreamedError(u"api_error"_s, {}), Kind::Server);
        QCOMPARE(classifyStreamedError(u"invalid_prompt"_s, u"Invalid prompt: flagged"_s),
                 Kind::Server);
        QCOMPARE(classifyStreamedError({}, u"This model's maximum context length is 8192 tokens"_s),
                 Kind::ContextLength);
        QCOMPARE(classifyStreamedError(u"content_filter"_s, {}), Kind::ContentFilter);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("seconds") << "Retry-After"_ba << "7"_ba << qint64(7000);
        QTest::newRow("fractional seconds") << "retry-after"_ba << "1.5"_ba << qint64(1500);
        QTest::newRow("milliseconds win") << "retry-after-ms"_ba << "250"_ba << qint64(250);
        QTest::newRow("HTTP date")
            << "Retry-After"_ba << "Sat, 21 Nov 2026 12:00:30 GMT"_ba << qint64(30000);
        QTest::newRow("garbage") << "Retry-After"_ba << "soon"_ba << qint64(-1);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const qint64 now =
            QDateTime(QDate(2026, 11, 21), QTime(12, 0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
        const HttpHeaders headers {{name, value},
                                   {"Retry-After", name == "retry-after-ms" ? "99" : value}};
        QCOMPARE(parseRetryAfterMs(headers, now).value_or(-1), expectedMs);
    }

    void rateLimitHeadersAreKept()
    {
        const HttpHeaders headers {{"x-ratelimit-remaining-tokens", "0"},
                                   {"anthropic-ratelimit-requests-reset", "2026-11-21T12:00:30Z"},
                                   {"content-type", "application/json"},
                                   {"retry-after", "3"}};
        QCOMPARE(rateLimitHeaders(headers).size(), 3);
    }

    void redaction()
    {
        const QList<QPair<QByteArray, QByteArray>> headers {{"Authorization", "Bearer sk-abc"},
                                                            {"x-api-key", "k"},
                                                            {"x-goog-api-key", "g"},
                                                            {"Cookie", "c"},
                                                            {"X-Session-Token", "t"},
                                                            {"Content-Type", "application/json"}};
        const auto redacted = redactHeaders(headers);
        for (qsizetype i = 0; i < 5; ++i) {
            QCOMPARE(redacted.at(i).second, QByteArray(kRedacted));
        }
        QCOMPARE(redacted.at(5).second, "application/json"_ba);
        QCOMPARE(redactSecrets(u"key sk-canary-123456 leaked"_s, {u"sk-canary-123456"_s}),
                 u"key [redacted] leaked"_s);
        QCOMPARE(redactSecrets(u"short abc"_s, {u"abc"_s}),
                 u"short abc"_s); // too short to redact safely
    }
};

QTEST_GUILESS_MAIN(ErrorClassificationTest)
#include "tst_errorclassification.moc"

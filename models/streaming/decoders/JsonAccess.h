#pragma once

#include <QByteArrayView>
#include <QString>

#include <limits>
#include <simdjson.h>
#include <string_view>

namespace pwb::json {

// A read-only, null-safe view of one JSON value, for decoding provider events where any field
// may be absent, null or of another type: asking for what is not there gives an empty Value.
// Backed by simdjson's DOM (measured: Qt's QJsonDocument alone cost more than the whole decode
// budget of the benchmark in tests/bench/bench_sse_throughput.cpp). Valid until the Parser that
// made it parses again.
class Value
{
public:
    Value() = default;
    explicit Value(simdjson::dom::element element)
        : m_element(element)
        , m_valid(true)
    { }

    Value operator[](std::string_view key) const
    {
        simdjson::dom::element child;
        if (!m_valid || m_element.type() != simdjson::dom::element_type::OBJECT ||
            m_element[key].get(child)) {
            return {};
        }
        return Value(child);
    }

    bool exists() const { return m_valid && !m_element.is_null(); }
    bool isObject() const
    {
        return m_valid && m_element.type() == simdjson::dom::element_type::OBJECT;
    }
    bool isString() const
    {
        return m_valid && m_element.type() == simdjson::dom::element_type::STRING;
    }

    std::string_view view() const
    {
        std::string_view text;
        return m_valid && !m_element.get_string().get(text) ? text : std::string_view();
    }
    QString string() const
    {
        const std::string_view text = view();
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    bool is(std::string_view text) const { return isString() && view() == text; }

    // A non-negative integer count, or -1 when absent or not a number.
    qint64 count() const
    {
        if (!m_valid) {
            return -1;
        }
        int64_t integer = 0;
        if (!m_element.get_int64().get(integer)) {
            return integer >= 0 ? integer : -1;
        }
        // Counts sent as 12.0 are accepted; huge, negative or non-finite ones are not (casting
        // 3.9e24 to qint64 is undefined behaviour: found by fuzz_decoders).
        double real = 0;
        constexpr double kLargestExact = 9007199254740992.0; // 2^53
        if (!m_element.get_double().get(real) && real >= 0 && real <= kLargestExact) {
            return qint64(real);
        }
        return -1;
    }
    int toInt(int fallback = 0) const
    {
        const qint64 value = count();
        return value < 0 || value > std::numeric_limits<int>::max() ? fallback : int(value);
    }
    bool boolean() const
    {
        bool value = false;
        return m_valid && !m_element.get_bool().get(value) && value;
    }

    template<typename F>
    void forEach(F &&visit) const
    {
        simdjson::dom::array items;
        if (!m_valid || m_element.get_array().get(items)) {
            return;
        }
        for (simdjson::dom::element item : items) {
            visit(Value(item));
        }
    }
    bool isEmptyArray() const
    {
        simdjson::dom::array items;
        return !m_valid || m_element.get_array().get(items) || items.size() == 0;
    }

    // The value as compact JSON text (tool-call arguments given as objects).
    QString minified() const
    {
        return m_valid ? QString::fromStdString(simdjson::minify(m_element)) : QString();
    }

private:
    simdjson::dom::element m_element;
    bool m_valid = false;
};

// Parses one JSON document at a time, reusing its buffers.
class Parser
{
public:
    // An invalid Value on malformed input; `error` and `offset` then say what and roughly where.
    Value parse(QByteArrayView bytes, QString &error)
    {
        if (bytes.isEmpty()) {
            // simdjson would memcpy from a null pointer (UB; found by fuzz_decoders).
            error = QStringLiteral("empty document");
            return {};
        }
        simdjson::dom::element root;
        const auto code = m_parser.parse(bytes.data(), size_t(bytes.size()), true).get(root);
        if (code) {
            error = QString::fromUtf8(simdjson::error_message(code));
            return {};
        }
        return Value(root);
    }

private:
    simdjson::dom::parser m_parser;
};

} // namespace pwb::json

#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace pwb {

namespace detail {
inline const QString &resultErrorText(const QString &error)
{
    return error;
}
template<typename E>
QString resultErrorText(const E &error)
{
    return error.toString();
}
} // namespace detail

// A value or the reason there is none, for operations that can fail in expected ways (a file
// that is not there, a constraint the user broke). The error is a sentence for the user naming
// what and where. Programmer errors stay Q_ASSERTs; nothing here throws.
// E is QString unless a caller needs more than a sentence (e.g. MustacheError's line and column,
// for underlining); such a type has toString().
template<typename T, typename E = QString>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT: implicit, so `return value;` reads naturally
        : m_value(std::move(value))
    { }
    static Result failure(E error)
    {
        Result result;
        result.m_error = std::move(error);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Only after checking ok(): the value of a failure does not exist.
    const T &value() const &
    {
        Q_ASSERT_X(ok(), "Result::value", qPrintable(detail::resultErrorText(m_error)));
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT_X(ok(), "Result::value", qPrintable(detail::resultErrorText(m_error)));
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT_X(ok(), "Result::value", qPrintable(detail::resultErrorText(m_error)));
        return std::move(*m_value);
    }
    const T *operator->() const { return &*m_value; }
    const E &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    E m_error;
};

template<typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    static Result failure(E error)
    {
        Result result;
        result.m_error = std::move(error);
        result.m_failed = true;
        return result;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E &error() const { return m_error; }

private:
    E m_error;
    bool m_failed = false;
};

} // namespace pwb

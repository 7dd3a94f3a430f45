#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace pwb {

// A value or the reason there is none, for operations that can fail in expected ways (a file
// that is not there, a constraint the user broke). The error is a sentence for the user naming
// what and where. Programmer errors stay Q_ASSERTs; nothing here throws.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT: implicit, so `return value;` reads naturally
        : m_value(std::move(value))
    { }
    static Result failure(QString error)
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
        Q_ASSERT_X(ok(), "Result::value", qPrintable(m_error));
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT_X(ok(), "Result::value", qPrintable(m_error));
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT_X(ok(), "Result::value", qPrintable(m_error));
        return std::move(*m_value);
    }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    static Result failure(QString error)
    {
        Result result;
        result.m_error = std::move(error);
        result.m_failed = true;
        return result;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace pwb

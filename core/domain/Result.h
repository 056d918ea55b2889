#pragma once
// The one error convention of core and db: a function that can fail returns Result<T> (a value
// or an Error) or Status (nothing or an Error), so a failure cannot be mistaken for an empty
// answer. docs/style.md ("Errors") says who returns what.
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace wcw {

struct Error
{
    // What failed, for a person: the purpose first, then the cause
    // ("reading the record of R53.1 in fy2023: no such table: codes").
    QString what;
    // Where: the file (database, release file, JSON), with line or field when known.
    QString where;

    // "where: what", the form shown to users and written to stderr.
    QString text() const { return where.isEmpty() ? what : where + QStringLiteral(": ") + what; }
};

template <class T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Only when ok().
    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    // Only when !ok().
    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; } // only when !ok()

private:
    std::optional<Error> m_error;
};

// Success or an Error, for functions that return nothing else.
using Status = Result<void>;

} // namespace wcw

#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace sd {

// What went wrong and where, in words a recruiter or an admin can act on.
// `where` names the file, line, column or field when the error came from outside input.
struct Error
{
    enum class Code {
        None,
        InvalidArgument,
        NotFound,
        Conflict,
        Duplicate,
        Io,
        Corrupt,
        TooNew,
        Database,
        Cancelled,
        Unsupported,
        // Team workspaces: the server refused the login, could not be reached, is older than
        // Sourcedesk supports, or the database refused a change the user's team role may not make.
        AuthFailed,
        Unreachable,
        TooOld,
        PermissionDenied,
    };

    Code code = Code::None;
    QString message;
    QString where;

    Error() = default;
    Error(Code c, QString msg, QString at = {}) : code(c), message(std::move(msg)), where(std::move(at)) {}

    // "where: message", or the message alone.
    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

// A value or an Error. Small on purpose: std::expected is C++23.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    // By value, not T&&: `for (x : repo.list().value())` would otherwise iterate a dead temporary.
    T value() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but can fail.
using Status = std::optional<Error>;

} // namespace sd

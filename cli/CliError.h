#pragma once

#include "Error.h"

#include <QString>

#include <utility>
#include <variant>

namespace sd::cli {

// Process exit codes; documented in `sourcedesk-cli --help` and cli/README.md. Never renumber.
enum ExitCode : int
{
    ExitOk = 0,
    ExitPartial = 1,   // some rows or items failed, the rest was done
    ExitUsage = 2,     // bad arguments
    ExitNotFound = 3,  // campaign or candidate not found
    ExitWorkspace = 4, // the workspace cannot be opened or written
    ExitInput = 5,     // an input file (CSV, mapping, body) cannot be read or is malformed
    ExitConflict = 6,  // a duplicate or a conflict was refused
    ExitRemote = 7,    // SmartRecruiters: not connected, refused, unreachable; or the keychain failed
    ExitCancelled = 130,
};

// An error as the user sees it: an exit code, a stable machine name for --json, the message and
// where it happened (a file:line:column, an argument, a workspace path).
struct CliError
{
    int exitCode = ExitUsage;
    QString code;
    QString message;
    QString where;
};

// Where a model error came from decides its exit code: a damaged database is a workspace problem,
// a damaged CSV is an input problem.
enum class ErrorSource
{
    Workspace,
    InputFile,
    Data
};

CliError usageError(const QString &message, const QString &where = {});
CliError notFoundError(const QString &message, const QString &where = {});
CliError conflictError(const QString &message, const QString &where = {});
CliError inputError(const QString &message, const QString &where = {});
CliError fromError(const sd::Error &error, ErrorSource source);

// A value or a CliError: what the argument helpers and resolvers return.
template<typename T> class Expected
{
public:
    Expected(T value)
        : m_data(std::move(value))
    {}
    Expected(CliError error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const CliError &error() const { return std::get<CliError>(m_data); }

private:
    std::variant<T, CliError> m_data;
};

} // namespace sd::cli

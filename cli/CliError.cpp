#include "CliError.h"

namespace sd::cli {

CliError usageError(const QString &message, const QString &where)
{
    return {ExitUsage, QStringLiteral("usage"), message, where};
}

CliError notFoundError(const QString &message, const QString &where)
{
    return {ExitNotFound, QStringLiteral("not_found"), message, where};
}

CliError conflictError(const QString &message, const QString &where)
{
    return {ExitConflict, QStringLiteral("conflict"), message, where};
}

CliError inputError(const QString &message, const QString &where)
{
    return {ExitInput, QStringLiteral("input"), message, where};
}

CliError fromError(const sd::Error &error, ErrorSource source)
{
    using C = sd::Error::Code;
    CliError out{ExitWorkspace, QStringLiteral("workspace"), error.message, error.where};
    if (error.code == C::Cancelled) {
        out.exitCode = ExitCancelled;
        out.code = QStringLiteral("cancelled");
        return out;
    }
    switch (source) {
    case ErrorSource::Workspace:
        out.exitCode = ExitWorkspace;
        switch (error.code) {
        case C::TooNew:
            out.code = QStringLiteral("workspace_too_new");
            break;
        case C::Corrupt:
            out.code = QStringLiteral("workspace_corrupt");
            break;
        case C::NotFound:
            out.code = QStringLiteral("workspace_missing");
            break;
        case C::Io:
            out.code = QStringLiteral("workspace_unreadable");
            break;
        // Team workspaces (PostgreSQL): same exit code, a name a script can tell apart.
        case C::AuthFailed:
            out.code = QStringLiteral("workspace_auth_failed");
            break;
        case C::Unreachable:
            out.code = QStringLiteral("workspace_unreachable");
            break;
        case C::TooOld:
            out.code = QStringLiteral("workspace_server_too_old");
            break;
        case C::PermissionDenied:
            out.code = QStringLiteral("workspace_permission_denied");
            break;
        default:
            out.code = QStringLiteral("workspace");
            break;
        }
        return out;
    case ErrorSource::InputFile:
        out.exitCode = ExitInput;
        out.code = QStringLiteral("input");
        return out;
    case ErrorSource::Data:
        break;
    }
    switch (error.code) {
    case C::InvalidArgument:
        out.exitCode = ExitUsage;
        out.code = QStringLiteral("usage");
        break;
    case C::NotFound:
        out.exitCode = ExitNotFound;
        out.code = QStringLiteral("not_found");
        break;
    case C::Conflict:
        out.exitCode = ExitConflict;
        out.code = QStringLiteral("conflict");
        break;
    case C::Duplicate:
        out.exitCode = ExitConflict;
        out.code = QStringLiteral("duplicate");
        break;
    default:
        // Database, I/O, corruption while working: the workspace cannot be written or read.
        out.exitCode = ExitWorkspace;
        out.code = QStringLiteral("workspace");
        break;
    }
    return out;
}

} // namespace sd::cli

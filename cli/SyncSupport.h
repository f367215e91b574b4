#pragma once
// What the SmartRecruiters sync commands share (SyncCommands, PreviewCommand, OutboxCommands,
// SettingsCommands): the restored connection of the workspace, waiting on the event loop, the
// stable JSON and text shapes of an outbox job, and a few argument helpers.
#include "CliError.h"
#include "Outbox.h"
#include "SyncSettings.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace sd {
class Workspace;
}
namespace sd::integration {
class ConnectionManager;
}
namespace sd::sr {
class ApiClient;
}

namespace sd::cli {

class Context;
class CommandLine;

// Exit 7: not connected, refused, unreachable.
CliError remoteError(const QString &message, const QString &where = QStringLiteral("SmartRecruiters"));

// Runs the event loop until `done` says so, the time is up or `stop` (when given) says so.
// True when `done` holds at the end.
bool waitFor(const std::function<bool()> &done, int timeoutMs, const std::function<bool()> &stop = {});

// The workspace's restored SmartRecruiters connection (the workspace must be open).
class SrSession
{
public:
    SrSession();
    ~SrSession();
    SrSession(const SrSession &) = delete;
    SrSession &operator=(const SrSession &) = delete;

    // nullopt when connected; otherwise the error was reported and its exit code (7) returned.
    // A --sr-api-url that names another host than the connected one is refused (6).
    std::optional<int> open(Context &ctx);
    // Like open(), but a workspace that was never connected is not an error: connected() is false.
    std::optional<int> openIfConnected(Context &ctx);

    bool connected() const;
    sr::ApiClient *client() const;
    integration::ConnectionManager *manager() const { return m_manager.get(); }
    // The connection was lost while working (the grant or the key is gone).
    bool lost() const;
    QString problem() const;

private:
    std::optional<int> restore(Context &ctx, bool required);

    std::unique_ptr<integration::ConnectionManager> m_manager;
};

// The open jobs that matter for a run: those that will still be sent (pending, in flight,
// retrying) and are not held back behind a job of the same candidate that needs attention.
struct OutboxView
{
    int waiting = 0;
    QList<sync::OutboxJob> retrying;
    QList<sync::OutboxJob> attention;
    int heldBack = 0; // waiting behind a job that needs attention
};
// Of the candidates in `only` (all when empty).
Result<OutboxView> outboxView(const Workspace &workspace, const QSet<qint64> &only);

// An outbox job as --json shows it (documented in cli/README.md).
QJsonObject jobJson(const sync::OutboxJob &job);
QJsonObject countsJson(const sync::OutboxCounts &counts);
// "3 pending, 1 needs attention" (only the states that have jobs); "empty" when none.
QString countsText(const sync::OutboxCounts &counts);
// One table row: id, candidate, campaign, kind, state, attempts, updated, problem.
QStringList jobRow(const sync::OutboxJob &job);
QStringList jobHeaders();

// An outbox state from the command line: its key in any case, with or without '_' or '-'
// ("needsAttention", "needs_attention", "NEEDS-ATTENTION").
bool parseJobState(const QString &text, sync::JobState *out);
QStringList jobStateKeys();

// The subcommand of a group that runs without one ('outbox --limit 5', 'tasks'): the first word of
// `args` that is neither an option nor the value of an option in `withValue`, taken out of `args`.
// Empty when there is none.
QString takeGroupSubcommand(QStringList &args, const QStringList &withValue);
// No subcommand and --help in `args`: prints the group's `help` and returns true.
bool printGroupHelp(Context &ctx, const QString &sub, const QStringList &args, const QString &help);

// settings export | import (SettingsTransfer.cpp), dispatched by runSettings.
int runSettingsExport(Context &context, const QStringList &args);
int runSettingsImport(Context &context, const QStringList &args);

// The settings of `user` (and campaign/candidate) or the error to report.
Expected<sync::ResolvedSettings> resolveSettings(Context &ctx, const QString &user, qint64 campaignId = 0,
                                                 qint64 candidateId = 0);

} // namespace sd::cli

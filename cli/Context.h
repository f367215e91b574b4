#pragma once

#include "CliError.h"
#include "OutputFormatter.h"
#include "Types.h"

#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

class QUrl;

namespace sd {
class Workspace;
}
namespace sd::connection {
class SecretStore;
}

namespace sd::cli {

// Qt SQL binds a null QString as NULL, which the NOT NULL text columns refuse; options that were not
// given are null, so text headed for the database goes through this.
QString nonNull(const QString &text);

// What the CLI takes from the process environment; tests pass their own.
struct Environment
{
    QString workspace;        // SOURCEDESK_WORKSPACE
    QString userName;         // the actor recorded for changes
    bool stderrIsTty = false; // progress is shown only on a terminal (or with --progress)
    // Test seam: called after each committed import batch (tests press Ctrl+C here).
    std::function<void()> afterImportBatch;
    // Secrets come from stdin or the environment, never from arguments; tests give their own.
    std::function<QByteArray()> readStdin;
    std::function<QString(const QString &)> variable;
    // Opens the OAuth consent page (xdg-open where there is a desktop); tests sign in instead.
    std::function<void(const QUrl &)> openBrowser;
    // Where secrets go: the system keychain when null; tests give an in-memory store (not owned).
    connection::SecretStore *secretStore = nullptr;

    static Environment fromSystem();
};

// State shared by the commands of one run: output, the workspace (opened on first use) and
// the helpers that turn a campaign name or a candidate id into a record or a clear error.
class Context
{
public:
    enum class Access
    {
        Read,
        Write
    };

    Context(QTextStream &out, QTextStream &err, Environment env);
    ~Context();
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    OutputFormatter &output() { return m_output; }
    const Environment &environment() const { return m_env; }

    void setWorkspaceOverride(const QString &path) { m_workspaceOverride = path; }
    // --sr-api-url / --sr-web-url: another SmartRecruiters host (the sandbox, a test host).
    void setSrHosts(const QString &api, const QString &web)
    {
        m_srApiUrl = api;
        m_srWebUrl = web;
    }
    QString srApiUrl() const { return m_srApiUrl; }
    QString srWebUrl() const { return m_srWebUrl; }
    connection::SecretStore *secretStore();
    // --workspace, then SOURCEDESK_WORKSPACE, then Workspace::defaultPath().
    QString workspacePath() const;
    QString actor() const;

    // Opens the workspace once. A read-only command does not create a workspace at a path the user
    // named (a typo would otherwise give an empty list); the default workspace is created on first use.
    // On failure the error is reported and its exit code returned.
    std::optional<int> openWorkspace(Access access);
    Workspace &workspace() { return *m_workspace; }
    std::shared_ptr<Workspace> sharedWorkspace() const { return m_workspace; }

    // Reports the error and returns its exit code.
    int fail(const CliError &error);
    // A team workspace's password from the keychain, or empty (libpq then uses PGPASSWORD, ~/.pgpass).
    QString teamPassword(const QString &location);

    // A campaign by exact name (case-insensitive) or by id.
    Expected<Campaign> resolveCampaign(const QString &nameOrId, const QString &argument);
    Expected<Candidate> candidate(qint64 id);

private:
    OutputFormatter m_output;
    Environment m_env;
    QString m_workspaceOverride;
    std::shared_ptr<Workspace> m_workspace;
    QString m_srApiUrl;
    QString m_srWebUrl;
    std::unique_ptr<connection::SecretStore> m_secretStore;
};

} // namespace sd::cli

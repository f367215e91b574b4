#include "Context.h"

#include "SyncEvents.h"

#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "OutreachSupport.h"
#include "TeamServer.h"
#include "Tr.h"
#include "Workspace.h"

#include "KeychainSecretStore.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif

namespace sd::cli {

QString nonNull(const QString &text)
{
    // fromUtf8 of an empty, non-null view gives an empty, non-null string.
    return text.isNull() ? QString::fromUtf8("") : text;
}

Environment Environment::fromSystem()
{
    Environment env;
    env.workspace = qEnvironmentVariable("SOURCEDESK_WORKSPACE");
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        env.userName = qEnvironmentVariable(name).trimmed();
        if (!env.userName.isEmpty())
            break;
    }
#ifndef Q_OS_WIN
    if (env.userName.isEmpty()) {
        if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
            env.userName = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
#ifdef Q_OS_WIN
    env.stderrIsTty = _isatty(_fileno(stderr)) != 0;
#else
    env.stderrIsTty = isatty(fileno(stderr)) != 0;
#endif
    env.readStdin = [] {
        QFile in;
        return in.open(stdin, QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    };
    env.variable = [](const QString &name) { return qEnvironmentVariable(name.toLocal8Bit().constData()); };
    env.openBrowser = [](const QUrl &url) {
        const QString opener = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
        if (!opener.isEmpty() && (qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")))
            QProcess::startDetached(opener, {url.toString(QUrl::FullyEncoded)});
    };
    return env;
}

Context::Context(QTextStream &out, QTextStream &err, Environment env)
    : m_output(out, err)
    , m_env(std::move(env))
{}

Context::~Context() = default;

connection::SecretStore *Context::secretStore()
{
    if (m_env.secretStore)
        return m_env.secretStore;
    if (!m_secretStore)
        m_secretStore = std::make_unique<connection::KeychainSecretStore>();
    return m_secretStore.get();
}

QString Context::workspacePath() const
{
    if (!m_workspaceOverride.isEmpty())
        return m_workspaceOverride;
    if (!m_env.workspace.isEmpty())
        return m_env.workspace;
    return Workspace::defaultPath();
}

QString Context::actor() const
{
    return m_env.userName.isEmpty() ? Tr::tr("unknown user") : m_env.userName;
}

std::optional<int> Context::openWorkspace(Access access)
{
    if (m_workspace)
        return std::nullopt;
    const QString path = workspacePath();
    const bool team = TeamServer::isLocation(path);
    const bool named = !m_workspaceOverride.isEmpty() || !m_env.workspace.isEmpty();
    if (!team && access == Access::Read && named && !QFileInfo::exists(path)) {
        return fail({ExitWorkspace, QStringLiteral("workspace_missing"),
                     Tr::tr("The workspace file does not exist; check --workspace or SOURCEDESK_WORKSPACE "
                            "(commands that change data create a new workspace)."),
                     path});
    }
    Workspace::Options options;
    if (team)
        options.password = teamPassword(path);
    auto opened = Workspace::open(path, options);
    if (!opened.ok()) {
        CliError e = fromError(opened.error(), ErrorSource::Workspace);
        if (e.where.isEmpty())
            e.where = team ? TeamServer::withoutPassword(path) : path;
        if (opened.error().code == sd::Error::Code::AuthFailed) {
            e.message += u' ' + Tr::tr("Store the password with 'sourcedesk-cli team connect' (it reads it from "
                                       "stdin), or give it through PGPASSWORD or ~/.pgpass.");
        }
        return fail(e);
    }
    m_workspace = opened.value();
    // Every change queues what it owes SmartRecruiters in its own transaction.
    m_workspace->setEvents(std::make_shared<sync::SyncEvents>(*m_workspace, QStringLiteral("cli")));
    return std::nullopt;
}

QString Context::teamPassword(const QString &location)
{
    const auto server = TeamServer::parse(location);
    if (!server)
        return {}; // Workspace::open says what is wrong with the location
    // The keychain entry the app or 'team connect' stored; without one (or without a keychain on
    // this computer) libpq reads PGPASSWORD and ~/.pgpass itself.
    const connection::SecretStore::Result stored = keychainRead(*this, server->keychainKey(), 10000);
    return stored.ok() ? stored.value : QString();
}

int Context::fail(const CliError &error)
{
    m_output.printError(error);
    return error.exitCode;
}

Expected<Campaign> Context::resolveCampaign(const QString &nameOrId, const QString &argument)
{
    const QString text = nameOrId.trimmed();
    if (text.isEmpty())
        return usageError(Tr::tr("%1 needs a campaign name or id.").arg(argument), argument);
    CampaignRepository campaigns(*m_workspace);
    auto byName = campaigns.findByName(text);
    if (!byName.ok())
        return fromError(byName.error(), ErrorSource::Data);
    if (byName.value())
        return *byName.value();
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        auto byId = campaigns.get(id);
        if (byId.ok())
            return byId.value();
        if (byId.error().code != sd::Error::Code::NotFound)
            return fromError(byId.error(), ErrorSource::Data);
    }
    return notFoundError(
        Tr::tr("No campaign is named or numbered '%1'; 'sourcedesk-cli campaigns list --all' "
               "shows them.")
            .arg(text),
        argument);
}

Expected<Candidate> Context::candidate(qint64 id)
{
    CandidateRepository candidates(*m_workspace);
    auto c = candidates.get(id);
    if (!c.ok()) {
        if (c.error().code == sd::Error::Code::NotFound)
            return notFoundError(Tr::tr("Candidate %1 does not exist.").arg(id), QString::number(id));
        return fromError(c.error(), ErrorSource::Data);
    }
    return c.value();
}

} // namespace sd::cli

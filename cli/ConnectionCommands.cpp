// connect | whoami | scopes | jobs | disconnect: the SmartRecruiters connection of the workspace.
// Secrets never come from an argument (they would end up in shell history and `ps`): an API key or
// a client secret is read from stdin or from an environment variable.
#include "CommandLine.h"
#include "Commands.h"
#include "ConnectionManager.h"
#include "Context.h"
#include "Jobs.h"
#include "LoopbackReceiver.h"
#include "Tr.h"
#include "Users.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace sd::cli {

namespace {

using integration::ConnectionManager;
using State = ConnectionManager::State;

CliError remoteError(const QString &message, const QString &where = QStringLiteral("SmartRecruiters"))
{
    return {ExitRemote, QStringLiteral("remote"), message, where};
}

// Runs the event loop until `done` says so or the time is up. False on timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(20);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() > timeoutMs)
            loop.quit();
    });
    tick.start();
    if (!done())
        loop.exec();
    return done();
}

// --sr-api-url/--sr-web-url after the command name, as well as before it.
void addHostOptions(CommandLine &cl)
{
    cl.addOption(QCommandLineOption(QStringLiteral("sr-api-url"), Tr::tr("The SmartRecruiters API host."), Tr::tr("URL")));
    cl.addOption(QCommandLineOption(QStringLiteral("sr-web-url"), Tr::tr("The SmartRecruiters sign-in host."), Tr::tr("URL")));
}

void applyHostOptions(Context &ctx, const CommandLine &cl)
{
    const QString api = cl.isSet(QStringLiteral("sr-api-url")) ? cl.value(QStringLiteral("sr-api-url")).trimmed() : ctx.srApiUrl();
    const QString web = cl.isSet(QStringLiteral("sr-web-url")) ? cl.value(QStringLiteral("sr-web-url")).trimmed() : ctx.srWebUrl();
    ctx.setSrHosts(api, web);
}

// Parses a command without positional arguments that also takes the host options.
std::optional<int> parseWithHosts(Context &ctx, CommandLine &cl, const QStringList &args)
{
    addHostOptions(cl);
    if (auto rc = cl.parse(args, 0, 0))
        return rc;
    applyHostOptions(ctx, cl);
    return std::nullopt;
}

// The workspace's connection, and its settings with --sr-api-url/--sr-web-url applied (saved by
// the command that connects, together with the method and client).
struct Connection
{
    std::unique_ptr<ConnectionManager> manager;
    integration::ConnectionSettings wanted;
    bool hostsChanged = false;
};

std::optional<int> openConnection(Context &ctx, Connection &c, Context::Access access)
{
    if (auto rc = ctx.openWorkspace(access))
        return rc;
    c.manager = std::make_unique<ConnectionManager>(ctx.sharedWorkspace(), ctx.secretStore());
    c.wanted = c.manager->settings();
    const auto apply = [&](const QString &text, QUrl &target, const QString &option) -> std::optional<int> {
        if (text.isEmpty())
            return std::nullopt;
        const QUrl url(text, QUrl::StrictMode);
        if (const QString p = sr::Hosts::problemWith(url); !p.isEmpty())
            return ctx.fail(usageError(p, option));
        if (url != target) {
            target = url;
            c.hostsChanged = true;
        }
        return std::nullopt;
    };
    if (auto rc = apply(ctx.srApiUrl(), c.wanted.hosts.api, QStringLiteral("--sr-api-url")))
        return rc;
    if (auto rc = apply(ctx.srWebUrl(), c.wanted.hosts.web, QStringLiteral("--sr-web-url")))
        return rc;
    if (!ctx.srApiUrl().isEmpty() && ctx.srWebUrl().isEmpty() && c.wanted.hosts.api != sr::Hosts::production().api &&
        c.wanted.hosts.web != c.wanted.hosts.api) {
        c.wanted.hosts.web = c.wanted.hosts.api; // one host for everything, as the sandbox serves it
        c.hostsChanged = true;
    }
    if (c.hostsChanged && c.manager->settings().isConnected())
        return ctx.fail(conflictError(Tr::tr("The workspace is connected to %1; run 'sourcedesk-cli disconnect' before "
                                             "using another host.")
                                          .arg(c.manager->settings().hosts.apiKey()),
                                      QStringLiteral("--sr-api-url")));
    return std::nullopt;
}

// Restores the saved connection; fails with a clear message when there is none.
std::optional<int> restoreConnection(Context &ctx, Connection &c)
{
    if (auto rc = openConnection(ctx, c, Context::Access::Read))
        return rc;
    if (!c.manager->settings().isConnected())
        return ctx.fail(remoteError(Tr::tr("Not connected to SmartRecruiters. Run 'sourcedesk-cli connect' first.")));
    c.manager->restore();
    waitUntil([&] { return c.manager->state() != State::Restoring; }, 30000);
    if (c.manager->state() != State::Connected)
        return ctx.fail(remoteError(c.manager->problem().isEmpty() ? Tr::tr("The connection could not be restored.")
                                                                    : c.manager->problem()));
    return std::nullopt;
}

QString environmentVariable(const Context &ctx, const QString &name)
{
    const auto &lookup = ctx.environment().variable;
    return lookup ? lookup(name) : qEnvironmentVariable(name.toLocal8Bit().constData());
}

QString readSecret(Context &ctx, const CommandLine &cl, const QString &stdinOption, const QString &envOption,
                   const QString &defaultEnv, CliError *error)
{
    if (cl.isSet(stdinOption)) {
        const auto &readStdin = ctx.environment().readStdin;
        const QString text = readStdin ? QString::fromUtf8(readStdin()).trimmed() : QString();
        if (text.isEmpty())
            *error = usageError(Tr::tr("Nothing was read from stdin."), QStringLiteral("--") + stdinOption);
        return text;
    }
    const QString variable = cl.isSet(envOption) ? cl.value(envOption) : defaultEnv;
    const QString text = environmentVariable(ctx, variable).trimmed();
    if (text.isEmpty())
        *error = usageError(Tr::tr("The environment variable %1 is empty or not set.").arg(variable),
                            QStringLiteral("--") + envOption);
    return text;
}

void printConnected(Context &ctx, const ConnectionManager &m)
{
    const integration::ConnectionSettings s = m.settings();
    OutputFormatter &out = ctx.output();
    QJsonArray missing;
    for (const QString &scope : m.scopeReport().missingRequired())
        missing.append(scope);
    if (out.json()) {
        out.printJson({{QStringLiteral("connected"), true},
                       {QStringLiteral("host"), s.hosts.api.toString()},
                       {QStringLiteral("method"), s.method == integration::AuthMethod::ApiKey ? QStringLiteral("api_key") : QStringLiteral("oauth")},
                       {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), s.accountId},
                                                            {QStringLiteral("name"), s.accountName},
                                                            {QStringLiteral("email"), s.accountEmail}}},
                       {QStringLiteral("company"), s.companyName},
                       {QStringLiteral("grantedScopes"), QJsonArray::fromStringList(s.grantedScopes)},
                       {QStringLiteral("missingScopes"), missing}});
        return;
    }
    out.print(Tr::tr("Connected to %1 as %2 <%3> at %4.").arg(s.hosts.apiKey(), s.accountName, s.accountEmail, s.companyName));
    if (!missing.isEmpty())
        out.print(m.scopeReport().summary());
}

int connectCommand(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("connect"), {},
                   Tr::tr("Connect the workspace to SmartRecruiters with an API key (default) or OAuth. "
                          "Secrets are read from stdin or an environment variable, never from an argument, "
                          "and are kept in the system keychain."));
    cl.addOption(QCommandLineOption(QStringLiteral("api-key-stdin"), Tr::tr("Read the API key from stdin.")));
    cl.addOption(QCommandLineOption(QStringLiteral("api-key-env"),
                                    Tr::tr("Read the API key from this environment variable (default SOURCEDESK_SR_API_KEY)."),
                                    Tr::tr("VAR")));
    cl.addOption(QCommandLineOption(QStringLiteral("oauth"),
                                    Tr::tr("Sign in with OAuth in your browser; the redirect comes back to a listener "
                                           "on this computer, so the redirect URI must be http://127.0.0.1:PORT/… or "
                                           "http://localhost:PORT/…")));
    cl.addOption(QCommandLineOption(QStringLiteral("client-id"), Tr::tr("The OAuth client id."), Tr::tr("ID")));
    cl.addOption(QCommandLineOption(QStringLiteral("redirect-uri"), Tr::tr("The OAuth redirect URI."), Tr::tr("URI")));
    cl.addOption(QCommandLineOption(QStringLiteral("client-secret-stdin"), Tr::tr("Read the OAuth client secret from stdin.")));
    cl.addOption(QCommandLineOption(QStringLiteral("client-secret-env"),
                                    Tr::tr("Read the OAuth client secret from this environment variable (default "
                                           "SOURCEDESK_SR_CLIENT_SECRET; none: reuse the stored one)."),
                                    Tr::tr("VAR")));
    cl.addOption(QCommandLineOption(QStringLiteral("timeout"), Tr::tr("Seconds to wait for the browser sign-in (default 600)."),
                                    Tr::tr("SECONDS")));
    if (auto rc = parseWithHosts(ctx, cl, args))
        return *rc;
    auto timeout = cl.intOption(QStringLiteral("timeout"), 600, 5, 3600);
    if (!timeout)
        return ctx.fail(timeout.error());
    Connection c;
    if (auto rc = openConnection(ctx, c, Context::Access::Write))
        return *rc;
    ConnectionManager &m = *c.manager;
    if (m.settings().isConnected())
        return ctx.fail(conflictError(Tr::tr("Already connected to %1 as %2. Run 'sourcedesk-cli disconnect' first.")
                                          .arg(m.settings().hosts.apiKey(), m.settings().accountName)));
    bool scopesDone = false;
    QObject::connect(&m, &ConnectionManager::scopeCheckFinished, &m, [&] { scopesDone = true; });
    const auto finished = [&] {
        const State s = m.state();
        return (s == State::Connected && scopesDone) || s == State::Disconnected || s == State::ReconnectNeeded;
    };

    if (!cl.isSet(QStringLiteral("oauth"))) {
        CliError error;
        const QString key = readSecret(ctx, cl, QStringLiteral("api-key-stdin"), QStringLiteral("api-key-env"),
                                       QStringLiteral("SOURCEDESK_SR_API_KEY"), &error);
        if (key.isEmpty())
            return ctx.fail(error);
        integration::ConnectionSettings s = c.wanted;
        s.method = integration::AuthMethod::ApiKey;
        QString problem;
        if (!m.setSettings(s, &problem))
            return ctx.fail(usageError(problem));
        m.connectWithApiKey(key);
        waitUntil(finished, 120000);
    } else {
        integration::ConnectionSettings s = c.wanted;
        s.method = integration::AuthMethod::OAuth;
        if (cl.isSet(QStringLiteral("client-id")))
            s.clientId = cl.value(QStringLiteral("client-id")).trimmed();
        if (cl.isSet(QStringLiteral("redirect-uri")))
            s.redirectUri = cl.value(QStringLiteral("redirect-uri")).trimmed();
        QString problem;
        if (!m.setSettings(s, &problem))
            return ctx.fail(usageError(problem, QStringLiteral("--client-id")));
        QString secret;
        if (cl.isSet(QStringLiteral("client-secret-stdin")) || cl.isSet(QStringLiteral("client-secret-env")) ||
            !environmentVariable(ctx, QStringLiteral("SOURCEDESK_SR_CLIENT_SECRET")).isEmpty()) {
            CliError error;
            secret = readSecret(ctx, cl, QStringLiteral("client-secret-stdin"), QStringLiteral("client-secret-env"),
                                QStringLiteral("SOURCEDESK_SR_CLIENT_SECRET"), &error);
            if (secret.isEmpty())
                return ctx.fail(error);
        }
        connection::LoopbackReceiver receiver;
        QObject::connect(&m, &ConnectionManager::oauthReady, &receiver, [&](connection::OAuthSession *session) {
            QObject::connect(&receiver, &connection::LoopbackReceiver::redirectReceived, session,
                             [session](const QUrl &url) { session->completeLogin(url); });
            if (!receiver.listen(QUrl(m.settings().redirectUri))) {
                m.cancelOAuth(receiver.errorString());
                return;
            }
            const QUrl consent = session->beginLogin();
            if (consent.isEmpty())
                return;
            ctx.output().err() << Tr::tr("Open this address in a browser, sign in to SmartRecruiters and allow "
                                         "Sourcedesk:\n%1\nWaiting for the answer on %2 …\n")
                                      .arg(consent.toString(QUrl::FullyEncoded), receiver.redirectUri().toString());
            ctx.output().err().flush();
            if (ctx.environment().openBrowser)
                ctx.environment().openBrowser(consent);
        });
        m.beginOAuth(secret);
        if (!waitUntil(finished, timeout.value() * 1000) && m.state() == State::SigningIn)
            m.cancelOAuth(Tr::tr("No answer from the browser within %n seconds.", nullptr, timeout.value()));
        waitUntil(finished, 30000);
    }
    if (m.state() != State::Connected)
        return ctx.fail(remoteError(m.problem().isEmpty() ? Tr::tr("Not connected.") : m.problem()));
    printConnected(ctx, m);
    return m.scopeReport().allRequiredGranted() ? ExitOk : ExitPartial;
}

int whoami(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("whoami"), {}, Tr::tr("Who the workspace is connected to SmartRecruiters as (asks SmartRecruiters)."));
    if (auto rc = parseWithHosts(ctx, cl, args))
        return *rc;
    Connection c;
    if (auto rc = restoreConnection(ctx, c))
        return *rc;
    std::optional<sr::Result<sr::User>> me;
    sr::UsersApi(c.manager->client()).me(c.manager.get(), [&](const sr::Result<sr::User> &r) { me = r; });
    waitUntil([&] { return me.has_value(); }, 120000);
    if (!me || !me->ok())
        return ctx.fail(remoteError(me ? me->error.message : Tr::tr("SmartRecruiters did not answer in time.")));
    const integration::ConnectionSettings s = c.manager->settings();
    if (ctx.output().json()) {
        ctx.output().printJson({{QStringLiteral("host"), s.hosts.api.toString()},
                                {QStringLiteral("id"), me->value.id},
                                {QStringLiteral("email"), me->value.email},
                                {QStringLiteral("firstName"), me->value.firstName},
                                {QStringLiteral("lastName"), me->value.lastName},
                                {QStringLiteral("role"), me->value.role},
                                {QStringLiteral("company"), s.companyName}});
        return ExitOk;
    }
    ctx.output().print(Tr::tr("%1 %2 <%3>, %4, at %5 (%6)")
                           .arg(me->value.firstName, me->value.lastName, me->value.email, me->value.role,
                                s.companyName, s.hosts.apiKey()));
    return ExitOk;
}

int scopes(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("scopes"), {},
                   Tr::tr("Check every permission Sourcedesk needs on the connection; exit code 1 when one is missing."));
    if (auto rc = parseWithHosts(ctx, cl, args))
        return *rc;
    Connection c;
    if (auto rc = restoreConnection(ctx, c))
        return *rc;
    std::optional<integration::ScopeReport> report;
    QObject::connect(c.manager.get(), &ConnectionManager::scopeCheckFinished, c.manager.get(),
                     [&](const integration::ScopeReport &r) { report = r; });
    c.manager->testIntegration();
    waitUntil([&] { return report.has_value(); }, 300000);
    if (!report)
        return ctx.fail(remoteError(Tr::tr("SmartRecruiters did not answer in time.")));
    const auto outcome = [](integration::ScopeResult::Outcome o) {
        switch (o) {
        case integration::ScopeResult::Outcome::Granted: return QStringLiteral("granted");
        case integration::ScopeResult::Outcome::Missing: return QStringLiteral("missing");
        case integration::ScopeResult::Outcome::RoleForbids: return QStringLiteral("role_forbids");
        case integration::ScopeResult::Outcome::NotChecked: return QStringLiteral("not_checked");
        case integration::ScopeResult::Outcome::Failed: return QStringLiteral("failed");
        }
        return QString();
    };
    if (ctx.output().json()) {
        QJsonArray rows;
        for (const integration::ScopeResult &r : report->results)
            rows.append(QJsonObject{{QStringLiteral("scope"), r.scope}, {QStringLiteral("state"), outcome(r.outcome)},
                                    {QStringLiteral("required"), r.required}, {QStringLiteral("purpose"), r.purpose},
                                    {QStringLiteral("message"), r.message}});
        ctx.output().printJson({{QStringLiteral("scopes"), rows}, {QStringLiteral("summary"), report->summary()}});
    } else {
        QList<QStringList> rows;
        for (const integration::ScopeResult &r : report->results)
            rows << QStringList{r.scope, outcome(r.outcome), r.required ? r.purpose : Tr::tr("%1 (optional)").arg(r.purpose)};
        ctx.output().printTable({Tr::tr("Scope"), Tr::tr("State"), Tr::tr("Used to")}, rows);
        ctx.output().print(report->summary());
    }
    return report->allRequiredGranted() ? ExitOk : ExitPartial;
}

int jobs(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("jobs"), {}, Tr::tr("Jobs in SmartRecruiters, newest id order, one page."));
    cl.addOption(QCommandLineOption(QStringLiteral("status"),
                                    Tr::tr("Only jobs with this status: CREATED, SOURCING, FILLED, INTERVIEW, OFFER, "
                                           "CANCELLED, ON_HOLD."),
                                    Tr::tr("STATUS")));
    cl.addOption(QCommandLineOption(QStringLiteral("q"), Tr::tr("Words in the job title."), Tr::tr("TEXT")));
    cl.addOption(QCommandLineOption(QStringLiteral("limit"), Tr::tr("At most this many jobs (1–100, default 20)."), Tr::tr("N")));
    if (auto rc = parseWithHosts(ctx, cl, args))
        return *rc;
    // Either case is accepted; SmartRecruiters wants upper case.
    auto status = cl.choiceOption(QStringLiteral("status"),
                                  {QStringLiteral("created"), QStringLiteral("sourcing"), QStringLiteral("filled"),
                                   QStringLiteral("interview"), QStringLiteral("offer"), QStringLiteral("cancelled"),
                                   QStringLiteral("on_hold")},
                                  QString());
    if (!status)
        return ctx.fail(status.error());
    auto limit = cl.intOption(QStringLiteral("limit"), 20, 1, 100);
    if (!limit)
        return ctx.fail(limit.error());
    Connection c;
    if (auto rc = restoreConnection(ctx, c))
        return *rc;
    sr::JobQuery query;
    query.status = status.value().toUpper();
    query.q = cl.value(QStringLiteral("q"));
    query.limit = limit.value();
    std::optional<sr::Result<sr::JobPage>> page;
    sr::JobsApi(c.manager->client()).list(query, c.manager.get(), [&](const sr::Result<sr::JobPage> &r) { page = r; });
    waitUntil([&] { return page.has_value(); }, 120000);
    if (!page || !page->ok())
        return ctx.fail(remoteError(page ? page->error.message : Tr::tr("SmartRecruiters did not answer in time.")));
    if (ctx.output().json()) {
        QJsonArray rows;
        for (const sr::Job &j : page->value.items)
            rows.append(QJsonObject{{QStringLiteral("id"), j.id}, {QStringLiteral("title"), j.title},
                                    {QStringLiteral("status"), j.status}, {QStringLiteral("refNumber"), j.refNumber},
                                    {QStringLiteral("city"), j.city}, {QStringLiteral("updatedOn"), j.updatedOn}});
        ctx.output().printJson({{QStringLiteral("jobs"), rows}, {QStringLiteral("totalFound"), page->value.totalFound}});
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const sr::Job &j : page->value.items)
        rows << QStringList{j.id, j.title, j.status, j.city, j.updatedOn};
    if (rows.isEmpty())
        ctx.output().print(Tr::tr("No jobs match."));
    else
        ctx.output().printTable({Tr::tr("ID"), Tr::tr("Title"), Tr::tr("Status"), Tr::tr("City"), Tr::tr("Updated")}, rows);
    return ExitOk;
}

int disconnectCommand(Context &ctx, const QStringList &args)
{
    CommandLine cl(ctx, QStringLiteral("disconnect"), {},
                   Tr::tr("Disconnect from SmartRecruiters and remove every secret Sourcedesk stored for it."));
    if (auto rc = parseWithHosts(ctx, cl, args))
        return *rc;
    Connection c;
    if (auto rc = openConnection(ctx, c, Context::Access::Write))
        return *rc;
    if (!c.manager->settings().isConnected()) {
        ctx.output().print(Tr::tr("Not connected."));
        return ExitOk;
    }
    std::optional<bool> ok;
    QString problem;
    QObject::connect(c.manager.get(), &ConnectionManager::disconnected, c.manager.get(), [&](bool done, const QString &p) {
        ok = done;
        problem = p;
    });
    c.manager->disconnectAccount();
    waitUntil([&] { return ok.has_value(); }, 30000);
    if (!ok || !*ok)
        return ctx.fail(remoteError(problem.isEmpty() ? Tr::tr("The keychain did not answer.") : problem, QStringLiteral("keychain")));
    ctx.output().print(Tr::tr("Disconnected; the keychain holds nothing of this connection any more."));
    return ExitOk;
}

} // namespace

int runConnect(Context &context, const QStringList &args) { return connectCommand(context, args); }
int runWhoami(Context &context, const QStringList &args) { return whoami(context, args); }
int runScopes(Context &context, const QStringList &args) { return scopes(context, args); }
int runJobs(Context &context, const QStringList &args) { return jobs(context, args); }
int runDisconnect(Context &context, const QStringList &args) { return disconnectCommand(context, args); }

} // namespace sd::cli

#include "CliApp.h"

#include "Commands.h"
#include "Tr.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace sd::cli {

namespace {

using Runner = std::function<int(Context &, const QStringList &)>;

struct CommandEntry
{
    const char *name;
    Runner run;
};

const QList<CommandEntry> &commands()
{
    static const QList<CommandEntry> list = {
        {"import", runImport},
        {"export", runExport},
        {"campaigns", runCampaigns},
        {"candidates", runCandidates},
        {"add-to-campaign", runAddToCampaign},
        {"set-status", runSetStatus},
        {"log-activity", runLogActivity},
        {"connect", runConnect},
        {"whoami", runWhoami},
        {"scopes", runScopes},
        {"jobs", runJobs},
        {"disconnect", runDisconnect},
        {"settings", runSettings},
        {"policy", runPolicy},
        {"sync", runSync},
        {"push", runPush},
        {"preview", runPreview},
        {"outbox", runOutbox},
        {"mailbox", runMailbox},
        {"sequence", runSequence},
        {"outreach", runOutreach},
        {"dnc", runDnc},
        {"tasks", runTasks},
        {"workspace", runWorkspace},
        {"team", runTeam},
    };
    return list;
}

QString version()
{
    const QString v = QCoreApplication::applicationVersion();
    return v.isEmpty() ? QStringLiteral(SOURCEDESK_VERSION) : v;
}

} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err, Environment env)
    : m_out(out)
    , m_err(err)
    , m_env(std::move(env))
{}

QStringList CliApp::commandNames()
{
    QStringList names;
    for (const CommandEntry &c : commands())
        names << QString::fromLatin1(c.name);
    return names;
}

QString CliApp::helpText()
{
    return Tr::
        tr("Usage: sourcedesk-cli [--workspace PATH] [--json] [--sr-api-url URL] <command> [arguments] [options]\n"
           "\n"
           "Sourcedesk from the command line: campaigns, sourced candidates and outreach on a local "
           "workspace.\n"
           "\n"
           "Commands:\n"
           "  import FILE [--campaign NAME|ID] [--mapping FILE.json] [--on-duplicate skip|merge] "
           "[--dry-run]\n"
           "                                 Import candidates from a CSV file.\n"
           "  export FILE|- [--campaign NAME|ID] [--search TEXT]\n"
           "                                 Export candidates to CSV ('-' writes to stdout).\n"
           "  campaigns list [--all]         Campaigns with their member counts per status.\n"
           "  campaigns create NAME [--description TEXT] [--owner NAME]\n"
           "  campaigns archive|unarchive|delete NAME|ID\n"
           "  campaigns link-job NAME|ID (--job SR_JOB_ID | --talent-pool | --none)\n"
           "                                 The SmartRecruiters job its candidates are pushed to (checked\n"
           "                                 against the job status whitelist), the talent pool, or none.\n"
           "  candidates list [--sort name|company|updated|newest] [--limit N] [--tag TAG]\n"
           "  candidates search TEXT [--limit N]\n"
           "  candidates show ID             All fields, campaigns, activity timeline and change log.\n"
           "  candidates add --first NAME --last NAME --email EMAIL [...] [--on-duplicate skip|merge|error]\n"
           "  add-to-campaign CAMPAIGN ID... | add-to-campaign CAMPAIGN --search TEXT\n"
           "  set-status CAMPAIGN STATUS ID...\n"
           "                                 STATUS: added, contacted, replied, interested, not_interested,\n"
           "                                 bounced, unsubscribed.\n"
           "  log-activity ID --kind KIND [--campaign C] [--subject TEXT] [--body TEXT|--body-file FILE]\n"
           "               [--at ISO8601] [--author NAME]\n"
           "                                 KIND: email_sent, email_reply, linkedin_message, "
           "linkedin_inmail,\n"
           "                                 connection_request, call, meeting, note.\n"
           "\n"
           "SmartRecruiters:\n"
           "  connect [--api-key-stdin | --api-key-env VAR]\n"
           "                                 Connect with an API key (default: $SOURCEDESK_SR_API_KEY).\n"
           "  connect --oauth --client-id ID [--redirect-uri URI] [--client-secret-stdin | --client-secret-env VAR]\n"
           "                                 Sign in in the browser; the answer comes back to this computer.\n"
           "  whoami                         The connected SmartRecruiters user and company.\n"
           "  scopes                         Check every permission Sourcedesk needs.\n"
           "  jobs [--status STATUS] [--q TEXT] [--limit N]\n"
           "  disconnect                     Disconnect and remove the stored secrets from the keychain.\n"
           "Secrets are never taken from arguments; they are kept in the system keychain.\n"
           "\n"
           "Sync with SmartRecruiters:\n"
           "  settings show [KEY] [--user NAME] [--campaign C] [--candidate ID]\n"
           "                                 Each sync setting, the layer it comes from, locked or not.\n"
           "  settings set KEY VALUE | settings unset KEY [--team | --user | --campaign C | --candidate ID]\n"
           "  settings lock KEY | settings unlock KEY\n"
           "  settings export --layer team|user|campaign|candidate [SCOPE] [--output FILE]\n"
           "  settings import FILE|-         All or nothing.\n"
           "  policy show                    The company policy in force, or why its file is ignored.\n"
           "  sync [--push-only] [--wait] [--timeout SECONDS]\n"
           "                                 Send the outbox, then pull the hiring stages (when stage sync is on).\n"
           "                                 Exit 1 when jobs need attention, 7 when SmartRecruiters is unreachable.\n"
           "  push CANDIDATE... --campaign C [--timeout SECONDS]\n"
           "                                 Push candidates now and wait until their jobs are sent.\n"
           "  preview CANDIDATE [--campaign C]\n"
           "                                 What a push would send, field by field and why; sends nothing.\n"
           "  outbox [list] [--state STATE] [--candidate ID] [--limit N]\n"
           "  outbox show ID | outbox retry ID... | outbox skip ID...\n"
           "\n"
           "Outreach sequences:\n"
           "  mailbox set --address A --name N [--provider gmail|microsoft365|other] [--smtp-host H ...]\n"
           "              [--secret-stdin | --secret-env VAR]\n"
           "                                 Your sending mailbox; its password or token goes to the keychain.\n"
           "  mailbox show | mailbox test | mailbox remove\n"
           "                                 'test' signs in over SMTP and IMAP: exit 10 unreachable, 11 TLS,\n"
           "                                 12 sign-in refused, 13 another refusal.\n"
           "  sequence show|create|add-step|remove-step CAMPAIGN ...\n"
           "                                 The campaign's steps: emails, LinkedIn, calls, tasks.\n"
           "  sequence preview CAMPAIGN CANDIDATE\n"
           "  sequence enroll CAMPAIGN (--all | ID...) [--yes] [--recent-days N] | sequence unenroll ...\n"
           "                                 Do-not-contact is refused; other warnings need --yes (else exit 6).\n"
           "  outreach run [--once | --watch SECONDS] [--no-send] [--no-poll] [--max-send N] [--secret-env VAR]\n"
           "                                 Read replies, schedule due steps, send; exit 1 on a mailbox error.\n"
           "  outreach queue [--state STATE] [--limit N] | outreach resend ID | outreach give-up ID\n"
           "  dnc add (--email E | --domain D) [--reason R] | dnc list | dnc remove ID\n"
           "  tasks [list] [--all-owners] | tasks done ID [--outcome O] [--note N] | tasks skip ID\n"
           "  workspace copy --to LOCATION [--password-stdin]\n"
           "                                 Copy the workspace into a new, empty one (team server or file).\n"
           "\n"
           "Team workspaces (PostgreSQL):\n"
           "  team connect --server HOST [--port PORT] --database NAME --user USER [--sslmode MODE]\n"
           "                                 Sign in; the password is read from stdin and, when it works,\n"
           "                                 kept in the keychain for --workspace and the app.\n"
           "  team role | team members       Your role; the team's logins and their roles.\n"
           "  team add LOGIN --role admin|recruiter [--create] | team remove LOGIN\n"
           "                                 Admins: give a login a role (creating it), or take it away.\n"
           "\n"
           "Run 'sourcedesk-cli <command> --help' for the options of a command.\n"
           "\n"
           "Global options:\n"
           "  --workspace PATH  The workspace file. Default: $SOURCEDESK_WORKSPACE, else the per-user "
           "workspace\n"
           "                    (%1).\n"
           "                    A team workspace: postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE; its password\n"
           "                    comes from the keychain ('team connect'), else PGPASSWORD or ~/.pgpass.\n"
           "  --sr-api-url URL  The SmartRecruiters API host (default https://api.smartrecruiters.com; a local\n"
           "                    sandbox such as http://127.0.0.1:8088). Saved by 'connect'.\n"
           "  --sr-web-url URL  The sign-in host (default https://www.smartrecruiters.com; the API host when\n"
           "                    only --sr-api-url names a non-production host).\n"
           "  --json            Machine-readable output: one JSON document on stdout; errors as\n"
           "                    {\"error\": {\"code\", \"exitCode\", \"message\", \"where\"}} on stderr.\n"
           "  -h, --help        Show this help.\n"
           "  -v, --version     Show the version.\n"
           "\n"
           "Changes are recorded as made by the operating system user ($USER).\n"
           "\n"
           "Exit codes:\n"
           "  0    success\n"
           "  1    some rows or items failed, the rest was done (e.g. an import with bad rows)\n"
           "  2    usage error: unknown command or option, missing or bad argument\n"
           "  3    not found: no such campaign or candidate\n"
           "  4    the workspace cannot be opened or written (missing, corrupt, from a newer version, "
           "unreadable;\n"
           "       a team server refused the password, cannot be reached or is too old)\n"
           "  5    an input file cannot be read or is malformed (CSV, mapping, body file)\n"
           "  6    conflict: a duplicate or another conflict was refused\n"
           "  7    SmartRecruiters: not connected, refused, unreachable; or the keychain failed\n"
           "  10-13 mailbox test: unreachable (10), TLS (11), sign-in refused (12), another refusal (13)\n"
           "  130  cancelled (Ctrl+C); nothing half-done is kept\n")
            .arg(Workspace::defaultPath());
}

int CliApp::run(const QStringList &arguments)
{
    Context context(m_out, m_err, m_env);
    OutputFormatter &output = context.output();

    QCommandLineParser parser;
    // Everything from the command name on belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           Tr::tr("Show the version."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Machine-readable output."));
    const QCommandLineOption workspace(QStringLiteral("workspace"), Tr::tr("The workspace file."),
                                       Tr::tr("PATH"));
    const QCommandLineOption srApi(QStringLiteral("sr-api-url"), Tr::tr("The SmartRecruiters API host."), Tr::tr("URL"));
    const QCommandLineOption srWeb(QStringLiteral("sr-web-url"), Tr::tr("The SmartRecruiters sign-in host."), Tr::tr("URL"));
    parser.addOptions({help, versionOption, json, workspace, srApi, srWeb});

    QStringList args = arguments;
    if (args.isEmpty())
        args << QStringLiteral("sourcedesk-cli");
    const qsizetype firstPositional = [&] {
        for (qsizetype i = 1; i < args.size(); ++i) {
            if (!args.at(i).startsWith(u'-'))
                return i;
            if (args.at(i) == QStringLiteral("--workspace") || args.at(i) == QStringLiteral("--sr-api-url") ||
                args.at(i) == QStringLiteral("--sr-web-url"))
                ++i;
        }
        return args.size();
    }();
    if (args.mid(1, firstPositional - 1).contains(QStringLiteral("--json")))
        output.setJson(true);

    if (!parser.parse(args)) {
        return context.fail(usageError(parser.errorText() + u' ' +
                                       Tr::tr("Global options: --workspace PATH, --json, --help, --version. "
                                              "See 'sourcedesk-cli --help'.")));
    }
    if (parser.isSet(json))
        output.setJson(true);
    if (parser.isSet(workspace)) {
        const QString path = parser.value(workspace).trimmed();
        if (path.isEmpty())
            return context.fail(
                usageError(Tr::tr("--workspace needs a file path or a team workspace location."), QStringLiteral("--workspace")));
        context.setWorkspaceOverride(path);
    }
    context.setSrHosts(parser.value(srApi).trimmed(), parser.value(srWeb).trimmed());
    if (parser.isSet(versionOption)) {
        if (output.json())
            output.printJson({{QStringLiteral("version"), version()}});
        else
            output.print(QStringLiteral("sourcedesk-cli %1").arg(version()));
        return ExitOk;
    }

    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QStringLiteral("help")) {
        positional.removeFirst();
        if (positional.isEmpty()) {
            output.out() << helpText();
            output.out().flush();
            return ExitOk;
        }
        positional << QStringLiteral("--help");
    }
    if (positional.isEmpty()) {
        if (parser.isSet(help)) {
            output.out() << helpText();
            output.out().flush();
            return ExitOk;
        }
        return context.fail(usageError(Tr::tr("No command given. Commands: %1. See 'sourcedesk-cli --help'.")
                                           .arg(commandNames().join(QStringLiteral(", ")))));
    }
    const QString name = positional.takeFirst();
    if (parser.isSet(help))
        positional << QStringLiteral("--help");
    // `team connect` lives in TeamConnect.cpp; the rest of `team` in TeamCommands.cpp.
    if (name == QLatin1StringView("team") && !positional.isEmpty() && positional.first() == QLatin1StringView("connect"))
        return runTeamConnect(context, positional.mid(1));
    for (const CommandEntry &c : commands()) {
        if (name == QLatin1StringView(c.name))
            return c.run(context, positional);
    }
    return context.fail(usageError(Tr::tr("Unknown command '%1'. Commands: %2. See 'sourcedesk-cli --help'.")
                                       .arg(name, commandNames().join(QStringLiteral(", "))),
                                   name));
}

} // namespace sd::cli

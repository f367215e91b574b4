// settings show | set | unset | lock | unlock | export | import: the SmartRecruiters sync settings
// in their layers (built-in default < team < user < campaign < candidate), with the team's locks,
// exactly as Settings → SmartRecruiters in the app stores and checks them.
#include "CommandLine.h"
#include "Commands.h"
#include "CompanyPolicy.h"
#include "Context.h"
#include "SettingsStore.h"
#include "SyncSettings.h"
#include "SyncSupport.h"
#include "Tr.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace sd::cli {

namespace {

using sync::Layer;
using sync::SettingsStore;

QStringList settingKeys()
{
    QStringList keys;
    for (const sync::SettingDef &d : sync::settingCatalog())
        keys << d.key;
    return keys;
}

QStringList layerKeys(const QList<Layer> &layers)
{
    QStringList out;
    for (Layer l : layers)
        out << sync::layerKey(l);
    return out;
}

// Where a value may be set: team always, then what the catalog allows.
QList<Layer> settableLayers(const sync::SettingDef &d)
{
    QList<Layer> out{Layer::Team};
    for (Layer l : {Layer::User, Layer::Campaign, Layer::Candidate}) {
        if (d.layers.contains(l))
            out << l;
    }
    return out;
}

QString label(const sync::SettingDef &d)
{
    return QCoreApplication::translate("sd::sync::SyncSettings", d.label);
}

CliError permissionError(const Error &e)
{
    return CliError{ExitConflict, QStringLiteral("permission_denied"), e.message, e.where};
}

// KEY: a key of the catalog, or a usage error that lists them.
Expected<const sync::SettingDef *> settingArgument(const CommandLine &cl, const QString &key)
{
    if (const sync::SettingDef *d = sync::findSetting(key.trimmed()))
        return d;
    return cl.usage(
        Tr::tr("Unknown setting '%1'. Settings: %2.").arg(key, settingKeys().join(QStringLiteral(", "))),
        QStringLiteral("KEY"));
}

// The layer and scope id a write goes to: --team, --user (you), --campaign C or --candidate ID.
struct Target
{
    Layer layer = Layer::User;
    QString scopeId;
    QString description; // "team", "user tester", "campaign 'Q3' (id 1)", "candidate 12"
    QString option;      // the option that chose it, for errors
};

void addTargetOptions(CommandLine &cl)
{
    cl.addOption(
        QCommandLineOption(QStringLiteral("team"), Tr::tr("The team default (what everyone gets).")));
    cl.addOption(QCommandLineOption(QStringLiteral("user"), Tr::tr("Your own setting (the default).")));
    cl.addOption(QCommandLineOption(QStringLiteral("campaign"), Tr::tr("This campaign's setting."),
                                    Tr::tr("NAME|ID")));
    cl.addOption(QCommandLineOption(QStringLiteral("candidate"),
                                    Tr::tr("This candidate's setting (\"Sync as\")."), Tr::tr("ID")));
}

// The target of a write (the workspace is open).
Expected<Target> target(Context &ctx, const CommandLine &cl)
{
    QStringList given;
    for (const char *name : {"team", "user", "campaign", "candidate"}) {
        if (cl.isSet(QString::fromLatin1(name)))
            given << QStringLiteral("--") + QString::fromLatin1(name);
    }
    if (given.size() > 1)
        return cl.usage(Tr::tr("Give one of --team, --user, --campaign or --candidate, not %1.")
                            .arg(given.join(QStringLiteral(" and "))),
                        given.at(1));
    Target t;
    t.option = given.value(0, QStringLiteral("--user"));
    if (cl.isSet(QStringLiteral("team"))) {
        t.layer = Layer::Team;
        t.description = Tr::tr("the team");
    } else if (cl.isSet(QStringLiteral("campaign"))) {
        auto c = ctx.resolveCampaign(cl.value(QStringLiteral("campaign")), QStringLiteral("--campaign"));
        if (!c.ok())
            return c.error();
        t.layer = Layer::Campaign;
        t.scopeId = QString::number(c->id);
        t.description = Tr::tr("campaign '%1' (id %2)").arg(c->name).arg(c->id);
    } else if (cl.isSet(QStringLiteral("candidate"))) {
        auto id = parseId(cl.value(QStringLiteral("candidate")), QStringLiteral("--candidate"));
        if (!id.ok())
            return id.error();
        auto c = ctx.candidate(id.value());
        if (!c.ok())
            return c.error();
        t.layer = Layer::Candidate;
        t.scopeId = QString::number(id.value());
        t.description = Tr::tr("candidate %1").arg(id.value());
    } else {
        t.layer = Layer::User;
        t.scopeId = ctx.actor();
        t.description = Tr::tr("user %1").arg(ctx.actor());
    }
    return t;
}

// Whether `target` may write `key`, in the words of the refusal: not at this layer (2), set or
// locked by the company policy or locked by the team (6, naming who can change it), or a recruiter
// writing the team layer of a team workspace (6).
std::optional<CliError> checkWritable(Context &ctx, const CommandLine &cl, const sync::SettingDef &d,
                                      const Target &t)
{
    if (Status s = SettingsStore(ctx.workspace()).checkWritable(t.layer))
        return permissionError(*s);
    if (t.layer != Layer::Team && !d.layers.contains(t.layer))
        return cl.usage(Tr::tr("%1 (%2) cannot be set for one %3; it can be set at: %4.")
                            .arg(d.key, label(d), sync::layerKey(t.layer),
                                 layerKeys(settableLayers(d)).join(QStringLiteral(", "))),
                        t.option);
    auto layers = SettingsStore(ctx.workspace()).load(QString(), 0, 0);
    if (!layers.ok())
        return fromError(layers.error(), ErrorSource::Data);
    QString why;
    if (layers->policy.contains(d.key) && !sync::canSet(layers.value(), d.key, t.layer, &why))
        return conflictError(why + u' ' + Tr::tr("See 'sourcedesk-cli policy show'."), QStringLiteral("KEY"));
    if (t.layer != Layer::Team && layers->team.value(d.key).locked)
        return conflictError(
            Tr::tr("%1 (%2) is locked by the team admin at '%3'. Only the team admin can change it: "
                   "'sourcedesk-cli settings set %1 VALUE --team', or "
                   "'sourcedesk-cli settings unlock %1' to let users, campaigns and candidates choose.")
                .arg(d.key, label(d), layers->team.value(d.key).value),
            QStringLiteral("KEY"));
    return std::nullopt;
}

// A store error; a refusal because of the user's team role gets its own code.
CliError storeError(const Error &e)
{
    if (e.code == Error::Code::PermissionDenied)
        return permissionError(e);
    return fromError(e, ErrorSource::Data);
}

int show(Context &ctx, const QStringList &args)
{
    CommandLine cl(
        ctx, QStringLiteral("settings show"), QStringLiteral("[KEY]"),
        Tr::tr("Every sync setting as it applies to a user (and a campaign, a candidate): the value, "
               "the layer it comes from and whether the team locked it."));
    cl.addPositional(QStringLiteral("KEY"), Tr::tr("Only this setting."));
    cl.addOption(
        QCommandLineOption(QStringLiteral("user"), Tr::tr("Whose settings (default: you)."), Tr::tr("NAME")));
    cl.addOption(QCommandLineOption(QStringLiteral("campaign"), Tr::tr("As they apply in this campaign."),
                                    Tr::tr("NAME|ID")));
    cl.addOption(QCommandLineOption(QStringLiteral("candidate"), Tr::tr("As they apply to this candidate."),
                                    Tr::tr("ID")));
    if (auto rc = cl.parse(args, 0, 1))
        return *rc;
    const sync::SettingDef *only = nullptr;
    if (!cl.positional().isEmpty()) {
        auto d = settingArgument(cl, cl.positional().constFirst());
        if (!d.ok())
            return ctx.fail(d.error());
        only = d.value();
    }
    const QString user =
        cl.isSet(QStringLiteral("user")) ? cl.value(QStringLiteral("user")).trimmed() : ctx.actor();
    if (user.isEmpty())
        return ctx.fail(cl.usage(Tr::tr("--user needs a user name."), QStringLiteral("--user")));
    qint64 candidateId = 0;
    if (cl.isSet(QStringLiteral("candidate"))) {
        auto id = parseId(cl.value(QStringLiteral("candidate")), QStringLiteral("--candidate"));
        if (!id.ok())
            return ctx.fail(id.error());
        candidateId = id.value();
    }
    if (auto rc = ctx.openWorkspace(Context::Access::Read))
        return *rc;
    std::optional<Campaign> campaign;
    if (cl.isSet(QStringLiteral("campaign"))) {
        auto c = ctx.resolveCampaign(cl.value(QStringLiteral("campaign")), QStringLiteral("--campaign"));
        if (!c.ok())
            return ctx.fail(c.error());
        campaign = c.value();
    }
    if (candidateId > 0) {
        if (auto c = ctx.candidate(candidateId); !c.ok())
            return ctx.fail(c.error());
    }
    auto settings = resolveSettings(ctx, user, campaign ? campaign->id : 0, candidateId);
    if (!settings.ok())
        return ctx.fail(settings.error());

    OutputFormatter &out = ctx.output();
    if (out.json()) {
        QJsonArray rows;
        for (const sync::SettingDef &d : sync::settingCatalog()) {
            if (only && only != &d)
                continue;
            const sync::ResolvedValue v = settings->value(d.key);
            rows.append(QJsonObject{
                {QStringLiteral("key"), d.key},
                {QStringLiteral("label"), label(d)},
                {QStringLiteral("type"), d.type},
                {QStringLiteral("value"), v.value},
                {QStringLiteral("from"), v.fromPolicy ? QStringLiteral("policy") : sync::layerKey(v.from)},
                {QStringLiteral("locked"), v.locked},
                {QStringLiteral("lockedBy"), sync::lockedByText(v)},
                {QStringLiteral("default"), d.defaultValue},
                {QStringLiteral("choices"), QJsonArray::fromStringList(d.choices)},
                {QStringLiteral("settableAt"), QJsonArray::fromStringList(layerKeys(settableLayers(d)))}});
        }
        out.printJson(
            {{QStringLiteral("user"), user},
             {QStringLiteral("campaign"),
              campaign ? QJsonValue(QJsonObject{{QStringLiteral("id"), campaign->id},
                                                {QStringLiteral("name"), campaign->name}})
                       : QJsonValue()},
             {QStringLiteral("candidate"), candidateId > 0 ? QJsonValue(candidateId) : QJsonValue()},
             {QStringLiteral("settings"), rows},
             {QStringLiteral("problems"), QJsonArray::fromStringList(settings->problems())},
             {QStringLiteral("policyProblem"), sync::companyPolicy().error ? sync::companyPolicy().summary() : QString()}});
        return ExitOk;
    }
    QString context = Tr::tr("Sync settings for user %1").arg(user);
    if (campaign)
        context += u' ' + Tr::tr("in campaign '%1' (id %2)").arg(campaign->name).arg(campaign->id);
    if (candidateId > 0)
        context += u' ' + Tr::tr("for candidate %1").arg(candidateId);
    out.print(context + u':');
    QList<QStringList> rows;
    for (const sync::SettingDef &d : sync::settingCatalog()) {
        if (only && only != &d)
            continue;
        const sync::ResolvedValue v = settings->value(d.key);
        rows << QStringList{d.key, v.fromPolicy ? QStringLiteral("policy") : sync::layerKey(v.from),
                            v.locked ? sync::lockedByText(v) : QString(),
                            v.value.isEmpty() ? Tr::tr("(empty)") : v.value};
    }
    out.printTable({Tr::tr("Key"), Tr::tr("From"), Tr::tr("Locked"), Tr::tr("Value")}, rows);
    for (const QString &p : settings->problems())
        out.printWarning(Tr::tr("ignored: %1").arg(p));
    if (const policy::PolicyStatus policy = sync::companyPolicy(); policy.error)
        out.printWarning(policy.summary());
    return ExitOk;
}

int set(Context &ctx, const QStringList &args)
{
    CommandLine cl(
        ctx, QStringLiteral("settings set"), QStringLiteral("KEY VALUE"),
        Tr::tr("Set a sync setting for you (default), the team, a campaign or a candidate. The value is "
               "checked as the app checks it; a setting the team locked is refused."));
    cl.addPositional(QStringLiteral("KEY"),
                     Tr::tr("The setting ('sourcedesk-cli settings show' lists them)."));
    cl.addPositional(QStringLiteral("VALUE"), Tr::tr("The value; lists are comma-separated."));
    addTargetOptions(cl);
    if (auto rc = cl.parse(args, 2, 2))
        return *rc;
    auto d = settingArgument(cl, cl.positional().at(0));
    if (!d.ok())
        return ctx.fail(d.error());
    const QString key = d.value()->key;
    const QString value = cl.positional().at(1);
    if (const QString bad = sync::validateValue(key, value); !bad.isEmpty())
        return ctx.fail(cl.usage(bad + u'.', QStringLiteral("VALUE")));
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    auto t = target(ctx, cl);
    if (!t.ok())
        return ctx.fail(t.error());
    if (auto refusal = checkWritable(ctx, cl, *d.value(), t.value()))
        return ctx.fail(*refusal);
    SettingsStore store(ctx.workspace());
    const QString sinceKey = QString::fromLatin1(sync::key::StageSyncSince);
    auto teamBefore = store.load(QString(), 0, 0);
    const bool sinceWasEmpty = teamBefore.ok() && teamBefore->team.value(sinceKey).value.isEmpty();
    if (Status s = store.set(t->layer, t->scopeId, key, value, ctx.actor()))
        return ctx.fail(storeError(*s));
    // Turning stage sync on starts it today unless the team chose a day (SettingsStore::set).
    QString since;
    if (sinceWasEmpty && key == QLatin1StringView(sync::key::StageSyncEnabled)) {
        auto team = store.load(QString(), 0, 0);
        if (team.ok())
            since = team->team.value(sinceKey).value;
    }
    if (ctx.output().json()) {
        QJsonObject o{{QStringLiteral("key"), key},
                      {QStringLiteral("value"), value},
                      {QStringLiteral("layer"), sync::layerKey(t->layer)},
                      {QStringLiteral("scope"), t->scopeId}};
        if (!since.isEmpty())
            o.insert(QStringLiteral("stageSyncSince"), since);
        ctx.output().printJson(o);
    } else {
        ctx.output().print(Tr::tr("Set %1 = %2 for %3.").arg(key, value, t->description));
        if (!since.isEmpty())
            ctx.output().print(Tr::tr("Stage sync takes applications from %1 on (%2).")
                                   .arg(since, QString::fromLatin1(sync::key::StageSyncSince)));
    }
    return ExitOk;
}

int unset(Context &ctx, const QStringList &args)
{
    CommandLine cl(
        ctx, QStringLiteral("settings unset"), QStringLiteral("KEY"),
        Tr::tr("Remove a stored value: the layer below decides again. A locked team value goes back to "
               "the built-in default and stays locked."));
    cl.addPositional(QStringLiteral("KEY"), Tr::tr("The setting."));
    addTargetOptions(cl);
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    auto d = settingArgument(cl, cl.positional().at(0));
    if (!d.ok())
        return ctx.fail(d.error());
    const QString key = d.value()->key;
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    auto t = target(ctx, cl);
    if (!t.ok())
        return ctx.fail(t.error());
    if (Status s = SettingsStore(ctx.workspace()).unset(t->layer, t->scopeId, key))
        return ctx.fail(storeError(*s));
    if (ctx.output().json())
        ctx.output().printJson({{QStringLiteral("key"), key},
                                {QStringLiteral("layer"), sync::layerKey(t->layer)},
                                {QStringLiteral("scope"), t->scopeId}});
    else
        ctx.output().print(Tr::tr("Removed %1 for %2.").arg(key, t->description));
    return ExitOk;
}

int lock(Context &ctx, const QStringList &args, bool locked)
{
    CommandLine cl(
        ctx, locked ? QStringLiteral("settings lock") : QStringLiteral("settings unlock"),
        QStringLiteral("KEY"),
        locked ? Tr::tr("Lock a setting at its team value (the built-in default when the team has none): "
                        "users, campaigns and candidates can no longer change it.")
               : Tr::tr("Lift the team's lock: users, campaigns and candidates may choose again."));
    cl.addPositional(QStringLiteral("KEY"), Tr::tr("The setting."));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    auto d = settingArgument(cl, cl.positional().at(0));
    if (!d.ok())
        return ctx.fail(d.error());
    const QString key = d.value()->key;
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    SettingsStore store(ctx.workspace());
    if (Status s = store.setLocked(key, locked, ctx.actor()))
        return ctx.fail(storeError(*s));
    auto layers = store.load(QString(), 0, 0);
    if (!layers.ok())
        return ctx.fail(fromError(layers.error(), ErrorSource::Data));
    const QString value =
        layers->team.contains(key) ? layers->team.value(key).value : d.value()->defaultValue;
    if (ctx.output().json())
        ctx.output().printJson({{QStringLiteral("key"), key},
                                {QStringLiteral("locked"), locked},
                                {QStringLiteral("value"), value}});
    else if (locked)
        ctx.output().print(Tr::tr("Locked %1 at '%2' for everyone.").arg(key, value));
    else
        ctx.output().print(Tr::tr("Unlocked %1.").arg(key));
    return ExitOk;
}

QString groupHelp()
{
    return Tr::tr(
        "Usage: sourcedesk-cli settings <show|set|unset|lock|unlock|export|import> [arguments] [options]\n"
        "\n"
        "The SmartRecruiters sync settings in layers: built-in default < team < company policy < user < "
        "campaign < candidate;\n"
        "a value the team locked holds for everyone; a value the company policy locked holds over the team too\n"
        "('sourcedesk-cli policy show').\n"
        "\n"
        "  show [KEY] [--user NAME] [--campaign NAME|ID] [--candidate ID]\n"
        "                                     Each value, the layer it comes from, locked or not.\n"
        "  set KEY VALUE [--team | --user | --campaign NAME|ID | --candidate ID]\n"
        "                                     Default: your own setting (--user).\n"
        "  unset KEY [--team | --user | --campaign NAME|ID | --candidate ID]\n"
        "  lock KEY | unlock KEY              The team's lock.\n"
        "  export --layer team|user|campaign|candidate [SCOPE] [--output FILE]\n"
        "  import FILE|-                      All or nothing.\n"
        "\n"
        "Run 'sourcedesk-cli settings <subcommand> --help' for details.\n");
}

} // namespace

int runSettings(Context &ctx, const QStringList &args)
{
    const QStringList subcommands{QStringLiteral("show"),  QStringLiteral("set"),    QStringLiteral("unset"),
                                  QStringLiteral("lock"),  QStringLiteral("unlock"), QStringLiteral("export"),
                                  QStringLiteral("import")};
    if (args.contains(QStringLiteral("--json")))
        ctx.output().setJson(true);
    QStringList rest = args;
    const QString sub = takeSubcommand(rest);
    if (sub.isEmpty() && wantsHelp(rest)) {
        ctx.output().out() << groupHelp();
        ctx.output().out().flush();
        return ExitOk;
    }
    if (sub == QStringLiteral("show"))
        return show(ctx, rest);
    if (sub == QStringLiteral("set"))
        return set(ctx, rest);
    if (sub == QStringLiteral("unset"))
        return unset(ctx, rest);
    if (sub == QStringLiteral("lock"))
        return lock(ctx, rest, true);
    if (sub == QStringLiteral("unlock"))
        return lock(ctx, rest, false);
    if (sub == QStringLiteral("export"))
        return runSettingsExport(ctx, rest);
    if (sub == QStringLiteral("import"))
        return runSettingsImport(ctx, rest);
    if (sub.isEmpty())
        return ctx.fail(
            usageError(Tr::tr("'settings' needs a subcommand: %1. See 'sourcedesk-cli settings --help'.")
                           .arg(subcommands.join(QStringLiteral(", ")))));
    return ctx.fail(usageError(
        Tr::tr("Unknown subcommand 'settings %1'; accepted: %2. See 'sourcedesk-cli settings --help'.")
            .arg(sub, subcommands.join(QStringLiteral(", "))),
        sub));
}

} // namespace sd::cli

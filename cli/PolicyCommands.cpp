// policy show: the company policy in force (services/policy, docs/policy.md), or why the policy
// file was ignored (exit 5 on a malformed file, so a script trying a policy out can tell).
#include "CommandLine.h"
#include "Commands.h"
#include "CompanyPolicy.h"
#include "Context.h"
#include "Tr.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace sd::cli {

namespace {

QJsonValue valueJson(const std::optional<policy::PolicyValue> &v)
{
    if (!v)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("value"), v->value}, {QStringLiteral("locked"), v->locked}};
}

int show(Context &ctx, const QStringList &args)
{
    CommandLine cl(
        ctx, QStringLiteral("policy show"), QString(),
        Tr::tr("The company policy in force: where the file is, who set it, the settings it sets or "
               "locks, the SmartRecruiters hosts and client id, the allowed sign-in methods. A "
               "malformed file is ignored as a whole; this prints why and exits with 5. "
               "SOURCEDESK_POLICY_FILE points at another file (to try a policy out)."));
    if (auto rc = cl.parse(args, 0, 0))
        return *rc;
    const policy::PolicyStatus status = sync::reloadCompanyPolicy();
    const QString path = QDir::toNativeSeparators(status.path);
    if (status.error) {
        CliError e = inputError(status.summary(), status.error->where);
        e.code = QStringLiteral("policy_invalid");
        return ctx.fail(e);
    }
    OutputFormatter &out = ctx.output();
    if (!status.policy) {
        if (out.json())
            out.printJson({{QStringLiteral("path"), path}, {QStringLiteral("present"), false}});
        else
            out.print(Tr::tr("No company policy: there is no file at %1. Nothing is enforced.").arg(path));
        return ExitOk;
    }
    const policy::Policy &p = *status.policy;
    if (out.json()) {
        QJsonArray settings;
        for (auto it = p.settings.cbegin(); it != p.settings.cend(); ++it)
            settings.append(QJsonObject{{QStringLiteral("key"), it.key()},
                                        {QStringLiteral("value"), it->value},
                                        {QStringLiteral("locked"), it->locked}});
        out.printJson(
            {{QStringLiteral("path"), path},
             {QStringLiteral("present"), true},
             {QStringLiteral("version"), p.version},
             {QStringLiteral("setBy"), p.setBy},
             {QStringLiteral("settings"), settings},
             {QStringLiteral("smartrecruiters"),
              QJsonObject{{QStringLiteral("apiHost"), valueJson(p.apiHost)},
                          {QStringLiteral("authHost"), valueJson(p.authHost)},
                          {QStringLiteral("clientId"), valueJson(p.clientId)}}},
             {QStringLiteral("allowedAuthMethods"), QJsonArray::fromStringList(p.allowedAuthMethods)}});
        return ExitOk;
    }
    const QString locked = Tr::tr("locked");
    const QString anyMethod = Tr::tr("any");
    out.print(Tr::tr("Company policy from %1").arg(path));
    out.printFields(
        {{Tr::tr("Set by"), p.setBy.isEmpty() ? Tr::tr("(not named)") : p.setBy},
         {Tr::tr("Format version"), QString::number(p.version)},
         {Tr::tr("Sign-in methods"),
          p.allowedAuthMethods.isEmpty() ? anyMethod : p.allowedAuthMethods.join(QStringLiteral(", "))}});
    QList<QStringList> rows;
    const auto add = [&](const QString &key, const std::optional<policy::PolicyValue> &v) {
        if (v)
            rows << QStringList{key, v->locked ? locked : QString(), v->value};
    };
    add(QStringLiteral("smartrecruiters.apiHost"), p.apiHost);
    add(QStringLiteral("smartrecruiters.authHost"), p.authHost);
    add(QStringLiteral("smartrecruiters.clientId"), p.clientId);
    for (auto it = p.settings.cbegin(); it != p.settings.cend(); ++it)
        rows << QStringList{it.key(), it->locked ? locked : QString(),
                            it->value.isEmpty() ? Tr::tr("(empty)") : it->value};
    if (rows.isEmpty())
        out.print(Tr::tr("It sets no values."));
    else
        out.printTable({Tr::tr("Key"), Tr::tr("Locked"), Tr::tr("Value")}, rows);
    return ExitOk;
}

} // namespace

int runPolicy(Context &ctx, const QStringList &args)
{
    if (args.contains(QStringLiteral("--json")))
        ctx.output().setJson(true);
    QStringList rest = args;
    const QString sub = takeSubcommand(rest);
    if (sub.isEmpty() && wantsHelp(rest)) {
        ctx.output().out() << Tr::tr("Usage: sourcedesk-cli policy show [--json]\n\n"
                                     "The company policy an administrator installed (docs/policy.md).\n");
        ctx.output().out().flush();
        return ExitOk;
    }
    if (sub == QStringLiteral("show"))
        return show(ctx, rest);
    return ctx.fail(
        usageError(Tr::tr("'policy' needs a subcommand: show. See 'sourcedesk-cli policy --help'."), sub));
}

} // namespace sd::cli

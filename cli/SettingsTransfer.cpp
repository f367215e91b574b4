// settings export | import: one layer of the sync settings as a file, and back (all or nothing).
#include "CampaignRepository.h"
#include "CommandLine.h"
#include "Context.h"
#include "SettingsStore.h"
#include "SyncSettings.h"
#include "SyncSupport.h"
#include "Tr.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace sd::cli {

namespace {

using sync::Layer;
using sync::SettingsStore;

int exportLayer(Context &ctx, const QStringList &args)
{
    CommandLine cl(
        ctx, QStringLiteral("settings export"), QStringLiteral("--layer LAYER [SCOPE]"),
        Tr::tr("Write the values stored in one layer as a JSON file that 'settings import' reads back. "
               "SCOPE: a user name for --layer user (default: you), a campaign name or id for campaign, "
               "a candidate id for candidate; none for team."));
    cl.addPositional(QStringLiteral("SCOPE"), Tr::tr("The user, campaign or candidate."));
    cl.addOption(QCommandLineOption(QStringLiteral("layer"), Tr::tr("team, user, campaign or candidate."),
                                    Tr::tr("LAYER")));
    cl.addOption(QCommandLineOption(QStringLiteral("output"), Tr::tr("Write to this file instead of stdout."),
                                    Tr::tr("FILE")));
    if (auto rc = cl.parse(args, 0, 1))
        return *rc;
    if (!cl.isSet(QStringLiteral("layer")))
        return ctx.fail(cl.usage(Tr::tr("'settings export' needs --layer team|user|campaign|candidate."),
                                 QStringLiteral("--layer")));
    auto layerName = cl.choiceOption(QStringLiteral("layer"),
                                     {QStringLiteral("team"), QStringLiteral("user"),
                                      QStringLiteral("campaign"), QStringLiteral("candidate")},
                                     QString());
    if (!layerName.ok())
        return ctx.fail(layerName.error());
    Layer layer = Layer::Team;
    sync::layerFromKey(layerName.value(), &layer);
    const QString scopeText = cl.positional().value(0).trimmed();
    if (layer == Layer::Team && !scopeText.isEmpty())
        return ctx.fail(cl.usage(Tr::tr("The team layer has no scope; remove '%1'.").arg(scopeText),
                                 QStringLiteral("SCOPE")));
    if ((layer == Layer::Campaign || layer == Layer::Candidate) && scopeText.isEmpty())
        return ctx.fail(cl.usage(layer == Layer::Campaign
                                     ? Tr::tr("--layer campaign needs the campaign's name or id.")
                                     : Tr::tr("--layer candidate needs the candidate's id."),
                                 QStringLiteral("SCOPE")));
    const QString output = cl.value(QStringLiteral("output")).trimmed();
    if (cl.isSet(QStringLiteral("output")) && (output.isEmpty() || QFileInfo(output).isDir()))
        return ctx.fail(cl.usage(Tr::tr("--output needs a file path."), QStringLiteral("--output")));
    if (auto rc = ctx.openWorkspace(Context::Access::Read))
        return *rc;
    QString scopeId;
    if (layer == Layer::User) {
        scopeId = scopeText.isEmpty() ? ctx.actor() : scopeText;
    } else if (layer == Layer::Campaign) {
        auto c = ctx.resolveCampaign(scopeText, QStringLiteral("SCOPE"));
        if (!c.ok())
            return ctx.fail(c.error());
        scopeId = QString::number(c->id);
    } else if (layer == Layer::Candidate) {
        auto id = parseId(scopeText, QStringLiteral("SCOPE"));
        if (!id.ok())
            return ctx.fail(id.error());
        if (auto c = ctx.candidate(id.value()); !c.ok())
            return ctx.fail(c.error());
        scopeId = QString::number(id.value());
    }
    auto data = SettingsStore(ctx.workspace()).exportLayer(layer, scopeId);
    if (!data.ok())
        return ctx.fail(fromError(data.error(), ErrorSource::Data));
    if (output.isEmpty()) {
        // The file itself is the output, --json or not.
        ctx.output().out() << QString::fromUtf8(data.value());
        ctx.output().out().flush();
        return ExitOk;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data.value()) != data->size() || !file.commit())
        return ctx.fail(inputError(Tr::tr("Cannot write the file: %1").arg(file.errorString()), output));
    const int count =
        int(QJsonDocument::fromJson(data.value()).object().value(QStringLiteral("values")).toObject().size());
    if (ctx.output().json())
        ctx.output().printJson({{QStringLiteral("file"), output},
                                {QStringLiteral("layer"), sync::layerKey(layer)},
                                {QStringLiteral("scope"), scopeId},
                                {QStringLiteral("settings"), count}});
    else
        ctx.output().print(Tr::tr("Exported %n setting(s) of the %1 layer to %2.", nullptr, count)
                               .arg(sync::layerKey(layer), output));
    return ExitOk;
}

int importLayer(Context &ctx, const QStringList &args)
{
    CommandLine cl(
        ctx, QStringLiteral("settings import"), QStringLiteral("FILE|-"),
        Tr::tr("Read a file written by 'settings export' into the layer and scope it names. Every value is "
               "checked first; when one is refused nothing is changed."));
    cl.addPositional(QStringLiteral("FILE|-"), Tr::tr("The settings file, or - for stdin."));
    if (auto rc = cl.parse(args, 1, 1))
        return *rc;
    const QString path = cl.positional().constFirst();
    QByteArray data;
    if (path == QStringLiteral("-")) {
        const auto &readStdin = ctx.environment().readStdin;
        data = readStdin ? readStdin() : QByteArray();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(
                inputError(Tr::tr("Cannot read the settings file: %1").arg(file.errorString()), path));
        data = file.readAll();
    }
    const QString name = path == QStringLiteral("-") ? Tr::tr("stdin") : path;
    if (auto rc = ctx.openWorkspace(Context::Access::Write))
        return *rc;
    // A campaign or candidate file names its scope by id: it must be one of this workspace.
    const QJsonObject root = QJsonDocument::fromJson(data).object();
    Layer layer = Layer::Default;
    sync::layerFromKey(root.value(QStringLiteral("layer")).toString(), &layer);
    const QString scope = root.value(QStringLiteral("scope")).toString();
    const qint64 scopeId = scope.toLongLong();
    if (layer == Layer::Campaign && scopeId > 0 && !CampaignRepository(ctx.workspace()).get(scopeId).ok())
        return ctx.fail(
            inputError(Tr::tr("scope: campaign %1 does not exist in this workspace.").arg(scope), name));
    if (layer == Layer::Candidate && scopeId > 0 && !ctx.candidate(scopeId).ok())
        return ctx.fail(
            inputError(Tr::tr("scope: candidate %1 does not exist in this workspace.").arg(scope), name));
    if (Status s = SettingsStore(ctx.workspace()).importLayer(data, name, ctx.actor())) {
        if (s->code == sd::Error::Code::PermissionDenied)
            return ctx.fail(CliError{ExitConflict, QStringLiteral("permission_denied"),
                                     s->message + u' ' + Tr::tr("Nothing was changed."), name});
        const bool database = s->code == sd::Error::Code::Database || s->code == sd::Error::Code::Io;
        CliError e = fromError(*s, database ? ErrorSource::Workspace : ErrorSource::InputFile);
        if (!database) {
            e.where = name;
            e.message += u' ' + Tr::tr("Nothing was changed.");
        }
        return ctx.fail(e);
    }
    const int count = int(root.value(QStringLiteral("values")).toObject().size());
    if (ctx.output().json())
        ctx.output().printJson({{QStringLiteral("file"), name},
                                {QStringLiteral("layer"), sync::layerKey(layer)},
                                {QStringLiteral("scope"), scope},
                                {QStringLiteral("settings"), count}});
    else
        ctx.output().print(Tr::tr("Imported %n setting(s) into the %1 layer from %2.", nullptr, count)
                               .arg(scope.isEmpty()
                                        ? sync::layerKey(layer)
                                        : QStringLiteral("%1 %2").arg(sync::layerKey(layer), scope),
                                    name));
    return ExitOk;
}

} // namespace

int runSettingsExport(Context &context, const QStringList &args)
{
    return exportLayer(context, args);
}
int runSettingsImport(Context &context, const QStringList &args)
{
    return importLayer(context, args);
}

} // namespace sd::cli

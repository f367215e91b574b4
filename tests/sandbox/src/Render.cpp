#include "Render.h"

#include "ApiReply.h"
#include "SandboxCore.h"

#include <QJsonArray>

namespace sr::sandbox {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

void copyIfPresent(QJsonObject &to, const QJsonObject &from, const QStringList &keys)
{
    for (const QString &k : keys) {
        if (from.contains(k) && !from.value(k).isNull())
            to.insert(k, from.value(k));
    }
}
} // namespace

QJsonObject Render::jobSummary(const SandboxCore &core, const QJsonObject &job)
{
    const QString id = str(job, "id");
    const QJsonObject dept = core.state.departments.value(str(job, "departmentId"));
    QJsonObject out{
        {QStringLiteral("id"), id}, {QStringLiteral("title"), str(job, "title")},
        {QStringLiteral("refNumber"), str(job, "refNumber")}, {QStringLiteral("createdOn"), str(job, "createdOn")},
        {QStringLiteral("updatedOn"), str(job, "updatedOn")}, {QStringLiteral("lastActivityOn"), str(job, "lastActivityOn")},
        {QStringLiteral("location"), job.value(QStringLiteral("location"))},
        {QStringLiteral("status"), str(job, "status")}, {QStringLiteral("postingStatus"), str(job, "postingStatus")},
        {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), QStringLiteral("en")},
                                                 {QStringLiteral("label"), QStringLiteral("English")},
                                                 {QStringLiteral("labelNative"), QStringLiteral("English (US)")}}},
        {QStringLiteral("actions"), QJsonObject{{QStringLiteral("details"), ApiReply::action(core.url(QStringLiteral("/jobs/") + id))}}}};
    if (!dept.isEmpty())
        out.insert(QStringLiteral("department"), dept);
    return out;
}

QJsonObject Render::jobDetails(const SandboxCore &core, const QJsonObject &job)
{
    QJsonObject out = jobSummary(core, job);
    const QString id = str(job, "id");
    const QJsonObject creator = core.state.users.value(str(job, "creatorId"));
    out.insert(QStringLiteral("template"), false);
    out.insert(QStringLiteral("creator"), QJsonObject{{QStringLiteral("id"), str(creator, "id")},
                                                      {QStringLiteral("firstName"), str(creator, "firstName")},
                                                      {QStringLiteral("lastName"), str(creator, "lastName")}});
    out.insert(QStringLiteral("industry"), QJsonObject{{QStringLiteral("id"), QStringLiteral("computer_software")},
                                                       {QStringLiteral("label"), QStringLiteral("Computer Software")}});
    out.insert(QStringLiteral("function"), QJsonObject{{QStringLiteral("id"), QStringLiteral("engineering")},
                                                       {QStringLiteral("label"), QStringLiteral("Engineering")}});
    out.insert(QStringLiteral("experienceLevel"), QJsonObject{{QStringLiteral("id"), QStringLiteral("mid_senior_level")},
                                                              {QStringLiteral("label"), QStringLiteral("Mid-Senior Level")}});
    out.insert(QStringLiteral("properties"), QJsonArray{});
    out.insert(QStringLiteral("actions"), QJsonObject{
        {QStringLiteral("details"), ApiReply::action(core.url(QStringLiteral("/jobs/") + id))},
        {QStringLiteral("hiringTeam"), ApiReply::action(core.url(QStringLiteral("/jobs/%1/hiring-team").arg(id)))},
        {QStringLiteral("publications"), ApiReply::action(core.url(QStringLiteral("/jobs/%1/publication").arg(id)))},
        {QStringLiteral("positions"), ApiReply::action(core.url(QStringLiteral("/jobs/%1/positions").arg(id)))},
        {QStringLiteral("applyOnWeb"), ApiReply::action(core.url(QStringLiteral("/jobs/%1/apply").arg(id)))}});
    return out;
}

QString Render::sourceLabel(const SandboxCore &core, const QJsonObject &source)
{
    return core.state.sourceValues.value(str(source, "sourceId")).value(QStringLiteral("label")).toString();
}

QJsonObject Render::assignment(const SandboxCore &core, const QJsonObject &app)
{
    const QJsonObject job = core.state.jobs.value(str(app, "jobId"));
    const QString jobId = str(app, "jobId");
    const QJsonObject source = app.value(QStringLiteral("source")).toObject();
    // Job fields and Assignment fields side by side (allOf Job + Assignment);
    // `status` is the candidate's status on this job, the job is under `job`.
    QJsonObject out{{QStringLiteral("id"), jobId}, {QStringLiteral("title"), str(job, "title")},
                    {QStringLiteral("job"), QJsonObject{{QStringLiteral("id"), jobId}, {QStringLiteral("title"), str(job, "title")},
                                                        {QStringLiteral("actions"), QJsonObject{{QStringLiteral("details"),
                                                            ApiReply::action(core.url(QStringLiteral("/jobs/") + jobId))}}}}},
                    {QStringLiteral("status"), str(app, "status")},
                    {QStringLiteral("source"), sourceLabel(core, source)},
                    {QStringLiteral("actions"), QJsonObject{{QStringLiteral("sourceDetails"), ApiReply::action(core.url(
                        QStringLiteral("/configuration/sources/%1/values/%2").arg(str(source, "sourceTypeId"), str(source, "sourceId"))))}}}};
    copyIfPresent(out, app, {QStringLiteral("subStatus"), QStringLiteral("startsOn")});
    const QString rej = str(app, "reasonOfRejection");
    if (!rej.isEmpty())
        out.insert(QStringLiteral("reasonOfRejection"), core.state.rejectionReasons.value(rej));
    const QString wd = str(app, "reasonOfWithdrawal");
    if (!wd.isEmpty())
        out.insert(QStringLiteral("reasonOfWithdrawal"), core.state.withdrawalReasons.value(wd));
    return out;
}

QJsonObject Render::application(const SandboxCore &core, const QJsonObject &app)
{
    QJsonObject out = assignment(core, app);
    out.remove(QStringLiteral("id"));
    out.remove(QStringLiteral("title"));
    out.remove(QStringLiteral("job"));
    out.insert(QStringLiteral("applicationId"), str(app, "applicationId"));
    out.insert(QStringLiteral("candidateId"), str(app, "candidateId"));
    out.insert(QStringLiteral("jobId"), str(app, "jobId"));
    out.insert(QStringLiteral("url"), core.url(QStringLiteral("/candidates/%1/jobs/%2").arg(str(app, "candidateId"), str(app, "jobId"))));
    return out;
}

QJsonObject Render::candidateListItem(const SandboxCore &core, const QJsonObject &c)
{
    const QString id = str(c, "id");
    QJsonObject out{{QStringLiteral("id"), id}, {QStringLiteral("firstName"), str(c, "firstName")},
                    {QStringLiteral("lastName"), str(c, "lastName")},
                    {QStringLiteral("internal"), c.value(QStringLiteral("internal")).toBool()},
                    {QStringLiteral("createdOn"), str(c, "createdOn")}, {QStringLiteral("updatedOn"), str(c, "updatedOn")},
                    {QStringLiteral("tags"), c.value(QStringLiteral("tags")).toArray()},
                    {QStringLiteral("actions"), QJsonObject{
                        {QStringLiteral("details"), ApiReply::action(core.url(QStringLiteral("/candidates/") + id))},
                        {QStringLiteral("properties"), ApiReply::action(core.url(QStringLiteral("/candidates/%1/properties").arg(id)))}}}};
    copyIfPresent(out, c, {QStringLiteral("email"), QStringLiteral("location")});
    const QJsonArray jobIds = c.value(QStringLiteral("jobIds")).toArray();
    QJsonArray secondary;
    for (qsizetype i = 0; i < jobIds.size(); ++i) {
        const QString jobId = jobIds.at(i).toString();
        const QJsonObject job = core.state.jobs.value(jobId);
        const QJsonObject jobRef{{QStringLiteral("id"), jobId}, {QStringLiteral("title"), str(job, "title")},
                                 {QStringLiteral("actions"), QJsonObject{{QStringLiteral("details"),
                                     ApiReply::action(core.url(QStringLiteral("/jobs/") + jobId))}}}};
        if (i == 0) {
            const QJsonObject app = core.state.applications.value(SandboxState::applicationKey(id, jobId));
            QJsonObject primary{{QStringLiteral("job"), jobRef}, {QStringLiteral("status"), str(app, "status")}};
            copyIfPresent(primary, app, {QStringLiteral("subStatus")});
            out.insert(QStringLiteral("primaryAssignment"), primary);
        } else {
            secondary.append(QJsonObject{{QStringLiteral("job"), jobRef}});
        }
    }
    out.insert(QStringLiteral("secondaryAssignments"), secondary);
    return out;
}

QJsonObject Render::candidateDetails(const SandboxCore &core, const QJsonObject &c)
{
    const QString id = str(c, "id");
    QJsonObject out{{QStringLiteral("id"), id}, {QStringLiteral("internal"), c.value(QStringLiteral("internal")).toBool()},
                    {QStringLiteral("firstName"), str(c, "firstName")}, {QStringLiteral("lastName"), str(c, "lastName")},
                    {QStringLiteral("createdOn"), str(c, "createdOn")}, {QStringLiteral("updatedOn"), str(c, "updatedOn")},
                    {QStringLiteral("tags"), c.value(QStringLiteral("tags")).toArray()},
                    {QStringLiteral("education"), c.value(QStringLiteral("education")).toArray()},
                    {QStringLiteral("experience"), c.value(QStringLiteral("experience")).toArray()},
                    {QStringLiteral("actions"), QJsonObject{
                        {QStringLiteral("properties"), ApiReply::action(core.url(QStringLiteral("/candidates/%1/properties").arg(id)))},
                        {QStringLiteral("attachments"), ApiReply::action(core.url(QStringLiteral("/candidates/%1/attachments").arg(id)))},
                        {QStringLiteral("consent"), ApiReply::action(core.url(QStringLiteral("/candidates/%1/consent").arg(id)))},
                        {QStringLiteral("consents"), ApiReply::action(core.url(QStringLiteral("/candidates/%1/consents").arg(id)))}}}};
    copyIfPresent(out, c, {QStringLiteral("email"), QStringLiteral("phoneNumber"), QStringLiteral("location"), QStringLiteral("web")});
    const QJsonArray jobIds = c.value(QStringLiteral("jobIds")).toArray();
    QJsonArray secondary;
    for (qsizetype i = 0; i < jobIds.size(); ++i) {
        const QJsonObject app = core.state.applications.value(SandboxState::applicationKey(id, jobIds.at(i).toString()));
        if (i == 0)
            out.insert(QStringLiteral("primaryAssignment"), assignment(core, app));
        else
            secondary.append(assignment(core, app));
    }
    out.insert(QStringLiteral("secondaryAssignments"), secondary);
    return out;
}

QJsonObject Render::user(const QJsonObject &u)
{
    QJsonObject out = u;
    out.remove(QStringLiteral("password"));
    out.remove(QStringLiteral("seq"));
    return out;
}

} // namespace sr::sandbox

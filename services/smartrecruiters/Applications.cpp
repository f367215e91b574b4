#include "Applications.h"

#include "ApiClient.h"
#include "Jobs.h"

#include <QJsonArray>

namespace sd::sr {

namespace {

QString candidateJobPath(const QString &candidateId, const QString &jobId, const QString &tail = {})
{
    return QStringLiteral("/candidates/%1/jobs/%2").arg(pathSegment(candidateId), pathSegment(jobId)) + tail;
}

QJsonObject tagsBody(const QStringList &tags)
{
    return {{QStringLiteral("tags"), QJsonArray::fromStringList(tags)}};
}

} // namespace

Application Application::fromJson(const JsonReader &r)
{
    Application a;
    a.applicationId = r.string(QStringLiteral("applicationId"));
    a.candidateId = r.string(QStringLiteral("candidateId"));
    a.jobId = r.string(QStringLiteral("jobId"));
    a.status = r.string(QStringLiteral("status"), JsonReader::Required);
    a.subStatus = r.string(QStringLiteral("subStatus"));
    a.startsOn = r.string(QStringLiteral("startsOn"));
    a.source = r.string(QStringLiteral("source"));
    a.rejectionReasonId = r.child(QStringLiteral("reasonOfRejection")).string(QStringLiteral("id"));
    a.withdrawalReasonId = r.child(QStringLiteral("reasonOfWithdrawal")).string(QStringLiteral("id"));
    return a;
}

QJsonObject StatusChange::toJson() const
{
    QJsonObject o{{QStringLiteral("status"), status}};
    if (!subStatus.isEmpty())
        o.insert(QStringLiteral("subStatus"), subStatus);
    if (startsOn.isValid())
        o.insert(QStringLiteral("startsOn"), formatApiDate(startsOn));
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

Tags Tags::fromJson(const JsonReader &r)
{
    return {r.stringList(QStringLiteral("tags"), JsonReader::Required)};
}

PropertyValue PropertyValue::fromJson(const JsonReader &r)
{
    PropertyValue p;
    p.id = r.string(QStringLiteral("id"), JsonReader::Required);
    p.label = r.string(QStringLiteral("label"));
    p.type = r.string(QStringLiteral("type"));
    p.value = r.object().value(QStringLiteral("value"));
    p.valueLabel = r.string(QStringLiteral("valueLabel"));
    return p;
}

PropertyValues PropertyValues::fromJson(const JsonReader &r)
{
    return {readList<PropertyValue>(r.objects(QStringLiteral("content")))};
}

ApiCall *ApplicationsApi::get(const QString &candidateId, const QString &jobId, QObject *context, Done<Application> done) const
{
    return m_client->call<Application>(m_client->prepare(ApiRequest::get(candidateJobPath(candidateId, jobId))), context,
                                       std::move(done));
}

ApiCall *ApplicationsApi::setStatus(const QString &candidateId, const QString &jobId, const StatusChange &change,
                                   QObject *context, Done<NoContent> done) const
{
    return m_client->call<NoContent>(
        m_client->prepare(ApiRequest::json("PUT", candidateJobPath(candidateId, jobId, QStringLiteral("/status")), change.toJson())),
        context, std::move(done));
}

ApiCall *ApplicationsApi::tags(const QString &candidateId, QObject *context, Done<Tags> done) const
{
    return m_client->call<Tags>(
        m_client->prepare(ApiRequest::get(QStringLiteral("/candidates/%1/tags").arg(pathSegment(candidateId)))), context,
        std::move(done));
}

ApiCall *ApplicationsApi::addTags(const QString &candidateId, const QStringList &tags, QObject *context, Done<Tags> done) const
{
    ApiRequest rq = m_client->prepare(
        ApiRequest::json("POST", QStringLiteral("/candidates/%1/tags").arg(pathSegment(candidateId)), tagsBody(tags)));
    rq.retry.mode = RetryPolicy::Always;
    return m_client->call<Tags>(rq, context, std::move(done));
}

ApiCall *ApplicationsApi::replaceTags(const QString &candidateId, const QStringList &tags, QObject *context,
                                     Done<Tags> done) const
{
    return m_client->call<Tags>(
        m_client->prepare(ApiRequest::json("PUT", QStringLiteral("/candidates/%1/tags").arg(pathSegment(candidateId)),
                                           tagsBody(tags))),
        context, std::move(done));
}

ApiCall *ApplicationsApi::properties(const QString &candidateId, const QString &jobId, QObject *context,
                                    Done<PropertyValues> done) const
{
    return m_client->call<PropertyValues>(
        m_client->prepare(ApiRequest::get(candidateJobPath(candidateId, jobId, QStringLiteral("/properties")))), context,
        std::move(done));
}

ApiCall *ApplicationsApi::setProperties(const QString &candidateId, const QString &jobId,
                                       const QList<QPair<QString, QJsonValue>> &values, QObject *context,
                                       Done<NoContent> done) const
{
    QJsonArray body;
    for (const auto &[id, value] : values) {
        QJsonObject entry{{QStringLiteral("id"), id}};
        if (!value.isUndefined() && !value.isNull())
            entry.insert(QStringLiteral("value"), value);
        body.append(entry);
    }
    return m_client->call<NoContent>(
        m_client->prepare(ApiRequest::json("PUT", candidateJobPath(candidateId, jobId, QStringLiteral("/properties")), body)),
        context, std::move(done));
}

} // namespace sd::sr

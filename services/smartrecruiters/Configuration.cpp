#include "Configuration.h"

#include "ApiClient.h"
#include "Jobs.h"

namespace sd::sr {

PropertyDefinition PropertyDefinition::fromJson(const JsonReader &r)
{
    return {r.string(QStringLiteral("id"), JsonReader::Required), r.string(QStringLiteral("label")),
            r.string(QStringLiteral("type"), JsonReader::Required)};
}

SourceType SourceType::fromJson(const JsonReader &r)
{
    SourceType s;
    s.id = r.string(QStringLiteral("id"), JsonReader::Required);
    s.label = r.string(QStringLiteral("label"));
    for (const JsonReader &sub : r.objects(QStringLiteral("subtypes")))
        s.subtypeIds.append(sub.string(QStringLiteral("id"), JsonReader::Required));
    return s;
}

SourceValue SourceValue::fromJson(const JsonReader &r)
{
    return {r.string(QStringLiteral("id"), JsonReader::Required), r.string(QStringLiteral("label")),
            r.child(QStringLiteral("sourceSubType")).string(QStringLiteral("id"))};
}

HiringProcess HiringProcess::fromJson(const JsonReader &r)
{
    HiringProcess h;
    h.id = r.string(QStringLiteral("id"), JsonReader::Required);
    h.name = r.string(QStringLiteral("name"));
    h.active = r.boolean(QStringLiteral("active"));
    const JsonReader subs = r.child(QStringLiteral("subStatuses"));
    const QJsonObject o = subs.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        h.subStatuses.insert(it.key(), subs.stringList(it.key()));
    return h;
}

Reason Reason::fromJson(const JsonReader &r)
{
    return {r.string(QStringLiteral("id"), JsonReader::Required), r.string(QStringLiteral("label"))};
}

ApiCall *ConfigurationApi::candidateProperties(QObject *context, Done<Page<PropertyDefinition>> done) const
{
    return m_client->call<Page<PropertyDefinition>>(
        m_client->prepare(ApiRequest::get(QStringLiteral("/configuration/candidate-properties"))), context, std::move(done));
}

ApiCall *ConfigurationApi::sources(QObject *context, Done<Page<SourceType>> done) const
{
    return m_client->call<Page<SourceType>>(m_client->prepare(ApiRequest::get(QStringLiteral("/configuration/sources"))),
                                            context, std::move(done));
}

ApiCall *ConfigurationApi::sourceValues(const QString &sourceType, int offset, int limit, QObject *context,
                                        Done<Page<SourceValue>> done) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return m_client->call<Page<SourceValue>>(
        m_client->prepare(ApiRequest::get(QStringLiteral("/configuration/sources/%1/values").arg(pathSegment(sourceType)), q)),
        context, std::move(done));
}

ApiCall *ConfigurationApi::hiringProcesses(QObject *context, Done<Page<HiringProcess>> done) const
{
    return m_client->call<Page<HiringProcess>>(
        m_client->prepare(ApiRequest::get(QStringLiteral("/configuration/hiring-processes"))), context, std::move(done));
}

ApiCall *ConfigurationApi::rejectionReasons(QObject *context, Done<Page<Reason>> done) const
{
    return m_client->call<Page<Reason>>(
        m_client->prepare(ApiRequest::get(QStringLiteral("/configuration/rejection-reasons"))), context, std::move(done));
}

ApiCall *ConfigurationApi::withdrawalReasons(QObject *context, Done<Page<Reason>> done) const
{
    return m_client->call<Page<Reason>>(
        m_client->prepare(ApiRequest::get(QStringLiteral("/configuration/withdrawal-reasons"))), context, std::move(done));
}

} // namespace sd::sr

#include "Candidates.h"

#include "ApiClient.h"
#include "Jobs.h"

#include <QJsonArray>

namespace sd::sr {

Assignment Assignment::fromJson(const JsonReader &r)
{
    Assignment a;
    const JsonReader job = r.child(QStringLiteral("job"));
    a.jobId = job.string(QStringLiteral("id"));
    a.jobTitle = job.string(QStringLiteral("title"));
    if (a.jobId.isEmpty()) // CandidateDetails flattens the job into the assignment
        a.jobId = r.string(QStringLiteral("id"));
    if (a.jobTitle.isEmpty())
        a.jobTitle = r.string(QStringLiteral("title"));
    a.status = r.string(QStringLiteral("status"));
    a.subStatus = r.string(QStringLiteral("subStatus"));
    a.source = r.string(QStringLiteral("source"));
    return a;
}

Candidate Candidate::fromJson(const JsonReader &r)
{
    Candidate c;
    c.id = r.string(QStringLiteral("id"), JsonReader::Required);
    c.firstName = r.string(QStringLiteral("firstName"));
    c.lastName = r.string(QStringLiteral("lastName"));
    c.email = r.string(QStringLiteral("email"));
    c.phoneNumber = r.string(QStringLiteral("phoneNumber"));
    c.linkedin = r.child(QStringLiteral("web")).string(QStringLiteral("linkedin"));
    c.tags = r.stringList(QStringLiteral("tags"));
    c.internal = r.boolean(QStringLiteral("internal"));
    c.createdOn = r.string(QStringLiteral("createdOn"));
    c.updatedOn = r.string(QStringLiteral("updatedOn"));
    if (r.has(QStringLiteral("primaryAssignment")))
        c.primaryAssignment = Assignment::fromJson(r.child(QStringLiteral("primaryAssignment")));
    c.secondaryAssignments = readList<Assignment>(r.objects(QStringLiteral("secondaryAssignments")));
    c.raw = r.object();
    return c;
}

QUrlQuery CandidateQuery::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!q.isEmpty())
        query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(q)));
    for (const QString &id : jobIds)
        query.addQueryItem(QStringLiteral("jobId"), pathSegment(id));
    for (const QString &s : statuses)
        query.addQueryItem(QStringLiteral("status"), s);
    for (const QString &t : tags)
        query.addQueryItem(QStringLiteral("tag"), QString::fromLatin1(QUrl::toPercentEncoding(t)));
    if (updatedAfter.isValid())
        query.addQueryItem(QStringLiteral("updatedAfter"), formatApiDate(updatedAfter));
    if (!pageId.isEmpty())
        query.addQueryItem(QStringLiteral("pageId"), QString::fromLatin1(QUrl::toPercentEncoding(pageId)));
    return query;
}

QJsonObject CandidateInput::toJson() const
{
    QJsonObject o{{QStringLiteral("firstName"), firstName},
                  {QStringLiteral("lastName"), lastName},
                  {QStringLiteral("email"), email}};
    if (!phoneNumber.isEmpty())
        o.insert(QStringLiteral("phoneNumber"), phoneNumber);
    if (!city.isEmpty() || !countryCode.isEmpty()) {
        QJsonObject location;
        if (!city.isEmpty())
            location.insert(QStringLiteral("city"), city);
        if (!countryCode.isEmpty())
            location.insert(QStringLiteral("countryCode"), countryCode);
        o.insert(QStringLiteral("location"), location);
    }
    QJsonObject web;
    if (!linkedin.isEmpty())
        web.insert(QStringLiteral("linkedin"), linkedin);
    if (!website.isEmpty())
        web.insert(QStringLiteral("website"), website);
    if (!web.isEmpty())
        o.insert(QStringLiteral("web"), web);
    if (!tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    if (source) {
        QJsonObject s{{QStringLiteral("sourceTypeId"), source->sourceTypeId}, {QStringLiteral("sourceId"), source->sourceId}};
        if (!source->sourceSubTypeId.isEmpty())
            s.insert(QStringLiteral("sourceSubTypeId"), source->sourceSubTypeId);
        o.insert(QStringLiteral("sourceDetails"), s);
    }
    if (internal)
        o.insert(QStringLiteral("internal"), *internal);
    return o;
}

QJsonObject CandidatePatch::toJson() const
{
    QJsonObject o;
    if (firstName)
        o.insert(QStringLiteral("firstName"), *firstName);
    if (lastName)
        o.insert(QStringLiteral("lastName"), *lastName);
    if (email)
        o.insert(QStringLiteral("email"), *email);
    if (phoneNumber)
        o.insert(QStringLiteral("phoneNumber"), *phoneNumber);
    QJsonObject web;
    if (linkedin)
        web.insert(QStringLiteral("linkedin"), *linkedin);
    if (website)
        web.insert(QStringLiteral("website"), *website);
    if (!web.isEmpty())
        o.insert(QStringLiteral("web"), web);
    return o;
}

ApiCall *CandidatesApi::search(const CandidateQuery &query, QObject *context, Done<CandidatePage> done) const
{
    return m_client->call<CandidatePage>(m_client->prepare(ApiRequest::get(QStringLiteral("/candidates"), query.toQuery())),
                                         context, std::move(done));
}

ApiCall *CandidatesApi::get(const QString &candidateId, QObject *context, Done<Candidate> done) const
{
    return m_client->call<Candidate>(
        m_client->prepare(ApiRequest::get(QStringLiteral("/candidates/") + pathSegment(candidateId))), context, std::move(done));
}

ApiCall *CandidatesApi::createInPool(const CandidateInput &input, QObject *context, Done<Candidate> done) const
{
    ApiRequest rq = m_client->prepare(ApiRequest::json("POST", QStringLiteral("/candidates"), input.toJson()));
    return m_client->call<Candidate>(rq, context, std::move(done));
}

ApiCall *CandidatesApi::createOnJob(const QString &jobId, const CandidateInput &input, QObject *context,
                                    Done<Candidate> done) const
{
    ApiRequest rq = m_client->prepare(
        ApiRequest::json("POST", QStringLiteral("/jobs/%1/candidates").arg(pathSegment(jobId)), input.toJson()));
    return m_client->call<Candidate>(rq, context, std::move(done));
}

ApiCall *CandidatesApi::patch(const QString &candidateId, const CandidatePatch &patch, QObject *context,
                              Done<Candidate> done) const
{
    // Setting the same fields twice gives the same candidate: safe to repeat.
    ApiRequest rq = m_client->prepare(
        ApiRequest::json("PATCH", QStringLiteral("/candidates/") + pathSegment(candidateId), patch.toJson()));
    rq.retry.idempotentPatch = true;
    return m_client->call<Candidate>(rq, context, std::move(done));
}

ApiCall *CandidatesApi::createJson(const QString &jobId, const QJsonObject &candidateInput, QObject *context,
                                   Done<Candidate> done) const
{
    const QString path = jobId.isEmpty() ? QStringLiteral("/candidates")
                                         : QStringLiteral("/jobs/%1/candidates").arg(pathSegment(jobId));
    return m_client->call<Candidate>(m_client->prepare(ApiRequest::json("POST", path, candidateInput)), context,
                                     std::move(done));
}

ApiCall *CandidatesApi::patchJson(const QString &candidateId, const QJsonObject &personalDetails, QObject *context,
                                  Done<Candidate> done) const
{
    ApiRequest rq = m_client->prepare(
        ApiRequest::json("PATCH", QStringLiteral("/candidates/%1").arg(pathSegment(candidateId)), personalDetails));
    rq.retry.idempotentPatch = true; // the same partial object twice gives the same candidate
    return m_client->call<Candidate>(rq, context, std::move(done));
}

} // namespace sd::sr

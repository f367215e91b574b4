#include "Jobs.h"

#include "ApiClient.h"
#include "Paging.h"

namespace sd::sr {

QString formatApiDate(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + u'Z';
}

QString pathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

Job Job::fromJson(const JsonReader &r)
{
    Job j;
    j.id = r.string(QStringLiteral("id"), JsonReader::Required);
    j.title = r.string(QStringLiteral("title"));
    j.refNumber = r.string(QStringLiteral("refNumber"));
    j.status = r.string(QStringLiteral("status"));
    j.postingStatus = r.string(QStringLiteral("postingStatus"));
    j.department = r.child(QStringLiteral("department")).string(QStringLiteral("label"));
    const JsonReader location = r.child(QStringLiteral("location"));
    j.city = location.string(QStringLiteral("city"));
    j.countryCode = location.string(QStringLiteral("countryCode"));
    j.createdOn = r.string(QStringLiteral("createdOn"));
    j.updatedOn = r.string(QStringLiteral("updatedOn"));
    j.raw = r.object();
    return j;
}

QUrlQuery JobQuery::toQuery() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("job_id"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!q.isEmpty())
        query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(q)));
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    if (updatedAfter.isValid())
        query.addQueryItem(QStringLiteral("updatedAfter"), formatApiDate(updatedAfter));
    if (!pageId.isEmpty())
        query.addQueryItem(QStringLiteral("pageId"), QString::fromLatin1(QUrl::toPercentEncoding(pageId)));
    return query;
}

ApiCall *JobsApi::list(const JobQuery &query, QObject *context, Done<JobPage> done) const
{
    return m_client->call<JobPage>(m_client->prepare(ApiRequest::get(QStringLiteral("/jobs"), query.toQuery())), context,
                                   std::move(done));
}

ApiCall *JobsApi::get(const QString &jobId, QObject *context, Done<Job> done) const
{
    return m_client->call<Job>(m_client->prepare(ApiRequest::get(QStringLiteral("/jobs/") + pathSegment(jobId))), context,
                               std::move(done));
}

Pager *JobsApi::listAll(const JobQuery &query, QObject *context, std::function<bool(const JobPage &)> onPage,
                        std::function<void(const ApiError &)> done) const
{
    auto error = std::make_shared<ApiError>();
    auto *pager = new Pager(
        m_client, m_client->prepare(ApiRequest::get(QStringLiteral("/jobs"), query.toQuery())), PagingStyle::cursor(),
        [onPage = std::move(onPage), error](const ApiResult &page) {
            const Result<JobPage> decoded = decodeResult<JobPage>(page, QStringLiteral("GET /jobs"));
            if (!decoded.ok()) {
                *error = decoded.error;
                return false;
            }
            return onPage(decoded.value);
        },
        context);
    QObject::connect(pager, &Pager::finished, context, [pager, error, done = std::move(done)](const ApiError &e) {
        done(e.isError() ? e : *error);
        pager->deleteLater();
    });
    pager->start();
    return pager;
}

} // namespace sd::sr

#pragma once
// Jobs API: GET /jobs (cursor paging with sort=job_id) and GET /jobs/{id}.
#include "Page.h"

#include <QDateTime>
#include <QJsonObject>

namespace sd::sr {

class ApiCall;
class ApiClient;
class Pager;

struct Job
{
    QString id;
    QString title;
    QString refNumber;
    QString status;        // CREATED, SOURCING, FILLED, INTERVIEW, OFFER, CANCELLED, ON_HOLD, OTHER
    QString postingStatus; // PUBLIC, INTERNAL, NOT_PUBLISHED, PRIVATE
    QString department;
    QString city;
    QString countryCode;
    QString createdOn;
    QString updatedOn;
    QJsonObject raw; // everything, for fields this struct does not name

    static Job fromJson(const JsonReader &r);
};

struct JobQuery
{
    QString q;
    QString status; // one ValidJobStatus, or empty
    QDateTime updatedAfter;
    int limit = 100;
    QString pageId;

    QUrlQuery toQuery() const; // always sort=job_id so cursor paging works
};

using JobPage = Page<Job>;

class JobsApi
{
public:
    explicit JobsApi(ApiClient *client) : m_client(client) {}

    ApiCall *list(const JobQuery &query, QObject *context, Done<JobPage> done) const;
    ApiCall *get(const QString &jobId, QObject *context, Done<Job> done) const;
    // Every page in turn; onPage returns false to stop. The Pager is a child of `context`.
    Pager *listAll(const JobQuery &query, QObject *context, std::function<bool(const JobPage &)> onPage,
                   std::function<void(const ApiError &)> done) const;

private:
    ApiClient *m_client;
};

// Dates in SmartRecruiters' filter format: yyyy-MM-ddTHH:mm:ss.zzzZ (UTC).
QString formatApiDate(const QDateTime &when);
QString pathSegment(const QString &id);

} // namespace sd::sr

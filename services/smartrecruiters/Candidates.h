#pragma once
// Candidates API: search (GET /candidates, one at a time per credential), details, create in the
// talent pool or on a job, and the partial PATCH (a plain JSON object, not JSON Patch).
#include "Page.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace sd::sr {

class ApiCall;
class ApiClient;

struct Assignment
{
    QString jobId;
    QString jobTitle;
    QString status; // LEAD, NEW, IN_REVIEW, INTERVIEW, OFFERED, HIRED, REJECTED, WITHDRAWN, TRANSFERRED
    QString subStatus;
    QString source;

    static Assignment fromJson(const JsonReader &r);
};

struct Candidate
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QString phoneNumber;
    QString linkedin;
    QStringList tags;
    bool internal = false;
    QString createdOn;
    QString updatedOn;
    std::optional<Assignment> primaryAssignment;
    QList<Assignment> secondaryAssignments;
    QJsonObject raw;

    static Candidate fromJson(const JsonReader &r);
};

using CandidatePage = Page<Candidate>;

struct CandidateQuery
{
    QString q;
    QStringList jobIds;
    QStringList statuses;
    QStringList tags;
    QDateTime updatedAfter;
    int limit = 100;
    QString pageId;

    QUrlQuery toQuery() const;
};

struct SourceDetails
{
    QString sourceTypeId;
    QString sourceSubTypeId;
    QString sourceId;
};

// CandidateInput: firstName, lastName and email are required by SmartRecruiters.
struct CandidateInput
{
    QString firstName;
    QString lastName;
    QString email;
    QString phoneNumber;
    QString city;
    QString countryCode;
    QString linkedin;
    QString website;
    QStringList tags;
    std::optional<SourceDetails> source; // without it SmartRecruiters records "API"
    std::optional<bool> internal;

    QJsonObject toJson() const;
};

// PersonalDetails for PATCH /candidates/{id}: only the fields that are set are sent.
struct CandidatePatch
{
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> email;
    std::optional<QString> phoneNumber;
    std::optional<QString> linkedin;
    std::optional<QString> website;

    QJsonObject toJson() const;
};

class CandidatesApi
{
public:
    explicit CandidatesApi(ApiClient *client) : m_client(client) {}

    ApiCall *search(const CandidateQuery &query, QObject *context, Done<CandidatePage> done) const;
    ApiCall *get(const QString &candidateId, QObject *context, Done<Candidate> done) const;
    // POSTs are not retried after an error that may have been applied: look the candidate up first.
    ApiCall *createInPool(const CandidateInput &input, QObject *context, Done<Candidate> done) const;
    ApiCall *createOnJob(const QString &jobId, const CandidateInput &input, QObject *context, Done<Candidate> done) const;
    ApiCall *patch(const QString &candidateId, const CandidatePatch &patch, QObject *context, Done<Candidate> done) const;
    // The same with a body built elsewhere (the sync's field mapping): a CandidateInput for the
    // create (jobId empty: talent pool), a PersonalDetails object for the PATCH.
    ApiCall *createJson(const QString &jobId, const QJsonObject &candidateInput, QObject *context, Done<Candidate> done) const;
    ApiCall *patchJson(const QString &candidateId, const QJsonObject &personalDetails, QObject *context,
                       Done<Candidate> done) const;

private:
    ApiClient *m_client;
};

} // namespace sd::sr

#pragma once
// A candidate's application to a job, its status, its tags and its custom property values.
#include "Page.h"

#include <QDateTime>
#include <QJsonObject>

namespace sd::sr {

class ApiCall;
class ApiClient;

struct Application
{
    QString applicationId;
    QString candidateId;
    QString jobId;
    QString status;
    QString subStatus;
    QString startsOn;
    QString source;
    QString rejectionReasonId;
    QString withdrawalReasonId;

    static Application fromJson(const JsonReader &r);
};

// CandidateStatus for PUT /candidates/{id}/jobs/{jobId}/status. reason only for REJECTED/WITHDRAWN.
struct StatusChange
{
    QString status;
    QString subStatus;
    QDateTime startsOn;
    QString reason;

    QJsonObject toJson() const;
};

struct Tags
{
    QStringList tags;
    static Tags fromJson(const JsonReader &r);
};

struct PropertyValue
{
    QString id;
    QString label;
    QString type;
    QJsonValue value; // encoding depends on type (see the API notes §6.7)
    QString valueLabel;

    static PropertyValue fromJson(const JsonReader &r);
};

struct PropertyValues
{
    QList<PropertyValue> values; // empty when nothing is set (the API answers {})
    static PropertyValues fromJson(const JsonReader &r);
};

class ApplicationsApi
{
public:
    explicit ApplicationsApi(ApiClient *client) : m_client(client) {}

    ApiCall *get(const QString &candidateId, const QString &jobId, QObject *context, Done<Application> done) const;
    ApiCall *setStatus(const QString &candidateId, const QString &jobId, const StatusChange &change, QObject *context,
                       Done<NoContent> done) const;

    ApiCall *tags(const QString &candidateId, QObject *context, Done<Tags> done) const;
    // POST adds; repeating it adds nothing new (tags are a set), so it is retried like a PUT.
    ApiCall *addTags(const QString &candidateId, const QStringList &tags, QObject *context, Done<Tags> done) const;
    ApiCall *replaceTags(const QString &candidateId, const QStringList &tags, QObject *context, Done<Tags> done) const;

    ApiCall *properties(const QString &candidateId, const QString &jobId, QObject *context, Done<PropertyValues> done) const;
    // Batch set: [{id, value}] ; a value-less entry resets the property.
    ApiCall *setProperties(const QString &candidateId, const QString &jobId, const QList<QPair<QString, QJsonValue>> &values,
                           QObject *context, Done<NoContent> done) const;

private:
    ApiClient *m_client;
};

} // namespace sd::sr

#pragma once
// What a push of one candidate would send to SmartRecruiters, field by field, and why. The same
// builder feeds the create job, so the preview is exactly what goes out.
//
//   PreviewRunner runner(workspace, client, actor);
//   runner.build(candidateId, campaignId, [](const PushPreview &p) { ... });   // reads SR first
#include "Error.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include "ApiClient.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace sd {
class Workspace;
}
namespace sd::sr {
class ApiClient;
}

namespace sd::sync {

class ResolvedSettings;
struct FieldMapping;

struct FieldPreview
{
    QString srField;
    QString label;
    QString remoteValue; // SmartRecruiters' current value (empty when blank or not yet created)
    QString localValue;  // what Sourcedesk would send
    QString rule;        // "always", "ifBlank"
    bool send = false;
    QString why;         // translated: the rule that decides
};

struct PushPreview
{
    qint64 candidateId = 0;
    qint64 campaignId = 0;
    QString srCandidateId;   // when already linked
    QString action;          // translated: "Create on job …", "Update the linked candidate", …
    QString method;          // POST, PATCH or empty when nothing would be sent
    QString path;            // e.g. /jobs/{id}/candidates
    QJsonObject body;        // exactly the JSON that would be sent
    QList<FieldPreview> fields;
    QStringList tags;
    QStringList missingMandatory; // labels of mandatory fields that are blank: the push is refused
    QString holdReason;      // consent missing, match under review, …: the push waits
    QStringList warnings;    // e.g. the configured source does not exist: the default is used
    QString error;           // reading SmartRecruiters failed
    bool canPush() const { return missingMandatory.isEmpty() && holdReason.isEmpty() && error.isEmpty(); }
};

// Local part of a create: everything that does not need SmartRecruiters. Used by the create job.
struct CreatePlan
{
    QString jobId;    // empty: talent pool
    QString jobTitle;
    QJsonObject body; // CandidateInput
    QList<FieldPreview> fields;
    QStringList tags;
    QStringList missingMandatory;
    QString holdReason;
    QString source;   // "typeId/subTypeId/valueId" wanted by the settings ('' = SmartRecruiters' default)
    QString email;
    QString firstName;
    QString lastName;
    QString consentText; // written as a note right after the create, when configured
    bool hasProperties = false; // mapped candidate properties with a value: set on the application next
};
Result<CreatePlan> planCreate(const Workspace &workspace, const QString &actor, qint64 candidateId, qint64 campaignId);

// The contact field mapping in force (the team's, or the defaults when none is saved or it is damaged).
FieldMapping mappingOf(const ResolvedSettings &settings);
// Placeholders of the tag and note templates that come from the campaign.
QHash<QString, QString> pushContext(const QString &campaignName, const QString &status);

// Values of a SmartRecruiters candidate (CandidateDetails JSON) by SR field id (firstName,
// location.city, web.linkedin, experience.title, …), for "judged against SmartRecruiters' value".
QMap<QString, QString> remoteSrValues(const QJsonObject &candidateDetails);

class PreviewRunner : public QObject
{
    Q_OBJECT
public:
    PreviewRunner(std::shared_ptr<Workspace> workspace, sr::ApiClient *client, QString actor, QObject *parent = nullptr);
    // Without a client the preview is built from local data only (and says so in warnings).
    void build(qint64 candidateId, qint64 campaignId, std::function<void(const PushPreview &)> done);

private:
    std::shared_ptr<Workspace> m_workspace;
    QPointer<sr::ApiClient> m_client;
    QString m_actor;
};

} // namespace sd::sync

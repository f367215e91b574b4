#pragma once

#include "FieldMapping.h"
#include "SyncSettings.h"
#include "Types.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The sync decisions as pure functions of settings and values: what the engine does and what the
// preview shows come from the same place.
namespace sd::sync {

// Has the create trigger fired for a member in this status? OnAdd: every member. OnReply: replied,
// interested or not interested (a reply is a reply, whatever it says). OnInterested: interested.
// Never: never.
bool createTriggerFired(CreateTrigger t, MemberStatus s);

enum class NoteAction
{
    Write,
    Hold,
    Skip
};
struct NoteDecision
{
    NoteAction action = NoteAction::Skip;
    QString reason; // translated: why held or skipped ("" when written to a linked record)
};
// kindKey: toKey(ActivityKind) or StatusChangeKind. linked: Sourcedesk created or linked the SR
// candidate. matchedRemote: an SR candidate with the same email exists that we have not linked.
// triggerFired: createTriggerFired() for the member.
// In order: kind not in noteKinds -> Skip. Linked -> Write. A matching record and "only add notes
// to synced records" off -> Write to that record. Otherwise nothing is written to a merely
// matching record: trigger Never -> Skip; else Hold until the candidate is created.
NoteDecision decideNote(const ResolvedSettings &s, const QString &kindKey, bool linked, bool matchedRemote,
                        bool triggerFired);

struct FieldDecision
{
    QString srField;
    QString remoteValue;
    QString localValue;
    UpdateRule rule = UpdateRule::IfBlank;
    bool send = false;
    QString why; // translated, for the preview
};
// One decision per mapping rule, in mapping order. remote == nullptr: the candidate does not exist
// yet, so every non-blank local value is sent. Otherwise: a blank local value never clears a remote
// one; equal values are not sent (emails and URLs compare case- and whitespace-insensitively, phone
// numbers by their digits); fields SmartRecruiters takes only at creation are not sent; a blank
// remote is filled; a different remote value is overwritten only under UpdateRule::Always.
QList<FieldDecision> decideFields(const FieldMapping &m, const QMap<QString, QString> &local,
                                  const QMap<QString, QString> *remote);
// SR field id -> value for the decisions with send set: the body of the create or update.
QMap<QString, QString> fieldsToSend(const QList<FieldDecision> &decisions);

// Mandatory SR fields (always firstName, lastName and email: SmartRecruiters requires them) that
// are blank in `local`; as ids, and as translated labels for messages.
QStringList missingMandatoryFields(const QStringList &mandatory, const QMap<QString, QString> &local);
QStringList missingMandatory(const QStringList &mandatory, const QMap<QString, QString> &local);

// The SR tags after a member of `campaign` reaches `status`: the current remote tags minus every
// earlier outcome tag of this campaign (the template rendered with this campaign and any status),
// plus the new tag. Other tags keep their order; duplicates are dropped, comparing
// case-insensitively as SmartRecruiters does. The "any status" part never spans the template's
// literal text around {status} (" - " by default), so "sourcedesk - Java - Senior - replied" is not
// an outcome tag of campaign "Java". When `knownStatuses` is given, only those statuses (and
// `status`) count. `extra` adds placeholders (candidate fields, job).
QStringList tagsAfter(const QString &tmpl, const QString &campaign, const QString &status,
                      const QHash<QString, QString> &extra, const QStringList &currentRemoteTags,
                      const QStringList &knownStatuses = {});

struct ConsentDecision
{
    bool hold = false;
    QString reason;      // translated, when held
    QString consentText; // the consent template rendered, when there is one
    QDate date;          // the candidate's consent date
};
// consentRequired on and consent not granted -> hold, naming the state. A non-empty consent
// template is rendered with {date}, {method}, {state} and the candidate placeholders.
ConsentDecision decideConsent(const ResolvedSettings &s, const Candidate &c);

// Whether a job with SmartRecruiters status `jobStatus` is offered (the job status whitelist).
bool jobOffered(const ResolvedSettings &s, const QString &jobStatus);

} // namespace sd::sync

#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace sd {

// Pipeline status of a candidate inside one campaign. Stored as the integer; never reorder.
enum class MemberStatus : int {
    Added = 0,
    Contacted = 1,
    Replied = 2,
    Interested = 3,
    NotInterested = 4,
    Bounced = 5,
    Unsubscribed = 6,
};
inline constexpr int MemberStatusCount = 7;

// Kind of an outreach activity. Stored as the integer; never reorder.
enum class ActivityKind : int {
    EmailSent = 0,
    EmailReply = 1,
    LinkedInMessage = 2,
    LinkedInInMail = 3,
    ConnectionRequest = 4,
    Call = 5,
    Meeting = 6,
    Note = 7,
};
inline constexpr int ActivityKindCount = 8;

enum class ConsentState : int {
    Unknown = 0,
    Granted = 1,
    Refused = 2,
    Withdrawn = 3,
};

// Stable machine names (CLI, CSV, JSON); user-facing labels live in the UI through tr().
QString toKey(MemberStatus s);
QString toKey(ActivityKind k);
QString toKey(ConsentState c);
bool fromKey(const QString &key, MemberStatus *out);
bool fromKey(const QString &key, ActivityKind *out);
bool fromKey(const QString &key, ConsentState *out);
QStringList memberStatusKeys();
QStringList activityKindKeys();

struct Campaign
{
    qint64 id = 0;
    QString name;
    QString description;
    QString owner;
    bool archived = false;
    bool sample = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct CampaignSummary
{
    Campaign campaign;
    std::array<int, MemberStatusCount> countByStatus{};
    int total = 0;
    QDateTime lastActivityAt;
};

struct Candidate
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QStringList emails; // the first one is the primary email
    QStringList phones;
    QString company;
    QString title;
    QString city;
    QString region;
    QString countryCode; // ISO 3166-1 alpha-2
    QString linkedinUrl;
    QStringList links; // other web links: GitHub, portfolio, ...
    QString source;
    QStringList tags;
    QMap<QString, QString> customFields;
    QString notes;
    ConsentState consent = ConsentState::Unknown;
    QDateTime consentDate;
    QString consentMethod;
    bool sample = false;
    qint64 rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString primaryEmail() const { return emails.isEmpty() ? QString() : emails.first(); }
    QString displayName() const;
    QString location() const;
};

// Field names as stored in the change log and used by the field mapping later.
namespace field {
inline constexpr auto FirstName = "firstName";
inline constexpr auto LastName = "lastName";
inline constexpr auto Emails = "emails";
inline constexpr auto Phones = "phones";
inline constexpr auto Company = "company";
inline constexpr auto Title = "title";
inline constexpr auto City = "city";
inline constexpr auto Region = "region";
inline constexpr auto CountryCode = "countryCode";
inline constexpr auto LinkedIn = "linkedinUrl";
inline constexpr auto Links = "links";
inline constexpr auto Source = "source";
inline constexpr auto Tags = "tags";
inline constexpr auto Notes = "notes";
inline constexpr auto Consent = "consent";
inline constexpr auto ConsentDate = "consentDate";
inline constexpr auto ConsentMethod = "consentMethod";
inline constexpr auto CustomPrefix = "custom."; // custom.<name>
} // namespace field

// Every field of a candidate as text, keyed by the names above: the basis of the change log.
QMap<QString, QString> fieldValues(const Candidate &c);

struct FieldChange
{
    qint64 candidateId = 0;
    QString field;
    QString oldValue;
    QString newValue;
    QString changedBy;
    QDateTime changedAt;
};

struct CampaignMember
{
    qint64 campaignId = 0;
    Candidate candidate;
    MemberStatus status = MemberStatus::Added;
    QDateTime addedAt;
    QDateTime statusChangedAt;
    QDateTime lastActivityAt;
};

struct MembershipInfo
{
    qint64 campaignId = 0;
    QString campaignName;
    MemberStatus status = MemberStatus::Added;
    QDateTime statusChangedAt;
};

struct StatusChange
{
    qint64 campaignId = 0;
    qint64 candidateId = 0;
    MemberStatus status = MemberStatus::Added;
    QDateTime changedAt;
    QString changedBy;
};

struct Activity
{
    qint64 id = 0;
    qint64 candidateId = 0;
    qint64 campaignId = 0; // 0: not tied to a campaign
    ActivityKind kind = ActivityKind::Note;
    QString subject;
    QString body;
    QDateTime occurredAt;
    QString author;
};

// The status a member moves to when an activity of this kind is logged for them, if any:
// outreach moves "added" to "contacted", a reply moves "added"/"contacted" to "replied".
// Later, stronger states (interested, bounced, ...) are never overwritten by an activity.
std::optional<MemberStatus> statusAfterActivity(MemberStatus current, ActivityKind kind);

} // namespace sd

Q_DECLARE_METATYPE(sd::Candidate)
Q_DECLARE_METATYPE(sd::Campaign)

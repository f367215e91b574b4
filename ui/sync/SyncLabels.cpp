#include "SyncLabels.h"

#include "FieldMapping.h"
#include "Labels.h"
#include "SyncSettings.h"
#include "Types.h"

#include <QHash>
#include <QSet>

namespace sd::ui {

namespace k = sync::key;

namespace {

QString s(const char *key)
{
    return QString::fromLatin1(key);
}

} // namespace

QList<SyncLabels::Group> SyncLabels::groups()
{
    QList<Group> out = {
        {QStringLiteral("contact"),
         tr("Contact settings"),
         tr("Keep SmartRecruiters up to date with the changes your team makes in Sourcedesk."),
         {s(k::ManualUpdates)}},
        {QStringLiteral("adding"),
         tr("Adding to SmartRecruiters"),
         tr("When a sourced person becomes a candidate in SmartRecruiters, and where they come from."),
         {s(k::CreateTrigger), s(k::NotesOnlySynced), s(k::Source)}},
        {QStringLiteral("fields"),
         tr("Candidate fields"),
         tr("Which SmartRecruiters fields recruiters see and must fill before a candidate is pushed."),
         {s(k::DisplayedFields), s(k::MandatoryFields), s(k::FilterableFields)}},
        {QStringLiteral("notes"),
         tr("Activity notes"),
         tr("Which outreach activities become notes on the candidate in SmartRecruiters, and who sees them."),
         {s(k::NoteKinds), s(k::NoteTemplate), s(k::NoteVisibility), s(k::NoteUsers)}},
        {QStringLiteral("mapping"),
         tr("Contact fields mapping"),
         tr("Which Sourcedesk field or template fills each SmartRecruiters field. Only change it when values "
            "do not arrive in SmartRecruiters as expected."),
         {s(k::FieldMapping)}},
        {QStringLiteral("jobs"),
         tr("Job information"),
         tr("Offer only the jobs with these statuses when linking a campaign."),
         {s(k::JobStatuses)}},
        {QStringLiteral("tags"),
         tr("Tags"),
         tr("Tag candidates in SmartRecruiters with their campaign and outcome."),
         {s(k::TagsEnabled), s(k::TagTemplate)}},
        {QStringLiteral("consent"),
         tr("Consent"),
         tr("Hold candidates back until they agreed to be kept on file."),
         {s(k::ConsentRequired), s(k::ConsentTemplate)}},
        {QStringLiteral("attachments"),
         tr("Attachments"),
         tr("Send the files attached to a candidate (CVs, notes)."),
         {s(k::UploadAttachments)}},
        {QStringLiteral("stages"),
         tr("Hiring stages"),
         tr("Bring the hiring stages of SmartRecruiters back into the campaigns once a day."),
         {s(k::StageSyncEnabled), s(k::StageSyncTime), s(k::StageSyncTimeZone), s(k::StageSyncSince),
          s(k::StageSyncOnlyNewApplications), s(k::StageSyncPushBack)}},
    };
    // Keys a later catalog adds are not lost: they show under "Other settings".
    QSet<QString> grouped;
    for (Group &g : out) {
        QStringList known;
        for (const QString &key : std::as_const(g.keys)) {
            if (sync::findSetting(key)) {
                known << key;
                grouped.insert(key);
            }
        }
        g.keys = known;
    }
    Group other{QStringLiteral("other"), tr("Other settings"), QString(), {}};
    for (const sync::SettingDef &d : sync::settingCatalog()) {
        if (!grouped.contains(d.key))
            other.keys << d.key;
    }
    if (!other.keys.isEmpty())
        out << other;
    return out;
}

QString SyncLabels::help(const QString &key)
{
    static const QHash<QString, const char *> texts = {
        {s(k::ManualUpdates),
         QT_TR_NOOP("Send the changes recruiters make to name, company, role, location and the "
                    "other contact fields to SmartRecruiters.")},
        {s(k::CreateTrigger),
         QT_TR_NOOP("When a campaign member is created as a candidate in SmartRecruiters.")},
        {s(k::NotesOnlySynced),
         QT_TR_NOOP("With \"when they reply\" or \"when they are interested\", write notes only on "
                    "candidates Sourcedesk created or linked, not on records that merely match.")},
        {s(k::Source),
         QT_TR_NOOP("sourceTypeId/sourceSubTypeId/sourceId of the candidate source in SmartRecruiters; "
                    "empty for SmartRecruiters' default source.")},
        {s(k::DisplayedFields),
         QT_TR_NOOP("SmartRecruiters fields recruiters can fill for a candidate before the push.")},
        {s(k::MandatoryFields),
         QT_TR_NOOP("Fields that must be filled before a candidate is pushed. First name, last "
                    "name and email are always required by SmartRecruiters.")},
        {s(k::FilterableFields),
         QT_TR_NOOP("SmartRecruiters fields offered as filters when searching the ATS.")},
        {s(k::NoteKinds), QT_TR_NOOP("Outreach types that create a note on the candidate.")},
        {s(k::NoteTemplate),
         QT_TR_NOOP("The note text. Placeholders: {activity}, {campaign}, {subject}, {body}, "
                    "{author}, {date}, {status}, {job} and candidate fields such as {firstName}.")},
        {s(k::NoteVisibility), QT_TR_NOOP("Who in SmartRecruiters can read the notes.")},
        {s(k::NoteUsers),
         QT_TR_NOOP("SmartRecruiters user ids the notes are shared with, separated by commas.")},
        {s(k::JobStatuses),
         QT_TR_NOOP("Only jobs with these statuses are offered when linking a campaign to a job.")},
        {s(k::TagTemplate),
         QT_TR_NOOP("The tag. Placeholders: {campaign}, {status}, {job} and candidate fields.")},
        {s(k::TagsEnabled), QT_TR_NOOP("Add a tag with the campaign and the outcome to each candidate.")},
        {s(k::ConsentRequired), QT_TR_NOOP("Do not push a candidate whose consent is not granted.")},
        {s(k::ConsentTemplate),
         QT_TR_NOOP("Consent text sent with the candidate. Placeholders: {date}, {method}, {state}.")},
        {s(k::UploadAttachments), QT_TR_NOOP("Upload the files attached to a candidate in Sourcedesk.")},
        {s(k::StageSyncEnabled),
         QT_TR_NOOP("Read the candidates' hiring stages from SmartRecruiters every day.")},
        {s(k::StageSyncTime), QT_TR_NOOP("When the daily stage sync runs (24-hour time).")},
        {s(k::StageSyncTimeZone), QT_TR_NOOP("The time zone of the daily run, e.g. Europe/Paris.")},
        {s(k::StageSyncSince),
         QT_TR_NOOP("Ignore applications older than this date (yyyy-MM-dd); empty for all.")},
        {s(k::StageSyncOnlyNewApplications),
         QT_TR_NOOP("Only applications made after the stage sync was turned on.")},
        {s(k::StageSyncPushBack),
         QT_TR_NOOP("Send pipeline changes made in Sourcedesk back to SmartRecruiters.")},
    };
    const char *text = texts.value(key);
    return text ? tr(text) : QString();
}

QString SyncLabels::choiceLabel(const QString &key, const QString &value)
{
    if (key == s(k::CreateTrigger)) {
        static const QHash<QString, const char *> t = {
            {QStringLiteral("onAdd"), QT_TR_NOOP("When added to a campaign")},
            {QStringLiteral("onReply"), QT_TR_NOOP("Only when they reply")},
            {QStringLiteral("onInterested"), QT_TR_NOOP("Only when they are interested")},
            {QStringLiteral("never"), QT_TR_NOOP("Don't add this contact")},
        };
        if (const char *text = t.value(value))
            return tr(text);
    }
    if (key == s(k::NoteVisibility)) {
        static const QHash<QString, const char *> t = {
            {QStringLiteral("openNote"), QT_TR_NOOP("Everyone who can see the candidate")},
            {QStringLiteral("hiringTeam"), QT_TR_NOOP("The hiring team")},
            {QStringLiteral("users"), QT_TR_NOOP("Only the users below")},
        };
        if (const char *text = t.value(value))
            return tr(text);
    }
    return value;
}

QString SyncLabels::listItemLabel(const QString &key, const QString &item)
{
    if (key == s(k::DisplayedFields) || key == s(k::MandatoryFields))
        return sync::srFieldLabel(item);
    if (key == s(k::NoteKinds)) {
        if (item == s(sync::StatusChangeKind))
            return tr("Status change");
        ActivityKind kind;
        if (fromKey(item, &kind))
            return label(kind);
    }
    if (key == s(k::JobStatuses)) {
        static const QHash<QString, const char *> t = {
            {QStringLiteral("CREATED"), QT_TR_NOOP("Created")},
            {QStringLiteral("SOURCING"), QT_TR_NOOP("Sourcing")},
            {QStringLiteral("FILLED"), QT_TR_NOOP("Filled")},
            {QStringLiteral("INTERVIEW"), QT_TR_NOOP("Interview")},
            {QStringLiteral("OFFER"), QT_TR_NOOP("Offer")},
            {QStringLiteral("CANCELLED"), QT_TR_NOOP("Cancelled")},
            {QStringLiteral("ON_HOLD"), QT_TR_NOOP("On hold")},
        };
        if (const char *text = t.value(item))
            return tr(text);
    }
    if (key == s(k::FilterableFields)) {
        static const QHash<QString, const char *> t = {
            {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
            {QStringLiteral("status"), QT_TR_NOOP("Status")},
            {QStringLiteral("subStatus"), QT_TR_NOOP("Sub-status")},
            {QStringLiteral("job"), QT_TR_NOOP("Job")},
            {QStringLiteral("location"), QT_TR_NOOP("Location")},
            {QStringLiteral("consentStatus"), QT_TR_NOOP("Consent status")},
            {QStringLiteral("source"), QT_TR_NOOP("Source")},
            {QStringLiteral("averageRating"), QT_TR_NOOP("Average rating")},
            {QStringLiteral("updatedAfter"), QT_TR_NOOP("Updated after")},
            {QStringLiteral("onboardingStatus"), QT_TR_NOOP("Onboarding status")},
        };
        if (const char *text = t.value(item))
            return tr(text);
        if (sync::isPropertyField(item))
            return sync::srFieldLabel(item);
    }
    return item;
}

QString SyncLabels::ruleLabel(const QString &ruleKey)
{
    return ruleKey == QLatin1StringView("always") ? tr("Always update") : tr("Only update if blank");
}

} // namespace sd::ui

#include "HelpTexts.h"

#include "SyncLabels.h"
#include "SyncSettings.h"

#include <QHash>
#include <QWidget>

namespace sd::ui {

namespace k = sync::key;

namespace {

// One control's help. `tip` may be null: sync settings take SyncLabels::help as their tooltip.
struct Entry
{
    const char *key;
    const char *tip;
    const char *what;
};

// What's This texts are plain text here; paragraphs are separated by an empty line.
const Entry kEntries[] = {
    // Settings → SmartRecruiters sync: one entry per setting of the catalog.
    {k::ManualUpdates, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Sync manual contact updates: when someone on your team corrects a name, company, role, location "
         "or another contact field in Sourcedesk, the change is sent to the candidate's profile in "
         "SmartRecruiters as well.\n\nTurn it off if SmartRecruiters is where your team keeps contact "
         "details up to date.")},
    {k::CreateTrigger, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Add candidate to SmartRecruiters: the moment a person you sourced becomes a candidate in your "
         "SmartRecruiters talent pool.\n\n\"When added to a campaign\" pushes everyone you add. \"Only when "
         "they reply\" waits for an answer to your outreach, \"Only when they are interested\" for a "
         "positive answer. \"Don't add this contact\" never creates them.")},
    {k::NotesOnlySynced, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Only add notes to synced records: with \"Only when they reply\" or \"Only when they are "
         "interested\", your outreach notes are written only on candidates Sourcedesk created or linked "
         "(after they replied or were marked interested), never on SmartRecruiters records that merely "
         "share an email address.")},
    {k::DisplayedFields, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Displayed fields: the SmartRecruiters fields recruiters can fill in for a candidate before "
         "pushing them, for example phone number, LinkedIn profile or current company. Click Choose… to "
         "pick them from a list.")},
    {k::MandatoryFields, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Mandatory fields: a candidate is pushed to SmartRecruiters only once these fields are filled. "
         "First name, last name and email are always required by SmartRecruiters; add more when your "
         "team's process needs them.")},
    {k::FieldMapping,
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts",
                       "Which Sourcedesk field or template fills each SmartRecruiters field, and when."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Contact fields mapping: each row sends one Sourcedesk field (or a template such as "
         "{title} at {company}) to one SmartRecruiters field.\n\n\"Always update\" writes the field every "
         "time, overwriting whatever is in SmartRecruiters. \"Only update if blank\" fills the field only "
         "when it is empty and never overwrites existing data.\n\nOnly change the mapping when values do "
         "not arrive in SmartRecruiters as expected.")},
    {k::FilterableFields, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Filterable fields: the SmartRecruiters fields offered as filters in Search SmartRecruiters, so "
         "you can search your ATS by tag, status, job and the like without leaving Sourcedesk.")},
    {k::NoteKinds, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Create new notes from: the outreach types (emails, replies, calls, LinkedIn steps, status "
         "changes…) that write a note on the candidate in SmartRecruiters. Leave a type out to keep that "
         "activity in Sourcedesk only.")},
    {k::NoteTemplate, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Note text: how each activity note reads in SmartRecruiters. Placeholders in braces are filled "
         "per note: {activity}, {campaign}, {subject}, {body}, {author}, {date}, {status}, {job} and "
         "candidate fields such as {firstName}.")},
    {k::NoteVisibility, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Who sees the notes in SmartRecruiters: \"Everyone who can see the candidate\", only \"The hiring "
         "team\" of the job, or \"Only the users below\", the ones listed in \"Share notes with these "
         "users\".")},
    {k::NoteUsers, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Share notes with these users: the SmartRecruiters user ids, separated by commas, that can read "
         "the notes when \"Who sees the notes\" is \"Only the users below\".")},
    {k::JobStatuses, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Job status whitelist: when you link a campaign to a job, only the jobs with the selected "
         "statuses (for example Sourcing, Interview, Offer) are listed. Filled, cancelled or on-hold jobs "
         "stay out of the way.")},
    {k::Source, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Candidate source: the source SmartRecruiters records for the candidates Sourcedesk creates, as "
         "sourceTypeId/sourceSubTypeId/sourceId, so your source reports show where they were found. Leave "
         "it empty for SmartRecruiters' default source.")},
    {k::TagTemplate, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Tag: the tag added to the candidate's profile in SmartRecruiters, built from placeholders, "
         "e.g. \"sourcedesk - {campaign} - {status}\" becomes \"sourcedesk - senior ml - interested\".")},
    {k::TagsEnabled, nullptr,
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts",
                       "Tag candidates: adds a tag with the campaign and the outcome to each candidate in "
                       "SmartRecruiters, so the hiring team can filter on it there.")},
    {k::ConsentRequired, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Require consent before syncing: a candidate whose consent to be kept on file is not granted is "
         "held back and not pushed to SmartRecruiters.")},
    {k::ConsentTemplate, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Consent text: the consent record sent with each candidate. Placeholders: {date}, {method} and "
         "{state}. Change it when your legal team asks for a different wording.")},
    {k::UploadAttachments, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Upload attachments: the files attached to a candidate in Sourcedesk (CVs, notes) are uploaded "
         "to their SmartRecruiters profile.")},
    {k::StageSyncEnabled, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Synchronize hiring stages: once a day Sourcedesk reads the candidates' hiring stages in "
         "SmartRecruiters and moves the campaign members to the mapped pipeline status. Map the stages on "
         "Settings → Hiring stages first.")},
    {k::StageSyncTime, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Daily stage sync at: the time the daily stage sync runs (24-hour clock), in the time zone "
         "below. The default is 17:00 Paris time (5:00 PM CET).")},
    {k::StageSyncTimeZone, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Stage sync time zone: the time zone of the daily run, such as Europe/Paris or America/New_York.")},
    {k::StageSyncSince, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Stage sync since: applications older than this date (yyyy-MM-dd) are ignored by the stage "
         "sync. Leave it empty to read them all.")},
    {k::StageSyncOnlyNewApplications, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Only applications made after stage sync was turned on: the stage mapping applies to "
         "applications submitted after you enabled the stage sync. Stages of earlier applications are not "
         "synchronized.")},
    {k::StageSyncPushBack, nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Push pipeline changes back: when you move a member in a Sourcedesk pipeline, the candidate's "
         "application moves to the matching hiring stage in SmartRecruiters too.")},
    // Rows of the sync settings editor and the page around it.
    {"syncLayerCombo", nullptr,
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Settings for: \"Team defaults\" are set by your team admin and apply to everyone; \"My "
         "settings\" override them for your own campaigns. A locked team default cannot be overridden.")},
    {"syncLock_", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Lock this team default so nobody can change it."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Lock: everyone uses the team value of this setting. Users, campaigns and candidates cannot "
         "override it until the admin unlocks it.")},
    {"syncReset_", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Go back to the inherited value."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Reset: drops the value set here, so the setting follows the layer below again (the team "
         "default, or the built-in default for team settings).")},
    {"syncPickButton_", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Pick the items from a list."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Choose…: ticks and unticks the known items of this list; the line beside it shows what is "
         "chosen and can be edited by hand.")},
    {"syncSettingsSave", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Save the sync settings."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Save: stores all changed sync settings at once. Nothing is saved while a value has a problem.")},
    {"syncSettingsRevert", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Drop the unsaved changes."),
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts",
                       "Revert: drops the unsaved changes and shows the stored settings again.")},
    {"syncSettingsExport", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Save these settings to a file."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Export: writes the settings of the chosen layer to a JSON file, to share with another "
         "workspace or keep as a backup.")},
    {"syncSettingsImport", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Load settings from a file."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Import: replaces the settings of the chosen layer with those of an exported JSON file. Nothing "
         "changes if the file is not valid.")},
    // The contact fields mapping table.
    {"fieldMappingTable",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts",
                       "One row per SmartRecruiters field and where its value comes from."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Contact fields mapping: one row per SmartRecruiters field, the Sourcedesk field or template "
         "that fills it, and its update rule (\"Always update\" or \"Only update if blank\").")},
    {"mappingSrField_", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The SmartRecruiters field this row fills."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "SmartRecruiters field: a standard candidate field, or property:<id> for one of your company's "
         "candidate properties.")},
    {"mappingSource_",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The Sourcedesk field or template that fills it."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Sourcedesk field or template: a field name such as email, or a template with placeholders such "
         "as {title} at {company}.")},
    {"mappingRule_", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Always update, or only update if blank."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Update rule: \"Always update\" overwrites the field in SmartRecruiters with every push. \"Only "
         "update if blank\" writes only when the field is empty there and never overwrites existing "
         "data.")},
    {"fieldMappingAdd", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Add a row for another field."),
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Add field: adds a row to map one more SmartRecruiters field.")},
    {"fieldMappingRemove", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Remove the selected rows."),
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts",
                       "Remove field: removes the selected rows; those fields are no longer written.")},
    {"fieldMappingDefaults", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Go back to the built-in mapping."),
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts",
                       "Restore defaults: replaces the whole table with the built-in mapping.")},
    // Settings → Integration: SmartRecruiters.
    {"integrationServer", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Which SmartRecruiters to connect to."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Server: SmartRecruiters for your live account. \"Other address…\" is for a test environment "
         "your SmartRecruiters admin gave you.")},
    {"integrationApiUrl", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The address of the SmartRecruiters API."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "API address: where Sourcedesk sends its requests. Filled in for SmartRecruiters; change it only "
         "with \"Other address…\".")},
    {"integrationWebUrl", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The address you sign in at."),
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts",
                       "Sign-in address: the SmartRecruiters page the sign-in window opens.")},
    {"integrationMethodOAuth",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Sign in with your SmartRecruiters account."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Sign in with SmartRecruiters: Connect opens the SmartRecruiters sign-in; log in and click Allow "
         "access to grant Sourcedesk the permissions it asks for. Nothing is stored but a token in your "
         "keychain.")},
    {"integrationMethodApiKey",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Connect with an API key from SmartRecruiters."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "API key: for companies whose admin issues API keys (Settings → Apps & Integrations in "
         "SmartRecruiters). The key goes to your system keychain only.")},
    {"integrationClientId",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The OAuth client id of your SmartRecruiters app."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Client id: identifies the app your SmartRecruiters admin registered for Sourcedesk.")},
    {"integrationClientSecret",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The OAuth client secret; kept in the keychain."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Client secret: the secret that belongs to the client id. It is kept in your system keychain; "
         "leave it empty to reuse the stored one.")},
    {"integrationRedirectUri",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Must match a redirect URI registered for the app exactly."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Redirect URI: where SmartRecruiters sends you back after you allow access. It must match a "
         "redirect URI registered for the app, character for character.")},
    {"integrationApiKey",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Paste the API key; it goes to the keychain only."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "API key: paste the key your SmartRecruiters admin gave you. It is handed to the keychain and "
         "cleared from the form.")},
    {"integrationConnectButton",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Turn on the synchronization with SmartRecruiters."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Connect: turns on the synchronization. With sign-in you log in to SmartRecruiters and allow "
         "access; with an API key the key is checked right away.")},
    {"integrationDisconnectButton",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Turn off the synchronization and forget the sign-in."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Disconnect: stops the synchronization and removes the token or key from the keychain. Your "
         "campaigns and candidates stay in Sourcedesk.")},
    {"integrationTestButton",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Check every permission Sourcedesk needs."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Test integration: checks each permission Sourcedesk needs in SmartRecruiters and lists what is "
         "granted and what is missing below.")},
    {"integrationScopes",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The permissions Sourcedesk has in SmartRecruiters."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Permissions: each permission, whether it is granted, and what Sourcedesk uses it for. Ask your "
         "SmartRecruiters admin for the missing ones.")},
    {"integrationTestJob",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The job the test candidate is created on."),
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts",
                       "Job: the SmartRecruiters job that receives the test candidate.")},
    {"integrationInsertTestCandidate",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Create a test candidate with a note on the chosen job."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Insert test candidate: creates a clearly named test candidate with a note on the chosen job, "
         "so you can see in SmartRecruiters exactly what a push looks like. Delete it there afterwards.")},
    // Settings → Hiring stages.
    {"stageTree",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts",
                       "Each SmartRecruiters hiring stage and the pipeline status it maps to."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Hiring stages: all stages of your SmartRecruiters hiring processes. Assign each one a Sourcedesk "
         "pipeline status; every stage must be assigned before saving. A highlighted stage changed in "
         "SmartRecruiters.")},
    {"stageMapping_",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The pipeline status this hiring stage maps to."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Pipeline status: when a candidate's application reaches this stage in SmartRecruiters, the "
         "stage sync moves the campaign member to this status.")},
    {"stagePreferred_",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The stage pushed to SmartRecruiters for this status."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Pushing back: when several stages map to one status, a status change made in Sourcedesk is "
         "pushed to SmartRecruiters as this stage.")},
    {"stageDownload",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Download the hiring stages from SmartRecruiters."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Download from SmartRecruiters: downloads every stage your company defined in SmartRecruiters. "
         "New stages arrive unmapped.")},
    {"stageSuggest",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Suggest a pipeline status for every unmapped stage."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Suggest: fills every unmapped stage with the closest pipeline status (Offered, Hired, "
         "Rejected…). Check the suggestions, then save.")},
    {"stageClearFlag",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Accept the change SmartRecruiters made to the selected stage."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Clear flag: a stage renamed or removed in SmartRecruiters is highlighted until you have checked "
         "its mapping and cleared the flag.")},
    {"stageRevert", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Drop the unsaved stage mapping changes."),
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Revert: drops the unsaved changes to the stage mapping.")},
    {"stageSave", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Save the stage mapping."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Save: stores the stage mapping. It applies to applications submitted after the stage sync was "
         "turned on.")},
    {"stageSyncNow",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Sync the hiring stages from SmartRecruiters now."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Sync stages now: runs the stage sync right away instead of waiting for the daily run.")},
    {"stageSyncCancel", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Stop the running stage sync."),
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts",
                       "Cancel: stops the running stage sync; members moved so far stay moved.")},
    {"stageSyncDrift",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Applications whose stage could not be applied."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Stage drift: applications whose SmartRecruiters stage could not be applied (an unmapped stage, "
         "an unknown candidate), and members out of step with SmartRecruiters.")},
    // Settings → Mailbox.
    {"mailboxProvider",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Fill in the servers for a known email provider."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Provider: Gmail / Google Workspace and Microsoft 365 / Outlook fill in the servers for you. "
         "Choose Other to type them in.")},
    {"mailboxAddress",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The address your sequence emails are sent from."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Address: candidates see this address as the sender of your sequence emails, and replies to it "
         "are read back into Sourcedesk.")},
    {"mailboxDisplayName", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Your name as candidates see it."),
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts",
                       "Display name: the name shown beside your address in the candidate's inbox.")},
    {"mailboxUser", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The user name to sign in to the mail servers."),
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts",
                       "User name: what you sign in to the mail servers with; usually the email address.")},
    {"mailboxAuth",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Sign in with a password or an OAuth2 access token."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Sign-in: a password (an app password for Gmail or Microsoft 365), or an OAuth2 access token.")},
    {"mailboxSecret", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Kept in this computer's keychain only."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Password or token: stored in this computer's keychain, never in the workspace. Leave it empty "
         "to keep the stored one.")},
    {"mailboxSmtpHost", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The server your emails are sent through."),
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "SMTP server: the outgoing mail server, e.g. smtp.gmail.com.")},
    {"mailboxSmtpPort", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The port of the sending server."),
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "SMTP port: usually 465 with TLS or 587 with STARTTLS.")},
    {"mailboxSmtpSecurity",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "How the connection to the sending server is encrypted."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "SMTP security: TLS for port 465, STARTTLS for port 587. Unencrypted connections are refused "
         "except on this computer.")},
    {"mailboxImapHost", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The server replies are read from."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "IMAP server: the incoming mail server Sourcedesk reads replies from, e.g. imap.gmail.com.")},
    {"mailboxImapPort", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The port of the reading server."),
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "IMAP port: usually 993 with TLS.")},
    {"mailboxImapSecurity",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "How the connection to the reading server is encrypted."),
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "IMAP security: TLS for port 993, STARTTLS for port 143.")},
    {"mailboxSentFolder", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The folder copies of sent emails go to."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Sent folder: where a copy of each sequence email is saved, so it appears with your other sent "
         "mail.")},
    {"mailboxSaveCopy",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Keep a copy of each email in the Sent folder."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Save a copy: stores each email Sourcedesk sends in the Sent folder. Gmail does this by itself; "
         "turn it off there to avoid duplicates.")},
    {"mailboxAllowInsecure",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "For a test mail server on this computer only."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Allow unencrypted connections: only for a mail server running on this computer (loopback), "
         "such as a test server. Remote servers always need TLS or STARTTLS.")},
    {"mailboxDailyLimit",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The most emails sent from this mailbox per day."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Daily limit: sequences stop sending for the day once this many emails went out, which keeps "
         "your mailbox clear of the provider's sending limits and spam filters.")},
    {"mailboxHourlyLimit",
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The most emails sent from this mailbox per hour."),
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Hourly limit: spreads your sequence emails over the day.")},
    {"mailboxSpacing", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "The least time between two emails."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Spacing: the minimum wait between two emails, so a large sequence does not go out in one burst.")},
    {"mailboxSave", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Save the mailbox."),
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts",
                       "Save: stores the mailbox settings; the password or token goes to the keychain.")},
    {"mailboxTest", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Test the connection to the mail servers."),
     QT_TRANSLATE_NOOP(
         "sd::ui::HelpTexts",
         "Test connection: signs in to the sending and the reading server and says what, if anything, "
         "went wrong.")},
    {"mailboxCancelTest", QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Cancel the connection test."),
     QT_TRANSLATE_NOOP("sd::ui::HelpTexts", "Cancel test: stops the connection test.")},
};

const Entry *find(const QString &key)
{
    static const QHash<QString, const Entry *> index = [] {
        QHash<QString, const Entry *> h;
        for (const Entry &e : kEntries)
            h.insert(QString::fromLatin1(e.key), &e);
        return h;
    }();
    return index.value(key);
}

QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &p : text.split(QStringLiteral("\n\n")))
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    return html;
}

} // namespace

QString HelpTexts::toolTip(const QString &key)
{
    const Entry *e = find(key);
    if (!e)
        return {};
    if (e->tip)
        return tr(e->tip);
    const QString line = SyncLabels::help(key);
    return line.isEmpty() ? tr(e->what) : line;
}

QString HelpTexts::whatsThis(const QString &key)
{
    const Entry *e = find(key);
    return e ? paragraphs(tr(e->what)) : QString();
}

QString HelpTexts::keyFor(const QString &objectName)
{
    if (find(objectName))
        return objectName;
    const int underscore = objectName.indexOf(u'_');
    if (underscore < 0)
        return {};
    const QString prefix = objectName.left(underscore + 1);
    const QString rest = objectName.mid(underscore + 1);
    // A sync setting's input and label take the setting's own help.
    if ((prefix == QLatin1StringView("syncInput_") || prefix == QLatin1StringView("syncLabel_")) &&
        find(rest))
        return rest;
    return find(prefix) ? prefix : QString();
}

bool HelpTexts::attach(QWidget *widget, const QString &key)
{
    if (!widget)
        return false;
    const QString body = whatsThis(key);
    if (body.isEmpty())
        return false;
    QString title = widget->accessibleName();
    if (sync::findSetting(key))
        title = sync::settingLabel(key);
    widget->setWhatsThis(
        title.isEmpty() ? body : QStringLiteral("<p><b>%1</b></p>%2").arg(title.toHtmlEscaped(), body));
    if (widget->toolTip().isEmpty())
        widget->setToolTip(toolTip(key));
    return true;
}

int HelpTexts::apply(QWidget *root)
{
    if (!root)
        return 0;
    int attached = attach(root, keyFor(root->objectName())) ? 1 : 0;
    const auto children = root->findChildren<QWidget *>();
    for (QWidget *w : children) {
        const QString key = keyFor(w->objectName());
        if (!key.isEmpty() && attach(w, key))
            ++attached;
    }
    return attached;
}

QStringList HelpTexts::keys()
{
    QStringList out;
    for (const Entry &e : kEntries)
        out << QString::fromLatin1(e.key);
    return out;
}

} // namespace sd::ui

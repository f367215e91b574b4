#pragma once

#include <QStringList>

namespace sd::cli {

class Context;

// One entry point per command group; `args` are the words after the command name.
int runImport(Context &context, const QStringList &args);
int runExport(Context &context, const QStringList &args);
int runCampaigns(Context &context, const QStringList &args);
int runCandidates(Context &context, const QStringList &args);
int runAddToCampaign(Context &context, const QStringList &args);
int runSetStatus(Context &context, const QStringList &args);
int runLogActivity(Context &context, const QStringList &args);
// The SmartRecruiters connection (ConnectionCommands.cpp).
int runConnect(Context &context, const QStringList &args);
int runWhoami(Context &context, const QStringList &args);
int runScopes(Context &context, const QStringList &args);
int runJobs(Context &context, const QStringList &args);
int runDisconnect(Context &context, const QStringList &args);
// `candidates add`, in its own file.
int runCandidateAdd(Context &context, const QStringList &args);
// The SmartRecruiters sync: settings layers (SettingsCommands.cpp; export and import in
// SettingsTransfer.cpp), sending and pulling (SyncCommands.cpp), the push preview
// (PreviewCommand.cpp), the outbox (OutboxCommands.cpp) and `campaigns link-job`
// (LinkJobCommand.cpp); their shared helpers in SyncSupport.h.
int runSettings(Context &context, const QStringList &args);
int runSync(Context &context, const QStringList &args);
int runPush(Context &context, const QStringList &args);
int runPreview(Context &context, const QStringList &args);
int runOutbox(Context &context, const QStringList &args);
int runCampaignLinkJob(Context &context, const QStringList &args);
// The company policy file (PolicyCommands.cpp).
int runPolicy(Context &context, const QStringList &args);
// Outreach sequences: the sender's mailbox (MailboxCommands.cpp), a campaign's sequence
// (SequenceCommands.cpp; preview, enroll and unenroll in SequenceEnroll.cpp), the send queue, the
// do-not-contact list and the tasks (OutreachCommands.cpp), `outreach run` (OutreachRun.cpp);
// their shared helpers in OutreachSupport.h.
int runMailbox(Context &context, const QStringList &args);
int runSequence(Context &context, const QStringList &args);
int runSequencePreview(Context &context, const QStringList &args);
int runSequenceEnroll(Context &context, const QStringList &args, bool enroll);
int runOutreach(Context &context, const QStringList &args);
int runOutreachRun(Context &context, const QStringList &args);
int runDnc(Context &context, const QStringList &args);
int runTasks(Context &context, const QStringList &args);
// Moving a workspace to a team server and back (WorkspaceCommands.cpp).
int runWorkspace(Context &context, const QStringList &args);
// Members and roles of a team (PostgreSQL) workspace (TeamCommands.cpp).
int runTeam(Context &context, const QStringList &args);
// `team connect`: sign in to a team workspace, password from stdin into the keychain (TeamConnect.cpp).
int runTeamConnect(Context &context, const QStringList &args);

} // namespace sd::cli

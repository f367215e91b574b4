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

} // namespace sd::cli

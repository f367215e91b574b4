#pragma once
// What the outreach commands share (MailboxCommands, SequenceCommands, OutreachCommands): the
// keychain called synchronously through a local event loop, secrets from stdin or the environment
// (never from an argument), the mail failure exit codes and the actor's mailbox.
#include "CliError.h"
#include "MailboxRepository.h"
#include "SecretStore.h"
#include "SmtpClient.h"

#include <QString>

#include <optional>

namespace sd::cli {

class CommandLine;
class Context;

// Exit codes of `mailbox test` (and of `outreach run` when a mailbox stopped it); documented in
// cli/README.md and `mailbox test --help`. The table in CliError.h ends at 7; these never collide.
enum MailExitCode : int
{
    ExitMailConnect = 10, // the server cannot be reached (DNS, refused, timed out)
    ExitMailTls = 11,     // TLS failed, or STARTTLS was required and not offered
    ExitMailAuth = 12,    // the server refused the user, password or token
    ExitMailRefused = 13, // any other refusal or a dropped connection
};

// The exit code for a failed SMTP or IMAP check (ExitOk for Kind::None).
int exitCodeFor(mail::SendFailure::Kind kind);
// Stable key for --json: "ok", "config", "connect", "tls", "auth", "rejected", "temporary", "uncertain", "cancelled".
QString failureKey(mail::SendFailure::Kind kind);

// Runs one keychain operation to its end with a local event loop (at most `timeoutMs`).
connection::SecretStore::Result keychainRead(Context &ctx, const QString &key, int timeoutMs = 60000);
connection::SecretStore::Result keychainWrite(Context &ctx, const QString &key, const QString &value,
                                              int timeoutMs = 60000);
connection::SecretStore::Result keychainRemove(Context &ctx, const QString &key, int timeoutMs = 60000);
CliError keychainError(const connection::SecretStore::Result &result);

// The variable through the test seam, else the process environment.
QString environmentValue(const Context &ctx, const QString &name);

// --secret-stdin / --secret-env VAR when one is given; nullopt when neither is. An empty secret
// is an error naming the option.
// `withStdin`: the command has --secret-stdin (`outreach run` has only --secret-env).
std::optional<Expected<QString>> secretFromOptions(Context &ctx, const CommandLine &cl, bool withStdin = true);

// The actor's mailbox (one per recruiter); NotFound (exit 3) when there is none.
Expected<MailboxRecord> ownMailbox(Context &ctx);

// Where validate()/toAccount() put an error ("smtp.host") as the option that sets it ("--smtp-host").
QString optionForField(const QString &field);

} // namespace sd::cli

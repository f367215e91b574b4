#pragma once
// A stored mailbox (models' MailboxRecord) <-> the mail library's MailAccount, and where its
// secret lives in the keychain. The JSON keys are the only schema of mailboxes.settings.
#include "MailAccount.h"
#include "MailboxRepository.h"

namespace sd::outreach {

// Settings keys: smtpHost, smtpPort, smtpSecurity, imapHost, imapPort, imapSecurity, user, auth,
// inboxFolder, sentFolder, saveCopyToSent, allowInsecureLoopback. Limits stay in the record.
MailboxRecord toRecord(const mail::MailAccount &account, const QString &owner, const MailboxRecord &limitsFrom);
// InvalidArgument naming the settings key when a value is missing or unreadable.
Result<mail::MailAccount> toAccount(const MailboxRecord &record);

// Keychain key of the mailbox password or OAuth2 token: "mailbox/<address lower-case>/secret".
QString secretKey(const QString &address);

} // namespace sd::outreach

#pragma once
// The durable queue of outreach emails (table outreach_emails), with the same rules as the
// SmartRecruiters outbox: a row is claimed ("sending") in its own committed transaction before the
// SMTP conversation starts, so after a crash a row still "sending" is never sent again blindly:
// recoverSending() turns it "uncertain" and the sender verifies it (Sent folder, by Message-ID)
// before deciding. One row per (campaign, candidate, step): queueing twice is a no-op.
#include "Error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

class Workspace;

enum class EmailState { Queued, Sending, Sent, Failed, Uncertain, Bounced, Cancelled };
QString toKey(EmailState s); // "queued", "sending", ...
std::optional<EmailState> emailStateFromKey(const QString &key);

struct QueuedEmail
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 candidateId = 0;
    int stepPosition = 0;
    QString mailbox;   // sender address
    QString toAddress;
    QString subject;
    QString body;
    QString messageId; // no brackets; fixed when queued, so a verification can find it
    QString inReplyTo;
    QStringList references;
    EmailState state = EmailState::Queued;
    int attempts = 0;
    QString lastError;
    QDateTime notBefore; // UTC
    QDateTime queuedAt;
    QDateTime sentAt;
};

struct MailboxUsage
{
    int sentLastHour = 0;
    int sentToday = 0; // since `dayStartUtc`
    QDateTime lastSentAt;
};

class OutreachQueue
{
public:
    explicit OutreachQueue(const Workspace &workspace);

    // Returns the new id, or 0 when this (campaign, candidate, step) was queued before.
    Result<qint64> enqueue(QueuedEmail &email);
    Result<QueuedEmail> get(qint64 id) const;
    Result<std::optional<QueuedEmail>> byMessageId(const QString &messageId) const;

    // The oldest queued email of `mailbox` with not_before <= now (by not_before, then id), switched
    // to "sending" with attempts + 1, committed before it is returned. Nothing when none is due.
    // A retry (markRetry) is "queued" again; "failed" waits for the recruiter (requeue).
    Result<std::optional<QueuedEmail>> claimNext(const QString &mailbox, const QDateTime &nowUtc);

    Status markSent(qint64 id, const QDateTime &sentAtUtc);
    // A temporary failure: back to "queued" with the error, due again at `retryAtUtc`.
    Status markRetry(qint64 id, const QString &error, const QDateTime &retryAtUtc);
    // A permanent failure the recruiter must see ("failed"), or a bounce ("bounced").
    Status markFailed(qint64 id, const QString &error);
    Status markBounced(qint64 id, const QString &diagnostic);
    Status markUncertain(qint64 id, const QString &why);
    // The recruiter's decision on an uncertain or failed email: send again, or give it up.
    Status requeue(qint64 id, const QDateTime &notBeforeUtc);
    Status cancel(qint64 id, const QString &why);

    // Crash recovery at start: every "sending" row becomes "uncertain"; returns their ids.
    Result<QList<qint64>> recoverSending();
    Result<QList<QueuedEmail>> inState(EmailState state, int limit) const;

    // Queued emails of this member that have not gone out: cancelled with `why`. Returns how many.
    Result<int> cancelPending(qint64 campaignId, qint64 candidateId, const QString &why);

    // The message ids already sent to this member in this campaign, oldest first (threading).
    Result<QStringList> threadOf(qint64 campaignId, qint64 candidateId) const;

    // The newest email sent (or bounced) to `address` from `mailbox`, for replies and bounces that
    // carry no usable threading headers (OutreachQueueLookup.cpp).
    Result<std::optional<QueuedEmail>> latestSentTo(const QString &mailbox, const QString &address) const;
    // Whether an email of this member is still on its way (queued, sending or uncertain): a
    // follow-up waits for it, so limits or an outage never let step 2 overtake step 1.
    Result<bool> hasUnsent(qint64 campaignId, qint64 candidateId) const;

    Result<MailboxUsage> usage(const QString &mailbox, const QDateTime &nowUtc, const QDateTime &dayStartUtc) const;

private:
    const Workspace &m_workspace;
};

} // namespace sd

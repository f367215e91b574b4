#pragma once
// Messages API (Hireloop): notes on a candidate are messages that #-tag the candidate.
#include "Page.h"

#include <QJsonObject>

namespace sd::sr {

class ApiCall;
class ApiClient;

struct MessageInput
{
    QString content; // 1..10000 characters; use candidateTag() to link it to a candidate
    QString correlationId;
    QStringList shareWithUsers;
    QStringList shareWithHiringTeamOf; // job ids
    bool everyone = false;
    bool openNote = false;

    QJsonObject toJson() const;
    static QString candidateTag(const QString &candidateId); // #[CANDIDATE:id]
    static QString userMention(const QString &userId);       // @[USER:id]
};

struct MessageDetails
{
    QString id;
    bool shareRequired = false;
    static MessageDetails fromJson(const JsonReader &r);
};

struct Message
{
    QString content;
    QString createdOn;
    QString visibility;
    QString authorId;
    static Message fromJson(const JsonReader &r);
};

class MessagesApi
{
public:
    explicit MessagesApi(ApiClient *client) : m_client(client) {}

    // Not retried blindly: a lost answer may mean the note exists already.
    ApiCall *share(const MessageInput &message, QObject *context, Done<MessageDetails> done) const;
    // A bare array; the next page comes from the Link header (see Pager).
    ApiCall *listForCandidate(const QString &candidateId, const QString &jobId, QObject *context,
                              Done<ArrayOf<Message>> done) const;

private:
    ApiClient *m_client;
};

} // namespace sd::sr

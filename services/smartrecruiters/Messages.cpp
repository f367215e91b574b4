#include "Messages.h"

#include "ApiClient.h"
#include "Jobs.h"

#include <QJsonArray>

namespace sd::sr {

QJsonObject MessageInput::toJson() const
{
    QJsonObject o{{QStringLiteral("content"), content}};
    if (!correlationId.isEmpty())
        o.insert(QStringLiteral("correlationId"), correlationId);
    QJsonObject share;
    if (!shareWithUsers.isEmpty())
        share.insert(QStringLiteral("users"), QJsonArray::fromStringList(shareWithUsers));
    if (!shareWithHiringTeamOf.isEmpty())
        share.insert(QStringLiteral("hiringTeamOf"), QJsonArray::fromStringList(shareWithHiringTeamOf));
    if (everyone)
        share.insert(QStringLiteral("everyone"), true);
    if (openNote)
        share.insert(QStringLiteral("openNote"), true);
    if (!share.isEmpty())
        o.insert(QStringLiteral("shareWith"), share);
    return o;
}

QString MessageInput::candidateTag(const QString &candidateId)
{
    return QStringLiteral("#[CANDIDATE:%1]").arg(candidateId);
}

QString MessageInput::userMention(const QString &userId)
{
    return QStringLiteral("@[USER:%1]").arg(userId);
}

MessageDetails MessageDetails::fromJson(const JsonReader &r)
{
    return {r.string(QStringLiteral("id"), JsonReader::Required), r.boolean(QStringLiteral("shareRequired"))};
}

Message Message::fromJson(const JsonReader &r)
{
    return {r.string(QStringLiteral("content"), JsonReader::Required), r.string(QStringLiteral("createdOn")),
            r.string(QStringLiteral("visibility")), r.string(QStringLiteral("authorId"))};
}

ApiCall *MessagesApi::share(const MessageInput &message, QObject *context, Done<MessageDetails> done) const
{
    return m_client->call<MessageDetails>(
        m_client->prepare(ApiRequest::json("POST", QStringLiteral("/messages/shares"), message.toJson())), context,
        std::move(done));
}

ApiCall *MessagesApi::listForCandidate(const QString &candidateId, const QString &jobId, QObject *context,
                                       Done<ArrayOf<Message>> done) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("candidateId"), pathSegment(candidateId));
    if (!jobId.isEmpty())
        q.addQueryItem(QStringLiteral("jobId"), pathSegment(jobId));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    return m_client->call<ArrayOf<Message>>(m_client->prepare(ApiRequest::get(QStringLiteral("/messages"), q)), context,
                                            std::move(done));
}

} // namespace sd::sr

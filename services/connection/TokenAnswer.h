#pragma once
// What the SmartRecruiters token endpoint answered, checked field by field (RFC 6749 §5.1/§5.2):
// the tokens and their lifetime, or the error code and a message for the recruiter.
#include <QCoreApplication>
#include <QString>

class QNetworkReply;

namespace sd::connection {

struct TokenAnswer
{
    Q_DECLARE_TR_FUNCTIONS(sd::connection::OAuthSession)

public:
    QString accessToken;
    QString refreshToken;
    qint64 expiresInSeconds = 0;
    QString error;   // RFC 6749 error code (or http_<status>) when refused
    QString failure; // for the recruiter when anything went wrong; never a secret
    bool network = false;

    // host: named in the message when SmartRecruiters cannot be reached.
    static TokenAnswer fromReply(QNetworkReply *reply, const QString &host);
    // A short, redacted excerpt of text that came from the server, safe for a message or a log line.
    static QString serverText(const QString &text);
};

} // namespace sd::connection

#pragma once
// Drives the sandbox's consent page over plain HTTP the way a recruiter would in a browser: open
// the consent URL, sign in, press Allow or Deny. Returns the URL SmartRecruiters redirects to.
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

class ConsentDriver
{
public:
    ConsentDriver(QString email, QString password) : m_email(std::move(email)), m_password(std::move(password)) {}

    // Empty URL when a step failed; lastError() says which.
    QUrl run(const QUrl &consentUrl, bool allow);
    QString lastError() const { return m_error; }

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray location;
    };
    Answer send(const QUrl &url, const QByteArray &form);

    QNetworkAccessManager m_nam;
    QString m_email;
    QString m_password;
    QString m_error;
};

#include "ConsentDriver.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>

namespace {

QString unescapeHtml(QString s)
{
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

// The form fields of the first form with that id: hidden inputs with their values.
QByteArray hiddenFields(const QByteArray &html, const QString &formId)
{
    const QString page = QString::fromUtf8(html);
    const qsizetype start = page.indexOf(QStringLiteral("<form id=\"%1\"").arg(formId));
    if (start < 0)
        return {};
    const QString form = page.mid(start, page.indexOf(QLatin1String("</form>"), start) - start);
    static const QRegularExpression input(QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
    QByteArray body;
    for (auto it = input.globalMatch(form); it.hasNext();) {
        const auto m = it.next();
        body += QUrl::toPercentEncoding(m.captured(1)) + '=' + QUrl::toPercentEncoding(unescapeHtml(m.captured(2))) + '&';
    }
    return body;
}

} // namespace

ConsentDriver::Answer ConsentDriver::send(const QUrl &url, const QByteArray &form)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nullptr;
    if (form.isNull()) {
        reply = m_nam.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_nam.post(request, form);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
             reply->rawHeader("Location")};
    reply->deleteLater();
    return a;
}

QUrl ConsentDriver::run(const QUrl &consentUrl, bool allow)
{
    const Answer page = send(consentUrl, QByteArray());
    const QByteArray signInForm = hiddenFields(page.body, QStringLiteral("signin"));
    if (page.status != 200 || signInForm.isEmpty()) {
        m_error = QStringLiteral("consent page: HTTP %1").arg(page.status);
        return {};
    }
    const QUrl action = consentUrl.adjusted(QUrl::RemoveQuery);
    const Answer consent = send(action, signInForm + "email=" + QUrl::toPercentEncoding(m_email)
                                            + "&password=" + QUrl::toPercentEncoding(m_password));
    const QByteArray consentForm = hiddenFields(consent.body, QStringLiteral("consent"));
    if (consent.status != 200 || consentForm.isEmpty()) {
        m_error = QStringLiteral("sign-in: HTTP %1").arg(consent.status);
        return {};
    }
    const Answer redirect = send(action, consentForm + (allow ? "decision=allow" : "decision=deny"));
    if (redirect.status != 302) {
        m_error = QStringLiteral("decision: HTTP %1").arg(redirect.status);
        return {};
    }
    return QUrl::fromEncoded(redirect.location);
}

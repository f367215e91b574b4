#include "CandidateKeys.h"

#include <QUrl>

namespace sd::keys {

QString normalizeEmail(const QString &email)
{
    return email.trimmed().toLower();
}

QString normalizeLinkedIn(const QString &url)
{
    QString s = url.trimmed();
    if (s.isEmpty())
        return {};
    if (!s.contains(QStringLiteral("://")))
        s.prepend(QStringLiteral("https://"));
    const QUrl u(s, QUrl::TolerantMode);
    QString host = u.host().toLower();
    if (!(host == QStringLiteral("linkedin.com") || host.endsWith(QStringLiteral(".linkedin.com"))))
        return {};
    // Country and mobile subdomains (de., uk., m., www.) point at the same profile.
    host = QStringLiteral("linkedin.com");
    const QStringList parts = QUrl::fromPercentEncoding(u.path().toUtf8()).toLower().split(u'/', Qt::SkipEmptyParts);
    // Profiles: /in/<slug>, Recruiter: /talent/profile/<id>, Sales Navigator: /sales/lead/<id>, public /pub/...
    if (parts.size() >= 2 && (parts[0] == QStringLiteral("in") || parts[0] == QStringLiteral("pub")))
        return host + u'/' + parts[0] + u'/' + parts[1];
    if (parts.size() >= 3 && (parts[0] == QStringLiteral("talent") || parts[0] == QStringLiteral("sales")))
        return host + u'/' + parts[0] + u'/' + parts[1] + u'/' + parts[2].section(u',', 0, 0);
    return {};
}

QString normalizeText(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch.isSpace() || ch == u'.' || ch == u',' || ch == u'-') {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += u' ';
            space = false;
        }
        out += ch.toCaseFolded();
    }
    return out;
}

QStringList forCandidate(const Candidate &c)
{
    QStringList out;
    for (const QString &e : c.emails) {
        const QString n = normalizeEmail(e);
        if (!n.isEmpty())
            out << QStringLiteral("e:") + n;
    }
    const QString li = normalizeLinkedIn(c.linkedinUrl);
    if (!li.isEmpty())
        out << QStringLiteral("l:") + li;
    const QString name = normalizeText(c.firstName + u' ' + c.lastName);
    const QString company = normalizeText(c.company);
    if (!name.isEmpty() && !company.isEmpty())
        out << QStringLiteral("n:") + name + u'|' + company;
    out.removeDuplicates();
    return out;
}

DuplicateReason reasonOf(const QString &key)
{
    if (key.startsWith(u'e'))
        return DuplicateReason::Email;
    if (key.startsWith(u'l'))
        return DuplicateReason::LinkedIn;
    return DuplicateReason::NameAndCompany;
}

} // namespace sd::keys

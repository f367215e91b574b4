#include "CandidateKeys.h"

#include <QUrl>

#include <optional>

namespace sd::keys {

namespace {

QString profileKey(const QStringList &parts)
{
    const QString host = QStringLiteral("linkedin.com");
    // Profiles: /in/<slug>, Recruiter: /talent/profile/<id>, Sales Navigator: /sales/lead/<id>, public /pub/...
    if (parts.size() >= 2 && (parts[0] == QStringLiteral("in") || parts[0] == QStringLiteral("pub")))
        return host + u'/' + parts[0] + u'/' + parts[1];
    if (parts.size() >= 3 && (parts[0] == QStringLiteral("talent") || parts[0] == QStringLiteral("sales")))
        return host + u'/' + parts[0] + u'/' + parts[1] + u'/' + parts[2].section(u',', 0, 0);
    return {};
}

bool isLinkedInHost(const QString &host)
{
    return host == QStringLiteral("linkedin.com") || host.endsWith(QStringLiteral(".linkedin.com"));
}

// The characters an http(s) URL can hold without QUrl decoding, fixing or rejecting anything.
bool plainUrlChar(char16_t ch)
{
    if (ch <= 0x20 || ch >= 0x7F)
        return false;
    switch (ch) {
    case u'%': case u'\\': case u'@': case u'[': case u']': case u'"': case u'<': case u'>': case u'{':
    case u'}': case u'|': case u'^': case u'`':
        return false;
    default:
        return true;
    }
}

bool plainHostChar(char16_t ch)
{
    return (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z') || (ch >= u'0' && ch <= u'9') || ch == u'.'
           || ch == u'-';
}

// The common case without QUrl: an ASCII http(s) URL with a plain host, no user, port or
// percent-encoding. Gives the answer of normalizeLinkedInByUrl() for every such URL and nullopt for
// anything else, which then goes the general way.
std::optional<QString> normalizeLinkedInFast(QStringView s)
{
    for (const QChar ch : s) {
        if (!plainUrlChar(ch.unicode()))
            return std::nullopt;
    }
    qsizetype p = 0;
    if (const qsizetype scheme = s.indexOf(u"://"); scheme >= 0) {
        const QStringView name = s.first(scheme);
        if (name.compare(u"https", Qt::CaseInsensitive) != 0 && name.compare(u"http", Qt::CaseInsensitive) != 0)
            return std::nullopt;
        p = scheme + 3;
    }
    qsizetype hostEnd = p;
    while (hostEnd < s.size() && s[hostEnd] != u'/' && s[hostEnd] != u'?' && s[hostEnd] != u'#') {
        if (!plainHostChar(s[hostEnd].unicode()))
            return std::nullopt;
        ++hostEnd;
    }
    const QString host = s.sliced(p, hostEnd - p).toString().toLower();
    if (host.isEmpty() || host.startsWith(u'.') || host.endsWith(u'.') || host.contains(QStringLiteral("..")))
        return std::nullopt; // QUrl's view of odd hosts decides those
    if (!isLinkedInHost(host))
        return QString();
    qsizetype pathEnd = hostEnd;
    while (pathEnd < s.size() && s[pathEnd] != u'?' && s[pathEnd] != u'#')
        ++pathEnd;
    return profileKey(s.sliced(hostEnd, pathEnd - hostEnd).toString().toLower().split(u'/', Qt::SkipEmptyParts));
}

bool isAscii(QStringView s)
{
    for (const QChar ch : s) {
        if (ch.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QString normalizeEmail(const QString &email)
{
    return email.trimmed().toLower();
}

QString normalizeLinkedIn(const QString &url)
{
    const QString s = url.trimmed();
    if (s.isEmpty())
        return {};
    if (std::optional<QString> fast = normalizeLinkedInFast(s))
        return *fast;
    return normalizeLinkedInByUrl(s);
}

QString normalizeLinkedInByUrl(const QString &url)
{
    QString s = url.trimmed();
    if (s.isEmpty())
        return {};
    if (!s.contains(QStringLiteral("://")))
        s.prepend(QStringLiteral("https://"));
    const QUrl u(s, QUrl::TolerantMode);
    // Country and mobile subdomains (de., uk., m., www.) point at the same profile.
    if (!isLinkedInHost(u.host().toLower()))
        return {};
    return profileKey(QUrl::fromPercentEncoding(u.path().toUtf8()).toLower().split(u'/', Qt::SkipEmptyParts));
}

QString normalizeText(const QString &text)
{
    if (!isAscii(text))
        return normalizeTextUnicode(text);
    // ASCII is its own compatibility decomposition and has no combining marks; case folding is
    // lower-casing. Same result as normalizeTextUnicode(), without the decomposition's copy.
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (ch.isSpace() || c == u'.' || c == u',' || c == u'-') {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += u' ';
            space = false;
        }
        out += QChar(c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c);
    }
    return out;
}

QString normalizeTextUnicode(const QString &text)
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
    out.reserve(c.emails.size() + 2);
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

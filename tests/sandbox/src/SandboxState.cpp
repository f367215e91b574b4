#include "SandboxState.h"

#include <QJsonArray>

namespace sr::sandbox {

namespace {
// Table names are also the keys in the state dump and the --data file.
template<typename State, typename Fn>
void visitTables(State &s, Fn &&fn)
{
    fn(QStringLiteral("users"), s.users);
    fn(QStringLiteral("departments"), s.departments);
    fn(QStringLiteral("hiringProcesses"), s.hiringProcesses);
    fn(QStringLiteral("jobs"), s.jobs);
    fn(QStringLiteral("candidates"), s.candidates);
    fn(QStringLiteral("applications"), s.applications);
    fn(QStringLiteral("attachments"), s.attachments);
    fn(QStringLiteral("messages"), s.messages);
    fn(QStringLiteral("subscriptions"), s.subscriptions);
    fn(QStringLiteral("candidateProperties"), s.candidateProperties);
    fn(QStringLiteral("sourceTypes"), s.sourceTypes);
    fn(QStringLiteral("sourceValues"), s.sourceValues);
    fn(QStringLiteral("rejectionReasons"), s.rejectionReasons);
    fn(QStringLiteral("withdrawalReasons"), s.withdrawalReasons);
    fn(QStringLiteral("oauthClients"), s.oauthClients);
    fn(QStringLiteral("apiKeys"), s.apiKeys);
    fn(QStringLiteral("authCodes"), s.authCodes);
    fn(QStringLiteral("accessTokens"), s.accessTokens);
    fn(QStringLiteral("refreshTokens"), s.refreshTokens);
}

bool isSecretTable(const QString &name)
{
    return name == u"authCodes" || name == u"accessTokens" || name == u"refreshTokens" || name == u"apiKeys"
        || name == u"oauthClients";
}
} // namespace

void SandboxState::forEachTable(const std::function<void(const QString &, Table &)> &fn)
{
    visitTables(*this, fn);
}

QJsonObject SandboxState::toJson(bool includeSecrets) const
{
    QJsonObject out;
    out.insert(QStringLiteral("company"), company);
    out.insert(QStringLiteral("seed"), QString::number(seed));
    out.insert(QStringLiteral("generation"), QString::number(generation));
    visitTables(*this, [&](const QString &name, const Table &t) {
        // The inspection dump never shows credentials; only --data persistence does.
        if (!includeSecrets && isSecretTable(name))
            return;
        QJsonObject o;
        for (auto it = t.cbegin(); it != t.cend(); ++it) {
            QJsonObject v = it.value();
            if (!includeSecrets)
                v.remove(QStringLiteral("password"));
            o.insert(it.key(), v);
        }
        out.insert(name, o);
    });
    if (includeSecrets) {
        QJsonObject data;
        for (auto it = attachmentData.cbegin(); it != attachmentData.cend(); ++it)
            data.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
        out.insert(QStringLiteral("attachmentData"), data);
    }
    return out;
}

bool SandboxState::fromJson(const QJsonObject &json, SandboxState *out, QString *error)
{
    if (!json.value(QStringLiteral("company")).isObject() || !json.value(QStringLiteral("jobs")).isObject()) {
        if (error)
            *error = QStringLiteral("not a sandbox state file: missing \"company\" or \"jobs\"");
        return false;
    }
    SandboxState s;
    s.company = json.value(QStringLiteral("company")).toObject();
    s.seed = json.value(QStringLiteral("seed")).toString().toULongLong();
    s.generation = json.value(QStringLiteral("generation")).toString().toULongLong() + 1;
    bool ok = true;
    visitTables(s, [&](const QString &name, Table &t) {
        const QJsonObject o = json.value(name).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isObject()) {
                ok = false;
                if (error)
                    *error = QStringLiteral("%1.%2: expected an object").arg(name, it.key());
                return;
            }
            t.insert(it.key(), it.value().toObject());
        }
    });
    if (!ok)
        return false;
    const QJsonObject data = json.value(QStringLiteral("attachmentData")).toObject();
    for (auto it = data.begin(); it != data.end(); ++it)
        s.attachmentData.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    *out = std::move(s);
    return true;
}

void SandboxState::clear()
{
    *this = SandboxState{};
}

QString IdGenerator::uuid()
{
    const quint64 a = m_rng.generate();
    const quint64 b = m_rng.generate();
    QByteArray raw(16, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        raw[i] = char((a >> (8 * i)) & 0xff);
        raw[8 + i] = char((b >> (8 * i)) & 0xff);
    }
    raw[6] = char((raw[6] & 0x0f) | 0x40); // version 4
    raw[8] = char((raw[8] & 0x3f) | 0x80); // RFC 4122 variant
    const QByteArray h = raw.toHex();
    return QString::fromLatin1(h.left(8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' + h.mid(16, 4) + '-' + h.mid(20));
}

QString IdGenerator::objectId()
{
    QByteArray raw(12, Qt::Uninitialized);
    for (int i = 0; i < 12; ++i)
        raw[i] = char(m_rng.bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString IdGenerator::numeric(int digits)
{
    QString s;
    s.reserve(digits);
    s += QChar(u'1' + int(m_rng.bounded(9)));
    for (int i = 1; i < digits; ++i)
        s += QChar(u'0' + int(m_rng.bounded(10)));
    return s;
}

QString IdGenerator::token(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(m_rng.bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace sr::sandbox

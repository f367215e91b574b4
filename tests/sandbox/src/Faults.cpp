#include "Faults.h"

#include <QJsonArray>

namespace sr::sandbox {

namespace {
QString kindName(Faults::Kind k)
{
    switch (k) {
    case Faults::Kind::Status: return QStringLiteral("status");
    case Faults::Kind::Hang: return QStringLiteral("hang");
    case Faults::Kind::DropAfterApply: return QStringLiteral("drop");
    case Faults::Kind::None: break;
    }
    return QStringLiteral("none");
}
} // namespace

Faults::Outcome Faults::decide(const QByteArray &method, const QString &path)
{
    Outcome out;
    out.latencyMs = m_config.latencyMs;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        Rule &r = m_rules[i];
        if (!r.method.isEmpty() && r.method != method)
            continue;
        if (!r.pathPrefix.isEmpty() && !path.startsWith(r.pathPrefix))
            continue;
        out.kind = r.kind;
        out.status = r.status;
        if (--r.count <= 0)
            m_rules.removeAt(i);
        return out;
    }
    if (m_config.share429 > 0 && m_rng.generateDouble() < m_config.share429) {
        out.kind = Kind::Status;
        out.status = 429;
    } else if (m_config.share5xx > 0 && m_rng.generateDouble() < m_config.share5xx) {
        static constexpr int kServerErrors[] = {500, 502, 503, 504};
        out.kind = Kind::Status;
        out.status = kServerErrors[m_rng.bounded(4)];
    }
    return out;
}

QJsonObject Faults::toJson() const
{
    QJsonArray rules;
    for (const Rule &r : m_rules) {
        rules.append(QJsonObject{{QStringLiteral("kind"), kindName(r.kind)},
                                 {QStringLiteral("method"), QString::fromLatin1(r.method)},
                                 {QStringLiteral("pathPrefix"), r.pathPrefix},
                                 {QStringLiteral("count"), r.count},
                                 {QStringLiteral("status"), r.status}});
    }
    return QJsonObject{{QStringLiteral("share429"), m_config.share429},
                       {QStringLiteral("share5xx"), m_config.share5xx},
                       {QStringLiteral("latencyMs"), m_config.latencyMs},
                       {QStringLiteral("rules"), rules}};
}

QString Faults::applyJson(const QJsonObject &json)
{
    Config c = m_config;
    auto share = [&](const QString &key, double *target) -> QString {
        if (!json.contains(key))
            return {};
        const double v = json.value(key).toDouble(-1);
        if (!json.value(key).isDouble() || v < 0 || v > 1)
            return key + QStringLiteral(" must be a number between 0 and 1");
        *target = v;
        return {};
    };
    if (QString e = share(QStringLiteral("share429"), &c.share429); !e.isEmpty())
        return e;
    if (QString e = share(QStringLiteral("share5xx"), &c.share5xx); !e.isEmpty())
        return e;
    if (json.contains(QStringLiteral("latencyMs"))) {
        const int ms = json.value(QStringLiteral("latencyMs")).toInt(-1);
        if (ms < 0 || ms > 600000)
            return QStringLiteral("latencyMs must be an integer between 0 and 600000");
        c.latencyMs = ms;
    }
    QList<Rule> rules;
    const QJsonArray arr = json.value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QJsonObject o = arr.at(i).toObject();
        Rule r;
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == u"status")
            r.kind = Kind::Status;
        else if (kind == u"hang")
            r.kind = Kind::Hang;
        else if (kind == u"drop")
            r.kind = Kind::DropAfterApply;
        else
            return QStringLiteral("rules[%1].kind must be status, hang or drop").arg(i);
        r.method = o.value(QStringLiteral("method")).toString().toUpper().toLatin1();
        r.pathPrefix = o.value(QStringLiteral("pathPrefix")).toString();
        r.count = o.value(QStringLiteral("count")).toInt(1);
        r.status = o.value(QStringLiteral("status")).toInt(503);
        if (r.count < 1 || r.status < 400 || r.status > 599)
            return QStringLiteral("rules[%1]: count must be >= 1 and status 400-599").arg(i);
        rules.append(r);
    }
    m_config = c;
    m_rules += rules;
    return {};
}

} // namespace sr::sandbox

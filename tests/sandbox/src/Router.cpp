#include "Router.h"

namespace sr::sandbox {

namespace {
QStringList splitPath(const QString &path)
{
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    return parts;
}
} // namespace

void Router::add(const QByteArray &method, const QString &pattern, QList<QStringList> scopes, RouteHandler handler)
{
    m_routes.append(Route{method, pattern, splitPath(pattern), std::move(scopes), std::move(handler), true});
}

void Router::addOpen(const QByteArray &method, const QString &pattern, RouteHandler handler)
{
    m_routes.append(Route{method, pattern, splitPath(pattern), {}, std::move(handler), false});
}

QList<QStringList> Router::anyOf(const QStringList &scopes)
{
    QList<QStringList> out;
    for (const QString &s : scopes)
        out.append(QStringList{s});
    return out;
}

Router::Match Router::match(const QByteArray &method, const QString &path, const Route **route,
                            QHash<QString, QString> *params) const
{
    const QStringList parts = splitPath(path);
    int bestScore = -1;
    const Route *best = nullptr;
    bool pathMatched = false;
    for (const Route &r : m_routes) {
        if (r.segments.size() != parts.size())
            continue;
        int score = 0;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString &seg = r.segments.at(i);
            if (seg.startsWith(u'{')) {
                if (parts.at(i).isEmpty()) {
                    ok = false;
                    break;
                }
                continue;
            }
            if (seg != parts.at(i)) {
                ok = false;
                break;
            }
            // Literal segments win over parameters, so /candidates/attachments/{id}
            // is not read as /candidates/{id}/...
            score += 1 << (8 - qMin<qsizetype>(i, 8));
        }
        if (!ok)
            continue;
        pathMatched = true;
        if (r.method != method)
            continue;
        if (score > bestScore) {
            bestScore = score;
            best = &r;
        }
    }
    if (!best)
        return pathMatched ? Match::NoMethod : Match::NoPath;
    *route = best;
    params->clear();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &seg = best->segments.at(i);
        if (seg.startsWith(u'{'))
            params->insert(seg.mid(1, seg.size() - 2), parts.at(i));
    }
    return Match::Found;
}

} // namespace sr::sandbox

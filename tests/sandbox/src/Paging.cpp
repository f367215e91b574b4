#include "Paging.h"

#include "ApiReply.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace sr::sandbox {

namespace {
const QByteArray kCursorPrefix = "sbx1:";
}

QString Paging::encode(const QString &key)
{
    return QString::fromLatin1((kCursorPrefix + key.toUtf8()).toBase64());
}

std::optional<QString> Paging::decode(const QString &pageId)
{
    const auto decoded = QByteArray::fromBase64Encoding(pageId.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(kCursorPrefix))
        return std::nullopt;
    return QString::fromUtf8(decoded.decoded.mid(kCursorPrefix.size()));
}

std::optional<HttpResponse> Paging::parse(const HttpRequest &request, int defaultLimit, Page *out,
                                          const QString &pageParam, const QString &limitParam)
{
    Page p;
    p.limit = defaultLimit;
    if (request.hasQuery(limitParam)) {
        bool ok = false;
        const int limit = request.queryValue(limitParam).toInt(&ok);
        // limit is 1-100 everywhere; out-of-range values are refused rather
        // than clamped (stricter: a client asking for 500 learns at once).
        if (!ok || limit < 1 || limit > 100)
            return ApiReply::error(400, QStringLiteral("INVALID_INPUT"),
                                   QStringLiteral("%1 must be an integer between 1 and 100").arg(limitParam));
        p.limit = limit;
    }
    if (request.hasQuery(pageParam)) {
        const auto after = decode(request.queryValue(pageParam));
        if (!after)
            return ApiReply::error(400, QStringLiteral("INVALID_PAGE_ID"), QStringLiteral("Invalid %1").arg(pageParam));
        p.after = *after;
    }
    *out = p;
    return std::nullopt;
}

Paging::Slice Paging::slice(const QStringList &sortedKeys, const Page &page)
{
    Slice s;
    s.totalFound = int(sortedKeys.size());
    auto it = page.after.isEmpty() ? sortedKeys.cbegin()
                                   : std::upper_bound(sortedKeys.cbegin(), sortedKeys.cend(), page.after);
    for (; it != sortedKeys.cend() && s.keys.size() < page.limit; ++it)
        s.keys.append(*it);
    if (it != sortedKeys.cend() && !s.keys.isEmpty())
        s.nextPageId = encode(s.keys.last());
    return s;
}

void Paging::addLink(HttpResponse &response, const HttpRequest &request, const QString &nextPageId,
                     const QString &pageParam)
{
    if (nextPageId.isEmpty())
        return;
    QUrlQuery q = request.query;
    q.removeAllQueryItems(pageParam);
    q.addQueryItem(pageParam, QString::fromLatin1(QUrl::toPercentEncoding(nextPageId)));
    const QString target = QString::fromLatin1(QUrl::toPercentEncoding(request.path, "/")) + u'?'
        + q.toString(QUrl::FullyEncoded);
    response.setHeader("Link", "<" + target.toLatin1() + ">; rel=\"next\"");
}

} // namespace sr::sandbox

#pragma once

#include "HttpServer.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace sr::sandbox {

// Cursor paging as SmartRecruiters documents it: an opaque `pageId`, the next
// cursor in the body (`nextPageId`) and in `Link: <relative-url>; rel="next"`.
// The last page carries neither (the spec: "a link ... if there is a next page").
class Paging
{
public:
    struct Page
    {
        int limit = 10;
        QString after; // key of the last item of the previous page
    };
    struct Slice
    {
        QStringList keys;
        QString nextPageId; // empty on the last page
        int totalFound = 0;
    };

    // Returns an error response for a bad limit or a cursor that was not ours.
    static std::optional<HttpResponse> parse(const HttpRequest &request, int defaultLimit, Page *out,
                                             const QString &pageParam = QStringLiteral("pageId"),
                                             const QString &limitParam = QStringLiteral("limit"));
    // `sortedKeys` must be sorted ascending and already filtered.
    static Slice slice(const QStringList &sortedKeys, const Page &page);
    static void addLink(HttpResponse &response, const HttpRequest &request, const QString &nextPageId,
                        const QString &pageParam = QStringLiteral("pageId"));

    static QString encode(const QString &key);
    static std::optional<QString> decode(const QString &pageId);
};

} // namespace sr::sandbox

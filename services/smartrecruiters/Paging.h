#pragma once
// SmartRecruiters paging: cursors (pageId, or page_id on webhooks; nextPageId in the body and
// Link: <...>; rel="next") and offsets (offset/limit with totalFound). A Pager fetches every page
// in turn, handing each to a callback, and stops on whichever end signal comes first.
#include "ApiClient.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace sd::sr {

struct PagingStyle
{
    enum Kind { Cursor, Offset };
    Kind kind = Cursor;
    QString cursorParam = QStringLiteral("pageId");
    int limit = 100;

    static PagingStyle cursor(const QString &param = QStringLiteral("pageId")) { return {Cursor, param, 100}; }
    static PagingStyle offset(int limit = 100) { return {Offset, QString(), limit}; }
};

namespace paging {
// The rel="next" target of an RFC 8288 Link header, resolved against `base`; invalid when none.
QUrl nextLink(const QByteArray &linkHeader, const QUrl &base);
// Next cursor: body nextPageId first, else the cursor parameter of the Link header. Empty = last page.
QString nextCursor(const QJsonDocument &body, const QByteArray &linkHeader, const QString &param);
// Next offset, or -1 when the page was empty or totalFound is reached.
qint64 nextOffset(const QJsonDocument &body, qint64 offset);
// Number of items on a page ({content:[…]} or a bare array).
qsizetype itemCount(const QJsonDocument &body);
} // namespace paging

class Pager : public QObject
{
    Q_OBJECT
public:
    // onPage returns false to stop early (that is not an error).
    using PageHandler = std::function<bool(const ApiResult &page)>;

    Pager(ApiClient *client, ApiRequest first, PagingStyle style, PageHandler onPage, QObject *parent = nullptr);

    void start();
    void cancel();
    int pages() const { return m_pages; }
    void setMaxPages(int max) { m_maxPages = max; } // a guard against a server that loops

signals:
    // Exactly once; error.kind None when every page was read (or onPage stopped).
    void finished(const sd::sr::ApiError &error);

private:
    void fetch();
    void onPage(ApiCall *call);
    void end(const ApiError &error);

    ApiClient *m_client;
    ApiRequest m_request;
    PagingStyle m_style;
    PageHandler m_onPage;
    QPointer<ApiCall> m_call;
    QStringList m_seenCursors;
    qint64 m_offset = 0;
    int m_pages = 0;
    int m_maxPages = 10000;
    bool m_done = false;
};

} // namespace sd::sr

#include "Paging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace sd::sr {

namespace paging {

QUrl nextLink(const QByteArray &linkHeader, const QUrl &base)
{
    // Link: <url>; rel="next", <url2>; rel="prev"  (rel may be unquoted and hold several values)
    static const QRegularExpression entry(QStringLiteral("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)"));
    static const QRegularExpression rel(QStringLiteral(";\\s*rel\\s*=\\s*\"?([^\";,]*)\"?"),
                                        QRegularExpression::CaseInsensitiveOption);
    auto it = entry.globalMatch(QString::fromLatin1(linkHeader));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString rels = rel.match(m.captured(2)).captured(1);
        if (rels.split(u' ', Qt::SkipEmptyParts).contains(QLatin1String("next"), Qt::CaseInsensitive)) {
            const QUrl target = QUrl(m.captured(1).trimmed(), QUrl::TolerantMode);
            return target.isValid() ? base.resolved(target) : QUrl();
        }
    }
    return {};
}

QString nextCursor(const QJsonDocument &body, const QByteArray &linkHeader, const QString &param)
{
    if (body.isObject()) {
        const QJsonValue v = body.object().value(QStringLiteral("nextPageId"));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
    }
    const QUrl next = nextLink(linkHeader, QUrl(QStringLiteral("http://base.invalid/")));
    if (!next.isValid())
        return {};
    return QUrlQuery(next).queryItemValue(param, QUrl::FullyDecoded);
}

qsizetype itemCount(const QJsonDocument &body)
{
    if (body.isArray())
        return body.array().size();
    return body.object().value(QStringLiteral("content")).toArray().size();
}

qint64 nextOffset(const QJsonDocument &body, qint64 offset)
{
    const qsizetype count = itemCount(body);
    if (count == 0)
        return -1;
    const qint64 next = offset + count;
    const QJsonValue total = body.object().value(QStringLiteral("totalFound"));
    if (total.isDouble() && next >= qint64(total.toDouble()))
        return -1;
    return next;
}

} // namespace paging

Pager::Pager(ApiClient *client, ApiRequest first, PagingStyle style, PageHandler onPage, QObject *parent)
    : QObject(parent), m_client(client), m_request(std::move(first)), m_style(std::move(style)), m_onPage(std::move(onPage))
{
}

void Pager::start()
{
    if (m_style.kind == PagingStyle::Offset) {
        m_request.query.removeAllQueryItems(QStringLiteral("offset"));
        m_request.query.addQueryItem(QStringLiteral("offset"), QString::number(m_offset));
    }
    if (!m_request.query.hasQueryItem(QStringLiteral("limit")))
        m_request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_style.limit));
    fetch();
}

void Pager::cancel()
{
    if (m_call)
        m_call->cancel(); // onPage() ends with Cancelled
    else
        end(ApiError::cancelled(m_request.describe()));
}

void Pager::fetch()
{
    m_call = m_client->send(m_request);
    ApiCall *call = m_call;
    connect(call, &ApiCall::finished, this, [this, call] { onPage(call); });
}

void Pager::onPage(ApiCall *call)
{
    m_call = nullptr;
    const ApiResult &r = call->result();
    if (!r.ok()) {
        end(r.error);
        return;
    }
    ++m_pages;
    if (!m_onPage(r) || m_done) {
        end({});
        return;
    }
    if (paging::itemCount(r.json) == 0 || m_pages >= m_maxPages) {
        end({});
        return;
    }
    if (m_style.kind == PagingStyle::Cursor) {
        const QString cursor = paging::nextCursor(r.json, r.header("Link"), m_style.cursorParam);
        if (cursor.isEmpty()) {
            end({});
            return;
        }
        if (m_seenCursors.contains(cursor)) {
            end(ApiError::malformed(m_request.describe(), QStringLiteral("the next-page cursor repeats an earlier one")));
            return;
        }
        m_seenCursors.append(cursor);
        m_request.query.removeAllQueryItems(m_style.cursorParam);
        m_request.query.addQueryItem(m_style.cursorParam, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    } else {
        m_offset = paging::nextOffset(r.json, m_offset);
        if (m_offset < 0) {
            end({});
            return;
        }
        m_request.query.removeAllQueryItems(QStringLiteral("offset"));
        m_request.query.addQueryItem(QStringLiteral("offset"), QString::number(m_offset));
    }
    fetch();
}

void Pager::end(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(error);
}

} // namespace sd::sr

#include "SrFuzzDecode.h"

#include "ApiError.h"
#include "ApiRequest.h"
#include "Applications.h"
#include "Attachments.h"
#include "Candidates.h"
#include "Configuration.h"
#include "HttpLog.h"
#include "Jobs.h"
#include "Messages.h"
#include "Paging.h"
#include "Users.h"
#include "Webhooks.h"

#include <cstdlib>

namespace sd::sr::fuzz {

namespace {

template <class T>
void decodeAs(const ApiResult &r)
{
    const Result<T> out = decodeResult<T>(r, QStringLiteral("GET /fuzz"));
    // A failed decode must say where.
    if (!out.ok() && out.error.detail.isEmpty())
        std::abort();
}

} // namespace

int decodeOne(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const int status = 200 + (data[0] % 4) * 100 + data[0] / 64; // 200..503-ish
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    ApiResult r;
    r.status = 200;
    r.body = body;
    QJsonParseError pe;
    r.json = QJsonDocument::fromJson(body, &pe);
    if (pe.error == QJsonParseError::NoError) {
        decodeAs<JobPage>(r);
        decodeAs<Job>(r);
        decodeAs<CandidatePage>(r);
        decodeAs<Candidate>(r);
        decodeAs<Application>(r);
        decodeAs<Tags>(r);
        decodeAs<PropertyValues>(r);
        decodeAs<AttachmentList>(r);
        decodeAs<Page<PropertyDefinition>>(r);
        decodeAs<Page<SourceType>>(r);
        decodeAs<Page<SourceValue>>(r);
        decodeAs<Page<HiringProcess>>(r);
        decodeAs<Page<Reason>>(r);
        decodeAs<User>(r);
        decodeAs<Page<User>>(r);
        decodeAs<ArrayOf<Message>>(r);
        decodeAs<MessageDetails>(r);
        decodeAs<ArrayOf<Subscription>>(r);
        (void)paging::nextOffset(r.json, 0);
    }
    const JsonReader parsed = JsonReader::parse(body);
    if (pe.error != QJsonParseError::NoError && parsed.ok() && !body.trimmed().isEmpty())
        std::abort(); // the reader must notice what Qt's parser refused

    const ApiError e = ApiError::fromHttp(status, body, QStringLiteral("GET /fuzz"));
    if (e.message.isEmpty())
        std::abort();
    (void)paging::nextCursor(r.json, body, QStringLiteral("pageId"));
    (void)paging::nextLink(body, QUrl(QStringLiteral("https://api.example.org/jobs")));
    (void)httplog::redactBody(body, "application/json");
    (void)httplog::redactBody(body, "application/x-www-form-urlencoded");
    return 0;
}

} // namespace sd::sr::fuzz

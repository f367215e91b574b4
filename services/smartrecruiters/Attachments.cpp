#include "Attachments.h"

#include "ApiClient.h"
#include "Jobs.h"

#include <QRandomGenerator>

namespace sd::sr {

namespace {

QString attachmentsPath(const QString &candidateId, const QString &jobId)
{
    return jobId.isEmpty() ? QStringLiteral("/candidates/%1/attachments").arg(pathSegment(candidateId))
                           : QStringLiteral("/candidates/%1/jobs/%2/attachments").arg(pathSegment(candidateId), pathSegment(jobId));
}

QByteArray quotedFileName(const QString &name)
{
    QByteArray out = name.toUtf8();
    out.replace('\\', "\\\\");
    out.replace('"', "\\\"");
    out.replace('\r', ' ');
    out.replace('\n', ' ');
    return out;
}

} // namespace

Attachment Attachment::fromJson(const JsonReader &r)
{
    Attachment a;
    a.id = r.string(QStringLiteral("id"), JsonReader::Required);
    a.name = r.string(QStringLiteral("name"));
    a.type = r.string(QStringLiteral("type"));
    a.contentType = r.string(QStringLiteral("contentType"));
    a.downloadUrl = r.child(QStringLiteral("actions")).child(QStringLiteral("download")).string(QStringLiteral("url"));
    return a;
}

AttachmentList AttachmentList::fromJson(const JsonReader &r)
{
    return {readList<Attachment>(r.objects(QStringLiteral("content")))};
}

QPair<QByteArray, QByteArray> AttachmentUpload::toMultipart(const QByteArray &boundary) const
{
    QByteArray body;
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"attachmentType\"\r\n\r\n";
    body += attachmentType.toUtf8() + "\r\n";
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"file\"; filename=\"" + quotedFileName(fileName) + "\"\r\n";
    body += "Content-Type: " + mimeType + "\r\n\r\n";
    body += content + "\r\n";
    body += "--" + boundary + "--\r\n";
    return {body, "multipart/form-data; boundary=" + boundary};
}

ApiCall *AttachmentsApi::list(const QString &candidateId, const QString &jobId, QObject *context,
                              Done<AttachmentList> done) const
{
    return m_client->call<AttachmentList>(m_client->prepare(ApiRequest::get(attachmentsPath(candidateId, jobId))), context,
                                          std::move(done));
}

ApiCall *AttachmentsApi::upload(const QString &candidateId, const QString &jobId, const AttachmentUpload &file,
                                QObject *context, Done<Attachment> done) const
{
    const QByteArray boundary = "sourcedesk-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    const auto [body, type] = file.toMultipart(boundary);
    ApiRequest rq = m_client->prepare(ApiRequest::empty("POST", attachmentsPath(candidateId, jobId)));
    rq.body = body;
    rq.contentType = type;
    rq.timeoutMs = std::max(rq.timeoutMs, 120000);
    return m_client->call<Attachment>(rq, context, std::move(done));
}

} // namespace sd::sr

#include "ApiReply.h"
#include "ApiRoutes.h"
#include "Multipart.h"
#include "Router.h"
#include "SandboxCore.h"

namespace sr::sandbox {

namespace {
constexpr int kMaxAttachmentsPerCandidate = 50;
const QStringList kAttachmentTypes = {QStringLiteral("GENERIC_FILE"), QStringLiteral("RESUME"), QStringLiteral("COVER_LETTER")};
const QStringList kAllowedExtensions = {QStringLiteral("pdf"), QStringLiteral("doc"), QStringLiteral("docx"),
                                        QStringLiteral("txt"), QStringLiteral("rtf"), QStringLiteral("odt"),
                                        QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                        QStringLiteral("html")};

QJsonObject renderAttachment(const SandboxCore &core, const QJsonObject &a)
{
    const QString id = a.value(QStringLiteral("id")).toString();
    const QString url = core.url(QStringLiteral("/candidates/attachments/") + id);
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), a.value(QStringLiteral("name"))},
                       {QStringLiteral("type"), a.value(QStringLiteral("type"))},
                       {QStringLiteral("contentType"), a.value(QStringLiteral("contentType"))},
                       {QStringLiteral("actions"), QJsonObject{{QStringLiteral("download"), ApiReply::action(url)},
                                                               {QStringLiteral("remove"), ApiReply::action(url, QStringLiteral("DELETE"))}}}};
}

HttpResponse list(ApiCall &call, const QString &jobId)
{
    HttpResponse err;
    const QString id = call.param(QStringLiteral("id"));
    if (jobId.isEmpty() ? !ApiRoutes::candidate(call.core, id, &err) : !ApiRoutes::application(call.core, id, jobId, &err))
        return err;
    QJsonArray content;
    for (const QJsonObject &a : std::as_const(call.core.state.attachments)) {
        if (a.value(QStringLiteral("candidateId")).toString() != id)
            continue;
        if (!jobId.isEmpty() && a.value(QStringLiteral("jobId")).toString() != jobId)
            continue;
        content.append(renderAttachment(call.core, a));
    }
    return ApiReply::json(200, QJsonObject{{QStringLiteral("totalFound"), content.size()}, {QStringLiteral("content"), content}});
}

HttpResponse upload(ApiCall &call, const QString &jobId)
{
    SandboxCore &core = call.core;
    HttpResponse err;
    const QString id = call.param(QStringLiteral("id"));
    if (jobId.isEmpty() ? !ApiRoutes::candidate(core, id, &err) : !ApiRoutes::application(core, id, jobId, &err))
        return err;
    const auto parts = Multipart::parse(call.request.header("content-type"), call.request.body);
    if (!parts)
        return ApiReply::error(400, QStringLiteral("INVALID_REQUEST"), QStringLiteral("Expected a multipart/form-data body"));
    const Multipart::Part *file = Multipart::find(*parts, QStringLiteral("file"));
    const Multipart::Part *typePart = Multipart::find(*parts, QStringLiteral("attachmentType"));
    const QString type = typePart ? QString::fromUtf8(typePart->data).trimmed() : QStringLiteral("GENERIC_FILE");
    if (!kAttachmentTypes.contains(type))
        return ApiReply::error(400, QStringLiteral("INVALID_INPUT"),
                               QStringLiteral("attachmentType must be one of %1").arg(kAttachmentTypes.join(u", ")));
    if (!file || file->data.isEmpty() || file->fileName.isEmpty())
        return ApiReply::error(400, QStringLiteral("INVALID_FILE"), QStringLiteral("A non-empty `file` part with a file name is required"));
    const QString ext = file->fileName.section(u'.', -1).toLower();
    if (!file->fileName.contains(u'.') || !kAllowedExtensions.contains(ext))
        return ApiReply::error(400, QStringLiteral("INVALID_FILE"), QStringLiteral("File extension not allowed: %1").arg(file->fileName));
    int count = 0;
    for (const QJsonObject &a : std::as_const(core.state.attachments)) {
        if (a.value(QStringLiteral("candidateId")).toString() != id)
            continue;
        ++count;
        // Stricter: the same file name twice on one candidate is FILE_ALREADY_EXIST.
        if (a.value(QStringLiteral("name")).toString() == file->fileName)
            return ApiReply::error(400, QStringLiteral("FILE_ALREADY_EXIST"), QStringLiteral("File already exists"));
    }
    if (count >= kMaxAttachmentsPerCandidate)
        return ApiReply::error(422, QStringLiteral("ATTACHMENT_LIMIT_EXCEEDED"), QStringLiteral("No more files can be attached"));
    const QString attId = core.ids.uuid();
    const QJsonObject a{{QStringLiteral("id"), attId}, {QStringLiteral("candidateId"), id}, {QStringLiteral("jobId"), jobId},
                        {QStringLiteral("name"), file->fileName}, {QStringLiteral("type"), type},
                        {QStringLiteral("contentType"), QString::fromLatin1(file->contentType.isEmpty()
                                                            ? QByteArray("application/octet-stream") : file->contentType)},
                        {QStringLiteral("size"), qint64(file->data.size())}, {QStringLiteral("createdOn"), core.now()}};
    core.state.attachments.insert(attId, a);
    core.state.attachmentData.insert(attId, file->data);
    if (!jobId.isEmpty()) {
        core.emitEvent(QStringLiteral("application.attachment.created"),
                       QJsonObject{{QStringLiteral("job_id"), jobId}, {QStringLiteral("candidate_id"), id},
                                   {QStringLiteral("application_id"), core.state.applications.value(SandboxState::applicationKey(id, jobId))
                                                                          .value(QStringLiteral("applicationId"))}},
                       QStringLiteral("/candidates/%1/jobs/%2").arg(id, jobId));
    }
    return ApiReply::json(201, renderAttachment(core, a));
}

HttpResponse download(const SandboxCore &core, const QString &attachmentId, const QString &candidateId)
{
    const auto it = core.state.attachments.constFind(attachmentId);
    if (it == core.state.attachments.cend()
        || (!candidateId.isEmpty() && it->value(QStringLiteral("candidateId")).toString() != candidateId))
        return ApiReply::error(404, QStringLiteral("FILE_NOT_FOUND"), QStringLiteral("Attachment not found"));
    HttpResponse r;
    r.status = 200;
    r.setHeader("Content-Type", it->value(QStringLiteral("contentType")).toString().toLatin1());
    r.setHeader("Content-Disposition", "attachment; filename=\"" + it->value(QStringLiteral("name")).toString().toUtf8() + "\"");
    r.body = core.state.attachmentData.value(attachmentId);
    return r;
}
} // namespace

void AttachmentsApi::registerRoutes(Router &router)
{
    const auto read = Router::anyOf({QStringLiteral("candidates_read")});
    const auto create = Router::anyOf({QStringLiteral("candidates_create")});
    const auto manage = Router::anyOf({QStringLiteral("candidates_manage")});
    router.add("GET", QStringLiteral("/candidates/{id}/attachments"), read, [](ApiCall &call) { return list(call, {}); });
    router.add("POST", QStringLiteral("/candidates/{id}/attachments"), create, [](ApiCall &call) { return upload(call, {}); });
    router.add("GET", QStringLiteral("/candidates/{id}/jobs/{jobId}/attachments"), read,
               [](ApiCall &call) { return list(call, call.param(QStringLiteral("jobId"))); });
    router.add("POST", QStringLiteral("/candidates/{id}/jobs/{jobId}/attachments"), create,
               [](ApiCall &call) { return upload(call, call.param(QStringLiteral("jobId"))); });
    router.add("GET", QStringLiteral("/candidates/{id}/attachments/{attachmentId}"), read, [](ApiCall &call) {
        return download(call.core, call.param(QStringLiteral("attachmentId")), call.param(QStringLiteral("id")));
    });
    router.add("GET", QStringLiteral("/candidates/attachments/{attachmentId}"), read,
               [](ApiCall &call) { return download(call.core, call.param(QStringLiteral("attachmentId")), {}); });
    router.add("DELETE", QStringLiteral("/candidates/attachments/{attachmentId}"), manage, [](ApiCall &call) {
        const QString id = call.param(QStringLiteral("attachmentId"));
        if (!call.core.state.attachments.remove(id))
            return ApiReply::error(404, QStringLiteral("FILE_NOT_FOUND"), QStringLiteral("Attachment not found"));
        call.core.state.attachmentData.remove(id);
        return ApiReply::noContent();
    });
}

} // namespace sr::sandbox

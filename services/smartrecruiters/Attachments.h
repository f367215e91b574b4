#pragma once
// Candidate attachments: list, and upload as multipart/form-data (attachmentType + file).
#include "Page.h"

namespace sd::sr {

class ApiCall;
class ApiClient;

struct Attachment
{
    QString id;
    QString name;
    QString type; // GENERIC_FILE, RESUME, COVER_LETTER
    QString contentType;
    QString downloadUrl;

    static Attachment fromJson(const JsonReader &r);
};

struct AttachmentList
{
    QList<Attachment> items;
    static AttachmentList fromJson(const JsonReader &r);
};

struct AttachmentUpload
{
    QString fileName;
    QByteArray content;
    QByteArray mimeType = "application/octet-stream";
    QString attachmentType = QStringLiteral("GENERIC_FILE");

    // The whole multipart body (kept in memory so a retry can send it again) and its content type.
    QPair<QByteArray, QByteArray> toMultipart(const QByteArray &boundary) const;
};

class AttachmentsApi
{
public:
    explicit AttachmentsApi(ApiClient *client) : m_client(client) {}

    // jobId empty: the candidate's own attachments.
    ApiCall *list(const QString &candidateId, const QString &jobId, QObject *context, Done<AttachmentList> done) const;
    // Not retried after a lost answer: a repeat fails with FILE_ALREADY_EXIST or makes a copy.
    ApiCall *upload(const QString &candidateId, const QString &jobId, const AttachmentUpload &file, QObject *context,
                    Done<Attachment> done) const;

private:
    ApiClient *m_client;
};

} // namespace sd::sr

// Every typed area of the API client against the in-process sandbox, with the seed's API key.
#include "Applications.h"
#include "Attachments.h"
#include "Candidates.h"
#include "Configuration.h"
#include "Jobs.h"
#include "Messages.h"
#include "Paging.h"
#include "SrTestSupport.h"
#include "Users.h"
#include "Webhooks.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace sd::sr;
using srtest::await;

namespace {

// Answers SmartRecruiters' activation handshake (echoes X-Hook-Secret) and accepts deliveries.
class HookReceiver : public QTcpServer
{
public:
    HookReceiver()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    const QByteArray data = s->peek(65536);
                    if (!data.contains("\r\n\r\n"))
                        return;
                    s->readAll();
                    QByteArray secret;
                    for (const QByteArray &line : data.split('\n')) {
                        if (line.toLower().startsWith("x-hook-secret:"))
                            secret = line.mid(14).trimmed();
                    }
                    const QByteArray status = secret.isEmpty() ? "202 Accepted" : "200 OK";
                    s->write("HTTP/1.1 " + status + "\r\nX-Hook-Secret: " + secret + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
};

} // namespace

class TestSrApiSandbox : public QObject
{
    Q_OBJECT
private:
    sr::sandbox::Sandbox m_sandbox;
    ApiKeyCredential *m_credential = nullptr;
    ApiClient *m_client = nullptr;
    QString m_jobId;
    QString m_candidateId;
    QString m_candidateJobId;

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_credential = new ApiKeyCredential(m_sandbox.baseUrl().host(), m_sandbox.apiKey(), this);
        m_client = new ApiClient(m_credential, Hosts::single(m_sandbox.baseUrl()), this);
    }

    void me()
    {
        UsersApi users(m_client);
        const auto r = await<User>([&](QObject *c, Done<User> d) { return users.me(c, d); });
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QVERIFY(!r.value.id.isEmpty());
        const auto list = await<Page<User>>([&](QObject *c, Done<Page<User>> d) { return users.list({}, {}, 100, c, d); });
        QVERIFY2(list.ok(), qPrintable(list.error.detail));
        QVERIFY(list.value.items.size() >= 5);
    }

    void jobs()
    {
        JobsApi jobs(m_client);
        JobQuery q;
        q.limit = 2;
        const auto page = await<JobPage>([&](QObject *c, Done<JobPage> d) { return jobs.list(q, c, d); });
        QVERIFY2(page.ok(), qPrintable(page.error.detail));
        QCOMPARE(page.value.items.size(), 2);
        QVERIFY(!page.value.nextPageId.isEmpty());
        m_jobId = page.value.items.first().id;

        const auto one = await<Job>([&](QObject *c, Done<Job> d) { return jobs.get(m_jobId, c, d); });
        QVERIFY2(one.ok(), qPrintable(one.error.detail));
        QCOMPARE(one.value.id, m_jobId);

        // Every page, cursor paging with sort=job_id; ids unique and the count matches totalFound.
        QStringList ids;
        qint64 total = -1;
        std::optional<ApiError> end;
        QObject ctx;
        jobs.listAll(q, &ctx, [&](const JobPage &p) {
            total = p.totalFound;
            for (const Job &j : p.items)
                ids << j.id;
            return true;
        }, [&end](const ApiError &e) { end = e; });
        QTRY_VERIFY_WITH_TIMEOUT(end.has_value(), 30000);
        QVERIFY2(!end->isError(), qPrintable(end->detail));
        QCOMPARE(qint64(ids.size()), total);
        ids.removeDuplicates();
        QCOMPARE(qint64(ids.size()), total);

        // Status filter.
        JobQuery sourcing;
        sourcing.status = QStringLiteral("SOURCING");
        const auto filtered = await<JobPage>([&](QObject *c, Done<JobPage> d) { return jobs.list(sourcing, c, d); });
        QVERIFY(filtered.ok());
        for (const Job &j : filtered.value.items)
            QCOMPARE(j.status, QStringLiteral("SOURCING"));

        const auto missing = await<Job>([&](QObject *c, Done<Job> d) {
            return jobs.get(QStringLiteral("00000000-0000-4000-8000-000000000000"), c, d);
        });
        QCOMPARE(missing.error.kind, ApiError::Kind::NotFound);
    }

    void candidates()
    {
        CandidatesApi candidates(m_client);
        CandidateQuery q;
        q.limit = 5;
        const auto page = await<CandidatePage>([&](QObject *c, Done<CandidatePage> d) { return candidates.search(q, c, d); });
        QVERIFY2(page.ok(), qPrintable(page.error.detail));
        QVERIFY(!page.value.items.isEmpty());
        const Candidate &first = page.value.items.first();
        QVERIFY(first.primaryAssignment);
        m_candidateId = first.id;
        m_candidateJobId = first.primaryAssignment->jobId;

        CandidateQuery byJob;
        byJob.jobIds = {m_candidateJobId};
        byJob.statuses = {first.primaryAssignment->status};
        const auto filtered = await<CandidatePage>([&](QObject *c, Done<CandidatePage> d) { return candidates.search(byJob, c, d); });
        QVERIFY2(filtered.ok(), qPrintable(filtered.error.detail));
        QVERIFY(!filtered.value.items.isEmpty());

        const auto details = await<Candidate>([&](QObject *c, Done<Candidate> d) { return candidates.get(m_candidateId, c, d); });
        QVERIFY2(details.ok(), qPrintable(details.error.detail));
        QCOMPARE(details.value.id, m_candidateId);

        CandidateInput in;
        in.firstName = QStringLiteral("Grace");
        in.lastName = QStringLiteral("Hopper");
        in.email = QStringLiteral("grace.hopper@example.org");
        in.linkedin = QStringLiteral("https://www.linkedin.com/in/grace");
        in.tags = {QStringLiteral("sourcedesk")};
        const auto pool = await<Candidate>([&](QObject *c, Done<Candidate> d) { return candidates.createInPool(in, c, d); });
        QVERIFY2(pool.ok(), qPrintable(pool.error.detail));
        QCOMPARE(pool.status, 201);
        QVERIFY(!pool.value.primaryAssignment);

        in.email = QStringLiteral("grace2@example.org");
        const auto onJob = await<Candidate>([&](QObject *c, Done<Candidate> d) { return candidates.createOnJob(m_jobId, in, c, d); });
        QVERIFY2(onJob.ok(), qPrintable(onJob.error.detail));
        QVERIFY(onJob.value.primaryAssignment);
        QCOMPARE(onJob.value.primaryAssignment->jobId, m_jobId);

        CandidatePatch patch;
        patch.phoneNumber = QStringLiteral("+1 555 0100");
        const auto patched = await<Candidate>([&](QObject *c, Done<Candidate> d) { return candidates.patch(pool.value.id, patch, c, d); });
        QVERIFY2(patched.ok(), qPrintable(patched.error.detail));
        QCOMPARE(patched.value.phoneNumber, QStringLiteral("+1 555 0100"));

        // Validation: the field is named in what the user sees.
        in.email = QStringLiteral("not-an-email");
        const auto bad = await<Candidate>([&](QObject *c, Done<Candidate> d) { return candidates.createInPool(in, c, d); });
        QCOMPARE(bad.error.kind, ApiError::Kind::Validation);
        QVERIFY2(bad.error.message.contains(QLatin1String("email")), qPrintable(bad.error.message));
    }

    void applicationsTagsProperties()
    {
        QVERIFY(!m_candidateId.isEmpty());
        ApplicationsApi apps(m_client);
        const auto app = await<Application>([&](QObject *c, Done<Application> d) { return apps.get(m_candidateId, m_candidateJobId, c, d); });
        QVERIFY2(app.ok(), qPrintable(app.error.detail));
        QVERIFY(!app.value.status.isEmpty());

        ConfigurationApi config(m_client);
        const auto reasons = await<Page<Reason>>([&](QObject *c, Done<Page<Reason>> d) { return config.rejectionReasons(c, d); });
        QVERIFY2(reasons.ok() && !reasons.value.items.isEmpty(), qPrintable(reasons.error.detail));
        const StatusChange rejected{QStringLiteral("REJECTED"), {}, {}, reasons.value.items.first().id};
        const auto set = await<NoContent>([&](QObject *c, Done<NoContent> d) {
            return apps.setStatus(m_candidateId, m_candidateJobId, rejected, c, d);
        });
        QVERIFY2(set.ok(), qPrintable(set.error.detail));
        QCOMPARE(set.status, 204);
        const auto after = await<Application>([&](QObject *c, Done<Application> d) { return apps.get(m_candidateId, m_candidateJobId, c, d); });
        QCOMPARE(after.value.status, QStringLiteral("REJECTED"));
        QCOMPARE(after.value.rejectionReasonId, reasons.value.items.first().id);

        const auto added = await<Tags>([&](QObject *c, Done<Tags> d) { return apps.addTags(m_candidateId, {QStringLiteral("alpha")}, c, d); });
        QVERIFY2(added.ok(), qPrintable(added.error.detail));
        QVERIFY(added.value.tags.contains(QStringLiteral("alpha")));
        const auto replaced = await<Tags>([&](QObject *c, Done<Tags> d) {
            return apps.replaceTags(m_candidateId, {QStringLiteral("beta"), QStringLiteral("gamma")}, c, d);
        });
        QVERIFY(replaced.ok());
        const auto tags = await<Tags>([&](QObject *c, Done<Tags> d) { return apps.tags(m_candidateId, c, d); });
        QCOMPARE(tags.value.tags, QStringList({QStringLiteral("beta"), QStringLiteral("gamma")}));

        const auto defs = await<Page<PropertyDefinition>>([&](QObject *c, Done<Page<PropertyDefinition>> d) {
            return config.candidateProperties(c, d);
        });
        QVERIFY2(defs.ok(), qPrintable(defs.error.detail));
        QString textProperty;
        for (const PropertyDefinition &p : defs.value.items) {
            if (p.type == u"TEXT")
                textProperty = p.id;
        }
        QVERIFY(!textProperty.isEmpty());
        const auto written = await<NoContent>([&](QObject *c, Done<NoContent> d) {
            return apps.setProperties(m_candidateId, m_candidateJobId, {{textProperty, QJsonValue(QStringLiteral("from Sourcedesk"))}}, c, d);
        });
        QVERIFY2(written.ok(), qPrintable(written.error.detail));
        const auto values = await<PropertyValues>([&](QObject *c, Done<PropertyValues> d) {
            return apps.properties(m_candidateId, m_candidateJobId, c, d);
        });
        QVERIFY2(values.ok(), qPrintable(values.error.detail));
        bool found = false;
        for (const PropertyValue &v : values.value.values)
            found = found || (v.id == textProperty && v.value.toString() == u"from Sourcedesk");
        QVERIFY(found);
    }

    void configuration()
    {
        ConfigurationApi config(m_client);
        const auto sources = await<Page<SourceType>>([&](QObject *c, Done<Page<SourceType>> d) { return config.sources(c, d); });
        QVERIFY2(sources.ok() && !sources.value.items.isEmpty(), qPrintable(sources.error.detail));
        const auto values = await<Page<SourceValue>>([&](QObject *c, Done<Page<SourceValue>> d) {
            return config.sourceValues(sources.value.items.first().id, 0, 100, c, d);
        });
        QVERIFY2(values.ok(), qPrintable(values.error.detail));
        const auto processes = await<Page<HiringProcess>>([&](QObject *c, Done<Page<HiringProcess>> d) { return config.hiringProcesses(c, d); });
        QVERIFY2(processes.ok() && !processes.value.items.isEmpty(), qPrintable(processes.error.detail));
        const auto withdrawal = await<Page<Reason>>([&](QObject *c, Done<Page<Reason>> d) { return config.withdrawalReasons(c, d); });
        QVERIFY2(withdrawal.ok() && !withdrawal.value.items.isEmpty(), qPrintable(withdrawal.error.detail));
    }

    void attachments()
    {
        QVERIFY(!m_candidateId.isEmpty());
        AttachmentsApi attachments(m_client);
        AttachmentUpload file;
        file.fileName = QStringLiteral("call notes.txt");
        file.content = "Spoke on Tuesday.\n";
        file.mimeType = "text/plain";
        const auto up = await<Attachment>([&](QObject *c, Done<Attachment> d) { return attachments.upload(m_candidateId, {}, file, c, d); });
        QVERIFY2(up.ok(), qPrintable(up.error.detail));
        QCOMPARE(up.value.name, file.fileName);
        const auto list = await<AttachmentList>([&](QObject *c, Done<AttachmentList> d) { return attachments.list(m_candidateId, {}, c, d); });
        QVERIFY2(list.ok(), qPrintable(list.error.detail));
        bool found = false;
        for (const Attachment &a : list.value.items)
            found = found || a.id == up.value.id;
        QVERIFY(found);
    }

    void messages()
    {
        QVERIFY(!m_candidateId.isEmpty());
        MessagesApi messages(m_client);
        MessageInput note;
        note.content = MessageInput::candidateTag(m_candidateId) + QStringLiteral(" Called, interested.");
        note.openNote = true;
        const auto shared = await<MessageDetails>([&](QObject *c, Done<MessageDetails> d) { return messages.share(note, c, d); });
        QVERIFY2(shared.ok(), qPrintable(shared.error.detail));
        QVERIFY(!shared.value.id.isEmpty());
        const auto list = await<ArrayOf<Message>>([&](QObject *c, Done<ArrayOf<Message>> d) {
            return messages.listForCandidate(m_candidateId, {}, c, d);
        });
        QVERIFY2(list.ok(), qPrintable(list.error.detail));
        bool found = false;
        for (const Message &m : list.value.items)
            found = found || m.content.contains(QLatin1String("Called, interested."));
        QVERIFY(found);
    }

    void webhooks()
    {
        HookReceiver receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost));
        WebhooksApi hooks(m_client);
        SubscriptionRequest rq;
        rq.callbackUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/hooks").arg(receiver.serverPort()));
        rq.events = {QStringLiteral("candidate.created")};
        const auto created = await<Subscription>([&](QObject *c, Done<Subscription> d) { return hooks.create(rq, c, d); });
        QVERIFY2(created.ok(), qPrintable(created.error.detail));
        QCOMPARE(created.value.status, QStringLiteral("inactive"));
        const auto activated = await<NoContent>([&](QObject *c, Done<NoContent> d) { return hooks.activate(created.value.id, c, d); });
        QVERIFY2(activated.ok(), qPrintable(activated.error.detail));
        const auto list = await<ArrayOf<Subscription>>([&](QObject *c, Done<ArrayOf<Subscription>> d) { return hooks.list({}, c, d); });
        QVERIFY2(list.ok(), qPrintable(list.error.detail));
        bool active = false;
        for (const Subscription &s : list.value.items)
            active = active || (s.id == created.value.id && s.status == u"active");
        QVERIFY(active);
    }
};

QTEST_GUILESS_MAIN(TestSrApiSandbox)
#include "tst_sr_api_sandbox.moc"

// Searching SmartRecruiters with the team's filterable fields, against the in-process sandbox: the
// query carries only the filters the team enabled, the results match them (checked against the
// sandbox's state), pages follow nextPageId, a found person becomes a local record with
// SmartRecruiters' values, and adding to a campaign links instead of duplicating.
#include "SyncFixture.h"

#include "RemoteSearch.h"
#include "SyncSettings.h"

#include <QUrlQuery>

using namespace sd;
using namespace sd::sync;
using synctest::Fixture;
using synctest::kActor;

namespace {

sd::sr::CandidatePage search(Fixture &f, const sd::sr::CandidateQuery &q, QString *error = nullptr)
{
    sd::sr::CandidatePage page;
    bool done = false;
    QObject context;
    sd::sr::CandidatesApi(f.client.get()).search(q, &context, [&](const sd::sr::Result<sd::sr::CandidatePage> &r) {
        if (r.ok())
            page = r.value;
        else if (error)
            *error = r.error.message;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000) && error)
        *error = QStringLiteral("timeout");
    return page;
}

sd::sr::Candidate details(Fixture &f, const QString &id)
{
    sd::sr::Candidate c;
    bool done = false;
    QObject context;
    sd::sr::CandidatesApi(f.client.get()).get(id, &context, [&](const sd::sr::Result<sd::sr::Candidate> &r) {
        if (r.ok())
            c = r.value;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 15000);
    return c;
}

ResolvedSettings teamSettings(Fixture &f)
{
    auto r = SettingsStore(f.ws()).resolve(kActor);
    return r.ok() ? r.value() : ResolvedSettings();
}

// A seeded person with an application, an email, a phone and a location.
QJsonObject richSeeded(Fixture &f)
{
    const QJsonObject dump = f.sandbox.stateDump();
    const QJsonObject candidates = dump.value(QStringLiteral("candidates")).toObject();
    for (const QJsonValue &v : candidates) {
        const QJsonObject c = v.toObject();
        if (!c.value(QStringLiteral("jobIds")).toArray().isEmpty() && !c.value(QStringLiteral("email")).toString().isEmpty()
            && !c.value(QStringLiteral("phoneNumber")).toString().isEmpty())
            return c;
    }
    return {};
}

} // namespace

class TestRemoteSearch : public QObject
{
    Q_OBJECT

private slots:
    void queryCarriesOnlyEnabledFilters()
    {
        SearchFilters f;
        f.text = QStringLiteral("  ada   lovelace ");
        f.jobId = QStringLiteral("job-1");
        f.statuses = {QStringLiteral("INTERVIEW"), QStringLiteral("BOGUS")};
        f.tags = parseTags(QStringLiteral(" java, , Lyon ,java"));
        QCOMPARE(f.tags, (QStringList{QStringLiteral("java"), QStringLiteral("Lyon")}));
        f.updatedAfter = QDateTime(QDate(2024, 1, 2), QTime(3, 4), Qt::UTC);

        sd::sr::CandidateQuery all = buildSearchQuery(f, searchableFields(), 500, QStringLiteral("p2"));
        QCOMPARE(all.q, QStringLiteral("ada lovelace"));
        QCOMPARE(all.jobIds, QStringList{QStringLiteral("job-1")});
        QCOMPARE(all.statuses, QStringList{QStringLiteral("INTERVIEW")}); // unknown statuses never reach SR
        QCOMPARE(all.tags, f.tags);
        QCOMPARE(all.updatedAfter, f.updatedAfter);
        QCOMPARE(all.limit, 100);
        QCOMPARE(all.pageId, QStringLiteral("p2"));

        sd::sr::CandidateQuery tagsOnly = buildSearchQuery(f, {QStringLiteral("tags")});
        QVERIFY(tagsOnly.jobIds.isEmpty());
        QVERIFY(tagsOnly.statuses.isEmpty());
        QVERIFY(!tagsOnly.updatedAfter.isValid());
        QCOMPARE(tagsOnly.tags, f.tags);
        QCOMPARE(tagsOnly.q, QStringLiteral("ada lovelace")); // free text always
        const QUrlQuery url = tagsOnly.toQuery();
        QVERIFY(!url.hasQueryItem(QStringLiteral("jobId")));
        QCOMPARE(url.allQueryItemValues(QStringLiteral("tag")).size(), 2);
    }

    void filterFieldsFollowTheSettings()
    {
        Fixture f;
        QCOMPARE(searchFilterFields(teamSettings(f)),
                 (QStringList{QStringLiteral("job"), QStringLiteral("status"), QStringLiteral("tags")}));
        f.setTeam(QLatin1String(key::FilterableFields), QStringLiteral("location,updatedAfter,tags"));
        QCOMPARE(searchFilterFields(teamSettings(f)), (QStringList{QStringLiteral("tags"), QStringLiteral("updatedAfter")}));
        QCOMPARE(unsearchableFields(teamSettings(f)), QStringList{QStringLiteral("location")});
    }

    void resultsMatchTheFiltersAndPage()
    {
        Fixture f;
        const QJsonObject dump = f.sandbox.stateDump();
        const QJsonObject apps = dump.value(QStringLiteral("applications")).toObject();
        // A job with at least one application, and one of its application statuses.
        QString jobId, status;
        for (const QJsonValue &a : apps) {
            jobId = a.toObject().value(QStringLiteral("jobId")).toString();
            status = a.toObject().value(QStringLiteral("status")).toString();
            break;
        }
        QVERIFY(!jobId.isEmpty());
        SearchFilters filters;
        filters.jobId = jobId;
        filters.statuses = {status};
        QString error;
        const sd::sr::CandidatePage page = search(f, buildSearchQuery(filters, searchableFields(), 100), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!page.items.isEmpty());
        for (const sd::sr::Candidate &c : page.items) {
            bool found = false;
            for (const QJsonValue &a : apps)
                found = found || (a.toObject().value(QStringLiteral("candidateId")).toString() == c.id
                                  && a.toObject().value(QStringLiteral("jobId")).toString() == jobId
                                  && a.toObject().value(QStringLiteral("status")).toString() == status);
            QVERIFY2(found, qPrintable(c.id));
        }
        // With the job filter off (not filterable), the same query finds more or as many.
        const sd::sr::CandidatePage wider = search(f, buildSearchQuery(filters, {QStringLiteral("status")}, 100), &error);
        QVERIFY(wider.items.size() >= page.items.size());

        // Paging: two at a time, no one twice.
        SearchFilters none;
        const sd::sr::CandidatePage first = search(f, buildSearchQuery(none, searchableFields(), 2), &error);
        QCOMPARE(first.items.size(), 2);
        QVERIFY(!first.nextPageId.isEmpty());
        const sd::sr::CandidatePage second =
            search(f, buildSearchQuery(none, searchableFields(), 2, first.nextPageId), &error);
        QVERIFY(!second.items.isEmpty());
        for (const sd::sr::Candidate &c : second.items)
            QVERIFY(c.id != first.items.at(0).id && c.id != first.items.at(1).id);
    }

    void addToCampaignCreatesLinksAndNeverDuplicates()
    {
        Fixture f;
        const QJsonObject seeded = richSeeded(f);
        QVERIFY(!seeded.isEmpty());
        const sd::sr::Candidate remote = details(f, seeded.value(QStringLiteral("id")).toString());
        QCOMPARE(remote.id, seeded.value(QStringLiteral("id")).toString());

        const Candidate local = candidateFromRemote(remote);
        QCOMPARE(local.firstName, seeded.value(QStringLiteral("firstName")).toString());
        QCOMPARE(local.lastName, seeded.value(QStringLiteral("lastName")).toString());
        QCOMPARE(local.primaryEmail(), seeded.value(QStringLiteral("email")).toString());
        QCOMPARE(local.phones, QStringList{seeded.value(QStringLiteral("phoneNumber")).toString()});
        const QJsonObject location = seeded.value(QStringLiteral("location")).toObject();
        QCOMPARE(local.city, location.value(QStringLiteral("city")).toString());
        QCOMPARE(local.countryCode, location.value(QStringLiteral("countryCode")).toString().toUpper());
        QCOMPARE(local.linkedinUrl, seeded.value(QStringLiteral("web")).toObject().value(QStringLiteral("linkedin")).toString());

        const qint64 camp = f.campaign(QStringLiteral("From SmartRecruiters"));
        const qint64 before = CandidateRepository(f.ws()).count({}).value();
        Result<AddedFromRemote> added = addRemoteToCampaign(f.ws(), remote, camp, kActor);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        QVERIFY(!added->existed);
        QCOMPARE(CandidateRepository(f.ws()).count({}).value(), before + 1);
        const Candidate stored = CandidateRepository(f.ws()).get(added->candidateId).value();
        QCOMPARE(stored.primaryEmail(), local.primaryEmail());
        QCOMPARE(stored.phones, local.phones);
        QCOMPARE(f.linkOf(added->candidateId), remote.id);
        QCOMPARE(SyncStore(f.ws()).link(added->candidateId)->value().origin, QStringLiteral("matched"));
        const auto sources = SyncStore(f.ws()).fieldSources(added->candidateId);
        QVERIFY(sources.ok());
        QStringList fromSr;
        for (const FieldSource &s : sources.value())
            if (s.source == QLatin1String("smartrecruiters"))
                fromSr << s.field;
        QVERIFY2(fromSr.contains(QStringLiteral("emails")) && fromSr.contains(QStringLiteral("firstName")),
                 qPrintable(fromSr.join(u',')));
        MemberQuery mq;
        mq.campaignId = camp;
        QCOMPARE(CampaignRepository(f.ws()).members(mq, {}, 100)->size(), 1);

        // Again: the same person, nothing new.
        added = addRemoteToCampaign(f.ws(), remote, camp, kActor);
        QVERIFY(added.ok());
        QVERIFY(added->existed && added->alreadyMember);
        QCOMPARE(CandidateRepository(f.ws()).count({}).value(), before + 1);
    }

    void sameEmailHereIsLinkedNotDuplicated()
    {
        Fixture f;
        const QJsonObject seeded = richSeeded(f);
        const sd::sr::Candidate remote = details(f, seeded.value(QStringLiteral("id")).toString());
        // Already here under another spelling, with the same email (case differs).
        const qint64 mine = f.candidate(QStringLiteral("Someone"), QStringLiteral("Else"), remote.email.toUpper());
        const qint64 camp = f.campaign(QStringLiteral("Same email"));
        const qint64 before = CandidateRepository(f.ws()).count({}).value();
        Result<AddedFromRemote> added = addRemoteToCampaign(f.ws(), remote, camp, kActor);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        QCOMPARE(added->candidateId, mine);
        QVERIFY(added->existed);
        QCOMPARE(CandidateRepository(f.ws()).count({}).value(), before);
        QCOMPARE(f.linkOf(mine), remote.id);

        // Linked to another SmartRecruiters person: refused, nothing written.
        const qint64 other = f.candidate(QStringLiteral("Other"), QStringLiteral("Person"), QStringLiteral("other@example.org"));
        QVERIFY(!SyncStore(f.ws()).setLink(other, QStringLiteral("another-sr-id"), QStringLiteral("created")));
        sd::sr::Candidate clash = remote;
        clash.id = QStringLiteral("clash-id");
        clash.email = QStringLiteral("other@example.org");
        const qint64 camp2 = f.campaign(QStringLiteral("Clash"));
        added = addRemoteToCampaign(f.ws(), clash, camp2, kActor);
        QVERIFY(!added.ok());
        QVERIFY(added.error().toString().contains(QStringLiteral("another-sr-id")));
        QCOMPARE(f.linkOf(other), QStringLiteral("another-sr-id"));
        MemberQuery mq;
        mq.campaignId = camp2;
        QCOMPARE(CampaignRepository(f.ws()).members(mq, {}, 100)->size(), 0);
    }
};

QTEST_MAIN(TestRemoteSearch)
#include "tst_remote_search.moc"

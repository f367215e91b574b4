#include "TeamBenchClient.h"

#include "CampaignRepository.h"
#include "CandidateGenerator.h"
#include "CandidateRepository.h"
#include "Workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

namespace sd::bench {

namespace {

QString queryFor(const testdata::CandidateGenerator &gen, QRandomGenerator &rng, qint64 rows)
{
    const Candidate c = gen.make(qint64(rng.bounded(quint64(rows))));
    switch (rng.bounded(6)) {
    case 0:
        return c.lastName;
    case 1:
        return c.firstName.left(3);
    case 2:
        return c.company;
    case 3:
        return c.city;
    case 4:
        return c.firstName + u' ' + c.lastName.left(2);
    default:
        return c.title.section(u' ', 0, 0);
    }
}

} // namespace

QList<qint64> memberIds(const Workspace &ws, qint64 campaignId)
{
    CampaignRepository campaigns(ws);
    QList<qint64> members;
    MemberQuery mq;
    mq.campaignId = campaignId;
    QVariantList after;
    for (;;) {
        auto page = campaigns.members(mq, after, 5000);
        if (!page.ok() || page->isEmpty())
            break;
        for (const CampaignMember &m : page.value())
            members << m.candidate.id;
        after = CampaignRepository::cursorAfter(page->constLast());
    }
    return members;
}

int runClient(const ClientOrder &order)
{
    auto opened = Workspace::open(order.location);
    if (!opened.ok()) {
        std::fprintf(stderr, "client %d: %s\n", order.index, qPrintable(opened.error().toString()));
        return 2;
    }
    Workspace &ws = *opened.value();
    CandidateRepository candidates(ws);
    CampaignRepository campaigns(ws);
    const qint64 rows = candidates.count({}).value();
    const testdata::CandidateGenerator gen(7);
    QRandomGenerator rng(quint32(1000 + order.index));

    const QList<qint64> members = memberIds(ws, order.campaignId);

    const qint64 wait = order.startAtMs - QDateTime::currentMSecsSinceEpoch();
    if (wait > 0)
        QThread::msleep(quint64(wait));

    QJsonArray searchMs;
    int failures = 0;
    for (int i = 0; i < order.searches; ++i) {
        const QString q = queryFor(gen, rng, std::min<qint64>(rows, 1000000));
        QElapsedTimer t;
        t.start();
        auto found = candidates.search(q, 50);
        searchMs.append(double(t.nsecsElapsed()) / 1e6);
        if (!found.ok())
            ++failures;
    }
    // The Candidates list sorted by name with a search typed in (a surname, a city, a title…).
    QJsonArray sortedMs;
    for (int i = 0; i < order.searches / 4; ++i) {
        CandidateQuery q;
        q.text = queryFor(gen, rng, std::min<qint64>(rows, 1000000));
        q.sort = CandidateSort::Name;
        QElapsedTimer t;
        t.start();
        auto found = candidates.page(q, {}, 50);
        sortedMs.append(double(t.nsecsElapsed()) / 1e6);
        if (!found.ok())
            ++failures;
    }
    QElapsedTimer bulk;
    bulk.start();
    auto changed = campaigns.setStatus(order.campaignId, members, MemberStatus::Contacted,
                                       QStringLiteral("bench-client-%1").arg(order.index));
    const double bulkMs = double(bulk.nsecsElapsed()) / 1e6;

    QJsonObject out{{QStringLiteral("client"), order.index},
                    {QStringLiteral("searchMs"), searchMs},
                    {QStringLiteral("sortedMs"), sortedMs},
                    {QStringLiteral("searchFailures"), failures},
                    {QStringLiteral("members"), int(members.size())},
                    {QStringLiteral("bulkMs"), bulkMs},
                    {QStringLiteral("bulkChanged"), changed.ok() ? changed.value() : -1},
                    {QStringLiteral("bulkError"), changed.ok() ? QString() : changed.error().toString()}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return changed.ok() && failures == 0 ? 0 : 1;
}

} // namespace sd::bench

// StageCatalog (ids, refresh flags, the "every stage mapped" rule), the pure match/decide rules
// and the push-back builder. Tables where a rule has several cases.
#include "StageCatalog.h"
#include "StageRules.h"
#include "StatusPushBack.h"
#include "TempWorkspace.h"

#include <QTest>

using namespace sd;
using namespace sd::stagesync;

namespace {

sr::HiringProcess process(const QString &id, const QString &name, const QHash<QString, QStringList> &subs)
{
    sr::HiringProcess p;
    p.id = id;
    p.name = name;
    p.active = true;
    p.subStatuses = subs;
    return p;
}

QList<sr::HiringProcess> baseProcesses()
{
    return {process(QStringLiteral("p1"), QStringLiteral("Standard"),
                    {{QStringLiteral("IN_REVIEW"), {QStringLiteral("Screening")}},
                     {QStringLiteral("INTERVIEW"), {QStringLiteral("Onsite")}}}),
            process(QStringLiteral("p2"), QStringLiteral("Engineering"), {{QStringLiteral("INTERVIEW"), {QStringLiteral("Onsite")}}})};
}

const Stage *find(const QList<Stage> &stages, const QString &id)
{
    for (const Stage &s : stages) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

Stage stage(const QString &id, const QString &status, const QString &sub, std::optional<MemberStatus> mapping,
            const QString &flag = {})
{
    Stage s;
    s.id = id;
    s.status = status;
    s.subStatus = sub;
    s.processId = sub.isEmpty() ? QString() : id.section(u'|', 0, 0);
    s.processName = s.processId;
    s.mapping = mapping;
    s.flag = flag;
    return s;
}

} // namespace

class TestStageCatalog : public QObject
{
    Q_OBJECT
private slots:
    void idsFromProcesses()
    {
        QList<sr::HiringProcess> processes = baseProcesses();
        // Only IN_REVIEW, INTERVIEW and OFFERED have sub-statuses; anything else is ignored.
        processes[0].subStatuses.insert(QStringLiteral("HIRED"), {QStringLiteral("Signed")});
        const QList<Stage> stages = stagesFromProcesses(processes);
        QCOMPARE(stages.size(), 9 + 3);
        QVERIFY(find(stages, QStringLiteral("IN_REVIEW")));
        QVERIFY(find(stages, QStringLiteral("TRANSFERRED")));
        QVERIFY(find(stages, QStringLiteral("p1|INTERVIEW|Onsite")));
        QVERIFY(find(stages, QStringLiteral("p2|INTERVIEW|Onsite"))); // same label, other process: own stage
        QVERIFY(!find(stages, QStringLiteral("p1|HIRED|Signed")));
        QCOMPARE(find(stages, QStringLiteral("p1|IN_REVIEW|Screening"))->displayName(),
                 QStringLiteral("Standard › In review › Screening"));
    }

    // One stored stage against what SmartRecruiters lists now.
    void mergeTable_data()
    {
        QTest::addColumn<bool>("mapped");
        QTest::addColumn<QString>("storedFlag");
        QTest::addColumn<QString>("remoteName"); // '' = the stage is gone
        QTest::addColumn<QString>("expectFlag"); // "", "gone", "renamed", "removed"
        QTest::addColumn<QString>("expectName");

        QTest::newRow("unchanged") << true << QString() << "Standard" << "" << "Standard";
        QTest::newRow("renamed mapped: flagged, name kept") << true << QString() << "Default" << "renamed" << "Standard";
        QTest::newRow("renamed unmapped: silent") << false << QString() << "Default" << "" << "Default";
        QTest::newRow("renamed back: flag cleared") << true << flagRenamed(QStringLiteral("Standard"), QStringLiteral("Default"))
                                                    << "Standard" << "" << "Standard";
        QTest::newRow("renamed twice: from the known name") << true << flagRenamed(QStringLiteral("Standard"), QStringLiteral("Default"))
                                                            << "Third" << "renamed" << "Standard";
        QTest::newRow("gone mapped: flagged, mapping kept") << true << QString() << "" << "gone" << "Standard";
        QTest::newRow("gone unmapped: removed") << false << QString() << "" << "removed" << "";
        QTest::newRow("gone then back: flag cleared") << true << flagGone() << "Standard" << "" << "Standard";
    }

    void mergeTable()
    {
        QFETCH(bool, mapped);
        QFETCH(QString, storedFlag);
        QFETCH(QString, remoteName);
        QFETCH(QString, expectFlag);
        QFETCH(QString, expectName);
        const QString id = QStringLiteral("p1|INTERVIEW|Onsite");
        Stage stored = stage(id, QStringLiteral("INTERVIEW"), QStringLiteral("Onsite"),
                             mapped ? std::optional(MemberStatus::Interested) : std::nullopt, storedFlag);
        stored.processName = QStringLiteral("Standard");
        QList<sr::HiringProcess> remote;
        if (!remoteName.isEmpty())
            remote.append(process(QStringLiteral("p1"), remoteName, {{QStringLiteral("INTERVIEW"), {QStringLiteral("Onsite")}}}));
        RefreshChanges changes;
        const QList<Stage> merged = mergeStages({stored}, stagesFromProcesses(remote), QDateTime::currentDateTimeUtc(), &changes);
        const Stage *s = find(merged, id);
        if (expectFlag == u"removed") {
            QVERIFY(!s);
            QCOMPARE(changes.removed, QStringList{id});
            return;
        }
        QVERIFY(s);
        QCOMPARE(s->processName, expectName);
        QCOMPARE(s->mapping.has_value(), mapped); // a mapping is never dropped or moved
        if (expectFlag.isEmpty()) {
            QVERIFY2(s->flag.isEmpty(), qPrintable(s->flag));
        } else if (expectFlag == u"gone") {
            QVERIFY(s->isGone());
            QCOMPARE(s->flag, QStringLiteral("no longer in SmartRecruiters"));
        } else {
            QVERIFY(s->isRenamed());
            QCOMPARE(s->flag, QStringLiteral("renamed from \"Standard\" to \"%1\"").arg(remoteName));
            QCOMPARE(renamedTo(s->flag), remoteName);
        }
        // The nine main statuses are always added, never flagged.
        QCOMPARE(changes.added.size(), 9);
    }

    void refreshAndSaveInTheWorkspace()
    {
        test::TempWorkspace tw;
        StageCatalog catalog(tw.ws());
        auto first = catalog.refresh(baseProcesses());
        QVERIFY(first.ok());
        QCOMPARE(first.value().added.size(), 12);

        // Saving needs every stage: one missing is refused, and named in the message.
        auto stages = catalog.stages().value();
        QHash<QString, MemberStatus> mapping = suggestedMapping(stages);
        QCOMPARE(mapping.size(), 12);
        mapping.remove(QStringLiteral("p2|INTERVIEW|Onsite"));
        Status refused = catalog.setMapping(mapping);
        QVERIFY(refused);
        QCOMPARE(refused->code, Error::Code::InvalidArgument);
        QVERIFY2(refused->message.contains(QStringLiteral("Engineering › Interview › Onsite")), qPrintable(refused->message));
        QVERIFY(catalog.mapping().value().isEmpty()); // nothing half-saved
        QHash<QString, MemberStatus> withUnknown = suggestedMapping(stages);
        withUnknown.insert(QStringLiteral("p9|OFFERED|Nope"), MemberStatus::Interested);
        QVERIFY(catalog.setMapping(withUnknown));
        QVERIFY(!catalog.setMapping(suggestedMapping(stages)));
        QCOMPARE(catalog.mapping().value().size(), 12);

        // Rename p1, drop p2's Onsite, add a sub-status to p1.
        QList<sr::HiringProcess> next = baseProcesses();
        next[0].name = QStringLiteral("Standard (2025)");
        next[0].subStatuses[QStringLiteral("OFFERED")] = {QStringLiteral("Offer Sent")};
        next[1].subStatuses.clear();
        auto second = catalog.refresh(next);
        QVERIFY(second.ok());
        QCOMPARE(second.value().added, QStringList{QStringLiteral("p1|OFFERED|Offer Sent")});
        QCOMPARE(second.value().gone, QStringList{QStringLiteral("p2|INTERVIEW|Onsite")});
        QCOMPARE(second.value().renamed.size(), 2);
        stages = catalog.stages().value();
        const Stage *renamed = find(stages, QStringLiteral("p1|INTERVIEW|Onsite"));
        QVERIFY(renamed && renamed->isRenamed());
        QCOMPARE(renamed->mapping, std::optional(MemberStatus::Interested)); // kept, not remapped
        QCOMPARE(renamed->processName, QStringLiteral("Standard"));
        const Stage *gone = find(stages, QStringLiteral("p2|INTERVIEW|Onsite"));
        QVERIFY(gone && gone->isGone() && gone->mapping);

        // The old mapping no longer covers the new stage; gone stages need nothing.
        QHash<QString, MemberStatus> old = catalog.mapping().value();
        refused = catalog.setMapping(old);
        QVERIFY(refused);
        QVERIFY(refused->message.contains(QStringLiteral("Offer Sent")));
        old.remove(QStringLiteral("p2|INTERVIEW|Onsite"));
        old.insert(QStringLiteral("p1|OFFERED|Offer Sent"), MemberStatus::Interested);
        QVERIFY(!catalog.setMapping(old));
        QVERIFY(find(catalog.stages().value(), QStringLiteral("p2|INTERVIEW|Onsite"))->mapping); // gone keeps its mapping

        // Accepting the rename adopts the new name: the next refresh does not flag it again.
        QVERIFY(!catalog.clearFlag(QStringLiteral("p1|INTERVIEW|Onsite")));
        QVERIFY(!catalog.clearFlag(QStringLiteral("p2|INTERVIEW|Onsite")));
        QVERIFY(catalog.clearFlag(QStringLiteral("nope")));
        auto third = catalog.refresh(next);
        QVERIFY(third.ok());
        QVERIFY(third.value().isEmpty()); // nothing new: the uncleared flag is not repeated
        stages = catalog.stages().value();
        QVERIFY(find(stages, QStringLiteral("p1|IN_REVIEW|Screening"))->isRenamed());
        QVERIFY(find(stages, QStringLiteral("p1|INTERVIEW|Onsite"))->flag.isEmpty());
        QCOMPARE(find(stages, QStringLiteral("p1|INTERVIEW|Onsite"))->processName, QStringLiteral("Standard (2025)"));
        QVERIFY(!find(stages, QStringLiteral("p2|INTERVIEW|Onsite"))); // acknowledged removal
    }

    void preferredStages()
    {
        test::TempWorkspace tw;
        StageCatalog catalog(tw.ws());
        QVERIFY(catalog.refresh(baseProcesses()).ok());
        QVERIFY(!catalog.setPreferredStage(MemberStatus::Interested, QStringLiteral("p1|INTERVIEW|Onsite")));
        QVERIFY(catalog.setPreferredStage(MemberStatus::Replied, QStringLiteral("missing")));
        QCOMPARE(catalog.preferredStages().value(MemberStatus::Interested), QStringLiteral("p1|INTERVIEW|Onsite"));
        QVERIFY(!catalog.setPreferredStage(MemberStatus::Interested, QString()));
        QVERIFY(catalog.preferredStages().isEmpty());
    }

    void matchTable_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("sub");
        QTest::addColumn<int>("drift");
        QTest::addColumn<int>("mapped"); // -1 none

        QTest::newRow("main status") << "NEW" << "" << int(DriftKind::None) << int(MemberStatus::Added);
        QTest::newRow("unique sub-status") << "IN_REVIEW" << "Screening" << int(DriftKind::None) << int(MemberStatus::Replied);
        QTest::newRow("same label, same mapping") << "OFFERED" << "Accepted" << int(DriftKind::None) << int(MemberStatus::Interested);
        QTest::newRow("same label, other mappings") << "INTERVIEW" << "Onsite" << int(DriftKind::Ambiguous) << -1;
        QTest::newRow("unknown sub-status") << "INTERVIEW" << "Lunch" << int(DriftKind::UnknownStage) << -1;
        QTest::newRow("unmapped") << "LEAD" << "" << int(DriftKind::Unmapped) << -1;
        QTest::newRow("flagged") << "IN_REVIEW" << "Old" << int(DriftKind::Flagged) << -1;
    }

    void matchTable()
    {
        QFETCH(QString, status);
        QFETCH(QString, sub);
        QFETCH(int, drift);
        QFETCH(int, mapped);
        const QList<Stage> stages = {
            stage(QStringLiteral("NEW"), QStringLiteral("NEW"), {}, MemberStatus::Added),
            stage(QStringLiteral("LEAD"), QStringLiteral("LEAD"), {}, std::nullopt),
            stage(QStringLiteral("a|IN_REVIEW|Screening"), QStringLiteral("IN_REVIEW"), QStringLiteral("Screening"), MemberStatus::Replied),
            stage(QStringLiteral("a|IN_REVIEW|Old"), QStringLiteral("IN_REVIEW"), QStringLiteral("Old"), MemberStatus::Replied, flagGone()),
            stage(QStringLiteral("a|INTERVIEW|Onsite"), QStringLiteral("INTERVIEW"), QStringLiteral("Onsite"), MemberStatus::Interested),
            stage(QStringLiteral("b|INTERVIEW|Onsite"), QStringLiteral("INTERVIEW"), QStringLiteral("Onsite"), MemberStatus::Replied),
            stage(QStringLiteral("a|OFFERED|Accepted"), QStringLiteral("OFFERED"), QStringLiteral("Accepted"), MemberStatus::Interested),
            stage(QStringLiteral("b|OFFERED|Accepted"), QStringLiteral("OFFERED"), QStringLiteral("Accepted"), MemberStatus::Interested),
        };
        const StageMatch m = matchStage(stages, status, sub);
        QCOMPARE(int(m.drift), drift);
        QCOMPARE(m.status.has_value(), mapped >= 0);
        if (mapped >= 0)
            QCOMPARE(int(*m.status), mapped);
    }

    void decideTable_data()
    {
        QTest::addColumn<QString>("previous"); // '' = never pulled
        QTest::addColumn<QString>("now");
        QTest::addColumn<int>("local");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("drift");

        const int interested = int(MemberStatus::Interested);
        QTest::newRow("first sight applies") << "" << "INTERVIEW" << int(MemberStatus::Contacted) << int(Action::Apply) << int(DriftKind::None);
        QTest::newRow("moved applies") << "NEW" << "INTERVIEW" << int(MemberStatus::Added) << int(Action::Apply) << int(DriftKind::None);
        QTest::newRow("already there") << "NEW" << "INTERVIEW" << interested << int(Action::Nothing) << int(DriftKind::None);
        QTest::newRow("not moved, changed here: drift") << "INTERVIEW" << "INTERVIEW" << int(MemberStatus::NotInterested)
                                                       << int(Action::Drift) << int(DriftKind::LocalDiffers);
    }

    void decideTable()
    {
        QFETCH(QString, previous);
        QFETCH(QString, now);
        QFETCH(int, local);
        QFETCH(int, action);
        QFETCH(int, drift);
        StageMatch m;
        m.status = MemberStatus::Interested;
        std::optional<RemoteStage> before;
        if (!previous.isEmpty())
            before = RemoteStage{previous, {}};
        const Decision d = decide(m, before, RemoteStage{now, {}}, static_cast<MemberStatus>(local));
        QCOMPARE(int(d.action), action);
        QCOMPARE(int(d.drift), drift);
        // Whatever the history, an unmapped stage is never applied.
        StageMatch unmapped;
        unmapped.drift = DriftKind::Unmapped;
        QCOMPARE(int(decide(unmapped, before, RemoteStage{now, {}}, static_cast<MemberStatus>(local)).action), int(Action::Drift));
    }

    void pushBackTable_data()
    {
        QTest::addColumn<int>("local");
        QTest::addColumn<QString>("stageId");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("withPreferred");
        QTest::addColumn<bool>("reasonsLoaded");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("subStatus");

        const int ni = int(MemberStatus::NotInterested);
        const int in = int(MemberStatus::Interested);
        QTest::newRow("no mapping") << int(MemberStatus::Bounced) << "" << "" << false << true << int(PushBackProblem::NoMapping) << "" << "";
        QTest::newRow("single mapping") << int(MemberStatus::Replied) << "" << "" << false << true << int(PushBackProblem::None) << "IN_REVIEW" << "";
        QTest::newRow("ambiguous") << in << "" << "" << false << true << int(PushBackProblem::AmbiguousStage) << "" << "";
        QTest::newRow("preferred") << in << "" << "" << true << true << int(PushBackProblem::None) << "INTERVIEW" << "Onsite";
        QTest::newRow("chosen wins") << in << "OFFERED" << "" << true << true << int(PushBackProblem::None) << "OFFERED" << "";
        QTest::newRow("chosen for another status") << in << "NEW" << "" << false << true << int(PushBackProblem::StageNotForStatus) << "" << "";
        QTest::newRow("chosen unknown") << in << "zzz" << "" << false << true << int(PushBackProblem::UnknownStage) << "" << "";
        QTest::newRow("flagged") << in << "p|INTERVIEW|Gone" << "" << false << true << int(PushBackProblem::StageFlagged) << "" << "";
        QTest::newRow("rejection needs a reason") << ni << "REJECTED" << "" << false << true << int(PushBackProblem::ReasonRequired) << "" << "";
        QTest::newRow("unknown reason") << ni << "REJECTED" << "w1" << false << true << int(PushBackProblem::ReasonUnknown) << "" << "";
        QTest::newRow("reasons not loaded") << ni << "REJECTED" << "r1" << false << false << int(PushBackProblem::ReasonsNotLoaded) << "" << "";
        QTest::newRow("rejected with reason") << ni << "REJECTED" << "r1" << false << true << int(PushBackProblem::None) << "REJECTED" << "";
        QTest::newRow("withdrawn with reason") << ni << "WITHDRAWN" << "w1" << false << true << int(PushBackProblem::None) << "WITHDRAWN" << "";
        QTest::newRow("reason on interview") << in << "OFFERED" << "r1" << false << true << int(PushBackProblem::ReasonNotAllowed) << "" << "";
    }

    void pushBackTable()
    {
        QFETCH(int, local);
        QFETCH(QString, stageId);
        QFETCH(QString, reason);
        QFETCH(bool, withPreferred);
        QFETCH(bool, reasonsLoaded);
        QFETCH(int, problem);
        QFETCH(QString, status);
        QFETCH(QString, subStatus);
        const QList<Stage> stages = {
            stage(QStringLiteral("NEW"), QStringLiteral("NEW"), {}, MemberStatus::Added),
            stage(QStringLiteral("IN_REVIEW"), QStringLiteral("IN_REVIEW"), {}, MemberStatus::Replied),
            stage(QStringLiteral("OFFERED"), QStringLiteral("OFFERED"), {}, MemberStatus::Interested),
            stage(QStringLiteral("p|INTERVIEW|Onsite"), QStringLiteral("INTERVIEW"), QStringLiteral("Onsite"), MemberStatus::Interested),
            stage(QStringLiteral("p|INTERVIEW|Gone"), QStringLiteral("INTERVIEW"), QStringLiteral("Gone"), MemberStatus::Interested, flagGone()),
            stage(QStringLiteral("REJECTED"), QStringLiteral("REJECTED"), {}, MemberStatus::NotInterested),
            stage(QStringLiteral("WITHDRAWN"), QStringLiteral("WITHDRAWN"), {}, MemberStatus::NotInterested),
        };
        QHash<MemberStatus, QString> preferred;
        if (withPreferred)
            preferred.insert(MemberStatus::Interested, QStringLiteral("p|INTERVIEW|Onsite"));
        ReasonLists reasons;
        if (reasonsLoaded) {
            reasons.rejection = {{QStringLiteral("r1"), QStringLiteral("Not qualified")}};
            reasons.withdrawal = {{QStringLiteral("w1"), QStringLiteral("Other offer")}};
            reasons.loaded = true;
        }
        PushBackRequest request;
        request.localStatus = static_cast<MemberStatus>(local);
        request.stageId = stageId;
        request.reasonId = reason;
        PushBackProblem why = PushBackProblem::None;
        const auto built = StatusPushBack::buildStatusChange(request, stages, preferred, reasons, &why);
        QCOMPARE(int(why), problem);
        QCOMPARE(built.ok(), problem == int(PushBackProblem::None));
        if (!built.ok()) {
            QVERIFY(!built.error().message.isEmpty());
            return;
        }
        QCOMPARE(built.value().status, status);
        QCOMPARE(built.value().subStatus, subStatus);
        QCOMPARE(built.value().reason, reason);
    }
};

QTEST_GUILESS_MAIN(TestStageCatalog)
#include "tst_stagesync_catalog.moc"

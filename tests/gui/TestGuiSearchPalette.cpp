// Search everywhere (Ctrl+K): opening and closing by keyboard, campaigns and candidates found and
// opened with the arrows and Enter, answers for old text dropped, the campaign name matching.
#include "GuiTestSupport.h"

#include "CampaignRepository.h"
#include "CampaignsView.h"
#include "CandidateProfileDialog.h"
#include "CandidatesView.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SandboxConnection.h"
#include "SearchPalette.h"
#include "SyncHub.h"
#include "SyncStore.h"

#include <QAction>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>

using namespace sd;
using namespace sd::ui;

namespace {

SearchPalette *openPalette(MainWindow *w)
{
    QTest::keyClick(w, Qt::Key_K, Qt::ControlModifier);
    SearchPalette *palette = nullptr;
    for (int i = 0; i < 100 && !palette; ++i) {
        palette = test::findTopLevel<SearchPalette>(QStringLiteral("searchPalette"));
        if (!palette)
            QTest::qWait(20);
    }
    return palette;
}

// "Campaigns", "C:Rust engineers Berlin", … — the list as the recruiter sees it, kind first.
QStringList shownRows(const QListWidget *list)
{
    QStringList rows;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        switch (item->data(SearchPalette::KindRole).toInt()) {
        case SearchPalette::CampaignItem:
            rows << QStringLiteral("C:") + item->text();
            break;
        case SearchPalette::CandidateItem:
            rows << QStringLiteral("P:") + item->text();
            break;
        case SearchPalette::JobItem:
            rows << QStringLiteral("J:") + item->text();
            break;
        default:
            rows << item->text();
        }
    }
    return rows;
}

qint64 currentId(const QListWidget *list)
{
    const QListWidgetItem *item = list->currentItem();
    return item ? item->data(SearchPalette::IdRole).toLongLong() : -1;
}

int currentKind(const QListWidget *list)
{
    const QListWidgetItem *item = list->currentItem();
    return item ? item->data(SearchPalette::KindRole).toInt() : -1;
}

// Moves the current result down to the job `jobId`; false when it is not listed.
bool selectJob(SearchPalette *palette, const QString &jobId)
{
    for (int i = 0; i <= palette->results()->count(); ++i) {
        const QListWidgetItem *item = palette->results()->currentItem();
        if (item && item->data(SearchPalette::JobIdRole).toString() == jobId)
            return true;
        QTest::keyClick(palette->searchField(), Qt::Key_Down);
    }
    return false;
}

} // namespace

class TestGuiSearchPalette : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void campaignMatchingIgnoresCaseInEveryScript()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const qint64 rust = f.addCampaign(QStringLiteral("Rust engineers Berlin"));
        const qint64 doctors = f.addCampaign(QStringLiteral("Ärzte München"));
        f.addCampaign(QStringLiteral("Go developers"));
        CampaignRepository repo(f.workspace());

        auto found = repo.matching(QStringLiteral("  berlin   RUST "), 0);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, rust);

        found = repo.matching(QStringLiteral("ÄRZTE münchen"), 0);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, doctors);

        // Every word must match, not any.
        found = repo.matching(QStringLiteral("rust münchen"), 0);
        QVERIFY(found.ok());
        QVERIFY(found->isEmpty());

        // Blank text: every campaign, including archived ones (after the active ones); the limit holds.
        QVERIFY(!repo.setArchived(rust, true));
        found = repo.matching(QString(), 0);
        QVERIFY(found.ok());
        const auto all = repo.list(true);
        QVERIFY(all.ok());
        QCOMPARE(found->size(), all->size());
        QCOMPARE(found->last().id, rust);
        found = repo.matching(QStringLiteral("e"), 1);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
    }

    void ctrlKOpensAndEscapeCloses()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        MainWindow *w = f.window();
        auto *action = w->findChild<QAction *>(QStringLiteral("searchEverywhereAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        QVERIFY(w->findChild<QMenu *>(QStringLiteral("editMenu"))->actions().contains(action));

        SearchPalette *palette = openPalette(w);
        QVERIFY(palette);
        QTRY_VERIFY(palette->searchField()->hasFocus());
        QVERIFY(!palette->searchField()->accessibleName().isEmpty());
        QVERIFY(!palette->results()->accessibleName().isEmpty());
        // Centred on the window.
        const QPoint centre = w->mapToGlobal(w->rect().center());
        QVERIFY(qAbs(palette->geometry().center().x() - centre.x()) <= 2);
        QVERIFY(qAbs(palette->geometry().center().y() - centre.y()) <= 2);
        QVERIFY(!palette->findChild<QLabel *>(QStringLiteral("searchPaletteStatus"))->text().isEmpty());

        QTest::keyClick(palette->searchField(), Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());

        // Ctrl+K wins over a text field's own Ctrl+K (delete to the end of the line on Linux).
        w->showView(MainWindow::CandidatesPage);
        QLineEdit *candidateSearch = w->candidatesView()->searchField();
        candidateSearch->setText(QStringLiteral("keep me"));
        candidateSearch->setFocus();
        candidateSearch->setCursorPosition(0);
        QTRY_VERIFY(candidateSearch->hasFocus());
        QTest::keyClick(candidateSearch, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(palette->isVisible());
        QCOMPARE(candidateSearch->text(), QStringLiteral("keep me"));
        QTest::keyClick(palette->searchField(), Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());

        // Opening again starts from an empty field.
        palette->searchField()->setText(QStringLiteral("left over"));
        QCOMPARE(openPalette(w), palette);
        QVERIFY(palette->searchField()->text().isEmpty());
        QCOMPARE(palette->results()->count(), 0);
        QTest::keyClick(palette->searchField(), Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());
    }

    void findsAndOpensCampaignsAndCandidatesByKeyboard()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const qint64 campaign = f.addCampaign(QStringLiteral("Rust engineers Berlin"));
        f.addCampaign(QStringLiteral("Go developers"));
        const qint64 ada = f.addCandidate(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.org"), QStringLiteral("Rustworks"),
                                          QStringLiteral("Engineer"));
        f.addCandidate(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("grace@example.org"),
                       QStringLiteral("Navy"));
        MainWindow *w = f.window();
        w->showView(MainWindow::CandidatesPage);

        SearchPalette *palette = openPalette(w);
        QVERIFY(palette);
        QTest::keyClicks(palette->searchField(), QStringLiteral("rust"));
        QTRY_VERIFY(!palette->isSearching());
        QCOMPARE(palette->resultsText(), QStringLiteral("rust"));
        // Grouped by kind; no jobs group without a SmartRecruiters connection.
        QCOMPARE(shownRows(palette->results()),
                 (QStringList{QStringLiteral("Campaigns"), QStringLiteral("C:Rust engineers Berlin"),
                              QStringLiteral("Candidates"),
                              QStringLiteral("P:Ada Lovelace — Engineer · Rustworks · ada@example.org")}));

        // The first result is current; the arrows cross the group header and stop at the ends.
        QCOMPARE(currentKind(palette->results()), int(SearchPalette::CampaignItem));
        QTest::keyClick(palette->searchField(), Qt::Key_Up);
        QCOMPARE(currentId(palette->results()), campaign);
        QTest::keyClick(palette->searchField(), Qt::Key_Down);
        QCOMPARE(currentKind(palette->results()), int(SearchPalette::CandidateItem));
        QCOMPARE(currentId(palette->results()), ada);
        QTest::keyClick(palette->searchField(), Qt::Key_Down);
        QCOMPARE(currentId(palette->results()), ada);
        QTest::keyClick(palette->searchField(), Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(currentId(palette->results()), campaign);
        QTest::keyClick(palette->searchField(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(currentId(palette->results()), ada);

        // Enter on the candidate: the profile opens, the palette closes.
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        CandidateProfileDialog *profile = nullptr;
        QTRY_VERIFY(
            (profile = test::findTopLevel<CandidateProfileDialog>(QStringLiteral("candidateProfile"))));
        QCOMPARE(profile->candidateId(), ada);
        QVERIFY(!palette->isVisible());
        profile->close();

        // Again, Enter on the campaign: the campaigns page with that campaign's detail.
        QCOMPARE(openPalette(w), palette);
        QTest::keyClicks(palette->searchField(), QStringLiteral("berlin"));
        QTRY_VERIFY(!palette->isSearching());
        QCOMPARE(currentId(palette->results()), campaign);
        QTest::keyClick(palette->searchField(), Qt::Key_Enter);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(w->currentView(), int(MainWindow::CampaignsPage));
        QCOMPARE(w->campaignsView()->currentCampaign().id, campaign);
    }

    void opensArchivedCampaignsAndIgnoresEnterWithoutResults()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        f.addCampaign(QStringLiteral("Active one"));
        const qint64 old = f.addCampaign(QStringLiteral("Old Berlin drive"));
        QVERIFY(!CampaignRepository(f.workspace()).setArchived(old, true));
        MainWindow *w = f.window();
        QVERIFY(!w->campaignsView()->showArchivedAction()->isChecked());

        SearchPalette *palette = openPalette(w);
        QVERIFY(palette);
        QTest::keyClicks(palette->searchField(), QStringLiteral("nothing like this"));
        QTRY_VERIFY(!palette->isSearching());
        QCOMPARE(palette->results()->count(), 0);
        QVERIFY(!palette->openCurrent());
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QVERIFY(palette->isVisible());
        QVERIFY(palette->findChild<QLabel *>(QStringLiteral("searchPaletteStatus"))
                    ->text()
                    .contains(QStringLiteral("nothing like this")));

        palette->searchField()->clear();
        QTest::keyClicks(palette->searchField(), QStringLiteral("old"));
        QTRY_VERIFY(!palette->isSearching());
        QCOMPARE(shownRows(palette->results()),
                 (QStringList{QStringLiteral("Campaigns"), QStringLiteral("C:Old Berlin drive (archived)")}));
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QTRY_VERIFY(!palette->isVisible());
        QVERIFY(w->campaignsView()->showArchivedAction()->isChecked());
        QCOMPARE(w->campaignsView()->currentCampaign().id, old);
    }

    void answersForOldTextAreDropped()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        f.addCandidate(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.org"),
                       QStringLiteral("Analytical"));
        const qint64 grace = f.addCandidate(QStringLiteral("Grace"), QStringLiteral("Hopper"),
                                            QStringLiteral("grace@example.org"), QStringLiteral("Navy"));
        MainWindow *w = f.window();
        SearchPalette *palette = openPalette(w);
        QVERIFY(palette);

        // Two searches started before either answer can be delivered (answers arrive through the
        // event loop): the first one's answer must be thrown away, whichever worker finishes first.
        palette->searchFor(QStringLiteral("ada"));
        palette->searchFor(QStringLiteral("grace"));
        QVERIFY(palette->isSearching());
        QTRY_VERIFY(!palette->isSearching());
        QTRY_COMPARE(palette->droppedResults(), 1);
        QCOMPARE(palette->resultsText(), QStringLiteral("grace"));
        QCOMPARE(shownRows(palette->results()),
                 (QStringList{QStringLiteral("Candidates"),
                              QStringLiteral("P:Grace Hopper — Navy · grace@example.org")}));
        QCOMPARE(currentId(palette->results()), grace);

        // Typing fast: one search after the pause, for the final text.
        palette->searchField()->clear();
        QTRY_VERIFY(!palette->isSearching());
        const int dropped = palette->droppedResults();
        QTest::keyClicks(palette->searchField(), QStringLiteral("ada lov"));
        QTRY_VERIFY(!palette->isSearching());
        QCOMPARE(palette->resultsText(), palette->searchField()->text());
        QCOMPARE(shownRows(palette->results()),
                 (QStringList{QStringLiteral("Candidates"),
                              QStringLiteral("P:Ada Lovelace — Analytical · ada@example.org")}));
        QCOMPARE(palette->droppedResults(), dropped); // the pause coalesced the keystrokes into one search

        // Text without a searchable character finds nobody (rather than everybody).
        palette->searchField()->setText(QStringLiteral("%% --"));
        QTRY_VERIFY(!palette->isSearching());
        QCOMPARE(palette->resultsText(), QStringLiteral("%% --"));
        QCOMPARE(palette->results()->count(), 0);

        // Clearing the field clears the results.
        palette->searchField()->clear();
        QTRY_VERIFY(!palette->isSearching());
        QCOMPARE(palette->results()->count(), 0);
    }

    void findsSmartRecruitersJobsWhenConnected()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const qint64 campaign = f.addCampaign(QStringLiteral("Zq linked campaign"));
        MainWindow *w = f.window();
        test::SandboxConnection c;
        QVERIFY(c.connect(f.sharedWorkspace()));
        w->attachIntegration(c.manager.get());
        QTRY_VERIFY(w->syncHub()->isConnected());
        const QJsonObject jobs = c.sandbox.stateDump().value(QStringLiteral("jobs")).toObject();
        QVERIFY(!jobs.isEmpty());
        const QJsonObject job = jobs.begin()->toObject();
        const QString jobId = job.value(QStringLiteral("id")).toString();
        const QString title = job.value(QStringLiteral("title")).toString();
        QVERIFY(!jobId.isEmpty() && !title.isEmpty());

        SearchPalette *palette = openPalette(w);
        QVERIFY(palette);
        palette->searchField()->setText(title);
        QTRY_VERIFY(!palette->isSearching() && !palette->isLoadingJobs());
        QVERIFY(shownRows(palette->results()).contains(QStringLiteral("SmartRecruiters jobs")));
        for (const QString &row : shownRows(palette->results())) {
            if (row.startsWith(QStringLiteral("J:")))
                QVERIFY2(row.contains(title, Qt::CaseInsensitive), qPrintable(row));
        }
        QVERIFY(selectJob(palette, jobId));

        // No campaign pushes to it: the recruiter is told, by the job's title.
        MessageBox::setNextAnswer(MessageBox::Ok);
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(MessageBox::lastShown().title, QStringLiteral("SmartRecruiters job"));
        QVERIFY(MessageBox::lastShown().text.contains(title));
        QCOMPARE(MessageBox::pendingAnswers(), 0);

        // Linked: Enter opens the campaign.
        sync::CampaignJob link;
        link.campaignId = campaign;
        link.srJobId = jobId;
        link.jobTitle = title;
        link.linkedAt = QDateTime::currentDateTimeUtc();
        link.linkedBy = QStringLiteral("test");
        QVERIFY(!sync::SyncStore(f.workspace()).setCampaignJob(link));
        QCOMPARE(openPalette(w), palette);
        palette->searchField()->setText(title);
        QTRY_VERIFY(!palette->isSearching() && !palette->isLoadingJobs());
        QVERIFY(selectJob(palette, jobId));
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(w->currentView(), int(MainWindow::CampaignsPage));
        QCOMPARE(w->campaignsView()->currentCampaign().id, campaign);
    }
};

QTEST_MAIN(TestGuiSearchPalette)
#include "TestGuiSearchPalette.moc"

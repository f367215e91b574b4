// Campaigns through the widgets: create, add members, log an activity, bulk status change.
#include "GuiTestSupport.h"

#include "ActivityRepository.h"
#include "CampaignDetailView.h"
#include "CampaignDialog.h"
#include "CampaignListModel.h"
#include "CampaignRepository.h"
#include "CampaignsView.h"
#include "CandidatePickerDialog.h"
#include "CandidateProfileDialog.h"
#include "CandidateRepository.h"
#include "Labels.h"
#include "LogActivityDialog.h"
#include "MainWindow.h"
#include "MemberTableModel.h"
#include "MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>

using namespace sd;
using namespace sd::ui;

namespace {

QAction *action(QWidget *root, const char *name)
{
    return root->findChild<QAction *>(QLatin1String(name));
}

QString cellText(QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestGuiCampaigns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void createCampaignThroughTheDialog()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        MainWindow *w = f.window();
        CampaignsView *view = w->campaignsView();
        QCOMPARE(view->model()->rowCount(), 0);

        // Ctrl+N, as a recruiter would.
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTest::keyClick(w, Qt::Key_N, Qt::ControlModifier);
        CampaignDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = test::findTopLevel<CampaignDialog>(QStringLiteral("campaignDialog"))));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("campaignOk"));
        QVERIFY(ok);

        // An empty name is refused with a visible reason and the dialog stays.
        QTest::mouseClick(ok, Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("campaignError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("name")));
        QVERIFY(dialog->isVisible());

        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("campaignName")),
                         QStringLiteral("Rust engineers Berlin"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!test::findTopLevel<CampaignDialog>(QStringLiteral("campaignDialog")));

        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(cellText(view->model(), 0, CampaignListModel::NameColumn),
                 QStringLiteral("Rust engineers Berlin"));
        QCOMPARE(view->currentCampaign().name, QStringLiteral("Rust engineers Berlin"));
        auto *title = view->detail()->findChild<QLabel *>(QStringLiteral("campaignTitle"));
        QCOMPARE(title->text(), QStringLiteral("Rust engineers Berlin"));
        auto stored = CampaignRepository(f.workspace()).findByName(QStringLiteral("Rust engineers Berlin"));
        QVERIFY(stored.ok() && stored->has_value());
        QTRY_VERIFY(w->statusCountsText().contains(QStringLiteral("1 active campaign")));

        // A second campaign with the same name is refused.
        w->activateWindow(); // a window manager gives activation back when the dialog closes
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTest::keyClick(w, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY((dialog = test::findTopLevel<CampaignDialog>(QStringLiteral("campaignDialog"))));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("campaignName")),
                         QStringLiteral("Rust engineers Berlin"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("campaignOk")), Qt::LeftButton);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("campaignError"))
                    ->text()
                    .contains(QStringLiteral("already exists")));
        dialog->reject();
        QCOMPARE(view->model()->rowCount(), 1);
    }

    void addMembersLogActivityAndBulkStatus()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const qint64 ada =
            f.addCandidate(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                           QStringLiteral("ada@example.org"), QStringLiteral("Analytical Engines"));
        f.addCandidate(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("grace@example.org"),
                       QStringLiteral("Navy"));
        f.addCandidate(QStringLiteral("Alan"), QStringLiteral("Turing"), QStringLiteral("alan@example.org"),
                       QStringLiteral("Bletchley"));
        f.addCandidate(QStringLiteral("Linus"), QStringLiteral("Torvalds"),
                       QStringLiteral("linus@example.org"), QStringLiteral("Linux"));
        const qint64 campaignId = f.addCampaign(QStringLiteral("Pioneers"));
        MainWindow *w = f.window();
        CampaignsView *view = w->campaignsView();
        view->selectCampaign(campaignId);
        CampaignDetailView *detail = view->detail();
        QCOMPARE(detail->campaignId(), campaignId);

        // Bulk add: search in the picker, select the matches, add.
        action(detail, "addMembersAction")->trigger();
        CandidatePickerDialog *picker = nullptr;
        QTRY_VERIFY((picker = test::findTopLevel<CandidatePickerDialog>(QStringLiteral("candidatePicker"))));
        auto *pickerTable = picker->findChild<QTableView *>(QStringLiteral("pickerTable"));
        QTRY_COMPARE(pickerTable->model()->rowCount(), 4);
        pickerTable->selectAll();
        // Leave Linus out: deselect him.
        for (int row = 0; row < pickerTable->model()->rowCount(); ++row) {
            if (pickerTable->model()->index(row, 0).data().toString() == QStringLiteral("Linus Torvalds"))
                pickerTable->selectionModel()->select(pickerTable->model()->index(row, 0),
                                                      QItemSelectionModel::Deselect |
                                                          QItemSelectionModel::Rows);
        }
        QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("pickerOk")), Qt::LeftButton);
        QTRY_COMPARE(detail->model()->rowCount(), 3);
        QTRY_COMPARE(cellText(view->model(), 0, CampaignListModel::TotalColumn), QStringLiteral("3"));
        for (int row = 0; row < 3; ++row)
            QCOMPARE(cellText(detail->model(), row, MemberTableModel::StatusColumn),
                     label(MemberStatus::Added));

        // Log an email for Ada: she moves from "added" to "contacted" and it is in her timeline.
        auto *table = detail->table();
        int adaRow = -1;
        for (int row = 0; row < detail->model()->rowCount(); ++row) {
            if (detail->model()->candidateIdAt(row) == ada)
                adaRow = row;
        }
        QVERIFY(adaRow >= 0);
        table->setFocus();
        table->selectRow(adaRow);
        action(detail, "logActivityAction")->trigger();
        LogActivityDialog *log = nullptr;
        QTRY_VERIFY((log = test::findTopLevel<LogActivityDialog>(QStringLiteral("logActivityDialog"))));
        auto *kind = log->findChild<QComboBox *>(QStringLiteral("activityKind"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(ActivityKind::EmailSent)));
        QCOMPARE(log->findChild<QComboBox *>(QStringLiteral("activityCampaign"))->currentText(),
                 QStringLiteral("Pioneers"));
        QTest::keyClicks(log->findChild<QLineEdit *>(QStringLiteral("activitySubject")),
                         QStringLiteral("Intro: compiler role"));
        QTest::mouseClick(log->findChild<QPushButton *>(QStringLiteral("activityOk")), Qt::LeftButton);
        QTRY_VERIFY(!test::findTopLevel<LogActivityDialog>(QStringLiteral("logActivityDialog")));
        QTRY_COMPARE(cellText(detail->model(), adaRow, MemberTableModel::StatusColumn),
                     label(MemberStatus::Contacted));
        QVERIFY(!cellText(detail->model(), adaRow, MemberTableModel::LastActivityColumn).isEmpty());
        QTRY_COMPARE(
            cellText(view->model(), 0, CampaignListModel::FirstStatusColumn + int(MemberStatus::Contacted)),
            QStringLiteral("1"));

        // Double-click opens the profile; the timeline shows the email.
        table->selectRow(adaRow);
        const QRect cell = table->visualRect(detail->model()->index(adaRow, MemberTableModel::NameColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        CandidateProfileDialog *profile = nullptr;
        QTRY_VERIFY(
            (profile = test::findTopLevel<CandidateProfileDialog>(QStringLiteral("candidateProfile"))));
        QCOMPARE(profile->candidateId(), ada);
        auto *timeline = profile->findChild<QTreeWidget *>(QStringLiteral("activityTimeline"));
        QCOMPARE(timeline->topLevelItemCount(), 1);
        QCOMPARE(timeline->topLevelItem(0)->text(1), label(ActivityKind::EmailSent));
        QCOMPARE(timeline->topLevelItem(0)->text(2), QStringLiteral("Pioneers"));
        QCOMPARE(timeline->topLevelItem(0)->text(3), QStringLiteral("Intro: compiler role"));
        auto *campaigns = profile->findChild<QTreeWidget *>(QStringLiteral("candidateCampaigns"));
        QCOMPARE(campaigns->topLevelItemCount(), 1);
        QCOMPARE(campaigns->topLevelItem(0)->text(1), label(MemberStatus::Contacted));
        profile->close();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));

        // Bulk status change with the keyboard: select all, Alt+4 = "Interested".
        table->setFocus();
        table->selectAll();
        QTest::keyClick(table, Qt::Key_4, Qt::AltModifier);
        for (int row = 0; row < 3; ++row)
            QTRY_COMPARE(cellText(detail->model(), row, MemberTableModel::StatusColumn),
                         label(MemberStatus::Interested));
        QTRY_COMPARE(
            cellText(view->model(), 0, CampaignListModel::FirstStatusColumn + int(MemberStatus::Interested)),
            QStringLiteral("3"));

        // Status filter: only "Contacted" → none left.
        auto *filter = detail->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        filter->setCurrentIndex(filter->findData(int(MemberStatus::Contacted)));
        QTRY_COMPARE(detail->model()->rowCount(), 0);
        filter->setCurrentIndex(filter->findData(int(MemberStatus::Interested)));
        QTRY_COMPARE(detail->model()->rowCount(), 3);

        // Remove one member, confirmed through the seam; the candidate record stays.
        table->selectRow(0);
        const qint64 removed = detail->model()->candidateIdAt(0);
        MessageBox::setNextAnswer(MessageBox::Remove);
        action(detail, "removeMembersAction")->trigger();
        QTRY_COMPARE(detail->model()->rowCount(), 2);
        QVERIFY(MessageBox::lastShown().text.contains(QStringLiteral("Pioneers")));
        QVERIFY(CandidateRepository(f.workspace()).get(removed).ok());
    }

    void archiveAndDeleteAskFirst()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const qint64 id = f.addCampaign(QStringLiteral("Old search"));
        MainWindow *w = f.window();
        CampaignsView *view = w->campaignsView();
        view->selectCampaign(id);

        action(view, "archiveCampaignAction")->trigger();
        QTRY_COMPARE(view->model()->rowCount(), 0); // archived campaigns are hidden by default
        view->findChild<QCheckBox *>(QStringLiteral("showArchived"))->setChecked(true);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QVERIFY(
            cellText(view->model(), 0, CampaignListModel::NameColumn).contains(QStringLiteral("(archived)")));

        view->selectCampaign(id);
        MessageBox::setNextAnswer(MessageBox::Cancel);
        action(view, "deleteCampaignAction")->trigger();
        QCOMPARE(MessageBox::lastShown().title, QStringLiteral("Delete campaign"));
        QCOMPARE(view->model()->rowCount(), 1);

        MessageBox::setNextAnswer(MessageBox::Delete);
        action(view, "deleteCampaignAction")->trigger();
        QTRY_COMPARE(view->model()->rowCount(), 0);
        QVERIFY(!CampaignRepository(f.workspace()).get(id).ok());
    }
};

QTEST_MAIN(TestGuiCampaigns)
#include "TestGuiCampaigns.moc"

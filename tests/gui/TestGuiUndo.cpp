// Undo through the widgets: remove from a campaign, delete candidates, a bulk status change; the
// toast offers it, its button and Ctrl+Z run it, and the database is back as it was.
#include "GuiTestSupport.h"

#include "CampaignDetailView.h"
#include "CampaignRepository.h"
#include "CampaignsView.h"
#include "CandidateTableModel.h"
#include "CandidatesView.h"
#include "ChangeNotifier.h"
#include "Labels.h"
#include "MainWindow.h"
#include "MemberTableModel.h"
#include "MessageBox.h"
#include "Toast.h"
#include "UndoController.h"
#include "Workspace.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace sd;
using namespace sd::ui;

namespace {

// The rows of these tables, as sorted text.
QMap<QString, QStringList> dump(const Workspace &ws, const QStringList &tables)
{
    QMap<QString, QStringList> out;
    for (const QString &table : tables) {
        QSqlQuery q(ws.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            qFatal("cannot read %s", qPrintable(table));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << cells.join(u'|');
        }
        rows.sort();
        out.insert(table, rows);
    }
    return out;
}

const QStringList kCandidateTables = {
    QStringLiteral("candidates"),        QStringLiteral("candidate_keys"),
    QStringLiteral("campaign_members"),  QStringLiteral("member_status_history"),
    QStringLiteral("activities"),        QStringLiteral("candidate_field_changes"),
    QStringLiteral("member_milestones"), QStringLiteral("activity_daily"),
};

struct Seeded
{
    qint64 campaign = 0;
    QList<qint64> people;
};

Seeded seed(test::GuiFixture &f)
{
    Seeded s;
    s.people << f.addCandidate(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                               QStringLiteral("ada@example.org"), QStringLiteral("Analytical Engines"))
             << f.addCandidate(QStringLiteral("Grace"), QStringLiteral("Hopper"),
                               QStringLiteral("grace@example.org"), QStringLiteral("Navy"))
             << f.addCandidate(QStringLiteral("Alan"), QStringLiteral("Turing"),
                               QStringLiteral("alan@example.org"), QStringLiteral("Bletchley"));
    s.campaign = f.addCampaign(QStringLiteral("Pioneers"));
    CampaignRepository campaigns(f.workspace());
    campaigns.addMembers(s.campaign, s.people, QStringLiteral("me"));
    campaigns.setStatus(s.campaign, {s.people.at(1)}, MemberStatus::Contacted, QStringLiteral("me"));
    return s;
}

UndoController *controllerOf(MainWindow *w)
{
    return w->notifier()->findChild<UndoController *>(QString(), Qt::FindDirectChildrenOnly);
}

Toast *toastOf(MainWindow *w)
{
    return w->findChild<Toast *>(QStringLiteral("undoToast"));
}

// Selects the rows whose first column (the name) is one of `names`.
void selectByName(QTableView *table, const QStringList &names)
{
    table->clearSelection();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (names.contains(table->model()->index(row, 0).data().toString()))
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

} // namespace

class TestGuiUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }
    void cleanup() { MessageBox::clearAnswers(); }

    void removeFromCampaignThenUndoButton()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const Seeded s = seed(f);
        MainWindow *w = f.window();
        QVERIFY(QTest::qWaitForWindowActive(w));
        w->campaignsView()->selectCampaign(s.campaign);
        CampaignDetailView *detail = w->campaignsView()->detail();
        QTRY_COMPARE(detail->model()->rowCount(), 3);
        // The campaign's updated_at moves with every change of its members, the undo included.
        const auto before =
            dump(f.workspace(), kCandidateTables + QStringList{QStringLiteral("enrollments")});

        selectByName(detail->table(), {QStringLiteral("Ada Lovelace"), QStringLiteral("Grace Hopper")});
        QCOMPARE(detail->selectedCandidateIds().size(), 2);
        MessageBox::setNextAnswer(MessageBox::Remove);
        detail->table()->setFocus();
        QTest::keyClick(detail->table(), Qt::Key_Delete);
        QTRY_COMPARE(detail->model()->rowCount(), 1);
        QCOMPARE(CampaignRepository(f.workspace()).memberCount({s.campaign, std::nullopt}).value(), 1);

        Toast *toast = toastOf(w);
        QVERIFY(toast);
        QTRY_VERIFY(toast->isVisible());
        QCOMPARE(toast->label()->text(), QStringLiteral("2 people removed from “Pioneers”"));
        QVERIFY(toast->undoButton()->isVisible());
        QVERIFY(!toast->accessibleName().isEmpty());
        QCOMPARE(toast->undoButton()->accessibleName(),
                 QStringLiteral("Undo: 2 people removed from “Pioneers”"));
        // Non-modal, at the bottom of the window above the status bar, and it goes away by itself.
        QVERIFY(!toast->isWindow());
        QVERIFY(toast->geometry().bottom() > w->height() / 2);
        QVERIFY(toast->geometry().bottom() < w->statusBar()->geometry().top());
        QVERIFY(toast->timer()->isActive());
        QCOMPARE(toast->timer()->interval(), Toast::DefaultTimeoutMs);
        QVERIFY(controllerOf(w)->undoAction()->isEnabled());

        QTest::mouseClick(toast->undoButton(), Qt::LeftButton);
        QTRY_COMPARE(detail->model()->rowCount(), 3);
        QCOMPARE(dump(f.workspace(), kCandidateTables + QStringList{QStringLiteral("enrollments")}), before);
        // The toast now says it is done, with nothing more to undo.
        QVERIFY(toast->isVisible());
        QVERIFY(!toast->undoButton()->isVisible());
        QCOMPARE(toast->label()->text(), QStringLiteral("2 people back in the campaign"));
        QVERIFY(!controllerOf(w)->undoAction()->isEnabled());
        QCOMPARE(MessageBox::pendingAnswers(), 0);
    }

    void deleteCandidatesThenCtrlZ()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        seed(f);
        MainWindow *w = f.window();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTest::keyClick(w, Qt::Key_2, Qt::ControlModifier);
        CandidatesView *view = w->candidatesView();
        QTRY_COMPARE(view->table()->model()->rowCount(), 3);
        const auto before = dump(f.workspace(), kCandidateTables);

        selectByName(view->table(), {QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")});
        QCOMPARE(view->selectedIds().size(), 2);
        MessageBox::setNextAnswer(MessageBox::Delete);
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_Delete);
        QTRY_COMPARE(view->table()->model()->rowCount(), 1);
        QVERIFY(!MessageBox::lastShown().text.contains(QStringLiteral("cannot be undone")));
        Toast *toast = toastOf(w);
        QVERIFY(toast);
        QTRY_VERIFY(toast->isVisible());
        QCOMPARE(toast->label()->text(), QStringLiteral("2 candidates deleted"));

        // Ctrl+Z in the search field undoes typing there, not the delete.
        view->searchField()->setFocus();
        QTRY_VERIFY(view->searchField()->hasFocus());
        QTest::keyClick(view->searchField(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(controllerOf(w)->canUndo());
        QCOMPARE(view->table()->model()->rowCount(), 1);

        // Anywhere else in the window, Ctrl+Z is Undo.
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(view->table()->model()->rowCount(), 3);
        QCOMPARE(dump(f.workspace(), kCandidateTables), before);
        QVERIFY(!controllerOf(w)->canUndo());
        // One level: a second Ctrl+Z changes nothing.
        QTest::keyClick(view->table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(dump(f.workspace(), kCandidateTables), before);
        // The search finds them again.
        QTest::keyClicks(view->searchField(), QStringLiteral("lovelace"));
        QTRY_COMPARE(view->table()->model()->rowCount(), 1);
    }

    void bulkStatusChangeThenCtrlZ()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const Seeded s = seed(f);
        MainWindow *w = f.window();
        QVERIFY(QTest::qWaitForWindowActive(w));
        w->campaignsView()->selectCampaign(s.campaign);
        CampaignDetailView *detail = w->campaignsView()->detail();
        QTRY_COMPARE(detail->model()->rowCount(), 3);
        const auto before = dump(f.workspace(), {QStringLiteral("campaign_members")});
        const int historyBefore = int(dump(f.workspace(), {QStringLiteral("member_status_history")})
                                          .value(QStringLiteral("member_status_history"))
                                          .size());

        // Alt+4: "Interested", for everyone.
        detail->table()->setFocus();
        detail->table()->selectAll();
        QTest::keyClick(detail->table(), Qt::Key_4, Qt::AltModifier);
        for (int row = 0; row < 3; ++row)
            QTRY_COMPARE(detail->model()->index(row, MemberTableModel::StatusColumn).data().toString(),
                         label(MemberStatus::Interested));
        Toast *toast = toastOf(w);
        QVERIFY(toast);
        QTRY_VERIFY(toast->isVisible());
        QCOMPARE(toast->label()->text(),
                 QStringLiteral("3 people marked %1").arg(label(MemberStatus::Interested)));
        QVERIFY(dump(f.workspace(), {QStringLiteral("campaign_members")}) != before);

        QTest::keyClick(detail->table(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(dump(f.workspace(), {QStringLiteral("campaign_members")}), before);
        QTRY_COMPARE(detail->model()->index(0, MemberTableModel::StatusColumn).data().toString(),
                     label(MemberStatus::Added));
        // The way back is a status change of its own, recorded like any other.
        QCOMPARE(dump(f.workspace(), {QStringLiteral("member_status_history")})
                     .value(QStringLiteral("member_status_history"))
                     .size(),
                 historyBefore + 6);
        QCOMPARE(toast->label()->text(), QStringLiteral("3 statuses put back"));
    }
};

QTEST_MAIN(TestGuiUndo)
#include "TestGuiUndo.moc"

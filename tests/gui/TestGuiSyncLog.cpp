// The sync log: outbox jobs newest first and paged in, counts in the header, Retry and Skip on the
// selection changing the job's state in the database, the state filter, a job's fields before and
// after on double-click, the per-candidate history, and Ctrl+Shift+Y in the main window.
#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "MessageBox.h"
#include "Outbox.h"
#include "OutboxJobDialog.h"
#include "OutboxTableModel.h"
#include "SyncLogView.h"
#include "SyncWindowParts.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

using namespace sd;
using namespace sd::ui;
using sync::JobKind;
using sync::JobState;

namespace {

qint64 enqueue(const Workspace &ws, JobKind kind, qint64 candidateId)
{
    sync::OutboxJob job =
        sync::OutboxJob::make(kind, candidateId, 0, {{QStringLiteral("note"), QStringLiteral("x")}});
    if (Status s = sync::Outbox(ws).enqueue(job, QStringLiteral("test")))
        qWarning("enqueue: %s", qPrintable(s->toString()));
    return job.id;
}

void refuse(const Workspace &ws, qint64 id)
{
    sync::Outbox outbox(ws);
    QVERIFY(!outbox.markInFlight(id));
    QVERIFY(!outbox.markNeedsAttention(
        id, QStringLiteral("INVALID_EMAIL"), QStringLiteral("The email is not valid."),
        QStringLiteral("Correct the email on the candidate page, then retry.")));
}

JobState stateOf(const Workspace &ws, qint64 id)
{
    Result<sync::OutboxJob> job = sync::Outbox(ws).get(id);
    return job.ok() ? job->state : JobState::Held;
}

void selectJob(SyncLogView &view, qint64 id, bool add = false)
{
    const int row = view.model()->rowOfJob(id);
    QVERIFY2(row >= 0, qPrintable(QString::number(id)));
    view.table()->selectionModel()->select(
        view.model()->index(row, 0),
        (add ? QItemSelectionModel::Select : QItemSelectionModel::ClearAndSelect) |
            QItemSelectionModel::Rows);
    view.table()->selectionModel()->setCurrentIndex(view.model()->index(row, 0),
                                                    QItemSelectionModel::NoUpdate);
}

} // namespace

class TestGuiSyncLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void retryAndSkipChangeTheJobState()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const qint64 ada = f.addCandidate(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.com"), {});
        const qint64 grace = f.addCandidate(QStringLiteral("Grace"), QStringLiteral("Hopper"),
                                            QStringLiteral("grace@example.com"), {});
        const qint64 create = enqueue(f.workspace(), JobKind::Create, ada);
        refuse(f.workspace(), create);
        const qint64 note = enqueue(f.workspace(), JobKind::AddNote, ada);
        const qint64 update = enqueue(f.workspace(), JobKind::UpdateFields, grace);
        refuse(f.workspace(), update);

        SyncLogView view(f.workspace(), nullptr);
        view.show();
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view)); // for the keyboard shortcuts below
        view.refresh();
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.model()->jobAt(0).id, update); // newest first
        QVERIFY2(view.countsText().contains(QStringLiteral("2 need attention")),
                 qPrintable(view.countsText()));
        const QModelIndex problem =
            view.model()->index(view.model()->rowOfJob(create), OutboxTableModel::ProblemColumn);
        QVERIFY(problem.data().toString().contains(QStringLiteral("Correct the email")));
        QCOMPARE(view.model()
                     ->index(view.model()->rowOfJob(create), OutboxTableModel::CandidateColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Ada Lovelace"));

        auto *retry = view.findChild<QPushButton *>(QStringLiteral("syncLogRetry"));
        auto *skip = view.findChild<QPushButton *>(QStringLiteral("syncLogSkip"));
        QVERIFY(!retry->isEnabled());
        selectJob(view, create);
        QVERIFY(retry->isEnabled());
        retry->click();
        QCOMPARE(stateOf(f.workspace(), create), JobState::Pending);
        QCOMPARE(view.model()
                     ->index(view.model()->rowOfJob(create), OutboxTableModel::StateColumn)
                     .data()
                     .toString(),
                 sync::jobStateLabel(JobState::Pending));
        QVERIFY2(view.countsText().contains(QStringLiteral("1 need attention")),
                 qPrintable(view.countsText()));

        // Skip asks first; "Cancel" changes nothing.
        selectJob(view, update);
        MessageBox::setNextAnswer(MessageBox::Cancel);
        skip->click();
        QCOMPARE(stateOf(f.workspace(), update), JobState::NeedsAttention);
        MessageBox::setNextAnswer(MessageBox::Yes);
        skip->click();
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QCOMPARE(stateOf(f.workspace(), update), JobState::Skipped);
        QCOMPARE(stateOf(f.workspace(), note), JobState::Pending); // not selected, not touched

        // Several at once, by keyboard.
        selectJob(view, create);
        selectJob(view, note, true);
        MessageBox::setNextAnswer(MessageBox::Yes);
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QCOMPARE(stateOf(f.workspace(), create), JobState::Skipped);
        QCOMPARE(stateOf(f.workspace(), note), JobState::Skipped);
        QVERIFY2(MessageBox::lastShown().text.contains(QStringLiteral("Skip 2 jobs")),
                 qPrintable(MessageBox::lastShown().text));

        // Filter by state.
        auto *filter = view.findChild<QComboBox *>(QStringLiteral("syncLogStateFilter"));
        filter->setCurrentIndex(1); // needs attention
        QCOMPARE(view.model()->rowCount(), 0);
        filter->setCurrentIndex(5); // skipped
        QCOMPARE(view.model()->rowCount(), 3);
        selectJob(view, update);
        QVERIFY(!skip->isEnabled()); // already skipped
        QVERIFY(!retry->isEnabled());
    }

    void pagesInNewestFirst()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const qint64 ada = f.addCandidate(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.com"), {});
        QList<qint64> ids;
        for (int i = 0; i < 7; ++i)
            ids << enqueue(f.workspace(), JobKind::AddNote, ada);
        OutboxTableModel model(f.workspace());
        model.setPageSize(3);
        model.reload();
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(!model.canFetchMore({}));
        for (int row = 0; row < 7; ++row)
            QCOMPARE(model.jobAt(row).id, ids.at(6 - row));
        model.reload(); // a refresh keeps what was paged in
        QCOMPARE(model.rowCount(), 7);
    }

    void doubleClickShowsFieldsBeforeAndAfter()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const qint64 ada = f.addCandidate(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.com"), {});
        const qint64 id = enqueue(f.workspace(), JobKind::UpdateFields, ada);
        sync::Outbox outbox(f.workspace());
        QVERIFY(!outbox.markInFlight(id));
        const QJsonArray fields{QJsonObject{{QStringLiteral("field"), QStringLiteral("experience.title")},
                                            {QStringLiteral("before"), QStringLiteral("Analyst")},
                                            {QStringLiteral("after"), QStringLiteral("Engineer")},
                                            {QStringLiteral("rule"), QStringLiteral("always")},
                                            {QStringLiteral("sent"), true},
                                            {QStringLiteral("why"), QStringLiteral("always update")}}};
        QVERIFY(!outbox.markDone(id, {{QStringLiteral("fields"), fields},
                                      {QStringLiteral("srCandidateId"), QStringLiteral("sr-1")}}));

        SyncLogView view(f.workspace(), nullptr);
        view.resize(900, 400);
        view.show();
        view.refresh();
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("syncLogRetry"))->isEnabled());
        const QRect rect = view.table()->visualRect(view.model()->index(0, OutboxTableModel::KindColumn));
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, rect.center());
        auto *dialog = view.findChild<OutboxJobDialog *>(QStringLiteral("outboxJobDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTreeWidget *tree = dialog->fieldsTree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("Analyst"));
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("Engineer"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("jobSrId"))->text(), QStringLiteral("sr-1"));
        dialog->close();
    }

    void perCandidateHistoryAndShortcut()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const qint64 ada = f.addCandidate(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                                          QStringLiteral("ada@example.com"), {});
        const qint64 grace = f.addCandidate(QStringLiteral("Grace"), QStringLiteral("Hopper"),
                                            QStringLiteral("grace@example.com"), {});
        enqueue(f.workspace(), JobKind::Create, ada);
        const qint64 graceJob = enqueue(f.workspace(), JobKind::Create, grace);
        refuse(f.workspace(), graceJob);

        MainWindow *window = f.window();
        auto *dock = window->findChild<QDockWidget *>(QStringLiteral("syncLogDock"));
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        QTest::keyClick(window, Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dock->isVisible());
        SyncLogView *log = window->syncParts()->log();
        QCOMPARE(log->model()->rowCount(), 2);

        window->syncParts()->showLog(grace, QStringLiteral("Grace Hopper"));
        QCOMPARE(log->model()->rowCount(), 1);
        QCOMPARE(log->model()->jobAt(0).id, graceJob);
        QVERIFY(log->findChild<QLabel *>(QStringLiteral("syncLogTitle"))
                    ->text()
                    .contains(QStringLiteral("Grace Hopper")));

        // The status bar points at what needs attention.
        auto *attention = window->findChild<QPushButton *>(QStringLiteral("syncStatusAttention"));
        QVERIFY(attention);
        QTRY_VERIFY(attention->isVisible());
        QVERIFY(attention->text().contains(QStringLiteral("1 need attention")));
    }
};

QTEST_MAIN(TestGuiSyncLog)
#include "TestGuiSyncLog.moc"

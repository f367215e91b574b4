// The transfer dialog (ui/team/TransferDialog) as a user drives it: a local workspace moved to a
// team server, the verification counts shown, the copy offered to open; and back to a file.

#include "FileDialog.h"
#include "TestPostgres.h"
#include "TransferDialog.h"
#include "TransferFixture.h"
#include "Workspace.h"
#include "workspace/WorkspaceTransfer.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::test;
using sd::ui::TransferDialog;

namespace {

template<typename W> W *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<W *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

QString countIn(QTableWidget *table, const QString &name, int column)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name)
            return table->item(row, column)->text();
    }
    return {};
}

} // namespace

class TestTransferDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void aFileIsNotATeamServer()
    {
        auto local = Workspace::open(m_dir.filePath(QStringLiteral("plain.sqlite")));
        QVERIFY(local.ok());
        TransferDialog dialog(local.value());
        dialog.show();
        child<QLineEdit>(&dialog, "transferLocation")->setText(m_dir.filePath(QStringLiteral("other.sqlite")));
        QTest::mouseClick(child<QPushButton>(&dialog, "transferStart"), Qt::LeftButton);
        QVERIFY(!dialog.isRunning());
        QVERIFY(child<QLabel>(&dialog, "transferStatus")->text().contains(QStringLiteral("postgresql://")));
    }

    void movesToTheServerAndBack()
    {
        SD_REQUIRE_POSTGRES();
        auto local = Workspace::open(m_dir.filePath(QStringLiteral("local.sqlite")));
        QVERIFY(local.ok());
        QVERIFY(fillWorkspace(*local.value()));
        const QString location = createDatabase(QStringLiteral("sdtransferui"));
        {
            TransferDialog dialog(local.value());
            dialog.show();
            QSignalSpy finished(&dialog, &TransferDialog::finished);
            QSignalSpy open(&dialog, &TransferDialog::openWorkspaceRequested);
            child<QLineEdit>(&dialog, "transferLocation")->setText(location);
            QTest::mouseClick(child<QPushButton>(&dialog, "transferStart"), Qt::LeftButton);
            QVERIFY(dialog.isRunning());
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.first().first().toBool(), true);
            auto *counts = child<QTableWidget>(&dialog, "transferCounts");
            QVERIFY(counts->isVisible());
            QCOMPARE(countIn(counts, QStringLiteral("candidates"), 1), QStringLiteral("3"));
            QCOMPARE(countIn(counts, QStringLiteral("candidates"), 2), QStringLiteral("3"));
            QCOMPARE(countIn(counts, QStringLiteral("candidate_attachments"), 2), QStringLiteral("3"));
            QCOMPARE(child<QProgressBar>(&dialog, "transferStepCopy")->value(), 100);
            QCOMPARE(child<QProgressBar>(&dialog, "transferStepVerify")->value(), 100);
            auto *openButton = child<QPushButton>(&dialog, "transferOpen");
            QVERIFY(openButton->isVisible());
            QTest::mouseClick(openButton, Qt::LeftButton);
            QCOMPARE(open.size(), 1);
            QCOMPARE(open.first().first().toString(), location);
        }
        {
            // The team workspace copied back to a file, chosen through the file chooser.
            auto team = Workspace::open(location);
            QVERIFY(team.ok());
            TransferDialog dialog(team.value());
            dialog.show();
            QSignalSpy finished(&dialog, &TransferDialog::finished);
            const QString file = m_dir.filePath(QStringLiteral("back.sqlite"));
            ui::FileDialog::setNextFileName(file);
            QTest::mouseClick(child<QPushButton>(&dialog, "transferBrowse"), Qt::LeftButton);
            QCOMPARE(child<QLineEdit>(&dialog, "transferLocation")->text(), file);
            QTest::mouseClick(child<QPushButton>(&dialog, "transferStart"), Qt::LeftButton);
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.first().first().toBool(), true);
            QCOMPARE(countIn(child<QTableWidget>(&dialog, "transferCounts"), QStringLiteral("activities"), 2),
                     QStringLiteral("3"));
        }
        auto back = Workspace::open(m_dir.filePath(QStringLiteral("back.sqlite")));
        QVERIFY(back.ok());
        const QStringList columns = tableColumns(local.value()->connection(), QStringLiteral("candidates"));
        QCOMPARE(tableRows(back.value()->connection(), QStringLiteral("candidates"), columns),
                 tableRows(local.value()->connection(), QStringLiteral("candidates"), columns));
        dropDatabase(location);
    }

    // Cancelled before the first batch is written (the flag is up when the worker starts copying).
    void cancelLeavesTheServerEmpty()
    {
        SD_REQUIRE_POSTGRES();
        auto local = Workspace::open(m_dir.filePath(QStringLiteral("cancel.sqlite")));
        QVERIFY(local.ok());
        QVERIFY(fillWorkspace(*local.value()));
        const QString location = createDatabase(QStringLiteral("sdtransferui"));
        {
            TransferDialog dialog(local.value());
            dialog.show();
            QSignalSpy finished(&dialog, &TransferDialog::finished);
            child<QLineEdit>(&dialog, "transferLocation")->setText(location);
            QTest::mouseClick(child<QPushButton>(&dialog, "transferStart"), Qt::LeftButton);
            QTest::mouseClick(child<QPushButton>(&dialog, "transferCancel"), Qt::LeftButton);
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.first().first().toBool(), false);
            QVERIFY(child<QLabel>(&dialog, "transferStatus")->text().contains(QStringLiteral("Cancelled")));
            QVERIFY(dialog.isVisible());
        }
        auto team = Workspace::open(location);
        QVERIFY(team.ok());
        QSqlQuery q(team.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM candidates")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        team.value().reset();
        dropDatabase(location);
    }
};

QTEST_MAIN(TestTransferDialog)
#include "tst_transfer_dialog.moc"

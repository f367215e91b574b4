// CSV through the widgets: the import wizard (file → mapping → options → run → report), drag and
// drop onto the window, and exporting the current search.
#include "GuiTestSupport.h"

#include "CampaignRepository.h"
#include "CampaignsView.h"
#include "CandidateRepository.h"
#include "csv/CsvImporter.h"
#include "CandidateTableModel.h"
#include "CandidatesView.h"
#include "FileDialog.h"
#include "ImportRunPage.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "csv/ColumnMapping.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUrl>

using namespace sd;
using namespace sd::ui;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QByteArray kCsv = "First Name,Last Name,E-mail Address,Company,Job Title\n"
                        "Ada,Lovelace,ada@example.org,Analytical Engines,Programmer\n"
                        "Grace,Hopper,grace@example.org,US Navy,Rear Admiral\n"
                        ",,,Nobody Inc,\n"
                        "Alan,Turing,alan@example.org,Bletchley Park,Cryptanalyst\n";

} // namespace

class TestGuiImportExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void importThroughTheWizard()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const qint64 campaignId = f.addCampaign(QStringLiteral("Imported people"));
        const QString csv = f.path(QStringLiteral("contacts.csv"));
        QVERIFY(writeFile(csv, kCsv));
        MainWindow *w = f.window();

        QTest::keyClick(w, Qt::Key_I, Qt::ControlModifier);
        ImportWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = test::findTopLevel<ImportWizard>(QStringLiteral("importWizard"))));
        QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));

        // A missing file is explained on the first step.
        auto *pathField = wizard->findChild<QLineEdit *>(QStringLiteral("importFilePath"));
        pathField->setText(f.path(QStringLiteral("missing.csv")));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("importFileError"))
                    ->text()
                    .contains(QStringLiteral("no file")));

        // Browse goes through the FileDialog seam.
        FileDialog::setNextFileName(csv);
        QTest::mouseClick(wizard->findChild<QAbstractButton *>(QStringLiteral("importBrowse")),
                          Qt::LeftButton);
        QCOMPARE(pathField->text(), csv);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));

        // The mapping is pre-selected from the headers; the preview shows the first rows.
        auto *table = wizard->findChild<QTableWidget *>(QStringLiteral("importMappingTable"));
        QCOMPARE(table->columnCount(), 5);
        QCOMPARE(table->rowCount(), 1 + 4);
        auto target = [table](int column) {
            auto *combo = qobject_cast<QComboBox *>(table->cellWidget(0, column));
            return combo ? static_cast<csv::FieldTarget>(combo->currentData().toInt())
                         : csv::FieldTarget::Custom;
        };
        QCOMPARE(target(0), csv::FieldTarget::FirstName);
        QCOMPARE(target(2), csv::FieldTarget::Email);
        QCOMPARE(target(3), csv::FieldTarget::Company);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Ada"));
        // Line 4 has neither a name nor an email: marked in the preview.
        QVERIFY(!table->item(3, 3)->toolTip().isEmpty());

        // Ignore the job title column for this import.
        auto *titleCombo = qobject_cast<QComboBox *>(table->cellWidget(0, 4));
        titleCombo->setCurrentIndex(titleCombo->findData(static_cast<int>(csv::FieldTarget::Ignore)));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ImportWizard::OptionsPage));

        auto *campaign = wizard->findChild<QComboBox *>(QStringLiteral("importCampaign"));
        campaign->setCurrentIndex(campaign->findData(campaignId));
        QVERIFY(campaign->currentIndex() > 0);
        QSignalSpy started(wizard, &ImportWizard::importStarted);
        QSignalSpy finished(wizard, &ImportWizard::importFinished);
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ImportWizard::RunPage));
        QCOMPARE(started.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);

        auto *summary = wizard->findChild<QLabel *>(QStringLiteral("importSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("3 new candidates")), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("1 failed")));
        auto *issues = wizard->findChild<QTreeWidget *>(QStringLiteral("importIssues"));
        QVERIFY(issues->isVisible());
        QCOMPARE(issues->topLevelItemCount(), 1);
        QCOMPARE(issues->topLevelItem(0)->text(0), QStringLiteral("4"));
        QVERIFY(!issues->topLevelItem(0)->text(2).isEmpty());
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!test::findTopLevel<ImportWizard>(QStringLiteral("importWizard")));

        // Stored, in the campaign, and visible in the views without a manual reload.
        CandidateRepository repo(f.workspace());
        QCOMPARE(repo.count({}).value(), 3);
        auto ada = repo.search(QStringLiteral("lovelace"), 5);
        QVERIFY(ada.ok() && ada->size() == 1);
        QCOMPARE(ada->constFirst().title, QString()); // the ignored column
        QCOMPARE(CampaignRepository(f.workspace()).memberCount({campaignId, std::nullopt}).value(), 3);
        QTRY_COMPARE(w->candidatesView()->table()->model()->rowCount(), 3);
        QTRY_VERIFY(w->statusCountsText().contains(QStringLiteral("3 candidates")));
    }

    void cancelFromTheStatusBarKeepsWholeBatches()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const QString csv = f.path(QStringLiteral("big.csv"));
        QByteArray data = "First Name,Last Name,Email,Company\n";
        constexpr int rows = 60000;
        for (int i = 0; i < rows; ++i)
            data += QByteArray("Person,N") + QByteArray::number(i) + ",p" + QByteArray::number(i) +
                    "@example.org,Company " + QByteArray::number(i % 97) + '\n';
        QVERIFY(writeFile(csv, data));
        MainWindow *w = f.window();
        w->importCsv(csv);
        ImportWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = test::findTopLevel<ImportWizard>(QStringLiteral("importWizard"))));
        QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QSignalSpy finished(wizard, &ImportWizard::importFinished);
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ImportWizard::RunPage));

        // The status bar shows the running import with its own Cancel.
        auto *cancel = w->findChild<QPushButton *>(QStringLiteral("statusCancel"));
        QVERIFY(cancel->isVisible());
        QVERIFY(w->findChild<QProgressBar *>(QStringLiteral("statusProgress"))->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!cancel->isVisible());

        auto *summary = wizard->findChild<QLabel *>(QStringLiteral("importSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("cancelled")), qPrintable(summary->text()));
        const qint64 stored = CandidateRepository(f.workspace()).count({}).value();
        QVERIFY(stored < rows);
        QCOMPARE(stored % csv::CsvImporter::Options{}.batchSize, 0); // whole batches only
        wizard->accept();
    }

    void dropACsvOpensTheWizardOnIt()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const QString csv = f.path(QStringLiteral("dropped.csv"));
        QVERIFY(writeFile(csv, kCsv));
        MainWindow *w = f.window();

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(csv)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w, &drop);
        ImportWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = test::findTopLevel<ImportWizard>(QStringLiteral("importWizard"))));
        QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
        QCOMPARE(wizard->filePath(), csv);
        wizard->reject();

        // Anything but a .csv is not accepted.
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(f.path(QStringLiteral("notes.pdf")))});
        QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(w, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void exportTheCurrentSearch()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        f.addCandidate(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.org"),
                       QStringLiteral("Engines"));
        f.addCandidate(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("grace@example.org"),
                       QStringLiteral("Navy"));
        MainWindow *w = f.window();
        w->showView(MainWindow::CandidatesPage);
        CandidatesView *view = w->candidatesView();
        QTest::keyClicks(view->searchField(), QStringLiteral("hopper"));
        QTRY_COMPARE(view->table()->model()->rowCount(), 1);

        const QString out = f.path(QStringLiteral("export.csv"));
        FileDialog::setNextFileName(out);
        w->findChild<QAction *>(QStringLiteral("exportCsvAction"))->trigger();
        QTRY_VERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("Exported")));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("grace@example.org")));
        QVERIFY(!text.contains(QStringLiteral("ada@example.org")));
    }
};

QTEST_MAIN(TestGuiImportExport)
#include "TestGuiImportExport.moc"

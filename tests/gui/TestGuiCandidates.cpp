// The candidates view through the widgets: search, profile editing, duplicates on "New candidate…".
#include "GuiTestSupport.h"

#include "CampaignListModel.h"
#include "CampaignPickerDialog.h"
#include "CampaignRepository.h"
#include "CampaignsView.h"
#include "CandidateForm.h"
#include "CandidateProfileDialog.h"
#include "CandidateRepository.h"
#include "CandidateTableModel.h"
#include "CandidatesView.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewCandidateDialog.h"
#include "ShortcutsDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>

using namespace sd;
using namespace sd::ui;

namespace {

QStringList names(const QAbstractItemModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, CandidateTableModel::NameColumn).data().toString();
    return out;
}

void seed(test::GuiFixture &f)
{
    f.addCandidate(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.org"),
                   QStringLiteral("Analytical Engines"), QStringLiteral("Programmer"));
    f.addCandidate(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("grace@example.org"),
                   QStringLiteral("US Navy"), QStringLiteral("Rear Admiral"));
    f.addCandidate(QStringLiteral("Alan"), QStringLiteral("Turing"), QStringLiteral("alan@example.org"),
                   QStringLiteral("Bletchley Park"), QStringLiteral("Cryptanalyst"));
}

} // namespace

class TestGuiCandidates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void searchFiltersTheList()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        seed(f);
        MainWindow *w = f.window();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTest::keyClick(w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w->currentView(), int(MainWindow::CandidatesPage));
        CandidatesView *view = w->candidatesView();
        QTRY_COMPARE(view->table()->model()->rowCount(), 3);

        // Ctrl+F focuses the search field.
        QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), view->searchField());

        QTest::keyClicks(view->searchField(), QStringLiteral("hopp"));
        QTRY_COMPARE(names(view->table()->model()), QStringList{QStringLiteral("Grace Hopper")});
        auto *count = view->findChild<QLabel *>(QStringLiteral("candidateCount"));
        QVERIFY(count->text().startsWith(QStringLiteral("1 candidate")));

        // Company and title words match too, as prefixes.
        view->searchField()->clear();
        QTest::keyClicks(view->searchField(), QStringLiteral("crypt"));
        QTRY_COMPARE(names(view->table()->model()), QStringList{QStringLiteral("Alan Turing")});

        view->searchField()->clear();
        QTest::keyClicks(view->searchField(), QStringLiteral("nobody-matches-this"));
        QTRY_COMPARE(view->table()->model()->rowCount(), 0);
        QVERIFY2(count->text().contains(QStringLiteral("No candidates match")),
                 qPrintable(count->text() + QStringLiteral(" / search: ") + view->model()->searchText()));

        // Esc clears the search and shows everyone again.
        QTest::keyClick(view->searchField(), Qt::Key_Escape);
        QCOMPARE(view->searchField()->text(), QString());
        QTRY_COMPARE(view->table()->model()->rowCount(), 3);

        // Names sort by last name; descending through the header. A click on "Email" does not sort.
        QCOMPARE(names(view->table()->model()).constFirst(), QStringLiteral("Grace Hopper"));
        QHeaderView *header = view->table()->horizontalHeader();
        header->setSortIndicator(CandidateTableModel::NameColumn, Qt::DescendingOrder);
        QTRY_COMPARE(names(view->table()->model()).constFirst(), QStringLiteral("Alan Turing"));
        header->setSortIndicator(CandidateTableModel::EmailColumn, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(CandidateTableModel::NameColumn));
        QCOMPARE(names(view->table()->model()).constFirst(), QStringLiteral("Alan Turing"));
        // Company ascending: Analytical, Bletchley, US Navy.
        header->setSortIndicator(CandidateTableModel::CompanyColumn, Qt::AscendingOrder);
        QTRY_COMPARE(names(view->table()->model()).constFirst(), QStringLiteral("Ada Lovelace"));
    }

    void editInProfileIsSavedAndLogged()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        seed(f);
        MainWindow *w = f.window();
        w->showView(MainWindow::CandidatesPage);
        CandidatesView *view = w->candidatesView();
        QTRY_COMPARE(view->table()->model()->rowCount(), 3);
        const int row = int(names(view->table()->model()).indexOf(QStringLiteral("Ada Lovelace")));
        QVERIFY(row >= 0);
        const qint64 id = view->model()->idAt(row);

        const QRect cell = view->table()->visualRect(view->table()->model()->index(row, 0));
        QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->table()->viewport(), Qt::LeftButton, {}, cell.center());
        CandidateProfileDialog *profile = nullptr;
        QTRY_VERIFY(
            (profile = test::findTopLevel<CandidateProfileDialog>(QStringLiteral("candidateProfile"))));
        QCOMPARE(profile->candidateId(), id);

        auto *save = profile->findChild<QPushButton *>(QStringLiteral("profileSave"));
        QVERIFY(!save->isEnabled());
        auto *company = profile->findChild<QLineEdit *>(QStringLiteral("company"));
        QCOMPARE(company->text(), QStringLiteral("Analytical Engines"));
        company->selectAll();
        QTest::keyClicks(company, QStringLiteral("Babbage & Co"));
        QTest::keyClicks(profile->findChild<QLineEdit *>(QStringLiteral("tags")),
                         QStringLiteral("math, poetry"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!save->isEnabled());

        // Persisted: read back through the repository.
        auto stored = CandidateRepository(f.workspace()).get(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->company, QStringLiteral("Babbage & Co"));
        QCOMPARE(stored->tags, (QStringList{QStringLiteral("math"), QStringLiteral("poetry")}));

        // The change log names the field, before and after.
        auto *log = profile->findChild<QTreeWidget *>(QStringLiteral("changeLog"));
        bool found = false;
        for (int i = 0; i < log->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = log->topLevelItem(i);
            if (item->text(1) == QLatin1String(field::Company)) {
                QCOMPARE(item->text(2), QStringLiteral("Analytical Engines"));
                QCOMPARE(item->text(3), QStringLiteral("Babbage & Co"));
                found = true;
            }
        }
        QVERIFY2(found, "the company change is not in the change log");
        // And the list shows the new company.
        QTRY_COMPARE(view->table()
                         ->model()
                         ->index(view->model()->rowOf(id), CandidateTableModel::CompanyColumn)
                         .data()
                         .toString(),
                     QStringLiteral("Babbage & Co"));

        // Someone else saves in between: the save is refused with an actionable message, then reloaded.
        Candidate other = stored.value();
        other.title = QStringLiteral("Countess");
        QVERIFY(!CandidateRepository(f.workspace()).update(other, QStringLiteral("someone-else")));
        auto *city = profile->findChild<QLineEdit *>(QStringLiteral("city"));
        QTest::keyClicks(city, QStringLiteral("London"));
        MessageBox::setNextAnswer(MessageBox::Reload);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(MessageBox::lastShown().title, QStringLiteral("Changed elsewhere"));
        QVERIFY(MessageBox::lastShown().text.contains(QStringLiteral("not saved")));
        QCOMPARE(profile->findChild<QLineEdit *>(QStringLiteral("jobTitle"))->text(),
                 QStringLiteral("Countess"));
        QCOMPARE(city->text(), QString());
        profile->close();
    }

    void newCandidateCatchesDuplicates()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        seed(f);
        MainWindow *w = f.window();
        w->showView(MainWindow::CandidatesPage);
        CandidatesView *view = w->candidatesView();
        QTRY_COMPARE(view->table()->model()->rowCount(), 3);
        auto openDialog = [view]() -> NewCandidateDialog * {
            view->findChild<QAction *>(QStringLiteral("newCandidateAction"))->trigger();
            return test::findTopLevel<NewCandidateDialog>(QStringLiteral("newCandidateDialog"));
        };

        // Same email in another case: Cancel goes back to the form and stores nothing.
        NewCandidateDialog *dialog = openDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("firstName")),
                         QStringLiteral("Augusta"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("primaryEmail")),
                         QStringLiteral("ADA@example.org"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phones")),
                         QStringLiteral("+44 20 7946 0000"));
        MessageBox::setNextAnswer(MessageBox::Cancel);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newCandidateOk")), Qt::LeftButton);
        QCOMPARE(MessageBox::lastShown().title, QStringLiteral("Possible duplicate"));
        QVERIFY(MessageBox::lastShown().text.contains(QStringLiteral("Ada Lovelace")));
        QVERIFY(MessageBox::lastShown().text.contains(QStringLiteral("same email")));
        QVERIFY(MessageBox::lastShown().buttons.testFlag(MessageBox::Merge));
        QVERIFY(MessageBox::lastShown().buttons.testFlag(MessageBox::OpenExisting));
        QVERIFY(dialog->isVisible());
        QCOMPARE(CandidateRepository(f.workspace()).count({}).value(), 3);

        // Merge: the phone joins the stored record, no second record.
        MessageBox::setNextAnswer(MessageBox::Merge);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newCandidateOk")), Qt::LeftButton);
        QTRY_VERIFY(!test::findTopLevel<NewCandidateDialog>(QStringLiteral("newCandidateDialog")));
        QCOMPARE(CandidateRepository(f.workspace()).count({}).value(), 3);
        auto ada = CandidateRepository(f.workspace()).search(QStringLiteral("lovelace"), 5);
        QVERIFY(ada.ok() && ada->size() == 1);
        QVERIFY(ada->constFirst().phones.contains(QStringLiteral("+44 20 7946 0000")));
        // Merging opens the merged profile.
        CandidateProfileDialog *profile = nullptr;
        QTRY_VERIFY(
            (profile = test::findTopLevel<CandidateProfileDialog>(QStringLiteral("candidateProfile"))));
        profile->close();

        // Same name at the same company, "Skip": nothing stored, the existing profile opens.
        dialog = openDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("firstName")),
                         QStringLiteral("Grace"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lastName")),
                         QStringLiteral("Hopper"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("company")),
                         QStringLiteral("US Navy"));
        MessageBox::setNextAnswer(MessageBox::OpenExisting);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newCandidateOk")), Qt::LeftButton);
        QVERIFY(MessageBox::lastShown().text.contains(QStringLiteral("same name at the same company")));
        QTRY_VERIFY(
            (profile = test::findTopLevel<CandidateProfileDialog>(QStringLiteral("candidateProfile"))));
        QCOMPARE(profile->form()->candidate().company, QStringLiteral("US Navy"));
        QCOMPARE(CandidateRepository(f.workspace()).count({}).value(), 3);
        profile->close();

        // A new person is simply added and shown.
        dialog = openDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("firstName")),
                         QStringLiteral("Margaret"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lastName")),
                         QStringLiteral("Hamilton"));
        const int shownBefore = int(MessageBox::history().size());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newCandidateOk")), Qt::LeftButton);
        QCOMPARE(int(MessageBox::history().size()), shownBefore); // no question asked
        QTRY_VERIFY(names(view->table()->model()).contains(QStringLiteral("Margaret Hamilton")));
        QCOMPARE(CandidateRepository(f.workspace()).count({}).value(), 4);
    }

    void addSelectedToCampaign()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        seed(f);
        const qint64 campaignId = f.addCampaign(QStringLiteral("Computing pioneers"));
        MainWindow *w = f.window();
        w->showView(MainWindow::CandidatesPage);
        CandidatesView *view = w->candidatesView();
        QTRY_COMPARE(view->table()->model()->rowCount(), 3);
        view->table()->selectRow(0);
        view->table()->selectionModel()->select(view->table()->model()->index(1, 0),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(view->selectedIds().size(), 2);
        view->findChild<QAction *>(QStringLiteral("addToCampaignAction"))->trigger();
        CampaignPickerDialog *picker = nullptr;
        QTRY_VERIFY((picker = test::findTopLevel<CampaignPickerDialog>(QStringLiteral("campaignPicker"))));
        QVERIFY(picker->findChild<QLabel *>(QStringLiteral("campaignPickerPrompt"))
                    ->text()
                    .contains(QStringLiteral("2")));
        picker->selectCampaign(campaignId);
        QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("campaignPickerOk")),
                          Qt::LeftButton);
        QTRY_VERIFY(!test::findTopLevel<CampaignPickerDialog>(QStringLiteral("campaignPicker")));
        QCOMPARE(CampaignRepository(f.workspace()).memberCount({campaignId, std::nullopt}).value(), 2);
        // The campaigns view shows the new count without a manual reload.
        CampaignListModel *campaigns = w->campaignsView()->model();
        QTRY_COMPARE(
            campaigns->index(campaigns->rowOf(campaignId), CampaignListModel::TotalColumn).data().toInt(), 2);
    }

    void deleteAsksAndShortcutsAreListed()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        seed(f);
        MainWindow *w = f.window();
        w->showView(MainWindow::CandidatesPage);
        CandidatesView *view = w->candidatesView();
        QTRY_COMPARE(view->table()->model()->rowCount(), 3);
        view->table()->selectRow(0);
        MessageBox::setNextAnswer(MessageBox::Cancel);
        view->findChild<QAction *>(QStringLiteral("deleteCandidatesAction"))->trigger();
        QCOMPARE(view->table()->model()->rowCount(), 3);
        MessageBox::setNextAnswer(MessageBox::Delete);
        view->findChild<QAction *>(QStringLiteral("deleteCandidatesAction"))->trigger();
        QTRY_COMPARE(view->table()->model()->rowCount(), 2);
        QCOMPARE(CandidateRepository(f.workspace()).count({}).value(), 2);

        w->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        ShortcutsDialog *shortcuts = nullptr;
        QTRY_VERIFY((shortcuts = test::findTopLevel<ShortcutsDialog>(QStringLiteral("shortcutsDialog"))));
        auto *list = shortcuts->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
        QStringList actions;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            actions << list->topLevelItem(i)->text(0);
        QVERIFY(actions.contains(QStringLiteral("Import CSV")));
        QVERIFY(actions.contains(QStringLiteral("Log activity")));
        QVERIFY(actions.contains(QStringLiteral("New candidate")));
        shortcuts->close();
    }
};

QTEST_MAIN(TestGuiCandidates)
#include "TestGuiCandidates.moc"

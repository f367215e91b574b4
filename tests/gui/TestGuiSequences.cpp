// Outreach sequences through the widgets: the editor (steps, order, errors), the preview with
// empty placeholders, and enrolment behind the contact guard.
#include "GuiTestSupport.h"

#include "CampaignDetailView.h"
#include "CampaignRepository.h"
#include "CampaignsView.h"
#include "DoNotContact.h"
#include "EnrollDialog.h"
#include "MainWindow.h"
#include "MemberTableModel.h"
#include "MessageBox.h"
#include "SequenceEditor.h"
#include "SequencePreview.h"
#include "SequenceRepository.h"
#include "ShortcutsDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>
#include <QToolButton>
#include <QTreeWidget>

using namespace sd;
using namespace sd::ui;

namespace {

template<typename T> T *child(QWidget *root, const char *name)
{
    T *w = root->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

QList<StepKind> storedKinds(const Workspace &ws, qint64 campaignId)
{
    QList<StepKind> out;
    auto seq = SequenceRepository(ws).forCampaign(campaignId);
    if (!seq.ok() || !seq->has_value())
        return out;
    const auto steps = SequenceRepository(ws).steps((*seq)->id);
    for (const SequenceStep &s : steps.value())
        out << s.kind;
    return out;
}

void chooseKind(QWidget *editor, StepKind kind)
{
    auto *combo = child<QComboBox>(editor, "stepKind");
    combo->setCurrentIndex(combo->findData(static_cast<int>(kind)));
}

// A sequence with one automatic email, straight into the repository.
qint64 addSequence(const Workspace &ws, qint64 campaignId, const QString &subject, const QString &body)
{
    Sequence s;
    s.campaignId = campaignId;
    s.name = QStringLiteral("Seq");
    s.senderName = QStringLiteral("Sam");
    SequenceRepository repo(ws);
    if (repo.create(s))
        return 0;
    SequenceStep step;
    step.subject = subject;
    step.body = body;
    if (repo.addStep(s.id, step))
        return 0;
    return s.id;
}

bool isEnrolled(const Workspace &ws, qint64 campaignId, qint64 candidateId)
{
    auto e = SequenceRepository(ws).enrollment(campaignId, candidateId);
    return e.ok() && e->has_value();
}

} // namespace

class TestGuiSequences : public QObject
{
    Q_OBJECT

    struct EnrollSetup
    {
        qint64 campaign = 0, ada = 0, grace = 0, alan = 0;
    };

    // Ada is on the do-not-contact list, Grace is in Bob's active campaign, Alan is clean; all
    // three are members of "Pioneers" and selected in its member table.
    EnrollSetup prepareEnroll(test::GuiFixture &f)
    {
        EnrollSetup s;
        s.ada = f.addCandidate(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                               QStringLiteral("ada@example.org"), QStringLiteral("Engines"));
        s.grace = f.addCandidate(QStringLiteral("Grace"), QStringLiteral("Hopper"),
                                 QStringLiteral("grace@example.org"), QStringLiteral("Navy"));
        s.alan = f.addCandidate(QStringLiteral("Alan"), QStringLiteral("Turing"),
                                QStringLiteral("alan@example.org"), QStringLiteral("Bletchley"));
        s.campaign = f.addCampaign(QStringLiteral("Pioneers"));
        CampaignRepository campaigns(f.workspace());
        [&] {
            QVERIFY(campaigns.addMembers(s.campaign, {s.ada, s.grace, s.alan}, QStringLiteral("me")).ok());
        }();
        [&] {
            QVERIFY(addSequence(f.workspace(), s.campaign, QStringLiteral("Hi"), QStringLiteral("Hello")) >
                    0);
        }();

        Campaign bobs;
        bobs.name = QStringLiteral("Bob's search");
        bobs.owner = QStringLiteral("Bob");
        [&] {
            QVERIFY(!campaigns.create(bobs));
        }();
        [&] {
            QVERIFY(campaigns.addMembers(bobs.id, {s.grace}, QStringLiteral("bob")).ok());
        }();
        [&] {
            QVERIFY(addSequence(f.workspace(), bobs.id, QStringLiteral("Hey"), QStringLiteral("Yo")) > 0);
        }();
        [&] {
            QCOMPARE(SequenceRepository(f.workspace())
                         .enroll(bobs.id, {s.grace}, QDateTime::currentDateTimeUtc())
                         .value(),
                     1);
        }();
        [&] {
            QVERIFY(DoNotContact(f.workspace())
                        .add(DoNotContactEntry::Kind::Email, QStringLiteral("ada@example.org"),
                             QStringLiteral("asked"), QStringLiteral("test"))
                        .ok());
        }();

        MainWindow *w = f.window();
        w->campaignsView()->selectCampaign(s.campaign);
        CampaignDetailView *detail = w->campaignsView()->detail();
        [&] {
            QTRY_COMPARE(detail->model()->rowCount(), 3);
        }();
        detail->table()->selectAll();
        return s;
    }

    EnrollDialog *openEnroll(test::GuiFixture &f)
    {
        CampaignDetailView *detail = f.window()->campaignsView()->detail();
        auto *enroll = detail->findChild<QAction *>(QStringLiteral("enrollAction"));
        if (!enroll || !enroll->isEnabled())
            return nullptr;
        enroll->trigger();
        EnrollDialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (dialog = test::findTopLevel<EnrollDialog>(QStringLiteral("enrollDialog"))); });
        return dialog;
    }

    // Person name → the warning lines under it.
    static QMap<QString, QStringList> warningsShown(EnrollDialog *dialog)
    {
        QMap<QString, QStringList> out;
        auto *tree = child<QTreeWidget>(dialog, "enrollWarnings");
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *person = tree->topLevelItem(i);
            QStringList lines;
            for (int j = 0; j < person->childCount(); ++j)
                lines << person->child(j)->text(0);
            out.insert(person->text(0), lines);
        }
        return out;
    }

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void createStepsReorderAndSave()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const qint64 campaignId = f.addCampaign(QStringLiteral("Pioneers"));
        MainWindow *w = f.window();
        w->campaignsView()->selectCampaign(campaignId);
        CampaignDetailView *detail = w->campaignsView()->detail();
        detail->findChild<QAction *>(QStringLiteral("sequenceAction"))->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = test::findTopLevel<QDialog>(QStringLiteral("sequenceDialog"))));
        auto *editor = child<SequenceEditor>(dialog, "sequenceEditor");
        QVERIFY(editor);

        // No name: refused on screen, nothing stored, no step can be edited yet.
        auto *name = child<QLineEdit>(editor, "sequenceName");
        name->clear();
        QTest::mouseClick(child<QPushButton>(editor, "saveSequenceButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(editor, "sequenceError")->isVisible());
        QVERIFY(child<QLabel>(editor, "sequenceError")->text().contains(QStringLiteral("name")));
        QVERIFY(!SequenceRepository(f.workspace()).forCampaign(campaignId).value().has_value());
        QVERIFY(!child<QWidget>(editor, "stepForm")->isEnabled());

        QTest::keyClicks(name, QStringLiteral("Pioneer outreach"));
        QTest::keyClicks(child<QLineEdit>(editor, "senderName"), QStringLiteral("Sam Recruiter"));
        QTest::mouseClick(child<QPushButton>(editor, "saveSequenceButton"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(editor, "sequenceError")->isVisible());
        auto stored = SequenceRepository(f.workspace()).forCampaign(campaignId);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->name, QStringLiteral("Pioneer outreach"));
        QCOMPARE((*stored)->senderName, QStringLiteral("Sam Recruiter"));

        // Step 1: an automatic email, typed in.
        auto *add = child<QToolButton>(editor, "addStepButton");
        QTest::mouseClick(add, Qt::LeftButton);
        auto *list = child<QListWidget>(editor, "stepList");
        QCOMPARE(list->count(), 1);
        QTest::keyClicks(child<QLineEdit>(editor, "stepSubject"), QStringLiteral("Hello {first_name}"));
        QTest::keyClicks(child<QPlainTextEdit>(editor, "stepBody"), QStringLiteral("Hi {first_name}"));
        QTest::mouseClick(child<QPushButton>(editor, "saveStepButton"), Qt::LeftButton);

        // Step 2: a call two business days later, not on Mondays (saved when step 3 is added).
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(list->currentRow(), 1);
        chooseKind(editor, StepKind::Call);
        auto *delay = child<QSpinBox>(editor, "stepDelay");
        delay->selectAll();
        QTest::keyClicks(delay, QStringLiteral("2"));
        QTest::mouseClick(child<QCheckBox>(editor, "stepDay_mon"), Qt::LeftButton);
        QVERIFY(!child<QLineEdit>(editor, "stepSubject")->isEnabled()); // calls have no subject

        // Step 3: a LinkedIn connection request.
        QTest::mouseClick(add, Qt::LeftButton);
        chooseKind(editor, StepKind::LinkedinConnect);
        QTest::mouseClick(child<QPushButton>(editor, "saveStepButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 3);
        QCOMPARE(storedKinds(f.workspace(), campaignId),
                 (QList<StepKind>{StepKind::AutoEmail, StepKind::Call, StepKind::LinkedinConnect}));
        auto steps = SequenceRepository(f.workspace()).steps((*stored)->id).value();
        QCOMPARE(steps[0].subject, QStringLiteral("Hello {first_name}"));
        QCOMPARE(steps[0].body, QStringLiteral("Hi {first_name}"));
        QCOMPARE(steps[1].delayBusinessDays, 2);
        QCOMPARE(steps[1].windowDays, 2 | 4 | 8 | 16); // Tue–Fri
        QVERIFY(list->item(1)->text().contains(QStringLiteral("Call")));
        QVERIFY(list->item(1)->text().contains(QStringLiteral("Day +2")));
        QVERIFY(list->item(2)->text().contains(QStringLiteral("Day +5"))); // 2 + the default 3

        // Alt+Up on the list moves the LinkedIn request before the call.
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        list->setCurrentRow(2);
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(storedKinds(f.workspace(), campaignId),
                 (QList<StepKind>{StepKind::AutoEmail, StepKind::LinkedinConnect, StepKind::Call}));
        QCOMPARE(list->currentRow(), 1);
        QVERIFY(list->item(1)->text().contains(QStringLiteral("LinkedIn connection request")));
        // The first step cannot move up; "Move down" moves it after the LinkedIn request.
        list->setCurrentRow(0);
        QVERIFY(!child<QToolButton>(editor, "moveStepUpButton")->isEnabled());
        QTest::mouseClick(child<QToolButton>(editor, "moveStepDownButton"), Qt::LeftButton);
        QCOMPARE(storedKinds(f.workspace(), campaignId),
                 (QList<StepKind>{StepKind::LinkedinConnect, StepKind::AutoEmail, StepKind::Call}));

        // A window that ends before it starts is refused with the repository's reason; nothing changes.
        list->setCurrentRow(2);
        child<QTimeEdit>(editor, "stepWindowFrom")->setTime(QTime(18, 0));
        MessageBox::setNextAnswer(MessageBox::Ok);
        QTest::mouseClick(child<QPushButton>(editor, "saveStepButton"), Qt::LeftButton);
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QVERIFY(MessageBox::lastShown().text.contains(QStringLiteral("window")));
        QCOMPARE(SequenceRepository(f.workspace()).steps((*stored)->id).value()[2].windowStartMinute, 9 * 60);
        child<QTimeEdit>(editor, "stepWindowFrom")->setTime(QTime(8, 30));
        QTest::mouseClick(child<QPushButton>(editor, "saveStepButton"), Qt::LeftButton);
        QCOMPARE(SequenceRepository(f.workspace()).steps((*stored)->id).value()[2].windowStartMinute,
                 8 * 60 + 30);

        // Remove asks first; Cancel keeps the step, Remove removes it.
        MessageBox::setNextAnswer(MessageBox::Cancel);
        QTest::mouseClick(child<QToolButton>(editor, "removeStepButton"), Qt::LeftButton);
        QCOMPARE(storedKinds(f.workspace(), campaignId).size(), 3);
        MessageBox::setNextAnswer(MessageBox::Remove);
        QTest::mouseClick(child<QToolButton>(editor, "removeStepButton"), Qt::LeftButton);
        QCOMPARE(storedKinds(f.workspace(), campaignId),
                 (QList<StepKind>{StepKind::LinkedinConnect, StepKind::AutoEmail}));
        QCOMPARE(list->count(), 2);

        // Unsaved edits are kept when the window closes.
        list->setCurrentRow(1);
        child<QPlainTextEdit>(editor, "stepBody")->moveCursor(QTextCursor::End);
        QTest::keyClicks(child<QPlainTextEdit>(editor, "stepBody"), QStringLiteral(", bye"));
        dialog->reject();
        QCOMPARE(SequenceRepository(f.workspace()).steps((*stored)->id).value()[1].body,
                 QStringLiteral("Hi {first_name}, bye"));
    }

    void previewRendersAndWarnsAboutEmptyPlaceholders()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const qint64 ada =
            f.addCandidate(QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                           QStringLiteral("ada@example.org"), QStringLiteral("Analytical Engines"));
        const qint64 grace = f.addCandidate(QStringLiteral("Grace"), QStringLiteral("Hopper"),
                                            QStringLiteral("grace@example.org"), QString());
        const qint64 campaignId = f.addCampaign(QStringLiteral("Pioneers"));
        QVERIFY(CampaignRepository(f.workspace())
                    .addMembers(campaignId, {ada, grace}, QStringLiteral("me"))
                    .ok());
        QVERIFY(addSequence(f.workspace(), campaignId, QStringLiteral("Hello {first_name}"),
                            QStringLiteral("Engineers at {company}? — {sender_name}")) > 0);

        SequenceEditor editor(f.workspace());
        editor.setCampaign(campaignId);
        editor.show();
        auto *member = child<QComboBox>(&editor, "previewMember");
        QCOMPARE(member->count(), 2);
        member->setCurrentIndex(member->findText(QStringLiteral("Ada Lovelace")));
        QCOMPARE(child<QLabel>(&editor, "previewSubject")->text(), QStringLiteral("Hello Ada"));
        QCOMPARE(child<QPlainTextEdit>(&editor, "previewBody")->toPlainText(),
                 QStringLiteral("Engineers at Analytical Engines? — Sam"));
        QVERIFY(!child<QLabel>(&editor, "previewMissing")->isVisible());

        member->setCurrentIndex(member->findText(QStringLiteral("Grace Hopper")));
        QCOMPARE(child<QLabel>(&editor, "previewSubject")->text(), QStringLiteral("Hello Grace"));
        auto *missing = child<QLabel>(&editor, "previewMissing");
        QVERIFY(missing->isVisible());
        QVERIFY(missing->text().contains(QStringLiteral("{company}")));
        QVERIFY(!missing->text().contains(QStringLiteral("{first_name}")));

        auto *count = child<QLabel>(&editor, "previewEmptyCount");
        QTRY_VERIFY(!editor.preview()->isCounting());
        QVERIFY2(count->text().contains(QStringLiteral("1 of 2 members")), qPrintable(count->text()));

        // Typing a custom field nobody has: the preview follows the form, and the count follows it.
        child<QPlainTextEdit>(&editor, "stepBody")->moveCursor(QTextCursor::End);
        QTest::keyClicks(child<QPlainTextEdit>(&editor, "stepBody"), QStringLiteral(" {custom.Team}"));
        QVERIFY(
            child<QPlainTextEdit>(&editor, "previewBody")->toPlainText().endsWith(QStringLiteral("Sam ")));
        member->setCurrentIndex(member->findText(QStringLiteral("Ada Lovelace")));
        QVERIFY(child<QLabel>(&editor, "previewMissing")->text().contains(QStringLiteral("{custom.Team}")));
        QTRY_VERIFY(count->text().contains(QStringLiteral("2 of 2 members")));
    }

    void enrollAnywayRefusesDoNotContact()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const EnrollSetup s = prepareEnroll(f);
        QVERIFY(s.alan > 0);
        EnrollDialog *dialog = openEnroll(f);
        QVERIFY(dialog);

        const auto shown = warningsShown(dialog);
        QCOMPARE(shown.size(), 2); // Alan has nothing to warn about
        const QString adaKey = QStringLiteral("Ada Lovelace — won't be enrolled");
        QVERIFY2(shown.contains(adaKey), qPrintable(shown.keys().join(u'|')));
        QVERIFY(shown.value(adaKey).join(u' ').contains(QStringLiteral("do-not-contact")));
        QVERIFY(shown.value(QStringLiteral("Grace Hopper")).join(u' ').contains(QStringLiteral("teammate")));
        QVERIFY(shown.value(QStringLiteral("Grace Hopper")).join(u' ').contains(QStringLiteral("Bob")));
        // Nothing is enrolled before the recruiter decides.
        QVERIFY(!isEnrolled(f.workspace(), s.campaign, s.alan));
        QVERIFY(!isEnrolled(f.workspace(), s.campaign, s.grace));

        QTest::mouseClick(child<QPushButton>(dialog, "enrollAnywayButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(dialog, "enrollSummary")->text(), QStringLiteral("Enrolled 2; 1 refused."));
        QVERIFY(isEnrolled(f.workspace(), s.campaign, s.alan));
        QVERIFY(isEnrolled(f.workspace(), s.campaign, s.grace));
        QVERIFY(!isEnrolled(f.workspace(), s.campaign, s.ada));
        dialog->reject();
    }

    void enrollOnlyThoseWithoutWarningsAndCancel()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const EnrollSetup s = prepareEnroll(f);
        QVERIFY(s.alan > 0);

        // Cancel: nobody enrolled.
        EnrollDialog *dialog = openEnroll(f);
        QVERIFY(dialog);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "enrollButtons")->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        QTRY_VERIFY(!test::findTopLevel<EnrollDialog>(QStringLiteral("enrollDialog")));
        QVERIFY(!isEnrolled(f.workspace(), s.campaign, s.alan));

        dialog = openEnroll(f);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "enrollWithoutWarningsButton"), Qt::LeftButton);
        const QString summary = child<QLabel>(dialog, "enrollSummary")->text();
        QVERIFY2(summary.startsWith(QStringLiteral("Enrolled 1; 1 refused.")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("1 left out")));
        QVERIFY(isEnrolled(f.workspace(), s.campaign, s.alan));
        QVERIFY(!isEnrolled(f.workspace(), s.campaign, s.grace));
        QVERIFY(!isEnrolled(f.workspace(), s.campaign, s.ada));
        dialog->reject();
    }

    // Help → Keyboard shortcuts lists the campaign view's sequence keys and the editor's.
    void shortcutsAreListed()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        f.window()->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = test::findTopLevel<ShortcutsDialog>(QStringLiteral("shortcutsDialog"))));
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
        QStringList rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = list->topLevelItem(i);
            rows << item->text(0) + u'|' + item->text(1) + u'|' + item->text(2);
        }
        const auto keys = [](QKeyCombination key) {
            return QKeySequence(key).toString(QKeySequence::NativeText);
        };
        for (const QString &expected :
             {QStringLiteral("Sequence|%1|Campaign members").arg(keys(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)),
              QStringLiteral("Enroll in sequence|%1|Campaign members")
                  .arg(keys(Qt::CTRL | Qt::SHIFT | Qt::Key_E)),
              QStringLiteral("Move step up|%1|Sequence editor").arg(keys(Qt::ALT | Qt::Key_Up)),
              QStringLiteral("Move step down|%1|Sequence editor").arg(keys(Qt::ALT | Qt::Key_Down))})
            QVERIFY2(rows.contains(expected), qPrintable(expected));
        // Ctrl+E stays File → Export CSV: no key is listed twice.
        QStringList seenKeys;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = list->topLevelItem(i);
            if (item->text(2) == QStringLiteral("Anywhere") ||
                item->text(2) == QStringLiteral("Campaign members"))
                seenKeys << item->text(1);
        }
        QCOMPARE(seenKeys.count(keys(Qt::CTRL | Qt::SHIFT | Qt::Key_E)), 1);
        QCOMPARE(seenKeys.count(keys(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)), 1);
        dialog->close();
    }

    void enrollWithoutSequenceSaysWhy()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const qint64 alan = f.addCandidate(QStringLiteral("Alan"), QStringLiteral("Turing"),
                                           QStringLiteral("alan@example.org"), QString());
        const qint64 campaignId = f.addCampaign(QStringLiteral("Pioneers"));
        QVERIFY(CampaignRepository(f.workspace()).addMembers(campaignId, {alan}, QStringLiteral("me")).ok());
        MainWindow *w = f.window();
        w->campaignsView()->selectCampaign(campaignId);
        CampaignDetailView *detail = w->campaignsView()->detail();
        QTRY_COMPARE(detail->model()->rowCount(), 1);
        detail->table()->selectAll();
        MessageBox::setNextAnswer(MessageBox::Ok);
        detail->findChild<QAction *>(QStringLiteral("enrollAction"))->trigger();
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QVERIFY(MessageBox::lastShown().text.contains(QStringLiteral("no sequence")));
        QVERIFY(!test::findTopLevel<EnrollDialog>(QStringLiteral("enrollDialog")));
        QVERIFY(!isEnrolled(f.workspace(), campaignId, alan));
    }
};

QTEST_MAIN(TestGuiSequences)
#include "TestGuiSequences.moc"

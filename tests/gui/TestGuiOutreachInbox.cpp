// Outreach inbox UI driven through its widgets: Settings → Mailbox (validation next to the field,
// the secret only in the keychain, Test connection), Settings → Do not contact (add, remove,
// import with bad lines reported, export), the Today dock (done with an outcome logs the activity)
// and the Replies dock (I / N set the member's status).
#include "GuiTestSupport.h"

#include "ActivityRepository.h"
#include "CampaignRepository.h"
#include "DoNotContact.h"
#include "DoNotContactPage.h"
#include "FileDialog.h"
#include "MailServers.h"
#include "MailboxConfig.h"
#include "MailboxPage.h"
#include "MailboxRepository.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessageBox.h"
#include "OutreachDocks.h"
#include "RepliesView.h"
#include "SequenceRepository.h"
#include "ShortcutsDialog.h"
#include "TaskRepository.h"
#include "TasksView.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace sd;
using namespace sd::ui;

namespace {

const QString kActor = QStringLiteral("ana");
const QString kSecret = QStringLiteral("Sup3r-Secret-pw!91");

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1StringView(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

void setText(QWidget *page, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(page, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Every text value of every table of the workspace.
QStringList allDatabaseText(const Workspace &ws)
{
    QStringList out;
    QSqlQuery tables(ws.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &t : names) {
        QSqlQuery q(ws.connection());
        q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                out << q.value(i).toString();
    }
    return out;
}

qint64 addTask(const Workspace &ws, qint64 campaignId, qint64 candidateId, int step, StepKind kind,
               const QString &owner, const QDateTime &due)
{
    OutreachTask t;
    t.campaignId = campaignId;
    t.candidateId = candidateId;
    t.stepPosition = step;
    t.kind = kind;
    t.owner = owner;
    t.dueAt = due;
    Result<qint64> id = TaskRepository(ws).create(t);
    if (!id) {
        qWarning("task create failed: %s", qUtf8Printable(id.error().toString()));
        return 0;
    }
    return *id;
}

// A free loopback port nothing listens on.
int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 1;
    const int port = server.serverPort();
    server.close();
    return port;
}

void fillServers(QWidget *page, const mail::MailAccount &a)
{
    auto *provider = child<QComboBox>(page, "mailboxProvider");
    provider->setCurrentIndex(provider->findData(QStringLiteral("other")));
    setText(page, "mailboxAddress", a.address);
    setText(page, "mailboxUser", a.user);
    setText(page, "mailboxSmtpHost", a.smtp.host);
    child<QSpinBox>(page, "mailboxSmtpPort")->setValue(a.smtp.port);
    auto *smtpSec = child<QComboBox>(page, "mailboxSmtpSecurity");
    smtpSec->setCurrentIndex(smtpSec->findData(mail::toKey(a.smtp.security)));
    setText(page, "mailboxImapHost", a.imap.host);
    child<QSpinBox>(page, "mailboxImapPort")->setValue(a.imap.port);
    auto *imapSec = child<QComboBox>(page, "mailboxImapSecurity");
    imapSec->setCurrentIndex(imapSec->findData(mail::toKey(a.imap.security)));
    child<QCheckBox>(page, "mailboxAllowInsecure")->setChecked(a.allowInsecureLoopback);
}

mail::MailAccount loopbackAccount(int smtpPort, int imapPort)
{
    mail::MailAccount a;
    a.address = QStringLiteral("ana@agency.test");
    a.user = QStringLiteral("ana");
    a.smtp = {QStringLiteral("127.0.0.1"), smtpPort, mail::Security::None};
    a.imap = {QStringLiteral("127.0.0.1"), imapPort, mail::Security::None};
    a.allowInsecureLoopback = true;
    return a;
}

} // namespace

class TestGuiOutreachInbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }
    void init()
    {
        QSettings().setValue(QStringLiteral("ui/userName"), kActor);
        MessageBox::clearAnswers();
        FileDialog::clearNextFileNames();
    }

    void mailboxValidatesAndKeepsTheSecretInTheKeychainOnly()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        connection::MemorySecretStore store;
        MailboxPage page(f.workspace());
        page.setSecretStore(&store);
        QCOMPARE(page.owner(), kActor);
        page.show();

        mail::MailAccount a;
        a.address = QStringLiteral("ana@agency.test");
        a.user = QStringLiteral("ana@agency.test");
        a.smtp = {QString(), 465, mail::Security::Tls}; // no SMTP server: refused, shown at that field
        a.imap = {QStringLiteral("imap.agency.test"), 993, mail::Security::Tls};
        fillServers(&page, a);
        setText(&page, "mailboxDisplayName", QStringLiteral("Ana Ruiz"));
        auto *secret = child<QLineEdit>(&page, "mailboxSecret");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::keyClicks(secret, kSecret);
        child<QPushButton>(&page, "mailboxSave")->click();
        auto *smtpError = child<QLabel>(&page, "mailboxError_smtp.host");
        QVERIFY(!smtpError->isHidden());
        QVERIFY(!smtpError->text().isEmpty());
        QVERIFY(!MailboxRepository(f.workspace()).forOwner(kActor)->has_value());
        QVERIFY(store.isEmpty());

        setText(&page, "mailboxSmtpHost", QStringLiteral("smtp.agency.test"));
        child<QSpinBox>(&page, "mailboxDailyLimit")->setValue(120);
        child<QPushButton>(&page, "mailboxSave")->click();
        QVERIFY(smtpError->isHidden());
        Result<std::optional<MailboxRecord>> saved = MailboxRepository(f.workspace()).forOwner(kActor);
        QVERIFY(saved && saved->has_value());
        QCOMPARE((*saved)->address, a.address);
        QCOMPARE((*saved)->displayName, QStringLiteral("Ana Ruiz"));
        QCOMPARE((*saved)->dailyLimit, 120);
        QVERIFY(secret->text().isEmpty()); // the typed secret leaves the form
        QTRY_COMPARE(store.value(outreach::secretKey(a.address)), kSecret);
        auto *state = child<QLabel>(&page, "mailboxSecretState");
        QTRY_VERIFY2(state->text().contains(QStringLiteral("Stored in the keychain")), qPrintable(state->text()));

        // Nowhere else: not in any table, not in the settings.
        const QStringList texts = allDatabaseText(f.workspace());
        QVERIFY(!texts.isEmpty());
        for (const QString &t : texts)
            QVERIFY2(!t.contains(kSecret), qPrintable(t));
        QSettings settings;
        settings.sync();
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(kSecret), qPrintable(key));
        QFile file(settings.fileName());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains(kSecret.toUtf8()));

        // A new page shows the stored mailbox and that the secret is in the keychain.
        MailboxPage again(f.workspace());
        again.setSecretStore(&store);
        QCOMPARE(child<QLineEdit>(&again, "mailboxAddress")->text(), a.address);
        QCOMPARE(child<QLineEdit>(&again, "mailboxSmtpHost")->text(), QStringLiteral("smtp.agency.test"));
        QVERIFY(child<QLineEdit>(&again, "mailboxSecret")->text().isEmpty());
        QTRY_VERIFY(child<QLabel>(&again, "mailboxSecretState")->text().contains(QStringLiteral("Stored in the keychain")));

        // Unencrypted to a remote host is refused and nothing changes.
        auto *sec = child<QComboBox>(&again, "mailboxSmtpSecurity");
        sec->setCurrentIndex(sec->findData(QStringLiteral("none")));
        QVERIFY(!again.save());
        QCOMPARE(MailboxRepository(f.workspace()).forOwner(kActor)->value().settings.value(QStringLiteral("smtpSecurity")).toString(),
                 QStringLiteral("tls"));
    }

    void mailboxAddressOfAnotherRecruiterIsRefused()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        MailboxRecord bob;
        bob.address = QStringLiteral("team@agency.test");
        bob.owner = QStringLiteral("bob");
        bob.settings = outreach::toRecord(loopbackAccount(25, 143), QStringLiteral("bob"), {}).settings;
        QVERIFY(!MailboxRepository(f.workspace()).save(bob));
        MailboxPage page(f.workspace());
        mail::MailAccount a = loopbackAccount(2525, 1143);
        a.address = QStringLiteral("TEAM@agency.test");
        fillServers(&page, a);
        QVERIFY(!page.save());
        auto *error = child<QLabel>(&page, "mailboxError_address");
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("bob")), qPrintable(error->text()));
        QCOMPARE(MailboxRepository(f.workspace()).get(bob.address)->value().owner, QStringLiteral("bob"));
    }

    void testConnectionReportsAnUnreachableServer()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        connection::MemorySecretStore store;
        MailboxPage page(f.workspace());
        page.setSecretStore(&store);
        page.show();
        const int port = closedPort();
        fillServers(&page, loopbackAccount(port, port));
        QTest::keyClicks(child<QLineEdit>(&page, "mailboxSecret"), kSecret);
        QSignalSpy finished(&page, &MailboxPage::testFinished);
        child<QPushButton>(&page, "mailboxTest")->click();
        QVERIFY(page.isTesting());
        QVERIFY(!child<QPushButton>(&page, "mailboxTest")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        const QString smtp = child<QLabel>(&page, "mailboxSmtpResult")->text();
        QVERIFY2(smtp.contains(QStringLiteral("could not reach")), qPrintable(smtp));
        QVERIFY2(!smtp.contains(kSecret), qPrintable(smtp));
        QVERIFY(child<QPushButton>(&page, "mailboxTest")->isEnabled());
        QVERIFY(store.isEmpty()); // testing stores nothing
    }

    void testConnectionAgainstLoopbackServers()
    {
        test::MailServers servers;
        if (!servers.start())
            QSKIP(qPrintable(QStringLiteral("loopback mail servers unavailable: ") + servers.errorString()));
        test::GuiFixture f;
        QVERIFY(f.isValid());
        connection::MemorySecretStore store;
        MailboxPage page(f.workspace());
        page.setSecretStore(&store);
        fillServers(&page, servers.account());
        QTest::keyClicks(child<QLineEdit>(&page, "mailboxSecret"), test::MailServers::password());
        QVERIFY(page.save());
        QTRY_VERIFY(store.contains(outreach::secretKey(servers.account().address)));
        QSignalSpy finished(&page, &MailboxPage::testFinished);
        child<QPushButton>(&page, "mailboxTest")->click(); // the secret comes from the keychain
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(child<QLabel>(&page, "mailboxSmtpResult")->text()));
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(child<QLabel>(&page, "mailboxImapResult")->text()));

        QTest::keyClicks(child<QLineEdit>(&page, "mailboxSecret"), QStringLiteral("wrong-password"));
        child<QPushButton>(&page, "mailboxTest")->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(finished.at(1).at(1).toBool(), false);
        const QString imap = child<QLabel>(&page, "mailboxImapResult")->text();
        QVERIFY2(imap.contains(QStringLiteral("refused the sign-in")), qPrintable(imap));
    }

    void doNotContactAddRemoveImportExport()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        DoNotContactPage page(f.workspace());
        page.show();
        auto *list = child<QTreeWidget>(&page, "dncList");
        auto *report = child<QLabel>(&page, "dncReport");

        setText(&page, "dncValue", QStringLiteral("Bad@Example.com"));
        setText(&page, "dncReason", QStringLiteral("asked us to stop"));
        child<QPushButton>(&page, "dncAdd")->click();
        QCOMPARE(page.entryCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("bad@example.com"));
        QCOMPARE(list->topLevelItem(0)->text(3), kActor);
        QVERIFY(*DoNotContact(f.workspace()).blocks(QStringLiteral("BAD@example.com")));
        // The same again is refused with a reason; nothing is added.
        setText(&page, "dncValue", QStringLiteral("bad@example.com"));
        QVERIFY(!page.addFromForm());
        QVERIFY2(report->text().contains(QStringLiteral("already")), qPrintable(report->text()));
        QCOMPARE(page.entryCount(), 1);

        const QString path = f.path(QStringLiteral("dnc.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email,reason\n"
                   "ok1@test.example,x\n"
                   "not an email@,x\n"
                   "\"@corp.example\"\n"
                   "bad..\n"
                   "BAD@example.com\n"
                   "\n");
        file.close();
        MessageBox::setNextAnswer(MessageBox::Ok); // the bad lines are reported in a box too
        FileDialog::setNextFileName(path);
        child<QPushButton>(&page, "dncImport")->click();
        QCOMPARE(MessageBox::pendingAnswers(), 0);
        QCOMPARE(page.entryCount(), 3);
        const QString text = report->text();
        QVERIFY2(text.contains(QStringLiteral("Imported 2 entries")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 already listed")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("line 3:")) && text.contains(QStringLiteral("line 5:")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("line 2:")) && !text.contains(QStringLiteral("line 4:")), qPrintable(text));
        QVERIFY(*DoNotContact(f.workspace()).blocks(QStringLiteral("someone@mail.corp.example")));

        // Filter, then remove the domain with Delete.
        QTest::keyClicks(child<QLineEdit>(&page, "dncFilter"), QStringLiteral("corp"));
        int visible = 0;
        QTreeWidgetItem *corp = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (!list->topLevelItem(i)->isHidden()) {
                ++visible;
                corp = list->topLevelItem(i);
            }
        QCOMPARE(visible, 1);
        QCOMPARE(corp->text(0), QStringLiteral("corp.example"));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        list->setFocus();
        list->setCurrentItem(corp);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(page.entryCount(), 2);
        QVERIFY(!*DoNotContact(f.workspace()).blocks(QStringLiteral("someone@corp.example")));

        const QString out = f.path(QStringLiteral("out.csv"));
        FileDialog::setNextFileName(out);
        child<QPushButton>(&page, "dncExport")->click();
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray csv = exported.readAll();
        QVERIFY(csv.contains("bad@example.com,email,asked us to stop,ana,"));
        QVERIFY(csv.contains("ok1@test.example,email"));
        QVERIFY(!csv.contains("corp.example"));
    }

    void todayDoneWithAnOutcomeLogsTheActivity()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const Workspace &ws = f.workspace();
        const qint64 campaign = f.addCampaign(QStringLiteral("Backend"));
        const qint64 lena = f.addCandidate(QStringLiteral("Lena"), QStringLiteral("Berg"), QStringLiteral("lena@x.test"),
                                           QStringLiteral("Acme"));
        const qint64 omar = f.addCandidate(QStringLiteral("Omar"), QStringLiteral("Haddad"), QStringLiteral("omar@x.test"),
                                           QStringLiteral("Acme"));
        const qint64 kim = f.addCandidate(QStringLiteral("Kim"), QStringLiteral("Park"), QStringLiteral("kim@x.test"),
                                          QStringLiteral("Acme"));
        QVERIFY(CampaignRepository(ws).addMembers(campaign, {lena, omar, kim}, kActor));
        Sequence seq;
        seq.campaignId = campaign;
        seq.name = QStringLiteral("Backend outreach");
        QVERIFY(!SequenceRepository(ws).create(seq));
        SequenceStep call;
        call.kind = StepKind::Call;
        QVERIFY(!SequenceRepository(ws).addStep(seq.id, call));
        SequenceStep message;
        message.kind = StepKind::LinkedinMessage;
        QVERIFY(!SequenceRepository(ws).addStep(seq.id, message));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(SequenceRepository(ws).enroll(campaign, {lena, omar, kim}, now.addDays(-2)));

        const qint64 lenaCall = addTask(ws, campaign, lena, 0, StepKind::Call, kActor, now.addSecs(-3600));
        const qint64 omarCall = addTask(ws, campaign, omar, 0, StepKind::Call, kActor, now.addDays(-1));
        QVERIFY(addTask(ws, campaign, kim, 0, StepKind::Call, QStringLiteral("bob"), now.addSecs(-60))); // bob's
        QVERIFY(addTask(ws, campaign, kim, 1, StepKind::LinkedinMessage, kActor, now.addDays(3))); // not yet due
        QVERIFY(lenaCall && omarCall);

        MainWindow *w = f.window();
        OutreachDocks *docks = w->outreachDocks();
        QVERIFY(docks);
        TasksView *view = docks->tasks();
        view->reload();
        QCOMPARE(view->taskCount(), 2);
        QCOMPARE(docks->tasksDock()->windowTitle(), QStringLiteral("Today (2)"));
        QVERIFY(docks->tasksDock()->isHidden());
        QTest::keyClick(w, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(docks->tasksDock()->isVisible());

        // Help → Keyboard shortcuts lists the dock keys and the Today keys.
        ShortcutsDialog shortcuts(w);
        auto *keys = child<QTreeWidget>(&shortcuts, "shortcutList");
        QStringList rows;
        for (int i = 0; i < keys->topLevelItemCount(); ++i)
            rows << keys->topLevelItem(i)->text(0) + u'=' + keys->topLevelItem(i)->text(1);
        QVERIFY2(rows.contains(QStringLiteral("Mark task done=D, Ctrl+Return")), qPrintable(rows.join(u'|')));
        QVERIFY2(rows.contains(QStringLiteral("Today's tasks (2)=Ctrl+Shift+T")),
                 qPrintable(rows.filter(QStringLiteral("Shift+T")).join(u'|')));
        QVERIFY2(rows.contains(QStringLiteral("Replies=Ctrl+Shift+J")), qPrintable(rows.join(u'|')));

        auto *list = child<QTreeWidget>(view, "todayList");
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Omar Haddad")); // overdue first
        view->selectTask(lenaCall);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_D);
        QTRY_VERIFY(view->outcomeMenu() && view->outcomeMenu()->isVisible());
        QTest::keyClick(view->outcomeMenu(), Qt::Key_1); // "Connected"

        QTRY_COMPARE(view->taskCount(), 1);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(view->selectedTaskId(), omarCall);
        QCOMPARE(docks->tasksDock()->windowTitle(), QStringLiteral("Today (1)"));
        Result<OutreachTask> done = TaskRepository(ws).get(lenaCall);
        QVERIFY(done);
        QCOMPARE(done->state, TaskState::Done);
        QCOMPARE(done->outcome, QStringLiteral("connected"));
        QVERIFY(done->activityId > 0);
        Result<QList<Activity>> logged = ActivityRepository(ws).forCandidate(lena);
        QVERIFY(logged);
        QCOMPARE(logged->size(), 1);
        QCOMPARE(logged->first().kind, ActivityKind::Call);
        QCOMPARE(logged->first().campaignId, campaign);
        QCOMPARE(logged->first().author, kActor);

        // S skips: nothing logged, the list is empty.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_S);
        QTRY_COMPARE(view->taskCount(), 0);
        QCOMPARE(TaskRepository(ws).get(omarCall)->state, TaskState::Skipped);
        QVERIFY(ActivityRepository(ws).forCandidate(omar)->isEmpty());
        QCOMPARE(docks->tasksDock()->windowTitle(), QStringLiteral("Today"));
        QCOMPARE(docks->tasksAction()->text(), QStringLiteral("&Today's tasks"));
    }

    void repliesInterestedAndNotInterested()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        const Workspace &ws = f.workspace();
        const qint64 campaign = f.addCampaign(QStringLiteral("Data"));
        const qint64 lena = f.addCandidate(QStringLiteral("Lena"), QStringLiteral("Berg"), QStringLiteral("lena@x.test"),
                                           QStringLiteral("Acme"));
        const qint64 omar = f.addCandidate(QStringLiteral("Omar"), QStringLiteral("Haddad"), QStringLiteral("omar@x.test"),
                                           QStringLiteral("Acme"));
        QVERIFY(CampaignRepository(ws).addMembers(campaign, {lena, omar}, kActor));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Activity older{0, omar, campaign, ActivityKind::EmailReply, QStringLiteral("Re: Data role"),
                       QStringLiteral("Not for me, thanks."), now.addSecs(-7200), QStringLiteral("mailbox")};
        Activity newer{0, lena, campaign, ActivityKind::EmailReply, QStringLiteral("Re: Data role"),
                       QStringLiteral("Sounds great, call me Tuesday."), now.addSecs(-60), QStringLiteral("mailbox")};
        Activity note{0, lena, campaign, ActivityKind::Note, QStringLiteral("A note"), QString(), now, kActor};
        QVERIFY(!ActivityRepository(ws).log(older));
        QVERIFY(!ActivityRepository(ws).log(newer));
        QVERIFY(!ActivityRepository(ws).log(note));

        MainWindow *w = f.window();
        RepliesView *view = w->outreachDocks()->replies();
        QTest::keyClick(w, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(w->outreachDocks()->repliesDock()->isVisible());
        QCOMPARE(view->replyCount(), 2); // the note is not a reply
        QCOMPARE(view->selectedActivityId(), newer.id);
        auto *preview = child<QTextBrowser>(view, "replyPreview");
        QVERIFY(preview->toPlainText().contains(QStringLiteral("call me Tuesday")));
        auto *list = child<QTreeWidget>(view, "repliesList");
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Data"));

        list->setFocus();
        QTest::keyClick(list, Qt::Key_I);
        QCOMPARE(CampaignRepository(ws).member(campaign, lena)->value().status, MemberStatus::Interested);
        QCOMPARE(view->selectedActivityId(), older.id); // moved on
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Not for me")));
        QTest::keyClick(list, Qt::Key_N);
        QCOMPARE(CampaignRepository(ws).member(campaign, omar)->value().status, MemberStatus::NotInterested);
        QCOMPARE(CampaignRepository(ws).member(campaign, lena)->value().status, MemberStatus::Interested);
        // A reload (as a change elsewhere triggers) keeps both and shows the statuses.
        view->reload();
        QCOMPARE(view->replyCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("Interested"));
        QCOMPARE(list->topLevelItem(1)->text(4), QStringLiteral("Not interested"));
    }
};

QTEST_MAIN(TestGuiOutreachInbox)
#include "TestGuiOutreachInbox.moc"

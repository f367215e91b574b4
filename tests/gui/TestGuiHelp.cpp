// Help: every control of Settings → Integration: SmartRecruiters, SmartRecruiters sync, Hiring
// stages and Mailbox has a tooltip and a What's This text, found by walking the widget tree (a new
// control without help fails here); the sync settings' help speaks the words the pages show; the
// getting started guide opens with its sections and its links land on them; Help → Open log folder
// opens the folder the log is really written to.
#include "GuiTestSupport.h"

#include "Configuration.h"
#include "ConnectionManager.h"
#include "GuideDialog.h"
#include "HelpMenu.h"
#include "HelpTexts.h"
#include "IntegrationPage.h"
#include "Logging.h"
#include "MailboxPage.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessageBox.h"
#include "StageCatalog.h"
#include "StageMappingPage.h"
#include "SyncLabels.h"
#include "SyncSettings.h"
#include "SyncSettingsPage.h"
#include "Workspace.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QWhatsThis>

using namespace sd;
using namespace sd::ui;

namespace {

bool isInput(const QWidget *w)
{
    if (qobject_cast<const QHeaderView *>(w))
        return false;
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w);
}

// Qt's own parts of a control (a combo box's line and list, a spin box's line, a table's corner
// button) are not controls of their own.
bool isPartOfAnother(const QWidget *w, const QWidget *root)
{
    if (w->objectName().startsWith(QLatin1StringView("qt_")))
        return true;
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p) ||
            qobject_cast<const QLineEdit *>(p))
            return true;
        if (qobject_cast<const QAbstractItemView *>(p) && w->objectName().isEmpty())
            return true; // cell widgets are named; the corner button is not
    }
    return false;
}

QString plain(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

// Every input under `root` without help, as "objectName: what is missing"; `count` gets how many
// inputs were checked.
QStringList controlsWithoutHelp(QWidget *root, int *count)
{
    QStringList missing;
    *count = 0;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!isInput(w) || isPartOfAnother(w, root))
            continue;
        ++*count;
        const QString name =
            w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        if (w->objectName().isEmpty())
            missing << name + QStringLiteral(": no objectName");
        if (w->toolTip().trimmed().isEmpty())
            missing << name + QStringLiteral(": no tooltip");
        if (plain(w->whatsThis()).trimmed().isEmpty())
            missing << name + QStringLiteral(": no What's This");
    }
    return missing;
}

// A hiring process with sub-statuses, so the stage rows (one combo each) and the push-back choices
// exist without a SmartRecruiters connection.
void seedStages(const Workspace &ws)
{
    sr::HiringProcess process;
    process.id = QStringLiteral("proc-1");
    process.name = QStringLiteral("Engineering");
    process.active = true;
    process.subStatuses.insert(QStringLiteral("INTERVIEW"),
                               {QStringLiteral("Phone screen"), QStringLiteral("Onsite")});
    stagesync::StageCatalog catalog(ws);
    QVERIFY(catalog.refresh({process}).ok());
    const Result<QList<stagesync::Stage>> stages = catalog.stages();
    QVERIFY(stages.ok());
    QVERIFY(!catalog.setMapping(stagesync::suggestedMapping(stages.value())));
}

} // namespace

class TestGuiHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }
    void cleanup() { setUrlOpenerForTests({}); }

    void everyIntegrationControlHasHelp()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        connection::MemorySecretStore store;
        integration::ConnectionManager manager(f.sharedWorkspace(), &store);
        IntegrationPage page(&manager);
        page.show();
        int count = 0;
        const QStringList missing = controlsWithoutHelp(&page, &count);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
        QVERIFY2(count >= 14, qPrintable(QString::number(count))); // server … insert test candidate
    }

    void everySyncSettingHasHelpInBothLayers()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        SyncSettingsPage page(f.workspace(), nullptr);
        page.show();
        int count = 0;
        QStringList missing = controlsWithoutHelp(&page, &count);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
        // Team layer: an input, a lock and a reset per setting, the mapping cells, the page's buttons.
        const int settings = int(sync::settingCatalog().size());
        QVERIFY2(count > 3 * settings, qPrintable(QString::number(count)));

        auto *layer = page.findChild<QComboBox *>(QStringLiteral("syncLayerCombo"));
        layer->setCurrentIndex(layer->findData(int(sync::Layer::User)));
        missing = controlsWithoutHelp(&page, &count);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));

        // A new catalog setting needs a What's This of its own, not only the tooltip line.
        for (const sync::SettingDef &d : sync::settingCatalog())
            QVERIFY2(HelpTexts::keys().contains(d.key), qPrintable(d.key));
    }

    void syncHelpUsesThePagesWords()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        SyncSettingsPage page(f.workspace(), nullptr);
        page.show();
        // Each choice of a drop-down is explained under the label the drop-down shows.
        for (const sync::SettingDef &d : sync::settingCatalog()) {
            if (d.type != QLatin1StringView("choice"))
                continue;
            auto *input = page.findChild<QComboBox *>(QStringLiteral("syncInput_") + d.key);
            QVERIFY2(input, qPrintable(d.key));
            const QString help = plain(input->whatsThis());
            QVERIFY2(help.startsWith(sync::settingLabel(d.key)), qPrintable(help));
            for (int i = 0; i < input->count(); ++i)
                QVERIFY2(help.contains(input->itemText(i), Qt::CaseInsensitive),
                         qPrintable(d.key + QStringLiteral(": ") + input->itemText(i)));
        }
        // The mapping's update rules read as on the SmartRecruiters integration page.
        auto *rule = page.findChild<QComboBox *>(QStringLiteral("mappingRule_0"));
        QVERIFY(rule);
        QCOMPARE(rule->count(), 2);
        const QString help = plain(rule->whatsThis());
        for (int i = 0; i < rule->count(); ++i)
            QVERIFY2(help.contains(rule->itemText(i)), qPrintable(rule->itemText(i)));
        QVERIFY(help.contains(SyncLabels::ruleLabel(QStringLiteral("ifBlank"))));
    }

    void everyStageAndMailboxControlHasHelp()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        seedStages(f.workspace());
        if (QTest::currentTestFailed())
            return;
        StageMappingPage stages(f.workspace(), nullptr, nullptr);
        stages.show();
        int count = 0;
        QStringList missing = controlsWithoutHelp(&stages, &count);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
        const int stageCount = int(stagesync::StageCatalog(f.workspace()).stages().value().size());
        QVERIFY(stageCount > 2);
        QVERIFY2(count >= stageCount + MemberStatusCount + 7, qPrintable(QString::number(count)));
        // Some status has several stages: its push-back choice is enabled and still explained.
        bool enabledChoice = false;
        for (int s = 0; s < MemberStatusCount; ++s) {
            auto *combo = stages.findChild<QComboBox *>(
                QStringLiteral("stagePreferred_%1").arg(toKey(MemberStatus(s))));
            QVERIFY(combo);
            enabledChoice = enabledChoice || combo->isEnabled();
        }
        QVERIFY(enabledChoice);

        MailboxPage mailbox(f.workspace());
        mailbox.show();
        missing = controlsWithoutHelp(&mailbox, &count);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
        QVERIFY2(count >= 21, qPrintable(QString::number(count)));
        // The walk finds a control added without help (here: one a later change might add).
        auto *added = new QLineEdit(mailbox.findChild<QWidget *>(QStringLiteral("mailboxServersBox")));
        added->setObjectName(QStringLiteral("mailboxNewField"));
        missing = controlsWithoutHelp(&mailbox, &count);
        QCOMPARE(missing.size(), 2);
        QVERIFY(missing.first().startsWith(QStringLiteral("mailboxNewField: ")));
    }

    void guideOpensAndItsLinksLandOnTheSections()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        MainWindow *w = f.window();
        auto *help = w->findChild<QMenu *>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        installHelpActions(help, w);
        auto *guideAction = w->findChild<QAction *>(QStringLiteral("guideAction"));
        QVERIFY(guideAction);
        QVERIFY(help->actions().contains(guideAction));
        QCOMPARE(guideAction->shortcut(), QKeySequence(QKeySequence::HelpContents));
        guideAction->trigger();
        auto *guide = test::findTopLevel<GuideDialog>(QStringLiteral("guideDialog"));
        QVERIFY(guide);
        QVERIFY(QTest::qWaitForWindowExposed(guide));
        guideAction->trigger(); // a second F1 brings the same guide forward
        QCOMPARE(w->findChildren<GuideDialog *>().size(), 1);

        QTextBrowser *browser = guide->browser();
        const QString text = browser->toPlainText();
        QVERIFY(text.size() > 1500);
        QVERIFY(text.contains(QStringLiteral("SmartRecruiters")));
        // The real keys of the window, e.g. Search everywhere.
        auto *search = w->findChild<QAction *>(QStringLiteral("searchEverywhereAction"));
        QVERIFY(search);
        QVERIFY(text.contains(search->shortcut().toString(QKeySequence::NativeText)));

        // Every anchor the contents link to exists in the document.
        QStringList names;
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it)
                names << it.fragment().charFormat().anchorNames();
        }
        const QStringList anchors = GuideDialog::sectionAnchors();
        for (const QString &a : anchors)
            QVERIFY2(names.contains(a), qPrintable(a));

        // Follow the contents links by keyboard (Tab to a link, Return to open it): each one is
        // announced with its section and scrolls the guide down to it.
        QSignalSpy clicked(browser, &QTextBrowser::anchorClicked);
        browser->setFocus();
        QScrollBar *bar = browser->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        int previous = bar->value();
        QCOMPARE(previous, 0);
        for (int i = 0; i < anchors.size(); ++i) {
            QTest::keyClick(browser, Qt::Key_Tab);
            QTest::keyClick(browser, Qt::Key_Return);
            QCOMPARE(clicked.size(), i + 1);
            QCOMPARE(clicked.last().at(0).toUrl().fragment(), anchors.at(i));
            QVERIFY2(bar->value() >= previous, qPrintable(anchors.at(i)));
            previous = bar->value();
            bar->setValue(0); // back to the contents for the next link
            browser->setFocus();
        }
        QVERIFY(previous > 0);
        guide->close();
    }

    void whatsThisModeAndLogFolder()
    {
        test::GuiFixture f;
        QVERIFY(f.isValid());
        MainWindow *w = f.window();
        auto *help = w->findChild<QMenu *>(QStringLiteral("helpMenu"));
        installHelpActions(help, w);
        auto *whatsThis = w->findChild<QAction *>(QStringLiteral("whatsThisAction"));
        QVERIFY(whatsThis);
        QCOMPARE(whatsThis->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F1));
        whatsThis->trigger();
        QVERIFY(QWhatsThis::inWhatsThisMode());
        QWhatsThis::leaveWhatsThisMode();

        // The log is written where the action opens: install the logger, log a line, follow the URL.
        const QString logFile = logging::install(logging::defaultFolder());
        QVERIFY(!logFile.isEmpty());
        qInfo("help test: a line for the log folder");
        logging::uninstall();
        QList<QUrl> opened;
        setUrlOpenerForTests([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        auto *logs = w->findChild<QAction *>(QStringLiteral("openLogFolderAction"));
        QVERIFY(logs);
        QVERIFY(help->actions().contains(logs));
        logs->trigger();
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened.first().isLocalFile());
        const QDir folder(opened.first().toLocalFile());
        QVERIFY(folder.exists());
        QCOMPARE(QFileInfo(logFile).absolutePath(), folder.absolutePath());
        QVERIFY(QFileInfo(folder.filePath(QFileInfo(logFile).fileName())).size() > 0);
        QVERIFY(folder.absolutePath().startsWith(QDir(Workspace::dataFolder()).absolutePath()));

        // When nothing can open it, the user is told where it is.
        setUrlOpenerForTests([](const QUrl &) { return false; });
        MessageBox::setNextAnswer(MessageBox::Ok);
        logs->trigger();
        QVERIFY(MessageBox::lastShown().text.contains(QDir::toNativeSeparators(folder.absolutePath())));
    }
};

QTEST_MAIN(TestGuiHelp)
#include "TestGuiHelp.moc"

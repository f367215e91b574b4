// The main flows by keyboard only: every event goes to the widget that has the focus, as a keyboard
// would deliver it (no clicks, no calls into the views). New campaign, new candidate, add to the
// campaign, mark as contacted, log an activity, search everywhere and open the profile; then Tab
// reaches every control of the views, each visible and enabled when it takes the focus, and each
// with a name a screen reader can say.
#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "Workspace.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QSqlQuery>
#include <QTimer>

#include <functional>

using namespace sd;
using namespace sd::ui;

namespace {

QWidget *g_window = nullptr; // the main window, where the keys go when nothing inside it has focus

QWidget *focused()
{
    if (QWidget *w = QApplication::focusWidget())
        return w;
    return QApplication::activeWindow() ? QApplication::activeWindow() : g_window;
}

// After a dialog closes, the window manager gives the main window back its activation (offscreen
// has none, so the test plays that part when it does not happen by itself).
void backTo(QWidget *window)
{
    if (!QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 1000))
        QApplication::setActiveWindow(window);
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), Qt::Key(key), modifiers);
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

// The shortcut that opens a dialog blocks in its exec(): the keys for the dialog are queued first and
// typed once it is the active modal window.
void whenDialog(const QString &objectName, std::function<void()> keys, bool *done)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, objectName, keys = std::move(keys), done] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != objectName || !modal->isVisible())
            return;
        if (!modal->isActiveWindow())
            QApplication::setActiveWindow(modal); // the window manager's part, which offscreen lacks
        timer->stop();
        timer->deleteLater();
        keys();
        *done = true;
    });
    timer->start();
}

// Tab until a widget with this objectName has the focus; false after `limit` presses.
bool tabTo(const QString &objectName, int limit = 60)
{
    for (int i = 0; i < limit; ++i) {
        if (focused() && focused()->objectName() == objectName)
            return true;
        press(Qt::Key_Tab);
    }
    return focused() && focused()->objectName() == objectName;
}

qint64 scalar(const Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestGuiKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestEnvironment(); }

    void mainFlowsByKeyboardOnly()
    {
        test::GuiFixture fx;
        QVERIFY(fx.isValid());
        MainWindow *w = fx.window();
        QVERIFY(QTest::qWaitForWindowActive(w));
        g_window = w;
        const Workspace &ws = fx.workspace();

        // Ctrl+N: a new campaign.
        bool done = false;
        whenDialog(QStringLiteral("campaignDialog"), [] {
            type(QStringLiteral("Keyboard hires"));
            press(Qt::Key_Return);
        }, &done);
        press(Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(done);
        backTo(w);
        QTRY_COMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM campaigns WHERE name = 'Keyboard hires'")), 1);

        // Ctrl+2, Ctrl+Shift+N: a new candidate.
        press(Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(w->currentView(), int(MainWindow::CandidatesPage));
        done = false;
        whenDialog(QStringLiteral("newCandidateDialog"), [] {
            type(QStringLiteral("Ada"));
            press(Qt::Key_Tab);
            type(QStringLiteral("Lovelace"));
            press(Qt::Key_Return);
        }, &done);
        press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(done);
        backTo(w);
        QTRY_COMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM candidates WHERE first_name = 'Ada' AND last_name = 'Lovelace'")), 1);

        // Into the list, Ctrl+Shift+C: add her to the campaign.
        QVERIFY2(tabTo(QStringLiteral("candidateTable")), qPrintable(focused()->objectName()));
        QTRY_VERIFY(qobject_cast<QAbstractItemView *>(focused())->model()->rowCount() > 0);
        press(Qt::Key_Home);
        press(Qt::Key_Space);
        done = false;
        whenDialog(QStringLiteral("campaignPicker"), [] {
            press(Qt::Key_Home);
            press(Qt::Key_Return);
        }, &done);
        press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);

        QTRY_VERIFY(done);
        backTo(w);
        QTRY_COMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM campaign_members")), 1);

        // Ctrl+1, the campaign, its members, Alt+2: contacted.
        press(Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(w->currentView(), int(MainWindow::CampaignsPage));
        QVERIFY2(tabTo(QStringLiteral("campaignTable")), qPrintable(focused()->objectName()));
        press(Qt::Key_Home);
        QVERIFY2(tabTo(QStringLiteral("memberTable")), qPrintable(focused()->objectName()));
        QTRY_COMPARE(qobject_cast<QAbstractItemView *>(focused())->model()->rowCount(), 1);
        press(Qt::Key_Home);
        press(Qt::Key_Space); // selects the current row
        QTRY_COMPARE(qobject_cast<QAbstractItemView *>(focused())->selectionModel()->selectedRows().size(), 1);
        press(Qt::Key_2, Qt::AltModifier);
        QTRY_COMPARE(scalar(ws, QStringLiteral("SELECT status FROM campaign_members")), qint64(MemberStatus::Contacted));

        // Ctrl+L: log a call with a subject.
        done = false;
        whenDialog(QStringLiteral("logActivityDialog"), [] {
            press(Qt::Key_S, Qt::AltModifier); // "&Subject:"
            type(QStringLiteral("Intro call"));
            press(Qt::Key_Return);
        }, &done);
        press(Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(done);
        backTo(w);
        QTRY_COMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM activities WHERE subject = 'Intro call'")), 1);

        // Ctrl+K: search everywhere, arrow to the candidate, Enter opens her.
        press(Qt::Key_2, Qt::ControlModifier); // away from the campaign
        press(Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(focused() && focused()->objectName() == QStringLiteral("searchPaletteField"));
        type(QStringLiteral("Lovelace"));
        QTRY_VERIFY(QApplication::activeWindow()->findChild<QAbstractItemView *>(QStringLiteral("searchPaletteResults"))
                        ->model()->rowCount() > 0);
        press(Qt::Key_Return);
        QTRY_VERIFY(test::findTopLevel<QWidget>(QStringLiteral("candidateProfile")));
        backTo(test::findTopLevel<QWidget>(QStringLiteral("candidateProfile")));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!test::findTopLevel<QWidget>(QStringLiteral("candidateProfile")));
    }

    void tabReachesEveryControlOfTheViews()
    {
        test::GuiFixture fx;
        fx.addCampaign(QStringLiteral("Tabbing"));
        fx.addCandidate(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("grace@example.com"),
                        QStringLiteral("Navy"));
        MainWindow *w = fx.window();
        QVERIFY(QTest::qWaitForWindowActive(w));
        g_window = w;
        for (int view : {int(MainWindow::CampaignsPage), int(MainWindow::CandidatesPage), int(MainWindow::SettingsPage)}) {
            w->showView(view);
            QWidget *page = w->findChild<QWidget *>(view == MainWindow::CampaignsPage    ? QStringLiteral("campaignsView")
                                                    : view == MainWindow::CandidatesPage ? QStringLiteral("candidatesView")
                                                                                         : QStringLiteral("settingsView"));
            QVERIFY(page);
            // Every control of the page that takes Tab focus…
            QSet<QWidget *> expected;
            for (QWidget *child : page->findChildren<QWidget *>()) {
                if (child->isVisible() && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus) &&
                    !child->focusProxy())
                    expected.insert(child);
            }
            QVERIFY(!expected.isEmpty());
            // …is reached by pressing Tab, and the focus is never on something hidden or disabled.
            QSet<QWidget *> reached;
            for (int i = 0; i < 4 * 120 && reached != expected; ++i) {
                press(Qt::Key_Tab);
                QWidget *f = QApplication::focusWidget();
                QVERIFY(f);
                QVERIFY2(f->isVisible() && f->isEnabled(), qPrintable(f->objectName()));
                if (expected.contains(f))
                    reached.insert(f);
            }
            QStringList missed;
            QStringList unnamed;
            for (QWidget *e : std::as_const(expected)) {
                const QString name = e->objectName().isEmpty() ? QString::fromLatin1(e->metaObject()->className())
                                                               : e->objectName();
                if (!reached.contains(e))
                    missed << name;
                // What a screen reader says when the focus lands there: its accessible name, or
                // failing that the text of the label that is its buddy.
                if (QAccessible::queryAccessibleInterface(e)->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << name;
            }
            QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QStringLiteral(", "))));
            QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("no accessible name: ") + unnamed.join(QStringLiteral(", "))));
        }
    }
};

QTEST_MAIN(TestGuiKeyboard)
#include "TestGuiKeyboard.moc"

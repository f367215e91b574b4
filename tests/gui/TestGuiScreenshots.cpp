// Every main view rendered to PNG under Xvfb (the xcb platform, real fonts and scaling) in English
// and German at the scale CTest sets (QT_SCALE_FACTOR 1 and 2), and checked for text that Qt can
// tell is cut off or lying on top of other text. The pictures land in
// <build>/tests/gui/screenshots/<scale>x/<language>/ for people to look at (CI keeps them).
#include "GuiTestSupport.h"

#include "AnalyticsView.h"
#include "CampaignListModel.h"
#include "CampaignsView.h"
#include "LanguageSettings.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessageBox.h"
#include "SettingsView.h"
#include "WorkspaceLauncher.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScreen>
#include <QSignalSpy>
#include <QTextDocument>

using namespace sd;
using namespace sd::ui;

namespace {

QString describe(const QWidget *w)
{
    QString text;
    if (auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    else if (auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    return QStringLiteral("%1 “%2” (%3×%4)")
        .arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName(), text)
        .arg(w->width())
        .arg(w->height());
}

// Shown for real: visible up to the window, and not scrolled out of a scroll area's view.
bool reallyShown(const QWidget *w)
{
    return w->isVisible() && !w->visibleRegion().isEmpty();
}

// Text Qt can measure: a one-line plain label narrower than its text, a button or check box
// narrower than its minimum size hint, a line edit or combo box narrower than its minimum.
QStringList clippedText(QWidget *root)
{
    QStringList problems;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!reallyShown(label) || label->wordWrap() || label->text().isEmpty() || label->pixmap().toImage().width() > 0)
            continue;
        if (Qt::mightBeRichText(label->text()))
            continue; // rich text lays itself out; Qt cannot tell a cut-off from here
        if (label->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            continue; // an eliding label chose to be narrower than its text
        int widest = 0;
        for (const QString &line : label->text().split(QLatin1Char('\n')))
            widest = qMax(widest, label->fontMetrics().horizontalAdvance(QString(line).remove(QLatin1Char('&'))));
        const int room = label->contentsRect().width() - 2 * label->margin() - 2 * qMax(0, label->indent());
        if (widest > room + 1)
            problems << QStringLiteral("cut off: %1 needs %2 px").arg(describe(label)).arg(widest);
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!reallyShown(button) || button->text().isEmpty())
            continue;
        if (!qobject_cast<QPushButton *>(button) && !qobject_cast<QCheckBox *>(button) &&
            !qobject_cast<QRadioButton *>(button))
            continue; // tool buttons in bars elide or scroll by design
        if (button->width() + 1 < button->minimumSizeHint().width())
            problems << QStringLiteral("cut off: %1 needs %2 px").arg(describe(button)).arg(button->minimumSizeHint().width());
    }
    return problems;
}

// Two text-bearing siblings whose rectangles overlap (only among widgets a layout placed).
QStringList overlappingText(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> parents = root->findChildren<QWidget *>();
    parents.prepend(root);
    for (QWidget *parent : std::as_const(parents)) {
        if (!reallyShown(parent) || !parent->layout())
            continue;
        QList<QWidget *> texts;
        for (QObject *child : parent->children()) {
            auto *w = qobject_cast<QWidget *>(child);
            if (!w || w->isWindow() || !reallyShown(w))
                continue;
            if (qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                qobject_cast<QComboBox *>(w))
                texts << w;
        }
        for (int i = 0; i < texts.size(); ++i) {
            for (int j = i + 1; j < texts.size(); ++j) {
                if (texts[i]->geometry().intersects(texts[j]->geometry()))
                    problems << QStringLiteral("overlap: %1 and %2").arg(describe(texts[i]), describe(texts[j]));
            }
        }
    }
    return problems;
}

QString outputFolder(const QString &language)
{
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    return QStringLiteral(SOURCEDESK_SCREENSHOT_DIR "/%1x/%2").arg(scale, language.isEmpty() ? QStringLiteral("en") : language);
}

} // namespace

class TestGuiScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::initGuiTestEnvironment();
        test::skipFirstRunSetupWhenShown();
        // Under Xvfb with real fonts: the offscreen platform would measure text without a screen.
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    }

    void cleanup() { LanguageSettings::apply(*qApp, QString()); }

    void everyMainView_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << QStringLiteral("de");
    }

    void everyMainView()
    {
        QFETCH(QString, language);
        QCOMPARE(LanguageSettings::apply(*qApp, language), language);
        const QString folder = outputFolder(language);
        QVERIFY(QDir().mkpath(folder));

        QTemporaryDir dir;
        connection::MemorySecretStore secrets;
        WorkspaceLauncher launcher;
        launcher.setSecretStore(&secrets);
        MessageBox::setNextAnswer(MessageBox::Yes); // the sample campaign, so the views have content
        QVERIFY(launcher.start(dir.filePath(QStringLiteral("shots.sqlite"))));
        MainWindow *w = launcher.mainWindow();
        QTRY_COMPARE(MessageBox::pendingAnswers(), 0);
        w->resize(1180, 760);
        QVERIFY(QTest::qWaitForWindowExposed(w));

        struct Shot
        {
            QString name;
            std::function<void()> show;
        };
        QList<Shot> shots{
            {QStringLiteral("campaigns"),
             [w] {
                 w->showView(MainWindow::CampaignsPage);
                 CampaignsView *view = w->campaignsView();
                 if (view->model()->rowCount() > 0)
                     view->selectCampaign(view->model()->index(0, 0).data(CampaignListModel::IdRole).toLongLong());
             }},
            {QStringLiteral("candidates"), [w] { w->showView(MainWindow::CandidatesPage); }},
            {QStringLiteral("analytics"),
             [w] {
                 QSignalSpy ready(w->analyticsView(), &AnalyticsView::chartsReady);
                 w->showView(MainWindow::AnalyticsPage);
                 ready.wait(10000);
             }},
        };
        for (int page = 0; page < w->settingsView()->pageCount(); ++page) {
            shots.append({QStringLiteral("settings-%1").arg(page, 2, 10, QLatin1Char('0')), [w, page] {
                              w->showView(MainWindow::SettingsPage);
                              w->settingsView()->showPage(page);
                          }});
        }

        QStringList problems;
        for (const Shot &shot : std::as_const(shots)) {
            shot.show();
            QTest::qWait(150); // off-thread loads and layouts settle
            const QImage image = w->grab().toImage();
            QVERIFY(!image.isNull());
            // The picture has the window's size in device pixels: the scale really applied.
            QCOMPARE(image.width(), qRound(w->width() * w->devicePixelRatioF()));
            QVERIFY(image.save(QDir(folder).filePath(shot.name + QStringLiteral(".png"))));
            for (const QString &p : clippedText(w) + overlappingText(w))
                problems << shot.name + QStringLiteral(": ") + p;
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestGuiScreenshots)
#include "TestGuiScreenshots.moc"

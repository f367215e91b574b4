// Dark and high-contrast palettes are respected: no widget hard-codes a text colour, every label
// the views show is readable (WCAG AA, 4.5:1) on the light, dark and high-contrast palettes, and
// toned text (errors, warnings) follows a palette switch made while the window is open.
#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "SettingsView.h"
#include "Theme.h"

#include <QLabel>
#include <QStyle>
#include <QStyleFactory>

using namespace sd;
using namespace sd::ui;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

QPalette highContrastPalette()
{
    QPalette p(Qt::white, Qt::black); // white text on black, as the desktops' high-contrast themes
    p.setColor(QPalette::Base, Qt::black);
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    return p;
}

QStringList hardCodedColours(QWidget *root)
{
    QStringList found;
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    for (QWidget *w : std::as_const(all)) {
        if (w->styleSheet().contains(QLatin1String("color"), Qt::CaseInsensitive))
            found << w->objectName() + QStringLiteral(": ") + w->styleSheet();
    }
    return found;
}

QStringList unreadableLabels(QWidget *root)
{
    QStringList found;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QColor text = label->palette().color(label->foregroundRole());
        const QColor background = label->palette().color(label->backgroundRole());
        const double ratio = theme::contrast(text, background);
        if (ratio < 4.5)
            found << QStringLiteral("%1 “%2”: %3:1").arg(label->objectName(), label->text()).arg(ratio, 0, 'f', 1);
    }
    return found;
}

} // namespace

class TestGuiPalettes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::initGuiTestEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void tonesAreReadableOnEveryBackground()
    {
        for (const QColor &bg : {QColor(Qt::white), QColor(0xf0, 0xf0, 0xf0), QColor(0x2b, 0x2b, 0x2b), QColor(Qt::black),
                                 QColor(0x1e, 0x1e, 0x1e), QColor(0x80, 0x80, 0x80)}) {
            for (auto tone : {theme::Tone::Problem, theme::Tone::Warning, theme::Tone::Muted}) {
                const double ratio = theme::contrast(theme::color(tone, bg), bg);
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3").arg(int(tone)).arg(bg.name()).arg(ratio)));
            }
        }
        QCOMPARE(theme::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(theme::contrast(Qt::white, Qt::white), 1.0);
    }

    void viewsAreReadableOnEveryPalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << QApplication::style()->standardPalette();
        QTest::newRow("dark") << darkPalette();
        QTest::newRow("high contrast") << highContrastPalette();
    }

    void viewsAreReadableOnEveryPalette()
    {
        QFETCH(QPalette, palette);
        QApplication::setPalette(palette);
        test::GuiFixture fx;
        fx.addCampaign(QStringLiteral("Contrast"));
        MainWindow *w = fx.window();
        QStringList problems;
        auto check = [&](const QString &where) {
            QCoreApplication::processEvents();
            for (const QString &p : hardCodedColours(w) + unreadableLabels(w))
                problems << where + QStringLiteral(": ") + p;
        };
        w->showView(MainWindow::CampaignsPage);
        check(QStringLiteral("campaigns"));
        w->showView(MainWindow::CandidatesPage);
        check(QStringLiteral("candidates"));
        w->showView(MainWindow::SettingsPage);
        for (int page = 0; page < w->settingsView()->pageCount(); ++page) {
            w->settingsView()->showPage(page);
            check(QStringLiteral("settings page %1").arg(page));
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void tonesFollowAPaletteSwitch()
    {
        QApplication::setPalette(QApplication::style()->standardPalette());
        QWidget window;
        auto *problem = new QLabel(QStringLiteral("Cannot connect"), &window);
        theme::setTone(problem, theme::Tone::Problem);
        window.show();
        const QColor onLight = problem->palette().color(QPalette::WindowText);
        QVERIFY(theme::contrast(onLight, problem->palette().color(QPalette::Window)) >= 4.5);
        QVERIFY(onLight != window.palette().color(QPalette::WindowText)); // it is toned

        QApplication::setPalette(darkPalette()); // the desktop switches to dark while Sourcedesk runs
        QTRY_VERIFY(problem->palette().color(QPalette::WindowText) != onLight);
        QVERIFY(theme::contrast(problem->palette().color(QPalette::WindowText), problem->palette().color(QPalette::Window)) >= 4.5);
        QCOMPARE(problem->palette().color(QPalette::Window), darkPalette().color(QPalette::Window));

        theme::setTone(problem, theme::Tone::Normal);
        QCOMPARE(problem->palette().color(QPalette::WindowText), darkPalette().color(QPalette::WindowText));
    }
};

QTEST_MAIN(TestGuiPalettes)
#include "TestGuiPalettes.moc"

// Settings → Language switches the running app (no restart): the window is rebuilt in the new
// language, dates and numbers follow it, and every string the window asks a translator for while
// it is built and shown has a translation in every shipped language.
#include "GuiTestSupport.h"

#include "CampaignRepository.h"
#include "LanguageSettings.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessageBox.h"
#include "SettingsView.h"
#include "WorkspaceLauncher.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace sd;
using namespace sd::ui;

namespace {

// Queried before the real translators (the last installed is asked first); answers nothing, so the
// real ones still translate, and remembers what Sourcedesk's own contexts asked for.
class SpyTranslator : public QTranslator
{
public:
    struct Ask
    {
        QByteArray context;
        QByteArray source;
        QByteArray disambiguation;
        int n = -1;
    };

    explicit SpyTranslator(QSet<QByteArray> contexts) : m_contexts(std::move(contexts)) {}

    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        const QByteArray ctx(context);
        if (source && *source && (m_contexts.contains(ctx) || ctx.startsWith("sd::")))
            asks.append({ctx, QByteArray(source), QByteArray(disambiguation), n});
        return {};
    }
    bool isEmpty() const override { return false; }

    mutable QList<Ask> asks;

private:
    QSet<QByteArray> m_contexts;
};

// The contexts of Sourcedesk's own strings, from the English source file every language shares.
QSet<QByteArray> ownContexts()
{
    QSet<QByteArray> contexts;
    QFile file(QStringLiteral(SOURCEDESK_SOURCE_DIR "/translations/sourcedesk_de.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return contexts;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (xml.isStartElement() && xml.name() == QLatin1String("name"))
            contexts.insert(xml.readElementText().toUtf8());
        else
            xml.readNext();
    }
    return contexts;
}

QStringList shippedLanguages()
{
    QStringList codes;
    for (const auto &language : LanguageSettings::available()) {
        if (!language.code.isEmpty())
            codes << language.code;
    }
    return codes;
}

QString menuTitle(MainWindow *w, int index)
{
    const auto actions = w->menuBar()->actions();
    return index < actions.size() ? actions.at(index)->text() : QString();
}

} // namespace

class TestGuiLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::initGuiTestEnvironment();
        test::skipFirstRunSetupWhenShown();
        QVERIFY(LanguageSettings::install(*qApp).isEmpty());
    }

    void cleanup() { LanguageSettings::apply(*qApp, QString()); }

    void everyLanguageOfTheIssueIsShipped()
    {
        QStringList codes = shippedLanguages();
        codes.sort();
        QCOMPARE(codes, (QStringList{QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                                     QStringLiteral("pl")}));
    }

    // A language code in the settings that no longer ships (edited by hand, or a language dropped
    // in an update): English, a warning in the log, nothing else changes.
    void unknownSavedLanguageFallsBackToEnglish()
    {
        LanguageSettings::save(QStringLiteral("xx"));
        QTest::ignoreMessage(QtWarningMsg, "No translation for the language xx; using English");
        QCOMPARE(LanguageSettings::install(*qApp), QString());
        QCOMPARE(LanguageSettings::current(), QString());
        QCOMPARE(QCoreApplication::translate("sd::ui::MainWindow", "&File"), QStringLiteral("&File"));
        QCOMPARE(QLocale().language(), QLocale::English);
        LanguageSettings::save(QString());
    }

    void switchesWithoutRestart()
    {
        QTemporaryDir dir;
        connection::MemorySecretStore secrets;
        WorkspaceLauncher launcher;
        launcher.setSecretStore(&secrets);
        MessageBox::setNextAnswer(MessageBox::No); // no sample campaign
        QVERIFY(launcher.start(dir.filePath(QStringLiteral("lang.sqlite"))));
        QTRY_VERIFY(launcher.mainWindow() && launcher.mainWindow()->isVisible());
        QTRY_COMPARE(MessageBox::pendingAnswers(), 0);
        Campaign campaign;
        campaign.name = QStringLiteral("Backend Berlin");
        QVERIFY(!CampaignRepository(*launcher.workspace()).create(campaign));
        QPointer<MainWindow> english = launcher.mainWindow();
        QCOMPARE(menuTitle(english, 0), QStringLiteral("&File"));

        english->showView(MainWindow::SettingsPage);
        auto *box = english->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(box);
        const int german = box->findData(QStringLiteral("de"));
        QVERIFY(german > 0);
        box->setCurrentIndex(german);

        // A new window in German replaces the old one, back on Settings → Language.
        QTRY_VERIFY(english.isNull() || launcher.mainWindow() != english.data());
        MainWindow *w = launcher.mainWindow();
        QTRY_VERIFY(w->isVisible());
        QCOMPARE(LanguageSettings::saved(), QStringLiteral("de"));
        QCOMPARE(LanguageSettings::current(), QStringLiteral("de"));
        const QString file = menuTitle(w, 0);
        QCOMPARE(file, QCoreApplication::translate("sd::ui::MainWindow", "&File"));
        QVERIFY2(file != QStringLiteral("&File"), qPrintable(file));
        QCOMPARE(w->currentView(), int(MainWindow::SettingsPage));
        QCOMPARE(w->settingsView()->currentPage(), SettingsView::LanguagePage);
        auto *germanBox = w->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(germanBox->currentData().toString(), QStringLiteral("de"));

        // Numbers, dates and plural forms follow the language.
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        QCOMPARE(QLocale().toString(QDate(2026, 12, 2), QLocale::ShortFormat), QStringLiteral("02.12.26"));
        QTRY_VERIFY(!w->statusCountsText().isEmpty());
        const QString counts = w->statusCountsText();
        QVERIFY2(!w->statusCountsText().contains(QStringLiteral("campaign")), qPrintable(counts));

        // And back to English, again without a restart.
        QPointer<MainWindow> germanWindow = w;
        germanBox->setCurrentIndex(germanBox->findData(QString()));
        QTRY_VERIFY(germanWindow.isNull() || launcher.mainWindow() != germanWindow.data());
        QCOMPARE(menuTitle(launcher.mainWindow(), 0), QStringLiteral("&File"));
        QCOMPARE(LanguageSettings::current(), QString());
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void everyStringTheWindowShowsIsTranslated_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : shippedLanguages())
            QTest::newRow(qPrintable(code)) << code;
    }

    void everyStringTheWindowShowsIsTranslated()
    {
        QFETCH(QString, code);
        const QSet<QByteArray> contexts = ownContexts();
        QVERIFY(contexts.size() > 50);
        QTranslator reference;
        QVERIFY(reference.load(QStringLiteral(":/i18n/sourcedesk_%1.qm").arg(code)));
        QCOMPARE(LanguageSettings::apply(*qApp, code), code);
        SpyTranslator spy(contexts);
        QCoreApplication::installTranslator(&spy);

        QTemporaryDir dir;
        connection::MemorySecretStore secrets;
        {
            WorkspaceLauncher launcher;
            launcher.setSecretStore(&secrets);
            MessageBox::setNextAnswer(MessageBox::Yes); // the sample campaign: its views fill up
            QVERIFY(launcher.start(dir.filePath(QStringLiteral("spy.sqlite"))));
            MainWindow *w = launcher.mainWindow();
            QTRY_VERIFY(w->isVisible());
            // Every view and every settings page, every menu and dock: what they build, they ask for.
            for (int view : {int(MainWindow::CampaignsPage), int(MainWindow::CandidatesPage),
                             int(MainWindow::SettingsPage)}) {
                w->showView(view);
                QCoreApplication::processEvents();
            }
            for (int page = 0; page < w->settingsView()->pageCount(); ++page) {
                w->settingsView()->showPage(page);
                QCoreApplication::processEvents();
            }
            for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
                dock->show();
                QCoreApplication::processEvents();
            }
            for (QMenu *menu : w->menuBar()->findChildren<QMenu *>()) {
                emit menu->aboutToShow();
                QCoreApplication::processEvents();
            }
            QTest::qWait(200); // counts and off-thread loads land
        }
        QCoreApplication::removeTranslator(&spy);

        QVERIFY2(spy.asks.size() > 200, qPrintable(QString::number(spy.asks.size())));
        QStringList missing;
        for (const auto &ask : std::as_const(spy.asks)) {
            if (reference.translate(ask.context, ask.source, ask.disambiguation.isEmpty() ? nullptr : ask.disambiguation.constData(), ask.n)
                    .isEmpty())
                missing << QStringLiteral("%1: %2").arg(QString::fromUtf8(ask.context), QString::fromUtf8(ask.source));
        }
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated in %2:\n").arg(missing.size()).arg(code) +
                                               missing.mid(0, 40).join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestGuiLanguage)
#include "TestGuiLanguage.moc"

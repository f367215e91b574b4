#include "GuiTestSupport.h"

#include "Actor.h"
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SampleData.h"
#include "Workspace.h"

#include <QEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace sd::test {

void initGuiTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("SourcedeskTests"));
    QApplication::setApplicationName(QStringLiteral("SourcedeskGuiTests"));
    // Each test process keeps its settings apart: CTest runs GUI tests in parallel, and a shared
    // settings file lets one test's window state leak into another's.
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();
    ui::MessageBox::clearAnswers();
    ui::FileDialog::clearNextFileNames();
}

namespace {

class FirstRunSkipper : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->objectName() == QLatin1String("firstRunWizard"))
            QMetaObject::invokeMethod(watched, "reject", Qt::QueuedConnection);
        return false;
    }
};

} // namespace

void skipFirstRunSetupWhenShown()
{
    static FirstRunSkipper *skipper = nullptr;
    if (!skipper) {
        skipper = new FirstRunSkipper(qApp);
        qApp->installEventFilter(skipper);
    }
}

GuiFixture::GuiFixture()
{
    if (!m_dir.isValid())
        return;
    auto opened = Workspace::open(m_dir.filePath(QStringLiteral("workspace.sqlite")));
    if (!opened.ok()) {
        qWarning("Cannot create the test workspace: %s", qUtf8Printable(opened.error().toString()));
        return;
    }
    m_workspace = std::move(opened).value();
}

GuiFixture::~GuiFixture()
{
    m_window.reset(); // before the workspace its models read
    ui::MessageBox::clearAnswers();
    ui::FileDialog::clearNextFileNames();
}

ui::MainWindow *GuiFixture::window()
{
    if (!m_window) {
        m_window = std::make_unique<ui::MainWindow>(m_workspace);
        m_window->resize(1180, 760);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning("The main window did not become active; keyboard shortcuts may not reach it");
    }
    return m_window.get();
}

qint64 GuiFixture::addCandidate(const QString &first, const QString &last, const QString &email,
                                const QString &company, const QString &title)
{
    Candidate c;
    c.firstName = first;
    c.lastName = last;
    if (!email.isEmpty())
        c.emails = {email};
    c.company = company;
    c.title = title;
    if (auto err = CandidateRepository(*m_workspace).insert(c, QStringLiteral("test"))) {
        qWarning("insert failed: %s", qUtf8Printable(err->toString()));
        return 0;
    }
    return c.id;
}

qint64 GuiFixture::addCampaign(const QString &name)
{
    Campaign c;
    c.name = name;
    if (auto err = CampaignRepository(*m_workspace).create(c)) {
        qWarning("campaign create failed: %s", qUtf8Printable(err->toString()));
        return 0;
    }
    return c.id;
}

} // namespace sd::test

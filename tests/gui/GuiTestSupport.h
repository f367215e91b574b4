#pragma once

#include "Types.h"

#include <QApplication>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace sd {
class Workspace;
}

namespace sd::ui {
class MainWindow;
}

namespace sd::test {

// Settings go to Qt's test location (never the user's), dialogs' seams start empty.
void initGuiTestEnvironment();

// From now on, whenever the first-run setup opens (a new workspace through WorkspaceLauncher), it
// is skipped as a user would with "Skip setup", so tests about other things see what follows it.
void skipFirstRunSetupWhenShown();

// A fresh workspace in a temporary folder and, on demand, a shown main window over it.
class GuiFixture
{
public:
    GuiFixture();
    ~GuiFixture();

    bool isValid() const { return m_workspace != nullptr; }
    const Workspace &workspace() const { return *m_workspace; }
    std::shared_ptr<Workspace> sharedWorkspace() const { return m_workspace; }
    QString path(const QString &fileName) const { return m_dir.filePath(fileName); }
    ui::MainWindow *window();

    qint64 addCandidate(const QString &first, const QString &last, const QString &email,
                        const QString &company, const QString &title = {});
    qint64 addCampaign(const QString &name);

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_workspace;
    std::unique_ptr<ui::MainWindow> m_window;
};

// The first visible top-level widget of type T with that objectName, or null.
template<typename T> T *findTopLevel(const QString &objectName)
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (w->isVisible() && w->objectName() == objectName) {
            if (auto *t = qobject_cast<T *>(w))
                return t;
        }
    }
    return nullptr;
}

} // namespace sd::test

#include "FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace sd::ui {

namespace {

QStringList &nameQueue()
{
    static QStringList queue;
    return queue;
}

QString settingsKey(const QString &purpose)
{
    return QStringLiteral("ui/lastFolder/") + purpose;
}

} // namespace

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &filter,
                                    const QString &purpose)
{
    QString name;
    if (!nameQueue().isEmpty())
        name = nameQueue().takeFirst();
    else
        name = QFileDialog::getOpenFileName(parent, caption, lastFolder(purpose), filter);
    rememberFolder(purpose, name);
    return name;
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                    const QString &filter, const QString &purpose, bool allowExisting)
{
    QString name;
    if (!nameQueue().isEmpty()) {
        name = nameQueue().takeFirst();
    } else {
        const QString start = QDir(lastFolder(purpose)).filePath(suggestedName);
        QFileDialog::Options options;
        if (allowExisting)
            options |= QFileDialog::DontConfirmOverwrite;
        name = QFileDialog::getSaveFileName(parent, caption, start, filter, nullptr, options);
    }
    rememberFolder(purpose, name);
    return name;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nameQueue().append(fileName);
}

void FileDialog::clearNextFileNames()
{
    nameQueue().clear();
}

int FileDialog::pendingFileNames()
{
    return int(nameQueue().size());
}

QString FileDialog::lastFolder(const QString &purpose)
{
    return QSettings().value(settingsKey(purpose), QDir::homePath()).toString();
}

void FileDialog::rememberFolder(const QString &purpose, const QString &fileName)
{
    if (fileName.isEmpty())
        return;
    QSettings().setValue(settingsKey(purpose), QFileInfo(fileName).absolutePath());
}

} // namespace sd::ui

#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace sd::ui {

// File choosers go through here (KeePassXC's seam): tests queue a file name with setNextFileName()
// and no native dialog ever opens. Remembers the last folder per purpose in QSettings.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter,
                                   const QString &purpose);
    // With allowExisting, choosing an existing file is not an overwrite (opening a workspace).
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                   const QString &filter, const QString &purpose, bool allowExisting = false);

    // Tests: the next chooser returns this name (an empty string means "cancelled"). Queued in order.
    static void setNextFileName(const QString &fileName);
    static void clearNextFileNames();
    static int pendingFileNames();

private:
    static QString lastFolder(const QString &purpose);
    static void rememberFolder(const QString &purpose, const QString &fileName);
};

} // namespace sd::ui

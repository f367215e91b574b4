#pragma once
// Words for the sync settings as a recruiter reads them: the groups of the settings page (as
// SourceWhale's integration page groups them), a help line per setting, and labels for the stored
// choice and list values ("onReply" -> "When they reply").
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd::ui {

class SyncLabels
{
    Q_DECLARE_TR_FUNCTIONS(sd::ui::SyncLabels)
public:
    struct Group
    {
        QString id; // objectName part: "contact", "adding", …
        QString title;
        QString help;
        QStringList keys; // in display order
    };
    // Every catalog key is in exactly one group; keys no group names land in "Other settings".
    static QList<Group> groups();
    static QString help(const QString &key);
    static QString choiceLabel(const QString &key, const QString &value);
    static QString listItemLabel(const QString &key, const QString &item);
    static QString ruleLabel(const QString &ruleKey); // "always" -> "Always update"
};

} // namespace sd::ui

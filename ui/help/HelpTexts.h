#pragma once
// The help of the settings pages in one place: a short tooltip and a longer "What's This" text
// for every control of Settings → Integration: SmartRecruiters, SmartRecruiters sync, Hiring stages
// and Mailbox, written in the words of the SmartRecruiters help-center articles recruiters know
// ("Always update", "Only update if blank", "Job status whitelist", …).
//
// Keys: a sync setting's key (sync.createTrigger, …; its input is "syncInput_<key>"), otherwise the
// control's objectName (integrationServer, mailboxSmtpHost, …). Controls made once per row share
// the objectName's prefix up to its first '_' (stageMapping_, mappingRule_, syncLock_, …).
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace sd::ui {

class HelpTexts
{
    Q_DECLARE_TR_FUNCTIONS(sd::ui::HelpTexts)
public:
    // The tooltip for `key` (a sync setting's tooltip is its SyncLabels::help line), or empty.
    static QString toolTip(const QString &key);
    // The "What's This" text for `key` as rich text, or empty when the key has none.
    static QString whatsThis(const QString &key);
    // The help key of a control by its objectName ("syncInput_sync.source" -> "sync.source",
    // "stageMapping_3" -> "stageMapping_"), or empty when HelpTexts knows none.
    static QString keyFor(const QString &objectName);
    // Sets the What's This text (titled with the widget's accessible name) and, where the widget
    // has no tooltip yet, the tooltip. False when `key` has no help.
    static bool attach(QWidget *widget, const QString &key);
    // attach() for `root` and every widget inside it that has help under its objectName.
    static int apply(QWidget *root);
    // Every key with a text of its own (tests check the catalog against it).
    static QStringList keys();
};

} // namespace sd::ui

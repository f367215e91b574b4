#pragma once
// Step 3 of the first-run setup: the two sync choices a recruiter makes on day one, shown with the
// values in effect and written through sync::SettingsStore, the store behind Settings →
// SmartRecruiters sync, so the two always agree:
//  - the job status whitelist (sync.jobStatuses): which jobs a campaign may link to. The catalog
//    lets only the team layer set it; its statuses are SmartRecruiters' job status enum, so they
//    are offered without a connection.
//  - when a person is added to SmartRecruiters (sync.createTrigger): your own setting ("My
//    settings"), which is what applies to your campaigns; read-only when the team locked it.
// Only what differs from the value in effect is written, so an unchanged choice keeps following the
// team default.
#include <QHash>
#include <QStringList>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QRadioButton;

namespace sd::ui {

class FirstRunWizard;

class FirstRunSyncPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FirstRunSyncPage(FirstRunWizard *wizard);

    void initializePage() override;
    // Writes the changed choices; stays on the page with the reason when the store refuses.
    bool validatePage() override;

    QStringList chosenStatuses() const;
    QString chosenTrigger() const;
    QCheckBox *statusBox(const QString &status) const { return m_statuses.value(status); }
    QRadioButton *triggerButton(const QString &trigger) const { return m_triggers.value(trigger); }

private:
    void updateNote();

    FirstRunWizard *m_wizard;
    QHash<QString, QCheckBox *> m_statuses;    // by status key, e.g. "SOURCING"
    QHash<QString, QRadioButton *> m_triggers; // by trigger key, e.g. "onReply"
    QButtonGroup *m_triggerGroup;
    QLabel *m_statusNote;
    QLabel *m_triggerNote;
    QLabel *m_error;
    QStringList m_shownStatuses; // in effect when the page was shown
    QString m_shownTrigger;
    bool m_loaded = false; // Back, then Next again, keeps what was chosen on screen
};

} // namespace sd::ui

#include "FirstRunSyncPage.h"

#include "Actor.h"
#include "FirstRunWizard.h"
#include "Named.h"
#include "SettingsStore.h"
#include "SyncLabels.h"
#include "Theme.h"
#include "Workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sd::ui {

using sync::Layer;

namespace {

QString statusKey()
{
    return QString::fromLatin1(sync::key::JobStatuses);
}

QString triggerKey()
{
    return QString::fromLatin1(sync::key::CreateTrigger);
}

bool sameItems(QStringList a, QStringList b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

QLabel *note(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

FirstRunSyncPage::FirstRunSyncPage(FirstRunWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_triggerGroup(new QButtonGroup(this))
    , m_statusNote(named(note(new QLabel(this)), QStringLiteral("firstRunStatusNote"), tr("About the job statuses")))
    , m_triggerNote(named(note(new QLabel(this)), QStringLiteral("firstRunTriggerNote"), tr("About adding")))
    , m_error(named(note(new QLabel(this)), QStringLiteral("firstRunSyncError"), tr("Problem saving the choices")))
{
    named(this, QStringLiteral("firstRunSyncPage"), tr("What is synchronised"));
    setTitle(tr("What is synchronised"));
    setSubTitle(tr("The two choices you knew from SourceWhale or Gem. Everything else has sensible defaults in "
                   "Settings → SmartRecruiters sync."));
    theme::setTone(m_error, theme::Tone::Problem);
    m_error->hide();

    // The job statuses: SmartRecruiters' job status enum as the settings catalog lists it, so no
    // connection is needed to choose them.
    const sync::SettingDef *statusDef = sync::findSetting(statusKey());
    auto *jobs = named(new QGroupBox(tr("Jobs a campaign can be linked to"), this), QStringLiteral("firstRunStatusBox"),
                       tr("Job status whitelist"));
    auto *jobsLayout = new QVBoxLayout(jobs);
    jobsLayout->addWidget(named(note(new QLabel(SyncLabels::help(statusKey()), jobs)),
                                QStringLiteral("firstRunStatusHelp"), tr("About the job status whitelist")));
    auto *grid = new QGridLayout;
    const QStringList statuses = statusDef ? statusDef->choices : QStringList();
    for (int i = 0; i < statuses.size(); ++i) {
        const QString &status = statuses.at(i);
        const QString label = SyncLabels::listItemLabel(statusKey(), status);
        auto *box = named(new QCheckBox(label, jobs), QStringLiteral("firstRunStatus_") + status,
                          tr("Offer jobs with status %1").arg(label));
        connect(box, &QCheckBox::toggled, this, &FirstRunSyncPage::updateNote);
        m_statuses.insert(status, box);
        grid->addWidget(box, i / 4, i % 4);
    }
    jobsLayout->addLayout(grid);
    jobsLayout->addWidget(m_statusNote);

    // When a sourced person becomes a SmartRecruiters candidate.
    const sync::SettingDef *triggerDef = sync::findSetting(triggerKey());
    auto *adding = named(new QGroupBox(tr("Add people to SmartRecruiters"), this),
                         QStringLiteral("firstRunTriggerBox"), tr("When to add people to SmartRecruiters"));
    auto *addingLayout = new QVBoxLayout(adding);
    addingLayout->addWidget(named(note(new QLabel(SyncLabels::help(triggerKey()), adding)),
                                  QStringLiteral("firstRunTriggerHelp"), tr("About adding to SmartRecruiters")));
    int id = 0;
    for (const QString &trigger : triggerDef ? triggerDef->choices : QStringList()) {
        const QString label = SyncLabels::choiceLabel(triggerKey(), trigger);
        auto *button = named(new QRadioButton(label, adding), QStringLiteral("firstRunTrigger_") + trigger,
                             tr("Add to SmartRecruiters: %1").arg(label));
        m_triggerGroup->addButton(button, id++);
        m_triggers.insert(trigger, button);
        addingLayout->addWidget(button);
    }
    addingLayout->addWidget(m_triggerNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(jobs);
    layout->addWidget(adding);
    layout->addWidget(m_error);
    layout->addStretch();
}

void FirstRunSyncPage::initializePage()
{
    if (m_loaded)
        return;
    m_loaded = true;
    // What is in effect for this user now: the team's values, their own, or the built-in defaults.
    const Workspace &ws = *m_wizard->workspace();
    sync::SettingsStore store(ws);
    const Result<sync::SettingsLayers> layers = store.load(currentActor(), 0, 0);
    const sync::SettingsLayers loaded = layers.ok() ? layers.value() : sync::SettingsLayers();
    const sync::ResolvedSettings settings = sync::ResolvedSettings::resolve(loaded);
    m_shownStatuses = settings.list(statusKey());
    m_shownTrigger = settings.text(triggerKey());
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(m_shownStatuses.contains(it.key()));
    }
    if (QRadioButton *button = m_triggers.value(m_shownTrigger))
        button->setChecked(true);

    QString why;
    const bool canChooseTrigger = sync::canSet(loaded, triggerKey(), Layer::User, &why);
    for (QRadioButton *button : std::as_const(m_triggers))
        button->setEnabled(canChooseTrigger);
    m_triggerNote->setText(canChooseTrigger ? tr("Saved as your own setting; campaigns and candidates can still "
                                                 "override it.")
                                            : tr("Your team fixed this choice (%1). Ask your team admin to change it.")
                                                  .arg(why));
    m_error->hide();
    if (!layers.ok()) {
        m_error->setText(tr("The current sync settings could not be read (%1); the built-in defaults are shown.")
                             .arg(layers.error().toString()));
        m_error->show();
    }
    updateNote();
}

QStringList FirstRunSyncPage::chosenStatuses() const
{
    // In the catalog's order, as Settings writes them.
    QStringList out;
    const sync::SettingDef *def = sync::findSetting(statusKey());
    for (const QString &status : def ? def->choices : QStringList()) {
        if (QCheckBox *box = m_statuses.value(status); box && box->isChecked())
            out << status;
    }
    return out;
}

QString FirstRunSyncPage::chosenTrigger() const
{
    for (auto it = m_triggers.cbegin(); it != m_triggers.cend(); ++it) {
        if (it.value()->isChecked())
            return it.key();
    }
    return m_shownTrigger;
}

void FirstRunSyncPage::updateNote()
{
    m_statusNote->setText(chosenStatuses().isEmpty()
                              ? tr("No status chosen: campaigns can then only be linked to the talent pool.")
                              : tr("A team default: it applies to everyone in this workspace."));
}

bool FirstRunSyncPage::validatePage()
{
    const Workspace &ws = *m_wizard->workspace();
    if (ws.isReadOnly())
        return true; // nothing can be stored; the summary shows what holds
    sync::SettingsStore store(ws);
    const QString actor = currentActor();
    QStringList problems;
    const QStringList statuses = chosenStatuses();
    if (!sameItems(statuses, m_shownStatuses)) {
        // The whitelist is a team setting only (the catalog allows no other layer).
        if (Status s = store.set(Layer::Team, QString(), statusKey(), sync::listValue(statuses), actor))
            problems << s->toString();
        else
            m_shownStatuses = statuses;
    }
    const QString trigger = chosenTrigger();
    if (trigger != m_shownTrigger && m_triggers.value(trigger) && m_triggers.value(trigger)->isEnabled()) {
        if (Status s = store.set(Layer::User, actor, triggerKey(), trigger, actor))
            problems << s->toString();
        else
            m_shownTrigger = trigger;
    }
    if (problems.isEmpty()) {
        m_error->hide();
        return true;
    }
    m_error->setText(tr("Not saved: %1\nChange the choice, or skip this step and set it later in Settings → "
                        "SmartRecruiters sync.")
                         .arg(problems.join(u'\n')));
    m_error->show();
    return false;
}

} // namespace sd::ui

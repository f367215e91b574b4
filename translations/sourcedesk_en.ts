<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>The hourly limit of %n email(s) is reached.</source>
        <translation>
            <numerusform>The hourly limit of %n email is reached.</numerusform>
            <numerusform>The hourly limit of %n emails is reached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The daily limit of %n email(s) is reached.</source>
        <translation>
            <numerusform>The daily limit of %n email is reached.</numerusform>
            <numerusform>The daily limit of %n emails is reached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::cli</name>
    <message numerus="yes">
        <source>Step %1 (%2), +%n business day(s):</source>
        <translation>
            <numerusform>Step %1 (%2), +%n business day:</numerusform>
            <numerusform>Step %1 (%2), +%n business days:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sequence of &apos;%1&apos; has %n step(s); there is no step %2.</source>
        <translation>
            <numerusform>The sequence of &apos;%1&apos; has %n step; there is no step %2.</numerusform>
            <numerusform>The sequence of &apos;%1&apos; has %n steps; there is no step %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n business day(s)</source>
        <translation>
            <numerusform>+%n business day</numerusform>
            <numerusform>+%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n step(s) wait for the campaign owner&apos;s mailbox (&apos;mailbox set&apos;).</source>
        <translation>
            <numerusform>  %n step wait for the campaign owner&apos;s mailbox (&apos;mailbox set&apos;).</numerusform>
            <numerusform>  %n steps wait for the campaign owner&apos;s mailbox (&apos;mailbox set&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n candidate(s) paused: a placeholder would be empty (&apos;sequence preview&apos; shows which).</source>
        <translation>
            <numerusform>  %n candidate paused: a placeholder would be empty (&apos;sequence preview&apos; shows which).</numerusform>
            <numerusform>  %n candidates paused: a placeholder would be empty (&apos;sequence preview&apos; shows which).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from the browser within %n seconds.</source>
        <translation>
            <numerusform>No answer from the browser within %n second.</numerusform>
            <numerusform>No answer from the browser within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n candidate(s) to %1.</source>
        <translation>
            <numerusform>Exported %n candidate to %1.</numerusform>
            <numerusform>Exported %n candidates to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed (lines %1); the other rows were imported.</source>
        <translation>
            <numerusform>%n row failed (lines %1); the other rows were imported.</numerusform>
            <numerusform>%n rows failed (lines %1); the other rows were imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would fail (lines %1).</source>
        <translation>
            <numerusform>%n row would fail (lines %1).</numerusform>
            <numerusform>%n rows would fail (lines %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n candidate(s) to &apos;%1&apos; (id %2).</source>
        <translation>
            <numerusform>Added %n candidate to &apos;%1&apos; (id %2).</numerusform>
            <numerusform>Added %n candidates to &apos;%1&apos; (id %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) of &apos;%1&apos; moved to %2.</source>
        <translation>
            <numerusform>%n member of &apos;%1&apos; moved to %2.</numerusform>
            <numerusform>%n members of &apos;%1&apos; moved to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) need attention:</source>
        <translation>
            <numerusform>%n job needs attention:</numerusform>
            <numerusform>%n jobs need attention:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) need attention; &apos;sourcedesk-cli outbox show ID&apos; says what to do, then &apos;outbox retry ID&apos; or &apos;outbox skip ID&apos;.</source>
        <translation>
            <numerusform>%n job needs attention; &apos;sourcedesk-cli outbox show ID&apos; says what to do, then &apos;outbox retry ID&apos; or &apos;outbox skip ID&apos;.</numerusform>
            <numerusform>%n jobs need attention; &apos;sourcedesk-cli outbox show ID&apos; says what to do, then &apos;outbox retry ID&apos; or &apos;outbox skip ID&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still wait; &apos;sourcedesk-cli sync --wait&apos; sends them all.</source>
        <translation>
            <numerusform>%n job still waits; &apos;sourcedesk-cli sync --wait&apos; sends them all.</numerusform>
            <numerusform>%n jobs still wait; &apos;sourcedesk-cli sync --wait&apos; sends them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were not sent within the time given (--timeout); they wait for the next &apos;sourcedesk-cli sync&apos;.</source>
        <translation>
            <numerusform>%n job was not sent within the time given (--timeout); it waits for the next &apos;sourcedesk-cli sync&apos;.</numerusform>
            <numerusform>%n jobs were not sent within the time given (--timeout); they wait for the next &apos;sourcedesk-cli sync&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) will be tried again; the next is due at %1.</source>
        <translation>
            <numerusform>%n job will be tried again; the next is due at %1.</numerusform>
            <numerusform>%n jobs will be tried again; the next is due at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later job(s) of the same candidates wait behind them.</source>
        <translation>
            <numerusform>%n later job of the same candidates waits behind it.</numerusform>
            <numerusform>%n later jobs of the same candidates wait behind them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n member(s) differ from SmartRecruiters and wait for review)</source>
        <translation>
            <numerusform>(%n member differs from SmartRecruiters and waits for review)</numerusform>
            <numerusform>(%n members differ from SmartRecruiters and wait for review)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n setting(s) of the %1 layer to %2.</source>
        <translation>
            <numerusform>Exported %n setting of the %1 layer to %2.</numerusform>
            <numerusform>Exported %n settings of the %1 layer to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n setting(s) into the %1 layer from %2.</source>
        <translation>
            <numerusform>Imported %n setting into the %1 layer from %2.</numerusform>
            <numerusform>Imported %n settings into the %1 layer from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) for SmartRecruiters.</source>
        <translation>
            <numerusform>Queued %n job for SmartRecruiters.</numerusform>
            <numerusform>Queued %n jobs for SmartRecruiters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n job(s) to SmartRecruiters.</source>
        <translation>
            <numerusform>Sent %n job to SmartRecruiters.</numerusform>
            <numerusform>Sent %n jobs to SmartRecruiters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SmartRecruiters could not be reached for %n job(s): %1</source>
        <translation>
            <numerusform>SmartRecruiters could not be reached for %n job: %1</numerusform>
            <numerusform>SmartRecruiters could not be reached for %n jobs: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stages pulled from SmartRecruiters: %n member status(es) updated</source>
        <translation>
            <numerusform>Stages pulled from SmartRecruiters: %n member status updated</numerusform>
            <numerusform>Stages pulled from SmartRecruiters: %n member statuses updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: the jobs in flight finished; %n job(s) wait for the next &apos;sourcedesk-cli sync&apos;.</source>
        <translation>
            <numerusform>Stopped: the jobs in flight finished; %n job waits for the next &apos;sourcedesk-cli sync&apos;.</numerusform>
            <numerusform>Stopped: the jobs in flight finished; %n jobs wait for the next &apos;sourcedesk-cli sync&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::outreach::OutreachService</name>
    <message numerus="yes">
        <source>%n paused: empty placeholder</source>
        <translation>
            <numerusform>%n paused: empty placeholder</numerusform>
            <numerusform>%n paused: empty placeholder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new task(s)</source>
        <translation>
            <numerusform>%n new task</numerusform>
            <numerusform>%n new tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsubscribe(s)</source>
        <translation>
            <numerusform>%n unsubscribe</numerusform>
            <numerusform>%n unsubscribes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bounce(s)</source>
        <translation>
            <numerusform>%n bounce</numerusform>
            <numerusform>%n bounces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) sent</source>
        <translation>
            <numerusform>%n email sent</numerusform>
            <numerusform>%n emails sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::sr::ApiError</name>
    <message numerus="yes">
        <source>SmartRecruiters did not answer within %n second(s). Check your connection and try again.</source>
        <translation>
            <numerusform>SmartRecruiters did not answer within %n second. Check your connection and try again.</numerusform>
            <numerusform>SmartRecruiters did not answer within %n seconds. Check your connection and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::AnalyticsCharts</name>
    <message numerus="yes">
        <source>%n activities in all</source>
        <translation>
            <numerusform>%n activity in all</numerusform>
            <numerusform>%n activities in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::CampaignDetailView</name>
    <message numerus="yes">
        <source>Remove %n people from “%1”? Their candidate records and activities stay in the workspace.</source>
        <translation>
            <numerusform>Remove %n person from “%1”? Their candidate records and activities stay in the workspace.</numerusform>
            <numerusform>Remove %n people from “%1”? Their candidate records and activities stay in the workspace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people removed from “%1”</source>
        <translation>
            <numerusform>%n person removed from “%1”</numerusform>
            <numerusform>%n people removed from “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people back in the campaign</source>
        <translation>
            <numerusform>%n person back in the campaign</numerusform>
            <numerusform>%n people back in the campaign</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people marked %1</source>
        <translation>
            <numerusform>%n person marked %1</numerusform>
            <numerusform>%n people marked %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statuses put back</source>
        <translation>
            <numerusform>%n status put back</numerusform>
            <numerusform>%n statuses put back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n changed again since: left as they are)</source>
        <translation>
            <numerusform>(%n changed again since: left as it is)</numerusform>
            <numerusform>(%n changed again since: left as they are)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::CampaignSyncPanel</name>
    <message numerus="yes">
        <source>%n sync settings changed for this campaign.</source>
        <translation>
            <numerusform>%n sync setting changed for this campaign.</numerusform>
            <numerusform>%n sync settings changed for this campaign.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::CampaignsView</name>
    <message numerus="yes">
        <source>Delete the campaign “%1” with its %n member entries and their statuses? The candidates themselves stay in the workspace. This cannot be undone; archiving keeps the history instead.</source>
        <translation>
            <numerusform>Delete the campaign “%1” with its %n member entry and their statuses? The candidates themselves stay in the workspace. This cannot be undone; archiving keeps the history instead.</numerusform>
            <numerusform>Delete the campaign “%1” with its %n member entries and their statuses? The candidates themselves stay in the workspace. This cannot be undone; archiving keeps the history instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::CandidatesView</name>
    <message numerus="yes">
        <source>Showing the first %n candidates; scroll for more.</source>
        <translation>
            <numerusform>Showing the first %n candidate; scroll for more.</numerusform>
            <numerusform>Showing the first %n candidates; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n candidates to which campaign?</source>
        <translation>
            <numerusform>Add %n candidate to which campaign?</numerusform>
            <numerusform>Add %n candidates to which campaign?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n candidates with their activities and campaign memberships? You can undo it right after (%1).</source>
        <translation>
            <numerusform>Delete %n candidate with their activities and campaign memberships? You can undo it right after (%1).</numerusform>
            <numerusform>Delete %n candidates with their activities and campaign memberships? You can undo it right after (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidates deleted</source>
        <translation>
            <numerusform>%n candidate deleted</numerusform>
            <numerusform>%n candidates deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidates restored</source>
        <translation>
            <numerusform>%n candidate restored</numerusform>
            <numerusform>%n candidates restored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::DoNotContactPage</name>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines skipped:</source>
        <translation>
            <numerusform>%n line skipped:</numerusform>
            <numerusform>%n lines skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already listed.</source>
        <translation>
            <numerusform>%n already listed.</numerusform>
            <numerusform>%n already listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n entries.</source>
        <translation>
            <numerusform>Imported %n entry.</numerusform>
            <numerusform>Imported %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n entries; %1</source>
        <translation>
            <numerusform>Removed %n entry; %1</numerusform>
            <numerusform>Removed %n entries; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n entries.</source>
        <translation>
            <numerusform>Removed %n entry.</numerusform>
            <numerusform>Removed %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::EnrollDialog</name>
    <message numerus="yes">
        <source>Some of the %n selected people need a second look before they get outreach:</source>
        <translation>
            <numerusform>The %n selected person needs a second look before they get outreach:</numerusform>
            <numerusform>Some of the %n selected people need a second look before they get outreach:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out because of warnings.</source>
        <translation>
            <numerusform>%n left out because of warnings.</numerusform>
            <numerusform>%n left out because of warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportMappingPage</name>
    <message numerus="yes">
        <source>%n of the rows shown would not import (hover a red row for the reason).</source>
        <translation>
            <numerusform>%n of the rows shown would not import (hover a red row for the reason).</numerusform>
            <numerusform>%n of the rows shown would not import (hover a red row for the reason).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportRunPage</name>
    <message numerus="yes">
        <source>%n rows on the do-not-contact list were stored but not added to the campaign.</source>
        <translation>
            <numerusform>%n row on the do-not-contact list was stored but not added to the campaign.</numerusform>
            <numerusform>%n rows on the do-not-contact list were stored but not added to the campaign.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows…</source>
        <translation>
            <numerusform>Imported %n row…</numerusform>
            <numerusform>Imported %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new candidates</source>
        <translation>
            <numerusform>%n new candidate</numerusform>
            <numerusform>%n new candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n merged</numerusform>
            <numerusform>%n merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more rows with problems are not listed.</source>
        <translation>
            <numerusform>%n more row with problems is not listed.</numerusform>
            <numerusform>%n more rows with problems are not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import: %n new candidates</source>
        <translation>
            <numerusform>Import: %n new candidate</numerusform>
            <numerusform>Import: %n new candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::LinkJobDialog</name>
    <message numerus="yes">
        <source>%n jobs so far…</source>
        <translation>
            <numerusform>%n job so far…</numerusform>
            <numerusform>%n jobs so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n jobs; search to narrow them down.</source>
        <translation>
            <numerusform>The first %n job; search to narrow them down.</numerusform>
            <numerusform>The first %n jobs; search to narrow them down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jobs.</source>
        <translation>
            <numerusform>%n job.</numerusform>
            <numerusform>%n jobs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::LogActivityDialog</name>
    <message numerus="yes">
        <source>Log activity for %n people</source>
        <translation>
            <numerusform>Log activity for %n person</numerusform>
            <numerusform>Log activity for %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n active campaigns</source>
        <translation>
            <numerusform>%n active campaign</numerusform>
            <numerusform>%n active campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing… %n rows</source>
        <translation>
            <numerusform>Importing… %n row</numerusform>
            <numerusform>Importing… %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n rows</source>
        <translation>
            <numerusform>Exporting… %n row</numerusform>
            <numerusform>Exporting… %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::PushBackReasonDialog</name>
    <message numerus="yes">
        <source>%n of the selected people are in SmartRecruiters. To record “%1” on their application, SmartRecruiters needs a reason.</source>
        <translation>
            <numerusform>%n of the selected people is in SmartRecruiters. To record “%1” on their application, SmartRecruiters needs a reason.</numerusform>
            <numerusform>%n of the selected people are in SmartRecruiters. To record “%1” on their application, SmartRecruiters needs a reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::ReconcileView</name>
    <message numerus="yes">
        <source>Fix all %n rows? Creates and retries are queued for SmartRecruiters, and differing stages take SmartRecruiters&apos; stage.</source>
        <translation>
            <numerusform>Fix the %n row? Creates and retries are queued for SmartRecruiters, and differing stages take SmartRecruiters&apos; stage.</numerusform>
            <numerusform>Fix all %n rows? Creates and retries are queued for SmartRecruiters, and differing stages take SmartRecruiters&apos; stage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are out of step.</source>
        <translation>
            <numerusform>%n row is out of step.</numerusform>
            <numerusform>%n rows are out of step.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed %n; the sync log shows what is being sent.</source>
        <translation>
            <numerusform>Fixed %n; the sync log shows what is being sent.</numerusform>
            <numerusform>Fixed %n; the sync log shows what is being sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::RepliesView</name>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::ReviewQueueView</name>
    <message numerus="yes">
        <source>%n possible matches wait for you: is it the same person?</source>
        <translation>
            <numerusform>%n possible match waits for you: is it the same person?</numerusform>
            <numerusform>%n possible matches wait for you: is it the same person?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::SearchPalette</name>
    <message numerus="yes">
        <source>%n results. Up and Down move, Enter opens, Escape closes.</source>
        <translation>
            <numerusform>%n result. Up and Down move, Enter opens, Escape closes.</numerusform>
            <numerusform>%n results. Up and Down move, Enter opens, Escape closes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::SequencePreview</name>
    <message numerus="yes">
        <source>%1 of %n members have an empty placeholder</source>
        <translation>
            <numerusform>%1 of %n member has an empty placeholder</numerusform>
            <numerusform>%1 of %n members have an empty placeholder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::SyncHub</name>
    <message numerus="yes">
        <source>%n SmartRecruiters updates queued</source>
        <translation>
            <numerusform>%n SmartRecruiters update queued</numerusform>
            <numerusform>%n SmartRecruiters updates queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the candidate to be created</source>
        <translation>
            <numerusform>%n waiting for the candidate to be created</numerusform>
            <numerusform>%n waiting for the candidate to be created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent under the sync settings</source>
        <translation>
            <numerusform>%n not sent under the sync settings</numerusform>
            <numerusform>%n not sent under the sync settings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::SyncLogView</name>
    <message numerus="yes">
        <source>Skip %n jobs? They will not be sent to SmartRecruiters; later jobs of the same candidates can go ahead.</source>
        <translation>
            <numerusform>Skip %n job? It will not be sent to SmartRecruiters; later jobs of the same candidates can go ahead.</numerusform>
            <numerusform>Skip %n jobs? They will not be sent to SmartRecruiters; later jobs of the same candidates can go ahead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::SyncNotifier</name>
    <message numerus="yes">
        <source>%n need attention. Click to open the sync log.</source>
        <translation>
            <numerusform>%n need attention. Click to open the sync log.</numerusform>
            <numerusform>%n need attention. Click to open the sync log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>%n need attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::SyncToolDocks</name>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>sd::cli</name>
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
    <name>sd::ui::CampaignDetailView</name>
    <message numerus="yes">
        <source>Remove %n people from “%1”? Their candidate records and activities stay in the workspace.</source>
        <translation>
            <numerusform>Remove %n person from “%1”? Their candidate records and activities stay in the workspace.</numerusform>
            <numerusform>Remove %n people from “%1”? Their candidate records and activities stay in the workspace.</numerusform>
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
        <source>Delete %n candidates with their activities and campaign memberships? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n candidate with their activities and campaign memberships? This cannot be undone.</numerusform>
            <numerusform>Delete %n candidates with their activities and campaign memberships? This cannot be undone.</numerusform>
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
    <name>sd::ui::SyncToolDocks</name>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
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
</TS>

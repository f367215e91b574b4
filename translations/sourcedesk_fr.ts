<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The mapping file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping file is a JSON object with a &quot;columns&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping format version %1 is not supported (expected 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;unmapped&quot; must be &quot;detect&quot;, &quot;custom&quot; or &quot;ignore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;columns&quot; must be a list of {&quot;header&quot;: ..., &quot;field&quot;: ...} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry must be an object with &quot;header&quot; and &quot;field&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column header is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is mapped twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;. Known fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>An activity needs a candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate is not in this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign name has at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate was changed elsewhere; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is damaged or is not a Sourcedesk workspace (%1). Nothing was changed; open another workspace or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is read-only; check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace path was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file cannot be read; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s folder does not support write-ahead logging (journal mode is &apos;%1&apos;); keep workspaces on a local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no schema version; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite file is not a Sourcedesk workspace; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was written by a newer version of Sourcedesk (schema %1; this version reads up to %2). Update Sourcedesk to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace needs an upgrade (schema %1 to %2) but it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordMapper</name>
    <message>
        <source>The row has %1 values but the header has %2 columns; a value containing the separator is probably missing its quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column &quot;%2&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent value &quot;%1&quot; in column &quot;%2&quot; is not understood; use granted, refused, withdrawn or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; in column &quot;%2&quot; is not understood; use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no name and no email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the workspace file &lt;path&gt; (default: $SOURCEDESK_WORKSPACE, then the last one opened, then the per-user default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourcedesk: sourcing campaigns, candidates and outreach in a local workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::CampaignListModel</name>
    <message>
        <source>(sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::CandidateTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Labels</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn InMail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::cli</name>
    <message>
        <source>Cannot read the body file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body file is larger than 4 MB; an activity body is text, not an attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an outreach activity for a candidate. With --campaign the member moves along the pipeline: outreach moves &apos;added&apos; to &apos;contacted&apos;, a reply moves it to &apos;replied&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME|ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message or note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the body from a UTF-8 file (&apos;-&apos;: stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened, ISO 8601 (default: now); without a zone, local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did it (default: you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;log-activity&apos; needs --kind, one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be one of %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --body or --body-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate %1 is not in campaign &apos;%2&apos;; add them first with &apos;sourcedesk-cli add-to-campaign %3 %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1 for %2 (id %3) at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status in &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status in &apos;%1&apos;: %2 -&gt; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns with their member counts per status, most recently changed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns yet. Create one with &apos;sourcedesk-cli campaigns create NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active campaigns. &apos;sourcedesk-cli campaigns list --all&apos; includes archived ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s name (unique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the campaign is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who runs it (default: you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign named &apos;%1&apos; already exists (id %2); choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created campaign &apos;%1&apos; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive a campaign: it leaves the active list; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring an archived campaign back to the active list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &apos;%1&apos; (id %2) was already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &apos;%1&apos; (id %2) is not archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived campaign &apos;%1&apos; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchived campaign &apos;%1&apos; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a campaign and its member statuses. Candidates and their activities are kept. A campaign with members is only deleted with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete even when the campaign has members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &apos;%1&apos; (id %2) has %3 members; deleting it drops their statuses in it. Archive it instead, or run again with --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted campaign &apos;%1&apos; (id %2); %3 members left it, the candidates are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sourcedesk-cli campaigns &lt;list|create|archive|unarchive|delete&gt; [arguments] [options]

  list [--all]                       Campaigns with member counts per status.
  create NAME [--description TEXT] [--owner NAME]
  archive NAME|ID                    Hide from the active list; nothing is deleted.
  unarchive NAME|ID
  delete NAME|ID [--force]           --force when the campaign has members.

Run &apos;sourcedesk-cli campaigns &lt;subcommand&gt; --help&apos; for details.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;campaigns&apos; needs a subcommand: %1. See &apos;sourcedesk-cli campaigns --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &apos;campaigns %1&apos;; accepted: %2. See &apos;sourcedesk-cli campaigns --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--email needs an address such as jane@example.com, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--country needs a two-letter ISO 3166 code such as DE or US, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--linkedin needs a profile URL such as https://www.linkedin.com/in/jane-doe, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--consent must be one of unknown, granted, refused, withdrawn, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--field needs NAME=VALUE, such as --field &quot;notice period=3 months&quot;, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate needs at least a name (--first/--last), an --email or a --linkedin URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one candidate. A candidate with the same email, LinkedIn profile, or name at the same company is a duplicate: by default it is refused (exit code 6) and the match is reported; --on-duplicate skip keeps the stored record, merge folds the new details into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address; repeat for more (the first is the primary one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region or state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter country code (ISO 3166-1), e.g. DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn profile URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another web link (GitHub, portfolio); repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the candidate was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag; repeat or separate with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR consent: unknown, granted, refused or withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When consent was given or refused (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent was obtained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add the candidate to this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with a duplicate: error (default), skip or merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1 already has %2. Use --on-duplicate merge to add the new details to it, or --on-duplicate skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1, which has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1 already has %2; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to campaign &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in campaign &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: newest (default), name, company or updated (recently changed first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N candidates (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only candidates with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates are tagged &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 candidates; --limit shows more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find candidates by name, email, company, title, location or tag; every word is a prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N candidates (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT needs at least one letter or digit, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates match &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about one candidate: fields, campaigns and statuses, activity timeline and the log of changed fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2): %3 since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3: &apos;%4&apos; -&gt; &apos;%5&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sourcedesk-cli candidates &lt;list|search|show|add&gt; [arguments] [options]

  list [--sort name|company|updated|newest] [--limit N] [--tag TAG]
  search TEXT [--limit N]            Every word is a prefix; all must match.
  show ID                            Fields, campaigns, activities and the change log.
  add --first NAME --last NAME --email EMAIL [...] [--on-duplicate skip|merge|error]

Run &apos;sourcedesk-cli candidates &lt;subcommand&gt; --help&apos; for details.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;candidates&apos; needs a subcommand: %1. See &apos;sourcedesk-cli candidates --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &apos;candidates %1&apos;; accepted: %2. See &apos;sourcedesk-cli candidates --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sourcedesk-cli [--workspace PATH] [--json] &lt;command&gt; [arguments] [options]

Sourcedesk from the command line: campaigns, sourced candidates and outreach on a local workspace.

Commands:
  import FILE [--campaign NAME|ID] [--mapping FILE.json] [--on-duplicate skip|merge] [--dry-run]
                                 Import candidates from a CSV file.
  export FILE|- [--campaign NAME|ID] [--search TEXT]
                                 Export candidates to CSV (&apos;-&apos; writes to stdout).
  campaigns list [--all]         Campaigns with their member counts per status.
  campaigns create NAME [--description TEXT] [--owner NAME]
  campaigns archive|unarchive|delete NAME|ID
  candidates list [--sort name|company|updated|newest] [--limit N] [--tag TAG]
  candidates search TEXT [--limit N]
  candidates show ID             All fields, campaigns, activity timeline and change log.
  candidates add --first NAME --last NAME --email EMAIL [...] [--on-duplicate skip|merge|error]
  add-to-campaign CAMPAIGN ID... | add-to-campaign CAMPAIGN --search TEXT
  set-status CAMPAIGN STATUS ID...
                                 STATUS: added, contacted, replied, interested, not_interested,
                                 bounced, unsubscribed.
  log-activity ID --kind KIND [--campaign C] [--subject TEXT] [--body TEXT|--body-file FILE]
               [--at ISO8601] [--author NAME]
                                 KIND: email_sent, email_reply, linkedin_message, linkedin_inmail,
                                 connection_request, call, meeting, note.

Run &apos;sourcedesk-cli &lt;command&gt; --help&apos; for the options of a command.

Global options:
  --workspace PATH  The workspace file. Default: $SOURCEDESK_WORKSPACE, else the per-user workspace
                    (%1).
  --json            Machine-readable output: one JSON document on stdout; errors as
                    {&quot;error&quot;: {&quot;code&quot;, &quot;exitCode&quot;, &quot;message&quot;, &quot;where&quot;}} on stderr.
  -h, --help        Show this help.
  -v, --version     Show the version.

Changes are recorded as made by the operating system user ($USER).

Exit codes:
  0    success
  1    some rows or items failed, the rest was done (e.g. an import with bad rows)
  2    usage error: unknown command or option, missing or bad argument
  3    not found: no such campaign or candidate
  4    the workspace cannot be opened or written (missing, corrupt, from a newer version, unreadable)
  5    an input file cannot be read or is malformed (CSV, mapping, body file)
  6    conflict: a duplicate or another conflict was refused
  130  cancelled (Ctrl+C); nothing half-done is kept
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options: --workspace PATH, --json, --help, --version. See &apos;sourcedesk-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Commands: %1. See &apos;sourcedesk-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Commands: %2. See &apos;sourcedesk-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable JSON on stdout (and errors on stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sourcedesk-cli %1 [options]%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &apos;sourcedesk-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs the argument %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos; for &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a candidate id (a positive whole number such as 42), not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 date or time such as 2024-05-01, 2024-05-01T14:30 or 2024-05-01T14:30:00Z, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file does not exist; check --workspace or SOURCEDESK_WORKSPACE (commands that change data create a new workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a campaign name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign is named or numbered &apos;%1&apos;; &apos;sourcedesk-cli campaigns list --all&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export candidates to a CSV file that Excel and &apos;sourcedesk-cli import&apos; read back: every candidate, a search result, or the members of a campaign with their status. &apos;-&apos; writes to stdout. A file is replaced only once the export is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write, or - for stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this campaign&apos;s members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --campaign: only members in this status (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the candidates this search finds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the candidates with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma (default), semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--campaign exports the campaign&apos;s members; it does not combine with --search or --tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status needs --campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be one of %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--search needs at least one letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder; give a file name such as candidates.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n candidate(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>... and %1 more; --json lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be inserted, %2 merged, %3 skipped as duplicates, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inserted, %2 merged, %3 skipped as duplicates, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows read (%3, separator %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported rows are members of campaign &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 more rows are not listed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import candidates from a CSV file (UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab). Columns are recognised from their headers (LinkedIn Recruiter, SourceWhale-style, Google Contacts, Sourcedesk exports) or from a saved mapping. Duplicates are never imported twice: they are skipped (default) or merged into the stored candidate. A bad row is reported with its line number and the rest is imported (exit code 1). Ctrl+C stops between batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every imported row to this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column mapping saved as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip (default): keep the stored candidate; merge: add the row&apos;s new details to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report what would happen; save nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per transaction (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress on stderr even when it is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1: %2 rows%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the %1 rows of the batches finished before are stored, nothing of the batch in progress; importing the file again skips what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) failed (lines %1); the other rows were imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would fail (lines %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping names the column &quot;%1&quot;, which this file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds a name or an email address (the columns are: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be merged with line %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be skipped: duplicate of line %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be merged into candidate %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be skipped: duplicate of candidate %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn InMail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same name at the same company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add candidates to a campaign, by id or every result of a search. Candidates already in the campaign keep their status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every candidate this search finds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;add-to-campaign&apos; needs candidate ids or --search TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give candidate ids or --search TEXT, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates match &apos;%1&apos;; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n candidate(s) to &apos;%1&apos; (id %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the campaign: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate with id %1; the other candidates were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate with id %1; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move campaign members to a pipeline status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS must be one of %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) of &apos;%1&apos; moved to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Already %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in campaign &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such candidate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other members were updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::csv</name>
    <message>
        <source>same email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name at the same company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row: the first row holds data (&quot;%1&quot; in column %2), not column names. Add a first row with column names such as First Name, Last Name, Email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row: the first row has no column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row: it contains only blank lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text/CSV file (%1). Export the data as CSV and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains NUL bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its first %2 bytes are control characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::csv::CsvImporter</name>
    <message>
        <source>This import has already been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names the column &quot;%1&quot;, which this file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds a name or an email address (the columns are: %1). Map at least a name or an email column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows from line %1 to line %2 could not be saved, so none of them was stored (%3). The %4 rows before line %1 are stored; importing the file again skips them as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged with line %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: duplicate of line %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into candidate %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: duplicate of candidate %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::csv::CsvReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text/CSV file (it contains a NUL character). Export the data as CSV and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1 text. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text/CSV file: it contains binary data (a NUL character).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted field that starts here is longer than %L1 characters; a closing quote is probably missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is longer than %L1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has more than %L2 columns; this is not a candidate list Sourcedesk can import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated quote: the quoted field that starts here never ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::csv::CsvWriter</name>
    <message>
        <source>Writing the CSV file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::sample</name>
    <message>
        <source>Sample: Senior Backend Engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data to explore Sourcedesk. Remove it from Settings or the campaign&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend role at a growing team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi %1, I came across your profile and would love to tell you about a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re: Backend role at a growing team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks for reaching out. Happy to talk next week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::CampaignDetailView</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show members with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campaign on the left, or create one with File → New campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add candidates to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidates could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n people from “%1”? Their candidate records and activities stay in the workspace.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The status could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::CampaignDialog</name>
    <message>
        <source>Campaign name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Senior backend engineers, Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the role is, who you are looking for, notes for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign named “%1” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::CampaignPickerDialog</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no active campaigns yet. Create one in the Campaigns view first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::CampaignsView</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit name and description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sample data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns and members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaigns could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the campaign “%1” with its %n member entries and their statuses? The candidates themselves stay in the workspace. This cannot be undone; archiving keeps the history instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::CandidateForm</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent was obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. backend, rust, remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line: GitHub, portfolio, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. replied to outreach email, agreed on a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cou&amp;ntry code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;emails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LinkedIn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other lin&amp;ks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR &amp;consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How obtained:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::CandidatePickerDialog</name>
    <message>
        <source>Search candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, email, company, title, location or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::CandidateProfileDialog</name>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This candidate could not be loaded; it may have been deleted.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details match another candidate: %1. Change the email, LinkedIn profile or name and company, or delete one of the two records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this candidate while you were editing (another window, an import or the command line). Your edits were not saved.

Reload shows the current version; then make your change again. Cancel keeps your edits on screen so you can copy them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to which campaign?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::CandidatesView</name>
    <message>
        <source>Search candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, email, company, title, location or tag (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport these to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidates could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates yet. Import a CSV file or add one with “New candidate…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n candidates; scroll for more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n candidates to which campaign?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add to campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidates could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with their activities and campaign memberships? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n candidates with their activities and campaign memberships? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete candidates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::CsvExportRunner</name>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::DuplicatePrompt</name>
    <message>
        <source>the same email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same name at the same company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already in the workspace (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge adds the new details to the existing record without overwriting anything stored. Skip keeps the existing record as it is and opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportFilePage</name>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports from LinkedIn Recruiter, SourceWhale, Google Contacts, spreadsheets and Sourcedesk itself are recognised. Any encoding and separator (comma, semicolon, tab) works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportMappingPage</name>
    <message>
        <source>Column mapping and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each column holds. The first rows below show how they will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location (city, region, country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR consent: how obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import column “%1” as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 ✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1, separator “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map at least one column to a name or an email address; otherwise no row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the rows shown would not import (hover a red row for the reason).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportOptionsPage</name>
    <message>
        <source>Add imported candidates to campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip them: keep the stored candidate as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge them: add the new details to the stored candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row is a duplicate when its email, LinkedIn profile, or name and company match a stored candidate (or an earlier row). Nothing is ever imported twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import “%1”. You can cancel at any time; the rows imported until then stay, and no half-written batch is left behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportRunPage</name>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not imported as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. The rows below were stored before it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new candidates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more rows with problems are not listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import: %n new candidates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::ImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import candidates from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::LogActivityDialog</name>
    <message>
        <source>Kind of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Log activity for %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. Intro: backend role at Acme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1 of %2; the next one failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::MainWindow</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourcedesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourcedesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;andidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sourcedesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active campaigns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourcedesk workspaces (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sourcedesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourcedesk %1

Sourcing campaigns for recruiters: candidates, outreach and replies in one local workspace.

Workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing… %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV import is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export campaign members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CSV export is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::MessageBox</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip and open existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::NewCandidateDialog</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least a name, an email address or a LinkedIn profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check for duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the matching candidate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::SampleOffer</name>
    <message>
        <source>Welcome to Sourcedesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a small sample campaign to explore Sourcedesk? It is clearly marked and can be removed any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample campaign could not be created: %1
You can start with your own campaign right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the sample campaign and its sample candidates? Your own campaigns and candidates are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample data could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::SettingsView</name>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sample data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace is one file holding your campaigns, candidates and activities. Opening another workspace replaces this window&apos;s contents; nothing is copied or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Sourcedesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Restart Sourcedesk to use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourcedesk workspaces (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the sample campaign and its sample candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no sample data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ui::WorkspaceLauncher</name>
    <message>
        <source>This workspace was saved by a newer version of Sourcedesk. Update Sourcedesk to open it, or choose another workspace. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or is not a Sourcedesk workspace. It was not changed. Restore it from a backup, or choose another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file and its folder exist and that you may read and write them, or choose another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another workspace, or quit and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourcedesk cannot open the workspace “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourcedesk workspaces (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>CandidateRepository</name>
        <message>
            <source>This candidate was changed by someone else after you opened it. Your changes were not saved: reload the candidate to see the current values, then make your changes again.</source>
            <translation>Dieser Kandidat wurde von jemand anderem geändert, nachdem Sie ihn geöffnet haben. Ihre Änderungen wurden nicht gespeichert: Laden Sie den Kandidaten neu, um die aktuellen Werte zu sehen, und nehmen Sie Ihre Änderungen dann erneut vor.</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <source>The mapping file cannot be read: %1</source>
            <translation>Die Zuordnungsdatei kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>Zeile %1, Spalte %2</translation>
        </message>
        <message>
            <source>This is not valid JSON: %1.</source>
            <translation>Dies ist kein gültiges JSON: %1.</translation>
        </message>
        <message>
            <source>A mapping file is a JSON object with a "columns" list.</source>
            <translation>Eine Zuordnungsdatei ist ein JSON-Objekt mit einer Liste "columns".</translation>
        </message>
        <message>
            <source>Mapping format version %1 is not supported (expected 1).</source>
            <translation>Zuordnungsformat-Version %1 wird nicht unterstützt (erwartet: 1).</translation>
        </message>
        <message>
            <source>"unmapped" must be "detect", "custom" or "ignore".</source>
            <translation>"unmapped" muss "detect", "custom" oder "ignore" sein.</translation>
        </message>
        <message>
            <source>"columns" must be a list of {"header": ..., "field": ...} entries.</source>
            <translation>"columns" muss eine Liste von {"header": ..., "field": ...}-Einträgen sein.</translation>
        </message>
        <message>
            <source>Each entry must be an object with "header" and "field".</source>
            <translation>Jeder Eintrag muss ein Objekt mit "header" und "field" sein.</translation>
        </message>
        <message>
            <source>The column header is missing or empty.</source>
            <translation>Die Spaltenüberschrift fehlt oder ist leer.</translation>
        </message>
        <message>
            <source>The column "%1" is mapped twice.</source>
            <translation>Die Spalte "%1" ist doppelt zugeordnet.</translation>
        </message>
        <message>
            <source>Unknown field "%1". Known fields: %2.</source>
            <translation>Unbekanntes Feld "%1". Bekannte Felder: %2.</translation>
        </message>
    </context>
    <context>
        <name>CsvExporter</name>
        <message>
            <source>The export was cancelled.</source>
            <translation>Der Export wurde abgebrochen.</translation>
        </message>
        <message>
            <source>The file cannot be written: %1</source>
            <translation>Die Datei kann nicht geschrieben werden: %1</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>An activity needs a candidate.</source>
            <translation>Eine Aktivität benötigt einen Kandidaten.</translation>
        </message>
        <message>
            <source>Candidate %1 does not exist.</source>
            <translation>Kandidat %1 existiert nicht.</translation>
        </message>
        <message>
            <source>The candidate is not in this campaign.</source>
            <translation>Der Kandidat ist nicht in dieser Kampagne.</translation>
        </message>
        <message>
            <source>A campaign needs a name.</source>
            <translation>Eine Kampagne benötigt einen Namen.</translation>
        </message>
        <message>
            <source>A campaign name has at most 200 characters.</source>
            <translation>Ein Kampagnenname hat höchstens 200 Zeichen.</translation>
        </message>
        <message>
            <source>A campaign named "%1" already exists.</source>
            <translation>Eine Kampagne mit dem Namen "%1" existiert bereits.</translation>
        </message>
        <message>
            <source>Campaign %1 does not exist.</source>
            <translation>Kampagne %1 existiert nicht.</translation>
        </message>
        <message>
            <source>The workspace file is damaged or is not a Sourcedesk workspace (%1). Nothing was changed; open another workspace or restore a backup.</source>
            <translation>Die Arbeitsbereichsdatei ist beschädigt oder kein Sourcedesk-Arbeitsbereich (%1). Es wurde nichts geändert; öffnen Sie einen anderen Arbeitsbereich oder stellen Sie eine Sicherung wieder her.</translation>
        </message>
        <message>
            <source>The workspace is read-only; check the file's permissions.</source>
            <translation>Der Arbeitsbereich ist schreibgeschützt; prüfen Sie die Dateiberechtigungen.</translation>
        </message>
        <message>
            <source>Cannot open the workspace: %1</source>
            <translation>Der Arbeitsbereich kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>No workspace path was given.</source>
            <translation>Es wurde kein Arbeitsbereichspfad angegeben.</translation>
        </message>
        <message>
            <source>This is a folder, not a workspace file.</source>
            <translation>Dies ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
        </message>
        <message>
            <source>The workspace file cannot be read; check its permissions.</source>
            <translation>Die Arbeitsbereichsdatei kann nicht gelesen werden; prüfen Sie ihre Berechtigungen.</translation>
        </message>
        <message>
            <source>The workspace file does not exist.</source>
            <translation>Die Arbeitsbereichsdatei existiert nicht.</translation>
        </message>
        <message>
            <source>Cannot create the folder for the workspace.</source>
            <translation>Der Ordner für den Arbeitsbereich kann nicht erstellt werden.</translation>
        </message>
        <message>
            <source>The workspace's folder does not support write-ahead logging (journal mode is '%1'); keep workspaces on a local disk.</source>
            <translation>Der Ordner des Arbeitsbereichs unterstützt kein Write-Ahead-Logging (Journalmodus ist '%1'); speichern Sie Arbeitsbereiche auf einem lokalen Datenträger.</translation>
        </message>
        <message>
            <source>The workspace has no schema version; it is damaged.</source>
            <translation>Der Arbeitsbereich hat keine Schemaversion; er ist beschädigt.</translation>
        </message>
        <message>
            <source>This SQLite file is not a Sourcedesk workspace; it was left unchanged.</source>
            <translation>Diese SQLite-Datei ist kein Sourcedesk-Arbeitsbereich; sie wurde nicht verändert.</translation>
        </message>
        <message>
            <source>This workspace was written by a newer version of Sourcedesk (schema %1; this version reads up to %2). Update Sourcedesk to open it; the file was not changed.</source>
            <translation>Dieser Arbeitsbereich wurde von einer neueren Sourcedesk-Version geschrieben (Schema %1; diese Version liest bis %2). Aktualisieren Sie Sourcedesk, um ihn zu öffnen; die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The workspace needs an upgrade (schema %1 to %2) but it is read-only.</source>
            <translation>Der Arbeitsbereich muss aktualisiert werden (Schema %1 auf %2), ist aber schreibgeschützt.</translation>
        </message>
        <message>
            <source>Upgrading the workspace to schema %1 failed: %2</source>
            <translation>Die Aktualisierung des Arbeitsbereichs auf Schema %1 ist fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>The end of the date range is before its start.</source>
            <translation>Das Ende des Zeitraums liegt vor seinem Beginn.</translation>
        </message>
        <message>
            <source>Unknown campaign.</source>
            <translation>Unbekannte Kampagne.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Kontaktiert</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Geantwortet</translation>
        </message>
        <message>
            <source>Interested</source>
            <translation>Interessiert</translation>
        </message>
        <message>
            <source>In SmartRecruiters</source>
            <translation>In SmartRecruiters</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Eingestellt</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Antwortquote</translation>
        </message>
        <message>
            <source>Interest rate</source>
            <translation>Interessequote</translation>
        </message>
        <message>
            <source>Recruiter</source>
            <translation>Recruiter</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>All recruiters</source>
            <translation>Alle Recruiter</translation>
        </message>
        <message>
            <source>Under 1 day</source>
            <translation>Unter 1 Tag</translation>
        </message>
        <message>
            <source>1 to 3 days</source>
            <translation>1 bis 3 Tage</translation>
        </message>
        <message>
            <source>3 to 7 days</source>
            <translation>3 bis 7 Tage</translation>
        </message>
        <message>
            <source>7 days or more</source>
            <translation>7 Tage oder mehr</translation>
        </message>
        <message>
            <source>Time to first reply</source>
            <translation>Zeit bis zur ersten Antwort</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <source>Median hours</source>
            <translation>Median (Stunden)</translation>
        </message>
        <message>
            <source>90th percentile hours</source>
            <translation>90. Perzentil (Stunden)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Sub-status</source>
            <translation>Unterstatus</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Bewerbungen</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 am %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>"%1" is not an email address.</source>
            <translation>"%1" ist keine E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>"%1" is not a domain name.</source>
            <translation>"%1" ist kein Domainname.</translation>
        </message>
        <message>
            <source>"%1" is already on the do-not-contact list.</source>
            <translation>"%1" steht bereits auf der Sperrliste.</translation>
        </message>
        <message>
            <source>Do-not-contact entry %1 does not exist.</source>
            <translation>Sperrlisteneintrag %1 existiert nicht.</translation>
        </message>
        <message>
            <source>There is no mailbox %1.</source>
            <translation>Es gibt kein Postfach %1.</translation>
        </message>
        <message>
            <source>A mailbox needs the recruiter who sends from it.</source>
            <translation>Ein Postfach benötigt den Recruiter, der daraus sendet.</translation>
        </message>
        <message>
            <source>Sending limits cannot be negative.</source>
            <translation>Sendelimits dürfen nicht negativ sein.</translation>
        </message>
        <message>
            <source>The mailbox settings hold "%1", which looks like a secret; passwords and tokens belong in the system keychain, not in the workspace.</source>
            <translation>Die Postfacheinstellungen enthalten "%1", was wie ein Geheimnis aussieht; Passwörter und Tokens gehören in den Schlüsselbund des Systems, nicht in den Arbeitsbereich.</translation>
        </message>
        <message>
            <source>An email needs a sender mailbox and a recipient.</source>
            <translation>Eine E-Mail benötigt ein Absenderpostfach und einen Empfänger.</translation>
        </message>
        <message>
            <source>An email needs a Message-ID without spaces.</source>
            <translation>Eine E-Mail benötigt eine Message-ID ohne Leerzeichen.</translation>
        </message>
        <message>
            <source>An email needs the time it may be sent from.</source>
            <translation>Eine E-Mail benötigt den Zeitpunkt, ab dem sie gesendet werden darf.</translation>
        </message>
        <message>
            <source>The Message-ID %1 is already used by another email.</source>
            <translation>Die Message-ID %1 wird bereits von einer anderen E-Mail verwendet.</translation>
        </message>
        <message>
            <source>Email %1 does not exist.</source>
            <translation>E-Mail %1 existiert nicht.</translation>
        </message>
        <message>
            <source>Email %1 cannot be %2: it is %3.</source>
            <translation>E-Mail %1 kann nicht %2 werden: Sie ist %3.</translation>
        </message>
        <message>
            <source>The time an email was sent is missing.</source>
            <translation>Der Sendezeitpunkt der E-Mail fehlt.</translation>
        </message>
        <message>
            <source>marked sent</source>
            <translation>als gesendet markiert</translation>
        </message>
        <message>
            <source>The time to try an email again is missing.</source>
            <translation>Der Zeitpunkt für den erneuten Versuch fehlt.</translation>
        </message>
        <message>
            <source>retried</source>
            <translation>erneut versucht</translation>
        </message>
        <message>
            <source>marked failed</source>
            <translation>als fehlgeschlagen markiert</translation>
        </message>
        <message>
            <source>marked bounced</source>
            <translation>als unzustellbar markiert</translation>
        </message>
        <message>
            <source>marked uncertain</source>
            <translation>als unsicher markiert</translation>
        </message>
        <message>
            <source>The time to send the email again is missing.</source>
            <translation>Der Zeitpunkt für das erneute Senden der E-Mail fehlt.</translation>
        </message>
        <message>
            <source>queued again</source>
            <translation>erneut eingereiht</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>Sourcedesk stopped while this email was being sent; it may or may not have gone out.</source>
            <translation>Sourcedesk wurde beendet, während diese E-Mail gesendet wurde; sie wurde möglicherweise verschickt.</translation>
        </message>
        <message>
            <source>Campaign %1 has no sequence.</source>
            <translation>Kampagne %1 hat keine Sequenz.</translation>
        </message>
        <message>
            <source>Candidate %1 is not in the campaign.</source>
            <translation>Kandidat %1 ist nicht in der Kampagne.</translation>
        </message>
        <message>
            <source>Candidate %1 is not enrolled.</source>
            <translation>Kandidat %1 ist nicht in die Sequenz aufgenommen.</translation>
        </message>
        <message>
            <source>"%1" is not a known time zone.</source>
            <translation>"%1" ist keine bekannte Zeitzone.</translation>
        </message>
        <message>
            <source>The delay must be between 0 and 365 business days.</source>
            <translation>Die Verzögerung muss zwischen 0 und 365 Werktagen liegen.</translation>
        </message>
        <message>
            <source>Choose at least one day for the send window.</source>
            <translation>Wählen Sie mindestens einen Tag für das Sendefenster.</translation>
        </message>
        <message>
            <source>The send window must start before it ends.</source>
            <translation>Das Sendefenster muss beginnen, bevor es endet.</translation>
        </message>
        <message>
            <source>Sequence %1 does not exist.</source>
            <translation>Sequenz %1 existiert nicht.</translation>
        </message>
        <message>
            <source>This campaign already has a sequence.</source>
            <translation>Diese Kampagne hat bereits eine Sequenz.</translation>
        </message>
        <message>
            <source>Step %1 does not exist.</source>
            <translation>Schritt %1 existiert nicht.</translation>
        </message>
        <message>
            <source>The new order must list every step of the sequence exactly once.</source>
            <translation>Die neue Reihenfolge muss jeden Schritt der Sequenz genau einmal enthalten.</translation>
        </message>
        <message>
            <source>A task needs the recruiter who does it.</source>
            <translation>Eine Aufgabe benötigt den Recruiter, der sie erledigt.</translation>
        </message>
        <message>
            <source>A task needs a due time.</source>
            <translation>Eine Aufgabe benötigt einen Fälligkeitszeitpunkt.</translation>
        </message>
        <message>
            <source>Task %1 does not exist.</source>
            <translation>Aufgabe %1 existiert nicht.</translation>
        </message>
        <message>
            <source>A task is finished as done or skipped.</source>
            <translation>Eine Aufgabe wird als erledigt oder übersprungen abgeschlossen.</translation>
        </message>
        <message>
            <source>The time the task was finished is missing.</source>
            <translation>Der Zeitpunkt, zu dem die Aufgabe abgeschlossen wurde, fehlt.</translation>
        </message>
        <message>
            <source>Task %1 is already %2.</source>
            <translation>Aufgabe %1 ist bereits %2.</translation>
        </message>
        <message>
            <source>Cancelled while talking to the mail server %1.</source>
            <translation>Abgebrochen während der Kommunikation mit dem Mailserver %1.</translation>
        </message>
        <message>
            <source>The mail server %1 was not found. Check the server name in Settings → Mailbox and your internet connection.</source>
            <translation>Der Mailserver %1 wurde nicht gefunden. Prüfen Sie den Servernamen unter Einstellungen → Postfach und Ihre Internetverbindung.</translation>
        </message>
        <message>
            <source>Could not connect to the mail server %1 (%2). Check the server name and port in Settings → Mailbox, and your internet connection.</source>
            <translation>Keine Verbindung zum Mailserver %1 möglich (%2). Prüfen Sie Servername und Port unter Einstellungen → Postfach sowie Ihre Internetverbindung.</translation>
        </message>
        <message>
            <source>The mail server %1 does not offer an encrypted connection (STARTTLS), so nothing was sent. Check the port and security in Settings → Mailbox.</source>
            <translation>Der Mailserver %1 bietet keine verschlüsselte Verbindung (STARTTLS) an, daher wurde nichts gesendet. Prüfen Sie Port und Sicherheit unter Einstellungen → Postfach.</translation>
        </message>
        <message>
            <source>The certificate of the mail server %1 could not be verified (%2). Check the server name in Settings → Mailbox; if it is right, ask whoever runs the server.</source>
            <translation>Das Zertifikat des Mailservers %1 konnte nicht überprüft werden (%2). Prüfen Sie den Servernamen unter Einstellungen → Postfach; wenn er stimmt, wenden Sie sich an den Betreiber des Servers.</translation>
        </message>
        <message>
            <source>The encrypted connection to the mail server %1 failed (%2). Check that the port matches the security setting in Settings → Mailbox (usually 465 or 993 for TLS, 587 for STARTTLS).</source>
            <translation>Die verschlüsselte Verbindung zum Mailserver %1 ist fehlgeschlagen (%2). Prüfen Sie, ob der Port zur Sicherheitseinstellung unter Einstellungen → Postfach passt (meist 465 oder 993 für TLS, 587 für STARTTLS).</translation>
        </message>
        <message>
            <source>The mail server %1 refused the sign-in. Sign in to the mailbox again in Settings → Mailbox.</source>
            <translation>Der Mailserver %1 hat die Anmeldung abgelehnt. Melden Sie sich unter Einstellungen → Postfach erneut beim Postfach an.</translation>
        </message>
        <message>
            <source>The mail server %1 refused the user name or password. Check them in Settings → Mailbox.</source>
            <translation>Der Mailserver %1 hat Benutzername oder Passwort abgelehnt. Prüfen Sie diese unter Einstellungen → Postfach.</translation>
        </message>
        <message>
            <source>The mail server %1 requires a sign-in that it did not accept (%2). Check the user name and password in Settings → Mailbox.</source>
            <translation>Der Mailserver %1 verlangt eine Anmeldung, die er nicht akzeptiert hat (%2). Prüfen Sie Benutzername und Passwort unter Einstellungen → Postfach.</translation>
        </message>
        <message>
            <source>The mail server %1 refused the message (%2). It will not be retried.</source>
            <translation>Der Mailserver %1 hat die Nachricht abgelehnt (%2). Sie wird nicht erneut versucht.</translation>
        </message>
        <message>
            <source>The mail server %1 is busy or refused the message for now (%2). It will be tried again later.</source>
            <translation>Der Mailserver %1 ist ausgelastet oder hat die Nachricht vorerst abgelehnt (%2). Sie wird später erneut versucht.</translation>
        </message>
        <message>
            <source>The connection to the mail server %1 failed (%2). It will be tried again later.</source>
            <translation>Die Verbindung zum Mailserver %1 ist fehlgeschlagen (%2). Sie wird später erneut versucht.</translation>
        </message>
        <message>
            <source>The mailbox settings are not usable: %1 Fix them in Settings → Mailbox.</source>
            <translation>Die Postfacheinstellungen sind nicht verwendbar: %1 Korrigieren Sie sie unter Einstellungen → Postfach.</translation>
        </message>
        <message>
            <source>The folder "%1" could not be opened on the mail server %2 (%3). Check the folder names in Settings → Mailbox.</source>
            <translation>Der Ordner "%1" konnte auf dem Mailserver %2 nicht geöffnet werden (%3). Prüfen Sie die Ordnernamen unter Einstellungen → Postfach.</translation>
        </message>
        <message>
            <source>The mail server %1 refused the request for the folder "%2" (%3).</source>
            <translation>Der Mailserver %1 hat die Anfrage für den Ordner "%2" abgelehnt (%3).</translation>
        </message>
        <message>
            <source>The mail server %1 did not say which messages the folder "%2" holds.</source>
            <translation>Der Mailserver %1 hat nicht angegeben, welche Nachrichten der Ordner "%2" enthält.</translation>
        </message>
        <message>
            <source>The message %1 in "%2" on the mail server %3 arrived incomplete.</source>
            <translation>Die Nachricht %1 in "%2" auf dem Mailserver %3 kam unvollständig an.</translation>
        </message>
        <message>
            <source>The message %1 is no longer in the folder "%2" on the mail server %3.</source>
            <translation>Die Nachricht %1 ist nicht mehr im Ordner "%2" auf dem Mailserver %3.</translation>
        </message>
        <message>
            <source>"%1" is not a message id.</source>
            <translation>"%1" ist keine Nachrichten-ID.</translation>
        </message>
        <message>
            <source>The message is empty.</source>
            <translation>Die Nachricht ist leer.</translation>
        </message>
        <message>
            <source>The mail server's host name is empty.</source>
            <translation>Der Hostname des Mailservers ist leer.</translation>
        </message>
        <message>
            <source>"%1" is not a host name; enter only the server name, e.g. smtp.example.com.</source>
            <translation>"%1" ist kein Hostname; geben Sie nur den Servernamen ein, z. B. smtp.example.com.</translation>
        </message>
        <message>
            <source>The port %1 is not between 1 and 65535.</source>
            <translation>Der Port %1 liegt nicht zwischen 1 und 65535.</translation>
        </message>
        <message>
            <source>%1 cannot be used without encryption: choose TLS or STARTTLS.</source>
            <translation>%1 kann nicht ohne Verschlüsselung verwendet werden: Wählen Sie TLS oder STARTTLS.</translation>
        </message>
        <message>
            <source>An unencrypted connection to %1 is only allowed when insecure loopback connections are switched on.</source>
            <translation>Eine unverschlüsselte Verbindung zu %1 ist nur erlaubt, wenn unsichere Loopback-Verbindungen eingeschaltet sind.</translation>
        </message>
        <message>
            <source>The sender address is empty.</source>
            <translation>Die Absenderadresse ist leer.</translation>
        </message>
        <message>
            <source>The login name is empty.</source>
            <translation>Der Anmeldename ist leer.</translation>
        </message>
        <message>
            <source>The timeout must be at least one second.</source>
            <translation>Das Zeitlimit muss mindestens eine Sekunde betragen.</translation>
        </message>
        <message>
            <source>"%1" is not a valid e-mail address.</source>
            <translation>"%1" ist keine gültige E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>"%1" is not a valid message id.</source>
            <translation>"%1" ist keine gültige Nachrichten-ID.</translation>
        </message>
        <message>
            <source>"%1" is not a valid unsubscribe address.</source>
            <translation>"%1" ist keine gültige Abmeldeadresse.</translation>
        </message>
        <message>
            <source>This is not an e-mail message: it has no headers.</source>
            <translation>Dies ist keine E-Mail-Nachricht: Sie hat keine Header.</translation>
        </message>
        <message>
            <source>The connection to the mail server %1:%2 broke after the message was handed over, so it may have been sent. Check the Sent folder before sending it again.</source>
            <translation>Die Verbindung zum Mailserver %1:%2 brach ab, nachdem die Nachricht übergeben wurde; sie wurde also möglicherweise gesendet. Prüfen Sie den Ordner „Gesendet“, bevor Sie sie erneut senden.</translation>
        </message>
        <message>
            <source>The message has no recipient.</source>
            <translation>Die Nachricht hat keinen Empfänger.</translation>
        </message>
        <message>
            <source>This campaign has no sequence yet; add its steps first.</source>
            <translation>Diese Kampagne hat noch keine Sequenz; fügen Sie zuerst ihre Schritte hinzu.</translation>
        </message>
        <message>
            <source>The campaign's sequence has no steps yet.</source>
            <translation>Die Sequenz der Kampagne hat noch keine Schritte.</translation>
        </message>
        <message>
            <source>Unknown security "%1"; use tls, starttls or none.</source>
            <translation>Unbekannte Sicherheit "%1"; verwenden Sie tls, starttls oder none.</translation>
        </message>
        <message>
            <source>Unknown sign-in method "%1"; use password or xoauth2.</source>
            <translation>Unbekannte Anmeldemethode "%1"; verwenden Sie password oder xoauth2.</translation>
        </message>
        <message numerus="yes">
            <source>The daily limit of %n email(s) is reached.</source>
            <translation>
                <numerusform>Das Tageslimit von %n E-Mail ist erreicht.</numerusform>
                <numerusform>Das Tageslimit von %n E-Mails ist erreicht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The hourly limit of %n email(s) is reached.</source>
            <translation>
                <numerusform>Das Stundenlimit von %n E-Mail ist erreicht.</numerusform>
                <numerusform>Das Stundenlimit von %n E-Mails ist erreicht.</numerusform>
            </translation>
        </message>
        <message>
            <source>On the do-not-contact list.</source>
            <translation>Auf der Sperrliste.</translation>
        </message>
        <message>
            <source>The email bounced.</source>
            <translation>Die E-Mail ist unzustellbar zurückgekommen.</translation>
        </message>
        <message>
            <source>The email bounced: %1</source>
            <translation>Die E-Mail ist unzustellbar zurückgekommen: %1</translation>
        </message>
        <message>
            <source>Asked to unsubscribe on %1</source>
            <translation>Abmeldung angefordert am %1</translation>
        </message>
        <message>
            <source>Asked to unsubscribe</source>
            <translation>Abmeldung angefordert</translation>
        </message>
        <message>
            <source>The password or token of %1 is not in the keychain; enter it in Settings → Mailbox.</source>
            <translation>Das Passwort oder Token von %1 ist nicht im Schlüsselbund; geben Sie es unter Einstellungen → Postfach ein.</translation>
        </message>
        <message>
            <source>No email address for an automatic email.</source>
            <translation>Keine E-Mail-Adresse für eine automatische E-Mail.</translation>
        </message>
        <message>
            <source>Re: %1</source>
            <translation>Re: %1</translation>
        </message>
        <message>
            <source>Empty placeholder in step %1: %2</source>
            <translation>Leerer Platzhalter in Schritt %1: %2</translation>
        </message>
        <message>
            <source>If you would rather not hear from me again, reply "unsubscribe" and I will not write again.</source>
            <translation>Wenn Sie nichts mehr von mir hören möchten, antworten Sie mit "unsubscribe", und ich schreibe Ihnen nicht mehr.</translation>
        </message>
        <message>
            <source>A task can only be marked done or skipped.</source>
            <translation>Eine Aufgabe kann nur als erledigt oder übersprungen markiert werden.</translation>
        </message>
        <message>
            <source>This task was already finished.</source>
            <translation>Diese Aufgabe wurde bereits abgeschlossen.</translation>
        </message>
        <message>
            <source>"%1" is not an outcome of this task; use one of: %2.</source>
            <translation>"%1" ist kein Ergebnis dieser Aufgabe; verwenden Sie eines von: %2.</translation>
        </message>
        <message>
            <source>Outcome: %1</source>
            <translation>Ergebnis: %1</translation>
        </message>
        <message>
            <source>This database holds tables that are not a Sourcedesk workspace; it was left unchanged. Use an empty database for a new team workspace.</source>
            <translation>Diese Datenbank enthält Tabellen, die kein Sourcedesk-Arbeitsbereich sind; sie wurde nicht verändert. Verwenden Sie für einen neuen Team-Arbeitsbereich eine leere Datenbank.</translation>
        </message>
        <message>
            <source>The team workspace needs the citext extension, and this login may not add it (%1). Ask the database's owner to run: CREATE EXTENSION citext;</source>
            <translation>Der Team-Arbeitsbereich benötigt die Erweiterung citext, und diese Anmeldung darf sie nicht hinzufügen (%1). Bitten Sie den Eigentümer der Datenbank, Folgendes auszuführen: CREATE EXTENSION citext;</translation>
        </message>
        <message>
            <source>The team workspace needs an upgrade to schema %1, which only the database's owner may run. Ask whoever set up the team workspace to open it with this version of Sourcedesk first.</source>
            <translation>Der Team-Arbeitsbereich muss auf Schema %1 aktualisiert werden, was nur der Eigentümer der Datenbank ausführen darf. Bitten Sie die Person, die den Team-Arbeitsbereich eingerichtet hat, ihn zuerst mit dieser Sourcedesk-Version zu öffnen.</translation>
        </message>
        <message>
            <source>The server refused the password for “%1”. Check the user name and password, or ask your admin to reset it.</source>
            <translation>Der Server hat das Passwort für „%1“ abgelehnt. Prüfen Sie Benutzername und Passwort, oder bitten Sie Ihren Administrator, es zurückzusetzen.</translation>
        </message>
        <message>
            <source>The server does not let “%1” into the database “%2” from this computer. Ask your admin to give this login access.</source>
            <translation>Der Server lässt „%1“ von diesem Computer aus nicht in die Datenbank „%2“. Bitten Sie Ihren Administrator, dieser Anmeldung Zugriff zu geben.</translation>
        </message>
        <message>
            <source>The server has no database “%1”. Check the name, or ask your admin to create it.</source>
            <translation>Der Server hat keine Datenbank „%1“. Prüfen Sie den Namen, oder bitten Sie Ihren Administrator, sie anzulegen.</translation>
        </message>
        <message>
            <source>The secure connection to %1 failed (TLS mode %2): %3</source>
            <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (TLS-Modus %2): %3</translation>
        </message>
        <message>
            <source>The team server %1 (port %2) does not answer. Check the server name and port, your network or VPN, and try again.</source>
            <translation>Der Team-Server %1 (Port %2) antwortet nicht. Prüfen Sie Servername und Port, Ihr Netzwerk oder VPN, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Cannot open the team workspace: %1</source>
            <translation>Der Team-Arbeitsbereich kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>This installation has no PostgreSQL support (Qt's QPSQL driver is missing); install libqt6sql6-psql.</source>
            <translation>Diese Installation unterstützt kein PostgreSQL (der QPSQL-Treiber von Qt fehlt); installieren Sie libqt6sql6-psql.</translation>
        </message>
        <message>
            <source>The team server runs PostgreSQL %1.%2; Sourcedesk needs PostgreSQL 13 or newer. Ask your admin to upgrade the server.</source>
            <translation>Auf dem Team-Server läuft PostgreSQL %1.%2; Sourcedesk benötigt PostgreSQL 13 oder neuer. Bitten Sie Ihren Administrator, den Server zu aktualisieren.</translation>
        </message>
    </context>
    <context>
        <name>RecordMapper</name>
        <message>
            <source>The row has %1 values but the header has %2 columns; a value containing the separator is probably missing its quotes.</source>
            <translation>Die Zeile hat %1 Werte, die Kopfzeile aber %2 Spalten; bei einem Wert mit Trennzeichen fehlen wahrscheinlich die Anführungszeichen.</translation>
        </message>
        <message>
            <source>"%1" in column "%2" is not a valid email address.</source>
            <translation>"%1" in Spalte "%2" ist keine gültige E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>The consent value "%1" in column "%2" is not understood; use granted, refused, withdrawn or unknown.</source>
            <translation>Der Einwilligungswert "%1" in Spalte "%2" wird nicht verstanden; verwenden Sie granted, refused, withdrawn oder unknown.</translation>
        </message>
        <message>
            <source>The date "%1" in column "%2" is not understood; use YYYY-MM-DD.</source>
            <translation>Das Datum "%1" in Spalte "%2" wird nicht verstanden; verwenden Sie JJJJ-MM-TT.</translation>
        </message>
        <message>
            <source>The row has no name and no email address.</source>
            <translation>Die Zeile hat weder Namen noch E-Mail-Adresse.</translation>
        </message>
    </context>
    <context>
        <name>StatusUndo</name>
        <message>
            <source>Not sent: the status change was undone before anything went to SmartRecruiters.</source>
            <translation>Nicht gesendet: Die Statusänderung wurde rückgängig gemacht, bevor etwas an SmartRecruiters übertragen wurde.</translation>
        </message>
    </context>
    <context>
        <name>UndoSnapshot</name>
        <message>
            <source>Undo is no longer possible: something these records belonged to (a campaign) was deleted since. Nothing was changed.</source>
            <translation>Rückgängigmachen ist nicht mehr möglich: Etwas, zu dem diese Datensätze gehörten (eine Kampagne), wurde inzwischen gelöscht. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Undo is no longer possible: some of these records were added again since. Nothing was changed; remove them first to get the old ones back.</source>
            <translation>Rückgängigmachen ist nicht mehr möglich: Einige dieser Datensätze wurden inzwischen erneut hinzugefügt. Es wurde nichts geändert; entfernen Sie sie zuerst, um die alten zurückzuerhalten.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceTransfer</name>
        <message>
            <source>The tables %1 reference each other in a cycle; they cannot be copied in order.</source>
            <translation>Die Tabellen %1 verweisen zyklisch aufeinander; sie können nicht der Reihe nach kopiert werden.</translation>
        </message>
        <message>
            <source>The source and the target are the same workspace.</source>
            <translation>Quelle und Ziel sind derselbe Arbeitsbereich.</translation>
        </message>
        <message>
            <source>The target workspace is open read-only.</source>
            <translation>Der Ziel-Arbeitsbereich ist schreibgeschützt geöffnet.</translation>
        </message>
        <message>
            <source>The workspaces have different schema versions (source %1, target %2). Open both with the same version of Sourcedesk before copying.</source>
            <translation>Die Arbeitsbereiche haben unterschiedliche Schemaversionen (Quelle %1, Ziel %2). Öffnen Sie beide vor dem Kopieren mit derselben Sourcedesk-Version.</translation>
        </message>
        <message>
            <source>A workspace connection could not be opened.</source>
            <translation>Eine Verbindung zu einem Arbeitsbereich konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>The target workspace has no table %1, which holds %2 rows in the source.</source>
            <translation>Der Ziel-Arbeitsbereich hat keine Tabelle %1, die in der Quelle %2 Zeilen enthält.</translation>
        </message>
        <message>
            <source>The target workspace is not empty (table %1 holds %2 rows). Copy into a new, empty workspace.</source>
            <translation>Der Ziel-Arbeitsbereich ist nicht leer (Tabelle %1 enthält %2 Zeilen). Kopieren Sie in einen neuen, leeren Arbeitsbereich.</translation>
        </message>
        <message>
            <source>The copy was cancelled; the target workspace is unchanged.</source>
            <translation>Das Kopieren wurde abgebrochen; der Ziel-Arbeitsbereich ist unverändert.</translation>
        </message>
        <message>
            <source>%1: %2 in the source, %3 in the target</source>
            <translation>%1: %2 in der Quelle, %3 im Ziel</translation>
        </message>
        <message>
            <source>The verification count does not match, nothing was saved: %1</source>
            <translation>Die Kontrollzählung stimmt nicht überein, es wurde nichts gespeichert: %1</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Open the workspace &lt;location&gt;: a file, or a team workspace postgresql://USER@HOST:PORT/DATABASE (default: $SOURCEDESK_WORKSPACE, then the last one opened, then the per-user default).</source>
            <translation>Den Arbeitsbereich &lt;Ort&gt; öffnen: eine Datei oder ein Team-Arbeitsbereich postgresql://USER@HOST:PORT/DATABASE (Standard: $SOURCEDESK_WORKSPACE, dann der zuletzt geöffnete, dann der Standard des Benutzers).</translation>
        </message>
        <message>
            <source>location</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Sourcedesk: sourcing campaigns, candidates and outreach, in a local or a team workspace.</source>
            <translation>Sourcedesk: Sourcing-Kampagnen, Kandidaten und Ansprache, in einem lokalen oder einem Team-Arbeitsbereich.</translation>
        </message>
    </context>
    <context>
        <name>sd::CampaignListModel</name>
        <message>
            <source>(sample)</source>
            <translation>(Beispiel)</translation>
        </message>
        <message>
            <source>(archived)</source>
            <translation>(archiviert)</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampagne</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Letzte Aktivität</translation>
        </message>
    </context>
    <context>
        <name>sd::CandidateTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aktualisiert</translation>
        </message>
    </context>
    <context>
        <name>sd::Labels</name>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Kontaktiert</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Geantwortet</translation>
        </message>
        <message>
            <source>Interested</source>
            <translation>Interessiert</translation>
        </message>
        <message>
            <source>Not interested</source>
            <translation>Nicht interessiert</translation>
        </message>
        <message>
            <source>Bounced</source>
            <translation>Unzustellbar</translation>
        </message>
        <message>
            <source>Unsubscribed</source>
            <translation>Abgemeldet</translation>
        </message>
        <message>
            <source>Email sent</source>
            <translation>E-Mail gesendet</translation>
        </message>
        <message>
            <source>Email reply</source>
            <translation>E-Mail-Antwort</translation>
        </message>
        <message>
            <source>LinkedIn message</source>
            <translation>LinkedIn-Nachricht</translation>
        </message>
        <message>
            <source>LinkedIn InMail</source>
            <translation>LinkedIn-InMail</translation>
        </message>
        <message>
            <source>Connection request</source>
            <translation>Kontaktanfrage</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Anruf</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Erteilt</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Widerrufen</translation>
        </message>
    </context>
    <context>
        <name>sd::MemberTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Status geändert</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Letzte Aktivität</translation>
        </message>
    </context>
    <context>
        <name>sd::TeamServer</name>
        <message>
            <source>A team workspace address starts with postgresql://.</source>
            <translation>Die Adresse eines Team-Arbeitsbereichs beginnt mit postgresql://.</translation>
        </message>
        <message>
            <source>The team workspace address is not valid: %1</source>
            <translation>Die Adresse des Team-Arbeitsbereichs ist ungültig: %1</translation>
        </message>
        <message>
            <source>Leave the password out of the team workspace address; Sourcedesk keeps it in the keychain.</source>
            <translation>Lassen Sie das Passwort in der Adresse des Team-Arbeitsbereichs weg; Sourcedesk bewahrt es im Schlüsselbund auf.</translation>
        </message>
        <message>
            <source>The team workspace address names no server.</source>
            <translation>Die Adresse des Team-Arbeitsbereichs nennt keinen Server.</translation>
        </message>
        <message>
            <source>The team workspace address names no database (…/database).</source>
            <translation>Die Adresse des Team-Arbeitsbereichs nennt keine Datenbank (…/datenbank).</translation>
        </message>
        <message>
            <source>The team workspace address names no user (user@server).</source>
            <translation>Die Adresse des Team-Arbeitsbereichs nennt keinen Benutzer (benutzer@server).</translation>
        </message>
        <message>
            <source>The port must be between 1 and 65535.</source>
            <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
        </message>
        <message>
            <source>Unknown option “%1” in the team workspace address; only sslmode is read.</source>
            <translation>Unbekannte Option „%1“ in der Adresse des Team-Arbeitsbereichs; nur sslmode wird gelesen.</translation>
        </message>
        <message>
            <source>The TLS mode “%1” is not one of disable, allow, prefer, require, verify-ca, verify-full.</source>
            <translation>Der TLS-Modus „%1“ ist keiner von disable, allow, prefer, require, verify-ca, verify-full.</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 auf %2</translation>
        </message>
    </context>
    <context>
        <name>sd::connection::KeychainSecretStore</name>
        <message>
            <source>No keychain is available on this computer (%1). Sourcedesk keeps SmartRecruiters sign-ins only in the system keychain and does not store them in plain text. Install or unlock a keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) and try again.</source>
            <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (%1). Sourcedesk speichert SmartRecruiters-Anmeldungen nur im Schlüsselbund des Systems und nicht im Klartext. Installieren oder entsperren Sie einen Schlüsselbund (GNOME Keyring, KWallet, macOS-Schlüsselbund, Windows-Anmeldeinformationsverwaltung) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Access to the system keychain was refused (%1). Allow Sourcedesk to use the keychain, or unlock it, and try again.</source>
            <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert (%1). Erlauben Sie Sourcedesk die Nutzung des Schlüsselbunds oder entsperren Sie ihn, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The system keychain cannot be reached (%1). Sourcedesk keeps SmartRecruiters sign-ins only in the system keychain and does not store them in plain text. Make sure a keychain service is running and unlocked, then try again.</source>
            <translation>Der Schlüsselbund des Systems ist nicht erreichbar (%1). Sourcedesk speichert SmartRecruiters-Anmeldungen nur im Schlüsselbund des Systems und nicht im Klartext. Stellen Sie sicher, dass ein Schlüsselbunddienst läuft und entsperrt ist, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>The system keychain reported an error: %1</source>
            <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::connection::LoopbackReceiver</name>
        <message>
            <source>The redirect address “%1” is not on this computer (it must look like http://localhost:8765/callback), so the web browser cannot hand the sign-in back to Sourcedesk.</source>
            <translation>Die Weiterleitungsadresse „%1“ liegt nicht auf diesem Computer (sie muss wie http://localhost:8765/callback aussehen), daher kann der Webbrowser die Anmeldung nicht an Sourcedesk zurückgeben.</translation>
        </message>
        <message>
            <source>Sourcedesk could not wait for the sign-in on port %1 (%2). Close the program using that port, or register another redirect address, and try again.</source>
            <translation>Sourcedesk konnte auf Port %1 nicht auf die Anmeldung warten (%2). Schließen Sie das Programm, das diesen Port verwendet, oder registrieren Sie eine andere Weiterleitungsadresse, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>This is not a sign-in answer.</source>
            <translation>Dies ist keine Anmeldeantwort.</translation>
        </message>
        <message>
            <source>Nothing here: Sourcedesk only waits for the SmartRecruiters sign-in.</source>
            <translation>Hier gibt es nichts: Sourcedesk wartet nur auf die SmartRecruiters-Anmeldung.</translation>
        </message>
        <message>
            <source>Sourcedesk received the answer from SmartRecruiters. You can close this tab and return to Sourcedesk.</source>
            <translation>Sourcedesk hat die Antwort von SmartRecruiters erhalten. Sie können diesen Tab schließen und zu Sourcedesk zurückkehren.</translation>
        </message>
        <message>
            <source>You are signed in. You can close this tab and return to Sourcedesk.</source>
            <translation>Sie sind angemeldet. Sie können diesen Tab schließen und zu Sourcedesk zurückkehren.</translation>
        </message>
    </context>
    <context>
        <name>sd::connection::MemorySecretStore</name>
        <message>
            <source>The test keychain is switched off.</source>
            <translation>Der Test-Schlüsselbund ist ausgeschaltet.</translation>
        </message>
    </context>
    <context>
        <name>sd::connection::OAuthSession</name>
        <message>
            <source>Enter the OAuth client ID of the SmartRecruiters app (Settings → Apps &amp; Integrations → Credentials in SmartRecruiters).</source>
            <translation>Geben Sie die OAuth-Client-ID der SmartRecruiters-App ein (in SmartRecruiters unter Settings → Apps &amp; Integrations → Credentials).</translation>
        </message>
        <message>
            <source>The redirect address “%1” must be an https:// address or http://localhost, exactly as registered for the SmartRecruiters app.</source>
            <translation>Die Weiterleitungsadresse „%1“ muss eine https://-Adresse oder http://localhost sein, genau wie für die SmartRecruiters-App registriert.</translation>
        </message>
        <message>
            <source>Enter the OAuth client secret of the SmartRecruiters app.</source>
            <translation>Geben Sie das OAuth-Client-Secret der SmartRecruiters-App ein.</translation>
        </message>
        <message>
            <source>No place to keep the sign-in is set up.</source>
            <translation>Es ist kein Speicherort für die Anmeldung eingerichtet.</translation>
        </message>
        <message>
            <source>Sourcedesk received a sign-in answer it did not ask for and ignored it. Start the sign-in again.</source>
            <translation>Sourcedesk hat eine nicht angeforderte Anmeldeantwort erhalten und ignoriert. Starten Sie die Anmeldung erneut.</translation>
        </message>
        <message>
            <source>The sign-in answer did not belong to this sign-in and was rejected, so Sourcedesk is not connected. Start the sign-in again.</source>
            <translation>Die Anmeldeantwort gehörte nicht zu dieser Anmeldung und wurde abgelehnt; Sourcedesk ist daher nicht verbunden. Starten Sie die Anmeldung erneut.</translation>
        </message>
        <message>
            <source>You chose not to allow Sourcedesk to use SmartRecruiters, so it is not connected. Sign in again and choose Allow to connect.</source>
            <translation>Sie haben Sourcedesk die Nutzung von SmartRecruiters nicht erlaubt; daher ist es nicht verbunden. Melden Sie sich erneut an und wählen Sie „Allow“, um die Verbindung herzustellen.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the sign-in (%1%2). Check the client ID and redirect address in Settings → Integration.</source>
            <translation>SmartRecruiters hat die Anmeldung abgelehnt (%1%2). Prüfen Sie Client-ID und Weiterleitungsadresse unter Einstellungen → Integration.</translation>
        </message>
        <message>
            <source>SmartRecruiters did not send a sign-in code. Start the sign-in again.</source>
            <translation>SmartRecruiters hat keinen Anmeldecode gesendet. Starten Sie die Anmeldung erneut.</translation>
        </message>
        <message>
            <source>Sourcedesk is not connected to SmartRecruiters. Sign in under Settings → Integration.</source>
            <translation>Sourcedesk ist nicht mit SmartRecruiters verbunden. Melden Sie sich unter Einstellungen → Integration an.</translation>
        </message>
        <message>
            <source>Sourcedesk was disconnected from SmartRecruiters while signing in.</source>
            <translation>Die Verbindung von Sourcedesk zu SmartRecruiters wurde während der Anmeldung getrennt.</translation>
        </message>
        <message>
            <source>Sourcedesk was disconnected from SmartRecruiters.</source>
            <translation>Die Verbindung von Sourcedesk zu SmartRecruiters wurde getrennt.</translation>
        </message>
        <message>
            <source>Could not reach SmartRecruiters at %1 (%2). Check the network connection and try again.</source>
            <translation>SmartRecruiters unter %1 ist nicht erreichbar (%2). Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>SmartRecruiters sent a sign-in answer Sourcedesk does not understand (field “%1” is missing or wrong). Try again; if it keeps happening, tell your administrator.</source>
            <translation>SmartRecruiters hat eine Anmeldeantwort gesendet, die Sourcedesk nicht versteht (Feld „%1“ fehlt oder ist falsch). Versuchen Sie es erneut; wenn es weiterhin auftritt, wenden Sie sich an Ihren Administrator.</translation>
        </message>
        <message>
            <source>SmartRecruiters no longer accepts this sign-in (it expired, was revoked, or was used elsewhere). Sign in to SmartRecruiters again under Settings → Integration.</source>
            <translation>SmartRecruiters akzeptiert diese Anmeldung nicht mehr (sie ist abgelaufen, wurde widerrufen oder anderswo verwendet). Melden Sie sich unter Einstellungen → Integration erneut bei SmartRecruiters an.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the client ID or client secret. Check them under Settings → Integration and sign in again.</source>
            <translation>SmartRecruiters hat Client-ID oder Client-Secret abgelehnt. Prüfen Sie diese unter Einstellungen → Integration und melden Sie sich erneut an.</translation>
        </message>
        <message>
            <source>SmartRecruiters could not complete the sign-in right now (HTTP %1). Try again in a few minutes.</source>
            <translation>SmartRecruiters konnte die Anmeldung gerade nicht abschließen (HTTP %1). Versuchen Sie es in einigen Minuten erneut.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the sign-in (HTTP %1%2).</source>
            <translation>SmartRecruiters hat die Anmeldung abgelehnt (HTTP %1%2).</translation>
        </message>
    </context>
    <context>
        <name>sd::csv</name>
        <message>
            <source>same email address</source>
            <translation>gleiche E-Mail-Adresse</translation>
        </message>
        <message>
            <source>same LinkedIn profile</source>
            <translation>gleiches LinkedIn-Profil</translation>
        </message>
        <message>
            <source>same name at the same company</source>
            <translation>gleicher Name beim gleichen Unternehmen</translation>
        </message>
        <message>
            <source>The file has no header row: the first row holds data ("%1" in column %2), not column names. Add a first row with column names such as First Name, Last Name, Email.</source>
            <translation>Die Datei hat keine Kopfzeile: Die erste Zeile enthält Daten ("%1" in Spalte %2), keine Spaltennamen. Fügen Sie eine erste Zeile mit Spaltennamen wie First Name, Last Name, Email hinzu.</translation>
        </message>
        <message>
            <source>The file has no header row: the first row has no column names.</source>
            <translation>Die Datei hat keine Kopfzeile: Die erste Zeile enthält keine Spaltennamen.</translation>
        </message>
        <message>
            <source>The file cannot be opened: %1</source>
            <translation>Die Datei kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>The file has no header row: it contains only blank lines.</source>
            <translation>Die Datei hat keine Kopfzeile: Sie enthält nur leere Zeilen.</translation>
        </message>
        <message>
            <source>, line %1</source>
            <translation>, Zeile %1</translation>
        </message>
        <message>
            <source>This is not a text/CSV file (%1). Export the data as CSV and try again.</source>
            <translation>Dies ist keine Text-/CSV-Datei (%1). Exportieren Sie die Daten als CSV und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>it contains NUL bytes</source>
            <translation>sie enthält NUL-Bytes</translation>
        </message>
        <message>
            <source>%1 of its first %2 bytes are control characters</source>
            <translation>%1 ihrer ersten %2 Bytes sind Steuerzeichen</translation>
        </message>
    </context>
    <context>
        <name>sd::csv::CsvImporter</name>
        <message>
            <source>This import has already been started.</source>
            <translation>Dieser Import wurde bereits gestartet.</translation>
        </message>
        <message>
            <source>The mapping names the column "%1", which this file does not have.</source>
            <translation>Die Zuordnung nennt die Spalte "%1", die diese Datei nicht hat.</translation>
        </message>
        <message>
            <source>No column holds a name or an email address (the columns are: %1). Map at least a name or an email column.</source>
            <translation>Keine Spalte enthält einen Namen oder eine E-Mail-Adresse (die Spalten sind: %1). Ordnen Sie mindestens eine Namens- oder E-Mail-Spalte zu.</translation>
        </message>
        <message>
            <source>The rows from line %1 to line %2 could not be saved, so none of them was stored (%3). The %4 rows before line %1 are stored; importing the file again skips them as duplicates.</source>
            <translation>Die Zeilen von Zeile %1 bis Zeile %2 konnten nicht gespeichert werden, daher wurde keine davon übernommen (%3). Die %4 Zeilen vor Zeile %1 sind gespeichert; ein erneuter Import der Datei überspringt sie als Duplikate.</translation>
        </message>
        <message>
            <source>Merged with line %1 (%2).</source>
            <translation>Mit Zeile %1 zusammengeführt (%2).</translation>
        </message>
        <message>
            <source>Skipped: duplicate of line %1 (%2).</source>
            <translation>Übersprungen: Duplikat von Zeile %1 (%2).</translation>
        </message>
        <message>
            <source>Merged into candidate %1 (%2).</source>
            <translation>Mit Kandidat %1 zusammengeführt (%2).</translation>
        </message>
        <message>
            <source>Skipped: duplicate of candidate %1 (%2).</source>
            <translation>Übersprungen: Duplikat von Kandidat %1 (%2).</translation>
        </message>
        <message>
            <source>Not added to the campaign: on the do-not-contact list.</source>
            <translation>Nicht zur Kampagne hinzugefügt: auf der Sperrliste.</translation>
        </message>
    </context>
    <context>
        <name>sd::csv::CsvReader</name>
        <message>
            <source>line %1, column %2</source>
            <translation>Zeile %1, Spalte %2</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>Die Datei kann nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <source>This is not a text/CSV file (it contains a NUL character). Export the data as CSV and try again.</source>
            <translation>Dies ist keine Text-/CSV-Datei (sie enthält ein NUL-Zeichen). Exportieren Sie die Daten als CSV und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>Die Datei kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>The file is not valid %1 text. Save it as UTF-8 and try again.</source>
            <translation>Die Datei ist kein gültiger %1-Text. Speichern Sie sie als UTF-8 und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>This is not a text/CSV file: it contains binary data (a NUL character).</source>
            <translation>Dies ist keine Text-/CSV-Datei: Sie enthält Binärdaten (ein NUL-Zeichen).</translation>
        </message>
        <message>
            <source>The quoted field that starts here is longer than %L1 characters; a closing quote is probably missing.</source>
            <translation>Das hier beginnende Feld in Anführungszeichen ist länger als %L1 Zeichen; wahrscheinlich fehlt ein schließendes Anführungszeichen.</translation>
        </message>
        <message>
            <source>A field is longer than %L1 characters.</source>
            <translation>Ein Feld ist länger als %L1 Zeichen.</translation>
        </message>
        <message>
            <source>Line %1 has more than %L2 columns; this is not a candidate list Sourcedesk can import.</source>
            <translation>Zeile %1 hat mehr als %L2 Spalten; dies ist keine Kandidatenliste, die Sourcedesk importieren kann.</translation>
        </message>
        <message>
            <source>Unterminated quote: the quoted field that starts here never ends.</source>
            <translation>Nicht geschlossenes Anführungszeichen: Das hier beginnende Feld in Anführungszeichen endet nie.</translation>
        </message>
    </context>
    <context>
        <name>sd::csv::CsvWriter</name>
        <message>
            <source>Writing the CSV file failed: %1</source>
            <translation>Das Schreiben der CSV-Datei ist fehlgeschlagen: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::ConnectionManager</name>
        <message>
            <source>Disconnect first: the address, method and client can only change while Sourcedesk is not connected.</source>
            <translation>Trennen Sie zuerst die Verbindung: Adresse, Methode und Client können nur geändert werden, solange Sourcedesk nicht verbunden ist.</translation>
        </message>
        <message>
            <source>The API key for %1 is no longer in the keychain. Connect again.</source>
            <translation>Der API-Schlüssel für %1 ist nicht mehr im Schlüsselbund. Verbinden Sie sich erneut.</translation>
        </message>
        <message>
            <source>The SmartRecruiters sign-in for %1 is no longer in the keychain. Connect again.</source>
            <translation>Die SmartRecruiters-Anmeldung für %1 ist nicht mehr im Schlüsselbund. Verbinden Sie sich erneut.</translation>
        </message>
        <message>
            <source>Sourcedesk is already connected. Disconnect first to connect another account.</source>
            <translation>Sourcedesk ist bereits verbunden. Trennen Sie zuerst die Verbindung, um ein anderes Konto zu verbinden.</translation>
        </message>
        <message>
            <source>Enter the client secret of the OAuth app: none is stored for this client yet.</source>
            <translation>Geben Sie das Client-Secret der OAuth-App ein: Für diesen Client ist noch keines gespeichert.</translation>
        </message>
        <message>
            <source>Paste the API key from SmartRecruiters (Settings → Apps &amp; Integrations → API key).</source>
            <translation>Fügen Sie den API-Schlüssel aus SmartRecruiters ein (Settings → Apps &amp; Integrations → API key).</translation>
        </message>
        <message>
            <source>Connected, but the API key could not be kept in the keychain (%1); you will have to enter it again next time.</source>
            <translation>Verbunden, aber der API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden (%1); Sie müssen ihn beim nächsten Mal erneut eingeben.</translation>
        </message>
        <message>
            <source>Connect first.</source>
            <translation>Verbinden Sie sich zuerst.</translation>
        </message>
        <message>
            <source>Disconnected, but not every secret could be removed from the keychain: %1</source>
            <translation>Verbindung getrennt, aber nicht alle Geheimnisse konnten aus dem Schlüsselbund entfernt werden: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::ConnectionSettings</name>
        <message>
            <source>API address: %1</source>
            <translation>API-Adresse: %1</translation>
        </message>
        <message>
            <source>Sign-in address: %1</source>
            <translation>Anmeldeadresse: %1</translation>
        </message>
        <message>
            <source>Enter the OAuth client id of your SmartRecruiters app (Settings → Apps &amp; Integrations → Credentials in SmartRecruiters).</source>
            <translation>Geben Sie die OAuth-Client-ID Ihrer SmartRecruiters-App ein (in SmartRecruiters unter Settings → Apps &amp; Integrations → Credentials).</translation>
        </message>
        <message>
            <source>The redirect URI “%1” is not a web address; it must match one registered for the OAuth client exactly.</source>
            <translation>Die Weiterleitungsadresse „%1“ ist keine Webadresse; sie muss genau einer für den OAuth-Client registrierten Adresse entsprechen.</translation>
        </message>
        <message>
            <source>The workspace setting %1 is “%2”; expected “oauth” or “api_key”. Using OAuth.</source>
            <translation>Die Arbeitsbereichseinstellung %1 ist „%2“; erwartet wird „oauth“ oder „api_key“. OAuth wird verwendet.</translation>
        </message>
        <message>
            <source>The workspace setting %1 is not usable (%2); using %3.</source>
            <translation>Die Arbeitsbereichseinstellung %1 ist nicht verwendbar (%2); %3 wird verwendet.</translation>
        </message>
        <message>
            <source>API keys are not allowed, only signing in with SmartRecruiters (%1).</source>
            <translation>API-Schlüssel sind nicht erlaubt, nur die Anmeldung mit SmartRecruiters (%1).</translation>
        </message>
        <message>
            <source>Signing in with SmartRecruiters is not allowed, only API keys (%1).</source>
            <translation>Die Anmeldung mit SmartRecruiters ist nicht erlaubt, nur API-Schlüssel (%1).</translation>
        </message>
        <message>
            <source>The API address must be %2 (%1).</source>
            <translation>Die API-Adresse muss %2 sein (%1).</translation>
        </message>
        <message>
            <source>The sign-in address must be %2 (%1).</source>
            <translation>Die Anmeldeadresse muss %2 sein (%1).</translation>
        </message>
        <message>
            <source>The OAuth client id must be %2 (%1).</source>
            <translation>Die OAuth-Client-ID muss %2 sein (%1).</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::SandboxDemo</name>
        <message>
            <source>The local sandbox did not answer (%1). Start it with ./scripts/run.sh.</source>
            <translation>Die lokale Sandbox hat nicht geantwortet (%1). Starten Sie sie mit ./scripts/run.sh.</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::ScopeCheck</name>
        <message>
            <source>show who is connected</source>
            <translation>anzeigen, wer verbunden ist</translation>
        </message>
        <message>
            <source>match recruiters and hiring teams to users</source>
            <translation>Recruiter und Einstellungsteams Benutzern zuordnen</translation>
        </message>
        <message>
            <source>link campaigns to jobs</source>
            <translation>Kampagnen mit Stellen verknüpfen</translation>
        </message>
        <message>
            <source>find existing candidates before creating one</source>
            <translation>vorhandene Kandidaten finden, bevor ein neuer erstellt wird</translation>
        </message>
        <message>
            <source>pull hiring stages back</source>
            <translation>Einstellungsphasen zurückholen</translation>
        </message>
        <message>
            <source>update fields, tags and statuses</source>
            <translation>Felder, Tags und Status aktualisieren</translation>
        </message>
        <message>
            <source>read sources, properties and hiring processes</source>
            <translation>Quellen, Eigenschaften und Einstellungsprozesse lesen</translation>
        </message>
        <message>
            <source>show the notes already on a candidate</source>
            <translation>die bereits vorhandenen Notizen eines Kandidaten anzeigen</translation>
        </message>
        <message>
            <source>create candidates</source>
            <translation>Kandidaten erstellen</translation>
        </message>
        <message>
            <source>write outreach as notes</source>
            <translation>Ansprache als Notizen schreiben</translation>
        </message>
        <message>
            <source>hear about stage changes at once instead of polling</source>
            <translation>Phasenänderungen sofort erfahren, statt regelmäßig abzufragen</translation>
        </message>
        <message>
            <source>Checked by “Insert test candidate”: there is no way to try it without creating something.</source>
            <translation>Wird über „Testkandidat einfügen“ geprüft: Ohne etwas zu erstellen, lässt sich dies nicht testen.</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>Die Prüfung wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Every permission Sourcedesk needs is there.</source>
            <translation>Alle Berechtigungen, die Sourcedesk benötigt, sind vorhanden.</translation>
        </message>
        <message>
            <source>Missing: %1. Ask your SmartRecruiters administrator to add these scopes to the OAuth app (or a role that allows them), then connect again.</source>
            <translation>Fehlt: %1. Bitten Sie Ihren SmartRecruiters-Administrator, diese Scopes der OAuth-App (oder einer Rolle, die sie erlaubt) hinzuzufügen, und verbinden Sie sich dann erneut.</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::TestCandidate</name>
        <message>
            <source>Test Candidate (delete me)</source>
            <translation>Testkandidat (bitte löschen)</translation>
        </message>
        <message>
            <source>The test candidate could not be created: %1</source>
            <translation>Der Testkandidat konnte nicht erstellt werden: %1</translation>
        </message>
        <message>
            <source>Sourcedesk integration test: this candidate was created by “Test integration” and can be deleted.</source>
            <translation>Sourcedesk-Integrationstest: Dieser Kandidat wurde von „Integration testen“ erstellt und kann gelöscht werden.</translation>
        </message>
        <message>
            <source>Created “%1” on the job with a note. Delete it in SmartRecruiters when you are done.</source>
            <translation>„%1“ mit einer Notiz an der Stelle erstellt. Löschen Sie ihn in SmartRecruiters, wenn Sie fertig sind.</translation>
        </message>
        <message>
            <source>Created “%1” on the job, but the note could not be written: %2</source>
            <translation>„%1“ an der Stelle erstellt, aber die Notiz konnte nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>sd::outreach</name>
        <message>
            <source>Not sent: %1 would be empty or unknown for %2.</source>
            <translation>Nicht gesendet: %1 wäre für %2 leer oder unbekannt.</translation>
        </message>
    </context>
    <context>
        <name>sd::outreach::OutreachService</name>
        <message numerus="yes">
            <source>%n email(s) sent</source>
            <translation>
                <numerusform>%n E-Mail gesendet</numerusform>
                <numerusform>%n E-Mails gesendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reply(s)</source>
            <translation>
                <numerusform>%n Antwort</numerusform>
                <numerusform>%n Antworten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bounce(s)</source>
            <translation>
                <numerusform>%n Bounce</numerusform>
                <numerusform>%n Bounces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsubscribe(s)</source>
            <translation>
                <numerusform>%n Abmeldung</numerusform>
                <numerusform>%n Abmeldungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new task(s)</source>
            <translation>
                <numerusform>%n neue Aufgabe</numerusform>
                <numerusform>%n neue Aufgaben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paused: empty placeholder</source>
            <translation>
                <numerusform>%n pausiert: leerer Platzhalter</numerusform>
                <numerusform>%n pausiert: leerer Platzhalter</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::policy::Policy</name>
        <message>
            <source>your administrator</source>
            <translation>Ihrem Administrator</translation>
        </message>
        <message>
            <source>Locked by %1 (company policy)</source>
            <translation>Gesperrt von %1 (Unternehmensrichtlinie)</translation>
        </message>
        <message>
            <source>Set by %1 (company policy)</source>
            <translation>Festgelegt von %1 (Unternehmensrichtlinie)</translation>
        </message>
        <message>
            <source>The company policy file was ignored as a whole because it is not valid: %1</source>
            <translation>Die Richtliniendatei des Unternehmens wurde vollständig ignoriert, weil sie ungültig ist: %1</translation>
        </message>
        <message>
            <source>Company policy in force, set by %1 (%2).</source>
            <translation>Unternehmensrichtlinie in Kraft, festgelegt von %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>sd::policy::PolicyParser</name>
        <message>
            <source>unknown key "%1"; expected one of %2</source>
            <translation>unbekannter Schlüssel "%1"; erwartet wird einer von %2</translation>
        </message>
        <message>
            <source>"value" is missing</source>
            <translation>"value" fehlt</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>muss true oder false sein</translation>
        </message>
        <message>
            <source>must be an object of setting keys</source>
            <translation>muss ein Objekt mit Einstellungsschlüsseln sein</translation>
        </message>
        <message>
            <source>"%1" is not a web address</source>
            <translation>"%1" ist keine Webadresse</translation>
        </message>
        <message>
            <source>"%1" must use https</source>
            <translation>"%1" muss https verwenden</translation>
        </message>
        <message>
            <source>"%1" must be a plain address, without user, query or fragment</source>
            <translation>"%1" muss eine einfache Adresse sein, ohne Benutzer, Abfrage oder Fragment</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>muss ein Objekt sein</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <source>must be a client id without spaces</source>
            <translation>muss eine Client-ID ohne Leerzeichen sein</translation>
        </message>
        <message>
            <source>must be a non-empty list of sign-in methods (%1)</source>
            <translation>muss eine nicht leere Liste von Anmeldemethoden sein (%1)</translation>
        </message>
        <message>
            <source>must be one of %1</source>
            <translation>muss einer der Werte %1 sein</translation>
        </message>
        <message>
            <source>must be the format version, %1</source>
            <translation>muss die Formatversion %1 sein</translation>
        </message>
        <message>
            <source>format version %1 is for a newer Sourcedesk; this one reads %2</source>
            <translation>Formatversion %1 ist für ein neueres Sourcedesk; diese Version liest %2</translation>
        </message>
        <message>
            <source>must be a non-empty string naming who set the policy</source>
            <translation>muss eine nicht leere Zeichenkette sein, die nennt, wer die Richtlinie festgelegt hat</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>kein gültiges JSON: %1</translation>
        </message>
        <message>
            <source>the policy must be a JSON object</source>
            <translation>die Richtlinie muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <source>the file is too large for a policy</source>
            <translation>die Datei ist für eine Richtlinie zu groß</translation>
        </message>
    </context>
    <context>
        <name>sd::sample</name>
        <message>
            <source>Sample: Senior Backend Engineers</source>
            <translation>Beispiel: Senior Backend Engineers</translation>
        </message>
        <message>
            <source>Sample data to explore Sourcedesk. Remove it from Settings or the campaign's menu.</source>
            <translation>Beispieldaten zum Kennenlernen von Sourcedesk. Entfernen Sie sie in den Einstellungen oder über das Menü der Kampagne.</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Beispieldaten</translation>
        </message>
        <message>
            <source>Backend role at a growing team</source>
            <translation>Backend-Rolle in einem wachsenden Team</translation>
        </message>
        <message>
            <source>Hi %1, I came across your profile and would love to tell you about a role.</source>
            <translation>Hallo %1, ich bin auf Ihr Profil gestoßen und würde Ihnen gern eine Stelle vorstellen.</translation>
        </message>
        <message>
            <source>Re: Backend role at a growing team</source>
            <translation>Re: Backend-Rolle in einem wachsenden Team</translation>
        </message>
        <message>
            <source>Thanks for reaching out. Happy to talk next week.</source>
            <translation>Danke für Ihre Nachricht. Gern spreche ich nächste Woche mit Ihnen.</translation>
        </message>
    </context>
    <context>
        <name>sd::sr::ApiError</name>
        <message>
            <source>SmartRecruiters no longer accepts this connection. Reconnect in Settings → Integration.</source>
            <translation>SmartRecruiters akzeptiert diese Verbindung nicht mehr. Verbinden Sie sich unter Einstellungen → Integration erneut.</translation>
        </message>
        <message>
            <source>The SmartRecruiters connection lacks a permission this action needs. Reconnect and allow it.</source>
            <translation>Der SmartRecruiters-Verbindung fehlt eine Berechtigung, die diese Aktion benötigt. Verbinden Sie sich erneut und erlauben Sie sie.</translation>
        </message>
        <message>
            <source>The SmartRecruiters connection lacks the permission “%1”. Ask your admin to add it, then reconnect.</source>
            <translation>Der SmartRecruiters-Verbindung fehlt die Berechtigung „%1“. Bitten Sie Ihren Administrator, sie hinzuzufügen, und verbinden Sie sich dann erneut.</translation>
        </message>
        <message>
            <source>Your SmartRecruiters account is not allowed to do this (%1). Ask a SmartRecruiters admin for access.</source>
            <translation>Ihr SmartRecruiters-Konto darf dies nicht (%1). Bitten Sie einen SmartRecruiters-Administrator um Zugriff.</translation>
        </message>
        <message>
            <source>SmartRecruiters could not find it (%1); it may have been deleted or you may not have access.</source>
            <translation>SmartRecruiters konnte es nicht finden (%1); es wurde möglicherweise gelöscht, oder Sie haben keinen Zugriff.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the field “%1”: %2</source>
            <translation>SmartRecruiters hat das Feld „%1“ abgelehnt: %2</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the data: %1</source>
            <translation>SmartRecruiters hat die Daten abgelehnt: %1</translation>
        </message>
        <message>
            <source>SmartRecruiters is limiting requests right now. Sourcedesk will try again shortly.</source>
            <translation>SmartRecruiters begrenzt derzeit die Anfragen. Sourcedesk versucht es in Kürze erneut.</translation>
        </message>
        <message>
            <source>SmartRecruiters had a problem (HTTP %1). Try again in a few minutes.</source>
            <translation>Bei SmartRecruiters ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es in einigen Minuten erneut.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the request (HTTP %1%2).</source>
            <translation>SmartRecruiters hat die Anfrage abgelehnt (HTTP %1%2).</translation>
        </message>
        <message>
            <source>SmartRecruiters did not answer in time. Check your connection; Sourcedesk will try again.</source>
            <translation>SmartRecruiters hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung; Sourcedesk versucht es erneut.</translation>
        </message>
        <message>
            <source>The secure connection to SmartRecruiters failed (%1). Check the system date and any proxy that inspects traffic.</source>
            <translation>Die sichere Verbindung zu SmartRecruiters ist fehlgeschlagen (%1). Prüfen Sie das Systemdatum und etwaige Proxys, die den Datenverkehr untersuchen.</translation>
        </message>
        <message>
            <source>Cannot reach SmartRecruiters (%1). Check your internet connection.</source>
            <translation>SmartRecruiters ist nicht erreichbar (%1). Prüfen Sie Ihre Internetverbindung.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message numerus="yes">
            <source>SmartRecruiters did not answer within %n second(s). Check your connection and try again.</source>
            <translation>
                <numerusform>SmartRecruiters hat nicht innerhalb von %n Sekunde geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</numerusform>
                <numerusform>SmartRecruiters hat nicht innerhalb von %n Sekunden geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</numerusform>
            </translation>
        </message>
        <message>
            <source>SmartRecruiters sent an answer Sourcedesk cannot read (%1: %2). Please report this.</source>
            <translation>SmartRecruiters hat eine Antwort gesendet, die Sourcedesk nicht lesen kann (%1: %2). Bitte melden Sie dies.</translation>
        </message>
    </context>
    <context>
        <name>sd::sr::ApiKeyCredential</name>
        <message>
            <source>The API key was refused. Enter a valid key in Settings → Integration.</source>
            <translation>Der API-Schlüssel wurde abgelehnt. Geben Sie unter Einstellungen → Integration einen gültigen Schlüssel ein.</translation>
        </message>
    </context>
    <context>
        <name>sd::sr::Hosts</name>
        <message>
            <source>“%1” is not a web address such as https://api.smartrecruiters.com.</source>
            <translation>„%1“ ist keine Webadresse wie https://api.smartrecruiters.com.</translation>
        </message>
        <message>
            <source>“%1” must start with https://.</source>
            <translation>„%1“ muss mit https:// beginnen.</translation>
        </message>
        <message>
            <source>“%1” must use https://: only this computer's own test server (localhost) may use plain http.</source>
            <translation>„%1“ muss https:// verwenden: Nur der eigene Testserver dieses Computers (localhost) darf unverschlüsseltes http verwenden.</translation>
        </message>
        <message>
            <source>“%1” must be a plain base address, without user name, query or fragment.</source>
            <translation>„%1“ muss eine reine Basisadresse sein, ohne Benutzername, Abfrage oder Fragment.</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync</name>
        <message>
            <source>The stage is not in the SmartRecruiters stage list; refresh the stages.</source>
            <translation>Die Phase ist nicht in der SmartRecruiters-Phasenliste; aktualisieren Sie die Phasen.</translation>
        </message>
        <message>
            <source>The stage is not mapped to a pipeline status.</source>
            <translation>Die Phase ist keinem Pipeline-Status zugeordnet.</translation>
        </message>
        <message>
            <source>The stage was renamed or removed in SmartRecruiters; review its mapping.</source>
            <translation>Die Phase wurde in SmartRecruiters umbenannt oder entfernt; überprüfen Sie ihre Zuordnung.</translation>
        </message>
        <message>
            <source>The sub-status exists in several hiring processes with different mappings.</source>
            <translation>Der Unterstatus existiert in mehreren Einstellungsprozessen mit unterschiedlichen Zuordnungen.</translation>
        </message>
        <message>
            <source>The status was changed in Sourcedesk after the last SmartRecruiters change.</source>
            <translation>Der Status wurde in Sourcedesk nach der letzten Änderung in SmartRecruiters geändert.</translation>
        </message>
        <message>
            <source>The application is no longer in SmartRecruiters.</source>
            <translation>Die Bewerbung ist nicht mehr in SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::Stage</name>
        <message>
            <source>no longer in SmartRecruiters</source>
            <translation>nicht mehr in SmartRecruiters</translation>
        </message>
        <message>
            <source>renamed from “%1” to “%2”</source>
            <translation>umbenannt von „%1“ in „%2“</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::StageCatalog</name>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>In Prüfung</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Interview</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Angebot erhalten</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Eingestellt</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Zurückgezogen</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>Übertragen</translation>
        </message>
        <message>
            <source>These stages are not in the SmartRecruiters catalogue (refresh the stages first): %1</source>
            <translation>Diese Phasen sind nicht im SmartRecruiters-Katalog (aktualisieren Sie zuerst die Phasen): %1</translation>
        </message>
        <message>
            <source>Map every SmartRecruiters stage to a pipeline status before saving. Not mapped: %1</source>
            <translation>Ordnen Sie vor dem Speichern jede SmartRecruiters-Phase einem Pipeline-Status zu. Nicht zugeordnet: %1</translation>
        </message>
        <message>
            <source>No SmartRecruiters stage %1.</source>
            <translation>Keine SmartRecruiters-Phase %1.</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::StageSync</name>
        <message>
            <source>Stage sync has no start date: turn it off and on again.</source>
            <translation>Die Phasensynchronisierung hat kein Startdatum: Schalten Sie sie aus und wieder ein.</translation>
        </message>
        <message>
            <source>SmartRecruiters did not answer as expected.</source>
            <translation>SmartRecruiters hat nicht wie erwartet geantwortet.</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::StageSyncScheduler</name>
        <message>
            <source>The connection to SmartRecruiters changed during the stage sync; it runs again at the next opportunity.</source>
            <translation>Die Verbindung zu SmartRecruiters hat sich während der Phasensynchronisierung geändert; sie läuft bei nächster Gelegenheit erneut.</translation>
        </message>
        <message>
            <source>The stage sync time zone "%1" is not known here; %2 is used instead.</source>
            <translation>Die Zeitzone der Phasensynchronisierung "%1" ist hier nicht bekannt; stattdessen wird %2 verwendet.</translation>
        </message>
        <message>
            <source>The stage sync settings could not be read: %1</source>
            <translation>Die Einstellungen der Phasensynchronisierung konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>The last stage sync could not be read: %1</source>
            <translation>Die letzte Phasensynchronisierung konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Stage sync is turned off. Turn on "Synchronize hiring stages" on Settings → SmartRecruiters sync (team defaults) first.</source>
            <translation>Die Phasensynchronisierung ist ausgeschaltet. Schalten Sie zuerst „Einstellungsphasen synchronisieren“ unter Einstellungen → SmartRecruiters-Synchronisierung (Teamstandards) ein.</translation>
        </message>
        <message>
            <source>The stage sync is due but Sourcedesk is not connected to SmartRecruiters; it runs when the connection is back.</source>
            <translation>Die Phasensynchronisierung ist fällig, aber Sourcedesk ist nicht mit SmartRecruiters verbunden; sie läuft, sobald die Verbindung wieder besteht.</translation>
        </message>
        <message>
            <source>Not connected to SmartRecruiters. Connect on Settings → Integration: SmartRecruiters, then sync the stages again.</source>
            <translation>Nicht mit SmartRecruiters verbunden. Verbinden Sie sich unter Einstellungen → Integration: SmartRecruiters und synchronisieren Sie dann die Phasen erneut.</translation>
        </message>
        <message>
            <source>The check for what is out of step failed: %1</source>
            <translation>Die Suche nach Abweichungen ist fehlgeschlagen: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::StatusPushBack</name>
        <message>
            <source>No SmartRecruiters stage is mapped to this status, so it cannot be sent to SmartRecruiters.</source>
            <translation>Diesem Status ist keine SmartRecruiters-Phase zugeordnet, daher kann er nicht an SmartRecruiters gesendet werden.</translation>
        </message>
        <message>
            <source>The SmartRecruiters stage %1 is not in the stage list any more.</source>
            <translation>Die SmartRecruiters-Phase %1 ist nicht mehr in der Phasenliste.</translation>
        </message>
        <message>
            <source>The stage “%1” is mapped to another status.</source>
            <translation>Die Phase „%1“ ist einem anderen Status zugeordnet.</translation>
        </message>
        <message>
            <source>Several SmartRecruiters stages are mapped to this status; choose one: %1</source>
            <translation>Diesem Status sind mehrere SmartRecruiters-Phasen zugeordnet; wählen Sie eine: %1</translation>
        </message>
        <message>
            <source>The stage “%1” is %2; review the mapping first.</source>
            <translation>Die Phase „%1“ ist %2; überprüfen Sie zuerst die Zuordnung.</translation>
        </message>
        <message>
            <source>A reason can only be given for a rejection or a withdrawal.</source>
            <translation>Ein Grund kann nur bei einer Absage oder einem Rückzug angegeben werden.</translation>
        </message>
        <message>
            <source>Choose a rejection reason.</source>
            <translation>Wählen Sie einen Absagegrund.</translation>
        </message>
        <message>
            <source>Choose a withdrawal reason.</source>
            <translation>Wählen Sie einen Rückzugsgrund.</translation>
        </message>
        <message>
            <source>The reasons could not be read from SmartRecruiters; try again.</source>
            <translation>Die Gründe konnten nicht aus SmartRecruiters gelesen werden; versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>This rejection reason is not (or no longer) in SmartRecruiters.</source>
            <translation>Dieser Absagegrund ist nicht (oder nicht mehr) in SmartRecruiters vorhanden.</translation>
        </message>
        <message>
            <source>This withdrawal reason is not (or no longer) in SmartRecruiters.</source>
            <translation>Dieser Rückzugsgrund ist nicht (oder nicht mehr) in SmartRecruiters vorhanden.</translation>
        </message>
        <message>
            <source>This candidate is not linked to a SmartRecruiters application of the campaign's job.</source>
            <translation>Dieser Kandidat ist mit keiner SmartRecruiters-Bewerbung auf die Stelle der Kampagne verknüpft.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync</name>
        <message>
            <source>"%1" is not yes or no.</source>
            <translation>"%1" ist weder ja noch nein.</translation>
        </message>
        <message>
            <source>"%1" is not a number.</source>
            <translation>"%1" ist keine Zahl.</translation>
        </message>
        <message>
            <source>"%1" is not an amount with a currency code, like "EUR 1200".</source>
            <translation>"%1" ist kein Betrag mit Währungscode wie "EUR 1200".</translation>
        </message>
        <message>
            <source>"%1" is not a date (YYYY-MM-DD).</source>
            <translation>"%1" ist kein Datum (JJJJ-MM-TT).</translation>
        </message>
        <message>
            <source>"%1" is not a two-letter country code.</source>
            <translation>"%1" ist kein zweistelliger Ländercode.</translation>
        </message>
        <message>
            <source>The SmartRecruiters candidate has no id.</source>
            <translation>Der SmartRecruiters-Kandidat hat keine ID.</translation>
        </message>
        <message>
            <source>%1 (%2) is already linked to another SmartRecruiters candidate (%3). Open their SmartRecruiters tab to check which one is right.</source>
            <translation>%1 (%2) ist bereits mit einem anderen SmartRecruiters-Kandidaten verknüpft (%3). Öffnen Sie den SmartRecruiters-Tab, um zu prüfen, welcher richtig ist.</translation>
        </message>
        <message>
            <source>SmartRecruiters candidate %1 has no name; it was not added.</source>
            <translation>SmartRecruiters-Kandidat %1 hat keinen Namen; er wurde nicht hinzugefügt.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::AttachmentRunner</name>
        <message>
            <source>Uploaded when the candidate is created in SmartRecruiters.</source>
            <translation>Wird hochgeladen, wenn der Kandidat in SmartRecruiters erstellt wird.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::CompanyPolicy</name>
        <message>
            <source>true, false or a string</source>
            <translation>true, false oder eine Zeichenkette</translation>
        </message>
        <message>
            <source>a list of strings or a comma-separated string</source>
            <translation>eine Liste von Zeichenketten oder eine durch Kommas getrennte Zeichenkette</translation>
        </message>
        <message>
            <source>a JSON array of rules or a string</source>
            <translation>ein JSON-Array von Regeln oder eine Zeichenkette</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>eine Zeichenkette</translation>
        </message>
        <message>
            <source>%1: wrong type; expected %2</source>
            <translation>%1: falscher Typ; erwartet: %2</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::CreateRunner</name>
        <message>
            <source>Retry the job.</source>
            <translation>Wiederholen Sie den Auftrag.</translation>
        </message>
        <message>
            <source>A possible match in SmartRecruiters waits for review: %1</source>
            <translation>Ein möglicher Treffer in SmartRecruiters wartet auf Prüfung: %1</translation>
        </message>
        <message>
            <source>Open the review queue: link the candidate to the match, or mark them as different people.</source>
            <translation>Öffnen Sie die Prüfliste: Verknüpfen Sie den Kandidaten mit dem Treffer oder markieren Sie sie als verschiedene Personen.</translation>
        </message>
        <message>
            <source>Mandatory fields are blank: %1.</source>
            <translation>Pflichtfelder sind leer: %1.</translation>
        </message>
        <message>
            <source>Fill them in on the candidate, then retry.</source>
            <translation>Füllen Sie sie beim Kandidaten aus und wiederholen Sie dann den Vorgang.</translation>
        </message>
        <message>
            <source>Record the candidate's consent, then retry.</source>
            <translation>Erfassen Sie die Einwilligung des Kandidaten und wiederholen Sie dann den Vorgang.</translation>
        </message>
        <message>
            <source>same email %1, but the last name in SmartRecruiters is "%2"</source>
            <translation>gleiche E-Mail %1, aber der Nachname in SmartRecruiters ist "%2"</translation>
        </message>
        <message>
            <source>same name %1 %2, but another email (%3)</source>
            <translation>gleicher Name %1 %2, aber andere E-Mail (%3)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>; in SmartRecruiters on "%1" (%2)</source>
            <translation>; in SmartRecruiters bei "%1" (%2)</translation>
        </message>
        <message>
            <source>A possible match exists in SmartRecruiters: %1.</source>
            <translation>In SmartRecruiters existiert ein möglicher Treffer: %1.</translation>
        </message>
        <message>
            <source>Unlink the other Sourcedesk candidate, or skip this job.</source>
            <translation>Heben Sie die Verknüpfung des anderen Sourcedesk-Kandidaten auf oder überspringen Sie diesen Auftrag.</translation>
        </message>
        <message>
            <source>The answer to the create was lost, and SmartRecruiters cannot be searched for talent-pool candidates: %1 may already exist there.</source>
            <translation>Die Antwort auf das Erstellen ging verloren, und SmartRecruiters kann nicht nach Talent-Pool-Kandidaten durchsucht werden: %1 existiert dort möglicherweise bereits.</translation>
        </message>
        <message>
            <source>Look for them in SmartRecruiters' talent pool: if they are there, skip this job and link them; if not, retry.</source>
            <translation>Suchen Sie im Talent-Pool von SmartRecruiters danach: Wenn vorhanden, überspringen Sie diesen Auftrag und verknüpfen Sie; wenn nicht, wiederholen Sie ihn.</translation>
        </message>
        <message>
            <source>The source "%1" does not exist in SmartRecruiters; the connection's default source was used. Choose an existing source in the sync settings.</source>
            <translation>Die Quelle "%1" existiert in SmartRecruiters nicht; die Standardquelle der Verbindung wurde verwendet. Wählen Sie in den Synchronisierungseinstellungen eine vorhandene Quelle.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::FieldMapping</name>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>an email address</source>
            <translation>eine E-Mail-Adresse</translation>
        </message>
        <message>
            <source>a phone number</source>
            <translation>eine Telefonnummer</translation>
        </message>
        <message>
            <source>a web address</source>
            <translation>eine Webadresse</translation>
        </message>
        <message>
            <source>a two-letter country code</source>
            <translation>ein zweistelliger Ländercode</translation>
        </message>
        <message>
            <source>a region code such as us-wa</source>
            <translation>ein Regionscode wie us-wa</translation>
        </message>
        <message>
            <source>a date</source>
            <translation>ein Datum</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>yes or no</source>
            <translation>ja oder nein</translation>
        </message>
        <message>
            <source>one of the property's values</source>
            <translation>einer der Werte der Eigenschaft</translation>
        </message>
        <message>
            <source>an amount with a currency</source>
            <translation>ein Betrag mit Währung</translation>
        </message>
        <message>
            <source>a SmartRecruiters user</source>
            <translation>ein SmartRecruiters-Benutzer</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Telefonnummer</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Ländercode</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Berufsbezeichnung</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>Property %1</source>
            <translation>Eigenschaft %1</translation>
        </message>
        <message>
            <source>the field mapping is not valid JSON: %1</source>
            <translation>die Feldzuordnung ist kein gültiges JSON: %1</translation>
        </message>
        <message>
            <source>offset %1</source>
            <translation>Position %1</translation>
        </message>
        <message>
            <source>the field mapping must be a JSON array of rules</source>
            <translation>die Feldzuordnung muss ein JSON-Array von Regeln sein</translation>
        </message>
        <message>
            <source>entry %1</source>
            <translation>Eintrag %1</translation>
        </message>
        <message>
            <source>entry %1 (%2)</source>
            <translation>Eintrag %1 (%2)</translation>
        </message>
        <message>
            <source>each rule must be an object with srField, source and rule</source>
            <translation>jede Regel muss ein Objekt mit srField, source und rule sein</translation>
        </message>
        <message>
            <source>srField is missing</source>
            <translation>srField fehlt</translation>
        </message>
        <message>
            <source>%1 is not a SmartRecruiters candidate field; use a standard field or property:&lt;id&gt;</source>
            <translation>%1 ist kein SmartRecruiters-Kandidatenfeld; verwenden Sie ein Standardfeld oder property:&lt;id&gt;</translation>
        </message>
        <message>
            <source>%1 is mapped twice</source>
            <translation>%1 ist doppelt zugeordnet</translation>
        </message>
        <message>
            <source>source is missing</source>
            <translation>source fehlt</translation>
        </message>
        <message>
            <source>rule must be "always" or "ifBlank", not "%1"</source>
            <translation>rule muss "always" oder "ifBlank" sein, nicht "%1"</translation>
        </message>
        <message>
            <source>there is no candidate property with id %1 in SmartRecruiters</source>
            <translation>in SmartRecruiters gibt es keine Kandidateneigenschaft mit der ID %1</translation>
        </message>
        <message>
            <source>property type %1 is not supported</source>
            <translation>Eigenschaftstyp %1 wird nicht unterstützt</translation>
        </message>
        <message>
            <source>not a SmartRecruiters candidate field</source>
            <translation>kein SmartRecruiters-Kandidatenfeld</translation>
        </message>
        <message>
            <source>mapped more than once; only the first rule counts</source>
            <translation>mehrfach zugeordnet; nur die erste Regel zählt</translation>
        </message>
        <message>
            <source>%1 is not a Sourcedesk field</source>
            <translation>%1 ist kein Sourcedesk-Feld</translation>
        </message>
        <message>
            <source>unknown placeholder {%1}</source>
            <translation>unbekannter Platzhalter {%1}</translation>
        </message>
        <message>
            <source>SmartRecruiters expects %1 here, but %2 holds %3</source>
            <translation>SmartRecruiters erwartet hier %1, aber %2 enthält %3</translation>
        </message>
        <message>
            <source>"%1" is not %2</source>
            <translation>"%1" ist nicht %2</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::JobOutcome</name>
        <message>
            <source>Connect to SmartRecruiters again in Settings → Integration; waiting jobs then continue.</source>
            <translation>Verbinden Sie sich unter Einstellungen → Integration erneut mit SmartRecruiters; wartende Aufträge werden dann fortgesetzt.</translation>
        </message>
        <message>
            <source>Ask your SmartRecruiters admin to grant the missing permission, connect again, then retry.</source>
            <translation>Bitten Sie Ihren SmartRecruiters-Administrator, die fehlende Berechtigung zu erteilen, verbinden Sie sich erneut und wiederholen Sie dann den Vorgang.</translation>
        </message>
        <message>
            <source>Your SmartRecruiters user may not do this: ask an admin, or skip the job.</source>
            <translation>Ihr SmartRecruiters-Benutzer darf dies nicht: Wenden Sie sich an einen Administrator oder überspringen Sie den Auftrag.</translation>
        </message>
        <message>
            <source>The record no longer exists in SmartRecruiters: unlink the candidate or skip the job.</source>
            <translation>Der Datensatz existiert in SmartRecruiters nicht mehr: Heben Sie die Verknüpfung des Kandidaten auf oder überspringen Sie den Auftrag.</translation>
        </message>
        <message>
            <source>Correct the candidate's data in Sourcedesk, then retry.</source>
            <translation>Korrigieren Sie die Daten des Kandidaten in Sourcedesk und wiederholen Sie dann den Vorgang.</translation>
        </message>
        <message>
            <source>Correct "%1" on the candidate in Sourcedesk, then retry.</source>
            <translation>Korrigieren Sie "%1" beim Kandidaten in Sourcedesk und wiederholen Sie dann den Vorgang.</translation>
        </message>
        <message>
            <source>Check the connection in Settings → Integration, then retry.</source>
            <translation>Prüfen Sie die Verbindung unter Einstellungen → Integration und wiederholen Sie dann den Vorgang.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::JobRunner</name>
        <message>
            <source>Retry the job.</source>
            <translation>Wiederholen Sie den Auftrag.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::LinkRunner</name>
        <message>
            <source>Nothing to link.</source>
            <translation>Nichts zu verknüpfen.</translation>
        </message>
        <message>
            <source>%1 %2 already exists in SmartRecruiters and is not on the job "%3". SmartRecruiters' API cannot add an existing candidate to a job, and Sourcedesk does not create a second profile.</source>
            <translation>%1 %2 existiert bereits in SmartRecruiters und ist nicht der Stelle "%3" zugeordnet. Die API von SmartRecruiters kann keinen vorhandenen Kandidaten zu einer Stelle hinzufügen, und Sourcedesk erstellt kein zweites Profil.</translation>
        </message>
        <message>
            <source>Open the candidate in SmartRecruiters and add them to the job, then retry (or skip) this job.</source>
            <translation>Öffnen Sie den Kandidaten in SmartRecruiters und fügen Sie ihn der Stelle hinzu; wiederholen (oder überspringen) Sie dann diesen Auftrag.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::NoteRunner</name>
        <message>
            <source>Written when the candidate is created in SmartRecruiters.</source>
            <translation>Wird geschrieben, wenn der Kandidat in SmartRecruiters erstellt wird.</translation>
        </message>
        <message>
            <source>No email to find the candidate in SmartRecruiters by.</source>
            <translation>Keine E-Mail, über die der Kandidat in SmartRecruiters gefunden werden kann.</translation>
        </message>
        <message>
            <source>No matching candidate in SmartRecruiters yet.</source>
            <translation>Noch kein passender Kandidat in SmartRecruiters.</translation>
        </message>
        <message>
            <source>The answer to this note was lost, and only a SmartRecruiters administrator may list notes to check whether it was written.</source>
            <translation>Die Antwort auf diese Notiz ging verloren, und nur ein SmartRecruiters-Administrator darf Notizen auflisten, um zu prüfen, ob sie geschrieben wurde.</translation>
        </message>
        <message>
            <source>Look at the candidate's notes in SmartRecruiters: skip this job if the note is there, retry it if not.</source>
            <translation>Sehen Sie sich die Notizen des Kandidaten in SmartRecruiters an: Überspringen Sie diesen Auftrag, wenn die Notiz vorhanden ist, andernfalls wiederholen Sie ihn.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::Outbox</name>
        <message>
            <source>Create candidate</source>
            <translation>Kandidat erstellen</translation>
        </message>
        <message>
            <source>Put on job</source>
            <translation>Der Stelle zuordnen</translation>
        </message>
        <message>
            <source>Update fields</source>
            <translation>Felder aktualisieren</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Notiz hinzufügen</translation>
        </message>
        <message>
            <source>Set tags</source>
            <translation>Tags setzen</translation>
        </message>
        <message>
            <source>Upload attachment</source>
            <translation>Anhang hochladen</translation>
        </message>
        <message>
            <source>Set hiring status</source>
            <translation>Einstellungsstatus setzen</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Wird gesendet</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>Wird wiederholt</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Erfordert Aufmerksamkeit</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Zurückgehalten</translation>
        </message>
        <message>
            <source>A SmartRecruiters job needs a candidate.</source>
            <translation>Ein SmartRecruiters-Auftrag benötigt einen Kandidaten.</translation>
        </message>
        <message>
            <source>Outbox job %1 does not exist.</source>
            <translation>Postausgangsauftrag %1 existiert nicht.</translation>
        </message>
        <message>
            <source>Only a job that waits or needs attention can be retried; job %1 is %2.</source>
            <translation>Nur ein wartender oder Aufmerksamkeit erfordernder Auftrag kann wiederholt werden; Auftrag %1 ist %2.</translation>
        </message>
        <message>
            <source>Job %1 is %2 and cannot be skipped.</source>
            <translation>Auftrag %1 ist %2 und kann nicht übersprungen werden.</translation>
        </message>
        <message>
            <source>Outbox job %1 was taken over by another Sourcedesk after its lease ran out.</source>
            <translation>Postausgangsauftrag %1 wurde von einem anderen Sourcedesk übernommen, nachdem seine Reservierung abgelaufen war.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::PreviewRunner</name>
        <message>
            <source>A possible match in SmartRecruiters waits for review: %1</source>
            <translation>Ein möglicher Treffer in SmartRecruiters wartet auf Prüfung: %1</translation>
        </message>
        <message>
            <source>Create the candidate in the talent pool</source>
            <translation>Kandidat im Talent-Pool erstellen</translation>
        </message>
        <message>
            <source>Create the candidate on the job "%1"</source>
            <translation>Kandidat auf der Stelle "%1" erstellen</translation>
        </message>
        <message>
            <source>The source "%1" is checked against SmartRecruiters' sources when the push runs; an unknown one falls back to the connection's default.</source>
            <translation>Die Quelle "%1" wird bei der Übertragung mit den Quellen von SmartRecruiters abgeglichen; eine unbekannte fällt auf den Standard der Verbindung zurück.</translation>
        </message>
        <message>
            <source>Update the linked SmartRecruiters candidate</source>
            <translation>Verknüpften SmartRecruiters-Kandidaten aktualisieren</translation>
        </message>
        <message>
            <source>Not connected: SmartRecruiters' current values could not be read.</source>
            <translation>Nicht verbunden: Die aktuellen Werte von SmartRecruiters konnten nicht gelesen werden.</translation>
        </message>
        <message>
            <source>"Sync manual contact updates" is off: edits are not sent on their own.</source>
            <translation>„Manuelle Kontaktänderungen synchronisieren“ ist aus: Bearbeitungen werden nicht eigenständig gesendet.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::Reconciler</name>
        <message>
            <source>%1 is %2 in the campaign but not in SmartRecruiters.</source>
            <translation>%1 ist in der Kampagne %2, aber nicht in SmartRecruiters.</translation>
        </message>
        <message>
            <source>Push to SmartRecruiters</source>
            <translation>An SmartRecruiters übertragen</translation>
        </message>
        <message>
            <source>A note for %1 waits until they are in SmartRecruiters.</source>
            <translation>Eine Notiz für %1 wartet, bis der Kandidat in SmartRecruiters ist.</translation>
        </message>
        <message>
            <source>%1 for %2: %3</source>
            <translation>%1 für %2: %3</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>%1 is %2 here but %3 in SmartRecruiters.</source>
            <translation>%1 ist hier %2, in SmartRecruiters aber %3.</translation>
        </message>
        <message>
            <source>Use SmartRecruiters' stage (%1)</source>
            <translation>Phase von SmartRecruiters übernehmen (%1)</translation>
        </message>
        <message>
            <source>The SmartRecruiters stage is not mapped.</source>
            <translation>Die SmartRecruiters-Phase ist nicht zugeordnet.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SettingsStore</name>
        <message>
            <source>not saved at "%1": %2</source>
            <translation>nicht gespeichert unter "%1": %2</translation>
        </message>
        <message>
            <source>built-in defaults are not stored</source>
            <translation>integrierte Standardwerte werden nicht gespeichert</translation>
        </message>
        <message>
            <source>the team layer has no scope, got "%1"</source>
            <translation>die Teamebene hat keinen Geltungsbereich, erhalten: "%1"</translation>
        </message>
        <message>
            <source>a user setting needs the user name</source>
            <translation>eine Benutzereinstellung benötigt den Benutzernamen</translation>
        </message>
        <message>
            <source>the scope must be a positive id, got "%1"</source>
            <translation>der Geltungsbereich muss eine positive ID sein, erhalten: "%1"</translation>
        </message>
        <message>
            <source>reading the sync settings</source>
            <translation>Lesen der Synchronisierungseinstellungen</translation>
        </message>
        <message>
            <source>saving the sync setting %1</source>
            <translation>Speichern der Synchronisierungseinstellung %1</translation>
        </message>
        <message>
            <source>removing the sync setting %1</source>
            <translation>Entfernen der Synchronisierungseinstellung %1</translation>
        </message>
        <message>
            <source>not valid JSON at offset %1: %2</source>
            <translation>kein gültiges JSON an Position %1: %2</translation>
        </message>
        <message>
            <source>not a Sourcedesk sync settings file ("format" must be "%1")</source>
            <translation>keine Sourcedesk-Datei mit Synchronisierungseinstellungen ("format" muss "%1" sein)</translation>
        </message>
        <message>
            <source>"version" must be %1</source>
            <translation>"version" muss %1 sein</translation>
        </message>
        <message>
            <source>written by a newer Sourcedesk (format version %1; this version reads %2)</source>
            <translation>von einer neueren Sourcedesk-Version geschrieben (Formatversion %1; diese Version liest %2)</translation>
        </message>
        <message>
            <source>"layer" must be team, user, campaign or candidate, not "%1"</source>
            <translation>"layer" muss team, user, campaign oder candidate sein, nicht "%1"</translation>
        </message>
        <message>
            <source>"values" must be an object of settings</source>
            <translation>"values" muss ein Objekt mit Einstellungen sein</translation>
        </message>
        <message>
            <source>%1: the value must be text</source>
            <translation>%1: Der Wert muss Text sein</translation>
        </message>
        <message>
            <source>%1: "locked" must be true or false</source>
            <translation>%1: "locked" muss true oder false sein</translation>
        </message>
        <message>
            <source>%1: only team settings can be locked</source>
            <translation>%1: Nur Teameinstellungen können gesperrt werden</translation>
        </message>
        <message>
            <source>Only a team admin can change the team settings, field mappings and job status whitelist; ask your team admin.</source>
            <translation>Nur ein Team-Administrator kann die Teameinstellungen, Feldzuordnungen und zulässigen Stellenstatus ändern; wenden Sie sich an Ihren Team-Administrator.</translation>
        </message>
        <message>
            <source>Only a team admin can change the team settings, field mappings and job status whitelist; you are signed in as %1 (recruiter). Ask your team admin.</source>
            <translation>Nur ein Team-Administrator kann die Teameinstellungen, Feldzuordnungen und zulässigen Stellenstatus ändern; Sie sind als %1 (Recruiter) angemeldet. Wenden Sie sich an Ihren Team-Administrator.</translation>
        </message>
        <message>
            <source>The team database refused the change: your role may not change settings at "%1" for this scope.</source>
            <translation>Die Team-Datenbank hat die Änderung abgelehnt: Ihre Rolle darf Einstellungen auf Ebene "%1" für diesen Geltungsbereich nicht ändern.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::StatusRunner</name>
        <message>
            <source>Sent when the candidate is created in SmartRecruiters.</source>
            <translation>Wird gesendet, wenn der Kandidat in SmartRecruiters erstellt wird.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SyncPlanner</name>
        <message>
            <source>%1: "Add candidate to SmartRecruiters" is set to "Don't add".</source>
            <translation>%1: „Kandidat zu SmartRecruiters hinzufügen“ ist auf „Nicht hinzufügen“ gesetzt.</translation>
        </message>
        <message>
            <source>%1 has no application to update: the candidate is not in SmartRecruiters or the campaign is not linked to a job.</source>
            <translation>%1 hat keine Bewerbung zum Aktualisieren: Der Kandidat ist nicht in SmartRecruiters, oder die Kampagne ist mit keiner Stelle verknüpft.</translation>
        </message>
        <message>
            <source>%1: the status was not pushed to SmartRecruiters: %2</source>
            <translation>%1: Der Status wurde nicht an SmartRecruiters übertragen: %2</translation>
        </message>
        <message>
            <source>Status in "%1" changed to %2.</source>
            <translation>Status in "%1" auf %2 geändert.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SyncRules</name>
        <message>
            <source>when added to the campaign</source>
            <translation>beim Hinzufügen zur Kampagne</translation>
        </message>
        <message>
            <source>when they reply</source>
            <translation>erst bei Antwort</translation>
        </message>
        <message>
            <source>when they are interested</source>
            <translation>erst bei Interesse</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Notes are turned off for this kind of activity</source>
            <translation>Notizen sind für diese Art von Aktivität ausgeschaltet</translation>
        </message>
        <message>
            <source>Written to the SmartRecruiters candidate with the same email</source>
            <translation>Wird beim SmartRecruiters-Kandidaten mit derselben E-Mail-Adresse geschrieben</translation>
        </message>
        <message>
            <source>Notes go only to records Sourcedesk synced, and this candidate is never added to SmartRecruiters</source>
            <translation>Notizen gehen nur an von Sourcedesk synchronisierte Datensätze, und dieser Kandidat wird nie zu SmartRecruiters hinzugefügt</translation>
        </message>
        <message>
            <source>This candidate is not in SmartRecruiters and is never added to it</source>
            <translation>Dieser Kandidat ist nicht in SmartRecruiters und wird nie hinzugefügt</translation>
        </message>
        <message>
            <source>Written when the candidate is created in SmartRecruiters (%1)</source>
            <translation>Wird geschrieben, wenn der Kandidat in SmartRecruiters erstellt wird (%1)</translation>
        </message>
        <message>
            <source>Notes go only to synced records, not to a record that merely has the same email.</source>
            <translation>Notizen gehen nur an synchronisierte Datensätze, nicht an einen Datensatz, der lediglich dieselbe E-Mail-Adresse hat.</translation>
        </message>
        <message>
            <source>Written once the candidate has been created in SmartRecruiters</source>
            <translation>Wird geschrieben, sobald der Kandidat in SmartRecruiters erstellt wurde</translation>
        </message>
        <message>
            <source>Nothing to send (blank in Sourcedesk)</source>
            <translation>Nichts zu senden (in Sourcedesk leer)</translation>
        </message>
        <message>
            <source>New candidate in SmartRecruiters</source>
            <translation>Neuer Kandidat in SmartRecruiters</translation>
        </message>
        <message>
            <source>Same value</source>
            <translation>Gleicher Wert</translation>
        </message>
        <message>
            <source>SmartRecruiters takes this only when the candidate is created</source>
            <translation>SmartRecruiters übernimmt dies nur beim Erstellen des Kandidaten</translation>
        </message>
        <message>
            <source>SmartRecruiters is blank</source>
            <translation>In SmartRecruiters leer</translation>
        </message>
        <message>
            <source>Always update</source>
            <translation>Immer aktualisieren</translation>
        </message>
        <message>
            <source>Only update if blank: SmartRecruiters already has a value</source>
            <translation>Nur aktualisieren, wenn leer: SmartRecruiters hat bereits einen Wert</translation>
        </message>
        <message>
            <source>Consent is required before syncing, and this candidate's consent is: %1</source>
            <translation>Vor der Synchronisierung ist eine Einwilligung erforderlich, und die Einwilligung dieses Kandidaten ist: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SyncSettings</name>
        <message>
            <source>Sync manual contact updates to SmartRecruiters</source>
            <translation>Manuelle Kontaktänderungen mit SmartRecruiters synchronisieren</translation>
        </message>
        <message>
            <source>Add candidate to SmartRecruiters</source>
            <translation>Kandidat zu SmartRecruiters hinzufügen</translation>
        </message>
        <message>
            <source>Only add notes to synced records</source>
            <translation>Notizen nur zu synchronisierten Datensätzen hinzufügen</translation>
        </message>
        <message>
            <source>Displayed fields</source>
            <translation>Angezeigte Felder</translation>
        </message>
        <message>
            <source>Mandatory fields</source>
            <translation>Pflichtfelder</translation>
        </message>
        <message>
            <source>Contact field mapping</source>
            <translation>Feldzuordnung für Kontakte</translation>
        </message>
        <message>
            <source>Filterable fields</source>
            <translation>Filterbare Felder</translation>
        </message>
        <message>
            <source>Create new notes from</source>
            <translation>Neue Notizen erstellen aus</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Notiztext</translation>
        </message>
        <message>
            <source>Who sees the notes</source>
            <translation>Wer die Notizen sieht</translation>
        </message>
        <message>
            <source>Share notes with these users</source>
            <translation>Notizen mit diesen Benutzern teilen</translation>
        </message>
        <message>
            <source>Job status whitelist</source>
            <translation>Zulässige Stellenstatus</translation>
        </message>
        <message>
            <source>Candidate source in SmartRecruiters</source>
            <translation>Kandidatenquelle in SmartRecruiters</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Tag candidates</source>
            <translation>Kandidaten taggen</translation>
        </message>
        <message>
            <source>Require consent before syncing</source>
            <translation>Einwilligung vor der Synchronisierung verlangen</translation>
        </message>
        <message>
            <source>Consent text</source>
            <translation>Einwilligungstext</translation>
        </message>
        <message>
            <source>Upload attachments</source>
            <translation>Anhänge hochladen</translation>
        </message>
        <message>
            <source>Synchronize hiring stages</source>
            <translation>Einstellungsphasen synchronisieren</translation>
        </message>
        <message>
            <source>Daily stage sync at</source>
            <translation>Tägliche Phasensynchronisierung um</translation>
        </message>
        <message>
            <source>Stage sync time zone</source>
            <translation>Zeitzone der Phasensynchronisierung</translation>
        </message>
        <message>
            <source>Stage sync since</source>
            <translation>Phasensynchronisierung seit</translation>
        </message>
        <message>
            <source>Only applications made after stage sync was turned on</source>
            <translation>Nur Bewerbungen nach Aktivierung der Phasensynchronisierung</translation>
        </message>
        <message>
            <source>Push pipeline changes back to SmartRecruiters</source>
            <translation>Pipeline-Änderungen zurück an SmartRecruiters übertragen</translation>
        </message>
        <message>
            <source>%1: unknown placeholder {%2}; use %3 or a candidate field such as {firstName}</source>
            <translation>%1: unbekannter Platzhalter {%2}; verwenden Sie %3 oder ein Kandidatenfeld wie {firstName}</translation>
        </message>
        <message>
            <source>%1 must not be empty</source>
            <translation>%1 darf nicht leer sein</translation>
        </message>
        <message>
            <source>%1 must be "sourceTypeId/sourceSubTypeId/sourceId" (the middle part may be empty) or empty for SmartRecruiters' default source, not %2</source>
            <translation>%1 muss "sourceTypeId/sourceSubTypeId/sourceId" (der mittlere Teil darf leer sein) oder leer für die Standardquelle von SmartRecruiters sein, nicht %2</translation>
        </message>
        <message>
            <source>%1 must be a time zone such as Europe/Paris, not %2</source>
            <translation>%1 muss eine Zeitzone wie Europe/Paris sein, nicht %2</translation>
        </message>
        <message>
            <source>%1: %2 is not a valid id</source>
            <translation>%1: %2 ist keine gültige ID</translation>
        </message>
        <message>
            <source>%1: %2 is not allowed; choose from %3</source>
            <translation>%1: %2 ist nicht zulässig; wählen Sie aus %3</translation>
        </message>
        <message>
            <source>Built-in default</source>
            <translation>Integrierter Standard</translation>
        </message>
        <message>
            <source>Team default</source>
            <translation>Teamstandard</translation>
        </message>
        <message>
            <source>Your setting</source>
            <translation>Ihre Einstellung</translation>
        </message>
        <message>
            <source>This campaign</source>
            <translation>Diese Kampagne</translation>
        </message>
        <message>
            <source>This candidate (Sync as)</source>
            <translation>Dieser Kandidat (Synchronisieren als)</translation>
        </message>
        <message>
            <source>Unknown setting %1</source>
            <translation>Unbekannte Einstellung %1</translation>
        </message>
        <message>
            <source>%1 must be true or false, not %2</source>
            <translation>%1 muss true oder false sein, nicht %2</translation>
        </message>
        <message>
            <source>%1 must be one of %2, not %3</source>
            <translation>%1 muss einer der Werte %2 sein, nicht %3</translation>
        </message>
        <message>
            <source>%1 must be a time as HH:mm (24-hour), not %2</source>
            <translation>%1 muss eine Uhrzeit im Format HH:mm (24 Stunden) sein, nicht %2</translation>
        </message>
        <message>
            <source>%1 must be a date as yyyy-MM-dd or empty, not %2</source>
            <translation>%1 muss ein Datum im Format yyyy-MM-dd oder leer sein, nicht %2</translation>
        </message>
        <message>
            <source>%1 cannot be set here (%2); the value is ignored</source>
            <translation>%1 kann hier nicht festgelegt werden (%2); der Wert wird ignoriert</translation>
        </message>
        <message>
            <source>The built-in default of %1 cannot be changed</source>
            <translation>Der integrierte Standard von %1 kann nicht geändert werden</translation>
        </message>
        <message>
            <source>%1 (%2) can only be set by the team admin, not at "%3"</source>
            <translation>%1 (%2) kann nur vom Team-Administrator festgelegt werden, nicht auf Ebene "%3"</translation>
        </message>
        <message>
            <source>%1 (%2) is locked by your team admin</source>
            <translation>%1 (%2) wurde von Ihrem Team-Administrator gesperrt</translation>
        </message>
        <message>
            <source>Company policy</source>
            <translation>Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>%1 (%2): %3; nobody can change it here</source>
            <translation>%1 (%2): %3; hier kann niemand diese Einstellung ändern</translation>
        </message>
        <message>
            <source>%1 (%2): %3, above the team defaults</source>
            <translation>%1 (%2): %3, hat Vorrang vor den Teamstandards</translation>
        </message>
        <message>
            <source>%1 (%2) is locked by the team admin %3</source>
            <translation>%1 (%2) wurde vom Team-Administrator %3 gesperrt</translation>
        </message>
        <message>
            <source>Locked by the team admin</source>
            <translation>Vom Team-Administrator gesperrt</translation>
        </message>
        <message>
            <source>Locked by the team admin %1</source>
            <translation>Vom Team-Administrator %1 gesperrt</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SyncStore</name>
        <message>
            <source>SmartRecruiters candidate %1 is already linked to candidate %2 in Sourcedesk.</source>
            <translation>SmartRecruiters-Kandidat %1 ist bereits mit Kandidat %2 in Sourcedesk verknüpft.</translation>
        </message>
        <message>
            <source>The possible match could not be queued for review.</source>
            <translation>Der mögliche Treffer konnte nicht zur Prüfung eingereiht werden.</translation>
        </message>
        <message>
            <source>Review %1 does not exist or was already resolved.</source>
            <translation>Prüfung %1 existiert nicht oder wurde bereits erledigt.</translation>
        </message>
        <message>
            <source>An attachment needs a file name and content.</source>
            <translation>Ein Anhang benötigt einen Dateinamen und Inhalt.</translation>
        </message>
        <message>
            <source>Attachment %1 does not exist.</source>
            <translation>Anhang %1 existiert nicht.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::TagsRunner</name>
        <message>
            <source>Tagged when the candidate is created in SmartRecruiters.</source>
            <translation>Wird getaggt, wenn der Kandidat in SmartRecruiters erstellt wird.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::Templates</name>
        <message>
            <source>"{" at position %1 is never closed (write "{{" for a literal brace)</source>
            <translation>Die Klammer "{" an Position %1 wird nie geschlossen (schreiben Sie "{{" für eine geschweifte Klammer als Text)</translation>
        </message>
        <message>
            <source>"}" at position %1 has no matching "{" (write "}}" for a literal brace)</source>
            <translation>Zur Klammer "}" an Position %1 gibt es kein passendes "{" (schreiben Sie "}}" für eine geschweifte Klammer als Text)</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::UpdateRunner</name>
        <message>
            <source>Not in SmartRecruiters.</source>
            <translation>Nicht in SmartRecruiters.</translation>
        </message>
        <message>
            <source>SmartRecruiters cannot update this field of an existing candidate.</source>
            <translation>SmartRecruiters kann dieses Feld eines vorhandenen Kandidaten nicht aktualisieren.</translation>
        </message>
        <message>
            <source>The property no longer exists in SmartRecruiters.</source>
            <translation>Die Eigenschaft existiert in SmartRecruiters nicht mehr.</translation>
        </message>
        <message>
            <source>Only update if blank: SmartRecruiters already has a value.</source>
            <translation>Nur aktualisieren, wenn leer: SmartRecruiters hat bereits einen Wert.</translation>
        </message>
        <message>
            <source>Same value.</source>
            <translation>Gleicher Wert.</translation>
        </message>
        <message>
            <source>Sent to the application on the job.</source>
            <translation>An die Bewerbung auf die Stelle gesendet.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::AnalyticsCharts</name>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Kontaktiert</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Geantwortet</translation>
        </message>
        <message>
            <source>Interested</source>
            <translation>Interessiert</translation>
        </message>
        <message>
            <source>In SmartRecruiters</source>
            <translation>In SmartRecruiters</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Eingestellt</translation>
        </message>
        <message>
            <source>No author</source>
            <translation>Kein Autor</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>Woche vom %1</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 Tage</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>No members were added in this range.</source>
            <translation>In diesem Zeitraum wurden keine Mitglieder hinzugefügt.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Replied: %1 of the members added; interested: %2</source>
            <translation>Geantwortet: %1 der hinzugefügten Mitglieder; interessiert: %2</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Antwortquote</translation>
        </message>
        <message>
            <source>Interest rate</source>
            <translation>Interessequote</translation>
        </message>
        <message>
            <source>%1: %2 contacted, reply rate %3, interest rate %4</source>
            <translation>%1: %2 kontaktiert, Antwortquote %3, Interessequote %4</translation>
        </message>
        <message>
            <source>Nobody was contacted in this range.</source>
            <translation>In diesem Zeitraum wurde niemand kontaktiert.</translation>
        </message>
        <message>
            <source>Per day.</source>
            <translation>Pro Tag.</translation>
        </message>
        <message>
            <source>Per week.</source>
            <translation>Pro Woche.</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>Over the range: %1 contacted, %2 replied (%3), %4 interested (%5)</source>
            <translation>Im Zeitraum: %1 kontaktiert, %2 geantwortet (%3), %4 interessiert (%5)</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>No activities were logged in this range.</source>
            <translation>In diesem Zeitraum wurden keine Aktivitäten erfasst.</translation>
        </message>
        <message numerus="yes">
            <source>%n activities in all</source>
            <translation>
                <numerusform>%n Aktivität insgesamt</numerusform>
                <numerusform>%n Aktivitäten insgesamt</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody was reached out to in this range.</source>
            <translation>In diesem Zeitraum wurde niemand angesprochen.</translation>
        </message>
        <message>
            <source>None of the %1 members reached out to has replied yet.</source>
            <translation>Keines der %1 angesprochenen Mitglieder hat bisher geantwortet.</translation>
        </message>
        <message>
            <source>%1 of %2 members replied (%3). Median %4, 90th percentile %5.</source>
            <translation>%1 von %2 Mitgliedern haben geantwortet (%3). Median %4, 90. Perzentil %5.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Bewerbungen</translation>
        </message>
        <message>
            <source>No SmartRecruiters applications for the members added in this range.</source>
            <translation>Keine SmartRecruiters-Bewerbungen für die in diesem Zeitraum hinzugefügten Mitglieder.</translation>
        </message>
        <message>
            <source>%1 applications in SmartRecruiters</source>
            <translation>%1 Bewerbungen in SmartRecruiters</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Week starting</source>
            <translation>Wochenbeginn</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Prozent</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::AnalyticsView</name>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (archiviert)</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampagne</translation>
        </message>
        <message>
            <source>Date range</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>Refresh the analytics</source>
            <translation>Analysen aktualisieren</translation>
        </message>
        <message>
            <source>Loading the analytics</source>
            <translation>Analysen werden geladen</translation>
        </message>
        <message>
            <source>Analytics status</source>
            <translation>Analysestatus</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Analysen</translation>
        </message>
        <message>
            <source>Pipeline funnel</source>
            <translation>Pipeline-Trichter</translation>
        </message>
        <message>
            <source>Reply and interest rates</source>
            <translation>Antwort- und Interessequoten</translation>
        </message>
        <message>
            <source>Activity per recruiter</source>
            <translation>Aktivität pro Recruiter</translation>
        </message>
        <message>
            <source>Time to first reply</source>
            <translation>Zeit bis zur ersten Antwort</translation>
        </message>
        <message>
            <source>SmartRecruiters stages</source>
            <translation>SmartRecruiters-Phasen</translation>
        </message>
        <message>
            <source>Analytics charts</source>
            <translation>Analysediagramme</translation>
        </message>
        <message>
            <source>&amp;Campaign:</source>
            <translation>&amp;Kampagne:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Zeitraum:</translation>
        </message>
        <message>
            <source>All campaigns</source>
            <translation>Alle Kampagnen</translation>
        </message>
        <message>
            <source>Which campaign the charts count: all of them or one</source>
            <translation>Welche Kampagne die Diagramme zählen: alle oder eine</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Dieses Jahr</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Gesamter Zeitraum</translation>
        </message>
        <message>
            <source>The days the charts count, ending today</source>
            <translation>Die Tage, die die Diagramme zählen, bis heute</translation>
        </message>
        <message>
            <source>Read the numbers again (F5)</source>
            <translation>Zahlen neu einlesen (F5)</translation>
        </message>
        <message>
            <source>Campaign %1</source>
            <translation>Kampagne %1</translation>
        </message>
        <message>
            <source>The analytics could not be read: %1 Press F5 to try again; if it keeps failing, reopen the workspace.</source>
            <translation>Die Analysen konnten nicht gelesen werden: %1 Drücken Sie F5, um es erneut zu versuchen; wenn es weiterhin fehlschlägt, öffnen Sie den Arbeitsbereich erneut.</translation>
        </message>
        <message>
            <source>Loading the analytics…</source>
            <translation>Analysen werden geladen…</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::BrowserLogin</name>
        <message>
            <source>The sign-in took too long and was stopped. Sourcedesk is not connected; try again.</source>
            <translation>Die Anmeldung hat zu lange gedauert und wurde abgebrochen. Sourcedesk ist nicht verbunden; versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Sourcedesk is not set up to connect to SmartRecruiters.</source>
            <translation>Sourcedesk ist nicht für die Verbindung mit SmartRecruiters eingerichtet.</translation>
        </message>
        <message>
            <source>Connecting Sourcedesk to SmartRecruiters…</source>
            <translation>Sourcedesk wird mit SmartRecruiters verbunden…</translation>
        </message>
        <message>
            <source>Sign in to SmartRecruiters</source>
            <translation>Bei SmartRecruiters anmelden</translation>
        </message>
        <message>
            <source>Sign-in status</source>
            <translation>Anmeldestatus</translation>
        </message>
        <message>
            <source>&amp;Open the browser again</source>
            <translation>&amp;Browser erneut öffnen</translation>
        </message>
        <message>
            <source>Open the sign-in page again</source>
            <translation>Anmeldeseite erneut öffnen</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Abbrechen</translation>
        </message>
        <message>
            <source>Cancel the sign-in</source>
            <translation>Anmeldung abbrechen</translation>
        </message>
        <message>
            <source>The sign-in was cancelled. Sourcedesk is not connected to SmartRecruiters.</source>
            <translation>Die Anmeldung wurde abgebrochen. Sourcedesk ist nicht mit SmartRecruiters verbunden.</translation>
        </message>
        <message>
            <source>Sign in to SmartRecruiters in your web browser and choose Allow. This window closes by itself when you are done.</source>
            <translation>Melden Sie sich in Ihrem Webbrowser bei SmartRecruiters an und wählen Sie „Allow“. Dieses Fenster schließt sich von selbst, wenn Sie fertig sind.</translation>
        </message>
        <message>
            <source>Sourcedesk could not open a web browser. Set a default web browser and try again.</source>
            <translation>Sourcedesk konnte keinen Webbrowser öffnen. Legen Sie einen Standard-Webbrowser fest und versuchen Sie es erneut.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CampaignDetailView</name>
        <message>
            <source>Campaign</source>
            <translation>Kampagne</translation>
        </message>
        <message>
            <source>Campaign description</source>
            <translation>Kampagnenbeschreibung</translation>
        </message>
        <message>
            <source>Show members with status</source>
            <translation>Mitglieder mit Status anzeigen</translation>
        </message>
        <message>
            <source>Campaign members</source>
            <translation>Kampagnenmitglieder</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Status setzen</translation>
        </message>
        <message>
            <source>Set &amp;status</source>
            <translation>&amp;Status setzen</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>&amp;Add candidates…</source>
            <translation>Kandidaten &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Remove from campaign</source>
            <translation>Aus Kampagne &amp;entfernen</translation>
        </message>
        <message>
            <source>&amp;Log activity…</source>
            <translation>Aktivität &amp;erfassen…</translation>
        </message>
        <message>
            <source>&amp;Open profile</source>
            <translation>Profil ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Mark as %1</source>
            <translation>Als %1 markieren</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Anzeigen:</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>The members could not be loaded: %1</source>
            <translation>Die Mitglieder konnten nicht geladen werden: %1</translation>
        </message>
        <message>
            <source>No campaign selected</source>
            <translation>Keine Kampagne ausgewählt</translation>
        </message>
        <message>
            <source>Choose a campaign on the left, or create one with File → New campaign.</source>
            <translation>Wählen Sie links eine Kampagne oder erstellen Sie eine über Datei → Neue Kampagne.</translation>
        </message>
        <message>
            <source>(sample)</source>
            <translation>(Beispiel)</translation>
        </message>
        <message>
            <source>(archived)</source>
            <translation>(archiviert)</translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Zur Kampagne hinzufügen</translation>
        </message>
        <message>
            <source>Add candidates to “%1”</source>
            <translation>Kandidaten zu „%1“ hinzufügen</translation>
        </message>
        <message>
            <source>Add candidates</source>
            <translation>Kandidaten hinzufügen</translation>
        </message>
        <message>
            <source>The candidates could not be added: %1</source>
            <translation>Die Kandidaten konnten nicht hinzugefügt werden: %1</translation>
        </message>
        <message>
            <source>Remove from campaign</source>
            <translation>Aus Kampagne entfernen</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n people from “%1”? Their candidate records and activities stay in the workspace.</source>
            <translation>
                <numerusform>%n Person aus „%1“ entfernen? Ihre Kandidatendatensätze und Aktivitäten bleiben im Arbeitsbereich.</numerusform>
                <numerusform>%n Personen aus „%1“ entfernen? Ihre Kandidatendatensätze und Aktivitäten bleiben im Arbeitsbereich.</numerusform>
            </translation>
        </message>
        <message>
            <source>The status could not be changed: %1</source>
            <translation>Der Status konnte nicht geändert werden: %1</translation>
        </message>
        <message>
            <source>Se&amp;quence…</source>
            <translation>Se&amp;quenz…</translation>
        </message>
        <message>
            <source>&amp;Enroll in sequence…</source>
            <translation>In Sequenz a&amp;ufnehmen…</translation>
        </message>
        <message numerus="yes">
            <source>%n people removed from “%1”</source>
            <translation>
                <numerusform>%n Person aus „%1“ entfernt</numerusform>
                <numerusform>%n Personen aus „%1“ entfernt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people back in the campaign</source>
            <translation>
                <numerusform>%n Person wieder in der Kampagne</numerusform>
                <numerusform>%n Personen wieder in der Kampagne</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people marked %1</source>
            <translation>
                <numerusform>%n Person als %1 markiert</numerusform>
                <numerusform>%n Personen als %1 markiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statuses put back</source>
            <translation>
                <numerusform>%n Status zurückgesetzt</numerusform>
                <numerusform>%n Status zurückgesetzt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n changed again since: left as they are)</source>
            <translation>
                <numerusform>(%n seitdem erneut geändert: unverändert gelassen)</numerusform>
                <numerusform>(%n seitdem erneut geändert: unverändert gelassen)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CampaignDialog</name>
        <message>
            <source>Campaign name</source>
            <translation>Kampagnenname</translation>
        </message>
        <message>
            <source>Campaign description</source>
            <translation>Kampagnenbeschreibung</translation>
        </message>
        <message>
            <source>Campaign owner</source>
            <translation>Kampagnenverantwortlicher</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Edit campaign</source>
            <translation>Kampagne bearbeiten</translation>
        </message>
        <message>
            <source>New campaign</source>
            <translation>Neue Kampagne</translation>
        </message>
        <message>
            <source>e.g. Senior backend engineers, Berlin</source>
            <translation>z. B. Senior Backend Engineers, Berlin</translation>
        </message>
        <message>
            <source>What the role is, who you are looking for, notes for the team</source>
            <translation>Worum es bei der Rolle geht, wen Sie suchen, Notizen für das Team</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Beschreibung:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Verantwortlich:</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Erstellen</translation>
        </message>
        <message>
            <source>Give the campaign a name.</source>
            <translation>Geben Sie der Kampagne einen Namen.</translation>
        </message>
        <message>
            <source>A campaign named “%1” already exists. Choose another name.</source>
            <translation>Eine Kampagne mit dem Namen „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>The campaign could not be saved: %1</source>
            <translation>Die Kampagne konnte nicht gespeichert werden: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CampaignPickerDialog</name>
        <message>
            <source>Campaigns</source>
            <translation>Kampagnen</translation>
        </message>
        <message>
            <source>Choose a campaign</source>
            <translation>Kampagne auswählen</translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Zur Kampagne hinzufügen</translation>
        </message>
        <message>
            <source>There are no active campaigns yet. Create one in the Campaigns view first.</source>
            <translation>Es gibt noch keine aktiven Kampagnen. Erstellen Sie zuerst eine in der Ansicht „Kampagnen“.</translation>
        </message>
        <message>
            <source>No campaigns</source>
            <translation>Keine Kampagnen</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CampaignSyncPanel</name>
        <message>
            <source>SmartRecruiters</source>
            <translation>SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters job</source>
            <translation>SmartRecruiters-Stelle</translation>
        </message>
        <message>
            <source>Campaign sync settings</source>
            <translation>Synchronisierungseinstellungen der Kampagne</translation>
        </message>
        <message>
            <source>&amp;Link job…</source>
            <translation>Stelle &amp;verknüpfen…</translation>
        </message>
        <message>
            <source>Link this campaign to a SmartRecruiters job</source>
            <translation>Diese Kampagne mit einer SmartRecruiters-Stelle verknüpfen</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Verknüpfung aufheben</translation>
        </message>
        <message>
            <source>Push to the talent pool instead of a job</source>
            <translation>In den Talent-Pool statt auf eine Stelle übertragen</translation>
        </message>
        <message>
            <source>Sync settings…</source>
            <translation>Synchronisierungseinstellungen…</translation>
        </message>
        <message>
            <source>This campaign's SmartRecruiters sync settings</source>
            <translation>Die SmartRecruiters-Synchronisierungseinstellungen dieser Kampagne</translation>
        </message>
        <message>
            <source>Pre&amp;view push…</source>
            <translation>Übertragungs&amp;vorschau…</translation>
        </message>
        <message>
            <source>Preview what a push would send</source>
            <translation>Vorschau dessen, was eine Übertragung senden würde</translation>
        </message>
        <message>
            <source>&amp;Push selected to SmartRecruiters</source>
            <translation>Auswahl an SmartRecruiters &amp;übertragen</translation>
        </message>
        <message>
            <source>Push the selected members to SmartRecruiters</source>
            <translation>Die ausgewählten Mitglieder an SmartRecruiters übertragen</translation>
        </message>
        <message>
            <source>&amp;Push to SmartRecruiters</source>
            <translation>An SmartRecruiters &amp;übertragen</translation>
        </message>
        <message>
            <source>Create or update the selected members in SmartRecruiters now (%1)</source>
            <translation>Die ausgewählten Mitglieder jetzt in SmartRecruiters erstellen oder aktualisieren (%1)</translation>
        </message>
        <message>
            <source>No campaign selected.</source>
            <translation>Keine Kampagne ausgewählt.</translation>
        </message>
        <message>
            <source>The linked job could not be read: %1</source>
            <translation>Die verknüpfte Stelle konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Not linked to a job: candidates go to the talent pool.</source>
            <translation>Mit keiner Stelle verknüpft: Kandidaten kommen in den Talent-Pool.</translation>
        </message>
        <message>
            <source>Pushes to the talent pool (no job).</source>
            <translation>Überträgt in den Talent-Pool (keine Stelle).</translation>
        </message>
        <message>
            <source>Linked to the job “%1”.</source>
            <translation>Mit der Stelle „%1“ verknüpft.</translation>
        </message>
        <message>
            <source>Uses your sync settings.</source>
            <translation>Verwendet Ihre Synchronisierungseinstellungen.</translation>
        </message>
        <message numerus="yes">
            <source>%n sync settings changed for this campaign.</source>
            <translation>
                <numerusform>%n Synchronisierungseinstellung für diese Kampagne geändert.</numerusform>
                <numerusform>%n Synchronisierungseinstellungen für diese Kampagne geändert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Link job</source>
            <translation>Stelle verknüpfen</translation>
        </message>
        <message>
            <source>The job could not be linked: %1</source>
            <translation>Die Stelle konnte nicht verknüpft werden: %1</translation>
        </message>
        <message>
            <source>Unlink job</source>
            <translation>Verknüpfung der Stelle aufheben</translation>
        </message>
        <message>
            <source>Unlink “%1” from its SmartRecruiters job? Candidates pushed from now on go to the talent pool; those already in SmartRecruiters stay where they are.</source>
            <translation>Verknüpfung von „%1“ mit der SmartRecruiters-Stelle aufheben? Ab jetzt übertragene Kandidaten kommen in den Talent-Pool; bereits in SmartRecruiters vorhandene bleiben, wo sie sind.</translation>
        </message>
        <message>
            <source>Push to SmartRecruiters</source>
            <translation>An SmartRecruiters übertragen</translation>
        </message>
        <message>
            <source>Nothing was queued: %1</source>
            <translation>Nichts wurde eingereiht: %1</translation>
        </message>
        <message>
            <source>Queued; it goes to SmartRecruiters once you are connected (Settings → Integration).</source>
            <translation>Eingereiht; wird an SmartRecruiters gesendet, sobald Sie verbunden sind (Einstellungen → Integration).</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CampaignsView</name>
        <message>
            <source>Campaigns</source>
            <translation>Kampagnen</translation>
        </message>
        <message>
            <source>Show &amp;archived</source>
            <translation>&amp;Archivierte anzeigen</translation>
        </message>
        <message>
            <source>Show archived campaigns</source>
            <translation>Archivierte Kampagnen anzeigen</translation>
        </message>
        <message>
            <source>&amp;New campaign…</source>
            <translation>&amp;Neue Kampagne…</translation>
        </message>
        <message>
            <source>&amp;Edit name and description…</source>
            <translation>Name und Beschreibung &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>Arc&amp;hive</source>
            <translation>Arc&amp;hivieren</translation>
        </message>
        <message>
            <source>&amp;Delete campaign…</source>
            <translation>Kampagne &amp;löschen…</translation>
        </message>
        <message>
            <source>Remove sample data…</source>
            <translation>Beispieldaten entfernen…</translation>
        </message>
        <message>
            <source>Show &amp;archived campaigns</source>
            <translation>&amp;Archivierte Kampagnen anzeigen</translation>
        </message>
        <message>
            <source>Campaign list</source>
            <translation>Kampagnenliste</translation>
        </message>
        <message>
            <source>Campaigns and members</source>
            <translation>Kampagnen und Mitglieder</translation>
        </message>
        <message>
            <source>The campaigns could not be loaded: %1</source>
            <translation>Die Kampagnen konnten nicht geladen werden: %1</translation>
        </message>
        <message>
            <source>Unarc&amp;hive</source>
            <translation>Arc&amp;hivierung aufheben</translation>
        </message>
        <message>
            <source>Archive campaign</source>
            <translation>Kampagne archivieren</translation>
        </message>
        <message>
            <source>Delete campaign</source>
            <translation>Kampagne löschen</translation>
        </message>
        <message numerus="yes">
            <source>Delete the campaign “%1” with its %n member entries and their statuses? The candidates themselves stay in the workspace. This cannot be undone; archiving keeps the history instead.</source>
            <translation>
                <numerusform>Die Kampagne „%1“ mit ihrem %n Mitgliedseintrag und dessen Status löschen? Die Kandidaten selbst bleiben im Arbeitsbereich. Dies kann nicht rückgängig gemacht werden; beim Archivieren bleibt der Verlauf dagegen erhalten.</numerusform>
                <numerusform>Die Kampagne „%1“ mit ihren %n Mitgliedseinträgen und deren Status löschen? Die Kandidaten selbst bleiben im Arbeitsbereich. Dies kann nicht rückgängig gemacht werden; beim Archivieren bleibt der Verlauf dagegen erhalten.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CandidateForm</name>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Berufsbezeichnung</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Ländercode</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Primary email</source>
            <translation>Primäre E-Mail</translation>
        </message>
        <message>
            <source>Other emails</source>
            <translation>Weitere E-Mails</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefonnummern</translation>
        </message>
        <message>
            <source>LinkedIn profile</source>
            <translation>LinkedIn-Profil</translation>
        </message>
        <message>
            <source>Other links</source>
            <translation>Weitere Links</translation>
        </message>
        <message>
            <source>Custom fields</source>
            <translation>Benutzerdefinierte Felder</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>GDPR consent</source>
            <translation>DSGVO-Einwilligung</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <source>Consent date known</source>
            <translation>Einwilligungsdatum bekannt</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Einwilligungsdatum</translation>
        </message>
        <message>
            <source>How consent was obtained</source>
            <translation>Wie die Einwilligung eingeholt wurde</translation>
        </message>
        <message>
            <source>Candidate details</source>
            <translation>Kandidatendetails</translation>
        </message>
        <message>
            <source>e.g. DE</source>
            <translation>z. B. DE</translation>
        </message>
        <message>
            <source>comma-separated, e.g. backend, rust, remote</source>
            <translation>kommagetrennt, z. B. backend, rust, remote</translation>
        </message>
        <message>
            <source>comma-separated</source>
            <translation>kommagetrennt</translation>
        </message>
        <message>
            <source>one per line</source>
            <translation>eine pro Zeile</translation>
        </message>
        <message>
            <source>one per line: GitHub, portfolio, …</source>
            <translation>einer pro Zeile: GitHub, Portfolio, …</translation>
        </message>
        <message>
            <source>https://www.linkedin.com/in/…</source>
            <translation>https://www.linkedin.com/in/…</translation>
        </message>
        <message>
            <source>e.g. replied to outreach email, agreed on a call</source>
            <translation>z. B. auf Ansprache-E-Mail geantwortet, in einem Telefonat zugestimmt</translation>
        </message>
        <message>
            <source>Candidate sections</source>
            <translation>Kandidatenabschnitte</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>K&amp;ontakt</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;Mehr</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Vorname:</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Nachname:</translation>
        </message>
        <message>
            <source>&amp;Company:</source>
            <translation>&amp;Unternehmen:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Position:</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>&amp;Stadt:</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Region:</translation>
        </message>
        <message>
            <source>Cou&amp;ntry code:</source>
            <translation>&amp;Ländercode:</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Quelle:</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>&amp;Tags:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otizen:</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>&amp;Primary email:</source>
            <translation>&amp;Primäre E-Mail:</translation>
        </message>
        <message>
            <source>Other &amp;emails:</source>
            <translation>Weitere &amp;E-Mails:</translation>
        </message>
        <message>
            <source>P&amp;hones:</source>
            <translation>&amp;Telefonnummern:</translation>
        </message>
        <message>
            <source>&amp;LinkedIn:</source>
            <translation>&amp;LinkedIn:</translation>
        </message>
        <message>
            <source>Other lin&amp;ks:</source>
            <translation>Weitere Lin&amp;ks:</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>Feld hinzufügen</translation>
        </message>
        <message>
            <source>Add custom field</source>
            <translation>Benutzerdefiniertes Feld hinzufügen</translation>
        </message>
        <message>
            <source>Remove field</source>
            <translation>Feld entfernen</translation>
        </message>
        <message>
            <source>Remove custom field</source>
            <translation>Benutzerdefiniertes Feld entfernen</translation>
        </message>
        <message>
            <source>Custom fields:</source>
            <translation>Benutzerdefinierte Felder:</translation>
        </message>
        <message>
            <source>GDPR &amp;consent:</source>
            <translation>DSGVO-&amp;Einwilligung:</translation>
        </message>
        <message>
            <source>&amp;How obtained:</source>
            <translation>&amp;Wie eingeholt:</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CandidatePickerDialog</name>
        <message>
            <source>Search candidates</source>
            <translation>Kandidaten suchen</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Kandidaten</translation>
        </message>
        <message>
            <source>Choose candidates</source>
            <translation>Kandidaten auswählen</translation>
        </message>
        <message>
            <source>Search by name, email, company, title, location or tag</source>
            <translation>Nach Name, E-Mail, Unternehmen, Position, Standort oder Tag suchen</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CandidateProfileDialog</name>
        <message>
            <source>Candidate</source>
            <translation>Kandidat</translation>
        </message>
        <message>
            <source>Profile sections</source>
            <translation>Profilabschnitte</translation>
        </message>
        <message>
            <source>Activity timeline</source>
            <translation>Aktivitätsverlauf</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampagne</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Betreff</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Kampagnen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Änderungsprotokoll</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Candidate profile</source>
            <translation>Kandidatenprofil</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitleiste</translation>
        </message>
        <message>
            <source>Profile actions</source>
            <translation>Profilaktionen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <source>Save changes (%1)</source>
            <translation>Änderungen speichern (%1)</translation>
        </message>
        <message>
            <source>&amp;Log activity…</source>
            <translation>Aktivität &amp;erfassen…</translation>
        </message>
        <message>
            <source>Log activity</source>
            <translation>Aktivität erfassen</translation>
        </message>
        <message>
            <source>Add to &amp;campaign…</source>
            <translation>Zur &amp;Kampagne hinzufügen…</translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Zur Kampagne hinzufügen</translation>
        </message>
        <message>
            <source>This candidate could not be loaded; it may have been deleted.

%1</source>
            <translation>Dieser Kandidat konnte nicht geladen werden; er wurde möglicherweise gelöscht.

%1</translation>
        </message>
        <message>
            <source>%1 — Candidate</source>
            <translation>%1 — Kandidat</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Mögliches Duplikat</translation>
        </message>
        <message>
            <source>These details match another candidate: %1. Change the email, LinkedIn profile or name and company, or delete one of the two records.</source>
            <translation>Diese Angaben stimmen mit einem anderen Kandidaten überein: %1. Ändern Sie E-Mail, LinkedIn-Profil oder Name und Unternehmen, oder löschen Sie einen der beiden Datensätze.</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(unbekannt)</translation>
        </message>
        <message>
            <source>Changed elsewhere</source>
            <translation>Anderswo geändert</translation>
        </message>
        <message>
            <source>Someone else changed this candidate while you were editing (another window, an import or the command line). Your edits were not saved.

Reload shows the current version; then make your change again. Cancel keeps your edits on screen so you can copy them.</source>
            <translation>Jemand anderes hat diesen Kandidaten geändert, während Sie ihn bearbeitet haben (ein anderes Fenster, ein Import oder die Befehlszeile). Ihre Änderungen wurden nicht gespeichert.

„Neu laden“ zeigt die aktuelle Version; nehmen Sie Ihre Änderung dann erneut vor. „Abbrechen“ lässt Ihre Änderungen auf dem Bildschirm, damit Sie sie kopieren können.</translation>
        </message>
        <message>
            <source>Save candidate</source>
            <translation>Kandidat speichern</translation>
        </message>
        <message>
            <source>The changes could not be saved: %1</source>
            <translation>Die Änderungen konnten nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Timeline (%1)</source>
            <translation>Zeitleiste (%1)</translation>
        </message>
        <message>
            <source>Campaigns (%1)</source>
            <translation>Kampagnen (%1)</translation>
        </message>
        <message>
            <source>Add %1 to which campaign?</source>
            <translation>%1 zu welcher Kampagne hinzufügen?</translation>
        </message>
        <message>
            <source>The candidate could not be added: %1</source>
            <translation>Der Kandidat konnte nicht hinzugefügt werden: %1</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save the changes to %1 before closing?</source>
            <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
        </message>
        <message>
            <source>S&amp;martRecruiters</source>
            <translation>S&amp;martRecruiters</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CandidateSyncPanel</name>
        <message>
            <source>SmartRecruiters sections</source>
            <translation>SmartRecruiters-Abschnitte</translation>
        </message>
        <message>
            <source>SmartRecruiters status</source>
            <translation>SmartRecruiters-Status</translation>
        </message>
        <message>
            <source>&amp;View in SmartRecruiters</source>
            <translation>In SmartRecruiters &amp;anzeigen</translation>
        </message>
        <message>
            <source>Open this candidate in SmartRecruiters</source>
            <translation>Diesen Kandidaten in SmartRecruiters öffnen</translation>
        </message>
        <message>
            <source>Where each value came from</source>
            <translation>Herkunft der einzelnen Werte</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Came from</source>
            <translation>Herkunft</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Sync as status</source>
            <translation>Als Status synchronisieren</translation>
        </message>
        <message>
            <source>Save “Sync as”</source>
            <translation>„Synchronisieren als“ speichern</translation>
        </message>
        <message>
            <source>Save the sync settings for this candidate</source>
            <translation>Die Synchronisierungseinstellungen für diesen Kandidaten speichern</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Drop the unsaved sync settings</source>
            <translation>Die ungespeicherten Synchronisierungseinstellungen verwerfen</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Anhänge</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>In SmartRecruiters</source>
            <translation>In SmartRecruiters</translation>
        </message>
        <message>
            <source>Attachment kind</source>
            <translation>Art des Anhangs</translation>
        </message>
        <message>
            <source>&amp;Add file…</source>
            <translation>Datei &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>Attach a file to send to SmartRecruiters</source>
            <translation>Eine Datei anhängen, die an SmartRecruiters gesendet wird</translation>
        </message>
        <message>
            <source>SmartRecruiters</source>
            <translation>SmartRecruiters</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Sync as</source>
            <translation>Synchronisieren als</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Where each value came from:</source>
            <translation>Herkunft der einzelnen Werte:</translation>
        </message>
        <message>
            <source>How this person is synced, when it should differ from the campaign and your settings.</source>
            <translation>Wie diese Person synchronisiert wird, wenn es von der Kampagne und Ihren Einstellungen abweichen soll.</translation>
        </message>
        <message>
            <source>CV / résumé</source>
            <translation>Lebenslauf</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Anderes Dokument</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>The SmartRecruiters link could not be read: %1</source>
            <translation>Die SmartRecruiters-Verknüpfung konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>created by Sourcedesk</source>
            <translation>von Sourcedesk erstellt</translation>
        </message>
        <message>
            <source>matched to an existing SmartRecruiters candidate</source>
            <translation>einem vorhandenen SmartRecruiters-Kandidaten zugeordnet</translation>
        </message>
        <message>
            <source>linked by hand</source>
            <translation>manuell verknüpft</translation>
        </message>
        <message>
            <source>In SmartRecruiters as candidate %1 (%2, %3).</source>
            <translation>In SmartRecruiters als Kandidat %1 (%2, %3).</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Tags: %1</translation>
        </message>
        <message>
            <source>Not in SmartRecruiters yet. Push the person from a campaign, or let the campaign's sync settings add them.</source>
            <translation>Noch nicht in SmartRecruiters. Übertragen Sie die Person aus einer Kampagne, oder lassen Sie sie über die Synchronisierungseinstellungen der Kampagne hinzufügen.</translation>
        </message>
        <message>
            <source>A possible match in SmartRecruiters waits for review: %1</source>
            <translation>Ein möglicher Treffer in SmartRecruiters wartet auf Prüfung: %1</translation>
        </message>
        <message>
            <source>Not linked to a SmartRecruiters candidate yet</source>
            <translation>Noch mit keinem SmartRecruiters-Kandidaten verknüpft</translation>
        </message>
        <message>
            <source>Typed in Sourcedesk</source>
            <translation>In Sourcedesk eingegeben</translation>
        </message>
        <message>
            <source>CSV import</source>
            <translation>CSV-Import</translation>
        </message>
        <message>
            <source>Command line</source>
            <translation>Befehlszeile</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Beispieldaten</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Noch nicht</translation>
        </message>
        <message>
            <source>Uploaded</source>
            <translation>Hochgeladen</translation>
        </message>
        <message>
            <source>Attachments (%1)</source>
            <translation>Anhänge (%1)</translation>
        </message>
        <message>
            <source>View in SmartRecruiters</source>
            <translation>In SmartRecruiters anzeigen</translation>
        </message>
        <message>
            <source>No web browser could open %1.</source>
            <translation>Kein Webbrowser konnte %1 öffnen.</translation>
        </message>
        <message>
            <source>Attach a file to %1</source>
            <translation>Datei an %1 anhängen</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt);;All files (*)</source>
            <translation>Dokumente (*.pdf *.doc *.docx *.odt *.rtf *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>%1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB; SmartRecruiters would refuse it.</source>
            <translation>%1 ist größer als %2 MB; SmartRecruiters würde die Datei ablehnen.</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 ist leer.</translation>
        </message>
        <message>
            <source>Add file</source>
            <translation>Datei hinzufügen</translation>
        </message>
        <message>
            <source>The file was not attached: %1</source>
            <translation>Die Datei wurde nicht angehängt: %1</translation>
        </message>
        <message>
            <source>The file is attached, but it could not be queued for SmartRecruiters: %1</source>
            <translation>Die Datei ist angehängt, konnte aber nicht für SmartRecruiters eingereiht werden: %1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CandidatesView</name>
        <message>
            <source>Search candidates</source>
            <translation>Kandidaten suchen</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Kandidaten</translation>
        </message>
        <message>
            <source>Candidates shown</source>
            <translation>Angezeigte Kandidaten</translation>
        </message>
        <message>
            <source>Search name, email, company, title, location or tag (Ctrl+F)</source>
            <translation>Name, E-Mail, Unternehmen, Position, Standort oder Tag suchen (Strg+F)</translation>
        </message>
        <message>
            <source>Clear search</source>
            <translation>Suche löschen</translation>
        </message>
        <message>
            <source>&amp;New candidate…</source>
            <translation>&amp;Neuer Kandidat…</translation>
        </message>
        <message>
            <source>Add to &amp;campaign…</source>
            <translation>Zur &amp;Kampagne hinzufügen…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>&amp;Open profile</source>
            <translation>Profil ö&amp;ffnen</translation>
        </message>
        <message>
            <source>E&amp;xport these to CSV…</source>
            <translation>Diese als CSV e&amp;xportieren…</translation>
        </message>
        <message>
            <source>The candidates could not be loaded: %1</source>
            <translation>Die Kandidaten konnten nicht geladen werden: %1</translation>
        </message>
        <message>
            <source>No candidates yet. Import a CSV file or add one with “New candidate…”.</source>
            <translation>Noch keine Kandidaten. Importieren Sie eine CSV-Datei oder fügen Sie einen über „Neuer Kandidat…“ hinzu.</translation>
        </message>
        <message>
            <source>No candidates match “%1”.</source>
            <translation>Keine Kandidaten entsprechen „%1“.</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first %n candidates; scroll for more.</source>
            <translation>
                <numerusform>Der erste %n Kandidat wird angezeigt; scrollen Sie für weitere.</numerusform>
                <numerusform>Die ersten %n Kandidaten werden angezeigt; scrollen Sie für weitere.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n candidates</source>
            <translation>
                <numerusform>%n Kandidat</numerusform>
                <numerusform>%n Kandidaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n candidates to which campaign?</source>
            <translation>
                <numerusform>%n Kandidat zu welcher Kampagne hinzufügen?</numerusform>
                <numerusform>%n Kandidaten zu welcher Kampagne hinzufügen?</numerusform>
            </translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Zur Kampagne hinzufügen</translation>
        </message>
        <message>
            <source>The candidates could not be added: %1</source>
            <translation>Die Kandidaten konnten nicht hinzugefügt werden: %1</translation>
        </message>
        <message>
            <source>Delete candidates</source>
            <translation>Kandidaten löschen</translation>
        </message>
        <message>
            <source>%1 deleted</source>
            <translation>%1 gelöscht</translation>
        </message>
        <message numerus="yes">
            <source>%n candidates deleted</source>
            <translation>
                <numerusform>%n Kandidat gelöscht</numerusform>
                <numerusform>%n Kandidaten gelöscht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n candidates restored</source>
            <translation>
                <numerusform>%n Kandidat wiederhergestellt</numerusform>
                <numerusform>%n Kandidaten wiederhergestellt</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete %1 with their activities and campaign memberships? You can undo it right after (%2).</source>
            <translation>%1 mit den zugehörigen Aktivitäten und Kampagnenmitgliedschaften löschen? Sie können dies direkt danach rückgängig machen (%2).</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n candidates with their activities and campaign memberships? You can undo it right after (%1).</source>
            <translation>
                <numerusform>%n Kandidaten mit den zugehörigen Aktivitäten und Kampagnenmitgliedschaften löschen? Sie können dies direkt danach rückgängig machen (%1).</numerusform>
                <numerusform>%n Kandidaten mit den zugehörigen Aktivitäten und Kampagnenmitgliedschaften löschen? Sie können dies direkt danach rückgängig machen (%1).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ChartPanel</name>
        <message>
            <source>%1 chart</source>
            <translation>Diagramm %1</translation>
        </message>
        <message>
            <source>No data for this range</source>
            <translation>Keine Daten für diesen Zeitraum</translation>
        </message>
        <message>
            <source>%1: no data</source>
            <translation>%1: keine Daten</translation>
        </message>
        <message>
            <source>%1 summary</source>
            <translation>Zusammenfassung %1</translation>
        </message>
        <message>
            <source>Export &amp;PNG…</source>
            <translation>Als &amp;PNG exportieren…</translation>
        </message>
        <message>
            <source>Export the %1 chart as a PNG image</source>
            <translation>Das Diagramm %1 als PNG-Bild exportieren</translation>
        </message>
        <message>
            <source>Export C&amp;SV…</source>
            <translation>Als C&amp;SV exportieren…</translation>
        </message>
        <message>
            <source>Export the %1 numbers as CSV</source>
            <translation>Die Zahlen von %1 als CSV exportieren</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P exports this chart as PNG, Ctrl+Shift+C its numbers as CSV.</source>
            <translation>Strg+Umschalt+P exportiert dieses Diagramm als PNG, Strg+Umschalt+C seine Zahlen als CSV.</translation>
        </message>
        <message>
            <source>Save the chart as a PNG image (Ctrl+Shift+P)</source>
            <translation>Diagramm als PNG-Bild speichern (Strg+Umschalt+P)</translation>
        </message>
        <message>
            <source>Save the numbers as a CSV file (Ctrl+Shift+C)</source>
            <translation>Zahlen als CSV-Datei speichern (Strg+Umschalt+C)</translation>
        </message>
        <message>
            <source>Export %1 as PNG</source>
            <translation>%1 als PNG exportieren</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export fehlgeschlagen</translation>
        </message>
        <message>
            <source>The chart could not be saved to %1. Choose a folder you can write to and try again.</source>
            <translation>Das Diagramm konnte nicht unter %1 gespeichert werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Export %1 as CSV</source>
            <translation>%1 als CSV exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>The numbers could not be saved to %1 (%2). Choose a folder you can write to and try again.</source>
            <translation>Die Zahlen konnten nicht unter %1 gespeichert werden (%2). Wählen Sie einen Ordner, in den Sie schreiben dürfen, und versuchen Sie es erneut.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CsvExportRunner</name>
        <message>
            <source>Export cancelled</source>
            <translation>Export abgebrochen</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
        </message>
        <message>
            <source>The export failed: %1</source>
            <translation>Der Export ist fehlgeschlagen: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::DoNotContactPage</name>
        <message>
            <source>Filter the do-not-contact list</source>
            <translation>Sperrliste filtern</translation>
        </message>
        <message>
            <source>Do-not-contact list</source>
            <translation>Sperrliste</translation>
        </message>
        <message>
            <source>Email or domain to add</source>
            <translation>Hinzuzufügende E-Mail oder Domain</translation>
        </message>
        <message>
            <source>Email or domain</source>
            <translation>E-Mail oder Domain</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>Add to the list</source>
            <translation>Zur Liste hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected entries</source>
            <translation>Ausgewählte Einträge entfernen</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Import emails and domains from a file</source>
            <translation>E-Mails und Domains aus einer Datei importieren</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>Export the list to a CSV file</source>
            <translation>Liste in eine CSV-Datei exportieren</translation>
        </message>
        <message>
            <source>Last import or change</source>
            <translation>Letzter Import bzw. letzte Änderung</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Nicht kontaktieren</translation>
        </message>
        <message>
            <source>Sequences never write to these emails, nor to anyone at these domains (subdomains included).</source>
            <translation>Sequenzen schreiben nie an diese E-Mail-Adressen oder an Personen dieser Domains (einschließlich Subdomains).</translation>
        </message>
        <message>
            <source>About the do-not-contact list</source>
            <translation>Über die Sperrliste</translation>
        </message>
        <message>
            <source>Filter…</source>
            <translation>Filtern…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>Hinzugefügt von</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Hinzugefügt</translation>
        </message>
        <message>
            <source>ana@example.com or example.com</source>
            <translation>ana@example.com oder example.com</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Domain</translation>
        </message>
        <message>
            <source>Why (optional)</source>
            <translation>Grund (optional)</translation>
        </message>
        <message>
            <source>Remove from the do-not-contact list</source>
            <translation>Von der Sperrliste entfernen</translation>
        </message>
        <message>
            <source>Type an email address or a domain to add.</source>
            <translation>Geben Sie eine E-Mail-Adresse oder Domain zum Hinzufügen ein.</translation>
        </message>
        <message>
            <source>Added %1.</source>
            <translation>%1 hinzugefügt.</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n entries.</source>
            <translation>
                <numerusform>%n Eintrag entfernt.</numerusform>
                <numerusform>%n Einträge entfernt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %n entries; %1</source>
            <translation>
                <numerusform>%n Eintrag entfernt; %1</numerusform>
                <numerusform>%n Einträge entfernt; %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Import do-not-contact list</source>
            <translation>Sperrliste importieren</translation>
        </message>
        <message>
            <source>Lists (*.txt *.csv);;All files (*)</source>
            <translation>Listen (*.txt *.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>%1 konnte nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Imported from %1</source>
            <translation>Importiert aus %1</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n entries.</source>
            <translation>
                <numerusform>%n Eintrag importiert.</numerusform>
                <numerusform>%n Einträge importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already listed.</source>
            <translation>
                <numerusform>%n bereits vorhanden.</numerusform>
                <numerusform>%n bereits vorhanden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lines skipped:</source>
            <translation>
                <numerusform>%n Zeile übersprungen:</numerusform>
                <numerusform>%n Zeilen übersprungen:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… und %n weitere.</numerusform>
                <numerusform>… und %n weitere.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export do-not-contact list</source>
            <translation>Sperrliste exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n entries to %1.</source>
            <translation>
                <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
                <numerusform>%n Einträge nach %1 exportiert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::DuplicatePrompt</name>
        <message>
            <source>the same email address</source>
            <translation>die gleiche E-Mail-Adresse</translation>
        </message>
        <message>
            <source>the same LinkedIn profile</source>
            <translation>das gleiche LinkedIn-Profil</translation>
        </message>
        <message>
            <source>the same name at the same company</source>
            <translation>der gleiche Name beim gleichen Unternehmen</translation>
        </message>
        <message>
            <source>This person is already in the workspace (%1):</source>
            <translation>Diese Person ist bereits im Arbeitsbereich (%1):</translation>
        </message>
        <message>
            <source>Merge adds the new details to the existing record without overwriting anything stored. Skip keeps the existing record as it is and opens it.</source>
            <translation>„Zusammenführen“ fügt die neuen Angaben zum vorhandenen Datensatz hinzu, ohne Gespeichertes zu überschreiben. „Überspringen“ lässt den vorhandenen Datensatz unverändert und öffnet ihn.</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Mögliches Duplikat</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::EnrollDialog</name>
        <message>
            <source>On the do-not-contact list (%1): can't be enrolled</source>
            <translation>Auf der Sperrliste (%1): kann nicht aufgenommen werden</translation>
        </message>
        <message>
            <source>In a teammate's campaign: %1</source>
            <translation>In der Kampagne eines Teammitglieds: %1</translation>
        </message>
        <message>
            <source>Already in another of your campaigns: %1</source>
            <translation>Bereits in einer anderen Ihrer Kampagnen: %1</translation>
        </message>
        <message>
            <source>Contacted on %1</source>
            <translation>Kontaktiert am %1</translation>
        </message>
        <message>
            <source>Contacted on %1 (%2)</source>
            <translation>Kontaktiert am %1 (%2)</translation>
        </message>
        <message>
            <source>Active SmartRecruiters application: %1</source>
            <translation>Aktive SmartRecruiters-Bewerbung: %1</translation>
        </message>
        <message>
            <source>No email address</source>
            <translation>Keine E-Mail-Adresse</translation>
        </message>
        <message>
            <source>Before enrolling</source>
            <translation>Vor der Aufnahme</translation>
        </message>
        <message>
            <source>Warnings per person</source>
            <translation>Warnungen pro Person</translation>
        </message>
        <message>
            <source>Enrolment result</source>
            <translation>Ergebnis der Aufnahme</translation>
        </message>
        <message>
            <source>Enroll &amp;anyway</source>
            <translation>&amp;Trotzdem aufnehmen</translation>
        </message>
        <message>
            <source>Enroll anyway</source>
            <translation>Trotzdem aufnehmen</translation>
        </message>
        <message>
            <source>Enroll only those &amp;without warnings</source>
            <translation>Nur Personen &amp;ohne Warnungen aufnehmen</translation>
        </message>
        <message>
            <source>Enroll only those without warnings</source>
            <translation>Nur Personen ohne Warnungen aufnehmen</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
        <message>
            <source>Enroll in sequence</source>
            <translation>In Sequenz aufnehmen</translation>
        </message>
        <message>
            <source>Nobody was enrolled: %1</source>
            <translation>Niemand wurde aufgenommen: %1</translation>
        </message>
        <message numerus="yes">
            <source>Some of the %n selected people need a second look before they get outreach:</source>
            <translation>
                <numerusform>Die ausgewählte Person sollte noch einmal geprüft werden, bevor sie angesprochen wird:</numerusform>
                <numerusform>Einige der %n ausgewählten Personen sollten noch einmal geprüft werden, bevor sie angesprochen werden:</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — won't be enrolled</source>
            <translation>%1 — wird nicht aufgenommen</translation>
        </message>
        <message>
            <source>Enrolled %1; %2 refused.</source>
            <translation>%1 aufgenommen; %2 abgelehnt.</translation>
        </message>
        <message numerus="yes">
            <source>%n left out because of warnings.</source>
            <translation>
                <numerusform>%n wegen Warnungen ausgelassen.</numerusform>
                <numerusform>%n wegen Warnungen ausgelassen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Fertig.</translation>
        </message>
        <message>
            <source>Warnings for the selected people:</source>
            <translation>Warnungen für die ausgewählten Personen:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Candidate %1</source>
            <translation>Kandidat %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FieldMappingEditor</name>
        <message>
            <source>Contact fields mapping</source>
            <translation>Feldzuordnung für Kontakte</translation>
        </message>
        <message>
            <source>&amp;Add field</source>
            <translation>Feld &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Add a mapped field</source>
            <translation>Ein zugeordnetes Feld hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove field</source>
            <translation>Feld &amp;entfernen</translation>
        </message>
        <message>
            <source>Remove the selected mapped fields</source>
            <translation>Die ausgewählten zugeordneten Felder entfernen</translation>
        </message>
        <message>
            <source>Restore &amp;defaults</source>
            <translation>&amp;Standard wiederherstellen</translation>
        </message>
        <message>
            <source>Restore the built-in mapping</source>
            <translation>Die integrierte Zuordnung wiederherstellen</translation>
        </message>
        <message>
            <source>Mapping problems</source>
            <translation>Zuordnungsprobleme</translation>
        </message>
        <message>
            <source>SmartRecruiters field</source>
            <translation>SmartRecruiters-Feld</translation>
        </message>
        <message>
            <source>Sourcedesk field or template</source>
            <translation>Sourcedesk-Feld oder -Vorlage</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Type property:&lt;id&gt; for a SmartRecruiters candidate property, or a template such as {title} at {company}.</source>
            <translation>Geben Sie property:&lt;id&gt; für eine SmartRecruiters-Kandidateneigenschaft ein oder eine Vorlage wie {title} at {company}.</translation>
        </message>
        <message>
            <source>SmartRecruiters field, row %1</source>
            <translation>SmartRecruiters-Feld, Zeile %1</translation>
        </message>
        <message>
            <source>Sourcedesk field or template for %1</source>
            <translation>Sourcedesk-Feld oder -Vorlage für %1</translation>
        </message>
        <message>
            <source>Update rule for %1</source>
            <translation>Aktualisierungsregel für %1</translation>
        </message>
        <message>
            <source>Property fields are checked against SmartRecruiters once you are connected.</source>
            <translation>Eigenschaftsfelder werden mit SmartRecruiters abgeglichen, sobald Sie verbunden sind.</translation>
        </message>
        <message>
            <source>Why the mapping cannot be changed</source>
            <translation>Warum die Zuordnung nicht geändert werden kann</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunConnectPage</name>
        <message>
            <source>Try the &amp;local sandbox (demo data)</source>
            <translation>&amp;Lokale Sandbox ausprobieren (Demodaten)</translation>
        </message>
        <message>
            <source>Try the local sandbox</source>
            <translation>Lokale Sandbox ausprobieren</translation>
        </message>
        <message>
            <source>SmartRecruiters connection</source>
            <translation>SmartRecruiters-Verbindung</translation>
        </message>
        <message>
            <source>Problem with the sandbox</source>
            <translation>Problem mit der Sandbox</translation>
        </message>
        <message>
            <source>Connection form</source>
            <translation>Verbindungsformular</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters</source>
            <translation>Mit SmartRecruiters verbinden</translation>
        </message>
        <message>
            <source>Sign in with your SmartRecruiters account, or paste an API key. Sourcedesk then adds candidates, writes your outreach as notes and brings hiring stages back. You can skip this and connect later in Settings → Integration: SmartRecruiters.</source>
            <translation>Melden Sie sich mit Ihrem SmartRecruiters-Konto an oder fügen Sie einen API-Schlüssel ein. Sourcedesk fügt dann Kandidaten hinzu, schreibt Ihre Ansprache als Notizen und holt Einstellungsphasen zurück. Sie können dies überspringen und sich später unter Einstellungen → Integration: SmartRecruiters verbinden.</translation>
        </message>
        <message>
            <source>Connects to the SmartRecruiters emulator that ./scripts/run.sh starts, with demo jobs and candidates. Nothing leaves this computer.</source>
            <translation>Verbindet mit dem SmartRecruiters-Emulator, den ./scripts/run.sh startet, mit Demo-Stellen und -Kandidaten. Nichts verlässt diesen Computer.</translation>
        </message>
        <message>
            <source>The local sandbox offers no demo API key. Connect with the form below instead.</source>
            <translation>Die lokale Sandbox bietet keinen Demo-API-Schlüssel. Verbinden Sie sich stattdessen über das Formular unten.</translation>
        </message>
        <message>
            <source>Connect later in Settings → Integration: SmartRecruiters.</source>
            <translation>Verbinden Sie sich später unter Einstellungen → Integration: SmartRecruiters.</translation>
        </message>
        <message>
            <source>Connected as %1 at %2. Press Next to choose what is synchronised.</source>
            <translation>Verbunden als %1 unter %2. Klicken Sie auf „Weiter“, um auszuwählen, was synchronisiert wird.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbindung wird hergestellt…</translation>
        </message>
        <message>
            <source>Not connected yet. Connect below, or press Next to skip this step.</source>
            <translation>Noch nicht verbunden. Verbinden Sie sich unten oder klicken Sie auf „Weiter“, um diesen Schritt zu überspringen.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunImportPage</name>
        <message>
            <source>Import your first candidates</source>
            <translation>Importieren Sie Ihre ersten Kandidaten</translation>
        </message>
        <message>
            <source>Bring a CSV export from SourceWhale, Gem, LinkedIn Recruiter, Google Contacts or a spreadsheet. You see how the columns map before anything is stored.</source>
            <translation>Verwenden Sie einen CSV-Export aus SourceWhale, Gem, LinkedIn Recruiter, Google Kontakte oder einer Tabelle. Sie sehen die Zuordnung der Spalten, bevor etwas gespeichert wird.</translation>
        </message>
        <message>
            <source>&amp;Import a CSV file…</source>
            <translation>CSV-Datei &amp;importieren…</translation>
        </message>
        <message>
            <source>Import a CSV file</source>
            <translation>CSV-Datei importieren</translation>
        </message>
        <message>
            <source>Import result</source>
            <translation>Importergebnis</translation>
        </message>
        <message>
            <source>Or skip this step: File → Import CSV… (Ctrl+I), or drop a .csv file on the window, any time.</source>
            <translation>Oder überspringen Sie diesen Schritt: Datei → CSV importieren… (Strg+I), oder ziehen Sie jederzeit eine .csv-Datei auf das Fenster.</translation>
        </message>
        <message>
            <source>Imported: %1</source>
            <translation>Importiert: %1</translation>
        </message>
        <message>
            <source>Importing later</source>
            <translation>Später importieren</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunSummaryPage</name>
        <message>
            <source>Setup summary</source>
            <translation>Zusammenfassung der Einrichtung</translation>
        </message>
        <message>
            <source>You are set up</source>
            <translation>Die Einrichtung ist abgeschlossen</translation>
        </message>
        <message>
            <source>This is what is set now. Everything can be changed later in Settings (Ctrl+3).</source>
            <translation>Dies ist jetzt eingestellt. Alles kann später in den Einstellungen (Strg+3) geändert werden.</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Arbeitsbereich</translation>
        </message>
        <message>
            <source>SmartRecruiters</source>
            <translation>SmartRecruiters</translation>
        </message>
        <message>
            <source>Jobs offered for campaigns</source>
            <translation>Für Kampagnen angebotene Stellen</translation>
        </message>
        <message>
            <source>Add to SmartRecruiters</source>
            <translation>Zu SmartRecruiters hinzufügen</translation>
        </message>
        <message>
            <source>First import</source>
            <translation>Erster Import</translation>
        </message>
        <message>
            <source>Run this setup again any time: Settings → Workspace → Run setup again…</source>
            <translation>Diese Einrichtung jederzeit erneut ausführen: Einstellungen → Arbeitsbereich → Einrichtung erneut ausführen…</translation>
        </message>
        <message>
            <source>Change it in %1.</source>
            <translation>Ändern unter %1.</translation>
        </message>
        <message>
            <source>On this computer: %1</source>
            <translation>Auf diesem Computer: %1</translation>
        </message>
        <message>
            <source>Settings → Workspace</source>
            <translation>Einstellungen → Arbeitsbereich</translation>
        </message>
        <message>
            <source>Not connected. Sourcedesk works without it; nothing is sent to SmartRecruiters.</source>
            <translation>Nicht verbunden. Sourcedesk funktioniert auch ohne; es wird nichts an SmartRecruiters gesendet.</translation>
        </message>
        <message>
            <source>Connected as %1 (%2) at %3, on %4.</source>
            <translation>Verbunden als %1 (%2) unter %3, am %4.</translation>
        </message>
        <message>
            <source>an unnamed company</source>
            <translation>ein unbenanntes Unternehmen</translation>
        </message>
        <message>
            <source>Settings → Integration: SmartRecruiters</source>
            <translation>Einstellungen → Integration: SmartRecruiters</translation>
        </message>
        <message>
            <source>None: campaigns can only be linked to the talent pool.</source>
            <translation>Keine: Kampagnen können nur mit dem Talent-Pool verknüpft werden.</translation>
        </message>
        <message>
            <source>Jobs with status %1.</source>
            <translation>Stellen mit Status %1.</translation>
        </message>
        <message>
            <source>Settings → SmartRecruiters sync → Team defaults → Job information</source>
            <translation>Einstellungen → SmartRecruiters-Synchronisierung → Teamstandards → Stelleninformationen</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Settings → SmartRecruiters sync → My settings → Adding to SmartRecruiters</source>
            <translation>Einstellungen → SmartRecruiters-Synchronisierung → Meine Einstellungen → Hinzufügen zu SmartRecruiters</translation>
        </message>
        <message>
            <source>Nothing imported yet.</source>
            <translation>Noch nichts importiert.</translation>
        </message>
        <message>
            <source>File → Import CSV… (Ctrl+I)</source>
            <translation>Datei → CSV importieren… (Strg+I)</translation>
        </message>
        <message>
            <source>Running the setup again</source>
            <translation>Einrichtung erneut ausführen</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunSyncPage</name>
        <message>
            <source>About the job statuses</source>
            <translation>Über die Stellenstatus</translation>
        </message>
        <message>
            <source>About adding</source>
            <translation>Über das Hinzufügen</translation>
        </message>
        <message>
            <source>Problem saving the choices</source>
            <translation>Problem beim Speichern der Auswahl</translation>
        </message>
        <message>
            <source>What is synchronised</source>
            <translation>Was synchronisiert wird</translation>
        </message>
        <message>
            <source>The two choices you knew from SourceWhale or Gem. Everything else has sensible defaults in Settings → SmartRecruiters sync.</source>
            <translation>Die beiden Einstellungen, die Sie aus SourceWhale oder Gem kennen. Für alles andere gibt es sinnvolle Standardwerte unter Einstellungen → SmartRecruiters-Synchronisierung.</translation>
        </message>
        <message>
            <source>Jobs a campaign can be linked to</source>
            <translation>Stellen, mit denen eine Kampagne verknüpft werden kann</translation>
        </message>
        <message>
            <source>Job status whitelist</source>
            <translation>Zulässige Stellenstatus</translation>
        </message>
        <message>
            <source>Offer jobs with status %1</source>
            <translation>Stellen mit Status %1 anbieten</translation>
        </message>
        <message>
            <source>Add people to SmartRecruiters</source>
            <translation>Personen zu SmartRecruiters hinzufügen</translation>
        </message>
        <message>
            <source>When to add people to SmartRecruiters</source>
            <translation>Wann Personen zu SmartRecruiters hinzugefügt werden</translation>
        </message>
        <message>
            <source>Add to SmartRecruiters: %1</source>
            <translation>Zu SmartRecruiters hinzufügen: %1</translation>
        </message>
        <message>
            <source>Saved as your own setting; campaigns and candidates can still override it.</source>
            <translation>Als Ihre eigene Einstellung gespeichert; Kampagnen und Kandidaten können sie weiterhin überschreiben.</translation>
        </message>
        <message>
            <source>Your team fixed this choice (%1). Ask your team admin to change it.</source>
            <translation>Ihr Team hat diese Einstellung festgelegt (%1). Bitten Sie Ihren Team-Administrator, sie zu ändern.</translation>
        </message>
        <message>
            <source>The current sync settings could not be read (%1); the built-in defaults are shown.</source>
            <translation>Die aktuellen Synchronisierungseinstellungen konnten nicht gelesen werden (%1); die integrierten Standardwerte werden angezeigt.</translation>
        </message>
        <message>
            <source>No status chosen: campaigns can then only be linked to the talent pool.</source>
            <translation>Kein Status ausgewählt: Kampagnen können dann nur mit dem Talent-Pool verknüpft werden.</translation>
        </message>
        <message>
            <source>A team default: it applies to everyone in this workspace.</source>
            <translation>Ein Teamstandard: Er gilt für alle in diesem Arbeitsbereich.</translation>
        </message>
        <message>
            <source>Not saved: %1
Change the choice, or skip this step and set it later in Settings → SmartRecruiters sync.</source>
            <translation>Nicht gespeichert: %1
Ändern Sie die Auswahl oder überspringen Sie diesen Schritt und legen Sie sie später unter Einstellungen → SmartRecruiters-Synchronisierung fest.</translation>
        </message>
        <message>
            <source>About the job status whitelist</source>
            <translation>Über die zulässigen Stellenstatus</translation>
        </message>
        <message>
            <source>About adding to SmartRecruiters</source>
            <translation>Über das Hinzufügen zu SmartRecruiters</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunWizard</name>
        <message>
            <source>Set up Sourcedesk</source>
            <translation>Sourcedesk einrichten</translation>
        </message>
        <message>
            <source>Skip set&amp;up</source>
            <translation>Einrichtung ü&amp;berspringen</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Zurück zum vorherigen Schritt</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <source>Finish the setup</source>
            <translation>Einrichtung abschließen</translation>
        </message>
        <message>
            <source>Skip setup</source>
            <translation>Einrichtung überspringen</translation>
        </message>
        <message>
            <source>Skip the rest of the setup (Esc). Run it again any time from Settings → Workspace.</source>
            <translation>Den Rest der Einrichtung überspringen (Esc). Sie können sie jederzeit unter Einstellungen → Arbeitsbereich erneut ausführen.</translation>
        </message>
        <message>
            <source>Next step (Alt+N or Enter)</source>
            <translation>Nächster Schritt (Alt+W oder Eingabe)</translation>
        </message>
        <message>
            <source>Previous step (Alt+B)</source>
            <translation>Vorheriger Schritt (Alt+Z)</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunWorkspacePage</name>
        <message>
            <source>Where your work is kept</source>
            <translation>Wo Ihre Arbeit gespeichert wird</translation>
        </message>
        <message>
            <source>Sourcedesk keeps your campaigns, candidates and outreach in a workspace. It is fast with a million candidates and works offline.</source>
            <translation>Sourcedesk speichert Ihre Kampagnen, Kandidaten und Ansprache in einem Arbeitsbereich. Er ist auch mit einer Million Kandidaten schnell und funktioniert offline.</translation>
        </message>
        <message>
            <source>&amp;This computer (a local workspace)</source>
            <translation>&amp;Dieser Computer (lokaler Arbeitsbereich)</translation>
        </message>
        <message>
            <source>Local workspace on this computer</source>
            <translation>Lokaler Arbeitsbereich auf diesem Computer</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Arbeitsbereichsdatei</translation>
        </message>
        <message>
            <source>Everything is saved in this file:</source>
            <translation>Alles wird in dieser Datei gespeichert:</translation>
        </message>
        <message>
            <source>Team workspace (PostgreSQL)</source>
            <translation>Team-Arbeitsbereich (PostgreSQL)</translation>
        </message>
        <message>
            <source>Team workspace</source>
            <translation>Team-Arbeitsbereich</translation>
        </message>
        <message>
            <source>About team workspaces</source>
            <translation>Über Team-Arbeitsbereiche</translation>
        </message>
        <message>
            <source>To use another file later: Settings → Workspace, or File → Open workspace… (%1).</source>
            <translation>Um später eine andere Datei zu verwenden: Einstellungen → Arbeitsbereich oder Datei → Arbeitsbereich öffnen… (%1).</translation>
        </message>
        <message>
            <source>About the workspace file</source>
            <translation>Über die Arbeitsbereichsdatei</translation>
        </message>
        <message>
            <source>Using another workspace later</source>
            <translation>Später einen anderen Arbeitsbereich verwenden</translation>
        </message>
        <message>
            <source>You are in the team workspace %1.</source>
            <translation>Sie sind im Team-Arbeitsbereich %1.</translation>
        </message>
        <message>
            <source>Shared with your team on your company's PostgreSQL server. Choose it and Next to connect; your admin gives you the server, database and login</source>
            <translation>Mit Ihrem Team auf dem PostgreSQL-Server Ihres Unternehmens geteilt. Wählen Sie diese Option und klicken Sie auf „Weiter“, um sich zu verbinden; Server, Datenbank und Anmeldung erhalten Sie von Ihrem Administrator</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::GuideDialog</name>
        <message>
            <source>Getting started guide</source>
            <translation>Einführung</translation>
        </message>
        <message>
            <source>Getting started with Sourcedesk</source>
            <translation>Erste Schritte mit Sourcedesk</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
        <message>
            <source>Connect SmartRecruiters</source>
            <translation>SmartRecruiters verbinden</translation>
        </message>
        <message>
            <source>Campaigns and importing</source>
            <translation>Kampagnen und Import</translation>
        </message>
        <message>
            <source>Sequences and your mailbox</source>
            <translation>Sequenzen und Ihr Postfach</translation>
        </message>
        <message>
            <source>Replies and tasks</source>
            <translation>Antworten und Aufgaben</translation>
        </message>
        <message>
            <source>The sync log and what needs attention</source>
            <translation>Das Synchronisierungsprotokoll und was Aufmerksamkeit erfordert</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>Erste Schritte</translation>
        </message>
        <message>
            <source>Sourcedesk is where you source and contact candidates; SmartRecruiters stays your ATS. These steps take you from an empty workspace to your first candidates in SmartRecruiters.</source>
            <translation>In Sourcedesk suchen und kontaktieren Sie Kandidaten; SmartRecruiters bleibt Ihr ATS. Diese Schritte führen Sie von einem leeren Arbeitsbereich zu Ihren ersten Kandidaten in SmartRecruiters.</translation>
        </message>
        <message>
            <source>Open &lt;b&gt;Settings → Integration: SmartRecruiters&lt;/b&gt; (%1 shows Settings). Choose &lt;i&gt;Sign in with SmartRecruiters&lt;/i&gt;, click &lt;b&gt;Connect&lt;/b&gt;, log in and click &lt;i&gt;Allow access&lt;/i&gt;; or paste an API key from your SmartRecruiters admin. &lt;b&gt;Test integration&lt;/b&gt; lists the permissions that are granted, and &lt;b&gt;Insert test candidate&lt;/b&gt; shows you what a push looks like.</source>
            <translation>Öffnen Sie &lt;b&gt;Einstellungen → Integration: SmartRecruiters&lt;/b&gt; (%1 zeigt die Einstellungen). Wählen Sie &lt;i&gt;Mit SmartRecruiters anmelden&lt;/i&gt;, klicken Sie auf &lt;b&gt;Verbinden&lt;/b&gt;, melden Sie sich an und klicken Sie auf &lt;i&gt;Allow access&lt;/i&gt;; oder fügen Sie einen API-Schlüssel von Ihrem SmartRecruiters-Administrator ein. &lt;b&gt;Integration testen&lt;/b&gt; listet die erteilten Berechtigungen auf, und &lt;b&gt;Testkandidat einfügen&lt;/b&gt; zeigt Ihnen, wie eine Übertragung aussieht.</translation>
        </message>
        <message>
            <source>On &lt;b&gt;Settings → SmartRecruiters sync&lt;/b&gt; decide when a person is added to SmartRecruiters (when added to a campaign, only when they reply, or only when they are interested), which fields are mandatory, and whether each field is &lt;i&gt;always updated&lt;/i&gt; or &lt;i&gt;only updated if blank&lt;/i&gt;. Team defaults apply to everyone; a locked default cannot be changed.</source>
            <translation>Legen Sie unter &lt;b&gt;Einstellungen → SmartRecruiters-Synchronisierung&lt;/b&gt; fest, wann eine Person zu SmartRecruiters hinzugefügt wird (beim Hinzufügen zu einer Kampagne, erst bei Antwort oder erst bei Interesse), welche Felder Pflichtfelder sind und ob jedes Feld &lt;i&gt;immer aktualisiert&lt;/i&gt; oder &lt;i&gt;nur aktualisiert wird, wenn leer&lt;/i&gt;. Teamstandards gelten für alle; ein gesperrter Standard kann nicht geändert werden.</translation>
        </message>
        <message>
            <source>On &lt;b&gt;Settings → Hiring stages&lt;/b&gt; download the stages from SmartRecruiters, map every stage to a pipeline status and save. The stage sync then moves your campaign members once a day.</source>
            <translation>Laden Sie unter &lt;b&gt;Einstellungen → Einstellungsphasen&lt;/b&gt; die Phasen aus SmartRecruiters herunter, ordnen Sie jede Phase einem Pipeline-Status zu und speichern Sie. Die Phasensynchronisierung verschiebt Ihre Kampagnenmitglieder dann einmal täglich.</translation>
        </message>
        <message>
            <source>Create a campaign with &lt;b&gt;File → New campaign&lt;/b&gt; (%1) and link it to a SmartRecruiters job; the job status whitelist decides which jobs are offered.</source>
            <translation>Erstellen Sie eine Kampagne mit &lt;b&gt;Datei → Neue Kampagne&lt;/b&gt; (%1) und verknüpfen Sie sie mit einer SmartRecruiters-Stelle; die zulässigen Stellenstatus bestimmen, welche Stellen angeboten werden.</translation>
        </message>
        <message>
            <source>Bring people in with &lt;b&gt;File → Import CSV&lt;/b&gt; (%1): pick the file, match its columns to the candidate fields, and choose what happens to duplicates. &lt;b&gt;Search SmartRecruiters&lt;/b&gt; (%2) finds people already in your ATS.</source>
            <translation>Holen Sie Personen mit &lt;b&gt;Datei → CSV importieren&lt;/b&gt; (%1) herein: Wählen Sie die Datei, ordnen Sie ihre Spalten den Kandidatenfeldern zu und legen Sie fest, was mit Duplikaten geschieht. &lt;b&gt;SmartRecruiters durchsuchen&lt;/b&gt; (%2) findet Personen, die bereits in Ihrem ATS sind.</translation>
        </message>
        <message>
            <source>Set up &lt;b&gt;Settings → Mailbox&lt;/b&gt; first: your provider, address and password or token (kept in this computer's keychain), then &lt;b&gt;Test connection&lt;/b&gt;. Sending limits keep you clear of your provider's limits.</source>
            <translation>Richten Sie zuerst &lt;b&gt;Einstellungen → Postfach&lt;/b&gt; ein: Ihren Anbieter, Ihre Adresse und Ihr Passwort oder Token (im Schlüsselbund dieses Computers gespeichert), dann &lt;b&gt;Verbindung testen&lt;/b&gt;. Sendelimits halten Sie unter den Limits Ihres Anbieters.</translation>
        </message>
        <message>
            <source>In a campaign, &lt;b&gt;Sequence…&lt;/b&gt; (%1) writes the steps: emails, LinkedIn steps and calls, with placeholders such as {firstName}. &lt;b&gt;Enroll in sequence…&lt;/b&gt; (%2) starts it for the selected members; people on the &lt;i&gt;Do not contact&lt;/i&gt; list are never enrolled.</source>
            <translation>In einer Kampagne legt &lt;b&gt;Sequenz…&lt;/b&gt; (%1) die Schritte fest: E-Mails, LinkedIn-Schritte und Anrufe, mit Platzhaltern wie {firstName}. &lt;b&gt;In Sequenz aufnehmen…&lt;/b&gt; (%2) startet sie für die ausgewählten Mitglieder; Personen auf der Liste &lt;i&gt;Nicht kontaktieren&lt;/i&gt; werden nie aufgenommen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Replies&lt;/b&gt; (%1) shows the newest answers. Mark people interested (%2) or not interested (%3): with "only when they reply" or "only when they are interested" that is the moment they are added to SmartRecruiters.</source>
            <translation>&lt;b&gt;Antworten&lt;/b&gt; (%1) zeigt die neuesten Antworten. Markieren Sie Personen als interessiert (%2) oder nicht interessiert (%3): Bei „erst bei Antwort“ oder „erst bei Interesse“ werden sie in diesem Moment zu SmartRecruiters hinzugefügt.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Today&lt;/b&gt; (%1) lists the LinkedIn steps, calls and other tasks due today or overdue.</source>
            <translation>&lt;b&gt;Heute&lt;/b&gt; (%1) listet die heute fälligen oder überfälligen LinkedIn-Schritte, Anrufe und anderen Aufgaben auf.</translation>
        </message>
        <message>
            <source>The &lt;b&gt;Sync log&lt;/b&gt; (%1) shows everything sent to SmartRecruiters. When SmartRecruiters refuses something, the status bar shows it in red: click it to see the jobs that need your attention, fix the cause and click &lt;b&gt;Retry&lt;/b&gt;.</source>
            <translation>Das &lt;b&gt;Synchronisierungsprotokoll&lt;/b&gt; (%1) zeigt alles, was an SmartRecruiters gesendet wurde. Wenn SmartRecruiters etwas ablehnt, zeigt die Statusleiste dies in Rot: Klicken Sie darauf, um die Aufträge zu sehen, die Ihre Aufmerksamkeit erfordern, beheben Sie die Ursache und klicken Sie auf &lt;b&gt;Wiederholen&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>The &lt;b&gt;Review queue&lt;/b&gt; (%1) holds possible matches waiting for your decision; &lt;b&gt;Out of step&lt;/b&gt; (%2) lists candidates that differ between Sourcedesk and SmartRecruiters.</source>
            <translation>Die &lt;b&gt;Prüfliste&lt;/b&gt; (%1) enthält mögliche Treffer, die auf Ihre Entscheidung warten; &lt;b&gt;Nicht synchron&lt;/b&gt; (%2) listet Kandidaten auf, die sich zwischen Sourcedesk und SmartRecruiters unterscheiden.</translation>
        </message>
        <message>
            <source>Search everywhere</source>
            <translation>Überall suchen</translation>
        </message>
        <message>
            <source>Find candidates</source>
            <translation>Kandidaten finden</translation>
        </message>
        <message>
            <source>New campaign</source>
            <translation>Neue Kampagne</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>CSV importieren</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>CSV exportieren</translation>
        </message>
        <message>
            <source>Campaigns, Candidates, Settings</source>
            <translation>Kampagnen, Kandidaten, Einstellungen</translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>Synchronisierungsprotokoll</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>Today's tasks</source>
            <translation>Heutige Aufgaben</translation>
        </message>
        <message>
            <source>What's This? (then click a control)</source>
            <translation>Direkthilfe (dann auf ein Element klicken)</translation>
        </message>
        <message>
            <source>All keyboard shortcuts</source>
            <translation>Alle Tastenkürzel</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1, %2, %3</translation>
        </message>
        <message>
            <source>Every setting explains itself: hover over it, or press %1 and click it. &lt;b&gt;Help → Keyboard shortcuts&lt;/b&gt; lists every key of the window.</source>
            <translation>Jede Einstellung erklärt sich selbst: Bewegen Sie den Mauszeiger darüber, oder drücken Sie %1 und klicken Sie darauf. &lt;b&gt;Hilfe → Tastenkürzel&lt;/b&gt; listet alle Tasten des Fensters auf.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::HelpMenu</name>
        <message>
            <source>Open log folder</source>
            <translation>Protokollordner öffnen</translation>
        </message>
        <message>
            <source>No file manager could open the log folder. Open it yourself: %1</source>
            <translation>Kein Dateimanager konnte den Protokollordner öffnen. Öffnen Sie ihn selbst: %1</translation>
        </message>
        <message>
            <source>&amp;Getting started guide</source>
            <translation>&amp;Einführung</translation>
        </message>
        <message>
            <source>A short guide from connecting SmartRecruiters to your first sequence</source>
            <translation>Eine kurze Anleitung vom Verbinden mit SmartRecruiters bis zu Ihrer ersten Sequenz</translation>
        </message>
        <message>
            <source>Click a setting to read what it does</source>
            <translation>Klicken Sie auf eine Einstellung, um zu lesen, was sie bewirkt</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>&amp;Protokollordner öffnen</translation>
        </message>
        <message>
            <source>The application log, for support: %1</source>
            <translation>Das Anwendungsprotokoll, für den Support: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::HelpTexts</name>
        <message>
            <source>Sync manual contact updates: when someone on your team corrects a name, company, role, location or another contact field in Sourcedesk, the change is sent to the candidate's profile in SmartRecruiters as well.

Turn it off if SmartRecruiters is where your team keeps contact details up to date.</source>
            <translation>Manuelle Kontaktänderungen synchronisieren: Wenn jemand in Ihrem Team in Sourcedesk einen Namen, ein Unternehmen, eine Rolle, einen Standort oder ein anderes Kontaktfeld korrigiert, wird die Änderung auch an das Profil des Kandidaten in SmartRecruiters gesendet.

Schalten Sie dies aus, wenn Ihr Team die Kontaktdaten in SmartRecruiters pflegt.</translation>
        </message>
        <message>
            <source>Add candidate to SmartRecruiters: the moment a person you sourced becomes a candidate in your SmartRecruiters talent pool.

"When added to a campaign" pushes everyone you add. "Only when they reply" waits for an answer to your outreach, "Only when they are interested" for a positive answer. "Don't add this contact" never creates them.</source>
            <translation>Kandidat zu SmartRecruiters hinzufügen: der Zeitpunkt, zu dem eine von Ihnen gefundene Person Kandidat in Ihrem SmartRecruiters-Talent-Pool wird.

„Beim Hinzufügen zu einer Kampagne“ überträgt alle, die Sie hinzufügen. „Erst bei Antwort“ wartet auf eine Antwort auf Ihre Ansprache, „Erst bei Interesse“ auf eine positive Antwort. „Diesen Kontakt nicht hinzufügen“ erstellt sie nie.</translation>
        </message>
        <message>
            <source>Only add notes to synced records: with "Only when they reply" or "Only when they are interested", your outreach notes are written only on candidates Sourcedesk created or linked (after they replied or were marked interested), never on SmartRecruiters records that merely share an email address.</source>
            <translation>Notizen nur zu synchronisierten Datensätzen hinzufügen: Bei „Erst bei Antwort“ oder „Erst bei Interesse“ werden Ihre Ansprache-Notizen nur bei Kandidaten geschrieben, die Sourcedesk erstellt oder verknüpft hat (nachdem sie geantwortet haben oder als interessiert markiert wurden), nie bei SmartRecruiters-Datensätzen, die lediglich eine E-Mail-Adresse teilen.</translation>
        </message>
        <message>
            <source>Displayed fields: the SmartRecruiters fields recruiters can fill in for a candidate before pushing them, for example phone number, LinkedIn profile or current company. Click Choose… to pick them from a list.</source>
            <translation>Angezeigte Felder: die SmartRecruiters-Felder, die Recruiter für einen Kandidaten vor der Übertragung ausfüllen können, zum Beispiel Telefonnummer, LinkedIn-Profil oder aktuelles Unternehmen. Klicken Sie auf „Auswählen…“, um sie aus einer Liste zu wählen.</translation>
        </message>
        <message>
            <source>Mandatory fields: a candidate is pushed to SmartRecruiters only once these fields are filled. First name, last name and email are always required by SmartRecruiters; add more when your team's process needs them.</source>
            <translation>Pflichtfelder: Ein Kandidat wird erst an SmartRecruiters übertragen, wenn diese Felder ausgefüllt sind. Vorname, Nachname und E-Mail verlangt SmartRecruiters immer; fügen Sie weitere hinzu, wenn der Prozess Ihres Teams sie benötigt.</translation>
        </message>
        <message>
            <source>Which Sourcedesk field or template fills each SmartRecruiters field, and when.</source>
            <translation>Welches Sourcedesk-Feld oder welche Vorlage jedes SmartRecruiters-Feld füllt, und wann.</translation>
        </message>
        <message>
            <source>Contact fields mapping: each row sends one Sourcedesk field (or a template such as {title} at {company}) to one SmartRecruiters field.

"Always update" writes the field every time, overwriting whatever is in SmartRecruiters. "Only update if blank" fills the field only when it is empty and never overwrites existing data.

Only change the mapping when values do not arrive in SmartRecruiters as expected.</source>
            <translation>Feldzuordnung für Kontakte: Jede Zeile sendet ein Sourcedesk-Feld (oder eine Vorlage wie {title} at {company}) an ein SmartRecruiters-Feld.

„Immer aktualisieren“ schreibt das Feld jedes Mal und überschreibt, was in SmartRecruiters steht. „Nur aktualisieren, wenn leer“ füllt das Feld nur, wenn es leer ist, und überschreibt nie vorhandene Daten.

Ändern Sie die Zuordnung nur, wenn Werte nicht wie erwartet in SmartRecruiters ankommen.</translation>
        </message>
        <message>
            <source>Filterable fields: the SmartRecruiters fields offered as filters in Search SmartRecruiters, so you can search your ATS by tag, status, job and the like without leaving Sourcedesk.</source>
            <translation>Filterbare Felder: die SmartRecruiters-Felder, die in „SmartRecruiters durchsuchen“ als Filter angeboten werden, damit Sie Ihr ATS nach Tag, Status, Stelle und Ähnlichem durchsuchen können, ohne Sourcedesk zu verlassen.</translation>
        </message>
        <message>
            <source>Create new notes from: the outreach types (emails, replies, calls, LinkedIn steps, status changes…) that write a note on the candidate in SmartRecruiters. Leave a type out to keep that activity in Sourcedesk only.</source>
            <translation>Neue Notizen erstellen aus: die Ansprachetypen (E-Mails, Antworten, Anrufe, LinkedIn-Schritte, Statusänderungen…), die eine Notiz beim Kandidaten in SmartRecruiters schreiben. Lassen Sie einen Typ weg, um diese Aktivität nur in Sourcedesk zu behalten.</translation>
        </message>
        <message>
            <source>Note text: how each activity note reads in SmartRecruiters. Placeholders in braces are filled per note: {activity}, {campaign}, {subject}, {body}, {author}, {date}, {status}, {job} and candidate fields such as {firstName}.</source>
            <translation>Notiztext: wie jede Aktivitätsnotiz in SmartRecruiters lautet. Platzhalter in geschweiften Klammern werden pro Notiz gefüllt: {activity}, {campaign}, {subject}, {body}, {author}, {date}, {status}, {job} und Kandidatenfelder wie {firstName}.</translation>
        </message>
        <message>
            <source>Share notes with these users: the SmartRecruiters user ids, separated by commas, that can read the notes when "Who sees the notes" is "Only the users below".</source>
            <translation>Notizen mit diesen Benutzern teilen: die durch Kommas getrennten SmartRecruiters-Benutzer-IDs, die die Notizen lesen können, wenn „Wer die Notizen sieht“ auf „Nur die unten aufgeführten Benutzer“ steht.</translation>
        </message>
        <message>
            <source>Job status whitelist: when you link a campaign to a job, only the jobs with the selected statuses (for example Sourcing, Interview, Offer) are listed. Filled, cancelled or on-hold jobs stay out of the way.</source>
            <translation>Zulässige Stellenstatus: Wenn Sie eine Kampagne mit einer Stelle verknüpfen, werden nur Stellen mit den ausgewählten Status (zum Beispiel Sourcing, Interview, Angebot) aufgeführt. Besetzte, abgebrochene oder pausierte Stellen bleiben außen vor.</translation>
        </message>
        <message>
            <source>Candidate source: the source SmartRecruiters records for the candidates Sourcedesk creates, as sourceTypeId/sourceSubTypeId/sourceId, so your source reports show where they were found. Leave it empty for SmartRecruiters' default source.</source>
            <translation>Kandidatenquelle: die Quelle, die SmartRecruiters für die von Sourcedesk erstellten Kandidaten erfasst, als sourceTypeId/sourceSubTypeId/sourceId, damit Ihre Quellenberichte zeigen, wo sie gefunden wurden. Leer lassen für die Standardquelle von SmartRecruiters.</translation>
        </message>
        <message>
            <source>Tag: the tag added to the candidate's profile in SmartRecruiters, built from placeholders, e.g. "sourcedesk - {campaign} - {status}" becomes "sourcedesk - senior ml - interested".</source>
            <translation>Tag: das Tag, das dem Profil des Kandidaten in SmartRecruiters hinzugefügt wird, gebildet aus Platzhaltern, z. B. wird "sourcedesk - {campaign} - {status}" zu "sourcedesk - senior ml - interested".</translation>
        </message>
        <message>
            <source>Tag candidates: adds a tag with the campaign and the outcome to each candidate in SmartRecruiters, so the hiring team can filter on it there.</source>
            <translation>Kandidaten taggen: fügt jedem Kandidaten in SmartRecruiters ein Tag mit der Kampagne und dem Ergebnis hinzu, damit das Einstellungsteam dort danach filtern kann.</translation>
        </message>
        <message>
            <source>Require consent before syncing: a candidate whose consent to be kept on file is not granted is held back and not pushed to SmartRecruiters.</source>
            <translation>Einwilligung vor der Synchronisierung verlangen: Ein Kandidat, dessen Einwilligung zur Speicherung seiner Daten nicht erteilt ist, wird zurückgehalten und nicht an SmartRecruiters übertragen.</translation>
        </message>
        <message>
            <source>Consent text: the consent record sent with each candidate. Placeholders: {date}, {method} and {state}. Change it when your legal team asks for a different wording.</source>
            <translation>Einwilligungstext: der mit jedem Kandidaten gesendete Einwilligungsnachweis. Platzhalter: {date}, {method} und {state}. Ändern Sie ihn, wenn Ihre Rechtsabteilung eine andere Formulierung wünscht.</translation>
        </message>
        <message>
            <source>Upload attachments: the files attached to a candidate in Sourcedesk (CVs, notes) are uploaded to their SmartRecruiters profile.</source>
            <translation>Anhänge hochladen: Die einem Kandidaten in Sourcedesk angehängten Dateien (Lebensläufe, Notizen) werden in sein SmartRecruiters-Profil hochgeladen.</translation>
        </message>
        <message>
            <source>Synchronize hiring stages: once a day Sourcedesk reads the candidates' hiring stages in SmartRecruiters and moves the campaign members to the mapped pipeline status. Map the stages on Settings → Hiring stages first.</source>
            <translation>Einstellungsphasen synchronisieren: Einmal täglich liest Sourcedesk die Einstellungsphasen der Kandidaten in SmartRecruiters und verschiebt die Kampagnenmitglieder in den zugeordneten Pipeline-Status. Ordnen Sie die Phasen zuerst unter Einstellungen → Einstellungsphasen zu.</translation>
        </message>
        <message>
            <source>Daily stage sync at: the time the daily stage sync runs (24-hour clock), in the time zone below. The default is 17:00 Paris time (5:00 PM CET).</source>
            <translation>Tägliche Phasensynchronisierung um: die Uhrzeit der täglichen Phasensynchronisierung (24-Stunden-Format) in der unten angegebenen Zeitzone. Standard ist 17:00 Uhr Pariser Zeit (MEZ).</translation>
        </message>
        <message>
            <source>Stage sync time zone: the time zone of the daily run, such as Europe/Paris or America/New_York.</source>
            <translation>Zeitzone der Phasensynchronisierung: die Zeitzone des täglichen Laufs, etwa Europe/Paris oder America/New_York.</translation>
        </message>
        <message>
            <source>Stage sync since: applications older than this date (yyyy-MM-dd) are ignored by the stage sync. Leave it empty to read them all.</source>
            <translation>Phasensynchronisierung seit: Bewerbungen, die älter als dieses Datum (yyyy-MM-dd) sind, werden von der Phasensynchronisierung ignoriert. Leer lassen, um alle zu lesen.</translation>
        </message>
        <message>
            <source>Only applications made after stage sync was turned on: the stage mapping applies to applications submitted after you enabled the stage sync. Stages of earlier applications are not synchronized.</source>
            <translation>Nur Bewerbungen nach Aktivierung der Phasensynchronisierung: Die Phasenzuordnung gilt für Bewerbungen, die nach dem Einschalten der Phasensynchronisierung eingereicht wurden. Phasen früherer Bewerbungen werden nicht synchronisiert.</translation>
        </message>
        <message>
            <source>Push pipeline changes back: when you move a member in a Sourcedesk pipeline, the candidate's application moves to the matching hiring stage in SmartRecruiters too.</source>
            <translation>Pipeline-Änderungen zurückübertragen: Wenn Sie ein Mitglied in einer Sourcedesk-Pipeline verschieben, wird auch die Bewerbung des Kandidaten in SmartRecruiters in die passende Einstellungsphase verschoben.</translation>
        </message>
        <message>
            <source>Settings for: "Team defaults" are set by your team admin and apply to everyone; "My settings" override them for your own campaigns. A locked team default cannot be overridden.</source>
            <translation>Einstellungen für: „Teamstandards“ legt Ihr Team-Administrator fest, und sie gelten für alle; „Meine Einstellungen“ überschreiben sie für Ihre eigenen Kampagnen. Ein gesperrter Teamstandard kann nicht überschrieben werden.</translation>
        </message>
        <message>
            <source>Lock this team default so nobody can change it.</source>
            <translation>Diesen Teamstandard sperren, damit niemand ihn ändern kann.</translation>
        </message>
        <message>
            <source>Lock: everyone uses the team value of this setting. Users, campaigns and candidates cannot override it until the admin unlocks it.</source>
            <translation>Sperren: Alle verwenden den Teamwert dieser Einstellung. Benutzer, Kampagnen und Kandidaten können ihn nicht überschreiben, bis der Administrator ihn entsperrt.</translation>
        </message>
        <message>
            <source>Go back to the inherited value.</source>
            <translation>Zum geerbten Wert zurückkehren.</translation>
        </message>
        <message>
            <source>Reset: drops the value set here, so the setting follows the layer below again (the team default, or the built-in default for team settings).</source>
            <translation>Zurücksetzen: verwirft den hier gesetzten Wert, sodass die Einstellung wieder der darunterliegenden Ebene folgt (dem Teamstandard bzw. bei Teameinstellungen dem integrierten Standard).</translation>
        </message>
        <message>
            <source>Pick the items from a list.</source>
            <translation>Die Einträge aus einer Liste auswählen.</translation>
        </message>
        <message>
            <source>Choose…: ticks and unticks the known items of this list; the line beside it shows what is chosen and can be edited by hand.</source>
            <translation>Auswählen…: hakt die bekannten Einträge dieser Liste an oder ab; die Zeile daneben zeigt die Auswahl und kann von Hand bearbeitet werden.</translation>
        </message>
        <message>
            <source>Save the sync settings.</source>
            <translation>Die Synchronisierungseinstellungen speichern.</translation>
        </message>
        <message>
            <source>Save: stores all changed sync settings at once. Nothing is saved while a value has a problem.</source>
            <translation>Speichern: speichert alle geänderten Synchronisierungseinstellungen auf einmal. Solange ein Wert ein Problem hat, wird nichts gespeichert.</translation>
        </message>
        <message>
            <source>Drop the unsaved changes.</source>
            <translation>Die ungespeicherten Änderungen verwerfen.</translation>
        </message>
        <message>
            <source>Revert: drops the unsaved changes and shows the stored settings again.</source>
            <translation>Verwerfen: verwirft die ungespeicherten Änderungen und zeigt wieder die gespeicherten Einstellungen.</translation>
        </message>
        <message>
            <source>Save these settings to a file.</source>
            <translation>Diese Einstellungen in eine Datei speichern.</translation>
        </message>
        <message>
            <source>Export: writes the settings of the chosen layer to a JSON file, to share with another workspace or keep as a backup.</source>
            <translation>Exportieren: schreibt die Einstellungen der gewählten Ebene in eine JSON-Datei, um sie mit einem anderen Arbeitsbereich zu teilen oder als Sicherung aufzubewahren.</translation>
        </message>
        <message>
            <source>Load settings from a file.</source>
            <translation>Einstellungen aus einer Datei laden.</translation>
        </message>
        <message>
            <source>Import: replaces the settings of the chosen layer with those of an exported JSON file. Nothing changes if the file is not valid.</source>
            <translation>Importieren: ersetzt die Einstellungen der gewählten Ebene durch die einer exportierten JSON-Datei. Ist die Datei ungültig, ändert sich nichts.</translation>
        </message>
        <message>
            <source>One row per SmartRecruiters field and where its value comes from.</source>
            <translation>Eine Zeile pro SmartRecruiters-Feld und woher sein Wert kommt.</translation>
        </message>
        <message>
            <source>Contact fields mapping: one row per SmartRecruiters field, the Sourcedesk field or template that fills it, and its update rule ("Always update" or "Only update if blank").</source>
            <translation>Feldzuordnung für Kontakte: eine Zeile pro SmartRecruiters-Feld, mit dem Sourcedesk-Feld oder der Vorlage, die es füllt, und seiner Aktualisierungsregel („Immer aktualisieren“ oder „Nur aktualisieren, wenn leer“).</translation>
        </message>
        <message>
            <source>The SmartRecruiters field this row fills.</source>
            <translation>Das SmartRecruiters-Feld, das diese Zeile füllt.</translation>
        </message>
        <message>
            <source>SmartRecruiters field: a standard candidate field, or property:&lt;id&gt; for one of your company's candidate properties.</source>
            <translation>SmartRecruiters-Feld: ein Standard-Kandidatenfeld oder property:&lt;id&gt; für eine der Kandidateneigenschaften Ihres Unternehmens.</translation>
        </message>
        <message>
            <source>The Sourcedesk field or template that fills it.</source>
            <translation>Das Sourcedesk-Feld oder die Vorlage, die es füllt.</translation>
        </message>
        <message>
            <source>Sourcedesk field or template: a field name such as email, or a template with placeholders such as {title} at {company}.</source>
            <translation>Sourcedesk-Feld oder -Vorlage: ein Feldname wie email oder eine Vorlage mit Platzhaltern wie {title} at {company}.</translation>
        </message>
        <message>
            <source>Always update, or only update if blank.</source>
            <translation>Immer aktualisieren oder nur aktualisieren, wenn leer.</translation>
        </message>
        <message>
            <source>Update rule: "Always update" overwrites the field in SmartRecruiters with every push. "Only update if blank" writes only when the field is empty there and never overwrites existing data.</source>
            <translation>Aktualisierungsregel: „Immer aktualisieren“ überschreibt das Feld in SmartRecruiters bei jeder Übertragung. „Nur aktualisieren, wenn leer“ schreibt nur, wenn das Feld dort leer ist, und überschreibt nie vorhandene Daten.</translation>
        </message>
        <message>
            <source>Add a row for another field.</source>
            <translation>Eine Zeile für ein weiteres Feld hinzufügen.</translation>
        </message>
        <message>
            <source>Add field: adds a row to map one more SmartRecruiters field.</source>
            <translation>Feld hinzufügen: fügt eine Zeile hinzu, um ein weiteres SmartRecruiters-Feld zuzuordnen.</translation>
        </message>
        <message>
            <source>Remove the selected rows.</source>
            <translation>Die ausgewählten Zeilen entfernen.</translation>
        </message>
        <message>
            <source>Remove field: removes the selected rows; those fields are no longer written.</source>
            <translation>Feld entfernen: entfernt die ausgewählten Zeilen; diese Felder werden nicht mehr geschrieben.</translation>
        </message>
        <message>
            <source>Go back to the built-in mapping.</source>
            <translation>Zur integrierten Zuordnung zurückkehren.</translation>
        </message>
        <message>
            <source>Restore defaults: replaces the whole table with the built-in mapping.</source>
            <translation>Standard wiederherstellen: ersetzt die gesamte Tabelle durch die integrierte Zuordnung.</translation>
        </message>
        <message>
            <source>Which SmartRecruiters to connect to.</source>
            <translation>Mit welchem SmartRecruiters verbunden wird.</translation>
        </message>
        <message>
            <source>Server: SmartRecruiters for your live account. "Other address…" is for a test environment your SmartRecruiters admin gave you.</source>
            <translation>Server: SmartRecruiters für Ihr Produktivkonto. „Andere Adresse…“ ist für eine Testumgebung, die Ihnen Ihr SmartRecruiters-Administrator genannt hat.</translation>
        </message>
        <message>
            <source>The address of the SmartRecruiters API.</source>
            <translation>Die Adresse der SmartRecruiters-API.</translation>
        </message>
        <message>
            <source>API address: where Sourcedesk sends its requests. Filled in for SmartRecruiters; change it only with "Other address…".</source>
            <translation>API-Adresse: wohin Sourcedesk seine Anfragen sendet. Für SmartRecruiters vorausgefüllt; ändern Sie sie nur über „Andere Adresse…“.</translation>
        </message>
        <message>
            <source>The address you sign in at.</source>
            <translation>Die Adresse, unter der Sie sich anmelden.</translation>
        </message>
        <message>
            <source>Sign-in address: the SmartRecruiters page the sign-in window opens.</source>
            <translation>Anmeldeadresse: die SmartRecruiters-Seite, die das Anmeldefenster öffnet.</translation>
        </message>
        <message>
            <source>Sign in with your SmartRecruiters account.</source>
            <translation>Mit Ihrem SmartRecruiters-Konto anmelden.</translation>
        </message>
        <message>
            <source>Sign in with SmartRecruiters: Connect opens the SmartRecruiters sign-in; log in and click Allow access to grant Sourcedesk the permissions it asks for. Nothing is stored but a token in your keychain.</source>
            <translation>Mit SmartRecruiters anmelden: „Verbinden“ öffnet die SmartRecruiters-Anmeldung; melden Sie sich an und klicken Sie auf „Allow access“, um Sourcedesk die angeforderten Berechtigungen zu erteilen. Gespeichert wird nur ein Token in Ihrem Schlüsselbund.</translation>
        </message>
        <message>
            <source>Connect with an API key from SmartRecruiters.</source>
            <translation>Mit einem API-Schlüssel von SmartRecruiters verbinden.</translation>
        </message>
        <message>
            <source>API key: for companies whose admin issues API keys (Settings → Apps &amp; Integrations in SmartRecruiters). The key goes to your system keychain only.</source>
            <translation>API-Schlüssel: für Unternehmen, deren Administrator API-Schlüssel ausgibt (Settings → Apps &amp; Integrations in SmartRecruiters). Der Schlüssel wird nur im Schlüsselbund Ihres Systems gespeichert.</translation>
        </message>
        <message>
            <source>The OAuth client id of your SmartRecruiters app.</source>
            <translation>Die OAuth-Client-ID Ihrer SmartRecruiters-App.</translation>
        </message>
        <message>
            <source>Client id: identifies the app your SmartRecruiters admin registered for Sourcedesk.</source>
            <translation>Client-ID: identifiziert die App, die Ihr SmartRecruiters-Administrator für Sourcedesk registriert hat.</translation>
        </message>
        <message>
            <source>The OAuth client secret; kept in the keychain.</source>
            <translation>Das OAuth-Client-Secret; wird im Schlüsselbund gespeichert.</translation>
        </message>
        <message>
            <source>Client secret: the secret that belongs to the client id. It is kept in your system keychain; leave it empty to reuse the stored one.</source>
            <translation>Client-Secret: das zur Client-ID gehörende Geheimnis. Es wird im Schlüsselbund Ihres Systems gespeichert; leer lassen, um das gespeicherte wiederzuverwenden.</translation>
        </message>
        <message>
            <source>Must match a redirect URI registered for the app exactly.</source>
            <translation>Muss genau mit einer für die App registrierten Weiterleitungs-URI übereinstimmen.</translation>
        </message>
        <message>
            <source>Redirect URI: where SmartRecruiters sends you back after you allow access. It must match a redirect URI registered for the app, character for character.</source>
            <translation>Weiterleitungs-URI: wohin SmartRecruiters Sie zurückschickt, nachdem Sie den Zugriff erlaubt haben. Sie muss Zeichen für Zeichen mit einer für die App registrierten Weiterleitungs-URI übereinstimmen.</translation>
        </message>
        <message>
            <source>Paste the API key; it goes to the keychain only.</source>
            <translation>Fügen Sie den API-Schlüssel ein; er wird nur im Schlüsselbund gespeichert.</translation>
        </message>
        <message>
            <source>API key: paste the key your SmartRecruiters admin gave you. It is handed to the keychain and cleared from the form.</source>
            <translation>API-Schlüssel: Fügen Sie den Schlüssel ein, den Ihr SmartRecruiters-Administrator Ihnen gegeben hat. Er wird an den Schlüsselbund übergeben und aus dem Formular gelöscht.</translation>
        </message>
        <message>
            <source>Turn on the synchronization with SmartRecruiters.</source>
            <translation>Die Synchronisierung mit SmartRecruiters einschalten.</translation>
        </message>
        <message>
            <source>Connect: turns on the synchronization. With sign-in you log in to SmartRecruiters and allow access; with an API key the key is checked right away.</source>
            <translation>Verbinden: schaltet die Synchronisierung ein. Bei der Anmeldung melden Sie sich bei SmartRecruiters an und erlauben den Zugriff; bei einem API-Schlüssel wird der Schlüssel sofort geprüft.</translation>
        </message>
        <message>
            <source>Turn off the synchronization and forget the sign-in.</source>
            <translation>Die Synchronisierung ausschalten und die Anmeldung vergessen.</translation>
        </message>
        <message>
            <source>Disconnect: stops the synchronization and removes the token or key from the keychain. Your campaigns and candidates stay in Sourcedesk.</source>
            <translation>Trennen: beendet die Synchronisierung und entfernt Token oder Schlüssel aus dem Schlüsselbund. Ihre Kampagnen und Kandidaten bleiben in Sourcedesk.</translation>
        </message>
        <message>
            <source>Check every permission Sourcedesk needs.</source>
            <translation>Jede Berechtigung prüfen, die Sourcedesk benötigt.</translation>
        </message>
        <message>
            <source>Test integration: checks each permission Sourcedesk needs in SmartRecruiters and lists what is granted and what is missing below.</source>
            <translation>Integration testen: prüft jede Berechtigung, die Sourcedesk in SmartRecruiters benötigt, und listet unten auf, was erteilt ist und was fehlt.</translation>
        </message>
        <message>
            <source>The permissions Sourcedesk has in SmartRecruiters.</source>
            <translation>Die Berechtigungen, die Sourcedesk in SmartRecruiters hat.</translation>
        </message>
        <message>
            <source>Permissions: each permission, whether it is granted, and what Sourcedesk uses it for. Ask your SmartRecruiters admin for the missing ones.</source>
            <translation>Berechtigungen: jede Berechtigung, ob sie erteilt ist und wofür Sourcedesk sie verwendet. Bitten Sie Ihren SmartRecruiters-Administrator um die fehlenden.</translation>
        </message>
        <message>
            <source>The job the test candidate is created on.</source>
            <translation>Die Stelle, auf der der Testkandidat erstellt wird.</translation>
        </message>
        <message>
            <source>Job: the SmartRecruiters job that receives the test candidate.</source>
            <translation>Stelle: die SmartRecruiters-Stelle, die den Testkandidaten erhält.</translation>
        </message>
        <message>
            <source>Create a test candidate with a note on the chosen job.</source>
            <translation>Einen Testkandidaten mit einer Notiz auf der gewählten Stelle erstellen.</translation>
        </message>
        <message>
            <source>Insert test candidate: creates a clearly named test candidate with a note on the chosen job, so you can see in SmartRecruiters exactly what a push looks like. Delete it there afterwards.</source>
            <translation>Testkandidat einfügen: erstellt einen eindeutig benannten Testkandidaten mit einer Notiz auf der gewählten Stelle, damit Sie in SmartRecruiters genau sehen, wie eine Übertragung aussieht. Löschen Sie ihn dort anschließend.</translation>
        </message>
        <message>
            <source>Each SmartRecruiters hiring stage and the pipeline status it maps to.</source>
            <translation>Jede SmartRecruiters-Einstellungsphase und der Pipeline-Status, dem sie zugeordnet ist.</translation>
        </message>
        <message>
            <source>Hiring stages: all stages of your SmartRecruiters hiring processes. Assign each one a Sourcedesk pipeline status; every stage must be assigned before saving. A highlighted stage changed in SmartRecruiters.</source>
            <translation>Einstellungsphasen: alle Phasen Ihrer SmartRecruiters-Einstellungsprozesse. Weisen Sie jeder einen Sourcedesk-Pipeline-Status zu; vor dem Speichern muss jede Phase zugewiesen sein. Eine hervorgehobene Phase wurde in SmartRecruiters geändert.</translation>
        </message>
        <message>
            <source>The pipeline status this hiring stage maps to.</source>
            <translation>Der Pipeline-Status, dem diese Einstellungsphase zugeordnet ist.</translation>
        </message>
        <message>
            <source>Pipeline status: when a candidate's application reaches this stage in SmartRecruiters, the stage sync moves the campaign member to this status.</source>
            <translation>Pipeline-Status: Wenn die Bewerbung eines Kandidaten in SmartRecruiters diese Phase erreicht, verschiebt die Phasensynchronisierung das Kampagnenmitglied in diesen Status.</translation>
        </message>
        <message>
            <source>The stage pushed to SmartRecruiters for this status.</source>
            <translation>Die Phase, die für diesen Status an SmartRecruiters übertragen wird.</translation>
        </message>
        <message>
            <source>Pushing back: when several stages map to one status, a status change made in Sourcedesk is pushed to SmartRecruiters as this stage.</source>
            <translation>Zurückübertragen: Wenn mehrere Phasen einem Status zugeordnet sind, wird eine in Sourcedesk vorgenommene Statusänderung als diese Phase an SmartRecruiters übertragen.</translation>
        </message>
        <message>
            <source>Download the hiring stages from SmartRecruiters.</source>
            <translation>Die Einstellungsphasen von SmartRecruiters herunterladen.</translation>
        </message>
        <message>
            <source>Download from SmartRecruiters: downloads every stage your company defined in SmartRecruiters. New stages arrive unmapped.</source>
            <translation>Von SmartRecruiters herunterladen: lädt jede Phase herunter, die Ihr Unternehmen in SmartRecruiters definiert hat. Neue Phasen kommen ohne Zuordnung an.</translation>
        </message>
        <message>
            <source>Suggest a pipeline status for every unmapped stage.</source>
            <translation>Für jede nicht zugeordnete Phase einen Pipeline-Status vorschlagen.</translation>
        </message>
        <message>
            <source>Suggest: fills every unmapped stage with the closest pipeline status (Offered, Hired, Rejected…). Check the suggestions, then save.</source>
            <translation>Vorschlagen: füllt jede nicht zugeordnete Phase mit dem am besten passenden Pipeline-Status (Angebot erhalten, Eingestellt, Abgelehnt…). Prüfen Sie die Vorschläge und speichern Sie dann.</translation>
        </message>
        <message>
            <source>Accept the change SmartRecruiters made to the selected stage.</source>
            <translation>Die Änderung übernehmen, die SmartRecruiters an der ausgewählten Phase vorgenommen hat.</translation>
        </message>
        <message>
            <source>Clear flag: a stage renamed or removed in SmartRecruiters is highlighted until you have checked its mapping and cleared the flag.</source>
            <translation>Markierung entfernen: Eine in SmartRecruiters umbenannte oder entfernte Phase bleibt hervorgehoben, bis Sie ihre Zuordnung geprüft und die Markierung entfernt haben.</translation>
        </message>
        <message>
            <source>Drop the unsaved stage mapping changes.</source>
            <translation>Die ungespeicherten Änderungen an der Phasenzuordnung verwerfen.</translation>
        </message>
        <message>
            <source>Revert: drops the unsaved changes to the stage mapping.</source>
            <translation>Verwerfen: verwirft die ungespeicherten Änderungen an der Phasenzuordnung.</translation>
        </message>
        <message>
            <source>Save the stage mapping.</source>
            <translation>Die Phasenzuordnung speichern.</translation>
        </message>
        <message>
            <source>Save: stores the stage mapping. It applies to applications submitted after the stage sync was turned on.</source>
            <translation>Speichern: speichert die Phasenzuordnung. Sie gilt für Bewerbungen, die nach dem Einschalten der Phasensynchronisierung eingereicht wurden.</translation>
        </message>
        <message>
            <source>Sync the hiring stages from SmartRecruiters now.</source>
            <translation>Die Einstellungsphasen jetzt von SmartRecruiters synchronisieren.</translation>
        </message>
        <message>
            <source>Sync stages now: runs the stage sync right away instead of waiting for the daily run.</source>
            <translation>Phasen jetzt synchronisieren: führt die Phasensynchronisierung sofort aus, statt auf den täglichen Lauf zu warten.</translation>
        </message>
        <message>
            <source>Stop the running stage sync.</source>
            <translation>Die laufende Phasensynchronisierung anhalten.</translation>
        </message>
        <message>
            <source>Cancel: stops the running stage sync; members moved so far stay moved.</source>
            <translation>Abbrechen: hält die laufende Phasensynchronisierung an; bereits verschobene Mitglieder bleiben verschoben.</translation>
        </message>
        <message>
            <source>Applications whose stage could not be applied.</source>
            <translation>Bewerbungen, deren Phase nicht übernommen werden konnte.</translation>
        </message>
        <message>
            <source>Stage drift: applications whose SmartRecruiters stage could not be applied (an unmapped stage, an unknown candidate), and members out of step with SmartRecruiters.</source>
            <translation>Phasenabweichungen: Bewerbungen, deren SmartRecruiters-Phase nicht übernommen werden konnte (eine nicht zugeordnete Phase, ein unbekannter Kandidat), und Mitglieder, die nicht mit SmartRecruiters synchron sind.</translation>
        </message>
        <message>
            <source>Fill in the servers for a known email provider.</source>
            <translation>Die Server für einen bekannten E-Mail-Anbieter eintragen.</translation>
        </message>
        <message>
            <source>Provider: Gmail / Google Workspace and Microsoft 365 / Outlook fill in the servers for you. Choose Other to type them in.</source>
            <translation>Anbieter: Gmail / Google Workspace und Microsoft 365 / Outlook tragen die Server für Sie ein. Wählen Sie „Andere“, um sie selbst einzugeben.</translation>
        </message>
        <message>
            <source>The address your sequence emails are sent from.</source>
            <translation>Die Adresse, von der Ihre Sequenz-E-Mails gesendet werden.</translation>
        </message>
        <message>
            <source>Address: candidates see this address as the sender of your sequence emails, and replies to it are read back into Sourcedesk.</source>
            <translation>Adresse: Kandidaten sehen diese Adresse als Absender Ihrer Sequenz-E-Mails, und Antworten darauf werden in Sourcedesk eingelesen.</translation>
        </message>
        <message>
            <source>Your name as candidates see it.</source>
            <translation>Ihr Name, wie Kandidaten ihn sehen.</translation>
        </message>
        <message>
            <source>Display name: the name shown beside your address in the candidate's inbox.</source>
            <translation>Anzeigename: der Name, der neben Ihrer Adresse im Posteingang des Kandidaten angezeigt wird.</translation>
        </message>
        <message>
            <source>The user name to sign in to the mail servers.</source>
            <translation>Der Benutzername für die Anmeldung an den Mailservern.</translation>
        </message>
        <message>
            <source>User name: what you sign in to the mail servers with; usually the email address.</source>
            <translation>Benutzername: womit Sie sich an den Mailservern anmelden; meist die E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>Sign in with a password or an OAuth2 access token.</source>
            <translation>Mit einem Passwort oder einem OAuth2-Zugriffstoken anmelden.</translation>
        </message>
        <message>
            <source>Sign-in: a password (an app password for Gmail or Microsoft 365), or an OAuth2 access token.</source>
            <translation>Anmeldung: ein Passwort (ein App-Passwort bei Gmail oder Microsoft 365) oder ein OAuth2-Zugriffstoken.</translation>
        </message>
        <message>
            <source>Kept in this computer's keychain only.</source>
            <translation>Wird nur im Schlüsselbund dieses Computers gespeichert.</translation>
        </message>
        <message>
            <source>Password or token: stored in this computer's keychain, never in the workspace. Leave it empty to keep the stored one.</source>
            <translation>Passwort oder Token: wird im Schlüsselbund dieses Computers gespeichert, nie im Arbeitsbereich. Leer lassen, um den gespeicherten Wert beizubehalten.</translation>
        </message>
        <message>
            <source>The server your emails are sent through.</source>
            <translation>Der Server, über den Ihre E-Mails gesendet werden.</translation>
        </message>
        <message>
            <source>SMTP server: the outgoing mail server, e.g. smtp.gmail.com.</source>
            <translation>SMTP-Server: der Postausgangsserver, z. B. smtp.gmail.com.</translation>
        </message>
        <message>
            <source>The port of the sending server.</source>
            <translation>Der Port des Sendeservers.</translation>
        </message>
        <message>
            <source>SMTP port: usually 465 with TLS or 587 with STARTTLS.</source>
            <translation>SMTP-Port: meist 465 mit TLS oder 587 mit STARTTLS.</translation>
        </message>
        <message>
            <source>How the connection to the sending server is encrypted.</source>
            <translation>Wie die Verbindung zum Sendeserver verschlüsselt wird.</translation>
        </message>
        <message>
            <source>SMTP security: TLS for port 465, STARTTLS for port 587. Unencrypted connections are refused except on this computer.</source>
            <translation>SMTP-Sicherheit: TLS für Port 465, STARTTLS für Port 587. Unverschlüsselte Verbindungen werden abgelehnt, außer auf diesem Computer.</translation>
        </message>
        <message>
            <source>The server replies are read from.</source>
            <translation>Der Server, von dem Antworten gelesen werden.</translation>
        </message>
        <message>
            <source>IMAP server: the incoming mail server Sourcedesk reads replies from, e.g. imap.gmail.com.</source>
            <translation>IMAP-Server: der Posteingangsserver, von dem Sourcedesk Antworten liest, z. B. imap.gmail.com.</translation>
        </message>
        <message>
            <source>The port of the reading server.</source>
            <translation>Der Port des Leseservers.</translation>
        </message>
        <message>
            <source>IMAP port: usually 993 with TLS.</source>
            <translation>IMAP-Port: meist 993 mit TLS.</translation>
        </message>
        <message>
            <source>How the connection to the reading server is encrypted.</source>
            <translation>Wie die Verbindung zum Leseserver verschlüsselt wird.</translation>
        </message>
        <message>
            <source>IMAP security: TLS for port 993, STARTTLS for port 143.</source>
            <translation>IMAP-Sicherheit: TLS für Port 993, STARTTLS für Port 143.</translation>
        </message>
        <message>
            <source>The folder copies of sent emails go to.</source>
            <translation>Der Ordner, in den Kopien gesendeter E-Mails kommen.</translation>
        </message>
        <message>
            <source>Sent folder: where a copy of each sequence email is saved, so it appears with your other sent mail.</source>
            <translation>Ordner „Gesendet“: wo eine Kopie jeder Sequenz-E-Mail gespeichert wird, damit sie bei Ihren anderen gesendeten E-Mails erscheint.</translation>
        </message>
        <message>
            <source>Keep a copy of each email in the Sent folder.</source>
            <translation>Eine Kopie jeder E-Mail im Ordner „Gesendet“ ablegen.</translation>
        </message>
        <message>
            <source>Save a copy: stores each email Sourcedesk sends in the Sent folder. Gmail does this by itself; turn it off there to avoid duplicates.</source>
            <translation>Kopie speichern: legt jede von Sourcedesk gesendete E-Mail im Ordner „Gesendet“ ab. Gmail macht dies selbst; schalten Sie es dort aus, um Duplikate zu vermeiden.</translation>
        </message>
        <message>
            <source>For a test mail server on this computer only.</source>
            <translation>Nur für einen Test-Mailserver auf diesem Computer.</translation>
        </message>
        <message>
            <source>Allow unencrypted connections: only for a mail server running on this computer (loopback), such as a test server. Remote servers always need TLS or STARTTLS.</source>
            <translation>Unverschlüsselte Verbindungen erlauben: nur für einen Mailserver, der auf diesem Computer läuft (Loopback), etwa einen Testserver. Entfernte Server benötigen immer TLS oder STARTTLS.</translation>
        </message>
        <message>
            <source>The most emails sent from this mailbox per day.</source>
            <translation>Die maximale Anzahl E-Mails, die pro Tag aus diesem Postfach gesendet werden.</translation>
        </message>
        <message>
            <source>Daily limit: sequences stop sending for the day once this many emails went out, which keeps your mailbox clear of the provider's sending limits and spam filters.</source>
            <translation>Tageslimit: Sequenzen stellen das Senden für den Tag ein, sobald so viele E-Mails verschickt wurden; so bleibt Ihr Postfach unter den Sendelimits des Anbieters und außerhalb von Spamfiltern.</translation>
        </message>
        <message>
            <source>The most emails sent from this mailbox per hour.</source>
            <translation>Die maximale Anzahl E-Mails, die pro Stunde aus diesem Postfach gesendet werden.</translation>
        </message>
        <message>
            <source>Hourly limit: spreads your sequence emails over the day.</source>
            <translation>Stundenlimit: verteilt Ihre Sequenz-E-Mails über den Tag.</translation>
        </message>
        <message>
            <source>The least time between two emails.</source>
            <translation>Die Mindestzeit zwischen zwei E-Mails.</translation>
        </message>
        <message>
            <source>Spacing: the minimum wait between two emails, so a large sequence does not go out in one burst.</source>
            <translation>Abstand: die Mindestwartezeit zwischen zwei E-Mails, damit eine große Sequenz nicht auf einen Schlag verschickt wird.</translation>
        </message>
        <message>
            <source>Save the mailbox.</source>
            <translation>Das Postfach speichern.</translation>
        </message>
        <message>
            <source>Save: stores the mailbox settings; the password or token goes to the keychain.</source>
            <translation>Speichern: speichert die Postfacheinstellungen; Passwort oder Token kommen in den Schlüsselbund.</translation>
        </message>
        <message>
            <source>Test the connection to the mail servers.</source>
            <translation>Die Verbindung zu den Mailservern testen.</translation>
        </message>
        <message>
            <source>Test connection: signs in to the sending and the reading server and says what, if anything, went wrong.</source>
            <translation>Verbindung testen: meldet sich am Sende- und am Leseserver an und meldet, was gegebenenfalls schiefgelaufen ist.</translation>
        </message>
        <message>
            <source>Cancel the connection test.</source>
            <translation>Den Verbindungstest abbrechen.</translation>
        </message>
        <message>
            <source>Cancel test: stops the connection test.</source>
            <translation>Test abbrechen: beendet den Verbindungstest.</translation>
        </message>
        <message>
            <source>Who sees the notes in SmartRecruiters: "Everyone who can see the candidate", only "The hiring team" of the job, or "Only the users below", the ones listed in "Share notes with these users".</source>
            <translation>Wer die Notizen in SmartRecruiters sieht: „Alle, die den Kandidaten sehen können“, nur „Das Einstellungsteam“ der Stelle oder „Nur die unten aufgeführten Benutzer“, also die unter „Notizen mit diesen Benutzern teilen“ eingetragenen.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportFilePage</name>
        <message>
            <source>CSV file</source>
            <translation>CSV-Datei</translation>
        </message>
        <message>
            <source>Problem with the file</source>
            <translation>Problem mit der Datei</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>CSV-Datei auswählen</translation>
        </message>
        <message>
            <source>Exports from LinkedIn Recruiter, SourceWhale, Google Contacts, spreadsheets and Sourcedesk itself are recognised. Any encoding and separator (comma, semicolon, tab) works.</source>
            <translation>Exporte aus LinkedIn Recruiter, SourceWhale, Google Kontakte, Tabellen und Sourcedesk selbst werden erkannt. Jede Kodierung und jedes Trennzeichen (Komma, Semikolon, Tabulator) funktioniert.</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>Browse for a file</source>
            <translation>Nach einer Datei suchen</translation>
        </message>
        <message>
            <source>Path of the .csv file</source>
            <translation>Pfad der .csv-Datei</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>CSV importieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>There is no file at “%1”.</source>
            <translation>Unter „%1“ gibt es keine Datei.</translation>
        </message>
        <message>
            <source>This file cannot be imported: %1</source>
            <translation>Diese Datei kann nicht importiert werden: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportMappingPage</name>
        <message>
            <source>Column mapping and preview</source>
            <translation>Spaltenzuordnung und Vorschau</translation>
        </message>
        <message>
            <source>Mapping hint</source>
            <translation>Zuordnungshinweis</translation>
        </message>
        <message>
            <source>Map the columns</source>
            <translation>Spalten zuordnen</translation>
        </message>
        <message>
            <source>Choose what each column holds. The first rows below show how they will be imported.</source>
            <translation>Wählen Sie, was jede Spalte enthält. Die ersten Zeilen unten zeigen, wie sie importiert werden.</translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>(nicht importieren)</translation>
        </message>
        <message>
            <source>Custom field</source>
            <translation>Benutzerdefiniertes Feld</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Vollständiger Name</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Berufsbezeichnung</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Stadt</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Location (city, region, country)</source>
            <translation>Standort (Stadt, Region, Land)</translation>
        </message>
        <message>
            <source>LinkedIn profile</source>
            <translation>LinkedIn-Profil</translation>
        </message>
        <message>
            <source>Other link</source>
            <translation>Anderer Link</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>GDPR consent</source>
            <translation>DSGVO-Einwilligung</translation>
        </message>
        <message>
            <source>GDPR consent date</source>
            <translation>Datum der DSGVO-Einwilligung</translation>
        </message>
        <message>
            <source>GDPR consent: how obtained</source>
            <translation>DSGVO-Einwilligung: wie eingeholt</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importieren als</translation>
        </message>
        <message>
            <source>Import column “%1” as</source>
            <translation>Spalte „%1“ importieren als</translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>Zeile %1</translation>
        </message>
        <message>
            <source>Line %1 ✗</source>
            <translation>Zeile %1 ✗</translation>
        </message>
        <message>
            <source>Detected: %1, separator “%2”.</source>
            <translation>Erkannt: %1, Trennzeichen „%2“.</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>Map at least one column to a name or an email address; otherwise no row can be imported.</source>
            <translation>Ordnen Sie mindestens eine Spalte einem Namen oder einer E-Mail-Adresse zu; sonst kann keine Zeile importiert werden.</translation>
        </message>
        <message numerus="yes">
            <source>%n of the rows shown would not import (hover a red row for the reason).</source>
            <translation>
                <numerusform>%n der angezeigten Zeilen würde nicht importiert (für den Grund mit der Maus auf eine rote Zeile zeigen).</numerusform>
                <numerusform>%n der angezeigten Zeilen würden nicht importiert (für den Grund mit der Maus auf eine rote Zeile zeigen).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportOptionsPage</name>
        <message>
            <source>Add imported candidates to campaign</source>
            <translation>Importierte Kandidaten zur Kampagne hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Skip them: keep the stored candidate as it is</source>
            <translation>Ü&amp;berspringen: den gespeicherten Kandidaten unverändert lassen</translation>
        </message>
        <message>
            <source>Skip duplicates</source>
            <translation>Duplikate überspringen</translation>
        </message>
        <message>
            <source>&amp;Merge them: add the new details to the stored candidate</source>
            <translation>&amp;Zusammenführen: die neuen Angaben zum gespeicherten Kandidaten hinzufügen</translation>
        </message>
        <message>
            <source>Merge duplicates</source>
            <translation>Duplikate zusammenführen</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>Importzusammenfassung</translation>
        </message>
        <message>
            <source>Import options</source>
            <translation>Importoptionen</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>A row is a duplicate when its email, LinkedIn profile, or name and company match a stored candidate (or an earlier row). Nothing is ever imported twice.</source>
            <translation>Eine Zeile ist ein Duplikat, wenn ihre E-Mail, ihr LinkedIn-Profil oder Name und Unternehmen mit einem gespeicherten Kandidaten (oder einer früheren Zeile) übereinstimmen. Nichts wird jemals doppelt importiert.</translation>
        </message>
        <message>
            <source>Add to &amp;campaign:</source>
            <translation>Zur &amp;Kampagne hinzufügen:</translation>
        </message>
        <message>
            <source>Duplicates:</source>
            <translation>Duplikate:</translation>
        </message>
        <message>
            <source>No campaign</source>
            <translation>Keine Kampagne</translation>
        </message>
        <message>
            <source>Ready to import “%1”. You can cancel at any time; the rows imported until then stay, and no half-written batch is left behind.</source>
            <translation>Bereit zum Import von „%1“. Sie können jederzeit abbrechen; die bis dahin importierten Zeilen bleiben erhalten, und es bleibt kein halb geschriebener Stapel zurück.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportRunPage</name>
        <message>
            <source>Import status</source>
            <translation>Importstatus</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Importfortschritt</translation>
        </message>
        <message>
            <source>&amp;Cancel import</source>
            <translation>Import &amp;abbrechen</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Import abbrechen</translation>
        </message>
        <message>
            <source>Import result</source>
            <translation>Importergebnis</translation>
        </message>
        <message>
            <source>Rows not imported as they were</source>
            <translation>Nicht unverändert importierte Zeilen</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Import läuft</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was passiert ist</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>CSV: %1</source>
            <translation>CSV: %1</translation>
        </message>
        <message>
            <source>Importing “%1”…</source>
            <translation>„%1“ wird importiert…</translation>
        </message>
        <message>
            <source>Cancelling after the current batch…</source>
            <translation>Abbruch nach dem aktuellen Stapel…</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n rows…</source>
            <translation>
                <numerusform>%n Zeile importiert…</numerusform>
                <numerusform>%n Zeilen importiert…</numerusform>
            </translation>
        </message>
        <message>
            <source>The import stopped: %1</source>
            <translation>Der Import wurde angehalten: %1</translation>
        </message>
        <message>
            <source>The import was cancelled. The rows below were stored before it stopped.</source>
            <translation>Der Import wurde abgebrochen. Die Zeilen unten wurden vor dem Abbruch gespeichert.</translation>
        </message>
        <message>
            <source>Import complete.</source>
            <translation>Import abgeschlossen.</translation>
        </message>
        <message numerus="yes">
            <source>%n rows read</source>
            <translation>
                <numerusform>%n Zeile gelesen</numerusform>
                <numerusform>%n Zeilen gelesen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new candidates</source>
            <translation>
                <numerusform>%n neuer Kandidat</numerusform>
                <numerusform>%n neue Kandidaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n merged</source>
            <translation>
                <numerusform>%n zusammengeführt</numerusform>
                <numerusform>%n zusammengeführt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicates skipped</source>
            <translation>
                <numerusform>%n Duplikat übersprungen</numerusform>
                <numerusform>%n Duplikate übersprungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n fehlgeschlagen</numerusform>
                <numerusform>%n fehlgeschlagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more rows with problems are not listed.</source>
            <translation>
                <numerusform>%n weitere Zeile mit Problemen ist nicht aufgeführt.</numerusform>
                <numerusform>%n weitere Zeilen mit Problemen sind nicht aufgeführt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Done in %1 s.</source>
            <translation>Fertig in %1 s.</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Angehalten.</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Nicht importiert</translation>
        </message>
        <message>
            <source>Skipped (duplicate)</source>
            <translation>Übersprungen (Duplikat)</translation>
        </message>
        <message>
            <source>Merged into existing</source>
            <translation>Mit vorhandenem zusammengeführt</translation>
        </message>
        <message>
            <source>Import complete</source>
            <translation>Import abgeschlossen</translation>
        </message>
        <message>
            <source>Import stopped</source>
            <translation>Import angehalten</translation>
        </message>
        <message numerus="yes">
            <source>Import: %n new candidates</source>
            <translation>
                <numerusform>Import: %n neuer Kandidat</numerusform>
                <numerusform>Import: %n neue Kandidaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n übersprungen</numerusform>
                <numerusform>%n übersprungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows on the do-not-contact list were stored but not added to the campaign.</source>
            <translation>
                <numerusform>%n Zeile auf der Sperrliste wurde gespeichert, aber nicht zur Kampagne hinzugefügt.</numerusform>
                <numerusform>%n Zeilen auf der Sperrliste wurden gespeichert, aber nicht zur Kampagne hinzugefügt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not added (do not contact)</source>
            <translation>Nicht hinzugefügt (nicht kontaktieren)</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportWizard</name>
        <message>
            <source>Import CSV</source>
            <translation>CSV importieren</translation>
        </message>
        <message>
            <source>Import candidates from CSV</source>
            <translation>Kandidaten aus CSV importieren</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::IntegrationPage</name>
        <message>
            <source>Granted</source>
            <translation>Erteilt</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Fehlt</translation>
        </message>
        <message>
            <source>Not allowed for your role</source>
            <translation>Für Ihre Rolle nicht erlaubt</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Nicht geprüft</translation>
        </message>
        <message>
            <source>Could not check</source>
            <translation>Prüfung nicht möglich</translation>
        </message>
        <message>
            <source>SmartRecruiters integration</source>
            <translation>SmartRecruiters-Integration</translation>
        </message>
        <message>
            <source>Connect Sourcedesk to SmartRecruiters to create candidates there, write your outreach as notes and bring hiring stages back. Secrets are kept in your system keychain, never in the workspace.</source>
            <translation>Verbinden Sie Sourcedesk mit SmartRecruiters, um dort Kandidaten zu erstellen, Ihre Ansprache als Notizen zu schreiben und Einstellungsphasen zurückzuholen. Geheimnisse werden im Schlüsselbund Ihres Systems gespeichert, nie im Arbeitsbereich.</translation>
        </message>
        <message>
            <source>Testing… %1/%2</source>
            <translation>Test läuft… %1/%2</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <source>SmartRecruiters server</source>
            <translation>SmartRecruiters-Server</translation>
        </message>
        <message>
            <source>SmartRecruiters</source>
            <translation>SmartRecruiters</translation>
        </message>
        <message>
            <source>Other address…</source>
            <translation>Andere Adresse…</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>API-Adresse</translation>
        </message>
        <message>
            <source>&amp;API address:</source>
            <translation>&amp;API-Adresse:</translation>
        </message>
        <message>
            <source>Sign-in address</source>
            <translation>Anmeldeadresse</translation>
        </message>
        <message>
            <source>Sign-&amp;in address:</source>
            <translation>An&amp;meldeadresse:</translation>
        </message>
        <message>
            <source>Sign in with SmartRecruiters (OAuth)</source>
            <translation>Mit SmartRecruiters anmelden (OAuth)</translation>
        </message>
        <message>
            <source>Sign in with SmartRecruiters</source>
            <translation>Mit SmartRecruiters anmelden</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Methode:</translation>
        </message>
        <message>
            <source>Method settings</source>
            <translation>Methodeneinstellungen</translation>
        </message>
        <message>
            <source>OAuth client id</source>
            <translation>OAuth-Client-ID</translation>
        </message>
        <message>
            <source>&amp;Client id:</source>
            <translation>&amp;Client-ID:</translation>
        </message>
        <message>
            <source>OAuth client secret</source>
            <translation>OAuth-Client-Secret</translation>
        </message>
        <message>
            <source>Kept in the keychain; leave empty to reuse the stored one</source>
            <translation>Im Schlüsselbund gespeichert; leer lassen, um das gespeicherte wiederzuverwenden</translation>
        </message>
        <message>
            <source>Client s&amp;ecret:</source>
            <translation>Client-S&amp;ecret:</translation>
        </message>
        <message>
            <source>Redirect URI</source>
            <translation>Weiterleitungs-URI</translation>
        </message>
        <message>
            <source>Must match a redirect URI registered for the OAuth client exactly.</source>
            <translation>Muss genau mit einer für den OAuth-Client registrierten Weiterleitungs-URI übereinstimmen.</translation>
        </message>
        <message>
            <source>&amp;Redirect URI:</source>
            <translation>&amp;Weiterleitungs-URI:</translation>
        </message>
        <message>
            <source>Paste the key; it goes to the keychain only</source>
            <translation>Schlüssel einfügen; er wird nur im Schlüsselbund gespeichert</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API-Schl&amp;üssel:</translation>
        </message>
        <message>
            <source>C&amp;onnect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters</source>
            <translation>Mit SmartRecruiters verbinden</translation>
        </message>
        <message>
            <source>&amp;Disconnect</source>
            <translation>&amp;Trennen</translation>
        </message>
        <message>
            <source>Disconnect from SmartRecruiters</source>
            <translation>Verbindung zu SmartRecruiters trennen</translation>
        </message>
        <message>
            <source>&amp;Test integration</source>
            <translation>&amp;Integration testen</translation>
        </message>
        <message>
            <source>Check every permission Sourcedesk needs</source>
            <translation>Jede Berechtigung prüfen, die Sourcedesk benötigt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Connection state</source>
            <translation>Verbindungsstatus</translation>
        </message>
        <message>
            <source>Connection problem</source>
            <translation>Verbindungsproblem</translation>
        </message>
        <message>
            <source>Permissions</source>
            <translation>Berechtigungen</translation>
        </message>
        <message>
            <source>Permission</source>
            <translation>Berechtigung</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Used to</source>
            <translation>Verwendet für</translation>
        </message>
        <message>
            <source>Job for the test candidate</source>
            <translation>Stelle für den Testkandidaten</translation>
        </message>
        <message>
            <source>Insert test &amp;candidate</source>
            <translation>Test&amp;kandidat einfügen</translation>
        </message>
        <message>
            <source>Create a test candidate with a note on the chosen job</source>
            <translation>Einen Testkandidaten mit einer Notiz auf der gewählten Stelle erstellen</translation>
        </message>
        <message>
            <source>Job:</source>
            <translation>Stelle:</translation>
        </message>
        <message>
            <source>Test candidate result</source>
            <translation>Ergebnis des Testkandidaten</translation>
        </message>
        <message>
            <source>Open in SmartRecruiters</source>
            <translation>In SmartRecruiters öffnen</translation>
        </message>
        <message>
            <source>Local sandbox (demo data)</source>
            <translation>Lokale Sandbox (Demodaten)</translation>
        </message>
        <message>
            <source>Demo sign-in: %1, password “%2”.</source>
            <translation>Demo-Anmeldung: %1, Passwort „%2“.</translation>
        </message>
        <message>
            <source>Creating the test candidate…</source>
            <translation>Testkandidat wird erstellt…</translation>
        </message>
        <message>
            <source>Not connected.</source>
            <translation>Nicht verbunden.</translation>
        </message>
        <message>
            <source>Reading the keychain…</source>
            <translation>Schlüsselbund wird gelesen…</translation>
        </message>
        <message>
            <source>Waiting for the sign-in to SmartRecruiters…</source>
            <translation>Warten auf die Anmeldung bei SmartRecruiters…</translation>
        </message>
        <message>
            <source>Signed in; checking the account…</source>
            <translation>Angemeldet; Konto wird geprüft…</translation>
        </message>
        <message>
            <source>Connected as %1 (%2) at %3, on %4.</source>
            <translation>Verbunden als %1 (%2) unter %3, am %4.</translation>
        </message>
        <message>
            <source>an unnamed company</source>
            <translation>ein unbenanntes Unternehmen</translation>
        </message>
        <message>
            <source>SmartRecruiters needs you to connect again.</source>
            <translation>SmartRecruiters verlangt, dass Sie sich erneut verbinden.</translation>
        </message>
        <message>
            <source>Rec&amp;onnect</source>
            <translation>Neu verbin&amp;den</translation>
        </message>
        <message>
            <source>%1 (optional)</source>
            <translation>%1 (optional)</translation>
        </message>
        <message>
            <source>Company policy</source>
            <translation>Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>sign-in address</source>
            <translation>Anmeldeadresse</translation>
        </message>
        <message>
            <source>client id</source>
            <translation>Client-ID</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::LinkJobDialog</name>
        <message>
            <source>Search jobs</source>
            <translation>Stellen suchen</translation>
        </message>
        <message>
            <source>Job status filter</source>
            <translation>Stellenstatusfilter</translation>
        </message>
        <message>
            <source>Loading state</source>
            <translation>Ladezustand</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs</source>
            <translation>SmartRecruiters-Stellen</translation>
        </message>
        <message>
            <source>Link or cancel</source>
            <translation>Verknüpfen oder abbrechen</translation>
        </message>
        <message>
            <source>Link a SmartRecruiters job</source>
            <translation>SmartRecruiters-Stelle verknüpfen</translation>
        </message>
        <message>
            <source>Search by title or reference</source>
            <translation>Nach Titel oder Referenz suchen</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referenz</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Verknüpfen</translation>
        </message>
        <message>
            <source>No job status is whitelisted, so only the talent pool can be chosen (Settings → SmartRecruiters sync → Job information).</source>
            <translation>Kein Stellenstatus ist zugelassen, daher kann nur der Talent-Pool gewählt werden (Einstellungen → SmartRecruiters-Synchronisierung → Stelleninformationen).</translation>
        </message>
        <message>
            <source>Jobs with status %1 (Settings → SmartRecruiters sync → Job information).</source>
            <translation>Stellen mit Status %1 (Einstellungen → SmartRecruiters-Synchronisierung → Stelleninformationen).</translation>
        </message>
        <message>
            <source>Talent pool (no job)</source>
            <translation>Talent-Pool (keine Stelle)</translation>
        </message>
        <message>
            <source>Candidates go to the company's talent pool without applying to a job.</source>
            <translation>Kandidaten kommen in den Talent-Pool des Unternehmens, ohne sich auf eine Stelle zu bewerben.</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters (Settings → Integration) to list its jobs.</source>
            <translation>Verbinden Sie sich mit SmartRecruiters (Einstellungen → Integration), um dessen Stellen aufzulisten.</translation>
        </message>
        <message>
            <source>Reading the jobs from SmartRecruiters…</source>
            <translation>Stellen werden aus SmartRecruiters gelesen…</translation>
        </message>
        <message>
            <source>The jobs could not be read: %1</source>
            <translation>Die Stellen konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>SmartRecruiters job %1</source>
            <translation>SmartRecruiters-Stelle %1</translation>
        </message>
        <message numerus="yes">
            <source>%n jobs so far…</source>
            <translation>
                <numerusform>Bisher %n Stelle…</numerusform>
                <numerusform>Bisher %n Stellen…</numerusform>
            </translation>
        </message>
        <message>
            <source>No job has a whitelisted status.</source>
            <translation>Keine Stelle hat einen zugelassenen Status.</translation>
        </message>
        <message>
            <source>No whitelisted job matches the search.</source>
            <translation>Keine zugelassene Stelle entspricht der Suche.</translation>
        </message>
        <message numerus="yes">
            <source>The first %n jobs; search to narrow them down.</source>
            <translation>
                <numerusform>Die erste %n Stelle; suchen Sie, um einzugrenzen.</numerusform>
                <numerusform>Die ersten %n Stellen; suchen Sie, um einzugrenzen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs.</source>
            <translation>
                <numerusform>%n Stelle.</numerusform>
                <numerusform>%n Stellen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::LogActivityDialog</name>
        <message>
            <source>Kind of activity</source>
            <translation>Art der Aktivität</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampagne</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Betreff</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>When it happened</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Log activity</source>
            <translation>Aktivität erfassen</translation>
        </message>
        <message numerus="yes">
            <source>Log activity for %n people</source>
            <translation>
                <numerusform>Aktivität für %n Person erfassen</numerusform>
                <numerusform>Aktivität für %n Personen erfassen</numerusform>
            </translation>
        </message>
        <message>
            <source>e.g. Intro: backend role at Acme</source>
            <translation>z. B. Vorstellung: Backend-Rolle bei Acme</translation>
        </message>
        <message>
            <source>Campaign %1</source>
            <translation>Kampagne %1</translation>
        </message>
        <message>
            <source>No campaign</source>
            <translation>Keine Kampagne</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>C&amp;ampaign:</source>
            <translation>K&amp;ampagne:</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>&amp;Betreff:</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>&amp;Details:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Wann:</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Erfassen</translation>
        </message>
        <message>
            <source>Logged %1 of %2; the next one failed: %3</source>
            <translation>%1 von %2 erfasst; die nächste ist fehlgeschlagen: %3</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::LoginDialog</name>
        <message>
            <source>Sign in to SmartRecruiters</source>
            <translation>Bei SmartRecruiters anmelden</translation>
        </message>
        <message>
            <source>SmartRecruiters sign-in page</source>
            <translation>SmartRecruiters-Anmeldeseite</translation>
        </message>
        <message>
            <source>Sign-in status</source>
            <translation>Anmeldestatus</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was passiert ist</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Erneut versuchen</translation>
        </message>
        <message>
            <source>Try signing in again</source>
            <translation>Anmeldung erneut versuchen</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>Close the sign-in window</source>
            <translation>Anmeldefenster schließen</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>The sign-in took too long and was stopped. Sourcedesk is not connected; choose Try again to start over.</source>
            <translation>Die Anmeldung hat zu lange gedauert und wurde abgebrochen. Sourcedesk ist nicht verbunden; wählen Sie „Erneut versuchen“, um neu zu beginnen.</translation>
        </message>
        <message>
            <source>The connection to %1 is not secure (%2), so Sourcedesk stopped the sign-in. Check the SmartRecruiters address in Settings → Integration, or ask your IT team about the network.</source>
            <translation>Die Verbindung zu %1 ist nicht sicher (%2), daher hat Sourcedesk die Anmeldung abgebrochen. Prüfen Sie die SmartRecruiters-Adresse unter Einstellungen → Integration, oder fragen Sie Ihr IT-Team nach dem Netzwerk.</translation>
        </message>
        <message>
            <source>The built-in browser stopped unexpectedly. Try again, or sign in with your web browser.</source>
            <translation>Der integrierte Browser wurde unerwartet beendet. Versuchen Sie es erneut, oder melden Sie sich mit Ihrem Webbrowser an.</translation>
        </message>
        <message>
            <source>Sourcedesk is not set up to connect to SmartRecruiters.</source>
            <translation>Sourcedesk ist nicht für die Verbindung mit SmartRecruiters eingerichtet.</translation>
        </message>
        <message>
            <source>Sign in to SmartRecruiters at %1 and allow Sourcedesk to use your account.</source>
            <translation>Melden Sie sich unter %1 bei SmartRecruiters an und erlauben Sie Sourcedesk, Ihr Konto zu verwenden.</translation>
        </message>
        <message>
            <source>Connecting Sourcedesk to SmartRecruiters…</source>
            <translation>Sourcedesk wird mit SmartRecruiters verbunden…</translation>
        </message>
        <message>
            <source>The SmartRecruiters sign-in page could not be loaded (%1). Check the network connection and the SmartRecruiters address, then try again.</source>
            <translation>Die SmartRecruiters-Anmeldeseite konnte nicht geladen werden (%1). Prüfen Sie die Netzwerkverbindung und die SmartRecruiters-Adresse und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>keine Antwort</translation>
        </message>
        <message>
            <source>The sign-in window was closed before the sign-in finished. Sourcedesk is not connected to SmartRecruiters.</source>
            <translation>Das Anmeldefenster wurde geschlossen, bevor die Anmeldung abgeschlossen war. Sourcedesk ist nicht mit SmartRecruiters verbunden.</translation>
        </message>
        <message>
            <source>Not connected.</source>
            <translation>Nicht verbunden.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::MailboxPage</name>
        <message>
            <source>TLS (SSL)</source>
            <translation>TLS (SSL)</translation>
        </message>
        <message>
            <source>STARTTLS</source>
            <translation>STARTTLS</translation>
        </message>
        <message>
            <source>None (unencrypted)</source>
            <translation>Keine (unverschlüsselt)</translation>
        </message>
        <message>
            <source>%1: connected and signed in to %2.</source>
            <translation>%1: verbunden und bei %2 angemeldet.</translation>
        </message>
        <message>
            <source>%1: the settings are not usable. Check the server fields.</source>
            <translation>%1: Die Einstellungen sind nicht verwendbar. Prüfen Sie die Serverfelder.</translation>
        </message>
        <message>
            <source>%1: could not reach %2. Check the server name and port, and that this computer is online.</source>
            <translation>%1: %2 ist nicht erreichbar. Prüfen Sie Servername und Port und ob dieser Computer online ist.</translation>
        </message>
        <message>
            <source>%1: the secure connection to %2 failed. Check the security setting (TLS or STARTTLS) and the port your provider gives.</source>
            <translation>%1: Die sichere Verbindung zu %2 ist fehlgeschlagen. Prüfen Sie die Sicherheitseinstellung (TLS oder STARTTLS) und den von Ihrem Anbieter angegebenen Port.</translation>
        </message>
        <message>
            <source>%1: %2 refused the sign-in. Check the user name and the password or token; Gmail and Microsoft 365 may need an app password.</source>
            <translation>%1: %2 hat die Anmeldung abgelehnt. Prüfen Sie Benutzername und Passwort oder Token; Gmail und Microsoft 365 benötigen ggf. ein App-Passwort.</translation>
        </message>
        <message>
            <source>%1: test cancelled.</source>
            <translation>%1: Test abgebrochen.</translation>
        </message>
        <message>
            <source>%1: %2 answered with an error. Try again later or ask your email administrator.</source>
            <translation>%1: %2 hat mit einem Fehler geantwortet. Versuchen Sie es später erneut oder wenden Sie sich an Ihren E-Mail-Administrator.</translation>
        </message>
        <message>
            <source>(%1)</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <source>Mailbox</source>
            <translation>Postfach</translation>
        </message>
        <message>
            <source>Mailbox problem</source>
            <translation>Postfachproblem</translation>
        </message>
        <message>
            <source>Mailbox settings</source>
            <translation>Postfacheinstellungen</translation>
        </message>
        <message>
            <source>The mailbox Sourcedesk sends your sequence emails from and reads replies in. The password or token is kept in this computer's keychain only.</source>
            <translation>Das Postfach, aus dem Sourcedesk Ihre Sequenz-E-Mails sendet und in dem es Antworten liest. Passwort oder Token werden nur im Schlüsselbund dieses Computers gespeichert.</translation>
        </message>
        <message>
            <source>About the mailbox</source>
            <translation>Über das Postfach</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save the mailbox</source>
            <translation>Das Postfach speichern</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>Test the connection to the mail servers</source>
            <translation>Die Verbindung zu den Mailservern testen</translation>
        </message>
        <message>
            <source>Cancel test</source>
            <translation>Test abbrechen</translation>
        </message>
        <message>
            <source>Cancel the connection test</source>
            <translation>Den Verbindungstest abbrechen</translation>
        </message>
        <message>
            <source>Connection test progress</source>
            <translation>Fortschritt des Verbindungstests</translation>
        </message>
        <message>
            <source>Mailbox status</source>
            <translation>Postfachstatus</translation>
        </message>
        <message>
            <source>Sending (SMTP) test result</source>
            <translation>Testergebnis Senden (SMTP)</translation>
        </message>
        <message>
            <source>Reading (IMAP) test result</source>
            <translation>Testergebnis Lesen (IMAP)</translation>
        </message>
        <message>
            <source>Problem with %1</source>
            <translation>Problem mit %1</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Email provider</source>
            <translation>E-Mail-Anbieter</translation>
        </message>
        <message>
            <source>Gmail / Google Workspace</source>
            <translation>Gmail / Google Workspace</translation>
        </message>
        <message>
            <source>Microsoft 365 / Outlook</source>
            <translation>Microsoft 365 / Outlook</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Anbieter:</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <source>you@agency.example</source>
            <translation>sie@agentur.example</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>A&amp;dresse:</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Anzeigename</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>Anzeige&amp;name:</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>Usually the email address</source>
            <translation>Meist die E-Mail-Adresse</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <source>Sign-in method</source>
            <translation>Anmeldemethode</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>OAuth2 access token</source>
            <translation>OAuth2-Zugriffstoken</translation>
        </message>
        <message>
            <source>Sign-&amp;in:</source>
            <translation>Anme&amp;ldung:</translation>
        </message>
        <message>
            <source>Password or token</source>
            <translation>Passwort oder Token</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>Where the password is</source>
            <translation>Wo das Passwort gespeichert ist</translation>
        </message>
        <message>
            <source>Servers</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Sending server (SMTP)</source>
            <translation>Sendeserver (SMTP)</translation>
        </message>
        <message>
            <source>S&amp;MTP server:</source>
            <translation>S&amp;MTP-Server:</translation>
        </message>
        <message>
            <source>SMTP port</source>
            <translation>SMTP-Port</translation>
        </message>
        <message>
            <source>SMTP port:</source>
            <translation>SMTP-Port:</translation>
        </message>
        <message>
            <source>SMTP security</source>
            <translation>SMTP-Sicherheit</translation>
        </message>
        <message>
            <source>SMTP security:</source>
            <translation>SMTP-Sicherheit:</translation>
        </message>
        <message>
            <source>Reading server (IMAP)</source>
            <translation>Leseserver (IMAP)</translation>
        </message>
        <message>
            <source>I&amp;MAP server:</source>
            <translation>I&amp;MAP-Server:</translation>
        </message>
        <message>
            <source>IMAP port</source>
            <translation>IMAP-Port</translation>
        </message>
        <message>
            <source>IMAP port:</source>
            <translation>IMAP-Port:</translation>
        </message>
        <message>
            <source>IMAP security</source>
            <translation>IMAP-Sicherheit</translation>
        </message>
        <message>
            <source>IMAP security:</source>
            <translation>IMAP-Sicherheit:</translation>
        </message>
        <message>
            <source>Sent folder</source>
            <translation>Ordner „Gesendet“</translation>
        </message>
        <message>
            <source>Se&amp;nt folder:</source>
            <translation>&amp;Ordner „Gesendet“:</translation>
        </message>
        <message>
            <source>Save a copy of each email to the Sent folder</source>
            <translation>Eine Kopie jeder E-Mail im Ordner „Gesendet“ speichern</translation>
        </message>
        <message>
            <source>Save a copy to Sent</source>
            <translation>Kopie in „Gesendet“ speichern</translation>
        </message>
        <message>
            <source>Allow unencrypted connections on this computer (loopback only)</source>
            <translation>Unverschlüsselte Verbindungen auf diesem Computer erlauben (nur Loopback)</translation>
        </message>
        <message>
            <source>Allow unencrypted on this computer</source>
            <translation>Unverschlüsselt auf diesem Computer erlauben</translation>
        </message>
        <message>
            <source>Sending limits</source>
            <translation>Sendelimits</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Kein Limit</translation>
        </message>
        <message>
            <source>Emails per day</source>
            <translation>E-Mails pro Tag</translation>
        </message>
        <message>
            <source> per day</source>
            <translation> pro Tag</translation>
        </message>
        <message>
            <source>Da&amp;ily limit:</source>
            <translation>Ta&amp;geslimit:</translation>
        </message>
        <message>
            <source>Emails per hour</source>
            <translation>E-Mails pro Stunde</translation>
        </message>
        <message>
            <source> per hour</source>
            <translation> pro Stunde</translation>
        </message>
        <message>
            <source>&amp;Hourly limit:</source>
            <translation>St&amp;undenlimit:</translation>
        </message>
        <message>
            <source>Seconds between two emails</source>
            <translation>Sekunden zwischen zwei E-Mails</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>No wait</source>
            <translation>Keine Wartezeit</translation>
        </message>
        <message>
            <source>S&amp;pacing:</source>
            <translation>&amp;Versandabstand:</translation>
        </message>
        <message>
            <source>Paste the access token</source>
            <translation>Zugriffstoken einfügen</translation>
        </message>
        <message>
            <source>Type the password</source>
            <translation>Passwort eingeben</translation>
        </message>
        <message>
            <source>No keychain is available here, so the password cannot be stored.</source>
            <translation>Hier ist kein Schlüsselbund verfügbar, daher kann das Passwort nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>Not stored yet: type it and save.</source>
            <translation>Noch nicht gespeichert: eingeben und speichern.</translation>
        </message>
        <message>
            <source>Stored in the keychain.</source>
            <translation>Im Schlüsselbund gespeichert.</translation>
        </message>
        <message>
            <source>The keychain could not be read: %1</source>
            <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>%1 is already the mailbox of %2.</source>
            <translation>%1 ist bereits das Postfach von %2.</translation>
        </message>
        <message>
            <source>Storing in the keychain…</source>
            <translation>Wird im Schlüsselbund gespeichert…</translation>
        </message>
        <message>
            <source>The keychain refused the password: %1</source>
            <translation>Der Schlüsselbund hat das Passwort abgelehnt: %1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Type the password to test the connection.</source>
            <translation>Geben Sie das Passwort ein, um die Verbindung zu testen.</translation>
        </message>
        <message>
            <source>Reading the password from the keychain…</source>
            <translation>Passwort wird aus dem Schlüsselbund gelesen…</translation>
        </message>
        <message>
            <source>No password is stored for %1: type it to test.</source>
            <translation>Für %1 ist kein Passwort gespeichert: Geben Sie es zum Testen ein.</translation>
        </message>
        <message>
            <source>Testing sending (SMTP) and reading (IMAP)…</source>
            <translation>Senden (SMTP) und Lesen (IMAP) werden getestet…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>Sending (SMTP)</source>
            <translation>Senden (SMTP)</translation>
        </message>
        <message>
            <source>Reading (IMAP)</source>
            <translation>Lesen (IMAP)</translation>
        </message>
        <message>
            <source>The mailbox works.</source>
            <translation>Das Postfach funktioniert.</translation>
        </message>
        <message>
            <source>The mailbox test found a problem.</source>
            <translation>Der Postfachtest hat ein Problem gefunden.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::MainWindow</name>
        <message>
            <source>Views</source>
            <translation>Ansichten</translation>
        </message>
        <message>
            <source>Current view</source>
            <translation>Aktuelle Ansicht</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Arbeitsbereich</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Anzahlen</translation>
        </message>
        <message>
            <source>Running task</source>
            <translation>Laufende Aufgabe</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel the running task</source>
            <translation>Die laufende Aufgabe abbrechen</translation>
        </message>
        <message>
            <source>Sourcedesk</source>
            <translation>Sourcedesk</translation>
        </message>
        <message>
            <source>Sourcedesk — %1</source>
            <translation>Sourcedesk — %1</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Kampagnen</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Kandidaten</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New campaign…</source>
            <translation>&amp;Neue Kampagne…</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>CSV &amp;importieren…</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>CSV &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;Open workspace…</source>
            <translation>Arbeitsbereich ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Find candidates</source>
            <translation>Kandidaten &amp;finden</translation>
        </message>
        <message>
            <source>New &amp;candidate…</source>
            <translation>Neuer &amp;Kandidat…</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Einstellungen</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Campaigns</source>
            <translation>&amp;Kampagnen</translation>
        </message>
        <message>
            <source>C&amp;andidates</source>
            <translation>K&amp;andidaten</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Neu laden</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;About Sourcedesk</source>
            <translation>Ü&amp;ber Sourcedesk</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Arbeitsbereichsdatei</translation>
        </message>
        <message numerus="yes">
            <source>%n active campaigns</source>
            <translation>
                <numerusform>%n aktive Kampagne</numerusform>
                <numerusform>%n aktive Kampagnen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n candidates</source>
            <translation>
                <numerusform>%n Kandidat</numerusform>
                <numerusform>%n Kandidaten</numerusform>
            </translation>
        </message>
        <message>
            <source>Open or create a workspace</source>
            <translation>Arbeitsbereich öffnen oder erstellen</translation>
        </message>
        <message>
            <source>Sourcedesk workspaces (*.sqlite *.db);;All files (*)</source>
            <translation>Sourcedesk-Arbeitsbereiche (*.sqlite *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>About Sourcedesk</source>
            <translation>Über Sourcedesk</translation>
        </message>
        <message>
            <source>Sourcedesk %1

Sourcing campaigns for recruiters: candidates, outreach and replies in one local workspace.

Workspace: %2</source>
            <translation>Sourcedesk %1

Sourcing-Kampagnen für Recruiter: Kandidaten, Ansprache und Antworten in einem lokalen Arbeitsbereich.

Arbeitsbereich: %2</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Import läuft…</translation>
        </message>
        <message numerus="yes">
            <source>Importing… %n rows</source>
            <translation>
                <numerusform>Import läuft… %n Zeile</numerusform>
                <numerusform>Import läuft… %n Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>CSV exportieren</translation>
        </message>
        <message>
            <source>An export is already running; wait for it or cancel it.</source>
            <translation>Es läuft bereits ein Export; warten Sie darauf oder brechen Sie ihn ab.</translation>
        </message>
        <message>
            <source>Export campaign members</source>
            <translation>Kampagnenmitglieder exportieren</translation>
        </message>
        <message>
            <source>Export candidates</source>
            <translation>Kandidaten exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export läuft…</translation>
        </message>
        <message numerus="yes">
            <source>Exporting… %n rows</source>
            <translation>
                <numerusform>Export läuft… %n Zeile</numerusform>
                <numerusform>Export läuft… %n Zeilen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n rows to %1</source>
            <translation>
                <numerusform>%n Zeile nach %1 exportiert</numerusform>
                <numerusform>%n Zeilen nach %1 exportiert</numerusform>
            </translation>
        </message>
        <message>
            <source>SmartRecruiters sync</source>
            <translation>SmartRecruiters-Synchronisierung</translation>
        </message>
        <message>
            <source>Mailbox</source>
            <translation>Postfach</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Nicht kontaktieren</translation>
        </message>
        <message>
            <source>Search &amp;everywhere…</source>
            <translation>Überall &amp;suchen…</translation>
        </message>
        <message>
            <source>Outreach: %1</source>
            <translation>Ansprache: %1</translation>
        </message>
        <message>
            <source>Integration: SmartRecruiters</source>
            <translation>Integration: SmartRecruiters</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Analysen</translation>
        </message>
        <message>
            <source>A&amp;nalytics</source>
            <translation>Ana&amp;lysen</translation>
        </message>
        <message>
            <source>Sourcedesk — %1 (read-only)</source>
            <translation>Sourcedesk — %1 (schreibgeschützt)</translation>
        </message>
        <message>
            <source>Read-only: changes cannot be saved here</source>
            <translation>Schreibgeschützt: Änderungen können hier nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Workspace is read-only</source>
            <translation>Der Arbeitsbereich ist schreibgeschützt</translation>
        </message>
        <message>
            <source>Sourcedesk may not write this workspace file. To work in it, copy it to a folder you can write (File → Open workspace…) or ask for write access to it.</source>
            <translation>Sourcedesk darf diese Arbeitsbereichsdatei nicht schreiben. Um darin zu arbeiten, kopieren Sie sie in einen Ordner, in dem Sie schreiben dürfen (Datei → Arbeitsbereich öffnen…), oder bitten Sie um Schreibzugriff.</translation>
        </message>
        <message>
            <source>Copy to a &amp;local file…</source>
            <translation>In eine &amp;lokale Datei kopieren…</translation>
        </message>
        <message>
            <source>&amp;Move this workspace to a team server…</source>
            <translation>Diesen Arbeitsbereich auf einen Team-Server &amp;verschieben…</translation>
        </message>
        <message>
            <source>Team workspace</source>
            <translation>Team-Arbeitsbereich</translation>
        </message>
        <message>
            <source>%1 as %2</source>
            <translation>%1 als %2</translation>
        </message>
        <message>
            <source>Your role in this team workspace</source>
            <translation>Ihre Rolle in diesem Team-Arbeitsbereich</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::MessageBox</name>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <source>Skip and open existing</source>
            <translation>Überspringen und vorhandenen öffnen</translation>
        </message>
        <message>
            <source>Choose another file…</source>
            <translation>Andere Datei wählen…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Neu laden</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivieren</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::NewCandidateDialog</name>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>New candidate</source>
            <translation>Neuer Kandidat</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
        <message>
            <source>Add candidate</source>
            <translation>Kandidat hinzufügen</translation>
        </message>
        <message>
            <source>Enter at least a name, an email address or a LinkedIn profile.</source>
            <translation>Geben Sie mindestens einen Namen, eine E-Mail-Adresse oder ein LinkedIn-Profil ein.</translation>
        </message>
        <message>
            <source>Could not check for duplicates: %1</source>
            <translation>Duplikate konnten nicht geprüft werden: %1</translation>
        </message>
        <message>
            <source>Could not read the matching candidate: %1</source>
            <translation>Der passende Kandidat konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>The records could not be merged: %1</source>
            <translation>Die Datensätze konnten nicht zusammengeführt werden: %1</translation>
        </message>
        <message>
            <source>The candidate could not be saved: %1</source>
            <translation>Der Kandidat konnte nicht gespeichert werden: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::OutboxJobDialog</name>
        <message>
            <source>Fields before and after</source>
            <translation>Felder vorher und nachher</translation>
        </message>
        <message>
            <source>SmartRecruiters job details</source>
            <translation>Details des SmartRecruiters-Auftrags</translation>
        </message>
        <message>
            <source>%1 for %2</source>
            <translation>%1 für %2</translation>
        </message>
        <message>
            <source>Candidate:</source>
            <translation>Kandidat:</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Kandidat</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Was:</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>Zustand:</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Attempts:</source>
            <translation>Versuche:</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>Queued:</source>
            <translation>Eingereiht:</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 von %2</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>Eingereiht</translation>
        </message>
        <message>
            <source>Finished:</source>
            <translation>Abgeschlossen:</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>SmartRecruiters said</source>
            <translation>Antwort von SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters said:</source>
            <translation>Antwort von SmartRecruiters:</translation>
        </message>
        <message>
            <source>What to do:</source>
            <translation>Was zu tun ist:</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Was zu tun ist</translation>
        </message>
        <message>
            <source>SmartRecruiters id:</source>
            <translation>SmartRecruiters-ID:</translation>
        </message>
        <message>
            <source>SmartRecruiters id</source>
            <translation>SmartRecruiters-ID</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Referenz:</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referenz</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Payload</source>
            <translation>Nutzdaten</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Job details</source>
            <translation>Auftragsdetails</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Felder</translation>
        </message>
        <message>
            <source>Fields (%1)</source>
            <translation>Felder (%1)</translation>
        </message>
        <message>
            <source>What was queued</source>
            <translation>Was eingereiht wurde</translation>
        </message>
        <message>
            <source>What came back</source>
            <translation>Was zurückkam</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::OutboxTableModel</name>
        <message>
            <source>(no name)</source>
            <translation>(kein Name)</translation>
        </message>
        <message>
            <source>%1 Next try %2.</source>
            <translation>%1 Nächster Versuch %2.</translation>
        </message>
        <message>
            <source>Waits until the candidate is created in SmartRecruiters.</source>
            <translation>Wartet, bis der Kandidat in SmartRecruiters erstellt ist.</translation>
        </message>
        <message>
            <source>Skipped; not sent.</source>
            <translation>Übersprungen; nicht gesendet.</translation>
        </message>
        <message>
            <source>Checked in SmartRecruiters before it is sent again.</source>
            <translation>Wird vor dem erneuten Senden in SmartRecruiters geprüft.</translation>
        </message>
        <message>
            <source>Candidate %1</source>
            <translation>Kandidat %1</translation>
        </message>
        <message>
            <source>Queued %1 by %2; last change %3</source>
            <translation>Eingereiht %1 von %2; letzte Änderung %3</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Kandidat</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>SmartRecruiters said / what to do</source>
            <translation>Antwort von SmartRecruiters / was zu tun ist</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::OutreachDocks</name>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>&amp;Today's tasks</source>
            <translation>&amp;Heutige Aufgaben</translation>
        </message>
        <message>
            <source>LinkedIn steps, calls and other tasks due today or overdue</source>
            <translation>Heute fällige oder überfällige LinkedIn-Schritte, Anrufe und andere Aufgaben</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>Rep&amp;lies</source>
            <translation>A&amp;ntworten</translation>
        </message>
        <message>
            <source>The newest email replies; mark people interested or not</source>
            <translation>Die neuesten E-Mail-Antworten; Personen als interessiert oder nicht interessiert markieren</translation>
        </message>
        <message>
            <source>Today (%1)</source>
            <translation>Heute (%1)</translation>
        </message>
        <message>
            <source>&amp;Today's tasks (%1)</source>
            <translation>&amp;Heutige Aufgaben (%1)</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::PushBackReasonDialog</name>
        <message>
            <source>About this push</source>
            <translation>Über diese Übertragung</translation>
        </message>
        <message>
            <source>Record &amp;as:</source>
            <translation>Erfassen &amp;als:</translation>
        </message>
        <message>
            <source>Rejection or withdrawal</source>
            <translation>Absage oder Rückzug</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Loading reasons</source>
            <translation>Gründe werden geladen</translation>
        </message>
        <message>
            <source>Reason loading status</source>
            <translation>Ladestatus der Gründe</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Push to SmartRecruiters</source>
            <translation>An SmartRecruiters ü&amp;bertragen</translation>
        </message>
        <message>
            <source>Push to SmartRecruiters</source>
            <translation>An SmartRecruiters übertragen</translation>
        </message>
        <message>
            <source>&amp;Don't push to SmartRecruiters</source>
            <translation>&amp;Nicht an SmartRecruiters übertragen</translation>
        </message>
        <message>
            <source>Don't push to SmartRecruiters</source>
            <translation>Nicht an SmartRecruiters übertragen</translation>
        </message>
        <message>
            <source>Push status to SmartRecruiters</source>
            <translation>Status an SmartRecruiters übertragen</translation>
        </message>
        <message numerus="yes">
            <source>%n of the selected people are in SmartRecruiters. To record “%1” on their application, SmartRecruiters needs a reason.</source>
            <translation>
                <numerusform>%n der ausgewählten Personen ist in SmartRecruiters. Um „%1“ in der Bewerbung zu erfassen, benötigt SmartRecruiters einen Grund.</numerusform>
                <numerusform>%n der ausgewählten Personen sind in SmartRecruiters. Um „%1“ in ihrer Bewerbung zu erfassen, benötigt SmartRecruiters einen Grund.</numerusform>
            </translation>
        </message>
        <message>
            <source>Withdrawn by the candidate</source>
            <translation>Vom Kandidaten zurückgezogen</translation>
        </message>
        <message>
            <source>Rejected by us</source>
            <translation>Von uns abgelehnt</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <source>Push or not</source>
            <translation>Übertragen oder nicht</translation>
        </message>
        <message>
            <source>Sourcedesk is not connected to SmartRecruiters, so the reasons cannot be read. Connect in Settings → Integration and click Retry, or choose “Don't push to SmartRecruiters” to keep the change in Sourcedesk only.</source>
            <translation>Sourcedesk ist nicht mit SmartRecruiters verbunden, daher können die Gründe nicht gelesen werden. Verbinden Sie sich unter Einstellungen → Integration und klicken Sie auf „Wiederholen“, oder wählen Sie „Nicht an SmartRecruiters übertragen“, um die Änderung nur in Sourcedesk zu behalten.</translation>
        </message>
        <message>
            <source>Loading reasons…</source>
            <translation>Gründe werden geladen…</translation>
        </message>
        <message>
            <source>The reasons could not be read from SmartRecruiters: %1
Check the connection in Settings → Integration and click Retry, or choose “Don't push to SmartRecruiters” to keep the change in Sourcedesk only.</source>
            <translation>Die Gründe konnten nicht aus SmartRecruiters gelesen werden: %1
Prüfen Sie die Verbindung unter Einstellungen → Integration und klicken Sie auf „Wiederholen“, oder wählen Sie „Nicht an SmartRecruiters übertragen“, um die Änderung nur in Sourcedesk zu behalten.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>keine Antwort</translation>
        </message>
        <message>
            <source>SmartRecruiters has no withdrawal reasons. An administrator can add them in SmartRecruiters; until then this change cannot be pushed.</source>
            <translation>SmartRecruiters hat keine Rückzugsgründe. Ein Administrator kann sie in SmartRecruiters hinzufügen; bis dahin kann diese Änderung nicht übertragen werden.</translation>
        </message>
        <message>
            <source>SmartRecruiters has no rejection reasons. An administrator can add them in SmartRecruiters; until then this change cannot be pushed.</source>
            <translation>SmartRecruiters hat keine Absagegründe. Ein Administrator kann sie in SmartRecruiters hinzufügen; bis dahin kann diese Änderung nicht übertragen werden.</translation>
        </message>
        <message>
            <source>Choose a reason…</source>
            <translation>Grund auswählen…</translation>
        </message>
        <message>
            <source>The status could not be queued for SmartRecruiters: %1</source>
            <translation>Der Status konnte nicht für SmartRecruiters eingereiht werden: %1</translation>
        </message>
        <message>
            <source>Not every status could be queued for SmartRecruiters:
%1</source>
            <translation>Nicht alle Status konnten für SmartRecruiters eingereiht werden:
%1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::PushPreviewDialog</name>
        <message>
            <source>Campaign member</source>
            <translation>Kampagnenmitglied</translation>
        </message>
        <message>
            <source>What would be sent</source>
            <translation>Was gesendet würde</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>Vorschaustatus</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Felder</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>&amp;Push to SmartRecruiters</source>
            <translation>An SmartRecruiters &amp;übertragen</translation>
        </message>
        <message>
            <source>Push this candidate to SmartRecruiters</source>
            <translation>Diesen Kandidaten an SmartRecruiters übertragen</translation>
        </message>
        <message>
            <source>Preview push</source>
            <translation>Übertragungsvorschau</translation>
        </message>
        <message>
            <source>Preview push to SmartRecruiters</source>
            <translation>Vorschau der Übertragung an SmartRecruiters</translation>
        </message>
        <message>
            <source>%1 &lt;%2&gt;</source>
            <translation>%1 &lt;%2&gt;</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>SmartRecruiters now</source>
            <translation>SmartRecruiters aktuell</translation>
        </message>
        <message>
            <source>Sourcedesk would send</source>
            <translation>Sourcedesk würde senden</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Sent?</source>
            <translation>Gesendet?</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Preview actions</source>
            <translation>Vorschauaktionen</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Mitglied:</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>Aktion:</translation>
        </message>
        <message>
            <source>This campaign has no members yet.</source>
            <translation>Diese Kampagne hat noch keine Mitglieder.</translation>
        </message>
        <message>
            <source>Reading the candidate in SmartRecruiters…</source>
            <translation>Kandidat wird in SmartRecruiters gelesen…</translation>
        </message>
        <message>
            <source>Not connected: the preview uses Sourcedesk's data only.</source>
            <translation>Nicht verbunden: Die Vorschau verwendet nur die Daten von Sourcedesk.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Tags: %1</translation>
        </message>
        <message>
            <source>SmartRecruiters could not be read: %1</source>
            <translation>SmartRecruiters konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Fill these mandatory fields first: %1</source>
            <translation>Füllen Sie zuerst diese Pflichtfelder aus: %1</translation>
        </message>
        <message>
            <source>The push waits: %1</source>
            <translation>Die Übertragung wartet: %1</translation>
        </message>
        <message>
            <source>Nothing would be sent: SmartRecruiters is up to date.</source>
            <translation>Es würde nichts gesendet: SmartRecruiters ist auf dem neuesten Stand.</translation>
        </message>
        <message>
            <source>Ready to push.</source>
            <translation>Bereit zur Übertragung.</translation>
        </message>
        <message>
            <source>Queuing…</source>
            <translation>Wird eingereiht…</translation>
        </message>
        <message>
            <source>Not queued: %1</source>
            <translation>Nicht eingereiht: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ReconcileView</name>
        <message>
            <source>Not in SmartRecruiters</source>
            <translation>Nicht in SmartRecruiters</translation>
        </message>
        <message>
            <source>Note not written</source>
            <translation>Notiz nicht geschrieben</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Erfordert Aufmerksamkeit</translation>
        </message>
        <message>
            <source>Stage differs</source>
            <translation>Phase weicht ab</translation>
        </message>
        <message>
            <source>Out of step status</source>
            <translation>Status der Abweichungen</translation>
        </message>
        <message>
            <source>What is out of step with SmartRecruiters</source>
            <translation>Was nicht mit SmartRecruiters synchron ist</translation>
        </message>
        <message>
            <source>F&amp;ix</source>
            <translation>&amp;Beheben</translation>
        </message>
        <message>
            <source>Fix the selected rows</source>
            <translation>Ausgewählte Zeilen beheben</translation>
        </message>
        <message>
            <source>Fix &amp;all</source>
            <translation>&amp;Alle beheben</translation>
        </message>
        <message>
            <source>Fix every row</source>
            <translation>Alle Zeilen beheben</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <source>Look again for what is out of step</source>
            <translation>Erneut nach Abweichungen suchen</translation>
        </message>
        <message>
            <source>Fix</source>
            <translation>Beheben</translation>
        </message>
        <message>
            <source>Out of step</source>
            <translation>Nicht synchron</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Kandidat</translation>
        </message>
        <message>
            <source>What Fix does</source>
            <translation>Was „Beheben“ bewirkt</translation>
        </message>
        <message>
            <source>Fix the selected rows (%1)</source>
            <translation>Ausgewählte Zeilen beheben (%1)</translation>
        </message>
        <message>
            <source>Queue every create, retry every job and take every SmartRecruiters stage listed</source>
            <translation>Jedes Erstellen einreihen, jeden Auftrag wiederholen und jede aufgeführte SmartRecruiters-Phase übernehmen</translation>
        </message>
        <message>
            <source>Open this view to look for what is out of step.</source>
            <translation>Öffnen Sie diese Ansicht, um nach Abweichungen zu suchen.</translation>
        </message>
        <message>
            <source>Fix all</source>
            <translation>Alle beheben</translation>
        </message>
        <message numerus="yes">
            <source>Fix all %n rows? Creates and retries are queued for SmartRecruiters, and differing stages take SmartRecruiters' stage.</source>
            <translation>
                <numerusform>Die %n Zeile beheben? Erstellungen und Wiederholungen werden für SmartRecruiters eingereiht, und abweichende Phasen übernehmen die Phase von SmartRecruiters.</numerusform>
                <numerusform>Alle %n Zeilen beheben? Erstellungen und Wiederholungen werden für SmartRecruiters eingereiht, und abweichende Phasen übernehmen die Phase von SmartRecruiters.</numerusform>
            </translation>
        </message>
        <message>
            <source>Looking for what is out of step…</source>
            <translation>Suche nach Abweichungen…</translation>
        </message>
        <message>
            <source>Fixing…</source>
            <translation>Wird behoben…</translation>
        </message>
        <message>
            <source>What is out of step could not be read: %1</source>
            <translation>Die Abweichungen konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Sourcedesk and SmartRecruiters are in step.</source>
            <translation>Sourcedesk und SmartRecruiters sind synchron.</translation>
        </message>
        <message numerus="yes">
            <source>%n rows are out of step.</source>
            <translation>
                <numerusform>%n Zeile ist nicht synchron.</numerusform>
                <numerusform>%n Zeilen sind nicht synchron.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fixed %n; the sync log shows what is being sent.</source>
            <translation>
                <numerusform>%n behoben; das Synchronisierungsprotokoll zeigt, was gesendet wird.</numerusform>
                <numerusform>%n behoben; das Synchronisierungsprotokoll zeigt, was gesendet wird.</numerusform>
            </translation>
        </message>
        <message>
            <source>These could not be fixed:
%1</source>
            <translation>Diese konnten nicht behoben werden:
%1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::RemoteSearchView</name>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>In Prüfung</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Interview</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Angebot erhalten</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Eingestellt</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Zurückgezogen</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>Übertragen</translation>
        </message>
        <message>
            <source>Search SmartRecruiters for</source>
            <translation>In SmartRecruiters suchen nach</translation>
        </message>
        <message>
            <source>About the filters</source>
            <translation>Über die Filter</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>Search SmartRecruiters</source>
            <translation>SmartRecruiters durchsuchen</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>Suchstatus</translation>
        </message>
        <message>
            <source>SmartRecruiters candidates found</source>
            <translation>Gefundene SmartRecruiters-Kandidaten</translation>
        </message>
        <message>
            <source>&amp;More results</source>
            <translation>&amp;Weitere Ergebnisse</translation>
        </message>
        <message>
            <source>Load more results</source>
            <translation>Weitere Ergebnisse laden</translation>
        </message>
        <message>
            <source>&amp;View in SmartRecruiters</source>
            <translation>In SmartRecruiters &amp;anzeigen</translation>
        </message>
        <message>
            <source>View the selected candidate in SmartRecruiters</source>
            <translation>Den ausgewählten Kandidaten in SmartRecruiters anzeigen</translation>
        </message>
        <message>
            <source>Add to &amp;campaign…</source>
            <translation>Zur &amp;Kampagne hinzufügen…</translation>
        </message>
        <message>
            <source>Add the selected candidate to a campaign</source>
            <translation>Den ausgewählten Kandidaten zu einer Kampagne hinzufügen</translation>
        </message>
        <message>
            <source>View in SmartRecruiters</source>
            <translation>In SmartRecruiters anzeigen</translation>
        </message>
        <message>
            <source>Add to campaign…</source>
            <translation>Zur Kampagne hinzufügen…</translation>
        </message>
        <message>
            <source>Name or email</source>
            <translation>Name oder E-Mail</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Open the profile in the browser (%1)</source>
            <translation>Profil im Browser öffnen (%1)</translation>
        </message>
        <message>
            <source>Add to a campaign, linked to this SmartRecruiters candidate (%1)</source>
            <translation>Zu einer Kampagne hinzufügen, verknüpft mit diesem SmartRecruiters-Kandidaten (%1)</translation>
        </message>
        <message>
            <source>Any job</source>
            <translation>Beliebige Stelle</translation>
        </message>
        <message>
            <source>&amp;Job:</source>
            <translation>&amp;Stelle:</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Beliebiger Status</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>Comma-separated; any of them</source>
            <translation>Kommagetrennt; eines davon</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>T&amp;ags:</translation>
        </message>
        <message>
            <source>Updated after</source>
            <translation>Aktualisiert nach</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Beliebiger Zeitpunkt</translation>
        </message>
        <message>
            <source>SmartRecruiters' search cannot filter on: %1.</source>
            <translation>Die Suche von SmartRecruiters kann nicht filtern nach: %1.</translation>
        </message>
        <message>
            <source>The jobs could not be read: %1</source>
            <translation>Die Stellen konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters (Settings → Integration) to search it.</source>
            <translation>Verbinden Sie sich mit SmartRecruiters (Einstellungen → Integration), um dort zu suchen.</translation>
        </message>
        <message>
            <source>Searching SmartRecruiters…</source>
            <translation>SmartRecruiters wird durchsucht…</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>Die Suche ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Nobody in SmartRecruiters matches. Only candidates with an application can be searched; talent-pool-only profiles are not listed.</source>
            <translation>Niemand in SmartRecruiters passt. Nur Kandidaten mit einer Bewerbung können gesucht werden; Profile, die nur im Talent-Pool sind, werden nicht aufgeführt.</translation>
        </message>
        <message>
            <source>%1 of %2 shown.</source>
            <translation>%1 von %2 angezeigt.</translation>
        </message>
        <message>
            <source>%1 shown.</source>
            <translation>%1 angezeigt.</translation>
        </message>
        <message>
            <source>No browser could be opened. The profile is at:
%1</source>
            <translation>Es konnte kein Browser geöffnet werden. Das Profil befindet sich unter:
%1</translation>
        </message>
        <message>
            <source>Add %1 to which campaign?</source>
            <translation>%1 zu welcher Kampagne hinzufügen?</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters (Settings → Integration) to add from it.</source>
            <translation>Verbinden Sie sich mit SmartRecruiters (Einstellungen → Integration), um von dort hinzuzufügen.</translation>
        </message>
        <message>
            <source>Reading the profile from SmartRecruiters…</source>
            <translation>Profil wird aus SmartRecruiters gelesen…</translation>
        </message>
        <message>
            <source>The profile could not be read: %1</source>
            <translation>Das Profil konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Not added.</source>
            <translation>Nicht hinzugefügt.</translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Zur Kampagne hinzufügen</translation>
        </message>
        <message>
            <source>%1 was already in the campaign.</source>
            <translation>%1 war bereits in der Kampagne.</translation>
        </message>
        <message>
            <source>%1 was already in Sourcedesk: linked and added.</source>
            <translation>%1 war bereits in Sourcedesk: verknüpft und hinzugefügt.</translation>
        </message>
        <message>
            <source>%1 added to the campaign.</source>
            <translation>%1 zur Kampagne hinzugefügt.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::RepliesView</name>
        <message>
            <source>Replies</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>Reply text</source>
            <translation>Antworttext</translation>
        </message>
        <message>
            <source>Replies status</source>
            <translation>Antwortstatus</translation>
        </message>
        <message>
            <source>Load &amp;more</source>
            <translation>&amp;Mehr laden</translation>
        </message>
        <message>
            <source>Load older replies</source>
            <translation>Ältere Antworten laden</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <source>Reload the replies</source>
            <translation>Antworten neu laden</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Empfangen</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampagne</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Betreff</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Mark &amp;interested</source>
            <translation>Als &amp;interessiert markieren</translation>
        </message>
        <message>
            <source>Mark &amp;not interested</source>
            <translation>Als &amp;nicht interessiert markieren</translation>
        </message>
        <message>
            <source>No replies yet.</source>
            <translation>Noch keine Antworten.</translation>
        </message>
        <message numerus="yes">
            <source>%n replies</source>
            <translation>
                <numerusform>%n Antwort</numerusform>
                <numerusform>%n Antworten</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 &lt;%2&gt;</source>
            <translation>%1 &lt;%2&gt;</translation>
        </message>
        <message>
            <source>This reply is not tied to a campaign.</source>
            <translation>Diese Antwort ist keiner Kampagne zugeordnet.</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ReviewQueueView</name>
        <message>
            <source>Review queue status</source>
            <translation>Status der Prüfliste</translation>
        </message>
        <message>
            <source>Possible matches to review</source>
            <translation>Zu prüfende mögliche Treffer</translation>
        </message>
        <message>
            <source>The SmartRecruiters candidate</source>
            <translation>Der SmartRecruiters-Kandidat</translation>
        </message>
        <message>
            <source>&amp;Link to this SmartRecruiters candidate</source>
            <translation>Mit diesem SmartRecruiters-Kandidaten &amp;verknüpfen</translation>
        </message>
        <message>
            <source>Link to this SmartRecruiters candidate</source>
            <translation>Mit diesem SmartRecruiters-Kandidaten verknüpfen</translation>
        </message>
        <message>
            <source>&amp;Different people — create a new profile</source>
            <translation>Verschiedene &amp;Personen – neues Profil erstellen</translation>
        </message>
        <message>
            <source>Different people: create a new profile</source>
            <translation>Verschiedene Personen: neues Profil erstellen</translation>
        </message>
        <message>
            <source>&amp;View in SmartRecruiters</source>
            <translation>In SmartRecruiters &amp;anzeigen</translation>
        </message>
        <message>
            <source>View the match in SmartRecruiters</source>
            <translation>Den Treffer in SmartRecruiters anzeigen</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <source>Refresh the review queue</source>
            <translation>Die Prüfliste aktualisieren</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>Prüfliste</translation>
        </message>
        <message>
            <source>Sourcedesk candidate</source>
            <translation>Sourcedesk-Kandidat</translation>
        </message>
        <message>
            <source>Why it may be the same person</source>
            <translation>Warum es dieselbe Person sein könnte</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>Eingereiht</translation>
        </message>
        <message>
            <source>Different people — create a new profile</source>
            <translation>Verschiedene Personen – neues Profil erstellen</translation>
        </message>
        <message>
            <source>View match in SmartRecruiters</source>
            <translation>Treffer in SmartRecruiters anzeigen</translation>
        </message>
        <message>
            <source>The same person: link them and send what waited (%1)</source>
            <translation>Dieselbe Person: verknüpfen und Wartendes senden (%1)</translation>
        </message>
        <message>
            <source>Not the same person: create them in SmartRecruiters as a new profile (%1)</source>
            <translation>Nicht dieselbe Person: in SmartRecruiters als neues Profil erstellen (%1)</translation>
        </message>
        <message>
            <source>Open the SmartRecruiters profile in the browser (%1)</source>
            <translation>Das SmartRecruiters-Profil im Browser öffnen (%1)</translation>
        </message>
        <message>
            <source>The review queue could not be read: %1</source>
            <translation>Die Prüfliste konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Candidate %1 (deleted)</source>
            <translation>Kandidat %1 (gelöscht)</translation>
        </message>
        <message>
            <source>No possible match waits for review.</source>
            <translation>Kein möglicher Treffer wartet auf Prüfung.</translation>
        </message>
        <message numerus="yes">
            <source>%n possible matches wait for you: is it the same person?</source>
            <translation>
                <numerusform>%n möglicher Treffer wartet auf Sie: Ist es dieselbe Person?</numerusform>
                <numerusform>%n mögliche Treffer warten auf Sie: Ist es dieselbe Person?</numerusform>
            </translation>
        </message>
        <message>
            <source>SmartRecruiters candidate %1 (connect to SmartRecruiters to see their details).</source>
            <translation>SmartRecruiters-Kandidat %1 (verbinden Sie sich mit SmartRecruiters, um die Details zu sehen).</translation>
        </message>
        <message>
            <source>Reading SmartRecruiters candidate %1…</source>
            <translation>SmartRecruiters-Kandidat %1 wird gelesen…</translation>
        </message>
        <message>
            <source>SmartRecruiters candidate %1 could not be read: %2</source>
            <translation>SmartRecruiters-Kandidat %1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>on "%1" (%2)</source>
            <translation>bei "%1" (%2)</translation>
        </message>
        <message>
            <source>In SmartRecruiters: %1</source>
            <translation>In SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Verknüpfen</translation>
        </message>
        <message>
            <source>%1

Open the other Sourcedesk candidate's SmartRecruiters tab and unlink them, or choose "Different people".</source>
            <translation>%1

Öffnen Sie den SmartRecruiters-Tab des anderen Sourcedesk-Kandidaten und heben Sie dort die Verknüpfung auf, oder wählen Sie „Verschiedene Personen“.</translation>
        </message>
        <message>
            <source>Linked, but the waiting create job could not be retried: %1. Retry it from the sync log.</source>
            <translation>Verknüpft, aber der wartende Erstellungsauftrag konnte nicht wiederholt werden: %1. Wiederholen Sie ihn im Synchronisierungsprotokoll.</translation>
        </message>
        <message>
            <source>Linked; what waited for this candidate goes to SmartRecruiters now.</source>
            <translation>Verknüpft; was für diesen Kandidaten gewartet hat, geht jetzt an SmartRecruiters.</translation>
        </message>
        <message>
            <source>Different people</source>
            <translation>Verschiedene Personen</translation>
        </message>
        <message>
            <source>Create a new profile in SmartRecruiters for this candidate? The possible match stays as it is, and Sourcedesk will not ask about it again.</source>
            <translation>Ein neues Profil in SmartRecruiters für diesen Kandidaten erstellen? Der mögliche Treffer bleibt unverändert, und Sourcedesk fragt nicht erneut danach.</translation>
        </message>
        <message>
            <source>The create job could not be retried: %1. Retry it from the sync log.</source>
            <translation>Der Erstellungsauftrag konnte nicht wiederholt werden: %1. Wiederholen Sie ihn im Synchronisierungsprotokoll.</translation>
        </message>
        <message>
            <source>A new SmartRecruiters profile will be created for this candidate.</source>
            <translation>Für diesen Kandidaten wird ein neues SmartRecruiters-Profil erstellt.</translation>
        </message>
        <message>
            <source>View in SmartRecruiters</source>
            <translation>In SmartRecruiters anzeigen</translation>
        </message>
        <message>
            <source>No browser could be opened. The profile is at:
%1</source>
            <translation>Es konnte kein Browser geöffnet werden. Das Profil befindet sich unter:
%1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SampleOffer</name>
        <message>
            <source>Welcome to Sourcedesk</source>
            <translation>Willkommen bei Sourcedesk</translation>
        </message>
        <message>
            <source>Add a small sample campaign to explore Sourcedesk? It is clearly marked and can be removed any time.</source>
            <translation>Eine kleine Beispielkampagne hinzufügen, um Sourcedesk kennenzulernen? Sie ist deutlich gekennzeichnet und kann jederzeit entfernt werden.</translation>
        </message>
        <message>
            <source>Sample campaign</source>
            <translation>Beispielkampagne</translation>
        </message>
        <message>
            <source>The sample campaign could not be created: %1
You can start with your own campaign right away.</source>
            <translation>Die Beispielkampagne konnte nicht erstellt werden: %1
Sie können sofort mit Ihrer eigenen Kampagne beginnen.</translation>
        </message>
        <message>
            <source>Remove sample data</source>
            <translation>Beispieldaten entfernen</translation>
        </message>
        <message>
            <source>This workspace has no sample data.</source>
            <translation>Dieser Arbeitsbereich enthält keine Beispieldaten.</translation>
        </message>
        <message>
            <source>Remove the sample campaign and its sample candidates? Your own campaigns and candidates are not touched.</source>
            <translation>Die Beispielkampagne und ihre Beispielkandidaten entfernen? Ihre eigenen Kampagnen und Kandidaten bleiben unberührt.</translation>
        </message>
        <message>
            <source>The sample data could not be removed: %1</source>
            <translation>Die Beispieldaten konnten nicht entfernt werden: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SearchPalette</name>
        <message>
            <source>Search everywhere</source>
            <translation>Überall suchen</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <source>Search state</source>
            <translation>Suchstatus</translation>
        </message>
        <message>
            <source>Search campaigns, candidates and SmartRecruiters jobs</source>
            <translation>Kampagnen, Kandidaten und SmartRecruiters-Stellen durchsuchen</translation>
        </message>
        <message>
            <source>Type to search. Up and Down move through the results, Enter opens one, Escape closes.</source>
            <translation>Tippen Sie, um zu suchen. Mit den Pfeiltasten nach oben und unten bewegen Sie sich durch die Ergebnisse, Eingabe öffnet eines, Esc schließt.</translation>
        </message>
        <message>
            <source>Results grouped by campaigns, candidates and SmartRecruiters jobs</source>
            <translation>Ergebnisse gruppiert nach Kampagnen, Kandidaten und SmartRecruiters-Stellen</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs could not be searched: %1</source>
            <translation>SmartRecruiters-Stellen konnten nicht durchsucht werden: %1</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Kampagnen</translation>
        </message>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (archiviert)</translation>
        </message>
        <message>
            <source>Campaign: %1</source>
            <translation>Kampagne: %1</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Kandidaten</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Candidate: %1</source>
            <translation>Kandidat: %1</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs</source>
            <translation>SmartRecruiters-Stellen</translation>
        </message>
        <message>
            <source>SmartRecruiters job: %1</source>
            <translation>SmartRecruiters-Stelle: %1</translation>
        </message>
        <message>
            <source>Type to search campaigns, candidates and SmartRecruiters jobs.</source>
            <translation>Tippen Sie, um Kampagnen, Kandidaten und SmartRecruiters-Stellen zu durchsuchen.</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>Die Suche ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Suche läuft…</translation>
        </message>
        <message>
            <source>Nothing matches “%1”.</source>
            <translation>Nichts entspricht „%1“.</translation>
        </message>
        <message numerus="yes">
            <source>%n results. Up and Down move, Enter opens, Escape closes.</source>
            <translation>
                <numerusform>%n Ergebnis. Pfeiltasten bewegen, Eingabe öffnet, Esc schließt.</numerusform>
                <numerusform>%n Ergebnisse. Pfeiltasten bewegen, Eingabe öffnet, Esc schließt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Searching SmartRecruiters jobs…</source>
            <translation>SmartRecruiters-Stellen werden durchsucht…</translation>
        </message>
        <message>
            <source>SmartRecruiters job</source>
            <translation>SmartRecruiters-Stelle</translation>
        </message>
        <message>
            <source>“%1” is not linked to a campaign yet. Link it from a campaign's SmartRecruiters panel (Link job…).</source>
            <translation>„%1“ ist noch mit keiner Kampagne verknüpft. Verknüpfen Sie sie im SmartRecruiters-Bereich einer Kampagne (Stelle verknüpfen…).</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SequenceEditor</name>
        <message>
            <source>Sequence name</source>
            <translation>Sequenzname</translation>
        </message>
        <message>
            <source>Sender name</source>
            <translation>Absendername</translation>
        </message>
        <message>
            <source>Send in whose time zone</source>
            <translation>In wessen Zeitzone senden</translation>
        </message>
        <message>
            <source>Recruiter's time zone</source>
            <translation>Zeitzone des Recruiters</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Save sequence</source>
            <translation>Sequenz speichern</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Schritt hinzufügen</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Schritt entfernen</translation>
        </message>
        <message>
            <source>Move step up</source>
            <translation>Schritt nach oben verschieben</translation>
        </message>
        <message>
            <source>Move step down</source>
            <translation>Schritt nach unten verschieben</translation>
        </message>
        <message>
            <source>Sa&amp;ve step</source>
            <translation>Schritt spei&amp;chern</translation>
        </message>
        <message>
            <source>Save step</source>
            <translation>Schritt speichern</translation>
        </message>
        <message>
            <source>Sequence editor</source>
            <translation>Sequenzeditor</translation>
        </message>
        <message>
            <source>The candidate's time zone</source>
            <translation>Zeitzone des Kandidaten</translation>
        </message>
        <message>
            <source>My time zone</source>
            <translation>Meine Zeitzone</translation>
        </message>
        <message>
            <source>Sequence</source>
            <translation>Sequenz</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Se&amp;nder name:</source>
            <translation>Abs&amp;endername:</translation>
        </message>
        <message>
            <source>Send &amp;in:</source>
            <translation>Senden &amp;in:</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Zeitzone:</translation>
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation>Schritt &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove step</source>
            <translation>Schritt &amp;entfernen</translation>
        </message>
        <message>
            <source>Move step &amp;up</source>
            <translation>Schritt nach &amp;oben</translation>
        </message>
        <message>
            <source>Move step &amp;down</source>
            <translation>Schritt nach &amp;unten</translation>
        </message>
        <message>
            <source>Steps (Alt+Up/Down to reorder):</source>
            <translation>Schritte (Alt+Nach-oben/Nach-unten zum Umsortieren):</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>The sequence could not be loaded: %1</source>
            <translation>Die Sequenz konnte nicht geladen werden: %1</translation>
        </message>
        <message>
            <source>%1 sequence</source>
            <translation>Sequenz %1</translation>
        </message>
        <message>
            <source>Give the sequence a name.</source>
            <translation>Geben Sie der Sequenz einen Namen.</translation>
        </message>
        <message>
            <source>“%1” is not a known time zone; pick one from the list.</source>
            <translation>„%1“ ist keine bekannte Zeitzone; wählen Sie eine aus der Liste.</translation>
        </message>
        <message>
            <source>The sequence could not be saved: %1</source>
            <translation>Die Sequenz konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Step %1 could not be saved: %2</source>
            <translation>Schritt %1 konnte nicht gespeichert werden: %2</translation>
        </message>
        <message>
            <source>The step could not be added: %1</source>
            <translation>Der Schritt konnte nicht hinzugefügt werden: %1</translation>
        </message>
        <message>
            <source>Remove step %1 (%2)? Members who have not reached it yet will skip it.</source>
            <translation>Schritt %1 (%2) entfernen? Mitglieder, die ihn noch nicht erreicht haben, überspringen ihn.</translation>
        </message>
        <message>
            <source>The step could not be removed: %1</source>
            <translation>Der Schritt konnte nicht entfernt werden: %1</translation>
        </message>
        <message>
            <source>Move step</source>
            <translation>Schritt verschieben</translation>
        </message>
        <message>
            <source>The steps could not be reordered: %1</source>
            <translation>Die Schritte konnten nicht neu angeordnet werden: %1</translation>
        </message>
        <message>
            <source>The steps could not be loaded: %1</source>
            <translation>Die Schritte konnten nicht geladen werden: %1</translation>
        </message>
        <message>
            <source>%1. %2 — Day +%3 — %4</source>
            <translation>%1. %2 — Tag +%3 — %4</translation>
        </message>
        <message>
            <source>&amp;Save sequence</source>
            <translation>Sequenz &amp;speichern</translation>
        </message>
        <message>
            <source>&amp;Create sequence</source>
            <translation>Sequenz &amp;erstellen</translation>
        </message>
        <message>
            <source>Sequence for “%1”</source>
            <translation>Sequenz für „%1“</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SequencePreview</name>
        <message>
            <source>Preview for member</source>
            <translation>Vorschau für Mitglied</translation>
        </message>
        <message>
            <source>Rendered subject</source>
            <translation>Gerenderter Betreff</translation>
        </message>
        <message>
            <source>Rendered body</source>
            <translation>Gerenderter Text</translation>
        </message>
        <message>
            <source>Missing placeholders</source>
            <translation>Fehlende Platzhalter</translation>
        </message>
        <message>
            <source>Members with an empty placeholder</source>
            <translation>Mitglieder mit leerem Platzhalter</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Mitglied:</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Betreff:</translation>
        </message>
        <message>
            <source>The members could not be loaded: %1</source>
            <translation>Die Mitglieder konnten nicht geladen werden: %1</translation>
        </message>
        <message>
            <source>No members to preview yet.</source>
            <translation>Noch keine Mitglieder für die Vorschau.</translation>
        </message>
        <message>
            <source>Empty for %1: %2 — this email would not be sent.</source>
            <translation>Leer für %1: %2 — diese E-Mail würde nicht gesendet.</translation>
        </message>
        <message>
            <source>Checking the campaign's members…</source>
            <translation>Die Mitglieder der Kampagne werden geprüft…</translation>
        </message>
        <message>
            <source>The members could not be checked: %1</source>
            <translation>Die Mitglieder konnten nicht geprüft werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n members have an empty placeholder</source>
            <translation>
                <numerusform>%1 von %n Mitglied hat einen leeren Platzhalter</numerusform>
                <numerusform>%1 von %n Mitgliedern haben einen leeren Platzhalter</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SettingValueEdit</name>
        <message>
            <source>On</source>
            <translation>Ein</translation>
        </message>
        <message>
            <source>yyyy-MM-dd, or empty</source>
            <translation>yyyy-MM-dd oder leer</translation>
        </message>
        <message>
            <source>ids, separated by commas</source>
            <translation>IDs, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Choose %1</source>
            <translation>%1 auswählen</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SettingsView</name>
        <message>
            <source>Settings pages</source>
            <translation>Einstellungsseiten</translation>
        </message>
        <message>
            <source>Settings page</source>
            <translation>Einstellungsseite</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Arbeitsbereichsdatei</translation>
        </message>
        <message>
            <source>Remove sample data…</source>
            <translation>Beispieldaten entfernen…</translation>
        </message>
        <message>
            <source>Remove sample data</source>
            <translation>Beispieldaten entfernen</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Language note</source>
            <translation>Hinweis zur Sprache</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Arbeitsbereich</translation>
        </message>
        <message>
            <source>Workspace settings</source>
            <translation>Arbeitsbereichseinstellungen</translation>
        </message>
        <message>
            <source>Open another workspace…</source>
            <translation>Anderen Arbeitsbereich öffnen…</translation>
        </message>
        <message>
            <source>Open another workspace</source>
            <translation>Anderen Arbeitsbereich öffnen</translation>
        </message>
        <message>
            <source>A workspace is one file holding your campaigns, candidates and activities. Opening another workspace replaces this window's contents; nothing is copied or deleted.</source>
            <translation>Ein Arbeitsbereich ist eine Datei mit Ihren Kampagnen, Kandidaten und Aktivitäten. Das Öffnen eines anderen Arbeitsbereichs ersetzt den Inhalt dieses Fensters; nichts wird kopiert oder gelöscht.</translation>
        </message>
        <message>
            <source>About workspaces</source>
            <translation>Über Arbeitsbereiche</translation>
        </message>
        <message>
            <source>Workspace file:</source>
            <translation>Arbeitsbereichsdatei:</translation>
        </message>
        <message>
            <source>Sample data:</source>
            <translation>Beispieldaten:</translation>
        </message>
        <message>
            <source>Language settings</source>
            <translation>Spracheinstellungen</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>Open or create a workspace</source>
            <translation>Arbeitsbereich öffnen oder erstellen</translation>
        </message>
        <message>
            <source>Sourcedesk workspaces (*.sqlite *.db);;All files (*)</source>
            <translation>Sourcedesk-Arbeitsbereiche (*.sqlite *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Removes the sample campaign and its sample candidates</source>
            <translation>Entfernt die Beispielkampagne und ihre Beispielkandidaten</translation>
        </message>
        <message>
            <source>This workspace has no sample data</source>
            <translation>Dieser Arbeitsbereich enthält keine Beispieldaten</translation>
        </message>
        <message>
            <source>Run setup again…</source>
            <translation>Einrichtung erneut ausführen…</translation>
        </message>
        <message>
            <source>Run the first-run setup again</source>
            <translation>Die Ersteinrichtung erneut ausführen</translation>
        </message>
        <message>
            <source>Workspace, SmartRecruiters connection, sync choices and a first import, step by step.</source>
            <translation>Arbeitsbereich, SmartRecruiters-Verbindung, Synchronisierungsoptionen und ein erster Import – Schritt für Schritt.</translation>
        </message>
        <message>
            <source>Setup:</source>
            <translation>Einrichtung:</translation>
        </message>
        <message>
            <source>Sourcedesk switches to the language you choose at once, without a restart. Dates, numbers and plural forms follow it.</source>
            <translation>Sourcedesk wechselt sofort und ohne Neustart in die gewählte Sprache. Datumsangaben, Zahlen und Pluralformen richten sich danach.</translation>
        </message>
        <message>
            <source>Connect to a team workspace…</source>
            <translation>Mit einem Team-Arbeitsbereich verbinden…</translation>
        </message>
        <message>
            <source>Connect to a team workspace</source>
            <translation>Mit einem Team-Arbeitsbereich verbinden</translation>
        </message>
        <message>
            <source>Open a workspace shared by your team on a PostgreSQL server.</source>
            <translation>Einen Arbeitsbereich öffnen, den Ihr Team auf einem PostgreSQL-Server teilt.</translation>
        </message>
        <message>
            <source>This team workspace lives on your team's PostgreSQL server and is shared with everyone on the team. Opening another workspace replaces this window's contents; nothing is copied or deleted.</source>
            <translation>Dieser Team-Arbeitsbereich liegt auf dem PostgreSQL-Server Ihres Teams und wird mit allen im Team geteilt. Das Öffnen eines anderen Arbeitsbereichs ersetzt den Inhalt dieses Fensters; nichts wird kopiert oder gelöscht.</translation>
        </message>
        <message>
            <source>Team workspace:</source>
            <translation>Team-Arbeitsbereich:</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Datenbank:</translation>
        </message>
        <message>
            <source>Signed in as:</source>
            <translation>Angemeldet als:</translation>
        </message>
        <message>
            <source>Your role:</source>
            <translation>Ihre Rolle:</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>Überall</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Schritt hinzufügen</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Schritt entfernen</translation>
        </message>
        <message>
            <source>Move step up</source>
            <translation>Schritt nach oben verschieben</translation>
        </message>
        <message>
            <source>Move step down</source>
            <translation>Schritt nach unten verschieben</translation>
        </message>
        <message>
            <source>Save step</source>
            <translation>Schritt speichern</translation>
        </message>
        <message>
            <source>Sequence editor</source>
            <translation>Sequenzeditor</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::StageMappingPage</name>
        <message>
            <source>Hiring stages</source>
            <translation>Einstellungsphasen</translation>
        </message>
        <message>
            <source>&amp;Download from SmartRecruiters</source>
            <translation>Von SmartRecruiters &amp;herunterladen</translation>
        </message>
        <message>
            <source>Download the hiring stages from SmartRecruiters</source>
            <translation>Die Einstellungsphasen von SmartRecruiters herunterladen</translation>
        </message>
        <message>
            <source>S&amp;uggest</source>
            <translation>&amp;Vorschlagen</translation>
        </message>
        <message>
            <source>Suggest a pipeline status for every unmapped stage</source>
            <translation>Für jede nicht zugeordnete Phase einen Pipeline-Status vorschlagen</translation>
        </message>
        <message>
            <source>C&amp;lear flag</source>
            <translation>&amp;Markierung entfernen</translation>
        </message>
        <message>
            <source>Accept the change SmartRecruiters made to the selected stage</source>
            <translation>Die Änderung übernehmen, die SmartRecruiters an der ausgewählten Phase vorgenommen hat</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Ver&amp;werfen</translation>
        </message>
        <message>
            <source>Drop the unsaved stage mapping changes</source>
            <translation>Die ungespeicherten Änderungen an der Phasenzuordnung verwerfen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save the stage mapping</source>
            <translation>Die Phasenzuordnung speichern</translation>
        </message>
        <message>
            <source>Hiring stages status</source>
            <translation>Status der Einstellungsphasen</translation>
        </message>
        <message>
            <source>About hiring stages</source>
            <translation>Über Einstellungsphasen</translation>
        </message>
        <message>
            <source>Map every SmartRecruiters hiring stage to a Sourcedesk pipeline status. The stage sync then moves campaign members when their application moves in SmartRecruiters. Every stage must be mapped before the mapping can be saved.</source>
            <translation>Ordnen Sie jede SmartRecruiters-Einstellungsphase einem Sourcedesk-Pipeline-Status zu. Die Phasensynchronisierung verschiebt dann Kampagnenmitglieder, wenn sich ihre Bewerbung in SmartRecruiters bewegt. Jede Phase muss zugeordnet sein, bevor die Zuordnung gespeichert werden kann.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>SmartRecruiters status</source>
            <translation>SmartRecruiters-Status</translation>
        </message>
        <message>
            <source>Pipeline status</source>
            <translation>Pipeline-Status</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Download the stages (%1)</source>
            <translation>Phasen herunterladen (%1)</translation>
        </message>
        <message>
            <source>Save (%1)</source>
            <translation>Speichern (%1)</translation>
        </message>
        <message>
            <source>Pushing back: stage used for each status</source>
            <translation>Zurückübertragen: verwendete Phase je Status</translation>
        </message>
        <message>
            <source>Stage used for each status when pushing back</source>
            <translation>Beim Zurückübertragen verwendete Phase je Status</translation>
        </message>
        <message>
            <source>When several stages map to one status, a change made in Sourcedesk is pushed to SmartRecruiters as this stage.</source>
            <translation>Wenn mehrere Phasen einem Status zugeordnet sind, wird eine in Sourcedesk vorgenommene Änderung als diese Phase an SmartRecruiters übertragen.</translation>
        </message>
        <message>
            <source>Stage pushed for %1</source>
            <translation>Übertragene Phase für %1</translation>
        </message>
        <message>
            <source>The hiring stages could not be read: %1</source>
            <translation>Die Einstellungsphasen konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>No stages yet. Download them from SmartRecruiters.</source>
            <translation>Noch keine Phasen. Laden Sie sie von SmartRecruiters herunter.</translation>
        </message>
        <message>
            <source>Main statuses (every hiring process)</source>
            <translation>Hauptstatus (jeder Einstellungsprozess)</translation>
        </message>
        <message>
            <source>Hiring process: %1</source>
            <translation>Einstellungsprozess: %1</translation>
        </message>
        <message>
            <source>Changed in SmartRecruiters: %1. Select the stage and click Clear flag once you have checked its mapping.</source>
            <translation>In SmartRecruiters geändert: %1. Wählen Sie die Phase aus und klicken Sie auf „Markierung entfernen“, sobald Sie ihre Zuordnung geprüft haben.</translation>
        </message>
        <message>
            <source>Pipeline status for %1</source>
            <translation>Pipeline-Status für %1</translation>
        </message>
        <message>
            <source>— Not mapped —</source>
            <translation>— Nicht zugeordnet —</translation>
        </message>
        <message>
            <source>(the only or main stage)</source>
            <translation>(die einzige oder Hauptphase)</translation>
        </message>
        <message>
            <source>Only needed when several stages map to this status.</source>
            <translation>Nur nötig, wenn mehrere Phasen diesem Status zugeordnet sind.</translation>
        </message>
        <message>
            <source>Connect on Settings → Integration: SmartRecruiters first.</source>
            <translation>Verbinden Sie sich zuerst unter Einstellungen → Integration: SmartRecruiters.</translation>
        </message>
        <message>
            <source>Not connected to SmartRecruiters. Connect on Settings → Integration: SmartRecruiters, then download the stages.</source>
            <translation>Nicht mit SmartRecruiters verbunden. Verbinden Sie sich unter Einstellungen → Integration: SmartRecruiters und laden Sie dann die Phasen herunter.</translation>
        </message>
        <message>
            <source>Downloading the hiring stages from SmartRecruiters…</source>
            <translation>Einstellungsphasen werden von SmartRecruiters heruntergeladen…</translation>
        </message>
        <message>
            <source>The stages could not be downloaded: %1</source>
            <translation>Die Phasen konnten nicht heruntergeladen werden: %1</translation>
        </message>
        <message>
            <source>The downloaded stages could not be stored: %1</source>
            <translation>Die heruntergeladenen Phasen konnten nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Downloaded: the stages are the same as in SmartRecruiters.</source>
            <translation>Heruntergeladen: Die Phasen entsprechen denen in SmartRecruiters.</translation>
        </message>
        <message>
            <source>Downloaded: %1 new, %2 renamed, %3 no longer in SmartRecruiters, %4 back. Map the new stages and check the highlighted ones.</source>
            <translation>Heruntergeladen: %1 neu, %2 umbenannt, %3 nicht mehr in SmartRecruiters, %4 wieder da. Ordnen Sie die neuen Phasen zu und prüfen Sie die hervorgehobenen.</translation>
        </message>
        <message>
            <source>Suggested a status for %1 unmapped stages. Check them, then save.</source>
            <translation>Für %1 nicht zugeordnete Phasen wurde ein Status vorgeschlagen. Prüfen Sie sie und speichern Sie dann.</translation>
        </message>
        <message>
            <source>Every stage is already mapped.</source>
            <translation>Jede Phase ist bereits zugeordnet.</translation>
        </message>
        <message>
            <source>Not saved: %1 stages are not mapped yet.</source>
            <translation>Nicht gespeichert: %1 Phasen sind noch nicht zugeordnet.</translation>
        </message>
        <message>
            <source>Stage mapping not saved</source>
            <translation>Phasenzuordnung nicht gespeichert</translation>
        </message>
        <message>
            <source>Nothing was saved. Every stage needs a pipeline status; these have none:

%1

Choose one for each, or click Suggest.</source>
            <translation>Es wurde nichts gespeichert. Jede Phase benötigt einen Pipeline-Status; diese haben keinen:

%1

Wählen Sie für jede einen aus oder klicken Sie auf „Vorschlagen“.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Nothing was saved: %1</source>
            <translation>Es wurde nichts gespeichert: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>The mapping was saved, but not every preferred stage: %1</source>
            <translation>Die Zuordnung wurde gespeichert, aber nicht jede bevorzugte Phase: %1</translation>
        </message>
        <message>
            <source>Unsaved changes dropped.</source>
            <translation>Ungespeicherte Änderungen verworfen.</translation>
        </message>
        <message>
            <source>The flag could not be cleared: %1</source>
            <translation>Die Markierung konnte nicht entfernt werden: %1</translation>
        </message>
        <message>
            <source>Flag cleared.</source>
            <translation>Markierung entfernt.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::StageSyncPanel</name>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Stage sync settings</source>
            <translation>Einstellungen der Phasensynchronisierung</translation>
        </message>
        <message>
            <source>Next stage sync</source>
            <translation>Nächste Phasensynchronisierung</translation>
        </message>
        <message>
            <source>S&amp;ync stages now</source>
            <translation>Phasen jetzt s&amp;ynchronisieren</translation>
        </message>
        <message>
            <source>Sync the hiring stages from SmartRecruiters now</source>
            <translation>Die Einstellungsphasen jetzt von SmartRecruiters synchronisieren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel the stage sync</source>
            <translation>Die Phasensynchronisierung abbrechen</translation>
        </message>
        <message>
            <source>Stage sync progress</source>
            <translation>Fortschritt der Phasensynchronisierung</translation>
        </message>
        <message>
            <source>Last stage sync</source>
            <translation>Letzte Phasensynchronisierung</translation>
        </message>
        <message>
            <source>Stage drift</source>
            <translation>Phasenabweichungen</translation>
        </message>
        <message>
            <source>Stage sync</source>
            <translation>Phasensynchronisierung</translation>
        </message>
        <message>
            <source>These settings are edited with the other sync settings on Settings → SmartRecruiters sync (team defaults).</source>
            <translation>Diese Einstellungen werden zusammen mit den anderen Synchronisierungseinstellungen unter Einstellungen → SmartRecruiters-Synchronisierung (Teamstandards) bearbeitet.</translation>
        </message>
        <message>
            <source>Where to edit the stage sync settings</source>
            <translation>Wo die Einstellungen der Phasensynchronisierung bearbeitet werden</translation>
        </message>
        <message>
            <source>Sync stages now (%1)</source>
            <translation>Phasen jetzt synchronisieren (%1)</translation>
        </message>
        <message>
            <source>Applications whose SmartRecruiters stage could not be applied, and members out of step</source>
            <translation>Bewerbungen, deren SmartRecruiters-Phase nicht übernommen werden konnte, und nicht synchrone Mitglieder</translation>
        </message>
        <message>
            <source>Syncing the stages…</source>
            <translation>Phasen werden synchronisiert…</translation>
        </message>
        <message>
            <source>The stage sync settings could not be read: %1</source>
            <translation>Die Einstellungen der Phasensynchronisierung konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Synchronize hiring stages: %1</source>
            <translation>Einstellungsphasen synchronisieren: %1</translation>
        </message>
        <message>
            <source>Daily at %1 (%2)</source>
            <translation>Täglich um %1 (%2)</translation>
        </message>
        <message>
            <source>Since: %1</source>
            <translation>Seit: %1</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nicht festgelegt</translation>
        </message>
        <message>
            <source>Only applications made after stage sync was turned on: %1</source>
            <translation>Nur Bewerbungen nach Aktivierung der Phasensynchronisierung: %1</translation>
        </message>
        <message>
            <source>Push pipeline changes back to SmartRecruiters: %1</source>
            <translation>Pipeline-Änderungen zurück an SmartRecruiters übertragen: %1</translation>
        </message>
        <message>
            <source>The stage sync is not available in this window.</source>
            <translation>Die Phasensynchronisierung ist in diesem Fenster nicht verfügbar.</translation>
        </message>
        <message>
            <source>Scheduled runs are off in this window.</source>
            <translation>Geplante Läufe sind in diesem Fenster ausgeschaltet.</translation>
        </message>
        <message>
            <source>Stage sync is turned off.</source>
            <translation>Die Phasensynchronisierung ist ausgeschaltet.</translation>
        </message>
        <message>
            <source>Running now.</source>
            <translation>Läuft gerade.</translation>
        </message>
        <message>
            <source>Next run: %1</source>
            <translation>Nächster Lauf: %1</translation>
        </message>
        <message>
            <source>The last stage sync could not be read: %1</source>
            <translation>Die letzte Phasensynchronisierung konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>The stages have not been synced yet.</source>
            <translation>Die Phasen wurden noch nicht synchronisiert.</translation>
        </message>
        <message>
            <source>Last run: %1 applications read, %2 members moved, %3 stage drift.</source>
            <translation>Letzter Lauf: %1 Bewerbungen gelesen, %2 Mitglieder verschoben, %3 Phasenabweichungen.</translation>
        </message>
        <message>
            <source>The last run did not finish.</source>
            <translation>Der letzte Lauf wurde nicht abgeschlossen.</translation>
        </message>
        <message>
            <source>Last run (%1) was cancelled.</source>
            <translation>Der letzte Lauf (%1) wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Last run (%1) failed: %2</source>
            <translation>Der letzte Lauf (%1) ist fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Last run (%1): %2 applications read, %3 members moved, %4 stage drift, %5 new stages.</source>
            <translation>Letzter Lauf (%1): %2 Bewerbungen gelesen, %3 Mitglieder verschoben, %4 Phasenabweichungen, %5 neue Phasen.</translation>
        </message>
        <message>
            <source>%1 › %2</source>
            <translation>%1 › %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>SmartRecruiters candidate %1, job %2</source>
            <translation>SmartRecruiters-Kandidat %1, Stelle %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Out of step with SmartRecruiters after the run: %1 (see the reconciliation view).</source>
            <translation>Nach dem Lauf nicht synchron mit SmartRecruiters: %1 (siehe Abgleichsansicht).</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::StageSyncParts</name>
        <message>
            <source>Hiring stages</source>
            <translation>Einstellungsphasen</translation>
        </message>
        <message>
            <source>Syncing hiring stages from SmartRecruiters…</source>
            <translation>Einstellungsphasen werden von SmartRecruiters synchronisiert…</translation>
        </message>
        <message>
            <source>Syncing hiring stages from SmartRecruiters… %1 of %2</source>
            <translation>Einstellungsphasen werden von SmartRecruiters synchronisiert… %1 von %2</translation>
        </message>
        <message>
            <source>Hiring stages synced: %1 members moved, %2 stage drift.</source>
            <translation>Einstellungsphasen synchronisiert: %1 Mitglieder verschoben, %2 Phasenabweichungen.</translation>
        </message>
        <message>
            <source>The stage sync did not finish: %1</source>
            <translation>Die Phasensynchronisierung wurde nicht abgeschlossen: %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::StepForm</name>
        <message>
            <source>Automatic email</source>
            <translation>Automatische E-Mail</translation>
        </message>
        <message>
            <source>Manual email</source>
            <translation>Manuelle E-Mail</translation>
        </message>
        <message>
            <source>LinkedIn connection request</source>
            <translation>LinkedIn-Kontaktanfrage</translation>
        </message>
        <message>
            <source>LinkedIn message / InMail</source>
            <translation>LinkedIn-Nachricht / InMail</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Anruf</translation>
        </message>
        <message>
            <source>Custom task</source>
            <translation>Benutzerdefinierte Aufgabe</translation>
        </message>
        <message>
            <source>midnight</source>
            <translation>Mitternacht</translation>
        </message>
        <message>
            <source>Mon–Fri %1–%2</source>
            <translation>Mo–Fr %1–%2</translation>
        </message>
        <message>
            <source>%1 %2–%3</source>
            <translation>%1 %2–%3</translation>
        </message>
        <message>
            <source>Step kind</source>
            <translation>Schrittart</translation>
        </message>
        <message>
            <source>Delay in business days</source>
            <translation>Verzögerung in Werktagen</translation>
        </message>
        <message>
            <source>Send window from</source>
            <translation>Sendefenster von</translation>
        </message>
        <message>
            <source>Send window to</source>
            <translation>Sendefenster bis</translation>
        </message>
        <message>
            <source>Email subject</source>
            <translation>E-Mail-Betreff</translation>
        </message>
        <message>
            <source>Email body</source>
            <translation>E-Mail-Text</translation>
        </message>
        <message>
            <source>Insert placeholder</source>
            <translation>Platzhalter einfügen</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source> business days</source>
            <translation> Werktage</translation>
        </message>
        <message>
            <source>Send on %1</source>
            <translation>Senden am %1</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Custom field…</source>
            <translation>Benutzerdefiniertes Feld…</translation>
        </message>
        <message>
            <source>&amp;Insert placeholder</source>
            <translation>Platzhalter &amp;einfügen</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Art:</translation>
        </message>
        <message>
            <source>&amp;Delay:</source>
            <translation>&amp;Verzögerung:</translation>
        </message>
        <message>
            <source>Send on:</source>
            <translation>Senden am:</translation>
        </message>
        <message>
            <source>Between:</source>
            <translation>Zwischen:</translation>
        </message>
        <message>
            <source>S&amp;ubject:</source>
            <translation>&amp;Betreff:</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>&amp;Text:</translation>
        </message>
        <message>
            <source>Hi {first_name}, …</source>
            <translation>Hallo {first_name}, …</translation>
        </message>
        <message>
            <source>What to do for this step</source>
            <translation>Was für diesen Schritt zu tun ist</translation>
        </message>
        <message>
            <source>Custom field</source>
            <translation>Benutzerdefiniertes Feld</translation>
        </message>
        <message>
            <source>Name of the custom field:</source>
            <translation>Name des benutzerdefinierten Felds:</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncHub</name>
        <message numerus="yes">
            <source>%n SmartRecruiters updates queued</source>
            <translation>
                <numerusform>%n SmartRecruiters-Aktualisierung eingereiht</numerusform>
                <numerusform>%n SmartRecruiters-Aktualisierungen eingereiht</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for the candidate to be created</source>
            <translation>
                <numerusform>%n wartet auf die Erstellung des Kandidaten</numerusform>
                <numerusform>%n warten auf die Erstellung des Kandidaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not sent under the sync settings</source>
            <translation>
                <numerusform>%n gemäß den Synchronisierungseinstellungen nicht gesendet</numerusform>
                <numerusform>%n gemäß den Synchronisierungseinstellungen nicht gesendet</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to send to SmartRecruiters.</source>
            <translation>Nichts an SmartRecruiters zu senden.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncLabels</name>
        <message>
            <source>Contact settings</source>
            <translation>Kontakteinstellungen</translation>
        </message>
        <message>
            <source>Keep SmartRecruiters up to date with the changes your team makes in Sourcedesk.</source>
            <translation>SmartRecruiters mit den Änderungen, die Ihr Team in Sourcedesk vornimmt, auf dem neuesten Stand halten.</translation>
        </message>
        <message>
            <source>Adding to SmartRecruiters</source>
            <translation>Hinzufügen zu SmartRecruiters</translation>
        </message>
        <message>
            <source>When a sourced person becomes a candidate in SmartRecruiters, and where they come from.</source>
            <translation>Wann eine gefundene Person Kandidat in SmartRecruiters wird und woher sie kommt.</translation>
        </message>
        <message>
            <source>Candidate fields</source>
            <translation>Kandidatenfelder</translation>
        </message>
        <message>
            <source>Which SmartRecruiters fields recruiters see and must fill before a candidate is pushed.</source>
            <translation>Welche SmartRecruiters-Felder Recruiter sehen und ausfüllen müssen, bevor ein Kandidat übertragen wird.</translation>
        </message>
        <message>
            <source>Activity notes</source>
            <translation>Aktivitätsnotizen</translation>
        </message>
        <message>
            <source>Which outreach activities become notes on the candidate in SmartRecruiters, and who sees them.</source>
            <translation>Welche Ansprache-Aktivitäten zu Notizen beim Kandidaten in SmartRecruiters werden und wer sie sieht.</translation>
        </message>
        <message>
            <source>Contact fields mapping</source>
            <translation>Feldzuordnung für Kontakte</translation>
        </message>
        <message>
            <source>Which Sourcedesk field or template fills each SmartRecruiters field. Only change it when values do not arrive in SmartRecruiters as expected.</source>
            <translation>Welches Sourcedesk-Feld oder welche Vorlage jedes SmartRecruiters-Feld füllt. Ändern Sie dies nur, wenn Werte nicht wie erwartet in SmartRecruiters ankommen.</translation>
        </message>
        <message>
            <source>Job information</source>
            <translation>Stelleninformationen</translation>
        </message>
        <message>
            <source>Offer only the jobs with these statuses when linking a campaign.</source>
            <translation>Beim Verknüpfen einer Kampagne nur Stellen mit diesen Status anbieten.</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Tag candidates in SmartRecruiters with their campaign and outcome.</source>
            <translation>Kandidaten in SmartRecruiters mit ihrer Kampagne und ihrem Ergebnis taggen.</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <source>Hold candidates back until they agreed to be kept on file.</source>
            <translation>Kandidaten zurückhalten, bis sie der Speicherung ihrer Daten zugestimmt haben.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Anhänge</translation>
        </message>
        <message>
            <source>Send the files attached to a candidate (CVs, notes).</source>
            <translation>Die einem Kandidaten angehängten Dateien (Lebensläufe, Notizen) senden.</translation>
        </message>
        <message>
            <source>Hiring stages</source>
            <translation>Einstellungsphasen</translation>
        </message>
        <message>
            <source>Bring the hiring stages of SmartRecruiters back into the campaigns once a day.</source>
            <translation>Die Einstellungsphasen von SmartRecruiters einmal täglich in die Kampagnen zurückholen.</translation>
        </message>
        <message>
            <source>Other settings</source>
            <translation>Weitere Einstellungen</translation>
        </message>
        <message>
            <source>Send the changes recruiters make to name, company, role, location and the other contact fields to SmartRecruiters.</source>
            <translation>Die Änderungen, die Recruiter an Name, Unternehmen, Rolle, Standort und den anderen Kontaktfeldern vornehmen, an SmartRecruiters senden.</translation>
        </message>
        <message>
            <source>When a campaign member is created as a candidate in SmartRecruiters.</source>
            <translation>Wann ein Kampagnenmitglied als Kandidat in SmartRecruiters erstellt wird.</translation>
        </message>
        <message>
            <source>With "when they reply" or "when they are interested", write notes only on candidates Sourcedesk created or linked, not on records that merely match.</source>
            <translation>Bei „erst bei Antwort“ oder „erst bei Interesse“ Notizen nur bei Kandidaten schreiben, die Sourcedesk erstellt oder verknüpft hat, nicht bei Datensätzen, die lediglich übereinstimmen.</translation>
        </message>
        <message>
            <source>sourceTypeId/sourceSubTypeId/sourceId of the candidate source in SmartRecruiters; empty for SmartRecruiters' default source.</source>
            <translation>sourceTypeId/sourceSubTypeId/sourceId der Kandidatenquelle in SmartRecruiters; leer für die Standardquelle von SmartRecruiters.</translation>
        </message>
        <message>
            <source>SmartRecruiters fields recruiters can fill for a candidate before the push.</source>
            <translation>SmartRecruiters-Felder, die Recruiter vor der Übertragung für einen Kandidaten ausfüllen können.</translation>
        </message>
        <message>
            <source>Fields that must be filled before a candidate is pushed. First name, last name and email are always required by SmartRecruiters.</source>
            <translation>Felder, die ausgefüllt sein müssen, bevor ein Kandidat übertragen wird. Vorname, Nachname und E-Mail verlangt SmartRecruiters immer.</translation>
        </message>
        <message>
            <source>SmartRecruiters fields offered as filters when searching the ATS.</source>
            <translation>SmartRecruiters-Felder, die bei der Suche im ATS als Filter angeboten werden.</translation>
        </message>
        <message>
            <source>Outreach types that create a note on the candidate.</source>
            <translation>Ansprachetypen, die eine Notiz beim Kandidaten erstellen.</translation>
        </message>
        <message>
            <source>The note text. Placeholders: {activity}, {campaign}, {subject}, {body}, {author}, {date}, {status}, {job} and candidate fields such as {firstName}.</source>
            <translation>Der Notiztext. Platzhalter: {activity}, {campaign}, {subject}, {body}, {author}, {date}, {status}, {job} und Kandidatenfelder wie {firstName}.</translation>
        </message>
        <message>
            <source>Who in SmartRecruiters can read the notes.</source>
            <translation>Wer in SmartRecruiters die Notizen lesen kann.</translation>
        </message>
        <message>
            <source>SmartRecruiters user ids the notes are shared with, separated by commas.</source>
            <translation>SmartRecruiters-Benutzer-IDs, mit denen die Notizen geteilt werden, durch Kommas getrennt.</translation>
        </message>
        <message>
            <source>Only jobs with these statuses are offered when linking a campaign to a job.</source>
            <translation>Beim Verknüpfen einer Kampagne mit einer Stelle werden nur Stellen mit diesen Status angeboten.</translation>
        </message>
        <message>
            <source>The tag. Placeholders: {campaign}, {status}, {job} and candidate fields.</source>
            <translation>Das Tag. Platzhalter: {campaign}, {status}, {job} und Kandidatenfelder.</translation>
        </message>
        <message>
            <source>Add a tag with the campaign and the outcome to each candidate.</source>
            <translation>Jedem Kandidaten ein Tag mit der Kampagne und dem Ergebnis hinzufügen.</translation>
        </message>
        <message>
            <source>Do not push a candidate whose consent is not granted.</source>
            <translation>Einen Kandidaten ohne erteilte Einwilligung nicht übertragen.</translation>
        </message>
        <message>
            <source>Consent text sent with the candidate. Placeholders: {date}, {method}, {state}.</source>
            <translation>Mit dem Kandidaten gesendeter Einwilligungstext. Platzhalter: {date}, {method}, {state}.</translation>
        </message>
        <message>
            <source>Upload the files attached to a candidate in Sourcedesk.</source>
            <translation>Die einem Kandidaten in Sourcedesk angehängten Dateien hochladen.</translation>
        </message>
        <message>
            <source>Read the candidates' hiring stages from SmartRecruiters every day.</source>
            <translation>Die Einstellungsphasen der Kandidaten täglich aus SmartRecruiters lesen.</translation>
        </message>
        <message>
            <source>When the daily stage sync runs (24-hour time).</source>
            <translation>Wann die tägliche Phasensynchronisierung läuft (24-Stunden-Format).</translation>
        </message>
        <message>
            <source>The time zone of the daily run, e.g. Europe/Paris.</source>
            <translation>Die Zeitzone des täglichen Laufs, z. B. Europe/Paris.</translation>
        </message>
        <message>
            <source>Ignore applications older than this date (yyyy-MM-dd); empty for all.</source>
            <translation>Bewerbungen ignorieren, die älter als dieses Datum sind (yyyy-MM-dd); leer für alle.</translation>
        </message>
        <message>
            <source>Only applications made after the stage sync was turned on.</source>
            <translation>Nur Bewerbungen, die nach dem Einschalten der Phasensynchronisierung eingereicht wurden.</translation>
        </message>
        <message>
            <source>Send pipeline changes made in Sourcedesk back to SmartRecruiters.</source>
            <translation>In Sourcedesk vorgenommene Pipeline-Änderungen zurück an SmartRecruiters senden.</translation>
        </message>
        <message>
            <source>When added to a campaign</source>
            <translation>Beim Hinzufügen zu einer Kampagne</translation>
        </message>
        <message>
            <source>Only when they reply</source>
            <translation>Erst bei Antwort</translation>
        </message>
        <message>
            <source>Only when they are interested</source>
            <translation>Erst bei Interesse</translation>
        </message>
        <message>
            <source>Don't add this contact</source>
            <translation>Diesen Kontakt nicht hinzufügen</translation>
        </message>
        <message>
            <source>Everyone who can see the candidate</source>
            <translation>Alle, die den Kandidaten sehen können</translation>
        </message>
        <message>
            <source>The hiring team</source>
            <translation>Das Einstellungsteam</translation>
        </message>
        <message>
            <source>Only the users below</source>
            <translation>Nur die unten aufgeführten Benutzer</translation>
        </message>
        <message>
            <source>Status change</source>
            <translation>Statusänderung</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Sourcing</source>
            <translation>Sourcing</translation>
        </message>
        <message>
            <source>Filled</source>
            <translation>Besetzt</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Interview</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Angebot</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Sub-status</source>
            <translation>Unterstatus</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Consent status</source>
            <translation>Einwilligungsstatus</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Average rating</source>
            <translation>Durchschnittliche Bewertung</translation>
        </message>
        <message>
            <source>Updated after</source>
            <translation>Aktualisiert nach</translation>
        </message>
        <message>
            <source>Onboarding status</source>
            <translation>Onboarding-Status</translation>
        </message>
        <message>
            <source>Always update</source>
            <translation>Immer aktualisieren</translation>
        </message>
        <message>
            <source>Only update if blank</source>
            <translation>Nur aktualisieren, wenn leer</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncLogView</name>
        <message>
            <source>Sync log</source>
            <translation>Synchronisierungsprotokoll</translation>
        </message>
        <message>
            <source>Sync counts</source>
            <translation>Synchronisierungszähler</translation>
        </message>
        <message>
            <source>Show jobs</source>
            <translation>Aufträge anzeigen</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs</source>
            <translation>SmartRecruiters-Aufträge</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Retry the selected jobs</source>
            <translation>Ausgewählte Aufträge wiederholen</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>Ü&amp;berspringen</translation>
        </message>
        <message>
            <source>Skip the selected jobs</source>
            <translation>Ausgewählte Aufträge überspringen</translation>
        </message>
        <message>
            <source>&amp;Details…</source>
            <translation>&amp;Details…</translation>
        </message>
        <message>
            <source>Show the selected job in full</source>
            <translation>Den ausgewählten Auftrag vollständig anzeigen</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <source>Refresh the sync log</source>
            <translation>Synchronisierungsprotokoll aktualisieren</translation>
        </message>
        <message>
            <source>All jobs</source>
            <translation>Alle Aufträge</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Erfordert Aufmerksamkeit</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Wartet auf Versand</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Zurückgehalten</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Send the selected jobs again now (%1)</source>
            <translation>Die ausgewählten Aufträge jetzt erneut senden (%1)</translation>
        </message>
        <message>
            <source>Do not send the selected jobs (%1)</source>
            <translation>Die ausgewählten Aufträge nicht senden (%1)</translation>
        </message>
        <message>
            <source>The sync log could not be read: %1</source>
            <translation>Das Synchronisierungsprotokoll konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>An&amp;zeigen:</translation>
        </message>
        <message>
            <source>SmartRecruiters history of %1</source>
            <translation>SmartRecruiters-Verlauf von %1</translation>
        </message>
        <message>
            <source>%1 waiting · %2 need attention</source>
            <translation>%1 wartend · %2 erfordern Aufmerksamkeit</translation>
        </message>
        <message>
            <source>The counts could not be read: %1</source>
            <translation>Die Zähler konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>%1 waiting · %2 need attention · %3 held · %4 sent · %5 skipped</source>
            <translation>%1 wartend · %2 erfordern Aufmerksamkeit · %3 zurückgehalten · %4 gesendet · %5 übersprungen</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Skip jobs</source>
            <translation>Aufträge überspringen</translation>
        </message>
        <message numerus="yes">
            <source>Skip %n jobs? They will not be sent to SmartRecruiters; later jobs of the same candidates can go ahead.</source>
            <translation>
                <numerusform>%n Auftrag überspringen? Er wird nicht an SmartRecruiters gesendet; spätere Aufträge derselben Kandidaten können fortfahren.</numerusform>
                <numerusform>%n Aufträge überspringen? Sie werden nicht an SmartRecruiters gesendet; spätere Aufträge derselben Kandidaten können fortfahren.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncNotifier</name>
        <message>
            <source>Sourcedesk: SmartRecruiters sync</source>
            <translation>Sourcedesk: SmartRecruiters-Synchronisierung</translation>
        </message>
        <message>
            <source>SmartRecruiters sync</source>
            <translation>SmartRecruiters-Synchronisierung</translation>
        </message>
        <message numerus="yes">
            <source>%n need attention. Click to open the sync log.</source>
            <translation>
                <numerusform>%n erfordert Aufmerksamkeit. Klicken Sie, um das Synchronisierungsprotokoll zu öffnen.</numerusform>
                <numerusform>%n erfordern Aufmerksamkeit. Klicken Sie, um das Synchronisierungsprotokoll zu öffnen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hiring stages synced</source>
            <translation>Einstellungsphasen synchronisiert</translation>
        </message>
        <message>
            <source>%1 members moved, %2 stage drift. Click to open the sync log.</source>
            <translation>%1 Mitglieder verschoben, %2 Phasenabweichungen. Klicken Sie, um das Synchronisierungsprotokoll zu öffnen.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncOverridesDialog</name>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Campaign sync settings</source>
            <translation>Synchronisierungseinstellungen der Kampagne</translation>
        </message>
        <message>
            <source>SmartRecruiters sync for “%1”</source>
            <translation>SmartRecruiters-Synchronisierung für „%1“</translation>
        </message>
        <message>
            <source>What this campaign does differently from your settings. Reset a row to use your setting again; settings your team admin locked cannot be changed here.</source>
            <translation>Was diese Kampagne anders macht als Ihre Einstellungen. Setzen Sie eine Zeile zurück, um wieder Ihre Einstellung zu verwenden; von Ihrem Team-Administrator gesperrte Einstellungen können hier nicht geändert werden.</translation>
        </message>
        <message>
            <source>Save or cancel</source>
            <translation>Speichern oder abbrechen</translation>
        </message>
        <message>
            <source>Nothing was saved: %1</source>
            <translation>Es wurde nichts gespeichert: %1</translation>
        </message>
        <message>
            <source>Unsaved sync settings</source>
            <translation>Ungespeicherte Synchronisierungseinstellungen</translation>
        </message>
        <message>
            <source>Drop the changes to this campaign's sync settings?</source>
            <translation>Die Änderungen an den Synchronisierungseinstellungen dieser Kampagne verwerfen?</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncSettingsEditor</name>
        <message>
            <source>Problems with stored settings</source>
            <translation>Probleme mit gespeicherten Einstellungen</translation>
        </message>
        <message>
            <source>SmartRecruiters sync settings</source>
            <translation>SmartRecruiters-Synchronisierungseinstellungen</translation>
        </message>
        <message>
            <source>Sync settings</source>
            <translation>Synchronisierungseinstellungen</translation>
        </message>
        <message>
            <source>Where %1 comes from</source>
            <translation>Woher %1 kommt</translation>
        </message>
        <message>
            <source>Reset %1</source>
            <translation>%1 zurücksetzen</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Sperren</translation>
        </message>
        <message>
            <source>Lock %1</source>
            <translation>%1 sperren</translation>
        </message>
        <message>
            <source>Locked: everyone uses the team value; users, campaigns and candidates cannot change it.</source>
            <translation>Gesperrt: Alle verwenden den Teamwert; Benutzer, Kampagnen und Kandidaten können ihn nicht ändern.</translation>
        </message>
        <message>
            <source>The sync settings could not be read: %1</source>
            <translation>Die Synchronisierungseinstellungen konnten nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>%1 (locked)</source>
            <translation>%1 (gesperrt)</translation>
        </message>
        <message>
            <source>%1 (not saved)</source>
            <translation>%1 (nicht gespeichert)</translation>
        </message>
        <message>
            <source>%1 (after saving)</source>
            <translation>%1 (nach dem Speichern)</translation>
        </message>
        <message>
            <source>Only the team admin can change this (Team defaults).</source>
            <translation>Nur der Team-Administrator kann dies ändern (Teamstandards).</translation>
        </message>
        <message>
            <source>Back to the built-in default</source>
            <translation>Zurück zum integrierten Standard</translation>
        </message>
        <message>
            <source>Use the value from the layer below</source>
            <translation>Den Wert der darunterliegenden Ebene verwenden</translation>
        </message>
        <message>
            <source>Who locked or set %1</source>
            <translation>Wer %1 gesperrt oder festgelegt hat</translation>
        </message>
        <message>
            <source>Company policy</source>
            <translation>Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>%1: nobody can change this setting here.</source>
            <translation>%1: Niemand kann diese Einstellung hier ändern.</translation>
        </message>
        <message>
            <source>%1: it applies over the team defaults; users may still choose their own where allowed.</source>
            <translation>%1: Sie hat Vorrang vor den Teamstandards; Benutzer können, wo erlaubt, trotzdem ihren eigenen Wert wählen.</translation>
        </message>
        <message>
            <source>%1: the setting is locked, everyone uses the team value.</source>
            <translation>%1: Die Einstellung ist gesperrt, alle verwenden den Teamwert.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncSettingsPage</name>
        <message>
            <source>Settings for</source>
            <translation>Einstellungen für</translation>
        </message>
        <message>
            <source>Sync settings status</source>
            <translation>Status der Synchronisierungseinstellungen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save the sync settings</source>
            <translation>Die Synchronisierungseinstellungen speichern</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Ver&amp;werfen</translation>
        </message>
        <message>
            <source>Drop the unsaved changes</source>
            <translation>Die ungespeicherten Änderungen verwerfen</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>Export these settings to a file</source>
            <translation>Diese Einstellungen in eine Datei exportieren</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Import settings from a file</source>
            <translation>Einstellungen aus einer Datei importieren</translation>
        </message>
        <message>
            <source>SmartRecruiters sync settings</source>
            <translation>SmartRecruiters-Synchronisierungseinstellungen</translation>
        </message>
        <message>
            <source>Team defaults (admin)</source>
            <translation>Teamstandards (Administrator)</translation>
        </message>
        <message>
            <source>My settings</source>
            <translation>Meine Einstellungen</translation>
        </message>
        <message>
            <source>Team defaults apply to everyone unless they change them in their own settings; a locked team default applies to everyone.</source>
            <translation>Teamstandards gelten für alle, sofern diese sie nicht in ihren eigenen Einstellungen ändern; ein gesperrter Teamstandard gilt für alle.</translation>
        </message>
        <message>
            <source>How Sourcedesk keeps SmartRecruiters in step. Campaigns and candidates can override some of these on their own pages.</source>
            <translation>Wie Sourcedesk SmartRecruiters synchron hält. Kampagnen und Kandidaten können einige davon auf ihren eigenen Seiten überschreiben.</translation>
        </message>
        <message>
            <source>Save (%1)</source>
            <translation>Speichern (%1)</translation>
        </message>
        <message>
            <source>Settings &amp;for:</source>
            <translation>Einstellungen &amp;für:</translation>
        </message>
        <message>
            <source>Unsaved sync settings</source>
            <translation>Ungespeicherte Synchronisierungseinstellungen</translation>
        </message>
        <message>
            <source>Save the changes to the sync settings before switching?</source>
            <translation>Änderungen an den Synchronisierungseinstellungen vor dem Wechsel speichern?</translation>
        </message>
        <message>
            <source>You are editing the team defaults. Lock a setting to make everyone use it.</source>
            <translation>Sie bearbeiten die Teamstandards. Sperren Sie eine Einstellung, damit alle sie verwenden.</translation>
        </message>
        <message>
            <source>You are editing your own settings; they apply to your campaigns.</source>
            <translation>Sie bearbeiten Ihre eigenen Einstellungen; sie gelten für Ihre Kampagnen.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>Sync settings not saved</source>
            <translation>Synchronisierungseinstellungen nicht gespeichert</translation>
        </message>
        <message>
            <source>Nothing was saved. Fix these first:

%1</source>
            <translation>Es wurde nichts gespeichert. Beheben Sie zuerst Folgendes:

%1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Unsaved changes dropped.</source>
            <translation>Ungespeicherte Änderungen verworfen.</translation>
        </message>
        <message>
            <source>Export sync settings</source>
            <translation>Synchronisierungseinstellungen exportieren</translation>
        </message>
        <message>
            <source>Sync settings (*.json)</source>
            <translation>Synchronisierungseinstellungen (*.json)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The settings were not exported: %1</source>
            <translation>Die Einstellungen wurden nicht exportiert: %1</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Nach %1 exportiert.</translation>
        </message>
        <message>
            <source>Import sync settings</source>
            <translation>Synchronisierungseinstellungen importieren</translation>
        </message>
        <message>
            <source>Importing drops your unsaved changes. Continue?</source>
            <translation>Beim Importieren gehen Ihre ungespeicherten Änderungen verloren. Fortfahren?</translation>
        </message>
        <message>
            <source>Sync settings (*.json);;All files (*)</source>
            <translation>Synchronisierungseinstellungen (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>%1 is too large for a settings file.</source>
            <translation>%1 ist zu groß für eine Einstellungsdatei.</translation>
        </message>
        <message>
            <source>Nothing was imported; your settings are unchanged.

%1</source>
            <translation>Es wurde nichts importiert; Ihre Einstellungen sind unverändert.

%1</translation>
        </message>
        <message>
            <source>Imported %1.</source>
            <translation>%1 importiert.</translation>
        </message>
        <message>
            <source>Company policy</source>
            <translation>Unternehmensrichtlinie</translation>
        </message>
        <message>
            <source>The team defaults are read-only for you. %1</source>
            <translation>Die Teamstandards sind für Sie schreibgeschützt. %1</translation>
        </message>
        <message>
            <source>A teammate changed the sync settings. Save keeps your changes; Revert shows theirs.</source>
            <translation>Ein Teammitglied hat die Synchronisierungseinstellungen geändert. „Speichern“ behält Ihre Änderungen, „Verwerfen“ zeigt die des Teammitglieds.</translation>
        </message>
        <message>
            <source>Updated with a teammate's changes.</source>
            <translation>Mit den Änderungen eines Teammitglieds aktualisiert.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncStatusWidget</name>
        <message>
            <source>SmartRecruiters sync</source>
            <translation>SmartRecruiters-Synchronisierung</translation>
        </message>
        <message>
            <source>SmartRecruiters sync progress</source>
            <translation>Fortschritt der SmartRecruiters-Synchronisierung</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop sending to SmartRecruiters</source>
            <translation>Senden an SmartRecruiters beenden</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs that need attention</source>
            <translation>SmartRecruiters-Aufträge, die Aufmerksamkeit erfordern</translation>
        </message>
        <message>
            <source>SmartRecruiters connection</source>
            <translation>SmartRecruiters-Verbindung</translation>
        </message>
        <message>
            <source>SmartRecruiters sync status</source>
            <translation>Status der SmartRecruiters-Synchronisierung</translation>
        </message>
        <message>
            <source>Stop after the jobs in flight; the rest wait in the sync log.</source>
            <translation>Nach den laufenden Aufträgen anhalten; der Rest wartet im Synchronisierungsprotokoll.</translation>
        </message>
        <message>
            <source>Open the sync log on the jobs SmartRecruiters refused</source>
            <translation>Das Synchronisierungsprotokoll mit den von SmartRecruiters abgelehnten Aufträgen öffnen</translation>
        </message>
        <message>
            <source>Open the sync log (Ctrl+Shift+Y)</source>
            <translation>Synchronisierungsprotokoll öffnen (Strg+Umschalt+Y)</translation>
        </message>
        <message>
            <source>SmartRecruiters: connected</source>
            <translation>SmartRecruiters: verbunden</translation>
        </message>
        <message>
            <source>SmartRecruiters: offline</source>
            <translation>SmartRecruiters: offline</translation>
        </message>
        <message>
            <source>SmartRecruiters: not connected</source>
            <translation>SmartRecruiters: nicht verbunden</translation>
        </message>
        <message>
            <source>Sending to SmartRecruiters %1/%2</source>
            <translation>Senden an SmartRecruiters %1/%2</translation>
        </message>
        <message>
            <source>SmartRecruiters is up to date with what was queued.</source>
            <translation>SmartRecruiters ist auf dem Stand aller eingereihten Änderungen.</translation>
        </message>
        <message>
            <source>Stopped sending to SmartRecruiters; the rest waits in the sync log (Ctrl+Shift+Y) and goes with the next change.</source>
            <translation>Senden an SmartRecruiters angehalten; der Rest wartet im Synchronisierungsprotokoll (Strg+Umschalt+Y) und wird mit der nächsten Änderung gesendet.</translation>
        </message>
        <message numerus="yes">
            <source>%n need attention</source>
            <translation>
                <numerusform>%n erfordert Aufmerksamkeit</numerusform>
                <numerusform>%n erfordern Aufmerksamkeit</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncToolDocks</name>
        <message>
            <source>Review queue</source>
            <translation>Prüfliste</translation>
        </message>
        <message>
            <source>&amp;Review queue</source>
            <translation>&amp;Prüfliste</translation>
        </message>
        <message>
            <source>Possible matches in SmartRecruiters that wait for your decision</source>
            <translation>Mögliche Treffer in SmartRecruiters, die auf Ihre Entscheidung warten</translation>
        </message>
        <message>
            <source>Out of step</source>
            <translation>Nicht synchron</translation>
        </message>
        <message>
            <source>&amp;Out of step with SmartRecruiters</source>
            <translation>&amp;Nicht synchron mit SmartRecruiters</translation>
        </message>
        <message>
            <source>What differs between Sourcedesk and SmartRecruiters, with a fix</source>
            <translation>Was sich zwischen Sourcedesk und SmartRecruiters unterscheidet, mit Behebung</translation>
        </message>
        <message>
            <source>Search SmartRecruiters</source>
            <translation>SmartRecruiters durchsuchen</translation>
        </message>
        <message>
            <source>Search &amp;SmartRecruiters</source>
            <translation>&amp;SmartRecruiters durchsuchen</translation>
        </message>
        <message>
            <source>Find people in SmartRecruiters with the team's filterable fields</source>
            <translation>Personen in SmartRecruiters mit den filterbaren Feldern des Teams finden</translation>
        </message>
        <message>
            <source>Possible matches waiting for review</source>
            <translation>Mögliche Treffer, die auf Prüfung warten</translation>
        </message>
        <message>
            <source>Open the review queue (%1)</source>
            <translation>Prüfliste öffnen (%1)</translation>
        </message>
        <message>
            <source>100+ to review</source>
            <translation>100+ zu prüfen</translation>
        </message>
        <message numerus="yes">
            <source>%n to review</source>
            <translation>
                <numerusform>%n zu prüfen</numerusform>
                <numerusform>%n zu prüfen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncWindowParts</name>
        <message>
            <source>Sync log</source>
            <translation>Synchronisierungsprotokoll</translation>
        </message>
        <message>
            <source>Sync &amp;log</source>
            <translation>Synchronisierungs&amp;protokoll</translation>
        </message>
        <message>
            <source>What was sent to SmartRecruiters, and what needs your attention</source>
            <translation>Was an SmartRecruiters gesendet wurde und was Ihre Aufmerksamkeit erfordert</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::TasksView</name>
        <message>
            <source>Tasks due today</source>
            <translation>Heute fällige Aufgaben</translation>
        </message>
        <message>
            <source>Tasks status</source>
            <translation>Aufgabenstatus</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampagne</translation>
        </message>
        <message>
            <source>Phone / LinkedIn</source>
            <translation>Telefon / LinkedIn</translation>
        </message>
        <message>
            <source>Mark task &amp;done</source>
            <translation>Aufgabe als &amp;erledigt markieren</translation>
        </message>
        <message>
            <source>&amp;Skip task</source>
            <translation>Aufgabe &amp;überspringen</translation>
        </message>
        <message>
            <source>&amp;Open LinkedIn profile</source>
            <translation>LinkedIn-Profil ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Erreicht</translation>
        </message>
        <message>
            <source>Left a voicemail</source>
            <translation>Auf Mailbox gesprochen</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Keine Antwort</translation>
        </message>
        <message>
            <source>Wrong number</source>
            <translation>Falsche Nummer</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Angenommen</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Nicht verfügbar</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Email (manual)</source>
            <translation>E-Mail (manuell)</translation>
        </message>
        <message>
            <source>LinkedIn connection request</source>
            <translation>LinkedIn-Kontaktanfrage</translation>
        </message>
        <message>
            <source>LinkedIn message</source>
            <translation>LinkedIn-Nachricht</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Anruf</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Overdue: %1</source>
            <translation>Überfällig: %1</translation>
        </message>
        <message>
            <source>LinkedIn profile of %1</source>
            <translation>LinkedIn-Profil von %1</translation>
        </message>
        <message>
            <source>Nothing due today.</source>
            <translation>Heute ist nichts fällig.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>That task was already finished elsewhere; the list is up to date.</source>
            <translation>Diese Aufgabe wurde bereits anderswo abgeschlossen; die Liste ist aktuell.</translation>
        </message>
        <message>
            <source>Done: %1 (%2).</source>
            <translation>Erledigt: %1 (%2).</translation>
        </message>
        <message>
            <source>Skipped: %1.</source>
            <translation>Übersprungen: %1.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::TeamConnectDialog</name>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>Secure connection (TLS)</source>
            <translation>Sichere Verbindung (TLS)</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>&amp;Remember in the keychain</source>
            <translation>Im Schlüsselbund &amp;merken</translation>
        </message>
        <message>
            <source>Remember the password in the keychain</source>
            <translation>Das Passwort im Schlüsselbund speichern</translation>
        </message>
        <message>
            <source>Why the connection failed</source>
            <translation>Warum die Verbindung fehlgeschlagen ist</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Verbindung wird hergestellt</translation>
        </message>
        <message>
            <source>Connect to a team workspace</source>
            <translation>Mit einem Team-Arbeitsbereich verbinden</translation>
        </message>
        <message>
            <source>e.g. db.example.com</source>
            <translation>z. B. db.example.com</translation>
        </message>
        <message>
            <source>e.g. recruiting</source>
            <translation>z. B. recruiting</translation>
        </message>
        <message>
            <source>your login on the server</source>
            <translation>Ihre Anmeldung auf dem Server</translation>
        </message>
        <message>
            <source>Encrypt if the server offers it (default)</source>
            <translation>Verschlüsseln, wenn der Server es anbietet (Standard)</translation>
        </message>
        <message>
            <source>Always encrypt, do not check the certificate</source>
            <translation>Immer verschlüsseln, Zertifikat nicht prüfen</translation>
        </message>
        <message>
            <source>Always encrypt, check the certificate</source>
            <translation>Immer verschlüsseln, Zertifikat prüfen</translation>
        </message>
        <message>
            <source>Always encrypt, check the certificate and server name (safest)</source>
            <translation>Immer verschlüsseln, Zertifikat und Servernamen prüfen (am sichersten)</translation>
        </message>
        <message>
            <source>Encrypt only if the server insists</source>
            <translation>Nur verschlüsseln, wenn der Server darauf besteht</translation>
        </message>
        <message>
            <source>Never encrypt (trusted networks only)</source>
            <translation>Nie verschlüsseln (nur in vertrauenswürdigen Netzwerken)</translation>
        </message>
        <message>
            <source>empty: use ~/.pgpass or PGPASSWORD</source>
            <translation>leer: ~/.pgpass oder PGPASSWORD verwenden</translation>
        </message>
        <message>
            <source>Keeps the password in this computer's keychain, so Sourcedesk opens the workspace without asking. It is never written to a settings file.</source>
            <translation>Bewahrt das Passwort im Schlüsselbund dieses Computers auf, damit Sourcedesk den Arbeitsbereich ohne Nachfrage öffnet. Es wird nie in eine Einstellungsdatei geschrieben.</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>A team workspace lives on your company's PostgreSQL server and is shared by everyone on the team. Your admin gives you these details.</source>
            <translation>Ein Team-Arbeitsbereich liegt auf dem PostgreSQL-Server Ihres Unternehmens und wird von allen im Team gemeinsam genutzt. Diese Angaben erhalten Sie von Ihrem Administrator.</translation>
        </message>
        <message>
            <source>About team workspaces</source>
            <translation>Über Team-Arbeitsbereiche</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Datenbank:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Benutzername:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>&amp;Encryption:</source>
            <translation>V&amp;erschlüsselung:</translation>
        </message>
        <message>
            <source>Wrong user name or password, or this login has no access.</source>
            <translation>Falscher Benutzername oder falsches Passwort, oder diese Anmeldung hat keinen Zugriff.</translation>
        </message>
        <message>
            <source>The team server cannot be reached.</source>
            <translation>Der Team-Server ist nicht erreichbar.</translation>
        </message>
        <message>
            <source>The team server is too old for Sourcedesk.</source>
            <translation>Der Team-Server ist zu alt für Sourcedesk.</translation>
        </message>
        <message>
            <source>This team workspace was set up by a newer version of Sourcedesk. Update Sourcedesk to use it; nothing was changed.</source>
            <translation>Dieser Team-Arbeitsbereich wurde von einer neueren Sourcedesk-Version eingerichtet. Aktualisieren Sie Sourcedesk, um ihn zu verwenden; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The database does not exist on this server.</source>
            <translation>Die Datenbank existiert auf diesem Server nicht.</translation>
        </message>
        <message>
            <source>This login may not use the team workspace. Ask your admin to add you to the team.</source>
            <translation>Diese Anmeldung darf den Team-Arbeitsbereich nicht verwenden. Bitten Sie Ihren Administrator, Sie dem Team hinzuzufügen.</translation>
        </message>
        <message>
            <source>This database is not a Sourcedesk team workspace. Check the database name.</source>
            <translation>Diese Datenbank ist kein Sourcedesk-Team-Arbeitsbereich. Prüfen Sie den Datenbanknamen.</translation>
        </message>
        <message>
            <source>This installation of Sourcedesk cannot open team workspaces.</source>
            <translation>Diese Sourcedesk-Installation kann keine Team-Arbeitsbereiche öffnen.</translation>
        </message>
        <message>
            <source>The team workspace cannot be opened.</source>
            <translation>Der Team-Arbeitsbereich kann nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>Fill in the server, database and user name first</source>
            <translation>Geben Sie zuerst Server, Datenbank und Benutzername ein</translation>
        </message>
        <message>
            <source>Stop waiting for the server</source>
            <translation>Nicht länger auf den Server warten</translation>
        </message>
        <message>
            <source>Stopped waiting for the server.</source>
            <translation>Das Warten auf den Server wurde beendet.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::Toast</name>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Dismiss the message</source>
            <translation>Nachricht schließen</translation>
        </message>
        <message>
            <source>Notification</source>
            <translation>Benachrichtigung</translation>
        </message>
        <message>
            <source>Undo (%1)</source>
            <translation>Rückgängig (%1)</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Undo: %1</source>
            <translation>Rückgängig: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::TransferDialog</name>
        <message>
            <source>Move this workspace to a team server</source>
            <translation>Diesen Arbeitsbereich auf einen Team-Server verschieben</translation>
        </message>
        <message>
            <source>Copy to a local file</source>
            <translation>In eine lokale Datei kopieren</translation>
        </message>
        <message>
            <source>Copy this team workspace to a local file</source>
            <translation>Diesen Team-Arbeitsbereich in eine lokale Datei kopieren</translation>
        </message>
        <message>
            <source>What the copy does</source>
            <translation>Was beim Kopieren geschieht</translation>
        </message>
        <message>
            <source>Every campaign, candidate, activity, setting and queue of %1 is copied into a new, empty team workspace. The copy is all or nothing, and this workspace is not changed. Mailbox and SmartRecruiters passwords stay in this computer's keychain.</source>
            <translation>Alle Kampagnen, Kandidaten, Aktivitäten, Einstellungen und Warteschlangen von %1 werden in einen neuen, leeren Team-Arbeitsbereich kopiert. Es wird alles oder nichts kopiert, und dieser Arbeitsbereich wird nicht verändert. Postfach- und SmartRecruiters-Passwörter bleiben im Schlüsselbund dieses Computers.</translation>
        </message>
        <message>
            <source>Every campaign, candidate, activity, setting and queue of %1 is copied into a new local workspace file. The copy is all or nothing; the team workspace is not changed.</source>
            <translation>Alle Kampagnen, Kandidaten, Aktivitäten, Einstellungen und Warteschlangen von %1 werden in eine neue lokale Arbeitsbereichsdatei kopiert. Es wird alles oder nichts kopiert; der Team-Arbeitsbereich wird nicht verändert.</translation>
        </message>
        <message>
            <source>Team server location</source>
            <translation>Adresse des Team-Servers</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Arbeitsbereichsdatei</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Choose the workspace file</source>
            <translation>Die Arbeitsbereichsdatei auswählen</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <source>Check the workspaces</source>
            <translation>Arbeitsbereiche prüfen</translation>
        </message>
        <message>
            <source>Copy all tables</source>
            <translation>Alle Tabellen kopieren</translation>
        </message>
        <message>
            <source>Current table</source>
            <translation>Aktuelle Tabelle</translation>
        </message>
        <message>
            <source>Rebuild the search index</source>
            <translation>Suchindex neu aufbauen</translation>
        </message>
        <message>
            <source>Count and save</source>
            <translation>Zählen und speichern</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Verification count</source>
            <translation>Kontrollzählung</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <source>This workspace</source>
            <translation>Dieser Arbeitsbereich</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopie</translation>
        </message>
        <message>
            <source>&amp;Move to server</source>
            <translation>Auf den Server &amp;verschieben</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Start the copy</source>
            <translation>Kopieren starten</translation>
        </message>
        <message>
            <source>&amp;Open the copy</source>
            <translation>Kopie ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Open the new workspace</source>
            <translation>Den neuen Arbeitsbereich öffnen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>Copy to a local workspace file</source>
            <translation>In eine lokale Arbeitsbereichsdatei kopieren</translation>
        </message>
        <message>
            <source>Sourcedesk workspaces (*.sqlite)</source>
            <translation>Sourcedesk-Arbeitsbereiche (*.sqlite)</translation>
        </message>
        <message>
            <source>Enter the team server's location, postgresql://user@host:port/database.</source>
            <translation>Geben Sie die Adresse des Team-Servers ein, postgresql://benutzer@host:port/datenbank.</translation>
        </message>
        <message>
            <source>Choose the file for the local copy.</source>
            <translation>Wählen Sie die Datei für die lokale Kopie.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbindung wird hergestellt…</translation>
        </message>
        <message>
            <source>Checking the workspaces…</source>
            <translation>Arbeitsbereiche werden geprüft…</translation>
        </message>
        <message>
            <source>%1: %2 of %3 rows</source>
            <translation>%1: %2 von %3 Zeilen</translation>
        </message>
        <message>
            <source>Copying table %1 of %2; %3 of %4 rows in all.</source>
            <translation>Tabelle %1 von %2 wird kopiert; %3 von %4 Zeilen insgesamt.</translation>
        </message>
        <message>
            <source>Rebuilding the search index…</source>
            <translation>Suchindex wird neu aufgebaut…</translation>
        </message>
        <message>
            <source>Counting the rows on both sides…</source>
            <translation>Zeilen auf beiden Seiten werden gezählt…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was copied; the target workspace is still empty.</source>
            <translation>Abgebrochen. Es wurde nichts kopiert; der Ziel-Arbeitsbereich ist weiterhin leer.</translation>
        </message>
        <message>
            <source>The copy failed, nothing was saved: %1</source>
            <translation>Das Kopieren ist fehlgeschlagen, es wurde nichts gespeichert: %1</translation>
        </message>
        <message>
            <source>Copied %1 rows in %2 tables; the verification count matches in every table.</source>
            <translation>%1 Zeilen in %2 Tabellen kopiert; die Kontrollzählung stimmt in jeder Tabelle überein.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::UndoController</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Undo: %1</source>
            <translation>&amp;Rückgängig: %1</translation>
        </message>
        <message>
            <source>“%1” could not be undone: %2</source>
            <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::WorkspaceLauncher</name>
        <message>
            <source>This workspace was saved by a newer version of Sourcedesk. Update Sourcedesk to open it, or choose another workspace. The file was not changed.</source>
            <translation>Dieser Arbeitsbereich wurde von einer neueren Version von Sourcedesk gespeichert. Aktualisieren Sie Sourcedesk, um ihn zu öffnen, oder wählen Sie einen anderen Arbeitsbereich. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The file is damaged or is not a Sourcedesk workspace. It was not changed. Restore it from a backup, or choose another workspace.</source>
            <translation>Die Datei ist beschädigt oder kein Sourcedesk-Arbeitsbereich. Sie wurde nicht verändert. Stellen Sie sie aus einer Sicherung wieder her oder wählen Sie einen anderen Arbeitsbereich.</translation>
        </message>
        <message>
            <source>Check that the file and its folder exist and that you may read and write them, or choose another workspace.</source>
            <translation>Prüfen Sie, ob die Datei und ihr Ordner existieren und ob Sie sie lesen und schreiben dürfen, oder wählen Sie einen anderen Arbeitsbereich.</translation>
        </message>
        <message>
            <source>Choose another workspace, or quit and try again.</source>
            <translation>Wählen Sie einen anderen Arbeitsbereich, oder beenden Sie und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Details: %1</translation>
        </message>
        <message>
            <source>Cannot open the workspace</source>
            <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Sourcedesk cannot open the workspace “%1”.</source>
            <translation>Sourcedesk kann den Arbeitsbereich „%1“ nicht öffnen.</translation>
        </message>
        <message>
            <source>Open or create a workspace</source>
            <translation>Arbeitsbereich öffnen oder erstellen</translation>
        </message>
        <message>
            <source>Sourcedesk workspaces (*.sqlite *.db);;All files (*)</source>
            <translation>Sourcedesk-Arbeitsbereiche (*.sqlite *.db);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::team</name>
        <message>
            <source>Admin</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Recruiter</source>
            <translation>Recruiter</translation>
        </message>
    </context>
</TS>

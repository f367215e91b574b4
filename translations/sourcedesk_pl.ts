<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
    <context>
        <name>CandidateRepository</name>
        <message>
            <source>This candidate was changed by someone else after you opened it. Your changes were not saved: reload the candidate to see the current values, then make your changes again.</source>
            <translation>Ten kandydat został zmieniony przez kogoś innego po jego otwarciu. Twoje zmiany nie zostały zapisane: wczytaj kandydata ponownie, aby zobaczyć bieżące wartości, a następnie wprowadź zmiany jeszcze raz.</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <source>The mapping file cannot be read: %1</source>
            <translation>Nie można odczytać pliku mapowania: %1</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>wiersz %1, kolumna %2</translation>
        </message>
        <message>
            <source>This is not valid JSON: %1.</source>
            <translation>To nie jest prawidłowy JSON: %1.</translation>
        </message>
        <message>
            <source>A mapping file is a JSON object with a "columns" list.</source>
            <translation>Plik mapowania to obiekt JSON z listą "columns".</translation>
        </message>
        <message>
            <source>Mapping format version %1 is not supported (expected 1).</source>
            <translation>Wersja formatu mapowania %1 nie jest obsługiwana (oczekiwano 1).</translation>
        </message>
        <message>
            <source>"unmapped" must be "detect", "custom" or "ignore".</source>
            <translation>"unmapped" musi mieć wartość "detect", "custom" lub "ignore".</translation>
        </message>
        <message>
            <source>"columns" must be a list of {"header": ..., "field": ...} entries.</source>
            <translation>"columns" musi być listą wpisów {"header": ..., "field": ...}.</translation>
        </message>
        <message>
            <source>Each entry must be an object with "header" and "field".</source>
            <translation>Każdy wpis musi być obiektem z polami "header" i "field".</translation>
        </message>
        <message>
            <source>The column header is missing or empty.</source>
            <translation>Brak nagłówka kolumny lub jest on pusty.</translation>
        </message>
        <message>
            <source>The column "%1" is mapped twice.</source>
            <translation>Kolumna „%1” jest zmapowana dwukrotnie.</translation>
        </message>
        <message>
            <source>Unknown field "%1". Known fields: %2.</source>
            <translation>Nieznane pole „%1”. Znane pola: %2.</translation>
        </message>
    </context>
    <context>
        <name>CsvExporter</name>
        <message>
            <source>The export was cancelled.</source>
            <translation>Eksport został anulowany.</translation>
        </message>
        <message>
            <source>The file cannot be written: %1</source>
            <translation>Nie można zapisać pliku: %1</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>An activity needs a candidate.</source>
            <translation>Aktywność wymaga kandydata.</translation>
        </message>
        <message>
            <source>Candidate %1 does not exist.</source>
            <translation>Kandydat %1 nie istnieje.</translation>
        </message>
        <message>
            <source>The candidate is not in this campaign.</source>
            <translation>Kandydat nie należy do tej kampanii.</translation>
        </message>
        <message>
            <source>A campaign needs a name.</source>
            <translation>Kampania wymaga nazwy.</translation>
        </message>
        <message>
            <source>A campaign name has at most 200 characters.</source>
            <translation>Nazwa kampanii może mieć najwyżej 200 znaków.</translation>
        </message>
        <message>
            <source>A campaign named "%1" already exists.</source>
            <translation>Kampania o nazwie „%1” już istnieje.</translation>
        </message>
        <message>
            <source>Campaign %1 does not exist.</source>
            <translation>Kampania %1 nie istnieje.</translation>
        </message>
        <message>
            <source>The workspace file is damaged or is not a Sourcedesk workspace (%1). Nothing was changed; open another workspace or restore a backup.</source>
            <translation>Plik obszaru roboczego jest uszkodzony lub nie jest obszarem roboczym Sourcedesk (%1). Nic nie zostało zmienione; otwórz inny obszar roboczy lub przywróć kopię zapasową.</translation>
        </message>
        <message>
            <source>The workspace is read-only; check the file's permissions.</source>
            <translation>Obszar roboczy jest tylko do odczytu; sprawdź uprawnienia pliku.</translation>
        </message>
        <message>
            <source>Cannot open the workspace: %1</source>
            <translation>Nie można otworzyć obszaru roboczego: %1</translation>
        </message>
        <message>
            <source>No workspace path was given.</source>
            <translation>Nie podano ścieżki obszaru roboczego.</translation>
        </message>
        <message>
            <source>This is a folder, not a workspace file.</source>
            <translation>To jest folder, a nie plik obszaru roboczego.</translation>
        </message>
        <message>
            <source>The workspace file cannot be read; check its permissions.</source>
            <translation>Nie można odczytać pliku obszaru roboczego; sprawdź jego uprawnienia.</translation>
        </message>
        <message>
            <source>The workspace file does not exist.</source>
            <translation>Plik obszaru roboczego nie istnieje.</translation>
        </message>
        <message>
            <source>Cannot create the folder for the workspace.</source>
            <translation>Nie można utworzyć folderu dla obszaru roboczego.</translation>
        </message>
        <message>
            <source>The workspace's folder does not support write-ahead logging (journal mode is '%1'); keep workspaces on a local disk.</source>
            <translation>Folder obszaru roboczego nie obsługuje dziennika WAL (tryb dziennika to „%1”); przechowuj obszary robocze na dysku lokalnym.</translation>
        </message>
        <message>
            <source>The workspace has no schema version; it is damaged.</source>
            <translation>Obszar roboczy nie ma wersji schematu; jest uszkodzony.</translation>
        </message>
        <message>
            <source>This SQLite file is not a Sourcedesk workspace; it was left unchanged.</source>
            <translation>Ten plik SQLite nie jest obszarem roboczym Sourcedesk; pozostawiono go bez zmian.</translation>
        </message>
        <message>
            <source>This workspace was written by a newer version of Sourcedesk (schema %1; this version reads up to %2). Update Sourcedesk to open it; the file was not changed.</source>
            <translation>Ten obszar roboczy został zapisany przez nowszą wersję Sourcedesk (schemat %1; ta wersja odczytuje najwyżej %2). Zaktualizuj Sourcedesk, aby go otworzyć; plik nie został zmieniony.</translation>
        </message>
        <message>
            <source>The workspace needs an upgrade (schema %1 to %2) but it is read-only.</source>
            <translation>Obszar roboczy wymaga aktualizacji (schemat %1 do %2), ale jest tylko do odczytu.</translation>
        </message>
        <message>
            <source>Upgrading the workspace to schema %1 failed: %2</source>
            <translation>Aktualizacja obszaru roboczego do schematu %1 nie powiodła się: %2</translation>
        </message>
        <message>
            <source>The end of the date range is before its start.</source>
            <translation>Koniec zakresu dat jest wcześniejszy niż jego początek.</translation>
        </message>
        <message>
            <source>Unknown campaign.</source>
            <translation>Nieznana kampania.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etap</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Liczba</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Dodani</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Skontaktowani</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Odpowiedzieli</translation>
        </message>
        <message>
            <source>Interested</source>
            <translation>Zainteresowani</translation>
        </message>
        <message>
            <source>In SmartRecruiters</source>
            <translation>W SmartRecruiters</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Zatrudnieni</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dzień</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Tydzień</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Odsetek odpowiedzi</translation>
        </message>
        <message>
            <source>Interest rate</source>
            <translation>Odsetek zainteresowanych</translation>
        </message>
        <message>
            <source>Recruiter</source>
            <translation>Rekruter</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Razem</translation>
        </message>
        <message>
            <source>All recruiters</source>
            <translation>Wszyscy rekruterzy</translation>
        </message>
        <message>
            <source>Under 1 day</source>
            <translation>Poniżej 1 dnia</translation>
        </message>
        <message>
            <source>1 to 3 days</source>
            <translation>Od 1 do 3 dni</translation>
        </message>
        <message>
            <source>3 to 7 days</source>
            <translation>Od 3 do 7 dni</translation>
        </message>
        <message>
            <source>7 days or more</source>
            <translation>7 dni lub więcej</translation>
        </message>
        <message>
            <source>Time to first reply</source>
            <translation>Czas do pierwszej odpowiedzi</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Uczestnicy</translation>
        </message>
        <message>
            <source>Median hours</source>
            <translation>Mediana (godziny)</translation>
        </message>
        <message>
            <source>90th percentile hours</source>
            <translation>90. percentyl (godziny)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Sub-status</source>
            <translation>Podstatus</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Aplikacje</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 w dniu %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>"%1" is not an email address.</source>
            <translation>„%1” nie jest adresem e-mail.</translation>
        </message>
        <message>
            <source>"%1" is not a domain name.</source>
            <translation>„%1” nie jest nazwą domeny.</translation>
        </message>
        <message>
            <source>"%1" is already on the do-not-contact list.</source>
            <translation>„%1” jest już na liście „nie kontaktować”.</translation>
        </message>
        <message>
            <source>Do-not-contact entry %1 does not exist.</source>
            <translation>Wpis %1 na liście „nie kontaktować” nie istnieje.</translation>
        </message>
        <message>
            <source>There is no mailbox %1.</source>
            <translation>Nie ma skrzynki pocztowej %1.</translation>
        </message>
        <message>
            <source>A mailbox needs the recruiter who sends from it.</source>
            <translation>Skrzynka pocztowa wymaga rekrutera, który z niej wysyła.</translation>
        </message>
        <message>
            <source>Sending limits cannot be negative.</source>
            <translation>Limity wysyłki nie mogą być ujemne.</translation>
        </message>
        <message>
            <source>The mailbox settings hold "%1", which looks like a secret; passwords and tokens belong in the system keychain, not in the workspace.</source>
            <translation>Ustawienia skrzynki pocztowej zawierają „%1”, co wygląda na dane poufne; hasła i tokeny należy przechowywać w systemowym pęku kluczy, a nie w obszarze roboczym.</translation>
        </message>
        <message>
            <source>An email needs a sender mailbox and a recipient.</source>
            <translation>E-mail wymaga skrzynki nadawcy i odbiorcy.</translation>
        </message>
        <message>
            <source>An email needs a Message-ID without spaces.</source>
            <translation>E-mail wymaga identyfikatora Message-ID bez spacji.</translation>
        </message>
        <message>
            <source>An email needs the time it may be sent from.</source>
            <translation>E-mail wymaga czasu, od którego może zostać wysłany.</translation>
        </message>
        <message>
            <source>The Message-ID %1 is already used by another email.</source>
            <translation>Identyfikator Message-ID %1 jest już używany przez inny e-mail.</translation>
        </message>
        <message>
            <source>Email %1 does not exist.</source>
            <translation>E-mail %1 nie istnieje.</translation>
        </message>
        <message>
            <source>Email %1 cannot be %2: it is %3.</source>
            <translation>E-mail %1 nie może zostać %2: ma status %3.</translation>
        </message>
        <message>
            <source>The time an email was sent is missing.</source>
            <translation>Brak czasu wysłania e-maila.</translation>
        </message>
        <message>
            <source>marked sent</source>
            <translation>oznaczony jako wysłany</translation>
        </message>
        <message>
            <source>The time to try an email again is missing.</source>
            <translation>Brak czasu ponownej próby wysłania e-maila.</translation>
        </message>
        <message>
            <source>retried</source>
            <translation>ponowiony</translation>
        </message>
        <message>
            <source>marked failed</source>
            <translation>oznaczony jako nieudany</translation>
        </message>
        <message>
            <source>marked bounced</source>
            <translation>oznaczony jako zwrócony</translation>
        </message>
        <message>
            <source>marked uncertain</source>
            <translation>oznaczony jako niepewny</translation>
        </message>
        <message>
            <source>The time to send the email again is missing.</source>
            <translation>Brak czasu ponownego wysłania e-maila.</translation>
        </message>
        <message>
            <source>queued again</source>
            <translation>ponownie dodany do kolejki</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>anulowany</translation>
        </message>
        <message>
            <source>Sourcedesk stopped while this email was being sent; it may or may not have gone out.</source>
            <translation>Sourcedesk został zatrzymany podczas wysyłania tego e-maila; mógł on zostać wysłany lub nie.</translation>
        </message>
        <message>
            <source>Campaign %1 has no sequence.</source>
            <translation>Kampania %1 nie ma sekwencji.</translation>
        </message>
        <message>
            <source>Candidate %1 is not in the campaign.</source>
            <translation>Kandydat %1 nie należy do kampanii.</translation>
        </message>
        <message>
            <source>Candidate %1 is not enrolled.</source>
            <translation>Kandydat %1 nie jest zapisany do sekwencji.</translation>
        </message>
        <message>
            <source>"%1" is not a known time zone.</source>
            <translation>„%1” nie jest znaną strefą czasową.</translation>
        </message>
        <message>
            <source>The delay must be between 0 and 365 business days.</source>
            <translation>Opóźnienie musi wynosić od 0 do 365 dni roboczych.</translation>
        </message>
        <message>
            <source>Choose at least one day for the send window.</source>
            <translation>Wybierz co najmniej jeden dzień okna wysyłki.</translation>
        </message>
        <message>
            <source>The send window must start before it ends.</source>
            <translation>Okno wysyłki musi zaczynać się przed swoim końcem.</translation>
        </message>
        <message>
            <source>Sequence %1 does not exist.</source>
            <translation>Sekwencja %1 nie istnieje.</translation>
        </message>
        <message>
            <source>This campaign already has a sequence.</source>
            <translation>Ta kampania ma już sekwencję.</translation>
        </message>
        <message>
            <source>Step %1 does not exist.</source>
            <translation>Krok %1 nie istnieje.</translation>
        </message>
        <message>
            <source>The new order must list every step of the sequence exactly once.</source>
            <translation>Nowa kolejność musi zawierać każdy krok sekwencji dokładnie raz.</translation>
        </message>
        <message>
            <source>A task needs the recruiter who does it.</source>
            <translation>Zadanie wymaga rekrutera, który je wykona.</translation>
        </message>
        <message>
            <source>A task needs a due time.</source>
            <translation>Zadanie wymaga terminu.</translation>
        </message>
        <message>
            <source>Task %1 does not exist.</source>
            <translation>Zadanie %1 nie istnieje.</translation>
        </message>
        <message>
            <source>A task is finished as done or skipped.</source>
            <translation>Zadanie kończy się jako wykonane lub pominięte.</translation>
        </message>
        <message>
            <source>The time the task was finished is missing.</source>
            <translation>Brak czasu zakończenia zadania.</translation>
        </message>
        <message>
            <source>Task %1 is already %2.</source>
            <translation>Zadanie %1 jest już %2.</translation>
        </message>
        <message>
            <source>Cancelled while talking to the mail server %1.</source>
            <translation>Anulowano podczas komunikacji z serwerem poczty %1.</translation>
        </message>
        <message>
            <source>The mail server %1 was not found. Check the server name in Settings → Mailbox and your internet connection.</source>
            <translation>Nie znaleziono serwera poczty %1. Sprawdź nazwę serwera w Ustawienia → Skrzynka pocztowa oraz połączenie z internetem.</translation>
        </message>
        <message>
            <source>Could not connect to the mail server %1 (%2). Check the server name and port in Settings → Mailbox, and your internet connection.</source>
            <translation>Nie można połączyć się z serwerem poczty %1 (%2). Sprawdź nazwę serwera i port w Ustawienia → Skrzynka pocztowa oraz połączenie z internetem.</translation>
        </message>
        <message>
            <source>The mail server %1 does not offer an encrypted connection (STARTTLS), so nothing was sent. Check the port and security in Settings → Mailbox.</source>
            <translation>Serwer poczty %1 nie oferuje połączenia szyfrowanego (STARTTLS), więc nic nie zostało wysłane. Sprawdź port i zabezpieczenia w Ustawienia → Skrzynka pocztowa.</translation>
        </message>
        <message>
            <source>The certificate of the mail server %1 could not be verified (%2). Check the server name in Settings → Mailbox; if it is right, ask whoever runs the server.</source>
            <translation>Nie można zweryfikować certyfikatu serwera poczty %1 (%2). Sprawdź nazwę serwera w Ustawienia → Skrzynka pocztowa; jeśli jest prawidłowa, skontaktuj się z administratorem serwera.</translation>
        </message>
        <message>
            <source>The encrypted connection to the mail server %1 failed (%2). Check that the port matches the security setting in Settings → Mailbox (usually 465 or 993 for TLS, 587 for STARTTLS).</source>
            <translation>Szyfrowane połączenie z serwerem poczty %1 nie powiodło się (%2). Sprawdź, czy port odpowiada ustawieniu zabezpieczeń w Ustawienia → Skrzynka pocztowa (zwykle 465 lub 993 dla TLS, 587 dla STARTTLS).</translation>
        </message>
        <message>
            <source>The mail server %1 refused the sign-in. Sign in to the mailbox again in Settings → Mailbox.</source>
            <translation>Serwer poczty %1 odrzucił logowanie. Zaloguj się ponownie do skrzynki pocztowej w Ustawienia → Skrzynka pocztowa.</translation>
        </message>
        <message>
            <source>The mail server %1 refused the user name or password. Check them in Settings → Mailbox.</source>
            <translation>Serwer poczty %1 odrzucił nazwę użytkownika lub hasło. Sprawdź je w Ustawienia → Skrzynka pocztowa.</translation>
        </message>
        <message>
            <source>The mail server %1 requires a sign-in that it did not accept (%2). Check the user name and password in Settings → Mailbox.</source>
            <translation>Serwer poczty %1 wymaga logowania, którego nie zaakceptował (%2). Sprawdź nazwę użytkownika i hasło w Ustawienia → Skrzynka pocztowa.</translation>
        </message>
        <message>
            <source>The mail server %1 refused the message (%2). It will not be retried.</source>
            <translation>Serwer poczty %1 odrzucił wiadomość (%2). Nie zostanie ponowiona.</translation>
        </message>
        <message>
            <source>The mail server %1 is busy or refused the message for now (%2). It will be tried again later.</source>
            <translation>Serwer poczty %1 jest zajęty lub tymczasowo odrzucił wiadomość (%2). Zostanie ona ponowiona później.</translation>
        </message>
        <message>
            <source>The connection to the mail server %1 failed (%2). It will be tried again later.</source>
            <translation>Połączenie z serwerem poczty %1 nie powiodło się (%2). Zostanie ponowione później.</translation>
        </message>
        <message>
            <source>The mailbox settings are not usable: %1 Fix them in Settings → Mailbox.</source>
            <translation>Ustawienia skrzynki pocztowej są nieprawidłowe: %1 Popraw je w Ustawienia → Skrzynka pocztowa.</translation>
        </message>
        <message>
            <source>The folder "%1" could not be opened on the mail server %2 (%3). Check the folder names in Settings → Mailbox.</source>
            <translation>Nie można otworzyć folderu „%1” na serwerze poczty %2 (%3). Sprawdź nazwy folderów w Ustawienia → Skrzynka pocztowa.</translation>
        </message>
        <message>
            <source>The mail server %1 refused the request for the folder "%2" (%3).</source>
            <translation>Serwer poczty %1 odrzucił żądanie dotyczące folderu „%2” (%3).</translation>
        </message>
        <message>
            <source>The mail server %1 did not say which messages the folder "%2" holds.</source>
            <translation>Serwer poczty %1 nie podał, jakie wiadomości zawiera folder „%2”.</translation>
        </message>
        <message>
            <source>The message %1 in "%2" on the mail server %3 arrived incomplete.</source>
            <translation>Wiadomość %1 w folderze „%2” na serwerze poczty %3 dotarła niekompletna.</translation>
        </message>
        <message>
            <source>The message %1 is no longer in the folder "%2" on the mail server %3.</source>
            <translation>Wiadomości %1 nie ma już w folderze „%2” na serwerze poczty %3.</translation>
        </message>
        <message>
            <source>"%1" is not a message id.</source>
            <translation>„%1” nie jest identyfikatorem wiadomości.</translation>
        </message>
        <message>
            <source>The message is empty.</source>
            <translation>Wiadomość jest pusta.</translation>
        </message>
        <message>
            <source>The mail server's host name is empty.</source>
            <translation>Nazwa hosta serwera poczty jest pusta.</translation>
        </message>
        <message>
            <source>"%1" is not a host name; enter only the server name, e.g. smtp.example.com.</source>
            <translation>„%1” nie jest nazwą hosta; wpisz tylko nazwę serwera, np. smtp.example.com.</translation>
        </message>
        <message>
            <source>The port %1 is not between 1 and 65535.</source>
            <translation>Port %1 nie mieści się w zakresie od 1 do 65535.</translation>
        </message>
        <message>
            <source>%1 cannot be used without encryption: choose TLS or STARTTLS.</source>
            <translation>%1 nie może być używany bez szyfrowania: wybierz TLS lub STARTTLS.</translation>
        </message>
        <message>
            <source>An unencrypted connection to %1 is only allowed when insecure loopback connections are switched on.</source>
            <translation>Nieszyfrowane połączenie z %1 jest dozwolone tylko wtedy, gdy włączono niezabezpieczone połączenia pętli zwrotnej.</translation>
        </message>
        <message>
            <source>The sender address is empty.</source>
            <translation>Adres nadawcy jest pusty.</translation>
        </message>
        <message>
            <source>The login name is empty.</source>
            <translation>Nazwa logowania jest pusta.</translation>
        </message>
        <message>
            <source>The timeout must be at least one second.</source>
            <translation>Limit czasu musi wynosić co najmniej jedną sekundę.</translation>
        </message>
        <message>
            <source>"%1" is not a valid e-mail address.</source>
            <translation>„%1” nie jest prawidłowym adresem e-mail.</translation>
        </message>
        <message>
            <source>"%1" is not a valid message id.</source>
            <translation>„%1” nie jest prawidłowym identyfikatorem wiadomości.</translation>
        </message>
        <message>
            <source>"%1" is not a valid unsubscribe address.</source>
            <translation>„%1” nie jest prawidłowym adresem rezygnacji z subskrypcji.</translation>
        </message>
        <message>
            <source>This is not an e-mail message: it has no headers.</source>
            <translation>To nie jest wiadomość e-mail: nie ma nagłówków.</translation>
        </message>
        <message>
            <source>The connection to the mail server %1:%2 broke after the message was handed over, so it may have been sent. Check the Sent folder before sending it again.</source>
            <translation>Połączenie z serwerem poczty %1:%2 zostało przerwane po przekazaniu wiadomości, więc mogła ona zostać wysłana. Sprawdź folder Wysłane przed ponownym wysłaniem.</translation>
        </message>
        <message>
            <source>The message has no recipient.</source>
            <translation>Wiadomość nie ma odbiorcy.</translation>
        </message>
        <message>
            <source>This campaign has no sequence yet; add its steps first.</source>
            <translation>Ta kampania nie ma jeszcze sekwencji; najpierw dodaj jej kroki.</translation>
        </message>
        <message>
            <source>The campaign's sequence has no steps yet.</source>
            <translation>Sekwencja kampanii nie ma jeszcze kroków.</translation>
        </message>
        <message>
            <source>Unknown security "%1"; use tls, starttls or none.</source>
            <translation>Nieznane zabezpieczenie „%1”; użyj tls, starttls lub none.</translation>
        </message>
        <message>
            <source>Unknown sign-in method "%1"; use password or xoauth2.</source>
            <translation>Nieznana metoda logowania „%1”; użyj password lub xoauth2.</translation>
        </message>
        <message numerus="yes">
            <source>The daily limit of %n email(s) is reached.</source>
            <translation>
                <numerusform>Osiągnięto dzienny limit %n e-maila.</numerusform>
                <numerusform>Osiągnięto dzienny limit %n e-maili.</numerusform>
                <numerusform>Osiągnięto dzienny limit %n e-maili.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The hourly limit of %n email(s) is reached.</source>
            <translation>
                <numerusform>Osiągnięto godzinowy limit %n e-maila.</numerusform>
                <numerusform>Osiągnięto godzinowy limit %n e-maili.</numerusform>
                <numerusform>Osiągnięto godzinowy limit %n e-maili.</numerusform>
            </translation>
        </message>
        <message>
            <source>On the do-not-contact list.</source>
            <translation>Na liście „nie kontaktować”.</translation>
        </message>
        <message>
            <source>The email bounced.</source>
            <translation>E-mail został zwrócony.</translation>
        </message>
        <message>
            <source>The email bounced: %1</source>
            <translation>E-mail został zwrócony: %1</translation>
        </message>
        <message>
            <source>Asked to unsubscribe on %1</source>
            <translation>Poprosił(a) o rezygnację z subskrypcji w dniu %1</translation>
        </message>
        <message>
            <source>Asked to unsubscribe</source>
            <translation>Poprosił(a) o rezygnację z subskrypcji</translation>
        </message>
        <message>
            <source>The password or token of %1 is not in the keychain; enter it in Settings → Mailbox.</source>
            <translation>Hasła lub tokenu dla %1 nie ma w pęku kluczy; wprowadź je w Ustawienia → Skrzynka pocztowa.</translation>
        </message>
        <message>
            <source>No email address for an automatic email.</source>
            <translation>Brak adresu e-mail dla automatycznego e-maila.</translation>
        </message>
        <message>
            <source>Re: %1</source>
            <translation>Re: %1</translation>
        </message>
        <message>
            <source>Empty placeholder in step %1: %2</source>
            <translation>Pusty symbol zastępczy w kroku %1: %2</translation>
        </message>
        <message>
            <source>If you would rather not hear from me again, reply "unsubscribe" and I will not write again.</source>
            <translation>Jeśli nie chce Pan/Pani otrzymywać ode mnie wiadomości, proszę odpowiedzieć „unsubscribe”, a nie napiszę ponownie.</translation>
        </message>
        <message>
            <source>A task can only be marked done or skipped.</source>
            <translation>Zadanie można oznaczyć tylko jako wykonane lub pominięte.</translation>
        </message>
        <message>
            <source>This task was already finished.</source>
            <translation>To zadanie zostało już zakończone.</translation>
        </message>
        <message>
            <source>"%1" is not an outcome of this task; use one of: %2.</source>
            <translation>„%1” nie jest wynikiem tego zadania; użyj jednego z: %2.</translation>
        </message>
        <message>
            <source>Outcome: %1</source>
            <translation>Wynik: %1</translation>
        </message>
        <message>
            <source>This database holds tables that are not a Sourcedesk workspace; it was left unchanged. Use an empty database for a new team workspace.</source>
            <translation>Ta baza danych zawiera tabele, które nie należą do obszaru roboczego Sourcedesk; pozostawiono ją bez zmian. Dla nowego obszaru roboczego zespołu użyj pustej bazy danych.</translation>
        </message>
        <message>
            <source>The team workspace needs the citext extension, and this login may not add it (%1). Ask the database's owner to run: CREATE EXTENSION citext;</source>
            <translation>Obszar roboczy zespołu wymaga rozszerzenia citext, a ten login nie może go dodać (%1). Poproś właściciela bazy danych o uruchomienie: CREATE EXTENSION citext;</translation>
        </message>
        <message>
            <source>The team workspace needs an upgrade to schema %1, which only the database's owner may run. Ask whoever set up the team workspace to open it with this version of Sourcedesk first.</source>
            <translation>Obszar roboczy zespołu wymaga aktualizacji do schematu %1, którą może przeprowadzić tylko właściciel bazy danych. Poproś osobę, która skonfigurowała obszar roboczy zespołu, aby najpierw otworzyła go tą wersją Sourcedesk.</translation>
        </message>
        <message>
            <source>The server refused the password for “%1”. Check the user name and password, or ask your admin to reset it.</source>
            <translation>Serwer odrzucił hasło dla „%1”. Sprawdź nazwę użytkownika i hasło lub poproś administratora o zresetowanie hasła.</translation>
        </message>
        <message>
            <source>The server does not let “%1” into the database “%2” from this computer. Ask your admin to give this login access.</source>
            <translation>Serwer nie zezwala „%1” na dostęp do bazy danych „%2” z tego komputera. Poproś administratora o przyznanie dostępu temu loginowi.</translation>
        </message>
        <message>
            <source>The server has no database “%1”. Check the name, or ask your admin to create it.</source>
            <translation>Na serwerze nie ma bazy danych „%1”. Sprawdź nazwę lub poproś administratora o jej utworzenie.</translation>
        </message>
        <message>
            <source>The secure connection to %1 failed (TLS mode %2): %3</source>
            <translation>Bezpieczne połączenie z %1 nie powiodło się (tryb TLS %2): %3</translation>
        </message>
        <message>
            <source>The team server %1 (port %2) does not answer. Check the server name and port, your network or VPN, and try again.</source>
            <translation>Serwer zespołu %1 (port %2) nie odpowiada. Sprawdź nazwę serwera i port oraz połączenie z siecią lub VPN, a następnie spróbuj ponownie.</translation>
        </message>
        <message>
            <source>Cannot open the team workspace: %1</source>
            <translation>Nie można otworzyć obszaru roboczego zespołu: %1</translation>
        </message>
        <message>
            <source>This installation has no PostgreSQL support (Qt's QPSQL driver is missing); install libqt6sql6-psql.</source>
            <translation>Ta instalacja nie obsługuje PostgreSQL (brakuje sterownika QPSQL z Qt); zainstaluj libqt6sql6-psql.</translation>
        </message>
        <message>
            <source>The team server runs PostgreSQL %1.%2; Sourcedesk needs PostgreSQL 13 or newer. Ask your admin to upgrade the server.</source>
            <translation>Serwer zespołu działa na PostgreSQL %1.%2; Sourcedesk wymaga PostgreSQL 13 lub nowszego. Poproś administratora o aktualizację serwera.</translation>
        </message>
    </context>
    <context>
        <name>RecordMapper</name>
        <message>
            <source>The row has %1 values but the header has %2 columns; a value containing the separator is probably missing its quotes.</source>
            <translation>Wiersz ma %1 wartości, a nagłówek ma %2 kolumn; wartość zawierająca separator prawdopodobnie nie ma cudzysłowów.</translation>
        </message>
        <message>
            <source>"%1" in column "%2" is not a valid email address.</source>
            <translation>„%1” w kolumnie „%2” nie jest prawidłowym adresem e-mail.</translation>
        </message>
        <message>
            <source>The consent value "%1" in column "%2" is not understood; use granted, refused, withdrawn or unknown.</source>
            <translation>Wartość zgody „%1” w kolumnie „%2” jest niezrozumiała; użyj granted, refused, withdrawn lub unknown.</translation>
        </message>
        <message>
            <source>The date "%1" in column "%2" is not understood; use YYYY-MM-DD.</source>
            <translation>Data „%1” w kolumnie „%2” jest niezrozumiała; użyj formatu RRRR-MM-DD.</translation>
        </message>
        <message>
            <source>The row has no name and no email address.</source>
            <translation>Wiersz nie zawiera imienia i nazwiska ani adresu e-mail.</translation>
        </message>
    </context>
    <context>
        <name>StatusUndo</name>
        <message>
            <source>Not sent: the status change was undone before anything went to SmartRecruiters.</source>
            <translation>Nie wysłano: zmiana statusu została cofnięta, zanim cokolwiek trafiło do SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>UndoSnapshot</name>
        <message>
            <source>Undo is no longer possible: something these records belonged to (a campaign) was deleted since. Nothing was changed.</source>
            <translation>Cofnięcie nie jest już możliwe: element, do którego należały te rekordy (kampania), został w międzyczasie usunięty. Nic nie zostało zmienione.</translation>
        </message>
        <message>
            <source>Undo is no longer possible: some of these records were added again since. Nothing was changed; remove them first to get the old ones back.</source>
            <translation>Cofnięcie nie jest już możliwe: niektóre z tych rekordów zostały w międzyczasie ponownie dodane. Nic nie zostało zmienione; najpierw je usuń, aby odzyskać poprzednie.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceTransfer</name>
        <message>
            <source>The tables %1 reference each other in a cycle; they cannot be copied in order.</source>
            <translation>Tabele %1 odwołują się do siebie nawzajem cyklicznie; nie można ich skopiować w ustalonej kolejności.</translation>
        </message>
        <message>
            <source>The source and the target are the same workspace.</source>
            <translation>Źródło i cel to ten sam obszar roboczy.</translation>
        </message>
        <message>
            <source>The target workspace is open read-only.</source>
            <translation>Docelowy obszar roboczy jest otwarty tylko do odczytu.</translation>
        </message>
        <message>
            <source>The workspaces have different schema versions (source %1, target %2). Open both with the same version of Sourcedesk before copying.</source>
            <translation>Obszary robocze mają różne wersje schematu (źródło %1, cel %2). Przed kopiowaniem otwórz oba tą samą wersją Sourcedesk.</translation>
        </message>
        <message>
            <source>A workspace connection could not be opened.</source>
            <translation>Nie można otworzyć połączenia z obszarem roboczym.</translation>
        </message>
        <message>
            <source>The target workspace has no table %1, which holds %2 rows in the source.</source>
            <translation>Docelowy obszar roboczy nie ma tabeli %1 (liczba wierszy w źródle: %2).</translation>
        </message>
        <message>
            <source>The target workspace is not empty (table %1 holds %2 rows). Copy into a new, empty workspace.</source>
            <translation>Docelowy obszar roboczy nie jest pusty (liczba wierszy w tabeli %1: %2). Kopiuj do nowego, pustego obszaru roboczego.</translation>
        </message>
        <message>
            <source>The copy was cancelled; the target workspace is unchanged.</source>
            <translation>Kopiowanie zostało anulowane; docelowy obszar roboczy nie został zmieniony.</translation>
        </message>
        <message>
            <source>%1: %2 in the source, %3 in the target</source>
            <translation>%1: %2 w źródle, %3 w celu</translation>
        </message>
        <message>
            <source>The verification count does not match, nothing was saved: %1</source>
            <translation>Zliczenie kontrolne się nie zgadza, nic nie zostało zapisane: %1</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Open the workspace &lt;location&gt;: a file, or a team workspace postgresql://USER@HOST:PORT/DATABASE (default: $SOURCEDESK_WORKSPACE, then the last one opened, then the per-user default).</source>
            <translation>Otwórz obszar roboczy &lt;lokalizacja&gt;: plik lub obszar roboczy zespołu postgresql://USER@HOST:PORT/DATABASE (domyślnie: $SOURCEDESK_WORKSPACE, następnie ostatnio otwarty, a potem domyślny obszar roboczy użytkownika).</translation>
        </message>
        <message>
            <source>location</source>
            <translation>lokalizacja</translation>
        </message>
        <message>
            <source>Sourcedesk: sourcing campaigns, candidates and outreach, in a local or a team workspace.</source>
            <translation>Sourcedesk: kampanie sourcingowe, kandydaci i działania kontaktowe w lokalnym obszarze roboczym lub obszarze roboczym zespołu.</translation>
        </message>
    </context>
    <context>
        <name>sd::CampaignListModel</name>
        <message>
            <source>(sample)</source>
            <translation>(przykład)</translation>
        </message>
        <message>
            <source>(archived)</source>
            <translation>(zarchiwizowana)</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampania</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Osoby</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Ostatnia aktywność</translation>
        </message>
    </context>
    <context>
        <name>sd::CandidateTableModel</name>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Stanowisko</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lokalizacja</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tagi</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Zaktualizowano</translation>
        </message>
    </context>
    <context>
        <name>sd::Labels</name>
        <message>
            <source>Added</source>
            <translation>Dodany</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Skontaktowany</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Odpowiedział</translation>
        </message>
        <message>
            <source>Interested</source>
            <translation>Zainteresowany</translation>
        </message>
        <message>
            <source>Not interested</source>
            <translation>Niezainteresowany</translation>
        </message>
        <message>
            <source>Bounced</source>
            <translation>Zwrócony</translation>
        </message>
        <message>
            <source>Unsubscribed</source>
            <translation>Wypisany</translation>
        </message>
        <message>
            <source>Email sent</source>
            <translation>E-mail wysłany</translation>
        </message>
        <message>
            <source>Email reply</source>
            <translation>Odpowiedź na e-mail</translation>
        </message>
        <message>
            <source>LinkedIn message</source>
            <translation>Wiadomość LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn InMail</source>
            <translation>LinkedIn InMail</translation>
        </message>
        <message>
            <source>Connection request</source>
            <translation>Zaproszenie do sieci</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Rozmowa telefoniczna</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Spotkanie</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Nieznana</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Udzielona</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Odmówiona</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Wycofana</translation>
        </message>
    </context>
    <context>
        <name>sd::MemberTableModel</name>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Stanowisko</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Zmiana statusu</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Ostatnia aktywność</translation>
        </message>
    </context>
    <context>
        <name>sd::TeamServer</name>
        <message>
            <source>A team workspace address starts with postgresql://.</source>
            <translation>Adres obszaru roboczego zespołu zaczyna się od postgresql://.</translation>
        </message>
        <message>
            <source>The team workspace address is not valid: %1</source>
            <translation>Adres obszaru roboczego zespołu jest nieprawidłowy: %1</translation>
        </message>
        <message>
            <source>Leave the password out of the team workspace address; Sourcedesk keeps it in the keychain.</source>
            <translation>Nie umieszczaj hasła w adresie obszaru roboczego zespołu; Sourcedesk przechowuje je w pęku kluczy.</translation>
        </message>
        <message>
            <source>The team workspace address names no server.</source>
            <translation>Adres obszaru roboczego zespołu nie wskazuje serwera.</translation>
        </message>
        <message>
            <source>The team workspace address names no database (…/database).</source>
            <translation>Adres obszaru roboczego zespołu nie wskazuje bazy danych (…/database).</translation>
        </message>
        <message>
            <source>The team workspace address names no user (user@server).</source>
            <translation>Adres obszaru roboczego zespołu nie wskazuje użytkownika (user@server).</translation>
        </message>
        <message>
            <source>The port must be between 1 and 65535.</source>
            <translation>Port musi mieć wartość od 1 do 65535.</translation>
        </message>
        <message>
            <source>Unknown option “%1” in the team workspace address; only sslmode is read.</source>
            <translation>Nieznana opcja „%1” w adresie obszaru roboczego zespołu; odczytywana jest tylko opcja sslmode.</translation>
        </message>
        <message>
            <source>The TLS mode “%1” is not one of disable, allow, prefer, require, verify-ca, verify-full.</source>
            <translation>Tryb TLS „%1” nie jest żadnym z: disable, allow, prefer, require, verify-ca, verify-full.</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 na %2</translation>
        </message>
    </context>
    <context>
        <name>sd::connection::KeychainSecretStore</name>
        <message>
            <source>No keychain is available on this computer (%1). Sourcedesk keeps SmartRecruiters sign-ins only in the system keychain and does not store them in plain text. Install or unlock a keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) and try again.</source>
            <translation>Na tym komputerze nie jest dostępny żaden pęk kluczy (%1). Sourcedesk przechowuje dane logowania do SmartRecruiters wyłącznie w systemowym pęku kluczy i nie zapisuje ich jako zwykły tekst. Zainstaluj lub odblokuj pęk kluczy (GNOME Keyring, KWallet, pęk kluczy macOS, Menedżer poświadczeń Windows) i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>Access to the system keychain was refused (%1). Allow Sourcedesk to use the keychain, or unlock it, and try again.</source>
            <translation>Odmówiono dostępu do systemowego pęku kluczy (%1). Zezwól Sourcedesk na korzystanie z pęku kluczy lub odblokuj go i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>The system keychain cannot be reached (%1). Sourcedesk keeps SmartRecruiters sign-ins only in the system keychain and does not store them in plain text. Make sure a keychain service is running and unlocked, then try again.</source>
            <translation>Nie można połączyć się z systemowym pękiem kluczy (%1). Sourcedesk przechowuje dane logowania do SmartRecruiters wyłącznie w systemowym pęku kluczy i nie zapisuje ich jako zwykły tekst. Upewnij się, że usługa pęku kluczy działa i jest odblokowana, a następnie spróbuj ponownie.</translation>
        </message>
        <message>
            <source>The system keychain reported an error: %1</source>
            <translation>Systemowy pęk kluczy zgłosił błąd: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::connection::LoopbackReceiver</name>
        <message>
            <source>The redirect address “%1” is not on this computer (it must look like http://localhost:8765/callback), so the web browser cannot hand the sign-in back to Sourcedesk.</source>
            <translation>Adres przekierowania „%1” nie wskazuje na ten komputer (musi mieć postać http://localhost:8765/callback), więc przeglądarka nie może przekazać logowania z powrotem do Sourcedesk.</translation>
        </message>
        <message>
            <source>Sourcedesk could not wait for the sign-in on port %1 (%2). Close the program using that port, or register another redirect address, and try again.</source>
            <translation>Sourcedesk nie może oczekiwać na logowanie na porcie %1 (%2). Zamknij program używający tego portu lub zarejestruj inny adres przekierowania i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>This is not a sign-in answer.</source>
            <translation>To nie jest odpowiedź logowania.</translation>
        </message>
        <message>
            <source>Nothing here: Sourcedesk only waits for the SmartRecruiters sign-in.</source>
            <translation>Nic tu nie ma: Sourcedesk oczekuje tylko na logowanie do SmartRecruiters.</translation>
        </message>
        <message>
            <source>Sourcedesk received the answer from SmartRecruiters. You can close this tab and return to Sourcedesk.</source>
            <translation>Sourcedesk otrzymał odpowiedź od SmartRecruiters. Możesz zamknąć tę kartę i wrócić do Sourcedesk.</translation>
        </message>
        <message>
            <source>You are signed in. You can close this tab and return to Sourcedesk.</source>
            <translation>Zalogowano. Możesz zamknąć tę kartę i wrócić do Sourcedesk.</translation>
        </message>
    </context>
    <context>
        <name>sd::connection::MemorySecretStore</name>
        <message>
            <source>The test keychain is switched off.</source>
            <translation>Testowy pęk kluczy jest wyłączony.</translation>
        </message>
    </context>
    <context>
        <name>sd::connection::OAuthSession</name>
        <message>
            <source>Enter the OAuth client ID of the SmartRecruiters app (Settings → Apps &amp; Integrations → Credentials in SmartRecruiters).</source>
            <translation>Wprowadź identyfikator klienta OAuth aplikacji SmartRecruiters (w SmartRecruiters: Settings → Apps &amp; Integrations → Credentials).</translation>
        </message>
        <message>
            <source>The redirect address “%1” must be an https:// address or http://localhost, exactly as registered for the SmartRecruiters app.</source>
            <translation>Adres przekierowania „%1” musi być adresem https:// lub http://localhost, dokładnie takim, jak zarejestrowano dla aplikacji SmartRecruiters.</translation>
        </message>
        <message>
            <source>Enter the OAuth client secret of the SmartRecruiters app.</source>
            <translation>Wprowadź klucz tajny klienta OAuth aplikacji SmartRecruiters.</translation>
        </message>
        <message>
            <source>No place to keep the sign-in is set up.</source>
            <translation>Nie skonfigurowano miejsca przechowywania danych logowania.</translation>
        </message>
        <message>
            <source>Sourcedesk received a sign-in answer it did not ask for and ignored it. Start the sign-in again.</source>
            <translation>Sourcedesk otrzymał nieoczekiwaną odpowiedź logowania i ją zignorował. Rozpocznij logowanie ponownie.</translation>
        </message>
        <message>
            <source>The sign-in answer did not belong to this sign-in and was rejected, so Sourcedesk is not connected. Start the sign-in again.</source>
            <translation>Odpowiedź logowania nie należała do tego logowania i została odrzucona, więc Sourcedesk nie jest połączony. Rozpocznij logowanie ponownie.</translation>
        </message>
        <message>
            <source>You chose not to allow Sourcedesk to use SmartRecruiters, so it is not connected. Sign in again and choose Allow to connect.</source>
            <translation>Nie zezwolono Sourcedesk na korzystanie z SmartRecruiters, więc nie jest on połączony. Zaloguj się ponownie i wybierz Allow, aby połączyć.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the sign-in (%1%2). Check the client ID and redirect address in Settings → Integration.</source>
            <translation>SmartRecruiters odrzucił logowanie (%1%2). Sprawdź identyfikator klienta i adres przekierowania w Ustawienia → Integracja.</translation>
        </message>
        <message>
            <source>SmartRecruiters did not send a sign-in code. Start the sign-in again.</source>
            <translation>SmartRecruiters nie przesłał kodu logowania. Rozpocznij logowanie ponownie.</translation>
        </message>
        <message>
            <source>Sourcedesk is not connected to SmartRecruiters. Sign in under Settings → Integration.</source>
            <translation>Sourcedesk nie jest połączony z SmartRecruiters. Zaloguj się w Ustawienia → Integracja.</translation>
        </message>
        <message>
            <source>Sourcedesk was disconnected from SmartRecruiters while signing in.</source>
            <translation>Sourcedesk został odłączony od SmartRecruiters podczas logowania.</translation>
        </message>
        <message>
            <source>Sourcedesk was disconnected from SmartRecruiters.</source>
            <translation>Sourcedesk został odłączony od SmartRecruiters.</translation>
        </message>
        <message>
            <source>Could not reach SmartRecruiters at %1 (%2). Check the network connection and try again.</source>
            <translation>Nie można połączyć się z SmartRecruiters pod adresem %1 (%2). Sprawdź połączenie sieciowe i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>SmartRecruiters sent a sign-in answer Sourcedesk does not understand (field “%1” is missing or wrong). Try again; if it keeps happening, tell your administrator.</source>
            <translation>SmartRecruiters przesłał odpowiedź logowania, której Sourcedesk nie rozumie (pole „%1” jest brakujące lub nieprawidłowe). Spróbuj ponownie; jeśli problem się powtarza, skontaktuj się z administratorem.</translation>
        </message>
        <message>
            <source>SmartRecruiters no longer accepts this sign-in (it expired, was revoked, or was used elsewhere). Sign in to SmartRecruiters again under Settings → Integration.</source>
            <translation>SmartRecruiters nie akceptuje już tego logowania (wygasło, zostało unieważnione lub użyte w innym miejscu). Zaloguj się ponownie do SmartRecruiters w Ustawienia → Integracja.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the client ID or client secret. Check them under Settings → Integration and sign in again.</source>
            <translation>SmartRecruiters odrzucił identyfikator klienta lub klucz tajny klienta. Sprawdź je w Ustawienia → Integracja i zaloguj się ponownie.</translation>
        </message>
        <message>
            <source>SmartRecruiters could not complete the sign-in right now (HTTP %1). Try again in a few minutes.</source>
            <translation>SmartRecruiters nie może teraz dokończyć logowania (HTTP %1). Spróbuj ponownie za kilka minut.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the sign-in (HTTP %1%2).</source>
            <translation>SmartRecruiters odrzucił logowanie (HTTP %1%2).</translation>
        </message>
    </context>
    <context>
        <name>sd::csv</name>
        <message>
            <source>same email address</source>
            <translation>ten sam adres e-mail</translation>
        </message>
        <message>
            <source>same LinkedIn profile</source>
            <translation>ten sam profil LinkedIn</translation>
        </message>
        <message>
            <source>same name at the same company</source>
            <translation>to samo imię i nazwisko w tej samej firmie</translation>
        </message>
        <message>
            <source>The file has no header row: the first row holds data ("%1" in column %2), not column names. Add a first row with column names such as First Name, Last Name, Email.</source>
            <translation>Plik nie ma wiersza nagłówka: pierwszy wiersz zawiera dane („%1” w kolumnie %2), a nie nazwy kolumn. Dodaj pierwszy wiersz z nazwami kolumn, np. First Name, Last Name, Email.</translation>
        </message>
        <message>
            <source>The file has no header row: the first row has no column names.</source>
            <translation>Plik nie ma wiersza nagłówka: pierwszy wiersz nie zawiera nazw kolumn.</translation>
        </message>
        <message>
            <source>The file cannot be opened: %1</source>
            <translation>Nie można otworzyć pliku: %1</translation>
        </message>
        <message>
            <source>The file has no header row: it contains only blank lines.</source>
            <translation>Plik nie ma wiersza nagłówka: zawiera tylko puste wiersze.</translation>
        </message>
        <message>
            <source>, line %1</source>
            <translation>, wiersz %1</translation>
        </message>
        <message>
            <source>This is not a text/CSV file (%1). Export the data as CSV and try again.</source>
            <translation>To nie jest plik tekstowy/CSV (%1). Wyeksportuj dane jako CSV i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>it contains NUL bytes</source>
            <translation>zawiera bajty NUL</translation>
        </message>
        <message>
            <source>%1 of its first %2 bytes are control characters</source>
            <translation>%1 z pierwszych %2 bajtów to znaki sterujące</translation>
        </message>
    </context>
    <context>
        <name>sd::csv::CsvImporter</name>
        <message>
            <source>This import has already been started.</source>
            <translation>Ten import został już rozpoczęty.</translation>
        </message>
        <message>
            <source>The mapping names the column "%1", which this file does not have.</source>
            <translation>Mapowanie wskazuje kolumnę „%1”, której nie ma w tym pliku.</translation>
        </message>
        <message>
            <source>No column holds a name or an email address (the columns are: %1). Map at least a name or an email column.</source>
            <translation>Żadna kolumna nie zawiera imienia i nazwiska ani adresu e-mail (kolumny: %1). Zmapuj co najmniej kolumnę imienia i nazwiska lub e-maila.</translation>
        </message>
        <message>
            <source>The rows from line %1 to line %2 could not be saved, so none of them was stored (%3). The %4 rows before line %1 are stored; importing the file again skips them as duplicates.</source>
            <translation>Nie można zapisać wierszy od %1 do %2, więc żaden z nich nie został zapisany (%3). %4 wierszy przed wierszem %1 zostało zapisanych; ponowny import pliku pominie je jako duplikaty.</translation>
        </message>
        <message>
            <source>Merged with line %1 (%2).</source>
            <translation>Scalono z wierszem %1 (%2).</translation>
        </message>
        <message>
            <source>Skipped: duplicate of line %1 (%2).</source>
            <translation>Pominięto: duplikat wiersza %1 (%2).</translation>
        </message>
        <message>
            <source>Merged into candidate %1 (%2).</source>
            <translation>Scalono z kandydatem %1 (%2).</translation>
        </message>
        <message>
            <source>Skipped: duplicate of candidate %1 (%2).</source>
            <translation>Pominięto: duplikat kandydata %1 (%2).</translation>
        </message>
        <message>
            <source>Not added to the campaign: on the do-not-contact list.</source>
            <translation>Nie dodano do kampanii: na liście „nie kontaktować”.</translation>
        </message>
    </context>
    <context>
        <name>sd::csv::CsvReader</name>
        <message>
            <source>line %1, column %2</source>
            <translation>wiersz %1, kolumna %2</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>wiersz %1</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>Nie można odczytać pliku.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Plik jest pusty.</translation>
        </message>
        <message>
            <source>This is not a text/CSV file (it contains a NUL character). Export the data as CSV and try again.</source>
            <translation>To nie jest plik tekstowy/CSV (zawiera znak NUL). Wyeksportuj dane jako CSV i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>Nie można odczytać pliku: %1</translation>
        </message>
        <message>
            <source>The file is not valid %1 text. Save it as UTF-8 and try again.</source>
            <translation>Plik nie jest prawidłowym tekstem %1. Zapisz go jako UTF-8 i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>This is not a text/CSV file: it contains binary data (a NUL character).</source>
            <translation>To nie jest plik tekstowy/CSV: zawiera dane binarne (znak NUL).</translation>
        </message>
        <message>
            <source>The quoted field that starts here is longer than %L1 characters; a closing quote is probably missing.</source>
            <translation>Pole w cudzysłowie, które zaczyna się tutaj, jest dłuższe niż %L1 znaków; prawdopodobnie brakuje cudzysłowu zamykającego.</translation>
        </message>
        <message>
            <source>A field is longer than %L1 characters.</source>
            <translation>Pole jest dłuższe niż %L1 znaków.</translation>
        </message>
        <message>
            <source>Line %1 has more than %L2 columns; this is not a candidate list Sourcedesk can import.</source>
            <translation>Wiersz %1 ma więcej niż %L2 kolumn; to nie jest lista kandydatów, którą Sourcedesk może zaimportować.</translation>
        </message>
        <message>
            <source>Unterminated quote: the quoted field that starts here never ends.</source>
            <translation>Niezamknięty cudzysłów: pole w cudzysłowie, które zaczyna się tutaj, nigdy się nie kończy.</translation>
        </message>
    </context>
    <context>
        <name>sd::csv::CsvWriter</name>
        <message>
            <source>Writing the CSV file failed: %1</source>
            <translation>Zapis pliku CSV nie powiódł się: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::ConnectionManager</name>
        <message>
            <source>Disconnect first: the address, method and client can only change while Sourcedesk is not connected.</source>
            <translation>Najpierw się rozłącz: adres, metodę i klienta można zmienić tylko wtedy, gdy Sourcedesk nie jest połączony.</translation>
        </message>
        <message>
            <source>The API key for %1 is no longer in the keychain. Connect again.</source>
            <translation>Klucza API dla %1 nie ma już w pęku kluczy. Połącz się ponownie.</translation>
        </message>
        <message>
            <source>The SmartRecruiters sign-in for %1 is no longer in the keychain. Connect again.</source>
            <translation>Danych logowania do SmartRecruiters dla %1 nie ma już w pęku kluczy. Połącz się ponownie.</translation>
        </message>
        <message>
            <source>Sourcedesk is already connected. Disconnect first to connect another account.</source>
            <translation>Sourcedesk jest już połączony. Najpierw się rozłącz, aby połączyć inne konto.</translation>
        </message>
        <message>
            <source>Enter the client secret of the OAuth app: none is stored for this client yet.</source>
            <translation>Wprowadź klucz tajny klienta aplikacji OAuth: dla tego klienta nie zapisano jeszcze żadnego.</translation>
        </message>
        <message>
            <source>Paste the API key from SmartRecruiters (Settings → Apps &amp; Integrations → API key).</source>
            <translation>Wklej klucz API z SmartRecruiters (Settings → Apps &amp; Integrations → API key).</translation>
        </message>
        <message>
            <source>Connected, but the API key could not be kept in the keychain (%1); you will have to enter it again next time.</source>
            <translation>Połączono, ale nie można zapisać klucza API w pęku kluczy (%1); następnym razem trzeba będzie wprowadzić go ponownie.</translation>
        </message>
        <message>
            <source>Connect first.</source>
            <translation>Najpierw się połącz.</translation>
        </message>
        <message>
            <source>Disconnected, but not every secret could be removed from the keychain: %1</source>
            <translation>Rozłączono, ale nie wszystkie dane poufne udało się usunąć z pęku kluczy: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::ConnectionSettings</name>
        <message>
            <source>API address: %1</source>
            <translation>Adres API: %1</translation>
        </message>
        <message>
            <source>Sign-in address: %1</source>
            <translation>Adres logowania: %1</translation>
        </message>
        <message>
            <source>Enter the OAuth client id of your SmartRecruiters app (Settings → Apps &amp; Integrations → Credentials in SmartRecruiters).</source>
            <translation>Wprowadź identyfikator klienta OAuth Twojej aplikacji SmartRecruiters (w SmartRecruiters: Settings → Apps &amp; Integrations → Credentials).</translation>
        </message>
        <message>
            <source>The redirect URI “%1” is not a web address; it must match one registered for the OAuth client exactly.</source>
            <translation>URI przekierowania „%1” nie jest adresem internetowym; musi dokładnie odpowiadać identyfikatorowi URI zarejestrowanemu dla klienta OAuth.</translation>
        </message>
        <message>
            <source>The workspace setting %1 is “%2”; expected “oauth” or “api_key”. Using OAuth.</source>
            <translation>Ustawienie obszaru roboczego %1 ma wartość „%2”; oczekiwano „oauth” lub „api_key”. Używany jest OAuth.</translation>
        </message>
        <message>
            <source>The workspace setting %1 is not usable (%2); using %3.</source>
            <translation>Ustawienia obszaru roboczego %1 nie można użyć (%2); używane jest %3.</translation>
        </message>
        <message>
            <source>API keys are not allowed, only signing in with SmartRecruiters (%1).</source>
            <translation>Klucze API są niedozwolone, dozwolone jest tylko logowanie przez SmartRecruiters (%1).</translation>
        </message>
        <message>
            <source>Signing in with SmartRecruiters is not allowed, only API keys (%1).</source>
            <translation>Logowanie przez SmartRecruiters jest niedozwolone, dozwolone są tylko klucze API (%1).</translation>
        </message>
        <message>
            <source>The API address must be %2 (%1).</source>
            <translation>Adres API musi mieć wartość %2 (%1).</translation>
        </message>
        <message>
            <source>The sign-in address must be %2 (%1).</source>
            <translation>Adres logowania musi mieć wartość %2 (%1).</translation>
        </message>
        <message>
            <source>The OAuth client id must be %2 (%1).</source>
            <translation>Identyfikator klienta OAuth musi mieć wartość %2 (%1).</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::SandboxDemo</name>
        <message>
            <source>The local sandbox did not answer (%1). Start it with ./scripts/run.sh.</source>
            <translation>Lokalny sandbox nie odpowiada (%1). Uruchom go poleceniem ./scripts/run.sh.</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::ScopeCheck</name>
        <message>
            <source>show who is connected</source>
            <translation>wyświetlanie, kto jest połączony</translation>
        </message>
        <message>
            <source>match recruiters and hiring teams to users</source>
            <translation>dopasowywanie rekruterów i zespołów rekrutacyjnych do użytkowników</translation>
        </message>
        <message>
            <source>link campaigns to jobs</source>
            <translation>powiązywanie kampanii z ofertami pracy</translation>
        </message>
        <message>
            <source>find existing candidates before creating one</source>
            <translation>wyszukiwanie istniejących kandydatów przed utworzeniem nowego</translation>
        </message>
        <message>
            <source>pull hiring stages back</source>
            <translation>pobieranie etapów rekrutacji</translation>
        </message>
        <message>
            <source>update fields, tags and statuses</source>
            <translation>aktualizowanie pól, tagów i statusów</translation>
        </message>
        <message>
            <source>read sources, properties and hiring processes</source>
            <translation>odczytywanie źródeł, właściwości i procesów rekrutacji</translation>
        </message>
        <message>
            <source>show the notes already on a candidate</source>
            <translation>wyświetlanie notatek, które kandydat już ma</translation>
        </message>
        <message>
            <source>create candidates</source>
            <translation>tworzenie kandydatów</translation>
        </message>
        <message>
            <source>write outreach as notes</source>
            <translation>zapisywanie działań kontaktowych jako notatek</translation>
        </message>
        <message>
            <source>hear about stage changes at once instead of polling</source>
            <translation>natychmiastowe powiadamianie o zmianach etapów zamiast okresowego odpytywania</translation>
        </message>
        <message>
            <source>Checked by “Insert test candidate”: there is no way to try it without creating something.</source>
            <translation>Sprawdzane przez „Wstaw kandydata testowego”: nie da się tego sprawdzić bez utworzenia czegoś.</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>Sprawdzanie zostało anulowane.</translation>
        </message>
        <message>
            <source>Every permission Sourcedesk needs is there.</source>
            <translation>Sourcedesk ma wszystkie potrzebne uprawnienia.</translation>
        </message>
        <message>
            <source>Missing: %1. Ask your SmartRecruiters administrator to add these scopes to the OAuth app (or a role that allows them), then connect again.</source>
            <translation>Brakuje: %1. Poproś administratora SmartRecruiters o dodanie tych zakresów do aplikacji OAuth (lub roli, która na nie pozwala), a następnie połącz się ponownie.</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::TestCandidate</name>
        <message>
            <source>Test Candidate (delete me)</source>
            <translation>Kandydat testowy (do usunięcia)</translation>
        </message>
        <message>
            <source>The test candidate could not be created: %1</source>
            <translation>Nie można utworzyć kandydata testowego: %1</translation>
        </message>
        <message>
            <source>Sourcedesk integration test: this candidate was created by “Test integration” and can be deleted.</source>
            <translation>Test integracji Sourcedesk: ten kandydat został utworzony przez „Testuj integrację” i można go usunąć.</translation>
        </message>
        <message>
            <source>Created “%1” on the job with a note. Delete it in SmartRecruiters when you are done.</source>
            <translation>Utworzono „%1” w ofercie pracy wraz z notatką. Usuń go w SmartRecruiters po zakończeniu.</translation>
        </message>
        <message>
            <source>Created “%1” on the job, but the note could not be written: %2</source>
            <translation>Utworzono „%1” w ofercie pracy, ale nie można zapisać notatki: %2</translation>
        </message>
    </context>
    <context>
        <name>sd::outreach</name>
        <message>
            <source>Not sent: %1 would be empty or unknown for %2.</source>
            <translation>Nie wysłano: %1 byłoby puste lub nieznane dla %2.</translation>
        </message>
    </context>
    <context>
        <name>sd::outreach::OutreachService</name>
        <message numerus="yes">
            <source>%n email(s) sent</source>
            <translation>
                <numerusform>wysłano %n e-mail</numerusform>
                <numerusform>wysłano %n e-maile</numerusform>
                <numerusform>wysłano %n e-maili</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reply(s)</source>
            <translation>
                <numerusform>%n odpowiedź</numerusform>
                <numerusform>%n odpowiedzi</numerusform>
                <numerusform>%n odpowiedzi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bounce(s)</source>
            <translation>
                <numerusform>%n zwrot</numerusform>
                <numerusform>%n zwroty</numerusform>
                <numerusform>%n zwrotów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsubscribe(s)</source>
            <translation>
                <numerusform>%n rezygnacja z subskrypcji</numerusform>
                <numerusform>%n rezygnacje z subskrypcji</numerusform>
                <numerusform>%n rezygnacji z subskrypcji</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new task(s)</source>
            <translation>
                <numerusform>%n nowe zadanie</numerusform>
                <numerusform>%n nowe zadania</numerusform>
                <numerusform>%n nowych zadań</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paused: empty placeholder</source>
            <translation>
                <numerusform>%n wstrzymany: pusty symbol zastępczy</numerusform>
                <numerusform>%n wstrzymane: pusty symbol zastępczy</numerusform>
                <numerusform>%n wstrzymanych: pusty symbol zastępczy</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::policy::Policy</name>
        <message>
            <source>your administrator</source>
            <translation>Twojego administratora</translation>
        </message>
        <message>
            <source>Locked by %1 (company policy)</source>
            <translation>Zablokowane przez %1 (zasady firmy)</translation>
        </message>
        <message>
            <source>Set by %1 (company policy)</source>
            <translation>Ustawione przez %1 (zasady firmy)</translation>
        </message>
        <message>
            <source>The company policy file was ignored as a whole because it is not valid: %1</source>
            <translation>Plik zasad firmy został w całości zignorowany, ponieważ jest nieprawidłowy: %1</translation>
        </message>
        <message>
            <source>Company policy in force, set by %1 (%2).</source>
            <translation>Obowiązują zasady firmy ustalone przez %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>sd::policy::PolicyParser</name>
        <message>
            <source>unknown key "%1"; expected one of %2</source>
            <translation>nieznany klucz „%1”; oczekiwano jednego z: %2</translation>
        </message>
        <message>
            <source>"value" is missing</source>
            <translation>brakuje „value”</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>musi mieć wartość true lub false</translation>
        </message>
        <message>
            <source>must be an object of setting keys</source>
            <translation>musi być obiektem z kluczami ustawień</translation>
        </message>
        <message>
            <source>"%1" is not a web address</source>
            <translation>„%1” nie jest adresem internetowym</translation>
        </message>
        <message>
            <source>"%1" must use https</source>
            <translation>„%1” musi używać https</translation>
        </message>
        <message>
            <source>"%1" must be a plain address, without user, query or fragment</source>
            <translation>„%1” musi być samym adresem, bez nazwy użytkownika, zapytania i fragmentu</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>musi być obiektem</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>musi być ciągiem znaków</translation>
        </message>
        <message>
            <source>must be a client id without spaces</source>
            <translation>musi być identyfikatorem klienta bez spacji</translation>
        </message>
        <message>
            <source>must be a non-empty list of sign-in methods (%1)</source>
            <translation>musi być niepustą listą metod logowania (%1)</translation>
        </message>
        <message>
            <source>must be one of %1</source>
            <translation>musi mieć jedną z wartości: %1</translation>
        </message>
        <message>
            <source>must be the format version, %1</source>
            <translation>musi być wersją formatu, %1</translation>
        </message>
        <message>
            <source>format version %1 is for a newer Sourcedesk; this one reads %2</source>
            <translation>wersja formatu %1 jest przeznaczona dla nowszej wersji Sourcedesk; ta wersja odczytuje %2</translation>
        </message>
        <message>
            <source>must be a non-empty string naming who set the policy</source>
            <translation>musi być niepustym ciągiem znaków wskazującym, kto ustalił zasady</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>nieprawidłowy JSON: %1</translation>
        </message>
        <message>
            <source>the policy must be a JSON object</source>
            <translation>zasady muszą być obiektem JSON</translation>
        </message>
        <message>
            <source>the file is too large for a policy</source>
            <translation>plik jest za duży jak na plik zasad</translation>
        </message>
    </context>
    <context>
        <name>sd::sample</name>
        <message>
            <source>Sample: Senior Backend Engineers</source>
            <translation>Przykład: Senior Backend Engineers</translation>
        </message>
        <message>
            <source>Sample data to explore Sourcedesk. Remove it from Settings or the campaign's menu.</source>
            <translation>Przykładowe dane do poznania Sourcedesk. Usuń je w Ustawieniach lub w menu kampanii.</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Przykładowe dane</translation>
        </message>
        <message>
            <source>Backend role at a growing team</source>
            <translation>Stanowisko backendowe w rozwijającym się zespole</translation>
        </message>
        <message>
            <source>Hi %1, I came across your profile and would love to tell you about a role.</source>
            <translation>Cześć %1, natrafiłem na Twój profil i chętnie opowiem Ci o pewnej roli.</translation>
        </message>
        <message>
            <source>Re: Backend role at a growing team</source>
            <translation>Re: Stanowisko backendowe w rozwijającym się zespole</translation>
        </message>
        <message>
            <source>Thanks for reaching out. Happy to talk next week.</source>
            <translation>Dziękuję za wiadomość. Chętnie porozmawiam w przyszłym tygodniu.</translation>
        </message>
    </context>
    <context>
        <name>sd::sr::ApiError</name>
        <message>
            <source>SmartRecruiters no longer accepts this connection. Reconnect in Settings → Integration.</source>
            <translation>SmartRecruiters nie akceptuje już tego połączenia. Połącz się ponownie w Ustawienia → Integracja.</translation>
        </message>
        <message>
            <source>The SmartRecruiters connection lacks a permission this action needs. Reconnect and allow it.</source>
            <translation>Połączeniu z SmartRecruiters brakuje uprawnienia wymaganego do tej czynności. Połącz się ponownie i nadaj je.</translation>
        </message>
        <message>
            <source>The SmartRecruiters connection lacks the permission “%1”. Ask your admin to add it, then reconnect.</source>
            <translation>Połączeniu z SmartRecruiters brakuje uprawnienia „%1”. Poproś administratora o jego dodanie, a następnie połącz się ponownie.</translation>
        </message>
        <message>
            <source>Your SmartRecruiters account is not allowed to do this (%1). Ask a SmartRecruiters admin for access.</source>
            <translation>Twoje konto SmartRecruiters nie ma uprawnień do tej czynności (%1). Poproś administratora SmartRecruiters o dostęp.</translation>
        </message>
        <message>
            <source>SmartRecruiters could not find it (%1); it may have been deleted or you may not have access.</source>
            <translation>SmartRecruiters nie może tego znaleźć (%1); element mógł zostać usunięty lub nie masz do niego dostępu.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the field “%1”: %2</source>
            <translation>SmartRecruiters odrzucił pole „%1”: %2</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the data: %1</source>
            <translation>SmartRecruiters odrzucił dane: %1</translation>
        </message>
        <message>
            <source>SmartRecruiters is limiting requests right now. Sourcedesk will try again shortly.</source>
            <translation>SmartRecruiters obecnie ogranicza liczbę żądań. Sourcedesk wkrótce spróbuje ponownie.</translation>
        </message>
        <message>
            <source>SmartRecruiters had a problem (HTTP %1). Try again in a few minutes.</source>
            <translation>W SmartRecruiters wystąpił problem (HTTP %1). Spróbuj ponownie za kilka minut.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the request (HTTP %1%2).</source>
            <translation>SmartRecruiters odrzucił żądanie (HTTP %1%2).</translation>
        </message>
        <message>
            <source>SmartRecruiters did not answer in time. Check your connection; Sourcedesk will try again.</source>
            <translation>SmartRecruiters nie odpowiedział na czas. Sprawdź połączenie; Sourcedesk spróbuje ponownie.</translation>
        </message>
        <message>
            <source>The secure connection to SmartRecruiters failed (%1). Check the system date and any proxy that inspects traffic.</source>
            <translation>Bezpieczne połączenie z SmartRecruiters nie powiodło się (%1). Sprawdź datę systemową i ewentualny serwer proxy, który analizuje ruch.</translation>
        </message>
        <message>
            <source>Cannot reach SmartRecruiters (%1). Check your internet connection.</source>
            <translation>Nie można połączyć się z SmartRecruiters (%1). Sprawdź połączenie z internetem.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Anulowano.</translation>
        </message>
        <message numerus="yes">
            <source>SmartRecruiters did not answer within %n second(s). Check your connection and try again.</source>
            <translation>
                <numerusform>SmartRecruiters nie odpowiedział w ciągu %n sekundy. Sprawdź połączenie i spróbuj ponownie.</numerusform>
                <numerusform>SmartRecruiters nie odpowiedział w ciągu %n sekund. Sprawdź połączenie i spróbuj ponownie.</numerusform>
                <numerusform>SmartRecruiters nie odpowiedział w ciągu %n sekund. Sprawdź połączenie i spróbuj ponownie.</numerusform>
            </translation>
        </message>
        <message>
            <source>SmartRecruiters sent an answer Sourcedesk cannot read (%1: %2). Please report this.</source>
            <translation>SmartRecruiters przesłał odpowiedź, której Sourcedesk nie może odczytać (%1: %2). Zgłoś ten problem.</translation>
        </message>
    </context>
    <context>
        <name>sd::sr::ApiKeyCredential</name>
        <message>
            <source>The API key was refused. Enter a valid key in Settings → Integration.</source>
            <translation>Klucz API został odrzucony. Wprowadź prawidłowy klucz w Ustawienia → Integracja.</translation>
        </message>
    </context>
    <context>
        <name>sd::sr::Hosts</name>
        <message>
            <source>“%1” is not a web address such as https://api.smartrecruiters.com.</source>
            <translation>„%1” nie jest adresem internetowym, takim jak https://api.smartrecruiters.com.</translation>
        </message>
        <message>
            <source>“%1” must start with https://.</source>
            <translation>„%1” musi zaczynać się od https://.</translation>
        </message>
        <message>
            <source>“%1” must use https://: only this computer's own test server (localhost) may use plain http.</source>
            <translation>„%1” musi używać https://: tylko lokalny serwer testowy tego komputera (localhost) może używać zwykłego http.</translation>
        </message>
        <message>
            <source>“%1” must be a plain base address, without user name, query or fragment.</source>
            <translation>„%1” musi być samym adresem bazowym, bez nazwy użytkownika, zapytania i fragmentu.</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync</name>
        <message>
            <source>The stage is not in the SmartRecruiters stage list; refresh the stages.</source>
            <translation>Etapu nie ma na liście etapów SmartRecruiters; odśwież etapy.</translation>
        </message>
        <message>
            <source>The stage is not mapped to a pipeline status.</source>
            <translation>Etap nie jest zmapowany na status w lejku.</translation>
        </message>
        <message>
            <source>The stage was renamed or removed in SmartRecruiters; review its mapping.</source>
            <translation>Etap został zmieniony lub usunięty w SmartRecruiters; sprawdź jego mapowanie.</translation>
        </message>
        <message>
            <source>The sub-status exists in several hiring processes with different mappings.</source>
            <translation>Podstatus występuje w kilku procesach rekrutacji z różnymi mapowaniami.</translation>
        </message>
        <message>
            <source>The status was changed in Sourcedesk after the last SmartRecruiters change.</source>
            <translation>Status został zmieniony w Sourcedesk po ostatniej zmianie w SmartRecruiters.</translation>
        </message>
        <message>
            <source>The application is no longer in SmartRecruiters.</source>
            <translation>Aplikacji nie ma już w SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::Stage</name>
        <message>
            <source>no longer in SmartRecruiters</source>
            <translation>już nie ma w SmartRecruiters</translation>
        </message>
        <message>
            <source>renamed from “%1” to “%2”</source>
            <translation>zmieniono nazwę z „%1” na „%2”</translation>
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
            <translation>Nowy</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>W ocenie</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Rozmowa kwalifikacyjna</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Oferta złożona</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Zatrudniony</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Odrzucony</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Wycofany</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>Przeniesiony</translation>
        </message>
        <message>
            <source>These stages are not in the SmartRecruiters catalogue (refresh the stages first): %1</source>
            <translation>Tych etapów nie ma w katalogu SmartRecruiters (najpierw odśwież etapy): %1</translation>
        </message>
        <message>
            <source>Map every SmartRecruiters stage to a pipeline status before saving. Not mapped: %1</source>
            <translation>Przed zapisaniem zmapuj każdy etap SmartRecruiters na status w lejku. Niezmapowane: %1</translation>
        </message>
        <message>
            <source>No SmartRecruiters stage %1.</source>
            <translation>Brak etapu SmartRecruiters %1.</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::StageSync</name>
        <message>
            <source>Stage sync has no start date: turn it off and on again.</source>
            <translation>Synchronizacja etapów nie ma daty rozpoczęcia: wyłącz ją i włącz ponownie.</translation>
        </message>
        <message>
            <source>SmartRecruiters did not answer as expected.</source>
            <translation>SmartRecruiters nie odpowiedział zgodnie z oczekiwaniami.</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::StageSyncScheduler</name>
        <message>
            <source>The connection to SmartRecruiters changed during the stage sync; it runs again at the next opportunity.</source>
            <translation>Połączenie z SmartRecruiters zmieniło się w trakcie synchronizacji etapów; zostanie ona uruchomiona ponownie przy najbliższej okazji.</translation>
        </message>
        <message>
            <source>The stage sync time zone "%1" is not known here; %2 is used instead.</source>
            <translation>Strefa czasowa synchronizacji etapów „%1” jest tu nieznana; zamiast niej używana jest %2.</translation>
        </message>
        <message>
            <source>The stage sync settings could not be read: %1</source>
            <translation>Nie można odczytać ustawień synchronizacji etapów: %1</translation>
        </message>
        <message>
            <source>The last stage sync could not be read: %1</source>
            <translation>Nie można odczytać ostatniej synchronizacji etapów: %1</translation>
        </message>
        <message>
            <source>Stage sync is turned off. Turn on "Synchronize hiring stages" on Settings → SmartRecruiters sync (team defaults) first.</source>
            <translation>Synchronizacja etapów jest wyłączona. Najpierw włącz „Synchronizuj etapy rekrutacji” w Ustawienia → Synchronizacja SmartRecruiters (ustawienia domyślne zespołu).</translation>
        </message>
        <message>
            <source>The stage sync is due but Sourcedesk is not connected to SmartRecruiters; it runs when the connection is back.</source>
            <translation>Nadszedł czas synchronizacji etapów, ale Sourcedesk nie jest połączony z SmartRecruiters; zostanie ona uruchomiona po przywróceniu połączenia.</translation>
        </message>
        <message>
            <source>Not connected to SmartRecruiters. Connect on Settings → Integration: SmartRecruiters, then sync the stages again.</source>
            <translation>Brak połączenia z SmartRecruiters. Połącz się w Ustawienia → Integracja: SmartRecruiters, a następnie ponownie zsynchronizuj etapy.</translation>
        </message>
        <message>
            <source>The check for what is out of step failed: %1</source>
            <translation>Sprawdzanie rozbieżności nie powiodło się: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::StatusPushBack</name>
        <message>
            <source>No SmartRecruiters stage is mapped to this status, so it cannot be sent to SmartRecruiters.</source>
            <translation>Żaden etap SmartRecruiters nie jest zmapowany na ten status, więc nie można go przesłać do SmartRecruiters.</translation>
        </message>
        <message>
            <source>The SmartRecruiters stage %1 is not in the stage list any more.</source>
            <translation>Etapu SmartRecruiters %1 nie ma już na liście etapów.</translation>
        </message>
        <message>
            <source>The stage “%1” is mapped to another status.</source>
            <translation>Etap „%1” jest zmapowany na inny status.</translation>
        </message>
        <message>
            <source>Several SmartRecruiters stages are mapped to this status; choose one: %1</source>
            <translation>Na ten status zmapowano kilka etapów SmartRecruiters; wybierz jeden: %1</translation>
        </message>
        <message>
            <source>The stage “%1” is %2; review the mapping first.</source>
            <translation>Etap „%1” jest %2; najpierw sprawdź mapowanie.</translation>
        </message>
        <message>
            <source>A reason can only be given for a rejection or a withdrawal.</source>
            <translation>Powód można podać tylko przy odrzuceniu lub wycofaniu.</translation>
        </message>
        <message>
            <source>Choose a rejection reason.</source>
            <translation>Wybierz powód odrzucenia.</translation>
        </message>
        <message>
            <source>Choose a withdrawal reason.</source>
            <translation>Wybierz powód wycofania.</translation>
        </message>
        <message>
            <source>The reasons could not be read from SmartRecruiters; try again.</source>
            <translation>Nie można odczytać powodów z SmartRecruiters; spróbuj ponownie.</translation>
        </message>
        <message>
            <source>This rejection reason is not (or no longer) in SmartRecruiters.</source>
            <translation>Tego powodu odrzucenia nie ma (lub już nie ma) w SmartRecruiters.</translation>
        </message>
        <message>
            <source>This withdrawal reason is not (or no longer) in SmartRecruiters.</source>
            <translation>Tego powodu wycofania nie ma (lub już nie ma) w SmartRecruiters.</translation>
        </message>
        <message>
            <source>This candidate is not linked to a SmartRecruiters application of the campaign's job.</source>
            <translation>Ten kandydat nie jest powiązany z aplikacją w SmartRecruiters dotyczącą oferty pracy tej kampanii.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync</name>
        <message>
            <source>"%1" is not yes or no.</source>
            <translation>„%1” to nie jest „tak” ani „nie”.</translation>
        </message>
        <message>
            <source>"%1" is not a number.</source>
            <translation>„%1” nie jest liczbą.</translation>
        </message>
        <message>
            <source>"%1" is not an amount with a currency code, like "EUR 1200".</source>
            <translation>„%1” nie jest kwotą z kodem waluty, np. „EUR 1200”.</translation>
        </message>
        <message>
            <source>"%1" is not a date (YYYY-MM-DD).</source>
            <translation>„%1” nie jest datą (RRRR-MM-DD).</translation>
        </message>
        <message>
            <source>"%1" is not a two-letter country code.</source>
            <translation>„%1” nie jest dwuliterowym kodem kraju.</translation>
        </message>
        <message>
            <source>The SmartRecruiters candidate has no id.</source>
            <translation>Kandydat SmartRecruiters nie ma identyfikatora.</translation>
        </message>
        <message>
            <source>%1 (%2) is already linked to another SmartRecruiters candidate (%3). Open their SmartRecruiters tab to check which one is right.</source>
            <translation>%1 (%2) jest już powiązany z innym kandydatem SmartRecruiters (%3). Otwórz kartę SmartRecruiters tej osoby, aby sprawdzić, który jest właściwy.</translation>
        </message>
        <message>
            <source>SmartRecruiters candidate %1 has no name; it was not added.</source>
            <translation>Kandydat SmartRecruiters %1 nie ma imienia i nazwiska; nie został dodany.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::AttachmentRunner</name>
        <message>
            <source>Uploaded when the candidate is created in SmartRecruiters.</source>
            <translation>Przesyłany po utworzeniu kandydata w SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::CompanyPolicy</name>
        <message>
            <source>true, false or a string</source>
            <translation>true, false lub ciąg znaków</translation>
        </message>
        <message>
            <source>a list of strings or a comma-separated string</source>
            <translation>lista ciągów znaków lub ciąg znaków rozdzielany przecinkami</translation>
        </message>
        <message>
            <source>a JSON array of rules or a string</source>
            <translation>tablica JSON reguł lub ciąg znaków</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>ciąg znaków</translation>
        </message>
        <message>
            <source>%1: wrong type; expected %2</source>
            <translation>%1: nieprawidłowy typ; oczekiwano: %2</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::CreateRunner</name>
        <message>
            <source>Retry the job.</source>
            <translation>Ponów operację.</translation>
        </message>
        <message>
            <source>A possible match in SmartRecruiters waits for review: %1</source>
            <translation>Możliwe dopasowanie w SmartRecruiters oczekuje na sprawdzenie: %1</translation>
        </message>
        <message>
            <source>Open the review queue: link the candidate to the match, or mark them as different people.</source>
            <translation>Otwórz kolejkę do sprawdzenia: powiąż kandydata z dopasowaniem lub oznacz ich jako różne osoby.</translation>
        </message>
        <message>
            <source>Mandatory fields are blank: %1.</source>
            <translation>Pola obowiązkowe są puste: %1.</translation>
        </message>
        <message>
            <source>Fill them in on the candidate, then retry.</source>
            <translation>Uzupełnij je u kandydata, a następnie ponów.</translation>
        </message>
        <message>
            <source>Record the candidate's consent, then retry.</source>
            <translation>Zapisz zgodę kandydata, a następnie ponów.</translation>
        </message>
        <message>
            <source>same email %1, but the last name in SmartRecruiters is "%2"</source>
            <translation>ten sam e-mail %1, ale nazwisko w SmartRecruiters to „%2”</translation>
        </message>
        <message>
            <source>same name %1 %2, but another email (%3)</source>
            <translation>to samo imię i nazwisko %1 %2, ale inny e-mail (%3)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <source>; in SmartRecruiters on "%1" (%2)</source>
            <translation>; w SmartRecruiters w ofercie „%1” (%2)</translation>
        </message>
        <message>
            <source>A possible match exists in SmartRecruiters: %1.</source>
            <translation>W SmartRecruiters istnieje możliwe dopasowanie: %1.</translation>
        </message>
        <message>
            <source>Unlink the other Sourcedesk candidate, or skip this job.</source>
            <translation>Odłącz drugiego kandydata Sourcedesk lub pomiń tę operację.</translation>
        </message>
        <message>
            <source>The answer to the create was lost, and SmartRecruiters cannot be searched for talent-pool candidates: %1 may already exist there.</source>
            <translation>Odpowiedź na utworzenie została utracona, a w SmartRecruiters nie można wyszukiwać kandydatów z puli talentów: %1 może już tam istnieć.</translation>
        </message>
        <message>
            <source>Look for them in SmartRecruiters' talent pool: if they are there, skip this job and link them; if not, retry.</source>
            <translation>Poszukaj tej osoby w puli talentów SmartRecruiters: jeśli tam jest, pomiń tę operację i powiąż ją; jeśli nie, ponów.</translation>
        </message>
        <message>
            <source>The source "%1" does not exist in SmartRecruiters; the connection's default source was used. Choose an existing source in the sync settings.</source>
            <translation>Źródło „%1” nie istnieje w SmartRecruiters; użyto domyślnego źródła połączenia. Wybierz istniejące źródło w ustawieniach synchronizacji.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::FieldMapping</name>
        <message>
            <source>text</source>
            <translation>tekst</translation>
        </message>
        <message>
            <source>an email address</source>
            <translation>adres e-mail</translation>
        </message>
        <message>
            <source>a phone number</source>
            <translation>numer telefonu</translation>
        </message>
        <message>
            <source>a web address</source>
            <translation>adres internetowy</translation>
        </message>
        <message>
            <source>a two-letter country code</source>
            <translation>dwuliterowy kod kraju</translation>
        </message>
        <message>
            <source>a region code such as us-wa</source>
            <translation>kod regionu, np. us-wa</translation>
        </message>
        <message>
            <source>a date</source>
            <translation>data</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>liczba</translation>
        </message>
        <message>
            <source>yes or no</source>
            <translation>tak lub nie</translation>
        </message>
        <message>
            <source>one of the property's values</source>
            <translation>jedna z wartości właściwości</translation>
        </message>
        <message>
            <source>an amount with a currency</source>
            <translation>kwota z walutą</translation>
        </message>
        <message>
            <source>a SmartRecruiters user</source>
            <translation>użytkownik SmartRecruiters</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Imię</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nazwisko</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Numer telefonu</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Miasto</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Kraj</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Kod kraju</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Strona internetowa</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Stanowisko</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Property %1</source>
            <translation>Właściwość %1</translation>
        </message>
        <message>
            <source>the field mapping is not valid JSON: %1</source>
            <translation>mapowanie pól nie jest prawidłowym JSON: %1</translation>
        </message>
        <message>
            <source>offset %1</source>
            <translation>pozycja %1</translation>
        </message>
        <message>
            <source>the field mapping must be a JSON array of rules</source>
            <translation>mapowanie pól musi być tablicą JSON reguł</translation>
        </message>
        <message>
            <source>entry %1</source>
            <translation>wpis %1</translation>
        </message>
        <message>
            <source>entry %1 (%2)</source>
            <translation>wpis %1 (%2)</translation>
        </message>
        <message>
            <source>each rule must be an object with srField, source and rule</source>
            <translation>każda reguła musi być obiektem z polami srField, source i rule</translation>
        </message>
        <message>
            <source>srField is missing</source>
            <translation>brak srField</translation>
        </message>
        <message>
            <source>%1 is not a SmartRecruiters candidate field; use a standard field or property:&lt;id&gt;</source>
            <translation>%1 nie jest polem kandydata SmartRecruiters; użyj pola standardowego lub property:&lt;id&gt;</translation>
        </message>
        <message>
            <source>%1 is mapped twice</source>
            <translation>%1 jest zmapowane dwukrotnie</translation>
        </message>
        <message>
            <source>source is missing</source>
            <translation>brak source</translation>
        </message>
        <message>
            <source>rule must be "always" or "ifBlank", not "%1"</source>
            <translation>rule musi mieć wartość „always” lub „ifBlank”, a nie „%1”</translation>
        </message>
        <message>
            <source>there is no candidate property with id %1 in SmartRecruiters</source>
            <translation>w SmartRecruiters nie ma właściwości kandydata o identyfikatorze %1</translation>
        </message>
        <message>
            <source>property type %1 is not supported</source>
            <translation>typ właściwości %1 nie jest obsługiwany</translation>
        </message>
        <message>
            <source>not a SmartRecruiters candidate field</source>
            <translation>to nie jest pole kandydata SmartRecruiters</translation>
        </message>
        <message>
            <source>mapped more than once; only the first rule counts</source>
            <translation>zmapowane więcej niż raz; liczy się tylko pierwsza reguła</translation>
        </message>
        <message>
            <source>%1 is not a Sourcedesk field</source>
            <translation>%1 nie jest polem Sourcedesk</translation>
        </message>
        <message>
            <source>unknown placeholder {%1}</source>
            <translation>nieznany symbol zastępczy {%1}</translation>
        </message>
        <message>
            <source>SmartRecruiters expects %1 here, but %2 holds %3</source>
            <translation>SmartRecruiters oczekuje tutaj %1, ale %2 zawiera %3</translation>
        </message>
        <message>
            <source>"%1" is not %2</source>
            <translation>„%1” nie jest %2</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::JobOutcome</name>
        <message>
            <source>Connect to SmartRecruiters again in Settings → Integration; waiting jobs then continue.</source>
            <translation>Połącz się ponownie z SmartRecruiters w Ustawienia → Integracja; oczekujące operacje będą wtedy kontynuowane.</translation>
        </message>
        <message>
            <source>Ask your SmartRecruiters admin to grant the missing permission, connect again, then retry.</source>
            <translation>Poproś administratora SmartRecruiters o nadanie brakującego uprawnienia, połącz się ponownie, a następnie ponów.</translation>
        </message>
        <message>
            <source>Your SmartRecruiters user may not do this: ask an admin, or skip the job.</source>
            <translation>Twój użytkownik SmartRecruiters nie może tego zrobić: poproś administratora lub pomiń operację.</translation>
        </message>
        <message>
            <source>The record no longer exists in SmartRecruiters: unlink the candidate or skip the job.</source>
            <translation>Rekord nie istnieje już w SmartRecruiters: odłącz kandydata lub pomiń operację.</translation>
        </message>
        <message>
            <source>Correct the candidate's data in Sourcedesk, then retry.</source>
            <translation>Popraw dane kandydata w Sourcedesk, a następnie ponów.</translation>
        </message>
        <message>
            <source>Correct "%1" on the candidate in Sourcedesk, then retry.</source>
            <translation>Popraw „%1” u kandydata w Sourcedesk, a następnie ponów.</translation>
        </message>
        <message>
            <source>Check the connection in Settings → Integration, then retry.</source>
            <translation>Sprawdź połączenie w Ustawienia → Integracja, a następnie ponów.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::JobRunner</name>
        <message>
            <source>Retry the job.</source>
            <translation>Ponów operację.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::LinkRunner</name>
        <message>
            <source>Nothing to link.</source>
            <translation>Nie ma czego powiązać.</translation>
        </message>
        <message>
            <source>%1 %2 already exists in SmartRecruiters and is not on the job "%3". SmartRecruiters' API cannot add an existing candidate to a job, and Sourcedesk does not create a second profile.</source>
            <translation>%1 %2 już istnieje w SmartRecruiters i nie jest przypisany do oferty pracy „%3”. API SmartRecruiters nie pozwala dodać istniejącego kandydata do oferty pracy, a Sourcedesk nie tworzy drugiego profilu.</translation>
        </message>
        <message>
            <source>Open the candidate in SmartRecruiters and add them to the job, then retry (or skip) this job.</source>
            <translation>Otwórz kandydata w SmartRecruiters i dodaj go do oferty pracy, a następnie ponów (lub pomiń) tę operację.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::NoteRunner</name>
        <message>
            <source>Written when the candidate is created in SmartRecruiters.</source>
            <translation>Zapisywana po utworzeniu kandydata w SmartRecruiters.</translation>
        </message>
        <message>
            <source>No email to find the candidate in SmartRecruiters by.</source>
            <translation>Brak adresu e-mail, po którym można znaleźć kandydata w SmartRecruiters.</translation>
        </message>
        <message>
            <source>No matching candidate in SmartRecruiters yet.</source>
            <translation>W SmartRecruiters nie ma jeszcze pasującego kandydata.</translation>
        </message>
        <message>
            <source>The answer to this note was lost, and only a SmartRecruiters administrator may list notes to check whether it was written.</source>
            <translation>Odpowiedź na tę notatkę została utracona, a tylko administrator SmartRecruiters może wyświetlić notatki, aby sprawdzić, czy została zapisana.</translation>
        </message>
        <message>
            <source>Look at the candidate's notes in SmartRecruiters: skip this job if the note is there, retry it if not.</source>
            <translation>Sprawdź notatki kandydata w SmartRecruiters: pomiń tę operację, jeśli notatka tam jest, a jeśli nie — ponów ją.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::Outbox</name>
        <message>
            <source>Create candidate</source>
            <translation>Utwórz kandydata</translation>
        </message>
        <message>
            <source>Put on job</source>
            <translation>Przypisz do oferty pracy</translation>
        </message>
        <message>
            <source>Update fields</source>
            <translation>Zaktualizuj pola</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Dodaj notatkę</translation>
        </message>
        <message>
            <source>Set tags</source>
            <translation>Ustaw tagi</translation>
        </message>
        <message>
            <source>Upload attachment</source>
            <translation>Prześlij załącznik</translation>
        </message>
        <message>
            <source>Set hiring status</source>
            <translation>Ustaw status rekrutacji</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Oczekuje</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Wysyłanie</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gotowe</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>Ponawianie</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Wymaga uwagi</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Pominięto</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Wstrzymano</translation>
        </message>
        <message>
            <source>A SmartRecruiters job needs a candidate.</source>
            <translation>Operacja SmartRecruiters wymaga kandydata.</translation>
        </message>
        <message>
            <source>Outbox job %1 does not exist.</source>
            <translation>Operacja %1 w skrzynce nadawczej nie istnieje.</translation>
        </message>
        <message>
            <source>Only a job that waits or needs attention can be retried; job %1 is %2.</source>
            <translation>Ponowić można tylko operację oczekującą lub wymagającą uwagi; operacja %1 ma status %2.</translation>
        </message>
        <message>
            <source>Job %1 is %2 and cannot be skipped.</source>
            <translation>Operacja %1 ma status %2 i nie można jej pominąć.</translation>
        </message>
        <message>
            <source>Outbox job %1 was taken over by another Sourcedesk after its lease ran out.</source>
            <translation>Operację %1 w skrzynce nadawczej przejęła inna instancja Sourcedesk po wygaśnięciu jej rezerwacji.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::PreviewRunner</name>
        <message>
            <source>A possible match in SmartRecruiters waits for review: %1</source>
            <translation>Możliwe dopasowanie w SmartRecruiters oczekuje na sprawdzenie: %1</translation>
        </message>
        <message>
            <source>Create the candidate in the talent pool</source>
            <translation>Utwórz kandydata w puli talentów</translation>
        </message>
        <message>
            <source>Create the candidate on the job "%1"</source>
            <translation>Utwórz kandydata w ofercie pracy „%1”</translation>
        </message>
        <message>
            <source>The source "%1" is checked against SmartRecruiters' sources when the push runs; an unknown one falls back to the connection's default.</source>
            <translation>Źródło „%1” jest sprawdzane względem źródeł SmartRecruiters podczas przesyłania; nieznane źródło zostanie zastąpione domyślnym źródłem połączenia.</translation>
        </message>
        <message>
            <source>Update the linked SmartRecruiters candidate</source>
            <translation>Zaktualizuj powiązanego kandydata SmartRecruiters</translation>
        </message>
        <message>
            <source>Not connected: SmartRecruiters' current values could not be read.</source>
            <translation>Brak połączenia: nie można odczytać bieżących wartości z SmartRecruiters.</translation>
        </message>
        <message>
            <source>"Sync manual contact updates" is off: edits are not sent on their own.</source>
            <translation>Opcja „Synchronizuj ręczne zmiany danych kontaktowych” jest wyłączona: zmiany nie są wysyłane samodzielnie.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::Reconciler</name>
        <message>
            <source>%1 is %2 in the campaign but not in SmartRecruiters.</source>
            <translation>%1 ma status %2 w kampanii, ale nie w SmartRecruiters.</translation>
        </message>
        <message>
            <source>Push to SmartRecruiters</source>
            <translation>Prześlij do SmartRecruiters</translation>
        </message>
        <message>
            <source>A note for %1 waits until they are in SmartRecruiters.</source>
            <translation>Notatka dla %1 czeka, aż ta osoba znajdzie się w SmartRecruiters.</translation>
        </message>
        <message>
            <source>%1 for %2: %3</source>
            <translation>%1 dla %2: %3</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Ponów</translation>
        </message>
        <message>
            <source>%1 is %2 here but %3 in SmartRecruiters.</source>
            <translation>%1 ma tutaj status %2, ale w SmartRecruiters %3.</translation>
        </message>
        <message>
            <source>Use SmartRecruiters' stage (%1)</source>
            <translation>Użyj etapu z SmartRecruiters (%1)</translation>
        </message>
        <message>
            <source>The SmartRecruiters stage is not mapped.</source>
            <translation>Etap SmartRecruiters nie jest zmapowany.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SettingsStore</name>
        <message>
            <source>not saved at "%1": %2</source>
            <translation>nie zapisano w „%1”: %2</translation>
        </message>
        <message>
            <source>built-in defaults are not stored</source>
            <translation>wbudowane ustawienia domyślne nie są zapisywane</translation>
        </message>
        <message>
            <source>the team layer has no scope, got "%1"</source>
            <translation>poziom zespołu nie ma zakresu, otrzymano „%1”</translation>
        </message>
        <message>
            <source>a user setting needs the user name</source>
            <translation>ustawienie użytkownika wymaga nazwy użytkownika</translation>
        </message>
        <message>
            <source>the scope must be a positive id, got "%1"</source>
            <translation>zakres musi być dodatnim identyfikatorem, otrzymano „%1”</translation>
        </message>
        <message>
            <source>reading the sync settings</source>
            <translation>odczytywanie ustawień synchronizacji</translation>
        </message>
        <message>
            <source>saving the sync setting %1</source>
            <translation>zapisywanie ustawienia synchronizacji %1</translation>
        </message>
        <message>
            <source>removing the sync setting %1</source>
            <translation>usuwanie ustawienia synchronizacji %1</translation>
        </message>
        <message>
            <source>not valid JSON at offset %1: %2</source>
            <translation>nieprawidłowy JSON na pozycji %1: %2</translation>
        </message>
        <message>
            <source>not a Sourcedesk sync settings file ("format" must be "%1")</source>
            <translation>to nie jest plik ustawień synchronizacji Sourcedesk („format” musi mieć wartość „%1”)</translation>
        </message>
        <message>
            <source>"version" must be %1</source>
            <translation>„version” musi mieć wartość %1</translation>
        </message>
        <message>
            <source>written by a newer Sourcedesk (format version %1; this version reads %2)</source>
            <translation>zapisany przez nowszą wersję Sourcedesk (wersja formatu %1; ta wersja odczytuje %2)</translation>
        </message>
        <message>
            <source>"layer" must be team, user, campaign or candidate, not "%1"</source>
            <translation>„layer” musi mieć wartość team, user, campaign lub candidate, a nie „%1”</translation>
        </message>
        <message>
            <source>"values" must be an object of settings</source>
            <translation>„values” musi być obiektem ustawień</translation>
        </message>
        <message>
            <source>%1: the value must be text</source>
            <translation>%1: wartość musi być tekstem</translation>
        </message>
        <message>
            <source>%1: "locked" must be true or false</source>
            <translation>%1: „locked” musi mieć wartość true lub false</translation>
        </message>
        <message>
            <source>%1: only team settings can be locked</source>
            <translation>%1: zablokować można tylko ustawienia zespołu</translation>
        </message>
        <message>
            <source>Only a team admin can change the team settings, field mappings and job status whitelist; ask your team admin.</source>
            <translation>Tylko administrator zespołu może zmieniać ustawienia zespołu, mapowania pól i listę dozwolonych statusów ofert pracy; poproś administratora zespołu.</translation>
        </message>
        <message>
            <source>Only a team admin can change the team settings, field mappings and job status whitelist; you are signed in as %1 (recruiter). Ask your team admin.</source>
            <translation>Tylko administrator zespołu może zmieniać ustawienia zespołu, mapowania pól i listę dozwolonych statusów ofert pracy; zalogowano Cię jako %1 (rekruter). Poproś administratora zespołu.</translation>
        </message>
        <message>
            <source>The team database refused the change: your role may not change settings at "%1" for this scope.</source>
            <translation>Baza danych zespołu odrzuciła zmianę: Twoja rola nie pozwala zmieniać ustawień na poziomie „%1” w tym zakresie.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::StatusRunner</name>
        <message>
            <source>Sent when the candidate is created in SmartRecruiters.</source>
            <translation>Wysyłany po utworzeniu kandydata w SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SyncPlanner</name>
        <message>
            <source>%1: "Add candidate to SmartRecruiters" is set to "Don't add".</source>
            <translation>%1: opcja „Dodaj kandydata do SmartRecruiters” ma wartość „Nie dodawaj”.</translation>
        </message>
        <message>
            <source>%1 has no application to update: the candidate is not in SmartRecruiters or the campaign is not linked to a job.</source>
            <translation>%1 nie ma aplikacji do zaktualizowania: kandydata nie ma w SmartRecruiters lub kampania nie jest powiązana z ofertą pracy.</translation>
        </message>
        <message>
            <source>%1: the status was not pushed to SmartRecruiters: %2</source>
            <translation>%1: status nie został przesłany do SmartRecruiters: %2</translation>
        </message>
        <message>
            <source>Status in "%1" changed to %2.</source>
            <translation>Status w „%1” zmieniono na %2.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SyncRules</name>
        <message>
            <source>when added to the campaign</source>
            <translation>po dodaniu do kampanii</translation>
        </message>
        <message>
            <source>when they reply</source>
            <translation>po odpowiedzi</translation>
        </message>
        <message>
            <source>when they are interested</source>
            <translation>po wyrażeniu zainteresowania</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nigdy</translation>
        </message>
        <message>
            <source>Notes are turned off for this kind of activity</source>
            <translation>Notatki są wyłączone dla tego rodzaju aktywności</translation>
        </message>
        <message>
            <source>Written to the SmartRecruiters candidate with the same email</source>
            <translation>Zapisywana u kandydata SmartRecruiters o tym samym adresie e-mail</translation>
        </message>
        <message>
            <source>Notes go only to records Sourcedesk synced, and this candidate is never added to SmartRecruiters</source>
            <translation>Notatki trafiają tylko do rekordów zsynchronizowanych przez Sourcedesk, a ten kandydat nigdy nie jest dodawany do SmartRecruiters</translation>
        </message>
        <message>
            <source>This candidate is not in SmartRecruiters and is never added to it</source>
            <translation>Tego kandydata nie ma w SmartRecruiters i nigdy nie jest tam dodawany</translation>
        </message>
        <message>
            <source>Written when the candidate is created in SmartRecruiters (%1)</source>
            <translation>Zapisywana po utworzeniu kandydata w SmartRecruiters (%1)</translation>
        </message>
        <message>
            <source>Notes go only to synced records, not to a record that merely has the same email.</source>
            <translation>Notatki trafiają tylko do zsynchronizowanych rekordów, a nie do rekordu, który ma jedynie ten sam adres e-mail.</translation>
        </message>
        <message>
            <source>Written once the candidate has been created in SmartRecruiters</source>
            <translation>Zapisywana, gdy kandydat zostanie utworzony w SmartRecruiters</translation>
        </message>
        <message>
            <source>Nothing to send (blank in Sourcedesk)</source>
            <translation>Nie ma nic do wysłania (puste w Sourcedesk)</translation>
        </message>
        <message>
            <source>New candidate in SmartRecruiters</source>
            <translation>Nowy kandydat w SmartRecruiters</translation>
        </message>
        <message>
            <source>Same value</source>
            <translation>Ta sama wartość</translation>
        </message>
        <message>
            <source>SmartRecruiters takes this only when the candidate is created</source>
            <translation>SmartRecruiters przyjmuje to tylko przy tworzeniu kandydata</translation>
        </message>
        <message>
            <source>SmartRecruiters is blank</source>
            <translation>Puste w SmartRecruiters</translation>
        </message>
        <message>
            <source>Always update</source>
            <translation>Zawsze aktualizuj</translation>
        </message>
        <message>
            <source>Only update if blank: SmartRecruiters already has a value</source>
            <translation>Aktualizuj tylko, gdy puste: SmartRecruiters ma już wartość</translation>
        </message>
        <message>
            <source>Consent is required before syncing, and this candidate's consent is: %1</source>
            <translation>Przed synchronizacją wymagana jest zgoda, a zgoda tego kandydata ma stan: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SyncSettings</name>
        <message>
            <source>Sync manual contact updates to SmartRecruiters</source>
            <translation>Synchronizuj ręczne zmiany danych kontaktowych z SmartRecruiters</translation>
        </message>
        <message>
            <source>Add candidate to SmartRecruiters</source>
            <translation>Dodaj kandydata do SmartRecruiters</translation>
        </message>
        <message>
            <source>Only add notes to synced records</source>
            <translation>Dodawaj notatki tylko do zsynchronizowanych rekordów</translation>
        </message>
        <message>
            <source>Displayed fields</source>
            <translation>Wyświetlane pola</translation>
        </message>
        <message>
            <source>Mandatory fields</source>
            <translation>Pola obowiązkowe</translation>
        </message>
        <message>
            <source>Contact field mapping</source>
            <translation>Mapowanie pól kontaktu</translation>
        </message>
        <message>
            <source>Filterable fields</source>
            <translation>Pola do filtrowania</translation>
        </message>
        <message>
            <source>Create new notes from</source>
            <translation>Twórz nowe notatki z</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Treść notatki</translation>
        </message>
        <message>
            <source>Who sees the notes</source>
            <translation>Kto widzi notatki</translation>
        </message>
        <message>
            <source>Share notes with these users</source>
            <translation>Udostępniaj notatki tym użytkownikom</translation>
        </message>
        <message>
            <source>Job status whitelist</source>
            <translation>Dozwolone statusy ofert pracy</translation>
        </message>
        <message>
            <source>Candidate source in SmartRecruiters</source>
            <translation>Źródło kandydata w SmartRecruiters</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Tag candidates</source>
            <translation>Taguj kandydatów</translation>
        </message>
        <message>
            <source>Require consent before syncing</source>
            <translation>Wymagaj zgody przed synchronizacją</translation>
        </message>
        <message>
            <source>Consent text</source>
            <translation>Treść zgody</translation>
        </message>
        <message>
            <source>Upload attachments</source>
            <translation>Przesyłaj załączniki</translation>
        </message>
        <message>
            <source>Synchronize hiring stages</source>
            <translation>Synchronizuj etapy rekrutacji</translation>
        </message>
        <message>
            <source>Daily stage sync at</source>
            <translation>Codzienna synchronizacja etapów o</translation>
        </message>
        <message>
            <source>Stage sync time zone</source>
            <translation>Strefa czasowa synchronizacji etapów</translation>
        </message>
        <message>
            <source>Stage sync since</source>
            <translation>Synchronizacja etapów od</translation>
        </message>
        <message>
            <source>Only applications made after stage sync was turned on</source>
            <translation>Tylko aplikacje złożone po włączeniu synchronizacji etapów</translation>
        </message>
        <message>
            <source>Push pipeline changes back to SmartRecruiters</source>
            <translation>Przesyłaj zmiany w lejku z powrotem do SmartRecruiters</translation>
        </message>
        <message>
            <source>%1: unknown placeholder {%2}; use %3 or a candidate field such as {firstName}</source>
            <translation>%1: nieznany symbol zastępczy {%2}; użyj %3 lub pola kandydata, np. {firstName}</translation>
        </message>
        <message>
            <source>%1 must not be empty</source>
            <translation>%1 nie może być puste</translation>
        </message>
        <message>
            <source>%1 must be "sourceTypeId/sourceSubTypeId/sourceId" (the middle part may be empty) or empty for SmartRecruiters' default source, not %2</source>
            <translation>%1 musi mieć postać „sourceTypeId/sourceSubTypeId/sourceId” (środkowa część może być pusta) lub być puste dla domyślnego źródła SmartRecruiters, a nie %2</translation>
        </message>
        <message>
            <source>%1 must be a time zone such as Europe/Paris, not %2</source>
            <translation>%1 musi być strefą czasową, np. Europe/Warsaw, a nie %2</translation>
        </message>
        <message>
            <source>%1: %2 is not a valid id</source>
            <translation>%1: %2 nie jest prawidłowym identyfikatorem</translation>
        </message>
        <message>
            <source>%1: %2 is not allowed; choose from %3</source>
            <translation>%1: %2 jest niedozwolone; wybierz spośród %3</translation>
        </message>
        <message>
            <source>Built-in default</source>
            <translation>Wbudowana wartość domyślna</translation>
        </message>
        <message>
            <source>Team default</source>
            <translation>Ustawienie domyślne zespołu</translation>
        </message>
        <message>
            <source>Your setting</source>
            <translation>Twoje ustawienie</translation>
        </message>
        <message>
            <source>This campaign</source>
            <translation>Ta kampania</translation>
        </message>
        <message>
            <source>This candidate (Sync as)</source>
            <translation>Ten kandydat (Synchronizuj jako)</translation>
        </message>
        <message>
            <source>Unknown setting %1</source>
            <translation>Nieznane ustawienie %1</translation>
        </message>
        <message>
            <source>%1 must be true or false, not %2</source>
            <translation>%1 musi mieć wartość true lub false, a nie %2</translation>
        </message>
        <message>
            <source>%1 must be one of %2, not %3</source>
            <translation>%1 musi być jedną z wartości %2, a nie %3</translation>
        </message>
        <message>
            <source>%1 must be a time as HH:mm (24-hour), not %2</source>
            <translation>%1 musi być godziną w formacie HH:mm (zegar 24-godzinny), a nie %2</translation>
        </message>
        <message>
            <source>%1 must be a date as yyyy-MM-dd or empty, not %2</source>
            <translation>%1 musi być datą w formacie rrrr-MM-dd lub być puste, a nie %2</translation>
        </message>
        <message>
            <source>%1 cannot be set here (%2); the value is ignored</source>
            <translation>%1 nie można ustawić tutaj (%2); wartość jest ignorowana</translation>
        </message>
        <message>
            <source>The built-in default of %1 cannot be changed</source>
            <translation>Wbudowanej wartości domyślnej %1 nie można zmienić</translation>
        </message>
        <message>
            <source>%1 (%2) can only be set by the team admin, not at "%3"</source>
            <translation>%1 (%2) może ustawić tylko administrator zespołu, a nie na poziomie „%3”</translation>
        </message>
        <message>
            <source>%1 (%2) is locked by your team admin</source>
            <translation>%1 (%2) zostało zablokowane przez administratora zespołu</translation>
        </message>
        <message>
            <source>Company policy</source>
            <translation>Zasady firmy</translation>
        </message>
        <message>
            <source>%1 (%2): %3; nobody can change it here</source>
            <translation>%1 (%2): %3; nikt nie może go tu zmienić</translation>
        </message>
        <message>
            <source>%1 (%2): %3, above the team defaults</source>
            <translation>%1 (%2): %3, nadrzędne wobec ustawień domyślnych zespołu</translation>
        </message>
        <message>
            <source>%1 (%2) is locked by the team admin %3</source>
            <translation>%1 (%2) zostało zablokowane przez administratora zespołu %3</translation>
        </message>
        <message>
            <source>Locked by the team admin</source>
            <translation>Zablokowane przez administratora zespołu</translation>
        </message>
        <message>
            <source>Locked by the team admin %1</source>
            <translation>Zablokowane przez administratora zespołu %1</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SyncStore</name>
        <message>
            <source>SmartRecruiters candidate %1 is already linked to candidate %2 in Sourcedesk.</source>
            <translation>Kandydat SmartRecruiters %1 jest już powiązany z kandydatem %2 w Sourcedesk.</translation>
        </message>
        <message>
            <source>The possible match could not be queued for review.</source>
            <translation>Nie można dodać możliwego dopasowania do kolejki do sprawdzenia.</translation>
        </message>
        <message>
            <source>Review %1 does not exist or was already resolved.</source>
            <translation>Element do sprawdzenia %1 nie istnieje lub został już rozstrzygnięty.</translation>
        </message>
        <message>
            <source>An attachment needs a file name and content.</source>
            <translation>Załącznik wymaga nazwy pliku i zawartości.</translation>
        </message>
        <message>
            <source>Attachment %1 does not exist.</source>
            <translation>Załącznik %1 nie istnieje.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::TagsRunner</name>
        <message>
            <source>Tagged when the candidate is created in SmartRecruiters.</source>
            <translation>Tagowany po utworzeniu kandydata w SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::Templates</name>
        <message>
            <source>"{" at position %1 is never closed (write "{{" for a literal brace)</source>
            <translation>„{” na pozycji %1 nie zostało zamknięte (wpisz „{{”, aby uzyskać dosłowny nawias klamrowy)</translation>
        </message>
        <message>
            <source>"}" at position %1 has no matching "{" (write "}}" for a literal brace)</source>
            <translation>„}” na pozycji %1 nie ma pasującego „{” (wpisz „}}”, aby uzyskać dosłowny nawias klamrowy)</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::UpdateRunner</name>
        <message>
            <source>Not in SmartRecruiters.</source>
            <translation>Brak w SmartRecruiters.</translation>
        </message>
        <message>
            <source>SmartRecruiters cannot update this field of an existing candidate.</source>
            <translation>SmartRecruiters nie może zaktualizować tego pola istniejącego kandydata.</translation>
        </message>
        <message>
            <source>The property no longer exists in SmartRecruiters.</source>
            <translation>Właściwość nie istnieje już w SmartRecruiters.</translation>
        </message>
        <message>
            <source>Only update if blank: SmartRecruiters already has a value.</source>
            <translation>Aktualizuj tylko, gdy puste: SmartRecruiters ma już wartość.</translation>
        </message>
        <message>
            <source>Same value.</source>
            <translation>Ta sama wartość.</translation>
        </message>
        <message>
            <source>Sent to the application on the job.</source>
            <translation>Wysłano do aplikacji w ofercie pracy.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::AnalyticsCharts</name>
        <message>
            <source>Added</source>
            <translation>Dodani</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Skontaktowani</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Odpowiedzieli</translation>
        </message>
        <message>
            <source>Interested</source>
            <translation>Zainteresowani</translation>
        </message>
        <message>
            <source>In SmartRecruiters</source>
            <translation>W SmartRecruiters</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Zatrudnieni</translation>
        </message>
        <message>
            <source>No author</source>
            <translation>Brak autora</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>Tydzień od %1</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 dni</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Uczestnicy</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>No members were added in this range.</source>
            <translation>W tym zakresie nie dodano żadnych uczestników.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Replied: %1 of the members added; interested: %2</source>
            <translation>Odpowiedzieli: %1 dodanych uczestników; zainteresowani: %2</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Odsetek odpowiedzi</translation>
        </message>
        <message>
            <source>Interest rate</source>
            <translation>Odsetek zainteresowanych</translation>
        </message>
        <message>
            <source>%1: %2 contacted, reply rate %3, interest rate %4</source>
            <translation>%1: skontaktowano %2, odsetek odpowiedzi %3, odsetek zainteresowanych %4</translation>
        </message>
        <message>
            <source>Nobody was contacted in this range.</source>
            <translation>W tym zakresie nikt nie został skontaktowany.</translation>
        </message>
        <message>
            <source>Per day.</source>
            <translation>Dziennie.</translation>
        </message>
        <message>
            <source>Per week.</source>
            <translation>Tygodniowo.</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>Over the range: %1 contacted, %2 replied (%3), %4 interested (%5)</source>
            <translation>W całym zakresie: skontaktowano %1, odpowiedziało %2 (%3), zainteresowanych %4 (%5)</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>No activities were logged in this range.</source>
            <translation>W tym zakresie nie zarejestrowano żadnych aktywności.</translation>
        </message>
        <message numerus="yes">
            <source>%n activities in all</source>
            <translation>
                <numerusform>Łącznie %n aktywność</numerusform>
                <numerusform>Łącznie %n aktywności</numerusform>
                <numerusform>Łącznie %n aktywności</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody was reached out to in this range.</source>
            <translation>W tym zakresie nie nawiązano kontaktu z nikim.</translation>
        </message>
        <message>
            <source>None of the %1 members reached out to has replied yet.</source>
            <translation>Żaden z %1 uczestników, z którymi nawiązano kontakt, jeszcze nie odpowiedział.</translation>
        </message>
        <message>
            <source>%1 of %2 members replied (%3). Median %4, 90th percentile %5.</source>
            <translation>Odpowiedziało %1 z %2 uczestników (%3). Mediana %4, 90. percentyl %5.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Aplikacje</translation>
        </message>
        <message>
            <source>No SmartRecruiters applications for the members added in this range.</source>
            <translation>Brak aplikacji w SmartRecruiters dla uczestników dodanych w tym zakresie.</translation>
        </message>
        <message>
            <source>%1 applications in SmartRecruiters</source>
            <translation>Aplikacje w SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dzień</translation>
        </message>
        <message>
            <source>Week starting</source>
            <translation>Początek tygodnia</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Procent</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::AnalyticsView</name>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (zarchiwizowana)</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampania</translation>
        </message>
        <message>
            <source>Date range</source>
            <translation>Zakres dat</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Odśwież</translation>
        </message>
        <message>
            <source>Refresh the analytics</source>
            <translation>Odśwież analitykę</translation>
        </message>
        <message>
            <source>Loading the analytics</source>
            <translation>Wczytywanie analityki</translation>
        </message>
        <message>
            <source>Analytics status</source>
            <translation>Stan analityki</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Analityka</translation>
        </message>
        <message>
            <source>Pipeline funnel</source>
            <translation>Lejek rekrutacyjny</translation>
        </message>
        <message>
            <source>Reply and interest rates</source>
            <translation>Odsetek odpowiedzi i zainteresowanych</translation>
        </message>
        <message>
            <source>Activity per recruiter</source>
            <translation>Aktywność według rekrutera</translation>
        </message>
        <message>
            <source>Time to first reply</source>
            <translation>Czas do pierwszej odpowiedzi</translation>
        </message>
        <message>
            <source>SmartRecruiters stages</source>
            <translation>Etapy SmartRecruiters</translation>
        </message>
        <message>
            <source>Analytics charts</source>
            <translation>Wykresy analityczne</translation>
        </message>
        <message>
            <source>&amp;Campaign:</source>
            <translation>&amp;Kampania:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>Ok&amp;res:</translation>
        </message>
        <message>
            <source>All campaigns</source>
            <translation>Wszystkie kampanie</translation>
        </message>
        <message>
            <source>Which campaign the charts count: all of them or one</source>
            <translation>Którą kampanię obejmują wykresy: wszystkie lub jedną</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Ostatnie 7 dni</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Ostatnie 30 dni</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Ostatnie 90 dni</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Ten rok</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Cały okres</translation>
        </message>
        <message>
            <source>The days the charts count, ending today</source>
            <translation>Dni uwzględniane na wykresach, kończące się dzisiaj</translation>
        </message>
        <message>
            <source>Read the numbers again (F5)</source>
            <translation>Wczytaj liczby ponownie (F5)</translation>
        </message>
        <message>
            <source>Campaign %1</source>
            <translation>Kampania %1</translation>
        </message>
        <message>
            <source>The analytics could not be read: %1 Press F5 to try again; if it keeps failing, reopen the workspace.</source>
            <translation>Nie można odczytać analityki: %1 Naciśnij F5, aby spróbować ponownie; jeśli błąd się powtarza, otwórz ponownie obszar roboczy.</translation>
        </message>
        <message>
            <source>Loading the analytics…</source>
            <translation>Wczytywanie analityki…</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::BrowserLogin</name>
        <message>
            <source>The sign-in took too long and was stopped. Sourcedesk is not connected; try again.</source>
            <translation>Logowanie trwało zbyt długo i zostało przerwane. Sourcedesk nie jest połączony; spróbuj ponownie.</translation>
        </message>
        <message>
            <source>Sourcedesk is not set up to connect to SmartRecruiters.</source>
            <translation>Sourcedesk nie jest skonfigurowany do łączenia z SmartRecruiters.</translation>
        </message>
        <message>
            <source>Connecting Sourcedesk to SmartRecruiters…</source>
            <translation>Łączenie Sourcedesk z SmartRecruiters…</translation>
        </message>
        <message>
            <source>Sign in to SmartRecruiters</source>
            <translation>Zaloguj się do SmartRecruiters</translation>
        </message>
        <message>
            <source>Sign-in status</source>
            <translation>Stan logowania</translation>
        </message>
        <message>
            <source>&amp;Open the browser again</source>
            <translation>&amp;Otwórz przeglądarkę ponownie</translation>
        </message>
        <message>
            <source>Open the sign-in page again</source>
            <translation>Otwórz ponownie stronę logowania</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Anuluj</translation>
        </message>
        <message>
            <source>Cancel the sign-in</source>
            <translation>Anuluj logowanie</translation>
        </message>
        <message>
            <source>The sign-in was cancelled. Sourcedesk is not connected to SmartRecruiters.</source>
            <translation>Logowanie zostało anulowane. Sourcedesk nie jest połączony z SmartRecruiters.</translation>
        </message>
        <message>
            <source>Sign in to SmartRecruiters in your web browser and choose Allow. This window closes by itself when you are done.</source>
            <translation>Zaloguj się do SmartRecruiters w przeglądarce internetowej i wybierz Allow. To okno zamknie się samo po zakończeniu.</translation>
        </message>
        <message>
            <source>Sourcedesk could not open a web browser. Set a default web browser and try again.</source>
            <translation>Sourcedesk nie może otworzyć przeglądarki internetowej. Ustaw domyślną przeglądarkę i spróbuj ponownie.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CampaignDetailView</name>
        <message>
            <source>Campaign</source>
            <translation>Kampania</translation>
        </message>
        <message>
            <source>Campaign description</source>
            <translation>Opis kampanii</translation>
        </message>
        <message>
            <source>Show members with status</source>
            <translation>Pokaż uczestników o statusie</translation>
        </message>
        <message>
            <source>Campaign members</source>
            <translation>Uczestnicy kampanii</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Ustaw status</translation>
        </message>
        <message>
            <source>Set &amp;status</source>
            <translation>Ustaw &amp;status</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Wszystkie statusy</translation>
        </message>
        <message>
            <source>&amp;Add candidates…</source>
            <translation>&amp;Dodaj kandydatów…</translation>
        </message>
        <message>
            <source>&amp;Remove from campaign</source>
            <translation>&amp;Usuń z kampanii</translation>
        </message>
        <message>
            <source>&amp;Log activity…</source>
            <translation>&amp;Zarejestruj aktywność…</translation>
        </message>
        <message>
            <source>&amp;Open profile</source>
            <translation>&amp;Otwórz profil</translation>
        </message>
        <message>
            <source>Mark as %1</source>
            <translation>Oznacz jako: %1</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Pokaż:</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Pokaż</translation>
        </message>
        <message>
            <source>The members could not be loaded: %1</source>
            <translation>Nie można wczytać uczestników: %1</translation>
        </message>
        <message>
            <source>No campaign selected</source>
            <translation>Nie wybrano kampanii</translation>
        </message>
        <message>
            <source>Choose a campaign on the left, or create one with File → New campaign.</source>
            <translation>Wybierz kampanię po lewej stronie lub utwórz nową za pomocą Plik → Nowa kampania.</translation>
        </message>
        <message>
            <source>(sample)</source>
            <translation>(przykład)</translation>
        </message>
        <message>
            <source>(archived)</source>
            <translation>(zarchiwizowana)</translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Dodaj do kampanii</translation>
        </message>
        <message>
            <source>Add candidates to “%1”</source>
            <translation>Dodaj kandydatów do „%1”</translation>
        </message>
        <message>
            <source>Add candidates</source>
            <translation>Dodaj kandydatów</translation>
        </message>
        <message>
            <source>The candidates could not be added: %1</source>
            <translation>Nie można dodać kandydatów: %1</translation>
        </message>
        <message>
            <source>Remove from campaign</source>
            <translation>Usuń z kampanii</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n people from “%1”? Their candidate records and activities stay in the workspace.</source>
            <translation>
                <numerusform>Usunąć %n osobę z „%1”? Rekordy kandydatów i ich aktywności pozostaną w obszarze roboczym.</numerusform>
                <numerusform>Usunąć %n osoby z „%1”? Rekordy kandydatów i ich aktywności pozostaną w obszarze roboczym.</numerusform>
                <numerusform>Usunąć %n osób z „%1”? Rekordy kandydatów i ich aktywności pozostaną w obszarze roboczym.</numerusform>
            </translation>
        </message>
        <message>
            <source>The status could not be changed: %1</source>
            <translation>Nie można zmienić statusu: %1</translation>
        </message>
        <message>
            <source>Se&amp;quence…</source>
            <translation>Se&amp;kwencja…</translation>
        </message>
        <message>
            <source>&amp;Enroll in sequence…</source>
            <translation>Za&amp;pisz do sekwencji…</translation>
        </message>
        <message numerus="yes">
            <source>%n people removed from “%1”</source>
            <translation>
                <numerusform>Usunięto %n osobę z „%1”</numerusform>
                <numerusform>Usunięto %n osoby z „%1”</numerusform>
                <numerusform>Usunięto %n osób z „%1”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people back in the campaign</source>
            <translation>
                <numerusform>%n osoba ponownie w kampanii</numerusform>
                <numerusform>%n osoby ponownie w kampanii</numerusform>
                <numerusform>%n osób ponownie w kampanii</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people marked %1</source>
            <translation>
                <numerusform>Oznaczono %n osobę jako: %1</numerusform>
                <numerusform>Oznaczono %n osoby jako: %1</numerusform>
                <numerusform>Oznaczono %n osób jako: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statuses put back</source>
            <translation>
                <numerusform>Przywrócono %n status</numerusform>
                <numerusform>Przywrócono %n statusy</numerusform>
                <numerusform>Przywrócono %n statusów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n changed again since: left as they are)</source>
            <translation>
                <numerusform>(%n zmieniony ponownie w międzyczasie: pozostawiony bez zmian)</numerusform>
                <numerusform>(%n zmienione ponownie w międzyczasie: pozostawione bez zmian)</numerusform>
                <numerusform>(%n zmienionych ponownie w międzyczasie: pozostawione bez zmian)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CampaignDialog</name>
        <message>
            <source>Campaign name</source>
            <translation>Nazwa kampanii</translation>
        </message>
        <message>
            <source>Campaign description</source>
            <translation>Opis kampanii</translation>
        </message>
        <message>
            <source>Campaign owner</source>
            <translation>Właściciel kampanii</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Edit campaign</source>
            <translation>Edytuj kampanię</translation>
        </message>
        <message>
            <source>New campaign</source>
            <translation>Nowa kampania</translation>
        </message>
        <message>
            <source>e.g. Senior backend engineers, Berlin</source>
            <translation>np. Senior backend engineers, Berlin</translation>
        </message>
        <message>
            <source>What the role is, who you are looking for, notes for the team</source>
            <translation>Na czym polega rola, kogo szukasz, uwagi dla zespołu</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nazwa:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Opis:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Właściciel:</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Przyciski okna dialogowego</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Zapisz</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Utwórz</translation>
        </message>
        <message>
            <source>Give the campaign a name.</source>
            <translation>Nadaj kampanii nazwę.</translation>
        </message>
        <message>
            <source>A campaign named “%1” already exists. Choose another name.</source>
            <translation>Kampania o nazwie „%1” już istnieje. Wybierz inną nazwę.</translation>
        </message>
        <message>
            <source>The campaign could not be saved: %1</source>
            <translation>Nie można zapisać kampanii: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CampaignPickerDialog</name>
        <message>
            <source>Campaigns</source>
            <translation>Kampanie</translation>
        </message>
        <message>
            <source>Choose a campaign</source>
            <translation>Wybierz kampanię</translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Dodaj do kampanii</translation>
        </message>
        <message>
            <source>There are no active campaigns yet. Create one in the Campaigns view first.</source>
            <translation>Nie ma jeszcze aktywnych kampanii. Najpierw utwórz kampanię w widoku Kampanie.</translation>
        </message>
        <message>
            <source>No campaigns</source>
            <translation>Brak kampanii</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Przyciski okna dialogowego</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Dodaj</translation>
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
            <translation>Oferta pracy w SmartRecruiters</translation>
        </message>
        <message>
            <source>Campaign sync settings</source>
            <translation>Ustawienia synchronizacji kampanii</translation>
        </message>
        <message>
            <source>&amp;Link job…</source>
            <translation>Po&amp;wiąż ofertę pracy…</translation>
        </message>
        <message>
            <source>Link this campaign to a SmartRecruiters job</source>
            <translation>Powiąż tę kampanię z ofertą pracy w SmartRecruiters</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Odłącz</translation>
        </message>
        <message>
            <source>Push to the talent pool instead of a job</source>
            <translation>Przesyłaj do puli talentów zamiast do oferty pracy</translation>
        </message>
        <message>
            <source>Sync settings…</source>
            <translation>Ustawienia synchronizacji…</translation>
        </message>
        <message>
            <source>This campaign's SmartRecruiters sync settings</source>
            <translation>Ustawienia synchronizacji tej kampanii z SmartRecruiters</translation>
        </message>
        <message>
            <source>Pre&amp;view push…</source>
            <translation>Pod&amp;gląd przesyłania…</translation>
        </message>
        <message>
            <source>Preview what a push would send</source>
            <translation>Podgląd danych, które zostałyby przesłane</translation>
        </message>
        <message>
            <source>&amp;Push selected to SmartRecruiters</source>
            <translation>&amp;Prześlij zaznaczonych do SmartRecruiters</translation>
        </message>
        <message>
            <source>Push the selected members to SmartRecruiters</source>
            <translation>Prześlij zaznaczonych uczestników do SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Push to SmartRecruiters</source>
            <translation>&amp;Prześlij do SmartRecruiters</translation>
        </message>
        <message>
            <source>Create or update the selected members in SmartRecruiters now (%1)</source>
            <translation>Utwórz lub zaktualizuj teraz zaznaczonych uczestników w SmartRecruiters (%1)</translation>
        </message>
        <message>
            <source>No campaign selected.</source>
            <translation>Nie wybrano kampanii.</translation>
        </message>
        <message>
            <source>The linked job could not be read: %1</source>
            <translation>Nie można odczytać powiązanej oferty pracy: %1</translation>
        </message>
        <message>
            <source>Not linked to a job: candidates go to the talent pool.</source>
            <translation>Brak powiązania z ofertą pracy: kandydaci trafiają do puli talentów.</translation>
        </message>
        <message>
            <source>Pushes to the talent pool (no job).</source>
            <translation>Przesyła do puli talentów (bez oferty pracy).</translation>
        </message>
        <message>
            <source>Linked to the job “%1”.</source>
            <translation>Powiązano z ofertą pracy „%1”.</translation>
        </message>
        <message>
            <source>Uses your sync settings.</source>
            <translation>Używa Twoich ustawień synchronizacji.</translation>
        </message>
        <message numerus="yes">
            <source>%n sync settings changed for this campaign.</source>
            <translation>
                <numerusform>Dla tej kampanii zmieniono %n ustawienie synchronizacji.</numerusform>
                <numerusform>Dla tej kampanii zmieniono %n ustawienia synchronizacji.</numerusform>
                <numerusform>Dla tej kampanii zmieniono %n ustawień synchronizacji.</numerusform>
            </translation>
        </message>
        <message>
            <source>Link job</source>
            <translation>Powiąż ofertę pracy</translation>
        </message>
        <message>
            <source>The job could not be linked: %1</source>
            <translation>Nie można powiązać oferty pracy: %1</translation>
        </message>
        <message>
            <source>Unlink job</source>
            <translation>Odłącz ofertę pracy</translation>
        </message>
        <message>
            <source>Unlink “%1” from its SmartRecruiters job? Candidates pushed from now on go to the talent pool; those already in SmartRecruiters stay where they are.</source>
            <translation>Odłączyć „%1” od oferty pracy w SmartRecruiters? Kandydaci przesyłani od teraz trafią do puli talentów; ci, którzy już są w SmartRecruiters, pozostaną tam, gdzie są.</translation>
        </message>
        <message>
            <source>Push to SmartRecruiters</source>
            <translation>Prześlij do SmartRecruiters</translation>
        </message>
        <message>
            <source>Nothing was queued: %1</source>
            <translation>Nic nie zostało dodane do kolejki: %1</translation>
        </message>
        <message>
            <source>Queued; it goes to SmartRecruiters once you are connected (Settings → Integration).</source>
            <translation>Dodano do kolejki; zostanie przesłane do SmartRecruiters po nawiązaniu połączenia (Ustawienia → Integracja).</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CampaignsView</name>
        <message>
            <source>Campaigns</source>
            <translation>Kampanie</translation>
        </message>
        <message>
            <source>Show &amp;archived</source>
            <translation>Pokaż &amp;zarchiwizowane</translation>
        </message>
        <message>
            <source>Show archived campaigns</source>
            <translation>Pokaż zarchiwizowane kampanie</translation>
        </message>
        <message>
            <source>&amp;New campaign…</source>
            <translation>&amp;Nowa kampania…</translation>
        </message>
        <message>
            <source>&amp;Edit name and description…</source>
            <translation>&amp;Edytuj nazwę i opis…</translation>
        </message>
        <message>
            <source>Arc&amp;hive</source>
            <translation>&amp;Archiwizuj</translation>
        </message>
        <message>
            <source>&amp;Delete campaign…</source>
            <translation>&amp;Usuń kampanię…</translation>
        </message>
        <message>
            <source>Remove sample data…</source>
            <translation>Usuń przykładowe dane…</translation>
        </message>
        <message>
            <source>Show &amp;archived campaigns</source>
            <translation>Pokaż &amp;zarchiwizowane kampanie</translation>
        </message>
        <message>
            <source>Campaign list</source>
            <translation>Lista kampanii</translation>
        </message>
        <message>
            <source>Campaigns and members</source>
            <translation>Kampanie i uczestnicy</translation>
        </message>
        <message>
            <source>The campaigns could not be loaded: %1</source>
            <translation>Nie można wczytać kampanii: %1</translation>
        </message>
        <message>
            <source>Unarc&amp;hive</source>
            <translation>P&amp;rzywróć z archiwum</translation>
        </message>
        <message>
            <source>Archive campaign</source>
            <translation>Archiwizuj kampanię</translation>
        </message>
        <message>
            <source>Delete campaign</source>
            <translation>Usuń kampanię</translation>
        </message>
        <message numerus="yes">
            <source>Delete the campaign “%1” with its %n member entries and their statuses? The candidates themselves stay in the workspace. This cannot be undone; archiving keeps the history instead.</source>
            <translation>
                <numerusform>Usunąć kampanię „%1” wraz z %n wpisem uczestnika i jego statusem? Sami kandydaci pozostaną w obszarze roboczym. Tej operacji nie można cofnąć; archiwizacja zachowuje historię.</numerusform>
                <numerusform>Usunąć kampanię „%1” wraz z %n wpisami uczestników i ich statusami? Sami kandydaci pozostaną w obszarze roboczym. Tej operacji nie można cofnąć; archiwizacja zachowuje historię.</numerusform>
                <numerusform>Usunąć kampanię „%1” wraz z %n wpisami uczestników i ich statusami? Sami kandydaci pozostaną w obszarze roboczym. Tej operacji nie można cofnąć; archiwizacja zachowuje historię.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CandidateForm</name>
        <message>
            <source>First name</source>
            <translation>Imię</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nazwisko</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Stanowisko</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Miasto</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Kod kraju</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Źródło</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tagi</translation>
        </message>
        <message>
            <source>Primary email</source>
            <translation>Główny e-mail</translation>
        </message>
        <message>
            <source>Other emails</source>
            <translation>Inne e-maile</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Telefony</translation>
        </message>
        <message>
            <source>LinkedIn profile</source>
            <translation>Profil LinkedIn</translation>
        </message>
        <message>
            <source>Other links</source>
            <translation>Inne linki</translation>
        </message>
        <message>
            <source>Custom fields</source>
            <translation>Pola niestandardowe</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <source>GDPR consent</source>
            <translation>Zgoda RODO</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Data:</translation>
        </message>
        <message>
            <source>Consent date known</source>
            <translation>Data zgody jest znana</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Data zgody</translation>
        </message>
        <message>
            <source>How consent was obtained</source>
            <translation>Sposób uzyskania zgody</translation>
        </message>
        <message>
            <source>Candidate details</source>
            <translation>Dane kandydata</translation>
        </message>
        <message>
            <source>e.g. DE</source>
            <translation>np. PL</translation>
        </message>
        <message>
            <source>comma-separated, e.g. backend, rust, remote</source>
            <translation>rozdzielone przecinkami, np. backend, rust, zdalnie</translation>
        </message>
        <message>
            <source>comma-separated</source>
            <translation>rozdzielone przecinkami</translation>
        </message>
        <message>
            <source>one per line</source>
            <translation>jeden w wierszu</translation>
        </message>
        <message>
            <source>one per line: GitHub, portfolio, …</source>
            <translation>jeden w wierszu: GitHub, portfolio, …</translation>
        </message>
        <message>
            <source>https://www.linkedin.com/in/…</source>
            <translation>https://www.linkedin.com/in/…</translation>
        </message>
        <message>
            <source>e.g. replied to outreach email, agreed on a call</source>
            <translation>np. odpowiedź na e-mail, zgoda wyrażona podczas rozmowy</translation>
        </message>
        <message>
            <source>Candidate sections</source>
            <translation>Sekcje kandydata</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Osoba</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>&amp;Kontakt</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;Więcej</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Imię:</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Nazwisko:</translation>
        </message>
        <message>
            <source>&amp;Company:</source>
            <translation>&amp;Firma:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Stanowisko:</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>&amp;Miasto:</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>Re&amp;gion:</translation>
        </message>
        <message>
            <source>Cou&amp;ntry code:</source>
            <translation>Kod kra&amp;ju:</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>Ź&amp;ródło:</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>T&amp;agi:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>No&amp;tatki:</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>&amp;Primary email:</source>
            <translation>&amp;Główny e-mail:</translation>
        </message>
        <message>
            <source>Other &amp;emails:</source>
            <translation>&amp;Inne e-maile:</translation>
        </message>
        <message>
            <source>P&amp;hones:</source>
            <translation>&amp;Telefony:</translation>
        </message>
        <message>
            <source>&amp;LinkedIn:</source>
            <translation>&amp;LinkedIn:</translation>
        </message>
        <message>
            <source>Other lin&amp;ks:</source>
            <translation>I&amp;nne linki:</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Więcej</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Pole</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>Dodaj pole</translation>
        </message>
        <message>
            <source>Add custom field</source>
            <translation>Dodaj pole niestandardowe</translation>
        </message>
        <message>
            <source>Remove field</source>
            <translation>Usuń pole</translation>
        </message>
        <message>
            <source>Remove custom field</source>
            <translation>Usuń pole niestandardowe</translation>
        </message>
        <message>
            <source>Custom fields:</source>
            <translation>Pola niestandardowe:</translation>
        </message>
        <message>
            <source>GDPR &amp;consent:</source>
            <translation>Zgoda &amp;RODO:</translation>
        </message>
        <message>
            <source>&amp;How obtained:</source>
            <translation>Sposób &amp;uzyskania:</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CandidatePickerDialog</name>
        <message>
            <source>Search candidates</source>
            <translation>Szukaj kandydatów</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Kandydaci</translation>
        </message>
        <message>
            <source>Choose candidates</source>
            <translation>Wybierz kandydatów</translation>
        </message>
        <message>
            <source>Search by name, email, company, title, location or tag</source>
            <translation>Szukaj według imienia i nazwiska, e-maila, firmy, stanowiska, lokalizacji lub tagu</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Przyciski okna dialogowego</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CandidateProfileDialog</name>
        <message>
            <source>Candidate</source>
            <translation>Kandydat</translation>
        </message>
        <message>
            <source>Profile sections</source>
            <translation>Sekcje profilu</translation>
        </message>
        <message>
            <source>Activity timeline</source>
            <translation>Oś czasu aktywności</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktywność</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampania</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Temat</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Kampanie</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Od</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Dziennik zmian</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Pole</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Przed</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Po</translation>
        </message>
        <message>
            <source>Candidate profile</source>
            <translation>Profil kandydata</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Oś czasu</translation>
        </message>
        <message>
            <source>Profile actions</source>
            <translation>Działania na profilu</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Zapisz zmiany</translation>
        </message>
        <message>
            <source>Save changes (%1)</source>
            <translation>Zapisz zmiany (%1)</translation>
        </message>
        <message>
            <source>&amp;Log activity…</source>
            <translation>Zarejestruj &amp;aktywność…</translation>
        </message>
        <message>
            <source>Log activity</source>
            <translation>Zarejestruj aktywność</translation>
        </message>
        <message>
            <source>Add to &amp;campaign…</source>
            <translation>Dodaj do &amp;kampanii…</translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Dodaj do kampanii</translation>
        </message>
        <message>
            <source>This candidate could not be loaded; it may have been deleted.

%1</source>
            <translation>Nie można wczytać tego kandydata; mógł zostać usunięty.

%1</translation>
        </message>
        <message>
            <source>%1 — Candidate</source>
            <translation>%1 — kandydat</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Możliwy duplikat</translation>
        </message>
        <message>
            <source>These details match another candidate: %1. Change the email, LinkedIn profile or name and company, or delete one of the two records.</source>
            <translation>Te dane pasują do innego kandydata: %1. Zmień e-mail, profil LinkedIn albo imię i nazwisko oraz firmę lub usuń jeden z dwóch rekordów.</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(nieznany)</translation>
        </message>
        <message>
            <source>Changed elsewhere</source>
            <translation>Zmieniono w innym miejscu</translation>
        </message>
        <message>
            <source>Someone else changed this candidate while you were editing (another window, an import or the command line). Your edits were not saved.

Reload shows the current version; then make your change again. Cancel keeps your edits on screen so you can copy them.</source>
            <translation>Ktoś inny zmienił tego kandydata podczas edycji (w innym oknie, przez import lub z wiersza poleceń). Twoje zmiany nie zostały zapisane.

Wczytaj ponownie, aby wyświetlić bieżącą wersję, a następnie wprowadź zmianę jeszcze raz. Anuluj pozostawia zmiany na ekranie, aby można je było skopiować.</translation>
        </message>
        <message>
            <source>Save candidate</source>
            <translation>Zapisz kandydata</translation>
        </message>
        <message>
            <source>The changes could not be saved: %1</source>
            <translation>Nie można zapisać zmian: %1</translation>
        </message>
        <message>
            <source>Timeline (%1)</source>
            <translation>Oś czasu (%1)</translation>
        </message>
        <message>
            <source>Campaigns (%1)</source>
            <translation>Kampanie (%1)</translation>
        </message>
        <message>
            <source>Add %1 to which campaign?</source>
            <translation>Do której kampanii dodać %1?</translation>
        </message>
        <message>
            <source>The candidate could not be added: %1</source>
            <translation>Nie można dodać kandydata: %1</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niezapisane zmiany</translation>
        </message>
        <message>
            <source>Save the changes to %1 before closing?</source>
            <translation>Zapisać zmiany w %1 przed zamknięciem?</translation>
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
            <translation>Sekcje SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters status</source>
            <translation>Status w SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;View in SmartRecruiters</source>
            <translation>&amp;Wyświetl w SmartRecruiters</translation>
        </message>
        <message>
            <source>Open this candidate in SmartRecruiters</source>
            <translation>Otwórz tego kandydata w SmartRecruiters</translation>
        </message>
        <message>
            <source>Where each value came from</source>
            <translation>Skąd pochodzi każda wartość</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Pole</translation>
        </message>
        <message>
            <source>Came from</source>
            <translation>Źródło</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <source>Sync as status</source>
            <translation>Synchronizuj ze statusem</translation>
        </message>
        <message>
            <source>Save “Sync as”</source>
            <translation>Zapisz „Synchronizuj jako”</translation>
        </message>
        <message>
            <source>Save the sync settings for this candidate</source>
            <translation>Zapisz ustawienia synchronizacji tego kandydata</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Przywróć</translation>
        </message>
        <message>
            <source>Drop the unsaved sync settings</source>
            <translation>Odrzuć niezapisane ustawienia synchronizacji</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Załączniki</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Plik</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Dodano</translation>
        </message>
        <message>
            <source>In SmartRecruiters</source>
            <translation>W SmartRecruiters</translation>
        </message>
        <message>
            <source>Attachment kind</source>
            <translation>Rodzaj załącznika</translation>
        </message>
        <message>
            <source>&amp;Add file…</source>
            <translation>&amp;Dodaj plik…</translation>
        </message>
        <message>
            <source>Attach a file to send to SmartRecruiters</source>
            <translation>Dołącz plik do przesłania do SmartRecruiters</translation>
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
            <translation>Synchronizuj jako</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>Where each value came from:</source>
            <translation>Skąd pochodzi każda wartość:</translation>
        </message>
        <message>
            <source>How this person is synced, when it should differ from the campaign and your settings.</source>
            <translation>Sposób synchronizacji tej osoby, jeśli ma się różnić od ustawień kampanii i Twoich ustawień.</translation>
        </message>
        <message>
            <source>CV / résumé</source>
            <translation>CV / życiorys</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Inny dokument</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Rodzaj:</translation>
        </message>
        <message>
            <source>The SmartRecruiters link could not be read: %1</source>
            <translation>Nie można odczytać powiązania z SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>created by Sourcedesk</source>
            <translation>utworzony przez Sourcedesk</translation>
        </message>
        <message>
            <source>matched to an existing SmartRecruiters candidate</source>
            <translation>dopasowany do istniejącego kandydata SmartRecruiters</translation>
        </message>
        <message>
            <source>linked by hand</source>
            <translation>powiązany ręcznie</translation>
        </message>
        <message>
            <source>In SmartRecruiters as candidate %1 (%2, %3).</source>
            <translation>W SmartRecruiters jako kandydat %1 (%2, %3).</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Tagi: %1</translation>
        </message>
        <message>
            <source>Not in SmartRecruiters yet. Push the person from a campaign, or let the campaign's sync settings add them.</source>
            <translation>Jeszcze nie w SmartRecruiters. Prześlij tę osobę z kampanii lub pozwól, aby dodały ją ustawienia synchronizacji kampanii.</translation>
        </message>
        <message>
            <source>A possible match in SmartRecruiters waits for review: %1</source>
            <translation>Możliwe dopasowanie w SmartRecruiters oczekuje na sprawdzenie: %1</translation>
        </message>
        <message>
            <source>Not linked to a SmartRecruiters candidate yet</source>
            <translation>Jeszcze niepowiązany z kandydatem SmartRecruiters</translation>
        </message>
        <message>
            <source>Typed in Sourcedesk</source>
            <translation>Wpisane w Sourcedesk</translation>
        </message>
        <message>
            <source>CSV import</source>
            <translation>Import CSV</translation>
        </message>
        <message>
            <source>Command line</source>
            <translation>Wiersz poleceń</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Przykładowe dane</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Jeszcze nie</translation>
        </message>
        <message>
            <source>Uploaded</source>
            <translation>Przesłano</translation>
        </message>
        <message>
            <source>Attachments (%1)</source>
            <translation>Załączniki (%1)</translation>
        </message>
        <message>
            <source>View in SmartRecruiters</source>
            <translation>Wyświetl w SmartRecruiters</translation>
        </message>
        <message>
            <source>No web browser could open %1.</source>
            <translation>Żadna przeglądarka internetowa nie mogła otworzyć %1.</translation>
        </message>
        <message>
            <source>Attach a file to %1</source>
            <translation>Dołącz plik do %1</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt);;All files (*)</source>
            <translation>Dokumenty (*.pdf *.doc *.docx *.odt *.rtf *.txt);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>Nie można odczytać %1: %2</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB; SmartRecruiters would refuse it.</source>
            <translation>%1 ma więcej niż %2 MB; SmartRecruiters by go odrzucił.</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 jest pusty.</translation>
        </message>
        <message>
            <source>Add file</source>
            <translation>Dodaj plik</translation>
        </message>
        <message>
            <source>The file was not attached: %1</source>
            <translation>Plik nie został dołączony: %1</translation>
        </message>
        <message>
            <source>The file is attached, but it could not be queued for SmartRecruiters: %1</source>
            <translation>Plik został dołączony, ale nie można go dodać do kolejki do SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nie zapisano: %1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Zapisano.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CandidatesView</name>
        <message>
            <source>Search candidates</source>
            <translation>Szukaj kandydatów</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Kandydaci</translation>
        </message>
        <message>
            <source>Candidates shown</source>
            <translation>Wyświetlani kandydaci</translation>
        </message>
        <message>
            <source>Search name, email, company, title, location or tag (Ctrl+F)</source>
            <translation>Szukaj według imienia i nazwiska, e-maila, firmy, stanowiska, lokalizacji lub tagu (Ctrl+F)</translation>
        </message>
        <message>
            <source>Clear search</source>
            <translation>Wyczyść wyszukiwanie</translation>
        </message>
        <message>
            <source>&amp;New candidate…</source>
            <translation>&amp;Nowy kandydat…</translation>
        </message>
        <message>
            <source>Add to &amp;campaign…</source>
            <translation>Dodaj do &amp;kampanii…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Usuń…</translation>
        </message>
        <message>
            <source>&amp;Open profile</source>
            <translation>&amp;Otwórz profil</translation>
        </message>
        <message>
            <source>E&amp;xport these to CSV…</source>
            <translation>&amp;Eksportuj te dane do CSV…</translation>
        </message>
        <message>
            <source>The candidates could not be loaded: %1</source>
            <translation>Nie można wczytać kandydatów: %1</translation>
        </message>
        <message>
            <source>No candidates yet. Import a CSV file or add one with “New candidate…”.</source>
            <translation>Nie ma jeszcze kandydatów. Zaimportuj plik CSV lub dodaj kandydata za pomocą „Nowy kandydat…”.</translation>
        </message>
        <message>
            <source>No candidates match “%1”.</source>
            <translation>Żaden kandydat nie pasuje do „%1”.</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first %n candidates; scroll for more.</source>
            <translation>
                <numerusform>Wyświetlono pierwszego %n kandydata; przewiń, aby zobaczyć więcej.</numerusform>
                <numerusform>Wyświetlono pierwszych %n kandydatów; przewiń, aby zobaczyć więcej.</numerusform>
                <numerusform>Wyświetlono pierwszych %n kandydatów; przewiń, aby zobaczyć więcej.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n candidates</source>
            <translation>
                <numerusform>%n kandydat</numerusform>
                <numerusform>%n kandydatów</numerusform>
                <numerusform>%n kandydatów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n candidates to which campaign?</source>
            <translation>
                <numerusform>Do której kampanii dodać %n kandydata?</numerusform>
                <numerusform>Do której kampanii dodać %n kandydatów?</numerusform>
                <numerusform>Do której kampanii dodać %n kandydatów?</numerusform>
            </translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Dodaj do kampanii</translation>
        </message>
        <message>
            <source>The candidates could not be added: %1</source>
            <translation>Nie można dodać kandydatów: %1</translation>
        </message>
        <message>
            <source>Delete candidates</source>
            <translation>Usuń kandydatów</translation>
        </message>
        <message>
            <source>%1 deleted</source>
            <translation>Usunięto %1</translation>
        </message>
        <message numerus="yes">
            <source>%n candidates deleted</source>
            <translation>
                <numerusform>Usunięto %n kandydata</numerusform>
                <numerusform>Usunięto %n kandydatów</numerusform>
                <numerusform>Usunięto %n kandydatów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n candidates restored</source>
            <translation>
                <numerusform>Przywrócono %n kandydata</numerusform>
                <numerusform>Przywrócono %n kandydatów</numerusform>
                <numerusform>Przywrócono %n kandydatów</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete %1 with their activities and campaign memberships? You can undo it right after (%2).</source>
            <translation>Usunąć %1 wraz z aktywnościami i uczestnictwem w kampaniach? Można to cofnąć zaraz potem (%2).</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n candidates with their activities and campaign memberships? You can undo it right after (%1).</source>
            <translation>
                <numerusform>Usunąć %n kandydata wraz z aktywnościami i uczestnictwem w kampaniach? Można to cofnąć zaraz potem (%1).</numerusform>
                <numerusform>Usunąć %n kandydatów wraz z aktywnościami i uczestnictwem w kampaniach? Można to cofnąć zaraz potem (%1).</numerusform>
                <numerusform>Usunąć %n kandydatów wraz z aktywnościami i uczestnictwem w kampaniach? Można to cofnąć zaraz potem (%1).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ChartPanel</name>
        <message>
            <source>%1 chart</source>
            <translation>Wykres %1</translation>
        </message>
        <message>
            <source>No data for this range</source>
            <translation>Brak danych dla tego zakresu</translation>
        </message>
        <message>
            <source>%1: no data</source>
            <translation>%1: brak danych</translation>
        </message>
        <message>
            <source>%1 summary</source>
            <translation>Podsumowanie: %1</translation>
        </message>
        <message>
            <source>Export &amp;PNG…</source>
            <translation>Eksportuj &amp;PNG…</translation>
        </message>
        <message>
            <source>Export the %1 chart as a PNG image</source>
            <translation>Eksportuj wykres %1 jako obraz PNG</translation>
        </message>
        <message>
            <source>Export C&amp;SV…</source>
            <translation>Eksportuj C&amp;SV…</translation>
        </message>
        <message>
            <source>Export the %1 numbers as CSV</source>
            <translation>Eksportuj liczby z %1 jako CSV</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P exports this chart as PNG, Ctrl+Shift+C its numbers as CSV.</source>
            <translation>Ctrl+Shift+P eksportuje ten wykres jako PNG, a Ctrl+Shift+C jego liczby jako CSV.</translation>
        </message>
        <message>
            <source>Save the chart as a PNG image (Ctrl+Shift+P)</source>
            <translation>Zapisz wykres jako obraz PNG (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Save the numbers as a CSV file (Ctrl+Shift+C)</source>
            <translation>Zapisz liczby jako plik CSV (Ctrl+Shift+C)</translation>
        </message>
        <message>
            <source>Export %1 as PNG</source>
            <translation>Eksportuj %1 jako PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Obrazy PNG (*.png)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Eksport nie powiódł się</translation>
        </message>
        <message>
            <source>The chart could not be saved to %1. Choose a folder you can write to and try again.</source>
            <translation>Nie można zapisać wykresu w %1. Wybierz folder z prawem zapisu i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>Export %1 as CSV</source>
            <translation>Eksportuj %1 jako CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Pliki CSV (*.csv)</translation>
        </message>
        <message>
            <source>The numbers could not be saved to %1 (%2). Choose a folder you can write to and try again.</source>
            <translation>Nie można zapisać liczb w %1 (%2). Wybierz folder z prawem zapisu i spróbuj ponownie.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CsvExportRunner</name>
        <message>
            <source>Export cancelled</source>
            <translation>Eksport anulowany</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>Eksport został anulowany; nie zapisano żadnego pliku.</translation>
        </message>
        <message>
            <source>The export failed: %1</source>
            <translation>Eksport nie powiódł się: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::DoNotContactPage</name>
        <message>
            <source>Filter the do-not-contact list</source>
            <translation>Filtruj listę „nie kontaktować”</translation>
        </message>
        <message>
            <source>Do-not-contact list</source>
            <translation>Lista „nie kontaktować”</translation>
        </message>
        <message>
            <source>Email or domain to add</source>
            <translation>E-mail lub domena do dodania</translation>
        </message>
        <message>
            <source>Email or domain</source>
            <translation>E-mail lub domena</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Powód</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Dodaj</translation>
        </message>
        <message>
            <source>Add to the list</source>
            <translation>Dodaj do listy</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <source>Remove the selected entries</source>
            <translation>Usuń zaznaczone wpisy</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importuj…</translation>
        </message>
        <message>
            <source>Import emails and domains from a file</source>
            <translation>Importuj adresy e-mail i domeny z pliku</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Eksportuj…</translation>
        </message>
        <message>
            <source>Export the list to a CSV file</source>
            <translation>Eksportuj listę do pliku CSV</translation>
        </message>
        <message>
            <source>Last import or change</source>
            <translation>Ostatni import lub zmiana</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Nie kontaktować</translation>
        </message>
        <message>
            <source>Sequences never write to these emails, nor to anyone at these domains (subdomains included).</source>
            <translation>Sekwencje nigdy nie wysyłają wiadomości na te adresy e-mail ani do nikogo w tych domenach (łącznie z subdomenami).</translation>
        </message>
        <message>
            <source>About the do-not-contact list</source>
            <translation>Informacje o liście „nie kontaktować”</translation>
        </message>
        <message>
            <source>Filter…</source>
            <translation>Filtruj…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>Dodane przez</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Dodano</translation>
        </message>
        <message>
            <source>ana@example.com or example.com</source>
            <translation>ana@example.com lub example.com</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatycznie</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Domena</translation>
        </message>
        <message>
            <source>Why (optional)</source>
            <translation>Powód (opcjonalnie)</translation>
        </message>
        <message>
            <source>Remove from the do-not-contact list</source>
            <translation>Usuń z listy „nie kontaktować”</translation>
        </message>
        <message>
            <source>Type an email address or a domain to add.</source>
            <translation>Wpisz adres e-mail lub domenę do dodania.</translation>
        </message>
        <message>
            <source>Added %1.</source>
            <translation>Dodano %1.</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n entries.</source>
            <translation>
                <numerusform>Usunięto %n wpis.</numerusform>
                <numerusform>Usunięto %n wpisy.</numerusform>
                <numerusform>Usunięto %n wpisów.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %n entries; %1</source>
            <translation>
                <numerusform>Usunięto %n wpis; %1</numerusform>
                <numerusform>Usunięto %n wpisy; %1</numerusform>
                <numerusform>Usunięto %n wpisów; %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Import do-not-contact list</source>
            <translation>Importuj listę „nie kontaktować”</translation>
        </message>
        <message>
            <source>Lists (*.txt *.csv);;All files (*)</source>
            <translation>Listy (*.txt *.csv);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>Nie można otworzyć %1: %2</translation>
        </message>
        <message>
            <source>Imported from %1</source>
            <translation>Zaimportowano z %1</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>wiersz %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n entries.</source>
            <translation>
                <numerusform>Zaimportowano %n wpis.</numerusform>
                <numerusform>Zaimportowano %n wpisy.</numerusform>
                <numerusform>Zaimportowano %n wpisów.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already listed.</source>
            <translation>
                <numerusform>%n był już na liście.</numerusform>
                <numerusform>%n były już na liście.</numerusform>
                <numerusform>%n było już na liście.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lines skipped:</source>
            <translation>
                <numerusform>Pominięto %n wiersz:</numerusform>
                <numerusform>Pominięto %n wiersze:</numerusform>
                <numerusform>Pominięto %n wierszy:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… i %n więcej.</numerusform>
                <numerusform>… i %n więcej.</numerusform>
                <numerusform>… i %n więcej.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export do-not-contact list</source>
            <translation>Eksportuj listę „nie kontaktować”</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Pliki CSV (*.csv)</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Nie można zapisać %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n entries to %1.</source>
            <translation>
                <numerusform>Wyeksportowano %n wpis do %1.</numerusform>
                <numerusform>Wyeksportowano %n wpisy do %1.</numerusform>
                <numerusform>Wyeksportowano %n wpisów do %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::DuplicatePrompt</name>
        <message>
            <source>the same email address</source>
            <translation>ten sam adres e-mail</translation>
        </message>
        <message>
            <source>the same LinkedIn profile</source>
            <translation>ten sam profil LinkedIn</translation>
        </message>
        <message>
            <source>the same name at the same company</source>
            <translation>to samo imię i nazwisko w tej samej firmie</translation>
        </message>
        <message>
            <source>This person is already in the workspace (%1):</source>
            <translation>Ta osoba jest już w obszarze roboczym (%1):</translation>
        </message>
        <message>
            <source>Merge adds the new details to the existing record without overwriting anything stored. Skip keeps the existing record as it is and opens it.</source>
            <translation>Scal dodaje nowe dane do istniejącego rekordu bez nadpisywania zapisanych informacji. Pomiń pozostawia istniejący rekord bez zmian i go otwiera.</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Możliwy duplikat</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::EnrollDialog</name>
        <message>
            <source>On the do-not-contact list (%1): can't be enrolled</source>
            <translation>Na liście „nie kontaktować” (%1): nie można zapisać do sekwencji</translation>
        </message>
        <message>
            <source>In a teammate's campaign: %1</source>
            <translation>W kampanii współpracownika: %1</translation>
        </message>
        <message>
            <source>Already in another of your campaigns: %1</source>
            <translation>Już w innej z Twoich kampanii: %1</translation>
        </message>
        <message>
            <source>Contacted on %1</source>
            <translation>Kontakt w dniu %1</translation>
        </message>
        <message>
            <source>Contacted on %1 (%2)</source>
            <translation>Kontakt w dniu %1 (%2)</translation>
        </message>
        <message>
            <source>Active SmartRecruiters application: %1</source>
            <translation>Aktywna aplikacja w SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>No email address</source>
            <translation>Brak adresu e-mail</translation>
        </message>
        <message>
            <source>Before enrolling</source>
            <translation>Przed zapisaniem do sekwencji</translation>
        </message>
        <message>
            <source>Warnings per person</source>
            <translation>Ostrzeżenia dla poszczególnych osób</translation>
        </message>
        <message>
            <source>Enrolment result</source>
            <translation>Wynik zapisywania</translation>
        </message>
        <message>
            <source>Enroll &amp;anyway</source>
            <translation>Zapisz &amp;mimo to</translation>
        </message>
        <message>
            <source>Enroll anyway</source>
            <translation>Zapisz mimo to</translation>
        </message>
        <message>
            <source>Enroll only those &amp;without warnings</source>
            <translation>Zapisz tylko osoby &amp;bez ostrzeżeń</translation>
        </message>
        <message>
            <source>Enroll only those without warnings</source>
            <translation>Zapisz tylko osoby bez ostrzeżeń</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Przyciski okna dialogowego</translation>
        </message>
        <message>
            <source>Enroll in sequence</source>
            <translation>Zapisz do sekwencji</translation>
        </message>
        <message>
            <source>Nobody was enrolled: %1</source>
            <translation>Nikt nie został zapisany: %1</translation>
        </message>
        <message numerus="yes">
            <source>Some of the %n selected people need a second look before they get outreach:</source>
            <translation>
                <numerusform>Zaznaczona osoba (%n) wymaga ponownego sprawdzenia przed kontaktem:</numerusform>
                <numerusform>Niektóre z %n zaznaczonych osób wymagają ponownego sprawdzenia przed kontaktem:</numerusform>
                <numerusform>Niektóre z %n zaznaczonych osób wymagają ponownego sprawdzenia przed kontaktem:</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — won't be enrolled</source>
            <translation>%1 — nie zostanie zapisany(-a)</translation>
        </message>
        <message>
            <source>Enrolled %1; %2 refused.</source>
            <translation>Zapisano: %1; odrzucono: %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n left out because of warnings.</source>
            <translation>
                <numerusform>Pominięto %n osobę z powodu ostrzeżeń.</numerusform>
                <numerusform>Pominięto %n osoby z powodu ostrzeżeń.</numerusform>
                <numerusform>Pominięto %n osób z powodu ostrzeżeń.</numerusform>
            </translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Gotowe.</translation>
        </message>
        <message>
            <source>Warnings for the selected people:</source>
            <translation>Ostrzeżenia dla zaznaczonych osób:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Candidate %1</source>
            <translation>Kandydat %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FieldMappingEditor</name>
        <message>
            <source>Contact fields mapping</source>
            <translation>Mapowanie pól kontaktu</translation>
        </message>
        <message>
            <source>&amp;Add field</source>
            <translation>&amp;Dodaj pole</translation>
        </message>
        <message>
            <source>Add a mapped field</source>
            <translation>Dodaj mapowane pole</translation>
        </message>
        <message>
            <source>&amp;Remove field</source>
            <translation>&amp;Usuń pole</translation>
        </message>
        <message>
            <source>Remove the selected mapped fields</source>
            <translation>Usuń zaznaczone mapowane pola</translation>
        </message>
        <message>
            <source>Restore &amp;defaults</source>
            <translation>Przywróć &amp;domyślne</translation>
        </message>
        <message>
            <source>Restore the built-in mapping</source>
            <translation>Przywróć wbudowane mapowanie</translation>
        </message>
        <message>
            <source>Mapping problems</source>
            <translation>Problemy z mapowaniem</translation>
        </message>
        <message>
            <source>SmartRecruiters field</source>
            <translation>Pole SmartRecruiters</translation>
        </message>
        <message>
            <source>Sourcedesk field or template</source>
            <translation>Pole Sourcedesk lub szablon</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Aktualizacja</translation>
        </message>
        <message>
            <source>Type property:&lt;id&gt; for a SmartRecruiters candidate property, or a template such as {title} at {company}.</source>
            <translation>Wpisz property:&lt;id&gt;, aby użyć właściwości kandydata SmartRecruiters, lub szablon, np. {title} w {company}.</translation>
        </message>
        <message>
            <source>SmartRecruiters field, row %1</source>
            <translation>Pole SmartRecruiters, wiersz %1</translation>
        </message>
        <message>
            <source>Sourcedesk field or template for %1</source>
            <translation>Pole Sourcedesk lub szablon dla %1</translation>
        </message>
        <message>
            <source>Update rule for %1</source>
            <translation>Reguła aktualizacji dla %1</translation>
        </message>
        <message>
            <source>Property fields are checked against SmartRecruiters once you are connected.</source>
            <translation>Pola właściwości są sprawdzane w SmartRecruiters po nawiązaniu połączenia.</translation>
        </message>
        <message>
            <source>Why the mapping cannot be changed</source>
            <translation>Dlaczego nie można zmienić mapowania</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunConnectPage</name>
        <message>
            <source>Try the &amp;local sandbox (demo data)</source>
            <translation>Wypróbuj &amp;lokalny sandbox (dane demonstracyjne)</translation>
        </message>
        <message>
            <source>Try the local sandbox</source>
            <translation>Wypróbuj lokalny sandbox</translation>
        </message>
        <message>
            <source>SmartRecruiters connection</source>
            <translation>Połączenie z SmartRecruiters</translation>
        </message>
        <message>
            <source>Problem with the sandbox</source>
            <translation>Problem z sandboxem</translation>
        </message>
        <message>
            <source>Connection form</source>
            <translation>Formularz połączenia</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters</source>
            <translation>Połącz z SmartRecruiters</translation>
        </message>
        <message>
            <source>Sign in with your SmartRecruiters account, or paste an API key. Sourcedesk then adds candidates, writes your outreach as notes and brings hiring stages back. You can skip this and connect later in Settings → Integration: SmartRecruiters.</source>
            <translation>Zaloguj się kontem SmartRecruiters lub wklej klucz API. Sourcedesk będzie wtedy dodawać kandydatów, zapisywać Twoje działania kontaktowe jako notatki i pobierać etapy rekrutacji. Możesz pominąć ten krok i połączyć się później w Ustawienia → Integracja: SmartRecruiters.</translation>
        </message>
        <message>
            <source>Connects to the SmartRecruiters emulator that ./scripts/run.sh starts, with demo jobs and candidates. Nothing leaves this computer.</source>
            <translation>Łączy z emulatorem SmartRecruiters uruchamianym przez ./scripts/run.sh, z demonstracyjnymi ofertami pracy i kandydatami. Żadne dane nie opuszczają tego komputera.</translation>
        </message>
        <message>
            <source>The local sandbox offers no demo API key. Connect with the form below instead.</source>
            <translation>Lokalny sandbox nie udostępnia demonstracyjnego klucza API. Połącz się za pomocą poniższego formularza.</translation>
        </message>
        <message>
            <source>Connect later in Settings → Integration: SmartRecruiters.</source>
            <translation>Połącz się później w Ustawienia → Integracja: SmartRecruiters.</translation>
        </message>
        <message>
            <source>Connected as %1 at %2. Press Next to choose what is synchronised.</source>
            <translation>Połączono jako %1 z %2. Naciśnij Dalej, aby wybrać, co ma być synchronizowane.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Łączenie…</translation>
        </message>
        <message>
            <source>Not connected yet. Connect below, or press Next to skip this step.</source>
            <translation>Jeszcze nie połączono. Połącz się poniżej lub naciśnij Dalej, aby pominąć ten krok.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunImportPage</name>
        <message>
            <source>Import your first candidates</source>
            <translation>Zaimportuj pierwszych kandydatów</translation>
        </message>
        <message>
            <source>Bring a CSV export from SourceWhale, Gem, LinkedIn Recruiter, Google Contacts or a spreadsheet. You see how the columns map before anything is stored.</source>
            <translation>Użyj eksportu CSV z SourceWhale, Gem, LinkedIn Recruiter, Google Contacts lub arkusza kalkulacyjnego. Przed zapisaniem czegokolwiek zobaczysz, jak zostaną zmapowane kolumny.</translation>
        </message>
        <message>
            <source>&amp;Import a CSV file…</source>
            <translation>&amp;Importuj plik CSV…</translation>
        </message>
        <message>
            <source>Import a CSV file</source>
            <translation>Importuj plik CSV</translation>
        </message>
        <message>
            <source>Import result</source>
            <translation>Wynik importu</translation>
        </message>
        <message>
            <source>Or skip this step: File → Import CSV… (Ctrl+I), or drop a .csv file on the window, any time.</source>
            <translation>Lub pomiń ten krok: Plik → Importuj CSV… (Ctrl+I) albo w dowolnej chwili upuść plik .csv na okno.</translation>
        </message>
        <message>
            <source>Imported: %1</source>
            <translation>Zaimportowano: %1</translation>
        </message>
        <message>
            <source>Importing later</source>
            <translation>Późniejszy import</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunSummaryPage</name>
        <message>
            <source>Setup summary</source>
            <translation>Podsumowanie konfiguracji</translation>
        </message>
        <message>
            <source>You are set up</source>
            <translation>Wszystko gotowe</translation>
        </message>
        <message>
            <source>This is what is set now. Everything can be changed later in Settings (Ctrl+3).</source>
            <translation>Oto bieżące ustawienia. Wszystko można później zmienić w Ustawieniach (Ctrl+3).</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Obszar roboczy</translation>
        </message>
        <message>
            <source>SmartRecruiters</source>
            <translation>SmartRecruiters</translation>
        </message>
        <message>
            <source>Jobs offered for campaigns</source>
            <translation>Oferty pracy dostępne dla kampanii</translation>
        </message>
        <message>
            <source>Add to SmartRecruiters</source>
            <translation>Dodawanie do SmartRecruiters</translation>
        </message>
        <message>
            <source>First import</source>
            <translation>Pierwszy import</translation>
        </message>
        <message>
            <source>Run this setup again any time: Settings → Workspace → Run setup again…</source>
            <translation>Konfigurację można uruchomić ponownie w dowolnej chwili: Ustawienia → Obszar roboczy → Uruchom konfigurację ponownie…</translation>
        </message>
        <message>
            <source>Change it in %1.</source>
            <translation>Zmień to w: %1.</translation>
        </message>
        <message>
            <source>On this computer: %1</source>
            <translation>Na tym komputerze: %1</translation>
        </message>
        <message>
            <source>Settings → Workspace</source>
            <translation>Ustawienia → Obszar roboczy</translation>
        </message>
        <message>
            <source>Not connected. Sourcedesk works without it; nothing is sent to SmartRecruiters.</source>
            <translation>Brak połączenia. Sourcedesk działa bez niego; nic nie jest wysyłane do SmartRecruiters.</translation>
        </message>
        <message>
            <source>Connected as %1 (%2) at %3, on %4.</source>
            <translation>Połączono jako %1 (%2) z %3, %4.</translation>
        </message>
        <message>
            <source>an unnamed company</source>
            <translation>firma bez nazwy</translation>
        </message>
        <message>
            <source>Settings → Integration: SmartRecruiters</source>
            <translation>Ustawienia → Integracja: SmartRecruiters</translation>
        </message>
        <message>
            <source>None: campaigns can only be linked to the talent pool.</source>
            <translation>Brak: kampanie można powiązać tylko z pulą talentów.</translation>
        </message>
        <message>
            <source>Jobs with status %1.</source>
            <translation>Oferty pracy o statusie %1.</translation>
        </message>
        <message>
            <source>Settings → SmartRecruiters sync → Team defaults → Job information</source>
            <translation>Ustawienia → Synchronizacja SmartRecruiters → Ustawienia domyślne zespołu → Informacje o ofercie pracy</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Settings → SmartRecruiters sync → My settings → Adding to SmartRecruiters</source>
            <translation>Ustawienia → Synchronizacja SmartRecruiters → Moje ustawienia → Dodawanie do SmartRecruiters</translation>
        </message>
        <message>
            <source>Nothing imported yet.</source>
            <translation>Jeszcze nic nie zaimportowano.</translation>
        </message>
        <message>
            <source>File → Import CSV… (Ctrl+I)</source>
            <translation>Plik → Importuj CSV… (Ctrl+I)</translation>
        </message>
        <message>
            <source>Running the setup again</source>
            <translation>Ponowne uruchamianie konfiguracji</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunSyncPage</name>
        <message>
            <source>About the job statuses</source>
            <translation>Informacje o statusach ofert pracy</translation>
        </message>
        <message>
            <source>About adding</source>
            <translation>Informacje o dodawaniu</translation>
        </message>
        <message>
            <source>Problem saving the choices</source>
            <translation>Problem z zapisaniem wyborów</translation>
        </message>
        <message>
            <source>What is synchronised</source>
            <translation>Co jest synchronizowane</translation>
        </message>
        <message>
            <source>The two choices you knew from SourceWhale or Gem. Everything else has sensible defaults in Settings → SmartRecruiters sync.</source>
            <translation>Dwie opcje znane z SourceWhale lub Gem. Wszystkie pozostałe mają rozsądne ustawienia domyślne w Ustawienia → Synchronizacja SmartRecruiters.</translation>
        </message>
        <message>
            <source>Jobs a campaign can be linked to</source>
            <translation>Oferty pracy, z którymi można powiązać kampanię</translation>
        </message>
        <message>
            <source>Job status whitelist</source>
            <translation>Dozwolone statusy ofert pracy</translation>
        </message>
        <message>
            <source>Offer jobs with status %1</source>
            <translation>Udostępniaj oferty pracy o statusie %1</translation>
        </message>
        <message>
            <source>Add people to SmartRecruiters</source>
            <translation>Dodawaj osoby do SmartRecruiters</translation>
        </message>
        <message>
            <source>When to add people to SmartRecruiters</source>
            <translation>Kiedy dodawać osoby do SmartRecruiters</translation>
        </message>
        <message>
            <source>Add to SmartRecruiters: %1</source>
            <translation>Dodawanie do SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>Saved as your own setting; campaigns and candidates can still override it.</source>
            <translation>Zapisano jako Twoje własne ustawienie; kampanie i kandydaci nadal mogą je zastąpić.</translation>
        </message>
        <message>
            <source>Your team fixed this choice (%1). Ask your team admin to change it.</source>
            <translation>Ten wybór został ustalony przez Twój zespół (%1). Poproś administratora zespołu o zmianę.</translation>
        </message>
        <message>
            <source>The current sync settings could not be read (%1); the built-in defaults are shown.</source>
            <translation>Nie można odczytać bieżących ustawień synchronizacji (%1); wyświetlono wbudowane ustawienia domyślne.</translation>
        </message>
        <message>
            <source>No status chosen: campaigns can then only be linked to the talent pool.</source>
            <translation>Nie wybrano statusu: kampanie będzie można powiązać tylko z pulą talentów.</translation>
        </message>
        <message>
            <source>A team default: it applies to everyone in this workspace.</source>
            <translation>Ustawienie domyślne zespołu: dotyczy wszystkich w tym obszarze roboczym.</translation>
        </message>
        <message>
            <source>Not saved: %1
Change the choice, or skip this step and set it later in Settings → SmartRecruiters sync.</source>
            <translation>Nie zapisano: %1
Zmień wybór lub pomiń ten krok i ustaw to później w Ustawienia → Synchronizacja SmartRecruiters.</translation>
        </message>
        <message>
            <source>About the job status whitelist</source>
            <translation>Informacje o dozwolonych statusach ofert pracy</translation>
        </message>
        <message>
            <source>About adding to SmartRecruiters</source>
            <translation>Informacje o dodawaniu do SmartRecruiters</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunWizard</name>
        <message>
            <source>Set up Sourcedesk</source>
            <translation>Konfiguracja Sourcedesk</translation>
        </message>
        <message>
            <source>Skip set&amp;up</source>
            <translation>Pomiń &amp;konfigurację</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Wróć do poprzedniego kroku</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Następny krok</translation>
        </message>
        <message>
            <source>Finish the setup</source>
            <translation>Zakończ konfigurację</translation>
        </message>
        <message>
            <source>Skip setup</source>
            <translation>Pomiń konfigurację</translation>
        </message>
        <message>
            <source>Skip the rest of the setup (Esc). Run it again any time from Settings → Workspace.</source>
            <translation>Pomiń resztę konfiguracji (Esc). Można ją uruchomić ponownie w dowolnej chwili w Ustawienia → Obszar roboczy.</translation>
        </message>
        <message>
            <source>Next step (Alt+N or Enter)</source>
            <translation>Następny krok (Alt+D lub Enter)</translation>
        </message>
        <message>
            <source>Previous step (Alt+B)</source>
            <translation>Poprzedni krok (Alt+W)</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunWorkspacePage</name>
        <message>
            <source>Where your work is kept</source>
            <translation>Gdzie przechowywana jest Twoja praca</translation>
        </message>
        <message>
            <source>Sourcedesk keeps your campaigns, candidates and outreach in a workspace. It is fast with a million candidates and works offline.</source>
            <translation>Sourcedesk przechowuje kampanie, kandydatów i działania kontaktowe w obszarze roboczym. Działa szybko nawet z milionem kandydatów i bez połączenia z internetem.</translation>
        </message>
        <message>
            <source>&amp;This computer (a local workspace)</source>
            <translation>&amp;Ten komputer (lokalny obszar roboczy)</translation>
        </message>
        <message>
            <source>Local workspace on this computer</source>
            <translation>Lokalny obszar roboczy na tym komputerze</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Plik obszaru roboczego</translation>
        </message>
        <message>
            <source>Everything is saved in this file:</source>
            <translation>Wszystko jest zapisywane w tym pliku:</translation>
        </message>
        <message>
            <source>Team workspace (PostgreSQL)</source>
            <translation>Obszar roboczy zespołu (PostgreSQL)</translation>
        </message>
        <message>
            <source>Team workspace</source>
            <translation>Obszar roboczy zespołu</translation>
        </message>
        <message>
            <source>About team workspaces</source>
            <translation>Informacje o obszarach roboczych zespołu</translation>
        </message>
        <message>
            <source>To use another file later: Settings → Workspace, or File → Open workspace… (%1).</source>
            <translation>Aby później użyć innego pliku: Ustawienia → Obszar roboczy lub Plik → Otwórz obszar roboczy… (%1).</translation>
        </message>
        <message>
            <source>About the workspace file</source>
            <translation>Informacje o pliku obszaru roboczego</translation>
        </message>
        <message>
            <source>Using another workspace later</source>
            <translation>Korzystanie z innego obszaru roboczego później</translation>
        </message>
        <message>
            <source>You are in the team workspace %1.</source>
            <translation>Pracujesz w obszarze roboczym zespołu %1.</translation>
        </message>
        <message>
            <source>Shared with your team on your company's PostgreSQL server. Choose it and Next to connect; your admin gives you the server, database and login</source>
            <translation>Współdzielony z zespołem na serwerze PostgreSQL Twojej firmy. Wybierz tę opcję i kliknij Dalej, aby się połączyć; dane serwera, bazy danych i logowania przekaże Ci administrator</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::GuideDialog</name>
        <message>
            <source>Getting started guide</source>
            <translation>Przewodnik dla początkujących</translation>
        </message>
        <message>
            <source>Getting started with Sourcedesk</source>
            <translation>Pierwsze kroki z Sourcedesk</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Przyciski okna dialogowego</translation>
        </message>
        <message>
            <source>Connect SmartRecruiters</source>
            <translation>Połącz z SmartRecruiters</translation>
        </message>
        <message>
            <source>Campaigns and importing</source>
            <translation>Kampanie i importowanie</translation>
        </message>
        <message>
            <source>Sequences and your mailbox</source>
            <translation>Sekwencje i Twoja skrzynka pocztowa</translation>
        </message>
        <message>
            <source>Replies and tasks</source>
            <translation>Odpowiedzi i zadania</translation>
        </message>
        <message>
            <source>The sync log and what needs attention</source>
            <translation>Dziennik synchronizacji i elementy wymagające uwagi</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Skróty klawiaturowe</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>Pierwsze kroki</translation>
        </message>
        <message>
            <source>Sourcedesk is where you source and contact candidates; SmartRecruiters stays your ATS. These steps take you from an empty workspace to your first candidates in SmartRecruiters.</source>
            <translation>W Sourcedesk wyszukujesz kandydatów i kontaktujesz się z nimi; SmartRecruiters pozostaje Twoim systemem ATS. Te kroki prowadzą od pustego obszaru roboczego do pierwszych kandydatów w SmartRecruiters.</translation>
        </message>
        <message>
            <source>Open &lt;b&gt;Settings → Integration: SmartRecruiters&lt;/b&gt; (%1 shows Settings). Choose &lt;i&gt;Sign in with SmartRecruiters&lt;/i&gt;, click &lt;b&gt;Connect&lt;/b&gt;, log in and click &lt;i&gt;Allow access&lt;/i&gt;; or paste an API key from your SmartRecruiters admin. &lt;b&gt;Test integration&lt;/b&gt; lists the permissions that are granted, and &lt;b&gt;Insert test candidate&lt;/b&gt; shows you what a push looks like.</source>
            <translation>Otwórz &lt;b&gt;Ustawienia → Integracja: SmartRecruiters&lt;/b&gt; (%1 wyświetla Ustawienia). Wybierz &lt;i&gt;Zaloguj się przez SmartRecruiters&lt;/i&gt;, kliknij &lt;b&gt;Połącz&lt;/b&gt;, zaloguj się i kliknij &lt;i&gt;Allow access&lt;/i&gt; albo wklej klucz API otrzymany od administratora SmartRecruiters. &lt;b&gt;Testuj integrację&lt;/b&gt; wyświetla przyznane uprawnienia, a &lt;b&gt;Wstaw kandydata testowego&lt;/b&gt; pokazuje, jak wygląda przesłanie.</translation>
        </message>
        <message>
            <source>On &lt;b&gt;Settings → SmartRecruiters sync&lt;/b&gt; decide when a person is added to SmartRecruiters (when added to a campaign, only when they reply, or only when they are interested), which fields are mandatory, and whether each field is &lt;i&gt;always updated&lt;/i&gt; or &lt;i&gt;only updated if blank&lt;/i&gt;. Team defaults apply to everyone; a locked default cannot be changed.</source>
            <translation>W &lt;b&gt;Ustawienia → Synchronizacja SmartRecruiters&lt;/b&gt; zdecyduj, kiedy osoba ma zostać dodana do SmartRecruiters (po dodaniu do kampanii, dopiero po odpowiedzi lub dopiero po wyrażeniu zainteresowania), które pola są obowiązkowe i czy każde pole ma być &lt;i&gt;zawsze aktualizowane&lt;/i&gt;, czy &lt;i&gt;aktualizowane tylko, gdy puste&lt;/i&gt;. Ustawienia domyślne zespołu dotyczą wszystkich; zablokowanego ustawienia domyślnego nie można zmienić.</translation>
        </message>
        <message>
            <source>On &lt;b&gt;Settings → Hiring stages&lt;/b&gt; download the stages from SmartRecruiters, map every stage to a pipeline status and save. The stage sync then moves your campaign members once a day.</source>
            <translation>W &lt;b&gt;Ustawienia → Etapy rekrutacji&lt;/b&gt; pobierz etapy z SmartRecruiters, zmapuj każdy etap na status w lejku i zapisz. Synchronizacja etapów będzie wtedy raz dziennie przenosić uczestników Twoich kampanii.</translation>
        </message>
        <message>
            <source>Create a campaign with &lt;b&gt;File → New campaign&lt;/b&gt; (%1) and link it to a SmartRecruiters job; the job status whitelist decides which jobs are offered.</source>
            <translation>Utwórz kampanię za pomocą &lt;b&gt;Plik → Nowa kampania&lt;/b&gt; (%1) i powiąż ją z ofertą pracy w SmartRecruiters; lista dozwolonych statusów ofert pracy decyduje, które oferty są dostępne.</translation>
        </message>
        <message>
            <source>Bring people in with &lt;b&gt;File → Import CSV&lt;/b&gt; (%1): pick the file, match its columns to the candidate fields, and choose what happens to duplicates. &lt;b&gt;Search SmartRecruiters&lt;/b&gt; (%2) finds people already in your ATS.</source>
            <translation>Dodaj osoby za pomocą &lt;b&gt;Plik → Importuj CSV&lt;/b&gt; (%1): wybierz plik, dopasuj jego kolumny do pól kandydata i wybierz, co ma się stać z duplikatami. &lt;b&gt;Szukaj w SmartRecruiters&lt;/b&gt; (%2) znajduje osoby, które już są w Twoim systemie ATS.</translation>
        </message>
        <message>
            <source>Set up &lt;b&gt;Settings → Mailbox&lt;/b&gt; first: your provider, address and password or token (kept in this computer's keychain), then &lt;b&gt;Test connection&lt;/b&gt;. Sending limits keep you clear of your provider's limits.</source>
            <translation>Najpierw skonfiguruj &lt;b&gt;Ustawienia → Skrzynka pocztowa&lt;/b&gt;: dostawcę, adres oraz hasło lub token (przechowywane w pęku kluczy tego komputera), a następnie kliknij &lt;b&gt;Testuj połączenie&lt;/b&gt;. Limity wysyłki chronią przed przekroczeniem limitów dostawcy.</translation>
        </message>
        <message>
            <source>In a campaign, &lt;b&gt;Sequence…&lt;/b&gt; (%1) writes the steps: emails, LinkedIn steps and calls, with placeholders such as {firstName}. &lt;b&gt;Enroll in sequence…&lt;/b&gt; (%2) starts it for the selected members; people on the &lt;i&gt;Do not contact&lt;/i&gt; list are never enrolled.</source>
            <translation>W kampanii &lt;b&gt;Sekwencja…&lt;/b&gt; (%1) pozwala zapisać kroki: e-maile, kroki LinkedIn i rozmowy telefoniczne, z symbolami zastępczymi, np. {firstName}. &lt;b&gt;Zapisz do sekwencji…&lt;/b&gt; (%2) uruchamia ją dla zaznaczonych uczestników; osoby z listy &lt;i&gt;Nie kontaktować&lt;/i&gt; nigdy nie są zapisywane.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Replies&lt;/b&gt; (%1) shows the newest answers. Mark people interested (%2) or not interested (%3): with "only when they reply" or "only when they are interested" that is the moment they are added to SmartRecruiters.</source>
            <translation>&lt;b&gt;Odpowiedzi&lt;/b&gt; (%1) pokazuje najnowsze odpowiedzi. Oznacz osoby jako zainteresowane (%2) lub niezainteresowane (%3): przy opcji „tylko po odpowiedzi” lub „tylko po wyrażeniu zainteresowania” jest to moment, w którym zostają dodane do SmartRecruiters.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Today&lt;/b&gt; (%1) lists the LinkedIn steps, calls and other tasks due today or overdue.</source>
            <translation>&lt;b&gt;Dzisiaj&lt;/b&gt; (%1) wyświetla kroki LinkedIn, rozmowy telefoniczne i inne zadania na dziś lub zaległe.</translation>
        </message>
        <message>
            <source>The &lt;b&gt;Sync log&lt;/b&gt; (%1) shows everything sent to SmartRecruiters. When SmartRecruiters refuses something, the status bar shows it in red: click it to see the jobs that need your attention, fix the cause and click &lt;b&gt;Retry&lt;/b&gt;.</source>
            <translation>&lt;b&gt;Dziennik synchronizacji&lt;/b&gt; (%1) pokazuje wszystko, co zostało przesłane do SmartRecruiters. Gdy SmartRecruiters coś odrzuci, pasek stanu wyświetli to na czerwono: kliknij go, aby zobaczyć operacje wymagające uwagi, usuń przyczynę i kliknij &lt;b&gt;Ponów&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>The &lt;b&gt;Review queue&lt;/b&gt; (%1) holds possible matches waiting for your decision; &lt;b&gt;Out of step&lt;/b&gt; (%2) lists candidates that differ between Sourcedesk and SmartRecruiters.</source>
            <translation>&lt;b&gt;Kolejka do sprawdzenia&lt;/b&gt; (%1) zawiera możliwe dopasowania czekające na Twoją decyzję; &lt;b&gt;Rozbieżności&lt;/b&gt; (%2) wyświetla kandydatów, którzy różnią się między Sourcedesk a SmartRecruiters.</translation>
        </message>
        <message>
            <source>Search everywhere</source>
            <translation>Szukaj wszędzie</translation>
        </message>
        <message>
            <source>Find candidates</source>
            <translation>Znajdź kandydatów</translation>
        </message>
        <message>
            <source>New campaign</source>
            <translation>Nowa kampania</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>Importuj CSV</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Eksportuj CSV</translation>
        </message>
        <message>
            <source>Campaigns, Candidates, Settings</source>
            <translation>Kampanie, Kandydaci, Ustawienia</translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>Dziennik synchronizacji</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Odpowiedzi</translation>
        </message>
        <message>
            <source>Today's tasks</source>
            <translation>Dzisiejsze zadania</translation>
        </message>
        <message>
            <source>What's This? (then click a control)</source>
            <translation>Co to jest? (następnie kliknij kontrolkę)</translation>
        </message>
        <message>
            <source>All keyboard shortcuts</source>
            <translation>Wszystkie skróty klawiaturowe</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1, %2, %3</translation>
        </message>
        <message>
            <source>Every setting explains itself: hover over it, or press %1 and click it. &lt;b&gt;Help → Keyboard shortcuts&lt;/b&gt; lists every key of the window.</source>
            <translation>Każde ustawienie ma objaśnienie: najedź na nie kursorem lub naciśnij %1 i je kliknij. &lt;b&gt;Pomoc → Skróty klawiaturowe&lt;/b&gt; wyświetla wszystkie klawisze okna.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::HelpMenu</name>
        <message>
            <source>Open log folder</source>
            <translation>Otwórz folder dziennika</translation>
        </message>
        <message>
            <source>No file manager could open the log folder. Open it yourself: %1</source>
            <translation>Żaden menedżer plików nie mógł otworzyć folderu dziennika. Otwórz go samodzielnie: %1</translation>
        </message>
        <message>
            <source>&amp;Getting started guide</source>
            <translation>&amp;Przewodnik dla początkujących</translation>
        </message>
        <message>
            <source>A short guide from connecting SmartRecruiters to your first sequence</source>
            <translation>Krótki przewodnik od połączenia z SmartRecruiters do pierwszej sekwencji</translation>
        </message>
        <message>
            <source>Click a setting to read what it does</source>
            <translation>Kliknij ustawienie, aby przeczytać, do czego służy</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Otwórz folder &amp;dziennika</translation>
        </message>
        <message>
            <source>The application log, for support: %1</source>
            <translation>Dziennik aplikacji dla pomocy technicznej: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::HelpTexts</name>
        <message>
            <source>Sync manual contact updates: when someone on your team corrects a name, company, role, location or another contact field in Sourcedesk, the change is sent to the candidate's profile in SmartRecruiters as well.

Turn it off if SmartRecruiters is where your team keeps contact details up to date.</source>
            <translation>Synchronizuj ręczne zmiany danych kontaktowych: gdy ktoś z Twojego zespołu poprawi w Sourcedesk imię i nazwisko, firmę, stanowisko, lokalizację lub inne pole kontaktowe, zmiana zostanie wysłana również do profilu kandydata w SmartRecruiters.

Wyłącz tę opcję, jeśli Twój zespół aktualizuje dane kontaktowe w SmartRecruiters.</translation>
        </message>
        <message>
            <source>Add candidate to SmartRecruiters: the moment a person you sourced becomes a candidate in your SmartRecruiters talent pool.

"When added to a campaign" pushes everyone you add. "Only when they reply" waits for an answer to your outreach, "Only when they are interested" for a positive answer. "Don't add this contact" never creates them.</source>
            <translation>Dodaj kandydata do SmartRecruiters: moment, w którym pozyskana osoba staje się kandydatem w Twojej puli talentów SmartRecruiters.

„Po dodaniu do kampanii” przesyła każdą dodaną osobę. „Tylko po odpowiedzi” czeka na odpowiedź na Twoją wiadomość, „Tylko po wyrażeniu zainteresowania” — na odpowiedź pozytywną. „Nie dodawaj tego kontaktu” nigdy ich nie tworzy.</translation>
        </message>
        <message>
            <source>Only add notes to synced records: with "Only when they reply" or "Only when they are interested", your outreach notes are written only on candidates Sourcedesk created or linked (after they replied or were marked interested), never on SmartRecruiters records that merely share an email address.</source>
            <translation>Dodawaj notatki tylko do zsynchronizowanych rekordów: przy opcji „Tylko po odpowiedzi” lub „Tylko po wyrażeniu zainteresowania” notatki z działań kontaktowych są zapisywane tylko u kandydatów utworzonych lub powiązanych przez Sourcedesk (po odpowiedzi lub oznaczeniu jako zainteresowani), nigdy w rekordach SmartRecruiters, które mają jedynie ten sam adres e-mail.</translation>
        </message>
        <message>
            <source>Displayed fields: the SmartRecruiters fields recruiters can fill in for a candidate before pushing them, for example phone number, LinkedIn profile or current company. Click Choose… to pick them from a list.</source>
            <translation>Wyświetlane pola: pola SmartRecruiters, które rekruterzy mogą wypełnić dla kandydata przed przesłaniem, np. numer telefonu, profil LinkedIn lub obecna firma. Kliknij Wybierz…, aby wybrać je z listy.</translation>
        </message>
        <message>
            <source>Mandatory fields: a candidate is pushed to SmartRecruiters only once these fields are filled. First name, last name and email are always required by SmartRecruiters; add more when your team's process needs them.</source>
            <translation>Pola obowiązkowe: kandydat zostanie przesłany do SmartRecruiters dopiero po wypełnieniu tych pól. SmartRecruiters zawsze wymaga imienia, nazwiska i adresu e-mail; dodaj kolejne, jeśli wymaga tego proces Twojego zespołu.</translation>
        </message>
        <message>
            <source>Which Sourcedesk field or template fills each SmartRecruiters field, and when.</source>
            <translation>Które pole Sourcedesk lub szablon wypełnia każde pole SmartRecruiters i kiedy.</translation>
        </message>
        <message>
            <source>Contact fields mapping: each row sends one Sourcedesk field (or a template such as {title} at {company}) to one SmartRecruiters field.

"Always update" writes the field every time, overwriting whatever is in SmartRecruiters. "Only update if blank" fills the field only when it is empty and never overwrites existing data.

Only change the mapping when values do not arrive in SmartRecruiters as expected.</source>
            <translation>Mapowanie pól kontaktu: każdy wiersz przesyła jedno pole Sourcedesk (lub szablon, np. {title} w {company}) do jednego pola SmartRecruiters.

„Zawsze aktualizuj” zapisuje pole za każdym razem, nadpisując zawartość w SmartRecruiters. „Aktualizuj tylko, gdy puste” wypełnia pole tylko wtedy, gdy jest puste, i nigdy nie nadpisuje istniejących danych.

Zmieniaj mapowanie tylko wtedy, gdy wartości nie trafiają do SmartRecruiters zgodnie z oczekiwaniami.</translation>
        </message>
        <message>
            <source>Filterable fields: the SmartRecruiters fields offered as filters in Search SmartRecruiters, so you can search your ATS by tag, status, job and the like without leaving Sourcedesk.</source>
            <translation>Pola do filtrowania: pola SmartRecruiters dostępne jako filtry w Szukaj w SmartRecruiters, dzięki czemu możesz przeszukiwać system ATS według tagu, statusu, oferty pracy itp. bez opuszczania Sourcedesk.</translation>
        </message>
        <message>
            <source>Create new notes from: the outreach types (emails, replies, calls, LinkedIn steps, status changes…) that write a note on the candidate in SmartRecruiters. Leave a type out to keep that activity in Sourcedesk only.</source>
            <translation>Twórz nowe notatki z: rodzaje działań kontaktowych (e-maile, odpowiedzi, rozmowy telefoniczne, kroki LinkedIn, zmiany statusu…), które zapisują notatkę u kandydata w SmartRecruiters. Pomiń rodzaj, aby dana aktywność pozostała tylko w Sourcedesk.</translation>
        </message>
        <message>
            <source>Note text: how each activity note reads in SmartRecruiters. Placeholders in braces are filled per note: {activity}, {campaign}, {subject}, {body}, {author}, {date}, {status}, {job} and candidate fields such as {firstName}.</source>
            <translation>Treść notatki: jak wygląda każda notatka o aktywności w SmartRecruiters. Symbole zastępcze w nawiasach klamrowych są wypełniane dla każdej notatki: {activity}, {campaign}, {subject}, {body}, {author}, {date}, {status}, {job} oraz pola kandydata, np. {firstName}.</translation>
        </message>
        <message>
            <source>Share notes with these users: the SmartRecruiters user ids, separated by commas, that can read the notes when "Who sees the notes" is "Only the users below".</source>
            <translation>Udostępniaj notatki tym użytkownikom: identyfikatory użytkowników SmartRecruiters, rozdzielone przecinkami, którzy mogą czytać notatki, gdy opcja „Kto widzi notatki” ma wartość „Tylko użytkownicy poniżej”.</translation>
        </message>
        <message>
            <source>Job status whitelist: when you link a campaign to a job, only the jobs with the selected statuses (for example Sourcing, Interview, Offer) are listed. Filled, cancelled or on-hold jobs stay out of the way.</source>
            <translation>Dozwolone statusy ofert pracy: podczas wiązania kampanii z ofertą pracy wyświetlane są tylko oferty o wybranych statusach (np. Pozyskiwanie kandydatów, Rozmowy kwalifikacyjne, Oferta). Oferty obsadzone, anulowane lub wstrzymane nie przeszkadzają.</translation>
        </message>
        <message>
            <source>Candidate source: the source SmartRecruiters records for the candidates Sourcedesk creates, as sourceTypeId/sourceSubTypeId/sourceId, so your source reports show where they were found. Leave it empty for SmartRecruiters' default source.</source>
            <translation>Źródło kandydata: źródło, które SmartRecruiters zapisuje dla kandydatów utworzonych przez Sourcedesk, w postaci sourceTypeId/sourceSubTypeId/sourceId, aby raporty źródeł pokazywały, gdzie zostali znalezieni. Pozostaw puste, aby użyć domyślnego źródła SmartRecruiters.</translation>
        </message>
        <message>
            <source>Tag: the tag added to the candidate's profile in SmartRecruiters, built from placeholders, e.g. "sourcedesk - {campaign} - {status}" becomes "sourcedesk - senior ml - interested".</source>
            <translation>Tag: tag dodawany do profilu kandydata w SmartRecruiters, zbudowany z symboli zastępczych, np. „sourcedesk - {campaign} - {status}” daje „sourcedesk - senior ml - interested”.</translation>
        </message>
        <message>
            <source>Tag candidates: adds a tag with the campaign and the outcome to each candidate in SmartRecruiters, so the hiring team can filter on it there.</source>
            <translation>Taguj kandydatów: dodaje do każdego kandydata w SmartRecruiters tag z kampanią i wynikiem, aby zespół rekrutacyjny mógł tam według niego filtrować.</translation>
        </message>
        <message>
            <source>Require consent before syncing: a candidate whose consent to be kept on file is not granted is held back and not pushed to SmartRecruiters.</source>
            <translation>Wymagaj zgody przed synchronizacją: kandydat, który nie wyraził zgody na przechowywanie danych, jest wstrzymywany i nie zostaje przesłany do SmartRecruiters.</translation>
        </message>
        <message>
            <source>Consent text: the consent record sent with each candidate. Placeholders: {date}, {method} and {state}. Change it when your legal team asks for a different wording.</source>
            <translation>Treść zgody: zapis zgody wysyłany z każdym kandydatem. Symbole zastępcze: {date}, {method} i {state}. Zmień go, gdy dział prawny poprosi o inne sformułowanie.</translation>
        </message>
        <message>
            <source>Upload attachments: the files attached to a candidate in Sourcedesk (CVs, notes) are uploaded to their SmartRecruiters profile.</source>
            <translation>Przesyłaj załączniki: pliki dołączone do kandydata w Sourcedesk (CV, notatki) są przesyłane do jego profilu w SmartRecruiters.</translation>
        </message>
        <message>
            <source>Synchronize hiring stages: once a day Sourcedesk reads the candidates' hiring stages in SmartRecruiters and moves the campaign members to the mapped pipeline status. Map the stages on Settings → Hiring stages first.</source>
            <translation>Synchronizuj etapy rekrutacji: raz dziennie Sourcedesk odczytuje etapy rekrutacji kandydatów w SmartRecruiters i przenosi uczestników kampanii do zmapowanego statusu w lejku. Najpierw zmapuj etapy w Ustawienia → Etapy rekrutacji.</translation>
        </message>
        <message>
            <source>Daily stage sync at: the time the daily stage sync runs (24-hour clock), in the time zone below. The default is 17:00 Paris time (5:00 PM CET).</source>
            <translation>Codzienna synchronizacja etapów o: godzina codziennej synchronizacji etapów (zegar 24-godzinny) w strefie czasowej poniżej. Domyślnie 17:00 czasu paryskiego (CET).</translation>
        </message>
        <message>
            <source>Stage sync time zone: the time zone of the daily run, such as Europe/Paris or America/New_York.</source>
            <translation>Strefa czasowa synchronizacji etapów: strefa czasowa codziennego uruchomienia, np. Europe/Warsaw lub America/New_York.</translation>
        </message>
        <message>
            <source>Stage sync since: applications older than this date (yyyy-MM-dd) are ignored by the stage sync. Leave it empty to read them all.</source>
            <translation>Synchronizacja etapów od: aplikacje starsze niż ta data (rrrr-MM-dd) są pomijane przez synchronizację etapów. Pozostaw puste, aby odczytać wszystkie.</translation>
        </message>
        <message>
            <source>Only applications made after stage sync was turned on: the stage mapping applies to applications submitted after you enabled the stage sync. Stages of earlier applications are not synchronized.</source>
            <translation>Tylko aplikacje złożone po włączeniu synchronizacji etapów: mapowanie etapów dotyczy aplikacji złożonych po włączeniu synchronizacji etapów. Etapy wcześniejszych aplikacji nie są synchronizowane.</translation>
        </message>
        <message>
            <source>Push pipeline changes back: when you move a member in a Sourcedesk pipeline, the candidate's application moves to the matching hiring stage in SmartRecruiters too.</source>
            <translation>Przesyłaj zmiany w lejku z powrotem: gdy przeniesiesz uczestnika w lejku Sourcedesk, aplikacja kandydata zostanie również przeniesiona do odpowiedniego etapu rekrutacji w SmartRecruiters.</translation>
        </message>
        <message>
            <source>Settings for: "Team defaults" are set by your team admin and apply to everyone; "My settings" override them for your own campaigns. A locked team default cannot be overridden.</source>
            <translation>Ustawienia dla: „Ustawienia domyślne zespołu” ustala administrator zespołu i dotyczą wszystkich; „Moje ustawienia” zastępują je w Twoich kampaniach. Zablokowanego ustawienia domyślnego zespołu nie można zastąpić.</translation>
        </message>
        <message>
            <source>Lock this team default so nobody can change it.</source>
            <translation>Zablokuj to ustawienie domyślne zespołu, aby nikt nie mógł go zmienić.</translation>
        </message>
        <message>
            <source>Lock: everyone uses the team value of this setting. Users, campaigns and candidates cannot override it until the admin unlocks it.</source>
            <translation>Zablokuj: wszyscy używają wartości zespołu dla tego ustawienia. Użytkownicy, kampanie i kandydaci nie mogą jej zastąpić, dopóki administrator jej nie odblokuje.</translation>
        </message>
        <message>
            <source>Go back to the inherited value.</source>
            <translation>Wróć do wartości dziedziczonej.</translation>
        </message>
        <message>
            <source>Reset: drops the value set here, so the setting follows the layer below again (the team default, or the built-in default for team settings).</source>
            <translation>Resetuj: usuwa ustawioną tutaj wartość, aby ustawienie znów wynikało z niższego poziomu (ustawienia domyślnego zespołu lub, w przypadku ustawień zespołu, wbudowanej wartości domyślnej).</translation>
        </message>
        <message>
            <source>Pick the items from a list.</source>
            <translation>Wybierz elementy z listy.</translation>
        </message>
        <message>
            <source>Choose…: ticks and unticks the known items of this list; the line beside it shows what is chosen and can be edited by hand.</source>
            <translation>Wybierz…: zaznacza i odznacza znane elementy tej listy; wiersz obok pokazuje, co jest wybrane, i można go edytować ręcznie.</translation>
        </message>
        <message>
            <source>Save the sync settings.</source>
            <translation>Zapisz ustawienia synchronizacji.</translation>
        </message>
        <message>
            <source>Save: stores all changed sync settings at once. Nothing is saved while a value has a problem.</source>
            <translation>Zapisz: zapisuje naraz wszystkie zmienione ustawienia synchronizacji. Nic nie zostanie zapisane, dopóki któraś wartość zawiera błąd.</translation>
        </message>
        <message>
            <source>Drop the unsaved changes.</source>
            <translation>Odrzuć niezapisane zmiany.</translation>
        </message>
        <message>
            <source>Revert: drops the unsaved changes and shows the stored settings again.</source>
            <translation>Przywróć: odrzuca niezapisane zmiany i ponownie wyświetla zapisane ustawienia.</translation>
        </message>
        <message>
            <source>Save these settings to a file.</source>
            <translation>Zapisz te ustawienia w pliku.</translation>
        </message>
        <message>
            <source>Export: writes the settings of the chosen layer to a JSON file, to share with another workspace or keep as a backup.</source>
            <translation>Eksportuj: zapisuje ustawienia wybranego poziomu w pliku JSON, aby udostępnić je innemu obszarowi roboczemu lub zachować jako kopię zapasową.</translation>
        </message>
        <message>
            <source>Load settings from a file.</source>
            <translation>Wczytaj ustawienia z pliku.</translation>
        </message>
        <message>
            <source>Import: replaces the settings of the chosen layer with those of an exported JSON file. Nothing changes if the file is not valid.</source>
            <translation>Importuj: zastępuje ustawienia wybranego poziomu ustawieniami z wyeksportowanego pliku JSON. Jeśli plik jest nieprawidłowy, nic się nie zmienia.</translation>
        </message>
        <message>
            <source>One row per SmartRecruiters field and where its value comes from.</source>
            <translation>Jeden wiersz na każde pole SmartRecruiters i źródło jego wartości.</translation>
        </message>
        <message>
            <source>Contact fields mapping: one row per SmartRecruiters field, the Sourcedesk field or template that fills it, and its update rule ("Always update" or "Only update if blank").</source>
            <translation>Mapowanie pól kontaktu: jeden wiersz na każde pole SmartRecruiters, pole Sourcedesk lub szablon, który je wypełnia, oraz reguła aktualizacji („Zawsze aktualizuj” lub „Aktualizuj tylko, gdy puste”).</translation>
        </message>
        <message>
            <source>The SmartRecruiters field this row fills.</source>
            <translation>Pole SmartRecruiters wypełniane przez ten wiersz.</translation>
        </message>
        <message>
            <source>SmartRecruiters field: a standard candidate field, or property:&lt;id&gt; for one of your company's candidate properties.</source>
            <translation>Pole SmartRecruiters: standardowe pole kandydata lub property:&lt;id&gt; dla jednej z właściwości kandydata zdefiniowanych w Twojej firmie.</translation>
        </message>
        <message>
            <source>The Sourcedesk field or template that fills it.</source>
            <translation>Pole Sourcedesk lub szablon, który je wypełnia.</translation>
        </message>
        <message>
            <source>Sourcedesk field or template: a field name such as email, or a template with placeholders such as {title} at {company}.</source>
            <translation>Pole Sourcedesk lub szablon: nazwa pola, np. email, lub szablon z symbolami zastępczymi, np. {title} w {company}.</translation>
        </message>
        <message>
            <source>Always update, or only update if blank.</source>
            <translation>Zawsze aktualizuj lub aktualizuj tylko, gdy puste.</translation>
        </message>
        <message>
            <source>Update rule: "Always update" overwrites the field in SmartRecruiters with every push. "Only update if blank" writes only when the field is empty there and never overwrites existing data.</source>
            <translation>Reguła aktualizacji: „Zawsze aktualizuj” nadpisuje pole w SmartRecruiters przy każdym przesłaniu. „Aktualizuj tylko, gdy puste” zapisuje tylko wtedy, gdy pole jest tam puste, i nigdy nie nadpisuje istniejących danych.</translation>
        </message>
        <message>
            <source>Add a row for another field.</source>
            <translation>Dodaj wiersz dla kolejnego pola.</translation>
        </message>
        <message>
            <source>Add field: adds a row to map one more SmartRecruiters field.</source>
            <translation>Dodaj pole: dodaje wiersz, aby zmapować kolejne pole SmartRecruiters.</translation>
        </message>
        <message>
            <source>Remove the selected rows.</source>
            <translation>Usuń zaznaczone wiersze.</translation>
        </message>
        <message>
            <source>Remove field: removes the selected rows; those fields are no longer written.</source>
            <translation>Usuń pole: usuwa zaznaczone wiersze; te pola nie będą już zapisywane.</translation>
        </message>
        <message>
            <source>Go back to the built-in mapping.</source>
            <translation>Wróć do wbudowanego mapowania.</translation>
        </message>
        <message>
            <source>Restore defaults: replaces the whole table with the built-in mapping.</source>
            <translation>Przywróć domyślne: zastępuje całą tabelę wbudowanym mapowaniem.</translation>
        </message>
        <message>
            <source>Which SmartRecruiters to connect to.</source>
            <translation>Z którym SmartRecruiters się połączyć.</translation>
        </message>
        <message>
            <source>Server: SmartRecruiters for your live account. "Other address…" is for a test environment your SmartRecruiters admin gave you.</source>
            <translation>Serwer: SmartRecruiters dla Twojego konta produkcyjnego. „Inny adres…” służy do środowiska testowego udostępnionego przez administratora SmartRecruiters.</translation>
        </message>
        <message>
            <source>The address of the SmartRecruiters API.</source>
            <translation>Adres API SmartRecruiters.</translation>
        </message>
        <message>
            <source>API address: where Sourcedesk sends its requests. Filled in for SmartRecruiters; change it only with "Other address…".</source>
            <translation>Adres API: miejsce, do którego Sourcedesk wysyła żądania. Wypełniony dla SmartRecruiters; zmieniaj go tylko za pomocą „Inny adres…”.</translation>
        </message>
        <message>
            <source>The address you sign in at.</source>
            <translation>Adres, pod którym się logujesz.</translation>
        </message>
        <message>
            <source>Sign-in address: the SmartRecruiters page the sign-in window opens.</source>
            <translation>Adres logowania: strona SmartRecruiters otwierana w oknie logowania.</translation>
        </message>
        <message>
            <source>Sign in with your SmartRecruiters account.</source>
            <translation>Zaloguj się kontem SmartRecruiters.</translation>
        </message>
        <message>
            <source>Sign in with SmartRecruiters: Connect opens the SmartRecruiters sign-in; log in and click Allow access to grant Sourcedesk the permissions it asks for. Nothing is stored but a token in your keychain.</source>
            <translation>Zaloguj się przez SmartRecruiters: Połącz otwiera logowanie do SmartRecruiters; zaloguj się i kliknij Allow access, aby nadać Sourcedesk wymagane uprawnienia. Przechowywany jest wyłącznie token w pęku kluczy.</translation>
        </message>
        <message>
            <source>Connect with an API key from SmartRecruiters.</source>
            <translation>Połącz za pomocą klucza API z SmartRecruiters.</translation>
        </message>
        <message>
            <source>API key: for companies whose admin issues API keys (Settings → Apps &amp; Integrations in SmartRecruiters). The key goes to your system keychain only.</source>
            <translation>Klucz API: dla firm, których administrator wydaje klucze API (Settings → Apps &amp; Integrations w SmartRecruiters). Klucz trafia wyłącznie do systemowego pęku kluczy.</translation>
        </message>
        <message>
            <source>The OAuth client id of your SmartRecruiters app.</source>
            <translation>Identyfikator klienta OAuth Twojej aplikacji SmartRecruiters.</translation>
        </message>
        <message>
            <source>Client id: identifies the app your SmartRecruiters admin registered for Sourcedesk.</source>
            <translation>Identyfikator klienta: identyfikuje aplikację zarejestrowaną dla Sourcedesk przez administratora SmartRecruiters.</translation>
        </message>
        <message>
            <source>The OAuth client secret; kept in the keychain.</source>
            <translation>Klucz tajny klienta OAuth; przechowywany w pęku kluczy.</translation>
        </message>
        <message>
            <source>Client secret: the secret that belongs to the client id. It is kept in your system keychain; leave it empty to reuse the stored one.</source>
            <translation>Klucz tajny klienta: klucz należący do identyfikatora klienta. Jest przechowywany w systemowym pęku kluczy; pozostaw puste, aby użyć zapisanego.</translation>
        </message>
        <message>
            <source>Must match a redirect URI registered for the app exactly.</source>
            <translation>Musi dokładnie odpowiadać identyfikatorowi URI przekierowania zarejestrowanemu dla aplikacji.</translation>
        </message>
        <message>
            <source>Redirect URI: where SmartRecruiters sends you back after you allow access. It must match a redirect URI registered for the app, character for character.</source>
            <translation>URI przekierowania: miejsce, do którego SmartRecruiters przekierowuje po udzieleniu dostępu. Musi odpowiadać identyfikatorowi URI przekierowania zarejestrowanemu dla aplikacji co do znaku.</translation>
        </message>
        <message>
            <source>Paste the API key; it goes to the keychain only.</source>
            <translation>Wklej klucz API; trafia on wyłącznie do pęku kluczy.</translation>
        </message>
        <message>
            <source>API key: paste the key your SmartRecruiters admin gave you. It is handed to the keychain and cleared from the form.</source>
            <translation>Klucz API: wklej klucz otrzymany od administratora SmartRecruiters. Zostanie przekazany do pęku kluczy i usunięty z formularza.</translation>
        </message>
        <message>
            <source>Turn on the synchronization with SmartRecruiters.</source>
            <translation>Włącz synchronizację z SmartRecruiters.</translation>
        </message>
        <message>
            <source>Connect: turns on the synchronization. With sign-in you log in to SmartRecruiters and allow access; with an API key the key is checked right away.</source>
            <translation>Połącz: włącza synchronizację. Przy logowaniu logujesz się do SmartRecruiters i udzielasz dostępu; klucz API jest sprawdzany od razu.</translation>
        </message>
        <message>
            <source>Turn off the synchronization and forget the sign-in.</source>
            <translation>Wyłącz synchronizację i zapomnij dane logowania.</translation>
        </message>
        <message>
            <source>Disconnect: stops the synchronization and removes the token or key from the keychain. Your campaigns and candidates stay in Sourcedesk.</source>
            <translation>Rozłącz: zatrzymuje synchronizację i usuwa token lub klucz z pęku kluczy. Twoje kampanie i kandydaci pozostają w Sourcedesk.</translation>
        </message>
        <message>
            <source>Check every permission Sourcedesk needs.</source>
            <translation>Sprawdź wszystkie uprawnienia wymagane przez Sourcedesk.</translation>
        </message>
        <message>
            <source>Test integration: checks each permission Sourcedesk needs in SmartRecruiters and lists what is granted and what is missing below.</source>
            <translation>Testuj integrację: sprawdza każde uprawnienie wymagane przez Sourcedesk w SmartRecruiters i wyświetla poniżej, które są przyznane, a których brakuje.</translation>
        </message>
        <message>
            <source>The permissions Sourcedesk has in SmartRecruiters.</source>
            <translation>Uprawnienia Sourcedesk w SmartRecruiters.</translation>
        </message>
        <message>
            <source>Permissions: each permission, whether it is granted, and what Sourcedesk uses it for. Ask your SmartRecruiters admin for the missing ones.</source>
            <translation>Uprawnienia: każde uprawnienie, informacja, czy jest przyznane, i do czego Sourcedesk go używa. Poproś administratora SmartRecruiters o brakujące.</translation>
        </message>
        <message>
            <source>The job the test candidate is created on.</source>
            <translation>Oferta pracy, w której zostanie utworzony kandydat testowy.</translation>
        </message>
        <message>
            <source>Job: the SmartRecruiters job that receives the test candidate.</source>
            <translation>Oferta pracy: oferta pracy w SmartRecruiters, do której trafi kandydat testowy.</translation>
        </message>
        <message>
            <source>Create a test candidate with a note on the chosen job.</source>
            <translation>Utwórz kandydata testowego z notatką w wybranej ofercie pracy.</translation>
        </message>
        <message>
            <source>Insert test candidate: creates a clearly named test candidate with a note on the chosen job, so you can see in SmartRecruiters exactly what a push looks like. Delete it there afterwards.</source>
            <translation>Wstaw kandydata testowego: tworzy wyraźnie nazwanego kandydata testowego z notatką w wybranej ofercie pracy, aby można było zobaczyć w SmartRecruiters, jak dokładnie wygląda przesłanie. Następnie usuń go tam.</translation>
        </message>
        <message>
            <source>Each SmartRecruiters hiring stage and the pipeline status it maps to.</source>
            <translation>Każdy etap rekrutacji w SmartRecruiters i status w lejku, na który jest zmapowany.</translation>
        </message>
        <message>
            <source>Hiring stages: all stages of your SmartRecruiters hiring processes. Assign each one a Sourcedesk pipeline status; every stage must be assigned before saving. A highlighted stage changed in SmartRecruiters.</source>
            <translation>Etapy rekrutacji: wszystkie etapy procesów rekrutacji w SmartRecruiters. Przypisz każdemu status w lejku Sourcedesk; przed zapisaniem każdy etap musi być przypisany. Wyróżniony etap został zmieniony w SmartRecruiters.</translation>
        </message>
        <message>
            <source>The pipeline status this hiring stage maps to.</source>
            <translation>Status w lejku, na który jest zmapowany ten etap rekrutacji.</translation>
        </message>
        <message>
            <source>Pipeline status: when a candidate's application reaches this stage in SmartRecruiters, the stage sync moves the campaign member to this status.</source>
            <translation>Status w lejku: gdy aplikacja kandydata osiągnie ten etap w SmartRecruiters, synchronizacja etapów przeniesie uczestnika kampanii do tego statusu.</translation>
        </message>
        <message>
            <source>The stage pushed to SmartRecruiters for this status.</source>
            <translation>Etap przesyłany do SmartRecruiters dla tego statusu.</translation>
        </message>
        <message>
            <source>Pushing back: when several stages map to one status, a status change made in Sourcedesk is pushed to SmartRecruiters as this stage.</source>
            <translation>Przesyłanie zwrotne: gdy kilka etapów jest zmapowanych na jeden status, zmiana statusu w Sourcedesk zostanie przesłana do SmartRecruiters jako ten etap.</translation>
        </message>
        <message>
            <source>Download the hiring stages from SmartRecruiters.</source>
            <translation>Pobierz etapy rekrutacji z SmartRecruiters.</translation>
        </message>
        <message>
            <source>Download from SmartRecruiters: downloads every stage your company defined in SmartRecruiters. New stages arrive unmapped.</source>
            <translation>Pobierz z SmartRecruiters: pobiera wszystkie etapy zdefiniowane przez Twoją firmę w SmartRecruiters. Nowe etapy są niezmapowane.</translation>
        </message>
        <message>
            <source>Suggest a pipeline status for every unmapped stage.</source>
            <translation>Zaproponuj status w lejku dla każdego niezmapowanego etapu.</translation>
        </message>
        <message>
            <source>Suggest: fills every unmapped stage with the closest pipeline status (Offered, Hired, Rejected…). Check the suggestions, then save.</source>
            <translation>Zaproponuj: przypisuje każdemu niezmapowanemu etapowi najbliższy status w lejku (Oferta złożona, Zatrudniony, Odrzucony…). Sprawdź propozycje, a następnie zapisz.</translation>
        </message>
        <message>
            <source>Accept the change SmartRecruiters made to the selected stage.</source>
            <translation>Zaakceptuj zmianę wprowadzoną przez SmartRecruiters w zaznaczonym etapie.</translation>
        </message>
        <message>
            <source>Clear flag: a stage renamed or removed in SmartRecruiters is highlighted until you have checked its mapping and cleared the flag.</source>
            <translation>Usuń oznaczenie: etap, którego nazwę zmieniono lub który usunięto w SmartRecruiters, jest wyróżniony, dopóki nie sprawdzisz jego mapowania i nie usuniesz oznaczenia.</translation>
        </message>
        <message>
            <source>Drop the unsaved stage mapping changes.</source>
            <translation>Odrzuć niezapisane zmiany mapowania etapów.</translation>
        </message>
        <message>
            <source>Revert: drops the unsaved changes to the stage mapping.</source>
            <translation>Przywróć: odrzuca niezapisane zmiany mapowania etapów.</translation>
        </message>
        <message>
            <source>Save the stage mapping.</source>
            <translation>Zapisz mapowanie etapów.</translation>
        </message>
        <message>
            <source>Save: stores the stage mapping. It applies to applications submitted after the stage sync was turned on.</source>
            <translation>Zapisz: zapisuje mapowanie etapów. Dotyczy ono aplikacji złożonych po włączeniu synchronizacji etapów.</translation>
        </message>
        <message>
            <source>Sync the hiring stages from SmartRecruiters now.</source>
            <translation>Synchronizuj teraz etapy rekrutacji z SmartRecruiters.</translation>
        </message>
        <message>
            <source>Sync stages now: runs the stage sync right away instead of waiting for the daily run.</source>
            <translation>Synchronizuj etapy teraz: uruchamia synchronizację etapów od razu, bez czekania na codzienne uruchomienie.</translation>
        </message>
        <message>
            <source>Stop the running stage sync.</source>
            <translation>Zatrzymaj trwającą synchronizację etapów.</translation>
        </message>
        <message>
            <source>Cancel: stops the running stage sync; members moved so far stay moved.</source>
            <translation>Anuluj: zatrzymuje trwającą synchronizację etapów; dotychczas przeniesieni uczestnicy pozostają przeniesieni.</translation>
        </message>
        <message>
            <source>Applications whose stage could not be applied.</source>
            <translation>Aplikacje, których etapu nie można było zastosować.</translation>
        </message>
        <message>
            <source>Stage drift: applications whose SmartRecruiters stage could not be applied (an unmapped stage, an unknown candidate), and members out of step with SmartRecruiters.</source>
            <translation>Rozbieżności etapów: aplikacje, których etapu SmartRecruiters nie można było zastosować (niezmapowany etap, nieznany kandydat), oraz uczestnicy niezgodni z SmartRecruiters.</translation>
        </message>
        <message>
            <source>Fill in the servers for a known email provider.</source>
            <translation>Wypełnij dane serwerów znanego dostawcy poczty.</translation>
        </message>
        <message>
            <source>Provider: Gmail / Google Workspace and Microsoft 365 / Outlook fill in the servers for you. Choose Other to type them in.</source>
            <translation>Dostawca: Gmail / Google Workspace oraz Microsoft 365 / Outlook wypełniają dane serwerów automatycznie. Wybierz Inny, aby wpisać je samodzielnie.</translation>
        </message>
        <message>
            <source>The address your sequence emails are sent from.</source>
            <translation>Adres, z którego wysyłane są e-maile sekwencji.</translation>
        </message>
        <message>
            <source>Address: candidates see this address as the sender of your sequence emails, and replies to it are read back into Sourcedesk.</source>
            <translation>Adres: kandydaci widzą ten adres jako nadawcę e-maili z sekwencji, a odpowiedzi na niego są wczytywane z powrotem do Sourcedesk.</translation>
        </message>
        <message>
            <source>Your name as candidates see it.</source>
            <translation>Twoja nazwa widoczna dla kandydatów.</translation>
        </message>
        <message>
            <source>Display name: the name shown beside your address in the candidate's inbox.</source>
            <translation>Nazwa wyświetlana: nazwa widoczna obok Twojego adresu w skrzynce odbiorczej kandydata.</translation>
        </message>
        <message>
            <source>The user name to sign in to the mail servers.</source>
            <translation>Nazwa użytkownika do logowania na serwerach poczty.</translation>
        </message>
        <message>
            <source>User name: what you sign in to the mail servers with; usually the email address.</source>
            <translation>Nazwa użytkownika: dane, którymi logujesz się na serwerach poczty; zwykle adres e-mail.</translation>
        </message>
        <message>
            <source>Sign in with a password or an OAuth2 access token.</source>
            <translation>Zaloguj się hasłem lub tokenem dostępu OAuth2.</translation>
        </message>
        <message>
            <source>Sign-in: a password (an app password for Gmail or Microsoft 365), or an OAuth2 access token.</source>
            <translation>Logowanie: hasło (hasło aplikacji dla Gmail lub Microsoft 365) albo token dostępu OAuth2.</translation>
        </message>
        <message>
            <source>Kept in this computer's keychain only.</source>
            <translation>Przechowywane wyłącznie w pęku kluczy tego komputera.</translation>
        </message>
        <message>
            <source>Password or token: stored in this computer's keychain, never in the workspace. Leave it empty to keep the stored one.</source>
            <translation>Hasło lub token: przechowywane w pęku kluczy tego komputera, nigdy w obszarze roboczym. Pozostaw puste, aby zachować zapisane.</translation>
        </message>
        <message>
            <source>The server your emails are sent through.</source>
            <translation>Serwer, przez który wysyłane są Twoje e-maile.</translation>
        </message>
        <message>
            <source>SMTP server: the outgoing mail server, e.g. smtp.gmail.com.</source>
            <translation>Serwer SMTP: serwer poczty wychodzącej, np. smtp.gmail.com.</translation>
        </message>
        <message>
            <source>The port of the sending server.</source>
            <translation>Port serwera wysyłającego.</translation>
        </message>
        <message>
            <source>SMTP port: usually 465 with TLS or 587 with STARTTLS.</source>
            <translation>Port SMTP: zwykle 465 z TLS lub 587 ze STARTTLS.</translation>
        </message>
        <message>
            <source>How the connection to the sending server is encrypted.</source>
            <translation>Sposób szyfrowania połączenia z serwerem wysyłającym.</translation>
        </message>
        <message>
            <source>SMTP security: TLS for port 465, STARTTLS for port 587. Unencrypted connections are refused except on this computer.</source>
            <translation>Zabezpieczenia SMTP: TLS dla portu 465, STARTTLS dla portu 587. Połączenia nieszyfrowane są odrzucane, z wyjątkiem połączeń na tym komputerze.</translation>
        </message>
        <message>
            <source>The server replies are read from.</source>
            <translation>Serwer, z którego odczytywane są odpowiedzi.</translation>
        </message>
        <message>
            <source>IMAP server: the incoming mail server Sourcedesk reads replies from, e.g. imap.gmail.com.</source>
            <translation>Serwer IMAP: serwer poczty przychodzącej, z którego Sourcedesk odczytuje odpowiedzi, np. imap.gmail.com.</translation>
        </message>
        <message>
            <source>The port of the reading server.</source>
            <translation>Port serwera odczytującego.</translation>
        </message>
        <message>
            <source>IMAP port: usually 993 with TLS.</source>
            <translation>Port IMAP: zwykle 993 z TLS.</translation>
        </message>
        <message>
            <source>How the connection to the reading server is encrypted.</source>
            <translation>Sposób szyfrowania połączenia z serwerem odczytującym.</translation>
        </message>
        <message>
            <source>IMAP security: TLS for port 993, STARTTLS for port 143.</source>
            <translation>Zabezpieczenia IMAP: TLS dla portu 993, STARTTLS dla portu 143.</translation>
        </message>
        <message>
            <source>The folder copies of sent emails go to.</source>
            <translation>Folder, do którego trafiają kopie wysłanych e-maili.</translation>
        </message>
        <message>
            <source>Sent folder: where a copy of each sequence email is saved, so it appears with your other sent mail.</source>
            <translation>Folder Wysłane: miejsce zapisu kopii każdego e-maila z sekwencji, aby był widoczny razem z pozostałą wysłaną pocztą.</translation>
        </message>
        <message>
            <source>Keep a copy of each email in the Sent folder.</source>
            <translation>Zachowuj kopię każdego e-maila w folderze Wysłane.</translation>
        </message>
        <message>
            <source>Save a copy: stores each email Sourcedesk sends in the Sent folder. Gmail does this by itself; turn it off there to avoid duplicates.</source>
            <translation>Zapisz kopię: zapisuje każdy e-mail wysłany przez Sourcedesk w folderze Wysłane. Gmail robi to sam; wyłącz tę opcję dla niego, aby uniknąć duplikatów.</translation>
        </message>
        <message>
            <source>For a test mail server on this computer only.</source>
            <translation>Tylko dla testowego serwera poczty na tym komputerze.</translation>
        </message>
        <message>
            <source>Allow unencrypted connections: only for a mail server running on this computer (loopback), such as a test server. Remote servers always need TLS or STARTTLS.</source>
            <translation>Zezwalaj na połączenia nieszyfrowane: tylko dla serwera poczty działającego na tym komputerze (pętla zwrotna), np. serwera testowego. Serwery zdalne zawsze wymagają TLS lub STARTTLS.</translation>
        </message>
        <message>
            <source>The most emails sent from this mailbox per day.</source>
            <translation>Maksymalna liczba e-maili wysyłanych z tej skrzynki dziennie.</translation>
        </message>
        <message>
            <source>Daily limit: sequences stop sending for the day once this many emails went out, which keeps your mailbox clear of the provider's sending limits and spam filters.</source>
            <translation>Limit dzienny: sekwencje przestają wysyłać w danym dniu po wysłaniu tej liczby e-maili, co chroni skrzynkę przed limitami wysyłki dostawcy i filtrami antyspamowymi.</translation>
        </message>
        <message>
            <source>The most emails sent from this mailbox per hour.</source>
            <translation>Maksymalna liczba e-maili wysyłanych z tej skrzynki na godzinę.</translation>
        </message>
        <message>
            <source>Hourly limit: spreads your sequence emails over the day.</source>
            <translation>Limit godzinowy: rozkłada e-maile z sekwencji na cały dzień.</translation>
        </message>
        <message>
            <source>The least time between two emails.</source>
            <translation>Minimalny odstęp między dwoma e-mailami.</translation>
        </message>
        <message>
            <source>Spacing: the minimum wait between two emails, so a large sequence does not go out in one burst.</source>
            <translation>Odstęp: minimalny czas oczekiwania między dwoma e-mailami, aby duża sekwencja nie została wysłana naraz.</translation>
        </message>
        <message>
            <source>Save the mailbox.</source>
            <translation>Zapisz skrzynkę pocztową.</translation>
        </message>
        <message>
            <source>Save: stores the mailbox settings; the password or token goes to the keychain.</source>
            <translation>Zapisz: zapisuje ustawienia skrzynki pocztowej; hasło lub token trafia do pęku kluczy.</translation>
        </message>
        <message>
            <source>Test the connection to the mail servers.</source>
            <translation>Testuj połączenie z serwerami poczty.</translation>
        </message>
        <message>
            <source>Test connection: signs in to the sending and the reading server and says what, if anything, went wrong.</source>
            <translation>Testuj połączenie: loguje się na serwerze wysyłającym i odczytującym oraz informuje, co ewentualnie poszło nie tak.</translation>
        </message>
        <message>
            <source>Cancel the connection test.</source>
            <translation>Anuluj test połączenia.</translation>
        </message>
        <message>
            <source>Cancel test: stops the connection test.</source>
            <translation>Anuluj test: zatrzymuje test połączenia.</translation>
        </message>
        <message>
            <source>Who sees the notes in SmartRecruiters: "Everyone who can see the candidate", only "The hiring team" of the job, or "Only the users below", the ones listed in "Share notes with these users".</source>
            <translation>Kto widzi notatki w SmartRecruiters: „Wszyscy, którzy widzą kandydata”, tylko „Zespół rekrutacyjny” oferty pracy lub „Tylko użytkownicy poniżej”, czyli osoby wymienione w polu „Udostępniaj notatki tym użytkownikom”.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportFilePage</name>
        <message>
            <source>CSV file</source>
            <translation>Plik CSV</translation>
        </message>
        <message>
            <source>Problem with the file</source>
            <translation>Problem z plikiem</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>Wybierz plik CSV</translation>
        </message>
        <message>
            <source>Exports from LinkedIn Recruiter, SourceWhale, Google Contacts, spreadsheets and Sourcedesk itself are recognised. Any encoding and separator (comma, semicolon, tab) works.</source>
            <translation>Rozpoznawane są eksporty z LinkedIn Recruiter, SourceWhale, Google Contacts, arkuszy kalkulacyjnych i samego Sourcedesk. Działa każde kodowanie i separator (przecinek, średnik, tabulator).</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Przeglądaj…</translation>
        </message>
        <message>
            <source>Browse for a file</source>
            <translation>Wyszukaj plik</translation>
        </message>
        <message>
            <source>Path of the .csv file</source>
            <translation>Ścieżka pliku .csv</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>Importuj CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Pliki CSV (*.csv *.tsv *.txt);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>There is no file at “%1”.</source>
            <translation>Nie ma pliku „%1”.</translation>
        </message>
        <message>
            <source>This file cannot be imported: %1</source>
            <translation>Tego pliku nie można zaimportować: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportMappingPage</name>
        <message>
            <source>Column mapping and preview</source>
            <translation>Mapowanie kolumn i podgląd</translation>
        </message>
        <message>
            <source>Mapping hint</source>
            <translation>Wskazówka dotycząca mapowania</translation>
        </message>
        <message>
            <source>Map the columns</source>
            <translation>Zmapuj kolumny</translation>
        </message>
        <message>
            <source>Choose what each column holds. The first rows below show how they will be imported.</source>
            <translation>Wybierz, co zawiera każda kolumna. Pierwsze wiersze poniżej pokazują, jak zostaną zaimportowane.</translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>(nie importuj)</translation>
        </message>
        <message>
            <source>Custom field</source>
            <translation>Pole niestandardowe</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Imię</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nazwisko</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Stanowisko</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Miasto</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Kraj</translation>
        </message>
        <message>
            <source>Location (city, region, country)</source>
            <translation>Lokalizacja (miasto, region, kraj)</translation>
        </message>
        <message>
            <source>LinkedIn profile</source>
            <translation>Profil LinkedIn</translation>
        </message>
        <message>
            <source>Other link</source>
            <translation>Inny link</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Źródło</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tagi</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <source>GDPR consent</source>
            <translation>Zgoda RODO</translation>
        </message>
        <message>
            <source>GDPR consent date</source>
            <translation>Data zgody RODO</translation>
        </message>
        <message>
            <source>GDPR consent: how obtained</source>
            <translation>Zgoda RODO: sposób uzyskania</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importuj jako</translation>
        </message>
        <message>
            <source>Import column “%1” as</source>
            <translation>Importuj kolumnę „%1” jako</translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>Wiersz %1</translation>
        </message>
        <message>
            <source>Line %1 ✗</source>
            <translation>Wiersz %1 ✗</translation>
        </message>
        <message>
            <source>Detected: %1, separator “%2”.</source>
            <translation>Wykryto: %1, separator „%2”.</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulator</translation>
        </message>
        <message>
            <source>Map at least one column to a name or an email address; otherwise no row can be imported.</source>
            <translation>Zmapuj co najmniej jedną kolumnę na imię i nazwisko lub adres e-mail; w przeciwnym razie nie można zaimportować żadnego wiersza.</translation>
        </message>
        <message numerus="yes">
            <source>%n of the rows shown would not import (hover a red row for the reason).</source>
            <translation>
                <numerusform>%n z wyświetlonych wierszy nie zostałby zaimportowany (najedź na czerwony wiersz, aby zobaczyć przyczynę).</numerusform>
                <numerusform>%n z wyświetlonych wierszy nie zostałyby zaimportowane (najedź na czerwony wiersz, aby zobaczyć przyczynę).</numerusform>
                <numerusform>%n z wyświetlonych wierszy nie zostałoby zaimportowanych (najedź na czerwony wiersz, aby zobaczyć przyczynę).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportOptionsPage</name>
        <message>
            <source>Add imported candidates to campaign</source>
            <translation>Dodaj zaimportowanych kandydatów do kampanii</translation>
        </message>
        <message>
            <source>&amp;Skip them: keep the stored candidate as it is</source>
            <translation>&amp;Pomiń je: zachowaj zapisanego kandydata bez zmian</translation>
        </message>
        <message>
            <source>Skip duplicates</source>
            <translation>Pomijaj duplikaty</translation>
        </message>
        <message>
            <source>&amp;Merge them: add the new details to the stored candidate</source>
            <translation>&amp;Scal je: dodaj nowe dane do zapisanego kandydata</translation>
        </message>
        <message>
            <source>Merge duplicates</source>
            <translation>Scalaj duplikaty</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>Podsumowanie importu</translation>
        </message>
        <message>
            <source>Import options</source>
            <translation>Opcje importu</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Opcje</translation>
        </message>
        <message>
            <source>A row is a duplicate when its email, LinkedIn profile, or name and company match a stored candidate (or an earlier row). Nothing is ever imported twice.</source>
            <translation>Wiersz jest duplikatem, gdy jego e-mail, profil LinkedIn albo imię i nazwisko oraz firma pasują do zapisanego kandydata (lub wcześniejszego wiersza). Nic nigdy nie jest importowane dwukrotnie.</translation>
        </message>
        <message>
            <source>Add to &amp;campaign:</source>
            <translation>Dodaj do &amp;kampanii:</translation>
        </message>
        <message>
            <source>Duplicates:</source>
            <translation>Duplikaty:</translation>
        </message>
        <message>
            <source>No campaign</source>
            <translation>Bez kampanii</translation>
        </message>
        <message>
            <source>Ready to import “%1”. You can cancel at any time; the rows imported until then stay, and no half-written batch is left behind.</source>
            <translation>Gotowe do zaimportowania „%1”. Możesz anulować w dowolnej chwili; wiersze zaimportowane do tego momentu pozostaną i nie zostanie żadna częściowo zapisana partia.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportRunPage</name>
        <message>
            <source>Import status</source>
            <translation>Stan importu</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Postęp importu</translation>
        </message>
        <message>
            <source>&amp;Cancel import</source>
            <translation>&amp;Anuluj import</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Anuluj import</translation>
        </message>
        <message>
            <source>Import result</source>
            <translation>Wynik importu</translation>
        </message>
        <message>
            <source>Rows not imported as they were</source>
            <translation>Wiersze niezaimportowane w oryginalnej postaci</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importowanie</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Wiersz</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Co się stało</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Powód</translation>
        </message>
        <message>
            <source>CSV: %1</source>
            <translation>CSV: %1</translation>
        </message>
        <message>
            <source>Importing “%1”…</source>
            <translation>Importowanie „%1”…</translation>
        </message>
        <message>
            <source>Cancelling after the current batch…</source>
            <translation>Anulowanie po bieżącej partii…</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n rows…</source>
            <translation>
                <numerusform>Zaimportowano %n wiersz…</numerusform>
                <numerusform>Zaimportowano %n wiersze…</numerusform>
                <numerusform>Zaimportowano %n wierszy…</numerusform>
            </translation>
        </message>
        <message>
            <source>The import stopped: %1</source>
            <translation>Import został zatrzymany: %1</translation>
        </message>
        <message>
            <source>The import was cancelled. The rows below were stored before it stopped.</source>
            <translation>Import został anulowany. Wiersze poniżej zostały zapisane przed jego zatrzymaniem.</translation>
        </message>
        <message>
            <source>Import complete.</source>
            <translation>Import zakończony.</translation>
        </message>
        <message numerus="yes">
            <source>%n rows read</source>
            <translation>
                <numerusform>Odczytano %n wiersz</numerusform>
                <numerusform>Odczytano %n wiersze</numerusform>
                <numerusform>Odczytano %n wierszy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new candidates</source>
            <translation>
                <numerusform>%n nowy kandydat</numerusform>
                <numerusform>%n nowych kandydatów</numerusform>
                <numerusform>%n nowych kandydatów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n merged</source>
            <translation>
                <numerusform>%n scalony</numerusform>
                <numerusform>%n scalone</numerusform>
                <numerusform>%n scalonych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicates skipped</source>
            <translation>
                <numerusform>Pominięto %n duplikat</numerusform>
                <numerusform>Pominięto %n duplikaty</numerusform>
                <numerusform>Pominięto %n duplikatów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n nieudany</numerusform>
                <numerusform>%n nieudane</numerusform>
                <numerusform>%n nieudanych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more rows with problems are not listed.</source>
            <translation>
                <numerusform>%n kolejny wiersz z problemami nie jest wyświetlony.</numerusform>
                <numerusform>%n kolejne wiersze z problemami nie są wyświetlone.</numerusform>
                <numerusform>%n kolejnych wierszy z problemami nie jest wyświetlonych.</numerusform>
            </translation>
        </message>
        <message>
            <source>Done in %1 s.</source>
            <translation>Gotowe w %1 s.</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Zatrzymano.</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Nie zaimportowano</translation>
        </message>
        <message>
            <source>Skipped (duplicate)</source>
            <translation>Pominięto (duplikat)</translation>
        </message>
        <message>
            <source>Merged into existing</source>
            <translation>Scalono z istniejącym</translation>
        </message>
        <message>
            <source>Import complete</source>
            <translation>Import zakończony</translation>
        </message>
        <message>
            <source>Import stopped</source>
            <translation>Import zatrzymany</translation>
        </message>
        <message numerus="yes">
            <source>Import: %n new candidates</source>
            <translation>
                <numerusform>Import: %n nowy kandydat</numerusform>
                <numerusform>Import: %n nowych kandydatów</numerusform>
                <numerusform>Import: %n nowych kandydatów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>pominięto %n</numerusform>
                <numerusform>pominięto %n</numerusform>
                <numerusform>pominięto %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows on the do-not-contact list were stored but not added to the campaign.</source>
            <translation>
                <numerusform>%n wiersz z listy „nie kontaktować” został zapisany, ale nie dodano go do kampanii.</numerusform>
                <numerusform>%n wiersze z listy „nie kontaktować” zostały zapisane, ale nie dodano ich do kampanii.</numerusform>
                <numerusform>%n wierszy z listy „nie kontaktować” zostało zapisanych, ale nie dodano ich do kampanii.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not added (do not contact)</source>
            <translation>Nie dodano (nie kontaktować)</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportWizard</name>
        <message>
            <source>Import CSV</source>
            <translation>Importuj CSV</translation>
        </message>
        <message>
            <source>Import candidates from CSV</source>
            <translation>Importuj kandydatów z CSV</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importuj</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::IntegrationPage</name>
        <message>
            <source>Granted</source>
            <translation>Przyznane</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Brak</translation>
        </message>
        <message>
            <source>Not allowed for your role</source>
            <translation>Niedozwolone dla Twojej roli</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Nie sprawdzono</translation>
        </message>
        <message>
            <source>Could not check</source>
            <translation>Nie można sprawdzić</translation>
        </message>
        <message>
            <source>SmartRecruiters integration</source>
            <translation>Integracja z SmartRecruiters</translation>
        </message>
        <message>
            <source>Connect Sourcedesk to SmartRecruiters to create candidates there, write your outreach as notes and bring hiring stages back. Secrets are kept in your system keychain, never in the workspace.</source>
            <translation>Połącz Sourcedesk z SmartRecruiters, aby tworzyć tam kandydatów, zapisywać działania kontaktowe jako notatki i pobierać etapy rekrutacji. Dane poufne są przechowywane w systemowym pęku kluczy, nigdy w obszarze roboczym.</translation>
        </message>
        <message>
            <source>Testing… %1/%2</source>
            <translation>Testowanie… %1/%2</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Połączenie</translation>
        </message>
        <message>
            <source>SmartRecruiters server</source>
            <translation>Serwer SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters</source>
            <translation>SmartRecruiters</translation>
        </message>
        <message>
            <source>Other address…</source>
            <translation>Inny adres…</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Serwer:</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>Adres API</translation>
        </message>
        <message>
            <source>&amp;API address:</source>
            <translation>&amp;Adres API:</translation>
        </message>
        <message>
            <source>Sign-in address</source>
            <translation>Adres logowania</translation>
        </message>
        <message>
            <source>Sign-&amp;in address:</source>
            <translation>Adres &amp;logowania:</translation>
        </message>
        <message>
            <source>Sign in with SmartRecruiters (OAuth)</source>
            <translation>Zaloguj się przez SmartRecruiters (OAuth)</translation>
        </message>
        <message>
            <source>Sign in with SmartRecruiters</source>
            <translation>Zaloguj się przez SmartRecruiters</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Klucz API</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Metoda:</translation>
        </message>
        <message>
            <source>Method settings</source>
            <translation>Ustawienia metody</translation>
        </message>
        <message>
            <source>OAuth client id</source>
            <translation>Identyfikator klienta OAuth</translation>
        </message>
        <message>
            <source>&amp;Client id:</source>
            <translation>&amp;Identyfikator klienta:</translation>
        </message>
        <message>
            <source>OAuth client secret</source>
            <translation>Klucz tajny klienta OAuth</translation>
        </message>
        <message>
            <source>Kept in the keychain; leave empty to reuse the stored one</source>
            <translation>Przechowywany w pęku kluczy; pozostaw puste, aby użyć zapisanego</translation>
        </message>
        <message>
            <source>Client s&amp;ecret:</source>
            <translation>Klucz ta&amp;jny klienta:</translation>
        </message>
        <message>
            <source>Redirect URI</source>
            <translation>URI przekierowania</translation>
        </message>
        <message>
            <source>Must match a redirect URI registered for the OAuth client exactly.</source>
            <translation>Musi dokładnie odpowiadać identyfikatorowi URI przekierowania zarejestrowanemu dla klienta OAuth.</translation>
        </message>
        <message>
            <source>&amp;Redirect URI:</source>
            <translation>&amp;URI przekierowania:</translation>
        </message>
        <message>
            <source>Paste the key; it goes to the keychain only</source>
            <translation>Wklej klucz; trafia on wyłącznie do pęku kluczy</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>&amp;Klucz API:</translation>
        </message>
        <message>
            <source>C&amp;onnect</source>
            <translation>&amp;Połącz</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters</source>
            <translation>Połącz z SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Disconnect</source>
            <translation>&amp;Rozłącz</translation>
        </message>
        <message>
            <source>Disconnect from SmartRecruiters</source>
            <translation>Rozłącz z SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Test integration</source>
            <translation>&amp;Testuj integrację</translation>
        </message>
        <message>
            <source>Check every permission Sourcedesk needs</source>
            <translation>Sprawdź wszystkie uprawnienia wymagane przez Sourcedesk</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Connection state</source>
            <translation>Stan połączenia</translation>
        </message>
        <message>
            <source>Connection problem</source>
            <translation>Problem z połączeniem</translation>
        </message>
        <message>
            <source>Permissions</source>
            <translation>Uprawnienia</translation>
        </message>
        <message>
            <source>Permission</source>
            <translation>Uprawnienie</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Used to</source>
            <translation>Służy do</translation>
        </message>
        <message>
            <source>Job for the test candidate</source>
            <translation>Oferta pracy dla kandydata testowego</translation>
        </message>
        <message>
            <source>Insert test &amp;candidate</source>
            <translation>&amp;Wstaw kandydata testowego</translation>
        </message>
        <message>
            <source>Create a test candidate with a note on the chosen job</source>
            <translation>Utwórz kandydata testowego z notatką w wybranej ofercie pracy</translation>
        </message>
        <message>
            <source>Job:</source>
            <translation>Oferta pracy:</translation>
        </message>
        <message>
            <source>Test candidate result</source>
            <translation>Wynik kandydata testowego</translation>
        </message>
        <message>
            <source>Open in SmartRecruiters</source>
            <translation>Otwórz w SmartRecruiters</translation>
        </message>
        <message>
            <source>Local sandbox (demo data)</source>
            <translation>Lokalny sandbox (dane demonstracyjne)</translation>
        </message>
        <message>
            <source>Demo sign-in: %1, password “%2”.</source>
            <translation>Logowanie demonstracyjne: %1, hasło „%2”.</translation>
        </message>
        <message>
            <source>Creating the test candidate…</source>
            <translation>Tworzenie kandydata testowego…</translation>
        </message>
        <message>
            <source>Not connected.</source>
            <translation>Brak połączenia.</translation>
        </message>
        <message>
            <source>Reading the keychain…</source>
            <translation>Odczytywanie pęku kluczy…</translation>
        </message>
        <message>
            <source>Waiting for the sign-in to SmartRecruiters…</source>
            <translation>Oczekiwanie na zalogowanie do SmartRecruiters…</translation>
        </message>
        <message>
            <source>Signed in; checking the account…</source>
            <translation>Zalogowano; sprawdzanie konta…</translation>
        </message>
        <message>
            <source>Connected as %1 (%2) at %3, on %4.</source>
            <translation>Połączono jako %1 (%2) z %3, %4.</translation>
        </message>
        <message>
            <source>an unnamed company</source>
            <translation>firma bez nazwy</translation>
        </message>
        <message>
            <source>SmartRecruiters needs you to connect again.</source>
            <translation>SmartRecruiters wymaga ponownego połączenia.</translation>
        </message>
        <message>
            <source>Rec&amp;onnect</source>
            <translation>Połącz p&amp;onownie</translation>
        </message>
        <message>
            <source>%1 (optional)</source>
            <translation>%1 (opcjonalnie)</translation>
        </message>
        <message>
            <source>Company policy</source>
            <translation>Zasady firmy</translation>
        </message>
        <message>
            <source>sign-in address</source>
            <translation>adres logowania</translation>
        </message>
        <message>
            <source>client id</source>
            <translation>identyfikator klienta</translation>
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
            <translation>Szukaj ofert pracy</translation>
        </message>
        <message>
            <source>Job status filter</source>
            <translation>Filtr statusu ofert pracy</translation>
        </message>
        <message>
            <source>Loading state</source>
            <translation>Stan wczytywania</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs</source>
            <translation>Oferty pracy w SmartRecruiters</translation>
        </message>
        <message>
            <source>Link or cancel</source>
            <translation>Powiąż lub anuluj</translation>
        </message>
        <message>
            <source>Link a SmartRecruiters job</source>
            <translation>Powiąż ofertę pracy z SmartRecruiters</translation>
        </message>
        <message>
            <source>Search by title or reference</source>
            <translation>Szukaj według nazwy lub numeru referencyjnego</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Oferta pracy</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Numer referencyjny</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lokalizacja</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Powiąż</translation>
        </message>
        <message>
            <source>No job status is whitelisted, so only the talent pool can be chosen (Settings → SmartRecruiters sync → Job information).</source>
            <translation>Żaden status oferty pracy nie jest dozwolony, więc można wybrać tylko pulę talentów (Ustawienia → Synchronizacja SmartRecruiters → Informacje o ofercie pracy).</translation>
        </message>
        <message>
            <source>Jobs with status %1 (Settings → SmartRecruiters sync → Job information).</source>
            <translation>Oferty pracy o statusie %1 (Ustawienia → Synchronizacja SmartRecruiters → Informacje o ofercie pracy).</translation>
        </message>
        <message>
            <source>Talent pool (no job)</source>
            <translation>Pula talentów (bez oferty pracy)</translation>
        </message>
        <message>
            <source>Candidates go to the company's talent pool without applying to a job.</source>
            <translation>Kandydaci trafiają do puli talentów firmy bez aplikowania na ofertę pracy.</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters (Settings → Integration) to list its jobs.</source>
            <translation>Połącz się z SmartRecruiters (Ustawienia → Integracja), aby wyświetlić oferty pracy.</translation>
        </message>
        <message>
            <source>Reading the jobs from SmartRecruiters…</source>
            <translation>Odczytywanie ofert pracy z SmartRecruiters…</translation>
        </message>
        <message>
            <source>The jobs could not be read: %1</source>
            <translation>Nie można odczytać ofert pracy: %1</translation>
        </message>
        <message>
            <source>SmartRecruiters job %1</source>
            <translation>Oferta pracy SmartRecruiters %1</translation>
        </message>
        <message numerus="yes">
            <source>%n jobs so far…</source>
            <translation>
                <numerusform>Dotąd %n oferta pracy…</numerusform>
                <numerusform>Dotąd %n oferty pracy…</numerusform>
                <numerusform>Dotąd %n ofert pracy…</numerusform>
            </translation>
        </message>
        <message>
            <source>No job has a whitelisted status.</source>
            <translation>Żadna oferta pracy nie ma dozwolonego statusu.</translation>
        </message>
        <message>
            <source>No whitelisted job matches the search.</source>
            <translation>Żadna oferta pracy o dozwolonym statusie nie pasuje do wyszukiwania.</translation>
        </message>
        <message numerus="yes">
            <source>The first %n jobs; search to narrow them down.</source>
            <translation>
                <numerusform>Pierwsza %n oferta pracy; zawęź wyniki wyszukiwaniem.</numerusform>
                <numerusform>Pierwsze %n oferty pracy; zawęź wyniki wyszukiwaniem.</numerusform>
                <numerusform>Pierwszych %n ofert pracy; zawęź wyniki wyszukiwaniem.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs.</source>
            <translation>
                <numerusform>%n oferta pracy.</numerusform>
                <numerusform>%n oferty pracy.</numerusform>
                <numerusform>%n ofert pracy.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::LogActivityDialog</name>
        <message>
            <source>Kind of activity</source>
            <translation>Rodzaj aktywności</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampania</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Temat</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Szczegóły</translation>
        </message>
        <message>
            <source>When it happened</source>
            <translation>Kiedy to nastąpiło</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Log activity</source>
            <translation>Zarejestruj aktywność</translation>
        </message>
        <message numerus="yes">
            <source>Log activity for %n people</source>
            <translation>
                <numerusform>Zarejestruj aktywność dla %n osoby</numerusform>
                <numerusform>Zarejestruj aktywność dla %n osób</numerusform>
                <numerusform>Zarejestruj aktywność dla %n osób</numerusform>
            </translation>
        </message>
        <message>
            <source>e.g. Intro: backend role at Acme</source>
            <translation>np. Wprowadzenie: stanowisko backendowe w Acme</translation>
        </message>
        <message>
            <source>Campaign %1</source>
            <translation>Kampania %1</translation>
        </message>
        <message>
            <source>No campaign</source>
            <translation>Bez kampanii</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Rodzaj:</translation>
        </message>
        <message>
            <source>C&amp;ampaign:</source>
            <translation>&amp;Kampania:</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>&amp;Temat:</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>&amp;Szczegóły:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>K&amp;iedy:</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Przyciski okna dialogowego</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Zarejestruj</translation>
        </message>
        <message>
            <source>Logged %1 of %2; the next one failed: %3</source>
            <translation>Zarejestrowano %1 z %2; kolejna nie powiodła się: %3</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::LoginDialog</name>
        <message>
            <source>Sign in to SmartRecruiters</source>
            <translation>Zaloguj się do SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters sign-in page</source>
            <translation>Strona logowania SmartRecruiters</translation>
        </message>
        <message>
            <source>Sign-in status</source>
            <translation>Stan logowania</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Co się stało</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>Spróbuj &amp;ponownie</translation>
        </message>
        <message>
            <source>Try signing in again</source>
            <translation>Spróbuj zalogować się ponownie</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Zamknij</translation>
        </message>
        <message>
            <source>Close the sign-in window</source>
            <translation>Zamknij okno logowania</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Logowanie</translation>
        </message>
        <message>
            <source>The sign-in took too long and was stopped. Sourcedesk is not connected; choose Try again to start over.</source>
            <translation>Logowanie trwało zbyt długo i zostało przerwane. Sourcedesk nie jest połączony; wybierz Spróbuj ponownie, aby zacząć od nowa.</translation>
        </message>
        <message>
            <source>The connection to %1 is not secure (%2), so Sourcedesk stopped the sign-in. Check the SmartRecruiters address in Settings → Integration, or ask your IT team about the network.</source>
            <translation>Połączenie z %1 nie jest bezpieczne (%2), więc Sourcedesk przerwał logowanie. Sprawdź adres SmartRecruiters w Ustawienia → Integracja lub zapytaj dział IT o sieć.</translation>
        </message>
        <message>
            <source>The built-in browser stopped unexpectedly. Try again, or sign in with your web browser.</source>
            <translation>Wbudowana przeglądarka nieoczekiwanie przestała działać. Spróbuj ponownie lub zaloguj się w przeglądarce internetowej.</translation>
        </message>
        <message>
            <source>Sourcedesk is not set up to connect to SmartRecruiters.</source>
            <translation>Sourcedesk nie jest skonfigurowany do łączenia z SmartRecruiters.</translation>
        </message>
        <message>
            <source>Sign in to SmartRecruiters at %1 and allow Sourcedesk to use your account.</source>
            <translation>Zaloguj się do SmartRecruiters pod adresem %1 i zezwól Sourcedesk na korzystanie z Twojego konta.</translation>
        </message>
        <message>
            <source>Connecting Sourcedesk to SmartRecruiters…</source>
            <translation>Łączenie Sourcedesk z SmartRecruiters…</translation>
        </message>
        <message>
            <source>The SmartRecruiters sign-in page could not be loaded (%1). Check the network connection and the SmartRecruiters address, then try again.</source>
            <translation>Nie można wczytać strony logowania SmartRecruiters (%1). Sprawdź połączenie sieciowe i adres SmartRecruiters, a następnie spróbuj ponownie.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>brak odpowiedzi</translation>
        </message>
        <message>
            <source>The sign-in window was closed before the sign-in finished. Sourcedesk is not connected to SmartRecruiters.</source>
            <translation>Okno logowania zostało zamknięte przed zakończeniem logowania. Sourcedesk nie jest połączony z SmartRecruiters.</translation>
        </message>
        <message>
            <source>Not connected.</source>
            <translation>Brak połączenia.</translation>
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
            <translation>Brak (bez szyfrowania)</translation>
        </message>
        <message>
            <source>%1: connected and signed in to %2.</source>
            <translation>%1: połączono i zalogowano do %2.</translation>
        </message>
        <message>
            <source>%1: the settings are not usable. Check the server fields.</source>
            <translation>%1: ustawienia są nieprawidłowe. Sprawdź pola serwera.</translation>
        </message>
        <message>
            <source>%1: could not reach %2. Check the server name and port, and that this computer is online.</source>
            <translation>%1: nie można połączyć się z %2. Sprawdź nazwę serwera i port oraz czy ten komputer ma dostęp do internetu.</translation>
        </message>
        <message>
            <source>%1: the secure connection to %2 failed. Check the security setting (TLS or STARTTLS) and the port your provider gives.</source>
            <translation>%1: bezpieczne połączenie z %2 nie powiodło się. Sprawdź ustawienie zabezpieczeń (TLS lub STARTTLS) i port podany przez dostawcę.</translation>
        </message>
        <message>
            <source>%1: %2 refused the sign-in. Check the user name and the password or token; Gmail and Microsoft 365 may need an app password.</source>
            <translation>%1: %2 odrzucił logowanie. Sprawdź nazwę użytkownika oraz hasło lub token; Gmail i Microsoft 365 mogą wymagać hasła aplikacji.</translation>
        </message>
        <message>
            <source>%1: test cancelled.</source>
            <translation>%1: test anulowany.</translation>
        </message>
        <message>
            <source>%1: %2 answered with an error. Try again later or ask your email administrator.</source>
            <translation>%1: %2 odpowiedział błędem. Spróbuj ponownie później lub skontaktuj się z administratorem poczty.</translation>
        </message>
        <message>
            <source>(%1)</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <source>Mailbox</source>
            <translation>Skrzynka pocztowa</translation>
        </message>
        <message>
            <source>Mailbox problem</source>
            <translation>Problem ze skrzynką pocztową</translation>
        </message>
        <message>
            <source>Mailbox settings</source>
            <translation>Ustawienia skrzynki pocztowej</translation>
        </message>
        <message>
            <source>The mailbox Sourcedesk sends your sequence emails from and reads replies in. The password or token is kept in this computer's keychain only.</source>
            <translation>Skrzynka pocztowa, z której Sourcedesk wysyła e-maile z sekwencji i w której odczytuje odpowiedzi. Hasło lub token jest przechowywany wyłącznie w pęku kluczy tego komputera.</translation>
        </message>
        <message>
            <source>About the mailbox</source>
            <translation>Informacje o skrzynce pocztowej</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <source>Save the mailbox</source>
            <translation>Zapisz skrzynkę pocztową</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Testuj połączenie</translation>
        </message>
        <message>
            <source>Test the connection to the mail servers</source>
            <translation>Testuj połączenie z serwerami poczty</translation>
        </message>
        <message>
            <source>Cancel test</source>
            <translation>Anuluj test</translation>
        </message>
        <message>
            <source>Cancel the connection test</source>
            <translation>Anuluj test połączenia</translation>
        </message>
        <message>
            <source>Connection test progress</source>
            <translation>Postęp testu połączenia</translation>
        </message>
        <message>
            <source>Mailbox status</source>
            <translation>Stan skrzynki pocztowej</translation>
        </message>
        <message>
            <source>Sending (SMTP) test result</source>
            <translation>Wynik testu wysyłania (SMTP)</translation>
        </message>
        <message>
            <source>Reading (IMAP) test result</source>
            <translation>Wynik testu odczytu (IMAP)</translation>
        </message>
        <message>
            <source>Problem with %1</source>
            <translation>Problem z %1</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Email provider</source>
            <translation>Dostawca poczty</translation>
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
            <translation>Inny</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Dostawca:</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Adres e-mail</translation>
        </message>
        <message>
            <source>you@agency.example</source>
            <translation>ty@agencja.example</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adres:</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Nazwa wyświetlana</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>&amp;Nazwa wyświetlana:</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nazwa użytkownika</translation>
        </message>
        <message>
            <source>Usually the email address</source>
            <translation>Zwykle adres e-mail</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nazwa &amp;użytkownika:</translation>
        </message>
        <message>
            <source>Sign-in method</source>
            <translation>Metoda logowania</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Hasło</translation>
        </message>
        <message>
            <source>OAuth2 access token</source>
            <translation>Token dostępu OAuth2</translation>
        </message>
        <message>
            <source>Sign-&amp;in:</source>
            <translation>&amp;Logowanie:</translation>
        </message>
        <message>
            <source>Password or token</source>
            <translation>Hasło lub token</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Hasło:</translation>
        </message>
        <message>
            <source>Where the password is</source>
            <translation>Gdzie przechowywane jest hasło</translation>
        </message>
        <message>
            <source>Servers</source>
            <translation>Serwery</translation>
        </message>
        <message>
            <source>Sending server (SMTP)</source>
            <translation>Serwer wysyłający (SMTP)</translation>
        </message>
        <message>
            <source>S&amp;MTP server:</source>
            <translation>Serwer S&amp;MTP:</translation>
        </message>
        <message>
            <source>SMTP port</source>
            <translation>Port SMTP</translation>
        </message>
        <message>
            <source>SMTP port:</source>
            <translation>Port SMTP:</translation>
        </message>
        <message>
            <source>SMTP security</source>
            <translation>Zabezpieczenia SMTP</translation>
        </message>
        <message>
            <source>SMTP security:</source>
            <translation>Zabezpieczenia SMTP:</translation>
        </message>
        <message>
            <source>Reading server (IMAP)</source>
            <translation>Serwer odczytujący (IMAP)</translation>
        </message>
        <message>
            <source>I&amp;MAP server:</source>
            <translation>Serwer &amp;IMAP:</translation>
        </message>
        <message>
            <source>IMAP port</source>
            <translation>Port IMAP</translation>
        </message>
        <message>
            <source>IMAP port:</source>
            <translation>Port IMAP:</translation>
        </message>
        <message>
            <source>IMAP security</source>
            <translation>Zabezpieczenia IMAP</translation>
        </message>
        <message>
            <source>IMAP security:</source>
            <translation>Zabezpieczenia IMAP:</translation>
        </message>
        <message>
            <source>Sent folder</source>
            <translation>Folder Wysłane</translation>
        </message>
        <message>
            <source>Se&amp;nt folder:</source>
            <translation>&amp;Folder Wysłane:</translation>
        </message>
        <message>
            <source>Save a copy of each email to the Sent folder</source>
            <translation>Zapisuj kopię każdego e-maila w folderze Wysłane</translation>
        </message>
        <message>
            <source>Save a copy to Sent</source>
            <translation>Zapisuj kopię w Wysłanych</translation>
        </message>
        <message>
            <source>Allow unencrypted connections on this computer (loopback only)</source>
            <translation>Zezwalaj na połączenia nieszyfrowane na tym komputerze (tylko pętla zwrotna)</translation>
        </message>
        <message>
            <source>Allow unencrypted on this computer</source>
            <translation>Zezwalaj na brak szyfrowania na tym komputerze</translation>
        </message>
        <message>
            <source>Sending limits</source>
            <translation>Limity wysyłki</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Bez limitu</translation>
        </message>
        <message>
            <source>Emails per day</source>
            <translation>E-maile dziennie</translation>
        </message>
        <message>
            <source> per day</source>
            <translation> dziennie</translation>
        </message>
        <message>
            <source>Da&amp;ily limit:</source>
            <translation>Limit dzi&amp;enny:</translation>
        </message>
        <message>
            <source>Emails per hour</source>
            <translation>E-maile na godzinę</translation>
        </message>
        <message>
            <source> per hour</source>
            <translation> na godzinę</translation>
        </message>
        <message>
            <source>&amp;Hourly limit:</source>
            <translation>Limit &amp;godzinowy:</translation>
        </message>
        <message>
            <source>Seconds between two emails</source>
            <translation>Sekundy między dwoma e-mailami</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>No wait</source>
            <translation>Bez oczekiwania</translation>
        </message>
        <message>
            <source>S&amp;pacing:</source>
            <translation>&amp;Odstęp:</translation>
        </message>
        <message>
            <source>Paste the access token</source>
            <translation>Wklej token dostępu</translation>
        </message>
        <message>
            <source>Type the password</source>
            <translation>Wpisz hasło</translation>
        </message>
        <message>
            <source>No keychain is available here, so the password cannot be stored.</source>
            <translation>Pęk kluczy nie jest tu dostępny, więc nie można zapisać hasła.</translation>
        </message>
        <message>
            <source>Not stored yet: type it and save.</source>
            <translation>Jeszcze niezapisane: wpisz je i zapisz.</translation>
        </message>
        <message>
            <source>Stored in the keychain.</source>
            <translation>Zapisane w pęku kluczy.</translation>
        </message>
        <message>
            <source>The keychain could not be read: %1</source>
            <translation>Nie można odczytać pęku kluczy: %1</translation>
        </message>
        <message>
            <source>%1 is already the mailbox of %2.</source>
            <translation>%1 jest już skrzynką pocztową użytkownika %2.</translation>
        </message>
        <message>
            <source>Storing in the keychain…</source>
            <translation>Zapisywanie w pęku kluczy…</translation>
        </message>
        <message>
            <source>The keychain refused the password: %1</source>
            <translation>Pęk kluczy odrzucił hasło: %1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Zapisano.</translation>
        </message>
        <message>
            <source>Type the password to test the connection.</source>
            <translation>Wpisz hasło, aby przetestować połączenie.</translation>
        </message>
        <message>
            <source>Reading the password from the keychain…</source>
            <translation>Odczytywanie hasła z pęku kluczy…</translation>
        </message>
        <message>
            <source>No password is stored for %1: type it to test.</source>
            <translation>Nie zapisano hasła dla %1: wpisz je, aby przetestować.</translation>
        </message>
        <message>
            <source>Testing sending (SMTP) and reading (IMAP)…</source>
            <translation>Testowanie wysyłania (SMTP) i odczytu (IMAP)…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Anulowanie…</translation>
        </message>
        <message>
            <source>Sending (SMTP)</source>
            <translation>Wysyłanie (SMTP)</translation>
        </message>
        <message>
            <source>Reading (IMAP)</source>
            <translation>Odczyt (IMAP)</translation>
        </message>
        <message>
            <source>The mailbox works.</source>
            <translation>Skrzynka pocztowa działa.</translation>
        </message>
        <message>
            <source>The mailbox test found a problem.</source>
            <translation>Test skrzynki pocztowej wykrył problem.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::MainWindow</name>
        <message>
            <source>Views</source>
            <translation>Widoki</translation>
        </message>
        <message>
            <source>Current view</source>
            <translation>Bieżący widok</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Obszar roboczy</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Liczby</translation>
        </message>
        <message>
            <source>Running task</source>
            <translation>Trwające zadanie</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Postęp</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Cancel the running task</source>
            <translation>Anuluj trwające zadanie</translation>
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
            <translation>Kampanie</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Kandydaci</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ustawienia</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <source>&amp;New campaign…</source>
            <translation>&amp;Nowa kampania…</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Importuj CSV…</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Eksportuj CSV…</translation>
        </message>
        <message>
            <source>&amp;Open workspace…</source>
            <translation>&amp;Otwórz obszar roboczy…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Zakończ</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edycja</translation>
        </message>
        <message>
            <source>&amp;Find candidates</source>
            <translation>&amp;Znajdź kandydatów</translation>
        </message>
        <message>
            <source>New &amp;candidate…</source>
            <translation>Nowy &amp;kandydat…</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Ustawienia</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Widok</translation>
        </message>
        <message>
            <source>&amp;Campaigns</source>
            <translation>&amp;Kampanie</translation>
        </message>
        <message>
            <source>C&amp;andidates</source>
            <translation>K&amp;andydaci</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Odśwież</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Skróty klawiaturowe</translation>
        </message>
        <message>
            <source>&amp;About Sourcedesk</source>
            <translation>&amp;O programie Sourcedesk</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Plik obszaru roboczego</translation>
        </message>
        <message numerus="yes">
            <source>%n active campaigns</source>
            <translation>
                <numerusform>%n aktywna kampania</numerusform>
                <numerusform>%n aktywne kampanie</numerusform>
                <numerusform>%n aktywnych kampanii</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n candidates</source>
            <translation>
                <numerusform>%n kandydat</numerusform>
                <numerusform>%n kandydatów</numerusform>
                <numerusform>%n kandydatów</numerusform>
            </translation>
        </message>
        <message>
            <source>Open or create a workspace</source>
            <translation>Otwórz lub utwórz obszar roboczy</translation>
        </message>
        <message>
            <source>Sourcedesk workspaces (*.sqlite *.db);;All files (*)</source>
            <translation>Obszary robocze Sourcedesk (*.sqlite *.db);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>About Sourcedesk</source>
            <translation>O programie Sourcedesk</translation>
        </message>
        <message>
            <source>Sourcedesk %1

Sourcing campaigns for recruiters: candidates, outreach and replies in one local workspace.

Workspace: %2</source>
            <translation>Sourcedesk %1

Kampanie sourcingowe dla rekruterów: kandydaci, kontakt i odpowiedzi w jednym lokalnym obszarze roboczym.

Obszar roboczy: %2</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importowanie…</translation>
        </message>
        <message numerus="yes">
            <source>Importing… %n rows</source>
            <translation>
                <numerusform>Importowanie… %n wiersz</numerusform>
                <numerusform>Importowanie… %n wiersze</numerusform>
                <numerusform>Importowanie… %n wierszy</numerusform>
            </translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Eksportuj CSV</translation>
        </message>
        <message>
            <source>An export is already running; wait for it or cancel it.</source>
            <translation>Eksport już trwa; zaczekaj na jego zakończenie lub go anuluj.</translation>
        </message>
        <message>
            <source>Export campaign members</source>
            <translation>Eksportuj uczestników kampanii</translation>
        </message>
        <message>
            <source>Export candidates</source>
            <translation>Eksportuj kandydatów</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Pliki CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Eksportowanie…</translation>
        </message>
        <message numerus="yes">
            <source>Exporting… %n rows</source>
            <translation>
                <numerusform>Eksportowanie… %n wiersz</numerusform>
                <numerusform>Eksportowanie… %n wiersze</numerusform>
                <numerusform>Eksportowanie… %n wierszy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n rows to %1</source>
            <translation>
                <numerusform>Wyeksportowano %n wiersz do %1</numerusform>
                <numerusform>Wyeksportowano %n wiersze do %1</numerusform>
                <numerusform>Wyeksportowano %n wierszy do %1</numerusform>
            </translation>
        </message>
        <message>
            <source>SmartRecruiters sync</source>
            <translation>Synchronizacja SmartRecruiters</translation>
        </message>
        <message>
            <source>Mailbox</source>
            <translation>Skrzynka pocztowa</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Nie kontaktować</translation>
        </message>
        <message>
            <source>Search &amp;everywhere…</source>
            <translation>Szukaj &amp;wszędzie…</translation>
        </message>
        <message>
            <source>Outreach: %1</source>
            <translation>Kontakt: %1</translation>
        </message>
        <message>
            <source>Integration: SmartRecruiters</source>
            <translation>Integracja: SmartRecruiters</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Analityka</translation>
        </message>
        <message>
            <source>A&amp;nalytics</source>
            <translation>A&amp;nalityka</translation>
        </message>
        <message>
            <source>Sourcedesk — %1 (read-only)</source>
            <translation>Sourcedesk — %1 (tylko do odczytu)</translation>
        </message>
        <message>
            <source>Read-only: changes cannot be saved here</source>
            <translation>Tylko do odczytu: nie można tu zapisać zmian</translation>
        </message>
        <message>
            <source>Workspace is read-only</source>
            <translation>Obszar roboczy jest tylko do odczytu</translation>
        </message>
        <message>
            <source>Sourcedesk may not write this workspace file. To work in it, copy it to a folder you can write (File → Open workspace…) or ask for write access to it.</source>
            <translation>Sourcedesk nie może zapisywać tego pliku obszaru roboczego. Aby w nim pracować, skopiuj go do folderu, w którym możesz zapisywać (Plik → Otwórz obszar roboczy…), lub poproś o prawo zapisu.</translation>
        </message>
        <message>
            <source>Copy to a &amp;local file…</source>
            <translation>Kopiuj do pliku &amp;lokalnego…</translation>
        </message>
        <message>
            <source>&amp;Move this workspace to a team server…</source>
            <translation>&amp;Przenieś ten obszar roboczy na serwer zespołu…</translation>
        </message>
        <message>
            <source>Team workspace</source>
            <translation>Obszar roboczy zespołu</translation>
        </message>
        <message>
            <source>%1 as %2</source>
            <translation>%1 jako %2</translation>
        </message>
        <message>
            <source>Your role in this team workspace</source>
            <translation>Twoja rola w tym obszarze roboczym zespołu</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::MessageBox</name>
        <message>
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Scal</translation>
        </message>
        <message>
            <source>Skip and open existing</source>
            <translation>Pomiń i otwórz istniejący</translation>
        </message>
        <message>
            <source>Choose another file…</source>
            <translation>Wybierz inny plik…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Zakończ</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Wczytaj ponownie</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiwizuj</translation>
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
            <translation>Nowy kandydat</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Przyciski okna dialogowego</translation>
        </message>
        <message>
            <source>Add candidate</source>
            <translation>Dodaj kandydata</translation>
        </message>
        <message>
            <source>Enter at least a name, an email address or a LinkedIn profile.</source>
            <translation>Wprowadź co najmniej imię i nazwisko, adres e-mail lub profil LinkedIn.</translation>
        </message>
        <message>
            <source>Could not check for duplicates: %1</source>
            <translation>Nie można sprawdzić duplikatów: %1</translation>
        </message>
        <message>
            <source>Could not read the matching candidate: %1</source>
            <translation>Nie można odczytać pasującego kandydata: %1</translation>
        </message>
        <message>
            <source>The records could not be merged: %1</source>
            <translation>Nie można scalić rekordów: %1</translation>
        </message>
        <message>
            <source>The candidate could not be saved: %1</source>
            <translation>Nie można zapisać kandydata: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::OutboxJobDialog</name>
        <message>
            <source>Fields before and after</source>
            <translation>Pola przed i po</translation>
        </message>
        <message>
            <source>SmartRecruiters job details</source>
            <translation>Szczegóły operacji SmartRecruiters</translation>
        </message>
        <message>
            <source>%1 for %2</source>
            <translation>%1 dla %2</translation>
        </message>
        <message>
            <source>Candidate:</source>
            <translation>Kandydat:</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Kandydat</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Co:</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>Stan:</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Attempts:</source>
            <translation>Próby:</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Próby</translation>
        </message>
        <message>
            <source>Queued:</source>
            <translation>W kolejce od:</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 przez %2</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>W kolejce od</translation>
        </message>
        <message>
            <source>Finished:</source>
            <translation>Zakończono:</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Zakończono</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>SmartRecruiters said</source>
            <translation>Odpowiedź SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters said:</source>
            <translation>Odpowiedź SmartRecruiters:</translation>
        </message>
        <message>
            <source>What to do:</source>
            <translation>Co zrobić:</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Co zrobić</translation>
        </message>
        <message>
            <source>SmartRecruiters id:</source>
            <translation>Identyfikator SmartRecruiters:</translation>
        </message>
        <message>
            <source>SmartRecruiters id</source>
            <translation>Identyfikator SmartRecruiters</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Numer referencyjny:</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Numer referencyjny</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Pole</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Przed</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Po</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Reguła</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Wysłano</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Dlaczego</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Tak</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>Payload</source>
            <translation>Dane</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <source>Job details</source>
            <translation>Szczegóły operacji</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Pola</translation>
        </message>
        <message>
            <source>Fields (%1)</source>
            <translation>Pola (%1)</translation>
        </message>
        <message>
            <source>What was queued</source>
            <translation>Co dodano do kolejki</translation>
        </message>
        <message>
            <source>What came back</source>
            <translation>Co wróciło</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::OutboxTableModel</name>
        <message>
            <source>(no name)</source>
            <translation>(bez nazwy)</translation>
        </message>
        <message>
            <source>%1 Next try %2.</source>
            <translation>%1 Następna próba: %2.</translation>
        </message>
        <message>
            <source>Waits until the candidate is created in SmartRecruiters.</source>
            <translation>Czeka na utworzenie kandydata w SmartRecruiters.</translation>
        </message>
        <message>
            <source>Skipped; not sent.</source>
            <translation>Pominięto; nie wysłano.</translation>
        </message>
        <message>
            <source>Checked in SmartRecruiters before it is sent again.</source>
            <translation>Sprawdzane w SmartRecruiters przed ponownym wysłaniem.</translation>
        </message>
        <message>
            <source>Candidate %1</source>
            <translation>Kandydat %1</translation>
        </message>
        <message>
            <source>Queued %1 by %2; last change %3</source>
            <translation>Dodano do kolejki %1 przez %2; ostatnia zmiana %3</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Kandydat</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Próby</translation>
        </message>
        <message>
            <source>SmartRecruiters said / what to do</source>
            <translation>Odpowiedź SmartRecruiters / co zrobić</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::OutreachDocks</name>
        <message>
            <source>Today</source>
            <translation>Dzisiaj</translation>
        </message>
        <message>
            <source>&amp;Today's tasks</source>
            <translation>&amp;Dzisiejsze zadania</translation>
        </message>
        <message>
            <source>LinkedIn steps, calls and other tasks due today or overdue</source>
            <translation>Kroki LinkedIn, rozmowy telefoniczne i inne zadania na dziś lub zaległe</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Odpowiedzi</translation>
        </message>
        <message>
            <source>Rep&amp;lies</source>
            <translation>Od&amp;powiedzi</translation>
        </message>
        <message>
            <source>The newest email replies; mark people interested or not</source>
            <translation>Najnowsze odpowiedzi na e-maile; oznacz osoby jako zainteresowane lub nie</translation>
        </message>
        <message>
            <source>Today (%1)</source>
            <translation>Dzisiaj (%1)</translation>
        </message>
        <message>
            <source>&amp;Today's tasks (%1)</source>
            <translation>&amp;Dzisiejsze zadania (%1)</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::PushBackReasonDialog</name>
        <message>
            <source>About this push</source>
            <translation>Informacje o tym przesłaniu</translation>
        </message>
        <message>
            <source>Record &amp;as:</source>
            <translation>Zapisz &amp;jako:</translation>
        </message>
        <message>
            <source>Rejection or withdrawal</source>
            <translation>Odrzucenie lub wycofanie</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Powód</translation>
        </message>
        <message>
            <source>Loading reasons</source>
            <translation>Wczytywanie powodów</translation>
        </message>
        <message>
            <source>Reason loading status</source>
            <translation>Stan wczytywania powodów</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>P&amp;onów</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Ponów</translation>
        </message>
        <message>
            <source>&amp;Push to SmartRecruiters</source>
            <translation>&amp;Prześlij do SmartRecruiters</translation>
        </message>
        <message>
            <source>Push to SmartRecruiters</source>
            <translation>Prześlij do SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Don't push to SmartRecruiters</source>
            <translation>&amp;Nie przesyłaj do SmartRecruiters</translation>
        </message>
        <message>
            <source>Don't push to SmartRecruiters</source>
            <translation>Nie przesyłaj do SmartRecruiters</translation>
        </message>
        <message>
            <source>Push status to SmartRecruiters</source>
            <translation>Prześlij status do SmartRecruiters</translation>
        </message>
        <message numerus="yes">
            <source>%n of the selected people are in SmartRecruiters. To record “%1” on their application, SmartRecruiters needs a reason.</source>
            <translation>
                <numerusform>%n z zaznaczonych osób jest w SmartRecruiters. Aby zapisać „%1” w jej aplikacji, SmartRecruiters wymaga powodu.</numerusform>
                <numerusform>%n z zaznaczonych osób są w SmartRecruiters. Aby zapisać „%1” w ich aplikacjach, SmartRecruiters wymaga powodu.</numerusform>
                <numerusform>%n z zaznaczonych osób jest w SmartRecruiters. Aby zapisać „%1” w ich aplikacjach, SmartRecruiters wymaga powodu.</numerusform>
            </translation>
        </message>
        <message>
            <source>Withdrawn by the candidate</source>
            <translation>Wycofane przez kandydata</translation>
        </message>
        <message>
            <source>Rejected by us</source>
            <translation>Odrzucone przez nas</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>Po&amp;wód:</translation>
        </message>
        <message>
            <source>Push or not</source>
            <translation>Przesłać czy nie</translation>
        </message>
        <message>
            <source>Sourcedesk is not connected to SmartRecruiters, so the reasons cannot be read. Connect in Settings → Integration and click Retry, or choose “Don't push to SmartRecruiters” to keep the change in Sourcedesk only.</source>
            <translation>Sourcedesk nie jest połączony z SmartRecruiters, więc nie można odczytać powodów. Połącz się w Ustawienia → Integracja i kliknij Ponów albo wybierz „Nie przesyłaj do SmartRecruiters”, aby zachować zmianę tylko w Sourcedesk.</translation>
        </message>
        <message>
            <source>Loading reasons…</source>
            <translation>Wczytywanie powodów…</translation>
        </message>
        <message>
            <source>The reasons could not be read from SmartRecruiters: %1
Check the connection in Settings → Integration and click Retry, or choose “Don't push to SmartRecruiters” to keep the change in Sourcedesk only.</source>
            <translation>Nie można odczytać powodów z SmartRecruiters: %1
Sprawdź połączenie w Ustawienia → Integracja i kliknij Ponów albo wybierz „Nie przesyłaj do SmartRecruiters”, aby zachować zmianę tylko w Sourcedesk.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>brak odpowiedzi</translation>
        </message>
        <message>
            <source>SmartRecruiters has no withdrawal reasons. An administrator can add them in SmartRecruiters; until then this change cannot be pushed.</source>
            <translation>SmartRecruiters nie ma powodów wycofania. Administrator może je dodać w SmartRecruiters; do tego czasu nie można przesłać tej zmiany.</translation>
        </message>
        <message>
            <source>SmartRecruiters has no rejection reasons. An administrator can add them in SmartRecruiters; until then this change cannot be pushed.</source>
            <translation>SmartRecruiters nie ma powodów odrzucenia. Administrator może je dodać w SmartRecruiters; do tego czasu nie można przesłać tej zmiany.</translation>
        </message>
        <message>
            <source>Choose a reason…</source>
            <translation>Wybierz powód…</translation>
        </message>
        <message>
            <source>The status could not be queued for SmartRecruiters: %1</source>
            <translation>Nie można dodać statusu do kolejki do SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>Not every status could be queued for SmartRecruiters:
%1</source>
            <translation>Nie wszystkie statusy udało się dodać do kolejki do SmartRecruiters:
%1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::PushPreviewDialog</name>
        <message>
            <source>Campaign member</source>
            <translation>Uczestnik kampanii</translation>
        </message>
        <message>
            <source>What would be sent</source>
            <translation>Co zostałoby wysłane</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>Stan podglądu</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Pola</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tagi</translation>
        </message>
        <message>
            <source>&amp;Push to SmartRecruiters</source>
            <translation>&amp;Prześlij do SmartRecruiters</translation>
        </message>
        <message>
            <source>Push this candidate to SmartRecruiters</source>
            <translation>Prześlij tego kandydata do SmartRecruiters</translation>
        </message>
        <message>
            <source>Preview push</source>
            <translation>Podgląd przesyłania</translation>
        </message>
        <message>
            <source>Preview push to SmartRecruiters</source>
            <translation>Podgląd przesyłania do SmartRecruiters</translation>
        </message>
        <message>
            <source>%1 &lt;%2&gt;</source>
            <translation>%1 &lt;%2&gt;</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Pole</translation>
        </message>
        <message>
            <source>SmartRecruiters now</source>
            <translation>Obecnie w SmartRecruiters</translation>
        </message>
        <message>
            <source>Sourcedesk would send</source>
            <translation>Sourcedesk wysłałby</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Reguła</translation>
        </message>
        <message>
            <source>Sent?</source>
            <translation>Wysłane?</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Dlaczego</translation>
        </message>
        <message>
            <source>Preview actions</source>
            <translation>Działania podglądu</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Uczestnik:</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>Działanie:</translation>
        </message>
        <message>
            <source>This campaign has no members yet.</source>
            <translation>Ta kampania nie ma jeszcze uczestników.</translation>
        </message>
        <message>
            <source>Reading the candidate in SmartRecruiters…</source>
            <translation>Odczytywanie kandydata w SmartRecruiters…</translation>
        </message>
        <message>
            <source>Not connected: the preview uses Sourcedesk's data only.</source>
            <translation>Brak połączenia: podgląd korzysta wyłącznie z danych Sourcedesk.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Tak</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Tagi: %1</translation>
        </message>
        <message>
            <source>SmartRecruiters could not be read: %1</source>
            <translation>Nie można odczytać danych z SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>Fill these mandatory fields first: %1</source>
            <translation>Najpierw wypełnij te pola obowiązkowe: %1</translation>
        </message>
        <message>
            <source>The push waits: %1</source>
            <translation>Przesłanie czeka: %1</translation>
        </message>
        <message>
            <source>Nothing would be sent: SmartRecruiters is up to date.</source>
            <translation>Nic nie zostałoby wysłane: SmartRecruiters jest aktualny.</translation>
        </message>
        <message>
            <source>Ready to push.</source>
            <translation>Gotowe do przesłania.</translation>
        </message>
        <message>
            <source>Queuing…</source>
            <translation>Dodawanie do kolejki…</translation>
        </message>
        <message>
            <source>Not queued: %1</source>
            <translation>Nie dodano do kolejki: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ReconcileView</name>
        <message>
            <source>Not in SmartRecruiters</source>
            <translation>Brak w SmartRecruiters</translation>
        </message>
        <message>
            <source>Note not written</source>
            <translation>Notatka niezapisana</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Wymaga uwagi</translation>
        </message>
        <message>
            <source>Stage differs</source>
            <translation>Inny etap</translation>
        </message>
        <message>
            <source>Out of step status</source>
            <translation>Stan rozbieżności</translation>
        </message>
        <message>
            <source>What is out of step with SmartRecruiters</source>
            <translation>Co jest niezgodne z SmartRecruiters</translation>
        </message>
        <message>
            <source>F&amp;ix</source>
            <translation>&amp;Napraw</translation>
        </message>
        <message>
            <source>Fix the selected rows</source>
            <translation>Napraw zaznaczone wiersze</translation>
        </message>
        <message>
            <source>Fix &amp;all</source>
            <translation>Napraw &amp;wszystko</translation>
        </message>
        <message>
            <source>Fix every row</source>
            <translation>Napraw wszystkie wiersze</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Odśwież</translation>
        </message>
        <message>
            <source>Look again for what is out of step</source>
            <translation>Ponownie wyszukaj rozbieżności</translation>
        </message>
        <message>
            <source>Fix</source>
            <translation>Napraw</translation>
        </message>
        <message>
            <source>Out of step</source>
            <translation>Rozbieżności</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Kandydat</translation>
        </message>
        <message>
            <source>What Fix does</source>
            <translation>Co robi Napraw</translation>
        </message>
        <message>
            <source>Fix the selected rows (%1)</source>
            <translation>Napraw zaznaczone wiersze (%1)</translation>
        </message>
        <message>
            <source>Queue every create, retry every job and take every SmartRecruiters stage listed</source>
            <translation>Dodaj do kolejki każde utworzenie, ponów każdą operację i przyjmij każdy wymieniony etap SmartRecruiters</translation>
        </message>
        <message>
            <source>Open this view to look for what is out of step.</source>
            <translation>Otwórz ten widok, aby wyszukać rozbieżności.</translation>
        </message>
        <message>
            <source>Fix all</source>
            <translation>Napraw wszystko</translation>
        </message>
        <message numerus="yes">
            <source>Fix all %n rows? Creates and retries are queued for SmartRecruiters, and differing stages take SmartRecruiters' stage.</source>
            <translation>
                <numerusform>Naprawić %n wiersz? Utworzenia i ponowienia zostaną dodane do kolejki do SmartRecruiters, a różniące się etapy przyjmą etap z SmartRecruiters.</numerusform>
                <numerusform>Naprawić wszystkie %n wiersze? Utworzenia i ponowienia zostaną dodane do kolejki do SmartRecruiters, a różniące się etapy przyjmą etap z SmartRecruiters.</numerusform>
                <numerusform>Naprawić wszystkie %n wierszy? Utworzenia i ponowienia zostaną dodane do kolejki do SmartRecruiters, a różniące się etapy przyjmą etap z SmartRecruiters.</numerusform>
            </translation>
        </message>
        <message>
            <source>Looking for what is out of step…</source>
            <translation>Wyszukiwanie rozbieżności…</translation>
        </message>
        <message>
            <source>Fixing…</source>
            <translation>Naprawianie…</translation>
        </message>
        <message>
            <source>What is out of step could not be read: %1</source>
            <translation>Nie można odczytać rozbieżności: %1</translation>
        </message>
        <message>
            <source>Sourcedesk and SmartRecruiters are in step.</source>
            <translation>Sourcedesk i SmartRecruiters są zgodne.</translation>
        </message>
        <message numerus="yes">
            <source>%n rows are out of step.</source>
            <translation>
                <numerusform>%n wiersz jest niezgodny.</numerusform>
                <numerusform>%n wiersze są niezgodne.</numerusform>
                <numerusform>%n wierszy jest niezgodnych.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fixed %n; the sync log shows what is being sent.</source>
            <translation>
                <numerusform>Naprawiono %n; dziennik synchronizacji pokazuje, co jest wysyłane.</numerusform>
                <numerusform>Naprawiono %n; dziennik synchronizacji pokazuje, co jest wysyłane.</numerusform>
                <numerusform>Naprawiono %n; dziennik synchronizacji pokazuje, co jest wysyłane.</numerusform>
            </translation>
        </message>
        <message>
            <source>These could not be fixed:
%1</source>
            <translation>Nie można naprawić:
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
            <translation>Nowy</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>W ocenie</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Rozmowa kwalifikacyjna</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Oferta złożona</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Zatrudniony</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Odrzucony</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Wycofany</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>Przeniesiony</translation>
        </message>
        <message>
            <source>Search SmartRecruiters for</source>
            <translation>Szukaj w SmartRecruiters</translation>
        </message>
        <message>
            <source>About the filters</source>
            <translation>Informacje o filtrach</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Szukaj</translation>
        </message>
        <message>
            <source>Search SmartRecruiters</source>
            <translation>Szukaj w SmartRecruiters</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>Stan wyszukiwania</translation>
        </message>
        <message>
            <source>SmartRecruiters candidates found</source>
            <translation>Znalezieni kandydaci SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;More results</source>
            <translation>&amp;Więcej wyników</translation>
        </message>
        <message>
            <source>Load more results</source>
            <translation>Wczytaj więcej wyników</translation>
        </message>
        <message>
            <source>&amp;View in SmartRecruiters</source>
            <translation>W&amp;yświetl w SmartRecruiters</translation>
        </message>
        <message>
            <source>View the selected candidate in SmartRecruiters</source>
            <translation>Wyświetl zaznaczonego kandydata w SmartRecruiters</translation>
        </message>
        <message>
            <source>Add to &amp;campaign…</source>
            <translation>Dodaj do &amp;kampanii…</translation>
        </message>
        <message>
            <source>Add the selected candidate to a campaign</source>
            <translation>Dodaj zaznaczonego kandydata do kampanii</translation>
        </message>
        <message>
            <source>View in SmartRecruiters</source>
            <translation>Wyświetl w SmartRecruiters</translation>
        </message>
        <message>
            <source>Add to campaign…</source>
            <translation>Dodaj do kampanii…</translation>
        </message>
        <message>
            <source>Name or email</source>
            <translation>Imię i nazwisko lub e-mail</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Oferta pracy</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tagi</translation>
        </message>
        <message>
            <source>Open the profile in the browser (%1)</source>
            <translation>Otwórz profil w przeglądarce (%1)</translation>
        </message>
        <message>
            <source>Add to a campaign, linked to this SmartRecruiters candidate (%1)</source>
            <translation>Dodaj do kampanii z powiązaniem z tym kandydatem SmartRecruiters (%1)</translation>
        </message>
        <message>
            <source>Any job</source>
            <translation>Dowolna oferta pracy</translation>
        </message>
        <message>
            <source>&amp;Job:</source>
            <translation>&amp;Oferta pracy:</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Dowolny status</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>Comma-separated; any of them</source>
            <translation>Rozdzielone przecinkami; dowolny z nich</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>T&amp;agi:</translation>
        </message>
        <message>
            <source>Updated after</source>
            <translation>Zaktualizowano po</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Dowolny czas</translation>
        </message>
        <message>
            <source>SmartRecruiters' search cannot filter on: %1.</source>
            <translation>Wyszukiwanie SmartRecruiters nie może filtrować według: %1.</translation>
        </message>
        <message>
            <source>The jobs could not be read: %1</source>
            <translation>Nie można odczytać ofert pracy: %1</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters (Settings → Integration) to search it.</source>
            <translation>Połącz się z SmartRecruiters (Ustawienia → Integracja), aby go przeszukiwać.</translation>
        </message>
        <message>
            <source>Searching SmartRecruiters…</source>
            <translation>Przeszukiwanie SmartRecruiters…</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>Wyszukiwanie nie powiodło się: %1</translation>
        </message>
        <message>
            <source>Nobody in SmartRecruiters matches. Only candidates with an application can be searched; talent-pool-only profiles are not listed.</source>
            <translation>Nikt w SmartRecruiters nie pasuje. Wyszukiwać można tylko kandydatów z aplikacją; profile tylko z puli talentów nie są wyświetlane.</translation>
        </message>
        <message>
            <source>%1 of %2 shown.</source>
            <translation>Wyświetlono %1 z %2.</translation>
        </message>
        <message>
            <source>%1 shown.</source>
            <translation>Wyświetlono %1.</translation>
        </message>
        <message>
            <source>No browser could be opened. The profile is at:
%1</source>
            <translation>Nie można otworzyć przeglądarki. Profil znajduje się pod adresem:
%1</translation>
        </message>
        <message>
            <source>Add %1 to which campaign?</source>
            <translation>Do której kampanii dodać %1?</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters (Settings → Integration) to add from it.</source>
            <translation>Połącz się z SmartRecruiters (Ustawienia → Integracja), aby dodawać z niego kandydatów.</translation>
        </message>
        <message>
            <source>Reading the profile from SmartRecruiters…</source>
            <translation>Odczytywanie profilu z SmartRecruiters…</translation>
        </message>
        <message>
            <source>The profile could not be read: %1</source>
            <translation>Nie można odczytać profilu: %1</translation>
        </message>
        <message>
            <source>Not added.</source>
            <translation>Nie dodano.</translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Dodaj do kampanii</translation>
        </message>
        <message>
            <source>%1 was already in the campaign.</source>
            <translation>%1 był już w kampanii.</translation>
        </message>
        <message>
            <source>%1 was already in Sourcedesk: linked and added.</source>
            <translation>%1 był już w Sourcedesk: powiązano i dodano.</translation>
        </message>
        <message>
            <source>%1 added to the campaign.</source>
            <translation>Dodano %1 do kampanii.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::RepliesView</name>
        <message>
            <source>Replies</source>
            <translation>Odpowiedzi</translation>
        </message>
        <message>
            <source>Reply text</source>
            <translation>Treść odpowiedzi</translation>
        </message>
        <message>
            <source>Replies status</source>
            <translation>Stan odpowiedzi</translation>
        </message>
        <message>
            <source>Load &amp;more</source>
            <translation>Wczytaj &amp;więcej</translation>
        </message>
        <message>
            <source>Load older replies</source>
            <translation>Wczytaj starsze odpowiedzi</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Odśwież</translation>
        </message>
        <message>
            <source>Reload the replies</source>
            <translation>Wczytaj odpowiedzi ponownie</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Otrzymano</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampania</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Temat</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Mark &amp;interested</source>
            <translation>Oznacz jako &amp;zainteresowanego</translation>
        </message>
        <message>
            <source>Mark &amp;not interested</source>
            <translation>Oznacz jako &amp;niezainteresowanego</translation>
        </message>
        <message>
            <source>No replies yet.</source>
            <translation>Brak odpowiedzi.</translation>
        </message>
        <message numerus="yes">
            <source>%n replies</source>
            <translation>
                <numerusform>%n odpowiedź</numerusform>
                <numerusform>%n odpowiedzi</numerusform>
                <numerusform>%n odpowiedzi</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 &lt;%2&gt;</source>
            <translation>%1 &lt;%2&gt;</translation>
        </message>
        <message>
            <source>This reply is not tied to a campaign.</source>
            <translation>Ta odpowiedź nie jest powiązana z kampanią.</translation>
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
            <translation>Stan kolejki do sprawdzenia</translation>
        </message>
        <message>
            <source>Possible matches to review</source>
            <translation>Możliwe dopasowania do sprawdzenia</translation>
        </message>
        <message>
            <source>The SmartRecruiters candidate</source>
            <translation>Kandydat SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Link to this SmartRecruiters candidate</source>
            <translation>&amp;Powiąż z tym kandydatem SmartRecruiters</translation>
        </message>
        <message>
            <source>Link to this SmartRecruiters candidate</source>
            <translation>Powiąż z tym kandydatem SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Different people — create a new profile</source>
            <translation>&amp;Różne osoby — utwórz nowy profil</translation>
        </message>
        <message>
            <source>Different people: create a new profile</source>
            <translation>Różne osoby: utwórz nowy profil</translation>
        </message>
        <message>
            <source>&amp;View in SmartRecruiters</source>
            <translation>&amp;Wyświetl w SmartRecruiters</translation>
        </message>
        <message>
            <source>View the match in SmartRecruiters</source>
            <translation>Wyświetl dopasowanie w SmartRecruiters</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Odśwież</translation>
        </message>
        <message>
            <source>Refresh the review queue</source>
            <translation>Odśwież kolejkę do sprawdzenia</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>Kolejka do sprawdzenia</translation>
        </message>
        <message>
            <source>Sourcedesk candidate</source>
            <translation>Kandydat Sourcedesk</translation>
        </message>
        <message>
            <source>Why it may be the same person</source>
            <translation>Dlaczego może to być ta sama osoba</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>W kolejce od</translation>
        </message>
        <message>
            <source>Different people — create a new profile</source>
            <translation>Różne osoby — utwórz nowy profil</translation>
        </message>
        <message>
            <source>View match in SmartRecruiters</source>
            <translation>Wyświetl dopasowanie w SmartRecruiters</translation>
        </message>
        <message>
            <source>The same person: link them and send what waited (%1)</source>
            <translation>Ta sama osoba: powiąż i wyślij oczekujące dane (%1)</translation>
        </message>
        <message>
            <source>Not the same person: create them in SmartRecruiters as a new profile (%1)</source>
            <translation>To nie ta sama osoba: utwórz ją w SmartRecruiters jako nowy profil (%1)</translation>
        </message>
        <message>
            <source>Open the SmartRecruiters profile in the browser (%1)</source>
            <translation>Otwórz profil SmartRecruiters w przeglądarce (%1)</translation>
        </message>
        <message>
            <source>The review queue could not be read: %1</source>
            <translation>Nie można odczytać kolejki do sprawdzenia: %1</translation>
        </message>
        <message>
            <source>Candidate %1 (deleted)</source>
            <translation>Kandydat %1 (usunięty)</translation>
        </message>
        <message>
            <source>No possible match waits for review.</source>
            <translation>Żadne możliwe dopasowanie nie czeka na sprawdzenie.</translation>
        </message>
        <message numerus="yes">
            <source>%n possible matches wait for you: is it the same person?</source>
            <translation>
                <numerusform>%n możliwe dopasowanie czeka na Ciebie: czy to ta sama osoba?</numerusform>
                <numerusform>%n możliwe dopasowania czekają na Ciebie: czy to ta sama osoba?</numerusform>
                <numerusform>%n możliwych dopasowań czeka na Ciebie: czy to ta sama osoba?</numerusform>
            </translation>
        </message>
        <message>
            <source>SmartRecruiters candidate %1 (connect to SmartRecruiters to see their details).</source>
            <translation>Kandydat SmartRecruiters %1 (połącz się z SmartRecruiters, aby zobaczyć szczegóły).</translation>
        </message>
        <message>
            <source>Reading SmartRecruiters candidate %1…</source>
            <translation>Odczytywanie kandydata SmartRecruiters %1…</translation>
        </message>
        <message>
            <source>SmartRecruiters candidate %1 could not be read: %2</source>
            <translation>Nie można odczytać kandydata SmartRecruiters %1: %2</translation>
        </message>
        <message>
            <source>on "%1" (%2)</source>
            <translation>w „%1” (%2)</translation>
        </message>
        <message>
            <source>In SmartRecruiters: %1</source>
            <translation>W SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Powiąż</translation>
        </message>
        <message>
            <source>%1

Open the other Sourcedesk candidate's SmartRecruiters tab and unlink them, or choose "Different people".</source>
            <translation>%1

Otwórz kartę SmartRecruiters drugiego kandydata Sourcedesk i go odłącz albo wybierz „Różne osoby”.</translation>
        </message>
        <message>
            <source>Linked, but the waiting create job could not be retried: %1. Retry it from the sync log.</source>
            <translation>Powiązano, ale nie można ponowić oczekującej operacji utworzenia: %1. Ponów ją z dziennika synchronizacji.</translation>
        </message>
        <message>
            <source>Linked; what waited for this candidate goes to SmartRecruiters now.</source>
            <translation>Powiązano; dane oczekujące dla tego kandydata są teraz wysyłane do SmartRecruiters.</translation>
        </message>
        <message>
            <source>Different people</source>
            <translation>Różne osoby</translation>
        </message>
        <message>
            <source>Create a new profile in SmartRecruiters for this candidate? The possible match stays as it is, and Sourcedesk will not ask about it again.</source>
            <translation>Utworzyć nowy profil w SmartRecruiters dla tego kandydata? Możliwe dopasowanie pozostanie bez zmian, a Sourcedesk nie zapyta o nie ponownie.</translation>
        </message>
        <message>
            <source>The create job could not be retried: %1. Retry it from the sync log.</source>
            <translation>Nie można ponowić operacji utworzenia: %1. Ponów ją z dziennika synchronizacji.</translation>
        </message>
        <message>
            <source>A new SmartRecruiters profile will be created for this candidate.</source>
            <translation>Dla tego kandydata zostanie utworzony nowy profil SmartRecruiters.</translation>
        </message>
        <message>
            <source>View in SmartRecruiters</source>
            <translation>Wyświetl w SmartRecruiters</translation>
        </message>
        <message>
            <source>No browser could be opened. The profile is at:
%1</source>
            <translation>Nie można otworzyć przeglądarki. Profil znajduje się pod adresem:
%1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SampleOffer</name>
        <message>
            <source>Welcome to Sourcedesk</source>
            <translation>Witamy w Sourcedesk</translation>
        </message>
        <message>
            <source>Add a small sample campaign to explore Sourcedesk? It is clearly marked and can be removed any time.</source>
            <translation>Dodać małą przykładową kampanię, aby poznać Sourcedesk? Jest wyraźnie oznaczona i można ją usunąć w dowolnej chwili.</translation>
        </message>
        <message>
            <source>Sample campaign</source>
            <translation>Przykładowa kampania</translation>
        </message>
        <message>
            <source>The sample campaign could not be created: %1
You can start with your own campaign right away.</source>
            <translation>Nie można utworzyć przykładowej kampanii: %1
Możesz od razu zacząć od własnej kampanii.</translation>
        </message>
        <message>
            <source>Remove sample data</source>
            <translation>Usuń przykładowe dane</translation>
        </message>
        <message>
            <source>This workspace has no sample data.</source>
            <translation>Ten obszar roboczy nie zawiera przykładowych danych.</translation>
        </message>
        <message>
            <source>Remove the sample campaign and its sample candidates? Your own campaigns and candidates are not touched.</source>
            <translation>Usunąć przykładową kampanię i jej przykładowych kandydatów? Twoje własne kampanie i kandydaci pozostaną nienaruszone.</translation>
        </message>
        <message>
            <source>The sample data could not be removed: %1</source>
            <translation>Nie można usunąć przykładowych danych: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SearchPalette</name>
        <message>
            <source>Search everywhere</source>
            <translation>Szukaj wszędzie</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Wyniki wyszukiwania</translation>
        </message>
        <message>
            <source>Search state</source>
            <translation>Stan wyszukiwania</translation>
        </message>
        <message>
            <source>Search campaigns, candidates and SmartRecruiters jobs</source>
            <translation>Szukaj kampanii, kandydatów i ofert pracy SmartRecruiters</translation>
        </message>
        <message>
            <source>Type to search. Up and Down move through the results, Enter opens one, Escape closes.</source>
            <translation>Zacznij pisać, aby wyszukać. Strzałki w górę i w dół przechodzą między wynikami, Enter otwiera wynik, Escape zamyka.</translation>
        </message>
        <message>
            <source>Results grouped by campaigns, candidates and SmartRecruiters jobs</source>
            <translation>Wyniki pogrupowane według kampanii, kandydatów i ofert pracy SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs could not be searched: %1</source>
            <translation>Nie można przeszukać ofert pracy SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Kampanie</translation>
        </message>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (zarchiwizowana)</translation>
        </message>
        <message>
            <source>Campaign: %1</source>
            <translation>Kampania: %1</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Kandydaci</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Candidate: %1</source>
            <translation>Kandydat: %1</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs</source>
            <translation>Oferty pracy SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters job: %1</source>
            <translation>Oferta pracy SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>Type to search campaigns, candidates and SmartRecruiters jobs.</source>
            <translation>Zacznij pisać, aby wyszukać kampanie, kandydatów i oferty pracy SmartRecruiters.</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>Wyszukiwanie nie powiodło się: %1</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Wyszukiwanie…</translation>
        </message>
        <message>
            <source>Nothing matches “%1”.</source>
            <translation>Nic nie pasuje do „%1”.</translation>
        </message>
        <message numerus="yes">
            <source>%n results. Up and Down move, Enter opens, Escape closes.</source>
            <translation>
                <numerusform>%n wynik. Strzałki w górę i w dół przechodzą, Enter otwiera, Escape zamyka.</numerusform>
                <numerusform>%n wyniki. Strzałki w górę i w dół przechodzą, Enter otwiera, Escape zamyka.</numerusform>
                <numerusform>%n wyników. Strzałki w górę i w dół przechodzą, Enter otwiera, Escape zamyka.</numerusform>
            </translation>
        </message>
        <message>
            <source>Searching SmartRecruiters jobs…</source>
            <translation>Przeszukiwanie ofert pracy SmartRecruiters…</translation>
        </message>
        <message>
            <source>SmartRecruiters job</source>
            <translation>Oferta pracy SmartRecruiters</translation>
        </message>
        <message>
            <source>“%1” is not linked to a campaign yet. Link it from a campaign's SmartRecruiters panel (Link job…).</source>
            <translation>„%1” nie jest jeszcze powiązana z kampanią. Powiąż ją w panelu SmartRecruiters kampanii (Powiąż ofertę pracy…).</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SequenceEditor</name>
        <message>
            <source>Sequence name</source>
            <translation>Nazwa sekwencji</translation>
        </message>
        <message>
            <source>Sender name</source>
            <translation>Nazwa nadawcy</translation>
        </message>
        <message>
            <source>Send in whose time zone</source>
            <translation>Według czyjej strefy czasowej wysyłać</translation>
        </message>
        <message>
            <source>Recruiter's time zone</source>
            <translation>Strefa czasowa rekrutera</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Błąd</translation>
        </message>
        <message>
            <source>Save sequence</source>
            <translation>Zapisz sekwencję</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Kroki</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Dodaj krok</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Usuń krok</translation>
        </message>
        <message>
            <source>Move step up</source>
            <translation>Przesuń krok w górę</translation>
        </message>
        <message>
            <source>Move step down</source>
            <translation>Przesuń krok w dół</translation>
        </message>
        <message>
            <source>Sa&amp;ve step</source>
            <translation>Zapisz &amp;krok</translation>
        </message>
        <message>
            <source>Save step</source>
            <translation>Zapisz krok</translation>
        </message>
        <message>
            <source>Sequence editor</source>
            <translation>Edytor sekwencji</translation>
        </message>
        <message>
            <source>The candidate's time zone</source>
            <translation>Strefa czasowa kandydata</translation>
        </message>
        <message>
            <source>My time zone</source>
            <translation>Moja strefa czasowa</translation>
        </message>
        <message>
            <source>Sequence</source>
            <translation>Sekwencja</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nazwa:</translation>
        </message>
        <message>
            <source>Se&amp;nder name:</source>
            <translation>Nazwa n&amp;adawcy:</translation>
        </message>
        <message>
            <source>Send &amp;in:</source>
            <translation>Strefa &amp;wysyłki:</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Strefa czasowa:</translation>
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation>&amp;Dodaj krok</translation>
        </message>
        <message>
            <source>&amp;Remove step</source>
            <translation>&amp;Usuń krok</translation>
        </message>
        <message>
            <source>Move step &amp;up</source>
            <translation>Przesuń krok w &amp;górę</translation>
        </message>
        <message>
            <source>Move step &amp;down</source>
            <translation>&amp;Przesuń krok w dół</translation>
        </message>
        <message>
            <source>Steps (Alt+Up/Down to reorder):</source>
            <translation>Kroki (Alt+strzałka w górę/w dół zmienia kolejność):</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Krok</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Podgląd</translation>
        </message>
        <message>
            <source>The sequence could not be loaded: %1</source>
            <translation>Nie można wczytać sekwencji: %1</translation>
        </message>
        <message>
            <source>%1 sequence</source>
            <translation>Sekwencja %1</translation>
        </message>
        <message>
            <source>Give the sequence a name.</source>
            <translation>Nadaj sekwencji nazwę.</translation>
        </message>
        <message>
            <source>“%1” is not a known time zone; pick one from the list.</source>
            <translation>„%1” nie jest znaną strefą czasową; wybierz jedną z listy.</translation>
        </message>
        <message>
            <source>The sequence could not be saved: %1</source>
            <translation>Nie można zapisać sekwencji: %1</translation>
        </message>
        <message>
            <source>Step %1 could not be saved: %2</source>
            <translation>Nie można zapisać kroku %1: %2</translation>
        </message>
        <message>
            <source>The step could not be added: %1</source>
            <translation>Nie można dodać kroku: %1</translation>
        </message>
        <message>
            <source>Remove step %1 (%2)? Members who have not reached it yet will skip it.</source>
            <translation>Usunąć krok %1 (%2)? Uczestnicy, którzy jeszcze do niego nie dotarli, pominą go.</translation>
        </message>
        <message>
            <source>The step could not be removed: %1</source>
            <translation>Nie można usunąć kroku: %1</translation>
        </message>
        <message>
            <source>Move step</source>
            <translation>Przesuń krok</translation>
        </message>
        <message>
            <source>The steps could not be reordered: %1</source>
            <translation>Nie można zmienić kolejności kroków: %1</translation>
        </message>
        <message>
            <source>The steps could not be loaded: %1</source>
            <translation>Nie można wczytać kroków: %1</translation>
        </message>
        <message>
            <source>%1. %2 — Day +%3 — %4</source>
            <translation>%1. %2 — dzień +%3 — %4</translation>
        </message>
        <message>
            <source>&amp;Save sequence</source>
            <translation>Zapisz s&amp;ekwencję</translation>
        </message>
        <message>
            <source>&amp;Create sequence</source>
            <translation>U&amp;twórz sekwencję</translation>
        </message>
        <message>
            <source>Sequence for “%1”</source>
            <translation>Sekwencja dla „%1”</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Przyciski okna dialogowego</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SequencePreview</name>
        <message>
            <source>Preview for member</source>
            <translation>Podgląd dla uczestnika</translation>
        </message>
        <message>
            <source>Rendered subject</source>
            <translation>Wygenerowany temat</translation>
        </message>
        <message>
            <source>Rendered body</source>
            <translation>Wygenerowana treść</translation>
        </message>
        <message>
            <source>Missing placeholders</source>
            <translation>Brakujące symbole zastępcze</translation>
        </message>
        <message>
            <source>Members with an empty placeholder</source>
            <translation>Uczestnicy z pustym symbolem zastępczym</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Podgląd</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Uczestnik:</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Temat:</translation>
        </message>
        <message>
            <source>The members could not be loaded: %1</source>
            <translation>Nie można wczytać uczestników: %1</translation>
        </message>
        <message>
            <source>No members to preview yet.</source>
            <translation>Brak uczestników do podglądu.</translation>
        </message>
        <message>
            <source>Empty for %1: %2 — this email would not be sent.</source>
            <translation>Puste dla %1: %2 — ten e-mail nie zostałby wysłany.</translation>
        </message>
        <message>
            <source>Checking the campaign's members…</source>
            <translation>Sprawdzanie uczestników kampanii…</translation>
        </message>
        <message>
            <source>The members could not be checked: %1</source>
            <translation>Nie można sprawdzić uczestników: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n members have an empty placeholder</source>
            <translation>
                <numerusform>%1 z %n uczestnika ma pusty symbol zastępczy</numerusform>
                <numerusform>%1 z %n uczestników ma pusty symbol zastępczy</numerusform>
                <numerusform>%1 z %n uczestników ma pusty symbol zastępczy</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SettingValueEdit</name>
        <message>
            <source>On</source>
            <translation>Włączone</translation>
        </message>
        <message>
            <source>yyyy-MM-dd, or empty</source>
            <translation>rrrr-MM-dd lub puste</translation>
        </message>
        <message>
            <source>ids, separated by commas</source>
            <translation>identyfikatory rozdzielone przecinkami</translation>
        </message>
        <message>
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <source>Choose %1</source>
            <translation>Wybierz %1</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wybierz…</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SettingsView</name>
        <message>
            <source>Settings pages</source>
            <translation>Strony ustawień</translation>
        </message>
        <message>
            <source>Settings page</source>
            <translation>Strona ustawień</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Plik obszaru roboczego</translation>
        </message>
        <message>
            <source>Remove sample data…</source>
            <translation>Usuń przykładowe dane…</translation>
        </message>
        <message>
            <source>Remove sample data</source>
            <translation>Usuń przykładowe dane</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <source>Language note</source>
            <translation>Uwaga dotycząca języka</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ustawienia</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Obszar roboczy</translation>
        </message>
        <message>
            <source>Workspace settings</source>
            <translation>Ustawienia obszaru roboczego</translation>
        </message>
        <message>
            <source>Open another workspace…</source>
            <translation>Otwórz inny obszar roboczy…</translation>
        </message>
        <message>
            <source>Open another workspace</source>
            <translation>Otwórz inny obszar roboczy</translation>
        </message>
        <message>
            <source>A workspace is one file holding your campaigns, candidates and activities. Opening another workspace replaces this window's contents; nothing is copied or deleted.</source>
            <translation>Obszar roboczy to jeden plik zawierający Twoje kampanie, kandydatów i aktywności. Otwarcie innego obszaru roboczego zastępuje zawartość tego okna; nic nie jest kopiowane ani usuwane.</translation>
        </message>
        <message>
            <source>About workspaces</source>
            <translation>Informacje o obszarach roboczych</translation>
        </message>
        <message>
            <source>Workspace file:</source>
            <translation>Plik obszaru roboczego:</translation>
        </message>
        <message>
            <source>Sample data:</source>
            <translation>Przykładowe dane:</translation>
        </message>
        <message>
            <source>Language settings</source>
            <translation>Ustawienia języka</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Język:</translation>
        </message>
        <message>
            <source>Open or create a workspace</source>
            <translation>Otwórz lub utwórz obszar roboczy</translation>
        </message>
        <message>
            <source>Sourcedesk workspaces (*.sqlite *.db);;All files (*)</source>
            <translation>Obszary robocze Sourcedesk (*.sqlite *.db);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>Removes the sample campaign and its sample candidates</source>
            <translation>Usuwa przykładową kampanię i jej przykładowych kandydatów</translation>
        </message>
        <message>
            <source>This workspace has no sample data</source>
            <translation>Ten obszar roboczy nie zawiera przykładowych danych</translation>
        </message>
        <message>
            <source>Run setup again…</source>
            <translation>Uruchom konfigurację ponownie…</translation>
        </message>
        <message>
            <source>Run the first-run setup again</source>
            <translation>Uruchom ponownie konfigurację początkową</translation>
        </message>
        <message>
            <source>Workspace, SmartRecruiters connection, sync choices and a first import, step by step.</source>
            <translation>Obszar roboczy, połączenie z SmartRecruiters, opcje synchronizacji i pierwszy import – krok po kroku.</translation>
        </message>
        <message>
            <source>Setup:</source>
            <translation>Konfiguracja:</translation>
        </message>
        <message>
            <source>Sourcedesk switches to the language you choose at once, without a restart. Dates, numbers and plural forms follow it.</source>
            <translation>Sourcedesk od razu przełącza się na wybrany język, bez ponownego uruchamiania. Daty, liczby i formy liczby mnogiej dostosowują się do niego.</translation>
        </message>
        <message>
            <source>Connect to a team workspace…</source>
            <translation>Połącz z obszarem roboczym zespołu…</translation>
        </message>
        <message>
            <source>Connect to a team workspace</source>
            <translation>Połącz z obszarem roboczym zespołu</translation>
        </message>
        <message>
            <source>Open a workspace shared by your team on a PostgreSQL server.</source>
            <translation>Otwórz obszar roboczy współdzielony przez Twój zespół na serwerze PostgreSQL.</translation>
        </message>
        <message>
            <source>This team workspace lives on your team's PostgreSQL server and is shared with everyone on the team. Opening another workspace replaces this window's contents; nothing is copied or deleted.</source>
            <translation>Ten obszar roboczy zespołu znajduje się na serwerze PostgreSQL Twojego zespołu i jest współdzielony ze wszystkimi jego członkami. Otwarcie innego obszaru roboczego zastępuje zawartość tego okna; nic nie jest kopiowane ani usuwane.</translation>
        </message>
        <message>
            <source>Team workspace:</source>
            <translation>Obszar roboczy zespołu:</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Serwer:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Baza danych:</translation>
        </message>
        <message>
            <source>Signed in as:</source>
            <translation>Zalogowano jako:</translation>
        </message>
        <message>
            <source>Your role:</source>
            <translation>Twoja rola:</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Skróty klawiaturowe</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Klawisze</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Przyciski okna dialogowego</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Gdzie</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>Wszędzie</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Dodaj krok</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Usuń krok</translation>
        </message>
        <message>
            <source>Move step up</source>
            <translation>Przesuń krok w górę</translation>
        </message>
        <message>
            <source>Move step down</source>
            <translation>Przesuń krok w dół</translation>
        </message>
        <message>
            <source>Save step</source>
            <translation>Zapisz krok</translation>
        </message>
        <message>
            <source>Sequence editor</source>
            <translation>Edytor sekwencji</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::StageMappingPage</name>
        <message>
            <source>Hiring stages</source>
            <translation>Etapy rekrutacji</translation>
        </message>
        <message>
            <source>&amp;Download from SmartRecruiters</source>
            <translation>&amp;Pobierz z SmartRecruiters</translation>
        </message>
        <message>
            <source>Download the hiring stages from SmartRecruiters</source>
            <translation>Pobierz etapy rekrutacji z SmartRecruiters</translation>
        </message>
        <message>
            <source>S&amp;uggest</source>
            <translation>Zapr&amp;oponuj</translation>
        </message>
        <message>
            <source>Suggest a pipeline status for every unmapped stage</source>
            <translation>Zaproponuj status w lejku dla każdego niezmapowanego etapu</translation>
        </message>
        <message>
            <source>C&amp;lear flag</source>
            <translation>&amp;Usuń oznaczenie</translation>
        </message>
        <message>
            <source>Accept the change SmartRecruiters made to the selected stage</source>
            <translation>Zaakceptuj zmianę wprowadzoną przez SmartRecruiters w zaznaczonym etapie</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>P&amp;rzywróć</translation>
        </message>
        <message>
            <source>Drop the unsaved stage mapping changes</source>
            <translation>Odrzuć niezapisane zmiany mapowania etapów</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <source>Save the stage mapping</source>
            <translation>Zapisz mapowanie etapów</translation>
        </message>
        <message>
            <source>Hiring stages status</source>
            <translation>Stan etapów rekrutacji</translation>
        </message>
        <message>
            <source>About hiring stages</source>
            <translation>Informacje o etapach rekrutacji</translation>
        </message>
        <message>
            <source>Map every SmartRecruiters hiring stage to a Sourcedesk pipeline status. The stage sync then moves campaign members when their application moves in SmartRecruiters. Every stage must be mapped before the mapping can be saved.</source>
            <translation>Zmapuj każdy etap rekrutacji SmartRecruiters na status w lejku Sourcedesk. Synchronizacja etapów będzie wtedy przenosić uczestników kampanii, gdy ich aplikacja zmieni etap w SmartRecruiters. Przed zapisaniem mapowania każdy etap musi być zmapowany.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etap</translation>
        </message>
        <message>
            <source>SmartRecruiters status</source>
            <translation>Status w SmartRecruiters</translation>
        </message>
        <message>
            <source>Pipeline status</source>
            <translation>Status w lejku</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Uwaga</translation>
        </message>
        <message>
            <source>Download the stages (%1)</source>
            <translation>Pobierz etapy (%1)</translation>
        </message>
        <message>
            <source>Save (%1)</source>
            <translation>Zapisz (%1)</translation>
        </message>
        <message>
            <source>Pushing back: stage used for each status</source>
            <translation>Przesyłanie zwrotne: etap używany dla każdego statusu</translation>
        </message>
        <message>
            <source>Stage used for each status when pushing back</source>
            <translation>Etap używany dla każdego statusu przy przesyłaniu zwrotnym</translation>
        </message>
        <message>
            <source>When several stages map to one status, a change made in Sourcedesk is pushed to SmartRecruiters as this stage.</source>
            <translation>Gdy kilka etapów jest zmapowanych na jeden status, zmiana wprowadzona w Sourcedesk zostanie przesłana do SmartRecruiters jako ten etap.</translation>
        </message>
        <message>
            <source>Stage pushed for %1</source>
            <translation>Etap przesyłany dla %1</translation>
        </message>
        <message>
            <source>The hiring stages could not be read: %1</source>
            <translation>Nie można odczytać etapów rekrutacji: %1</translation>
        </message>
        <message>
            <source>No stages yet. Download them from SmartRecruiters.</source>
            <translation>Brak etapów. Pobierz je z SmartRecruiters.</translation>
        </message>
        <message>
            <source>Main statuses (every hiring process)</source>
            <translation>Statusy główne (każdy proces rekrutacji)</translation>
        </message>
        <message>
            <source>Hiring process: %1</source>
            <translation>Proces rekrutacji: %1</translation>
        </message>
        <message>
            <source>Changed in SmartRecruiters: %1. Select the stage and click Clear flag once you have checked its mapping.</source>
            <translation>Zmieniono w SmartRecruiters: %1. Zaznacz etap i kliknij Usuń oznaczenie po sprawdzeniu jego mapowania.</translation>
        </message>
        <message>
            <source>Pipeline status for %1</source>
            <translation>Status w lejku dla %1</translation>
        </message>
        <message>
            <source>— Not mapped —</source>
            <translation>— Niezmapowany —</translation>
        </message>
        <message>
            <source>(the only or main stage)</source>
            <translation>(jedyny lub główny etap)</translation>
        </message>
        <message>
            <source>Only needed when several stages map to this status.</source>
            <translation>Potrzebne tylko wtedy, gdy kilka etapów jest zmapowanych na ten status.</translation>
        </message>
        <message>
            <source>Connect on Settings → Integration: SmartRecruiters first.</source>
            <translation>Najpierw połącz się w Ustawienia → Integracja: SmartRecruiters.</translation>
        </message>
        <message>
            <source>Not connected to SmartRecruiters. Connect on Settings → Integration: SmartRecruiters, then download the stages.</source>
            <translation>Brak połączenia z SmartRecruiters. Połącz się w Ustawienia → Integracja: SmartRecruiters, a następnie pobierz etapy.</translation>
        </message>
        <message>
            <source>Downloading the hiring stages from SmartRecruiters…</source>
            <translation>Pobieranie etapów rekrutacji z SmartRecruiters…</translation>
        </message>
        <message>
            <source>The stages could not be downloaded: %1</source>
            <translation>Nie można pobrać etapów: %1</translation>
        </message>
        <message>
            <source>The downloaded stages could not be stored: %1</source>
            <translation>Nie można zapisać pobranych etapów: %1</translation>
        </message>
        <message>
            <source>Downloaded: the stages are the same as in SmartRecruiters.</source>
            <translation>Pobrano: etapy są takie same jak w SmartRecruiters.</translation>
        </message>
        <message>
            <source>Downloaded: %1 new, %2 renamed, %3 no longer in SmartRecruiters, %4 back. Map the new stages and check the highlighted ones.</source>
            <translation>Pobrano: nowe: %1, ze zmienioną nazwą: %2, usunięte z SmartRecruiters: %3, przywrócone: %4. Zmapuj nowe etapy i sprawdź wyróżnione.</translation>
        </message>
        <message>
            <source>Suggested a status for %1 unmapped stages. Check them, then save.</source>
            <translation>Zaproponowano status dla niezmapowanych etapów: %1. Sprawdź je, a następnie zapisz.</translation>
        </message>
        <message>
            <source>Every stage is already mapped.</source>
            <translation>Wszystkie etapy są już zmapowane.</translation>
        </message>
        <message>
            <source>Not saved: %1 stages are not mapped yet.</source>
            <translation>Nie zapisano: niezmapowane etapy: %1.</translation>
        </message>
        <message>
            <source>Stage mapping not saved</source>
            <translation>Nie zapisano mapowania etapów</translation>
        </message>
        <message>
            <source>Nothing was saved. Every stage needs a pipeline status; these have none:

%1

Choose one for each, or click Suggest.</source>
            <translation>Nic nie zostało zapisane. Każdy etap wymaga statusu w lejku; te go nie mają:

%1

Wybierz status dla każdego lub kliknij Zaproponuj.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nie zapisano: %1</translation>
        </message>
        <message>
            <source>Nothing was saved: %1</source>
            <translation>Nic nie zostało zapisane: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Zapisano.</translation>
        </message>
        <message>
            <source>The mapping was saved, but not every preferred stage: %1</source>
            <translation>Mapowanie zostało zapisane, ale nie wszystkie preferowane etapy: %1</translation>
        </message>
        <message>
            <source>Unsaved changes dropped.</source>
            <translation>Odrzucono niezapisane zmiany.</translation>
        </message>
        <message>
            <source>The flag could not be cleared: %1</source>
            <translation>Nie można usunąć oznaczenia: %1</translation>
        </message>
        <message>
            <source>Flag cleared.</source>
            <translation>Usunięto oznaczenie.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::StageSyncPanel</name>
        <message>
            <source>yes</source>
            <translation>tak</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Stage sync settings</source>
            <translation>Ustawienia synchronizacji etapów</translation>
        </message>
        <message>
            <source>Next stage sync</source>
            <translation>Następna synchronizacja etapów</translation>
        </message>
        <message>
            <source>S&amp;ync stages now</source>
            <translation>&amp;Synchronizuj etapy teraz</translation>
        </message>
        <message>
            <source>Sync the hiring stages from SmartRecruiters now</source>
            <translation>Synchronizuj teraz etapy rekrutacji z SmartRecruiters</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Cancel the stage sync</source>
            <translation>Anuluj synchronizację etapów</translation>
        </message>
        <message>
            <source>Stage sync progress</source>
            <translation>Postęp synchronizacji etapów</translation>
        </message>
        <message>
            <source>Last stage sync</source>
            <translation>Ostatnia synchronizacja etapów</translation>
        </message>
        <message>
            <source>Stage drift</source>
            <translation>Rozbieżności etapów</translation>
        </message>
        <message>
            <source>Stage sync</source>
            <translation>Synchronizacja etapów</translation>
        </message>
        <message>
            <source>These settings are edited with the other sync settings on Settings → SmartRecruiters sync (team defaults).</source>
            <translation>Te ustawienia edytuje się razem z pozostałymi ustawieniami synchronizacji w Ustawienia → Synchronizacja SmartRecruiters (ustawienia domyślne zespołu).</translation>
        </message>
        <message>
            <source>Where to edit the stage sync settings</source>
            <translation>Gdzie edytować ustawienia synchronizacji etapów</translation>
        </message>
        <message>
            <source>Sync stages now (%1)</source>
            <translation>Synchronizuj etapy teraz (%1)</translation>
        </message>
        <message>
            <source>Applications whose SmartRecruiters stage could not be applied, and members out of step</source>
            <translation>Aplikacje, których etapu SmartRecruiters nie można było zastosować, oraz niezgodni uczestnicy</translation>
        </message>
        <message>
            <source>Syncing the stages…</source>
            <translation>Synchronizowanie etapów…</translation>
        </message>
        <message>
            <source>The stage sync settings could not be read: %1</source>
            <translation>Nie można odczytać ustawień synchronizacji etapów: %1</translation>
        </message>
        <message>
            <source>Synchronize hiring stages: %1</source>
            <translation>Synchronizuj etapy rekrutacji: %1</translation>
        </message>
        <message>
            <source>Daily at %1 (%2)</source>
            <translation>Codziennie o %1 (%2)</translation>
        </message>
        <message>
            <source>Since: %1</source>
            <translation>Od: %1</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nie ustawiono</translation>
        </message>
        <message>
            <source>Only applications made after stage sync was turned on: %1</source>
            <translation>Tylko aplikacje złożone po włączeniu synchronizacji etapów: %1</translation>
        </message>
        <message>
            <source>Push pipeline changes back to SmartRecruiters: %1</source>
            <translation>Przesyłaj zmiany w lejku z powrotem do SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>The stage sync is not available in this window.</source>
            <translation>Synchronizacja etapów nie jest dostępna w tym oknie.</translation>
        </message>
        <message>
            <source>Scheduled runs are off in this window.</source>
            <translation>Zaplanowane uruchomienia są wyłączone w tym oknie.</translation>
        </message>
        <message>
            <source>Stage sync is turned off.</source>
            <translation>Synchronizacja etapów jest wyłączona.</translation>
        </message>
        <message>
            <source>Running now.</source>
            <translation>Trwa teraz.</translation>
        </message>
        <message>
            <source>Next run: %1</source>
            <translation>Następne uruchomienie: %1</translation>
        </message>
        <message>
            <source>The last stage sync could not be read: %1</source>
            <translation>Nie można odczytać ostatniej synchronizacji etapów: %1</translation>
        </message>
        <message>
            <source>The stages have not been synced yet.</source>
            <translation>Etapy nie zostały jeszcze zsynchronizowane.</translation>
        </message>
        <message>
            <source>Last run: %1 applications read, %2 members moved, %3 stage drift.</source>
            <translation>Ostatnie uruchomienie: odczytane aplikacje: %1, przeniesieni uczestnicy: %2, rozbieżności etapów: %3.</translation>
        </message>
        <message>
            <source>The last run did not finish.</source>
            <translation>Ostatnie uruchomienie nie zostało ukończone.</translation>
        </message>
        <message>
            <source>Last run (%1) was cancelled.</source>
            <translation>Ostatnie uruchomienie (%1) zostało anulowane.</translation>
        </message>
        <message>
            <source>Last run (%1) failed: %2</source>
            <translation>Ostatnie uruchomienie (%1) nie powiodło się: %2</translation>
        </message>
        <message>
            <source>Last run (%1): %2 applications read, %3 members moved, %4 stage drift, %5 new stages.</source>
            <translation>Ostatnie uruchomienie (%1): odczytane aplikacje: %2, przeniesieni uczestnicy: %3, rozbieżności etapów: %4, nowe etapy: %5.</translation>
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
            <translation>Kandydat SmartRecruiters %1, oferta pracy %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Out of step with SmartRecruiters after the run: %1 (see the reconciliation view).</source>
            <translation>Niezgodni z SmartRecruiters po uruchomieniu: %1 (zobacz widok Rozbieżności).</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::StageSyncParts</name>
        <message>
            <source>Hiring stages</source>
            <translation>Etapy rekrutacji</translation>
        </message>
        <message>
            <source>Syncing hiring stages from SmartRecruiters…</source>
            <translation>Synchronizowanie etapów rekrutacji z SmartRecruiters…</translation>
        </message>
        <message>
            <source>Syncing hiring stages from SmartRecruiters… %1 of %2</source>
            <translation>Synchronizowanie etapów rekrutacji z SmartRecruiters… %1 z %2</translation>
        </message>
        <message>
            <source>Hiring stages synced: %1 members moved, %2 stage drift.</source>
            <translation>Zsynchronizowano etapy rekrutacji: przeniesieni uczestnicy: %1, rozbieżności etapów: %2.</translation>
        </message>
        <message>
            <source>The stage sync did not finish: %1</source>
            <translation>Synchronizacja etapów nie została ukończona: %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>anulowano</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::StepForm</name>
        <message>
            <source>Automatic email</source>
            <translation>Automatyczny e-mail</translation>
        </message>
        <message>
            <source>Manual email</source>
            <translation>Ręczny e-mail</translation>
        </message>
        <message>
            <source>LinkedIn connection request</source>
            <translation>Zaproszenie do sieci LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn message / InMail</source>
            <translation>Wiadomość LinkedIn / InMail</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Rozmowa telefoniczna</translation>
        </message>
        <message>
            <source>Custom task</source>
            <translation>Zadanie niestandardowe</translation>
        </message>
        <message>
            <source>midnight</source>
            <translation>północ</translation>
        </message>
        <message>
            <source>Mon–Fri %1–%2</source>
            <translation>pon.–pt. %1–%2</translation>
        </message>
        <message>
            <source>%1 %2–%3</source>
            <translation>%1 %2–%3</translation>
        </message>
        <message>
            <source>Step kind</source>
            <translation>Rodzaj kroku</translation>
        </message>
        <message>
            <source>Delay in business days</source>
            <translation>Opóźnienie w dniach roboczych</translation>
        </message>
        <message>
            <source>Send window from</source>
            <translation>Okno wysyłki od</translation>
        </message>
        <message>
            <source>Send window to</source>
            <translation>Okno wysyłki do</translation>
        </message>
        <message>
            <source>Email subject</source>
            <translation>Temat e-maila</translation>
        </message>
        <message>
            <source>Email body</source>
            <translation>Treść e-maila</translation>
        </message>
        <message>
            <source>Insert placeholder</source>
            <translation>Wstaw symbol zastępczy</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Krok</translation>
        </message>
        <message>
            <source> business days</source>
            <translation> dni robocze</translation>
        </message>
        <message>
            <source>Send on %1</source>
            <translation>Wysyłaj w: %1</translation>
        </message>
        <message>
            <source>to</source>
            <translation>do</translation>
        </message>
        <message>
            <source>Custom field…</source>
            <translation>Pole niestandardowe…</translation>
        </message>
        <message>
            <source>&amp;Insert placeholder</source>
            <translation>Wstaw s&amp;ymbol zastępczy</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>Rodza&amp;j:</translation>
        </message>
        <message>
            <source>&amp;Delay:</source>
            <translation>&amp;Opóźnienie:</translation>
        </message>
        <message>
            <source>Send on:</source>
            <translation>Wysyłaj w:</translation>
        </message>
        <message>
            <source>Between:</source>
            <translation>Między:</translation>
        </message>
        <message>
            <source>S&amp;ubject:</source>
            <translation>Te&amp;mat:</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>T&amp;reść:</translation>
        </message>
        <message>
            <source>Hi {first_name}, …</source>
            <translation>Cześć {first_name}, …</translation>
        </message>
        <message>
            <source>What to do for this step</source>
            <translation>Co zrobić w tym kroku</translation>
        </message>
        <message>
            <source>Custom field</source>
            <translation>Pole niestandardowe</translation>
        </message>
        <message>
            <source>Name of the custom field:</source>
            <translation>Nazwa pola niestandardowego:</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncHub</name>
        <message numerus="yes">
            <source>%n SmartRecruiters updates queued</source>
            <translation>
                <numerusform>%n aktualizacja SmartRecruiters w kolejce</numerusform>
                <numerusform>%n aktualizacje SmartRecruiters w kolejce</numerusform>
                <numerusform>%n aktualizacji SmartRecruiters w kolejce</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for the candidate to be created</source>
            <translation>
                <numerusform>%n oczekuje na utworzenie kandydata</numerusform>
                <numerusform>%n oczekują na utworzenie kandydata</numerusform>
                <numerusform>%n oczekuje na utworzenie kandydata</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not sent under the sync settings</source>
            <translation>
                <numerusform>%n niewysłana zgodnie z ustawieniami synchronizacji</numerusform>
                <numerusform>%n niewysłane zgodnie z ustawieniami synchronizacji</numerusform>
                <numerusform>%n niewysłanych zgodnie z ustawieniami synchronizacji</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to send to SmartRecruiters.</source>
            <translation>Nic do wysłania do SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncLabels</name>
        <message>
            <source>Contact settings</source>
            <translation>Ustawienia kontaktu</translation>
        </message>
        <message>
            <source>Keep SmartRecruiters up to date with the changes your team makes in Sourcedesk.</source>
            <translation>Aktualizuj SmartRecruiters o zmiany wprowadzane przez Twój zespół w Sourcedesk.</translation>
        </message>
        <message>
            <source>Adding to SmartRecruiters</source>
            <translation>Dodawanie do SmartRecruiters</translation>
        </message>
        <message>
            <source>When a sourced person becomes a candidate in SmartRecruiters, and where they come from.</source>
            <translation>Kiedy pozyskana osoba staje się kandydatem w SmartRecruiters i skąd pochodzi.</translation>
        </message>
        <message>
            <source>Candidate fields</source>
            <translation>Pola kandydata</translation>
        </message>
        <message>
            <source>Which SmartRecruiters fields recruiters see and must fill before a candidate is pushed.</source>
            <translation>Które pola SmartRecruiters rekruterzy widzą i muszą wypełnić przed przesłaniem kandydata.</translation>
        </message>
        <message>
            <source>Activity notes</source>
            <translation>Notatki o aktywnościach</translation>
        </message>
        <message>
            <source>Which outreach activities become notes on the candidate in SmartRecruiters, and who sees them.</source>
            <translation>Które działania kontaktowe stają się notatkami u kandydata w SmartRecruiters i kto je widzi.</translation>
        </message>
        <message>
            <source>Contact fields mapping</source>
            <translation>Mapowanie pól kontaktu</translation>
        </message>
        <message>
            <source>Which Sourcedesk field or template fills each SmartRecruiters field. Only change it when values do not arrive in SmartRecruiters as expected.</source>
            <translation>Które pole Sourcedesk lub szablon wypełnia każde pole SmartRecruiters. Zmieniaj je tylko wtedy, gdy wartości nie trafiają do SmartRecruiters zgodnie z oczekiwaniami.</translation>
        </message>
        <message>
            <source>Job information</source>
            <translation>Informacje o ofercie pracy</translation>
        </message>
        <message>
            <source>Offer only the jobs with these statuses when linking a campaign.</source>
            <translation>Przy wiązaniu kampanii udostępniaj tylko oferty pracy o tych statusach.</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tagi</translation>
        </message>
        <message>
            <source>Tag candidates in SmartRecruiters with their campaign and outcome.</source>
            <translation>Taguj kandydatów w SmartRecruiters ich kampanią i wynikiem.</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Zgoda</translation>
        </message>
        <message>
            <source>Hold candidates back until they agreed to be kept on file.</source>
            <translation>Wstrzymuj kandydatów, dopóki nie zgodzą się na przechowywanie danych.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Załączniki</translation>
        </message>
        <message>
            <source>Send the files attached to a candidate (CVs, notes).</source>
            <translation>Przesyłaj pliki dołączone do kandydata (CV, notatki).</translation>
        </message>
        <message>
            <source>Hiring stages</source>
            <translation>Etapy rekrutacji</translation>
        </message>
        <message>
            <source>Bring the hiring stages of SmartRecruiters back into the campaigns once a day.</source>
            <translation>Raz dziennie pobieraj etapy rekrutacji z SmartRecruiters do kampanii.</translation>
        </message>
        <message>
            <source>Other settings</source>
            <translation>Inne ustawienia</translation>
        </message>
        <message>
            <source>Send the changes recruiters make to name, company, role, location and the other contact fields to SmartRecruiters.</source>
            <translation>Przesyłaj do SmartRecruiters zmiany wprowadzane przez rekruterów w imieniu i nazwisku, firmie, stanowisku, lokalizacji i pozostałych polach kontaktowych.</translation>
        </message>
        <message>
            <source>When a campaign member is created as a candidate in SmartRecruiters.</source>
            <translation>Kiedy uczestnik kampanii zostaje utworzony jako kandydat w SmartRecruiters.</translation>
        </message>
        <message>
            <source>With "when they reply" or "when they are interested", write notes only on candidates Sourcedesk created or linked, not on records that merely match.</source>
            <translation>Przy opcji „tylko po odpowiedzi” lub „tylko po wyrażeniu zainteresowania” zapisuj notatki tylko u kandydatów utworzonych lub powiązanych przez Sourcedesk, a nie w rekordach, które jedynie pasują.</translation>
        </message>
        <message>
            <source>sourceTypeId/sourceSubTypeId/sourceId of the candidate source in SmartRecruiters; empty for SmartRecruiters' default source.</source>
            <translation>sourceTypeId/sourceSubTypeId/sourceId źródła kandydata w SmartRecruiters; puste oznacza domyślne źródło SmartRecruiters.</translation>
        </message>
        <message>
            <source>SmartRecruiters fields recruiters can fill for a candidate before the push.</source>
            <translation>Pola SmartRecruiters, które rekruterzy mogą wypełnić dla kandydata przed przesłaniem.</translation>
        </message>
        <message>
            <source>Fields that must be filled before a candidate is pushed. First name, last name and email are always required by SmartRecruiters.</source>
            <translation>Pola, które muszą być wypełnione przed przesłaniem kandydata. SmartRecruiters zawsze wymaga imienia, nazwiska i adresu e-mail.</translation>
        </message>
        <message>
            <source>SmartRecruiters fields offered as filters when searching the ATS.</source>
            <translation>Pola SmartRecruiters dostępne jako filtry podczas przeszukiwania systemu ATS.</translation>
        </message>
        <message>
            <source>Outreach types that create a note on the candidate.</source>
            <translation>Rodzaje działań kontaktowych, które tworzą notatkę u kandydata.</translation>
        </message>
        <message>
            <source>The note text. Placeholders: {activity}, {campaign}, {subject}, {body}, {author}, {date}, {status}, {job} and candidate fields such as {firstName}.</source>
            <translation>Treść notatki. Symbole zastępcze: {activity}, {campaign}, {subject}, {body}, {author}, {date}, {status}, {job} oraz pola kandydata, np. {firstName}.</translation>
        </message>
        <message>
            <source>Who in SmartRecruiters can read the notes.</source>
            <translation>Kto w SmartRecruiters może czytać notatki.</translation>
        </message>
        <message>
            <source>SmartRecruiters user ids the notes are shared with, separated by commas.</source>
            <translation>Identyfikatory użytkowników SmartRecruiters, którym udostępniane są notatki, rozdzielone przecinkami.</translation>
        </message>
        <message>
            <source>Only jobs with these statuses are offered when linking a campaign to a job.</source>
            <translation>Przy wiązaniu kampanii z ofertą pracy udostępniane są tylko oferty pracy o tych statusach.</translation>
        </message>
        <message>
            <source>The tag. Placeholders: {campaign}, {status}, {job} and candidate fields.</source>
            <translation>Tag. Symbole zastępcze: {campaign}, {status}, {job} oraz pola kandydata.</translation>
        </message>
        <message>
            <source>Add a tag with the campaign and the outcome to each candidate.</source>
            <translation>Dodaj do każdego kandydata tag z kampanią i wynikiem.</translation>
        </message>
        <message>
            <source>Do not push a candidate whose consent is not granted.</source>
            <translation>Nie przesyłaj kandydata, który nie wyraził zgody.</translation>
        </message>
        <message>
            <source>Consent text sent with the candidate. Placeholders: {date}, {method}, {state}.</source>
            <translation>Treść zgody wysyłana z kandydatem. Symbole zastępcze: {date}, {method}, {state}.</translation>
        </message>
        <message>
            <source>Upload the files attached to a candidate in Sourcedesk.</source>
            <translation>Przesyłaj pliki dołączone do kandydata w Sourcedesk.</translation>
        </message>
        <message>
            <source>Read the candidates' hiring stages from SmartRecruiters every day.</source>
            <translation>Codziennie odczytuj etapy rekrutacji kandydatów z SmartRecruiters.</translation>
        </message>
        <message>
            <source>When the daily stage sync runs (24-hour time).</source>
            <translation>Kiedy uruchamiana jest codzienna synchronizacja etapów (zegar 24-godzinny).</translation>
        </message>
        <message>
            <source>The time zone of the daily run, e.g. Europe/Paris.</source>
            <translation>Strefa czasowa codziennego uruchomienia, np. Europe/Warsaw.</translation>
        </message>
        <message>
            <source>Ignore applications older than this date (yyyy-MM-dd); empty for all.</source>
            <translation>Pomijaj aplikacje starsze niż ta data (rrrr-MM-dd); puste oznacza wszystkie.</translation>
        </message>
        <message>
            <source>Only applications made after the stage sync was turned on.</source>
            <translation>Tylko aplikacje złożone po włączeniu synchronizacji etapów.</translation>
        </message>
        <message>
            <source>Send pipeline changes made in Sourcedesk back to SmartRecruiters.</source>
            <translation>Przesyłaj zmiany w lejku wprowadzone w Sourcedesk z powrotem do SmartRecruiters.</translation>
        </message>
        <message>
            <source>When added to a campaign</source>
            <translation>Po dodaniu do kampanii</translation>
        </message>
        <message>
            <source>Only when they reply</source>
            <translation>Tylko po odpowiedzi</translation>
        </message>
        <message>
            <source>Only when they are interested</source>
            <translation>Tylko po wyrażeniu zainteresowania</translation>
        </message>
        <message>
            <source>Don't add this contact</source>
            <translation>Nie dodawaj tego kontaktu</translation>
        </message>
        <message>
            <source>Everyone who can see the candidate</source>
            <translation>Wszyscy, którzy widzą kandydata</translation>
        </message>
        <message>
            <source>The hiring team</source>
            <translation>Zespół rekrutacyjny</translation>
        </message>
        <message>
            <source>Only the users below</source>
            <translation>Tylko użytkownicy poniżej</translation>
        </message>
        <message>
            <source>Status change</source>
            <translation>Zmiana statusu</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Utworzona</translation>
        </message>
        <message>
            <source>Sourcing</source>
            <translation>Pozyskiwanie kandydatów</translation>
        </message>
        <message>
            <source>Filled</source>
            <translation>Obsadzona</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Rozmowy kwalifikacyjne</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Anulowana</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Wstrzymana</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Sub-status</source>
            <translation>Podstatus</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Oferta pracy</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lokalizacja</translation>
        </message>
        <message>
            <source>Consent status</source>
            <translation>Status zgody</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Źródło</translation>
        </message>
        <message>
            <source>Average rating</source>
            <translation>Średnia ocena</translation>
        </message>
        <message>
            <source>Updated after</source>
            <translation>Zaktualizowano po</translation>
        </message>
        <message>
            <source>Onboarding status</source>
            <translation>Status onboardingu</translation>
        </message>
        <message>
            <source>Always update</source>
            <translation>Zawsze aktualizuj</translation>
        </message>
        <message>
            <source>Only update if blank</source>
            <translation>Aktualizuj tylko, gdy puste</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncLogView</name>
        <message>
            <source>Sync log</source>
            <translation>Dziennik synchronizacji</translation>
        </message>
        <message>
            <source>Sync counts</source>
            <translation>Liczniki synchronizacji</translation>
        </message>
        <message>
            <source>Show jobs</source>
            <translation>Pokaż operacje</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs</source>
            <translation>Operacje SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Ponów</translation>
        </message>
        <message>
            <source>Retry the selected jobs</source>
            <translation>Ponów zaznaczone operacje</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>Po&amp;miń</translation>
        </message>
        <message>
            <source>Skip the selected jobs</source>
            <translation>Pomiń zaznaczone operacje</translation>
        </message>
        <message>
            <source>&amp;Details…</source>
            <translation>&amp;Szczegóły…</translation>
        </message>
        <message>
            <source>Show the selected job in full</source>
            <translation>Pokaż pełne szczegóły zaznaczonej operacji</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Odśwież</translation>
        </message>
        <message>
            <source>Refresh the sync log</source>
            <translation>Odśwież dziennik synchronizacji</translation>
        </message>
        <message>
            <source>All jobs</source>
            <translation>Wszystkie operacje</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Wymaga uwagi</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Oczekuje na wysłanie</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Wstrzymane</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Wysłane</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Pominięte</translation>
        </message>
        <message>
            <source>Send the selected jobs again now (%1)</source>
            <translation>Wyślij teraz ponownie zaznaczone operacje (%1)</translation>
        </message>
        <message>
            <source>Do not send the selected jobs (%1)</source>
            <translation>Nie wysyłaj zaznaczonych operacji (%1)</translation>
        </message>
        <message>
            <source>The sync log could not be read: %1</source>
            <translation>Nie można odczytać dziennika synchronizacji: %1</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>Pok&amp;aż:</translation>
        </message>
        <message>
            <source>SmartRecruiters history of %1</source>
            <translation>Historia SmartRecruiters dla %1</translation>
        </message>
        <message>
            <source>%1 waiting · %2 need attention</source>
            <translation>Oczekuje: %1 · wymaga uwagi: %2</translation>
        </message>
        <message>
            <source>The counts could not be read: %1</source>
            <translation>Nie można odczytać liczników: %1</translation>
        </message>
        <message>
            <source>%1 waiting · %2 need attention · %3 held · %4 sent · %5 skipped</source>
            <translation>Oczekuje: %1 · wymaga uwagi: %2 · wstrzymane: %3 · wysłane: %4 · pominięte: %5</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Ponów</translation>
        </message>
        <message>
            <source>Skip jobs</source>
            <translation>Pomiń operacje</translation>
        </message>
        <message numerus="yes">
            <source>Skip %n jobs? They will not be sent to SmartRecruiters; later jobs of the same candidates can go ahead.</source>
            <translation>
                <numerusform>Pominąć %n operację? Nie zostanie wysłana do SmartRecruiters; późniejsze operacje tych samych kandydatów mogą być kontynuowane.</numerusform>
                <numerusform>Pominąć %n operacje? Nie zostaną wysłane do SmartRecruiters; późniejsze operacje tych samych kandydatów mogą być kontynuowane.</numerusform>
                <numerusform>Pominąć %n operacji? Nie zostaną wysłane do SmartRecruiters; późniejsze operacje tych samych kandydatów mogą być kontynuowane.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Pomiń</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncNotifier</name>
        <message>
            <source>Sourcedesk: SmartRecruiters sync</source>
            <translation>Sourcedesk: synchronizacja SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters sync</source>
            <translation>Synchronizacja SmartRecruiters</translation>
        </message>
        <message numerus="yes">
            <source>%n need attention. Click to open the sync log.</source>
            <translation>
                <numerusform>%n wymaga uwagi. Kliknij, aby otworzyć dziennik synchronizacji.</numerusform>
                <numerusform>%n wymagają uwagi. Kliknij, aby otworzyć dziennik synchronizacji.</numerusform>
                <numerusform>%n wymaga uwagi. Kliknij, aby otworzyć dziennik synchronizacji.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hiring stages synced</source>
            <translation>Zsynchronizowano etapy rekrutacji</translation>
        </message>
        <message>
            <source>%1 members moved, %2 stage drift. Click to open the sync log.</source>
            <translation>Przeniesieni uczestnicy: %1, rozbieżności etapów: %2. Kliknij, aby otworzyć dziennik synchronizacji.</translation>
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
            <translation>Ustawienia synchronizacji kampanii</translation>
        </message>
        <message>
            <source>SmartRecruiters sync for “%1”</source>
            <translation>Synchronizacja SmartRecruiters dla „%1”</translation>
        </message>
        <message>
            <source>What this campaign does differently from your settings. Reset a row to use your setting again; settings your team admin locked cannot be changed here.</source>
            <translation>Czym ta kampania różni się od Twoich ustawień. Zresetuj wiersz, aby ponownie użyć swojego ustawienia; ustawień zablokowanych przez administratora zespołu nie można tu zmienić.</translation>
        </message>
        <message>
            <source>Save or cancel</source>
            <translation>Zapisz lub anuluj</translation>
        </message>
        <message>
            <source>Nothing was saved: %1</source>
            <translation>Nic nie zostało zapisane: %1</translation>
        </message>
        <message>
            <source>Unsaved sync settings</source>
            <translation>Niezapisane ustawienia synchronizacji</translation>
        </message>
        <message>
            <source>Drop the changes to this campaign's sync settings?</source>
            <translation>Odrzucić zmiany ustawień synchronizacji tej kampanii?</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncSettingsEditor</name>
        <message>
            <source>Problems with stored settings</source>
            <translation>Problemy z zapisanymi ustawieniami</translation>
        </message>
        <message>
            <source>SmartRecruiters sync settings</source>
            <translation>Ustawienia synchronizacji SmartRecruiters</translation>
        </message>
        <message>
            <source>Sync settings</source>
            <translation>Ustawienia synchronizacji</translation>
        </message>
        <message>
            <source>Where %1 comes from</source>
            <translation>Skąd pochodzi %1</translation>
        </message>
        <message>
            <source>Reset %1</source>
            <translation>Resetuj %1</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Resetuj</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Zablokuj</translation>
        </message>
        <message>
            <source>Lock %1</source>
            <translation>Zablokuj %1</translation>
        </message>
        <message>
            <source>Locked: everyone uses the team value; users, campaigns and candidates cannot change it.</source>
            <translation>Zablokowane: wszyscy używają wartości zespołu; użytkownicy, kampanie i kandydaci nie mogą jej zmienić.</translation>
        </message>
        <message>
            <source>The sync settings could not be read: %1</source>
            <translation>Nie można odczytać ustawień synchronizacji: %1</translation>
        </message>
        <message>
            <source>%1 (locked)</source>
            <translation>%1 (zablokowane)</translation>
        </message>
        <message>
            <source>%1 (not saved)</source>
            <translation>%1 (niezapisane)</translation>
        </message>
        <message>
            <source>%1 (after saving)</source>
            <translation>%1 (po zapisaniu)</translation>
        </message>
        <message>
            <source>Only the team admin can change this (Team defaults).</source>
            <translation>Tylko administrator zespołu może to zmienić (Ustawienia domyślne zespołu).</translation>
        </message>
        <message>
            <source>Back to the built-in default</source>
            <translation>Powrót do wbudowanej wartości domyślnej</translation>
        </message>
        <message>
            <source>Use the value from the layer below</source>
            <translation>Użyj wartości z niższego poziomu</translation>
        </message>
        <message>
            <source>Who locked or set %1</source>
            <translation>Kto zablokował lub ustawił %1</translation>
        </message>
        <message>
            <source>Company policy</source>
            <translation>Zasady firmy</translation>
        </message>
        <message>
            <source>%1: nobody can change this setting here.</source>
            <translation>%1: nikt nie może tu zmienić tego ustawienia.</translation>
        </message>
        <message>
            <source>%1: it applies over the team defaults; users may still choose their own where allowed.</source>
            <translation>%1: ma pierwszeństwo przed ustawieniami domyślnymi zespołu; użytkownicy mogą nadal wybrać własne wartości tam, gdzie jest to dozwolone.</translation>
        </message>
        <message>
            <source>%1: the setting is locked, everyone uses the team value.</source>
            <translation>%1: ustawienie jest zablokowane, wszyscy używają wartości zespołu.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncSettingsPage</name>
        <message>
            <source>Settings for</source>
            <translation>Ustawienia dla</translation>
        </message>
        <message>
            <source>Sync settings status</source>
            <translation>Stan ustawień synchronizacji</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Zapisz</translation>
        </message>
        <message>
            <source>Save the sync settings</source>
            <translation>Zapisz ustawienia synchronizacji</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>P&amp;rzywróć</translation>
        </message>
        <message>
            <source>Drop the unsaved changes</source>
            <translation>Odrzuć niezapisane zmiany</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Eksportuj…</translation>
        </message>
        <message>
            <source>Export these settings to a file</source>
            <translation>Eksportuj te ustawienia do pliku</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importuj…</translation>
        </message>
        <message>
            <source>Import settings from a file</source>
            <translation>Importuj ustawienia z pliku</translation>
        </message>
        <message>
            <source>SmartRecruiters sync settings</source>
            <translation>Ustawienia synchronizacji SmartRecruiters</translation>
        </message>
        <message>
            <source>Team defaults (admin)</source>
            <translation>Ustawienia domyślne zespołu (administrator)</translation>
        </message>
        <message>
            <source>My settings</source>
            <translation>Moje ustawienia</translation>
        </message>
        <message>
            <source>Team defaults apply to everyone unless they change them in their own settings; a locked team default applies to everyone.</source>
            <translation>Ustawienia domyślne zespołu dotyczą wszystkich, chyba że ktoś zmieni je we własnych ustawieniach; zablokowane ustawienie domyślne zespołu dotyczy wszystkich.</translation>
        </message>
        <message>
            <source>How Sourcedesk keeps SmartRecruiters in step. Campaigns and candidates can override some of these on their own pages.</source>
            <translation>Sposób, w jaki Sourcedesk utrzymuje zgodność z SmartRecruiters. Kampanie i kandydaci mogą zastąpić niektóre z tych ustawień na własnych stronach.</translation>
        </message>
        <message>
            <source>Save (%1)</source>
            <translation>Zapisz (%1)</translation>
        </message>
        <message>
            <source>Settings &amp;for:</source>
            <translation>Ustawienia &amp;dla:</translation>
        </message>
        <message>
            <source>Unsaved sync settings</source>
            <translation>Niezapisane ustawienia synchronizacji</translation>
        </message>
        <message>
            <source>Save the changes to the sync settings before switching?</source>
            <translation>Zapisać zmiany ustawień synchronizacji przed przełączeniem?</translation>
        </message>
        <message>
            <source>You are editing the team defaults. Lock a setting to make everyone use it.</source>
            <translation>Edytujesz ustawienia domyślne zespołu. Zablokuj ustawienie, aby wszyscy musieli go używać.</translation>
        </message>
        <message>
            <source>You are editing your own settings; they apply to your campaigns.</source>
            <translation>Edytujesz własne ustawienia; dotyczą one Twoich kampanii.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Nie zapisano: %1</translation>
        </message>
        <message>
            <source>Sync settings not saved</source>
            <translation>Nie zapisano ustawień synchronizacji</translation>
        </message>
        <message>
            <source>Nothing was saved. Fix these first:

%1</source>
            <translation>Nic nie zostało zapisane. Najpierw popraw te błędy:

%1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Zapisano.</translation>
        </message>
        <message>
            <source>Unsaved changes dropped.</source>
            <translation>Odrzucono niezapisane zmiany.</translation>
        </message>
        <message>
            <source>Export sync settings</source>
            <translation>Eksportuj ustawienia synchronizacji</translation>
        </message>
        <message>
            <source>Sync settings (*.json)</source>
            <translation>Ustawienia synchronizacji (*.json)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The settings were not exported: %1</source>
            <translation>Ustawienia nie zostały wyeksportowane: %1</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Wyeksportowano do %1.</translation>
        </message>
        <message>
            <source>Import sync settings</source>
            <translation>Importuj ustawienia synchronizacji</translation>
        </message>
        <message>
            <source>Importing drops your unsaved changes. Continue?</source>
            <translation>Import odrzuci niezapisane zmiany. Kontynuować?</translation>
        </message>
        <message>
            <source>Sync settings (*.json);;All files (*)</source>
            <translation>Ustawienia synchronizacji (*.json);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>%1 is too large for a settings file.</source>
            <translation>%1 jest za duży jak na plik ustawień.</translation>
        </message>
        <message>
            <source>Nothing was imported; your settings are unchanged.

%1</source>
            <translation>Nic nie zostało zaimportowane; Twoje ustawienia pozostały bez zmian.

%1</translation>
        </message>
        <message>
            <source>Imported %1.</source>
            <translation>Zaimportowano %1.</translation>
        </message>
        <message>
            <source>Company policy</source>
            <translation>Zasady firmy</translation>
        </message>
        <message>
            <source>The team defaults are read-only for you. %1</source>
            <translation>Ustawienia domyślne zespołu są dla Ciebie tylko do odczytu. %1</translation>
        </message>
        <message>
            <source>A teammate changed the sync settings. Save keeps your changes; Revert shows theirs.</source>
            <translation>Ktoś z zespołu zmienił ustawienia synchronizacji. „Zapisz” zachowa Twoje zmiany, „Przywróć” pokaże jego zmiany.</translation>
        </message>
        <message>
            <source>Updated with a teammate's changes.</source>
            <translation>Zaktualizowano o zmiany wprowadzone przez kogoś z zespołu.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncStatusWidget</name>
        <message>
            <source>SmartRecruiters sync</source>
            <translation>Synchronizacja SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters sync progress</source>
            <translation>Postęp synchronizacji SmartRecruiters</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Stop sending to SmartRecruiters</source>
            <translation>Zatrzymaj wysyłanie do SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs that need attention</source>
            <translation>Operacje SmartRecruiters wymagające uwagi</translation>
        </message>
        <message>
            <source>SmartRecruiters connection</source>
            <translation>Połączenie z SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters sync status</source>
            <translation>Stan synchronizacji SmartRecruiters</translation>
        </message>
        <message>
            <source>Stop after the jobs in flight; the rest wait in the sync log.</source>
            <translation>Zatrzymaj po zakończeniu trwających operacji; pozostałe czekają w dzienniku synchronizacji.</translation>
        </message>
        <message>
            <source>Open the sync log on the jobs SmartRecruiters refused</source>
            <translation>Otwórz dziennik synchronizacji z operacjami odrzuconymi przez SmartRecruiters</translation>
        </message>
        <message>
            <source>Open the sync log (Ctrl+Shift+Y)</source>
            <translation>Otwórz dziennik synchronizacji (Ctrl+Shift+Y)</translation>
        </message>
        <message>
            <source>SmartRecruiters: connected</source>
            <translation>SmartRecruiters: połączono</translation>
        </message>
        <message>
            <source>SmartRecruiters: offline</source>
            <translation>SmartRecruiters: offline</translation>
        </message>
        <message>
            <source>SmartRecruiters: not connected</source>
            <translation>SmartRecruiters: brak połączenia</translation>
        </message>
        <message>
            <source>Sending to SmartRecruiters %1/%2</source>
            <translation>Wysyłanie do SmartRecruiters %1/%2</translation>
        </message>
        <message>
            <source>SmartRecruiters is up to date with what was queued.</source>
            <translation>SmartRecruiters jest aktualny względem tego, co dodano do kolejki.</translation>
        </message>
        <message>
            <source>Stopped sending to SmartRecruiters; the rest waits in the sync log (Ctrl+Shift+Y) and goes with the next change.</source>
            <translation>Zatrzymano wysyłanie do SmartRecruiters; pozostałe operacje czekają w dzienniku synchronizacji (Ctrl+Shift+Y) i zostaną wysłane przy następnej zmianie.</translation>
        </message>
        <message numerus="yes">
            <source>%n need attention</source>
            <translation>
                <numerusform>%n wymaga uwagi</numerusform>
                <numerusform>%n wymagają uwagi</numerusform>
                <numerusform>%n wymaga uwagi</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncToolDocks</name>
        <message>
            <source>Review queue</source>
            <translation>Kolejka do sprawdzenia</translation>
        </message>
        <message>
            <source>&amp;Review queue</source>
            <translation>Kolejka do spra&amp;wdzenia</translation>
        </message>
        <message>
            <source>Possible matches in SmartRecruiters that wait for your decision</source>
            <translation>Możliwe dopasowania w SmartRecruiters czekające na Twoją decyzję</translation>
        </message>
        <message>
            <source>Out of step</source>
            <translation>Rozbieżności</translation>
        </message>
        <message>
            <source>&amp;Out of step with SmartRecruiters</source>
            <translation>&amp;Rozbieżności z SmartRecruiters</translation>
        </message>
        <message>
            <source>What differs between Sourcedesk and SmartRecruiters, with a fix</source>
            <translation>Różnice między Sourcedesk a SmartRecruiters wraz z naprawą</translation>
        </message>
        <message>
            <source>Search SmartRecruiters</source>
            <translation>Szukaj w SmartRecruiters</translation>
        </message>
        <message>
            <source>Search &amp;SmartRecruiters</source>
            <translation>Szukaj w &amp;SmartRecruiters</translation>
        </message>
        <message>
            <source>Find people in SmartRecruiters with the team's filterable fields</source>
            <translation>Znajdź osoby w SmartRecruiters za pomocą pól do filtrowania zespołu</translation>
        </message>
        <message>
            <source>Possible matches waiting for review</source>
            <translation>Możliwe dopasowania czekające na sprawdzenie</translation>
        </message>
        <message>
            <source>Open the review queue (%1)</source>
            <translation>Otwórz kolejkę do sprawdzenia (%1)</translation>
        </message>
        <message>
            <source>100+ to review</source>
            <translation>100+ do sprawdzenia</translation>
        </message>
        <message numerus="yes">
            <source>%n to review</source>
            <translation>
                <numerusform>%n do sprawdzenia</numerusform>
                <numerusform>%n do sprawdzenia</numerusform>
                <numerusform>%n do sprawdzenia</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncWindowParts</name>
        <message>
            <source>Sync log</source>
            <translation>Dziennik synchronizacji</translation>
        </message>
        <message>
            <source>Sync &amp;log</source>
            <translation>Dzienn&amp;ik synchronizacji</translation>
        </message>
        <message>
            <source>What was sent to SmartRecruiters, and what needs your attention</source>
            <translation>Co zostało wysłane do SmartRecruiters i co wymaga Twojej uwagi</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::TasksView</name>
        <message>
            <source>Tasks due today</source>
            <translation>Zadania na dziś</translation>
        </message>
        <message>
            <source>Tasks status</source>
            <translation>Stan zadań</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Dzisiaj</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Osoba</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampania</translation>
        </message>
        <message>
            <source>Phone / LinkedIn</source>
            <translation>Telefon / LinkedIn</translation>
        </message>
        <message>
            <source>Mark task &amp;done</source>
            <translation>Oznacz zadanie jako &amp;wykonane</translation>
        </message>
        <message>
            <source>&amp;Skip task</source>
            <translation>&amp;Pomiń zadanie</translation>
        </message>
        <message>
            <source>&amp;Open LinkedIn profile</source>
            <translation>&amp;Otwórz profil LinkedIn</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Połączono</translation>
        </message>
        <message>
            <source>Left a voicemail</source>
            <translation>Zostawiono wiadomość głosową</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Brak odpowiedzi</translation>
        </message>
        <message>
            <source>Wrong number</source>
            <translation>Błędny numer</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Wysłano</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Zaakceptowano</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Niedostępny</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Wykonano</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Email (manual)</source>
            <translation>E-mail (ręczny)</translation>
        </message>
        <message>
            <source>LinkedIn connection request</source>
            <translation>Zaproszenie do sieci LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn message</source>
            <translation>Wiadomość LinkedIn</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Rozmowa telefoniczna</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Zadanie</translation>
        </message>
        <message>
            <source>Overdue: %1</source>
            <translation>Zaległe: %1</translation>
        </message>
        <message>
            <source>LinkedIn profile of %1</source>
            <translation>Profil LinkedIn: %1</translation>
        </message>
        <message>
            <source>Nothing due today.</source>
            <translation>Brak zadań na dziś.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <source>That task was already finished elsewhere; the list is up to date.</source>
            <translation>To zadanie zostało już zakończone w innym miejscu; lista jest aktualna.</translation>
        </message>
        <message>
            <source>Done: %1 (%2).</source>
            <translation>Wykonano: %1 (%2).</translation>
        </message>
        <message>
            <source>Skipped: %1.</source>
            <translation>Pominięto: %1.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::TeamConnectDialog</name>
        <message>
            <source>Server</source>
            <translation>Serwer</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Baza danych</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nazwa użytkownika</translation>
        </message>
        <message>
            <source>Secure connection (TLS)</source>
            <translation>Bezpieczne połączenie (TLS)</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Hasło</translation>
        </message>
        <message>
            <source>&amp;Remember in the keychain</source>
            <translation>&amp;Zapamiętaj w pęku kluczy</translation>
        </message>
        <message>
            <source>Remember the password in the keychain</source>
            <translation>Zapamiętaj hasło w pęku kluczy</translation>
        </message>
        <message>
            <source>Why the connection failed</source>
            <translation>Dlaczego połączenie się nie powiodło</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Łączenie</translation>
        </message>
        <message>
            <source>Connect to a team workspace</source>
            <translation>Połącz z obszarem roboczym zespołu</translation>
        </message>
        <message>
            <source>e.g. db.example.com</source>
            <translation>np. db.example.com</translation>
        </message>
        <message>
            <source>e.g. recruiting</source>
            <translation>np. rekrutacja</translation>
        </message>
        <message>
            <source>your login on the server</source>
            <translation>Twój login na serwerze</translation>
        </message>
        <message>
            <source>Encrypt if the server offers it (default)</source>
            <translation>Szyfruj, jeśli serwer to oferuje (domyślnie)</translation>
        </message>
        <message>
            <source>Always encrypt, do not check the certificate</source>
            <translation>Zawsze szyfruj, nie sprawdzaj certyfikatu</translation>
        </message>
        <message>
            <source>Always encrypt, check the certificate</source>
            <translation>Zawsze szyfruj, sprawdzaj certyfikat</translation>
        </message>
        <message>
            <source>Always encrypt, check the certificate and server name (safest)</source>
            <translation>Zawsze szyfruj, sprawdzaj certyfikat i nazwę serwera (najbezpieczniej)</translation>
        </message>
        <message>
            <source>Encrypt only if the server insists</source>
            <translation>Szyfruj tylko, jeśli serwer tego wymaga</translation>
        </message>
        <message>
            <source>Never encrypt (trusted networks only)</source>
            <translation>Nigdy nie szyfruj (tylko w zaufanych sieciach)</translation>
        </message>
        <message>
            <source>empty: use ~/.pgpass or PGPASSWORD</source>
            <translation>puste: użyj ~/.pgpass lub PGPASSWORD</translation>
        </message>
        <message>
            <source>Keeps the password in this computer's keychain, so Sourcedesk opens the workspace without asking. It is never written to a settings file.</source>
            <translation>Przechowuje hasło w pęku kluczy tego komputera, dzięki czemu Sourcedesk otwiera obszar roboczy bez pytania. Hasło nigdy nie jest zapisywane w pliku ustawień.</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Połącz</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Połącz</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>A team workspace lives on your company's PostgreSQL server and is shared by everyone on the team. Your admin gives you these details.</source>
            <translation>Obszar roboczy zespołu znajduje się na serwerze PostgreSQL Twojej firmy i jest współdzielony przez wszystkich członków zespołu. Te dane przekaże Ci administrator.</translation>
        </message>
        <message>
            <source>About team workspaces</source>
            <translation>Informacje o obszarach roboczych zespołu</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Serwer:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Baza danych:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nazwa &amp;użytkownika:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Hasło:</translation>
        </message>
        <message>
            <source>&amp;Encryption:</source>
            <translation>Szy&amp;frowanie:</translation>
        </message>
        <message>
            <source>Wrong user name or password, or this login has no access.</source>
            <translation>Nieprawidłowa nazwa użytkownika lub hasło albo ten login nie ma dostępu.</translation>
        </message>
        <message>
            <source>The team server cannot be reached.</source>
            <translation>Nie można połączyć się z serwerem zespołu.</translation>
        </message>
        <message>
            <source>The team server is too old for Sourcedesk.</source>
            <translation>Serwer zespołu jest zbyt stary dla Sourcedesk.</translation>
        </message>
        <message>
            <source>This team workspace was set up by a newer version of Sourcedesk. Update Sourcedesk to use it; nothing was changed.</source>
            <translation>Ten obszar roboczy zespołu został utworzony przez nowszą wersję Sourcedesk. Zaktualizuj Sourcedesk, aby z niego korzystać; nic nie zostało zmienione.</translation>
        </message>
        <message>
            <source>The database does not exist on this server.</source>
            <translation>Ta baza danych nie istnieje na tym serwerze.</translation>
        </message>
        <message>
            <source>This login may not use the team workspace. Ask your admin to add you to the team.</source>
            <translation>Ten login nie może korzystać z obszaru roboczego zespołu. Poproś administratora o dodanie Cię do zespołu.</translation>
        </message>
        <message>
            <source>This database is not a Sourcedesk team workspace. Check the database name.</source>
            <translation>Ta baza danych nie jest obszarem roboczym zespołu Sourcedesk. Sprawdź nazwę bazy danych.</translation>
        </message>
        <message>
            <source>This installation of Sourcedesk cannot open team workspaces.</source>
            <translation>Ta instalacja Sourcedesk nie może otwierać obszarów roboczych zespołu.</translation>
        </message>
        <message>
            <source>The team workspace cannot be opened.</source>
            <translation>Nie można otworzyć obszaru roboczego zespołu.</translation>
        </message>
        <message>
            <source>Fill in the server, database and user name first</source>
            <translation>Najpierw wpisz serwer, bazę danych i nazwę użytkownika</translation>
        </message>
        <message>
            <source>Stop waiting for the server</source>
            <translation>Przestań czekać na serwer</translation>
        </message>
        <message>
            <source>Stopped waiting for the server.</source>
            <translation>Przerwano oczekiwanie na serwer.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::Toast</name>
        <message>
            <source>Message</source>
            <translation>Wiadomość</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Cofnij</translation>
        </message>
        <message>
            <source>Dismiss the message</source>
            <translation>Zamknij wiadomość</translation>
        </message>
        <message>
            <source>Notification</source>
            <translation>Powiadomienie</translation>
        </message>
        <message>
            <source>Undo (%1)</source>
            <translation>Cofnij (%1)</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Undo: %1</source>
            <translation>Cofnij: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::TransferDialog</name>
        <message>
            <source>Move this workspace to a team server</source>
            <translation>Przenieś ten obszar roboczy na serwer zespołu</translation>
        </message>
        <message>
            <source>Copy to a local file</source>
            <translation>Kopiuj do pliku lokalnego</translation>
        </message>
        <message>
            <source>Copy this team workspace to a local file</source>
            <translation>Kopiuj ten obszar roboczy zespołu do pliku lokalnego</translation>
        </message>
        <message>
            <source>What the copy does</source>
            <translation>Co robi kopiowanie</translation>
        </message>
        <message>
            <source>Every campaign, candidate, activity, setting and queue of %1 is copied into a new, empty team workspace. The copy is all or nothing, and this workspace is not changed. Mailbox and SmartRecruiters passwords stay in this computer's keychain.</source>
            <translation>Wszystkie kampanie, kandydaci, aktywności, ustawienia i kolejki z %1 zostaną skopiowane do nowego, pustego obszaru roboczego zespołu. Kopiowanie odbywa się na zasadzie „wszystko albo nic”, a ten obszar roboczy nie zostanie zmieniony. Hasła do skrzynki pocztowej i SmartRecruiters pozostają w pęku kluczy tego komputera.</translation>
        </message>
        <message>
            <source>Every campaign, candidate, activity, setting and queue of %1 is copied into a new local workspace file. The copy is all or nothing; the team workspace is not changed.</source>
            <translation>Wszystkie kampanie, kandydaci, aktywności, ustawienia i kolejki z %1 zostaną skopiowane do nowego pliku lokalnego obszaru roboczego. Kopiowanie odbywa się na zasadzie „wszystko albo nic”; obszar roboczy zespołu nie zostanie zmieniony.</translation>
        </message>
        <message>
            <source>Team server location</source>
            <translation>Adres serwera zespołu</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Plik obszaru roboczego</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Serwer:</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Hasło</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Hasło:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wybierz…</translation>
        </message>
        <message>
            <source>Choose the workspace file</source>
            <translation>Wybierz plik obszaru roboczego</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Plik:</translation>
        </message>
        <message>
            <source>Check the workspaces</source>
            <translation>Sprawdzanie obszarów roboczych</translation>
        </message>
        <message>
            <source>Copy all tables</source>
            <translation>Kopiowanie wszystkich tabel</translation>
        </message>
        <message>
            <source>Current table</source>
            <translation>Bieżąca tabela</translation>
        </message>
        <message>
            <source>Rebuild the search index</source>
            <translation>Odbudowa indeksu wyszukiwania</translation>
        </message>
        <message>
            <source>Count and save</source>
            <translation>Zliczanie i zapis</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Verification count</source>
            <translation>Zliczenie kontrolne</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabela</translation>
        </message>
        <message>
            <source>This workspace</source>
            <translation>Ten obszar roboczy</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopia</translation>
        </message>
        <message>
            <source>&amp;Move to server</source>
            <translation>&amp;Przenieś na serwer</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiuj</translation>
        </message>
        <message>
            <source>Start the copy</source>
            <translation>Rozpocznij kopiowanie</translation>
        </message>
        <message>
            <source>&amp;Open the copy</source>
            <translation>&amp;Otwórz kopię</translation>
        </message>
        <message>
            <source>Open the new workspace</source>
            <translation>Otwórz nowy obszar roboczy</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Anulowanie…</translation>
        </message>
        <message>
            <source>Copy to a local workspace file</source>
            <translation>Kopiuj do pliku lokalnego obszaru roboczego</translation>
        </message>
        <message>
            <source>Sourcedesk workspaces (*.sqlite)</source>
            <translation>Obszary robocze Sourcedesk (*.sqlite)</translation>
        </message>
        <message>
            <source>Enter the team server's location, postgresql://user@host:port/database.</source>
            <translation>Wpisz adres serwera zespołu, postgresql://user@host:port/database.</translation>
        </message>
        <message>
            <source>Choose the file for the local copy.</source>
            <translation>Wybierz plik dla kopii lokalnej.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Łączenie…</translation>
        </message>
        <message>
            <source>Checking the workspaces…</source>
            <translation>Sprawdzanie obszarów roboczych…</translation>
        </message>
        <message>
            <source>%1: %2 of %3 rows</source>
            <translation>%1: %2 z %3 wierszy</translation>
        </message>
        <message>
            <source>Copying table %1 of %2; %3 of %4 rows in all.</source>
            <translation>Kopiowanie tabeli %1 z %2; łącznie %3 z %4 wierszy.</translation>
        </message>
        <message>
            <source>Rebuilding the search index…</source>
            <translation>Odbudowywanie indeksu wyszukiwania…</translation>
        </message>
        <message>
            <source>Counting the rows on both sides…</source>
            <translation>Zliczanie wierszy po obu stronach…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Zapisywanie…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was copied; the target workspace is still empty.</source>
            <translation>Anulowano. Nic nie zostało skopiowane; docelowy obszar roboczy jest nadal pusty.</translation>
        </message>
        <message>
            <source>The copy failed, nothing was saved: %1</source>
            <translation>Kopiowanie nie powiodło się, nic nie zostało zapisane: %1</translation>
        </message>
        <message>
            <source>Copied %1 rows in %2 tables; the verification count matches in every table.</source>
            <translation>Skopiowano wiersze: %1, tabele: %2; zliczenie kontrolne zgadza się w każdej tabeli.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::UndoController</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Cofnij</translation>
        </message>
        <message>
            <source>&amp;Undo: %1</source>
            <translation>&amp;Cofnij: %1</translation>
        </message>
        <message>
            <source>“%1” could not be undone: %2</source>
            <translation>Nie można cofnąć „%1”: %2</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Cofnij</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::WorkspaceLauncher</name>
        <message>
            <source>This workspace was saved by a newer version of Sourcedesk. Update Sourcedesk to open it, or choose another workspace. The file was not changed.</source>
            <translation>Ten obszar roboczy został zapisany przez nowszą wersję Sourcedesk. Zaktualizuj Sourcedesk, aby go otworzyć, lub wybierz inny obszar roboczy. Plik nie został zmieniony.</translation>
        </message>
        <message>
            <source>The file is damaged or is not a Sourcedesk workspace. It was not changed. Restore it from a backup, or choose another workspace.</source>
            <translation>Plik jest uszkodzony lub nie jest obszarem roboczym Sourcedesk. Nie został zmieniony. Przywróć go z kopii zapasowej lub wybierz inny obszar roboczy.</translation>
        </message>
        <message>
            <source>Check that the file and its folder exist and that you may read and write them, or choose another workspace.</source>
            <translation>Sprawdź, czy plik i jego folder istnieją oraz czy masz uprawnienia do ich odczytu i zapisu, lub wybierz inny obszar roboczy.</translation>
        </message>
        <message>
            <source>Choose another workspace, or quit and try again.</source>
            <translation>Wybierz inny obszar roboczy lub zakończ i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Szczegóły: %1</translation>
        </message>
        <message>
            <source>Cannot open the workspace</source>
            <translation>Nie można otworzyć obszaru roboczego</translation>
        </message>
        <message>
            <source>Sourcedesk cannot open the workspace “%1”.</source>
            <translation>Sourcedesk nie może otworzyć obszaru roboczego „%1”.</translation>
        </message>
        <message>
            <source>Open or create a workspace</source>
            <translation>Otwórz lub utwórz obszar roboczy</translation>
        </message>
        <message>
            <source>Sourcedesk workspaces (*.sqlite *.db);;All files (*)</source>
            <translation>Obszary robocze Sourcedesk (*.sqlite *.db);;Wszystkie pliki (*)</translation>
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
            <translation>Rekruter</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>CandidateRepository</name>
        <message>
            <source>This candidate was changed by someone else after you opened it. Your changes were not saved: reload the candidate to see the current values, then make your changes again.</source>
            <translation>Ce candidat a été modifié par quelqu'un d'autre après que vous l'avez ouvert. Vos modifications n'ont pas été enregistrées : rechargez le candidat pour voir les valeurs actuelles, puis refaites vos modifications.</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <source>The mapping file cannot be read: %1</source>
            <translation>Impossible de lire le fichier de correspondance : %1</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>ligne %1, colonne %2</translation>
        </message>
        <message>
            <source>This is not valid JSON: %1.</source>
            <translation>Ce n'est pas un JSON valide : %1.</translation>
        </message>
        <message>
            <source>A mapping file is a JSON object with a "columns" list.</source>
            <translation>Un fichier de correspondance est un objet JSON contenant une liste "columns".</translation>
        </message>
        <message>
            <source>Mapping format version %1 is not supported (expected 1).</source>
            <translation>La version %1 du format de correspondance n'est pas prise en charge (1 attendue).</translation>
        </message>
        <message>
            <source>"unmapped" must be "detect", "custom" or "ignore".</source>
            <translation>"unmapped" doit valoir "detect", "custom" ou "ignore".</translation>
        </message>
        <message>
            <source>"columns" must be a list of {"header": ..., "field": ...} entries.</source>
            <translation>"columns" doit être une liste d'entrées {"header": ..., "field": ...}.</translation>
        </message>
        <message>
            <source>Each entry must be an object with "header" and "field".</source>
            <translation>Chaque entrée doit être un objet avec "header" et "field".</translation>
        </message>
        <message>
            <source>The column header is missing or empty.</source>
            <translation>L'en-tête de colonne est manquant ou vide.</translation>
        </message>
        <message>
            <source>The column "%1" is mapped twice.</source>
            <translation>La colonne « %1 » est associée deux fois.</translation>
        </message>
        <message>
            <source>Unknown field "%1". Known fields: %2.</source>
            <translation>Champ « %1 » inconnu. Champs connus : %2.</translation>
        </message>
    </context>
    <context>
        <name>CsvExporter</name>
        <message>
            <source>The export was cancelled.</source>
            <translation>L'export a été annulé.</translation>
        </message>
        <message>
            <source>The file cannot be written: %1</source>
            <translation>Impossible d'écrire le fichier : %1</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>An activity needs a candidate.</source>
            <translation>Une activité nécessite un candidat.</translation>
        </message>
        <message>
            <source>Candidate %1 does not exist.</source>
            <translation>Le candidat %1 n'existe pas.</translation>
        </message>
        <message>
            <source>The candidate is not in this campaign.</source>
            <translation>Le candidat ne fait pas partie de cette campagne.</translation>
        </message>
        <message>
            <source>A campaign needs a name.</source>
            <translation>Une campagne doit avoir un nom.</translation>
        </message>
        <message>
            <source>A campaign name has at most 200 characters.</source>
            <translation>Le nom d'une campagne comporte au maximum 200 caractères.</translation>
        </message>
        <message>
            <source>A campaign named "%1" already exists.</source>
            <translation>Une campagne nommée « %1 » existe déjà.</translation>
        </message>
        <message>
            <source>Campaign %1 does not exist.</source>
            <translation>La campagne %1 n'existe pas.</translation>
        </message>
        <message>
            <source>The workspace file is damaged or is not a Sourcedesk workspace (%1). Nothing was changed; open another workspace or restore a backup.</source>
            <translation>Le fichier de l'espace de travail est endommagé ou n'est pas un espace de travail Sourcedesk (%1). Rien n'a été modifié ; ouvrez un autre espace de travail ou restaurez une sauvegarde.</translation>
        </message>
        <message>
            <source>The workspace is read-only; check the file's permissions.</source>
            <translation>L'espace de travail est en lecture seule ; vérifiez les autorisations du fichier.</translation>
        </message>
        <message>
            <source>Cannot open the workspace: %1</source>
            <translation>Impossible d'ouvrir l'espace de travail : %1</translation>
        </message>
        <message>
            <source>No workspace path was given.</source>
            <translation>Aucun chemin d'espace de travail n'a été indiqué.</translation>
        </message>
        <message>
            <source>This is a folder, not a workspace file.</source>
            <translation>Ceci est un dossier, pas un fichier d'espace de travail.</translation>
        </message>
        <message>
            <source>The workspace file cannot be read; check its permissions.</source>
            <translation>Impossible de lire le fichier de l'espace de travail ; vérifiez ses autorisations.</translation>
        </message>
        <message>
            <source>The workspace file does not exist.</source>
            <translation>Le fichier de l'espace de travail n'existe pas.</translation>
        </message>
        <message>
            <source>Cannot create the folder for the workspace.</source>
            <translation>Impossible de créer le dossier de l'espace de travail.</translation>
        </message>
        <message>
            <source>The workspace's folder does not support write-ahead logging (journal mode is '%1'); keep workspaces on a local disk.</source>
            <translation>Le dossier de l'espace de travail ne prend pas en charge la journalisation anticipée (mode de journal « %1 ») ; conservez les espaces de travail sur un disque local.</translation>
        </message>
        <message>
            <source>The workspace has no schema version; it is damaged.</source>
            <translation>L'espace de travail n'a pas de version de schéma ; il est endommagé.</translation>
        </message>
        <message>
            <source>This SQLite file is not a Sourcedesk workspace; it was left unchanged.</source>
            <translation>Ce fichier SQLite n'est pas un espace de travail Sourcedesk ; il n'a pas été modifié.</translation>
        </message>
        <message>
            <source>This workspace was written by a newer version of Sourcedesk (schema %1; this version reads up to %2). Update Sourcedesk to open it; the file was not changed.</source>
            <translation>Cet espace de travail a été écrit par une version plus récente de Sourcedesk (schéma %1 ; cette version lit jusqu'au schéma %2). Mettez Sourcedesk à jour pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <source>The workspace needs an upgrade (schema %1 to %2) but it is read-only.</source>
            <translation>L'espace de travail doit être mis à niveau (schéma %1 vers %2), mais il est en lecture seule.</translation>
        </message>
        <message>
            <source>Upgrading the workspace to schema %1 failed: %2</source>
            <translation>Échec de la mise à niveau de l'espace de travail vers le schéma %1 : %2</translation>
        </message>
        <message>
            <source>The end of the date range is before its start.</source>
            <translation>La fin de la période précède son début.</translation>
        </message>
        <message>
            <source>Unknown campaign.</source>
            <translation>Campagne inconnue.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ajoutés</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Contactés</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Ont répondu</translation>
        </message>
        <message>
            <source>Interested</source>
            <translation>Intéressés</translation>
        </message>
        <message>
            <source>In SmartRecruiters</source>
            <translation>Dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Embauchés</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Taux de réponse</translation>
        </message>
        <message>
            <source>Interest rate</source>
            <translation>Taux d'intérêt</translation>
        </message>
        <message>
            <source>Recruiter</source>
            <translation>Recruteur</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>All recruiters</source>
            <translation>Tous les recruteurs</translation>
        </message>
        <message>
            <source>Under 1 day</source>
            <translation>Moins d'un jour</translation>
        </message>
        <message>
            <source>1 to 3 days</source>
            <translation>1 à 3 jours</translation>
        </message>
        <message>
            <source>3 to 7 days</source>
            <translation>3 à 7 jours</translation>
        </message>
        <message>
            <source>7 days or more</source>
            <translation>7 jours ou plus</translation>
        </message>
        <message>
            <source>Time to first reply</source>
            <translation>Délai avant la première réponse</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Median hours</source>
            <translation>Heures (médiane)</translation>
        </message>
        <message>
            <source>90th percentile hours</source>
            <translation>Heures (90e centile)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Sub-status</source>
            <translation>Sous-statut</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Candidatures</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 le %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>"%1" is not an email address.</source>
            <translation>« %1 » n'est pas une adresse e-mail.</translation>
        </message>
        <message>
            <source>"%1" is not a domain name.</source>
            <translation>« %1 » n'est pas un nom de domaine.</translation>
        </message>
        <message>
            <source>"%1" is already on the do-not-contact list.</source>
            <translation>« %1 » figure déjà sur la liste « Ne pas contacter ».</translation>
        </message>
        <message>
            <source>Do-not-contact entry %1 does not exist.</source>
            <translation>L'entrée %1 de la liste « Ne pas contacter » n'existe pas.</translation>
        </message>
        <message>
            <source>There is no mailbox %1.</source>
            <translation>Il n'existe pas de boîte mail %1.</translation>
        </message>
        <message>
            <source>A mailbox needs the recruiter who sends from it.</source>
            <translation>Une boîte mail nécessite le recruteur qui envoie depuis celle-ci.</translation>
        </message>
        <message>
            <source>Sending limits cannot be negative.</source>
            <translation>Les limites d'envoi ne peuvent pas être négatives.</translation>
        </message>
        <message>
            <source>The mailbox settings hold "%1", which looks like a secret; passwords and tokens belong in the system keychain, not in the workspace.</source>
            <translation>Les paramètres de la boîte mail contiennent « %1 », qui ressemble à un secret ; les mots de passe et jetons doivent être stockés dans le trousseau du système, pas dans l'espace de travail.</translation>
        </message>
        <message>
            <source>An email needs a sender mailbox and a recipient.</source>
            <translation>Un e-mail nécessite une boîte mail d'expédition et un destinataire.</translation>
        </message>
        <message>
            <source>An email needs a Message-ID without spaces.</source>
            <translation>Un e-mail nécessite un Message-ID sans espaces.</translation>
        </message>
        <message>
            <source>An email needs the time it may be sent from.</source>
            <translation>Un e-mail nécessite l'heure à partir de laquelle il peut être envoyé.</translation>
        </message>
        <message>
            <source>The Message-ID %1 is already used by another email.</source>
            <translation>Le Message-ID %1 est déjà utilisé par un autre e-mail.</translation>
        </message>
        <message>
            <source>Email %1 does not exist.</source>
            <translation>L'e-mail %1 n'existe pas.</translation>
        </message>
        <message>
            <source>Email %1 cannot be %2: it is %3.</source>
            <translation>L'e-mail %1 ne peut pas être %2 : il est %3.</translation>
        </message>
        <message>
            <source>The time an email was sent is missing.</source>
            <translation>L'heure d'envoi de l'e-mail est manquante.</translation>
        </message>
        <message>
            <source>marked sent</source>
            <translation>marqué comme envoyé</translation>
        </message>
        <message>
            <source>The time to try an email again is missing.</source>
            <translation>L'heure de la nouvelle tentative d'envoi de l'e-mail est manquante.</translation>
        </message>
        <message>
            <source>retried</source>
            <translation>réessayé</translation>
        </message>
        <message>
            <source>marked failed</source>
            <translation>marqué comme en échec</translation>
        </message>
        <message>
            <source>marked bounced</source>
            <translation>marqué comme rebondi</translation>
        </message>
        <message>
            <source>marked uncertain</source>
            <translation>marqué comme incertain</translation>
        </message>
        <message>
            <source>The time to send the email again is missing.</source>
            <translation>L'heure du nouvel envoi de l'e-mail est manquante.</translation>
        </message>
        <message>
            <source>queued again</source>
            <translation>remis en file d'attente</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>Sourcedesk stopped while this email was being sent; it may or may not have gone out.</source>
            <translation>Sourcedesk s'est arrêté pendant l'envoi de cet e-mail ; il a pu partir ou non.</translation>
        </message>
        <message>
            <source>Campaign %1 has no sequence.</source>
            <translation>La campagne %1 n'a pas de séquence.</translation>
        </message>
        <message>
            <source>Candidate %1 is not in the campaign.</source>
            <translation>Le candidat %1 ne fait pas partie de la campagne.</translation>
        </message>
        <message>
            <source>Candidate %1 is not enrolled.</source>
            <translation>Le candidat %1 n'est pas inscrit.</translation>
        </message>
        <message>
            <source>"%1" is not a known time zone.</source>
            <translation>« %1 » n'est pas un fuseau horaire connu.</translation>
        </message>
        <message>
            <source>The delay must be between 0 and 365 business days.</source>
            <translation>Le délai doit être compris entre 0 et 365 jours ouvrés.</translation>
        </message>
        <message>
            <source>Choose at least one day for the send window.</source>
            <translation>Choisissez au moins un jour pour la plage d'envoi.</translation>
        </message>
        <message>
            <source>The send window must start before it ends.</source>
            <translation>La plage d'envoi doit commencer avant de se terminer.</translation>
        </message>
        <message>
            <source>Sequence %1 does not exist.</source>
            <translation>La séquence %1 n'existe pas.</translation>
        </message>
        <message>
            <source>This campaign already has a sequence.</source>
            <translation>Cette campagne a déjà une séquence.</translation>
        </message>
        <message>
            <source>Step %1 does not exist.</source>
            <translation>L'étape %1 n'existe pas.</translation>
        </message>
        <message>
            <source>The new order must list every step of the sequence exactly once.</source>
            <translation>Le nouvel ordre doit contenir chaque étape de la séquence exactement une fois.</translation>
        </message>
        <message>
            <source>A task needs the recruiter who does it.</source>
            <translation>Une tâche nécessite le recruteur qui l'effectue.</translation>
        </message>
        <message>
            <source>A task needs a due time.</source>
            <translation>Une tâche nécessite une échéance.</translation>
        </message>
        <message>
            <source>Task %1 does not exist.</source>
            <translation>La tâche %1 n'existe pas.</translation>
        </message>
        <message>
            <source>A task is finished as done or skipped.</source>
            <translation>Une tâche se termine comme effectuée ou ignorée.</translation>
        </message>
        <message>
            <source>The time the task was finished is missing.</source>
            <translation>L'heure de fin de la tâche est manquante.</translation>
        </message>
        <message>
            <source>Task %1 is already %2.</source>
            <translation>La tâche %1 est déjà %2.</translation>
        </message>
        <message>
            <source>Cancelled while talking to the mail server %1.</source>
            <translation>Annulé pendant la communication avec le serveur de messagerie %1.</translation>
        </message>
        <message>
            <source>The mail server %1 was not found. Check the server name in Settings → Mailbox and your internet connection.</source>
            <translation>Le serveur de messagerie %1 est introuvable. Vérifiez le nom du serveur dans Paramètres → Boîte mail ainsi que votre connexion Internet.</translation>
        </message>
        <message>
            <source>Could not connect to the mail server %1 (%2). Check the server name and port in Settings → Mailbox, and your internet connection.</source>
            <translation>Impossible de se connecter au serveur de messagerie %1 (%2). Vérifiez le nom du serveur et le port dans Paramètres → Boîte mail, ainsi que votre connexion Internet.</translation>
        </message>
        <message>
            <source>The mail server %1 does not offer an encrypted connection (STARTTLS), so nothing was sent. Check the port and security in Settings → Mailbox.</source>
            <translation>Le serveur de messagerie %1 ne propose pas de connexion chiffrée (STARTTLS) ; rien n'a donc été envoyé. Vérifiez le port et la sécurité dans Paramètres → Boîte mail.</translation>
        </message>
        <message>
            <source>The certificate of the mail server %1 could not be verified (%2). Check the server name in Settings → Mailbox; if it is right, ask whoever runs the server.</source>
            <translation>Le certificat du serveur de messagerie %1 n'a pas pu être vérifié (%2). Vérifiez le nom du serveur dans Paramètres → Boîte mail ; s'il est correct, contactez l'administrateur du serveur.</translation>
        </message>
        <message>
            <source>The encrypted connection to the mail server %1 failed (%2). Check that the port matches the security setting in Settings → Mailbox (usually 465 or 993 for TLS, 587 for STARTTLS).</source>
            <translation>La connexion chiffrée au serveur de messagerie %1 a échoué (%2). Vérifiez que le port correspond au paramètre de sécurité dans Paramètres → Boîte mail (généralement 465 ou 993 pour TLS, 587 pour STARTTLS).</translation>
        </message>
        <message>
            <source>The mail server %1 refused the sign-in. Sign in to the mailbox again in Settings → Mailbox.</source>
            <translation>Le serveur de messagerie %1 a refusé la connexion. Reconnectez-vous à la boîte mail dans Paramètres → Boîte mail.</translation>
        </message>
        <message>
            <source>The mail server %1 refused the user name or password. Check them in Settings → Mailbox.</source>
            <translation>Le serveur de messagerie %1 a refusé le nom d'utilisateur ou le mot de passe. Vérifiez-les dans Paramètres → Boîte mail.</translation>
        </message>
        <message>
            <source>The mail server %1 requires a sign-in that it did not accept (%2). Check the user name and password in Settings → Mailbox.</source>
            <translation>Le serveur de messagerie %1 exige une authentification qu'il n'a pas acceptée (%2). Vérifiez le nom d'utilisateur et le mot de passe dans Paramètres → Boîte mail.</translation>
        </message>
        <message>
            <source>The mail server %1 refused the message (%2). It will not be retried.</source>
            <translation>Le serveur de messagerie %1 a refusé le message (%2). Il ne sera pas renvoyé.</translation>
        </message>
        <message>
            <source>The mail server %1 is busy or refused the message for now (%2). It will be tried again later.</source>
            <translation>Le serveur de messagerie %1 est occupé ou a refusé le message pour le moment (%2). Une nouvelle tentative aura lieu plus tard.</translation>
        </message>
        <message>
            <source>The connection to the mail server %1 failed (%2). It will be tried again later.</source>
            <translation>La connexion au serveur de messagerie %1 a échoué (%2). Une nouvelle tentative aura lieu plus tard.</translation>
        </message>
        <message>
            <source>The mailbox settings are not usable: %1 Fix them in Settings → Mailbox.</source>
            <translation>Les paramètres de la boîte mail sont inutilisables : %1 Corrigez-les dans Paramètres → Boîte mail.</translation>
        </message>
        <message>
            <source>The folder "%1" could not be opened on the mail server %2 (%3). Check the folder names in Settings → Mailbox.</source>
            <translation>Le dossier « %1 » n'a pas pu être ouvert sur le serveur de messagerie %2 (%3). Vérifiez les noms de dossiers dans Paramètres → Boîte mail.</translation>
        </message>
        <message>
            <source>The mail server %1 refused the request for the folder "%2" (%3).</source>
            <translation>Le serveur de messagerie %1 a refusé la requête concernant le dossier « %2 » (%3).</translation>
        </message>
        <message>
            <source>The mail server %1 did not say which messages the folder "%2" holds.</source>
            <translation>Le serveur de messagerie %1 n'a pas indiqué quels messages contient le dossier « %2 ».</translation>
        </message>
        <message>
            <source>The message %1 in "%2" on the mail server %3 arrived incomplete.</source>
            <translation>Le message %1 dans « %2 » sur le serveur de messagerie %3 est arrivé incomplet.</translation>
        </message>
        <message>
            <source>The message %1 is no longer in the folder "%2" on the mail server %3.</source>
            <translation>Le message %1 ne se trouve plus dans le dossier « %2 » sur le serveur de messagerie %3.</translation>
        </message>
        <message>
            <source>"%1" is not a message id.</source>
            <translation>« %1 » n'est pas un identifiant de message.</translation>
        </message>
        <message>
            <source>The message is empty.</source>
            <translation>Le message est vide.</translation>
        </message>
        <message>
            <source>The mail server's host name is empty.</source>
            <translation>Le nom d'hôte du serveur de messagerie est vide.</translation>
        </message>
        <message>
            <source>"%1" is not a host name; enter only the server name, e.g. smtp.example.com.</source>
            <translation>« %1 » n'est pas un nom d'hôte ; saisissez uniquement le nom du serveur, par ex. smtp.example.com.</translation>
        </message>
        <message>
            <source>The port %1 is not between 1 and 65535.</source>
            <translation>Le port %1 n'est pas compris entre 1 et 65535.</translation>
        </message>
        <message>
            <source>%1 cannot be used without encryption: choose TLS or STARTTLS.</source>
            <translation>%1 ne peut pas être utilisé sans chiffrement : choisissez TLS ou STARTTLS.</translation>
        </message>
        <message>
            <source>An unencrypted connection to %1 is only allowed when insecure loopback connections are switched on.</source>
            <translation>Une connexion non chiffrée à %1 n'est autorisée que si les connexions de bouclage non sécurisées sont activées.</translation>
        </message>
        <message>
            <source>The sender address is empty.</source>
            <translation>L'adresse de l'expéditeur est vide.</translation>
        </message>
        <message>
            <source>The login name is empty.</source>
            <translation>Le nom de connexion est vide.</translation>
        </message>
        <message>
            <source>The timeout must be at least one second.</source>
            <translation>Le délai d'expiration doit être d'au moins une seconde.</translation>
        </message>
        <message>
            <source>"%1" is not a valid e-mail address.</source>
            <translation>« %1 » n'est pas une adresse e-mail valide.</translation>
        </message>
        <message>
            <source>"%1" is not a valid message id.</source>
            <translation>« %1 » n'est pas un identifiant de message valide.</translation>
        </message>
        <message>
            <source>"%1" is not a valid unsubscribe address.</source>
            <translation>« %1 » n'est pas une adresse de désabonnement valide.</translation>
        </message>
        <message>
            <source>This is not an e-mail message: it has no headers.</source>
            <translation>Ce n'est pas un e-mail : il n'a pas d'en-têtes.</translation>
        </message>
        <message>
            <source>The connection to the mail server %1:%2 broke after the message was handed over, so it may have been sent. Check the Sent folder before sending it again.</source>
            <translation>La connexion au serveur de messagerie %1:%2 a été interrompue après la transmission du message ; il a donc pu être envoyé. Vérifiez le dossier Éléments envoyés avant de le renvoyer.</translation>
        </message>
        <message>
            <source>The message has no recipient.</source>
            <translation>Le message n'a pas de destinataire.</translation>
        </message>
        <message>
            <source>This campaign has no sequence yet; add its steps first.</source>
            <translation>Cette campagne n'a pas encore de séquence ; ajoutez d'abord ses étapes.</translation>
        </message>
        <message>
            <source>The campaign's sequence has no steps yet.</source>
            <translation>La séquence de la campagne n'a pas encore d'étapes.</translation>
        </message>
        <message>
            <source>Unknown security "%1"; use tls, starttls or none.</source>
            <translation>Sécurité « %1 » inconnue ; utilisez tls, starttls ou none.</translation>
        </message>
        <message>
            <source>Unknown sign-in method "%1"; use password or xoauth2.</source>
            <translation>Méthode de connexion « %1 » inconnue ; utilisez password ou xoauth2.</translation>
        </message>
        <message numerus="yes">
            <source>The daily limit of %n email(s) is reached.</source>
            <translation>
                <numerusform>La limite quotidienne de %n e-mail est atteinte.</numerusform>
                <numerusform>La limite quotidienne de %n e-mails est atteinte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The hourly limit of %n email(s) is reached.</source>
            <translation>
                <numerusform>La limite horaire de %n e-mail est atteinte.</numerusform>
                <numerusform>La limite horaire de %n e-mails est atteinte.</numerusform>
            </translation>
        </message>
        <message>
            <source>On the do-not-contact list.</source>
            <translation>Sur la liste « Ne pas contacter ».</translation>
        </message>
        <message>
            <source>The email bounced.</source>
            <translation>L'e-mail a rebondi.</translation>
        </message>
        <message>
            <source>The email bounced: %1</source>
            <translation>L'e-mail a rebondi : %1</translation>
        </message>
        <message>
            <source>Asked to unsubscribe on %1</source>
            <translation>A demandé à se désabonner le %1</translation>
        </message>
        <message>
            <source>Asked to unsubscribe</source>
            <translation>A demandé à se désabonner</translation>
        </message>
        <message>
            <source>The password or token of %1 is not in the keychain; enter it in Settings → Mailbox.</source>
            <translation>Le mot de passe ou le jeton de %1 ne se trouve pas dans le trousseau ; saisissez-le dans Paramètres → Boîte mail.</translation>
        </message>
        <message>
            <source>No email address for an automatic email.</source>
            <translation>Aucune adresse e-mail pour un e-mail automatique.</translation>
        </message>
        <message>
            <source>Re: %1</source>
            <translation>Re: %1</translation>
        </message>
        <message>
            <source>Empty placeholder in step %1: %2</source>
            <translation>Variable vide à l'étape %1 : %2</translation>
        </message>
        <message>
            <source>If you would rather not hear from me again, reply "unsubscribe" and I will not write again.</source>
            <translation>Si vous préférez ne plus avoir de mes nouvelles, répondez « désabonner » et je ne vous écrirai plus.</translation>
        </message>
        <message>
            <source>A task can only be marked done or skipped.</source>
            <translation>Une tâche ne peut être marquée que comme effectuée ou ignorée.</translation>
        </message>
        <message>
            <source>This task was already finished.</source>
            <translation>Cette tâche est déjà terminée.</translation>
        </message>
        <message>
            <source>"%1" is not an outcome of this task; use one of: %2.</source>
            <translation>« %1 » n'est pas un résultat de cette tâche ; utilisez l'un des suivants : %2.</translation>
        </message>
        <message>
            <source>Outcome: %1</source>
            <translation>Résultat : %1</translation>
        </message>
        <message>
            <source>This database holds tables that are not a Sourcedesk workspace; it was left unchanged. Use an empty database for a new team workspace.</source>
            <translation>Cette base de données contient des tables qui ne forment pas un espace de travail Sourcedesk ; elle n'a pas été modifiée. Utilisez une base de données vide pour un nouvel espace de travail d'équipe.</translation>
        </message>
        <message>
            <source>The team workspace needs the citext extension, and this login may not add it (%1). Ask the database's owner to run: CREATE EXTENSION citext;</source>
            <translation>L'espace de travail d'équipe a besoin de l'extension citext, et cet identifiant n'a pas le droit de l'ajouter (%1). Demandez au propriétaire de la base de données d'exécuter : CREATE EXTENSION citext;</translation>
        </message>
        <message>
            <source>The team workspace needs an upgrade to schema %1, which only the database's owner may run. Ask whoever set up the team workspace to open it with this version of Sourcedesk first.</source>
            <translation>L'espace de travail d'équipe doit être mis à niveau vers le schéma %1, ce que seul le propriétaire de la base de données peut faire. Demandez à la personne qui a configuré l'espace de travail d'équipe de l'ouvrir d'abord avec cette version de Sourcedesk.</translation>
        </message>
        <message>
            <source>The server refused the password for “%1”. Check the user name and password, or ask your admin to reset it.</source>
            <translation>Le serveur a refusé le mot de passe de « %1 ». Vérifiez le nom d'utilisateur et le mot de passe, ou demandez à votre administrateur de le réinitialiser.</translation>
        </message>
        <message>
            <source>The server does not let “%1” into the database “%2” from this computer. Ask your admin to give this login access.</source>
            <translation>Le serveur n'autorise pas « %1 » à accéder à la base de données « %2 » depuis cet ordinateur. Demandez à votre administrateur de donner l'accès à cet identifiant.</translation>
        </message>
        <message>
            <source>The server has no database “%1”. Check the name, or ask your admin to create it.</source>
            <translation>Le serveur n'a pas de base de données « %1 ». Vérifiez le nom, ou demandez à votre administrateur de la créer.</translation>
        </message>
        <message>
            <source>The secure connection to %1 failed (TLS mode %2): %3</source>
            <translation>La connexion sécurisée à %1 a échoué (mode TLS %2) : %3</translation>
        </message>
        <message>
            <source>The team server %1 (port %2) does not answer. Check the server name and port, your network or VPN, and try again.</source>
            <translation>Le serveur d'équipe %1 (port %2) ne répond pas. Vérifiez le nom du serveur et le port, votre réseau ou votre VPN, puis réessayez.</translation>
        </message>
        <message>
            <source>Cannot open the team workspace: %1</source>
            <translation>Impossible d'ouvrir l'espace de travail d'équipe : %1</translation>
        </message>
        <message>
            <source>This installation has no PostgreSQL support (Qt's QPSQL driver is missing); install libqt6sql6-psql.</source>
            <translation>Cette installation ne prend pas en charge PostgreSQL (le pilote QPSQL de Qt est absent) ; installez libqt6sql6-psql.</translation>
        </message>
        <message>
            <source>The team server runs PostgreSQL %1.%2; Sourcedesk needs PostgreSQL 13 or newer. Ask your admin to upgrade the server.</source>
            <translation>Le serveur d'équipe utilise PostgreSQL %1.%2 ; Sourcedesk nécessite PostgreSQL 13 ou plus récent. Demandez à votre administrateur de mettre le serveur à niveau.</translation>
        </message>
    </context>
    <context>
        <name>RecordMapper</name>
        <message>
            <source>The row has %1 values but the header has %2 columns; a value containing the separator is probably missing its quotes.</source>
            <translation>La ligne contient %1 valeurs mais l'en-tête a %2 colonnes ; une valeur contenant le séparateur n'est probablement pas entre guillemets.</translation>
        </message>
        <message>
            <source>"%1" in column "%2" is not a valid email address.</source>
            <translation>« %1 » dans la colonne « %2 » n'est pas une adresse e-mail valide.</translation>
        </message>
        <message>
            <source>The consent value "%1" in column "%2" is not understood; use granted, refused, withdrawn or unknown.</source>
            <translation>La valeur de consentement « %1 » dans la colonne « %2 » n'est pas comprise ; utilisez granted, refused, withdrawn ou unknown.</translation>
        </message>
        <message>
            <source>The date "%1" in column "%2" is not understood; use YYYY-MM-DD.</source>
            <translation>La date « %1 » dans la colonne « %2 » n'est pas comprise ; utilisez AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>The row has no name and no email address.</source>
            <translation>La ligne n'a ni nom ni adresse e-mail.</translation>
        </message>
    </context>
    <context>
        <name>StatusUndo</name>
        <message>
            <source>Not sent: the status change was undone before anything went to SmartRecruiters.</source>
            <translation>Non envoyé : le changement de statut a été annulé avant que quoi que ce soit ne soit transmis à SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>UndoSnapshot</name>
        <message>
            <source>Undo is no longer possible: something these records belonged to (a campaign) was deleted since. Nothing was changed.</source>
            <translation>Annulation impossible : un élément auquel ces enregistrements appartenaient (une campagne) a été supprimé entre-temps. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Undo is no longer possible: some of these records were added again since. Nothing was changed; remove them first to get the old ones back.</source>
            <translation>Annulation impossible : certains de ces enregistrements ont été ajoutés à nouveau entre-temps. Rien n'a été modifié ; supprimez-les d'abord pour récupérer les anciens.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceTransfer</name>
        <message>
            <source>The tables %1 reference each other in a cycle; they cannot be copied in order.</source>
            <translation>Les tables %1 se référencent mutuellement en boucle ; elles ne peuvent pas être copiées dans l'ordre.</translation>
        </message>
        <message>
            <source>The source and the target are the same workspace.</source>
            <translation>La source et la cible sont le même espace de travail.</translation>
        </message>
        <message>
            <source>The target workspace is open read-only.</source>
            <translation>L'espace de travail cible est ouvert en lecture seule.</translation>
        </message>
        <message>
            <source>The workspaces have different schema versions (source %1, target %2). Open both with the same version of Sourcedesk before copying.</source>
            <translation>Les espaces de travail ont des versions de schéma différentes (source %1, cible %2). Ouvrez-les tous les deux avec la même version de Sourcedesk avant de copier.</translation>
        </message>
        <message>
            <source>A workspace connection could not be opened.</source>
            <translation>Impossible d'ouvrir une connexion à un espace de travail.</translation>
        </message>
        <message>
            <source>The target workspace has no table %1, which holds %2 rows in the source.</source>
            <translation>L'espace de travail cible n'a pas de table %1, qui contient %2 lignes dans la source.</translation>
        </message>
        <message>
            <source>The target workspace is not empty (table %1 holds %2 rows). Copy into a new, empty workspace.</source>
            <translation>L'espace de travail cible n'est pas vide (la table %1 contient %2 lignes). Copiez dans un nouvel espace de travail vide.</translation>
        </message>
        <message>
            <source>The copy was cancelled; the target workspace is unchanged.</source>
            <translation>La copie a été annulée ; l'espace de travail cible n'a pas été modifié.</translation>
        </message>
        <message>
            <source>%1: %2 in the source, %3 in the target</source>
            <translation>%1 : %2 dans la source, %3 dans la cible</translation>
        </message>
        <message>
            <source>The verification count does not match, nothing was saved: %1</source>
            <translation>Le comptage de vérification ne correspond pas, rien n'a été enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Open the workspace &lt;location&gt;: a file, or a team workspace postgresql://USER@HOST:PORT/DATABASE (default: $SOURCEDESK_WORKSPACE, then the last one opened, then the per-user default).</source>
            <translation>Ouvrir l'espace de travail &lt;emplacement&gt; : un fichier, ou un espace de travail d'équipe postgresql://USER@HOST:PORT/DATABASE (par défaut : $SOURCEDESK_WORKSPACE, puis le dernier ouvert, puis celui par défaut de l'utilisateur).</translation>
        </message>
        <message>
            <source>location</source>
            <translation>emplacement</translation>
        </message>
        <message>
            <source>Sourcedesk: sourcing campaigns, candidates and outreach, in a local or a team workspace.</source>
            <translation>Sourcedesk : campagnes de sourcing, candidats et prospection, dans un espace de travail local ou d'équipe.</translation>
        </message>
    </context>
    <context>
        <name>sd::CampaignListModel</name>
        <message>
            <source>(sample)</source>
            <translation>(exemple)</translation>
        </message>
        <message>
            <source>(archived)</source>
            <translation>(archivée)</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Dernière activité</translation>
        </message>
    </context>
    <context>
        <name>sd::CandidateTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Intitulé du poste</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Localisation</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
    </context>
    <context>
        <name>sd::Labels</name>
        <message>
            <source>Added</source>
            <translation>Ajouté</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Contacté</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>A répondu</translation>
        </message>
        <message>
            <source>Interested</source>
            <translation>Intéressé</translation>
        </message>
        <message>
            <source>Not interested</source>
            <translation>Pas intéressé</translation>
        </message>
        <message>
            <source>Bounced</source>
            <translation>Rebondi</translation>
        </message>
        <message>
            <source>Unsubscribed</source>
            <translation>Désabonné</translation>
        </message>
        <message>
            <source>Email sent</source>
            <translation>E-mail envoyé</translation>
        </message>
        <message>
            <source>Email reply</source>
            <translation>Réponse à un e-mail</translation>
        </message>
        <message>
            <source>LinkedIn message</source>
            <translation>Message LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn InMail</source>
            <translation>InMail LinkedIn</translation>
        </message>
        <message>
            <source>Connection request</source>
            <translation>Demande de connexion</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Accordé</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retiré</translation>
        </message>
    </context>
    <context>
        <name>sd::MemberTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Intitulé du poste</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Statut modifié</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Dernière activité</translation>
        </message>
    </context>
    <context>
        <name>sd::TeamServer</name>
        <message>
            <source>A team workspace address starts with postgresql://.</source>
            <translation>Une adresse d'espace de travail d'équipe commence par postgresql://.</translation>
        </message>
        <message>
            <source>The team workspace address is not valid: %1</source>
            <translation>L'adresse de l'espace de travail d'équipe n'est pas valide : %1</translation>
        </message>
        <message>
            <source>Leave the password out of the team workspace address; Sourcedesk keeps it in the keychain.</source>
            <translation>N'incluez pas le mot de passe dans l'adresse de l'espace de travail d'équipe ; Sourcedesk le conserve dans le trousseau.</translation>
        </message>
        <message>
            <source>The team workspace address names no server.</source>
            <translation>L'adresse de l'espace de travail d'équipe n'indique aucun serveur.</translation>
        </message>
        <message>
            <source>The team workspace address names no database (…/database).</source>
            <translation>L'adresse de l'espace de travail d'équipe n'indique aucune base de données (…/database).</translation>
        </message>
        <message>
            <source>The team workspace address names no user (user@server).</source>
            <translation>L'adresse de l'espace de travail d'équipe n'indique aucun utilisateur (user@server).</translation>
        </message>
        <message>
            <source>The port must be between 1 and 65535.</source>
            <translation>Le port doit être compris entre 1 et 65535.</translation>
        </message>
        <message>
            <source>Unknown option “%1” in the team workspace address; only sslmode is read.</source>
            <translation>Option « %1 » inconnue dans l'adresse de l'espace de travail d'équipe ; seule sslmode est prise en compte.</translation>
        </message>
        <message>
            <source>The TLS mode “%1” is not one of disable, allow, prefer, require, verify-ca, verify-full.</source>
            <translation>Le mode TLS « %1 » ne fait pas partie de disable, allow, prefer, require, verify-ca, verify-full.</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 sur %2</translation>
        </message>
    </context>
    <context>
        <name>sd::connection::KeychainSecretStore</name>
        <message>
            <source>No keychain is available on this computer (%1). Sourcedesk keeps SmartRecruiters sign-ins only in the system keychain and does not store them in plain text. Install or unlock a keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) and try again.</source>
            <translation>Aucun trousseau n'est disponible sur cet ordinateur (%1). Sourcedesk conserve les connexions SmartRecruiters uniquement dans le trousseau du système et ne les stocke pas en clair. Installez ou déverrouillez un trousseau (GNOME Keyring, KWallet, Trousseau macOS, Gestionnaire d'identification Windows) et réessayez.</translation>
        </message>
        <message>
            <source>Access to the system keychain was refused (%1). Allow Sourcedesk to use the keychain, or unlock it, and try again.</source>
            <translation>L'accès au trousseau du système a été refusé (%1). Autorisez Sourcedesk à utiliser le trousseau, ou déverrouillez-le, puis réessayez.</translation>
        </message>
        <message>
            <source>The system keychain cannot be reached (%1). Sourcedesk keeps SmartRecruiters sign-ins only in the system keychain and does not store them in plain text. Make sure a keychain service is running and unlocked, then try again.</source>
            <translation>Le trousseau du système est inaccessible (%1). Sourcedesk conserve les connexions SmartRecruiters uniquement dans le trousseau du système et ne les stocke pas en clair. Vérifiez qu'un service de trousseau est en cours d'exécution et déverrouillé, puis réessayez.</translation>
        </message>
        <message>
            <source>The system keychain reported an error: %1</source>
            <translation>Le trousseau du système a signalé une erreur : %1</translation>
        </message>
    </context>
    <context>
        <name>sd::connection::LoopbackReceiver</name>
        <message>
            <source>The redirect address “%1” is not on this computer (it must look like http://localhost:8765/callback), so the web browser cannot hand the sign-in back to Sourcedesk.</source>
            <translation>L'adresse de redirection « %1 » ne se trouve pas sur cet ordinateur (elle doit ressembler à http://localhost:8765/callback) ; le navigateur ne peut donc pas renvoyer la connexion à Sourcedesk.</translation>
        </message>
        <message>
            <source>Sourcedesk could not wait for the sign-in on port %1 (%2). Close the program using that port, or register another redirect address, and try again.</source>
            <translation>Sourcedesk n'a pas pu attendre la connexion sur le port %1 (%2). Fermez le programme qui utilise ce port, ou enregistrez une autre adresse de redirection, puis réessayez.</translation>
        </message>
        <message>
            <source>This is not a sign-in answer.</source>
            <translation>Ceci n'est pas une réponse de connexion.</translation>
        </message>
        <message>
            <source>Nothing here: Sourcedesk only waits for the SmartRecruiters sign-in.</source>
            <translation>Rien ici : Sourcedesk attend uniquement la connexion à SmartRecruiters.</translation>
        </message>
        <message>
            <source>Sourcedesk received the answer from SmartRecruiters. You can close this tab and return to Sourcedesk.</source>
            <translation>Sourcedesk a reçu la réponse de SmartRecruiters. Vous pouvez fermer cet onglet et revenir à Sourcedesk.</translation>
        </message>
        <message>
            <source>You are signed in. You can close this tab and return to Sourcedesk.</source>
            <translation>Vous êtes connecté. Vous pouvez fermer cet onglet et revenir à Sourcedesk.</translation>
        </message>
    </context>
    <context>
        <name>sd::connection::MemorySecretStore</name>
        <message>
            <source>The test keychain is switched off.</source>
            <translation>Le trousseau de test est désactivé.</translation>
        </message>
    </context>
    <context>
        <name>sd::connection::OAuthSession</name>
        <message>
            <source>Enter the OAuth client ID of the SmartRecruiters app (Settings → Apps &amp; Integrations → Credentials in SmartRecruiters).</source>
            <translation>Saisissez l'ID client OAuth de l'application SmartRecruiters (Settings → Apps &amp; Integrations → Credentials dans SmartRecruiters).</translation>
        </message>
        <message>
            <source>The redirect address “%1” must be an https:// address or http://localhost, exactly as registered for the SmartRecruiters app.</source>
            <translation>L'adresse de redirection « %1 » doit être une adresse https:// ou http://localhost, exactement telle qu'enregistrée pour l'application SmartRecruiters.</translation>
        </message>
        <message>
            <source>Enter the OAuth client secret of the SmartRecruiters app.</source>
            <translation>Saisissez le secret client OAuth de l'application SmartRecruiters.</translation>
        </message>
        <message>
            <source>No place to keep the sign-in is set up.</source>
            <translation>Aucun emplacement n'est configuré pour conserver la connexion.</translation>
        </message>
        <message>
            <source>Sourcedesk received a sign-in answer it did not ask for and ignored it. Start the sign-in again.</source>
            <translation>Sourcedesk a reçu une réponse de connexion qu'il n'avait pas demandée et l'a ignorée. Relancez la connexion.</translation>
        </message>
        <message>
            <source>The sign-in answer did not belong to this sign-in and was rejected, so Sourcedesk is not connected. Start the sign-in again.</source>
            <translation>La réponse de connexion ne correspondait pas à cette connexion et a été rejetée ; Sourcedesk n'est donc pas connecté. Relancez la connexion.</translation>
        </message>
        <message>
            <source>You chose not to allow Sourcedesk to use SmartRecruiters, so it is not connected. Sign in again and choose Allow to connect.</source>
            <translation>Vous avez choisi de ne pas autoriser Sourcedesk à utiliser SmartRecruiters ; il n'est donc pas connecté. Reconnectez-vous et choisissez Autoriser pour le connecter.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the sign-in (%1%2). Check the client ID and redirect address in Settings → Integration.</source>
            <translation>SmartRecruiters a refusé la connexion (%1%2). Vérifiez l'ID client et l'adresse de redirection dans Paramètres → Intégration.</translation>
        </message>
        <message>
            <source>SmartRecruiters did not send a sign-in code. Start the sign-in again.</source>
            <translation>SmartRecruiters n'a pas envoyé de code de connexion. Relancez la connexion.</translation>
        </message>
        <message>
            <source>Sourcedesk is not connected to SmartRecruiters. Sign in under Settings → Integration.</source>
            <translation>Sourcedesk n'est pas connecté à SmartRecruiters. Connectez-vous dans Paramètres → Intégration.</translation>
        </message>
        <message>
            <source>Sourcedesk was disconnected from SmartRecruiters while signing in.</source>
            <translation>Sourcedesk a été déconnecté de SmartRecruiters pendant la connexion.</translation>
        </message>
        <message>
            <source>Sourcedesk was disconnected from SmartRecruiters.</source>
            <translation>Sourcedesk a été déconnecté de SmartRecruiters.</translation>
        </message>
        <message>
            <source>Could not reach SmartRecruiters at %1 (%2). Check the network connection and try again.</source>
            <translation>Impossible de joindre SmartRecruiters à l'adresse %1 (%2). Vérifiez la connexion réseau et réessayez.</translation>
        </message>
        <message>
            <source>SmartRecruiters sent a sign-in answer Sourcedesk does not understand (field “%1” is missing or wrong). Try again; if it keeps happening, tell your administrator.</source>
            <translation>SmartRecruiters a envoyé une réponse de connexion que Sourcedesk ne comprend pas (le champ « %1 » est manquant ou incorrect). Réessayez ; si le problème persiste, contactez votre administrateur.</translation>
        </message>
        <message>
            <source>SmartRecruiters no longer accepts this sign-in (it expired, was revoked, or was used elsewhere). Sign in to SmartRecruiters again under Settings → Integration.</source>
            <translation>SmartRecruiters n'accepte plus cette connexion (elle a expiré, a été révoquée ou a été utilisée ailleurs). Reconnectez-vous à SmartRecruiters dans Paramètres → Intégration.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the client ID or client secret. Check them under Settings → Integration and sign in again.</source>
            <translation>SmartRecruiters a refusé l'ID client ou le secret client. Vérifiez-les dans Paramètres → Intégration et reconnectez-vous.</translation>
        </message>
        <message>
            <source>SmartRecruiters could not complete the sign-in right now (HTTP %1). Try again in a few minutes.</source>
            <translation>SmartRecruiters n'a pas pu finaliser la connexion pour le moment (HTTP %1). Réessayez dans quelques minutes.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the sign-in (HTTP %1%2).</source>
            <translation>SmartRecruiters a refusé la connexion (HTTP %1%2).</translation>
        </message>
    </context>
    <context>
        <name>sd::csv</name>
        <message>
            <source>same email address</source>
            <translation>même adresse e-mail</translation>
        </message>
        <message>
            <source>same LinkedIn profile</source>
            <translation>même profil LinkedIn</translation>
        </message>
        <message>
            <source>same name at the same company</source>
            <translation>même nom dans la même entreprise</translation>
        </message>
        <message>
            <source>The file has no header row: the first row holds data ("%1" in column %2), not column names. Add a first row with column names such as First Name, Last Name, Email.</source>
            <translation>Le fichier n'a pas de ligne d'en-tête : la première ligne contient des données (« %1 » dans la colonne %2), et non des noms de colonnes. Ajoutez une première ligne avec des noms de colonnes tels que Prénom, Nom, E-mail.</translation>
        </message>
        <message>
            <source>The file has no header row: the first row has no column names.</source>
            <translation>Le fichier n'a pas de ligne d'en-tête : la première ligne ne contient aucun nom de colonne.</translation>
        </message>
        <message>
            <source>The file cannot be opened: %1</source>
            <translation>Impossible d'ouvrir le fichier : %1</translation>
        </message>
        <message>
            <source>The file has no header row: it contains only blank lines.</source>
            <translation>Le fichier n'a pas de ligne d'en-tête : il ne contient que des lignes vides.</translation>
        </message>
        <message>
            <source>, line %1</source>
            <translation>, ligne %1</translation>
        </message>
        <message>
            <source>This is not a text/CSV file (%1). Export the data as CSV and try again.</source>
            <translation>Ce n'est pas un fichier texte/CSV (%1). Exportez les données au format CSV et réessayez.</translation>
        </message>
        <message>
            <source>it contains NUL bytes</source>
            <translation>il contient des octets NUL</translation>
        </message>
        <message>
            <source>%1 of its first %2 bytes are control characters</source>
            <translation>%1 de ses %2 premiers octets sont des caractères de contrôle</translation>
        </message>
    </context>
    <context>
        <name>sd::csv::CsvImporter</name>
        <message>
            <source>This import has already been started.</source>
            <translation>Cette importation a déjà été lancée.</translation>
        </message>
        <message>
            <source>The mapping names the column "%1", which this file does not have.</source>
            <translation>La correspondance désigne la colonne « %1 », absente de ce fichier.</translation>
        </message>
        <message>
            <source>No column holds a name or an email address (the columns are: %1). Map at least a name or an email column.</source>
            <translation>Aucune colonne ne contient de nom ou d'adresse e-mail (colonnes : %1). Associez au moins une colonne de nom ou d'e-mail.</translation>
        </message>
        <message>
            <source>The rows from line %1 to line %2 could not be saved, so none of them was stored (%3). The %4 rows before line %1 are stored; importing the file again skips them as duplicates.</source>
            <translation>Les lignes %1 à %2 n'ont pas pu être enregistrées ; aucune d'elles n'a donc été stockée (%3). Les %4 lignes précédant la ligne %1 sont stockées ; une nouvelle importation du fichier les ignorera comme doublons.</translation>
        </message>
        <message>
            <source>Merged with line %1 (%2).</source>
            <translation>Fusionné avec la ligne %1 (%2).</translation>
        </message>
        <message>
            <source>Skipped: duplicate of line %1 (%2).</source>
            <translation>Ignoré : doublon de la ligne %1 (%2).</translation>
        </message>
        <message>
            <source>Merged into candidate %1 (%2).</source>
            <translation>Fusionné dans le candidat %1 (%2).</translation>
        </message>
        <message>
            <source>Skipped: duplicate of candidate %1 (%2).</source>
            <translation>Ignoré : doublon du candidat %1 (%2).</translation>
        </message>
        <message>
            <source>Not added to the campaign: on the do-not-contact list.</source>
            <translation>Non ajouté à la campagne : sur la liste « Ne pas contacter ».</translation>
        </message>
    </context>
    <context>
        <name>sd::csv::CsvReader</name>
        <message>
            <source>line %1, column %2</source>
            <translation>ligne %1, colonne %2</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>ligne %1</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>Impossible de lire le fichier.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <source>This is not a text/CSV file (it contains a NUL character). Export the data as CSV and try again.</source>
            <translation>Ce n'est pas un fichier texte/CSV (il contient un caractère NUL). Exportez les données au format CSV et réessayez.</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>Impossible de lire le fichier : %1</translation>
        </message>
        <message>
            <source>The file is not valid %1 text. Save it as UTF-8 and try again.</source>
            <translation>Le fichier n'est pas un texte %1 valide. Enregistrez-le en UTF-8 et réessayez.</translation>
        </message>
        <message>
            <source>This is not a text/CSV file: it contains binary data (a NUL character).</source>
            <translation>Ce n'est pas un fichier texte/CSV : il contient des données binaires (un caractère NUL).</translation>
        </message>
        <message>
            <source>The quoted field that starts here is longer than %L1 characters; a closing quote is probably missing.</source>
            <translation>Le champ entre guillemets qui commence ici dépasse %L1 caractères ; un guillemet fermant manque probablement.</translation>
        </message>
        <message>
            <source>A field is longer than %L1 characters.</source>
            <translation>Un champ dépasse %L1 caractères.</translation>
        </message>
        <message>
            <source>Line %1 has more than %L2 columns; this is not a candidate list Sourcedesk can import.</source>
            <translation>La ligne %1 contient plus de %L2 colonnes ; ce n'est pas une liste de candidats que Sourcedesk peut importer.</translation>
        </message>
        <message>
            <source>Unterminated quote: the quoted field that starts here never ends.</source>
            <translation>Guillemet non fermé : le champ entre guillemets qui commence ici ne se termine jamais.</translation>
        </message>
    </context>
    <context>
        <name>sd::csv::CsvWriter</name>
        <message>
            <source>Writing the CSV file failed: %1</source>
            <translation>Échec de l'écriture du fichier CSV : %1</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::ConnectionManager</name>
        <message>
            <source>Disconnect first: the address, method and client can only change while Sourcedesk is not connected.</source>
            <translation>Déconnectez-vous d'abord : l'adresse, la méthode et le client ne peuvent être modifiés que lorsque Sourcedesk n'est pas connecté.</translation>
        </message>
        <message>
            <source>The API key for %1 is no longer in the keychain. Connect again.</source>
            <translation>La clé API de %1 ne se trouve plus dans le trousseau. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>The SmartRecruiters sign-in for %1 is no longer in the keychain. Connect again.</source>
            <translation>La connexion SmartRecruiters de %1 ne se trouve plus dans le trousseau. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>Sourcedesk is already connected. Disconnect first to connect another account.</source>
            <translation>Sourcedesk est déjà connecté. Déconnectez-vous d'abord pour connecter un autre compte.</translation>
        </message>
        <message>
            <source>Enter the client secret of the OAuth app: none is stored for this client yet.</source>
            <translation>Saisissez le secret client de l'application OAuth : aucun n'est encore enregistré pour ce client.</translation>
        </message>
        <message>
            <source>Paste the API key from SmartRecruiters (Settings → Apps &amp; Integrations → API key).</source>
            <translation>Collez la clé API de SmartRecruiters (Settings → Apps &amp; Integrations → API key).</translation>
        </message>
        <message>
            <source>Connected, but the API key could not be kept in the keychain (%1); you will have to enter it again next time.</source>
            <translation>Connecté, mais la clé API n'a pas pu être conservée dans le trousseau (%1) ; vous devrez la saisir à nouveau la prochaine fois.</translation>
        </message>
        <message>
            <source>Connect first.</source>
            <translation>Connectez-vous d'abord.</translation>
        </message>
        <message>
            <source>Disconnected, but not every secret could be removed from the keychain: %1</source>
            <translation>Déconnecté, mais tous les secrets n'ont pas pu être supprimés du trousseau : %1</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::ConnectionSettings</name>
        <message>
            <source>API address: %1</source>
            <translation>Adresse de l'API : %1</translation>
        </message>
        <message>
            <source>Sign-in address: %1</source>
            <translation>Adresse de connexion : %1</translation>
        </message>
        <message>
            <source>Enter the OAuth client id of your SmartRecruiters app (Settings → Apps &amp; Integrations → Credentials in SmartRecruiters).</source>
            <translation>Saisissez l'ID client OAuth de votre application SmartRecruiters (dans SmartRecruiters : Settings → Apps &amp; Integrations → Credentials).</translation>
        </message>
        <message>
            <source>The redirect URI “%1” is not a web address; it must match one registered for the OAuth client exactly.</source>
            <translation>L'adresse de redirection « %1 » n'est pas une adresse web ; elle doit correspondre exactement à l'une de celles enregistrées pour le client OAuth.</translation>
        </message>
        <message>
            <source>The workspace setting %1 is “%2”; expected “oauth” or “api_key”. Using OAuth.</source>
            <translation>Le paramètre d'espace de travail %1 vaut « %2 » ; « oauth » ou « api_key » attendu. OAuth est utilisé.</translation>
        </message>
        <message>
            <source>The workspace setting %1 is not usable (%2); using %3.</source>
            <translation>Le paramètre d'espace de travail %1 est inutilisable (%2) ; %3 est utilisé.</translation>
        </message>
        <message>
            <source>API keys are not allowed, only signing in with SmartRecruiters (%1).</source>
            <translation>Les clés API ne sont pas autorisées, seule la connexion avec SmartRecruiters l'est (%1).</translation>
        </message>
        <message>
            <source>Signing in with SmartRecruiters is not allowed, only API keys (%1).</source>
            <translation>La connexion avec SmartRecruiters n'est pas autorisée, seules les clés API le sont (%1).</translation>
        </message>
        <message>
            <source>The API address must be %2 (%1).</source>
            <translation>L'adresse de l'API doit être %2 (%1).</translation>
        </message>
        <message>
            <source>The sign-in address must be %2 (%1).</source>
            <translation>L'adresse de connexion doit être %2 (%1).</translation>
        </message>
        <message>
            <source>The OAuth client id must be %2 (%1).</source>
            <translation>L'ID client OAuth doit être %2 (%1).</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::SandboxDemo</name>
        <message>
            <source>The local sandbox did not answer (%1). Start it with ./scripts/run.sh.</source>
            <translation>Le bac à sable local n'a pas répondu (%1). Démarrez-le avec ./scripts/run.sh.</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::ScopeCheck</name>
        <message>
            <source>show who is connected</source>
            <translation>afficher qui est connecté</translation>
        </message>
        <message>
            <source>match recruiters and hiring teams to users</source>
            <translation>associer les recruteurs et les équipes de recrutement aux utilisateurs</translation>
        </message>
        <message>
            <source>link campaigns to jobs</source>
            <translation>lier les campagnes aux postes</translation>
        </message>
        <message>
            <source>find existing candidates before creating one</source>
            <translation>trouver les candidats existants avant d'en créer un</translation>
        </message>
        <message>
            <source>pull hiring stages back</source>
            <translation>récupérer les phases de recrutement</translation>
        </message>
        <message>
            <source>update fields, tags and statuses</source>
            <translation>mettre à jour les champs, étiquettes et statuts</translation>
        </message>
        <message>
            <source>read sources, properties and hiring processes</source>
            <translation>lire les sources, propriétés et processus de recrutement</translation>
        </message>
        <message>
            <source>show the notes already on a candidate</source>
            <translation>afficher les notes déjà présentes sur un candidat</translation>
        </message>
        <message>
            <source>create candidates</source>
            <translation>créer des candidats</translation>
        </message>
        <message>
            <source>write outreach as notes</source>
            <translation>écrire la prospection sous forme de notes</translation>
        </message>
        <message>
            <source>hear about stage changes at once instead of polling</source>
            <translation>être informé immédiatement des changements de phase au lieu d'interroger régulièrement</translation>
        </message>
        <message>
            <source>Checked by “Insert test candidate”: there is no way to try it without creating something.</source>
            <translation>Vérifié par « Insérer un candidat de test » : impossible de le tester sans créer quelque chose.</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>La vérification a été annulée.</translation>
        </message>
        <message>
            <source>Every permission Sourcedesk needs is there.</source>
            <translation>Toutes les autorisations nécessaires à Sourcedesk sont présentes.</translation>
        </message>
        <message>
            <source>Missing: %1. Ask your SmartRecruiters administrator to add these scopes to the OAuth app (or a role that allows them), then connect again.</source>
            <translation>Manquant : %1. Demandez à votre administrateur SmartRecruiters d'ajouter ces scopes à l'application OAuth (ou à un rôle qui les autorise), puis reconnectez-vous.</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::TestCandidate</name>
        <message>
            <source>Test Candidate (delete me)</source>
            <translation>Candidat de test (à supprimer)</translation>
        </message>
        <message>
            <source>The test candidate could not be created: %1</source>
            <translation>Impossible de créer le candidat de test : %1</translation>
        </message>
        <message>
            <source>Sourcedesk integration test: this candidate was created by “Test integration” and can be deleted.</source>
            <translation>Test d'intégration Sourcedesk : ce candidat a été créé par « Tester l'intégration » et peut être supprimé.</translation>
        </message>
        <message>
            <source>Created “%1” on the job with a note. Delete it in SmartRecruiters when you are done.</source>
            <translation>« %1 » a été créé sur le poste avec une note. Supprimez-le dans SmartRecruiters une fois terminé.</translation>
        </message>
        <message>
            <source>Created “%1” on the job, but the note could not be written: %2</source>
            <translation>« %1 » a été créé sur le poste, mais la note n'a pas pu être écrite : %2</translation>
        </message>
    </context>
    <context>
        <name>sd::outreach</name>
        <message>
            <source>Not sent: %1 would be empty or unknown for %2.</source>
            <translation>Non envoyé : %1 serait vide ou inconnu pour %2.</translation>
        </message>
    </context>
    <context>
        <name>sd::outreach::OutreachService</name>
        <message numerus="yes">
            <source>%n email(s) sent</source>
            <translation>
                <numerusform>%n e-mail envoyé</numerusform>
                <numerusform>%n e-mails envoyés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reply(s)</source>
            <translation>
                <numerusform>%n réponse</numerusform>
                <numerusform>%n réponses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bounce(s)</source>
            <translation>
                <numerusform>%n rebond</numerusform>
                <numerusform>%n rebonds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsubscribe(s)</source>
            <translation>
                <numerusform>%n désabonnement</numerusform>
                <numerusform>%n désabonnements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new task(s)</source>
            <translation>
                <numerusform>%n nouvelle tâche</numerusform>
                <numerusform>%n nouvelles tâches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paused: empty placeholder</source>
            <translation>
                <numerusform>%n en pause : variable vide</numerusform>
                <numerusform>%n en pause : variable vide</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::policy::Policy</name>
        <message>
            <source>your administrator</source>
            <translation>votre administrateur</translation>
        </message>
        <message>
            <source>Locked by %1 (company policy)</source>
            <translation>Verrouillé par %1 (politique de l'entreprise)</translation>
        </message>
        <message>
            <source>Set by %1 (company policy)</source>
            <translation>Défini par %1 (politique de l'entreprise)</translation>
        </message>
        <message>
            <source>The company policy file was ignored as a whole because it is not valid: %1</source>
            <translation>Le fichier de politique de l'entreprise a été entièrement ignoré, car il n'est pas valide : %1</translation>
        </message>
        <message>
            <source>Company policy in force, set by %1 (%2).</source>
            <translation>Politique de l'entreprise en vigueur, définie par %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>sd::policy::PolicyParser</name>
        <message>
            <source>unknown key "%1"; expected one of %2</source>
            <translation>clé inconnue « %1 » ; attendu : l'une de %2</translation>
        </message>
        <message>
            <source>"value" is missing</source>
            <translation>"value" est manquant</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>doit valoir true ou false</translation>
        </message>
        <message>
            <source>must be an object of setting keys</source>
            <translation>doit être un objet de clés de paramètres</translation>
        </message>
        <message>
            <source>"%1" is not a web address</source>
            <translation>« %1 » n'est pas une adresse web</translation>
        </message>
        <message>
            <source>"%1" must use https</source>
            <translation>« %1 » doit utiliser https</translation>
        </message>
        <message>
            <source>"%1" must be a plain address, without user, query or fragment</source>
            <translation>« %1 » doit être une adresse simple, sans utilisateur, requête ni fragment</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>doit être un objet</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>doit être une chaîne</translation>
        </message>
        <message>
            <source>must be a client id without spaces</source>
            <translation>doit être un ID client sans espaces</translation>
        </message>
        <message>
            <source>must be a non-empty list of sign-in methods (%1)</source>
            <translation>doit être une liste non vide de méthodes de connexion (%1)</translation>
        </message>
        <message>
            <source>must be one of %1</source>
            <translation>doit être l'une des valeurs suivantes : %1</translation>
        </message>
        <message>
            <source>must be the format version, %1</source>
            <translation>doit être la version du format, %1</translation>
        </message>
        <message>
            <source>format version %1 is for a newer Sourcedesk; this one reads %2</source>
            <translation>la version de format %1 est destinée à un Sourcedesk plus récent ; celui-ci lit la version %2</translation>
        </message>
        <message>
            <source>must be a non-empty string naming who set the policy</source>
            <translation>doit être une chaîne non vide indiquant qui a défini la politique</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>JSON non valide : %1</translation>
        </message>
        <message>
            <source>the policy must be a JSON object</source>
            <translation>la politique doit être un objet JSON</translation>
        </message>
        <message>
            <source>the file is too large for a policy</source>
            <translation>le fichier est trop volumineux pour une politique</translation>
        </message>
    </context>
    <context>
        <name>sd::sample</name>
        <message>
            <source>Sample: Senior Backend Engineers</source>
            <translation>Exemple : Ingénieurs backend seniors</translation>
        </message>
        <message>
            <source>Sample data to explore Sourcedesk. Remove it from Settings or the campaign's menu.</source>
            <translation>Données d'exemple pour découvrir Sourcedesk. Supprimez-les depuis les Paramètres ou le menu de la campagne.</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Données d'exemple</translation>
        </message>
        <message>
            <source>Backend role at a growing team</source>
            <translation>Poste backend dans une équipe en croissance</translation>
        </message>
        <message>
            <source>Hi %1, I came across your profile and would love to tell you about a role.</source>
            <translation>Bonjour %1, j'ai découvert votre profil et j'aimerais beaucoup vous parler d'un poste.</translation>
        </message>
        <message>
            <source>Re: Backend role at a growing team</source>
            <translation>Re: Poste backend dans une équipe en croissance</translation>
        </message>
        <message>
            <source>Thanks for reaching out. Happy to talk next week.</source>
            <translation>Merci de votre message. Avec plaisir pour en discuter la semaine prochaine.</translation>
        </message>
    </context>
    <context>
        <name>sd::sr::ApiError</name>
        <message>
            <source>SmartRecruiters no longer accepts this connection. Reconnect in Settings → Integration.</source>
            <translation>SmartRecruiters n'accepte plus cette connexion. Reconnectez-vous dans Paramètres → Intégration.</translation>
        </message>
        <message>
            <source>The SmartRecruiters connection lacks a permission this action needs. Reconnect and allow it.</source>
            <translation>Il manque à la connexion SmartRecruiters une autorisation requise pour cette action. Reconnectez-vous et accordez-la.</translation>
        </message>
        <message>
            <source>The SmartRecruiters connection lacks the permission “%1”. Ask your admin to add it, then reconnect.</source>
            <translation>Il manque à la connexion SmartRecruiters l'autorisation « %1 ». Demandez à votre administrateur de l'ajouter, puis reconnectez-vous.</translation>
        </message>
        <message>
            <source>Your SmartRecruiters account is not allowed to do this (%1). Ask a SmartRecruiters admin for access.</source>
            <translation>Votre compte SmartRecruiters n'est pas autorisé à effectuer cette action (%1). Demandez l'accès à un administrateur SmartRecruiters.</translation>
        </message>
        <message>
            <source>SmartRecruiters could not find it (%1); it may have been deleted or you may not have access.</source>
            <translation>SmartRecruiters ne trouve pas l'élément (%1) ; il a peut-être été supprimé ou vous n'y avez pas accès.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the field “%1”: %2</source>
            <translation>SmartRecruiters a refusé le champ « %1 » : %2</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the data: %1</source>
            <translation>SmartRecruiters a refusé les données : %1</translation>
        </message>
        <message>
            <source>SmartRecruiters is limiting requests right now. Sourcedesk will try again shortly.</source>
            <translation>SmartRecruiters limite actuellement les requêtes. Sourcedesk réessaiera sous peu.</translation>
        </message>
        <message>
            <source>SmartRecruiters had a problem (HTTP %1). Try again in a few minutes.</source>
            <translation>SmartRecruiters a rencontré un problème (HTTP %1). Réessayez dans quelques minutes.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the request (HTTP %1%2).</source>
            <translation>SmartRecruiters a refusé la requête (HTTP %1%2).</translation>
        </message>
        <message>
            <source>SmartRecruiters did not answer in time. Check your connection; Sourcedesk will try again.</source>
            <translation>SmartRecruiters n'a pas répondu à temps. Vérifiez votre connexion ; Sourcedesk réessaiera.</translation>
        </message>
        <message>
            <source>The secure connection to SmartRecruiters failed (%1). Check the system date and any proxy that inspects traffic.</source>
            <translation>La connexion sécurisée à SmartRecruiters a échoué (%1). Vérifiez la date du système et tout proxy qui inspecte le trafic.</translation>
        </message>
        <message>
            <source>Cannot reach SmartRecruiters (%1). Check your internet connection.</source>
            <translation>Impossible de joindre SmartRecruiters (%1). Vérifiez votre connexion Internet.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message numerus="yes">
            <source>SmartRecruiters did not answer within %n second(s). Check your connection and try again.</source>
            <translation>
                <numerusform>SmartRecruiters n'a pas répondu dans un délai de %n seconde. Vérifiez votre connexion et réessayez.</numerusform>
                <numerusform>SmartRecruiters n'a pas répondu dans un délai de %n secondes. Vérifiez votre connexion et réessayez.</numerusform>
            </translation>
        </message>
        <message>
            <source>SmartRecruiters sent an answer Sourcedesk cannot read (%1: %2). Please report this.</source>
            <translation>SmartRecruiters a envoyé une réponse que Sourcedesk ne peut pas lire (%1 : %2). Merci de signaler ce problème.</translation>
        </message>
    </context>
    <context>
        <name>sd::sr::ApiKeyCredential</name>
        <message>
            <source>The API key was refused. Enter a valid key in Settings → Integration.</source>
            <translation>La clé API a été refusée. Saisissez une clé valide dans Paramètres → Intégration.</translation>
        </message>
    </context>
    <context>
        <name>sd::sr::Hosts</name>
        <message>
            <source>“%1” is not a web address such as https://api.smartrecruiters.com.</source>
            <translation>« %1 » n'est pas une adresse web telle que https://api.smartrecruiters.com.</translation>
        </message>
        <message>
            <source>“%1” must start with https://.</source>
            <translation>« %1 » doit commencer par https://.</translation>
        </message>
        <message>
            <source>“%1” must use https://: only this computer's own test server (localhost) may use plain http.</source>
            <translation>« %1 » doit utiliser https:// : seul le serveur de test de cet ordinateur (localhost) peut utiliser http non chiffré.</translation>
        </message>
        <message>
            <source>“%1” must be a plain base address, without user name, query or fragment.</source>
            <translation>« %1 » doit être une simple adresse de base, sans nom d'utilisateur, requête ni fragment.</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync</name>
        <message>
            <source>The stage is not in the SmartRecruiters stage list; refresh the stages.</source>
            <translation>La phase ne figure pas dans la liste des phases SmartRecruiters ; actualisez les phases.</translation>
        </message>
        <message>
            <source>The stage is not mapped to a pipeline status.</source>
            <translation>La phase n'est associée à aucun statut du pipeline.</translation>
        </message>
        <message>
            <source>The stage was renamed or removed in SmartRecruiters; review its mapping.</source>
            <translation>La phase a été renommée ou supprimée dans SmartRecruiters ; vérifiez sa correspondance.</translation>
        </message>
        <message>
            <source>The sub-status exists in several hiring processes with different mappings.</source>
            <translation>Le sous-statut existe dans plusieurs processus de recrutement avec des correspondances différentes.</translation>
        </message>
        <message>
            <source>The status was changed in Sourcedesk after the last SmartRecruiters change.</source>
            <translation>Le statut a été modifié dans Sourcedesk après la dernière modification dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>The application is no longer in SmartRecruiters.</source>
            <translation>La candidature ne figure plus dans SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::Stage</name>
        <message>
            <source>no longer in SmartRecruiters</source>
            <translation>ne figure plus dans SmartRecruiters</translation>
        </message>
        <message>
            <source>renamed from “%1” to “%2”</source>
            <translation>renommée de « %1 » en « %2 »</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::StageCatalog</name>
        <message>
            <source>Lead</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>En cours d'examen</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Offre faite</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Embauché</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>Transféré</translation>
        </message>
        <message>
            <source>These stages are not in the SmartRecruiters catalogue (refresh the stages first): %1</source>
            <translation>Ces phases ne figurent pas dans le catalogue SmartRecruiters (actualisez d'abord les phases) : %1</translation>
        </message>
        <message>
            <source>Map every SmartRecruiters stage to a pipeline status before saving. Not mapped: %1</source>
            <translation>Associez chaque phase SmartRecruiters à un statut du pipeline avant d'enregistrer. Non associées : %1</translation>
        </message>
        <message>
            <source>No SmartRecruiters stage %1.</source>
            <translation>Aucune phase SmartRecruiters %1.</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::StageSync</name>
        <message>
            <source>Stage sync has no start date: turn it off and on again.</source>
            <translation>La synchronisation des phases n'a pas de date de début : désactivez-la puis réactivez-la.</translation>
        </message>
        <message>
            <source>SmartRecruiters did not answer as expected.</source>
            <translation>SmartRecruiters n'a pas répondu comme prévu.</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::StageSyncScheduler</name>
        <message>
            <source>The connection to SmartRecruiters changed during the stage sync; it runs again at the next opportunity.</source>
            <translation>La connexion à SmartRecruiters a changé pendant la synchronisation des phases ; elle sera relancée à la prochaine occasion.</translation>
        </message>
        <message>
            <source>The stage sync time zone "%1" is not known here; %2 is used instead.</source>
            <translation>Le fuseau horaire « %1 » de la synchronisation des phases est inconnu ici ; %2 est utilisé à la place.</translation>
        </message>
        <message>
            <source>The stage sync settings could not be read: %1</source>
            <translation>Impossible de lire les paramètres de synchronisation des phases : %1</translation>
        </message>
        <message>
            <source>The last stage sync could not be read: %1</source>
            <translation>Impossible de lire la dernière synchronisation des phases : %1</translation>
        </message>
        <message>
            <source>Stage sync is turned off. Turn on "Synchronize hiring stages" on Settings → SmartRecruiters sync (team defaults) first.</source>
            <translation>La synchronisation des phases est désactivée. Activez d'abord « Synchroniser les phases de recrutement » dans Paramètres → Synchronisation SmartRecruiters (valeurs par défaut de l'équipe).</translation>
        </message>
        <message>
            <source>The stage sync is due but Sourcedesk is not connected to SmartRecruiters; it runs when the connection is back.</source>
            <translation>La synchronisation des phases est due, mais Sourcedesk n'est pas connecté à SmartRecruiters ; elle s'exécutera dès le retour de la connexion.</translation>
        </message>
        <message>
            <source>Not connected to SmartRecruiters. Connect on Settings → Integration: SmartRecruiters, then sync the stages again.</source>
            <translation>Non connecté à SmartRecruiters. Connectez-vous dans Paramètres → Intégration : SmartRecruiters, puis synchronisez à nouveau les phases.</translation>
        </message>
        <message>
            <source>The check for what is out of step failed: %1</source>
            <translation>La recherche des décalages a échoué : %1</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::StatusPushBack</name>
        <message>
            <source>No SmartRecruiters stage is mapped to this status, so it cannot be sent to SmartRecruiters.</source>
            <translation>Aucune phase SmartRecruiters n'est associée à ce statut ; il ne peut donc pas être envoyé à SmartRecruiters.</translation>
        </message>
        <message>
            <source>The SmartRecruiters stage %1 is not in the stage list any more.</source>
            <translation>La phase SmartRecruiters %1 ne figure plus dans la liste des phases.</translation>
        </message>
        <message>
            <source>The stage “%1” is mapped to another status.</source>
            <translation>La phase « %1 » est associée à un autre statut.</translation>
        </message>
        <message>
            <source>Several SmartRecruiters stages are mapped to this status; choose one: %1</source>
            <translation>Plusieurs phases SmartRecruiters sont associées à ce statut ; choisissez-en une : %1</translation>
        </message>
        <message>
            <source>The stage “%1” is %2; review the mapping first.</source>
            <translation>La phase « %1 » est %2 ; vérifiez d'abord la correspondance.</translation>
        </message>
        <message>
            <source>A reason can only be given for a rejection or a withdrawal.</source>
            <translation>Un motif ne peut être indiqué que pour un refus ou un retrait.</translation>
        </message>
        <message>
            <source>Choose a rejection reason.</source>
            <translation>Choisissez un motif de refus.</translation>
        </message>
        <message>
            <source>Choose a withdrawal reason.</source>
            <translation>Choisissez un motif de retrait.</translation>
        </message>
        <message>
            <source>The reasons could not be read from SmartRecruiters; try again.</source>
            <translation>Impossible de lire les motifs depuis SmartRecruiters ; réessayez.</translation>
        </message>
        <message>
            <source>This rejection reason is not (or no longer) in SmartRecruiters.</source>
            <translation>Ce motif de refus n'existe pas (ou plus) dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>This withdrawal reason is not (or no longer) in SmartRecruiters.</source>
            <translation>Ce motif de retrait n'existe pas (ou plus) dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>This candidate is not linked to a SmartRecruiters application of the campaign's job.</source>
            <translation>Ce candidat n'est lié à aucune candidature SmartRecruiters pour le poste de la campagne.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync</name>
        <message>
            <source>"%1" is not yes or no.</source>
            <translation>« %1 » n'est ni oui ni non.</translation>
        </message>
        <message>
            <source>"%1" is not a number.</source>
            <translation>« %1 » n'est pas un nombre.</translation>
        </message>
        <message>
            <source>"%1" is not an amount with a currency code, like "EUR 1200".</source>
            <translation>« %1 » n'est pas un montant avec un code de devise, comme « EUR 1200 ».</translation>
        </message>
        <message>
            <source>"%1" is not a date (YYYY-MM-DD).</source>
            <translation>« %1 » n'est pas une date (AAAA-MM-JJ).</translation>
        </message>
        <message>
            <source>"%1" is not a two-letter country code.</source>
            <translation>« %1 » n'est pas un code pays à deux lettres.</translation>
        </message>
        <message>
            <source>The SmartRecruiters candidate has no id.</source>
            <translation>Le candidat SmartRecruiters n'a pas d'identifiant.</translation>
        </message>
        <message>
            <source>%1 (%2) is already linked to another SmartRecruiters candidate (%3). Open their SmartRecruiters tab to check which one is right.</source>
            <translation>%1 (%2) est déjà lié à un autre candidat SmartRecruiters (%3). Ouvrez son onglet SmartRecruiters pour vérifier lequel est le bon.</translation>
        </message>
        <message>
            <source>SmartRecruiters candidate %1 has no name; it was not added.</source>
            <translation>Le candidat SmartRecruiters %1 n'a pas de nom ; il n'a pas été ajouté.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::AttachmentRunner</name>
        <message>
            <source>Uploaded when the candidate is created in SmartRecruiters.</source>
            <translation>Téléversé lors de la création du candidat dans SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::CompanyPolicy</name>
        <message>
            <source>true, false or a string</source>
            <translation>true, false ou une chaîne</translation>
        </message>
        <message>
            <source>a list of strings or a comma-separated string</source>
            <translation>une liste de chaînes ou une chaîne séparée par des virgules</translation>
        </message>
        <message>
            <source>a JSON array of rules or a string</source>
            <translation>un tableau JSON de règles ou une chaîne</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>une chaîne</translation>
        </message>
        <message>
            <source>%1: wrong type; expected %2</source>
            <translation>%1 : type incorrect ; attendu : %2</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::CreateRunner</name>
        <message>
            <source>Retry the job.</source>
            <translation>Réessayez l'opération.</translation>
        </message>
        <message>
            <source>A possible match in SmartRecruiters waits for review: %1</source>
            <translation>Une correspondance possible dans SmartRecruiters attend d'être vérifiée : %1</translation>
        </message>
        <message>
            <source>Open the review queue: link the candidate to the match, or mark them as different people.</source>
            <translation>Ouvrez la file de vérification : liez le candidat à la correspondance, ou indiquez qu'il s'agit de personnes différentes.</translation>
        </message>
        <message>
            <source>Mandatory fields are blank: %1.</source>
            <translation>Des champs obligatoires sont vides : %1.</translation>
        </message>
        <message>
            <source>Fill them in on the candidate, then retry.</source>
            <translation>Renseignez-les sur le candidat, puis réessayez.</translation>
        </message>
        <message>
            <source>Record the candidate's consent, then retry.</source>
            <translation>Enregistrez le consentement du candidat, puis réessayez.</translation>
        </message>
        <message>
            <source>same email %1, but the last name in SmartRecruiters is "%2"</source>
            <translation>même e-mail %1, mais le nom de famille dans SmartRecruiters est « %2 »</translation>
        </message>
        <message>
            <source>same name %1 %2, but another email (%3)</source>
            <translation>même nom %1 %2, mais un autre e-mail (%3)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>; in SmartRecruiters on "%1" (%2)</source>
            <translation> ; dans SmartRecruiters sur « %1 » (%2)</translation>
        </message>
        <message>
            <source>A possible match exists in SmartRecruiters: %1.</source>
            <translation>Une correspondance possible existe dans SmartRecruiters : %1.</translation>
        </message>
        <message>
            <source>Unlink the other Sourcedesk candidate, or skip this job.</source>
            <translation>Dissociez l'autre candidat Sourcedesk, ou ignorez cette opération.</translation>
        </message>
        <message>
            <source>The answer to the create was lost, and SmartRecruiters cannot be searched for talent-pool candidates: %1 may already exist there.</source>
            <translation>La réponse à la création a été perdue, et il est impossible de rechercher les candidats du vivier de talents dans SmartRecruiters : %1 y existe peut-être déjà.</translation>
        </message>
        <message>
            <source>Look for them in SmartRecruiters' talent pool: if they are there, skip this job and link them; if not, retry.</source>
            <translation>Recherchez-le dans le vivier de talents de SmartRecruiters : s'il y figure, ignorez cette opération et liez-le ; sinon, réessayez.</translation>
        </message>
        <message>
            <source>The source "%1" does not exist in SmartRecruiters; the connection's default source was used. Choose an existing source in the sync settings.</source>
            <translation>La source « %1 » n'existe pas dans SmartRecruiters ; la source par défaut de la connexion a été utilisée. Choisissez une source existante dans les paramètres de synchronisation.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::FieldMapping</name>
        <message>
            <source>text</source>
            <translation>texte</translation>
        </message>
        <message>
            <source>an email address</source>
            <translation>une adresse e-mail</translation>
        </message>
        <message>
            <source>a phone number</source>
            <translation>un numéro de téléphone</translation>
        </message>
        <message>
            <source>a web address</source>
            <translation>une adresse web</translation>
        </message>
        <message>
            <source>a two-letter country code</source>
            <translation>un code pays à deux lettres</translation>
        </message>
        <message>
            <source>a region code such as us-wa</source>
            <translation>un code de région tel que us-wa</translation>
        </message>
        <message>
            <source>a date</source>
            <translation>une date</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <source>yes or no</source>
            <translation>oui ou non</translation>
        </message>
        <message>
            <source>one of the property's values</source>
            <translation>l'une des valeurs de la propriété</translation>
        </message>
        <message>
            <source>an amount with a currency</source>
            <translation>un montant avec une devise</translation>
        </message>
        <message>
            <source>a SmartRecruiters user</source>
            <translation>un utilisateur SmartRecruiters</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Numéro de téléphone</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Code pays</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Intitulé du poste</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Property %1</source>
            <translation>Propriété %1</translation>
        </message>
        <message>
            <source>the field mapping is not valid JSON: %1</source>
            <translation>la correspondance des champs n'est pas un JSON valide : %1</translation>
        </message>
        <message>
            <source>offset %1</source>
            <translation>position %1</translation>
        </message>
        <message>
            <source>the field mapping must be a JSON array of rules</source>
            <translation>la correspondance des champs doit être un tableau JSON de règles</translation>
        </message>
        <message>
            <source>entry %1</source>
            <translation>entrée %1</translation>
        </message>
        <message>
            <source>entry %1 (%2)</source>
            <translation>entrée %1 (%2)</translation>
        </message>
        <message>
            <source>each rule must be an object with srField, source and rule</source>
            <translation>chaque règle doit être un objet avec srField, source et rule</translation>
        </message>
        <message>
            <source>srField is missing</source>
            <translation>srField est manquant</translation>
        </message>
        <message>
            <source>%1 is not a SmartRecruiters candidate field; use a standard field or property:&lt;id&gt;</source>
            <translation>%1 n'est pas un champ candidat SmartRecruiters ; utilisez un champ standard ou property:&lt;id&gt;</translation>
        </message>
        <message>
            <source>%1 is mapped twice</source>
            <translation>%1 est associé deux fois</translation>
        </message>
        <message>
            <source>source is missing</source>
            <translation>source est manquant</translation>
        </message>
        <message>
            <source>rule must be "always" or "ifBlank", not "%1"</source>
            <translation>rule doit valoir "always" ou "ifBlank", et non "%1"</translation>
        </message>
        <message>
            <source>there is no candidate property with id %1 in SmartRecruiters</source>
            <translation>il n'existe aucune propriété de candidat avec l'ID %1 dans SmartRecruiters</translation>
        </message>
        <message>
            <source>property type %1 is not supported</source>
            <translation>le type de propriété %1 n'est pas pris en charge</translation>
        </message>
        <message>
            <source>not a SmartRecruiters candidate field</source>
            <translation>pas un champ candidat SmartRecruiters</translation>
        </message>
        <message>
            <source>mapped more than once; only the first rule counts</source>
            <translation>associé plusieurs fois ; seule la première règle compte</translation>
        </message>
        <message>
            <source>%1 is not a Sourcedesk field</source>
            <translation>%1 n'est pas un champ Sourcedesk</translation>
        </message>
        <message>
            <source>unknown placeholder {%1}</source>
            <translation>variable inconnue {%1}</translation>
        </message>
        <message>
            <source>SmartRecruiters expects %1 here, but %2 holds %3</source>
            <translation>SmartRecruiters attend ici %1, mais %2 contient %3</translation>
        </message>
        <message>
            <source>"%1" is not %2</source>
            <translation>« %1 » n'est pas %2</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::JobOutcome</name>
        <message>
            <source>Connect to SmartRecruiters again in Settings → Integration; waiting jobs then continue.</source>
            <translation>Reconnectez-vous à SmartRecruiters dans Paramètres → Intégration ; les opérations en attente reprendront ensuite.</translation>
        </message>
        <message>
            <source>Ask your SmartRecruiters admin to grant the missing permission, connect again, then retry.</source>
            <translation>Demandez à votre administrateur SmartRecruiters d'accorder l'autorisation manquante, reconnectez-vous, puis réessayez.</translation>
        </message>
        <message>
            <source>Your SmartRecruiters user may not do this: ask an admin, or skip the job.</source>
            <translation>Votre utilisateur SmartRecruiters n'est pas autorisé à effectuer cette action : contactez un administrateur, ou ignorez l'opération.</translation>
        </message>
        <message>
            <source>The record no longer exists in SmartRecruiters: unlink the candidate or skip the job.</source>
            <translation>L'enregistrement n'existe plus dans SmartRecruiters : dissociez le candidat ou ignorez l'opération.</translation>
        </message>
        <message>
            <source>Correct the candidate's data in Sourcedesk, then retry.</source>
            <translation>Corrigez les données du candidat dans Sourcedesk, puis réessayez.</translation>
        </message>
        <message>
            <source>Correct "%1" on the candidate in Sourcedesk, then retry.</source>
            <translation>Corrigez « %1 » sur le candidat dans Sourcedesk, puis réessayez.</translation>
        </message>
        <message>
            <source>Check the connection in Settings → Integration, then retry.</source>
            <translation>Vérifiez la connexion dans Paramètres → Intégration, puis réessayez.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::JobRunner</name>
        <message>
            <source>Retry the job.</source>
            <translation>Réessayez l'opération.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::LinkRunner</name>
        <message>
            <source>Nothing to link.</source>
            <translation>Rien à lier.</translation>
        </message>
        <message>
            <source>%1 %2 already exists in SmartRecruiters and is not on the job "%3". SmartRecruiters' API cannot add an existing candidate to a job, and Sourcedesk does not create a second profile.</source>
            <translation>%1 %2 existe déjà dans SmartRecruiters et n'est pas associé au poste « %3 ». L'API de SmartRecruiters ne permet pas d'ajouter un candidat existant à un poste, et Sourcedesk ne crée pas de second profil.</translation>
        </message>
        <message>
            <source>Open the candidate in SmartRecruiters and add them to the job, then retry (or skip) this job.</source>
            <translation>Ouvrez le candidat dans SmartRecruiters et ajoutez-le au poste, puis réessayez (ou ignorez) cette opération.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::NoteRunner</name>
        <message>
            <source>Written when the candidate is created in SmartRecruiters.</source>
            <translation>Écrite lors de la création du candidat dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>No email to find the candidate in SmartRecruiters by.</source>
            <translation>Aucun e-mail permettant de retrouver le candidat dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>No matching candidate in SmartRecruiters yet.</source>
            <translation>Aucun candidat correspondant dans SmartRecruiters pour l'instant.</translation>
        </message>
        <message>
            <source>The answer to this note was lost, and only a SmartRecruiters administrator may list notes to check whether it was written.</source>
            <translation>La réponse à cette note a été perdue, et seul un administrateur SmartRecruiters peut lister les notes pour vérifier si elle a été écrite.</translation>
        </message>
        <message>
            <source>Look at the candidate's notes in SmartRecruiters: skip this job if the note is there, retry it if not.</source>
            <translation>Consultez les notes du candidat dans SmartRecruiters : ignorez cette opération si la note y figure, sinon réessayez-la.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::Outbox</name>
        <message>
            <source>Create candidate</source>
            <translation>Créer le candidat</translation>
        </message>
        <message>
            <source>Put on job</source>
            <translation>Associer au poste</translation>
        </message>
        <message>
            <source>Update fields</source>
            <translation>Mettre à jour les champs</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Ajouter une note</translation>
        </message>
        <message>
            <source>Set tags</source>
            <translation>Définir les étiquettes</translation>
        </message>
        <message>
            <source>Upload attachment</source>
            <translation>Téléverser une pièce jointe</translation>
        </message>
        <message>
            <source>Set hiring status</source>
            <translation>Définir le statut de recrutement</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Envoi en cours</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>Nouvelle tentative</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Intervention requise</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ignoré</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Suspendu</translation>
        </message>
        <message>
            <source>A SmartRecruiters job needs a candidate.</source>
            <translation>Une opération SmartRecruiters nécessite un candidat.</translation>
        </message>
        <message>
            <source>Outbox job %1 does not exist.</source>
            <translation>L'opération %1 de la boîte d'envoi n'existe pas.</translation>
        </message>
        <message>
            <source>Only a job that waits or needs attention can be retried; job %1 is %2.</source>
            <translation>Seule une opération en attente ou nécessitant une intervention peut être réessayée ; l'opération %1 est %2.</translation>
        </message>
        <message>
            <source>Job %1 is %2 and cannot be skipped.</source>
            <translation>L'opération %1 est %2 et ne peut pas être ignorée.</translation>
        </message>
        <message>
            <source>Outbox job %1 was taken over by another Sourcedesk after its lease ran out.</source>
            <translation>L'opération %1 de la boîte d'envoi a été reprise par une autre instance de Sourcedesk après l'expiration de son bail.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::PreviewRunner</name>
        <message>
            <source>A possible match in SmartRecruiters waits for review: %1</source>
            <translation>Une correspondance possible dans SmartRecruiters attend d'être vérifiée : %1</translation>
        </message>
        <message>
            <source>Create the candidate in the talent pool</source>
            <translation>Créer le candidat dans le vivier de talents</translation>
        </message>
        <message>
            <source>Create the candidate on the job "%1"</source>
            <translation>Créer le candidat sur le poste « %1 »</translation>
        </message>
        <message>
            <source>The source "%1" is checked against SmartRecruiters' sources when the push runs; an unknown one falls back to the connection's default.</source>
            <translation>La source « %1 » est vérifiée par rapport aux sources de SmartRecruiters lors du transfert ; une source inconnue est remplacée par celle par défaut de la connexion.</translation>
        </message>
        <message>
            <source>Update the linked SmartRecruiters candidate</source>
            <translation>Mettre à jour le candidat SmartRecruiters lié</translation>
        </message>
        <message>
            <source>Not connected: SmartRecruiters' current values could not be read.</source>
            <translation>Non connecté : les valeurs actuelles de SmartRecruiters n'ont pas pu être lues.</translation>
        </message>
        <message>
            <source>"Sync manual contact updates" is off: edits are not sent on their own.</source>
            <translation>« Synchroniser les mises à jour manuelles des contacts » est désactivé : les modifications ne sont pas envoyées d'elles-mêmes.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::Reconciler</name>
        <message>
            <source>%1 is %2 in the campaign but not in SmartRecruiters.</source>
            <translation>%1 est %2 dans la campagne mais pas dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>Push to SmartRecruiters</source>
            <translation>Transférer vers SmartRecruiters</translation>
        </message>
        <message>
            <source>A note for %1 waits until they are in SmartRecruiters.</source>
            <translation>Une note pour %1 attend que cette personne soit dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>%1 for %2: %3</source>
            <translation>%1 pour %2 : %3</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>%1 is %2 here but %3 in SmartRecruiters.</source>
            <translation>%1 est %2 ici mais %3 dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>Use SmartRecruiters' stage (%1)</source>
            <translation>Utiliser la phase SmartRecruiters (%1)</translation>
        </message>
        <message>
            <source>The SmartRecruiters stage is not mapped.</source>
            <translation>La phase SmartRecruiters n'est pas associée.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SettingsStore</name>
        <message>
            <source>not saved at "%1": %2</source>
            <translation>non enregistré pour « %1 » : %2</translation>
        </message>
        <message>
            <source>built-in defaults are not stored</source>
            <translation>les valeurs par défaut intégrées ne sont pas enregistrées</translation>
        </message>
        <message>
            <source>the team layer has no scope, got "%1"</source>
            <translation>le niveau équipe n'a pas de portée, reçu « %1 »</translation>
        </message>
        <message>
            <source>a user setting needs the user name</source>
            <translation>un paramètre utilisateur nécessite le nom d'utilisateur</translation>
        </message>
        <message>
            <source>the scope must be a positive id, got "%1"</source>
            <translation>la portée doit être un ID positif, reçu « %1 »</translation>
        </message>
        <message>
            <source>reading the sync settings</source>
            <translation>lecture des paramètres de synchronisation</translation>
        </message>
        <message>
            <source>saving the sync setting %1</source>
            <translation>enregistrement du paramètre de synchronisation %1</translation>
        </message>
        <message>
            <source>removing the sync setting %1</source>
            <translation>suppression du paramètre de synchronisation %1</translation>
        </message>
        <message>
            <source>not valid JSON at offset %1: %2</source>
            <translation>JSON non valide à la position %1 : %2</translation>
        </message>
        <message>
            <source>not a Sourcedesk sync settings file ("format" must be "%1")</source>
            <translation>pas un fichier de paramètres de synchronisation Sourcedesk ("format" doit valoir "%1")</translation>
        </message>
        <message>
            <source>"version" must be %1</source>
            <translation>"version" doit valoir %1</translation>
        </message>
        <message>
            <source>written by a newer Sourcedesk (format version %1; this version reads %2)</source>
            <translation>écrit par une version plus récente de Sourcedesk (version de format %1 ; cette version lit %2)</translation>
        </message>
        <message>
            <source>"layer" must be team, user, campaign or candidate, not "%1"</source>
            <translation>"layer" doit valoir team, user, campaign ou candidate, et non "%1"</translation>
        </message>
        <message>
            <source>"values" must be an object of settings</source>
            <translation>"values" doit être un objet de paramètres</translation>
        </message>
        <message>
            <source>%1: the value must be text</source>
            <translation>%1 : la valeur doit être du texte</translation>
        </message>
        <message>
            <source>%1: "locked" must be true or false</source>
            <translation>%1 : "locked" doit valoir true ou false</translation>
        </message>
        <message>
            <source>%1: only team settings can be locked</source>
            <translation>%1 : seuls les paramètres d'équipe peuvent être verrouillés</translation>
        </message>
        <message>
            <source>Only a team admin can change the team settings, field mappings and job status whitelist; ask your team admin.</source>
            <translation>Seul un administrateur d'équipe peut modifier les paramètres d'équipe, les correspondances de champs et la liste blanche des statuts de poste ; adressez-vous à l'administrateur de votre équipe.</translation>
        </message>
        <message>
            <source>Only a team admin can change the team settings, field mappings and job status whitelist; you are signed in as %1 (recruiter). Ask your team admin.</source>
            <translation>Seul un administrateur d'équipe peut modifier les paramètres d'équipe, les correspondances de champs et la liste blanche des statuts de poste ; vous êtes connecté en tant que %1 (recruteur). Adressez-vous à l'administrateur de votre équipe.</translation>
        </message>
        <message>
            <source>The team database refused the change: your role may not change settings at "%1" for this scope.</source>
            <translation>La base de données de l'équipe a refusé la modification : votre rôle ne permet pas de modifier les paramètres au niveau « %1 » pour cette portée.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::StatusRunner</name>
        <message>
            <source>Sent when the candidate is created in SmartRecruiters.</source>
            <translation>Envoyé lors de la création du candidat dans SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SyncPlanner</name>
        <message>
            <source>%1: "Add candidate to SmartRecruiters" is set to "Don't add".</source>
            <translation>%1 : « Ajouter le candidat à SmartRecruiters » est réglé sur « Ne pas ajouter ».</translation>
        </message>
        <message>
            <source>%1 has no application to update: the candidate is not in SmartRecruiters or the campaign is not linked to a job.</source>
            <translation>%1 n'a aucune candidature à mettre à jour : le candidat n'est pas dans SmartRecruiters ou la campagne n'est liée à aucun poste.</translation>
        </message>
        <message>
            <source>%1: the status was not pushed to SmartRecruiters: %2</source>
            <translation>%1 : le statut n'a pas été transféré vers SmartRecruiters : %2</translation>
        </message>
        <message>
            <source>Status in "%1" changed to %2.</source>
            <translation>Statut dans « %1 » passé à %2.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SyncRules</name>
        <message>
            <source>when added to the campaign</source>
            <translation>à l'ajout à la campagne</translation>
        </message>
        <message>
            <source>when they reply</source>
            <translation>en cas de réponse</translation>
        </message>
        <message>
            <source>when they are interested</source>
            <translation>si intéressé</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Notes are turned off for this kind of activity</source>
            <translation>Les notes sont désactivées pour ce type d'activité</translation>
        </message>
        <message>
            <source>Written to the SmartRecruiters candidate with the same email</source>
            <translation>Écrite sur le candidat SmartRecruiters ayant la même adresse e-mail</translation>
        </message>
        <message>
            <source>Notes go only to records Sourcedesk synced, and this candidate is never added to SmartRecruiters</source>
            <translation>Les notes ne vont qu'aux enregistrements synchronisés par Sourcedesk, et ce candidat n'est jamais ajouté à SmartRecruiters</translation>
        </message>
        <message>
            <source>This candidate is not in SmartRecruiters and is never added to it</source>
            <translation>Ce candidat n'est pas dans SmartRecruiters et n'y est jamais ajouté</translation>
        </message>
        <message>
            <source>Written when the candidate is created in SmartRecruiters (%1)</source>
            <translation>Écrite lors de la création du candidat dans SmartRecruiters (%1)</translation>
        </message>
        <message>
            <source>Notes go only to synced records, not to a record that merely has the same email.</source>
            <translation>Les notes ne vont qu'aux enregistrements synchronisés, pas à un enregistrement qui a simplement la même adresse e-mail.</translation>
        </message>
        <message>
            <source>Written once the candidate has been created in SmartRecruiters</source>
            <translation>Écrite une fois le candidat créé dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Nothing to send (blank in Sourcedesk)</source>
            <translation>Rien à envoyer (vide dans Sourcedesk)</translation>
        </message>
        <message>
            <source>New candidate in SmartRecruiters</source>
            <translation>Nouveau candidat dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Same value</source>
            <translation>Même valeur</translation>
        </message>
        <message>
            <source>SmartRecruiters takes this only when the candidate is created</source>
            <translation>SmartRecruiters ne prend cette valeur qu'à la création du candidat</translation>
        </message>
        <message>
            <source>SmartRecruiters is blank</source>
            <translation>Vide dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Always update</source>
            <translation>Toujours mettre à jour</translation>
        </message>
        <message>
            <source>Only update if blank: SmartRecruiters already has a value</source>
            <translation>Mettre à jour seulement si vide : SmartRecruiters a déjà une valeur</translation>
        </message>
        <message>
            <source>Consent is required before syncing, and this candidate's consent is: %1</source>
            <translation>Le consentement est exigé avant la synchronisation, et celui de ce candidat est : %1</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SyncSettings</name>
        <message>
            <source>Sync manual contact updates to SmartRecruiters</source>
            <translation>Synchroniser les mises à jour manuelles des contacts vers SmartRecruiters</translation>
        </message>
        <message>
            <source>Add candidate to SmartRecruiters</source>
            <translation>Ajouter le candidat à SmartRecruiters</translation>
        </message>
        <message>
            <source>Only add notes to synced records</source>
            <translation>Ajouter des notes uniquement aux enregistrements synchronisés</translation>
        </message>
        <message>
            <source>Displayed fields</source>
            <translation>Champs affichés</translation>
        </message>
        <message>
            <source>Mandatory fields</source>
            <translation>Champs obligatoires</translation>
        </message>
        <message>
            <source>Contact field mapping</source>
            <translation>Correspondance des champs de contact</translation>
        </message>
        <message>
            <source>Filterable fields</source>
            <translation>Champs filtrables</translation>
        </message>
        <message>
            <source>Create new notes from</source>
            <translation>Créer de nouvelles notes à partir de</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Texte de la note</translation>
        </message>
        <message>
            <source>Who sees the notes</source>
            <translation>Qui voit les notes</translation>
        </message>
        <message>
            <source>Share notes with these users</source>
            <translation>Partager les notes avec ces utilisateurs</translation>
        </message>
        <message>
            <source>Job status whitelist</source>
            <translation>Liste blanche des statuts de poste</translation>
        </message>
        <message>
            <source>Candidate source in SmartRecruiters</source>
            <translation>Source du candidat dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Tag candidates</source>
            <translation>Étiqueter les candidats</translation>
        </message>
        <message>
            <source>Require consent before syncing</source>
            <translation>Exiger le consentement avant la synchronisation</translation>
        </message>
        <message>
            <source>Consent text</source>
            <translation>Texte de consentement</translation>
        </message>
        <message>
            <source>Upload attachments</source>
            <translation>Téléverser les pièces jointes</translation>
        </message>
        <message>
            <source>Synchronize hiring stages</source>
            <translation>Synchroniser les phases de recrutement</translation>
        </message>
        <message>
            <source>Daily stage sync at</source>
            <translation>Synchronisation quotidienne des phases à</translation>
        </message>
        <message>
            <source>Stage sync time zone</source>
            <translation>Fuseau horaire de la synchronisation des phases</translation>
        </message>
        <message>
            <source>Stage sync since</source>
            <translation>Synchronisation des phases depuis</translation>
        </message>
        <message>
            <source>Only applications made after stage sync was turned on</source>
            <translation>Uniquement les candidatures déposées après l'activation de la synchronisation des phases</translation>
        </message>
        <message>
            <source>Push pipeline changes back to SmartRecruiters</source>
            <translation>Transférer les changements du pipeline vers SmartRecruiters</translation>
        </message>
        <message>
            <source>%1: unknown placeholder {%2}; use %3 or a candidate field such as {firstName}</source>
            <translation>%1 : variable inconnue {%2} ; utilisez %3 ou un champ du candidat tel que {firstName}</translation>
        </message>
        <message>
            <source>%1 must not be empty</source>
            <translation>%1 ne doit pas être vide</translation>
        </message>
        <message>
            <source>%1 must be "sourceTypeId/sourceSubTypeId/sourceId" (the middle part may be empty) or empty for SmartRecruiters' default source, not %2</source>
            <translation>%1 doit être « sourceTypeId/sourceSubTypeId/sourceId » (la partie centrale peut être vide) ou vide pour la source par défaut de SmartRecruiters, et non %2</translation>
        </message>
        <message>
            <source>%1 must be a time zone such as Europe/Paris, not %2</source>
            <translation>%1 doit être un fuseau horaire tel que Europe/Paris, et non %2</translation>
        </message>
        <message>
            <source>%1: %2 is not a valid id</source>
            <translation>%1 : %2 n'est pas un ID valide</translation>
        </message>
        <message>
            <source>%1: %2 is not allowed; choose from %3</source>
            <translation>%1 : %2 n'est pas autorisé ; choisissez parmi %3</translation>
        </message>
        <message>
            <source>Built-in default</source>
            <translation>Valeur par défaut intégrée</translation>
        </message>
        <message>
            <source>Team default</source>
            <translation>Valeur par défaut de l'équipe</translation>
        </message>
        <message>
            <source>Your setting</source>
            <translation>Votre paramètre</translation>
        </message>
        <message>
            <source>This campaign</source>
            <translation>Cette campagne</translation>
        </message>
        <message>
            <source>This candidate (Sync as)</source>
            <translation>Ce candidat (Synchroniser en tant que)</translation>
        </message>
        <message>
            <source>Unknown setting %1</source>
            <translation>Paramètre inconnu %1</translation>
        </message>
        <message>
            <source>%1 must be true or false, not %2</source>
            <translation>%1 doit valoir true ou false, et non %2</translation>
        </message>
        <message>
            <source>%1 must be one of %2, not %3</source>
            <translation>%1 doit être l'une des valeurs %2, et non %3</translation>
        </message>
        <message>
            <source>%1 must be a time as HH:mm (24-hour), not %2</source>
            <translation>%1 doit être une heure au format HH:mm (24 heures), et non %2</translation>
        </message>
        <message>
            <source>%1 must be a date as yyyy-MM-dd or empty, not %2</source>
            <translation>%1 doit être une date au format yyyy-MM-dd ou vide, et non %2</translation>
        </message>
        <message>
            <source>%1 cannot be set here (%2); the value is ignored</source>
            <translation>%1 ne peut pas être défini ici (%2) ; la valeur est ignorée</translation>
        </message>
        <message>
            <source>The built-in default of %1 cannot be changed</source>
            <translation>La valeur par défaut intégrée de %1 ne peut pas être modifiée</translation>
        </message>
        <message>
            <source>%1 (%2) can only be set by the team admin, not at "%3"</source>
            <translation>%1 (%2) ne peut être défini que par l'administrateur de l'équipe, et non au niveau « %3 »</translation>
        </message>
        <message>
            <source>%1 (%2) is locked by your team admin</source>
            <translation>%1 (%2) est verrouillé par l'administrateur de votre équipe</translation>
        </message>
        <message>
            <source>Company policy</source>
            <translation>Politique de l'entreprise</translation>
        </message>
        <message>
            <source>%1 (%2): %3; nobody can change it here</source>
            <translation>%1 (%2) : %3 ; personne ne peut le modifier ici</translation>
        </message>
        <message>
            <source>%1 (%2): %3, above the team defaults</source>
            <translation>%1 (%2) : %3, prioritaire sur les valeurs par défaut de l'équipe</translation>
        </message>
        <message>
            <source>%1 (%2) is locked by the team admin %3</source>
            <translation>%1 (%2) est verrouillé par l'administrateur d'équipe %3</translation>
        </message>
        <message>
            <source>Locked by the team admin</source>
            <translation>Verrouillé par l'administrateur de l'équipe</translation>
        </message>
        <message>
            <source>Locked by the team admin %1</source>
            <translation>Verrouillé par l'administrateur d'équipe %1</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SyncStore</name>
        <message>
            <source>SmartRecruiters candidate %1 is already linked to candidate %2 in Sourcedesk.</source>
            <translation>Le candidat SmartRecruiters %1 est déjà lié au candidat %2 dans Sourcedesk.</translation>
        </message>
        <message>
            <source>The possible match could not be queued for review.</source>
            <translation>La correspondance possible n'a pas pu être mise en file de vérification.</translation>
        </message>
        <message>
            <source>Review %1 does not exist or was already resolved.</source>
            <translation>La vérification %1 n'existe pas ou a déjà été résolue.</translation>
        </message>
        <message>
            <source>An attachment needs a file name and content.</source>
            <translation>Une pièce jointe nécessite un nom de fichier et un contenu.</translation>
        </message>
        <message>
            <source>Attachment %1 does not exist.</source>
            <translation>La pièce jointe %1 n'existe pas.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::TagsRunner</name>
        <message>
            <source>Tagged when the candidate is created in SmartRecruiters.</source>
            <translation>Étiqueté lors de la création du candidat dans SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::Templates</name>
        <message>
            <source>"{" at position %1 is never closed (write "{{" for a literal brace)</source>
            <translation>L'accolade "{" à la position %1 n'est jamais fermée (écrivez "{{" pour une accolade littérale)</translation>
        </message>
        <message>
            <source>"}" at position %1 has no matching "{" (write "}}" for a literal brace)</source>
            <translation>L'accolade "}" à la position %1 n'a pas de "{" correspondante (écrivez "}}" pour une accolade littérale)</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::UpdateRunner</name>
        <message>
            <source>Not in SmartRecruiters.</source>
            <translation>Pas dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>SmartRecruiters cannot update this field of an existing candidate.</source>
            <translation>SmartRecruiters ne peut pas mettre à jour ce champ d'un candidat existant.</translation>
        </message>
        <message>
            <source>The property no longer exists in SmartRecruiters.</source>
            <translation>La propriété n'existe plus dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>Only update if blank: SmartRecruiters already has a value.</source>
            <translation>Mettre à jour seulement si vide : SmartRecruiters a déjà une valeur.</translation>
        </message>
        <message>
            <source>Same value.</source>
            <translation>Même valeur.</translation>
        </message>
        <message>
            <source>Sent to the application on the job.</source>
            <translation>Envoyé à la candidature sur le poste.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::AnalyticsCharts</name>
        <message>
            <source>Added</source>
            <translation>Ajoutés</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Contactés</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Ont répondu</translation>
        </message>
        <message>
            <source>Interested</source>
            <translation>Intéressés</translation>
        </message>
        <message>
            <source>In SmartRecruiters</source>
            <translation>Dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Embauchés</translation>
        </message>
        <message>
            <source>No author</source>
            <translation>Aucun auteur</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>Semaine du %1</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 jours</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>No members were added in this range.</source>
            <translation>Aucun membre n'a été ajouté sur cette période.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Replied: %1 of the members added; interested: %2</source>
            <translation>Ont répondu : %1 des membres ajoutés ; intéressés : %2</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Taux de réponse</translation>
        </message>
        <message>
            <source>Interest rate</source>
            <translation>Taux d'intérêt</translation>
        </message>
        <message>
            <source>%1: %2 contacted, reply rate %3, interest rate %4</source>
            <translation>%1 : %2 contactés, taux de réponse %3, taux d'intérêt %4</translation>
        </message>
        <message>
            <source>Nobody was contacted in this range.</source>
            <translation>Personne n'a été contacté sur cette période.</translation>
        </message>
        <message>
            <source>Per day.</source>
            <translation>Par jour.</translation>
        </message>
        <message>
            <source>Per week.</source>
            <translation>Par semaine.</translation>
        </message>
        <message>
            <source>; </source>
            <translation> ; </translation>
        </message>
        <message>
            <source>Over the range: %1 contacted, %2 replied (%3), %4 interested (%5)</source>
            <translation>Sur la période : %1 contactés, %2 ont répondu (%3), %4 intéressés (%5)</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1 : %2 (%3)</translation>
        </message>
        <message>
            <source>No activities were logged in this range.</source>
            <translation>Aucune activité n'a été enregistrée sur cette période.</translation>
        </message>
        <message numerus="yes">
            <source>%n activities in all</source>
            <translation>
                <numerusform>%n activité au total</numerusform>
                <numerusform>%n activités au total</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody was reached out to in this range.</source>
            <translation>Personne n'a été approché sur cette période.</translation>
        </message>
        <message>
            <source>None of the %1 members reached out to has replied yet.</source>
            <translation>Aucun des %1 membres approchés n'a encore répondu.</translation>
        </message>
        <message>
            <source>%1 of %2 members replied (%3). Median %4, 90th percentile %5.</source>
            <translation>%1 membres sur %2 ont répondu (%3). Médiane %4, 90e centile %5.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Candidatures</translation>
        </message>
        <message>
            <source>No SmartRecruiters applications for the members added in this range.</source>
            <translation>Aucune candidature SmartRecruiters pour les membres ajoutés sur cette période.</translation>
        </message>
        <message>
            <source>%1 applications in SmartRecruiters</source>
            <translation>%1 candidatures dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Week starting</source>
            <translation>Début de la semaine</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Pourcentage</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::AnalyticsView</name>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (archivée)</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>Date range</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>Refresh the analytics</source>
            <translation>Actualiser les statistiques</translation>
        </message>
        <message>
            <source>Loading the analytics</source>
            <translation>Chargement des statistiques</translation>
        </message>
        <message>
            <source>Analytics status</source>
            <translation>État des statistiques</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Statistiques</translation>
        </message>
        <message>
            <source>Pipeline funnel</source>
            <translation>Entonnoir du pipeline</translation>
        </message>
        <message>
            <source>Reply and interest rates</source>
            <translation>Taux de réponse et d'intérêt</translation>
        </message>
        <message>
            <source>Activity per recruiter</source>
            <translation>Activité par recruteur</translation>
        </message>
        <message>
            <source>Time to first reply</source>
            <translation>Délai avant la première réponse</translation>
        </message>
        <message>
            <source>SmartRecruiters stages</source>
            <translation>Phases SmartRecruiters</translation>
        </message>
        <message>
            <source>Analytics charts</source>
            <translation>Graphiques des statistiques</translation>
        </message>
        <message>
            <source>&amp;Campaign:</source>
            <translation>&amp;Campagne :</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Période :</translation>
        </message>
        <message>
            <source>All campaigns</source>
            <translation>Toutes les campagnes</translation>
        </message>
        <message>
            <source>Which campaign the charts count: all of them or one</source>
            <translation>Campagne(s) prise(s) en compte par les graphiques : toutes ou une seule</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>90 derniers jours</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Cette année</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Depuis le début</translation>
        </message>
        <message>
            <source>The days the charts count, ending today</source>
            <translation>Jours pris en compte par les graphiques, jusqu'à aujourd'hui</translation>
        </message>
        <message>
            <source>Read the numbers again (F5)</source>
            <translation>Relire les chiffres (F5)</translation>
        </message>
        <message>
            <source>Campaign %1</source>
            <translation>Campagne %1</translation>
        </message>
        <message>
            <source>The analytics could not be read: %1 Press F5 to try again; if it keeps failing, reopen the workspace.</source>
            <translation>Impossible de lire les statistiques : %1 Appuyez sur F5 pour réessayer ; si l'échec persiste, rouvrez l'espace de travail.</translation>
        </message>
        <message>
            <source>Loading the analytics…</source>
            <translation>Chargement des statistiques…</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::BrowserLogin</name>
        <message>
            <source>The sign-in took too long and was stopped. Sourcedesk is not connected; try again.</source>
            <translation>La connexion a pris trop de temps et a été interrompue. Sourcedesk n'est pas connecté ; réessayez.</translation>
        </message>
        <message>
            <source>Sourcedesk is not set up to connect to SmartRecruiters.</source>
            <translation>Sourcedesk n'est pas configuré pour se connecter à SmartRecruiters.</translation>
        </message>
        <message>
            <source>Connecting Sourcedesk to SmartRecruiters…</source>
            <translation>Connexion de Sourcedesk à SmartRecruiters…</translation>
        </message>
        <message>
            <source>Sign in to SmartRecruiters</source>
            <translation>Se connecter à SmartRecruiters</translation>
        </message>
        <message>
            <source>Sign-in status</source>
            <translation>État de la connexion</translation>
        </message>
        <message>
            <source>&amp;Open the browser again</source>
            <translation>&amp;Rouvrir le navigateur</translation>
        </message>
        <message>
            <source>Open the sign-in page again</source>
            <translation>Rouvrir la page de connexion</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>A&amp;nnuler</translation>
        </message>
        <message>
            <source>Cancel the sign-in</source>
            <translation>Annuler la connexion</translation>
        </message>
        <message>
            <source>The sign-in was cancelled. Sourcedesk is not connected to SmartRecruiters.</source>
            <translation>La connexion a été annulée. Sourcedesk n'est pas connecté à SmartRecruiters.</translation>
        </message>
        <message>
            <source>Sign in to SmartRecruiters in your web browser and choose Allow. This window closes by itself when you are done.</source>
            <translation>Connectez-vous à SmartRecruiters dans votre navigateur et choisissez Autoriser. Cette fenêtre se ferme automatiquement une fois terminé.</translation>
        </message>
        <message>
            <source>Sourcedesk could not open a web browser. Set a default web browser and try again.</source>
            <translation>Sourcedesk n'a pas pu ouvrir de navigateur web. Définissez un navigateur par défaut et réessayez.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CampaignDetailView</name>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>Campaign description</source>
            <translation>Description de la campagne</translation>
        </message>
        <message>
            <source>Show members with status</source>
            <translation>Afficher les membres avec le statut</translation>
        </message>
        <message>
            <source>Campaign members</source>
            <translation>Membres de la campagne</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Définir le statut</translation>
        </message>
        <message>
            <source>Set &amp;status</source>
            <translation>Définir le &amp;statut</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>&amp;Add candidates…</source>
            <translation>&amp;Ajouter des candidats…</translation>
        </message>
        <message>
            <source>&amp;Remove from campaign</source>
            <translation>&amp;Retirer de la campagne</translation>
        </message>
        <message>
            <source>&amp;Log activity…</source>
            <translation>&amp;Enregistrer une activité…</translation>
        </message>
        <message>
            <source>&amp;Open profile</source>
            <translation>&amp;Ouvrir le profil</translation>
        </message>
        <message>
            <source>Mark as %1</source>
            <translation>Marquer comme %1</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Afficher :</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>The members could not be loaded: %1</source>
            <translation>Impossible de charger les membres : %1</translation>
        </message>
        <message>
            <source>No campaign selected</source>
            <translation>Aucune campagne sélectionnée</translation>
        </message>
        <message>
            <source>Choose a campaign on the left, or create one with File → New campaign.</source>
            <translation>Choisissez une campagne à gauche, ou créez-en une avec Fichier → Nouvelle campagne.</translation>
        </message>
        <message>
            <source>(sample)</source>
            <translation>(exemple)</translation>
        </message>
        <message>
            <source>(archived)</source>
            <translation>(archivée)</translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Ajouter à la campagne</translation>
        </message>
        <message>
            <source>Add candidates to “%1”</source>
            <translation>Ajouter des candidats à « %1 »</translation>
        </message>
        <message>
            <source>Add candidates</source>
            <translation>Ajouter des candidats</translation>
        </message>
        <message>
            <source>The candidates could not be added: %1</source>
            <translation>Impossible d'ajouter les candidats : %1</translation>
        </message>
        <message>
            <source>Remove from campaign</source>
            <translation>Retirer de la campagne</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n people from “%1”? Their candidate records and activities stay in the workspace.</source>
            <translation>
                <numerusform>Retirer %n personne de « %1 » ? Sa fiche candidat et ses activités restent dans l'espace de travail.</numerusform>
                <numerusform>Retirer %n personnes de « %1 » ? Leurs fiches candidats et leurs activités restent dans l'espace de travail.</numerusform>
            </translation>
        </message>
        <message>
            <source>The status could not be changed: %1</source>
            <translation>Impossible de modifier le statut : %1</translation>
        </message>
        <message>
            <source>Se&amp;quence…</source>
            <translation>Sé&amp;quence…</translation>
        </message>
        <message>
            <source>&amp;Enroll in sequence…</source>
            <translation>&amp;Inscrire dans la séquence…</translation>
        </message>
        <message numerus="yes">
            <source>%n people removed from “%1”</source>
            <translation>
                <numerusform>%n personne retirée de « %1 »</numerusform>
                <numerusform>%n personnes retirées de « %1 »</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people back in the campaign</source>
            <translation>
                <numerusform>%n personne de retour dans la campagne</numerusform>
                <numerusform>%n personnes de retour dans la campagne</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people marked %1</source>
            <translation>
                <numerusform>%n personne marquée %1</numerusform>
                <numerusform>%n personnes marquées %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statuses put back</source>
            <translation>
                <numerusform>%n statut rétabli</numerusform>
                <numerusform>%n statuts rétablis</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n changed again since: left as they are)</source>
            <translation>
                <numerusform>(%n modifié à nouveau entre-temps : laissé tel quel)</numerusform>
                <numerusform>(%n modifiés à nouveau entre-temps : laissés tels quels)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CampaignDialog</name>
        <message>
            <source>Campaign name</source>
            <translation>Nom de la campagne</translation>
        </message>
        <message>
            <source>Campaign description</source>
            <translation>Description de la campagne</translation>
        </message>
        <message>
            <source>Campaign owner</source>
            <translation>Responsable de la campagne</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Edit campaign</source>
            <translation>Modifier la campagne</translation>
        </message>
        <message>
            <source>New campaign</source>
            <translation>Nouvelle campagne</translation>
        </message>
        <message>
            <source>e.g. Senior backend engineers, Berlin</source>
            <translation>par ex. Ingénieurs backend seniors, Berlin</translation>
        </message>
        <message>
            <source>What the role is, who you are looking for, notes for the team</source>
            <translation>Description du poste, profil recherché, notes pour l'équipe</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Responsable :</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Boutons de la boîte de dialogue</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <source>Give the campaign a name.</source>
            <translation>Donnez un nom à la campagne.</translation>
        </message>
        <message>
            <source>A campaign named “%1” already exists. Choose another name.</source>
            <translation>Une campagne nommée « %1 » existe déjà. Choisissez un autre nom.</translation>
        </message>
        <message>
            <source>The campaign could not be saved: %1</source>
            <translation>Impossible d'enregistrer la campagne : %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CampaignPickerDialog</name>
        <message>
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <source>Choose a campaign</source>
            <translation>Choisir une campagne</translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Ajouter à la campagne</translation>
        </message>
        <message>
            <source>There are no active campaigns yet. Create one in the Campaigns view first.</source>
            <translation>Il n'y a pas encore de campagne active. Créez-en d'abord une dans la vue Campagnes.</translation>
        </message>
        <message>
            <source>No campaigns</source>
            <translation>Aucune campagne</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Boutons de la boîte de dialogue</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
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
            <translation>Poste SmartRecruiters</translation>
        </message>
        <message>
            <source>Campaign sync settings</source>
            <translation>Paramètres de synchronisation de la campagne</translation>
        </message>
        <message>
            <source>&amp;Link job…</source>
            <translation>&amp;Lier un poste…</translation>
        </message>
        <message>
            <source>Link this campaign to a SmartRecruiters job</source>
            <translation>Lier cette campagne à un poste SmartRecruiters</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Dissocier</translation>
        </message>
        <message>
            <source>Push to the talent pool instead of a job</source>
            <translation>Transférer vers le vivier de talents plutôt que vers un poste</translation>
        </message>
        <message>
            <source>Sync settings…</source>
            <translation>Paramètres de synchronisation…</translation>
        </message>
        <message>
            <source>This campaign's SmartRecruiters sync settings</source>
            <translation>Paramètres de synchronisation SmartRecruiters de cette campagne</translation>
        </message>
        <message>
            <source>Pre&amp;view push…</source>
            <translation>&amp;Aperçu du transfert…</translation>
        </message>
        <message>
            <source>Preview what a push would send</source>
            <translation>Prévisualiser ce qu'un transfert enverrait</translation>
        </message>
        <message>
            <source>&amp;Push selected to SmartRecruiters</source>
            <translation>&amp;Transférer la sélection vers SmartRecruiters</translation>
        </message>
        <message>
            <source>Push the selected members to SmartRecruiters</source>
            <translation>Transférer les membres sélectionnés vers SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Push to SmartRecruiters</source>
            <translation>&amp;Transférer vers SmartRecruiters</translation>
        </message>
        <message>
            <source>Create or update the selected members in SmartRecruiters now (%1)</source>
            <translation>Créer ou mettre à jour maintenant les membres sélectionnés dans SmartRecruiters (%1)</translation>
        </message>
        <message>
            <source>No campaign selected.</source>
            <translation>Aucune campagne sélectionnée.</translation>
        </message>
        <message>
            <source>The linked job could not be read: %1</source>
            <translation>Impossible de lire le poste lié : %1</translation>
        </message>
        <message>
            <source>Not linked to a job: candidates go to the talent pool.</source>
            <translation>Non lié à un poste : les candidats vont dans le vivier de talents.</translation>
        </message>
        <message>
            <source>Pushes to the talent pool (no job).</source>
            <translation>Transfère vers le vivier de talents (aucun poste).</translation>
        </message>
        <message>
            <source>Linked to the job “%1”.</source>
            <translation>Lié au poste « %1 ».</translation>
        </message>
        <message>
            <source>Uses your sync settings.</source>
            <translation>Utilise vos paramètres de synchronisation.</translation>
        </message>
        <message numerus="yes">
            <source>%n sync settings changed for this campaign.</source>
            <translation>
                <numerusform>%n paramètre de synchronisation modifié pour cette campagne.</numerusform>
                <numerusform>%n paramètres de synchronisation modifiés pour cette campagne.</numerusform>
            </translation>
        </message>
        <message>
            <source>Link job</source>
            <translation>Lier un poste</translation>
        </message>
        <message>
            <source>The job could not be linked: %1</source>
            <translation>Impossible de lier le poste : %1</translation>
        </message>
        <message>
            <source>Unlink job</source>
            <translation>Dissocier le poste</translation>
        </message>
        <message>
            <source>Unlink “%1” from its SmartRecruiters job? Candidates pushed from now on go to the talent pool; those already in SmartRecruiters stay where they are.</source>
            <translation>Dissocier « %1 » de son poste SmartRecruiters ? Les candidats transférés à partir de maintenant iront dans le vivier de talents ; ceux déjà dans SmartRecruiters restent où ils sont.</translation>
        </message>
        <message>
            <source>Push to SmartRecruiters</source>
            <translation>Transférer vers SmartRecruiters</translation>
        </message>
        <message>
            <source>Nothing was queued: %1</source>
            <translation>Rien n'a été mis en file d'attente : %1</translation>
        </message>
        <message>
            <source>Queued; it goes to SmartRecruiters once you are connected (Settings → Integration).</source>
            <translation>En file d'attente ; l'envoi vers SmartRecruiters aura lieu dès que vous serez connecté (Paramètres → Intégration).</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CampaignsView</name>
        <message>
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <source>Show &amp;archived</source>
            <translation>Afficher les &amp;archivées</translation>
        </message>
        <message>
            <source>Show archived campaigns</source>
            <translation>Afficher les campagnes archivées</translation>
        </message>
        <message>
            <source>&amp;New campaign…</source>
            <translation>&amp;Nouvelle campagne…</translation>
        </message>
        <message>
            <source>&amp;Edit name and description…</source>
            <translation>&amp;Modifier le nom et la description…</translation>
        </message>
        <message>
            <source>Arc&amp;hive</source>
            <translation>Arc&amp;hiver</translation>
        </message>
        <message>
            <source>&amp;Delete campaign…</source>
            <translation>&amp;Supprimer la campagne…</translation>
        </message>
        <message>
            <source>Remove sample data…</source>
            <translation>Supprimer les données d'exemple…</translation>
        </message>
        <message>
            <source>Show &amp;archived campaigns</source>
            <translation>Afficher les campagnes &amp;archivées</translation>
        </message>
        <message>
            <source>Campaign list</source>
            <translation>Liste des campagnes</translation>
        </message>
        <message>
            <source>Campaigns and members</source>
            <translation>Campagnes et membres</translation>
        </message>
        <message>
            <source>The campaigns could not be loaded: %1</source>
            <translation>Impossible de charger les campagnes : %1</translation>
        </message>
        <message>
            <source>Unarc&amp;hive</source>
            <translation>Désarc&amp;hiver</translation>
        </message>
        <message>
            <source>Archive campaign</source>
            <translation>Archiver la campagne</translation>
        </message>
        <message>
            <source>Delete campaign</source>
            <translation>Supprimer la campagne</translation>
        </message>
        <message numerus="yes">
            <source>Delete the campaign “%1” with its %n member entries and their statuses? The candidates themselves stay in the workspace. This cannot be undone; archiving keeps the history instead.</source>
            <translation>
                <numerusform>Supprimer la campagne « %1 » avec son entrée de membre (%n) et son statut ? Les candidats eux-mêmes restent dans l'espace de travail. Cette action est irréversible ; l'archivage conserve au contraire l'historique.</numerusform>
                <numerusform>Supprimer la campagne « %1 » avec ses %n entrées de membres et leurs statuts ? Les candidats eux-mêmes restent dans l'espace de travail. Cette action est irréversible ; l'archivage conserve au contraire l'historique.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CandidateForm</name>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Intitulé du poste</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Code pays</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Primary email</source>
            <translation>E-mail principal</translation>
        </message>
        <message>
            <source>Other emails</source>
            <translation>Autres e-mails</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Téléphones</translation>
        </message>
        <message>
            <source>LinkedIn profile</source>
            <translation>Profil LinkedIn</translation>
        </message>
        <message>
            <source>Other links</source>
            <translation>Autres liens</translation>
        </message>
        <message>
            <source>Custom fields</source>
            <translation>Champs personnalisés</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>GDPR consent</source>
            <translation>Consentement RGPD</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date :</translation>
        </message>
        <message>
            <source>Consent date known</source>
            <translation>Date du consentement connue</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Date du consentement</translation>
        </message>
        <message>
            <source>How consent was obtained</source>
            <translation>Mode d'obtention du consentement</translation>
        </message>
        <message>
            <source>Candidate details</source>
            <translation>Détails du candidat</translation>
        </message>
        <message>
            <source>e.g. DE</source>
            <translation>par ex. FR</translation>
        </message>
        <message>
            <source>comma-separated, e.g. backend, rust, remote</source>
            <translation>séparées par des virgules, par ex. backend, rust, télétravail</translation>
        </message>
        <message>
            <source>comma-separated</source>
            <translation>séparés par des virgules</translation>
        </message>
        <message>
            <source>one per line</source>
            <translation>un par ligne</translation>
        </message>
        <message>
            <source>one per line: GitHub, portfolio, …</source>
            <translation>un par ligne : GitHub, portfolio, …</translation>
        </message>
        <message>
            <source>https://www.linkedin.com/in/…</source>
            <translation>https://www.linkedin.com/in/…</translation>
        </message>
        <message>
            <source>e.g. replied to outreach email, agreed on a call</source>
            <translation>par ex. a répondu à l'e-mail de prospection, accord lors d'un appel</translation>
        </message>
        <message>
            <source>Candidate sections</source>
            <translation>Sections du candidat</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Personne</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>C&amp;ontact</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>P&amp;lus</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>P&amp;rénom :</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Company:</source>
            <translation>&amp;Entreprise :</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Intitulé du poste :</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>&amp;Ville :</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Région :</translation>
        </message>
        <message>
            <source>Cou&amp;ntry code:</source>
            <translation>Code &amp;pays :</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Source :</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>É&amp;tiquettes :</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otes :</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>&amp;Primary email:</source>
            <translation>E-mail &amp;principal :</translation>
        </message>
        <message>
            <source>Other &amp;emails:</source>
            <translation>Autres &amp;e-mails :</translation>
        </message>
        <message>
            <source>P&amp;hones:</source>
            <translation>&amp;Téléphones :</translation>
        </message>
        <message>
            <source>&amp;LinkedIn:</source>
            <translation>&amp;LinkedIn :</translation>
        </message>
        <message>
            <source>Other lin&amp;ks:</source>
            <translation>Autres lien&amp;s :</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Plus</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>Ajouter un champ</translation>
        </message>
        <message>
            <source>Add custom field</source>
            <translation>Ajouter un champ personnalisé</translation>
        </message>
        <message>
            <source>Remove field</source>
            <translation>Supprimer le champ</translation>
        </message>
        <message>
            <source>Remove custom field</source>
            <translation>Supprimer le champ personnalisé</translation>
        </message>
        <message>
            <source>Custom fields:</source>
            <translation>Champs personnalisés :</translation>
        </message>
        <message>
            <source>GDPR &amp;consent:</source>
            <translation>&amp;Consentement RGPD :</translation>
        </message>
        <message>
            <source>&amp;How obtained:</source>
            <translation>&amp;Mode d'obtention :</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CandidatePickerDialog</name>
        <message>
            <source>Search candidates</source>
            <translation>Rechercher des candidats</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidats</translation>
        </message>
        <message>
            <source>Choose candidates</source>
            <translation>Choisir des candidats</translation>
        </message>
        <message>
            <source>Search by name, email, company, title, location or tag</source>
            <translation>Rechercher par nom, e-mail, entreprise, intitulé, localisation ou étiquette</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Boutons de la boîte de dialogue</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CandidateProfileDialog</name>
        <message>
            <source>Candidate</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>Profile sections</source>
            <translation>Sections du profil</translation>
        </message>
        <message>
            <source>Activity timeline</source>
            <translation>Historique des activités</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Journal des modifications</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <source>Candidate profile</source>
            <translation>Profil du candidat</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Profile actions</source>
            <translation>Actions du profil</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Enregistrer les modifications</translation>
        </message>
        <message>
            <source>Save changes (%1)</source>
            <translation>Enregistrer les modifications (%1)</translation>
        </message>
        <message>
            <source>&amp;Log activity…</source>
            <translation>En&amp;registrer une activité…</translation>
        </message>
        <message>
            <source>Log activity</source>
            <translation>Enregistrer une activité</translation>
        </message>
        <message>
            <source>Add to &amp;campaign…</source>
            <translation>Ajouter à une &amp;campagne…</translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Ajouter à une campagne</translation>
        </message>
        <message>
            <source>This candidate could not be loaded; it may have been deleted.

%1</source>
            <translation>Impossible de charger ce candidat ; il a peut-être été supprimé.

%1</translation>
        </message>
        <message>
            <source>%1 — Candidate</source>
            <translation>%1 — Candidat</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Doublon possible</translation>
        </message>
        <message>
            <source>These details match another candidate: %1. Change the email, LinkedIn profile or name and company, or delete one of the two records.</source>
            <translation>Ces informations correspondent à un autre candidat : %1. Modifiez l'e-mail, le profil LinkedIn ou le nom et l'entreprise, ou supprimez l'une des deux fiches.</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(inconnu)</translation>
        </message>
        <message>
            <source>Changed elsewhere</source>
            <translation>Modifié ailleurs</translation>
        </message>
        <message>
            <source>Someone else changed this candidate while you were editing (another window, an import or the command line). Your edits were not saved.

Reload shows the current version; then make your change again. Cancel keeps your edits on screen so you can copy them.</source>
            <translation>Quelqu'un d'autre a modifié ce candidat pendant que vous le modifiiez (une autre fenêtre, une importation ou la ligne de commande). Vos modifications n'ont pas été enregistrées.

Recharger affiche la version actuelle ; refaites ensuite votre modification. Annuler conserve vos modifications à l'écran pour que vous puissiez les copier.</translation>
        </message>
        <message>
            <source>Save candidate</source>
            <translation>Enregistrer le candidat</translation>
        </message>
        <message>
            <source>The changes could not be saved: %1</source>
            <translation>Impossible d'enregistrer les modifications : %1</translation>
        </message>
        <message>
            <source>Timeline (%1)</source>
            <translation>Historique (%1)</translation>
        </message>
        <message>
            <source>Campaigns (%1)</source>
            <translation>Campagnes (%1)</translation>
        </message>
        <message>
            <source>Add %1 to which campaign?</source>
            <translation>Ajouter %1 à quelle campagne ?</translation>
        </message>
        <message>
            <source>The candidate could not be added: %1</source>
            <translation>Impossible d'ajouter le candidat : %1</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Save the changes to %1 before closing?</source>
            <translation>Enregistrer les modifications de %1 avant de fermer ?</translation>
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
            <translation>Sections SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters status</source>
            <translation>Statut SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;View in SmartRecruiters</source>
            <translation>&amp;Voir dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Open this candidate in SmartRecruiters</source>
            <translation>Ouvrir ce candidat dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Where each value came from</source>
            <translation>Provenance de chaque valeur</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Came from</source>
            <translation>Provenance</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Sync as status</source>
            <translation>Statut de synchronisation</translation>
        </message>
        <message>
            <source>Save “Sync as”</source>
            <translation>Enregistrer « Synchroniser en tant que »</translation>
        </message>
        <message>
            <source>Save the sync settings for this candidate</source>
            <translation>Enregistrer les paramètres de synchronisation de ce candidat</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Drop the unsaved sync settings</source>
            <translation>Abandonner les paramètres de synchronisation non enregistrés</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ajoutée</translation>
        </message>
        <message>
            <source>In SmartRecruiters</source>
            <translation>Dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Attachment kind</source>
            <translation>Type de pièce jointe</translation>
        </message>
        <message>
            <source>&amp;Add file…</source>
            <translation>&amp;Ajouter un fichier…</translation>
        </message>
        <message>
            <source>Attach a file to send to SmartRecruiters</source>
            <translation>Joindre un fichier à envoyer à SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters</source>
            <translation>SmartRecruiters</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Sync as</source>
            <translation>Synchroniser en tant que</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Where each value came from:</source>
            <translation>Provenance de chaque valeur :</translation>
        </message>
        <message>
            <source>How this person is synced, when it should differ from the campaign and your settings.</source>
            <translation>Mode de synchronisation de cette personne, lorsqu'il doit différer de la campagne et de vos paramètres.</translation>
        </message>
        <message>
            <source>CV / résumé</source>
            <translation>CV</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Autre document</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>The SmartRecruiters link could not be read: %1</source>
            <translation>Impossible de lire le lien SmartRecruiters : %1</translation>
        </message>
        <message>
            <source>created by Sourcedesk</source>
            <translation>créé par Sourcedesk</translation>
        </message>
        <message>
            <source>matched to an existing SmartRecruiters candidate</source>
            <translation>associé à un candidat SmartRecruiters existant</translation>
        </message>
        <message>
            <source>linked by hand</source>
            <translation>lié manuellement</translation>
        </message>
        <message>
            <source>In SmartRecruiters as candidate %1 (%2, %3).</source>
            <translation>Dans SmartRecruiters en tant que candidat %1 (%2, %3).</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Étiquettes : %1</translation>
        </message>
        <message>
            <source>Not in SmartRecruiters yet. Push the person from a campaign, or let the campaign's sync settings add them.</source>
            <translation>Pas encore dans SmartRecruiters. Transférez la personne depuis une campagne, ou laissez les paramètres de synchronisation de la campagne l'ajouter.</translation>
        </message>
        <message>
            <source>A possible match in SmartRecruiters waits for review: %1</source>
            <translation>Une correspondance possible dans SmartRecruiters attend d'être vérifiée : %1</translation>
        </message>
        <message>
            <source>Not linked to a SmartRecruiters candidate yet</source>
            <translation>Pas encore lié à un candidat SmartRecruiters</translation>
        </message>
        <message>
            <source>Typed in Sourcedesk</source>
            <translation>Saisi dans Sourcedesk</translation>
        </message>
        <message>
            <source>CSV import</source>
            <translation>Importation CSV</translation>
        </message>
        <message>
            <source>Command line</source>
            <translation>Ligne de commande</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Données d'exemple</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Pas encore</translation>
        </message>
        <message>
            <source>Uploaded</source>
            <translation>Téléversée</translation>
        </message>
        <message>
            <source>Attachments (%1)</source>
            <translation>Pièces jointes (%1)</translation>
        </message>
        <message>
            <source>View in SmartRecruiters</source>
            <translation>Voir dans SmartRecruiters</translation>
        </message>
        <message>
            <source>No web browser could open %1.</source>
            <translation>Aucun navigateur web n'a pu ouvrir %1.</translation>
        </message>
        <message>
            <source>Attach a file to %1</source>
            <translation>Joindre un fichier à %1</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt);;All files (*)</source>
            <translation>Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB; SmartRecruiters would refuse it.</source>
            <translation>%1 dépasse %2 Mo ; SmartRecruiters le refuserait.</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 est vide.</translation>
        </message>
        <message>
            <source>Add file</source>
            <translation>Ajouter un fichier</translation>
        </message>
        <message>
            <source>The file was not attached: %1</source>
            <translation>Le fichier n'a pas été joint : %1</translation>
        </message>
        <message>
            <source>The file is attached, but it could not be queued for SmartRecruiters: %1</source>
            <translation>Le fichier est joint, mais il n'a pas pu être mis en file d'attente pour SmartRecruiters : %1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CandidatesView</name>
        <message>
            <source>Search candidates</source>
            <translation>Rechercher des candidats</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidats</translation>
        </message>
        <message>
            <source>Candidates shown</source>
            <translation>Candidats affichés</translation>
        </message>
        <message>
            <source>Search name, email, company, title, location or tag (Ctrl+F)</source>
            <translation>Rechercher par nom, e-mail, entreprise, intitulé, localisation ou étiquette (Ctrl+F)</translation>
        </message>
        <message>
            <source>Clear search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <source>&amp;New candidate…</source>
            <translation>&amp;Nouveau candidat…</translation>
        </message>
        <message>
            <source>Add to &amp;campaign…</source>
            <translation>Ajouter à une &amp;campagne…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>&amp;Open profile</source>
            <translation>&amp;Ouvrir le profil</translation>
        </message>
        <message>
            <source>E&amp;xport these to CSV…</source>
            <translation>E&amp;xporter ces candidats au format CSV…</translation>
        </message>
        <message>
            <source>The candidates could not be loaded: %1</source>
            <translation>Impossible de charger les candidats : %1</translation>
        </message>
        <message>
            <source>No candidates yet. Import a CSV file or add one with “New candidate…”.</source>
            <translation>Aucun candidat pour l'instant. Importez un fichier CSV ou ajoutez-en un avec « Nouveau candidat… ».</translation>
        </message>
        <message>
            <source>No candidates match “%1”.</source>
            <translation>Aucun candidat ne correspond à « %1 ».</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first %n candidates; scroll for more.</source>
            <translation>
                <numerusform>Affichage du premier candidat ; faites défiler pour en voir plus.</numerusform>
                <numerusform>Affichage des %n premiers candidats ; faites défiler pour en voir plus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n candidates</source>
            <translation>
                <numerusform>%n candidat</numerusform>
                <numerusform>%n candidats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n candidates to which campaign?</source>
            <translation>
                <numerusform>Ajouter %n candidat à quelle campagne ?</numerusform>
                <numerusform>Ajouter %n candidats à quelle campagne ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Ajouter à une campagne</translation>
        </message>
        <message>
            <source>The candidates could not be added: %1</source>
            <translation>Impossible d'ajouter les candidats : %1</translation>
        </message>
        <message>
            <source>Delete candidates</source>
            <translation>Supprimer des candidats</translation>
        </message>
        <message>
            <source>%1 deleted</source>
            <translation>%1 supprimé</translation>
        </message>
        <message numerus="yes">
            <source>%n candidates deleted</source>
            <translation>
                <numerusform>%n candidat supprimé</numerusform>
                <numerusform>%n candidats supprimés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n candidates restored</source>
            <translation>
                <numerusform>%n candidat restauré</numerusform>
                <numerusform>%n candidats restaurés</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete %1 with their activities and campaign memberships? You can undo it right after (%2).</source>
            <translation>Supprimer %1 avec ses activités et ses appartenances aux campagnes ? Vous pourrez annuler juste après (%2).</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n candidates with their activities and campaign memberships? You can undo it right after (%1).</source>
            <translation>
                <numerusform>Supprimer %n candidat avec ses activités et ses appartenances aux campagnes ? Vous pourrez annuler juste après (%1).</numerusform>
                <numerusform>Supprimer %n candidats avec leurs activités et leurs appartenances aux campagnes ? Vous pourrez annuler juste après (%1).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ChartPanel</name>
        <message>
            <source>%1 chart</source>
            <translation>Graphique %1</translation>
        </message>
        <message>
            <source>No data for this range</source>
            <translation>Aucune donnée pour cette période</translation>
        </message>
        <message>
            <source>%1: no data</source>
            <translation>%1 : aucune donnée</translation>
        </message>
        <message>
            <source>%1 summary</source>
            <translation>Résumé %1</translation>
        </message>
        <message>
            <source>Export &amp;PNG…</source>
            <translation>Exporter en &amp;PNG…</translation>
        </message>
        <message>
            <source>Export the %1 chart as a PNG image</source>
            <translation>Exporter le graphique %1 en image PNG</translation>
        </message>
        <message>
            <source>Export C&amp;SV…</source>
            <translation>Exporter en C&amp;SV…</translation>
        </message>
        <message>
            <source>Export the %1 numbers as CSV</source>
            <translation>Exporter les chiffres %1 au format CSV</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P exports this chart as PNG, Ctrl+Shift+C its numbers as CSV.</source>
            <translation>Ctrl+Shift+P exporte ce graphique en PNG, Ctrl+Shift+C ses chiffres en CSV.</translation>
        </message>
        <message>
            <source>Save the chart as a PNG image (Ctrl+Shift+P)</source>
            <translation>Enregistrer le graphique en image PNG (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Save the numbers as a CSV file (Ctrl+Shift+C)</source>
            <translation>Enregistrer les chiffres dans un fichier CSV (Ctrl+Shift+C)</translation>
        </message>
        <message>
            <source>Export %1 as PNG</source>
            <translation>Exporter %1 en PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l'export</translation>
        </message>
        <message>
            <source>The chart could not be saved to %1. Choose a folder you can write to and try again.</source>
            <translation>Impossible d'enregistrer le graphique dans %1. Choisissez un dossier accessible en écriture et réessayez.</translation>
        </message>
        <message>
            <source>Export %1 as CSV</source>
            <translation>Exporter %1 en CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>The numbers could not be saved to %1 (%2). Choose a folder you can write to and try again.</source>
            <translation>Impossible d'enregistrer les chiffres dans %1 (%2). Choisissez un dossier accessible en écriture et réessayez.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CsvExportRunner</name>
        <message>
            <source>Export cancelled</source>
            <translation>Export annulé</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>L'export a été annulé ; aucun fichier n'a été écrit.</translation>
        </message>
        <message>
            <source>The export failed: %1</source>
            <translation>Échec de l'export : %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::DoNotContactPage</name>
        <message>
            <source>Filter the do-not-contact list</source>
            <translation>Filtrer la liste « Ne pas contacter »</translation>
        </message>
        <message>
            <source>Do-not-contact list</source>
            <translation>Liste « Ne pas contacter »</translation>
        </message>
        <message>
            <source>Email or domain to add</source>
            <translation>E-mail ou domaine à ajouter</translation>
        </message>
        <message>
            <source>Email or domain</source>
            <translation>E-mail ou domaine</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>Add to the list</source>
            <translation>Ajouter à la liste</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Remove the selected entries</source>
            <translation>Retirer les entrées sélectionnées</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Import emails and domains from a file</source>
            <translation>Importer des e-mails et des domaines depuis un fichier</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Export the list to a CSV file</source>
            <translation>Exporter la liste dans un fichier CSV</translation>
        </message>
        <message>
            <source>Last import or change</source>
            <translation>Dernière importation ou modification</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Ne pas contacter</translation>
        </message>
        <message>
            <source>Sequences never write to these emails, nor to anyone at these domains (subdomains included).</source>
            <translation>Les séquences n'écrivent jamais à ces adresses e-mail, ni à quiconque appartenant à ces domaines (sous-domaines compris).</translation>
        </message>
        <message>
            <source>About the do-not-contact list</source>
            <translation>À propos de la liste « Ne pas contacter »</translation>
        </message>
        <message>
            <source>Filter…</source>
            <translation>Filtrer…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>Ajouté par</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ajouté le</translation>
        </message>
        <message>
            <source>ana@example.com or example.com</source>
            <translation>ana@example.com ou example.com</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>Why (optional)</source>
            <translation>Motif (facultatif)</translation>
        </message>
        <message>
            <source>Remove from the do-not-contact list</source>
            <translation>Retirer de la liste « Ne pas contacter »</translation>
        </message>
        <message>
            <source>Type an email address or a domain to add.</source>
            <translation>Saisissez une adresse e-mail ou un domaine à ajouter.</translation>
        </message>
        <message>
            <source>Added %1.</source>
            <translation>%1 ajouté.</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n entries.</source>
            <translation>
                <numerusform>%n entrée retirée.</numerusform>
                <numerusform>%n entrées retirées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %n entries; %1</source>
            <translation>
                <numerusform>%n entrée retirée ; %1</numerusform>
                <numerusform>%n entrées retirées ; %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Import do-not-contact list</source>
            <translation>Importer une liste « Ne pas contacter »</translation>
        </message>
        <message>
            <source>Lists (*.txt *.csv);;All files (*)</source>
            <translation>Listes (*.txt *.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>Impossible d'ouvrir %1 : %2</translation>
        </message>
        <message>
            <source>Imported from %1</source>
            <translation>Importé depuis %1</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>ligne %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n entries.</source>
            <translation>
                <numerusform>%n entrée importée.</numerusform>
                <numerusform>%n entrées importées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already listed.</source>
            <translation>
                <numerusform>%n déjà présente dans la liste.</numerusform>
                <numerusform>%n déjà présentes dans la liste.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lines skipped:</source>
            <translation>
                <numerusform>%n ligne ignorée :</numerusform>
                <numerusform>%n lignes ignorées :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… et %n autre.</numerusform>
                <numerusform>… et %n autres.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export do-not-contact list</source>
            <translation>Exporter la liste « Ne pas contacter »</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n entries to %1.</source>
            <translation>
                <numerusform>%n entrée exportée vers %1.</numerusform>
                <numerusform>%n entrées exportées vers %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::DuplicatePrompt</name>
        <message>
            <source>the same email address</source>
            <translation>la même adresse e-mail</translation>
        </message>
        <message>
            <source>the same LinkedIn profile</source>
            <translation>le même profil LinkedIn</translation>
        </message>
        <message>
            <source>the same name at the same company</source>
            <translation>le même nom dans la même entreprise</translation>
        </message>
        <message>
            <source>This person is already in the workspace (%1):</source>
            <translation>Cette personne figure déjà dans l'espace de travail (%1) :</translation>
        </message>
        <message>
            <source>Merge adds the new details to the existing record without overwriting anything stored. Skip keeps the existing record as it is and opens it.</source>
            <translation>Fusionner ajoute les nouvelles informations à la fiche existante sans rien écraser de ce qui est enregistré. Ignorer conserve la fiche existante telle quelle et l'ouvre.</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Doublon possible</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::EnrollDialog</name>
        <message>
            <source>On the do-not-contact list (%1): can't be enrolled</source>
            <translation>Sur la liste « Ne pas contacter » (%1) : inscription impossible</translation>
        </message>
        <message>
            <source>In a teammate's campaign: %1</source>
            <translation>Dans la campagne d'un collègue : %1</translation>
        </message>
        <message>
            <source>Already in another of your campaigns: %1</source>
            <translation>Déjà dans une autre de vos campagnes : %1</translation>
        </message>
        <message>
            <source>Contacted on %1</source>
            <translation>Contacté le %1</translation>
        </message>
        <message>
            <source>Contacted on %1 (%2)</source>
            <translation>Contacté le %1 (%2)</translation>
        </message>
        <message>
            <source>Active SmartRecruiters application: %1</source>
            <translation>Candidature SmartRecruiters active : %1</translation>
        </message>
        <message>
            <source>No email address</source>
            <translation>Aucune adresse e-mail</translation>
        </message>
        <message>
            <source>Before enrolling</source>
            <translation>Avant l'inscription</translation>
        </message>
        <message>
            <source>Warnings per person</source>
            <translation>Avertissements par personne</translation>
        </message>
        <message>
            <source>Enrolment result</source>
            <translation>Résultat de l'inscription</translation>
        </message>
        <message>
            <source>Enroll &amp;anyway</source>
            <translation>Inscrire &amp;quand même</translation>
        </message>
        <message>
            <source>Enroll anyway</source>
            <translation>Inscrire quand même</translation>
        </message>
        <message>
            <source>Enroll only those &amp;without warnings</source>
            <translation>Inscrire uniquement les personnes &amp;sans avertissement</translation>
        </message>
        <message>
            <source>Enroll only those without warnings</source>
            <translation>Inscrire uniquement les personnes sans avertissement</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Boutons de la boîte de dialogue</translation>
        </message>
        <message>
            <source>Enroll in sequence</source>
            <translation>Inscrire dans la séquence</translation>
        </message>
        <message>
            <source>Nobody was enrolled: %1</source>
            <translation>Personne n'a été inscrit : %1</translation>
        </message>
        <message numerus="yes">
            <source>Some of the %n selected people need a second look before they get outreach:</source>
            <translation>
                <numerusform>La personne sélectionnée nécessite une vérification avant d'être prospectée :</numerusform>
                <numerusform>Parmi les %n personnes sélectionnées, certaines nécessitent une vérification avant d'être prospectées :</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — won't be enrolled</source>
            <translation>%1 — ne sera pas inscrit</translation>
        </message>
        <message>
            <source>Enrolled %1; %2 refused.</source>
            <translation>Inscrits : %1 ; refusés : %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n left out because of warnings.</source>
            <translation>
                <numerusform>%n personne écartée en raison d'avertissements.</numerusform>
                <numerusform>%n personnes écartées en raison d'avertissements.</numerusform>
            </translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Terminé.</translation>
        </message>
        <message>
            <source>Warnings for the selected people:</source>
            <translation>Avertissements pour les personnes sélectionnées :</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Candidate %1</source>
            <translation>Candidat %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FieldMappingEditor</name>
        <message>
            <source>Contact fields mapping</source>
            <translation>Correspondance des champs de contact</translation>
        </message>
        <message>
            <source>&amp;Add field</source>
            <translation>&amp;Ajouter un champ</translation>
        </message>
        <message>
            <source>Add a mapped field</source>
            <translation>Ajouter un champ associé</translation>
        </message>
        <message>
            <source>&amp;Remove field</source>
            <translation>&amp;Supprimer le champ</translation>
        </message>
        <message>
            <source>Remove the selected mapped fields</source>
            <translation>Supprimer les champs associés sélectionnés</translation>
        </message>
        <message>
            <source>Restore &amp;defaults</source>
            <translation>Rétablir les valeurs par &amp;défaut</translation>
        </message>
        <message>
            <source>Restore the built-in mapping</source>
            <translation>Rétablir la correspondance intégrée</translation>
        </message>
        <message>
            <source>Mapping problems</source>
            <translation>Problèmes de correspondance</translation>
        </message>
        <message>
            <source>SmartRecruiters field</source>
            <translation>Champ SmartRecruiters</translation>
        </message>
        <message>
            <source>Sourcedesk field or template</source>
            <translation>Champ ou modèle Sourcedesk</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Mise à jour</translation>
        </message>
        <message>
            <source>Type property:&lt;id&gt; for a SmartRecruiters candidate property, or a template such as {title} at {company}.</source>
            <translation>Saisissez property:&lt;id&gt; pour une propriété de candidat SmartRecruiters, ou un modèle tel que {title} chez {company}.</translation>
        </message>
        <message>
            <source>SmartRecruiters field, row %1</source>
            <translation>Champ SmartRecruiters, ligne %1</translation>
        </message>
        <message>
            <source>Sourcedesk field or template for %1</source>
            <translation>Champ ou modèle Sourcedesk pour %1</translation>
        </message>
        <message>
            <source>Update rule for %1</source>
            <translation>Règle de mise à jour pour %1</translation>
        </message>
        <message>
            <source>Property fields are checked against SmartRecruiters once you are connected.</source>
            <translation>Les champs de propriété sont vérifiés auprès de SmartRecruiters une fois connecté.</translation>
        </message>
        <message>
            <source>Why the mapping cannot be changed</source>
            <translation>Pourquoi la correspondance ne peut pas être modifiée</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunConnectPage</name>
        <message>
            <source>Try the &amp;local sandbox (demo data)</source>
            <translation>Essayer le bac à sable &amp;local (données de démonstration)</translation>
        </message>
        <message>
            <source>Try the local sandbox</source>
            <translation>Essayer le bac à sable local</translation>
        </message>
        <message>
            <source>SmartRecruiters connection</source>
            <translation>Connexion SmartRecruiters</translation>
        </message>
        <message>
            <source>Problem with the sandbox</source>
            <translation>Problème avec le bac à sable</translation>
        </message>
        <message>
            <source>Connection form</source>
            <translation>Formulaire de connexion</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters</source>
            <translation>Se connecter à SmartRecruiters</translation>
        </message>
        <message>
            <source>Sign in with your SmartRecruiters account, or paste an API key. Sourcedesk then adds candidates, writes your outreach as notes and brings hiring stages back. You can skip this and connect later in Settings → Integration: SmartRecruiters.</source>
            <translation>Connectez-vous avec votre compte SmartRecruiters, ou collez une clé API. Sourcedesk ajoute alors les candidats, enregistre votre prospection sous forme de notes et récupère les phases de recrutement. Vous pouvez ignorer cette étape et vous connecter plus tard dans Paramètres → Intégration : SmartRecruiters.</translation>
        </message>
        <message>
            <source>Connects to the SmartRecruiters emulator that ./scripts/run.sh starts, with demo jobs and candidates. Nothing leaves this computer.</source>
            <translation>Se connecte à l'émulateur SmartRecruiters lancé par ./scripts/run.sh, avec des postes et des candidats de démonstration. Rien ne quitte cet ordinateur.</translation>
        </message>
        <message>
            <source>The local sandbox offers no demo API key. Connect with the form below instead.</source>
            <translation>Le bac à sable local ne fournit pas de clé API de démonstration. Connectez-vous plutôt avec le formulaire ci-dessous.</translation>
        </message>
        <message>
            <source>Connect later in Settings → Integration: SmartRecruiters.</source>
            <translation>Connectez-vous plus tard dans Paramètres → Intégration : SmartRecruiters.</translation>
        </message>
        <message>
            <source>Connected as %1 at %2. Press Next to choose what is synchronised.</source>
            <translation>Connecté en tant que %1 sur %2. Appuyez sur Suivant pour choisir ce qui est synchronisé.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>Not connected yet. Connect below, or press Next to skip this step.</source>
            <translation>Pas encore connecté. Connectez-vous ci-dessous, ou appuyez sur Suivant pour ignorer cette étape.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunImportPage</name>
        <message>
            <source>Import your first candidates</source>
            <translation>Importez vos premiers candidats</translation>
        </message>
        <message>
            <source>Bring a CSV export from SourceWhale, Gem, LinkedIn Recruiter, Google Contacts or a spreadsheet. You see how the columns map before anything is stored.</source>
            <translation>Importez un export CSV de SourceWhale, Gem, LinkedIn Recruiter, Google Contacts ou d'un tableur. Vous voyez la correspondance des colonnes avant tout enregistrement.</translation>
        </message>
        <message>
            <source>&amp;Import a CSV file…</source>
            <translation>&amp;Importer un fichier CSV…</translation>
        </message>
        <message>
            <source>Import a CSV file</source>
            <translation>Importer un fichier CSV</translation>
        </message>
        <message>
            <source>Import result</source>
            <translation>Résultat de l'importation</translation>
        </message>
        <message>
            <source>Or skip this step: File → Import CSV… (Ctrl+I), or drop a .csv file on the window, any time.</source>
            <translation>Ou ignorez cette étape : Fichier → Importer un CSV… (Ctrl+I), ou déposez un fichier .csv sur la fenêtre, à tout moment.</translation>
        </message>
        <message>
            <source>Imported: %1</source>
            <translation>Importé : %1</translation>
        </message>
        <message>
            <source>Importing later</source>
            <translation>Importer plus tard</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunSummaryPage</name>
        <message>
            <source>Setup summary</source>
            <translation>Récapitulatif de la configuration</translation>
        </message>
        <message>
            <source>You are set up</source>
            <translation>Configuration terminée</translation>
        </message>
        <message>
            <source>This is what is set now. Everything can be changed later in Settings (Ctrl+3).</source>
            <translation>Voici les réglages actuels. Tout peut être modifié plus tard dans les Paramètres (Ctrl+3).</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Espace de travail</translation>
        </message>
        <message>
            <source>SmartRecruiters</source>
            <translation>SmartRecruiters</translation>
        </message>
        <message>
            <source>Jobs offered for campaigns</source>
            <translation>Postes proposés pour les campagnes</translation>
        </message>
        <message>
            <source>Add to SmartRecruiters</source>
            <translation>Ajouter à SmartRecruiters</translation>
        </message>
        <message>
            <source>First import</source>
            <translation>Première importation</translation>
        </message>
        <message>
            <source>Run this setup again any time: Settings → Workspace → Run setup again…</source>
            <translation>Relancez cette configuration à tout moment : Paramètres → Espace de travail → Relancer la configuration…</translation>
        </message>
        <message>
            <source>Change it in %1.</source>
            <translation>Modifiable dans %1.</translation>
        </message>
        <message>
            <source>On this computer: %1</source>
            <translation>Sur cet ordinateur : %1</translation>
        </message>
        <message>
            <source>Settings → Workspace</source>
            <translation>Paramètres → Espace de travail</translation>
        </message>
        <message>
            <source>Not connected. Sourcedesk works without it; nothing is sent to SmartRecruiters.</source>
            <translation>Non connecté. Sourcedesk fonctionne sans ; rien n'est envoyé à SmartRecruiters.</translation>
        </message>
        <message>
            <source>Connected as %1 (%2) at %3, on %4.</source>
            <translation>Connecté en tant que %1 (%2) sur %3, le %4.</translation>
        </message>
        <message>
            <source>an unnamed company</source>
            <translation>une entreprise sans nom</translation>
        </message>
        <message>
            <source>Settings → Integration: SmartRecruiters</source>
            <translation>Paramètres → Intégration : SmartRecruiters</translation>
        </message>
        <message>
            <source>None: campaigns can only be linked to the talent pool.</source>
            <translation>Aucun : les campagnes ne peuvent être liées qu'au vivier de talents.</translation>
        </message>
        <message>
            <source>Jobs with status %1.</source>
            <translation>Postes avec le statut %1.</translation>
        </message>
        <message>
            <source>Settings → SmartRecruiters sync → Team defaults → Job information</source>
            <translation>Paramètres → Synchronisation SmartRecruiters → Valeurs par défaut de l'équipe → Informations sur le poste</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Settings → SmartRecruiters sync → My settings → Adding to SmartRecruiters</source>
            <translation>Paramètres → Synchronisation SmartRecruiters → Mes paramètres → Ajout à SmartRecruiters</translation>
        </message>
        <message>
            <source>Nothing imported yet.</source>
            <translation>Rien n'a encore été importé.</translation>
        </message>
        <message>
            <source>File → Import CSV… (Ctrl+I)</source>
            <translation>Fichier → Importer un CSV… (Ctrl+I)</translation>
        </message>
        <message>
            <source>Running the setup again</source>
            <translation>Relancer la configuration</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunSyncPage</name>
        <message>
            <source>About the job statuses</source>
            <translation>À propos des statuts de poste</translation>
        </message>
        <message>
            <source>About adding</source>
            <translation>À propos de l'ajout</translation>
        </message>
        <message>
            <source>Problem saving the choices</source>
            <translation>Problème lors de l'enregistrement des choix</translation>
        </message>
        <message>
            <source>What is synchronised</source>
            <translation>Ce qui est synchronisé</translation>
        </message>
        <message>
            <source>The two choices you knew from SourceWhale or Gem. Everything else has sensible defaults in Settings → SmartRecruiters sync.</source>
            <translation>Les deux choix que vous connaissez de SourceWhale ou Gem. Tout le reste a des valeurs par défaut adaptées dans Paramètres → Synchronisation SmartRecruiters.</translation>
        </message>
        <message>
            <source>Jobs a campaign can be linked to</source>
            <translation>Postes auxquels une campagne peut être liée</translation>
        </message>
        <message>
            <source>Job status whitelist</source>
            <translation>Liste blanche des statuts de poste</translation>
        </message>
        <message>
            <source>Offer jobs with status %1</source>
            <translation>Proposer les postes avec le statut %1</translation>
        </message>
        <message>
            <source>Add people to SmartRecruiters</source>
            <translation>Ajouter des personnes à SmartRecruiters</translation>
        </message>
        <message>
            <source>When to add people to SmartRecruiters</source>
            <translation>Quand ajouter des personnes à SmartRecruiters</translation>
        </message>
        <message>
            <source>Add to SmartRecruiters: %1</source>
            <translation>Ajouter à SmartRecruiters : %1</translation>
        </message>
        <message>
            <source>Saved as your own setting; campaigns and candidates can still override it.</source>
            <translation>Enregistré comme votre propre paramètre ; les campagnes et les candidats peuvent toujours le remplacer.</translation>
        </message>
        <message>
            <source>Your team fixed this choice (%1). Ask your team admin to change it.</source>
            <translation>Votre équipe a fixé ce choix (%1). Demandez à l'administrateur de votre équipe de le modifier.</translation>
        </message>
        <message>
            <source>The current sync settings could not be read (%1); the built-in defaults are shown.</source>
            <translation>Impossible de lire les paramètres de synchronisation actuels (%1) ; les valeurs par défaut intégrées sont affichées.</translation>
        </message>
        <message>
            <source>No status chosen: campaigns can then only be linked to the talent pool.</source>
            <translation>Aucun statut choisi : les campagnes ne peuvent alors être liées qu'au vivier de talents.</translation>
        </message>
        <message>
            <source>A team default: it applies to everyone in this workspace.</source>
            <translation>Une valeur par défaut de l'équipe : elle s'applique à tous les utilisateurs de cet espace de travail.</translation>
        </message>
        <message>
            <source>Not saved: %1
Change the choice, or skip this step and set it later in Settings → SmartRecruiters sync.</source>
            <translation>Non enregistré : %1
Modifiez le choix, ou ignorez cette étape et définissez-le plus tard dans Paramètres → Synchronisation SmartRecruiters.</translation>
        </message>
        <message>
            <source>About the job status whitelist</source>
            <translation>À propos de la liste blanche des statuts de poste</translation>
        </message>
        <message>
            <source>About adding to SmartRecruiters</source>
            <translation>À propos de l'ajout à SmartRecruiters</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunWizard</name>
        <message>
            <source>Set up Sourcedesk</source>
            <translation>Configurer Sourcedesk</translation>
        </message>
        <message>
            <source>Skip set&amp;up</source>
            <translation>Ignorer la &amp;configuration</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Revenir à l'étape précédente</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <source>Finish the setup</source>
            <translation>Terminer la configuration</translation>
        </message>
        <message>
            <source>Skip setup</source>
            <translation>Ignorer la configuration</translation>
        </message>
        <message>
            <source>Skip the rest of the setup (Esc). Run it again any time from Settings → Workspace.</source>
            <translation>Ignorer le reste de la configuration (Échap). Relancez-la à tout moment depuis Paramètres → Espace de travail.</translation>
        </message>
        <message>
            <source>Next step (Alt+N or Enter)</source>
            <translation>Étape suivante (Alt+S ou Entrée)</translation>
        </message>
        <message>
            <source>Previous step (Alt+B)</source>
            <translation>Étape précédente (Alt+P)</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunWorkspacePage</name>
        <message>
            <source>Where your work is kept</source>
            <translation>Où votre travail est conservé</translation>
        </message>
        <message>
            <source>Sourcedesk keeps your campaigns, candidates and outreach in a workspace. It is fast with a million candidates and works offline.</source>
            <translation>Sourcedesk conserve vos campagnes, vos candidats et votre prospection dans un espace de travail. Il reste rapide avec un million de candidats et fonctionne hors ligne.</translation>
        </message>
        <message>
            <source>&amp;This computer (a local workspace)</source>
            <translation>&amp;Cet ordinateur (espace de travail local)</translation>
        </message>
        <message>
            <source>Local workspace on this computer</source>
            <translation>Espace de travail local sur cet ordinateur</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Fichier de l'espace de travail</translation>
        </message>
        <message>
            <source>Everything is saved in this file:</source>
            <translation>Tout est enregistré dans ce fichier :</translation>
        </message>
        <message>
            <source>Team workspace (PostgreSQL)</source>
            <translation>Espace de travail d'équipe (PostgreSQL)</translation>
        </message>
        <message>
            <source>Team workspace</source>
            <translation>Espace de travail d'équipe</translation>
        </message>
        <message>
            <source>About team workspaces</source>
            <translation>À propos des espaces de travail d'équipe</translation>
        </message>
        <message>
            <source>To use another file later: Settings → Workspace, or File → Open workspace… (%1).</source>
            <translation>Pour utiliser un autre fichier plus tard : Paramètres → Espace de travail, ou Fichier → Ouvrir un espace de travail… (%1).</translation>
        </message>
        <message>
            <source>About the workspace file</source>
            <translation>À propos du fichier de l'espace de travail</translation>
        </message>
        <message>
            <source>Using another workspace later</source>
            <translation>Utiliser un autre espace de travail plus tard</translation>
        </message>
        <message>
            <source>You are in the team workspace %1.</source>
            <translation>Vous êtes dans l'espace de travail d'équipe %1.</translation>
        </message>
        <message>
            <source>Shared with your team on your company's PostgreSQL server. Choose it and Next to connect; your admin gives you the server, database and login</source>
            <translation>Partagé avec votre équipe sur le serveur PostgreSQL de votre entreprise. Choisissez-le puis Suivant pour vous connecter ; votre administrateur vous fournit le serveur, la base de données et l'identifiant</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::GuideDialog</name>
        <message>
            <source>Getting started guide</source>
            <translation>Guide de démarrage</translation>
        </message>
        <message>
            <source>Getting started with Sourcedesk</source>
            <translation>Bien démarrer avec Sourcedesk</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Boutons de la boîte de dialogue</translation>
        </message>
        <message>
            <source>Connect SmartRecruiters</source>
            <translation>Connecter SmartRecruiters</translation>
        </message>
        <message>
            <source>Campaigns and importing</source>
            <translation>Campagnes et importation</translation>
        </message>
        <message>
            <source>Sequences and your mailbox</source>
            <translation>Séquences et boîte mail</translation>
        </message>
        <message>
            <source>Replies and tasks</source>
            <translation>Réponses et tâches</translation>
        </message>
        <message>
            <source>The sync log and what needs attention</source>
            <translation>Le journal de synchronisation et ce qui requiert votre attention</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>Bien démarrer</translation>
        </message>
        <message>
            <source>Sourcedesk is where you source and contact candidates; SmartRecruiters stays your ATS. These steps take you from an empty workspace to your first candidates in SmartRecruiters.</source>
            <translation>Sourcedesk est l'outil où vous sourcez et contactez les candidats ; SmartRecruiters reste votre ATS. Ces étapes vous mènent d'un espace de travail vide à vos premiers candidats dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>Open &lt;b&gt;Settings → Integration: SmartRecruiters&lt;/b&gt; (%1 shows Settings). Choose &lt;i&gt;Sign in with SmartRecruiters&lt;/i&gt;, click &lt;b&gt;Connect&lt;/b&gt;, log in and click &lt;i&gt;Allow access&lt;/i&gt;; or paste an API key from your SmartRecruiters admin. &lt;b&gt;Test integration&lt;/b&gt; lists the permissions that are granted, and &lt;b&gt;Insert test candidate&lt;/b&gt; shows you what a push looks like.</source>
            <translation>Ouvrez &lt;b&gt;Paramètres → Intégration : SmartRecruiters&lt;/b&gt; (%1 affiche les Paramètres). Choisissez &lt;i&gt;Se connecter avec SmartRecruiters&lt;/i&gt;, cliquez sur &lt;b&gt;Connecter&lt;/b&gt;, connectez-vous et cliquez sur &lt;i&gt;Autoriser l'accès&lt;/i&gt; ; ou collez une clé API fournie par votre administrateur SmartRecruiters. &lt;b&gt;Tester l'intégration&lt;/b&gt; liste les autorisations accordées, et &lt;b&gt;Insérer un candidat de test&lt;/b&gt; vous montre à quoi ressemble un transfert.</translation>
        </message>
        <message>
            <source>On &lt;b&gt;Settings → SmartRecruiters sync&lt;/b&gt; decide when a person is added to SmartRecruiters (when added to a campaign, only when they reply, or only when they are interested), which fields are mandatory, and whether each field is &lt;i&gt;always updated&lt;/i&gt; or &lt;i&gt;only updated if blank&lt;/i&gt;. Team defaults apply to everyone; a locked default cannot be changed.</source>
            <translation>Dans &lt;b&gt;Paramètres → Synchronisation SmartRecruiters&lt;/b&gt;, décidez quand une personne est ajoutée à SmartRecruiters (à l'ajout à une campagne, uniquement en cas de réponse ou uniquement si elle est intéressée), quels champs sont obligatoires, et si chaque champ doit être &lt;i&gt;toujours mis à jour&lt;/i&gt; ou &lt;i&gt;mis à jour seulement si vide&lt;/i&gt;. Les valeurs par défaut de l'équipe s'appliquent à tous ; une valeur par défaut verrouillée ne peut pas être modifiée.</translation>
        </message>
        <message>
            <source>On &lt;b&gt;Settings → Hiring stages&lt;/b&gt; download the stages from SmartRecruiters, map every stage to a pipeline status and save. The stage sync then moves your campaign members once a day.</source>
            <translation>Dans &lt;b&gt;Paramètres → Phases de recrutement&lt;/b&gt;, téléchargez les phases depuis SmartRecruiters, associez chaque phase à un statut du pipeline et enregistrez. La synchronisation des phases déplace ensuite les membres de vos campagnes une fois par jour.</translation>
        </message>
        <message>
            <source>Create a campaign with &lt;b&gt;File → New campaign&lt;/b&gt; (%1) and link it to a SmartRecruiters job; the job status whitelist decides which jobs are offered.</source>
            <translation>Créez une campagne avec &lt;b&gt;Fichier → Nouvelle campagne&lt;/b&gt; (%1) et liez-la à un poste SmartRecruiters ; la liste blanche des statuts de poste détermine quels postes sont proposés.</translation>
        </message>
        <message>
            <source>Bring people in with &lt;b&gt;File → Import CSV&lt;/b&gt; (%1): pick the file, match its columns to the candidate fields, and choose what happens to duplicates. &lt;b&gt;Search SmartRecruiters&lt;/b&gt; (%2) finds people already in your ATS.</source>
            <translation>Ajoutez des personnes avec &lt;b&gt;Fichier → Importer un CSV&lt;/b&gt; (%1) : choisissez le fichier, associez ses colonnes aux champs du candidat et choisissez le traitement des doublons. &lt;b&gt;Rechercher dans SmartRecruiters&lt;/b&gt; (%2) trouve les personnes déjà présentes dans votre ATS.</translation>
        </message>
        <message>
            <source>Set up &lt;b&gt;Settings → Mailbox&lt;/b&gt; first: your provider, address and password or token (kept in this computer's keychain), then &lt;b&gt;Test connection&lt;/b&gt;. Sending limits keep you clear of your provider's limits.</source>
            <translation>Configurez d'abord &lt;b&gt;Paramètres → Boîte mail&lt;/b&gt; : votre fournisseur, votre adresse et votre mot de passe ou jeton (conservé dans le trousseau de cet ordinateur), puis &lt;b&gt;Tester la connexion&lt;/b&gt;. Les limites d'envoi vous maintiennent sous les limites de votre fournisseur.</translation>
        </message>
        <message>
            <source>In a campaign, &lt;b&gt;Sequence…&lt;/b&gt; (%1) writes the steps: emails, LinkedIn steps and calls, with placeholders such as {firstName}. &lt;b&gt;Enroll in sequence…&lt;/b&gt; (%2) starts it for the selected members; people on the &lt;i&gt;Do not contact&lt;/i&gt; list are never enrolled.</source>
            <translation>Dans une campagne, &lt;b&gt;Séquence…&lt;/b&gt; (%1) définit les étapes : e-mails, étapes LinkedIn et appels, avec des variables telles que {firstName}. &lt;b&gt;Inscrire dans la séquence…&lt;/b&gt; (%2) la démarre pour les membres sélectionnés ; les personnes de la liste &lt;i&gt;Ne pas contacter&lt;/i&gt; ne sont jamais inscrites.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Replies&lt;/b&gt; (%1) shows the newest answers. Mark people interested (%2) or not interested (%3): with "only when they reply" or "only when they are interested" that is the moment they are added to SmartRecruiters.</source>
            <translation>&lt;b&gt;Réponses&lt;/b&gt; (%1) affiche les réponses les plus récentes. Marquez les personnes comme intéressées (%2) ou non intéressées (%3) : avec « Uniquement en cas de réponse » ou « Uniquement si intéressé », c'est à ce moment qu'elles sont ajoutées à SmartRecruiters.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Today&lt;/b&gt; (%1) lists the LinkedIn steps, calls and other tasks due today or overdue.</source>
            <translation>&lt;b&gt;Aujourd'hui&lt;/b&gt; (%1) liste les étapes LinkedIn, les appels et les autres tâches à échéance aujourd'hui ou en retard.</translation>
        </message>
        <message>
            <source>The &lt;b&gt;Sync log&lt;/b&gt; (%1) shows everything sent to SmartRecruiters. When SmartRecruiters refuses something, the status bar shows it in red: click it to see the jobs that need your attention, fix the cause and click &lt;b&gt;Retry&lt;/b&gt;.</source>
            <translation>Le &lt;b&gt;Journal de synchronisation&lt;/b&gt; (%1) affiche tout ce qui a été envoyé à SmartRecruiters. Lorsque SmartRecruiters refuse quelque chose, la barre d'état l'affiche en rouge : cliquez dessus pour voir les opérations qui requièrent votre attention, corrigez la cause et cliquez sur &lt;b&gt;Réessayer&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>The &lt;b&gt;Review queue&lt;/b&gt; (%1) holds possible matches waiting for your decision; &lt;b&gt;Out of step&lt;/b&gt; (%2) lists candidates that differ between Sourcedesk and SmartRecruiters.</source>
            <translation>La &lt;b&gt;File de vérification&lt;/b&gt; (%1) contient les correspondances possibles en attente de votre décision ; &lt;b&gt;Décalages&lt;/b&gt; (%2) liste les candidats qui diffèrent entre Sourcedesk et SmartRecruiters.</translation>
        </message>
        <message>
            <source>Search everywhere</source>
            <translation>Rechercher partout</translation>
        </message>
        <message>
            <source>Find candidates</source>
            <translation>Trouver des candidats</translation>
        </message>
        <message>
            <source>New campaign</source>
            <translation>Nouvelle campagne</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>Importer un CSV</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <source>Campaigns, Candidates, Settings</source>
            <translation>Campagnes, Candidats, Paramètres</translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>Journal de synchronisation</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <source>Today's tasks</source>
            <translation>Tâches du jour</translation>
        </message>
        <message>
            <source>What's This? (then click a control)</source>
            <translation>Qu'est-ce que c'est ? (puis cliquez sur un contrôle)</translation>
        </message>
        <message>
            <source>All keyboard shortcuts</source>
            <translation>Tous les raccourcis clavier</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1, %2, %3</translation>
        </message>
        <message>
            <source>Every setting explains itself: hover over it, or press %1 and click it. &lt;b&gt;Help → Keyboard shortcuts&lt;/b&gt; lists every key of the window.</source>
            <translation>Chaque paramètre est expliqué : survolez-le, ou appuyez sur %1 puis cliquez dessus. &lt;b&gt;Aide → Raccourcis clavier&lt;/b&gt; liste toutes les touches de la fenêtre.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::HelpMenu</name>
        <message>
            <source>Open log folder</source>
            <translation>Ouvrir le dossier des journaux</translation>
        </message>
        <message>
            <source>No file manager could open the log folder. Open it yourself: %1</source>
            <translation>Aucun gestionnaire de fichiers n'a pu ouvrir le dossier des journaux. Ouvrez-le vous-même : %1</translation>
        </message>
        <message>
            <source>&amp;Getting started guide</source>
            <translation>&amp;Guide de démarrage</translation>
        </message>
        <message>
            <source>A short guide from connecting SmartRecruiters to your first sequence</source>
            <translation>Un petit guide, de la connexion à SmartRecruiters jusqu'à votre première séquence</translation>
        </message>
        <message>
            <source>Click a setting to read what it does</source>
            <translation>Cliquez sur un paramètre pour savoir à quoi il sert</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Ouvrir le dossier des &amp;journaux</translation>
        </message>
        <message>
            <source>The application log, for support: %1</source>
            <translation>Le journal de l'application, pour le support : %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::HelpTexts</name>
        <message>
            <source>Sync manual contact updates: when someone on your team corrects a name, company, role, location or another contact field in Sourcedesk, the change is sent to the candidate's profile in SmartRecruiters as well.

Turn it off if SmartRecruiters is where your team keeps contact details up to date.</source>
            <translation>Synchroniser les mises à jour manuelles des contacts : lorsqu'un membre de votre équipe corrige un nom, une entreprise, un poste, une localisation ou un autre champ de contact dans Sourcedesk, la modification est également envoyée au profil du candidat dans SmartRecruiters.

Désactivez cette option si votre équipe tient les coordonnées à jour dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>Add candidate to SmartRecruiters: the moment a person you sourced becomes a candidate in your SmartRecruiters talent pool.

"When added to a campaign" pushes everyone you add. "Only when they reply" waits for an answer to your outreach, "Only when they are interested" for a positive answer. "Don't add this contact" never creates them.</source>
            <translation>Ajouter le candidat à SmartRecruiters : le moment où une personne que vous avez sourcée devient candidate dans votre vivier de talents SmartRecruiters.

« À l'ajout à une campagne » transfère toutes les personnes que vous ajoutez. « Uniquement en cas de réponse » attend une réponse à votre prospection, « Uniquement si intéressé » une réponse positive. « Ne pas ajouter ce contact » ne les crée jamais.</translation>
        </message>
        <message>
            <source>Only add notes to synced records: with "Only when they reply" or "Only when they are interested", your outreach notes are written only on candidates Sourcedesk created or linked (after they replied or were marked interested), never on SmartRecruiters records that merely share an email address.</source>
            <translation>Ajouter des notes uniquement aux enregistrements synchronisés : avec « Uniquement en cas de réponse » ou « Uniquement si intéressé », vos notes de prospection ne sont écrites que sur les candidats créés ou liés par Sourcedesk (après leur réponse ou leur marquage comme intéressés), jamais sur des fiches SmartRecruiters qui partagent simplement une adresse e-mail.</translation>
        </message>
        <message>
            <source>Displayed fields: the SmartRecruiters fields recruiters can fill in for a candidate before pushing them, for example phone number, LinkedIn profile or current company. Click Choose… to pick them from a list.</source>
            <translation>Champs affichés : les champs SmartRecruiters que les recruteurs peuvent renseigner pour un candidat avant de le transférer, par exemple le numéro de téléphone, le profil LinkedIn ou l'entreprise actuelle. Cliquez sur Choisir… pour les sélectionner dans une liste.</translation>
        </message>
        <message>
            <source>Mandatory fields: a candidate is pushed to SmartRecruiters only once these fields are filled. First name, last name and email are always required by SmartRecruiters; add more when your team's process needs them.</source>
            <translation>Champs obligatoires : un candidat n'est transféré vers SmartRecruiters qu'une fois ces champs renseignés. Le prénom, le nom et l'e-mail sont toujours exigés par SmartRecruiters ; ajoutez-en d'autres si le processus de votre équipe l'exige.</translation>
        </message>
        <message>
            <source>Which Sourcedesk field or template fills each SmartRecruiters field, and when.</source>
            <translation>Quel champ ou modèle Sourcedesk renseigne chaque champ SmartRecruiters, et quand.</translation>
        </message>
        <message>
            <source>Contact fields mapping: each row sends one Sourcedesk field (or a template such as {title} at {company}) to one SmartRecruiters field.

"Always update" writes the field every time, overwriting whatever is in SmartRecruiters. "Only update if blank" fills the field only when it is empty and never overwrites existing data.

Only change the mapping when values do not arrive in SmartRecruiters as expected.</source>
            <translation>Correspondance des champs de contact : chaque ligne envoie un champ Sourcedesk (ou un modèle tel que {title} chez {company}) vers un champ SmartRecruiters.

« Toujours mettre à jour » écrit le champ à chaque fois, en écrasant le contenu de SmartRecruiters. « Mettre à jour seulement si vide » ne renseigne le champ que s'il est vide et n'écrase jamais les données existantes.

Ne modifiez la correspondance que si les valeurs n'arrivent pas dans SmartRecruiters comme prévu.</translation>
        </message>
        <message>
            <source>Filterable fields: the SmartRecruiters fields offered as filters in Search SmartRecruiters, so you can search your ATS by tag, status, job and the like without leaving Sourcedesk.</source>
            <translation>Champs filtrables : les champs SmartRecruiters proposés comme filtres dans Rechercher dans SmartRecruiters, pour rechercher dans votre ATS par étiquette, statut, poste, etc. sans quitter Sourcedesk.</translation>
        </message>
        <message>
            <source>Create new notes from: the outreach types (emails, replies, calls, LinkedIn steps, status changes…) that write a note on the candidate in SmartRecruiters. Leave a type out to keep that activity in Sourcedesk only.</source>
            <translation>Créer de nouvelles notes à partir de : les types de prospection (e-mails, réponses, appels, étapes LinkedIn, changements de statut…) qui écrivent une note sur le candidat dans SmartRecruiters. Excluez un type pour conserver cette activité uniquement dans Sourcedesk.</translation>
        </message>
        <message>
            <source>Note text: how each activity note reads in SmartRecruiters. Placeholders in braces are filled per note: {activity}, {campaign}, {subject}, {body}, {author}, {date}, {status}, {job} and candidate fields such as {firstName}.</source>
            <translation>Texte de la note : la formulation de chaque note d'activité dans SmartRecruiters. Les variables entre accolades sont remplies pour chaque note : {activity}, {campaign}, {subject}, {body}, {author}, {date}, {status}, {job} et les champs du candidat tels que {firstName}.</translation>
        </message>
        <message>
            <source>Share notes with these users: the SmartRecruiters user ids, separated by commas, that can read the notes when "Who sees the notes" is "Only the users below".</source>
            <translation>Partager les notes avec ces utilisateurs : les identifiants d'utilisateurs SmartRecruiters, séparés par des virgules, qui peuvent lire les notes lorsque « Qui voit les notes » vaut « Uniquement les utilisateurs ci-dessous ».</translation>
        </message>
        <message>
            <source>Job status whitelist: when you link a campaign to a job, only the jobs with the selected statuses (for example Sourcing, Interview, Offer) are listed. Filled, cancelled or on-hold jobs stay out of the way.</source>
            <translation>Liste blanche des statuts de poste : lorsque vous liez une campagne à un poste, seuls les postes ayant les statuts sélectionnés (par exemple Sourcing, Entretien, Offre) sont listés. Les postes pourvus, annulés ou suspendus restent à l'écart.</translation>
        </message>
        <message>
            <source>Candidate source: the source SmartRecruiters records for the candidates Sourcedesk creates, as sourceTypeId/sourceSubTypeId/sourceId, so your source reports show where they were found. Leave it empty for SmartRecruiters' default source.</source>
            <translation>Source du candidat : la source que SmartRecruiters enregistre pour les candidats créés par Sourcedesk, sous la forme sourceTypeId/sourceSubTypeId/sourceId, afin que vos rapports de sources indiquent où ils ont été trouvés. Laissez vide pour la source par défaut de SmartRecruiters.</translation>
        </message>
        <message>
            <source>Tag: the tag added to the candidate's profile in SmartRecruiters, built from placeholders, e.g. "sourcedesk - {campaign} - {status}" becomes "sourcedesk - senior ml - interested".</source>
            <translation>Étiquette : l'étiquette ajoutée au profil du candidat dans SmartRecruiters, construite à partir de variables ; par ex. « sourcedesk - {campaign} - {status} » devient « sourcedesk - senior ml - interested ».</translation>
        </message>
        <message>
            <source>Tag candidates: adds a tag with the campaign and the outcome to each candidate in SmartRecruiters, so the hiring team can filter on it there.</source>
            <translation>Étiqueter les candidats : ajoute à chaque candidat dans SmartRecruiters une étiquette indiquant la campagne et le résultat, pour que l'équipe de recrutement puisse filtrer dessus.</translation>
        </message>
        <message>
            <source>Require consent before syncing: a candidate whose consent to be kept on file is not granted is held back and not pushed to SmartRecruiters.</source>
            <translation>Exiger le consentement avant la synchronisation : un candidat dont le consentement à la conservation de ses données n'est pas accordé est retenu et n'est pas transféré vers SmartRecruiters.</translation>
        </message>
        <message>
            <source>Consent text: the consent record sent with each candidate. Placeholders: {date}, {method} and {state}. Change it when your legal team asks for a different wording.</source>
            <translation>Texte de consentement : l'enregistrement de consentement envoyé avec chaque candidat. Variables : {date}, {method} et {state}. Modifiez-le si votre service juridique demande une autre formulation.</translation>
        </message>
        <message>
            <source>Upload attachments: the files attached to a candidate in Sourcedesk (CVs, notes) are uploaded to their SmartRecruiters profile.</source>
            <translation>Téléverser les pièces jointes : les fichiers joints à un candidat dans Sourcedesk (CV, notes) sont téléversés sur son profil SmartRecruiters.</translation>
        </message>
        <message>
            <source>Synchronize hiring stages: once a day Sourcedesk reads the candidates' hiring stages in SmartRecruiters and moves the campaign members to the mapped pipeline status. Map the stages on Settings → Hiring stages first.</source>
            <translation>Synchroniser les phases de recrutement : une fois par jour, Sourcedesk lit les phases de recrutement des candidats dans SmartRecruiters et déplace les membres des campagnes vers le statut du pipeline associé. Associez d'abord les phases dans Paramètres → Phases de recrutement.</translation>
        </message>
        <message>
            <source>Daily stage sync at: the time the daily stage sync runs (24-hour clock), in the time zone below. The default is 17:00 Paris time (5:00 PM CET).</source>
            <translation>Synchronisation quotidienne des phases à : l'heure d'exécution de la synchronisation quotidienne des phases (format 24 heures), dans le fuseau horaire ci-dessous. Par défaut : 17:00, heure de Paris (17 h CET).</translation>
        </message>
        <message>
            <source>Stage sync time zone: the time zone of the daily run, such as Europe/Paris or America/New_York.</source>
            <translation>Fuseau horaire de la synchronisation des phases : le fuseau horaire de l'exécution quotidienne, par exemple Europe/Paris ou America/New_York.</translation>
        </message>
        <message>
            <source>Stage sync since: applications older than this date (yyyy-MM-dd) are ignored by the stage sync. Leave it empty to read them all.</source>
            <translation>Synchronisation des phases depuis : les candidatures antérieures à cette date (aaaa-MM-jj) sont ignorées par la synchronisation des phases. Laissez vide pour toutes les lire.</translation>
        </message>
        <message>
            <source>Only applications made after stage sync was turned on: the stage mapping applies to applications submitted after you enabled the stage sync. Stages of earlier applications are not synchronized.</source>
            <translation>Uniquement les candidatures déposées après l'activation de la synchronisation des phases : la correspondance des phases s'applique aux candidatures déposées après l'activation de la synchronisation des phases. Les phases des candidatures antérieures ne sont pas synchronisées.</translation>
        </message>
        <message>
            <source>Push pipeline changes back: when you move a member in a Sourcedesk pipeline, the candidate's application moves to the matching hiring stage in SmartRecruiters too.</source>
            <translation>Transférer les changements du pipeline : lorsque vous déplacez un membre dans un pipeline Sourcedesk, la candidature passe également à la phase de recrutement correspondante dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>Settings for: "Team defaults" are set by your team admin and apply to everyone; "My settings" override them for your own campaigns. A locked team default cannot be overridden.</source>
            <translation>Paramètres pour : les « Valeurs par défaut de l'équipe » sont définies par l'administrateur de votre équipe et s'appliquent à tous ; « Mes paramètres » les remplacent pour vos propres campagnes. Une valeur par défaut verrouillée ne peut pas être remplacée.</translation>
        </message>
        <message>
            <source>Lock this team default so nobody can change it.</source>
            <translation>Verrouiller cette valeur par défaut de l'équipe pour que personne ne puisse la modifier.</translation>
        </message>
        <message>
            <source>Lock: everyone uses the team value of this setting. Users, campaigns and candidates cannot override it until the admin unlocks it.</source>
            <translation>Verrouiller : tout le monde utilise la valeur d'équipe de ce paramètre. Les utilisateurs, les campagnes et les candidats ne peuvent pas la remplacer tant que l'administrateur ne l'a pas déverrouillée.</translation>
        </message>
        <message>
            <source>Go back to the inherited value.</source>
            <translation>Revenir à la valeur héritée.</translation>
        </message>
        <message>
            <source>Reset: drops the value set here, so the setting follows the layer below again (the team default, or the built-in default for team settings).</source>
            <translation>Réinitialiser : supprime la valeur définie ici, afin que le paramètre suive à nouveau le niveau inférieur (la valeur par défaut de l'équipe, ou la valeur intégrée pour les paramètres d'équipe).</translation>
        </message>
        <message>
            <source>Pick the items from a list.</source>
            <translation>Choisir les éléments dans une liste.</translation>
        </message>
        <message>
            <source>Choose…: ticks and unticks the known items of this list; the line beside it shows what is chosen and can be edited by hand.</source>
            <translation>Choisir… : coche et décoche les éléments connus de cette liste ; la ligne à côté indique ce qui est choisi et peut être modifiée à la main.</translation>
        </message>
        <message>
            <source>Save the sync settings.</source>
            <translation>Enregistrer les paramètres de synchronisation.</translation>
        </message>
        <message>
            <source>Save: stores all changed sync settings at once. Nothing is saved while a value has a problem.</source>
            <translation>Enregistrer : enregistre en une fois tous les paramètres de synchronisation modifiés. Rien n'est enregistré tant qu'une valeur pose problème.</translation>
        </message>
        <message>
            <source>Drop the unsaved changes.</source>
            <translation>Abandonner les modifications non enregistrées.</translation>
        </message>
        <message>
            <source>Revert: drops the unsaved changes and shows the stored settings again.</source>
            <translation>Rétablir : abandonne les modifications non enregistrées et affiche de nouveau les paramètres enregistrés.</translation>
        </message>
        <message>
            <source>Save these settings to a file.</source>
            <translation>Enregistrer ces paramètres dans un fichier.</translation>
        </message>
        <message>
            <source>Export: writes the settings of the chosen layer to a JSON file, to share with another workspace or keep as a backup.</source>
            <translation>Exporter : écrit les paramètres du niveau choisi dans un fichier JSON, pour les partager avec un autre espace de travail ou les conserver comme sauvegarde.</translation>
        </message>
        <message>
            <source>Load settings from a file.</source>
            <translation>Charger les paramètres depuis un fichier.</translation>
        </message>
        <message>
            <source>Import: replaces the settings of the chosen layer with those of an exported JSON file. Nothing changes if the file is not valid.</source>
            <translation>Importer : remplace les paramètres du niveau choisi par ceux d'un fichier JSON exporté. Rien ne change si le fichier n'est pas valide.</translation>
        </message>
        <message>
            <source>One row per SmartRecruiters field and where its value comes from.</source>
            <translation>Une ligne par champ SmartRecruiters et la provenance de sa valeur.</translation>
        </message>
        <message>
            <source>Contact fields mapping: one row per SmartRecruiters field, the Sourcedesk field or template that fills it, and its update rule ("Always update" or "Only update if blank").</source>
            <translation>Correspondance des champs de contact : une ligne par champ SmartRecruiters, le champ ou modèle Sourcedesk qui le renseigne, et sa règle de mise à jour (« Toujours mettre à jour » ou « Mettre à jour seulement si vide »).</translation>
        </message>
        <message>
            <source>The SmartRecruiters field this row fills.</source>
            <translation>Le champ SmartRecruiters renseigné par cette ligne.</translation>
        </message>
        <message>
            <source>SmartRecruiters field: a standard candidate field, or property:&lt;id&gt; for one of your company's candidate properties.</source>
            <translation>Champ SmartRecruiters : un champ candidat standard, ou property:&lt;id&gt; pour l'une des propriétés de candidat de votre entreprise.</translation>
        </message>
        <message>
            <source>The Sourcedesk field or template that fills it.</source>
            <translation>Le champ ou modèle Sourcedesk qui le renseigne.</translation>
        </message>
        <message>
            <source>Sourcedesk field or template: a field name such as email, or a template with placeholders such as {title} at {company}.</source>
            <translation>Champ ou modèle Sourcedesk : un nom de champ tel que email, ou un modèle avec des variables tel que {title} chez {company}.</translation>
        </message>
        <message>
            <source>Always update, or only update if blank.</source>
            <translation>Toujours mettre à jour, ou mettre à jour seulement si vide.</translation>
        </message>
        <message>
            <source>Update rule: "Always update" overwrites the field in SmartRecruiters with every push. "Only update if blank" writes only when the field is empty there and never overwrites existing data.</source>
            <translation>Règle de mise à jour : « Toujours mettre à jour » écrase le champ dans SmartRecruiters à chaque transfert. « Mettre à jour seulement si vide » n'écrit que si le champ y est vide et n'écrase jamais les données existantes.</translation>
        </message>
        <message>
            <source>Add a row for another field.</source>
            <translation>Ajouter une ligne pour un autre champ.</translation>
        </message>
        <message>
            <source>Add field: adds a row to map one more SmartRecruiters field.</source>
            <translation>Ajouter un champ : ajoute une ligne pour associer un champ SmartRecruiters supplémentaire.</translation>
        </message>
        <message>
            <source>Remove the selected rows.</source>
            <translation>Supprimer les lignes sélectionnées.</translation>
        </message>
        <message>
            <source>Remove field: removes the selected rows; those fields are no longer written.</source>
            <translation>Supprimer le champ : supprime les lignes sélectionnées ; ces champs ne sont plus écrits.</translation>
        </message>
        <message>
            <source>Go back to the built-in mapping.</source>
            <translation>Revenir à la correspondance intégrée.</translation>
        </message>
        <message>
            <source>Restore defaults: replaces the whole table with the built-in mapping.</source>
            <translation>Rétablir les valeurs par défaut : remplace tout le tableau par la correspondance intégrée.</translation>
        </message>
        <message>
            <source>Which SmartRecruiters to connect to.</source>
            <translation>À quel SmartRecruiters se connecter.</translation>
        </message>
        <message>
            <source>Server: SmartRecruiters for your live account. "Other address…" is for a test environment your SmartRecruiters admin gave you.</source>
            <translation>Serveur : SmartRecruiters pour votre compte de production. « Autre adresse… » est destiné à un environnement de test fourni par votre administrateur SmartRecruiters.</translation>
        </message>
        <message>
            <source>The address of the SmartRecruiters API.</source>
            <translation>L'adresse de l'API SmartRecruiters.</translation>
        </message>
        <message>
            <source>API address: where Sourcedesk sends its requests. Filled in for SmartRecruiters; change it only with "Other address…".</source>
            <translation>Adresse de l'API : l'adresse à laquelle Sourcedesk envoie ses requêtes. Préremplie pour SmartRecruiters ; ne la modifiez qu'avec « Autre adresse… ».</translation>
        </message>
        <message>
            <source>The address you sign in at.</source>
            <translation>L'adresse à laquelle vous vous connectez.</translation>
        </message>
        <message>
            <source>Sign-in address: the SmartRecruiters page the sign-in window opens.</source>
            <translation>Adresse de connexion : la page SmartRecruiters qu'ouvre la fenêtre de connexion.</translation>
        </message>
        <message>
            <source>Sign in with your SmartRecruiters account.</source>
            <translation>Se connecter avec votre compte SmartRecruiters.</translation>
        </message>
        <message>
            <source>Sign in with SmartRecruiters: Connect opens the SmartRecruiters sign-in; log in and click Allow access to grant Sourcedesk the permissions it asks for. Nothing is stored but a token in your keychain.</source>
            <translation>Se connecter avec SmartRecruiters : Connecter ouvre la page de connexion SmartRecruiters ; connectez-vous et cliquez sur Autoriser l'accès pour accorder à Sourcedesk les autorisations demandées. Seul un jeton est conservé, dans votre trousseau.</translation>
        </message>
        <message>
            <source>Connect with an API key from SmartRecruiters.</source>
            <translation>Se connecter avec une clé API de SmartRecruiters.</translation>
        </message>
        <message>
            <source>API key: for companies whose admin issues API keys (Settings → Apps &amp; Integrations in SmartRecruiters). The key goes to your system keychain only.</source>
            <translation>Clé API : pour les entreprises dont l'administrateur délivre des clés API (Settings → Apps &amp; Integrations dans SmartRecruiters). La clé est conservée uniquement dans le trousseau du système.</translation>
        </message>
        <message>
            <source>The OAuth client id of your SmartRecruiters app.</source>
            <translation>L'ID client OAuth de votre application SmartRecruiters.</translation>
        </message>
        <message>
            <source>Client id: identifies the app your SmartRecruiters admin registered for Sourcedesk.</source>
            <translation>ID client : identifie l'application que votre administrateur SmartRecruiters a enregistrée pour Sourcedesk.</translation>
        </message>
        <message>
            <source>The OAuth client secret; kept in the keychain.</source>
            <translation>Le secret client OAuth ; conservé dans le trousseau.</translation>
        </message>
        <message>
            <source>Client secret: the secret that belongs to the client id. It is kept in your system keychain; leave it empty to reuse the stored one.</source>
            <translation>Secret client : le secret associé à l'ID client. Il est conservé dans le trousseau du système ; laissez vide pour réutiliser celui enregistré.</translation>
        </message>
        <message>
            <source>Must match a redirect URI registered for the app exactly.</source>
            <translation>Doit correspondre exactement à une URI de redirection enregistrée pour l'application.</translation>
        </message>
        <message>
            <source>Redirect URI: where SmartRecruiters sends you back after you allow access. It must match a redirect URI registered for the app, character for character.</source>
            <translation>URI de redirection : l'adresse vers laquelle SmartRecruiters vous renvoie après l'autorisation d'accès. Elle doit correspondre, caractère pour caractère, à une URI de redirection enregistrée pour l'application.</translation>
        </message>
        <message>
            <source>Paste the API key; it goes to the keychain only.</source>
            <translation>Collez la clé API ; elle est conservée uniquement dans le trousseau.</translation>
        </message>
        <message>
            <source>API key: paste the key your SmartRecruiters admin gave you. It is handed to the keychain and cleared from the form.</source>
            <translation>Clé API : collez la clé fournie par votre administrateur SmartRecruiters. Elle est transmise au trousseau et effacée du formulaire.</translation>
        </message>
        <message>
            <source>Turn on the synchronization with SmartRecruiters.</source>
            <translation>Activer la synchronisation avec SmartRecruiters.</translation>
        </message>
        <message>
            <source>Connect: turns on the synchronization. With sign-in you log in to SmartRecruiters and allow access; with an API key the key is checked right away.</source>
            <translation>Connecter : active la synchronisation. Avec la connexion par compte, vous vous connectez à SmartRecruiters et autorisez l'accès ; avec une clé API, la clé est vérifiée immédiatement.</translation>
        </message>
        <message>
            <source>Turn off the synchronization and forget the sign-in.</source>
            <translation>Désactiver la synchronisation et oublier la connexion.</translation>
        </message>
        <message>
            <source>Disconnect: stops the synchronization and removes the token or key from the keychain. Your campaigns and candidates stay in Sourcedesk.</source>
            <translation>Déconnecter : arrête la synchronisation et supprime le jeton ou la clé du trousseau. Vos campagnes et vos candidats restent dans Sourcedesk.</translation>
        </message>
        <message>
            <source>Check every permission Sourcedesk needs.</source>
            <translation>Vérifier chaque autorisation nécessaire à Sourcedesk.</translation>
        </message>
        <message>
            <source>Test integration: checks each permission Sourcedesk needs in SmartRecruiters and lists what is granted and what is missing below.</source>
            <translation>Tester l'intégration : vérifie chaque autorisation dont Sourcedesk a besoin dans SmartRecruiters et liste ci-dessous celles qui sont accordées et celles qui manquent.</translation>
        </message>
        <message>
            <source>The permissions Sourcedesk has in SmartRecruiters.</source>
            <translation>Les autorisations dont dispose Sourcedesk dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>Permissions: each permission, whether it is granted, and what Sourcedesk uses it for. Ask your SmartRecruiters admin for the missing ones.</source>
            <translation>Autorisations : chaque autorisation, si elle est accordée, et l'usage qu'en fait Sourcedesk. Demandez les autorisations manquantes à votre administrateur SmartRecruiters.</translation>
        </message>
        <message>
            <source>The job the test candidate is created on.</source>
            <translation>Le poste sur lequel le candidat de test est créé.</translation>
        </message>
        <message>
            <source>Job: the SmartRecruiters job that receives the test candidate.</source>
            <translation>Poste : le poste SmartRecruiters qui reçoit le candidat de test.</translation>
        </message>
        <message>
            <source>Create a test candidate with a note on the chosen job.</source>
            <translation>Créer un candidat de test avec une note sur le poste choisi.</translation>
        </message>
        <message>
            <source>Insert test candidate: creates a clearly named test candidate with a note on the chosen job, so you can see in SmartRecruiters exactly what a push looks like. Delete it there afterwards.</source>
            <translation>Insérer un candidat de test : crée un candidat de test clairement nommé avec une note sur le poste choisi, pour voir exactement dans SmartRecruiters à quoi ressemble un transfert. Supprimez-le ensuite dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>Each SmartRecruiters hiring stage and the pipeline status it maps to.</source>
            <translation>Chaque phase de recrutement SmartRecruiters et le statut du pipeline auquel elle est associée.</translation>
        </message>
        <message>
            <source>Hiring stages: all stages of your SmartRecruiters hiring processes. Assign each one a Sourcedesk pipeline status; every stage must be assigned before saving. A highlighted stage changed in SmartRecruiters.</source>
            <translation>Phases de recrutement : toutes les phases de vos processus de recrutement SmartRecruiters. Attribuez à chacune un statut du pipeline Sourcedesk ; chaque phase doit être attribuée avant l'enregistrement. Une phase en surbrillance a été modifiée dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>The pipeline status this hiring stage maps to.</source>
            <translation>Le statut du pipeline auquel cette phase de recrutement est associée.</translation>
        </message>
        <message>
            <source>Pipeline status: when a candidate's application reaches this stage in SmartRecruiters, the stage sync moves the campaign member to this status.</source>
            <translation>Statut du pipeline : lorsque la candidature d'un candidat atteint cette phase dans SmartRecruiters, la synchronisation des phases déplace le membre de la campagne vers ce statut.</translation>
        </message>
        <message>
            <source>The stage pushed to SmartRecruiters for this status.</source>
            <translation>La phase transférée vers SmartRecruiters pour ce statut.</translation>
        </message>
        <message>
            <source>Pushing back: when several stages map to one status, a status change made in Sourcedesk is pushed to SmartRecruiters as this stage.</source>
            <translation>Transfert en retour : lorsque plusieurs phases sont associées à un même statut, un changement de statut effectué dans Sourcedesk est transféré vers SmartRecruiters sous la forme de cette phase.</translation>
        </message>
        <message>
            <source>Download the hiring stages from SmartRecruiters.</source>
            <translation>Télécharger les phases de recrutement depuis SmartRecruiters.</translation>
        </message>
        <message>
            <source>Download from SmartRecruiters: downloads every stage your company defined in SmartRecruiters. New stages arrive unmapped.</source>
            <translation>Télécharger depuis SmartRecruiters : télécharge toutes les phases définies par votre entreprise dans SmartRecruiters. Les nouvelles phases arrivent sans correspondance.</translation>
        </message>
        <message>
            <source>Suggest a pipeline status for every unmapped stage.</source>
            <translation>Suggérer un statut du pipeline pour chaque phase sans correspondance.</translation>
        </message>
        <message>
            <source>Suggest: fills every unmapped stage with the closest pipeline status (Offered, Hired, Rejected…). Check the suggestions, then save.</source>
            <translation>Suggérer : attribue à chaque phase sans correspondance le statut du pipeline le plus proche (Offre faite, Embauché, Refusé…). Vérifiez les suggestions, puis enregistrez.</translation>
        </message>
        <message>
            <source>Accept the change SmartRecruiters made to the selected stage.</source>
            <translation>Accepter la modification apportée par SmartRecruiters à la phase sélectionnée.</translation>
        </message>
        <message>
            <source>Clear flag: a stage renamed or removed in SmartRecruiters is highlighted until you have checked its mapping and cleared the flag.</source>
            <translation>Effacer l'indicateur : une phase renommée ou supprimée dans SmartRecruiters reste en surbrillance jusqu'à ce que vous ayez vérifié sa correspondance et effacé l'indicateur.</translation>
        </message>
        <message>
            <source>Drop the unsaved stage mapping changes.</source>
            <translation>Abandonner les modifications non enregistrées de la correspondance des phases.</translation>
        </message>
        <message>
            <source>Revert: drops the unsaved changes to the stage mapping.</source>
            <translation>Rétablir : abandonne les modifications non enregistrées de la correspondance des phases.</translation>
        </message>
        <message>
            <source>Save the stage mapping.</source>
            <translation>Enregistrer la correspondance des phases.</translation>
        </message>
        <message>
            <source>Save: stores the stage mapping. It applies to applications submitted after the stage sync was turned on.</source>
            <translation>Enregistrer : enregistre la correspondance des phases. Elle s'applique aux candidatures déposées après l'activation de la synchronisation des phases.</translation>
        </message>
        <message>
            <source>Sync the hiring stages from SmartRecruiters now.</source>
            <translation>Synchroniser maintenant les phases de recrutement depuis SmartRecruiters.</translation>
        </message>
        <message>
            <source>Sync stages now: runs the stage sync right away instead of waiting for the daily run.</source>
            <translation>Synchroniser les phases maintenant : lance immédiatement la synchronisation des phases au lieu d'attendre l'exécution quotidienne.</translation>
        </message>
        <message>
            <source>Stop the running stage sync.</source>
            <translation>Arrêter la synchronisation des phases en cours.</translation>
        </message>
        <message>
            <source>Cancel: stops the running stage sync; members moved so far stay moved.</source>
            <translation>Annuler : arrête la synchronisation des phases en cours ; les membres déjà déplacés le restent.</translation>
        </message>
        <message>
            <source>Applications whose stage could not be applied.</source>
            <translation>Candidatures dont la phase n'a pas pu être appliquée.</translation>
        </message>
        <message>
            <source>Stage drift: applications whose SmartRecruiters stage could not be applied (an unmapped stage, an unknown candidate), and members out of step with SmartRecruiters.</source>
            <translation>Écarts de phase : candidatures dont la phase SmartRecruiters n'a pas pu être appliquée (phase sans correspondance, candidat inconnu), et membres désynchronisés par rapport à SmartRecruiters.</translation>
        </message>
        <message>
            <source>Fill in the servers for a known email provider.</source>
            <translation>Renseigner les serveurs d'un fournisseur de messagerie connu.</translation>
        </message>
        <message>
            <source>Provider: Gmail / Google Workspace and Microsoft 365 / Outlook fill in the servers for you. Choose Other to type them in.</source>
            <translation>Fournisseur : Gmail / Google Workspace et Microsoft 365 / Outlook renseignent les serveurs pour vous. Choisissez Autre pour les saisir.</translation>
        </message>
        <message>
            <source>The address your sequence emails are sent from.</source>
            <translation>L'adresse depuis laquelle vos e-mails de séquence sont envoyés.</translation>
        </message>
        <message>
            <source>Address: candidates see this address as the sender of your sequence emails, and replies to it are read back into Sourcedesk.</source>
            <translation>Adresse : les candidats voient cette adresse comme expéditeur de vos e-mails de séquence, et les réponses qui lui sont adressées sont relues dans Sourcedesk.</translation>
        </message>
        <message>
            <source>Your name as candidates see it.</source>
            <translation>Votre nom tel que les candidats le voient.</translation>
        </message>
        <message>
            <source>Display name: the name shown beside your address in the candidate's inbox.</source>
            <translation>Nom affiché : le nom affiché à côté de votre adresse dans la boîte de réception du candidat.</translation>
        </message>
        <message>
            <source>The user name to sign in to the mail servers.</source>
            <translation>Le nom d'utilisateur pour se connecter aux serveurs de messagerie.</translation>
        </message>
        <message>
            <source>User name: what you sign in to the mail servers with; usually the email address.</source>
            <translation>Nom d'utilisateur : l'identifiant avec lequel vous vous connectez aux serveurs de messagerie ; généralement l'adresse e-mail.</translation>
        </message>
        <message>
            <source>Sign in with a password or an OAuth2 access token.</source>
            <translation>Se connecter avec un mot de passe ou un jeton d'accès OAuth2.</translation>
        </message>
        <message>
            <source>Sign-in: a password (an app password for Gmail or Microsoft 365), or an OAuth2 access token.</source>
            <translation>Connexion : un mot de passe (un mot de passe d'application pour Gmail ou Microsoft 365), ou un jeton d'accès OAuth2.</translation>
        </message>
        <message>
            <source>Kept in this computer's keychain only.</source>
            <translation>Conservé uniquement dans le trousseau de cet ordinateur.</translation>
        </message>
        <message>
            <source>Password or token: stored in this computer's keychain, never in the workspace. Leave it empty to keep the stored one.</source>
            <translation>Mot de passe ou jeton : conservé dans le trousseau de cet ordinateur, jamais dans l'espace de travail. Laissez vide pour conserver celui enregistré.</translation>
        </message>
        <message>
            <source>The server your emails are sent through.</source>
            <translation>Le serveur par lequel vos e-mails sont envoyés.</translation>
        </message>
        <message>
            <source>SMTP server: the outgoing mail server, e.g. smtp.gmail.com.</source>
            <translation>Serveur SMTP : le serveur de messagerie sortant, par ex. smtp.gmail.com.</translation>
        </message>
        <message>
            <source>The port of the sending server.</source>
            <translation>Le port du serveur d'envoi.</translation>
        </message>
        <message>
            <source>SMTP port: usually 465 with TLS or 587 with STARTTLS.</source>
            <translation>Port SMTP : généralement 465 avec TLS ou 587 avec STARTTLS.</translation>
        </message>
        <message>
            <source>How the connection to the sending server is encrypted.</source>
            <translation>Le mode de chiffrement de la connexion au serveur d'envoi.</translation>
        </message>
        <message>
            <source>SMTP security: TLS for port 465, STARTTLS for port 587. Unencrypted connections are refused except on this computer.</source>
            <translation>Sécurité SMTP : TLS pour le port 465, STARTTLS pour le port 587. Les connexions non chiffrées sont refusées, sauf sur cet ordinateur.</translation>
        </message>
        <message>
            <source>The server replies are read from.</source>
            <translation>Le serveur depuis lequel les réponses sont lues.</translation>
        </message>
        <message>
            <source>IMAP server: the incoming mail server Sourcedesk reads replies from, e.g. imap.gmail.com.</source>
            <translation>Serveur IMAP : le serveur de messagerie entrant depuis lequel Sourcedesk lit les réponses, par ex. imap.gmail.com.</translation>
        </message>
        <message>
            <source>The port of the reading server.</source>
            <translation>Le port du serveur de lecture.</translation>
        </message>
        <message>
            <source>IMAP port: usually 993 with TLS.</source>
            <translation>Port IMAP : généralement 993 avec TLS.</translation>
        </message>
        <message>
            <source>How the connection to the reading server is encrypted.</source>
            <translation>Le mode de chiffrement de la connexion au serveur de lecture.</translation>
        </message>
        <message>
            <source>IMAP security: TLS for port 993, STARTTLS for port 143.</source>
            <translation>Sécurité IMAP : TLS pour le port 993, STARTTLS pour le port 143.</translation>
        </message>
        <message>
            <source>The folder copies of sent emails go to.</source>
            <translation>Le dossier où sont placées les copies des e-mails envoyés.</translation>
        </message>
        <message>
            <source>Sent folder: where a copy of each sequence email is saved, so it appears with your other sent mail.</source>
            <translation>Dossier Éléments envoyés : l'emplacement où une copie de chaque e-mail de séquence est enregistrée, pour qu'il apparaisse avec vos autres messages envoyés.</translation>
        </message>
        <message>
            <source>Keep a copy of each email in the Sent folder.</source>
            <translation>Conserver une copie de chaque e-mail dans le dossier Éléments envoyés.</translation>
        </message>
        <message>
            <source>Save a copy: stores each email Sourcedesk sends in the Sent folder. Gmail does this by itself; turn it off there to avoid duplicates.</source>
            <translation>Enregistrer une copie : enregistre chaque e-mail envoyé par Sourcedesk dans le dossier Éléments envoyés. Gmail le fait de lui-même ; désactivez l'option dans ce cas pour éviter les doublons.</translation>
        </message>
        <message>
            <source>For a test mail server on this computer only.</source>
            <translation>Uniquement pour un serveur de messagerie de test sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Allow unencrypted connections: only for a mail server running on this computer (loopback), such as a test server. Remote servers always need TLS or STARTTLS.</source>
            <translation>Autoriser les connexions non chiffrées : uniquement pour un serveur de messagerie exécuté sur cet ordinateur (bouclage), tel qu'un serveur de test. Les serveurs distants exigent toujours TLS ou STARTTLS.</translation>
        </message>
        <message>
            <source>The most emails sent from this mailbox per day.</source>
            <translation>Le nombre maximal d'e-mails envoyés depuis cette boîte mail par jour.</translation>
        </message>
        <message>
            <source>Daily limit: sequences stop sending for the day once this many emails went out, which keeps your mailbox clear of the provider's sending limits and spam filters.</source>
            <translation>Limite quotidienne : les séquences cessent d'envoyer pour la journée une fois ce nombre d'e-mails atteint, ce qui maintient votre boîte mail à l'écart des limites d'envoi du fournisseur et des filtres anti-spam.</translation>
        </message>
        <message>
            <source>The most emails sent from this mailbox per hour.</source>
            <translation>Le nombre maximal d'e-mails envoyés depuis cette boîte mail par heure.</translation>
        </message>
        <message>
            <source>Hourly limit: spreads your sequence emails over the day.</source>
            <translation>Limite horaire : répartit vos e-mails de séquence sur la journée.</translation>
        </message>
        <message>
            <source>The least time between two emails.</source>
            <translation>Le délai minimal entre deux e-mails.</translation>
        </message>
        <message>
            <source>Spacing: the minimum wait between two emails, so a large sequence does not go out in one burst.</source>
            <translation>Espacement : le délai d'attente minimal entre deux e-mails, pour qu'une grande séquence ne parte pas d'un seul coup.</translation>
        </message>
        <message>
            <source>Save the mailbox.</source>
            <translation>Enregistrer la boîte mail.</translation>
        </message>
        <message>
            <source>Save: stores the mailbox settings; the password or token goes to the keychain.</source>
            <translation>Enregistrer : enregistre les paramètres de la boîte mail ; le mot de passe ou le jeton est placé dans le trousseau.</translation>
        </message>
        <message>
            <source>Test the connection to the mail servers.</source>
            <translation>Tester la connexion aux serveurs de messagerie.</translation>
        </message>
        <message>
            <source>Test connection: signs in to the sending and the reading server and says what, if anything, went wrong.</source>
            <translation>Tester la connexion : se connecte au serveur d'envoi et au serveur de lecture, et indique ce qui a échoué, le cas échéant.</translation>
        </message>
        <message>
            <source>Cancel the connection test.</source>
            <translation>Annuler le test de connexion.</translation>
        </message>
        <message>
            <source>Cancel test: stops the connection test.</source>
            <translation>Annuler le test : arrête le test de connexion.</translation>
        </message>
        <message>
            <source>Who sees the notes in SmartRecruiters: "Everyone who can see the candidate", only "The hiring team" of the job, or "Only the users below", the ones listed in "Share notes with these users".</source>
            <translation>Qui voit les notes dans SmartRecruiters : « Toute personne pouvant voir le candidat », uniquement « L'équipe de recrutement » du poste, ou « Uniquement les utilisateurs ci-dessous », c'est-à-dire ceux indiqués dans « Partager les notes avec ces utilisateurs ».</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportFilePage</name>
        <message>
            <source>CSV file</source>
            <translation>Fichier CSV</translation>
        </message>
        <message>
            <source>Problem with the file</source>
            <translation>Problème avec le fichier</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>Choisir un fichier CSV</translation>
        </message>
        <message>
            <source>Exports from LinkedIn Recruiter, SourceWhale, Google Contacts, spreadsheets and Sourcedesk itself are recognised. Any encoding and separator (comma, semicolon, tab) works.</source>
            <translation>Les exports de LinkedIn Recruiter, SourceWhale, Google Contacts, des tableurs et de Sourcedesk lui-même sont reconnus. Tous les encodages et séparateurs (virgule, point-virgule, tabulation) sont pris en charge.</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>Browse for a file</source>
            <translation>Rechercher un fichier</translation>
        </message>
        <message>
            <source>Path of the .csv file</source>
            <translation>Chemin du fichier .csv</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>Importer un CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>There is no file at “%1”.</source>
            <translation>Aucun fichier à l'emplacement « %1 ».</translation>
        </message>
        <message>
            <source>This file cannot be imported: %1</source>
            <translation>Impossible d'importer ce fichier : %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportMappingPage</name>
        <message>
            <source>Column mapping and preview</source>
            <translation>Correspondance des colonnes et aperçu</translation>
        </message>
        <message>
            <source>Mapping hint</source>
            <translation>Conseil de correspondance</translation>
        </message>
        <message>
            <source>Map the columns</source>
            <translation>Associer les colonnes</translation>
        </message>
        <message>
            <source>Choose what each column holds. The first rows below show how they will be imported.</source>
            <translation>Choisissez le contenu de chaque colonne. Les premières lignes ci-dessous montrent comment elles seront importées.</translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>(ne pas importer)</translation>
        </message>
        <message>
            <source>Custom field</source>
            <translation>Champ personnalisé</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Intitulé du poste</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Location (city, region, country)</source>
            <translation>Localisation (ville, région, pays)</translation>
        </message>
        <message>
            <source>LinkedIn profile</source>
            <translation>Profil LinkedIn</translation>
        </message>
        <message>
            <source>Other link</source>
            <translation>Autre lien</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>GDPR consent</source>
            <translation>Consentement RGPD</translation>
        </message>
        <message>
            <source>GDPR consent date</source>
            <translation>Date du consentement RGPD</translation>
        </message>
        <message>
            <source>GDPR consent: how obtained</source>
            <translation>Consentement RGPD : mode d'obtention</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importer en tant que</translation>
        </message>
        <message>
            <source>Import column “%1” as</source>
            <translation>Importer la colonne « %1 » en tant que</translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>Ligne %1</translation>
        </message>
        <message>
            <source>Line %1 ✗</source>
            <translation>Ligne %1 ✗</translation>
        </message>
        <message>
            <source>Detected: %1, separator “%2”.</source>
            <translation>Détecté : %1, séparateur « %2 ».</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulation</translation>
        </message>
        <message>
            <source>Map at least one column to a name or an email address; otherwise no row can be imported.</source>
            <translation>Associez au moins une colonne à un nom ou à une adresse e-mail ; sinon, aucune ligne ne peut être importée.</translation>
        </message>
        <message numerus="yes">
            <source>%n of the rows shown would not import (hover a red row for the reason).</source>
            <translation>
                <numerusform>%n des lignes affichées ne serait pas importée (survolez une ligne rouge pour en voir la raison).</numerusform>
                <numerusform>%n des lignes affichées ne seraient pas importées (survolez une ligne rouge pour en voir la raison).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportOptionsPage</name>
        <message>
            <source>Add imported candidates to campaign</source>
            <translation>Ajouter les candidats importés à la campagne</translation>
        </message>
        <message>
            <source>&amp;Skip them: keep the stored candidate as it is</source>
            <translation>&amp;Les ignorer : conserver le candidat enregistré tel quel</translation>
        </message>
        <message>
            <source>Skip duplicates</source>
            <translation>Ignorer les doublons</translation>
        </message>
        <message>
            <source>&amp;Merge them: add the new details to the stored candidate</source>
            <translation>Les &amp;fusionner : ajouter les nouvelles informations au candidat enregistré</translation>
        </message>
        <message>
            <source>Merge duplicates</source>
            <translation>Fusionner les doublons</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>Récapitulatif de l'importation</translation>
        </message>
        <message>
            <source>Import options</source>
            <translation>Options d'importation</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>A row is a duplicate when its email, LinkedIn profile, or name and company match a stored candidate (or an earlier row). Nothing is ever imported twice.</source>
            <translation>Une ligne est un doublon lorsque son e-mail, son profil LinkedIn, ou son nom et son entreprise correspondent à un candidat enregistré (ou à une ligne précédente). Rien n'est jamais importé deux fois.</translation>
        </message>
        <message>
            <source>Add to &amp;campaign:</source>
            <translation>Ajouter à la &amp;campagne :</translation>
        </message>
        <message>
            <source>Duplicates:</source>
            <translation>Doublons :</translation>
        </message>
        <message>
            <source>No campaign</source>
            <translation>Aucune campagne</translation>
        </message>
        <message>
            <source>Ready to import “%1”. You can cancel at any time; the rows imported until then stay, and no half-written batch is left behind.</source>
            <translation>Prêt à importer « %1 ». Vous pouvez annuler à tout moment ; les lignes importées jusque-là sont conservées, et aucun lot à moitié écrit ne subsiste.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportRunPage</name>
        <message>
            <source>Import status</source>
            <translation>État de l'importation</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progression de l'importation</translation>
        </message>
        <message>
            <source>&amp;Cancel import</source>
            <translation>&amp;Annuler l'importation</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Annuler l'importation</translation>
        </message>
        <message>
            <source>Import result</source>
            <translation>Résultat de l'importation</translation>
        </message>
        <message>
            <source>Rows not imported as they were</source>
            <translation>Lignes non importées telles quelles</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importation</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>CSV: %1</source>
            <translation>CSV : %1</translation>
        </message>
        <message>
            <source>Importing “%1”…</source>
            <translation>Importation de « %1 »…</translation>
        </message>
        <message>
            <source>Cancelling after the current batch…</source>
            <translation>Annulation après le lot en cours…</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n rows…</source>
            <translation>
                <numerusform>%n ligne importée…</numerusform>
                <numerusform>%n lignes importées…</numerusform>
            </translation>
        </message>
        <message>
            <source>The import stopped: %1</source>
            <translation>L'importation s'est arrêtée : %1</translation>
        </message>
        <message>
            <source>The import was cancelled. The rows below were stored before it stopped.</source>
            <translation>L'importation a été annulée. Les lignes ci-dessous ont été enregistrées avant l'arrêt.</translation>
        </message>
        <message>
            <source>Import complete.</source>
            <translation>Importation terminée.</translation>
        </message>
        <message numerus="yes">
            <source>%n rows read</source>
            <translation>
                <numerusform>%n ligne lue</numerusform>
                <numerusform>%n lignes lues</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new candidates</source>
            <translation>
                <numerusform>%n nouveau candidat</numerusform>
                <numerusform>%n nouveaux candidats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n merged</source>
            <translation>
                <numerusform>%n fusionné</numerusform>
                <numerusform>%n fusionnés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicates skipped</source>
            <translation>
                <numerusform>%n doublon ignoré</numerusform>
                <numerusform>%n doublons ignorés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n en échec</numerusform>
                <numerusform>%n en échec</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more rows with problems are not listed.</source>
            <translation>
                <numerusform>%n autre ligne présentant des problèmes n'est pas listée.</numerusform>
                <numerusform>%n autres lignes présentant des problèmes ne sont pas listées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Done in %1 s.</source>
            <translation>Terminé en %1 s.</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Arrêté.</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Non importé</translation>
        </message>
        <message>
            <source>Skipped (duplicate)</source>
            <translation>Ignoré (doublon)</translation>
        </message>
        <message>
            <source>Merged into existing</source>
            <translation>Fusionné avec l'existant</translation>
        </message>
        <message>
            <source>Import complete</source>
            <translation>Importation terminée</translation>
        </message>
        <message>
            <source>Import stopped</source>
            <translation>Importation arrêtée</translation>
        </message>
        <message numerus="yes">
            <source>Import: %n new candidates</source>
            <translation>
                <numerusform>Importation : %n nouveau candidat</numerusform>
                <numerusform>Importation : %n nouveaux candidats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n ignoré</numerusform>
                <numerusform>%n ignorés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows on the do-not-contact list were stored but not added to the campaign.</source>
            <translation>
                <numerusform>%n ligne figurant sur la liste « Ne pas contacter » a été enregistrée mais n'a pas été ajoutée à la campagne.</numerusform>
                <numerusform>%n lignes figurant sur la liste « Ne pas contacter » ont été enregistrées mais n'ont pas été ajoutées à la campagne.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not added (do not contact)</source>
            <translation>Non ajouté (ne pas contacter)</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportWizard</name>
        <message>
            <source>Import CSV</source>
            <translation>Importer un CSV</translation>
        </message>
        <message>
            <source>Import candidates from CSV</source>
            <translation>Importer des candidats depuis un CSV</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::IntegrationPage</name>
        <message>
            <source>Granted</source>
            <translation>Accordée</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Manquante</translation>
        </message>
        <message>
            <source>Not allowed for your role</source>
            <translation>Non autorisée pour votre rôle</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Non vérifiée</translation>
        </message>
        <message>
            <source>Could not check</source>
            <translation>Vérification impossible</translation>
        </message>
        <message>
            <source>SmartRecruiters integration</source>
            <translation>Intégration SmartRecruiters</translation>
        </message>
        <message>
            <source>Connect Sourcedesk to SmartRecruiters to create candidates there, write your outreach as notes and bring hiring stages back. Secrets are kept in your system keychain, never in the workspace.</source>
            <translation>Connectez Sourcedesk à SmartRecruiters pour y créer des candidats, enregistrer votre prospection sous forme de notes et récupérer les phases de recrutement. Les secrets sont conservés dans le trousseau du système, jamais dans l'espace de travail.</translation>
        </message>
        <message>
            <source>Testing… %1/%2</source>
            <translation>Test en cours… %1/%2</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>SmartRecruiters server</source>
            <translation>Serveur SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters</source>
            <translation>SmartRecruiters</translation>
        </message>
        <message>
            <source>Other address…</source>
            <translation>Autre adresse…</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Serveur :</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>Adresse de l'API</translation>
        </message>
        <message>
            <source>&amp;API address:</source>
            <translation>Adresse de l'&amp;API :</translation>
        </message>
        <message>
            <source>Sign-in address</source>
            <translation>Adresse de connexion</translation>
        </message>
        <message>
            <source>Sign-&amp;in address:</source>
            <translation>Adresse de co&amp;nnexion :</translation>
        </message>
        <message>
            <source>Sign in with SmartRecruiters (OAuth)</source>
            <translation>Se connecter avec SmartRecruiters (OAuth)</translation>
        </message>
        <message>
            <source>Sign in with SmartRecruiters</source>
            <translation>Se connecter avec SmartRecruiters</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clé API</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Méthode :</translation>
        </message>
        <message>
            <source>Method settings</source>
            <translation>Paramètres de la méthode</translation>
        </message>
        <message>
            <source>OAuth client id</source>
            <translation>ID client OAuth</translation>
        </message>
        <message>
            <source>&amp;Client id:</source>
            <translation>ID &amp;client :</translation>
        </message>
        <message>
            <source>OAuth client secret</source>
            <translation>Secret client OAuth</translation>
        </message>
        <message>
            <source>Kept in the keychain; leave empty to reuse the stored one</source>
            <translation>Conservé dans le trousseau ; laissez vide pour réutiliser celui enregistré</translation>
        </message>
        <message>
            <source>Client s&amp;ecret:</source>
            <translation>S&amp;ecret client :</translation>
        </message>
        <message>
            <source>Redirect URI</source>
            <translation>URI de redirection</translation>
        </message>
        <message>
            <source>Must match a redirect URI registered for the OAuth client exactly.</source>
            <translation>Doit correspondre exactement à une URI de redirection enregistrée pour le client OAuth.</translation>
        </message>
        <message>
            <source>&amp;Redirect URI:</source>
            <translation>URI de &amp;redirection :</translation>
        </message>
        <message>
            <source>Paste the key; it goes to the keychain only</source>
            <translation>Collez la clé ; elle est conservée uniquement dans le trousseau</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>Clé &amp;API :</translation>
        </message>
        <message>
            <source>C&amp;onnect</source>
            <translation>C&amp;onnecter</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters</source>
            <translation>Se connecter à SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Disconnect</source>
            <translation>&amp;Déconnecter</translation>
        </message>
        <message>
            <source>Disconnect from SmartRecruiters</source>
            <translation>Se déconnecter de SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Test integration</source>
            <translation>&amp;Tester l'intégration</translation>
        </message>
        <message>
            <source>Check every permission Sourcedesk needs</source>
            <translation>Vérifier chaque autorisation nécessaire à Sourcedesk</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Connection state</source>
            <translation>État de la connexion</translation>
        </message>
        <message>
            <source>Connection problem</source>
            <translation>Problème de connexion</translation>
        </message>
        <message>
            <source>Permissions</source>
            <translation>Autorisations</translation>
        </message>
        <message>
            <source>Permission</source>
            <translation>Autorisation</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Used to</source>
            <translation>Utilisée pour</translation>
        </message>
        <message>
            <source>Job for the test candidate</source>
            <translation>Poste pour le candidat de test</translation>
        </message>
        <message>
            <source>Insert test &amp;candidate</source>
            <translation>Insérer un &amp;candidat de test</translation>
        </message>
        <message>
            <source>Create a test candidate with a note on the chosen job</source>
            <translation>Créer un candidat de test avec une note sur le poste choisi</translation>
        </message>
        <message>
            <source>Job:</source>
            <translation>Poste :</translation>
        </message>
        <message>
            <source>Test candidate result</source>
            <translation>Résultat du candidat de test</translation>
        </message>
        <message>
            <source>Open in SmartRecruiters</source>
            <translation>Ouvrir dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Local sandbox (demo data)</source>
            <translation>Bac à sable local (données de démonstration)</translation>
        </message>
        <message>
            <source>Demo sign-in: %1, password “%2”.</source>
            <translation>Connexion de démonstration : %1, mot de passe « %2 ».</translation>
        </message>
        <message>
            <source>Creating the test candidate…</source>
            <translation>Création du candidat de test…</translation>
        </message>
        <message>
            <source>Not connected.</source>
            <translation>Non connecté.</translation>
        </message>
        <message>
            <source>Reading the keychain…</source>
            <translation>Lecture du trousseau…</translation>
        </message>
        <message>
            <source>Waiting for the sign-in to SmartRecruiters…</source>
            <translation>En attente de la connexion à SmartRecruiters…</translation>
        </message>
        <message>
            <source>Signed in; checking the account…</source>
            <translation>Connecté ; vérification du compte…</translation>
        </message>
        <message>
            <source>Connected as %1 (%2) at %3, on %4.</source>
            <translation>Connecté en tant que %1 (%2) sur %3, le %4.</translation>
        </message>
        <message>
            <source>an unnamed company</source>
            <translation>une entreprise sans nom</translation>
        </message>
        <message>
            <source>SmartRecruiters needs you to connect again.</source>
            <translation>SmartRecruiters vous demande de vous reconnecter.</translation>
        </message>
        <message>
            <source>Rec&amp;onnect</source>
            <translation>Rec&amp;onnecter</translation>
        </message>
        <message>
            <source>%1 (optional)</source>
            <translation>%1 (facultatif)</translation>
        </message>
        <message>
            <source>Company policy</source>
            <translation>Politique de l'entreprise</translation>
        </message>
        <message>
            <source>sign-in address</source>
            <translation>adresse de connexion</translation>
        </message>
        <message>
            <source>client id</source>
            <translation>ID client</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1 : %2.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::LinkJobDialog</name>
        <message>
            <source>Search jobs</source>
            <translation>Rechercher des postes</translation>
        </message>
        <message>
            <source>Job status filter</source>
            <translation>Filtre de statut de poste</translation>
        </message>
        <message>
            <source>Loading state</source>
            <translation>État du chargement</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs</source>
            <translation>Postes SmartRecruiters</translation>
        </message>
        <message>
            <source>Link or cancel</source>
            <translation>Lier ou annuler</translation>
        </message>
        <message>
            <source>Link a SmartRecruiters job</source>
            <translation>Lier un poste SmartRecruiters</translation>
        </message>
        <message>
            <source>Search by title or reference</source>
            <translation>Rechercher par intitulé ou référence</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Localisation</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Lier</translation>
        </message>
        <message>
            <source>No job status is whitelisted, so only the talent pool can be chosen (Settings → SmartRecruiters sync → Job information).</source>
            <translation>Aucun statut de poste n'est dans la liste blanche ; seul le vivier de talents peut donc être choisi (Paramètres → Synchronisation SmartRecruiters → Informations sur le poste).</translation>
        </message>
        <message>
            <source>Jobs with status %1 (Settings → SmartRecruiters sync → Job information).</source>
            <translation>Postes avec le statut %1 (Paramètres → Synchronisation SmartRecruiters → Informations sur le poste).</translation>
        </message>
        <message>
            <source>Talent pool (no job)</source>
            <translation>Vivier de talents (aucun poste)</translation>
        </message>
        <message>
            <source>Candidates go to the company's talent pool without applying to a job.</source>
            <translation>Les candidats vont dans le vivier de talents de l'entreprise sans postuler à un poste.</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters (Settings → Integration) to list its jobs.</source>
            <translation>Connectez-vous à SmartRecruiters (Paramètres → Intégration) pour lister ses postes.</translation>
        </message>
        <message>
            <source>Reading the jobs from SmartRecruiters…</source>
            <translation>Lecture des postes depuis SmartRecruiters…</translation>
        </message>
        <message>
            <source>The jobs could not be read: %1</source>
            <translation>Impossible de lire les postes : %1</translation>
        </message>
        <message>
            <source>SmartRecruiters job %1</source>
            <translation>Poste SmartRecruiters %1</translation>
        </message>
        <message numerus="yes">
            <source>%n jobs so far…</source>
            <translation>
                <numerusform>%n poste pour l'instant…</numerusform>
                <numerusform>%n postes pour l'instant…</numerusform>
            </translation>
        </message>
        <message>
            <source>No job has a whitelisted status.</source>
            <translation>Aucun poste n'a de statut figurant dans la liste blanche.</translation>
        </message>
        <message>
            <source>No whitelisted job matches the search.</source>
            <translation>Aucun poste de la liste blanche ne correspond à la recherche.</translation>
        </message>
        <message numerus="yes">
            <source>The first %n jobs; search to narrow them down.</source>
            <translation>
                <numerusform>Le premier poste ; lancez une recherche pour affiner.</numerusform>
                <numerusform>Les %n premiers postes ; lancez une recherche pour affiner.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs.</source>
            <translation>
                <numerusform>%n poste.</numerusform>
                <numerusform>%n postes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::LogActivityDialog</name>
        <message>
            <source>Kind of activity</source>
            <translation>Type d'activité</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>When it happened</source>
            <translation>Date de l'activité</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Log activity</source>
            <translation>Enregistrer une activité</translation>
        </message>
        <message numerus="yes">
            <source>Log activity for %n people</source>
            <translation>
                <numerusform>Enregistrer une activité pour %n personne</numerusform>
                <numerusform>Enregistrer une activité pour %n personnes</numerusform>
            </translation>
        </message>
        <message>
            <source>e.g. Intro: backend role at Acme</source>
            <translation>par ex. Présentation : poste backend chez Acme</translation>
        </message>
        <message>
            <source>Campaign %1</source>
            <translation>Campagne %1</translation>
        </message>
        <message>
            <source>No campaign</source>
            <translation>Aucune campagne</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>C&amp;ampaign:</source>
            <translation>C&amp;ampagne :</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>&amp;Objet :</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>&amp;Détails :</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Quand :</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Boutons de la boîte de dialogue</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Logged %1 of %2; the next one failed: %3</source>
            <translation>%1 sur %2 enregistrées ; la suivante a échoué : %3</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::LoginDialog</name>
        <message>
            <source>Sign in to SmartRecruiters</source>
            <translation>Se connecter à SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters sign-in page</source>
            <translation>Page de connexion SmartRecruiters</translation>
        </message>
        <message>
            <source>Sign-in status</source>
            <translation>État de la connexion</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Réessayer</translation>
        </message>
        <message>
            <source>Try signing in again</source>
            <translation>Réessayer de se connecter</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>Close the sign-in window</source>
            <translation>Fermer la fenêtre de connexion</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>The sign-in took too long and was stopped. Sourcedesk is not connected; choose Try again to start over.</source>
            <translation>La connexion a pris trop de temps et a été interrompue. Sourcedesk n'est pas connecté ; choisissez Réessayer pour recommencer.</translation>
        </message>
        <message>
            <source>The connection to %1 is not secure (%2), so Sourcedesk stopped the sign-in. Check the SmartRecruiters address in Settings → Integration, or ask your IT team about the network.</source>
            <translation>La connexion à %1 n'est pas sécurisée (%2) ; Sourcedesk a donc interrompu la connexion. Vérifiez l'adresse SmartRecruiters dans Paramètres → Intégration, ou interrogez votre service informatique au sujet du réseau.</translation>
        </message>
        <message>
            <source>The built-in browser stopped unexpectedly. Try again, or sign in with your web browser.</source>
            <translation>Le navigateur intégré s'est arrêté de manière inattendue. Réessayez, ou connectez-vous avec votre navigateur web.</translation>
        </message>
        <message>
            <source>Sourcedesk is not set up to connect to SmartRecruiters.</source>
            <translation>Sourcedesk n'est pas configuré pour se connecter à SmartRecruiters.</translation>
        </message>
        <message>
            <source>Sign in to SmartRecruiters at %1 and allow Sourcedesk to use your account.</source>
            <translation>Connectez-vous à SmartRecruiters sur %1 et autorisez Sourcedesk à utiliser votre compte.</translation>
        </message>
        <message>
            <source>Connecting Sourcedesk to SmartRecruiters…</source>
            <translation>Connexion de Sourcedesk à SmartRecruiters…</translation>
        </message>
        <message>
            <source>The SmartRecruiters sign-in page could not be loaded (%1). Check the network connection and the SmartRecruiters address, then try again.</source>
            <translation>Impossible de charger la page de connexion SmartRecruiters (%1). Vérifiez la connexion réseau et l'adresse SmartRecruiters, puis réessayez.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>pas de réponse</translation>
        </message>
        <message>
            <source>The sign-in window was closed before the sign-in finished. Sourcedesk is not connected to SmartRecruiters.</source>
            <translation>La fenêtre de connexion a été fermée avant la fin de la connexion. Sourcedesk n'est pas connecté à SmartRecruiters.</translation>
        </message>
        <message>
            <source>Not connected.</source>
            <translation>Non connecté.</translation>
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
            <translation>Aucune (non chiffrée)</translation>
        </message>
        <message>
            <source>%1: connected and signed in to %2.</source>
            <translation>%1 : connecté et authentifié sur %2.</translation>
        </message>
        <message>
            <source>%1: the settings are not usable. Check the server fields.</source>
            <translation>%1 : les paramètres sont inutilisables. Vérifiez les champs du serveur.</translation>
        </message>
        <message>
            <source>%1: could not reach %2. Check the server name and port, and that this computer is online.</source>
            <translation>%1 : impossible de joindre %2. Vérifiez le nom du serveur et le port, et que cet ordinateur est en ligne.</translation>
        </message>
        <message>
            <source>%1: the secure connection to %2 failed. Check the security setting (TLS or STARTTLS) and the port your provider gives.</source>
            <translation>%1 : la connexion sécurisée à %2 a échoué. Vérifiez le paramètre de sécurité (TLS ou STARTTLS) et le port indiqué par votre fournisseur.</translation>
        </message>
        <message>
            <source>%1: %2 refused the sign-in. Check the user name and the password or token; Gmail and Microsoft 365 may need an app password.</source>
            <translation>%1 : %2 a refusé la connexion. Vérifiez le nom d'utilisateur et le mot de passe ou le jeton ; Gmail et Microsoft 365 peuvent exiger un mot de passe d'application.</translation>
        </message>
        <message>
            <source>%1: test cancelled.</source>
            <translation>%1 : test annulé.</translation>
        </message>
        <message>
            <source>%1: %2 answered with an error. Try again later or ask your email administrator.</source>
            <translation>%1 : %2 a répondu par une erreur. Réessayez plus tard ou contactez votre administrateur de messagerie.</translation>
        </message>
        <message>
            <source>(%1)</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <source>Mailbox</source>
            <translation>Boîte mail</translation>
        </message>
        <message>
            <source>Mailbox problem</source>
            <translation>Problème de boîte mail</translation>
        </message>
        <message>
            <source>Mailbox settings</source>
            <translation>Paramètres de la boîte mail</translation>
        </message>
        <message>
            <source>The mailbox Sourcedesk sends your sequence emails from and reads replies in. The password or token is kept in this computer's keychain only.</source>
            <translation>La boîte mail depuis laquelle Sourcedesk envoie vos e-mails de séquence et dans laquelle il lit les réponses. Le mot de passe ou le jeton est conservé uniquement dans le trousseau de cet ordinateur.</translation>
        </message>
        <message>
            <source>About the mailbox</source>
            <translation>À propos de la boîte mail</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save the mailbox</source>
            <translation>Enregistrer la boîte mail</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <source>Test the connection to the mail servers</source>
            <translation>Tester la connexion aux serveurs de messagerie</translation>
        </message>
        <message>
            <source>Cancel test</source>
            <translation>Annuler le test</translation>
        </message>
        <message>
            <source>Cancel the connection test</source>
            <translation>Annuler le test de connexion</translation>
        </message>
        <message>
            <source>Connection test progress</source>
            <translation>Progression du test de connexion</translation>
        </message>
        <message>
            <source>Mailbox status</source>
            <translation>État de la boîte mail</translation>
        </message>
        <message>
            <source>Sending (SMTP) test result</source>
            <translation>Résultat du test d'envoi (SMTP)</translation>
        </message>
        <message>
            <source>Reading (IMAP) test result</source>
            <translation>Résultat du test de lecture (IMAP)</translation>
        </message>
        <message>
            <source>Problem with %1</source>
            <translation>Problème avec %1</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Email provider</source>
            <translation>Fournisseur de messagerie</translation>
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
            <translation>Autre</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Fournisseur :</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Adresse e-mail</translation>
        </message>
        <message>
            <source>you@agency.example</source>
            <translation>vous@agence.example</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Nom affiché</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>&amp;Nom affiché :</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Usually the email address</source>
            <translation>Généralement l'adresse e-mail</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nom d'&amp;utilisateur :</translation>
        </message>
        <message>
            <source>Sign-in method</source>
            <translation>Méthode de connexion</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>OAuth2 access token</source>
            <translation>Jeton d'accès OAuth2</translation>
        </message>
        <message>
            <source>Sign-&amp;in:</source>
            <translation>Co&amp;nnexion :</translation>
        </message>
        <message>
            <source>Password or token</source>
            <translation>Mot de passe ou jeton</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <source>Where the password is</source>
            <translation>Emplacement du mot de passe</translation>
        </message>
        <message>
            <source>Servers</source>
            <translation>Serveurs</translation>
        </message>
        <message>
            <source>Sending server (SMTP)</source>
            <translation>Serveur d'envoi (SMTP)</translation>
        </message>
        <message>
            <source>S&amp;MTP server:</source>
            <translation>Serveur S&amp;MTP :</translation>
        </message>
        <message>
            <source>SMTP port</source>
            <translation>Port SMTP</translation>
        </message>
        <message>
            <source>SMTP port:</source>
            <translation>Port SMTP :</translation>
        </message>
        <message>
            <source>SMTP security</source>
            <translation>Sécurité SMTP</translation>
        </message>
        <message>
            <source>SMTP security:</source>
            <translation>Sécurité SMTP :</translation>
        </message>
        <message>
            <source>Reading server (IMAP)</source>
            <translation>Serveur de lecture (IMAP)</translation>
        </message>
        <message>
            <source>I&amp;MAP server:</source>
            <translation>Serveur I&amp;MAP :</translation>
        </message>
        <message>
            <source>IMAP port</source>
            <translation>Port IMAP</translation>
        </message>
        <message>
            <source>IMAP port:</source>
            <translation>Port IMAP :</translation>
        </message>
        <message>
            <source>IMAP security</source>
            <translation>Sécurité IMAP</translation>
        </message>
        <message>
            <source>IMAP security:</source>
            <translation>Sécurité IMAP :</translation>
        </message>
        <message>
            <source>Sent folder</source>
            <translation>Dossier Éléments envoyés</translation>
        </message>
        <message>
            <source>Se&amp;nt folder:</source>
            <translation>Dossier Éléments en&amp;voyés :</translation>
        </message>
        <message>
            <source>Save a copy of each email to the Sent folder</source>
            <translation>Enregistrer une copie de chaque e-mail dans le dossier Éléments envoyés</translation>
        </message>
        <message>
            <source>Save a copy to Sent</source>
            <translation>Enregistrer une copie dans Éléments envoyés</translation>
        </message>
        <message>
            <source>Allow unencrypted connections on this computer (loopback only)</source>
            <translation>Autoriser les connexions non chiffrées sur cet ordinateur (bouclage uniquement)</translation>
        </message>
        <message>
            <source>Allow unencrypted on this computer</source>
            <translation>Autoriser le non-chiffré sur cet ordinateur</translation>
        </message>
        <message>
            <source>Sending limits</source>
            <translation>Limites d'envoi</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Aucune limite</translation>
        </message>
        <message>
            <source>Emails per day</source>
            <translation>E-mails par jour</translation>
        </message>
        <message>
            <source> per day</source>
            <translation> par jour</translation>
        </message>
        <message>
            <source>Da&amp;ily limit:</source>
            <translation>Limite &amp;quotidienne :</translation>
        </message>
        <message>
            <source>Emails per hour</source>
            <translation>E-mails par heure</translation>
        </message>
        <message>
            <source> per hour</source>
            <translation> par heure</translation>
        </message>
        <message>
            <source>&amp;Hourly limit:</source>
            <translation>Limite &amp;horaire :</translation>
        </message>
        <message>
            <source>Seconds between two emails</source>
            <translation>Secondes entre deux e-mails</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>No wait</source>
            <translation>Aucune attente</translation>
        </message>
        <message>
            <source>S&amp;pacing:</source>
            <translation>Es&amp;pacement :</translation>
        </message>
        <message>
            <source>Paste the access token</source>
            <translation>Collez le jeton d'accès</translation>
        </message>
        <message>
            <source>Type the password</source>
            <translation>Saisissez le mot de passe</translation>
        </message>
        <message>
            <source>No keychain is available here, so the password cannot be stored.</source>
            <translation>Aucun trousseau n'est disponible ici ; le mot de passe ne peut donc pas être enregistré.</translation>
        </message>
        <message>
            <source>Not stored yet: type it and save.</source>
            <translation>Pas encore enregistré : saisissez-le puis enregistrez.</translation>
        </message>
        <message>
            <source>Stored in the keychain.</source>
            <translation>Enregistré dans le trousseau.</translation>
        </message>
        <message>
            <source>The keychain could not be read: %1</source>
            <translation>Impossible de lire le trousseau : %1</translation>
        </message>
        <message>
            <source>%1 is already the mailbox of %2.</source>
            <translation>%1 est déjà la boîte mail de %2.</translation>
        </message>
        <message>
            <source>Storing in the keychain…</source>
            <translation>Enregistrement dans le trousseau…</translation>
        </message>
        <message>
            <source>The keychain refused the password: %1</source>
            <translation>Le trousseau a refusé le mot de passe : %1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>Type the password to test the connection.</source>
            <translation>Saisissez le mot de passe pour tester la connexion.</translation>
        </message>
        <message>
            <source>Reading the password from the keychain…</source>
            <translation>Lecture du mot de passe depuis le trousseau…</translation>
        </message>
        <message>
            <source>No password is stored for %1: type it to test.</source>
            <translation>Aucun mot de passe n'est enregistré pour %1 : saisissez-le pour tester.</translation>
        </message>
        <message>
            <source>Testing sending (SMTP) and reading (IMAP)…</source>
            <translation>Test de l'envoi (SMTP) et de la lecture (IMAP)…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Sending (SMTP)</source>
            <translation>Envoi (SMTP)</translation>
        </message>
        <message>
            <source>Reading (IMAP)</source>
            <translation>Lecture (IMAP)</translation>
        </message>
        <message>
            <source>The mailbox works.</source>
            <translation>La boîte mail fonctionne.</translation>
        </message>
        <message>
            <source>The mailbox test found a problem.</source>
            <translation>Le test de la boîte mail a détecté un problème.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::MainWindow</name>
        <message>
            <source>Views</source>
            <translation>Vues</translation>
        </message>
        <message>
            <source>Current view</source>
            <translation>Vue actuelle</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Espace de travail</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Compteurs</translation>
        </message>
        <message>
            <source>Running task</source>
            <translation>Tâche en cours</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel the running task</source>
            <translation>Annuler la tâche en cours</translation>
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
            <translation>Campagnes</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidats</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New campaign…</source>
            <translation>&amp;Nouvelle campagne…</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Importer un CSV…</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exporter en CSV…</translation>
        </message>
        <message>
            <source>&amp;Open workspace…</source>
            <translation>&amp;Ouvrir un espace de travail…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Find candidates</source>
            <translation>&amp;Trouver des candidats</translation>
        </message>
        <message>
            <source>New &amp;candidate…</source>
            <translation>Nouveau &amp;candidat…</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Paramètres</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Campaigns</source>
            <translation>&amp;Campagnes</translation>
        </message>
        <message>
            <source>C&amp;andidates</source>
            <translation>C&amp;andidats</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Recharger</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About Sourcedesk</source>
            <translation>À &amp;propos de Sourcedesk</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Fichier de l'espace de travail</translation>
        </message>
        <message numerus="yes">
            <source>%n active campaigns</source>
            <translation>
                <numerusform>%n campagne active</numerusform>
                <numerusform>%n campagnes actives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n candidates</source>
            <translation>
                <numerusform>%n candidat</numerusform>
                <numerusform>%n candidats</numerusform>
            </translation>
        </message>
        <message>
            <source>Open or create a workspace</source>
            <translation>Ouvrir ou créer un espace de travail</translation>
        </message>
        <message>
            <source>Sourcedesk workspaces (*.sqlite *.db);;All files (*)</source>
            <translation>Espaces de travail Sourcedesk (*.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>About Sourcedesk</source>
            <translation>À propos de Sourcedesk</translation>
        </message>
        <message>
            <source>Sourcedesk %1

Sourcing campaigns for recruiters: candidates, outreach and replies in one local workspace.

Workspace: %2</source>
            <translation>Sourcedesk %1

Campagnes de sourcing pour les recruteurs : candidats, prospection et réponses dans un espace de travail local.

Espace de travail : %2</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importation…</translation>
        </message>
        <message numerus="yes">
            <source>Importing… %n rows</source>
            <translation>
                <numerusform>Importation… %n ligne</numerusform>
                <numerusform>Importation… %n lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <source>An export is already running; wait for it or cancel it.</source>
            <translation>Un export est déjà en cours ; attendez qu'il se termine ou annulez-le.</translation>
        </message>
        <message>
            <source>Export campaign members</source>
            <translation>Exporter les membres de la campagne</translation>
        </message>
        <message>
            <source>Export candidates</source>
            <translation>Exporter les candidats</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportation…</translation>
        </message>
        <message numerus="yes">
            <source>Exporting… %n rows</source>
            <translation>
                <numerusform>Exportation… %n ligne</numerusform>
                <numerusform>Exportation… %n lignes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n rows to %1</source>
            <translation>
                <numerusform>%n ligne exportée vers %1</numerusform>
                <numerusform>%n lignes exportées vers %1</numerusform>
            </translation>
        </message>
        <message>
            <source>SmartRecruiters sync</source>
            <translation>Synchronisation SmartRecruiters</translation>
        </message>
        <message>
            <source>Mailbox</source>
            <translation>Boîte mail</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>Ne pas contacter</translation>
        </message>
        <message>
            <source>Search &amp;everywhere…</source>
            <translation>Rechercher &amp;partout…</translation>
        </message>
        <message>
            <source>Outreach: %1</source>
            <translation>Prospection : %1</translation>
        </message>
        <message>
            <source>Integration: SmartRecruiters</source>
            <translation>Intégration : SmartRecruiters</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Statistiques</translation>
        </message>
        <message>
            <source>A&amp;nalytics</source>
            <translation>&amp;Statistiques</translation>
        </message>
        <message>
            <source>Sourcedesk — %1 (read-only)</source>
            <translation>Sourcedesk — %1 (lecture seule)</translation>
        </message>
        <message>
            <source>Read-only: changes cannot be saved here</source>
            <translation>Lecture seule : les modifications ne peuvent pas être enregistrées ici</translation>
        </message>
        <message>
            <source>Workspace is read-only</source>
            <translation>L'espace de travail est en lecture seule</translation>
        </message>
        <message>
            <source>Sourcedesk may not write this workspace file. To work in it, copy it to a folder you can write (File → Open workspace…) or ask for write access to it.</source>
            <translation>Sourcedesk ne peut pas écrire dans ce fichier d'espace de travail. Pour y travailler, copiez-le dans un dossier où vous pouvez écrire (Fichier → Ouvrir un espace de travail…) ou demandez l'accès en écriture.</translation>
        </message>
        <message>
            <source>Copy to a &amp;local file…</source>
            <translation>Copier vers un fichier &amp;local…</translation>
        </message>
        <message>
            <source>&amp;Move this workspace to a team server…</source>
            <translation>&amp;Déplacer cet espace de travail vers un serveur d'équipe…</translation>
        </message>
        <message>
            <source>Team workspace</source>
            <translation>Espace de travail d'équipe</translation>
        </message>
        <message>
            <source>%1 as %2</source>
            <translation>%1 (rôle : %2)</translation>
        </message>
        <message>
            <source>Your role in this team workspace</source>
            <translation>Votre rôle dans cet espace de travail d'équipe</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::MessageBox</name>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <source>Skip and open existing</source>
            <translation>Ignorer et ouvrir l'existant</translation>
        </message>
        <message>
            <source>Choose another file…</source>
            <translation>Choisir un autre fichier…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiver</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::NewCandidateDialog</name>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>New candidate</source>
            <translation>Nouveau candidat</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Boutons de la boîte de dialogue</translation>
        </message>
        <message>
            <source>Add candidate</source>
            <translation>Ajouter le candidat</translation>
        </message>
        <message>
            <source>Enter at least a name, an email address or a LinkedIn profile.</source>
            <translation>Saisissez au moins un nom, une adresse e-mail ou un profil LinkedIn.</translation>
        </message>
        <message>
            <source>Could not check for duplicates: %1</source>
            <translation>Impossible de rechercher les doublons : %1</translation>
        </message>
        <message>
            <source>Could not read the matching candidate: %1</source>
            <translation>Impossible de lire le candidat correspondant : %1</translation>
        </message>
        <message>
            <source>The records could not be merged: %1</source>
            <translation>Impossible de fusionner les fiches : %1</translation>
        </message>
        <message>
            <source>The candidate could not be saved: %1</source>
            <translation>Impossible d'enregistrer le candidat : %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::OutboxJobDialog</name>
        <message>
            <source>Fields before and after</source>
            <translation>Champs avant et après</translation>
        </message>
        <message>
            <source>SmartRecruiters job details</source>
            <translation>Détails de l'opération SmartRecruiters</translation>
        </message>
        <message>
            <source>%1 for %2</source>
            <translation>%1 pour %2</translation>
        </message>
        <message>
            <source>Candidate:</source>
            <translation>Candidat :</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Quoi :</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>État :</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Attempts:</source>
            <translation>Tentatives :</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Tentatives</translation>
        </message>
        <message>
            <source>Queued:</source>
            <translation>Mise en file :</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 par %2</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>Mise en file</translation>
        </message>
        <message>
            <source>Finished:</source>
            <translation>Terminée :</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>SmartRecruiters said</source>
            <translation>Réponse de SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters said:</source>
            <translation>Réponse de SmartRecruiters :</translation>
        </message>
        <message>
            <source>What to do:</source>
            <translation>Que faire :</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Que faire</translation>
        </message>
        <message>
            <source>SmartRecruiters id:</source>
            <translation>ID SmartRecruiters :</translation>
        </message>
        <message>
            <source>SmartRecruiters id</source>
            <translation>ID SmartRecruiters</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Référence :</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyé</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Payload</source>
            <translation>Contenu envoyé</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Job details</source>
            <translation>Détails de l'opération</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Champs</translation>
        </message>
        <message>
            <source>Fields (%1)</source>
            <translation>Champs (%1)</translation>
        </message>
        <message>
            <source>What was queued</source>
            <translation>Ce qui a été mis en file</translation>
        </message>
        <message>
            <source>What came back</source>
            <translation>Ce qui a été renvoyé</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::OutboxTableModel</name>
        <message>
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>%1 Next try %2.</source>
            <translation>%1 Prochaine tentative %2.</translation>
        </message>
        <message>
            <source>Waits until the candidate is created in SmartRecruiters.</source>
            <translation>Attend que le candidat soit créé dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>Skipped; not sent.</source>
            <translation>Ignoré ; non envoyé.</translation>
        </message>
        <message>
            <source>Checked in SmartRecruiters before it is sent again.</source>
            <translation>Vérifié dans SmartRecruiters avant d'être renvoyé.</translation>
        </message>
        <message>
            <source>Candidate %1</source>
            <translation>Candidat %1</translation>
        </message>
        <message>
            <source>Queued %1 by %2; last change %3</source>
            <translation>Mis en file le %1 par %2 ; dernière modification %3</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Tentatives</translation>
        </message>
        <message>
            <source>SmartRecruiters said / what to do</source>
            <translation>Réponse de SmartRecruiters / que faire</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::OutreachDocks</name>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>&amp;Today's tasks</source>
            <translation>&amp;Tâches du jour</translation>
        </message>
        <message>
            <source>LinkedIn steps, calls and other tasks due today or overdue</source>
            <translation>Étapes LinkedIn, appels et autres tâches à échéance aujourd'hui ou en retard</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <source>Rep&amp;lies</source>
            <translation>Rép&amp;onses</translation>
        </message>
        <message>
            <source>The newest email replies; mark people interested or not</source>
            <translation>Les réponses aux e-mails les plus récentes ; marquez les personnes comme intéressées ou non</translation>
        </message>
        <message>
            <source>Today (%1)</source>
            <translation>Aujourd'hui (%1)</translation>
        </message>
        <message>
            <source>&amp;Today's tasks (%1)</source>
            <translation>&amp;Tâches du jour (%1)</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::PushBackReasonDialog</name>
        <message>
            <source>About this push</source>
            <translation>À propos de ce transfert</translation>
        </message>
        <message>
            <source>Record &amp;as:</source>
            <translation>Enregistrer &amp;comme :</translation>
        </message>
        <message>
            <source>Rejection or withdrawal</source>
            <translation>Refus ou retrait</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Loading reasons</source>
            <translation>Chargement des motifs</translation>
        </message>
        <message>
            <source>Reason loading status</source>
            <translation>État du chargement des motifs</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Réessayer</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>&amp;Push to SmartRecruiters</source>
            <translation>&amp;Transférer vers SmartRecruiters</translation>
        </message>
        <message>
            <source>Push to SmartRecruiters</source>
            <translation>Transférer vers SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Don't push to SmartRecruiters</source>
            <translation>&amp;Ne pas transférer vers SmartRecruiters</translation>
        </message>
        <message>
            <source>Don't push to SmartRecruiters</source>
            <translation>Ne pas transférer vers SmartRecruiters</translation>
        </message>
        <message>
            <source>Push status to SmartRecruiters</source>
            <translation>Transférer le statut vers SmartRecruiters</translation>
        </message>
        <message numerus="yes">
            <source>%n of the selected people are in SmartRecruiters. To record “%1” on their application, SmartRecruiters needs a reason.</source>
            <translation>
                <numerusform>%n des personnes sélectionnées est dans SmartRecruiters. Pour enregistrer « %1 » sur sa candidature, SmartRecruiters exige un motif.</numerusform>
                <numerusform>%n des personnes sélectionnées sont dans SmartRecruiters. Pour enregistrer « %1 » sur leur candidature, SmartRecruiters exige un motif.</numerusform>
            </translation>
        </message>
        <message>
            <source>Withdrawn by the candidate</source>
            <translation>Retrait par le candidat</translation>
        </message>
        <message>
            <source>Rejected by us</source>
            <translation>Refus de notre part</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <source>Push or not</source>
            <translation>Transférer ou non</translation>
        </message>
        <message>
            <source>Sourcedesk is not connected to SmartRecruiters, so the reasons cannot be read. Connect in Settings → Integration and click Retry, or choose “Don't push to SmartRecruiters” to keep the change in Sourcedesk only.</source>
            <translation>Sourcedesk n'est pas connecté à SmartRecruiters ; les motifs ne peuvent donc pas être lus. Connectez-vous dans Paramètres → Intégration et cliquez sur Réessayer, ou choisissez « Ne pas transférer vers SmartRecruiters » pour conserver la modification uniquement dans Sourcedesk.</translation>
        </message>
        <message>
            <source>Loading reasons…</source>
            <translation>Chargement des motifs…</translation>
        </message>
        <message>
            <source>The reasons could not be read from SmartRecruiters: %1
Check the connection in Settings → Integration and click Retry, or choose “Don't push to SmartRecruiters” to keep the change in Sourcedesk only.</source>
            <translation>Impossible de lire les motifs depuis SmartRecruiters : %1
Vérifiez la connexion dans Paramètres → Intégration et cliquez sur Réessayer, ou choisissez « Ne pas transférer vers SmartRecruiters » pour conserver la modification uniquement dans Sourcedesk.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>pas de réponse</translation>
        </message>
        <message>
            <source>SmartRecruiters has no withdrawal reasons. An administrator can add them in SmartRecruiters; until then this change cannot be pushed.</source>
            <translation>SmartRecruiters n'a aucun motif de retrait. Un administrateur peut en ajouter dans SmartRecruiters ; d'ici là, cette modification ne peut pas être transférée.</translation>
        </message>
        <message>
            <source>SmartRecruiters has no rejection reasons. An administrator can add them in SmartRecruiters; until then this change cannot be pushed.</source>
            <translation>SmartRecruiters n'a aucun motif de refus. Un administrateur peut en ajouter dans SmartRecruiters ; d'ici là, cette modification ne peut pas être transférée.</translation>
        </message>
        <message>
            <source>Choose a reason…</source>
            <translation>Choisissez un motif…</translation>
        </message>
        <message>
            <source>The status could not be queued for SmartRecruiters: %1</source>
            <translation>Impossible de mettre le statut en file d'attente pour SmartRecruiters : %1</translation>
        </message>
        <message>
            <source>Not every status could be queued for SmartRecruiters:
%1</source>
            <translation>Certains statuts n'ont pas pu être mis en file d'attente pour SmartRecruiters :
%1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::PushPreviewDialog</name>
        <message>
            <source>Campaign member</source>
            <translation>Membre de la campagne</translation>
        </message>
        <message>
            <source>What would be sent</source>
            <translation>Ce qui serait envoyé</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>État de l'aperçu</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Champs</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>&amp;Push to SmartRecruiters</source>
            <translation>&amp;Transférer vers SmartRecruiters</translation>
        </message>
        <message>
            <source>Push this candidate to SmartRecruiters</source>
            <translation>Transférer ce candidat vers SmartRecruiters</translation>
        </message>
        <message>
            <source>Preview push</source>
            <translation>Aperçu du transfert</translation>
        </message>
        <message>
            <source>Preview push to SmartRecruiters</source>
            <translation>Aperçu du transfert vers SmartRecruiters</translation>
        </message>
        <message>
            <source>%1 &lt;%2&gt;</source>
            <translation>%1 &lt;%2&gt;</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>SmartRecruiters now</source>
            <translation>Actuellement dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Sourcedesk would send</source>
            <translation>Sourcedesk enverrait</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <source>Sent?</source>
            <translation>Envoyé ?</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>Preview actions</source>
            <translation>Actions de l'aperçu</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Membre :</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>Action :</translation>
        </message>
        <message>
            <source>This campaign has no members yet.</source>
            <translation>Cette campagne n'a pas encore de membres.</translation>
        </message>
        <message>
            <source>Reading the candidate in SmartRecruiters…</source>
            <translation>Lecture du candidat dans SmartRecruiters…</translation>
        </message>
        <message>
            <source>Not connected: the preview uses Sourcedesk's data only.</source>
            <translation>Non connecté : l'aperçu utilise uniquement les données de Sourcedesk.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Étiquettes : %1</translation>
        </message>
        <message>
            <source>SmartRecruiters could not be read: %1</source>
            <translation>Impossible de lire SmartRecruiters : %1</translation>
        </message>
        <message>
            <source>Fill these mandatory fields first: %1</source>
            <translation>Renseignez d'abord ces champs obligatoires : %1</translation>
        </message>
        <message>
            <source>The push waits: %1</source>
            <translation>Le transfert est en attente : %1</translation>
        </message>
        <message>
            <source>Nothing would be sent: SmartRecruiters is up to date.</source>
            <translation>Rien ne serait envoyé : SmartRecruiters est à jour.</translation>
        </message>
        <message>
            <source>Ready to push.</source>
            <translation>Prêt pour le transfert.</translation>
        </message>
        <message>
            <source>Queuing…</source>
            <translation>Mise en file d'attente…</translation>
        </message>
        <message>
            <source>Not queued: %1</source>
            <translation>Non mis en file d'attente : %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ReconcileView</name>
        <message>
            <source>Not in SmartRecruiters</source>
            <translation>Pas dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Note not written</source>
            <translation>Note non écrite</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Intervention requise</translation>
        </message>
        <message>
            <source>Stage differs</source>
            <translation>Phase différente</translation>
        </message>
        <message>
            <source>Out of step status</source>
            <translation>État des décalages</translation>
        </message>
        <message>
            <source>What is out of step with SmartRecruiters</source>
            <translation>Ce qui est désynchronisé par rapport à SmartRecruiters</translation>
        </message>
        <message>
            <source>F&amp;ix</source>
            <translation>&amp;Corriger</translation>
        </message>
        <message>
            <source>Fix the selected rows</source>
            <translation>Corriger les lignes sélectionnées</translation>
        </message>
        <message>
            <source>Fix &amp;all</source>
            <translation>Corriger &amp;tout</translation>
        </message>
        <message>
            <source>Fix every row</source>
            <translation>Corriger toutes les lignes</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Ac&amp;tualiser</translation>
        </message>
        <message>
            <source>Look again for what is out of step</source>
            <translation>Rechercher de nouveau les décalages</translation>
        </message>
        <message>
            <source>Fix</source>
            <translation>Corriger</translation>
        </message>
        <message>
            <source>Out of step</source>
            <translation>Décalages</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <source>What Fix does</source>
            <translation>Effet de Corriger</translation>
        </message>
        <message>
            <source>Fix the selected rows (%1)</source>
            <translation>Corriger les lignes sélectionnées (%1)</translation>
        </message>
        <message>
            <source>Queue every create, retry every job and take every SmartRecruiters stage listed</source>
            <translation>Mettre en file chaque création, réessayer chaque opération et reprendre chaque phase SmartRecruiters listée</translation>
        </message>
        <message>
            <source>Open this view to look for what is out of step.</source>
            <translation>Ouvrez cette vue pour rechercher les décalages.</translation>
        </message>
        <message>
            <source>Fix all</source>
            <translation>Corriger tout</translation>
        </message>
        <message numerus="yes">
            <source>Fix all %n rows? Creates and retries are queued for SmartRecruiters, and differing stages take SmartRecruiters' stage.</source>
            <translation>
                <numerusform>Corriger la ligne (%n) ? Les créations et nouvelles tentatives sont mises en file pour SmartRecruiters, et les phases différentes prennent la phase de SmartRecruiters.</numerusform>
                <numerusform>Corriger les %n lignes ? Les créations et nouvelles tentatives sont mises en file pour SmartRecruiters, et les phases différentes prennent la phase de SmartRecruiters.</numerusform>
            </translation>
        </message>
        <message>
            <source>Looking for what is out of step…</source>
            <translation>Recherche des décalages…</translation>
        </message>
        <message>
            <source>Fixing…</source>
            <translation>Correction…</translation>
        </message>
        <message>
            <source>What is out of step could not be read: %1</source>
            <translation>Impossible de lire les décalages : %1</translation>
        </message>
        <message>
            <source>Sourcedesk and SmartRecruiters are in step.</source>
            <translation>Sourcedesk et SmartRecruiters sont synchronisés.</translation>
        </message>
        <message numerus="yes">
            <source>%n rows are out of step.</source>
            <translation>
                <numerusform>%n ligne est désynchronisée.</numerusform>
                <numerusform>%n lignes sont désynchronisées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fixed %n; the sync log shows what is being sent.</source>
            <translation>
                <numerusform>%n corrigée ; le journal de synchronisation indique ce qui est envoyé.</numerusform>
                <numerusform>%n corrigées ; le journal de synchronisation indique ce qui est envoyé.</numerusform>
            </translation>
        </message>
        <message>
            <source>These could not be fixed:
%1</source>
            <translation>Impossible de corriger les éléments suivants :
%1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::RemoteSearchView</name>
        <message>
            <source>Lead</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>En cours d'examen</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Offre faite</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Embauché</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>Transféré</translation>
        </message>
        <message>
            <source>Search SmartRecruiters for</source>
            <translation>Rechercher dans SmartRecruiters</translation>
        </message>
        <message>
            <source>About the filters</source>
            <translation>À propos des filtres</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>Search SmartRecruiters</source>
            <translation>Rechercher dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>État de la recherche</translation>
        </message>
        <message>
            <source>SmartRecruiters candidates found</source>
            <translation>Candidats SmartRecruiters trouvés</translation>
        </message>
        <message>
            <source>&amp;More results</source>
            <translation>&amp;Plus de résultats</translation>
        </message>
        <message>
            <source>Load more results</source>
            <translation>Charger plus de résultats</translation>
        </message>
        <message>
            <source>&amp;View in SmartRecruiters</source>
            <translation>&amp;Voir dans SmartRecruiters</translation>
        </message>
        <message>
            <source>View the selected candidate in SmartRecruiters</source>
            <translation>Voir le candidat sélectionné dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Add to &amp;campaign…</source>
            <translation>Ajouter à une &amp;campagne…</translation>
        </message>
        <message>
            <source>Add the selected candidate to a campaign</source>
            <translation>Ajouter le candidat sélectionné à une campagne</translation>
        </message>
        <message>
            <source>View in SmartRecruiters</source>
            <translation>Voir dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Add to campaign…</source>
            <translation>Ajouter à une campagne…</translation>
        </message>
        <message>
            <source>Name or email</source>
            <translation>Nom ou e-mail</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Open the profile in the browser (%1)</source>
            <translation>Ouvrir le profil dans le navigateur (%1)</translation>
        </message>
        <message>
            <source>Add to a campaign, linked to this SmartRecruiters candidate (%1)</source>
            <translation>Ajouter à une campagne, lié à ce candidat SmartRecruiters (%1)</translation>
        </message>
        <message>
            <source>Any job</source>
            <translation>Tous les postes</translation>
        </message>
        <message>
            <source>&amp;Job:</source>
            <translation>&amp;Poste :</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatut :</translation>
        </message>
        <message>
            <source>Comma-separated; any of them</source>
            <translation>Séparées par des virgules ; au moins l'une d'elles</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>É&amp;tiquettes :</translation>
        </message>
        <message>
            <source>Updated after</source>
            <translation>Mis à jour après</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>N'importe quand</translation>
        </message>
        <message>
            <source>SmartRecruiters' search cannot filter on: %1.</source>
            <translation>La recherche SmartRecruiters ne peut pas filtrer sur : %1.</translation>
        </message>
        <message>
            <source>The jobs could not be read: %1</source>
            <translation>Impossible de lire les postes : %1</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters (Settings → Integration) to search it.</source>
            <translation>Connectez-vous à SmartRecruiters (Paramètres → Intégration) pour y effectuer des recherches.</translation>
        </message>
        <message>
            <source>Searching SmartRecruiters…</source>
            <translation>Recherche dans SmartRecruiters…</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>La recherche a échoué : %1</translation>
        </message>
        <message>
            <source>Nobody in SmartRecruiters matches. Only candidates with an application can be searched; talent-pool-only profiles are not listed.</source>
            <translation>Personne ne correspond dans SmartRecruiters. Seuls les candidats ayant une candidature peuvent être recherchés ; les profils présents uniquement dans le vivier de talents ne sont pas listés.</translation>
        </message>
        <message>
            <source>%1 of %2 shown.</source>
            <translation>%1 sur %2 affichés.</translation>
        </message>
        <message>
            <source>%1 shown.</source>
            <translation>%1 affichés.</translation>
        </message>
        <message>
            <source>No browser could be opened. The profile is at:
%1</source>
            <translation>Aucun navigateur n'a pu être ouvert. Le profil se trouve à l'adresse :
%1</translation>
        </message>
        <message>
            <source>Add %1 to which campaign?</source>
            <translation>Ajouter %1 à quelle campagne ?</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters (Settings → Integration) to add from it.</source>
            <translation>Connectez-vous à SmartRecruiters (Paramètres → Intégration) pour ajouter des candidats depuis celui-ci.</translation>
        </message>
        <message>
            <source>Reading the profile from SmartRecruiters…</source>
            <translation>Lecture du profil depuis SmartRecruiters…</translation>
        </message>
        <message>
            <source>The profile could not be read: %1</source>
            <translation>Impossible de lire le profil : %1</translation>
        </message>
        <message>
            <source>Not added.</source>
            <translation>Non ajouté.</translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Ajouter à une campagne</translation>
        </message>
        <message>
            <source>%1 was already in the campaign.</source>
            <translation>%1 faisait déjà partie de la campagne.</translation>
        </message>
        <message>
            <source>%1 was already in Sourcedesk: linked and added.</source>
            <translation>%1 était déjà dans Sourcedesk : lié et ajouté.</translation>
        </message>
        <message>
            <source>%1 added to the campaign.</source>
            <translation>%1 ajouté à la campagne.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::RepliesView</name>
        <message>
            <source>Replies</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <source>Reply text</source>
            <translation>Texte de la réponse</translation>
        </message>
        <message>
            <source>Replies status</source>
            <translation>État des réponses</translation>
        </message>
        <message>
            <source>Load &amp;more</source>
            <translation>Charger &amp;plus</translation>
        </message>
        <message>
            <source>Load older replies</source>
            <translation>Charger les réponses plus anciennes</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Ac&amp;tualiser</translation>
        </message>
        <message>
            <source>Reload the replies</source>
            <translation>Recharger les réponses</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçue</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Mark &amp;interested</source>
            <translation>Marquer comme &amp;intéressé</translation>
        </message>
        <message>
            <source>Mark &amp;not interested</source>
            <translation>Marquer comme &amp;non intéressé</translation>
        </message>
        <message>
            <source>No replies yet.</source>
            <translation>Aucune réponse pour l'instant.</translation>
        </message>
        <message numerus="yes">
            <source>%n replies</source>
            <translation>
                <numerusform>%n réponse</numerusform>
                <numerusform>%n réponses</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 &lt;%2&gt;</source>
            <translation>%1 &lt;%2&gt;</translation>
        </message>
        <message>
            <source>This reply is not tied to a campaign.</source>
            <translation>Cette réponse n'est liée à aucune campagne.</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1 : %2.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ReviewQueueView</name>
        <message>
            <source>Review queue status</source>
            <translation>État de la file de vérification</translation>
        </message>
        <message>
            <source>Possible matches to review</source>
            <translation>Correspondances possibles à vérifier</translation>
        </message>
        <message>
            <source>The SmartRecruiters candidate</source>
            <translation>Le candidat SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Link to this SmartRecruiters candidate</source>
            <translation>&amp;Lier à ce candidat SmartRecruiters</translation>
        </message>
        <message>
            <source>Link to this SmartRecruiters candidate</source>
            <translation>Lier à ce candidat SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Different people — create a new profile</source>
            <translation>&amp;Personnes différentes — créer un nouveau profil</translation>
        </message>
        <message>
            <source>Different people: create a new profile</source>
            <translation>Personnes différentes : créer un nouveau profil</translation>
        </message>
        <message>
            <source>&amp;View in SmartRecruiters</source>
            <translation>&amp;Voir dans SmartRecruiters</translation>
        </message>
        <message>
            <source>View the match in SmartRecruiters</source>
            <translation>Voir la correspondance dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Ac&amp;tualiser</translation>
        </message>
        <message>
            <source>Refresh the review queue</source>
            <translation>Actualiser la file de vérification</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>File de vérification</translation>
        </message>
        <message>
            <source>Sourcedesk candidate</source>
            <translation>Candidat Sourcedesk</translation>
        </message>
        <message>
            <source>Why it may be the same person</source>
            <translation>Pourquoi il peut s'agir de la même personne</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>Mis en file</translation>
        </message>
        <message>
            <source>Different people — create a new profile</source>
            <translation>Personnes différentes — créer un nouveau profil</translation>
        </message>
        <message>
            <source>View match in SmartRecruiters</source>
            <translation>Voir la correspondance dans SmartRecruiters</translation>
        </message>
        <message>
            <source>The same person: link them and send what waited (%1)</source>
            <translation>Même personne : les lier et envoyer ce qui était en attente (%1)</translation>
        </message>
        <message>
            <source>Not the same person: create them in SmartRecruiters as a new profile (%1)</source>
            <translation>Pas la même personne : la créer dans SmartRecruiters comme nouveau profil (%1)</translation>
        </message>
        <message>
            <source>Open the SmartRecruiters profile in the browser (%1)</source>
            <translation>Ouvrir le profil SmartRecruiters dans le navigateur (%1)</translation>
        </message>
        <message>
            <source>The review queue could not be read: %1</source>
            <translation>Impossible de lire la file de vérification : %1</translation>
        </message>
        <message>
            <source>Candidate %1 (deleted)</source>
            <translation>Candidat %1 (supprimé)</translation>
        </message>
        <message>
            <source>No possible match waits for review.</source>
            <translation>Aucune correspondance possible n'attend de vérification.</translation>
        </message>
        <message numerus="yes">
            <source>%n possible matches wait for you: is it the same person?</source>
            <translation>
                <numerusform>%n correspondance possible vous attend : s'agit-il de la même personne ?</numerusform>
                <numerusform>%n correspondances possibles vous attendent : s'agit-il de la même personne ?</numerusform>
            </translation>
        </message>
        <message>
            <source>SmartRecruiters candidate %1 (connect to SmartRecruiters to see their details).</source>
            <translation>Candidat SmartRecruiters %1 (connectez-vous à SmartRecruiters pour voir ses détails).</translation>
        </message>
        <message>
            <source>Reading SmartRecruiters candidate %1…</source>
            <translation>Lecture du candidat SmartRecruiters %1…</translation>
        </message>
        <message>
            <source>SmartRecruiters candidate %1 could not be read: %2</source>
            <translation>Impossible de lire le candidat SmartRecruiters %1 : %2</translation>
        </message>
        <message>
            <source>on "%1" (%2)</source>
            <translation>sur « %1 » (%2)</translation>
        </message>
        <message>
            <source>In SmartRecruiters: %1</source>
            <translation>Dans SmartRecruiters : %1</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lier</translation>
        </message>
        <message>
            <source>%1

Open the other Sourcedesk candidate's SmartRecruiters tab and unlink them, or choose "Different people".</source>
            <translation>%1

Ouvrez l'onglet SmartRecruiters de l'autre candidat Sourcedesk et dissociez-le, ou choisissez « Personnes différentes ».</translation>
        </message>
        <message>
            <source>Linked, but the waiting create job could not be retried: %1. Retry it from the sync log.</source>
            <translation>Lié, mais l'opération de création en attente n'a pas pu être relancée : %1. Relancez-la depuis le journal de synchronisation.</translation>
        </message>
        <message>
            <source>Linked; what waited for this candidate goes to SmartRecruiters now.</source>
            <translation>Lié ; ce qui attendait pour ce candidat est maintenant envoyé à SmartRecruiters.</translation>
        </message>
        <message>
            <source>Different people</source>
            <translation>Personnes différentes</translation>
        </message>
        <message>
            <source>Create a new profile in SmartRecruiters for this candidate? The possible match stays as it is, and Sourcedesk will not ask about it again.</source>
            <translation>Créer un nouveau profil dans SmartRecruiters pour ce candidat ? La correspondance possible reste telle quelle, et Sourcedesk ne vous la proposera plus.</translation>
        </message>
        <message>
            <source>The create job could not be retried: %1. Retry it from the sync log.</source>
            <translation>L'opération de création n'a pas pu être relancée : %1. Relancez-la depuis le journal de synchronisation.</translation>
        </message>
        <message>
            <source>A new SmartRecruiters profile will be created for this candidate.</source>
            <translation>Un nouveau profil SmartRecruiters sera créé pour ce candidat.</translation>
        </message>
        <message>
            <source>View in SmartRecruiters</source>
            <translation>Voir dans SmartRecruiters</translation>
        </message>
        <message>
            <source>No browser could be opened. The profile is at:
%1</source>
            <translation>Aucun navigateur n'a pu être ouvert. Le profil se trouve à l'adresse :
%1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SampleOffer</name>
        <message>
            <source>Welcome to Sourcedesk</source>
            <translation>Bienvenue dans Sourcedesk</translation>
        </message>
        <message>
            <source>Add a small sample campaign to explore Sourcedesk? It is clearly marked and can be removed any time.</source>
            <translation>Ajouter une petite campagne d'exemple pour découvrir Sourcedesk ? Elle est clairement signalée et peut être supprimée à tout moment.</translation>
        </message>
        <message>
            <source>Sample campaign</source>
            <translation>Campagne d'exemple</translation>
        </message>
        <message>
            <source>The sample campaign could not be created: %1
You can start with your own campaign right away.</source>
            <translation>Impossible de créer la campagne d'exemple : %1
Vous pouvez commencer immédiatement avec votre propre campagne.</translation>
        </message>
        <message>
            <source>Remove sample data</source>
            <translation>Supprimer les données d'exemple</translation>
        </message>
        <message>
            <source>This workspace has no sample data.</source>
            <translation>Cet espace de travail ne contient aucune donnée d'exemple.</translation>
        </message>
        <message>
            <source>Remove the sample campaign and its sample candidates? Your own campaigns and candidates are not touched.</source>
            <translation>Supprimer la campagne d'exemple et ses candidats d'exemple ? Vos propres campagnes et candidats ne sont pas modifiés.</translation>
        </message>
        <message>
            <source>The sample data could not be removed: %1</source>
            <translation>Impossible de supprimer les données d'exemple : %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SearchPalette</name>
        <message>
            <source>Search everywhere</source>
            <translation>Rechercher partout</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <source>Search state</source>
            <translation>État de la recherche</translation>
        </message>
        <message>
            <source>Search campaigns, candidates and SmartRecruiters jobs</source>
            <translation>Rechercher des campagnes, des candidats et des postes SmartRecruiters</translation>
        </message>
        <message>
            <source>Type to search. Up and Down move through the results, Enter opens one, Escape closes.</source>
            <translation>Saisissez pour rechercher. Haut et Bas parcourent les résultats, Entrée en ouvre un, Échap ferme.</translation>
        </message>
        <message>
            <source>Results grouped by campaigns, candidates and SmartRecruiters jobs</source>
            <translation>Résultats regroupés par campagnes, candidats et postes SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs could not be searched: %1</source>
            <translation>Impossible de rechercher les postes SmartRecruiters : %1</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (archivée)</translation>
        </message>
        <message>
            <source>Campaign: %1</source>
            <translation>Campagne : %1</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidats</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Candidate: %1</source>
            <translation>Candidat : %1</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs</source>
            <translation>Postes SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters job: %1</source>
            <translation>Poste SmartRecruiters : %1</translation>
        </message>
        <message>
            <source>Type to search campaigns, candidates and SmartRecruiters jobs.</source>
            <translation>Saisissez du texte pour rechercher des campagnes, des candidats et des postes SmartRecruiters.</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>La recherche a échoué : %1</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
        <message>
            <source>Nothing matches “%1”.</source>
            <translation>Rien ne correspond à « %1 ».</translation>
        </message>
        <message numerus="yes">
            <source>%n results. Up and Down move, Enter opens, Escape closes.</source>
            <translation>
                <numerusform>%n résultat. Haut et Bas pour naviguer, Entrée pour ouvrir, Échap pour fermer.</numerusform>
                <numerusform>%n résultats. Haut et Bas pour naviguer, Entrée pour ouvrir, Échap pour fermer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Searching SmartRecruiters jobs…</source>
            <translation>Recherche des postes SmartRecruiters…</translation>
        </message>
        <message>
            <source>SmartRecruiters job</source>
            <translation>Poste SmartRecruiters</translation>
        </message>
        <message>
            <source>“%1” is not linked to a campaign yet. Link it from a campaign's SmartRecruiters panel (Link job…).</source>
            <translation>« %1 » n'est encore lié à aucune campagne. Liez-le depuis le panneau SmartRecruiters d'une campagne (Lier un poste…).</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SequenceEditor</name>
        <message>
            <source>Sequence name</source>
            <translation>Nom de la séquence</translation>
        </message>
        <message>
            <source>Sender name</source>
            <translation>Nom de l'expéditeur</translation>
        </message>
        <message>
            <source>Send in whose time zone</source>
            <translation>Fuseau horaire d'envoi</translation>
        </message>
        <message>
            <source>Recruiter's time zone</source>
            <translation>Fuseau horaire du recruteur</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Save sequence</source>
            <translation>Enregistrer la séquence</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Ajouter une étape</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Supprimer l'étape</translation>
        </message>
        <message>
            <source>Move step up</source>
            <translation>Monter l'étape</translation>
        </message>
        <message>
            <source>Move step down</source>
            <translation>Descendre l'étape</translation>
        </message>
        <message>
            <source>Sa&amp;ve step</source>
            <translation>Enre&amp;gistrer l'étape</translation>
        </message>
        <message>
            <source>Save step</source>
            <translation>Enregistrer l'étape</translation>
        </message>
        <message>
            <source>Sequence editor</source>
            <translation>Éditeur de séquence</translation>
        </message>
        <message>
            <source>The candidate's time zone</source>
            <translation>Le fuseau horaire du candidat</translation>
        </message>
        <message>
            <source>My time zone</source>
            <translation>Mon fuseau horaire</translation>
        </message>
        <message>
            <source>Sequence</source>
            <translation>Séquence</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Se&amp;nder name:</source>
            <translation>Nom de l'&amp;expéditeur :</translation>
        </message>
        <message>
            <source>Send &amp;in:</source>
            <translation>Envoyer &amp;selon :</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Fuseau horaire :</translation>
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation>&amp;Ajouter une étape</translation>
        </message>
        <message>
            <source>&amp;Remove step</source>
            <translation>&amp;Supprimer l'étape</translation>
        </message>
        <message>
            <source>Move step &amp;up</source>
            <translation>&amp;Monter l'étape</translation>
        </message>
        <message>
            <source>Move step &amp;down</source>
            <translation>&amp;Descendre l'étape</translation>
        </message>
        <message>
            <source>Steps (Alt+Up/Down to reorder):</source>
            <translation>Étapes (Alt+Haut/Bas pour réordonner) :</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>The sequence could not be loaded: %1</source>
            <translation>Impossible de charger la séquence : %1</translation>
        </message>
        <message>
            <source>%1 sequence</source>
            <translation>Séquence %1</translation>
        </message>
        <message>
            <source>Give the sequence a name.</source>
            <translation>Donnez un nom à la séquence.</translation>
        </message>
        <message>
            <source>“%1” is not a known time zone; pick one from the list.</source>
            <translation>« %1 » n'est pas un fuseau horaire connu ; choisissez-en un dans la liste.</translation>
        </message>
        <message>
            <source>The sequence could not be saved: %1</source>
            <translation>Impossible d'enregistrer la séquence : %1</translation>
        </message>
        <message>
            <source>Step %1 could not be saved: %2</source>
            <translation>Impossible d'enregistrer l'étape %1 : %2</translation>
        </message>
        <message>
            <source>The step could not be added: %1</source>
            <translation>Impossible d'ajouter l'étape : %1</translation>
        </message>
        <message>
            <source>Remove step %1 (%2)? Members who have not reached it yet will skip it.</source>
            <translation>Supprimer l'étape %1 (%2) ? Les membres qui ne l'ont pas encore atteinte la sauteront.</translation>
        </message>
        <message>
            <source>The step could not be removed: %1</source>
            <translation>Impossible de supprimer l'étape : %1</translation>
        </message>
        <message>
            <source>Move step</source>
            <translation>Déplacer l'étape</translation>
        </message>
        <message>
            <source>The steps could not be reordered: %1</source>
            <translation>Impossible de réordonner les étapes : %1</translation>
        </message>
        <message>
            <source>The steps could not be loaded: %1</source>
            <translation>Impossible de charger les étapes : %1</translation>
        </message>
        <message>
            <source>%1. %2 — Day +%3 — %4</source>
            <translation>%1. %2 — Jour +%3 — %4</translation>
        </message>
        <message>
            <source>&amp;Save sequence</source>
            <translation>&amp;Enregistrer la séquence</translation>
        </message>
        <message>
            <source>&amp;Create sequence</source>
            <translation>&amp;Créer la séquence</translation>
        </message>
        <message>
            <source>Sequence for “%1”</source>
            <translation>Séquence pour « %1 »</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Boutons de la boîte de dialogue</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SequencePreview</name>
        <message>
            <source>Preview for member</source>
            <translation>Aperçu pour le membre</translation>
        </message>
        <message>
            <source>Rendered subject</source>
            <translation>Objet généré</translation>
        </message>
        <message>
            <source>Rendered body</source>
            <translation>Corps généré</translation>
        </message>
        <message>
            <source>Missing placeholders</source>
            <translation>Variables manquantes</translation>
        </message>
        <message>
            <source>Members with an empty placeholder</source>
            <translation>Membres avec une variable vide</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Membre :</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Objet :</translation>
        </message>
        <message>
            <source>The members could not be loaded: %1</source>
            <translation>Impossible de charger les membres : %1</translation>
        </message>
        <message>
            <source>No members to preview yet.</source>
            <translation>Aucun membre à prévisualiser pour l'instant.</translation>
        </message>
        <message>
            <source>Empty for %1: %2 — this email would not be sent.</source>
            <translation>Vide pour %1 : %2 — cet e-mail ne serait pas envoyé.</translation>
        </message>
        <message>
            <source>Checking the campaign's members…</source>
            <translation>Vérification des membres de la campagne…</translation>
        </message>
        <message>
            <source>The members could not be checked: %1</source>
            <translation>Impossible de vérifier les membres : %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n members have an empty placeholder</source>
            <translation>
                <numerusform>%1 sur %n membre a une variable vide</numerusform>
                <numerusform>%1 sur %n membres ont une variable vide</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SettingValueEdit</name>
        <message>
            <source>On</source>
            <translation>Activé</translation>
        </message>
        <message>
            <source>yyyy-MM-dd, or empty</source>
            <translation>aaaa-MM-jj, ou vide</translation>
        </message>
        <message>
            <source>ids, separated by commas</source>
            <translation>identifiants, séparés par des virgules</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Choose %1</source>
            <translation>Choisir %1</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SettingsView</name>
        <message>
            <source>Settings pages</source>
            <translation>Pages des paramètres</translation>
        </message>
        <message>
            <source>Settings page</source>
            <translation>Page des paramètres</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Fichier de l'espace de travail</translation>
        </message>
        <message>
            <source>Remove sample data…</source>
            <translation>Supprimer les données d'exemple…</translation>
        </message>
        <message>
            <source>Remove sample data</source>
            <translation>Supprimer les données d'exemple</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Language note</source>
            <translation>Remarque sur la langue</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Espace de travail</translation>
        </message>
        <message>
            <source>Workspace settings</source>
            <translation>Paramètres de l'espace de travail</translation>
        </message>
        <message>
            <source>Open another workspace…</source>
            <translation>Ouvrir un autre espace de travail…</translation>
        </message>
        <message>
            <source>Open another workspace</source>
            <translation>Ouvrir un autre espace de travail</translation>
        </message>
        <message>
            <source>A workspace is one file holding your campaigns, candidates and activities. Opening another workspace replaces this window's contents; nothing is copied or deleted.</source>
            <translation>Un espace de travail est un fichier unique contenant vos campagnes, vos candidats et vos activités. Ouvrir un autre espace de travail remplace le contenu de cette fenêtre ; rien n'est copié ni supprimé.</translation>
        </message>
        <message>
            <source>About workspaces</source>
            <translation>À propos des espaces de travail</translation>
        </message>
        <message>
            <source>Workspace file:</source>
            <translation>Fichier de l'espace de travail :</translation>
        </message>
        <message>
            <source>Sample data:</source>
            <translation>Données d'exemple :</translation>
        </message>
        <message>
            <source>Language settings</source>
            <translation>Paramètres de langue</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>Open or create a workspace</source>
            <translation>Ouvrir ou créer un espace de travail</translation>
        </message>
        <message>
            <source>Sourcedesk workspaces (*.sqlite *.db);;All files (*)</source>
            <translation>Espaces de travail Sourcedesk (*.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Removes the sample campaign and its sample candidates</source>
            <translation>Supprime la campagne d'exemple et ses candidats d'exemple</translation>
        </message>
        <message>
            <source>This workspace has no sample data</source>
            <translation>Cet espace de travail ne contient aucune donnée d'exemple</translation>
        </message>
        <message>
            <source>Run setup again…</source>
            <translation>Relancer la configuration…</translation>
        </message>
        <message>
            <source>Run the first-run setup again</source>
            <translation>Relancer la configuration initiale</translation>
        </message>
        <message>
            <source>Workspace, SmartRecruiters connection, sync choices and a first import, step by step.</source>
            <translation>Espace de travail, connexion SmartRecruiters, choix de synchronisation et première importation, étape par étape.</translation>
        </message>
        <message>
            <source>Setup:</source>
            <translation>Configuration :</translation>
        </message>
        <message>
            <source>Sourcedesk switches to the language you choose at once, without a restart. Dates, numbers and plural forms follow it.</source>
            <translation>Sourcedesk passe immédiatement à la langue choisie, sans redémarrage. Les dates, les nombres et les formes du pluriel s'y adaptent.</translation>
        </message>
        <message>
            <source>Connect to a team workspace…</source>
            <translation>Se connecter à un espace de travail d'équipe…</translation>
        </message>
        <message>
            <source>Connect to a team workspace</source>
            <translation>Se connecter à un espace de travail d'équipe</translation>
        </message>
        <message>
            <source>Open a workspace shared by your team on a PostgreSQL server.</source>
            <translation>Ouvrir un espace de travail partagé par votre équipe sur un serveur PostgreSQL.</translation>
        </message>
        <message>
            <source>This team workspace lives on your team's PostgreSQL server and is shared with everyone on the team. Opening another workspace replaces this window's contents; nothing is copied or deleted.</source>
            <translation>Cet espace de travail d'équipe se trouve sur le serveur PostgreSQL de votre équipe et est partagé avec tous les membres de l'équipe. Ouvrir un autre espace de travail remplace le contenu de cette fenêtre ; rien n'est copié ni supprimé.</translation>
        </message>
        <message>
            <source>Team workspace:</source>
            <translation>Espace de travail d'équipe :</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Serveur :</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Base de données :</translation>
        </message>
        <message>
            <source>Signed in as:</source>
            <translation>Connecté en tant que :</translation>
        </message>
        <message>
            <source>Your role:</source>
            <translation>Votre rôle :</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Boutons de la boîte de dialogue</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>Partout</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Ajouter une étape</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Supprimer l'étape</translation>
        </message>
        <message>
            <source>Move step up</source>
            <translation>Monter l'étape</translation>
        </message>
        <message>
            <source>Move step down</source>
            <translation>Descendre l'étape</translation>
        </message>
        <message>
            <source>Save step</source>
            <translation>Enregistrer l'étape</translation>
        </message>
        <message>
            <source>Sequence editor</source>
            <translation>Éditeur de séquence</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::StageMappingPage</name>
        <message>
            <source>Hiring stages</source>
            <translation>Phases de recrutement</translation>
        </message>
        <message>
            <source>&amp;Download from SmartRecruiters</source>
            <translation>&amp;Télécharger depuis SmartRecruiters</translation>
        </message>
        <message>
            <source>Download the hiring stages from SmartRecruiters</source>
            <translation>Télécharger les phases de recrutement depuis SmartRecruiters</translation>
        </message>
        <message>
            <source>S&amp;uggest</source>
            <translation>S&amp;uggérer</translation>
        </message>
        <message>
            <source>Suggest a pipeline status for every unmapped stage</source>
            <translation>Suggérer un statut du pipeline pour chaque phase sans correspondance</translation>
        </message>
        <message>
            <source>C&amp;lear flag</source>
            <translation>Effacer l'&amp;indicateur</translation>
        </message>
        <message>
            <source>Accept the change SmartRecruiters made to the selected stage</source>
            <translation>Accepter la modification apportée par SmartRecruiters à la phase sélectionnée</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Ré&amp;tablir</translation>
        </message>
        <message>
            <source>Drop the unsaved stage mapping changes</source>
            <translation>Abandonner les modifications non enregistrées de la correspondance des phases</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save the stage mapping</source>
            <translation>Enregistrer la correspondance des phases</translation>
        </message>
        <message>
            <source>Hiring stages status</source>
            <translation>État des phases de recrutement</translation>
        </message>
        <message>
            <source>About hiring stages</source>
            <translation>À propos des phases de recrutement</translation>
        </message>
        <message>
            <source>Map every SmartRecruiters hiring stage to a Sourcedesk pipeline status. The stage sync then moves campaign members when their application moves in SmartRecruiters. Every stage must be mapped before the mapping can be saved.</source>
            <translation>Associez chaque phase de recrutement SmartRecruiters à un statut du pipeline Sourcedesk. La synchronisation des phases déplace ensuite les membres des campagnes lorsque leur candidature avance dans SmartRecruiters. Chaque phase doit être associée avant que la correspondance puisse être enregistrée.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>SmartRecruiters status</source>
            <translation>Statut SmartRecruiters</translation>
        </message>
        <message>
            <source>Pipeline status</source>
            <translation>Statut du pipeline</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Download the stages (%1)</source>
            <translation>Télécharger les phases (%1)</translation>
        </message>
        <message>
            <source>Save (%1)</source>
            <translation>Enregistrer (%1)</translation>
        </message>
        <message>
            <source>Pushing back: stage used for each status</source>
            <translation>Transfert en retour : phase utilisée pour chaque statut</translation>
        </message>
        <message>
            <source>Stage used for each status when pushing back</source>
            <translation>Phase utilisée pour chaque statut lors du transfert en retour</translation>
        </message>
        <message>
            <source>When several stages map to one status, a change made in Sourcedesk is pushed to SmartRecruiters as this stage.</source>
            <translation>Lorsque plusieurs phases sont associées à un même statut, une modification effectuée dans Sourcedesk est transférée vers SmartRecruiters sous la forme de cette phase.</translation>
        </message>
        <message>
            <source>Stage pushed for %1</source>
            <translation>Phase transférée pour %1</translation>
        </message>
        <message>
            <source>The hiring stages could not be read: %1</source>
            <translation>Impossible de lire les phases de recrutement : %1</translation>
        </message>
        <message>
            <source>No stages yet. Download them from SmartRecruiters.</source>
            <translation>Aucune phase pour l'instant. Téléchargez-les depuis SmartRecruiters.</translation>
        </message>
        <message>
            <source>Main statuses (every hiring process)</source>
            <translation>Statuts principaux (tous les processus de recrutement)</translation>
        </message>
        <message>
            <source>Hiring process: %1</source>
            <translation>Processus de recrutement : %1</translation>
        </message>
        <message>
            <source>Changed in SmartRecruiters: %1. Select the stage and click Clear flag once you have checked its mapping.</source>
            <translation>Modifiée dans SmartRecruiters : %1. Sélectionnez la phase et cliquez sur Effacer l'indicateur une fois sa correspondance vérifiée.</translation>
        </message>
        <message>
            <source>Pipeline status for %1</source>
            <translation>Statut du pipeline pour %1</translation>
        </message>
        <message>
            <source>— Not mapped —</source>
            <translation>— Sans correspondance —</translation>
        </message>
        <message>
            <source>(the only or main stage)</source>
            <translation>(la seule phase ou la phase principale)</translation>
        </message>
        <message>
            <source>Only needed when several stages map to this status.</source>
            <translation>Nécessaire uniquement lorsque plusieurs phases sont associées à ce statut.</translation>
        </message>
        <message>
            <source>Connect on Settings → Integration: SmartRecruiters first.</source>
            <translation>Connectez-vous d'abord dans Paramètres → Intégration : SmartRecruiters.</translation>
        </message>
        <message>
            <source>Not connected to SmartRecruiters. Connect on Settings → Integration: SmartRecruiters, then download the stages.</source>
            <translation>Non connecté à SmartRecruiters. Connectez-vous dans Paramètres → Intégration : SmartRecruiters, puis téléchargez les phases.</translation>
        </message>
        <message>
            <source>Downloading the hiring stages from SmartRecruiters…</source>
            <translation>Téléchargement des phases de recrutement depuis SmartRecruiters…</translation>
        </message>
        <message>
            <source>The stages could not be downloaded: %1</source>
            <translation>Impossible de télécharger les phases : %1</translation>
        </message>
        <message>
            <source>The downloaded stages could not be stored: %1</source>
            <translation>Impossible d'enregistrer les phases téléchargées : %1</translation>
        </message>
        <message>
            <source>Downloaded: the stages are the same as in SmartRecruiters.</source>
            <translation>Téléchargées : les phases sont identiques à celles de SmartRecruiters.</translation>
        </message>
        <message>
            <source>Downloaded: %1 new, %2 renamed, %3 no longer in SmartRecruiters, %4 back. Map the new stages and check the highlighted ones.</source>
            <translation>Téléchargées : %1 nouvelles, %2 renommées, %3 ne figurant plus dans SmartRecruiters, %4 de retour. Associez les nouvelles phases et vérifiez celles en surbrillance.</translation>
        </message>
        <message>
            <source>Suggested a status for %1 unmapped stages. Check them, then save.</source>
            <translation>Statut suggéré pour %1 phases sans correspondance. Vérifiez-les, puis enregistrez.</translation>
        </message>
        <message>
            <source>Every stage is already mapped.</source>
            <translation>Toutes les phases sont déjà associées.</translation>
        </message>
        <message>
            <source>Not saved: %1 stages are not mapped yet.</source>
            <translation>Non enregistré : %1 phases ne sont pas encore associées.</translation>
        </message>
        <message>
            <source>Stage mapping not saved</source>
            <translation>Correspondance des phases non enregistrée</translation>
        </message>
        <message>
            <source>Nothing was saved. Every stage needs a pipeline status; these have none:

%1

Choose one for each, or click Suggest.</source>
            <translation>Rien n'a été enregistré. Chaque phase doit avoir un statut du pipeline ; celles-ci n'en ont pas :

%1

Choisissez-en un pour chacune, ou cliquez sur Suggérer.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
        <message>
            <source>Nothing was saved: %1</source>
            <translation>Rien n'a été enregistré : %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>The mapping was saved, but not every preferred stage: %1</source>
            <translation>La correspondance a été enregistrée, mais pas toutes les phases préférées : %1</translation>
        </message>
        <message>
            <source>Unsaved changes dropped.</source>
            <translation>Modifications non enregistrées abandonnées.</translation>
        </message>
        <message>
            <source>The flag could not be cleared: %1</source>
            <translation>Impossible d'effacer l'indicateur : %1</translation>
        </message>
        <message>
            <source>Flag cleared.</source>
            <translation>Indicateur effacé.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::StageSyncPanel</name>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Stage sync settings</source>
            <translation>Paramètres de synchronisation des phases</translation>
        </message>
        <message>
            <source>Next stage sync</source>
            <translation>Prochaine synchronisation des phases</translation>
        </message>
        <message>
            <source>S&amp;ync stages now</source>
            <translation>S&amp;ynchroniser les phases maintenant</translation>
        </message>
        <message>
            <source>Sync the hiring stages from SmartRecruiters now</source>
            <translation>Synchroniser maintenant les phases de recrutement depuis SmartRecruiters</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel the stage sync</source>
            <translation>Annuler la synchronisation des phases</translation>
        </message>
        <message>
            <source>Stage sync progress</source>
            <translation>Progression de la synchronisation des phases</translation>
        </message>
        <message>
            <source>Last stage sync</source>
            <translation>Dernière synchronisation des phases</translation>
        </message>
        <message>
            <source>Stage drift</source>
            <translation>Écarts de phase</translation>
        </message>
        <message>
            <source>Stage sync</source>
            <translation>Synchronisation des phases</translation>
        </message>
        <message>
            <source>These settings are edited with the other sync settings on Settings → SmartRecruiters sync (team defaults).</source>
            <translation>Ces paramètres se modifient avec les autres paramètres de synchronisation dans Paramètres → Synchronisation SmartRecruiters (valeurs par défaut de l'équipe).</translation>
        </message>
        <message>
            <source>Where to edit the stage sync settings</source>
            <translation>Où modifier les paramètres de synchronisation des phases</translation>
        </message>
        <message>
            <source>Sync stages now (%1)</source>
            <translation>Synchroniser les phases maintenant (%1)</translation>
        </message>
        <message>
            <source>Applications whose SmartRecruiters stage could not be applied, and members out of step</source>
            <translation>Candidatures dont la phase SmartRecruiters n'a pas pu être appliquée, et membres désynchronisés</translation>
        </message>
        <message>
            <source>Syncing the stages…</source>
            <translation>Synchronisation des phases…</translation>
        </message>
        <message>
            <source>The stage sync settings could not be read: %1</source>
            <translation>Impossible de lire les paramètres de synchronisation des phases : %1</translation>
        </message>
        <message>
            <source>Synchronize hiring stages: %1</source>
            <translation>Synchroniser les phases de recrutement : %1</translation>
        </message>
        <message>
            <source>Daily at %1 (%2)</source>
            <translation>Tous les jours à %1 (%2)</translation>
        </message>
        <message>
            <source>Since: %1</source>
            <translation>Depuis : %1</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non défini</translation>
        </message>
        <message>
            <source>Only applications made after stage sync was turned on: %1</source>
            <translation>Uniquement les candidatures déposées après l'activation de la synchronisation des phases : %1</translation>
        </message>
        <message>
            <source>Push pipeline changes back to SmartRecruiters: %1</source>
            <translation>Transférer les changements du pipeline vers SmartRecruiters : %1</translation>
        </message>
        <message>
            <source>The stage sync is not available in this window.</source>
            <translation>La synchronisation des phases n'est pas disponible dans cette fenêtre.</translation>
        </message>
        <message>
            <source>Scheduled runs are off in this window.</source>
            <translation>Les exécutions planifiées sont désactivées dans cette fenêtre.</translation>
        </message>
        <message>
            <source>Stage sync is turned off.</source>
            <translation>La synchronisation des phases est désactivée.</translation>
        </message>
        <message>
            <source>Running now.</source>
            <translation>En cours d'exécution.</translation>
        </message>
        <message>
            <source>Next run: %1</source>
            <translation>Prochaine exécution : %1</translation>
        </message>
        <message>
            <source>The last stage sync could not be read: %1</source>
            <translation>Impossible de lire la dernière synchronisation des phases : %1</translation>
        </message>
        <message>
            <source>The stages have not been synced yet.</source>
            <translation>Les phases n'ont pas encore été synchronisées.</translation>
        </message>
        <message>
            <source>Last run: %1 applications read, %2 members moved, %3 stage drift.</source>
            <translation>Dernière exécution : %1 candidatures lues, %2 membres déplacés, %3 écarts de phase.</translation>
        </message>
        <message>
            <source>The last run did not finish.</source>
            <translation>La dernière exécution ne s'est pas terminée.</translation>
        </message>
        <message>
            <source>Last run (%1) was cancelled.</source>
            <translation>La dernière exécution (%1) a été annulée.</translation>
        </message>
        <message>
            <source>Last run (%1) failed: %2</source>
            <translation>La dernière exécution (%1) a échoué : %2</translation>
        </message>
        <message>
            <source>Last run (%1): %2 applications read, %3 members moved, %4 stage drift, %5 new stages.</source>
            <translation>Dernière exécution (%1) : %2 candidatures lues, %3 membres déplacés, %4 écarts de phase, %5 nouvelles phases.</translation>
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
            <translation>Candidat SmartRecruiters %1, poste %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Out of step with SmartRecruiters after the run: %1 (see the reconciliation view).</source>
            <translation>Désynchronisés par rapport à SmartRecruiters après l'exécution : %1 (voir la vue Décalages).</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::StageSyncParts</name>
        <message>
            <source>Hiring stages</source>
            <translation>Phases de recrutement</translation>
        </message>
        <message>
            <source>Syncing hiring stages from SmartRecruiters…</source>
            <translation>Synchronisation des phases de recrutement depuis SmartRecruiters…</translation>
        </message>
        <message>
            <source>Syncing hiring stages from SmartRecruiters… %1 of %2</source>
            <translation>Synchronisation des phases de recrutement depuis SmartRecruiters… %1 sur %2</translation>
        </message>
        <message>
            <source>Hiring stages synced: %1 members moved, %2 stage drift.</source>
            <translation>Phases de recrutement synchronisées : %1 membres déplacés, %2 écarts de phase.</translation>
        </message>
        <message>
            <source>The stage sync did not finish: %1</source>
            <translation>La synchronisation des phases ne s'est pas terminée : %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::StepForm</name>
        <message>
            <source>Automatic email</source>
            <translation>E-mail automatique</translation>
        </message>
        <message>
            <source>Manual email</source>
            <translation>E-mail manuel</translation>
        </message>
        <message>
            <source>LinkedIn connection request</source>
            <translation>Demande de connexion LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn message / InMail</source>
            <translation>Message LinkedIn / InMail</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Custom task</source>
            <translation>Tâche personnalisée</translation>
        </message>
        <message>
            <source>midnight</source>
            <translation>minuit</translation>
        </message>
        <message>
            <source>Mon–Fri %1–%2</source>
            <translation>Lun–Ven %1–%2</translation>
        </message>
        <message>
            <source>%1 %2–%3</source>
            <translation>%1 %2–%3</translation>
        </message>
        <message>
            <source>Step kind</source>
            <translation>Type d'étape</translation>
        </message>
        <message>
            <source>Delay in business days</source>
            <translation>Délai en jours ouvrés</translation>
        </message>
        <message>
            <source>Send window from</source>
            <translation>Plage d'envoi à partir de</translation>
        </message>
        <message>
            <source>Send window to</source>
            <translation>Plage d'envoi jusqu'à</translation>
        </message>
        <message>
            <source>Email subject</source>
            <translation>Objet de l'e-mail</translation>
        </message>
        <message>
            <source>Email body</source>
            <translation>Corps de l'e-mail</translation>
        </message>
        <message>
            <source>Insert placeholder</source>
            <translation>Insérer une variable</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source> business days</source>
            <translation> jours ouvrés</translation>
        </message>
        <message>
            <source>Send on %1</source>
            <translation>Envoyer le %1</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>Custom field…</source>
            <translation>Champ personnalisé…</translation>
        </message>
        <message>
            <source>&amp;Insert placeholder</source>
            <translation>&amp;Insérer une variable</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Delay:</source>
            <translation>&amp;Délai :</translation>
        </message>
        <message>
            <source>Send on:</source>
            <translation>Envoyer le :</translation>
        </message>
        <message>
            <source>Between:</source>
            <translation>Entre :</translation>
        </message>
        <message>
            <source>S&amp;ubject:</source>
            <translation>&amp;Objet :</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>&amp;Corps :</translation>
        </message>
        <message>
            <source>Hi {first_name}, …</source>
            <translation>Bonjour {first_name}, …</translation>
        </message>
        <message>
            <source>What to do for this step</source>
            <translation>Ce qu'il faut faire pour cette étape</translation>
        </message>
        <message>
            <source>Custom field</source>
            <translation>Champ personnalisé</translation>
        </message>
        <message>
            <source>Name of the custom field:</source>
            <translation>Nom du champ personnalisé :</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncHub</name>
        <message numerus="yes">
            <source>%n SmartRecruiters updates queued</source>
            <translation>
                <numerusform>%n mise à jour SmartRecruiters en file d'attente</numerusform>
                <numerusform>%n mises à jour SmartRecruiters en file d'attente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for the candidate to be created</source>
            <translation>
                <numerusform>%n en attente de la création du candidat</numerusform>
                <numerusform>%n en attente de la création du candidat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not sent under the sync settings</source>
            <translation>
                <numerusform>%n non envoyée selon les paramètres de synchronisation</numerusform>
                <numerusform>%n non envoyées selon les paramètres de synchronisation</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to send to SmartRecruiters.</source>
            <translation>Rien à envoyer à SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncLabels</name>
        <message>
            <source>Contact settings</source>
            <translation>Paramètres des contacts</translation>
        </message>
        <message>
            <source>Keep SmartRecruiters up to date with the changes your team makes in Sourcedesk.</source>
            <translation>Maintenir SmartRecruiters à jour avec les modifications apportées par votre équipe dans Sourcedesk.</translation>
        </message>
        <message>
            <source>Adding to SmartRecruiters</source>
            <translation>Ajout à SmartRecruiters</translation>
        </message>
        <message>
            <source>When a sourced person becomes a candidate in SmartRecruiters, and where they come from.</source>
            <translation>Quand une personne sourcée devient candidate dans SmartRecruiters, et sa provenance.</translation>
        </message>
        <message>
            <source>Candidate fields</source>
            <translation>Champs du candidat</translation>
        </message>
        <message>
            <source>Which SmartRecruiters fields recruiters see and must fill before a candidate is pushed.</source>
            <translation>Les champs SmartRecruiters que les recruteurs voient et doivent renseigner avant qu'un candidat soit transféré.</translation>
        </message>
        <message>
            <source>Activity notes</source>
            <translation>Notes d'activité</translation>
        </message>
        <message>
            <source>Which outreach activities become notes on the candidate in SmartRecruiters, and who sees them.</source>
            <translation>Les activités de prospection qui deviennent des notes sur le candidat dans SmartRecruiters, et qui les voit.</translation>
        </message>
        <message>
            <source>Contact fields mapping</source>
            <translation>Correspondance des champs de contact</translation>
        </message>
        <message>
            <source>Which Sourcedesk field or template fills each SmartRecruiters field. Only change it when values do not arrive in SmartRecruiters as expected.</source>
            <translation>Quel champ ou modèle Sourcedesk renseigne chaque champ SmartRecruiters. Ne modifiez-la que si les valeurs n'arrivent pas dans SmartRecruiters comme prévu.</translation>
        </message>
        <message>
            <source>Job information</source>
            <translation>Informations sur le poste</translation>
        </message>
        <message>
            <source>Offer only the jobs with these statuses when linking a campaign.</source>
            <translation>Proposer uniquement les postes ayant ces statuts lors de la liaison d'une campagne.</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Tag candidates in SmartRecruiters with their campaign and outcome.</source>
            <translation>Étiqueter les candidats dans SmartRecruiters avec leur campagne et leur résultat.</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>Hold candidates back until they agreed to be kept on file.</source>
            <translation>Retenir les candidats jusqu'à ce qu'ils aient accepté la conservation de leurs données.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <source>Send the files attached to a candidate (CVs, notes).</source>
            <translation>Envoyer les fichiers joints à un candidat (CV, notes).</translation>
        </message>
        <message>
            <source>Hiring stages</source>
            <translation>Phases de recrutement</translation>
        </message>
        <message>
            <source>Bring the hiring stages of SmartRecruiters back into the campaigns once a day.</source>
            <translation>Récupérer une fois par jour les phases de recrutement de SmartRecruiters dans les campagnes.</translation>
        </message>
        <message>
            <source>Other settings</source>
            <translation>Autres paramètres</translation>
        </message>
        <message>
            <source>Send the changes recruiters make to name, company, role, location and the other contact fields to SmartRecruiters.</source>
            <translation>Envoyer à SmartRecruiters les modifications apportées par les recruteurs au nom, à l'entreprise, au poste, à la localisation et aux autres champs de contact.</translation>
        </message>
        <message>
            <source>When a campaign member is created as a candidate in SmartRecruiters.</source>
            <translation>Quand un membre de la campagne est créé en tant que candidat dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>With "when they reply" or "when they are interested", write notes only on candidates Sourcedesk created or linked, not on records that merely match.</source>
            <translation>Avec « en cas de réponse » ou « si intéressé », écrire les notes uniquement sur les candidats créés ou liés par Sourcedesk, pas sur les fiches qui correspondent simplement.</translation>
        </message>
        <message>
            <source>sourceTypeId/sourceSubTypeId/sourceId of the candidate source in SmartRecruiters; empty for SmartRecruiters' default source.</source>
            <translation>sourceTypeId/sourceSubTypeId/sourceId de la source du candidat dans SmartRecruiters ; vide pour la source par défaut de SmartRecruiters.</translation>
        </message>
        <message>
            <source>SmartRecruiters fields recruiters can fill for a candidate before the push.</source>
            <translation>Les champs SmartRecruiters que les recruteurs peuvent renseigner pour un candidat avant le transfert.</translation>
        </message>
        <message>
            <source>Fields that must be filled before a candidate is pushed. First name, last name and email are always required by SmartRecruiters.</source>
            <translation>Les champs à renseigner avant qu'un candidat soit transféré. Le prénom, le nom et l'e-mail sont toujours exigés par SmartRecruiters.</translation>
        </message>
        <message>
            <source>SmartRecruiters fields offered as filters when searching the ATS.</source>
            <translation>Les champs SmartRecruiters proposés comme filtres lors d'une recherche dans l'ATS.</translation>
        </message>
        <message>
            <source>Outreach types that create a note on the candidate.</source>
            <translation>Les types de prospection qui créent une note sur le candidat.</translation>
        </message>
        <message>
            <source>The note text. Placeholders: {activity}, {campaign}, {subject}, {body}, {author}, {date}, {status}, {job} and candidate fields such as {firstName}.</source>
            <translation>Le texte de la note. Variables : {activity}, {campaign}, {subject}, {body}, {author}, {date}, {status}, {job} et les champs du candidat tels que {firstName}.</translation>
        </message>
        <message>
            <source>Who in SmartRecruiters can read the notes.</source>
            <translation>Qui peut lire les notes dans SmartRecruiters.</translation>
        </message>
        <message>
            <source>SmartRecruiters user ids the notes are shared with, separated by commas.</source>
            <translation>Identifiants des utilisateurs SmartRecruiters avec lesquels les notes sont partagées, séparés par des virgules.</translation>
        </message>
        <message>
            <source>Only jobs with these statuses are offered when linking a campaign to a job.</source>
            <translation>Seuls les postes ayant ces statuts sont proposés lors de la liaison d'une campagne à un poste.</translation>
        </message>
        <message>
            <source>The tag. Placeholders: {campaign}, {status}, {job} and candidate fields.</source>
            <translation>L'étiquette. Variables : {campaign}, {status}, {job} et les champs du candidat.</translation>
        </message>
        <message>
            <source>Add a tag with the campaign and the outcome to each candidate.</source>
            <translation>Ajouter à chaque candidat une étiquette indiquant la campagne et le résultat.</translation>
        </message>
        <message>
            <source>Do not push a candidate whose consent is not granted.</source>
            <translation>Ne pas transférer un candidat dont le consentement n'est pas accordé.</translation>
        </message>
        <message>
            <source>Consent text sent with the candidate. Placeholders: {date}, {method}, {state}.</source>
            <translation>Texte de consentement envoyé avec le candidat. Variables : {date}, {method}, {state}.</translation>
        </message>
        <message>
            <source>Upload the files attached to a candidate in Sourcedesk.</source>
            <translation>Téléverser les fichiers joints à un candidat dans Sourcedesk.</translation>
        </message>
        <message>
            <source>Read the candidates' hiring stages from SmartRecruiters every day.</source>
            <translation>Lire chaque jour les phases de recrutement des candidats depuis SmartRecruiters.</translation>
        </message>
        <message>
            <source>When the daily stage sync runs (24-hour time).</source>
            <translation>L'heure d'exécution de la synchronisation quotidienne des phases (format 24 heures).</translation>
        </message>
        <message>
            <source>The time zone of the daily run, e.g. Europe/Paris.</source>
            <translation>Le fuseau horaire de l'exécution quotidienne, par ex. Europe/Paris.</translation>
        </message>
        <message>
            <source>Ignore applications older than this date (yyyy-MM-dd); empty for all.</source>
            <translation>Ignorer les candidatures antérieures à cette date (aaaa-MM-jj) ; vide pour toutes.</translation>
        </message>
        <message>
            <source>Only applications made after the stage sync was turned on.</source>
            <translation>Uniquement les candidatures déposées après l'activation de la synchronisation des phases.</translation>
        </message>
        <message>
            <source>Send pipeline changes made in Sourcedesk back to SmartRecruiters.</source>
            <translation>Renvoyer vers SmartRecruiters les changements du pipeline effectués dans Sourcedesk.</translation>
        </message>
        <message>
            <source>When added to a campaign</source>
            <translation>À l'ajout à une campagne</translation>
        </message>
        <message>
            <source>Only when they reply</source>
            <translation>Uniquement en cas de réponse</translation>
        </message>
        <message>
            <source>Only when they are interested</source>
            <translation>Uniquement si intéressé</translation>
        </message>
        <message>
            <source>Don't add this contact</source>
            <translation>Ne pas ajouter ce contact</translation>
        </message>
        <message>
            <source>Everyone who can see the candidate</source>
            <translation>Toute personne pouvant voir le candidat</translation>
        </message>
        <message>
            <source>The hiring team</source>
            <translation>L'équipe de recrutement</translation>
        </message>
        <message>
            <source>Only the users below</source>
            <translation>Uniquement les utilisateurs ci-dessous</translation>
        </message>
        <message>
            <source>Status change</source>
            <translation>Changement de statut</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé</translation>
        </message>
        <message>
            <source>Sourcing</source>
            <translation>Sourcing</translation>
        </message>
        <message>
            <source>Filled</source>
            <translation>Pourvu</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Offre</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Suspendu</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Sub-status</source>
            <translation>Sous-statut</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Localisation</translation>
        </message>
        <message>
            <source>Consent status</source>
            <translation>Statut du consentement</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Average rating</source>
            <translation>Note moyenne</translation>
        </message>
        <message>
            <source>Updated after</source>
            <translation>Mis à jour après</translation>
        </message>
        <message>
            <source>Onboarding status</source>
            <translation>Statut d'intégration</translation>
        </message>
        <message>
            <source>Always update</source>
            <translation>Toujours mettre à jour</translation>
        </message>
        <message>
            <source>Only update if blank</source>
            <translation>Mettre à jour seulement si vide</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncLogView</name>
        <message>
            <source>Sync log</source>
            <translation>Journal de synchronisation</translation>
        </message>
        <message>
            <source>Sync counts</source>
            <translation>Compteurs de synchronisation</translation>
        </message>
        <message>
            <source>Show jobs</source>
            <translation>Afficher les opérations</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs</source>
            <translation>Opérations SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Réessayer</translation>
        </message>
        <message>
            <source>Retry the selected jobs</source>
            <translation>Réessayer les opérations sélectionnées</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>&amp;Ignorer</translation>
        </message>
        <message>
            <source>Skip the selected jobs</source>
            <translation>Ignorer les opérations sélectionnées</translation>
        </message>
        <message>
            <source>&amp;Details…</source>
            <translation>&amp;Détails…</translation>
        </message>
        <message>
            <source>Show the selected job in full</source>
            <translation>Afficher l'opération sélectionnée en entier</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Ac&amp;tualiser</translation>
        </message>
        <message>
            <source>Refresh the sync log</source>
            <translation>Actualiser le journal de synchronisation</translation>
        </message>
        <message>
            <source>All jobs</source>
            <translation>Toutes les opérations</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Intervention requise</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>En attente d'envoi</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Suspendues</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyées</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ignorées</translation>
        </message>
        <message>
            <source>Send the selected jobs again now (%1)</source>
            <translation>Renvoyer maintenant les opérations sélectionnées (%1)</translation>
        </message>
        <message>
            <source>Do not send the selected jobs (%1)</source>
            <translation>Ne pas envoyer les opérations sélectionnées (%1)</translation>
        </message>
        <message>
            <source>The sync log could not be read: %1</source>
            <translation>Impossible de lire le journal de synchronisation : %1</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>A&amp;fficher :</translation>
        </message>
        <message>
            <source>SmartRecruiters history of %1</source>
            <translation>Historique SmartRecruiters de %1</translation>
        </message>
        <message>
            <source>%1 waiting · %2 need attention</source>
            <translation>%1 en attente · %2 nécessitent une intervention</translation>
        </message>
        <message>
            <source>The counts could not be read: %1</source>
            <translation>Impossible de lire les compteurs : %1</translation>
        </message>
        <message>
            <source>%1 waiting · %2 need attention · %3 held · %4 sent · %5 skipped</source>
            <translation>%1 en attente · %2 nécessitent une intervention · %3 suspendues · %4 envoyées · %5 ignorées</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Réessayer</translation>
        </message>
        <message>
            <source>Skip jobs</source>
            <translation>Ignorer les opérations</translation>
        </message>
        <message numerus="yes">
            <source>Skip %n jobs? They will not be sent to SmartRecruiters; later jobs of the same candidates can go ahead.</source>
            <translation>
                <numerusform>Ignorer %n opération ? Elle ne sera pas envoyée à SmartRecruiters ; les opérations ultérieures des mêmes candidats peuvent se poursuivre.</numerusform>
                <numerusform>Ignorer %n opérations ? Elles ne seront pas envoyées à SmartRecruiters ; les opérations ultérieures des mêmes candidats peuvent se poursuivre.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Ignorer</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncNotifier</name>
        <message>
            <source>Sourcedesk: SmartRecruiters sync</source>
            <translation>Sourcedesk : synchronisation SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters sync</source>
            <translation>Synchronisation SmartRecruiters</translation>
        </message>
        <message numerus="yes">
            <source>%n need attention. Click to open the sync log.</source>
            <translation>
                <numerusform>%n nécessite une intervention. Cliquez pour ouvrir le journal de synchronisation.</numerusform>
                <numerusform>%n nécessitent une intervention. Cliquez pour ouvrir le journal de synchronisation.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hiring stages synced</source>
            <translation>Phases de recrutement synchronisées</translation>
        </message>
        <message>
            <source>%1 members moved, %2 stage drift. Click to open the sync log.</source>
            <translation>%1 membres déplacés, %2 écarts de phase. Cliquez pour ouvrir le journal de synchronisation.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncOverridesDialog</name>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Campaign sync settings</source>
            <translation>Paramètres de synchronisation de la campagne</translation>
        </message>
        <message>
            <source>SmartRecruiters sync for “%1”</source>
            <translation>Synchronisation SmartRecruiters pour « %1 »</translation>
        </message>
        <message>
            <source>What this campaign does differently from your settings. Reset a row to use your setting again; settings your team admin locked cannot be changed here.</source>
            <translation>Ce que cette campagne fait différemment de vos paramètres. Réinitialisez une ligne pour utiliser à nouveau votre paramètre ; les paramètres verrouillés par l'administrateur de votre équipe ne peuvent pas être modifiés ici.</translation>
        </message>
        <message>
            <source>Save or cancel</source>
            <translation>Enregistrer ou annuler</translation>
        </message>
        <message>
            <source>Nothing was saved: %1</source>
            <translation>Rien n'a été enregistré : %1</translation>
        </message>
        <message>
            <source>Unsaved sync settings</source>
            <translation>Paramètres de synchronisation non enregistrés</translation>
        </message>
        <message>
            <source>Drop the changes to this campaign's sync settings?</source>
            <translation>Abandonner les modifications des paramètres de synchronisation de cette campagne ?</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncSettingsEditor</name>
        <message>
            <source>Problems with stored settings</source>
            <translation>Problèmes avec les paramètres enregistrés</translation>
        </message>
        <message>
            <source>SmartRecruiters sync settings</source>
            <translation>Paramètres de synchronisation SmartRecruiters</translation>
        </message>
        <message>
            <source>Sync settings</source>
            <translation>Paramètres de synchronisation</translation>
        </message>
        <message>
            <source>Where %1 comes from</source>
            <translation>Provenance de %1</translation>
        </message>
        <message>
            <source>Reset %1</source>
            <translation>Réinitialiser %1</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <source>Lock %1</source>
            <translation>Verrouiller %1</translation>
        </message>
        <message>
            <source>Locked: everyone uses the team value; users, campaigns and candidates cannot change it.</source>
            <translation>Verrouillé : tout le monde utilise la valeur de l'équipe ; les utilisateurs, les campagnes et les candidats ne peuvent pas la modifier.</translation>
        </message>
        <message>
            <source>The sync settings could not be read: %1</source>
            <translation>Impossible de lire les paramètres de synchronisation : %1</translation>
        </message>
        <message>
            <source>%1 (locked)</source>
            <translation>%1 (verrouillé)</translation>
        </message>
        <message>
            <source>%1 (not saved)</source>
            <translation>%1 (non enregistré)</translation>
        </message>
        <message>
            <source>%1 (after saving)</source>
            <translation>%1 (après enregistrement)</translation>
        </message>
        <message>
            <source>Only the team admin can change this (Team defaults).</source>
            <translation>Seul l'administrateur de l'équipe peut modifier ceci (Valeurs par défaut de l'équipe).</translation>
        </message>
        <message>
            <source>Back to the built-in default</source>
            <translation>Revenir à la valeur par défaut intégrée</translation>
        </message>
        <message>
            <source>Use the value from the layer below</source>
            <translation>Utiliser la valeur du niveau inférieur</translation>
        </message>
        <message>
            <source>Who locked or set %1</source>
            <translation>Qui a verrouillé ou défini %1</translation>
        </message>
        <message>
            <source>Company policy</source>
            <translation>Politique de l'entreprise</translation>
        </message>
        <message>
            <source>%1: nobody can change this setting here.</source>
            <translation>%1 : personne ne peut modifier ce paramètre ici.</translation>
        </message>
        <message>
            <source>%1: it applies over the team defaults; users may still choose their own where allowed.</source>
            <translation>%1 : il prime sur les valeurs par défaut de l'équipe ; les utilisateurs peuvent tout de même choisir leur propre valeur là où c'est autorisé.</translation>
        </message>
        <message>
            <source>%1: the setting is locked, everyone uses the team value.</source>
            <translation>%1 : le paramètre est verrouillé, tout le monde utilise la valeur de l'équipe.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncSettingsPage</name>
        <message>
            <source>Settings for</source>
            <translation>Paramètres pour</translation>
        </message>
        <message>
            <source>Sync settings status</source>
            <translation>État des paramètres de synchronisation</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save the sync settings</source>
            <translation>Enregistrer les paramètres de synchronisation</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Ré&amp;tablir</translation>
        </message>
        <message>
            <source>Drop the unsaved changes</source>
            <translation>Abandonner les modifications non enregistrées</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Export these settings to a file</source>
            <translation>Exporter ces paramètres dans un fichier</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Import settings from a file</source>
            <translation>Importer des paramètres depuis un fichier</translation>
        </message>
        <message>
            <source>SmartRecruiters sync settings</source>
            <translation>Paramètres de synchronisation SmartRecruiters</translation>
        </message>
        <message>
            <source>Team defaults (admin)</source>
            <translation>Valeurs par défaut de l'équipe (administrateur)</translation>
        </message>
        <message>
            <source>My settings</source>
            <translation>Mes paramètres</translation>
        </message>
        <message>
            <source>Team defaults apply to everyone unless they change them in their own settings; a locked team default applies to everyone.</source>
            <translation>Les valeurs par défaut de l'équipe s'appliquent à tous, sauf si chacun les modifie dans ses propres paramètres ; une valeur par défaut verrouillée s'applique à tous.</translation>
        </message>
        <message>
            <source>How Sourcedesk keeps SmartRecruiters in step. Campaigns and candidates can override some of these on their own pages.</source>
            <translation>Comment Sourcedesk maintient SmartRecruiters synchronisé. Les campagnes et les candidats peuvent remplacer certains de ces paramètres sur leurs propres pages.</translation>
        </message>
        <message>
            <source>Save (%1)</source>
            <translation>Enregistrer (%1)</translation>
        </message>
        <message>
            <source>Settings &amp;for:</source>
            <translation>Paramètres &amp;pour :</translation>
        </message>
        <message>
            <source>Unsaved sync settings</source>
            <translation>Paramètres de synchronisation non enregistrés</translation>
        </message>
        <message>
            <source>Save the changes to the sync settings before switching?</source>
            <translation>Enregistrer les modifications des paramètres de synchronisation avant de changer ?</translation>
        </message>
        <message>
            <source>You are editing the team defaults. Lock a setting to make everyone use it.</source>
            <translation>Vous modifiez les valeurs par défaut de l'équipe. Verrouillez un paramètre pour l'imposer à tous.</translation>
        </message>
        <message>
            <source>You are editing your own settings; they apply to your campaigns.</source>
            <translation>Vous modifiez vos propres paramètres ; ils s'appliquent à vos campagnes.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
        <message>
            <source>Sync settings not saved</source>
            <translation>Paramètres de synchronisation non enregistrés</translation>
        </message>
        <message>
            <source>Nothing was saved. Fix these first:

%1</source>
            <translation>Rien n'a été enregistré. Corrigez d'abord ces points :

%1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>Unsaved changes dropped.</source>
            <translation>Modifications non enregistrées abandonnées.</translation>
        </message>
        <message>
            <source>Export sync settings</source>
            <translation>Exporter les paramètres de synchronisation</translation>
        </message>
        <message>
            <source>Sync settings (*.json)</source>
            <translation>Paramètres de synchronisation (*.json)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The settings were not exported: %1</source>
            <translation>Les paramètres n'ont pas été exportés : %1</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Exporté vers %1.</translation>
        </message>
        <message>
            <source>Import sync settings</source>
            <translation>Importer des paramètres de synchronisation</translation>
        </message>
        <message>
            <source>Importing drops your unsaved changes. Continue?</source>
            <translation>L'importation abandonne vos modifications non enregistrées. Continuer ?</translation>
        </message>
        <message>
            <source>Sync settings (*.json);;All files (*)</source>
            <translation>Paramètres de synchronisation (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>%1 is too large for a settings file.</source>
            <translation>%1 est trop volumineux pour un fichier de paramètres.</translation>
        </message>
        <message>
            <source>Nothing was imported; your settings are unchanged.

%1</source>
            <translation>Rien n'a été importé ; vos paramètres sont inchangés.

%1</translation>
        </message>
        <message>
            <source>Imported %1.</source>
            <translation>%1 importé.</translation>
        </message>
        <message>
            <source>Company policy</source>
            <translation>Politique de l'entreprise</translation>
        </message>
        <message>
            <source>The team defaults are read-only for you. %1</source>
            <translation>Les valeurs par défaut de l'équipe sont en lecture seule pour vous. %1</translation>
        </message>
        <message>
            <source>A teammate changed the sync settings. Save keeps your changes; Revert shows theirs.</source>
            <translation>Un membre de l'équipe a modifié les paramètres de synchronisation. « Enregistrer » conserve vos modifications ; « Rétablir » affiche les siennes.</translation>
        </message>
        <message>
            <source>Updated with a teammate's changes.</source>
            <translation>Mis à jour avec les modifications d'un membre de l'équipe.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncStatusWidget</name>
        <message>
            <source>SmartRecruiters sync</source>
            <translation>Synchronisation SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters sync progress</source>
            <translation>Progression de la synchronisation SmartRecruiters</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop sending to SmartRecruiters</source>
            <translation>Arrêter l'envoi vers SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs that need attention</source>
            <translation>Opérations SmartRecruiters nécessitant une intervention</translation>
        </message>
        <message>
            <source>SmartRecruiters connection</source>
            <translation>Connexion SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters sync status</source>
            <translation>État de la synchronisation SmartRecruiters</translation>
        </message>
        <message>
            <source>Stop after the jobs in flight; the rest wait in the sync log.</source>
            <translation>Arrêter après les opérations en cours ; les autres attendent dans le journal de synchronisation.</translation>
        </message>
        <message>
            <source>Open the sync log on the jobs SmartRecruiters refused</source>
            <translation>Ouvrir le journal de synchronisation sur les opérations refusées par SmartRecruiters</translation>
        </message>
        <message>
            <source>Open the sync log (Ctrl+Shift+Y)</source>
            <translation>Ouvrir le journal de synchronisation (Ctrl+Shift+Y)</translation>
        </message>
        <message>
            <source>SmartRecruiters: connected</source>
            <translation>SmartRecruiters : connecté</translation>
        </message>
        <message>
            <source>SmartRecruiters: offline</source>
            <translation>SmartRecruiters : hors ligne</translation>
        </message>
        <message>
            <source>SmartRecruiters: not connected</source>
            <translation>SmartRecruiters : non connecté</translation>
        </message>
        <message>
            <source>Sending to SmartRecruiters %1/%2</source>
            <translation>Envoi vers SmartRecruiters %1/%2</translation>
        </message>
        <message>
            <source>SmartRecruiters is up to date with what was queued.</source>
            <translation>SmartRecruiters est à jour avec ce qui a été mis en file d'attente.</translation>
        </message>
        <message>
            <source>Stopped sending to SmartRecruiters; the rest waits in the sync log (Ctrl+Shift+Y) and goes with the next change.</source>
            <translation>Envoi vers SmartRecruiters arrêté ; le reste attend dans le journal de synchronisation (Ctrl+Shift+Y) et partira avec la prochaine modification.</translation>
        </message>
        <message numerus="yes">
            <source>%n need attention</source>
            <translation>
                <numerusform>%n nécessite une intervention</numerusform>
                <numerusform>%n nécessitent une intervention</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncToolDocks</name>
        <message>
            <source>Review queue</source>
            <translation>File de vérification</translation>
        </message>
        <message>
            <source>&amp;Review queue</source>
            <translation>&amp;File de vérification</translation>
        </message>
        <message>
            <source>Possible matches in SmartRecruiters that wait for your decision</source>
            <translation>Correspondances possibles dans SmartRecruiters en attente de votre décision</translation>
        </message>
        <message>
            <source>Out of step</source>
            <translation>Décalages</translation>
        </message>
        <message>
            <source>&amp;Out of step with SmartRecruiters</source>
            <translation>&amp;Décalages avec SmartRecruiters</translation>
        </message>
        <message>
            <source>What differs between Sourcedesk and SmartRecruiters, with a fix</source>
            <translation>Ce qui diffère entre Sourcedesk et SmartRecruiters, avec une correction</translation>
        </message>
        <message>
            <source>Search SmartRecruiters</source>
            <translation>Rechercher dans SmartRecruiters</translation>
        </message>
        <message>
            <source>Search &amp;SmartRecruiters</source>
            <translation>Rechercher dans &amp;SmartRecruiters</translation>
        </message>
        <message>
            <source>Find people in SmartRecruiters with the team's filterable fields</source>
            <translation>Trouver des personnes dans SmartRecruiters avec les champs filtrables de l'équipe</translation>
        </message>
        <message>
            <source>Possible matches waiting for review</source>
            <translation>Correspondances possibles en attente de vérification</translation>
        </message>
        <message>
            <source>Open the review queue (%1)</source>
            <translation>Ouvrir la file de vérification (%1)</translation>
        </message>
        <message>
            <source>100+ to review</source>
            <translation>Plus de 100 à vérifier</translation>
        </message>
        <message numerus="yes">
            <source>%n to review</source>
            <translation>
                <numerusform>%n à vérifier</numerusform>
                <numerusform>%n à vérifier</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncWindowParts</name>
        <message>
            <source>Sync log</source>
            <translation>Journal de synchronisation</translation>
        </message>
        <message>
            <source>Sync &amp;log</source>
            <translation>&amp;Journal de synchronisation</translation>
        </message>
        <message>
            <source>What was sent to SmartRecruiters, and what needs your attention</source>
            <translation>Ce qui a été envoyé à SmartRecruiters, et ce qui requiert votre attention</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::TasksView</name>
        <message>
            <source>Tasks due today</source>
            <translation>Tâches à échéance aujourd'hui</translation>
        </message>
        <message>
            <source>Tasks status</source>
            <translation>État des tâches</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <source>Phone / LinkedIn</source>
            <translation>Téléphone / LinkedIn</translation>
        </message>
        <message>
            <source>Mark task &amp;done</source>
            <translation>Marquer la tâche comme &amp;effectuée</translation>
        </message>
        <message>
            <source>&amp;Skip task</source>
            <translation>&amp;Ignorer la tâche</translation>
        </message>
        <message>
            <source>&amp;Open LinkedIn profile</source>
            <translation>&amp;Ouvrir le profil LinkedIn</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Joint</translation>
        </message>
        <message>
            <source>Left a voicemail</source>
            <translation>Message vocal laissé</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Pas de réponse</translation>
        </message>
        <message>
            <source>Wrong number</source>
            <translation>Mauvais numéro</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyée</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Acceptée</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Indisponible</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Effectuée</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Email (manual)</source>
            <translation>E-mail (manuel)</translation>
        </message>
        <message>
            <source>LinkedIn connection request</source>
            <translation>Demande de connexion LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn message</source>
            <translation>Message LinkedIn</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Overdue: %1</source>
            <translation>En retard : %1</translation>
        </message>
        <message>
            <source>LinkedIn profile of %1</source>
            <translation>Profil LinkedIn de %1</translation>
        </message>
        <message>
            <source>Nothing due today.</source>
            <translation>Rien à faire aujourd'hui.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>That task was already finished elsewhere; the list is up to date.</source>
            <translation>Cette tâche a déjà été terminée ailleurs ; la liste est à jour.</translation>
        </message>
        <message>
            <source>Done: %1 (%2).</source>
            <translation>Effectuée : %1 (%2).</translation>
        </message>
        <message>
            <source>Skipped: %1.</source>
            <translation>Ignorée : %1.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::TeamConnectDialog</name>
        <message>
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Secure connection (TLS)</source>
            <translation>Connexion sécurisée (TLS)</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>&amp;Remember in the keychain</source>
            <translation>&amp;Mémoriser dans le trousseau</translation>
        </message>
        <message>
            <source>Remember the password in the keychain</source>
            <translation>Mémoriser le mot de passe dans le trousseau</translation>
        </message>
        <message>
            <source>Why the connection failed</source>
            <translation>Pourquoi la connexion a échoué</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Connect to a team workspace</source>
            <translation>Se connecter à un espace de travail d'équipe</translation>
        </message>
        <message>
            <source>e.g. db.example.com</source>
            <translation>par ex. db.example.com</translation>
        </message>
        <message>
            <source>e.g. recruiting</source>
            <translation>par ex. recrutement</translation>
        </message>
        <message>
            <source>your login on the server</source>
            <translation>votre identifiant sur le serveur</translation>
        </message>
        <message>
            <source>Encrypt if the server offers it (default)</source>
            <translation>Chiffrer si le serveur le propose (par défaut)</translation>
        </message>
        <message>
            <source>Always encrypt, do not check the certificate</source>
            <translation>Toujours chiffrer, sans vérifier le certificat</translation>
        </message>
        <message>
            <source>Always encrypt, check the certificate</source>
            <translation>Toujours chiffrer, en vérifiant le certificat</translation>
        </message>
        <message>
            <source>Always encrypt, check the certificate and server name (safest)</source>
            <translation>Toujours chiffrer, en vérifiant le certificat et le nom du serveur (le plus sûr)</translation>
        </message>
        <message>
            <source>Encrypt only if the server insists</source>
            <translation>Chiffrer uniquement si le serveur l'exige</translation>
        </message>
        <message>
            <source>Never encrypt (trusted networks only)</source>
            <translation>Ne jamais chiffrer (réseaux de confiance uniquement)</translation>
        </message>
        <message>
            <source>empty: use ~/.pgpass or PGPASSWORD</source>
            <translation>vide : utiliser ~/.pgpass ou PGPASSWORD</translation>
        </message>
        <message>
            <source>Keeps the password in this computer's keychain, so Sourcedesk opens the workspace without asking. It is never written to a settings file.</source>
            <translation>Conserve le mot de passe dans le trousseau de cet ordinateur, pour que Sourcedesk ouvre l'espace de travail sans le demander. Il n'est jamais écrit dans un fichier de paramètres.</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>A team workspace lives on your company's PostgreSQL server and is shared by everyone on the team. Your admin gives you these details.</source>
            <translation>Un espace de travail d'équipe se trouve sur le serveur PostgreSQL de votre entreprise et est partagé par tous les membres de l'équipe. Votre administrateur vous fournit ces informations.</translation>
        </message>
        <message>
            <source>About team workspaces</source>
            <translation>À propos des espaces de travail d'équipe</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Serveur :</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort :</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Base de données :</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Nom d'utilisateur :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <source>&amp;Encryption:</source>
            <translation>C&amp;hiffrement :</translation>
        </message>
        <message>
            <source>Wrong user name or password, or this login has no access.</source>
            <translation>Nom d'utilisateur ou mot de passe incorrect, ou cet identifiant n'a pas accès.</translation>
        </message>
        <message>
            <source>The team server cannot be reached.</source>
            <translation>Le serveur d'équipe est injoignable.</translation>
        </message>
        <message>
            <source>The team server is too old for Sourcedesk.</source>
            <translation>Le serveur d'équipe est trop ancien pour Sourcedesk.</translation>
        </message>
        <message>
            <source>This team workspace was set up by a newer version of Sourcedesk. Update Sourcedesk to use it; nothing was changed.</source>
            <translation>Cet espace de travail d'équipe a été configuré par une version plus récente de Sourcedesk. Mettez Sourcedesk à jour pour l'utiliser ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The database does not exist on this server.</source>
            <translation>La base de données n'existe pas sur ce serveur.</translation>
        </message>
        <message>
            <source>This login may not use the team workspace. Ask your admin to add you to the team.</source>
            <translation>Cet identifiant ne peut pas utiliser l'espace de travail d'équipe. Demandez à votre administrateur de vous ajouter à l'équipe.</translation>
        </message>
        <message>
            <source>This database is not a Sourcedesk team workspace. Check the database name.</source>
            <translation>Cette base de données n'est pas un espace de travail d'équipe Sourcedesk. Vérifiez le nom de la base de données.</translation>
        </message>
        <message>
            <source>This installation of Sourcedesk cannot open team workspaces.</source>
            <translation>Cette installation de Sourcedesk ne peut pas ouvrir d'espaces de travail d'équipe.</translation>
        </message>
        <message>
            <source>The team workspace cannot be opened.</source>
            <translation>Impossible d'ouvrir l'espace de travail d'équipe.</translation>
        </message>
        <message>
            <source>Fill in the server, database and user name first</source>
            <translation>Renseignez d'abord le serveur, la base de données et le nom d'utilisateur</translation>
        </message>
        <message>
            <source>Stop waiting for the server</source>
            <translation>Ne plus attendre le serveur</translation>
        </message>
        <message>
            <source>Stopped waiting for the server.</source>
            <translation>Vous n'attendez plus le serveur.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::Toast</name>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Dismiss the message</source>
            <translation>Fermer le message</translation>
        </message>
        <message>
            <source>Notification</source>
            <translation>Notification</translation>
        </message>
        <message>
            <source>Undo (%1)</source>
            <translation>Annuler (%1)</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Undo: %1</source>
            <translation>Annuler : %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::TransferDialog</name>
        <message>
            <source>Move this workspace to a team server</source>
            <translation>Déplacer cet espace de travail vers un serveur d'équipe</translation>
        </message>
        <message>
            <source>Copy to a local file</source>
            <translation>Copier vers un fichier local</translation>
        </message>
        <message>
            <source>Copy this team workspace to a local file</source>
            <translation>Copier cet espace de travail d'équipe vers un fichier local</translation>
        </message>
        <message>
            <source>What the copy does</source>
            <translation>Ce que fait la copie</translation>
        </message>
        <message>
            <source>Every campaign, candidate, activity, setting and queue of %1 is copied into a new, empty team workspace. The copy is all or nothing, and this workspace is not changed. Mailbox and SmartRecruiters passwords stay in this computer's keychain.</source>
            <translation>Chaque campagne, candidat, activité, paramètre et file d'attente de %1 est copié dans un nouvel espace de travail d'équipe vide. La copie se fait en totalité ou pas du tout, et cet espace de travail n'est pas modifié. Les mots de passe de la boîte mail et de SmartRecruiters restent dans le trousseau de cet ordinateur.</translation>
        </message>
        <message>
            <source>Every campaign, candidate, activity, setting and queue of %1 is copied into a new local workspace file. The copy is all or nothing; the team workspace is not changed.</source>
            <translation>Chaque campagne, candidat, activité, paramètre et file d'attente de %1 est copié dans un nouveau fichier d'espace de travail local. La copie se fait en totalité ou pas du tout ; l'espace de travail d'équipe n'est pas modifié.</translation>
        </message>
        <message>
            <source>Team server location</source>
            <translation>Emplacement du serveur d'équipe</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Fichier de l'espace de travail</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Serveur :</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Mot de &amp;passe :</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Choose the workspace file</source>
            <translation>Choisir le fichier de l'espace de travail</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>Check the workspaces</source>
            <translation>Vérifier les espaces de travail</translation>
        </message>
        <message>
            <source>Copy all tables</source>
            <translation>Copier toutes les tables</translation>
        </message>
        <message>
            <source>Current table</source>
            <translation>Table en cours</translation>
        </message>
        <message>
            <source>Rebuild the search index</source>
            <translation>Reconstruire l'index de recherche</translation>
        </message>
        <message>
            <source>Count and save</source>
            <translation>Compter et enregistrer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Verification count</source>
            <translation>Comptage de vérification</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>This workspace</source>
            <translation>Cet espace de travail</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copie</translation>
        </message>
        <message>
            <source>&amp;Move to server</source>
            <translation>&amp;Déplacer vers le serveur</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>Start the copy</source>
            <translation>Lancer la copie</translation>
        </message>
        <message>
            <source>&amp;Open the copy</source>
            <translation>&amp;Ouvrir la copie</translation>
        </message>
        <message>
            <source>Open the new workspace</source>
            <translation>Ouvrir le nouvel espace de travail</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Copy to a local workspace file</source>
            <translation>Copier vers un fichier d'espace de travail local</translation>
        </message>
        <message>
            <source>Sourcedesk workspaces (*.sqlite)</source>
            <translation>Espaces de travail Sourcedesk (*.sqlite)</translation>
        </message>
        <message>
            <source>Enter the team server's location, postgresql://user@host:port/database.</source>
            <translation>Saisissez l'emplacement du serveur d'équipe, postgresql://user@host:port/database.</translation>
        </message>
        <message>
            <source>Choose the file for the local copy.</source>
            <translation>Choisissez le fichier de la copie locale.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>Checking the workspaces…</source>
            <translation>Vérification des espaces de travail…</translation>
        </message>
        <message>
            <source>%1: %2 of %3 rows</source>
            <translation>%1 : %2 lignes sur %3</translation>
        </message>
        <message>
            <source>Copying table %1 of %2; %3 of %4 rows in all.</source>
            <translation>Copie de la table %1 sur %2 ; %3 lignes sur %4 au total.</translation>
        </message>
        <message>
            <source>Rebuilding the search index…</source>
            <translation>Reconstruction de l'index de recherche…</translation>
        </message>
        <message>
            <source>Counting the rows on both sides…</source>
            <translation>Comptage des lignes des deux côtés…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was copied; the target workspace is still empty.</source>
            <translation>Annulé. Rien n'a été copié ; l'espace de travail cible est toujours vide.</translation>
        </message>
        <message>
            <source>The copy failed, nothing was saved: %1</source>
            <translation>La copie a échoué, rien n'a été enregistré : %1</translation>
        </message>
        <message>
            <source>Copied %1 rows in %2 tables; the verification count matches in every table.</source>
            <translation>%1 lignes copiées dans %2 tables ; le comptage de vérification correspond dans chaque table.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::UndoController</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Undo: %1</source>
            <translation>&amp;Annuler : %1</translation>
        </message>
        <message>
            <source>“%1” could not be undone: %2</source>
            <translation>Impossible d'annuler « %1 » : %2</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::WorkspaceLauncher</name>
        <message>
            <source>This workspace was saved by a newer version of Sourcedesk. Update Sourcedesk to open it, or choose another workspace. The file was not changed.</source>
            <translation>Cet espace de travail a été enregistré par une version plus récente de Sourcedesk. Mettez Sourcedesk à jour pour l'ouvrir, ou choisissez un autre espace de travail. Le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <source>The file is damaged or is not a Sourcedesk workspace. It was not changed. Restore it from a backup, or choose another workspace.</source>
            <translation>Le fichier est endommagé ou n'est pas un espace de travail Sourcedesk. Il n'a pas été modifié. Restaurez-le à partir d'une sauvegarde, ou choisissez un autre espace de travail.</translation>
        </message>
        <message>
            <source>Check that the file and its folder exist and that you may read and write them, or choose another workspace.</source>
            <translation>Vérifiez que le fichier et son dossier existent et que vous pouvez les lire et y écrire, ou choisissez un autre espace de travail.</translation>
        </message>
        <message>
            <source>Choose another workspace, or quit and try again.</source>
            <translation>Choisissez un autre espace de travail, ou quittez et réessayez.</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Détails : %1</translation>
        </message>
        <message>
            <source>Cannot open the workspace</source>
            <translation>Impossible d'ouvrir l'espace de travail</translation>
        </message>
        <message>
            <source>Sourcedesk cannot open the workspace “%1”.</source>
            <translation>Sourcedesk ne peut pas ouvrir l'espace de travail « %1 ».</translation>
        </message>
        <message>
            <source>Open or create a workspace</source>
            <translation>Ouvrir ou créer un espace de travail</translation>
        </message>
        <message>
            <source>Sourcedesk workspaces (*.sqlite *.db);;All files (*)</source>
            <translation>Espaces de travail Sourcedesk (*.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::team</name>
        <message>
            <source>Admin</source>
            <translation>Administrateur</translation>
        </message>
        <message>
            <source>Recruiter</source>
            <translation>Recruteur</translation>
        </message>
    </context>
</TS>

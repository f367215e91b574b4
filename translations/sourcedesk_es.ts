<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>CandidateRepository</name>
        <message>
            <source>This candidate was changed by someone else after you opened it. Your changes were not saved: reload the candidate to see the current values, then make your changes again.</source>
            <translation>Otra persona modificó este candidato después de que usted lo abriera. Sus cambios no se guardaron: vuelva a cargar el candidato para ver los valores actuales y haga sus cambios de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <source>The mapping file cannot be read: %1</source>
            <translation>No se puede leer el archivo de asignación: %1</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>línea %1, columna %2</translation>
        </message>
        <message>
            <source>This is not valid JSON: %1.</source>
            <translation>Esto no es un JSON válido: %1.</translation>
        </message>
        <message>
            <source>A mapping file is a JSON object with a "columns" list.</source>
            <translation>Un archivo de asignación es un objeto JSON con una lista "columns".</translation>
        </message>
        <message>
            <source>Mapping format version %1 is not supported (expected 1).</source>
            <translation>La versión %1 del formato de asignación no es compatible (se esperaba 1).</translation>
        </message>
        <message>
            <source>"unmapped" must be "detect", "custom" or "ignore".</source>
            <translation>"unmapped" debe ser "detect", "custom" o "ignore".</translation>
        </message>
        <message>
            <source>"columns" must be a list of {"header": ..., "field": ...} entries.</source>
            <translation>"columns" debe ser una lista de entradas {"header": ..., "field": ...}.</translation>
        </message>
        <message>
            <source>Each entry must be an object with "header" and "field".</source>
            <translation>Cada entrada debe ser un objeto con "header" y "field".</translation>
        </message>
        <message>
            <source>The column header is missing or empty.</source>
            <translation>Falta el encabezado de la columna o está vacío.</translation>
        </message>
        <message>
            <source>The column "%1" is mapped twice.</source>
            <translation>La columna "%1" está asignada dos veces.</translation>
        </message>
        <message>
            <source>Unknown field "%1". Known fields: %2.</source>
            <translation>Campo desconocido "%1". Campos conocidos: %2.</translation>
        </message>
    </context>
    <context>
        <name>CsvExporter</name>
        <message>
            <source>The export was cancelled.</source>
            <translation>Se canceló la exportación.</translation>
        </message>
        <message>
            <source>The file cannot be written: %1</source>
            <translation>No se puede escribir el archivo: %1</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>An activity needs a candidate.</source>
            <translation>Una actividad necesita un candidato.</translation>
        </message>
        <message>
            <source>Candidate %1 does not exist.</source>
            <translation>El candidato %1 no existe.</translation>
        </message>
        <message>
            <source>The candidate is not in this campaign.</source>
            <translation>El candidato no está en esta campaña.</translation>
        </message>
        <message>
            <source>A campaign needs a name.</source>
            <translation>Una campaña necesita un nombre.</translation>
        </message>
        <message>
            <source>A campaign name has at most 200 characters.</source>
            <translation>El nombre de una campaña tiene como máximo 200 caracteres.</translation>
        </message>
        <message>
            <source>A campaign named "%1" already exists.</source>
            <translation>Ya existe una campaña llamada "%1".</translation>
        </message>
        <message>
            <source>Campaign %1 does not exist.</source>
            <translation>La campaña %1 no existe.</translation>
        </message>
        <message>
            <source>The workspace file is damaged or is not a Sourcedesk workspace (%1). Nothing was changed; open another workspace or restore a backup.</source>
            <translation>El archivo del espacio de trabajo está dañado o no es un espacio de trabajo de Sourcedesk (%1). No se ha cambiado nada; abra otro espacio de trabajo o restaure una copia de seguridad.</translation>
        </message>
        <message>
            <source>The workspace is read-only; check the file's permissions.</source>
            <translation>El espacio de trabajo es de solo lectura; compruebe los permisos del archivo.</translation>
        </message>
        <message>
            <source>Cannot open the workspace: %1</source>
            <translation>No se puede abrir el espacio de trabajo: %1</translation>
        </message>
        <message>
            <source>No workspace path was given.</source>
            <translation>No se indicó ninguna ruta de espacio de trabajo.</translation>
        </message>
        <message>
            <source>This is a folder, not a workspace file.</source>
            <translation>Esto es una carpeta, no un archivo de espacio de trabajo.</translation>
        </message>
        <message>
            <source>The workspace file cannot be read; check its permissions.</source>
            <translation>No se puede leer el archivo del espacio de trabajo; compruebe sus permisos.</translation>
        </message>
        <message>
            <source>The workspace file does not exist.</source>
            <translation>El archivo del espacio de trabajo no existe.</translation>
        </message>
        <message>
            <source>Cannot create the folder for the workspace.</source>
            <translation>No se puede crear la carpeta del espacio de trabajo.</translation>
        </message>
        <message>
            <source>The workspace's folder does not support write-ahead logging (journal mode is '%1'); keep workspaces on a local disk.</source>
            <translation>La carpeta del espacio de trabajo no admite el registro de escritura anticipada (el modo de diario es '%1'); guarde los espacios de trabajo en un disco local.</translation>
        </message>
        <message>
            <source>The workspace has no schema version; it is damaged.</source>
            <translation>El espacio de trabajo no tiene versión de esquema; está dañado.</translation>
        </message>
        <message>
            <source>This SQLite file is not a Sourcedesk workspace; it was left unchanged.</source>
            <translation>Este archivo SQLite no es un espacio de trabajo de Sourcedesk; no se ha modificado.</translation>
        </message>
        <message>
            <source>This workspace was written by a newer version of Sourcedesk (schema %1; this version reads up to %2). Update Sourcedesk to open it; the file was not changed.</source>
            <translation>Este espacio de trabajo se escribió con una versión más reciente de Sourcedesk (esquema %1; esta versión lee hasta el %2). Actualice Sourcedesk para abrirlo; el archivo no se ha modificado.</translation>
        </message>
        <message>
            <source>The workspace needs an upgrade (schema %1 to %2) but it is read-only.</source>
            <translation>El espacio de trabajo necesita una actualización (del esquema %1 al %2), pero es de solo lectura.</translation>
        </message>
        <message>
            <source>Upgrading the workspace to schema %1 failed: %2</source>
            <translation>Error al actualizar el espacio de trabajo al esquema %1: %2</translation>
        </message>
        <message>
            <source>The end of the date range is before its start.</source>
            <translation>El final del intervalo de fechas es anterior a su inicio.</translation>
        </message>
        <message>
            <source>Unknown campaign.</source>
            <translation>Campaña desconocida.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Añadidos</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Contactados</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Respondieron</translation>
        </message>
        <message>
            <source>Interested</source>
            <translation>Interesados</translation>
        </message>
        <message>
            <source>In SmartRecruiters</source>
            <translation>En SmartRecruiters</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Contratados</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Semana</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Tasa de respuesta</translation>
        </message>
        <message>
            <source>Interest rate</source>
            <translation>Tasa de interés</translation>
        </message>
        <message>
            <source>Recruiter</source>
            <translation>Reclutador</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>All recruiters</source>
            <translation>Todos los reclutadores</translation>
        </message>
        <message>
            <source>Under 1 day</source>
            <translation>Menos de 1 día</translation>
        </message>
        <message>
            <source>1 to 3 days</source>
            <translation>De 1 a 3 días</translation>
        </message>
        <message>
            <source>3 to 7 days</source>
            <translation>De 3 a 7 días</translation>
        </message>
        <message>
            <source>7 days or more</source>
            <translation>7 días o más</translation>
        </message>
        <message>
            <source>Time to first reply</source>
            <translation>Tiempo hasta la primera respuesta</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <source>Median hours</source>
            <translation>Mediana de horas</translation>
        </message>
        <message>
            <source>90th percentile hours</source>
            <translation>Percentil 90 de horas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Sub-status</source>
            <translation>Subestado</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Candidaturas</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 el %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>"%1" is not an email address.</source>
            <translation>"%1" no es una dirección de correo electrónico.</translation>
        </message>
        <message>
            <source>"%1" is not a domain name.</source>
            <translation>"%1" no es un nombre de dominio.</translation>
        </message>
        <message>
            <source>"%1" is already on the do-not-contact list.</source>
            <translation>"%1" ya está en la lista de no contactar.</translation>
        </message>
        <message>
            <source>Do-not-contact entry %1 does not exist.</source>
            <translation>La entrada %1 de la lista de no contactar no existe.</translation>
        </message>
        <message>
            <source>There is no mailbox %1.</source>
            <translation>No existe el buzón %1.</translation>
        </message>
        <message>
            <source>A mailbox needs the recruiter who sends from it.</source>
            <translation>Un buzón necesita el reclutador que envía desde él.</translation>
        </message>
        <message>
            <source>Sending limits cannot be negative.</source>
            <translation>Los límites de envío no pueden ser negativos.</translation>
        </message>
        <message>
            <source>The mailbox settings hold "%1", which looks like a secret; passwords and tokens belong in the system keychain, not in the workspace.</source>
            <translation>La configuración del buzón contiene "%1", que parece un secreto; las contraseñas y los tokens deben guardarse en el llavero del sistema, no en el espacio de trabajo.</translation>
        </message>
        <message>
            <source>An email needs a sender mailbox and a recipient.</source>
            <translation>Un correo necesita un buzón remitente y un destinatario.</translation>
        </message>
        <message>
            <source>An email needs a Message-ID without spaces.</source>
            <translation>Un correo necesita un Message-ID sin espacios.</translation>
        </message>
        <message>
            <source>An email needs the time it may be sent from.</source>
            <translation>Un correo necesita la hora a partir de la cual puede enviarse.</translation>
        </message>
        <message>
            <source>The Message-ID %1 is already used by another email.</source>
            <translation>El Message-ID %1 ya lo usa otro correo.</translation>
        </message>
        <message>
            <source>Email %1 does not exist.</source>
            <translation>El correo %1 no existe.</translation>
        </message>
        <message>
            <source>Email %1 cannot be %2: it is %3.</source>
            <translation>El correo %1 no puede ser %2: está %3.</translation>
        </message>
        <message>
            <source>The time an email was sent is missing.</source>
            <translation>Falta la hora en que se envió el correo.</translation>
        </message>
        <message>
            <source>marked sent</source>
            <translation>marcado como enviado</translation>
        </message>
        <message>
            <source>The time to try an email again is missing.</source>
            <translation>Falta la hora para volver a intentar el correo.</translation>
        </message>
        <message>
            <source>retried</source>
            <translation>reintentado</translation>
        </message>
        <message>
            <source>marked failed</source>
            <translation>marcado como fallido</translation>
        </message>
        <message>
            <source>marked bounced</source>
            <translation>marcado como rebotado</translation>
        </message>
        <message>
            <source>marked uncertain</source>
            <translation>marcado como incierto</translation>
        </message>
        <message>
            <source>The time to send the email again is missing.</source>
            <translation>Falta la hora para volver a enviar el correo.</translation>
        </message>
        <message>
            <source>queued again</source>
            <translation>puesto de nuevo en cola</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>Sourcedesk stopped while this email was being sent; it may or may not have gone out.</source>
            <translation>Sourcedesk se detuvo mientras se enviaba este correo; es posible que se haya enviado o no.</translation>
        </message>
        <message>
            <source>Campaign %1 has no sequence.</source>
            <translation>La campaña %1 no tiene secuencia.</translation>
        </message>
        <message>
            <source>Candidate %1 is not in the campaign.</source>
            <translation>El candidato %1 no está en la campaña.</translation>
        </message>
        <message>
            <source>Candidate %1 is not enrolled.</source>
            <translation>El candidato %1 no está inscrito.</translation>
        </message>
        <message>
            <source>"%1" is not a known time zone.</source>
            <translation>"%1" no es una zona horaria conocida.</translation>
        </message>
        <message>
            <source>The delay must be between 0 and 365 business days.</source>
            <translation>El retraso debe estar entre 0 y 365 días hábiles.</translation>
        </message>
        <message>
            <source>Choose at least one day for the send window.</source>
            <translation>Elija al menos un día para la ventana de envío.</translation>
        </message>
        <message>
            <source>The send window must start before it ends.</source>
            <translation>La ventana de envío debe empezar antes de terminar.</translation>
        </message>
        <message>
            <source>Sequence %1 does not exist.</source>
            <translation>La secuencia %1 no existe.</translation>
        </message>
        <message>
            <source>This campaign already has a sequence.</source>
            <translation>Esta campaña ya tiene una secuencia.</translation>
        </message>
        <message>
            <source>Step %1 does not exist.</source>
            <translation>El paso %1 no existe.</translation>
        </message>
        <message>
            <source>The new order must list every step of the sequence exactly once.</source>
            <translation>El nuevo orden debe incluir cada paso de la secuencia exactamente una vez.</translation>
        </message>
        <message>
            <source>A task needs the recruiter who does it.</source>
            <translation>Una tarea necesita el reclutador que la realiza.</translation>
        </message>
        <message>
            <source>A task needs a due time.</source>
            <translation>Una tarea necesita una fecha de vencimiento.</translation>
        </message>
        <message>
            <source>Task %1 does not exist.</source>
            <translation>La tarea %1 no existe.</translation>
        </message>
        <message>
            <source>A task is finished as done or skipped.</source>
            <translation>Una tarea se finaliza como hecha u omitida.</translation>
        </message>
        <message>
            <source>The time the task was finished is missing.</source>
            <translation>Falta la hora en que se finalizó la tarea.</translation>
        </message>
        <message>
            <source>Task %1 is already %2.</source>
            <translation>La tarea %1 ya está %2.</translation>
        </message>
        <message>
            <source>Cancelled while talking to the mail server %1.</source>
            <translation>Cancelado durante la comunicación con el servidor de correo %1.</translation>
        </message>
        <message>
            <source>The mail server %1 was not found. Check the server name in Settings → Mailbox and your internet connection.</source>
            <translation>No se encontró el servidor de correo %1. Compruebe el nombre del servidor en Configuración → Buzón y su conexión a internet.</translation>
        </message>
        <message>
            <source>Could not connect to the mail server %1 (%2). Check the server name and port in Settings → Mailbox, and your internet connection.</source>
            <translation>No se pudo conectar con el servidor de correo %1 (%2). Compruebe el nombre del servidor y el puerto en Configuración → Buzón, y su conexión a internet.</translation>
        </message>
        <message>
            <source>The mail server %1 does not offer an encrypted connection (STARTTLS), so nothing was sent. Check the port and security in Settings → Mailbox.</source>
            <translation>El servidor de correo %1 no ofrece una conexión cifrada (STARTTLS), por lo que no se envió nada. Compruebe el puerto y la seguridad en Configuración → Buzón.</translation>
        </message>
        <message>
            <source>The certificate of the mail server %1 could not be verified (%2). Check the server name in Settings → Mailbox; if it is right, ask whoever runs the server.</source>
            <translation>No se pudo verificar el certificado del servidor de correo %1 (%2). Compruebe el nombre del servidor en Configuración → Buzón; si es correcto, consulte al administrador del servidor.</translation>
        </message>
        <message>
            <source>The encrypted connection to the mail server %1 failed (%2). Check that the port matches the security setting in Settings → Mailbox (usually 465 or 993 for TLS, 587 for STARTTLS).</source>
            <translation>Error en la conexión cifrada con el servidor de correo %1 (%2). Compruebe que el puerto coincide con la opción de seguridad en Configuración → Buzón (normalmente 465 o 993 para TLS, 587 para STARTTLS).</translation>
        </message>
        <message>
            <source>The mail server %1 refused the sign-in. Sign in to the mailbox again in Settings → Mailbox.</source>
            <translation>El servidor de correo %1 rechazó el inicio de sesión. Vuelva a iniciar sesión en el buzón en Configuración → Buzón.</translation>
        </message>
        <message>
            <source>The mail server %1 refused the user name or password. Check them in Settings → Mailbox.</source>
            <translation>El servidor de correo %1 rechazó el nombre de usuario o la contraseña. Compruébelos en Configuración → Buzón.</translation>
        </message>
        <message>
            <source>The mail server %1 requires a sign-in that it did not accept (%2). Check the user name and password in Settings → Mailbox.</source>
            <translation>El servidor de correo %1 requiere un inicio de sesión que no aceptó (%2). Compruebe el nombre de usuario y la contraseña en Configuración → Buzón.</translation>
        </message>
        <message>
            <source>The mail server %1 refused the message (%2). It will not be retried.</source>
            <translation>El servidor de correo %1 rechazó el mensaje (%2). No se volverá a intentar.</translation>
        </message>
        <message>
            <source>The mail server %1 is busy or refused the message for now (%2). It will be tried again later.</source>
            <translation>El servidor de correo %1 está ocupado o ha rechazado el mensaje por ahora (%2). Se volverá a intentar más tarde.</translation>
        </message>
        <message>
            <source>The connection to the mail server %1 failed (%2). It will be tried again later.</source>
            <translation>Error en la conexión con el servidor de correo %1 (%2). Se volverá a intentar más tarde.</translation>
        </message>
        <message>
            <source>The mailbox settings are not usable: %1 Fix them in Settings → Mailbox.</source>
            <translation>La configuración del buzón no se puede usar: %1 Corríjala en Configuración → Buzón.</translation>
        </message>
        <message>
            <source>The folder "%1" could not be opened on the mail server %2 (%3). Check the folder names in Settings → Mailbox.</source>
            <translation>No se pudo abrir la carpeta "%1" en el servidor de correo %2 (%3). Compruebe los nombres de las carpetas en Configuración → Buzón.</translation>
        </message>
        <message>
            <source>The mail server %1 refused the request for the folder "%2" (%3).</source>
            <translation>El servidor de correo %1 rechazó la solicitud para la carpeta "%2" (%3).</translation>
        </message>
        <message>
            <source>The mail server %1 did not say which messages the folder "%2" holds.</source>
            <translation>El servidor de correo %1 no indicó qué mensajes contiene la carpeta "%2".</translation>
        </message>
        <message>
            <source>The message %1 in "%2" on the mail server %3 arrived incomplete.</source>
            <translation>El mensaje %1 de "%2" en el servidor de correo %3 llegó incompleto.</translation>
        </message>
        <message>
            <source>The message %1 is no longer in the folder "%2" on the mail server %3.</source>
            <translation>El mensaje %1 ya no está en la carpeta "%2" del servidor de correo %3.</translation>
        </message>
        <message>
            <source>"%1" is not a message id.</source>
            <translation>"%1" no es un identificador de mensaje.</translation>
        </message>
        <message>
            <source>The message is empty.</source>
            <translation>El mensaje está vacío.</translation>
        </message>
        <message>
            <source>The mail server's host name is empty.</source>
            <translation>El nombre de host del servidor de correo está vacío.</translation>
        </message>
        <message>
            <source>"%1" is not a host name; enter only the server name, e.g. smtp.example.com.</source>
            <translation>"%1" no es un nombre de host; introduzca solo el nombre del servidor, p. ej., smtp.example.com.</translation>
        </message>
        <message>
            <source>The port %1 is not between 1 and 65535.</source>
            <translation>El puerto %1 no está entre 1 y 65535.</translation>
        </message>
        <message>
            <source>%1 cannot be used without encryption: choose TLS or STARTTLS.</source>
            <translation>%1 no se puede usar sin cifrado: elija TLS o STARTTLS.</translation>
        </message>
        <message>
            <source>An unencrypted connection to %1 is only allowed when insecure loopback connections are switched on.</source>
            <translation>Una conexión sin cifrar con %1 solo se permite cuando las conexiones de bucle invertido no seguras están activadas.</translation>
        </message>
        <message>
            <source>The sender address is empty.</source>
            <translation>La dirección del remitente está vacía.</translation>
        </message>
        <message>
            <source>The login name is empty.</source>
            <translation>El nombre de inicio de sesión está vacío.</translation>
        </message>
        <message>
            <source>The timeout must be at least one second.</source>
            <translation>El tiempo de espera debe ser de al menos un segundo.</translation>
        </message>
        <message>
            <source>"%1" is not a valid e-mail address.</source>
            <translation>"%1" no es una dirección de correo electrónico válida.</translation>
        </message>
        <message>
            <source>"%1" is not a valid message id.</source>
            <translation>"%1" no es un identificador de mensaje válido.</translation>
        </message>
        <message>
            <source>"%1" is not a valid unsubscribe address.</source>
            <translation>"%1" no es una dirección de baja válida.</translation>
        </message>
        <message>
            <source>This is not an e-mail message: it has no headers.</source>
            <translation>Esto no es un mensaje de correo electrónico: no tiene encabezados.</translation>
        </message>
        <message>
            <source>The connection to the mail server %1:%2 broke after the message was handed over, so it may have been sent. Check the Sent folder before sending it again.</source>
            <translation>La conexión con el servidor de correo %1:%2 se interrumpió después de entregar el mensaje, por lo que es posible que se haya enviado. Compruebe la carpeta Enviados antes de volver a enviarlo.</translation>
        </message>
        <message>
            <source>The message has no recipient.</source>
            <translation>El mensaje no tiene destinatario.</translation>
        </message>
        <message>
            <source>This campaign has no sequence yet; add its steps first.</source>
            <translation>Esta campaña aún no tiene secuencia; añada primero sus pasos.</translation>
        </message>
        <message>
            <source>The campaign's sequence has no steps yet.</source>
            <translation>La secuencia de la campaña aún no tiene pasos.</translation>
        </message>
        <message>
            <source>Unknown security "%1"; use tls, starttls or none.</source>
            <translation>Seguridad desconocida "%1"; use tls, starttls o none.</translation>
        </message>
        <message>
            <source>Unknown sign-in method "%1"; use password or xoauth2.</source>
            <translation>Método de inicio de sesión desconocido "%1"; use password o xoauth2.</translation>
        </message>
        <message numerus="yes">
            <source>The daily limit of %n email(s) is reached.</source>
            <translation>
                <numerusform>Se ha alcanzado el límite diario de %n correo.</numerusform>
                <numerusform>Se ha alcanzado el límite diario de %n correos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The hourly limit of %n email(s) is reached.</source>
            <translation>
                <numerusform>Se ha alcanzado el límite por hora de %n correo.</numerusform>
                <numerusform>Se ha alcanzado el límite por hora de %n correos.</numerusform>
            </translation>
        </message>
        <message>
            <source>On the do-not-contact list.</source>
            <translation>En la lista de no contactar.</translation>
        </message>
        <message>
            <source>The email bounced.</source>
            <translation>El correo rebotó.</translation>
        </message>
        <message>
            <source>The email bounced: %1</source>
            <translation>El correo rebotó: %1</translation>
        </message>
        <message>
            <source>Asked to unsubscribe on %1</source>
            <translation>Solicitó darse de baja el %1</translation>
        </message>
        <message>
            <source>Asked to unsubscribe</source>
            <translation>Solicitó darse de baja</translation>
        </message>
        <message>
            <source>The password or token of %1 is not in the keychain; enter it in Settings → Mailbox.</source>
            <translation>La contraseña o el token de %1 no está en el llavero; introdúzcalo en Configuración → Buzón.</translation>
        </message>
        <message>
            <source>No email address for an automatic email.</source>
            <translation>No hay dirección de correo electrónico para un correo automático.</translation>
        </message>
        <message>
            <source>Re: %1</source>
            <translation>Re: %1</translation>
        </message>
        <message>
            <source>Empty placeholder in step %1: %2</source>
            <translation>Marcador vacío en el paso %1: %2</translation>
        </message>
        <message>
            <source>If you would rather not hear from me again, reply "unsubscribe" and I will not write again.</source>
            <translation>Si prefiere no recibir más mensajes míos, responda "baja" y no volveré a escribirle.</translation>
        </message>
        <message>
            <source>A task can only be marked done or skipped.</source>
            <translation>Una tarea solo se puede marcar como hecha u omitida.</translation>
        </message>
        <message>
            <source>This task was already finished.</source>
            <translation>Esta tarea ya estaba finalizada.</translation>
        </message>
        <message>
            <source>"%1" is not an outcome of this task; use one of: %2.</source>
            <translation>"%1" no es un resultado de esta tarea; use uno de estos: %2.</translation>
        </message>
        <message>
            <source>Outcome: %1</source>
            <translation>Resultado: %1</translation>
        </message>
        <message>
            <source>This database holds tables that are not a Sourcedesk workspace; it was left unchanged. Use an empty database for a new team workspace.</source>
            <translation>Esta base de datos contiene tablas que no son de un espacio de trabajo de Sourcedesk; no se ha modificado. Use una base de datos vacía para un nuevo espacio de trabajo de equipo.</translation>
        </message>
        <message>
            <source>The team workspace needs the citext extension, and this login may not add it (%1). Ask the database's owner to run: CREATE EXTENSION citext;</source>
            <translation>El espacio de trabajo de equipo necesita la extensión citext, y este inicio de sesión no puede añadirla (%1). Pida al propietario de la base de datos que ejecute: CREATE EXTENSION citext;</translation>
        </message>
        <message>
            <source>The team workspace needs an upgrade to schema %1, which only the database's owner may run. Ask whoever set up the team workspace to open it with this version of Sourcedesk first.</source>
            <translation>El espacio de trabajo de equipo necesita una actualización al esquema %1, que solo puede ejecutar el propietario de la base de datos. Pida a quien configuró el espacio de trabajo de equipo que lo abra primero con esta versión de Sourcedesk.</translation>
        </message>
        <message>
            <source>The server refused the password for “%1”. Check the user name and password, or ask your admin to reset it.</source>
            <translation>El servidor rechazó la contraseña de “%1”. Compruebe el nombre de usuario y la contraseña, o pida a su administrador que la restablezca.</translation>
        </message>
        <message>
            <source>The server does not let “%1” into the database “%2” from this computer. Ask your admin to give this login access.</source>
            <translation>El servidor no permite que “%1” acceda a la base de datos “%2” desde este equipo. Pida a su administrador que conceda acceso a este inicio de sesión.</translation>
        </message>
        <message>
            <source>The server has no database “%1”. Check the name, or ask your admin to create it.</source>
            <translation>El servidor no tiene ninguna base de datos “%1”. Compruebe el nombre o pida a su administrador que la cree.</translation>
        </message>
        <message>
            <source>The secure connection to %1 failed (TLS mode %2): %3</source>
            <translation>Error en la conexión segura con %1 (modo TLS %2): %3</translation>
        </message>
        <message>
            <source>The team server %1 (port %2) does not answer. Check the server name and port, your network or VPN, and try again.</source>
            <translation>El servidor de equipo %1 (puerto %2) no responde. Compruebe el nombre del servidor y el puerto, su red o VPN, e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Cannot open the team workspace: %1</source>
            <translation>No se puede abrir el espacio de trabajo de equipo: %1</translation>
        </message>
        <message>
            <source>This installation has no PostgreSQL support (Qt's QPSQL driver is missing); install libqt6sql6-psql.</source>
            <translation>Esta instalación no admite PostgreSQL (falta el controlador QPSQL de Qt); instale libqt6sql6-psql.</translation>
        </message>
        <message>
            <source>The team server runs PostgreSQL %1.%2; Sourcedesk needs PostgreSQL 13 or newer. Ask your admin to upgrade the server.</source>
            <translation>El servidor de equipo ejecuta PostgreSQL %1.%2; Sourcedesk necesita PostgreSQL 13 o posterior. Pida a su administrador que actualice el servidor.</translation>
        </message>
    </context>
    <context>
        <name>RecordMapper</name>
        <message>
            <source>The row has %1 values but the header has %2 columns; a value containing the separator is probably missing its quotes.</source>
            <translation>La fila tiene %1 valores, pero el encabezado tiene %2 columnas; probablemente a un valor que contiene el separador le faltan las comillas.</translation>
        </message>
        <message>
            <source>"%1" in column "%2" is not a valid email address.</source>
            <translation>"%1" en la columna "%2" no es una dirección de correo electrónico válida.</translation>
        </message>
        <message>
            <source>The consent value "%1" in column "%2" is not understood; use granted, refused, withdrawn or unknown.</source>
            <translation>No se entiende el valor de consentimiento "%1" en la columna "%2"; use granted, refused, withdrawn o unknown.</translation>
        </message>
        <message>
            <source>The date "%1" in column "%2" is not understood; use YYYY-MM-DD.</source>
            <translation>No se entiende la fecha "%1" en la columna "%2"; use AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>The row has no name and no email address.</source>
            <translation>La fila no tiene nombre ni dirección de correo electrónico.</translation>
        </message>
    </context>
    <context>
        <name>StatusUndo</name>
        <message>
            <source>Not sent: the status change was undone before anything went to SmartRecruiters.</source>
            <translation>No enviado: el cambio de estado se deshizo antes de que se enviara nada a SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>UndoSnapshot</name>
        <message>
            <source>Undo is no longer possible: something these records belonged to (a campaign) was deleted since. Nothing was changed.</source>
            <translation>Ya no es posible deshacer: desde entonces se eliminó algo a lo que pertenecían estos registros (una campaña). No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Undo is no longer possible: some of these records were added again since. Nothing was changed; remove them first to get the old ones back.</source>
            <translation>Ya no es posible deshacer: desde entonces se han vuelto a añadir algunos de estos registros. No se ha cambiado nada; elimínelos primero para recuperar los anteriores.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceTransfer</name>
        <message>
            <source>The tables %1 reference each other in a cycle; they cannot be copied in order.</source>
            <translation>Las tablas %1 se hacen referencia entre sí en un ciclo; no se pueden copiar en orden.</translation>
        </message>
        <message>
            <source>The source and the target are the same workspace.</source>
            <translation>El origen y el destino son el mismo espacio de trabajo.</translation>
        </message>
        <message>
            <source>The target workspace is open read-only.</source>
            <translation>El espacio de trabajo de destino está abierto en modo de solo lectura.</translation>
        </message>
        <message>
            <source>The workspaces have different schema versions (source %1, target %2). Open both with the same version of Sourcedesk before copying.</source>
            <translation>Los espacios de trabajo tienen versiones de esquema distintas (origen %1, destino %2). Abra ambos con la misma versión de Sourcedesk antes de copiar.</translation>
        </message>
        <message>
            <source>A workspace connection could not be opened.</source>
            <translation>No se pudo abrir una conexión con un espacio de trabajo.</translation>
        </message>
        <message>
            <source>The target workspace has no table %1, which holds %2 rows in the source.</source>
            <translation>El espacio de trabajo de destino no tiene la tabla %1, que contiene %2 filas en el origen.</translation>
        </message>
        <message>
            <source>The target workspace is not empty (table %1 holds %2 rows). Copy into a new, empty workspace.</source>
            <translation>El espacio de trabajo de destino no está vacío (la tabla %1 contiene %2 filas). Copie en un espacio de trabajo nuevo y vacío.</translation>
        </message>
        <message>
            <source>The copy was cancelled; the target workspace is unchanged.</source>
            <translation>Se canceló la copia; el espacio de trabajo de destino no ha cambiado.</translation>
        </message>
        <message>
            <source>%1: %2 in the source, %3 in the target</source>
            <translation>%1: %2 en el origen, %3 en el destino</translation>
        </message>
        <message>
            <source>The verification count does not match, nothing was saved: %1</source>
            <translation>El recuento de verificación no coincide; no se guardó nada: %1</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Open the workspace &lt;location&gt;: a file, or a team workspace postgresql://USER@HOST:PORT/DATABASE (default: $SOURCEDESK_WORKSPACE, then the last one opened, then the per-user default).</source>
            <translation>Abrir el espacio de trabajo &lt;ubicación&gt;: un archivo o un espacio de trabajo de equipo postgresql://USER@HOST:PORT/DATABASE (predeterminado: $SOURCEDESK_WORKSPACE, después el último abierto y después el predeterminado del usuario).</translation>
        </message>
        <message>
            <source>location</source>
            <translation>ubicación</translation>
        </message>
        <message>
            <source>Sourcedesk: sourcing campaigns, candidates and outreach, in a local or a team workspace.</source>
            <translation>Sourcedesk: campañas de sourcing, candidatos y contacto, en un espacio de trabajo local o de equipo.</translation>
        </message>
    </context>
    <context>
        <name>sd::CampaignListModel</name>
        <message>
            <source>(sample)</source>
            <translation>(ejemplo)</translation>
        </message>
        <message>
            <source>(archived)</source>
            <translation>(archivada)</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Última actividad</translation>
        </message>
    </context>
    <context>
        <name>sd::CandidateTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizado</translation>
        </message>
    </context>
    <context>
        <name>sd::Labels</name>
        <message>
            <source>Added</source>
            <translation>Añadido</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Contactado</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Respondió</translation>
        </message>
        <message>
            <source>Interested</source>
            <translation>Interesado</translation>
        </message>
        <message>
            <source>Not interested</source>
            <translation>No interesado</translation>
        </message>
        <message>
            <source>Bounced</source>
            <translation>Rebotado</translation>
        </message>
        <message>
            <source>Unsubscribed</source>
            <translation>Dado de baja</translation>
        </message>
        <message>
            <source>Email sent</source>
            <translation>Correo enviado</translation>
        </message>
        <message>
            <source>Email reply</source>
            <translation>Respuesta por correo</translation>
        </message>
        <message>
            <source>LinkedIn message</source>
            <translation>Mensaje de LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn InMail</source>
            <translation>InMail de LinkedIn</translation>
        </message>
        <message>
            <source>Connection request</source>
            <translation>Solicitud de conexión</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Llamada</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Otorgado</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Rechazado</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
    </context>
    <context>
        <name>sd::MemberTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Cambio de estado</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Última actividad</translation>
        </message>
    </context>
    <context>
        <name>sd::TeamServer</name>
        <message>
            <source>A team workspace address starts with postgresql://.</source>
            <translation>La dirección de un espacio de trabajo de equipo empieza por postgresql://.</translation>
        </message>
        <message>
            <source>The team workspace address is not valid: %1</source>
            <translation>La dirección del espacio de trabajo de equipo no es válida: %1</translation>
        </message>
        <message>
            <source>Leave the password out of the team workspace address; Sourcedesk keeps it in the keychain.</source>
            <translation>No incluya la contraseña en la dirección del espacio de trabajo de equipo; Sourcedesk la guarda en el llavero.</translation>
        </message>
        <message>
            <source>The team workspace address names no server.</source>
            <translation>La dirección del espacio de trabajo de equipo no indica ningún servidor.</translation>
        </message>
        <message>
            <source>The team workspace address names no database (…/database).</source>
            <translation>La dirección del espacio de trabajo de equipo no indica ninguna base de datos (…/database).</translation>
        </message>
        <message>
            <source>The team workspace address names no user (user@server).</source>
            <translation>La dirección del espacio de trabajo de equipo no indica ningún usuario (user@server).</translation>
        </message>
        <message>
            <source>The port must be between 1 and 65535.</source>
            <translation>El puerto debe estar entre 1 y 65535.</translation>
        </message>
        <message>
            <source>Unknown option “%1” in the team workspace address; only sslmode is read.</source>
            <translation>Opción desconocida “%1” en la dirección del espacio de trabajo de equipo; solo se lee sslmode.</translation>
        </message>
        <message>
            <source>The TLS mode “%1” is not one of disable, allow, prefer, require, verify-ca, verify-full.</source>
            <translation>El modo TLS “%1” no es ninguno de disable, allow, prefer, require, verify-ca, verify-full.</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 en %2</translation>
        </message>
    </context>
    <context>
        <name>sd::connection::KeychainSecretStore</name>
        <message>
            <source>No keychain is available on this computer (%1). Sourcedesk keeps SmartRecruiters sign-ins only in the system keychain and does not store them in plain text. Install or unlock a keychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) and try again.</source>
            <translation>No hay ningún llavero disponible en este equipo (%1). Sourcedesk guarda los inicios de sesión de SmartRecruiters solo en el llavero del sistema y no los almacena como texto sin formato. Instale o desbloquee un llavero (GNOME Keyring, KWallet, Llavero de macOS, Administrador de credenciales de Windows) e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Access to the system keychain was refused (%1). Allow Sourcedesk to use the keychain, or unlock it, and try again.</source>
            <translation>Se denegó el acceso al llavero del sistema (%1). Permita que Sourcedesk use el llavero, o desbloquéelo, e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The system keychain cannot be reached (%1). Sourcedesk keeps SmartRecruiters sign-ins only in the system keychain and does not store them in plain text. Make sure a keychain service is running and unlocked, then try again.</source>
            <translation>No se puede acceder al llavero del sistema (%1). Sourcedesk guarda los inicios de sesión de SmartRecruiters solo en el llavero del sistema y no los almacena como texto sin formato. Asegúrese de que un servicio de llavero esté en ejecución y desbloqueado, e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The system keychain reported an error: %1</source>
            <translation>El llavero del sistema notificó un error: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::connection::LoopbackReceiver</name>
        <message>
            <source>The redirect address “%1” is not on this computer (it must look like http://localhost:8765/callback), so the web browser cannot hand the sign-in back to Sourcedesk.</source>
            <translation>La dirección de redirección “%1” no está en este equipo (debe tener el aspecto http://localhost:8765/callback), por lo que el navegador web no puede devolver el inicio de sesión a Sourcedesk.</translation>
        </message>
        <message>
            <source>Sourcedesk could not wait for the sign-in on port %1 (%2). Close the program using that port, or register another redirect address, and try again.</source>
            <translation>Sourcedesk no pudo esperar el inicio de sesión en el puerto %1 (%2). Cierre el programa que usa ese puerto, o registre otra dirección de redirección, e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>This is not a sign-in answer.</source>
            <translation>Esto no es una respuesta de inicio de sesión.</translation>
        </message>
        <message>
            <source>Nothing here: Sourcedesk only waits for the SmartRecruiters sign-in.</source>
            <translation>Aquí no hay nada: Sourcedesk solo espera el inicio de sesión de SmartRecruiters.</translation>
        </message>
        <message>
            <source>Sourcedesk received the answer from SmartRecruiters. You can close this tab and return to Sourcedesk.</source>
            <translation>Sourcedesk recibió la respuesta de SmartRecruiters. Puede cerrar esta pestaña y volver a Sourcedesk.</translation>
        </message>
        <message>
            <source>You are signed in. You can close this tab and return to Sourcedesk.</source>
            <translation>Ha iniciado sesión. Puede cerrar esta pestaña y volver a Sourcedesk.</translation>
        </message>
    </context>
    <context>
        <name>sd::connection::MemorySecretStore</name>
        <message>
            <source>The test keychain is switched off.</source>
            <translation>El llavero de prueba está desactivado.</translation>
        </message>
    </context>
    <context>
        <name>sd::connection::OAuthSession</name>
        <message>
            <source>Enter the OAuth client ID of the SmartRecruiters app (Settings → Apps &amp; Integrations → Credentials in SmartRecruiters).</source>
            <translation>Introduzca el ID de cliente OAuth de la aplicación de SmartRecruiters (en SmartRecruiters: Settings → Apps &amp; Integrations → Credentials).</translation>
        </message>
        <message>
            <source>The redirect address “%1” must be an https:// address or http://localhost, exactly as registered for the SmartRecruiters app.</source>
            <translation>La dirección de redirección “%1” debe ser una dirección https:// o http://localhost, exactamente como se registró para la aplicación de SmartRecruiters.</translation>
        </message>
        <message>
            <source>Enter the OAuth client secret of the SmartRecruiters app.</source>
            <translation>Introduzca el secreto de cliente OAuth de la aplicación de SmartRecruiters.</translation>
        </message>
        <message>
            <source>No place to keep the sign-in is set up.</source>
            <translation>No se ha configurado ningún lugar para guardar el inicio de sesión.</translation>
        </message>
        <message>
            <source>Sourcedesk received a sign-in answer it did not ask for and ignored it. Start the sign-in again.</source>
            <translation>Sourcedesk recibió una respuesta de inicio de sesión que no había solicitado y la ignoró. Vuelva a iniciar sesión.</translation>
        </message>
        <message>
            <source>The sign-in answer did not belong to this sign-in and was rejected, so Sourcedesk is not connected. Start the sign-in again.</source>
            <translation>La respuesta de inicio de sesión no correspondía a este inicio de sesión y se rechazó, por lo que Sourcedesk no está conectado. Vuelva a iniciar sesión.</translation>
        </message>
        <message>
            <source>You chose not to allow Sourcedesk to use SmartRecruiters, so it is not connected. Sign in again and choose Allow to connect.</source>
            <translation>Decidió no permitir que Sourcedesk use SmartRecruiters, por lo que no está conectado. Vuelva a iniciar sesión y elija Permitir para conectarse.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the sign-in (%1%2). Check the client ID and redirect address in Settings → Integration.</source>
            <translation>SmartRecruiters rechazó el inicio de sesión (%1%2). Compruebe el ID de cliente y la dirección de redirección en Configuración → Integración.</translation>
        </message>
        <message>
            <source>SmartRecruiters did not send a sign-in code. Start the sign-in again.</source>
            <translation>SmartRecruiters no envió un código de inicio de sesión. Vuelva a iniciar sesión.</translation>
        </message>
        <message>
            <source>Sourcedesk is not connected to SmartRecruiters. Sign in under Settings → Integration.</source>
            <translation>Sourcedesk no está conectado a SmartRecruiters. Inicie sesión en Configuración → Integración.</translation>
        </message>
        <message>
            <source>Sourcedesk was disconnected from SmartRecruiters while signing in.</source>
            <translation>Sourcedesk se desconectó de SmartRecruiters durante el inicio de sesión.</translation>
        </message>
        <message>
            <source>Sourcedesk was disconnected from SmartRecruiters.</source>
            <translation>Sourcedesk se desconectó de SmartRecruiters.</translation>
        </message>
        <message>
            <source>Could not reach SmartRecruiters at %1 (%2). Check the network connection and try again.</source>
            <translation>No se pudo acceder a SmartRecruiters en %1 (%2). Compruebe la conexión de red e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>SmartRecruiters sent a sign-in answer Sourcedesk does not understand (field “%1” is missing or wrong). Try again; if it keeps happening, tell your administrator.</source>
            <translation>SmartRecruiters envió una respuesta de inicio de sesión que Sourcedesk no entiende (falta el campo “%1” o es incorrecto). Inténtelo de nuevo; si sigue ocurriendo, informe a su administrador.</translation>
        </message>
        <message>
            <source>SmartRecruiters no longer accepts this sign-in (it expired, was revoked, or was used elsewhere). Sign in to SmartRecruiters again under Settings → Integration.</source>
            <translation>SmartRecruiters ya no acepta este inicio de sesión (caducó, se revocó o se usó en otro lugar). Vuelva a iniciar sesión en SmartRecruiters en Configuración → Integración.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the client ID or client secret. Check them under Settings → Integration and sign in again.</source>
            <translation>SmartRecruiters rechazó el ID de cliente o el secreto de cliente. Compruébelos en Configuración → Integración y vuelva a iniciar sesión.</translation>
        </message>
        <message>
            <source>SmartRecruiters could not complete the sign-in right now (HTTP %1). Try again in a few minutes.</source>
            <translation>SmartRecruiters no pudo completar el inicio de sesión en este momento (HTTP %1). Inténtelo de nuevo en unos minutos.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the sign-in (HTTP %1%2).</source>
            <translation>SmartRecruiters rechazó el inicio de sesión (HTTP %1%2).</translation>
        </message>
    </context>
    <context>
        <name>sd::csv</name>
        <message>
            <source>same email address</source>
            <translation>misma dirección de correo electrónico</translation>
        </message>
        <message>
            <source>same LinkedIn profile</source>
            <translation>mismo perfil de LinkedIn</translation>
        </message>
        <message>
            <source>same name at the same company</source>
            <translation>mismo nombre en la misma empresa</translation>
        </message>
        <message>
            <source>The file has no header row: the first row holds data ("%1" in column %2), not column names. Add a first row with column names such as First Name, Last Name, Email.</source>
            <translation>El archivo no tiene fila de encabezado: la primera fila contiene datos ("%1" en la columna %2), no nombres de columna. Añada una primera fila con nombres de columna como First Name, Last Name, Email.</translation>
        </message>
        <message>
            <source>The file has no header row: the first row has no column names.</source>
            <translation>El archivo no tiene fila de encabezado: la primera fila no tiene nombres de columna.</translation>
        </message>
        <message>
            <source>The file cannot be opened: %1</source>
            <translation>No se puede abrir el archivo: %1</translation>
        </message>
        <message>
            <source>The file has no header row: it contains only blank lines.</source>
            <translation>El archivo no tiene fila de encabezado: solo contiene líneas en blanco.</translation>
        </message>
        <message>
            <source>, line %1</source>
            <translation>, línea %1</translation>
        </message>
        <message>
            <source>This is not a text/CSV file (%1). Export the data as CSV and try again.</source>
            <translation>Esto no es un archivo de texto/CSV (%1). Exporte los datos como CSV e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>it contains NUL bytes</source>
            <translation>contiene bytes NUL</translation>
        </message>
        <message>
            <source>%1 of its first %2 bytes are control characters</source>
            <translation>%1 de sus primeros %2 bytes son caracteres de control</translation>
        </message>
    </context>
    <context>
        <name>sd::csv::CsvImporter</name>
        <message>
            <source>This import has already been started.</source>
            <translation>Esta importación ya se ha iniciado.</translation>
        </message>
        <message>
            <source>The mapping names the column "%1", which this file does not have.</source>
            <translation>La asignación menciona la columna "%1", que este archivo no tiene.</translation>
        </message>
        <message>
            <source>No column holds a name or an email address (the columns are: %1). Map at least a name or an email column.</source>
            <translation>Ninguna columna contiene un nombre o una dirección de correo electrónico (las columnas son: %1). Asigne al menos una columna de nombre o de correo electrónico.</translation>
        </message>
        <message>
            <source>The rows from line %1 to line %2 could not be saved, so none of them was stored (%3). The %4 rows before line %1 are stored; importing the file again skips them as duplicates.</source>
            <translation>No se pudieron guardar las filas de la línea %1 a la %2, por lo que no se almacenó ninguna (%3). Las %4 filas anteriores a la línea %1 están almacenadas; si vuelve a importar el archivo, se omitirán como duplicadas.</translation>
        </message>
        <message>
            <source>Merged with line %1 (%2).</source>
            <translation>Combinado con la línea %1 (%2).</translation>
        </message>
        <message>
            <source>Skipped: duplicate of line %1 (%2).</source>
            <translation>Omitido: duplicado de la línea %1 (%2).</translation>
        </message>
        <message>
            <source>Merged into candidate %1 (%2).</source>
            <translation>Combinado con el candidato %1 (%2).</translation>
        </message>
        <message>
            <source>Skipped: duplicate of candidate %1 (%2).</source>
            <translation>Omitido: duplicado del candidato %1 (%2).</translation>
        </message>
        <message>
            <source>Not added to the campaign: on the do-not-contact list.</source>
            <translation>No se añadió a la campaña: está en la lista de no contactar.</translation>
        </message>
    </context>
    <context>
        <name>sd::csv::CsvReader</name>
        <message>
            <source>line %1, column %2</source>
            <translation>línea %1, columna %2</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>línea %1</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>No se puede leer el archivo.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <source>This is not a text/CSV file (it contains a NUL character). Export the data as CSV and try again.</source>
            <translation>Esto no es un archivo de texto/CSV (contiene un carácter NUL). Exporte los datos como CSV e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>No se puede leer el archivo: %1</translation>
        </message>
        <message>
            <source>The file is not valid %1 text. Save it as UTF-8 and try again.</source>
            <translation>El archivo no es texto %1 válido. Guárdelo como UTF-8 e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>This is not a text/CSV file: it contains binary data (a NUL character).</source>
            <translation>Esto no es un archivo de texto/CSV: contiene datos binarios (un carácter NUL).</translation>
        </message>
        <message>
            <source>The quoted field that starts here is longer than %L1 characters; a closing quote is probably missing.</source>
            <translation>El campo entre comillas que empieza aquí tiene más de %L1 caracteres; probablemente falta una comilla de cierre.</translation>
        </message>
        <message>
            <source>A field is longer than %L1 characters.</source>
            <translation>Un campo tiene más de %L1 caracteres.</translation>
        </message>
        <message>
            <source>Line %1 has more than %L2 columns; this is not a candidate list Sourcedesk can import.</source>
            <translation>La línea %1 tiene más de %L2 columnas; no es una lista de candidatos que Sourcedesk pueda importar.</translation>
        </message>
        <message>
            <source>Unterminated quote: the quoted field that starts here never ends.</source>
            <translation>Comillas sin cerrar: el campo entre comillas que empieza aquí nunca termina.</translation>
        </message>
    </context>
    <context>
        <name>sd::csv::CsvWriter</name>
        <message>
            <source>Writing the CSV file failed: %1</source>
            <translation>Error al escribir el archivo CSV: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::ConnectionManager</name>
        <message>
            <source>Disconnect first: the address, method and client can only change while Sourcedesk is not connected.</source>
            <translation>Desconéctese primero: la dirección, el método y el cliente solo pueden cambiar mientras Sourcedesk no está conectado.</translation>
        </message>
        <message>
            <source>The API key for %1 is no longer in the keychain. Connect again.</source>
            <translation>La clave de API de %1 ya no está en el llavero. Vuelva a conectarse.</translation>
        </message>
        <message>
            <source>The SmartRecruiters sign-in for %1 is no longer in the keychain. Connect again.</source>
            <translation>El inicio de sesión de SmartRecruiters de %1 ya no está en el llavero. Vuelva a conectarse.</translation>
        </message>
        <message>
            <source>Sourcedesk is already connected. Disconnect first to connect another account.</source>
            <translation>Sourcedesk ya está conectado. Desconéctese primero para conectar otra cuenta.</translation>
        </message>
        <message>
            <source>Enter the client secret of the OAuth app: none is stored for this client yet.</source>
            <translation>Introduzca el secreto de cliente de la aplicación OAuth: todavía no hay ninguno guardado para este cliente.</translation>
        </message>
        <message>
            <source>Paste the API key from SmartRecruiters (Settings → Apps &amp; Integrations → API key).</source>
            <translation>Pegue la clave de API de SmartRecruiters (Settings → Apps &amp; Integrations → API key).</translation>
        </message>
        <message>
            <source>Connected, but the API key could not be kept in the keychain (%1); you will have to enter it again next time.</source>
            <translation>Conectado, pero no se pudo guardar la clave de API en el llavero (%1); tendrá que volver a introducirla la próxima vez.</translation>
        </message>
        <message>
            <source>Connect first.</source>
            <translation>Conéctese primero.</translation>
        </message>
        <message>
            <source>Disconnected, but not every secret could be removed from the keychain: %1</source>
            <translation>Desconectado, pero no se pudieron eliminar todos los secretos del llavero: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::ConnectionSettings</name>
        <message>
            <source>API address: %1</source>
            <translation>Dirección de la API: %1</translation>
        </message>
        <message>
            <source>Sign-in address: %1</source>
            <translation>Dirección de inicio de sesión: %1</translation>
        </message>
        <message>
            <source>Enter the OAuth client id of your SmartRecruiters app (Settings → Apps &amp; Integrations → Credentials in SmartRecruiters).</source>
            <translation>Introduzca el ID de cliente OAuth de su aplicación de SmartRecruiters (en SmartRecruiters: Settings → Apps &amp; Integrations → Credentials).</translation>
        </message>
        <message>
            <source>The redirect URI “%1” is not a web address; it must match one registered for the OAuth client exactly.</source>
            <translation>El URI de redirección “%1” no es una dirección web; debe coincidir exactamente con uno registrado para el cliente OAuth.</translation>
        </message>
        <message>
            <source>The workspace setting %1 is “%2”; expected “oauth” or “api_key”. Using OAuth.</source>
            <translation>La opción del espacio de trabajo %1 es “%2”; se esperaba “oauth” o “api_key”. Se usa OAuth.</translation>
        </message>
        <message>
            <source>The workspace setting %1 is not usable (%2); using %3.</source>
            <translation>La opción del espacio de trabajo %1 no se puede usar (%2); se usa %3.</translation>
        </message>
        <message>
            <source>API keys are not allowed, only signing in with SmartRecruiters (%1).</source>
            <translation>No se permiten claves de API, solo iniciar sesión con SmartRecruiters (%1).</translation>
        </message>
        <message>
            <source>Signing in with SmartRecruiters is not allowed, only API keys (%1).</source>
            <translation>No se permite iniciar sesión con SmartRecruiters, solo claves de API (%1).</translation>
        </message>
        <message>
            <source>The API address must be %2 (%1).</source>
            <translation>La dirección de la API debe ser %2 (%1).</translation>
        </message>
        <message>
            <source>The sign-in address must be %2 (%1).</source>
            <translation>La dirección de inicio de sesión debe ser %2 (%1).</translation>
        </message>
        <message>
            <source>The OAuth client id must be %2 (%1).</source>
            <translation>El ID de cliente OAuth debe ser %2 (%1).</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::SandboxDemo</name>
        <message>
            <source>The local sandbox did not answer (%1). Start it with ./scripts/run.sh.</source>
            <translation>El entorno de pruebas (sandbox) local no respondió (%1). Inícielo con ./scripts/run.sh.</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::ScopeCheck</name>
        <message>
            <source>show who is connected</source>
            <translation>mostrar quién está conectado</translation>
        </message>
        <message>
            <source>match recruiters and hiring teams to users</source>
            <translation>asociar reclutadores y equipos de contratación con usuarios</translation>
        </message>
        <message>
            <source>link campaigns to jobs</source>
            <translation>vincular campañas con puestos</translation>
        </message>
        <message>
            <source>find existing candidates before creating one</source>
            <translation>buscar candidatos existentes antes de crear uno</translation>
        </message>
        <message>
            <source>pull hiring stages back</source>
            <translation>traer de vuelta las etapas de contratación</translation>
        </message>
        <message>
            <source>update fields, tags and statuses</source>
            <translation>actualizar campos, etiquetas y estados</translation>
        </message>
        <message>
            <source>read sources, properties and hiring processes</source>
            <translation>leer orígenes, propiedades y procesos de contratación</translation>
        </message>
        <message>
            <source>show the notes already on a candidate</source>
            <translation>mostrar las notas que ya tiene un candidato</translation>
        </message>
        <message>
            <source>create candidates</source>
            <translation>crear candidatos</translation>
        </message>
        <message>
            <source>write outreach as notes</source>
            <translation>escribir el contacto como notas</translation>
        </message>
        <message>
            <source>hear about stage changes at once instead of polling</source>
            <translation>conocer los cambios de etapa al instante en lugar de consultarlos periódicamente</translation>
        </message>
        <message>
            <source>Checked by “Insert test candidate”: there is no way to try it without creating something.</source>
            <translation>Se comprueba con “Insertar candidato de prueba”: no hay forma de probarlo sin crear algo.</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>Se canceló la comprobación.</translation>
        </message>
        <message>
            <source>Every permission Sourcedesk needs is there.</source>
            <translation>Sourcedesk tiene todos los permisos que necesita.</translation>
        </message>
        <message>
            <source>Missing: %1. Ask your SmartRecruiters administrator to add these scopes to the OAuth app (or a role that allows them), then connect again.</source>
            <translation>Faltan: %1. Pida a su administrador de SmartRecruiters que añada estos ámbitos a la aplicación OAuth (o un rol que los permita) y vuelva a conectarse.</translation>
        </message>
    </context>
    <context>
        <name>sd::integration::TestCandidate</name>
        <message>
            <source>Test Candidate (delete me)</source>
            <translation>Candidato de prueba (elimíneme)</translation>
        </message>
        <message>
            <source>The test candidate could not be created: %1</source>
            <translation>No se pudo crear el candidato de prueba: %1</translation>
        </message>
        <message>
            <source>Sourcedesk integration test: this candidate was created by “Test integration” and can be deleted.</source>
            <translation>Prueba de integración de Sourcedesk: este candidato lo creó “Probar integración” y se puede eliminar.</translation>
        </message>
        <message>
            <source>Created “%1” on the job with a note. Delete it in SmartRecruiters when you are done.</source>
            <translation>Se creó “%1” en el puesto con una nota. Elimínelo en SmartRecruiters cuando termine.</translation>
        </message>
        <message>
            <source>Created “%1” on the job, but the note could not be written: %2</source>
            <translation>Se creó “%1” en el puesto, pero no se pudo escribir la nota: %2</translation>
        </message>
    </context>
    <context>
        <name>sd::outreach</name>
        <message>
            <source>Not sent: %1 would be empty or unknown for %2.</source>
            <translation>No enviado: %1 estaría vacío o sería desconocido para %2.</translation>
        </message>
    </context>
    <context>
        <name>sd::outreach::OutreachService</name>
        <message numerus="yes">
            <source>%n email(s) sent</source>
            <translation>
                <numerusform>%n correo enviado</numerusform>
                <numerusform>%n correos enviados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reply(s)</source>
            <translation>
                <numerusform>%n respuesta</numerusform>
                <numerusform>%n respuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bounce(s)</source>
            <translation>
                <numerusform>%n rebote</numerusform>
                <numerusform>%n rebotes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsubscribe(s)</source>
            <translation>
                <numerusform>%n baja</numerusform>
                <numerusform>%n bajas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new task(s)</source>
            <translation>
                <numerusform>%n tarea nueva</numerusform>
                <numerusform>%n tareas nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n paused: empty placeholder</source>
            <translation>
                <numerusform>%n en pausa: marcador vacío</numerusform>
                <numerusform>%n en pausa: marcador vacío</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::policy::Policy</name>
        <message>
            <source>your administrator</source>
            <translation>su administrador</translation>
        </message>
        <message>
            <source>Locked by %1 (company policy)</source>
            <translation>Bloqueado por %1 (directiva de la empresa)</translation>
        </message>
        <message>
            <source>Set by %1 (company policy)</source>
            <translation>Establecido por %1 (directiva de la empresa)</translation>
        </message>
        <message>
            <source>The company policy file was ignored as a whole because it is not valid: %1</source>
            <translation>Se ignoró por completo el archivo de directiva de la empresa porque no es válido: %1</translation>
        </message>
        <message>
            <source>Company policy in force, set by %1 (%2).</source>
            <translation>Directiva de la empresa en vigor, establecida por %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>sd::policy::PolicyParser</name>
        <message>
            <source>unknown key "%1"; expected one of %2</source>
            <translation>clave desconocida "%1"; se esperaba una de %2</translation>
        </message>
        <message>
            <source>"value" is missing</source>
            <translation>falta "value"</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>debe ser true o false</translation>
        </message>
        <message>
            <source>must be an object of setting keys</source>
            <translation>debe ser un objeto de claves de configuración</translation>
        </message>
        <message>
            <source>"%1" is not a web address</source>
            <translation>"%1" no es una dirección web</translation>
        </message>
        <message>
            <source>"%1" must use https</source>
            <translation>"%1" debe usar https</translation>
        </message>
        <message>
            <source>"%1" must be a plain address, without user, query or fragment</source>
            <translation>"%1" debe ser una dirección simple, sin usuario, consulta ni fragmento</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>debe ser un objeto</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>debe ser una cadena</translation>
        </message>
        <message>
            <source>must be a client id without spaces</source>
            <translation>debe ser un id de cliente sin espacios</translation>
        </message>
        <message>
            <source>must be a non-empty list of sign-in methods (%1)</source>
            <translation>debe ser una lista no vacía de métodos de inicio de sesión (%1)</translation>
        </message>
        <message>
            <source>must be one of %1</source>
            <translation>debe ser uno de %1</translation>
        </message>
        <message>
            <source>must be the format version, %1</source>
            <translation>debe ser la versión del formato, %1</translation>
        </message>
        <message>
            <source>format version %1 is for a newer Sourcedesk; this one reads %2</source>
            <translation>la versión de formato %1 es para un Sourcedesk más reciente; este lee la %2</translation>
        </message>
        <message>
            <source>must be a non-empty string naming who set the policy</source>
            <translation>debe ser una cadena no vacía que indique quién estableció la directiva</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>no es un JSON válido: %1</translation>
        </message>
        <message>
            <source>the policy must be a JSON object</source>
            <translation>la directiva debe ser un objeto JSON</translation>
        </message>
        <message>
            <source>the file is too large for a policy</source>
            <translation>el archivo es demasiado grande para una directiva</translation>
        </message>
    </context>
    <context>
        <name>sd::sample</name>
        <message>
            <source>Sample: Senior Backend Engineers</source>
            <translation>Ejemplo: Ingenieros de backend sénior</translation>
        </message>
        <message>
            <source>Sample data to explore Sourcedesk. Remove it from Settings or the campaign's menu.</source>
            <translation>Datos de ejemplo para explorar Sourcedesk. Elimínelos desde Configuración o desde el menú de la campaña.</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Datos de ejemplo</translation>
        </message>
        <message>
            <source>Backend role at a growing team</source>
            <translation>Puesto de backend en un equipo en crecimiento</translation>
        </message>
        <message>
            <source>Hi %1, I came across your profile and would love to tell you about a role.</source>
            <translation>Hola, %1: he visto su perfil y me encantaría contarle sobre un puesto.</translation>
        </message>
        <message>
            <source>Re: Backend role at a growing team</source>
            <translation>Re: Puesto de backend en un equipo en crecimiento</translation>
        </message>
        <message>
            <source>Thanks for reaching out. Happy to talk next week.</source>
            <translation>Gracias por escribir. Encantado de hablar la semana que viene.</translation>
        </message>
    </context>
    <context>
        <name>sd::sr::ApiError</name>
        <message>
            <source>SmartRecruiters no longer accepts this connection. Reconnect in Settings → Integration.</source>
            <translation>SmartRecruiters ya no acepta esta conexión. Vuelva a conectarse en Configuración → Integración.</translation>
        </message>
        <message>
            <source>The SmartRecruiters connection lacks a permission this action needs. Reconnect and allow it.</source>
            <translation>A la conexión con SmartRecruiters le falta un permiso que necesita esta acción. Vuelva a conectarse y concédalo.</translation>
        </message>
        <message>
            <source>The SmartRecruiters connection lacks the permission “%1”. Ask your admin to add it, then reconnect.</source>
            <translation>A la conexión con SmartRecruiters le falta el permiso “%1”. Pida a su administrador que lo añada y vuelva a conectarse.</translation>
        </message>
        <message>
            <source>Your SmartRecruiters account is not allowed to do this (%1). Ask a SmartRecruiters admin for access.</source>
            <translation>Su cuenta de SmartRecruiters no tiene permiso para hacer esto (%1). Solicite acceso a un administrador de SmartRecruiters.</translation>
        </message>
        <message>
            <source>SmartRecruiters could not find it (%1); it may have been deleted or you may not have access.</source>
            <translation>SmartRecruiters no lo encontró (%1); puede que se haya eliminado o que usted no tenga acceso.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the field “%1”: %2</source>
            <translation>SmartRecruiters rechazó el campo “%1”: %2</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the data: %1</source>
            <translation>SmartRecruiters rechazó los datos: %1</translation>
        </message>
        <message>
            <source>SmartRecruiters is limiting requests right now. Sourcedesk will try again shortly.</source>
            <translation>SmartRecruiters está limitando las solicitudes en este momento. Sourcedesk lo volverá a intentar en breve.</translation>
        </message>
        <message>
            <source>SmartRecruiters had a problem (HTTP %1). Try again in a few minutes.</source>
            <translation>SmartRecruiters tuvo un problema (HTTP %1). Inténtelo de nuevo en unos minutos.</translation>
        </message>
        <message>
            <source>SmartRecruiters refused the request (HTTP %1%2).</source>
            <translation>SmartRecruiters rechazó la solicitud (HTTP %1%2).</translation>
        </message>
        <message>
            <source>SmartRecruiters did not answer in time. Check your connection; Sourcedesk will try again.</source>
            <translation>SmartRecruiters no respondió a tiempo. Compruebe su conexión; Sourcedesk lo volverá a intentar.</translation>
        </message>
        <message>
            <source>The secure connection to SmartRecruiters failed (%1). Check the system date and any proxy that inspects traffic.</source>
            <translation>Error en la conexión segura con SmartRecruiters (%1). Compruebe la fecha del sistema y cualquier proxy que inspeccione el tráfico.</translation>
        </message>
        <message>
            <source>Cannot reach SmartRecruiters (%1). Check your internet connection.</source>
            <translation>No se puede acceder a SmartRecruiters (%1). Compruebe su conexión a internet.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message numerus="yes">
            <source>SmartRecruiters did not answer within %n second(s). Check your connection and try again.</source>
            <translation>
                <numerusform>SmartRecruiters no respondió en %n segundo. Compruebe su conexión e inténtelo de nuevo.</numerusform>
                <numerusform>SmartRecruiters no respondió en %n segundos. Compruebe su conexión e inténtelo de nuevo.</numerusform>
            </translation>
        </message>
        <message>
            <source>SmartRecruiters sent an answer Sourcedesk cannot read (%1: %2). Please report this.</source>
            <translation>SmartRecruiters envió una respuesta que Sourcedesk no puede leer (%1: %2). Notifique este problema.</translation>
        </message>
    </context>
    <context>
        <name>sd::sr::ApiKeyCredential</name>
        <message>
            <source>The API key was refused. Enter a valid key in Settings → Integration.</source>
            <translation>Se rechazó la clave de API. Introduzca una clave válida en Configuración → Integración.</translation>
        </message>
    </context>
    <context>
        <name>sd::sr::Hosts</name>
        <message>
            <source>“%1” is not a web address such as https://api.smartrecruiters.com.</source>
            <translation>“%1” no es una dirección web como https://api.smartrecruiters.com.</translation>
        </message>
        <message>
            <source>“%1” must start with https://.</source>
            <translation>“%1” debe empezar por https://.</translation>
        </message>
        <message>
            <source>“%1” must use https://: only this computer's own test server (localhost) may use plain http.</source>
            <translation>“%1” debe usar https://: solo el servidor de pruebas de este equipo (localhost) puede usar http sin cifrar.</translation>
        </message>
        <message>
            <source>“%1” must be a plain base address, without user name, query or fragment.</source>
            <translation>“%1” debe ser una dirección base simple, sin nombre de usuario, consulta ni fragmento.</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync</name>
        <message>
            <source>The stage is not in the SmartRecruiters stage list; refresh the stages.</source>
            <translation>La etapa no está en la lista de etapas de SmartRecruiters; actualice las etapas.</translation>
        </message>
        <message>
            <source>The stage is not mapped to a pipeline status.</source>
            <translation>La etapa no está asignada a un estado del pipeline.</translation>
        </message>
        <message>
            <source>The stage was renamed or removed in SmartRecruiters; review its mapping.</source>
            <translation>La etapa se renombró o se eliminó en SmartRecruiters; revise su asignación.</translation>
        </message>
        <message>
            <source>The sub-status exists in several hiring processes with different mappings.</source>
            <translation>El subestado existe en varios procesos de contratación con asignaciones distintas.</translation>
        </message>
        <message>
            <source>The status was changed in Sourcedesk after the last SmartRecruiters change.</source>
            <translation>El estado se cambió en Sourcedesk después del último cambio en SmartRecruiters.</translation>
        </message>
        <message>
            <source>The application is no longer in SmartRecruiters.</source>
            <translation>La candidatura ya no está en SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::Stage</name>
        <message>
            <source>no longer in SmartRecruiters</source>
            <translation>ya no está en SmartRecruiters</translation>
        </message>
        <message>
            <source>renamed from “%1” to “%2”</source>
            <translation>renombrada de “%1” a “%2”</translation>
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
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>En revisión</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entrevista</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Contratado</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rechazado</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>Transferido</translation>
        </message>
        <message>
            <source>These stages are not in the SmartRecruiters catalogue (refresh the stages first): %1</source>
            <translation>Estas etapas no están en el catálogo de SmartRecruiters (actualice primero las etapas): %1</translation>
        </message>
        <message>
            <source>Map every SmartRecruiters stage to a pipeline status before saving. Not mapped: %1</source>
            <translation>Asigne cada etapa de SmartRecruiters a un estado del pipeline antes de guardar. Sin asignar: %1</translation>
        </message>
        <message>
            <source>No SmartRecruiters stage %1.</source>
            <translation>No existe la etapa %1 de SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::StageSync</name>
        <message>
            <source>Stage sync has no start date: turn it off and on again.</source>
            <translation>La sincronización de etapas no tiene fecha de inicio: desactívela y vuelva a activarla.</translation>
        </message>
        <message>
            <source>SmartRecruiters did not answer as expected.</source>
            <translation>SmartRecruiters no respondió como se esperaba.</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::StageSyncScheduler</name>
        <message>
            <source>The connection to SmartRecruiters changed during the stage sync; it runs again at the next opportunity.</source>
            <translation>La conexión con SmartRecruiters cambió durante la sincronización de etapas; se volverá a ejecutar en la próxima ocasión.</translation>
        </message>
        <message>
            <source>The stage sync time zone "%1" is not known here; %2 is used instead.</source>
            <translation>Aquí no se conoce la zona horaria de sincronización de etapas "%1"; se usa %2 en su lugar.</translation>
        </message>
        <message>
            <source>The stage sync settings could not be read: %1</source>
            <translation>No se pudo leer la configuración de sincronización de etapas: %1</translation>
        </message>
        <message>
            <source>The last stage sync could not be read: %1</source>
            <translation>No se pudo leer la última sincronización de etapas: %1</translation>
        </message>
        <message>
            <source>Stage sync is turned off. Turn on "Synchronize hiring stages" on Settings → SmartRecruiters sync (team defaults) first.</source>
            <translation>La sincronización de etapas está desactivada. Active primero "Sincronizar etapas de contratación" en Configuración → Sincronización con SmartRecruiters (valores predeterminados del equipo).</translation>
        </message>
        <message>
            <source>The stage sync is due but Sourcedesk is not connected to SmartRecruiters; it runs when the connection is back.</source>
            <translation>Toca ejecutar la sincronización de etapas, pero Sourcedesk no está conectado a SmartRecruiters; se ejecutará cuando se restablezca la conexión.</translation>
        </message>
        <message>
            <source>Not connected to SmartRecruiters. Connect on Settings → Integration: SmartRecruiters, then sync the stages again.</source>
            <translation>No está conectado a SmartRecruiters. Conéctese en Configuración → Integración: SmartRecruiters y vuelva a sincronizar las etapas.</translation>
        </message>
        <message>
            <source>The check for what is out of step failed: %1</source>
            <translation>Falló la comprobación de los desincronizados: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::stagesync::StatusPushBack</name>
        <message>
            <source>No SmartRecruiters stage is mapped to this status, so it cannot be sent to SmartRecruiters.</source>
            <translation>Ninguna etapa de SmartRecruiters está asignada a este estado, por lo que no se puede enviar a SmartRecruiters.</translation>
        </message>
        <message>
            <source>The SmartRecruiters stage %1 is not in the stage list any more.</source>
            <translation>La etapa %1 de SmartRecruiters ya no está en la lista de etapas.</translation>
        </message>
        <message>
            <source>The stage “%1” is mapped to another status.</source>
            <translation>La etapa “%1” está asignada a otro estado.</translation>
        </message>
        <message>
            <source>Several SmartRecruiters stages are mapped to this status; choose one: %1</source>
            <translation>Varias etapas de SmartRecruiters están asignadas a este estado; elija una: %1</translation>
        </message>
        <message>
            <source>The stage “%1” is %2; review the mapping first.</source>
            <translation>La etapa “%1” está %2; revise primero la asignación.</translation>
        </message>
        <message>
            <source>A reason can only be given for a rejection or a withdrawal.</source>
            <translation>Solo se puede indicar un motivo para un rechazo o una retirada.</translation>
        </message>
        <message>
            <source>Choose a rejection reason.</source>
            <translation>Elija un motivo de rechazo.</translation>
        </message>
        <message>
            <source>Choose a withdrawal reason.</source>
            <translation>Elija un motivo de retirada.</translation>
        </message>
        <message>
            <source>The reasons could not be read from SmartRecruiters; try again.</source>
            <translation>No se pudieron leer los motivos de SmartRecruiters; inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>This rejection reason is not (or no longer) in SmartRecruiters.</source>
            <translation>Este motivo de rechazo no está (o ya no está) en SmartRecruiters.</translation>
        </message>
        <message>
            <source>This withdrawal reason is not (or no longer) in SmartRecruiters.</source>
            <translation>Este motivo de retirada no está (o ya no está) en SmartRecruiters.</translation>
        </message>
        <message>
            <source>This candidate is not linked to a SmartRecruiters application of the campaign's job.</source>
            <translation>Este candidato no está vinculado a una candidatura de SmartRecruiters del puesto de la campaña.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync</name>
        <message>
            <source>"%1" is not yes or no.</source>
            <translation>"%1" no es sí o no.</translation>
        </message>
        <message>
            <source>"%1" is not a number.</source>
            <translation>"%1" no es un número.</translation>
        </message>
        <message>
            <source>"%1" is not an amount with a currency code, like "EUR 1200".</source>
            <translation>"%1" no es un importe con código de moneda, como "EUR 1200".</translation>
        </message>
        <message>
            <source>"%1" is not a date (YYYY-MM-DD).</source>
            <translation>"%1" no es una fecha (AAAA-MM-DD).</translation>
        </message>
        <message>
            <source>"%1" is not a two-letter country code.</source>
            <translation>"%1" no es un código de país de dos letras.</translation>
        </message>
        <message>
            <source>The SmartRecruiters candidate has no id.</source>
            <translation>El candidato de SmartRecruiters no tiene id.</translation>
        </message>
        <message>
            <source>%1 (%2) is already linked to another SmartRecruiters candidate (%3). Open their SmartRecruiters tab to check which one is right.</source>
            <translation>%1 (%2) ya está vinculado a otro candidato de SmartRecruiters (%3). Abra su pestaña de SmartRecruiters para comprobar cuál es el correcto.</translation>
        </message>
        <message>
            <source>SmartRecruiters candidate %1 has no name; it was not added.</source>
            <translation>El candidato %1 de SmartRecruiters no tiene nombre; no se añadió.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::AttachmentRunner</name>
        <message>
            <source>Uploaded when the candidate is created in SmartRecruiters.</source>
            <translation>Se carga cuando el candidato se crea en SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::CompanyPolicy</name>
        <message>
            <source>true, false or a string</source>
            <translation>true, false o una cadena</translation>
        </message>
        <message>
            <source>a list of strings or a comma-separated string</source>
            <translation>una lista de cadenas o una cadena separada por comas</translation>
        </message>
        <message>
            <source>a JSON array of rules or a string</source>
            <translation>una matriz JSON de reglas o una cadena</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>una cadena</translation>
        </message>
        <message>
            <source>%1: wrong type; expected %2</source>
            <translation>%1: tipo incorrecto; se esperaba %2</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::CreateRunner</name>
        <message>
            <source>Retry the job.</source>
            <translation>Reintente la operación.</translation>
        </message>
        <message>
            <source>A possible match in SmartRecruiters waits for review: %1</source>
            <translation>Una posible coincidencia en SmartRecruiters está pendiente de revisión: %1</translation>
        </message>
        <message>
            <source>Open the review queue: link the candidate to the match, or mark them as different people.</source>
            <translation>Abra la cola de revisión: vincule el candidato a la coincidencia o márquelos como personas distintas.</translation>
        </message>
        <message>
            <source>Mandatory fields are blank: %1.</source>
            <translation>Hay campos obligatorios vacíos: %1.</translation>
        </message>
        <message>
            <source>Fill them in on the candidate, then retry.</source>
            <translation>Rellénelos en el candidato y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Record the candidate's consent, then retry.</source>
            <translation>Registre el consentimiento del candidato y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>same email %1, but the last name in SmartRecruiters is "%2"</source>
            <translation>mismo correo %1, pero el apellido en SmartRecruiters es "%2"</translation>
        </message>
        <message>
            <source>same name %1 %2, but another email (%3)</source>
            <translation>mismo nombre %1 %2, pero otro correo (%3)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>; in SmartRecruiters on "%1" (%2)</source>
            <translation>; en SmartRecruiters en "%1" (%2)</translation>
        </message>
        <message>
            <source>A possible match exists in SmartRecruiters: %1.</source>
            <translation>Existe una posible coincidencia en SmartRecruiters: %1.</translation>
        </message>
        <message>
            <source>Unlink the other Sourcedesk candidate, or skip this job.</source>
            <translation>Desvincule el otro candidato de Sourcedesk u omita esta operación.</translation>
        </message>
        <message>
            <source>The answer to the create was lost, and SmartRecruiters cannot be searched for talent-pool candidates: %1 may already exist there.</source>
            <translation>Se perdió la respuesta a la creación y no se pueden buscar candidatos del talent pool en SmartRecruiters: es posible que %1 ya exista allí.</translation>
        </message>
        <message>
            <source>Look for them in SmartRecruiters' talent pool: if they are there, skip this job and link them; if not, retry.</source>
            <translation>Búsquelo en el talent pool de SmartRecruiters: si está, omita esta operación y vincúlelo; si no, reinténtela.</translation>
        </message>
        <message>
            <source>The source "%1" does not exist in SmartRecruiters; the connection's default source was used. Choose an existing source in the sync settings.</source>
            <translation>El origen "%1" no existe en SmartRecruiters; se usó el origen predeterminado de la conexión. Elija un origen existente en la configuración de sincronización.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::FieldMapping</name>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>an email address</source>
            <translation>una dirección de correo electrónico</translation>
        </message>
        <message>
            <source>a phone number</source>
            <translation>un número de teléfono</translation>
        </message>
        <message>
            <source>a web address</source>
            <translation>una dirección web</translation>
        </message>
        <message>
            <source>a two-letter country code</source>
            <translation>un código de país de dos letras</translation>
        </message>
        <message>
            <source>a region code such as us-wa</source>
            <translation>un código de región como us-wa</translation>
        </message>
        <message>
            <source>a date</source>
            <translation>una fecha</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un número</translation>
        </message>
        <message>
            <source>yes or no</source>
            <translation>sí o no</translation>
        </message>
        <message>
            <source>one of the property's values</source>
            <translation>uno de los valores de la propiedad</translation>
        </message>
        <message>
            <source>an amount with a currency</source>
            <translation>un importe con moneda</translation>
        </message>
        <message>
            <source>a SmartRecruiters user</source>
            <translation>un usuario de SmartRecruiters</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Número de teléfono</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Código de país</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Property %1</source>
            <translation>Propiedad %1</translation>
        </message>
        <message>
            <source>the field mapping is not valid JSON: %1</source>
            <translation>la asignación de campos no es un JSON válido: %1</translation>
        </message>
        <message>
            <source>offset %1</source>
            <translation>posición %1</translation>
        </message>
        <message>
            <source>the field mapping must be a JSON array of rules</source>
            <translation>la asignación de campos debe ser una matriz JSON de reglas</translation>
        </message>
        <message>
            <source>entry %1</source>
            <translation>entrada %1</translation>
        </message>
        <message>
            <source>entry %1 (%2)</source>
            <translation>entrada %1 (%2)</translation>
        </message>
        <message>
            <source>each rule must be an object with srField, source and rule</source>
            <translation>cada regla debe ser un objeto con srField, source y rule</translation>
        </message>
        <message>
            <source>srField is missing</source>
            <translation>falta srField</translation>
        </message>
        <message>
            <source>%1 is not a SmartRecruiters candidate field; use a standard field or property:&lt;id&gt;</source>
            <translation>%1 no es un campo de candidato de SmartRecruiters; use un campo estándar o property:&lt;id&gt;</translation>
        </message>
        <message>
            <source>%1 is mapped twice</source>
            <translation>%1 está asignado dos veces</translation>
        </message>
        <message>
            <source>source is missing</source>
            <translation>falta source</translation>
        </message>
        <message>
            <source>rule must be "always" or "ifBlank", not "%1"</source>
            <translation>rule debe ser "always" o "ifBlank", no "%1"</translation>
        </message>
        <message>
            <source>there is no candidate property with id %1 in SmartRecruiters</source>
            <translation>no hay ninguna propiedad de candidato con el id %1 en SmartRecruiters</translation>
        </message>
        <message>
            <source>property type %1 is not supported</source>
            <translation>el tipo de propiedad %1 no es compatible</translation>
        </message>
        <message>
            <source>not a SmartRecruiters candidate field</source>
            <translation>no es un campo de candidato de SmartRecruiters</translation>
        </message>
        <message>
            <source>mapped more than once; only the first rule counts</source>
            <translation>asignado más de una vez; solo cuenta la primera regla</translation>
        </message>
        <message>
            <source>%1 is not a Sourcedesk field</source>
            <translation>%1 no es un campo de Sourcedesk</translation>
        </message>
        <message>
            <source>unknown placeholder {%1}</source>
            <translation>marcador desconocido {%1}</translation>
        </message>
        <message>
            <source>SmartRecruiters expects %1 here, but %2 holds %3</source>
            <translation>SmartRecruiters espera %1 aquí, pero %2 contiene %3</translation>
        </message>
        <message>
            <source>"%1" is not %2</source>
            <translation>"%1" no es %2</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::JobOutcome</name>
        <message>
            <source>Connect to SmartRecruiters again in Settings → Integration; waiting jobs then continue.</source>
            <translation>Vuelva a conectarse a SmartRecruiters en Configuración → Integración; las operaciones en espera continuarán después.</translation>
        </message>
        <message>
            <source>Ask your SmartRecruiters admin to grant the missing permission, connect again, then retry.</source>
            <translation>Pida a su administrador de SmartRecruiters que conceda el permiso que falta, vuelva a conectarse y reintente.</translation>
        </message>
        <message>
            <source>Your SmartRecruiters user may not do this: ask an admin, or skip the job.</source>
            <translation>Su usuario de SmartRecruiters no puede hacer esto: consulte a un administrador u omita la operación.</translation>
        </message>
        <message>
            <source>The record no longer exists in SmartRecruiters: unlink the candidate or skip the job.</source>
            <translation>El registro ya no existe en SmartRecruiters: desvincule el candidato u omita la operación.</translation>
        </message>
        <message>
            <source>Correct the candidate's data in Sourcedesk, then retry.</source>
            <translation>Corrija los datos del candidato en Sourcedesk y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Correct "%1" on the candidate in Sourcedesk, then retry.</source>
            <translation>Corrija "%1" en el candidato en Sourcedesk y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Check the connection in Settings → Integration, then retry.</source>
            <translation>Compruebe la conexión en Configuración → Integración y vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::JobRunner</name>
        <message>
            <source>Retry the job.</source>
            <translation>Reintente la operación.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::LinkRunner</name>
        <message>
            <source>Nothing to link.</source>
            <translation>No hay nada que vincular.</translation>
        </message>
        <message>
            <source>%1 %2 already exists in SmartRecruiters and is not on the job "%3". SmartRecruiters' API cannot add an existing candidate to a job, and Sourcedesk does not create a second profile.</source>
            <translation>%1 %2 ya existe en SmartRecruiters y no está en el puesto "%3". La API de SmartRecruiters no puede añadir un candidato existente a un puesto, y Sourcedesk no crea un segundo perfil.</translation>
        </message>
        <message>
            <source>Open the candidate in SmartRecruiters and add them to the job, then retry (or skip) this job.</source>
            <translation>Abra el candidato en SmartRecruiters y añádalo al puesto; después reintente (u omita) esta operación.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::NoteRunner</name>
        <message>
            <source>Written when the candidate is created in SmartRecruiters.</source>
            <translation>Se escribe cuando el candidato se crea en SmartRecruiters.</translation>
        </message>
        <message>
            <source>No email to find the candidate in SmartRecruiters by.</source>
            <translation>No hay correo con el que buscar el candidato en SmartRecruiters.</translation>
        </message>
        <message>
            <source>No matching candidate in SmartRecruiters yet.</source>
            <translation>Todavía no hay ningún candidato coincidente en SmartRecruiters.</translation>
        </message>
        <message>
            <source>The answer to this note was lost, and only a SmartRecruiters administrator may list notes to check whether it was written.</source>
            <translation>Se perdió la respuesta a esta nota y solo un administrador de SmartRecruiters puede listar las notas para comprobar si se escribió.</translation>
        </message>
        <message>
            <source>Look at the candidate's notes in SmartRecruiters: skip this job if the note is there, retry it if not.</source>
            <translation>Revise las notas del candidato en SmartRecruiters: omita esta operación si la nota está, reinténtela si no.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::Outbox</name>
        <message>
            <source>Create candidate</source>
            <translation>Crear candidato</translation>
        </message>
        <message>
            <source>Put on job</source>
            <translation>Asignar al puesto</translation>
        </message>
        <message>
            <source>Update fields</source>
            <translation>Actualizar campos</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Añadir nota</translation>
        </message>
        <message>
            <source>Set tags</source>
            <translation>Establecer etiquetas</translation>
        </message>
        <message>
            <source>Upload attachment</source>
            <translation>Cargar archivo adjunto</translation>
        </message>
        <message>
            <source>Set hiring status</source>
            <translation>Establecer estado de contratación</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Enviando</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Retrying</source>
            <translation>Reintentando</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Requiere atención</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Omitido</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Retenido</translation>
        </message>
        <message>
            <source>A SmartRecruiters job needs a candidate.</source>
            <translation>Una operación de SmartRecruiters necesita un candidato.</translation>
        </message>
        <message>
            <source>Outbox job %1 does not exist.</source>
            <translation>La operación %1 de la bandeja de salida no existe.</translation>
        </message>
        <message>
            <source>Only a job that waits or needs attention can be retried; job %1 is %2.</source>
            <translation>Solo se puede reintentar una operación en espera o que requiere atención; la operación %1 está %2.</translation>
        </message>
        <message>
            <source>Job %1 is %2 and cannot be skipped.</source>
            <translation>La operación %1 está %2 y no se puede omitir.</translation>
        </message>
        <message>
            <source>Outbox job %1 was taken over by another Sourcedesk after its lease ran out.</source>
            <translation>Otra instancia de Sourcedesk se hizo cargo de la operación %1 de la bandeja de salida al vencer su concesión.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::PreviewRunner</name>
        <message>
            <source>A possible match in SmartRecruiters waits for review: %1</source>
            <translation>Una posible coincidencia en SmartRecruiters está pendiente de revisión: %1</translation>
        </message>
        <message>
            <source>Create the candidate in the talent pool</source>
            <translation>Crear el candidato en el talent pool</translation>
        </message>
        <message>
            <source>Create the candidate on the job "%1"</source>
            <translation>Crear el candidato en el puesto "%1"</translation>
        </message>
        <message>
            <source>The source "%1" is checked against SmartRecruiters' sources when the push runs; an unknown one falls back to the connection's default.</source>
            <translation>El origen "%1" se comprueba con los orígenes de SmartRecruiters cuando se ejecuta el envío; si es desconocido, se usa el predeterminado de la conexión.</translation>
        </message>
        <message>
            <source>Update the linked SmartRecruiters candidate</source>
            <translation>Actualizar el candidato vinculado de SmartRecruiters</translation>
        </message>
        <message>
            <source>Not connected: SmartRecruiters' current values could not be read.</source>
            <translation>Sin conexión: no se pudieron leer los valores actuales de SmartRecruiters.</translation>
        </message>
        <message>
            <source>"Sync manual contact updates" is off: edits are not sent on their own.</source>
            <translation>"Sincronizar actualizaciones manuales de contacto" está desactivado: las modificaciones no se envían por sí solas.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::Reconciler</name>
        <message>
            <source>%1 is %2 in the campaign but not in SmartRecruiters.</source>
            <translation>%1 está %2 en la campaña, pero no en SmartRecruiters.</translation>
        </message>
        <message>
            <source>Push to SmartRecruiters</source>
            <translation>Enviar a SmartRecruiters</translation>
        </message>
        <message>
            <source>A note for %1 waits until they are in SmartRecruiters.</source>
            <translation>Una nota para %1 espera hasta que esté en SmartRecruiters.</translation>
        </message>
        <message>
            <source>%1 for %2: %3</source>
            <translation>%1 para %2: %3</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>%1 is %2 here but %3 in SmartRecruiters.</source>
            <translation>%1 está %2 aquí, pero %3 en SmartRecruiters.</translation>
        </message>
        <message>
            <source>Use SmartRecruiters' stage (%1)</source>
            <translation>Usar la etapa de SmartRecruiters (%1)</translation>
        </message>
        <message>
            <source>The SmartRecruiters stage is not mapped.</source>
            <translation>La etapa de SmartRecruiters no está asignada.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SettingsStore</name>
        <message>
            <source>not saved at "%1": %2</source>
            <translation>no se guardó en "%1": %2</translation>
        </message>
        <message>
            <source>built-in defaults are not stored</source>
            <translation>los valores predeterminados integrados no se almacenan</translation>
        </message>
        <message>
            <source>the team layer has no scope, got "%1"</source>
            <translation>el nivel de equipo no tiene ámbito; se recibió "%1"</translation>
        </message>
        <message>
            <source>a user setting needs the user name</source>
            <translation>una opción de usuario necesita el nombre de usuario</translation>
        </message>
        <message>
            <source>the scope must be a positive id, got "%1"</source>
            <translation>el ámbito debe ser un id positivo; se recibió "%1"</translation>
        </message>
        <message>
            <source>reading the sync settings</source>
            <translation>leyendo la configuración de sincronización</translation>
        </message>
        <message>
            <source>saving the sync setting %1</source>
            <translation>guardando la opción de sincronización %1</translation>
        </message>
        <message>
            <source>removing the sync setting %1</source>
            <translation>eliminando la opción de sincronización %1</translation>
        </message>
        <message>
            <source>not valid JSON at offset %1: %2</source>
            <translation>JSON no válido en la posición %1: %2</translation>
        </message>
        <message>
            <source>not a Sourcedesk sync settings file ("format" must be "%1")</source>
            <translation>no es un archivo de configuración de sincronización de Sourcedesk ("format" debe ser "%1")</translation>
        </message>
        <message>
            <source>"version" must be %1</source>
            <translation>"version" debe ser %1</translation>
        </message>
        <message>
            <source>written by a newer Sourcedesk (format version %1; this version reads %2)</source>
            <translation>escrito por una versión más reciente de Sourcedesk (versión de formato %1; esta versión lee %2)</translation>
        </message>
        <message>
            <source>"layer" must be team, user, campaign or candidate, not "%1"</source>
            <translation>"layer" debe ser team, user, campaign o candidate, no "%1"</translation>
        </message>
        <message>
            <source>"values" must be an object of settings</source>
            <translation>"values" debe ser un objeto de opciones</translation>
        </message>
        <message>
            <source>%1: the value must be text</source>
            <translation>%1: el valor debe ser texto</translation>
        </message>
        <message>
            <source>%1: "locked" must be true or false</source>
            <translation>%1: "locked" debe ser true o false</translation>
        </message>
        <message>
            <source>%1: only team settings can be locked</source>
            <translation>%1: solo se pueden bloquear las opciones del equipo</translation>
        </message>
        <message>
            <source>Only a team admin can change the team settings, field mappings and job status whitelist; ask your team admin.</source>
            <translation>Solo un administrador del equipo puede cambiar la configuración del equipo, las asignaciones de campos y la lista de estados de puesto permitidos; consulte al administrador de su equipo.</translation>
        </message>
        <message>
            <source>Only a team admin can change the team settings, field mappings and job status whitelist; you are signed in as %1 (recruiter). Ask your team admin.</source>
            <translation>Solo un administrador del equipo puede cambiar la configuración del equipo, las asignaciones de campos y la lista de estados de puesto permitidos; ha iniciado sesión como %1 (reclutador). Consulte al administrador de su equipo.</translation>
        </message>
        <message>
            <source>The team database refused the change: your role may not change settings at "%1" for this scope.</source>
            <translation>La base de datos del equipo rechazó el cambio: su rol no permite cambiar la configuración en "%1" para este ámbito.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::StatusRunner</name>
        <message>
            <source>Sent when the candidate is created in SmartRecruiters.</source>
            <translation>Se envía cuando el candidato se crea en SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SyncPlanner</name>
        <message>
            <source>%1: "Add candidate to SmartRecruiters" is set to "Don't add".</source>
            <translation>%1: "Añadir candidato a SmartRecruiters" está establecido en "No añadir".</translation>
        </message>
        <message>
            <source>%1 has no application to update: the candidate is not in SmartRecruiters or the campaign is not linked to a job.</source>
            <translation>%1 no tiene ninguna candidatura que actualizar: el candidato no está en SmartRecruiters o la campaña no está vinculada a un puesto.</translation>
        </message>
        <message>
            <source>%1: the status was not pushed to SmartRecruiters: %2</source>
            <translation>%1: el estado no se envió a SmartRecruiters: %2</translation>
        </message>
        <message>
            <source>Status in "%1" changed to %2.</source>
            <translation>El estado en "%1" cambió a %2.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SyncRules</name>
        <message>
            <source>when added to the campaign</source>
            <translation>al añadirlo a la campaña</translation>
        </message>
        <message>
            <source>when they reply</source>
            <translation>cuando responda</translation>
        </message>
        <message>
            <source>when they are interested</source>
            <translation>cuando esté interesado</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Notes are turned off for this kind of activity</source>
            <translation>Las notas están desactivadas para este tipo de actividad</translation>
        </message>
        <message>
            <source>Written to the SmartRecruiters candidate with the same email</source>
            <translation>Se escribe en el candidato de SmartRecruiters con el mismo correo electrónico</translation>
        </message>
        <message>
            <source>Notes go only to records Sourcedesk synced, and this candidate is never added to SmartRecruiters</source>
            <translation>Las notas solo van a registros que Sourcedesk sincronizó, y este candidato nunca se añade a SmartRecruiters</translation>
        </message>
        <message>
            <source>This candidate is not in SmartRecruiters and is never added to it</source>
            <translation>Este candidato no está en SmartRecruiters y nunca se añade</translation>
        </message>
        <message>
            <source>Written when the candidate is created in SmartRecruiters (%1)</source>
            <translation>Se escribe cuando el candidato se crea en SmartRecruiters (%1)</translation>
        </message>
        <message>
            <source>Notes go only to synced records, not to a record that merely has the same email.</source>
            <translation>Las notas solo van a registros sincronizados, no a un registro que simplemente tiene el mismo correo electrónico.</translation>
        </message>
        <message>
            <source>Written once the candidate has been created in SmartRecruiters</source>
            <translation>Se escribe una vez que el candidato se ha creado en SmartRecruiters</translation>
        </message>
        <message>
            <source>Nothing to send (blank in Sourcedesk)</source>
            <translation>Nada que enviar (vacío en Sourcedesk)</translation>
        </message>
        <message>
            <source>New candidate in SmartRecruiters</source>
            <translation>Candidato nuevo en SmartRecruiters</translation>
        </message>
        <message>
            <source>Same value</source>
            <translation>Mismo valor</translation>
        </message>
        <message>
            <source>SmartRecruiters takes this only when the candidate is created</source>
            <translation>SmartRecruiters solo lo acepta cuando se crea el candidato</translation>
        </message>
        <message>
            <source>SmartRecruiters is blank</source>
            <translation>Vacío en SmartRecruiters</translation>
        </message>
        <message>
            <source>Always update</source>
            <translation>Actualizar siempre</translation>
        </message>
        <message>
            <source>Only update if blank: SmartRecruiters already has a value</source>
            <translation>Actualizar solo si está vacío: SmartRecruiters ya tiene un valor</translation>
        </message>
        <message>
            <source>Consent is required before syncing, and this candidate's consent is: %1</source>
            <translation>Se exige consentimiento antes de sincronizar, y el consentimiento de este candidato es: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SyncSettings</name>
        <message>
            <source>Sync manual contact updates to SmartRecruiters</source>
            <translation>Sincronizar actualizaciones manuales de contacto con SmartRecruiters</translation>
        </message>
        <message>
            <source>Add candidate to SmartRecruiters</source>
            <translation>Añadir candidato a SmartRecruiters</translation>
        </message>
        <message>
            <source>Only add notes to synced records</source>
            <translation>Añadir notas solo a registros sincronizados</translation>
        </message>
        <message>
            <source>Displayed fields</source>
            <translation>Campos mostrados</translation>
        </message>
        <message>
            <source>Mandatory fields</source>
            <translation>Campos obligatorios</translation>
        </message>
        <message>
            <source>Contact field mapping</source>
            <translation>Asignación de campos de contacto</translation>
        </message>
        <message>
            <source>Filterable fields</source>
            <translation>Campos filtrables</translation>
        </message>
        <message>
            <source>Create new notes from</source>
            <translation>Crear notas nuevas a partir de</translation>
        </message>
        <message>
            <source>Note text</source>
            <translation>Texto de la nota</translation>
        </message>
        <message>
            <source>Who sees the notes</source>
            <translation>Quién ve las notas</translation>
        </message>
        <message>
            <source>Share notes with these users</source>
            <translation>Compartir notas con estos usuarios</translation>
        </message>
        <message>
            <source>Job status whitelist</source>
            <translation>Lista de estados de puesto permitidos</translation>
        </message>
        <message>
            <source>Candidate source in SmartRecruiters</source>
            <translation>Origen del candidato en SmartRecruiters</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Tag candidates</source>
            <translation>Etiquetar candidatos</translation>
        </message>
        <message>
            <source>Require consent before syncing</source>
            <translation>Exigir consentimiento antes de sincronizar</translation>
        </message>
        <message>
            <source>Consent text</source>
            <translation>Texto de consentimiento</translation>
        </message>
        <message>
            <source>Upload attachments</source>
            <translation>Cargar archivos adjuntos</translation>
        </message>
        <message>
            <source>Synchronize hiring stages</source>
            <translation>Sincronizar etapas de contratación</translation>
        </message>
        <message>
            <source>Daily stage sync at</source>
            <translation>Sincronización diaria de etapas a las</translation>
        </message>
        <message>
            <source>Stage sync time zone</source>
            <translation>Zona horaria de sincronización de etapas</translation>
        </message>
        <message>
            <source>Stage sync since</source>
            <translation>Sincronizar etapas desde</translation>
        </message>
        <message>
            <source>Only applications made after stage sync was turned on</source>
            <translation>Solo candidaturas realizadas después de activar la sincronización de etapas</translation>
        </message>
        <message>
            <source>Push pipeline changes back to SmartRecruiters</source>
            <translation>Enviar los cambios del pipeline a SmartRecruiters</translation>
        </message>
        <message>
            <source>%1: unknown placeholder {%2}; use %3 or a candidate field such as {firstName}</source>
            <translation>%1: marcador desconocido {%2}; use %3 o un campo del candidato como {firstName}</translation>
        </message>
        <message>
            <source>%1 must not be empty</source>
            <translation>%1 no puede estar vacío</translation>
        </message>
        <message>
            <source>%1 must be "sourceTypeId/sourceSubTypeId/sourceId" (the middle part may be empty) or empty for SmartRecruiters' default source, not %2</source>
            <translation>%1 debe ser "sourceTypeId/sourceSubTypeId/sourceId" (la parte central puede estar vacía) o estar vacío para el origen predeterminado de SmartRecruiters, no %2</translation>
        </message>
        <message>
            <source>%1 must be a time zone such as Europe/Paris, not %2</source>
            <translation>%1 debe ser una zona horaria como Europe/Paris, no %2</translation>
        </message>
        <message>
            <source>%1: %2 is not a valid id</source>
            <translation>%1: %2 no es un id válido</translation>
        </message>
        <message>
            <source>%1: %2 is not allowed; choose from %3</source>
            <translation>%1: %2 no está permitido; elija entre %3</translation>
        </message>
        <message>
            <source>Built-in default</source>
            <translation>Valor predeterminado integrado</translation>
        </message>
        <message>
            <source>Team default</source>
            <translation>Valor predeterminado del equipo</translation>
        </message>
        <message>
            <source>Your setting</source>
            <translation>Su configuración</translation>
        </message>
        <message>
            <source>This campaign</source>
            <translation>Esta campaña</translation>
        </message>
        <message>
            <source>This candidate (Sync as)</source>
            <translation>Este candidato (Sincronizar como)</translation>
        </message>
        <message>
            <source>Unknown setting %1</source>
            <translation>Opción desconocida %1</translation>
        </message>
        <message>
            <source>%1 must be true or false, not %2</source>
            <translation>%1 debe ser true o false, no %2</translation>
        </message>
        <message>
            <source>%1 must be one of %2, not %3</source>
            <translation>%1 debe ser uno de %2, no %3</translation>
        </message>
        <message>
            <source>%1 must be a time as HH:mm (24-hour), not %2</source>
            <translation>%1 debe ser una hora con formato HH:mm (24 horas), no %2</translation>
        </message>
        <message>
            <source>%1 must be a date as yyyy-MM-dd or empty, not %2</source>
            <translation>%1 debe ser una fecha con formato yyyy-MM-dd o estar vacío, no %2</translation>
        </message>
        <message>
            <source>%1 cannot be set here (%2); the value is ignored</source>
            <translation>%1 no se puede establecer aquí (%2); se ignora el valor</translation>
        </message>
        <message>
            <source>The built-in default of %1 cannot be changed</source>
            <translation>El valor predeterminado integrado de %1 no se puede cambiar</translation>
        </message>
        <message>
            <source>%1 (%2) can only be set by the team admin, not at "%3"</source>
            <translation>%1 (%2) solo lo puede establecer el administrador del equipo, no en "%3"</translation>
        </message>
        <message>
            <source>%1 (%2) is locked by your team admin</source>
            <translation>%1 (%2) está bloqueado por el administrador de su equipo</translation>
        </message>
        <message>
            <source>Company policy</source>
            <translation>Directiva de la empresa</translation>
        </message>
        <message>
            <source>%1 (%2): %3; nobody can change it here</source>
            <translation>%1 (%2): %3; nadie puede cambiarlo aquí</translation>
        </message>
        <message>
            <source>%1 (%2): %3, above the team defaults</source>
            <translation>%1 (%2): %3, por encima de los valores predeterminados del equipo</translation>
        </message>
        <message>
            <source>%1 (%2) is locked by the team admin %3</source>
            <translation>%1 (%2) está bloqueado por el administrador del equipo %3</translation>
        </message>
        <message>
            <source>Locked by the team admin</source>
            <translation>Bloqueado por el administrador del equipo</translation>
        </message>
        <message>
            <source>Locked by the team admin %1</source>
            <translation>Bloqueado por el administrador del equipo %1</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::SyncStore</name>
        <message>
            <source>SmartRecruiters candidate %1 is already linked to candidate %2 in Sourcedesk.</source>
            <translation>El candidato %1 de SmartRecruiters ya está vinculado al candidato %2 en Sourcedesk.</translation>
        </message>
        <message>
            <source>The possible match could not be queued for review.</source>
            <translation>No se pudo poner en cola la posible coincidencia para su revisión.</translation>
        </message>
        <message>
            <source>Review %1 does not exist or was already resolved.</source>
            <translation>La revisión %1 no existe o ya se resolvió.</translation>
        </message>
        <message>
            <source>An attachment needs a file name and content.</source>
            <translation>Un archivo adjunto necesita un nombre de archivo y contenido.</translation>
        </message>
        <message>
            <source>Attachment %1 does not exist.</source>
            <translation>El archivo adjunto %1 no existe.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::TagsRunner</name>
        <message>
            <source>Tagged when the candidate is created in SmartRecruiters.</source>
            <translation>Se etiqueta cuando el candidato se crea en SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::Templates</name>
        <message>
            <source>"{" at position %1 is never closed (write "{{" for a literal brace)</source>
            <translation>La "{" de la posición %1 nunca se cierra (escriba "{{" para una llave literal)</translation>
        </message>
        <message>
            <source>"}" at position %1 has no matching "{" (write "}}" for a literal brace)</source>
            <translation>La "}" de la posición %1 no tiene una "{" correspondiente (escriba "}}" para una llave literal)</translation>
        </message>
    </context>
    <context>
        <name>sd::sync::UpdateRunner</name>
        <message>
            <source>Not in SmartRecruiters.</source>
            <translation>No está en SmartRecruiters.</translation>
        </message>
        <message>
            <source>SmartRecruiters cannot update this field of an existing candidate.</source>
            <translation>SmartRecruiters no puede actualizar este campo de un candidato existente.</translation>
        </message>
        <message>
            <source>The property no longer exists in SmartRecruiters.</source>
            <translation>La propiedad ya no existe en SmartRecruiters.</translation>
        </message>
        <message>
            <source>Only update if blank: SmartRecruiters already has a value.</source>
            <translation>Actualizar solo si está vacío: SmartRecruiters ya tiene un valor.</translation>
        </message>
        <message>
            <source>Same value.</source>
            <translation>Mismo valor.</translation>
        </message>
        <message>
            <source>Sent to the application on the job.</source>
            <translation>Enviado a la candidatura del puesto.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::AnalyticsCharts</name>
        <message>
            <source>Added</source>
            <translation>Añadidos</translation>
        </message>
        <message>
            <source>Contacted</source>
            <translation>Contactados</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Respondieron</translation>
        </message>
        <message>
            <source>Interested</source>
            <translation>Interesados</translation>
        </message>
        <message>
            <source>In SmartRecruiters</source>
            <translation>En SmartRecruiters</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Contratados</translation>
        </message>
        <message>
            <source>No author</source>
            <translation>Sin autor</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>Semana del %1</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 días</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>No members were added in this range.</source>
            <translation>No se añadieron miembros en este intervalo.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Replied: %1 of the members added; interested: %2</source>
            <translation>Respondieron: %1 de los miembros añadidos; interesados: %2</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Tasa de respuesta</translation>
        </message>
        <message>
            <source>Interest rate</source>
            <translation>Tasa de interés</translation>
        </message>
        <message>
            <source>%1: %2 contacted, reply rate %3, interest rate %4</source>
            <translation>%1: %2 contactados, tasa de respuesta %3, tasa de interés %4</translation>
        </message>
        <message>
            <source>Nobody was contacted in this range.</source>
            <translation>No se contactó a nadie en este intervalo.</translation>
        </message>
        <message>
            <source>Per day.</source>
            <translation>Por día.</translation>
        </message>
        <message>
            <source>Per week.</source>
            <translation>Por semana.</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>Over the range: %1 contacted, %2 replied (%3), %4 interested (%5)</source>
            <translation>En el intervalo: %1 contactados, %2 respondieron (%3), %4 interesados (%5)</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>No activities were logged in this range.</source>
            <translation>No se registraron actividades en este intervalo.</translation>
        </message>
        <message numerus="yes">
            <source>%n activities in all</source>
            <translation>
                <numerusform>%n actividad en total</numerusform>
                <numerusform>%n actividades en total</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody was reached out to in this range.</source>
            <translation>No se contactó a nadie en este intervalo.</translation>
        </message>
        <message>
            <source>None of the %1 members reached out to has replied yet.</source>
            <translation>Ninguno de los %1 miembros contactados ha respondido todavía.</translation>
        </message>
        <message>
            <source>%1 of %2 members replied (%3). Median %4, 90th percentile %5.</source>
            <translation>%1 de %2 miembros respondieron (%3). Mediana %4, percentil 90 %5.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Applications</source>
            <translation>Candidaturas</translation>
        </message>
        <message>
            <source>No SmartRecruiters applications for the members added in this range.</source>
            <translation>No hay candidaturas de SmartRecruiters para los miembros añadidos en este intervalo.</translation>
        </message>
        <message>
            <source>%1 applications in SmartRecruiters</source>
            <translation>%1 candidaturas en SmartRecruiters</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Week starting</source>
            <translation>Inicio de la semana</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Porcentaje</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::AnalyticsView</name>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (archivada)</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <source>Date range</source>
            <translation>Intervalo de fechas</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Refresh the analytics</source>
            <translation>Actualizar las estadísticas</translation>
        </message>
        <message>
            <source>Loading the analytics</source>
            <translation>Cargando las estadísticas</translation>
        </message>
        <message>
            <source>Analytics status</source>
            <translation>Estado de las estadísticas</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Estadísticas</translation>
        </message>
        <message>
            <source>Pipeline funnel</source>
            <translation>Embudo del pipeline</translation>
        </message>
        <message>
            <source>Reply and interest rates</source>
            <translation>Tasas de respuesta y de interés</translation>
        </message>
        <message>
            <source>Activity per recruiter</source>
            <translation>Actividad por reclutador</translation>
        </message>
        <message>
            <source>Time to first reply</source>
            <translation>Tiempo hasta la primera respuesta</translation>
        </message>
        <message>
            <source>SmartRecruiters stages</source>
            <translation>Etapas de SmartRecruiters</translation>
        </message>
        <message>
            <source>Analytics charts</source>
            <translation>Gráficos de estadísticas</translation>
        </message>
        <message>
            <source>&amp;Campaign:</source>
            <translation>&amp;Campaña:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Período:</translation>
        </message>
        <message>
            <source>All campaigns</source>
            <translation>Todas las campañas</translation>
        </message>
        <message>
            <source>Which campaign the charts count: all of them or one</source>
            <translation>Qué campaña cuentan los gráficos: todas o una</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Últimos 7 días</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>Últimos 90 días</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Este año</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>Todo el tiempo</translation>
        </message>
        <message>
            <source>The days the charts count, ending today</source>
            <translation>Los días que cuentan los gráficos, hasta hoy</translation>
        </message>
        <message>
            <source>Read the numbers again (F5)</source>
            <translation>Volver a leer las cifras (F5)</translation>
        </message>
        <message>
            <source>Campaign %1</source>
            <translation>Campaña %1</translation>
        </message>
        <message>
            <source>The analytics could not be read: %1 Press F5 to try again; if it keeps failing, reopen the workspace.</source>
            <translation>No se pudieron leer las estadísticas: %1 Pulse F5 para volver a intentarlo; si sigue fallando, vuelva a abrir el espacio de trabajo.</translation>
        </message>
        <message>
            <source>Loading the analytics…</source>
            <translation>Cargando las estadísticas…</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::BrowserLogin</name>
        <message>
            <source>The sign-in took too long and was stopped. Sourcedesk is not connected; try again.</source>
            <translation>El inicio de sesión tardó demasiado y se detuvo. Sourcedesk no está conectado; inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Sourcedesk is not set up to connect to SmartRecruiters.</source>
            <translation>Sourcedesk no está configurado para conectarse a SmartRecruiters.</translation>
        </message>
        <message>
            <source>Connecting Sourcedesk to SmartRecruiters…</source>
            <translation>Conectando Sourcedesk a SmartRecruiters…</translation>
        </message>
        <message>
            <source>Sign in to SmartRecruiters</source>
            <translation>Iniciar sesión en SmartRecruiters</translation>
        </message>
        <message>
            <source>Sign-in status</source>
            <translation>Estado del inicio de sesión</translation>
        </message>
        <message>
            <source>&amp;Open the browser again</source>
            <translation>&amp;Abrir de nuevo el navegador</translation>
        </message>
        <message>
            <source>Open the sign-in page again</source>
            <translation>Abrir de nuevo la página de inicio de sesión</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <source>Cancel the sign-in</source>
            <translation>Cancelar el inicio de sesión</translation>
        </message>
        <message>
            <source>The sign-in was cancelled. Sourcedesk is not connected to SmartRecruiters.</source>
            <translation>Se canceló el inicio de sesión. Sourcedesk no está conectado a SmartRecruiters.</translation>
        </message>
        <message>
            <source>Sign in to SmartRecruiters in your web browser and choose Allow. This window closes by itself when you are done.</source>
            <translation>Inicie sesión en SmartRecruiters en su navegador web y elija Permitir. Esta ventana se cierra sola cuando termine.</translation>
        </message>
        <message>
            <source>Sourcedesk could not open a web browser. Set a default web browser and try again.</source>
            <translation>Sourcedesk no pudo abrir un navegador web. Configure un navegador web predeterminado e inténtelo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CampaignDetailView</name>
        <message>
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <source>Campaign description</source>
            <translation>Descripción de la campaña</translation>
        </message>
        <message>
            <source>Show members with status</source>
            <translation>Mostrar miembros con estado</translation>
        </message>
        <message>
            <source>Campaign members</source>
            <translation>Miembros de la campaña</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Establecer estado</translation>
        </message>
        <message>
            <source>Set &amp;status</source>
            <translation>Establecer e&amp;stado</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>&amp;Add candidates…</source>
            <translation>&amp;Añadir candidatos…</translation>
        </message>
        <message>
            <source>&amp;Remove from campaign</source>
            <translation>&amp;Quitar de la campaña</translation>
        </message>
        <message>
            <source>&amp;Log activity…</source>
            <translation>&amp;Registrar actividad…</translation>
        </message>
        <message>
            <source>&amp;Open profile</source>
            <translation>Abrir &amp;perfil</translation>
        </message>
        <message>
            <source>Mark as %1</source>
            <translation>Marcar como %1</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>The members could not be loaded: %1</source>
            <translation>No se pudieron cargar los miembros: %1</translation>
        </message>
        <message>
            <source>No campaign selected</source>
            <translation>Ninguna campaña seleccionada</translation>
        </message>
        <message>
            <source>Choose a campaign on the left, or create one with File → New campaign.</source>
            <translation>Elija una campaña a la izquierda o cree una con Archivo → Nueva campaña.</translation>
        </message>
        <message>
            <source>(sample)</source>
            <translation>(ejemplo)</translation>
        </message>
        <message>
            <source>(archived)</source>
            <translation>(archivada)</translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Añadir a la campaña</translation>
        </message>
        <message>
            <source>Add candidates to “%1”</source>
            <translation>Añadir candidatos a “%1”</translation>
        </message>
        <message>
            <source>Add candidates</source>
            <translation>Añadir candidatos</translation>
        </message>
        <message>
            <source>The candidates could not be added: %1</source>
            <translation>No se pudieron añadir los candidatos: %1</translation>
        </message>
        <message>
            <source>Remove from campaign</source>
            <translation>Quitar de la campaña</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n people from “%1”? Their candidate records and activities stay in the workspace.</source>
            <translation>
                <numerusform>¿Quitar %n persona de “%1”? Sus registros de candidato y sus actividades se conservan en el espacio de trabajo.</numerusform>
                <numerusform>¿Quitar %n personas de “%1”? Sus registros de candidato y sus actividades se conservan en el espacio de trabajo.</numerusform>
            </translation>
        </message>
        <message>
            <source>The status could not be changed: %1</source>
            <translation>No se pudo cambiar el estado: %1</translation>
        </message>
        <message>
            <source>Se&amp;quence…</source>
            <translation>Se&amp;cuencia…</translation>
        </message>
        <message>
            <source>&amp;Enroll in sequence…</source>
            <translation>&amp;Inscribir en secuencia…</translation>
        </message>
        <message numerus="yes">
            <source>%n people removed from “%1”</source>
            <translation>
                <numerusform>%n persona quitada de “%1”</numerusform>
                <numerusform>%n personas quitadas de “%1”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people back in the campaign</source>
            <translation>
                <numerusform>%n persona de nuevo en la campaña</numerusform>
                <numerusform>%n personas de nuevo en la campaña</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people marked %1</source>
            <translation>
                <numerusform>%n persona marcada como %1</numerusform>
                <numerusform>%n personas marcadas como %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statuses put back</source>
            <translation>
                <numerusform>%n estado restaurado</numerusform>
                <numerusform>%n estados restaurados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n changed again since: left as they are)</source>
            <translation>
                <numerusform>(%n cambió de nuevo desde entonces: se deja como está)</numerusform>
                <numerusform>(%n cambiaron de nuevo desde entonces: se dejan como están)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CampaignDialog</name>
        <message>
            <source>Campaign name</source>
            <translation>Nombre de la campaña</translation>
        </message>
        <message>
            <source>Campaign description</source>
            <translation>Descripción de la campaña</translation>
        </message>
        <message>
            <source>Campaign owner</source>
            <translation>Propietario de la campaña</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Edit campaign</source>
            <translation>Editar campaña</translation>
        </message>
        <message>
            <source>New campaign</source>
            <translation>Nueva campaña</translation>
        </message>
        <message>
            <source>e.g. Senior backend engineers, Berlin</source>
            <translation>p. ej., Ingenieros de backend sénior, Berlín</translation>
        </message>
        <message>
            <source>What the role is, who you are looking for, notes for the team</source>
            <translation>En qué consiste el puesto, a quién busca, notas para el equipo</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Descripción:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Propietario:</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Botones del cuadro de diálogo</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <source>Give the campaign a name.</source>
            <translation>Asigne un nombre a la campaña.</translation>
        </message>
        <message>
            <source>A campaign named “%1” already exists. Choose another name.</source>
            <translation>Ya existe una campaña llamada “%1”. Elija otro nombre.</translation>
        </message>
        <message>
            <source>The campaign could not be saved: %1</source>
            <translation>No se pudo guardar la campaña: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CampaignPickerDialog</name>
        <message>
            <source>Campaigns</source>
            <translation>Campañas</translation>
        </message>
        <message>
            <source>Choose a campaign</source>
            <translation>Elegir una campaña</translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Añadir a la campaña</translation>
        </message>
        <message>
            <source>There are no active campaigns yet. Create one in the Campaigns view first.</source>
            <translation>Todavía no hay campañas activas. Cree primero una en la vista Campañas.</translation>
        </message>
        <message>
            <source>No campaigns</source>
            <translation>No hay campañas</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Botones del cuadro de diálogo</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
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
            <translation>Puesto de SmartRecruiters</translation>
        </message>
        <message>
            <source>Campaign sync settings</source>
            <translation>Configuración de sincronización de la campaña</translation>
        </message>
        <message>
            <source>&amp;Link job…</source>
            <translation>&amp;Vincular puesto…</translation>
        </message>
        <message>
            <source>Link this campaign to a SmartRecruiters job</source>
            <translation>Vincular esta campaña a un puesto de SmartRecruiters</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Desvincular</translation>
        </message>
        <message>
            <source>Push to the talent pool instead of a job</source>
            <translation>Enviar al talent pool en lugar de a un puesto</translation>
        </message>
        <message>
            <source>Sync settings…</source>
            <translation>Configuración de sincronización…</translation>
        </message>
        <message>
            <source>This campaign's SmartRecruiters sync settings</source>
            <translation>Configuración de sincronización con SmartRecruiters de esta campaña</translation>
        </message>
        <message>
            <source>Pre&amp;view push…</source>
            <translation>&amp;Vista previa del envío…</translation>
        </message>
        <message>
            <source>Preview what a push would send</source>
            <translation>Previsualizar lo que enviaría un envío</translation>
        </message>
        <message>
            <source>&amp;Push selected to SmartRecruiters</source>
            <translation>&amp;Enviar seleccionados a SmartRecruiters</translation>
        </message>
        <message>
            <source>Push the selected members to SmartRecruiters</source>
            <translation>Enviar los miembros seleccionados a SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Push to SmartRecruiters</source>
            <translation>&amp;Enviar a SmartRecruiters</translation>
        </message>
        <message>
            <source>Create or update the selected members in SmartRecruiters now (%1)</source>
            <translation>Crear o actualizar ahora los miembros seleccionados en SmartRecruiters (%1)</translation>
        </message>
        <message>
            <source>No campaign selected.</source>
            <translation>Ninguna campaña seleccionada.</translation>
        </message>
        <message>
            <source>The linked job could not be read: %1</source>
            <translation>No se pudo leer el puesto vinculado: %1</translation>
        </message>
        <message>
            <source>Not linked to a job: candidates go to the talent pool.</source>
            <translation>No vinculada a un puesto: los candidatos van al talent pool.</translation>
        </message>
        <message>
            <source>Pushes to the talent pool (no job).</source>
            <translation>Envía al talent pool (sin puesto).</translation>
        </message>
        <message>
            <source>Linked to the job “%1”.</source>
            <translation>Vinculada al puesto “%1”.</translation>
        </message>
        <message>
            <source>Uses your sync settings.</source>
            <translation>Usa su configuración de sincronización.</translation>
        </message>
        <message numerus="yes">
            <source>%n sync settings changed for this campaign.</source>
            <translation>
                <numerusform>%n opción de sincronización cambiada para esta campaña.</numerusform>
                <numerusform>%n opciones de sincronización cambiadas para esta campaña.</numerusform>
            </translation>
        </message>
        <message>
            <source>Link job</source>
            <translation>Vincular puesto</translation>
        </message>
        <message>
            <source>The job could not be linked: %1</source>
            <translation>No se pudo vincular el puesto: %1</translation>
        </message>
        <message>
            <source>Unlink job</source>
            <translation>Desvincular puesto</translation>
        </message>
        <message>
            <source>Unlink “%1” from its SmartRecruiters job? Candidates pushed from now on go to the talent pool; those already in SmartRecruiters stay where they are.</source>
            <translation>¿Desvincular “%1” de su puesto de SmartRecruiters? Los candidatos que se envíen a partir de ahora irán al talent pool; los que ya están en SmartRecruiters se quedan donde están.</translation>
        </message>
        <message>
            <source>Push to SmartRecruiters</source>
            <translation>Enviar a SmartRecruiters</translation>
        </message>
        <message>
            <source>Nothing was queued: %1</source>
            <translation>No se puso nada en cola: %1</translation>
        </message>
        <message>
            <source>Queued; it goes to SmartRecruiters once you are connected (Settings → Integration).</source>
            <translation>En cola; se enviará a SmartRecruiters en cuanto se conecte (Configuración → Integración).</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CampaignsView</name>
        <message>
            <source>Campaigns</source>
            <translation>Campañas</translation>
        </message>
        <message>
            <source>Show &amp;archived</source>
            <translation>Mostrar &amp;archivadas</translation>
        </message>
        <message>
            <source>Show archived campaigns</source>
            <translation>Mostrar campañas archivadas</translation>
        </message>
        <message>
            <source>&amp;New campaign…</source>
            <translation>&amp;Nueva campaña…</translation>
        </message>
        <message>
            <source>&amp;Edit name and description…</source>
            <translation>&amp;Editar nombre y descripción…</translation>
        </message>
        <message>
            <source>Arc&amp;hive</source>
            <translation>Arc&amp;hivar</translation>
        </message>
        <message>
            <source>&amp;Delete campaign…</source>
            <translation>E&amp;liminar campaña…</translation>
        </message>
        <message>
            <source>Remove sample data…</source>
            <translation>Eliminar datos de ejemplo…</translation>
        </message>
        <message>
            <source>Show &amp;archived campaigns</source>
            <translation>Mostrar campañas &amp;archivadas</translation>
        </message>
        <message>
            <source>Campaign list</source>
            <translation>Lista de campañas</translation>
        </message>
        <message>
            <source>Campaigns and members</source>
            <translation>Campañas y miembros</translation>
        </message>
        <message>
            <source>The campaigns could not be loaded: %1</source>
            <translation>No se pudieron cargar las campañas: %1</translation>
        </message>
        <message>
            <source>Unarc&amp;hive</source>
            <translation>Desarc&amp;hivar</translation>
        </message>
        <message>
            <source>Archive campaign</source>
            <translation>Archivar campaña</translation>
        </message>
        <message>
            <source>Delete campaign</source>
            <translation>Eliminar campaña</translation>
        </message>
        <message numerus="yes">
            <source>Delete the campaign “%1” with its %n member entries and their statuses? The candidates themselves stay in the workspace. This cannot be undone; archiving keeps the history instead.</source>
            <translation>
                <numerusform>¿Eliminar la campaña “%1” con su %n entrada de miembro y su estado? Los candidatos se conservan en el espacio de trabajo. Esto no se puede deshacer; si la archiva, se conserva el historial.</numerusform>
                <numerusform>¿Eliminar la campaña “%1” con sus %n entradas de miembros y sus estados? Los candidatos se conservan en el espacio de trabajo. Esto no se puede deshacer; si la archiva, se conserva el historial.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CandidateForm</name>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Country code</source>
            <translation>Código de país</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Primary email</source>
            <translation>Correo principal</translation>
        </message>
        <message>
            <source>Other emails</source>
            <translation>Otros correos</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Teléfonos</translation>
        </message>
        <message>
            <source>LinkedIn profile</source>
            <translation>Perfil de LinkedIn</translation>
        </message>
        <message>
            <source>Other links</source>
            <translation>Otros enlaces</translation>
        </message>
        <message>
            <source>Custom fields</source>
            <translation>Campos personalizados</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>GDPR consent</source>
            <translation>Consentimiento RGPD</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Fecha:</translation>
        </message>
        <message>
            <source>Consent date known</source>
            <translation>Fecha de consentimiento conocida</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Fecha de consentimiento</translation>
        </message>
        <message>
            <source>How consent was obtained</source>
            <translation>Cómo se obtuvo el consentimiento</translation>
        </message>
        <message>
            <source>Candidate details</source>
            <translation>Datos del candidato</translation>
        </message>
        <message>
            <source>e.g. DE</source>
            <translation>p. ej., DE</translation>
        </message>
        <message>
            <source>comma-separated, e.g. backend, rust, remote</source>
            <translation>separadas por comas, p. ej., backend, rust, remoto</translation>
        </message>
        <message>
            <source>comma-separated</source>
            <translation>separados por comas</translation>
        </message>
        <message>
            <source>one per line</source>
            <translation>uno por línea</translation>
        </message>
        <message>
            <source>one per line: GitHub, portfolio, …</source>
            <translation>uno por línea: GitHub, portafolio, …</translation>
        </message>
        <message>
            <source>https://www.linkedin.com/in/…</source>
            <translation>https://www.linkedin.com/in/…</translation>
        </message>
        <message>
            <source>e.g. replied to outreach email, agreed on a call</source>
            <translation>p. ej., respondió al correo de contacto, lo acordó en una llamada</translation>
        </message>
        <message>
            <source>Candidate sections</source>
            <translation>Secciones del candidato</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Persona</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>C&amp;ontacto</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;Más</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Apellido:</translation>
        </message>
        <message>
            <source>&amp;Company:</source>
            <translation>&amp;Empresa:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Cargo:</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>C&amp;iudad:</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Región:</translation>
        </message>
        <message>
            <source>Cou&amp;ntry code:</source>
            <translation>Código de &amp;país:</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>Orig&amp;en:</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>E&amp;tiquetas:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>Nota&amp;s:</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>&amp;Primary email:</source>
            <translation>Correo &amp;principal:</translation>
        </message>
        <message>
            <source>Other &amp;emails:</source>
            <translation>Otros &amp;correos:</translation>
        </message>
        <message>
            <source>P&amp;hones:</source>
            <translation>&amp;Teléfonos:</translation>
        </message>
        <message>
            <source>&amp;LinkedIn:</source>
            <translation>&amp;LinkedIn:</translation>
        </message>
        <message>
            <source>Other lin&amp;ks:</source>
            <translation>Otros &amp;enlaces:</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Más</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>Añadir campo</translation>
        </message>
        <message>
            <source>Add custom field</source>
            <translation>Añadir campo personalizado</translation>
        </message>
        <message>
            <source>Remove field</source>
            <translation>Quitar campo</translation>
        </message>
        <message>
            <source>Remove custom field</source>
            <translation>Quitar campo personalizado</translation>
        </message>
        <message>
            <source>Custom fields:</source>
            <translation>Campos personalizados:</translation>
        </message>
        <message>
            <source>GDPR &amp;consent:</source>
            <translation>&amp;Consentimiento RGPD:</translation>
        </message>
        <message>
            <source>&amp;How obtained:</source>
            <translation>Cómo se &amp;obtuvo:</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CandidatePickerDialog</name>
        <message>
            <source>Search candidates</source>
            <translation>Buscar candidatos</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidatos</translation>
        </message>
        <message>
            <source>Choose candidates</source>
            <translation>Elegir candidatos</translation>
        </message>
        <message>
            <source>Search by name, email, company, title, location or tag</source>
            <translation>Buscar por nombre, correo, empresa, cargo, ubicación o etiqueta</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Botones del cuadro de diálogo</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CandidateProfileDialog</name>
        <message>
            <source>Candidate</source>
            <translation>Candidato</translation>
        </message>
        <message>
            <source>Profile sections</source>
            <translation>Secciones del perfil</translation>
        </message>
        <message>
            <source>Activity timeline</source>
            <translation>Cronología de actividades</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Campañas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Registro de cambios</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Candidate profile</source>
            <translation>Perfil del candidato</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <source>Profile actions</source>
            <translation>Acciones del perfil</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar cambios</translation>
        </message>
        <message>
            <source>Save changes (%1)</source>
            <translation>Guardar cambios (%1)</translation>
        </message>
        <message>
            <source>&amp;Log activity…</source>
            <translation>&amp;Registrar actividad…</translation>
        </message>
        <message>
            <source>Log activity</source>
            <translation>Registrar actividad</translation>
        </message>
        <message>
            <source>Add to &amp;campaign…</source>
            <translation>Añadir a &amp;campaña…</translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Añadir a la campaña</translation>
        </message>
        <message>
            <source>This candidate could not be loaded; it may have been deleted.

%1</source>
            <translation>No se pudo cargar este candidato; es posible que se haya eliminado.

%1</translation>
        </message>
        <message>
            <source>%1 — Candidate</source>
            <translation>%1 — Candidato</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Posible duplicado</translation>
        </message>
        <message>
            <source>These details match another candidate: %1. Change the email, LinkedIn profile or name and company, or delete one of the two records.</source>
            <translation>Estos datos coinciden con otro candidato: %1. Cambie el correo, el perfil de LinkedIn o el nombre y la empresa, o elimine uno de los dos registros.</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(desconocido)</translation>
        </message>
        <message>
            <source>Changed elsewhere</source>
            <translation>Modificado en otro lugar</translation>
        </message>
        <message>
            <source>Someone else changed this candidate while you were editing (another window, an import or the command line). Your edits were not saved.

Reload shows the current version; then make your change again. Cancel keeps your edits on screen so you can copy them.</source>
            <translation>Otra persona modificó este candidato mientras usted lo editaba (otra ventana, una importación o la línea de comandos). Sus modificaciones no se guardaron.

Volver a cargar muestra la versión actual; después, vuelva a hacer su cambio. Cancelar mantiene sus modificaciones en pantalla para que pueda copiarlas.</translation>
        </message>
        <message>
            <source>Save candidate</source>
            <translation>Guardar candidato</translation>
        </message>
        <message>
            <source>The changes could not be saved: %1</source>
            <translation>No se pudieron guardar los cambios: %1</translation>
        </message>
        <message>
            <source>Timeline (%1)</source>
            <translation>Cronología (%1)</translation>
        </message>
        <message>
            <source>Campaigns (%1)</source>
            <translation>Campañas (%1)</translation>
        </message>
        <message>
            <source>Add %1 to which campaign?</source>
            <translation>¿A qué campaña desea añadir a %1?</translation>
        </message>
        <message>
            <source>The candidate could not be added: %1</source>
            <translation>No se pudo añadir el candidato: %1</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Save the changes to %1 before closing?</source>
            <translation>¿Guardar los cambios de %1 antes de cerrar?</translation>
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
            <translation>Secciones de SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters status</source>
            <translation>Estado de SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;View in SmartRecruiters</source>
            <translation>&amp;Ver en SmartRecruiters</translation>
        </message>
        <message>
            <source>Open this candidate in SmartRecruiters</source>
            <translation>Abrir este candidato en SmartRecruiters</translation>
        </message>
        <message>
            <source>Where each value came from</source>
            <translation>Origen de cada valor</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Came from</source>
            <translation>Procedencia</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Sync as status</source>
            <translation>Sincronizar con el estado</translation>
        </message>
        <message>
            <source>Save “Sync as”</source>
            <translation>Guardar “Sincronizar como”</translation>
        </message>
        <message>
            <source>Save the sync settings for this candidate</source>
            <translation>Guardar la configuración de sincronización de este candidato</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Revertir</translation>
        </message>
        <message>
            <source>Drop the unsaved sync settings</source>
            <translation>Descartar la configuración de sincronización sin guardar</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Archivos adjuntos</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Añadido</translation>
        </message>
        <message>
            <source>In SmartRecruiters</source>
            <translation>En SmartRecruiters</translation>
        </message>
        <message>
            <source>Attachment kind</source>
            <translation>Tipo de archivo adjunto</translation>
        </message>
        <message>
            <source>&amp;Add file…</source>
            <translation>&amp;Añadir archivo…</translation>
        </message>
        <message>
            <source>Attach a file to send to SmartRecruiters</source>
            <translation>Adjuntar un archivo para enviarlo a SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters</source>
            <translation>SmartRecruiters</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Sync as</source>
            <translation>Sincronizar como</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Where each value came from:</source>
            <translation>Origen de cada valor:</translation>
        </message>
        <message>
            <source>How this person is synced, when it should differ from the campaign and your settings.</source>
            <translation>Cómo se sincroniza esta persona, cuando debe diferir de la campaña y de su configuración.</translation>
        </message>
        <message>
            <source>CV / résumé</source>
            <translation>CV / currículum</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Otro documento</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>The SmartRecruiters link could not be read: %1</source>
            <translation>No se pudo leer el vínculo con SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>created by Sourcedesk</source>
            <translation>creado por Sourcedesk</translation>
        </message>
        <message>
            <source>matched to an existing SmartRecruiters candidate</source>
            <translation>asociado a un candidato existente de SmartRecruiters</translation>
        </message>
        <message>
            <source>linked by hand</source>
            <translation>vinculado manualmente</translation>
        </message>
        <message>
            <source>In SmartRecruiters as candidate %1 (%2, %3).</source>
            <translation>En SmartRecruiters como candidato %1 (%2, %3).</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Etiquetas: %1</translation>
        </message>
        <message>
            <source>Not in SmartRecruiters yet. Push the person from a campaign, or let the campaign's sync settings add them.</source>
            <translation>Aún no está en SmartRecruiters. Envíe a la persona desde una campaña o deje que la configuración de sincronización de la campaña la añada.</translation>
        </message>
        <message>
            <source>A possible match in SmartRecruiters waits for review: %1</source>
            <translation>Una posible coincidencia en SmartRecruiters está pendiente de revisión: %1</translation>
        </message>
        <message>
            <source>Not linked to a SmartRecruiters candidate yet</source>
            <translation>Aún no vinculado a un candidato de SmartRecruiters</translation>
        </message>
        <message>
            <source>Typed in Sourcedesk</source>
            <translation>Escrito en Sourcedesk</translation>
        </message>
        <message>
            <source>CSV import</source>
            <translation>Importación CSV</translation>
        </message>
        <message>
            <source>Command line</source>
            <translation>Línea de comandos</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>Datos de ejemplo</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Todavía no</translation>
        </message>
        <message>
            <source>Uploaded</source>
            <translation>Cargado</translation>
        </message>
        <message>
            <source>Attachments (%1)</source>
            <translation>Archivos adjuntos (%1)</translation>
        </message>
        <message>
            <source>View in SmartRecruiters</source>
            <translation>Ver en SmartRecruiters</translation>
        </message>
        <message>
            <source>No web browser could open %1.</source>
            <translation>Ningún navegador web pudo abrir %1.</translation>
        </message>
        <message>
            <source>Attach a file to %1</source>
            <translation>Adjuntar un archivo a %1</translation>
        </message>
        <message>
            <source>Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt);;All files (*)</source>
            <translation>Documentos (*.pdf *.doc *.docx *.odt *.rtf *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>No se pudo leer %1: %2</translation>
        </message>
        <message>
            <source>%1 is larger than %2 MB; SmartRecruiters would refuse it.</source>
            <translation>%1 supera los %2 MB; SmartRecruiters lo rechazaría.</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 está vacío.</translation>
        </message>
        <message>
            <source>Add file</source>
            <translation>Añadir archivo</translation>
        </message>
        <message>
            <source>The file was not attached: %1</source>
            <translation>No se adjuntó el archivo: %1</translation>
        </message>
        <message>
            <source>The file is attached, but it could not be queued for SmartRecruiters: %1</source>
            <translation>El archivo está adjunto, pero no se pudo poner en cola para SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>No guardado: %1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CandidatesView</name>
        <message>
            <source>Search candidates</source>
            <translation>Buscar candidatos</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidatos</translation>
        </message>
        <message>
            <source>Candidates shown</source>
            <translation>Candidatos mostrados</translation>
        </message>
        <message>
            <source>Search name, email, company, title, location or tag (Ctrl+F)</source>
            <translation>Buscar nombre, correo, empresa, cargo, ubicación o etiqueta (Ctrl+F)</translation>
        </message>
        <message>
            <source>Clear search</source>
            <translation>Borrar búsqueda</translation>
        </message>
        <message>
            <source>&amp;New candidate…</source>
            <translation>&amp;Nuevo candidato…</translation>
        </message>
        <message>
            <source>Add to &amp;campaign…</source>
            <translation>Añadir a &amp;campaña…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Eliminar…</translation>
        </message>
        <message>
            <source>&amp;Open profile</source>
            <translation>&amp;Abrir perfil</translation>
        </message>
        <message>
            <source>E&amp;xport these to CSV…</source>
            <translation>E&amp;xportar estos a CSV…</translation>
        </message>
        <message>
            <source>The candidates could not be loaded: %1</source>
            <translation>No se pudieron cargar los candidatos: %1</translation>
        </message>
        <message>
            <source>No candidates yet. Import a CSV file or add one with “New candidate…”.</source>
            <translation>Todavía no hay candidatos. Importe un archivo CSV o añada uno con “Nuevo candidato…”.</translation>
        </message>
        <message>
            <source>No candidates match “%1”.</source>
            <translation>Ningún candidato coincide con “%1”.</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first %n candidates; scroll for more.</source>
            <translation>
                <numerusform>Se muestra %n candidato; desplácese para ver más.</numerusform>
                <numerusform>Se muestran los primeros %n candidatos; desplácese para ver más.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n candidates</source>
            <translation>
                <numerusform>%n candidato</numerusform>
                <numerusform>%n candidatos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Add %n candidates to which campaign?</source>
            <translation>
                <numerusform>¿A qué campaña desea añadir %n candidato?</numerusform>
                <numerusform>¿A qué campaña desea añadir %n candidatos?</numerusform>
            </translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Añadir a la campaña</translation>
        </message>
        <message>
            <source>The candidates could not be added: %1</source>
            <translation>No se pudieron añadir los candidatos: %1</translation>
        </message>
        <message>
            <source>Delete candidates</source>
            <translation>Eliminar candidatos</translation>
        </message>
        <message>
            <source>%1 deleted</source>
            <translation>%1 eliminado</translation>
        </message>
        <message numerus="yes">
            <source>%n candidates deleted</source>
            <translation>
                <numerusform>%n candidato eliminado</numerusform>
                <numerusform>%n candidatos eliminados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n candidates restored</source>
            <translation>
                <numerusform>%n candidato restaurado</numerusform>
                <numerusform>%n candidatos restaurados</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete %1 with their activities and campaign memberships? You can undo it right after (%2).</source>
            <translation>¿Eliminar %1 con sus actividades y su pertenencia a campañas? Puede deshacerlo justo después (%2).</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n candidates with their activities and campaign memberships? You can undo it right after (%1).</source>
            <translation>
                <numerusform>¿Eliminar %n candidato con sus actividades y su pertenencia a campañas? Puede deshacerlo justo después (%1).</numerusform>
                <numerusform>¿Eliminar %n candidatos con sus actividades y su pertenencia a campañas? Puede deshacerlo justo después (%1).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ChartPanel</name>
        <message>
            <source>%1 chart</source>
            <translation>Gráfico de %1</translation>
        </message>
        <message>
            <source>No data for this range</source>
            <translation>No hay datos para este intervalo</translation>
        </message>
        <message>
            <source>%1: no data</source>
            <translation>%1: sin datos</translation>
        </message>
        <message>
            <source>%1 summary</source>
            <translation>Resumen de %1</translation>
        </message>
        <message>
            <source>Export &amp;PNG…</source>
            <translation>Exportar &amp;PNG…</translation>
        </message>
        <message>
            <source>Export the %1 chart as a PNG image</source>
            <translation>Exportar el gráfico de %1 como imagen PNG</translation>
        </message>
        <message>
            <source>Export C&amp;SV…</source>
            <translation>Exportar C&amp;SV…</translation>
        </message>
        <message>
            <source>Export the %1 numbers as CSV</source>
            <translation>Exportar las cifras de %1 como CSV</translation>
        </message>
        <message>
            <source>Ctrl+Shift+P exports this chart as PNG, Ctrl+Shift+C its numbers as CSV.</source>
            <translation>Ctrl+Shift+P exporta este gráfico como PNG y Ctrl+Shift+C sus cifras como CSV.</translation>
        </message>
        <message>
            <source>Save the chart as a PNG image (Ctrl+Shift+P)</source>
            <translation>Guardar el gráfico como imagen PNG (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Save the numbers as a CSV file (Ctrl+Shift+C)</source>
            <translation>Guardar las cifras como archivo CSV (Ctrl+Shift+C)</translation>
        </message>
        <message>
            <source>Export %1 as PNG</source>
            <translation>Exportar %1 como PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Error de exportación</translation>
        </message>
        <message>
            <source>The chart could not be saved to %1. Choose a folder you can write to and try again.</source>
            <translation>No se pudo guardar el gráfico en %1. Elija una carpeta en la que pueda escribir e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Export %1 as CSV</source>
            <translation>Exportar %1 como CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>The numbers could not be saved to %1 (%2). Choose a folder you can write to and try again.</source>
            <translation>No se pudieron guardar las cifras en %1 (%2). Elija una carpeta en la que pueda escribir e inténtelo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::CsvExportRunner</name>
        <message>
            <source>Export cancelled</source>
            <translation>Exportación cancelada</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
        </message>
        <message>
            <source>The export failed: %1</source>
            <translation>Error en la exportación: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::DoNotContactPage</name>
        <message>
            <source>Filter the do-not-contact list</source>
            <translation>Filtrar la lista de no contactar</translation>
        </message>
        <message>
            <source>Do-not-contact list</source>
            <translation>Lista de no contactar</translation>
        </message>
        <message>
            <source>Email or domain to add</source>
            <translation>Correo o dominio que añadir</translation>
        </message>
        <message>
            <source>Email or domain</source>
            <translation>Correo o dominio</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>Add to the list</source>
            <translation>Añadir a la lista</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Remove the selected entries</source>
            <translation>Quitar las entradas seleccionadas</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Import emails and domains from a file</source>
            <translation>Importar correos y dominios desde un archivo</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Export the list to a CSV file</source>
            <translation>Exportar la lista a un archivo CSV</translation>
        </message>
        <message>
            <source>Last import or change</source>
            <translation>Última importación o cambio</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>No contactar</translation>
        </message>
        <message>
            <source>Sequences never write to these emails, nor to anyone at these domains (subdomains included).</source>
            <translation>Las secuencias nunca escriben a estos correos ni a nadie de estos dominios (subdominios incluidos).</translation>
        </message>
        <message>
            <source>About the do-not-contact list</source>
            <translation>Acerca de la lista de no contactar</translation>
        </message>
        <message>
            <source>Filter…</source>
            <translation>Filtrar…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>Añadido por</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Añadido</translation>
        </message>
        <message>
            <source>ana@example.com or example.com</source>
            <translation>ana@example.com o example.com</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automático</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Dominio</translation>
        </message>
        <message>
            <source>Why (optional)</source>
            <translation>Motivo (opcional)</translation>
        </message>
        <message>
            <source>Remove from the do-not-contact list</source>
            <translation>Quitar de la lista de no contactar</translation>
        </message>
        <message>
            <source>Type an email address or a domain to add.</source>
            <translation>Escriba una dirección de correo electrónico o un dominio para añadir.</translation>
        </message>
        <message>
            <source>Added %1.</source>
            <translation>Se añadió %1.</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n entries.</source>
            <translation>
                <numerusform>Se quitó %n entrada.</numerusform>
                <numerusform>Se quitaron %n entradas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Removed %n entries; %1</source>
            <translation>
                <numerusform>Se quitó %n entrada; %1</numerusform>
                <numerusform>Se quitaron %n entradas; %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Import do-not-contact list</source>
            <translation>Importar lista de no contactar</translation>
        </message>
        <message>
            <source>Lists (*.txt *.csv);;All files (*)</source>
            <translation>Listas (*.txt *.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>No se pudo abrir %1: %2</translation>
        </message>
        <message>
            <source>Imported from %1</source>
            <translation>Importado de %1</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>línea %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n entries.</source>
            <translation>
                <numerusform>Se importó %n entrada.</numerusform>
                <numerusform>Se importaron %n entradas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already listed.</source>
            <translation>
                <numerusform>%n ya estaba en la lista.</numerusform>
                <numerusform>%n ya estaban en la lista.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lines skipped:</source>
            <translation>
                <numerusform>%n línea omitida:</numerusform>
                <numerusform>%n líneas omitidas:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… y %n más.</numerusform>
                <numerusform>… y %n más.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export do-not-contact list</source>
            <translation>Exportar lista de no contactar</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n entries to %1.</source>
            <translation>
                <numerusform>Se exportó %n entrada a %1.</numerusform>
                <numerusform>Se exportaron %n entradas a %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::DuplicatePrompt</name>
        <message>
            <source>the same email address</source>
            <translation>la misma dirección de correo electrónico</translation>
        </message>
        <message>
            <source>the same LinkedIn profile</source>
            <translation>el mismo perfil de LinkedIn</translation>
        </message>
        <message>
            <source>the same name at the same company</source>
            <translation>el mismo nombre en la misma empresa</translation>
        </message>
        <message>
            <source>This person is already in the workspace (%1):</source>
            <translation>Esta persona ya está en el espacio de trabajo (%1):</translation>
        </message>
        <message>
            <source>Merge adds the new details to the existing record without overwriting anything stored. Skip keeps the existing record as it is and opens it.</source>
            <translation>Combinar añade los datos nuevos al registro existente sin sobrescribir nada de lo guardado. Omitir conserva el registro existente tal como está y lo abre.</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Posible duplicado</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::EnrollDialog</name>
        <message>
            <source>On the do-not-contact list (%1): can't be enrolled</source>
            <translation>En la lista de no contactar (%1): no se puede inscribir</translation>
        </message>
        <message>
            <source>In a teammate's campaign: %1</source>
            <translation>En la campaña de un compañero: %1</translation>
        </message>
        <message>
            <source>Already in another of your campaigns: %1</source>
            <translation>Ya está en otra de sus campañas: %1</translation>
        </message>
        <message>
            <source>Contacted on %1</source>
            <translation>Contactado el %1</translation>
        </message>
        <message>
            <source>Contacted on %1 (%2)</source>
            <translation>Contactado el %1 (%2)</translation>
        </message>
        <message>
            <source>Active SmartRecruiters application: %1</source>
            <translation>Candidatura activa en SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>No email address</source>
            <translation>Sin dirección de correo electrónico</translation>
        </message>
        <message>
            <source>Before enrolling</source>
            <translation>Antes de inscribir</translation>
        </message>
        <message>
            <source>Warnings per person</source>
            <translation>Advertencias por persona</translation>
        </message>
        <message>
            <source>Enrolment result</source>
            <translation>Resultado de la inscripción</translation>
        </message>
        <message>
            <source>Enroll &amp;anyway</source>
            <translation>Inscribir &amp;de todos modos</translation>
        </message>
        <message>
            <source>Enroll anyway</source>
            <translation>Inscribir de todos modos</translation>
        </message>
        <message>
            <source>Enroll only those &amp;without warnings</source>
            <translation>Inscribir solo a los que no tienen &amp;advertencias</translation>
        </message>
        <message>
            <source>Enroll only those without warnings</source>
            <translation>Inscribir solo a los que no tienen advertencias</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Botones del cuadro de diálogo</translation>
        </message>
        <message>
            <source>Enroll in sequence</source>
            <translation>Inscribir en secuencia</translation>
        </message>
        <message>
            <source>Nobody was enrolled: %1</source>
            <translation>No se inscribió a nadie: %1</translation>
        </message>
        <message numerus="yes">
            <source>Some of the %n selected people need a second look before they get outreach:</source>
            <translation>
                <numerusform>%n de las personas seleccionadas necesita una segunda revisión antes de recibir mensajes de contacto:</numerusform>
                <numerusform>Algunas de las %n personas seleccionadas necesitan una segunda revisión antes de recibir mensajes de contacto:</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — won't be enrolled</source>
            <translation>%1 — no se inscribirá</translation>
        </message>
        <message>
            <source>Enrolled %1; %2 refused.</source>
            <translation>Inscritos: %1; rechazados: %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n left out because of warnings.</source>
            <translation>
                <numerusform>%n excluido por advertencias.</numerusform>
                <numerusform>%n excluidos por advertencias.</numerusform>
            </translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Hecho.</translation>
        </message>
        <message>
            <source>Warnings for the selected people:</source>
            <translation>Advertencias para las personas seleccionadas:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Candidate %1</source>
            <translation>Candidato %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FieldMappingEditor</name>
        <message>
            <source>Contact fields mapping</source>
            <translation>Asignación de campos de contacto</translation>
        </message>
        <message>
            <source>&amp;Add field</source>
            <translation>&amp;Añadir campo</translation>
        </message>
        <message>
            <source>Add a mapped field</source>
            <translation>Añadir un campo asignado</translation>
        </message>
        <message>
            <source>&amp;Remove field</source>
            <translation>&amp;Quitar campo</translation>
        </message>
        <message>
            <source>Remove the selected mapped fields</source>
            <translation>Quitar los campos asignados seleccionados</translation>
        </message>
        <message>
            <source>Restore &amp;defaults</source>
            <translation>Restaurar valores &amp;predeterminados</translation>
        </message>
        <message>
            <source>Restore the built-in mapping</source>
            <translation>Restaurar la asignación integrada</translation>
        </message>
        <message>
            <source>Mapping problems</source>
            <translation>Problemas de asignación</translation>
        </message>
        <message>
            <source>SmartRecruiters field</source>
            <translation>Campo de SmartRecruiters</translation>
        </message>
        <message>
            <source>Sourcedesk field or template</source>
            <translation>Campo o plantilla de Sourcedesk</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Type property:&lt;id&gt; for a SmartRecruiters candidate property, or a template such as {title} at {company}.</source>
            <translation>Escriba property:&lt;id&gt; para una propiedad de candidato de SmartRecruiters, o una plantilla como {title} at {company}.</translation>
        </message>
        <message>
            <source>SmartRecruiters field, row %1</source>
            <translation>Campo de SmartRecruiters, fila %1</translation>
        </message>
        <message>
            <source>Sourcedesk field or template for %1</source>
            <translation>Campo o plantilla de Sourcedesk para %1</translation>
        </message>
        <message>
            <source>Update rule for %1</source>
            <translation>Regla de actualización para %1</translation>
        </message>
        <message>
            <source>Property fields are checked against SmartRecruiters once you are connected.</source>
            <translation>Los campos de propiedad se comprueban con SmartRecruiters en cuanto se conecte.</translation>
        </message>
        <message>
            <source>Why the mapping cannot be changed</source>
            <translation>Por qué no se puede cambiar la asignación</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunConnectPage</name>
        <message>
            <source>Try the &amp;local sandbox (demo data)</source>
            <translation>Probar el entorno de pruebas &amp;local (datos de demostración)</translation>
        </message>
        <message>
            <source>Try the local sandbox</source>
            <translation>Probar el entorno de pruebas local</translation>
        </message>
        <message>
            <source>SmartRecruiters connection</source>
            <translation>Conexión con SmartRecruiters</translation>
        </message>
        <message>
            <source>Problem with the sandbox</source>
            <translation>Problema con el entorno de pruebas</translation>
        </message>
        <message>
            <source>Connection form</source>
            <translation>Formulario de conexión</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters</source>
            <translation>Conectar a SmartRecruiters</translation>
        </message>
        <message>
            <source>Sign in with your SmartRecruiters account, or paste an API key. Sourcedesk then adds candidates, writes your outreach as notes and brings hiring stages back. You can skip this and connect later in Settings → Integration: SmartRecruiters.</source>
            <translation>Inicie sesión con su cuenta de SmartRecruiters o pegue una clave de API. Después, Sourcedesk añade candidatos, escribe su contacto como notas y trae de vuelta las etapas de contratación. Puede omitir este paso y conectarse más tarde en Configuración → Integración: SmartRecruiters.</translation>
        </message>
        <message>
            <source>Connects to the SmartRecruiters emulator that ./scripts/run.sh starts, with demo jobs and candidates. Nothing leaves this computer.</source>
            <translation>Se conecta al emulador de SmartRecruiters que inicia ./scripts/run.sh, con puestos y candidatos de demostración. Nada sale de este equipo.</translation>
        </message>
        <message>
            <source>The local sandbox offers no demo API key. Connect with the form below instead.</source>
            <translation>El entorno de pruebas local no ofrece ninguna clave de API de demostración. Conéctese con el formulario de abajo.</translation>
        </message>
        <message>
            <source>Connect later in Settings → Integration: SmartRecruiters.</source>
            <translation>Conéctese más tarde en Configuración → Integración: SmartRecruiters.</translation>
        </message>
        <message>
            <source>Connected as %1 at %2. Press Next to choose what is synchronised.</source>
            <translation>Conectado como %1 en %2. Pulse Siguiente para elegir qué se sincroniza.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>Not connected yet. Connect below, or press Next to skip this step.</source>
            <translation>Aún no está conectado. Conéctese abajo o pulse Siguiente para omitir este paso.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunImportPage</name>
        <message>
            <source>Import your first candidates</source>
            <translation>Importe sus primeros candidatos</translation>
        </message>
        <message>
            <source>Bring a CSV export from SourceWhale, Gem, LinkedIn Recruiter, Google Contacts or a spreadsheet. You see how the columns map before anything is stored.</source>
            <translation>Traiga una exportación CSV de SourceWhale, Gem, LinkedIn Recruiter, Google Contacts o una hoja de cálculo. Verá cómo se asignan las columnas antes de que se guarde nada.</translation>
        </message>
        <message>
            <source>&amp;Import a CSV file…</source>
            <translation>&amp;Importar un archivo CSV…</translation>
        </message>
        <message>
            <source>Import a CSV file</source>
            <translation>Importar un archivo CSV</translation>
        </message>
        <message>
            <source>Import result</source>
            <translation>Resultado de la importación</translation>
        </message>
        <message>
            <source>Or skip this step: File → Import CSV… (Ctrl+I), or drop a .csv file on the window, any time.</source>
            <translation>O bien omita este paso: Archivo → Importar CSV… (Ctrl+I), o suelte un archivo .csv en la ventana, en cualquier momento.</translation>
        </message>
        <message>
            <source>Imported: %1</source>
            <translation>Importado: %1</translation>
        </message>
        <message>
            <source>Importing later</source>
            <translation>Importar más tarde</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunSummaryPage</name>
        <message>
            <source>Setup summary</source>
            <translation>Resumen de la configuración</translation>
        </message>
        <message>
            <source>You are set up</source>
            <translation>Todo está listo</translation>
        </message>
        <message>
            <source>This is what is set now. Everything can be changed later in Settings (Ctrl+3).</source>
            <translation>Esto es lo que está configurado ahora. Todo se puede cambiar más tarde en Configuración (Ctrl+3).</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Espacio de trabajo</translation>
        </message>
        <message>
            <source>SmartRecruiters</source>
            <translation>SmartRecruiters</translation>
        </message>
        <message>
            <source>Jobs offered for campaigns</source>
            <translation>Puestos ofrecidos para campañas</translation>
        </message>
        <message>
            <source>Add to SmartRecruiters</source>
            <translation>Añadir a SmartRecruiters</translation>
        </message>
        <message>
            <source>First import</source>
            <translation>Primera importación</translation>
        </message>
        <message>
            <source>Run this setup again any time: Settings → Workspace → Run setup again…</source>
            <translation>Vuelva a ejecutar esta configuración cuando quiera: Configuración → Espacio de trabajo → Volver a ejecutar la configuración inicial…</translation>
        </message>
        <message>
            <source>Change it in %1.</source>
            <translation>Cámbielo en %1.</translation>
        </message>
        <message>
            <source>On this computer: %1</source>
            <translation>En este equipo: %1</translation>
        </message>
        <message>
            <source>Settings → Workspace</source>
            <translation>Configuración → Espacio de trabajo</translation>
        </message>
        <message>
            <source>Not connected. Sourcedesk works without it; nothing is sent to SmartRecruiters.</source>
            <translation>No conectado. Sourcedesk funciona sin ello; no se envía nada a SmartRecruiters.</translation>
        </message>
        <message>
            <source>Connected as %1 (%2) at %3, on %4.</source>
            <translation>Conectado como %1 (%2) en %3, el %4.</translation>
        </message>
        <message>
            <source>an unnamed company</source>
            <translation>una empresa sin nombre</translation>
        </message>
        <message>
            <source>Settings → Integration: SmartRecruiters</source>
            <translation>Configuración → Integración: SmartRecruiters</translation>
        </message>
        <message>
            <source>None: campaigns can only be linked to the talent pool.</source>
            <translation>Ninguno: las campañas solo se pueden vincular al talent pool.</translation>
        </message>
        <message>
            <source>Jobs with status %1.</source>
            <translation>Puestos con estado %1.</translation>
        </message>
        <message>
            <source>Settings → SmartRecruiters sync → Team defaults → Job information</source>
            <translation>Configuración → Sincronización con SmartRecruiters → Valores predeterminados del equipo → Información del puesto</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Settings → SmartRecruiters sync → My settings → Adding to SmartRecruiters</source>
            <translation>Configuración → Sincronización con SmartRecruiters → Mi configuración → Añadir a SmartRecruiters</translation>
        </message>
        <message>
            <source>Nothing imported yet.</source>
            <translation>Todavía no se ha importado nada.</translation>
        </message>
        <message>
            <source>File → Import CSV… (Ctrl+I)</source>
            <translation>Archivo → Importar CSV… (Ctrl+I)</translation>
        </message>
        <message>
            <source>Running the setup again</source>
            <translation>Volver a ejecutar la configuración inicial</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunSyncPage</name>
        <message>
            <source>About the job statuses</source>
            <translation>Acerca de los estados de puesto</translation>
        </message>
        <message>
            <source>About adding</source>
            <translation>Acerca de añadir</translation>
        </message>
        <message>
            <source>Problem saving the choices</source>
            <translation>Problema al guardar las opciones</translation>
        </message>
        <message>
            <source>What is synchronised</source>
            <translation>Qué se sincroniza</translation>
        </message>
        <message>
            <source>The two choices you knew from SourceWhale or Gem. Everything else has sensible defaults in Settings → SmartRecruiters sync.</source>
            <translation>Las dos opciones que ya conoce de SourceWhale o Gem. Todo lo demás tiene valores predeterminados razonables en Configuración → Sincronización con SmartRecruiters.</translation>
        </message>
        <message>
            <source>Jobs a campaign can be linked to</source>
            <translation>Puestos a los que se puede vincular una campaña</translation>
        </message>
        <message>
            <source>Job status whitelist</source>
            <translation>Lista de estados de puesto permitidos</translation>
        </message>
        <message>
            <source>Offer jobs with status %1</source>
            <translation>Ofrecer puestos con estado %1</translation>
        </message>
        <message>
            <source>Add people to SmartRecruiters</source>
            <translation>Añadir personas a SmartRecruiters</translation>
        </message>
        <message>
            <source>When to add people to SmartRecruiters</source>
            <translation>Cuándo añadir personas a SmartRecruiters</translation>
        </message>
        <message>
            <source>Add to SmartRecruiters: %1</source>
            <translation>Añadir a SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>Saved as your own setting; campaigns and candidates can still override it.</source>
            <translation>Guardado como su propia configuración; las campañas y los candidatos aún pueden anularla.</translation>
        </message>
        <message>
            <source>Your team fixed this choice (%1). Ask your team admin to change it.</source>
            <translation>Su equipo fijó esta opción (%1). Pida al administrador de su equipo que la cambie.</translation>
        </message>
        <message>
            <source>The current sync settings could not be read (%1); the built-in defaults are shown.</source>
            <translation>No se pudo leer la configuración de sincronización actual (%1); se muestran los valores predeterminados integrados.</translation>
        </message>
        <message>
            <source>No status chosen: campaigns can then only be linked to the talent pool.</source>
            <translation>Ningún estado elegido: las campañas solo se podrán vincular al talent pool.</translation>
        </message>
        <message>
            <source>A team default: it applies to everyone in this workspace.</source>
            <translation>Un valor predeterminado del equipo: se aplica a todos en este espacio de trabajo.</translation>
        </message>
        <message>
            <source>Not saved: %1
Change the choice, or skip this step and set it later in Settings → SmartRecruiters sync.</source>
            <translation>No guardado: %1
Cambie la opción u omita este paso y establézcala más tarde en Configuración → Sincronización con SmartRecruiters.</translation>
        </message>
        <message>
            <source>About the job status whitelist</source>
            <translation>Acerca de la lista de estados de puesto permitidos</translation>
        </message>
        <message>
            <source>About adding to SmartRecruiters</source>
            <translation>Acerca de añadir a SmartRecruiters</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunWizard</name>
        <message>
            <source>Set up Sourcedesk</source>
            <translation>Configurar Sourcedesk</translation>
        </message>
        <message>
            <source>Skip set&amp;up</source>
            <translation>Omitir la &amp;configuración</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Volver al paso anterior</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Paso siguiente</translation>
        </message>
        <message>
            <source>Finish the setup</source>
            <translation>Finalizar la configuración</translation>
        </message>
        <message>
            <source>Skip setup</source>
            <translation>Omitir la configuración</translation>
        </message>
        <message>
            <source>Skip the rest of the setup (Esc). Run it again any time from Settings → Workspace.</source>
            <translation>Omitir el resto de la configuración (Esc). Puede volver a ejecutarla en cualquier momento desde Configuración → Espacio de trabajo.</translation>
        </message>
        <message>
            <source>Next step (Alt+N or Enter)</source>
            <translation>Paso siguiente (Alt+S o Intro)</translation>
        </message>
        <message>
            <source>Previous step (Alt+B)</source>
            <translation>Paso anterior (Alt+A)</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::FirstRunWorkspacePage</name>
        <message>
            <source>Where your work is kept</source>
            <translation>Dónde se guarda su trabajo</translation>
        </message>
        <message>
            <source>Sourcedesk keeps your campaigns, candidates and outreach in a workspace. It is fast with a million candidates and works offline.</source>
            <translation>Sourcedesk guarda sus campañas, candidatos y contactos en un espacio de trabajo. Es rápido con un millón de candidatos y funciona sin conexión.</translation>
        </message>
        <message>
            <source>&amp;This computer (a local workspace)</source>
            <translation>&amp;Este equipo (un espacio de trabajo local)</translation>
        </message>
        <message>
            <source>Local workspace on this computer</source>
            <translation>Espacio de trabajo local en este equipo</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Archivo del espacio de trabajo</translation>
        </message>
        <message>
            <source>Everything is saved in this file:</source>
            <translation>Todo se guarda en este archivo:</translation>
        </message>
        <message>
            <source>Team workspace (PostgreSQL)</source>
            <translation>Espacio de trabajo de equipo (PostgreSQL)</translation>
        </message>
        <message>
            <source>Team workspace</source>
            <translation>Espacio de trabajo de equipo</translation>
        </message>
        <message>
            <source>About team workspaces</source>
            <translation>Acerca de los espacios de trabajo de equipo</translation>
        </message>
        <message>
            <source>To use another file later: Settings → Workspace, or File → Open workspace… (%1).</source>
            <translation>Para usar otro archivo más adelante: Configuración → Espacio de trabajo, o Archivo → Abrir espacio de trabajo… (%1).</translation>
        </message>
        <message>
            <source>About the workspace file</source>
            <translation>Acerca del archivo del espacio de trabajo</translation>
        </message>
        <message>
            <source>Using another workspace later</source>
            <translation>Usar otro espacio de trabajo más adelante</translation>
        </message>
        <message>
            <source>You are in the team workspace %1.</source>
            <translation>Está en el espacio de trabajo de equipo %1.</translation>
        </message>
        <message>
            <source>Shared with your team on your company's PostgreSQL server. Choose it and Next to connect; your admin gives you the server, database and login</source>
            <translation>Compartido con su equipo en el servidor PostgreSQL de su empresa. Elíjalo y pulse Siguiente para conectarse; su administrador le facilita el servidor, la base de datos y el inicio de sesión</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::GuideDialog</name>
        <message>
            <source>Getting started guide</source>
            <translation>Guía de introducción</translation>
        </message>
        <message>
            <source>Getting started with Sourcedesk</source>
            <translation>Introducción a Sourcedesk</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Botones del cuadro de diálogo</translation>
        </message>
        <message>
            <source>Connect SmartRecruiters</source>
            <translation>Conectar SmartRecruiters</translation>
        </message>
        <message>
            <source>Campaigns and importing</source>
            <translation>Campañas e importación</translation>
        </message>
        <message>
            <source>Sequences and your mailbox</source>
            <translation>Secuencias y su buzón</translation>
        </message>
        <message>
            <source>Replies and tasks</source>
            <translation>Respuestas y tareas</translation>
        </message>
        <message>
            <source>The sync log and what needs attention</source>
            <translation>El registro de sincronización y lo que requiere atención</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Métodos abreviados de teclado</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>Introducción</translation>
        </message>
        <message>
            <source>Sourcedesk is where you source and contact candidates; SmartRecruiters stays your ATS. These steps take you from an empty workspace to your first candidates in SmartRecruiters.</source>
            <translation>Sourcedesk es donde busca y contacta candidatos; SmartRecruiters sigue siendo su ATS. Estos pasos le llevan de un espacio de trabajo vacío a sus primeros candidatos en SmartRecruiters.</translation>
        </message>
        <message>
            <source>Open &lt;b&gt;Settings → Integration: SmartRecruiters&lt;/b&gt; (%1 shows Settings). Choose &lt;i&gt;Sign in with SmartRecruiters&lt;/i&gt;, click &lt;b&gt;Connect&lt;/b&gt;, log in and click &lt;i&gt;Allow access&lt;/i&gt;; or paste an API key from your SmartRecruiters admin. &lt;b&gt;Test integration&lt;/b&gt; lists the permissions that are granted, and &lt;b&gt;Insert test candidate&lt;/b&gt; shows you what a push looks like.</source>
            <translation>Abra &lt;b&gt;Configuración → Integración: SmartRecruiters&lt;/b&gt; (%1 muestra Configuración). Elija &lt;i&gt;Iniciar sesión con SmartRecruiters&lt;/i&gt;, haga clic en &lt;b&gt;Conectar&lt;/b&gt;, inicie sesión y haga clic en &lt;i&gt;Permitir acceso&lt;/i&gt;; o pegue una clave de API que le haya dado su administrador de SmartRecruiters. &lt;b&gt;Probar integración&lt;/b&gt; enumera los permisos concedidos, e &lt;b&gt;Insertar candidato de prueba&lt;/b&gt; le muestra cómo es un envío.</translation>
        </message>
        <message>
            <source>On &lt;b&gt;Settings → SmartRecruiters sync&lt;/b&gt; decide when a person is added to SmartRecruiters (when added to a campaign, only when they reply, or only when they are interested), which fields are mandatory, and whether each field is &lt;i&gt;always updated&lt;/i&gt; or &lt;i&gt;only updated if blank&lt;/i&gt;. Team defaults apply to everyone; a locked default cannot be changed.</source>
            <translation>En &lt;b&gt;Configuración → Sincronización con SmartRecruiters&lt;/b&gt; decida cuándo se añade una persona a SmartRecruiters (al añadirla a una campaña, solo cuando responda o solo cuando esté interesada), qué campos son obligatorios y si cada campo se &lt;i&gt;actualiza siempre&lt;/i&gt; o &lt;i&gt;solo si está vacío&lt;/i&gt;. Los valores predeterminados del equipo se aplican a todos; un valor predeterminado bloqueado no se puede cambiar.</translation>
        </message>
        <message>
            <source>On &lt;b&gt;Settings → Hiring stages&lt;/b&gt; download the stages from SmartRecruiters, map every stage to a pipeline status and save. The stage sync then moves your campaign members once a day.</source>
            <translation>En &lt;b&gt;Configuración → Etapas de contratación&lt;/b&gt; descargue las etapas de SmartRecruiters, asigne cada etapa a un estado del pipeline y guarde. Después, la sincronización de etapas mueve a los miembros de sus campañas una vez al día.</translation>
        </message>
        <message>
            <source>Create a campaign with &lt;b&gt;File → New campaign&lt;/b&gt; (%1) and link it to a SmartRecruiters job; the job status whitelist decides which jobs are offered.</source>
            <translation>Cree una campaña con &lt;b&gt;Archivo → Nueva campaña&lt;/b&gt; (%1) y vincúlela a un puesto de SmartRecruiters; la lista de estados de puesto permitidos decide qué puestos se ofrecen.</translation>
        </message>
        <message>
            <source>Bring people in with &lt;b&gt;File → Import CSV&lt;/b&gt; (%1): pick the file, match its columns to the candidate fields, and choose what happens to duplicates. &lt;b&gt;Search SmartRecruiters&lt;/b&gt; (%2) finds people already in your ATS.</source>
            <translation>Incorpore personas con &lt;b&gt;Archivo → Importar CSV&lt;/b&gt; (%1): elija el archivo, haga corresponder sus columnas con los campos del candidato y decida qué ocurre con los duplicados. &lt;b&gt;Buscar en SmartRecruiters&lt;/b&gt; (%2) encuentra personas que ya están en su ATS.</translation>
        </message>
        <message>
            <source>Set up &lt;b&gt;Settings → Mailbox&lt;/b&gt; first: your provider, address and password or token (kept in this computer's keychain), then &lt;b&gt;Test connection&lt;/b&gt;. Sending limits keep you clear of your provider's limits.</source>
            <translation>Configure primero &lt;b&gt;Configuración → Buzón&lt;/b&gt;: su proveedor, su dirección y su contraseña o token (guardados en el llavero de este equipo), y después &lt;b&gt;Probar conexión&lt;/b&gt;. Los límites de envío le mantienen dentro de los límites de su proveedor.</translation>
        </message>
        <message>
            <source>In a campaign, &lt;b&gt;Sequence…&lt;/b&gt; (%1) writes the steps: emails, LinkedIn steps and calls, with placeholders such as {firstName}. &lt;b&gt;Enroll in sequence…&lt;/b&gt; (%2) starts it for the selected members; people on the &lt;i&gt;Do not contact&lt;/i&gt; list are never enrolled.</source>
            <translation>En una campaña, &lt;b&gt;Secuencia…&lt;/b&gt; (%1) define los pasos: correos, pasos de LinkedIn y llamadas, con marcadores como {firstName}. &lt;b&gt;Inscribir en secuencia…&lt;/b&gt; (%2) la inicia para los miembros seleccionados; las personas de la lista &lt;i&gt;No contactar&lt;/i&gt; nunca se inscriben.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Replies&lt;/b&gt; (%1) shows the newest answers. Mark people interested (%2) or not interested (%3): with "only when they reply" or "only when they are interested" that is the moment they are added to SmartRecruiters.</source>
            <translation>&lt;b&gt;Respuestas&lt;/b&gt; (%1) muestra las respuestas más recientes. Marque a las personas como interesadas (%2) o no interesadas (%3): con "solo cuando responda" o "solo cuando esté interesado", ese es el momento en que se añaden a SmartRecruiters.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Today&lt;/b&gt; (%1) lists the LinkedIn steps, calls and other tasks due today or overdue.</source>
            <translation>&lt;b&gt;Hoy&lt;/b&gt; (%1) enumera los pasos de LinkedIn, las llamadas y otras tareas que vencen hoy o están atrasadas.</translation>
        </message>
        <message>
            <source>The &lt;b&gt;Sync log&lt;/b&gt; (%1) shows everything sent to SmartRecruiters. When SmartRecruiters refuses something, the status bar shows it in red: click it to see the jobs that need your attention, fix the cause and click &lt;b&gt;Retry&lt;/b&gt;.</source>
            <translation>El &lt;b&gt;Registro de sincronización&lt;/b&gt; (%1) muestra todo lo enviado a SmartRecruiters. Cuando SmartRecruiters rechaza algo, la barra de estado lo muestra en rojo: haga clic en ella para ver las operaciones que requieren su atención, corrija la causa y haga clic en &lt;b&gt;Reintentar&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>The &lt;b&gt;Review queue&lt;/b&gt; (%1) holds possible matches waiting for your decision; &lt;b&gt;Out of step&lt;/b&gt; (%2) lists candidates that differ between Sourcedesk and SmartRecruiters.</source>
            <translation>La &lt;b&gt;Cola de revisión&lt;/b&gt; (%1) contiene posibles coincidencias pendientes de su decisión; &lt;b&gt;Desincronizados&lt;/b&gt; (%2) enumera los candidatos que difieren entre Sourcedesk y SmartRecruiters.</translation>
        </message>
        <message>
            <source>Search everywhere</source>
            <translation>Buscar en todas partes</translation>
        </message>
        <message>
            <source>Find candidates</source>
            <translation>Buscar candidatos</translation>
        </message>
        <message>
            <source>New campaign</source>
            <translation>Nueva campaña</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>Importar CSV</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Exportar CSV</translation>
        </message>
        <message>
            <source>Campaigns, Candidates, Settings</source>
            <translation>Campañas, Candidatos, Configuración</translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>Registro de sincronización</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Today's tasks</source>
            <translation>Tareas de hoy</translation>
        </message>
        <message>
            <source>What's This? (then click a control)</source>
            <translation>¿Qué es esto? (y después haga clic en un control)</translation>
        </message>
        <message>
            <source>All keyboard shortcuts</source>
            <translation>Todos los métodos abreviados de teclado</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1, %2, %3</translation>
        </message>
        <message>
            <source>Every setting explains itself: hover over it, or press %1 and click it. &lt;b&gt;Help → Keyboard shortcuts&lt;/b&gt; lists every key of the window.</source>
            <translation>Cada opción se explica sola: pase el puntero por encima o pulse %1 y haga clic en ella. &lt;b&gt;Ayuda → Métodos abreviados de teclado&lt;/b&gt; enumera todas las teclas de la ventana.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::HelpMenu</name>
        <message>
            <source>Open log folder</source>
            <translation>Abrir carpeta de registros</translation>
        </message>
        <message>
            <source>No file manager could open the log folder. Open it yourself: %1</source>
            <translation>Ningún administrador de archivos pudo abrir la carpeta de registros. Ábrala usted mismo: %1</translation>
        </message>
        <message>
            <source>&amp;Getting started guide</source>
            <translation>&amp;Guía de introducción</translation>
        </message>
        <message>
            <source>A short guide from connecting SmartRecruiters to your first sequence</source>
            <translation>Una guía breve desde la conexión con SmartRecruiters hasta su primera secuencia</translation>
        </message>
        <message>
            <source>Click a setting to read what it does</source>
            <translation>Haga clic en una opción para leer lo que hace</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Abrir carpeta de &amp;registros</translation>
        </message>
        <message>
            <source>The application log, for support: %1</source>
            <translation>El registro de la aplicación, para el soporte técnico: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::HelpTexts</name>
        <message>
            <source>Sync manual contact updates: when someone on your team corrects a name, company, role, location or another contact field in Sourcedesk, the change is sent to the candidate's profile in SmartRecruiters as well.

Turn it off if SmartRecruiters is where your team keeps contact details up to date.</source>
            <translation>Sincronizar actualizaciones manuales de contacto: cuando alguien de su equipo corrige un nombre, una empresa, un puesto, una ubicación u otro campo de contacto en Sourcedesk, el cambio también se envía al perfil del candidato en SmartRecruiters.

Desactívelo si su equipo mantiene actualizados los datos de contacto en SmartRecruiters.</translation>
        </message>
        <message>
            <source>Add candidate to SmartRecruiters: the moment a person you sourced becomes a candidate in your SmartRecruiters talent pool.

"When added to a campaign" pushes everyone you add. "Only when they reply" waits for an answer to your outreach, "Only when they are interested" for a positive answer. "Don't add this contact" never creates them.</source>
            <translation>Añadir candidato a SmartRecruiters: el momento en que una persona que ha encontrado pasa a ser candidato en el talent pool de SmartRecruiters.

"Al añadirlo a una campaña" envía a todos los que añada. "Solo cuando responda" espera una respuesta a su mensaje de contacto; "Solo cuando esté interesado", una respuesta positiva. "No añadir este contacto" nunca los crea.</translation>
        </message>
        <message>
            <source>Only add notes to synced records: with "Only when they reply" or "Only when they are interested", your outreach notes are written only on candidates Sourcedesk created or linked (after they replied or were marked interested), never on SmartRecruiters records that merely share an email address.</source>
            <translation>Añadir notas solo a registros sincronizados: con "Solo cuando responda" o "Solo cuando esté interesado", sus notas de contacto solo se escriben en candidatos que Sourcedesk creó o vinculó (después de que respondieran o se marcaran como interesados), nunca en registros de SmartRecruiters que simplemente comparten una dirección de correo electrónico.</translation>
        </message>
        <message>
            <source>Displayed fields: the SmartRecruiters fields recruiters can fill in for a candidate before pushing them, for example phone number, LinkedIn profile or current company. Click Choose… to pick them from a list.</source>
            <translation>Campos mostrados: los campos de SmartRecruiters que los reclutadores pueden rellenar para un candidato antes de enviarlo, por ejemplo número de teléfono, perfil de LinkedIn o empresa actual. Haga clic en Elegir… para seleccionarlos de una lista.</translation>
        </message>
        <message>
            <source>Mandatory fields: a candidate is pushed to SmartRecruiters only once these fields are filled. First name, last name and email are always required by SmartRecruiters; add more when your team's process needs them.</source>
            <translation>Campos obligatorios: un candidato solo se envía a SmartRecruiters cuando estos campos están rellenados. SmartRecruiters siempre exige nombre, apellido y correo electrónico; añada más cuando el proceso de su equipo los necesite.</translation>
        </message>
        <message>
            <source>Which Sourcedesk field or template fills each SmartRecruiters field, and when.</source>
            <translation>Qué campo o plantilla de Sourcedesk rellena cada campo de SmartRecruiters, y cuándo.</translation>
        </message>
        <message>
            <source>Contact fields mapping: each row sends one Sourcedesk field (or a template such as {title} at {company}) to one SmartRecruiters field.

"Always update" writes the field every time, overwriting whatever is in SmartRecruiters. "Only update if blank" fills the field only when it is empty and never overwrites existing data.

Only change the mapping when values do not arrive in SmartRecruiters as expected.</source>
            <translation>Asignación de campos de contacto: cada fila envía un campo de Sourcedesk (o una plantilla como {title} at {company}) a un campo de SmartRecruiters.

"Actualizar siempre" escribe el campo cada vez y sobrescribe lo que haya en SmartRecruiters. "Actualizar solo si está vacío" rellena el campo solo cuando está vacío y nunca sobrescribe datos existentes.

Cambie la asignación solo cuando los valores no lleguen a SmartRecruiters como se espera.</translation>
        </message>
        <message>
            <source>Filterable fields: the SmartRecruiters fields offered as filters in Search SmartRecruiters, so you can search your ATS by tag, status, job and the like without leaving Sourcedesk.</source>
            <translation>Campos filtrables: los campos de SmartRecruiters que se ofrecen como filtros en Buscar en SmartRecruiters, para que pueda buscar en su ATS por etiqueta, estado, puesto y similares sin salir de Sourcedesk.</translation>
        </message>
        <message>
            <source>Create new notes from: the outreach types (emails, replies, calls, LinkedIn steps, status changes…) that write a note on the candidate in SmartRecruiters. Leave a type out to keep that activity in Sourcedesk only.</source>
            <translation>Crear notas nuevas a partir de: los tipos de contacto (correos, respuestas, llamadas, pasos de LinkedIn, cambios de estado…) que escriben una nota en el candidato en SmartRecruiters. Excluya un tipo para mantener esa actividad solo en Sourcedesk.</translation>
        </message>
        <message>
            <source>Note text: how each activity note reads in SmartRecruiters. Placeholders in braces are filled per note: {activity}, {campaign}, {subject}, {body}, {author}, {date}, {status}, {job} and candidate fields such as {firstName}.</source>
            <translation>Texto de la nota: cómo se lee cada nota de actividad en SmartRecruiters. Los marcadores entre llaves se rellenan en cada nota: {activity}, {campaign}, {subject}, {body}, {author}, {date}, {status}, {job} y campos del candidato como {firstName}.</translation>
        </message>
        <message>
            <source>Share notes with these users: the SmartRecruiters user ids, separated by commas, that can read the notes when "Who sees the notes" is "Only the users below".</source>
            <translation>Compartir notas con estos usuarios: los id de usuario de SmartRecruiters, separados por comas, que pueden leer las notas cuando "Quién ve las notas" es "Solo los usuarios siguientes".</translation>
        </message>
        <message>
            <source>Job status whitelist: when you link a campaign to a job, only the jobs with the selected statuses (for example Sourcing, Interview, Offer) are listed. Filled, cancelled or on-hold jobs stay out of the way.</source>
            <translation>Lista de estados de puesto permitidos: cuando vincula una campaña a un puesto, solo se enumeran los puestos con los estados seleccionados (por ejemplo Búsqueda de candidatos, Entrevista, Oferta). Los puestos cubiertos, cancelados o en pausa no estorban.</translation>
        </message>
        <message>
            <source>Candidate source: the source SmartRecruiters records for the candidates Sourcedesk creates, as sourceTypeId/sourceSubTypeId/sourceId, so your source reports show where they were found. Leave it empty for SmartRecruiters' default source.</source>
            <translation>Origen del candidato: el origen que SmartRecruiters registra para los candidatos que crea Sourcedesk, como sourceTypeId/sourceSubTypeId/sourceId, para que sus informes de origen muestren dónde se encontraron. Déjelo vacío para usar el origen predeterminado de SmartRecruiters.</translation>
        </message>
        <message>
            <source>Tag: the tag added to the candidate's profile in SmartRecruiters, built from placeholders, e.g. "sourcedesk - {campaign} - {status}" becomes "sourcedesk - senior ml - interested".</source>
            <translation>Etiqueta: la etiqueta que se añade al perfil del candidato en SmartRecruiters, formada con marcadores; p. ej., "sourcedesk - {campaign} - {status}" se convierte en "sourcedesk - senior ml - interested".</translation>
        </message>
        <message>
            <source>Tag candidates: adds a tag with the campaign and the outcome to each candidate in SmartRecruiters, so the hiring team can filter on it there.</source>
            <translation>Etiquetar candidatos: añade a cada candidato en SmartRecruiters una etiqueta con la campaña y el resultado, para que el equipo de contratación pueda filtrar por ella allí.</translation>
        </message>
        <message>
            <source>Require consent before syncing: a candidate whose consent to be kept on file is not granted is held back and not pushed to SmartRecruiters.</source>
            <translation>Exigir consentimiento antes de sincronizar: un candidato que no ha otorgado su consentimiento para conservar sus datos se retiene y no se envía a SmartRecruiters.</translation>
        </message>
        <message>
            <source>Consent text: the consent record sent with each candidate. Placeholders: {date}, {method} and {state}. Change it when your legal team asks for a different wording.</source>
            <translation>Texto de consentimiento: el registro de consentimiento que se envía con cada candidato. Marcadores: {date}, {method} y {state}. Cámbielo cuando su equipo jurídico pida otra redacción.</translation>
        </message>
        <message>
            <source>Upload attachments: the files attached to a candidate in Sourcedesk (CVs, notes) are uploaded to their SmartRecruiters profile.</source>
            <translation>Cargar archivos adjuntos: los archivos adjuntos a un candidato en Sourcedesk (CV, notas) se cargan en su perfil de SmartRecruiters.</translation>
        </message>
        <message>
            <source>Synchronize hiring stages: once a day Sourcedesk reads the candidates' hiring stages in SmartRecruiters and moves the campaign members to the mapped pipeline status. Map the stages on Settings → Hiring stages first.</source>
            <translation>Sincronizar etapas de contratación: una vez al día, Sourcedesk lee las etapas de contratación de los candidatos en SmartRecruiters y mueve a los miembros de la campaña al estado del pipeline asignado. Asigne primero las etapas en Configuración → Etapas de contratación.</translation>
        </message>
        <message>
            <source>Daily stage sync at: the time the daily stage sync runs (24-hour clock), in the time zone below. The default is 17:00 Paris time (5:00 PM CET).</source>
            <translation>Sincronización diaria de etapas a las: la hora a la que se ejecuta la sincronización diaria de etapas (formato de 24 horas), en la zona horaria siguiente. El valor predeterminado es las 17:00, hora de París (17:00 CET).</translation>
        </message>
        <message>
            <source>Stage sync time zone: the time zone of the daily run, such as Europe/Paris or America/New_York.</source>
            <translation>Zona horaria de sincronización de etapas: la zona horaria de la ejecución diaria, como Europe/Paris o America/New_York.</translation>
        </message>
        <message>
            <source>Stage sync since: applications older than this date (yyyy-MM-dd) are ignored by the stage sync. Leave it empty to read them all.</source>
            <translation>Sincronizar etapas desde: la sincronización de etapas ignora las candidaturas anteriores a esta fecha (yyyy-MM-dd). Déjelo vacío para leerlas todas.</translation>
        </message>
        <message>
            <source>Only applications made after stage sync was turned on: the stage mapping applies to applications submitted after you enabled the stage sync. Stages of earlier applications are not synchronized.</source>
            <translation>Solo candidaturas realizadas después de activar la sincronización de etapas: la asignación de etapas se aplica a las candidaturas enviadas después de activar la sincronización de etapas. Las etapas de candidaturas anteriores no se sincronizan.</translation>
        </message>
        <message>
            <source>Push pipeline changes back: when you move a member in a Sourcedesk pipeline, the candidate's application moves to the matching hiring stage in SmartRecruiters too.</source>
            <translation>Enviar los cambios del pipeline: cuando mueve a un miembro en un pipeline de Sourcedesk, la candidatura del candidato también pasa a la etapa de contratación correspondiente en SmartRecruiters.</translation>
        </message>
        <message>
            <source>Settings for: "Team defaults" are set by your team admin and apply to everyone; "My settings" override them for your own campaigns. A locked team default cannot be overridden.</source>
            <translation>Configuración para: los "Valores predeterminados del equipo" los establece el administrador de su equipo y se aplican a todos; "Mi configuración" los anula para sus propias campañas. Un valor predeterminado del equipo bloqueado no se puede anular.</translation>
        </message>
        <message>
            <source>Lock this team default so nobody can change it.</source>
            <translation>Bloquear este valor predeterminado del equipo para que nadie pueda cambiarlo.</translation>
        </message>
        <message>
            <source>Lock: everyone uses the team value of this setting. Users, campaigns and candidates cannot override it until the admin unlocks it.</source>
            <translation>Bloquear: todos usan el valor del equipo para esta opción. Los usuarios, las campañas y los candidatos no pueden anularlo hasta que el administrador lo desbloquee.</translation>
        </message>
        <message>
            <source>Go back to the inherited value.</source>
            <translation>Volver al valor heredado.</translation>
        </message>
        <message>
            <source>Reset: drops the value set here, so the setting follows the layer below again (the team default, or the built-in default for team settings).</source>
            <translation>Restablecer: descarta el valor establecido aquí, de modo que la opción vuelve a seguir el nivel inferior (el valor predeterminado del equipo, o el predeterminado integrado para la configuración del equipo).</translation>
        </message>
        <message>
            <source>Pick the items from a list.</source>
            <translation>Seleccionar los elementos de una lista.</translation>
        </message>
        <message>
            <source>Choose…: ticks and unticks the known items of this list; the line beside it shows what is chosen and can be edited by hand.</source>
            <translation>Elegir…: marca y desmarca los elementos conocidos de esta lista; la línea de al lado muestra lo elegido y se puede editar a mano.</translation>
        </message>
        <message>
            <source>Save the sync settings.</source>
            <translation>Guardar la configuración de sincronización.</translation>
        </message>
        <message>
            <source>Save: stores all changed sync settings at once. Nothing is saved while a value has a problem.</source>
            <translation>Guardar: guarda a la vez todas las opciones de sincronización modificadas. No se guarda nada mientras un valor tenga un problema.</translation>
        </message>
        <message>
            <source>Drop the unsaved changes.</source>
            <translation>Descartar los cambios sin guardar.</translation>
        </message>
        <message>
            <source>Revert: drops the unsaved changes and shows the stored settings again.</source>
            <translation>Revertir: descarta los cambios sin guardar y vuelve a mostrar la configuración guardada.</translation>
        </message>
        <message>
            <source>Save these settings to a file.</source>
            <translation>Guardar esta configuración en un archivo.</translation>
        </message>
        <message>
            <source>Export: writes the settings of the chosen layer to a JSON file, to share with another workspace or keep as a backup.</source>
            <translation>Exportar: escribe la configuración del nivel elegido en un archivo JSON, para compartirla con otro espacio de trabajo o conservarla como copia de seguridad.</translation>
        </message>
        <message>
            <source>Load settings from a file.</source>
            <translation>Cargar la configuración desde un archivo.</translation>
        </message>
        <message>
            <source>Import: replaces the settings of the chosen layer with those of an exported JSON file. Nothing changes if the file is not valid.</source>
            <translation>Importar: sustituye la configuración del nivel elegido por la de un archivo JSON exportado. No cambia nada si el archivo no es válido.</translation>
        </message>
        <message>
            <source>One row per SmartRecruiters field and where its value comes from.</source>
            <translation>Una fila por campo de SmartRecruiters y de dónde procede su valor.</translation>
        </message>
        <message>
            <source>Contact fields mapping: one row per SmartRecruiters field, the Sourcedesk field or template that fills it, and its update rule ("Always update" or "Only update if blank").</source>
            <translation>Asignación de campos de contacto: una fila por campo de SmartRecruiters, con el campo o la plantilla de Sourcedesk que lo rellena y su regla de actualización ("Actualizar siempre" o "Actualizar solo si está vacío").</translation>
        </message>
        <message>
            <source>The SmartRecruiters field this row fills.</source>
            <translation>El campo de SmartRecruiters que rellena esta fila.</translation>
        </message>
        <message>
            <source>SmartRecruiters field: a standard candidate field, or property:&lt;id&gt; for one of your company's candidate properties.</source>
            <translation>Campo de SmartRecruiters: un campo estándar del candidato, o property:&lt;id&gt; para una de las propiedades de candidato de su empresa.</translation>
        </message>
        <message>
            <source>The Sourcedesk field or template that fills it.</source>
            <translation>El campo o la plantilla de Sourcedesk que lo rellena.</translation>
        </message>
        <message>
            <source>Sourcedesk field or template: a field name such as email, or a template with placeholders such as {title} at {company}.</source>
            <translation>Campo o plantilla de Sourcedesk: un nombre de campo como email, o una plantilla con marcadores como {title} at {company}.</translation>
        </message>
        <message>
            <source>Always update, or only update if blank.</source>
            <translation>Actualizar siempre, o actualizar solo si está vacío.</translation>
        </message>
        <message>
            <source>Update rule: "Always update" overwrites the field in SmartRecruiters with every push. "Only update if blank" writes only when the field is empty there and never overwrites existing data.</source>
            <translation>Regla de actualización: "Actualizar siempre" sobrescribe el campo en SmartRecruiters en cada envío. "Actualizar solo si está vacío" solo escribe cuando el campo está vacío allí y nunca sobrescribe datos existentes.</translation>
        </message>
        <message>
            <source>Add a row for another field.</source>
            <translation>Añadir una fila para otro campo.</translation>
        </message>
        <message>
            <source>Add field: adds a row to map one more SmartRecruiters field.</source>
            <translation>Añadir campo: añade una fila para asignar un campo más de SmartRecruiters.</translation>
        </message>
        <message>
            <source>Remove the selected rows.</source>
            <translation>Quitar las filas seleccionadas.</translation>
        </message>
        <message>
            <source>Remove field: removes the selected rows; those fields are no longer written.</source>
            <translation>Quitar campo: quita las filas seleccionadas; esos campos dejan de escribirse.</translation>
        </message>
        <message>
            <source>Go back to the built-in mapping.</source>
            <translation>Volver a la asignación integrada.</translation>
        </message>
        <message>
            <source>Restore defaults: replaces the whole table with the built-in mapping.</source>
            <translation>Restaurar valores predeterminados: sustituye toda la tabla por la asignación integrada.</translation>
        </message>
        <message>
            <source>Which SmartRecruiters to connect to.</source>
            <translation>A qué SmartRecruiters conectarse.</translation>
        </message>
        <message>
            <source>Server: SmartRecruiters for your live account. "Other address…" is for a test environment your SmartRecruiters admin gave you.</source>
            <translation>Servidor: SmartRecruiters para su cuenta real. "Otra dirección…" es para un entorno de pruebas que le haya dado su administrador de SmartRecruiters.</translation>
        </message>
        <message>
            <source>The address of the SmartRecruiters API.</source>
            <translation>La dirección de la API de SmartRecruiters.</translation>
        </message>
        <message>
            <source>API address: where Sourcedesk sends its requests. Filled in for SmartRecruiters; change it only with "Other address…".</source>
            <translation>Dirección de la API: adonde envía Sourcedesk sus solicitudes. Ya está rellenada para SmartRecruiters; cámbiela solo con "Otra dirección…".</translation>
        </message>
        <message>
            <source>The address you sign in at.</source>
            <translation>La dirección en la que inicia sesión.</translation>
        </message>
        <message>
            <source>Sign-in address: the SmartRecruiters page the sign-in window opens.</source>
            <translation>Dirección de inicio de sesión: la página de SmartRecruiters que abre la ventana de inicio de sesión.</translation>
        </message>
        <message>
            <source>Sign in with your SmartRecruiters account.</source>
            <translation>Iniciar sesión con su cuenta de SmartRecruiters.</translation>
        </message>
        <message>
            <source>Sign in with SmartRecruiters: Connect opens the SmartRecruiters sign-in; log in and click Allow access to grant Sourcedesk the permissions it asks for. Nothing is stored but a token in your keychain.</source>
            <translation>Iniciar sesión con SmartRecruiters: Conectar abre el inicio de sesión de SmartRecruiters; inicie sesión y haga clic en Permitir acceso para conceder a Sourcedesk los permisos que solicita. Solo se guarda un token en su llavero.</translation>
        </message>
        <message>
            <source>Connect with an API key from SmartRecruiters.</source>
            <translation>Conectarse con una clave de API de SmartRecruiters.</translation>
        </message>
        <message>
            <source>API key: for companies whose admin issues API keys (Settings → Apps &amp; Integrations in SmartRecruiters). The key goes to your system keychain only.</source>
            <translation>Clave de API: para empresas cuyo administrador emite claves de API (Settings → Apps &amp; Integrations en SmartRecruiters). La clave solo se guarda en el llavero del sistema.</translation>
        </message>
        <message>
            <source>The OAuth client id of your SmartRecruiters app.</source>
            <translation>El id de cliente OAuth de su aplicación de SmartRecruiters.</translation>
        </message>
        <message>
            <source>Client id: identifies the app your SmartRecruiters admin registered for Sourcedesk.</source>
            <translation>Id de cliente: identifica la aplicación que su administrador de SmartRecruiters registró para Sourcedesk.</translation>
        </message>
        <message>
            <source>The OAuth client secret; kept in the keychain.</source>
            <translation>El secreto de cliente OAuth; se guarda en el llavero.</translation>
        </message>
        <message>
            <source>Client secret: the secret that belongs to the client id. It is kept in your system keychain; leave it empty to reuse the stored one.</source>
            <translation>Secreto de cliente: el secreto que corresponde al id de cliente. Se guarda en el llavero del sistema; déjelo vacío para reutilizar el guardado.</translation>
        </message>
        <message>
            <source>Must match a redirect URI registered for the app exactly.</source>
            <translation>Debe coincidir exactamente con un URI de redirección registrado para la aplicación.</translation>
        </message>
        <message>
            <source>Redirect URI: where SmartRecruiters sends you back after you allow access. It must match a redirect URI registered for the app, character for character.</source>
            <translation>URI de redirección: adonde le devuelve SmartRecruiters después de permitir el acceso. Debe coincidir carácter por carácter con un URI de redirección registrado para la aplicación.</translation>
        </message>
        <message>
            <source>Paste the API key; it goes to the keychain only.</source>
            <translation>Pegue la clave de API; solo se guarda en el llavero.</translation>
        </message>
        <message>
            <source>API key: paste the key your SmartRecruiters admin gave you. It is handed to the keychain and cleared from the form.</source>
            <translation>Clave de API: pegue la clave que le dio su administrador de SmartRecruiters. Se entrega al llavero y se borra del formulario.</translation>
        </message>
        <message>
            <source>Turn on the synchronization with SmartRecruiters.</source>
            <translation>Activar la sincronización con SmartRecruiters.</translation>
        </message>
        <message>
            <source>Connect: turns on the synchronization. With sign-in you log in to SmartRecruiters and allow access; with an API key the key is checked right away.</source>
            <translation>Conectar: activa la sincronización. Con el inicio de sesión, entra en SmartRecruiters y permite el acceso; con una clave de API, la clave se comprueba al momento.</translation>
        </message>
        <message>
            <source>Turn off the synchronization and forget the sign-in.</source>
            <translation>Desactivar la sincronización y olvidar el inicio de sesión.</translation>
        </message>
        <message>
            <source>Disconnect: stops the synchronization and removes the token or key from the keychain. Your campaigns and candidates stay in Sourcedesk.</source>
            <translation>Desconectar: detiene la sincronización y elimina el token o la clave del llavero. Sus campañas y candidatos se quedan en Sourcedesk.</translation>
        </message>
        <message>
            <source>Check every permission Sourcedesk needs.</source>
            <translation>Comprobar todos los permisos que necesita Sourcedesk.</translation>
        </message>
        <message>
            <source>Test integration: checks each permission Sourcedesk needs in SmartRecruiters and lists what is granted and what is missing below.</source>
            <translation>Probar integración: comprueba cada permiso que Sourcedesk necesita en SmartRecruiters y enumera abajo lo concedido y lo que falta.</translation>
        </message>
        <message>
            <source>The permissions Sourcedesk has in SmartRecruiters.</source>
            <translation>Los permisos que tiene Sourcedesk en SmartRecruiters.</translation>
        </message>
        <message>
            <source>Permissions: each permission, whether it is granted, and what Sourcedesk uses it for. Ask your SmartRecruiters admin for the missing ones.</source>
            <translation>Permisos: cada permiso, si está concedido y para qué lo usa Sourcedesk. Solicite los que falten a su administrador de SmartRecruiters.</translation>
        </message>
        <message>
            <source>The job the test candidate is created on.</source>
            <translation>El puesto en el que se crea el candidato de prueba.</translation>
        </message>
        <message>
            <source>Job: the SmartRecruiters job that receives the test candidate.</source>
            <translation>Puesto: el puesto de SmartRecruiters que recibe el candidato de prueba.</translation>
        </message>
        <message>
            <source>Create a test candidate with a note on the chosen job.</source>
            <translation>Crear un candidato de prueba con una nota en el puesto elegido.</translation>
        </message>
        <message>
            <source>Insert test candidate: creates a clearly named test candidate with a note on the chosen job, so you can see in SmartRecruiters exactly what a push looks like. Delete it there afterwards.</source>
            <translation>Insertar candidato de prueba: crea un candidato de prueba con un nombre claro y una nota en el puesto elegido, para que vea en SmartRecruiters exactamente cómo es un envío. Elimínelo allí después.</translation>
        </message>
        <message>
            <source>Each SmartRecruiters hiring stage and the pipeline status it maps to.</source>
            <translation>Cada etapa de contratación de SmartRecruiters y el estado del pipeline al que se asigna.</translation>
        </message>
        <message>
            <source>Hiring stages: all stages of your SmartRecruiters hiring processes. Assign each one a Sourcedesk pipeline status; every stage must be assigned before saving. A highlighted stage changed in SmartRecruiters.</source>
            <translation>Etapas de contratación: todas las etapas de sus procesos de contratación de SmartRecruiters. Asigne a cada una un estado del pipeline de Sourcedesk; todas las etapas deben estar asignadas antes de guardar. Una etapa resaltada cambió en SmartRecruiters.</translation>
        </message>
        <message>
            <source>The pipeline status this hiring stage maps to.</source>
            <translation>El estado del pipeline al que se asigna esta etapa de contratación.</translation>
        </message>
        <message>
            <source>Pipeline status: when a candidate's application reaches this stage in SmartRecruiters, the stage sync moves the campaign member to this status.</source>
            <translation>Estado del pipeline: cuando la candidatura de un candidato llega a esta etapa en SmartRecruiters, la sincronización de etapas mueve al miembro de la campaña a este estado.</translation>
        </message>
        <message>
            <source>The stage pushed to SmartRecruiters for this status.</source>
            <translation>La etapa que se envía a SmartRecruiters para este estado.</translation>
        </message>
        <message>
            <source>Pushing back: when several stages map to one status, a status change made in Sourcedesk is pushed to SmartRecruiters as this stage.</source>
            <translation>Envío de vuelta: cuando varias etapas se asignan a un mismo estado, un cambio de estado hecho en Sourcedesk se envía a SmartRecruiters como esta etapa.</translation>
        </message>
        <message>
            <source>Download the hiring stages from SmartRecruiters.</source>
            <translation>Descargar las etapas de contratación de SmartRecruiters.</translation>
        </message>
        <message>
            <source>Download from SmartRecruiters: downloads every stage your company defined in SmartRecruiters. New stages arrive unmapped.</source>
            <translation>Descargar de SmartRecruiters: descarga todas las etapas que su empresa definió en SmartRecruiters. Las etapas nuevas llegan sin asignar.</translation>
        </message>
        <message>
            <source>Suggest a pipeline status for every unmapped stage.</source>
            <translation>Sugerir un estado del pipeline para cada etapa sin asignar.</translation>
        </message>
        <message>
            <source>Suggest: fills every unmapped stage with the closest pipeline status (Offered, Hired, Rejected…). Check the suggestions, then save.</source>
            <translation>Sugerir: asigna a cada etapa sin asignar el estado del pipeline más parecido (Oferta, Contratado, Rechazado…). Revise las sugerencias y después guarde.</translation>
        </message>
        <message>
            <source>Accept the change SmartRecruiters made to the selected stage.</source>
            <translation>Aceptar el cambio que SmartRecruiters hizo en la etapa seleccionada.</translation>
        </message>
        <message>
            <source>Clear flag: a stage renamed or removed in SmartRecruiters is highlighted until you have checked its mapping and cleared the flag.</source>
            <translation>Quitar marca: una etapa renombrada o eliminada en SmartRecruiters permanece resaltada hasta que revise su asignación y quite la marca.</translation>
        </message>
        <message>
            <source>Drop the unsaved stage mapping changes.</source>
            <translation>Descartar los cambios sin guardar de la asignación de etapas.</translation>
        </message>
        <message>
            <source>Revert: drops the unsaved changes to the stage mapping.</source>
            <translation>Revertir: descarta los cambios sin guardar de la asignación de etapas.</translation>
        </message>
        <message>
            <source>Save the stage mapping.</source>
            <translation>Guardar la asignación de etapas.</translation>
        </message>
        <message>
            <source>Save: stores the stage mapping. It applies to applications submitted after the stage sync was turned on.</source>
            <translation>Guardar: guarda la asignación de etapas. Se aplica a las candidaturas enviadas después de activar la sincronización de etapas.</translation>
        </message>
        <message>
            <source>Sync the hiring stages from SmartRecruiters now.</source>
            <translation>Sincronizar ahora las etapas de contratación desde SmartRecruiters.</translation>
        </message>
        <message>
            <source>Sync stages now: runs the stage sync right away instead of waiting for the daily run.</source>
            <translation>Sincronizar etapas ahora: ejecuta la sincronización de etapas de inmediato en lugar de esperar a la ejecución diaria.</translation>
        </message>
        <message>
            <source>Stop the running stage sync.</source>
            <translation>Detener la sincronización de etapas en curso.</translation>
        </message>
        <message>
            <source>Cancel: stops the running stage sync; members moved so far stay moved.</source>
            <translation>Cancelar: detiene la sincronización de etapas en curso; los miembros ya movidos se quedan donde están.</translation>
        </message>
        <message>
            <source>Applications whose stage could not be applied.</source>
            <translation>Candidaturas cuya etapa no se pudo aplicar.</translation>
        </message>
        <message>
            <source>Stage drift: applications whose SmartRecruiters stage could not be applied (an unmapped stage, an unknown candidate), and members out of step with SmartRecruiters.</source>
            <translation>Desviación de etapas: candidaturas cuya etapa de SmartRecruiters no se pudo aplicar (una etapa sin asignar, un candidato desconocido) y miembros desincronizados con SmartRecruiters.</translation>
        </message>
        <message>
            <source>Fill in the servers for a known email provider.</source>
            <translation>Rellenar los servidores de un proveedor de correo conocido.</translation>
        </message>
        <message>
            <source>Provider: Gmail / Google Workspace and Microsoft 365 / Outlook fill in the servers for you. Choose Other to type them in.</source>
            <translation>Proveedor: Gmail / Google Workspace y Microsoft 365 / Outlook rellenan los servidores por usted. Elija Otro para escribirlos.</translation>
        </message>
        <message>
            <source>The address your sequence emails are sent from.</source>
            <translation>La dirección desde la que se envían los correos de su secuencia.</translation>
        </message>
        <message>
            <source>Address: candidates see this address as the sender of your sequence emails, and replies to it are read back into Sourcedesk.</source>
            <translation>Dirección: los candidatos ven esta dirección como remitente de los correos de su secuencia, y las respuestas a ella se vuelven a leer en Sourcedesk.</translation>
        </message>
        <message>
            <source>Your name as candidates see it.</source>
            <translation>Su nombre tal como lo ven los candidatos.</translation>
        </message>
        <message>
            <source>Display name: the name shown beside your address in the candidate's inbox.</source>
            <translation>Nombre para mostrar: el nombre que aparece junto a su dirección en la bandeja de entrada del candidato.</translation>
        </message>
        <message>
            <source>The user name to sign in to the mail servers.</source>
            <translation>El nombre de usuario para iniciar sesión en los servidores de correo.</translation>
        </message>
        <message>
            <source>User name: what you sign in to the mail servers with; usually the email address.</source>
            <translation>Nombre de usuario: con lo que inicia sesión en los servidores de correo; normalmente, la dirección de correo electrónico.</translation>
        </message>
        <message>
            <source>Sign in with a password or an OAuth2 access token.</source>
            <translation>Iniciar sesión con una contraseña o un token de acceso OAuth2.</translation>
        </message>
        <message>
            <source>Sign-in: a password (an app password for Gmail or Microsoft 365), or an OAuth2 access token.</source>
            <translation>Inicio de sesión: una contraseña (una contraseña de aplicación para Gmail o Microsoft 365) o un token de acceso OAuth2.</translation>
        </message>
        <message>
            <source>Kept in this computer's keychain only.</source>
            <translation>Se guarda solo en el llavero de este equipo.</translation>
        </message>
        <message>
            <source>Password or token: stored in this computer's keychain, never in the workspace. Leave it empty to keep the stored one.</source>
            <translation>Contraseña o token: se guarda en el llavero de este equipo, nunca en el espacio de trabajo. Déjelo vacío para conservar el guardado.</translation>
        </message>
        <message>
            <source>The server your emails are sent through.</source>
            <translation>El servidor a través del cual se envían sus correos.</translation>
        </message>
        <message>
            <source>SMTP server: the outgoing mail server, e.g. smtp.gmail.com.</source>
            <translation>Servidor SMTP: el servidor de correo saliente, p. ej., smtp.gmail.com.</translation>
        </message>
        <message>
            <source>The port of the sending server.</source>
            <translation>El puerto del servidor de envío.</translation>
        </message>
        <message>
            <source>SMTP port: usually 465 with TLS or 587 with STARTTLS.</source>
            <translation>Puerto SMTP: normalmente 465 con TLS o 587 con STARTTLS.</translation>
        </message>
        <message>
            <source>How the connection to the sending server is encrypted.</source>
            <translation>Cómo se cifra la conexión con el servidor de envío.</translation>
        </message>
        <message>
            <source>SMTP security: TLS for port 465, STARTTLS for port 587. Unencrypted connections are refused except on this computer.</source>
            <translation>Seguridad SMTP: TLS para el puerto 465, STARTTLS para el puerto 587. Las conexiones sin cifrar se rechazan, salvo en este equipo.</translation>
        </message>
        <message>
            <source>The server replies are read from.</source>
            <translation>El servidor desde el que se leen las respuestas.</translation>
        </message>
        <message>
            <source>IMAP server: the incoming mail server Sourcedesk reads replies from, e.g. imap.gmail.com.</source>
            <translation>Servidor IMAP: el servidor de correo entrante desde el que Sourcedesk lee las respuestas, p. ej., imap.gmail.com.</translation>
        </message>
        <message>
            <source>The port of the reading server.</source>
            <translation>El puerto del servidor de lectura.</translation>
        </message>
        <message>
            <source>IMAP port: usually 993 with TLS.</source>
            <translation>Puerto IMAP: normalmente 993 con TLS.</translation>
        </message>
        <message>
            <source>How the connection to the reading server is encrypted.</source>
            <translation>Cómo se cifra la conexión con el servidor de lectura.</translation>
        </message>
        <message>
            <source>IMAP security: TLS for port 993, STARTTLS for port 143.</source>
            <translation>Seguridad IMAP: TLS para el puerto 993, STARTTLS para el puerto 143.</translation>
        </message>
        <message>
            <source>The folder copies of sent emails go to.</source>
            <translation>La carpeta a la que van las copias de los correos enviados.</translation>
        </message>
        <message>
            <source>Sent folder: where a copy of each sequence email is saved, so it appears with your other sent mail.</source>
            <translation>Carpeta de enviados: donde se guarda una copia de cada correo de la secuencia, para que aparezca junto con el resto de su correo enviado.</translation>
        </message>
        <message>
            <source>Keep a copy of each email in the Sent folder.</source>
            <translation>Guardar una copia de cada correo en la carpeta de enviados.</translation>
        </message>
        <message>
            <source>Save a copy: stores each email Sourcedesk sends in the Sent folder. Gmail does this by itself; turn it off there to avoid duplicates.</source>
            <translation>Guardar una copia: guarda en la carpeta de enviados cada correo que envía Sourcedesk. Gmail lo hace por sí mismo; desactívelo en ese caso para evitar duplicados.</translation>
        </message>
        <message>
            <source>For a test mail server on this computer only.</source>
            <translation>Solo para un servidor de correo de prueba en este equipo.</translation>
        </message>
        <message>
            <source>Allow unencrypted connections: only for a mail server running on this computer (loopback), such as a test server. Remote servers always need TLS or STARTTLS.</source>
            <translation>Permitir conexiones sin cifrar: solo para un servidor de correo que se ejecuta en este equipo (bucle invertido), como un servidor de prueba. Los servidores remotos siempre necesitan TLS o STARTTLS.</translation>
        </message>
        <message>
            <source>The most emails sent from this mailbox per day.</source>
            <translation>El máximo de correos enviados desde este buzón al día.</translation>
        </message>
        <message>
            <source>Daily limit: sequences stop sending for the day once this many emails went out, which keeps your mailbox clear of the provider's sending limits and spam filters.</source>
            <translation>Límite diario: las secuencias dejan de enviar durante el día cuando ya han salido estos correos, lo que mantiene su buzón dentro de los límites de envío del proveedor y lejos de los filtros de spam.</translation>
        </message>
        <message>
            <source>The most emails sent from this mailbox per hour.</source>
            <translation>El máximo de correos enviados desde este buzón por hora.</translation>
        </message>
        <message>
            <source>Hourly limit: spreads your sequence emails over the day.</source>
            <translation>Límite por hora: reparte los correos de su secuencia a lo largo del día.</translation>
        </message>
        <message>
            <source>The least time between two emails.</source>
            <translation>El tiempo mínimo entre dos correos.</translation>
        </message>
        <message>
            <source>Spacing: the minimum wait between two emails, so a large sequence does not go out in one burst.</source>
            <translation>Intervalo: la espera mínima entre dos correos, para que una secuencia grande no salga de golpe.</translation>
        </message>
        <message>
            <source>Save the mailbox.</source>
            <translation>Guardar el buzón.</translation>
        </message>
        <message>
            <source>Save: stores the mailbox settings; the password or token goes to the keychain.</source>
            <translation>Guardar: guarda la configuración del buzón; la contraseña o el token van al llavero.</translation>
        </message>
        <message>
            <source>Test the connection to the mail servers.</source>
            <translation>Probar la conexión con los servidores de correo.</translation>
        </message>
        <message>
            <source>Test connection: signs in to the sending and the reading server and says what, if anything, went wrong.</source>
            <translation>Probar conexión: inicia sesión en el servidor de envío y en el de lectura e indica qué ha fallado, si algo ha fallado.</translation>
        </message>
        <message>
            <source>Cancel the connection test.</source>
            <translation>Cancelar la prueba de conexión.</translation>
        </message>
        <message>
            <source>Cancel test: stops the connection test.</source>
            <translation>Cancelar prueba: detiene la prueba de conexión.</translation>
        </message>
        <message>
            <source>Who sees the notes in SmartRecruiters: "Everyone who can see the candidate", only "The hiring team" of the job, or "Only the users below", the ones listed in "Share notes with these users".</source>
            <translation>Quién ve las notas en SmartRecruiters: "Todos los que pueden ver al candidato", solo "El equipo de contratación" del puesto o "Solo los usuarios siguientes", los indicados en "Compartir notas con estos usuarios".</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportFilePage</name>
        <message>
            <source>CSV file</source>
            <translation>Archivo CSV</translation>
        </message>
        <message>
            <source>Problem with the file</source>
            <translation>Problema con el archivo</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>Elija un archivo CSV</translation>
        </message>
        <message>
            <source>Exports from LinkedIn Recruiter, SourceWhale, Google Contacts, spreadsheets and Sourcedesk itself are recognised. Any encoding and separator (comma, semicolon, tab) works.</source>
            <translation>Se reconocen las exportaciones de LinkedIn Recruiter, SourceWhale, Google Contacts, hojas de cálculo y del propio Sourcedesk. Funciona con cualquier codificación y separador (coma, punto y coma, tabulación).</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <source>Browse for a file</source>
            <translation>Buscar un archivo</translation>
        </message>
        <message>
            <source>Path of the .csv file</source>
            <translation>Ruta del archivo .csv</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>Importar CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>There is no file at “%1”.</source>
            <translation>No hay ningún archivo en “%1”.</translation>
        </message>
        <message>
            <source>This file cannot be imported: %1</source>
            <translation>Este archivo no se puede importar: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportMappingPage</name>
        <message>
            <source>Column mapping and preview</source>
            <translation>Asignación de columnas y vista previa</translation>
        </message>
        <message>
            <source>Mapping hint</source>
            <translation>Sugerencia de asignación</translation>
        </message>
        <message>
            <source>Map the columns</source>
            <translation>Asignar las columnas</translation>
        </message>
        <message>
            <source>Choose what each column holds. The first rows below show how they will be imported.</source>
            <translation>Elija qué contiene cada columna. Las primeras filas de abajo muestran cómo se importarán.</translation>
        </message>
        <message>
            <source>(do not import)</source>
            <translation>(no importar)</translation>
        </message>
        <message>
            <source>Custom field</source>
            <translation>Campo personalizado</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Location (city, region, country)</source>
            <translation>Ubicación (ciudad, región, país)</translation>
        </message>
        <message>
            <source>LinkedIn profile</source>
            <translation>Perfil de LinkedIn</translation>
        </message>
        <message>
            <source>Other link</source>
            <translation>Otro enlace</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>GDPR consent</source>
            <translation>Consentimiento RGPD</translation>
        </message>
        <message>
            <source>GDPR consent date</source>
            <translation>Fecha del consentimiento RGPD</translation>
        </message>
        <message>
            <source>GDPR consent: how obtained</source>
            <translation>Consentimiento RGPD: cómo se obtuvo</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importar como</translation>
        </message>
        <message>
            <source>Import column “%1” as</source>
            <translation>Importar la columna “%1” como</translation>
        </message>
        <message>
            <source>Line %1</source>
            <translation>Línea %1</translation>
        </message>
        <message>
            <source>Line %1 ✗</source>
            <translation>Línea %1 ✗</translation>
        </message>
        <message>
            <source>Detected: %1, separator “%2”.</source>
            <translation>Detectado: %1, separador “%2”.</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulación</translation>
        </message>
        <message>
            <source>Map at least one column to a name or an email address; otherwise no row can be imported.</source>
            <translation>Asigne al menos una columna a un nombre o a una dirección de correo electrónico; de lo contrario, no se puede importar ninguna fila.</translation>
        </message>
        <message numerus="yes">
            <source>%n of the rows shown would not import (hover a red row for the reason).</source>
            <translation>
                <numerusform>%n de las filas mostradas no se importaría (pase el puntero sobre una fila roja para ver el motivo).</numerusform>
                <numerusform>%n de las filas mostradas no se importarían (pase el puntero sobre una fila roja para ver el motivo).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportOptionsPage</name>
        <message>
            <source>Add imported candidates to campaign</source>
            <translation>Añadir los candidatos importados a la campaña</translation>
        </message>
        <message>
            <source>&amp;Skip them: keep the stored candidate as it is</source>
            <translation>&amp;Omitirlos: conservar el candidato guardado tal como está</translation>
        </message>
        <message>
            <source>Skip duplicates</source>
            <translation>Omitir duplicados</translation>
        </message>
        <message>
            <source>&amp;Merge them: add the new details to the stored candidate</source>
            <translation>&amp;Combinarlos: añadir los datos nuevos al candidato guardado</translation>
        </message>
        <message>
            <source>Merge duplicates</source>
            <translation>Combinar duplicados</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>Resumen de la importación</translation>
        </message>
        <message>
            <source>Import options</source>
            <translation>Opciones de importación</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <source>A row is a duplicate when its email, LinkedIn profile, or name and company match a stored candidate (or an earlier row). Nothing is ever imported twice.</source>
            <translation>Una fila es un duplicado cuando su correo, su perfil de LinkedIn o su nombre y empresa coinciden con un candidato guardado (o con una fila anterior). Nunca se importa nada dos veces.</translation>
        </message>
        <message>
            <source>Add to &amp;campaign:</source>
            <translation>Añadir a la &amp;campaña:</translation>
        </message>
        <message>
            <source>Duplicates:</source>
            <translation>Duplicados:</translation>
        </message>
        <message>
            <source>No campaign</source>
            <translation>Ninguna campaña</translation>
        </message>
        <message>
            <source>Ready to import “%1”. You can cancel at any time; the rows imported until then stay, and no half-written batch is left behind.</source>
            <translation>Listo para importar “%1”. Puede cancelar en cualquier momento; las filas importadas hasta entonces se conservan y no queda ningún lote a medio escribir.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportRunPage</name>
        <message>
            <source>Import status</source>
            <translation>Estado de la importación</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progreso de la importación</translation>
        </message>
        <message>
            <source>&amp;Cancel import</source>
            <translation>&amp;Cancelar importación</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Cancelar importación</translation>
        </message>
        <message>
            <source>Import result</source>
            <translation>Resultado de la importación</translation>
        </message>
        <message>
            <source>Rows not imported as they were</source>
            <translation>Filas no importadas tal cual</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importando</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué ocurrió</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>CSV: %1</source>
            <translation>CSV: %1</translation>
        </message>
        <message>
            <source>Importing “%1”…</source>
            <translation>Importando “%1”…</translation>
        </message>
        <message>
            <source>Cancelling after the current batch…</source>
            <translation>Cancelando después del lote actual…</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n rows…</source>
            <translation>
                <numerusform>%n fila importada…</numerusform>
                <numerusform>%n filas importadas…</numerusform>
            </translation>
        </message>
        <message>
            <source>The import stopped: %1</source>
            <translation>La importación se detuvo: %1</translation>
        </message>
        <message>
            <source>The import was cancelled. The rows below were stored before it stopped.</source>
            <translation>Se canceló la importación. Las filas de abajo se guardaron antes de que se detuviera.</translation>
        </message>
        <message>
            <source>Import complete.</source>
            <translation>Importación completada.</translation>
        </message>
        <message numerus="yes">
            <source>%n rows read</source>
            <translation>
                <numerusform>%n fila leída</numerusform>
                <numerusform>%n filas leídas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new candidates</source>
            <translation>
                <numerusform>%n candidato nuevo</numerusform>
                <numerusform>%n candidatos nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n merged</source>
            <translation>
                <numerusform>%n combinado</numerusform>
                <numerusform>%n combinados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicates skipped</source>
            <translation>
                <numerusform>%n duplicado omitido</numerusform>
                <numerusform>%n duplicados omitidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n con error</numerusform>
                <numerusform>%n con errores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more rows with problems are not listed.</source>
            <translation>
                <numerusform>%n fila más con problemas no aparece en la lista.</numerusform>
                <numerusform>%n filas más con problemas no aparecen en la lista.</numerusform>
            </translation>
        </message>
        <message>
            <source>Done in %1 s.</source>
            <translation>Hecho en %1 s.</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Detenido.</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>No importado</translation>
        </message>
        <message>
            <source>Skipped (duplicate)</source>
            <translation>Omitido (duplicado)</translation>
        </message>
        <message>
            <source>Merged into existing</source>
            <translation>Combinado con uno existente</translation>
        </message>
        <message>
            <source>Import complete</source>
            <translation>Importación completada</translation>
        </message>
        <message>
            <source>Import stopped</source>
            <translation>Importación detenida</translation>
        </message>
        <message numerus="yes">
            <source>Import: %n new candidates</source>
            <translation>
                <numerusform>Importación: %n candidato nuevo</numerusform>
                <numerusform>Importación: %n candidatos nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n omitido</numerusform>
                <numerusform>%n omitidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows on the do-not-contact list were stored but not added to the campaign.</source>
            <translation>
                <numerusform>%n fila de la lista de no contactar se guardó, pero no se añadió a la campaña.</numerusform>
                <numerusform>%n filas de la lista de no contactar se guardaron, pero no se añadieron a la campaña.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not added (do not contact)</source>
            <translation>No añadido (no contactar)</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ImportWizard</name>
        <message>
            <source>Import CSV</source>
            <translation>Importar CSV</translation>
        </message>
        <message>
            <source>Import candidates from CSV</source>
            <translation>Importar candidatos desde CSV</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::IntegrationPage</name>
        <message>
            <source>Granted</source>
            <translation>Concedido</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Falta</translation>
        </message>
        <message>
            <source>Not allowed for your role</source>
            <translation>No permitido para su rol</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>No comprobado</translation>
        </message>
        <message>
            <source>Could not check</source>
            <translation>No se pudo comprobar</translation>
        </message>
        <message>
            <source>SmartRecruiters integration</source>
            <translation>Integración con SmartRecruiters</translation>
        </message>
        <message>
            <source>Connect Sourcedesk to SmartRecruiters to create candidates there, write your outreach as notes and bring hiring stages back. Secrets are kept in your system keychain, never in the workspace.</source>
            <translation>Conecte Sourcedesk a SmartRecruiters para crear candidatos allí, escribir su contacto como notas y traer de vuelta las etapas de contratación. Los secretos se guardan en el llavero del sistema, nunca en el espacio de trabajo.</translation>
        </message>
        <message>
            <source>Testing… %1/%2</source>
            <translation>Probando… %1/%2</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Conexión</translation>
        </message>
        <message>
            <source>SmartRecruiters server</source>
            <translation>Servidor de SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters</source>
            <translation>SmartRecruiters</translation>
        </message>
        <message>
            <source>Other address…</source>
            <translation>Otra dirección…</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>Dirección de la API</translation>
        </message>
        <message>
            <source>&amp;API address:</source>
            <translation>Dirección de la &amp;API:</translation>
        </message>
        <message>
            <source>Sign-in address</source>
            <translation>Dirección de inicio de sesión</translation>
        </message>
        <message>
            <source>Sign-&amp;in address:</source>
            <translation>Dirección de &amp;inicio de sesión:</translation>
        </message>
        <message>
            <source>Sign in with SmartRecruiters (OAuth)</source>
            <translation>Iniciar sesión con SmartRecruiters (OAuth)</translation>
        </message>
        <message>
            <source>Sign in with SmartRecruiters</source>
            <translation>Iniciar sesión con SmartRecruiters</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Clave de API</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Método:</translation>
        </message>
        <message>
            <source>Method settings</source>
            <translation>Configuración del método</translation>
        </message>
        <message>
            <source>OAuth client id</source>
            <translation>Id de cliente OAuth</translation>
        </message>
        <message>
            <source>&amp;Client id:</source>
            <translation>Id de &amp;cliente:</translation>
        </message>
        <message>
            <source>OAuth client secret</source>
            <translation>Secreto de cliente OAuth</translation>
        </message>
        <message>
            <source>Kept in the keychain; leave empty to reuse the stored one</source>
            <translation>Se guarda en el llavero; déjelo vacío para reutilizar el guardado</translation>
        </message>
        <message>
            <source>Client s&amp;ecret:</source>
            <translation>Secr&amp;eto de cliente:</translation>
        </message>
        <message>
            <source>Redirect URI</source>
            <translation>URI de redirección</translation>
        </message>
        <message>
            <source>Must match a redirect URI registered for the OAuth client exactly.</source>
            <translation>Debe coincidir exactamente con un URI de redirección registrado para el cliente OAuth.</translation>
        </message>
        <message>
            <source>&amp;Redirect URI:</source>
            <translation>URI de &amp;redirección:</translation>
        </message>
        <message>
            <source>Paste the key; it goes to the keychain only</source>
            <translation>Pegue la clave; solo se guarda en el llavero</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>Cla&amp;ve de API:</translation>
        </message>
        <message>
            <source>C&amp;onnect</source>
            <translation>C&amp;onectar</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters</source>
            <translation>Conectar a SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Disconnect</source>
            <translation>&amp;Desconectar</translation>
        </message>
        <message>
            <source>Disconnect from SmartRecruiters</source>
            <translation>Desconectar de SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Test integration</source>
            <translation>&amp;Probar integración</translation>
        </message>
        <message>
            <source>Check every permission Sourcedesk needs</source>
            <translation>Comprobar todos los permisos que necesita Sourcedesk</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Connection state</source>
            <translation>Estado de la conexión</translation>
        </message>
        <message>
            <source>Connection problem</source>
            <translation>Problema de conexión</translation>
        </message>
        <message>
            <source>Permissions</source>
            <translation>Permisos</translation>
        </message>
        <message>
            <source>Permission</source>
            <translation>Permiso</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Used to</source>
            <translation>Se usa para</translation>
        </message>
        <message>
            <source>Job for the test candidate</source>
            <translation>Puesto para el candidato de prueba</translation>
        </message>
        <message>
            <source>Insert test &amp;candidate</source>
            <translation>Insertar candidato de pr&amp;ueba</translation>
        </message>
        <message>
            <source>Create a test candidate with a note on the chosen job</source>
            <translation>Crear un candidato de prueba con una nota en el puesto elegido</translation>
        </message>
        <message>
            <source>Job:</source>
            <translation>Puesto:</translation>
        </message>
        <message>
            <source>Test candidate result</source>
            <translation>Resultado del candidato de prueba</translation>
        </message>
        <message>
            <source>Open in SmartRecruiters</source>
            <translation>Abrir en SmartRecruiters</translation>
        </message>
        <message>
            <source>Local sandbox (demo data)</source>
            <translation>Entorno de pruebas local (datos de demostración)</translation>
        </message>
        <message>
            <source>Demo sign-in: %1, password “%2”.</source>
            <translation>Inicio de sesión de demostración: %1, contraseña “%2”.</translation>
        </message>
        <message>
            <source>Creating the test candidate…</source>
            <translation>Creando el candidato de prueba…</translation>
        </message>
        <message>
            <source>Not connected.</source>
            <translation>No conectado.</translation>
        </message>
        <message>
            <source>Reading the keychain…</source>
            <translation>Leyendo el llavero…</translation>
        </message>
        <message>
            <source>Waiting for the sign-in to SmartRecruiters…</source>
            <translation>Esperando el inicio de sesión en SmartRecruiters…</translation>
        </message>
        <message>
            <source>Signed in; checking the account…</source>
            <translation>Sesión iniciada; comprobando la cuenta…</translation>
        </message>
        <message>
            <source>Connected as %1 (%2) at %3, on %4.</source>
            <translation>Conectado como %1 (%2) en %3, el %4.</translation>
        </message>
        <message>
            <source>an unnamed company</source>
            <translation>una empresa sin nombre</translation>
        </message>
        <message>
            <source>SmartRecruiters needs you to connect again.</source>
            <translation>SmartRecruiters necesita que vuelva a conectarse.</translation>
        </message>
        <message>
            <source>Rec&amp;onnect</source>
            <translation>Volver a c&amp;onectar</translation>
        </message>
        <message>
            <source>%1 (optional)</source>
            <translation>%1 (opcional)</translation>
        </message>
        <message>
            <source>Company policy</source>
            <translation>Directiva de la empresa</translation>
        </message>
        <message>
            <source>sign-in address</source>
            <translation>dirección de inicio de sesión</translation>
        </message>
        <message>
            <source>client id</source>
            <translation>id de cliente</translation>
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
            <translation>Buscar puestos</translation>
        </message>
        <message>
            <source>Job status filter</source>
            <translation>Filtro de estado del puesto</translation>
        </message>
        <message>
            <source>Loading state</source>
            <translation>Estado de carga</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs</source>
            <translation>Puestos de SmartRecruiters</translation>
        </message>
        <message>
            <source>Link or cancel</source>
            <translation>Vincular o cancelar</translation>
        </message>
        <message>
            <source>Link a SmartRecruiters job</source>
            <translation>Vincular un puesto de SmartRecruiters</translation>
        </message>
        <message>
            <source>Search by title or reference</source>
            <translation>Buscar por título o referencia</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>&amp;Vincular</translation>
        </message>
        <message>
            <source>No job status is whitelisted, so only the talent pool can be chosen (Settings → SmartRecruiters sync → Job information).</source>
            <translation>No hay ningún estado de puesto permitido, por lo que solo se puede elegir el talent pool (Configuración → Sincronización con SmartRecruiters → Información del puesto).</translation>
        </message>
        <message>
            <source>Jobs with status %1 (Settings → SmartRecruiters sync → Job information).</source>
            <translation>Puestos con estado %1 (Configuración → Sincronización con SmartRecruiters → Información del puesto).</translation>
        </message>
        <message>
            <source>Talent pool (no job)</source>
            <translation>Talent pool (sin puesto)</translation>
        </message>
        <message>
            <source>Candidates go to the company's talent pool without applying to a job.</source>
            <translation>Los candidatos van al talent pool de la empresa sin presentar candidatura a un puesto.</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters (Settings → Integration) to list its jobs.</source>
            <translation>Conéctese a SmartRecruiters (Configuración → Integración) para ver sus puestos.</translation>
        </message>
        <message>
            <source>Reading the jobs from SmartRecruiters…</source>
            <translation>Leyendo los puestos de SmartRecruiters…</translation>
        </message>
        <message>
            <source>The jobs could not be read: %1</source>
            <translation>No se pudieron leer los puestos: %1</translation>
        </message>
        <message>
            <source>SmartRecruiters job %1</source>
            <translation>Puesto %1 de SmartRecruiters</translation>
        </message>
        <message numerus="yes">
            <source>%n jobs so far…</source>
            <translation>
                <numerusform>%n puesto hasta ahora…</numerusform>
                <numerusform>%n puestos hasta ahora…</numerusform>
            </translation>
        </message>
        <message>
            <source>No job has a whitelisted status.</source>
            <translation>Ningún puesto tiene un estado permitido.</translation>
        </message>
        <message>
            <source>No whitelisted job matches the search.</source>
            <translation>Ningún puesto permitido coincide con la búsqueda.</translation>
        </message>
        <message numerus="yes">
            <source>The first %n jobs; search to narrow them down.</source>
            <translation>
                <numerusform>El primer puesto (%n); busque para acotar.</numerusform>
                <numerusform>Los primeros %n puestos; busque para acotarlos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n jobs.</source>
            <translation>
                <numerusform>%n puesto.</numerusform>
                <numerusform>%n puestos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::LogActivityDialog</name>
        <message>
            <source>Kind of activity</source>
            <translation>Tipo de actividad</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>When it happened</source>
            <translation>Cuándo ocurrió</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Log activity</source>
            <translation>Registrar actividad</translation>
        </message>
        <message numerus="yes">
            <source>Log activity for %n people</source>
            <translation>
                <numerusform>Registrar actividad para %n persona</numerusform>
                <numerusform>Registrar actividad para %n personas</numerusform>
            </translation>
        </message>
        <message>
            <source>e.g. Intro: backend role at Acme</source>
            <translation>p. ej., Presentación: puesto de backend en Acme</translation>
        </message>
        <message>
            <source>Campaign %1</source>
            <translation>Campaña %1</translation>
        </message>
        <message>
            <source>No campaign</source>
            <translation>Ninguna campaña</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>C&amp;ampaign:</source>
            <translation>C&amp;ampaña:</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>A&amp;sunto:</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>&amp;Detalles:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Cuándo:</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Botones del cuadro de diálogo</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Registrar</translation>
        </message>
        <message>
            <source>Logged %1 of %2; the next one failed: %3</source>
            <translation>Se registraron %1 de %2; el siguiente falló: %3</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::LoginDialog</name>
        <message>
            <source>Sign in to SmartRecruiters</source>
            <translation>Iniciar sesión en SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters sign-in page</source>
            <translation>Página de inicio de sesión de SmartRecruiters</translation>
        </message>
        <message>
            <source>Sign-in status</source>
            <translation>Estado del inicio de sesión</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué ocurrió</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Reintentar</translation>
        </message>
        <message>
            <source>Try signing in again</source>
            <translation>Volver a intentar el inicio de sesión</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>Close the sign-in window</source>
            <translation>Cerrar la ventana de inicio de sesión</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Inicio de sesión</translation>
        </message>
        <message>
            <source>The sign-in took too long and was stopped. Sourcedesk is not connected; choose Try again to start over.</source>
            <translation>El inicio de sesión tardó demasiado y se detuvo. Sourcedesk no está conectado; elija Reintentar para empezar de nuevo.</translation>
        </message>
        <message>
            <source>The connection to %1 is not secure (%2), so Sourcedesk stopped the sign-in. Check the SmartRecruiters address in Settings → Integration, or ask your IT team about the network.</source>
            <translation>La conexión con %1 no es segura (%2), por lo que Sourcedesk detuvo el inicio de sesión. Compruebe la dirección de SmartRecruiters en Configuración → Integración o consulte la red a su equipo de TI.</translation>
        </message>
        <message>
            <source>The built-in browser stopped unexpectedly. Try again, or sign in with your web browser.</source>
            <translation>El navegador integrado se detuvo de forma inesperada. Inténtelo de nuevo o inicie sesión con su navegador web.</translation>
        </message>
        <message>
            <source>Sourcedesk is not set up to connect to SmartRecruiters.</source>
            <translation>Sourcedesk no está configurado para conectarse a SmartRecruiters.</translation>
        </message>
        <message>
            <source>Sign in to SmartRecruiters at %1 and allow Sourcedesk to use your account.</source>
            <translation>Inicie sesión en SmartRecruiters en %1 y permita que Sourcedesk use su cuenta.</translation>
        </message>
        <message>
            <source>Connecting Sourcedesk to SmartRecruiters…</source>
            <translation>Conectando Sourcedesk a SmartRecruiters…</translation>
        </message>
        <message>
            <source>The SmartRecruiters sign-in page could not be loaded (%1). Check the network connection and the SmartRecruiters address, then try again.</source>
            <translation>No se pudo cargar la página de inicio de sesión de SmartRecruiters (%1). Compruebe la conexión de red y la dirección de SmartRecruiters e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>sin respuesta</translation>
        </message>
        <message>
            <source>The sign-in window was closed before the sign-in finished. Sourcedesk is not connected to SmartRecruiters.</source>
            <translation>La ventana de inicio de sesión se cerró antes de que terminara el inicio de sesión. Sourcedesk no está conectado a SmartRecruiters.</translation>
        </message>
        <message>
            <source>Not connected.</source>
            <translation>No conectado.</translation>
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
            <translation>Ninguna (sin cifrar)</translation>
        </message>
        <message>
            <source>%1: connected and signed in to %2.</source>
            <translation>%1: conectado y con sesión iniciada en %2.</translation>
        </message>
        <message>
            <source>%1: the settings are not usable. Check the server fields.</source>
            <translation>%1: la configuración no se puede usar. Compruebe los campos del servidor.</translation>
        </message>
        <message>
            <source>%1: could not reach %2. Check the server name and port, and that this computer is online.</source>
            <translation>%1: no se pudo acceder a %2. Compruebe el nombre del servidor y el puerto, y que este equipo tenga conexión.</translation>
        </message>
        <message>
            <source>%1: the secure connection to %2 failed. Check the security setting (TLS or STARTTLS) and the port your provider gives.</source>
            <translation>%1: error en la conexión segura con %2. Compruebe la opción de seguridad (TLS o STARTTLS) y el puerto que indica su proveedor.</translation>
        </message>
        <message>
            <source>%1: %2 refused the sign-in. Check the user name and the password or token; Gmail and Microsoft 365 may need an app password.</source>
            <translation>%1: %2 rechazó el inicio de sesión. Compruebe el nombre de usuario y la contraseña o el token; Gmail y Microsoft 365 pueden requerir una contraseña de aplicación.</translation>
        </message>
        <message>
            <source>%1: test cancelled.</source>
            <translation>%1: prueba cancelada.</translation>
        </message>
        <message>
            <source>%1: %2 answered with an error. Try again later or ask your email administrator.</source>
            <translation>%1: %2 respondió con un error. Inténtelo de nuevo más tarde o consulte a su administrador de correo.</translation>
        </message>
        <message>
            <source>(%1)</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <source>Mailbox</source>
            <translation>Buzón</translation>
        </message>
        <message>
            <source>Mailbox problem</source>
            <translation>Problema con el buzón</translation>
        </message>
        <message>
            <source>Mailbox settings</source>
            <translation>Configuración del buzón</translation>
        </message>
        <message>
            <source>The mailbox Sourcedesk sends your sequence emails from and reads replies in. The password or token is kept in this computer's keychain only.</source>
            <translation>El buzón desde el que Sourcedesk envía los correos de su secuencia y en el que lee las respuestas. La contraseña o el token se guardan solo en el llavero de este equipo.</translation>
        </message>
        <message>
            <source>About the mailbox</source>
            <translation>Acerca del buzón</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save the mailbox</source>
            <translation>Guardar el buzón</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Probar conexión</translation>
        </message>
        <message>
            <source>Test the connection to the mail servers</source>
            <translation>Probar la conexión con los servidores de correo</translation>
        </message>
        <message>
            <source>Cancel test</source>
            <translation>Cancelar prueba</translation>
        </message>
        <message>
            <source>Cancel the connection test</source>
            <translation>Cancelar la prueba de conexión</translation>
        </message>
        <message>
            <source>Connection test progress</source>
            <translation>Progreso de la prueba de conexión</translation>
        </message>
        <message>
            <source>Mailbox status</source>
            <translation>Estado del buzón</translation>
        </message>
        <message>
            <source>Sending (SMTP) test result</source>
            <translation>Resultado de la prueba de envío (SMTP)</translation>
        </message>
        <message>
            <source>Reading (IMAP) test result</source>
            <translation>Resultado de la prueba de lectura (IMAP)</translation>
        </message>
        <message>
            <source>Problem with %1</source>
            <translation>Problema con %1</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Email provider</source>
            <translation>Proveedor de correo</translation>
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
            <translation>Otro</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>Pro&amp;veedor:</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Dirección de correo electrónico</translation>
        </message>
        <message>
            <source>you@agency.example</source>
            <translation>usted@agencia.example</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Nombre para mostrar</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>&amp;Nombre para mostrar:</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>Usually the email address</source>
            <translation>Normalmente, la dirección de correo electrónico</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nombre de &amp;usuario:</translation>
        </message>
        <message>
            <source>Sign-in method</source>
            <translation>Método de inicio de sesión</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>OAuth2 access token</source>
            <translation>Token de acceso OAuth2</translation>
        </message>
        <message>
            <source>Sign-&amp;in:</source>
            <translation>&amp;Inicio de sesión:</translation>
        </message>
        <message>
            <source>Password or token</source>
            <translation>Contraseña o token</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>Where the password is</source>
            <translation>Dónde está la contraseña</translation>
        </message>
        <message>
            <source>Servers</source>
            <translation>Servidores</translation>
        </message>
        <message>
            <source>Sending server (SMTP)</source>
            <translation>Servidor de envío (SMTP)</translation>
        </message>
        <message>
            <source>S&amp;MTP server:</source>
            <translation>Servidor S&amp;MTP:</translation>
        </message>
        <message>
            <source>SMTP port</source>
            <translation>Puerto SMTP</translation>
        </message>
        <message>
            <source>SMTP port:</source>
            <translation>Puerto SMTP:</translation>
        </message>
        <message>
            <source>SMTP security</source>
            <translation>Seguridad SMTP</translation>
        </message>
        <message>
            <source>SMTP security:</source>
            <translation>Seguridad SMTP:</translation>
        </message>
        <message>
            <source>Reading server (IMAP)</source>
            <translation>Servidor de lectura (IMAP)</translation>
        </message>
        <message>
            <source>I&amp;MAP server:</source>
            <translation>Servidor I&amp;MAP:</translation>
        </message>
        <message>
            <source>IMAP port</source>
            <translation>Puerto IMAP</translation>
        </message>
        <message>
            <source>IMAP port:</source>
            <translation>Puerto IMAP:</translation>
        </message>
        <message>
            <source>IMAP security</source>
            <translation>Seguridad IMAP</translation>
        </message>
        <message>
            <source>IMAP security:</source>
            <translation>Seguridad IMAP:</translation>
        </message>
        <message>
            <source>Sent folder</source>
            <translation>Carpeta de enviados</translation>
        </message>
        <message>
            <source>Se&amp;nt folder:</source>
            <translation>Carpeta de e&amp;nviados:</translation>
        </message>
        <message>
            <source>Save a copy of each email to the Sent folder</source>
            <translation>Guardar una copia de cada correo en la carpeta de enviados</translation>
        </message>
        <message>
            <source>Save a copy to Sent</source>
            <translation>Guardar una copia en Enviados</translation>
        </message>
        <message>
            <source>Allow unencrypted connections on this computer (loopback only)</source>
            <translation>Permitir conexiones sin cifrar en este equipo (solo bucle invertido)</translation>
        </message>
        <message>
            <source>Allow unencrypted on this computer</source>
            <translation>Permitir sin cifrar en este equipo</translation>
        </message>
        <message>
            <source>Sending limits</source>
            <translation>Límites de envío</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Sin límite</translation>
        </message>
        <message>
            <source>Emails per day</source>
            <translation>Correos al día</translation>
        </message>
        <message>
            <source> per day</source>
            <translation> al día</translation>
        </message>
        <message>
            <source>Da&amp;ily limit:</source>
            <translation>Límite &amp;diario:</translation>
        </message>
        <message>
            <source>Emails per hour</source>
            <translation>Correos por hora</translation>
        </message>
        <message>
            <source> per hour</source>
            <translation> por hora</translation>
        </message>
        <message>
            <source>&amp;Hourly limit:</source>
            <translation>Límite por &amp;hora:</translation>
        </message>
        <message>
            <source>Seconds between two emails</source>
            <translation>Segundos entre dos correos</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>No wait</source>
            <translation>Sin espera</translation>
        </message>
        <message>
            <source>S&amp;pacing:</source>
            <translation>&amp;Intervalo:</translation>
        </message>
        <message>
            <source>Paste the access token</source>
            <translation>Pegue el token de acceso</translation>
        </message>
        <message>
            <source>Type the password</source>
            <translation>Escriba la contraseña</translation>
        </message>
        <message>
            <source>No keychain is available here, so the password cannot be stored.</source>
            <translation>Aquí no hay ningún llavero disponible, por lo que no se puede guardar la contraseña.</translation>
        </message>
        <message>
            <source>Not stored yet: type it and save.</source>
            <translation>Aún no guardada: escríbala y guarde.</translation>
        </message>
        <message>
            <source>Stored in the keychain.</source>
            <translation>Guardada en el llavero.</translation>
        </message>
        <message>
            <source>The keychain could not be read: %1</source>
            <translation>No se pudo leer el llavero: %1</translation>
        </message>
        <message>
            <source>%1 is already the mailbox of %2.</source>
            <translation>%1 ya es el buzón de %2.</translation>
        </message>
        <message>
            <source>Storing in the keychain…</source>
            <translation>Guardando en el llavero…</translation>
        </message>
        <message>
            <source>The keychain refused the password: %1</source>
            <translation>El llavero rechazó la contraseña: %1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>Type the password to test the connection.</source>
            <translation>Escriba la contraseña para probar la conexión.</translation>
        </message>
        <message>
            <source>Reading the password from the keychain…</source>
            <translation>Leyendo la contraseña del llavero…</translation>
        </message>
        <message>
            <source>No password is stored for %1: type it to test.</source>
            <translation>No hay ninguna contraseña guardada para %1: escríbala para probar.</translation>
        </message>
        <message>
            <source>Testing sending (SMTP) and reading (IMAP)…</source>
            <translation>Probando el envío (SMTP) y la lectura (IMAP)…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Sending (SMTP)</source>
            <translation>Envío (SMTP)</translation>
        </message>
        <message>
            <source>Reading (IMAP)</source>
            <translation>Lectura (IMAP)</translation>
        </message>
        <message>
            <source>The mailbox works.</source>
            <translation>El buzón funciona.</translation>
        </message>
        <message>
            <source>The mailbox test found a problem.</source>
            <translation>La prueba del buzón encontró un problema.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::MainWindow</name>
        <message>
            <source>Views</source>
            <translation>Vistas</translation>
        </message>
        <message>
            <source>Current view</source>
            <translation>Vista actual</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Espacio de trabajo</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Recuentos</translation>
        </message>
        <message>
            <source>Running task</source>
            <translation>Tarea en curso</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel the running task</source>
            <translation>Cancelar la tarea en curso</translation>
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
            <translation>Campañas</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidatos</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New campaign…</source>
            <translation>&amp;Nueva campaña…</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Importar CSV…</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exportar CSV…</translation>
        </message>
        <message>
            <source>&amp;Open workspace…</source>
            <translation>&amp;Abrir espacio de trabajo…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;Find candidates</source>
            <translation>&amp;Buscar candidatos</translation>
        </message>
        <message>
            <source>New &amp;candidate…</source>
            <translation>Nuevo &amp;candidato…</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>Con&amp;figuración</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Campaigns</source>
            <translation>&amp;Campañas</translation>
        </message>
        <message>
            <source>C&amp;andidates</source>
            <translation>C&amp;andidatos</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Volver a cargar</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Métodos abreviados de teclado</translation>
        </message>
        <message>
            <source>&amp;About Sourcedesk</source>
            <translation>&amp;Acerca de Sourcedesk</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Archivo del espacio de trabajo</translation>
        </message>
        <message numerus="yes">
            <source>%n active campaigns</source>
            <translation>
                <numerusform>%n campaña activa</numerusform>
                <numerusform>%n campañas activas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n candidates</source>
            <translation>
                <numerusform>%n candidato</numerusform>
                <numerusform>%n candidatos</numerusform>
            </translation>
        </message>
        <message>
            <source>Open or create a workspace</source>
            <translation>Abrir o crear un espacio de trabajo</translation>
        </message>
        <message>
            <source>Sourcedesk workspaces (*.sqlite *.db);;All files (*)</source>
            <translation>Espacios de trabajo de Sourcedesk (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>About Sourcedesk</source>
            <translation>Acerca de Sourcedesk</translation>
        </message>
        <message>
            <source>Sourcedesk %1

Sourcing campaigns for recruiters: candidates, outreach and replies in one local workspace.

Workspace: %2</source>
            <translation>Sourcedesk %1

Campañas de búsqueda para reclutadores: candidatos, contacto y respuestas en un único espacio de trabajo local.

Espacio de trabajo: %2</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message numerus="yes">
            <source>Importing… %n rows</source>
            <translation>
                <numerusform>Importando… %n fila</numerusform>
                <numerusform>Importando… %n filas</numerusform>
            </translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Exportar CSV</translation>
        </message>
        <message>
            <source>An export is already running; wait for it or cancel it.</source>
            <translation>Ya hay una exportación en curso; espere a que termine o cancélela.</translation>
        </message>
        <message>
            <source>Export campaign members</source>
            <translation>Exportar miembros de la campaña</translation>
        </message>
        <message>
            <source>Export candidates</source>
            <translation>Exportar candidatos</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message numerus="yes">
            <source>Exporting… %n rows</source>
            <translation>
                <numerusform>Exportando… %n fila</numerusform>
                <numerusform>Exportando… %n filas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n rows to %1</source>
            <translation>
                <numerusform>Se exportó %n fila a %1</numerusform>
                <numerusform>Se exportaron %n filas a %1</numerusform>
            </translation>
        </message>
        <message>
            <source>SmartRecruiters sync</source>
            <translation>Sincronización con SmartRecruiters</translation>
        </message>
        <message>
            <source>Mailbox</source>
            <translation>Buzón</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>No contactar</translation>
        </message>
        <message>
            <source>Search &amp;everywhere…</source>
            <translation>Buscar en &amp;todas partes…</translation>
        </message>
        <message>
            <source>Outreach: %1</source>
            <translation>Contacto: %1</translation>
        </message>
        <message>
            <source>Integration: SmartRecruiters</source>
            <translation>Integración: SmartRecruiters</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Estadísticas</translation>
        </message>
        <message>
            <source>A&amp;nalytics</source>
            <translation>&amp;Estadísticas</translation>
        </message>
        <message>
            <source>Sourcedesk — %1 (read-only)</source>
            <translation>Sourcedesk — %1 (solo lectura)</translation>
        </message>
        <message>
            <source>Read-only: changes cannot be saved here</source>
            <translation>Solo lectura: los cambios no se pueden guardar aquí</translation>
        </message>
        <message>
            <source>Workspace is read-only</source>
            <translation>El espacio de trabajo es de solo lectura</translation>
        </message>
        <message>
            <source>Sourcedesk may not write this workspace file. To work in it, copy it to a folder you can write (File → Open workspace…) or ask for write access to it.</source>
            <translation>Sourcedesk no puede escribir en este archivo del espacio de trabajo. Para trabajar en él, cópielo en una carpeta en la que pueda escribir (Archivo → Abrir espacio de trabajo…) o solicite acceso de escritura.</translation>
        </message>
        <message>
            <source>Copy to a &amp;local file…</source>
            <translation>Copiar a un archivo &amp;local…</translation>
        </message>
        <message>
            <source>&amp;Move this workspace to a team server…</source>
            <translation>&amp;Mover este espacio de trabajo a un servidor de equipo…</translation>
        </message>
        <message>
            <source>Team workspace</source>
            <translation>Espacio de trabajo de equipo</translation>
        </message>
        <message>
            <source>%1 as %2</source>
            <translation>%1 como %2</translation>
        </message>
        <message>
            <source>Your role in this team workspace</source>
            <translation>Su rol en este espacio de trabajo de equipo</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::MessageBox</name>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Combinar</translation>
        </message>
        <message>
            <source>Skip and open existing</source>
            <translation>Omitir y abrir el existente</translation>
        </message>
        <message>
            <source>Choose another file…</source>
            <translation>Elegir otro archivo…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Volver a cargar</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivar</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::NewCandidateDialog</name>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>New candidate</source>
            <translation>Nuevo candidato</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Botones del cuadro de diálogo</translation>
        </message>
        <message>
            <source>Add candidate</source>
            <translation>Añadir candidato</translation>
        </message>
        <message>
            <source>Enter at least a name, an email address or a LinkedIn profile.</source>
            <translation>Introduzca al menos un nombre, una dirección de correo electrónico o un perfil de LinkedIn.</translation>
        </message>
        <message>
            <source>Could not check for duplicates: %1</source>
            <translation>No se pudo comprobar si hay duplicados: %1</translation>
        </message>
        <message>
            <source>Could not read the matching candidate: %1</source>
            <translation>No se pudo leer el candidato coincidente: %1</translation>
        </message>
        <message>
            <source>The records could not be merged: %1</source>
            <translation>No se pudieron combinar los registros: %1</translation>
        </message>
        <message>
            <source>The candidate could not be saved: %1</source>
            <translation>No se pudo guardar el candidato: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::OutboxJobDialog</name>
        <message>
            <source>Fields before and after</source>
            <translation>Campos antes y después</translation>
        </message>
        <message>
            <source>SmartRecruiters job details</source>
            <translation>Detalles de la operación de SmartRecruiters</translation>
        </message>
        <message>
            <source>%1 for %2</source>
            <translation>%1 para %2</translation>
        </message>
        <message>
            <source>Candidate:</source>
            <translation>Candidato:</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidato</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>Qué:</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Attempts:</source>
            <translation>Intentos:</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <source>Queued:</source>
            <translation>En cola:</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 por %2</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>En cola</translation>
        </message>
        <message>
            <source>Finished:</source>
            <translation>Finalizado:</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finalizado</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>SmartRecruiters said</source>
            <translation>Respuesta de SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters said:</source>
            <translation>Respuesta de SmartRecruiters:</translation>
        </message>
        <message>
            <source>What to do:</source>
            <translation>Qué hacer:</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Qué hacer</translation>
        </message>
        <message>
            <source>SmartRecruiters id:</source>
            <translation>Id de SmartRecruiters:</translation>
        </message>
        <message>
            <source>SmartRecruiters id</source>
            <translation>Id de SmartRecruiters</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Referencia:</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Payload</source>
            <translation>Contenido enviado</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Job details</source>
            <translation>Detalles de la operación</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Campos</translation>
        </message>
        <message>
            <source>Fields (%1)</source>
            <translation>Campos (%1)</translation>
        </message>
        <message>
            <source>What was queued</source>
            <translation>Qué se puso en cola</translation>
        </message>
        <message>
            <source>What came back</source>
            <translation>Qué se recibió</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::OutboxTableModel</name>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>%1 Next try %2.</source>
            <translation>%1 Siguiente intento: %2.</translation>
        </message>
        <message>
            <source>Waits until the candidate is created in SmartRecruiters.</source>
            <translation>Espera hasta que el candidato se cree en SmartRecruiters.</translation>
        </message>
        <message>
            <source>Skipped; not sent.</source>
            <translation>Omitida; no se envió.</translation>
        </message>
        <message>
            <source>Checked in SmartRecruiters before it is sent again.</source>
            <translation>Se comprueba en SmartRecruiters antes de volver a enviarla.</translation>
        </message>
        <message>
            <source>Candidate %1</source>
            <translation>Candidato %1</translation>
        </message>
        <message>
            <source>Queued %1 by %2; last change %3</source>
            <translation>Puesta en cola el %1 por %2; último cambio: %3</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidato</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <source>SmartRecruiters said / what to do</source>
            <translation>Respuesta de SmartRecruiters / qué hacer</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::OutreachDocks</name>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>&amp;Today's tasks</source>
            <translation>&amp;Tareas de hoy</translation>
        </message>
        <message>
            <source>LinkedIn steps, calls and other tasks due today or overdue</source>
            <translation>Pasos de LinkedIn, llamadas y otras tareas que vencen hoy o están atrasadas</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Rep&amp;lies</source>
            <translation>&amp;Respuestas</translation>
        </message>
        <message>
            <source>The newest email replies; mark people interested or not</source>
            <translation>Las respuestas por correo más recientes; marque a las personas como interesadas o no</translation>
        </message>
        <message>
            <source>Today (%1)</source>
            <translation>Hoy (%1)</translation>
        </message>
        <message>
            <source>&amp;Today's tasks (%1)</source>
            <translation>&amp;Tareas de hoy (%1)</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::PushBackReasonDialog</name>
        <message>
            <source>About this push</source>
            <translation>Acerca de este envío</translation>
        </message>
        <message>
            <source>Record &amp;as:</source>
            <translation>Registrar &amp;como:</translation>
        </message>
        <message>
            <source>Rejection or withdrawal</source>
            <translation>Rechazo o retirada</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Loading reasons</source>
            <translation>Cargando motivos</translation>
        </message>
        <message>
            <source>Reason loading status</source>
            <translation>Estado de carga de los motivos</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Reintentar</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>&amp;Push to SmartRecruiters</source>
            <translation>&amp;Enviar a SmartRecruiters</translation>
        </message>
        <message>
            <source>Push to SmartRecruiters</source>
            <translation>Enviar a SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Don't push to SmartRecruiters</source>
            <translation>&amp;No enviar a SmartRecruiters</translation>
        </message>
        <message>
            <source>Don't push to SmartRecruiters</source>
            <translation>No enviar a SmartRecruiters</translation>
        </message>
        <message>
            <source>Push status to SmartRecruiters</source>
            <translation>Enviar estado a SmartRecruiters</translation>
        </message>
        <message numerus="yes">
            <source>%n of the selected people are in SmartRecruiters. To record “%1” on their application, SmartRecruiters needs a reason.</source>
            <translation>
                <numerusform>%n de las personas seleccionadas está en SmartRecruiters. Para registrar “%1” en su candidatura, SmartRecruiters necesita un motivo.</numerusform>
                <numerusform>%n de las personas seleccionadas están en SmartRecruiters. Para registrar “%1” en sus candidaturas, SmartRecruiters necesita un motivo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Withdrawn by the candidate</source>
            <translation>Retirado por el candidato</translation>
        </message>
        <message>
            <source>Rejected by us</source>
            <translation>Rechazado por nosotros</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <source>Push or not</source>
            <translation>Enviar o no</translation>
        </message>
        <message>
            <source>Sourcedesk is not connected to SmartRecruiters, so the reasons cannot be read. Connect in Settings → Integration and click Retry, or choose “Don't push to SmartRecruiters” to keep the change in Sourcedesk only.</source>
            <translation>Sourcedesk no está conectado a SmartRecruiters, por lo que no se pueden leer los motivos. Conéctese en Configuración → Integración y haga clic en Reintentar, o elija “No enviar a SmartRecruiters” para mantener el cambio solo en Sourcedesk.</translation>
        </message>
        <message>
            <source>Loading reasons…</source>
            <translation>Cargando motivos…</translation>
        </message>
        <message>
            <source>The reasons could not be read from SmartRecruiters: %1
Check the connection in Settings → Integration and click Retry, or choose “Don't push to SmartRecruiters” to keep the change in Sourcedesk only.</source>
            <translation>No se pudieron leer los motivos de SmartRecruiters: %1
Compruebe la conexión en Configuración → Integración y haga clic en Reintentar, o elija “No enviar a SmartRecruiters” para mantener el cambio solo en Sourcedesk.</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>sin respuesta</translation>
        </message>
        <message>
            <source>SmartRecruiters has no withdrawal reasons. An administrator can add them in SmartRecruiters; until then this change cannot be pushed.</source>
            <translation>SmartRecruiters no tiene motivos de retirada. Un administrador puede añadirlos en SmartRecruiters; hasta entonces, este cambio no se puede enviar.</translation>
        </message>
        <message>
            <source>SmartRecruiters has no rejection reasons. An administrator can add them in SmartRecruiters; until then this change cannot be pushed.</source>
            <translation>SmartRecruiters no tiene motivos de rechazo. Un administrador puede añadirlos en SmartRecruiters; hasta entonces, este cambio no se puede enviar.</translation>
        </message>
        <message>
            <source>Choose a reason…</source>
            <translation>Elija un motivo…</translation>
        </message>
        <message>
            <source>The status could not be queued for SmartRecruiters: %1</source>
            <translation>No se pudo poner en cola el estado para SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>Not every status could be queued for SmartRecruiters:
%1</source>
            <translation>No se pudieron poner en cola todos los estados para SmartRecruiters:
%1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::PushPreviewDialog</name>
        <message>
            <source>Campaign member</source>
            <translation>Miembro de la campaña</translation>
        </message>
        <message>
            <source>What would be sent</source>
            <translation>Qué se enviaría</translation>
        </message>
        <message>
            <source>Preview status</source>
            <translation>Estado de la vista previa</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Campos</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>&amp;Push to SmartRecruiters</source>
            <translation>&amp;Enviar a SmartRecruiters</translation>
        </message>
        <message>
            <source>Push this candidate to SmartRecruiters</source>
            <translation>Enviar este candidato a SmartRecruiters</translation>
        </message>
        <message>
            <source>Preview push</source>
            <translation>Vista previa del envío</translation>
        </message>
        <message>
            <source>Preview push to SmartRecruiters</source>
            <translation>Vista previa del envío a SmartRecruiters</translation>
        </message>
        <message>
            <source>%1 &lt;%2&gt;</source>
            <translation>%1 &lt;%2&gt;</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>SmartRecruiters now</source>
            <translation>Ahora en SmartRecruiters</translation>
        </message>
        <message>
            <source>Sourcedesk would send</source>
            <translation>Sourcedesk enviaría</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <source>Sent?</source>
            <translation>¿Se envía?</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Preview actions</source>
            <translation>Acciones de la vista previa</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Miembro:</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>Acción:</translation>
        </message>
        <message>
            <source>This campaign has no members yet.</source>
            <translation>Esta campaña aún no tiene miembros.</translation>
        </message>
        <message>
            <source>Reading the candidate in SmartRecruiters…</source>
            <translation>Leyendo el candidato en SmartRecruiters…</translation>
        </message>
        <message>
            <source>Not connected: the preview uses Sourcedesk's data only.</source>
            <translation>Sin conexión: la vista previa solo usa los datos de Sourcedesk.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Tags: %1</source>
            <translation>Etiquetas: %1</translation>
        </message>
        <message>
            <source>SmartRecruiters could not be read: %1</source>
            <translation>No se pudo leer SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>Fill these mandatory fields first: %1</source>
            <translation>Rellene primero estos campos obligatorios: %1</translation>
        </message>
        <message>
            <source>The push waits: %1</source>
            <translation>El envío está en espera: %1</translation>
        </message>
        <message>
            <source>Nothing would be sent: SmartRecruiters is up to date.</source>
            <translation>No se enviaría nada: SmartRecruiters está al día.</translation>
        </message>
        <message>
            <source>Ready to push.</source>
            <translation>Listo para enviar.</translation>
        </message>
        <message>
            <source>Queuing…</source>
            <translation>Poniendo en cola…</translation>
        </message>
        <message>
            <source>Not queued: %1</source>
            <translation>No puesto en cola: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ReconcileView</name>
        <message>
            <source>Not in SmartRecruiters</source>
            <translation>No está en SmartRecruiters</translation>
        </message>
        <message>
            <source>Note not written</source>
            <translation>Nota no escrita</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Requiere atención</translation>
        </message>
        <message>
            <source>Stage differs</source>
            <translation>La etapa difiere</translation>
        </message>
        <message>
            <source>Out of step status</source>
            <translation>Estado de desincronización</translation>
        </message>
        <message>
            <source>What is out of step with SmartRecruiters</source>
            <translation>Qué está desincronizado con SmartRecruiters</translation>
        </message>
        <message>
            <source>F&amp;ix</source>
            <translation>&amp;Corregir</translation>
        </message>
        <message>
            <source>Fix the selected rows</source>
            <translation>Corregir las filas seleccionadas</translation>
        </message>
        <message>
            <source>Fix &amp;all</source>
            <translation>Corregir &amp;todo</translation>
        </message>
        <message>
            <source>Fix every row</source>
            <translation>Corregir todas las filas</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Look again for what is out of step</source>
            <translation>Volver a buscar lo que está desincronizado</translation>
        </message>
        <message>
            <source>Fix</source>
            <translation>Corregir</translation>
        </message>
        <message>
            <source>Out of step</source>
            <translation>Desincronizados</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidato</translation>
        </message>
        <message>
            <source>What Fix does</source>
            <translation>Qué hace Corregir</translation>
        </message>
        <message>
            <source>Fix the selected rows (%1)</source>
            <translation>Corregir las filas seleccionadas (%1)</translation>
        </message>
        <message>
            <source>Queue every create, retry every job and take every SmartRecruiters stage listed</source>
            <translation>Poner en cola cada creación, reintentar cada operación y adoptar cada etapa de SmartRecruiters de la lista</translation>
        </message>
        <message>
            <source>Open this view to look for what is out of step.</source>
            <translation>Abra esta vista para buscar lo que está desincronizado.</translation>
        </message>
        <message>
            <source>Fix all</source>
            <translation>Corregir todo</translation>
        </message>
        <message numerus="yes">
            <source>Fix all %n rows? Creates and retries are queued for SmartRecruiters, and differing stages take SmartRecruiters' stage.</source>
            <translation>
                <numerusform>¿Corregir %n fila? Las creaciones y los reintentos se ponen en cola para SmartRecruiters, y las etapas que difieren adoptan la etapa de SmartRecruiters.</numerusform>
                <numerusform>¿Corregir las %n filas? Las creaciones y los reintentos se ponen en cola para SmartRecruiters, y las etapas que difieren adoptan la etapa de SmartRecruiters.</numerusform>
            </translation>
        </message>
        <message>
            <source>Looking for what is out of step…</source>
            <translation>Buscando lo que está desincronizado…</translation>
        </message>
        <message>
            <source>Fixing…</source>
            <translation>Corrigiendo…</translation>
        </message>
        <message>
            <source>What is out of step could not be read: %1</source>
            <translation>No se pudo leer lo que está desincronizado: %1</translation>
        </message>
        <message>
            <source>Sourcedesk and SmartRecruiters are in step.</source>
            <translation>Sourcedesk y SmartRecruiters están sincronizados.</translation>
        </message>
        <message numerus="yes">
            <source>%n rows are out of step.</source>
            <translation>
                <numerusform>%n fila está desincronizada.</numerusform>
                <numerusform>%n filas están desincronizadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fixed %n; the sync log shows what is being sent.</source>
            <translation>
                <numerusform>Se corrigió %n; el registro de sincronización muestra lo que se está enviando.</numerusform>
                <numerusform>Se corrigieron %n; el registro de sincronización muestra lo que se está enviando.</numerusform>
            </translation>
        </message>
        <message>
            <source>These could not be fixed:
%1</source>
            <translation>No se pudieron corregir estos:
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
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>En revisión</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entrevista</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Contratado</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rechazado</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>Transferido</translation>
        </message>
        <message>
            <source>Search SmartRecruiters for</source>
            <translation>Buscar en SmartRecruiters</translation>
        </message>
        <message>
            <source>About the filters</source>
            <translation>Acerca de los filtros</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>Search SmartRecruiters</source>
            <translation>Buscar en SmartRecruiters</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>Estado de la búsqueda</translation>
        </message>
        <message>
            <source>SmartRecruiters candidates found</source>
            <translation>Candidatos de SmartRecruiters encontrados</translation>
        </message>
        <message>
            <source>&amp;More results</source>
            <translation>&amp;Más resultados</translation>
        </message>
        <message>
            <source>Load more results</source>
            <translation>Cargar más resultados</translation>
        </message>
        <message>
            <source>&amp;View in SmartRecruiters</source>
            <translation>&amp;Ver en SmartRecruiters</translation>
        </message>
        <message>
            <source>View the selected candidate in SmartRecruiters</source>
            <translation>Ver el candidato seleccionado en SmartRecruiters</translation>
        </message>
        <message>
            <source>Add to &amp;campaign…</source>
            <translation>Añadir a &amp;campaña…</translation>
        </message>
        <message>
            <source>Add the selected candidate to a campaign</source>
            <translation>Añadir el candidato seleccionado a una campaña</translation>
        </message>
        <message>
            <source>View in SmartRecruiters</source>
            <translation>Ver en SmartRecruiters</translation>
        </message>
        <message>
            <source>Add to campaign…</source>
            <translation>Añadir a campaña…</translation>
        </message>
        <message>
            <source>Name or email</source>
            <translation>Nombre o correo electrónico</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Open the profile in the browser (%1)</source>
            <translation>Abrir el perfil en el navegador (%1)</translation>
        </message>
        <message>
            <source>Add to a campaign, linked to this SmartRecruiters candidate (%1)</source>
            <translation>Añadir a una campaña, vinculado a este candidato de SmartRecruiters (%1)</translation>
        </message>
        <message>
            <source>Any job</source>
            <translation>Cualquier puesto</translation>
        </message>
        <message>
            <source>&amp;Job:</source>
            <translation>&amp;Puesto:</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>E&amp;stado:</translation>
        </message>
        <message>
            <source>Comma-separated; any of them</source>
            <translation>Separadas por comas; cualquiera de ellas</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>E&amp;tiquetas:</translation>
        </message>
        <message>
            <source>Updated after</source>
            <translation>Actualizado después de</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>En cualquier momento</translation>
        </message>
        <message>
            <source>SmartRecruiters' search cannot filter on: %1.</source>
            <translation>La búsqueda de SmartRecruiters no puede filtrar por: %1.</translation>
        </message>
        <message>
            <source>The jobs could not be read: %1</source>
            <translation>No se pudieron leer los puestos: %1</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters (Settings → Integration) to search it.</source>
            <translation>Conéctese a SmartRecruiters (Configuración → Integración) para buscar en él.</translation>
        </message>
        <message>
            <source>Searching SmartRecruiters…</source>
            <translation>Buscando en SmartRecruiters…</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>Error en la búsqueda: %1</translation>
        </message>
        <message>
            <source>Nobody in SmartRecruiters matches. Only candidates with an application can be searched; talent-pool-only profiles are not listed.</source>
            <translation>Nadie en SmartRecruiters coincide. Solo se pueden buscar candidatos con una candidatura; los perfiles que solo están en el talent pool no aparecen.</translation>
        </message>
        <message>
            <source>%1 of %2 shown.</source>
            <translation>Se muestran %1 de %2.</translation>
        </message>
        <message>
            <source>%1 shown.</source>
            <translation>Se muestran %1.</translation>
        </message>
        <message>
            <source>No browser could be opened. The profile is at:
%1</source>
            <translation>No se pudo abrir ningún navegador. El perfil está en:
%1</translation>
        </message>
        <message>
            <source>Add %1 to which campaign?</source>
            <translation>¿A qué campaña desea añadir a %1?</translation>
        </message>
        <message>
            <source>Connect to SmartRecruiters (Settings → Integration) to add from it.</source>
            <translation>Conéctese a SmartRecruiters (Configuración → Integración) para añadir desde él.</translation>
        </message>
        <message>
            <source>Reading the profile from SmartRecruiters…</source>
            <translation>Leyendo el perfil de SmartRecruiters…</translation>
        </message>
        <message>
            <source>The profile could not be read: %1</source>
            <translation>No se pudo leer el perfil: %1</translation>
        </message>
        <message>
            <source>Not added.</source>
            <translation>No añadido.</translation>
        </message>
        <message>
            <source>Add to campaign</source>
            <translation>Añadir a la campaña</translation>
        </message>
        <message>
            <source>%1 was already in the campaign.</source>
            <translation>%1 ya estaba en la campaña.</translation>
        </message>
        <message>
            <source>%1 was already in Sourcedesk: linked and added.</source>
            <translation>%1 ya estaba en Sourcedesk: vinculado y añadido.</translation>
        </message>
        <message>
            <source>%1 added to the campaign.</source>
            <translation>%1 añadido a la campaña.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::RepliesView</name>
        <message>
            <source>Replies</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Reply text</source>
            <translation>Texto de la respuesta</translation>
        </message>
        <message>
            <source>Replies status</source>
            <translation>Estado de las respuestas</translation>
        </message>
        <message>
            <source>Load &amp;more</source>
            <translation>Cargar &amp;más</translation>
        </message>
        <message>
            <source>Load older replies</source>
            <translation>Cargar respuestas anteriores</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Reload the replies</source>
            <translation>Volver a cargar las respuestas</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibida</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Mark &amp;interested</source>
            <translation>Marcar como &amp;interesado</translation>
        </message>
        <message>
            <source>Mark &amp;not interested</source>
            <translation>Marcar como &amp;no interesado</translation>
        </message>
        <message>
            <source>No replies yet.</source>
            <translation>Todavía no hay respuestas.</translation>
        </message>
        <message numerus="yes">
            <source>%n replies</source>
            <translation>
                <numerusform>%n respuesta</numerusform>
                <numerusform>%n respuestas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 &lt;%2&gt;</source>
            <translation>%1 &lt;%2&gt;</translation>
        </message>
        <message>
            <source>This reply is not tied to a campaign.</source>
            <translation>Esta respuesta no está asociada a ninguna campaña.</translation>
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
            <translation>Estado de la cola de revisión</translation>
        </message>
        <message>
            <source>Possible matches to review</source>
            <translation>Posibles coincidencias que revisar</translation>
        </message>
        <message>
            <source>The SmartRecruiters candidate</source>
            <translation>El candidato de SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Link to this SmartRecruiters candidate</source>
            <translation>&amp;Vincular a este candidato de SmartRecruiters</translation>
        </message>
        <message>
            <source>Link to this SmartRecruiters candidate</source>
            <translation>Vincular a este candidato de SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Different people — create a new profile</source>
            <translation>&amp;Personas distintas: crear un perfil nuevo</translation>
        </message>
        <message>
            <source>Different people: create a new profile</source>
            <translation>Personas distintas: crear un perfil nuevo</translation>
        </message>
        <message>
            <source>&amp;View in SmartRecruiters</source>
            <translation>&amp;Ver en SmartRecruiters</translation>
        </message>
        <message>
            <source>View the match in SmartRecruiters</source>
            <translation>Ver la coincidencia en SmartRecruiters</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Refresh the review queue</source>
            <translation>Actualizar la cola de revisión</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>Cola de revisión</translation>
        </message>
        <message>
            <source>Sourcedesk candidate</source>
            <translation>Candidato de Sourcedesk</translation>
        </message>
        <message>
            <source>Why it may be the same person</source>
            <translation>Por qué puede ser la misma persona</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>En cola</translation>
        </message>
        <message>
            <source>Different people — create a new profile</source>
            <translation>Personas distintas: crear un perfil nuevo</translation>
        </message>
        <message>
            <source>View match in SmartRecruiters</source>
            <translation>Ver la coincidencia en SmartRecruiters</translation>
        </message>
        <message>
            <source>The same person: link them and send what waited (%1)</source>
            <translation>La misma persona: vincularlos y enviar lo que estaba en espera (%1)</translation>
        </message>
        <message>
            <source>Not the same person: create them in SmartRecruiters as a new profile (%1)</source>
            <translation>No es la misma persona: crearla en SmartRecruiters como perfil nuevo (%1)</translation>
        </message>
        <message>
            <source>Open the SmartRecruiters profile in the browser (%1)</source>
            <translation>Abrir el perfil de SmartRecruiters en el navegador (%1)</translation>
        </message>
        <message>
            <source>The review queue could not be read: %1</source>
            <translation>No se pudo leer la cola de revisión: %1</translation>
        </message>
        <message>
            <source>Candidate %1 (deleted)</source>
            <translation>Candidato %1 (eliminado)</translation>
        </message>
        <message>
            <source>No possible match waits for review.</source>
            <translation>No hay posibles coincidencias pendientes de revisión.</translation>
        </message>
        <message numerus="yes">
            <source>%n possible matches wait for you: is it the same person?</source>
            <translation>
                <numerusform>%n posible coincidencia espera su decisión: ¿es la misma persona?</numerusform>
                <numerusform>%n posibles coincidencias esperan su decisión: ¿es la misma persona?</numerusform>
            </translation>
        </message>
        <message>
            <source>SmartRecruiters candidate %1 (connect to SmartRecruiters to see their details).</source>
            <translation>Candidato %1 de SmartRecruiters (conéctese a SmartRecruiters para ver sus datos).</translation>
        </message>
        <message>
            <source>Reading SmartRecruiters candidate %1…</source>
            <translation>Leyendo el candidato %1 de SmartRecruiters…</translation>
        </message>
        <message>
            <source>SmartRecruiters candidate %1 could not be read: %2</source>
            <translation>No se pudo leer el candidato %1 de SmartRecruiters: %2</translation>
        </message>
        <message>
            <source>on "%1" (%2)</source>
            <translation>en "%1" (%2)</translation>
        </message>
        <message>
            <source>In SmartRecruiters: %1</source>
            <translation>En SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Vincular</translation>
        </message>
        <message>
            <source>%1

Open the other Sourcedesk candidate's SmartRecruiters tab and unlink them, or choose "Different people".</source>
            <translation>%1

Abra la pestaña SmartRecruiters del otro candidato de Sourcedesk y desvincúlelo, o elija "Personas distintas".</translation>
        </message>
        <message>
            <source>Linked, but the waiting create job could not be retried: %1. Retry it from the sync log.</source>
            <translation>Vinculado, pero no se pudo reintentar la operación de creación en espera: %1. Reinténtela desde el registro de sincronización.</translation>
        </message>
        <message>
            <source>Linked; what waited for this candidate goes to SmartRecruiters now.</source>
            <translation>Vinculado; lo que estaba en espera para este candidato se envía ahora a SmartRecruiters.</translation>
        </message>
        <message>
            <source>Different people</source>
            <translation>Personas distintas</translation>
        </message>
        <message>
            <source>Create a new profile in SmartRecruiters for this candidate? The possible match stays as it is, and Sourcedesk will not ask about it again.</source>
            <translation>¿Crear un perfil nuevo en SmartRecruiters para este candidato? La posible coincidencia se queda como está y Sourcedesk no volverá a preguntar por ella.</translation>
        </message>
        <message>
            <source>The create job could not be retried: %1. Retry it from the sync log.</source>
            <translation>No se pudo reintentar la operación de creación: %1. Reinténtela desde el registro de sincronización.</translation>
        </message>
        <message>
            <source>A new SmartRecruiters profile will be created for this candidate.</source>
            <translation>Se creará un perfil nuevo de SmartRecruiters para este candidato.</translation>
        </message>
        <message>
            <source>View in SmartRecruiters</source>
            <translation>Ver en SmartRecruiters</translation>
        </message>
        <message>
            <source>No browser could be opened. The profile is at:
%1</source>
            <translation>No se pudo abrir ningún navegador. El perfil está en:
%1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SampleOffer</name>
        <message>
            <source>Welcome to Sourcedesk</source>
            <translation>Bienvenido a Sourcedesk</translation>
        </message>
        <message>
            <source>Add a small sample campaign to explore Sourcedesk? It is clearly marked and can be removed any time.</source>
            <translation>¿Desea añadir una pequeña campaña de ejemplo para explorar Sourcedesk? Está claramente marcada y se puede eliminar en cualquier momento.</translation>
        </message>
        <message>
            <source>Sample campaign</source>
            <translation>Campaña de ejemplo</translation>
        </message>
        <message>
            <source>The sample campaign could not be created: %1
You can start with your own campaign right away.</source>
            <translation>No se pudo crear la campaña de ejemplo: %1
Puede empezar ahora mismo con su propia campaña.</translation>
        </message>
        <message>
            <source>Remove sample data</source>
            <translation>Eliminar datos de ejemplo</translation>
        </message>
        <message>
            <source>This workspace has no sample data.</source>
            <translation>Este espacio de trabajo no tiene datos de ejemplo.</translation>
        </message>
        <message>
            <source>Remove the sample campaign and its sample candidates? Your own campaigns and candidates are not touched.</source>
            <translation>¿Eliminar la campaña de ejemplo y sus candidatos de ejemplo? Sus propias campañas y candidatos no se modifican.</translation>
        </message>
        <message>
            <source>The sample data could not be removed: %1</source>
            <translation>No se pudieron eliminar los datos de ejemplo: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SearchPalette</name>
        <message>
            <source>Search everywhere</source>
            <translation>Buscar en todas partes</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <source>Search state</source>
            <translation>Estado de la búsqueda</translation>
        </message>
        <message>
            <source>Search campaigns, candidates and SmartRecruiters jobs</source>
            <translation>Buscar campañas, candidatos y puestos de SmartRecruiters</translation>
        </message>
        <message>
            <source>Type to search. Up and Down move through the results, Enter opens one, Escape closes.</source>
            <translation>Escriba para buscar. Arriba y Abajo recorren los resultados, Intro abre uno y Esc cierra.</translation>
        </message>
        <message>
            <source>Results grouped by campaigns, candidates and SmartRecruiters jobs</source>
            <translation>Resultados agrupados por campañas, candidatos y puestos de SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs could not be searched: %1</source>
            <translation>No se pudieron buscar los puestos de SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>Campaigns</source>
            <translation>Campañas</translation>
        </message>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (archivada)</translation>
        </message>
        <message>
            <source>Campaign: %1</source>
            <translation>Campaña: %1</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidatos</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Candidate: %1</source>
            <translation>Candidato: %1</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs</source>
            <translation>Puestos de SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters job: %1</source>
            <translation>Puesto de SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>Type to search campaigns, candidates and SmartRecruiters jobs.</source>
            <translation>Escriba para buscar campañas, candidatos y puestos de SmartRecruiters.</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>Error en la búsqueda: %1</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Buscando…</translation>
        </message>
        <message>
            <source>Nothing matches “%1”.</source>
            <translation>Nada coincide con “%1”.</translation>
        </message>
        <message numerus="yes">
            <source>%n results. Up and Down move, Enter opens, Escape closes.</source>
            <translation>
                <numerusform>%n resultado. Arriba y Abajo se desplazan, Intro abre y Esc cierra.</numerusform>
                <numerusform>%n resultados. Arriba y Abajo se desplazan, Intro abre y Esc cierra.</numerusform>
            </translation>
        </message>
        <message>
            <source>Searching SmartRecruiters jobs…</source>
            <translation>Buscando puestos de SmartRecruiters…</translation>
        </message>
        <message>
            <source>SmartRecruiters job</source>
            <translation>Puesto de SmartRecruiters</translation>
        </message>
        <message>
            <source>“%1” is not linked to a campaign yet. Link it from a campaign's SmartRecruiters panel (Link job…).</source>
            <translation>“%1” aún no está vinculado a ninguna campaña. Vincúlelo desde el panel SmartRecruiters de una campaña (Vincular puesto…).</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SequenceEditor</name>
        <message>
            <source>Sequence name</source>
            <translation>Nombre de la secuencia</translation>
        </message>
        <message>
            <source>Sender name</source>
            <translation>Nombre del remitente</translation>
        </message>
        <message>
            <source>Send in whose time zone</source>
            <translation>Enviar según la zona horaria de quién</translation>
        </message>
        <message>
            <source>Recruiter's time zone</source>
            <translation>Zona horaria del reclutador</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Save sequence</source>
            <translation>Guardar secuencia</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Añadir paso</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Quitar paso</translation>
        </message>
        <message>
            <source>Move step up</source>
            <translation>Subir paso</translation>
        </message>
        <message>
            <source>Move step down</source>
            <translation>Bajar paso</translation>
        </message>
        <message>
            <source>Sa&amp;ve step</source>
            <translation>&amp;Guardar paso</translation>
        </message>
        <message>
            <source>Save step</source>
            <translation>Guardar paso</translation>
        </message>
        <message>
            <source>Sequence editor</source>
            <translation>Editor de secuencias</translation>
        </message>
        <message>
            <source>The candidate's time zone</source>
            <translation>La zona horaria del candidato</translation>
        </message>
        <message>
            <source>My time zone</source>
            <translation>Mi zona horaria</translation>
        </message>
        <message>
            <source>Sequence</source>
            <translation>Secuencia</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>Se&amp;nder name:</source>
            <translation>Nombre del &amp;remitente:</translation>
        </message>
        <message>
            <source>Send &amp;in:</source>
            <translation>Enviar &amp;en:</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Zona horaria:</translation>
        </message>
        <message>
            <source>&amp;Add step</source>
            <translation>&amp;Añadir paso</translation>
        </message>
        <message>
            <source>&amp;Remove step</source>
            <translation>&amp;Quitar paso</translation>
        </message>
        <message>
            <source>Move step &amp;up</source>
            <translation>S&amp;ubir paso</translation>
        </message>
        <message>
            <source>Move step &amp;down</source>
            <translation>&amp;Bajar paso</translation>
        </message>
        <message>
            <source>Steps (Alt+Up/Down to reorder):</source>
            <translation>Pasos (Alt+Arriba/Abajo para reordenar):</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>The sequence could not be loaded: %1</source>
            <translation>No se pudo cargar la secuencia: %1</translation>
        </message>
        <message>
            <source>%1 sequence</source>
            <translation>Secuencia %1</translation>
        </message>
        <message>
            <source>Give the sequence a name.</source>
            <translation>Asigne un nombre a la secuencia.</translation>
        </message>
        <message>
            <source>“%1” is not a known time zone; pick one from the list.</source>
            <translation>“%1” no es una zona horaria conocida; elija una de la lista.</translation>
        </message>
        <message>
            <source>The sequence could not be saved: %1</source>
            <translation>No se pudo guardar la secuencia: %1</translation>
        </message>
        <message>
            <source>Step %1 could not be saved: %2</source>
            <translation>No se pudo guardar el paso %1: %2</translation>
        </message>
        <message>
            <source>The step could not be added: %1</source>
            <translation>No se pudo añadir el paso: %1</translation>
        </message>
        <message>
            <source>Remove step %1 (%2)? Members who have not reached it yet will skip it.</source>
            <translation>¿Quitar el paso %1 (%2)? Los miembros que aún no lo hayan alcanzado lo omitirán.</translation>
        </message>
        <message>
            <source>The step could not be removed: %1</source>
            <translation>No se pudo quitar el paso: %1</translation>
        </message>
        <message>
            <source>Move step</source>
            <translation>Mover paso</translation>
        </message>
        <message>
            <source>The steps could not be reordered: %1</source>
            <translation>No se pudieron reordenar los pasos: %1</translation>
        </message>
        <message>
            <source>The steps could not be loaded: %1</source>
            <translation>No se pudieron cargar los pasos: %1</translation>
        </message>
        <message>
            <source>%1. %2 — Day +%3 — %4</source>
            <translation>%1. %2 — Día +%3 — %4</translation>
        </message>
        <message>
            <source>&amp;Save sequence</source>
            <translation>&amp;Guardar secuencia</translation>
        </message>
        <message>
            <source>&amp;Create sequence</source>
            <translation>&amp;Crear secuencia</translation>
        </message>
        <message>
            <source>Sequence for “%1”</source>
            <translation>Secuencia de “%1”</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Botones del cuadro de diálogo</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SequencePreview</name>
        <message>
            <source>Preview for member</source>
            <translation>Vista previa para el miembro</translation>
        </message>
        <message>
            <source>Rendered subject</source>
            <translation>Asunto generado</translation>
        </message>
        <message>
            <source>Rendered body</source>
            <translation>Cuerpo generado</translation>
        </message>
        <message>
            <source>Missing placeholders</source>
            <translation>Marcadores que faltan</translation>
        </message>
        <message>
            <source>Members with an empty placeholder</source>
            <translation>Miembros con un marcador vacío</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Miembro:</translation>
        </message>
        <message>
            <source>Subject:</source>
            <translation>Asunto:</translation>
        </message>
        <message>
            <source>The members could not be loaded: %1</source>
            <translation>No se pudieron cargar los miembros: %1</translation>
        </message>
        <message>
            <source>No members to preview yet.</source>
            <translation>Aún no hay miembros para previsualizar.</translation>
        </message>
        <message>
            <source>Empty for %1: %2 — this email would not be sent.</source>
            <translation>Vacío para %1: %2 — este correo no se enviaría.</translation>
        </message>
        <message>
            <source>Checking the campaign's members…</source>
            <translation>Comprobando los miembros de la campaña…</translation>
        </message>
        <message>
            <source>The members could not be checked: %1</source>
            <translation>No se pudieron comprobar los miembros: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n members have an empty placeholder</source>
            <translation>
                <numerusform>%1 de %n miembro tiene un marcador vacío</numerusform>
                <numerusform>%1 de %n miembros tienen un marcador vacío</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SettingValueEdit</name>
        <message>
            <source>On</source>
            <translation>Activado</translation>
        </message>
        <message>
            <source>yyyy-MM-dd, or empty</source>
            <translation>yyyy-MM-dd, o vacío</translation>
        </message>
        <message>
            <source>ids, separated by commas</source>
            <translation>id, separados por comas</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Choose %1</source>
            <translation>Elegir %1</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SettingsView</name>
        <message>
            <source>Settings pages</source>
            <translation>Páginas de configuración</translation>
        </message>
        <message>
            <source>Settings page</source>
            <translation>Página de configuración</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Archivo del espacio de trabajo</translation>
        </message>
        <message>
            <source>Remove sample data…</source>
            <translation>Eliminar datos de ejemplo…</translation>
        </message>
        <message>
            <source>Remove sample data</source>
            <translation>Eliminar datos de ejemplo</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Language note</source>
            <translation>Nota sobre el idioma</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Espacio de trabajo</translation>
        </message>
        <message>
            <source>Workspace settings</source>
            <translation>Configuración del espacio de trabajo</translation>
        </message>
        <message>
            <source>Open another workspace…</source>
            <translation>Abrir otro espacio de trabajo…</translation>
        </message>
        <message>
            <source>Open another workspace</source>
            <translation>Abrir otro espacio de trabajo</translation>
        </message>
        <message>
            <source>A workspace is one file holding your campaigns, candidates and activities. Opening another workspace replaces this window's contents; nothing is copied or deleted.</source>
            <translation>Un espacio de trabajo es un archivo que contiene sus campañas, candidatos y actividades. Abrir otro espacio de trabajo sustituye el contenido de esta ventana; no se copia ni se elimina nada.</translation>
        </message>
        <message>
            <source>About workspaces</source>
            <translation>Acerca de los espacios de trabajo</translation>
        </message>
        <message>
            <source>Workspace file:</source>
            <translation>Archivo del espacio de trabajo:</translation>
        </message>
        <message>
            <source>Sample data:</source>
            <translation>Datos de ejemplo:</translation>
        </message>
        <message>
            <source>Language settings</source>
            <translation>Configuración de idioma</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Open or create a workspace</source>
            <translation>Abrir o crear un espacio de trabajo</translation>
        </message>
        <message>
            <source>Sourcedesk workspaces (*.sqlite *.db);;All files (*)</source>
            <translation>Espacios de trabajo de Sourcedesk (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Removes the sample campaign and its sample candidates</source>
            <translation>Elimina la campaña de ejemplo y sus candidatos de ejemplo</translation>
        </message>
        <message>
            <source>This workspace has no sample data</source>
            <translation>Este espacio de trabajo no tiene datos de ejemplo</translation>
        </message>
        <message>
            <source>Run setup again…</source>
            <translation>Volver a ejecutar la configuración inicial…</translation>
        </message>
        <message>
            <source>Run the first-run setup again</source>
            <translation>Volver a ejecutar la configuración inicial</translation>
        </message>
        <message>
            <source>Workspace, SmartRecruiters connection, sync choices and a first import, step by step.</source>
            <translation>Espacio de trabajo, conexión con SmartRecruiters, opciones de sincronización y una primera importación, paso a paso.</translation>
        </message>
        <message>
            <source>Setup:</source>
            <translation>Configuración inicial:</translation>
        </message>
        <message>
            <source>Sourcedesk switches to the language you choose at once, without a restart. Dates, numbers and plural forms follow it.</source>
            <translation>Sourcedesk cambia al idioma elegido de inmediato, sin reiniciar. Las fechas, los números y las formas del plural se adaptan a él.</translation>
        </message>
        <message>
            <source>Connect to a team workspace…</source>
            <translation>Conectarse a un espacio de trabajo de equipo…</translation>
        </message>
        <message>
            <source>Connect to a team workspace</source>
            <translation>Conectarse a un espacio de trabajo de equipo</translation>
        </message>
        <message>
            <source>Open a workspace shared by your team on a PostgreSQL server.</source>
            <translation>Abrir un espacio de trabajo compartido por su equipo en un servidor PostgreSQL.</translation>
        </message>
        <message>
            <source>This team workspace lives on your team's PostgreSQL server and is shared with everyone on the team. Opening another workspace replaces this window's contents; nothing is copied or deleted.</source>
            <translation>Este espacio de trabajo de equipo está en el servidor PostgreSQL de su equipo y se comparte con todos sus miembros. Abrir otro espacio de trabajo sustituye el contenido de esta ventana; no se copia ni se elimina nada.</translation>
        </message>
        <message>
            <source>Team workspace:</source>
            <translation>Espacio de trabajo de equipo:</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Servidor:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Base de datos:</translation>
        </message>
        <message>
            <source>Signed in as:</source>
            <translation>Sesión iniciada como:</translation>
        </message>
        <message>
            <source>Your role:</source>
            <translation>Su rol:</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Métodos abreviados de teclado</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Botones del cuadro de diálogo</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation>En cualquier lugar</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>Añadir paso</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>Quitar paso</translation>
        </message>
        <message>
            <source>Move step up</source>
            <translation>Subir paso</translation>
        </message>
        <message>
            <source>Move step down</source>
            <translation>Bajar paso</translation>
        </message>
        <message>
            <source>Save step</source>
            <translation>Guardar paso</translation>
        </message>
        <message>
            <source>Sequence editor</source>
            <translation>Editor de secuencias</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::StageMappingPage</name>
        <message>
            <source>Hiring stages</source>
            <translation>Etapas de contratación</translation>
        </message>
        <message>
            <source>&amp;Download from SmartRecruiters</source>
            <translation>&amp;Descargar de SmartRecruiters</translation>
        </message>
        <message>
            <source>Download the hiring stages from SmartRecruiters</source>
            <translation>Descargar las etapas de contratación de SmartRecruiters</translation>
        </message>
        <message>
            <source>S&amp;uggest</source>
            <translation>S&amp;ugerir</translation>
        </message>
        <message>
            <source>Suggest a pipeline status for every unmapped stage</source>
            <translation>Sugerir un estado del pipeline para cada etapa sin asignar</translation>
        </message>
        <message>
            <source>C&amp;lear flag</source>
            <translation>&amp;Quitar marca</translation>
        </message>
        <message>
            <source>Accept the change SmartRecruiters made to the selected stage</source>
            <translation>Aceptar el cambio que SmartRecruiters hizo en la etapa seleccionada</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Re&amp;vertir</translation>
        </message>
        <message>
            <source>Drop the unsaved stage mapping changes</source>
            <translation>Descartar los cambios sin guardar de la asignación de etapas</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save the stage mapping</source>
            <translation>Guardar la asignación de etapas</translation>
        </message>
        <message>
            <source>Hiring stages status</source>
            <translation>Estado de las etapas de contratación</translation>
        </message>
        <message>
            <source>About hiring stages</source>
            <translation>Acerca de las etapas de contratación</translation>
        </message>
        <message>
            <source>Map every SmartRecruiters hiring stage to a Sourcedesk pipeline status. The stage sync then moves campaign members when their application moves in SmartRecruiters. Every stage must be mapped before the mapping can be saved.</source>
            <translation>Asigne cada etapa de contratación de SmartRecruiters a un estado del pipeline de Sourcedesk. Después, la sincronización de etapas mueve a los miembros de la campaña cuando su candidatura avanza en SmartRecruiters. Todas las etapas deben estar asignadas para poder guardar la asignación.</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>SmartRecruiters status</source>
            <translation>Estado en SmartRecruiters</translation>
        </message>
        <message>
            <source>Pipeline status</source>
            <translation>Estado del pipeline</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Download the stages (%1)</source>
            <translation>Descargar las etapas (%1)</translation>
        </message>
        <message>
            <source>Save (%1)</source>
            <translation>Guardar (%1)</translation>
        </message>
        <message>
            <source>Pushing back: stage used for each status</source>
            <translation>Envío de vuelta: etapa usada para cada estado</translation>
        </message>
        <message>
            <source>Stage used for each status when pushing back</source>
            <translation>Etapa usada para cada estado en el envío de vuelta</translation>
        </message>
        <message>
            <source>When several stages map to one status, a change made in Sourcedesk is pushed to SmartRecruiters as this stage.</source>
            <translation>Cuando varias etapas se asignan a un mismo estado, un cambio hecho en Sourcedesk se envía a SmartRecruiters como esta etapa.</translation>
        </message>
        <message>
            <source>Stage pushed for %1</source>
            <translation>Etapa enviada para %1</translation>
        </message>
        <message>
            <source>The hiring stages could not be read: %1</source>
            <translation>No se pudieron leer las etapas de contratación: %1</translation>
        </message>
        <message>
            <source>No stages yet. Download them from SmartRecruiters.</source>
            <translation>Todavía no hay etapas. Descárguelas de SmartRecruiters.</translation>
        </message>
        <message>
            <source>Main statuses (every hiring process)</source>
            <translation>Estados principales (todos los procesos de contratación)</translation>
        </message>
        <message>
            <source>Hiring process: %1</source>
            <translation>Proceso de contratación: %1</translation>
        </message>
        <message>
            <source>Changed in SmartRecruiters: %1. Select the stage and click Clear flag once you have checked its mapping.</source>
            <translation>Cambiada en SmartRecruiters: %1. Seleccione la etapa y haga clic en Quitar marca cuando haya revisado su asignación.</translation>
        </message>
        <message>
            <source>Pipeline status for %1</source>
            <translation>Estado del pipeline para %1</translation>
        </message>
        <message>
            <source>— Not mapped —</source>
            <translation>— Sin asignar —</translation>
        </message>
        <message>
            <source>(the only or main stage)</source>
            <translation>(la única etapa o la principal)</translation>
        </message>
        <message>
            <source>Only needed when several stages map to this status.</source>
            <translation>Solo es necesario cuando varias etapas se asignan a este estado.</translation>
        </message>
        <message>
            <source>Connect on Settings → Integration: SmartRecruiters first.</source>
            <translation>Conéctese primero en Configuración → Integración: SmartRecruiters.</translation>
        </message>
        <message>
            <source>Not connected to SmartRecruiters. Connect on Settings → Integration: SmartRecruiters, then download the stages.</source>
            <translation>No está conectado a SmartRecruiters. Conéctese en Configuración → Integración: SmartRecruiters y después descargue las etapas.</translation>
        </message>
        <message>
            <source>Downloading the hiring stages from SmartRecruiters…</source>
            <translation>Descargando las etapas de contratación de SmartRecruiters…</translation>
        </message>
        <message>
            <source>The stages could not be downloaded: %1</source>
            <translation>No se pudieron descargar las etapas: %1</translation>
        </message>
        <message>
            <source>The downloaded stages could not be stored: %1</source>
            <translation>No se pudieron guardar las etapas descargadas: %1</translation>
        </message>
        <message>
            <source>Downloaded: the stages are the same as in SmartRecruiters.</source>
            <translation>Descargadas: las etapas son las mismas que en SmartRecruiters.</translation>
        </message>
        <message>
            <source>Downloaded: %1 new, %2 renamed, %3 no longer in SmartRecruiters, %4 back. Map the new stages and check the highlighted ones.</source>
            <translation>Descargadas: %1 nuevas, %2 renombradas, %3 ya no están en SmartRecruiters, %4 recuperadas. Asigne las etapas nuevas y revise las resaltadas.</translation>
        </message>
        <message>
            <source>Suggested a status for %1 unmapped stages. Check them, then save.</source>
            <translation>Se sugirió un estado para %1 etapas sin asignar. Revíselas y después guarde.</translation>
        </message>
        <message>
            <source>Every stage is already mapped.</source>
            <translation>Todas las etapas ya están asignadas.</translation>
        </message>
        <message>
            <source>Not saved: %1 stages are not mapped yet.</source>
            <translation>No guardado: %1 etapas aún no están asignadas.</translation>
        </message>
        <message>
            <source>Stage mapping not saved</source>
            <translation>Asignación de etapas no guardada</translation>
        </message>
        <message>
            <source>Nothing was saved. Every stage needs a pipeline status; these have none:

%1

Choose one for each, or click Suggest.</source>
            <translation>No se guardó nada. Cada etapa necesita un estado del pipeline; estas no tienen ninguno:

%1

Elija uno para cada una o haga clic en Sugerir.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>No guardado: %1</translation>
        </message>
        <message>
            <source>Nothing was saved: %1</source>
            <translation>No se guardó nada: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>The mapping was saved, but not every preferred stage: %1</source>
            <translation>La asignación se guardó, pero no todas las etapas preferidas: %1</translation>
        </message>
        <message>
            <source>Unsaved changes dropped.</source>
            <translation>Se descartaron los cambios sin guardar.</translation>
        </message>
        <message>
            <source>The flag could not be cleared: %1</source>
            <translation>No se pudo quitar la marca: %1</translation>
        </message>
        <message>
            <source>Flag cleared.</source>
            <translation>Marca quitada.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::StageSyncPanel</name>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Stage sync settings</source>
            <translation>Configuración de sincronización de etapas</translation>
        </message>
        <message>
            <source>Next stage sync</source>
            <translation>Próxima sincronización de etapas</translation>
        </message>
        <message>
            <source>S&amp;ync stages now</source>
            <translation>S&amp;incronizar etapas ahora</translation>
        </message>
        <message>
            <source>Sync the hiring stages from SmartRecruiters now</source>
            <translation>Sincronizar ahora las etapas de contratación desde SmartRecruiters</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel the stage sync</source>
            <translation>Cancelar la sincronización de etapas</translation>
        </message>
        <message>
            <source>Stage sync progress</source>
            <translation>Progreso de la sincronización de etapas</translation>
        </message>
        <message>
            <source>Last stage sync</source>
            <translation>Última sincronización de etapas</translation>
        </message>
        <message>
            <source>Stage drift</source>
            <translation>Desviación de etapas</translation>
        </message>
        <message>
            <source>Stage sync</source>
            <translation>Sincronización de etapas</translation>
        </message>
        <message>
            <source>These settings are edited with the other sync settings on Settings → SmartRecruiters sync (team defaults).</source>
            <translation>Esta configuración se edita junto con el resto de la configuración de sincronización en Configuración → Sincronización con SmartRecruiters (valores predeterminados del equipo).</translation>
        </message>
        <message>
            <source>Where to edit the stage sync settings</source>
            <translation>Dónde editar la configuración de sincronización de etapas</translation>
        </message>
        <message>
            <source>Sync stages now (%1)</source>
            <translation>Sincronizar etapas ahora (%1)</translation>
        </message>
        <message>
            <source>Applications whose SmartRecruiters stage could not be applied, and members out of step</source>
            <translation>Candidaturas cuya etapa de SmartRecruiters no se pudo aplicar y miembros desincronizados</translation>
        </message>
        <message>
            <source>Syncing the stages…</source>
            <translation>Sincronizando las etapas…</translation>
        </message>
        <message>
            <source>The stage sync settings could not be read: %1</source>
            <translation>No se pudo leer la configuración de sincronización de etapas: %1</translation>
        </message>
        <message>
            <source>Synchronize hiring stages: %1</source>
            <translation>Sincronizar etapas de contratación: %1</translation>
        </message>
        <message>
            <source>Daily at %1 (%2)</source>
            <translation>Diariamente a las %1 (%2)</translation>
        </message>
        <message>
            <source>Since: %1</source>
            <translation>Desde: %1</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>sin establecer</translation>
        </message>
        <message>
            <source>Only applications made after stage sync was turned on: %1</source>
            <translation>Solo candidaturas realizadas después de activar la sincronización de etapas: %1</translation>
        </message>
        <message>
            <source>Push pipeline changes back to SmartRecruiters: %1</source>
            <translation>Enviar los cambios del pipeline a SmartRecruiters: %1</translation>
        </message>
        <message>
            <source>The stage sync is not available in this window.</source>
            <translation>La sincronización de etapas no está disponible en esta ventana.</translation>
        </message>
        <message>
            <source>Scheduled runs are off in this window.</source>
            <translation>Las ejecuciones programadas están desactivadas en esta ventana.</translation>
        </message>
        <message>
            <source>Stage sync is turned off.</source>
            <translation>La sincronización de etapas está desactivada.</translation>
        </message>
        <message>
            <source>Running now.</source>
            <translation>En ejecución.</translation>
        </message>
        <message>
            <source>Next run: %1</source>
            <translation>Próxima ejecución: %1</translation>
        </message>
        <message>
            <source>The last stage sync could not be read: %1</source>
            <translation>No se pudo leer la última sincronización de etapas: %1</translation>
        </message>
        <message>
            <source>The stages have not been synced yet.</source>
            <translation>Las etapas aún no se han sincronizado.</translation>
        </message>
        <message>
            <source>Last run: %1 applications read, %2 members moved, %3 stage drift.</source>
            <translation>Última ejecución: %1 candidaturas leídas, %2 miembros movidos, %3 con desviación de etapa.</translation>
        </message>
        <message>
            <source>The last run did not finish.</source>
            <translation>La última ejecución no terminó.</translation>
        </message>
        <message>
            <source>Last run (%1) was cancelled.</source>
            <translation>Se canceló la última ejecución (%1).</translation>
        </message>
        <message>
            <source>Last run (%1) failed: %2</source>
            <translation>La última ejecución (%1) falló: %2</translation>
        </message>
        <message>
            <source>Last run (%1): %2 applications read, %3 members moved, %4 stage drift, %5 new stages.</source>
            <translation>Última ejecución (%1): %2 candidaturas leídas, %3 miembros movidos, %4 con desviación de etapa, %5 etapas nuevas.</translation>
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
            <translation>Candidato %1 de SmartRecruiters, puesto %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Out of step with SmartRecruiters after the run: %1 (see the reconciliation view).</source>
            <translation>Desincronizados con SmartRecruiters después de la ejecución: %1 (consulte la vista de conciliación).</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::StageSyncParts</name>
        <message>
            <source>Hiring stages</source>
            <translation>Etapas de contratación</translation>
        </message>
        <message>
            <source>Syncing hiring stages from SmartRecruiters…</source>
            <translation>Sincronizando las etapas de contratación desde SmartRecruiters…</translation>
        </message>
        <message>
            <source>Syncing hiring stages from SmartRecruiters… %1 of %2</source>
            <translation>Sincronizando las etapas de contratación desde SmartRecruiters… %1 de %2</translation>
        </message>
        <message>
            <source>Hiring stages synced: %1 members moved, %2 stage drift.</source>
            <translation>Etapas de contratación sincronizadas: %1 miembros movidos, %2 con desviación de etapa.</translation>
        </message>
        <message>
            <source>The stage sync did not finish: %1</source>
            <translation>La sincronización de etapas no terminó: %1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::StepForm</name>
        <message>
            <source>Automatic email</source>
            <translation>Correo automático</translation>
        </message>
        <message>
            <source>Manual email</source>
            <translation>Correo manual</translation>
        </message>
        <message>
            <source>LinkedIn connection request</source>
            <translation>Solicitud de conexión de LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn message / InMail</source>
            <translation>Mensaje / InMail de LinkedIn</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Llamada</translation>
        </message>
        <message>
            <source>Custom task</source>
            <translation>Tarea personalizada</translation>
        </message>
        <message>
            <source>midnight</source>
            <translation>medianoche</translation>
        </message>
        <message>
            <source>Mon–Fri %1–%2</source>
            <translation>lun–vie %1–%2</translation>
        </message>
        <message>
            <source>%1 %2–%3</source>
            <translation>%1 %2–%3</translation>
        </message>
        <message>
            <source>Step kind</source>
            <translation>Tipo de paso</translation>
        </message>
        <message>
            <source>Delay in business days</source>
            <translation>Retraso en días hábiles</translation>
        </message>
        <message>
            <source>Send window from</source>
            <translation>Ventana de envío desde</translation>
        </message>
        <message>
            <source>Send window to</source>
            <translation>Ventana de envío hasta</translation>
        </message>
        <message>
            <source>Email subject</source>
            <translation>Asunto del correo</translation>
        </message>
        <message>
            <source>Email body</source>
            <translation>Cuerpo del correo</translation>
        </message>
        <message>
            <source>Insert placeholder</source>
            <translation>Insertar marcador</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source> business days</source>
            <translation> días hábiles</translation>
        </message>
        <message>
            <source>Send on %1</source>
            <translation>Enviar el %1</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Custom field…</source>
            <translation>Campo personalizado…</translation>
        </message>
        <message>
            <source>&amp;Insert placeholder</source>
            <translation>&amp;Insertar marcador</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>&amp;Delay:</source>
            <translation>&amp;Retraso:</translation>
        </message>
        <message>
            <source>Send on:</source>
            <translation>Enviar el:</translation>
        </message>
        <message>
            <source>Between:</source>
            <translation>Entre:</translation>
        </message>
        <message>
            <source>S&amp;ubject:</source>
            <translation>A&amp;sunto:</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>&amp;Cuerpo:</translation>
        </message>
        <message>
            <source>Hi {first_name}, …</source>
            <translation>Hola, {first_name}: …</translation>
        </message>
        <message>
            <source>What to do for this step</source>
            <translation>Qué hacer en este paso</translation>
        </message>
        <message>
            <source>Custom field</source>
            <translation>Campo personalizado</translation>
        </message>
        <message>
            <source>Name of the custom field:</source>
            <translation>Nombre del campo personalizado:</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncHub</name>
        <message numerus="yes">
            <source>%n SmartRecruiters updates queued</source>
            <translation>
                <numerusform>%n actualización de SmartRecruiters en cola</numerusform>
                <numerusform>%n actualizaciones de SmartRecruiters en cola</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for the candidate to be created</source>
            <translation>
                <numerusform>%n en espera de que se cree el candidato</numerusform>
                <numerusform>%n en espera de que se creen los candidatos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not sent under the sync settings</source>
            <translation>
                <numerusform>%n no enviada según la configuración de sincronización</numerusform>
                <numerusform>%n no enviadas según la configuración de sincronización</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to send to SmartRecruiters.</source>
            <translation>No hay nada que enviar a SmartRecruiters.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncLabels</name>
        <message>
            <source>Contact settings</source>
            <translation>Configuración de contacto</translation>
        </message>
        <message>
            <source>Keep SmartRecruiters up to date with the changes your team makes in Sourcedesk.</source>
            <translation>Mantenga SmartRecruiters al día con los cambios que su equipo hace en Sourcedesk.</translation>
        </message>
        <message>
            <source>Adding to SmartRecruiters</source>
            <translation>Añadir a SmartRecruiters</translation>
        </message>
        <message>
            <source>When a sourced person becomes a candidate in SmartRecruiters, and where they come from.</source>
            <translation>Cuándo una persona encontrada pasa a ser candidato en SmartRecruiters y de dónde procede.</translation>
        </message>
        <message>
            <source>Candidate fields</source>
            <translation>Campos del candidato</translation>
        </message>
        <message>
            <source>Which SmartRecruiters fields recruiters see and must fill before a candidate is pushed.</source>
            <translation>Qué campos de SmartRecruiters ven los reclutadores y deben rellenar antes de enviar un candidato.</translation>
        </message>
        <message>
            <source>Activity notes</source>
            <translation>Notas de actividad</translation>
        </message>
        <message>
            <source>Which outreach activities become notes on the candidate in SmartRecruiters, and who sees them.</source>
            <translation>Qué actividades de contacto se convierten en notas del candidato en SmartRecruiters y quién las ve.</translation>
        </message>
        <message>
            <source>Contact fields mapping</source>
            <translation>Asignación de campos de contacto</translation>
        </message>
        <message>
            <source>Which Sourcedesk field or template fills each SmartRecruiters field. Only change it when values do not arrive in SmartRecruiters as expected.</source>
            <translation>Qué campo o plantilla de Sourcedesk rellena cada campo de SmartRecruiters. Cámbiela solo cuando los valores no lleguen a SmartRecruiters como se espera.</translation>
        </message>
        <message>
            <source>Job information</source>
            <translation>Información del puesto</translation>
        </message>
        <message>
            <source>Offer only the jobs with these statuses when linking a campaign.</source>
            <translation>Ofrecer solo los puestos con estos estados al vincular una campaña.</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Tag candidates in SmartRecruiters with their campaign and outcome.</source>
            <translation>Etiquetar a los candidatos en SmartRecruiters con su campaña y su resultado.</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <source>Hold candidates back until they agreed to be kept on file.</source>
            <translation>Retener a los candidatos hasta que acepten que se conserven sus datos.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Archivos adjuntos</translation>
        </message>
        <message>
            <source>Send the files attached to a candidate (CVs, notes).</source>
            <translation>Enviar los archivos adjuntos a un candidato (CV, notas).</translation>
        </message>
        <message>
            <source>Hiring stages</source>
            <translation>Etapas de contratación</translation>
        </message>
        <message>
            <source>Bring the hiring stages of SmartRecruiters back into the campaigns once a day.</source>
            <translation>Traer las etapas de contratación de SmartRecruiters a las campañas una vez al día.</translation>
        </message>
        <message>
            <source>Other settings</source>
            <translation>Otras opciones</translation>
        </message>
        <message>
            <source>Send the changes recruiters make to name, company, role, location and the other contact fields to SmartRecruiters.</source>
            <translation>Enviar a SmartRecruiters los cambios que los reclutadores hacen en el nombre, la empresa, el puesto, la ubicación y los demás campos de contacto.</translation>
        </message>
        <message>
            <source>When a campaign member is created as a candidate in SmartRecruiters.</source>
            <translation>Cuándo se crea un miembro de la campaña como candidato en SmartRecruiters.</translation>
        </message>
        <message>
            <source>With "when they reply" or "when they are interested", write notes only on candidates Sourcedesk created or linked, not on records that merely match.</source>
            <translation>Con "cuando responda" o "cuando esté interesado", escribir notas solo en candidatos que Sourcedesk creó o vinculó, no en registros que simplemente coinciden.</translation>
        </message>
        <message>
            <source>sourceTypeId/sourceSubTypeId/sourceId of the candidate source in SmartRecruiters; empty for SmartRecruiters' default source.</source>
            <translation>sourceTypeId/sourceSubTypeId/sourceId del origen del candidato en SmartRecruiters; vacío para el origen predeterminado de SmartRecruiters.</translation>
        </message>
        <message>
            <source>SmartRecruiters fields recruiters can fill for a candidate before the push.</source>
            <translation>Campos de SmartRecruiters que los reclutadores pueden rellenar para un candidato antes del envío.</translation>
        </message>
        <message>
            <source>Fields that must be filled before a candidate is pushed. First name, last name and email are always required by SmartRecruiters.</source>
            <translation>Campos que deben rellenarse antes de enviar un candidato. SmartRecruiters siempre exige nombre, apellido y correo electrónico.</translation>
        </message>
        <message>
            <source>SmartRecruiters fields offered as filters when searching the ATS.</source>
            <translation>Campos de SmartRecruiters que se ofrecen como filtros al buscar en el ATS.</translation>
        </message>
        <message>
            <source>Outreach types that create a note on the candidate.</source>
            <translation>Tipos de contacto que crean una nota en el candidato.</translation>
        </message>
        <message>
            <source>The note text. Placeholders: {activity}, {campaign}, {subject}, {body}, {author}, {date}, {status}, {job} and candidate fields such as {firstName}.</source>
            <translation>El texto de la nota. Marcadores: {activity}, {campaign}, {subject}, {body}, {author}, {date}, {status}, {job} y campos del candidato como {firstName}.</translation>
        </message>
        <message>
            <source>Who in SmartRecruiters can read the notes.</source>
            <translation>Quién puede leer las notas en SmartRecruiters.</translation>
        </message>
        <message>
            <source>SmartRecruiters user ids the notes are shared with, separated by commas.</source>
            <translation>Id de usuario de SmartRecruiters con los que se comparten las notas, separados por comas.</translation>
        </message>
        <message>
            <source>Only jobs with these statuses are offered when linking a campaign to a job.</source>
            <translation>Al vincular una campaña a un puesto, solo se ofrecen los puestos con estos estados.</translation>
        </message>
        <message>
            <source>The tag. Placeholders: {campaign}, {status}, {job} and candidate fields.</source>
            <translation>La etiqueta. Marcadores: {campaign}, {status}, {job} y campos del candidato.</translation>
        </message>
        <message>
            <source>Add a tag with the campaign and the outcome to each candidate.</source>
            <translation>Añadir a cada candidato una etiqueta con la campaña y el resultado.</translation>
        </message>
        <message>
            <source>Do not push a candidate whose consent is not granted.</source>
            <translation>No enviar un candidato que no haya otorgado su consentimiento.</translation>
        </message>
        <message>
            <source>Consent text sent with the candidate. Placeholders: {date}, {method}, {state}.</source>
            <translation>Texto de consentimiento enviado con el candidato. Marcadores: {date}, {method}, {state}.</translation>
        </message>
        <message>
            <source>Upload the files attached to a candidate in Sourcedesk.</source>
            <translation>Cargar los archivos adjuntos a un candidato en Sourcedesk.</translation>
        </message>
        <message>
            <source>Read the candidates' hiring stages from SmartRecruiters every day.</source>
            <translation>Leer cada día las etapas de contratación de los candidatos en SmartRecruiters.</translation>
        </message>
        <message>
            <source>When the daily stage sync runs (24-hour time).</source>
            <translation>Cuándo se ejecuta la sincronización diaria de etapas (formato de 24 horas).</translation>
        </message>
        <message>
            <source>The time zone of the daily run, e.g. Europe/Paris.</source>
            <translation>La zona horaria de la ejecución diaria, p. ej., Europe/Paris.</translation>
        </message>
        <message>
            <source>Ignore applications older than this date (yyyy-MM-dd); empty for all.</source>
            <translation>Ignorar las candidaturas anteriores a esta fecha (yyyy-MM-dd); vacío para todas.</translation>
        </message>
        <message>
            <source>Only applications made after the stage sync was turned on.</source>
            <translation>Solo candidaturas realizadas después de activar la sincronización de etapas.</translation>
        </message>
        <message>
            <source>Send pipeline changes made in Sourcedesk back to SmartRecruiters.</source>
            <translation>Enviar a SmartRecruiters los cambios del pipeline hechos en Sourcedesk.</translation>
        </message>
        <message>
            <source>When added to a campaign</source>
            <translation>Al añadirlo a una campaña</translation>
        </message>
        <message>
            <source>Only when they reply</source>
            <translation>Solo cuando responda</translation>
        </message>
        <message>
            <source>Only when they are interested</source>
            <translation>Solo cuando esté interesado</translation>
        </message>
        <message>
            <source>Don't add this contact</source>
            <translation>No añadir este contacto</translation>
        </message>
        <message>
            <source>Everyone who can see the candidate</source>
            <translation>Todos los que pueden ver al candidato</translation>
        </message>
        <message>
            <source>The hiring team</source>
            <translation>El equipo de contratación</translation>
        </message>
        <message>
            <source>Only the users below</source>
            <translation>Solo los usuarios siguientes</translation>
        </message>
        <message>
            <source>Status change</source>
            <translation>Cambio de estado</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>Sourcing</source>
            <translation>Búsqueda de candidatos</translation>
        </message>
        <message>
            <source>Filled</source>
            <translation>Cubierto</translation>
        </message>
        <message>
            <source>Interview</source>
            <translation>Entrevista</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Sub-status</source>
            <translation>Subestado</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Consent status</source>
            <translation>Estado del consentimiento</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Average rating</source>
            <translation>Valoración media</translation>
        </message>
        <message>
            <source>Updated after</source>
            <translation>Actualizado después de</translation>
        </message>
        <message>
            <source>Onboarding status</source>
            <translation>Estado de incorporación</translation>
        </message>
        <message>
            <source>Always update</source>
            <translation>Actualizar siempre</translation>
        </message>
        <message>
            <source>Only update if blank</source>
            <translation>Actualizar solo si está vacío</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncLogView</name>
        <message>
            <source>Sync log</source>
            <translation>Registro de sincronización</translation>
        </message>
        <message>
            <source>Sync counts</source>
            <translation>Recuentos de sincronización</translation>
        </message>
        <message>
            <source>Show jobs</source>
            <translation>Mostrar operaciones</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs</source>
            <translation>Operaciones de SmartRecruiters</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Reintentar</translation>
        </message>
        <message>
            <source>Retry the selected jobs</source>
            <translation>Reintentar las operaciones seleccionadas</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>&amp;Omitir</translation>
        </message>
        <message>
            <source>Skip the selected jobs</source>
            <translation>Omitir las operaciones seleccionadas</translation>
        </message>
        <message>
            <source>&amp;Details…</source>
            <translation>&amp;Detalles…</translation>
        </message>
        <message>
            <source>Show the selected job in full</source>
            <translation>Mostrar la operación seleccionada completa</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Refresh the sync log</source>
            <translation>Actualizar el registro de sincronización</translation>
        </message>
        <message>
            <source>All jobs</source>
            <translation>Todas las operaciones</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Requiere atención</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>En espera de envío</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Retenidas</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviadas</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Omitidas</translation>
        </message>
        <message>
            <source>Send the selected jobs again now (%1)</source>
            <translation>Volver a enviar ahora las operaciones seleccionadas (%1)</translation>
        </message>
        <message>
            <source>Do not send the selected jobs (%1)</source>
            <translation>No enviar las operaciones seleccionadas (%1)</translation>
        </message>
        <message>
            <source>The sync log could not be read: %1</source>
            <translation>No se pudo leer el registro de sincronización: %1</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>&amp;Mostrar:</translation>
        </message>
        <message>
            <source>SmartRecruiters history of %1</source>
            <translation>Historial de SmartRecruiters de %1</translation>
        </message>
        <message>
            <source>%1 waiting · %2 need attention</source>
            <translation>%1 en espera · %2 requieren atención</translation>
        </message>
        <message>
            <source>The counts could not be read: %1</source>
            <translation>No se pudieron leer los recuentos: %1</translation>
        </message>
        <message>
            <source>%1 waiting · %2 need attention · %3 held · %4 sent · %5 skipped</source>
            <translation>%1 en espera · %2 requieren atención · %3 retenidas · %4 enviadas · %5 omitidas</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Skip jobs</source>
            <translation>Omitir operaciones</translation>
        </message>
        <message numerus="yes">
            <source>Skip %n jobs? They will not be sent to SmartRecruiters; later jobs of the same candidates can go ahead.</source>
            <translation>
                <numerusform>¿Omitir %n operación? No se enviará a SmartRecruiters; las operaciones posteriores de los mismos candidatos pueden continuar.</numerusform>
                <numerusform>¿Omitir %n operaciones? No se enviarán a SmartRecruiters; las operaciones posteriores de los mismos candidatos pueden continuar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Omitir</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncNotifier</name>
        <message>
            <source>Sourcedesk: SmartRecruiters sync</source>
            <translation>Sourcedesk: sincronización con SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters sync</source>
            <translation>Sincronización con SmartRecruiters</translation>
        </message>
        <message numerus="yes">
            <source>%n need attention. Click to open the sync log.</source>
            <translation>
                <numerusform>%n requiere atención. Haga clic para abrir el registro de sincronización.</numerusform>
                <numerusform>%n requieren atención. Haga clic para abrir el registro de sincronización.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hiring stages synced</source>
            <translation>Etapas de contratación sincronizadas</translation>
        </message>
        <message>
            <source>%1 members moved, %2 stage drift. Click to open the sync log.</source>
            <translation>%1 miembros movidos, %2 con desviación de etapa. Haga clic para abrir el registro de sincronización.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncOverridesDialog</name>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Campaign sync settings</source>
            <translation>Configuración de sincronización de la campaña</translation>
        </message>
        <message>
            <source>SmartRecruiters sync for “%1”</source>
            <translation>Sincronización con SmartRecruiters de “%1”</translation>
        </message>
        <message>
            <source>What this campaign does differently from your settings. Reset a row to use your setting again; settings your team admin locked cannot be changed here.</source>
            <translation>Lo que esta campaña hace de forma distinta a su configuración. Restablezca una fila para volver a usar su configuración; las opciones que bloqueó el administrador de su equipo no se pueden cambiar aquí.</translation>
        </message>
        <message>
            <source>Save or cancel</source>
            <translation>Guardar o cancelar</translation>
        </message>
        <message>
            <source>Nothing was saved: %1</source>
            <translation>No se guardó nada: %1</translation>
        </message>
        <message>
            <source>Unsaved sync settings</source>
            <translation>Configuración de sincronización sin guardar</translation>
        </message>
        <message>
            <source>Drop the changes to this campaign's sync settings?</source>
            <translation>¿Descartar los cambios en la configuración de sincronización de esta campaña?</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncSettingsEditor</name>
        <message>
            <source>Problems with stored settings</source>
            <translation>Problemas con la configuración guardada</translation>
        </message>
        <message>
            <source>SmartRecruiters sync settings</source>
            <translation>Configuración de sincronización con SmartRecruiters</translation>
        </message>
        <message>
            <source>Sync settings</source>
            <translation>Configuración de sincronización</translation>
        </message>
        <message>
            <source>Where %1 comes from</source>
            <translation>De dónde procede %1</translation>
        </message>
        <message>
            <source>Reset %1</source>
            <translation>Restablecer %1</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Restablecer</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <source>Lock %1</source>
            <translation>Bloquear %1</translation>
        </message>
        <message>
            <source>Locked: everyone uses the team value; users, campaigns and candidates cannot change it.</source>
            <translation>Bloqueado: todos usan el valor del equipo; los usuarios, las campañas y los candidatos no pueden cambiarlo.</translation>
        </message>
        <message>
            <source>The sync settings could not be read: %1</source>
            <translation>No se pudo leer la configuración de sincronización: %1</translation>
        </message>
        <message>
            <source>%1 (locked)</source>
            <translation>%1 (bloqueado)</translation>
        </message>
        <message>
            <source>%1 (not saved)</source>
            <translation>%1 (sin guardar)</translation>
        </message>
        <message>
            <source>%1 (after saving)</source>
            <translation>%1 (después de guardar)</translation>
        </message>
        <message>
            <source>Only the team admin can change this (Team defaults).</source>
            <translation>Solo el administrador del equipo puede cambiar esto (Valores predeterminados del equipo).</translation>
        </message>
        <message>
            <source>Back to the built-in default</source>
            <translation>Volver al valor predeterminado integrado</translation>
        </message>
        <message>
            <source>Use the value from the layer below</source>
            <translation>Usar el valor del nivel inferior</translation>
        </message>
        <message>
            <source>Who locked or set %1</source>
            <translation>Quién bloqueó o estableció %1</translation>
        </message>
        <message>
            <source>Company policy</source>
            <translation>Directiva de la empresa</translation>
        </message>
        <message>
            <source>%1: nobody can change this setting here.</source>
            <translation>%1: nadie puede cambiar esta opción aquí.</translation>
        </message>
        <message>
            <source>%1: it applies over the team defaults; users may still choose their own where allowed.</source>
            <translation>%1: se aplica por encima de los valores predeterminados del equipo; los usuarios pueden elegir su propio valor donde esté permitido.</translation>
        </message>
        <message>
            <source>%1: the setting is locked, everyone uses the team value.</source>
            <translation>%1: la opción está bloqueada; todos usan el valor del equipo.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncSettingsPage</name>
        <message>
            <source>Settings for</source>
            <translation>Configuración para</translation>
        </message>
        <message>
            <source>Sync settings status</source>
            <translation>Estado de la configuración de sincronización</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save the sync settings</source>
            <translation>Guardar la configuración de sincronización</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Re&amp;vertir</translation>
        </message>
        <message>
            <source>Drop the unsaved changes</source>
            <translation>Descartar los cambios sin guardar</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Export these settings to a file</source>
            <translation>Exportar esta configuración a un archivo</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>Import settings from a file</source>
            <translation>Importar la configuración desde un archivo</translation>
        </message>
        <message>
            <source>SmartRecruiters sync settings</source>
            <translation>Configuración de sincronización con SmartRecruiters</translation>
        </message>
        <message>
            <source>Team defaults (admin)</source>
            <translation>Valores predeterminados del equipo (administrador)</translation>
        </message>
        <message>
            <source>My settings</source>
            <translation>Mi configuración</translation>
        </message>
        <message>
            <source>Team defaults apply to everyone unless they change them in their own settings; a locked team default applies to everyone.</source>
            <translation>Los valores predeterminados del equipo se aplican a todos, salvo que cada uno los cambie en su propia configuración; un valor predeterminado del equipo bloqueado se aplica a todos.</translation>
        </message>
        <message>
            <source>How Sourcedesk keeps SmartRecruiters in step. Campaigns and candidates can override some of these on their own pages.</source>
            <translation>Cómo mantiene Sourcedesk sincronizado SmartRecruiters. Las campañas y los candidatos pueden anular algunas de estas opciones en sus propias páginas.</translation>
        </message>
        <message>
            <source>Save (%1)</source>
            <translation>Guardar (%1)</translation>
        </message>
        <message>
            <source>Settings &amp;for:</source>
            <translation>Configuración &amp;para:</translation>
        </message>
        <message>
            <source>Unsaved sync settings</source>
            <translation>Configuración de sincronización sin guardar</translation>
        </message>
        <message>
            <source>Save the changes to the sync settings before switching?</source>
            <translation>¿Guardar los cambios en la configuración de sincronización antes de cambiar?</translation>
        </message>
        <message>
            <source>You are editing the team defaults. Lock a setting to make everyone use it.</source>
            <translation>Está editando los valores predeterminados del equipo. Bloquee una opción para que todos la usen.</translation>
        </message>
        <message>
            <source>You are editing your own settings; they apply to your campaigns.</source>
            <translation>Está editando su propia configuración; se aplica a sus campañas.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>No guardado: %1</translation>
        </message>
        <message>
            <source>Sync settings not saved</source>
            <translation>Configuración de sincronización no guardada</translation>
        </message>
        <message>
            <source>Nothing was saved. Fix these first:

%1</source>
            <translation>No se guardó nada. Corrija primero esto:

%1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>Unsaved changes dropped.</source>
            <translation>Se descartaron los cambios sin guardar.</translation>
        </message>
        <message>
            <source>Export sync settings</source>
            <translation>Exportar configuración de sincronización</translation>
        </message>
        <message>
            <source>Sync settings (*.json)</source>
            <translation>Configuración de sincronización (*.json)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The settings were not exported: %1</source>
            <translation>No se exportó la configuración: %1</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>Exportado a %1.</translation>
        </message>
        <message>
            <source>Import sync settings</source>
            <translation>Importar configuración de sincronización</translation>
        </message>
        <message>
            <source>Importing drops your unsaved changes. Continue?</source>
            <translation>Al importar se descartan los cambios sin guardar. ¿Desea continuar?</translation>
        </message>
        <message>
            <source>Sync settings (*.json);;All files (*)</source>
            <translation>Configuración de sincronización (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>%1 is too large for a settings file.</source>
            <translation>%1 es demasiado grande para un archivo de configuración.</translation>
        </message>
        <message>
            <source>Nothing was imported; your settings are unchanged.

%1</source>
            <translation>No se importó nada; su configuración no ha cambiado.

%1</translation>
        </message>
        <message>
            <source>Imported %1.</source>
            <translation>Se importó %1.</translation>
        </message>
        <message>
            <source>Company policy</source>
            <translation>Directiva de la empresa</translation>
        </message>
        <message>
            <source>The team defaults are read-only for you. %1</source>
            <translation>Los valores predeterminados del equipo son de solo lectura para usted. %1</translation>
        </message>
        <message>
            <source>A teammate changed the sync settings. Save keeps your changes; Revert shows theirs.</source>
            <translation>Un compañero de equipo ha cambiado la configuración de sincronización. «Guardar» conserva sus cambios; «Revertir» muestra los suyos.</translation>
        </message>
        <message>
            <source>Updated with a teammate's changes.</source>
            <translation>Actualizado con los cambios de un compañero de equipo.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncStatusWidget</name>
        <message>
            <source>SmartRecruiters sync</source>
            <translation>Sincronización con SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters sync progress</source>
            <translation>Progreso de la sincronización con SmartRecruiters</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop sending to SmartRecruiters</source>
            <translation>Dejar de enviar a SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters jobs that need attention</source>
            <translation>Operaciones de SmartRecruiters que requieren atención</translation>
        </message>
        <message>
            <source>SmartRecruiters connection</source>
            <translation>Conexión con SmartRecruiters</translation>
        </message>
        <message>
            <source>SmartRecruiters sync status</source>
            <translation>Estado de la sincronización con SmartRecruiters</translation>
        </message>
        <message>
            <source>Stop after the jobs in flight; the rest wait in the sync log.</source>
            <translation>Detener después de las operaciones en curso; el resto espera en el registro de sincronización.</translation>
        </message>
        <message>
            <source>Open the sync log on the jobs SmartRecruiters refused</source>
            <translation>Abrir el registro de sincronización en las operaciones que SmartRecruiters rechazó</translation>
        </message>
        <message>
            <source>Open the sync log (Ctrl+Shift+Y)</source>
            <translation>Abrir el registro de sincronización (Ctrl+Shift+Y)</translation>
        </message>
        <message>
            <source>SmartRecruiters: connected</source>
            <translation>SmartRecruiters: conectado</translation>
        </message>
        <message>
            <source>SmartRecruiters: offline</source>
            <translation>SmartRecruiters: sin conexión</translation>
        </message>
        <message>
            <source>SmartRecruiters: not connected</source>
            <translation>SmartRecruiters: no conectado</translation>
        </message>
        <message>
            <source>Sending to SmartRecruiters %1/%2</source>
            <translation>Enviando a SmartRecruiters %1/%2</translation>
        </message>
        <message>
            <source>SmartRecruiters is up to date with what was queued.</source>
            <translation>SmartRecruiters está al día con lo que se puso en cola.</translation>
        </message>
        <message>
            <source>Stopped sending to SmartRecruiters; the rest waits in the sync log (Ctrl+Shift+Y) and goes with the next change.</source>
            <translation>Se detuvo el envío a SmartRecruiters; el resto espera en el registro de sincronización (Ctrl+Shift+Y) y se enviará con el próximo cambio.</translation>
        </message>
        <message numerus="yes">
            <source>%n need attention</source>
            <translation>
                <numerusform>%n requiere atención</numerusform>
                <numerusform>%n requieren atención</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncToolDocks</name>
        <message>
            <source>Review queue</source>
            <translation>Cola de revisión</translation>
        </message>
        <message>
            <source>&amp;Review queue</source>
            <translation>&amp;Cola de revisión</translation>
        </message>
        <message>
            <source>Possible matches in SmartRecruiters that wait for your decision</source>
            <translation>Posibles coincidencias en SmartRecruiters que esperan su decisión</translation>
        </message>
        <message>
            <source>Out of step</source>
            <translation>Desincronizados</translation>
        </message>
        <message>
            <source>&amp;Out of step with SmartRecruiters</source>
            <translation>&amp;Desincronizados con SmartRecruiters</translation>
        </message>
        <message>
            <source>What differs between Sourcedesk and SmartRecruiters, with a fix</source>
            <translation>Qué difiere entre Sourcedesk y SmartRecruiters, con una corrección</translation>
        </message>
        <message>
            <source>Search SmartRecruiters</source>
            <translation>Buscar en SmartRecruiters</translation>
        </message>
        <message>
            <source>Search &amp;SmartRecruiters</source>
            <translation>Buscar en &amp;SmartRecruiters</translation>
        </message>
        <message>
            <source>Find people in SmartRecruiters with the team's filterable fields</source>
            <translation>Buscar personas en SmartRecruiters con los campos filtrables del equipo</translation>
        </message>
        <message>
            <source>Possible matches waiting for review</source>
            <translation>Posibles coincidencias pendientes de revisión</translation>
        </message>
        <message>
            <source>Open the review queue (%1)</source>
            <translation>Abrir la cola de revisión (%1)</translation>
        </message>
        <message>
            <source>100+ to review</source>
            <translation>Más de 100 por revisar</translation>
        </message>
        <message numerus="yes">
            <source>%n to review</source>
            <translation>
                <numerusform>%n por revisar</numerusform>
                <numerusform>%n por revisar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::ui::SyncWindowParts</name>
        <message>
            <source>Sync log</source>
            <translation>Registro de sincronización</translation>
        </message>
        <message>
            <source>Sync &amp;log</source>
            <translation>Re&amp;gistro de sincronización</translation>
        </message>
        <message>
            <source>What was sent to SmartRecruiters, and what needs your attention</source>
            <translation>Qué se envió a SmartRecruiters y qué requiere su atención</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::TasksView</name>
        <message>
            <source>Tasks due today</source>
            <translation>Tareas que vencen hoy</translation>
        </message>
        <message>
            <source>Tasks status</source>
            <translation>Estado de las tareas</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vencimiento</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <source>Phone / LinkedIn</source>
            <translation>Teléfono / LinkedIn</translation>
        </message>
        <message>
            <source>Mark task &amp;done</source>
            <translation>Marcar tarea como &amp;hecha</translation>
        </message>
        <message>
            <source>&amp;Skip task</source>
            <translation>&amp;Omitir tarea</translation>
        </message>
        <message>
            <source>&amp;Open LinkedIn profile</source>
            <translation>&amp;Abrir perfil de LinkedIn</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>Contactado</translation>
        </message>
        <message>
            <source>Left a voicemail</source>
            <translation>Dejó un mensaje de voz</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Sin respuesta</translation>
        </message>
        <message>
            <source>Wrong number</source>
            <translation>Número equivocado</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviada</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Aceptada</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>No disponible</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>Email (manual)</source>
            <translation>Correo (manual)</translation>
        </message>
        <message>
            <source>LinkedIn connection request</source>
            <translation>Solicitud de conexión de LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn message</source>
            <translation>Mensaje de LinkedIn</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Llamada</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Overdue: %1</source>
            <translation>Atrasada: %1</translation>
        </message>
        <message>
            <source>LinkedIn profile of %1</source>
            <translation>Perfil de LinkedIn de %1</translation>
        </message>
        <message>
            <source>Nothing due today.</source>
            <translation>Nada vence hoy.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>That task was already finished elsewhere; the list is up to date.</source>
            <translation>Esa tarea ya se finalizó en otro lugar; la lista está actualizada.</translation>
        </message>
        <message>
            <source>Done: %1 (%2).</source>
            <translation>Hecha: %1 (%2).</translation>
        </message>
        <message>
            <source>Skipped: %1.</source>
            <translation>Omitida: %1.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::TeamConnectDialog</name>
        <message>
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Puerto</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>Secure connection (TLS)</source>
            <translation>Conexión segura (TLS)</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>&amp;Remember in the keychain</source>
            <translation>&amp;Recordar en el llavero</translation>
        </message>
        <message>
            <source>Remember the password in the keychain</source>
            <translation>Recordar la contraseña en el llavero</translation>
        </message>
        <message>
            <source>Why the connection failed</source>
            <translation>Por qué falló la conexión</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Conectando</translation>
        </message>
        <message>
            <source>Connect to a team workspace</source>
            <translation>Conectarse a un espacio de trabajo de equipo</translation>
        </message>
        <message>
            <source>e.g. db.example.com</source>
            <translation>p. ej., db.example.com</translation>
        </message>
        <message>
            <source>e.g. recruiting</source>
            <translation>p. ej., recruiting</translation>
        </message>
        <message>
            <source>your login on the server</source>
            <translation>su inicio de sesión en el servidor</translation>
        </message>
        <message>
            <source>Encrypt if the server offers it (default)</source>
            <translation>Cifrar si el servidor lo ofrece (predeterminado)</translation>
        </message>
        <message>
            <source>Always encrypt, do not check the certificate</source>
            <translation>Cifrar siempre, sin comprobar el certificado</translation>
        </message>
        <message>
            <source>Always encrypt, check the certificate</source>
            <translation>Cifrar siempre y comprobar el certificado</translation>
        </message>
        <message>
            <source>Always encrypt, check the certificate and server name (safest)</source>
            <translation>Cifrar siempre y comprobar el certificado y el nombre del servidor (lo más seguro)</translation>
        </message>
        <message>
            <source>Encrypt only if the server insists</source>
            <translation>Cifrar solo si el servidor lo exige</translation>
        </message>
        <message>
            <source>Never encrypt (trusted networks only)</source>
            <translation>No cifrar nunca (solo redes de confianza)</translation>
        </message>
        <message>
            <source>empty: use ~/.pgpass or PGPASSWORD</source>
            <translation>vacío: usar ~/.pgpass o PGPASSWORD</translation>
        </message>
        <message>
            <source>Keeps the password in this computer's keychain, so Sourcedesk opens the workspace without asking. It is never written to a settings file.</source>
            <translation>Guarda la contraseña en el llavero de este equipo para que Sourcedesk abra el espacio de trabajo sin preguntar. Nunca se escribe en un archivo de configuración.</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>C&amp;onectar</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>A team workspace lives on your company's PostgreSQL server and is shared by everyone on the team. Your admin gives you these details.</source>
            <translation>Un espacio de trabajo de equipo está en el servidor PostgreSQL de su empresa y lo comparten todos los miembros del equipo. Su administrador le facilita estos datos.</translation>
        </message>
        <message>
            <source>About team workspaces</source>
            <translation>Acerca de los espacios de trabajo de equipo</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>&amp;Puerto:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>Base de &amp;datos:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nombre de &amp;usuario:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>&amp;Encryption:</source>
            <translation>C&amp;ifrado:</translation>
        </message>
        <message>
            <source>Wrong user name or password, or this login has no access.</source>
            <translation>Nombre de usuario o contraseña incorrectos, o este inicio de sesión no tiene acceso.</translation>
        </message>
        <message>
            <source>The team server cannot be reached.</source>
            <translation>No se puede acceder al servidor de equipo.</translation>
        </message>
        <message>
            <source>The team server is too old for Sourcedesk.</source>
            <translation>El servidor de equipo es demasiado antiguo para Sourcedesk.</translation>
        </message>
        <message>
            <source>This team workspace was set up by a newer version of Sourcedesk. Update Sourcedesk to use it; nothing was changed.</source>
            <translation>Este espacio de trabajo de equipo se configuró con una versión más reciente de Sourcedesk. Actualice Sourcedesk para usarlo; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>The database does not exist on this server.</source>
            <translation>La base de datos no existe en este servidor.</translation>
        </message>
        <message>
            <source>This login may not use the team workspace. Ask your admin to add you to the team.</source>
            <translation>Este inicio de sesión no puede usar el espacio de trabajo de equipo. Pida a su administrador que le añada al equipo.</translation>
        </message>
        <message>
            <source>This database is not a Sourcedesk team workspace. Check the database name.</source>
            <translation>Esta base de datos no es un espacio de trabajo de equipo de Sourcedesk. Compruebe el nombre de la base de datos.</translation>
        </message>
        <message>
            <source>This installation of Sourcedesk cannot open team workspaces.</source>
            <translation>Esta instalación de Sourcedesk no puede abrir espacios de trabajo de equipo.</translation>
        </message>
        <message>
            <source>The team workspace cannot be opened.</source>
            <translation>No se puede abrir el espacio de trabajo de equipo.</translation>
        </message>
        <message>
            <source>Fill in the server, database and user name first</source>
            <translation>Rellene primero el servidor, la base de datos y el nombre de usuario</translation>
        </message>
        <message>
            <source>Stop waiting for the server</source>
            <translation>Dejar de esperar al servidor</translation>
        </message>
        <message>
            <source>Stopped waiting for the server.</source>
            <translation>Se dejó de esperar al servidor.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::Toast</name>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Dismiss the message</source>
            <translation>Descartar el mensaje</translation>
        </message>
        <message>
            <source>Notification</source>
            <translation>Notificación</translation>
        </message>
        <message>
            <source>Undo (%1)</source>
            <translation>Deshacer (%1)</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Undo: %1</source>
            <translation>Deshacer: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::TransferDialog</name>
        <message>
            <source>Move this workspace to a team server</source>
            <translation>Mover este espacio de trabajo a un servidor de equipo</translation>
        </message>
        <message>
            <source>Copy to a local file</source>
            <translation>Copiar a un archivo local</translation>
        </message>
        <message>
            <source>Copy this team workspace to a local file</source>
            <translation>Copiar este espacio de trabajo de equipo a un archivo local</translation>
        </message>
        <message>
            <source>What the copy does</source>
            <translation>Qué hace la copia</translation>
        </message>
        <message>
            <source>Every campaign, candidate, activity, setting and queue of %1 is copied into a new, empty team workspace. The copy is all or nothing, and this workspace is not changed. Mailbox and SmartRecruiters passwords stay in this computer's keychain.</source>
            <translation>Todas las campañas, candidatos, actividades, opciones y colas de %1 se copian en un espacio de trabajo de equipo nuevo y vacío. La copia se hace entera o no se hace, y este espacio de trabajo no se modifica. Las contraseñas del buzón y de SmartRecruiters se quedan en el llavero de este equipo.</translation>
        </message>
        <message>
            <source>Every campaign, candidate, activity, setting and queue of %1 is copied into a new local workspace file. The copy is all or nothing; the team workspace is not changed.</source>
            <translation>Todas las campañas, candidatos, actividades, opciones y colas de %1 se copian en un nuevo archivo de espacio de trabajo local. La copia se hace entera o no se hace; el espacio de trabajo de equipo no se modifica.</translation>
        </message>
        <message>
            <source>Team server location</source>
            <translation>Ubicación del servidor de equipo</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Archivo del espacio de trabajo</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Con&amp;traseña:</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose the workspace file</source>
            <translation>Elegir el archivo del espacio de trabajo</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Archivo:</translation>
        </message>
        <message>
            <source>Check the workspaces</source>
            <translation>Comprobar los espacios de trabajo</translation>
        </message>
        <message>
            <source>Copy all tables</source>
            <translation>Copiar todas las tablas</translation>
        </message>
        <message>
            <source>Current table</source>
            <translation>Tabla actual</translation>
        </message>
        <message>
            <source>Rebuild the search index</source>
            <translation>Reconstruir el índice de búsqueda</translation>
        </message>
        <message>
            <source>Count and save</source>
            <translation>Contar y guardar</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Verification count</source>
            <translation>Recuento de verificación</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabla</translation>
        </message>
        <message>
            <source>This workspace</source>
            <translation>Este espacio de trabajo</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copia</translation>
        </message>
        <message>
            <source>&amp;Move to server</source>
            <translation>&amp;Mover al servidor</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Start the copy</source>
            <translation>Iniciar la copia</translation>
        </message>
        <message>
            <source>&amp;Open the copy</source>
            <translation>Abrir la co&amp;pia</translation>
        </message>
        <message>
            <source>Open the new workspace</source>
            <translation>Abrir el nuevo espacio de trabajo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Copy to a local workspace file</source>
            <translation>Copiar a un archivo de espacio de trabajo local</translation>
        </message>
        <message>
            <source>Sourcedesk workspaces (*.sqlite)</source>
            <translation>Espacios de trabajo de Sourcedesk (*.sqlite)</translation>
        </message>
        <message>
            <source>Enter the team server's location, postgresql://user@host:port/database.</source>
            <translation>Introduzca la ubicación del servidor de equipo, postgresql://user@host:port/database.</translation>
        </message>
        <message>
            <source>Choose the file for the local copy.</source>
            <translation>Elija el archivo para la copia local.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>Checking the workspaces…</source>
            <translation>Comprobando los espacios de trabajo…</translation>
        </message>
        <message>
            <source>%1: %2 of %3 rows</source>
            <translation>%1: %2 de %3 filas</translation>
        </message>
        <message>
            <source>Copying table %1 of %2; %3 of %4 rows in all.</source>
            <translation>Copiando la tabla %1 de %2; %3 de %4 filas en total.</translation>
        </message>
        <message>
            <source>Rebuilding the search index…</source>
            <translation>Reconstruyendo el índice de búsqueda…</translation>
        </message>
        <message>
            <source>Counting the rows on both sides…</source>
            <translation>Contando las filas en ambos lados…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was copied; the target workspace is still empty.</source>
            <translation>Cancelado. No se copió nada; el espacio de trabajo de destino sigue vacío.</translation>
        </message>
        <message>
            <source>The copy failed, nothing was saved: %1</source>
            <translation>Error en la copia; no se guardó nada: %1</translation>
        </message>
        <message>
            <source>Copied %1 rows in %2 tables; the verification count matches in every table.</source>
            <translation>Se copiaron %1 filas en %2 tablas; el recuento de verificación coincide en todas las tablas.</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::UndoController</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Undo: %1</source>
            <translation>&amp;Deshacer: %1</translation>
        </message>
        <message>
            <source>“%1” could not be undone: %2</source>
            <translation>No se pudo deshacer “%1”: %2</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::WorkspaceLauncher</name>
        <message>
            <source>This workspace was saved by a newer version of Sourcedesk. Update Sourcedesk to open it, or choose another workspace. The file was not changed.</source>
            <translation>Este espacio de trabajo se guardó con una versión más reciente de Sourcedesk. Actualice Sourcedesk para abrirlo o elija otro espacio de trabajo. El archivo no se ha modificado.</translation>
        </message>
        <message>
            <source>The file is damaged or is not a Sourcedesk workspace. It was not changed. Restore it from a backup, or choose another workspace.</source>
            <translation>El archivo está dañado o no es un espacio de trabajo de Sourcedesk. No se ha modificado. Restáurelo desde una copia de seguridad o elija otro espacio de trabajo.</translation>
        </message>
        <message>
            <source>Check that the file and its folder exist and that you may read and write them, or choose another workspace.</source>
            <translation>Compruebe que el archivo y su carpeta existen y que tiene permiso para leerlos y escribir en ellos, o elija otro espacio de trabajo.</translation>
        </message>
        <message>
            <source>Choose another workspace, or quit and try again.</source>
            <translation>Elija otro espacio de trabajo, o salga e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Detalles: %1</translation>
        </message>
        <message>
            <source>Cannot open the workspace</source>
            <translation>No se puede abrir el espacio de trabajo</translation>
        </message>
        <message>
            <source>Sourcedesk cannot open the workspace “%1”.</source>
            <translation>Sourcedesk no puede abrir el espacio de trabajo “%1”.</translation>
        </message>
        <message>
            <source>Open or create a workspace</source>
            <translation>Abrir o crear un espacio de trabajo</translation>
        </message>
        <message>
            <source>Sourcedesk workspaces (*.sqlite *.db);;All files (*)</source>
            <translation>Espacios de trabajo de Sourcedesk (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>sd::ui::team</name>
        <message>
            <source>Admin</source>
            <translation>Administrador</translation>
        </message>
        <message>
            <source>Recruiter</source>
            <translation>Reclutador</translation>
        </message>
    </context>
</TS>

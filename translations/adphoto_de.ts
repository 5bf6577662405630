<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>adphoto::ApplySession</name>
    <message>
        <source>There is no unfinished import to resume.</source>
        <translation>Es gibt keinen unvollständigen Import, der fortgesetzt werden kann.</translation>
    </message>
    <message>
        <source>%1 is a %2, not an import.</source>
        <translation>%1 ist ein(e) %2, kein Import.</translation>
    </message>
    <message>
        <source>Import %1 has already finished.</source>
        <translation>Import %1 ist bereits abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>adphoto::AuditFindingsModel</name>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Account state</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>OU</translation>
    </message>
</context>
<context>
    <name>adphoto::AuditHtml</name>
    <message>
        <source>Photo audit of %1</source>
        <translation>Fotoprüfung von %1</translation>
    </message>
    <message>
        <source>Directory: %1 · generated %2 UTC · byte limit %3 · minimum size %4 px</source>
        <translation>Verzeichnis: %1 · erstellt %2 UTC · Bytegrenze %3 · Mindestgröße %4 px</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Users with a photo</source>
        <translation>Benutzer mit Foto</translation>
    </message>
    <message>
        <source>Photos shared by several users</source>
        <translation>Von mehreren Benutzern geteilte Fotos</translation>
    </message>
    <message>
        <source>Users without a photo per OU</source>
        <translation>Benutzer ohne Foto je OU</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>OU</translation>
    </message>
    <message>
        <source>Users (subtree)</source>
        <translation>Benutzer (Teilbaum)</translation>
    </message>
    <message>
        <source>Without photo (subtree)</source>
        <translation>Ohne Foto (Teilbaum)</translation>
    </message>
    <message>
        <source>Users (directly)</source>
        <translation>Benutzer (direkt)</translation>
    </message>
    <message>
        <source>Without photo (directly)</source>
        <translation>Ohne Foto (direkt)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
</context>
<context>
    <name>adphoto::AuditOuModel</name>
    <message>
        <source>%1: %2 of %3 users without a photo (%4 of %5 directly in it)</source>
        <translation>%1: %2 von %3 Benutzern ohne Foto (%4 von %5 direkt darin)</translation>
    </message>
    <message>
        <source>In the OU and every OU below it</source>
        <translation>In der OU und jeder OU darunter</translation>
    </message>
    <message>
        <source>Directly in the OU, not in the OUs below it</source>
        <translation>Direkt in der OU, nicht in den OUs darunter</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>OU</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Without photo</source>
        <translation>Ohne Foto</translation>
    </message>
    <message>
        <source>Without photo (%)</source>
        <translation>Ohne Foto (%)</translation>
    </message>
    <message>
        <source>Users (direct)</source>
        <translation>Benutzer (direkt)</translation>
    </message>
    <message>
        <source>Without photo (direct)</source>
        <translation>Ohne Foto (direkt)</translation>
    </message>
</context>
<context>
    <name>adphoto::AuditReport</name>
    <message>
        <source>Users without a photo</source>
        <translation>Benutzer ohne Foto</translation>
    </message>
    <message>
        <source>Photos over the byte limit</source>
        <translation>Fotos über der Bytegrenze</translation>
    </message>
    <message>
        <source>Photos that are not JPEG</source>
        <translation>Fotos, die kein JPEG sind</translation>
    </message>
    <message>
        <source>Damaged or truncated photos</source>
        <translation>Beschädigte oder abgeschnittene Fotos</translation>
    </message>
    <message>
        <source>Photos that are not square</source>
        <translation>Nicht quadratische Fotos</translation>
    </message>
    <message>
        <source>Photos smaller than the minimum size</source>
        <translation>Fotos unter der Mindestgröße</translation>
    </message>
    <message>
        <source>The same photo on several users</source>
        <translation>Dasselbe Foto bei mehreren Benutzern</translation>
    </message>
    <message>
        <source>Disabled accounts with a photo</source>
        <translation>Deaktivierte Konten mit Foto</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>no photo (account disabled)</source>
        <translation>kein Foto (Konto deaktiviert)</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>kein Foto</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>not an image format adphoto knows</source>
        <translation>kein Bildformat, das adphoto kennt</translation>
    </message>
    <message>
        <source>%1, data cut short</source>
        <translation>%1, Daten abgeschnitten</translation>
    </message>
    <message>
        <source>header unreadable</source>
        <translation>Header nicht lesbar</translation>
    </message>
    <message>
        <source>same photo as %1</source>
        <translation>dasselbe Foto wie %1</translation>
    </message>
</context>
<context>
    <name>adphoto::ConnectionResolver</name>
    <message>
        <source>No connection profile named &quot;%1&quot; in %2.</source>
        <translation>Kein Verbindungsprofil namens „%1“ in %2.</translation>
    </message>
    <message>
        <source>Give either a server or a domain, not both.</source>
        <translation>Geben Sie entweder einen Server oder eine Domäne an, nicht beides.</translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot;: use starttls, ldaps or none.</source>
        <translation>Unbekannter TLS-Modus „%1“: verwenden Sie starttls, ldaps oder none.</translation>
    </message>
    <message>
        <source>Unknown bind method &quot;%1&quot;: use simple or gssapi.</source>
        <translation>Unbekannte Bind-Methode „%1“: verwenden Sie simple oder gssapi.</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine positive ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>LDAPTLS_REQCERT=%1 is ignored: adphoto always verifies certificates unless --insecure-skip-verify is given.</source>
        <translation>LDAPTLS_REQCERT=%1 wird ignoriert: adphoto prüft Zertifikate immer, außer wenn --insecure-skip-verify angegeben ist.</translation>
    </message>
    <message>
        <source>--tls none is only allowed with --bind gssapi (the SASL layer then seals the connection); a password is never sent unprotected.</source>
        <translation>--tls none ist nur mit --bind gssapi erlaubt (dann versiegelt die SASL-Schicht die Verbindung); ein Passwort wird nie ungeschützt gesendet.</translation>
    </message>
    <message>
        <source>The server %1 is LDAPS, which conflicts with --tls %2.</source>
        <translation>Der Server %1 verwendet LDAPS, das widerspricht --tls %2.</translation>
    </message>
    <message>
        <source>ldapi:// is not supported; give an ldap:// or ldaps:// URI.</source>
        <translation>ldapi:// wird nicht unterstützt; geben Sie eine ldap://- oder ldaps://-URI an.</translation>
    </message>
    <message>
        <source>A simple bind needs --user (or ADPHOTO_USER).</source>
        <translation>Ein Simple Bind braucht --user (oder ADPHOTO_USER).</translation>
    </message>
</context>
<context>
    <name>adphoto::CsvImportOptions</name>
    <message>
        <source>--delimiter takes one character, &quot;tab&quot; or &quot;auto&quot; (got &quot;%1&quot;).</source>
        <translation>--delimiter erwartet ein Zeichen, „tab“ oder „auto“ (erhalten: „%1“).</translation>
    </message>
</context>
<context>
    <name>adphoto::CsvImportReader</name>
    <message>
        <source>%1 counts from 1 (got %2).</source>
        <translation>%1 zählt ab 1 (erhalten: %2).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; names a column, but the file has no header row; give the column&apos;s number instead.</source>
        <translation>%1 „%2“ nennt eine Spalte, aber die Datei hat keine Kopfzeile; geben Sie stattdessen die Nummer der Spalte an.</translation>
    </message>
    <message>
        <source>%1: the file has no column &quot;%2&quot;; its columns are %3.</source>
        <translation>%1: Die Datei hat keine Spalte „%2“; ihre Spalten sind %3.</translation>
    </message>
    <message>
        <source>The CSV file &quot;%1&quot; does not exist.</source>
        <translation>Die CSV-Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a CSV file.</source>
        <translation>„%1“ ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>The CSV file &quot;%1&quot; is larger than 256 MiB.</source>
        <translation>Die CSV-Datei „%1“ ist größer als 256 MiB.</translation>
    </message>
    <message>
        <source>The CSV file &quot;%1&quot; cannot be read.</source>
        <translation>Die CSV-Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The CSV file has no records.</source>
        <translation>Die CSV-Datei enthält keine Datensätze.</translation>
    </message>
    <message>
        <source>Cannot tell which column holds the users; use --user-column.</source>
        <translation>Es ist nicht erkennbar, welche Spalte die Benutzer enthält; verwenden Sie --user-column.</translation>
    </message>
    <message>
        <source>Cannot tell which column holds the photo files; use --file-column.</source>
        <translation>Es ist nicht erkennbar, welche Spalte die Fotodateien enthält; verwenden Sie --file-column.</translation>
    </message>
    <message>
        <source>The user and file columns must differ.</source>
        <translation>Benutzer- und Dateispalte müssen verschieden sein.</translation>
    </message>
    <message numerus="yes">
        <source>The line has %n field(s); %1 are needed.</source>
        <translation>
            <numerusform>Die Zeile hat %n Feld; %1 werden benötigt.</numerusform>
            <numerusform>Die Zeile hat %n Felder; %1 werden benötigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user field is empty.</source>
        <translation>Das Benutzerfeld ist leer.</translation>
    </message>
    <message>
        <source>The file field is empty.</source>
        <translation>Das Dateifeld ist leer.</translation>
    </message>
</context>
<context>
    <name>adphoto::CsvParser</name>
    <message>
        <source>A quoted field starting on line %1 is never closed.</source>
        <translation>Ein in Zeile %1 beginnendes Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Text follows a closing quote on line %1.</source>
        <translation>In Zeile %1 folgt Text auf ein schließendes Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>adphoto::CsvTextDecoder</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Unbekannte Kodierung „%1“.</translation>
    </message>
    <message>
        <source>The file cannot be read as %1.</source>
        <translation>Die Datei kann nicht als %1 gelesen werden.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; try --encoding windows-1252 or --encoding auto.</source>
        <translation>Die Datei ist kein gültiges UTF-8; versuchen Sie --encoding windows-1252 oder --encoding auto.</translation>
    </message>
</context>
<context>
    <name>adphoto::DcLocator</name>
    <message>
        <source>The DNS answer could not be parsed.</source>
        <translation>Die DNS-Antwort konnte nicht ausgewertet werden.</translation>
    </message>
    <message>
        <source>The DNS resolver could not be initialised.</source>
        <translation>Der DNS-Resolver konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>--dns-server needs an IPv4 address, not &quot;%1&quot;.</source>
        <translation>--dns-server erwartet eine IPv4-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>No domain controller found for %1: the DNS query for %2 failed.</source>
        <translation>Kein Domänencontroller für %1 gefunden: Die DNS-Abfrage nach %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <translation>DNS-Server %1</translation>
    </message>
    <message>
        <source>DNS lists no domain controller for %1 (%2).</source>
        <translation>DNS nennt keinen Domänencontroller für %1 (%2).</translation>
    </message>
</context>
<context>
    <name>adphoto::DeployOptions</name>
    <message>
        <source>The image folder is empty.</source>
        <translation>Der Bildordner ist leer.</translation>
    </message>
    <message>
        <source>The image folder path is longer than %1 characters.</source>
        <translation>Der Pfad des Bildordners ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The image folder contains an invisible control character (%1).</source>
        <translation>Der Bildordner enthält ein unsichtbares Steuerzeichen (%1).</translation>
    </message>
    <message>
        <source>The image folder must be on the computer itself, not a network share: the sign-in screen reads the pictures before the network is up.</source>
        <translation>Der Bildordner muss auf dem Computer selbst liegen, nicht auf einer Netzwerkfreigabe: Der Anmeldebildschirm liest die Bilder, bevor das Netzwerk verfügbar ist.</translation>
    </message>
    <message>
        <source>The image folder must be an absolute Windows path such as C:\Users\Public\AccountPictures or %ProgramData%\AccountPictures.</source>
        <translation>Der Bildordner muss ein absoluter Windows-Pfad sein, etwa C:\Users\Public\AccountPictures oder %ProgramData%\AccountPictures.</translation>
    </message>
    <message>
        <source>The image folder contains a character Windows does not allow in paths: %1</source>
        <translation>Der Bildordner enthält ein Zeichen, das Windows in Pfaden nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>The image folder must not contain &quot;.&quot; or &quot;..&quot; parts.</source>
        <translation>Der Bildordner darf keine Teile „.“ oder „..“ enthalten.</translation>
    </message>
    <message>
        <source>The image folder contains an empty part (\\).</source>
        <translation>Der Bildordner enthält einen leeren Teil (\\).</translation>
    </message>
    <message>
        <source>A folder name in the image folder ends with a space or a dot, which Windows drops.</source>
        <translation>Ein Ordnername im Bildordner endet mit einem Leerzeichen oder Punkt, die Windows entfernt.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>%1 contains an invisible control character (%2).</source>
        <translation>%1 enthält ein unsichtbares Steuerzeichen (%2).</translation>
    </message>
    <message>
        <source>%1 starts or ends with a space.</source>
        <translation>%1 beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>Unknown deploy mode &quot;%1&quot;: use system-task or logoff.</source>
        <translation>Unbekannter Verteilungsmodus „%1“: verwenden Sie system-task oder logoff.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of pixel sizes such as 32,40,48.</source>
        <translation>„%1“ ist keine Liste von Pixelgrößen wie 32,40,48.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GUID such as {6AC1786C-016F-11D2-945F-00C04FB984F9}.</source>
        <translation>„%1“ ist keine GUID wie {6AC1786C-016F-11D2-945F-00C04FB984F9}.</translation>
    </message>
    <message>
        <source>The GUID must not be all zeros.</source>
        <translation>Die GUID darf nicht nur aus Nullen bestehen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RFC 3339 time such as 2024-05-01T12:00:00Z.</source>
        <translation>„%1“ ist keine RFC-3339-Zeitangabe wie 2024-05-01T12:00:00Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time.</source>
        <translation>„%1“ ist kein gültiges Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>Unknown deploy mode.</source>
        <translation>Unbekannter Verteilungsmodus.</translation>
    </message>
    <message>
        <source>Choose at least one picture size.</source>
        <translation>Wählen Sie mindestens eine Bildgröße.</translation>
    </message>
    <message>
        <source>At most %1 picture sizes can be written.</source>
        <translation>Es können höchstens %1 Bildgrößen geschrieben werden.</translation>
    </message>
    <message>
        <source>Picture size %1 is outside %2–%3 pixels.</source>
        <translation>Die Bildgröße %1 liegt außerhalb von %2–%3 Pixeln.</translation>
    </message>
    <message>
        <source>The JPEG quality must be between 1 and 100.</source>
        <translation>Die JPEG-Qualität muss zwischen 1 und 100 liegen.</translation>
    </message>
    <message>
        <source>The GPO name</source>
        <translation>Der GPO-Name</translation>
    </message>
    <message>
        <source>The backup time must lie between 1980 and 2107.</source>
        <translation>Die Sicherungszeit muss zwischen 1980 und 2107 liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS domain name such as corp.example.com.</source>
        <translation>„%1“ ist kein DNS-Domänenname wie corp.example.com.</translation>
    </message>
    <message>
        <source>(a name with control characters)</source>
        <translation>(ein Name mit Steuerzeichen)</translation>
    </message>
    <message>
        <source>The group allowed to write pictures must be a SID (S-1-5-…) or one of Users, Authenticated Users, INTERACTIVE.</source>
        <translation>Die Gruppe, die Bilder schreiben darf, muss eine SID (S-1-5-…) oder eine von Users, Authenticated Users, INTERACTIVE sein.</translation>
    </message>
</context>
<context>
    <name>adphoto::DeployPackage</name>
    <message>
        <source>The folder %1 is not empty: choose a new or empty folder.</source>
        <translation>Der Ordner %1 ist nicht leer: Wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>adphoto::Directory</name>
    <message>
        <source>This directory cannot list photos.</source>
        <translation>Dieses Verzeichnis kann keine Fotos auflisten.</translation>
    </message>
</context>
<context>
    <name>adphoto::FolderMatcher</name>
    <message>
        <source>Folder &quot;%1&quot; does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; cannot be read.</source>
        <translation>Der Ordner „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>system file</source>
        <translation>Systemdatei</translation>
    </message>
    <message>
        <source>hidden file</source>
        <translation>versteckte Datei</translation>
    </message>
    <message>
        <source>not an image (no file extension)</source>
        <translation>kein Bild (keine Dateiendung)</translation>
    </message>
    <message>
        <source>not an image (.%1)</source>
        <translation>kein Bild (.%1)</translation>
    </message>
    <message numerus="yes">
        <source>fits %n user(s)</source>
        <translation>
            <numerusform>passt zu %n Benutzer</numerusform>
            <numerusform>passt zu %n Benutzern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 also fits this user</source>
        <translation>%1 passt ebenfalls zu diesem Benutzer</translation>
    </message>
</context>
<context>
    <name>adphoto::FutureResult</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>adphoto::HistoryModel</name>
    <message>
        <source>Set</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Single photo</source>
        <translation>Einzelnes Foto</translation>
    </message>
    <message>
        <source>Single removal</source>
        <translation>Einzelne Entfernung</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
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
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>adphoto::ImportPlan</name>
    <message>
        <source>The plan is not valid JSON: %1 (at byte %2).</source>
        <translation>Der Plan ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>A plan is a JSON array of rows.</source>
        <translation>Ein Plan ist ein JSON-Array von Zeilen.</translation>
    </message>
    <message>
        <source>Row %1 of the plan is not a JSON object.</source>
        <translation>Zeile %1 des Plans ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Row %1 of the plan: %2</source>
        <translation>Zeile %1 des Plans: %2</translation>
    </message>
</context>
<context>
    <name>adphoto::ImportPlanModel</name>
    <message>
        <source>Deselected in the review.</source>
        <translation>In der Prüfung abgewählt.</translation>
    </message>
    <message>
        <source>No such row.</source>
        <translation>Keine solche Zeile.</translation>
    </message>
    <message>
        <source>This row does not need a choice.</source>
        <translation>Diese Zeile braucht keine Auswahl.</translation>
    </message>
    <message>
        <source>No user with the account %1 is listed.</source>
        <translation>Kein Benutzer mit dem Konto %1 ist aufgeführt.</translation>
    </message>
    <message>
        <source>%1 already gets the photo %2.</source>
        <translation>%1 erhält bereits das Foto %2.</translation>
    </message>
    <message>
        <source>Has a photo already (only users without one were asked for).</source>
        <translation>Hat bereits ein Foto (gefragt waren nur Benutzer ohne Foto).</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Das Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Choose a user</source>
        <translation>Benutzer wählen</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Keine Übereinstimmung</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Double-click (or F2) to choose the user: %1</source>
        <translation>Doppelklicken (oder F2), um den Benutzer zu wählen: %1</translation>
    </message>
    <message>
        <source>Choose one of %1…</source>
        <translation>Wählen Sie einen von %1…</translation>
    </message>
    <message>
        <source>Did you mean %1? Choose…</source>
        <translation>Meinten Sie %1? Auswählen…</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>von Ihnen gewählt</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Already this photo</source>
        <translation>Hat dieses Foto bereits</translation>
    </message>
    <message>
        <source>Changed meanwhile: not written</source>
        <translation>Zwischenzeitlich geändert: nicht geschrieben</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>adphoto::ImportPlanner</name>
    <message>
        <source>Plan from either a folder or a CSV file.</source>
        <translation>Planen Sie entweder aus einem Ordner oder aus einer CSV-Datei.</translation>
    </message>
    <message>
        <source>Planning cancelled.</source>
        <translation>Planung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>adphoto::ImportRunner</name>
    <message>
        <source>the DC had taken the write (confirmed on resume)</source>
        <translation>Der DC hatte den Schreibvorgang übernommen (beim Fortsetzen bestätigt)</translation>
    </message>
    <message>
        <source>interrupted before the write; written again on resume</source>
        <translation>vor dem Schreiben unterbrochen; beim Fortsetzen erneut geschrieben</translation>
    </message>
    <message>
        <source>changed by someone else while the import was interrupted</source>
        <translation>von jemand anderem geändert, während der Import unterbrochen war</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MiB.</source>
        <translation>%1 ist größer als 256 MiB.</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made.</source>
        <translation>%1 hat sich geändert, seit der Plan erstellt wurde.</translation>
    </message>
    <message>
        <source>Preparing %1 failed.</source>
        <translation>Das Vorbereiten von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Der Benutzer existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The user&apos;s photo changed since the plan was made; not written.</source>
        <translation>Das Foto des Benutzers hat sich geändert, seit der Plan erstellt wurde; nicht geschrieben.</translation>
    </message>
    <message>
        <source>The user already has this photo.</source>
        <translation>Der Benutzer hat dieses Foto bereits.</translation>
    </message>
    <message>
        <source>written before the connection was lost (confirmed)</source>
        <translation>geschrieben, bevor die Verbindung verloren ging (bestätigt)</translation>
    </message>
    <message>
        <source>The photo was changed by someone else; not written.</source>
        <translation>Das Foto wurde von jemand anderem geändert; nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>adphoto::Journal</name>
    <message>
        <source>The data directory %1 cannot be created.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>SQLite support for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Die SQLite-Unterstützung für Qt fehlt (installieren Sie libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>be configured</source>
        <translation>eingerichtet werden</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>eine Transaktion beginnen</translation>
    </message>
    <message>
        <source>create its tables</source>
        <translation>seine Tabellen anlegen</translation>
    </message>
    <message>
        <source>record its schema</source>
        <translation>sein Schema speichern</translation>
    </message>
    <message>
        <source>Another apply is running on this journal (process %1); wait for it to finish.</source>
        <translation>Ein anderer Schreibvorgang läuft auf diesem Journal (Prozess %1); warten Sie, bis er beendet ist.</translation>
    </message>
    <message>
        <source>record the import</source>
        <translation>den Import speichern</translation>
    </message>
    <message>
        <source>update the import</source>
        <translation>den Import aktualisieren</translation>
    </message>
    <message>
        <source>read the import</source>
        <translation>den Import lesen</translation>
    </message>
    <message>
        <source>No import with id %1 in the journal.</source>
        <translation>Kein Import mit der ID %1 im Journal.</translation>
    </message>
    <message>
        <source>list imports</source>
        <translation>die Importe auflisten</translation>
    </message>
    <message>
        <source>record the change</source>
        <translation>die Änderung speichern</translation>
    </message>
    <message>
        <source>commit the change</source>
        <translation>die Änderung festschreiben</translation>
    </message>
    <message>
        <source>record the outcome</source>
        <translation>das Ergebnis speichern</translation>
    </message>
    <message>
        <source>The journal has no change %1.</source>
        <translation>Das Journal enthält keine Änderung %1.</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>den Verlauf lesen</translation>
    </message>
    <message>
        <source>The journal could not %1.</source>
        <translation>Das Journal konnte nicht %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::LdapErrors</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>No such user: the bind name is not known to the domain.</source>
        <translation>Kein solcher Benutzer: Der Bind-Name ist in der Domäne unbekannt.</translation>
    </message>
    <message>
        <source>This account may not sign in at this time (logon hours).</source>
        <translation>Dieses Konto darf sich zu dieser Zeit nicht anmelden (Anmeldezeiten).</translation>
    </message>
    <message>
        <source>This account may not sign in from this workstation.</source>
        <translation>Dieses Konto darf sich nicht von dieser Arbeitsstation anmelden.</translation>
    </message>
    <message>
        <source>The account&apos;s password has expired.</source>
        <translation>Das Passwort des Kontos ist abgelaufen.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Das Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>The account has expired.</source>
        <translation>Das Konto ist abgelaufen.</translation>
    </message>
    <message>
        <source>The account&apos;s password must be changed before it can sign in.</source>
        <translation>Das Passwort des Kontos muss geändert werden, bevor es sich anmelden kann.</translation>
    </message>
    <message>
        <source>The account is locked out.</source>
        <translation>Das Konto ist gesperrt.</translation>
    </message>
    <message>
        <source>The DC refused the credentials.</source>
        <translation>Der DC hat die Anmeldedaten abgelehnt.</translation>
    </message>
    <message>
        <source>No Kerberos ticket: run &apos;kinit user@REALM&apos; first, or bind with --bind simple.</source>
        <translation>Kein Kerberos-Ticket: Führen Sie zuerst &apos;kinit user@REALM&apos; aus oder binden Sie mit --bind simple.</translation>
    </message>
    <message>
        <source>The Kerberos ticket has expired: run &apos;kinit&apos; again.</source>
        <translation>Das Kerberos-Ticket ist abgelaufen: Führen Sie &apos;kinit&apos; erneut aus.</translation>
    </message>
    <message>
        <source>This machine&apos;s clock differs too much from the DC&apos;s (Kerberos clock skew): fix the time.</source>
        <translation>Die Uhr dieses Rechners weicht zu stark von der des DCs ab (Kerberos-Zeitversatz): Korrigieren Sie die Uhrzeit.</translation>
    </message>
    <message>
        <source>The DC&apos;s service principal (ldap/&lt;dc name&gt;) is unknown to the KDC: connect by the DC&apos;s full DNS name, not an IP address or alias.</source>
        <translation>Der Dienstprinzipal des DCs (ldap/&lt;DC-Name&gt;) ist dem KDC unbekannt: Verbinden Sie sich über den vollständigen DNS-Namen des DCs, nicht über eine IP-Adresse oder einen Alias.</translation>
    </message>
    <message>
        <source>Kerberos (GSSAPI) authentication failed.</source>
        <translation>Die Kerberos-Authentifizierung (GSSAPI) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>TLS failed: the DC&apos;s certificate could not be verified (untrusted CA, wrong host name or expired). Give the CA with --ca-file.</source>
        <translation>TLS fehlgeschlagen: Das Zertifikat des DCs konnte nicht überprüft werden (nicht vertrauenswürdige CA, falscher Hostname oder abgelaufen). Geben Sie die CA mit --ca-file an.</translation>
    </message>
    <message>
        <source>Cannot contact the DC.</source>
        <translation>Der DC ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The connection to the DC was lost.</source>
        <translation>Die Verbindung zum DC ist abgebrochen.</translation>
    </message>
    <message>
        <source>The DC did not answer in time.</source>
        <translation>Der DC hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The DC requires a protected connection (LDAP signing): use TLS, or Kerberos with signing and sealing.</source>
        <translation>Der DC verlangt eine geschützte Verbindung (LDAP-Signierung): Verwenden Sie TLS oder Kerberos mit Signierung und Versiegelung.</translation>
    </message>
    <message>
        <source>The DC requires an encrypted connection.</source>
        <translation>Der DC verlangt eine verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>This kind of bind is not allowed for the account.</source>
        <translation>Diese Art von Bind ist für das Konto nicht erlaubt.</translation>
    </message>
    <message>
        <source>Access denied: the bound account may not change this user&apos;s photo.</source>
        <translation>Zugriff verweigert: Das gebundene Konto darf das Foto dieses Benutzers nicht ändern.</translation>
    </message>
    <message>
        <source>Access denied.</source>
        <translation>Zugriff verweigert.</translation>
    </message>
    <message>
        <source>No such object in the directory (deleted or moved?).</source>
        <translation>Kein solches Objekt im Verzeichnis (gelöscht oder verschoben?).</translation>
    </message>
    <message>
        <source>The photo was changed by someone else since it was read; nothing was written.</source>
        <translation>Das Foto wurde seit dem Lesen von jemand anderem geändert; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>A photo was set by someone else since it was read; nothing was written.</source>
        <translation>Seit dem Lesen hat jemand anderes ein Foto gesetzt; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The DC refused the photo as too large: thumbnailPhoto holds at most 102,400 bytes.</source>
        <translation>Der DC hat das Foto als zu groß abgelehnt: thumbnailPhoto fasst höchstens 102.400 Bytes.</translation>
    </message>
    <message>
        <source>The DC is unwilling to accept this bind.</source>
        <translation>Der DC ist nicht bereit, diesen Bind anzunehmen.</translation>
    </message>
    <message>
        <source>The DC is busy or unavailable.</source>
        <translation>Der DC ist ausgelastet oder nicht verfügbar.</translation>
    </message>
    <message>
        <source>The bind failed.</source>
        <translation>Der Bind ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The directory operation failed.</source>
        <translation>Die Verzeichnisoperation ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>adphoto::LdapSession</name>
    <message>
        <source>&quot;%1&quot; is not a usable LDAP URI.</source>
        <translation>„%1“ ist keine verwendbare LDAP-URI.</translation>
    </message>
    <message>
        <source>TLS was not established with %1.</source>
        <translation>Mit %1 wurde kein TLS aufgebaut.</translation>
    </message>
    <message>
        <source>Refusing to send a password over an unprotected connection.</source>
        <translation>Ein Passwort wird nicht über eine ungeschützte Verbindung gesendet.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Das Passwort ist leer.</translation>
    </message>
    <message>
        <source>The Kerberos session is not sealed (SSF %1 &lt; 56); refusing an unprotected connection.</source>
        <translation>Die Kerberos-Sitzung ist nicht versiegelt (SSF %1 &lt; 56); eine ungeschützte Verbindung wird abgelehnt.</translation>
    </message>
    <message>
        <source>No server given: use --server URI or --domain NAME (or ADPHOTO_SERVER, ADPHOTO_DOMAIN, a profile, or URI in ldap.conf).</source>
        <translation>Kein Server angegeben: Verwenden Sie --server URI oder --domain NAME (oder ADPHOTO_SERVER, ADPHOTO_DOMAIN, ein Profil oder URI in ldap.conf).</translation>
    </message>
    <message>
        <source>The DC did not tell its defaultNamingContext; give --base DN.</source>
        <translation>Der DC hat seinen defaultNamingContext nicht genannt; geben Sie --base DN an.</translation>
    </message>
    <message>
        <source>The directory is not open.</source>
        <translation>Das Verzeichnis ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No user given.</source>
        <translation>Kein Benutzer angegeben.</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot; under %2.</source>
        <translation>Kein Benutzer „%1“ unter %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 users; nothing was done. Name one by DN or &lt;GUID=...&gt;.</source>
        <translation>„%1“ passt auf %2 Benutzer; nichts wurde getan. Nennen Sie einen per DN oder &lt;GUID=...&gt;.</translation>
    </message>
    <message>
        <source>No such user: %1</source>
        <translation>Kein solcher Benutzer: %1</translation>
    </message>
    <message>
        <source>An empty photo cannot be written; remove the photo instead.</source>
        <translation>Ein leeres Foto kann nicht geschrieben werden; entfernen Sie stattdessen das Foto.</translation>
    </message>
    <message>
        <source>The user has no photo to remove.</source>
        <translation>Der Benutzer hat kein Foto, das entfernt werden könnte.</translation>
    </message>
    <message>
        <source>No such object: %1</source>
        <translation>Kein solches Objekt: %1</translation>
    </message>
</context>
<context>
    <name>adphoto::MemorySecretStore</name>
    <message>
        <source>No keychain is available.</source>
        <translation>Kein Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>adphoto::NamePattern</name>
    <message>
        <source>Pattern &quot;%1&quot; has a &quot;}&quot; without &quot;{&quot;.</source>
        <translation>Das Muster „%1“ enthält ein „}“ ohne „{“.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot; has a &quot;{&quot; without &quot;}&quot;.</source>
        <translation>Das Muster „%1“ enthält ein „{“ ohne „}“.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: &quot;%2&quot; needs a positive length after the colon.</source>
        <translation>Muster „%1“: „%2“ braucht nach dem Doppelpunkt eine positive Länge.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: unknown attribute {%2}; use sAMAccountName, userPrincipalName, mail, employeeID, displayName, givenName or sn.</source>
        <translation>Muster „%1“: unbekanntes Attribut {%2}; verwenden Sie sAMAccountName, userPrincipalName, mail, employeeID, displayName, givenName oder sn.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot; uses no attribute such as {sn}.</source>
        <translation>Das Muster „%1“ verwendet kein Attribut wie {sn}.</translation>
    </message>
</context>
<context>
    <name>adphoto::PathMapping</name>
    <message>
        <source>--path-map needs PREFIX=LOCAL_FOLDER, e.g. &apos;C:\Photos=/mnt/photos&apos; (got &quot;%1&quot;).</source>
        <translation>--path-map erwartet PRÄFIX=LOKALER_ORDNER, z. B. &apos;C:\Photos=/mnt/photos&apos; (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>--path-map: &quot;%1&quot; is not an absolute local folder.</source>
        <translation>--path-map: „%1“ ist kein absoluter lokaler Ordner.</translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation>Der Dateiname ist leer.</translation>
    </message>
    <message>
        <source>The Windows path &quot;%1&quot; is not under any --path-map prefix (e.g. --path-map &apos;C:\Photos=/mnt/photos&apos;).</source>
        <translation>Der Windows-Pfad „%1“ liegt unter keinem --path-map-Präfix (z. B. --path-map &apos;C:\Photos=/mnt/photos&apos;).</translation>
    </message>
    <message>
        <source>It has a space next to a path separator: did you mean &quot;%1&quot;?</source>
        <translation>Neben einem Pfadtrenner steht ein Leerzeichen: Meinten Sie „%1“?</translation>
    </message>
</context>
<context>
    <name>adphoto::PhotoExporter</name>
    <message>
        <source>No export folder given.</source>
        <translation>Kein Exportordner angegeben.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 already exists (an earlier export?). Nothing was written: give --overwrite to replace it and the photos, or choose another folder.</source>
        <translation>%1 existiert bereits (ein früherer Export?). Nichts wurde geschrieben: Geben Sie --overwrite an, um sie und die Fotos zu ersetzen, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; it was left alone.</source>
        <translation>%1 existiert und ist keine reguläre Datei; sie wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>%1 exists with other content; give --overwrite to replace it.</source>
        <translation>%1 existiert mit anderem Inhalt; geben Sie --overwrite an, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; the index was not written.</source>
        <translation>%1 existiert und ist keine reguläre Datei; der Index wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write the index %1: %2</source>
        <translation>Der Index %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>adphoto::PhotoWriter</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>adphoto::PlanBuilder</name>
    <message>
        <source>The account is disabled (--skip-disabled).</source>
        <translation>Das Konto ist deaktiviert (--skip-disabled).</translation>
    </message>
    <message>
        <source>The user already has a photo (--only-missing).</source>
        <translation>Der Benutzer hat bereits ein Foto (--only-missing).</translation>
    </message>
    <message>
        <source>No user fits this file name.</source>
        <translation>Kein Benutzer passt zu diesem Dateinamen.</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>Duplikat von Zeile %1</translation>
    </message>
</context>
<context>
    <name>adphoto::PlanFileChecker</name>
    <message>
        <source>File not found: &quot;%1&quot;.</source>
        <translation>Datei nicht gefunden: „%1“.</translation>
    </message>
    <message>
        <source>The path has a space next to a separator; &quot;%1&quot; exists — correct the CSV if that is the photo.</source>
        <translation>Der Pfad hat ein Leerzeichen neben einem Trenner; „%1“ existiert – korrigieren Sie die CSV-Datei, wenn das das Foto ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image.</source>
        <translation>„%1“ ist kein Bild.</translation>
    </message>
</context>
<context>
    <name>adphoto::PlanRow</name>
    <message>
        <source>&quot;status&quot; must be one of ready, unchanged, skipped, ambiguous, unmatched, conflict, error.</source>
        <translation>&quot;status&quot; muss einer der Werte ready, unchanged, skipped, ambiguous, unmatched, conflict, error sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or null.</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette oder null sein.</translation>
    </message>
    <message>
        <source>&quot;objectGUID&quot; is not a GUID: &quot;%1&quot;.</source>
        <translation>&quot;objectGUID&quot; ist keine GUID: „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true, false or null.</source>
        <translation>&quot;%1&quot; muss true, false oder null sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings or null.</source>
        <translation>&quot;%1&quot; muss eine Liste von Zeichenketten oder null sein.</translation>
    </message>
    <message>
        <source>&quot;line&quot; must be a line number or null.</source>
        <translation>&quot;line&quot; muss eine Zeilennummer oder null sein.</translation>
    </message>
</context>
<context>
    <name>adphoto::PlanScope</name>
    <message>
        <source>The user is not among the users this import is limited to.</source>
        <translation>Der Benutzer gehört nicht zu den Benutzern, auf die dieser Import beschränkt ist.</translation>
    </message>
    <message>
        <source>The user is not among the %1.</source>
        <translation>Der Benutzer gehört nicht zu den %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::Reverter</name>
    <message>
        <source>The journal holds no change of this user, so there is nothing to restore.</source>
        <translation>Das Journal enthält keine Änderung dieses Benutzers, es gibt also nichts wiederherzustellen.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n user(s).</source>
        <translation>
            <numerusform>Nach %n Benutzer abgebrochen.</numerusform>
            <numerusform>Nach %n Benutzern abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The photo was changed after this import; left as it is.</source>
        <translation>Das Foto wurde nach diesem Import geändert; es bleibt, wie es ist.</translation>
    </message>
</context>
<context>
    <name>adphoto::UserIndex</name>
    <message>
        <source>At most 255 patterns can be used at once.</source>
        <translation>Es können höchstens 255 Muster gleichzeitig verwendet werden.</translation>
    </message>
</context>
<context>
    <name>adphoto::UserListModel</name>
    <message>
        <source>Has a photo</source>
        <translation>Hat ein Foto</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>Photo size</source>
        <translation>Fotogröße</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>adphoto::UserSpecResolver</name>
    <message>
        <source>The user is empty.</source>
        <translation>Der Benutzer ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid GUID.</source>
        <translation>„%1“ ist keine gültige GUID.</translation>
    </message>
    <message>
        <source>Unknown user &quot;%1&quot;.</source>
        <translation>Unbekannter Benutzer „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; fits %n users; none was chosen.</source>
        <translation>
            <numerusform>„%1“ passt auf %n Benutzer; keiner wurde gewählt.</numerusform>
            <numerusform>„%1“ passt auf %n Benutzer; keiner wurde gewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adphoto::cli::AuditCommand</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Users with a photo</source>
        <translation>Benutzer mit Foto</translation>
    </message>
    <message>
        <source>Photos shared by several users</source>
        <translation>Von mehreren Benutzern geteilte Fotos</translation>
    </message>
    <message>
        <source>Photo audit of %1 (byte limit %2, minimum %3 px)</source>
        <translation>Fotoprüfung von %1 (Bytegrenze %2, Minimum %3 px)</translation>
    </message>
    <message>
        <source>Audit photos: missing per OU, too large, not JPEG, not square, too small, shared, disabled.</source>
        <translation>Fotos prüfen: fehlende je OU, zu groß, kein JPEG, nicht quadratisch, zu klein, geteilt, deaktiviert.</translation>
    </message>
    <message>
        <source>Only users under this OU (subtree).</source>
        <translation>Nur Benutzer unter dieser OU (Teilbaum).</translation>
    </message>
    <message>
        <source>Photos larger than this many bytes are reported (default 102400).</source>
        <translation>Fotos, die größer als so viele Bytes sind, werden gemeldet (Standard 102400).</translation>
    </message>
    <message>
        <source>audit takes no arguments.</source>
        <translation>audit akzeptiert keine Argumente.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv, json or html.</source>
        <translation>Unbekanntes Format „%1“: verwenden Sie table, csv, json oder html.</translation>
    </message>
    <message>
        <source>--max-bytes takes a positive number of bytes, not &quot;%1&quot;.</source>
        <translation>--max-bytes erwartet eine positive Anzahl Bytes, nicht „%1“.</translation>
    </message>
    <message>
        <source>Auditing</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) audited: </source>
        <translation>
            <numerusform>%n Benutzer geprüft: </numerusform>
            <numerusform>%n Benutzer geprüft: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a photo, </source>
        <translation>
            <numerusform>%n ohne Foto, </numerusform>
            <numerusform>%n ohne Foto, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with photos.</source>
        <translation>
            <numerusform>%n Problem mit Fotos.</numerusform>
            <numerusform>%n Probleme mit Fotos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads every photo once, page by page, and keeps only a fingerprint of each.
--format takes table (summary, counts per OU, findings), csv, json (one array: &quot;ou&quot; rows
with subtree and direct counts, then one row per finding with its &quot;kind&quot;: missing,
oversized, notJpeg, damaged, notSquare, tooSmall, duplicate, disabledWithPhoto) or html
(a self-contained report).</source>
        <translation>Liest jedes Foto einmal, Seite für Seite, und behält von jedem nur einen Fingerabdruck.
--format akzeptiert table (Zusammenfassung, Anzahlen je OU, Befunde), csv, json (ein Array: &quot;ou&quot;-Zeilen
mit Teilbaum- und Direktanzahlen, dann eine Zeile je Befund mit seinem &quot;kind&quot;: missing,
oversized, notJpeg, damaged, notSquare, tooSmall, duplicate, disabledWithPhoto) oder html
(ein eigenständiger Bericht).</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::CheckCommand</name>
    <message>
        <source>Test the connection: DC, TLS, bind identity, base DN, write permission.</source>
        <translation>Verbindung testen: DC, TLS, Bind-Identität, Basis-DN, Schreibrecht.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli check [USER]</source>
        <translation>Aufruf: adphoto-cli check [USER]</translation>
    </message>
    <message>
        <source>With USER, also tells whether the bound identity may write that user&apos;s thumbnailPhoto
(from allowedAttributesEffective).</source>
        <translation>Mit USER wird auch angezeigt, ob die gebundene Identität das thumbnailPhoto dieses Benutzers schreiben darf
(aus allowedAttributesEffective).</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::CliApp</name>
    <message>
        <source>LDAP URI or host of the DC (ldap://, ldaps://) [ADPHOTO_SERVER].</source>
        <translation>LDAP-URI oder Host des DCs (ldap://, ldaps://) [ADPHOTO_SERVER].</translation>
    </message>
    <message>
        <source>AD domain; the DC is found through DNS SRV records [ADPHOTO_DOMAIN].</source>
        <translation>AD-Domäne; der DC wird über DNS-SRV-Einträge gefunden [ADPHOTO_DOMAIN].</translation>
    </message>
    <message>
        <source>DNS server to ask for the domain&apos;s DCs [ADPHOTO_DNS_SERVER].</source>
        <translation>DNS-Server, der nach den DCs der Domäne gefragt wird [ADPHOTO_DNS_SERVER].</translation>
    </message>
    <message>
        <source>Base DN (default: the domain&apos;s defaultNamingContext) [ADPHOTO_BASE].</source>
        <translation>Basis-DN (Standard: defaultNamingContext der Domäne) [ADPHOTO_BASE].</translation>
    </message>
    <message>
        <source>simple or gssapi (Kerberos ticket); default simple when a user is given, else gssapi [ADPHOTO_BIND].</source>
        <translation>simple oder gssapi (Kerberos-Ticket); Standard simple, wenn ein Benutzer angegeben ist, sonst gssapi [ADPHOTO_BIND].</translation>
    </message>
    <message>
        <source>Bind name: user@domain, DOMAIN\user or a DN [ADPHOTO_USER].</source>
        <translation>Bind-Name: user@domain, DOMAIN\user oder ein DN [ADPHOTO_USER].</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (else ADPHOTO_PASSWORD, else a prompt).</source>
        <translation>Das Passwort aus der ersten Zeile von FILE lesen (sonst ADPHOTO_PASSWORD, sonst eine Abfrage).</translation>
    </message>
    <message>
        <source>starttls, ldaps or none (none only with gssapi) [ADPHOTO_TLS].</source>
        <translation>starttls, ldaps oder none (none nur mit gssapi) [ADPHOTO_TLS].</translation>
    </message>
    <message>
        <source>CA certificates to trust (PEM) [ADPHOTO_CA_FILE].</source>
        <translation>Vertrauenswürdige CA-Zertifikate (PEM) [ADPHOTO_CA_FILE].</translation>
    </message>
    <message>
        <source>Do not verify the server certificate (dangerous; warns every time).</source>
        <translation>Das Serverzertifikat nicht prüfen (gefährlich; warnt jedes Mal).</translation>
    </message>
    <message>
        <source>Network timeout in seconds (default 30) [ADPHOTO_TIMEOUT].</source>
        <translation>Netzwerk-Timeout in Sekunden (Standard 30) [ADPHOTO_TIMEOUT].</translation>
    </message>
    <message>
        <source>Users per search page (default 1000) [ADPHOTO_PAGE_SIZE].</source>
        <translation>Benutzer je Suchseite (Standard 1000) [ADPHOTO_PAGE_SIZE].</translation>
    </message>
    <message>
        <source>Use a named connection profile [ADPHOTO_PROFILE].</source>
        <translation>Ein benanntes Verbindungsprofil verwenden [ADPHOTO_PROFILE].</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>Ausgabeformat: table, csv oder json.</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>Nur Fehler ausgeben.</translation>
    </message>
    <message>
        <source>Print more detail on stderr.</source>
        <translation>Mehr Details auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli [connection options] COMMAND [options] [arguments]

Puts employees&apos; photos into Active Directory (thumbnailPhoto).

Commands:
</source>
        <translation>Aufruf: adphoto-cli [Verbindungsoptionen] BEFEHL [Optionen] [Argumente]

Legt die Fotos der Mitarbeitenden im Active Directory ab (thumbnailPhoto).

Befehle:
</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli %1 [options] %2</source>
        <translation>Aufruf: adphoto-cli %1 [Optionen] %2</translation>
    </message>
    <message>
        <source>adphoto-cli: unknown command &quot;%1&quot;.</source>
        <translation>adphoto-cli: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Run &apos;adphoto-cli help %1&apos; for its options.</source>
        <translation>Mit &apos;adphoto-cli help %1&apos; werden seine Optionen angezeigt.</translation>
    </message>
    <message>
        <source>
Options every command takes: --quiet (-q), --verbose, --format, --help (-h); and --version.
Run &apos;adphoto-cli help COMMAND&apos; for a command&apos;s options and examples, &apos;man adphoto-cli&apos; for all.
Exit codes:</source>
        <translation>
Optionen, die jeder Befehl akzeptiert: --quiet (-q), --verbose, --format, --help (-h); und --version.
Mit &apos;adphoto-cli help BEFEHL&apos; werden die Optionen und Beispiele eines Befehls angezeigt, mit &apos;man adphoto-cli&apos; alles.
Exit-Codes:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>partly done (some users or files failed; an import can be resumed)</source>
        <translation>teilweise erledigt (einige Benutzer oder Dateien schlugen fehl; ein Import kann fortgesetzt werden)</translation>
    </message>
    <message>
        <source>connection or authentication</source>
        <translation>Verbindung oder Authentifizierung</translation>
    </message>
    <message>
        <source>ambiguous or conflict</source>
        <translation>mehrdeutig oder Konflikt</translation>
    </message>
    <message>
        <source>cancelled (Ctrl+C)</source>
        <translation>abgebrochen (Strg+C)</translation>
    </message>
    <message>
        <source>Password for a simple bind (else --password-file or a prompt).</source>
        <translation>Passwort für einen Simple Bind (sonst --password-file oder eine Abfrage).</translation>
    </message>
    <message>
        <source>Settings file (default ~/.config/adphoto/adphoto.ini).</source>
        <translation>Einstellungsdatei (Standard ~/.config/adphoto/adphoto.ini).</translation>
    </message>
    <message>
        <source>Journal and backups (default ~/.local/share/adphoto).</source>
        <translation>Journal und Sicherungen (Standard ~/.local/share/adphoto).</translation>
    </message>
    <message>
        <source>Fixed time stamp for &apos;deploy&apos; (reproducible output).</source>
        <translation>Fester Zeitstempel für &apos;deploy&apos; (reproduzierbare Ausgabe).</translation>
    </message>
    <message>
        <source>CA certificates to trust when --ca-file is not given.</source>
        <translation>Vertrauenswürdige CA-Zertifikate, wenn --ca-file nicht angegeben ist.</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::CliContext</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>Kandidaten:</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation>Unbekanntes Format „%1“: verwenden Sie table, csv oder json.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>This changes the directory and there is no terminal to confirm on: add --yes.</source>
        <translation>Dies ändert das Verzeichnis, und es gibt kein Terminal für eine Bestätigung: Fügen Sie --yes hinzu.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Die Passwortdatei %1 ist leer.</translation>
    </message>
    <message>
        <source>A password is needed for %1: give --password-file FILE or set ADPHOTO_PASSWORD (there is no terminal to ask on).</source>
        <translation>Für %1 wird ein Passwort benötigt: Geben Sie --password-file FILE an oder setzen Sie ADPHOTO_PASSWORD (es gibt kein Terminal für eine Abfrage).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>--insecure-skip-verify: the server&apos;s certificate is NOT checked; anyone on the network path can read and change this session.</source>
        <translation>--insecure-skip-verify: Das Zertifikat des Servers wird NICHT geprüft; jeder auf dem Netzwerkpfad kann diese Sitzung mitlesen und verändern.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>The DC %1 this import started on cannot be reached; it must finish on the same DC.</source>
        <translation>Der DC %1, auf dem dieser Import begonnen hat, ist nicht erreichbar; der Import muss auf demselben DC beendet werden.</translation>
    </message>
    <message>
        <source>Connected to %1 (DC %2), TLS %3, SSF %4, %5 bind as %6; base %7.</source>
        <translation>Verbunden mit %1 (DC %2), TLS %3, SSF %4, %5-Bind als %6; Basis %7.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::DeployCommand</name>
    <message>
        <source>--quality takes a number from 1 to 100.</source>
        <translation>--quality erwartet eine Zahl von 1 bis 100.</translation>
    </message>
    <message>
        <source>SOURCE_DATE_EPOCH must be a number of seconds since 1970.</source>
        <translation>SOURCE_DATE_EPOCH muss eine Anzahl Sekunden seit 1970 sein.</translation>
    </message>
    <message>
        <source>Write the GPO package that shows AD photos as Windows account pictures.</source>
        <translation>Das GPO-Paket schreiben, das AD-Fotos als Windows-Kontobilder anzeigt.</translation>
    </message>
    <message>
        <source>Folder to write (must not exist or be empty).</source>
        <translation>Zu schreibender Ordner (darf nicht existieren oder muss leer sein).</translation>
    </message>
    <message>
        <source>system-task (default) or logoff.</source>
        <translation>system-task (Standard) oder logoff.</translation>
    </message>
    <message>
        <source>Folder on the computers for the pictures (default %1).</source>
        <translation>Ordner auf den Computern für die Bilder (Standard %1).</translation>
    </message>
    <message>
        <source>Picture sizes in pixels (default %1).</source>
        <translation>Bildgrößen in Pixeln (Standard %1).</translation>
    </message>
    <message>
        <source>JPEG quality 1-100 (default %1).</source>
        <translation>JPEG-Qualität 1–100 (Standard %1).</translation>
    </message>
    <message>
        <source>Name of the GPO (default &quot;%1&quot;).</source>
        <translation>Name der GPO (Standard „%1“).</translation>
    </message>
    <message>
        <source>GUID of the GPO in the backup (default: random).</source>
        <translation>GUID der GPO in der Sicherung (Standard: zufällig).</translation>
    </message>
    <message>
        <source>ID of the backup (default: random).</source>
        <translation>ID der Sicherung (Standard: zufällig).</translation>
    </message>
    <message>
        <source>Backup time, RFC 3339 (default: SOURCE_DATE_EPOCH, else now).</source>
        <translation>Sicherungszeit, RFC 3339 (Standard: SOURCE_DATE_EPOCH, sonst jetzt).</translation>
    </message>
    <message>
        <source>DNS name of the users&apos; domain (default: each computer&apos;s own domain).</source>
        <translation>DNS-Name der Domäne der Benutzer (Standard: die eigene Domäne jedes Computers).</translation>
    </message>
    <message>
        <source>Logoff mode: who may create their picture key, a SID or Users, Authenticated Users, INTERACTIVE (default Users).</source>
        <translation>Logoff-Modus: wer seinen Bildschlüssel anlegen darf, eine SID oder Users, Authenticated Users, INTERACTIVE (Standard Users).</translation>
    </message>
    <message>
        <source>Also write DIR.zip.</source>
        <translation>Zusätzlich DIR.zip schreiben.</translation>
    </message>
    <message>
        <source>deploy takes no arguments; use --out DIR.</source>
        <translation>deploy akzeptiert keine Argumente; verwenden Sie --out DIR.</translation>
    </message>
    <message>
        <source>deploy needs --out DIR.</source>
        <translation>deploy braucht --out DIR.</translation>
    </message>
    <message numerus="yes">
        <source>Deploy package (%1 mode) written to %2: %n file(s).</source>
        <translation>
            <numerusform>Verteilungspaket (Modus %1) nach %2 geschrieben: %n Datei.</numerusform>
            <numerusform>Verteilungspaket (Modus %1) nach %2 geschrieben: %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>GPO backup ID %1 in %2; import it on a domain computer with:</source>
        <translation>GPO-Sicherungs-ID %1 in %2; importieren Sie sie auf einem Domänencomputer mit:</translation>
    </message>
    <message>
        <source>See README.txt in the folder for linking, checks and troubleshooting.</source>
        <translation>README.txt im Ordner beschreibt Verknüpfung, Prüfungen und Fehlerbehebung.</translation>
    </message>
    <message>
        <source>Writes a folder with a GPO backup (import it with Import-GPO or GPMC&apos;s &quot;Import Settings&quot;), the client PowerShell script and README.txt/README.html with the steps. Modes: system-task (default: a startup script installs a scheduled task that runs as SYSTEM at every sign-in, no permission is changed) or logoff (a user logoff script; the GPO grants the minimum registry rights and turns on loopback processing). With --gpo-guid, --backup-id and --timestamp (or SOURCE_DATE_EPOCH) fixed, the output is the same byte for byte.</source>
        <translation>Schreibt einen Ordner mit einer GPO-Sicherung (Import mit Import-GPO oder „Einstellungen importieren“ in der GPMC), dem PowerShell-Skript für die Clients und README.txt/README.html mit den Schritten. Modi: system-task (Standard: ein Startskript installiert eine geplante Aufgabe, die bei jeder Anmeldung als SYSTEM läuft; keine Berechtigung wird geändert) oder logoff (ein Abmeldeskript des Benutzers; die GPO vergibt die minimal nötigen Registrierungsrechte und schaltet die Loopbackverarbeitung ein). Sind --gpo-guid, --backup-id und --timestamp (oder SOURCE_DATE_EPOCH) fest, ist die Ausgabe Byte für Byte gleich.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::ExportCommand</name>
    <message>
        <source>Save every user&apos;s photo into a folder, with a CSV index to import them again.</source>
        <translation>Das Foto jedes Benutzers in einen Ordner speichern, mit einem CSV-Index, um sie wieder zu importieren.</translation>
    </message>
    <message>
        <source>Folder to write the photos to (created if missing).</source>
        <translation>Ordner, in den die Fotos geschrieben werden (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>Only users under this OU (subtree).</source>
        <translation>Nur Benutzer unter dieser OU (Teilbaum).</translation>
    </message>
    <message>
        <source>Replace existing files (and an earlier export&apos;s index).</source>
        <translation>Vorhandene Dateien ersetzen (auch den Index eines früheren Exports).</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli export --folder DIR [--ou DN] [--overwrite]</source>
        <translation>Aufruf: adphoto-cli export --folder DIR [--ou DN] [--overwrite]</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: übersprungen: %2</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) written, </source>
        <translation>
            <numerusform>%n Foto geschrieben, </numerusform>
            <numerusform>%n Fotos geschrieben, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there, </source>
        <translation>
            <numerusform>%n bereits vorhanden, </numerusform>
            <numerusform>%n bereits vorhanden, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped, </source>
        <translation>
            <numerusform>%n übersprungen, </numerusform>
            <numerusform>%n übersprungen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed; </source>
        <translation>
            <numerusform>%n fehlgeschlagen; </numerusform>
            <numerusform>%n fehlgeschlagen; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a photo.</source>
        <translation>
            <numerusform>%n Benutzer ohne Foto.</numerusform>
            <numerusform>%n Benutzer ohne Foto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>Index: %1</translation>
    </message>
    <message>
        <source>Stopped: the folder keeps refusing writes.</source>
        <translation>Angehalten: Der Ordner verweigert weiterhin Schreibzugriffe.</translation>
    </message>
    <message>
        <source>Files are named &lt;sAMAccountName&gt;.jpg (or .png, .gif ... after the photo&apos;s real format),
made safe for any filesystem. Existing files are never replaced unless --overwrite is
given; they are reported and left out of the index, and the exit code is 3. The index
(index.csv: AD_user,path_to_file with relative paths) re-imports as is with
&apos;adphoto-cli import --csv DIR/index.csv&apos;.</source>
        <translation>Dateien heißen &lt;sAMAccountName&gt;.jpg (oder .png, .gif ... nach dem tatsächlichen Format des Fotos),
für jedes Dateisystem unbedenklich gemacht. Vorhandene Dateien werden nur mit --overwrite
ersetzt; sonst werden sie gemeldet, nicht in den Index aufgenommen, und der Exit-Code ist 3. Der Index
(index.csv: AD_user,path_to_file mit relativen Pfaden) lässt sich unverändert wieder importieren mit
&apos;adphoto-cli import --csv DIR/index.csv&apos;.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::HistoryCommand</name>
    <message>
        <source>List the photo changes recorded in the journal, oldest first.</source>
        <translation>Die im Journal aufgezeichneten Fotoänderungen auflisten, die ältesten zuerst.</translation>
    </message>
    <message>
        <source>Only changes of this user.</source>
        <translation>Nur Änderungen dieses Benutzers.</translation>
    </message>
    <message>
        <source>Only changes of this import.</source>
        <translation>Nur Änderungen dieses Imports.</translation>
    </message>
    <message>
        <source>history takes no arguments; use --user USER.</source>
        <translation>history akzeptiert keine Argumente; verwenden Sie --user USER.</translation>
    </message>
    <message>
        <source>Works offline, from the local journal. USER is a sAMAccountName, DN or &lt;GUID=...&gt;.</source>
        <translation>Funktioniert offline, aus dem lokalen Journal. USER ist ein sAMAccountName, DN oder &lt;GUID=...&gt;.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::ImportCommand</name>
    <message>
        <source>Import photos from a folder or a CSV: plan, review, apply, resume.</source>
        <translation>Fotos aus einem Ordner oder einer CSV-Datei importieren: planen, prüfen, anwenden, fortsetzen.</translation>
    </message>
    <message>
        <source>Match the image files in DIR to users by name.</source>
        <translation>Die Bilddateien in DIR anhand des Namens Benutzern zuordnen.</translation>
    </message>
    <message>
        <source>Also look in DIR&apos;s subfolders.</source>
        <translation>Auch in den Unterordnern von DIR suchen.</translation>
    </message>
    <message>
        <source>Extra file name pattern, e.g. {givenName}.{sn} (repeatable).</source>
        <translation>Zusätzliches Dateinamenmuster, z. B. {givenName}.{sn} (wiederholbar).</translation>
    </message>
    <message>
        <source>Read user,file pairs from a CSV file.</source>
        <translation>Benutzer-Datei-Paare aus einer CSV-Datei lesen.</translation>
    </message>
    <message>
        <source>CSV encoding: auto, utf-8, utf-16, windows-1252 ...</source>
        <translation>CSV-Kodierung: auto, utf-8, utf-16, windows-1252 ...</translation>
    </message>
    <message>
        <source>CSV delimiter: auto, &apos;,&apos;, &apos;;&apos; or tab.</source>
        <translation>CSV-Trennzeichen: auto, &apos;,&apos;, &apos;;&apos; oder tab.</translation>
    </message>
    <message>
        <source>The CSV has no header row.</source>
        <translation>Die CSV-Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>CSV column with the user (name or 1-based number).</source>
        <translation>CSV-Spalte mit dem Benutzer (Name oder Nummer ab 1).</translation>
    </message>
    <message>
        <source>CSV column with the file (name or 1-based number).</source>
        <translation>CSV-Spalte mit der Datei (Name oder Nummer ab 1).</translation>
    </message>
    <message>
        <source>Map a Windows path prefix to a local one, e.g. &apos;C:\Photos=/mnt/p&apos; (repeatable).</source>
        <translation>Ein Windows-Pfadpräfix auf ein lokales abbilden, z. B. &apos;C:\Photos=/mnt/p&apos; (wiederholbar).</translation>
    </message>
    <message>
        <source>Apply a plan written by --dry-run --format json (perhaps edited).</source>
        <translation>Einen mit --dry-run --format json geschriebenen (eventuell bearbeiteten) Plan anwenden.</translation>
    </message>
    <message>
        <source>Finish an interrupted import (the newest, or IMPORT_ID).</source>
        <translation>Einen unterbrochenen Import beenden (den neuesten oder IMPORT_ID).</translation>
    </message>
    <message>
        <source>Only print the plan; change nothing.</source>
        <translation>Nur den Plan ausgeben; nichts ändern.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht nach Bestätigung fragen.</translation>
    </message>
    <message>
        <source>Skip users who already have a photo.</source>
        <translation>Benutzer überspringen, die bereits ein Foto haben.</translation>
    </message>
    <message>
        <source>Skip disabled accounts.</source>
        <translation>Deaktivierte Konten überspringen.</translation>
    </message>
    <message>
        <source>Match only users under this OU.</source>
        <translation>Nur Benutzer unter dieser OU zuordnen.</translation>
    </message>
    <message>
        <source>Photos prepared in parallel (default: one per core).</source>
        <translation>Parallel vorbereitete Fotos (Standard: eines je Kern).</translation>
    </message>
    <message>
        <source>At most N writes per second (default: unlimited).</source>
        <translation>Höchstens N Schreibvorgänge pro Sekunde (Standard: unbegrenzt).</translation>
    </message>
    <message>
        <source>Cannot read the plan %1: %2</source>
        <translation>Der Plan %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Listing users</source>
        <translation>Benutzer werden aufgelistet</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n Zeile bereit</numerusform>
            <numerusform>%n Zeilen bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a person (ambiguous, unmatched, conflict)</source>
        <translation>
            <numerusform>%n braucht einen Menschen (mehrdeutig, ohne Zuordnung, Konflikt)</numerusform>
            <numerusform>%n brauchen einen Menschen (mehrdeutig, ohne Zuordnung, Konflikt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1: %2 written, %3 unchanged, %4 conflict(s), %5 failed%6.</source>
        <translation>Import %1: %2 geschrieben, %3 unverändert, %4 Konflikt(e), %5 fehlgeschlagen%6.</translation>
    </message>
    <message numerus="yes">
        <source>, %n done before</source>
        <translation>
            <numerusform>, %n zuvor erledigt</numerusform>
            <numerusform>, %n zuvor erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled between users; finish with: adphoto-cli import --resume %1</source>
        <translation>Zwischen zwei Benutzern abgebrochen; fortsetzen mit: adphoto-cli import --resume %1</translation>
    </message>
    <message>
        <source>The DC could not be reached; nothing is lost. Finish with: adphoto-cli import --resume %1</source>
        <translation>Der DC war nicht erreichbar; nichts ist verloren. Fortsetzen mit: adphoto-cli import --resume %1</translation>
    </message>
    <message>
        <source>Give exactly one of --folder, --csv, --plan or --resume.</source>
        <translation>Geben Sie genau eines von --folder, --csv, --plan oder --resume an.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--resume cannot be a dry run.</source>
        <translation>--resume kann kein Probelauf sein.</translation>
    </message>
    <message>
        <source>--jobs needs a positive whole number.</source>
        <translation>--jobs erwartet eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>--rate needs a positive number of writes per second.</source>
        <translation>--rate erwartet eine positive Anzahl Schreibvorgänge pro Sekunde.</translation>
    </message>
    <message>
        <source>Nothing to apply: no row is ready.</source>
        <translation>Nichts anzuwenden: keine Zeile ist bereit.</translation>
    </message>
    <message numerus="yes">
        <source>Write photos for %n user(s)?</source>
        <translation>
            <numerusform>Fotos für %n Benutzer schreiben?</numerusform>
            <numerusform>Fotos für %n Benutzer schreiben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written without --yes (or a &apos;y&apos; on the terminal). Only rows whose status is
&apos;ready&apos; are applied; ambiguous, unmatched and conflicting files wait for a person.
Every replaced photo is backed up in the journal first; the import id is the first line
on stderr. Exit code 3 when some users failed (or the DC went away: then --resume).</source>
        <translation>Ohne --yes (oder ein &apos;y&apos; am Terminal) wird nichts geschrieben. Nur Zeilen mit dem Status
&apos;ready&apos; werden angewendet; mehrdeutige, nicht zugeordnete und widersprüchliche Dateien warten auf einen Menschen.
Jedes ersetzte Foto wird zuerst im Journal gesichert; die Import-ID ist die erste Zeile
auf stderr. Exit-Code 3, wenn einige Benutzer fehlschlugen (oder der DC wegfiel: dann --resume).</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreibe</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::MatchCommand</name>
    <message>
        <source>match needs --folder DIR.</source>
        <translation>match braucht --folder DIR.</translation>
    </message>
    <message>
        <source>Propose a user for every photo in a folder (changes nothing).</source>
        <translation>Für jedes Foto in einem Ordner einen Benutzer vorschlagen (ändert nichts).</translation>
    </message>
    <message>
        <source>The folder with the photos.</source>
        <translation>Der Ordner mit den Fotos.</translation>
    </message>
    <message>
        <source>Also match the photos in subfolders.</source>
        <translation>Auch die Fotos in Unterordnern zuordnen.</translation>
    </message>
    <message>
        <source>A file-name pattern from attributes, e.g. {givenName}.{sn} (repeatable).</source>
        <translation>Ein Dateinamenmuster aus Attributen, z. B. {givenName}.{sn} (wiederholbar).</translation>
    </message>
    <message>
        <source>Only match users under this OU (subtree).</source>
        <translation>Nur Benutzer unter dieser OU zuordnen (Teilbaum).</translation>
    </message>
    <message>
        <source>match takes no arguments; use --folder DIR.</source>
        <translation>match akzeptiert keine Argumente; verwenden Sie --folder DIR.</translation>
    </message>
    <message>
        <source>Listing users</source>
        <translation>Benutzer werden aufgelistet</translation>
    </message>
    <message>
        <source>Indexing users</source>
        <translation>Benutzer werden indiziert</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Zuordnung läuft</translation>
    </message>
    <message>
        <source>%1 matched, %2 ambiguous, %3 unmatched, %4 in conflict, %5 skipped.</source>
        <translation>%1 zugeordnet, %2 mehrdeutig, %3 ohne Zuordnung, %4 im Konflikt, %5 übersprungen.</translation>
    </message>
    <message>
        <source>Rules, all tried: sAMAccountName, userPrincipalName, mail and its local part, employeeID,
displayName, &quot;given surname&quot;, &quot;surname given&quot;, &quot;surname, given&quot;, initial + surname, and
--pattern (attributes in braces: {givenName}.{sn}, {sn}_{givenName:1}, {employeeID}).
Case, NFC/NFD, diacritics (é→e, ł→l, ß→ss, ü→ue), separators and copy suffixes are ignored.
A file is &quot;matched&quot; only when every rule that fits names the same single user; otherwise
it is &quot;ambiguous&quot; and lists the candidates. Unmatched files may list suggestions (typos);
they are never applied. Exit code 5 when any file is ambiguous or in conflict.</source>
        <translation>Regeln, alle werden probiert: sAMAccountName, userPrincipalName, mail und ihr lokaler Teil, employeeID,
displayName, „Vorname Nachname“, „Nachname Vorname“, „Nachname, Vorname“, Initiale + Nachname und
--pattern (Attribute in geschweiften Klammern: {givenName}.{sn}, {sn}_{givenName:1}, {employeeID}).
Groß-/Kleinschreibung, NFC/NFD, diakritische Zeichen (é→e, ł→l, ß→ss, ü→ue), Trenner und Kopie-Suffixe werden ignoriert.
Eine Datei ist nur „zugeordnet“, wenn jede passende Regel denselben einzelnen Benutzer nennt; sonst
ist sie „mehrdeutig“ und listet die Kandidaten auf. Nicht zugeordnete Dateien können Vorschläge nennen (Tippfehler);
diese werden nie angewendet. Exit-Code 5, wenn eine Datei mehrdeutig oder im Konflikt ist.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoGetCommand</name>
    <message>
        <source>Save one user&apos;s photo to a file.</source>
        <translation>Das Foto eines Benutzers in einer Datei speichern.</translation>
    </message>
    <message>
        <source>Write the photo to FILE (&apos;-&apos; for stdout).</source>
        <translation>Das Foto in FILE schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli photo get USER -o FILE</source>
        <translation>Aufruf: adphoto-cli photo get USER -o FILE</translation>
    </message>
    <message>
        <source>%1 has no photo.</source>
        <translation>%1 hat kein Foto.</translation>
    </message>
    <message>
        <source>Cannot write the photo to stdout.</source>
        <translation>Das Foto kann nicht nach stdout geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes saved.</source>
        <translation>%1: %2 Bytes gespeichert.</translation>
    </message>
    <message>
        <source>USER is a sAMAccountName, userPrincipalName, mail address, DN or &lt;GUID=...&gt;.</source>
        <translation>USER ist ein sAMAccountName, userPrincipalName, eine E-Mail-Adresse, ein DN oder &lt;GUID=...&gt;.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoPrepareCommand</name>
    <message>
        <source>No such file.</source>
        <translation>Keine solche Datei.</translation>
    </message>
    <message numerus="yes">
        <source>The file is %n MiB, more than any photo should be.</source>
        <translation>
            <numerusform>Die Datei ist %n MiB groß, mehr als jedes Foto sein sollte.</numerusform>
            <numerusform>Die Datei ist %n MiB groß, mehr als jedes Foto sein sollte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The output would overwrite the input; choose another -o.</source>
        <translation>Die Ausgabe würde die Eingabe überschreiben; wählen Sie ein anderes -o.</translation>
    </message>
    <message>
        <source>Cannot read the file.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Turn image files into the square JPEGs AD should hold, without touching the directory.</source>
        <translation>Bilddateien in die quadratischen JPEGs umwandeln, die AD enthalten sollte, ohne das Verzeichnis anzufassen.</translation>
    </message>
    <message>
        <source>Output file (one input) or directory (several inputs or a DIR).</source>
        <translation>Ausgabedatei (eine Eingabe) oder Verzeichnis (mehrere Eingaben oder ein DIR).</translation>
    </message>
    <message>
        <source>Photos prepared at once (default: one per core).</source>
        <translation>Gleichzeitig vorbereitete Fotos (Standard: eines je Kern).</translation>
    </message>
    <message>
        <source>Refuse images above this many megapixels before decoding (default 50).</source>
        <translation>Bilder mit mehr als so vielen Megapixeln vor dem Dekodieren ablehnen (Standard 50).</translation>
    </message>
    <message>
        <source>Haar cascade for face detection (default: opencv-data&apos;s frontal face cascade).</source>
        <translation>Haar-Kaskade für die Gesichtserkennung (Standard: die Frontalgesicht-Kaskade aus opencv-data).</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli photo prepare FILE... | DIR -o OUT</source>
        <translation>Aufruf: adphoto-cli photo prepare FILE... | DIR -o OUT</translation>
    </message>
    <message>
        <source>--max-megapixels must be a positive number.</source>
        <translation>--max-megapixels muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>--jobs must be a positive number.</source>
        <translation>--jobs muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>No image files found in %1.</source>
        <translation>Keine Bilddateien in %1 gefunden.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Preparing photos</source>
        <translation>Fotos werden vorbereitet</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n photo(s).</source>
        <translation>
            <numerusform>Nach %n Foto abgebrochen.</numerusform>
            <numerusform>Nach %n Fotos abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads JPEG, PNG, BMP, GIF, TIFF and WebP (recognised by content), applies EXIF rotation, crops a
square around the face (or the centre), and writes the highest-quality JPEG under the byte budget.
With one input FILE, OUT is the output file unless it is an existing directory. With several
inputs or a DIR (its image files, by extension), OUT is a directory (created if needed) that gets
&lt;name&gt;.jpg per input, or &lt;name&gt;.&lt;ext&gt;.jpg when two inputs share a name.
One report per file (--format json: one array; a failed file has &quot;error&quot;). Exit status 0 when
every file was prepared, 3 when some failed, 1 when all failed.</source>
        <translation>Liest JPEG, PNG, BMP, GIF, TIFF und WebP (am Inhalt erkannt), wendet die EXIF-Drehung an, schneidet ein
Quadrat um das Gesicht (oder die Mitte) zu und schreibt das JPEG höchster Qualität innerhalb des Byte-Budgets.
Mit einer Eingabedatei FILE ist OUT die Ausgabedatei, außer es ist ein vorhandenes Verzeichnis. Bei mehreren
Eingaben oder einem DIR (seine Bilddateien, nach Endung) ist OUT ein Verzeichnis (bei Bedarf angelegt), das
&lt;Name&gt;.jpg je Eingabe erhält, oder &lt;Name&gt;.&lt;Endung&gt;.jpg, wenn zwei Eingaben denselben Namen haben.
Ein Bericht je Datei (--format json: ein Array; eine fehlgeschlagene Datei hat &quot;error&quot;). Exit-Status 0, wenn
jede Datei vorbereitet wurde, 3, wenn einige fehlschlugen, 1, wenn alle fehlschlugen.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoRemoveCommand</name>
    <message>
        <source>Remove one user&apos;s photo (backed up in the journal first).</source>
        <translation>Das Foto eines Benutzers entfernen (zuvor im Journal gesichert).</translation>
    </message>
    <message>
        <source>Asks for confirmation on a terminal; without one, --yes is required.
The removed photo stays in the journal: &apos;adphoto-cli restore USER&apos; puts it back.</source>
        <translation>Fragt an einem Terminal nach Bestätigung; ohne Terminal ist --yes nötig.
Das entfernte Foto bleibt im Journal: &apos;adphoto-cli restore USER&apos; stellt es wieder her.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht nach Bestätigung fragen.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli photo remove USER [--yes]</source>
        <translation>Aufruf: adphoto-cli photo remove USER [--yes]</translation>
    </message>
    <message>
        <source>%1 has no photo; nothing to remove.</source>
        <translation>%1 hat kein Foto; nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Remove the photo of %1 (%2)?</source>
        <translation>Das Foto von %1 (%2) entfernen?</translation>
    </message>
    <message>
        <source>%1: photo removed (backup kept in the journal, change %2).</source>
        <translation>%1: Foto entfernt (Sicherung im Journal, Änderung %2).</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoSetCommand</name>
    <message>
        <source>Set one user&apos;s photo (the old one is backed up in the journal).</source>
        <translation>Das Foto eines Benutzers setzen (das alte wird im Journal gesichert).</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli photo set USER FILE</source>
        <translation>Aufruf: adphoto-cli photo set USER FILE</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MiB.</source>
        <translation>%1 ist größer als 256 MiB.</translation>
    </message>
    <message>
        <source>The prepared photo (%1 bytes) is larger than the 102,400 bytes AD allows.</source>
        <translation>Das vorbereitete Foto (%1 Bytes) ist größer als die 102.400 Bytes, die AD erlaubt.</translation>
    </message>
    <message>
        <source>%1: the photo is already identical; nothing written.</source>
        <translation>%1: Das Foto ist bereits identisch; nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1: photo set (%2 bytes; the previous one is kept in the journal, change %3).</source>
        <translation>%1: Foto gesetzt (%2 Bytes; das vorherige bleibt im Journal, Änderung %3).</translation>
    </message>
    <message>
        <source>USER is a sAMAccountName, userPrincipalName, mail address, DN or &lt;GUID=...&gt;.
FILE may be any JPEG, PNG, BMP, GIF, TIFF or WebP: it is cropped square (on the face),
resized to a multiple of 96 px and compressed to the best quality under the byte budget.</source>
        <translation>USER ist ein sAMAccountName, userPrincipalName, eine E-Mail-Adresse, ein DN oder &lt;GUID=...&gt;.
FILE kann jedes JPEG, PNG, BMP, GIF, TIFF oder WebP sein: Es wird quadratisch (auf das Gesicht) zugeschnitten,
auf ein Vielfaches von 96 px skaliert und in bester Qualität innerhalb des Byte-Budgets komprimiert.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoSpecOptions</name>
    <message>
        <source>Photo edge in pixels: 96 (default), 192, 288, 384, 480, 576 or 648.</source>
        <translation>Fotokante in Pixeln: 96 (Standard), 192, 288, 384, 480, 576 oder 648.</translation>
    </message>
    <message>
        <source>Byte budget of the JPEG (default 102400, AD&apos;s limit; e.g. 10240 for old Exchange).</source>
        <translation>Byte-Budget des JPEGs (Standard 102400, das Limit von AD; z. B. 10240 für altes Exchange).</translation>
    </message>
    <message>
        <source>Do not look for a face: crop the centre (a little above it for portrait photos).</source>
        <translation>Nicht nach einem Gesicht suchen: die Mitte zuschneiden (bei Hochformat etwas darüber).</translation>
    </message>
    <message>
        <source>Crop this square instead: left, top, edge, edge in pixels of the upright photo.</source>
        <translation>Stattdessen dieses Quadrat zuschneiden: links, oben, Kante, Kante in Pixeln des aufrechten Fotos.</translation>
    </message>
    <message>
        <source>--crop wants four non-negative integers X,Y,S,S, not &quot;%1&quot;.</source>
        <translation>--crop erwartet vier nichtnegative ganze Zahlen X,Y,S,S, nicht „%1“.</translation>
    </message>
    <message>
        <source>--crop must be a square (X,Y,S,S with S &gt; 0), not &quot;%1&quot;.</source>
        <translation>--crop muss ein Quadrat sein (X,Y,S,S mit S &gt; 0), nicht „%1“.</translation>
    </message>
    <message>
        <source>--size must be 96, 192, 288, 384, 480, 576 or 648, not &quot;%1&quot;.</source>
        <translation>--size muss 96, 192, 288, 384, 480, 576 oder 648 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--max-bytes must be a positive number of bytes, not &quot;%1&quot;.</source>
        <translation>--max-bytes muss eine positive Anzahl Bytes sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1×%1, kept as it was, %2 bytes</source>
        <translation>%1×%1, unverändert übernommen, %2 Bytes</translation>
    </message>
    <message>
        <source>%1×%1, quality %2, %3 bytes</source>
        <translation>%1×%1, Qualität %2, %3 Bytes</translation>
    </message>
    <message>
        <source>face found</source>
        <translation>Gesicht gefunden</translation>
    </message>
    <message>
        <source>no face</source>
        <translation>kein Gesicht</translation>
    </message>
    <message>
        <source>crop %1</source>
        <translation>Zuschnitt %1</translation>
    </message>
    <message>
        <source>Keep a JPEG that already conforms (square, an allowed size, under the budget) byte for byte, dropping only its metadata.</source>
        <translation>Ein bereits konformes JPEG (quadratisch, erlaubte Größe, innerhalb des Budgets) Byte für Byte behalten und nur seine Metadaten entfernen.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::ProgressReporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2/%3 (%4%)</source>
        <translation>%1: %2/%3 (%4 %)</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::RestoreCommand</name>
    <message>
        <source>Put back an earlier photo of one user from the journal.</source>
        <translation>Ein früheres Foto eines Benutzers aus dem Journal zurückholen.</translation>
    </message>
    <message>
        <source>Restore the state at this time (RFC 3339).</source>
        <translation>Den Zustand zu diesem Zeitpunkt wiederherstellen (RFC 3339).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht nach Bestätigung fragen.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli restore USER [--at TIME] [--yes]</source>
        <translation>Aufruf: adphoto-cli restore USER [--at TIME] [--yes]</translation>
    </message>
    <message>
        <source>--at needs an RFC 3339 time with a zone, e.g. 2026-11-25T08:00:00Z, not &quot;%1&quot;.</source>
        <translation>--at erwartet eine RFC-3339-Zeit mit Zeitzone, z. B. 2026-11-25T08:00:00Z, nicht „%1“.</translation>
    </message>
    <message>
        <source>Remove the photo of %1 (it had none then)?</source>
        <translation>Das Foto von %1 entfernen (damals hatte der Benutzer keines)?</translation>
    </message>
    <message>
        <source>Put back the earlier photo (%1 bytes) of %2?</source>
        <translation>Das frühere Foto (%1 Bytes) von %2 zurückholen?</translation>
    </message>
    <message>
        <source>%1 already has that photo; nothing written.</source>
        <translation>%1 hat dieses Foto bereits; nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 restored (change %2).</source>
        <translation>%1 wiederhergestellt (Änderung %2).</translation>
    </message>
    <message>
        <source>Without --at, puts back the photo the most recent change replaced (or removes the photo
if there was none). With --at (RFC 3339, e.g. 2026-11-25T08:00:00Z), puts back the photo the
user had at that time. The current photo is backed up in the journal first.</source>
        <translation>Ohne --at wird das Foto zurückgeholt, das die letzte Änderung ersetzt hat (oder das Foto entfernt,
wenn es keines gab). Mit --at (RFC 3339, z. B. 2026-11-25T08:00:00Z) wird das Foto zurückgeholt, das der
Benutzer zu diesem Zeitpunkt hatte. Das aktuelle Foto wird zuerst im Journal gesichert.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::UndoCommand</name>
    <message>
        <source>Revert every photo an import changed (unless changed again since).</source>
        <translation>Jedes von einem Import geänderte Foto zurücksetzen (außer es wurde seitdem erneut geändert).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht nach Bestätigung fragen.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli undo IMPORT_ID [--yes]</source>
        <translation>Aufruf: adphoto-cli undo IMPORT_ID [--yes]</translation>
    </message>
    <message>
        <source>Revert the photos changed by import %1?</source>
        <translation>Die von Import %1 geänderten Fotos zurücksetzen?</translation>
    </message>
    <message>
        <source>Reverting %1/%2</source>
        <translation>Setze zurück %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) reverted</source>
        <translation>
            <numerusform>%n Benutzer zurückgesetzt</numerusform>
            <numerusform>%n Benutzer zurückgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not</source>
        <translation>
            <numerusform>, %n nicht</numerusform>
            <numerusform>, %n nicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Each user is reverted only if the photo is still the one the import wrote; others are
reported as conflict. Exit code 3 when some users could not be reverted.</source>
        <translation>Jeder Benutzer wird nur zurückgesetzt, wenn das Foto noch das vom Import geschriebene ist; andere werden
als Konflikt gemeldet. Exit-Code 3, wenn einige Benutzer nicht zurückgesetzt werden konnten.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::UsersCommand</name>
    <message>
        <source>List users with a photo indicator.</source>
        <translation>Benutzer mit Fotoanzeige auflisten.</translation>
    </message>
    <message>
        <source>Only users without a photo.</source>
        <translation>Nur Benutzer ohne Foto.</translation>
    </message>
    <message>
        <source>Only users under this OU (subtree).</source>
        <translation>Nur Benutzer unter dieser OU (Teilbaum).</translation>
    </message>
    <message>
        <source>Do not download photos to measure them; photoBytes is null (for slow links).</source>
        <translation>Fotos nicht herunterladen, um sie zu messen; photoBytes ist null (für langsame Verbindungen).</translation>
    </message>
    <message>
        <source>users takes no arguments.</source>
        <translation>users akzeptiert keine Argumente.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n Benutzer.</numerusform>
            <numerusform>%n Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns: dn, objectGUID, sAMAccountName, userPrincipalName, displayName, givenName, sn, mail,
employeeID, disabled, hasPhoto, photoBytes (null when absent). Each photo is fetched to
measure it and freed at once; --no-photo-sizes only asks whether there is one.</source>
        <translation>Spalten: dn, objectGUID, sAMAccountName, userPrincipalName, displayName, givenName, sn, mail,
employeeID, disabled, hasPhoto, photoBytes (null, wenn nicht vorhanden). Jedes Foto wird geholt, um
es zu messen, und sofort freigegeben; --no-photo-sizes fragt nur, ob eines vorhanden ist.</translation>
    </message>
    <message>
        <source>Listing users</source>
        <translation>Benutzer werden aufgelistet</translation>
    </message>
</context>
<context>
    <name>adphoto::deploy::DeployTemplate</name>
    <message>
        <source>The built-in template %1 is missing.</source>
        <translation>Die eingebaute Vorlage %1 fehlt.</translation>
    </message>
    <message>
        <source>The template %1 has a placeholder %2 without a value.</source>
        <translation>Die Vorlage %1 hat einen Platzhalter %2 ohne Wert.</translation>
    </message>
    <message>
        <source>The template %1 has no placeholder %2.</source>
        <translation>Die Vorlage %1 hat keinen Platzhalter %2.</translation>
    </message>
</context>
<context>
    <name>adphoto::deploy::DeployZip</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the zip file %1.</source>
        <translation>Die ZIP-Datei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot add %1 to the zip file.</source>
        <translation>%1 kann nicht zur ZIP-Datei hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Cannot finish the zip file %1.</source>
        <translation>Die ZIP-Datei %1 kann nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>%1 kann nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>adphoto::deploy::GpoBackup</name>
    <message>
        <source>The deploy options were not resolved before building the GPO backup.</source>
        <translation>Die Verteilungsoptionen wurden vor dem Erstellen der GPO-Sicherung nicht aufgelöst.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::AuditPage</name>
    <message>
        <source>Whole directory (the base DN)</source>
        <translation>Gesamtes Verzeichnis (der Basis-DN)</translation>
    </message>
    <message>
        <source>Audit only the users below this OU (a DN). Double-click an OU in the table to choose it.</source>
        <translation>Nur die Benutzer unter dieser OU (ein DN) prüfen. Doppelklicken Sie in der Tabelle auf eine OU, um sie zu wählen.</translation>
    </message>
    <message>
        <source>&amp;OU:</source>
        <translation>&amp;OU:</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <source>Photos larger than this are reported as over the byte limit (1 KB = 1,024 bytes)</source>
        <translation>Größere Fotos werden als über der Bytegrenze gemeldet (1 KB = 1.024 Bytes)</translation>
    </message>
    <message>
        <source>&amp;Byte limit:</source>
        <translation>&amp;Bytegrenze:</translation>
    </message>
    <message>
        <source>&amp;Run audit</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
    <message>
        <source>Read every user&apos;s photo once and report what is missing or wrong (F5)</source>
        <translation>Das Foto jedes Benutzers einmal lesen und melden, was fehlt oder nicht stimmt (F5)</translation>
    </message>
    <message>
        <source>%v users read</source>
        <translation>%v Benutzer gelesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Run the audit to see which users have no photo and which photos need attention.</source>
        <translation>Starten Sie die Prüfung, um zu sehen, welche Benutzer kein Foto haben und welche Fotos Aufmerksamkeit brauchen.</translation>
    </message>
    <message>
        <source>Users without a photo per OU</source>
        <translation>Benutzer ohne Foto je OU</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import for these users…</source>
        <translation>Für diese Benutzer &amp;importieren…</translation>
    </message>
    <message>
        <source>Open the bulk import limited to the users without a photo</source>
        <translation>Den Massenimport nur für die Benutzer ohne Foto öffnen</translation>
    </message>
    <message>
        <source>Connect to a directory first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Verzeichnis.</translation>
    </message>
    <message>
        <source>Reading users and photos…</source>
        <translation>Benutzer und Fotos werden gelesen…</translation>
    </message>
    <message>
        <source>The audit was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The audit failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Audit finished: %n user(s) without a photo.</source>
        <translation>
            <numerusform>Prüfung abgeschlossen: %n Benutzer ohne Foto.</numerusform>
            <numerusform>Prüfung abgeschlossen: %n Benutzer ohne Foto.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 users, %3 with a photo, %4 without (%5 %); %6 findings about photos; byte limit %7 bytes.</source>
        <translation>%1: %2 Benutzer, %3 mit Foto, %4 ohne (%5 %); %6 Befunde zu Fotos; Bytegrenze %7 Bytes.</translation>
    </message>
    <message>
        <source>Export the audit as HTML</source>
        <translation>Prüfung als HTML exportieren</translation>
    </message>
    <message>
        <source>Export the audit as CSV</source>
        <translation>Prüfung als CSV exportieren</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Audit saved to %1.</source>
        <translation>Prüfung in %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a photo in %1</source>
        <translation>
            <numerusform>%n Benutzer ohne Foto in %1</numerusform>
            <numerusform>%n Benutzer ohne Foto in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading users and photos… %n user(s) so far.</source>
        <translation>
            <numerusform>Benutzer und Fotos werden gelesen… bisher %n Benutzer.</numerusform>
            <numerusform>Benutzer und Fotos werden gelesen… bisher %n Benutzer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adphoto::gui::ConnectFlow</name>
    <message>
        <source>Choose the domain controller to work with.</source>
        <translation>Wählen Sie den Domänencontroller, mit dem gearbeitet werden soll.</translation>
    </message>
    <message>
        <source>Looking for the saved password…</source>
        <translation>Gespeichertes Passwort wird gesucht…</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Geben Sie das Passwort für %1 ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The password is saved in the system keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>Das Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>The saved password was refused: %1</source>
        <translation>Das gespeicherte Passwort wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::Connection</name>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Das Verbinden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>LDAPS</source>
        <translation>LDAPS</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>Kerberos sealing</source>
        <translation>Kerberos-Versiegelung</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::ConnectionDialog</name>
    <message>
        <source>Connect to Active Directory</source>
        <translation>Mit Active Directory verbinden</translation>
    </message>
    <message>
        <source>Connections are saved under this name (without the password).</source>
        <translation>Verbindungen werden unter diesem Namen gespeichert (ohne das Passwort).</translation>
    </message>
    <message>
        <source>New profile name</source>
        <translation>Neuer Profilname</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Domain controller</source>
        <translation>Domänencontroller</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Find a DC of the &amp;domain:</source>
        <translation>Einen DC der &amp;Domäne suchen:</translation>
    </message>
    <message>
        <source>ldaps://dc1.example.com or dc1.example.com</source>
        <translation>ldaps://dc1.example.com oder dc1.example.com</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>System-Resolver</translation>
    </message>
    <message>
        <source>the domain&apos;s naming context</source>
        <translation>der Namenskontext der Domäne</translation>
    </message>
    <message>
        <source>DNS server for discovery:</source>
        <translation>DNS-Server für die Suche:</translation>
    </message>
    <message>
        <source>Search &amp;base:</source>
        <translation>Such&amp;basis:</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Automatic (StartTLS for passwords, Kerberos sealing)</source>
        <translation>Automatisch (StartTLS für Passwörter, Kerberos-Versiegelung)</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>LDAPS (port 636)</source>
        <translation>LDAPS (Port 636)</translation>
    </message>
    <message>
        <source>None: Kerberos sealing only</source>
        <translation>Keine: nur Kerberos-Versiegelung</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>Systemzertifikate</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Do not verify the server certificate (unsafe)</source>
        <translation>Das Serverzertifikat nicht prüfen (unsicher)</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;CA-Zertifikate:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Kerberos (my current ticket)</source>
        <translation>&amp;Kerberos (mein aktuelles Ticket)</translation>
    </message>
    <message>
        <source>User name and &amp;password</source>
        <translation>Benutzername und &amp;Passwort</translation>
    </message>
    <message>
        <source>admin@example.com or EXAMPLE\admin</source>
        <translation>admin@example.com oder EXAMPLE\admin</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Enter the server to connect to.</source>
        <translation>Geben Sie den Server an, mit dem verbunden werden soll.</translation>
    </message>
    <message>
        <source>Enter the domain whose domain controllers should be found.</source>
        <translation>Geben Sie die Domäne an, deren Domänencontroller gesucht werden sollen.</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Geben Sie das Passwort für %1 ein.</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CropView</name>
    <message>
        <source>Crop frame</source>
        <translation>Zuschnittrahmen</translation>
    </message>
    <message>
        <source>Arrow keys move the frame, Shift moves it further, + and - resize it.</source>
        <translation>Pfeiltasten verschieben den Rahmen, mit Umschalt weiter, + und - ändern die Größe.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvApplyPage</name>
    <message>
        <source>Writing photos</source>
        <translation>Fotos werden geschrieben</translation>
    </message>
    <message>
        <source>Every replaced photo is kept in the history first; the whole import can be undone.</source>
        <translation>Jedes ersetzte Foto wird zuerst im Verlauf gesichert; der ganze Import kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%v of %m written</source>
        <translation>%v von %m geschrieben</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop after the current user; the rest can be resumed later (Esc)</source>
        <translation>Nach dem aktuellen Benutzer anhalten; der Rest kann später fortgesetzt werden (Esc)</translation>
    </message>
    <message>
        <source>Results per user</source>
        <translation>Ergebnisse je Benutzer</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schreibe…</translation>
    </message>
    <message>
        <source>Not connected to a directory.</source>
        <translation>Nicht mit einem Verzeichnis verbunden.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Stopping after the current user…</source>
        <translation>Wird nach dem aktuellen Benutzer angehalten…</translation>
    </message>
    <message>
        <source>The import did not run: %1</source>
        <translation>Der Import wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>The import was stopped; it can be resumed from the bulk import page.</source>
        <translation>Der Import wurde angehalten; er kann auf der Seite Massenimport fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Import %1: %2 written, %3 unchanged, %4 changed meanwhile, %5 failed.</source>
        <translation>Import %1: %2 geschrieben, %3 unverändert, %4 zwischenzeitlich geändert, %5 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Stopped: %1. Resume it from the bulk import page when the directory is back.</source>
        <translation>Angehalten: %1. Setzen Sie ihn auf der Seite Massenimport fort, wenn das Verzeichnis wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Stopped by you; resume it from the bulk import page.</source>
        <translation>Von Ihnen angehalten; setzen Sie ihn auf der Seite Massenimport fort.</translation>
    </message>
    <message>
        <source>Done. Next shows the summary and exports the results.</source>
        <translation>Fertig. „Weiter“ zeigt die Zusammenfassung und exportiert die Ergebnisse.</translation>
    </message>
    <message>
        <source>Stopped before anything was written.</source>
        <translation>Angehalten, bevor etwas geschrieben wurde.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvFilePage</name>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>A CSV file with one line per user: the user (account name, e-mail, UPN or DN) and the photo file. Excel and script exports work as they are.</source>
        <translation>Eine CSV-Datei mit einer Zeile je Benutzer: der Benutzer (Kontoname, E-Mail, UPN oder DN) und die Fotodatei. Exporte aus Excel und Skripten funktionieren unverändert.</translation>
    </message>
    <message>
        <source>e.g. /srv/photos/photos.csv</source>
        <translation>z. B. /srv/photos/photos.csv</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>CSV file with users and photos</source>
        <translation>CSV-Datei mit Benutzern und Fotos</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the file with Browse, or type its path.</source>
        <translation>Wählen Sie die Datei mit „Durchsuchen“ oder geben Sie ihren Pfad ein.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a CSV file.</source>
        <translation>%1 ist ein Ordner; wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation>%1 kann nicht gelesen werden (Berechtigungen).</translation>
    </message>
    <message>
        <source>%1, changed %2.</source>
        <translation>%1, geändert %2.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvImportWizard</name>
    <message>
        <source>Import photos from a CSV file</source>
        <translation>Fotos aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Connect to a directory first: the CSV&apos;s users are looked up there.</source>
        <translation>Verbinden Sie sich zuerst mit einem Verzeichnis: Die Benutzer der CSV-Datei werden dort gesucht.</translation>
    </message>
    <message>
        <source>The user list is still loading; this page continues when it is complete.</source>
        <translation>Die Benutzerliste wird noch geladen; diese Seite geht weiter, sobald sie vollständig ist.</translation>
    </message>
    <message>
        <source>The directory listed no users.</source>
        <translation>Das Verzeichnis hat keine Benutzer aufgelistet.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvMappingPage</name>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Datei lesen</translation>
    </message>
    <message>
        <source>Check that names and paths look right below. Everything is detected; change what is not.</source>
        <translation>Prüfen Sie unten, ob Namen und Pfade stimmen. Alles wird erkannt; ändern Sie, was nicht passt.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <source>The first line names the columns</source>
        <translation>Die erste Zeile benennt die Spalten</translation>
    </message>
    <message>
        <source>No header line: every line is a user</source>
        <translation>Keine Kopfzeile: jede Zeile ist ein Benutzer</translation>
    </message>
    <message>
        <source>One per line, e.g. C:\Photos=/mnt/photos</source>
        <translation>Eine pro Zeile, z. B. C:\Photos=/mnt/photos</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Kopfzeile:</translation>
    </message>
    <message>
        <source>&amp;User column:</source>
        <translation>&amp;Benutzerspalte:</translation>
    </message>
    <message>
        <source>&amp;Photo column:</source>
        <translation>&amp;Fotospalte:</translation>
    </message>
    <message>
        <source>&amp;Windows paths:</source>
        <translation>&amp;Windows-Pfade:</translation>
    </message>
    <message>
        <source>Preview of the CSV file</source>
        <translation>Vorschau der CSV-Datei</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lese…</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Erkennen (%1)</translation>
    </message>
    <message>
        <source>The file cannot be read with these settings.</source>
        <translation>Die Datei kann mit diesen Einstellungen nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (Spalte %2)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Foto: %1</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, delimiter %2, %3; %n record(s).</source>
        <translation>
            <numerusform>Gelesen als %1, Trennzeichen %2, %3; %n Datensatz.</numerusform>
            <numerusform>Gelesen als %1, Trennzeichen %2, %3; %n Datensätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>names on line 1</source>
        <translation>Namen in Zeile 1</translation>
    </message>
    <message>
        <source>no header line</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be split (shown in red).</source>
        <translation>
            <numerusform>%n Zeile kann nicht aufgeteilt werden (rot dargestellt).</numerusform>
            <numerusform>%n Zeilen können nicht aufgeteilt werden (rot dargestellt).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation>Die ersten %1 werden angezeigt.</translation>
    </message>
    <message>
        <source>The file has a header line but no users.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Benutzer.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvOptionsPage</name>
    <message>
        <source>Photo options</source>
        <translation>Fotooptionen</translation>
    </message>
    <message>
        <source>Which users to leave alone, and how each photo is cropped and sized before it is written.</source>
        <translation>Welche Benutzer unberührt bleiben und wie jedes Foto vor dem Schreiben zugeschnitten und skaliert wird.</translation>
    </message>
    <message>
        <source>Only users &amp;without a photo (keep existing photos)</source>
        <translation>Nur Benutzer &amp;ohne Foto (vorhandene Fotos behalten)</translation>
    </message>
    <message>
        <source>Skip &amp;disabled accounts</source>
        <translation>&amp;Deaktivierte Konten überspringen</translation>
    </message>
    <message>
        <source>%1 × %1 px</source>
        <translation>%1 × %1 px</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <source>Centre the crop on the &amp;face</source>
        <translation>Zuschnitt auf das &amp;Gesicht zentrieren</translation>
    </message>
    <message>
        <source>Outlook shows 96 px; Teams and Windows look better with larger photos. Active Directory takes at most 100 KB.</source>
        <translation>Outlook zeigt 96 px; Teams und Windows sehen mit größeren Fotos besser aus. Active Directory nimmt höchstens 100 KB auf.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Höchstens:</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Ticked lines are written. Lines that fit several users need a pick: select the user cell and press F2.</source>
        <translation>Angehakte Zeilen werden geschrieben. Zeilen, die zu mehreren Benutzern passen, brauchen eine Auswahl: Markieren Sie die Benutzerzelle und drücken Sie F2.</translation>
    </message>
    <message>
        <source>&amp;Tick all ready</source>
        <translation>Alle bereiten &amp;anhaken</translation>
    </message>
    <message>
        <source>U&amp;ntick all</source>
        <translation>Alle a&amp;bhaken</translation>
    </message>
    <message>
        <source>Import review</source>
        <translation>Importprüfung</translation>
    </message>
    <message>
        <source>No line is ready to write with these options.</source>
        <translation>Mit diesen Optionen ist keine Zeile bereit zum Schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n user(s)</source>
        <translation>
            <numerusform>Auf %n Benutzer &amp;anwenden</numerusform>
            <numerusform>Auf %n Benutzer &amp;anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planung…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to write</source>
        <translation>
            <numerusform>%n zu schreiben</numerusform>
            <numerusform>%n zu schreiben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to choose</source>
        <translation>
            <numerusform>%n zu wählen</numerusform>
            <numerusform>%n zu wählen</numerusform>
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
        <source>%n with problems</source>
        <translation>
            <numerusform>%n mit Problemen</numerusform>
            <numerusform>%n mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning… %p%</source>
        <translation>Planung… %p%</translation>
    </message>
    <message>
        <source>Planning cancelled. Go Back and Next to plan again.</source>
        <translation>Planung abgebrochen. Mit Zurück und Weiter erneut planen.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvSummaryPage</name>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Zwischenzeitlich geändert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save each user&apos;s result as a CSV file (Ctrl+S)</source>
        <translation>Das Ergebnis jedes Benutzers als CSV-Datei speichern (Strg+S)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Result per user</source>
        <translation>Ergebnis je Benutzer</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>results-%1.csv</source>
        <translation>ergebnisse-%1.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Ergebnisse in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvValidationPage</name>
    <message>
        <source>Checking every line</source>
        <translation>Jede Zeile wird geprüft</translation>
    </message>
    <message>
        <source>Each line is looked up in the directory and its photo file is checked. Lines in red are left out; fix the file or the settings and come back to check again.</source>
        <translation>Jede Zeile wird im Verzeichnis nachgeschlagen und ihre Fotodatei geprüft. Rote Zeilen werden ausgelassen; korrigieren Sie die Datei oder die Einstellungen und kommen Sie zur erneuten Prüfung zurück.</translation>
    </message>
    <message>
        <source>Show only lines with &amp;problems</source>
        <translation>Nur Zeilen mit &amp;Problemen anzeigen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>User in the file</source>
        <translation>Benutzer in der Datei</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Photo file</source>
        <translation>Fotodatei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Lines of the CSV file</source>
        <translation>Zeilen der CSV-Datei</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): </source>
        <translation>
            <numerusform>%n Zeile: </numerusform>
            <numerusform>%n Zeilen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usable, </source>
        <translation>
            <numerusform>%n verwendbar, </numerusform>
            <numerusform>%n verwendbar, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems.</source>
        <translation>
            <numerusform>%n mit Problemen.</numerusform>
            <numerusform>%n mit Problemen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No line can be used. Go back and check the columns and paths, or fix the file.</source>
        <translation>Keine Zeile kann verwendet werden. Gehen Sie zurück und prüfen Sie Spalten und Pfade, oder korrigieren Sie die Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be left out; the others can be imported.</source>
        <translation>
            <numerusform>%n Zeile wird ausgelassen; die anderen können importiert werden.</numerusform>
            <numerusform>%n Zeilen werden ausgelassen; die anderen können importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking… %p%</source>
        <translation>Prüfung… %p%</translation>
    </message>
    <message>
        <source>Checking cancelled. Go Back and Next to check again.</source>
        <translation>Prüfung abgebrochen. Mit Zurück und Weiter erneut prüfen.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::DeployPage</name>
    <message>
        <source>Generates a GPO backup that puts each user&apos;s Active Directory photo on their Windows account picture, the client PowerShell script and a README with the steps. Import it with GPMC&apos;s &quot;Import Settings&quot; or Import-GPO.</source>
        <translation>Erzeugt eine GPO-Sicherung, die das Active-Directory-Foto jedes Benutzers als sein Windows-Kontobild einsetzt, das PowerShell-Skript für die Clients und eine README mit den Schritten. Importieren Sie sie mit „Einstellungen importieren“ in der GPMC oder mit Import-GPO.</translation>
    </message>
    <message>
        <source>How the pictures get onto the computers</source>
        <translation>Wie die Bilder auf die Computer kommen</translation>
    </message>
    <message>
        <source>&amp;Scheduled task as SYSTEM at each sign-in (recommended)</source>
        <translation>&amp;Geplante Aufgabe als SYSTEM bei jeder Anmeldung (empfohlen)</translation>
    </message>
    <message>
        <source>User &amp;logoff script</source>
        <translation>&amp;Abmeldeskript des Benutzers</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>The folder Windows itself uses for account pictures</source>
        <translation>Der Ordner, den Windows selbst für Kontobilder verwendet</translation>
    </message>
    <message>
        <source>Picture &amp;folder:</source>
        <translation>Bild&amp;ordner:</translation>
    </message>
    <message>
        <source>Square sizes in pixels that Windows 10 and 11 ask for, separated by commas</source>
        <translation>Quadratische Größen in Pixeln, die Windows 10 und 11 verlangen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Si&amp;zes (px):</source>
        <translation>&amp;Größen (px):</translation>
    </message>
    <message>
        <source>JPEG &amp;quality:</source>
        <translation>JPEG-&amp;Qualität:</translation>
    </message>
    <message>
        <source>GPO &amp;name:</source>
        <translation>GPO-&amp;Name:</translation>
    </message>
    <message>
        <source>Each computer&apos;s own domain</source>
        <translation>Die eigene Domäne jedes Computers</translation>
    </message>
    <message>
        <source>Users&apos; &amp;domain:</source>
        <translation>&amp;Domäne der Benutzer:</translation>
    </message>
    <message>
        <source>Who may create their own picture key and folder: a SID or a well-known group</source>
        <translation>Wer seinen eigenen Bildschlüssel und -ordner anlegen darf: eine SID oder eine bekannte Gruppe</translation>
    </message>
    <message>
        <source>Logoff mode &amp;group:</source>
        <translation>&amp;Gruppe für den Abmeldemodus:</translation>
    </message>
    <message>
        <source>Fixed identifiers (optional, for packages that can be compared)</source>
        <translation>Feste Kennungen (optional, für vergleichbare Pakete)</translation>
    </message>
    <message>
        <source>Random: %1</source>
        <translation>Zufällig: %1</translation>
    </message>
    <message>
        <source>GPO &amp;GUID:</source>
        <translation>GPO-&amp;GUID:</translation>
    </message>
    <message>
        <source>&amp;Backup ID:</source>
        <translation>&amp;Sicherungs-ID:</translation>
    </message>
    <message>
        <source>SOURCE_DATE_EPOCH (%1)</source>
        <translation>SOURCE_DATE_EPOCH (%1)</translation>
    </message>
    <message>
        <source>The time of Generate, e.g. 2024-05-01T12:00:00Z</source>
        <translation>Der Zeitpunkt von „Erzeugen“, z. B. 2024-05-01T12:00:00Z</translation>
    </message>
    <message>
        <source>Backup &amp;time:</source>
        <translation>Sicherungs&amp;zeit:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Ein neuer oder leerer Ordner</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>&amp;Ausgabeordner:</translation>
    </message>
    <message>
        <source>Also write a .&amp;zip of the folder</source>
        <translation>Zusätzlich eine .&amp;zip des Ordners schreiben</translation>
    </message>
    <message>
        <source>&amp;Generate package</source>
        <translation>Paket &amp;erzeugen</translation>
    </message>
    <message>
        <source>Write the package into the output folder (Ctrl+Enter)</source>
        <translation>Das Paket in den Ausgabeordner schreiben (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Choose the folder to write the package into.</source>
        <translation>Wählen Sie den Ordner, in den das Paket geschrieben wird.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not empty: choose a new or empty folder.</source>
        <translation>%1 ist nicht leer: Wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>A user logoff script writes the picture when the user signs out. The GPO grants the group below only Set Value and Create Subkey on the account-picture key (CREATOR OWNER gets rights on its own subkey) and turns on loopback processing, so link it to the OU with the computers.
Residual risk: members of the group can create the key of a user who has none yet and so set the picture that user sees until their own script replaces it. The scheduled-task mode has no such risk.</source>
        <translation>Ein Abmeldeskript des Benutzers schreibt das Bild, wenn sich der Benutzer abmeldet. Die GPO gewährt der unten genannten Gruppe nur „Wert festlegen“ und „Unterschlüssel erstellen“ auf dem Kontobild-Schlüssel (ERSTELLER-BESITZER erhält Rechte an seinem eigenen Unterschlüssel) und schaltet die Loopbackverarbeitung ein; verknüpfen Sie sie daher mit der OU der Computer.
Restrisiko: Mitglieder der Gruppe können den Schlüssel eines Benutzers anlegen, der noch keinen hat, und so das Bild setzen, das dieser Benutzer sieht, bis sein eigenes Skript es ersetzt. Der Modus „geplante Aufgabe“ hat dieses Risiko nicht.</translation>
    </message>
    <message>
        <source>Recommended. A computer startup script installs the client and a scheduled task that runs it as SYSTEM at every sign-in. No registry or folder permission is loosened.</source>
        <translation>Empfohlen. Ein Startskript des Computers installiert den Client und eine geplante Aufgabe, die ihn bei jeder Anmeldung als SYSTEM ausführt. Keine Registrierungs- oder Ordnerberechtigung wird gelockert.</translation>
    </message>
    <message>
        <source>Logoff mode &amp;group (unused):</source>
        <translation>&amp;Gruppe für den Abmeldemodus (nicht verwendet):</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the files of the package.</source>
        <translation>Korrigieren Sie die markierten Felder, um die Dateien des Pakets zu sehen.</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Ordner für das Paket</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schreibe…</translation>
    </message>
    <message>
        <source>The package was not written: %1</source>
        <translation>Das Paket wurde nicht geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n Datei nach &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; geschrieben.</numerusform>
            <numerusform>%n Dateien nach &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zip: %1</source>
        <translation>ZIP: %1</translation>
    </message>
    <message>
        <source>Package written to %1. Import the GPO from its GPO folder; README.txt has the steps.</source>
        <translation>Paket nach %1 geschrieben. Importieren Sie die GPO aus ihrem GPO-Ordner; README.txt beschreibt die Schritte.</translation>
    </message>
    <message>
        <source>Deploy package written to %1</source>
        <translation>Verteilungspaket nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::DeployPreview</name>
    <message>
        <source>Files of the package</source>
        <translation>Dateien des Pakets</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Content of the selected file</source>
        <translation>Inhalt der gewählten Datei</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>UTF-16 LE with BOM</source>
        <translation>UTF-16 LE mit BOM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n byte(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n Byte</numerusform>
            <numerusform>%1 · %2 · %n Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adphoto::gui::HistoryPage</name>
    <message>
        <source>Filter by user, DN, file or import</source>
        <translation>Nach Benutzer, DN, Datei oder Import filtern</translation>
    </message>
    <message>
        <source>&amp;Restore this user</source>
        <translation>Diesen Benutzer &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Put back the photo this user had before the selected change</source>
        <translation>Das Foto zurückholen, das dieser Benutzer vor der gewählten Änderung hatte</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Revert every change of the selected change&apos;s import</source>
        <translation>Jede Änderung des Imports der gewählten Änderung zurücksetzen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Photo changes</source>
        <translation>Fotoänderungen</translation>
    </message>
    <message>
        <source>Reverting %v of %m…</source>
        <translation>Setze %v von %m zurück…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Undo stopped. The users reverted so far stay reverted; undo again to go on.</source>
        <translation>Rückgängigmachen angehalten. Bereits zurückgesetzte Benutzer bleiben zurückgesetzt; erneut rückgängig machen, um fortzufahren.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Rückgängigmachen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Users reverted: %1.</source>
        <translation>Zurückgesetzte Benutzer: %1.</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 had no photo before this change. Remove the current photo?</source>
        <translation>%1 hatte vor dieser Änderung kein Foto. Das aktuelle Foto entfernen?</translation>
    </message>
    <message>
        <source>Put back the photo %1 had before this change?</source>
        <translation>Das Foto zurückholen, das %1 vor dieser Änderung hatte?</translation>
    </message>
    <message>
        <source>Restore photo</source>
        <translation>Foto wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>%1 was not restored: %2</source>
        <translation>%1 wurde nicht wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>%1: photo restored.</source>
        <translation>%1: Foto wiederhergestellt.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Revert the photo changes of this import (%1 in all)?</source>
        <translation>Die Fotoänderungen dieses Imports zurücksetzen (insgesamt %1)?</translation>
    </message>
    <message>
        <source>Users whose photo was changed again since are left alone and listed.</source>
        <translation>Benutzer, deren Foto seitdem erneut geändert wurde, bleiben unberührt und werden aufgelistet.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::ImportPage</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Folder with one photo per user, named after the user</source>
        <translation>Ordner mit einem Foto je Benutzer, benannt nach dem Benutzer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Include &amp;subfolders</source>
        <translation>&amp;Unterordner einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <source>Only users &amp;without a photo</source>
        <translation>Nur Benutzer &amp;ohne Foto</translation>
    </message>
    <message>
        <source>Skip &amp;disabled accounts</source>
        <translation>&amp;Deaktivierte Konten überspringen</translation>
    </message>
    <message>
        <source>%1 × %1 px</source>
        <translation>%1 × %1 px</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Höchstens:</translation>
    </message>
    <message>
        <source>Import review</source>
        <translation>Importprüfung</translation>
    </message>
    <message>
        <source>Tick all ready</source>
        <translation>Alle bereiten anhaken</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Alle abhaken</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>%v of %m written</source>
        <translation>%v von %m geschrieben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Folder with photos</source>
        <translation>Ordner mit Fotos</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Wait for the user list, then match again.</source>
        <translation>Warten Sie auf die Benutzerliste und ordnen Sie dann erneut zu.</translation>
    </message>
    <message>
        <source>Apply import</source>
        <translation>Import anwenden</translation>
    </message>
    <message>
        <source>Write new photos for %1 users?</source>
        <translation>Neue Fotos für %1 Benutzer schreiben?</translation>
    </message>
    <message>
        <source>Every replaced photo is kept in the history; the whole import can be undone.</source>
        <translation>Jedes ersetzte Foto bleibt im Verlauf; der ganze Import kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>The import did not run: %1</source>
        <translation>Der Import wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Import %1: %2 written, %3 unchanged, %4 changed meanwhile, %5 failed.</source>
        <translation>Import %1: %2 geschrieben, %3 unverändert, %4 zwischenzeitlich geändert, %5 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Stopped: %1. Resume when the directory is back.</source>
        <translation>Angehalten: %1. Fortsetzen, wenn das Verzeichnis wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Cancelled; it can be resumed.</source>
        <translation>Abgebrochen; kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The import was stopped; it can be resumed.</source>
        <translation>Der Import wurde angehalten; er kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The import of %1 started %2 did not finish (%3). Resume it to write the remaining users; those already done are not written again.</source>
        <translation>Der Import von %1, gestartet %2, wurde nicht beendet (%3). Setzen Sie ihn fort, um die restlichen Benutzer zu schreiben; bereits erledigte werden nicht erneut geschrieben.</translation>
    </message>
    <message>
        <source>This import was started on %1; connect to that server to resume it.</source>
        <translation>Dieser Import wurde auf %1 begonnen; verbinden Sie sich mit diesem Server, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation>%1 bereit</translation>
    </message>
    <message>
        <source>%1 to choose</source>
        <translation>%1 zu wählen</translation>
    </message>
    <message>
        <source>%1 without a match</source>
        <translation>%1 ohne Zuordnung</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 with problems</source>
        <translation>%1 mit Problemen</translation>
    </message>
    <message>
        <source>&amp;Apply to %1 users</source>
        <translation>Auf %1 Benutzer &amp;anwenden</translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>Zuordnung läuft…</translation>
    </message>
    <message>
        <source>Show &amp;all users</source>
        <translation>&amp;Alle Benutzer anzeigen</translation>
    </message>
    <message>
        <source>Limited to the %1. Files for other users are skipped.</source>
        <translation>Beschränkt auf die %1. Dateien für andere Benutzer werden übersprungen.</translation>
    </message>
    <message>
        <source>Matching cancelled.</source>
        <translation>Zuordnung abgebrochen.</translation>
    </message>
    <message>
        <source>Matching… %p%</source>
        <translation>Zuordnung… %p%</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>Applies when adphoto is started again</source>
        <translation>Wirkt beim nächsten Start von adphoto</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>adphoto will use %1 the next time it starts.</source>
        <translation>adphoto verwendet beim nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::MainWindow</name>
    <message>
        <source>adphoto</source>
        <translation>adphoto</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Bulk import</source>
        <translation>Massenimport</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Import from &amp;CSV…</source>
        <translation>Aus &amp;CSV importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Photo</source>
        <translation>&amp;Foto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About adphoto</source>
        <translation>&amp;Über adphoto</translation>
    </message>
    <message>
        <source>About adphoto</source>
        <translation>Über adphoto</translation>
    </message>
    <message>
        <source>&lt;b&gt;adphoto %1&lt;/b&gt;&lt;p&gt;Puts employees&apos; photos into Active Directory.&lt;/p&gt;</source>
        <translation>&lt;b&gt;adphoto %1&lt;/b&gt;&lt;p&gt;Legt die Fotos der Mitarbeitenden im Active Directory ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Base DN: %1
Server: %2</source>
        <translation>Basis-DN: %1
Server: %2</translation>
    </message>
    <message>
        <source>adphoto — %1</source>
        <translation>adphoto – %1</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Verteilen</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::PhotoActions</name>
    <message>
        <source>Not connected to a directory.</source>
        <translation>Nicht mit einem Verzeichnis verbunden.</translation>
    </message>
    <message>
        <source>Saving the photo…</source>
        <translation>Foto wird gespeichert…</translation>
    </message>
    <message>
        <source>No imaging pipeline is available.</source>
        <translation>Keine Bildverarbeitung verfügbar.</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>Foto wird vorbereitet…</translation>
    </message>
    <message>
        <source>Removing the photo…</source>
        <translation>Foto wird entfernt…</translation>
    </message>
    <message>
        <source>This user has no photo.</source>
        <translation>Dieser Benutzer hat kein Foto.</translation>
    </message>
    <message>
        <source>Cannot write the file.</source>
        <translation>Die Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Restoring the photo…</source>
        <translation>Foto wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::PhotoEditor</name>
    <message>
        <source>The picture has %1 × %2 pixels, more than the limit.</source>
        <translation>Das Bild hat %1 × %2 Pixel, mehr als das Limit.</translation>
    </message>
    <message>
        <source>This is not a picture adphoto can read: %1</source>
        <translation>Dies ist kein Bild, das adphoto lesen kann: %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto von %1</translation>
    </message>
    <message>
        <source>&amp;Open picture…</source>
        <translation>Bild ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Find face</source>
        <translation>&amp;Gesicht finden</translation>
    </message>
    <message>
        <source>Put the frame around the face (Ctrl+F)</source>
        <translation>Den Rahmen um das Gesicht legen (Strg+F)</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Nach links drehen</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Nach rechts drehen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>96 px · Outlook</source>
        <translation>96 px · Outlook</translation>
    </message>
    <message>
        <source>48 px · Windows</source>
        <translation>48 px · Windows</translation>
    </message>
    <message>
        <source>32 px · lists</source>
        <translation>32 px · Listen</translation>
    </message>
    <message>
        <source>Photo in Active Directory</source>
        <translation>Foto im Active Directory</translation>
    </message>
    <message>
        <source>%1 × %1 px</source>
        <translation>%1 × %1 px</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <source>Active Directory holds at most 100 KB (102,400 bytes) in thumbnailPhoto.</source>
        <translation>Active Directory fasst in thumbnailPhoto höchstens 100 KB (102.400 Bytes).</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Höchstens:</translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation>Rahmen:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Drag the frame or its corners, or use the arrow keys (Shift: faster) and + / −. Drop a picture file here to use it instead.</source>
        <translation>Ziehen Sie den Rahmen oder seine Ecken, oder verwenden Sie die Pfeiltasten (Umschalt: schneller) und + / −. Legen Sie hier eine Bilddatei ab, um stattdessen diese zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Save to directory</source>
        <translation>Im Verzeichnis &amp;speichern</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No photo yet: open or drop a picture file.</source>
        <translation>Noch kein Foto: Öffnen Sie eine Bilddatei oder legen Sie eine hier ab.</translation>
    </message>
    <message>
        <source>Reading the current photo…</source>
        <translation>Aktuelles Foto wird gelesen…</translation>
    </message>
    <message>
        <source>current photo</source>
        <translation>aktuelles Foto</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 px</source>
        <translation>%1 · %2 × %3 px</translation>
    </message>
    <message>
        <source>Face detection failed: %1</source>
        <translation>Gesichtserkennung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No face found: place the frame yourself.</source>
        <translation>Kein Gesicht gefunden: Setzen Sie den Rahmen selbst.</translation>
    </message>
    <message>
        <source>%1 × %1 px at %2, %3</source>
        <translation>%1 × %1 px bei %2, %3</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>%1 × %1 px · quality %2 · %3 bytes</source>
        <translation>%1 × %1 px · Qualität %2 · %3 Bytes</translation>
    </message>
    <message>
        <source>Reduced to %1 px to fit the byte budget.</source>
        <translation>Auf %1 px verkleinert, um ins Byte-Budget zu passen.</translation>
    </message>
    <message>
        <source>The frame is smaller than the output: the photo is enlarged.</source>
        <translation>Der Rahmen ist kleiner als die Ausgabe: Das Foto wird vergrößert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Picture for %1</source>
        <translation>Bild für %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::PlanningIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop planning (Esc)</source>
        <translation>Planung anhalten (Esc)</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::QtKeychainSecretStore</name>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::UserTableView</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::UsersPage</name>
    <message>
        <source>Filter by name, account, e-mail or employee ID  (Ctrl+F)</source>
        <translation>Nach Name, Konto, E-Mail oder Personalnummer filtern  (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Missing photo only</source>
        <translation>Nur fehlende &amp;Fotos</translation>
    </message>
    <message>
        <source>&amp;Hide disabled</source>
        <translation>Deaktivierte &amp;ausblenden</translation>
    </message>
    <message>
        <source>Organizational units</source>
        <translation>Organisationseinheiten</translation>
    </message>
    <message>
        <source>Could not list the containers of %1: %2</source>
        <translation>Die Container von %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>&amp;Edit photo…</source>
        <translation>Foto &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Set photo from file…</source>
        <translation>Foto aus &amp;Datei setzen…</translation>
    </message>
    <message>
        <source>&amp;Remove photo…</source>
        <translation>Foto &amp;entfernen…</translation>
    </message>
    <message>
        <source>E&amp;xport photo…</source>
        <translation>Foto e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy photo</source>
        <translation>Foto &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>Foto ein&amp;fügen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find user</source>
        <translation>Benutzer &amp;suchen</translation>
    </message>
    <message>
        <source>List the users again (F5)</source>
        <translation>Die Benutzer erneut auflisten (F5)</translation>
    </message>
    <message>
        <source>Listing users…</source>
        <translation>Benutzer werden aufgelistet…</translation>
    </message>
    <message>
        <source>Not all users could be listed: %1</source>
        <translation>Nicht alle Benutzer konnten aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Listing stopped.</source>
        <translation>Auflistung angehalten.</translation>
    </message>
    <message>
        <source>Users listed: %1.</source>
        <translation>Aufgelistete Benutzer: %1.</translation>
    </message>
    <message>
        <source>%1 users · %2 without photo · %3 disabled</source>
        <translation>%1 Benutzer · %2 ohne Foto · %3 deaktiviert</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · %1 angezeigt</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · wird geladen…</translation>
    </message>
    <message>
        <source>Photo for %1</source>
        <translation>Foto für %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Remove the photo of %1?</source>
        <translation>Das Foto von %1 entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the photos of %n users?</source>
        <translation>
            <numerusform>Die Fotos von %n Benutzer entfernen?</numerusform>
            <numerusform>Die Fotos von %n Benutzern entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>The current photo is kept in the history and can be restored.</source>
        <translation>Das aktuelle Foto bleibt im Verlauf und kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Export the photo of %1</source>
        <translation>Das Foto von %1 exportieren</translation>
    </message>
    <message>
        <source>JPEG images (*.jpg)</source>
        <translation>JPEG-Bilder (*.jpg)</translation>
    </message>
    <message>
        <source>Photo exported to %1.</source>
        <translation>Foto nach %1 exportiert.</translation>
    </message>
    <message>
        <source>%1 has no photo any more.</source>
        <translation>%1 hat kein Foto mehr.</translation>
    </message>
    <message>
        <source>Copied the photo of %1.</source>
        <translation>Das Foto von %1 wurde kopiert.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>%1: nothing to change.</source>
        <translation>%1: nichts zu ändern.</translation>
    </message>
    <message>
        <source>%1: photo removed (it can be restored from the history).</source>
        <translation>%1: Foto entfernt (kann aus dem Verlauf wiederhergestellt werden).</translation>
    </message>
    <message>
        <source>%1: photo saved (%2).</source>
        <translation>%1: Foto gespeichert (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Stop listing</source>
        <translation>Auflistung &amp;anhalten</translation>
    </message>
    <message>
        <source>Stop listing the users; those listed so far stay (Esc)</source>
        <translation>Das Auflisten der Benutzer anhalten; die bisher aufgelisteten bleiben (Esc)</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::CropPlanner</name>
    <message>
        <source>The crop %1 is empty.</source>
        <translation>Der Zuschnitt %1 ist leer.</translation>
    </message>
    <message>
        <source>The crop %1 is not square.</source>
        <translation>Der Zuschnitt %1 ist nicht quadratisch.</translation>
    </message>
    <message>
        <source>The crop %1 lies outside the %2 × %3 image (after EXIF rotation).</source>
        <translation>Der Zuschnitt %1 liegt außerhalb des Bildes mit %2 × %3 (nach EXIF-Drehung).</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::FaceLocator</name>
    <message>
        <source>The face detection cascade %1 does not exist or cannot be read.</source>
        <translation>Die Kaskade für die Gesichtserkennung %1 existiert nicht oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The face detection cascade %1 could not be loaded.</source>
        <translation>Die Kaskade für die Gesichtserkennung %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Face detection failed.</source>
        <translation>Gesichtserkennung fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::ImageDecoder</name>
    <message>
        <source>The %1 image data is damaged and could not be decoded.</source>
        <translation>Die %1-Bilddaten sind beschädigt und konnten nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>This system cannot read %1 images (install the qt6-image-formats-plugins package).</source>
        <translation>Dieses System kann keine %1-Bilder lesen (installieren Sie das Paket qt6-image-formats-plugins).</translation>
    </message>
    <message>
        <source>Not enough memory to decode the image.</source>
        <translation>Nicht genug Speicher, um das Bild zu dekodieren.</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::ImageHeaderReader</name>
    <message>
        <source>The image is %1 × %2 pixels (%3 megapixels); the limit is %4 megapixels.</source>
        <translation>Das Bild hat %1 × %2 Pixel (%3 Megapixel); das Limit ist %4 Megapixel.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is text, not an image.</source>
        <translation>Die Datei ist Text, kein Bild.</translation>
    </message>
    <message>
        <source>Unknown or unsupported image format (supported: JPEG, PNG, BMP, GIF, TIFF, WebP).</source>
        <translation>Unbekanntes oder nicht unterstütztes Bildformat (unterstützt: JPEG, PNG, BMP, GIF, TIFF, WebP).</translation>
    </message>
    <message>
        <source>The %1 header is damaged or cut short; the file is not a readable image.</source>
        <translation>Der %1-Header ist beschädigt oder abgeschnitten; die Datei ist kein lesbares Bild.</translation>
    </message>
    <message>
        <source>The %1 file is truncated: its image data stops before the end.</source>
        <translation>Die %1-Datei ist abgeschnitten: Ihre Bilddaten enden vor dem Ende.</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::JpegCodec</name>
    <message>
        <source>The JPEG image has more than %1 scans; it is not a photograph.</source>
        <translation>Das JPEG-Bild hat mehr als %1 Scans; es ist kein Foto.</translation>
    </message>
    <message>
        <source>The JPEG image data is damaged and could not be decoded.</source>
        <translation>Die JPEG-Bilddaten sind beschädigt und konnten nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The JPEG encoder failed.</source>
        <translation>Der JPEG-Encoder ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::OpenCvPhotoProcessor</name>
    <message>
        <source>The photo size must be 96, 192, 288, 384, 480, 576 or 648 pixels, not %1.</source>
        <translation>Die Fotogröße muss 96, 192, 288, 384, 480, 576 oder 648 Pixel sein, nicht %1.</translation>
    </message>
    <message>
        <source>The byte budget must be positive, not %1.</source>
        <translation>Das Byte-Budget muss positiv sein, nicht %1.</translation>
    </message>
    <message>
        <source>The pixel limit must be positive, not %1.</source>
        <translation>Das Pixel-Limit muss positiv sein, nicht %1.</translation>
    </message>
    <message>
        <source>The image could not be processed.</source>
        <translation>Das Bild konnte nicht verarbeitet werden.</translation>
    </message>
    <message>
        <source>Not enough memory to process the image.</source>
        <translation>Nicht genug Speicher, um das Bild zu verarbeiten.</translation>
    </message>
    <message>
        <source>Face detection is unavailable: no Haar cascade was found (install the opencv-data package).</source>
        <translation>Gesichtserkennung ist nicht verfügbar: Keine Haar-Kaskade gefunden (installieren Sie das Paket opencv-data).</translation>
    </message>
    <message>
        <source>The source was re-encoded: only a square JPEG of 96, 192, 288, 384, 480, 576 or 648 pixels can be kept.</source>
        <translation>Die Quelle wurde neu kodiert: Nur ein quadratisches JPEG mit 96, 192, 288, 384, 480, 576 oder 648 Pixeln kann übernommen werden.</translation>
    </message>
    <message>
        <source>The source was re-encoded: its EXIF rotation, CMYK colours or coding would not survive keeping it as it is.</source>
        <translation>Die Quelle wurde neu kodiert: Ihre EXIF-Drehung, CMYK-Farben oder Kodierung würden ein unverändertes Übernehmen nicht überstehen.</translation>
    </message>
    <message>
        <source>The source was re-encoded to apply the crop.</source>
        <translation>Die Quelle wurde neu kodiert, um den Zuschnitt anzuwenden.</translation>
    </message>
    <message>
        <source>The source was re-encoded: it is over the budget of %1 bytes.</source>
        <translation>Die Quelle wurde neu kodiert: Sie liegt über dem Budget von %1 Bytes.</translation>
    </message>
    <message>
        <source>The source was re-encoded: its image data could not be read.</source>
        <translation>Die Quelle wurde neu kodiert: Ihre Bilddaten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The photo uses a centred crop.</source>
        <translation>Das Foto verwendet einen zentrierten Zuschnitt.</translation>
    </message>
    <message>
        <source>No face found; the photo uses a centred crop.</source>
        <translation>Kein Gesicht gefunden; das Foto verwendet einen zentrierten Zuschnitt.</translation>
    </message>
    <message>
        <source>The crop is only %1 pixels wide; it was upscaled to %2 pixels and will look soft.</source>
        <translation>Der Zuschnitt ist nur %1 Pixel breit; er wurde auf %2 Pixel hochskaliert und wird unscharf wirken.</translation>
    </message>
    <message>
        <source>The crop is only %1 pixels wide, less than the %2 pixels asked for; the photo is %3 pixels.</source>
        <translation>Der Zuschnitt ist nur %1 Pixel breit, weniger als die verlangten %2 Pixel; das Foto hat %3 Pixel.</translation>
    </message>
    <message>
        <source>Even a %1-pixel photo at the lowest JPEG quality is over the budget of %2 bytes.</source>
        <translation>Selbst ein Foto mit %1 Pixeln in der niedrigsten JPEG-Qualität liegt über dem Budget von %2 Bytes.</translation>
    </message>
    <message>
        <source>A %1-pixel photo does not fit in %2 bytes even at JPEG quality %3; the photo is %4 pixels.</source>
        <translation>Ein Foto mit %1 Pixeln passt selbst bei JPEG-Qualität %3 nicht in %2 Bytes; das Foto hat %4 Pixel.</translation>
    </message>
</context>
</TS>

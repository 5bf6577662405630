<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>adphoto::ApplySession</name>
    <message>
        <source>There is no unfinished import to resume.</source>
        <translation>No hay ninguna importación sin terminar que reanudar.</translation>
    </message>
    <message>
        <source>%1 is a %2, not an import.</source>
        <translation>%1 es un(a) %2, no una importación.</translation>
    </message>
    <message>
        <source>Import %1 has already finished.</source>
        <translation>La importación %1 ya ha terminado.</translation>
    </message>
</context>
<context>
    <name>adphoto::AuditFindingsModel</name>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitada</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Account state</source>
        <translation>Estado de la cuenta</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>UO</translation>
    </message>
</context>
<context>
    <name>adphoto::AuditHtml</name>
    <message>
        <source>Photo audit of %1</source>
        <translation>Auditoría de fotos de %1</translation>
    </message>
    <message>
        <source>Directory: %1 · generated %2 UTC · byte limit %3 · minimum size %4 px</source>
        <translation>Directorio: %1 · generado %2 UTC · límite de bytes %3 · tamaño mínimo %4 px</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Users with a photo</source>
        <translation>Usuarios con foto</translation>
    </message>
    <message>
        <source>Photos shared by several users</source>
        <translation>Fotos compartidas por varios usuarios</translation>
    </message>
    <message>
        <source>Users without a photo per OU</source>
        <translation>Usuarios sin foto por UO</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>UO</translation>
    </message>
    <message>
        <source>Users (subtree)</source>
        <translation>Usuarios (subárbol)</translation>
    </message>
    <message>
        <source>Without photo (subtree)</source>
        <translation>Sin foto (subárbol)</translation>
    </message>
    <message>
        <source>Users (directly)</source>
        <translation>Usuarios (directamente)</translation>
    </message>
    <message>
        <source>Without photo (directly)</source>
        <translation>Sin foto (directamente)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
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
        <translation>%1: %2 de %3 usuarios sin foto (%4 de %5 directamente en ella)</translation>
    </message>
    <message>
        <source>In the OU and every OU below it</source>
        <translation>En la UO y en todas las UO que contiene</translation>
    </message>
    <message>
        <source>Directly in the OU, not in the OUs below it</source>
        <translation>Directamente en la UO, no en las UO que contiene</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>UO</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Without photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>Without photo (%)</source>
        <translation>Sin foto (%)</translation>
    </message>
    <message>
        <source>Users (direct)</source>
        <translation>Usuarios (directos)</translation>
    </message>
    <message>
        <source>Without photo (direct)</source>
        <translation>Sin foto (directos)</translation>
    </message>
</context>
<context>
    <name>adphoto::AuditReport</name>
    <message>
        <source>Users without a photo</source>
        <translation>Usuarios sin foto</translation>
    </message>
    <message>
        <source>Photos over the byte limit</source>
        <translation>Fotos por encima del límite de bytes</translation>
    </message>
    <message>
        <source>Photos that are not JPEG</source>
        <translation>Fotos que no son JPEG</translation>
    </message>
    <message>
        <source>Damaged or truncated photos</source>
        <translation>Fotos dañadas o truncadas</translation>
    </message>
    <message>
        <source>Photos that are not square</source>
        <translation>Fotos que no son cuadradas</translation>
    </message>
    <message>
        <source>Photos smaller than the minimum size</source>
        <translation>Fotos más pequeñas que el tamaño mínimo</translation>
    </message>
    <message>
        <source>The same photo on several users</source>
        <translation>La misma foto en varios usuarios</translation>
    </message>
    <message>
        <source>Disabled accounts with a photo</source>
        <translation>Cuentas deshabilitadas con foto</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>no photo (account disabled)</source>
        <translation>sin foto (cuenta deshabilitada)</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>sin foto</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>not an image format adphoto knows</source>
        <translation>un formato de imagen que adphoto no conoce</translation>
    </message>
    <message>
        <source>%1, data cut short</source>
        <translation>%1, datos truncados</translation>
    </message>
    <message>
        <source>header unreadable</source>
        <translation>cabecera ilegible</translation>
    </message>
    <message>
        <source>same photo as %1</source>
        <translation>la misma foto que %1</translation>
    </message>
</context>
<context>
    <name>adphoto::ConnectionResolver</name>
    <message>
        <source>No connection profile named &quot;%1&quot; in %2.</source>
        <translation>No hay ningún perfil de conexión llamado «%1» en %2.</translation>
    </message>
    <message>
        <source>Give either a server or a domain, not both.</source>
        <translation>Indique un servidor o un dominio, no ambos.</translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot;: use starttls, ldaps or none.</source>
        <translation>Modo TLS desconocido «%1»: use starttls, ldaps o none.</translation>
    </message>
    <message>
        <source>Unknown bind method &quot;%1&quot;: use simple or gssapi.</source>
        <translation>Método de enlace desconocido «%1»: use simple o gssapi.</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number, not &quot;%2&quot;.</source>
        <translation>--%1 necesita un número entero positivo, no «%2».</translation>
    </message>
    <message>
        <source>LDAPTLS_REQCERT=%1 is ignored: adphoto always verifies certificates unless --insecure-skip-verify is given.</source>
        <translation>Se ignora LDAPTLS_REQCERT=%1: adphoto siempre verifica los certificados salvo que se indique --insecure-skip-verify.</translation>
    </message>
    <message>
        <source>--tls none is only allowed with --bind gssapi (the SASL layer then seals the connection); a password is never sent unprotected.</source>
        <translation>--tls none solo se permite con --bind gssapi (entonces la capa SASL cifra la conexión); nunca se envía una contraseña sin protección.</translation>
    </message>
    <message>
        <source>The server %1 is LDAPS, which conflicts with --tls %2.</source>
        <translation>El servidor %1 usa LDAPS, lo que entra en conflicto con --tls %2.</translation>
    </message>
    <message>
        <source>ldapi:// is not supported; give an ldap:// or ldaps:// URI.</source>
        <translation>ldapi:// no es compatible; indique un URI ldap:// o ldaps://.</translation>
    </message>
    <message>
        <source>A simple bind needs --user (or ADPHOTO_USER).</source>
        <translation>Un enlace simple necesita --user (o ADPHOTO_USER).</translation>
    </message>
</context>
<context>
    <name>adphoto::CsvImportOptions</name>
    <message>
        <source>--delimiter takes one character, &quot;tab&quot; or &quot;auto&quot; (got &quot;%1&quot;).</source>
        <translation>--delimiter admite un carácter, «tab» o «auto» (se recibió «%1»).</translation>
    </message>
</context>
<context>
    <name>adphoto::CsvImportReader</name>
    <message>
        <source>%1 counts from 1 (got %2).</source>
        <translation>%1 empieza a contar en 1 (se recibió %2).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; names a column, but the file has no header row; give the column&apos;s number instead.</source>
        <translation>%1 «%2» nombra una columna, pero el archivo no tiene fila de encabezado; indique en su lugar el número de la columna.</translation>
    </message>
    <message>
        <source>%1: the file has no column &quot;%2&quot;; its columns are %3.</source>
        <translation>%1: el archivo no tiene ninguna columna «%2»; sus columnas son %3.</translation>
    </message>
    <message>
        <source>The CSV file &quot;%1&quot; does not exist.</source>
        <translation>El archivo CSV «%1» no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a CSV file.</source>
        <translation>«%1» es una carpeta, no un archivo CSV.</translation>
    </message>
    <message>
        <source>The CSV file &quot;%1&quot; is larger than 256 MiB.</source>
        <translation>El archivo CSV «%1» ocupa más de 256 MiB.</translation>
    </message>
    <message>
        <source>The CSV file &quot;%1&quot; cannot be read.</source>
        <translation>No se puede leer el archivo CSV «%1».</translation>
    </message>
    <message>
        <source>The CSV file has no records.</source>
        <translation>El archivo CSV no contiene registros.</translation>
    </message>
    <message>
        <source>Cannot tell which column holds the users; use --user-column.</source>
        <translation>No se puede saber qué columna contiene los usuarios; use --user-column.</translation>
    </message>
    <message>
        <source>Cannot tell which column holds the photo files; use --file-column.</source>
        <translation>No se puede saber qué columna contiene los archivos de foto; use --file-column.</translation>
    </message>
    <message>
        <source>The user and file columns must differ.</source>
        <translation>Las columnas de usuario y de archivo deben ser distintas.</translation>
    </message>
    <message numerus="yes">
        <source>The line has %n field(s); %1 are needed.</source>
        <translation>
            <numerusform>La línea tiene %n campo; se necesitan %1.</numerusform>
            <numerusform>La línea tiene %n campos; se necesitan %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user field is empty.</source>
        <translation>El campo de usuario está vacío.</translation>
    </message>
    <message>
        <source>The file field is empty.</source>
        <translation>El campo de archivo está vacío.</translation>
    </message>
</context>
<context>
    <name>adphoto::CsvParser</name>
    <message>
        <source>A quoted field starting on line %1 is never closed.</source>
        <translation>Un campo entre comillas que empieza en la línea %1 nunca se cierra.</translation>
    </message>
    <message>
        <source>Text follows a closing quote on line %1.</source>
        <translation>Hay texto después de unas comillas de cierre en la línea %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::CsvTextDecoder</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Codificación desconocida «%1».</translation>
    </message>
    <message>
        <source>The file cannot be read as %1.</source>
        <translation>El archivo no se puede leer como %1.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; try --encoding windows-1252 or --encoding auto.</source>
        <translation>El archivo no es UTF-8 válido; pruebe --encoding windows-1252 o --encoding auto.</translation>
    </message>
</context>
<context>
    <name>adphoto::DcLocator</name>
    <message>
        <source>The DNS answer could not be parsed.</source>
        <translation>No se pudo analizar la respuesta DNS.</translation>
    </message>
    <message>
        <source>The DNS resolver could not be initialised.</source>
        <translation>No se pudo inicializar el resolvedor DNS.</translation>
    </message>
    <message>
        <source>--dns-server needs an IPv4 address, not &quot;%1&quot;.</source>
        <translation>--dns-server necesita una dirección IPv4, no «%1».</translation>
    </message>
    <message>
        <source>No domain controller found for %1: the DNS query for %2 failed.</source>
        <translation>No se encontró ningún controlador de dominio para %1: falló la consulta DNS de %2.</translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <translation>servidor DNS %1</translation>
    </message>
    <message>
        <source>DNS lists no domain controller for %1 (%2).</source>
        <translation>El DNS no indica ningún controlador de dominio para %1 (%2).</translation>
    </message>
</context>
<context>
    <name>adphoto::DeployOptions</name>
    <message>
        <source>The image folder is empty.</source>
        <translation>La carpeta de imágenes está vacía.</translation>
    </message>
    <message>
        <source>The image folder path is longer than %1 characters.</source>
        <translation>La ruta de la carpeta de imágenes tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The image folder contains an invisible control character (%1).</source>
        <translation>La carpeta de imágenes contiene un carácter de control invisible (%1).</translation>
    </message>
    <message>
        <source>The image folder must be on the computer itself, not a network share: the sign-in screen reads the pictures before the network is up.</source>
        <translation>La carpeta de imágenes debe estar en el propio equipo, no en un recurso compartido de red: la pantalla de inicio de sesión lee las imágenes antes de que la red esté disponible.</translation>
    </message>
    <message>
        <source>The image folder must be an absolute Windows path such as C:\Users\Public\AccountPictures or %ProgramData%\AccountPictures.</source>
        <translation>La carpeta de imágenes debe ser una ruta absoluta de Windows, como C:\Users\Public\AccountPictures o %ProgramData%\AccountPictures.</translation>
    </message>
    <message>
        <source>The image folder contains a character Windows does not allow in paths: %1</source>
        <translation>La carpeta de imágenes contiene un carácter que Windows no admite en las rutas: %1</translation>
    </message>
    <message>
        <source>The image folder must not contain &quot;.&quot; or &quot;..&quot; parts.</source>
        <translation>La carpeta de imágenes no debe contener partes «.» ni «..».</translation>
    </message>
    <message>
        <source>The image folder contains an empty part (\\).</source>
        <translation>La carpeta de imágenes contiene una parte vacía (\\).</translation>
    </message>
    <message>
        <source>A folder name in the image folder ends with a space or a dot, which Windows drops.</source>
        <translation>Un nombre de carpeta de la carpeta de imágenes termina en un espacio o un punto, que Windows elimina.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>%1 contains an invisible control character (%2).</source>
        <translation>%1 contiene un carácter de control invisible (%2).</translation>
    </message>
    <message>
        <source>%1 starts or ends with a space.</source>
        <translation>%1 empieza o termina con un espacio.</translation>
    </message>
    <message>
        <source>Unknown deploy mode &quot;%1&quot;: use system-task or logoff.</source>
        <translation>Modo de despliegue desconocido «%1»: use system-task o logoff.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of pixel sizes such as 32,40,48.</source>
        <translation>«%1» no es una lista de tamaños en píxeles como 32,40,48.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GUID such as {6AC1786C-016F-11D2-945F-00C04FB984F9}.</source>
        <translation>«%1» no es un GUID como {6AC1786C-016F-11D2-945F-00C04FB984F9}.</translation>
    </message>
    <message>
        <source>The GUID must not be all zeros.</source>
        <translation>El GUID no puede ser todo ceros.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RFC 3339 time such as 2024-05-01T12:00:00Z.</source>
        <translation>«%1» no es una hora RFC 3339 como 2024-05-01T12:00:00Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time.</source>
        <translation>«%1» no es una fecha y hora válidas.</translation>
    </message>
    <message>
        <source>Unknown deploy mode.</source>
        <translation>Modo de despliegue desconocido.</translation>
    </message>
    <message>
        <source>Choose at least one picture size.</source>
        <translation>Elija al menos un tamaño de imagen.</translation>
    </message>
    <message>
        <source>At most %1 picture sizes can be written.</source>
        <translation>Se pueden escribir como máximo %1 tamaños de imagen.</translation>
    </message>
    <message>
        <source>Picture size %1 is outside %2–%3 pixels.</source>
        <translation>El tamaño de imagen %1 está fuera del intervalo %2–%3 píxeles.</translation>
    </message>
    <message>
        <source>The JPEG quality must be between 1 and 100.</source>
        <translation>La calidad JPEG debe estar entre 1 y 100.</translation>
    </message>
    <message>
        <source>The GPO name</source>
        <translation>El nombre de la GPO</translation>
    </message>
    <message>
        <source>The backup time must lie between 1980 and 2107.</source>
        <translation>La hora de la copia de seguridad debe estar entre 1980 y 2107.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS domain name such as corp.example.com.</source>
        <translation>«%1» no es un nombre de dominio DNS como corp.example.com.</translation>
    </message>
    <message>
        <source>(a name with control characters)</source>
        <translation>(un nombre con caracteres de control)</translation>
    </message>
    <message>
        <source>The group allowed to write pictures must be a SID (S-1-5-…) or one of Users, Authenticated Users, INTERACTIVE.</source>
        <translation>El grupo que puede escribir imágenes debe ser un SID (S-1-5-…) o uno de Users, Authenticated Users, INTERACTIVE.</translation>
    </message>
</context>
<context>
    <name>adphoto::DeployPackage</name>
    <message>
        <source>The folder %1 is not empty: choose a new or empty folder.</source>
        <translation>La carpeta %1 no está vacía: elija una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existe y no es una carpeta.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::Directory</name>
    <message>
        <source>This directory cannot list photos.</source>
        <translation>Este directorio no puede enumerar fotos.</translation>
    </message>
</context>
<context>
    <name>adphoto::FolderMatcher</name>
    <message>
        <source>Folder &quot;%1&quot; does not exist.</source>
        <translation>La carpeta «%1» no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>«%1» no es una carpeta.</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; cannot be read.</source>
        <translation>No se puede leer la carpeta «%1».</translation>
    </message>
    <message>
        <source>system file</source>
        <translation>archivo del sistema</translation>
    </message>
    <message>
        <source>hidden file</source>
        <translation>archivo oculto</translation>
    </message>
    <message>
        <source>not an image (no file extension)</source>
        <translation>no es una imagen (sin extensión)</translation>
    </message>
    <message>
        <source>not an image (.%1)</source>
        <translation>no es una imagen (.%1)</translation>
    </message>
    <message numerus="yes">
        <source>fits %n user(s)</source>
        <translation>
            <numerusform>coincide con %n usuario</numerusform>
            <numerusform>coincide con %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 also fits this user</source>
        <translation>%1 también coincide con este usuario</translation>
    </message>
</context>
<context>
    <name>adphoto::FutureResult</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>adphoto::HistoryModel</name>
    <message>
        <source>Set</source>
        <translation>Establecida</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Single photo</source>
        <translation>Foto individual</translation>
    </message>
    <message>
        <source>Single removal</source>
        <translation>Eliminación individual</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
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
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>adphoto::ImportPlan</name>
    <message>
        <source>The plan is not valid JSON: %1 (at byte %2).</source>
        <translation>El plan no es JSON válido: %1 (en el byte %2).</translation>
    </message>
    <message>
        <source>A plan is a JSON array of rows.</source>
        <translation>Un plan es una matriz JSON de filas.</translation>
    </message>
    <message>
        <source>Row %1 of the plan is not a JSON object.</source>
        <translation>La fila %1 del plan no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Row %1 of the plan: %2</source>
        <translation>Fila %1 del plan: %2</translation>
    </message>
</context>
<context>
    <name>adphoto::ImportPlanModel</name>
    <message>
        <source>Deselected in the review.</source>
        <translation>Desmarcado en la revisión.</translation>
    </message>
    <message>
        <source>No such row.</source>
        <translation>No existe esa fila.</translation>
    </message>
    <message>
        <source>This row does not need a choice.</source>
        <translation>Esta fila no necesita ninguna elección.</translation>
    </message>
    <message>
        <source>No user with the account %1 is listed.</source>
        <translation>No figura ningún usuario con la cuenta %1.</translation>
    </message>
    <message>
        <source>%1 already gets the photo %2.</source>
        <translation>%1 ya recibe la foto %2.</translation>
    </message>
    <message>
        <source>Has a photo already (only users without one were asked for).</source>
        <translation>Ya tiene una foto (solo se pidieron usuarios sin foto).</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>La cuenta está deshabilitada.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Choose a user</source>
        <translation>Elegir un usuario</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencia</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Double-click (or F2) to choose the user: %1</source>
        <translation>Haga doble clic (o pulse F2) para elegir el usuario: %1</translation>
    </message>
    <message>
        <source>Choose one of %1…</source>
        <translation>Elija uno de %1…</translation>
    </message>
    <message>
        <source>Did you mean %1? Choose…</source>
        <translation>¿Quería decir %1? Elegir…</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>elegido por usted</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Already this photo</source>
        <translation>Ya tiene esta foto</translation>
    </message>
    <message>
        <source>Changed meanwhile: not written</source>
        <translation>Modificada entretanto: no se escribió</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>adphoto::ImportPlanner</name>
    <message>
        <source>Plan from either a folder or a CSV file.</source>
        <translation>Planifique a partir de una carpeta o de un archivo CSV, no de ambos.</translation>
    </message>
    <message>
        <source>Planning cancelled.</source>
        <translation>Planificación cancelada.</translation>
    </message>
</context>
<context>
    <name>adphoto::ImportRunner</name>
    <message>
        <source>the DC had taken the write (confirmed on resume)</source>
        <translation>el DC ya había aceptado la escritura (confirmado al reanudar)</translation>
    </message>
    <message>
        <source>interrupted before the write; written again on resume</source>
        <translation>interrumpido antes de la escritura; se volvió a escribir al reanudar</translation>
    </message>
    <message>
        <source>changed by someone else while the import was interrupted</source>
        <translation>modificado por otra persona mientras la importación estaba interrumpida</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MiB.</source>
        <translation>%1 ocupa más de 256 MiB.</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made.</source>
        <translation>%1 ha cambiado desde que se creó el plan.</translation>
    </message>
    <message>
        <source>Preparing %1 failed.</source>
        <translation>Falló la preparación de %1.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>El usuario ya no existe.</translation>
    </message>
    <message>
        <source>The user&apos;s photo changed since the plan was made; not written.</source>
        <translation>La foto del usuario ha cambiado desde que se creó el plan; no se escribió.</translation>
    </message>
    <message>
        <source>The user already has this photo.</source>
        <translation>El usuario ya tiene esta foto.</translation>
    </message>
    <message>
        <source>written before the connection was lost (confirmed)</source>
        <translation>escrita antes de que se perdiera la conexión (confirmado)</translation>
    </message>
    <message>
        <source>The photo was changed by someone else; not written.</source>
        <translation>Otra persona modificó la foto; no se escribió.</translation>
    </message>
</context>
<context>
    <name>adphoto::Journal</name>
    <message>
        <source>The data directory %1 cannot be created.</source>
        <translation>No se puede crear el directorio de datos %1.</translation>
    </message>
    <message>
        <source>SQLite support for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Falta la compatibilidad de Qt con SQLite (instale libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>abrir %1</translation>
    </message>
    <message>
        <source>be configured</source>
        <translation>configurarse</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>iniciar una transacción</translation>
    </message>
    <message>
        <source>create its tables</source>
        <translation>crear sus tablas</translation>
    </message>
    <message>
        <source>record its schema</source>
        <translation>registrar su esquema</translation>
    </message>
    <message>
        <source>Another apply is running on this journal (process %1); wait for it to finish.</source>
        <translation>Otra aplicación de cambios está en curso sobre este registro (proceso %1); espere a que termine.</translation>
    </message>
    <message>
        <source>record the import</source>
        <translation>registrar la importación</translation>
    </message>
    <message>
        <source>update the import</source>
        <translation>actualizar la importación</translation>
    </message>
    <message>
        <source>read the import</source>
        <translation>leer la importación</translation>
    </message>
    <message>
        <source>No import with id %1 in the journal.</source>
        <translation>No hay ninguna importación con el id %1 en el registro.</translation>
    </message>
    <message>
        <source>list imports</source>
        <translation>enumerar las importaciones</translation>
    </message>
    <message>
        <source>record the change</source>
        <translation>registrar el cambio</translation>
    </message>
    <message>
        <source>commit the change</source>
        <translation>confirmar el cambio</translation>
    </message>
    <message>
        <source>record the outcome</source>
        <translation>registrar el resultado</translation>
    </message>
    <message>
        <source>The journal has no change %1.</source>
        <translation>El registro no contiene el cambio %1.</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>leer el historial</translation>
    </message>
    <message>
        <source>The journal could not %1.</source>
        <translation>El registro no pudo %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::LdapErrors</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>No such user: the bind name is not known to the domain.</source>
        <translation>No existe el usuario: el dominio no conoce el nombre de enlace.</translation>
    </message>
    <message>
        <source>This account may not sign in at this time (logon hours).</source>
        <translation>Esta cuenta no puede iniciar sesión a esta hora (horario de inicio de sesión).</translation>
    </message>
    <message>
        <source>This account may not sign in from this workstation.</source>
        <translation>Esta cuenta no puede iniciar sesión desde esta estación de trabajo.</translation>
    </message>
    <message>
        <source>The account&apos;s password has expired.</source>
        <translation>La contraseña de la cuenta ha caducado.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>La cuenta está deshabilitada.</translation>
    </message>
    <message>
        <source>The account has expired.</source>
        <translation>La cuenta ha caducado.</translation>
    </message>
    <message>
        <source>The account&apos;s password must be changed before it can sign in.</source>
        <translation>Hay que cambiar la contraseña de la cuenta antes de que pueda iniciar sesión.</translation>
    </message>
    <message>
        <source>The account is locked out.</source>
        <translation>La cuenta está bloqueada.</translation>
    </message>
    <message>
        <source>The DC refused the credentials.</source>
        <translation>El DC rechazó las credenciales.</translation>
    </message>
    <message>
        <source>No Kerberos ticket: run &apos;kinit user@REALM&apos; first, or bind with --bind simple.</source>
        <translation>No hay ticket de Kerberos: ejecute primero &apos;kinit user@REALM&apos; o enlace con --bind simple.</translation>
    </message>
    <message>
        <source>The Kerberos ticket has expired: run &apos;kinit&apos; again.</source>
        <translation>El ticket de Kerberos ha caducado: vuelva a ejecutar &apos;kinit&apos;.</translation>
    </message>
    <message>
        <source>This machine&apos;s clock differs too much from the DC&apos;s (Kerberos clock skew): fix the time.</source>
        <translation>El reloj de este equipo difiere demasiado del del DC (desfase de reloj de Kerberos): corrija la hora.</translation>
    </message>
    <message>
        <source>The DC&apos;s service principal (ldap/&lt;dc name&gt;) is unknown to the KDC: connect by the DC&apos;s full DNS name, not an IP address or alias.</source>
        <translation>El KDC no conoce el principal de servicio del DC (ldap/&lt;nombre del DC&gt;): conéctese con el nombre DNS completo del DC, no con una dirección IP ni un alias.</translation>
    </message>
    <message>
        <source>Kerberos (GSSAPI) authentication failed.</source>
        <translation>Falló la autenticación Kerberos (GSSAPI).</translation>
    </message>
    <message>
        <source>TLS failed: the DC&apos;s certificate could not be verified (untrusted CA, wrong host name or expired). Give the CA with --ca-file.</source>
        <translation>Falló TLS: no se pudo verificar el certificado del DC (CA no de confianza, nombre de host incorrecto o caducado). Indique la CA con --ca-file.</translation>
    </message>
    <message>
        <source>Cannot contact the DC.</source>
        <translation>No se puede contactar con el DC.</translation>
    </message>
    <message>
        <source>The connection to the DC was lost.</source>
        <translation>Se perdió la conexión con el DC.</translation>
    </message>
    <message>
        <source>The DC did not answer in time.</source>
        <translation>El DC no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The DC requires a protected connection (LDAP signing): use TLS, or Kerberos with signing and sealing.</source>
        <translation>El DC exige una conexión protegida (firma LDAP): use TLS, o Kerberos con firma y sellado.</translation>
    </message>
    <message>
        <source>The DC requires an encrypted connection.</source>
        <translation>El DC exige una conexión cifrada.</translation>
    </message>
    <message>
        <source>This kind of bind is not allowed for the account.</source>
        <translation>Este tipo de enlace no está permitido para la cuenta.</translation>
    </message>
    <message>
        <source>Access denied: the bound account may not change this user&apos;s photo.</source>
        <translation>Acceso denegado: la cuenta enlazada no puede cambiar la foto de este usuario.</translation>
    </message>
    <message>
        <source>Access denied.</source>
        <translation>Acceso denegado.</translation>
    </message>
    <message>
        <source>No such object in the directory (deleted or moved?).</source>
        <translation>No existe ese objeto en el directorio (¿eliminado o movido?).</translation>
    </message>
    <message>
        <source>The photo was changed by someone else since it was read; nothing was written.</source>
        <translation>Otra persona cambió la foto después de leerla; no se escribió nada.</translation>
    </message>
    <message>
        <source>A photo was set by someone else since it was read; nothing was written.</source>
        <translation>Otra persona estableció una foto después de la lectura; no se escribió nada.</translation>
    </message>
    <message>
        <source>The DC refused the photo as too large: thumbnailPhoto holds at most 102,400 bytes.</source>
        <translation>El DC rechazó la foto por demasiado grande: thumbnailPhoto admite como máximo 102.400 bytes.</translation>
    </message>
    <message>
        <source>The DC is unwilling to accept this bind.</source>
        <translation>El DC no está dispuesto a aceptar este enlace.</translation>
    </message>
    <message>
        <source>The DC is busy or unavailable.</source>
        <translation>El DC está ocupado o no disponible.</translation>
    </message>
    <message>
        <source>The bind failed.</source>
        <translation>Falló el enlace.</translation>
    </message>
    <message>
        <source>The directory operation failed.</source>
        <translation>Falló la operación en el directorio.</translation>
    </message>
</context>
<context>
    <name>adphoto::LdapSession</name>
    <message>
        <source>&quot;%1&quot; is not a usable LDAP URI.</source>
        <translation>«%1» no es un URI LDAP utilizable.</translation>
    </message>
    <message>
        <source>TLS was not established with %1.</source>
        <translation>No se estableció TLS con %1.</translation>
    </message>
    <message>
        <source>Refusing to send a password over an unprotected connection.</source>
        <translation>Se rechaza enviar una contraseña por una conexión sin protección.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>La contraseña está vacía.</translation>
    </message>
    <message>
        <source>The Kerberos session is not sealed (SSF %1 &lt; 56); refusing an unprotected connection.</source>
        <translation>La sesión Kerberos no está sellada (SSF %1 &lt; 56); se rechaza una conexión sin protección.</translation>
    </message>
    <message>
        <source>No server given: use --server URI or --domain NAME (or ADPHOTO_SERVER, ADPHOTO_DOMAIN, a profile, or URI in ldap.conf).</source>
        <translation>No se indicó ningún servidor: use --server URI o --domain NOMBRE (o ADPHOTO_SERVER, ADPHOTO_DOMAIN, un perfil, o URI en ldap.conf).</translation>
    </message>
    <message>
        <source>The DC did not tell its defaultNamingContext; give --base DN.</source>
        <translation>El DC no indicó su defaultNamingContext; indique --base DN.</translation>
    </message>
    <message>
        <source>The directory is not open.</source>
        <translation>El directorio no está abierto.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>No user given.</source>
        <translation>No se indicó ningún usuario.</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot; under %2.</source>
        <translation>No hay ningún usuario «%1» bajo %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 users; nothing was done. Name one by DN or &lt;GUID=...&gt;.</source>
        <translation>«%1» coincide con %2 usuarios; no se hizo nada. Indique uno por DN o &lt;GUID=...&gt;.</translation>
    </message>
    <message>
        <source>No such user: %1</source>
        <translation>No existe el usuario: %1</translation>
    </message>
    <message>
        <source>An empty photo cannot be written; remove the photo instead.</source>
        <translation>No se puede escribir una foto vacía; elimine la foto en su lugar.</translation>
    </message>
    <message>
        <source>The user has no photo to remove.</source>
        <translation>El usuario no tiene ninguna foto que eliminar.</translation>
    </message>
    <message>
        <source>No such object: %1</source>
        <translation>No existe el objeto: %1</translation>
    </message>
</context>
<context>
    <name>adphoto::MemorySecretStore</name>
    <message>
        <source>No keychain is available.</source>
        <translation>No hay ningún llavero disponible.</translation>
    </message>
</context>
<context>
    <name>adphoto::NamePattern</name>
    <message>
        <source>Pattern &quot;%1&quot; has a &quot;}&quot; without &quot;{&quot;.</source>
        <translation>El patrón «%1» tiene una «}» sin «{».</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot; has a &quot;{&quot; without &quot;}&quot;.</source>
        <translation>El patrón «%1» tiene una «{» sin «}».</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: &quot;%2&quot; needs a positive length after the colon.</source>
        <translation>Patrón «%1»: «%2» necesita una longitud positiva después de los dos puntos.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: unknown attribute {%2}; use sAMAccountName, userPrincipalName, mail, employeeID, displayName, givenName or sn.</source>
        <translation>Patrón «%1»: atributo desconocido {%2}; use sAMAccountName, userPrincipalName, mail, employeeID, displayName, givenName o sn.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot; uses no attribute such as {sn}.</source>
        <translation>El patrón «%1» no usa ningún atributo como {sn}.</translation>
    </message>
</context>
<context>
    <name>adphoto::PathMapping</name>
    <message>
        <source>--path-map needs PREFIX=LOCAL_FOLDER, e.g. &apos;C:\Photos=/mnt/photos&apos; (got &quot;%1&quot;).</source>
        <translation>--path-map necesita PREFIJO=CARPETA_LOCAL, p. ej. &apos;C:\Photos=/mnt/photos&apos; (se recibió «%1»).</translation>
    </message>
    <message>
        <source>--path-map: &quot;%1&quot; is not an absolute local folder.</source>
        <translation>--path-map: «%1» no es una carpeta local absoluta.</translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation>El nombre de archivo está vacío.</translation>
    </message>
    <message>
        <source>The Windows path &quot;%1&quot; is not under any --path-map prefix (e.g. --path-map &apos;C:\Photos=/mnt/photos&apos;).</source>
        <translation>La ruta de Windows «%1» no está bajo ningún prefijo de --path-map (p. ej. --path-map &apos;C:\Photos=/mnt/photos&apos;).</translation>
    </message>
    <message>
        <source>It has a space next to a path separator: did you mean &quot;%1&quot;?</source>
        <translation>Hay un espacio junto a un separador de ruta: ¿quería decir «%1»?</translation>
    </message>
</context>
<context>
    <name>adphoto::PhotoExporter</name>
    <message>
        <source>No export folder given.</source>
        <translation>No se indicó ninguna carpeta de exportación.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existe y no es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 already exists (an earlier export?). Nothing was written: give --overwrite to replace it and the photos, or choose another folder.</source>
        <translation>%1 ya existe (¿una exportación anterior?). No se escribió nada: indique --overwrite para reemplazarlo junto con las fotos, o elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; it was left alone.</source>
        <translation>%1 existe y no es un archivo normal; se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>%1 exists with other content; give --overwrite to replace it.</source>
        <translation>%1 existe con otro contenido; indique --overwrite para reemplazarlo.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; the index was not written.</source>
        <translation>%1 existe y no es un archivo normal; no se escribió el índice.</translation>
    </message>
    <message>
        <source>Cannot write the index %1: %2</source>
        <translation>No se puede escribir el índice %1: %2</translation>
    </message>
</context>
<context>
    <name>adphoto::PhotoWriter</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>adphoto::PlanBuilder</name>
    <message>
        <source>The account is disabled (--skip-disabled).</source>
        <translation>La cuenta está deshabilitada (--skip-disabled).</translation>
    </message>
    <message>
        <source>The user already has a photo (--only-missing).</source>
        <translation>El usuario ya tiene una foto (--only-missing).</translation>
    </message>
    <message>
        <source>No user fits this file name.</source>
        <translation>Ningún usuario coincide con este nombre de archivo.</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>duplicado de la línea %1</translation>
    </message>
</context>
<context>
    <name>adphoto::PlanFileChecker</name>
    <message>
        <source>File not found: &quot;%1&quot;.</source>
        <translation>No se encontró el archivo: «%1».</translation>
    </message>
    <message>
        <source>The path has a space next to a separator; &quot;%1&quot; exists — correct the CSV if that is the photo.</source>
        <translation>La ruta tiene un espacio junto a un separador; «%1» existe: corrija el CSV si esa es la foto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>«%1» no es un archivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image.</source>
        <translation>«%1» no es una imagen.</translation>
    </message>
</context>
<context>
    <name>adphoto::PlanRow</name>
    <message>
        <source>&quot;status&quot; must be one of ready, unchanged, skipped, ambiguous, unmatched, conflict, error.</source>
        <translation>&quot;status&quot; debe ser uno de ready, unchanged, skipped, ambiguous, unmatched, conflict, error.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or null.</source>
        <translation>&quot;%1&quot; debe ser una cadena o null.</translation>
    </message>
    <message>
        <source>&quot;objectGUID&quot; is not a GUID: &quot;%1&quot;.</source>
        <translation>&quot;objectGUID&quot; no es un GUID: «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true, false or null.</source>
        <translation>&quot;%1&quot; debe ser true, false o null.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings or null.</source>
        <translation>&quot;%1&quot; debe ser una lista de cadenas o null.</translation>
    </message>
    <message>
        <source>&quot;line&quot; must be a line number or null.</source>
        <translation>&quot;line&quot; debe ser un número de línea o null.</translation>
    </message>
</context>
<context>
    <name>adphoto::PlanScope</name>
    <message>
        <source>The user is not among the users this import is limited to.</source>
        <translation>El usuario no está entre los usuarios a los que se limita esta importación.</translation>
    </message>
    <message>
        <source>The user is not among the %1.</source>
        <translation>El usuario no está entre los %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::Reverter</name>
    <message>
        <source>The journal holds no change of this user, so there is nothing to restore.</source>
        <translation>El registro no contiene ningún cambio de este usuario, así que no hay nada que restaurar.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n user(s).</source>
        <translation>
            <numerusform>Cancelado después de %n usuario.</numerusform>
            <numerusform>Cancelado después de %n usuarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>The photo was changed after this import; left as it is.</source>
        <translation>La foto se modificó después de esta importación; se deja como está.</translation>
    </message>
</context>
<context>
    <name>adphoto::UserIndex</name>
    <message>
        <source>At most 255 patterns can be used at once.</source>
        <translation>Se pueden usar como máximo 255 patrones a la vez.</translation>
    </message>
</context>
<context>
    <name>adphoto::UserListModel</name>
    <message>
        <source>Has a photo</source>
        <translation>Tiene foto</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitada</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitada</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <source>Photo size</source>
        <translation>Tamaño de la foto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
</context>
<context>
    <name>adphoto::UserSpecResolver</name>
    <message>
        <source>The user is empty.</source>
        <translation>El usuario está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid GUID.</source>
        <translation>«%1» no es un GUID válido.</translation>
    </message>
    <message>
        <source>Unknown user &quot;%1&quot;.</source>
        <translation>Usuario desconocido «%1».</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; fits %n users; none was chosen.</source>
        <translation>
            <numerusform>«%1» coincide con %n usuario; no se eligió ninguno.</numerusform>
            <numerusform>«%1» coincide con %n usuarios; no se eligió ninguno.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adphoto::cli::AuditCommand</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Users with a photo</source>
        <translation>Usuarios con foto</translation>
    </message>
    <message>
        <source>Photos shared by several users</source>
        <translation>Fotos compartidas por varios usuarios</translation>
    </message>
    <message>
        <source>Photo audit of %1 (byte limit %2, minimum %3 px)</source>
        <translation>Auditoría de fotos de %1 (límite de bytes %2, mínimo %3 px)</translation>
    </message>
    <message>
        <source>Audit photos: missing per OU, too large, not JPEG, not square, too small, shared, disabled.</source>
        <translation>Auditar fotos: faltantes por UO, demasiado grandes, no JPEG, no cuadradas, demasiado pequeñas, compartidas, deshabilitadas.</translation>
    </message>
    <message>
        <source>Only users under this OU (subtree).</source>
        <translation>Solo los usuarios bajo esta UO (subárbol).</translation>
    </message>
    <message>
        <source>Photos larger than this many bytes are reported (default 102400).</source>
        <translation>Se informa de las fotos de más de estos bytes (predeterminado 102400).</translation>
    </message>
    <message>
        <source>audit takes no arguments.</source>
        <translation>audit no admite argumentos.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv, json or html.</source>
        <translation>Formato desconocido «%1»: use table, csv, json o html.</translation>
    </message>
    <message>
        <source>--max-bytes takes a positive number of bytes, not &quot;%1&quot;.</source>
        <translation>--max-bytes necesita un número positivo de bytes, no «%1».</translation>
    </message>
    <message>
        <source>Auditing</source>
        <translation>Auditando</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) audited: </source>
        <translation>
            <numerusform>%n usuario auditado: </numerusform>
            <numerusform>%n usuarios auditados: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a photo, </source>
        <translation>
            <numerusform>%n sin foto, </numerusform>
            <numerusform>%n sin foto, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with photos.</source>
        <translation>
            <numerusform>%n problema con las fotos.</numerusform>
            <numerusform>%n problemas con las fotos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads every photo once, page by page, and keeps only a fingerprint of each.
--format takes table (summary, counts per OU, findings), csv, json (one array: &quot;ou&quot; rows
with subtree and direct counts, then one row per finding with its &quot;kind&quot;: missing,
oversized, notJpeg, damaged, notSquare, tooSmall, duplicate, disabledWithPhoto) or html
(a self-contained report).</source>
        <translation>Lee cada foto una sola vez, página a página, y guarda solo una huella de cada una.
--format admite table (resumen, recuentos por UO, hallazgos), csv, json (una matriz: filas &quot;ou&quot;
con recuentos del subárbol y directos, y luego una fila por hallazgo con su &quot;kind&quot;: missing,
oversized, notJpeg, damaged, notSquare, tooSmall, duplicate, disabledWithPhoto) o html
(un informe autónomo).</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::CheckCommand</name>
    <message>
        <source>Test the connection: DC, TLS, bind identity, base DN, write permission.</source>
        <translation>Probar la conexión: DC, TLS, identidad de enlace, DN base, permiso de escritura.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli check [USER]</source>
        <translation>Uso: adphoto-cli check [USER]</translation>
    </message>
    <message>
        <source>With USER, also tells whether the bound identity may write that user&apos;s thumbnailPhoto
(from allowedAttributesEffective).</source>
        <translation>Con USER, indica también si la identidad enlazada puede escribir el thumbnailPhoto de ese usuario
(según allowedAttributesEffective).</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::CliApp</name>
    <message>
        <source>LDAP URI or host of the DC (ldap://, ldaps://) [ADPHOTO_SERVER].</source>
        <translation>URI LDAP o host del DC (ldap://, ldaps://) [ADPHOTO_SERVER].</translation>
    </message>
    <message>
        <source>AD domain; the DC is found through DNS SRV records [ADPHOTO_DOMAIN].</source>
        <translation>Dominio de AD; el DC se encuentra mediante registros DNS SRV [ADPHOTO_DOMAIN].</translation>
    </message>
    <message>
        <source>DNS server to ask for the domain&apos;s DCs [ADPHOTO_DNS_SERVER].</source>
        <translation>Servidor DNS al que preguntar por los DC del dominio [ADPHOTO_DNS_SERVER].</translation>
    </message>
    <message>
        <source>Base DN (default: the domain&apos;s defaultNamingContext) [ADPHOTO_BASE].</source>
        <translation>DN base (predeterminado: el defaultNamingContext del dominio) [ADPHOTO_BASE].</translation>
    </message>
    <message>
        <source>simple or gssapi (Kerberos ticket); default simple when a user is given, else gssapi [ADPHOTO_BIND].</source>
        <translation>simple o gssapi (ticket de Kerberos); simple de forma predeterminada si se indica un usuario, si no gssapi [ADPHOTO_BIND].</translation>
    </message>
    <message>
        <source>Bind name: user@domain, DOMAIN\user or a DN [ADPHOTO_USER].</source>
        <translation>Nombre de enlace: user@domain, DOMAIN\user o un DN [ADPHOTO_USER].</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (else ADPHOTO_PASSWORD, else a prompt).</source>
        <translation>Leer la contraseña de la primera línea de FILE (si no, ADPHOTO_PASSWORD; si no, se pregunta).</translation>
    </message>
    <message>
        <source>starttls, ldaps or none (none only with gssapi) [ADPHOTO_TLS].</source>
        <translation>starttls, ldaps o none (none solo con gssapi) [ADPHOTO_TLS].</translation>
    </message>
    <message>
        <source>CA certificates to trust (PEM) [ADPHOTO_CA_FILE].</source>
        <translation>Certificados de CA de confianza (PEM) [ADPHOTO_CA_FILE].</translation>
    </message>
    <message>
        <source>Do not verify the server certificate (dangerous; warns every time).</source>
        <translation>No verificar el certificado del servidor (peligroso; avisa cada vez).</translation>
    </message>
    <message>
        <source>Network timeout in seconds (default 30) [ADPHOTO_TIMEOUT].</source>
        <translation>Tiempo de espera de red en segundos (predeterminado 30) [ADPHOTO_TIMEOUT].</translation>
    </message>
    <message>
        <source>Users per search page (default 1000) [ADPHOTO_PAGE_SIZE].</source>
        <translation>Usuarios por página de búsqueda (predeterminado 1000) [ADPHOTO_PAGE_SIZE].</translation>
    </message>
    <message>
        <source>Use a named connection profile [ADPHOTO_PROFILE].</source>
        <translation>Usar un perfil de conexión con nombre [ADPHOTO_PROFILE].</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>Formato de salida: table, csv o json.</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>Mostrar solo los errores.</translation>
    </message>
    <message>
        <source>Print more detail on stderr.</source>
        <translation>Mostrar más detalles en stderr.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Mostrar la ayuda.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli [connection options] COMMAND [options] [arguments]

Puts employees&apos; photos into Active Directory (thumbnailPhoto).

Commands:
</source>
        <translation>Uso: adphoto-cli [opciones de conexión] ORDEN [opciones] [argumentos]

Coloca las fotos de los empleados en Active Directory (thumbnailPhoto).

Órdenes:
</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli %1 [options] %2</source>
        <translation>Uso: adphoto-cli %1 [opciones] %2</translation>
    </message>
    <message>
        <source>adphoto-cli: unknown command &quot;%1&quot;.</source>
        <translation>adphoto-cli: orden desconocida «%1».</translation>
    </message>
    <message>
        <source>Run &apos;adphoto-cli help %1&apos; for its options.</source>
        <translation>Ejecute &apos;adphoto-cli help %1&apos; para ver sus opciones.</translation>
    </message>
    <message>
        <source>
Options every command takes: --quiet (-q), --verbose, --format, --help (-h); and --version.
Run &apos;adphoto-cli help COMMAND&apos; for a command&apos;s options and examples, &apos;man adphoto-cli&apos; for all.
Exit codes:</source>
        <translation>
Opciones que admiten todas las órdenes: --quiet (-q), --verbose, --format, --help (-h); y --version.
Ejecute &apos;adphoto-cli help ORDEN&apos; para ver las opciones y ejemplos de una orden, &apos;man adphoto-cli&apos; para verlo todo.
Códigos de salida:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>uso</translation>
    </message>
    <message>
        <source>partly done (some users or files failed; an import can be resumed)</source>
        <translation>hecho en parte (fallaron algunos usuarios o archivos; una importación se puede reanudar)</translation>
    </message>
    <message>
        <source>connection or authentication</source>
        <translation>conexión o autenticación</translation>
    </message>
    <message>
        <source>ambiguous or conflict</source>
        <translation>ambiguo o conflicto</translation>
    </message>
    <message>
        <source>cancelled (Ctrl+C)</source>
        <translation>cancelado (Ctrl+C)</translation>
    </message>
    <message>
        <source>Password for a simple bind (else --password-file or a prompt).</source>
        <translation>Contraseña para un enlace simple (si no, --password-file o se pregunta).</translation>
    </message>
    <message>
        <source>Settings file (default ~/.config/adphoto/adphoto.ini).</source>
        <translation>Archivo de configuración (predeterminado ~/.config/adphoto/adphoto.ini).</translation>
    </message>
    <message>
        <source>Journal and backups (default ~/.local/share/adphoto).</source>
        <translation>Registro y copias de seguridad (predeterminado ~/.local/share/adphoto).</translation>
    </message>
    <message>
        <source>Fixed time stamp for &apos;deploy&apos; (reproducible output).</source>
        <translation>Marca de tiempo fija para &apos;deploy&apos; (salida reproducible).</translation>
    </message>
    <message>
        <source>CA certificates to trust when --ca-file is not given.</source>
        <translation>Certificados de CA de confianza cuando no se indica --ca-file.</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Ejemplos:</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::CliContext</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>Candidatos:</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>aviso: </translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation>Formato desconocido «%1»: use table, csv o json.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [s/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>This changes the directory and there is no terminal to confirm on: add --yes.</source>
        <translation>Esto modifica el directorio y no hay ningún terminal en el que confirmar: añada --yes.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>No se puede leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>El archivo de contraseña %1 está vacío.</translation>
    </message>
    <message>
        <source>A password is needed for %1: give --password-file FILE or set ADPHOTO_PASSWORD (there is no terminal to ask on).</source>
        <translation>Se necesita una contraseña para %1: indique --password-file FILE o defina ADPHOTO_PASSWORD (no hay ningún terminal en el que preguntar).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>--insecure-skip-verify: the server&apos;s certificate is NOT checked; anyone on the network path can read and change this session.</source>
        <translation>--insecure-skip-verify: el certificado del servidor NO se comprueba; cualquiera en la ruta de red puede leer y modificar esta sesión.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>The DC %1 this import started on cannot be reached; it must finish on the same DC.</source>
        <translation>No se puede contactar con el DC %1 en el que empezó esta importación; debe terminar en el mismo DC.</translation>
    </message>
    <message>
        <source>Connected to %1 (DC %2), TLS %3, SSF %4, %5 bind as %6; base %7.</source>
        <translation>Conectado a %1 (DC %2), TLS %3, SSF %4, enlace %5 como %6; base %7.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::DeployCommand</name>
    <message>
        <source>--quality takes a number from 1 to 100.</source>
        <translation>--quality necesita un número del 1 al 100.</translation>
    </message>
    <message>
        <source>SOURCE_DATE_EPOCH must be a number of seconds since 1970.</source>
        <translation>SOURCE_DATE_EPOCH debe ser un número de segundos desde 1970.</translation>
    </message>
    <message>
        <source>Write the GPO package that shows AD photos as Windows account pictures.</source>
        <translation>Escribir el paquete de GPO que muestra las fotos de AD como imágenes de cuenta de Windows.</translation>
    </message>
    <message>
        <source>Folder to write (must not exist or be empty).</source>
        <translation>Carpeta que se escribirá (no debe existir o debe estar vacía).</translation>
    </message>
    <message>
        <source>system-task (default) or logoff.</source>
        <translation>system-task (predeterminado) o logoff.</translation>
    </message>
    <message>
        <source>Folder on the computers for the pictures (default %1).</source>
        <translation>Carpeta de las imágenes en los equipos (predeterminada %1).</translation>
    </message>
    <message>
        <source>Picture sizes in pixels (default %1).</source>
        <translation>Tamaños de imagen en píxeles (predeterminado %1).</translation>
    </message>
    <message>
        <source>JPEG quality 1-100 (default %1).</source>
        <translation>Calidad JPEG 1-100 (predeterminada %1).</translation>
    </message>
    <message>
        <source>Name of the GPO (default &quot;%1&quot;).</source>
        <translation>Nombre de la GPO (predeterminado «%1»).</translation>
    </message>
    <message>
        <source>GUID of the GPO in the backup (default: random).</source>
        <translation>GUID de la GPO en la copia de seguridad (predeterminado: aleatorio).</translation>
    </message>
    <message>
        <source>ID of the backup (default: random).</source>
        <translation>ID de la copia de seguridad (predeterminado: aleatorio).</translation>
    </message>
    <message>
        <source>Backup time, RFC 3339 (default: SOURCE_DATE_EPOCH, else now).</source>
        <translation>Hora de la copia de seguridad, RFC 3339 (predeterminada: SOURCE_DATE_EPOCH; si no, ahora).</translation>
    </message>
    <message>
        <source>DNS name of the users&apos; domain (default: each computer&apos;s own domain).</source>
        <translation>Nombre DNS del dominio de los usuarios (predeterminado: el dominio de cada equipo).</translation>
    </message>
    <message>
        <source>Logoff mode: who may create their picture key, a SID or Users, Authenticated Users, INTERACTIVE (default Users).</source>
        <translation>Modo logoff: quién puede crear su clave de imagen, un SID o Users, Authenticated Users, INTERACTIVE (predeterminado Users).</translation>
    </message>
    <message>
        <source>Also write DIR.zip.</source>
        <translation>Escribir también DIR.zip.</translation>
    </message>
    <message>
        <source>deploy takes no arguments; use --out DIR.</source>
        <translation>deploy no admite argumentos; use --out DIR.</translation>
    </message>
    <message>
        <source>deploy needs --out DIR.</source>
        <translation>deploy necesita --out DIR.</translation>
    </message>
    <message numerus="yes">
        <source>Deploy package (%1 mode) written to %2: %n file(s).</source>
        <translation>
            <numerusform>Paquete de despliegue (modo %1) escrito en %2: %n archivo.</numerusform>
            <numerusform>Paquete de despliegue (modo %1) escrito en %2: %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>GPO backup ID %1 in %2; import it on a domain computer with:</source>
        <translation>ID de copia de seguridad de GPO %1 en %2; impórtela en un equipo del dominio con:</translation>
    </message>
    <message>
        <source>See README.txt in the folder for linking, checks and troubleshooting.</source>
        <translation>Consulte README.txt en la carpeta para la vinculación, las comprobaciones y la solución de problemas.</translation>
    </message>
    <message>
        <source>Writes a folder with a GPO backup (import it with Import-GPO or GPMC&apos;s &quot;Import Settings&quot;), the client PowerShell script and README.txt/README.html with the steps. Modes: system-task (default: a startup script installs a scheduled task that runs as SYSTEM at every sign-in, no permission is changed) or logoff (a user logoff script; the GPO grants the minimum registry rights and turns on loopback processing). With --gpo-guid, --backup-id and --timestamp (or SOURCE_DATE_EPOCH) fixed, the output is the same byte for byte.</source>
        <translation>Escribe una carpeta con una copia de seguridad de GPO (impórtela con Import-GPO o con «Importar configuración» de GPMC), el script de PowerShell del cliente y README.txt/README.html con los pasos. Modos: system-task (predeterminado: un script de inicio instala una tarea programada que se ejecuta como SYSTEM en cada inicio de sesión; no se cambia ningún permiso) o logoff (un script de cierre de sesión del usuario; la GPO concede los derechos mínimos de registro y activa el procesamiento de bucle invertido). Con --gpo-guid, --backup-id y --timestamp (o SOURCE_DATE_EPOCH) fijos, la salida es idéntica byte a byte.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::ExportCommand</name>
    <message>
        <source>Save every user&apos;s photo into a folder, with a CSV index to import them again.</source>
        <translation>Guardar la foto de cada usuario en una carpeta, con un índice CSV para volver a importarlas.</translation>
    </message>
    <message>
        <source>Folder to write the photos to (created if missing).</source>
        <translation>Carpeta en la que se escriben las fotos (se crea si no existe).</translation>
    </message>
    <message>
        <source>Only users under this OU (subtree).</source>
        <translation>Solo los usuarios bajo esta UO (subárbol).</translation>
    </message>
    <message>
        <source>Replace existing files (and an earlier export&apos;s index).</source>
        <translation>Reemplazar los archivos existentes (y el índice de una exportación anterior).</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli export --folder DIR [--ou DN] [--overwrite]</source>
        <translation>Uso: adphoto-cli export --folder DIR [--ou DN] [--overwrite]</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: omitido: %2</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) written, </source>
        <translation>
            <numerusform>%n foto escrita, </numerusform>
            <numerusform>%n fotos escritas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there, </source>
        <translation>
            <numerusform>%n ya existía, </numerusform>
            <numerusform>%n ya existían, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped, </source>
        <translation>
            <numerusform>%n omitida, </numerusform>
            <numerusform>%n omitidas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed; </source>
        <translation>
            <numerusform>%n con error; </numerusform>
            <numerusform>%n con error; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a photo.</source>
        <translation>
            <numerusform>%n usuario sin foto.</numerusform>
            <numerusform>%n usuarios sin foto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>Índice: %1</translation>
    </message>
    <message>
        <source>Stopped: the folder keeps refusing writes.</source>
        <translation>Detenido: la carpeta sigue rechazando las escrituras.</translation>
    </message>
    <message>
        <source>Files are named &lt;sAMAccountName&gt;.jpg (or .png, .gif ... after the photo&apos;s real format),
made safe for any filesystem. Existing files are never replaced unless --overwrite is
given; they are reported and left out of the index, and the exit code is 3. The index
(index.csv: AD_user,path_to_file with relative paths) re-imports as is with
&apos;adphoto-cli import --csv DIR/index.csv&apos;.</source>
        <translation>Los archivos se llaman &lt;sAMAccountName&gt;.jpg (o .png, .gif ... según el formato real de la foto),
con nombres válidos en cualquier sistema de archivos. Los archivos existentes nunca se reemplazan sin
--overwrite; se informa de ellos, quedan fuera del índice y el código de salida es 3. El índice
(index.csv: AD_user,path_to_file con rutas relativas) se vuelve a importar tal cual con
&apos;adphoto-cli import --csv DIR/index.csv&apos;.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::HistoryCommand</name>
    <message>
        <source>List the photo changes recorded in the journal, oldest first.</source>
        <translation>Enumerar los cambios de fotos guardados en el registro, los más antiguos primero.</translation>
    </message>
    <message>
        <source>Only changes of this user.</source>
        <translation>Solo los cambios de este usuario.</translation>
    </message>
    <message>
        <source>Only changes of this import.</source>
        <translation>Solo los cambios de esta importación.</translation>
    </message>
    <message>
        <source>history takes no arguments; use --user USER.</source>
        <translation>history no admite argumentos; use --user USER.</translation>
    </message>
    <message>
        <source>Works offline, from the local journal. USER is a sAMAccountName, DN or &lt;GUID=...&gt;.</source>
        <translation>Funciona sin conexión, a partir del registro local. USER es un sAMAccountName, un DN o &lt;GUID=...&gt;.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::ImportCommand</name>
    <message>
        <source>Import photos from a folder or a CSV: plan, review, apply, resume.</source>
        <translation>Importar fotos de una carpeta o un CSV: planificar, revisar, aplicar, reanudar.</translation>
    </message>
    <message>
        <source>Match the image files in DIR to users by name.</source>
        <translation>Asociar por nombre los archivos de imagen de DIR con usuarios.</translation>
    </message>
    <message>
        <source>Also look in DIR&apos;s subfolders.</source>
        <translation>Buscar también en las subcarpetas de DIR.</translation>
    </message>
    <message>
        <source>Extra file name pattern, e.g. {givenName}.{sn} (repeatable).</source>
        <translation>Patrón de nombre de archivo adicional, p. ej. {givenName}.{sn} (repetible).</translation>
    </message>
    <message>
        <source>Read user,file pairs from a CSV file.</source>
        <translation>Leer pares usuario,archivo de un archivo CSV.</translation>
    </message>
    <message>
        <source>CSV encoding: auto, utf-8, utf-16, windows-1252 ...</source>
        <translation>Codificación del CSV: auto, utf-8, utf-16, windows-1252 ...</translation>
    </message>
    <message>
        <source>CSV delimiter: auto, &apos;,&apos;, &apos;;&apos; or tab.</source>
        <translation>Delimitador del CSV: auto, &apos;,&apos;, &apos;;&apos; o tab.</translation>
    </message>
    <message>
        <source>The CSV has no header row.</source>
        <translation>El CSV no tiene fila de encabezado.</translation>
    </message>
    <message>
        <source>CSV column with the user (name or 1-based number).</source>
        <translation>Columna del CSV con el usuario (nombre o número desde 1).</translation>
    </message>
    <message>
        <source>CSV column with the file (name or 1-based number).</source>
        <translation>Columna del CSV con el archivo (nombre o número desde 1).</translation>
    </message>
    <message>
        <source>Map a Windows path prefix to a local one, e.g. &apos;C:\Photos=/mnt/p&apos; (repeatable).</source>
        <translation>Asignar un prefijo de ruta de Windows a uno local, p. ej. &apos;C:\Photos=/mnt/p&apos; (repetible).</translation>
    </message>
    <message>
        <source>Apply a plan written by --dry-run --format json (perhaps edited).</source>
        <translation>Aplicar un plan escrito con --dry-run --format json (quizá editado).</translation>
    </message>
    <message>
        <source>Finish an interrupted import (the newest, or IMPORT_ID).</source>
        <translation>Terminar una importación interrumpida (la más reciente o IMPORT_ID).</translation>
    </message>
    <message>
        <source>Only print the plan; change nothing.</source>
        <translation>Mostrar solo el plan; no cambiar nada.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>No pedir confirmación.</translation>
    </message>
    <message>
        <source>Skip users who already have a photo.</source>
        <translation>Omitir los usuarios que ya tienen foto.</translation>
    </message>
    <message>
        <source>Skip disabled accounts.</source>
        <translation>Omitir las cuentas deshabilitadas.</translation>
    </message>
    <message>
        <source>Match only users under this OU.</source>
        <translation>Asociar solo usuarios bajo esta UO.</translation>
    </message>
    <message>
        <source>Photos prepared in parallel (default: one per core).</source>
        <translation>Fotos preparadas en paralelo (predeterminado: una por núcleo).</translation>
    </message>
    <message>
        <source>At most N writes per second (default: unlimited).</source>
        <translation>Como máximo N escrituras por segundo (predeterminado: ilimitado).</translation>
    </message>
    <message>
        <source>Cannot read the plan %1: %2</source>
        <translation>No se puede leer el plan %1: %2</translation>
    </message>
    <message>
        <source>Listing users</source>
        <translation>Enumerando usuarios</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n fila lista</numerusform>
            <numerusform>%n filas listas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a person (ambiguous, unmatched, conflict)</source>
        <translation>
            <numerusform>%n necesita una persona (ambigua, sin coincidencia, conflicto)</numerusform>
            <numerusform>%n necesitan una persona (ambiguas, sin coincidencia, conflicto)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1: %2 written, %3 unchanged, %4 conflict(s), %5 failed%6.</source>
        <translation>Importación %1: %2 escritas, %3 sin cambios, %4 conflicto(s), %5 con error%6.</translation>
    </message>
    <message numerus="yes">
        <source>, %n done before</source>
        <translation>
            <numerusform>, %n hecho antes</numerusform>
            <numerusform>, %n hechos antes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled between users; finish with: adphoto-cli import --resume %1</source>
        <translation>Cancelado entre dos usuarios; termine con: adphoto-cli import --resume %1</translation>
    </message>
    <message>
        <source>The DC could not be reached; nothing is lost. Finish with: adphoto-cli import --resume %1</source>
        <translation>No se pudo contactar con el DC; no se ha perdido nada. Termine con: adphoto-cli import --resume %1</translation>
    </message>
    <message>
        <source>Give exactly one of --folder, --csv, --plan or --resume.</source>
        <translation>Indique exactamente una de --folder, --csv, --plan o --resume.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--resume cannot be a dry run.</source>
        <translation>--resume no puede ser una simulación.</translation>
    </message>
    <message>
        <source>--jobs needs a positive whole number.</source>
        <translation>--jobs necesita un número entero positivo.</translation>
    </message>
    <message>
        <source>--rate needs a positive number of writes per second.</source>
        <translation>--rate necesita un número positivo de escrituras por segundo.</translation>
    </message>
    <message>
        <source>Nothing to apply: no row is ready.</source>
        <translation>Nada que aplicar: ninguna fila está lista.</translation>
    </message>
    <message numerus="yes">
        <source>Write photos for %n user(s)?</source>
        <translation>
            <numerusform>¿Escribir las fotos de %n usuario?</numerusform>
            <numerusform>¿Escribir las fotos de %n usuarios?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written without --yes (or a &apos;y&apos; on the terminal). Only rows whose status is
&apos;ready&apos; are applied; ambiguous, unmatched and conflicting files wait for a person.
Every replaced photo is backed up in the journal first; the import id is the first line
on stderr. Exit code 3 when some users failed (or the DC went away: then --resume).</source>
        <translation>No se escribe nada sin --yes (o una &apos;y&apos; en el terminal). Solo se aplican las filas cuyo estado es
&apos;ready&apos;; los archivos ambiguos, sin coincidencia o en conflicto esperan a una persona.
Cada foto reemplazada se guarda antes en el registro; el id de importación es la primera línea
de stderr. Código de salida 3 si fallaron algunos usuarios (o si el DC desapareció: entonces --resume).</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Escribiendo</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::MatchCommand</name>
    <message>
        <source>match needs --folder DIR.</source>
        <translation>match necesita --folder DIR.</translation>
    </message>
    <message>
        <source>Propose a user for every photo in a folder (changes nothing).</source>
        <translation>Proponer un usuario para cada foto de una carpeta (no cambia nada).</translation>
    </message>
    <message>
        <source>The folder with the photos.</source>
        <translation>La carpeta con las fotos.</translation>
    </message>
    <message>
        <source>Also match the photos in subfolders.</source>
        <translation>Asociar también las fotos de las subcarpetas.</translation>
    </message>
    <message>
        <source>A file-name pattern from attributes, e.g. {givenName}.{sn} (repeatable).</source>
        <translation>Un patrón de nombre de archivo a partir de atributos, p. ej. {givenName}.{sn} (repetible).</translation>
    </message>
    <message>
        <source>Only match users under this OU (subtree).</source>
        <translation>Asociar solo usuarios bajo esta UO (subárbol).</translation>
    </message>
    <message>
        <source>match takes no arguments; use --folder DIR.</source>
        <translation>match no admite argumentos; use --folder DIR.</translation>
    </message>
    <message>
        <source>Listing users</source>
        <translation>Enumerando usuarios</translation>
    </message>
    <message>
        <source>Indexing users</source>
        <translation>Indexando usuarios</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Asociando</translation>
    </message>
    <message>
        <source>%1 matched, %2 ambiguous, %3 unmatched, %4 in conflict, %5 skipped.</source>
        <translation>%1 asociados, %2 ambiguos, %3 sin coincidencia, %4 en conflicto, %5 omitidos.</translation>
    </message>
    <message>
        <source>Rules, all tried: sAMAccountName, userPrincipalName, mail and its local part, employeeID,
displayName, &quot;given surname&quot;, &quot;surname given&quot;, &quot;surname, given&quot;, initial + surname, and
--pattern (attributes in braces: {givenName}.{sn}, {sn}_{givenName:1}, {employeeID}).
Case, NFC/NFD, diacritics (é→e, ł→l, ß→ss, ü→ue), separators and copy suffixes are ignored.
A file is &quot;matched&quot; only when every rule that fits names the same single user; otherwise
it is &quot;ambiguous&quot; and lists the candidates. Unmatched files may list suggestions (typos);
they are never applied. Exit code 5 when any file is ambiguous or in conflict.</source>
        <translation>Reglas, se prueban todas: sAMAccountName, userPrincipalName, mail y su parte local, employeeID,
displayName, «nombre apellido», «apellido nombre», «apellido, nombre», inicial + apellido y
--pattern (atributos entre llaves: {givenName}.{sn}, {sn}_{givenName:1}, {employeeID}).
Se ignoran mayúsculas, NFC/NFD, diacríticos (é→e, ł→l, ß→ss, ü→ue), separadores y sufijos de copia.
Un archivo solo está «asociado» cuando todas las reglas que encajan indican el mismo usuario único; si no,
es «ambiguo» y muestra los candidatos. Los archivos sin coincidencia pueden mostrar sugerencias (erratas);
nunca se aplican. Código de salida 5 si algún archivo es ambiguo o está en conflicto.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoGetCommand</name>
    <message>
        <source>Save one user&apos;s photo to a file.</source>
        <translation>Guardar la foto de un usuario en un archivo.</translation>
    </message>
    <message>
        <source>Write the photo to FILE (&apos;-&apos; for stdout).</source>
        <translation>Escribir la foto en FILE (&apos;-&apos; para stdout).</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli photo get USER -o FILE</source>
        <translation>Uso: adphoto-cli photo get USER -o FILE</translation>
    </message>
    <message>
        <source>%1 has no photo.</source>
        <translation>%1 no tiene foto.</translation>
    </message>
    <message>
        <source>Cannot write the photo to stdout.</source>
        <translation>No se puede escribir la foto en stdout.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes saved.</source>
        <translation>%1: %2 bytes guardados.</translation>
    </message>
    <message>
        <source>USER is a sAMAccountName, userPrincipalName, mail address, DN or &lt;GUID=...&gt;.</source>
        <translation>USER es un sAMAccountName, un userPrincipalName, una dirección de correo, un DN o &lt;GUID=...&gt;.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoPrepareCommand</name>
    <message>
        <source>No such file.</source>
        <translation>No existe el archivo.</translation>
    </message>
    <message numerus="yes">
        <source>The file is %n MiB, more than any photo should be.</source>
        <translation>
            <numerusform>El archivo ocupa %n MiB, más de lo que debería ocupar cualquier foto.</numerusform>
            <numerusform>El archivo ocupa %n MiB, más de lo que debería ocupar cualquier foto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The output would overwrite the input; choose another -o.</source>
        <translation>La salida sobrescribiría la entrada; elija otro -o.</translation>
    </message>
    <message>
        <source>Cannot read the file.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Turn image files into the square JPEGs AD should hold, without touching the directory.</source>
        <translation>Convertir archivos de imagen en los JPEG cuadrados que debería contener AD, sin tocar el directorio.</translation>
    </message>
    <message>
        <source>Output file (one input) or directory (several inputs or a DIR).</source>
        <translation>Archivo de salida (una entrada) o directorio (varias entradas o un DIR).</translation>
    </message>
    <message>
        <source>Photos prepared at once (default: one per core).</source>
        <translation>Fotos preparadas a la vez (predeterminado: una por núcleo).</translation>
    </message>
    <message>
        <source>Refuse images above this many megapixels before decoding (default 50).</source>
        <translation>Rechazar antes de decodificar las imágenes de más de estos megapíxeles (predeterminado 50).</translation>
    </message>
    <message>
        <source>Haar cascade for face detection (default: opencv-data&apos;s frontal face cascade).</source>
        <translation>Cascada de Haar para la detección de caras (predeterminada: la cascada de cara frontal de opencv-data).</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli photo prepare FILE... | DIR -o OUT</source>
        <translation>Uso: adphoto-cli photo prepare FILE... | DIR -o OUT</translation>
    </message>
    <message>
        <source>--max-megapixels must be a positive number.</source>
        <translation>--max-megapixels debe ser un número positivo.</translation>
    </message>
    <message>
        <source>--jobs must be a positive number.</source>
        <translation>--jobs debe ser un número positivo.</translation>
    </message>
    <message>
        <source>No image files found in %1.</source>
        <translation>No se encontraron archivos de imagen en %1.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>No se puede crear el directorio %1.</translation>
    </message>
    <message>
        <source>Preparing photos</source>
        <translation>Preparando fotos</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n photo(s).</source>
        <translation>
            <numerusform>Cancelado después de %n foto.</numerusform>
            <numerusform>Cancelado después de %n fotos.</numerusform>
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
        <translation>Lee JPEG, PNG, BMP, GIF, TIFF y WebP (reconocidos por su contenido), aplica la rotación EXIF, recorta un
cuadrado alrededor de la cara (o del centro) y escribe el JPEG de mayor calidad dentro del presupuesto de bytes.
Con un único FILE de entrada, OUT es el archivo de salida salvo que sea un directorio existente. Con varias
entradas o un DIR (sus archivos de imagen, por extensión), OUT es un directorio (creado si hace falta) que recibe
&lt;nombre&gt;.jpg por entrada, o &lt;nombre&gt;.&lt;ext&gt;.jpg cuando dos entradas comparten nombre.
Un informe por archivo (--format json: una matriz; un archivo con error tiene &quot;error&quot;). Código de salida 0 si
se prepararon todos los archivos, 3 si fallaron algunos, 1 si fallaron todos.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoRemoveCommand</name>
    <message>
        <source>Remove one user&apos;s photo (backed up in the journal first).</source>
        <translation>Eliminar la foto de un usuario (guardada antes en el registro).</translation>
    </message>
    <message>
        <source>Asks for confirmation on a terminal; without one, --yes is required.
The removed photo stays in the journal: &apos;adphoto-cli restore USER&apos; puts it back.</source>
        <translation>Pide confirmación en un terminal; sin terminal, se requiere --yes.
La foto eliminada se queda en el registro: &apos;adphoto-cli restore USER&apos; la vuelve a poner.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>No pedir confirmación.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli photo remove USER [--yes]</source>
        <translation>Uso: adphoto-cli photo remove USER [--yes]</translation>
    </message>
    <message>
        <source>%1 has no photo; nothing to remove.</source>
        <translation>%1 no tiene foto; no hay nada que eliminar.</translation>
    </message>
    <message>
        <source>Remove the photo of %1 (%2)?</source>
        <translation>¿Eliminar la foto de %1 (%2)?</translation>
    </message>
    <message>
        <source>%1: photo removed (backup kept in the journal, change %2).</source>
        <translation>%1: foto eliminada (copia guardada en el registro, cambio %2).</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoSetCommand</name>
    <message>
        <source>Set one user&apos;s photo (the old one is backed up in the journal).</source>
        <translation>Establecer la foto de un usuario (la anterior se guarda en el registro).</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli photo set USER FILE</source>
        <translation>Uso: adphoto-cli photo set USER FILE</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MiB.</source>
        <translation>%1 ocupa más de 256 MiB.</translation>
    </message>
    <message>
        <source>The prepared photo (%1 bytes) is larger than the 102,400 bytes AD allows.</source>
        <translation>La foto preparada (%1 bytes) supera los 102.400 bytes que admite AD.</translation>
    </message>
    <message>
        <source>%1: the photo is already identical; nothing written.</source>
        <translation>%1: la foto ya es idéntica; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1: photo set (%2 bytes; the previous one is kept in the journal, change %3).</source>
        <translation>%1: foto establecida (%2 bytes; la anterior se guarda en el registro, cambio %3).</translation>
    </message>
    <message>
        <source>USER is a sAMAccountName, userPrincipalName, mail address, DN or &lt;GUID=...&gt;.
FILE may be any JPEG, PNG, BMP, GIF, TIFF or WebP: it is cropped square (on the face),
resized to a multiple of 96 px and compressed to the best quality under the byte budget.</source>
        <translation>USER es un sAMAccountName, un userPrincipalName, una dirección de correo, un DN o &lt;GUID=...&gt;.
FILE puede ser cualquier JPEG, PNG, BMP, GIF, TIFF o WebP: se recorta en cuadrado (sobre la cara),
se redimensiona a un múltiplo de 96 px y se comprime con la mejor calidad dentro del presupuesto de bytes.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoSpecOptions</name>
    <message>
        <source>Photo edge in pixels: 96 (default), 192, 288, 384, 480, 576 or 648.</source>
        <translation>Lado de la foto en píxeles: 96 (predeterminado), 192, 288, 384, 480, 576 o 648.</translation>
    </message>
    <message>
        <source>Byte budget of the JPEG (default 102400, AD&apos;s limit; e.g. 10240 for old Exchange).</source>
        <translation>Presupuesto de bytes del JPEG (predeterminado 102400, el límite de AD; p. ej. 10240 para Exchange antiguo).</translation>
    </message>
    <message>
        <source>Do not look for a face: crop the centre (a little above it for portrait photos).</source>
        <translation>No buscar una cara: recortar el centro (un poco por encima en fotos verticales).</translation>
    </message>
    <message>
        <source>Crop this square instead: left, top, edge, edge in pixels of the upright photo.</source>
        <translation>Recortar en su lugar este cuadrado: izquierda, arriba, lado, lado en píxeles de la foto en vertical.</translation>
    </message>
    <message>
        <source>--crop wants four non-negative integers X,Y,S,S, not &quot;%1&quot;.</source>
        <translation>--crop necesita cuatro enteros no negativos X,Y,S,S, no «%1».</translation>
    </message>
    <message>
        <source>--crop must be a square (X,Y,S,S with S &gt; 0), not &quot;%1&quot;.</source>
        <translation>--crop debe ser un cuadrado (X,Y,S,S con S &gt; 0), no «%1».</translation>
    </message>
    <message>
        <source>--size must be 96, 192, 288, 384, 480, 576 or 648, not &quot;%1&quot;.</source>
        <translation>--size debe ser 96, 192, 288, 384, 480, 576 o 648, no «%1».</translation>
    </message>
    <message>
        <source>--max-bytes must be a positive number of bytes, not &quot;%1&quot;.</source>
        <translation>--max-bytes debe ser un número positivo de bytes, no «%1».</translation>
    </message>
    <message>
        <source>%1×%1, kept as it was, %2 bytes</source>
        <translation>%1×%1, conservada tal cual, %2 bytes</translation>
    </message>
    <message>
        <source>%1×%1, quality %2, %3 bytes</source>
        <translation>%1×%1, calidad %2, %3 bytes</translation>
    </message>
    <message>
        <source>face found</source>
        <translation>cara encontrada</translation>
    </message>
    <message>
        <source>no face</source>
        <translation>sin cara</translation>
    </message>
    <message>
        <source>crop %1</source>
        <translation>recorte %1</translation>
    </message>
    <message>
        <source>Keep a JPEG that already conforms (square, an allowed size, under the budget) byte for byte, dropping only its metadata.</source>
        <translation>Conservar byte a byte un JPEG que ya cumple (cuadrado, tamaño permitido, dentro del presupuesto), quitando solo sus metadatos.</translation>
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
        <translation>Volver a poner una foto anterior de un usuario desde el registro.</translation>
    </message>
    <message>
        <source>Restore the state at this time (RFC 3339).</source>
        <translation>Restaurar el estado en ese momento (RFC 3339).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>No pedir confirmación.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli restore USER [--at TIME] [--yes]</source>
        <translation>Uso: adphoto-cli restore USER [--at TIME] [--yes]</translation>
    </message>
    <message>
        <source>--at needs an RFC 3339 time with a zone, e.g. 2026-11-25T08:00:00Z, not &quot;%1&quot;.</source>
        <translation>--at necesita una hora RFC 3339 con zona, p. ej. 2026-11-25T08:00:00Z, no «%1».</translation>
    </message>
    <message>
        <source>Remove the photo of %1 (it had none then)?</source>
        <translation>¿Eliminar la foto de %1 (entonces no tenía ninguna)?</translation>
    </message>
    <message>
        <source>Put back the earlier photo (%1 bytes) of %2?</source>
        <translation>¿Volver a poner la foto anterior (%1 bytes) de %2?</translation>
    </message>
    <message>
        <source>%1 already has that photo; nothing written.</source>
        <translation>%1 ya tiene esa foto; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 restored (change %2).</source>
        <translation>%1 restaurado (cambio %2).</translation>
    </message>
    <message>
        <source>Without --at, puts back the photo the most recent change replaced (or removes the photo
if there was none). With --at (RFC 3339, e.g. 2026-11-25T08:00:00Z), puts back the photo the
user had at that time. The current photo is backed up in the journal first.</source>
        <translation>Sin --at, vuelve a poner la foto que reemplazó el cambio más reciente (o elimina la foto
si no había ninguna). Con --at (RFC 3339, p. ej. 2026-11-25T08:00:00Z), vuelve a poner la foto que el
usuario tenía en ese momento. La foto actual se guarda antes en el registro.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::UndoCommand</name>
    <message>
        <source>Revert every photo an import changed (unless changed again since).</source>
        <translation>Revertir cada foto que cambió una importación (salvo que haya vuelto a cambiar desde entonces).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>No pedir confirmación.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli undo IMPORT_ID [--yes]</source>
        <translation>Uso: adphoto-cli undo IMPORT_ID [--yes]</translation>
    </message>
    <message>
        <source>Revert the photos changed by import %1?</source>
        <translation>¿Revertir las fotos cambiadas por la importación %1?</translation>
    </message>
    <message>
        <source>Reverting %1/%2</source>
        <translation>Revirtiendo %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) reverted</source>
        <translation>
            <numerusform>%n usuario revertido</numerusform>
            <numerusform>%n usuarios revertidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not</source>
        <translation>
            <numerusform>, %n no</numerusform>
            <numerusform>, %n no</numerusform>
        </translation>
    </message>
    <message>
        <source>Each user is reverted only if the photo is still the one the import wrote; others are
reported as conflict. Exit code 3 when some users could not be reverted.</source>
        <translation>Cada usuario se revierte solo si la foto sigue siendo la que escribió la importación; los demás se
notifican como conflicto. Código de salida 3 si no se pudieron revertir algunos usuarios.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::UsersCommand</name>
    <message>
        <source>List users with a photo indicator.</source>
        <translation>Enumerar usuarios con un indicador de foto.</translation>
    </message>
    <message>
        <source>Only users without a photo.</source>
        <translation>Solo los usuarios sin foto.</translation>
    </message>
    <message>
        <source>Only users under this OU (subtree).</source>
        <translation>Solo los usuarios bajo esta UO (subárbol).</translation>
    </message>
    <message>
        <source>Do not download photos to measure them; photoBytes is null (for slow links).</source>
        <translation>No descargar las fotos para medirlas; photoBytes es null (para conexiones lentas).</translation>
    </message>
    <message>
        <source>users takes no arguments.</source>
        <translation>users no admite argumentos.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n usuario.</numerusform>
            <numerusform>%n usuarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns: dn, objectGUID, sAMAccountName, userPrincipalName, displayName, givenName, sn, mail,
employeeID, disabled, hasPhoto, photoBytes (null when absent). Each photo is fetched to
measure it and freed at once; --no-photo-sizes only asks whether there is one.</source>
        <translation>Columnas: dn, objectGUID, sAMAccountName, userPrincipalName, displayName, givenName, sn, mail,
employeeID, disabled, hasPhoto, photoBytes (null si no hay). Cada foto se descarga para
medirla y se libera enseguida; --no-photo-sizes solo pregunta si hay una.</translation>
    </message>
    <message>
        <source>Listing users</source>
        <translation>Enumerando usuarios</translation>
    </message>
</context>
<context>
    <name>adphoto::deploy::DeployTemplate</name>
    <message>
        <source>The built-in template %1 is missing.</source>
        <translation>Falta la plantilla integrada %1.</translation>
    </message>
    <message>
        <source>The template %1 has a placeholder %2 without a value.</source>
        <translation>La plantilla %1 tiene un marcador %2 sin valor.</translation>
    </message>
    <message>
        <source>The template %1 has no placeholder %2.</source>
        <translation>La plantilla %1 no tiene ningún marcador %2.</translation>
    </message>
</context>
<context>
    <name>adphoto::deploy::DeployZip</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Cannot write the zip file %1.</source>
        <translation>No se puede escribir el archivo zip %1.</translation>
    </message>
    <message>
        <source>Cannot add %1 to the zip file.</source>
        <translation>No se puede añadir %1 al archivo zip.</translation>
    </message>
    <message>
        <source>Cannot finish the zip file %1.</source>
        <translation>No se puede terminar el archivo zip %1.</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>No se puede guardar %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::deploy::GpoBackup</name>
    <message>
        <source>The deploy options were not resolved before building the GPO backup.</source>
        <translation>Las opciones de despliegue no se resolvieron antes de crear la copia de seguridad de la GPO.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::AuditPage</name>
    <message>
        <source>Whole directory (the base DN)</source>
        <translation>Todo el directorio (el DN base)</translation>
    </message>
    <message>
        <source>Audit only the users below this OU (a DN). Double-click an OU in the table to choose it.</source>
        <translation>Auditar solo los usuarios bajo esta UO (un DN). Haga doble clic en una UO de la tabla para elegirla.</translation>
    </message>
    <message>
        <source>&amp;OU:</source>
        <translation>&amp;UO:</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <source>Photos larger than this are reported as over the byte limit (1 KB = 1,024 bytes)</source>
        <translation>Las fotos más grandes se notifican como por encima del límite de bytes (1 KB = 1.024 bytes)</translation>
    </message>
    <message>
        <source>&amp;Byte limit:</source>
        <translation>&amp;Límite de bytes:</translation>
    </message>
    <message>
        <source>&amp;Run audit</source>
        <translation>&amp;Ejecutar auditoría</translation>
    </message>
    <message>
        <source>Read every user&apos;s photo once and report what is missing or wrong (F5)</source>
        <translation>Leer una vez la foto de cada usuario e informar de lo que falta o está mal (F5)</translation>
    </message>
    <message>
        <source>%v users read</source>
        <translation>%v usuarios leídos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Run the audit to see which users have no photo and which photos need attention.</source>
        <translation>Ejecute la auditoría para ver qué usuarios no tienen foto y qué fotos necesitan atención.</translation>
    </message>
    <message>
        <source>Users without a photo per OU</source>
        <translation>Usuarios sin foto por UO</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exportar &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Import for these users…</source>
        <translation>&amp;Importar para estos usuarios…</translation>
    </message>
    <message>
        <source>Open the bulk import limited to the users without a photo</source>
        <translation>Abrir la importación masiva limitada a los usuarios sin foto</translation>
    </message>
    <message>
        <source>Connect to a directory first.</source>
        <translation>Conéctese primero a un directorio.</translation>
    </message>
    <message>
        <source>Reading users and photos…</source>
        <translation>Leyendo usuarios y fotos…</translation>
    </message>
    <message>
        <source>The audit was cancelled.</source>
        <translation>Se canceló la auditoría.</translation>
    </message>
    <message>
        <source>The audit failed: %1</source>
        <translation>Falló la auditoría: %1</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Audit finished: %n user(s) without a photo.</source>
        <translation>
            <numerusform>Auditoría terminada: %n usuario sin foto.</numerusform>
            <numerusform>Auditoría terminada: %n usuarios sin foto.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 users, %3 with a photo, %4 without (%5 %); %6 findings about photos; byte limit %7 bytes.</source>
        <translation>%1: %2 usuarios, %3 con foto, %4 sin foto (%5 %); %6 hallazgos sobre fotos; límite de bytes %7 bytes.</translation>
    </message>
    <message>
        <source>Export the audit as HTML</source>
        <translation>Exportar la auditoría como HTML</translation>
    </message>
    <message>
        <source>Export the audit as CSV</source>
        <translation>Exportar la auditoría como CSV</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>Páginas HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Audit saved to %1.</source>
        <translation>Auditoría guardada en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a photo in %1</source>
        <translation>
            <numerusform>%n usuario sin foto en %1</numerusform>
            <numerusform>%n usuarios sin foto en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading users and photos… %n user(s) so far.</source>
        <translation>
            <numerusform>Leyendo usuarios y fotos… %n usuario hasta ahora.</numerusform>
            <numerusform>Leyendo usuarios y fotos… %n usuarios hasta ahora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adphoto::gui::ConnectFlow</name>
    <message>
        <source>Choose the domain controller to work with.</source>
        <translation>Elija el controlador de dominio con el que trabajar.</translation>
    </message>
    <message>
        <source>Looking for the saved password…</source>
        <translation>Buscando la contraseña guardada…</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Introduzca la contraseña de %1.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>The password is saved in the system keychain.</source>
        <translation>La contraseña está guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>No se pudo guardar la contraseña: %1</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Conectado: %1</translation>
    </message>
    <message>
        <source>The saved password was refused: %1</source>
        <translation>Se rechazó la contraseña guardada: %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>No conectado: %1</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::Connection</name>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Se canceló la conexión.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
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
        <translation>Sellado Kerberos</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>sin cifrar</translation>
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
        <translation>Conectar con Active Directory</translation>
    </message>
    <message>
        <source>Connections are saved under this name (without the password).</source>
        <translation>Las conexiones se guardan con este nombre (sin la contraseña).</translation>
    </message>
    <message>
        <source>New profile name</source>
        <translation>Nombre del nuevo perfil</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Domain controller</source>
        <translation>Controlador de dominio</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Find a DC of the &amp;domain:</source>
        <translation>Buscar un DC del &amp;dominio:</translation>
    </message>
    <message>
        <source>ldaps://dc1.example.com or dc1.example.com</source>
        <translation>ldaps://dc1.example.com o dc1.example.com</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>resolvedor del sistema</translation>
    </message>
    <message>
        <source>the domain&apos;s naming context</source>
        <translation>el contexto de nombres del dominio</translation>
    </message>
    <message>
        <source>DNS server for discovery:</source>
        <translation>Servidor DNS para la detección:</translation>
    </message>
    <message>
        <source>Search &amp;base:</source>
        <translation>&amp;Base de búsqueda:</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Automatic (StartTLS for passwords, Kerberos sealing)</source>
        <translation>Automático (StartTLS para contraseñas, sellado Kerberos)</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>LDAPS (port 636)</source>
        <translation>LDAPS (puerto 636)</translation>
    </message>
    <message>
        <source>None: Kerberos sealing only</source>
        <translation>Ninguno: solo sellado Kerberos</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>certificados del sistema</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Do not verify the server certificate (unsafe)</source>
        <translation>No verificar el certificado del servidor (inseguro)</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>Certificados de &amp;CA:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Kerberos (my current ticket)</source>
        <translation>&amp;Kerberos (mi ticket actual)</translation>
    </message>
    <message>
        <source>User name and &amp;password</source>
        <translation>Nombre de usuario y &amp;contraseña</translation>
    </message>
    <message>
        <source>admin@example.com or EXAMPLE\admin</source>
        <translation>admin@example.com o EXAMPLE\admin</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Enter the server to connect to.</source>
        <translation>Indique el servidor con el que conectarse.</translation>
    </message>
    <message>
        <source>Enter the domain whose domain controllers should be found.</source>
        <translation>Indique el dominio cuyos controladores de dominio se deben buscar.</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Introduzca la contraseña de %1.</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificados de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CropView</name>
    <message>
        <source>Crop frame</source>
        <translation>Marco de recorte</translation>
    </message>
    <message>
        <source>Arrow keys move the frame, Shift moves it further, + and - resize it.</source>
        <translation>Las flechas mueven el marco, Mayús lo mueve más, + y - cambian su tamaño.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvApplyPage</name>
    <message>
        <source>Writing photos</source>
        <translation>Escribiendo fotos</translation>
    </message>
    <message>
        <source>Every replaced photo is kept in the history first; the whole import can be undone.</source>
        <translation>Cada foto reemplazada se guarda antes en el historial; toda la importación se puede deshacer.</translation>
    </message>
    <message>
        <source>%v of %m written</source>
        <translation>%v de %m escritas</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop after the current user; the rest can be resumed later (Esc)</source>
        <translation>Detener después del usuario actual; el resto se puede reanudar más tarde (Esc)</translation>
    </message>
    <message>
        <source>Results per user</source>
        <translation>Resultados por usuario</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Not connected to a directory.</source>
        <translation>No hay conexión con un directorio.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Stopping after the current user…</source>
        <translation>Deteniendo después del usuario actual…</translation>
    </message>
    <message>
        <source>The import did not run: %1</source>
        <translation>La importación no se ejecutó: %1</translation>
    </message>
    <message>
        <source>The import was stopped; it can be resumed from the bulk import page.</source>
        <translation>Se detuvo la importación; se puede reanudar desde la página de importación masiva.</translation>
    </message>
    <message>
        <source>Import %1: %2 written, %3 unchanged, %4 changed meanwhile, %5 failed.</source>
        <translation>Importación %1: %2 escritas, %3 sin cambios, %4 modificadas entretanto, %5 con error.</translation>
    </message>
    <message>
        <source>Stopped: %1. Resume it from the bulk import page when the directory is back.</source>
        <translation>Detenida: %1. Reanúdela desde la página de importación masiva cuando el directorio vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>Stopped by you; resume it from the bulk import page.</source>
        <translation>Detenida por usted; reanúdela desde la página de importación masiva.</translation>
    </message>
    <message>
        <source>Done. Next shows the summary and exports the results.</source>
        <translation>Hecho. «Siguiente» muestra el resumen y exporta los resultados.</translation>
    </message>
    <message>
        <source>Stopped before anything was written.</source>
        <translation>Detenida antes de escribir nada.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvFilePage</name>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>A CSV file with one line per user: the user (account name, e-mail, UPN or DN) and the photo file. Excel and script exports work as they are.</source>
        <translation>Un archivo CSV con una línea por usuario: el usuario (nombre de cuenta, correo, UPN o DN) y el archivo de la foto. Las exportaciones de Excel y de scripts funcionan tal cual.</translation>
    </message>
    <message>
        <source>e.g. /srv/photos/photos.csv</source>
        <translation>p. ej. /srv/photos/photos.csv</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>CSV file with users and photos</source>
        <translation>Archivo CSV con usuarios y fotos</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv)</source>
        <translation>Archivos CSV y de texto (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the file with Browse, or type its path.</source>
        <translation>Elija el archivo con «Examinar» o escriba su ruta.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a CSV file.</source>
        <translation>%1 es una carpeta; elija un archivo CSV.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation>No se puede leer %1 (permisos).</translation>
    </message>
    <message>
        <source>%1, changed %2.</source>
        <translation>%1, modificado el %2.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvImportWizard</name>
    <message>
        <source>Import photos from a CSV file</source>
        <translation>Importar fotos desde un archivo CSV</translation>
    </message>
    <message>
        <source>Connect to a directory first: the CSV&apos;s users are looked up there.</source>
        <translation>Conéctese primero a un directorio: allí se buscan los usuarios del CSV.</translation>
    </message>
    <message>
        <source>The user list is still loading; this page continues when it is complete.</source>
        <translation>La lista de usuarios aún se está cargando; esta página continuará cuando esté completa.</translation>
    </message>
    <message>
        <source>The directory listed no users.</source>
        <translation>El directorio no enumeró ningún usuario.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvMappingPage</name>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lectura del archivo</translation>
    </message>
    <message>
        <source>Check that names and paths look right below. Everything is detected; change what is not.</source>
        <translation>Compruebe abajo que los nombres y las rutas son correctos. Todo se detecta; cambie lo que no esté bien.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Coma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto y coma ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Barra vertical |</translation>
    </message>
    <message>
        <source>The first line names the columns</source>
        <translation>La primera línea nombra las columnas</translation>
    </message>
    <message>
        <source>No header line: every line is a user</source>
        <translation>Sin línea de encabezado: cada línea es un usuario</translation>
    </message>
    <message>
        <source>One per line, e.g. C:\Photos=/mnt/photos</source>
        <translation>Una por línea, p. ej. C:\Photos=/mnt/photos</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Encabezado:</translation>
    </message>
    <message>
        <source>&amp;User column:</source>
        <translation>Columna de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Photo column:</source>
        <translation>Columna de &amp;foto:</translation>
    </message>
    <message>
        <source>&amp;Windows paths:</source>
        <translation>Rutas de &amp;Windows:</translation>
    </message>
    <message>
        <source>Preview of the CSV file</source>
        <translation>Vista previa del archivo CSV</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Detectar (%1)</translation>
    </message>
    <message>
        <source>The file cannot be read with these settings.</source>
        <translation>El archivo no se puede leer con esta configuración.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (columna %2)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Foto: %1</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, delimiter %2, %3; %n record(s).</source>
        <translation>
            <numerusform>Leído como %1, delimitador %2, %3; %n registro.</numerusform>
            <numerusform>Leído como %1, delimitador %2, %3; %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>names on line 1</source>
        <translation>nombres en la línea 1</translation>
    </message>
    <message>
        <source>no header line</source>
        <translation>sin línea de encabezado</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be split (shown in red).</source>
        <translation>
            <numerusform>%n línea no se puede dividir (se muestra en rojo).</numerusform>
            <numerusform>%n líneas no se pueden dividir (se muestran en rojo).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation>Se muestran las %1 primeras.</translation>
    </message>
    <message>
        <source>The file has a header line but no users.</source>
        <translation>El archivo tiene una línea de encabezado pero ningún usuario.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvOptionsPage</name>
    <message>
        <source>Photo options</source>
        <translation>Opciones de foto</translation>
    </message>
    <message>
        <source>Which users to leave alone, and how each photo is cropped and sized before it is written.</source>
        <translation>Qué usuarios dejar como están y cómo se recorta y redimensiona cada foto antes de escribirla.</translation>
    </message>
    <message>
        <source>Only users &amp;without a photo (keep existing photos)</source>
        <translation>Solo usuarios &amp;sin foto (conservar las fotos existentes)</translation>
    </message>
    <message>
        <source>Skip &amp;disabled accounts</source>
        <translation>Omitir las cuentas &amp;deshabilitadas</translation>
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
        <translation>Centrar el recorte en la &amp;cara</translation>
    </message>
    <message>
        <source>Outlook shows 96 px; Teams and Windows look better with larger photos. Active Directory takes at most 100 KB.</source>
        <translation>Outlook muestra 96 px; Teams y Windows se ven mejor con fotos más grandes. Active Directory admite como máximo 100 KB.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Como máximo:</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Ticked lines are written. Lines that fit several users need a pick: select the user cell and press F2.</source>
        <translation>Se escriben las líneas marcadas. Las líneas que coinciden con varios usuarios necesitan una elección: seleccione la celda del usuario y pulse F2.</translation>
    </message>
    <message>
        <source>&amp;Tick all ready</source>
        <translation>&amp;Marcar todas las listas</translation>
    </message>
    <message>
        <source>U&amp;ntick all</source>
        <translation>Des&amp;marcar todas</translation>
    </message>
    <message>
        <source>Import review</source>
        <translation>Revisión de la importación</translation>
    </message>
    <message>
        <source>No line is ready to write with these options.</source>
        <translation>Con estas opciones, ninguna línea está lista para escribirse.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n user(s)</source>
        <translation>
            <numerusform>&amp;Aplicar a %n usuario</numerusform>
            <numerusform>&amp;Aplicar a %n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planificando…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to write</source>
        <translation>
            <numerusform>%n para escribir</numerusform>
            <numerusform>%n para escribir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to choose</source>
        <translation>
            <numerusform>%n para elegir</numerusform>
            <numerusform>%n para elegir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n con problemas</numerusform>
            <numerusform>%n con problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning… %p%</source>
        <translation>Planificando… %p%</translation>
    </message>
    <message>
        <source>Planning cancelled. Go Back and Next to plan again.</source>
        <translation>Planificación cancelada. Pulse Atrás y Siguiente para planificar de nuevo.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvSummaryPage</name>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Modificada entretanto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>Save each user&apos;s result as a CSV file (Ctrl+S)</source>
        <translation>Guardar el resultado de cada usuario como archivo CSV (Ctrl+S)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Result per user</source>
        <translation>Resultado por usuario</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>results-%1.csv</source>
        <translation>resultados-%1.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Resultados guardados en %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvValidationPage</name>
    <message>
        <source>Checking every line</source>
        <translation>Comprobando cada línea</translation>
    </message>
    <message>
        <source>Each line is looked up in the directory and its photo file is checked. Lines in red are left out; fix the file or the settings and come back to check again.</source>
        <translation>Cada línea se busca en el directorio y se comprueba su archivo de foto. Las líneas en rojo se omiten; corrija el archivo o la configuración y vuelva para comprobar de nuevo.</translation>
    </message>
    <message>
        <source>Show only lines with &amp;problems</source>
        <translation>Mostrar solo las líneas con &amp;problemas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>User in the file</source>
        <translation>Usuario en el archivo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Photo file</source>
        <translation>Archivo de foto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Lines of the CSV file</source>
        <translation>Líneas del archivo CSV</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): </source>
        <translation>
            <numerusform>%n línea: </numerusform>
            <numerusform>%n líneas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usable, </source>
        <translation>
            <numerusform>%n utilizable, </numerusform>
            <numerusform>%n utilizables, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems.</source>
        <translation>
            <numerusform>%n con problemas.</numerusform>
            <numerusform>%n con problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No line can be used. Go back and check the columns and paths, or fix the file.</source>
        <translation>No se puede usar ninguna línea. Vuelva atrás y compruebe las columnas y las rutas, o corrija el archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be left out; the others can be imported.</source>
        <translation>
            <numerusform>Se omitirá %n línea; las demás se pueden importar.</numerusform>
            <numerusform>Se omitirán %n líneas; las demás se pueden importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking… %p%</source>
        <translation>Comprobando… %p%</translation>
    </message>
    <message>
        <source>Checking cancelled. Go Back and Next to check again.</source>
        <translation>Comprobación cancelada. Pulse Atrás y Siguiente para comprobar de nuevo.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::DeployPage</name>
    <message>
        <source>Generates a GPO backup that puts each user&apos;s Active Directory photo on their Windows account picture, the client PowerShell script and a README with the steps. Import it with GPMC&apos;s &quot;Import Settings&quot; or Import-GPO.</source>
        <translation>Genera una copia de seguridad de GPO que pone la foto de Active Directory de cada usuario como imagen de su cuenta de Windows, el script de PowerShell del cliente y un README con los pasos. Impórtela con «Importar configuración» de GPMC o con Import-GPO.</translation>
    </message>
    <message>
        <source>How the pictures get onto the computers</source>
        <translation>Cómo llegan las imágenes a los equipos</translation>
    </message>
    <message>
        <source>&amp;Scheduled task as SYSTEM at each sign-in (recommended)</source>
        <translation>Tarea &amp;programada como SYSTEM en cada inicio de sesión (recomendado)</translation>
    </message>
    <message>
        <source>User &amp;logoff script</source>
        <translation>Script de &amp;cierre de sesión del usuario</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>The folder Windows itself uses for account pictures</source>
        <translation>La carpeta que el propio Windows usa para las imágenes de cuenta</translation>
    </message>
    <message>
        <source>Picture &amp;folder:</source>
        <translation>&amp;Carpeta de imágenes:</translation>
    </message>
    <message>
        <source>Square sizes in pixels that Windows 10 and 11 ask for, separated by commas</source>
        <translation>Tamaños cuadrados en píxeles que piden Windows 10 y 11, separados por comas</translation>
    </message>
    <message>
        <source>Si&amp;zes (px):</source>
        <translation>Tama&amp;ños (px):</translation>
    </message>
    <message>
        <source>JPEG &amp;quality:</source>
        <translation>&amp;Calidad JPEG:</translation>
    </message>
    <message>
        <source>GPO &amp;name:</source>
        <translation>&amp;Nombre de la GPO:</translation>
    </message>
    <message>
        <source>Each computer&apos;s own domain</source>
        <translation>El dominio de cada equipo</translation>
    </message>
    <message>
        <source>Users&apos; &amp;domain:</source>
        <translation>&amp;Dominio de los usuarios:</translation>
    </message>
    <message>
        <source>Who may create their own picture key and folder: a SID or a well-known group</source>
        <translation>Quién puede crear su propia clave y carpeta de imagen: un SID o un grupo conocido</translation>
    </message>
    <message>
        <source>Logoff mode &amp;group:</source>
        <translation>&amp;Grupo del modo de cierre de sesión:</translation>
    </message>
    <message>
        <source>Fixed identifiers (optional, for packages that can be compared)</source>
        <translation>Identificadores fijos (opcional, para paquetes comparables)</translation>
    </message>
    <message>
        <source>Random: %1</source>
        <translation>Aleatorio: %1</translation>
    </message>
    <message>
        <source>GPO &amp;GUID:</source>
        <translation>&amp;GUID de la GPO:</translation>
    </message>
    <message>
        <source>&amp;Backup ID:</source>
        <translation>ID de &amp;copia de seguridad:</translation>
    </message>
    <message>
        <source>SOURCE_DATE_EPOCH (%1)</source>
        <translation>SOURCE_DATE_EPOCH (%1)</translation>
    </message>
    <message>
        <source>The time of Generate, e.g. 2024-05-01T12:00:00Z</source>
        <translation>La hora de la generación, p. ej. 2024-05-01T12:00:00Z</translation>
    </message>
    <message>
        <source>Backup &amp;time:</source>
        <translation>&amp;Hora de la copia:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Carpeta de &amp;salida:</translation>
    </message>
    <message>
        <source>Also write a .&amp;zip of the folder</source>
        <translation>Escribir también un .&amp;zip de la carpeta</translation>
    </message>
    <message>
        <source>&amp;Generate package</source>
        <translation>&amp;Generar paquete</translation>
    </message>
    <message>
        <source>Write the package into the output folder (Ctrl+Enter)</source>
        <translation>Escribir el paquete en la carpeta de salida (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Choose the folder to write the package into.</source>
        <translation>Elija la carpeta en la que escribir el paquete.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>%1 is not empty: choose a new or empty folder.</source>
        <translation>%1 no está vacía: elija una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>A user logoff script writes the picture when the user signs out. The GPO grants the group below only Set Value and Create Subkey on the account-picture key (CREATOR OWNER gets rights on its own subkey) and turns on loopback processing, so link it to the OU with the computers.
Residual risk: members of the group can create the key of a user who has none yet and so set the picture that user sees until their own script replaces it. The scheduled-task mode has no such risk.</source>
        <translation>Un script de cierre de sesión escribe la imagen cuando el usuario cierra la sesión. La GPO concede al grupo indicado abajo solo «Establecer valor» y «Crear subclave» sobre la clave de imágenes de cuenta (CREATOR OWNER obtiene derechos sobre su propia subclave) y activa el procesamiento de bucle invertido, así que vincúlela a la UO con los equipos.
Riesgo residual: los miembros del grupo pueden crear la clave de un usuario que aún no la tiene y así establecer la imagen que ve ese usuario hasta que su propio script la reemplace. El modo de tarea programada no tiene ese riesgo.</translation>
    </message>
    <message>
        <source>Recommended. A computer startup script installs the client and a scheduled task that runs it as SYSTEM at every sign-in. No registry or folder permission is loosened.</source>
        <translation>Recomendado. Un script de inicio del equipo instala el cliente y una tarea programada que lo ejecuta como SYSTEM en cada inicio de sesión. No se relaja ningún permiso de registro ni de carpeta.</translation>
    </message>
    <message>
        <source>Logoff mode &amp;group (unused):</source>
        <translation>&amp;Grupo del modo de cierre de sesión (sin uso):</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the files of the package.</source>
        <translation>Corrija los campos marcados para ver los archivos del paquete.</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Carpeta del paquete</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Corrija primero los campos marcados.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>The package was not written: %1</source>
        <translation>No se escribió el paquete: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n archivo escrito en &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</numerusform>
            <numerusform>%n archivos escritos en &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zip: %1</source>
        <translation>Zip: %1</translation>
    </message>
    <message>
        <source>Package written to %1. Import the GPO from its GPO folder; README.txt has the steps.</source>
        <translation>Paquete escrito en %1. Importe la GPO desde su carpeta GPO; README.txt describe los pasos.</translation>
    </message>
    <message>
        <source>Deploy package written to %1</source>
        <translation>Paquete de despliegue escrito en %1</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::DeployPreview</name>
    <message>
        <source>Files of the package</source>
        <translation>Archivos del paquete</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Content of the selected file</source>
        <translation>Contenido del archivo seleccionado</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>UTF-16 LE with BOM</source>
        <translation>UTF-16 LE con BOM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binario</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Carpeta %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n byte(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n byte</numerusform>
            <numerusform>%1 · %2 · %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adphoto::gui::HistoryPage</name>
    <message>
        <source>Filter by user, DN, file or import</source>
        <translation>Filtrar por usuario, DN, archivo o importación</translation>
    </message>
    <message>
        <source>&amp;Restore this user</source>
        <translation>&amp;Restaurar este usuario</translation>
    </message>
    <message>
        <source>Put back the photo this user had before the selected change</source>
        <translation>Volver a poner la foto que tenía este usuario antes del cambio seleccionado</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Deshacer importación</translation>
    </message>
    <message>
        <source>Revert every change of the selected change&apos;s import</source>
        <translation>Revertir todos los cambios de la importación del cambio seleccionado</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Photo changes</source>
        <translation>Cambios de fotos</translation>
    </message>
    <message>
        <source>Reverting %v of %m…</source>
        <translation>Revirtiendo %v de %m…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Undo stopped. The users reverted so far stay reverted; undo again to go on.</source>
        <translation>Se detuvo la reversión. Los usuarios ya revertidos se quedan así; vuelva a deshacer para continuar.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Falló la reversión: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Users reverted: %1.</source>
        <translation>Usuarios revertidos: %1.</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>No se puede leer el historial: %1</translation>
    </message>
    <message>
        <source>%1 had no photo before this change. Remove the current photo?</source>
        <translation>%1 no tenía foto antes de este cambio. ¿Eliminar la foto actual?</translation>
    </message>
    <message>
        <source>Put back the photo %1 had before this change?</source>
        <translation>¿Volver a poner la foto que tenía %1 antes de este cambio?</translation>
    </message>
    <message>
        <source>Restore photo</source>
        <translation>Restaurar foto</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <source>%1 was not restored: %2</source>
        <translation>%1 no se restauró: %2</translation>
    </message>
    <message>
        <source>%1: photo restored.</source>
        <translation>%1: foto restaurada.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <source>Revert the photo changes of this import (%1 in all)?</source>
        <translation>¿Revertir los cambios de fotos de esta importación (%1 en total)?</translation>
    </message>
    <message>
        <source>Users whose photo was changed again since are left alone and listed.</source>
        <translation>Los usuarios cuya foto volvió a cambiar desde entonces se dejan como están y se enumeran.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::ImportPage</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Folder with one photo per user, named after the user</source>
        <translation>Carpeta con una foto por usuario, con el nombre del usuario</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Include &amp;subfolders</source>
        <translation>Incluir &amp;subcarpetas</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>&amp;Asociar</translation>
    </message>
    <message>
        <source>Only users &amp;without a photo</source>
        <translation>Solo usuarios &amp;sin foto</translation>
    </message>
    <message>
        <source>Skip &amp;disabled accounts</source>
        <translation>Omitir las cuentas &amp;deshabilitadas</translation>
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
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Como máximo:</translation>
    </message>
    <message>
        <source>Import review</source>
        <translation>Revisión de la importación</translation>
    </message>
    <message>
        <source>Tick all ready</source>
        <translation>Marcar todas las listas</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Desmarcar todas</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>%v of %m written</source>
        <translation>%v de %m escritas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Folder with photos</source>
        <translation>Carpeta con fotos</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Elija una carpeta que exista.</translation>
    </message>
    <message>
        <source>Wait for the user list, then match again.</source>
        <translation>Espere a la lista de usuarios y vuelva a asociar.</translation>
    </message>
    <message>
        <source>Apply import</source>
        <translation>Aplicar importación</translation>
    </message>
    <message>
        <source>Write new photos for %1 users?</source>
        <translation>¿Escribir fotos nuevas para %1 usuarios?</translation>
    </message>
    <message>
        <source>Every replaced photo is kept in the history; the whole import can be undone.</source>
        <translation>Cada foto reemplazada se guarda en el historial; toda la importación se puede deshacer.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>The import did not run: %1</source>
        <translation>La importación no se ejecutó: %1</translation>
    </message>
    <message>
        <source>Import %1: %2 written, %3 unchanged, %4 changed meanwhile, %5 failed.</source>
        <translation>Importación %1: %2 escritas, %3 sin cambios, %4 modificadas entretanto, %5 con error.</translation>
    </message>
    <message>
        <source>Stopped: %1. Resume when the directory is back.</source>
        <translation>Detenida: %1. Reanúdela cuando el directorio vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>Cancelled; it can be resumed.</source>
        <translation>Cancelada; se puede reanudar.</translation>
    </message>
    <message>
        <source>The import was stopped; it can be resumed.</source>
        <translation>Se detuvo la importación; se puede reanudar.</translation>
    </message>
    <message>
        <source>The import of %1 started %2 did not finish (%3). Resume it to write the remaining users; those already done are not written again.</source>
        <translation>La importación de %1 iniciada el %2 no terminó (%3). Reanúdela para escribir los usuarios restantes; los ya hechos no se vuelven a escribir.</translation>
    </message>
    <message>
        <source>This import was started on %1; connect to that server to resume it.</source>
        <translation>Esta importación empezó en %1; conéctese a ese servidor para reanudarla.</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 archivos</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation>%1 listas</translation>
    </message>
    <message>
        <source>%1 to choose</source>
        <translation>%1 para elegir</translation>
    </message>
    <message>
        <source>%1 without a match</source>
        <translation>%1 sin coincidencia</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 omitidas</translation>
    </message>
    <message>
        <source>%1 with problems</source>
        <translation>%1 con problemas</translation>
    </message>
    <message>
        <source>&amp;Apply to %1 users</source>
        <translation>&amp;Aplicar a %1 usuarios</translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>Asociando…</translation>
    </message>
    <message>
        <source>Show &amp;all users</source>
        <translation>Mostrar &amp;todos los usuarios</translation>
    </message>
    <message>
        <source>Limited to the %1. Files for other users are skipped.</source>
        <translation>Limitado a los %1. Se omiten los archivos de otros usuarios.</translation>
    </message>
    <message>
        <source>Matching cancelled.</source>
        <translation>Emparejamiento cancelado.</translation>
    </message>
    <message>
        <source>Matching… %p%</source>
        <translation>Emparejando… %p%</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Predeterminado del &amp;sistema</translation>
    </message>
    <message>
        <source>Applies when adphoto is started again</source>
        <translation>Se aplica al volver a iniciar adphoto</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>adphoto will use %1 the next time it starts.</source>
        <translation>adphoto usará %1 la próxima vez que se inicie.</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Bulk import</source>
        <translation>Importación masiva</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>Import from &amp;CSV…</source>
        <translation>Importar desde &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Photo</source>
        <translation>&amp;Foto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About adphoto</source>
        <translation>&amp;Acerca de adphoto</translation>
    </message>
    <message>
        <source>About adphoto</source>
        <translation>Acerca de adphoto</translation>
    </message>
    <message>
        <source>&lt;b&gt;adphoto %1&lt;/b&gt;&lt;p&gt;Puts employees&apos; photos into Active Directory.&lt;/p&gt;</source>
        <translation>&lt;b&gt;adphoto %1&lt;/b&gt;&lt;p&gt;Coloca las fotos de los empleados en Active Directory.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Base DN: %1
Server: %2</source>
        <translation>DN base: %1
Servidor: %2</translation>
    </message>
    <message>
        <source>adphoto — %1</source>
        <translation>adphoto — %1</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Despliegue</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::PhotoActions</name>
    <message>
        <source>Not connected to a directory.</source>
        <translation>No hay conexión con un directorio.</translation>
    </message>
    <message>
        <source>Saving the photo…</source>
        <translation>Guardando la foto…</translation>
    </message>
    <message>
        <source>No imaging pipeline is available.</source>
        <translation>No hay ninguna canalización de imagen disponible.</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>Preparando la foto…</translation>
    </message>
    <message>
        <source>Removing the photo…</source>
        <translation>Eliminando la foto…</translation>
    </message>
    <message>
        <source>This user has no photo.</source>
        <translation>Este usuario no tiene foto.</translation>
    </message>
    <message>
        <source>Cannot write the file.</source>
        <translation>No se puede escribir el archivo.</translation>
    </message>
    <message>
        <source>Restoring the photo…</source>
        <translation>Restaurando la foto…</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::PhotoEditor</name>
    <message>
        <source>The picture has %1 × %2 pixels, more than the limit.</source>
        <translation>La imagen tiene %1 × %2 píxeles, más que el límite.</translation>
    </message>
    <message>
        <source>This is not a picture adphoto can read: %1</source>
        <translation>No es una imagen que adphoto pueda leer: %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto de %1</translation>
    </message>
    <message>
        <source>&amp;Open picture…</source>
        <translation>&amp;Abrir imagen…</translation>
    </message>
    <message>
        <source>&amp;Find face</source>
        <translation>&amp;Buscar cara</translation>
    </message>
    <message>
        <source>Put the frame around the face (Ctrl+F)</source>
        <translation>Poner el marco alrededor de la cara (Ctrl+F)</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Girar a la izquierda</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Girar a la derecha</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
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
        <translation>32 px · listas</translation>
    </message>
    <message>
        <source>Photo in Active Directory</source>
        <translation>Foto en Active Directory</translation>
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
        <translation>Active Directory admite como máximo 100 KB (102.400 bytes) en thumbnailPhoto.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Como máximo:</translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation>Marco:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Drag the frame or its corners, or use the arrow keys (Shift: faster) and + / −. Drop a picture file here to use it instead.</source>
        <translation>Arrastre el marco o sus esquinas, o use las flechas (Mayús: más rápido) y + / −. Suelte aquí un archivo de imagen para usarlo en su lugar.</translation>
    </message>
    <message>
        <source>&amp;Save to directory</source>
        <translation>&amp;Guardar en el directorio</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>No photo yet: open or drop a picture file.</source>
        <translation>Aún no hay foto: abra o suelte un archivo de imagen.</translation>
    </message>
    <message>
        <source>Reading the current photo…</source>
        <translation>Leyendo la foto actual…</translation>
    </message>
    <message>
        <source>current photo</source>
        <translation>foto actual</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 px</source>
        <translation>%1 · %2 × %3 px</translation>
    </message>
    <message>
        <source>Face detection failed: %1</source>
        <translation>Falló la detección de caras: %1</translation>
    </message>
    <message>
        <source>No face found: place the frame yourself.</source>
        <translation>No se encontró ninguna cara: coloque el marco usted mismo.</translation>
    </message>
    <message>
        <source>%1 × %1 px at %2, %3</source>
        <translation>%1 × %1 px en %2, %3</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>%1 × %1 px · quality %2 · %3 bytes</source>
        <translation>%1 × %1 px · calidad %2 · %3 bytes</translation>
    </message>
    <message>
        <source>Reduced to %1 px to fit the byte budget.</source>
        <translation>Reducida a %1 px para caber en el presupuesto de bytes.</translation>
    </message>
    <message>
        <source>The frame is smaller than the output: the photo is enlarged.</source>
        <translation>El marco es más pequeño que la salida: la foto se amplía.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardada: %1</translation>
    </message>
    <message>
        <source>Picture for %1</source>
        <translation>Imagen para %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::PlanningIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop planning (Esc)</source>
        <translation>Detener la planificación (Esc)</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::QtKeychainSecretStore</name>
    <message>
        <source>The system keychain is not available.</source>
        <translation>El llavero del sistema no está disponible.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>El llavero del sistema no respondió.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::UserTableView</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::UsersPage</name>
    <message>
        <source>Filter by name, account, e-mail or employee ID  (Ctrl+F)</source>
        <translation>Filtrar por nombre, cuenta, correo o ID de empleado  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Missing photo only</source>
        <translation>Solo sin &amp;foto</translation>
    </message>
    <message>
        <source>&amp;Hide disabled</source>
        <translation>&amp;Ocultar deshabilitadas</translation>
    </message>
    <message>
        <source>Organizational units</source>
        <translation>Unidades organizativas</translation>
    </message>
    <message>
        <source>Could not list the containers of %1: %2</source>
        <translation>No se pudieron enumerar los contenedores de %1: %2</translation>
    </message>
    <message>
        <source>&amp;Edit photo…</source>
        <translation>&amp;Editar foto…</translation>
    </message>
    <message>
        <source>&amp;Set photo from file…</source>
        <translation>&amp;Establecer foto desde archivo…</translation>
    </message>
    <message>
        <source>&amp;Remove photo…</source>
        <translation>E&amp;liminar foto…</translation>
    </message>
    <message>
        <source>E&amp;xport photo…</source>
        <translation>E&amp;xportar foto…</translation>
    </message>
    <message>
        <source>&amp;Copy photo</source>
        <translation>&amp;Copiar foto</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>&amp;Pegar foto</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>&amp;Find user</source>
        <translation>&amp;Buscar usuario</translation>
    </message>
    <message>
        <source>List the users again (F5)</source>
        <translation>Volver a enumerar los usuarios (F5)</translation>
    </message>
    <message>
        <source>Listing users…</source>
        <translation>Enumerando usuarios…</translation>
    </message>
    <message>
        <source>Not all users could be listed: %1</source>
        <translation>No se pudieron enumerar todos los usuarios: %1</translation>
    </message>
    <message>
        <source>Listing stopped.</source>
        <translation>Enumeración detenida.</translation>
    </message>
    <message>
        <source>Users listed: %1.</source>
        <translation>Usuarios enumerados: %1.</translation>
    </message>
    <message>
        <source>%1 users · %2 without photo · %3 disabled</source>
        <translation>%1 usuarios · %2 sin foto · %3 deshabilitados</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · %1 mostrados</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · cargando…</translation>
    </message>
    <message>
        <source>Photo for %1</source>
        <translation>Foto para %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Remove the photo of %1?</source>
        <translation>¿Eliminar la foto de %1?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the photos of %n users?</source>
        <translation>
            <numerusform>¿Eliminar las fotos de %n usuario?</numerusform>
            <numerusform>¿Eliminar las fotos de %n usuarios?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Eliminar foto</translation>
    </message>
    <message>
        <source>The current photo is kept in the history and can be restored.</source>
        <translation>La foto actual se guarda en el historial y se puede restaurar.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Export the photo of %1</source>
        <translation>Exportar la foto de %1</translation>
    </message>
    <message>
        <source>JPEG images (*.jpg)</source>
        <translation>Imágenes JPEG (*.jpg)</translation>
    </message>
    <message>
        <source>Photo exported to %1.</source>
        <translation>Foto exportada a %1.</translation>
    </message>
    <message>
        <source>%1 has no photo any more.</source>
        <translation>%1 ya no tiene foto.</translation>
    </message>
    <message>
        <source>Copied the photo of %1.</source>
        <translation>Se copió la foto de %1.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>El portapapeles no contiene ninguna imagen.</translation>
    </message>
    <message>
        <source>%1: nothing to change.</source>
        <translation>%1: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>%1: photo removed (it can be restored from the history).</source>
        <translation>%1: foto eliminada (se puede restaurar desde el historial).</translation>
    </message>
    <message>
        <source>%1: photo saved (%2).</source>
        <translation>%1: foto guardada (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Stop listing</source>
        <translation>&amp;Detener la lista</translation>
    </message>
    <message>
        <source>Stop listing the users; those listed so far stay (Esc)</source>
        <translation>Detener la lista de usuarios; los ya listados se quedan (Esc)</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::CropPlanner</name>
    <message>
        <source>The crop %1 is empty.</source>
        <translation>El recorte %1 está vacío.</translation>
    </message>
    <message>
        <source>The crop %1 is not square.</source>
        <translation>El recorte %1 no es cuadrado.</translation>
    </message>
    <message>
        <source>The crop %1 lies outside the %2 × %3 image (after EXIF rotation).</source>
        <translation>El recorte %1 queda fuera de la imagen de %2 × %3 (tras la rotación EXIF).</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::FaceLocator</name>
    <message>
        <source>The face detection cascade %1 does not exist or cannot be read.</source>
        <translation>La cascada de detección de caras %1 no existe o no se puede leer.</translation>
    </message>
    <message>
        <source>The face detection cascade %1 could not be loaded.</source>
        <translation>No se pudo cargar la cascada de detección de caras %1.</translation>
    </message>
    <message>
        <source>Face detection failed.</source>
        <translation>Falló la detección de caras.</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::ImageDecoder</name>
    <message>
        <source>The %1 image data is damaged and could not be decoded.</source>
        <translation>Los datos de la imagen %1 están dañados y no se pudieron decodificar.</translation>
    </message>
    <message>
        <source>This system cannot read %1 images (install the qt6-image-formats-plugins package).</source>
        <translation>Este sistema no puede leer imágenes %1 (instale el paquete qt6-image-formats-plugins).</translation>
    </message>
    <message>
        <source>Not enough memory to decode the image.</source>
        <translation>No hay memoria suficiente para decodificar la imagen.</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::ImageHeaderReader</name>
    <message>
        <source>The image is %1 × %2 pixels (%3 megapixels); the limit is %4 megapixels.</source>
        <translation>La imagen tiene %1 × %2 píxeles (%3 megapíxeles); el límite es %4 megapíxeles.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is text, not an image.</source>
        <translation>El archivo es texto, no una imagen.</translation>
    </message>
    <message>
        <source>Unknown or unsupported image format (supported: JPEG, PNG, BMP, GIF, TIFF, WebP).</source>
        <translation>Formato de imagen desconocido o no compatible (compatibles: JPEG, PNG, BMP, GIF, TIFF, WebP).</translation>
    </message>
    <message>
        <source>The %1 header is damaged or cut short; the file is not a readable image.</source>
        <translation>La cabecera %1 está dañada o cortada; el archivo no es una imagen legible.</translation>
    </message>
    <message>
        <source>The %1 file is truncated: its image data stops before the end.</source>
        <translation>El archivo %1 está truncado: sus datos de imagen terminan antes del final.</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::JpegCodec</name>
    <message>
        <source>The JPEG image has more than %1 scans; it is not a photograph.</source>
        <translation>La imagen JPEG tiene más de %1 barridos; no es una fotografía.</translation>
    </message>
    <message>
        <source>The JPEG image data is damaged and could not be decoded.</source>
        <translation>Los datos de la imagen JPEG están dañados y no se pudieron decodificar.</translation>
    </message>
    <message>
        <source>The JPEG encoder failed.</source>
        <translation>Falló el codificador JPEG.</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::OpenCvPhotoProcessor</name>
    <message>
        <source>The photo size must be 96, 192, 288, 384, 480, 576 or 648 pixels, not %1.</source>
        <translation>El tamaño de la foto debe ser 96, 192, 288, 384, 480, 576 o 648 píxeles, no %1.</translation>
    </message>
    <message>
        <source>The byte budget must be positive, not %1.</source>
        <translation>El presupuesto de bytes debe ser positivo, no %1.</translation>
    </message>
    <message>
        <source>The pixel limit must be positive, not %1.</source>
        <translation>El límite de píxeles debe ser positivo, no %1.</translation>
    </message>
    <message>
        <source>The image could not be processed.</source>
        <translation>No se pudo procesar la imagen.</translation>
    </message>
    <message>
        <source>Not enough memory to process the image.</source>
        <translation>No hay memoria suficiente para procesar la imagen.</translation>
    </message>
    <message>
        <source>Face detection is unavailable: no Haar cascade was found (install the opencv-data package).</source>
        <translation>La detección de caras no está disponible: no se encontró ninguna cascada de Haar (instale el paquete opencv-data).</translation>
    </message>
    <message>
        <source>The source was re-encoded: only a square JPEG of 96, 192, 288, 384, 480, 576 or 648 pixels can be kept.</source>
        <translation>El original se volvió a codificar: solo se puede conservar un JPEG cuadrado de 96, 192, 288, 384, 480, 576 o 648 píxeles.</translation>
    </message>
    <message>
        <source>The source was re-encoded: its EXIF rotation, CMYK colours or coding would not survive keeping it as it is.</source>
        <translation>El original se volvió a codificar: su rotación EXIF, sus colores CMYK o su codificación no sobrevivirían si se conservara tal cual.</translation>
    </message>
    <message>
        <source>The source was re-encoded to apply the crop.</source>
        <translation>El original se volvió a codificar para aplicar el recorte.</translation>
    </message>
    <message>
        <source>The source was re-encoded: it is over the budget of %1 bytes.</source>
        <translation>El original se volvió a codificar: supera el presupuesto de %1 bytes.</translation>
    </message>
    <message>
        <source>The source was re-encoded: its image data could not be read.</source>
        <translation>El original se volvió a codificar: no se pudieron leer sus datos de imagen.</translation>
    </message>
    <message>
        <source>The photo uses a centred crop.</source>
        <translation>La foto usa un recorte centrado.</translation>
    </message>
    <message>
        <source>No face found; the photo uses a centred crop.</source>
        <translation>No se encontró ninguna cara; la foto usa un recorte centrado.</translation>
    </message>
    <message>
        <source>The crop is only %1 pixels wide; it was upscaled to %2 pixels and will look soft.</source>
        <translation>El recorte solo tiene %1 píxeles de ancho; se amplió a %2 píxeles y se verá borroso.</translation>
    </message>
    <message>
        <source>The crop is only %1 pixels wide, less than the %2 pixels asked for; the photo is %3 pixels.</source>
        <translation>El recorte solo tiene %1 píxeles de ancho, menos que los %2 píxeles pedidos; la foto tiene %3 píxeles.</translation>
    </message>
    <message>
        <source>Even a %1-pixel photo at the lowest JPEG quality is over the budget of %2 bytes.</source>
        <translation>Incluso una foto de %1 píxeles con la calidad JPEG más baja supera el presupuesto de %2 bytes.</translation>
    </message>
    <message>
        <source>A %1-pixel photo does not fit in %2 bytes even at JPEG quality %3; the photo is %4 pixels.</source>
        <translation>Una foto de %1 píxeles no cabe en %2 bytes ni siquiera con calidad JPEG %3; la foto tiene %4 píxeles.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>adphoto::ApplySession</name>
    <message>
        <source>There is no unfinished import to resume.</source>
        <translation>Aucune importation inachevée à reprendre.</translation>
    </message>
    <message>
        <source>%1 is a %2, not an import.</source>
        <translation>%1 est un(e) %2, pas une importation.</translation>
    </message>
    <message>
        <source>Import %1 has already finished.</source>
        <translation>L’importation %1 est déjà terminée.</translation>
    </message>
</context>
<context>
    <name>adphoto::AuditFindingsModel</name>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Account state</source>
        <translation>État du compte</translation>
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
        <translation>Audit des photos de %1</translation>
    </message>
    <message>
        <source>Directory: %1 · generated %2 UTC · byte limit %3 · minimum size %4 px</source>
        <translation>Annuaire : %1 · généré le %2 UTC · limite d’octets %3 · taille minimale %4 px</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Users with a photo</source>
        <translation>Utilisateurs avec photo</translation>
    </message>
    <message>
        <source>Photos shared by several users</source>
        <translation>Photos partagées par plusieurs utilisateurs</translation>
    </message>
    <message>
        <source>Users without a photo per OU</source>
        <translation>Utilisateurs sans photo par UO</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>UO</translation>
    </message>
    <message>
        <source>Users (subtree)</source>
        <translation>Utilisateurs (sous-arbre)</translation>
    </message>
    <message>
        <source>Without photo (subtree)</source>
        <translation>Sans photo (sous-arbre)</translation>
    </message>
    <message>
        <source>Users (directly)</source>
        <translation>Utilisateurs (directement)</translation>
    </message>
    <message>
        <source>Without photo (directly)</source>
        <translation>Sans photo (directement)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
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
        <translation>%1 : %2 utilisateurs sur %3 sans photo (%4 sur %5 directement dedans)</translation>
    </message>
    <message>
        <source>In the OU and every OU below it</source>
        <translation>Dans l’UO et toutes les UO en dessous</translation>
    </message>
    <message>
        <source>Directly in the OU, not in the OUs below it</source>
        <translation>Directement dans l’UO, pas dans les UO en dessous</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>UO</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Without photo</source>
        <translation>Sans photo</translation>
    </message>
    <message>
        <source>Without photo (%)</source>
        <translation>Sans photo (%)</translation>
    </message>
    <message>
        <source>Users (direct)</source>
        <translation>Utilisateurs (directs)</translation>
    </message>
    <message>
        <source>Without photo (direct)</source>
        <translation>Sans photo (directs)</translation>
    </message>
</context>
<context>
    <name>adphoto::AuditReport</name>
    <message>
        <source>Users without a photo</source>
        <translation>Utilisateurs sans photo</translation>
    </message>
    <message>
        <source>Photos over the byte limit</source>
        <translation>Photos au-delà de la limite d’octets</translation>
    </message>
    <message>
        <source>Photos that are not JPEG</source>
        <translation>Photos qui ne sont pas au format JPEG</translation>
    </message>
    <message>
        <source>Damaged or truncated photos</source>
        <translation>Photos endommagées ou tronquées</translation>
    </message>
    <message>
        <source>Photos that are not square</source>
        <translation>Photos non carrées</translation>
    </message>
    <message>
        <source>Photos smaller than the minimum size</source>
        <translation>Photos plus petites que la taille minimale</translation>
    </message>
    <message>
        <source>The same photo on several users</source>
        <translation>La même photo sur plusieurs utilisateurs</translation>
    </message>
    <message>
        <source>Disabled accounts with a photo</source>
        <translation>Comptes désactivés avec photo</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>no photo (account disabled)</source>
        <translation>pas de photo (compte désactivé)</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>pas de photo</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>not an image format adphoto knows</source>
        <translation>format d’image inconnu d’adphoto</translation>
    </message>
    <message>
        <source>%1, data cut short</source>
        <translation>%1, données tronquées</translation>
    </message>
    <message>
        <source>header unreadable</source>
        <translation>en-tête illisible</translation>
    </message>
    <message>
        <source>same photo as %1</source>
        <translation>même photo que %1</translation>
    </message>
</context>
<context>
    <name>adphoto::ConnectionResolver</name>
    <message>
        <source>No connection profile named &quot;%1&quot; in %2.</source>
        <translation>Aucun profil de connexion nommé « %1 » dans %2.</translation>
    </message>
    <message>
        <source>Give either a server or a domain, not both.</source>
        <translation>Indiquez soit un serveur, soit un domaine, mais pas les deux.</translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot;: use starttls, ldaps or none.</source>
        <translation>Mode TLS inconnu « %1 » : utilisez starttls, ldaps ou none.</translation>
    </message>
    <message>
        <source>Unknown bind method &quot;%1&quot;: use simple or gssapi.</source>
        <translation>Méthode de liaison inconnue « %1 » : utilisez simple ou gssapi.</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre entier positif, pas « %2 ».</translation>
    </message>
    <message>
        <source>LDAPTLS_REQCERT=%1 is ignored: adphoto always verifies certificates unless --insecure-skip-verify is given.</source>
        <translation>LDAPTLS_REQCERT=%1 est ignoré : adphoto vérifie toujours les certificats, sauf si --insecure-skip-verify est indiqué.</translation>
    </message>
    <message>
        <source>--tls none is only allowed with --bind gssapi (the SASL layer then seals the connection); a password is never sent unprotected.</source>
        <translation>--tls none n’est autorisé qu’avec --bind gssapi (la couche SASL chiffre alors la connexion) ; un mot de passe n’est jamais envoyé sans protection.</translation>
    </message>
    <message>
        <source>The server %1 is LDAPS, which conflicts with --tls %2.</source>
        <translation>Le serveur %1 utilise LDAPS, ce qui est incompatible avec --tls %2.</translation>
    </message>
    <message>
        <source>ldapi:// is not supported; give an ldap:// or ldaps:// URI.</source>
        <translation>ldapi:// n’est pas pris en charge ; indiquez une URI ldap:// ou ldaps://.</translation>
    </message>
    <message>
        <source>A simple bind needs --user (or ADPHOTO_USER).</source>
        <translation>Une liaison simple nécessite --user (ou ADPHOTO_USER).</translation>
    </message>
</context>
<context>
    <name>adphoto::CsvImportOptions</name>
    <message>
        <source>--delimiter takes one character, &quot;tab&quot; or &quot;auto&quot; (got &quot;%1&quot;).</source>
        <translation>--delimiter attend un caractère, « tab » ou « auto » (reçu : « %1 »).</translation>
    </message>
</context>
<context>
    <name>adphoto::CsvImportReader</name>
    <message>
        <source>%1 counts from 1 (got %2).</source>
        <translation>%1 commence à 1 (reçu : %2).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; names a column, but the file has no header row; give the column&apos;s number instead.</source>
        <translation>%1 « %2 » désigne une colonne, mais le fichier n’a pas de ligne d’en-tête ; indiquez plutôt le numéro de la colonne.</translation>
    </message>
    <message>
        <source>%1: the file has no column &quot;%2&quot;; its columns are %3.</source>
        <translation>%1 : le fichier n’a pas de colonne « %2 » ; ses colonnes sont %3.</translation>
    </message>
    <message>
        <source>The CSV file &quot;%1&quot; does not exist.</source>
        <translation>Le fichier CSV « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a CSV file.</source>
        <translation>« %1 » est un dossier, pas un fichier CSV.</translation>
    </message>
    <message>
        <source>The CSV file &quot;%1&quot; is larger than 256 MiB.</source>
        <translation>Le fichier CSV « %1 » dépasse 256 Mio.</translation>
    </message>
    <message>
        <source>The CSV file &quot;%1&quot; cannot be read.</source>
        <translation>Le fichier CSV « %1 » ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The CSV file has no records.</source>
        <translation>Le fichier CSV ne contient aucun enregistrement.</translation>
    </message>
    <message>
        <source>Cannot tell which column holds the users; use --user-column.</source>
        <translation>Impossible de savoir quelle colonne contient les utilisateurs ; utilisez --user-column.</translation>
    </message>
    <message>
        <source>Cannot tell which column holds the photo files; use --file-column.</source>
        <translation>Impossible de savoir quelle colonne contient les fichiers photo ; utilisez --file-column.</translation>
    </message>
    <message>
        <source>The user and file columns must differ.</source>
        <translation>Les colonnes utilisateur et fichier doivent être différentes.</translation>
    </message>
    <message numerus="yes">
        <source>The line has %n field(s); %1 are needed.</source>
        <translation>
            <numerusform>La ligne a %n champ ; %1 sont nécessaires.</numerusform>
            <numerusform>La ligne a %n champs ; %1 sont nécessaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user field is empty.</source>
        <translation>Le champ utilisateur est vide.</translation>
    </message>
    <message>
        <source>The file field is empty.</source>
        <translation>Le champ fichier est vide.</translation>
    </message>
</context>
<context>
    <name>adphoto::CsvParser</name>
    <message>
        <source>A quoted field starting on line %1 is never closed.</source>
        <translation>Un champ entre guillemets commençant à la ligne %1 n’est jamais fermé.</translation>
    </message>
    <message>
        <source>Text follows a closing quote on line %1.</source>
        <translation>Du texte suit un guillemet fermant à la ligne %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::CsvTextDecoder</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Encodage inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The file cannot be read as %1.</source>
        <translation>Le fichier ne peut pas être lu en %1.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; try --encoding windows-1252 or --encoding auto.</source>
        <translation>Le fichier n’est pas en UTF-8 valide ; essayez --encoding windows-1252 ou --encoding auto.</translation>
    </message>
</context>
<context>
    <name>adphoto::DcLocator</name>
    <message>
        <source>The DNS answer could not be parsed.</source>
        <translation>La réponse DNS n’a pas pu être analysée.</translation>
    </message>
    <message>
        <source>The DNS resolver could not be initialised.</source>
        <translation>Le résolveur DNS n’a pas pu être initialisé.</translation>
    </message>
    <message>
        <source>--dns-server needs an IPv4 address, not &quot;%1&quot;.</source>
        <translation>--dns-server attend une adresse IPv4, pas « %1 ».</translation>
    </message>
    <message>
        <source>No domain controller found for %1: the DNS query for %2 failed.</source>
        <translation>Aucun contrôleur de domaine trouvé pour %1 : la requête DNS pour %2 a échoué.</translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <translation>serveur DNS %1</translation>
    </message>
    <message>
        <source>DNS lists no domain controller for %1 (%2).</source>
        <translation>Le DNS n’indique aucun contrôleur de domaine pour %1 (%2).</translation>
    </message>
</context>
<context>
    <name>adphoto::DeployOptions</name>
    <message>
        <source>The image folder is empty.</source>
        <translation>Le dossier des images est vide.</translation>
    </message>
    <message>
        <source>The image folder path is longer than %1 characters.</source>
        <translation>Le chemin du dossier des images dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The image folder contains an invisible control character (%1).</source>
        <translation>Le dossier des images contient un caractère de contrôle invisible (%1).</translation>
    </message>
    <message>
        <source>The image folder must be on the computer itself, not a network share: the sign-in screen reads the pictures before the network is up.</source>
        <translation>Le dossier des images doit se trouver sur l’ordinateur lui-même, pas sur un partage réseau : l’écran de connexion lit les images avant que le réseau soit disponible.</translation>
    </message>
    <message>
        <source>The image folder must be an absolute Windows path such as C:\Users\Public\AccountPictures or %ProgramData%\AccountPictures.</source>
        <translation>Le dossier des images doit être un chemin Windows absolu, par exemple C:\Users\Public\AccountPictures ou %ProgramData%\AccountPictures.</translation>
    </message>
    <message>
        <source>The image folder contains a character Windows does not allow in paths: %1</source>
        <translation>Le dossier des images contient un caractère que Windows n’autorise pas dans les chemins : %1</translation>
    </message>
    <message>
        <source>The image folder must not contain &quot;.&quot; or &quot;..&quot; parts.</source>
        <translation>Le dossier des images ne doit pas contenir de parties « . » ou « .. ».</translation>
    </message>
    <message>
        <source>The image folder contains an empty part (\\).</source>
        <translation>Le dossier des images contient une partie vide (\\).</translation>
    </message>
    <message>
        <source>A folder name in the image folder ends with a space or a dot, which Windows drops.</source>
        <translation>Un nom de dossier dans le dossier des images se termine par une espace ou un point, que Windows supprime.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>%1 contains an invisible control character (%2).</source>
        <translation>%1 contient un caractère de contrôle invisible (%2).</translation>
    </message>
    <message>
        <source>%1 starts or ends with a space.</source>
        <translation>%1 commence ou se termine par une espace.</translation>
    </message>
    <message>
        <source>Unknown deploy mode &quot;%1&quot;: use system-task or logoff.</source>
        <translation>Mode de déploiement inconnu « %1 » : utilisez system-task ou logoff.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of pixel sizes such as 32,40,48.</source>
        <translation>« %1 » n’est pas une liste de tailles en pixels comme 32,40,48.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GUID such as {6AC1786C-016F-11D2-945F-00C04FB984F9}.</source>
        <translation>« %1 » n’est pas un GUID comme {6AC1786C-016F-11D2-945F-00C04FB984F9}.</translation>
    </message>
    <message>
        <source>The GUID must not be all zeros.</source>
        <translation>Le GUID ne doit pas être entièrement nul.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RFC 3339 time such as 2024-05-01T12:00:00Z.</source>
        <translation>« %1 » n’est pas une heure RFC 3339 comme 2024-05-01T12:00:00Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time.</source>
        <translation>« %1 » n’est pas une date et heure valides.</translation>
    </message>
    <message>
        <source>Unknown deploy mode.</source>
        <translation>Mode de déploiement inconnu.</translation>
    </message>
    <message>
        <source>Choose at least one picture size.</source>
        <translation>Choisissez au moins une taille d’image.</translation>
    </message>
    <message>
        <source>At most %1 picture sizes can be written.</source>
        <translation>Au plus %1 tailles d’image peuvent être écrites.</translation>
    </message>
    <message>
        <source>Picture size %1 is outside %2–%3 pixels.</source>
        <translation>La taille d’image %1 est hors de l’intervalle %2–%3 pixels.</translation>
    </message>
    <message>
        <source>The JPEG quality must be between 1 and 100.</source>
        <translation>La qualité JPEG doit être comprise entre 1 et 100.</translation>
    </message>
    <message>
        <source>The GPO name</source>
        <translation>Le nom de la GPO</translation>
    </message>
    <message>
        <source>The backup time must lie between 1980 and 2107.</source>
        <translation>L’heure de la sauvegarde doit être comprise entre 1980 et 2107.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS domain name such as corp.example.com.</source>
        <translation>« %1 » n’est pas un nom de domaine DNS comme corp.example.com.</translation>
    </message>
    <message>
        <source>(a name with control characters)</source>
        <translation>(un nom contenant des caractères de contrôle)</translation>
    </message>
    <message>
        <source>The group allowed to write pictures must be a SID (S-1-5-…) or one of Users, Authenticated Users, INTERACTIVE.</source>
        <translation>Le groupe autorisé à écrire les images doit être un SID (S-1-5-…) ou l’un de Users, Authenticated Users, INTERACTIVE.</translation>
    </message>
</context>
<context>
    <name>adphoto::DeployPackage</name>
    <message>
        <source>The folder %1 is not empty: choose a new or empty folder.</source>
        <translation>Le dossier %1 n’est pas vide : choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existe et n’est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::Directory</name>
    <message>
        <source>This directory cannot list photos.</source>
        <translation>Cet annuaire ne peut pas lister les photos.</translation>
    </message>
</context>
<context>
    <name>adphoto::FolderMatcher</name>
    <message>
        <source>Folder &quot;%1&quot; does not exist.</source>
        <translation>Le dossier « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>« %1 » n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; cannot be read.</source>
        <translation>Le dossier « %1 » ne peut pas être lu.</translation>
    </message>
    <message>
        <source>system file</source>
        <translation>fichier système</translation>
    </message>
    <message>
        <source>hidden file</source>
        <translation>fichier caché</translation>
    </message>
    <message>
        <source>not an image (no file extension)</source>
        <translation>pas une image (pas d’extension)</translation>
    </message>
    <message>
        <source>not an image (.%1)</source>
        <translation>pas une image (.%1)</translation>
    </message>
    <message numerus="yes">
        <source>fits %n user(s)</source>
        <translation>
            <numerusform>correspond à %n utilisateur</numerusform>
            <numerusform>correspond à %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 also fits this user</source>
        <translation>%1 correspond aussi à cet utilisateur</translation>
    </message>
</context>
<context>
    <name>adphoto::FutureResult</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>adphoto::HistoryModel</name>
    <message>
        <source>Set</source>
        <translation>Défini</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Single photo</source>
        <translation>Photo unique</translation>
    </message>
    <message>
        <source>Single removal</source>
        <translation>Suppression unique</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
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
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>adphoto::ImportPlan</name>
    <message>
        <source>The plan is not valid JSON: %1 (at byte %2).</source>
        <translation>Le plan n’est pas du JSON valide : %1 (à l’octet %2).</translation>
    </message>
    <message>
        <source>A plan is a JSON array of rows.</source>
        <translation>Un plan est un tableau JSON de lignes.</translation>
    </message>
    <message>
        <source>Row %1 of the plan is not a JSON object.</source>
        <translation>La ligne %1 du plan n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Row %1 of the plan: %2</source>
        <translation>Ligne %1 du plan : %2</translation>
    </message>
</context>
<context>
    <name>adphoto::ImportPlanModel</name>
    <message>
        <source>Deselected in the review.</source>
        <translation>Désélectionné lors de la vérification.</translation>
    </message>
    <message>
        <source>No such row.</source>
        <translation>Ligne introuvable.</translation>
    </message>
    <message>
        <source>This row does not need a choice.</source>
        <translation>Cette ligne ne nécessite aucun choix.</translation>
    </message>
    <message>
        <source>No user with the account %1 is listed.</source>
        <translation>Aucun utilisateur avec le compte %1 n’est listé.</translation>
    </message>
    <message>
        <source>%1 already gets the photo %2.</source>
        <translation>%1 reçoit déjà la photo %2.</translation>
    </message>
    <message>
        <source>Has a photo already (only users without one were asked for).</source>
        <translation>A déjà une photo (seuls les utilisateurs sans photo étaient demandés).</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Le compte est désactivé.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Choose a user</source>
        <translation>Choisir un utilisateur</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Double-click (or F2) to choose the user: %1</source>
        <translation>Double-cliquez (ou F2) pour choisir l’utilisateur : %1</translation>
    </message>
    <message>
        <source>Choose one of %1…</source>
        <translation>Choisissez parmi %1…</translation>
    </message>
    <message>
        <source>Did you mean %1? Choose…</source>
        <translation>Vouliez-vous dire %1 ? Choisir…</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>choisi par vous</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Already this photo</source>
        <translation>A déjà cette photo</translation>
    </message>
    <message>
        <source>Changed meanwhile: not written</source>
        <translation>Modifié entre-temps : non écrit</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>adphoto::ImportPlanner</name>
    <message>
        <source>Plan from either a folder or a CSV file.</source>
        <translation>Planifiez à partir d’un dossier ou d’un fichier CSV, pas des deux.</translation>
    </message>
    <message>
        <source>Planning cancelled.</source>
        <translation>Planification annulée.</translation>
    </message>
</context>
<context>
    <name>adphoto::ImportRunner</name>
    <message>
        <source>the DC had taken the write (confirmed on resume)</source>
        <translation>le DC avait pris en compte l’écriture (confirmé à la reprise)</translation>
    </message>
    <message>
        <source>interrupted before the write; written again on resume</source>
        <translation>interrompu avant l’écriture ; réécrit à la reprise</translation>
    </message>
    <message>
        <source>changed by someone else while the import was interrupted</source>
        <translation>modifié par quelqu’un d’autre pendant l’interruption de l’importation</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MiB.</source>
        <translation>%1 dépasse 256 Mio.</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made.</source>
        <translation>%1 a changé depuis la création du plan.</translation>
    </message>
    <message>
        <source>Preparing %1 failed.</source>
        <translation>La préparation de %1 a échoué.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>L’utilisateur n’existe plus.</translation>
    </message>
    <message>
        <source>The user&apos;s photo changed since the plan was made; not written.</source>
        <translation>La photo de l’utilisateur a changé depuis la création du plan ; non écrite.</translation>
    </message>
    <message>
        <source>The user already has this photo.</source>
        <translation>L’utilisateur a déjà cette photo.</translation>
    </message>
    <message>
        <source>written before the connection was lost (confirmed)</source>
        <translation>écrit avant la perte de la connexion (confirmé)</translation>
    </message>
    <message>
        <source>The photo was changed by someone else; not written.</source>
        <translation>La photo a été modifiée par quelqu’un d’autre ; non écrite.</translation>
    </message>
</context>
<context>
    <name>adphoto::Journal</name>
    <message>
        <source>The data directory %1 cannot be created.</source>
        <translation>Le répertoire de données %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>SQLite support for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>La prise en charge de SQLite pour Qt est absente (installez libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>ouvrir %1</translation>
    </message>
    <message>
        <source>be configured</source>
        <translation>être configuré</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>démarrer une transaction</translation>
    </message>
    <message>
        <source>create its tables</source>
        <translation>créer ses tables</translation>
    </message>
    <message>
        <source>record its schema</source>
        <translation>enregistrer son schéma</translation>
    </message>
    <message>
        <source>Another apply is running on this journal (process %1); wait for it to finish.</source>
        <translation>Une autre application est en cours sur ce journal (processus %1) ; attendez qu’elle se termine.</translation>
    </message>
    <message>
        <source>record the import</source>
        <translation>enregistrer l’importation</translation>
    </message>
    <message>
        <source>update the import</source>
        <translation>mettre à jour l’importation</translation>
    </message>
    <message>
        <source>read the import</source>
        <translation>lire l’importation</translation>
    </message>
    <message>
        <source>No import with id %1 in the journal.</source>
        <translation>Aucune importation d’identifiant %1 dans le journal.</translation>
    </message>
    <message>
        <source>list imports</source>
        <translation>lister les importations</translation>
    </message>
    <message>
        <source>record the change</source>
        <translation>enregistrer la modification</translation>
    </message>
    <message>
        <source>commit the change</source>
        <translation>valider la modification</translation>
    </message>
    <message>
        <source>record the outcome</source>
        <translation>enregistrer le résultat</translation>
    </message>
    <message>
        <source>The journal has no change %1.</source>
        <translation>Le journal ne contient pas de modification %1.</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>lire l’historique</translation>
    </message>
    <message>
        <source>The journal could not %1.</source>
        <translation>Le journal n’a pas pu %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::LdapErrors</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>No such user: the bind name is not known to the domain.</source>
        <translation>Utilisateur inconnu : le nom de liaison n’est pas connu du domaine.</translation>
    </message>
    <message>
        <source>This account may not sign in at this time (logon hours).</source>
        <translation>Ce compte ne peut pas se connecter à cette heure (horaires d’accès).</translation>
    </message>
    <message>
        <source>This account may not sign in from this workstation.</source>
        <translation>Ce compte ne peut pas se connecter depuis ce poste de travail.</translation>
    </message>
    <message>
        <source>The account&apos;s password has expired.</source>
        <translation>Le mot de passe du compte a expiré.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Le compte est désactivé.</translation>
    </message>
    <message>
        <source>The account has expired.</source>
        <translation>Le compte a expiré.</translation>
    </message>
    <message>
        <source>The account&apos;s password must be changed before it can sign in.</source>
        <translation>Le mot de passe du compte doit être changé avant qu’il puisse se connecter.</translation>
    </message>
    <message>
        <source>The account is locked out.</source>
        <translation>Le compte est verrouillé.</translation>
    </message>
    <message>
        <source>The DC refused the credentials.</source>
        <translation>Le DC a refusé les identifiants.</translation>
    </message>
    <message>
        <source>No Kerberos ticket: run &apos;kinit user@REALM&apos; first, or bind with --bind simple.</source>
        <translation>Pas de ticket Kerberos : exécutez d’abord &apos;kinit user@REALM&apos; ou liez-vous avec --bind simple.</translation>
    </message>
    <message>
        <source>The Kerberos ticket has expired: run &apos;kinit&apos; again.</source>
        <translation>Le ticket Kerberos a expiré : exécutez à nouveau &apos;kinit&apos;.</translation>
    </message>
    <message>
        <source>This machine&apos;s clock differs too much from the DC&apos;s (Kerberos clock skew): fix the time.</source>
        <translation>L’horloge de cette machine diffère trop de celle du DC (décalage d’horloge Kerberos) : corrigez l’heure.</translation>
    </message>
    <message>
        <source>The DC&apos;s service principal (ldap/&lt;dc name&gt;) is unknown to the KDC: connect by the DC&apos;s full DNS name, not an IP address or alias.</source>
        <translation>Le principal de service du DC (ldap/&lt;nom du DC&gt;) est inconnu du KDC : connectez-vous avec le nom DNS complet du DC, pas une adresse IP ni un alias.</translation>
    </message>
    <message>
        <source>Kerberos (GSSAPI) authentication failed.</source>
        <translation>L’authentification Kerberos (GSSAPI) a échoué.</translation>
    </message>
    <message>
        <source>TLS failed: the DC&apos;s certificate could not be verified (untrusted CA, wrong host name or expired). Give the CA with --ca-file.</source>
        <translation>Échec TLS : le certificat du DC n’a pas pu être vérifié (AC non approuvée, nom d’hôte incorrect ou certificat expiré). Indiquez l’AC avec --ca-file.</translation>
    </message>
    <message>
        <source>Cannot contact the DC.</source>
        <translation>Impossible de contacter le DC.</translation>
    </message>
    <message>
        <source>The connection to the DC was lost.</source>
        <translation>La connexion au DC a été perdue.</translation>
    </message>
    <message>
        <source>The DC did not answer in time.</source>
        <translation>Le DC n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The DC requires a protected connection (LDAP signing): use TLS, or Kerberos with signing and sealing.</source>
        <translation>Le DC exige une connexion protégée (signature LDAP) : utilisez TLS, ou Kerberos avec signature et chiffrement.</translation>
    </message>
    <message>
        <source>The DC requires an encrypted connection.</source>
        <translation>Le DC exige une connexion chiffrée.</translation>
    </message>
    <message>
        <source>This kind of bind is not allowed for the account.</source>
        <translation>Ce type de liaison n’est pas autorisé pour ce compte.</translation>
    </message>
    <message>
        <source>Access denied: the bound account may not change this user&apos;s photo.</source>
        <translation>Accès refusé : le compte lié ne peut pas modifier la photo de cet utilisateur.</translation>
    </message>
    <message>
        <source>Access denied.</source>
        <translation>Accès refusé.</translation>
    </message>
    <message>
        <source>No such object in the directory (deleted or moved?).</source>
        <translation>Objet introuvable dans l’annuaire (supprimé ou déplacé ?).</translation>
    </message>
    <message>
        <source>The photo was changed by someone else since it was read; nothing was written.</source>
        <translation>La photo a été modifiée par quelqu’un d’autre depuis sa lecture ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>A photo was set by someone else since it was read; nothing was written.</source>
        <translation>Quelqu’un d’autre a défini une photo depuis la lecture ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The DC refused the photo as too large: thumbnailPhoto holds at most 102,400 bytes.</source>
        <translation>Le DC a refusé la photo car trop volumineuse : thumbnailPhoto contient au plus 102 400 octets.</translation>
    </message>
    <message>
        <source>The DC is unwilling to accept this bind.</source>
        <translation>Le DC refuse d’accepter cette liaison.</translation>
    </message>
    <message>
        <source>The DC is busy or unavailable.</source>
        <translation>Le DC est occupé ou indisponible.</translation>
    </message>
    <message>
        <source>The bind failed.</source>
        <translation>La liaison a échoué.</translation>
    </message>
    <message>
        <source>The directory operation failed.</source>
        <translation>L’opération sur l’annuaire a échoué.</translation>
    </message>
</context>
<context>
    <name>adphoto::LdapSession</name>
    <message>
        <source>&quot;%1&quot; is not a usable LDAP URI.</source>
        <translation>« %1 » n’est pas une URI LDAP utilisable.</translation>
    </message>
    <message>
        <source>TLS was not established with %1.</source>
        <translation>TLS n’a pas été établi avec %1.</translation>
    </message>
    <message>
        <source>Refusing to send a password over an unprotected connection.</source>
        <translation>Refus d’envoyer un mot de passe sur une connexion non protégée.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Le mot de passe est vide.</translation>
    </message>
    <message>
        <source>The Kerberos session is not sealed (SSF %1 &lt; 56); refusing an unprotected connection.</source>
        <translation>La session Kerberos n’est pas chiffrée (SSF %1 &lt; 56) ; connexion non protégée refusée.</translation>
    </message>
    <message>
        <source>No server given: use --server URI or --domain NAME (or ADPHOTO_SERVER, ADPHOTO_DOMAIN, a profile, or URI in ldap.conf).</source>
        <translation>Aucun serveur indiqué : utilisez --server URI ou --domain NOM (ou ADPHOTO_SERVER, ADPHOTO_DOMAIN, un profil, ou URI dans ldap.conf).</translation>
    </message>
    <message>
        <source>The DC did not tell its defaultNamingContext; give --base DN.</source>
        <translation>Le DC n’a pas indiqué son defaultNamingContext ; indiquez --base DN.</translation>
    </message>
    <message>
        <source>The directory is not open.</source>
        <translation>L’annuaire n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>No user given.</source>
        <translation>Aucun utilisateur indiqué.</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot; under %2.</source>
        <translation>Aucun utilisateur « %1 » sous %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 users; nothing was done. Name one by DN or &lt;GUID=...&gt;.</source>
        <translation>« %1 » correspond à %2 utilisateurs ; rien n’a été fait. Désignez-en un par DN ou &lt;GUID=...&gt;.</translation>
    </message>
    <message>
        <source>No such user: %1</source>
        <translation>Utilisateur introuvable : %1</translation>
    </message>
    <message>
        <source>An empty photo cannot be written; remove the photo instead.</source>
        <translation>Une photo vide ne peut pas être écrite ; supprimez plutôt la photo.</translation>
    </message>
    <message>
        <source>The user has no photo to remove.</source>
        <translation>L’utilisateur n’a pas de photo à supprimer.</translation>
    </message>
    <message>
        <source>No such object: %1</source>
        <translation>Objet introuvable : %1</translation>
    </message>
</context>
<context>
    <name>adphoto::MemorySecretStore</name>
    <message>
        <source>No keychain is available.</source>
        <translation>Aucun trousseau de clés n’est disponible.</translation>
    </message>
</context>
<context>
    <name>adphoto::NamePattern</name>
    <message>
        <source>Pattern &quot;%1&quot; has a &quot;}&quot; without &quot;{&quot;.</source>
        <translation>Le motif « %1 » contient un « } » sans « { ».</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot; has a &quot;{&quot; without &quot;}&quot;.</source>
        <translation>Le motif « %1 » contient un « { » sans « } ».</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: &quot;%2&quot; needs a positive length after the colon.</source>
        <translation>Motif « %1 » : « %2 » nécessite une longueur positive après les deux-points.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: unknown attribute {%2}; use sAMAccountName, userPrincipalName, mail, employeeID, displayName, givenName or sn.</source>
        <translation>Motif « %1 » : attribut inconnu {%2} ; utilisez sAMAccountName, userPrincipalName, mail, employeeID, displayName, givenName ou sn.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot; uses no attribute such as {sn}.</source>
        <translation>Le motif « %1 » n’utilise aucun attribut comme {sn}.</translation>
    </message>
</context>
<context>
    <name>adphoto::PathMapping</name>
    <message>
        <source>--path-map needs PREFIX=LOCAL_FOLDER, e.g. &apos;C:\Photos=/mnt/photos&apos; (got &quot;%1&quot;).</source>
        <translation>--path-map attend PRÉFIXE=DOSSIER_LOCAL, par ex. &apos;C:\Photos=/mnt/photos&apos; (reçu : « %1 »).</translation>
    </message>
    <message>
        <source>--path-map: &quot;%1&quot; is not an absolute local folder.</source>
        <translation>--path-map : « %1 » n’est pas un dossier local absolu.</translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation>Le nom de fichier est vide.</translation>
    </message>
    <message>
        <source>The Windows path &quot;%1&quot; is not under any --path-map prefix (e.g. --path-map &apos;C:\Photos=/mnt/photos&apos;).</source>
        <translation>Le chemin Windows « %1 » ne se trouve sous aucun préfixe --path-map (par ex. --path-map &apos;C:\Photos=/mnt/photos&apos;).</translation>
    </message>
    <message>
        <source>It has a space next to a path separator: did you mean &quot;%1&quot;?</source>
        <translation>Il y a une espace à côté d’un séparateur de chemin : vouliez-vous dire « %1 » ?</translation>
    </message>
</context>
<context>
    <name>adphoto::PhotoExporter</name>
    <message>
        <source>No export folder given.</source>
        <translation>Aucun dossier d’exportation indiqué.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existe et n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 already exists (an earlier export?). Nothing was written: give --overwrite to replace it and the photos, or choose another folder.</source>
        <translation>%1 existe déjà (une exportation précédente ?). Rien n’a été écrit : indiquez --overwrite pour le remplacer ainsi que les photos, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; it was left alone.</source>
        <translation>%1 existe et n’est pas un fichier ordinaire ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 exists with other content; give --overwrite to replace it.</source>
        <translation>%1 existe avec un autre contenu ; indiquez --overwrite pour le remplacer.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; the index was not written.</source>
        <translation>%1 existe et n’est pas un fichier ordinaire ; l’index n’a pas été écrit.</translation>
    </message>
    <message>
        <source>Cannot write the index %1: %2</source>
        <translation>Impossible d’écrire l’index %1 : %2</translation>
    </message>
</context>
<context>
    <name>adphoto::PhotoWriter</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>adphoto::PlanBuilder</name>
    <message>
        <source>The account is disabled (--skip-disabled).</source>
        <translation>Le compte est désactivé (--skip-disabled).</translation>
    </message>
    <message>
        <source>The user already has a photo (--only-missing).</source>
        <translation>L’utilisateur a déjà une photo (--only-missing).</translation>
    </message>
    <message>
        <source>No user fits this file name.</source>
        <translation>Aucun utilisateur ne correspond à ce nom de fichier.</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>doublon de la ligne %1</translation>
    </message>
</context>
<context>
    <name>adphoto::PlanFileChecker</name>
    <message>
        <source>File not found: &quot;%1&quot;.</source>
        <translation>Fichier introuvable : « %1 ».</translation>
    </message>
    <message>
        <source>The path has a space next to a separator; &quot;%1&quot; exists — correct the CSV if that is the photo.</source>
        <translation>Le chemin a une espace à côté d’un séparateur ; « %1 » existe — corrigez le CSV si c’est la photo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>« %1 » n’est pas un fichier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>« %1 » est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image.</source>
        <translation>« %1 » n’est pas une image.</translation>
    </message>
</context>
<context>
    <name>adphoto::PlanRow</name>
    <message>
        <source>&quot;status&quot; must be one of ready, unchanged, skipped, ambiguous, unmatched, conflict, error.</source>
        <translation>&quot;status&quot; doit valoir ready, unchanged, skipped, ambiguous, unmatched, conflict ou error.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or null.</source>
        <translation>&quot;%1&quot; doit être une chaîne ou null.</translation>
    </message>
    <message>
        <source>&quot;objectGUID&quot; is not a GUID: &quot;%1&quot;.</source>
        <translation>&quot;objectGUID&quot; n’est pas un GUID : « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true, false or null.</source>
        <translation>&quot;%1&quot; doit valoir true, false ou null.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings or null.</source>
        <translation>&quot;%1&quot; doit être une liste de chaînes ou null.</translation>
    </message>
    <message>
        <source>&quot;line&quot; must be a line number or null.</source>
        <translation>&quot;line&quot; doit être un numéro de ligne ou null.</translation>
    </message>
</context>
<context>
    <name>adphoto::PlanScope</name>
    <message>
        <source>The user is not among the users this import is limited to.</source>
        <translation>L’utilisateur ne fait pas partie des utilisateurs auxquels cette importation est limitée.</translation>
    </message>
    <message>
        <source>The user is not among the %1.</source>
        <translation>L’utilisateur ne fait pas partie des %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::Reverter</name>
    <message>
        <source>The journal holds no change of this user, so there is nothing to restore.</source>
        <translation>Le journal ne contient aucune modification de cet utilisateur ; il n’y a donc rien à restaurer.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n user(s).</source>
        <translation>
            <numerusform>Annulé après %n utilisateur.</numerusform>
            <numerusform>Annulé après %n utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The photo was changed after this import; left as it is.</source>
        <translation>La photo a été modifiée après cette importation ; elle est laissée telle quelle.</translation>
    </message>
</context>
<context>
    <name>adphoto::UserIndex</name>
    <message>
        <source>At most 255 patterns can be used at once.</source>
        <translation>Au plus 255 motifs peuvent être utilisés à la fois.</translation>
    </message>
</context>
<context>
    <name>adphoto::UserListModel</name>
    <message>
        <source>Has a photo</source>
        <translation>A une photo</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Photo size</source>
        <translation>Taille de la photo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>adphoto::UserSpecResolver</name>
    <message>
        <source>The user is empty.</source>
        <translation>L’utilisateur est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid GUID.</source>
        <translation>« %1 » n’est pas un GUID valide.</translation>
    </message>
    <message>
        <source>Unknown user &quot;%1&quot;.</source>
        <translation>Utilisateur inconnu « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; fits %n users; none was chosen.</source>
        <translation>
            <numerusform>« %1 » correspond à %n utilisateur ; aucun n’a été choisi.</numerusform>
            <numerusform>« %1 » correspond à %n utilisateurs ; aucun n’a été choisi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adphoto::cli::AuditCommand</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Users with a photo</source>
        <translation>Utilisateurs avec photo</translation>
    </message>
    <message>
        <source>Photos shared by several users</source>
        <translation>Photos partagées par plusieurs utilisateurs</translation>
    </message>
    <message>
        <source>Photo audit of %1 (byte limit %2, minimum %3 px)</source>
        <translation>Audit des photos de %1 (limite d’octets %2, minimum %3 px)</translation>
    </message>
    <message>
        <source>Audit photos: missing per OU, too large, not JPEG, not square, too small, shared, disabled.</source>
        <translation>Auditer les photos : manquantes par UO, trop volumineuses, non JPEG, non carrées, trop petites, partagées, comptes désactivés.</translation>
    </message>
    <message>
        <source>Only users under this OU (subtree).</source>
        <translation>Seulement les utilisateurs sous cette UO (sous-arbre).</translation>
    </message>
    <message>
        <source>Photos larger than this many bytes are reported (default 102400).</source>
        <translation>Les photos plus grandes que ce nombre d’octets sont signalées (102400 par défaut).</translation>
    </message>
    <message>
        <source>audit takes no arguments.</source>
        <translation>audit n’accepte aucun argument.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv, json or html.</source>
        <translation>Format inconnu « %1 » : utilisez table, csv, json ou html.</translation>
    </message>
    <message>
        <source>--max-bytes takes a positive number of bytes, not &quot;%1&quot;.</source>
        <translation>--max-bytes attend un nombre positif d’octets, pas « %1 ».</translation>
    </message>
    <message>
        <source>Auditing</source>
        <translation>Audit en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) audited: </source>
        <translation>
            <numerusform>%n utilisateur audité : </numerusform>
            <numerusform>%n utilisateurs audités : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a photo, </source>
        <translation>
            <numerusform>%n sans photo, </numerusform>
            <numerusform>%n sans photo, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with photos.</source>
        <translation>
            <numerusform>%n problème de photo.</numerusform>
            <numerusform>%n problèmes de photo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads every photo once, page by page, and keeps only a fingerprint of each.
--format takes table (summary, counts per OU, findings), csv, json (one array: &quot;ou&quot; rows
with subtree and direct counts, then one row per finding with its &quot;kind&quot;: missing,
oversized, notJpeg, damaged, notSquare, tooSmall, duplicate, disabledWithPhoto) or html
(a self-contained report).</source>
        <translation>Lit chaque photo une seule fois, page par page, et n’en garde qu’une empreinte.
--format accepte table (résumé, nombres par UO, constats), csv, json (un tableau : lignes &quot;ou&quot;
avec les nombres du sous-arbre et directs, puis une ligne par constat avec son &quot;kind&quot; : missing,
oversized, notJpeg, damaged, notSquare, tooSmall, duplicate, disabledWithPhoto) ou html
(un rapport autonome).</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::CheckCommand</name>
    <message>
        <source>Test the connection: DC, TLS, bind identity, base DN, write permission.</source>
        <translation>Tester la connexion : DC, TLS, identité liée, DN de base, droit d’écriture.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli check [USER]</source>
        <translation>Utilisation : adphoto-cli check [USER]</translation>
    </message>
    <message>
        <source>With USER, also tells whether the bound identity may write that user&apos;s thumbnailPhoto
(from allowedAttributesEffective).</source>
        <translation>Avec USER, indique aussi si l’identité liée peut écrire le thumbnailPhoto de cet utilisateur
(d’après allowedAttributesEffective).</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::CliApp</name>
    <message>
        <source>LDAP URI or host of the DC (ldap://, ldaps://) [ADPHOTO_SERVER].</source>
        <translation>URI LDAP ou hôte du DC (ldap://, ldaps://) [ADPHOTO_SERVER].</translation>
    </message>
    <message>
        <source>AD domain; the DC is found through DNS SRV records [ADPHOTO_DOMAIN].</source>
        <translation>Domaine AD ; le DC est trouvé via les enregistrements DNS SRV [ADPHOTO_DOMAIN].</translation>
    </message>
    <message>
        <source>DNS server to ask for the domain&apos;s DCs [ADPHOTO_DNS_SERVER].</source>
        <translation>Serveur DNS à interroger pour les DC du domaine [ADPHOTO_DNS_SERVER].</translation>
    </message>
    <message>
        <source>Base DN (default: the domain&apos;s defaultNamingContext) [ADPHOTO_BASE].</source>
        <translation>DN de base (par défaut : le defaultNamingContext du domaine) [ADPHOTO_BASE].</translation>
    </message>
    <message>
        <source>simple or gssapi (Kerberos ticket); default simple when a user is given, else gssapi [ADPHOTO_BIND].</source>
        <translation>simple ou gssapi (ticket Kerberos) ; simple par défaut si un utilisateur est indiqué, sinon gssapi [ADPHOTO_BIND].</translation>
    </message>
    <message>
        <source>Bind name: user@domain, DOMAIN\user or a DN [ADPHOTO_USER].</source>
        <translation>Nom de liaison : user@domain, DOMAIN\user ou un DN [ADPHOTO_USER].</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (else ADPHOTO_PASSWORD, else a prompt).</source>
        <translation>Lire le mot de passe dans la première ligne de FILE (sinon ADPHOTO_PASSWORD, sinon une invite).</translation>
    </message>
    <message>
        <source>starttls, ldaps or none (none only with gssapi) [ADPHOTO_TLS].</source>
        <translation>starttls, ldaps ou none (none seulement avec gssapi) [ADPHOTO_TLS].</translation>
    </message>
    <message>
        <source>CA certificates to trust (PEM) [ADPHOTO_CA_FILE].</source>
        <translation>Certificats d’AC de confiance (PEM) [ADPHOTO_CA_FILE].</translation>
    </message>
    <message>
        <source>Do not verify the server certificate (dangerous; warns every time).</source>
        <translation>Ne pas vérifier le certificat du serveur (dangereux ; avertit à chaque fois).</translation>
    </message>
    <message>
        <source>Network timeout in seconds (default 30) [ADPHOTO_TIMEOUT].</source>
        <translation>Délai réseau en secondes (30 par défaut) [ADPHOTO_TIMEOUT].</translation>
    </message>
    <message>
        <source>Users per search page (default 1000) [ADPHOTO_PAGE_SIZE].</source>
        <translation>Utilisateurs par page de recherche (1000 par défaut) [ADPHOTO_PAGE_SIZE].</translation>
    </message>
    <message>
        <source>Use a named connection profile [ADPHOTO_PROFILE].</source>
        <translation>Utiliser un profil de connexion nommé [ADPHOTO_PROFILE].</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>Format de sortie : table, csv ou json.</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>N’afficher que les erreurs.</translation>
    </message>
    <message>
        <source>Print more detail on stderr.</source>
        <translation>Afficher plus de détails sur stderr.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Afficher l’aide.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli [connection options] COMMAND [options] [arguments]

Puts employees&apos; photos into Active Directory (thumbnailPhoto).

Commands:
</source>
        <translation>Utilisation : adphoto-cli [options de connexion] COMMANDE [options] [arguments]

Place les photos des employés dans Active Directory (thumbnailPhoto).

Commandes :
</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli %1 [options] %2</source>
        <translation>Utilisation : adphoto-cli %1 [options] %2</translation>
    </message>
    <message>
        <source>adphoto-cli: unknown command &quot;%1&quot;.</source>
        <translation>adphoto-cli : commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Run &apos;adphoto-cli help %1&apos; for its options.</source>
        <translation>Exécutez &apos;adphoto-cli help %1&apos; pour ses options.</translation>
    </message>
    <message>
        <source>
Options every command takes: --quiet (-q), --verbose, --format, --help (-h); and --version.
Run &apos;adphoto-cli help COMMAND&apos; for a command&apos;s options and examples, &apos;man adphoto-cli&apos; for all.
Exit codes:</source>
        <translation>
Options acceptées par toutes les commandes : --quiet (-q), --verbose, --format, --help (-h) ; et --version.
Exécutez &apos;adphoto-cli help COMMANDE&apos; pour les options et exemples d’une commande, &apos;man adphoto-cli&apos; pour tout.
Codes de sortie :</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>utilisation</translation>
    </message>
    <message>
        <source>partly done (some users or files failed; an import can be resumed)</source>
        <translation>fait en partie (certains utilisateurs ou fichiers ont échoué ; une importation peut être reprise)</translation>
    </message>
    <message>
        <source>connection or authentication</source>
        <translation>connexion ou authentification</translation>
    </message>
    <message>
        <source>ambiguous or conflict</source>
        <translation>ambigu ou conflit</translation>
    </message>
    <message>
        <source>cancelled (Ctrl+C)</source>
        <translation>annulé (Ctrl+C)</translation>
    </message>
    <message>
        <source>Password for a simple bind (else --password-file or a prompt).</source>
        <translation>Mot de passe pour une liaison simple (sinon --password-file ou une invite).</translation>
    </message>
    <message>
        <source>Settings file (default ~/.config/adphoto/adphoto.ini).</source>
        <translation>Fichier de réglages (par défaut ~/.config/adphoto/adphoto.ini).</translation>
    </message>
    <message>
        <source>Journal and backups (default ~/.local/share/adphoto).</source>
        <translation>Journal et sauvegardes (par défaut ~/.local/share/adphoto).</translation>
    </message>
    <message>
        <source>Fixed time stamp for &apos;deploy&apos; (reproducible output).</source>
        <translation>Horodatage fixe pour &apos;deploy&apos; (sortie reproductible).</translation>
    </message>
    <message>
        <source>CA certificates to trust when --ca-file is not given.</source>
        <translation>Certificats d’AC de confiance quand --ca-file n’est pas indiqué.</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Exemples :</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::CliContext</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>Candidats :</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement : </translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation>Format inconnu « %1 » : utilisez table, csv ou json.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [o/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>This changes the directory and there is no terminal to confirm on: add --yes.</source>
        <translation>Ceci modifie l’annuaire et il n’y a pas de terminal pour confirmer : ajoutez --yes.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Impossible de lire le fichier de mot de passe %1 : %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Le fichier de mot de passe %1 est vide.</translation>
    </message>
    <message>
        <source>A password is needed for %1: give --password-file FILE or set ADPHOTO_PASSWORD (there is no terminal to ask on).</source>
        <translation>Un mot de passe est nécessaire pour %1 : indiquez --password-file FILE ou définissez ADPHOTO_PASSWORD (il n’y a pas de terminal pour le demander).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>--insecure-skip-verify: the server&apos;s certificate is NOT checked; anyone on the network path can read and change this session.</source>
        <translation>--insecure-skip-verify : le certificat du serveur n’est PAS vérifié ; n’importe qui sur le chemin réseau peut lire et modifier cette session.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>The DC %1 this import started on cannot be reached; it must finish on the same DC.</source>
        <translation>Le DC %1 sur lequel cette importation a commencé est injoignable ; elle doit se terminer sur le même DC.</translation>
    </message>
    <message>
        <source>Connected to %1 (DC %2), TLS %3, SSF %4, %5 bind as %6; base %7.</source>
        <translation>Connecté à %1 (DC %2), TLS %3, SSF %4, liaison %5 en tant que %6 ; base %7.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::DeployCommand</name>
    <message>
        <source>--quality takes a number from 1 to 100.</source>
        <translation>--quality attend un nombre de 1 à 100.</translation>
    </message>
    <message>
        <source>SOURCE_DATE_EPOCH must be a number of seconds since 1970.</source>
        <translation>SOURCE_DATE_EPOCH doit être un nombre de secondes depuis 1970.</translation>
    </message>
    <message>
        <source>Write the GPO package that shows AD photos as Windows account pictures.</source>
        <translation>Écrire le paquet GPO qui affiche les photos AD comme images de compte Windows.</translation>
    </message>
    <message>
        <source>Folder to write (must not exist or be empty).</source>
        <translation>Dossier à écrire (ne doit pas exister ou doit être vide).</translation>
    </message>
    <message>
        <source>system-task (default) or logoff.</source>
        <translation>system-task (par défaut) ou logoff.</translation>
    </message>
    <message>
        <source>Folder on the computers for the pictures (default %1).</source>
        <translation>Dossier des images sur les ordinateurs (%1 par défaut).</translation>
    </message>
    <message>
        <source>Picture sizes in pixels (default %1).</source>
        <translation>Tailles des images en pixels (%1 par défaut).</translation>
    </message>
    <message>
        <source>JPEG quality 1-100 (default %1).</source>
        <translation>Qualité JPEG 1-100 (%1 par défaut).</translation>
    </message>
    <message>
        <source>Name of the GPO (default &quot;%1&quot;).</source>
        <translation>Nom de la GPO (« %1 » par défaut).</translation>
    </message>
    <message>
        <source>GUID of the GPO in the backup (default: random).</source>
        <translation>GUID de la GPO dans la sauvegarde (par défaut : aléatoire).</translation>
    </message>
    <message>
        <source>ID of the backup (default: random).</source>
        <translation>Identifiant de la sauvegarde (par défaut : aléatoire).</translation>
    </message>
    <message>
        <source>Backup time, RFC 3339 (default: SOURCE_DATE_EPOCH, else now).</source>
        <translation>Heure de la sauvegarde, RFC 3339 (par défaut : SOURCE_DATE_EPOCH, sinon maintenant).</translation>
    </message>
    <message>
        <source>DNS name of the users&apos; domain (default: each computer&apos;s own domain).</source>
        <translation>Nom DNS du domaine des utilisateurs (par défaut : le domaine de chaque ordinateur).</translation>
    </message>
    <message>
        <source>Logoff mode: who may create their picture key, a SID or Users, Authenticated Users, INTERACTIVE (default Users).</source>
        <translation>Mode logoff : qui peut créer sa clé d’image, un SID ou Users, Authenticated Users, INTERACTIVE (Users par défaut).</translation>
    </message>
    <message>
        <source>Also write DIR.zip.</source>
        <translation>Écrire aussi DIR.zip.</translation>
    </message>
    <message>
        <source>deploy takes no arguments; use --out DIR.</source>
        <translation>deploy n’accepte aucun argument ; utilisez --out DIR.</translation>
    </message>
    <message>
        <source>deploy needs --out DIR.</source>
        <translation>deploy nécessite --out DIR.</translation>
    </message>
    <message numerus="yes">
        <source>Deploy package (%1 mode) written to %2: %n file(s).</source>
        <translation>
            <numerusform>Paquet de déploiement (mode %1) écrit dans %2 : %n fichier.</numerusform>
            <numerusform>Paquet de déploiement (mode %1) écrit dans %2 : %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>GPO backup ID %1 in %2; import it on a domain computer with:</source>
        <translation>Identifiant de sauvegarde GPO %1 dans %2 ; importez-la sur un ordinateur du domaine avec :</translation>
    </message>
    <message>
        <source>See README.txt in the folder for linking, checks and troubleshooting.</source>
        <translation>Voir README.txt dans le dossier pour la liaison, les vérifications et le dépannage.</translation>
    </message>
    <message>
        <source>Writes a folder with a GPO backup (import it with Import-GPO or GPMC&apos;s &quot;Import Settings&quot;), the client PowerShell script and README.txt/README.html with the steps. Modes: system-task (default: a startup script installs a scheduled task that runs as SYSTEM at every sign-in, no permission is changed) or logoff (a user logoff script; the GPO grants the minimum registry rights and turns on loopback processing). With --gpo-guid, --backup-id and --timestamp (or SOURCE_DATE_EPOCH) fixed, the output is the same byte for byte.</source>
        <translation>Écrit un dossier contenant une sauvegarde de GPO (à importer avec Import-GPO ou « Importer les paramètres » de la GPMC), le script PowerShell du client et README.txt/README.html avec les étapes. Modes : system-task (par défaut : un script de démarrage installe une tâche planifiée qui s’exécute en tant que SYSTEM à chaque ouverture de session ; aucune autorisation n’est modifiée) ou logoff (un script de fermeture de session utilisateur ; la GPO accorde les droits de registre minimaux et active le traitement en boucle de rappel). Avec --gpo-guid, --backup-id et --timestamp (ou SOURCE_DATE_EPOCH) fixés, la sortie est identique octet pour octet.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::ExportCommand</name>
    <message>
        <source>Save every user&apos;s photo into a folder, with a CSV index to import them again.</source>
        <translation>Enregistrer la photo de chaque utilisateur dans un dossier, avec un index CSV pour les réimporter.</translation>
    </message>
    <message>
        <source>Folder to write the photos to (created if missing).</source>
        <translation>Dossier où écrire les photos (créé s’il n’existe pas).</translation>
    </message>
    <message>
        <source>Only users under this OU (subtree).</source>
        <translation>Seulement les utilisateurs sous cette UO (sous-arbre).</translation>
    </message>
    <message>
        <source>Replace existing files (and an earlier export&apos;s index).</source>
        <translation>Remplacer les fichiers existants (et l’index d’une exportation précédente).</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli export --folder DIR [--ou DN] [--overwrite]</source>
        <translation>Utilisation : adphoto-cli export --folder DIR [--ou DN] [--overwrite]</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation en cours</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1 : ignoré : %2</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1 : échec : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) written, </source>
        <translation>
            <numerusform>%n photo écrite, </numerusform>
            <numerusform>%n photos écrites, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there, </source>
        <translation>
            <numerusform>%n déjà présente, </numerusform>
            <numerusform>%n déjà présentes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped, </source>
        <translation>
            <numerusform>%n ignorée, </numerusform>
            <numerusform>%n ignorées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed; </source>
        <translation>
            <numerusform>%n en échec ; </numerusform>
            <numerusform>%n en échec ; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a photo.</source>
        <translation>
            <numerusform>%n utilisateur sans photo.</numerusform>
            <numerusform>%n utilisateurs sans photo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>Index : %1</translation>
    </message>
    <message>
        <source>Stopped: the folder keeps refusing writes.</source>
        <translation>Arrêté : le dossier continue de refuser les écritures.</translation>
    </message>
    <message>
        <source>Files are named &lt;sAMAccountName&gt;.jpg (or .png, .gif ... after the photo&apos;s real format),
made safe for any filesystem. Existing files are never replaced unless --overwrite is
given; they are reported and left out of the index, and the exit code is 3. The index
(index.csv: AD_user,path_to_file with relative paths) re-imports as is with
&apos;adphoto-cli import --csv DIR/index.csv&apos;.</source>
        <translation>Les fichiers sont nommés &lt;sAMAccountName&gt;.jpg (ou .png, .gif ... selon le format réel de la photo),
avec un nom sûr pour tout système de fichiers. Les fichiers existants ne sont jamais remplacés sans
--overwrite ; ils sont signalés et exclus de l’index, et le code de sortie est 3. L’index
(index.csv : AD_user,path_to_file avec des chemins relatifs) se réimporte tel quel avec
&apos;adphoto-cli import --csv DIR/index.csv&apos;.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::HistoryCommand</name>
    <message>
        <source>List the photo changes recorded in the journal, oldest first.</source>
        <translation>Lister les modifications de photos enregistrées dans le journal, les plus anciennes d’abord.</translation>
    </message>
    <message>
        <source>Only changes of this user.</source>
        <translation>Seulement les modifications de cet utilisateur.</translation>
    </message>
    <message>
        <source>Only changes of this import.</source>
        <translation>Seulement les modifications de cette importation.</translation>
    </message>
    <message>
        <source>history takes no arguments; use --user USER.</source>
        <translation>history n’accepte aucun argument ; utilisez --user USER.</translation>
    </message>
    <message>
        <source>Works offline, from the local journal. USER is a sAMAccountName, DN or &lt;GUID=...&gt;.</source>
        <translation>Fonctionne hors ligne, à partir du journal local. USER est un sAMAccountName, un DN ou &lt;GUID=...&gt;.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::ImportCommand</name>
    <message>
        <source>Import photos from a folder or a CSV: plan, review, apply, resume.</source>
        <translation>Importer des photos depuis un dossier ou un CSV : planifier, vérifier, appliquer, reprendre.</translation>
    </message>
    <message>
        <source>Match the image files in DIR to users by name.</source>
        <translation>Associer les fichiers image de DIR aux utilisateurs par leur nom.</translation>
    </message>
    <message>
        <source>Also look in DIR&apos;s subfolders.</source>
        <translation>Chercher aussi dans les sous-dossiers de DIR.</translation>
    </message>
    <message>
        <source>Extra file name pattern, e.g. {givenName}.{sn} (repeatable).</source>
        <translation>Motif de nom de fichier supplémentaire, par ex. {givenName}.{sn} (répétable).</translation>
    </message>
    <message>
        <source>Read user,file pairs from a CSV file.</source>
        <translation>Lire des paires utilisateur,fichier dans un fichier CSV.</translation>
    </message>
    <message>
        <source>CSV encoding: auto, utf-8, utf-16, windows-1252 ...</source>
        <translation>Encodage du CSV : auto, utf-8, utf-16, windows-1252 ...</translation>
    </message>
    <message>
        <source>CSV delimiter: auto, &apos;,&apos;, &apos;;&apos; or tab.</source>
        <translation>Séparateur du CSV : auto, &apos;,&apos;, &apos;;&apos; ou tab.</translation>
    </message>
    <message>
        <source>The CSV has no header row.</source>
        <translation>Le CSV n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>CSV column with the user (name or 1-based number).</source>
        <translation>Colonne du CSV contenant l’utilisateur (nom ou numéro à partir de 1).</translation>
    </message>
    <message>
        <source>CSV column with the file (name or 1-based number).</source>
        <translation>Colonne du CSV contenant le fichier (nom ou numéro à partir de 1).</translation>
    </message>
    <message>
        <source>Map a Windows path prefix to a local one, e.g. &apos;C:\Photos=/mnt/p&apos; (repeatable).</source>
        <translation>Faire correspondre un préfixe de chemin Windows à un chemin local, par ex. &apos;C:\Photos=/mnt/p&apos; (répétable).</translation>
    </message>
    <message>
        <source>Apply a plan written by --dry-run --format json (perhaps edited).</source>
        <translation>Appliquer un plan écrit par --dry-run --format json (éventuellement modifié).</translation>
    </message>
    <message>
        <source>Finish an interrupted import (the newest, or IMPORT_ID).</source>
        <translation>Terminer une importation interrompue (la plus récente, ou IMPORT_ID).</translation>
    </message>
    <message>
        <source>Only print the plan; change nothing.</source>
        <translation>Afficher seulement le plan ; ne rien modifier.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>Skip users who already have a photo.</source>
        <translation>Ignorer les utilisateurs qui ont déjà une photo.</translation>
    </message>
    <message>
        <source>Skip disabled accounts.</source>
        <translation>Ignorer les comptes désactivés.</translation>
    </message>
    <message>
        <source>Match only users under this OU.</source>
        <translation>N’associer que les utilisateurs sous cette UO.</translation>
    </message>
    <message>
        <source>Photos prepared in parallel (default: one per core).</source>
        <translation>Photos préparées en parallèle (par défaut : une par cœur).</translation>
    </message>
    <message>
        <source>At most N writes per second (default: unlimited).</source>
        <translation>Au plus N écritures par seconde (par défaut : illimité).</translation>
    </message>
    <message>
        <source>Cannot read the plan %1: %2</source>
        <translation>Impossible de lire le plan %1 : %2</translation>
    </message>
    <message>
        <source>Listing users</source>
        <translation>Liste des utilisateurs</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n ligne prête</numerusform>
            <numerusform>%n lignes prêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a person (ambiguous, unmatched, conflict)</source>
        <translation>
            <numerusform>%n nécessite une personne (ambigu, sans correspondance, conflit)</numerusform>
            <numerusform>%n nécessitent une personne (ambigus, sans correspondance, conflits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1: %2 written, %3 unchanged, %4 conflict(s), %5 failed%6.</source>
        <translation>Importation %1 : %2 écrites, %3 inchangées, %4 conflit(s), %5 en échec%6.</translation>
    </message>
    <message numerus="yes">
        <source>, %n done before</source>
        <translation>
            <numerusform>, %n fait auparavant</numerusform>
            <numerusform>, %n faits auparavant</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled between users; finish with: adphoto-cli import --resume %1</source>
        <translation>Annulé entre deux utilisateurs ; terminez avec : adphoto-cli import --resume %1</translation>
    </message>
    <message>
        <source>The DC could not be reached; nothing is lost. Finish with: adphoto-cli import --resume %1</source>
        <translation>Le DC était injoignable ; rien n’est perdu. Terminez avec : adphoto-cli import --resume %1</translation>
    </message>
    <message>
        <source>Give exactly one of --folder, --csv, --plan or --resume.</source>
        <translation>Indiquez exactement une option parmi --folder, --csv, --plan ou --resume.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>--resume cannot be a dry run.</source>
        <translation>--resume ne peut pas être une simulation.</translation>
    </message>
    <message>
        <source>--jobs needs a positive whole number.</source>
        <translation>--jobs attend un nombre entier positif.</translation>
    </message>
    <message>
        <source>--rate needs a positive number of writes per second.</source>
        <translation>--rate attend un nombre positif d’écritures par seconde.</translation>
    </message>
    <message>
        <source>Nothing to apply: no row is ready.</source>
        <translation>Rien à appliquer : aucune ligne n’est prête.</translation>
    </message>
    <message numerus="yes">
        <source>Write photos for %n user(s)?</source>
        <translation>
            <numerusform>Écrire les photos de %n utilisateur ?</numerusform>
            <numerusform>Écrire les photos de %n utilisateurs ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written without --yes (or a &apos;y&apos; on the terminal). Only rows whose status is
&apos;ready&apos; are applied; ambiguous, unmatched and conflicting files wait for a person.
Every replaced photo is backed up in the journal first; the import id is the first line
on stderr. Exit code 3 when some users failed (or the DC went away: then --resume).</source>
        <translation>Rien n’est écrit sans --yes (ou un &apos;y&apos; sur le terminal). Seules les lignes dont le statut est
&apos;ready&apos; sont appliquées ; les fichiers ambigus, sans correspondance ou en conflit attendent une personne.
Chaque photo remplacée est d’abord sauvegardée dans le journal ; l’identifiant d’importation est la première ligne
sur stderr. Code de sortie 3 si certains utilisateurs ont échoué (ou si le DC a disparu : alors --resume).</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::MatchCommand</name>
    <message>
        <source>match needs --folder DIR.</source>
        <translation>match nécessite --folder DIR.</translation>
    </message>
    <message>
        <source>Propose a user for every photo in a folder (changes nothing).</source>
        <translation>Proposer un utilisateur pour chaque photo d’un dossier (ne modifie rien).</translation>
    </message>
    <message>
        <source>The folder with the photos.</source>
        <translation>Le dossier contenant les photos.</translation>
    </message>
    <message>
        <source>Also match the photos in subfolders.</source>
        <translation>Associer aussi les photos des sous-dossiers.</translation>
    </message>
    <message>
        <source>A file-name pattern from attributes, e.g. {givenName}.{sn} (repeatable).</source>
        <translation>Un motif de nom de fichier à partir d’attributs, par ex. {givenName}.{sn} (répétable).</translation>
    </message>
    <message>
        <source>Only match users under this OU (subtree).</source>
        <translation>N’associer que les utilisateurs sous cette UO (sous-arbre).</translation>
    </message>
    <message>
        <source>match takes no arguments; use --folder DIR.</source>
        <translation>match n’accepte aucun argument ; utilisez --folder DIR.</translation>
    </message>
    <message>
        <source>Listing users</source>
        <translation>Liste des utilisateurs</translation>
    </message>
    <message>
        <source>Indexing users</source>
        <translation>Indexation des utilisateurs</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Association en cours</translation>
    </message>
    <message>
        <source>%1 matched, %2 ambiguous, %3 unmatched, %4 in conflict, %5 skipped.</source>
        <translation>%1 associés, %2 ambigus, %3 sans correspondance, %4 en conflit, %5 ignorés.</translation>
    </message>
    <message>
        <source>Rules, all tried: sAMAccountName, userPrincipalName, mail and its local part, employeeID,
displayName, &quot;given surname&quot;, &quot;surname given&quot;, &quot;surname, given&quot;, initial + surname, and
--pattern (attributes in braces: {givenName}.{sn}, {sn}_{givenName:1}, {employeeID}).
Case, NFC/NFD, diacritics (é→e, ł→l, ß→ss, ü→ue), separators and copy suffixes are ignored.
A file is &quot;matched&quot; only when every rule that fits names the same single user; otherwise
it is &quot;ambiguous&quot; and lists the candidates. Unmatched files may list suggestions (typos);
they are never applied. Exit code 5 when any file is ambiguous or in conflict.</source>
        <translation>Règles, toutes essayées : sAMAccountName, userPrincipalName, mail et sa partie locale, employeeID,
displayName, « prénom nom », « nom prénom », « nom, prénom », initiale + nom, et
--pattern (attributs entre accolades : {givenName}.{sn}, {sn}_{givenName:1}, {employeeID}).
La casse, NFC/NFD, les diacritiques (é→e, ł→l, ß→ss, ü→ue), les séparateurs et les suffixes de copie sont ignorés.
Un fichier n’est « associé » que si chaque règle qui s’applique désigne le même utilisateur unique ; sinon
il est « ambigu » et liste les candidats. Les fichiers sans correspondance peuvent lister des suggestions (fautes de frappe) ;
elles ne sont jamais appliquées. Code de sortie 5 si un fichier est ambigu ou en conflit.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoGetCommand</name>
    <message>
        <source>Save one user&apos;s photo to a file.</source>
        <translation>Enregistrer la photo d’un utilisateur dans un fichier.</translation>
    </message>
    <message>
        <source>Write the photo to FILE (&apos;-&apos; for stdout).</source>
        <translation>Écrire la photo dans FILE (&apos;-&apos; pour stdout).</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli photo get USER -o FILE</source>
        <translation>Utilisation : adphoto-cli photo get USER -o FILE</translation>
    </message>
    <message>
        <source>%1 has no photo.</source>
        <translation>%1 n’a pas de photo.</translation>
    </message>
    <message>
        <source>Cannot write the photo to stdout.</source>
        <translation>Impossible d’écrire la photo sur stdout.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes saved.</source>
        <translation>%1 : %2 octets enregistrés.</translation>
    </message>
    <message>
        <source>USER is a sAMAccountName, userPrincipalName, mail address, DN or &lt;GUID=...&gt;.</source>
        <translation>USER est un sAMAccountName, un userPrincipalName, une adresse e-mail, un DN ou &lt;GUID=...&gt;.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoPrepareCommand</name>
    <message>
        <source>No such file.</source>
        <translation>Fichier introuvable.</translation>
    </message>
    <message numerus="yes">
        <source>The file is %n MiB, more than any photo should be.</source>
        <translation>
            <numerusform>Le fichier fait %n Mio, plus qu’aucune photo ne devrait faire.</numerusform>
            <numerusform>Le fichier fait %n Mio, plus qu’aucune photo ne devrait faire.</numerusform>
        </translation>
    </message>
    <message>
        <source>The output would overwrite the input; choose another -o.</source>
        <translation>La sortie écraserait l’entrée ; choisissez un autre -o.</translation>
    </message>
    <message>
        <source>Cannot read the file.</source>
        <translation>Impossible de lire le fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Turn image files into the square JPEGs AD should hold, without touching the directory.</source>
        <translation>Transformer des fichiers image en JPEG carrés tels qu’AD devrait les contenir, sans toucher à l’annuaire.</translation>
    </message>
    <message>
        <source>Output file (one input) or directory (several inputs or a DIR).</source>
        <translation>Fichier de sortie (une entrée) ou répertoire (plusieurs entrées ou un DIR).</translation>
    </message>
    <message>
        <source>Photos prepared at once (default: one per core).</source>
        <translation>Photos préparées simultanément (par défaut : une par cœur).</translation>
    </message>
    <message>
        <source>Refuse images above this many megapixels before decoding (default 50).</source>
        <translation>Refuser avant décodage les images de plus de ce nombre de mégapixels (50 par défaut).</translation>
    </message>
    <message>
        <source>Haar cascade for face detection (default: opencv-data&apos;s frontal face cascade).</source>
        <translation>Cascade de Haar pour la détection de visage (par défaut : la cascade de visage de face d’opencv-data).</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli photo prepare FILE... | DIR -o OUT</source>
        <translation>Utilisation : adphoto-cli photo prepare FILE... | DIR -o OUT</translation>
    </message>
    <message>
        <source>--max-megapixels must be a positive number.</source>
        <translation>--max-megapixels doit être un nombre positif.</translation>
    </message>
    <message>
        <source>--jobs must be a positive number.</source>
        <translation>--jobs doit être un nombre positif.</translation>
    </message>
    <message>
        <source>No image files found in %1.</source>
        <translation>Aucun fichier image trouvé dans %1.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>Preparing photos</source>
        <translation>Préparation des photos</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n photo(s).</source>
        <translation>
            <numerusform>Annulé après %n photo.</numerusform>
            <numerusform>Annulé après %n photos.</numerusform>
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
        <translation>Lit JPEG, PNG, BMP, GIF, TIFF et WebP (reconnus par leur contenu), applique la rotation EXIF, recadre un
carré autour du visage (ou du centre) et écrit le JPEG de meilleure qualité tenant dans le budget d’octets.
Avec un seul FILE en entrée, OUT est le fichier de sortie, sauf s’il s’agit d’un répertoire existant. Avec plusieurs
entrées ou un DIR (ses fichiers image, selon l’extension), OUT est un répertoire (créé si besoin) qui reçoit
&lt;nom&gt;.jpg par entrée, ou &lt;nom&gt;.&lt;ext&gt;.jpg lorsque deux entrées ont le même nom.
Un rapport par fichier (--format json : un tableau ; un fichier en échec a &quot;error&quot;). Code de sortie 0 si
chaque fichier a été préparé, 3 si certains ont échoué, 1 si tous ont échoué.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoRemoveCommand</name>
    <message>
        <source>Remove one user&apos;s photo (backed up in the journal first).</source>
        <translation>Supprimer la photo d’un utilisateur (sauvegardée d’abord dans le journal).</translation>
    </message>
    <message>
        <source>Asks for confirmation on a terminal; without one, --yes is required.
The removed photo stays in the journal: &apos;adphoto-cli restore USER&apos; puts it back.</source>
        <translation>Demande une confirmation sur un terminal ; sans terminal, --yes est requis.
La photo supprimée reste dans le journal : &apos;adphoto-cli restore USER&apos; la remet en place.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli photo remove USER [--yes]</source>
        <translation>Utilisation : adphoto-cli photo remove USER [--yes]</translation>
    </message>
    <message>
        <source>%1 has no photo; nothing to remove.</source>
        <translation>%1 n’a pas de photo ; rien à supprimer.</translation>
    </message>
    <message>
        <source>Remove the photo of %1 (%2)?</source>
        <translation>Supprimer la photo de %1 (%2) ?</translation>
    </message>
    <message>
        <source>%1: photo removed (backup kept in the journal, change %2).</source>
        <translation>%1 : photo supprimée (sauvegarde conservée dans le journal, modification %2).</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoSetCommand</name>
    <message>
        <source>Set one user&apos;s photo (the old one is backed up in the journal).</source>
        <translation>Définir la photo d’un utilisateur (l’ancienne est sauvegardée dans le journal).</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli photo set USER FILE</source>
        <translation>Utilisation : adphoto-cli photo set USER FILE</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MiB.</source>
        <translation>%1 dépasse 256 Mio.</translation>
    </message>
    <message>
        <source>The prepared photo (%1 bytes) is larger than the 102,400 bytes AD allows.</source>
        <translation>La photo préparée (%1 octets) dépasse les 102 400 octets autorisés par AD.</translation>
    </message>
    <message>
        <source>%1: the photo is already identical; nothing written.</source>
        <translation>%1 : la photo est déjà identique ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1: photo set (%2 bytes; the previous one is kept in the journal, change %3).</source>
        <translation>%1 : photo définie (%2 octets ; la précédente est conservée dans le journal, modification %3).</translation>
    </message>
    <message>
        <source>USER is a sAMAccountName, userPrincipalName, mail address, DN or &lt;GUID=...&gt;.
FILE may be any JPEG, PNG, BMP, GIF, TIFF or WebP: it is cropped square (on the face),
resized to a multiple of 96 px and compressed to the best quality under the byte budget.</source>
        <translation>USER est un sAMAccountName, un userPrincipalName, une adresse e-mail, un DN ou &lt;GUID=...&gt;.
FILE peut être tout JPEG, PNG, BMP, GIF, TIFF ou WebP : il est recadré en carré (sur le visage),
redimensionné à un multiple de 96 px et compressé à la meilleure qualité tenant dans le budget d’octets.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoSpecOptions</name>
    <message>
        <source>Photo edge in pixels: 96 (default), 192, 288, 384, 480, 576 or 648.</source>
        <translation>Côté de la photo en pixels : 96 (par défaut), 192, 288, 384, 480, 576 ou 648.</translation>
    </message>
    <message>
        <source>Byte budget of the JPEG (default 102400, AD&apos;s limit; e.g. 10240 for old Exchange).</source>
        <translation>Budget d’octets du JPEG (102400 par défaut, la limite d’AD ; par ex. 10240 pour un ancien Exchange).</translation>
    </message>
    <message>
        <source>Do not look for a face: crop the centre (a little above it for portrait photos).</source>
        <translation>Ne pas chercher de visage : recadrer le centre (un peu au-dessus pour les portraits).</translation>
    </message>
    <message>
        <source>Crop this square instead: left, top, edge, edge in pixels of the upright photo.</source>
        <translation>Recadrer plutôt ce carré : gauche, haut, côté, côté en pixels de la photo redressée.</translation>
    </message>
    <message>
        <source>--crop wants four non-negative integers X,Y,S,S, not &quot;%1&quot;.</source>
        <translation>--crop attend quatre entiers positifs ou nuls X,Y,S,S, pas « %1 ».</translation>
    </message>
    <message>
        <source>--crop must be a square (X,Y,S,S with S &gt; 0), not &quot;%1&quot;.</source>
        <translation>--crop doit être un carré (X,Y,S,S avec S &gt; 0), pas « %1 ».</translation>
    </message>
    <message>
        <source>--size must be 96, 192, 288, 384, 480, 576 or 648, not &quot;%1&quot;.</source>
        <translation>--size doit valoir 96, 192, 288, 384, 480, 576 ou 648, pas « %1 ».</translation>
    </message>
    <message>
        <source>--max-bytes must be a positive number of bytes, not &quot;%1&quot;.</source>
        <translation>--max-bytes doit être un nombre positif d’octets, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1×%1, kept as it was, %2 bytes</source>
        <translation>%1×%1, conservée telle quelle, %2 octets</translation>
    </message>
    <message>
        <source>%1×%1, quality %2, %3 bytes</source>
        <translation>%1×%1, qualité %2, %3 octets</translation>
    </message>
    <message>
        <source>face found</source>
        <translation>visage trouvé</translation>
    </message>
    <message>
        <source>no face</source>
        <translation>pas de visage</translation>
    </message>
    <message>
        <source>crop %1</source>
        <translation>recadrage %1</translation>
    </message>
    <message>
        <source>Keep a JPEG that already conforms (square, an allowed size, under the budget) byte for byte, dropping only its metadata.</source>
        <translation>Garder octet pour octet un JPEG déjà conforme (carré, taille autorisée, dans le budget) en ne retirant que ses métadonnées.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::ProgressReporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2/%3 (%4%)</source>
        <translation>%1 : %2/%3 (%4 %)</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::RestoreCommand</name>
    <message>
        <source>Put back an earlier photo of one user from the journal.</source>
        <translation>Remettre une photo antérieure d’un utilisateur depuis le journal.</translation>
    </message>
    <message>
        <source>Restore the state at this time (RFC 3339).</source>
        <translation>Restaurer l’état à ce moment-là (RFC 3339).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli restore USER [--at TIME] [--yes]</source>
        <translation>Utilisation : adphoto-cli restore USER [--at TIME] [--yes]</translation>
    </message>
    <message>
        <source>--at needs an RFC 3339 time with a zone, e.g. 2026-11-25T08:00:00Z, not &quot;%1&quot;.</source>
        <translation>--at attend une heure RFC 3339 avec fuseau, par ex. 2026-11-25T08:00:00Z, pas « %1 ».</translation>
    </message>
    <message>
        <source>Remove the photo of %1 (it had none then)?</source>
        <translation>Supprimer la photo de %1 (il n’en avait pas à ce moment-là) ?</translation>
    </message>
    <message>
        <source>Put back the earlier photo (%1 bytes) of %2?</source>
        <translation>Remettre la photo antérieure (%1 octets) de %2 ?</translation>
    </message>
    <message>
        <source>%1 already has that photo; nothing written.</source>
        <translation>%1 a déjà cette photo ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 restored (change %2).</source>
        <translation>%1 restauré (modification %2).</translation>
    </message>
    <message>
        <source>Without --at, puts back the photo the most recent change replaced (or removes the photo
if there was none). With --at (RFC 3339, e.g. 2026-11-25T08:00:00Z), puts back the photo the
user had at that time. The current photo is backed up in the journal first.</source>
        <translation>Sans --at, remet la photo que la modification la plus récente a remplacée (ou supprime la photo
s’il n’y en avait pas). Avec --at (RFC 3339, par ex. 2026-11-25T08:00:00Z), remet la photo que
l’utilisateur avait à ce moment-là. La photo actuelle est d’abord sauvegardée dans le journal.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::UndoCommand</name>
    <message>
        <source>Revert every photo an import changed (unless changed again since).</source>
        <translation>Annuler chaque photo modifiée par une importation (sauf si elle a été modifiée à nouveau depuis).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli undo IMPORT_ID [--yes]</source>
        <translation>Utilisation : adphoto-cli undo IMPORT_ID [--yes]</translation>
    </message>
    <message>
        <source>Revert the photos changed by import %1?</source>
        <translation>Annuler les photos modifiées par l’importation %1 ?</translation>
    </message>
    <message>
        <source>Reverting %1/%2</source>
        <translation>Annulation %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) reverted</source>
        <translation>
            <numerusform>%n utilisateur rétabli</numerusform>
            <numerusform>%n utilisateurs rétablis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not</source>
        <translation>
            <numerusform>, %n non rétabli</numerusform>
            <numerusform>, %n non rétablis</numerusform>
        </translation>
    </message>
    <message>
        <source>Each user is reverted only if the photo is still the one the import wrote; others are
reported as conflict. Exit code 3 when some users could not be reverted.</source>
        <translation>Chaque utilisateur n’est rétabli que si sa photo est encore celle écrite par l’importation ; les autres sont
signalés en conflit. Code de sortie 3 si certains utilisateurs n’ont pas pu être rétablis.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::UsersCommand</name>
    <message>
        <source>List users with a photo indicator.</source>
        <translation>Lister les utilisateurs avec un indicateur de photo.</translation>
    </message>
    <message>
        <source>Only users without a photo.</source>
        <translation>Seulement les utilisateurs sans photo.</translation>
    </message>
    <message>
        <source>Only users under this OU (subtree).</source>
        <translation>Seulement les utilisateurs sous cette UO (sous-arbre).</translation>
    </message>
    <message>
        <source>Do not download photos to measure them; photoBytes is null (for slow links).</source>
        <translation>Ne pas télécharger les photos pour les mesurer ; photoBytes vaut null (pour les liaisons lentes).</translation>
    </message>
    <message>
        <source>users takes no arguments.</source>
        <translation>users n’accepte aucun argument.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n utilisateur.</numerusform>
            <numerusform>%n utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns: dn, objectGUID, sAMAccountName, userPrincipalName, displayName, givenName, sn, mail,
employeeID, disabled, hasPhoto, photoBytes (null when absent). Each photo is fetched to
measure it and freed at once; --no-photo-sizes only asks whether there is one.</source>
        <translation>Colonnes : dn, objectGUID, sAMAccountName, userPrincipalName, displayName, givenName, sn, mail,
employeeID, disabled, hasPhoto, photoBytes (null en l’absence de photo). Chaque photo est récupérée pour
être mesurée puis libérée aussitôt ; --no-photo-sizes demande seulement s’il y en a une.</translation>
    </message>
    <message>
        <source>Listing users</source>
        <translation>Liste des utilisateurs</translation>
    </message>
</context>
<context>
    <name>adphoto::deploy::DeployTemplate</name>
    <message>
        <source>The built-in template %1 is missing.</source>
        <translation>Le modèle intégré %1 est absent.</translation>
    </message>
    <message>
        <source>The template %1 has a placeholder %2 without a value.</source>
        <translation>Le modèle %1 a un espace réservé %2 sans valeur.</translation>
    </message>
    <message>
        <source>The template %1 has no placeholder %2.</source>
        <translation>Le modèle %1 n’a pas d’espace réservé %2.</translation>
    </message>
</context>
<context>
    <name>adphoto::deploy::DeployZip</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot write the zip file %1.</source>
        <translation>Impossible d’écrire le fichier zip %1.</translation>
    </message>
    <message>
        <source>Cannot add %1 to the zip file.</source>
        <translation>Impossible d’ajouter %1 au fichier zip.</translation>
    </message>
    <message>
        <source>Cannot finish the zip file %1.</source>
        <translation>Impossible de terminer le fichier zip %1.</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>Impossible d’enregistrer %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::deploy::GpoBackup</name>
    <message>
        <source>The deploy options were not resolved before building the GPO backup.</source>
        <translation>Les options de déploiement n’ont pas été résolues avant la création de la sauvegarde GPO.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::AuditPage</name>
    <message>
        <source>Whole directory (the base DN)</source>
        <translation>Annuaire entier (le DN de base)</translation>
    </message>
    <message>
        <source>Audit only the users below this OU (a DN). Double-click an OU in the table to choose it.</source>
        <translation>N’auditer que les utilisateurs sous cette UO (un DN). Double-cliquez sur une UO dans le tableau pour la choisir.</translation>
    </message>
    <message>
        <source>&amp;OU:</source>
        <translation>&amp;UO :</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> Ko</translation>
    </message>
    <message>
        <source>Photos larger than this are reported as over the byte limit (1 KB = 1,024 bytes)</source>
        <translation>Les photos plus grandes sont signalées comme dépassant la limite d’octets (1 Ko = 1 024 octets)</translation>
    </message>
    <message>
        <source>&amp;Byte limit:</source>
        <translation>&amp;Limite d’octets :</translation>
    </message>
    <message>
        <source>&amp;Run audit</source>
        <translation>&amp;Lancer l’audit</translation>
    </message>
    <message>
        <source>Read every user&apos;s photo once and report what is missing or wrong (F5)</source>
        <translation>Lire une fois la photo de chaque utilisateur et signaler ce qui manque ou ne va pas (F5)</translation>
    </message>
    <message>
        <source>%v users read</source>
        <translation>%v utilisateurs lus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Run the audit to see which users have no photo and which photos need attention.</source>
        <translation>Lancez l’audit pour voir quels utilisateurs n’ont pas de photo et quelles photos demandent de l’attention.</translation>
    </message>
    <message>
        <source>Users without a photo per OU</source>
        <translation>Utilisateurs sans photo par UO</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Import for these users…</source>
        <translation>&amp;Importer pour ces utilisateurs…</translation>
    </message>
    <message>
        <source>Open the bulk import limited to the users without a photo</source>
        <translation>Ouvrir l’importation en masse limitée aux utilisateurs sans photo</translation>
    </message>
    <message>
        <source>Connect to a directory first.</source>
        <translation>Connectez-vous d’abord à un annuaire.</translation>
    </message>
    <message>
        <source>Reading users and photos…</source>
        <translation>Lecture des utilisateurs et des photos…</translation>
    </message>
    <message>
        <source>The audit was cancelled.</source>
        <translation>L’audit a été annulé.</translation>
    </message>
    <message>
        <source>The audit failed: %1</source>
        <translation>L’audit a échoué : %1</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Audit finished: %n user(s) without a photo.</source>
        <translation>
            <numerusform>Audit terminé : %n utilisateur sans photo.</numerusform>
            <numerusform>Audit terminé : %n utilisateurs sans photo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 users, %3 with a photo, %4 without (%5 %); %6 findings about photos; byte limit %7 bytes.</source>
        <translation>%1 : %2 utilisateurs, %3 avec photo, %4 sans (%5 %) ; %6 constats sur les photos ; limite d’octets %7 octets.</translation>
    </message>
    <message>
        <source>Export the audit as HTML</source>
        <translation>Exporter l’audit en HTML</translation>
    </message>
    <message>
        <source>Export the audit as CSV</source>
        <translation>Exporter l’audit en CSV</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>Pages HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Audit saved to %1.</source>
        <translation>Audit enregistré dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a photo in %1</source>
        <translation>
            <numerusform>%n utilisateur sans photo dans %1</numerusform>
            <numerusform>%n utilisateurs sans photo dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading users and photos… %n user(s) so far.</source>
        <translation>
            <numerusform>Lecture des utilisateurs et des photos… %n utilisateur jusqu’ici.</numerusform>
            <numerusform>Lecture des utilisateurs et des photos… %n utilisateurs jusqu’ici.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adphoto::gui::ConnectFlow</name>
    <message>
        <source>Choose the domain controller to work with.</source>
        <translation>Choisissez le contrôleur de domaine avec lequel travailler.</translation>
    </message>
    <message>
        <source>Looking for the saved password…</source>
        <translation>Recherche du mot de passe enregistré…</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Saisissez le mot de passe de %1.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The password is saved in the system keychain.</source>
        <translation>Le mot de passe est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>Le mot de passe n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connecté : %1</translation>
    </message>
    <message>
        <source>The saved password was refused: %1</source>
        <translation>Le mot de passe enregistré a été refusé : %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::Connection</name>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
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
        <translation>Chiffrement Kerberos</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>non chiffré</translation>
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
        <translation>Se connecter à Active Directory</translation>
    </message>
    <message>
        <source>Connections are saved under this name (without the password).</source>
        <translation>Les connexions sont enregistrées sous ce nom (sans le mot de passe).</translation>
    </message>
    <message>
        <source>New profile name</source>
        <translation>Nom du nouveau profil</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Domain controller</source>
        <translation>Contrôleur de domaine</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Find a DC of the &amp;domain:</source>
        <translation>Trouver un DC du &amp;domaine :</translation>
    </message>
    <message>
        <source>ldaps://dc1.example.com or dc1.example.com</source>
        <translation>ldaps://dc1.example.com ou dc1.example.com</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>résolveur du système</translation>
    </message>
    <message>
        <source>the domain&apos;s naming context</source>
        <translation>le contexte de nommage du domaine</translation>
    </message>
    <message>
        <source>DNS server for discovery:</source>
        <translation>Serveur DNS pour la découverte :</translation>
    </message>
    <message>
        <source>Search &amp;base:</source>
        <translation>&amp;Base de recherche :</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Automatic (StartTLS for passwords, Kerberos sealing)</source>
        <translation>Automatique (StartTLS pour les mots de passe, chiffrement Kerberos)</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>LDAPS (port 636)</source>
        <translation>LDAPS (port 636)</translation>
    </message>
    <message>
        <source>None: Kerberos sealing only</source>
        <translation>Aucun : chiffrement Kerberos seulement</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>certificats du système</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Do not verify the server certificate (unsafe)</source>
        <translation>Ne pas vérifier le certificat du serveur (dangereux)</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS :</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>Certificats d’&amp;AC :</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>&amp;Kerberos (my current ticket)</source>
        <translation>&amp;Kerberos (mon ticket actuel)</translation>
    </message>
    <message>
        <source>User name and &amp;password</source>
        <translation>Nom d’utilisateur et mot de &amp;passe</translation>
    </message>
    <message>
        <source>admin@example.com or EXAMPLE\admin</source>
        <translation>admin@example.com ou EXAMPLE\admin</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse :</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>Enter the server to connect to.</source>
        <translation>Indiquez le serveur auquel se connecter.</translation>
    </message>
    <message>
        <source>Enter the domain whose domain controllers should be found.</source>
        <translation>Indiquez le domaine dont il faut trouver les contrôleurs de domaine.</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Saisissez le mot de passe de %1.</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificats d’AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CropView</name>
    <message>
        <source>Crop frame</source>
        <translation>Cadre de recadrage</translation>
    </message>
    <message>
        <source>Arrow keys move the frame, Shift moves it further, + and - resize it.</source>
        <translation>Les flèches déplacent le cadre, Maj le déplace davantage, + et - le redimensionnent.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvApplyPage</name>
    <message>
        <source>Writing photos</source>
        <translation>Écriture des photos</translation>
    </message>
    <message>
        <source>Every replaced photo is kept in the history first; the whole import can be undone.</source>
        <translation>Chaque photo remplacée est d’abord conservée dans l’historique ; toute l’importation peut être annulée.</translation>
    </message>
    <message>
        <source>%v of %m written</source>
        <translation>%v sur %m écrites</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop after the current user; the rest can be resumed later (Esc)</source>
        <translation>Arrêter après l’utilisateur en cours ; le reste pourra être repris plus tard (Échap)</translation>
    </message>
    <message>
        <source>Results per user</source>
        <translation>Résultats par utilisateur</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Not connected to a directory.</source>
        <translation>Non connecté à un annuaire.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Stopping after the current user…</source>
        <translation>Arrêt après l’utilisateur en cours…</translation>
    </message>
    <message>
        <source>The import did not run: %1</source>
        <translation>L’importation n’a pas été exécutée : %1</translation>
    </message>
    <message>
        <source>The import was stopped; it can be resumed from the bulk import page.</source>
        <translation>L’importation a été arrêtée ; elle peut être reprise depuis la page d’importation en masse.</translation>
    </message>
    <message>
        <source>Import %1: %2 written, %3 unchanged, %4 changed meanwhile, %5 failed.</source>
        <translation>Importation %1 : %2 écrites, %3 inchangées, %4 modifiées entre-temps, %5 en échec.</translation>
    </message>
    <message>
        <source>Stopped: %1. Resume it from the bulk import page when the directory is back.</source>
        <translation>Arrêtée : %1. Reprenez-la depuis la page d’importation en masse quand l’annuaire sera de nouveau disponible.</translation>
    </message>
    <message>
        <source>Stopped by you; resume it from the bulk import page.</source>
        <translation>Arrêtée par vous ; reprenez-la depuis la page d’importation en masse.</translation>
    </message>
    <message>
        <source>Done. Next shows the summary and exports the results.</source>
        <translation>Terminé. « Suivant » affiche le résumé et exporte les résultats.</translation>
    </message>
    <message>
        <source>Stopped before anything was written.</source>
        <translation>Arrêtée avant que quoi que ce soit ait été écrit.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvFilePage</name>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>A CSV file with one line per user: the user (account name, e-mail, UPN or DN) and the photo file. Excel and script exports work as they are.</source>
        <translation>Un fichier CSV avec une ligne par utilisateur : l’utilisateur (nom de compte, e-mail, UPN ou DN) et le fichier photo. Les exportations d’Excel et de scripts fonctionnent telles quelles.</translation>
    </message>
    <message>
        <source>e.g. /srv/photos/photos.csv</source>
        <translation>par ex. /srv/photos/photos.csv</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>CSV file with users and photos</source>
        <translation>Fichier CSV avec les utilisateurs et les photos</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv)</source>
        <translation>Fichiers CSV et texte (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the file with Browse, or type its path.</source>
        <translation>Choisissez le fichier avec « Parcourir » ou saisissez son chemin.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a CSV file.</source>
        <translation>%1 est un dossier ; choisissez un fichier CSV.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation>%1 ne peut pas être lu (droits d’accès).</translation>
    </message>
    <message>
        <source>%1, changed %2.</source>
        <translation>%1, modifié le %2.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvImportWizard</name>
    <message>
        <source>Import photos from a CSV file</source>
        <translation>Importer des photos depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Connect to a directory first: the CSV&apos;s users are looked up there.</source>
        <translation>Connectez-vous d’abord à un annuaire : les utilisateurs du CSV y sont recherchés.</translation>
    </message>
    <message>
        <source>The user list is still loading; this page continues when it is complete.</source>
        <translation>La liste des utilisateurs est encore en cours de chargement ; cette page continuera une fois la liste complète.</translation>
    </message>
    <message>
        <source>The directory listed no users.</source>
        <translation>L’annuaire n’a listé aucun utilisateur.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvMappingPage</name>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>Check that names and paths look right below. Everything is detected; change what is not.</source>
        <translation>Vérifiez ci-dessous que les noms et les chemins sont corrects. Tout est détecté ; changez ce qui ne l’est pas.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <source>The first line names the columns</source>
        <translation>La première ligne nomme les colonnes</translation>
    </message>
    <message>
        <source>No header line: every line is a user</source>
        <translation>Pas de ligne d’en-tête : chaque ligne est un utilisateur</translation>
    </message>
    <message>
        <source>One per line, e.g. C:\Photos=/mnt/photos</source>
        <translation>Une par ligne, par ex. C:\Photos=/mnt/photos</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;En-tête :</translation>
    </message>
    <message>
        <source>&amp;User column:</source>
        <translation>Colonne &amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Photo column:</source>
        <translation>Colonne &amp;photo :</translation>
    </message>
    <message>
        <source>&amp;Windows paths:</source>
        <translation>Chemins &amp;Windows :</translation>
    </message>
    <message>
        <source>Preview of the CSV file</source>
        <translation>Aperçu du fichier CSV</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Détecter (%1)</translation>
    </message>
    <message>
        <source>The file cannot be read with these settings.</source>
        <translation>Le fichier ne peut pas être lu avec ces réglages.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (colonne %2)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Photo : %1</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, delimiter %2, %3; %n record(s).</source>
        <translation>
            <numerusform>Lu en %1, séparateur %2, %3 ; %n enregistrement.</numerusform>
            <numerusform>Lu en %1, séparateur %2, %3 ; %n enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>names on line 1</source>
        <translation>noms à la ligne 1</translation>
    </message>
    <message>
        <source>no header line</source>
        <translation>pas de ligne d’en-tête</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be split (shown in red).</source>
        <translation>
            <numerusform>%n ligne ne peut pas être découpée (affichée en rouge).</numerusform>
            <numerusform>%n lignes ne peuvent pas être découpées (affichées en rouge).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation>Les %1 premières sont affichées.</translation>
    </message>
    <message>
        <source>The file has a header line but no users.</source>
        <translation>Le fichier a une ligne d’en-tête mais aucun utilisateur.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvOptionsPage</name>
    <message>
        <source>Photo options</source>
        <translation>Options des photos</translation>
    </message>
    <message>
        <source>Which users to leave alone, and how each photo is cropped and sized before it is written.</source>
        <translation>Quels utilisateurs laisser de côté, et comment chaque photo est recadrée et dimensionnée avant d’être écrite.</translation>
    </message>
    <message>
        <source>Only users &amp;without a photo (keep existing photos)</source>
        <translation>Seulement les utilisateurs &amp;sans photo (garder les photos existantes)</translation>
    </message>
    <message>
        <source>Skip &amp;disabled accounts</source>
        <translation>Ignorer les comptes &amp;désactivés</translation>
    </message>
    <message>
        <source>%1 × %1 px</source>
        <translation>%1 × %1 px</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> Ko</translation>
    </message>
    <message>
        <source>Centre the crop on the &amp;face</source>
        <translation>Centrer le recadrage sur le &amp;visage</translation>
    </message>
    <message>
        <source>Outlook shows 96 px; Teams and Windows look better with larger photos. Active Directory takes at most 100 KB.</source>
        <translation>Outlook affiche 96 px ; Teams et Windows sont plus beaux avec des photos plus grandes. Active Directory accepte au plus 100 Ko.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Au plus :</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Ticked lines are written. Lines that fit several users need a pick: select the user cell and press F2.</source>
        <translation>Les lignes cochées sont écrites. Les lignes qui correspondent à plusieurs utilisateurs nécessitent un choix : sélectionnez la cellule utilisateur et appuyez sur F2.</translation>
    </message>
    <message>
        <source>&amp;Tick all ready</source>
        <translation>&amp;Cocher toutes les prêtes</translation>
    </message>
    <message>
        <source>U&amp;ntick all</source>
        <translation>&amp;Tout décocher</translation>
    </message>
    <message>
        <source>Import review</source>
        <translation>Vérification de l’importation</translation>
    </message>
    <message>
        <source>No line is ready to write with these options.</source>
        <translation>Aucune ligne n’est prête à être écrite avec ces options.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n user(s)</source>
        <translation>
            <numerusform>&amp;Appliquer à %n utilisateur</numerusform>
            <numerusform>&amp;Appliquer à %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planification…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to write</source>
        <translation>
            <numerusform>%n à écrire</numerusform>
            <numerusform>%n à écrire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to choose</source>
        <translation>
            <numerusform>%n à choisir</numerusform>
            <numerusform>%n à choisir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n avec des problèmes</numerusform>
            <numerusform>%n avec des problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning… %p%</source>
        <translation>Planification… %p%</translation>
    </message>
    <message>
        <source>Planning cancelled. Go Back and Next to plan again.</source>
        <translation>Planification annulée. Faites Précédent puis Suivant pour planifier à nouveau.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvSummaryPage</name>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Modifiée entre-temps</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
        <source>Save each user&apos;s result as a CSV file (Ctrl+S)</source>
        <translation>Enregistrer le résultat de chaque utilisateur dans un fichier CSV (Ctrl+S)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Result per user</source>
        <translation>Résultat par utilisateur</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>results-%1.csv</source>
        <translation>resultats-%1.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Résultats enregistrés dans %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvValidationPage</name>
    <message>
        <source>Checking every line</source>
        <translation>Vérification de chaque ligne</translation>
    </message>
    <message>
        <source>Each line is looked up in the directory and its photo file is checked. Lines in red are left out; fix the file or the settings and come back to check again.</source>
        <translation>Chaque ligne est recherchée dans l’annuaire et son fichier photo est vérifié. Les lignes en rouge sont exclues ; corrigez le fichier ou les réglages et revenez pour vérifier à nouveau.</translation>
    </message>
    <message>
        <source>Show only lines with &amp;problems</source>
        <translation>N’afficher que les lignes avec des &amp;problèmes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>User in the file</source>
        <translation>Utilisateur dans le fichier</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Photo file</source>
        <translation>Fichier photo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Lines of the CSV file</source>
        <translation>Lignes du fichier CSV</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): </source>
        <translation>
            <numerusform>%n ligne : </numerusform>
            <numerusform>%n lignes : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usable, </source>
        <translation>
            <numerusform>%n utilisable, </numerusform>
            <numerusform>%n utilisables, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems.</source>
        <translation>
            <numerusform>%n avec des problèmes.</numerusform>
            <numerusform>%n avec des problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No line can be used. Go back and check the columns and paths, or fix the file.</source>
        <translation>Aucune ligne n’est utilisable. Revenez en arrière pour vérifier les colonnes et les chemins, ou corrigez le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be left out; the others can be imported.</source>
        <translation>
            <numerusform>%n ligne sera exclue ; les autres peuvent être importées.</numerusform>
            <numerusform>%n lignes seront exclues ; les autres peuvent être importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking… %p%</source>
        <translation>Vérification… %p%</translation>
    </message>
    <message>
        <source>Checking cancelled. Go Back and Next to check again.</source>
        <translation>Vérification annulée. Faites Précédent puis Suivant pour vérifier à nouveau.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::DeployPage</name>
    <message>
        <source>Generates a GPO backup that puts each user&apos;s Active Directory photo on their Windows account picture, the client PowerShell script and a README with the steps. Import it with GPMC&apos;s &quot;Import Settings&quot; or Import-GPO.</source>
        <translation>Génère une sauvegarde de GPO qui place la photo Active Directory de chaque utilisateur comme image de son compte Windows, le script PowerShell du client et un README avec les étapes. Importez-la avec « Importer les paramètres » de la GPMC ou Import-GPO.</translation>
    </message>
    <message>
        <source>How the pictures get onto the computers</source>
        <translation>Comment les images arrivent sur les ordinateurs</translation>
    </message>
    <message>
        <source>&amp;Scheduled task as SYSTEM at each sign-in (recommended)</source>
        <translation>Tâche &amp;planifiée en tant que SYSTEM à chaque ouverture de session (recommandé)</translation>
    </message>
    <message>
        <source>User &amp;logoff script</source>
        <translation>Script de &amp;fermeture de session utilisateur</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>The folder Windows itself uses for account pictures</source>
        <translation>Le dossier que Windows utilise lui-même pour les images de compte</translation>
    </message>
    <message>
        <source>Picture &amp;folder:</source>
        <translation>&amp;Dossier des images :</translation>
    </message>
    <message>
        <source>Square sizes in pixels that Windows 10 and 11 ask for, separated by commas</source>
        <translation>Tailles carrées en pixels demandées par Windows 10 et 11, séparées par des virgules</translation>
    </message>
    <message>
        <source>Si&amp;zes (px):</source>
        <translation>Tai&amp;lles (px) :</translation>
    </message>
    <message>
        <source>JPEG &amp;quality:</source>
        <translation>&amp;Qualité JPEG :</translation>
    </message>
    <message>
        <source>GPO &amp;name:</source>
        <translation>&amp;Nom de la GPO :</translation>
    </message>
    <message>
        <source>Each computer&apos;s own domain</source>
        <translation>Le domaine de chaque ordinateur</translation>
    </message>
    <message>
        <source>Users&apos; &amp;domain:</source>
        <translation>&amp;Domaine des utilisateurs :</translation>
    </message>
    <message>
        <source>Who may create their own picture key and folder: a SID or a well-known group</source>
        <translation>Qui peut créer sa propre clé et son propre dossier d’image : un SID ou un groupe connu</translation>
    </message>
    <message>
        <source>Logoff mode &amp;group:</source>
        <translation>&amp;Groupe du mode fermeture de session :</translation>
    </message>
    <message>
        <source>Fixed identifiers (optional, for packages that can be compared)</source>
        <translation>Identifiants fixes (facultatif, pour des paquets comparables)</translation>
    </message>
    <message>
        <source>Random: %1</source>
        <translation>Aléatoire : %1</translation>
    </message>
    <message>
        <source>GPO &amp;GUID:</source>
        <translation>&amp;GUID de la GPO :</translation>
    </message>
    <message>
        <source>&amp;Backup ID:</source>
        <translation>Identifiant de &amp;sauvegarde :</translation>
    </message>
    <message>
        <source>SOURCE_DATE_EPOCH (%1)</source>
        <translation>SOURCE_DATE_EPOCH (%1)</translation>
    </message>
    <message>
        <source>The time of Generate, e.g. 2024-05-01T12:00:00Z</source>
        <translation>L’heure de la génération, par ex. 2024-05-01T12:00:00Z</translation>
    </message>
    <message>
        <source>Backup &amp;time:</source>
        <translation>&amp;Heure de la sauvegarde :</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Dossier de &amp;sortie :</translation>
    </message>
    <message>
        <source>Also write a .&amp;zip of the folder</source>
        <translation>Écrire aussi un .&amp;zip du dossier</translation>
    </message>
    <message>
        <source>&amp;Generate package</source>
        <translation>&amp;Générer le paquet</translation>
    </message>
    <message>
        <source>Write the package into the output folder (Ctrl+Enter)</source>
        <translation>Écrire le paquet dans le dossier de sortie (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Choose the folder to write the package into.</source>
        <translation>Choisissez le dossier dans lequel écrire le paquet.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>%1 is not empty: choose a new or empty folder.</source>
        <translation>%1 n’est pas vide : choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>A user logoff script writes the picture when the user signs out. The GPO grants the group below only Set Value and Create Subkey on the account-picture key (CREATOR OWNER gets rights on its own subkey) and turns on loopback processing, so link it to the OU with the computers.
Residual risk: members of the group can create the key of a user who has none yet and so set the picture that user sees until their own script replaces it. The scheduled-task mode has no such risk.</source>
        <translation>Un script de fermeture de session écrit l’image quand l’utilisateur se déconnecte. La GPO n’accorde au groupe ci-dessous que « Définir la valeur » et « Créer une sous-clé » sur la clé des images de compte (CREATEUR PROPRIETAIRE reçoit des droits sur sa propre sous-clé) et active le traitement en boucle de rappel ; liez-la donc à l’UO contenant les ordinateurs.
Risque résiduel : les membres du groupe peuvent créer la clé d’un utilisateur qui n’en a pas encore et ainsi définir l’image que voit cet utilisateur jusqu’à ce que son propre script la remplace. Le mode tâche planifiée n’a pas ce risque.</translation>
    </message>
    <message>
        <source>Recommended. A computer startup script installs the client and a scheduled task that runs it as SYSTEM at every sign-in. No registry or folder permission is loosened.</source>
        <translation>Recommandé. Un script de démarrage de l’ordinateur installe le client et une tâche planifiée qui l’exécute en tant que SYSTEM à chaque ouverture de session. Aucune autorisation de registre ou de dossier n’est assouplie.</translation>
    </message>
    <message>
        <source>Logoff mode &amp;group (unused):</source>
        <translation>&amp;Groupe du mode fermeture de session (inutilisé) :</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the files of the package.</source>
        <translation>Corrigez les champs signalés pour voir les fichiers du paquet.</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Dossier du paquet</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Corrigez d’abord les champs signalés.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>The package was not written: %1</source>
        <translation>Le paquet n’a pas été écrit : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n fichier écrit dans &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</numerusform>
            <numerusform>%n fichiers écrits dans &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zip: %1</source>
        <translation>Zip : %1</translation>
    </message>
    <message>
        <source>Package written to %1. Import the GPO from its GPO folder; README.txt has the steps.</source>
        <translation>Paquet écrit dans %1. Importez la GPO depuis son dossier GPO ; README.txt décrit les étapes.</translation>
    </message>
    <message>
        <source>Deploy package written to %1</source>
        <translation>Paquet de déploiement écrit dans %1</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::DeployPreview</name>
    <message>
        <source>Files of the package</source>
        <translation>Fichiers du paquet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Content of the selected file</source>
        <translation>Contenu du fichier sélectionné</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>UTF-16 LE with BOM</source>
        <translation>UTF-16 LE avec BOM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binaire</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n byte(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n octet</numerusform>
            <numerusform>%1 · %2 · %n octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adphoto::gui::HistoryPage</name>
    <message>
        <source>Filter by user, DN, file or import</source>
        <translation>Filtrer par utilisateur, DN, fichier ou importation</translation>
    </message>
    <message>
        <source>&amp;Restore this user</source>
        <translation>&amp;Restaurer cet utilisateur</translation>
    </message>
    <message>
        <source>Put back the photo this user had before the selected change</source>
        <translation>Remettre la photo que cet utilisateur avait avant la modification sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Annuler l’importation</translation>
    </message>
    <message>
        <source>Revert every change of the selected change&apos;s import</source>
        <translation>Annuler chaque modification de l’importation de la modification sélectionnée</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Photo changes</source>
        <translation>Modifications des photos</translation>
    </message>
    <message>
        <source>Reverting %v of %m…</source>
        <translation>Annulation %v sur %m…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo stopped. The users reverted so far stay reverted; undo again to go on.</source>
        <translation>Annulation arrêtée. Les utilisateurs déjà rétablis le restent ; relancez l’annulation pour continuer.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Échec de l’annulation : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Users reverted: %1.</source>
        <translation>Utilisateurs rétablis : %1.</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Impossible de lire l’historique : %1</translation>
    </message>
    <message>
        <source>%1 had no photo before this change. Remove the current photo?</source>
        <translation>%1 n’avait pas de photo avant cette modification. Supprimer la photo actuelle ?</translation>
    </message>
    <message>
        <source>Put back the photo %1 had before this change?</source>
        <translation>Remettre la photo que %1 avait avant cette modification ?</translation>
    </message>
    <message>
        <source>Restore photo</source>
        <translation>Restaurer la photo</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>%1 was not restored: %2</source>
        <translation>%1 n’a pas été restauré : %2</translation>
    </message>
    <message>
        <source>%1: photo restored.</source>
        <translation>%1 : photo restaurée.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <source>Revert the photo changes of this import (%1 in all)?</source>
        <translation>Annuler les modifications de photos de cette importation (%1 au total) ?</translation>
    </message>
    <message>
        <source>Users whose photo was changed again since are left alone and listed.</source>
        <translation>Les utilisateurs dont la photo a été modifiée à nouveau depuis sont laissés tels quels et listés.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::ImportPage</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Folder with one photo per user, named after the user</source>
        <translation>Dossier avec une photo par utilisateur, nommée d’après l’utilisateur</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Include &amp;subfolders</source>
        <translation>Inclure les &amp;sous-dossiers</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>&amp;Associer</translation>
    </message>
    <message>
        <source>Only users &amp;without a photo</source>
        <translation>Seulement les utilisateurs &amp;sans photo</translation>
    </message>
    <message>
        <source>Skip &amp;disabled accounts</source>
        <translation>Ignorer les comptes &amp;désactivés</translation>
    </message>
    <message>
        <source>%1 × %1 px</source>
        <translation>%1 × %1 px</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> Ko</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Au plus :</translation>
    </message>
    <message>
        <source>Import review</source>
        <translation>Vérification de l’importation</translation>
    </message>
    <message>
        <source>Tick all ready</source>
        <translation>Cocher toutes les prêtes</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>%v of %m written</source>
        <translation>%v sur %m écrites</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Folder with photos</source>
        <translation>Dossier de photos</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>Wait for the user list, then match again.</source>
        <translation>Attendez la liste des utilisateurs, puis relancez l’association.</translation>
    </message>
    <message>
        <source>Apply import</source>
        <translation>Appliquer l’importation</translation>
    </message>
    <message>
        <source>Write new photos for %1 users?</source>
        <translation>Écrire de nouvelles photos pour %1 utilisateurs ?</translation>
    </message>
    <message>
        <source>Every replaced photo is kept in the history; the whole import can be undone.</source>
        <translation>Chaque photo remplacée est conservée dans l’historique ; toute l’importation peut être annulée.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>The import did not run: %1</source>
        <translation>L’importation n’a pas été exécutée : %1</translation>
    </message>
    <message>
        <source>Import %1: %2 written, %3 unchanged, %4 changed meanwhile, %5 failed.</source>
        <translation>Importation %1 : %2 écrites, %3 inchangées, %4 modifiées entre-temps, %5 en échec.</translation>
    </message>
    <message>
        <source>Stopped: %1. Resume when the directory is back.</source>
        <translation>Arrêtée : %1. Reprenez-la quand l’annuaire sera de nouveau disponible.</translation>
    </message>
    <message>
        <source>Cancelled; it can be resumed.</source>
        <translation>Annulée ; elle peut être reprise.</translation>
    </message>
    <message>
        <source>The import was stopped; it can be resumed.</source>
        <translation>L’importation a été arrêtée ; elle peut être reprise.</translation>
    </message>
    <message>
        <source>The import of %1 started %2 did not finish (%3). Resume it to write the remaining users; those already done are not written again.</source>
        <translation>L’importation de %1 commencée le %2 ne s’est pas terminée (%3). Reprenez-la pour écrire les utilisateurs restants ; ceux déjà faits ne sont pas réécrits.</translation>
    </message>
    <message>
        <source>This import was started on %1; connect to that server to resume it.</source>
        <translation>Cette importation a commencé sur %1 ; connectez-vous à ce serveur pour la reprendre.</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 fichiers</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation>%1 prêtes</translation>
    </message>
    <message>
        <source>%1 to choose</source>
        <translation>%1 à choisir</translation>
    </message>
    <message>
        <source>%1 without a match</source>
        <translation>%1 sans correspondance</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 ignorées</translation>
    </message>
    <message>
        <source>%1 with problems</source>
        <translation>%1 avec des problèmes</translation>
    </message>
    <message>
        <source>&amp;Apply to %1 users</source>
        <translation>&amp;Appliquer à %1 utilisateurs</translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>Association…</translation>
    </message>
    <message>
        <source>Show &amp;all users</source>
        <translation>Afficher &amp;tous les utilisateurs</translation>
    </message>
    <message>
        <source>Limited to the %1. Files for other users are skipped.</source>
        <translation>Limité aux %1. Les fichiers des autres utilisateurs sont ignorés.</translation>
    </message>
    <message>
        <source>Matching cancelled.</source>
        <translation>Association annulée.</translation>
    </message>
    <message>
        <source>Matching… %p%</source>
        <translation>Association… %p%</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Applies when adphoto is started again</source>
        <translation>S’applique au prochain démarrage d’adphoto</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>adphoto will use %1 the next time it starts.</source>
        <translation>adphoto utilisera %1 au prochain démarrage.</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Bulk import</source>
        <translation>Importation en masse</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Import from &amp;CSV…</source>
        <translation>Importer depuis un &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Photo</source>
        <translation>&amp;Photo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About adphoto</source>
        <translation>À &amp;propos d’adphoto</translation>
    </message>
    <message>
        <source>About adphoto</source>
        <translation>À propos d’adphoto</translation>
    </message>
    <message>
        <source>&lt;b&gt;adphoto %1&lt;/b&gt;&lt;p&gt;Puts employees&apos; photos into Active Directory.&lt;/p&gt;</source>
        <translation>&lt;b&gt;adphoto %1&lt;/b&gt;&lt;p&gt;Place les photos des employés dans Active Directory.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Base DN: %1
Server: %2</source>
        <translation>DN de base : %1
Serveur : %2</translation>
    </message>
    <message>
        <source>adphoto — %1</source>
        <translation>adphoto — %1</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déploiement</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::PhotoActions</name>
    <message>
        <source>Not connected to a directory.</source>
        <translation>Non connecté à un annuaire.</translation>
    </message>
    <message>
        <source>Saving the photo…</source>
        <translation>Enregistrement de la photo…</translation>
    </message>
    <message>
        <source>No imaging pipeline is available.</source>
        <translation>Aucune chaîne de traitement d’image n’est disponible.</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>Préparation de la photo…</translation>
    </message>
    <message>
        <source>Removing the photo…</source>
        <translation>Suppression de la photo…</translation>
    </message>
    <message>
        <source>This user has no photo.</source>
        <translation>Cet utilisateur n’a pas de photo.</translation>
    </message>
    <message>
        <source>Cannot write the file.</source>
        <translation>Impossible d’écrire le fichier.</translation>
    </message>
    <message>
        <source>Restoring the photo…</source>
        <translation>Restauration de la photo…</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::PhotoEditor</name>
    <message>
        <source>The picture has %1 × %2 pixels, more than the limit.</source>
        <translation>L’image fait %1 × %2 pixels, plus que la limite.</translation>
    </message>
    <message>
        <source>This is not a picture adphoto can read: %1</source>
        <translation>Ce n’est pas une image qu’adphoto peut lire : %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Photo de %1</translation>
    </message>
    <message>
        <source>&amp;Open picture…</source>
        <translation>&amp;Ouvrir une image…</translation>
    </message>
    <message>
        <source>&amp;Find face</source>
        <translation>&amp;Trouver le visage</translation>
    </message>
    <message>
        <source>Put the frame around the face (Ctrl+F)</source>
        <translation>Placer le cadre autour du visage (Ctrl+F)</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Tourner à gauche</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Tourner à droite</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
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
        <translation>32 px · listes</translation>
    </message>
    <message>
        <source>Photo in Active Directory</source>
        <translation>Photo dans Active Directory</translation>
    </message>
    <message>
        <source>%1 × %1 px</source>
        <translation>%1 × %1 px</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> Ko</translation>
    </message>
    <message>
        <source>Active Directory holds at most 100 KB (102,400 bytes) in thumbnailPhoto.</source>
        <translation>Active Directory contient au plus 100 Ko (102 400 octets) dans thumbnailPhoto.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Au plus :</translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation>Cadre :</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>Drag the frame or its corners, or use the arrow keys (Shift: faster) and + / −. Drop a picture file here to use it instead.</source>
        <translation>Faites glisser le cadre ou ses coins, ou utilisez les flèches (Maj : plus vite) et + / −. Déposez ici un fichier image pour l’utiliser à la place.</translation>
    </message>
    <message>
        <source>&amp;Save to directory</source>
        <translation>&amp;Enregistrer dans l’annuaire</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>No photo yet: open or drop a picture file.</source>
        <translation>Pas encore de photo : ouvrez ou déposez un fichier image.</translation>
    </message>
    <message>
        <source>Reading the current photo…</source>
        <translation>Lecture de la photo actuelle…</translation>
    </message>
    <message>
        <source>current photo</source>
        <translation>photo actuelle</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 px</source>
        <translation>%1 · %2 × %3 px</translation>
    </message>
    <message>
        <source>Face detection failed: %1</source>
        <translation>Échec de la détection de visage : %1</translation>
    </message>
    <message>
        <source>No face found: place the frame yourself.</source>
        <translation>Aucun visage trouvé : placez le cadre vous-même.</translation>
    </message>
    <message>
        <source>%1 × %1 px at %2, %3</source>
        <translation>%1 × %1 px à %2, %3</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>%1 × %1 px · quality %2 · %3 bytes</source>
        <translation>%1 × %1 px · qualité %2 · %3 octets</translation>
    </message>
    <message>
        <source>Reduced to %1 px to fit the byte budget.</source>
        <translation>Réduite à %1 px pour tenir dans le budget d’octets.</translation>
    </message>
    <message>
        <source>The frame is smaller than the output: the photo is enlarged.</source>
        <translation>Le cadre est plus petit que la sortie : la photo est agrandie.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée : %1</translation>
    </message>
    <message>
        <source>Picture for %1</source>
        <translation>Image pour %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::PlanningIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop planning (Esc)</source>
        <translation>Arrêter la planification (Échap)</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::QtKeychainSecretStore</name>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Le trousseau du système n’est pas disponible.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Le trousseau du système n’a pas répondu.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::UserTableView</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::UsersPage</name>
    <message>
        <source>Filter by name, account, e-mail or employee ID  (Ctrl+F)</source>
        <translation>Filtrer par nom, compte, e-mail ou matricule  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Missing photo only</source>
        <translation>Photos &amp;manquantes seulement</translation>
    </message>
    <message>
        <source>&amp;Hide disabled</source>
        <translation>&amp;Masquer les désactivés</translation>
    </message>
    <message>
        <source>Organizational units</source>
        <translation>Unités d’organisation</translation>
    </message>
    <message>
        <source>Could not list the containers of %1: %2</source>
        <translation>Impossible de lister les conteneurs de %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Edit photo…</source>
        <translation>&amp;Modifier la photo…</translation>
    </message>
    <message>
        <source>&amp;Set photo from file…</source>
        <translation>&amp;Définir la photo depuis un fichier…</translation>
    </message>
    <message>
        <source>&amp;Remove photo…</source>
        <translation>&amp;Supprimer la photo…</translation>
    </message>
    <message>
        <source>E&amp;xport photo…</source>
        <translation>E&amp;xporter la photo…</translation>
    </message>
    <message>
        <source>&amp;Copy photo</source>
        <translation>&amp;Copier la photo</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>Co&amp;ller la photo</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>&amp;Find user</source>
        <translation>&amp;Rechercher un utilisateur</translation>
    </message>
    <message>
        <source>List the users again (F5)</source>
        <translation>Lister à nouveau les utilisateurs (F5)</translation>
    </message>
    <message>
        <source>Listing users…</source>
        <translation>Liste des utilisateurs en cours…</translation>
    </message>
    <message>
        <source>Not all users could be listed: %1</source>
        <translation>Tous les utilisateurs n’ont pas pu être listés : %1</translation>
    </message>
    <message>
        <source>Listing stopped.</source>
        <translation>Liste interrompue.</translation>
    </message>
    <message>
        <source>Users listed: %1.</source>
        <translation>Utilisateurs listés : %1.</translation>
    </message>
    <message>
        <source>%1 users · %2 without photo · %3 disabled</source>
        <translation>%1 utilisateurs · %2 sans photo · %3 désactivés</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · %1 affichés</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · chargement…</translation>
    </message>
    <message>
        <source>Photo for %1</source>
        <translation>Photo pour %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Remove the photo of %1?</source>
        <translation>Supprimer la photo de %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the photos of %n users?</source>
        <translation>
            <numerusform>Supprimer les photos de %n utilisateur ?</numerusform>
            <numerusform>Supprimer les photos de %n utilisateurs ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Supprimer la photo</translation>
    </message>
    <message>
        <source>The current photo is kept in the history and can be restored.</source>
        <translation>La photo actuelle est conservée dans l’historique et peut être restaurée.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export the photo of %1</source>
        <translation>Exporter la photo de %1</translation>
    </message>
    <message>
        <source>JPEG images (*.jpg)</source>
        <translation>Images JPEG (*.jpg)</translation>
    </message>
    <message>
        <source>Photo exported to %1.</source>
        <translation>Photo exportée dans %1.</translation>
    </message>
    <message>
        <source>%1 has no photo any more.</source>
        <translation>%1 n’a plus de photo.</translation>
    </message>
    <message>
        <source>Copied the photo of %1.</source>
        <translation>Photo de %1 copiée.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>Le presse-papiers ne contient pas d’image.</translation>
    </message>
    <message>
        <source>%1: nothing to change.</source>
        <translation>%1 : rien à modifier.</translation>
    </message>
    <message>
        <source>%1: photo removed (it can be restored from the history).</source>
        <translation>%1 : photo supprimée (elle peut être restaurée depuis l’historique).</translation>
    </message>
    <message>
        <source>%1: photo saved (%2).</source>
        <translation>%1 : photo enregistrée (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&amp;Stop listing</source>
        <translation>Arrê&amp;ter la liste</translation>
    </message>
    <message>
        <source>Stop listing the users; those listed so far stay (Esc)</source>
        <translation>Arrêter la liste des utilisateurs ; ceux déjà listés restent (Échap)</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::CropPlanner</name>
    <message>
        <source>The crop %1 is empty.</source>
        <translation>Le recadrage %1 est vide.</translation>
    </message>
    <message>
        <source>The crop %1 is not square.</source>
        <translation>Le recadrage %1 n’est pas carré.</translation>
    </message>
    <message>
        <source>The crop %1 lies outside the %2 × %3 image (after EXIF rotation).</source>
        <translation>Le recadrage %1 sort de l’image de %2 × %3 (après rotation EXIF).</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::FaceLocator</name>
    <message>
        <source>The face detection cascade %1 does not exist or cannot be read.</source>
        <translation>La cascade de détection de visage %1 n’existe pas ou ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The face detection cascade %1 could not be loaded.</source>
        <translation>La cascade de détection de visage %1 n’a pas pu être chargée.</translation>
    </message>
    <message>
        <source>Face detection failed.</source>
        <translation>Échec de la détection de visage.</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::ImageDecoder</name>
    <message>
        <source>The %1 image data is damaged and could not be decoded.</source>
        <translation>Les données de l’image %1 sont endommagées et n’ont pas pu être décodées.</translation>
    </message>
    <message>
        <source>This system cannot read %1 images (install the qt6-image-formats-plugins package).</source>
        <translation>Ce système ne sait pas lire les images %1 (installez le paquet qt6-image-formats-plugins).</translation>
    </message>
    <message>
        <source>Not enough memory to decode the image.</source>
        <translation>Mémoire insuffisante pour décoder l’image.</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::ImageHeaderReader</name>
    <message>
        <source>The image is %1 × %2 pixels (%3 megapixels); the limit is %4 megapixels.</source>
        <translation>L’image fait %1 × %2 pixels (%3 mégapixels) ; la limite est de %4 mégapixels.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is text, not an image.</source>
        <translation>Le fichier est du texte, pas une image.</translation>
    </message>
    <message>
        <source>Unknown or unsupported image format (supported: JPEG, PNG, BMP, GIF, TIFF, WebP).</source>
        <translation>Format d’image inconnu ou non pris en charge (pris en charge : JPEG, PNG, BMP, GIF, TIFF, WebP).</translation>
    </message>
    <message>
        <source>The %1 header is damaged or cut short; the file is not a readable image.</source>
        <translation>L’en-tête %1 est endommagé ou tronqué ; le fichier n’est pas une image lisible.</translation>
    </message>
    <message>
        <source>The %1 file is truncated: its image data stops before the end.</source>
        <translation>Le fichier %1 est tronqué : ses données d’image s’arrêtent avant la fin.</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::JpegCodec</name>
    <message>
        <source>The JPEG image has more than %1 scans; it is not a photograph.</source>
        <translation>L’image JPEG comporte plus de %1 passes ; ce n’est pas une photographie.</translation>
    </message>
    <message>
        <source>The JPEG image data is damaged and could not be decoded.</source>
        <translation>Les données de l’image JPEG sont endommagées et n’ont pas pu être décodées.</translation>
    </message>
    <message>
        <source>The JPEG encoder failed.</source>
        <translation>L’encodeur JPEG a échoué.</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::OpenCvPhotoProcessor</name>
    <message>
        <source>The photo size must be 96, 192, 288, 384, 480, 576 or 648 pixels, not %1.</source>
        <translation>La taille de la photo doit être de 96, 192, 288, 384, 480, 576 ou 648 pixels, pas %1.</translation>
    </message>
    <message>
        <source>The byte budget must be positive, not %1.</source>
        <translation>Le budget d’octets doit être positif, pas %1.</translation>
    </message>
    <message>
        <source>The pixel limit must be positive, not %1.</source>
        <translation>La limite de pixels doit être positive, pas %1.</translation>
    </message>
    <message>
        <source>The image could not be processed.</source>
        <translation>L’image n’a pas pu être traitée.</translation>
    </message>
    <message>
        <source>Not enough memory to process the image.</source>
        <translation>Mémoire insuffisante pour traiter l’image.</translation>
    </message>
    <message>
        <source>Face detection is unavailable: no Haar cascade was found (install the opencv-data package).</source>
        <translation>La détection de visage n’est pas disponible : aucune cascade de Haar trouvée (installez le paquet opencv-data).</translation>
    </message>
    <message>
        <source>The source was re-encoded: only a square JPEG of 96, 192, 288, 384, 480, 576 or 648 pixels can be kept.</source>
        <translation>La source a été réencodée : seul un JPEG carré de 96, 192, 288, 384, 480, 576 ou 648 pixels peut être conservé.</translation>
    </message>
    <message>
        <source>The source was re-encoded: its EXIF rotation, CMYK colours or coding would not survive keeping it as it is.</source>
        <translation>La source a été réencodée : sa rotation EXIF, ses couleurs CMJN ou son codage ne survivraient pas à une conservation telle quelle.</translation>
    </message>
    <message>
        <source>The source was re-encoded to apply the crop.</source>
        <translation>La source a été réencodée pour appliquer le recadrage.</translation>
    </message>
    <message>
        <source>The source was re-encoded: it is over the budget of %1 bytes.</source>
        <translation>La source a été réencodée : elle dépasse le budget de %1 octets.</translation>
    </message>
    <message>
        <source>The source was re-encoded: its image data could not be read.</source>
        <translation>La source a été réencodée : ses données d’image n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The photo uses a centred crop.</source>
        <translation>La photo utilise un recadrage centré.</translation>
    </message>
    <message>
        <source>No face found; the photo uses a centred crop.</source>
        <translation>Aucun visage trouvé ; la photo utilise un recadrage centré.</translation>
    </message>
    <message>
        <source>The crop is only %1 pixels wide; it was upscaled to %2 pixels and will look soft.</source>
        <translation>Le recadrage ne fait que %1 pixels de large ; il a été agrandi à %2 pixels et paraîtra flou.</translation>
    </message>
    <message>
        <source>The crop is only %1 pixels wide, less than the %2 pixels asked for; the photo is %3 pixels.</source>
        <translation>Le recadrage ne fait que %1 pixels de large, moins que les %2 pixels demandés ; la photo fait %3 pixels.</translation>
    </message>
    <message>
        <source>Even a %1-pixel photo at the lowest JPEG quality is over the budget of %2 bytes.</source>
        <translation>Même une photo de %1 pixels à la qualité JPEG la plus basse dépasse le budget de %2 octets.</translation>
    </message>
    <message>
        <source>A %1-pixel photo does not fit in %2 bytes even at JPEG quality %3; the photo is %4 pixels.</source>
        <translation>Une photo de %1 pixels ne tient pas dans %2 octets même à la qualité JPEG %3 ; la photo fait %4 pixels.</translation>
    </message>
</context>
</TS>

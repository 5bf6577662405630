<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>adphoto::ApplySession</name>
    <message>
        <source>There is no unfinished import to resume.</source>
        <translation>Nie ma niedokończonego importu do wznowienia.</translation>
    </message>
    <message>
        <source>%1 is a %2, not an import.</source>
        <translation>%1 to %2, a nie import.</translation>
    </message>
    <message>
        <source>Import %1 has already finished.</source>
        <translation>Import %1 został już zakończony.</translation>
    </message>
</context>
<context>
    <name>adphoto::AuditFindingsModel</name>
    <message>
        <source>Disabled</source>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Account state</source>
        <translation>Stan konta</translation>
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
        <translation>Audyt zdjęć: %1</translation>
    </message>
    <message>
        <source>Directory: %1 · generated %2 UTC · byte limit %3 · minimum size %4 px</source>
        <translation>Katalog: %1 · wygenerowano %2 UTC · limit bajtów %3 · minimalny rozmiar %4 px</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Users with a photo</source>
        <translation>Użytkownicy ze zdjęciem</translation>
    </message>
    <message>
        <source>Photos shared by several users</source>
        <translation>Zdjęcia wspólne dla kilku użytkowników</translation>
    </message>
    <message>
        <source>Users without a photo per OU</source>
        <translation>Użytkownicy bez zdjęcia według OU</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>OU</translation>
    </message>
    <message>
        <source>Users (subtree)</source>
        <translation>Użytkownicy (poddrzewo)</translation>
    </message>
    <message>
        <source>Without photo (subtree)</source>
        <translation>Bez zdjęcia (poddrzewo)</translation>
    </message>
    <message>
        <source>Users (directly)</source>
        <translation>Użytkownicy (bezpośrednio)</translation>
    </message>
    <message>
        <source>Without photo (directly)</source>
        <translation>Bez zdjęcia (bezpośrednio)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Brak.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Szczegóły</translation>
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
        <translation>%1: %2 z %3 użytkowników bez zdjęcia (%4 z %5 bezpośrednio w niej)</translation>
    </message>
    <message>
        <source>In the OU and every OU below it</source>
        <translation>W tej OU i we wszystkich OU poniżej</translation>
    </message>
    <message>
        <source>Directly in the OU, not in the OUs below it</source>
        <translation>Bezpośrednio w tej OU, nie w OU poniżej</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>OU</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Without photo</source>
        <translation>Bez zdjęcia</translation>
    </message>
    <message>
        <source>Without photo (%)</source>
        <translation>Bez zdjęcia (%)</translation>
    </message>
    <message>
        <source>Users (direct)</source>
        <translation>Użytkownicy (bezpośrednio)</translation>
    </message>
    <message>
        <source>Without photo (direct)</source>
        <translation>Bez zdjęcia (bezpośrednio)</translation>
    </message>
</context>
<context>
    <name>adphoto::AuditReport</name>
    <message>
        <source>Users without a photo</source>
        <translation>Użytkownicy bez zdjęcia</translation>
    </message>
    <message>
        <source>Photos over the byte limit</source>
        <translation>Zdjęcia powyżej limitu bajtów</translation>
    </message>
    <message>
        <source>Photos that are not JPEG</source>
        <translation>Zdjęcia, które nie są w formacie JPEG</translation>
    </message>
    <message>
        <source>Damaged or truncated photos</source>
        <translation>Zdjęcia uszkodzone lub ucięte</translation>
    </message>
    <message>
        <source>Photos that are not square</source>
        <translation>Zdjęcia, które nie są kwadratowe</translation>
    </message>
    <message>
        <source>Photos smaller than the minimum size</source>
        <translation>Zdjęcia mniejsze niż rozmiar minimalny</translation>
    </message>
    <message>
        <source>The same photo on several users</source>
        <translation>To samo zdjęcie u kilku użytkowników</translation>
    </message>
    <message>
        <source>Disabled accounts with a photo</source>
        <translation>Wyłączone konta ze zdjęciem</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>no photo (account disabled)</source>
        <translation>brak zdjęcia (konto wyłączone)</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>brak zdjęcia</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>not an image format adphoto knows</source>
        <translation>format obrazu nieznany programowi adphoto</translation>
    </message>
    <message>
        <source>%1, data cut short</source>
        <translation>%1, dane ucięte</translation>
    </message>
    <message>
        <source>header unreadable</source>
        <translation>nieczytelny nagłówek</translation>
    </message>
    <message>
        <source>same photo as %1</source>
        <translation>to samo zdjęcie co %1</translation>
    </message>
</context>
<context>
    <name>adphoto::ConnectionResolver</name>
    <message>
        <source>No connection profile named &quot;%1&quot; in %2.</source>
        <translation>Brak profilu połączenia o nazwie „%1” w %2.</translation>
    </message>
    <message>
        <source>Give either a server or a domain, not both.</source>
        <translation>Podaj serwer albo domenę, nie oba naraz.</translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot;: use starttls, ldaps or none.</source>
        <translation>Nieznany tryb TLS „%1”: użyj starttls, ldaps lub none.</translation>
    </message>
    <message>
        <source>Unknown bind method &quot;%1&quot;: use simple or gssapi.</source>
        <translation>Nieznana metoda powiązania „%1”: użyj simple lub gssapi.</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number, not &quot;%2&quot;.</source>
        <translation>--%1 wymaga dodatniej liczby całkowitej, a nie „%2”.</translation>
    </message>
    <message>
        <source>LDAPTLS_REQCERT=%1 is ignored: adphoto always verifies certificates unless --insecure-skip-verify is given.</source>
        <translation>LDAPTLS_REQCERT=%1 jest ignorowane: adphoto zawsze weryfikuje certyfikaty, chyba że podano --insecure-skip-verify.</translation>
    </message>
    <message>
        <source>--tls none is only allowed with --bind gssapi (the SASL layer then seals the connection); a password is never sent unprotected.</source>
        <translation>--tls none jest dozwolone tylko z --bind gssapi (wtedy warstwa SASL szyfruje połączenie); hasło nigdy nie jest wysyłane bez ochrony.</translation>
    </message>
    <message>
        <source>The server %1 is LDAPS, which conflicts with --tls %2.</source>
        <translation>Serwer %1 używa LDAPS, co koliduje z --tls %2.</translation>
    </message>
    <message>
        <source>ldapi:// is not supported; give an ldap:// or ldaps:// URI.</source>
        <translation>ldapi:// nie jest obsługiwane; podaj URI ldap:// lub ldaps://.</translation>
    </message>
    <message>
        <source>A simple bind needs --user (or ADPHOTO_USER).</source>
        <translation>Proste powiązanie wymaga --user (lub ADPHOTO_USER).</translation>
    </message>
</context>
<context>
    <name>adphoto::CsvImportOptions</name>
    <message>
        <source>--delimiter takes one character, &quot;tab&quot; or &quot;auto&quot; (got &quot;%1&quot;).</source>
        <translation>--delimiter przyjmuje jeden znak, „tab” lub „auto” (otrzymano „%1”).</translation>
    </message>
</context>
<context>
    <name>adphoto::CsvImportReader</name>
    <message>
        <source>%1 counts from 1 (got %2).</source>
        <translation>%1 liczy się od 1 (otrzymano %2).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; names a column, but the file has no header row; give the column&apos;s number instead.</source>
        <translation>%1 „%2” wskazuje kolumnę z nazwy, ale plik nie ma wiersza nagłówka; podaj zamiast tego numer kolumny.</translation>
    </message>
    <message>
        <source>%1: the file has no column &quot;%2&quot;; its columns are %3.</source>
        <translation>%1: plik nie ma kolumny „%2”; jego kolumny to %3.</translation>
    </message>
    <message>
        <source>The CSV file &quot;%1&quot; does not exist.</source>
        <translation>Plik CSV „%1” nie istnieje.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a CSV file.</source>
        <translation>„%1” to folder, a nie plik CSV.</translation>
    </message>
    <message>
        <source>The CSV file &quot;%1&quot; is larger than 256 MiB.</source>
        <translation>Plik CSV „%1” jest większy niż 256 MiB.</translation>
    </message>
    <message>
        <source>The CSV file &quot;%1&quot; cannot be read.</source>
        <translation>Nie można odczytać pliku CSV „%1”.</translation>
    </message>
    <message>
        <source>The CSV file has no records.</source>
        <translation>Plik CSV nie zawiera rekordów.</translation>
    </message>
    <message>
        <source>Cannot tell which column holds the users; use --user-column.</source>
        <translation>Nie można ustalić, która kolumna zawiera użytkowników; użyj --user-column.</translation>
    </message>
    <message>
        <source>Cannot tell which column holds the photo files; use --file-column.</source>
        <translation>Nie można ustalić, która kolumna zawiera pliki zdjęć; użyj --file-column.</translation>
    </message>
    <message>
        <source>The user and file columns must differ.</source>
        <translation>Kolumny użytkownika i pliku muszą być różne.</translation>
    </message>
    <message numerus="yes">
        <source>The line has %n field(s); %1 are needed.</source>
        <translation>
            <numerusform>Wiersz ma %n pole; potrzeba %1.</numerusform>
            <numerusform>Wiersz ma %n pola; potrzeba %1.</numerusform>
            <numerusform>Wiersz ma %n pól; potrzeba %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user field is empty.</source>
        <translation>Pole użytkownika jest puste.</translation>
    </message>
    <message>
        <source>The file field is empty.</source>
        <translation>Pole pliku jest puste.</translation>
    </message>
</context>
<context>
    <name>adphoto::CsvParser</name>
    <message>
        <source>A quoted field starting on line %1 is never closed.</source>
        <translation>Pole w cudzysłowie zaczynające się w wierszu %1 nigdy nie jest zamknięte.</translation>
    </message>
    <message>
        <source>Text follows a closing quote on line %1.</source>
        <translation>W wierszu %1 po cudzysłowie zamykającym występuje tekst.</translation>
    </message>
</context>
<context>
    <name>adphoto::CsvTextDecoder</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Nieznane kodowanie „%1”.</translation>
    </message>
    <message>
        <source>The file cannot be read as %1.</source>
        <translation>Nie można odczytać pliku jako %1.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; try --encoding windows-1252 or --encoding auto.</source>
        <translation>Plik nie jest poprawnym UTF-8; spróbuj --encoding windows-1252 lub --encoding auto.</translation>
    </message>
</context>
<context>
    <name>adphoto::DcLocator</name>
    <message>
        <source>The DNS answer could not be parsed.</source>
        <translation>Nie udało się przeanalizować odpowiedzi DNS.</translation>
    </message>
    <message>
        <source>The DNS resolver could not be initialised.</source>
        <translation>Nie udało się zainicjować resolwera DNS.</translation>
    </message>
    <message>
        <source>--dns-server needs an IPv4 address, not &quot;%1&quot;.</source>
        <translation>--dns-server wymaga adresu IPv4, a nie „%1”.</translation>
    </message>
    <message>
        <source>No domain controller found for %1: the DNS query for %2 failed.</source>
        <translation>Nie znaleziono kontrolera domeny dla %1: zapytanie DNS o %2 nie powiodło się.</translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <translation>serwer DNS %1</translation>
    </message>
    <message>
        <source>DNS lists no domain controller for %1 (%2).</source>
        <translation>DNS nie podaje żadnego kontrolera domeny dla %1 (%2).</translation>
    </message>
</context>
<context>
    <name>adphoto::DeployOptions</name>
    <message>
        <source>The image folder is empty.</source>
        <translation>Folder obrazów jest pusty.</translation>
    </message>
    <message>
        <source>The image folder path is longer than %1 characters.</source>
        <translation>Ścieżka folderu obrazów jest dłuższa niż %1 znaków.</translation>
    </message>
    <message>
        <source>The image folder contains an invisible control character (%1).</source>
        <translation>Folder obrazów zawiera niewidoczny znak sterujący (%1).</translation>
    </message>
    <message>
        <source>The image folder must be on the computer itself, not a network share: the sign-in screen reads the pictures before the network is up.</source>
        <translation>Folder obrazów musi znajdować się na samym komputerze, a nie w udziale sieciowym: ekran logowania odczytuje obrazy, zanim sieć będzie dostępna.</translation>
    </message>
    <message>
        <source>The image folder must be an absolute Windows path such as C:\Users\Public\AccountPictures or %ProgramData%\AccountPictures.</source>
        <translation>Folder obrazów musi być bezwzględną ścieżką Windows, np. C:\Users\Public\AccountPictures lub %ProgramData%\AccountPictures.</translation>
    </message>
    <message>
        <source>The image folder contains a character Windows does not allow in paths: %1</source>
        <translation>Folder obrazów zawiera znak niedozwolony przez Windows w ścieżkach: %1</translation>
    </message>
    <message>
        <source>The image folder must not contain &quot;.&quot; or &quot;..&quot; parts.</source>
        <translation>Folder obrazów nie może zawierać części „.” ani „..”.</translation>
    </message>
    <message>
        <source>The image folder contains an empty part (\\).</source>
        <translation>Folder obrazów zawiera pustą część (\\).</translation>
    </message>
    <message>
        <source>A folder name in the image folder ends with a space or a dot, which Windows drops.</source>
        <translation>Nazwa folderu w folderze obrazów kończy się spacją lub kropką, które Windows usuwa.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 jest puste.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 jest dłuższe niż %2 znaków.</translation>
    </message>
    <message>
        <source>%1 contains an invisible control character (%2).</source>
        <translation>%1 zawiera niewidoczny znak sterujący (%2).</translation>
    </message>
    <message>
        <source>%1 starts or ends with a space.</source>
        <translation>%1 zaczyna się lub kończy spacją.</translation>
    </message>
    <message>
        <source>Unknown deploy mode &quot;%1&quot;: use system-task or logoff.</source>
        <translation>Nieznany tryb wdrażania „%1”: użyj system-task lub logoff.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of pixel sizes such as 32,40,48.</source>
        <translation>„%1” nie jest listą rozmiarów w pikselach, np. 32,40,48.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GUID such as {6AC1786C-016F-11D2-945F-00C04FB984F9}.</source>
        <translation>„%1” nie jest identyfikatorem GUID, np. {6AC1786C-016F-11D2-945F-00C04FB984F9}.</translation>
    </message>
    <message>
        <source>The GUID must not be all zeros.</source>
        <translation>GUID nie może składać się z samych zer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RFC 3339 time such as 2024-05-01T12:00:00Z.</source>
        <translation>„%1” nie jest czasem w formacie RFC 3339, np. 2024-05-01T12:00:00Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time.</source>
        <translation>„%1” nie jest poprawną datą i godziną.</translation>
    </message>
    <message>
        <source>Unknown deploy mode.</source>
        <translation>Nieznany tryb wdrażania.</translation>
    </message>
    <message>
        <source>Choose at least one picture size.</source>
        <translation>Wybierz co najmniej jeden rozmiar obrazu.</translation>
    </message>
    <message>
        <source>At most %1 picture sizes can be written.</source>
        <translation>Można zapisać najwyżej %1 rozmiarów obrazu.</translation>
    </message>
    <message>
        <source>Picture size %1 is outside %2–%3 pixels.</source>
        <translation>Rozmiar obrazu %1 wykracza poza zakres %2–%3 pikseli.</translation>
    </message>
    <message>
        <source>The JPEG quality must be between 1 and 100.</source>
        <translation>Jakość JPEG musi mieścić się w zakresie od 1 do 100.</translation>
    </message>
    <message>
        <source>The GPO name</source>
        <translation>Nazwa GPO</translation>
    </message>
    <message>
        <source>The backup time must lie between 1980 and 2107.</source>
        <translation>Czas kopii zapasowej musi mieścić się między rokiem 1980 a 2107.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS domain name such as corp.example.com.</source>
        <translation>„%1” nie jest nazwą domeny DNS, np. corp.example.com.</translation>
    </message>
    <message>
        <source>(a name with control characters)</source>
        <translation>(nazwa ze znakami sterującymi)</translation>
    </message>
    <message>
        <source>The group allowed to write pictures must be a SID (S-1-5-…) or one of Users, Authenticated Users, INTERACTIVE.</source>
        <translation>Grupa uprawniona do zapisu obrazów musi być identyfikatorem SID (S-1-5-…) lub jedną z: Users, Authenticated Users, INTERACTIVE.</translation>
    </message>
</context>
<context>
    <name>adphoto::DeployPackage</name>
    <message>
        <source>The folder %1 is not empty: choose a new or empty folder.</source>
        <translation>Folder %1 nie jest pusty: wybierz nowy lub pusty folder.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 istnieje i nie jest folderem.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 już istnieje.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::Directory</name>
    <message>
        <source>This directory cannot list photos.</source>
        <translation>Ten katalog nie może wyświetlić listy zdjęć.</translation>
    </message>
</context>
<context>
    <name>adphoto::FolderMatcher</name>
    <message>
        <source>Folder &quot;%1&quot; does not exist.</source>
        <translation>Folder „%1” nie istnieje.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>„%1” nie jest folderem.</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot; cannot be read.</source>
        <translation>Nie można odczytać folderu „%1”.</translation>
    </message>
    <message>
        <source>system file</source>
        <translation>plik systemowy</translation>
    </message>
    <message>
        <source>hidden file</source>
        <translation>plik ukryty</translation>
    </message>
    <message>
        <source>not an image (no file extension)</source>
        <translation>to nie obraz (brak rozszerzenia)</translation>
    </message>
    <message>
        <source>not an image (.%1)</source>
        <translation>to nie obraz (.%1)</translation>
    </message>
    <message numerus="yes">
        <source>fits %n user(s)</source>
        <translation>
            <numerusform>pasuje do %n użytkownika</numerusform>
            <numerusform>pasuje do %n użytkowników</numerusform>
            <numerusform>pasuje do %n użytkowników</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 also fits this user</source>
        <translation>%1 również pasuje do tego użytkownika</translation>
    </message>
</context>
<context>
    <name>adphoto::FutureResult</name>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
</context>
<context>
    <name>adphoto::HistoryModel</name>
    <message>
        <source>Set</source>
        <translation>Ustawiono</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Przywrócono</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Single photo</source>
        <translation>Pojedyncze zdjęcie</translation>
    </message>
    <message>
        <source>Single removal</source>
        <translation>Pojedyncze usunięcie</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywrócenie</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnięcie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięto</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Zmienione przez kogoś innego</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Przerwano</translation>
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
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Przez</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
</context>
<context>
    <name>adphoto::ImportPlan</name>
    <message>
        <source>The plan is not valid JSON: %1 (at byte %2).</source>
        <translation>Plan nie jest poprawnym JSON-em: %1 (w bajcie %2).</translation>
    </message>
    <message>
        <source>A plan is a JSON array of rows.</source>
        <translation>Plan to tablica JSON z wierszami.</translation>
    </message>
    <message>
        <source>Row %1 of the plan is not a JSON object.</source>
        <translation>Wiersz %1 planu nie jest obiektem JSON.</translation>
    </message>
    <message>
        <source>Row %1 of the plan: %2</source>
        <translation>Wiersz %1 planu: %2</translation>
    </message>
</context>
<context>
    <name>adphoto::ImportPlanModel</name>
    <message>
        <source>Deselected in the review.</source>
        <translation>Odznaczono podczas przeglądu.</translation>
    </message>
    <message>
        <source>No such row.</source>
        <translation>Nie ma takiego wiersza.</translation>
    </message>
    <message>
        <source>This row does not need a choice.</source>
        <translation>Ten wiersz nie wymaga wyboru.</translation>
    </message>
    <message>
        <source>No user with the account %1 is listed.</source>
        <translation>Na liście nie ma użytkownika z kontem %1.</translation>
    </message>
    <message>
        <source>%1 already gets the photo %2.</source>
        <translation>%1 już otrzymuje zdjęcie %2.</translation>
    </message>
    <message>
        <source>Has a photo already (only users without one were asked for).</source>
        <translation>Ma już zdjęcie (wybrano tylko użytkowników bez zdjęcia).</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Konto jest wyłączone.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięto</translation>
    </message>
    <message>
        <source>Choose a user</source>
        <translation>Wybierz użytkownika</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Brak dopasowania</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Double-click (or F2) to choose the user: %1</source>
        <translation>Kliknij dwukrotnie (lub F2), aby wybrać użytkownika: %1</translation>
    </message>
    <message>
        <source>Choose one of %1…</source>
        <translation>Wybierz jednego z %1…</translation>
    </message>
    <message>
        <source>Did you mean %1? Choose…</source>
        <translation>Czy chodziło o %1? Wybierz…</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>wiersz %1</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>wybrane przez Ciebie</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Already this photo</source>
        <translation>Już ma to zdjęcie</translation>
    </message>
    <message>
        <source>Changed meanwhile: not written</source>
        <translation>Zmienione w międzyczasie: nie zapisano</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Niepowodzenie: %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
</context>
<context>
    <name>adphoto::ImportPlanner</name>
    <message>
        <source>Plan from either a folder or a CSV file.</source>
        <translation>Twórz plan z folderu albo z pliku CSV, nie z obu.</translation>
    </message>
    <message>
        <source>Planning cancelled.</source>
        <translation>Planowanie anulowane.</translation>
    </message>
</context>
<context>
    <name>adphoto::ImportRunner</name>
    <message>
        <source>the DC had taken the write (confirmed on resume)</source>
        <translation>DC przyjął zapis (potwierdzono przy wznowieniu)</translation>
    </message>
    <message>
        <source>interrupted before the write; written again on resume</source>
        <translation>przerwano przed zapisem; zapisano ponownie przy wznowieniu</translation>
    </message>
    <message>
        <source>changed by someone else while the import was interrupted</source>
        <translation>zmienione przez kogoś innego, gdy import był przerwany</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MiB.</source>
        <translation>%1 jest większy niż 256 MiB.</translation>
    </message>
    <message>
        <source>%1 changed since the plan was made.</source>
        <translation>%1 zmienił się od utworzenia planu.</translation>
    </message>
    <message>
        <source>Preparing %1 failed.</source>
        <translation>Przygotowanie %1 nie powiodło się.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Użytkownik już nie istnieje.</translation>
    </message>
    <message>
        <source>The user&apos;s photo changed since the plan was made; not written.</source>
        <translation>Zdjęcie użytkownika zmieniło się od utworzenia planu; nie zapisano.</translation>
    </message>
    <message>
        <source>The user already has this photo.</source>
        <translation>Użytkownik już ma to zdjęcie.</translation>
    </message>
    <message>
        <source>written before the connection was lost (confirmed)</source>
        <translation>zapisano przed utratą połączenia (potwierdzone)</translation>
    </message>
    <message>
        <source>The photo was changed by someone else; not written.</source>
        <translation>Zdjęcie zostało zmienione przez kogoś innego; nie zapisano.</translation>
    </message>
</context>
<context>
    <name>adphoto::Journal</name>
    <message>
        <source>The data directory %1 cannot be created.</source>
        <translation>Nie można utworzyć katalogu danych %1.</translation>
    </message>
    <message>
        <source>SQLite support for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Brak obsługi SQLite w Qt (zainstaluj libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>otworzyć %1</translation>
    </message>
    <message>
        <source>be configured</source>
        <translation>zostać skonfigurowany</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>rozpocząć transakcji</translation>
    </message>
    <message>
        <source>create its tables</source>
        <translation>utworzyć swoich tabel</translation>
    </message>
    <message>
        <source>record its schema</source>
        <translation>zapisać swojego schematu</translation>
    </message>
    <message>
        <source>Another apply is running on this journal (process %1); wait for it to finish.</source>
        <translation>Na tym dzienniku trwa inne zapisywanie (proces %1); poczekaj, aż się zakończy.</translation>
    </message>
    <message>
        <source>record the import</source>
        <translation>zapisać importu</translation>
    </message>
    <message>
        <source>update the import</source>
        <translation>zaktualizować importu</translation>
    </message>
    <message>
        <source>read the import</source>
        <translation>odczytać importu</translation>
    </message>
    <message>
        <source>No import with id %1 in the journal.</source>
        <translation>W dzienniku nie ma importu o identyfikatorze %1.</translation>
    </message>
    <message>
        <source>list imports</source>
        <translation>wyświetlić listy importów</translation>
    </message>
    <message>
        <source>record the change</source>
        <translation>zapisać zmiany</translation>
    </message>
    <message>
        <source>commit the change</source>
        <translation>zatwierdzić zmiany</translation>
    </message>
    <message>
        <source>record the outcome</source>
        <translation>zapisać wyniku</translation>
    </message>
    <message>
        <source>The journal has no change %1.</source>
        <translation>Dziennik nie zawiera zmiany %1.</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>odczytać historii</translation>
    </message>
    <message>
        <source>The journal could not %1.</source>
        <translation>Dziennik nie mógł %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::LdapErrors</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nieprawidłowa nazwa użytkownika lub hasło.</translation>
    </message>
    <message>
        <source>No such user: the bind name is not known to the domain.</source>
        <translation>Nie ma takiego użytkownika: nazwa powiązania jest nieznana w domenie.</translation>
    </message>
    <message>
        <source>This account may not sign in at this time (logon hours).</source>
        <translation>To konto nie może się teraz zalogować (godziny logowania).</translation>
    </message>
    <message>
        <source>This account may not sign in from this workstation.</source>
        <translation>To konto nie może się logować z tej stacji roboczej.</translation>
    </message>
    <message>
        <source>The account&apos;s password has expired.</source>
        <translation>Hasło konta wygasło.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Konto jest wyłączone.</translation>
    </message>
    <message>
        <source>The account has expired.</source>
        <translation>Konto wygasło.</translation>
    </message>
    <message>
        <source>The account&apos;s password must be changed before it can sign in.</source>
        <translation>Hasło konta musi zostać zmienione, zanim będzie można się zalogować.</translation>
    </message>
    <message>
        <source>The account is locked out.</source>
        <translation>Konto jest zablokowane.</translation>
    </message>
    <message>
        <source>The DC refused the credentials.</source>
        <translation>DC odrzucił poświadczenia.</translation>
    </message>
    <message>
        <source>No Kerberos ticket: run &apos;kinit user@REALM&apos; first, or bind with --bind simple.</source>
        <translation>Brak biletu Kerberos: najpierw uruchom &apos;kinit user@REALM&apos; albo użyj --bind simple.</translation>
    </message>
    <message>
        <source>The Kerberos ticket has expired: run &apos;kinit&apos; again.</source>
        <translation>Bilet Kerberos wygasł: uruchom ponownie &apos;kinit&apos;.</translation>
    </message>
    <message>
        <source>This machine&apos;s clock differs too much from the DC&apos;s (Kerberos clock skew): fix the time.</source>
        <translation>Zegar tego komputera zbyt mocno różni się od zegara DC (przesunięcie czasu Kerberos): popraw czas.</translation>
    </message>
    <message>
        <source>The DC&apos;s service principal (ldap/&lt;dc name&gt;) is unknown to the KDC: connect by the DC&apos;s full DNS name, not an IP address or alias.</source>
        <translation>KDC nie zna nazwy głównej usługi DC (ldap/&lt;nazwa DC&gt;): połącz się przez pełną nazwę DNS kontrolera, a nie adres IP lub alias.</translation>
    </message>
    <message>
        <source>Kerberos (GSSAPI) authentication failed.</source>
        <translation>Uwierzytelnianie Kerberos (GSSAPI) nie powiodło się.</translation>
    </message>
    <message>
        <source>TLS failed: the DC&apos;s certificate could not be verified (untrusted CA, wrong host name or expired). Give the CA with --ca-file.</source>
        <translation>Błąd TLS: nie udało się zweryfikować certyfikatu DC (niezaufany urząd certyfikacji, zła nazwa hosta lub wygasły). Podaj urząd certyfikacji przez --ca-file.</translation>
    </message>
    <message>
        <source>Cannot contact the DC.</source>
        <translation>Nie można połączyć się z DC.</translation>
    </message>
    <message>
        <source>The connection to the DC was lost.</source>
        <translation>Utracono połączenie z DC.</translation>
    </message>
    <message>
        <source>The DC did not answer in time.</source>
        <translation>DC nie odpowiedział na czas.</translation>
    </message>
    <message>
        <source>The DC requires a protected connection (LDAP signing): use TLS, or Kerberos with signing and sealing.</source>
        <translation>DC wymaga chronionego połączenia (podpisywanie LDAP): użyj TLS lub Kerberosa z podpisywaniem i szyfrowaniem.</translation>
    </message>
    <message>
        <source>The DC requires an encrypted connection.</source>
        <translation>DC wymaga szyfrowanego połączenia.</translation>
    </message>
    <message>
        <source>This kind of bind is not allowed for the account.</source>
        <translation>Ten rodzaj powiązania nie jest dozwolony dla tego konta.</translation>
    </message>
    <message>
        <source>Access denied: the bound account may not change this user&apos;s photo.</source>
        <translation>Odmowa dostępu: powiązane konto nie może zmienić zdjęcia tego użytkownika.</translation>
    </message>
    <message>
        <source>Access denied.</source>
        <translation>Odmowa dostępu.</translation>
    </message>
    <message>
        <source>No such object in the directory (deleted or moved?).</source>
        <translation>Nie ma takiego obiektu w katalogu (usunięty lub przeniesiony?).</translation>
    </message>
    <message>
        <source>The photo was changed by someone else since it was read; nothing was written.</source>
        <translation>Od odczytu zdjęcie zostało zmienione przez kogoś innego; nic nie zapisano.</translation>
    </message>
    <message>
        <source>A photo was set by someone else since it was read; nothing was written.</source>
        <translation>Od odczytu ktoś inny ustawił zdjęcie; nic nie zapisano.</translation>
    </message>
    <message>
        <source>The DC refused the photo as too large: thumbnailPhoto holds at most 102,400 bytes.</source>
        <translation>DC odrzucił zdjęcie jako zbyt duże: thumbnailPhoto mieści najwyżej 102 400 bajtów.</translation>
    </message>
    <message>
        <source>The DC is unwilling to accept this bind.</source>
        <translation>DC nie chce przyjąć tego powiązania.</translation>
    </message>
    <message>
        <source>The DC is busy or unavailable.</source>
        <translation>DC jest zajęty lub niedostępny.</translation>
    </message>
    <message>
        <source>The bind failed.</source>
        <translation>Powiązanie nie powiodło się.</translation>
    </message>
    <message>
        <source>The directory operation failed.</source>
        <translation>Operacja na katalogu nie powiodła się.</translation>
    </message>
</context>
<context>
    <name>adphoto::LdapSession</name>
    <message>
        <source>&quot;%1&quot; is not a usable LDAP URI.</source>
        <translation>„%1” nie jest użytecznym URI LDAP.</translation>
    </message>
    <message>
        <source>TLS was not established with %1.</source>
        <translation>Nie nawiązano TLS z %1.</translation>
    </message>
    <message>
        <source>Refusing to send a password over an unprotected connection.</source>
        <translation>Odmowa wysłania hasła przez niechronione połączenie.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Hasło jest puste.</translation>
    </message>
    <message>
        <source>The Kerberos session is not sealed (SSF %1 &lt; 56); refusing an unprotected connection.</source>
        <translation>Sesja Kerberos nie jest szyfrowana (SSF %1 &lt; 56); odmowa niechronionego połączenia.</translation>
    </message>
    <message>
        <source>No server given: use --server URI or --domain NAME (or ADPHOTO_SERVER, ADPHOTO_DOMAIN, a profile, or URI in ldap.conf).</source>
        <translation>Nie podano serwera: użyj --server URI lub --domain NAZWA (albo ADPHOTO_SERVER, ADPHOTO_DOMAIN, profilu lub URI w ldap.conf).</translation>
    </message>
    <message>
        <source>The DC did not tell its defaultNamingContext; give --base DN.</source>
        <translation>DC nie podał swojego defaultNamingContext; podaj --base DN.</translation>
    </message>
    <message>
        <source>The directory is not open.</source>
        <translation>Katalog nie jest otwarty.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>No user given.</source>
        <translation>Nie podano użytkownika.</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot; under %2.</source>
        <translation>Brak użytkownika „%1” w %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 users; nothing was done. Name one by DN or &lt;GUID=...&gt;.</source>
        <translation>„%1” pasuje do %2 użytkowników; nic nie zrobiono. Wskaż jednego przez DN lub &lt;GUID=...&gt;.</translation>
    </message>
    <message>
        <source>No such user: %1</source>
        <translation>Nie ma takiego użytkownika: %1</translation>
    </message>
    <message>
        <source>An empty photo cannot be written; remove the photo instead.</source>
        <translation>Nie można zapisać pustego zdjęcia; zamiast tego usuń zdjęcie.</translation>
    </message>
    <message>
        <source>The user has no photo to remove.</source>
        <translation>Użytkownik nie ma zdjęcia do usunięcia.</translation>
    </message>
    <message>
        <source>No such object: %1</source>
        <translation>Nie ma takiego obiektu: %1</translation>
    </message>
</context>
<context>
    <name>adphoto::MemorySecretStore</name>
    <message>
        <source>No keychain is available.</source>
        <translation>Brak dostępnego pęku kluczy.</translation>
    </message>
</context>
<context>
    <name>adphoto::NamePattern</name>
    <message>
        <source>Pattern &quot;%1&quot; has a &quot;}&quot; without &quot;{&quot;.</source>
        <translation>Wzorzec „%1” zawiera „}” bez „{”.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot; has a &quot;{&quot; without &quot;}&quot;.</source>
        <translation>Wzorzec „%1” zawiera „{” bez „}”.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: &quot;%2&quot; needs a positive length after the colon.</source>
        <translation>Wzorzec „%1”: „%2” wymaga dodatniej długości po dwukropku.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: unknown attribute {%2}; use sAMAccountName, userPrincipalName, mail, employeeID, displayName, givenName or sn.</source>
        <translation>Wzorzec „%1”: nieznany atrybut {%2}; użyj sAMAccountName, userPrincipalName, mail, employeeID, displayName, givenName lub sn.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot; uses no attribute such as {sn}.</source>
        <translation>Wzorzec „%1” nie używa żadnego atrybutu, np. {sn}.</translation>
    </message>
</context>
<context>
    <name>adphoto::PathMapping</name>
    <message>
        <source>--path-map needs PREFIX=LOCAL_FOLDER, e.g. &apos;C:\Photos=/mnt/photos&apos; (got &quot;%1&quot;).</source>
        <translation>--path-map wymaga PREFIKS=FOLDER_LOKALNY, np. &apos;C:\Photos=/mnt/photos&apos; (otrzymano „%1”).</translation>
    </message>
    <message>
        <source>--path-map: &quot;%1&quot; is not an absolute local folder.</source>
        <translation>--path-map: „%1” nie jest bezwzględnym folderem lokalnym.</translation>
    </message>
    <message>
        <source>The file name is empty.</source>
        <translation>Nazwa pliku jest pusta.</translation>
    </message>
    <message>
        <source>The Windows path &quot;%1&quot; is not under any --path-map prefix (e.g. --path-map &apos;C:\Photos=/mnt/photos&apos;).</source>
        <translation>Ścieżka Windows „%1” nie leży pod żadnym prefiksem --path-map (np. --path-map &apos;C:\Photos=/mnt/photos&apos;).</translation>
    </message>
    <message>
        <source>It has a space next to a path separator: did you mean &quot;%1&quot;?</source>
        <translation>Obok separatora ścieżki jest spacja: czy chodziło o „%1”?</translation>
    </message>
</context>
<context>
    <name>adphoto::PhotoExporter</name>
    <message>
        <source>No export folder given.</source>
        <translation>Nie podano folderu eksportu.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 istnieje i nie jest folderem.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>%1 already exists (an earlier export?). Nothing was written: give --overwrite to replace it and the photos, or choose another folder.</source>
        <translation>%1 już istnieje (wcześniejszy eksport?). Nic nie zapisano: podaj --overwrite, aby go zastąpić razem ze zdjęciami, albo wybierz inny folder.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; it was left alone.</source>
        <translation>%1 istnieje i nie jest zwykłym plikiem; pozostawiono go bez zmian.</translation>
    </message>
    <message>
        <source>%1 exists with other content; give --overwrite to replace it.</source>
        <translation>%1 istnieje z inną zawartością; podaj --overwrite, aby go zastąpić.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file; the index was not written.</source>
        <translation>%1 istnieje i nie jest zwykłym plikiem; indeksu nie zapisano.</translation>
    </message>
    <message>
        <source>Cannot write the index %1: %2</source>
        <translation>Nie można zapisać indeksu %1: %2</translation>
    </message>
</context>
<context>
    <name>adphoto::PhotoWriter</name>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
</context>
<context>
    <name>adphoto::PlanBuilder</name>
    <message>
        <source>The account is disabled (--skip-disabled).</source>
        <translation>Konto jest wyłączone (--skip-disabled).</translation>
    </message>
    <message>
        <source>The user already has a photo (--only-missing).</source>
        <translation>Użytkownik ma już zdjęcie (--only-missing).</translation>
    </message>
    <message>
        <source>No user fits this file name.</source>
        <translation>Żaden użytkownik nie pasuje do tej nazwy pliku.</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>duplikat wiersza %1</translation>
    </message>
</context>
<context>
    <name>adphoto::PlanFileChecker</name>
    <message>
        <source>File not found: &quot;%1&quot;.</source>
        <translation>Nie znaleziono pliku: „%1”.</translation>
    </message>
    <message>
        <source>The path has a space next to a separator; &quot;%1&quot; exists — correct the CSV if that is the photo.</source>
        <translation>Ścieżka ma spację obok separatora; „%1” istnieje — popraw plik CSV, jeśli to jest to zdjęcie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>„%1” nie jest plikiem.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>Nie można odczytać „%1”: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>„%1” jest pusty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image.</source>
        <translation>„%1” nie jest obrazem.</translation>
    </message>
</context>
<context>
    <name>adphoto::PlanRow</name>
    <message>
        <source>&quot;status&quot; must be one of ready, unchanged, skipped, ambiguous, unmatched, conflict, error.</source>
        <translation>&quot;status&quot; musi mieć jedną z wartości: ready, unchanged, skipped, ambiguous, unmatched, conflict, error.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or null.</source>
        <translation>&quot;%1&quot; musi być ciągiem znaków lub null.</translation>
    </message>
    <message>
        <source>&quot;objectGUID&quot; is not a GUID: &quot;%1&quot;.</source>
        <translation>&quot;objectGUID&quot; nie jest identyfikatorem GUID: „%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true, false or null.</source>
        <translation>&quot;%1&quot; musi mieć wartość true, false lub null.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings or null.</source>
        <translation>&quot;%1&quot; musi być listą ciągów znaków lub null.</translation>
    </message>
    <message>
        <source>&quot;line&quot; must be a line number or null.</source>
        <translation>&quot;line&quot; musi być numerem wiersza lub null.</translation>
    </message>
</context>
<context>
    <name>adphoto::PlanScope</name>
    <message>
        <source>The user is not among the users this import is limited to.</source>
        <translation>Użytkownik nie należy do użytkowników, do których ograniczono ten import.</translation>
    </message>
    <message>
        <source>The user is not among the %1.</source>
        <translation>Użytkownik nie należy do: %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::Reverter</name>
    <message>
        <source>The journal holds no change of this user, so there is nothing to restore.</source>
        <translation>Dziennik nie zawiera żadnej zmiany tego użytkownika, więc nie ma czego przywracać.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n user(s).</source>
        <translation>
            <numerusform>Anulowano po %n użytkowniku.</numerusform>
            <numerusform>Anulowano po %n użytkownikach.</numerusform>
            <numerusform>Anulowano po %n użytkownikach.</numerusform>
        </translation>
    </message>
    <message>
        <source>The photo was changed after this import; left as it is.</source>
        <translation>Zdjęcie zmieniono po tym imporcie; pozostawiono je bez zmian.</translation>
    </message>
</context>
<context>
    <name>adphoto::UserIndex</name>
    <message>
        <source>At most 255 patterns can be used at once.</source>
        <translation>Jednocześnie można użyć najwyżej 255 wzorców.</translation>
    </message>
</context>
<context>
    <name>adphoto::UserListModel</name>
    <message>
        <source>Has a photo</source>
        <translation>Ma zdjęcie</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Brak zdjęcia</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Włączone</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>Identyfikator pracownika</translation>
    </message>
    <message>
        <source>Photo size</source>
        <translation>Rozmiar zdjęcia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
</context>
<context>
    <name>adphoto::UserSpecResolver</name>
    <message>
        <source>The user is empty.</source>
        <translation>Użytkownik jest pusty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid GUID.</source>
        <translation>„%1” nie jest poprawnym identyfikatorem GUID.</translation>
    </message>
    <message>
        <source>Unknown user &quot;%1&quot;.</source>
        <translation>Nieznany użytkownik „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; fits %n users; none was chosen.</source>
        <translation>
            <numerusform>„%1” pasuje do %n użytkownika; nie wybrano żadnego.</numerusform>
            <numerusform>„%1” pasuje do %n użytkowników; nie wybrano żadnego.</numerusform>
            <numerusform>„%1” pasuje do %n użytkowników; nie wybrano żadnego.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adphoto::cli::AuditCommand</name>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Users with a photo</source>
        <translation>Użytkownicy ze zdjęciem</translation>
    </message>
    <message>
        <source>Photos shared by several users</source>
        <translation>Zdjęcia wspólne dla kilku użytkowników</translation>
    </message>
    <message>
        <source>Photo audit of %1 (byte limit %2, minimum %3 px)</source>
        <translation>Audyt zdjęć: %1 (limit bajtów %2, minimum %3 px)</translation>
    </message>
    <message>
        <source>Audit photos: missing per OU, too large, not JPEG, not square, too small, shared, disabled.</source>
        <translation>Audyt zdjęć: brakujące według OU, zbyt duże, nie JPEG, niekwadratowe, zbyt małe, wspólne, wyłączone konta.</translation>
    </message>
    <message>
        <source>Only users under this OU (subtree).</source>
        <translation>Tylko użytkownicy w tej OU (poddrzewo).</translation>
    </message>
    <message>
        <source>Photos larger than this many bytes are reported (default 102400).</source>
        <translation>Zgłaszane są zdjęcia większe niż ta liczba bajtów (domyślnie 102400).</translation>
    </message>
    <message>
        <source>audit takes no arguments.</source>
        <translation>audit nie przyjmuje argumentów.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv, json or html.</source>
        <translation>Nieznany format „%1”: użyj table, csv, json lub html.</translation>
    </message>
    <message>
        <source>--max-bytes takes a positive number of bytes, not &quot;%1&quot;.</source>
        <translation>--max-bytes wymaga dodatniej liczby bajtów, a nie „%1”.</translation>
    </message>
    <message>
        <source>Auditing</source>
        <translation>Audyt</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) audited: </source>
        <translation>
            <numerusform>Sprawdzono %n użytkownika: </numerusform>
            <numerusform>Sprawdzono %n użytkowników: </numerusform>
            <numerusform>Sprawdzono %n użytkowników: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a photo, </source>
        <translation>
            <numerusform>%n bez zdjęcia, </numerusform>
            <numerusform>%n bez zdjęcia, </numerusform>
            <numerusform>%n bez zdjęcia, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with photos.</source>
        <translation>
            <numerusform>%n problem ze zdjęciami.</numerusform>
            <numerusform>%n problemy ze zdjęciami.</numerusform>
            <numerusform>%n problemów ze zdjęciami.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads every photo once, page by page, and keeps only a fingerprint of each.
--format takes table (summary, counts per OU, findings), csv, json (one array: &quot;ou&quot; rows
with subtree and direct counts, then one row per finding with its &quot;kind&quot;: missing,
oversized, notJpeg, damaged, notSquare, tooSmall, duplicate, disabledWithPhoto) or html
(a self-contained report).</source>
        <translation>Odczytuje każde zdjęcie raz, strona po stronie, i zachowuje tylko jego odcisk.
--format przyjmuje table (podsumowanie, liczby według OU, wyniki), csv, json (jedna tablica: wiersze &quot;ou&quot;
z liczbami dla poddrzewa i bezpośrednimi, potem jeden wiersz na wynik z jego &quot;kind&quot;: missing,
oversized, notJpeg, damaged, notSquare, tooSmall, duplicate, disabledWithPhoto) lub html
(samodzielny raport).</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::CheckCommand</name>
    <message>
        <source>Test the connection: DC, TLS, bind identity, base DN, write permission.</source>
        <translation>Sprawdź połączenie: DC, TLS, tożsamość powiązania, bazowy DN, prawo zapisu.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli check [USER]</source>
        <translation>Użycie: adphoto-cli check [USER]</translation>
    </message>
    <message>
        <source>With USER, also tells whether the bound identity may write that user&apos;s thumbnailPhoto
(from allowedAttributesEffective).</source>
        <translation>Z USER informuje też, czy powiązana tożsamość może zapisać thumbnailPhoto tego użytkownika
(na podstawie allowedAttributesEffective).</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::CliApp</name>
    <message>
        <source>LDAP URI or host of the DC (ldap://, ldaps://) [ADPHOTO_SERVER].</source>
        <translation>URI LDAP lub host DC (ldap://, ldaps://) [ADPHOTO_SERVER].</translation>
    </message>
    <message>
        <source>AD domain; the DC is found through DNS SRV records [ADPHOTO_DOMAIN].</source>
        <translation>Domena AD; DC jest wyszukiwany przez rekordy DNS SRV [ADPHOTO_DOMAIN].</translation>
    </message>
    <message>
        <source>DNS server to ask for the domain&apos;s DCs [ADPHOTO_DNS_SERVER].</source>
        <translation>Serwer DNS pytany o kontrolery domeny [ADPHOTO_DNS_SERVER].</translation>
    </message>
    <message>
        <source>Base DN (default: the domain&apos;s defaultNamingContext) [ADPHOTO_BASE].</source>
        <translation>Bazowy DN (domyślnie: defaultNamingContext domeny) [ADPHOTO_BASE].</translation>
    </message>
    <message>
        <source>simple or gssapi (Kerberos ticket); default simple when a user is given, else gssapi [ADPHOTO_BIND].</source>
        <translation>simple lub gssapi (bilet Kerberos); domyślnie simple, gdy podano użytkownika, w przeciwnym razie gssapi [ADPHOTO_BIND].</translation>
    </message>
    <message>
        <source>Bind name: user@domain, DOMAIN\user or a DN [ADPHOTO_USER].</source>
        <translation>Nazwa powiązania: user@domain, DOMAIN\user lub DN [ADPHOTO_USER].</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (else ADPHOTO_PASSWORD, else a prompt).</source>
        <translation>Odczytaj hasło z pierwszego wiersza pliku FILE (w przeciwnym razie ADPHOTO_PASSWORD, a potem pytanie).</translation>
    </message>
    <message>
        <source>starttls, ldaps or none (none only with gssapi) [ADPHOTO_TLS].</source>
        <translation>starttls, ldaps lub none (none tylko z gssapi) [ADPHOTO_TLS].</translation>
    </message>
    <message>
        <source>CA certificates to trust (PEM) [ADPHOTO_CA_FILE].</source>
        <translation>Zaufane certyfikaty urzędów certyfikacji (PEM) [ADPHOTO_CA_FILE].</translation>
    </message>
    <message>
        <source>Do not verify the server certificate (dangerous; warns every time).</source>
        <translation>Nie weryfikuj certyfikatu serwera (niebezpieczne; ostrzega za każdym razem).</translation>
    </message>
    <message>
        <source>Network timeout in seconds (default 30) [ADPHOTO_TIMEOUT].</source>
        <translation>Limit czasu sieci w sekundach (domyślnie 30) [ADPHOTO_TIMEOUT].</translation>
    </message>
    <message>
        <source>Users per search page (default 1000) [ADPHOTO_PAGE_SIZE].</source>
        <translation>Użytkowników na stronę wyszukiwania (domyślnie 1000) [ADPHOTO_PAGE_SIZE].</translation>
    </message>
    <message>
        <source>Use a named connection profile [ADPHOTO_PROFILE].</source>
        <translation>Użyj nazwanego profilu połączenia [ADPHOTO_PROFILE].</translation>
    </message>
    <message>
        <source>Output format: table, csv or json.</source>
        <translation>Format wyjścia: table, csv lub json.</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>Wypisuj tylko błędy.</translation>
    </message>
    <message>
        <source>Print more detail on stderr.</source>
        <translation>Wypisuj więcej szczegółów na stderr.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Pokaż pomoc.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli [connection options] COMMAND [options] [arguments]

Puts employees&apos; photos into Active Directory (thumbnailPhoto).

Commands:
</source>
        <translation>Użycie: adphoto-cli [opcje połączenia] POLECENIE [opcje] [argumenty]

Umieszcza zdjęcia pracowników w Active Directory (thumbnailPhoto).

Polecenia:
</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli %1 [options] %2</source>
        <translation>Użycie: adphoto-cli %1 [opcje] %2</translation>
    </message>
    <message>
        <source>adphoto-cli: unknown command &quot;%1&quot;.</source>
        <translation>adphoto-cli: nieznane polecenie „%1”.</translation>
    </message>
    <message>
        <source>Run &apos;adphoto-cli help %1&apos; for its options.</source>
        <translation>Uruchom &apos;adphoto-cli help %1&apos;, aby zobaczyć jego opcje.</translation>
    </message>
    <message>
        <source>
Options every command takes: --quiet (-q), --verbose, --format, --help (-h); and --version.
Run &apos;adphoto-cli help COMMAND&apos; for a command&apos;s options and examples, &apos;man adphoto-cli&apos; for all.
Exit codes:</source>
        <translation>
Opcje przyjmowane przez każde polecenie: --quiet (-q), --verbose, --format, --help (-h); oraz --version.
Uruchom &apos;adphoto-cli help POLECENIE&apos;, aby zobaczyć opcje i przykłady polecenia, &apos;man adphoto-cli&apos; — wszystko.
Kody wyjścia:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>użycie</translation>
    </message>
    <message>
        <source>partly done (some users or files failed; an import can be resumed)</source>
        <translation>wykonano częściowo (części użytkowników lub plików się nie udało; import można wznowić)</translation>
    </message>
    <message>
        <source>connection or authentication</source>
        <translation>połączenie lub uwierzytelnianie</translation>
    </message>
    <message>
        <source>ambiguous or conflict</source>
        <translation>niejednoznaczność lub konflikt</translation>
    </message>
    <message>
        <source>cancelled (Ctrl+C)</source>
        <translation>anulowano (Ctrl+C)</translation>
    </message>
    <message>
        <source>Password for a simple bind (else --password-file or a prompt).</source>
        <translation>Hasło dla prostego powiązania (w przeciwnym razie --password-file lub pytanie).</translation>
    </message>
    <message>
        <source>Settings file (default ~/.config/adphoto/adphoto.ini).</source>
        <translation>Plik ustawień (domyślnie ~/.config/adphoto/adphoto.ini).</translation>
    </message>
    <message>
        <source>Journal and backups (default ~/.local/share/adphoto).</source>
        <translation>Dziennik i kopie zapasowe (domyślnie ~/.local/share/adphoto).</translation>
    </message>
    <message>
        <source>Fixed time stamp for &apos;deploy&apos; (reproducible output).</source>
        <translation>Stały znacznik czasu dla &apos;deploy&apos; (powtarzalny wynik).</translation>
    </message>
    <message>
        <source>CA certificates to trust when --ca-file is not given.</source>
        <translation>Zaufane certyfikaty CA, gdy nie podano --ca-file.</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Przykłady:</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::CliContext</name>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>Kandydaci:</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>ostrzeżenie: </translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, csv or json.</source>
        <translation>Nieznany format „%1”: użyj table, csv lub json.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [t/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>t</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>This changes the directory and there is no terminal to confirm on: add --yes.</source>
        <translation>To zmienia katalog, a nie ma terminala do potwierdzenia: dodaj --yes.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Nie można odczytać pliku hasła %1: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Plik hasła %1 jest pusty.</translation>
    </message>
    <message>
        <source>A password is needed for %1: give --password-file FILE or set ADPHOTO_PASSWORD (there is no terminal to ask on).</source>
        <translation>Dla %1 potrzebne jest hasło: podaj --password-file FILE lub ustaw ADPHOTO_PASSWORD (nie ma terminala, by o nie zapytać).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Hasło dla %1: </translation>
    </message>
    <message>
        <source>--insecure-skip-verify: the server&apos;s certificate is NOT checked; anyone on the network path can read and change this session.</source>
        <translation>--insecure-skip-verify: certyfikat serwera NIE jest sprawdzany; każdy na ścieżce sieciowej może odczytać i zmienić tę sesję.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Łączenie</translation>
    </message>
    <message>
        <source>The DC %1 this import started on cannot be reached; it must finish on the same DC.</source>
        <translation>DC %1, na którym rozpoczęto ten import, jest nieosiągalny; import musi zakończyć się na tym samym DC.</translation>
    </message>
    <message>
        <source>Connected to %1 (DC %2), TLS %3, SSF %4, %5 bind as %6; base %7.</source>
        <translation>Połączono z %1 (DC %2), TLS %3, SSF %4, powiązanie %5 jako %6; baza %7.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::DeployCommand</name>
    <message>
        <source>--quality takes a number from 1 to 100.</source>
        <translation>--quality wymaga liczby od 1 do 100.</translation>
    </message>
    <message>
        <source>SOURCE_DATE_EPOCH must be a number of seconds since 1970.</source>
        <translation>SOURCE_DATE_EPOCH musi być liczbą sekund od 1970 roku.</translation>
    </message>
    <message>
        <source>Write the GPO package that shows AD photos as Windows account pictures.</source>
        <translation>Zapisz pakiet GPO, który pokazuje zdjęcia z AD jako obrazy kont Windows.</translation>
    </message>
    <message>
        <source>Folder to write (must not exist or be empty).</source>
        <translation>Folder do zapisania (nie może istnieć lub musi być pusty).</translation>
    </message>
    <message>
        <source>system-task (default) or logoff.</source>
        <translation>system-task (domyślnie) lub logoff.</translation>
    </message>
    <message>
        <source>Folder on the computers for the pictures (default %1).</source>
        <translation>Folder na obrazy na komputerach (domyślnie %1).</translation>
    </message>
    <message>
        <source>Picture sizes in pixels (default %1).</source>
        <translation>Rozmiary obrazów w pikselach (domyślnie %1).</translation>
    </message>
    <message>
        <source>JPEG quality 1-100 (default %1).</source>
        <translation>Jakość JPEG 1–100 (domyślnie %1).</translation>
    </message>
    <message>
        <source>Name of the GPO (default &quot;%1&quot;).</source>
        <translation>Nazwa GPO (domyślnie „%1”).</translation>
    </message>
    <message>
        <source>GUID of the GPO in the backup (default: random).</source>
        <translation>GUID obiektu GPO w kopii zapasowej (domyślnie: losowy).</translation>
    </message>
    <message>
        <source>ID of the backup (default: random).</source>
        <translation>Identyfikator kopii zapasowej (domyślnie: losowy).</translation>
    </message>
    <message>
        <source>Backup time, RFC 3339 (default: SOURCE_DATE_EPOCH, else now).</source>
        <translation>Czas kopii zapasowej, RFC 3339 (domyślnie: SOURCE_DATE_EPOCH, w przeciwnym razie teraz).</translation>
    </message>
    <message>
        <source>DNS name of the users&apos; domain (default: each computer&apos;s own domain).</source>
        <translation>Nazwa DNS domeny użytkowników (domyślnie: własna domena każdego komputera).</translation>
    </message>
    <message>
        <source>Logoff mode: who may create their picture key, a SID or Users, Authenticated Users, INTERACTIVE (default Users).</source>
        <translation>Tryb logoff: kto może utworzyć swój klucz obrazu — SID lub Users, Authenticated Users, INTERACTIVE (domyślnie Users).</translation>
    </message>
    <message>
        <source>Also write DIR.zip.</source>
        <translation>Zapisz też DIR.zip.</translation>
    </message>
    <message>
        <source>deploy takes no arguments; use --out DIR.</source>
        <translation>deploy nie przyjmuje argumentów; użyj --out DIR.</translation>
    </message>
    <message>
        <source>deploy needs --out DIR.</source>
        <translation>deploy wymaga --out DIR.</translation>
    </message>
    <message numerus="yes">
        <source>Deploy package (%1 mode) written to %2: %n file(s).</source>
        <translation>
            <numerusform>Pakiet wdrożeniowy (tryb %1) zapisano w %2: %n plik.</numerusform>
            <numerusform>Pakiet wdrożeniowy (tryb %1) zapisano w %2: %n pliki.</numerusform>
            <numerusform>Pakiet wdrożeniowy (tryb %1) zapisano w %2: %n plików.</numerusform>
        </translation>
    </message>
    <message>
        <source>GPO backup ID %1 in %2; import it on a domain computer with:</source>
        <translation>Identyfikator kopii zapasowej GPO %1 w %2; zaimportuj ją na komputerze w domenie poleceniem:</translation>
    </message>
    <message>
        <source>See README.txt in the folder for linking, checks and troubleshooting.</source>
        <translation>Zobacz README.txt w folderze: łączenie, sprawdzanie i rozwiązywanie problemów.</translation>
    </message>
    <message>
        <source>Writes a folder with a GPO backup (import it with Import-GPO or GPMC&apos;s &quot;Import Settings&quot;), the client PowerShell script and README.txt/README.html with the steps. Modes: system-task (default: a startup script installs a scheduled task that runs as SYSTEM at every sign-in, no permission is changed) or logoff (a user logoff script; the GPO grants the minimum registry rights and turns on loopback processing). With --gpo-guid, --backup-id and --timestamp (or SOURCE_DATE_EPOCH) fixed, the output is the same byte for byte.</source>
        <translation>Zapisuje folder z kopią zapasową GPO (zaimportuj ją przez Import-GPO lub „Importuj ustawienia” w GPMC), skryptem PowerShell dla klientów oraz README.txt/README.html z opisem kroków. Tryby: system-task (domyślny: skrypt startowy instaluje zaplanowane zadanie uruchamiane jako SYSTEM przy każdym logowaniu; żadne uprawnienia nie są zmieniane) lub logoff (skrypt wylogowania użytkownika; GPO nadaje minimalne uprawnienia do rejestru i włącza przetwarzanie sprzężenia zwrotnego). Przy ustalonych --gpo-guid, --backup-id i --timestamp (lub SOURCE_DATE_EPOCH) wynik jest identyczny co do bajtu.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::ExportCommand</name>
    <message>
        <source>Save every user&apos;s photo into a folder, with a CSV index to import them again.</source>
        <translation>Zapisz zdjęcie każdego użytkownika w folderze, z indeksem CSV do ponownego importu.</translation>
    </message>
    <message>
        <source>Folder to write the photos to (created if missing).</source>
        <translation>Folder, do którego zostaną zapisane zdjęcia (tworzony, jeśli nie istnieje).</translation>
    </message>
    <message>
        <source>Only users under this OU (subtree).</source>
        <translation>Tylko użytkownicy w tej OU (poddrzewo).</translation>
    </message>
    <message>
        <source>Replace existing files (and an earlier export&apos;s index).</source>
        <translation>Zastąp istniejące pliki (i indeks wcześniejszego eksportu).</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli export --folder DIR [--ou DN] [--overwrite]</source>
        <translation>Użycie: adphoto-cli export --folder DIR [--ou DN] [--overwrite]</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: pominięto: %2</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: niepowodzenie: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) written, </source>
        <translation>
            <numerusform>zapisano %n zdjęcie, </numerusform>
            <numerusform>zapisano %n zdjęcia, </numerusform>
            <numerusform>zapisano %n zdjęć, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there, </source>
        <translation>
            <numerusform>%n już istnieje, </numerusform>
            <numerusform>%n już istnieją, </numerusform>
            <numerusform>%n już istnieje, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped, </source>
        <translation>
            <numerusform>%n pominięte, </numerusform>
            <numerusform>%n pominięte, </numerusform>
            <numerusform>%n pominiętych, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed; </source>
        <translation>
            <numerusform>%n nieudane; </numerusform>
            <numerusform>%n nieudane; </numerusform>
            <numerusform>%n nieudanych; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a photo.</source>
        <translation>
            <numerusform>%n użytkownik bez zdjęcia.</numerusform>
            <numerusform>%n użytkownicy bez zdjęcia.</numerusform>
            <numerusform>%n użytkowników bez zdjęcia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Index: %1</source>
        <translation>Indeks: %1</translation>
    </message>
    <message>
        <source>Stopped: the folder keeps refusing writes.</source>
        <translation>Zatrzymano: folder nadal odmawia zapisu.</translation>
    </message>
    <message>
        <source>Files are named &lt;sAMAccountName&gt;.jpg (or .png, .gif ... after the photo&apos;s real format),
made safe for any filesystem. Existing files are never replaced unless --overwrite is
given; they are reported and left out of the index, and the exit code is 3. The index
(index.csv: AD_user,path_to_file with relative paths) re-imports as is with
&apos;adphoto-cli import --csv DIR/index.csv&apos;.</source>
        <translation>Pliki mają nazwy &lt;sAMAccountName&gt;.jpg (lub .png, .gif ... według rzeczywistego formatu zdjęcia),
bezpieczne w każdym systemie plików. Istniejące pliki są zastępowane tylko z --overwrite;
w przeciwnym razie są zgłaszane, pomijane w indeksie, a kod wyjścia to 3. Indeks
(index.csv: AD_user,path_to_file ze ścieżkami względnymi) można zaimportować bez zmian poleceniem
&apos;adphoto-cli import --csv DIR/index.csv&apos;.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::HistoryCommand</name>
    <message>
        <source>List the photo changes recorded in the journal, oldest first.</source>
        <translation>Wyświetl zmiany zdjęć zapisane w dzienniku, od najstarszych.</translation>
    </message>
    <message>
        <source>Only changes of this user.</source>
        <translation>Tylko zmiany tego użytkownika.</translation>
    </message>
    <message>
        <source>Only changes of this import.</source>
        <translation>Tylko zmiany z tego importu.</translation>
    </message>
    <message>
        <source>history takes no arguments; use --user USER.</source>
        <translation>history nie przyjmuje argumentów; użyj --user USER.</translation>
    </message>
    <message>
        <source>Works offline, from the local journal. USER is a sAMAccountName, DN or &lt;GUID=...&gt;.</source>
        <translation>Działa bez połączenia, na podstawie lokalnego dziennika. USER to sAMAccountName, DN lub &lt;GUID=...&gt;.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::ImportCommand</name>
    <message>
        <source>Import photos from a folder or a CSV: plan, review, apply, resume.</source>
        <translation>Importuj zdjęcia z folderu lub pliku CSV: zaplanuj, przejrzyj, zastosuj, wznów.</translation>
    </message>
    <message>
        <source>Match the image files in DIR to users by name.</source>
        <translation>Dopasuj pliki obrazów z DIR do użytkowników po nazwie.</translation>
    </message>
    <message>
        <source>Also look in DIR&apos;s subfolders.</source>
        <translation>Szukaj też w podfolderach DIR.</translation>
    </message>
    <message>
        <source>Extra file name pattern, e.g. {givenName}.{sn} (repeatable).</source>
        <translation>Dodatkowy wzorzec nazwy pliku, np. {givenName}.{sn} (można powtarzać).</translation>
    </message>
    <message>
        <source>Read user,file pairs from a CSV file.</source>
        <translation>Odczytaj pary użytkownik,plik z pliku CSV.</translation>
    </message>
    <message>
        <source>CSV encoding: auto, utf-8, utf-16, windows-1252 ...</source>
        <translation>Kodowanie CSV: auto, utf-8, utf-16, windows-1252 ...</translation>
    </message>
    <message>
        <source>CSV delimiter: auto, &apos;,&apos;, &apos;;&apos; or tab.</source>
        <translation>Separator CSV: auto, &apos;,&apos;, &apos;;&apos; lub tab.</translation>
    </message>
    <message>
        <source>The CSV has no header row.</source>
        <translation>Plik CSV nie ma wiersza nagłówka.</translation>
    </message>
    <message>
        <source>CSV column with the user (name or 1-based number).</source>
        <translation>Kolumna CSV z użytkownikiem (nazwa lub numer od 1).</translation>
    </message>
    <message>
        <source>CSV column with the file (name or 1-based number).</source>
        <translation>Kolumna CSV z plikiem (nazwa lub numer od 1).</translation>
    </message>
    <message>
        <source>Map a Windows path prefix to a local one, e.g. &apos;C:\Photos=/mnt/p&apos; (repeatable).</source>
        <translation>Odwzoruj prefiks ścieżki Windows na lokalny, np. &apos;C:\Photos=/mnt/p&apos; (można powtarzać).</translation>
    </message>
    <message>
        <source>Apply a plan written by --dry-run --format json (perhaps edited).</source>
        <translation>Zastosuj plan zapisany przez --dry-run --format json (być może zmieniony).</translation>
    </message>
    <message>
        <source>Finish an interrupted import (the newest, or IMPORT_ID).</source>
        <translation>Dokończ przerwany import (najnowszy lub IMPORT_ID).</translation>
    </message>
    <message>
        <source>Only print the plan; change nothing.</source>
        <translation>Tylko wypisz plan; niczego nie zmieniaj.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nie pytaj o potwierdzenie.</translation>
    </message>
    <message>
        <source>Skip users who already have a photo.</source>
        <translation>Pomiń użytkowników, którzy mają już zdjęcie.</translation>
    </message>
    <message>
        <source>Skip disabled accounts.</source>
        <translation>Pomiń wyłączone konta.</translation>
    </message>
    <message>
        <source>Match only users under this OU.</source>
        <translation>Dopasowuj tylko użytkowników w tej OU.</translation>
    </message>
    <message>
        <source>Photos prepared in parallel (default: one per core).</source>
        <translation>Zdjęcia przygotowywane równolegle (domyślnie: jedno na rdzeń).</translation>
    </message>
    <message>
        <source>At most N writes per second (default: unlimited).</source>
        <translation>Najwyżej N zapisów na sekundę (domyślnie: bez limitu).</translation>
    </message>
    <message>
        <source>Cannot read the plan %1: %2</source>
        <translation>Nie można odczytać planu %1: %2</translation>
    </message>
    <message>
        <source>Listing users</source>
        <translation>Pobieranie listy użytkowników</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready</source>
        <translation>
            <numerusform>%n wiersz gotowy</numerusform>
            <numerusform>%n wiersze gotowe</numerusform>
            <numerusform>%n wierszy gotowych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need a person (ambiguous, unmatched, conflict)</source>
        <translation>
            <numerusform>%n wymaga człowieka (niejednoznaczne, niedopasowane, konflikt)</numerusform>
            <numerusform>%n wymagają człowieka (niejednoznaczne, niedopasowane, konflikt)</numerusform>
            <numerusform>%n wymaga człowieka (niejednoznaczne, niedopasowane, konflikt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1: %2 written, %3 unchanged, %4 conflict(s), %5 failed%6.</source>
        <translation>Import %1: zapisano %2, bez zmian %3, konflikty: %4, nieudane: %5%6.</translation>
    </message>
    <message numerus="yes">
        <source>, %n done before</source>
        <translation>
            <numerusform>, %n wykonany wcześniej</numerusform>
            <numerusform>, %n wykonane wcześniej</numerusform>
            <numerusform>, %n wykonanych wcześniej</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled between users; finish with: adphoto-cli import --resume %1</source>
        <translation>Anulowano między użytkownikami; dokończ poleceniem: adphoto-cli import --resume %1</translation>
    </message>
    <message>
        <source>The DC could not be reached; nothing is lost. Finish with: adphoto-cli import --resume %1</source>
        <translation>Nie można było połączyć się z DC; nic nie zostało utracone. Dokończ poleceniem: adphoto-cli import --resume %1</translation>
    </message>
    <message>
        <source>Give exactly one of --folder, --csv, --plan or --resume.</source>
        <translation>Podaj dokładnie jedną z opcji --folder, --csv, --plan lub --resume.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Nieoczekiwany argument: %1</translation>
    </message>
    <message>
        <source>--resume cannot be a dry run.</source>
        <translation>--resume nie może być przebiegiem próbnym.</translation>
    </message>
    <message>
        <source>--jobs needs a positive whole number.</source>
        <translation>--jobs wymaga dodatniej liczby całkowitej.</translation>
    </message>
    <message>
        <source>--rate needs a positive number of writes per second.</source>
        <translation>--rate wymaga dodatniej liczby zapisów na sekundę.</translation>
    </message>
    <message>
        <source>Nothing to apply: no row is ready.</source>
        <translation>Nic do zastosowania: żaden wiersz nie jest gotowy.</translation>
    </message>
    <message numerus="yes">
        <source>Write photos for %n user(s)?</source>
        <translation>
            <numerusform>Zapisać zdjęcia %n użytkownika?</numerusform>
            <numerusform>Zapisać zdjęcia %n użytkowników?</numerusform>
            <numerusform>Zapisać zdjęcia %n użytkowników?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written without --yes (or a &apos;y&apos; on the terminal). Only rows whose status is
&apos;ready&apos; are applied; ambiguous, unmatched and conflicting files wait for a person.
Every replaced photo is backed up in the journal first; the import id is the first line
on stderr. Exit code 3 when some users failed (or the DC went away: then --resume).</source>
        <translation>Bez --yes (lub &apos;y&apos; w terminalu) nic nie jest zapisywane. Stosowane są tylko wiersze o stanie
&apos;ready&apos;; pliki niejednoznaczne, niedopasowane i w konflikcie czekają na człowieka.
Każde zastępowane zdjęcie jest najpierw zapisywane w dzienniku; identyfikator importu to pierwszy wiersz
na stderr. Kod wyjścia 3, gdy części użytkowników się nie udało (lub DC zniknął: wtedy --resume).</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Zapisywanie</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planowanie</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::MatchCommand</name>
    <message>
        <source>match needs --folder DIR.</source>
        <translation>match wymaga --folder DIR.</translation>
    </message>
    <message>
        <source>Propose a user for every photo in a folder (changes nothing).</source>
        <translation>Zaproponuj użytkownika dla każdego zdjęcia w folderze (niczego nie zmienia).</translation>
    </message>
    <message>
        <source>The folder with the photos.</source>
        <translation>Folder ze zdjęciami.</translation>
    </message>
    <message>
        <source>Also match the photos in subfolders.</source>
        <translation>Dopasuj też zdjęcia w podfolderach.</translation>
    </message>
    <message>
        <source>A file-name pattern from attributes, e.g. {givenName}.{sn} (repeatable).</source>
        <translation>Wzorzec nazwy pliku z atrybutów, np. {givenName}.{sn} (można powtarzać).</translation>
    </message>
    <message>
        <source>Only match users under this OU (subtree).</source>
        <translation>Dopasowuj tylko użytkowników w tej OU (poddrzewo).</translation>
    </message>
    <message>
        <source>match takes no arguments; use --folder DIR.</source>
        <translation>match nie przyjmuje argumentów; użyj --folder DIR.</translation>
    </message>
    <message>
        <source>Listing users</source>
        <translation>Pobieranie listy użytkowników</translation>
    </message>
    <message>
        <source>Indexing users</source>
        <translation>Indeksowanie użytkowników</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Dopasowywanie</translation>
    </message>
    <message>
        <source>%1 matched, %2 ambiguous, %3 unmatched, %4 in conflict, %5 skipped.</source>
        <translation>dopasowane: %1, niejednoznaczne: %2, niedopasowane: %3, w konflikcie: %4, pominięte: %5.</translation>
    </message>
    <message>
        <source>Rules, all tried: sAMAccountName, userPrincipalName, mail and its local part, employeeID,
displayName, &quot;given surname&quot;, &quot;surname given&quot;, &quot;surname, given&quot;, initial + surname, and
--pattern (attributes in braces: {givenName}.{sn}, {sn}_{givenName:1}, {employeeID}).
Case, NFC/NFD, diacritics (é→e, ł→l, ß→ss, ü→ue), separators and copy suffixes are ignored.
A file is &quot;matched&quot; only when every rule that fits names the same single user; otherwise
it is &quot;ambiguous&quot; and lists the candidates. Unmatched files may list suggestions (typos);
they are never applied. Exit code 5 when any file is ambiguous or in conflict.</source>
        <translation>Reguły, sprawdzane wszystkie: sAMAccountName, userPrincipalName, mail i jego część lokalna, employeeID,
displayName, „imię nazwisko”, „nazwisko imię”, „nazwisko, imię”, inicjał + nazwisko oraz
--pattern (atrybuty w nawiasach klamrowych: {givenName}.{sn}, {sn}_{givenName:1}, {employeeID}).
Wielkość liter, NFC/NFD, znaki diakrytyczne (é→e, ł→l, ß→ss, ü→ue), separatory i przyrostki kopii są ignorowane.
Plik jest „dopasowany” tylko wtedy, gdy każda pasująca reguła wskazuje tego samego, jednego użytkownika; w przeciwnym razie
jest „niejednoznaczny” i wymienia kandydatów. Pliki niedopasowane mogą podawać sugestie (literówki);
nigdy nie są one stosowane. Kod wyjścia 5, gdy którykolwiek plik jest niejednoznaczny lub w konflikcie.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoGetCommand</name>
    <message>
        <source>Save one user&apos;s photo to a file.</source>
        <translation>Zapisz zdjęcie jednego użytkownika do pliku.</translation>
    </message>
    <message>
        <source>Write the photo to FILE (&apos;-&apos; for stdout).</source>
        <translation>Zapisz zdjęcie do pliku FILE (&apos;-&apos; oznacza stdout).</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli photo get USER -o FILE</source>
        <translation>Użycie: adphoto-cli photo get USER -o FILE</translation>
    </message>
    <message>
        <source>%1 has no photo.</source>
        <translation>%1 nie ma zdjęcia.</translation>
    </message>
    <message>
        <source>Cannot write the photo to stdout.</source>
        <translation>Nie można zapisać zdjęcia na stdout.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes saved.</source>
        <translation>%1: zapisano %2 B.</translation>
    </message>
    <message>
        <source>USER is a sAMAccountName, userPrincipalName, mail address, DN or &lt;GUID=...&gt;.</source>
        <translation>USER to sAMAccountName, userPrincipalName, adres e-mail, DN lub &lt;GUID=...&gt;.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoPrepareCommand</name>
    <message>
        <source>No such file.</source>
        <translation>Nie ma takiego pliku.</translation>
    </message>
    <message numerus="yes">
        <source>The file is %n MiB, more than any photo should be.</source>
        <translation>
            <numerusform>Plik ma %n MiB, więcej niż powinno mieć jakiekolwiek zdjęcie.</numerusform>
            <numerusform>Plik ma %n MiB, więcej niż powinno mieć jakiekolwiek zdjęcie.</numerusform>
            <numerusform>Plik ma %n MiB, więcej niż powinno mieć jakiekolwiek zdjęcie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The output would overwrite the input; choose another -o.</source>
        <translation>Wyjście nadpisałoby wejście; wybierz inne -o.</translation>
    </message>
    <message>
        <source>Cannot read the file.</source>
        <translation>Nie można odczytać pliku.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
    <message>
        <source>Turn image files into the square JPEGs AD should hold, without touching the directory.</source>
        <translation>Przekształć pliki obrazów w kwadratowe pliki JPEG, jakie powinien przechowywać AD, bez zmian w katalogu.</translation>
    </message>
    <message>
        <source>Output file (one input) or directory (several inputs or a DIR).</source>
        <translation>Plik wyjściowy (jedno wejście) lub katalog (wiele wejść lub DIR).</translation>
    </message>
    <message>
        <source>Photos prepared at once (default: one per core).</source>
        <translation>Zdjęcia przygotowywane jednocześnie (domyślnie: jedno na rdzeń).</translation>
    </message>
    <message>
        <source>Refuse images above this many megapixels before decoding (default 50).</source>
        <translation>Odrzucaj przed dekodowaniem obrazy większe niż tyle megapikseli (domyślnie 50).</translation>
    </message>
    <message>
        <source>Haar cascade for face detection (default: opencv-data&apos;s frontal face cascade).</source>
        <translation>Kaskada Haara do wykrywania twarzy (domyślnie: kaskada twarzy en face z opencv-data).</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli photo prepare FILE... | DIR -o OUT</source>
        <translation>Użycie: adphoto-cli photo prepare FILE... | DIR -o OUT</translation>
    </message>
    <message>
        <source>--max-megapixels must be a positive number.</source>
        <translation>--max-megapixels musi być liczbą dodatnią.</translation>
    </message>
    <message>
        <source>--jobs must be a positive number.</source>
        <translation>--jobs musi być liczbą dodatnią.</translation>
    </message>
    <message>
        <source>No image files found in %1.</source>
        <translation>Nie znaleziono plików obrazów w %1.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Nie można utworzyć katalogu %1.</translation>
    </message>
    <message>
        <source>Preparing photos</source>
        <translation>Przygotowywanie zdjęć</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n photo(s).</source>
        <translation>
            <numerusform>Anulowano po %n zdjęciu.</numerusform>
            <numerusform>Anulowano po %n zdjęciach.</numerusform>
            <numerusform>Anulowano po %n zdjęciach.</numerusform>
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
        <translation>Odczytuje JPEG, PNG, BMP, GIF, TIFF i WebP (rozpoznawane po zawartości), stosuje obrót EXIF, kadruje
kwadrat wokół twarzy (lub środka) i zapisuje JPEG najwyższej jakości mieszczący się w limicie bajtów.
Przy jednym pliku wejściowym FILE, OUT jest plikiem wyjściowym, chyba że jest istniejącym katalogiem. Przy wielu
wejściach lub katalogu DIR (jego pliki obrazów, według rozszerzenia) OUT jest katalogiem (tworzonym w razie potrzeby), do którego trafia
&lt;nazwa&gt;.jpg dla każdego wejścia lub &lt;nazwa&gt;.&lt;rozszerzenie&gt;.jpg, gdy dwa wejścia mają tę samą nazwę.
Jeden raport na plik (--format json: jedna tablica; plik z błędem ma &quot;error&quot;). Kod wyjścia 0, gdy
przygotowano każdy plik, 3, gdy części się nie udało, 1, gdy nie udało się żadnego.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoRemoveCommand</name>
    <message>
        <source>Remove one user&apos;s photo (backed up in the journal first).</source>
        <translation>Usuń zdjęcie jednego użytkownika (najpierw zapisane w dzienniku).</translation>
    </message>
    <message>
        <source>Asks for confirmation on a terminal; without one, --yes is required.
The removed photo stays in the journal: &apos;adphoto-cli restore USER&apos; puts it back.</source>
        <translation>Pyta o potwierdzenie w terminalu; bez terminala wymagane jest --yes.
Usunięte zdjęcie pozostaje w dzienniku: &apos;adphoto-cli restore USER&apos; przywraca je.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nie pytaj o potwierdzenie.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli photo remove USER [--yes]</source>
        <translation>Użycie: adphoto-cli photo remove USER [--yes]</translation>
    </message>
    <message>
        <source>%1 has no photo; nothing to remove.</source>
        <translation>%1 nie ma zdjęcia; nie ma czego usuwać.</translation>
    </message>
    <message>
        <source>Remove the photo of %1 (%2)?</source>
        <translation>Usunąć zdjęcie użytkownika %1 (%2)?</translation>
    </message>
    <message>
        <source>%1: photo removed (backup kept in the journal, change %2).</source>
        <translation>%1: usunięto zdjęcie (kopia zachowana w dzienniku, zmiana %2).</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoSetCommand</name>
    <message>
        <source>Set one user&apos;s photo (the old one is backed up in the journal).</source>
        <translation>Ustaw zdjęcie jednego użytkownika (poprzednie zostaje zapisane w dzienniku).</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli photo set USER FILE</source>
        <translation>Użycie: adphoto-cli photo set USER FILE</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MiB.</source>
        <translation>%1 jest większy niż 256 MiB.</translation>
    </message>
    <message>
        <source>The prepared photo (%1 bytes) is larger than the 102,400 bytes AD allows.</source>
        <translation>Przygotowane zdjęcie (%1 B) jest większe niż 102 400 bajtów dozwolonych przez AD.</translation>
    </message>
    <message>
        <source>%1: the photo is already identical; nothing written.</source>
        <translation>%1: zdjęcie jest już identyczne; nic nie zapisano.</translation>
    </message>
    <message>
        <source>%1: photo set (%2 bytes; the previous one is kept in the journal, change %3).</source>
        <translation>%1: ustawiono zdjęcie (%2 B; poprzednie zachowano w dzienniku, zmiana %3).</translation>
    </message>
    <message>
        <source>USER is a sAMAccountName, userPrincipalName, mail address, DN or &lt;GUID=...&gt;.
FILE may be any JPEG, PNG, BMP, GIF, TIFF or WebP: it is cropped square (on the face),
resized to a multiple of 96 px and compressed to the best quality under the byte budget.</source>
        <translation>USER to sAMAccountName, userPrincipalName, adres e-mail, DN lub &lt;GUID=...&gt;.
FILE może być dowolnym plikiem JPEG, PNG, BMP, GIF, TIFF lub WebP: jest kadrowany do kwadratu (na twarz),
skalowany do wielokrotności 96 px i kompresowany z najwyższą jakością w limicie bajtów.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::PhotoSpecOptions</name>
    <message>
        <source>Photo edge in pixels: 96 (default), 192, 288, 384, 480, 576 or 648.</source>
        <translation>Bok zdjęcia w pikselach: 96 (domyślnie), 192, 288, 384, 480, 576 lub 648.</translation>
    </message>
    <message>
        <source>Byte budget of the JPEG (default 102400, AD&apos;s limit; e.g. 10240 for old Exchange).</source>
        <translation>Limit bajtów JPEG (domyślnie 102400, limit AD; np. 10240 dla starego Exchange).</translation>
    </message>
    <message>
        <source>Do not look for a face: crop the centre (a little above it for portrait photos).</source>
        <translation>Nie szukaj twarzy: kadruj środek (w pionowych zdjęciach nieco powyżej).</translation>
    </message>
    <message>
        <source>Crop this square instead: left, top, edge, edge in pixels of the upright photo.</source>
        <translation>Zamiast tego wykadruj ten kwadrat: lewo, góra, bok, bok w pikselach wyprostowanego zdjęcia.</translation>
    </message>
    <message>
        <source>--crop wants four non-negative integers X,Y,S,S, not &quot;%1&quot;.</source>
        <translation>--crop wymaga czterech nieujemnych liczb całkowitych X,Y,S,S, a nie „%1”.</translation>
    </message>
    <message>
        <source>--crop must be a square (X,Y,S,S with S &gt; 0), not &quot;%1&quot;.</source>
        <translation>--crop musi być kwadratem (X,Y,S,S przy S &gt; 0), a nie „%1”.</translation>
    </message>
    <message>
        <source>--size must be 96, 192, 288, 384, 480, 576 or 648, not &quot;%1&quot;.</source>
        <translation>--size musi wynosić 96, 192, 288, 384, 480, 576 lub 648, a nie „%1”.</translation>
    </message>
    <message>
        <source>--max-bytes must be a positive number of bytes, not &quot;%1&quot;.</source>
        <translation>--max-bytes musi być dodatnią liczbą bajtów, a nie „%1”.</translation>
    </message>
    <message>
        <source>%1×%1, kept as it was, %2 bytes</source>
        <translation>%1×%1, zachowane bez zmian, %2 B</translation>
    </message>
    <message>
        <source>%1×%1, quality %2, %3 bytes</source>
        <translation>%1×%1, jakość %2, %3 B</translation>
    </message>
    <message>
        <source>face found</source>
        <translation>znaleziono twarz</translation>
    </message>
    <message>
        <source>no face</source>
        <translation>brak twarzy</translation>
    </message>
    <message>
        <source>crop %1</source>
        <translation>kadr %1</translation>
    </message>
    <message>
        <source>Keep a JPEG that already conforms (square, an allowed size, under the budget) byte for byte, dropping only its metadata.</source>
        <translation>Zachowaj bajt w bajt plik JPEG, który już spełnia wymagania (kwadratowy, dozwolony rozmiar, w limicie), usuwając tylko metadane.</translation>
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
        <translation>%1: %2/%3 (%4%)</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::RestoreCommand</name>
    <message>
        <source>Put back an earlier photo of one user from the journal.</source>
        <translation>Przywróć wcześniejsze zdjęcie użytkownika z dziennika.</translation>
    </message>
    <message>
        <source>Restore the state at this time (RFC 3339).</source>
        <translation>Przywróć stan z tego momentu (RFC 3339).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nie pytaj o potwierdzenie.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli restore USER [--at TIME] [--yes]</source>
        <translation>Użycie: adphoto-cli restore USER [--at TIME] [--yes]</translation>
    </message>
    <message>
        <source>--at needs an RFC 3339 time with a zone, e.g. 2026-11-25T08:00:00Z, not &quot;%1&quot;.</source>
        <translation>--at wymaga czasu RFC 3339 ze strefą, np. 2026-11-25T08:00:00Z, a nie „%1”.</translation>
    </message>
    <message>
        <source>Remove the photo of %1 (it had none then)?</source>
        <translation>Usunąć zdjęcie użytkownika %1 (wtedy go nie miał)?</translation>
    </message>
    <message>
        <source>Put back the earlier photo (%1 bytes) of %2?</source>
        <translation>Przywrócić wcześniejsze zdjęcie (%1 B) użytkownika %2?</translation>
    </message>
    <message>
        <source>%1 already has that photo; nothing written.</source>
        <translation>%1 ma już to zdjęcie; nic nie zapisano.</translation>
    </message>
    <message>
        <source>%1 restored (change %2).</source>
        <translation>Przywrócono %1 (zmiana %2).</translation>
    </message>
    <message>
        <source>Without --at, puts back the photo the most recent change replaced (or removes the photo
if there was none). With --at (RFC 3339, e.g. 2026-11-25T08:00:00Z), puts back the photo the
user had at that time. The current photo is backed up in the journal first.</source>
        <translation>Bez --at przywraca zdjęcie zastąpione przez ostatnią zmianę (lub usuwa zdjęcie,
jeśli go nie było). Z --at (RFC 3339, np. 2026-11-25T08:00:00Z) przywraca zdjęcie, które
użytkownik miał w tym momencie. Bieżące zdjęcie jest najpierw zapisywane w dzienniku.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::UndoCommand</name>
    <message>
        <source>Revert every photo an import changed (unless changed again since).</source>
        <translation>Cofnij każde zdjęcie zmienione przez import (chyba że od tego czasu zmieniono je ponownie).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nie pytaj o potwierdzenie.</translation>
    </message>
    <message>
        <source>Usage: adphoto-cli undo IMPORT_ID [--yes]</source>
        <translation>Użycie: adphoto-cli undo IMPORT_ID [--yes]</translation>
    </message>
    <message>
        <source>Revert the photos changed by import %1?</source>
        <translation>Cofnąć zdjęcia zmienione przez import %1?</translation>
    </message>
    <message>
        <source>Reverting %1/%2</source>
        <translation>Cofanie %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) reverted</source>
        <translation>
            <numerusform>przywrócono %n użytkownika</numerusform>
            <numerusform>przywrócono %n użytkowników</numerusform>
            <numerusform>przywrócono %n użytkowników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not</source>
        <translation>
            <numerusform>, %n nie</numerusform>
            <numerusform>, %n nie</numerusform>
            <numerusform>, %n nie</numerusform>
        </translation>
    </message>
    <message>
        <source>Each user is reverted only if the photo is still the one the import wrote; others are
reported as conflict. Exit code 3 when some users could not be reverted.</source>
        <translation>Każdy użytkownik jest przywracany tylko wtedy, gdy zdjęcie jest nadal tym zapisanym przez import; pozostali są
zgłaszani jako konflikt. Kod wyjścia 3, gdy części użytkowników nie udało się przywrócić.</translation>
    </message>
</context>
<context>
    <name>adphoto::cli::UsersCommand</name>
    <message>
        <source>List users with a photo indicator.</source>
        <translation>Wyświetl użytkowników ze wskaźnikiem zdjęcia.</translation>
    </message>
    <message>
        <source>Only users without a photo.</source>
        <translation>Tylko użytkownicy bez zdjęcia.</translation>
    </message>
    <message>
        <source>Only users under this OU (subtree).</source>
        <translation>Tylko użytkownicy w tej OU (poddrzewo).</translation>
    </message>
    <message>
        <source>Do not download photos to measure them; photoBytes is null (for slow links).</source>
        <translation>Nie pobieraj zdjęć w celu ich zmierzenia; photoBytes ma wartość null (dla wolnych łączy).</translation>
    </message>
    <message>
        <source>users takes no arguments.</source>
        <translation>users nie przyjmuje argumentów.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n użytkownik.</numerusform>
            <numerusform>%n użytkownicy.</numerusform>
            <numerusform>%n użytkowników.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns: dn, objectGUID, sAMAccountName, userPrincipalName, displayName, givenName, sn, mail,
employeeID, disabled, hasPhoto, photoBytes (null when absent). Each photo is fetched to
measure it and freed at once; --no-photo-sizes only asks whether there is one.</source>
        <translation>Kolumny: dn, objectGUID, sAMAccountName, userPrincipalName, displayName, givenName, sn, mail,
employeeID, disabled, hasPhoto, photoBytes (null, gdy brak). Każde zdjęcie jest pobierane, aby
je zmierzyć, i od razu zwalniane; --no-photo-sizes pyta tylko, czy zdjęcie istnieje.</translation>
    </message>
    <message>
        <source>Listing users</source>
        <translation>Pobieranie listy użytkowników</translation>
    </message>
</context>
<context>
    <name>adphoto::deploy::DeployTemplate</name>
    <message>
        <source>The built-in template %1 is missing.</source>
        <translation>Brak wbudowanego szablonu %1.</translation>
    </message>
    <message>
        <source>The template %1 has a placeholder %2 without a value.</source>
        <translation>Szablon %1 ma symbol zastępczy %2 bez wartości.</translation>
    </message>
    <message>
        <source>The template %1 has no placeholder %2.</source>
        <translation>Szablon %1 nie ma symbolu zastępczego %2.</translation>
    </message>
</context>
<context>
    <name>adphoto::deploy::DeployZip</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Nie można utworzyć %1.</translation>
    </message>
    <message>
        <source>Cannot write the zip file %1.</source>
        <translation>Nie można zapisać pliku zip %1.</translation>
    </message>
    <message>
        <source>Cannot add %1 to the zip file.</source>
        <translation>Nie można dodać %1 do pliku zip.</translation>
    </message>
    <message>
        <source>Cannot finish the zip file %1.</source>
        <translation>Nie można dokończyć pliku zip %1.</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::deploy::GpoBackup</name>
    <message>
        <source>The deploy options were not resolved before building the GPO backup.</source>
        <translation>Opcje wdrażania nie zostały ustalone przed utworzeniem kopii zapasowej GPO.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::AuditPage</name>
    <message>
        <source>Whole directory (the base DN)</source>
        <translation>Cały katalog (bazowy DN)</translation>
    </message>
    <message>
        <source>Audit only the users below this OU (a DN). Double-click an OU in the table to choose it.</source>
        <translation>Sprawdzaj tylko użytkowników w tej OU (DN). Kliknij dwukrotnie OU w tabeli, aby ją wybrać.</translation>
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
        <translation>Większe zdjęcia są zgłaszane jako przekraczające limit bajtów (1 KB = 1024 bajty)</translation>
    </message>
    <message>
        <source>&amp;Byte limit:</source>
        <translation>&amp;Limit bajtów:</translation>
    </message>
    <message>
        <source>&amp;Run audit</source>
        <translation>&amp;Uruchom audyt</translation>
    </message>
    <message>
        <source>Read every user&apos;s photo once and report what is missing or wrong (F5)</source>
        <translation>Odczytaj raz zdjęcie każdego użytkownika i zgłoś, czego brakuje lub co jest nie tak (F5)</translation>
    </message>
    <message>
        <source>%v users read</source>
        <translation>odczytano %v użytkowników</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Run the audit to see which users have no photo and which photos need attention.</source>
        <translation>Uruchom audyt, aby zobaczyć, którzy użytkownicy nie mają zdjęcia i które zdjęcia wymagają uwagi.</translation>
    </message>
    <message>
        <source>Users without a photo per OU</source>
        <translation>Użytkownicy bez zdjęcia według OU</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportuj &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Eksportuj &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Import for these users…</source>
        <translation>&amp;Importuj dla tych użytkowników…</translation>
    </message>
    <message>
        <source>Open the bulk import limited to the users without a photo</source>
        <translation>Otwórz import zbiorczy ograniczony do użytkowników bez zdjęcia</translation>
    </message>
    <message>
        <source>Connect to a directory first.</source>
        <translation>Najpierw połącz się z katalogiem.</translation>
    </message>
    <message>
        <source>Reading users and photos…</source>
        <translation>Odczytywanie użytkowników i zdjęć…</translation>
    </message>
    <message>
        <source>The audit was cancelled.</source>
        <translation>Audyt został anulowany.</translation>
    </message>
    <message>
        <source>The audit failed: %1</source>
        <translation>Audyt nie powiódł się: %1</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Tworzenie raportu…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Audit finished: %n user(s) without a photo.</source>
        <translation>
            <numerusform>Audyt zakończony: %n użytkownik bez zdjęcia.</numerusform>
            <numerusform>Audyt zakończony: %n użytkownicy bez zdjęcia.</numerusform>
            <numerusform>Audyt zakończony: %n użytkowników bez zdjęcia.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 users, %3 with a photo, %4 without (%5 %); %6 findings about photos; byte limit %7 bytes.</source>
        <translation>%1: użytkownicy: %2, ze zdjęciem: %3, bez zdjęcia: %4 (%5%); wyniki dotyczące zdjęć: %6; limit bajtów: %7.</translation>
    </message>
    <message>
        <source>Export the audit as HTML</source>
        <translation>Eksportuj audyt jako HTML</translation>
    </message>
    <message>
        <source>Export the audit as CSV</source>
        <translation>Eksportuj audyt jako CSV</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>Strony HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Nie udało się zapisać %1.</translation>
    </message>
    <message>
        <source>Audit saved to %1.</source>
        <translation>Audyt zapisano w %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a photo in %1</source>
        <translation>
            <numerusform>%n użytkownik bez zdjęcia w %1</numerusform>
            <numerusform>%n użytkownicy bez zdjęcia w %1</numerusform>
            <numerusform>%n użytkowników bez zdjęcia w %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading users and photos… %n user(s) so far.</source>
        <translation>
            <numerusform>Odczytywanie użytkowników i zdjęć… dotąd %n użytkownik.</numerusform>
            <numerusform>Odczytywanie użytkowników i zdjęć… dotąd %n użytkownicy.</numerusform>
            <numerusform>Odczytywanie użytkowników i zdjęć… dotąd %n użytkowników.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adphoto::gui::ConnectFlow</name>
    <message>
        <source>Choose the domain controller to work with.</source>
        <translation>Wybierz kontroler domeny, z którym chcesz pracować.</translation>
    </message>
    <message>
        <source>Looking for the saved password…</source>
        <translation>Wyszukiwanie zapisanego hasła…</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Wprowadź hasło dla %1.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <source>The password is saved in the system keychain.</source>
        <translation>Hasło zapisano w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>Nie udało się zapisać hasła: %1</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Połączono: %1</translation>
    </message>
    <message>
        <source>The saved password was refused: %1</source>
        <translation>Zapisane hasło zostało odrzucone: %1</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Brak połączenia: %1</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::Connection</name>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Łączenie zostało anulowane.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Brak połączenia</translation>
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
        <translation>Szyfrowanie Kerberos</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>bez szyfrowania</translation>
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
        <translation>Połącz z Active Directory</translation>
    </message>
    <message>
        <source>Connections are saved under this name (without the password).</source>
        <translation>Połączenia są zapisywane pod tą nazwą (bez hasła).</translation>
    </message>
    <message>
        <source>New profile name</source>
        <translation>Nazwa nowego profilu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Domain controller</source>
        <translation>Kontroler domeny</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>Find a DC of the &amp;domain:</source>
        <translation>Znajdź DC &amp;domeny:</translation>
    </message>
    <message>
        <source>ldaps://dc1.example.com or dc1.example.com</source>
        <translation>ldaps://dc1.example.com lub dc1.example.com</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>resolwer systemowy</translation>
    </message>
    <message>
        <source>the domain&apos;s naming context</source>
        <translation>kontekst nazewnictwa domeny</translation>
    </message>
    <message>
        <source>DNS server for discovery:</source>
        <translation>Serwer DNS do wykrywania:</translation>
    </message>
    <message>
        <source>Search &amp;base:</source>
        <translation>&amp;Baza wyszukiwania:</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Szyfrowanie</translation>
    </message>
    <message>
        <source>Automatic (StartTLS for passwords, Kerberos sealing)</source>
        <translation>Automatycznie (StartTLS dla haseł, szyfrowanie Kerberos)</translation>
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
        <translation>Brak: tylko szyfrowanie Kerberos</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>certyfikaty systemowe</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Do not verify the server certificate (unsafe)</source>
        <translation>Nie weryfikuj certyfikatu serwera (niebezpieczne)</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>Certyfikaty &amp;CA:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>&amp;Kerberos (my current ticket)</source>
        <translation>&amp;Kerberos (mój bieżący bilet)</translation>
    </message>
    <message>
        <source>User name and &amp;password</source>
        <translation>Nazwa użytkownika i &amp;hasło</translation>
    </message>
    <message>
        <source>admin@example.com or EXAMPLE\admin</source>
        <translation>admin@example.com lub EXAMPLE\admin</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Zapamiętaj hasło w systemowym pęku kluczy</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Metoda:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Has&amp;ło:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Limit czasu:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Połącz</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Enter the server to connect to.</source>
        <translation>Podaj serwer, z którym chcesz się połączyć.</translation>
    </message>
    <message>
        <source>Enter the domain whose domain controllers should be found.</source>
        <translation>Podaj domenę, której kontrolery domeny mają zostać znalezione.</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Wprowadź hasło dla %1.</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certyfikaty CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certyfikaty (*.pem *.crt *.cer);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CropView</name>
    <message>
        <source>Crop frame</source>
        <translation>Ramka kadrowania</translation>
    </message>
    <message>
        <source>Arrow keys move the frame, Shift moves it further, + and - resize it.</source>
        <translation>Strzałki przesuwają ramkę, z Shift dalej, + i - zmieniają jej rozmiar.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvApplyPage</name>
    <message>
        <source>Writing photos</source>
        <translation>Zapisywanie zdjęć</translation>
    </message>
    <message>
        <source>Every replaced photo is kept in the history first; the whole import can be undone.</source>
        <translation>Każde zastępowane zdjęcie jest najpierw zachowywane w historii; cały import można cofnąć.</translation>
    </message>
    <message>
        <source>%v of %m written</source>
        <translation>zapisano %v z %m</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Stop after the current user; the rest can be resumed later (Esc)</source>
        <translation>Zatrzymaj po bieżącym użytkowniku; resztę można wznowić później (Esc)</translation>
    </message>
    <message>
        <source>Results per user</source>
        <translation>Wyniki według użytkownika</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Not connected to a directory.</source>
        <translation>Brak połączenia z katalogiem.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <source>Stopping after the current user…</source>
        <translation>Zatrzymywanie po bieżącym użytkowniku…</translation>
    </message>
    <message>
        <source>The import did not run: %1</source>
        <translation>Import nie został uruchomiony: %1</translation>
    </message>
    <message>
        <source>The import was stopped; it can be resumed from the bulk import page.</source>
        <translation>Import został zatrzymany; można go wznowić na stronie importu zbiorczego.</translation>
    </message>
    <message>
        <source>Import %1: %2 written, %3 unchanged, %4 changed meanwhile, %5 failed.</source>
        <translation>Import %1: zapisano %2, bez zmian %3, zmienione w międzyczasie %4, nieudane %5.</translation>
    </message>
    <message>
        <source>Stopped: %1. Resume it from the bulk import page when the directory is back.</source>
        <translation>Zatrzymano: %1. Wznów import na stronie importu zbiorczego, gdy katalog znów będzie dostępny.</translation>
    </message>
    <message>
        <source>Stopped by you; resume it from the bulk import page.</source>
        <translation>Zatrzymano przez Ciebie; wznów import na stronie importu zbiorczego.</translation>
    </message>
    <message>
        <source>Done. Next shows the summary and exports the results.</source>
        <translation>Gotowe. „Dalej” pokazuje podsumowanie i eksportuje wyniki.</translation>
    </message>
    <message>
        <source>Stopped before anything was written.</source>
        <translation>Zatrzymano, zanim cokolwiek zapisano.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvFilePage</name>
    <message>
        <source>CSV file</source>
        <translation>Plik CSV</translation>
    </message>
    <message>
        <source>A CSV file with one line per user: the user (account name, e-mail, UPN or DN) and the photo file. Excel and script exports work as they are.</source>
        <translation>Plik CSV z jednym wierszem na użytkownika: użytkownik (nazwa konta, e-mail, UPN lub DN) i plik zdjęcia. Eksporty z Excela i skryptów działają bez zmian.</translation>
    </message>
    <message>
        <source>e.g. /srv/photos/photos.csv</source>
        <translation>np. /srv/photos/photos.csv</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rzeglądaj…</translation>
    </message>
    <message>
        <source>CSV file with users and photos</source>
        <translation>Plik CSV z użytkownikami i zdjęciami</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv)</source>
        <translation>Pliki CSV i tekstowe (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Choose the file with Browse, or type its path.</source>
        <translation>Wybierz plik przyciskiem „Przeglądaj” lub wpisz jego ścieżkę.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Nie ma pliku %1.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a CSV file.</source>
        <translation>%1 to folder; wybierz plik CSV.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions).</source>
        <translation>Nie można odczytać %1 (uprawnienia).</translation>
    </message>
    <message>
        <source>%1, changed %2.</source>
        <translation>%1, zmieniono %2.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvImportWizard</name>
    <message>
        <source>Import photos from a CSV file</source>
        <translation>Importuj zdjęcia z pliku CSV</translation>
    </message>
    <message>
        <source>Connect to a directory first: the CSV&apos;s users are looked up there.</source>
        <translation>Najpierw połącz się z katalogiem: to w nim wyszukiwani są użytkownicy z pliku CSV.</translation>
    </message>
    <message>
        <source>The user list is still loading; this page continues when it is complete.</source>
        <translation>Lista użytkowników wciąż się wczytuje; ta strona przejdzie dalej, gdy będzie kompletna.</translation>
    </message>
    <message>
        <source>The directory listed no users.</source>
        <translation>Katalog nie zwrócił żadnych użytkowników.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvMappingPage</name>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>space</source>
        <translation>spacja</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Odczyt pliku</translation>
    </message>
    <message>
        <source>Check that names and paths look right below. Everything is detected; change what is not.</source>
        <translation>Sprawdź poniżej, czy nazwy i ścieżki wyglądają poprawnie. Wszystko jest wykrywane; zmień to, co się nie zgadza.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Wykryj</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Przecinek ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Średnik ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Pionowa kreska |</translation>
    </message>
    <message>
        <source>The first line names the columns</source>
        <translation>Pierwszy wiersz zawiera nazwy kolumn</translation>
    </message>
    <message>
        <source>No header line: every line is a user</source>
        <translation>Brak wiersza nagłówka: każdy wiersz to użytkownik</translation>
    </message>
    <message>
        <source>One per line, e.g. C:\Photos=/mnt/photos</source>
        <translation>Jedna na wiersz, np. C:\Photos=/mnt/photos</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;Nagłówek:</translation>
    </message>
    <message>
        <source>&amp;User column:</source>
        <translation>Kolumna &amp;użytkownika:</translation>
    </message>
    <message>
        <source>&amp;Photo column:</source>
        <translation>Kolumna &amp;zdjęcia:</translation>
    </message>
    <message>
        <source>&amp;Windows paths:</source>
        <translation>Ścieżki &amp;Windows:</translation>
    </message>
    <message>
        <source>Preview of the CSV file</source>
        <translation>Podgląd pliku CSV</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Odczytywanie…</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Wykryj (%1)</translation>
    </message>
    <message>
        <source>The file cannot be read with these settings.</source>
        <translation>Nie można odczytać pliku z tymi ustawieniami.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumna %1</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (kolumna %2)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Użytkownik: %1</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Zdjęcie: %1</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, delimiter %2, %3; %n record(s).</source>
        <translation>
            <numerusform>Odczytano jako %1, separator %2, %3; %n rekord.</numerusform>
            <numerusform>Odczytano jako %1, separator %2, %3; %n rekordy.</numerusform>
            <numerusform>Odczytano jako %1, separator %2, %3; %n rekordów.</numerusform>
        </translation>
    </message>
    <message>
        <source>names on line 1</source>
        <translation>nazwy w wierszu 1</translation>
    </message>
    <message>
        <source>no header line</source>
        <translation>brak wiersza nagłówka</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be split (shown in red).</source>
        <translation>
            <numerusform>Nie można podzielić %n wiersza (zaznaczony na czerwono).</numerusform>
            <numerusform>Nie można podzielić %n wierszy (zaznaczone na czerwono).</numerusform>
            <numerusform>Nie można podzielić %n wierszy (zaznaczone na czerwono).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation>Wyświetlono pierwsze %1.</translation>
    </message>
    <message>
        <source>The file has a header line but no users.</source>
        <translation>Plik ma wiersz nagłówka, ale nie ma użytkowników.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvOptionsPage</name>
    <message>
        <source>Photo options</source>
        <translation>Opcje zdjęć</translation>
    </message>
    <message>
        <source>Which users to leave alone, and how each photo is cropped and sized before it is written.</source>
        <translation>Których użytkowników pominąć oraz jak każde zdjęcie jest kadrowane i skalowane przed zapisem.</translation>
    </message>
    <message>
        <source>Only users &amp;without a photo (keep existing photos)</source>
        <translation>Tylko użytkownicy &amp;bez zdjęcia (zachowaj istniejące zdjęcia)</translation>
    </message>
    <message>
        <source>Skip &amp;disabled accounts</source>
        <translation>Pomiń &amp;wyłączone konta</translation>
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
        <translation>Wyśrodkuj kadr na &amp;twarzy</translation>
    </message>
    <message>
        <source>Outlook shows 96 px; Teams and Windows look better with larger photos. Active Directory takes at most 100 KB.</source>
        <translation>Outlook pokazuje 96 px; Teams i Windows wyglądają lepiej z większymi zdjęciami. Active Directory przyjmuje najwyżej 100 KB.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Rozmiar:</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Najwyżej:</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Ticked lines are written. Lines that fit several users need a pick: select the user cell and press F2.</source>
        <translation>Zaznaczone wiersze zostaną zapisane. Wiersze pasujące do kilku użytkowników wymagają wyboru: zaznacz komórkę użytkownika i naciśnij F2.</translation>
    </message>
    <message>
        <source>&amp;Tick all ready</source>
        <translation>&amp;Zaznacz wszystkie gotowe</translation>
    </message>
    <message>
        <source>U&amp;ntick all</source>
        <translation>&amp;Odznacz wszystkie</translation>
    </message>
    <message>
        <source>Import review</source>
        <translation>Przegląd importu</translation>
    </message>
    <message>
        <source>No line is ready to write with these options.</source>
        <translation>Z tymi opcjami żaden wiersz nie jest gotowy do zapisu.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to %n user(s)</source>
        <translation>
            <numerusform>&amp;Zastosuj dla %n użytkownika</numerusform>
            <numerusform>&amp;Zastosuj dla %n użytkowników</numerusform>
            <numerusform>&amp;Zastosuj dla %n użytkowników</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Zastosuj</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planowanie…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to write</source>
        <translation>
            <numerusform>%n do zapisu</numerusform>
            <numerusform>%n do zapisu</numerusform>
            <numerusform>%n do zapisu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to choose</source>
        <translation>
            <numerusform>%n do wyboru</numerusform>
            <numerusform>%n do wyboru</numerusform>
            <numerusform>%n do wyboru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n pominięty</numerusform>
            <numerusform>%n pominięte</numerusform>
            <numerusform>%n pominiętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n z problemami</numerusform>
            <numerusform>%n z problemami</numerusform>
            <numerusform>%n z problemami</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning… %p%</source>
        <translation>Planowanie… %p%</translation>
    </message>
    <message>
        <source>Planning cancelled. Go Back and Next to plan again.</source>
        <translation>Planowanie anulowane. Użyj Wstecz i Dalej, aby zaplanować ponownie.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvSummaryPage</name>
    <message>
        <source>Written</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Zmienione w międzyczasie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Eksportuj wyniki…</translation>
    </message>
    <message>
        <source>Save each user&apos;s result as a CSV file (Ctrl+S)</source>
        <translation>Zapisz wynik każdego użytkownika jako plik CSV (Ctrl+S)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bajty</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Result per user</source>
        <translation>Wynik według użytkownika</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
    <message>
        <source>results-%1.csv</source>
        <translation>wyniki-%1.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Eksportuj wyniki</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Wyniki zapisano w %1.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::CsvValidationPage</name>
    <message>
        <source>Checking every line</source>
        <translation>Sprawdzanie każdego wiersza</translation>
    </message>
    <message>
        <source>Each line is looked up in the directory and its photo file is checked. Lines in red are left out; fix the file or the settings and come back to check again.</source>
        <translation>Każdy wiersz jest wyszukiwany w katalogu, a jego plik zdjęcia sprawdzany. Wiersze na czerwono są pomijane; popraw plik lub ustawienia i wróć, aby sprawdzić ponownie.</translation>
    </message>
    <message>
        <source>Show only lines with &amp;problems</source>
        <translation>Pokaż tylko wiersze z &amp;problemami</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>User in the file</source>
        <translation>Użytkownik w pliku</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Photo file</source>
        <translation>Plik zdjęcia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Lines of the CSV file</source>
        <translation>Wiersze pliku CSV</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): </source>
        <translation>
            <numerusform>%n wiersz: </numerusform>
            <numerusform>%n wiersze: </numerusform>
            <numerusform>%n wierszy: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usable, </source>
        <translation>
            <numerusform>%n użyteczny, </numerusform>
            <numerusform>%n użyteczne, </numerusform>
            <numerusform>%n użytecznych, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems.</source>
        <translation>
            <numerusform>%n z problemami.</numerusform>
            <numerusform>%n z problemami.</numerusform>
            <numerusform>%n z problemami.</numerusform>
        </translation>
    </message>
    <message>
        <source>No line can be used. Go back and check the columns and paths, or fix the file.</source>
        <translation>Żadnego wiersza nie można użyć. Wróć i sprawdź kolumny oraz ścieżki albo popraw plik.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be left out; the others can be imported.</source>
        <translation>
            <numerusform>%n wiersz zostanie pominięty; pozostałe można zaimportować.</numerusform>
            <numerusform>%n wiersze zostaną pominięte; pozostałe można zaimportować.</numerusform>
            <numerusform>%n wierszy zostanie pominiętych; pozostałe można zaimportować.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking… %p%</source>
        <translation>Sprawdzanie… %p%</translation>
    </message>
    <message>
        <source>Checking cancelled. Go Back and Next to check again.</source>
        <translation>Sprawdzanie anulowane. Użyj Wstecz i Dalej, aby sprawdzić ponownie.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::DeployPage</name>
    <message>
        <source>Generates a GPO backup that puts each user&apos;s Active Directory photo on their Windows account picture, the client PowerShell script and a README with the steps. Import it with GPMC&apos;s &quot;Import Settings&quot; or Import-GPO.</source>
        <translation>Tworzy kopię zapasową GPO, która ustawia zdjęcie z Active Directory jako obraz konta Windows każdego użytkownika, skrypt PowerShell dla klientów oraz README z opisem kroków. Zaimportuj ją przez „Importuj ustawienia” w GPMC lub Import-GPO.</translation>
    </message>
    <message>
        <source>How the pictures get onto the computers</source>
        <translation>Jak obrazy trafiają na komputery</translation>
    </message>
    <message>
        <source>&amp;Scheduled task as SYSTEM at each sign-in (recommended)</source>
        <translation>&amp;Zaplanowane zadanie jako SYSTEM przy każdym logowaniu (zalecane)</translation>
    </message>
    <message>
        <source>User &amp;logoff script</source>
        <translation>Skrypt &amp;wylogowania użytkownika</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakiet</translation>
    </message>
    <message>
        <source>The folder Windows itself uses for account pictures</source>
        <translation>Folder, którego sam Windows używa na obrazy kont</translation>
    </message>
    <message>
        <source>Picture &amp;folder:</source>
        <translation>&amp;Folder obrazów:</translation>
    </message>
    <message>
        <source>Square sizes in pixels that Windows 10 and 11 ask for, separated by commas</source>
        <translation>Kwadratowe rozmiary w pikselach wymagane przez Windows 10 i 11, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>Si&amp;zes (px):</source>
        <translation>Roz&amp;miary (px):</translation>
    </message>
    <message>
        <source>JPEG &amp;quality:</source>
        <translation>&amp;Jakość JPEG:</translation>
    </message>
    <message>
        <source>GPO &amp;name:</source>
        <translation>&amp;Nazwa GPO:</translation>
    </message>
    <message>
        <source>Each computer&apos;s own domain</source>
        <translation>Własna domena każdego komputera</translation>
    </message>
    <message>
        <source>Users&apos; &amp;domain:</source>
        <translation>&amp;Domena użytkowników:</translation>
    </message>
    <message>
        <source>Who may create their own picture key and folder: a SID or a well-known group</source>
        <translation>Kto może utworzyć własny klucz i folder obrazu: SID lub dobrze znana grupa</translation>
    </message>
    <message>
        <source>Logoff mode &amp;group:</source>
        <translation>&amp;Grupa trybu wylogowania:</translation>
    </message>
    <message>
        <source>Fixed identifiers (optional, for packages that can be compared)</source>
        <translation>Stałe identyfikatory (opcjonalne, dla porównywalnych pakietów)</translation>
    </message>
    <message>
        <source>Random: %1</source>
        <translation>Losowy: %1</translation>
    </message>
    <message>
        <source>GPO &amp;GUID:</source>
        <translation>&amp;GUID GPO:</translation>
    </message>
    <message>
        <source>&amp;Backup ID:</source>
        <translation>Identyfikator &amp;kopii:</translation>
    </message>
    <message>
        <source>SOURCE_DATE_EPOCH (%1)</source>
        <translation>SOURCE_DATE_EPOCH (%1)</translation>
    </message>
    <message>
        <source>The time of Generate, e.g. 2024-05-01T12:00:00Z</source>
        <translation>Czas wygenerowania, np. 2024-05-01T12:00:00Z</translation>
    </message>
    <message>
        <source>Backup &amp;time:</source>
        <translation>&amp;Czas kopii:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Wyjście</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Nowy lub pusty folder</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Przeg&amp;lądaj…</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Folder &amp;wyjściowy:</translation>
    </message>
    <message>
        <source>Also write a .&amp;zip of the folder</source>
        <translation>Zapisz też plik .&amp;zip folderu</translation>
    </message>
    <message>
        <source>&amp;Generate package</source>
        <translation>&amp;Generuj pakiet</translation>
    </message>
    <message>
        <source>Write the package into the output folder (Ctrl+Enter)</source>
        <translation>Zapisz pakiet w folderze wyjściowym (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose the folder to write the package into.</source>
        <translation>Wybierz folder, do którego zostanie zapisany pakiet.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 to plik, a nie folder.</translation>
    </message>
    <message>
        <source>%1 is not empty: choose a new or empty folder.</source>
        <translation>%1 nie jest pusty: wybierz nowy lub pusty folder.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 już istnieje.</translation>
    </message>
    <message>
        <source>A user logoff script writes the picture when the user signs out. The GPO grants the group below only Set Value and Create Subkey on the account-picture key (CREATOR OWNER gets rights on its own subkey) and turns on loopback processing, so link it to the OU with the computers.
Residual risk: members of the group can create the key of a user who has none yet and so set the picture that user sees until their own script replaces it. The scheduled-task mode has no such risk.</source>
        <translation>Skrypt wylogowania użytkownika zapisuje obraz, gdy użytkownik się wylogowuje. GPO nadaje poniższej grupie tylko „Ustawianie wartości” i „Tworzenie podklucza” na kluczu obrazów kont (TWÓRCA-WŁAŚCICIEL otrzymuje prawa do własnego podklucza) i włącza przetwarzanie sprzężenia zwrotnego, więc połącz ją z OU zawierającą komputery.
Ryzyko resztkowe: członkowie grupy mogą utworzyć klucz użytkownika, który jeszcze go nie ma, i w ten sposób ustawić obraz, który ten użytkownik widzi, dopóki jego własny skrypt go nie zastąpi. Tryb zaplanowanego zadania nie ma tego ryzyka.</translation>
    </message>
    <message>
        <source>Recommended. A computer startup script installs the client and a scheduled task that runs it as SYSTEM at every sign-in. No registry or folder permission is loosened.</source>
        <translation>Zalecane. Skrypt startowy komputera instaluje klienta i zaplanowane zadanie, które uruchamia go jako SYSTEM przy każdym logowaniu. Żadne uprawnienia rejestru ani folderów nie są luzowane.</translation>
    </message>
    <message>
        <source>Logoff mode &amp;group (unused):</source>
        <translation>&amp;Grupa trybu wylogowania (nieużywana):</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the files of the package.</source>
        <translation>Popraw zaznaczone pola, aby zobaczyć pliki pakietu.</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Folder pakietu</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Najpierw popraw zaznaczone pola.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>The package was not written: %1</source>
        <translation>Pakiet nie został zapisany: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>
            <numerusform>Zapisano %n plik w &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</numerusform>
            <numerusform>Zapisano %n pliki w &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</numerusform>
            <numerusform>Zapisano %n plików w &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zip: %1</source>
        <translation>Zip: %1</translation>
    </message>
    <message>
        <source>Package written to %1. Import the GPO from its GPO folder; README.txt has the steps.</source>
        <translation>Pakiet zapisano w %1. Zaimportuj GPO z jego folderu GPO; README.txt opisuje kroki.</translation>
    </message>
    <message>
        <source>Deploy package written to %1</source>
        <translation>Pakiet wdrożeniowy zapisano w %1</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::DeployPreview</name>
    <message>
        <source>Files of the package</source>
        <translation>Pliki pakietu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Content of the selected file</source>
        <translation>Zawartość wybranego pliku</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 z BOM</translation>
    </message>
    <message>
        <source>UTF-16 LE with BOM</source>
        <translation>UTF-16 LE z BOM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binarny</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Folder %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n byte(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n bajt</numerusform>
            <numerusform>%1 · %2 · %n bajty</numerusform>
            <numerusform>%1 · %2 · %n bajtów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adphoto::gui::HistoryPage</name>
    <message>
        <source>Filter by user, DN, file or import</source>
        <translation>Filtruj według użytkownika, DN, pliku lub importu</translation>
    </message>
    <message>
        <source>&amp;Restore this user</source>
        <translation>&amp;Przywróć tego użytkownika</translation>
    </message>
    <message>
        <source>Put back the photo this user had before the selected change</source>
        <translation>Przywróć zdjęcie, które ten użytkownik miał przed wybraną zmianą</translation>
    </message>
    <message>
        <source>&amp;Undo import</source>
        <translation>&amp;Cofnij import</translation>
    </message>
    <message>
        <source>Revert every change of the selected change&apos;s import</source>
        <translation>Cofnij każdą zmianę z importu, do którego należy wybrana zmiana</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Photo changes</source>
        <translation>Zmiany zdjęć</translation>
    </message>
    <message>
        <source>Reverting %v of %m…</source>
        <translation>Cofanie %v z %m…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Undo stopped. The users reverted so far stay reverted; undo again to go on.</source>
        <translation>Cofanie zatrzymane. Już przywróceni użytkownicy pozostają przywróceni; cofnij ponownie, aby kontynuować.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Cofanie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Users reverted: %1.</source>
        <translation>Przywróceni użytkownicy: %1.</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Nie można odczytać historii: %1</translation>
    </message>
    <message>
        <source>%1 had no photo before this change. Remove the current photo?</source>
        <translation>%1 nie miał zdjęcia przed tą zmianą. Usunąć bieżące zdjęcie?</translation>
    </message>
    <message>
        <source>Put back the photo %1 had before this change?</source>
        <translation>Przywrócić zdjęcie, które %1 miał przed tą zmianą?</translation>
    </message>
    <message>
        <source>Restore photo</source>
        <translation>Przywróć zdjęcie</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywrócenie</translation>
    </message>
    <message>
        <source>%1 was not restored: %2</source>
        <translation>Nie przywrócono %1: %2</translation>
    </message>
    <message>
        <source>%1: photo restored.</source>
        <translation>%1: przywrócono zdjęcie.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Cofnij import</translation>
    </message>
    <message>
        <source>Revert the photo changes of this import (%1 in all)?</source>
        <translation>Cofnąć zmiany zdjęć z tego importu (łącznie %1)?</translation>
    </message>
    <message>
        <source>Users whose photo was changed again since are left alone and listed.</source>
        <translation>Użytkownicy, których zdjęcie od tego czasu ponownie zmieniono, pozostają bez zmian i są wymienieni.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnięcie</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::ImportPage</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Wznów</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <source>Folder with one photo per user, named after the user</source>
        <translation>Folder z jednym zdjęciem na użytkownika, nazwanym jak użytkownik</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Include &amp;subfolders</source>
        <translation>Uwzględnij &amp;podfoldery</translation>
    </message>
    <message>
        <source>&amp;Match</source>
        <translation>&amp;Dopasuj</translation>
    </message>
    <message>
        <source>Only users &amp;without a photo</source>
        <translation>Tylko użytkownicy &amp;bez zdjęcia</translation>
    </message>
    <message>
        <source>Skip &amp;disabled accounts</source>
        <translation>Pomiń &amp;wyłączone konta</translation>
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
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Rozmiar:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Najwyżej:</translation>
    </message>
    <message>
        <source>Import review</source>
        <translation>Przegląd importu</translation>
    </message>
    <message>
        <source>Tick all ready</source>
        <translation>Zaznacz wszystkie gotowe</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Odznacz wszystkie</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Zastosuj</translation>
    </message>
    <message>
        <source>%v of %m written</source>
        <translation>zapisano %v z %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Folder with photos</source>
        <translation>Folder ze zdjęciami</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Wybierz istniejący folder.</translation>
    </message>
    <message>
        <source>Wait for the user list, then match again.</source>
        <translation>Poczekaj na listę użytkowników, a potem dopasuj ponownie.</translation>
    </message>
    <message>
        <source>Apply import</source>
        <translation>Zastosuj import</translation>
    </message>
    <message>
        <source>Write new photos for %1 users?</source>
        <translation>Zapisać nowe zdjęcia dla %1 użytkowników?</translation>
    </message>
    <message>
        <source>Every replaced photo is kept in the history; the whole import can be undone.</source>
        <translation>Każde zastąpione zdjęcie pozostaje w historii; cały import można cofnąć.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <source>The import did not run: %1</source>
        <translation>Import nie został uruchomiony: %1</translation>
    </message>
    <message>
        <source>Import %1: %2 written, %3 unchanged, %4 changed meanwhile, %5 failed.</source>
        <translation>Import %1: zapisano %2, bez zmian %3, zmienione w międzyczasie %4, nieudane %5.</translation>
    </message>
    <message>
        <source>Stopped: %1. Resume when the directory is back.</source>
        <translation>Zatrzymano: %1. Wznów, gdy katalog znów będzie dostępny.</translation>
    </message>
    <message>
        <source>Cancelled; it can be resumed.</source>
        <translation>Anulowano; można wznowić.</translation>
    </message>
    <message>
        <source>The import was stopped; it can be resumed.</source>
        <translation>Import został zatrzymany; można go wznowić.</translation>
    </message>
    <message>
        <source>The import of %1 started %2 did not finish (%3). Resume it to write the remaining users; those already done are not written again.</source>
        <translation>Import z %1 rozpoczęty %2 nie został dokończony (%3). Wznów go, aby zapisać pozostałych użytkowników; już wykonani nie zostaną zapisani ponownie.</translation>
    </message>
    <message>
        <source>This import was started on %1; connect to that server to resume it.</source>
        <translation>Ten import rozpoczęto na %1; połącz się z tym serwerem, aby go wznowić.</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>pliki: %1</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation>gotowe: %1</translation>
    </message>
    <message>
        <source>%1 to choose</source>
        <translation>do wyboru: %1</translation>
    </message>
    <message>
        <source>%1 without a match</source>
        <translation>bez dopasowania: %1</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>pominięte: %1</translation>
    </message>
    <message>
        <source>%1 with problems</source>
        <translation>z problemami: %1</translation>
    </message>
    <message>
        <source>&amp;Apply to %1 users</source>
        <translation>&amp;Zastosuj dla %1 użytkowników</translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>Dopasowywanie…</translation>
    </message>
    <message>
        <source>Show &amp;all users</source>
        <translation>Pokaż &amp;wszystkich użytkowników</translation>
    </message>
    <message>
        <source>Limited to the %1. Files for other users are skipped.</source>
        <translation>Ograniczono do: %1. Pliki innych użytkowników są pomijane.</translation>
    </message>
    <message>
        <source>Matching cancelled.</source>
        <translation>Dopasowywanie anulowane.</translation>
    </message>
    <message>
        <source>Matching… %p%</source>
        <translation>Dopasowywanie… %p%</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Domyślny &amp;systemowy</translation>
    </message>
    <message>
        <source>Applies when adphoto is started again</source>
        <translation>Obowiązuje po ponownym uruchomieniu adphoto</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>język systemu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>adphoto will use %1 the next time it starts.</source>
        <translation>adphoto użyje języka %1 przy następnym uruchomieniu.</translation>
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
        <translation>Strony</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Bulk import</source>
        <translation>Import zbiorczy</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Połącz…</translation>
    </message>
    <message>
        <source>Import from &amp;CSV…</source>
        <translation>Importuj z &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Photo</source>
        <translation>&amp;Zdjęcie</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About adphoto</source>
        <translation>&amp;O programie adphoto</translation>
    </message>
    <message>
        <source>About adphoto</source>
        <translation>O programie adphoto</translation>
    </message>
    <message>
        <source>&lt;b&gt;adphoto %1&lt;/b&gt;&lt;p&gt;Puts employees&apos; photos into Active Directory.&lt;/p&gt;</source>
        <translation>&lt;b&gt;adphoto %1&lt;/b&gt;&lt;p&gt;Umieszcza zdjęcia pracowników w Active Directory.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Base DN: %1
Server: %2</source>
        <translation>Bazowy DN: %1
Serwer: %2</translation>
    </message>
    <message>
        <source>adphoto — %1</source>
        <translation>adphoto — %1</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audyt</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Wdrażanie</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Zamknij komunikat</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::PhotoActions</name>
    <message>
        <source>Not connected to a directory.</source>
        <translation>Brak połączenia z katalogiem.</translation>
    </message>
    <message>
        <source>Saving the photo…</source>
        <translation>Zapisywanie zdjęcia…</translation>
    </message>
    <message>
        <source>No imaging pipeline is available.</source>
        <translation>Brak dostępnego przetwarzania obrazu.</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>Przygotowywanie zdjęcia…</translation>
    </message>
    <message>
        <source>Removing the photo…</source>
        <translation>Usuwanie zdjęcia…</translation>
    </message>
    <message>
        <source>This user has no photo.</source>
        <translation>Ten użytkownik nie ma zdjęcia.</translation>
    </message>
    <message>
        <source>Cannot write the file.</source>
        <translation>Nie można zapisać pliku.</translation>
    </message>
    <message>
        <source>Restoring the photo…</source>
        <translation>Przywracanie zdjęcia…</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::PhotoEditor</name>
    <message>
        <source>The picture has %1 × %2 pixels, more than the limit.</source>
        <translation>Obraz ma %1 × %2 pikseli, więcej niż limit.</translation>
    </message>
    <message>
        <source>This is not a picture adphoto can read: %1</source>
        <translation>To nie jest obraz, który adphoto potrafi odczytać: %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Zdjęcie: %1</translation>
    </message>
    <message>
        <source>&amp;Open picture…</source>
        <translation>&amp;Otwórz obraz…</translation>
    </message>
    <message>
        <source>&amp;Find face</source>
        <translation>&amp;Znajdź twarz</translation>
    </message>
    <message>
        <source>Put the frame around the face (Ctrl+F)</source>
        <translation>Umieść ramkę wokół twarzy (Ctrl+F)</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Obróć w lewo</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Obróć w prawo</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Dopasuj</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
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
        <translation>32 px · listy</translation>
    </message>
    <message>
        <source>Photo in Active Directory</source>
        <translation>Zdjęcie w Active Directory</translation>
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
        <translation>Active Directory mieści w thumbnailPhoto najwyżej 100 KB (102 400 bajtów).</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Rozmiar:</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Najwyżej:</translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation>Ramka:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Wynik:</translation>
    </message>
    <message>
        <source>Drag the frame or its corners, or use the arrow keys (Shift: faster) and + / −. Drop a picture file here to use it instead.</source>
        <translation>Przeciągnij ramkę lub jej narożniki albo użyj strzałek (Shift: szybciej) oraz + / −. Upuść tu plik obrazu, aby użyć go zamiast tego.</translation>
    </message>
    <message>
        <source>&amp;Save to directory</source>
        <translation>&amp;Zapisz w katalogu</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>No photo yet: open or drop a picture file.</source>
        <translation>Brak zdjęcia: otwórz lub upuść plik obrazu.</translation>
    </message>
    <message>
        <source>Reading the current photo…</source>
        <translation>Odczytywanie bieżącego zdjęcia…</translation>
    </message>
    <message>
        <source>current photo</source>
        <translation>bieżące zdjęcie</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Wczytywanie %1…</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 px</source>
        <translation>%1 · %2 × %3 px</translation>
    </message>
    <message>
        <source>Face detection failed: %1</source>
        <translation>Wykrywanie twarzy nie powiodło się: %1</translation>
    </message>
    <message>
        <source>No face found: place the frame yourself.</source>
        <translation>Nie znaleziono twarzy: ustaw ramkę samodzielnie.</translation>
    </message>
    <message>
        <source>%1 × %1 px at %2, %3</source>
        <translation>%1 × %1 px w punkcie %2, %3</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Przygotowywanie…</translation>
    </message>
    <message>
        <source>%1 × %1 px · quality %2 · %3 bytes</source>
        <translation>%1 × %1 px · jakość %2 · %3 B</translation>
    </message>
    <message>
        <source>Reduced to %1 px to fit the byte budget.</source>
        <translation>Zmniejszono do %1 px, aby zmieścić się w limicie bajtów.</translation>
    </message>
    <message>
        <source>The frame is smaller than the output: the photo is enlarged.</source>
        <translation>Ramka jest mniejsza niż wynik: zdjęcie zostanie powiększone.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message>
        <source>Picture for %1</source>
        <translation>Obraz dla %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Obrazy (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::PlanningIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stop planning (Esc)</source>
        <translation>Zatrzymaj planowanie (Esc)</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::QtKeychainSecretStore</name>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Systemowy pęk kluczy jest niedostępny.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Systemowy pęk kluczy nie odpowiedział.</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::UserTableView</name>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
</context>
<context>
    <name>adphoto::gui::UsersPage</name>
    <message>
        <source>Filter by name, account, e-mail or employee ID  (Ctrl+F)</source>
        <translation>Filtruj według nazwy, konta, e-maila lub identyfikatora pracownika  (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Missing photo only</source>
        <translation>Tylko bez &amp;zdjęcia</translation>
    </message>
    <message>
        <source>&amp;Hide disabled</source>
        <translation>&amp;Ukryj wyłączone</translation>
    </message>
    <message>
        <source>Organizational units</source>
        <translation>Jednostki organizacyjne</translation>
    </message>
    <message>
        <source>Could not list the containers of %1: %2</source>
        <translation>Nie udało się wyświetlić kontenerów %1: %2</translation>
    </message>
    <message>
        <source>&amp;Edit photo…</source>
        <translation>&amp;Edytuj zdjęcie…</translation>
    </message>
    <message>
        <source>&amp;Set photo from file…</source>
        <translation>&amp;Ustaw zdjęcie z pliku…</translation>
    </message>
    <message>
        <source>&amp;Remove photo…</source>
        <translation>U&amp;suń zdjęcie…</translation>
    </message>
    <message>
        <source>E&amp;xport photo…</source>
        <translation>E&amp;ksportuj zdjęcie…</translation>
    </message>
    <message>
        <source>&amp;Copy photo</source>
        <translation>&amp;Kopiuj zdjęcie</translation>
    </message>
    <message>
        <source>&amp;Paste photo</source>
        <translation>&amp;Wklej zdjęcie</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Odś&amp;wież</translation>
    </message>
    <message>
        <source>&amp;Find user</source>
        <translation>&amp;Znajdź użytkownika</translation>
    </message>
    <message>
        <source>List the users again (F5)</source>
        <translation>Ponownie wyświetl użytkowników (F5)</translation>
    </message>
    <message>
        <source>Listing users…</source>
        <translation>Pobieranie listy użytkowników…</translation>
    </message>
    <message>
        <source>Not all users could be listed: %1</source>
        <translation>Nie udało się wyświetlić wszystkich użytkowników: %1</translation>
    </message>
    <message>
        <source>Listing stopped.</source>
        <translation>Pobieranie listy zatrzymane.</translation>
    </message>
    <message>
        <source>Users listed: %1.</source>
        <translation>Wyświetleni użytkownicy: %1.</translation>
    </message>
    <message>
        <source>%1 users · %2 without photo · %3 disabled</source>
        <translation>użytkownicy: %1 · bez zdjęcia: %2 · wyłączeni: %3</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · wyświetlono: %1</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · wczytywanie…</translation>
    </message>
    <message>
        <source>Photo for %1</source>
        <translation>Zdjęcie dla %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Obrazy (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>Remove the photo of %1?</source>
        <translation>Usunąć zdjęcie użytkownika %1?</translation>
    </message>
    <message numerus="yes">
        <source>Remove the photos of %n users?</source>
        <translation>
            <numerusform>Usunąć zdjęcia %n użytkownika?</numerusform>
            <numerusform>Usunąć zdjęcia %n użytkowników?</numerusform>
            <numerusform>Usunąć zdjęcia %n użytkowników?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Usuń zdjęcie</translation>
    </message>
    <message>
        <source>The current photo is kept in the history and can be restored.</source>
        <translation>Bieżące zdjęcie zostaje zachowane w historii i można je przywrócić.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Export the photo of %1</source>
        <translation>Eksportuj zdjęcie użytkownika %1</translation>
    </message>
    <message>
        <source>JPEG images (*.jpg)</source>
        <translation>Obrazy JPEG (*.jpg)</translation>
    </message>
    <message>
        <source>Photo exported to %1.</source>
        <translation>Zdjęcie wyeksportowano do %1.</translation>
    </message>
    <message>
        <source>%1 has no photo any more.</source>
        <translation>%1 nie ma już zdjęcia.</translation>
    </message>
    <message>
        <source>Copied the photo of %1.</source>
        <translation>Skopiowano zdjęcie użytkownika %1.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>Schowek nie zawiera obrazu.</translation>
    </message>
    <message>
        <source>%1: nothing to change.</source>
        <translation>%1: nic do zmiany.</translation>
    </message>
    <message>
        <source>%1: photo removed (it can be restored from the history).</source>
        <translation>%1: usunięto zdjęcie (można je przywrócić z historii).</translation>
    </message>
    <message>
        <source>%1: photo saved (%2).</source>
        <translation>%1: zapisano zdjęcie (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Stop listing</source>
        <translation>Z&amp;atrzymaj listę</translation>
    </message>
    <message>
        <source>Stop listing the users; those listed so far stay (Esc)</source>
        <translation>Zatrzymaj wczytywanie listy użytkowników; wczytani do tej pory zostają (Esc)</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::CropPlanner</name>
    <message>
        <source>The crop %1 is empty.</source>
        <translation>Kadr %1 jest pusty.</translation>
    </message>
    <message>
        <source>The crop %1 is not square.</source>
        <translation>Kadr %1 nie jest kwadratowy.</translation>
    </message>
    <message>
        <source>The crop %1 lies outside the %2 × %3 image (after EXIF rotation).</source>
        <translation>Kadr %1 wykracza poza obraz %2 × %3 (po obrocie EXIF).</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::FaceLocator</name>
    <message>
        <source>The face detection cascade %1 does not exist or cannot be read.</source>
        <translation>Kaskada wykrywania twarzy %1 nie istnieje lub nie można jej odczytać.</translation>
    </message>
    <message>
        <source>The face detection cascade %1 could not be loaded.</source>
        <translation>Nie udało się wczytać kaskady wykrywania twarzy %1.</translation>
    </message>
    <message>
        <source>Face detection failed.</source>
        <translation>Wykrywanie twarzy nie powiodło się.</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::ImageDecoder</name>
    <message>
        <source>The %1 image data is damaged and could not be decoded.</source>
        <translation>Dane obrazu %1 są uszkodzone i nie udało się ich zdekodować.</translation>
    </message>
    <message>
        <source>This system cannot read %1 images (install the qt6-image-formats-plugins package).</source>
        <translation>Ten system nie potrafi odczytać obrazów %1 (zainstaluj pakiet qt6-image-formats-plugins).</translation>
    </message>
    <message>
        <source>Not enough memory to decode the image.</source>
        <translation>Za mało pamięci, aby zdekodować obraz.</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::ImageHeaderReader</name>
    <message>
        <source>The image is %1 × %2 pixels (%3 megapixels); the limit is %4 megapixels.</source>
        <translation>Obraz ma %1 × %2 pikseli (%3 megapikseli); limit to %4 megapikseli.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <source>The file is text, not an image.</source>
        <translation>Plik jest tekstem, a nie obrazem.</translation>
    </message>
    <message>
        <source>Unknown or unsupported image format (supported: JPEG, PNG, BMP, GIF, TIFF, WebP).</source>
        <translation>Nieznany lub nieobsługiwany format obrazu (obsługiwane: JPEG, PNG, BMP, GIF, TIFF, WebP).</translation>
    </message>
    <message>
        <source>The %1 header is damaged or cut short; the file is not a readable image.</source>
        <translation>Nagłówek %1 jest uszkodzony lub ucięty; plik nie jest czytelnym obrazem.</translation>
    </message>
    <message>
        <source>The %1 file is truncated: its image data stops before the end.</source>
        <translation>Plik %1 jest ucięty: jego dane obrazu kończą się przed końcem.</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::JpegCodec</name>
    <message>
        <source>The JPEG image has more than %1 scans; it is not a photograph.</source>
        <translation>Obraz JPEG ma więcej niż %1 skanów; to nie jest fotografia.</translation>
    </message>
    <message>
        <source>The JPEG image data is damaged and could not be decoded.</source>
        <translation>Dane obrazu JPEG są uszkodzone i nie udało się ich zdekodować.</translation>
    </message>
    <message>
        <source>The JPEG encoder failed.</source>
        <translation>Koder JPEG zawiódł.</translation>
    </message>
</context>
<context>
    <name>adphoto::imaging::OpenCvPhotoProcessor</name>
    <message>
        <source>The photo size must be 96, 192, 288, 384, 480, 576 or 648 pixels, not %1.</source>
        <translation>Rozmiar zdjęcia musi wynosić 96, 192, 288, 384, 480, 576 lub 648 pikseli, a nie %1.</translation>
    </message>
    <message>
        <source>The byte budget must be positive, not %1.</source>
        <translation>Limit bajtów musi być dodatni, a nie %1.</translation>
    </message>
    <message>
        <source>The pixel limit must be positive, not %1.</source>
        <translation>Limit pikseli musi być dodatni, a nie %1.</translation>
    </message>
    <message>
        <source>The image could not be processed.</source>
        <translation>Nie udało się przetworzyć obrazu.</translation>
    </message>
    <message>
        <source>Not enough memory to process the image.</source>
        <translation>Za mało pamięci, aby przetworzyć obraz.</translation>
    </message>
    <message>
        <source>Face detection is unavailable: no Haar cascade was found (install the opencv-data package).</source>
        <translation>Wykrywanie twarzy jest niedostępne: nie znaleziono kaskady Haara (zainstaluj pakiet opencv-data).</translation>
    </message>
    <message>
        <source>The source was re-encoded: only a square JPEG of 96, 192, 288, 384, 480, 576 or 648 pixels can be kept.</source>
        <translation>Źródło zostało ponownie zakodowane: zachować można tylko kwadratowy JPEG o boku 96, 192, 288, 384, 480, 576 lub 648 pikseli.</translation>
    </message>
    <message>
        <source>The source was re-encoded: its EXIF rotation, CMYK colours or coding would not survive keeping it as it is.</source>
        <translation>Źródło zostało ponownie zakodowane: jego obrót EXIF, kolory CMYK lub kodowanie nie przetrwałyby zachowania bez zmian.</translation>
    </message>
    <message>
        <source>The source was re-encoded to apply the crop.</source>
        <translation>Źródło zostało ponownie zakodowane, aby zastosować kadr.</translation>
    </message>
    <message>
        <source>The source was re-encoded: it is over the budget of %1 bytes.</source>
        <translation>Źródło zostało ponownie zakodowane: przekracza limit %1 bajtów.</translation>
    </message>
    <message>
        <source>The source was re-encoded: its image data could not be read.</source>
        <translation>Źródło zostało ponownie zakodowane: nie udało się odczytać jego danych obrazu.</translation>
    </message>
    <message>
        <source>The photo uses a centred crop.</source>
        <translation>Zdjęcie używa wyśrodkowanego kadru.</translation>
    </message>
    <message>
        <source>No face found; the photo uses a centred crop.</source>
        <translation>Nie znaleziono twarzy; zdjęcie używa wyśrodkowanego kadru.</translation>
    </message>
    <message>
        <source>The crop is only %1 pixels wide; it was upscaled to %2 pixels and will look soft.</source>
        <translation>Kadr ma tylko %1 pikseli szerokości; powiększono go do %2 pikseli i będzie wyglądał nieostro.</translation>
    </message>
    <message>
        <source>The crop is only %1 pixels wide, less than the %2 pixels asked for; the photo is %3 pixels.</source>
        <translation>Kadr ma tylko %1 pikseli szerokości, mniej niż żądane %2 pikseli; zdjęcie ma %3 pikseli.</translation>
    </message>
    <message>
        <source>Even a %1-pixel photo at the lowest JPEG quality is over the budget of %2 bytes.</source>
        <translation>Nawet zdjęcie %1 pikseli w najniższej jakości JPEG przekracza limit %2 bajtów.</translation>
    </message>
    <message>
        <source>A %1-pixel photo does not fit in %2 bytes even at JPEG quality %3; the photo is %4 pixels.</source>
        <translation>Zdjęcie %1 pikseli nie mieści się w %2 bajtach nawet przy jakości JPEG %3; zdjęcie ma %4 pikseli.</translation>
    </message>
</context>
</TS>

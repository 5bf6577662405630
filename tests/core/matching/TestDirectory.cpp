#include "TestDirectory.h"

#include <QCryptographicHash>
#include <QUuid>

namespace adphoto::test {

UserRecord makeUser(const QString& sam, const QString& given, const QString& sn, const QString& display,
                    const QString& mail, const QString& employeeId, bool disabled)
{
    UserRecord u;
    u.sAMAccountName = sam;
    u.givenName = given;
    u.sn = sn;
    u.displayName = display.isEmpty() ? given + QLatin1Char(' ') + sn : display;
    u.mail = mail;
    u.userPrincipalName = sam + QStringLiteral("@corp.example.test");
    u.employeeID = employeeId;
    u.disabled = disabled;
    u.dn = QStringLiteral("CN=%1,OU=Staff,DC=corp,DC=example,DC=test").arg(u.displayName);
    u.objectGuid = QUuid::createUuidV5(QUuid(), sam);
    return u;
}

QList<UserRecord> multilingualUsers()
{
    const auto S = [](const char* s) { return QString::fromUtf8(s); };
    return {
        // German, with a namesake under the German spelling and one under plain folding.
        makeUser(S("jmueller"), S("Jürgen"), S("Müller"), {}, S("juergen.mueller@corp.example.test")),
        makeUser(S("amueller"), S("Anna"), S("Müller"), {}, S("anna.mueller@corp.example.test")),
        makeUser(S("amueller2"), S("Anna"), S("Mueller")),
        makeUser(S("hgross"), S("Hans-Peter"), S("Groß")),
        makeUser(S("dschroeder"), S("Dörte"), S("Schröder")),
        // Polish
        makeUser(S("lwisniewski"), S("Łukasz"), S("Wiśniewski")),
        makeUser(S("mswiatek"), S("Małgorzata"), S("Świątek")),
        makeUser(S("zzolkiewska"), S("Żaneta"), S("Żółkiewska")),
        // Turkish: dotted capital İ, dotless ı
        makeUser(S("iyilmaz"), S("İsmail"), S("Yılmaz")),
        makeUser(S("iozturk"), S("Işıl"), S("Öztürk")),
        makeUser(S("scelik"), S("Şükrü"), S("Çelik")),
        // Vietnamese: family name first in the display name
        makeUser(S("nguyen.tminh"), S("Thị Minh"), S("Nguyễn"), S("Nguyễn Thị Minh")),
        makeUser(S("tran.vhung"), S("Văn Hùng"), S("Trần"), S("Trần Văn Hùng")),
        // Norwegian, Swedish
        makeUser(S("oodegard"), S("Øyvind"), S("Ødegård")),
        makeUser(S("aangstrom"), S("Åsa"), S("Ångström")),
        makeUser(S("bstrom"), S("Bjørn"), S("Strøm"), {}, {}, {}, true),
        // Czech, with exact namesakes
        makeUser(S("jdvorak"), S("Jiří"), S("Dvořák")),
        makeUser(S("pstastny"), S("Přemysl"), S("Šťastný")),
        makeUser(S("jnovak"), S("Jan"), S("Novák")),
        makeUser(S("jnovak2"), S("Jan"), S("Novák")),
        // Spanish
        makeUser(S("jmnunez"), S("José María"), S("Núñez")),
        makeUser(S("imartin"), S("Íñigo"), S("Martín")),
        // Hungarian: family name first
        makeUser(S("zkovacs"), S("Zoltán"), S("Kovács"), S("Kovács Zoltán")),
        makeUser(S("eszoke"), S("Erzsébet"), S("Szőke"), S("Szőke Erzsébet")),
        // French
        makeUser(S("flefevre"), S("François"), S("Lefèvre")),
        makeUser(S("aslhopital"), S("Anne-Sophie"), S("L'Hôpital")),
        // Plain ASCII with an employee number
        makeUser(S("tweber"), S("Thomas"), S("Weber"), {}, S("thomas.weber@corp.example.test"), S("004711")),
    };
}

QString nfd(const QString& text)
{
    return text.normalized(QString::NormalizationForm_D);
}

} // namespace adphoto::test

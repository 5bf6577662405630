"""The seeded organisation: OUs under OU=adphoto-seed, the people placed deliberately
(same-name pairs, ASCII-fold pairs, the test user, the 102,400-byte photo ...), and job titles.

Sites are (region, city, culture, country, weight, departments); a department may be a path
"Engineering/Platform", which becomes OU=Platform,OU=Engineering,OU=<city>,OU=<region>,...
Names with a comma ("Sales, Marketing & PR") and non-ASCII letters (München, İstanbul, Hà Nội)
are on purpose: DN escaping and Unicode handling are part of what the tests exercise.
"""

TOP_OU = "adphoto-seed"

SITES = [
    ("Europe", "Berlin", "de", "Germany", 10,
     ["Staff", "Engineering", "Engineering/Platform", "Engineering/Apps", "Sales", "Finance", "IT"]),
    ("Europe", "München", "de", "Germany", 5, ["Staff", "Sales"]),
    ("Europe", "Kraków", "pl", "Poland", 6, ["Staff", "Engineering"]),
    ("Europe", "Praha", "cz", "Czechia", 4, ["Staff", "Engineering"]),
    ("Europe", "İstanbul", "tr", "Türkiye", 5, ["Staff", "Sales"]),
    ("Europe", "Oslo", "no", "Norway", 3, ["Staff"]),
    ("Europe", "Stockholm", "se", "Sweden", 3, ["Staff", "Engineering"]),
    ("Europe", "Madrid", "es", "Spain", 4, ["Staff", "Sales"]),
    ("Europe", "Budapest", "hu", "Hungary", 3, ["Staff"]),
    ("Europe", "Paris", "fr", "France", 5, ["Staff", "Sales, Marketing & PR"]),
    ("Asia", "Hà Nội", "vi", "Vietnam", 4, ["Staff", "Engineering"]),
    ("Americas", "New York", "en", "United States", 8, ["Staff", "Sales", "Legal"]),
    ("Americas", "Ciudad de México", "es", "Mexico", 3, ["Staff"]),
]

# Departments whose CNs follow the "Surname, Given" convention (CN contains an escaped comma).
SURNAME_FIRST_CN = {"Legal"}

TITLES = {
    "Staff": ["Office Manager", "Assistant", "Coordinator", "HR Business Partner", "Receptionist"],
    "Engineering": ["Software Engineer", "Senior Software Engineer", "Engineering Manager",
                    "QA Engineer", "Architect"],
    "Platform": ["Site Reliability Engineer", "Platform Engineer"],
    "Apps": ["Mobile Developer", "Frontend Developer", "UX Designer"],
    "Sales": ["Account Executive", "Sales Manager", "Key Account Manager"],
    "Sales, Marketing & PR": ["Marketing Manager", "Press Officer", "Account Executive"],
    "Finance": ["Accountant", "Controller", "Head of Finance"],
    "IT": ["System Administrator", "Service Desk Analyst", "IT Manager"],
    "Legal": ["Counsel", "Paralegal", "General Counsel"],
}

# People placed on purpose. site/department "Users" means CN=Users (outside OU=adphoto-seed).
# photo: None (no photo), "thumb" (a normal 2-30 KB JPEG), "max" (exactly 102,400 bytes),
# "png" (PNG bytes in thumbnailPhoto), "truncated" (a JPEG cut short) — real directories
# contain such values. tags end up in seed.json.
SPECIAL = [
    # same-name pair in different OUs
    dict(given="Anna", sn="Schmidt", culture="de", site="Berlin", dept="Staff", photo="thumb",
         tags=["same-name:anna-schmidt"]),
    dict(given="Anna", sn="Schmidt", culture="de", site="München", dept="Sales", photo=None,
         tags=["same-name:anna-schmidt"]),
    # pairs that fold to the same ASCII
    dict(given="Thomas", sn="Müller", culture="de", site="Berlin", dept="Engineering",
         photo="thumb", employeeID="100001", tags=["ascii-fold:thomas-mueller"]),
    dict(given="Thomas", sn="Mueller", culture="en", site="New York", dept="Staff", photo=None,
         employeeID="100002", tags=["ascii-fold:thomas-mueller"]),
    dict(given="Jürgen", sn="Groß", culture="de", site="Berlin", dept="IT", photo="thumb",
         tags=["ascii-fold:jurgen-gross"]),
    dict(given="Jurgen", sn="Gross", culture="en", site="New York", dept="Sales", photo=None,
         tags=["ascii-fold:jurgen-gross"]),
    # international names the app must handle
    dict(given="Łukasz", sn="Wiśniewski", culture="pl", site="Kraków", dept="Engineering",
         photo="thumb", employeeID="004711", tags=["intl"]),
    dict(given="Zbigniew", sn="Świątek", culture="pl", site="Kraków", dept="Staff", photo=None,
         tags=["intl"]),
    dict(given="Şükrü", sn="Yılmaz", culture="tr", site="İstanbul", dept="Sales", photo="thumb",
         tags=["intl"]),
    dict(given="İsmail", sn="Öztürk", culture="tr", site="İstanbul", dept="Staff", photo=None,
         tags=["intl"]),
    dict(given="Thị Minh", sn="Nguyễn", culture="vi", site="Hà Nội", dept="Engineering",
         photo="thumb", tags=["intl", "family-name-first"]),
    dict(given="Øyvind", sn="Ødegård", culture="no", site="Oslo", dept="Staff", photo="thumb",
         tags=["intl"]),
    dict(given="Åsa", sn="Ångström", culture="se", site="Stockholm", dept="Engineering",
         photo=None, tags=["intl"]),
    dict(given="Björn", sn="Björk", culture="se", site="Stockholm", dept="Staff", photo="thumb",
         tags=["intl"]),
    dict(given="Antonín", sn="Dvořák", culture="cz", site="Praha", dept="Staff", photo="thumb",
         tags=["intl"]),
    dict(given="Begoña", sn="Peña", culture="es", site="Madrid", dept="Sales", photo=None,
         tags=["intl"]),
    dict(given="José", sn="Muñoz", culture="es", site="Ciudad de México", dept="Staff",
         photo="thumb", tags=["intl"]),
    dict(given="Pál", sn="Erdős", culture="hu", site="Budapest", dept="Staff", photo="thumb",
         tags=["intl", "family-name-first"]),
    dict(given="Hélène", sn="Lefèvre", culture="fr", site="Paris", dept="Sales, Marketing & PR",
         photo="thumb", tags=["intl", "ou-with-comma"]),
    dict(given="Siobhán", sn="O'Brien", culture="en", site="New York", dept="Legal",
         photo="thumb", tags=["intl", "cn-with-comma"]),
    # the non-admin user with a password (ADPHOTO_TEST_USER); starts without a photo
    dict(given="Photo", sn="Tester", culture="en", site="Berlin", dept="IT", photo=None,
         sam="phototester", password=True, employeeID="999001", tags=["test-user"]),
    # exactly at thumbnailPhoto's rangeUpper
    dict(given="Käthe", sn="Kollwitz", culture="de", site="Berlin", dept="Staff", photo="max",
         tags=["max-photo"]),
    # photo values that are not a good JPEG
    dict(given="Ulla", sn="Lindqvist", culture="se", site="Stockholm", dept="Staff", photo="png",
         tags=["photo-png"]),
    dict(given="Raúl", sn="Ibáñez", culture="es", site="Madrid", dept="Staff",
         photo="truncated", tags=["photo-truncated"]),
    # disabled, with a photo
    dict(given="Günter", sn="Oßwald", culture="de", site="München", dept="Staff", photo="thumb",
         disabled=True, tags=["disabled-with-photo"]),
    # a shared account without givenName/sn/mail
    dict(display="Empfang Berlin", culture="de", site="Users", dept="Users", photo=None,
         sam="empfang.berlin", no_mail=True, tags=["no-person-names"]),
    # a few ordinary people left in CN=Users, as in most real domains
    dict(given="Dörte", sn="Hansen", culture="de", site="Users", dept="Users", photo="thumb",
         tags=["cn-users"]),
    dict(given="Mary", sn="Johnson", culture="en", site="Users", dept="Users", photo=None,
         tags=["cn-users"]),
    dict(given="Ömer", sn="Kaya", culture="tr", site="Users", dept="Users", photo="thumb",
         disabled=True, tags=["cn-users"]),
    dict(given="Frédéric", sn="Côté", culture="fr", site="Users", dept="Users", photo=None,
         tags=["cn-users"]),
]

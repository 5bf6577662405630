"""Name pools for the seeded directory, by culture, and the ASCII folding used for account names.

Each culture lists given names, surnames and whether display names put the family name first
(Hungarian, Vietnamese). Non-ASCII letters are deliberate: the app must search, sort, match and
display them correctly.
"""

CULTURES = {
    "de": {
        "given": ["Jürgen", "Anna", "Thomas", "Sabine", "Klaus", "Jörg", "Uwe", "Björn", "Katrin",
                  "Günter", "Lena", "Maximilian", "Sören", "Hans-Peter", "Ursula", "Dörte", "Jan",
                  "Felix", "Claudia", "Matthias", "Stefanie", "Andreas", "Käthe", "Jens", "Heike",
                  "Wolfgang", "Monika", "Tobias", "Julia", "Frank", "Bärbel", "Markus", "Anke"],
        "sur": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
                "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
                "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann",
                "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Groß",
                "Köhler", "Weiß", "Jäger", "Böhm", "Vogel", "Fuchs", "Günther", "Möller", "Kühn",
                "Straße", "von Weizsäcker", "Mayer-Rüdiger", "Oßwald"],
        "family_first": False,
    },
    "pl": {
        "given": ["Łukasz", "Zbigniew", "Małgorzata", "Agnieszka", "Krzysztof", "Paweł", "Wojciech",
                  "Katarzyna", "Żaneta", "Grzegorz", "Jędrzej", "Bożena", "Michał", "Ewa", "Piotr",
                  "Joanna", "Tomasz", "Magdalena", "Bartłomiej", "Stanisław", "Aleksandra",
                  "Przemysław", "Jolanta", "Mateusz", "Zofia"],
        "sur": ["Wiśniewski", "Świątek", "Kowalski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
                "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski",
                "Mazur", "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski",
                "Pawłowski", "Michalski", "Nowak", "Zając", "Król", "Wieczorek", "Jabłoński",
                "Wróbel", "Sikora", "Ostrowski", "Bąk", "Gołębiowski", "Łuczak", "Żółkiewski"],
        "family_first": False,
    },
    "cz": {
        "given": ["Jiří", "Jan", "Petr", "Lucie", "Tereza", "Tomáš", "Kateřina", "Ondřej", "Veronika",
                  "Jaroslav", "Zdeněk", "Hana", "Věra", "Miloš", "Radka", "Lukáš", "Martina", "Přemysl"],
        "sur": ["Dvořák", "Novák", "Svoboda", "Novotný", "Černý", "Procházka", "Kučera", "Veselý",
                "Horák", "Němec", "Pokorný", "Marek", "Pospíšil", "Hájek", "Jelínek", "Růžička",
                "Beneš", "Fiala", "Sedláček", "Doležal", "Zeman", "Kolář", "Navrátil", "Čermák",
                "Říha", "Šťastný", "Kříž", "Šimek"],
        "family_first": False,
    },
    "tr": {
        "given": ["Şükrü", "İsmail", "Ayşe", "Mehmet", "Fatma", "Mustafa", "Emine", "Ahmet", "Hatice",
                  "Çağlar", "Gülşen", "Ömer", "Özlem", "Ilgaz", "Işıl", "Ümit", "Buğra", "Şebnem",
                  "Yiğit", "İrem", "Doğan", "Gökhan", "Elif"],
        "sur": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
                "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt",
                "Özkan", "Şimşek", "Polat", "Erdoğan", "Güneş", "Işık", "Uçar", "Ağaoğlu"],
        "family_first": False,
    },
    "vi": {
        "given": ["Thị Minh", "Văn Hùng", "Thị Lan", "Đức Anh", "Thị Hương", "Quốc Bảo", "Ngọc Ánh",
                  "Minh Tuấn", "Thu Trang", "Hoàng Long", "Thanh Hằng", "Văn Đạt", "Bích Ngọc",
                  "Xuân Trường", "Phương Thảo", "Hữu Nghĩa", "Kim Oanh", "Tiến Dũng"],
        "sur": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
                "Đỗ", "Hồ", "Ngô", "Dương", "Lý"],
        "family_first": True,
    },
    "no": {
        "given": ["Øyvind", "Åse", "Bjørn", "Kjersti", "Ståle", "Solveig", "Torbjørn", "Ingrid",
                  "Håkon", "Sigrid", "Ørjan", "Ragnhild", "Eirik", "Tone", "Geir", "Marit", "Jørgen"],
        "sur": ["Ødegård", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
                "Kristiansen", "Jensen", "Karlsen", "Haugen", "Bakken", "Sæther", "Solberg",
                "Lærum", "Strøm", "Dahl", "Berg", "Halvorsen", "Østby", "Kvalø", "Aasen"],
        "family_first": False,
    },
    "se": {
        "given": ["Åsa", "Björn", "Märta", "Göran", "Linnéa", "Örjan", "Karin", "Lars", "Ulla",
                  "Mårten", "Ebba", "Sten", "Agneta", "Pär", "Elin", "Anders", "Birgitta", "Torbjörn"],
        "sur": ["Ångström", "Björk", "Johansson", "Andersson", "Karlsson", "Nilsson", "Eriksson",
                "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Lindström", "Lindqvist",
                "Åberg", "Öberg", "Sjöberg", "Bergström", "Löfgren", "Söderberg", "Hällström",
                "Nyström", "Ek", "Wallén"],
        "family_first": False,
    },
    "es": {
        "given": ["José", "María", "Jesús", "Begoña", "Íñigo", "Ángel", "Lucía", "Raúl", "Inés",
                  "Álvaro", "Nuria", "Sofía", "Martín", "Ramón", "Concepción", "Adrián", "Elena",
                  "Joaquín", "Pilar", "Óscar", "Macarena", "Sebastián", "Guadalupe"],
        "sur": ["Peña", "Muñoz", "García", "Fernández", "González", "Rodríguez", "López", "Martínez",
                "Sánchez", "Pérez", "Gómez", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno",
                "Álvarez", "Romero", "Navarro", "Gutiérrez", "Ibáñez", "Núñez", "Castaño",
                "Ordóñez", "García-Peña", "de la Fuente", "Iñiguez", "Cañizares"],
        "family_first": False,
    },
    "hu": {
        "given": ["Pál", "Zsófia", "László", "Erzsébet", "Gábor", "Ildikó", "Árpád", "Éva", "Ödön",
                  "Zoltán", "Katalin", "Győző", "Orsolya", "Béla", "Tünde", "Csaba", "Réka", "Ákos"],
        "sur": ["Erdős", "Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár",
                "Németh", "Farkas", "Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Mészáros",
                "Oláh", "Simon", "Rácz", "Fekete", "Szűcs", "Kőrösi", "Bíró", "Győri", "Hegedűs"],
        "family_first": True,
    },
    "fr": {
        "given": ["Hélène", "François", "Céline", "Jérôme", "Amélie", "Benoît", "Cécile", "Loïc",
                  "Gaëlle", "Anaïs", "Stéphane", "Noémie", "Frédéric", "Élodie", "Clément",
                  "Thérèse", "Jean-Baptiste", "Marie-Hélène", "Zoé", "Raphaël", "Maëlle"],
        "sur": ["Lefèvre", "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
                "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garnier",
                "Rousseau", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
                "Chevalier", "Bélanger", "Gauthier", "Lemaître", "Benoît", "Côté", "Mercier",
                "d'Aubigné", "Séverin"],
        "family_first": False,
    },
    "en": {
        "given": ["James", "Mary", "Michael", "Patricia", "Robert", "Jennifer", "David", "Linda",
                  "William", "Elizabeth", "Christopher", "Susan", "Daniel", "Jessica", "Matthew",
                  "Sarah", "Siobhán", "Seán", "Aoife", "Zoë", "Renée", "Chloé", "Priya", "Wei",
                  "Kwame", "Oluwaseun", "Aaliyah", "DeShawn", "Yuki", "Mateo"],
        "sur": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
                "Anderson", "Taylor", "O'Brien", "O'Connor", "McDonald", "MacLeod", "Smith-Jones",
                "Nakamura", "Okafor", "Patel", "Chen", "Kim", "Nguyen", "Rodriguez", "Jackson",
                "White", "Harris", "Clark", "Lewis", "Walker", "Young", "Allen", "Van der Berg"],
        "family_first": False,
    },
}

# Letters whose ASCII spelling is language-specific or that NFKD cannot decompose.
_GERMAN = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
_SPECIAL = {"ß": "ss", "ẞ": "SS", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
            "đ": "d", "Đ": "D", "ı": "i", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d"}


def fold_ascii(text, culture=None):
    """ASCII spelling of a name: German umlauts become ae/oe/ue for German names, other
    diacritics are dropped (Łukasz -> Lukasz, Ødegård -> Odegard, İsmail -> Ismail)."""
    import unicodedata

    out = []
    for ch in text:
        if culture == "de" and ch in _GERMAN:
            out.append(_GERMAN[ch])
        elif ch in _SPECIAL:
            out.append(_SPECIAL[ch])
        else:
            out.append("".join(c for c in unicodedata.normalize("NFKD", ch)
                               if not unicodedata.combining(c)))
    return "".join(out)


def account_token(text, culture=None):
    """Lower-case letters and digits only, for sAMAccountName and mail local parts."""
    return "".join(c for c in fold_ascii(text, culture).lower() if c.isascii() and c.isalnum())

"""Sample portrait files for the app's bulk-import demo (`--seed demo`).

Writes image files named the ways admins name them — display name, "Surname, Given",
sAMAccountName, employeeID, mail — plus awkward cases: two users share the name, the name only
matches after ASCII folding or Unicode normalisation (NFD file name), nobody matches, the file
is not an image or is broken, or the image needs work (too large, landscape, alpha, CMYK,
grayscale, EXIF-rotated). Next to the folder, <folder>.json lists every file:
  {"file", "keyedBy": displayName|surnameGiven|sAMAccountName|employeeID|mail|none,
   "expect": match|ambiguous|fold-match|unmatched|not-an-image|broken-image
   (a name that fits several users under any spelling, e.g. "Thomas Mueller" for Thomas Müller
   and Thomas Mueller, is ambiguous: the matcher never guesses),
   "sAMAccountNames": [the users the name refers to], "note"}
"""

import json
import os
import unicodedata

from PIL import Image

import photos


def write(folder, users, rng):
    os.makedirs(folder, exist_ok=True)
    by_display = {}
    for u in users:
        by_display.setdefault(u["displayName"].casefold(), []).append(u)

    def find(display):
        return by_display.get(display.casefold(), [])

    def sams(display):
        return [u["sAMAccountName"] for u in find(display)]

    manifest = []

    def add(name, data, keyed_by, expect, sam_list, note=""):
        path = os.path.join(folder, name)
        with open(path, "wb") as f:
            f.write(data)
        manifest.append({"file": name, "keyedBy": keyed_by, "expect": expect,
                         "sAMAccountNames": sam_list, "note": note})

    def jpeg(w=600, h=None, **kw):
        return photos.encode(photos.portrait(rng, w, h, noise=0.08), quality=kw.pop("q", 88), **kw)

    def png(w=400, alpha=False):
        img = photos.portrait(rng, w, noise=0.05)
        if alpha:
            img = img.convert("RGBA")
            mask = Image.new("L", img.size, 0)
            from PIL import ImageDraw

            ImageDraw.Draw(mask).ellipse([0, 0, w - 1, w - 1], fill=255)
            img.putalpha(mask)
        return photos.encode(img, "PNG")

    add("Anna Schmidt.jpg", jpeg(), "displayName", "ambiguous", sams("Anna Schmidt"),
        "two users are called Anna Schmidt")
    add("lwisniewski.png", png(), "sAMAccountName", "match", ["lwisniewski"])
    add(unicodedata.normalize("NFD", "Hélène Lefèvre.jpg"), jpeg(), "displayName", "match",
        sams("Hélène Lefèvre"), "file name in NFD (decomposed accents), as macOS writes it")
    # Thomas Müller is also spelt "Thomas Mueller" (ü → ue), so this name fits both of them:
    # adphoto never guesses, the file is ambiguous. Their employee numbers tell them apart.
    add("Thomas Mueller.jpg", jpeg(), "displayName", "ambiguous",
        sams("Thomas Mueller") + sams("Thomas Müller"),
        "'Thomas Müller' is spelt 'Thomas Mueller' too: two users fit")
    add("100002.jpg", jpeg(), "employeeID", "match",
        [u["sAMAccountName"] for u in users if u["employeeID"] == "100002"],
        "Thomas Mueller by his employee number")
    add("Pal Erdos.jpg", jpeg(), "displayName", "fold-match", sams("Erdős Pál"),
        "ASCII, given name first; the display name is 'Erdős Pál'")
    add("Kollwitz, Käthe.jpg", jpeg(), "surnameGiven", "match", sams("Käthe Kollwitz"))
    add("004711.jpg", jpeg(), "employeeID", "match",
        [u["sAMAccountName"] for u in users if u["employeeID"] == "004711"],
        "the same user as lwisniewski.png: two files for one user")
    sukru = find("Şükrü Yılmaz")
    if sukru and sukru[0]["mail"]:
        add(sukru[0]["mail"] + ".png", png(), "mail", "match", [sukru[0]["sAMAccountName"]])
    # The generated users may hold a second Nguyễn Thị Minh: then the name is ambiguous.
    minh = sams("Nguyễn Thị Minh")
    add("Nguyễn Thị Minh.jpg", jpeg(), "displayName", "match" if len(minh) == 1 else "ambiguous", minh,
        "" if len(minh) == 1 else "%d users are called Nguyễn Thị Minh" % len(minh))
    add("Øyvind Ødegård.jpg", jpeg(1200, 1600, q=95), "displayName", "match",
        sams("Øyvind Ødegård"), "large portrait, far over 100 KB: must be scaled down")
    add("Björn Björk.jpg", jpeg(1600, 900), "displayName", "match", sams("Björn Björk"),
        "landscape: needs a square crop")
    add("Antonín Dvořák.png", png(500, alpha=True), "displayName", "match",
        sams("Antonín Dvořák"), "PNG with transparency")
    add("José Muñoz.jpg", photos.encode(photos.portrait(rng, 400, mode="L"), quality=85),
        "displayName", "match", sams("José Muñoz"), "grayscale JPEG")
    add("Begoña Peña.jpg", photos.encode(photos.portrait(rng, 400, mode="CMYK"), quality=85),
        "displayName", "match", sams("Begoña Peña"), "CMYK JPEG")
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90 CW to display
    rotated = photos.portrait(rng, 480, 640, noise=0.05).transpose(Image.Transpose.ROTATE_90)
    add("Zbigniew Świątek.jpg", photos.encode(rotated, quality=88, exif=exif.tobytes()),
        "displayName", "match", sams("Zbigniew Świątek"), "EXIF orientation 6 (stored sideways)")
    add("Ömer Kaya.JPEG", jpeg(), "displayName", "match", sams("Ömer Kaya"),
        "upper-case extension; the user is in CN=Users and disabled")
    add("Max Mustermann.jpg", jpeg(), "displayName", "unmatched", [], "nobody has this name")
    add("IMG_0042.JPG", jpeg(800, 600), "none", "unmatched", [], "camera file name")
    add("notes.txt", "Fotos vom Team-Event, bitte bis Freitag einspielen.\n".encode(),
        "none", "not-an-image", [])
    add("broken.jpg", jpeg()[:1500], "none", "broken-image", [], "JPEG cut off after 1,500 bytes")

    # Ordinary matches for a demo that looks like a real import, half of them users who have
    # no photo yet.
    # Only people whose name no one else shares under any spelling the matcher compares
    # (case, accents folded, German/Nordic ü → ue, either name order), so "match" holds.
    def spellings(name):
        name = unicodedata.normalize("NFC", name).casefold()
        out = set()
        for alt in (False, True):
            t = name
            if alt:
                for a, b in (("ü", "ue"), ("ö", "oe"), ("ä", "ae"), ("å", "aa"), ("ø", "oe")):
                    t = t.replace(a, b)
            for a, b in (("ł", "l"), ("ø", "o"), ("ß", "ss"), ("đ", "d"), ("ı", "i"), ("æ", "ae"),
                         ("œ", "oe"), ("ð", "d"), ("þ", "th")):
                t = t.replace(a, b)
            t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
            out.add("".join(c for c in t if c.isalnum()))
        return out

    def person_keys(u):
        keys = spellings(u["displayName"])
        if u["givenName"] and u["sn"]:
            keys |= spellings(u["givenName"] + " " + u["sn"]) | spellings(u["sn"] + " " + u["givenName"])
        return keys

    key_count = {}
    for u in users:
        for k in person_keys(u):
            key_count[k] = key_count.get(k, 0) + 1
    taken = {m["file"] for m in manifest}
    pool = [u for u in users if "ou" in u and not u["tags"] and u["givenName"]
            and all(key_count[k] == 1 for k in spellings(u["displayName"]))]
    for u in rng.sample(pool, min(24, len(pool))):
        name = u["displayName"] + rng.choice([".jpg", ".jpg", ".jpeg", ".png"])
        if name in taken:
            continue
        taken.add(name)
        data = png() if name.endswith(".png") else jpeg(rng.choice([400, 600, 800]))
        add(name, data, "displayName", "match", [u["sAMAccountName"]],
            "replaces an existing photo" if u["hasPhoto"] else "")

    with open(folder.rstrip("/") + ".json", "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return len(manifest)


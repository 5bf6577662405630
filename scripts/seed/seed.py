#!/usr/bin/python3
"""Generates the users adphoto's tests, demo and benchmark run against, as LDIF for
`ldbadd -o batch_mode:1`, plus seed.json (the truth tests compare with).

    seed.py --kind test|demo|bench --count N --domain example.test --base DC=example,DC=test
            --ldif-dir DIR --json FILE [--password-file FILE] [--demo-photos DIR] [--chunk 2000]

Deterministic: the same kind and count give byte-identical LDIF, JSON and photos (the RNG is
seeded from them). Only the test user's password (read from --password-file) varies.

seed.json is a JSON array with one object per seeded user, one object per line, nothing else.
It lists only the users this generator created — not Administrator, Guest, krbtgt or the DC's
computer account. All of them are under OU=adphoto-seed,<base> except the few in CN=Users,<base>
(their "ou" says so). Keys of each object:
  dn, cn, ou (parent DN), sAMAccountName, userPrincipalName, givenName, sn, displayName, mail,
  employeeID, department, title, l, co (null when the attribute is absent), userAccountControl
  (512 enabled; 514 disabled; 546 disabled + password not required), disabled (bool),
  hasPhoto, photoBytes (0 without), photoSha256 (lower-case hex, null without), photoFormat
  (null, "jpeg", "png" or "jpeg-truncated"), photoPixels ("WxH" or null), culture, tags (list:
  "test-user", "max-photo", "same-name:<key>", "ascii-fold:<key>", "photo-png", ...).
"""

import argparse
import base64
import hashlib
import json
import os
import random
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import names  # noqa: E402
import org  # noqa: E402
import photos  # noqa: E402

MAX_PHOTO = 102400
KIND_DEFAULTS = {  # photo share, photo size range in bytes
    "test": (1 / 3, 2000, 30000),
    "demo": (1 / 2, 3000, 30000),
    "bench": (1 / 3, 5000, 15000),
}


# ---------------------------------------------------------------------------- DNs and LDIF

def rdn_escape(value):
    """RFC 4514 escaping of an RDN value."""
    out = re.sub(r'([,+"\\<>;=])', r"\\\1", value)
    if out.startswith((" ", "#")):
        out = "\\" + out
    if out.endswith(" "):
        out = out[:-1] + "\\ "
    return out


def ldif_line(attr, value):
    if isinstance(value, bytes):
        return "%s:: %s" % (attr, base64.b64encode(value).decode())
    value = str(value)
    safe = (value.isascii() and value.isprintable() and not value.startswith((" ", ":", "<"))
            and not value.endswith(" "))
    if safe:
        return "%s: %s" % (attr, value)
    return "%s:: %s" % (attr, base64.b64encode(value.encode("utf-8")).decode())


def ldif_entry(dn, attrs):
    lines = [ldif_line("dn", dn)]
    for attr, value in attrs:
        if value is None:
            continue
        for v in value if isinstance(value, list) else [value]:
            lines.append(ldif_line(attr, v))
    return "\n".join(lines) + "\n\n"


# ---------------------------------------------------------------------------- generator

class Generator:
    def __init__(self, kind, count, domain, base):
        self.kind, self.count, self.domain, self.base = kind, count, domain, base
        self.rng = random.Random("adphoto-seed/%s/%d" % (kind, count))
        self.photo_share, self.photo_min, self.photo_max = KIND_DEFAULTS[kind]
        self.top = "OU=%s,%s" % (org.TOP_OU, base)
        self.ous = []  # DNs of OUs, parents first
        self.sites = {}  # city -> site tuple
        self.leaf_ous = []  # (site, dept path, DN)
        self.users = []
        self.sams, self.mails, self.upns, self.employee_ids = set(), set(), set(), set()
        self.cns = {}  # parent DN -> set of lower-cased CNs
        self._build_ous()

    def _build_ous(self):
        self.ous.append(self.top)
        seen = {self.top}
        for site in org.SITES:
            region, city = site[0], site[1]
            self.sites[city] = site
            region_dn = "OU=%s,%s" % (rdn_escape(region), self.top)
            city_dn = "OU=%s,%s" % (rdn_escape(city), region_dn)
            for dn in (region_dn, city_dn):
                if dn not in seen:
                    seen.add(dn)
                    self.ous.append(dn)
            for dept in site[5]:
                dn = city_dn
                for part in dept.split("/"):
                    dn = "OU=%s,%s" % (rdn_escape(part), dn)
                    if dn not in seen:
                        seen.add(dn)
                        self.ous.append(dn)
                self.leaf_ous.append((site, dept, dn))

    def ou_dn(self, city, dept):
        if city == "Users":
            return "CN=Users,%s" % self.base
        for site, d, dn in self.leaf_ous:
            if site[1] == city and d == dept:
                return dn
        raise KeyError((city, dept))

    def unique(self, used, candidate, limit=None, sep=""):
        base = candidate[:limit] if limit else candidate
        value, n = base, 1
        while value.lower() in used:
            n += 1
            suffix = "%s%d" % (sep, n)
            value = (base[: limit - len(suffix)] if limit else base) + suffix
        used.add(value.lower())
        return value

    def new_employee_id(self):
        while True:
            value = "%06d" % self.rng.randrange(1000, 400000)  # some with leading zeros
            if value not in self.employee_ids:
                self.employee_ids.add(value)
                return value

    def add_user(self, given, sn, culture, city, dept, photo_kind, display=None, sam=None,
                 disabled=False, employee_id=None, no_mail=False, password=None, tags=()):
        rng = self.rng
        family_first = names.CULTURES[culture]["family_first"]
        if display is None:
            display = "%s %s" % ((sn, given) if family_first else (given, sn))
        parent = self.ou_dn(city, dept)
        leaf = dept.split("/")[-1]
        if sam is None:
            first = names.account_token(given.split()[0], culture)[:1] if given else ""
            sam = first + names.account_token(sn, culture)
        sam = self.unique(self.sams, sam, limit=20)
        if no_mail:
            mail = None
        else:
            local = ".".join(names.account_token(p, culture) for p in (given or "").split() + [sn])
            mail = self.unique(self.mails, local.strip("."), sep="") + "@" + self.domain
        if "test-user" not in tags and mail and rng.random() < 0.3:
            upn = mail
        else:
            upn = sam + "@" + self.domain
        if upn.lower() in self.upns:
            upn = sam + "@" + self.domain
        self.upns.add(upn.lower())
        cn = "%s, %s" % (sn, given) if leaf in org.SURNAME_FIRST_CN and given else display
        used_cns = self.cns.setdefault(parent, set())
        if cn.lower() in used_cns:
            cn = "%s (%s)" % (cn, sam)
        used_cns.add(cn.lower())
        dn = "CN=%s,%s" % (rdn_escape(cn), parent)

        if password:
            uac = 512
        elif disabled:
            uac = rng.choice([514, 546])
        else:
            uac = 512
        if city == "Users":
            l = co = None
            department = title = None
        else:
            site = self.sites[city]
            l, co, department = city, site[3], leaf
            title = rng.choice(org.TITLES.get(leaf, ["Specialist"]))

        photo, fmt, pixels = None, None, None
        if photo_kind == "thumb":
            photo = photos.thumbnail_jpeg(rng, self.photo_min, self.photo_max)
            fmt = "jpeg"
        elif photo_kind == "max":
            photo = photos.jpeg_of_exact_size(rng, MAX_PHOTO)
            fmt = "jpeg"
        elif photo_kind == "png":
            photo = photos.encode(photos.portrait(rng, 96), "PNG")
            fmt = "png"
        elif photo_kind == "truncated":
            full = photos.encode(photos.portrait(rng, 96, noise=0.1), quality=80)
            photo = full[: len(full) * 2 // 3]
            fmt = "jpeg-truncated"
        if photo is not None and fmt != "jpeg-truncated":
            pixels = _pixels(photo)

        attrs = [
            ("objectClass", ["top", "person", "organizationalPerson", "user"]),
            ("cn", cn),
            ("sAMAccountName", sam),
            ("userPrincipalName", upn),
            ("givenName", given or None),
            ("sn", sn or None),
            ("displayName", display),
            ("mail", mail),
            ("employeeID", employee_id),
            ("department", department),
            ("title", title),
            ("l", l),
            ("co", co),
            ("userAccountControl", str(uac)),
            ("thumbnailPhoto", photo),
        ]
        if password:
            attrs.append(("unicodePwd", ('"%s"' % password).encode("utf-16-le")))
        record = {
            "dn": dn, "cn": cn, "ou": parent, "sAMAccountName": sam, "userPrincipalName": upn,
            "givenName": given or None, "sn": sn or None, "displayName": display, "mail": mail,
            "employeeID": employee_id, "department": department, "title": title, "l": l,
            "co": co, "userAccountControl": uac, "disabled": bool(uac & 2),
            "hasPhoto": photo is not None, "photoBytes": len(photo) if photo else 0,
            "photoSha256": hashlib.sha256(photo).hexdigest() if photo else None,
            "photoFormat": fmt, "photoPixels": pixels, "culture": culture, "tags": list(tags),
        }
        self.users.append((record, ldif_entry(dn, attrs), photo))

    def generate(self, password):
        rng = self.rng
        for s in org.SPECIAL:
            eid = s.get("employeeID")
            if eid:
                self.employee_ids.add(eid)
        for s in org.SPECIAL:
            self.add_user(
                s.get("given"), s.get("sn"), s["culture"], s["site"], s["dept"], s["photo"],
                display=s.get("display"), sam=s.get("sam"), disabled=s.get("disabled", False),
                employee_id=s.get("employeeID"), no_mail=s.get("no_mail", False),
                password=password if s.get("password") else None, tags=s.get("tags", []))
        weights = [w for (_, _, _, _, w, _) in org.SITES]
        cultures = list(names.CULTURES)
        while len(self.users) < self.count:
            site = rng.choices(org.SITES, weights)[0]
            dept = rng.choice(site[5])
            culture = site[2] if rng.random() < 0.85 else rng.choice(cultures)
            pool = names.CULTURES[culture]
            given, sn = rng.choice(pool["given"]), rng.choice(pool["sur"])
            photo = "thumb" if rng.random() < self.photo_share else None
            self.add_user(
                given, sn, culture, site[1], dept, photo,
                disabled=rng.random() < 0.08,
                employee_id=self.new_employee_id() if rng.random() < 0.65 else None)

    def write(self, ldif_dir, json_path, chunk):
        os.makedirs(ldif_dir, exist_ok=True)
        files = []

        def flush(parts):
            path = os.path.join(ldif_dir, "seed-%04d.ldif" % (len(files) + 1))
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write("".join(parts))
            files.append(path)

        flush([ldif_entry(dn, [("objectClass", ["top", "organizationalUnit"])])
               for dn in self.ous])
        for i in range(0, len(self.users), chunk):
            flush([entry for _, entry, _ in self.users[i:i + chunk]])
        tmp = json_path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write("[\n")
            f.write(",\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True)
                               for r, _, _ in self.users))
            f.write("\n]\n")
        os.replace(tmp, json_path)
        return files


def _pixels(data):
    import io

    from PIL import Image

    with Image.open(io.BytesIO(data)) as img:
        return "%dx%d" % img.size


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kind", choices=sorted(KIND_DEFAULTS), required=True)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--domain", required=True)
    ap.add_argument("--base", required=True)
    ap.add_argument("--ldif-dir", required=True)
    ap.add_argument("--json", required=True)
    ap.add_argument("--password-file", help="password of the test user (first line)")
    ap.add_argument("--demo-photos", help="also write sample portrait files for bulk import")
    ap.add_argument("--chunk", type=int, default=2000)
    args = ap.parse_args()
    if args.count < len(org.SPECIAL):
        ap.error("--count must be at least %d" % len(org.SPECIAL))

    t0 = time.monotonic()
    password = None
    if args.password_file:
        with open(args.password_file, encoding="utf-8") as f:
            password = f.read().strip()
    gen = Generator(args.kind, args.count, args.domain, args.base)
    gen.generate(password)
    files = gen.write(args.ldif_dir, args.json, args.chunk)
    with_photo = sum(1 for r, _, _ in gen.users if r["hasPhoto"])
    print("seed: generated %d OUs, %d users (%d with photos) in %d LDIF files, %.1f s"
          % (len(gen.ous), len(gen.users), with_photo, len(files), time.monotonic() - t0),
          file=sys.stderr)
    if args.demo_photos:
        import demo_photos

        n = demo_photos.write(args.demo_photos, [r for r, _, _ in gen.users],
                              random.Random("adphoto-demo-photos"))
        print("seed: wrote %d sample files to %s" % (n, args.demo_photos), file=sys.stderr)
    for path in files:
        print(path)


if __name__ == "__main__":
    main()

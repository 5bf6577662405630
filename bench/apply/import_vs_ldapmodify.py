#!/usr/bin/python3
"""Bulk-import benchmark (safe-apply issue): adphoto-cli import vs one ldapmodify, same DC, same changes.

Starts (or reuses) a Samba AD DC seeded with N users (default 1,000) on 127.0.0.6, makes two sets of
N prepared photos (96 x 96 JPEGs, named <sAMAccountName>.jpg, different in every pixel between the
sets), then alternates, in one run:
  - `adphoto-cli import --folder A --yes --keep-conforming` (plans: lists the users and their current
    photos, matches the files, journals each old photo, writes with the compare-and-swap check), and
  - one `ldapmodify` over an LDIF that replaces every user's thumbnailPhoto with set B,
so that every run really changes every photo. Prints both times, the ratio and the per-user write
rate. A program that prints figures, not a test.

  bench/apply/import_vs_ldapmodify.py [--build build] [--users 1000] [--runs 3] [--keep-dc]
"""
import argparse
import base64
import io
import os
import random
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILTIN = {"administrator", "guest", "krbtgt"}


def read_ini(path):
    values = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#") and "=" in line:
                key, value = line.split("=", 1)
                values[key] = value
    return values


def timed(cmd, env, stdin_path=None):
    """Runs cmd (stdout discarded); returns its wall time in seconds, exits on failure."""
    start = time.monotonic()
    with open(os.devnull, "wb") as devnull:
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        try:
            proc = subprocess.run(cmd, env=env, stdin=stdin, stdout=devnull, stderr=subprocess.PIPE)
        finally:
            if stdin_path:
                stdin.close()
    elapsed = time.monotonic() - start
    if proc.returncode != 0:
        sys.exit(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-800:]}")
    return elapsed


def user_names(dc, pwfile, env, count):
    out = subprocess.run(
        ["ldapsearch", "-LLL", "-o", "ldif-wrap=no", "-H", dc["ADPHOTO_TEST_LDAPS_URI"], "-x",
         "-D", dc["ADPHOTO_TEST_ADMIN"], "-y", pwfile, "-b", dc["ADPHOTO_TEST_BASE"], "-E", "pr=1000/noprompt",
         "(&(objectCategory=person)(objectClass=user))", "sAMAccountName"],
        env=env, check=True, stdout=subprocess.PIPE).stdout.decode()
    entries, dn, sam = [], None, None
    for line in out.splitlines() + [""]:
        if line.startswith("dn: "):
            dn = line[4:]
        elif line.startswith("dn:: "):
            dn = base64.b64decode(line[5:]).decode()
        elif line.startswith("sAMAccountName: "):
            sam = line[len("sAMAccountName: "):]
        elif line.startswith("sAMAccountName:: "):
            sam = base64.b64decode(line[len("sAMAccountName:: "):]).decode()
        elif not line and dn and sam:
            if sam.lower() not in BUILTIN:
                entries.append((sam, dn))
            dn, sam = None, None
    entries.sort()
    if len(entries) < count:
        sys.exit(f"the DC has only {len(entries)} users, {count} wanted")
    return entries[:count]


def make_photos(folder, users, seed):
    """One 96 px JPEG per user, random blocks so every photo differs; returns {sam: bytes}."""
    from PIL import Image  # python3-pil, installed by scripts/install-deps.sh

    rng = random.Random(seed)
    os.makedirs(folder, exist_ok=True)
    photos = {}
    for sam, _ in users:
        image = Image.new("RGB", (96, 96))
        for y in range(0, 96, 12):
            for x in range(0, 96, 12):
                colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
                image.paste(colour, (x, y, x + 12, y + 12))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=90)
        photos[sam] = buffer.getvalue()
        with open(os.path.join(folder, sam + ".jpg"), "wb") as f:
            f.write(photos[sam])
    return photos


def write_ldif(path, users, photos):
    with open(path, "w", encoding="ascii") as f:
        for sam, dn in users:
            dn_line = f"dn: {dn}" if dn.isascii() else "dn:: " + base64.b64encode(dn.encode()).decode()
            f.write(f"{dn_line}\nchangetype: modify\nreplace: thumbnailPhoto\n"
                    f"thumbnailPhoto:: {base64.b64encode(photos[sam]).decode()}\n-\n\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", default=os.path.join(ROOT, "build", "bench-import-dc"))
    parser.add_argument("--keep-dc", action="store_true")
    args = parser.parse_args()

    cli = os.path.join(args.build, "app", "cli", "adphoto-cli")
    if not os.access(cli, os.X_OK):
        sys.exit(f"no {cli}: build first (cmake --build {args.build} --target adphoto-cli)")
    harness = os.path.join(ROOT, "scripts", "samba-dc.sh")
    subprocess.run([harness, "start", "--dir", args.dir, "--ip", "127.0.0.6", "--seed", f"bench:{args.users + 50}"],
                   check=True)
    try:
        dc = read_ini(os.path.join(args.dir, "dc.ini"))
        pwfile = os.path.join(args.dir, "bench-password")
        with open(os.open(pwfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
            f.write(dc["ADPHOTO_TEST_ADMIN_PASSWORD"])
        work = os.path.join(args.dir, "bench-import")
        shutil.rmtree(work, ignore_errors=True)
        env = dict(os.environ)
        env.update({"ADPHOTO_SERVER": dc["ADPHOTO_TEST_LDAPS_URI"], "ADPHOTO_CA_FILE": dc["ADPHOTO_TEST_CA"],
                    "ADPHOTO_USER": dc["ADPHOTO_TEST_ADMIN"], "LDAPTLS_CACERT": dc["ADPHOTO_TEST_CA"],
                    "ADPHOTO_CONFIG": os.path.join(work, "bench.ini"),
                    "ADPHOTO_DATA_DIR": os.path.join(work, "data")})

        users = user_names(dc, pwfile, env, args.users)
        folder_a = os.path.join(work, "a")
        make_photos(folder_a, users, 1)
        photos_b = make_photos(os.path.join(work, "b"), users, 2)
        ldif_b = os.path.join(work, "b.ldif")
        write_ldif(ldif_b, users, photos_b)

        adphoto = [cli, "import", "--folder", folder_a, "--yes", "--keep-conforming", "--no-face",
                   "--base", dc["ADPHOTO_TEST_BASE"], "--password-file", pwfile]
        ldapmodify = ["ldapmodify", "-H", dc["ADPHOTO_TEST_LDAPS_URI"], "-x", "-D", dc["ADPHOTO_TEST_ADMIN"],
                      "-y", pwfile, "-f", ldif_b]

        # Warm-up: B everywhere, so the first adphoto run changes every photo like the later ones.
        timed(ldapmodify, env)
        ours, theirs = [], []
        for _ in range(args.runs):  # interleaved, so machine noise hits both alike
            ours.append(timed(adphoto, env))
            theirs.append(timed(ldapmodify, env))
        a, l = statistics.median(ours), statistics.median(theirs)
        n = args.users
        print(f"photos written      {n} per run, 96 px JPEGs, LDAPS, simple bind, Samba AD DC")
        print(f"adphoto-cli import  median {a:.2f} s ({n / a:.0f} users/s)  runs {' '.join(f'{x:.2f}' for x in ours)}")
        print(f"ldapmodify          median {l:.2f} s ({n / l:.0f} users/s)  runs {' '.join(f'{x:.2f}' for x in theirs)}")
        print(f"ratio adphoto/ldapmodify  {a / l:.2f}   (target <= 1.2)")
    finally:
        if not args.keep_dc:
            subprocess.run([harness, "stop", "--dir", args.dir], check=False)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""List-users benchmark (issue 2): adphoto-cli vs ldapsearch on the same Samba AD DC.

Starts (or reuses) a DC seeded with N users (default 20,000, a third with 5-15 KB photos) on
127.0.0.4, then alternates `adphoto-cli users --format json` and `ldapsearch` with the same
filter, attributes (photo included) and page size, output to /dev/null, and prints the wall
times, their ratio and adphoto's peak memory (max RSS). Not a test: figures only.

  bench/directory/list_users.py [--build build] [--users 20000] [--runs 3] [--keep-dc]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read_ini(path):
    values = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#") and "=" in line:
                key, value = line.split("=", 1)
                values[key] = value
    return values


def timed(cmd, env):
    """Runs cmd with stdout to /dev/null; returns its wall time in seconds."""
    start = time.monotonic()
    with open(os.devnull, "wb") as devnull:
        proc = subprocess.run(cmd, env=env, stdout=devnull, stderr=subprocess.PIPE)
    elapsed = time.monotonic() - start
    if proc.returncode != 0:
        sys.exit(f"{cmd[0]} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[:500]}")
    return elapsed


def peak_rss_mib(cmd, env):
    """Peak RSS of cmd alone, read in a fresh process whose only child it is."""
    code = ("import resource,subprocess,sys,os;"
            "subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,check=True);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code] + cmd, env=env, check=True,
                         stdout=subprocess.PIPE).stdout
    return int(out) / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--users", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--page-size", type=int, default=1000)
    parser.add_argument("--dir", default=os.path.join(ROOT, "build", "bench-dc"))
    parser.add_argument("--keep-dc", action="store_true")
    args = parser.parse_args()

    cli = os.path.join(args.build, "app", "cli", "adphoto-cli")
    if not os.access(cli, os.X_OK):
        sys.exit(f"no {cli}: build first (cmake --build {args.build} --target adphoto-cli)")
    harness = os.path.join(ROOT, "scripts", "samba-dc.sh")
    subprocess.run([harness, "start", "--dir", args.dir, "--ip", "127.0.0.4", "--seed", f"bench:{args.users}"],
                   check=True)
    try:
        dc = read_ini(os.path.join(args.dir, "dc.ini"))
        base = dc["ADPHOTO_TEST_BASE"]
        pwfile = os.path.join(args.dir, "bench-password")
        with open(os.open(pwfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
            f.write(dc["ADPHOTO_TEST_ADMIN_PASSWORD"])
        env = dict(os.environ)
        env.update({"ADPHOTO_SERVER": dc["ADPHOTO_TEST_LDAPS_URI"], "ADPHOTO_CA_FILE": dc["ADPHOTO_TEST_CA"],
                    "ADPHOTO_USER": dc["ADPHOTO_TEST_ADMIN"], "LDAPTLS_CACERT": dc["ADPHOTO_TEST_CA"],
                    "ADPHOTO_CONFIG": os.path.join(args.dir, "bench.ini"),
                    "ADPHOTO_DATA_DIR": os.path.join(args.dir, "bench-data")})
        attrs = ["objectGUID", "sAMAccountName", "userPrincipalName", "displayName", "givenName", "sn", "mail",
                 "employeeID", "userAccountControl", "thumbnailPhoto"]
        adphoto = [cli, "users", "--format", "json", "--base", base, "--page-size", str(args.page_size),
                   "--password-file", pwfile, "--quiet"]
        ldapsearch = ["ldapsearch", "-LLL", "-H", dc["ADPHOTO_TEST_LDAPS_URI"], "-x", "-D", dc["ADPHOTO_TEST_ADMIN"],
                      "-y", pwfile, "-b", base, "-E", f"pr={args.page_size}/noprompt",
                      "(&(objectCategory=person)(objectClass=user))"] + attrs

        # Warm-up: the first search after seeding pays for Samba's caches.
        timed(ldapsearch, env)
        ours, theirs = [], []
        for _ in range(args.runs):  # interleaved, so machine noise hits both alike
            ours.append(timed(adphoto, env))
            theirs.append(timed(ldapsearch, env))
        peak = peak_rss_mib(adphoto, env)
        a, l = statistics.median(ours), statistics.median(theirs)
        print(f"users listed        {args.users} (+ built-ins), page size {args.page_size}, LDAPS, photos fetched")
        print(f"adphoto-cli users   median {a:.2f} s  runs {' '.join(f'{x:.2f}' for x in ours)}")
        print(f"ldapsearch          median {l:.2f} s  runs {' '.join(f'{x:.2f}' for x in theirs)}")
        print(f"ratio adphoto/ldapsearch  {a / l:.2f}   (target <= 1.2)")
        print(f"adphoto peak memory {peak:.1f} MiB (target <= 100)")
    finally:
        if not args.keep_dc:
            subprocess.run([harness, "stop", "--dir", args.dir], check=False)


if __name__ == "__main__":
    main()

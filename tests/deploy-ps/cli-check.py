#!/usr/bin/env python3
"""End-to-end check of `adphoto-cli deploy`.

    cli-check.py ADPHOTO_CLI VERSION GOLDEN_DIR WORK_DIR

Runs the command with the flags the golden files were made with (logoff mode), twice: once
with --timestamp, once with SOURCE_DATE_EPOCH. Fails unless
  - both runs exit 0 and list every written file (and the zip) on stdout as JSON,
  - the two folders and the two zips are byte-identical,
  - every file equals its golden file (tests/core/deploy/golden/logoff) once the generator
    version in the headers is normalised, and no file is missing or extra,
  - a hostile picture folder is refused with exit code 2 and nothing is written.
Prints "N passed, N failed".
"""
import json
import os
import shutil
import subprocess
import sys

cli, version, golden, work = sys.argv[1:5]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
passed = failed = 0


def check(ok, what, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
    print(("ok   " if ok else "FAIL ") + what + (": " + detail if detail and not ok else ""))


def tree(root):
    out = {}
    for base, _, files in os.walk(root):
        for name in files:
            path = os.path.join(base, name)
            with open(path, "rb") as f:
                out[os.path.relpath(path, root).replace(os.sep, "/")] = f.read()
    return out


flags = ["deploy", "--mode", "logoff", "--image-dir", "C:\\ProgramData\\AccountPictures",
         "--domain", "corp.example.com", "--gpo-guid", "{31B2F340-016D-11D2-945F-00C04FB984F9}",
         "--backup-id", "9a5b1c2d-3e4f-4a6b-8c7d-0e1f2a3b4c5d", "--zip", "--format", "json"]
env = dict(os.environ)
env.pop("SOURCE_DATE_EPOCH", None)
runs = []
for i, extra in enumerate([["--timestamp", "2024-05-01T14:00:00+02:00"], []]):
    out = os.path.join(work, "run%d" % i)
    run_env = dict(env)
    if not extra:
        run_env["SOURCE_DATE_EPOCH"] = "1714564800"
    p = subprocess.run([cli] + flags + extra + ["--out", out], env=run_env, capture_output=True)
    check(p.returncode == 0, "run %d exits 0" % i, p.stderr.decode(errors="replace"))
    try:
        listed = json.loads(p.stdout)
    except ValueError:
        listed = []
    files = tree(out)
    check(len(listed) == len(files) + 1 and listed[-1]["file"].endswith("run%d.zip" % i),
          "run %d lists every file and the zip on stdout" % i, p.stdout.decode(errors="replace")[:400])
    with open(out + ".zip", "rb") as f:
        runs.append((files, f.read()))

check(runs[0][0] == runs[1][0], "--timestamp and SOURCE_DATE_EPOCH give identical folders")
check(runs[0][1] == runs[1][1], "--timestamp and SOURCE_DATE_EPOCH give identical zips")

expected = tree(golden)
ours = runs[0][0]
check(sorted(expected) == sorted(ours), "same files as the golden package",
      "missing %s, extra %s" % (sorted(set(expected) - set(ours)), sorted(set(ours) - set(expected))))
for path in sorted(set(expected) & set(ours)):
    data = ours[path]
    # The CLI writes its real version where the goldens have "golden".
    for codec in ("utf-8", "utf-16-le"):
        data = data.replace(("adphoto " + version).encode(codec), "adphoto golden".encode(codec))
    check(data == expected[path], "matches golden: " + path)

bad = os.path.join(work, "hostile")
p = subprocess.run([cli, "deploy", "--out", bad, "--image-dir", "C:\\x\n'; Remove-Item -Recurse C:\\ #"],
                   env=env, capture_output=True)
check(p.returncode == 2, "a folder with a line break is a usage error (exit 2)", "exit %d" % p.returncode)
check(b"--image-dir" in p.stderr, "the error names --image-dir", p.stderr.decode(errors="replace"))
check(not os.path.exists(bad), "nothing is written for refused options")

print("%d passed, %d failed" % (passed, failed))
sys.exit(0 if failed == 0 else 1)

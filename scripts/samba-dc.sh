#!/usr/bin/env bash
# A private, seeded Samba AD DC on a loopback address: the real Active Directory that adphoto's
# `ad` tests, the demo and the list benchmark run against. Needs root (Samba binds ports 53, 88,
# 389, 636 and reads its databases as root). Touches nothing outside DIR: no /etc/hosts, no
# /etc/krb5.conf, no system smb.conf; clients use KRB5_CONFIG and nss_wrapper instead.
#
#   samba-dc.sh start --dir DIR [--ip 127.0.0.1] [--realm EXAMPLE.TEST]
#                     [--seed test|demo|bench[:N]|none] [--allow-sasl-over-tls]
#                     [--fresh] [--no-template]
#       Provision (if needed), start (if stopped) and seed a DC in DIR. Idempotent: on a running,
#       seeded DC it only reports; a stopped one is started with its data as the tests left it.
#       --fresh discards DIR's DC first (pristine data). A new DC is copied from a cached
#       template next to DIR (DIR/../.samba-template-<seed>-<ip>-<hash>) when one exists, else
#       provisioned and seeded, then saved as that template (--no-template: neither).
#       --allow-sasl-over-tls sets `ldap server require strong auth = allow_sasl_over_tls`
#       (GSSAPI with maxssf=0 inside TLS then works); without it a new DC requires sign/seal
#       outside TLS (`= yes`, as AD does) and an existing DC keeps its setting.
#       A new DC defaults to --ip 127.0.0.1 --realm EXAMPLE.TEST --seed test.
#   samba-dc.sh reconfigure --dir DIR --allow-sasl-over-tls on|off
#       Change that setting and restart the DC if it was running.
#   samba-dc.sh stop --dir DIR      Stop the samba this script started (PID file), bounded wait.
#   samba-dc.sh status --dir DIR    Exit 0 running, 3 stopped, 4 not provisioned.
#   samba-dc.sh env --dir DIR       Print DIR/dc.env.
#
# Seeds (users under OU=adphoto-seed,<base>, a few in CN=Users; generator: scripts/seed/):
#   test     2,500 users, a third with photos (2-30 KB), special cases (same names, ASCII-fold
#            pairs, 102,400-byte photo, PNG and truncated photo values, non-admin test user).
#   demo     300 users, half with photos, plus DIR/demo-photos/ (sample files for bulk import)
#            and DIR/demo-photos.json (what each file should match).
#   bench:N  N users (default 20,000), a third with 5-15 KB photos.
#   none     no users besides the built-in ones and the test user is absent (env lacks USER_*).
#
# Outputs in DIR (mode 0600 where they hold passwords):
#   dc.env   shell: `export KEY='value'` lines; `. DIR/dc.env`.
#   dc.ini   the same keys for programs: one `KEY=value` per line, no quotes, no escapes; the
#            value is everything after the first '='; lines starting with '#' are comments.
#            Values never contain newlines; passwords use only [A-Za-z0-9_.!%+-].
#   Keys:
#     ADPHOTO_TEST_DIR            DIR
#     ADPHOTO_TEST_IP             the DC's address (LDAP 389/636, Kerberos 88, DNS 53)
#     ADPHOTO_TEST_REALM          EXAMPLE.TEST           ADPHOTO_TEST_DOMAIN   example.test
#     ADPHOTO_TEST_NETBIOS        EXAMPLE                ADPHOTO_TEST_HOST     dc1.example.test
#     ADPHOTO_TEST_BASE           DC=example,DC=test     ADPHOTO_TEST_SEED_BASE OU=adphoto-seed,...
#     ADPHOTO_TEST_LDAPS_URI      ldaps://IP             ADPHOTO_TEST_LDAP_URI ldap://IP
#     ADPHOTO_TEST_GSSAPI_URI     ldap://dc1.example.test (needs nss_wrapper and SASL_NOCANON)
#     ADPHOTO_TEST_CA             CA that signed the DC certificate (SAN dc1.<domain>, dc1, IP)
#     ADPHOTO_TEST_UNTRUSTED_CA   an unrelated CA: with it, TLS to the DC must fail
#     ADPHOTO_TEST_ADMIN          Administrator@<domain> (UPN, for simple binds); its DN in
#                                 ADPHOTO_TEST_ADMIN_DN; Kerberos name Administrator@REALM in
#                                 ADPHOTO_TEST_ADMIN_PRINCIPAL (kinit: realm is case-sensitive,
#                                 so kinit the *_PRINCIPAL, or kinit -E the UPN)
#     ADPHOTO_TEST_ADMIN_PASSWORD random per provision
#     ADPHOTO_TEST_USER           UPN of an enabled non-admin user with a password (no photo at
#                                 first); ADPHOTO_TEST_USER_SAM, ADPHOTO_TEST_USER_DN,
#                                 ADPHOTO_TEST_USER_PRINCIPAL (sam@REALM),
#                                 ADPHOTO_TEST_USER_PASSWORD (random per provision)
#     ADPHOTO_TEST_KRB5_CONFIG    krb5.conf for KRB5_CONFIG (kdc = IP, no DNS, no rdns)
#     ADPHOTO_TEST_KRB5CCNAME     the default credential cache that krb5.conf names (in DIR)
#     ADPHOTO_TEST_NSS_WRAPPER    libnss_wrapper.so, for LD_PRELOAD
#     ADPHOTO_TEST_NSS_HOSTS      hosts file for NSS_WRAPPER_HOSTS (dc1.<domain>, dc1 -> IP)
#     ADPHOTO_TEST_SEED           test | demo | bench:N | none
#     ADPHOTO_TEST_SEED_JSON      seed.json: every seeded user (see scripts/seed/seed.py)
#     ADPHOTO_TEST_SEED_COUNT     number of seeded users
#     ADPHOTO_TEST_DEMO_PHOTOS    demo seed only: folder of sample photos (+ .json manifest)
#     ADPHOTO_TEST_SASL_OVER_TLS  1 if allow_sasl_over_tls is set, else 0
#     ADPHOTO_TEST_PID            PID of the running samba (root process)
#     ADPHOTO_TEST_SMB_CONF       DIR/etc/smb.conf      ADPHOTO_TEST_LOG  DIR/log/samba.log
set -euo pipefail

PROG=samba-dc
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PY=/usr/bin/python3  # Debian's python: has PIL and samba's modules (a pyenv python may not)
export PYTHONDONTWRITEBYTECODE=1  # no __pycache__ in scripts/seed/
START_TIMEOUT=60     # seconds for LDAP to answer after `samba` starts
STOP_TIMEOUT=20      # seconds for samba to exit after SIGTERM

log() { printf '%s: %s\n' "$PROG" "$*" >&2; }
die() { printf '%s: error: %s\n' "$PROG" "$*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

usage() {
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2
    exit 2
}

# ------------------------------------------------------------------------------ arguments

CMD=${1:-}
case "$CMD" in ""|-h|--help|help) usage ;; esac
shift
DIR="" IP="" REALM="" SEED="" SASL="" FRESH=0 TEMPLATE=${ADPHOTO_SAMBA_TEMPLATE:-1}
while [ $# -gt 0 ]; do
    case "$1" in
        --dir) DIR=${2:?--dir needs a value}; shift 2 ;;
        --ip) IP=${2:?--ip needs a value}; shift 2 ;;
        --realm) REALM=${2:?--realm needs a value}; shift 2 ;;
        --seed) SEED=${2:?--seed needs a value}; shift 2 ;;
        --allow-sasl-over-tls)
            if [ "$CMD" = reconfigure ]; then SASL=${2:?--allow-sasl-over-tls needs on or off}; shift 2
            else SASL=on; shift; fi ;;
        --fresh) FRESH=1; shift ;;
        --no-template) TEMPLATE=0; shift ;;
        -h|--help) usage ;;
        *) die "unknown argument: $1 (see --help)" ;;
    esac
done
[ -n "$DIR" ] || die "--dir DIR is required"
case "$SASL" in ""|on|off) ;; *) die "--allow-sasl-over-tls takes on or off" ;; esac
case "$CMD" in
    start) mkdir -p "$DIR" ;;
    *) [ -d "$DIR" ] || { log "$DIR does not exist: no DC there"; [ "$CMD" = stop ] && exit 0; exit 4; } ;;
esac
DIR=$(cd "$DIR" && pwd)

MARK=$DIR/.adphoto-dc     # key=value state: ip, realm, seed, stage (creating|provisioned|
                          # seeding|seeded = loaded, samba not yet checked|ready)
PIDFILE=$DIR/samba.pid    # "PID STARTTIME" of the samba root process this script started
CONF=$DIR/etc/smb.conf
SAMBA_LOG=$DIR/log/samba.log

mark_get() { [ -f "$MARK" ] && sed -n "s/^$1=//p" "$MARK" | tail -n 1 || true; }
mark_set() {
    local tmp=$MARK.tmp
    { [ -f "$MARK" ] && grep -v "^$1=" "$MARK" || true; echo "$1=$2"; } > "$tmp"
    mv "$tmp" "$MARK"
}

need_root() {
    [ "$(id -u)" -eq 0 ] || die "Samba AD needs root (it binds ports 53, 88, 389 and 636 and owns its databases); run: sudo $0 $CMD --dir $DIR ..."
}

need_tools() {
    local t missing=()
    for t in samba samba-tool samba_spnupdate ldbadd ldbmodify ldapsearch openssl flock; do
        command -v "$t" >/dev/null || missing+=("$t")
    done
    [ -x "$PY" ] || missing+=("$PY")
    [ -d /usr/share/samba/setup/ad-schema ] || missing+=("samba-ad-provision")
    "$PY" -c 'import PIL' 2>/dev/null || missing+=("python3-pil")
    [ -n "$(nss_wrapper_lib)" ] || missing+=("libnss-wrapper")
    [ ${#missing[@]} -eq 0 ] || die "missing: ${missing[*]} (run scripts/install-deps.sh)"
}

nss_wrapper_lib() {
    local f
    for f in /usr/lib/*-linux-gnu/libnss_wrapper.so /usr/lib64/libnss_wrapper.so /usr/lib/libnss_wrapper.so; do
        [ -e "$f" ] && { echo "$f"; return; }
    done
}

# Serialise start/stop/reconfigure on one DIR (ctest may run fixtures in parallel). Long-lived
# children (samba) must not inherit fd 9, or they would hold the lock forever.
lock_dir() {
    exec 9>"$DIR/.samba-dc.lock"
    flock -w 600 9 || die "another samba-dc.sh holds $DIR/.samba-dc.lock"
}

# ------------------------------------------------------------------------------ naming

derive_names() {
    REALM=${REALM:-EXAMPLE.TEST}
    REALM=${REALM^^}
    DOMAIN=${REALM,,}
    NETBIOS=${REALM%%.*}
    HOST=dc1.$DOMAIN
    BASE=$(awk -F. '{ for (i = 1; i <= NF; i++) printf "%sDC=%s", (i > 1 ? "," : ""), $i }' <<< "$DOMAIN")
    SEED_BASE="OU=adphoto-seed,$BASE"
    ADMIN=Administrator@$DOMAIN
    ADMIN_DN="CN=Administrator,CN=Users,$BASE"
}

# ------------------------------------------------------------------------------ processes

proc_starttime() { awk '{ sub(/^.*\) /, ""); print $20 }' "/proc/$1/stat" 2>/dev/null || true; }

# Prints the PID if PIDFILE names a live process that is the one we started (same start time).
running_pid() {
    [ -f "$PIDFILE" ] || return 1
    local pid start
    read -r pid start < "$PIDFILE" || return 1
    [ -n "$pid" ] && [ -d "/proc/$pid" ] || return 1
    [ "$(proc_starttime "$pid")" = "$start" ] || return 1
    echo "$pid"
}

descendants() {  # PIDs below $1, with their start times: "pid starttime" lines
    local all
    all=$(ps -e -o pid=,ppid=) || return 0
    local queue=("$1") p c
    while [ ${#queue[@]} -gt 0 ]; do
        p=${queue[0]}; queue=("${queue[@]:1}")
        for c in $(awk -v p="$p" '$2 == p { print $1 }' <<< "$all"); do
            echo "$c $(proc_starttime "$c")"
            queue+=("$c")
        done
    done
}

ports_free() {  # fails if something already listens on IP's Samba ports
    "$PY" - "$IP" <<'EOF'
import socket, sys
ip, busy = sys.argv[1], []
for port in (53, 88, 389, 636, 3268, 3269):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # TIME_WAIT is fine, LISTEN is not
    try:
        s.bind((ip, port))
    except OSError:
        busy.append(str(port))
    finally:
        s.close()
if busy:
    sys.exit("samba-dc: ports in use on %s: %s" % (ip, " ".join(busy)))
EOF
}

ldap_as_admin() {  # ldapsearch over LDAPS as Administrator; extra args follow
    LDAPTLS_CACERT=$DIR/tls/ca.pem LDAPTLS_REQCERT=demand \
        ldapsearch -LLL -x -o nettimeout=5 -H "ldaps://$IP" -D "$ADMIN" -y "$DIR/secrets/admin.pw" "$@"
}

# Samba binds to the address itself, so a loopback address other than 127.0.0.1 must exist on lo.
ensure_loopback_address() {
    # Read first, then match: `ip ... | grep -q` fails under pipefail when grep exits early.
    local addresses
    addresses=$(ip -4 addr show dev lo)
    [[ "$addresses" == *" $IP/"* ]] && return 0
    log "adding $IP to lo"
    ip addr add "$IP/8" dev lo || die "could not add $IP to the loopback interface"
}

start_samba() {
    ensure_loopback_address
    ports_free || die "another server already uses $IP (stop it, or use another loopback --ip: 127.0.0.2, 127.0.0.3, ...)"
    local t0 pid start
    t0=$(now)
    rm -f "$DIR/run/samba.pid" "$PIDFILE"
    : > "$SAMBA_LOG.stdout"
    KRB5_CONFIG=$DIR/krb5.conf samba -s "$CONF" >> "$SAMBA_LOG.stdout" 2>&1 9>&- \
        || die "samba failed to start; log tail:$(echo; tail -n 30 "$SAMBA_LOG" 2>/dev/null)"
    for _ in $(seq 100); do
        [ -s "$DIR/run/samba.pid" ] && break
        sleep 0.1
    done
    pid=$(tr -dc 0-9 < "$DIR/run/samba.pid" 2>/dev/null || true)
    [ -n "$pid" ] && [ -d "/proc/$pid" ] || die "samba did not stay up; log tail:$(echo; tail -n 30 "$SAMBA_LOG" 2>/dev/null)"
    start=$(proc_starttime "$pid")
    echo "$pid $start" > "$PIDFILE"
    local deadline=$(( $(date +%s) + START_TIMEOUT ))
    until ldap_as_admin -b "" -s base defaultNamingContext >/dev/null 2>&1; do
        if ! running_pid >/dev/null; then
            die "samba (PID $pid) exited during start-up; log tail:$(echo; tail -n 30 "$SAMBA_LOG")"
        fi
        if [ "$(date +%s)" -ge "$deadline" ]; then
            log "LDAPS on $IP did not answer within ${START_TIMEOUT}s; last attempt:"
            ldap_as_admin -b "" -s base defaultNamingContext >&2 || true
            log "log tail ($SAMBA_LOG):"
            tail -n 30 "$SAMBA_LOG" >&2 || true
            stop_samba
            exit 1
        fi
        sleep 0.2
    done
    log "samba started (PID $pid), LDAPS answers after $(since "$t0") s"
}

stop_samba() {
    local pid
    if ! pid=$(running_pid); then
        rm -f "$PIDFILE"
        return 0
    fi
    local kids t0
    kids=$(descendants "$pid")
    t0=$(now)
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq $((STOP_TIMEOUT * 10))); do
        running_pid >/dev/null || break
        sleep 0.1
    done
    if running_pid >/dev/null; then
        log "samba (PID $pid) ignored SIGTERM for ${STOP_TIMEOUT}s; sending SIGKILL"
        # samba daemonises with setsid, so its process group is its own: kill that group only.
        [ "$(ps -o pgid= -p "$pid" | tr -d ' ')" = "$pid" ] && kill -KILL -- "-$pid" 2>/dev/null || true
        kill -KILL "$pid" 2>/dev/null || true
    fi
    # Children samba started that outlived it (same PID and start time as recorded).
    local c s left=0
    while read -r c s; do
        [ -n "$c" ] || continue
        if [ -d "/proc/$c" ] && [ "$(proc_starttime "$c")" = "$s" ]; then
            for _ in $(seq 20); do [ -d "/proc/$c" ] || break; sleep 0.1; done
            if [ -d "/proc/$c" ] && [ "$(proc_starttime "$c")" = "$s" ]; then
                kill -KILL "$c" 2>/dev/null || true; left=$((left + 1))
            fi
        fi
    done <<< "$kids"
    [ "$left" -eq 0 ] || log "killed $left leftover samba child process(es)"
    for _ in $(seq 50); do [ -d "/proc/$pid" ] || break; sleep 0.1; done
    rm -f "$PIDFILE"
    log "samba (PID $pid) stopped in $(since "$t0") s"
}

# ------------------------------------------------------------------------------ provisioning

random_password() {  # AD-complex: upper, lower, digit, symbol; no quoting problems anywhere
    "$PY" -c '
import secrets, string
sets = [string.ascii_uppercase, string.ascii_lowercase, string.digits, "_.!%+-"]
pw = [secrets.choice(s) for s in sets] + [secrets.choice("".join(sets)) for _ in range(16)]
secrets.SystemRandom().shuffle(pw)
print("".join(pw), end="")'
}

make_tls() {
    local tls=$DIR/tls
    mkdir -p "$tls"
    chmod 700 "$tls"
    (
        cd "$tls"
        umask 077
        openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -sha256 -keyout ca.key -out ca.pem \
            -subj "/O=adphoto test/CN=adphoto test CA for $HOST ($IP)" \
            -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
        openssl req -newkey rsa:2048 -nodes -keyout dc.key -out dc.csr -subj "/O=adphoto test/CN=$HOST"
        cat > dc.ext <<EOF
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:$HOST,DNS:dc1,IP:$IP
EOF
        openssl x509 -req -in dc.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 3650 -sha256 \
            -extfile dc.ext -out dc.pem
        openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -sha256 -keyout untrusted-ca.key \
            -out untrusted-ca.pem -subj "/O=adphoto test/CN=adphoto UNTRUSTED test CA" \
            -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
        rm -f dc.csr dc.ext ca.srl
        chmod 644 ca.pem dc.pem untrusted-ca.pem
    ) > "$DIR/log/tls.log" 2>&1 || die "certificate generation failed: $(cat "$DIR/log/tls.log")"
}

write_client_files() {
    cat > "$DIR/krb5.conf" <<EOF
# Kerberos for the private DC in $DIR: use with KRB5_CONFIG=$DIR/krb5.conf
[libdefaults]
    default_realm = $REALM
    dns_lookup_kdc = false
    dns_lookup_realm = false
    rdns = false
    dns_canonicalize_hostname = false
    default_ccache_name = FILE:$DIR/krb5cc

[realms]
    $REALM = {
        kdc = $IP
    }

[domain_realm]
    .$DOMAIN = $REALM
    $DOMAIN = $REALM
EOF
    # For NSS_WRAPPER_HOSTS (LD_PRELOAD=libnss_wrapper.so); nss_wrapper rejects comment lines.
    cat > "$DIR/hosts" <<EOF
$IP $HOST dc1 $DOMAIN
127.0.0.1 localhost
::1 localhost ip6-localhost
EOF
}

provision() {
    local t0
    t0=$(now)
    mkdir -p "$DIR/etc" "$DIR/run" "$DIR/log" "$DIR/secrets"
    chmod 700 "$DIR/secrets"
    mark_set ip "$IP"
    mark_set realm "$REALM"
    mark_set stage creating
    (umask 077; random_password > "$DIR/secrets/admin.pw"; random_password > "$DIR/secrets/user.pw")
    make_tls
    write_client_files
    log "TLS certificates and client files in $(since "$t0") s"

    local t1 strong=yes
    t1=$(now)
    [ "$SASL" = on ] && strong=allow_sasl_over_tls
    : > "$DIR/etc/empty.conf"
    local opts=(
        # IP/8: samba then binds exactly IP, even if it is not configured on lo (127.0.0.2, ...)
        "interfaces = $IP/8"
        "bind interfaces only = yes"
        "server services = ldap cldap kdc dns drepl"
        "prefork children = 1"
        "pid directory = $DIR/run"
        "ncalrpc dir = $DIR/run/ncalrpc"
        "winbindd socket directory = $DIR/run/winbindd"
        "ntp signd socket directory = $DIR/run/ntp_signd"
        "log file = $SAMBA_LOG"
        "max log size = 10000"
        "tls enabled = yes"
        "tls keyfile = $DIR/tls/dc.key"
        "tls certfile = $DIR/tls/dc.pem"
        "tls cafile = $DIR/tls/ca.pem"
        "ldap server require strong auth = $strong"
        "dns forwarder = "  # else provision copies /etc/resolv.conf's server: no outside DNS
    )
    local args=() o
    for o in "${opts[@]}"; do args+=("--option=$o"); done
    samba-tool domain provision -s "$DIR/etc/empty.conf" --targetdir "$DIR" \
        --realm "$REALM" --domain "$NETBIOS" \
        --server-role=dc --dns-backend=SAMBA_INTERNAL --host-name dc1 --host-ip "$IP" \
        "${args[@]}" > "$DIR/log/provision.log" 2>&1 \
        || die "samba-tool domain provision failed; tail of $DIR/log/provision.log:$(echo; tail -n 20 "$DIR/log/provision.log")"
    grep -q "tls certfile" "$CONF" || die "provisioned $CONF lacks the TLS settings"
    sed -i '/^[[:space:]]*dns forwarder[[:space:]]*=/d' "$CONF"
    # Administrator's password from the 0600 file (not on a command line, where ps shows it),
    # and passwords that never expire: a demo DC may live longer than the default 42 days.
    (
        umask 077
        "$PY" - "$DIR/secrets/admin.pw" "$ADMIN_DN" "$BASE" > "$DIR/secrets/admin.ldif" <<'EOF'
import base64, sys
pw = open(sys.argv[1], encoding="utf-8").read().strip()
b64 = base64.b64encode(('"%s"' % pw).encode("utf-16-le")).decode()
print("dn: %s\nchangetype: modify\nreplace: unicodePwd\nunicodePwd:: %s\n" % (sys.argv[2], b64))
print("dn: %s\nchangetype: modify\nreplace: maxPwdAge\nmaxPwdAge: -9223372036854775808\n" % sys.argv[3])
EOF
    )
    SMB_CONF_PATH=$CONF ldbmodify -H "$DIR/private/sam.ldb" "$DIR/secrets/admin.ldif" > "$DIR/log/admin.log" 2>&1 \
        || die "setting the Administrator password failed: $(cat "$DIR/log/admin.log")"
    rm -f "$DIR/secrets/admin.ldif"
    mark_set sasl_over_tls "$SASL"
    mark_set stage provisioned
    log "provisioned $REALM in $(since "$t1") s"
}

# What samba's dnsupdate service would do (it must not run here): SPNs for GSSAPI and the A
# records of dc1.<domain> and <domain>. Offline, before samba starts.
spn_and_dns_update() {
    local t0
    t0=$(now)
    KRB5_CONFIG=$DIR/krb5.conf samba_spnupdate -s "$CONF" > "$DIR/log/spnupdate.log" 2>&1 \
        || die "samba_spnupdate failed: $(tail -n 20 "$DIR/log/spnupdate.log")"
    "$PY" "$SCRIPT_DIR/seed/dns_records.py" "$CONF" "$IP" "$DOMAIN" > "$DIR/log/dns.log" 2>&1 \
        || die "adding the DC's DNS A records failed: $(tail -n 20 "$DIR/log/dns.log")"
    log "SPNs and DNS A records in $(since "$t0") s"
}

# ------------------------------------------------------------------------------ seeding

seed_count_for() {  # the number of users a seed spec asks for
    case "${1%%:*}" in
        test) echo 2500 ;;
        demo) echo 300 ;;
        bench) local n=${1#bench}; n=${n#:}; echo "${n:-20000}" ;;
        none) echo 0 ;;
        *) return 1 ;;
    esac
}

# Generate the users (scripts/seed/seed.py) and load them with ldbadd in batch mode. Runs while
# samba is stopped, so the result can be copied as a template.
seed_load() {
    local kind=${SEED%%:*} count t0 t1
    count=$(seed_count_for "$SEED") || die "unknown seed '$SEED' (test, demo, bench[:N], none)"
    [[ "$count" =~ ^[0-9]+$ ]] || die "bench:N needs a number, got '$SEED'"
    mark_set stage seeding
    if [ "$kind" = none ]; then
        echo "[]" > "$DIR/seed.json"
        mark_set seed_count 0
        mark_set stage seeded
        return
    fi
    t0=$(now)
    local ldif=$DIR/seed-ldif extra=()
    rm -rf "$ldif" "$DIR/demo-photos" "$DIR/demo-photos.json"
    [ "$kind" = demo ] && extra=(--demo-photos "$DIR/demo-photos")
    local files
    files=$("$PY" "$SCRIPT_DIR/seed/seed.py" --kind "$kind" --count "$count" --domain "$DOMAIN" \
        --base "$BASE" --ldif-dir "$ldif" --json "$DIR/seed.json" \
        --password-file "$DIR/secrets/user.pw" "${extra[@]}") || die "seed generator failed"
    log "seed data generated in $(since "$t0") s"

    t1=$(now)
    local f out
    for f in $files; do
        out=$(SMB_CONF_PATH=$CONF ldbadd -H "$DIR/private/sam.ldb" -o batch_mode:1 "$f" 2>&1) \
            || die "ldbadd $f failed: $(tail -n 5 <<< "$out")"
    done
    rm -rf "$ldif"
    mark_set seed_count "$("$PY" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$DIR/seed.json")"
    mark_set stage seeded
    log "loaded $(mark_get seed_count) users with ldbadd in $(since "$t1") s"
}

# Check over LDAP that the running server shows what seed.json says, and that the test user
# can bind with its password.
verify_seed() {
    local t0 want_ou want_photo got_ou got_photo
    t0=$(now)
    read -r want_ou want_photo < <("$PY" -c '
import json, sys
u = json.load(open(sys.argv[1]))
inside = [x for x in u if x["ou"].lower().endswith(sys.argv[2].lower())]
print(len(inside), sum(1 for x in inside if x["hasPhoto"]))' "$DIR/seed.json" "$SEED_BASE")
    [ "$want_ou" -gt 0 ] || return 0
    got_ou=$(ldap_as_admin -E pr=1000/noprompt -b "$SEED_BASE" \
        '(&(objectCategory=person)(objectClass=user))' 1.1 | grep -c '^dn:' || true)
    got_photo=$(ldap_as_admin -E pr=1000/noprompt -b "$SEED_BASE" \
        '(&(objectCategory=person)(objectClass=user)(thumbnailPhoto=*))' 1.1 | grep -c '^dn:' || true)
    [ "$got_ou" = "$want_ou" ] && [ "$got_photo" = "$want_photo" ] \
        || die "LDAP shows $got_ou users ($got_photo with photos) under $SEED_BASE, seeded $want_ou ($want_photo)"
    local upn
    upn=$(test_user_field userPrincipalName)
    LDAPTLS_CACERT=$DIR/tls/ca.pem ldapsearch -LLL -x -o nettimeout=5 -H "ldaps://$IP" \
        -D "$upn" -y "$DIR/secrets/user.pw" -b "" -s base defaultNamingContext >/dev/null \
        || die "the test user $upn cannot bind"
    log "checked over LDAP: $got_ou users, $got_photo with photos under $SEED_BASE; $upn binds ($(since "$t0") s)"
}

# ------------------------------------------------------------------------------ templates
# A provisioned and seeded DC (samba stopped) is kept next to DIR as
# .samba-template-<seed>-<ip>-<hash>, hash over this script, the generator, the samba version
# and realm/ip/seed; a later fresh start with the same key copies it instead of provisioning
# and seeding again. Copies share the template's keys and passwords. Disable with
# --no-template or ADPHOTO_SAMBA_TEMPLATE=0.

template_path() {
    local hash
    hash=$( { cat "${BASH_SOURCE[0]}" "$SCRIPT_DIR"/seed/*.py; samba --version; echo "$REALM $IP $SEED"; } \
        | sha256sum | cut -c1-12)
    echo "$(dirname "$DIR")/.samba-template-${SEED//[^A-Za-z0-9]/-}-$IP-$hash"
}

save_template() {
    local tpl=$1 t0 tmp
    t0=$(now)
    tmp=$tpl.tmp.$$
    rm -rf "$tmp"
    mkdir -m 700 "$tmp"
    cp -a "$DIR/." "$tmp/"
    rm -f "$tmp/.samba-dc.lock" "$tmp/.lock"
    echo "dir=$DIR" >> "$tmp/.adphoto-dc"
    # Keep one template per seed and address: drop those of older script/generator versions.
    local old
    for old in "${tpl%-*}"-*; do
        [ "$old" = "$tpl" ] || [[ "$old" == *.tmp.* ]] || rm -rf "$old"
    done
    if mv -T "$tmp" "$tpl" 2>/dev/null; then
        log "saved template $tpl ($(since "$t0") s)"
    else
        rm -rf "$tmp"  # another start saved it first
    fi
}

copy_template() {
    local tpl=$1 t0 from
    t0=$(now)
    from=$(sed -n 's/^dir=//p' "$tpl/.adphoto-dc" | tail -n 1)
    [ -n "$from" ] || return 1
    cp -a "$tpl/." "$DIR/"
    "$PY" - "$from" "$DIR" "$DIR/etc/smb.conf" "$DIR/krb5.conf" "$DIR/.adphoto-dc" <<'EOF'
import sys
old, new = sys.argv[1], sys.argv[2]
for path in sys.argv[3:]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new))
EOF
    sed -i '/^dir=/d' "$MARK"
    log "copied template $tpl in $(since "$t0") s"
}

test_user_field() {  # field of the test user in seed.json (cached in the marker file)
    local v
    v=$(mark_get "user_$1")
    if [ -z "$v" ] && [ -s "$DIR/seed.json" ]; then
        v=$("$PY" -c '
import json, sys
for u in json.load(open(sys.argv[1])):
    if "test-user" in u["tags"]:
        print(u[sys.argv[2]]); break' "$DIR/seed.json" "$1")
        [ -z "$v" ] || mark_set "user_$1" "$v"
    fi
    echo "$v"
}

# ------------------------------------------------------------------------------ env files

write_env() {
    local pid sasl=0
    pid=$(running_pid || true)
    grep -q "allow_sasl_over_tls" "$CONF" && sasl=1
    local kv=(
        "ADPHOTO_TEST_DIR=$DIR"
        "ADPHOTO_TEST_IP=$IP"
        "ADPHOTO_TEST_REALM=$REALM"
        "ADPHOTO_TEST_DOMAIN=$DOMAIN"
        "ADPHOTO_TEST_NETBIOS=$NETBIOS"
        "ADPHOTO_TEST_HOST=$HOST"
        "ADPHOTO_TEST_BASE=$BASE"
        "ADPHOTO_TEST_SEED_BASE=$SEED_BASE"
        "ADPHOTO_TEST_LDAPS_URI=ldaps://$IP"
        "ADPHOTO_TEST_LDAP_URI=ldap://$IP"
        "ADPHOTO_TEST_GSSAPI_URI=ldap://$HOST"
        "ADPHOTO_TEST_CA=$DIR/tls/ca.pem"
        "ADPHOTO_TEST_UNTRUSTED_CA=$DIR/tls/untrusted-ca.pem"
        "ADPHOTO_TEST_ADMIN=$ADMIN"
        "ADPHOTO_TEST_ADMIN_DN=$ADMIN_DN"
        "ADPHOTO_TEST_ADMIN_PRINCIPAL=Administrator@$REALM"
        "ADPHOTO_TEST_ADMIN_PASSWORD=$(cat "$DIR/secrets/admin.pw")"
    )
    if [ -n "$(test_user_field dn)" ]; then
        kv+=(
            "ADPHOTO_TEST_USER=$(test_user_field userPrincipalName)"
            "ADPHOTO_TEST_USER_SAM=$(test_user_field sAMAccountName)"
            "ADPHOTO_TEST_USER_PRINCIPAL=$(test_user_field sAMAccountName)@$REALM"
            "ADPHOTO_TEST_USER_DN=$(test_user_field dn)"
            "ADPHOTO_TEST_USER_PASSWORD=$(cat "$DIR/secrets/user.pw")"
        )
    fi
    kv+=(
        "ADPHOTO_TEST_KRB5_CONFIG=$DIR/krb5.conf"
        "ADPHOTO_TEST_KRB5CCNAME=FILE:$DIR/krb5cc"
        "ADPHOTO_TEST_NSS_WRAPPER=$(nss_wrapper_lib)"
        "ADPHOTO_TEST_NSS_HOSTS=$DIR/hosts"
        "ADPHOTO_TEST_SEED=$(mark_get seed)"
        "ADPHOTO_TEST_SEED_JSON=$DIR/seed.json"
        "ADPHOTO_TEST_SEED_COUNT=$(mark_get seed_count)"
    )
    [ -d "$DIR/demo-photos" ] && kv+=("ADPHOTO_TEST_DEMO_PHOTOS=$DIR/demo-photos")
    kv+=(
        "ADPHOTO_TEST_SASL_OVER_TLS=$sasl"
        "ADPHOTO_TEST_PID=$pid"
        "ADPHOTO_TEST_SMB_CONF=$CONF"
        "ADPHOTO_TEST_LOG=$SAMBA_LOG"
    )
    local line
    (
        umask 077
        {
            echo "# Samba AD DC for adphoto tests ($DIR), written by scripts/samba-dc.sh. Source it."
            for line in "${kv[@]}"; do
                printf "export %s='%s'\n" "${line%%=*}" "$(sed "s/'/'\\\\''/g" <<< "${line#*=}")"
            done
        } > "$DIR/dc.env.tmp"
        {
            echo "# Samba AD DC for adphoto tests ($DIR): KEY=value, value = rest of line, no quoting."
            printf '%s\n' "${kv[@]}"
        } > "$DIR/dc.ini.tmp"
    )
    mv "$DIR/dc.env.tmp" "$DIR/dc.env"
    mv "$DIR/dc.ini.tmp" "$DIR/dc.ini"
}

report() {
    local pid
    pid=$(running_pid || true)
    log "DC $HOST ($IP, realm $REALM, seed $(mark_get seed), $(mark_get seed_count) users) $([ -n "$pid" ] && echo "running, PID $pid" || echo stopped)"
    log "environment: . $DIR/dc.env   (or $DIR/dc.ini)"
}

set_sasl_over_tls() {  # on|off; edits smb.conf, returns 0 if it changed anything
    local want=yes current
    [ "$1" = on ] && want=allow_sasl_over_tls
    current=$(sed -n 's/^[[:space:]]*ldap server require strong auth = //p' "$CONF")
    [ "${current,,}" = "$want" ] && return 1
    if [ -n "$current" ]; then
        sed -i "s/^\([[:space:]]*ldap server require strong auth = \).*/\1$want/" "$CONF"
    else
        sed -i "s/^\[global\]$/[global]\n\tldap server require strong auth = $want/" "$CONF"
    fi
    mark_set sasl_over_tls "$1"
    log "ldap server require strong auth = $want"
    return 0
}

# ------------------------------------------------------------------------------ commands

load_existing() {  # fills IP/REALM from the marker; complains if the caller asked for others
    local ip realm
    ip=$(mark_get ip) realm=$(mark_get realm)
    [ -z "$IP" ] || [ "$IP" = "$ip" ] || die "$DIR holds a DC on $ip, not $IP (stop it and remove $DIR, or use another --dir)"
    [ -z "$REALM" ] || [ "${REALM^^}" = "$realm" ] || die "$DIR holds realm $realm, not $REALM"
    IP=$ip REALM=$realm
    derive_names
}

cmd_start() {
    need_root
    need_tools
    lock_dir
    local t0 stage
    t0=$(now)
    stage=$(mark_get stage)
    if [ -n "$stage" ] && { [ "$stage" != ready ] || [ "$FRESH" = 1 ]; }; then
        if [ "$stage" = ready ]; then log "--fresh: discarding the DC in $DIR"
        else log "$DIR holds an unfinished DC (stage '$stage'): starting over"; fi
        load_existing
        stop_samba
        find "$DIR" -mindepth 1 -maxdepth 1 ! -name .lock ! -name .samba-dc.lock -exec rm -rf {} +
        stage=""
    elif [ -z "$stage" ] && [ -n "$(ls -A "$DIR" | grep -v -e '^\.lock$' -e '^\.samba-dc\.lock$' || true)" ]; then
        die "$DIR is not empty and was not made by this script; use an empty or new directory"
    fi

    if [ -z "$stage" ]; then
        IP=${IP:-127.0.0.1}
        [[ "$IP" =~ ^127\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$ ]] || die "--ip must be a loopback address (127.x.y.z), got '$IP'"
        SEED=${SEED:-test}
        derive_names
        seed_count_for "$SEED" >/dev/null || die "unknown seed '$SEED' (test, demo, bench[:N], none)"
        ports_free || die "another server already uses $IP (stop it, or use another loopback --ip: 127.0.0.2, 127.0.0.3, ...)"
        log "new DC in $DIR: $HOST on $IP, realm $REALM, seed $SEED"
        local tpl=""
        [ "$TEMPLATE" = 1 ] && tpl=$(template_path)
        if [ -n "$tpl" ] && grep -qx 'stage=seeded' "$tpl/.adphoto-dc" 2>/dev/null && copy_template "$tpl"; then
            set_sasl_over_tls "${SASL:-off}" || true
        else
            provision
            mark_set seed "$SEED"
            spn_and_dns_update
            seed_load
            [ -z "$tpl" ] || save_template "$tpl"
        fi
        start_samba
        verify_seed
        mark_set stage ready
        write_env
        log "ready in $(since "$t0") s"
        report
        return
    fi

    load_existing
    local have
    have=$(mark_get seed)
    [ -z "$SEED" ] || [ "$SEED" = "$have" ] || die "$DIR was seeded with '$have', not '$SEED' (stop it and remove $DIR, or use another --dir)"
    if [ -n "$SASL" ] && set_sasl_over_tls "$SASL"; then
        stop_samba
    fi
    if running_pid >/dev/null; then
        log "already running"
    else
        start_samba
    fi
    write_env
    log "ready in $(since "$t0") s"
    report
}

cmd_stop() {
    [ -f "$MARK" ] || { log "$DIR holds no DC: nothing to stop"; return 0; }
    if ! running_pid >/dev/null; then
        rm -f "$PIDFILE"
        log "not running"
        return 0
    fi
    need_root
    lock_dir
    stop_samba
}

cmd_reconfigure() {
    [ -n "$SASL" ] || die "reconfigure needs --allow-sasl-over-tls on|off"
    [ "$(mark_get stage)" = ready ] || die "$DIR holds no ready DC (run start first)"
    need_root
    lock_dir
    load_existing
    if set_sasl_over_tls "$SASL"; then
        if running_pid >/dev/null; then
            stop_samba
            start_samba
        fi
    else
        log "already $SASL"
    fi
    write_env
    report
}

cmd_status() {
    [ "$(mark_get stage)" = ready ] || { log "$DIR: no ready DC (stage '$(mark_get stage)')"; exit 4; }
    load_existing
    report
    running_pid >/dev/null || exit 3
}

cmd_env() {
    [ -f "$DIR/dc.env" ] || die "no $DIR/dc.env (run start first)"
    cat "$DIR/dc.env"
}

case "$CMD" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    reconfigure) cmd_reconfigure ;;
    status) cmd_status ;;
    env) cmd_env ;;
    -h|--help|help) usage ;;
    *) die "unknown command '$CMD' (start, stop, reconfigure, status, env)" ;;
esac

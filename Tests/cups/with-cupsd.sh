#!/usr/bin/env bash
# Runs a command (make test: the test suite) beside a throw-away CUPS scheduler: its own
# configuration, spool and Unix socket in a temporary directory, and one PDF queue through the
# cups-pdf driver. The tests print to it with the real `lp` and read the PDF that comes out.
# The scheduler is stopped and its directory removed at the end, whatever the command's result.
#
# Exported to the command: CUPS_SERVER (the socket: every lp/lpstat talks to this scheduler,
# never the machine's), CAREERDESK_TEST_PRINTER (the queue) and CAREERDESK_TEST_PDF_DIR (where
# cups-pdf writes, in the temporary directory). Without root or cupsd the print tests are
# skipped with a note; CI runs as root.
set -u

if [ "$(id -u)" -ne 0 ] || ! command -v cupsd >/dev/null || [ ! -x /usr/lib/cups/backend/cups-pdf ]; then
    echo "note: the CUPS print tests are skipped (they need root, cupsd and printer-driver-cups-pdf)" >&2
    exec "$@"
fi

dir=$(mktemp -d /tmp/careerdesk-cups.XXXXXX)
queue="careerdesk-test-$$"
pid=""
cleanup() {
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    fi
    rm -rf "$dir"
    rm -f "${instance_conf:-}"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$dir/spool/tmp" "$dir/state" "$dir/cache" "$dir/log" "$dir/pdf"
# cups-pdf reads /etc/cups/cups-pdf-NAME.conf for a device URI cups-pdf:/NAME: this run's own
# instance, which writes its PDFs to $dir/pdf (and is removed with it).
instance_conf="/etc/cups/cups-pdf-$queue.conf"
printf 'Out %s/pdf\nAnonDirName %s/pdf\nLog %s/log\nGrp root\n' "$dir" "$dir" "$dir" > "$instance_conf"
cat > "$dir/cupsd.conf" <<CONF
Listen $dir/cups.sock
Browsing No
WebInterface No
DefaultAuthType None
LogLevel warn
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
cat > "$dir/cups-files.conf" <<CONF
ServerRoot $dir
RequestRoot $dir/spool
TempDir $dir/spool/tmp
StateDir $dir/state
CacheDir $dir/cache
ErrorLog $dir/log/error_log
AccessLog $dir/log/access_log
PageLog $dir/log/page_log
SystemGroup root
CONF

cupsd -f -c "$dir/cupsd.conf" -s "$dir/cups-files.conf" &
pid=$!
for _ in $(seq 100); do
    [ -S "$dir/cups.sock" ] && break
    sleep 0.1
done
if [ ! -S "$dir/cups.sock" ]; then
    echo "with-cupsd: the scheduler did not start; its log:" >&2
    cat "$dir/log/error_log" >&2 2>/dev/null
    exit 1
fi
export CUPS_SERVER="$dir/cups.sock"
# The cups-pdf queue; pdftocairo keeps the text of the PDF (the default renderer outlines it).
if ! lpadmin -p "$queue" -v "cups-pdf:/$queue" -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd \
    -o pdftops-renderer-default=pdftocairo -E 2> "$dir/lpadmin.err"; then
    echo "with-cupsd: lpadmin failed:" >&2
    cat "$dir/lpadmin.err" >&2
    exit 1
fi
export CAREERDESK_TEST_PRINTER="$queue"
export CAREERDESK_TEST_PDF_DIR="$dir/pdf"
"$@"

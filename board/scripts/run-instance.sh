#!/bin/sh
# run-instance.sh - a self-contained Postlet instance under run/, in the
# foreground (the Makefile's "make run").
#
# usage: run-instance.sh BINDIR RUNDIR
#
# RUNDIR/etc holds main.cf and master.cf (copied from conf/ the first time,
# then left as you edit them), RUNDIR/spool the queue, RUNDIR/data the data
# directory, RUNDIR/bin one wrapper per command that points MAIL_CONFIG at
# RUNDIR/etc. Daemons run straight from BINDIR. Logging goes to standard
# output (maillog_file = /dev/stdout). Started as root, daemons run as
# nobody; otherwise the whole instance runs as the invoking user.
set -eu
bindir=$(cd "$1" && pwd)
mkdir -p "$2"
run=$(cd "$2" && pwd)
etc=$run/etc

mkdir -p "$etc" "$run/bin" "$run/data"
[ -f "$etc/main.cf" ] || cp conf/main.cf "$etc/main.cf"
[ -f "$etc/master.cf" ] || cp conf/master.cf "$etc/master.cf"
[ -f "$etc/aliases" ] || cat >"$etc/aliases" <<'ALIASES'
# Local names to real addresses (aliases(5) format), for example:
# root: you@example.com
ALIASES

if [ "$(id -u)" = 0 ]; then
    owner=nobody
    group=$(getent group postdrop >/dev/null && echo postdrop || echo mail)
else
    owner=$(id -un)
    group=$(id -gn)
fi
"$bindir/postconf" -c "$etc" -e \
    "queue_directory = $run/spool" \
    "data_directory = $run/data" \
    "daemon_directory = $bindir" \
    "command_directory = $bindir" \
    "maillog_file = /dev/stdout" \
    "alias_maps = hash:$etc/aliases" \
    "alias_database = hash:$etc/aliases" \
    "mail_owner = $owner" \
    "setgid_group = $group"

for cmd in sendmail mailq newaliases postqueue postsuper postcat postconf \
           postfix postmap postalias postlog; do
    cat >"$run/bin/$cmd" <<SH
#!/bin/sh
MAIL_CONFIG=$etc exec $bindir/$cmd "\$@"
SH
    chmod 755 "$run/bin/$cmd"
done

"$bindir/postalias" -c "$etc" "hash:$etc/aliases"
"$bindir/postfix" -c "$etc" check
# data_directory belongs to mail_owner (master.lock, caches), as Postfix's.
[ "$(id -u)" != 0 ] || chown "$owner" "$run/data"
echo "Postlet instance in $run; in another shell:"
echo "  printf 'Subject: hello\\n\\nfirst message\\n' | $run/bin/sendmail you@example.com"
echo "  $run/bin/mailq"
exec "$bindir/postfix" -c "$etc" start-fg

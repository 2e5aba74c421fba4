/*++
/* NAME
/*	maillog_client 3
/* SUMMARY
/*	logging for every program: postlog service, log file or syslog
/* SYNOPSIS
/*	#include <maillog_client.h>
/*
/*	void	maillog_client_init(progname, flags)
/*	const char *progname;
/*	int	flags;
/*
/*	void	maillog_client_writer(write_fn)
/*	void	(*write_fn)(const char *line, size_t len);
/*
/*	int	maillog_client_mode(void)
/*
/*	void	maillog_client_syslog_as(ident, text)
/*	const char *ident;
/*	const char *text;
/* DESCRIPTION
/*	maillog_client_init() sets msg_progname to progname and routes
/*	every msg(3) diagnostic to one logging mechanism; only one is in
/*	effect at a time, so that postlogd never receives its own lines.
/*	It may be called before main.cf is read and again after the
/*	parameters are initialized:
/* .IP \(bu
/*	Parameters initialized (maillog_file is set, even if empty):
/*	a non-empty maillog_file selects the postlog service, else
/*	syslog. maillog_file must then start with one of the
/*	maillog_file_prefixes, or the program stops with Postfix's
/*	fatal error.
/* .IP \(bu
/*	Before that: the POSTLOG_SERVICE environment variable (the
/*	service path exported by a parent) selects the postlog service,
/*	with POSTLOG_HOSTNAME as the host name; without it, syslog.
/*	Set-id programs ignore the environment.
/* .PP
/*	In postlog mode each line is formatted by maillog_line(3) (time
/*	stamp, first label of myhostname, tag[pid]) and sent as one
/*	datagram to $queue_directory/public/$postlog_service_name; the
/*	service path and host name are exported in POSTLOG_SERVICE and
/*	POSTLOG_HOSTNAME for child processes. In syslog mode they are
/*	removed from the environment and lines go to syslog(3) with the
/*	tag as identity, LOG_PID, and syslog_facility. Without a syslog
/*	daemon the C library drops the lines quietly.
/*
/*	The tag is "$syslog_name/progname" (syslog_name from main.cf,
/*	else "postfix"), or progname itself with MAILLOG_CLIENT_FLAG_TAG.
/*
/*	Flags:
/* .IP MAILLOG_CLIENT_FLAG_LOGWRITER_FALLBACK
/*	When the postlog service does not answer (postlogd or master not
/*	running: "postfix start" before master, postlog(1)), append the
/*	line to maillog_file directly. If that fails too, the program
/*	stops with a fatal error (once).
/* .IP MAILLOG_CLIENT_FLAG_STDERR
/*	Also write "progname: text" lines to standard error.
/* .IP MAILLOG_CLIENT_FLAG_STDERR_TTY
/*	The same, only when standard error is a terminal (commands).
/* .IP MAILLOG_CLIENT_FLAG_TAG
/*	progname is the whole tag.
/* .PP
/*	A datagram holds one line of at most MAILLOG_LINE_MAX bytes (the
/*	text is cut at 2000 bytes as in Postfix). Sending never blocks
/*	for long: when postlogd does not keep up, a sender waits at most
/*	one second for room, and after such a wait drops lines without
/*	waiting until a send succeeds again. A postlogd that went away
/*	and came back (reload) is reconnected to.
/*
/*	maillog_client_writer() is for postlogd itself: lines are
/*	formatted as in postlog mode but handed to write_fn (its open
/*	log file) instead of the socket.
/*
/*	maillog_client_syslog_as() is for postlogd when maillog_file
/*	is empty (lines from programs that still use an old setting):
/*	it sends text to syslog under the identity ident (the client's
/*	"tag[pid]"), then restores the syslog identity.
/*
/*	maillog_client_mode() returns MAILLOG_CLIENT_MODE_SYSLOG,
/*	_POSTLOG or _FILE.
/*
/*	Memory: the tag, host name, service path and line buffer are
/*	static; nothing is allocated per line. setenv() allocates at
/*	initialization only.
/* DIAGNOSTICS
/*	Fatal: maillog_file outside maillog_file_prefixes; an unknown
/*	syslog_facility; the direct file fallback failed.
/* SEE ALSO
/*	maillog_line(3), maillog_file(3), postlogd(8), postlog(1)
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include <msg.h>
#include <iostuff.h>
#include <vstring.h>
#include <port_net.h>

#include <mail_params.h>
#include <mail_proto.h>
#include <maillog_line.h>
#include <maillog_file.h>
#include <maillog_client.h>

#define MAILLOG_CLIENT_WAIT	1	/* seconds for room in postlogd */
#define MAILLOG_CLIENT_DEFAULT_NAME "postfix"
#define MAILLOG_CLIENT_DEFAULT_HOST "amnesiac"

static int maillog_client_mode_now = MAILLOG_CLIENT_MODE_SYSLOG;
static int maillog_client_flags;
static char maillog_client_tag[MAILLOG_LINE_TAG_MAX + 1];
static char maillog_client_host[MAILLOG_LINE_HOST_MAX + 1];
static char maillog_client_path[sizeof(((struct sockaddr_un *) 0)->sun_path)];
static int maillog_client_sock = -1;
static int maillog_client_facility = LOG_MAIL;
static int maillog_client_stuck;	/* last send timed out */
static int maillog_client_busy;		/* recursion guard */
static int maillog_client_fallback_failed;
static MAILLOG_CLIENT_WRITE_FN maillog_client_write_fn;
static char maillog_client_line[MAILLOG_LINE_MAX] PAGE_BUFFER;

/* maillog_client_getenv - environment, unless set-id */

static const char *maillog_client_getenv(const char *name)
{
    const char *value;

    if (getuid() != geteuid() || getgid() != getegid())
	return (0);
    if ((value = getenv(name)) == 0 || *value == 0)
	return (0);
    return (value);
}

/* maillog_client_copy - bounded copy into a static buffer */

static void maillog_client_copy(char *dst, size_t size, const char *src)
{
    size_t  len = strlen(src);

    if (len >= size)
	len = size - 1;
    memcpy(dst, src, len);
    dst[len] = 0;
}

/* maillog_client_disconnect - forget the postlog socket */

static void maillog_client_disconnect(void)
{
    if (maillog_client_sock >= 0)
	(void) port_close(maillog_client_sock);
    maillog_client_sock = -1;
}

/* maillog_client_connect - connect to the postlog service */

static int maillog_client_connect(void)
{
    struct sockaddr_un sun;
    int     sock;

    memset(&sun, 0, sizeof(sun));
    sun.sun_family = AF_UNIX;
    maillog_client_copy(sun.sun_path, sizeof(sun.sun_path), maillog_client_path);
    if ((sock = port_socket(AF_UNIX, SOCK_DGRAM, 0)) < 0)
	return (-1);
    if (port_connect(sock, (struct sockaddr *) &sun, sizeof(sun)) < 0) {
	(void) port_close(sock);
	return (-1);
    }
    close_on_exec(sock, CLOSE_ON_EXEC);
    non_blocking(sock, NON_BLOCKING);
    maillog_client_sock = sock;
    maillog_client_stuck = 0;
    return (0);
}

/* maillog_client_send - one datagram; 0 when sent or dropped, -1 no service */

static int maillog_client_send(const char *line, size_t len)
{
    int     attempt;

    for (attempt = 0; attempt < 2; attempt++) {
	if (maillog_client_sock < 0 && maillog_client_connect() < 0)
	    return (-1);
	if (port_send(maillog_client_sock, line, len, 0) >= 0) {
	    maillog_client_stuck = 0;
	    return (0);
	}
	if (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOBUFS) {
	    if (maillog_client_stuck == 0
		&& write_wait(maillog_client_sock, MAILLOG_CLIENT_WAIT) == 0
		&& port_send(maillog_client_sock, line, len, 0) >= 0)
		return (0);
	    maillog_client_stuck = 1;
	    return (0);
	}
	/* The service went away, or was re-created by a reload. */
	maillog_client_disconnect();
    }
    return (-1);
}

/* maillog_client_fallback - write maillog_file directly, or die */

static void maillog_client_fallback(const char *line, size_t len)
{
    char    whybuf[256];
    VSTRING why;

    if (maillog_client_fallback_failed || var_maillog_file == 0
	|| *var_maillog_file == 0)
	return;
    vstring_init_mem(&why, whybuf, sizeof(whybuf));
    if (maillog_file_once(var_maillog_file, line, len, &why) < 0) {
	maillog_client_fallback_failed = 1;
	maillog_client_busy = 0;
	msg_fatal("logfile '%s' write error: %s", var_maillog_file, whybuf);
    }
}

/* maillog_client_print - the msg(3) output channel */

static void maillog_client_print(int level, const char *text)
{
    static const int prio[] = {LOG_INFO, LOG_WARNING, LOG_ERR, LOG_CRIT, LOG_CRIT};
    static const char *const severity[] = {
	"", "warning: ", "error: ", "fatal: ", "panic: ",
    };
    size_t  len;

    if (maillog_client_busy || level < MSG_INFO || level > MSG_PANIC)
	return;
    maillog_client_busy = 1;
    if (maillog_client_mode_now == MAILLOG_CLIENT_MODE_SYSLOG) {
	syslog(prio[level], "%s%.*s", severity[level],
	       MAILLOG_LINE_TEXT_MAX, text);
    } else {
	len = maillog_line_format(maillog_client_line,
				  sizeof(maillog_client_line), time((time_t *) 0),
				  maillog_client_host, maillog_client_tag,
				  (long) getpid(), level, text);
	if (maillog_client_mode_now == MAILLOG_CLIENT_MODE_FILE)
	    maillog_client_write_fn(maillog_client_line, len);
	else if (maillog_client_send(maillog_client_line, len) < 0
		 && (maillog_client_flags & MAILLOG_CLIENT_FLAG_LOGWRITER_FALLBACK))
	    maillog_client_fallback(maillog_client_line, len);
    }
    maillog_client_busy = 0;
}

/* maillog_client_set_tag - "$syslog_name/progname", or progname */

static void maillog_client_set_tag(const char *progname, int flags)
{
    const char *name;
    const char *slash;

    if (flags & MAILLOG_CLIENT_FLAG_TAG) {
	maillog_client_copy(maillog_client_tag, sizeof(maillog_client_tag),
			    progname);
	return;
    }
    if ((slash = strrchr(progname, '/')) != 0 && slash[1])
	progname = slash + 1;
    if (var_syslog_name && *var_syslog_name)
	name = var_syslog_name;
    else if ((name = maillog_client_getenv("MAIL_LOGTAG")) == 0)
	name = MAILLOG_CLIENT_DEFAULT_NAME;
    maillog_client_copy(maillog_client_tag, sizeof(maillog_client_tag), name);
    if (strlen(maillog_client_tag) + 1 + strlen(progname) < sizeof(maillog_client_tag)) {
	strcat(maillog_client_tag, "/");
	strcat(maillog_client_tag, progname);
    }
}

/* maillog_client_postlog - set up the postlog mode */

static void maillog_client_postlog(const char *env_path, const char *env_host)
{
    const char *host;

    if (var_maillog_file && *var_maillog_file
	&& !maillog_file_allowed(var_maillog_file,
			   var_maillog_file_prefixes ? var_maillog_file_prefixes :
				 DEF_MAILLOG_FILE_PREFIXES))
	msg_fatal("%s value '%s' does not match any prefix in %s",
		  VAR_MAILLOG_FILE, var_maillog_file, VAR_MAILLOG_FILE_PREFIXES);
    if (var_myhostname && *var_myhostname)
	host = var_myhostname;
    else if ((host = env_host) == 0)
	host = MAILLOG_CLIENT_DEFAULT_HOST;
    maillog_client_copy(maillog_client_host, sizeof(maillog_client_host), host);
    maillog_client_host[strcspn(maillog_client_host, ".")] = 0;
    if (var_queue_directory && var_postlog_service_name) {
	if (strlen(var_queue_directory) + strlen(MAIL_CLASS_PUBLIC)
	    + strlen(var_postlog_service_name) + 3 > sizeof(maillog_client_path))
	    msg_fatal("%s/%s/%s: socket path too long", var_queue_directory,
		      MAIL_CLASS_PUBLIC, var_postlog_service_name);
	strcpy(maillog_client_path, var_queue_directory);
	strcat(maillog_client_path, "/" MAIL_CLASS_PUBLIC "/");
	strcat(maillog_client_path, var_postlog_service_name);
    } else {
	maillog_client_copy(maillog_client_path, sizeof(maillog_client_path),
			    env_path);
    }
    if ((env_path == 0 || strcmp(env_path, maillog_client_path) != 0)
	&& setenv(MAILLOG_ENV_SERVICE, maillog_client_path, 1) < 0)
	msg_fatal("setenv: %m");
    if ((env_host == 0 || strcmp(env_host, host) != 0)
	&& setenv(MAILLOG_ENV_HOSTNAME, host, 1) < 0)
	msg_fatal("setenv: %m");
}

/* maillog_client_syslog - set up the syslog mode */

static void maillog_client_syslog(void)
{
    int     facility = LOG_MAIL;

    if (var_syslog_facility && *var_syslog_facility
	&& (facility = msg_syslog_facility(var_syslog_facility)) < 0)
	msg_fatal("unknown %s value: %s", VAR_SYSLOG_FACILITY,
		  var_syslog_facility);
    (void) unsetenv(MAILLOG_ENV_SERVICE);
    (void) unsetenv(MAILLOG_ENV_HOSTNAME);
    maillog_client_facility = facility;
    openlog(maillog_client_tag, LOG_PID | LOG_NDELAY, facility);
}

/* maillog_client_init - choose and set up the logging mechanism */

void    maillog_client_init(const char *progname, int flags)
{
    const char *env_path = maillog_client_getenv(MAILLOG_ENV_SERVICE);
    const char *env_host = maillog_client_getenv(MAILLOG_ENV_HOSTNAME);
    int     postlog;

    msg_set_progname(progname);
    maillog_client_flags = flags;
    maillog_client_set_tag(progname, flags);
    maillog_client_disconnect();
    maillog_client_fallback_failed = 0;
    if (var_maillog_file)
	postlog = (*var_maillog_file != 0);
    else
	postlog = (env_path != 0);

    if (postlog) {
	maillog_client_postlog(env_path, env_host);
	if (maillog_client_mode_now != MAILLOG_CLIENT_MODE_FILE)
	    maillog_client_mode_now = MAILLOG_CLIENT_MODE_POSTLOG;
    } else {
	maillog_client_syslog();
	maillog_client_mode_now = MAILLOG_CLIENT_MODE_SYSLOG;
    }
    msg_output(maillog_client_print);
    if ((flags & MAILLOG_CLIENT_FLAG_STDERR)
	|| ((flags & MAILLOG_CLIENT_FLAG_STDERR_TTY) && isatty(STDERR_FILENO)))
	msg_stderr_init(progname);
}

/* maillog_client_writer - postlogd: format lines, write them itself */

void    maillog_client_writer(MAILLOG_CLIENT_WRITE_FN fn)
{
    maillog_client_write_fn = fn;
    if (fn != 0)
	maillog_client_mode_now = MAILLOG_CLIENT_MODE_FILE;
    else if (maillog_client_mode_now == MAILLOG_CLIENT_MODE_FILE)
	maillog_client_mode_now = MAILLOG_CLIENT_MODE_POSTLOG;
    maillog_client_disconnect();
}

/* maillog_client_syslog_as - postlogd: pass a client's line to syslog */

void    maillog_client_syslog_as(const char *ident, const char *text)
{
    openlog(ident, LOG_NDELAY, maillog_client_facility);
    syslog(LOG_INFO, "%.*s", MAILLOG_LINE_TEXT_MAX, text);
    openlog(maillog_client_tag, LOG_PID | LOG_NDELAY, maillog_client_facility);
}

/* maillog_client_mode - the mechanism in effect */

int     maillog_client_mode(void)
{
    return (maillog_client_mode_now);
}

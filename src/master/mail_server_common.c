/*++
/* NAME
/*	mail_server_common 3
/* SUMMARY
/*	what the server skeletons share
/* SYNOPSIS
/*	#include "mail_server_private.h"
/*
/*	MAIL_SERVER mail_server;
/*
/*	void	mail_server_init(argc, argv, skeleton, ap)
/*	int	argc;
/*	char	**argv;
/*	const char *skeleton;
/*	va_list	ap;
/*
/*	void	mail_server_start(skeleton_fds, skeleton_timers)
/*	int	skeleton_fds;
/*	int	skeleton_timers;
/*
/*	void	mail_server_status(avail)
/*	int	avail;
/*
/*	void	mail_server_idle(on)
/*	int	on;
/*
/*	int	mail_server_used_up()
/*
/*	int	mail_server_accept(listen_fd)
/*	int	listen_fd;
/*
/*	void	mail_server_stdio(stream, buf, buflen)
/*
/*	ssize_t	mail_server_stdin_read(buf, buflen)
/*	VSTREAM	*stream;
/*	char	*buf;
/*	size_t	buflen;
/*
/*	NORETURN mail_server_run()
/*
/*	NORETURN mail_server_exit()
/* DESCRIPTION
/*	mail_server_init() parses the command line that master(8) gives
/*	(master_proto(3h)) and the options of the daemon's main():
/*	-n service, -t type, -s listen_count, -o name=value (repeatable,
/*	applied after main.cf), -u (keep privileges), -c (chroot), -l
/*	(process limit 1), -v (more verbose; also $MAIL_VERBOSE), -S
/*	(stand-alone), -d and -D (accepted, no effect). The first
/*	argument that is not an option, or the one after "--", starts
/*	the service arguments. It then ignores SIGPIPE, installs the
/*	SIGTERM handler, reads main.cf from $MAIL_CONFIG (or the
/*	default directory), applies -o, sets service_name, fills in
/*	params_common and the daemon's table, and routes logging through
/*	maillog_client(3) (also to standard error with -S).
/*
/*	mail_server_start() sizes the event loop for skeleton_fds
/*	descriptors and skeleton_timers timers of the skeleton's own
/*	beyond the listening descriptors,
/*	plus the daemon's FD_LIMIT and TIMER_LIMIT, changes to the
/*	queue directory, runs the pre-init routine, enters the chroot
/*	jail (-c, only as root) and gives up privileges to mail_owner
/*	(only as root, not with -u or PRIVILEGED; a non-root start keeps
/*	the invoking user), runs the post-init routine, and watches
/*	MASTER_STATUS_FD: when master closes its end, master_gone is set
/*	and the skeleton's gone_fn decides (the default exits at once).
/*
/*	mail_server_status() tells master whether this process can take
/*	a new client (MASTER_STAT_AVAIL) or not (MASTER_STAT_TAKEN). A
/*	failure to write means master is gone: master_gone is set.
/*
/*	mail_server_idle() starts (on) or stops the max_idle timer; it
/*	exits the process when it expires. Not with UNLIMITED or -S.
/*
/*	mail_server_used_up() counts one request served and tells
/*	whether max_use requests have been served (never with
/*	UNLIMITED).
/*
/*	mail_server_accept() accepts one connection on a listening
/*	socket, in non-blocking close-on-exec mode. It returns -1 when
/*	another process took the connection first, or after logging a
/*	warning for another error.
/*
/*	mail_server_stdio() places a stream for -S mode: it reads
/*	standard input and writes standard output, with $ipc_timeout.
/*
/*	mail_server_stdin_read() reads standard input into buf until
/*	end of input, a full buffer or $ipc_timeout; it returns the
/*	byte count (the -S request of trigger and datagram servers).
/*
/*	mail_server_run() is the loop: before each round it asks the
/*	skeleton's done_fn whether to exit and the daemon's loop routine
/*	how long to wait at most, then runs one event_loop() round.
/*
/*	mail_server_exit() runs the daemon's exit routine and exits with
/*	status 0.
/*
/*	SIGTERM: a process that is waiting for work runs its exit
/*	routine and exits; one that is inside its service routine exits
/*	at once (_exit(0)), as if killed: the durability rules of the
/*	queue make that safe.
/* DIAGNOSTICS
/*	Fatal: a bad command line ("invalid option", "-o requires
/*	name=value"), bad configuration, an inaccessible queue
/*	directory, a privilege change that fails. A SOLITARY service
/*	without -l is warned about.
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <mymalloc.h>
#include <stringops.h>
#include <argv.h>
#include <events.h>
#include <iostuff.h>
#include <port_net.h>
#include <set_ugid.h>
#include <vstream.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <mail_user.h>
#include <maillog_client.h>
#include <master_proto.h>
#include "mail_server_private.h"

#define MAIL_SERVER_CLIENT_LIMIT	64
#define MAIL_SERVER_FD_LIMIT		32
#define MAIL_SERVER_TIMER_LIMIT		16
#define MAIL_SERVER_OWN_TIMERS		2	/* idle, spare */
#define MAIL_SERVER_OWN_FDS		2	/* SIGTERM pipe */

MAIL_SERVER mail_server;

static int mail_server_term_pipe[2] = {-1, -1};

/* mail_server_term - SIGTERM handler */

static void mail_server_term(int sig)
{
    int     saved = errno;

    (void) sig;
    if (mail_server.busy || mail_server_term_pipe[1] < 0)
	_exit(0);
    if (write(mail_server_term_pipe[1], "", 1) < 0)
	_exit(0);
    errno = saved;
}

/* mail_server_term_event - SIGTERM while waiting: leave cleanly */

static void mail_server_term_event(int event, void *context)
{
    (void) event;
    (void) context;
    if (msg_verbose)
	msg_info("%s: terminated", mail_server.skeleton);
    if (mail_server.term_fn)
	mail_server.term_fn();
    mail_server_exit();
}

/* mail_server_options - the daemon's option list */

static void mail_server_options(va_list ap)
{
    int     key;

    mail_server.client_limit = MAIL_SERVER_CLIENT_LIMIT;
    mail_server.fd_limit = MAIL_SERVER_FD_LIMIT;
    mail_server.timer_limit = MAIL_SERVER_TIMER_LIMIT;
    while ((key = va_arg(ap, int)) != CA_MAIL_SERVER_END) {
	switch (key) {
	case CA_MAIL_SERVER_PARAMS:
	    mail_server.params = va_arg(ap, const MAIL_PARAM *);
	    break;
	case CA_MAIL_SERVER_PRE_INIT:
	    mail_server.pre_init = va_arg(ap, MAIL_SERVER_INIT_FN);
	    break;
	case CA_MAIL_SERVER_POST_INIT:
	    mail_server.post_init = va_arg(ap, MAIL_SERVER_INIT_FN);
	    break;
	case CA_MAIL_SERVER_LOOP:
	    mail_server.loop = va_arg(ap, MAIL_SERVER_LOOP_FN);
	    break;
	case CA_MAIL_SERVER_EXIT:
	    mail_server.exit_fn = va_arg(ap, MAIL_SERVER_EXIT_FN);
	    break;
	case CA_MAIL_SERVER_SOLITARY:
	    mail_server.solitary = 1;
	    break;
	case CA_MAIL_SERVER_PRIVILEGED:
	    mail_server.privileged = 1;
	    break;
	case CA_MAIL_SERVER_UNLIMITED:
	    mail_server.unlimited = 1;
	    break;
	case CA_MAIL_SERVER_CLIENT_LIMIT:
	    mail_server.client_limit = va_arg(ap, int);
	    break;
	case CA_MAIL_SERVER_FD_LIMIT:
	    mail_server.fd_limit = va_arg(ap, int);
	    break;
	case CA_MAIL_SERVER_TIMER_LIMIT:
	    mail_server.timer_limit = va_arg(ap, int);
	    break;
	case CA_MAIL_SERVER_SPEAKS_FIRST:
	    mail_server.speaks_first = 1;
	    break;
	default:
	    msg_panic("%s: unknown option %d", mail_server.skeleton, key);
	}
    }
    if (mail_server.client_limit < 1 || mail_server.fd_limit < 0
	|| mail_server.timer_limit < 0)
	msg_panic("%s: bad limits", mail_server.skeleton);
}

/* mail_server_number - a non-negative decimal option value */

static int mail_server_number(int opt, const char *value)
{
    const char *cp;

    if (*value == 0 || strlen(value) > 6)
	msg_fatal("-%c: bad number: %s", opt, value);
    for (cp = value; *cp; cp++)
	if (*cp < '0' || *cp > '9')
	    msg_fatal("-%c: bad number: %s", opt, value);
    return (atoi(value));
}

/* mail_server_args - the master(8) command line */

static ARGV *mail_server_args(int argc, char **argv)
{
    ARGV   *overrides = argv_alloc(4);
    const char *arg;
    const char *value = 0;
    int     i;
    int     opt;

    mail_server.service_name = (char *) mail_server.skeleton;
    mail_server.service_type = "unix";
    for (i = 1; i < argc; i++) {
	arg = argv[i];
	if (strcmp(arg, "--") == 0) {
	    i++;
	    break;
	}
	if (arg[0] != '-' || arg[1] == 0)
	    break;
	opt = arg[1];
	if (arg[2] != 0)
	    msg_fatal("invalid option: %s", arg);
	if (strchr("ntso", opt) != 0) {
	    if (i + 1 >= argc)
		msg_fatal("option -%c requires a value", opt);
	    value = argv[++i];
	}
	switch (opt) {
	case 'n':
	    mail_server.service_name = (char *) value;
	    break;
	case 't':
	    mail_server.service_type = (char *) value;
	    break;
	case 's':
	    mail_server.listen_count = mail_server_number(opt, value);
	    break;
	case 'o':
	    if (strchr(value, '=') == 0 || *value == '=')
		msg_fatal("-o option requires name=value: %s", value);
	    argv_add(overrides, value, (char *) 0);
	    break;
	case 'u':
	    mail_server.keep_privileges = 1;
	    break;
	case 'c':
	    mail_server.chroot = 1;
	    break;
	case 'l':
	    mail_server.alone = 1;
	    break;
	case 'v':
	    msg_verbose++;
	    break;
	case 'S':
	    mail_server.standalone = 1;
	    break;
	case 'd':
	case 'D':
	    break;
	default:
	    msg_fatal("invalid option: %s", arg);
	}
    }
    mail_server.service_argv = argv + i;
    return (overrides);
}

/* mail_server_init - command line, configuration, logging */

void    mail_server_init(int argc, char **argv, const char *skeleton,
			         va_list ap)
{
    const char *progname = sane_basename(argc > 0 ? argv[0] : skeleton);
    ARGV   *overrides;
    char   *cp;
    int     i;
    int     log_flags;

    mail_server.skeleton = skeleton;
    signal(SIGPIPE, SIG_IGN);
    maillog_client_init(progname, MAILLOG_CLIENT_FLAG_STDERR_TTY);
    if (getenv("MAIL_VERBOSE") != 0)
	msg_verbose = 1;
    mail_server_options(ap);
    overrides = mail_server_args(argc, argv);
    if ((cp = getenv(MASTER_GEN_NAME)) != 0)
	mail_server.generation = (unsigned) strtoul(cp, (char **) 0, 8);

    mail_conf_read();
    for (i = 0; i < overrides->argc; i++) {
	cp = overrides->argv[i];
	*strchr(cp, '=') = 0;
	mail_conf_update(cp, cp + strlen(cp) + 1);
	cp[strlen(cp)] = '=';
    }
    argv_free(overrides);
    mail_conf_update(VAR_SERVICE_NAME, mail_server.service_name);
    mail_params_init(params_common);
    if (mail_server.params != 0 && mail_server.params != params_common)
	mail_params_init(mail_server.params);
    log_flags = (mail_server.standalone ? MAILLOG_CLIENT_FLAG_STDERR
		 : MAILLOG_CLIENT_FLAG_NONE);
    maillog_client_init(progname, log_flags);
    if (mail_server.solitary && !mail_server.alone && !mail_server.standalone)
	msg_warn("service %s requires a process limit of 1",
		 mail_server.service_name);
    if (msg_verbose)
	msg_info("%s: service %s type %s listen_count %d", skeleton,
		 mail_server.service_name, mail_server.service_type,
		 mail_server.listen_count);
}

/* mail_server_master_event - the status channel is readable: master left */

static void mail_server_master_event(int event, void *context)
{
    char    ch;

    (void) event;
    (void) context;
    if (read(MASTER_STATUS_FD, &ch, 1) < 0 && errno == EAGAIN)
	return;
    event_disable_readwrite(MASTER_STATUS_FD);
    mail_server.master_gone = 1;
    if (msg_verbose)
	msg_info("master disconnect -- exiting when idle");
    if (mail_server.gone_fn != 0)
	mail_server.gone_fn();
    else
	mail_server_exit();
}

/* mail_server_privileges - chroot and user change after pre-init */

static void mail_server_privileges(void)
{
    const char *jail = 0;

    if (geteuid() != 0) {
	if (mail_server.chroot && msg_verbose)
	    msg_info("chroot is not possible when not running as root");
	return;
    }
    if (mail_server.chroot)
	jail = var_queue_directory;
    if (mail_server.keep_privileges || mail_server.privileged)
	chroot_uid(jail, 0, 0);
    else
	chroot_uid(jail, mail_user_uid, mail_user_gid);
}

/* mail_server_start - event loop, pre-init, privileges, post-init */

void    mail_server_start(int skeleton_fds, int skeleton_timers)
{
    int     max_fds;

    max_fds = MASTER_LISTEN_FD + mail_server.listen_count + skeleton_fds
	+ MAIL_SERVER_OWN_FDS + mail_server.fd_limit;
    event_init(max_fds, mail_server.timer_limit + skeleton_timers
	       + MAIL_SERVER_OWN_TIMERS);
    if (pipe(mail_server_term_pipe) < 0)
	msg_fatal("pipe: %m");
    non_blocking(mail_server_term_pipe[0], NON_BLOCKING);
    non_blocking(mail_server_term_pipe[1], NON_BLOCKING);
    close_on_exec(mail_server_term_pipe[0], CLOSE_ON_EXEC);
    close_on_exec(mail_server_term_pipe[1], CLOSE_ON_EXEC);
    event_enable_read(mail_server_term_pipe[0], mail_server_term_event, 0);
    signal(SIGTERM, mail_server_term);

    if (chdir(var_queue_directory) < 0)
	msg_fatal("chdir(\"%s\"): %m", var_queue_directory);
    mail_user_init(0);
    if (mail_server.pre_init)
	mail_server.pre_init(mail_server.service_name,
			     mail_server.service_argv);
    mail_server_privileges();
    if (mail_server.post_init)
	mail_server.post_init(mail_server.service_name,
			      mail_server.service_argv);
    if (!mail_server.standalone) {
	close_on_exec(MASTER_STATUS_FD, CLOSE_ON_EXEC);
	non_blocking(MASTER_STATUS_FD, NON_BLOCKING);
	event_enable_read(MASTER_STATUS_FD, mail_server_master_event, 0);
    }
}

/* mail_server_status - tell master whether we can take a client */

void    mail_server_status(int avail)
{
    MASTER_STATUS stat;

    if (mail_server.standalone || mail_server.master_gone)
	return;
    memset(&stat, 0, sizeof(stat));
    stat.pid = getpid();
    stat.gen = mail_server.generation;
    stat.avail = avail;
    if (write(MASTER_STATUS_FD, &stat, sizeof(stat)) != sizeof(stat)) {
	if (msg_verbose)
	    msg_info("%s: status update: %m", mail_server.skeleton);
	mail_server.master_gone = 1;
    }
}

/* mail_server_idle_event - nothing to do for max_idle seconds */

static void mail_server_idle_event(int event, void *context)
{
    (void) event;
    (void) context;
    if (msg_verbose)
	msg_info("idle timeout -- exiting");
    mail_server_exit();
}

/* mail_server_idle - start or stop the max_idle timer */

void    mail_server_idle(int on)
{
    if (mail_server.unlimited || mail_server.standalone || var_max_idle <= 0)
	return;
    if (on)
	event_request_timer(mail_server_idle_event, 0, var_max_idle);
    else
	event_cancel_timer(mail_server_idle_event, 0);
}

/* mail_server_used_up - count a request; max_use reached? */

int     mail_server_used_up(void)
{
    mail_server.use_count++;
    return (!mail_server.unlimited && var_max_use > 0
	    && mail_server.use_count >= var_max_use);
}

/* mail_server_accept - accept one connection */

int     mail_server_accept(int listen_fd)
{
    int     fd;

    if (strcmp(mail_server.service_type, "inet") == 0)
	fd = port_accept(listen_fd, (struct sockaddr *) 0, (socklen_t *) 0);
    else
	fd = accept(listen_fd, (struct sockaddr *) 0, (socklen_t *) 0);
    if (fd < 0) {
	if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR
	    && errno != ECONNABORTED)
	    msg_warn("%s: accept connection: %m", mail_server.skeleton);
	return (-1);
    }
    non_blocking(fd, NON_BLOCKING);
    close_on_exec(fd, CLOSE_ON_EXEC);
    return (fd);
}

/* mail_server_stdout - raw write for -S streams: standard output */

static ssize_t mail_server_stdout(VSTREAM *stream, const void *buf,
				          size_t len, long long deadline,
				          void *context)
{
    (void) stream;
    (void) context;
    return (deadline_write(1, buf, len, deadline));
}

/* mail_server_stdio - the -S connection */

void    mail_server_stdio(VSTREAM *stream, char *buf, size_t buflen)
{
    vstream_init(stream, 0, O_RDWR, buf, buflen);
    vstream_set_io(stream, (VSTREAM_READ_FN) 0, mail_server_stdout, 0);
    vstream_set_timeout(stream, var_ipc_timeout);
}

/* mail_server_stdin_read - the -S request of a trigger or dgram server */

ssize_t mail_server_stdin_read(char *buf, ssize_t buflen)
{
    ssize_t len = 0;
    ssize_t n;

    while (len < buflen
	   && (n = timed_read(0, buf + len, buflen - len, var_ipc_timeout)) > 0)
	len += n;
    return (len);
}

/* mail_server_run - the event loop */

NORETURN mail_server_run(void)
{
    int     delay;

    for (;;) {
	if (mail_server.done_fn != 0 && mail_server.done_fn())
	    mail_server_exit();
	delay = (mail_server.loop ?
		 mail_server.loop(mail_server.service_name,
				  mail_server.service_argv) : -1);
	event_loop(delay);
    }
}

/* mail_server_exit - run the exit routine and leave */

NORETURN mail_server_exit(void)
{
    if (mail_server.exit_fn)
	mail_server.exit_fn(mail_server.service_name,
			    mail_server.service_argv);
    exit(0);
}

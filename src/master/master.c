/*++
/* NAME
/*	master 8
/* SUMMARY
/*	Postlet process manager
/* SYNOPSIS
/*	master [-Ddistvw] [-c config_dir] [-e exit_time]
/* DESCRIPTION
/*	master reads master.cf, opens the listening endpoint of every
/*	service, and starts the service's programs on demand, up to
/*	their process limits, with the descriptors and arguments of
/*	master_proto(3h). It restarts a program that ends, throttles a
/*	service whose program cannot start, sends wakeup triggers, and
/*	re-reads main.cf and master.cf on SIGHUP. It is normally started
/*	by postfix(1).
/*
/*	Options:
/* .IP "-c config_dir"
/*	main.cf and master.cf are in config_dir (exported as MAIL_CONFIG).
/* .IP -D
/*	Run $debugger_command once master is set up.
/* .IP -d
/*	Do not detach: stay in the foreground, keep the terminal, log
/*	to standard error too.
/* .IP "-e exit_time"
/*	Terminate after exit_time seconds (tests).
/* .IP -i
/*	Init mode, only for process ID 1 (a container's first process):
/*	stay in the foreground, keep standard output, reap every orphan
/*	the kernel hands over; SIGTERM and SIGINT stop the mail system.
/* .IP -s
/*	Keep standard output (maillog_file = /dev/stdout) and standard
/*	error open, and log to standard error too (postfix start-fg, so
/*	that a supervisor that collects a service's output gets
/*	master's messages even without postlogd). With maillog_file
/*	set, postlogd writes master's lines like every other program's,
/*	and the echo on standard error stops once main.cf is read: with
/*	maillog_file = /dev/stdout each line shows once.
/* .IP -t
/*	Test: exit 0 when no master runs for this instance, 1 when one
/*	does. Nothing else happens.
/* .IP -v
/*	Verbose logging, also passed on to every child.
/* .IP -w
/*	Wait: the command returns, with status 0, only when the
/*	background master has finished starting (its endpoints are
/*	open); status 1 when it failed.
/* .PP
/*	Privileges (mail_user(3)): mail_owner must not have user ID 0 or
/*	group ID 0. Started as root, master checks that mail_owner and
/*	setgid_group exist and are not privileged; children drop to
/*	mail_owner themselves (mail_server(3h)). Started by another user,
/*	the instance runs in single-user mode: everything runs as that
/*	user, chroot is ignored (with a warning), and a mail_owner that
/*	names another user is ignored with a warning.
/*	Until the command line is processed, and in the foreground,
/*	messages also go to standard error.
/*
/*	One master per instance: master locks
/*	$queue_directory/pid/master.pid (which holds its process ID) and
/*	$data_directory/master.lock.
/*
/*	Signals: SIGHUP reloads (logged "reload -- version V,
/*	configuration DIR"); SIGTERM, SIGINT and SIGQUIT stop: master
/*	logs "terminating on signal N", closes every endpoint and status
/*	channel, sends SIGTERM to its children and exits.
/* ENVIRONMENT
/*	Children get only the variables named in $import_environment
/*	(plus MAIL_CONFIG and GENERATION). MAIL_VERBOSE turns on -v,
/*	MAIL_DEBUG turns on -D.
/* DIAGNOSTICS
/*	Logged as "$syslog_name/master". Problems with main.cf,
/*	master.cf, the lock files or an endpoint are fatal.
/* SEE ALSO
/*	postfix(1), master(5)
/*--*/

#include <sys_defs.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <mymalloc.h>
#include <argv.h>
#include <stringops.h>
#include <vstring.h>
#include <events.h>
#include <iostuff.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <maillog_client.h>
#include <mail_user.h>
#include "master.h"

int     master_init_mode;

static int master_log_flags;

#define MASTER_PID_FILE		"pid/master.pid"
#define MASTER_LOCK_FILE	"master.lock"
#define MASTER_INIT_TIMEOUT	100
#define MASTER_MAX_FDS		256	/* endpoints and status pairs */
#define MASTER_LEAK_FDS		1024	/* inherited descriptors closed */
#define MASTER_MAX_TIMERS	256

/* usage - complain and exit */

static NORETURN usage(const char *me)
{
    msg_fatal("usage: %s [-c config_dir] [-D (debug)] [-d (don't detach from"
	      " terminal)] [-e exit_time] [-t (test)] [-v] [-w (wait for"
	      " initialization)]", me);
}

/* master_log_init - logging, before and after main.cf */

static void master_log_init(void)
{
    int     flags = master_log_flags;

    /*
     * The echo on stderr (start-fg, -d) is for logging that does not reach
     * the terminal otherwise. With maillog_file, postlogd writes master's
     * lines like everyone else's, and with maillog_file = /dev/stdout they
     * would show twice.
     */
    if (var_maillog_file != 0 && *var_maillog_file != 0)
	flags &= ~MAILLOG_CLIENT_FLAG_STDERR;
    msg_output_reset();
    maillog_client_init("master", flags);
}

/* master_check_owner - mail_owner and setgid_group must be sane */

static void master_check_owner(void)
{
    mail_user_init(MAIL_USER_FLAG_WARN);
    if (!mail_user_single)
	(void) mail_user_setgid_group();
}

/* master_clean_env - keep only $import_environment */

static void master_clean_env(void)
{
    ARGV   *names = argv_split(var_import_environment, CHARS_COMMA_SP);
    ARGV   *keep = argv_alloc(names->argc * 2 + 2);
    char   *value;
    char   *eq;
    int     n;

    for (n = 0; n < names->argc; n++) {
	if ((eq = strchr(names->argv[n], '=')) != 0) {
	    argv_addn(keep, names->argv[n], eq - names->argv[n]);
	    argv_add(keep, eq + 1, (char *) 0);
	} else if ((value = getenv(names->argv[n])) != 0) {
	    argv_add(keep, names->argv[n], value, (char *) 0);
	}
    }
    if (clearenv() != 0)
	msg_fatal("clearenv: %m");
    for (n = 0; n + 1 < keep->argc; n += 2)
	if (setenv(keep->argv[n], keep->argv[n + 1], 1) < 0)
	    msg_fatal("setenv: %m");
    if (setenv("MAIL_CONFIG", mail_conf_dir(), 1) < 0)
	msg_fatal("setenv: %m");
    argv_free(keep);
    argv_free(names);
}

/* master_debug - run the debugger command on ourselves */

static void master_debug(void)
{
    char    pid[24];
    char   *cmd;
    int     status;

    if (*var_debugger_command == 0) {
	msg_warn("no %s is configured", VAR_DEBUGGER_COMMAND);
	return;
    }
    snprintf(pid, sizeof(pid), "%ld", (long) getpid());
    mail_conf_update(VAR_PROCESS_ID, pid);
    mail_conf_update(VAR_PROCESS_NAME, "master");
    cmd = mail_conf_eval(var_debugger_command);
    msg_info("running: %s", cmd);
    if ((status = system(cmd)) != 0)
	msg_warn("%s: status %d", cmd, status);
    myfree(cmd);
}

/* master_exit_event - the -e time has come */

static void master_exit_event(int event, void *context)
{
    (void) event;
    (void) context;
    msg_info("master exit time has arrived");
    exit(0);
}

/* master_wait - -w: a foreground process waits for start-up to finish */

static int master_wait(void)
{
    int     fds[2];
    char    ch;
    pid_t   pid;

    if (pipe(fds) < 0)
	msg_fatal("pipe: %m");
    switch (pid = fork()) {
    case -1:
	msg_fatal("fork: %m");
    case 0:
	(void) close(fds[0]);
	close_on_exec(fds[1], CLOSE_ON_EXEC);
	return (fds[1]);
    default:
	(void) close(fds[1]);
	if (timed_read(fds[0], &ch, 1, MASTER_INIT_TIMEOUT) == 1)
	    exit(0);
	exit(1);
    }
}

/* master_detach - no terminal, own session */

static void master_detach(int keep_stdout, int new_session)
{
    int     fd;

    for (fd = 0; fd < 3; fd++) {
	if (fd > 0 && keep_stdout)
	    continue;
	(void) close(fd);
	if (open("/dev/null", O_RDWR, 0) != fd)
	    msg_fatal("open /dev/null: %m");
    }
    if (new_session && setsid() < 0 && getsid(0) != getpid())
	msg_fatal("unable to set session and process group ID: %m");
}

/* master_terminate - orderly stop */

static NORETURN master_terminate(int sig)
{
    MASTER_SERV *serv;

    msg_info("terminating on signal %d", sig);
    for (serv = master_head; serv; serv = serv->next) {
	master_listen_cleanup(serv);
	master_status_cleanup(serv);
    }
    master_kill_children(SIGTERM);
    exit(0);
}

/* master_main - the master program */

int     master_main(int argc, char **argv)
{
    VSTRING *why;
    char   *path;
    int     debug_me = (getenv("MAIL_DEBUG") != 0);
    int     detach = 1;
    int     keep_stdout = 0;
    int     test_lock = 0;
    int     wait_flag = 0;
    int     exit_time = 0;
    int     monitor_fd = -1;
    int     ch;
    int     fd;

    if (getenv("MAIL_VERBOSE"))
	msg_verbose = 1;

    /*
     * Descriptors above stderr that a parent leaked must not reach the
     * children.
     */
    for (fd = 3; fd < MASTER_LEAK_FDS; fd++)
	(void) close(fd);
    master_log_flags = MAILLOG_CLIENT_FLAG_LOGWRITER_FALLBACK
	| MAILLOG_CLIENT_FLAG_STDERR;
    master_log_init();

    while ((ch = getopt(argc, argv, "c:Dde:istvw")) > 0) {
	switch (ch) {
	case 'c':
	    mail_conf_set_dir(optarg);
	    break;
	case 'D':
	    debug_me = 1;
	    break;
	case 'd':
	    detach = 0;
	    break;
	case 'e':
	    if (!alldig(optarg) || (exit_time = atoi(optarg)) <= 0)
		usage(argv[0]);
	    break;
	case 'i':
	    if (getpid() != 1)
		msg_fatal("-i is allowed only for PID 1 process");
	    master_init_mode = 1;
	    keep_stdout = 1;
	    break;
	case 's':
	    keep_stdout = 1;
	    break;
	case 't':
	    test_lock = 1;
	    break;
	case 'v':
	    msg_verbose++;
	    break;
	case 'w':
	    wait_flag = 1;
	    break;
	default:
	    usage(argv[0]);
	}
    }
    if (argc > optind)
	usage(argv[0]);
    if (test_lock && wait_flag)
	msg_fatal("the -t and -w options cannot be used together");
    if (master_init_mode && (debug_me || !detach || wait_flag))
	msg_fatal("the -i option cannot be used with -D, -d, or -w");

    master_vars_init();
    if (chdir(var_queue_directory) < 0)
	msg_fatal("chdir %s: %m", var_queue_directory);
    if (test_lock)
	exit(master_lock_test(MASTER_PID_FILE) ? 1 : 0);
    master_check_owner();

    if (wait_flag)
	monitor_fd = master_wait();
    if (detach && !keep_stdout)
	master_log_flags &= ~MAILLOG_CLIENT_FLAG_STDERR;
    if (detach)
	master_detach(keep_stdout, !master_init_mode && !debug_me);

    /*
     * One master per instance.
     */
    why = vstring_alloc(100);
    if (master_lock_pid_file(MASTER_PID_FILE, why) < 0)
	msg_fatal("%s", vstring_str(why));
    path = concatenate(var_data_directory, "/", MASTER_LOCK_FILE, (char *) 0);
    if (master_lock_data_file(path, mail_user_uid, mail_user_gid, why) < 0)
	msg_fatal("%s", vstring_str(why));
    myfree(path);
    vstring_free(why);

    master_clean_env();
    if (debug_me)
	master_debug();

    master_spawn_init();
    event_init(MASTER_MAX_FDS, MASTER_MAX_TIMERS);
    if (exit_time > 0)
	event_request_timer(master_exit_event, (void *) 0, exit_time);
    master_sig_init();
    master_log_init();
    master_config();
    msg_info("daemon started -- version %s, configuration %s",
	     var_mail_version, var_config_directory);
    if (monitor_fd >= 0) {
	if (write(monitor_fd, "", 1) != 1)
	    msg_warn("report start-up to the waiting process: %m");
	(void) close(monitor_fd);
    }

    for (;;) {
	event_loop(-1);
	if (master_gotsigterm)
	    master_terminate(master_gotsigterm);
	if (master_gotsighup) {
	    master_gotsighup = 0;
	    msg_info("reload -- version %s, configuration %s",
		     var_mail_version, var_config_directory);
	    master_vars_init();
	    master_log_init();
	    master_refresh();
	}
	if (master_gotsigchld) {
	    master_gotsigchld = 0;
	    master_reap_child();
	}
    }
}

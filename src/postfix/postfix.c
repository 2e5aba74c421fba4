/*++
/* NAME
/*	postfix 1
/* SUMMARY
/*	Postlet control program
/* SYNOPSIS
/*	postfix [-Dv] [-c config_dir] command [args...]
/* DESCRIPTION
/*	postfix starts, stops and inspects the mail system: master(8)
/*	and its processes. It is a C program, not a shell script, so
/*	it needs nothing from the system but the one Postlet binary.
/*	Messages go to standard error and to the log, tagged
/*	"$syslog_name/postfix-script" as Postfix's are; for start-fg
/*	with maillog_file = /dev/stdout or /dev/stderr, to the log
/*	only (it is the same terminal).
/*
/*	Commands:
/* .IP check
/*	Create missing queue directories (with Postfix's owners and
/*	modes) and warn about wrong ownership or permissions and about
/*	damaged messages in corrupt/.
/* .IP start
/*	Check, then start master(8) in the background; the command
/*	returns when master has opened its endpoints.
/* .IP start-fg
/*	The same in the foreground, for procd, runit, s6 or a
/*	container. As process ID 1 postfix becomes master in init mode
/*	(it reaps orphans); otherwise it waits for master and passes
/*	SIGTERM, SIGINT and SIGHUP on to it.
/* .IP stop
/*	Stop in an orderly way: master stops its processes and exits;
/*	after five seconds master and its process group are killed.
/* .IP abort
/*	Tell master to stop and do not wait.
/* .IP flush
/*	Ask for delivery of all deferred mail (postqueue -f).
/* .IP reload
/*	master re-reads main.cf and master.cf; processes finish what they
/*	are doing and are replaced.
/* .IP status
/*	Say whether the mail system runs (exit 0) or not (exit 1).
/* .IP "set-permissions [name=value...]"
/*	Set owner and mode of the queue directories, and make postdrop
/*	and postqueue set-gid setgid_group (as root). name=value pairs
/*	override main.cf settings for this run.
/* .IP logrotate
/*	Rename maillog_file with $maillog_file_rotate_suffix and
/*	compress it with $maillog_file_compressor.
/* .IP "upgrade-configuration [name=value...]"
/*	Add services that master.cf lacks (postlog).
/* .PP
/*	Options: -c config_dir (also exported as MAIL_CONFIG), -D (run
/*	master under $debugger_command, exported as MAIL_DEBUG), -v
/*	(verbose, repeatable; exported as MAIL_VERBOSE).
/*
/*	With multi_instance_directories set in the default instance,
/*	start, stop, abort, reload, flush, status, check and
/*	set-permissions also run for each listed instance.
/* ENVIRONMENT
/*	master gets MAIL_CONFIG, MAIL_VERBOSE, MAIL_DEBUG and
/*	command_directory, daemon_directory, data_directory,
/*	config_directory, queue_directory, mail_owner, setgid_group,
/*	sendmail_path, mailq_path, newaliases_path, html_directory,
/*	manpage_directory, readme_directory, meta_directory.
/* DIAGNOSTICS
/*	Exit status 0 on success, 1 on failure, as Postfix's.
/* SEE ALSO
/*	master(8), postfix(1) manual page
/*--*/

#include <sys_defs.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <msg.h>
#include <mymalloc.h>
#include <argv.h>
#include <stringops.h>
#include <vstring.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <maillog_client.h>
#include <maillog_rotate.h>
#include <mail_queue.h>
#include <mail_user.h>
#include <master.h>
#include "postfix.h"

gid_t   postfix_setgid_gid;

static char *postfix_pid_path;
static pid_t postfix_master_pid;

#define STR(x) vstring_str(x)

/* postfix_usage - complain */

static NORETURN postfix_usage(void)
{
    msg_fatal("usage: postfix [-c config_dir] [-Dv] command");
}

/* postfix_running - does a master hold the lock? */

static int postfix_running(void)
{
    return (master_lock_test(postfix_pid_path));
}

/* postfix_run - fork and exec, wait; the exit status or -1 */

static int postfix_run(char **args)
{
    int     status;
    pid_t   pid;

    switch (pid = fork()) {
    case -1:
	msg_warn("fork: %m");
	return (-1);
    case 0:
	execv(args[0], args);
	msg_fatal("exec %s: %m", args[0]);
    default:
	while (waitpid(pid, &status, 0) < 0)
	    if (errno != EINTR)
		return (-1);
	return (WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    }
}

/* postfix_master_args - daemon_directory/master and options */

static ARGV *postfix_master_args(const char *opt)
{
    ARGV   *args = argv_alloc(4);
    char   *path = concatenate(var_daemon_directory, "/master", (char *) 0);

    argv_add(args, path, (char *) 0);
    if (opt)
	argv_add(args, opt, (char *) 0);
    myfree(path);
    return (args);
}

/* postfix_forward - start-fg: pass a signal on to master */

static void postfix_forward(int sig)
{
    if (postfix_master_pid > 0)
	(void) kill(postfix_master_pid, sig);
}

/* postfix_start_fg - master in the foreground */

static int postfix_start_fg(void)
{
    struct sigaction action;
    ARGV   *args;
    int     status;

    if (*var_multi_instance_directories)
	msg_fatal("start-fg does not support multi_instance_directories");
    if (getpid() == 1) {
	args = postfix_master_args("-i");
	execv(args->argv[0], args->argv);
	msg_fatal("cannot start-fg the master daemon: exec %s: %m",
		  args->argv[0]);
    }
    args = postfix_master_args("-s");
    memset(&action, 0, sizeof(action));
    sigemptyset(&action.sa_mask);
    action.sa_handler = postfix_forward;
    sigaction(SIGTERM, &action, (struct sigaction *) 0);
    sigaction(SIGINT, &action, (struct sigaction *) 0);
    sigaction(SIGHUP, &action, (struct sigaction *) 0);
    switch (postfix_master_pid = fork()) {
    case -1:
	msg_fatal("fork: %m");
    case 0:
	signal(SIGTERM, SIG_DFL);
	signal(SIGINT, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
	execv(args->argv[0], args->argv);
	msg_fatal("exec %s: %m", args->argv[0]);
    default:
	while (waitpid(postfix_master_pid, &status, 0) < 0)
	    if (errno != EINTR)
		msg_fatal("waitpid: %m");
	argv_free(args);
	return (WIFEXITED(status) ? WEXITSTATUS(status) : 1);
    }
}

/* postfix_start - check, then start master */

static int postfix_start(int foreground)
{
    ARGV   *args;
    int     status;

    if (postfix_running())
	msg_fatal("the %s mail system is already running", var_mail_name);
    if (postfix_check_dirs(POSTFIX_CHECK_CREATE) < 0)
	msg_fatal("unable to create missing queue directories");
    if (postfix_check_fatal() < 0)
	msg_fatal("%s integrity check failed!", var_mail_name);
    (void) postfix_check_dirs(POSTFIX_CHECK_WARN);
    msg_info("starting the %s mail system", var_mail_name);
    if (foreground)
	return (postfix_start_fg());
    args = postfix_master_args("-w");
    status = postfix_run(args->argv);
    argv_free(args);
    if (status != 0)
	msg_fatal("mail system startup failed");
    return (0);
}

/* postfix_signal - send a signal to a running master */

static pid_t postfix_signal(const char *what, int sig)
{
    long    pid;

    if (!postfix_running())
	msg_fatal("the %s mail system is not running", var_mail_name);
    if ((pid = master_lock_read_pid(postfix_pid_path)) < 0)
	msg_fatal("cannot read %s", postfix_pid_path);
    msg_info("%s the %s mail system", what, var_mail_name);
    if (kill((pid_t) pid, sig) < 0)
	msg_fatal("kill %ld: %m", pid);
    return ((pid_t) pid);
}

/* postfix_stop - orderly stop, then force */

static int postfix_stop(void)
{
    struct timespec tick = {0, 50 * 1000 * 1000};
    pid_t   pid = postfix_signal("stopping", SIGTERM);
    int     second;
    int     n;

    for (second = 0; second < 5; second++) {
	for (n = 0; n < 20; n++) {
	    if (!postfix_running())
		return (0);
	    nanosleep(&tick, (struct timespec *) 0);
	}
	msg_info("waiting for the %s mail system to terminate", var_mail_name);
    }
    msg_warn("stopping the %s mail system with force", var_mail_name);
    (void) kill(-pid, SIGKILL);
    (void) kill(pid, SIGKILL);
    return (0);
}

/* postfix_status - running or not */

static int postfix_status(void)
{
    if (!postfix_running()) {
	msg_info("the %s mail system is not running", var_mail_name);
	return (1);
    }
    msg_info("the %s mail system is running: PID: %ld", var_mail_name,
	     master_lock_read_pid(postfix_pid_path));
    return (0);
}

/* postfix_flush - postqueue -f */

static int postfix_flush(void)
{
    char   *path = concatenate(var_command_directory, "/postqueue", (char *) 0);
    char   *args[3];
    int     status;

    args[0] = path;
    args[1] = "-f";
    args[2] = 0;
    status = postfix_run(args);
    myfree(path);
    return (status == 0 ? 0 : 1);
}

/* postfix_logrotate - rotate maillog_file */

static int postfix_logrotate(int argc)
{
    VSTRING *rotated = vstring_alloc(100);
    VSTRING *why = vstring_alloc(100);

    if (argc != 1)
	msg_fatal("usage postfix logrotate (no arguments)");
    if (maillog_rotate(time((time_t *) 0), rotated, why) < 0)
	msg_fatal("%s", STR(why));
    vstring_free(rotated);
    vstring_free(why);
    return (0);
}

/* postfix_set_permissions - owners and modes, set-gid commands */

static int postfix_set_permissions(void)
{
    static const char *const cmds[] = {"postdrop", "postqueue"};
    char   *path;
    size_t  n;
    int     ret = 0;

    if (postfix_check_dirs(POSTFIX_CHECK_CREATE | POSTFIX_CHECK_FIX) < 0)
	ret = 1;
    if (mail_user_single)
	return (ret);
    for (n = 0; n < ARRAY_LEN(cmds); n++) {
	path = concatenate(var_command_directory, "/", cmds[n], (char *) 0);
	if (access(path, F_OK) == 0
	    && (chown(path, (uid_t) -1, postfix_setgid_gid) < 0
		|| chmod(path, 02755) < 0)) {
	    msg_error("set-gid %s: %m", path);
	    ret = 1;
	}
	myfree(path);
    }
    return (ret);
}

/* postfix_identities - mail_owner, setgid_group, single-user mode */

static void postfix_identities(const char *cmd)
{
    int     flags = 0;

    /*
     * Say that mail_owner is ignored where owners are set; master says it
     * in the log when it starts.
     */
    if (strcmp(cmd, "check") == 0 || strcmp(cmd, "set-permissions") == 0)
	flags |= MAIL_USER_FLAG_WARN;
    mail_user_init(flags);
    postfix_setgid_gid = mail_user_setgid_group();
}

/* postfix_export - what master and the commands it runs may need */

static void postfix_export(void)
{
    static const char *const names[] = {
	VAR_COMMAND_DIRECTORY, VAR_DAEMON_DIRECTORY, VAR_DATA_DIRECTORY,
	VAR_CONFIG_DIRECTORY, VAR_QUEUE_DIRECTORY, VAR_MAIL_OWNER,
	VAR_SETGID_GROUP, VAR_SENDMAIL_PATH, VAR_MAILQ_PATH,
	VAR_NEWALIASES_PATH, VAR_HTML_DIRECTORY, VAR_MANPAGE_DIRECTORY,
	VAR_README_DIRECTORY, VAR_META_DIRECTORY,
    };
    char   *value;
    size_t  n;

    for (n = 0; n < ARRAY_LEN(names); n++) {
	value = mail_conf_eval(mail_conf_lookup(names[n]) ?
			       mail_conf_lookup(names[n]) :
			       mail_conf_default(names[n]));
	if (setenv(names[n], value, 1) < 0)
	    msg_fatal("setenv: %m");
	myfree(value);
    }
    if (setenv("MAIL_CONFIG", mail_conf_dir(), 1) < 0)
	msg_fatal("setenv: %m");
}

/* postfix_instances - run the command for each secondary instance */

static int postfix_instances(int argc, char **argv, const char *cmd)
{
    static const char *const fanout[] = {"start", "stop", "abort", "reload",
    "flush", "status", "check", "set-permissions"};
    ARGV   *dirs;
    ARGV   *args;
    char   *self;
    size_t  n;
    int     i;
    int     ret = 0;

    if (*var_multi_instance_directories == 0
	|| strcmp(mail_conf_dir(), DEF_CONFIG_DIR) != 0)
	return (0);
    for (n = 0; n < ARRAY_LEN(fanout); n++)
	if (strcmp(cmd, fanout[n]) == 0)
	    break;
    if (n == ARRAY_LEN(fanout))
	return (0);
    self = concatenate(var_command_directory, "/postfix", (char *) 0);
    dirs = argv_split(var_multi_instance_directories, CHARS_COMMA_SP);
    for (i = 0; i < dirs->argc; i++) {
	if (strcmp(dirs->argv[i], DEF_CONFIG_DIR) == 0)
	    continue;
	args = argv_alloc(argc + 4);
	argv_add(args, self, "-c", dirs->argv[i], (char *) 0);
	for (n = 0; n < (size_t) argc; n++)
	    argv_add(args, argv[n], (char *) 0);
	if (postfix_run(args->argv) != 0)
	    ret = 1;
	argv_free(args);
    }
    argv_free(dirs);
    myfree(self);
    return (ret);
}

/* postfix_main - the postfix command */

int     postfix_main(int argc, char **argv)
{
    char   *tag;
    char   *name;
    char   *value;
    const char *err;
    const char *cmd;
    int     status;
    int     log_flags;
    int     ch;
    int     n;

    maillog_client_init("postfix/postfix-script",
			MAILLOG_CLIENT_FLAG_TAG | MAILLOG_CLIENT_FLAG_STDERR);
    while ((ch = getopt(argc, argv, "+c:Dv")) > 0) {
	switch (ch) {
	case 'c':
	    if (*optarg != '/')
		msg_fatal("-c requires absolute pathname");
	    mail_conf_set_dir(optarg);
	    break;
	case 'D':
	    if (setenv("MAIL_DEBUG", "", 1) < 0)
		msg_fatal("setenv: %m");
	    break;
	case 'v':
	    msg_verbose++;
	    if (setenv("MAIL_VERBOSE", "", 1) < 0)
		msg_fatal("setenv: %m");
	    break;
	default:
	    postfix_usage();
	}
    }
    argc -= optind;
    argv += optind;
    if (argc < 1)
	postfix_usage();
    cmd = argv[0];

    mail_conf_read();
    if (strcmp(cmd, "set-permissions") == 0
	|| strcmp(cmd, "upgrade-configuration") == 0) {
	for (n = 1; n < argc; n++) {
	    if ((err = split_nameval(argv[n], &name, &value)) != 0)
		msg_fatal("%s: \"%s\"", err, argv[n]);
	    mail_conf_update(name, value);
	}
    } else if (argc > 1 && strcmp(cmd, "logrotate") != 0) {
	msg_fatal("usage: postfix %s (no arguments)", cmd);
    }
    mail_params_init(params_common);
    tag = concatenate(var_syslog_name, "/postfix-script", (char *) 0);
    log_flags = MAILLOG_CLIENT_FLAG_TAG | MAILLOG_CLIENT_FLAG_STDERR
	| MAILLOG_CLIENT_FLAG_LOGWRITER_FALLBACK;

    /*
     * start-fg with maillog_file = /dev/stdout (or /dev/stderr): the log
     * lines reach this terminal already, so no echo on stderr.
     */
    if (strcmp(cmd, "start-fg") == 0
	&& (strcmp(var_maillog_file, "/dev/stdout") == 0
	    || strcmp(var_maillog_file, "/dev/stderr") == 0))
	log_flags &= ~MAILLOG_CLIENT_FLAG_STDERR;
    msg_output_reset();
    maillog_client_init(tag, log_flags);
    postfix_identities(cmd);
    postfix_export();
    postfix_pid_path = concatenate(var_queue_directory, "/", MAIL_QUEUE_PID,
				   "/master.pid", (char *) 0);

    if (strcmp(cmd, "check") == 0) {
	if (postfix_check_dirs(POSTFIX_CHECK_CREATE) < 0)
	    msg_fatal("unable to create missing queue directories");
	if (postfix_check_fatal() < 0)
	    exit(1);
	(void) postfix_check_dirs(POSTFIX_CHECK_WARN);
	status = 0;
    } else if (strcmp(cmd, "start") == 0) {
	status = postfix_start(0);
    } else if (strcmp(cmd, "start-fg") == 0) {
	status = postfix_start(1);
    } else if (strcmp(cmd, "stop") == 0) {
	status = postfix_stop();
    } else if (strcmp(cmd, "abort") == 0) {
	(void) postfix_signal("aborting", SIGTERM);
	status = 0;
    } else if (strcmp(cmd, "reload") == 0) {
	(void) postfix_signal("refreshing", SIGHUP);
	status = 0;
    } else if (strcmp(cmd, "status") == 0) {
	status = postfix_status();
    } else if (strcmp(cmd, "flush") == 0) {
	status = postfix_flush();
    } else if (strcmp(cmd, "logrotate") == 0) {
	status = postfix_logrotate(argc);
    } else if (strcmp(cmd, "set-permissions") == 0) {
	status = postfix_set_permissions();
    } else if (strcmp(cmd, "upgrade-configuration") == 0) {
	status = postfix_upgrade_master() < 0 ? 1 : 0;
    } else {
	msg_fatal("unknown command: '%s'. Usage: postfix start (or stop, "
		  "reload, abort, flush, check, status, set-permissions, "
		  "upgrade-configuration, logrotate)", cmd);
    }
    if (postfix_instances(argc, argv, cmd) != 0)
	status = 1;
    myfree(tag);
    return (status);
}

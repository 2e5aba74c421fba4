/*++
/* NAME
/*	sendmail 1
/* SUMMARY
/*	Postlet's Sendmail-compatible mail submission program
/* SYNOPSIS
/*	sendmail [option ...] [recipient ...]
/*
/*	mailq
/*	sendmail -bp
/*
/*	newaliases
/*	sendmail -I
/* DESCRIPTION
/*	sendmail takes a message from a local program on standard input
/*	and hands it, as queue file records, to postdrop(1), which
/*	writes it into the maildrop queue; pickup(8) passes it on to
/*	cleanup(8). sendmail exits 0 only after postdrop reported that
/*	the file and its directory entry are on disk.
/*
/*	As mailq (or with -bp) it runs "postqueue -p"; as newaliases (or
/*	with -bi or -I) it runs postalias(1) on $alias_database; with -q
/*	it runs "postqueue -f". Helper programs are taken from
/*	$command_directory, or, when that does not hold them, from the
/*	directory of the running binary (single-user and test
/*	instances).
/*
/*	Options:
/* .IP "-B 7BIT | 8BITMIME"
/*	The body type.
/* .IP "-bm"
/*	Read a message and queue it (the default).
/* .IP "-bp, -bi, -I, -q"
/*	As mailq, as newaliases, flush the queue. -qRsite and -qIqueueid
/*	run "postqueue -s site" and "postqueue -i queueid". -qinterval
/*	is accepted and does nothing.
/* .IP -bs
/*	Speak SMTP (RFC 5321) on standard input and output: HELO, EHLO,
/*	MAIL, RCPT, DATA, RSET, NOOP, VRFY (252), HELP and QUIT. Each
/*	message is submitted as a sendmail call would submit it.
/* .IP -bv
/*	Do not deliver: ask for a report on the delivery of each
/*	recipient, mailed to the sender (the verify trace flag).
/* .IP "-C config_file, -C config_dir"
/*	Use this main.cf, or this configuration directory.
/* .IP "-F full_name"
/*	The sender's full name (else $NAME, else the password file).
/* .IP "-f sender, -r sender"
/*	The envelope sender (else the login name of the user).
/* .IP "-i, -oi"
/*	A line with only "." does not end the message.
/* .IP "-L label"
/*	The program name in log lines.
/* .IP "-N dsn"
/*	Delivery status notifications: never, or a list of success,
/*	delay, failure.
/* .IP "-R full | hdrs"
/*	What a bounce returns of the message.
/* .IP -t
/*	Take recipients from the To:, Cc: and Bcc: headers (Resent-
/*	ones when present), in addition to those on the command line.
/* .IP "-V envid"
/*	The DSN envelope ID.
/* .IP -v
/*	Mail a report of the first delivery attempt to the sender; more
/*	than once: verbose logging.
/* .PP
/*	-oem, -oep, -om, -o7, -o8, -c, -e, -h, -m, -p, -U, -x and -G are
/*	accepted (-G makes the submission a gateway one) and otherwise
/*	ignored; -n is refused.
/*
/*	Message input: a leading "From " line is dropped; lines longer
/*	than $line_length_limit are split into several records and
/*	joined again on delivery; $sendmail_fix_line_endings decides
/*	whether carriage returns before newlines are removed; NUL
/*	bytes and other carriage returns are kept.
/* DIAGNOSTICS
/*	Exit status as sysexits.h: EX_OK, EX_USAGE (bad option, no
/*	recipient), EX_DATAERR (input error), EX_NOPERM (the user is
/*	not on authorized_submit_users: "User name(uid) is not allowed
/*	to submit mail"; also for -bs), EX_SOFTWARE
/*	(malformed submission), EX_TEMPFAIL (the queue could not be
/*	written, for example a full disk: try again later),
/*	EX_UNAVAILABLE (a helper program is missing).
/* SEE ALSO
/*	postdrop(1), pickup(8), cleanup(8), postqueue(1), postalias(1)
/*--*/

#include <sys_defs.h>
#include <sys/stat.h>
#include <ctype.h>
#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include <msg.h>
#include <mymalloc.h>
#include <argv.h>
#include <vstring.h>
#include <vstream.h>
#include <stringops.h>
#include <record.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <cleanup_user.h>
#include <addr_list.h>
#include <user_acl.h>
#include <programs.h>
#include "sendmail.h"

typedef enum {
    SENDMAIL_MODE_ENQUEUE,
    SENDMAIL_MODE_MAILQ,
    SENDMAIL_MODE_NEWALIAS,
    SENDMAIL_MODE_FLUSH,
    SENDMAIL_MODE_SMTP,
    SENDMAIL_MODE_IGNORE,
} SENDMAIL_MODE;

static const char *sendmail_who = "";	/* "sender(uid)" for messages */

/* sendmail_write_error - cannot write to postdrop */

NORETURN sendmail_write_error(const char *what)
{
    msg_fatal_status(EX_TEMPFAIL, "%s: %s", sendmail_who, what);
}

/* sendmail_dsn_notify - parse -N */

static int sendmail_dsn_notify(const char *arg)
{
    static const struct {
	const char *name;
	int     bit;
    }       words[] = {
	{"never", 1}, {"success", 2}, {"failure", 4}, {"delay", 8}, {0, 0},
    };
    char   *copy = mystrdup(arg);
    char   *bp = copy;
    char   *word;
    int     mask = 0;
    int     i;

    while ((word = mystrtok(&bp, ", \t")) != 0) {
	for (i = 0; words[i].name; i++)
	    if (strcasecmp(word, words[i].name) == 0)
		break;
	if (words[i].name == 0) {
	    mask = 0;
	    break;
	}
	mask |= words[i].bit;
    }
    myfree(copy);
    if ((mask & 1) && mask != 1)
	mask = 0;				/* never with anything else */
    return (mask);
}

/* sendmail_full_name - $NAME or the password file */

static const char *sendmail_full_name(VSTRING *buf, struct passwd *pw)
{
    const char *cp;

    if ((cp = getenv("NAME")) != 0 && *cp)
	return (cp);
    if (pw == 0 || pw->pw_gecos == 0)
	return (0);
    vstring_reset(buf);
    for (cp = pw->pw_gecos; *cp && *cp != ','; cp++) {
	if (*cp == '&') {
	    vstring_addch(buf, toupper((unsigned char) pw->pw_name[0]));
	    if (pw->pw_name[0])
		vstring_strcat(buf, pw->pw_name + 1);
	} else if ((unsigned char) *cp >= 0x20) {
	    vstring_addch(buf, *cp);
	}
    }
    return (VSTRING_LEN(buf) ? vstring_str(buf) : 0);
}

/* sendmail_run - replace this process with a helper program */

static NORETURN sendmail_run(ARGV *args)
{
    VSTRING *path = vstring_alloc(100);

    sendmail_program_path(path, args->argv[0]);
    execv(vstring_str(path), args->argv);
    msg_fatal_status(EX_UNAVAILABLE, "unable to execute %s: %m",
		     vstring_str(path));
}

/* sendmail_enqueue - one message from standard input */

static NORETURN sendmail_enqueue(const SENDMAIL_ENV *env, int flags,
				         char **recipients,
				         const char *config_dir)
{
    SENDMAIL_POST post;
    ARGV   *extracted = argv_alloc(2);
    VSTRING *why = vstring_alloc(100);
    int     count;
    int     status;
    int     i;

    sendmail_post_open(&post, config_dir);
    sendmail_envelope(post.to, env);
    count = sendmail_recipients(post.to, env, recipients);
    if (sendmail_copy(post.to, vstream_in, flags, extracted,
		      var_sendmail_fix_line_endings) < 0) {
	sendmail_post_abort(&post);
	msg_fatal_status(EX_USAGE, "invalid %s value: %s",
			 VAR_SENDMAIL_FIX_LINE_ENDINGS,
			 var_sendmail_fix_line_endings);
    }
    for (i = 0; i < extracted->argc; i++)
	sendmail_rcpt(post.to, env, extracted->argv[i]);
    count += extracted->argc;
    if (vstream_ferror(vstream_in)) {
	sendmail_post_abort(&post);
	msg_fatal_status(EX_DATAERR, "%s: error reading input: %m",
			 sendmail_who);
    }
    if (count == 0) {
	sendmail_post_abort(&post);
	msg_fatal_status(EX_USAGE, (flags & SENDMAIL_FLAG_XRCPT) ?
		       "%s: No recipient addresses found in message header" :
			 "%s: Recipient addresses must be specified on"
			 " the command line or via the -t option",
			 sendmail_who);
    }
    if (rec_put(post.to, REC_TYPE_END, "", 0) != REC_TYPE_END)
	sendmail_write_error("error writing queue file");
    status = sendmail_post_finish(&post, why);
    if (status != CLEANUP_STAT_OK)
	msg_fatal_status((status & CLEANUP_STAT_BAD) ? EX_SOFTWARE :
			 (status & CLEANUP_STAT_WRITE) ? EX_TEMPFAIL :
			 (status & CLEANUP_STAT_NOPERM) ? EX_NOPERM :
			 EX_UNAVAILABLE, "%s: %s", sendmail_who,
			 VSTRING_LEN(why) ? vstring_str(why) :
			 cleanup_strerror(status));
    exit(EX_OK);
}

/* sendmail_main - the multi-call entry for sendmail, mailq, newaliases */

int     sendmail_main(int argc, char **argv)
{
    const char *name = sane_basename(argv[0]);
    SENDMAIL_MODE mode = SENDMAIL_MODE_ENQUEUE;
    SENDMAIL_ENV env;
    int     flags = SENDMAIL_FLAG_AEOF;
    const char *config_dir = 0;
    const char *label = 0;
    const char *alias_file = 0;
    const char *site = 0;
    const char *queue_id = 0;
    const char *sender = 0;
    struct passwd *pw;
    const char *refused;
    struct stat st;
    VSTRING *temp = vstring_alloc(100);
    ARGV   *args;
    ARGV   *addr;
    int     verbose = 0;
    int     ch;
    int     n;

    memset(&env, 0, sizeof(env));
    msg_stderr_init(name);
    if (strcmp(name, "mailq") == 0)
	mode = SENDMAIL_MODE_MAILQ;
    else if (strcmp(name, "newaliases") == 0)
	mode = SENDMAIL_MODE_NEWALIAS;

    /*
     * Options, as Postfix's sendmail takes them.
     */
    opterr = 0;
    for (;;) {
	if (optind < argc && strcmp(argv[optind], "-q") == 0) {
	    mode = SENDMAIL_MODE_FLUSH;		/* -q without an argument */
	    optind++;
	    continue;
	}
	if ((ch = getopt(argc, argv,
			 "A:B:C:F:GIL:N:O:R:UV:X:b:ce:f:h:imno:p:q:r:tvx")) <= 0)
	    break;
	switch (ch) {
	case 'B':
	    if (strcmp(optarg, "8BITMIME") == 0)
		env.encoding = "8bit";
	    else if (strcmp(optarg, "7BIT") == 0)
		env.encoding = "7bit";
	    else
		msg_fatal_status(EX_USAGE, "-B option needs 8BITMIME or 7BIT");
	    break;
	case 'C':
	    if (stat(optarg, &st) == 0 && !S_ISDIR(st.st_mode)) {
		char   *slash = strrchr(optarg, '/');

		config_dir = slash == 0 ? "." : slash == optarg ? "/" :
		    mystrndup(optarg, slash - optarg);
	    } else
		config_dir = optarg;
	    break;
	case 'F':
	    env.full_name = optarg;
	    break;
	case 'I':
	    mode = SENDMAIL_MODE_NEWALIAS;
	    break;
	case 'L':
	    label = optarg;
	    break;
	case 'N':
	    if ((env.dsn_notify = sendmail_dsn_notify(optarg)) == 0)
		msg_warn("bad -N option value -- ignored");
	    break;
	case 'R':
	    if (strcasecmp(optarg, "full") == 0)
		env.dsn_ret = 1;
	    else if (strcasecmp(optarg, "hdrs") == 0)
		env.dsn_ret = 2;
	    else
		msg_warn("bad -R option value -- ignored");
	    break;
	case 'V':
	    if (strlen(optarg) > 100)
		msg_warn("too long -V option value -- ignored");
	    else if (!allprint(optarg))
		msg_warn("bad syntax in -V option value -- ignored");
	    else
		env.envid = optarg;
	    break;
	case 'b':
	    switch (*optarg) {
	    case 'm':
		mode = SENDMAIL_MODE_ENQUEUE;
		break;
	    case 'p':
		mode = SENDMAIL_MODE_MAILQ;
		break;
	    case 'i':
		mode = SENDMAIL_MODE_NEWALIAS;
		break;
	    case 's':
		mode = SENDMAIL_MODE_SMTP;
		break;
	    case 'v':
		env.trace_flags |= SENDMAIL_TRACE_VERIFY;
		break;
	    case 'h':
	    case 'H':
		mode = SENDMAIL_MODE_IGNORE;
		break;
	    default:
		msg_fatal_status(EX_USAGE, "unsupported: -%c%c", ch, *optarg);
	    }
	    break;
	case 'f':
	case 'r':
	    sender = optarg;
	    break;
	case 'i':
	    flags &= ~SENDMAIL_FLAG_AEOF;
	    break;
	case 'n':
	    msg_fatal_status(EX_USAGE, "-%c option not supported", ch);
	case 'o':
	    if (*optarg == 'i')
		flags &= ~SENDMAIL_FLAG_AEOF;
	    else if (*optarg == 'A') {
		if (optarg[1] == 0)
		    msg_fatal_status(EX_USAGE, "-oA requires pathname");
		alias_file = optarg + 1;
	    }
	    break;
	case 'q':
	    if (isdigit((unsigned char) *optarg)) {
		mode = SENDMAIL_MODE_IGNORE;
	    } else if (*optarg == 'R') {
		if (*(site = optarg + 1) == 0)
		    msg_fatal_status(EX_USAGE, "specify: -qRsitename");
	    } else if (*optarg == 'I') {
		if (*(queue_id = optarg + 1) == 0)
		    msg_fatal_status(EX_USAGE, "specify: -qIqueueid");
	    } else
		msg_fatal_status(EX_USAGE, "-q%c is not implemented", *optarg);
	    break;
	case 't':
	    flags |= SENDMAIL_FLAG_XRCPT;
	    break;
	case 'v':
	    verbose++;
	    break;
	case '?':
	    msg_fatal_status(EX_USAGE, "usage: %s [options]", name);
	default:
	    if (verbose > 1)
		msg_info("-%c option ignored", ch);
	    break;
	}
    }
    if ((flags & SENDMAIL_FLAG_XRCPT) && mode != SENDMAIL_MODE_ENQUEUE)
	msg_fatal_status(EX_USAGE, "-t can be used only in delivery mode");
    if (env.trace_flags & SENDMAIL_TRACE_VERIFY) {
	if (flags & SENDMAIL_FLAG_XRCPT)
	    msg_fatal_status(EX_USAGE, "-t option cannot be used with -bv");
	if (env.dsn_notify)
	    msg_fatal_status(EX_USAGE, "-N option cannot be used with -bv");
	if (env.dsn_ret)
	    msg_fatal_status(EX_USAGE, "-R option cannot be used with -bv");
	if (verbose == 1)
	    msg_fatal_status(EX_USAGE, "-v option cannot be used with -bv");
    }
    if (verbose == 1 && mode == SENDMAIL_MODE_ENQUEUE)
	env.trace_flags |= SENDMAIL_TRACE_RECORD;
    else
	msg_verbose = verbose;
    if (label)
	msg_stderr_init(label);

    /*
     * Configuration.
     */
    if (config_dir) {
	mail_conf_set_dir(config_dir);
	if (setenv("MAIL_CONFIG", config_dir, 1) < 0)
	    msg_fatal_status(EX_OSERR, "out of memory");
    }
    mail_conf_read();
    mail_params_init(params_common);
    mail_params_init(params_sendmail);
    mail_params_init(params_postmap);
    if (mode == SENDMAIL_MODE_IGNORE)
	exit(EX_OK);

    /*
     * Modes that another program serves.
     */
    args = argv_alloc(4);
    if (mode == SENDMAIL_MODE_MAILQ || mode == SENDMAIL_MODE_FLUSH
	|| (mode == SENDMAIL_MODE_ENQUEUE && (site || queue_id))) {
	if (argv[optind])
	    msg_fatal_status(EX_USAGE, "%s requires no recipient",
			     mode == SENDMAIL_MODE_MAILQ ?
			     "display queue mode" : "flush queue mode");
	argv_add(args, "postqueue", ARGV_END);
	if (mode == SENDMAIL_MODE_MAILQ)
	    argv_add(args, "-p", ARGV_END);
	else if (site)
	    argv_add(args, "-s", site, ARGV_END);
	else if (queue_id)
	    argv_add(args, "-i", queue_id, ARGV_END);
	else
	    argv_add(args, "-f", ARGV_END);
	for (n = 0; n < msg_verbose; n++)
	    argv_add(args, "-v", ARGV_END);
	sendmail_run(args);
    }
    if (mode == SENDMAIL_MODE_NEWALIAS) {
	if (argv[optind])
	    msg_fatal_status(EX_USAGE,
			     "alias initialization mode requires no recipient");
	argv_add(args, "postalias", ARGV_END);
	for (n = 0; n < msg_verbose; n++)
	    argv_add(args, "-v", ARGV_END);
	if (alias_file)
	    argv_add(args, alias_file, ARGV_END);
	else {
	    ARGV   *maps = argv_split(var_alias_database, CHARS_COMMA_SP);

	    if (maps->argc == 0)
		msg_fatal_status(EX_USAGE, "no alias database defined");
	    for (n = 0; n < maps->argc; n++)
		argv_add(args, maps->argv[n], ARGV_END);
	}
	sendmail_run(args);
    }

    /*
     * Submission: only users on authorized_submit_users. postdrop checks
     * again (it is the one with privileges); this check gives the clear
     * message and status first.
     */
    if ((refused = user_acl_check(VAR_AUTHORIZED_SUBMIT_USERS,
				  var_authorized_submit_users,
				  getuid())) != 0)
	msg_fatal_status(EX_NOPERM, "User %s(%lu) is not allowed to submit mail",
			 refused, (unsigned long) getuid());

    /*
     * The sender is the user unless -f says otherwise.
     */
    if ((pw = getpwuid(getuid())) == 0 && sender == 0)
	msg_fatal_status(EX_OSERR, "no login name found for user ID %lu",
			 (unsigned long) getuid());
    if (sender) {
	addr = argv_alloc(1);
	(void) addr_list_parse(addr, sender, temp);
	env.sender = addr->argc > 0 ? mystrdup(addr->argv[0]) : "";
	argv_free(addr);
    } else
	env.sender = mystrdup(pw->pw_name);
    if (env.full_name == 0)
	env.full_name = sendmail_full_name(vstring_alloc(100), pw);
    vstring_sprintf(temp, "%s(%lu)", env.sender, (unsigned long) getuid());
    sendmail_who = mystrdup(vstring_str(temp));
    if (chdir(var_queue_directory) < 0)
	msg_fatal_status(EX_UNAVAILABLE, "chdir %s: %m", var_queue_directory);

    if (mode == SENDMAIL_MODE_SMTP) {
	if (argv[optind])
	    msg_fatal_status(EX_USAGE, "stand-alone mode requires no recipient");
	exit(sendmail_smtp(&env, config_dir));
    }
    sendmail_enqueue(&env, flags, argv + optind, config_dir);
}

/*++
/* NAME
/*	postlog 1
/* SUMMARY
/*	Postfix-compatible logging from shell scripts
/* SYNOPSIS
/*	postlog [-iv] [-c config_dir] [-p priority] [-t tag] [text...]
/* DESCRIPTION
/*	postlog logs the text given on the command line as one record
/*	or, without text arguments, each line of standard input as one
/*	record, through the same channel as every Postlet program: the
/*	postlogd(8) service when maillog_file is set (written directly
/*	to maillog_file when postlogd is not running, as before "postfix
/*	start"), otherwise syslog. When standard error is a terminal the
/*	records are printed there too.
/*
/*	Options:
/* .IP "-c config_dir"
/*	Read main.cf from config_dir.
/* .IP -i
/*	Accepted for compatibility; the process ID is always logged.
/* .IP "-p priority"
/*	info (default), warn (or warning), error (or err), fatal (or
/*	crit), panic. After a fatal or panic record the command waits
/*	one second, as other programs do after such an error.
/* .IP "-t tag"
/*	The tag at the start of each record (default "$syslog_name/
/*	postlog"). Non-printable characters become "?".
/* .IP -v
/*	Verbose logging; repeat for more.
/* .PP
/*	A record's text is cut at 2000 bytes; the rest of an over-long
/*	input line is skipped, as Postfix does.
/* DIAGNOSTICS
/*	Exit status 0 after logging; 1 with a fatal error for a usage
/*	error, a bad priority or a log file that cannot be written.
/* SEE ALSO
/*	postlogd(8), maillog_client(3)
/*--*/

#include <sys_defs.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <msg.h>
#include <stringops.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <maillog_line.h>
#include <maillog_client.h>

#define POSTLOG_NAME	"postlog"

static const struct {
    const char *name;
    int     level;
} postlog_levels[] = {
    {"info", MSG_INFO},
    {"warn", MSG_WARN}, {"warning", MSG_WARN},
    {"error", MSG_ERROR}, {"err", MSG_ERROR},
    {"fatal", MSG_FATAL}, {"crit", MSG_FATAL},
    {"panic", MSG_PANIC},
};

/* postlog_level - priority name to msg level */

static int postlog_level(const char *name)
{
    size_t  i;

    for (i = 0; i < ARRAY_LEN(postlog_levels); i++)
	if (strcasecmp(name, postlog_levels[i].name) == 0)
	    return (postlog_levels[i].level);
    msg_fatal("bad priority value: %s", name);
}

/* postlog_log - one record, at any level, without exiting */

static void postlog_log(int level, const char *fmt,...)
{
    va_list ap;

    va_start(ap, fmt);
    msg_vprintf(level, fmt, ap);
    va_end(ap);
}

/* postlog_args - the command line text as one record */

static void postlog_args(int level, char **argv)
{
    char    text[MAILLOG_LINE_TEXT_MAX + 1];
    size_t  used = 0;
    size_t  len;

    for (text[0] = 0; *argv; argv++) {
	if (used > 0 && used < MAILLOG_LINE_TEXT_MAX)
	    text[used++] = ' ';
	len = strlen(*argv);
	if (len > MAILLOG_LINE_TEXT_MAX - used)
	    len = MAILLOG_LINE_TEXT_MAX - used;
	memcpy(text + used, *argv, len);
	used += len;
	text[used] = 0;
    }
    postlog_log(level, "%s", text);
}

/* postlog_stdin - each input line as one record */

static void postlog_stdin(int level)
{
    char    line[MAILLOG_LINE_TEXT_MAX + 2];
    size_t  len;
    int     ch;

    while (fgets(line, sizeof(line), stdin) != 0) {
	len = strlen(line);
	if (len > 0 && line[len - 1] == '\n') {
	    line[--len] = 0;
	} else {
	    /* Over-long line: log its start, skip the rest. */
	    while ((ch = getc(stdin)) != EOF && ch != '\n')
		 /* void */ ;
	}
	if (len > 0 && line[len - 1] == '\r')
	    line[--len] = 0;
	postlog_log(level, "%s", line);
    }
}

/* postlog_main - log text from the command line or standard input */

int     postlog_main(int argc, char **argv)
{
    static char tagbuf[MAILLOG_LINE_TAG_MAX + 1];
    const char *tag;
    char   *user_tag = 0;
    int     level = MSG_INFO;
    struct stat st;
    int     fd;
    int     ch;

    umask(022);
    for (fd = 0; fd < 3; fd++)
	if (fstat(fd, &st) < 0 && open("/dev/null", O_RDWR) != fd)
	    msg_fatal("open /dev/null: %m");

    /* The process name is the user's choice: do not show it. */
    maillog_client_init(POSTLOG_NAME, MAILLOG_CLIENT_FLAG_LOGWRITER_FALLBACK
			| MAILLOG_CLIENT_FLAG_STDERR_TTY);
    while ((ch = getopt(argc, argv, "c:ip:t:v")) > 0) {
	switch (ch) {
	case 'c':
	    mail_conf_set_dir(optarg);
	    break;
	case 'i':
	    break;
	case 'p':
	    level = postlog_level(optarg);
	    break;
	case 't':
	    user_tag = optarg;
	    break;
	case 'v':
	    msg_verbose++;
	    break;
	default:
	    msg_fatal("usage: %s [-c config_dir] [-i] [-p priority] [-t tag] [-v] [text]",
		      POSTLOG_NAME);
	}
    }
    mail_conf_read();
    mail_params_init(params_common);

    if (user_tag != 0) {
	tag = printable(user_tag, '?');
    } else {
	snprintf(tagbuf, sizeof(tagbuf), "%s/%s", var_syslog_name, POSTLOG_NAME);
	tag = tagbuf;
    }
    maillog_client_init(tag, MAILLOG_CLIENT_FLAG_TAG
			| MAILLOG_CLIENT_FLAG_LOGWRITER_FALLBACK
			| MAILLOG_CLIENT_FLAG_STDERR_TTY);

    if (argc > optind)
	postlog_args(level, argv + optind);
    else
	postlog_stdin(level);
    if (level >= MSG_FATAL)
	sleep(1);
    return (0);
}

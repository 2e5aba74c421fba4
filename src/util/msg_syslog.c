/*++
/* NAME
/*	msg_syslog 3
/* SUMMARY
/*	diagnostics to the syslog daemon
/* SYNOPSIS
/*	#include <msg.h>
/*
/*	void	msg_syslog_init(ident, logopt, facility)
/*
/*	int	msg_syslog_facility(name)
/* DESCRIPTION
/*	msg_syslog_init() opens the system logger with the given
/*	identity (Postfix style "syslog_name/program") and adds it as
/*	an output channel. The logger adds "[pid]" when logopt has
/*	LOG_PID, giving Postfix's "postfix/smtp[1234]: " prefix.
/*
/*	msg_syslog_facility() maps a facility name such as "mail" or
/*	"local3" to its value; it returns -1 for an unknown name.
/*--*/

#include <sys_defs.h>
#include <string.h>
#include <syslog.h>

#include <msg.h>

static const struct {
    const char *name;
    int     value;
} msg_syslog_facilities[] = {
    {"auth", LOG_AUTH}, {"authpriv", LOG_AUTHPRIV}, {"cron", LOG_CRON},
    {"daemon", LOG_DAEMON}, {"ftp", LOG_FTP}, {"kern", LOG_KERN},
    {"lpr", LOG_LPR}, {"mail", LOG_MAIL}, {"news", LOG_NEWS},
    {"syslog", LOG_SYSLOG}, {"user", LOG_USER}, {"uucp", LOG_UUCP},
    {"local0", LOG_LOCAL0}, {"local1", LOG_LOCAL1}, {"local2", LOG_LOCAL2},
    {"local3", LOG_LOCAL3}, {"local4", LOG_LOCAL4}, {"local5", LOG_LOCAL5},
    {"local6", LOG_LOCAL6}, {"local7", LOG_LOCAL7},
};

/* msg_syslog_print - one line to syslog */

static void msg_syslog_print(int level, const char *text)
{
    static const int prio[] = {LOG_INFO, LOG_WARNING, LOG_ERR, LOG_CRIT, LOG_CRIT};
    static const char *const tags[] = {"", "warning: ", "error: ", "fatal: ", "panic: "};

    syslog(prio[level], "%s%s", tags[level], text);
}

/* msg_syslog_facility - facility name to number */

int     msg_syslog_facility(const char *name)
{
    size_t  i;

    for (i = 0; i < ARRAY_LEN(msg_syslog_facilities); i++)
	if (strcasecmp(name, msg_syslog_facilities[i].name) == 0)
	    return (msg_syslog_facilities[i].value);
    return (-1);
}

/* msg_syslog_init - log to syslog */

void    msg_syslog_init(const char *ident, int logopt, int facility)
{
    openlog(ident, logopt, facility);
    msg_output(msg_syslog_print);
}

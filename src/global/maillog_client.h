/*++
/* NAME
/*	maillog_client 3h
/* SUMMARY
/*	logging for every program: postlog service, log file or syslog
/* SYNOPSIS
/*	#include <maillog_client.h>
/* DESCRIPTION
/*	maillog_client_init(progname, flags) sets msg_progname and routes
/*	msg(3) output to exactly one of: the postlog service (datagrams to
/*	$queue_directory/public/$postlog_service_name, when maillog_file
/*	is not empty), or syslog (syslog_name/progname, syslog_facility).
/*	Call it once early (before main.cf: the POSTLOG_SERVICE and
/*	POSTLOG_HOSTNAME environment decide) and again after the
/*	parameters are initialized (maillog_file decides).
/*
/*	progname is the short program name ("cleanup"); the log tag is
/*	"$syslog_name/progname", or progname itself with
/*	MAILLOG_CLIENT_FLAG_TAG (postlog -t).
/*--*/

#ifndef _MAILLOG_CLIENT_H_INCLUDED_
#define _MAILLOG_CLIENT_H_INCLUDED_

#define MAILLOG_CLIENT_FLAG_NONE	0
#define MAILLOG_CLIENT_FLAG_LOGWRITER_FALLBACK (1<<0)	/* no postlogd: write
							 * maillog_file */
#define MAILLOG_CLIENT_FLAG_STDERR	(1<<1)	/* also standard error */
#define MAILLOG_CLIENT_FLAG_STDERR_TTY	(1<<2)	/* also stderr, if a tty */
#define MAILLOG_CLIENT_FLAG_TAG		(1<<3)	/* progname is the whole tag */

#define MAILLOG_ENV_SERVICE	"POSTLOG_SERVICE"
#define MAILLOG_ENV_HOSTNAME	"POSTLOG_HOSTNAME"

extern void maillog_client_init(const char *, int);

 /*
  * How a line is sent: the postlog service, the direct file fallback,
  * syslog. For postlogd itself (which must never send to its own socket)
  * and for tests.
  */
#define MAILLOG_CLIENT_MODE_SYSLOG	0
#define MAILLOG_CLIENT_MODE_POSTLOG	1
#define MAILLOG_CLIENT_MODE_FILE	2	/* postlogd: write the file */

typedef void (*MAILLOG_CLIENT_WRITE_FN) (const char *, size_t);
extern void maillog_client_writer(MAILLOG_CLIENT_WRITE_FN);
extern int maillog_client_mode(void);
extern void maillog_client_syslog_as(const char *, const char *);

#endif

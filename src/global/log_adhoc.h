/*++
/* NAME
/*	log_adhoc 3h
/* SUMMARY
/*	the delivery log line
/* SYNOPSIS
/*	#include <log_adhoc.h>
/*--*/

#ifndef _LOG_ADHOC_H_INCLUDED_
#define _LOG_ADHOC_H_INCLUDED_

#include <sys/time.h>
#include <vstring.h>
#include <msg_stats.h>
#include <recipient.h>
#include <dsn.h>

extern void log_adhoc(const char *, const MSG_STATS *, const RECIPIENT *,
		              const char *, const DSN *, const char *);
extern const char *log_adhoc_format(VSTRING *, const char *, const MSG_STATS *,
				            const RECIPIENT *, const char *,
				            const DSN *, const char *,
				            const struct timeval *);
extern void log_adhoc_delay(VSTRING *, long, long, int);

#endif

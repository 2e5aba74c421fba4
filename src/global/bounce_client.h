/*++
/* NAME
/*	bounce_client 3h
/* SUMMARY
/*	report delivery outcomes to the bounce, defer and trace services
/* SYNOPSIS
/*	#include <bounce_client.h>
/*--*/

#ifndef _BOUNCE_CLIENT_H_INCLUDED_
#define _BOUNCE_CLIENT_H_INCLUDED_

#include <msg_stats.h>
#include <recipient.h>
#include <dsn.h>

 /*
  * What delivery agents call for each recipient.
  */
extern int sent(int, const char *, const MSG_STATS *, const RECIPIENT *,
		        const char *, const DSN *);
extern int bounce_append(int, const char *, const MSG_STATS *,
			         const RECIPIENT *, const char *, const DSN *);
extern int defer_append(int, const char *, const MSG_STATS *,
			        const RECIPIENT *, const char *, const DSN *);
extern int trace_append(int, const char *, const MSG_STATS *,
			        const RECIPIENT *, const char *, const DSN *);

 /*
  * The requests themselves (bounce_proto(3h)).
  */
extern int bounce_client_append(const char *, int, const char *,
				        const RECIPIENT *, const DSN *);
extern int bounce_client_request(const char *, int, int, const char *,
				         const char *, const char *, int,
				         const char *, const char *, int);
extern const DSN *bounce_client_clean(DSN *, const DSN *, const char *);

#endif

/*++
/* NAME
/*	cleanup_client 3h
/* SUMMARY
/*	hand one message to the cleanup(8) service
/* SYNOPSIS
/*	#include <cleanup_client.h>
/*
/*	int	cleanup_client_open(cc, class, flags, timeout)
/*	CLEANUP_CLIENT *cc;
/*	const char *class;
/*	int	flags;
/*	int	timeout;
/*
/*	int	cleanup_client_init(cc, stream, flags)
/*	CLEANUP_CLIENT *cc;
/*	VSTREAM	*stream;
/*	int	flags;
/*
/*	VSTREAM	*CLEANUP_CLIENT_STREAM(cc)
/*	const char *CLEANUP_CLIENT_QUEUE_ID(cc)
/*
/*	int	cleanup_client_finish(cc, reason, reason_len)
/*	CLEANUP_CLIENT *cc;
/*	char	*reason;
/*	size_t	reason_len;
/*
/*	void	cleanup_client_abort(cc)
/*	CLEANUP_CLIENT *cc;
/* DESCRIPTION
/*	The client side of the cleanup protocol (mail_proto(3h)), for
/*	pickup, sendmail -bs and bounce. The caller places the
/*	CLEANUP_CLIENT (a local or static variable): nothing here
/*	allocates memory per message.
/*
/*	cleanup_client_open() connects to "class/cleanup" (class is
/*	MAIL_CLASS_PRIVATE for daemons, MAIL_CLASS_PUBLIC is not
/*	served), receives the queue ID and sends the request flags
/*	(cleanup_user(3h)). timeout bounds every later read and write.
/*	It returns 0, or -1 with a warning when the service is not
/*	there or does not answer as it should.
/*
/*	cleanup_client_init() does the same on a stream that the
/*	caller already connected (tests, the -S stand-alone mode). The
/*	stream becomes the client's: finish and abort close it.
/*
/*	The caller then writes the message with rec_put() and friends
/*	on CLEANUP_CLIENT_STREAM(): the envelope (TIME, FULL, FROM,
/*	ATTR, DSN_ORCPT, DSN_NOTIFY, ORCP, RCPT), MESG, the content as
/*	NORM/CONT, XTRA, recipients taken from headers (sendmail -t:
/*	the client extracts them, as Postfix's sendmail does), and END.
/*	CLEANUP_CLIENT_QUEUE_ID() is the queue ID cleanup assigned,
/*	for the client's own log lines.
/*
/*	cleanup_client_finish() flushes the stream, reads the reply
/*	{status, reason} and closes the connection. It returns the
/*	CLEANUP_STAT_ bits; CLEANUP_STAT_OK means that the queue file is
/*	safely on disk. The reason (the server's text, or one made up
/*	from the status) is copied, truncated to fit, into reason.
/*	A lost connection or a malformed reply is CLEANUP_STAT_WRITE
/*	(temporary): the client keeps its copy of the message.
/*
/*	cleanup_client_abort() closes the connection without END;
/*	cleanup removes the half-written queue file.
/* DIAGNOSTICS
/*	Warnings for connection and protocol errors.
/* SEE ALSO
/*	cleanup(8), cleanup_user(3h), record(3h)
/*--*/

#ifndef _CLEANUP_CLIENT_H_INCLUDED_
#define _CLEANUP_CLIENT_H_INCLUDED_

#include <vstream.h>
#include <cleanup_user.h>

#define CLEANUP_CLIENT_QID_MAX	64	/* longer than any queue ID */

typedef struct CLEANUP_CLIENT {
    VSTREAM *stream;			/* connection to cleanup */
    char    queue_id[CLEANUP_CLIENT_QID_MAX];	/* as assigned */
    int     flags;			/* as requested */
} CLEANUP_CLIENT;

#define CLEANUP_CLIENT_STREAM(cc)	((cc)->stream)
#define CLEANUP_CLIENT_QUEUE_ID(cc)	((const char *) (cc)->queue_id)

extern int cleanup_client_open(CLEANUP_CLIENT *, const char *, int, int);
extern int cleanup_client_init(CLEANUP_CLIENT *, VSTREAM *, int);
extern int cleanup_client_finish(CLEANUP_CLIENT *, char *, size_t);
extern void cleanup_client_abort(CLEANUP_CLIENT *);

#endif

/*++
/* NAME
/*	qmgr 3h
/* SUMMARY
/*	queue manager data structures
/* SYNOPSIS
/*	#include "qmgr.h"
/* DESCRIPTION
/*	Everything the queue manager keeps in memory comes from fixed
/*	pools made once at start-up (qmgr_pools_init()):
/* .IP QMGR_MESSAGE
/*	One per message in the active queue (qmgr_message_active_limit,
/*	capped by the descriptors qmgr reserves). The queue file stays
/*	open with a shared lock while the message is active, so that
/*	postsuper leaves it alone. Strings that can be long (sender,
/*	envelope id) stay in the file: only their offsets are kept.
/* .IP QMGR_RCPT
/*	One per recipient read into memory
/*	(qmgr_message_recipient_limit). Only the offsets of its records
/*	are kept: the strings are read again from the queue file when
/*	a delivery request is built.
/* .IP QMGR_ENTRY
/*	A batch of recipients of one message for one destination: one
/*	delivery request.
/* .IP QMGR_QUEUE
/*	One destination (transport and nexthop) with its concurrency
/*	window, failure count and dead (throttled) state.
/* .IP QMGR_TRANSPORT
/*	One delivery transport (master.cf service) with its limits.
/* .IP QMGR_DELIVER
/*	One delivery in progress: the connection to an agent and its
/*	stream buffer (default_process_limit of them).
/* .PP
/*	An exhausted pool is back-pressure: files stay in incoming/
/*	and deferred/, and the rest of a big message's recipients is
/*	read when earlier ones are finished.
/*
/*	Memory is touched only as it is used: the pools come from
/*	pool_create() (pages of their own that the kernel backs one by
/*	one as they are written), a freed object is the next one handed
/*	out again (the pools' free lists are last in, first out), and
/*	the destination table and the recipient array of a delivery
/*	request are pages of their own too, zeroed by the kernel. So
/*	the resident size follows the largest active queue seen, not
/*	the configured limits, and stays flat after it while mail
/*	flows. When no message has been active for QMGR_TRIM_DELAY
/*	seconds, the pools give their pages back (pool_trim()).
/*--*/

#ifndef _QMGR_H_INCLUDED_
#define _QMGR_H_INCLUDED_

#include <sys_defs.h>
#include <sys/time.h>
#include <time.h>

#include <vstream.h>
#include <vstring.h>
#include <pool.h>
#include <maps.h>
#include <mail_queue.h>
#include <dsn.h>
#include <recipient.h>

typedef struct QMGR_MESSAGE QMGR_MESSAGE;
typedef struct QMGR_RCPT QMGR_RCPT;
typedef struct QMGR_ENTRY QMGR_ENTRY;
typedef struct QMGR_QUEUE QMGR_QUEUE;
typedef struct QMGR_TRANSPORT QMGR_TRANSPORT;
typedef struct QMGR_DELIVER QMGR_DELIVER;

 /*
  * Bounded strings kept in the structures.
  */
#define QMGR_NAME_LEN	64		/* transport name */
#define QMGR_NEXTHOP_LEN 300		/* nexthop */
#define QMGR_REASON_LEN	300		/* dead destination reason */
#define QMGR_ENVID_LEN	100		/* DSN envelope id */
#define QMGR_ENCODING_LEN 15		/* 7bit, 8bit, binary */

struct QMGR_RCPT {
    QMGR_MESSAGE *message;
    long    first;			/* first record of its group */
    long    offset;			/* its RCPT record */
    QMGR_RCPT *next;			/* in its entry */
};

struct QMGR_MESSAGE {
    char    queue_id[MAIL_QUEUE_ID_MAX + 1];
    int     fd;				/* open, shared lock */
    struct timeval arrival;		/* TIME record */
    struct timeval active_arrival;	/* taken into the active queue */
    long    sender_offset;		/* FROM record */
    int     sender_empty;		/* null sender (a bounce) */
    long    data_offset;		/* content */
    long    data_size;
    long    content_size;		/* for the log */
    int     rcpt_total;			/* SIZE record */
    long    rcpt_next;			/* next record to read, 0: all read */
    long    warn_offset;		/* WARN record, 0: none */
    long    warn_time;			/* its value, 0: no warning due */
    int     rcpt_count;			/* recipients in memory */
    int     refcount;			/* entries */
    int     flags;			/* QMGR_MSG_FLAG_* */
    int     tflags;			/* DEL_REQ_FLAG_* (trace) */
    int     dsn_ret;
    int     sendopts;
    long    envid_offset;		/* envid ATTR record, 0: none */
    char    encoding[QMGR_ENCODING_LEN + 1];
};

#define QMGR_MSG_FLAG_DEFER	(1<<0)	/* a recipient is left to do */
#define QMGR_MSG_FLAG_BAD	(1<<1)	/* the file is corrupt */
#define QMGR_MSG_FLAG_ENV	(1<<2)	/* envelope has been read */

struct QMGR_ENTRY {
    QMGR_MESSAGE *message;
    QMGR_QUEUE *queue;
    QMGR_RCPT *rcpt_head;
    QMGR_RCPT *rcpt_tail;
    int     rcpt_count;
    size_t  rcpt_space;			/* deliver_request_rcpt_size() sum */
    QMGR_ENTRY *next;			/* in the queue's todo list */
};

struct QMGR_QUEUE {
    QMGR_TRANSPORT *transport;
    char    nexthop[QMGR_NEXTHOP_LEN + 1];
    QMGR_QUEUE *hash_next;		/* in the destination table */
    QMGR_QUEUE *next;			/* in the transport's list */
    QMGR_QUEUE *prev;
    QMGR_ENTRY *todo_head;		/* waiting for delivery */
    QMGR_ENTRY *todo_tail;
    int     todo;			/* entries waiting */
    int     busy;			/* deliveries in progress */
    int     window;			/* concurrency window */
    int     success;			/* successes at this window */
    int     failures;			/* failures since a success */
    int     dead;			/* throttled */
    time_t  dead_until;			/* when to try again */
    time_t  next_time;			/* rate delay: next delivery */
    int     conn_store;			/* last request had CONN_STORE */
    time_t  clog_next;			/* no clog warning before this */
    char    dsn_status[DSN_STATUS_SIZE];	/* why dead */
    char    reason[QMGR_REASON_LEN + 1];
};

struct QMGR_TRANSPORT {
    char    name[QMGR_NAME_LEN + 1];
    int     dest_limit;			/* destination concurrency limit */
    int     init_window;		/* initial destination concurrency */
    int     rcpt_limit;			/* recipients per request */
    size_t  rcpt_space;			/* recipient strings per request */
    int     rate_delay;			/* destination rate delay */
    int     cohort_limit;		/* failed cohorts before dead */
    int     busy;			/* deliveries in progress */
    int     dead;			/* agent not reachable */
    time_t  dead_until;			/* when to try again */
    char    reason[QMGR_REASON_LEN + 1];
    QMGR_QUEUE *queue_head;		/* destinations, round robin */
    QMGR_QUEUE *queue_tail;
    QMGR_TRANSPORT *next;		/* all transports */
};

struct QMGR_DELIVER {
    QMGR_ENTRY *entry;
    VSTREAM *stream;			/* to the agent */
    int     state;			/* QMGR_DELIVER_STATE_* */
    int     flags;			/* DEL_REQ_FLAG_CONN_* */
    char   *buf;			/* stream buffer */
};

 /*
  * The stream buffer of a delivery: requests and replies are streamed
  * through it, so it need not hold a whole request.
  */
#define QMGR_DELIVER_BUFSIZE	1024

#define QMGR_DELIVER_STATE_READY	1	/* waiting for ready status */
#define QMGR_DELIVER_STATE_REPLY	2	/* waiting for the reply */

 /*
  * qmgr.c: pools and global state.
  */
extern POOL *qmgr_message_pool;
extern POOL *qmgr_rcpt_pool;
extern POOL *qmgr_entry_pool;
extern POOL *qmgr_queue_pool;
extern POOL *qmgr_transport_pool;
extern POOL *qmgr_deliver_pool;
extern MAPS *qmgr_transport_maps;
extern void qmgr_pools_init(int, int, int, int);

 /*
  * qmgr_scan.c
  */
#define QMGR_SCAN_START	(1<<0)		/* (re)start the scan */
#define QMGR_SCAN_ALL	(1<<1)		/* ignore next-attempt times */

extern void qmgr_scan_request(const char *, int);
extern int qmgr_scan_feed(int);

 /*
  * qmgr_active.c
  */
extern int qmgr_active_feed(const char *, const char *, int);
extern void qmgr_active_done(QMGR_MESSAGE *);
extern void qmgr_active_recover(void);

 /*
  * qmgr_message.c
  */
extern QMGR_MESSAGE *qmgr_message_alloc(const char *, int);
extern int qmgr_message_read(QMGR_MESSAGE *);
extern void qmgr_message_free(QMGR_MESSAGE *);
extern int qmgr_message_record(QMGR_MESSAGE *, long, VSTRING *);
extern int qmgr_message_envid(QMGR_MESSAGE *, VSTRING *);
extern void qmgr_message_unref(QMGR_MESSAGE *);
extern void qmgr_message_warned(QMGR_MESSAGE *);
extern int qmgr_message_rcpt(QMGR_RCPT *, RECIPIENT *, VSTRING *, VSTRING *,
			             VSTRING *);

 /*
  * qmgr_resolve.c
  */
#define QMGR_RESOLVE_OK		0
#define QMGR_RESOLVE_RETRY	1	/* table lookup error */

typedef struct QMGR_RESOLVE_CONF {
    MAPS   *transport_maps;
    const char *default_transport;
    const char *relay_transport;
    const char *local_transport;
    const char *relayhost;
    const char *relay_domains;
    const char *myhostname;
} QMGR_RESOLVE_CONF;

extern int qmgr_resolve(const QMGR_RESOLVE_CONF *, const char *,
			        VSTRING *, VSTRING *);
extern void qmgr_resolve_conf(QMGR_RESOLVE_CONF *);

 /*
  * qmgr_transport.c
  */
extern QMGR_TRANSPORT *qmgr_transport_find(const char *);
extern void qmgr_transport_throttle(QMGR_TRANSPORT *, const char *);
extern void qmgr_transport_unthrottle(QMGR_TRANSPORT *);
extern void qmgr_transport_flush_dead(void);
extern int qmgr_transport_tick(time_t);
extern QMGR_TRANSPORT *qmgr_transport_list(void);

 /*
  * qmgr_queue.c
  */
extern void qmgr_queue_table_init(int);
extern QMGR_QUEUE *qmgr_queue_find(QMGR_TRANSPORT *, const char *);
extern void qmgr_queue_release(QMGR_QUEUE *);
extern int qmgr_queue_ready(QMGR_QUEUE *, time_t);
extern void qmgr_queue_success(QMGR_QUEUE *);
extern int qmgr_queue_failure(QMGR_QUEUE *, const char *, const char *);
extern void qmgr_queue_throttle(QMGR_QUEUE *, const char *, const char *);
extern void qmgr_queue_unthrottle(QMGR_QUEUE *);
extern int qmgr_queue_conn_flags(QMGR_QUEUE *);
extern void qmgr_queue_clog_check(QMGR_QUEUE *, int, time_t);

 /*
  * Pure window arithmetic (qmgr_queue.c), for tests.
  */
extern int qmgr_window_up(int *, int *, int);
extern int qmgr_window_down(int *, int *, int);

 /*
  * qmgr_entry.c
  */
extern int qmgr_entry_add(QMGR_QUEUE *, QMGR_RCPT *, size_t);
extern QMGR_ENTRY *qmgr_entry_select(QMGR_QUEUE *);
extern void qmgr_entry_done(QMGR_ENTRY *);

 /*
  * qmgr_deliver.c
  */
extern void qmgr_deliver_schedule(void);
extern int qmgr_deliver_busy(void);

 /*
  * qmgr_defer.c
  */
extern void qmgr_defer_entry(QMGR_ENTRY *, const char *, const char *);
extern void qmgr_defer_todo(QMGR_QUEUE *, const char *, const char *);
extern void qmgr_defer_now(QMGR_MESSAGE *, const RECIPIENT *, const char *,
			           const char *);
extern int qmgr_defer_backoff(time_t, time_t, int, int);
extern int qmgr_defer_expired(time_t, time_t, int);
extern int qmgr_defer_warn_due(long, time_t);

#endif

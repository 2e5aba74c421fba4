/*++
/* NAME
/*	scache_store 3
/* SUMMARY
/*	the tables of the scache(8) connection cache
/* SYNOPSIS
/*	#include "scache_store.h"
/*
/*	void	scache_store_init(capacity)
/*	int	capacity;
/*
/*	int	scache_store_save_endp(ttl, label, prop, fd)
/*	int	ttl;
/*	const char *label;
/*	const char *prop;
/*	int	fd;
/*
/*	int	scache_store_find_endp(label, prop)
/*	const char *label;
/*	VSTRING	*prop;
/*
/*	int	scache_store_save_dest(ttl, label, prop, endp_label)
/*	int	ttl;
/*	const char *label;
/*	const char *prop;
/*	const char *endp_label;
/*
/*	int	scache_store_find_dest(label, dest_prop, endp_prop)
/*	const char *label;
/*	VSTRING	*dest_prop;
/*	VSTRING	*endp_prop;
/*
/*	void	scache_store_expire()
/*
/*	void	scache_store_stats(stats)
/*	SCACHE_STORE_STATS *stats;
/* DESCRIPTION
/*	Two tables, each a pool of capacity entries allocated once by
/*	scache_store_init() and kept in the order in which entries were
/*	saved: connections (endpoint label, endpoint properties, the
/*	descriptor, the time of expiry) and destinations (destination
/*	label, destination properties, endpoint label, the time of
/*	expiry). Labels and properties are opaque text. Times are on
/*	the monotonic clock: setting the wall clock does not expire or
/*	keep anything.
/*
/*	scache_store_save_endp() takes ownership of fd and keeps it for
/*	ttl seconds under label. Several connections may share a label.
/*	When the table is full the oldest connection is closed to make
/*	room. The result is 0, or -1 (fd closed) for a label or
/*	property string that is too long (SCACHE_LABEL_MAX,
/*	SCACHE_PROP_MAX in scache(3h)) or a ttl below 1.
/*
/*	scache_store_find_endp() removes the most recently saved
/*	connection under label from the table and returns its
/*	descriptor, which now belongs to the caller, with its properties
/*	in prop; -1 when there is none.
/*
/*	scache_store_save_dest() records for ttl seconds that label
/*	uses connections saved under endp_label, with properties prop.
/*	A destination that is already there is replaced (and counts as
/*	the newest). When the table is full the oldest destination is
/*	forgotten. The result is 0, or -1 as for save_endp.
/*
/*	scache_store_find_dest() looks up label's endpoint label and
/*	takes out a connection for it as scache_store_find_endp() does;
/*	the destination stays. It returns the descriptor, with the
/*	destination properties in dest_prop and the endpoint properties
/*	in endp_prop, or -1.
/*
/*	The find functions count hits and misses for the statistics
/*	(domain lookups for find_dest, address lookups for find_endp).
/*
/*	scache_store_expire() closes the connections and forgets the
/*	destinations whose time has come. One event timer (events(3h))
/*	calls it when the earliest entry is due; the find functions
/*	call it first, so that nothing expired is ever handed out.
/*
/*	scache_store_stats() copies the counters of the interval that
/*	ends now and starts a new one: hits and misses are zeroed, the
/*	"at once" maxima start from the present numbers.
/* DIAGNOSTICS
/*	Panic: a call before scache_store_init(). Verbose logging shows
/*	connections that were closed to make room or because they
/*	expired.
/*--*/

#include <sys_defs.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <events.h>
#include <iostuff.h>
#include <pool.h>
#include <vstring.h>
#include <scache.h>

#include "scache_store.h"

 /*
  * Entries are kept on lists from oldest to newest. The link comes first
  * in each entry, so that a link pointer is also the entry's address.
  */
typedef struct SCACHE_LINK {
    struct SCACHE_LINK *older;
    struct SCACHE_LINK *newer;
} SCACHE_LINK;

typedef struct SCACHE_LIST {
    SCACHE_LINK *oldest;
    SCACHE_LINK *newest;
    int     count;
} SCACHE_LIST;

typedef struct SCACHE_CONN {
    SCACHE_LINK link;			/* must be first */
    long long expires;			/* monotonic milliseconds */
    int     fd;				/* the cached connection */
    char    label[SCACHE_LABEL_MAX + 1];
    char    prop[SCACHE_PROP_MAX + 1];
} SCACHE_CONN;

typedef struct SCACHE_DEST {
    SCACHE_LINK link;			/* must be first */
    long long expires;			/* monotonic milliseconds */
    char    label[SCACHE_LABEL_MAX + 1];
    char    endp_label[SCACHE_LABEL_MAX + 1];
    char    prop[SCACHE_PROP_MAX + 1];
} SCACHE_DEST;

static POOL *scache_conn_pool;
static POOL *scache_dest_pool;
static SCACHE_LIST scache_conns;
static SCACHE_LIST scache_dests;
static int scache_endp_count;		/* distinct connection labels */
static SCACHE_STORE_STATS scache_counts;

#define SCACHE_CONN_OF(l)	((SCACHE_CONN *) (l))
#define SCACHE_DEST_OF(l)	((SCACHE_DEST *) (l))

/* scache_list_append - add as the newest entry */

static void scache_list_append(SCACHE_LIST *list, SCACHE_LINK *link)
{
    link->newer = 0;
    link->older = list->newest;
    if (list->newest)
	list->newest->newer = link;
    else
	list->oldest = link;
    list->newest = link;
    list->count++;
}

/* scache_list_remove - take an entry off its list */

static void scache_list_remove(SCACHE_LIST *list, SCACHE_LINK *link)
{
    if (link->older)
	link->older->newer = link->newer;
    else
	list->oldest = link->newer;
    if (link->newer)
	link->newer->older = link->older;
    else
	list->newest = link->older;
    link->older = link->newer = 0;
    list->count--;
}

/* scache_store_ready - the tables exist */

static void scache_store_ready(const char *myname)
{
    if (scache_conn_pool == 0)
	msg_panic("%s: scache_store_init() was not called", myname);
}

/* scache_label_in_use - does another connection have this label */

static int scache_label_in_use(const char *label, const SCACHE_CONN *except)
{
    SCACHE_LINK *l;

    for (l = scache_conns.oldest; l != 0; l = l->newer)
	if (SCACHE_CONN_OF(l) != except
	    && strcmp(SCACHE_CONN_OF(l)->label, label) == 0)
	    return (1);
    return (0);
}

/* scache_conn_unlink - take a connection out; the caller has the fd */

static int scache_conn_unlink(SCACHE_CONN *conn)
{
    int     fd = conn->fd;

    if (!scache_label_in_use(conn->label, conn))
	scache_endp_count--;
    scache_list_remove(&scache_conns, &conn->link);
    pool_free(scache_conn_pool, conn);
    return (fd);
}

/* scache_conn_drop - take a connection out and close it */

static void scache_conn_drop(SCACHE_CONN *conn, const char *why)
{
    if (msg_verbose)
	msg_info("scache: %s connection fd %d for %s", why, conn->fd,
		 conn->label);
    (void) close(scache_conn_unlink(conn));
}

/* scache_dest_drop - forget a destination */

static void scache_dest_drop(SCACHE_DEST *dest, const char *why)
{
    if (msg_verbose)
	msg_info("scache: %s destination %s", why, dest->label);
    scache_list_remove(&scache_dests, &dest->link);
    pool_free(scache_dest_pool, dest);
}

/* scache_store_timer - the earliest entry is due */

static void scache_store_timer(int event, void *context)
{
    (void) event;
    (void) context;
    scache_store_expire();
}

/* scache_store_schedule - run the timer when the earliest entry is due */

static void scache_store_schedule(void)
{
    SCACHE_LINK *l;
    long long due = DEADLINE_NONE;
    long long now;

    for (l = scache_conns.oldest; l != 0; l = l->newer)
	if (due == DEADLINE_NONE || SCACHE_CONN_OF(l)->expires < due)
	    due = SCACHE_CONN_OF(l)->expires;
    for (l = scache_dests.oldest; l != 0; l = l->newer)
	if (due == DEADLINE_NONE || SCACHE_DEST_OF(l)->expires < due)
	    due = SCACHE_DEST_OF(l)->expires;
    if (due == DEADLINE_NONE) {
	(void) event_cancel_timer(scache_store_timer, 0);
	return;
    }
    now = deadline_now();
    (void) event_request_timer(scache_store_timer, 0, due <= now ? 0 :
			       (int) ((due - now + 999) / 1000));
}

/* scache_store_init - allocate the tables */

void    scache_store_init(int capacity)
{
    if (capacity < 1)
	msg_panic("scache_store_init: bad capacity %d", capacity);
    scache_conn_pool = pool_create("scache connections",
				   sizeof(SCACHE_CONN), capacity);
    scache_dest_pool = pool_create("scache destinations",
				   sizeof(SCACHE_DEST), capacity);
}

/* scache_store_fits - check a request's sizes */

static int scache_store_fits(int ttl, const char *label, const char *prop,
			             const char *endp_label)
{
    return (ttl > 0 && *label != 0 && strlen(label) <= SCACHE_LABEL_MAX
	    && strlen(prop) <= SCACHE_PROP_MAX
	    && (endp_label == 0 || (*endp_label != 0
				    && strlen(endp_label) <= SCACHE_LABEL_MAX)));
}

/* scache_store_save_endp - keep a connection */

int     scache_store_save_endp(int ttl, const char *label, const char *prop,
			               int fd)
{
    SCACHE_CONN *conn;

    scache_store_ready("scache_store_save_endp");
    if (!scache_store_fits(ttl, label, prop, (char *) 0)) {
	(void) close(fd);
	return (-1);
    }
    if ((conn = (SCACHE_CONN *) pool_alloc(scache_conn_pool)) == 0) {
	scache_conn_drop(SCACHE_CONN_OF(scache_conns.oldest), "full, closing the oldest");
	if ((conn = (SCACHE_CONN *) pool_alloc(scache_conn_pool)) == 0)
	    msg_panic("scache_store_save_endp: no room after a drop");
    }
    conn->fd = fd;
    conn->expires = deadline_set(ttl);
    strcpy(conn->label, label);
    strcpy(conn->prop, prop);
    if (!scache_label_in_use(label, conn))
	scache_endp_count++;
    scache_list_append(&scache_conns, &conn->link);
    if (scache_conns.count > scache_counts.max_conn)
	scache_counts.max_conn = scache_conns.count;
    if (scache_endp_count > scache_counts.max_endp)
	scache_counts.max_endp = scache_endp_count;
    scache_store_schedule();
    return (0);
}

/* scache_store_take - remove the newest connection under a label */

static int scache_store_take(const char *label, VSTRING *prop)
{
    SCACHE_LINK *l;

    for (l = scache_conns.newest; l != 0; l = l->older) {
	if (strcmp(SCACHE_CONN_OF(l)->label, label) == 0) {
	    vstring_strcpy(prop, SCACHE_CONN_OF(l)->prop);
	    return (scache_conn_unlink(SCACHE_CONN_OF(l)));
	}
    }
    return (-1);
}

/* scache_store_find_endp - take a connection for an endpoint */

int     scache_store_find_endp(const char *label, VSTRING *prop)
{
    int     fd;

    scache_store_ready("scache_store_find_endp");
    scache_store_expire();
    if ((fd = scache_store_take(label, prop)) < 0)
	scache_counts.endp_miss++;
    else
	scache_counts.endp_hits++;
    return (fd);
}

/* scache_store_save_dest - bind a destination to an endpoint */

int     scache_store_save_dest(int ttl, const char *label, const char *prop,
			               const char *endp_label)
{
    SCACHE_LINK *l;
    SCACHE_DEST *dest = 0;

    scache_store_ready("scache_store_save_dest");
    if (!scache_store_fits(ttl, label, prop, endp_label))
	return (-1);
    for (l = scache_dests.oldest; l != 0; l = l->newer) {
	if (strcmp(SCACHE_DEST_OF(l)->label, label) == 0) {
	    dest = SCACHE_DEST_OF(l);
	    scache_list_remove(&scache_dests, l);
	    break;
	}
    }
    if (dest == 0 && (dest = (SCACHE_DEST *) pool_alloc(scache_dest_pool)) == 0) {
	scache_dest_drop(SCACHE_DEST_OF(scache_dests.oldest), "full, forgetting the oldest");
	if ((dest = (SCACHE_DEST *) pool_alloc(scache_dest_pool)) == 0)
	    msg_panic("scache_store_save_dest: no room after a drop");
    }
    dest->expires = deadline_set(ttl);
    strcpy(dest->label, label);
    strcpy(dest->endp_label, endp_label);
    strcpy(dest->prop, prop);
    scache_list_append(&scache_dests, &dest->link);
    if (scache_dests.count > scache_counts.max_dest)
	scache_counts.max_dest = scache_dests.count;
    scache_store_schedule();
    return (0);
}

/* scache_store_find_dest - take a connection for a destination */

int     scache_store_find_dest(const char *label, VSTRING *dest_prop,
			               VSTRING *endp_prop)
{
    SCACHE_LINK *l;
    int     fd = -1;

    scache_store_ready("scache_store_find_dest");
    scache_store_expire();
    for (l = scache_dests.oldest; l != 0; l = l->newer) {
	if (strcmp(SCACHE_DEST_OF(l)->label, label) == 0) {
	    if ((fd = scache_store_take(SCACHE_DEST_OF(l)->endp_label,
					endp_prop)) >= 0)
		vstring_strcpy(dest_prop, SCACHE_DEST_OF(l)->prop);
	    break;
	}
    }
    if (fd < 0)
	scache_counts.dest_miss++;
    else
	scache_counts.dest_hits++;
    return (fd);
}

/* scache_store_expire - close and forget what is due */

void    scache_store_expire(void)
{
    SCACHE_LINK *l;
    SCACHE_LINK *next;
    long long now;

    scache_store_ready("scache_store_expire");
    now = deadline_now();
    for (l = scache_conns.oldest; l != 0; l = next) {
	next = l->newer;
	if (SCACHE_CONN_OF(l)->expires <= now)
	    scache_conn_drop(SCACHE_CONN_OF(l), "expired");
    }
    for (l = scache_dests.oldest; l != 0; l = next) {
	next = l->newer;
	if (SCACHE_DEST_OF(l)->expires <= now)
	    scache_dest_drop(SCACHE_DEST_OF(l), "expired");
    }
    scache_store_schedule();
}

/* scache_store_stats - the counters of an interval, and a new interval */

void    scache_store_stats(SCACHE_STORE_STATS *stats)
{
    scache_store_ready("scache_store_stats");
    *stats = scache_counts;
    memset(&scache_counts, 0, sizeof(scache_counts));
    scache_counts.max_dest = scache_dests.count;
    scache_counts.max_endp = scache_endp_count;
    scache_counts.max_conn = scache_conns.count;
}

/*++
/* NAME
/*	events 3
/* SUMMARY
/*	event loop: descriptor readiness and timers
/* SYNOPSIS
/*	#include <events.h>
/*
/*	void	event_init(max_fds, max_timers)
/*	int	max_fds;
/*	int	max_timers;
/*
/*	void	event_enable_read(fd, callback, context)
/*	int	fd;
/*	void	(*callback)(int event, void *context);
/*	void	*context;
/*
/*	void	event_enable_write(fd, callback, context)
/*	int	fd;
/*	void	(*callback)(int event, void *context);
/*	void	*context;
/*
/*	void	event_disable_readwrite(fd)
/*	int	fd;
/*
/*	time_t	event_request_timer(callback, context, delay)
/*	void	(*callback)(int event, void *context);
/*	void	*context;
/*	int	delay;
/*
/*	int	event_cancel_timer(callback, context)
/*	void	(*callback)(int event, void *context);
/*	void	*context;
/*
/*	void	event_loop(delay)
/*	int	delay;
/*
/*	time_t	event_time()
/* DESCRIPTION
/*	A daemon's single thread of control waits here, in poll(2)
/*	(through port_poll()), for descriptors that are ready and timers
/*	that are due, and runs the callbacks that were registered for
/*	them. A callback is called as callback(event, context).
/*
/*	event_init() sizes the tables once: descriptors 0 to max_fds-1
/*	can be watched, and at most max_timers timers can be pending.
/*	Nothing is allocated after that. It also sets the process's soft
/*	RLIMIT_NOFILE to max_fds (or to the hard limit, when that is
/*	lower), so that the kernel refuses a descriptor the tables
/*	cannot hold (EMFILE): too many connections become back-pressure
/*	instead of a crash. A program that executes another program may
/*	have to restore the limit for it.
/*
/*	event_enable_read() and event_enable_write() ask for a callback
/*	when fd is readable or writable; the request stays until
/*	event_disable_readwrite() cancels both. A descriptor may have a
/*	read and a write callback at the same time. The read callback
/*	gets EVENT_READ for data, end of file or hang-up, and EVENT_XCPT
/*	for an error condition alone; the write callback gets
/*	EVENT_WRITE, or EVENT_XCPT for an error condition (for a pipe:
/*	the reader went away) or a hang-up that leaves nothing
/*	writable. Disable a descriptor before closing it.
/*
/*	event_request_timer() asks for one callback with EVENT_TIME
/*	after delay seconds, and returns the wall-clock time when it is
/*	due. Asking again for the same callback and context moves the
/*	timer instead of adding one. Timers that are due at the same
/*	time run in the order in which they were requested. Timers run
/*	on the monotonic clock: setting the wall clock does not change
/*	when they run.
/*
/*	event_cancel_timer() cancels the timer for callback and context;
/*	it returns the seconds that were left (rounded up), or -1 when
/*	there was no such timer.
/*
/*	event_loop() runs one round: it waits until a descriptor is
/*	ready, a timer is due, or delay seconds have passed (delay -1:
/*	no limit, 0: do not wait), then calls the callbacks of the
/*	timers that are due, then those of the ready descriptors.
/*	Callbacks may enable, disable, request and cancel anything; a
/*	timer that a timer callback requests with delay 0 runs in the
/*	next round, and a descriptor that is disabled by an earlier
/*	callback of the same round is not reported.
/*
/*	event_time() returns the wall-clock time (time(2)) as it was at
/*	event_init() or at the last wake-up of event_loop(): a cheap
/*	"now" for timestamps.
/* DIAGNOSTICS
/*	Panic: use before event_init() or calling it twice, a
/*	descriptor outside 0..max_fds-1, a descriptor that is no longer
/*	open, a second callback for the same descriptor and direction,
/*	a null callback, more than max_timers timers, and calling
/*	event_loop() from inside a callback.
/*
/*	Fatal: a poll(2) error other than EINTR.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <msg.h>
#include <mymalloc.h>
#include <iostuff.h>
#include <port_net.h>
#include <events.h>

 /*
  * Per descriptor: the callbacks, and where it is in the poll array.
  * The generation number changes when the callbacks are disabled, so
  * that readiness collected before a callback closed the descriptor is
  * not delivered to the next user of the same number.
  */
typedef struct EVENT_FD {
    EVENT_FN read_fn;
    void   *read_context;
    EVENT_FN write_fn;
    void   *write_context;
    int     poll_slot;			/* event_pollfds index + 1, or 0 */
    unsigned generation;
} EVENT_FD;

 /*
  * Readiness reported by poll, copied before any callback runs.
  */
typedef struct EVENT_READY {
    int     fd;
    short   revents;
    unsigned generation;
} EVENT_READY;

 /*
  * Timers, sorted by due time; equal times in request order.
  */
typedef struct EVENT_TIMER {
    long long when;			/* monotonic milliseconds */
    EVENT_FN callback;
    void   *context;
    unsigned long round;		/* event_loop() round of the request */
} EVENT_TIMER;

#define EVENT_ALIGN(n)	(((n) + 15) & ~(size_t) 15)

static EVENT_FD *event_fds;
static int event_max_fds;
static struct pollfd *event_pollfds;
static int event_poll_count;
static EVENT_READY *event_ready;
static EVENT_TIMER *event_timers;
static int event_timer_count;
static int event_max_timers;
static time_t event_present;
static unsigned long event_round;
static int event_looping;

/* event_limit_fds - make the kernel refuse descriptors beyond the table */

static void event_limit_fds(int max_fds)
{
    struct rlimit rl;

    if (getrlimit(RLIMIT_NOFILE, &rl) < 0) {
	msg_warn("event_init: getrlimit RLIMIT_NOFILE: %m");
	return;
    }
    if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < (rlim_t) max_fds)
	rl.rlim_cur = rl.rlim_max;
    else
	rl.rlim_cur = max_fds;
    if (setrlimit(RLIMIT_NOFILE, &rl) < 0)
	msg_warn("event_init: setrlimit RLIMIT_NOFILE %lu: %m",
		 (unsigned long) rl.rlim_cur);
}

/* event_alloc_tables - one zero-filled block for the four tables */

static void event_alloc_tables(int max_fds, int max_timers)
{
    size_t  pollfds_len = EVENT_ALIGN(sizeof(*event_pollfds) * max_fds);
    size_t  ready_len = EVENT_ALIGN(sizeof(*event_ready) * max_fds);
    size_t  timers_len = EVENT_ALIGN(sizeof(*event_timers) * max_timers);
    size_t  fds_len = sizeof(*event_fds) * max_fds;
    char   *mem;

    /*
     * Pages of their own: only the entries in use cost memory, whatever
     * the limits are (each table fills from the front; descriptor
     * numbers start low). Small tables share a page.
     */
    mem = mymalloc_pages(pollfds_len + ready_len + timers_len + fds_len);
    event_pollfds = (struct pollfd *) mem;
    event_ready = (EVENT_READY *) (mem + pollfds_len);
    event_timers = (EVENT_TIMER *) (mem + pollfds_len + ready_len);
    event_fds = (EVENT_FD *) (mem + pollfds_len + ready_len + timers_len);
}

/* event_init - size the tables */

void    event_init(int max_fds, int max_timers)
{
    if (event_fds != 0)
	msg_panic("event_init: called twice");
    if (max_fds < 1 || max_timers < 1)
	msg_panic("event_init: bad size: %d descriptors, %d timers",
		  max_fds, max_timers);
    event_alloc_tables(max_fds, max_timers);
    event_max_fds = max_fds;
    event_max_timers = max_timers;
    event_limit_fds(max_fds);
    event_present = time((time_t *) 0);
    if (msg_verbose)
	msg_info("event_init: %d descriptors, %d timers", max_fds, max_timers);
}

/* event_fd - table entry of a descriptor */

static EVENT_FD *event_fd(const char *myname, int fd)
{
    if (event_fds == 0)
	msg_panic("%s: event_init() was not called", myname);
    if (fd < 0 || fd >= event_max_fds)
	msg_panic("%s: descriptor %d out of range 0..%d",
		  myname, fd, event_max_fds - 1);
    return (event_fds + fd);
}

/* event_poll_update - make the poll array match the callbacks */

static void event_poll_update(int fd, EVENT_FD *ep)
{
    short   events = (ep->read_fn ? POLLIN : 0) | (ep->write_fn ? POLLOUT : 0);
    int     last;

    if (events == 0) {
	if (ep->poll_slot > 0) {
	    last = --event_poll_count;
	    if (ep->poll_slot - 1 != last) {
		event_pollfds[ep->poll_slot - 1] = event_pollfds[last];
		event_fds[event_pollfds[last].fd].poll_slot = ep->poll_slot;
	    }
	    ep->poll_slot = 0;
	}
	return;
    }
    if (ep->poll_slot == 0) {
	ep->poll_slot = ++event_poll_count;
	event_pollfds[ep->poll_slot - 1].fd = fd;
    }
    event_pollfds[ep->poll_slot - 1].events = events;
}

/* event_enable_read - call back when readable */

void    event_enable_read(int fd, EVENT_FN callback, void *context)
{
    EVENT_FD *ep = event_fd("event_enable_read", fd);

    if (callback == 0)
	msg_panic("event_enable_read: fd %d: null callback", fd);
    if (ep->read_fn != 0
	&& (ep->read_fn != callback || ep->read_context != context))
	msg_panic("event_enable_read: fd %d: another read callback is active", fd);
    ep->read_fn = callback;
    ep->read_context = context;
    event_poll_update(fd, ep);
}

/* event_enable_write - call back when writable */

void    event_enable_write(int fd, EVENT_FN callback, void *context)
{
    EVENT_FD *ep = event_fd("event_enable_write", fd);

    if (callback == 0)
	msg_panic("event_enable_write: fd %d: null callback", fd);
    if (ep->write_fn != 0
	&& (ep->write_fn != callback || ep->write_context != context))
	msg_panic("event_enable_write: fd %d: another write callback is active", fd);
    ep->write_fn = callback;
    ep->write_context = context;
    event_poll_update(fd, ep);
}

/* event_disable_readwrite - no more callbacks for this descriptor */

void    event_disable_readwrite(int fd)
{
    EVENT_FD *ep = event_fd("event_disable_readwrite", fd);

    ep->read_fn = 0;
    ep->read_context = 0;
    ep->write_fn = 0;
    ep->write_context = 0;
    ep->generation++;
    event_poll_update(fd, ep);
}

/* event_timer_find - index of the timer for callback and context, or -1 */

static int event_timer_find(EVENT_FN callback, void *context)
{
    int     i;

    for (i = 0; i < event_timer_count; i++)
	if (event_timers[i].callback == callback
	    && event_timers[i].context == context)
	    return (i);
    return (-1);
}

/* event_timer_remove - take a timer out of the sorted array */

static void event_timer_remove(int i)
{
    event_timer_count--;
    memmove(event_timers + i, event_timers + i + 1,
	    (event_timer_count - i) * sizeof(*event_timers));
}

/* event_request_timer - call back once, after delay seconds */

time_t  event_request_timer(EVENT_FN callback, void *context, int delay)
{
    long long when;
    int     i;

    if (event_fds == 0)
	msg_panic("event_request_timer: event_init() was not called");
    if (callback == 0)
	msg_panic("event_request_timer: null callback");
    if (delay < 0)
	msg_panic("event_request_timer: bad delay %d", delay);
    if ((i = event_timer_find(callback, context)) >= 0)
	event_timer_remove(i);
    else if (event_timer_count >= event_max_timers)
	msg_panic("event_request_timer: all %d timers are in use",
		  event_max_timers);

    /*
     * Insert after every timer that is due no later, so that equal due
     * times keep the request order.
     */
    when = deadline_now() + (long long) delay * 1000;
    for (i = event_timer_count; i > 0 && event_timers[i - 1].when > when; i--)
	 /* void */ ;
    memmove(event_timers + i + 1, event_timers + i,
	    (event_timer_count - i) * sizeof(*event_timers));
    event_timers[i].when = when;
    event_timers[i].callback = callback;
    event_timers[i].context = context;
    event_timers[i].round = event_round;
    event_timer_count++;
    return (time((time_t *) 0) + delay);
}

/* event_cancel_timer - forget a timer, return the seconds it had left */

int     event_cancel_timer(EVENT_FN callback, void *context)
{
    long long left;
    int     i;

    if ((i = event_timer_find(callback, context)) < 0)
	return (-1);
    left = event_timers[i].when - deadline_now();
    event_timer_remove(i);
    return (left <= 0 ? 0 : (int) ((left + 999) / 1000));
}

/* event_time - wall clock as of the last wake-up */

time_t  event_time(void)
{
    return (event_present);
}

/* event_wait_ms - poll timeout: the delay, or sooner for a timer */

static int event_wait_ms(int delay)
{
    long long wait;
    long long until_timer;

    wait = (delay < 0 ? -1 : (long long) delay * 1000);
    if (event_timer_count > 0) {
	until_timer = event_timers[0].when - deadline_now();
	if (until_timer < 0)
	    until_timer = 0;
	if (wait < 0 || until_timer < wait)
	    wait = until_timer;
    }
    return (wait > INT_MAX ? INT_MAX : (int) wait);
}

/* event_collect - copy what poll reported, before callbacks change it */

static int event_collect(void)
{
    struct pollfd *pp;
    int     count = 0;
    int     i;

    for (i = 0; i < event_poll_count; i++) {
	pp = event_pollfds + i;
	if (pp->revents == 0)
	    continue;
	if (pp->revents & POLLNVAL)
	    msg_panic("event_loop: fd %d is not open (closed before "
		      "event_disable_readwrite?)", pp->fd);
	event_ready[count].fd = pp->fd;
	event_ready[count].revents = pp->revents;
	event_ready[count].generation = event_fds[pp->fd].generation;
	count++;
    }
    return (count);
}

/* event_run_timers - call back the timers that are due */

static void event_run_timers(void)
{
    long long now = deadline_now();
    EVENT_TIMER timer;
    int     i;

    /*
     * Callbacks may change the array, so look again from the start
     * after each one. Timers requested during this round wait for the
     * next, or a zero-delay timer that requests itself would never let
     * the loop go.
     */
    for (i = 0; i < event_timer_count && event_timers[i].when <= now; /* */ ) {
	if (event_timers[i].round == event_round) {
	    i++;
	    continue;
	}
	timer = event_timers[i];
	event_timer_remove(i);
	timer.callback(EVENT_TIME, timer.context);
	i = 0;
    }
}

/* event_run_fds - call back the descriptors that are ready */

static void event_run_fds(int count)
{
    EVENT_READY *rp;
    EVENT_FD *ep;
    int     i;

    for (i = 0; i < count; i++) {
	rp = event_ready + i;
	ep = event_fds + rp->fd;
	if (ep->generation == rp->generation && ep->read_fn != 0
	    && (rp->revents & (POLLIN | POLLHUP | POLLERR)))
	    ep->read_fn((rp->revents & (POLLIN | POLLHUP)) ?
			EVENT_READ : EVENT_XCPT, ep->read_context);
	if (ep->generation == rp->generation && ep->write_fn != 0
	    && (rp->revents & (POLLOUT | POLLHUP | POLLERR)))
	    ep->write_fn((rp->revents & (POLLOUT | POLLERR)) == POLLOUT ?
			 EVENT_WRITE : EVENT_XCPT, ep->write_context);
    }
}

/* event_loop - wait once, then run the callbacks that are due */

void    event_loop(int delay)
{
    int     count = 0;

    if (event_fds == 0)
	msg_panic("event_loop: event_init() was not called");
    if (event_looping)
	msg_panic("event_loop: called from inside a callback");
    event_looping = 1;
    event_round++;

    if (port_poll(event_pollfds, event_poll_count, event_wait_ms(delay)) < 0) {
	if (errno != EINTR)
	    msg_fatal("event_loop: poll: %m");
    } else {
	count = event_collect();
    }
    event_present = time((time_t *) 0);
    event_run_timers();
    event_run_fds(count);
    event_looping = 0;
}

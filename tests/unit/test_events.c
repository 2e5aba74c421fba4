/*++
/* NAME
/*	test_events 1
/* SUMMARY
/*	unit tests for events(3)
/* SYNOPSIS
/*	test_events
/* DESCRIPTION
/*	Descriptor readiness with pipes, end of file and error
/*	conditions, timer order, moving and cancelling timers, the
/*	round rule for zero-delay timers, stale readiness after a
/*	descriptor is disabled or reused, and the panics. Time limits
/*	are generous (seconds) so that the tests also pass under qemu.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <signal.h>
#include <time.h>
#include <sys/socket.h>

#include <msg.h>
#include <iostuff.h>
#include <events.h>
#include <unit_test.h>

#define PANIC_STATUS	(128 + SIGABRT)
#define MAX_FDS		64
#define MAX_TIMERS	8

 /*
  * What the callbacks saw.
  */
static int seen_count;
static int seen_event;
static void *seen_context;
static char order[32];
static int order_len;

/* record - callback that remembers its last call */

static void record(int event, void *context)
{
    seen_count++;
    seen_event = event;
    seen_context = context;
}

/* record_order - timer callback that appends its context letter */

static void record_order(int event, void *context)
{
    if (event == EVENT_TIME && order_len < (int) sizeof(order) - 1)
	order[order_len++] = *(char *) context;
    order[order_len] = 0;
}

/* reset_seen - forget earlier callbacks */

static void reset_seen(void)
{
    seen_count = 0;
    seen_event = 0;
    seen_context = 0;
    order_len = 0;
    order[0] = 0;
}

/* loop_until - run rounds until count callbacks ran, or 10 s passed */

static void loop_until(int *counter, int count)
{
    long long limit = deadline_now() + 10000;

    while (*counter < count && deadline_now() < limit)
	event_loop(1);
}

/* test_read_ready - a read callback runs when data arrives */

static void test_read_ready(void)
{
    int     fds[2];
    char    ch;

    reset_seen();
    UNIT_ASSERT(pipe(fds) == 0);
    event_enable_read(fds[0], record, fds);
    event_loop(0);
    UNIT_ASSERT_INT(seen_count, 0);
    UNIT_ASSERT(write(fds[1], "x", 1) == 1);
    loop_until(&seen_count, 1);
    UNIT_ASSERT_INT(seen_count, 1);
    UNIT_ASSERT_INT(seen_event, EVENT_READ);
    UNIT_ASSERT(seen_context == fds);
    UNIT_ASSERT(read(fds[0], &ch, 1) == 1 && ch == 'x');
    /* Drained: no more callbacks. */
    event_loop(0);
    UNIT_ASSERT_INT(seen_count, 1);
    /* Disabled: no callbacks even with data. */
    event_disable_readwrite(fds[0]);
    UNIT_ASSERT(write(fds[1], "y", 1) == 1);
    event_loop(0);
    UNIT_ASSERT_INT(seen_count, 1);
    close(fds[0]);
    close(fds[1]);
}

/* test_write_ready - a write callback runs when there is room */

static void test_write_ready(void)
{
    int     fds[2];

    reset_seen();
    UNIT_ASSERT(pipe(fds) == 0);
    event_enable_write(fds[1], record, 0);
    event_loop(0);
    UNIT_ASSERT_INT(seen_count, 1);
    UNIT_ASSERT_INT(seen_event, EVENT_WRITE);
    event_disable_readwrite(fds[1]);
    event_loop(0);
    UNIT_ASSERT_INT(seen_count, 1);
    close(fds[0]);
    close(fds[1]);
}

/* test_end_of_file - the read callback sees end of file as EVENT_READ */

static void test_end_of_file(void)
{
    int     fds[2];
    char    ch;

    reset_seen();
    UNIT_ASSERT(pipe(fds) == 0);
    event_enable_read(fds[0], record, 0);
    close(fds[1]);
    loop_until(&seen_count, 1);
    UNIT_ASSERT_INT(seen_count, 1);
    UNIT_ASSERT_INT(seen_event, EVENT_READ);
    UNIT_ASSERT(read(fds[0], &ch, 1) == 0);
    event_disable_readwrite(fds[0]);
    close(fds[0]);
}

/* test_write_error - the write callback sees a vanished reader */

static void test_write_error(void)
{
    int     fds[2];

    reset_seen();
    UNIT_ASSERT(pipe(fds) == 0);
    close(fds[0]);
    event_enable_write(fds[1], record, 0);
    loop_until(&seen_count, 1);
    UNIT_ASSERT_INT(seen_count, 1);
    UNIT_ASSERT_INT(seen_event, EVENT_XCPT);
    event_disable_readwrite(fds[1]);
    close(fds[1]);
}

/* test_read_and_write - one descriptor, two callbacks */

static void test_read_and_write(void)
{
    int     sv[2];
    int     reads = 0;
    int     writes = 0;

    reset_seen();
    UNIT_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    event_enable_read(sv[0], record, &reads);
    event_enable_write(sv[0], record, &writes);
    event_loop(0);
    UNIT_ASSERT_INT(seen_count, 1);
    UNIT_ASSERT(seen_context == &writes);
    UNIT_ASSERT(write(sv[1], "z", 1) == 1);
    reset_seen();
    loop_until(&seen_count, 2);
    UNIT_ASSERT_INT(seen_count, 2);
    event_disable_readwrite(sv[0]);
    close(sv[0]);
    close(sv[1]);
}

/* test_timer_order - due time first, then request order */

static void test_timer_order(void)
{
    static char a = 'a', b = 'b', c = 'c', d = 'd';

    reset_seen();
    event_request_timer(record_order, &a, 2);
    event_request_timer(record_order, &b, 1);
    event_request_timer(record_order, &c, 0);
    event_request_timer(record_order, &d, 1);
    loop_until(&order_len, 4);
    UNIT_ASSERT_STR(order, "cbda");
}

/* test_timer_move - a second request moves the timer */

static void test_timer_move(void)
{
    static char a = 'a', b = 'b';
    time_t  now = time((time_t *) 0);
    time_t  due;

    reset_seen();
    event_request_timer(record_order, &a, 0);
    event_request_timer(record_order, &b, 1);
    due = event_request_timer(record_order, &a, 2);
    UNIT_ASSERT(due >= now + 2 && due <= now + 4);
    loop_until(&order_len, 2);
    UNIT_ASSERT_STR(order, "ba");
    /* Each ran once: nothing is left. */
    UNIT_ASSERT_INT(event_cancel_timer(record_order, &a), -1);
    UNIT_ASSERT_INT(event_cancel_timer(record_order, &b), -1);
}

/* test_timer_cancel - a cancelled timer does not run */

static void test_timer_cancel(void)
{
    static char a = 'a', b = 'b';
    int     left;

    reset_seen();
    event_request_timer(record_order, &a, 0);
    event_request_timer(record_order, &b, 0);
    UNIT_ASSERT_INT(event_cancel_timer(record_order, &a), 0);
    UNIT_ASSERT_INT(event_cancel_timer(record_order, &a), -1);
    loop_until(&order_len, 1);
    event_loop(0);
    UNIT_ASSERT_STR(order, "b");
    event_request_timer(record_order, &a, 5);
    left = event_cancel_timer(record_order, &a);
    UNIT_ASSERT(left >= 4 && left <= 5);
    UNIT_ASSERT_INT(event_cancel_timer(record, 0), -1);
}

/* again - timer callback that asks to run again at once */

static void again(int event, void *context)
{
    (void) event;
    (*(int *) context)++;
    event_request_timer(again, context, 0);
}

/* test_timer_round - a zero-delay timer from a timer waits a round */

static void test_timer_round(void)
{
    int     count = 0;

    event_request_timer(again, &count, 0);
    event_loop(0);
    UNIT_ASSERT_INT(count, 1);
    event_loop(0);
    UNIT_ASSERT_INT(count, 2);
    UNIT_ASSERT_INT(event_cancel_timer(again, &count), 0);
    event_loop(0);
    UNIT_ASSERT_INT(count, 2);
}

/* test_loop_delay - an idle round waits for its delay */

static void test_loop_delay(void)
{
    long long start = deadline_now();
    time_t  before = time((time_t *) 0);
    long long waited;

    event_loop(1);
    waited = deadline_now() - start;
    UNIT_ASSERT(waited >= 900);
    UNIT_ASSERT(waited < 10000);
    UNIT_ASSERT(event_time() >= before);
    UNIT_ASSERT(event_time() <= time((time_t *) 0));
}

/* test_timer_wakes_loop - a due timer ends a long wait early */

static void test_timer_wakes_loop(void)
{
    static char a = 'a';
    long long start = deadline_now();

    reset_seen();
    event_request_timer(record_order, &a, 1);
    event_loop(-1);
    UNIT_ASSERT_STR(order, "a");
    UNIT_ASSERT(deadline_now() - start < 10000);
}

 /*
  * Two pipes whose callbacks disable each other: only one may run.
  */
static int pair_fds[2][2];
static int pair_ids[2] = {0, 1};

/* disable_other - read callback that disables the other pipe */

static void disable_other(int event, void *context)
{
    int     which = *(int *) context;

    (void) event;
    seen_count++;
    event_disable_readwrite(pair_fds[1 - which][0]);
}

/* test_disabled_in_round - readiness of a disabled descriptor is dropped */

static void test_disabled_in_round(void)
{
    int     i;

    reset_seen();
    for (i = 0; i < 2; i++) {
	UNIT_ASSERT(pipe(pair_fds[i]) == 0);
	UNIT_ASSERT(write(pair_fds[i][1], "x", 1) == 1);
	event_enable_read(pair_fds[i][0], disable_other, &pair_ids[i]);
    }
    /* Give both pipes time to be ready in the same round. */
    UNIT_ASSERT(read_wait(pair_fds[0][0], 5) == 0);
    UNIT_ASSERT(read_wait(pair_fds[1][0], 5) == 0);
    event_loop(0);
    UNIT_ASSERT_INT(seen_count, 1);
    for (i = 0; i < 2; i++) {
	event_disable_readwrite(pair_fds[i][0]);
	close(pair_fds[i][0]);
	close(pair_fds[i][1]);
    }
}

 /*
  * Two pipes are ready in one round. The first callback closes the other
  * pipe and opens a new one that gets the same descriptor number; the new
  * owner must not get the readiness of the old pipe.
  */
static int reuse_fds[2][2];
static int reuse_ids[2] = {0, 1};
static int reuse_new[2];
static int reuse_stale;

/* stale_reader - must not run in the round of the reuse */

static void stale_reader(int event, void *context)
{
    (void) event;
    (void) context;
    reuse_stale++;
}

/* recycle_other - read callback that recycles the other descriptor */

static void recycle_other(int event, void *context)
{
    int     other = 1 - *(int *) context;

    (void) event;
    if (seen_count++ > 0)
	return;
    event_disable_readwrite(reuse_fds[other][0]);
    close(reuse_fds[other][0]);
    if (pipe(reuse_new) == 0)
	event_enable_read(reuse_new[0], stale_reader, 0);
}

/* test_reused_descriptor - a recycled descriptor starts clean */

static void test_reused_descriptor(void)
{
    int     i;

    reset_seen();
    reuse_stale = 0;
    for (i = 0; i < 2; i++) {
	UNIT_ASSERT(pipe(reuse_fds[i]) == 0);
	UNIT_ASSERT(write(reuse_fds[i][1], "x", 1) == 1);
	UNIT_ASSERT(read_wait(reuse_fds[i][0], 5) == 0);
	event_enable_read(reuse_fds[i][0], recycle_other, &reuse_ids[i]);
    }
    event_loop(0);
    UNIT_ASSERT_INT(seen_count, 1);
    UNIT_ASSERT(reuse_new[0] == reuse_fds[0][0] || reuse_new[0] == reuse_fds[1][0]);
    UNIT_ASSERT_INT(reuse_stale, 0);
    event_loop(0);
    UNIT_ASSERT_INT(reuse_stale, 0);
    for (i = 0; i < 2; i++) {
	if (reuse_fds[i][0] != reuse_new[0]) {
	    event_disable_readwrite(reuse_fds[i][0]);
	    close(reuse_fds[i][0]);
	}
	close(reuse_fds[i][1]);
    }
    event_disable_readwrite(reuse_new[0]);
    close(reuse_new[0]);
    close(reuse_new[1]);
}

/* test_fd_limit - the kernel refuses descriptors beyond the table */

static void test_fd_limit(void)
{
    int     fds[MAX_FDS];
    int     n;
    int     fd = 0;

    for (n = 0; n < MAX_FDS && (fd = dup(0)) >= 0; n++) {
	fds[n] = fd;
	UNIT_ASSERT(fd < MAX_FDS);
    }
    UNIT_ASSERT(fd < 0 && errno == EMFILE);
    while (n > 0)
	close(fds[--n]);
}

/* reenter - timer callback that calls the loop */

static void reenter(int event, void *context)
{
    (void) event;
    (void) context;
    event_loop(0);
}

/* do_reenter - event_loop() from a callback */

static void do_reenter(void *context)
{
    (void) context;
    event_request_timer(reenter, 0, 0);
    event_loop(0);
}

/* do_fd_range - descriptor beyond the table */

static void do_fd_range(void *context)
{
    (void) context;
    event_enable_read(MAX_FDS, record, 0);
}

/* do_negative_fd - negative descriptor */

static void do_negative_fd(void *context)
{
    (void) context;
    event_disable_readwrite(-1);
}

/* do_second_callback - enable again: the same callback, or another */

static void do_second_callback(void *context)
{
    int     fds[2];

    if (pipe(fds) < 0)
	return;
    event_enable_read(fds[0], record, 0);
    event_enable_read(fds[0], record, context);
}

/* do_null_callback - a null callback */

static void do_null_callback(void *context)
{
    (void) context;
    event_enable_write(1, (EVENT_FN) 0, 0);
}

/* do_full_timers - fill the timer table; then move one, or add one */

static void do_full_timers(void *context)
{
    static char ctx[MAX_TIMERS + 1];
    int     i;

    for (i = 0; i < MAX_TIMERS; i++)
	event_request_timer(record, ctx + i, 10);
    event_request_timer(record, context ? ctx + MAX_TIMERS : ctx, 20);
}

/* do_init_twice - event_init() again */

static void do_init_twice(void *context)
{
    (void) context;
    event_init(MAX_FDS, MAX_TIMERS);
}

/* do_closed_fd - a descriptor closed without disabling it */

static void do_closed_fd(void *context)
{
    int     fds[2];

    (void) context;
    if (pipe(fds) < 0)
	return;
    event_enable_read(fds[0], record, 0);
    close(fds[0]);
    event_loop(0);
}

/* test_panics - misuse is a bug */

static void test_panics(void)
{
    UNIT_ASSERT_INT(unit_exit_status(do_reenter, 0), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_fd_range, 0), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_negative_fd, 0), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_second_callback, 0), 0);
    UNIT_ASSERT_INT(unit_exit_status(do_second_callback, "other"), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_null_callback, 0), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_full_timers, 0), 0);
    UNIT_ASSERT_INT(unit_exit_status(do_full_timers, "add"), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_init_twice, 0), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(do_closed_fd, 0), PANIC_STATUS);
}

/* do_uninitialized - use before event_init() */

static void do_uninitialized(void *context)
{
    (void) context;
    event_loop(0);
}

/* test_uninitialized - the loop needs event_init() */

static void test_uninitialized(void)
{
    UNIT_ASSERT_INT(unit_exit_status(do_uninitialized, 0), PANIC_STATUS);
}

int     main(void)
{
    UNIT_RUN(test_uninitialized);
    event_init(MAX_FDS, MAX_TIMERS);
    UNIT_RUN(test_read_ready);
    UNIT_RUN(test_write_ready);
    UNIT_RUN(test_end_of_file);
    UNIT_RUN(test_write_error);
    UNIT_RUN(test_read_and_write);
    UNIT_RUN(test_timer_order);
    UNIT_RUN(test_timer_move);
    UNIT_RUN(test_timer_cancel);
    UNIT_RUN(test_timer_round);
    UNIT_RUN(test_loop_delay);
    UNIT_RUN(test_timer_wakes_loop);
    UNIT_RUN(test_disabled_in_round);
    UNIT_RUN(test_reused_descriptor);
    UNIT_RUN(test_fd_limit);
    UNIT_RUN(test_panics);
    return (UNIT_SUMMARY());
}

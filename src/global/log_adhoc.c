/*++
/* NAME
/*	log_adhoc 3
/* SUMMARY
/*	the delivery log line
/* SYNOPSIS
/*	#include <log_adhoc.h>
/*
/*	void	log_adhoc(id, stats, rcpt, relay, dsn, status)
/*	const char *id;
/*	const MSG_STATS *stats;
/*	const RECIPIENT *rcpt;
/*	const char *relay;
/*	const DSN *dsn;
/*	const char *status;
/*
/*	const char *log_adhoc_format(buf, id, stats, rcpt, relay, dsn,
/*					status, now)
/*	VSTRING	*buf;
/*	const struct timeval *now;
/*
/*	void	log_adhoc_delay(buf, sec, usec, max_digits)
/*	VSTRING	*buf;
/*	long	sec;
/*	long	usec;
/*	int	max_digits;
/* DESCRIPTION
/*	log_adhoc() logs (msg_info()) what happened to one recipient,
/*	in the format that Postfix's log tools (pflogsumm, fail2ban,
/*	logwatch) read:
/*
/*	QUEUEID: to=<rcpt>, orig_to=<orig>, relay=RELAY, conn_use=N,
/*	delay=T, delays=a/b/c/d, dsn=X.Y.Z, status=STATUS (reason)
/*
/*	orig_to appears when the original address is not empty and
/*	differs (ignoring case) from the recipient; conn_use when the
/*	connection was used before (reuse_count + 1). delay is the
/*	time since the message arrived; the delays are the time before
/*	the queue manager took the message (a), in the queue manager
/*	(b), for the connection set-up (c) and for the transmission
/*	(d). The end is stats->deliver_done, or now when that is not
/*	set. A stage that was not reached counts 0, and the time after
/*	the last stamp goes to the last stage that was reached, so
/*	that mail bounced by the queue manager shows its time in b.
/*	Negative differences (a clock set back) count 0.
/*
/*	log_adhoc_format() makes the same line (without the time of
/*	logging) in buf and returns its text; now stands for the
/*	current time.
/*
/*	log_adhoc_delay() appends one time, as Postfix writes it: two
/*	significant digits at most, and no more than max_digits
/*	decimals (delay_logging_resolution_limit, 0-6): 12 for 12.3 s,
/*	1.2 for 1.23 s, 0.12 and 0.01 below a second, 0 for what falls
/*	below the resolution. The value is rounded to the last digit
/*	shown; trailing zero decimals are left out. Integer arithmetic
/*	only.
/*--*/

#include <sys_defs.h>
#include <string.h>
#include <strings.h>
#include <sys/time.h>

#include <msg.h>
#include <vstring.h>
#include <mail_params.h>
#include <log_adhoc.h>

#define LOG_ADHOC_MILLION	1000000L

/* log_adhoc_delay - append a time with limited precision */

void    log_adhoc_delay(VSTRING *buf, long sec, long usec, int max_digits)
{
    long    unit;			/* smallest step shown, in us */
    long    place;
    int     n;

    if (sec < 0 || usec < 0)
	sec = usec = 0;
    sec += usec / LOG_ADHOC_MILLION;
    usec %= LOG_ADHOC_MILLION;
    if (max_digits < 0)
	max_digits = 0;
    if (max_digits > 6)
	max_digits = 6;
    for (unit = LOG_ADHOC_MILLION, n = 0; n < max_digits; n++)
	unit /= 10;

    /*
     * Two significant digits: none after the point from 10 s up, one
     * from 1 s up; below a second, as many as the first two significant
     * ones need, but not more than the resolution allows.
     */
    if (unit < LOG_ADHOC_MILLION) {
	if (sec >= 10)
	    unit = LOG_ADHOC_MILLION;
	else if (sec > 0)
	    unit = LOG_ADHOC_MILLION / 10;
	else
	    while (usec >= 100 * unit)
		unit *= 10;
    }

    /*
     * Round to the last digit shown.
     */
    if (unit > 1) {
	usec += unit / 2;
	if (usec >= LOG_ADHOC_MILLION) {
	    sec += 1;
	    usec -= LOG_ADHOC_MILLION;
	}
    }
    vstring_sprintf_append(buf, "%ld", sec);
    if (usec >= unit) {
	vstring_addch(buf, '.');
	for (place = LOG_ADHOC_MILLION / 10; place > 0 && usec >= unit; place /= 10) {
	    vstring_addch(buf, (int) ('0' + usec / place));
	    usec %= place;
	}
    }
}

/* log_adhoc_stamped - a time stamp is set */

static int log_adhoc_stamped(const struct timeval *tv)
{
    return (tv->tv_sec > 0);
}

/* log_adhoc_diff - append one difference */

static void log_adhoc_diff(VSTRING *buf, const char *text,
			           const struct timeval *end,
			           const struct timeval *start)
{
    long    sec = 0;
    long    usec = 0;

    if (end != 0 && start != 0) {
	sec = (long) (end->tv_sec - start->tv_sec);
	usec = (long) end->tv_usec - (long) start->tv_usec;
	while (usec < 0) {
	    usec += LOG_ADHOC_MILLION;
	    sec -= 1;
	}
	if (sec < 0)
	    sec = usec = 0;
    }
    vstring_strcat(buf, text);
    log_adhoc_delay(buf, sec, usec, var_delay_logging_resolution_limit);
}

/* log_adhoc_format - make the delivery log line */

const char *log_adhoc_format(VSTRING *buf, const char *id,
			             const MSG_STATS *stats,
			             const RECIPIENT *rcpt, const char *relay,
			             const DSN *dsn, const char *status,
			             const struct timeval *now)
{
    const struct timeval *end;
    const struct timeval *a_end;	/* before the queue manager */
    const struct timeval *b_start = 0;	/* in the queue manager */
    const struct timeval *b_end = 0;
    const struct timeval *c_start = 0;	/* connection set-up */
    const struct timeval *c_end = 0;
    const struct timeval *d_start = 0;	/* transmission */

    vstring_sprintf(buf, "%s: to=<%s>", id, rcpt->address);
    if (rcpt->orig_addr != 0 && *rcpt->orig_addr != 0
	&& strcasecmp(rcpt->address, rcpt->orig_addr) != 0)
	vstring_sprintf_append(buf, ", orig_to=<%s>", rcpt->orig_addr);
    vstring_sprintf_append(buf, ", relay=%s", relay);
    if (stats->reuse_count > 0)
	vstring_sprintf_append(buf, ", conn_use=%d", stats->reuse_count + 1);

    end = log_adhoc_stamped(&stats->deliver_done) ? &stats->deliver_done : now;
    if (!log_adhoc_stamped(&stats->active_arrival)) {
	a_end = end;
    } else {
	a_end = &stats->active_arrival;
	b_start = a_end;
	if (!log_adhoc_stamped(&stats->agent_handoff)) {
	    b_end = end;
	} else {
	    b_end = &stats->agent_handoff;
	    if (log_adhoc_stamped(&stats->conn_setup_done)) {
		c_start = b_end;
		c_end = &stats->conn_setup_done;
		d_start = c_end;
	    } else {
		d_start = b_end;
	    }
	}
    }
    log_adhoc_diff(buf, ", delay=", end, &stats->incoming_arrival);
    log_adhoc_diff(buf, ", delays=", a_end, &stats->incoming_arrival);
    log_adhoc_diff(buf, "/", b_end, b_start);
    log_adhoc_diff(buf, "/", c_end, c_start);
    log_adhoc_diff(buf, "/", d_start ? end : 0, d_start);
    vstring_sprintf_append(buf, ", dsn=%s, status=%s (%s)",
			   dsn->status, status, dsn->reason);
    return (vstring_str(buf));
}

/* log_adhoc - log what happened to one recipient */

void    log_adhoc(const char *id, const MSG_STATS *stats,
		          const RECIPIENT *rcpt, const char *relay,
		          const DSN *dsn, const char *status)
{
    static VSTRING *buf;
    struct timeval now;

    if (buf == 0)
	buf = vstring_alloc(256);
    gettimeofday(&now, (struct timezone *) 0);
    msg_info("%s", log_adhoc_format(buf, id, stats, rcpt, relay, dsn,
				    status, &now));
}

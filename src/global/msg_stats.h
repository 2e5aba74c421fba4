/*++
/* NAME
/*	msg_stats 3h
/* SUMMARY
/*	time stamps of one delivery attempt
/* SYNOPSIS
/*	#include <msg_stats.h>
/* DESCRIPTION
/*	The moments that the delivery log line (log_adhoc(3)) turns
/*	into delay=total and delays=a/b/c/d: the message's arrival
/*	in the queue (incoming_arrival), its entry into the active
/*	queue (active_arrival), the hand-off to the delivery agent
/*	(agent_handoff), the end of the agent's connection set-up
/*	(conn_setup_done: DNS, connect, greeting, EHLO, TLS) and the
/*	end of the delivery (deliver_done; when not set, the time of
/*	logging). A stamp with tv_sec 0 is not set. reuse_count is how
/*	often the connection was used before (log: conn_use=N+1).
/*--*/

#ifndef _MSG_STATS_H_INCLUDED_
#define _MSG_STATS_H_INCLUDED_

#include <sys/time.h>

typedef struct MSG_STATS {
    struct timeval incoming_arrival;	/* queued by cleanup */
    struct timeval active_arrival;	/* taken in by qmgr */
    struct timeval agent_handoff;	/* request read by the agent */
    struct timeval conn_setup_done;	/* agent connected */
    struct timeval deliver_done;	/* delivery finished */
    int     reuse_count;		/* earlier uses of the connection */
} MSG_STATS;

#endif

/*++
/* NAME
/*	master_avail 3
/* SUMMARY
/*	start processes on demand
/* SYNOPSIS
/*	#include "master.h"
/*
/*	void	master_avail_listen(serv)
/*	MASTER_SERV *serv;
/*
/*	void	master_avail_cleanup(serv)
/*	MASTER_SERV *serv;
/*
/*	void	master_avail_more(serv, proc)
/*	MASTER_SERV *serv;
/*	MASTER_PROC *proc;
/*
/*	void	master_avail_less(serv, proc)
/*	MASTER_SERV *serv;
/*	MASTER_PROC *proc;
/* DESCRIPTION
/*	master watches a service's listening endpoints only while none
/*	of its processes is idle, the service is not throttled and it
/*	may have another process (max_proc, 0 = no limit). A client
/*	(or a wakeup trigger) arriving then makes master start one; the
/*	new process accepts the client itself. Otherwise the idle
/*	processes take new clients and master stays out of the way.
/*
/*	master_avail_listen() turns watching on or off as the counts
/*	say; call it whenever they change. master_avail_cleanup() stops
/*	watching. master_avail_more() and master_avail_less() record
/*	that a process became idle or busy.
/*--*/

#include <sys_defs.h>

#include <msg.h>
#include <events.h>
#include <master_proto.h>
#include "master.h"

/* master_avail_event - a client is waiting: start a process */

static void master_avail_event(int event, void *context)
{
    MASTER_SERV *serv = (MASTER_SERV *) context;

    (void) event;
    if (serv->avail_proc == 0 && (serv->flags & MASTER_FLAG_THROTTLE) == 0
	&& (serv->max_proc == 0 || serv->total_proc < serv->max_proc))
	master_spawn(serv);
    master_avail_listen(serv);
}

/* master_avail_listen - watch the endpoints if a new process may be needed */

void    master_avail_listen(MASTER_SERV *serv)
{
    int     want;
    int     n;

    want = (serv->avail_proc == 0
	    && (serv->flags & MASTER_FLAG_THROTTLE) == 0
	    && (serv->max_proc == 0 || serv->total_proc < serv->max_proc));
    if (want && (serv->flags & MASTER_FLAG_LISTEN) == 0) {
	for (n = 0; n < serv->listen_fd_count; n++)
	    event_enable_read(serv->listen_fd[n], master_avail_event,
			      (void *) serv);
	serv->flags |= MASTER_FLAG_LISTEN;
    } else if (!want && (serv->flags & MASTER_FLAG_LISTEN) != 0) {
	master_avail_cleanup(serv);
    }
}

/* master_avail_cleanup - stop watching the endpoints */

void    master_avail_cleanup(MASTER_SERV *serv)
{
    int     n;

    if ((serv->flags & MASTER_FLAG_LISTEN) == 0)
	return;
    for (n = 0; n < serv->listen_fd_count; n++)
	event_disable_readwrite(serv->listen_fd[n]);
    serv->flags &= ~MASTER_FLAG_LISTEN;
}

/* master_avail_more - one more idle process */

void    master_avail_more(MASTER_SERV *serv, MASTER_PROC *proc)
{
    if (proc->avail == MASTER_STAT_AVAIL)
	msg_panic("master_avail_more: pid %d already idle", (int) proc->pid);
    proc->avail = MASTER_STAT_AVAIL;
    serv->avail_proc++;
    master_avail_listen(serv);
}

/* master_avail_less - one process fewer idle */

void    master_avail_less(MASTER_SERV *serv, MASTER_PROC *proc)
{
    if (proc->avail != MASTER_STAT_AVAIL)
	msg_panic("master_avail_less: pid %d not idle", (int) proc->pid);
    proc->avail = MASTER_STAT_TAKEN;
    serv->avail_proc--;
    master_avail_listen(serv);
}

/*++
/* NAME
/*	master_status 3
/* SUMMARY
/*	status reports from child processes
/* SYNOPSIS
/*	#include "master.h"
/*
/*	void	master_status_init(serv)
/*	MASTER_SERV *serv;
/*
/*	void	master_status_cleanup(serv)
/*	MASTER_SERV *serv;
/*
/*	void	master_status_drain(serv)
/*	MASTER_SERV *serv;
/* DESCRIPTION
/*	Every service has one unix-domain stream socket pair. Its
/*	children share serv->status_fd[1] (it becomes MASTER_STATUS_FD
/*	in each of them) and write MASTER_STATUS records on it: idle
/*	and ready for a client, or busy with one. master reads them on
/*	serv->status_fd[0] and keeps the count of idle processes that
/*	master_avail(3) spawns by.
/*
/*	master_status_init() makes the pair and watches the master end.
/*
/*	master_status_cleanup() closes both ends. The children read end
/*	of file on their status descriptor and leave as soon as they are
/*	idle: that is how a reload or a stop retires a generation of
/*	processes gently.
/*
/*	master_status_drain() reads every record that is waiting, so
/*	that master_spawn(3) knows all a process said before it judges
/*	how it ended.
/*
/*	A new process counts as idle from the start; its own first
/*	"idle" report (after its initialisation) is a repeat and counts
/*	for nothing. Each "busy" report means it took a client: master
/*	counts those (use_count). A process that exits abnormally
/*	without ever having been busy is a bad start-up and throttles
/*	its service (master_spawn(3)); one that was busy at least once
/*	started fine, however it ended. A repeated report is harmless.
/* DIAGNOSTICS
/*	A record of the wrong size, from an unknown process, or from a
/*	process of another generation or service is logged and ignored:
/*	a confused child must not confuse master.
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <events.h>
#include <iostuff.h>
#include <master_proto.h>
#include "master.h"

/* master_status_read - read one status record; 0 when none was there */

static int master_status_read(MASTER_SERV *serv)
{
    MASTER_STATUS stat;
    MASTER_PROC *proc;
    ssize_t len;

    len = read(serv->status_fd[0], &stat, sizeof(stat));
    if (len < 0) {
	if (errno != EAGAIN && errno != EINTR)
	    msg_warn("service %s: read status: %m", serv->ext_name);
	return (0);
    }
    if (len == 0)
	return (0);
    if (len != (ssize_t) sizeof(stat)) {
	msg_warn("service %s: bad status message size: %ld",
		 serv->ext_name, (long) len);
	return (1);
    }
    if ((proc = master_proc_find(stat.pid)) == 0) {
	if (msg_verbose)
	    msg_info("service %s: status from unknown pid %d",
		     serv->ext_name, stat.pid);
	return (1);
    }
    if (proc->serv != serv || proc->gen != stat.gen) {
	msg_warn("ignoring status update from child pid %d generation %u",
		 stat.pid, stat.gen);
	return (1);
    }
    if (proc->avail == stat.avail)
	return (1);
    switch (stat.avail) {
    case MASTER_STAT_AVAIL:
	master_avail_more(serv, proc);
	break;
    case MASTER_STAT_TAKEN:
	proc->use_count++;
	master_avail_less(serv, proc);
	break;
    default:
	msg_warn("service %s: pid %d: bad status code %d",
		 serv->ext_name, stat.pid, stat.avail);
	break;
    }
    return (1);
}

/* master_status_event - a status record is waiting */

static void master_status_event(int event, void *context)
{
    (void) event;
    (void) master_status_read((MASTER_SERV *) context);
}

/* master_status_drain - read every waiting status record */

void    master_status_drain(MASTER_SERV *serv)
{
    if (serv->status_fd[0] < 0)
	return;
    while (master_status_read(serv))
	 /* void */ ;
}

/* master_status_init - make the status socket pair */

void    master_status_init(MASTER_SERV *serv)
{
    if (serv->status_fd[0] >= 0)
	msg_panic("master_status_init: status channel already open");
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, serv->status_fd) < 0)
	msg_fatal("socketpair: %m");
    non_blocking(serv->status_fd[0], NON_BLOCKING);
    close_on_exec(serv->status_fd[0], CLOSE_ON_EXEC);
    close_on_exec(serv->status_fd[1], CLOSE_ON_EXEC);
    event_enable_read(serv->status_fd[0], master_status_event, (void *) serv);
}

/* master_status_cleanup - close the status socket pair */

void    master_status_cleanup(MASTER_SERV *serv)
{
    if (serv->status_fd[0] < 0)
	return;
    event_disable_readwrite(serv->status_fd[0]);
    (void) close(serv->status_fd[0]);
    (void) close(serv->status_fd[1]);
    serv->status_fd[0] = serv->status_fd[1] = -1;
}

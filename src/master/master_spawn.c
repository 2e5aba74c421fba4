/*++
/* NAME
/*	master_spawn 3
/* SUMMARY
/*	start and reap child processes
/* SYNOPSIS
/*	#include "master.h"
/*
/*	void	master_spawn_init()
/*
/*	void	master_spawn(serv)
/*	MASTER_SERV *serv;
/*
/*	void	master_reap_child()
/*
/*	void	master_delete_children(serv)
/*	MASTER_SERV *serv;
/*
/*	void	master_kill_children(sig)
/*	int	sig;
/*
/*	MASTER_PROC *master_proc_find(pid)
/*	pid_t	pid;
/*
/*	void	master_throttle_cleanup(serv)
/*	MASTER_SERV *serv;
/* DESCRIPTION
/*	master_spawn_init() remembers the descriptor limit that master
/*	was started with, before event_init(3) lowers it; children get
/*	it back.
/*
/*	master_spawn() forks one process for a service and executes its
/*	command with the arguments and descriptors of master_proto(3h):
/*	the shared status socket as MASTER_STATUS_FD, the listening
/*	endpoints from MASTER_LISTEN_FD on, everything else closed on
/*	exec, and GENERATION in the environment (a number that the
/*	child echoes in its status reports). The new process counts as
/*	idle until it says otherwise.
/*
/*	master_reap_child() collects every ended child without waiting,
/*	logs abnormal ends the way Postfix does ("process PATH pid N exit
/*	status S", "... killed by signal S") and throttles a service
/*	whose process ended abnormally without ever having reported
/*	itself busy with a client (master_status(3); waiting reports are
/*	read first) ("PATH: bad command startup -- throttling"): no new process for
/*	$service_throttle_time seconds. In init mode (PID 1) it also
/*	reaps orphans it did not start, silently.
/*
/*	master_delete_children() detaches a service's processes: they
/*	no longer count for it (a reload starts a new generation) and
/*	they leave by themselves when they see their status socket
/*	close. master_kill_children() sends a signal to every child.
/*
/*	master_proc_find() looks a child up by process ID.
/*	master_throttle_cleanup() cancels a service's throttle timer.
/* DIAGNOSTICS
/*	fork() failure throttles the service with a warning; a failed
/*	exec() is fatal in the child, which master then reports as a
/*	bad command startup.
/*--*/

#include <sys_defs.h>
#include <sys/wait.h>
#include <sys/resource.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <mymalloc.h>
#include <htable.h>
#include <events.h>
#include <iostuff.h>
#include <master_proto.h>
#include "master.h"

static HTABLE *master_procs;
static unsigned master_generation;
static struct rlimit master_nofile;
static int master_nofile_saved;

#define PID_KEY(buf, pid) snprintf((buf), sizeof(buf), "%ld", (long) (pid))

/* master_unthrottle_event - the throttle time has passed */

static void master_unthrottle_event(int event, void *context)
{
    MASTER_SERV *serv = (MASTER_SERV *) context;

    (void) event;
    if (serv->flags & MASTER_FLAG_THROTTLE) {
	serv->flags &= ~MASTER_FLAG_THROTTLE;
	if (msg_verbose)
	    msg_info("throttle released for command %s", serv->path);
	master_avail_listen(serv);
    }
}

/* master_throttle - no new processes for a while */

static void master_throttle(MASTER_SERV *serv)
{
    if ((serv->flags & MASTER_FLAG_THROTTLE) == 0) {
	serv->flags |= MASTER_FLAG_THROTTLE;
	event_request_timer(master_unthrottle_event, (void *) serv,
			    serv->throttle_delay);
	if (msg_verbose)
	    msg_info("throttling command %s", serv->path);
	master_avail_listen(serv);
    }
}

/* master_throttle_cleanup - forget the throttle timer */

void    master_throttle_cleanup(MASTER_SERV *serv)
{
    event_cancel_timer(master_unthrottle_event, (void *) serv);
    serv->flags &= ~MASTER_FLAG_THROTTLE;
}

/* master_spawn_init - remember the descriptor limit for children */

void    master_spawn_init(void)
{
    if (getrlimit(RLIMIT_NOFILE, &master_nofile) == 0)
	master_nofile_saved = 1;
}

/* master_proc_find - look up a child */

MASTER_PROC *master_proc_find(pid_t pid)
{
    char    key[24];

    if (master_procs == 0)
	return (0);
    PID_KEY(key, pid);
    return ((MASTER_PROC *) htable_find(master_procs, key));
}

/* master_child_fds - move the inherited descriptors into place */

static void master_child_fds(MASTER_SERV *serv)
{
    int     tmp[MASTER_LISTEN_MAX + 1];
    int     want = MASTER_LISTEN_FD + serv->listen_fd_count;
    int     n;

    /*
     * First copy every descriptor above the target range, so that no
     * dup2() below overwrites a source that is still needed.
     */
    if ((tmp[0] = fcntl(serv->status_fd[1], F_DUPFD, want)) < 0)
	msg_fatal("dup status descriptor: %m");
    for (n = 0; n < serv->listen_fd_count; n++)
	if ((tmp[n + 1] = fcntl(serv->listen_fd[n], F_DUPFD, want)) < 0)
	    msg_fatal("dup listen descriptor: %m");
    if (dup2(tmp[0], MASTER_STATUS_FD) < 0)
	msg_fatal("dup2 status descriptor: %m");
    close_on_exec(MASTER_STATUS_FD, PASS_ON_EXEC);
    for (n = 0; n < serv->listen_fd_count; n++) {
	if (dup2(tmp[n + 1], MASTER_LISTEN_FD + n) < 0)
	    msg_fatal("dup2 listen descriptor: %m");
	close_on_exec(MASTER_LISTEN_FD + n, PASS_ON_EXEC);
    }
    for (n = 0; n <= serv->listen_fd_count; n++)
	(void) close(tmp[n]);
}

/* master_spawn - start one process for a service */

void    master_spawn(MASTER_SERV *serv)
{
    MASTER_PROC *proc;
    char    key[24];
    char    gen[40];
    sigset_t mask;
    sigset_t saved;
    pid_t   pid;

    if (master_procs == 0)
	master_procs = htable_create(64);
    if (serv->flags & MASTER_FLAG_THROTTLE)
	msg_panic("master_spawn: throttled service: %s", serv->path);
    master_generation += 1;

    /*
     * Block signals around fork() so that the child does not run our
     * handlers before it has reset them.
     */
    sigfillset(&mask);
    sigprocmask(SIG_BLOCK, &mask, &saved);
    switch (pid = fork()) {
    case -1:
	sigprocmask(SIG_SETMASK, &saved, (sigset_t *) 0);
	msg_warn("%s: fork: %m -- throttling", serv->path);
	master_throttle(serv);
	return;
    case 0:
	{
	    static const int sigs[] = {SIGHUP, SIGCHLD, SIGTERM, SIGINT,
	    SIGQUIT, SIGPIPE};
	    size_t  i;

	    for (i = 0; i < ARRAY_LEN(sigs); i++)
		signal(sigs[i], SIG_DFL);
	    sigprocmask(SIG_SETMASK, &saved, (sigset_t *) 0);
	    if (master_nofile_saved)
		(void) setrlimit(RLIMIT_NOFILE, &master_nofile);
	    master_child_fds(serv);
	    snprintf(gen, sizeof(gen), "%o", master_generation);
	    if (setenv(MASTER_GEN_NAME, gen, 1) < 0)
		msg_fatal("setenv: %m");
	    execv(serv->path, serv->args->argv);
	    msg_fatal("%s: exec %s: %m", "master_spawn", serv->path);
	}
    default:
	sigprocmask(SIG_SETMASK, &saved, (sigset_t *) 0);
	if (msg_verbose)
	    msg_info("spawn command %s; pid %d", serv->path, (int) pid);
	proc = (MASTER_PROC *) mymalloc(sizeof(*proc));
	proc->pid = pid;
	proc->gen = master_generation;
	proc->avail = MASTER_STAT_TAKEN;
	proc->use_count = 0;
	proc->serv = serv;
	proc->path = mystrdup(serv->path);
	PID_KEY(key, pid);
	htable_enter(master_procs, key, (void *) proc);
	serv->total_proc++;
	master_avail_more(serv, proc);
	if ((serv->flags & MASTER_FLAG_USED) == 0) {
	    serv->flags |= MASTER_FLAG_USED;
	    if (serv->flags & MASTER_FLAG_CONDWAKE)
		master_wakeup_init(serv);
	}
	break;
    }
}

/* master_proc_free - forget a child */

static void master_proc_free(void *ptr)
{
    MASTER_PROC *proc = (MASTER_PROC *) ptr;

    myfree(proc->path);
    myfree(proc);
}

/* master_delete_child - one child is gone */

static void master_delete_child(MASTER_PROC *proc)
{
    MASTER_SERV *serv = proc->serv;
    char    key[24];

    if (serv) {
	serv->total_proc--;
	if (proc->avail == MASTER_STAT_AVAIL)
	    serv->avail_proc--;
	master_avail_listen(serv);
    }
    PID_KEY(key, proc->pid);
    htable_delete(master_procs, key, master_proc_free);
}

/* master_reap_child - collect ended children */

void    master_reap_child(void)
{
    MASTER_PROC *proc;
    MASTER_SERV *serv;
    pid_t   pid;
    int     status;

    while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
	if (msg_verbose)
	    msg_info("master_reap_child: pid %d", (int) pid);
	if ((proc = master_proc_find(pid)) == 0) {
	    if (!master_init_mode)
		msg_warn("master_reap_child: unknown pid: %d", (int) pid);
	    continue;
	}
	serv = proc->serv;
	if (!(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
	    /* What it said before it ended may still wait in the channel. */
	    if (serv != 0)
		master_status_drain(serv);
	    if (WIFEXITED(status))
		msg_warn("process %s pid %d exit status %d",
			 proc->path, (int) pid, WEXITSTATUS(status));
	    if (WIFSIGNALED(status))
		msg_warn("process %s pid %d killed by signal %d",
			 proc->path, (int) pid, WTERMSIG(status));
	    if (serv != 0 && proc->use_count == 0
		&& (serv->flags & MASTER_FLAG_THROTTLE) == 0) {
		msg_warn("%s: bad command startup -- throttling", serv->path);
		master_throttle(serv);
	    }
	}
	master_delete_child(proc);
    }
}

/* master_delete_children - detach a service's processes */

void    master_delete_children(MASTER_SERV *serv)
{
    HTABLE_INFO **list;
    HTABLE_INFO **ht;
    MASTER_PROC *proc;

    if (master_procs == 0)
	return;
    list = htable_list(master_procs);
    for (ht = list; *ht; ht++) {
	proc = (MASTER_PROC *) ht[0]->value;
	if (proc->serv == serv)
	    proc->serv = 0;
    }
    myfree(list);
    serv->total_proc = serv->avail_proc = 0;
    master_avail_listen(serv);
}

/* master_kill_children - signal every child */

void    master_kill_children(int sig)
{
    HTABLE_INFO **list;
    HTABLE_INFO **ht;
    MASTER_PROC *proc;

    if (master_procs == 0)
	return;
    list = htable_list(master_procs);
    for (ht = list; *ht; ht++) {
	proc = (MASTER_PROC *) ht[0]->value;
	(void) kill(proc->pid, sig);
    }
    myfree(list);
}

/*++
/* NAME
/*	master 3h
/* SUMMARY
/*	master(8) internal interfaces
/* SYNOPSIS
/*	#include "master.h"
/* DESCRIPTION
/*	The service table and the modules of master(8) that work on it:
/*	master_conf (master.cf to services), master_listen (endpoints),
/*	master_status (child status reports), master_avail (spawn on
/*	demand), master_spawn (fork/exec and reaping), master_wakeup
/*	(wakeup timers), master_sig (signals into the event loop),
/*	master_lock (pid file and data directory lock).
/*--*/

#ifndef _MASTER_H_INCLUDED_
#define _MASTER_H_INCLUDED_

#include <sys_defs.h>
#include <sys/types.h>
#include <argv.h>
#include <vstring.h>

 /*
  * One service: one master.cf entry.
  */
typedef struct MASTER_SERV {
    int     flags;			/* MASTER_FLAG_* */
    char   *ext_name;			/* service name as in master.cf */
    char   *name;			/* endpoint: path or host:port */
    int     type;			/* MASTER_SERV_TYPE_* */
    int     wakeup_time;		/* seconds, 0 = none */
    int    *listen_fd;			/* listening endpoints */
    int     listen_fd_count;		/* how many */
    int     max_proc;			/* 0 = unlimited */
    char   *path;			/* command path */
    ARGV   *args;			/* command argv */
    int     avail_proc;			/* idle processes */
    int     total_proc;			/* processes of this service */
    int     throttle_delay;		/* after a bad startup */
    int     status_fd[2];		/* [0] master, [1] children */
    struct MASTER_SERV *next;
} MASTER_SERV;

#define MASTER_FLAG_THROTTLE	(1<<0)	/* no new processes for now */
#define MASTER_FLAG_MARK	(1<<1)	/* reload: not seen (yet) */
#define MASTER_FLAG_CONDWAKE	(1<<2)	/* wakeup only after first use */
#define MASTER_FLAG_INETHOST	(1<<3)	/* inet endpoint names a host */
#define MASTER_FLAG_LISTEN	(1<<4)	/* listen events enabled */
#define MASTER_FLAG_USED	(1<<5)	/* a process was started */
#define MASTER_FLAG_PRIVATE	(1<<6)	/* private column */
#define MASTER_FLAG_UNPRIV	(1<<7)	/* unpriv column */
#define MASTER_FLAG_CHROOT	(1<<8)	/* chroot column */

#define MASTER_SERV_TYPE_UNIX	1
#define MASTER_SERV_TYPE_INET	2
#define MASTER_SERV_TYPE_FIFO	3
#define MASTER_SERV_TYPE_UXDG	4

#define MASTER_LISTEN_MAX	16	/* endpoints per service */

extern MASTER_SERV *master_head;

 /*
  * One child process.
  */
typedef struct MASTER_PROC {
    pid_t   pid;
    unsigned gen;			/* generation, echoed in status */
    int     avail;			/* MASTER_STAT_* */
    int     use_count;			/* clients taken, as reported */
    MASTER_SERV *serv;			/* null: service is gone */
    char   *path;			/* command, for the log */
} MASTER_PROC;

 /*
  * master.c: options and state.
  */
extern int master_init_mode;		/* running as PID 1 */

 /*
  * master_conf.c
  */
extern void master_config(void);
extern void master_refresh(void);
extern void master_vars_init(void);

 /*
  * master_listen.c
  */
extern int master_listen_init(MASTER_SERV *);
extern void master_listen_cleanup(MASTER_SERV *);

 /*
  * master_status.c
  */
extern void master_status_init(MASTER_SERV *);
extern void master_status_cleanup(MASTER_SERV *);
extern void master_status_drain(MASTER_SERV *);

 /*
  * master_avail.c
  */
extern void master_avail_listen(MASTER_SERV *);
extern void master_avail_cleanup(MASTER_SERV *);
extern void master_avail_more(MASTER_SERV *, MASTER_PROC *);
extern void master_avail_less(MASTER_SERV *, MASTER_PROC *);

 /*
  * master_spawn.c
  */
extern void master_spawn_init(void);
extern void master_spawn(MASTER_SERV *);
extern void master_reap_child(void);
extern void master_delete_children(MASTER_SERV *);
extern void master_kill_children(int);
extern MASTER_PROC *master_proc_find(pid_t);
extern void master_throttle_cleanup(MASTER_SERV *);

 /*
  * master_wakeup.c
  */
extern void master_wakeup_init(MASTER_SERV *);
extern void master_wakeup_cleanup(MASTER_SERV *);

 /*
  * master_sig.c
  */
extern volatile int master_gotsighup;
extern volatile int master_gotsigchld;
extern volatile int master_gotsigterm;
extern void master_sig_init(void);

 /*
  * master_lock.c: also used by postfix(1).
  */
extern int master_lock_pid_file(const char *, VSTRING *);
extern int master_lock_data_file(const char *, uid_t, gid_t, VSTRING *);
extern int master_lock_test(const char *);
extern long master_lock_read_pid(const char *);

#endif

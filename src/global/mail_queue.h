/*++
/* NAME
/*	mail_queue 3h
/* SUMMARY
/*	queue directories, queue IDs and queue file access
/* SYNOPSIS
/*	#include <mail_queue.h>
/* DESCRIPTION
/*	Everything is relative to var_queue_directory: the daemons and
/*	the queue tools chdir() there first. See mail_queue(3) for the
/*	functions; the notes here are the contract between the programs
/*	that share the queue.
/*
/*	Queue IDs. The short form (default) is the microseconds of the
/*	creation time as 5 upper-case hex digits, then the file's inode
/*	number in upper-case hex ("3F2A81C0D4"). With
/*	enable_long_queue_ids = yes an ID is the seconds (6 or more
/*	characters) and microseconds (exactly 4) of the creation time in
/*	a 52-letter alphabet of digits and consonants, the letter 'z',
/*	then the inode number in the same alphabet without 'z'
/*	("4cHm2x1bWTz7Pq"). Names that are not valid IDs (temporary
/*	files "usec.pid" and anything else) are never taken for queue
/*	files: mail_queue_id_ok() is the one test.
/*
/*	Hashed queues. The queues named in hash_queue_names get
/*	hash_queue_depth levels of one-character subdirectories, taken
/*	from the first characters of the ID's microseconds in hex
/*	("deferred/3/3F2A81C0D4"); they are made on demand.
/*
/*	File modes. A queue file is created with mode 0600; the writer
/*	(cleanup, postdrop) sets MAIL_QUEUE_STAT_READY with fchmod()
/*	after the last record is written and fsync'ed, and only then
/*	reports success. Readers (pickup, qmgr) skip a file without the
/*	owner execute bit unless it is older than a writer can be
/*	(it was abandoned). A file found corrupt is moved to corrupt/.
/*
/*	Locking. A process that works on a queue file in place (qmgr
/*	and the delivery agents while delivering, postsuper while moving
/*	or deleting) holds an exclusive mail_queue_lock() on it; the
/*	others try with MAIL_QUEUE_LOCK_NOWAIT and leave a busy file
/*	alone.
/*--*/

#ifndef _MAIL_QUEUE_H_INCLUDED_
#define _MAIL_QUEUE_H_INCLUDED_

#include <sys_defs.h>
#include <sys/stat.h>
#include <sys/time.h>

#include <vstring.h>
#include <vstream.h>

 /*
  * Queue names: subdirectories of queue_directory.
  */
#define MAIL_QUEUE_MAILDROP	"maildrop"	/* from postdrop, to pickup */
#define MAIL_QUEUE_INCOMING	"incoming"	/* from cleanup, to qmgr */
#define MAIL_QUEUE_ACTIVE	"active"	/* qmgr is working on it */
#define MAIL_QUEUE_DEFERRED	"deferred"	/* waiting for a retry */
#define MAIL_QUEUE_HOLD		"hold"		/* postsuper -h, HOLD action */
#define MAIL_QUEUE_CORRUPT	"corrupt"	/* bad files, kept */
#define MAIL_QUEUE_BOUNCE	"bounce"	/* per-message bounce logs */
#define MAIL_QUEUE_DEFER	"defer"		/* per-message defer logs */
#define MAIL_QUEUE_TRACE	"trace"		/* per-message trace logs */
#define MAIL_QUEUE_SAVED	"saved"		/* copies kept for debugging */

 /*
  * Other subdirectories of queue_directory (not queues).
  */
#define MAIL_QUEUE_PUBLIC	"public"	/* public service endpoints */
#define MAIL_QUEUE_PRIVATE	"private"	/* private service endpoints */
#define MAIL_QUEUE_PID		"pid"		/* master.pid */

 /*
  * Queue file modes.
  */
#define MAIL_QUEUE_STAT_READY	(S_IRUSR | S_IWUSR | S_IXUSR)	/* complete */
#define MAIL_QUEUE_STAT_CORRUPT	(S_IRUSR)	/* do not touch */
#define MAIL_QUEUE_STAT_UNTHROTTLE (S_IRGRP)	/* postqueue -f: retry now */

 /*
  * Limits: an ID (and any file name taken from a queue) is at most this
  * long; hash_queue_depth is at most MAIL_QUEUE_MAX_DEPTH.
  */
#define MAIL_QUEUE_ID_MAX	64
#define MAIL_QUEUE_MAX_DEPTH	16

 /*
  * Names and paths. The functions return the buffer's string; a bad queue
  * name or ID is a panic (validate input with the _ok() functions first).
  */
extern int mail_queue_name_ok(const char *);
extern int mail_queue_id_ok(const char *);
extern int mail_queue_hashed(const char *);
extern const char *mail_queue_dir(VSTRING *, const char *, const char *);
extern const char *mail_queue_path(VSTRING *, const char *, const char *);
extern int mail_queue_mkdirs(const char *);

 /*
  * IDs: make one from an inode number and a time; check that a name is
  * the one its inode calls for.
  */
extern const char *mail_queue_id_make(VSTRING *, ino_t, const struct timeval *);
extern int mail_queue_id_inode(const char *, ino_t *);

 /*
  * Files. The _fd() variants return a descriptor (close-on-exec) for a
  * caller that places its own VSTREAM (vstream_init()); the others open a
  * stream with vstream_fdopen(). Errors: -1 or a null pointer, errno set.
  * 
  * mail_queue_enter() creates a new file in the queue (O_RDWR, mode), names
  * it by its ID (stored in the VSTRING), and fsyncs the directory; the time
  * used for the ID is stored in the timeval when that is not null.
  * 
  * mail_queue_rename() moves a file between queues (making a hashed
  * subdirectory as needed) and fsyncs both directories before it returns.
  */
extern VSTREAM *mail_queue_enter(const char *, mode_t, struct timeval *, VSTRING *);
extern int mail_queue_enter_fd(const char *, mode_t, struct timeval *, VSTRING *);
extern VSTREAM *mail_queue_open(const char *, const char *, int, mode_t);
extern int mail_queue_open_fd(const char *, const char *, int, mode_t);
extern int mail_queue_rename(const char *, const char *, const char *);
extern int mail_queue_remove(const char *, const char *);
extern int mail_queue_sync_dir(const char *, const char *);

 /*
  * Locks on an open queue file (flock(2)): 0, or -1 with errno
  * EWOULDBLOCK/EAGAIN when NOWAIT was given and someone else holds it.
  */
#define MAIL_QUEUE_LOCK_NONE	0	/* release */
#define MAIL_QUEUE_LOCK_SHARED	1
#define MAIL_QUEUE_LOCK_EXCLUSIVE 2
#define MAIL_QUEUE_LOCK_NOWAIT	4	/* or'ed with the above */

extern int mail_queue_lock(int, int);

 /*
  * Walking a queue, hashed subdirectories included. mail_queue_scan_next()
  * returns the next file name (not validated: test it with
  * mail_queue_id_ok()), or a null pointer at the end;
  * mail_queue_scan_dir() gives the directory it was found in ("deferred/3"),
  * for a caller that checks that a file is where its ID says. The scanner
  * is one allocation per walk (opendir(3) allocates too).
  */
typedef struct MAIL_QUEUE_SCAN MAIL_QUEUE_SCAN;

extern MAIL_QUEUE_SCAN *mail_queue_scan_open(const char *);
extern const char *mail_queue_scan_next(MAIL_QUEUE_SCAN *);
extern const char *mail_queue_scan_dir(MAIL_QUEUE_SCAN *);
extern void mail_queue_scan_close(MAIL_QUEUE_SCAN *);

#endif

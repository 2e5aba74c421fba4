/*++
/* NAME
/*	atomic_file 3
/* SUMMARY
/*	replace a file atomically: write a locked temporary, fsync, rename
/* SYNOPSIS
/*	#include <atomic_file.h>
/*
/*	ATOMIC_FILE *atomic_file_open(path, mode, why)
/*	const char *path;
/*	mode_t	mode;
/*	VSTRING	*why;
/*
/*	int	atomic_file_commit(af, why)
/*	ATOMIC_FILE *af;
/*	VSTRING	*why;
/*
/*	void	atomic_file_abort(af)
/*	ATOMIC_FILE *af;
/*
/*	void	atomic_file_cleanup(void)
/* DESCRIPTION
/*	This module replaces the content of a file so that a reader,
/*	or a crash at any moment, sees either the complete old file or
/*	the complete new one, never a mixture. It is what postconf -e
/*	and friends use to rewrite main.cf and master.cf.
/*
/*	atomic_file_open() creates (or reuses) the temporary file
/*	"path.tmp" in the same directory as path, and takes an
/*	exclusive fcntl() lock on it. The lock serialises concurrent
/*	editors: a second one waits until the first has renamed or
/*	removed the temporary file, then starts over with a new one, so
/*	that it reads the first one's result. After the lock is taken
/*	the caller reads the old file (if any) and writes the new content
/*	to af->fp. The temporary file is open for reading too, so that a
/*	writer that works on the descriptor (mkmap_cdb(3), through
/*	TinyCDB) can read back what it wrote. The temporary file gets the permission bits of the
/*	existing file (and its owner, when running as root), or mode
/*	when the file does not exist yet. A symbolic link at the
/*	temporary name is refused.
/*
/*	atomic_file_commit() flushes and fsyncs the temporary file,
/*	renames it over path, and fsyncs the directory so that the new
/*	directory entry is durable. It frees af in all cases; on error
/*	the temporary file is removed and the old file stays.
/*
/*	atomic_file_abort() removes the temporary file and frees af; the
/*	old file stays as it was.
/*
/*	atomic_file_cleanup() removes the temporary file of every
/*	ATOMIC_FILE that is still open. A program that may exit with
/*	msg_fatal() while writing one installs it with msg_cleanup(), so
/*	that a failed edit leaves no temporary file behind.
/* DIAGNOSTICS
/*	atomic_file_open() returns a null pointer, and
/*	atomic_file_commit() returns -1, with the reason in why ("open
/*	/etc/postlet/main.cf.tmp: Permission denied").
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <mymalloc.h>
#include <stringops.h>
#include <vstring.h>
#include <atomic_file.h>

#define ATOMIC_FILE_TRIES	100	/* lost races before giving up */

static ATOMIC_FILE *atomic_file_list;	/* open, for cleanup */

/* atomic_file_lock - wait for an exclusive lock on the whole file */

static int atomic_file_lock(int fd)
{
    struct flock lock;
    int     ret;

    memset(&lock, 0, sizeof(lock));
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    while ((ret = fcntl(fd, F_SETLKW, &lock)) < 0 && errno == EINTR)
	 /* void */ ;
    return (ret);
}

/* atomic_file_same - is fd still the file named temp? */

static int atomic_file_same(int fd, const char *temp)
{
    struct stat fst;
    struct stat pst;

    if (fstat(fd, &fst) < 0 || lstat(temp, &pst) < 0)
	return (0);
    return (fst.st_dev == pst.st_dev && fst.st_ino == pst.st_ino);
}

/* atomic_file_free - forget an open file, release memory */

static void atomic_file_free(ATOMIC_FILE *af)
{
    ATOMIC_FILE **pp;

    for (pp = &atomic_file_list; *pp; pp = &(*pp)->next) {
	if (*pp == af) {
	    *pp = af->next;
	    break;
	}
    }
    myfree(af->path);
    myfree(af->temp);
    myfree(af);
}

/* atomic_file_open - create and lock the temporary file */

ATOMIC_FILE *atomic_file_open(const char *path, mode_t mode, VSTRING *why)
{
    ATOMIC_FILE *af;
    struct stat st;
    int     have_old;
    int     fd = -1;
    int     tries;

    have_old = (stat(path, &st) == 0);
    if (have_old)
	mode = st.st_mode & 07777;
    af = (ATOMIC_FILE *) mymalloc(sizeof(*af));
    af->path = mystrdup(path);
    af->temp = concatenate(path, ".tmp", (char *) 0);
    af->fp = 0;
    af->next = 0;

    /*
     * Take the lock, then make sure that the file we locked is still the
     * temporary file: a previous holder may have renamed it into place (or
     * removed it) while we were waiting.
     */
    for (tries = 0; /* see below */ ; tries++) {
	if (tries >= ATOMIC_FILE_TRIES) {
	    vstring_sprintf(why, "lock %s: too many concurrent editors", af->temp);
	    atomic_file_free(af);
	    return (0);
	}
	if ((fd = open(af->temp, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC,
		       mode & 0666)) < 0) {
	    vstring_sprintf(why, "open %s: %s", af->temp, strerror(errno));
	    atomic_file_free(af);
	    return (0);
	}
	if (atomic_file_lock(fd) < 0) {
	    vstring_sprintf(why, "lock %s: %s", af->temp, strerror(errno));
	    (void) close(fd);
	    atomic_file_free(af);
	    return (0);
	}
	if (atomic_file_same(fd, af->temp))
	    break;
	(void) close(fd);
    }
    if (ftruncate(fd, 0) < 0 || fchmod(fd, mode) < 0
	|| (have_old && geteuid() == 0 && fchown(fd, st.st_uid, st.st_gid) < 0)) {
	vstring_sprintf(why, "prepare %s: %s", af->temp, strerror(errno));
	(void) unlink(af->temp);
	(void) close(fd);
	atomic_file_free(af);
	return (0);
    }
    if ((af->fp = fdopen(fd, "w")) == 0) {
	vstring_sprintf(why, "fdopen %s: %s", af->temp, strerror(errno));
	(void) unlink(af->temp);
	(void) close(fd);
	atomic_file_free(af);
	return (0);
    }
    af->next = atomic_file_list;
    atomic_file_list = af;
    return (af);
}

/* atomic_file_sync_dir - make the new directory entry durable */

static int atomic_file_sync_dir(const char *path)
{
    char   *dir = mystrdup(path);
    char   *slash = strrchr(dir, '/');
    int     fd;
    int     ret = 0;

    if (slash == dir)
	slash[1] = 0;
    else if (slash)
	*slash = 0;
    if ((fd = open(slash ? dir : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0) {
	ret = -1;
    } else {
	/* Some file systems cannot sync a directory; that is not an error. */
	if (fsync(fd) < 0 && errno != EINVAL)
	    ret = -1;
	(void) close(fd);
    }
    myfree(dir);
    return (ret);
}

/* atomic_file_commit - sync and rename into place */

int     atomic_file_commit(ATOMIC_FILE *af, VSTRING *why)
{
    int     ret = -1;

    if (fflush(af->fp) != 0 || ferror(af->fp)) {
	vstring_sprintf(why, "write %s: %s", af->temp, strerror(errno));
    } else if (fsync(fileno(af->fp)) < 0) {
	vstring_sprintf(why, "fsync %s: %s", af->temp, strerror(errno));
    } else if (rename(af->temp, af->path) < 0) {
	vstring_sprintf(why, "rename %s to %s: %s", af->temp, af->path, strerror(errno));
    } else if (atomic_file_sync_dir(af->path) < 0) {
	vstring_sprintf(why, "fsync directory of %s: %s", af->path, strerror(errno));
	/* The file is in place; only its durability is in doubt. */
	(void) fclose(af->fp);
	atomic_file_free(af);
	return (-1);
    } else {
	ret = 0;
    }
    if (ret < 0)
	(void) unlink(af->temp);
    /* Closing releases the lock, after the rename: waiters start over. */
    if (fclose(af->fp) != 0 && ret == 0) {
	vstring_sprintf(why, "close %s: %s", af->path, strerror(errno));
	ret = -1;
    }
    atomic_file_free(af);
    return (ret);
}

/* atomic_file_abort - forget the new content */

void    atomic_file_abort(ATOMIC_FILE *af)
{
    (void) unlink(af->temp);
    (void) fclose(af->fp);
    atomic_file_free(af);
}

/* atomic_file_cleanup - remove the temporary files of open editors */

void    atomic_file_cleanup(void)
{
    ATOMIC_FILE *af;

    for (af = atomic_file_list; af; af = af->next)
	(void) unlink(af->temp);
}

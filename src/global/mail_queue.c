/*++
/* NAME
/*	mail_queue 3
/* SUMMARY
/*	queue directories, queue IDs and queue file access
/* SYNOPSIS
/*	#include <mail_queue.h>
/*
/*	int	mail_queue_name_ok(queue)
/*	int	mail_queue_id_ok(id)
/*	int	mail_queue_hashed(queue)
/*
/*	const char *mail_queue_dir(buf, queue, id)
/*	const char *mail_queue_path(buf, queue, id)
/*	VSTRING	*buf;
/*	const char *queue;
/*	const char *id;
/*
/*	int	mail_queue_mkdirs(path)
/*
/*	const char *mail_queue_id_make(buf, inode, tv)
/*	int	mail_queue_id_inode(id, inodep)
/*
/*	VSTREAM	*mail_queue_enter(queue, mode, tv, id)
/*	int	mail_queue_enter_fd(queue, mode, tv, id)
/*	VSTREAM	*mail_queue_open(queue, id, flags, mode)
/*	int	mail_queue_open_fd(queue, id, flags, mode)
/*	int	mail_queue_rename(id, old_queue, new_queue)
/*	int	mail_queue_remove(queue, id)
/*	int	mail_queue_sync_dir(queue, id)
/*	int	mail_queue_lock(fd, how)
/* DESCRIPTION
/*	See mail_queue(3h) for the ID format, hashing, file modes and
/*	locking rules. Paths are relative: the caller has done
/*	chdir(var_queue_directory).
/*
/*	mail_queue_name_ok() accepts a queue name: 1 to 32 letters and
/*	digits. mail_queue_id_ok() accepts a queue ID, and so refuses
/*	any other file name ("../x", "123.456", ""): 1 to
/*	MAIL_QUEUE_ID_MAX letters and digits. A name read from a
/*	directory, a command line or a record is tested with it before
/*	it becomes part of a path.
/*
/*	mail_queue_hashed() says whether a queue is listed in
/*	hash_queue_names (case is ignored).
/*
/*	mail_queue_dir() stores the directory of a queue file in buf
/*	("deferred/3", "incoming") and mail_queue_path() its path
/*	("deferred/3/3F2A81C0D4"). With a null id mail_queue_dir() gives
/*	the queue's top directory. The hashing key is the ID's
/*	microseconds in upper-case hex (a short ID's own first
/*	characters; decoded from a long ID), so that both forms spread
/*	over the same 16 subdirectories per level. An ID shorter than
/*	hash_queue_depth is padded with "_" levels.
/*
/*	mail_queue_mkdirs() creates the missing hashed subdirectories
/*	on the way to path (never the queue directory itself), mode
/*	0700, and fsyncs the directory above each one it creates.
/*
/*	mail_queue_id_make() stores the ID for an inode number and a
/*	creation time in buf, in the form enable_long_queue_ids selects.
/*	mail_queue_id_inode() decodes the inode number from an ID of
/*	either form: 0, or -1 when the ID does not have one.
/*
/*	mail_queue_enter_fd() creates a file with mode mode in the queue
/*	under a temporary name "usec.pid", names it by its ID (stored in
/*	id; tv receives the time the ID was made from, when not null),
/*	fsyncs the directory, and returns the descriptor, open O_RDWR.
/*	mail_queue_enter() does the same and returns a stream.
/*
/*	mail_queue_open_fd() and mail_queue_open() open an existing
/*	queue file (or create one, with O_CREAT in flags, making a
/*	hashed subdirectory when needed). O_NOFOLLOW is always added:
/*	a symbolic link in a queue is never followed.
/*
/*	mail_queue_rename() moves a file from one queue to another and
/*	fsyncs the new directory, then the old one.
/*
/*	mail_queue_remove() removes a queue file. The directory is not
/*	synced: a removal lost in a crash means a file comes back, and
/*	a message delivered twice is the contract's accepted outcome.
/*
/*	mail_queue_sync_dir() fsyncs the directory of a queue file.
/*
/*	mail_queue_lock() takes (MAIL_QUEUE_LOCK_SHARED,
/*	MAIL_QUEUE_LOCK_EXCLUSIVE) or releases (MAIL_QUEUE_LOCK_NONE) a
/*	flock(2) lock; with MAIL_QUEUE_LOCK_NOWAIT it fails at once with
/*	EWOULDBLOCK when the file is busy.
/* DIAGNOSTICS
/*	The file functions return -1 (a null stream) with errno set; an
/*	invalid queue name or ID passed to them is a panic (a bug: the
/*	caller validates input). mail_queue_enter_fd() gives up with
/*	errno EEXIST when it loses the naming race 100 times in a row.
/*--*/

#include <sys_defs.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/time.h>

#include <msg.h>
#include <vstring.h>
#include <vstream.h>
#include <mail_params.h>
#include <mail_queue.h>

#define MQ_NAME_MAX	32		/* queue name length */
#define MQ_SH_USEC_LEN	5		/* "%05X" microseconds */
#define MQ_LG_SEC_LEN	6		/* at least */
#define MQ_LG_USEC_LEN	4		/* exactly */
#define MQ_LG_TIME_LEN	(MQ_LG_SEC_LEN + MQ_LG_USEC_LEN)
#define MQ_LG_SEP	'z'		/* between time and inode */
#define MQ_TRIES	100		/* naming races before giving up */
#define MQ_HASH_SEP	", \t\r\n"	/* hash_queue_names separators */

 /*
  * The long ID alphabet: digits, then consonants; the inode uses all but
  * the last letter, so that it never holds the separator.
  */
static const char mq_alphabet[] =
"0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz";

#define MQ_BASE_TIME	52
#define MQ_BASE_INODE	51

/* mail_queue_name_ok - is this a valid queue name? */

int     mail_queue_name_ok(const char *queue)
{
    const char *cp;

    if (*queue == 0 || strlen(queue) > MQ_NAME_MAX)
	return (0);
    for (cp = queue; *cp; cp++)
	if (!isalnum((unsigned char) *cp))
	    return (0);
    return (1);
}

/* mail_queue_id_ok - is this a valid queue ID? */

int     mail_queue_id_ok(const char *id)
{
    const char *cp;

    if (*id == 0 || strlen(id) > MAIL_QUEUE_ID_MAX)
	return (0);
    for (cp = id; *cp; cp++)
	if (!isalnum((unsigned char) *cp))
	    return (0);
    return (1);
}

/* mail_queue_hashed - is this queue listed in hash_queue_names? */

int     mail_queue_hashed(const char *queue)
{
    const char *cp = var_hash_queue_names;
    size_t  len;

    if (cp == 0)
	return (0);
    for (;;) {
	cp += strspn(cp, MQ_HASH_SEP);
	if (*cp == 0)
	    return (0);
	len = strcspn(cp, MQ_HASH_SEP);
	if (len == strlen(queue) && strncasecmp(cp, queue, len) == 0)
	    return (1);
	cp += len;
    }
}

/* mq_encode - append a number in the long ID alphabet */

static void mq_encode(VSTRING *buf, unsigned long long val, int base, int pad)
{
    char    digits[64];
    int     n = 0;

    do {
	digits[n++] = mq_alphabet[val % (unsigned) base];
	val /= (unsigned) base;
    } while (val != 0);
    while (n < pad)
	digits[n++] = mq_alphabet[0];
    while (n > 0)
	vstring_addch(buf, digits[--n]);
}

/* mq_decode - a number in the long ID alphabet, or -1 */

static int mq_decode(const char *str, size_t len, int base,
		             unsigned long long *valp)
{
    unsigned long long val = 0;
    const char *pos;
    size_t  i;

    if (len == 0 || len > 12)
	return (-1);
    for (i = 0; i < len; i++) {
	if (str[i] == 0 || (pos = strchr(mq_alphabet, str[i])) == 0
	    || pos - mq_alphabet >= base)
	    return (-1);
	val = val * (unsigned) base + (unsigned) (pos - mq_alphabet);
    }
    *valp = val;
    return (0);
}

/* mq_long_sep - the separator of a long ID, or null */

static const char *mq_long_sep(const char *id)
{
    const char *sep = strrchr(id, MQ_LG_SEP);

    return (sep && sep - id >= MQ_LG_TIME_LEN ? sep : 0);
}

/* mq_hash_key - the characters that pick the hashed subdirectories */

static void mq_hash_key(char *key, size_t size, const char *id)
{
    const char *sep;
    unsigned long long usec;

    if ((sep = mq_long_sep(id)) != 0
	&& mq_decode(sep - MQ_LG_USEC_LEN, MQ_LG_USEC_LEN,
		     MQ_BASE_TIME, &usec) == 0) {
	(void) snprintf(key, size, "%05llX", usec);
    } else {
	(void) snprintf(key, size, "%s", id);
    }
}

/* mail_queue_dir - the directory of a queue file */

const char *mail_queue_dir(VSTRING *buf, const char *queue, const char *id)
{
    char    key[MAIL_QUEUE_ID_MAX + 1];
    int     depth;
    int     i;

    if (!mail_queue_name_ok(queue))
	msg_panic("mail_queue_dir: bad queue name \"%s\"", queue);
    if (id != 0 && !mail_queue_id_ok(id))
	msg_panic("mail_queue_dir: bad queue id \"%s\"", id);
    vstring_strcpy(buf, queue);
    if (id != 0 && mail_queue_hashed(queue)) {
	mq_hash_key(key, sizeof(key), id);
	depth = var_hash_queue_depth;
	if (depth > MAIL_QUEUE_MAX_DEPTH)
	    depth = MAIL_QUEUE_MAX_DEPTH;
	for (i = 0; i < depth; i++) {
	    vstring_addch(buf, '/');
	    vstring_addch(buf, i < (int) strlen(key) ? key[i] : '_');
	}
    }
    return (vstring_str(buf));
}

/* mail_queue_path - the path of a queue file */

const char *mail_queue_path(VSTRING *buf, const char *queue, const char *id)
{
    if (id == 0 || !mail_queue_id_ok(id))
	msg_panic("mail_queue_path: bad queue id \"%s\"", id ? id : "(null)");
    mail_queue_dir(buf, queue, id);
    vstring_addch(buf, '/');
    vstring_strcat(buf, id);
    return (vstring_str(buf));
}

/* mq_sync_path_dir - fsync the directory that holds path */

static int mq_sync_path_dir(const char *path)
{
    char    dir[256];
    const char *slash = strrchr(path, '/');
    int     fd;
    int     ret = 0;

    if (slash == 0) {
	(void) snprintf(dir, sizeof(dir), ".");
    } else if ((size_t) (slash - path) >= sizeof(dir)) {
	errno = ENAMETOOLONG;
	return (-1);
    } else {
	memcpy(dir, path, (size_t) (slash - path));
	dir[slash - path] = 0;
    }
    if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
	return (-1);
    /* Some file systems cannot sync a directory; that is not an error. */
    if (fsync(fd) < 0 && errno != EINVAL)
	ret = -1;
    (void) close(fd);
    return (ret);
}

/* mail_queue_mkdirs - make the missing hashed subdirectories of a path */

int     mail_queue_mkdirs(const char *path)
{
    char    dir[256];
    const char *first;
    const char *slash;

    if (strlen(path) >= sizeof(dir)) {
	errno = ENAMETOOLONG;
	return (-1);
    }
    if ((first = strchr(path, '/')) == 0)
	return (0);
    for (slash = strchr(first + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
	memcpy(dir, path, (size_t) (slash - path));
	dir[slash - path] = 0;
	if (mkdir(dir, 0700) == 0) {
	    if (mq_sync_path_dir(dir) < 0)
		return (-1);
	} else if (errno != EEXIST) {
	    return (-1);
	}
    }
    return (0);
}

/* mail_queue_id_make - the ID for an inode and a time */

const char *mail_queue_id_make(VSTRING *buf, ino_t inode,
			               const struct timeval *tv)
{
    if (var_enable_long_queue_ids) {
	vstring_truncate(buf, 0);
	mq_encode(buf, (unsigned long long) tv->tv_sec, MQ_BASE_TIME,
		  MQ_LG_SEC_LEN);
	mq_encode(buf, (unsigned long long) tv->tv_usec, MQ_BASE_TIME,
		  MQ_LG_USEC_LEN);
	vstring_addch(buf, MQ_LG_SEP);
	mq_encode(buf, (unsigned long long) inode, MQ_BASE_INODE, 0);
    } else {
	vstring_sprintf(buf, "%05X%llX", (unsigned) tv->tv_usec,
			(unsigned long long) inode);
    }
    return (vstring_str(buf));
}

/* mail_queue_id_inode - the inode number an ID was made from */

int     mail_queue_id_inode(const char *id, ino_t *inodep)
{
    const char *sep;
    const char *cp;
    unsigned long long val = 0;

    if ((sep = mq_long_sep(id)) != 0) {
	if (mq_decode(sep + 1, strlen(sep + 1), MQ_BASE_INODE, &val) < 0)
	    return (-1);
    } else {
	if (strlen(id) <= MQ_SH_USEC_LEN || strlen(id) > MQ_SH_USEC_LEN + 16)
	    return (-1);
	for (cp = id + MQ_SH_USEC_LEN; *cp; cp++) {
	    if (!isxdigit((unsigned char) *cp) || islower((unsigned char) *cp))
		return (-1);
	    val = val * 16 + (unsigned) (isdigit((unsigned char) *cp) ?
					 *cp - '0' : *cp - 'A' + 10);
	}
    }
    *inodep = (ino_t) val;
    return ((unsigned long long) *inodep == val ? 0 : -1);
}

/* mail_queue_enter_fd - create a queue file named by its ID */

int     mail_queue_enter_fd(const char *queue, mode_t mode,
			            struct timeval *tp, VSTRING *id)
{
    char    temp[MQ_NAME_MAX + 64];
    char    pathbuf[MQ_NAME_MAX + MAIL_QUEUE_MAX_DEPTH * 2 + MAIL_QUEUE_ID_MAX + 4];
    VSTRING path;
    struct timeval tv;
    struct stat st;
    struct stat other;
    int     fd = -1;
    int     tries;
    int     saved;

    if (!mail_queue_name_ok(queue))
	msg_panic("mail_queue_enter: bad queue name \"%s\"", queue);
    if (tp == 0)
	tp = &tv;
    vstring_init_mem(&path, pathbuf, sizeof(pathbuf));

    /*
     * A temporary name first; "usec.pid" is never a valid ID.
     */
    for (tries = 0; fd < 0; tries++) {
	if (tries >= MQ_TRIES) {
	    errno = EEXIST;
	    return (-1);
	}
	(void) gettimeofday(tp, (struct timezone *) 0);
	(void) snprintf(temp, sizeof(temp), "%s/%ld.%ld", queue,
			(long) tp->tv_usec, (long) getpid());
	fd = open(temp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
		  mode);
	if (fd < 0 && errno != EEXIST)
	    return (-1);
    }
    if (fstat(fd, &st) < 0)
	goto fail;

    /*
     * Then the name its inode and the clock give it. An existing file of
     * that name can only be a stranger (restored from elsewhere): wait for
     * the clock to move.
     */
    for (tries = 0;; tries++) {
	if (tries >= MQ_TRIES) {
	    errno = EEXIST;
	    goto fail;
	}
	(void) gettimeofday(tp, (struct timezone *) 0);
	mail_queue_id_make(id, st.st_ino, tp);
	mail_queue_path(&path, queue, vstring_str(id));
	if (lstat(vstring_str(&path), &other) == 0)
	    continue;
	if (rename(temp, vstring_str(&path)) == 0)
	    break;
	if (errno != ENOENT || mail_queue_mkdirs(vstring_str(&path)) < 0)
	    goto fail;
    }
    if (mq_sync_path_dir(vstring_str(&path)) < 0) {
	saved = errno;
	(void) unlink(vstring_str(&path));
	(void) close(fd);
	errno = saved;
	return (-1);
    }
    return (fd);

fail:
    saved = errno;
    (void) unlink(temp);
    (void) close(fd);
    errno = saved;
    return (-1);
}

/* mail_queue_enter - create a queue file, return a stream */

VSTREAM *mail_queue_enter(const char *queue, mode_t mode,
			          struct timeval *tp, VSTRING *id)
{
    int     fd;

    if ((fd = mail_queue_enter_fd(queue, mode, tp, id)) < 0)
	return (0);
    return (vstream_fdopen(fd, O_RDWR));
}

/* mail_queue_open_fd - open a queue file */

int     mail_queue_open_fd(const char *queue, const char *id, int flags,
			           mode_t mode)
{
    char    pathbuf[MQ_NAME_MAX + MAIL_QUEUE_MAX_DEPTH * 2 + MAIL_QUEUE_ID_MAX + 4];
    VSTRING path;
    int     fd;

    vstring_init_mem(&path, pathbuf, sizeof(pathbuf));
    mail_queue_path(&path, queue, id);
    flags |= O_CLOEXEC | O_NOFOLLOW;
    if ((fd = open(vstring_str(&path), flags, mode)) < 0
	&& errno == ENOENT && (flags & O_CREAT)
	&& mail_queue_mkdirs(vstring_str(&path)) == 0)
	fd = open(vstring_str(&path), flags, mode);
    return (fd);
}

/* mail_queue_open - open a queue file, return a stream */

VSTREAM *mail_queue_open(const char *queue, const char *id, int flags,
			         mode_t mode)
{
    int     fd;

    if ((fd = mail_queue_open_fd(queue, id, flags, mode)) < 0)
	return (0);
    return (vstream_fdopen(fd, flags & (O_RDONLY | O_WRONLY | O_RDWR)));
}

/* mail_queue_rename - move a queue file to another queue, durably */

int     mail_queue_rename(const char *id, const char *old_queue,
			          const char *new_queue)
{
    char    oldbuf[MQ_NAME_MAX + MAIL_QUEUE_MAX_DEPTH * 2 + MAIL_QUEUE_ID_MAX + 4];
    char    newbuf[MQ_NAME_MAX + MAIL_QUEUE_MAX_DEPTH * 2 + MAIL_QUEUE_ID_MAX + 4];
    VSTRING old_path;
    VSTRING new_path;
    int     ret;

    vstring_init_mem(&old_path, oldbuf, sizeof(oldbuf));
    vstring_init_mem(&new_path, newbuf, sizeof(newbuf));
    mail_queue_path(&old_path, old_queue, id);
    mail_queue_path(&new_path, new_queue, id);
    if ((ret = rename(vstring_str(&old_path), vstring_str(&new_path))) < 0
	&& errno == ENOENT && access(vstring_str(&old_path), F_OK) == 0
	&& mail_queue_mkdirs(vstring_str(&new_path)) == 0)
	ret = rename(vstring_str(&old_path), vstring_str(&new_path));
    if (ret == 0 && (mq_sync_path_dir(vstring_str(&new_path)) < 0
		     || mq_sync_path_dir(vstring_str(&old_path)) < 0))
	ret = -1;
    return (ret);
}

/* mail_queue_remove - remove a queue file */

int     mail_queue_remove(const char *queue, const char *id)
{
    char    pathbuf[MQ_NAME_MAX + MAIL_QUEUE_MAX_DEPTH * 2 + MAIL_QUEUE_ID_MAX + 4];
    VSTRING path;

    vstring_init_mem(&path, pathbuf, sizeof(pathbuf));
    return (unlink(mail_queue_path(&path, queue, id)));
}

/* mail_queue_sync_dir - fsync the directory of a queue file */

int     mail_queue_sync_dir(const char *queue, const char *id)
{
    char    pathbuf[MQ_NAME_MAX + MAIL_QUEUE_MAX_DEPTH * 2 + MAIL_QUEUE_ID_MAX + 4];
    VSTRING path;

    vstring_init_mem(&path, pathbuf, sizeof(pathbuf));
    return (mq_sync_path_dir(mail_queue_path(&path, queue, id)));
}

/* mail_queue_lock - flock a queue file */

int     mail_queue_lock(int fd, int how)
{
    int     op;
    int     ret;

    switch (how & ~MAIL_QUEUE_LOCK_NOWAIT) {
    case MAIL_QUEUE_LOCK_NONE:
	op = LOCK_UN;
	break;
    case MAIL_QUEUE_LOCK_SHARED:
	op = LOCK_SH;
	break;
    case MAIL_QUEUE_LOCK_EXCLUSIVE:
	op = LOCK_EX;
	break;
    default:
	msg_panic("mail_queue_lock: bad request %d", how);
    }
    if (how & MAIL_QUEUE_LOCK_NOWAIT)
	op |= LOCK_NB;
    while ((ret = flock(fd, op)) < 0 && errno == EINTR)
	 /* void */ ;
    return (ret);
}

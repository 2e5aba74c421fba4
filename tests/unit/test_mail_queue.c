/*++
/* NAME
/*	test_mail_queue 1
/* SUMMARY
/*	unit tests for mail_queue(3) and mail_queue_scan(3)
/* SYNOPSIS
/*	test_mail_queue
/* DESCRIPTION
/*	In a temporary queue directory: name and ID validation against
/*	hostile names, hashed paths for short and long IDs and other
/*	depths, ID encoding and inode decoding, creating, opening,
/*	moving and removing queue files (hashed subdirectories made on
/*	demand), locks, and walking a queue with its subdirectories.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/time.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <mail_params.h>
#include <mail_queue.h>
#include <unit_test.h>

static char dir[] = "/tmp/test_mail_queue.XXXXXX";

/* test_names - what is and is not a queue name or ID */

static void test_names(void)
{
    static const char *bad_ids[] = {"", "../x", "..", ".", "a/b", "A.B",
	"12345.678", "x y", "abc\n", "-rf", "_", "ABC_DEF",
    "0123456789012345678901234567890123456789012345678901234567890123X"};
    size_t  i;

    UNIT_ASSERT(mail_queue_name_ok("deferred"));
    UNIT_ASSERT(!mail_queue_name_ok(""));
    UNIT_ASSERT(!mail_queue_name_ok("../etc"));
    UNIT_ASSERT(!mail_queue_name_ok("hold/x"));
    UNIT_ASSERT(mail_queue_id_ok("3F2A81C0D4"));
    UNIT_ASSERT(mail_queue_id_ok("4cHm2x1bWTz7Pq"));
    UNIT_ASSERT(mail_queue_id_ok("0123456789012345678901234567890123456789012345678901234567890123"));
    for (i = 0; i < ARRAY_LEN(bad_ids); i++)
	if (mail_queue_id_ok(bad_ids[i]))
	    UNIT_FAIL("accepted \"%s\"", bad_ids[i]);
}

/* test_paths - hashed and flat paths */

static void test_paths(void)
{
    VSTRING *buf = vstring_alloc(10);
    VSTRING *id = vstring_alloc(10);
    struct timeval tv;

    var_hash_queue_names = "deferred, defer";
    var_hash_queue_depth = 1;
    UNIT_ASSERT(mail_queue_hashed("deferred"));
    UNIT_ASSERT(mail_queue_hashed("DEFER"));
    UNIT_ASSERT(!mail_queue_hashed("def"));
    UNIT_ASSERT(!mail_queue_hashed("incoming"));
    UNIT_ASSERT_STR(mail_queue_path(buf, "incoming", "3F2A81C0D4"), "incoming/3F2A81C0D4");
    UNIT_ASSERT_STR(mail_queue_path(buf, "deferred", "3F2A81C0D4"), "deferred/3/3F2A81C0D4");
    UNIT_ASSERT_STR(mail_queue_dir(buf, "defer", "3F2A81C0D4"), "defer/3");
    UNIT_ASSERT_STR(mail_queue_dir(buf, "deferred", 0), "deferred");
    var_hash_queue_depth = 2;
    UNIT_ASSERT_STR(mail_queue_path(buf, "deferred", "3F2A81C0D4"), "deferred/3/F/3F2A81C0D4");
    UNIT_ASSERT_STR(mail_queue_path(buf, "deferred", "A"), "deferred/A/_/A");
    var_hash_queue_names = "hold,incoming";
    UNIT_ASSERT_STR(mail_queue_path(buf, "deferred", "3F2A81C0D4"), "deferred/3F2A81C0D4");
    UNIT_ASSERT_STR(mail_queue_path(buf, "incoming", "3F2A81C0D4"), "incoming/3/F/3F2A81C0D4");

    /* A long ID hashes on its microseconds, as the short one does. */
    var_hash_queue_names = "deferred";
    var_hash_queue_depth = 1;
    var_enable_long_queue_ids = 1;
    tv.tv_sec = 1700000000;
    tv.tv_usec = 0xF4000;
    mail_queue_id_make(id, 12345, &tv);
    UNIT_ASSERT(mail_queue_id_ok(vstring_str(id)));
    UNIT_ASSERT(strchr(vstring_str(id), 'z') - vstring_str(id) == 10);
    UNIT_ASSERT_STR(mail_queue_dir(buf, "deferred", vstring_str(id)), "deferred/F");
    var_enable_long_queue_ids = 0;
    mail_queue_id_make(id, 12345, &tv);
    UNIT_ASSERT_STR(vstring_str(id), "F40003039");
    UNIT_ASSERT_STR(mail_queue_dir(buf, "deferred", vstring_str(id)), "deferred/F");
    vstring_free(buf);
    vstring_free(id);
}

/* test_ids - encoding and inode decoding round trips */

static void test_ids(void)
{
    static const unsigned long inodes[] = {0, 1, 50, 51, 52, 0xffff, 0x7fffffffUL};
    VSTRING *id = vstring_alloc(10);
    struct timeval tv;
    ino_t   ino;
    size_t  i;
    int     lg;

    tv.tv_sec = 1234567890;
    tv.tv_usec = 999999;
    for (lg = 0; lg < 2; lg++) {
	var_enable_long_queue_ids = lg;
	for (i = 0; i < ARRAY_LEN(inodes); i++) {
	    mail_queue_id_make(id, (ino_t) inodes[i], &tv);
	    UNIT_ASSERT(mail_queue_id_ok(vstring_str(id)));
	    UNIT_ASSERT_INT(mail_queue_id_inode(vstring_str(id), &ino), 0);
	    UNIT_ASSERT_INT(ino, inodes[i]);
	}
    }
    var_enable_long_queue_ids = 0;
    UNIT_ASSERT_INT(mail_queue_id_inode("F4240", &ino), -1);
    UNIT_ASSERT_INT(mail_queue_id_inode("F4240abc", &ino), -1);
    UNIT_ASSERT_INT(mail_queue_id_inode("F4240G", &ino), -1);
    UNIT_ASSERT_INT(mail_queue_id_inode("0000000000zaeiou", &ino), -1);
    UNIT_ASSERT_INT(mail_queue_id_inode("0000000000zz", &ino), -1);
    vstring_free(id);
}

/* test_files - enter, open, rename, remove, lock */

static void test_files(void)
{
    VSTRING *id = vstring_alloc(10);
    VSTRING *path = vstring_alloc(10);
    struct timeval tv;
    struct stat st;
    VSTREAM *fp;
    ino_t   ino;
    int     fd;
    int     fd2;

    var_hash_queue_names = "deferred, defer";
    var_hash_queue_depth = 1;
    UNIT_ASSERT((fp = mail_queue_enter("incoming", 0600, &tv, id)) != 0);
    UNIT_ASSERT(mail_queue_id_ok(vstring_str(id)));
    UNIT_ASSERT(fstat(vstream_fileno(fp), &st) == 0);
    UNIT_ASSERT_INT(mail_queue_id_inode(vstring_str(id), &ino), 0);
    UNIT_ASSERT(ino == st.st_ino);
    vstring_sprintf(path, "%05X", (unsigned) tv.tv_usec);
    UNIT_ASSERT(strncmp(vstring_str(id), vstring_str(path), 5) == 0);
    UNIT_ASSERT_INT(st.st_mode & 0777, 0600);
    UNIT_ASSERT(vstream_fputs("hello", fp) >= 0);
    UNIT_ASSERT_INT(vstream_fclose(fp), 0);
    UNIT_ASSERT(stat(mail_queue_path(path, "incoming", vstring_str(id)), &st) == 0);

    /* To a hashed queue whose subdirectory does not exist yet, and back. */
    UNIT_ASSERT_INT(mail_queue_rename(vstring_str(id), "incoming", "deferred"), 0);
    UNIT_ASSERT(stat(mail_queue_path(path, "deferred", vstring_str(id)), &st) == 0);
    UNIT_ASSERT(stat(mail_queue_path(path, "incoming", vstring_str(id)), &st) < 0);
    UNIT_ASSERT_INT(mail_queue_rename(vstring_str(id), "incoming", "hold"), -1);
    UNIT_ASSERT_INT(errno, ENOENT);

    /* Open and lock. */
    UNIT_ASSERT((fd = mail_queue_open_fd("deferred", vstring_str(id), O_RDWR, 0)) >= 0);
    UNIT_ASSERT((fd2 = mail_queue_open_fd("deferred", vstring_str(id), O_RDONLY, 0)) >= 0);
    UNIT_ASSERT_INT(mail_queue_lock(fd, MAIL_QUEUE_LOCK_EXCLUSIVE), 0);
    UNIT_ASSERT_INT(mail_queue_lock(fd2, MAIL_QUEUE_LOCK_SHARED | MAIL_QUEUE_LOCK_NOWAIT), -1);
    UNIT_ASSERT(errno == EWOULDBLOCK || errno == EAGAIN);
    UNIT_ASSERT_INT(mail_queue_lock(fd, MAIL_QUEUE_LOCK_NONE), 0);
    UNIT_ASSERT_INT(mail_queue_lock(fd2, MAIL_QUEUE_LOCK_SHARED | MAIL_QUEUE_LOCK_NOWAIT), 0);
    close(fd);
    close(fd2);
    UNIT_ASSERT((fp = mail_queue_open("deferred", vstring_str(id), O_RDONLY, 0)) != 0);
    UNIT_ASSERT_INT(vstream_fclose(fp), 0);

    /* Create in a hashed queue with O_CREAT. */
    UNIT_ASSERT((fd = mail_queue_open_fd("defer", "5ABCDEF", O_CREAT | O_WRONLY | O_EXCL, 0600)) >= 0);
    close(fd);
    UNIT_ASSERT(stat("defer/5/5ABCDEF", &st) == 0);
    UNIT_ASSERT_INT(mail_queue_sync_dir("defer", "5ABCDEF"), 0);

    /* A symbolic link is never followed. */
    UNIT_ASSERT(symlink("/etc/passwd", "incoming/AAAAA1") == 0);
    UNIT_ASSERT_INT(mail_queue_open_fd("incoming", "AAAAA1", O_RDONLY, 0), -1);
    UNIT_ASSERT_INT(errno, ELOOP);
    UNIT_ASSERT_INT(mail_queue_remove("incoming", "AAAAA1"), 0);

    UNIT_ASSERT_INT(mail_queue_remove("deferred", vstring_str(id)), 0);
    UNIT_ASSERT_INT(mail_queue_remove("deferred", vstring_str(id)), -1);
    UNIT_ASSERT_INT(errno, ENOENT);
    UNIT_ASSERT_INT(mail_queue_remove("defer", "5ABCDEF"), 0);
    vstring_free(id);
    vstring_free(path);
}

/* test_unique - many files, all with different IDs */

static void test_unique(void)
{
    VSTRING *id = vstring_alloc(10);
    char    seen[50][MAIL_QUEUE_ID_MAX + 1];
    int     i;
    int     j;
    int     fd;

    for (i = 0; i < 50; i++) {
	UNIT_ASSERT((fd = mail_queue_enter_fd("maildrop", 0600, 0, id)) >= 0);
	close(fd);
	(void) snprintf(seen[i], sizeof(seen[i]), "%s", vstring_str(id));
	for (j = 0; j < i; j++)
	    if (strcmp(seen[i], seen[j]) == 0)
		UNIT_FAIL("duplicate id %s", seen[i]);
    }
    for (i = 0; i < 50; i++)
	UNIT_ASSERT_INT(mail_queue_remove("maildrop", seen[i]), 0);
    vstring_free(id);
}

/* test_scan - walk a queue with hashed subdirectories */

static void test_scan(void)
{
    MAIL_QUEUE_SCAN *scan;
    const char *name;
    int     found = 0;
    int     fd;

    UNIT_ASSERT(mkdir("deferred/A", 0700) == 0 || errno == EEXIST);
    UNIT_ASSERT(mkdir("deferred/A/B", 0700) == 0);
    UNIT_ASSERT(mkdir("deferred/longname", 0700) == 0);
    UNIT_ASSERT((fd = open("deferred/TOPFILE", O_CREAT | O_WRONLY, 0600)) >= 0);
    close(fd);
    UNIT_ASSERT((fd = open("deferred/A/AFILE", O_CREAT | O_WRONLY, 0600)) >= 0);
    close(fd);
    UNIT_ASSERT((fd = open("deferred/A/B/ABFILE", O_CREAT | O_WRONLY, 0600)) >= 0);
    close(fd);
    UNIT_ASSERT((fd = open("deferred/longname/HIDDEN", O_CREAT | O_WRONLY, 0600)) >= 0);
    close(fd);
    UNIT_ASSERT((scan = mail_queue_scan_open("deferred")) != 0);
    while ((name = mail_queue_scan_next(scan)) != 0) {
	if (strcmp(name, "TOPFILE") == 0) {
	    UNIT_ASSERT_STR(mail_queue_scan_dir(scan), "deferred");
	    found |= 1;
	} else if (strcmp(name, "AFILE") == 0) {
	    UNIT_ASSERT_STR(mail_queue_scan_dir(scan), "deferred/A");
	    found |= 2;
	} else if (strcmp(name, "ABFILE") == 0) {
	    UNIT_ASSERT_STR(mail_queue_scan_dir(scan), "deferred/A/B");
	    found |= 4;
	} else {
	    UNIT_FAIL("unexpected name %s", name);
	}
    }
    mail_queue_scan_close(scan);
    UNIT_ASSERT_INT(found, 7);
    UNIT_ASSERT(mail_queue_scan_open("nosuchqueue") == 0);
    UNIT_ASSERT_INT(errno, ENOENT);
}

int     main(void)
{
    static const char *queues[] = {"maildrop", "incoming", "deferred",
    "hold", "defer"};
    size_t  i;
    int     status;

    msg_stderr_init("test_mail_queue");
    if (mkdtemp(dir) == 0 || chdir(dir) < 0)
	return (1);
    for (i = 0; i < ARRAY_LEN(queues); i++)
	if (mkdir(queues[i], 0700) < 0)
	    return (1);
    UNIT_RUN(test_names);
    UNIT_RUN(test_paths);
    UNIT_RUN(test_ids);
    UNIT_RUN(test_files);
    UNIT_RUN(test_unique);
    UNIT_RUN(test_scan);
    status = UNIT_SUMMARY();
    if (chdir("/tmp") == 0) {
	char    cmd[100];

	(void) snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	if (system(cmd) != 0)
	    return (1);
    }
    return (status);
}

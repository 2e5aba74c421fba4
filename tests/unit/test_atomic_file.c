/*++
/* NAME
/*	test_atomic_file 1
/* SUMMARY
/*	unit tests for atomic_file(3)
/* SYNOPSIS
/*	test_atomic_file
/* DESCRIPTION
/*	Replaces files in a temporary directory: commit, abort, mode
/*	preservation, cleanup after a fatal error, a missing directory, a symbolic link planted at
/*	the temporary name, and two editors taking turns.
/*--*/

#include <sys_defs.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <msg.h>
#include <vstring.h>
#include <atomic_file.h>
#include <unit_test.h>

static char dir[] = "/tmp/test_atomic_file.XXXXXX";
static char path[256];
static char temp[256];

/* slurp - whole small file as a static string */

static const char *slurp(const char *name)
{
    static char buf[1024];
    FILE   *fp = fopen(name, "r");
    size_t  n;

    if (fp == 0)
	return (0);
    n = fread(buf, 1, sizeof(buf) - 1, fp);
    buf[n] = 0;
    fclose(fp);
    return (buf);
}

/* put - write a small file */

static void put(const char *name, const char *text, mode_t mode)
{
    FILE   *fp = fopen(name, "w");

    fputs(text, fp);
    fclose(fp);
    chmod(name, mode);
}

/* test_commit - new content replaces the old, mode is kept */

static void test_commit(void)
{
    VSTRING *why = vstring_alloc(100);
    ATOMIC_FILE *af;
    struct stat st;

    put(path, "old\n", 0640);
    af = atomic_file_open(path, 0644, why);
    UNIT_ASSERT(af != 0);
    UNIT_ASSERT(access(temp, F_OK) == 0);
    fputs("new\n", af->fp);
    /* Until the commit, readers see the old file. */
    UNIT_ASSERT_STR(slurp(path), "old\n");
    UNIT_ASSERT_INT(atomic_file_commit(af, why), 0);
    UNIT_ASSERT_STR(slurp(path), "new\n");
    UNIT_ASSERT(stat(path, &st) == 0);
    UNIT_ASSERT_INT(st.st_mode & 07777, 0640);
    UNIT_ASSERT(access(temp, F_OK) < 0 && errno == ENOENT);
    vstring_free(why);
}

/* test_create - a file that did not exist gets the given mode */

static void test_create(void)
{
    VSTRING *why = vstring_alloc(100);
    ATOMIC_FILE *af;
    struct stat st;

    unlink(path);
    af = atomic_file_open(path, 0604, why);
    UNIT_ASSERT(af != 0);
    fputs("created\n", af->fp);
    UNIT_ASSERT_INT(atomic_file_commit(af, why), 0);
    UNIT_ASSERT_STR(slurp(path), "created\n");
    UNIT_ASSERT(stat(path, &st) == 0);
    UNIT_ASSERT_INT(st.st_mode & 07777, 0604);
    vstring_free(why);
}

/* test_abort - the old file stays, the temporary goes */

static void test_abort(void)
{
    VSTRING *why = vstring_alloc(100);
    ATOMIC_FILE *af;

    put(path, "keep\n", 0644);
    af = atomic_file_open(path, 0644, why);
    UNIT_ASSERT(af != 0);
    fputs("discard\n", af->fp);
    atomic_file_abort(af);
    UNIT_ASSERT_STR(slurp(path), "keep\n");
    UNIT_ASSERT(access(temp, F_OK) < 0);
    vstring_free(why);
}

/* test_cleanup - the fatal-error hook removes temporary files */

static void test_cleanup(void)
{
    VSTRING *why = vstring_alloc(100);
    ATOMIC_FILE *af;

    put(path, "old\n", 0644);
    af = atomic_file_open(path, 0644, why);
    UNIT_ASSERT(af != 0);
    fputs("half-written\n", af->fp);
    UNIT_ASSERT(access(temp, F_OK) == 0);
    atomic_file_cleanup();
    UNIT_ASSERT(access(temp, F_OK) < 0 && errno == ENOENT);
    UNIT_ASSERT_STR(slurp(path), "old\n");
    atomic_file_abort(af);
    /* Nothing open: nothing to do. */
    atomic_file_cleanup();
    UNIT_ASSERT_STR(slurp(path), "old\n");
    vstring_free(why);
}

/* test_no_dir - a missing directory is an error with a reason */

static void test_no_dir(void)
{
    VSTRING *why = vstring_alloc(100);
    char    bad[300];

    snprintf(bad, sizeof(bad), "%s/nosuch/main.cf", dir);
    UNIT_ASSERT(atomic_file_open(bad, 0644, why) == 0);
    UNIT_ASSERT(strstr(vstring_str(why), "/nosuch/main.cf.tmp: No such file") != 0);
    vstring_free(why);
}

/* test_symlink - a link planted at the temporary name is refused */

static void test_symlink(void)
{
    VSTRING *why = vstring_alloc(100);
    char    victim[300];

    snprintf(victim, sizeof(victim), "%s/victim", dir);
    put(victim, "victim\n", 0644);
    put(path, "old\n", 0644);
    UNIT_ASSERT(symlink(victim, temp) == 0);
    UNIT_ASSERT(atomic_file_open(path, 0644, why) == 0);
    UNIT_ASSERT(strstr(vstring_str(why), "main.cf.tmp") != 0);
    UNIT_ASSERT_STR(slurp(victim), "victim\n");
    unlink(temp);
    vstring_free(why);
}

/* append_child - an editor that appends one line */

static void append_child(void *context)
{
    VSTRING *why = vstring_alloc(100);
    ATOMIC_FILE *af;
    const char *old;

    if ((af = atomic_file_open(path, 0644, why)) == 0)
	_exit(1);
    old = slurp(path);
    fputs(old ? old : "", af->fp);
    fputs((const char *) context, af->fp);
    if (atomic_file_commit(af, why) < 0)
	_exit(1);
    _exit(0);
}

/* test_serialised - an editor waits for the lock holder, then sees its result */

static void test_serialised(void)
{
    VSTRING *why = vstring_alloc(100);
    ATOMIC_FILE *af;
    pid_t   pid;
    int     status;

    put(path, "", 0644);
    af = atomic_file_open(path, 0644, why);
    UNIT_ASSERT(af != 0);
    if ((pid = fork()) == 0)
	append_child("second\n");
    /* Give the child time to block on our lock. */
    sleep(1);
    fputs("first\n", af->fp);
    UNIT_ASSERT_INT(atomic_file_commit(af, why), 0);
    UNIT_ASSERT(waitpid(pid, &status, 0) == pid);
    UNIT_ASSERT(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    UNIT_ASSERT_STR(slurp(path), "first\nsecond\n");
    vstring_free(why);
}

int     main(void)
{
    msg_stderr_init("test_atomic_file");
    if (mkdtemp(dir) == 0) {
	perror("mkdtemp");
	return (1);
    }
    snprintf(path, sizeof(path), "%s/main.cf", dir);
    snprintf(temp, sizeof(temp), "%s/main.cf.tmp", dir);
    UNIT_RUN(test_commit);
    UNIT_RUN(test_create);
    UNIT_RUN(test_abort);
    UNIT_RUN(test_cleanup);
    UNIT_RUN(test_no_dir);
    UNIT_RUN(test_symlink);
    UNIT_RUN(test_serialised);
    unlink(path);
    unlink(temp);
    snprintf(temp, sizeof(temp), "%s/victim", dir);
    unlink(temp);
    rmdir(dir);
    return (UNIT_SUMMARY());
}

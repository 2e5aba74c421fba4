/*++
/* NAME
/*	test_vstream 1
/* SUMMARY
/*	unit tests for vstream(3)
/* SYNOPSIS
/*	test_vstream
/* DESCRIPTION
/*	Buffered reading and writing through pipes, socket pairs and
/*	files; lines longer than the limit and lines without a newline;
/*	pushing back; a queue file read, marked in place, synced and
/*	read again; time-outs and a deadline against a peer that drips
/*	one byte at a time; streams in caller-owned memory (the test
/*	replaces mymalloc(3) with a counting version to show that they
/*	allocate nothing); formatted output that does not fit; writing
/*	to a pipe or socket without a reader; the raw I/O hook; the
/*	standard streams. Time limits are whole seconds with generous
/*	margins, so that the tests also pass under qemu.
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>

#include <iostuff.h>
#include <mymalloc.h>
#include <vstring.h>
#include <vstream.h>
#include <unit_test.h>

 /*
  * The library's allocator, replaced: defining every function of
  * mymalloc.o here keeps that object out of the link, and the count shows
  * whether vstream(3) allocated. A function added to mymalloc.c must be
  * added here too, or the link fails with duplicate definitions.
  */
static int alloc_count;

/* must_have - out of memory is not a test result */

static void *must_have(void *ptr)
{
    if (ptr == 0)
	abort();
    return (ptr);
}

/* mymalloc - counting allocator */

void   *mymalloc(size_t len)
{
    alloc_count++;
    return (must_have(malloc(len ? len : 1)));
}

/* mycalloc - counting allocator */

void   *mycalloc(size_t nmemb, size_t size)
{
    alloc_count++;
    return (must_have(calloc(nmemb ? nmemb : 1, size ? size : 1)));
}

/* myrealloc - counting allocator */

void   *myrealloc(void *ptr, size_t len)
{
    alloc_count++;
    return (must_have(realloc(ptr, len ? len : 1)));
}

/* myfree - release memory */

void    myfree(void *ptr)
{
    free(ptr);
}

/* mymemdup - counting copy */

void   *mymemdup(const void *ptr, size_t len)
{
    return (memcpy(mymalloc(len), ptr, len));
}

/* mystrndup - counting copy */

char   *mystrndup(const char *str, size_t len)
{
    const char *end = memchr(str, 0, len);
    char   *copy;

    if (end)
	len = end - str;
    copy = mymalloc(len + 1);
    memcpy(copy, str, len);
    copy[len] = 0;
    return (copy);
}

/* mystrdup - counting copy */

char   *mystrdup(const char *str)
{
    return (mymemdup(str, strlen(str) + 1));
}

/* mymalloc_pages - counting allocator */

void   *mymalloc_pages(size_t len)
{
    alloc_count++;
    return (must_have(calloc(1, len ? len : 1)));
}

/* mytrim_pages - clear, as the kernel would */

void    mytrim_pages(void *ptr, size_t len)
{
    memset(ptr, 0, len);
}

/* myfree_pages - release memory */

void    myfree_pages(void *ptr, size_t len)
{
    (void) len;
    free(ptr);
}

static char tmpdir[] = "/tmp/test_vstream.XXXXXX";
static char path_buf[100];

/* tmp_path - a file name in the test directory */

static const char *tmp_path(const char *name)
{
    snprintf(path_buf, sizeof(path_buf), "%s/%s", tmpdir, name);
    return (path_buf);
}

/* file_text - whole content of a small file, null-terminated */

static char *file_text(const char *path, char *buf, size_t len)
{
    int     fd = open(path, O_RDONLY);
    ssize_t n = (fd < 0 ? -1 : read(fd, buf, len - 1));

    if (fd >= 0)
	close(fd);
    buf[n > 0 ? n : 0] = 0;
    return (buf);
}

/* test_pipe_io - characters, blocks and strings through a pipe */

static void test_pipe_io(void)
{
    int     fds[2];
    VSTREAM *in;
    VSTREAM *out;
    static char big[10000];
    static char got[10000];
    char    small[8];
    size_t  i;

    for (i = 0; i < sizeof(big); i++)
	big[i] = (char) (i * 7 + i / 251);
    UNIT_ASSERT(pipe(fds) == 0);
    out = vstream_fdopen(fds[1], O_WRONLY);
    in = vstream_fdopen(fds[0], O_RDONLY);
    UNIT_ASSERT_INT(vstream_fileno(out), fds[1]);
    UNIT_ASSERT_INT(VSTREAM_PUTC('a', out), 'a');
    UNIT_ASSERT_INT(VSTREAM_PUTC(0xff, out), 0xff);
    UNIT_ASSERT_INT(vstream_fputs("bc", out), 0);
    UNIT_ASSERT_INT(vstream_fprintf(out, "%d-%s-%lld", -12, "x", 1LL << 40), 19);
    UNIT_ASSERT_INT(vstream_fwrite(out, big, sizeof(big)), sizeof(big));
    UNIT_ASSERT_INT(vstream_fflush(out), 0);
    UNIT_ASSERT_INT(vstream_fclose(out), 0);

    UNIT_ASSERT_INT(VSTREAM_GETC(in), 'a');
    UNIT_ASSERT_INT(VSTREAM_GETC(in), 0xff);
    UNIT_ASSERT_INT(vstream_fread(in, small, 2), 2);
    UNIT_ASSERT(memcmp(small, "bc", 2) == 0);
    UNIT_ASSERT_INT(vstream_fread(in, got, 19), 19);
    UNIT_ASSERT(memcmp(got, "-12-x-1099511627776", 19) == 0);
    UNIT_ASSERT_INT(vstream_fread(in, got, sizeof(got)), sizeof(got));
    UNIT_ASSERT(memcmp(got, big, sizeof(big)) == 0);
    UNIT_ASSERT(!vstream_feof(in));
    /* A short read at end of file; then end of file stays. */
    UNIT_ASSERT_INT(vstream_fread(in, small, sizeof(small)), 0);
    UNIT_ASSERT(vstream_feof(in));
    UNIT_ASSERT(!vstream_ferror(in));
    UNIT_ASSERT_INT(VSTREAM_GETC(in), VSTREAM_EOF);
    UNIT_ASSERT_INT(vstream_fclose(in), 0);
}

/* test_short_fread - fread stops at end of file with what it has */

static void test_short_fread(void)
{
    int     fds[2];
    VSTREAM *in;
    char    buf[10];

    UNIT_ASSERT(pipe(fds) == 0);
    UNIT_ASSERT(write(fds[1], "hello", 5) == 5);
    close(fds[1]);
    in = vstream_fdopen(fds[0], O_RDONLY);
    UNIT_ASSERT_INT(vstream_fread(in, buf, sizeof(buf)), 5);
    UNIT_ASSERT(vstream_feof(in));
    UNIT_ASSERT(memcmp(buf, "hello", 5) == 0);
    vstream_fclose(in);
}

/* test_file_io - a file written, read back, appended to */

static void test_file_io(void)
{
    VSTREAM *fp;
    static char big[9000];
    static char got[9000];
    char    text[100];
    size_t  i;

    for (i = 0; i < sizeof(big); i++)
	big[i] = (char) ('a' + i % 26);
    UNIT_ASSERT((fp = vstream_fopen(tmp_path("file"), O_CREAT | O_EXCL | O_RDWR,
				    0600)) != 0);
    UNIT_ASSERT(vstream_fopen(tmp_path("file"), O_CREAT | O_EXCL | O_RDWR,
			      0600) == 0);
    UNIT_ASSERT_INT(errno, EEXIST);
    UNIT_ASSERT_INT(vstream_ftell(fp), 0);
    UNIT_ASSERT_INT(vstream_fputs("head", fp), 0);
    UNIT_ASSERT_INT(vstream_ftell(fp), 4);
    /* Larger than the buffer, after something already buffered. */
    UNIT_ASSERT_INT(vstream_fwrite(fp, big, sizeof(big)), sizeof(big));
    UNIT_ASSERT_INT(vstream_ftell(fp), 4 + sizeof(big));
    UNIT_ASSERT_INT(vstream_fseek(fp, 0, SEEK_SET), 0);
    UNIT_ASSERT_INT(vstream_fread(fp, text, 4), 4);
    UNIT_ASSERT(memcmp(text, "head", 4) == 0);
    UNIT_ASSERT_INT(vstream_ftell(fp), 4);
    UNIT_ASSERT_INT(vstream_fread(fp, got, sizeof(got)), sizeof(got));
    UNIT_ASSERT(memcmp(got, big, sizeof(big)) == 0);
    UNIT_ASSERT_INT(VSTREAM_GETC(fp), VSTREAM_EOF);
    UNIT_ASSERT(vstream_feof(fp));
    /* Writing at end of file after reading to it: an append. */
    UNIT_ASSERT_INT(vstream_fputs("tail", fp), 0);
    UNIT_ASSERT_INT(vstream_fseek(fp, -8, SEEK_END), 4 + sizeof(big) - 4);
    UNIT_ASSERT(!vstream_feof(fp));
    UNIT_ASSERT_INT(vstream_fread(fp, text, 8), 8);
    UNIT_ASSERT(memcmp(text, big + sizeof(big) - 4, 4) == 0);
    UNIT_ASSERT(memcmp(text + 4, "tail", 4) == 0);
    UNIT_ASSERT_INT(vstream_fclose(fp), 0);
    UNIT_ASSERT(unlink(tmp_path("file")) == 0);
}

/* test_append - O_APPEND: writes go to the end, the position follows */

static void test_append(void)
{
    VSTREAM *fp;
    char    text[100];

    UNIT_ASSERT((fp = vstream_fopen(tmp_path("append"), O_CREAT | O_WRONLY,
				    0600)) != 0);
    vstream_fputs("0123456789", fp);
    UNIT_ASSERT_INT(vstream_fclose(fp), 0);
    UNIT_ASSERT((fp = vstream_fopen(tmp_path("append"), O_RDWR | O_APPEND,
				    0)) != 0);
    UNIT_ASSERT_INT(vstream_fread(fp, text, 3), 3);
    UNIT_ASSERT_INT(vstream_ftell(fp), 3);
    UNIT_ASSERT_INT(vstream_fputs("ab", fp), 0);
    UNIT_ASSERT_INT(vstream_fflush(fp), 0);
    UNIT_ASSERT_INT(vstream_ftell(fp), 12);
    UNIT_ASSERT_INT(VSTREAM_GETC(fp), VSTREAM_EOF);
    UNIT_ASSERT_INT(vstream_fseek(fp, -4, SEEK_CUR), 8);
    UNIT_ASSERT_INT(vstream_fread(fp, text, 10), 4);
    UNIT_ASSERT(memcmp(text, "89ab", 4) == 0);
    UNIT_ASSERT_INT(vstream_fclose(fp), 0);
    UNIT_ASSERT_STR(file_text(tmp_path("append"), text, sizeof(text)),
		    "0123456789ab");
    UNIT_ASSERT(unlink(tmp_path("append")) == 0);
}

/* test_get_line - lines, pieces, last line without newline */

static void test_get_line(void)
{
    int     fds[2];
    VSTREAM *in;
    VSTRING *vp = vstring_alloc(10);
    VSTRING *fixed = vstring_fixed(4);
    static const char text[] =
    "one\n\nexactly8\n0123456789abcdefghij\r\nsmall\nno newline";

    UNIT_ASSERT(pipe(fds) == 0);
    UNIT_ASSERT(write(fds[1], text, sizeof(text) - 1) == sizeof(text) - 1);
    close(fds[1]);
    in = vstream_fdopen(fds[0], O_RDONLY);
    UNIT_ASSERT_INT(vstream_get_line(in, vp, 8), '\n');
    UNIT_ASSERT_STR(vstring_str(vp), "one");
    UNIT_ASSERT_INT(vstream_get_line(in, vp, 8), '\n');
    UNIT_ASSERT_STR(vstring_str(vp), "");
    /* Exactly the limit: the piece, then an empty rest. */
    UNIT_ASSERT_INT(vstream_get_line(in, vp, 8), 0);
    UNIT_ASSERT_STR(vstring_str(vp), "exactly8");
    UNIT_ASSERT_INT(vstream_get_line(in, vp, 8), '\n');
    UNIT_ASSERT_STR(vstring_str(vp), "");
    /* Longer: pieces of the limit; the CR is data. */
    UNIT_ASSERT_INT(vstream_get_line(in, vp, 8), 0);
    UNIT_ASSERT_STR(vstring_str(vp), "01234567");
    UNIT_ASSERT_INT(vstream_get_line(in, vp, 8), 0);
    UNIT_ASSERT_STR(vstring_str(vp), "89abcdef");
    UNIT_ASSERT_INT(vstream_get_line(in, vp, 8), '\n');
    UNIT_ASSERT_STR(vstring_str(vp), "ghij\r");
    /* A fixed string smaller than the limit overflows. */
    UNIT_ASSERT_INT(vstream_get_line(in, fixed, 8), '\n');
    UNIT_ASSERT_STR(vstring_str(fixed), "smal");
    UNIT_ASSERT(vstring_overflowed(fixed));
    /* No limit; the last line has no newline. */
    UNIT_ASSERT_INT(vstream_get_line(in, vp, 0), VSTREAM_EOF);
    UNIT_ASSERT_STR(vstring_str(vp), "no newline");
    UNIT_ASSERT_INT(vstream_get_line(in, vp, 0), VSTREAM_EOF);
    UNIT_ASSERT_STR(vstring_str(vp), "");
    vstream_fclose(in);
    vstring_free(vp);
    vstring_free(fixed);
}

/* test_long_line - a line much longer than the buffer */

static void test_long_line(void)
{
    VSTREAM *fp;
    VSTRING *vp = vstring_alloc(10);
    int     i;

    UNIT_ASSERT((fp = vstream_fopen(tmp_path("long"), O_CREAT | O_RDWR | O_TRUNC,
				    0600)) != 0);
    for (i = 0; i < 20000; i++)
	VSTREAM_PUTC('a' + i % 26, fp);
    VSTREAM_PUTC('\n', fp);
    vstream_fputs("next\n", fp);
    UNIT_ASSERT_INT(vstream_fseek(fp, 0, SEEK_SET), 0);
    UNIT_ASSERT_INT(vstream_get_line(fp, vp, 0), '\n');
    UNIT_ASSERT_INT(VSTRING_LEN(vp), 20000);
    UNIT_ASSERT_INT(vstring_str(vp)[19999], 'a' + 19999 % 26);
    UNIT_ASSERT_INT(vstream_get_line(fp, vp, 4096), '\n');
    UNIT_ASSERT_STR(vstring_str(vp), "next");
    /* The same line in pieces of 3000: 6 cut pieces, then the rest. */
    UNIT_ASSERT_INT(vstream_fseek(fp, 0, SEEK_SET), 0);
    for (i = 0; i < 6; i++) {
	UNIT_ASSERT_INT(vstream_get_line(fp, vp, 3000), 0);
	UNIT_ASSERT_INT(VSTRING_LEN(vp), 3000);
    }
    UNIT_ASSERT_INT(vstream_get_line(fp, vp, 3000), '\n');
    UNIT_ASSERT_INT(VSTRING_LEN(vp), 2000);
    vstream_fclose(fp);
    vstring_free(vp);
}

/* test_ungetc - pushing back, position, end of file */

static void test_ungetc(void)
{
    int     fds[2];
    VSTREAM *in;
    VSTREAM st;
    char    buf[4];
    VSTRING *vp = vstring_alloc(10);

    UNIT_ASSERT(pipe(fds) == 0);
    UNIT_ASSERT(write(fds[1], "abcdef", 6) == 6);
    in = vstream_fdopen(fds[0], O_RDONLY);
    /* Nothing read yet: pushed into the empty buffer. */
    UNIT_ASSERT_INT(vstream_ungetc(in, 'z'), 'z');
    UNIT_ASSERT_INT(vstream_peek(in), 1);
    UNIT_ASSERT_INT(VSTREAM_GETC(in), 'z');
    UNIT_ASSERT_INT(VSTREAM_GETC(in), 'a');
    UNIT_ASSERT_INT(vstream_ungetc(in, 'a'), 'a');
    UNIT_ASSERT_INT(VSTREAM_GETC(in), 'a');
    UNIT_ASSERT_INT(VSTREAM_GETC(in), 'b');
    /* A different byte, and two in a row. */
    UNIT_ASSERT_INT(vstream_ungetc(in, 'Y'), 'Y');
    UNIT_ASSERT_INT(vstream_ungetc(in, 'X'), 'X');
    UNIT_ASSERT_INT(vstream_ungetc(in, VSTREAM_EOF), VSTREAM_EOF);
    close(fds[1]);
    UNIT_ASSERT_INT(vstream_get_line(in, vp, 0), VSTREAM_EOF);
    UNIT_ASSERT_STR(vstring_str(vp), "XYcdef");
    UNIT_ASSERT(vstream_feof(in));
    /* Pushing back clears end of file. */
    UNIT_ASSERT_INT(vstream_ungetc(in, '!'), '!');
    UNIT_ASSERT(!vstream_feof(in));
    UNIT_ASSERT_INT(VSTREAM_GETC(in), '!');
    UNIT_ASSERT_INT(VSTREAM_GETC(in), VSTREAM_EOF);
    vstream_fclose(in);

    /* A buffer full of unread input has no room. */
    UNIT_ASSERT(pipe(fds) == 0);
    UNIT_ASSERT(write(fds[1], "wxyz", 4) == 4);
    vstream_init(&st, fds[0], O_RDONLY, buf, sizeof(buf));
    UNIT_ASSERT_INT(vstream_fill(&st), 4);
    UNIT_ASSERT_INT(vstream_ungetc(&st, 'v'), VSTREAM_EOF);
    UNIT_ASSERT_INT(VSTREAM_GETC(&st), 'w');
    UNIT_ASSERT_INT(vstream_ungetc(&st, 'v'), 'v');
    UNIT_ASSERT_INT(VSTREAM_GETC(&st), 'v');
    vstream_fclose(&st);
    close(fds[1]);
    vstring_free(vp);
}

#define NRCPT	5

/* test_rewrite_in_place - mark a queue file record done, as qmgr does */

static void test_rewrite_in_place(void)
{
    VSTREAM *fp;
    VSTRING *vp = vstring_alloc(100);
    char    before[1000];
    char    after[1000];
    off_t   mark = -1;
    off_t   pos;
    int     i;
    int     ch;

    /* cleanup: write the file, make it durable. */
    UNIT_ASSERT((fp = vstream_fopen(tmp_path("queue"), O_CREAT | O_EXCL | O_WRONLY,
				    0600)) != 0);
    vstream_fputs("Ssender@example.com\n", fp);
    for (i = 0; i < NRCPT; i++)
	vstream_fprintf(fp, "R%c%d@example.org\n", '0', i);
    vstream_fputs("E\n", fp);
    UNIT_ASSERT_INT(vstream_fsync(fp), 0);
    UNIT_ASSERT_INT(vstream_fclose(fp), 0);
    file_text(tmp_path("queue"), before, sizeof(before));

    /* qmgr: read the records, remember where recipient 2's flag is. */
    UNIT_ASSERT((fp = vstream_fopen(tmp_path("queue"), O_RDWR, 0)) != 0);
    for (;;) {
	pos = vstream_ftell(fp);
	UNIT_ASSERT_INT(vstream_get_line(fp, vp, 100), '\n');
	if (strcmp(vstring_str(vp), "R02@example.org") == 0)
	    mark = pos + 1;
	if (strcmp(vstring_str(vp), "E") == 0)
	    break;
    }
    UNIT_ASSERT(mark > 0);
    UNIT_ASSERT_INT(vstream_get_line(fp, vp, 100), VSTREAM_EOF);

    /* Delivered: seek back, rewrite one byte, sync. */
    UNIT_ASSERT_INT(vstream_fseek(fp, mark, SEEK_SET), mark);
    UNIT_ASSERT_INT(VSTREAM_PUTC('1', fp), '1');
    UNIT_ASSERT_INT(vstream_ftell(fp), mark + 1);
    UNIT_ASSERT_INT(vstream_fsync(fp), 0);

    /* Reading goes on right after the byte written. */
    UNIT_ASSERT_INT(vstream_get_line(fp, vp, 100), '\n');
    UNIT_ASSERT_STR(vstring_str(vp), "2@example.org");

    /* Write after read without a seek: goes where reading had got to. */
    UNIT_ASSERT_INT(VSTREAM_GETC(fp), 'R');
    UNIT_ASSERT_INT(VSTREAM_PUTC('1', fp), '1');
    UNIT_ASSERT_INT(VSTREAM_GETC(fp), '3');
    UNIT_ASSERT_INT(vstream_fflush(fp), 0);

    /* Re-read everything. */
    UNIT_ASSERT_INT(vstream_fseek(fp, 0, SEEK_SET), 0);
    for (i = 0; (ch = VSTREAM_GETC(fp)) != VSTREAM_EOF; i++)
	after[i] = (char) ch;
    after[i] = 0;
    UNIT_ASSERT_INT(strlen(after), strlen(before));
    UNIT_ASSERT_INT(after[mark], '1');
    UNIT_ASSERT_INT(after[mark + 16], '1');
    after[mark] = after[mark + 16] = '0';
    UNIT_ASSERT_STR(after, before);
    UNIT_ASSERT_INT(vstream_fclose(fp), 0);

    /* And the file says so, to an independent reader. */
    file_text(tmp_path("queue"), after, sizeof(after));
    UNIT_ASSERT_INT(after[mark], '1');
    UNIT_ASSERT_INT(after[mark - 1], 'R');
    UNIT_ASSERT_INT(after[mark + 1], '2');
    UNIT_ASSERT_INT(strlen(after), strlen(before));
    UNIT_ASSERT(unlink(tmp_path("queue")) == 0);
    vstring_free(vp);
}

/* test_fsync - success on a file, failure where fsync(2) fails */

static void test_fsync(void)
{
    VSTREAM *fp;
    int     fds[2];
    struct stat st;

    UNIT_ASSERT((fp = vstream_fopen(tmp_path("sync"), O_CREAT | O_WRONLY, 0600)) != 0);
    vstream_fputs("data\n", fp);
    UNIT_ASSERT_INT(vstream_fsync(fp), 0);
    /* Flushed by vstream_fsync(), before any close. */
    UNIT_ASSERT(fstat(vstream_fileno(fp), &st) == 0);
    UNIT_ASSERT_INT(st.st_size, 5);
    UNIT_ASSERT_INT(vstream_fclose(fp), 0);
    UNIT_ASSERT(unlink(tmp_path("sync")) == 0);

    /* A pipe cannot be synced: error, and the stream says so. */
    UNIT_ASSERT(pipe(fds) == 0);
    fp = vstream_fdopen(fds[1], O_WRONLY);
    vstream_fputs("x", fp);
    UNIT_ASSERT_INT(vstream_fsync(fp), VSTREAM_EOF);
    UNIT_ASSERT(vstream_ferror(fp));
    UNIT_ASSERT(!vstream_ftimeout(fp));
    UNIT_ASSERT_INT(vstream_fclose(fp), VSTREAM_EOF);
    close(fds[0]);
}

/* test_seek_pipe - no position on a pipe */

static void test_seek_pipe(void)
{
    int     fds[2];
    VSTREAM *in;

    UNIT_ASSERT(pipe(fds) == 0);
    in = vstream_fdopen(fds[0], O_RDONLY);
    UNIT_ASSERT_INT(vstream_ftell(in), -1);
    UNIT_ASSERT_INT(errno, ESPIPE);
    UNIT_ASSERT_INT(vstream_fseek(in, 0, SEEK_SET), -1);
    UNIT_ASSERT_INT(errno, ESPIPE);
    vstream_fclose(in);
    close(fds[1]);
}

/* test_direction - reading a write stream and vice versa */

static void test_direction(void)
{
    int     fds[2];
    VSTREAM *in;
    VSTREAM *out;

    UNIT_ASSERT(pipe(fds) == 0);
    in = vstream_fdopen(fds[0], O_RDONLY);
    out = vstream_fdopen(fds[1], O_WRONLY);
    UNIT_ASSERT_INT(VSTREAM_PUTC('x', in), VSTREAM_EOF);
    UNIT_ASSERT_INT(errno, EBADF);
    UNIT_ASSERT_INT(vstream_fwrite(in, "x", 1), -1);
    UNIT_ASSERT(vstream_ferror(in));
    UNIT_ASSERT_INT(VSTREAM_GETC(out), VSTREAM_EOF);
    UNIT_ASSERT_INT(errno, EBADF);
    UNIT_ASSERT_INT(vstream_fread(out, fds, 1), -1);
    UNIT_ASSERT(vstream_ferror(out));
    vstream_clearerr(out);
    UNIT_ASSERT(!vstream_ferror(out));
    UNIT_ASSERT_INT(vstream_fclose(out), 0);
    vstream_fclose(in);
}

/* test_timeout - a read with no data times out */

static void test_timeout(void)
{
    int     fds[2];
    VSTREAM *in;
    long long start;
    long long took;
    char    buf[10];

    UNIT_ASSERT(pipe(fds) == 0);
    in = vstream_fdopen(fds[0], O_RDONLY);
    vstream_set_timeout(in, 1);
    start = deadline_now();
    UNIT_ASSERT_INT(VSTREAM_GETC(in), VSTREAM_EOF);
    took = deadline_now() - start;
    UNIT_ASSERT_INT(errno, ETIMEDOUT);
    UNIT_ASSERT(took >= 900 && took < 10000);
    UNIT_ASSERT(vstream_ftimeout(in));
    UNIT_ASSERT(vstream_ferror(in));
    UNIT_ASSERT(!vstream_feof(in));
    /* The condition stays: no second wait. */
    UNIT_ASSERT(write(fds[1], "ok", 2) == 2);
    start = deadline_now();
    UNIT_ASSERT_INT(VSTREAM_GETC(in), VSTREAM_EOF);
    UNIT_ASSERT(deadline_now() - start < 500);
    vstream_clearerr(in);
    UNIT_ASSERT(!vstream_ftimeout(in));
    UNIT_ASSERT_INT(vstream_fread(in, buf, 2), 2);
    /* fread: -1 when the time-out comes first, the count after data. */
    start = deadline_now();
    UNIT_ASSERT_INT(vstream_fread(in, buf, 2), -1);
    UNIT_ASSERT(vstream_ftimeout(in));
    UNIT_ASSERT(deadline_now() - start >= 900);
    vstream_clearerr(in);
    UNIT_ASSERT(write(fds[1], "z", 1) == 1);
    UNIT_ASSERT_INT(vstream_fread(in, buf, 2), 1);
    UNIT_ASSERT(vstream_ftimeout(in));
    vstream_fclose(in);
    close(fds[1]);
}

/* drip - child: one byte every 300 ms, for up to 9 seconds */

static void drip(int fd)
{
    int     i;

    for (i = 0; i < 30; i++) {
	if (write(fd, "d", 1) != 1)
	    break;
	usleep(300000);
    }
    _exit(0);
}

/* test_deadline_drip - a dripping writer cannot stretch a deadline */

static void test_deadline_drip(void)
{
    int     fds[2];
    VSTREAM *in;
    pid_t   pid;
    long long start;
    long long took;
    char    buf[6];
    int     got = 0;
    int     status;

    UNIT_ASSERT(pipe(fds) == 0);
    if ((pid = fork()) == 0) {
	close(fds[0]);
	drip(fds[1]);
    }
    UNIT_ASSERT(pid > 0);
    close(fds[1]);
    in = vstream_fdopen(fds[0], O_RDONLY);

    /* A per-call timeout of 1 s is met by every byte. */
    vstream_set_timeout(in, 1);
    UNIT_ASSERT_INT(vstream_fread(in, buf, sizeof(buf)), sizeof(buf));
    UNIT_ASSERT(!vstream_ferror(in));

    /* A deadline of 1 s for all of the reads is not. */
    start = deadline_now();
    vstream_set_deadline(in, 1);
    while (VSTREAM_GETC(in) != VSTREAM_EOF)
	got++;
    took = deadline_now() - start;
    UNIT_ASSERT(vstream_ftimeout(in));
    UNIT_ASSERT_INT(errno, ETIMEDOUT);
    UNIT_ASSERT(got >= 1 && got <= 5);
    UNIT_ASSERT(took >= 900 && took < 5000);

    /* Reset: a new deadline, the next bytes come in time. */
    vstream_clearerr(in);
    vstream_set_deadline(in, 2);
    UNIT_ASSERT_INT(vstream_fread(in, buf, 2), 2);
    vstream_set_deadline(in, 0);
    UNIT_ASSERT(vstream_io_deadline(in) > deadline_now());
    vstream_set_timeout(in, 0);
    UNIT_ASSERT(vstream_io_deadline(in) == DEADLINE_NONE);

    kill(pid, SIGKILL);
    UNIT_ASSERT(waitpid(pid, &status, 0) == pid);
    vstream_fclose(in);
}

/* test_write_timeout - a reader that does not read */

static void test_write_timeout(void)
{
    int     fds[2];
    VSTREAM *out;
    static char junk[4096];
    long long start;
    int     i;

    UNIT_ASSERT(pipe(fds) == 0);
    non_blocking(fds[1], NON_BLOCKING);
    out = vstream_fdopen(fds[1], O_WRONLY);
    vstream_set_timeout(out, 1);
    start = deadline_now();
    for (i = 0; i < 1000; i++)
	if (vstream_fwrite(out, junk, sizeof(junk)) < 0)
	    break;
    UNIT_ASSERT(i < 1000);
    UNIT_ASSERT(vstream_ftimeout(out));
    UNIT_ASSERT(deadline_now() - start >= 900);
    UNIT_ASSERT_INT(vstream_fflush(out), VSTREAM_EOF);
    UNIT_ASSERT_INT(vstream_fclose(out), VSTREAM_EOF);
    close(fds[0]);
}

/* test_caller_placed - a stream in caller memory allocates nothing */

static void test_caller_placed(void)
{
    static VSTREAM st;
    static char buf[64];
    char    text[200];
    int     fd;
    int     before = alloc_count;
    int     i;

    UNIT_ASSERT(vstream_sizeof() == sizeof(VSTREAM));
    UNIT_ASSERT((fd = open(tmp_path("placed"), O_CREAT | O_RDWR | O_TRUNC, 0600)) >= 0);
    vstream_init(&st, fd, O_RDWR, buf, sizeof(buf));
    for (i = 0; i < 10; i++)
	vstream_fprintf(&st, "line %d of ten\n", i);
    UNIT_ASSERT_INT(vstream_ftell(&st), 10 * 14);
    UNIT_ASSERT_INT(vstream_fseek(&st, 14, SEEK_SET), 14);
    UNIT_ASSERT_INT(vstream_fread(&st, text, 14), 14);
    UNIT_ASSERT(memcmp(text, "line 1 of ten\n", 14) == 0);
    UNIT_ASSERT_INT(vstream_fsync(&st), 0);
    UNIT_ASSERT_INT(vstream_fdclose(&st), 0);
    UNIT_ASSERT_INT(alloc_count, before);
    /* The descriptor is still open, and saw every byte. */
    UNIT_ASSERT(lseek(fd, 0, SEEK_END) == 140);
    /* Set up again in the same memory. */
    vstream_init(&st, fd, O_RDONLY, buf, 1);
    UNIT_ASSERT_INT(vstream_fseek(&st, -4, SEEK_END), 136);
    UNIT_ASSERT_INT(vstream_fread(&st, text, 10), 4);
    UNIT_ASSERT(memcmp(text, "ten\n", 4) == 0);
    UNIT_ASSERT_INT(vstream_fclose(&st), 0);
    UNIT_ASSERT_INT(alloc_count, before);
    UNIT_ASSERT(fcntl(fd, F_GETFD) < 0);
    UNIT_ASSERT(unlink(tmp_path("placed")) == 0);
    /* vstream_fdopen() allocates once. */
    UNIT_ASSERT((fd = dup(1)) >= 0);
    vstream_fdclose(vstream_fdopen(fd, O_WRONLY));
    UNIT_ASSERT_INT(alloc_count, before + 1);
    close(fd);
}

/* test_printf_limit - formatted output that does not fit the buffer */

static void test_printf_limit(void)
{
    VSTREAM *fp;
    VSTREAM st;
    char    buf[16];
    char    text[10000];
    struct stat sb;

    /* Does not fit the room left: flushed and formatted again, whole. */
    UNIT_ASSERT((fp = vstream_fopen(tmp_path("fmt"), O_CREAT | O_RDWR, 0600)) != 0);
    vstream_init(&st, vstream_fileno(fp), O_WRONLY, buf, sizeof(buf));
    UNIT_ASSERT_INT(vstream_fprintf(&st, "%s", "0123456789"), 10);
    UNIT_ASSERT_INT(vstream_fprintf(&st, "%05d|%x", 42, 255u), 8);
    UNIT_ASSERT_INT(vstream_fflush(&st), 0);
    UNIT_ASSERT_STR(file_text(tmp_path("fmt"), text, sizeof(text)),
		    "012345678900042|ff");
    /* Does not fit the buffer: cut to its size less one. */
    UNIT_ASSERT_INT(vstream_fprintf(&st, "%s", "abcdefghijklmnopqrstuvwxyz"), 15);
    UNIT_ASSERT_INT(vstream_fputs("|", &st), 0);
    UNIT_ASSERT_INT(vstream_fdclose(&st), 0);
    UNIT_ASSERT_STR(file_text(tmp_path("fmt"), text, sizeof(text)),
		    "012345678900042|ffabcdefghijklmno|");

    /* A huge format on an allocated stream. */
    UNIT_ASSERT_INT(vstream_fseek(fp, 0, SEEK_END), 34);
    UNIT_ASSERT_INT(vstream_fprintf(fp, "%*d", 1000000, 7), VSTREAM_BUFSIZE - 1);
    UNIT_ASSERT_INT(vstream_fprintf(fp, "%s", "!"), 1);
    UNIT_ASSERT(!vstream_ferror(fp));
    UNIT_ASSERT_INT(vstream_fflush(fp), 0);
    UNIT_ASSERT(fstat(vstream_fileno(fp), &sb) == 0);
    UNIT_ASSERT_INT(sb.st_size, 34 + VSTREAM_BUFSIZE - 1 + 1);
    UNIT_ASSERT_INT(vstream_fclose(fp), 0);
    UNIT_ASSERT(unlink(tmp_path("fmt")) == 0);
}

/* test_no_reader - writing without a reader: EPIPE, not SIGPIPE */

static void test_no_reader(void)
{
    int     fds[2];
    VSTREAM *out;
    sigset_t pending;
    int     kind;

    /* The default action of SIGPIPE is to terminate. */
    signal(SIGPIPE, SIG_DFL);
    for (kind = 0; kind < 2; kind++) {
	if (kind == 0)
	    UNIT_ASSERT(pipe(fds) == 0);
	else
	    UNIT_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0);
	close(fds[0]);
	out = vstream_fdopen(fds[1], O_WRONLY);
	UNIT_ASSERT_INT(vstream_fputs("lost\n", out), 0);
	UNIT_ASSERT_INT(vstream_fflush(out), VSTREAM_EOF);
	UNIT_ASSERT_INT(errno, EPIPE);
	UNIT_ASSERT(vstream_ferror(out));
	UNIT_ASSERT(!vstream_ftimeout(out));
	/* The error stays; writes fail at once; close reports it. */
	UNIT_ASSERT_INT(vstream_fputs("more", out), VSTREAM_EOF);
	UNIT_ASSERT_INT(vstream_fclose(out), VSTREAM_EOF);
	UNIT_ASSERT(sigpending(&pending) == 0);
	UNIT_ASSERT(!sigismember(&pending, SIGPIPE));
    }
    signal(SIGPIPE, SIG_IGN);
}

/* echo_peer - child: answer a line with two lines at once */

static void echo_peer(int fd)
{
    char    buf[100];
    ssize_t n;
    size_t  got = 0;

    while (got < sizeof(buf) && (n = read(fd, buf + got, sizeof(buf) - got)) > 0) {
	got += n;
	if (memchr(buf, '\n', got))
	    break;
    }
    if (got == 8 && memcmp(buf, "EHLO me\n", 8) == 0)
	(void) write(fd, "250 hi\n250 more\n", 16);
    else
	(void) write(fd, "500 bad\n", 8);
    _exit(0);
}

/* test_socket_rdwr - a read flushes the request; read-ahead is visible */

static void test_socket_rdwr(void)
{
    int     fds[2];
    VSTREAM *fp;
    VSTRING *vp = vstring_alloc(100);
    pid_t   pid;
    int     status;

    UNIT_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0);
    if ((pid = fork()) == 0) {
	close(fds[0]);
	echo_peer(fds[1]);
    }
    close(fds[1]);
    fp = vstream_fdopen(fds[0], O_RDWR);
    vstream_set_timeout(fp, 10);
    UNIT_ASSERT_INT(vstream_fputs("EHLO me\n", fp), 0);
    /* No explicit flush: reading sends the request first. */
    UNIT_ASSERT_INT(vstream_get_line(fp, vp, 100), '\n');
    UNIT_ASSERT_STR(vstring_str(vp), "250 hi");
    /* Writing does not disturb input that was read ahead. */
    UNIT_ASSERT_INT(vstream_fputs("QUIT\n", fp), 0);
    UNIT_ASSERT_INT(vstream_peek(fp), 9);
    UNIT_ASSERT_INT(VSTREAM_GETC(fp), '2');
    vstream_fpurge(fp, VSTREAM_PURGE_BOTH);
    UNIT_ASSERT_INT(vstream_peek(fp), 0);
    UNIT_ASSERT_INT(vstream_get_line(fp, vp, 100), VSTREAM_EOF);
    UNIT_ASSERT(vstream_feof(fp));
    UNIT_ASSERT(waitpid(pid, &status, 0) == pid);
    vstream_fclose(fp);
    vstring_free(vp);
}

 /*
  * A stand-in for TLS: bytes are inverted on the way out and back, and the
  * deadline that vstream hands down is recorded.
  */
typedef struct {
    int     calls;
    long long deadline;
} FLIP;

/* flip_read - read and invert */

static ssize_t flip_read(VSTREAM *stream, void *buf, size_t len,
			         long long deadline, void *context)
{
    FLIP   *flip = context;
    unsigned char *cp = buf;
    ssize_t n;
    ssize_t i;

    flip->calls++;
    flip->deadline = deadline;
    if ((n = vstream_raw_read(stream, buf, len, deadline, 0)) > 0)
	for (i = 0; i < n; i++)
	    cp[i] ^= 0xff;
    return (n);
}

/* flip_write - invert and write, a few bytes at a time */

static ssize_t flip_write(VSTREAM *stream, const void *buf, size_t len,
			          long long deadline, void *context)
{
    FLIP   *flip = context;
    unsigned char tmp[3];
    size_t  i;

    flip->calls++;
    flip->deadline = deadline;
    if (len > sizeof(tmp))
	len = sizeof(tmp);
    for (i = 0; i < len; i++)
	tmp[i] = ((const unsigned char *) buf)[i] ^ 0xff;
    return (vstream_raw_write(stream, tmp, len, deadline, 0));
}

/* test_set_io - a layer in place of the raw I/O */

static void test_set_io(void)
{
    int     fds[2];
    VSTREAM *in;
    VSTREAM *out;
    FLIP    flip = {0, 0};
    char    buf[20];
    long long now;

    UNIT_ASSERT(pipe(fds) == 0);
    in = vstream_fdopen(fds[0], O_RDONLY);
    out = vstream_fdopen(fds[1], O_WRONLY);
    vstream_set_io(out, 0, flip_write, &flip);
    vstream_set_timeout(out, 5);
    now = deadline_now();
    UNIT_ASSERT_INT(vstream_fputs("secret", out), 0);
    UNIT_ASSERT_INT(vstream_fflush(out), 0);
    UNIT_ASSERT_INT(flip.calls, 2);
    UNIT_ASSERT(flip.deadline >= now + 5000 && flip.deadline < now + 6000);
    /* Raw, the bytes are inverted. */
    UNIT_ASSERT_INT(vstream_fread(in, buf, 6), 6);
    UNIT_ASSERT_INT((unsigned char) buf[0], 's' ^ 0xff);
    /* Through the layer on both sides, they are not. */
    vstream_set_io(in, flip_read, 0, &flip);
    UNIT_ASSERT_INT(vstream_fputs("plain", out), 0);
    UNIT_ASSERT_INT(vstream_fflush(out), 0);
    UNIT_ASSERT_INT(vstream_fread(in, buf, 5), 5);
    UNIT_ASSERT(memcmp(buf, "plain", 5) == 0);
    UNIT_ASSERT(flip.deadline == DEADLINE_NONE);
    /* Back to the default. */
    vstream_set_io(out, 0, 0, 0);
    UNIT_ASSERT_INT(vstream_fputs("x", out), 0);
    UNIT_ASSERT_INT(vstream_fflush(out), 0);
    UNIT_ASSERT_INT(flip.calls, 5);
    vstream_fclose(out);
    vstream_fclose(in);
}

/* do_std_out - child: write to vstream_out and exit without a flush */

static void do_std_out(void *context)
{
    int     fd = *(int *) context;

    if (dup2(fd, 1) < 0)
	_exit(2);
    vstream_fputs("to stdout ", vstream_out);
    vstream_fprintf(vstream_out, "%d", 42);
    vstream_fputs("!", vstream_err);
    exit(0);
}

/* do_std_in - child: read a line from vstream_in */

static void do_std_in(void *context)
{
    int     fd = *(int *) context;
    VSTRING *vp = vstring_alloc(10);

    if (dup2(fd, 0) < 0)
	_exit(2);
    if (vstream_get_line(vstream_in, vp, 0) != '\n'
	|| strcmp(vstring_str(vp), "input") != 0
	|| VSTREAM_PUTC('x', vstream_in) != VSTREAM_EOF)
	_exit(1);
    _exit(0);
}

/* test_std_streams - the three standard streams */

static void test_std_streams(void)
{
    int     fds[2];
    char    buf[100];
    ssize_t n;
    int     saved_err = dup(2);

    UNIT_ASSERT(pipe(fds) == 0);
    /* vstream_err goes straight out: the pipe, for the child. */
    UNIT_ASSERT(dup2(fds[1], 2) == 2);
    UNIT_ASSERT_INT(unit_exit_status(do_std_out, &fds[1]), 0);
    UNIT_ASSERT(dup2(saved_err, 2) == 2);
    close(saved_err);
    close(fds[1]);
    n = read(fds[0], buf, sizeof(buf) - 1);
    UNIT_ASSERT(n > 0);
    buf[n] = 0;
    UNIT_ASSERT_STR(buf, "!to stdout 42");
    close(fds[0]);

    UNIT_ASSERT(pipe(fds) == 0);
    UNIT_ASSERT(write(fds[1], "input\n", 6) == 6);
    close(fds[1]);
    UNIT_ASSERT_INT(unit_exit_status(do_std_in, &fds[0]), 0);
    close(fds[0]);
}

/* main - run the tests */

int     main(void)
{
    signal(SIGPIPE, SIG_IGN);
    if (mkdtemp(tmpdir) == 0) {
	perror("mkdtemp");
	return (1);
    }
    UNIT_RUN(test_pipe_io);
    UNIT_RUN(test_short_fread);
    UNIT_RUN(test_file_io);
    UNIT_RUN(test_append);
    UNIT_RUN(test_get_line);
    UNIT_RUN(test_long_line);
    UNIT_RUN(test_ungetc);
    UNIT_RUN(test_rewrite_in_place);
    UNIT_RUN(test_fsync);
    UNIT_RUN(test_seek_pipe);
    UNIT_RUN(test_direction);
    UNIT_RUN(test_timeout);
    UNIT_RUN(test_deadline_drip);
    UNIT_RUN(test_write_timeout);
    UNIT_RUN(test_caller_placed);
    UNIT_RUN(test_printf_limit);
    UNIT_RUN(test_no_reader);
    UNIT_RUN(test_socket_rdwr);
    UNIT_RUN(test_set_io);
    UNIT_RUN(test_std_streams);
    unlink(tmp_path("long"));
    rmdir(tmpdir);
    return (UNIT_SUMMARY());
}

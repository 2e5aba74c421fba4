/*++
/* NAME
/*	test_record 1
/* SUMMARY
/*	unit tests for record(3) and rec_type(3)
/* SYNOPSIS
/*	test_record
/* DESCRIPTION
/*	Writes and reads records through a temporary file: every
/*	boundary of the base-128 length, large records, the exact bytes
/*	on disk, and hostile input (unknown types, truncated lengths and
/*	data, over-long and non-shortest length encodings, lengths over
/*	the caller's limit or a fixed buffer, read errors).
/*--*/

#include <sys_defs.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <mymalloc.h>
#include <vstream.h>
#include <vstring.h>
#include <record.h>
#include <rec_type.h>
#include <unit_test.h>

static char path[] = "/tmp/test_record.XXXXXX";
static char last_warning[512];
static int warnings;

/* capture - remember the last warning */

static void capture(int level, const char *text)
{
    (void) level;
    warnings++;
    (void) snprintf(last_warning, sizeof(last_warning), "%s", text);
}

/* reopen - a fresh read/write stream on the (truncated) test file */

static VSTREAM *reopen(void)
{
    return (vstream_fopen(path, O_RDWR | O_CREAT | O_TRUNC, 0600));
}

/* raw_file - a stream that reads the given bytes */

static VSTREAM *raw_file(const void *data, size_t len)
{
    int     fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);

    if (fd < 0 || write(fd, data, len) != (ssize_t) len)
	return (0);
    (void) close(fd);
    return (vstream_fopen(path, O_RDONLY, 0));
}

/* file_size - bytes in the test file */

static long file_size(void)
{
    FILE   *fp = fopen(path, "r");
    long    size;

    if (fp == 0)
	return (-1);
    fseek(fp, 0, SEEK_END);
    size = ftell(fp);
    fclose(fp);
    return (size);
}

/* expect_error - the given bytes are refused with a warning */

static int expect_error(const void *data, size_t len, ssize_t maxlen,
			        VSTRING *buf, const char *words)
{
    VSTREAM *fp = raw_file(data, len);
    int     type;

    if (fp == 0)
	return (0);
    warnings = 0;
    last_warning[0] = 0;
    type = rec_get(fp, buf, maxlen);
    vstream_fclose(fp);
    return (type == REC_TYPE_ERROR && warnings == 1
	    && strstr(last_warning, words) != 0);
}

/* test_boundaries - every length encoding width, round trip */

static void test_boundaries(void)
{
    static const long lens[] = {0, 1, 127, 128, 129, 16383, 16384, 16385,
    300000, 2097151, 2097152};
    static const int width[] = {1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4};
    VSTRING *buf = vstring_alloc(10);
    char   *data = mymalloc(2097152);
    VSTREAM *fp;
    size_t  i;
    long    j;

    for (j = 0; j < 2097152; j++)
	data[j] = (char) (j * 7 + 3);
    for (i = 0; i < ARRAY_LEN(lens); i++) {
	UNIT_ASSERT((fp = reopen()) != 0);
	UNIT_ASSERT_INT(rec_put(fp, REC_TYPE_NORM, data, lens[i]), REC_TYPE_NORM);
	UNIT_ASSERT_INT(rec_put(fp, REC_TYPE_END, "", 0), REC_TYPE_END);
	UNIT_ASSERT_INT(vstream_fflush(fp), 0);
	UNIT_ASSERT_INT(file_size(), 1 + width[i] + lens[i] + 2);
	UNIT_ASSERT(vstream_fseek(fp, 0, SEEK_SET) == 0);
	UNIT_ASSERT_INT(rec_get(fp, buf, 0), REC_TYPE_NORM);
	UNIT_ASSERT_INT(VSTRING_LEN(buf), lens[i]);
	UNIT_ASSERT(memcmp(vstring_str(buf), data, (size_t) lens[i]) == 0);
	UNIT_ASSERT_INT(rec_get(fp, buf, 0), REC_TYPE_END);
	UNIT_ASSERT_INT(VSTRING_LEN(buf), 0);
	UNIT_ASSERT_INT(rec_get(fp, buf, 0), REC_TYPE_EOF);
	vstream_fclose(fp);
    }
    myfree(data);
    vstring_free(buf);
}

/* test_bytes - the exact bytes on disk */

static void test_bytes(void)
{
    static const unsigned char want[] = {'S', 3, 'a', '@', 'b'};
    unsigned char got[16];
    char    big[200];
    VSTREAM *fp;
    int     fd;

    UNIT_ASSERT((fp = reopen()) != 0);
    UNIT_ASSERT_INT(rec_fputs(fp, REC_TYPE_FROM, "a@b"), REC_TYPE_FROM);
    memset(big, 'x', sizeof(big));
    UNIT_ASSERT_INT(rec_put(fp, REC_TYPE_NORM, big, 200), REC_TYPE_NORM);
    UNIT_ASSERT_INT(vstream_fclose(fp), 0);
    UNIT_ASSERT((fd = open(path, O_RDONLY)) >= 0);
    UNIT_ASSERT_INT(read(fd, got, 8), 8);
    close(fd);
    UNIT_ASSERT(memcmp(got, want, sizeof(want)) == 0);
    /* 200 = 0x48 + 1 * 128: low seven bits first */
    UNIT_ASSERT_INT(got[5], 'N');
    UNIT_ASSERT_INT(got[6], 0x80 | 0x48);
    UNIT_ASSERT_INT(got[7], 0x01);
}

/* test_printf - formatted records */

static void test_printf(void)
{
    VSTRING *buf = vstring_alloc(10);
    VSTREAM *fp;

    UNIT_ASSERT((fp = reopen()) != 0);
    UNIT_ASSERT_INT(rec_fprintf(fp, REC_TYPE_TIME, "%ld %d", 1700000000L, 42),
		    REC_TYPE_TIME);
    UNIT_ASSERT_INT(rec_fprintf(fp, REC_TYPE_SIZE, REC_TYPE_SIZE_FORMAT,
				1L, 2L, 3L, 4L, 5L), REC_TYPE_SIZE);
    UNIT_ASSERT_INT(rec_fputs(fp, REC_TYPE_FULL, 0), REC_TYPE_FULL);
    UNIT_ASSERT(vstream_fseek(fp, 0, SEEK_SET) == 0);
    UNIT_ASSERT_INT(rec_get(fp, buf, 100), REC_TYPE_TIME);
    UNIT_ASSERT_STR(vstring_str(buf), "1700000000 42");
    UNIT_ASSERT_INT(rec_get(fp, buf, 100), REC_TYPE_SIZE);
    UNIT_ASSERT_INT(VSTRING_LEN(buf), 5 * 15 + 4);
    UNIT_ASSERT_INT(rec_get(fp, buf, 100), REC_TYPE_FULL);
    UNIT_ASSERT_STR(vstring_str(buf), "");
    vstream_fclose(fp);
    vstring_free(buf);
}

/* test_hostile - bad input is an error with one warning */

static void test_hostile(void)
{
    static const unsigned char unknown[] = {'?', 1, 'x'};
    static const unsigned char nul_type[] = {0, 0};
    static const unsigned char no_len[] = {'N'};
    static const unsigned char short_len[] = {'N', 0x80};
    static const unsigned char short_data[] = {'N', 5, 'a', 'b'};
    static const unsigned char six_bytes[] = {'N', 0x81, 0x80, 0x80, 0x80, 0x81, 0};
    static const unsigned char not_shortest[] = {'N', 0x81, 0x00, 'x'};
    static const unsigned char too_large[] = {'N', 0xff, 0xff, 0xff, 0xff, 0x08};
    static const unsigned char five_bytes[] = {'N', 0x80, 0x80, 0x80, 0x80, 0x01};
    static const unsigned char over_max[] = {'N', 11, 'h', 'e', 'l', 'l', 'o',
    ' ', 'w', 'o', 'r', 'l', 'd'};
    VSTRING *buf = vstring_alloc(10);
    VSTRING *fixed = vstring_fixed(8);

    UNIT_ASSERT(expect_error(unknown, sizeof(unknown), 0, buf, "unknown record type 0x3f"));
    UNIT_ASSERT(expect_error(nul_type, sizeof(nul_type), 0, buf, "unknown record type 0x00"));
    UNIT_ASSERT(expect_error(no_len, sizeof(no_len), 0, buf, "end of file in the length"));
    UNIT_ASSERT(expect_error(short_len, sizeof(short_len), 0, buf, "end of file in the length"));
    UNIT_ASSERT(expect_error(short_data, sizeof(short_data), 0, buf, "end of file in the data"));
    UNIT_ASSERT(expect_error(six_bytes, sizeof(six_bytes), 0, buf, "longer than 5 bytes"));
    UNIT_ASSERT(expect_error(not_shortest, sizeof(not_shortest), 0, buf, "shortest form"));
    UNIT_ASSERT(expect_error(too_large, sizeof(too_large), 0, buf, "too large"));
    /* 2^28 needs all five bytes and is accepted as a length */
    UNIT_ASSERT(expect_error(five_bytes, sizeof(five_bytes), 0, buf, "end of file in the data"));
    UNIT_ASSERT(expect_error(five_bytes, sizeof(five_bytes), 1000, buf, "length 268435456 is over the limit of 1000"));
    UNIT_ASSERT(expect_error(over_max, sizeof(over_max), 10, buf, "length 11 is over the limit of 10"));
    UNIT_ASSERT(expect_error(over_max, sizeof(over_max), 0, fixed, "length 11 is over the limit of 8"));
    UNIT_ASSERT(expect_error(over_max, sizeof(over_max), 100, fixed, "over the limit of 8"));
    vstring_free(buf);
    vstring_free(fixed);
}

/* test_exact_limit - a record of exactly maxlen bytes is fine */

static void test_exact_limit(void)
{
    static const unsigned char rec[] = {'R', 3, 'a', '@', 'b', 'E', 0};
    VSTRING *fixed = vstring_fixed(3);
    VSTREAM *fp = raw_file(rec, sizeof(rec));

    UNIT_ASSERT(fp != 0);
    UNIT_ASSERT_INT(rec_get(fp, fixed, 3), REC_TYPE_RCPT);
    UNIT_ASSERT_STR(vstring_str(fixed), "a@b");
    UNIT_ASSERT_INT(rec_get(fp, fixed, 3), REC_TYPE_END);
    UNIT_ASSERT_INT(rec_get(fp, fixed, 3), REC_TYPE_EOF);
    vstream_fclose(fp);
    vstring_free(fixed);
}

/* test_read_error - a descriptor that cannot be read */

static void test_read_error(void)
{
    VSTRING *buf = vstring_alloc(10);
    int     fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    VSTREAM *fp;

    UNIT_ASSERT(fd >= 0);
    fp = vstream_fdopen(fd, O_RDONLY);
    warnings = 0;
    UNIT_ASSERT_INT(rec_get(fp, buf, 0), REC_TYPE_ERROR);
    UNIT_ASSERT_INT(warnings, 1);
    UNIT_ASSERT(strstr(last_warning, "read error") != 0);
    vstream_fclose(fp);
    vstring_free(buf);
}

/* test_type_names - names and the known set */

static void test_type_names(void)
{
    UNIT_ASSERT(rec_type_known(REC_TYPE_END));
    UNIT_ASSERT(rec_type_known(REC_TYPE_DSN_NOTIFY));
    UNIT_ASSERT(!rec_type_known('?'));
    UNIT_ASSERT(!rec_type_known(REC_TYPE_EOF));
    UNIT_ASSERT(!rec_type_known(REC_TYPE_ERROR));
    UNIT_ASSERT_STR(rec_type_name(REC_TYPE_SIZE), "message_size");
    UNIT_ASSERT_STR(rec_type_name(REC_TYPE_RCPT), "recipient");
    UNIT_ASSERT_STR(rec_type_name('?'), "unknown_record_type");
}

int     main(void)
{
    int     fd;

    msg_stderr_init("test_record");
    msg_output(capture);
    if ((fd = mkstemp(path)) < 0)
	return (1);
    close(fd);
    UNIT_RUN(test_boundaries);
    UNIT_RUN(test_bytes);
    UNIT_RUN(test_printf);
    UNIT_RUN(test_hostile);
    UNIT_RUN(test_exact_limit);
    UNIT_RUN(test_read_error);
    UNIT_RUN(test_type_names);
    unlink(path);
    return (UNIT_SUMMARY());
}

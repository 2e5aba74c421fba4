/*++
/* NAME
/*	test_attr 1
/* SUMMARY
/*	unit tests for attr(3)
/* SYNOPSIS
/*	test_attr
/* DESCRIPTION
/*	Round trips of attribute lists over a pipe, the exact bytes on
/*	the wire, lists in parts (ATTR_FLAG_MORE), the MISSING and EXTRA
/*	flags, and hostile input: wrong order, missing, extra, over-long
/*	and malformed names and values, bad numbers, NUL bytes, end of
/*	input in the middle; each must give exactly one warning and -1.
/*	LONG attributes keep 64 bits on every board: times after 2038
/*	and the long long limits survive a round trip, one more than
/*	the limit is a bad number.
/*	Over-long values are refused by the sender; newlines in values
/*	are a panic.
/*--*/

#include <sys_defs.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <unistd.h>
#include <sys/socket.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <attr.h>
#include <unit_test.h>

#define PANIC_STATUS	(128 + SIGABRT)

static int warnings;
static char last_warning[1024];

/* capture - count warnings */

static void capture(int level, const char *text)
{
    if (level == MSG_WARN) {
	warnings++;
	snprintf(last_warning, sizeof(last_warning), "%s", text);
    }
}

/* reader - a read stream on a pipe that holds the given bytes */

static VSTREAM *reader(const char *data, size_t len)
{
    int     fds[2];

    if (pipe(fds) < 0 || write(fds[1], data, len) != (ssize_t) len)
	return (0);
    close(fds[1]);
    return (vstream_fdopen(fds[0], O_RDONLY));
}

/* wire - what attr_print() writes, as a string */

static int wire_fds[2];

static VSTREAM *wire_open(void)
{
    if (pipe(wire_fds) < 0)
	return (0);
    return (vstream_fdopen(wire_fds[1], O_WRONLY));
}

static const char *wire_close(VSTREAM *fp)
{
    static char buf[16384];
    ssize_t n;
    size_t  len = 0;

    vstream_fclose(fp);
    while ((n = read(wire_fds[0], buf + len, sizeof(buf) - 1 - len)) > 0)
	len += n;
    buf[len] = 0;
    close(wire_fds[0]);
    return (buf);
}

/* scan_one - scan a hostile list for {a: str, n: int}; count warnings */

static VSTRING *str_val;

static int scan_one(const char *data, int flags)
{
    VSTREAM *fp = reader(data, strlen(data));
    int     n = 0;
    int     status;

    warnings = 0;
    last_warning[0] = 0;
    status = attr_scan(fp, flags,
		       RECV_ATTR_STR("a", str_val),
		       RECV_ATTR_INT("n", &n),
		       ATTR_TYPE_END);
    vstream_fclose(fp);
    return (status);
}

/* test_wire_format - the exact bytes of a list */

static void test_wire_format(void)
{
    VSTREAM *fp = wire_open();

    UNIT_ASSERT(fp != 0);
    UNIT_ASSERT_INT(attr_print(fp, ATTR_FLAG_NONE,
			       SEND_ATTR_STR("queue_id", "4Xyz1"),
			       SEND_ATTR_INT("status", -3),
			       SEND_ATTR_LONG("size", 2147483647L),
			       SEND_ATTR_STR("reason", ""),
			       ATTR_TYPE_END), 0);
    UNIT_ASSERT_STR(wire_close(fp),
		    "queue_id=4Xyz1\nstatus=-3\nsize=2147483647\nreason=\n\n");
}

/* test_round_trip - print then scan, in two parts */

static void test_round_trip(void)
{
    int     fds[2];
    VSTREAM *out;
    VSTREAM *in;
    VSTRING *s1 = vstring_alloc(10);
    VSTRING *s2 = vstring_fixed(ATTR_VALUE_MAX);
    char    big[ATTR_VALUE_MAX + 1];
    int     i1 = 0;
    long long l1 = 0;

    memset(big, 'x', ATTR_VALUE_MAX);
    big[ATTR_VALUE_MAX] = 0;
    UNIT_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0);
    out = vstream_fdopen(fds[0], O_RDWR);
    in = vstream_fdopen(fds[1], O_RDWR);
    UNIT_ASSERT_INT(attr_print(out, ATTR_FLAG_MORE,
			       SEND_ATTR_STR("sender", "a b\tc=d\001"),
			       ATTR_TYPE_END), 0);
    UNIT_ASSERT_INT(attr_print(out, ATTR_FLAG_NONE,
			       SEND_ATTR_INT("flags", INT_MIN),
			       SEND_ATTR_LONG("offset", LLONG_MIN),
			       SEND_ATTR_STR("reason", big),
			       ATTR_TYPE_END), 0);
    UNIT_ASSERT_INT(attr_scan(in, ATTR_FLAG_MORE,
			      RECV_ATTR_STR("sender", s1),
			      ATTR_TYPE_END), 1);
    UNIT_ASSERT_STR(vstring_str(s1), "a b\tc=d\001");
    UNIT_ASSERT_INT(attr_scan(in, ATTR_FLAG_STRICT,
			      RECV_ATTR_INT("flags", &i1),
			      RECV_ATTR_LONG("offset", &l1),
			      RECV_ATTR_STR("reason", s2),
			      ATTR_TYPE_END), 3);
    UNIT_ASSERT_INT(i1, INT_MIN);
    UNIT_ASSERT(l1 == LLONG_MIN);
    UNIT_ASSERT_INT(VSTRING_LEN(s2), ATTR_VALUE_MAX);
    /* End of input before a list: 0, no warning. */
    vstream_fclose(out);
    warnings = 0;
    UNIT_ASSERT_INT(attr_scan(in, ATTR_FLAG_STRICT,
			      RECV_ATTR_INT("flags", &i1),
			      ATTR_TYPE_END), 0);
    UNIT_ASSERT_INT(warnings, 0);
    vstream_fclose(in);
    vstring_free(s1);
    vstring_free(s2);
}

/* test_long_long - 64-bit values on every board, times after 2038 */

#define TOO_BIG		"t=9223372036854775808\n\n"
#define TOO_SMALL	"t=-9223372036854775809\n\n"
#define YEAR_2100	"t=4102444800\n\n"

static void test_long_long(void)
{
    static const long long values[] = {
	4102444800LL,			/* 2100-01-01 00:00:00 UTC */
	2147483648LL,			/* 2038-01-19 03:14:08 UTC */
	-4294967296LL,
	LLONG_MAX,
	LLONG_MIN,
    };
    VSTREAM *fp;
    long long val;
    int     n;
    int     i;

    /* The exact bytes: plain decimal, as for an int. */
    fp = wire_open();
    UNIT_ASSERT(fp != 0);
    UNIT_ASSERT_INT(attr_print(fp, ATTR_FLAG_NONE,
			       SEND_ATTR_LONG("time", 4102444800LL),
			       ATTR_TYPE_END), 0);
    UNIT_ASSERT_STR(wire_close(fp), "time=4102444800\n\n");

    /* Print then scan each value. */
    for (i = 0; i < (int) ARRAY_LEN(values); i++) {
	fp = wire_open();
	UNIT_ASSERT(fp != 0);
	UNIT_ASSERT_INT(attr_print(fp, ATTR_FLAG_NONE,
				   SEND_ATTR_LONG("time", values[i]),
				   ATTR_TYPE_END), 0);
	vstream_fclose(fp);
	fp = vstream_fdopen(wire_fds[0], O_RDONLY);
	val = 0;
	UNIT_ASSERT_INT(attr_scan(fp, ATTR_FLAG_STRICT,
				  RECV_ATTR_LONG("time", &val),
				  ATTR_TYPE_END), 1);
	vstream_fclose(fp);
	if (val != values[i])
	    UNIT_FAIL("value %d: sent %lld, received %lld", i, values[i], val);
    }

    /* One past either limit is a bad number, not a wrapped value. */
    fp = reader(TOO_BIG, strlen(TOO_BIG));
    warnings = 0;
    UNIT_ASSERT_INT(attr_scan(fp, ATTR_FLAG_STRICT,
			      RECV_ATTR_LONG("t", &val), ATTR_TYPE_END), -1);
    UNIT_ASSERT_INT(warnings, 1);
    UNIT_ASSERT(strstr(last_warning, "bad number in attribute t") != 0);
    vstream_fclose(fp);
    fp = reader(TOO_SMALL, strlen(TOO_SMALL));
    warnings = 0;
    UNIT_ASSERT_INT(attr_scan(fp, ATTR_FLAG_STRICT,
			      RECV_ATTR_LONG("t", &val), ATTR_TYPE_END), -1);
    UNIT_ASSERT_INT(warnings, 1);
    vstream_fclose(fp);

    /* A time after 2038 is still too big for an INT attribute. */
    fp = reader(YEAR_2100, strlen(YEAR_2100));
    warnings = 0;
    UNIT_ASSERT_INT(attr_scan(fp, ATTR_FLAG_STRICT,
			      RECV_ATTR_INT("t", &n), ATTR_TYPE_END), -1);
    UNIT_ASSERT_INT(warnings, 1);
    vstream_fclose(fp);
}

/* test_good_lists - what strict scanning accepts, and the flags */

static void test_good_lists(void)
{
    UNIT_ASSERT_INT(scan_one("a=hello\nn=42\n\n", 0), 2);
    UNIT_ASSERT_STR(vstring_str(str_val), "hello");
    UNIT_ASSERT_INT(warnings, 0);
    UNIT_ASSERT_INT(scan_one("a=\nn=-0\n\n", 0), 2);
    UNIT_ASSERT_STR(vstring_str(str_val), "");
    UNIT_ASSERT_INT(scan_one("a=x\n\n", ATTR_FLAG_MISSING), 1);
    UNIT_ASSERT_INT(scan_one("\n", ATTR_FLAG_MISSING), 0);
    UNIT_ASSERT_INT(scan_one("z=1\na=x\ny=2\nn=1\nw=3\n\n", ATTR_FLAG_EXTRA), 2);
    UNIT_ASSERT_INT(scan_one("a=x\nn=1\nrest=1\n", ATTR_FLAG_MORE), 2);
    UNIT_ASSERT_INT(warnings, 0);
    UNIT_ASSERT_INT(scan_one("", 0), 0);
    UNIT_ASSERT_INT(warnings, 0);
}

/* test_hostile_lists - one warning and -1 for each */

static void test_hostile_lists(void)
{
    static const char *bad[] = {
	"n=1\na=x\n\n",			/* wrong order */
	"a=x\n\n",			/* missing */
	"a=x\nn=1\nz=2\n\n",		/* extra */
	"a=x\nn=1\n",			/* no terminator */
	"a=x\nn=",			/* end of input in a value */
	"a=x\nn",			/* end of input in a name */
	"a=x\n",			/* end of input before a name */
	"a=x\nn=1x\n\n",		/* bad number */
	"a=x\nn=\n\n",			/* empty number */
	"a=x\nn=+1\n\n",		/* plus sign */
	"a=x\nn= 1\n\n",		/* blank */
	"a=x\nn=-\n\n",			/* sign alone */
	"a=x\nn=2147483648\n\n",	/* int overflow */
	"a=x\nn=99999999999999999999999999999\n\n",	/* very long */
	"A=x\nn=1\n\n",			/* upper case name */
	"=x\nn=1\n\n",			/* empty name */
	"a\nn=1\n\n",			/* no '=' */
	"a=x\nn=1\n\n",			/* (good: control, see below) */
    };
    int     i;

    for (i = 0; i < (int) ARRAY_LEN(bad) - 1; i++) {
	if (scan_one(bad[i], 0) != -1 || warnings != 1)
	    UNIT_FAIL("input %d: status/warnings wrong (%d warnings)", i,
		      warnings);
    }
    UNIT_ASSERT_INT(scan_one(bad[i], 0), 2);
    UNIT_ASSERT_INT(warnings, 0);
    /* EXTRA does not excuse a wrong order or a missing attribute. */
    UNIT_ASSERT_INT(scan_one("n=1\n\n", ATTR_FLAG_EXTRA), -1);
    UNIT_ASSERT_INT(warnings, 1);
    UNIT_ASSERT(strstr(last_warning, "missing attribute a") != 0);
    UNIT_ASSERT_INT(scan_one("n=1\na=x\n\n", 0), -1);
    UNIT_ASSERT(strstr(last_warning, "unexpected attribute n (expected a)") != 0);
}

/* test_hostile_bytes - NUL, long names, long values, hostile text */

static void test_hostile_bytes(void)
{
    static char buf[3 * ATTR_VALUE_MAX];
    VSTREAM *fp;
    VSTRING *small = vstring_fixed(4);
    int     len;

    /* NUL in a value. */
    fp = reader("a=x\0y\nn=1\n\n", 11);
    warnings = 0;
    UNIT_ASSERT_INT(attr_scan(fp, 0, RECV_ATTR_STR("a", str_val),
			      ATTR_TYPE_END), -1);
    UNIT_ASSERT_INT(warnings, 1);
    vstream_fclose(fp);

    /* A name one byte too long; the longest name is fine. */
    len = snprintf(buf, sizeof(buf), "%0*d=1\n\n", ATTR_NAME_MAX + 1, 0);
    fp = reader(buf, len);
    warnings = 0;
    UNIT_ASSERT_INT(attr_scan(fp, ATTR_FLAG_EXTRA, RECV_ATTR_STR("a", str_val),
			      ATTR_TYPE_END), -1);
    UNIT_ASSERT_INT(warnings, 1);
    vstream_fclose(fp);
    len = snprintf(buf, sizeof(buf), "%0*d=1\na=2\n\n", ATTR_NAME_MAX, 0);
    fp = reader(buf, len);
    UNIT_ASSERT_INT(attr_scan(fp, ATTR_FLAG_EXTRA, RECV_ATTR_STR("a", str_val),
			      ATTR_TYPE_END), 1);
    vstream_fclose(fp);

    /* A value one byte too long, also when skipped as extra. */
    memcpy(buf, "a=", 2);
    memset(buf + 2, 'v', ATTR_VALUE_MAX + 1);
    memcpy(buf + 2 + ATTR_VALUE_MAX + 1, "\n\n", 2);
    len = 2 + ATTR_VALUE_MAX + 1 + 2;
    fp = reader(buf, len);
    warnings = 0;
    UNIT_ASSERT_INT(attr_scan(fp, 0, RECV_ATTR_STR("a", str_val),
			      ATTR_TYPE_END), -1);
    UNIT_ASSERT_INT(warnings, 1);
    UNIT_ASSERT(VSTRING_LEN(str_val) <= ATTR_VALUE_MAX);
    vstream_fclose(fp);
    fp = reader(buf, len);
    warnings = 0;
    UNIT_ASSERT_INT(attr_scan(fp, ATTR_FLAG_EXTRA, RECV_ATTR_INT("b", &len),
			      ATTR_TYPE_END), -1);
    UNIT_ASSERT_INT(warnings, 1);
    vstream_fclose(fp);

    /* A fixed VSTRING smaller than the limit lowers it. */
    fp = reader("a=12345\n\n", 9);
    warnings = 0;
    UNIT_ASSERT_INT(attr_scan(fp, 0, RECV_ATTR_STR("a", small),
			      ATTR_TYPE_END), -1);
    UNIT_ASSERT_INT(warnings, 1);
    vstream_fclose(fp);

    /* Hostile bytes in a name are not logged as such. */
    fp = reader("a\033[2J=1\n\n", 10);
    warnings = 0;
    UNIT_ASSERT_INT(attr_scan(fp, 0, RECV_ATTR_STR("a", str_val),
			      ATTR_TYPE_END), -1);
    UNIT_ASSERT_INT(warnings, 1);
    UNIT_ASSERT(strchr(last_warning, '\033') == 0);
    vstream_fclose(fp);
    vstring_free(small);
}

/* test_print_refusals - over-long values, bad names, newlines */

static void print_newline(void *context)
{
    (void) context;
    attr_print(vstream_err, 0, SEND_ATTR_STR("a", "x\ny"), ATTR_TYPE_END);
}

static void print_bad_name(void *context)
{
    (void) context;
    attr_print(vstream_err, 0, SEND_ATTR_STR("Bad", "x"), ATTR_TYPE_END);
}

static void test_print_refusals(void)
{
    static char big[ATTR_VALUE_MAX + 2];
    VSTREAM *fp = wire_open();

    memset(big, 'b', ATTR_VALUE_MAX + 1);
    warnings = 0;
    UNIT_ASSERT_INT(attr_print(fp, 0, SEND_ATTR_STR("a", "fine"),
			       SEND_ATTR_STR("b", big), ATTR_TYPE_END), -1);
    UNIT_ASSERT_INT(warnings, 1);
    UNIT_ASSERT_STR(wire_close(fp), "");
    UNIT_ASSERT_INT(unit_exit_status(print_newline, 0), PANIC_STATUS);
    UNIT_ASSERT_INT(unit_exit_status(print_bad_name, 0), PANIC_STATUS);
}

/* test_write_error - a closed peer gives -1 */

static void test_write_error(void)
{
    int     fds[2];
    VSTREAM *fp;

    UNIT_ASSERT(pipe(fds) == 0);
    close(fds[0]);
    fp = vstream_fdopen(fds[1], O_WRONLY);
    UNIT_ASSERT_INT(attr_print(fp, 0, SEND_ATTR_INT("a", 1), ATTR_TYPE_END), -1);
    vstream_fclose(fp);
}

int     main(void)
{
    signal(SIGPIPE, SIG_IGN);
    msg_output_reset();
    msg_output(capture);
    str_val = vstring_alloc(10);
    UNIT_RUN(test_wire_format);
    UNIT_RUN(test_round_trip);
    UNIT_RUN(test_long_long);
    UNIT_RUN(test_good_lists);
    UNIT_RUN(test_hostile_lists);
    UNIT_RUN(test_hostile_bytes);
    UNIT_RUN(test_print_refusals);
    UNIT_RUN(test_write_error);
    return (UNIT_SUMMARY());
}

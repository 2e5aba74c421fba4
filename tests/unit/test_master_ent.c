/*++
/* NAME
/*	test_master_ent 1
/* SUMMARY
/*	unit tests for master_ent(3)
/* SYNOPSIS
/*	test_master_ent
/* DESCRIPTION
/*	Good master.cf entries and their fields, each kind of bad
/*	entry, the forms of "-o", and reading a whole file.
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>

#include <mymalloc.h>
#include <vstring.h>
#include <argv.h>
#include <master_ent.h>
#include <unit_test.h>

/* test_good - a typical entry and its fields */

static void test_good(void)
{
    MASTER_ENT *ent;
    const char *why = 0;

    ent = master_ent_parse("pickup unix n - y 60 1 pickup", 7, &why);
    UNIT_ASSERT(ent != 0);
    UNIT_ASSERT_INT(ent->lineno, 7);
    UNIT_ASSERT_STR(ent->service, "pickup");
    UNIT_ASSERT_STR(ent->type, "unix");
    UNIT_ASSERT_INT(ent->private_flag, 0);
    UNIT_ASSERT_INT(ent->unpriv_flag, 1);
    UNIT_ASSERT_INT(ent->chroot_flag, 1);
    UNIT_ASSERT_INT(ent->wakeup_time, 60);
    UNIT_ASSERT_INT(ent->wakeup_conditional, 0);
    UNIT_ASSERT_INT(ent->max_proc, 1);
    UNIT_ASSERT_INT(ent->args->argc, 1);
    UNIT_ASSERT_STR(ent->args->argv[0], "pickup");
    UNIT_ASSERT_STR(ent->raw[2], "n");
    UNIT_ASSERT_STR(ent->raw[3], "-");
    UNIT_ASSERT_STR(ent->raw[7], "pickup");
    master_ent_free(ent);
}

/* test_defaults - "-" fields */

static void test_defaults(void)
{
    MASTER_ENT *ent;
    const char *why = 0;

    ent = master_ent_parse("qmgr\tunix  -  -  -  300?  -  qmgr -v", 1, &why);
    UNIT_ASSERT(ent != 0);
    UNIT_ASSERT_INT(ent->private_flag, 1);
    UNIT_ASSERT_INT(ent->unpriv_flag, 1);
    UNIT_ASSERT_INT(ent->chroot_flag, 0);
    UNIT_ASSERT_INT(ent->wakeup_time, 300);
    UNIT_ASSERT_INT(ent->wakeup_conditional, 1);
    UNIT_ASSERT_INT(ent->max_proc, -1);
    UNIT_ASSERT_INT(ent->args->argc, 2);
    UNIT_ASSERT_STR(ent->raw[7], "qmgr -v");
    UNIT_ASSERT_STR(ent->raw[5], "300?");
    master_ent_free(ent);

    ent = master_ent_parse("cleanup unix n - n - 0 cleanup", 1, &why);
    UNIT_ASSERT(ent != 0);
    UNIT_ASSERT_INT(ent->wakeup_time, 0);
    UNIT_ASSERT_INT(ent->max_proc, 0);
    master_ent_free(ent);
}

/* test_types - every service type */

static void test_types(void)
{
    static const char *good[] = {
	"smtp inet n - n - - smtpd",
	"127.0.0.1:smtp inet n - n - - smtpd",
	"[::1]:2525 inet n - n - - smtpd",
	":25 inet n - n - - smtpd",
	"10025 inet n - n - - smtpd",
	"mail.example.com:submission inet n - n - - smtpd",
	"postlog unix-dgram n - n - 1 postlogd",
	"tlsproxy pass n - n - 0 tlsproxy",
	"pickup fifo n - n 60 1 pickup",
	"scalemail-backend unix - n n - 2 pipe",
	0,
    };
    MASTER_ENT *ent;
    const char *why = 0;
    int     i;

    for (i = 0; good[i]; i++) {
	if ((ent = master_ent_parse(good[i], 1, &why)) == 0)
	    UNIT_FAIL("\"%s\": %s", good[i], why);
	master_ent_free(ent);
    }
}

/* expect_error - parse must fail with a reason containing text */

static int expect_error(const char *line, const char *text)
{
    MASTER_ENT *ent;
    const char *why = 0;

    if ((ent = master_ent_parse(line, 1, &why)) != 0) {
	master_ent_free(ent);
	printf("  accepted: \"%s\"\n", line);
	return (0);
    }
    if (why == 0 || strstr(why, text) == 0) {
	printf("  \"%s\": reason \"%s\", want \"%s\"\n", line,
	       why ? why : "(null)", text);
	return (0);
    }
    return (1);
}

/* test_bad_fields - each kind of bad field */

static void test_bad_fields(void)
{
    UNIT_ASSERT(expect_error("", "missing \"service\" field"));
    UNIT_ASSERT(expect_error("pickup", "missing \"transport type\" field"));
    UNIT_ASSERT(expect_error("pickup unix", "missing \"private\" field"));
    UNIT_ASSERT(expect_error("pickup unix n", "missing \"unprivileged\" field"));
    UNIT_ASSERT(expect_error("pickup unix n -", "missing \"chroot\" field"));
    UNIT_ASSERT(expect_error("pickup unix n - n", "missing \"wakeup_time\" field"));
    UNIT_ASSERT(expect_error("pickup unix n - n 60", "missing \"max_proc\" field"));
    UNIT_ASSERT(expect_error("pickup unix n - n 60 1", "missing \"command\" field"));
    UNIT_ASSERT(expect_error("pickup bogus n - n 60 1 pickup", "bad transport type: bogus"));
    UNIT_ASSERT(expect_error("pickup UNIX n - n 60 1 pickup", "bad transport type"));
    UNIT_ASSERT(expect_error("pickup unix x - n 60 1 pickup", "field \"private\": bad value: \"x\""));
    UNIT_ASSERT(expect_error("pickup unix Y - n 60 1 pickup", "field \"private\""));
    UNIT_ASSERT(expect_error("pickup unix n yes n 60 1 pickup", "field \"unprivileged\""));
    UNIT_ASSERT(expect_error("pickup unix n - 1 60 1 pickup", "field \"chroot\""));
    UNIT_ASSERT(expect_error("pickup unix n - n 6x 1 pickup", "field \"wakeup_time\""));
    UNIT_ASSERT(expect_error("pickup unix n - n ?60 1 pickup", "field \"wakeup_time\""));
    UNIT_ASSERT(expect_error("pickup unix n - n ? 1 pickup", "field \"wakeup_time\""));
    UNIT_ASSERT(expect_error("pickup unix n - n -1 1 pickup", "field \"wakeup_time\""));
    UNIT_ASSERT(expect_error("pickup unix n - n 60?? 1 pickup", "field \"wakeup_time\""));
    UNIT_ASSERT(expect_error("pickup unix n - n 99999999999 1 pickup", "field \"wakeup_time\""));
    UNIT_ASSERT(expect_error("pickup unix n - n 60 x pickup", "field \"max_proc\""));
    UNIT_ASSERT(expect_error("pickup unix n - n 60 -1 pickup", "field \"max_proc\""));
    UNIT_ASSERT(expect_error("pickup unix n - n 60 2147483648 pickup", "field \"max_proc\""));
    UNIT_ASSERT(expect_error("pic/kup unix n - n 60 1 pickup", "bad service name"));
    UNIT_ASSERT(expect_error("../x unix n - n 60 1 pickup", "bad service name"));
}

/* test_bad_inet - inet service names and the private flag */

static void test_bad_inet(void)
{
    UNIT_ASSERT(expect_error("smtp inet y - n - - smtpd", "inet service cannot be private"));
    UNIT_ASSERT(expect_error("smtp inet - - n - - smtpd", "inet service cannot be private"));
    UNIT_ASSERT(expect_error("127.0.0.1: inet n - n - - smtpd", "missing service information in \"127.0.0.1:\""));
    UNIT_ASSERT(expect_error("[::1] inet n - n - - smtpd", "missing service information"));
    UNIT_ASSERT(expect_error("[::1:25 inet n - n - - smtpd", "missing \"]\""));
    UNIT_ASSERT(expect_error("a:b:c inet n - n - - smtpd", "valid hostname or network address required"));
    UNIT_ASSERT(expect_error("[bogus]:25 inet n - n - - smtpd", "valid network address required"));
    UNIT_ASSERT(expect_error("0 inet n - n - - smtpd", "valid port"));
    UNIT_ASSERT(expect_error("65536 inet n - n - - smtpd", "valid port"));
    UNIT_ASSERT(expect_error("host:sm/tp inet n - n - - smtpd", "valid port"));
    UNIT_ASSERT(expect_error("ho$t:25 inet n - n - - smtpd", "valid hostname"));
}

/* test_options - the forms of -o and braces */

static void test_options(void)
{
    MASTER_ENT *ent;
    const char *why = 0;

    ent = master_ent_parse("submission inet n - n - - smtpd -o syslog_name=postfix/submission"
			   " -o { smtpd_client_restrictions = permit_sasl_authenticated, reject }"
			   " -osmtpd_tls_security_level=encrypt -v", 3, &why);
    UNIT_ASSERT(ent != 0);
    UNIT_ASSERT_INT(ent->args->argc, 7);
    UNIT_ASSERT_STR(ent->args->argv[1], "-o");
    UNIT_ASSERT_STR(ent->args->argv[2], "syslog_name=postfix/submission");
    UNIT_ASSERT_STR(ent->args->argv[4], "{ smtpd_client_restrictions = permit_sasl_authenticated, reject }");
    UNIT_ASSERT_STR(ent->args->argv[5], "-osmtpd_tls_security_level=encrypt");
    UNIT_ASSERT_STR(ent->raw[7], "smtpd -o syslog_name=postfix/submission"
		    " -o { smtpd_client_restrictions = permit_sasl_authenticated, reject }"
		    " -osmtpd_tls_security_level=encrypt -v");
    master_ent_free(ent);

    /* An argument in braces holds blanks; after argv= anything goes. */
    ent = master_ent_parse("x unix - n n - - pipe flags=F user=nobody "
			   "argv=/bin/cat -o { a b }", 1, &why);
    UNIT_ASSERT(ent != 0);
    UNIT_ASSERT_INT(ent->args->argc, 6);
    UNIT_ASSERT_STR(ent->args->argv[5], "{ a b }");
    master_ent_free(ent);
    ent = master_ent_parse("x unix - n n - - pipe argv=/bin/cat -o", 1, &why);
    UNIT_ASSERT(ent != 0);
    master_ent_free(ent);

    UNIT_ASSERT(expect_error("smtp inet n - n - - smtpd -o", "requires a name=value"));
    UNIT_ASSERT(expect_error("smtp inet n - n - - smtpd -o =x", "missing attribute name"));
    UNIT_ASSERT(expect_error("smtp inet n - n - - smtpd -o foo", "missing '='"));
    UNIT_ASSERT(expect_error("smtp inet n - n - - smtpd -o {foo=bar", "missing \"}\""));
    UNIT_ASSERT(expect_error("smtp inet n - n - - smtpd -o {a=b}c", "text after \"}\""));
    UNIT_ASSERT(expect_error("smtp inet n - n - - smtpd { a b", "missing \"}\""));
    UNIT_ASSERT(expect_error("smtp inet n - n - - smtpd a}", "unexpected \"}\""));
    UNIT_ASSERT(expect_error("smtp inet n - n - - smtpd -o { = x }", "missing attribute name"));
}

/* test_option_split - master_ent_option() */

static void test_option_split(void)
{
    char    buf[100];
    char   *name;
    char   *value;

    strcpy(buf, "a=b");
    UNIT_ASSERT(master_ent_option(buf, &name, &value) == 0);
    UNIT_ASSERT_STR(name, "a");
    UNIT_ASSERT_STR(value, "b");
    strcpy(buf, "{ a = b  c }");
    UNIT_ASSERT(master_ent_option(buf, &name, &value) == 0);
    UNIT_ASSERT_STR(name, "a");
    UNIT_ASSERT_STR(value, "b  c");
    strcpy(buf, "{a=}");
    UNIT_ASSERT(master_ent_option(buf, &name, &value) == 0);
    UNIT_ASSERT_STR(value, "");
    strcpy(buf, "{a=b");
    UNIT_ASSERT(master_ent_option(buf, &name, &value) != 0);
    strcpy(buf, "novalue");
    UNIT_ASSERT(master_ent_option(buf, &name, &value) != 0);
}

/* test_long_line - many arguments */

static void test_long_line(void)
{
    VSTRING *buf = vstring_alloc(100);
    MASTER_ENT *ent;
    const char *why = 0;
    int     i;

    vstring_strcpy(buf, "smtp unix - - n - - smtp");
    for (i = 0; i < 5000; i++)
	vstring_sprintf_append(buf, " -o name%d=value%d", i, i);
    ent = master_ent_parse(vstring_str(buf), 1, &why);
    UNIT_ASSERT(ent != 0);
    UNIT_ASSERT_INT(ent->args->argc, 10001);
    UNIT_ASSERT_INT(strlen(ent->raw[7]), VSTRING_LEN(buf) - strlen("smtp unix - - n - - "));
    master_ent_free(ent);
    vstring_free(buf);
}

static char test_path[] = "/tmp/test_master_ent.XXXXXX";

/* test_write - create the test file */

static int test_write(const char *text)
{
    FILE   *fp;

    if ((fp = fopen(test_path, "w")) == 0)
	return (-1);
    fputs(text, fp);
    return (fclose(fp));
}

/* test_read - a whole file with comments and continuation lines */

static void test_read(void)
{
    MASTER_ENT **list;
    int     count;

    UNIT_ASSERT(test_write("# comment\n"
			   "smtp      inet  n       -       n       -       -       smtpd\n"
			   "\n"
			   "pickup    unix  n       -       n       60      1       pickup\r\n"
			   "relay     unix  -       -       n       -       -       smtp\n"
			   "  -o syslog_name=postfix/$service_name\n"
			   "#  -o commented=out\n"
			   "\t-o { smtp_helo_timeout = 5s }\n"
			   "smtp      inet  n       -       n       -       5       smtpd -v\n") == 0);
    list = master_ent_read(test_path, &count);
    UNIT_ASSERT_INT(count, 4);
    UNIT_ASSERT(list[4] == 0);
    UNIT_ASSERT_INT(list[0]->lineno, 2);
    UNIT_ASSERT_INT(list[1]->lineno, 4);
    UNIT_ASSERT_STR(list[1]->raw[7], "pickup");
    UNIT_ASSERT_INT(list[2]->lineno, 5);
    UNIT_ASSERT_STR(list[2]->raw[7],
	   "smtp -o syslog_name=postfix/$service_name -o { smtp_helo_timeout = 5s }");
    UNIT_ASSERT_INT(list[3]->max_proc, 5);
    master_ent_free_list(list, count);
}

/* read_bad - child: read a file with a bad entry */

static void read_bad(void *context)
{
    int     count;

    (void) context;
    master_ent_read(test_path, &count);
}

/* test_read_errors - bad entries and missing files are fatal */

static void test_read_errors(void)
{
    UNIT_ASSERT(test_write("smtp inet n - n - - smtpd\nbad line here\n") == 0);
    UNIT_ASSERT_INT(unit_exit_status(read_bad, 0), 1);
    UNIT_ASSERT(unlink(test_path) == 0);
    UNIT_ASSERT_INT(unit_exit_status(read_bad, 0), 1);
}

int     main(void)
{
    int     fd;

    if ((fd = mkstemp(test_path)) < 0) {
	perror("mkstemp");
	return (1);
    }
    close(fd);
    UNIT_RUN(test_good);
    UNIT_RUN(test_defaults);
    UNIT_RUN(test_types);
    UNIT_RUN(test_bad_fields);
    UNIT_RUN(test_bad_inet);
    UNIT_RUN(test_options);
    UNIT_RUN(test_option_split);
    UNIT_RUN(test_long_line);
    UNIT_RUN(test_read);
    UNIT_RUN(test_read_errors);
    unlink(test_path);
    return (UNIT_SUMMARY());
}

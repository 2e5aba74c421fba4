/*++
/* NAME
/*	test_bounce_mime 1t
/* SUMMARY
/*	bounce(8) log reader and notice layout
/* DESCRIPTION
/*	The notice that bounce_mime_write() makes from a crafted log
/*	and queue file, compared byte for byte; DSN NOTIFY filtering;
/*	the size limit; hostile log files (every record rule broken
/*	once) read without a crash, bad records skipped and counted.
/*	The bounce(8) sources are compiled in.
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <record.h>
#include <rec_type.h>
#include <dsn.h>
#include <deliver_request.h>

#include "../../src/bounce/bounce_log.c"
#include "../../src/bounce/bounce_mime.c"
#include "../../src/bounce/bounce_template.c"

#include <unit_test.h>

/* tmp_stream - a scratch file with the given bytes */

static VSTREAM *tmp_stream(const char *data, size_t len)
{
    FILE   *fp = tmpfile();
    int     fd = dup(fileno(fp));

    fclose(fp);
    if (len && write(fd, data, len) != (ssize_t) len)
	return (0);
    lseek(fd, 0, SEEK_SET);
    return (vstream_fdopen(fd, O_RDWR));
}

/* orig_stream - a queue file with a TIME record and some content */

static VSTREAM *orig_stream(int body_lines)
{
    VSTREAM *fp = tmp_stream("", 0);
    int     n;

    rec_fputs(fp, REC_TYPE_TIME, "1700000000 0");
    rec_fputs(fp, REC_TYPE_FROM, "sender@example.com");
    rec_fputs(fp, REC_TYPE_RCPT, "a@example.org");
    rec_fputs(fp, REC_TYPE_MESG, "");
    rec_fputs(fp, REC_TYPE_NORM, "Subject: hi");
    rec_fputs(fp, REC_TYPE_NORM, "");
    for (n = 0; n < body_lines; n++)
	rec_fprintf(fp, REC_TYPE_NORM, "body %d", n);
    rec_fputs(fp, REC_TYPE_XTRA, "");
    rec_fputs(fp, REC_TYPE_END, "");
    vstream_fseek(fp, 0, SEEK_SET);
    return (fp);
}

/* text_of - the NORM records of a stream as lines */

static const char *text_of(VSTREAM *fp, VSTRING *out)
{
    VSTRING *rec = vstring_alloc(100);
    int     type;

    vstream_fseek(fp, 0, SEEK_SET);
    vstring_reset(out);
    while ((type = rec_get(fp, rec, 0)) > 0) {
	vstring_memcat(out, vstring_str(rec), VSTRING_LEN(rec));
	if (type == REC_TYPE_NORM)
	    vstring_addch(out, '\n');
    }
    vstring_free(rec);
    return (vstring_str(out));
}

#define REC(rcpt, notify, status, action, reason, dtype, dtext) \
    "rcpt=" rcpt "\norig_rcpt=\ndsn_orcpt=\ndsn_notify=" notify \
    "\noffset=7\ndsn_status=" status "\ndsn_action=" action "\nreason=" \
    reason "\ndsn_diag_type=" dtype "\ndsn_diag_text=" dtext \
    "\ndsn_mta_type=\ndsn_mta_name=\n\n"

static const char log_two[] =
    REC("a@example.org", "0", "5.1.1", "failed", "no such user", "smtp",
	"550 5.1.1 no such user")
    REC("b@example.org", "1", "5.0.0", "failed", "gone", "", "");

static void setup_notice(BOUNCE_NOTICE *n)
{
    memset(n, 0, sizeof(*n));
    n->kind = BOUNCE_KIND_FAILED;
    n->to = BOUNCE_TO_SENDER;
    n->queue_id = "ABC123";
    n->new_id = "DEF456";
    n->sender = "sender@example.com";
    n->recipient = "sender@example.com";
    n->envelope_id = "";
    n->encoding = "";
    n->now = 1700000100;
    n->hostname = "mx.example.com";
    n->mail_name = "Postlet";
}

static const char expect_layout[] =
"From: MAILER-DAEMON@mx.example.com (Postlet mail delivery system)\n"
"Subject: Mail delivery failed: message returned\n"
"To: sender@example.com\n"
"Auto-Submitted: auto-replied\n"
"MIME-Version: 1.0\n"
"Content-Type: multipart/report; report-type=delivery-status;\n"
"\tboundary=\"DEF456.1700000100/mx.example.com\"\n"
"Content-Transfer-Encoding: 7bit\n"
"\n"
"This is a delivery status report in MIME format.\n"
"\n"
"--DEF456.1700000100/mx.example.com\n"
"Content-Description: Notification\n"
"Content-Type: text/plain; charset=us-ascii\n"
"\n";

static const char expect_report[] =
"<a@example.org>: no such user\n"
"\n"
"--DEF456.1700000100/mx.example.com\n"
"Content-Description: Delivery report\n"
"Content-Type: message/delivery-status\n"
"\n"
"Reporting-MTA: dns; mx.example.com\n"
"X-Postfix-Queue-ID: ABC123\n"
"X-Postfix-Sender: rfc822; sender@example.com\n"
"Arrival-Date: %s\n"
"\n"
"Final-Recipient: rfc822; a@example.org\n"
"Action: failed\n"
"Status: 5.1.1\n"
"Diagnostic-Code: smtp; 550 5.1.1 no such user\n"
"\n"
"--DEF456.1700000100/mx.example.com\n"
"Content-Description: Undelivered Message\n"
"Content-Type: message/rfc822\n"
"Content-Transfer-Encoding: 7bit\n"
"\n"
"Subject: hi\n"
"\n"
"body 0\n"
"body 1\n"
"\n"
"--DEF456.1700000100/mx.example.com--\n";

static void test_layout(void)
{
    BOUNCE_NOTICE n;
    BOUNCE_LOG log;
    VSTREAM *lp = tmp_stream(log_two, sizeof(log_two) - 1);
    VSTREAM *orig = orig_stream(2);
    VSTREAM *out = tmp_stream("", 0);
    VSTRING *text = vstring_alloc(1000);
    VSTRING *want = vstring_alloc(1000);
    VSTRING *date = vstring_alloc(100);
    const char *cp;

    setup_notice(&n);
    bounce_log_init(&log, lp, "test", vstring_alloc(100));
    UNIT_ASSERT_INT(bounce_mime_arrival(orig, &n.arrival), 0);
    UNIT_ASSERT_INT((long) n.arrival, 1700000000L);
    UNIT_ASSERT_INT(bounce_mime_write(out, &n, &log,
				      bounce_log_entry_create(), orig), 0);
    text_of(out, text);
    /* The headers and part 1 heading, exactly. */
    UNIT_ASSERT(strncmp(vstring_str(text), expect_layout,
			strlen(expect_layout)) == 0);
    /* Our text, then the recipient (b said NOTIFY=NEVER), exactly. */
    vstring_sprintf(want, expect_report, cleanup_hdr_date(date, 1700000000));
    cp = strstr(vstring_str(text), "<a@example.org>");
    UNIT_ASSERT(cp != 0);
    UNIT_ASSERT_STR(cp, vstring_str(want));
    UNIT_ASSERT(strstr(vstring_str(text), "b@example.org") == 0);
    UNIT_ASSERT_INT(log.errors, 0);
}

static void test_postmaster_headers_only(void)
{
    BOUNCE_NOTICE n;
    BOUNCE_LOG log;
    VSTREAM *lp = tmp_stream(log_two, sizeof(log_two) - 1);
    VSTREAM *orig = orig_stream(2);
    VSTREAM *out = tmp_stream("", 0);
    VSTRING *text = vstring_alloc(1000);

    setup_notice(&n);
    n.to = BOUNCE_TO_POSTMASTER;
    n.recipient = "postmaster";
    bounce_log_init(&log, lp, "test", vstring_alloc(100));
    bounce_mime_arrival(orig, &n.arrival);
    UNIT_ASSERT_INT(bounce_mime_write(out, &n, &log,
				      bounce_log_entry_create(), orig), 0);
    text_of(out, text);
    UNIT_ASSERT(strstr(vstring_str(text), "Final-Recipient: rfc822; b@example.org\n"
		       "Action: failed\nStatus: 5.0.0\n"
		       "Diagnostic-Code: X-Postfix; gone\n") != 0);
    UNIT_ASSERT(strstr(vstring_str(text), "Content-Type: text/rfc822-headers\n"
		       "Content-Transfer-Encoding: 7bit\n\nSubject: hi\n\n"
		       "--DEF456") != 0);
    UNIT_ASSERT(strstr(vstring_str(text), "body 0") == 0);
}

static void test_size_limit(void)
{
    BOUNCE_NOTICE n;
    BOUNCE_LOG log;
    VSTREAM *lp = tmp_stream(log_two, sizeof(log_two) - 1);
    VSTREAM *orig = orig_stream(100);
    VSTREAM *out = tmp_stream("", 0);
    VSTRING *text = vstring_alloc(1000);

    setup_notice(&n);
    n.size_limit = 12 + 1 + 7 + 7;		/* "Subject: hi", "", 2 lines */
    bounce_log_init(&log, lp, "test", vstring_alloc(100));
    bounce_mime_arrival(orig, &n.arrival);
    UNIT_ASSERT_INT(bounce_mime_write(out, &n, &log,
				      bounce_log_entry_create(), orig), 0);
    text_of(out, text);
    UNIT_ASSERT(strstr(vstring_str(text), "\nSubject: hi\n\nbody 0\nbody 1\n\n"
		       "--DEF456.1700000100/mx.example.com--\n") != 0);
}

static void test_hostile_logs(void)
{
    static const char *const bad[] = {
	"rcpt=a\n\n",
	"orig_rcpt=\nrcpt=a\n\n",
	REC("a", "0", "5.1", "failed", "r", "", ""),
	REC("a", "0", "5.1.1", "exploded", "r", "", ""),
	REC("a", "99", "5.1.1", "failed", "r", "", ""),
	REC("a", "x", "5.1.1", "failed", "r", "", ""),
	REC("", "0", "5.1.1", "failed", "r", "", ""),
	REC("a", "0", "5.1.1", "failed", "r\r", "", ""),
	"rcpt=a\norig_rcpt=\ndsn_orcpt=\ndsn_notify=0\noffset=7\n"
	"dsn_status=5.1.1\ndsn_action=failed\nreason=r\ndsn_diag_type=\n"
	"dsn_diag_text=\ndsn_mta_type=\ndsn_mta_name=\nextra=1\n\n",
	"rcpt=a\norig_rcpt=\ndsn_orcpt=\ndsn_notify=0\noffset=99999999999\n\n",
	"=\n\n",
	"rcpt=a",
	"\n\n\n",
    };
    BOUNCE_LOG_ENTRY *e = bounce_log_entry_create();
    BOUNCE_LOG log;
    VSTRING *line = vstring_alloc(100);
    VSTRING *big = vstring_alloc(10000);
    VSTREAM *lp;
    size_t  i;
    int     got;

    msg_output_reset();
    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
	vstring_strcpy(big, bad[i]);
	vstring_strcat(big, REC("good@example.org", "0", "5.0.0", "failed",
				"r", "", ""));
	if (i == 11)				/* "rcpt=a" then a record */
	    vstring_strcpy(big, REC("good@example.org", "0", "5.0.0",
				    "failed", "r", "", "") "rcpt=a");
	lp = tmp_stream(vstring_str(big), VSTRING_LEN(big));
	bounce_log_init(&log, lp, "hostile", line);
	got = 0;
	while (bounce_log_read(&log, e) > 0) {
	    UNIT_ASSERT_STR(vstring_str(e->rcpt), "good@example.org");
	    got++;
	}
	UNIT_ASSERT_INT(got, 1);
	UNIT_ASSERT_INT(log.errors, i == 12 ? 0 : 1);
	vstream_fclose(lp);
    }
    /* An over-long line, then a last line without newline. */
    vstring_reset(big);
    vstring_strcat(big, "rcpt=");
    for (i = 0; i < 9000; i++)
	vstring_addch(big, 'x');
    vstring_strcat(big, "\n\nrcpt=a");
    lp = tmp_stream(vstring_str(big), VSTRING_LEN(big));
    bounce_log_init(&log, lp, "hostile", line);
    UNIT_ASSERT_INT(bounce_log_read(&log, e), 0);
    UNIT_ASSERT_INT(log.errors, 2);
    vstream_fclose(lp);
}

static void test_round_trip(void)
{
    BOUNCE_LOG_ENTRY *e = bounce_log_entry_create();
    BOUNCE_LOG_ENTRY *f = bounce_log_entry_create();
    VSTRING *buf = vstring_alloc(100);
    BOUNCE_LOG log;
    VSTREAM *lp;

    vstring_strcpy(e->rcpt, "x@example.org");
    vstring_strcpy(e->status, "4.4.1");
    vstring_strcpy(e->action, "delayed");
    vstring_strcpy(e->reason, "connect: timed out");
    e->dsn_notify = DSN_NOTIFY_DELAY;
    e->offset = 1234;
    UNIT_ASSERT(bounce_log_entry_check(e) == 0);
    bounce_log_format(buf, e);
    lp = tmp_stream(vstring_str(buf), VSTRING_LEN(buf));
    bounce_log_init(&log, lp, "rt", vstring_alloc(100));
    UNIT_ASSERT_INT(bounce_log_read(&log, f), 1);
    UNIT_ASSERT_STR(vstring_str(f->reason), "connect: timed out");
    UNIT_ASSERT_INT(f->dsn_notify, DSN_NOTIFY_DELAY);
    UNIT_ASSERT_INT(f->offset, 1234);
    UNIT_ASSERT_INT(bounce_log_read(&log, f), 0);
    vstring_strcpy(e->status, "6.0.0");
    UNIT_ASSERT(bounce_log_entry_check(e) != 0);
}

int     main(void)
{
    UNIT_RUN(test_layout);
    UNIT_RUN(test_postmaster_headers_only);
    UNIT_RUN(test_size_limit);
    UNIT_RUN(test_hostile_logs);
    UNIT_RUN(test_round_trip);
    return (UNIT_SUMMARY());
}

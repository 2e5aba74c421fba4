/*++
/* NAME
/*	test_showq_format 1t
/* SUMMARY
/*	unit tests for showq_scan(3), showq_format(3), showq_proto(3)
/* SYNOPSIS
/*	test_showq_format
/* DESCRIPTION
/*	Crafted queue files in a temporary queue directory, listed in
/*	the mailq and JSON formats; the expected lines are Postfix
/*	3.7's output for the same files (TZ=UTC). Also broken files,
/*	the empty queue and a round trip through the showq protocol.
/*--*/

#include <sys_defs.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <vstream.h>
#include <vstring.h>
#include <record.h>
#include <mail_params.h>
#include <showq_scan.h>
#include <showq_format.h>
#include <showq_proto.h>
#include <unit_test.h>

static char tmpdir[] = "/tmp/test_showq.XXXXXX";

/* write_qf - a queue file with the given envelope */

static void write_qf(const char *path, const char *sender, const char *rcpts,
		             const char *done, long size, int mode, int end)
{
    VSTREAM *fp = vstream_fopen(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const char *cp;
    long    xtra;

    rec_fprintf(fp, REC_TYPE_SIZE, "%15ld %15ld %15ld %15ld %15ld",
		size, 0L, 1L, 0L, size);
    rec_fputs(fp, REC_TYPE_TIME, "1700000000 0");
    rec_fputs(fp, REC_TYPE_FROM, sender);
    for (cp = rcpts; *cp; cp += strlen(cp) + 1)
	rec_fputs(fp, REC_TYPE_RCPT, cp);
    for (cp = done; *cp; cp += strlen(cp) + 1)
	rec_fputs(fp, REC_TYPE_DONE, cp);
    /* XTRA follows MESG (17 bytes) and one NORM record (12 bytes). */
    xtra = (long) vstream_ftell(fp) + 17 + 12;
    rec_fprintf(fp, REC_TYPE_MESG, "%15ld", xtra);
    rec_fputs(fp, REC_TYPE_NORM, "Subject: x");
    rec_fputs(fp, REC_TYPE_XTRA, "");
    rec_fputs(fp, REC_TYPE_RCPT, "extracted@example.org");
    if (end)
	rec_fputs(fp, REC_TYPE_END, "");
    vstream_fclose(fp);
    chmod(path, mode);
}

/* write_text - a file with fixed text */

static void write_text(const char *path, const char *text)
{
    VSTREAM *fp = vstream_fopen(path, O_WRONLY | O_CREAT | O_TRUNC, 0700);

    vstream_fputs(text, fp);
    vstream_fclose(fp);
}

/* list_one - format one message */

static void list_one(SHOWQ_MSG *msg, void *context)
{
    showq_format_msg((SHOWQ_FORMAT *) context, msg);
}

/* slurp - a file's text */

static const char *slurp(const char *path)
{
    static char buf[16384];
    int     fd = open(path, O_RDONLY);
    ssize_t n = read(fd, buf, sizeof(buf) - 1);

    close(fd);
    buf[n > 0 ? n : 0] = 0;
    return (buf);
}

/* list - the listing of the queue in one format */

static const char *list(int format)
{
    VSTREAM *fp = vstream_fopen("out", O_WRONLY | O_CREAT | O_TRUNC, 0600);
    SHOWQ_MSG *msg = showq_msg_alloc();
    SHOWQ_FORMAT *fmt = showq_format_alloc(fp, format);

    showq_scan(msg, list_one, (void *) fmt);
    showq_format_end(fmt);
    showq_format_free(fmt);
    showq_msg_free(msg);
    vstream_fclose(fp);
    return (slurp("out"));
}

/* clean - empty the queues */

static void clean(void)
{
    if (system("rm -rf maildrop active incoming deferred hold defer && "
	       "mkdir maildrop active incoming deferred hold defer") != 0)
	exit(1);
}

static void test_empty(void)
{
    clean();
    UNIT_ASSERT_STR(list(SHOWQ_FORMAT_MAILQ), "Mail queue is empty\n");
    UNIT_ASSERT_STR(list(SHOWQ_FORMAT_JSON), "");
}

 /*
  * Postfix 3.7's layout for these files: its listing of files with the
  * same IDs, sizes, senders, recipients and defer log was compared byte
  * for byte (the extracted recipient and the nine-character ID follow
  * its column rules).
  */
static const char expect_mailq[] =
"-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n"
"B7883A7C031*      24 Tue Nov 14 22:13:20  root@router.lan\n"
"                                         x@example.com\n"
"                                         extracted@example.org\n"
"\n"
"B7817A7C02F 1504500 Tue Nov 14 22:13:20  alice@example.com\n"
"                    (connect to example.org[192.0.2.1]:25: Connection refused)\n"
"                                         bob@example.org\n"
"(host mx.example.net[192.0.2.2] said: 451 try \"later\" (in reply to RCPT TO command))\n"
"                                         dave@example.net\n"
"                    (connect to example.org[192.0.2.1]:25: Connection refused)\n"
"                                         carol@example.net\n"
"                                                          (reason unavailable)\n"
"                                         extracted@example.org\n"
"\n"
"ABCDEF123!  12345678 Tue Nov 14 22:13:20  MAILER-DAEMON\n"
"                                         \"t?ab\"@x\n"
"                                         extracted@example.org\n"
"\n"
"-- 13525 Kbytes in 3 Requests.\n";

static const char expect_json[] =
"{\"queue_name\": \"active\", \"queue_id\": \"B7883A7C031\", \"arrival_time\": 1700000000, \"message_size\": 24, \"forced_expire\": false, \"sender\": \"root@router.lan\", \"recipients\": [{\"address\": \"x@example.com\"}, {\"address\": \"extracted@example.org\"}]}\n"
"{\"queue_name\": \"deferred\", \"queue_id\": \"B7817A7C02F\", \"arrival_time\": 1700000000, \"message_size\": 1504500, \"forced_expire\": false, \"sender\": \"alice@example.com\", \"recipients\": [{\"address\": \"bob@example.org\", \"delay_reason\": \"connect to example.org[192.0.2.1]:25: Connection refused\"}, {\"address\": \"dave@example.net\", \"delay_reason\": \"host mx.example.net[192.0.2.2] said: 451 try \\\"later\\\" (in reply to RCPT TO command)\"}, {\"address\": \"carol@example.net\", \"delay_reason\": \"connect to example.org[192.0.2.1]:25: Connection refused\"}, {\"address\": \"extracted@example.org\"}]}\n"
"{\"queue_name\": \"hold\", \"queue_id\": \"ABCDEF123\", \"arrival_time\": 1700000000, \"message_size\": 12345678, \"forced_expire\": false, \"sender\": \"MAILER-DAEMON\", \"recipients\": [{\"address\": \"\\\"t?ab\\\"@x\"}, {\"address\": \"extracted@example.org\"}]}\n";

/* fill - the messages of expect_mailq, and broken files */

static void fill(void)
{
    clean();
    write_qf("active/B7883A7C031", "root@router.lan", "x@example.com\0",
	     "", 24, 0700, 1);
    mkdir("deferred/B", 0700);
    write_qf("deferred/B/B7817A7C02F", "alice@example.com",
	     "bob@example.org\0carol@example.net\0dave@example.net\0",
	     "eve@example.org\0", 1504500, 0700, 1);
    mkdir("defer/B", 0700);
    write_text("defer/B/B7817A7C02F",
	       "recipient=bob@example.org\nstatus=4.4.1\n"
	       "reason=connect to example.org[192.0.2.1]:25: Connection refused\n\n"
	       "recipient=dave@example.net\n"
	       "reason=host mx.example.net[192.0.2.2] said: 451 try \"later\""
	       " (in reply to RCPT TO command)\n\n"
	       "recipient=carol@example.net\n"
	       "reason=connect to example.org[192.0.2.1]:25: Connection refused\n\n");
    write_qf("hold/ABCDEF123", "", "t\tab@x\0", "", 12345678, 0700, 1);
    /* Not ready (being written): skipped silently. */
    write_qf("incoming/ABCDE1234", "s@x", "r@x\0", "", 24, 0600, 1);
    /* Broken: skipped with a warning. */
    write_text("incoming/ABCDE1235", "garbage\001\002");
    write_text("hold/ABCDE1236", "T\00312");
    write_text("hold/not-an-id", "x");
}

static void test_mailq(void)
{
    fill();
    UNIT_ASSERT_STR(list(SHOWQ_FORMAT_MAILQ), expect_mailq);
}

static void test_json(void)
{
    fill();
    UNIT_ASSERT_STR(list(SHOWQ_FORMAT_JSON), expect_json);
}

static void test_missing_end(void)
{
    clean();
    write_qf("hold/ABCDEF123", "a@b", "c@d\0", "", 100, 0710, 0);
    UNIT_ASSERT_STR(list(SHOWQ_FORMAT_MAILQ),
		    "-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n"
		    "ABCDEF123!      100 Tue Nov 14 22:13:20  a@b\n"
		    "                                         c@d\n"
		    "                                         extracted@example.org\n"
		    "\n"
		    "-- 0 Kbytes in 1 Request.\n");
}

static void test_printable(void)
{
    VSTRING *buf = vstring_alloc(10);
    VSTRING *tmp = vstring_alloc(10);

    UNIT_ASSERT_STR(showq_printable(buf, "a\001b\177c\303\251d\377e\300\200"),
		    "a?b?c\303\251d?e??");
    UNIT_ASSERT_STR(showq_address(buf, tmp, "weird \"q\"\\x\001@example.com"),
		    "\"weird \\\"q\\\"\\\\x?\"@example.com");
    UNIT_ASSERT_STR(showq_address(buf, tmp, ""), "MAILER-DAEMON");
    vstring_free(buf);
    vstring_free(tmp);
}

/* proto_one - send one message on the stream */

static void proto_one(SHOWQ_MSG *msg, void *context)
{
    showq_proto_send((VSTREAM *) context, msg);
}

static void test_proto(void)
{
    VSTREAM *fp = vstream_fopen("wire", O_RDWR | O_CREAT | O_TRUNC, 0600);
    SHOWQ_MSG *msg = showq_msg_alloc();
    VSTREAM *out = vstream_fopen("out", O_WRONLY | O_CREAT | O_TRUNC, 0600);
    SHOWQ_FORMAT *fmt = showq_format_alloc(out, SHOWQ_FORMAT_MAILQ);
    int     got;

    fill();
    UNIT_ASSERT_INT(showq_scan(msg, proto_one, (void *) fp), 3);
    vstream_fflush(fp);
    vstream_fseek(fp, 0, SEEK_SET);
    while ((got = showq_proto_recv(fp, msg)) > 0)
	showq_format_msg(fmt, msg);
    UNIT_ASSERT_INT(got, 0);
    showq_format_end(fmt);
    vstream_fclose(out);
    UNIT_ASSERT_STR(slurp("out"), expect_mailq);
    vstream_fclose(fp);
    write_text("wire", "queue_name=corrupt\nqueue_id=ABCDEF123\n"
	       "arrival_time=1\nsize=1\nforced_expire=0\nsender=x\n"
	       "flags=0\nlog_count=0\nrecipient_count=0\n\n");
    fp = vstream_fopen("wire", O_RDONLY, 0);
    UNIT_ASSERT_INT(showq_proto_recv(fp, msg), -1);
    vstream_fclose(fp);
    showq_format_free(fmt);
    showq_msg_free(msg);
}

int     main(void)
{
    int     status;

    msg_stderr_init("test_showq_format");
    setenv("TZ", "UTC", 1);
    var_hash_queue_names = "deferred, defer";
    var_hash_queue_depth = 1;
    if (mkdtemp(tmpdir) == 0 || chdir(tmpdir) < 0)
	return (1);
    UNIT_RUN(test_empty);
    UNIT_RUN(test_mailq);
    UNIT_RUN(test_json);
    UNIT_RUN(test_missing_end);
    UNIT_RUN(test_printable);
    UNIT_RUN(test_proto);
    status = UNIT_SUMMARY();
    if (chdir("/") == 0 && system("rm -rf /tmp/test_showq.*") != 0)
	status = 1;
    return (status);
}

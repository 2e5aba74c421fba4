/*++
/* NAME
/*	test_cleanup_hdr 1
/* SUMMARY
/*	unit tests for cleanup_hdr(3) and cleanup_strerror(3)
/* SYNOPSIS
/*	test_cleanup_hdr
/* DESCRIPTION
/*	Header name recognition, classification, the drop list, Date:
/*	and Message-ID: formats, stray CR/LF replacement, status texts.
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <msg.h>
#include <vstring.h>
#include <cleanup_hdr.h>
#include <cleanup_user.h>
#include <unit_test.h>

#define NAME_LEN(s) cleanup_hdr_name((s), strlen(s))

/* test_name - what starts a header */

static void test_name(void)
{
    UNIT_ASSERT_INT(NAME_LEN("Subject: hi"), 7);
    UNIT_ASSERT_INT(NAME_LEN("X-Odd:"), 5);
    UNIT_ASSERT_INT(NAME_LEN("Subject : old style"), 7);
    UNIT_ASSERT_INT(NAME_LEN(": no name"), 0);
    UNIT_ASSERT_INT(NAME_LEN("no colon here"), 0);
    UNIT_ASSERT_INT(NAME_LEN(" Subject: folded"), 0);
    UNIT_ASSERT_INT(NAME_LEN("Bad\001Name: x"), 0);
    UNIT_ASSERT_INT(NAME_LEN(""), 0);
}

/* test_info - classification */

static void test_info(void)
{
    CLEANUP_HDR_INFO info;

    info = cleanup_hdr_info("FROM", 4);
    UNIT_ASSERT_INT(info.id, CLEANUP_HDR_FROM);
    UNIT_ASSERT_INT(info.flags, CLEANUP_HDR_FLAG_SENDER);
    info = cleanup_hdr_info("Resent-Cc", 9);
    UNIT_ASSERT_INT(info.id, CLEANUP_HDR_CC);
    UNIT_ASSERT_INT(info.flags, CLEANUP_HDR_FLAG_RCPT | CLEANUP_HDR_FLAG_RESENT);
    info = cleanup_hdr_info("Message-ID", 10);
    UNIT_ASSERT_INT(info.id, CLEANUP_HDR_MESSAGE_ID);
    info = cleanup_hdr_info("Resent-", 7);
    UNIT_ASSERT_INT(info.id, CLEANUP_HDR_OTHER);
    info = cleanup_hdr_info("Tox", 3);
    UNIT_ASSERT_INT(info.id, CLEANUP_HDR_OTHER);
    info = cleanup_hdr_info("Tox", 2);
    UNIT_ASSERT_INT(info.id, CLEANUP_HDR_TO);
    info = cleanup_hdr_info("X-To", 4);
    UNIT_ASSERT_INT(info.id, CLEANUP_HDR_OTHER);
}

/* test_list - message_drop_headers */

static void test_list(void)
{
    const char *list = "bcc, content-length, resent-bcc, return-path";

    UNIT_ASSERT(cleanup_hdr_in_list("Bcc", 3, list));
    UNIT_ASSERT(cleanup_hdr_in_list("Return-Path", 11, list));
    UNIT_ASSERT(!cleanup_hdr_in_list("Cc", 2, list));
    UNIT_ASSERT(!cleanup_hdr_in_list("Content", 7, list));
    UNIT_ASSERT(!cleanup_hdr_in_list("Bcc", 3, ""));
}

/* test_date - Date: and Message-ID: */

static void test_date(void)
{
    VSTRING *buf = vstring_alloc(100);

    setenv("TZ", "UTC", 1);
    tzset();
    UNIT_ASSERT_STR(cleanup_hdr_date(buf, 1715000000), "Mon,  6 May 2024 12:53:20 +0000 (UTC)");
    setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1);
    tzset();
    UNIT_ASSERT_STR(cleanup_hdr_date(buf, 1715000000), "Mon,  6 May 2024 08:53:20 -0400 (EDT)");
    setenv("TZ", "IST-5:30", 1);
    tzset();
    UNIT_ASSERT_STR(cleanup_hdr_date(buf, 1704049200), "Mon,  1 Jan 2024 00:30:00 +0530 (IST)");
    UNIT_ASSERT_STR(cleanup_hdr_msgid(buf, 1715000000, "3F2A81C0D4", "host.example.com"),
		    "<20240506125320.3F2A81C0D4@host.example.com>");
    vstring_free(buf);
}

/* test_crlf - stray line ends */

static void test_crlf(void)
{
    char    data[] = "a\rb\nc\r\n";

    UNIT_ASSERT_INT(cleanup_hdr_stray_crlf(data, strlen(data)), 4);
    UNIT_ASSERT_STR(data, "a b c  ");
}

/* test_strerror - status texts */

static void test_strerror(void)
{
    UNIT_ASSERT_STR(cleanup_strerror(CLEANUP_STAT_OK), "success");
    UNIT_ASSERT_STR(cleanup_strerror(CLEANUP_STAT_SIZE), "message file too big");
    UNIT_ASSERT_STR(cleanup_stat_detail(CLEANUP_STAT_SIZE)->dsn, "5.3.4");
    UNIT_ASSERT_STR(cleanup_strerror(CLEANUP_STAT_WRITE | CLEANUP_STAT_SIZE),
		    "message file too big");
    UNIT_ASSERT_INT(cleanup_stat_detail(CLEANUP_STAT_WRITE)->smtp, 451);
    UNIT_ASSERT_STR(cleanup_strerror(1U << 20), "internal protocol error");
}

int     main(void)
{
    msg_set_progname("test_cleanup_hdr");
    UNIT_RUN(test_name);
    UNIT_RUN(test_info);
    UNIT_RUN(test_list);
    UNIT_RUN(test_date);
    UNIT_RUN(test_crlf);
    UNIT_RUN(test_strerror);
    return (UNIT_SUMMARY());
}

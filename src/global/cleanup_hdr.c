/*++
/* NAME
/*	cleanup_hdr 3
/* SUMMARY
/*	message header helpers for cleanup(8)
/* SYNOPSIS
/*	#include <cleanup_hdr.h>
/*
/*	size_t	cleanup_hdr_name(line, len)
/*	const char *line;
/*	size_t	len;
/*
/*	CLEANUP_HDR_INFO cleanup_hdr_info(name, len)
/*	const char *name;
/*	size_t	len;
/*
/*	int	cleanup_hdr_in_list(name, len, list)
/*	const char *name;
/*	size_t	len;
/*	const char *list;
/*
/*	const char *cleanup_hdr_date(buf, when)
/*	VSTRING	*buf;
/*	time_t	when;
/*
/*	const char *cleanup_hdr_msgid(buf, when, queue_id, hostname)
/*	VSTRING	*buf;
/*	time_t	when;
/*	const char *queue_id;
/*	const char *hostname;
/*
/*	size_t	cleanup_hdr_stray_crlf(data, len)
/*	char	*data;
/*	size_t	len;
/* DESCRIPTION
/*	cleanup_hdr_name() returns the length of the header name when
/*	the line starts a header ("Name:" with printable ASCII other
/*	than ":" in the name, white space allowed before the colon as
/*	RFC 822 did), else 0.
/*
/*	cleanup_hdr_info() classifies a header name (case does not
/*	matter): which header it is, whether it carries sender or
/*	recipient addresses, whether it is the Resent- form. Unknown
/*	names are CLEANUP_HDR_OTHER.
/*
/*	cleanup_hdr_in_list() tells whether a header name is in a list
/*	of names separated by commas or white space
/*	(message_drop_headers).
/*
/*	cleanup_hdr_date() formats a Date: value in local time as
/*	Postfix does: "Mon,  6 May 2024 10:00:00 +0200 (CEST)".
/*
/*	cleanup_hdr_msgid() formats a Message-ID: value as Postfix
/*	does: "<YYYYMMDDhhmmss.QUEUEID@hostname>" with the time in UTC.
/*
/*	cleanup_hdr_stray_crlf() replaces every CR and LF in data with a
/*	space (cleanup_replace_stray_cr_lf: a record never holds a line
/*	end; one that does is from a broken or hostile client) and
/*	returns how many were replaced.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* Utility library. */

#include <vstring.h>

/* Global library. */

#include <cleanup_hdr.h>

 /*
  * Known headers.
  */
typedef struct CLEANUP_HDR_NAME {
    const char *name;
    int     id;
    int     flags;
} CLEANUP_HDR_NAME;

#define S CLEANUP_HDR_FLAG_SENDER
#define R CLEANUP_HDR_FLAG_RCPT

static const CLEANUP_HDR_NAME cleanup_hdr_names[] = {
    {"from", CLEANUP_HDR_FROM, S},
    {"sender", CLEANUP_HDR_SENDER, S},
    {"reply-to", CLEANUP_HDR_REPLY_TO, S},
    {"errors-to", CLEANUP_HDR_ERRORS_TO, S},
    {"return-receipt-to", CLEANUP_HDR_RETURN_RECEIPT_TO, S},
    {"to", CLEANUP_HDR_TO, R},
    {"cc", CLEANUP_HDR_CC, R},
    {"bcc", CLEANUP_HDR_BCC, R},
    {"apparently-to", CLEANUP_HDR_APPARENTLY_TO, R},
    {"date", CLEANUP_HDR_DATE, 0},
    {"message-id", CLEANUP_HDR_MESSAGE_ID, 0},
    {"received", CLEANUP_HDR_RECEIVED, 0},
    {0},
};

#undef S
#undef R

#define RESENT		"resent-"
#define RESENT_LEN	(sizeof(RESENT) - 1)

/* cleanup_hdr_name - length of the header name, 0 if not a header */

size_t  cleanup_hdr_name(const char *line, size_t len)
{
    size_t  i;
    size_t  name_len;

    for (i = 0; i < len; i++) {
	if (line[i] == ':' || line[i] == ' ' || line[i] == '\t')
	    break;
	if ((unsigned char) line[i] <= ' ' || (unsigned char) line[i] >= 0x7f)
	    return (0);
    }
    name_len = i;
    while (i < len && (line[i] == ' ' || line[i] == '\t'))
	i++;
    if (name_len == 0 || i >= len || line[i] != ':')
	return (0);
    return (name_len);
}

/* cleanup_hdr_info - classify a header name */

CLEANUP_HDR_INFO cleanup_hdr_info(const char *name, size_t len)
{
    CLEANUP_HDR_INFO info = {CLEANUP_HDR_OTHER, 0};
    const CLEANUP_HDR_NAME *hp;
    int     resent = 0;

    if (len > RESENT_LEN && strncasecmp(name, RESENT, RESENT_LEN) == 0) {
	resent = CLEANUP_HDR_FLAG_RESENT;
	name += RESENT_LEN;
	len -= RESENT_LEN;
    }
    for (hp = cleanup_hdr_names; hp->name; hp++) {
	if (strlen(hp->name) == len && strncasecmp(hp->name, name, len) == 0) {
	    info.id = hp->id;
	    info.flags = hp->flags | resent;
	    break;
	}
    }
    return (info);
}

/* cleanup_hdr_in_list - is the name in the list */

int     cleanup_hdr_in_list(const char *name, size_t len, const char *list)
{
    const char *cp = list;
    size_t  n;

    while (*cp) {
	cp += strspn(cp, ", \t\r\n");
	n = strcspn(cp, ", \t\r\n");
	if (n == len && n > 0 && strncasecmp(cp, name, len) == 0)
	    return (1);
	cp += n;
    }
    return (0);
}

/* cleanup_hdr_date - Date: value */

const char *cleanup_hdr_date(VSTRING *buf, time_t when)
{
    struct tm local;
    struct tm gmt;
    char    text[100];
    long    offset;
    char    sign = '+';

    gmtime_r(&when, &gmt);
    localtime_r(&when, &local);

    /*
     * The offset from UTC in minutes, from the two broken-down times.
     */
    offset = (local.tm_hour - gmt.tm_hour) * 60L + local.tm_min - gmt.tm_min;
    if (local.tm_year != gmt.tm_year)
	offset += (local.tm_year < gmt.tm_year ? -24 * 60L : 24 * 60L);
    else if (local.tm_yday != gmt.tm_yday)
	offset += (local.tm_yday < gmt.tm_yday ? -24 * 60L : 24 * 60L);
    if (offset < 0) {
	sign = '-';
	offset = -offset;
    }
    strftime(text, sizeof(text), "%a, %e %b %Y %H:%M:%S", &local);
    vstring_sprintf(buf, "%s %c%02ld%02ld", text, sign, offset / 60,
		    offset % 60);
    if (strftime(text, sizeof(text), "%Z", &local) > 0)
	vstring_sprintf_append(buf, " (%s)", text);
    return (vstring_str(buf));
}

/* cleanup_hdr_msgid - Message-ID: value */

const char *cleanup_hdr_msgid(VSTRING *buf, time_t when, const char *queue_id,
			              const char *hostname)
{
    struct tm gmt;
    char    stamp[32];

    gmtime_r(&when, &gmt);
    strftime(stamp, sizeof(stamp), "%Y%m%d%H%M%S", &gmt);
    vstring_sprintf(buf, "<%s.%s@%s>", stamp, queue_id, hostname);
    return (vstring_str(buf));
}

/* cleanup_hdr_stray_crlf - replace CR and LF with space */

size_t  cleanup_hdr_stray_crlf(char *data, size_t len)
{
    size_t  count = 0;
    size_t  i;

    for (i = 0; i < len; i++) {
	if (data[i] == '\r' || data[i] == '\n') {
	    data[i] = ' ';
	    count++;
	}
    }
    return (count);
}

/*++
/* NAME
/*	smtp_ehlo 3
/* SUMMARY
/*	EHLO reply features and keyword discarding
/* SYNOPSIS
/*	#include "smtp_proto.h"
/*
/*	int	smtp_ehlo_mask(words, shown)
/*	const char *words;
/*	VSTRING	*shown;
/*
/*	void	smtp_ehlo_parse(session, reply, discard_mask)
/*	SMTP_SESSION *session;
/*	const char *reply;
/*	int	discard_mask;
/* DESCRIPTION
/*	smtp_ehlo_mask() reads a keyword list as smtp_discard_ehlo_keywords
/*	and the values of smtp_discard_ehlo_keyword_address_maps give it
/*	(words separated by commas or white space, any case). A keyword
/*	that names a feature the client uses (pipelining, size, 8bitmime,
/*	dsn, enhancedstatuscodes, smtputf8, auth) sets that feature's
/*	SMTP_FEATURE_* bit in the result; "silent-discard" sets
/*	SMTP_EHLO_SILENT. Other keywords (starttls, etrn, ...) are valid
/*	but change nothing, since the client does not use them. shown gets
/*	every keyword but silent-discard in upper case, separated by a
/*	blank: the text of the "discarding EHLO keywords: ..." log line.
/*
/*	smtp_ehlo_parse() reads the reply to EHLO or LHLO. The first line
/*	(the server's name) is skipped; on each other line the keyword is
/*	the text up to a blank or "=" (so that the old "AUTH=LOGIN PLAIN"
/*	form reads like "AUTH LOGIN PLAIN"), compared without regard to
/*	case. What it records in the session:
/* .IP "PIPELINING, 8BITMIME, DSN, ENHANCEDSTATUSCODES, SMTPUTF8"
/*	the feature bit.
/* .IP "SIZE [limit]"
/*	SMTP_FEATURE_SIZE, and size_limit: the number when it is all
/*	digits and fits in a long, otherwise 0 (no limit, as for "SIZE"
/*	alone or "SIZE 0").
/* .IP "AUTH mechanism..."
/*	SMTP_FEATURE_AUTH, and the mechanisms in sasl_mechs, separated by
/*	one blank, cut at the last whole name that fits. When the server
/*	sends more than one AUTH line, the first one counts.
/* .PP
/*	SMTP_FEATURE_ESMTP is set, since the server answered EHLO. A
/*	feature in discard_mask is not recorded. Unknown keywords are
/*	ignored. Nothing here allocates memory.
/* SEE ALSO
/*	smtp_proto(3), the protocol engine that uses these
/*--*/

/* System library. */

#include <sys_defs.h>
#include <ctype.h>
#include <limits.h>
#include <string.h>
#include <strings.h>

/* Utility library. */

#include <vstring.h>

/* Application-specific. */

#include "smtp.h"
#include "smtp_proto.h"

 /*
  * The keywords the client acts on.
  */
typedef struct SMTP_EHLO_WORD {
    const char *name;
    int     feature;
} SMTP_EHLO_WORD;

static const SMTP_EHLO_WORD smtp_ehlo_words[] = {
    {"PIPELINING", SMTP_FEATURE_PIPELINING},
    {"SIZE", SMTP_FEATURE_SIZE},
    {"8BITMIME", SMTP_FEATURE_8BITMIME},
    {"DSN", SMTP_FEATURE_DSN},
    {"ENHANCEDSTATUSCODES", SMTP_FEATURE_ENHANCEDSTATUSCODES},
    {"SMTPUTF8", SMTP_FEATURE_SMTPUTF8},
    {"AUTH", SMTP_FEATURE_AUTH},
    {"SILENT-DISCARD", SMTP_EHLO_SILENT},
    {0, 0},
};

#define SMTP_EHLO_SEP	", \t\r\n"

/* smtp_ehlo_feature - the bit of a keyword, 0 when the client ignores it */

static int smtp_ehlo_feature(const char *word, size_t len)
{
    const SMTP_EHLO_WORD *wp;

    for (wp = smtp_ehlo_words; wp->name; wp++)
	if (strlen(wp->name) == len && strncasecmp(wp->name, word, len) == 0)
	    return (wp->feature);
    return (0);
}

/* smtp_ehlo_mask - the features a keyword list drops */

int     smtp_ehlo_mask(const char *words, VSTRING *shown)
{
    const char *cp = words;
    size_t  len;
    size_t  i;
    int     mask = 0;
    int     bit;

    vstring_reset(shown);
    for (;;) {
	cp += strspn(cp, SMTP_EHLO_SEP);
	if (*cp == 0)
	    break;
	len = strcspn(cp, SMTP_EHLO_SEP);
	bit = smtp_ehlo_feature(cp, len);
	mask |= bit;
	if (bit != SMTP_EHLO_SILENT) {
	    if (VSTRING_LEN(shown))
		vstring_addch(shown, ' ');
	    for (i = 0; i < len; i++)
		vstring_addch(shown, toupper((unsigned char) cp[i]));
	}
	cp += len;
    }
    return (mask);
}

/* smtp_ehlo_size - the SIZE limit, 0 for none or nonsense */

static long smtp_ehlo_size(const char *cp, size_t len)
{
    long    limit = 0;
    size_t  i;

    for (i = 0; i < len; i++) {
	if (!isdigit((unsigned char) cp[i]))
	    return (0);
	if (limit > (LONG_MAX - 9) / 10)
	    return (0);
	limit = limit * 10 + (cp[i] - '0');
    }
    return (limit);
}

/* smtp_ehlo_mechs - copy the AUTH mechanism names, whole names only */

static void smtp_ehlo_mechs(char *mechs, size_t size, const char *cp,
			            size_t len)
{
    const char *end = cp + len;
    size_t  used = 0;
    size_t  wlen;

    while (cp < end) {
	while (cp < end && (*cp == ' ' || *cp == '\t' || *cp == '='))
	    cp++;
	for (wlen = 0; cp + wlen < end && cp[wlen] != ' ' && cp[wlen] != '\t'
	     && cp[wlen] != '='; wlen++)
	     /* void */ ;
	if (wlen == 0)
	    break;
	if (used + (used > 0) + wlen + 1 > size)
	    break;
	if (used > 0)
	    mechs[used++] = ' ';
	memcpy(mechs + used, cp, wlen);
	used += wlen;
	cp += wlen;
    }
    mechs[used] = 0;
}

/* smtp_ehlo_parse - record the features of an EHLO reply */

void    smtp_ehlo_parse(SMTP_SESSION *session, const char *reply,
			        int discard_mask)
{
    const char *line;
    const char *next;
    const char *word;
    const char *args;
    size_t  line_len;
    size_t  word_len;
    int     feature;
    int     have_auth = 0;

    session->features |= SMTP_FEATURE_ESMTP;
    session->size_limit = 0;
    session->sasl_mechs[0] = 0;

    /*
     * Each line is "250-keyword args" or "250 keyword args"; the first
     * line is the greeting.
     */
    for (line = strchr(reply, '\n'); line != 0; line = next) {
	line += 1;
	next = strchr(line, '\n');
	line_len = next ? (size_t) (next - line) : strlen(line);
	if (line_len <= 4)
	    continue;
	word = line + 4;
	line_len -= 4;
	while (line_len > 0 && (word[line_len - 1] == ' '
				|| word[line_len - 1] == '\t'))
	    line_len--;
	word_len = 0;
	while (word_len < line_len && word[word_len] != ' '
	       && word[word_len] != '\t' && word[word_len] != '=')
	    word_len++;
	args = word + word_len;
	while (args < word + line_len && (*args == ' ' || *args == '\t'
					  || *args == '='))
	    args++;
	feature = smtp_ehlo_feature(word, word_len);
	if (feature == 0 || feature == SMTP_EHLO_SILENT
	    || (feature & discard_mask) != 0)
	    continue;
	session->features |= feature;
	if (feature == SMTP_FEATURE_SIZE) {
	    session->size_limit = smtp_ehlo_size(args, word + line_len - args);
	} else if (feature == SMTP_FEATURE_AUTH && !have_auth) {
	    smtp_ehlo_mechs(session->sasl_mechs, sizeof(session->sasl_mechs),
			    args, word + line_len - args);
	    have_auth = 1;
	}
    }
}

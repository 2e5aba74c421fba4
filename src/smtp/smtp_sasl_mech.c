/*++
/* NAME
/*	smtp_sasl_mech 3
/* SUMMARY
/*	SASL mechanisms of the SMTP/LMTP client, without Cyrus
/* SYNOPSIS
/*	#include "smtp.h"
/*
/*	const char *smtp_sasl_mech_pick(offered, filter, security_options,
/*					encrypted)
/*	const char *offered;
/*	const char *filter;
/*	const char *security_options;
/*	int	encrypted;
/*
/*	int	smtp_sasl_mech_step(mech, step, user, passwd, challenge, len,
/*					response)
/*	const char *mech;
/*	int	step;
/*	const char *user;
/*	const char *passwd;
/*	const char *challenge;
/*	size_t	len;
/*	VSTRING	*response;
/* DESCRIPTION
/*	The three mechanisms that mail relays and submission services
/*	offer in practice, in our order of preference:
/* .IP CRAM-MD5
/*	RFC 2195: no initial response; the answer to the server's
/*	challenge is the user name, a space and the lower-case hex
/*	HMAC-MD5 of the challenge keyed with the password (BearSSL).
/*	The password does not cross the wire. An empty challenge is
/*	refused (its answer could be replayed).
/* .IP PLAIN
/*	RFC 4616: the initial response is an empty authorization
/*	identity, NUL, the user name, NUL, the password. No challenge
/*	is expected after it.
/* .IP LOGIN
/*	The old Microsoft mechanism: no initial response; the first
/*	challenge ("Username:") gets the user name and the second
/*	("Password:") the password, whatever the challenge text says,
/*	as common clients do. A third challenge is refused.
/* .PP
/*	smtp_sasl_mech_pick() returns the first of ours (in the spelling
/*	above) that is in each of these, or a null pointer:
/* .IP offered
/*	The server's AUTH list as the EHLO parser keeps it: names
/*	separated by blanks (commas are also accepted), compared without
/*	regard to case. Unknown names, over-long names and an empty list
/*	are harmless.
/* .IP filter
/*	smtp_sasl_mechanism_filter; empty: every mechanism. Otherwise a
/*	list of names, each optionally preceded by "!", separated by
/*	commas or blanks and compared without regard to case; the first
/*	entry that matches decides (a "!" entry excludes), and a
/*	mechanism that no entry matches is excluded, as with Postfix's
/*	string lists. A "static:" table entry matches every mechanism
/*	(Postfix's "!gssapi, static:rest" idiom). Other tables and
/*	"/file/name" entries match nothing here.
/* .IP security_options
/*	smtp_sasl_security_options as Postfix defines them for Cyrus.
/*	noplaintext refuses PLAIN and LOGIN unless encrypted is non-zero.
/*	noanonymous and nodictionary are always met (we have no
/*	anonymous mechanism; CRAM-MD5 is taken as acceptable for
/*	nodictionary). noactive and mutual_auth refuse every mechanism
/*	of ours, since none resists an active attacker or authenticates
/*	the server. An unknown word also refuses everything, so that a
/*	misspelt "noplaintext" cannot let a password out in clear;
/*	smtp_sasl_init() warns about such a configuration.
/* .PP
/*	smtp_sasl_mech_step() replaces response with the answer to one
/*	step of mech (a name that smtp_sasl_mech_pick() returned). Step
/*	0 makes the initial response from a null challenge; an empty
/*	result means that the mechanism has none (CRAM-MD5, LOGIN), so
/*	that the client sends AUTH without one. Step N (N >= 1) answers
/*	the N-th challenge from the server, decoded from base64 (len
/*	bytes, not null-terminated). The result is raw bytes; the caller
/*	encodes it. Nothing here does I/O, logs, or allocates memory.
/* DIAGNOSTICS
/*	smtp_sasl_mech_step() returns -1 for a challenge the mechanism
/*	cannot answer (one too many, an empty CRAM-MD5 challenge), or
/*	when the response does not fit the fixed-capacity response
/*	buffer; the response is then cleared. Panic: an unknown
/*	mechanism name (a programming error).
/* SEE ALSO
/*	smtp_sasl(3), the AUTH dialogue
/*	RFC 4954, SMTP AUTH
/*--*/

#include <sys_defs.h>
#include <string.h>
#include <strings.h>

#include <bearssl_hash.h>
#include <bearssl_hmac.h>

#include <msg.h>
#include <vstring.h>
#include "smtp.h"

 /*
  * One mechanism: its name, whether it sends the password itself, and
  * its step function.
  */
typedef int (*SMTP_SASL_STEP_FN) (int, const char *, const char *,
				          const char *, size_t, VSTRING *);

typedef struct SMTP_SASL_MECH {
    const char *name;
    int     plaintext;
    SMTP_SASL_STEP_FN step;
} SMTP_SASL_MECH;

#define SMTP_SASL_LIST_SEP	", \t\r\n"
#define SMTP_SASL_MD5_LEN	16

/* smtp_sasl_mech_wipe - clear secret memory in a way the compiler keeps */

static void smtp_sasl_mech_wipe(void *ptr, size_t len)
{
    volatile unsigned char *cp = (volatile unsigned char *) ptr;

    while (len-- > 0)
	*cp++ = 0;
}

/* smtp_sasl_plain - RFC 4616 */

static int smtp_sasl_plain(int step, const char *user, const char *passwd,
			           const char *challenge, size_t len,
			           VSTRING *response)
{
    (void) challenge;
    (void) len;
    if (step != 0)
	return (-1);
    vstring_addch(response, 0);
    vstring_strcat(response, user);
    vstring_addch(response, 0);
    vstring_strcat(response, passwd);
    return (0);
}

/* smtp_sasl_login - user name at the first challenge, password at the second */

static int smtp_sasl_login(int step, const char *user, const char *passwd,
			           const char *challenge, size_t len,
			           VSTRING *response)
{
    (void) challenge;
    (void) len;
    switch (step) {
    case 0:
	return (0);
    case 1:
	vstring_strcpy(response, user);
	return (0);
    case 2:
	vstring_strcpy(response, passwd);
	return (0);
    default:
	return (-1);
    }
}

/* smtp_sasl_cram_md5 - RFC 2195 */

static int smtp_sasl_cram_md5(int step, const char *user, const char *passwd,
			              const char *challenge, size_t len,
			              VSTRING *response)
{
    static const char hex[] = "0123456789abcdef";
    br_hmac_key_context key;
    br_hmac_context hmac;
    unsigned char digest[SMTP_SASL_MD5_LEN];
    int     i;

    if (step == 0)
	return (0);
    if (step != 1 || len == 0)
	return (-1);
    br_hmac_key_init(&key, &br_md5_vtable, passwd, strlen(passwd));
    br_hmac_init(&hmac, &key, 0);
    br_hmac_update(&hmac, challenge, len);
    br_hmac_out(&hmac, digest);
    vstring_strcpy(response, user);
    vstring_addch(response, ' ');
    for (i = 0; i < SMTP_SASL_MD5_LEN; i++) {
	vstring_addch(response, hex[digest[i] >> 4]);
	vstring_addch(response, hex[digest[i] & 0xf]);
    }
    /* The key schedule and the HMAC state are derived from the password. */
    smtp_sasl_mech_wipe(&key, sizeof(key));
    smtp_sasl_mech_wipe(&hmac, sizeof(hmac));
    return (0);
}

static const SMTP_SASL_MECH smtp_sasl_mechs[] = {
    {"CRAM-MD5", 0, smtp_sasl_cram_md5},
    {"PLAIN", 1, smtp_sasl_plain},
    {"LOGIN", 1, smtp_sasl_login},
    {0, 0, 0},
};

/* smtp_sasl_token - the next list token, not null-terminated */

static const char *smtp_sasl_token(const char **cpp, size_t *lenp)
{
    const char *start = *cpp + strspn(*cpp, SMTP_SASL_LIST_SEP);

    if (*start == 0)
	return (0);
    *lenp = strcspn(start, SMTP_SASL_LIST_SEP);
    *cpp = start + *lenp;
    return (start);
}

/* smtp_sasl_word - does a token spell the word, regardless of case */

static int smtp_sasl_word(const char *token, size_t len, const char *word)
{
    return (strlen(word) == len && strncasecmp(token, word, len) == 0);
}

/* smtp_sasl_offered - is the mechanism in the server's list */

static int smtp_sasl_offered(const char *offered, const char *name)
{
    const char *token;
    size_t  len;

    while ((token = smtp_sasl_token(&offered, &len)) != 0)
	if (smtp_sasl_word(token, len, name))
	    return (1);
    return (0);
}

/* smtp_sasl_filtered - does the mechanism filter let the mechanism through */

static int smtp_sasl_filtered(const char *filter, const char *name)
{
    const char *token;
    size_t  len;
    int     negate;

    if (*filter == 0)
	return (1);
    while ((token = smtp_sasl_token(&filter, &len)) != 0) {
	if ((negate = (*token == '!')) != 0) {
	    token++;
	    len--;
	}
	if (len >= 7 && strncasecmp(token, "static:", 7) == 0)
	    return (!negate);
	if (smtp_sasl_word(token, len, name))
	    return (!negate);
    }
    return (0);
}

/* smtp_sasl_secure - do the security options permit the mechanism */

static int smtp_sasl_secure(const char *options, const SMTP_SASL_MECH *mech,
			            int encrypted)
{
    const char *token;
    size_t  len;

    while ((token = smtp_sasl_token(&options, &len)) != 0) {
	if (smtp_sasl_word(token, len, "noplaintext")) {
	    if (mech->plaintext && !encrypted)
		return (0);
	} else if (smtp_sasl_word(token, len, "noanonymous")
		   || smtp_sasl_word(token, len, "nodictionary")) {
	     /* always met */ ;
	} else {
	    /* noactive, mutual_auth, or a word we do not know. */
	    return (0);
	}
    }
    return (1);
}

/* smtp_sasl_mech_pick - our preferred mechanism that everything permits */

const char *smtp_sasl_mech_pick(const char *offered, const char *filter,
				        const char *security_options,
				        int encrypted)
{
    const SMTP_SASL_MECH *mech;

    for (mech = smtp_sasl_mechs; mech->name != 0; mech++)
	if (smtp_sasl_offered(offered, mech->name)
	    && smtp_sasl_filtered(filter, mech->name)
	    && smtp_sasl_secure(security_options, mech, encrypted))
	    return (mech->name);
    return (0);
}

/* smtp_sasl_mech_step - one response of a mechanism */

int     smtp_sasl_mech_step(const char *mech, int step, const char *user,
			            const char *passwd, const char *challenge,
			            size_t len, VSTRING *response)
{
    const SMTP_SASL_MECH *mp;

    for (mp = smtp_sasl_mechs; mp->name != 0; mp++)
	if (strcasecmp(mp->name, mech) == 0)
	    break;
    if (mp->name == 0)
	msg_panic("smtp_sasl_mech_step: unknown mechanism \"%s\"", mech);
    vstring_reset(response);
    if (mp->step(step, user, passwd, challenge, len, response) < 0
	|| vstring_overflowed(response)) {
	smtp_sasl_mech_wipe(vstring_str(response), VSTRING_LEN(response));
	vstring_reset(response);
	return (-1);
    }
    return (0);
}

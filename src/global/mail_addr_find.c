/*++
/* NAME
/*	mail_addr_find 3
/* SUMMARY
/*	look up an address in tables, the way Postfix does
/* SYNOPSIS
/*	#include <mail_addr_find.h>
/*
/*	const char *mail_addr_find(maps, address, delims, strategy, extension)
/*	MAPS	*maps;
/*	const char *address;
/*	const char *delims;
/*	int	strategy;
/*	VSTRING	*extension;
/*
/*	const char *mail_addr_split(localpart, delims)
/*	const char *localpart;
/*	const char *delims;
/* DESCRIPTION
/*	mail_addr_find() searches maps for an address (internal form,
/*	no quoting) with the keys that canonical(5), virtual(5) and
/*	friends document, in this order, and returns the first value
/*	found:
/* .IP "user+ext@domain (MAIL_ADDR_FIND_FULL)"
/*	The address as given. This is the only key that is also
/*	given to pattern tables (regexp:, cidr:).
/* .IP "user@domain (MAIL_ADDR_FIND_NOEXT)"
/*	Without the extension; fixed-string tables only.
/* .IP "user+ext, user (MAIL_ADDR_FIND_LOCALPART)"
/*	The localpart with and without extension; fixed-string
/*	tables only. The caller sets this bit only when the domain is
/*	one of ours (Postfix: mydestination and friends), as local
/*	aliases must not capture other domains' users.
/* .IP "@domain (MAIL_ADDR_FIND_AT_DOMAIN)"
/*	The catch-all for the domain; fixed-string tables only.
/* .PP
/*	An address without "@" is tried as user+ext, then as user.
/*	A key equal to the one tried just before it is not tried
/*	again.
/*
/*	The extension starts at the first character of the localpart
/*	that is in delims (recipient_delimiter; empty or null: no
/*	extensions). As Postfix does, postmaster and MAILER-DAEMON are
/*	never split, nor (when "-" is a delimiter) owner-foo and
/*	foo-request, nor a localpart that starts with a delimiter.
/*	When the value was found with a key that lacks the extension,
/*	the extension, starting with its delimiter ("+ext"), is stored
/*	in extension (if not null); otherwise extension is made empty.
/*
/*	Case: tables opened with DICT_FLAG_FOLD_FIX fold the keys;
/*	regexp tables match case-insensitively by default. The
/*	extension keeps its case.
/*
/*	The result belongs to the table that answered (see dict_get()).
/*	A null result with maps->error == DICT_ERR_NONE means not
/*	found; otherwise a table failed and the search stopped. Keys
/*	are built in a buffer on the stack: no memory is allocated. A
/*	localpart longer than DICT_KEY_MAX is only looked up as given.
/*
/*	mail_addr_split() returns a pointer to the delimiter that
/*	starts the extension of a localpart (a null-terminated string),
/*	or a null pointer when the localpart has no extension by the
/*	rules above.
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <msg.h>
#include <vstring.h>
#include <dict.h>
#include <maps.h>
#include <mail_addr_find.h>

/* mail_addr_split - where the extension starts */

const char *mail_addr_split(const char *localpart, const char *delims)
{
    const char *ext;
    size_t  len = strlen(localpart);

    if (delims == 0 || *delims == 0 || len == 0)
	return (0);
    if (strcasecmp(localpart, "postmaster") == 0
	|| strcasecmp(localpart, "mailer-daemon") == 0)
	return (0);
    if (strchr(delims, '-') != 0
	&& (strncasecmp(localpart, "owner-", 6) == 0
	    || (len > 8 && strcasecmp(localpart + len - 8, "-request") == 0)))
	return (0);
    ext = localpart + strcspn(localpart, delims);
    if (*ext == 0 || ext == localpart)
	return (0);
    return (ext);
}

 /*
  * State of one search.
  */
typedef struct MAIL_ADDR_FIND_STATE {
    MAPS   *maps;
    char    key[DICT_KEY_MAX + 2];	/* the key being tried */
    char    last[DICT_KEY_MAX + 2];	/* the key tried before it */
    VSTRING *extension;			/* result, or null */
} MAIL_ADDR_FIND_STATE;

/* mail_addr_find_try - compose a key from parts and look it up */

static const char *mail_addr_find_try(MAIL_ADDR_FIND_STATE *state, int flags,
				              const char *ext,
				              const char *prefix, size_t prefix_len,
				              const char *at_domain)
{
    const char *value;
    int     len;

    len = snprintf(state->key, sizeof(state->key), "%.*s%s",
		   (int) prefix_len, prefix, at_domain ? at_domain : "");
    if (len < 0 || (size_t) len >= sizeof(state->key))
	return (0);
    if (strcmp(state->key, state->last) == 0)
	return (0);
    strcpy(state->last, state->key);
    if (msg_verbose)
	msg_info("%s: trying \"%s\"", state->maps->title, state->key);
    if ((value = maps_find(state->maps, state->key, flags)) != 0
	&& ext != 0 && state->extension != 0)
	vstring_strcpy(state->extension, ext);
    return (value);
}

 /*
  * Try one key form; return from the search when it answered or failed.
  */
#define TRY(flags, ext, prefix, len, at_domain) do { \
	value = mail_addr_find_try(&state, (flags), (ext), (prefix), (len), \
				   (at_domain)); \
	if (value != 0 || maps->error != DICT_ERR_NONE) \
	    return (value); \
    } while (0)

/* mail_addr_find - search tables for an address */

const char *mail_addr_find(MAPS *maps, const char *address, const char *delims,
			           int strategy, VSTRING *extension)
{
    MAIL_ADDR_FIND_STATE state;
    char    local[DICT_KEY_MAX + 1];
    const char *at = strrchr(address, '@');
    size_t  local_len = at ? (size_t) (at - address) : strlen(address);
    const char *ext;
    size_t  user_len;
    const char *value;

    state.maps = maps;
    state.extension = extension;
    state.last[0] = 0;
    state.key[0] = 0;
    maps->error = DICT_ERR_NONE;
    if (extension)
	vstring_reset(extension);

    /* The address as given, in every table. */
    if (strategy & MAIL_ADDR_FIND_FULL) {
	if ((value = maps_find(maps, address, 0)) != 0 || maps->error)
	    return (value);
	if (strlen(address) < sizeof(state.last))
	    strcpy(state.last, address);
    }
    if (local_len >= sizeof(local))
	return (0);
    memcpy(local, address, local_len);
    local[local_len] = 0;
    ext = mail_addr_split(local, delims);
    user_len = ext ? (size_t) (ext - local) : local_len;

    if (at != 0) {
	if ((strategy & MAIL_ADDR_FIND_NOEXT) && ext)
	    TRY(DICT_FLAG_FIXED, ext, local, user_len, at);
	if (strategy & MAIL_ADDR_FIND_LOCALPART) {
	    TRY(DICT_FLAG_FIXED, 0, local, local_len, 0);
	    if (ext)
		TRY(DICT_FLAG_FIXED, ext, local, user_len, 0);
	}
	if (strategy & MAIL_ADDR_FIND_AT_DOMAIN)
	    TRY(DICT_FLAG_FIXED, 0, "", 0, at);
    } else {
	if (strategy & MAIL_ADDR_FIND_LOCALPART)
	    TRY(DICT_FLAG_FIXED, 0, local, local_len, 0);
	if (ext && (strategy & (MAIL_ADDR_FIND_NOEXT | MAIL_ADDR_FIND_LOCALPART)))
	    TRY(DICT_FLAG_FIXED, ext, local, user_len, 0);
    }
    return (0);
}

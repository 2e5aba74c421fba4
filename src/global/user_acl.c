/*++
/* NAME
/*	user_acl 3
/* SUMMARY
/*	check a user against a list of user names
/* SYNOPSIS
/*	#include <user_acl.h>
/*
/*	const char *user_acl_check(title, acl, uid)
/*	const char *title;
/*	const char *acl;
/*	uid_t	uid;
/* DESCRIPTION
/*	user_acl_check() decides whether the user with real user ID
/*	uid is on a list such as authorized_submit_users (title is the
/*	parameter name, acl its value). The login name of uid, or
/*	"unknown" when the password file has no entry for it, is
/*	matched against the list as match_list(3) does: user names,
/*	"type:table" (any value is a match; static:anyone matches
/*	everyone), "/file/name" and "!pattern", left to right, the
/*	first match decides. An empty list, or a list that nothing
/*	matches, refuses everyone.
/*
/*	The result is a null pointer when the user is allowed, and
/*	otherwise the name that was refused, for the caller's message
/*	("User %s(%ld) is not allowed to submit mail"); it lives until
/*	the next call.
/* DIAGNOSTICS
/*	A table that fails during the lookup refuses the user with a
/*	warning. Fatal: a table or file that cannot be opened.
/*--*/

#include <sys_defs.h>
#include <pwd.h>
#include <stdio.h>

#include <msg.h>
#include <match_list.h>
#include <user_acl.h>

/* user_acl_check - is the user on the list */

const char *user_acl_check(const char *title, const char *acl, uid_t uid)
{
    static char name[256];
    struct passwd *pw;
    MATCH_LIST *list;
    int     found;

    if ((pw = getpwuid(uid)) != 0)
	snprintf(name, sizeof(name), "%s", pw->pw_name);
    else
	snprintf(name, sizeof(name), "%s", "unknown");
    list = match_list_init(title, acl, MATCH_FLAG_EXACT);
    if ((found = match_list_match(list, name, (const char *) 0)) < 0)
	msg_warn("%s: table lookup problem for user %s", title, name);
    return (found > 0 ? (const char *) 0 : name);
}

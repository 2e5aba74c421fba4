/*++
/* NAME
/*	mail_user 3
/* SUMMARY
/*	the user and groups of the mail system
/* SYNOPSIS
/*	#include <mail_user.h>
/*
/*	uid_t	mail_user_uid;
/*	gid_t	mail_user_gid;
/*	int	mail_user_single;
/*
/*	void	mail_user_init(flags)
/*	int	flags;
/*
/*	gid_t	mail_user_setgid_group()
/* DESCRIPTION
/*	mail_user_init() decides who the daemons run as, after
/*	mail_params_init(params_common). master(8), postfix(1) and the
/*	server skeleton all call it, so they apply one rule with one
/*	wording:
/* .IP \(bu
/*	$mail_owner, when the password file knows it, must have neither
/*	user ID 0 nor group ID 0, whoever starts the mail system.
/*	Postlet never runs its daemons as root by way of mail_owner.
/* .IP \(bu
/*	Started as root, the daemons run as $mail_owner: its user ID
/*	and primary group (mail_user_uid, mail_user_gid). The user must
/*	exist.
/* .IP \(bu
/*	Started by any other user, the whole mail system runs as that
/*	user (single-user mode, for containers, rootless firmware and
/*	tests; no set-id bits are needed): mail_user_single is set,
/*	mail_user_uid and mail_user_gid are the invoking user's.
/*	$mail_owner should then name that user. When it names someone
/*	else, or nobody the password file knows (a container with a
/*	numeric user ID), it is ignored: nobody can switch to another
/*	user without privileges, so refusing to run would only make
/*	the default main.cf unusable. With MAIL_USER_FLAG_WARN this is
/*	said in a warning: master(8) at start-up, postfix(1) check and
/*	set-permissions (which set owners); daemons and other commands
/*	stay quiet.
/* .PP
/*	mail_user_setgid_group() returns the group ID of $setgid_group,
/*	the group of postdrop(1) and postqueue(1); in single-user mode
/*	the invoking user's group. Call mail_user_init() first.
/* DIAGNOSTICS
/*	Fatal errors, worded as Postfix's: an unknown mail_owner (as
/*	root) or setgid_group, a mail_owner with user ID 0 or group ID
/*	0, a setgid_group with group ID 0 or the same group ID as
/*	mail_owner.
/*--*/

#include <sys_defs.h>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <msg.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <mail_user.h>

uid_t   mail_user_uid;
gid_t   mail_user_gid;
int     mail_user_single;

/* mail_user_init - who the daemons run as */

void    mail_user_init(int flags)
{
    struct passwd *pw;

    if ((pw = getpwnam(var_mail_owner)) != 0) {
	if (pw->pw_uid == 0)
	    msg_fatal("file %s/main.cf: parameter %s: user %s has privileged "
		      "user ID", mail_conf_dir(), VAR_MAIL_OWNER,
		      var_mail_owner);
	if (pw->pw_gid == 0)
	    msg_fatal("file %s/main.cf: parameter %s: user %s has privileged "
		      "group ID", mail_conf_dir(), VAR_MAIL_OWNER,
		      var_mail_owner);
    }
    if (geteuid() != 0) {
	mail_user_single = 1;
	mail_user_uid = geteuid();
	mail_user_gid = getegid();
	if ((flags & MAIL_USER_FLAG_WARN) && (pw == 0 || pw->pw_uid != mail_user_uid))
	    msg_warn("%s = %s is ignored: not started by root, every process "
		     "runs as user ID %ld (single-user mode)", VAR_MAIL_OWNER,
		     var_mail_owner, (long) mail_user_uid);
	return;
    }
    mail_user_single = 0;
    if (pw == 0)
	msg_fatal("file %s/main.cf: parameter %s: unknown user name value: %s",
		  mail_conf_dir(), VAR_MAIL_OWNER, var_mail_owner);
    mail_user_uid = pw->pw_uid;
    mail_user_gid = pw->pw_gid;
}

/* mail_user_setgid_group - the group of the set-gid commands */

gid_t   mail_user_setgid_group(void)
{
    struct group *gr;

    if (mail_user_single)
	return (mail_user_gid);
    if ((gr = getgrnam(var_setgid_group)) == 0)
	msg_fatal("file %s/main.cf: parameter %s: unknown group name: %s",
		  mail_conf_dir(), VAR_SETGID_GROUP, var_setgid_group);
    if (gr->gr_gid == 0)
	msg_fatal("file %s/main.cf: parameter %s: group %s has privileged group ID",
		  mail_conf_dir(), VAR_SETGID_GROUP, var_setgid_group);
    if (gr->gr_gid == mail_user_gid)
	msg_fatal("file %s/main.cf: parameters %s and %s: user %s and group %s "
		  "have the same group ID: %ld", mail_conf_dir(),
		  VAR_MAIL_OWNER, VAR_SETGID_GROUP, var_mail_owner,
		  var_setgid_group, (long) gr->gr_gid);
    return (gr->gr_gid);
}

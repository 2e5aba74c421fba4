/*++
/* NAME
/*	postfix_check 3
/* SUMMARY
/*	queue directories, permissions and master.cf upgrades
/* SYNOPSIS
/*	#include "postfix.h"
/*
/*	int	postfix_check_dirs(flags)
/*	int	flags;
/*
/*	int	postfix_check_fatal()
/*
/*	int	postfix_upgrade_master()
/* DESCRIPTION
/*	postfix_check_dirs() walks the directories of an instance with
/*	the owners and modes of Postfix's installation:
/*
/* .nf
/*	    queue_directory            root        755
/*	    queue_directory/pid        root        755
/*	    active bounce corrupt defer deferred flush hold incoming
/*	    saved trace private        mail_owner  700
/*	    maildrop                   mail_owner  1730  group setgid_group
/*	    public                     mail_owner  710   group setgid_group
/*	    data_directory             mail_owner  700
/* .fi
/*
/*	In single-user mode every owner is the invoking user and the
/*	group is left alone. With POSTFIX_CHECK_CREATE a missing
/*	directory is created with its owner and mode; with
/*	POSTFIX_CHECK_FIX an existing one gets them too (set-permissions);
/*	with POSTFIX_CHECK_WARN a wrong owner, group or a group/world
/*	writable directory is reported as Postfix's check does ("not
/*	owned by postfix: path", "group or other writable: path"), and
/*	so is every file in corrupt/ ("damaged message: path"). The
/*	result is -1 when a directory could not be created or fixed.
/*
/*	postfix_check_fatal() is the part of "check" that stops a start:
/*	master.cf must exist, and a non-empty maillog_file needs the
/*	postlog service in master.cf.
/*
/*	postfix_upgrade_master() adds Postlet's postlog service to
/*	master.cf when it is missing ("upgrade-configuration"), through
/*	an atomic rewrite.
/* DIAGNOSTICS
/*	Warnings and errors through msg(3), with the path concerned.
/*--*/

#include <sys_defs.h>
#include <sys/stat.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <msg.h>
#include <mymalloc.h>
#include <stringops.h>
#include <vstring.h>
#include <atomic_file.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <master_ent.h>
#include <mail_user.h>
#include "postfix.h"

#define OWN_ROOT	0
#define OWN_MAIL	1

typedef struct POSTFIX_DIR {
    const char *name;			/* under queue_directory */
    int     owner;			/* OWN_ROOT or OWN_MAIL */
    int     setgid_group;		/* group is setgid_group */
    mode_t  mode;
} POSTFIX_DIR;

static const POSTFIX_DIR postfix_dirs[] = {
    {".", OWN_ROOT, 0, 0755},
    {"pid", OWN_ROOT, 0, 0755},
    {"active", OWN_MAIL, 0, 0700},
    {"bounce", OWN_MAIL, 0, 0700},
    {"corrupt", OWN_MAIL, 0, 0700},
    {"defer", OWN_MAIL, 0, 0700},
    {"deferred", OWN_MAIL, 0, 0700},
    {"flush", OWN_MAIL, 0, 0700},
    {"hold", OWN_MAIL, 0, 0700},
    {"incoming", OWN_MAIL, 0, 0700},
    {"private", OWN_MAIL, 0, 0700},
    {"maildrop", OWN_MAIL, 1, 01730},
    {"public", OWN_MAIL, 1, 0710},
    {"saved", OWN_MAIL, 0, 0700},
    {"trace", OWN_MAIL, 0, 0700},
};

/* postfix_check_one - create, fix or check one directory */

static int postfix_check_one(const char *path, int owner, int sgid,
			             mode_t mode, int flags)
{
    struct stat st;
    uid_t   uid = mail_user_single ? mail_user_uid :
    (owner == OWN_ROOT ? 0 : mail_user_uid);
    gid_t   gid = mail_user_single ? mail_user_gid :
    (owner == OWN_ROOT ? 0 : sgid ? postfix_setgid_gid : mail_user_gid);
    int     created = 0;

    if (lstat(path, &st) < 0) {
	if (errno != ENOENT || (flags & POSTFIX_CHECK_CREATE) == 0) {
	    msg_warn("%s: %m", path);
	    return (-1);
	}
	if (mkdir(path, mode & 0777) < 0 && errno != EEXIST) {
	    msg_error("create directory %s: %m", path);
	    return (-1);
	}
	created = 1;
    } else if (!S_ISDIR(st.st_mode)) {
	msg_error("not a directory: %s", path);
	return (-1);
    }
    if (created || (flags & POSTFIX_CHECK_FIX)) {
	if ((!mail_user_single || created) && chown(path, uid, gid) < 0) {
	    msg_error("chown %s: %m", path);
	    return (-1);
	}
	if (chmod(path, mode) < 0) {
	    msg_error("chmod %s: %m", path);
	    return (-1);
	}
	return (0);
    }
    if (flags & POSTFIX_CHECK_WARN) {
	if (st.st_uid != uid)
	    msg_warn("not owned by %s: %s", owner == OWN_ROOT && !mail_user_single ?
		     "root" : var_mail_owner, path);
	if (!mail_user_single && sgid && st.st_gid != gid)
	    msg_warn("not owned by group %s: %s", var_setgid_group, path);
	if ((st.st_mode & 022) != 0 && (mode & 022) == 0)
	    msg_warn("group or other writable: %s", path);
    }
    return (0);
}

/* postfix_check_corrupt - report damaged messages */

static void postfix_check_corrupt(const char *dir)
{
    struct dirent *dp;
    DIR    *dirp;

    if ((dirp = opendir(dir)) == 0)
	return;
    while ((dp = readdir(dirp)) != 0)
	if (dp->d_name[0] != '.')
	    msg_warn("damaged message: %s/%s", dir, dp->d_name);
    (void) closedir(dirp);
}

/* postfix_check_dirs - the instance's directories */

int     postfix_check_dirs(int flags)
{
    VSTRING *path = vstring_alloc(100);
    size_t  n;
    int     ret = 0;

    for (n = 0; n < ARRAY_LEN(postfix_dirs); n++) {
	if (strcmp(postfix_dirs[n].name, ".") == 0)
	    vstring_strcpy(path, var_queue_directory);
	else
	    vstring_sprintf(path, "%s/%s", var_queue_directory,
			    postfix_dirs[n].name);
	if (postfix_check_one(vstring_str(path), postfix_dirs[n].owner,
			      postfix_dirs[n].setgid_group,
			      postfix_dirs[n].mode, flags) < 0)
	    ret = -1;
    }
    if (postfix_check_one(var_data_directory, OWN_MAIL, 0, 0700, flags) < 0)
	ret = -1;
    if (flags & POSTFIX_CHECK_WARN) {
	vstring_sprintf(path, "%s/corrupt", var_queue_directory);
	postfix_check_corrupt(vstring_str(path));
    }
    vstring_free(path);
    return (ret);
}

/* postfix_has_postlog - does master.cf have the postlog service? */

static int postfix_has_postlog(const char *path)
{
    MASTER_ENT **list;
    int     count;
    int     found = 0;
    int     n;

    list = master_ent_read(path, &count);
    for (n = 0; n < count; n++)
	if (strcmp(list[n]->service, var_postlog_service_name) == 0
	    && strcmp(list[n]->type, "unix-dgram") == 0)
	    found = 1;
    master_ent_free_list(list, count);
    return (found);
}

/* postfix_check_fatal - what must be right before a start */

int     postfix_check_fatal(void)
{
    char   *path = concatenate(var_config_directory, "/master.cf", (char *) 0);
    int     ret = 0;

    if (access(path, F_OK) < 0) {
	msg_error("no %s file found", path);
	ret = -1;
    } else if (*var_maillog_file && !postfix_has_postlog(path)) {
	msg_error("missing '%s' service in master.cf - run 'postfix "
		  "upgrade-configuration'", var_postlog_service_name);
	ret = -1;
    }
    myfree(path);
    return (ret);
}

/* postfix_upgrade_master - add missing services to master.cf */

int     postfix_upgrade_master(void)
{
    char   *path = concatenate(var_config_directory, "/master.cf", (char *) 0);
    VSTRING *why = vstring_alloc(100);
    ATOMIC_FILE *af;
    FILE   *fp;
    char    buf[4096];
    size_t  len;
    int     ret = 0;

    if (access(path, F_OK) == 0 && postfix_has_postlog(path))
	goto done;
    msg_info("Editing %s, adding missing entry for %s unix-dgram service",
	     path, var_postlog_service_name);
    if ((af = atomic_file_open(path, 0644, why)) == 0) {
	msg_error("%s", vstring_str(why));
	ret = -1;
	goto done;
    }
    if ((fp = fopen(path, "r")) != 0) {
	while ((len = fread(buf, 1, sizeof(buf), fp)) > 0)
	    fwrite(buf, 1, len, af->fp);
	(void) fclose(fp);
    }
    fprintf(af->fp, "%-9s unix-dgram n  -       n       -       1       "
	    "postlogd\n", var_postlog_service_name);
    if (atomic_file_commit(af, why) < 0) {
	msg_error("%s", vstring_str(why));
	ret = -1;
    }

done:
    vstring_free(why);
    myfree(path);
    return (ret);
}

/*++
/* NAME
/*	master_conf 3
/* SUMMARY
/*	master.cf to services; reload
/* SYNOPSIS
/*	#include "master.h"
/*
/*	MASTER_SERV *master_head;
/*
/*	void	master_vars_init()
/*
/*	void	master_config()
/*
/*	void	master_refresh()
/* DESCRIPTION
/*	master_vars_init() (re-)reads main.cf and the parameters that
/*	master uses.
/*
/*	master_config() reads $config_directory/master.cf and brings the
/*	service list in line with it. A service is known by its type
/*	and endpoint (inet "host:port", or the socket or fifo path), so
/*	an entry whose endpoint did not change keeps its open endpoint
/*	across a reload: clients never see it go away. Such a service
/*	gets the new settings (process limit, wakeup time, command and
/*	arguments) and a new status channel: its current processes are
/*	detached and leave when idle (they see the old channel close),
/*	and new processes run with the new configuration. A new entry
/*	gets its endpoints opened now. A later entry for the same
/*	endpoint replaces an earlier one, with a warning.
/*
/*	Entries of type "pass" and those listed in
/*	$master_service_disable (a type such as "inet", or
/*	"service/type") are skipped. A chroot column of "y" is honoured
/*	only when master runs as root; otherwise one warning per
/*	service says it is ignored. An inet service cannot have a
/*	wakeup time (warning).
/*
/*	master_refresh() does the same for a reload and then stops the
/*	services that master.cf no longer has: endpoints closed,
/*	processes detached.
/*
/*	A child is started as $daemon_directory/COMMAND (or COMMAND,
/*	when it is an absolute path) with the arguments of
/*	master_proto(3h), plus -l when the process limit is 1 (for
/*	daemons that must run alone, such as qmgr and postlogd).
/* DIAGNOSTICS
/*	A malformed master.cf or main.cf is fatal (at start and at
/*	reload, as in Postfix), with the file, line and reason.
/*--*/

#include <sys_defs.h>
#include <stdio.h>
#include <string.h>

#include <msg.h>
#include <mymalloc.h>
#include <argv.h>
#include <stringops.h>
#include <vstring.h>
#include <mail_conf.h>
#include <mail_params.h>
#include <mail_proto.h>
#include <master_ent.h>
#include <mail_user.h>
#include "master.h"

MASTER_SERV *master_head;

/* master_vars_init - read main.cf */

void    master_vars_init(void)
{
    mail_conf_read();
    mail_params_init(params_common);
    mail_params_init(params_master);
}

/* master_disabled - is this entry switched off by master_service_disable? */

static int master_disabled(MASTER_ENT *ent)
{
    ARGV   *list = argv_split(var_master_service_disable, CHARS_COMMA_SP);
    char   *both = concatenate(ent->service, "/", ent->type, (char *) 0);
    int     found = 0;
    int     n;

    for (n = 0; n < list->argc && !found; n++)
	found = (strcmp(list->argv[n], ent->type) == 0
		 || strcmp(list->argv[n], both) == 0);
    argv_free(list);
    myfree(both);
    return (found);
}

/* master_serv_type - type name to code */

static int master_serv_type(const char *type)
{
    if (strcmp(type, "unix") == 0)
	return (MASTER_SERV_TYPE_UNIX);
    if (strcmp(type, "unix-dgram") == 0)
	return (MASTER_SERV_TYPE_UXDG);
    if (strcmp(type, "fifo") == 0)
	return (MASTER_SERV_TYPE_FIFO);
    if (strcmp(type, "inet") == 0)
	return (MASTER_SERV_TYPE_INET);
    return (0);
}

/* master_serv_create - a service from a master.cf entry */

static MASTER_SERV *master_serv_create(MASTER_ENT *ent)
{
    MASTER_SERV *serv;
    const char *cmd = ent->args->argv[0];

    serv = (MASTER_SERV *) mymalloc(sizeof(*serv));
    memset(serv, 0, sizeof(*serv));
    serv->type = master_serv_type(ent->type);
    serv->ext_name = mystrdup(ent->service);
    if (serv->type == MASTER_SERV_TYPE_INET)
	serv->name = mystrdup(ent->service);
    else
	serv->name = concatenate(ent->private_flag ? MAIL_CLASS_PRIVATE :
			       MAIL_CLASS_PUBLIC, "/", ent->service, (char *) 0);
    if (ent->private_flag)
	serv->flags |= MASTER_FLAG_PRIVATE;
    if (ent->unpriv_flag)
	serv->flags |= MASTER_FLAG_UNPRIV;
    if (ent->chroot_flag)
	serv->flags |= MASTER_FLAG_CHROOT;
    if (ent->wakeup_conditional)
	serv->flags |= MASTER_FLAG_CONDWAKE;
    serv->wakeup_time = ent->wakeup_time;
    serv->max_proc = ent->max_proc < 0 ? var_default_process_limit :
	ent->max_proc;
    serv->throttle_delay = var_service_throttle_time;
    serv->path = (cmd[0] == '/') ? mystrdup(cmd) :
	concatenate(var_daemon_directory, "/", cmd, (char *) 0);
    serv->listen_fd = (int *) mymalloc(sizeof(int) * MASTER_LISTEN_MAX);
    serv->status_fd[0] = serv->status_fd[1] = -1;
    serv->args = argv_alloc(ent->args->argc + 12);
    argv_add(serv->args, cmd, (char *) 0);
    return (serv);
}

/* master_serv_args - the command line of a service's processes */

static void master_serv_args(MASTER_SERV *serv, MASTER_ENT *ent)
{
    char    count[12];
    int     n;

    argv_truncate(serv->args, 1);
    snprintf(count, sizeof(count), "%d", serv->listen_fd_count);
    argv_add(serv->args, "-n", serv->ext_name, "-t", ent->type,
	     "-s", count, (char *) 0);
    if ((serv->flags & MASTER_FLAG_UNPRIV) == 0)
	argv_add(serv->args, "-u", (char *) 0);
    if ((serv->flags & MASTER_FLAG_CHROOT) && !mail_user_single)
	argv_add(serv->args, "-c", (char *) 0);
    if (serv->max_proc == 1)
	argv_add(serv->args, "-l", (char *) 0);
    for (n = 0; n < msg_verbose; n++)
	argv_add(serv->args, "-v", (char *) 0);
    for (n = 1; n < ent->args->argc; n++)
	argv_add(serv->args, ent->args->argv[n], (char *) 0);
}

/* master_serv_free - forget a service */

static void master_serv_free(MASTER_SERV *serv)
{
    myfree(serv->ext_name);
    myfree(serv->name);
    myfree(serv->path);
    myfree((void *) serv->listen_fd);
    argv_free(serv->args);
    myfree(serv);
}

/* master_serv_start - open a new service */

static void master_serv_start(MASTER_SERV *serv, MASTER_ENT *ent)
{
    (void) master_listen_init(serv);
    master_serv_args(serv, ent);
    master_status_init(serv);
    master_avail_listen(serv);
    master_wakeup_init(serv);
}

/* master_serv_stop - close a service */

static void master_serv_stop(MASTER_SERV *serv)
{
    master_wakeup_cleanup(serv);
    master_throttle_cleanup(serv);
    master_listen_cleanup(serv);
    master_status_cleanup(serv);
    master_delete_children(serv);
}

/* master_serv_update - new settings for a kept endpoint */

static void master_serv_update(MASTER_SERV *serv, MASTER_SERV *fresh,
			               MASTER_ENT *ent)
{
    char   *tmp;
    ARGV   *args;

#define KEEP_FLAGS (MASTER_FLAG_THROTTLE | MASTER_FLAG_LISTEN | MASTER_FLAG_USED)

    master_wakeup_cleanup(serv);
    master_throttle_cleanup(serv);
    master_status_cleanup(serv);
    master_delete_children(serv);
    serv->flags = (serv->flags & KEEP_FLAGS) | (fresh->flags & ~KEEP_FLAGS);
    serv->flags &= ~MASTER_FLAG_THROTTLE;
    serv->wakeup_time = fresh->wakeup_time;
    serv->max_proc = fresh->max_proc;
    serv->throttle_delay = fresh->throttle_delay;
    tmp = serv->ext_name, serv->ext_name = fresh->ext_name, fresh->ext_name = tmp;
    tmp = serv->path, serv->path = fresh->path, fresh->path = tmp;
    args = serv->args, serv->args = fresh->args, fresh->args = args;
    master_serv_args(serv, ent);
    master_status_init(serv);
    master_avail_listen(serv);
    master_wakeup_init(serv);
}

/* master_config - bring the services in line with master.cf */

void    master_config(void)
{
    MASTER_ENT **list;
    MASTER_ENT *ent;
    MASTER_SERV *serv;
    MASTER_SERV *fresh;
    char   *path;
    int     count;
    int     n;

    path = concatenate(var_config_directory, "/master.cf", (char *) 0);
    list = master_ent_read(path, &count);
    for (n = 0; n < count; n++) {
	ent = list[n];
	if (strcmp(ent->type, "pass") == 0) {
	    msg_warn("%s: line %d: service %s: type pass is not supported"
		     " -- skipped", path, ent->lineno, ent->service);
	    continue;
	}
	if (master_disabled(ent))
	    continue;
	fresh = master_serv_create(ent);
	if (fresh->type == MASTER_SERV_TYPE_INET && fresh->wakeup_time > 0) {
	    msg_warn("%s: line %d: service %s: wakeup is not supported for"
		     " inet services -- ignored", path, ent->lineno,
		     ent->service);
	    fresh->wakeup_time = 0;
	}
	if ((fresh->flags & MASTER_FLAG_CHROOT) && mail_user_single)
	    msg_warn("service %s: chroot needs root privileges -- "
		     "running without chroot", ent->service);
	for (serv = master_head; serv; serv = serv->next)
	    if (serv->type == fresh->type && strcmp(serv->name, fresh->name) == 0)
		break;
	if (serv == 0) {
	    fresh->next = master_head;
	    master_head = fresh;
	    master_serv_start(fresh, ent);
	} else {
	    if ((serv->flags & MASTER_FLAG_MARK) == 0)
		msg_warn("duplicate master.cf entry for service \"%s\" (%s) "
			 "-- using the last entry", serv->ext_name, serv->name);
	    serv->flags &= ~MASTER_FLAG_MARK;
	    master_serv_update(serv, fresh, ent);
	    master_serv_free(fresh);
	}
    }
    master_ent_free_list(list, count);
    myfree(path);
}

/* master_refresh - reload: new settings, removed services stop */

void    master_refresh(void)
{
    MASTER_SERV *serv;
    MASTER_SERV **servp;

    for (serv = master_head; serv; serv = serv->next)
	serv->flags |= MASTER_FLAG_MARK;
    master_config();
    for (servp = &master_head; (serv = *servp) != 0; /* void */ ) {
	if (serv->flags & MASTER_FLAG_MARK) {
	    *servp = serv->next;
	    master_serv_stop(serv);
	    master_serv_free(serv);
	} else {
	    servp = &serv->next;
	}
    }
}

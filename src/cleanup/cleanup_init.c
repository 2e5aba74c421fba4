/*++
/* NAME
/*	cleanup_init 3
/* SUMMARY
/*	cleanup(8) start-up: settings and tables
/* SYNOPSIS
/*	#include "cleanup.h"
/*
/*	void	cleanup_pre_init(service, argv)
/*	char	*service;
/*	char	**argv;
/*
/*	void	cleanup_post_init(service, argv)
/*	char	*service;
/*	char	**argv;
/* DESCRIPTION
/*	cleanup_pre_init() runs while the process may still be
/*	privileged: it reads the rewriting and table parameters and
/*	opens the tables (canonical_maps, sender_canonical_maps,
/*	recipient_canonical_maps, virtual_alias_maps, alias_maps,
/*	sender_bcc_maps), so that tables readable by root only still
/*	work. A table that cannot be opened is fatal (master restarts
/*	cleanup later), with one exception: an alias_maps entry that
/*	cannot be opened is skipped with a warning, because the
/*	Postfix default names /etc/aliases and NIS, which a router
/*	rarely has, and a missing alias file must not stop all mail.
/*	It also reads smtputf8_autodetect_classes (cleanup_smtputf8(3)).
/*
/*	cleanup_post_init() places the per-message state, the duplicate
/*	filter and the work space of address expansion in their fixed
/*	pools.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>
#include <strings.h>

/* Utility library. */

#include <msg.h>
#include <dict.h>
#include <argv.h>
#include <vstring.h>

/* Global library. */

#include <mail_params.h>
#include <maps.h>
#include <rewrite.h>

/* Application-specific. */

#include "cleanup.h"

REWRITE_CONF cleanup_rewrite_conf;
MAPS   *cleanup_comm_canon_maps;
MAPS   *cleanup_send_canon_maps;
MAPS   *cleanup_rcpt_canon_maps;
MAPS   *cleanup_virt_alias_maps;
MAPS   *cleanup_alias_maps;
MAPS   *cleanup_send_bcc_maps;
int     cleanup_comm_canon_flags;
int     cleanup_send_canon_flags;
int     cleanup_rcpt_canon_flags;
int     cleanup_masq_flags;
int     cleanup_ext_prop_flags;

/* cleanup_init_classes - parse an address class list */

static int cleanup_init_classes(const char *name, const char *value)
{
    static const struct {
	const char *name;
	int     flag;
    }       classes[] = {
	{"envelope_sender", CLEANUP_CLASS_ENV_FROM},
	{"envelope_recipient", CLEANUP_CLASS_ENV_RCPT},
	{"header_sender", CLEANUP_CLASS_HDR_FROM},
	{"header_recipient", CLEANUP_CLASS_HDR_RCPT},
	{0, 0},
    };
    ARGV   *words = argv_split(value, ", \t\r\n");
    int     flags = 0;
    int     n;
    int     i;

    for (n = 0; n < words->argc; n++) {
	for (i = 0; classes[i].name; i++)
	    if (strcasecmp(words->argv[n], classes[i].name) == 0)
		break;
	if (classes[i].name)
	    flags |= classes[i].flag;
	else
	    msg_warn("%s: unknown address class \"%s\", ignored",
		     name, words->argv[n]);
    }
    argv_free(words);
    return (flags);
}

/* cleanup_init_maps - open a table list, or nothing when empty */

static MAPS *cleanup_init_maps(const char *name, const char *value)
{
    if (*value == 0)
	return (0);
    return (maps_create(name, value, DICT_FLAG_FOLD_FIX));
}

/* cleanup_init_alias_maps - the alias tables that can be opened */

static MAPS *cleanup_init_alias_maps(const char *value)
{
    VSTRING *usable = vstring_alloc(100);
    VSTRING *why = vstring_alloc(100);
    ARGV   *specs = argv_split(value, ", \t\r\n");
    MAPS   *maps = 0;
    DICT   *dict;
    int     n;

    for (n = 0; n < specs->argc; n++) {
	if ((dict = dict_try_open(specs->argv[n], 0, DICT_FLAG_FOLD_FIX,
				  why)) == 0) {
	    msg_warn("%s: %s: %s; alias lookups skip this table",
		     VAR_ALIAS_MAPS, specs->argv[n], vstring_str(why));
	    continue;
	}
	dict_close(dict);
	if (VSTRING_LEN(usable))
	    vstring_addch(usable, ' ');
	vstring_strcat(usable, specs->argv[n]);
    }
    if (VSTRING_LEN(usable))
	maps = maps_create(VAR_ALIAS_MAPS, vstring_str(usable),
			   DICT_FLAG_FOLD_FIX);
    argv_free(specs);
    vstring_free(why);
    vstring_free(usable);
    return (maps);
}

/* cleanup_pre_init - settings and tables */

void    cleanup_pre_init(char *service, char **argv)
{
    (void) service;
    (void) argv;

    mail_params_init(params_rewrite);
    mail_params_init(params_postmap);
    mail_params_init(params_qmgr);	/* delay_warning_time */
    rewrite_conf_init(&cleanup_rewrite_conf);
    rewrite_local_init(var_mydestination);

    cleanup_comm_canon_flags =
	cleanup_init_classes(VAR_CANONICAL_CLASSES, var_canonical_classes);
    cleanup_send_canon_flags =
	cleanup_init_classes(VAR_SENDER_CANONICAL_CLASSES,
			     var_sender_canonical_classes);
    cleanup_rcpt_canon_flags =
	cleanup_init_classes(VAR_RECIPIENT_CANONICAL_CLASSES,
			     var_recipient_canonical_classes);
    cleanup_masq_flags =
	cleanup_init_classes(VAR_MASQUERADE_CLASSES, var_masquerade_classes);
    cleanup_ext_prop_flags = 0;
    if (strstr(var_propagate_unmatched_extensions, "canonical"))
	cleanup_ext_prop_flags |= CLEANUP_EXT_PROP_CANON;
    if (strstr(var_propagate_unmatched_extensions, "virtual"))
	cleanup_ext_prop_flags |= CLEANUP_EXT_PROP_VIRT;

    cleanup_comm_canon_maps =
	cleanup_init_maps(VAR_CANONICAL_MAPS, var_canonical_maps);
    cleanup_send_canon_maps =
	cleanup_init_maps(VAR_SENDER_CANONICAL_MAPS, var_sender_canonical_maps);
    cleanup_rcpt_canon_maps =
	cleanup_init_maps(VAR_RECIPIENT_CANONICAL_MAPS,
			  var_recipient_canonical_maps);
    cleanup_virt_alias_maps =
	cleanup_init_maps(VAR_VIRTUAL_ALIAS_MAPS, var_virtual_alias_maps);
    cleanup_send_bcc_maps =
	cleanup_init_maps(VAR_SENDER_BCC_MAPS, var_sender_bcc_maps);
    cleanup_alias_maps = cleanup_init_alias_maps(var_alias_maps);
    cleanup_smtputf8_init();
}

/* cleanup_post_init - fixed pools */

void    cleanup_post_init(char *service, char **argv)
{
    (void) service;
    (void) argv;

    cleanup_state_init();
    cleanup_dup_init(var_duplicate_filter_limit);
    cleanup_map_init();
    cleanup_extracted_init();
}

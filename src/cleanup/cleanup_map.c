/*++
/* NAME
/*	cleanup_map 3
/* SUMMARY
/*	canonical mapping and alias expansion
/* SYNOPSIS
/*	#include "cleanup.h"
/*
/*	void	cleanup_map11(state, addr, maps)
/*	CLEANUP_STATE *state;
/*	VSTRING	*addr;
/*	MAPS	*maps;
/*
/*	void	cleanup_map_init()
/*
/*	void	cleanup_map1n(state, addr, orig)
/*	CLEANUP_STATE *state;
/*	const char *addr;
/*	const char *orig;
/* DESCRIPTION
/*	cleanup_map11() replaces addr with what a canonical table
/*	(canonical(5)) says, searched as mail_addr_find(3) does; the
/*	result is brought into canonical form, and an extension that the
/*	table did not match is carried over when
/*	propagate_unmatched_extensions names "canonical".
/*
/*	cleanup_map1n() expands one recipient (canonical form) and
/*	writes every final address with cleanup_addr_out(). An address
/*	is looked up in virtual_alias_maps; when that does not know it
/*	and the address is local (rewrite_local(3)), in alias_maps by
/*	its localpart. Postlet has no local delivery agent, so local
/*	aliases are expanded here, to addresses; alias entries that
/*	name a command ("|..."), a file ("/...") or an include file
/*	(":include:...") cannot be honoured and are skipped with a
/*	warning (when nothing else is left, the address itself is kept,
/*	so that no mail disappears). Results are expanded again, breadth
/*	first, up to virtual_alias_recursion_limit levels and
/*	virtual_alias_expansion_limit addresses in all; beyond either
/*	limit, or when a table fails, the message is deferred
/*	(CLEANUP_STAT_DEFER), as Postfix does. An address that maps to
/*	itself, or that came up earlier in the same expansion, is final
/*	(this ends loops such as a -> b -> a).
/*
/*	cleanup_map_init() sets the expansion work space aside at
/*	start-up: room for virtual_alias_expansion_limit addresses of
/*	CLEANUP_MAP_ARENA bytes in all, each with its expansion level,
/*	one after the other in pages of their own (mymalloc_pages(3)),
/*	so that an expansion costs memory only as far as it goes.
/* DIAGNOSTICS
/*	Warnings: table failures, limits, unsupported alias entries.
/*--*/

/* System library. */

#include <sys_defs.h>
#include <string.h>

/* Utility library. */

#include <msg.h>
#include <mymalloc.h>
#include <vstring.h>

/* Global library. */

#include <mail_params.h>
#include <mail_addr_find.h>
#include <cleanup_user.h>
#include <rewrite.h>

/* Application-specific. */

#include "cleanup.h"

#define CLEANUP_MAP_ARENA	(64 * 1024)	/* address bytes in all */

 /*
  * One address of an expansion: its expansion level, then the address and
  * its null byte. Addresses follow each other in the arena, in the order
  * in which they were found.
  */
#define CLEANUP_MAP_DEPTH_SIZE	sizeof(int)
#define CLEANUP_MAP_ADDR(pos)	(cleanup_map_arena + (pos) + CLEANUP_MAP_DEPTH_SIZE)
#define CLEANUP_MAP_NEXT(pos) \
	((pos) + CLEANUP_MAP_DEPTH_SIZE + strlen(CLEANUP_MAP_ADDR(pos)) + 1)

static int cleanup_map_list_max;
static char *cleanup_map_arena;
static VSTRING *cleanup_map_elem;	/* one element of a table value */

/* cleanup_map_init - set the work space aside */

void    cleanup_map_init(void)
{
    cleanup_map_list_max = var_virtual_alias_expansion_limit + 1;
    cleanup_map_arena = mymalloc_pages(CLEANUP_MAP_ARENA
			  + cleanup_map_list_max * CLEANUP_MAP_DEPTH_SIZE);
    if (cleanup_virt_alias_maps || cleanup_alias_maps)
	cleanup_map_elem = vstring_fixed(2 * 8192);
}

/* cleanup_map_depth - the expansion level of the address at pos */

static int cleanup_map_depth(size_t pos)
{
    int     depth;

    memcpy(&depth, cleanup_map_arena + pos, sizeof(depth));
    return (depth);
}

/* cleanup_map_ext - put an extension back into an address */

static void cleanup_map_ext(VSTRING *out, const char *addr, const char *ext)
{
    const char *at = strrchr(addr, '@');

    vstring_reset(out);
    if (at == 0) {
	vstring_strcpy(out, addr);
	vstring_strcat(out, ext);
    } else {
	vstring_strncpy(out, addr, at - addr);
	vstring_strcat(out, ext);
	vstring_strcat(out, at);
    }
}

/* cleanup_map_find - look up an address in a table list */

static const char *cleanup_map_find(CLEANUP_STATE *state, MAPS *maps,
				            const char *addr, int strategy)
{
    const char *result;

    if (!rewrite_local_addr(addr))
	strategy &= ~MAIL_ADDR_FIND_LOCALPART;
    result = mail_addr_find(maps, addr, var_recipient_delimiter, strategy,
			    state->ext);
    if (result == 0 && maps->error != 0) {
	msg_warn("%s: %s map lookup problem for %s -- message not accepted, "
		 "try again later", vstring_str(state->queue_id),
		 maps->title, addr);
	state->errs |= CLEANUP_STAT_DEFER;
    }
    return (result);
}

/* cleanup_map11 - one-to-one mapping */

void    cleanup_map11(CLEANUP_STATE *state, VSTRING *addr, MAPS *maps)
{
    const char *result;

    if ((result = cleanup_map_find(state, maps, vstring_str(addr),
				   MAIL_ADDR_FIND_DEFAULT)) == 0)
	return;
    if (VSTRING_LEN(state->ext) && (cleanup_ext_prop_flags & CLEANUP_EXT_PROP_CANON))
	cleanup_map_ext(state->addr2, result, vstring_str(state->ext));
    else
	vstring_strcpy(state->addr2, result);
    rewrite_canon(&cleanup_rewrite_conf, addr, vstring_str(state->addr2));
}

/* cleanup_map_push - add an address to the expansion */

static int cleanup_map_push(CLEANUP_STATE *state, int *count, size_t *used,
			            const char *addr, int depth, const char *top)
{
    size_t  len = strlen(addr) + 1;
    size_t  pos = *used + *count * CLEANUP_MAP_DEPTH_SIZE;

    if (*count >= cleanup_map_list_max || *used + len > CLEANUP_MAP_ARENA) {
	msg_warn("%s: unreasonable %s map expansion size for %s -- "
		 "message not accepted, try again later",
		 vstring_str(state->queue_id), VAR_VIRTUAL_ALIAS_MAPS, top);
	state->errs |= CLEANUP_STAT_DEFER;
	return (-1);
    }
    memcpy(cleanup_map_arena + pos, &depth, sizeof(depth));
    memcpy(CLEANUP_MAP_ADDR(pos), addr, len);
    *used += len;
    *count += 1;
    return (0);
}

/* cleanup_map_known - did this address come up earlier */

static int cleanup_map_known(const char *addr, int count)
{
    size_t  pos;
    int     n;

    for (n = 0, pos = 0; n < count; n++, pos = CLEANUP_MAP_NEXT(pos))
	if (strcmp(CLEANUP_MAP_ADDR(pos), addr) == 0)
	    return (1);
    return (0);
}

/* cleanup_map_element - the next element of a table value */

static const char *cleanup_map_element(const char **cpp, size_t *len)
{
    const char *cp = *cpp;
    const char *start;
    int     quoted = 0;

    cp += strspn(cp, ", \t\r\n");
    if (*cp == 0)
	return (0);
    for (start = cp; *cp; cp++) {
	if (*cp == '"')
	    quoted = !quoted;
	else if (*cp == '\\' && cp[1])
	    cp++;
	else if (!quoted && (*cp == ',' || *cp == ' ' || *cp == '\t'))
	    break;
    }
    *len = cp - start;
    *cpp = cp;
    return (start);
}

/* cleanup_map1n - expand a recipient */

void    cleanup_map1n(CLEANUP_STATE *state, const char *addr, const char *orig)
{
    VSTRING *elem = cleanup_map_elem;
    const char *cur;
    const char *result;
    const char *cp;
    const char *start;
    const char *table;
    size_t  len;
    size_t  used = 0;
    size_t  pos;
    int     count = 0;
    int     kept;
    int     n;

    if (cleanup_map_push(state, &count, &used, addr, 0, addr) < 0)
	return;
    for (n = 0, pos = 0; n < count; n++, pos = CLEANUP_MAP_NEXT(pos)) {
	cur = CLEANUP_MAP_ADDR(pos);
	result = 0;
	table = VAR_VIRTUAL_ALIAS_MAPS;
	if (cleanup_virt_alias_maps)
	    result = cleanup_map_find(state, cleanup_virt_alias_maps, cur,
				      MAIL_ADDR_FIND_DEFAULT);
	if (result == 0 && (state->errs & CLEANUP_STAT_DEFER) == 0
	    && cleanup_alias_maps && rewrite_local_addr(cur)) {
	    table = VAR_ALIAS_MAPS;
	    result = cleanup_map_find(state, cleanup_alias_maps, cur,
				      MAIL_ADDR_FIND_LOCALPART);
	}
	if (state->errs & CLEANUP_STAT_DEFER)
	    return;
	if (result == 0) {
	    cleanup_addr_out(state, cur, orig);
	    continue;
	}
	if (cleanup_map_depth(pos) >= var_virtual_alias_recursion_limit) {
	    msg_warn("%s: unreasonable %s map nesting for %s -- "
		     "message not accepted, try again later",
		     vstring_str(state->queue_id), table, addr);
	    state->errs |= CLEANUP_STAT_DEFER;
	    return;
	}
	for (kept = 0, cp = result; (start = cleanup_map_element(&cp, &len)) != 0; /* */ ) {
	    if (*start == '|' || *start == '/' || strncmp(start, ":include:", 9) == 0) {
		msg_warn("%s: %s: %s entry \"%.*s\" is not supported "
			 "(no local delivery), skipped",
			 vstring_str(state->queue_id), cur, table, (int) len, start);
		continue;
	    }
	    rewrite_addr_internal(elem, start, len);
	    if (VSTRING_LEN(state->ext) && strcmp(table, VAR_VIRTUAL_ALIAS_MAPS) == 0
		&& (cleanup_ext_prop_flags & CLEANUP_EXT_PROP_VIRT)) {
		cleanup_map_ext(state->addr2, vstring_str(elem), vstring_str(state->ext));
		vstring_strcpy(elem, vstring_str(state->addr2));
	    }
	    rewrite_canon(&cleanup_rewrite_conf, state->addr2, vstring_str(elem));
	    kept++;
	    if (strcmp(vstring_str(state->addr2), cur) == 0
		|| cleanup_map_known(vstring_str(state->addr2), count))
		cleanup_addr_out(state, vstring_str(state->addr2), orig);
	    else if (cleanup_map_push(state, &count, &used, vstring_str(state->addr2),
				      cleanup_map_depth(pos) + 1, addr) < 0)
		return;
	}
	if (kept == 0)
	    cleanup_addr_out(state, cur, orig);
    }
}

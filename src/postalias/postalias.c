/*++
/* NAME
/*	postalias 1
/* SUMMARY
/*	build, query or update alias databases
/* SYNOPSIS
/*	postalias [-Nfinoprsuvw] [-c config_dir] [-d key] [-q key]
/*		[file_type:]file_name ...
/* DESCRIPTION
/*	postalias(1) is postmap(1) for aliases(5) source files; see
/*	map_tool(3) for the options and man/man1/postalias.1 for the
/*	user documentation. Differences from postmap: the source
/*	format, "key:<TAB>value" output for -q - and -s, the "@" entry
/*	that every alias database gets, and, without a file argument,
/*	the first table of alias_database.
/*
/*	postalias_parse() splits "name: value" in place. The name ends
/*	at the first colon outside double quotes; quotes are removed
/*	and a backslash makes the next character ordinary, so that
/*	"John Doe": and a\:b: are names. White space around the name
/*	and the value is removed; the value is stored as written (it is
/*	parsed when it is used). A name with an unquoted "@" is
/*	refused, as aliases are local names.
/* DIAGNOSTICS
/*	"need name:value pair" for a line without a colon, name or
/*	value (an unbalanced quote ends up here too); "name must be
/*	local".
/*--*/

#include <sys_defs.h>
#include <string.h>

#include <stringops.h>
#include <map_tool.h>
#include <programs.h>

/* postalias_parse - split "name: value" */

static const char *postalias_parse(char *line, char **key, char **value)
{
    char   *cp = line + strspn(line, CHARS_SPACE);
    char   *name = cp;
    char   *out = cp;
    int     quoted = 0;
    int     has_at = 0;

    for (/* void */ ; *cp != 0; cp++) {
	if (*cp == '\\' && cp[1] != 0) {
	    *out++ = *++cp;
	} else if (*cp == '"') {
	    quoted = !quoted;
	} else if (!quoted && *cp == ':') {
	    break;
	} else {
	    if (!quoted && *cp == '@')
		has_at = 1;
	    *out++ = *cp;
	}
    }
    if (*cp != ':')
	return ("need name:value pair");
    *value = cp + 1;
    *out = 0;
    *value += strspn(*value, CHARS_SPACE);
    *trimblanks(*value, -1) = 0;
    name += strspn(name, CHARS_SPACE);
    *trimblanks(name, -1) = 0;
    if (*name == 0 || **value == 0)
	return ("need name:value pair");
    if (has_at)
	return ("name must be local");
    *key = name;
    return (0);
}

static const MAP_TOOL postalias_tool = {
    "postalias",
    "+Nc:d:finopq:rsuvw",
    "[-Nfinoprsuvw] [-c config_dir] [-d key] [-q key] [map_type:]file...",
    ":\t",
    postalias_parse,
    MAP_TOOL_FLAG_ALIAS,
};

/* postalias_main - the program */

int     postalias_main(int argc, char **argv)
{
    return (map_tool_main(&postalias_tool, argc, argv));
}

/*++
/* NAME
/*	postmap 1
/* SUMMARY
/*	build, query or update lookup tables
/* SYNOPSIS
/*	postmap [-Nbfhinoprsuvw] [-c config_dir] [-d key] [-q key]
/*		[file_type:]file_name ...
/* DESCRIPTION
/*	postmap(1) turns a "key whitespace value" source file into an
/*	indexed table (file_name.cdb), looks keys up in any table
/*	type, lists tables, and adds or removes entries. See map_tool(3)
/*	for what each option does and man/man1/postmap.1 for the user
/*	documentation.
/*
/*	Source lines are split by dict_line_split(3): the key ends at
/*	the first white space outside double quotes, the value is the
/*	rest of the logical line.
/*--*/

#include <sys_defs.h>

#include <dict.h>
#include <map_tool.h>
#include <programs.h>

static const MAP_TOOL postmap_tool = {
    "postmap",
    "+Nbc:d:fhinopq:rsuvw",
    "[-Nbfhinoprsuvw] [-c config_dir] [-d key] [-q key] [map_type:]file...",
    "\t",
    dict_line_split,
    MAP_TOOL_FLAG_MESSAGE,
};

/* postmap_main - the program */

int     postmap_main(int argc, char **argv)
{
    return (map_tool_main(&postmap_tool, argc, argv));
}

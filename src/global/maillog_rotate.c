/*++
/* NAME
/*	maillog_rotate 3
/* SUMMARY
/*	rotate the maillog_file ("postfix logrotate")
/* SYNOPSIS
/*	#include <maillog_rotate.h>
/*
/*	int	maillog_rotate(when, rotated, why)
/*	time_t	when;
/*	VSTRING	*rotated;
/*	VSTRING	*why;
/* DESCRIPTION
/*	maillog_rotate() does the work of "postfix logrotate", with the
/*	checks and messages of Postfix's postfix-script:
/* .IP \(bu
/*	maillog_file, maillog_file_compressor and
/*	maillog_file_rotate_suffix must not be empty;
/* .IP \(bu
/*	a maillog_file under /dev/ is never rotated;
/* .IP \(bu
/*	the file is renamed to "maillog_file.SUFFIX", SUFFIX being the
/*	time when (local time) formatted by strftime(3) with
/*	maillog_file_rotate_suffix;
/* .IP \(bu
/*	a background process waits one second (postlogd may be writing
/*	a line it started before the rename) and runs the compressor
/*	(a command name looked up in PATH, or a path) with the renamed
/*	file as its argument; it logs a warning when the compressor
/*	cannot be run or fails. The caller does not wait for it.
/* .PP
/*	No signal is needed: postlogd(8) reopens maillog_file when the
/*	name no longer refers to the file it has open (maillog_file(3)),
/*	so the next line goes to a new file.
/*
/*	The result is 0 with the new name in rotated (unless null), or
/*	-1 with the reason in why (for the caller's fatal error, e.g.
/*	"not rotating '/dev/stdout'").
/* DIAGNOSTICS
/*	Warnings (from the background process): the compressor could
/*	not be run, or exited with a non-zero status.
/*--*/

#include <sys_defs.h>
#include <sys/wait.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <msg.h>
#include <mail_params.h>
#include <maillog_rotate.h>

#define MAILLOG_ROTATE_DELAY	1	/* seconds before compressing */

/* maillog_rotate_compress - the background process: compress, report */

static NORETURN maillog_rotate_compress(const char *compressor,
					        const char *path)
{
    pid_t   pid;
    int     status;

    sleep(MAILLOG_ROTATE_DELAY);
    if ((pid = fork()) < 0) {
	msg_warn("fork: %m");
	_exit(1);
    }
    if (pid == 0) {
	execlp(compressor, compressor, path, (char *) 0);
	msg_warn("logfile '%s' compression failed: cannot run '%s': %m",
		 path, compressor);
	_exit(127);
    }
    while (waitpid(pid, &status, 0) < 0)
	if (errno != EINTR) {
	    msg_warn("waitpid: %m");
	    _exit(1);
	}
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 127)
	    msg_warn("logfile '%s' compression failed: '%s' exit status %d",
		     path, compressor, WIFEXITED(status) ?
		     WEXITSTATUS(status) : 128 + WTERMSIG(status));
	_exit(1);
    }
    _exit(0);
}

/* maillog_rotate_spawn - start the compressor, detached from the caller */

static int maillog_rotate_spawn(const char *compressor, const char *path)
{
    pid_t   pid;
    int     status;
    int     fd;

    if ((pid = fork()) < 0)
	return (-1);
    if (pid == 0) {
	/* Detach: the grandchild is adopted by init, no zombie here. */
	if (fork() != 0)
	    _exit(0);
	(void) setsid();
	if ((fd = open("/dev/null", O_RDWR)) >= 0) {
	    (void) dup2(fd, 0);
	    (void) dup2(fd, 1);
	    if (fd > 1)
		(void) close(fd);
	}
	maillog_rotate_compress(compressor, path);
    }
    while (waitpid(pid, &status, 0) < 0)
	if (errno != EINTR)
	    return (-1);
    return (0);
}

/* maillog_rotate - rename maillog_file, compress it in the background */

int     maillog_rotate(time_t when, VSTRING *rotated, VSTRING *why)
{
    static const char *const names[] = {
	VAR_MAILLOG_FILE, VAR_MAILLOG_FILE_COMPRESSOR,
	VAR_MAILLOG_FILE_ROTATE_SUFFIX,
    };
    const char *values[3];
    char    suffix[100];
    char    newpath[4096];
    struct tm tm;
    size_t  i;

    values[0] = var_maillog_file;
    values[1] = var_maillog_file_compressor;
    values[2] = var_maillog_file_rotate_suffix;
    for (i = 0; i < ARRAY_LEN(names); i++) {
	if (values[i] == 0 || *values[i] == 0) {
	    vstring_sprintf(why, "empty '%s' parameter value - logfile rotation failed",
			    names[i]);
	    return (-1);
	}
    }
    if (strncmp(var_maillog_file, "/dev/", 5) == 0) {
	vstring_sprintf(why, "not rotating '%s'", var_maillog_file);
	return (-1);
    }
    if (localtime_r(&when, &tm) == 0
	|| strftime(suffix, sizeof(suffix), var_maillog_file_rotate_suffix, &tm) == 0) {
	vstring_sprintf(why, "logfile '%s' rotation failed: bad %s value '%s'",
			var_maillog_file, VAR_MAILLOG_FILE_ROTATE_SUFFIX,
			var_maillog_file_rotate_suffix);
	return (-1);
    }
    if (strchr(suffix, '/') != 0
	|| snprintf(newpath, sizeof(newpath), "%s.%s", var_maillog_file,
		    suffix) >= (int) sizeof(newpath)) {
	vstring_sprintf(why, "logfile '%s' rotation failed: bad %s value '%s'",
			var_maillog_file, VAR_MAILLOG_FILE_ROTATE_SUFFIX,
			var_maillog_file_rotate_suffix);
	return (-1);
    }
    if (rename(var_maillog_file, newpath) < 0) {
	vstring_sprintf(why, "logfile '%s' rotation failed: cannot rename to '%s': %s",
			var_maillog_file, newpath, strerror(errno));
	return (-1);
    }
    if (maillog_rotate_spawn(var_maillog_file_compressor, newpath) < 0) {
	vstring_sprintf(why, "logfile '%s' rotation failed: cannot start '%s': %s",
			var_maillog_file, var_maillog_file_compressor,
			strerror(errno));
	return (-1);
    }
    if (rotated)
	vstring_strcpy(rotated, newpath);
    return (0);
}

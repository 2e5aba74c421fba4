/*++
/* NAME
/*	sendmail_post 3
/* SUMMARY
/*	hand a message to postdrop(1)
/* SYNOPSIS
/*	#include "sendmail.h"
/*
/*	const char *sendmail_program_path(path, name)
/*	VSTRING	*path;
/*	const char *name;
/*
/*	void	sendmail_post_open(post, config_dir)
/*	SENDMAIL_POST *post;
/*	const char *config_dir;
/*
/*	int	sendmail_post_finish(post, why)
/*	SENDMAIL_POST *post;
/*	VSTRING	*why;
/*
/*	void	sendmail_post_abort(post)
/*	SENDMAIL_POST *post;
/* DESCRIPTION
/*	sendmail_program_path() decides where a helper program (postdrop,
/*	postqueue, ...) is: $command_directory/NAME when that is an
/*	executable file, otherwise NAME in the directory of the running
/*	binary (/proc/self/exe), which is where a single-user or test
/*	instance keeps its links. The result is stored in path.
/*
/*	sendmail_post_open() runs "postdrop -r" with pipes on its
/*	standard input and output (and -c config_dir when given), and
/*	reads the {queue_id} that postdrop sends first. The caller then
/*	writes records on post->to.
/*
/*	sendmail_post_finish() flushes the records, closes postdrop's
/*	input, reads its reply {status, reason} and waits for it. The
/*	result is the CLEANUP_STAT_ status, CLEANUP_STAT_WRITE when
/*	postdrop went away without a reply; why gets the reason.
/*
/*	sendmail_post_abort() closes postdrop's input without an END
/*	record: postdrop removes what it wrote and exits.
/* DIAGNOSTICS
/*	sendmail_post_open() exits with EX_UNAVAILABLE when postdrop
/*	cannot be run, EX_TEMPFAIL when it does not start a file.
/*--*/

#include <sys_defs.h>
#include <sys/wait.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include <msg.h>
#include <vstring.h>
#include <vstream.h>
#include <attr.h>
#include <mail_params.h>
#include <mail_proto.h>
#include <cleanup_user.h>
#include "sendmail.h"

/* sendmail_program_path - where a helper program is */

const char *sendmail_program_path(VSTRING *path, const char *name)
{
    char    self[1024];
    ssize_t len;
    char   *slash;

    vstring_sprintf(path, "%s/%s", var_command_directory, name);
    if (access(vstring_str(path), X_OK) == 0)
	return (vstring_str(path));
    if ((len = readlink("/proc/self/exe", self, sizeof(self) - 1)) > 0) {
	self[len] = 0;
	if ((slash = strrchr(self, '/')) != 0) {
	    *slash = 0;
	    vstring_sprintf(path, "%s/%s", self, name);
	}
    }
    return (vstring_str(path));
}

/* sendmail_post_open - start postdrop and learn the file name */

void    sendmail_post_open(SENDMAIL_POST *post, const char *config_dir)
{
    int     in[2];
    int     out[2];
    VSTRING *path = vstring_alloc(100);
    char   *args[5];
    int     n = 0;

    if (pipe(in) < 0 || pipe(out) < 0)
	msg_fatal_status(EX_OSERR, "pipe: %m");
    sendmail_program_path(path, "postdrop");
    args[n++] = "postdrop";
    args[n++] = "-r";
    if (config_dir) {
	args[n++] = "-c";
	args[n++] = (char *) config_dir;
    }
    args[n] = 0;
    switch (post->pid = fork()) {
    case -1:
	msg_fatal_status(EX_OSERR, "fork: %m");
    case 0:
	if (dup2(in[0], 0) < 0 || dup2(out[1], 1) < 0)
	    msg_fatal_status(EX_OSERR, "dup2: %m");
	close(in[0]);
	close(in[1]);
	close(out[0]);
	close(out[1]);
	execv(vstring_str(path), args);
	msg_fatal_status(EX_UNAVAILABLE, "unable to execute %s: %m",
			 vstring_str(path));
    default:
	close(in[0]);
	close(out[1]);
	break;
    }
    vstring_free(path);
    signal(SIGPIPE, SIG_IGN);
    post->to = vstream_fdopen(in[1], O_WRONLY);
    post->from = vstream_fdopen(out[0], O_RDONLY);
    post->queue_id = vstring_alloc(20);
    if (attr_scan(post->from, ATTR_FLAG_STRICT,
		  RECV_ATTR_STR(MAIL_ATTR_QUEUEID, post->queue_id),
		  ATTR_TYPE_END) != 1) {
	(void) waitpid(post->pid, (int *) 0, 0);
	msg_fatal_status(EX_TEMPFAIL, "postdrop did not create a queue file");
    }
}

/* sendmail_post_close - free what open allocated, reap the child */

static int sendmail_post_close(SENDMAIL_POST *post)
{
    int     wstatus = 0;

    if (post->to)
	(void) vstream_fclose(post->to);
    (void) vstream_fclose(post->from);
    vstring_free(post->queue_id);
    while (waitpid(post->pid, &wstatus, 0) < 0 && errno == EINTR)
	 /* void */ ;
    post->to = post->from = 0;
    return (wstatus);
}

/* sendmail_post_finish - deliver END, get the verdict */

int     sendmail_post_finish(SENDMAIL_POST *post, VSTRING *why)
{
    int     status;
    int     wstatus;

    vstring_reset(why);
    if (vstream_fclose(post->to) != 0) {
	post->to = 0;
	(void) sendmail_post_close(post);
	vstring_strcpy(why, "error writing to postdrop");
	return (CLEANUP_STAT_WRITE);
    }
    post->to = 0;
    if (attr_scan(post->from, ATTR_FLAG_STRICT,
		  RECV_ATTR_INT(MAIL_ATTR_STATUS, &status),
		  RECV_ATTR_STR(MAIL_ATTR_REASON, why),
		  ATTR_TYPE_END) != 2) {
	status = CLEANUP_STAT_WRITE;
	vstring_strcpy(why, "postdrop ended without a reply");
    }
    wstatus = sendmail_post_close(post);
    if (status == CLEANUP_STAT_OK
	&& (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0)) {
	status = CLEANUP_STAT_WRITE;
	vstring_strcpy(why, "postdrop failed");
    }
    return (status);
}

/* sendmail_post_abort - cancel the file */

void    sendmail_post_abort(SENDMAIL_POST *post)
{
    (void) sendmail_post_close(post);
}

/*++
/* NAME
/*	fd_pass 3h
/* SUMMARY
/*	pass an open descriptor over a unix-domain socket
/* SYNOPSIS
/*	#include <fd_pass.h>
/* DESCRIPTION
/*	fd_send() sends one descriptor (SCM_RIGHTS, with one data byte)
/*	over the connected unix-domain socket sock; the sender keeps
/*	its copy. fd_recv() receives one, waiting no longer than
/*	timeout seconds (0: no limit), and returns it with close-on-exec
/*	set. Both return -1 with errno set on failure; fd_recv() closes
/*	any extra descriptors a hostile peer sent along and fails with
/*	EBADMSG when the message held no descriptor.
/*--*/

#ifndef _FD_PASS_H_INCLUDED_
#define _FD_PASS_H_INCLUDED_

extern int fd_send(int sock, int fd);
extern int fd_recv(int sock, int timeout);

#endif

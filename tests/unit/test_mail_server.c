/*++
/* NAME
/*	test_mail_server 1
/* SUMMARY
/*	unit tests for the server skeletons
/* SYNOPSIS
/*	test_mail_server
/* DESCRIPTION
/*	Each test runs a skeleton in a child process, as master(8)
/*	would: a status socket pair on MASTER_STATUS_FD and a listening
/*	endpoint on MASTER_LISTEN_FD, or with -S on a socket pair as
/*	standard input and output. main.cf lives in a temporary
/*	directory (MAIL_CONFIG) with the queue directory beside it. The
/*	tests check the status records master gets, requests and
/*	replies, max_use and max_idle exits, the exit when master goes
/*	away, SIGTERM, a client with garbage next to a good one on a
/*	multi_server, the client limit, triggers on a fifo and a socket
/*	(also a silent connection), datagrams, and, when run as root,
/*	the change to mail_owner and the refusal of root.
/*--*/

#include <sys_defs.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include <msg.h>
#include <iostuff.h>
#include <listen.h>
#include <connect.h>
#include <vstream.h>
#include <vstring.h>
#include <attr.h>
#include <mail_params.h>
#include <master_proto.h>
#include <mail_server.h>
#include <unit_test.h>

static char top_dir[] = "/tmp/test_mail_server.XXXXXX";
static char queue_dir[256];
static char sock_path[300];
static int report_fd = -1;		/* child -> test: what happened */
static int report_rd = -1;

 /*
  * A running skeleton.
  */
typedef struct SERVER {
    pid_t   pid;
    int     status_fd;			/* master's end */
} SERVER;

typedef void (*SKELETON_FN) (int, char **);

/* report - the child tells the test something */

static void report(const char *fmt, const char *arg)
{
    char    buf[256];
    int     len;

    len = snprintf(buf, sizeof(buf), fmt, arg);
    if (write(report_fd, buf, len) != len)
	_exit(99);
}

/* report_wait - wait until the child said the given thing */

static int report_wait(const char *want, int timeout)
{
    static char buf[1024];
    static size_t len;
    long long deadline = deadline_set(timeout);
    char   *hit;
    ssize_t n;

    for (;;) {
	buf[len] = 0;
	if ((hit = strstr(buf, want)) != 0) {
	    hit += strlen(want);
	    len -= hit - buf;
	    memmove(buf, hit, len + 1);
	    return (1);
	}
	if (len >= sizeof(buf) - 1)
	    len = 0;
	if (poll_fd(report_rd, POLL_FD_READ, deadline) < 0)
	    return (0);
	if ((n = read(report_rd, buf + len, sizeof(buf) - 1 - len)) <= 0)
	    return (0);
	len += n;
    }
}

/* report_drain - forget what the child said so far */

static void report_drain(void)
{
    while (report_wait("\001", 0))
	 /* void */ ;
}

/* write_main_cf - a configuration for the next server */

static void write_main_cf(const char *extra)
{
    char    path[300];
    FILE   *fp;

    snprintf(path, sizeof(path), "%s/main.cf", top_dir);
    if ((fp = fopen(path, "w")) == 0)
	_exit(98);
    fprintf(fp, "queue_directory = %s\nmax_use = 100\nmax_idle = 100s\n%s",
	    queue_dir, extra);
    fclose(fp);
}

/* echo_service - single/multi: {n} -> {n + 1} */

static void echo_service(VSTREAM *stream, char *service, char **argv)
{
    int     n;

    (void) argv;
    if (attr_scan(stream, 0, RECV_ATTR_INT("n", &n), ATTR_TYPE_END) != 1) {
	report("bad request on %s;", service);
	if (strcmp(service, "multi") == 0)
	    multi_server_disconnect(stream);
	return;
    }
    attr_print(stream, 0, SEND_ATTR_INT("n", n + 1), ATTR_TYPE_END);
}

/* echo_loop - single_server: all requests on one connection */

static void echo_loop(VSTREAM *stream, char *service, char **argv)
{
    int     n;

    (void) service;
    (void) argv;
    while (attr_scan(stream, 0, RECV_ATTR_INT("n", &n), ATTR_TYPE_END) == 1)
	attr_print(stream, 0, SEND_ATTR_INT("n", n + 1), ATTR_TYPE_END);
}

/* whoami_service - report the effective user ID */

static void whoami_service(VSTREAM *stream, char *service, char **argv)
{
    char    buf[32];

    (void) stream;
    (void) service;
    (void) argv;
    snprintf(buf, sizeof(buf), "%ld", (long) geteuid());
    report("uid=%s;", buf);
}

/* trigger_service - report the bytes */

static void trigger_service(char *buf, ssize_t len, char *service, char **argv)
{
    (void) service;
    (void) argv;
    (void) len;
    report("got=%s;", buf);
}

/* exit_routine - report a clean exit */

static void exit_routine(char *service, char **argv)
{
    (void) argv;
    report("exit=%s;", service);
}

/* run_single, run_multi, ... - the skeletons with the test's options */

static void run_single(int argc, char **argv)
{
    single_server_main(argc, argv, echo_loop,
		       CA_MAIL_SERVER_EXIT, exit_routine, 0);
}

static void run_whoami(int argc, char **argv)
{
    single_server_main(argc, argv, whoami_service, 0);
}

static void run_multi(int argc, char **argv)
{
    multi_server_main(argc, argv, echo_service,
		      CA_MAIL_SERVER_CLIENT_LIMIT, 2,
		      CA_MAIL_SERVER_EXIT, exit_routine, 0);
}

static void run_trigger(int argc, char **argv)
{
    trigger_server_main(argc, argv, trigger_service,
			CA_MAIL_SERVER_EXIT, exit_routine, 0);
}

static void run_dgram(int argc, char **argv)
{
    dgram_server_main(argc, argv, trigger_service, 0);
}

/* start - run a skeleton as master would */

static SERVER start(SKELETON_FN fn, const char *name, const char *type,
		            int listen_fd, const char *opt)
{
    SERVER  server;
    int     pair[2];
    char   *argv[12];
    int     argc = 0;

    server.pid = -1;
    server.status_fd = -1;
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, pair) < 0)
	return (server);
    fflush(stdout);
    if ((server.pid = fork()) == 0) {
	int     status_fd = fcntl(pair[1], F_DUPFD, 20);
	int     lfd = fcntl(listen_fd, F_DUPFD, 20);

	close(pair[0]);
	close(pair[1]);
	close(listen_fd);

	if (status_fd < 0 || lfd < 0
	    || dup2(status_fd, MASTER_STATUS_FD) < 0
	    || dup2(lfd, MASTER_LISTEN_FD) < 0)
	    _exit(97);
	close(status_fd);
	close(lfd);
	argv[argc++] = (char *) name;
	argv[argc++] = "-n";
	argv[argc++] = (char *) name;
	argv[argc++] = "-t";
	argv[argc++] = (char *) type;
	argv[argc++] = "-s";
	argv[argc++] = "1";
	if (opt != 0)
	    argv[argc++] = (char *) opt;
	argv[argc] = 0;
	fn(argc, argv);
    }
    close(pair[1]);
    server.status_fd = pair[0];
    return (server);
}

/* next_status - the next status record, or -1 */

static int next_status(SERVER *server, int timeout)
{
    MASTER_STATUS stat;

    if (read_wait(server->status_fd, timeout) < 0)
	return (-1);
    if (read(server->status_fd, &stat, sizeof(stat)) != sizeof(stat))
	return (-1);
    if (stat.pid != server->pid)
	return (-2);
    return (stat.avail);
}

/* finish - wait for the child; exit status, or -1 after the time limit */

static int finish(SERVER *server, int timeout)
{
    int     status;
    int     i;

    for (i = 0; i < timeout * 10; i++) {
	if (waitpid(server->pid, &status, WNOHANG) == server->pid) {
	    close(server->status_fd);
	    return (WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	}
	poll((struct pollfd *) 0, 0, 100);
    }
    kill(server->pid, SIGKILL);
    waitpid(server->pid, &status, 0);
    close(server->status_fd);
    return (-1);
}

/* listener - a fresh listening endpoint */

static int listener(const char *type)
{
    snprintf(sock_path, sizeof(sock_path), "%s/private/test", queue_dir);
    if (strcmp(type, "fifo") == 0)
	return (fifo_listen(sock_path, 0600, (VSTRING *) 0));
    if (strcmp(type, "unix-dgram") == 0)
	return (unix_dgram_listen(sock_path, (VSTRING *) 0));
    return (unix_listen(sock_path, 10, (VSTRING *) 0));
}

/* client - connect to the test service */

static VSTREAM *client(void)
{
    int     fd = unix_connect(sock_path, BLOCKING, 5);
    VSTREAM *fp;

    if (fd < 0)
	return (0);
    fp = vstream_fdopen(fd, O_RDWR);
    vstream_set_timeout(fp, 5);
    return (fp);
}

/* ask - one request and reply: n -> n + 1, or -1 */

static int ask(VSTREAM *fp, int n)
{
    int     reply;

    if (attr_print(fp, 0, SEND_ATTR_INT("n", n), ATTR_TYPE_END) < 0)
	return (-1);
    if (attr_scan(fp, 0, RECV_ATTR_INT("n", &reply), ATTR_TYPE_END) != 1)
	return (-1);
    return (reply);
}

/* test_single_status_and_max_use - available, taken, exit after max_use */

static void test_single_status_and_max_use(void)
{
    SERVER  server;
    VSTREAM *fp;
    int     lfd = listener("unix");

    write_main_cf("max_use = 2\n");
    report_drain();
    server = start(run_single, "single", "unix", lfd, "-u");
    close(lfd);
    UNIT_ASSERT_INT(next_status(&server, 5), MASTER_STAT_AVAIL);
    UNIT_ASSERT((fp = client()) != 0);
    UNIT_ASSERT_INT(ask(fp, 1), 2);
    UNIT_ASSERT_INT(ask(fp, 41), 42);
    UNIT_ASSERT_INT(next_status(&server, 5), MASTER_STAT_TAKEN);
    vstream_fclose(fp);
    UNIT_ASSERT_INT(next_status(&server, 5), MASTER_STAT_AVAIL);
    UNIT_ASSERT((fp = client()) != 0);
    UNIT_ASSERT_INT(ask(fp, 5), 6);
    vstream_fclose(fp);
    UNIT_ASSERT_INT(finish(&server, 5), 0);
    UNIT_ASSERT(report_wait("exit=single;", 1));
}

/* test_single_master_gone - exit when the status channel closes */

static void test_single_master_gone(void)
{
    SERVER  server;
    int     lfd = listener("unix");

    write_main_cf("");
    server = start(run_single, "single", "unix", lfd, "-u");
    close(lfd);
    UNIT_ASSERT_INT(next_status(&server, 5), MASTER_STAT_AVAIL);
    shutdown(server.status_fd, SHUT_RDWR);
    UNIT_ASSERT_INT(finish(&server, 5), 0);
    UNIT_ASSERT(report_wait("exit=single;", 1));
}

/* test_single_max_idle - exit after max_idle seconds without work */

static void test_single_max_idle(void)
{
    SERVER  server;
    time_t  start_time = time((time_t *) 0);
    int     lfd = listener("unix");

    write_main_cf("max_idle = 1s\n");
    server = start(run_single, "single", "unix", lfd, "-u");
    close(lfd);
    UNIT_ASSERT_INT(finish(&server, 10), 0);
    UNIT_ASSERT(time((time_t *) 0) - start_time <= 4);
}

/* test_sigterm - SIGTERM while idle runs the exit routine */

static void test_sigterm(void)
{
    SERVER  server;
    int     lfd = listener("unix");

    write_main_cf("");
    server = start(run_single, "single", "unix", lfd, "-u");
    close(lfd);
    UNIT_ASSERT_INT(next_status(&server, 5), MASTER_STAT_AVAIL);
    kill(server.pid, SIGTERM);
    UNIT_ASSERT_INT(finish(&server, 5), 0);
    UNIT_ASSERT(report_wait("exit=single;", 1));
}

/* test_standalone - -S: one conversation on standard input/output */

static void test_standalone(void)
{
    SERVER  server;
    VSTREAM *fp;
    int     pair[2];
    char   *argv[] = {"single", "-S", "-u", 0};

    write_main_cf("");
    UNIT_ASSERT(socketpair(AF_UNIX, SOCK_STREAM, 0, pair) == 0);
    fflush(stdout);
    if ((server.pid = fork()) == 0) {
	dup2(pair[1], 0);
	dup2(pair[1], 1);
	close(pair[0]);
	close(pair[1]);
	run_single(3, argv);
    }
    close(pair[1]);
    server.status_fd = -1;
    fp = vstream_fdopen(pair[0], O_RDWR);
    vstream_set_timeout(fp, 5);
    UNIT_ASSERT_INT(ask(fp, 10), 11);
    UNIT_ASSERT_INT(ask(fp, 20), 21);
    vstream_fclose(fp);
    UNIT_ASSERT_INT(finish(&server, 5), 0);
}

/* test_multi_garbage - a bad client does not disturb a good one */

static void test_multi_garbage(void)
{
    SERVER  server;
    VSTREAM *good;
    VSTREAM *bad;
    int     lfd = listener("unix");
    int     r1 = 0;
    int     r2 = 0;

    write_main_cf("");
    server = start(run_multi, "multi", "unix", lfd, "-u");
    close(lfd);
    UNIT_ASSERT_INT(next_status(&server, 5), MASTER_STAT_AVAIL);
    UNIT_ASSERT((good = client()) != 0);
    UNIT_ASSERT((bad = client()) != 0);
    UNIT_ASSERT_INT(ask(good, 1), 2);
    vstream_fputs("n=1\nzz\n\n\001\002garbage", bad);
    vstream_fflush(bad);
    UNIT_ASSERT(report_wait("bad request on multi;", 5));
    UNIT_ASSERT_INT(VSTREAM_GETC(bad), VSTREAM_EOF);
    /* Two pipelined requests in one write: two replies. */
    vstream_fputs("n=7\n\nn=8\n\n", good);
    vstream_fflush(good);
    UNIT_ASSERT_INT(attr_scan(good, 0, RECV_ATTR_INT("n", &r1), ATTR_TYPE_END), 1);
    UNIT_ASSERT_INT(attr_scan(good, 0, RECV_ATTR_INT("n", &r2), ATTR_TYPE_END), 1);
    UNIT_ASSERT_INT(r1, 8);
    UNIT_ASSERT_INT(r2, 9);
    vstream_fclose(bad);
    vstream_fclose(good);
    kill(server.pid, SIGTERM);
    UNIT_ASSERT_INT(finish(&server, 5), 0);
}

/* test_multi_limit_and_gone - full means taken; master gone waits for clients */

static void test_multi_limit_and_gone(void)
{
    SERVER  server;
    VSTREAM *c1;
    VSTREAM *c2;
    int     lfd = listener("unix");

    write_main_cf("");
    server = start(run_multi, "multi", "unix", lfd, "-u");
    close(lfd);
    UNIT_ASSERT_INT(next_status(&server, 5), MASTER_STAT_AVAIL);
    UNIT_ASSERT((c1 = client()) != 0);
    UNIT_ASSERT_INT(ask(c1, 1), 2);
    UNIT_ASSERT((c2 = client()) != 0);
    UNIT_ASSERT_INT(ask(c2, 2), 3);
    UNIT_ASSERT_INT(next_status(&server, 5), MASTER_STAT_TAKEN);
    vstream_fclose(c2);
    UNIT_ASSERT_INT(next_status(&server, 5), MASTER_STAT_AVAIL);
    shutdown(server.status_fd, SHUT_RDWR);
    poll((struct pollfd *) 0, 0, 300);
    UNIT_ASSERT(waitpid(server.pid, (int *) 0, WNOHANG) == 0);
    UNIT_ASSERT_INT(ask(c1, 3), 4);
    vstream_fclose(c1);
    UNIT_ASSERT_INT(finish(&server, 5), 0);
    UNIT_ASSERT(report_wait("exit=multi;", 1));
}

/* test_trigger_fifo - wakeups through a fifo */

static void test_trigger_fifo(void)
{
    SERVER  server;
    int     lfd = listener("fifo");
    int     w;

    write_main_cf("");
    server = start(run_trigger, "trig", "fifo", lfd, "-u");
    close(lfd);
    UNIT_ASSERT_INT(next_status(&server, 5), MASTER_STAT_AVAIL);
    UNIT_ASSERT((w = open(sock_path, O_WRONLY | O_NONBLOCK)) >= 0);
    UNIT_ASSERT_INT(write(w, "W", 1), 1);
    UNIT_ASSERT(report_wait("got=W;", 5));
    close(w);
    kill(server.pid, SIGTERM);
    UNIT_ASSERT_INT(finish(&server, 5), 0);
}

/* test_trigger_socket - wakeups over connections, a silent one too */

static void test_trigger_socket(void)
{
    SERVER  server;
    int     lfd = listener("unix");
    int     silent;
    int     w;

    write_main_cf("trigger_timeout = 1s\nmax_use = 2\n");
    server = start(run_trigger, "trig", "unix", lfd, "-u");
    close(lfd);
    UNIT_ASSERT_INT(next_status(&server, 5), MASTER_STAT_AVAIL);
    UNIT_ASSERT((silent = unix_connect(sock_path, BLOCKING, 5)) >= 0);
    UNIT_ASSERT((w = unix_connect(sock_path, BLOCKING, 5)) >= 0);
    UNIT_ASSERT_INT(write(w, "I", 1), 1);
    close(w);
    UNIT_ASSERT(report_wait("got=I;", 5));
    /* The silent connection is closed by the server in time. */
    UNIT_ASSERT(read_wait(silent, 5) == 0);
    close(silent);
    UNIT_ASSERT((w = unix_connect(sock_path, BLOCKING, 5)) >= 0);
    UNIT_ASSERT_INT(write(w, "D", 1), 1);
    close(w);
    UNIT_ASSERT(report_wait("got=D;", 5));
    UNIT_ASSERT_INT(finish(&server, 5), 0);
}

/* test_dgram - datagrams, max_use */

static void test_dgram(void)
{
    SERVER  server;
    int     lfd = listener("unix-dgram");
    int     s;

    write_main_cf("max_use = 1\n");
    server = start(run_dgram, "dgram", "unix-dgram", lfd, "-u");
    close(lfd);
    UNIT_ASSERT_INT(next_status(&server, 5), MASTER_STAT_AVAIL);
    UNIT_ASSERT((s = unix_dgram_connect(sock_path, BLOCKING)) >= 0);
    UNIT_ASSERT_INT(send(s, "hello log", 9, 0), 9);
    UNIT_ASSERT(report_wait("got=hello log;", 5));
    close(s);
    UNIT_ASSERT_INT(finish(&server, 5), 0);
}

/* test_privileges - as root: become mail_owner; refuse root */

static void test_privileges(void)
{
    struct passwd *pw;
    SERVER  server;
    VSTREAM *fp;
    char    want[64];
    int     lfd;

    if (geteuid() != 0 || (pw = getpwnam("nobody")) == 0) {
	printf("  (not root or no user nobody: skipped)\n");
	return;
    }
    lfd = listener("unix");
    write_main_cf("mail_owner = nobody\n");
    server = start(run_whoami, "who", "unix", lfd, (char *) 0);
    UNIT_ASSERT_INT(next_status(&server, 5), MASTER_STAT_AVAIL);
    UNIT_ASSERT((fp = client()) != 0);
    snprintf(want, sizeof(want), "uid=%ld;", (long) pw->pw_uid);
    UNIT_ASSERT(report_wait(want, 5));
    vstream_fclose(fp);
    kill(server.pid, SIGTERM);
    UNIT_ASSERT_INT(finish(&server, 5), 0);

    write_main_cf("mail_owner = root\n");
    server = start(run_whoami, "who", "unix", lfd, (char *) 0);
    close(lfd);
    UNIT_ASSERT_INT(finish(&server, 5), 1);
}

int     main(void)
{
    char    cmd[300];
    int     pipefd[2];
    int     status;

    signal(SIGPIPE, SIG_IGN);
    alarm(180);
    if (mkdtemp(top_dir) == 0 || pipe(pipefd) < 0) {
	perror("set-up");
	return (1);
    }
    chmod(top_dir, 0755);
    report_rd = pipefd[0];
    report_fd = pipefd[1];
    snprintf(queue_dir, sizeof(queue_dir), "%s/queue", top_dir);
    mkdir(queue_dir, 0755);
    snprintf(cmd, sizeof(cmd), "%s/private", queue_dir);
    mkdir(cmd, 0755);
    setenv("MAIL_CONFIG", top_dir, 1);
    UNIT_RUN(test_single_status_and_max_use);
    UNIT_RUN(test_single_master_gone);
    UNIT_RUN(test_single_max_idle);
    UNIT_RUN(test_sigterm);
    UNIT_RUN(test_standalone);
    UNIT_RUN(test_multi_garbage);
    UNIT_RUN(test_multi_limit_and_gone);
    UNIT_RUN(test_trigger_fifo);
    UNIT_RUN(test_trigger_socket);
    UNIT_RUN(test_dgram);
    UNIT_RUN(test_privileges);
    status = UNIT_SUMMARY();
    snprintf(cmd, sizeof(cmd), "rm -rf %s", top_dir);
    if (system(cmd) != 0)
	return (1);
    return (status);
}

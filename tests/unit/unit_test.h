/*++
/* NAME
/*	unit_test 3h
/* SUMMARY
/*	minimal unit test support
/* SYNOPSIS
/*	#include <unit_test.h>
/*
/*	UNIT_ASSERT(condition)
/*	UNIT_ASSERT_INT(actual, expected)
/*	UNIT_ASSERT_STR(actual, expected)
/*	UNIT_RUN(test_function)
/*	return UNIT_SUMMARY();
/*
/*	int	unit_exit_status(function, context)
/* DESCRIPTION
/*	Each test file is one program. UNIT_RUN() runs a test function
/*	and prints "PASS name" or "FAIL name: where: what"; a failed
/*	assertion ends that test function. UNIT_SUMMARY() prints
/*	"N passed, N failed" and gives the exit status.
/*
/*	unit_exit_status() runs a function in a child process and
/*	returns its exit status, or 128+signal when it was killed: for
/*	testing msg_fatal() and msg_panic() paths.
/*--*/

#ifndef _UNIT_TEST_H_INCLUDED_
#define _UNIT_TEST_H_INCLUDED_

#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

static int unit_passed;
static int unit_failed;
static int unit_current_failed;

#define UNIT_FAIL(fmt, ...) do { \
	printf("  %s:%d: " fmt "\n", __FILE__, __LINE__, __VA_ARGS__); \
	unit_current_failed = 1; \
	return; \
    } while (0)

#define UNIT_ASSERT(cond) do { \
	if (!(cond)) UNIT_FAIL("assertion failed: %s", #cond); \
    } while (0)

#define UNIT_ASSERT_INT(actual, expected) do { \
	long long unit_a = (long long) (actual), unit_e = (long long) (expected); \
	if (unit_a != unit_e) \
	    UNIT_FAIL("%s: got %lld, want %lld", #actual, unit_a, unit_e); \
    } while (0)

#define UNIT_ASSERT_STR(actual, expected) do { \
	const char *unit_a = (actual), *unit_e = (expected); \
	if (unit_a == 0 || unit_e == 0 ? unit_a != unit_e : strcmp(unit_a, unit_e) != 0) \
	    UNIT_FAIL("%s: got \"%s\", want \"%s\"", #actual, \
		      unit_a ? unit_a : "(null)", unit_e ? unit_e : "(null)"); \
    } while (0)

#define UNIT_RUN(fn) unit_run(#fn, fn)
#define UNIT_SUMMARY() unit_summary()

static void unit_run(const char *name, void (*fn) (void))
{
    unit_current_failed = 0;
    fflush(stdout);
    fn();
    if (unit_current_failed) {
	unit_failed++;
	printf("FAIL %s\n", name);
    } else {
	unit_passed++;
	printf("PASS %s\n", name);
    }
    fflush(stdout);
}

static int unit_summary(void)
{
    printf("%d passed, %d failed\n", unit_passed, unit_failed);
    return (unit_failed ? 1 : 0);
}

static int __attribute__((unused)) unit_exit_status(void (*fn) (void *), void *context)
{
    pid_t   pid;
    int     status;

    fflush(stdout);
    fflush(stderr);
    if ((pid = fork()) < 0)
	return (-1);
    if (pid == 0) {
	fn(context);
	_exit(0);
    }
    if (waitpid(pid, &status, 0) < 0)
	return (-1);
    if (WIFSIGNALED(status))
	return (128 + WTERMSIG(status));
    return (WEXITSTATUS(status));
}

#endif

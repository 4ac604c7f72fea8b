// SPDX-License-Identifier: GPL-3.0-or-later
// peakrss OUTFILE PROGRAM [ARGS...]: runs PROGRAM as its child and writes the child's peak
// resident memory in KiB (wait4's ru_maxrss) to OUTFILE; exits as the child did (the same
// status, or the same signal raised again). SIGTERM, SIGINT and SIGHUP go on to the child; if
// this process dies, the child gets SIGKILL.
//
// Why a process in between: the kernel carries the memory high-water mark of a process from
// before exec over to the program it runs, so a program a test spawns directly reports at least
// the test's own peak (which is large once it has built a 2 GiB input). This process is small
// when it forks, and its child starts from that.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

volatile sig_atomic_t child = 0;

void forward(int sig)
{
    if (child > 0)
        ::kill(child, sig);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: peakrss OUTFILE PROGRAM [ARGS...]\n");
        return 125;
    }
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        std::perror("peakrss: fork");
        return 125;
    }
    if (pid == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(125);
        ::execv(argv[2], argv + 2);
        std::fprintf(stderr, "peakrss: %s: %s\n", argv[2], std::strerror(errno));
        ::_exit(127);
    }
    child = pid;
    struct sigaction sa {};
    sa.sa_handler = forward;
    for (const int sig : { SIGTERM, SIGINT, SIGHUP })
        ::sigaction(sig, &sa, nullptr);
    int status = 0;
    struct rusage usage {};
    while (::wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            std::perror("peakrss: wait4");
            return 125;
        }
    }
    if (FILE *out = std::fopen(argv[1], "w")) {
        std::fprintf(out, "%ld\n", usage.ru_maxrss);
        std::fclose(out);
    }
    if (WIFSIGNALED(status)) {
        ::signal(WTERMSIG(status), SIG_DFL);
        ::raise(WTERMSIG(status));
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 125;
}

// Process helpers for benchmarks and tests: a pseudo-terminal and two ways of starting a
// program. They are C because a forked child may only make async-signal-safe calls before
// exec, and ioctl is variadic.
#define _GNU_SOURCE 1
#define _XOPEN_SOURCE 700

#include "CProcess.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

int mp_open_pty(int rows, int cols, char *slave, int size) {
  int master = posix_openpt(O_RDWR | O_NOCTTY);
  if (master < 0) return -1;
  if (grantpt(master) != 0 || unlockpt(master) != 0) {
    close(master);
    return -1;
  }
  const char *name = ptsname(master);
  if (name == NULL || (int)strlen(name) >= size) {
    close(master);
    return -1;
  }
  strcpy(slave, name);
  struct winsize ws = {(unsigned short)rows, (unsigned short)cols, 0, 0};
  ioctl(master, TIOCSWINSZ, &ws);
  return master;
}

int mp_spawn_on_tty(const char *path, char *const argv[], char *const envp[], const char *tty) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  for (int fd = 0; fd < 3; fd++) posix_spawn_file_actions_addopen(&actions, fd, tty, O_RDWR, 0);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID);
  pid_t pid = -1;
  int error = posix_spawn(&pid, path, &actions, &attributes, argv, envp);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  return error == 0 ? (int)pid : -1;
}

int mp_spawn_clean(const char *file, char *const argv[], int out_fd) {
  pid_t pid = fork();
  if (pid != 0) return pid < 0 ? -1 : (int)pid;
  // The child: only async-signal-safe calls until exec.
  sigset_t empty;
  sigemptyset(&empty);
  sigprocmask(SIG_SETMASK, &empty, NULL);
  struct sigaction normal;
  memset(&normal, 0, sizeof normal);
  normal.sa_handler = SIG_DFL;
  for (int sig = 1; sig < 65; sig++) sigaction(sig, &normal, NULL);
  int null = open("/dev/null", O_RDWR);
  dup2(null, 0);
  dup2(out_fd >= 0 ? out_fd : null, 1);
  dup2(null, 2);
  for (int fd = 3; fd < 4096; fd++) close(fd);
  execvp(file, argv);
  _exit(127);
}

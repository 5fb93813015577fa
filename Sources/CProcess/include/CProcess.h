#ifndef CPROCESS_H
#define CPROCESS_H

/// Opens a pseudo-terminal of `rows`×`cols`; returns the master descriptor (or -1) and the
/// slave's path in `slave` (for benchmarks that run the editor as a user would).
int mp_open_pty(int rows, int cols, char *slave, int size);

/// Starts `file` (looked up in PATH) with standard output on `out_fd` (-1: /dev/null),
/// standard input and error on /dev/null, no other descriptor inherited, no signal blocked
/// or ignored. Returns the pid, or -1. For helpers such as tmux whose server outlives the
/// command: it must not hold on to the caller's pipes.
int mp_spawn_clean(const char *file, char *const argv[], int out_fd);

/// Starts `path` in a new session with the terminal `tty` as its standard streams.
/// Returns the pid, or -1.
int mp_spawn_on_tty(const char *path, char *const argv[], char *const envp[], const char *tty);

#endif

#define _GNU_SOURCE 1
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "CCurses.h"

#include <curses.h>
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static int active = 0;
static int colors = 0;
static volatile sig_atomic_t pending_signal = 0;
static MEVENT last_mouse;
static int mouse_ready = 0;

// Color pairs are allocated on demand for each (fg, bg) combination.
#define MAX_PAIRS 256
static short pair_fg[MAX_PAIRS];
static short pair_bg[MAX_PAIRS];
static int pair_count = 1;

static void stop_at_exit(void) { mq_stop(); }

int mq_start(int escdelay_ms) {
  if (active) return 1;
  setlocale(LC_ALL, "");
  if (initscr() == NULL) return 0;
  active = 1;
  atexit(stop_at_exit);
  raw();
  noecho();
  nonl();
  keypad(stdscr, TRUE);
  set_escdelay(escdelay_ms);
  curs_set(0);
  // Home and End as tmux and some xterms send them, which terminfo may not list.
  define_key("\033[1~", KEY_HOME);
  define_key("\033[4~", KEY_END);
  define_key("\033[H", KEY_HOME);
  define_key("\033[F", KEY_END);
  if (has_colors()) {
    start_color();
    use_default_colors();
    colors = COLORS;
  }
  mousemask(BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
                | BUTTON5_PRESSED
#endif
            ,
            NULL);
  mouseinterval(0);
  return 1;
}

void mq_stop(void) {
  if (!active) return;
  active = 0;
  endwin();
}

int mq_active(void) { return active; }
int mq_lines(void) { return LINES; }
int mq_cols(void) { return COLS; }
int mq_colors(void) { return colors; }

int mq_utf8(void) {
  const char *set = nl_langinfo(CODESET);
  return set != NULL && (strcmp(set, "UTF-8") == 0 || strcmp(set, "utf8") == 0);
}

static short pair_for(int fg, int bg) {
  if (colors == 0 || (fg < 0 && bg < 0)) return 0;
  if (fg >= colors) fg = -1;
  if (bg >= colors) bg = -1;
  for (int i = 1; i < pair_count; i++) {
    if (pair_fg[i] == fg && pair_bg[i] == bg) return (short)i;
  }
  if (pair_count >= MAX_PAIRS || pair_count >= COLOR_PAIRS) return 0;
  short pair = (short)pair_count++;
  pair_fg[pair] = (short)fg;
  pair_bg[pair] = (short)bg;
  init_pair(pair, (short)fg, (short)bg);
  return pair;
}

void mq_put(int y, int x, const wchar_t *text, int count, int attrs, int fg, int bg) {
  if (!active || count <= 0) return;
  attr_t a = A_NORMAL;
  if (attrs & MQ_BOLD) a |= A_BOLD;
  if (attrs & MQ_UNDERLINE) a |= A_UNDERLINE;
  if (attrs & MQ_REVERSE) a |= A_REVERSE;
  if (attrs & MQ_DIM) a |= A_DIM;
  short pair = pair_for(fg, bg);
  attr_set(a, pair, NULL);
  mvaddnwstr(y, x, text, count);
  attr_set(A_NORMAL, 0, NULL);
}

void mq_clear(void) {
  if (active) erase();
}

void mq_refresh(void) {
  if (active) refresh();
}

void mq_beep(void) {
  if (active) beep();
}

int mq_read(int timeout_ms, int *code) {
  if (!active) return MQ_NONE;
  timeout(timeout_ms);
  wint_t ch = 0;
  int type = get_wch(&ch);
  if (type == ERR) return MQ_NONE;
  if (type == OK) {
    if (ch == '\r' || ch == '\n') {
      *code = MQ_KEY_ENTER;
      return MQ_FUNCTION;
    }
    if (ch == 127 || ch == 8) {
      *code = MQ_KEY_BACKSPACE;
      return MQ_FUNCTION;
    }
    *code = (int)ch;
    return MQ_CHAR;
  }
  switch (ch) {
    case KEY_UP: *code = MQ_KEY_UP; break;
    case KEY_DOWN: *code = MQ_KEY_DOWN; break;
    case KEY_LEFT: *code = MQ_KEY_LEFT; break;
    case KEY_RIGHT: *code = MQ_KEY_RIGHT; break;
    case KEY_HOME: *code = MQ_KEY_HOME; break;
    case KEY_END: *code = MQ_KEY_END; break;
    case KEY_PPAGE: *code = MQ_KEY_PAGE_UP; break;
    case KEY_NPAGE: *code = MQ_KEY_PAGE_DOWN; break;
    case KEY_BACKSPACE: *code = MQ_KEY_BACKSPACE; break;
    case KEY_DC: *code = MQ_KEY_DELETE; break;
    case KEY_IC: *code = MQ_KEY_INSERT; break;
    case KEY_BTAB: *code = MQ_KEY_BACK_TAB; break;
    case KEY_ENTER: *code = MQ_KEY_ENTER; break;
    case KEY_RESIZE: *code = MQ_KEY_RESIZE; break;
    case KEY_MOUSE:
      mouse_ready = getmouse(&last_mouse) == OK;
      if (!mouse_ready) return MQ_NONE;
      *code = MQ_KEY_MOUSE;
      break;
    default:
      if (ch >= KEY_F0 && ch <= KEY_F(63)) {
        *code = MQ_KEY_F0 + (int)(ch - KEY_F0);
        break;
      }
      return MQ_NONE;
  }
  return MQ_FUNCTION;
}

int mq_mouse(int *kind, int *button, int *x, int *y) {
  if (!mouse_ready) return 0;
  mouse_ready = 0;
  *x = last_mouse.x;
  *y = last_mouse.y;
  *button = 1;
  mmask_t s = last_mouse.bstate;
  if (s & BUTTON4_PRESSED) {
    *kind = MQ_MOUSE_WHEEL_UP;
#ifdef BUTTON5_PRESSED
  } else if (s & BUTTON5_PRESSED) {
    *kind = MQ_MOUSE_WHEEL_DOWN;
#endif
  } else if (s & (BUTTON1_PRESSED | BUTTON1_CLICKED)) {
    *kind = MQ_MOUSE_PRESS;
  } else if (s & BUTTON1_RELEASED) {
    *kind = MQ_MOUSE_RELEASE;
  } else {
    return 0;
  }
  return 1;
}

static void on_termination(int sig) { pending_signal = sig; }

// A crash must not leave the terminal in raw mode: restore it, then die as before.
static void on_crash(int sig) {
  if (active) {
    active = 0;
    endwin();
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

void mq_install_signal_handlers(void) {
  struct sigaction term;
  memset(&term, 0, sizeof term);
  term.sa_handler = on_termination;
  sigemptyset(&term.sa_mask);
  sigaction(SIGTERM, &term, NULL);
  sigaction(SIGHUP, &term, NULL);
  sigaction(SIGINT, &term, NULL);

  struct sigaction crash;
  memset(&crash, 0, sizeof crash);
  crash.sa_handler = on_crash;
  sigemptyset(&crash.sa_mask);
  crash.sa_flags = SA_RESETHAND;
  int signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
  for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
    sigaction(signals[i], &crash, NULL);
  }

  // A parent may have started us with these signals blocked: they must get through.
  sigset_t wanted;
  sigemptyset(&wanted);
  sigaddset(&wanted, SIGTERM);
  sigaddset(&wanted, SIGHUP);
  sigaddset(&wanted, SIGINT);
  sigaddset(&wanted, SIGWINCH);
  for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaddset(&wanted, signals[i]);
  sigprocmask(SIG_UNBLOCK, &wanted, NULL);
}

int mq_pending_signal(void) {
  int sig = pending_signal;
  pending_signal = 0;
  return sig;
}

int mq_process_alive(int pid) {
  if (pid <= 0) return 0;
  return kill(pid, 0) == 0 || errno == EPERM;
}

int mq_open_pty(int rows, int cols, char *slave, int size) {
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

int mq_spawn_on_tty(const char *path, char *const argv[], char *const envp[], const char *tty) {
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

int mq_spawn_clean(const char *file, char *const argv[], int out_fd) {
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

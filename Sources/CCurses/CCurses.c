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
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <term.h>
#include <termios.h>
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

// What a crash handler writes to put the terminal back, computed while it is safe to (a
// handler may only call async-signal-safe functions: write and tcsetattr, not endwin).
static char restore_bytes[512];
static size_t restore_length = 0;
static struct termios saved_modes;
static int have_saved_modes = 0;
static SCREEN *screen = NULL;
// Whether the terminal was put in explicit bidi mode (CSI 8 l): the program writes visual
// order itself. Implicit mode (CSI 8 h) is restored on every exit path.
static int explicit_bidi = 0;
static int restores_bidi = 0;

static void add_restore(const char *bytes) {
  if (bytes == NULL || bytes == (char *)-1) return;
  size_t n = strlen(bytes);
  if (restore_length + n >= sizeof restore_bytes) return;
  memcpy(restore_bytes + restore_length, bytes, n);
  restore_length += n;
}

int mq_check_terminal(void) {
  const char *term = getenv("TERM");
  if (term == NULL || term[0] == '\0') return MQ_TERM_UNSET;
  int error = 0;
  if (setupterm(NULL, STDOUT_FILENO, &error) != OK) {
    return error == -1 ? MQ_TERM_NO_DATABASE : MQ_TERM_UNKNOWN;
  }
  // A terminal that cannot place the cursor (dumb, a printing terminal) cannot show a grid.
  char cup[] = "cup";
  char *address = tigetstr(cup);
  int usable = address != NULL && address != (char *)-1 && tigetnum("lines") != 0;
  del_curterm(cur_term);
  return usable ? MQ_TERM_OK : MQ_TERM_DUMB;
}

int mq_start(int escdelay_ms) {
  if (active) return 1;
  setlocale(LC_ALL, "");
  if (tcgetattr(STDIN_FILENO, &saved_modes) == 0) have_saved_modes = 1;
  // newterm, unlike initscr, returns instead of exiting when the terminal is unknown.
  screen = newterm(NULL, stdout, stdin);
  if (screen == NULL) return 0;
  set_term(screen);
  active = 1;
  restore_length = 0;
  restores_bidi = 0;
  char sgr0[] = "sgr0", cnorm[] = "cnorm", rmkx[] = "rmkx", rmcup[] = "rmcup";
  add_restore(tigetstr(sgr0));
  // Mouse reports off (every mode ncurses may have turned on), then the cursor and keypad.
  add_restore("\033[?1006l\033[?1003l\033[?1002l\033[?1000l");
  add_restore(tigetstr(cnorm));
  add_restore(tigetstr(rmkx));
  add_restore(tigetstr(rmcup));
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
  if (screen != NULL) {
    delscreen(screen);
    screen = NULL;
  }
  if (explicit_bidi) {
    fflush(stdout);
    ssize_t ignored = write(STDOUT_FILENO, "\033[8h", 4);
    (void)ignored;
    explicit_bidi = 0;
  }
}

void mq_set_explicit_bidi(int on) {
  if (!active || (on != 0) == explicit_bidi) return;
  fflush(stdout);
  ssize_t ignored = write(STDOUT_FILENO, on ? "\033[8l" : "\033[8h", 4);
  (void)ignored;
  explicit_bidi = on != 0;
  // A crash handler writes the restore bytes: implicit mode is among them once explicit
  // mode was ever set (writing it again when already implicit does nothing).
  if (on && !restores_bidi) {
    add_restore("\033[8h");
    restores_bidi = 1;
  }
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

static void write_text(const char *text) {
  ssize_t ignored = write(STDERR_FILENO, text, strlen(text));
  (void)ignored;
}

// A fatal signal must not leave the terminal raw, in the alternate screen with the mouse
// on: put it back with what was prepared at start, say what happened, and die of the
// signal as before. Only async-signal-safe calls here; it runs on a stack of its own, so
// that a stack overflow restores the terminal too.
static void on_fatal(int sig) {
  if (active) {
    active = 0;
    if (restore_length > 0) {
      ssize_t ignored = write(STDOUT_FILENO, restore_bytes, restore_length);
      (void)ignored;
    }
    if (have_saved_modes) tcsetattr(STDIN_FILENO, TCSANOW, &saved_modes);
    char number[12];
    int n = sig, i = (int)sizeof number - 1;
    number[i] = '\0';
    do {
      number[--i] = (char)('0' + n % 10);
      n /= 10;
    } while (n > 0 && i > 0);
    write_text("\r\nmultaqa: stopped by signal ");
    write_text(number + i);
    write_text(". Unsaved changes, if any, are in the recovery journal: start Multaqa again to get them back.\r\n");
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

static const int fatal_signals[] = {
    SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS, SIGQUIT, SIGXCPU, SIGXFSZ,
    SIGALRM, SIGUSR1, SIGUSR2, SIGVTALRM, SIGPROF, SIGPIPE,
#ifdef SIGSTKFLT
    SIGSTKFLT,
#endif
#ifdef SIGPWR
    SIGPWR,
#endif
};

void mq_install_signal_handlers(void) {
  struct sigaction term;
  memset(&term, 0, sizeof term);
  term.sa_handler = on_termination;
  sigemptyset(&term.sa_mask);
  sigaction(SIGTERM, &term, NULL);
  sigaction(SIGHUP, &term, NULL);
  sigaction(SIGINT, &term, NULL);

  // A stack of its own for the fatal handler: a stack overflow leaves none to run on.
  static char alternate_stack[1 << 16];
  stack_t stack;
  memset(&stack, 0, sizeof stack);
  stack.ss_sp = alternate_stack;
  stack.ss_size = sizeof alternate_stack;
  sigaltstack(&stack, NULL);

  struct sigaction fatal;
  memset(&fatal, 0, sizeof fatal);
  fatal.sa_handler = on_fatal;
  sigfillset(&fatal.sa_mask);
  fatal.sa_flags = SA_ONSTACK;
  for (size_t i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++) {
    int sig = fatal_signals[i];
    struct sigaction old;
    if (sigaction(sig, NULL, &old) != 0) continue;
    // A signal the process ignores (SIGPIPE, often) stays ignored: it is not fatal.
    if (old.sa_handler == SIG_IGN) continue;
    sigaction(sig, &fatal, NULL);
  }

  // A parent may have started us with these signals blocked: they must get through.
  sigset_t wanted;
  sigemptyset(&wanted);
  sigaddset(&wanted, SIGTERM);
  sigaddset(&wanted, SIGHUP);
  sigaddset(&wanted, SIGINT);
  sigaddset(&wanted, SIGWINCH);
  for (size_t i = 0; i < sizeof fatal_signals / sizeof fatal_signals[0]; i++) {
    sigaddset(&wanted, fatal_signals[i]);
  }
  sigprocmask(SIG_UNBLOCK, &wanted, NULL);
}

int mq_fatal_handler_installed(int sig) {
  struct sigaction current;
  if (sigaction(sig, NULL, &current) != 0) return 0;
  return current.sa_handler == on_fatal && (current.sa_flags & SA_ONSTACK) != 0;
}

int mq_signal_ignored(int sig) {
  struct sigaction current;
  return sigaction(sig, NULL, &current) == 0 && current.sa_handler == SIG_IGN;
}

size_t mq_alternate_stack_size(void) {
  stack_t stack;
  if (sigaltstack(NULL, &stack) != 0 || (stack.ss_flags & SS_DISABLE)) return 0;
  return stack.ss_size;
}

int mq_pending_signal(void) {
  int sig = pending_signal;
  pending_signal = 0;
  return sig;
}


// A narrow C interface to ncursesw for Multaqa's terminal layer.
//
// Swift cannot import curses' function-like macros, and under strict concurrency it cannot
// touch `stdscr`; the wide-character API also needs feature macros SwiftPM drops. This
// target keeps all of that in C and exposes plain functions and integer key codes.
#ifndef MULTAQA_CCURSES_H
#define MULTAQA_CCURSES_H

#include <stddef.h>
#include <wchar.h>

// Key codes returned by mq_read (characters are returned as themselves).
#define MQ_NONE 0
#define MQ_CHAR 1
#define MQ_FUNCTION 2

#define MQ_KEY_UP 1001
#define MQ_KEY_DOWN 1002
#define MQ_KEY_LEFT 1003
#define MQ_KEY_RIGHT 1004
#define MQ_KEY_HOME 1005
#define MQ_KEY_END 1006
#define MQ_KEY_PAGE_UP 1007
#define MQ_KEY_PAGE_DOWN 1008
#define MQ_KEY_BACKSPACE 1009
#define MQ_KEY_DELETE 1010
#define MQ_KEY_BACK_TAB 1011
#define MQ_KEY_ENTER 1012
#define MQ_KEY_RESIZE 1013
#define MQ_KEY_MOUSE 1014
#define MQ_KEY_INSERT 1015
#define MQ_KEY_F0 1100  // F1 is MQ_KEY_F0 + 1

// Attributes for mq_put.
#define MQ_BOLD 1
#define MQ_UNDERLINE 2
#define MQ_REVERSE 4
#define MQ_DIM 8

// Mouse events from mq_mouse.
#define MQ_MOUSE_PRESS 1
#define MQ_MOUSE_RELEASE 2
#define MQ_MOUSE_WHEEL_UP 3
#define MQ_MOUSE_WHEEL_DOWN 4

// What mq_check_terminal finds.
#define MQ_TERM_OK 0
#define MQ_TERM_UNSET 1
#define MQ_TERM_UNKNOWN 2
#define MQ_TERM_NO_DATABASE 3
#define MQ_TERM_DUMB 4

/// Whether $TERM names a terminal the editor can draw on (one that can place the cursor).
int mq_check_terminal(void);

/// Starts curses on the terminal: locale from the environment, raw mode, no echo, keypad,
/// a short ESCDELAY, mouse reports and colors when available. Returns 1 on success, 0
/// when the terminal cannot be used (it never exits the process, as initscr would).
int mq_start(int escdelay_ms);

/// Puts the terminal in explicit bidi mode (CSI 8 l: the program writes visual order) or
/// back in implicit mode (CSI 8 h). Implicit mode is restored on exit, signals and crashes.
void mq_set_explicit_bidi(int on);
/// Restores the terminal. Safe to call more than once.
void mq_stop(void);
/// Whether curses is running.
int mq_active(void);

int mq_lines(void);
int mq_cols(void);
/// Number of colors (0 without color support).
int mq_colors(void);
/// Whether the locale's character set is UTF-8.
int mq_utf8(void);

/// Writes `count` wide characters at row y, column x with attributes and colors
/// (-1 is the terminal's default color).
void mq_put(int y, int x, const wchar_t *text, int count, int attrs, int fg, int bg);
void mq_clear(void);
void mq_refresh(void);
void mq_beep(void);

/// Waits up to `timeout_ms` (-1: forever) for a key. Returns MQ_NONE, MQ_CHAR (with the
/// character in *code) or MQ_FUNCTION (with an MQ_KEY_* in *code).
int mq_read(int timeout_ms, int *code);
/// The last mouse event: kind (MQ_MOUSE_*), button and position. Returns 0 when none.
int mq_mouse(int *kind, int *button, int *x, int *y);

/// Catches SIGTERM, SIGHUP and SIGINT (reported by mq_pending_signal), and restores the
/// terminal before the process dies of any other fatal signal, on a stack of its own (so
/// that a stack overflow restores it too), then hands the signal to the previous handler.
void mq_install_signal_handlers(void);
/// Whether the fatal-signal handler, on its own stack, handles `sig` (for tests).
int mq_fatal_handler_installed(int sig);
/// Whether the process ignores `sig`.
int mq_signal_ignored(int sig);
/// The size of the alternate signal stack, 0 when there is none (for tests).
size_t mq_alternate_stack_size(void);
/// The termination signal received since the last call, or 0.
int mq_pending_signal(void);

#endif

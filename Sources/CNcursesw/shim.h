// Thin C shim for ncursesw: what Swift 6 cannot import directly
// (C globals, expression macros, cchar_t construction). See
// docs/ncurses.md for why each accessor exists.
#ifndef BYLINE_CNCURSESW_SHIM_H
#define BYLINE_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <signal.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>

static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline FILE *nc_stdout(void) { return stdout; }
static inline FILE *nc_stdin(void) { return stdin; }
static inline int nc_lines(void) { return LINES; }
static inline int nc_cols(void) { return COLS; }
static inline int nc_colors(void) { return COLORS; }
static inline int nc_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t nc_a_normal(void) { return A_NORMAL; }
static inline attr_t nc_a_bold(void) { return A_BOLD; }
static inline attr_t nc_a_dim(void) { return A_DIM; }
static inline attr_t nc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nc_a_reverse(void) { return A_REVERSE; }
static inline attr_t nc_a_italic(void) { return A_ITALIC; }
static inline bool nc_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
extern int wcwidth(wchar_t c);
static inline int nc_wcwidth(wchar_t c) { return wcwidth(c); }
static inline int nc_put_cell(WINDOW *w, int y, int x, const wchar_t *wch,
                              attr_t a, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, a, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(w, y, x, &c);
}

/* Mouse wheel masks (function-like macros upstream). */
static inline mmask_t nc_wheel_up_mask(void) { return BUTTON4_PRESSED; }
static inline mmask_t nc_wheel_down_mask(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}
static inline int nc_key_f0(void) { return KEY_F0; }

/* SIGINT, SIGTERM, SIGHUP, SIGQUIT: restore the terminal, then die of the same signal
   (so the shell sees the usual status). ncurses keeps its own SIGTSTP handler, which
   restores the terminal on Ctrl-Z and repaints on fg; see nc_install_suspend_handler. */
static void nc_restore_and_reraise(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}
/* Ctrl-Z then fg. ncurses' SIGTSTP handler calls endwin (which leaves keypad-transmit
   mode, smkx) and, on fg, restores the tty modes, the alternate screen, the cursor and
   the mouse and repaints, but not keypad-transmit mode: the terminal then sends the
   cursor keys in their other form (Down as ESC [ B instead of ESC O B), which curses
   does not decode, and the first arrow key is read as Esc, [ and B. This handler runs
   ncurses' own, then sends smkx again (keypad() writes and flushes it), so the terminal
   is in the state it was in before Ctrl-Z. */
static void (*nc_curses_suspend_handler)(int) = NULL;
static void nc_suspend_and_restore_keypad(int sig) {
    int saved = errno;
    if (nc_curses_suspend_handler) nc_curses_suspend_handler(sig);
    keypad(stdscr, TRUE);
    errno = saved;
}
/* Wraps ncurses' SIGTSTP handler (installed by newterm when the shell does job
   control); nothing to do when there is none (SIGTSTP ignored or default). */
static inline void nc_install_suspend_handler(void) {
    struct sigaction current;
    if (sigaction(SIGTSTP, NULL, &current) != 0) return;
    if ((current.sa_flags & SA_SIGINFO) || current.sa_handler == SIG_DFL || current.sa_handler == SIG_IGN
        || current.sa_handler == nc_suspend_and_restore_keypad) return;
    nc_curses_suspend_handler = current.sa_handler;
    current.sa_handler = nc_suspend_and_restore_keypad;
    sigaction(SIGTSTP, &current, NULL);
}
/* Back to the default SIGTSTP action, before the screen is deleted. */
static inline void nc_remove_suspend_handler(void) {
    signal(SIGTSTP, SIG_DFL);
    nc_curses_suspend_handler = NULL;
}
static inline void nc_install_exit_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = nc_restore_and_reraise;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGQUIT, &sa, NULL);
}
#endif

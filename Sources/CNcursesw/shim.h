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
#include <stdlib.h>
#include <sys/syscall.h>

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

/* Scrolls a window made with derwin on a pane's rectangle by `n` rows (up when
   positive): it shares the screen's cells, so curses moves each row with one copy of
   memory; the rows exposed are blank. wsyncup marks the moved rows changed in the
   screen's window, which the next refresh compares. */
static inline int nc_scroll_window(WINDOW *sub, int n) {
    int r = wscrl(sub, n);
    wsyncup(sub);
    return r;
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

/* SIGINT, SIGTERM, SIGHUP, SIGQUIT and the crash signals: restore the terminal, then die of the same signal
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
    /* A crash too (an allocation that fails aborts: SIGABRT; a Swift trap: SIGILL or
       SIGTRAP; a bad memory access: SIGSEGV): the terminal is given back before the
       process dies of it. (A stack overflow cannot run it: no stack is left for it,
       and the process dies as it would have.) */
    sigaction(SIGABRT, &sa, NULL);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGILL, &sa, NULL);
    sigaction(SIGTRAP, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
}
/* Back to the default actions once the terminal is restored and the screen deleted. */
static inline void nc_remove_exit_handlers(void) {
    int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGFPE };
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) signal(sigs[i], SIG_DFL);
}
/* One write(2) per frame. ncurses writes a frame in pieces (it flushes before each
   check for typeahead and whenever its buffer of about one screenful fills), which
   over ssh means several packets per key. nc_doupdate_captured runs doupdate with the
   terminal's descriptor pointed at a memory file, then sends what ncurses wrote in
   one write. `tty` is a duplicate of the terminal's descriptor (`out`, standard
   output) made at start; `capture` the memory file (nc_capture_file). Signals whose
   handlers write to the terminal (endwin) are held meanwhile, so they never write
   into the memory file. Returns the bytes sent, or -1 when it fell back to writing
   directly. */
static inline int nc_capture_file(void) {
#ifdef SYS_memfd_create
    int fd = (int)syscall(SYS_memfd_create, "byline-frame", 1u /* MFD_CLOEXEC */);
    if (fd >= 0) return fd;
#endif
    FILE *f = tmpfile();
    return f ? dup(fileno(f)) : -1;
}
static char *nc_frame_buffer = NULL;
static size_t nc_frame_capacity = 0;
static inline long nc_doupdate_captured(int capture, int tty, int out) {
    if (capture < 0 || tty < 0) { doupdate(); return -1; }
    sigset_t hold, old;
    sigemptyset(&hold);
    sigaddset(&hold, SIGINT); sigaddset(&hold, SIGTERM); sigaddset(&hold, SIGHUP);
    sigaddset(&hold, SIGQUIT); sigaddset(&hold, SIGTSTP); sigaddset(&hold, SIGWINCH);
    sigprocmask(SIG_BLOCK, &hold, &old);
    fflush(stdout);
    if (dup2(capture, out) < 0) { sigprocmask(SIG_SETMASK, &old, NULL); doupdate(); return -1; }
    doupdate();
    fflush(stdout);
    dup2(tty, out);
    off_t size = lseek(capture, 0, SEEK_CUR);
    long sent = 0;
    if (size > 0) {
        if ((size_t)size > nc_frame_capacity) {
            char *grown = realloc(nc_frame_buffer, (size_t)size);
            if (grown) { nc_frame_buffer = grown; nc_frame_capacity = (size_t)size; }
        }
        off_t at = 0;
        while (at < size) {
            size_t chunk = (size_t)(size - at) < nc_frame_capacity ? (size_t)(size - at) : nc_frame_capacity;
            ssize_t n = pread(capture, nc_frame_buffer, chunk, at);
            if (n <= 0) break;
            ssize_t done = 0;
            while (done < n) {
                ssize_t w = write(out, nc_frame_buffer + done, (size_t)(n - done));
                if (w < 0) { if (errno == EINTR) continue; break; }
                done += w;
            }
            at += n;
            sent += n;
        }
    }
    if (ftruncate(capture, 0) != 0) { /* the next frame overwrites from 0 anyway */ }
    lseek(capture, 0, SEEK_SET);
    sigprocmask(SIG_SETMASK, &old, NULL);
    return sent;
}
#endif

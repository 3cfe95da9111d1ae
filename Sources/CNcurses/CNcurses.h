// Thin shim over ncursesw for what Swift cannot import directly: function-like macros
// (COLOR_PAIR, getmaxyx, KEY_F, A_* attributes) and the wide-character API.
#ifndef CNCURSES_H
#define CNCURSES_H

// SwiftPM drops the -D_XOPEN_SOURCE=600 from ncursesw.pc, so the wide-character API
// (get_wch, setcchar, mvadd_wch) is switched on here, before curses.h is read.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *tk_stdscr(void) { return stdscr; }
/// newterm on the process's stdout/stdin (Swift 6 cannot touch the C stdio globals).
static inline SCREEN *tk_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline int tk_color_pairs(void) { return COLOR_PAIRS; }
static inline void tk_flush_stdout(void) { fflush(stdout); }
static inline int tk_color_pair(int pair) { return (int)COLOR_PAIR(pair); }
static inline int tk_key_f(int n) { return KEY_F(n); }
static inline int tk_rows(void) { int y, x; getmaxyx(stdscr, y, x); (void)x; return y; }
static inline int tk_cols(void) { int y, x; getmaxyx(stdscr, y, x); (void)y; return x; }

static inline attr_t tk_a_normal(void) { return A_NORMAL; }
static inline attr_t tk_a_bold(void) { return A_BOLD; }
static inline attr_t tk_a_dim(void) { return A_DIM; }
static inline attr_t tk_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tk_a_reverse(void) { return A_REVERSE; }
static inline attr_t tk_a_italic(void) { return A_ITALIC; }

/// Reads one key; returns OK (a character in *out), KEY_CODE_YES (a key code) or ERR.
static inline int tk_get_wch(wint_t *out) { return get_wch(out); }

/// Writes one grapheme cluster (up to CCHARW_MAX code points, NUL-terminated) at y, x.
static inline int tk_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

static inline int tk_ccharw_max(void) { return CCHARW_MAX; }

#endif

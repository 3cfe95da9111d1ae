// Async-signal-safe terminal restoration and locale set-up, in C because a signal handler
// must not enter the Swift runtime (allocation, locks) while the process is crashing.
#ifndef CNCURSESSHIM_H
#define CNCURSESSHIM_H

/// Remembers the terminal state of fd (termios) and the byte sequence that undoes the full-screen
/// mode (leave alternate screen, show cursor, paste/mouse modes off). Returns 0 on success.
int tk_hygiene_save(int fd, const char *restore_sequence);

/// Installs handlers for SIGINT, SIGTERM, SIGHUP (restore, then die by the same signal) and for
/// SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE (restore, then re-raise to the previous handler).
void tk_hygiene_install_handlers(void);

/// Puts the saved handlers back (normal shutdown).
void tk_hygiene_uninstall_handlers(void);

/// Writes the restore sequence and re-applies the saved termios. Async-signal-safe; idempotent.
void tk_hygiene_restore_now(void);

/// Sets the locale from the environment; if that fails or is not UTF-8, falls back to C.UTF-8 for
/// LC_CTYPE only, so UI language (LANG) and character handling are decided separately.
/// Returns 1 when the character type ends up UTF-8.
int tk_setup_locale(void);

#endif

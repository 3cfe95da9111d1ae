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

/// While the full-screen UI is up, anything written to stderr (a warning, the Swift runtime's
/// "Fatal error: …" line) would scribble over the screen and vanish with the alternate screen.
/// This points fd 2 at an unlinked temporary file (only when stderr is a terminal) so that
/// `tk_stderr_release` can show it on the normal screen after the terminal is restored.
/// Returns 1 when stderr is being captured.
int tk_stderr_capture(void);

/// Writes what was captured since the last replay to the real stderr, keeping the capture
/// (used when suspending with Ctrl-Z). Async-signal-safe.
void tk_stderr_replay(void);

/// Points fd 2 back at the real stderr and writes what was captured (at most the last 64 KiB).
/// Async-signal-safe; idempotent. The signal handlers call it after restoring the terminal.
void tk_stderr_release(void);

/// Sets the locale from the environment; if that fails or is not UTF-8, falls back to C.UTF-8 for
/// LC_CTYPE only, so UI language (LANG) and character handling are decided separately.
/// Returns 1 when the character type ends up UTF-8.
int tk_setup_locale(void);

#endif

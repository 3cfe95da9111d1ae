#define _GNU_SOURCE
#include "CNcursesShim.h"

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

// The one piece of process-wide state TerminalKit keeps: what a signal handler needs to put the
// terminal back. It is written once before the handlers are installed and only read afterwards.
static struct termios saved_termios;
static int saved_fd = -1;
static int have_termios = 0;
static char restore_sequence[256];
static size_t restore_length = 0;

static const int fatal_signals[] = {SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE};
static const int exit_signals[] = {SIGINT, SIGTERM, SIGHUP};
#define NFATAL (sizeof fatal_signals / sizeof fatal_signals[0])
#define NEXIT (sizeof exit_signals / sizeof exit_signals[0])
static struct sigaction previous_fatal[NFATAL];
static struct sigaction previous_exit[NEXIT];
static int installed = 0;

// stderr capture: fd 2 is an unlinked temporary file while the UI is up; saved_stderr is the
// terminal it pointed at before. Written before the handlers are installed.
static int saved_stderr = -1;
static int capture_fd = -1;
static off_t replayed = 0;
#define REPLAY_LIMIT (64 * 1024)

int tk_stderr_capture(void) {
    if (capture_fd >= 0) return 1;
    // A log file (2>log) keeps receiving stderr directly; only a terminal needs protecting.
    if (!isatty(STDERR_FILENO)) return 0;
    const char *dir = getenv("TMPDIR");
    char path[512];
    size_t n = dir && *dir ? strlen(dir) : 0;
    if (n == 0 || n > 400) {
        dir = "/tmp";
        n = 4;
    }
    memcpy(path, dir, n);
    memcpy(path + n, "/terminalkit-stderr-XXXXXX", sizeof "/terminalkit-stderr-XXXXXX");
    int fd = mkostemp(path, O_APPEND | O_CLOEXEC);
    if (fd < 0) return 0;
    unlink(path);
    int saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
    if (saved < 0 || dup2(fd, STDERR_FILENO) < 0) {
        if (saved >= 0) close(saved);
        close(fd);
        return 0;
    }
    saved_stderr = saved;
    capture_fd = fd;
    replayed = 0;
    return 1;
}

static void write_all(int fd, const char *buf, size_t len) {
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(fd, buf + done, len - done);
        if (w <= 0) break;
        done += (size_t)w;
    }
}

void tk_stderr_replay(void) {
    if (capture_fd < 0 || saved_stderr < 0) return;
    struct stat st;
    if (fstat(capture_fd, &st) != 0 || st.st_size <= replayed) return;
    off_t start = replayed;
    if (st.st_size - start > REPLAY_LIMIT) {
        start = st.st_size - REPLAY_LIMIT;
        static const char cut[] = "[...]\n";
        write_all(saved_stderr, cut, sizeof cut - 1);
    }
    // O_APPEND: moving the shared offset to read does not move where new output goes.
    if (lseek(capture_fd, start, SEEK_SET) < 0) return;
    char buf[4096];
    off_t left = st.st_size - start;
    while (left > 0) {
        ssize_t r = read(capture_fd, buf, left < (off_t)sizeof buf ? (size_t)left : sizeof buf);
        if (r <= 0) break;
        write_all(saved_stderr, buf, (size_t)r);
        left -= r;
    }
    replayed = st.st_size;
}

void tk_stderr_release(void) {
    if (capture_fd < 0) return;
    // fd 2 first, so whatever prints next (the crash report) goes straight to the terminal.
    dup2(saved_stderr, STDERR_FILENO);
    tk_stderr_replay();
    close(capture_fd);
    close(saved_stderr);
    capture_fd = -1;
    saved_stderr = -1;
}

int tk_hygiene_save(int fd, const char *sequence) {
    size_t n = strlen(sequence);
    if (n >= sizeof restore_sequence) n = sizeof restore_sequence - 1;
    memcpy(restore_sequence, sequence, n);
    restore_sequence[n] = 0;
    restore_length = n;
    saved_fd = fd;
    if (tcgetattr(fd, &saved_termios) != 0) return -1;
    have_termios = 1;
    return 0;
}

void tk_hygiene_restore_now(void) {
    if (saved_fd < 0) return;
    size_t done = 0;
    while (done < restore_length) {
        ssize_t w = write(saved_fd, restore_sequence + done, restore_length - done);
        if (w <= 0) break;
        done += (size_t)w;
    }
    if (have_termios) tcsetattr(saved_fd, TCSAFLUSH, &saved_termios);
}

static void on_exit_signal(int sig) {
    tk_hygiene_restore_now();
    tk_stderr_release();
    // Die by the same signal so the parent sees the real cause (exit status 128+sig).
    signal(sig, SIG_DFL);
    raise(sig);
}

static void on_fatal_signal(int sig) {
    tk_hygiene_restore_now();
    // The runtime printed its "Fatal error: …" line into the capture before trapping; show it
    // on the normal screen, above the crash report that follows.
    tk_stderr_release();
    // The Swift runtime's crash reporter offers an interactive prompt when stdin is a terminal
    // and would sit there for 30 s; with stdin on /dev/null it prints the report and goes on.
    int null_fd = open("/dev/null", O_RDONLY);
    if (null_fd >= 0) {
        dup2(null_fd, STDIN_FILENO);
        close(null_fd);
    }
    // Hand over to whoever handled the signal before us (the Swift runtime's crash reporter or
    // the default action); the signal stays blocked until we return, then fires again.
    for (size_t i = 0; i < NFATAL; i++) {
        if (fatal_signals[i] == sig) sigaction(sig, &previous_fatal[i], NULL);
    }
    raise(sig);
}

void tk_hygiene_install_handlers(void) {
    if (installed) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_exit_signal;
    for (size_t i = 0; i < NEXIT; i++) sigaction(exit_signals[i], &sa, &previous_exit[i]);
    sa.sa_handler = on_fatal_signal;
    sa.sa_flags = SA_ONSTACK;
    for (size_t i = 0; i < NFATAL; i++) sigaction(fatal_signals[i], &sa, &previous_fatal[i]);
    installed = 1;
}

void tk_hygiene_uninstall_handlers(void) {
    if (!installed) return;
    for (size_t i = 0; i < NEXIT; i++) sigaction(exit_signals[i], &previous_exit[i], NULL);
    for (size_t i = 0; i < NFATAL; i++) sigaction(fatal_signals[i], &previous_fatal[i], NULL);
    installed = 0;
    saved_fd = -1;
}

static int ctype_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

int tk_setup_locale(void) {
    setlocale(LC_ALL, "");
    if (ctype_is_utf8()) return 1;
    // LANG may name a locale that is not generated here (ru_RU.UTF-8); C.UTF-8 always is.
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "C.utf8");
    return ctype_is_utf8();
}

// rm-secondary-installer: the stock secondary installer of docs/secondary-installer-protocol.md.
//
// The setup wizard (the primary installer) starts one per component with pipes on stdin and
// stdout. The session key arrives as the first stdin line, never on the command line or in the
// environment, so it cannot be read from /proc/<pid>/cmdline or /proc/<pid>/environ; it is
// wiped from memory once used and never logged. Files are installed through rm::FileTransaction
// and registered with the Restart Manager's C API, like any third-party secondary would.
//
// Answers go to stdout, one line each, written straight to the pipe (nothing waits in a buffer).
// Diagnostics go to stderr through the core's spdlog logger (RESTARTMANAGER_LOG_LEVEL).
//
// It speaks protocol 3 (two-phase commit): `commit` checks that everything applied is in place
// and keeps the originals; `end` leaves the session and, after a commit, waits for the primary's
// last word: the end of its input makes the files final (the originals go), `rollback` puts
// them back. A primary of protocol 2 sends `commit`, `end` and closes the pipe: the same files
// end up final.
//
// Exit status: 0 after `end` (without a commit: having rolled back), or at end of input after
// `commit` and `end`, the files made final. 1 at end of input (or on SIGTERM, SIGINT, SIGHUP,
// or a closed stdout) before that: what was applied is rolled back and the session is left
// first, so a primary that dies never leaves this component half-installed.
//
// Fault injection for QA: with RM_SECONDARY_FAIL_AFTER=N in the environment, every `apply` of
// more than N files fails with ERROR_WRITE_FAULT after the first N files were really applied;
// those are rolled back and the answer is `error\t29\t...`, exactly as for a real write fault
// (a full disk, say). It lets the wizard's failure and rollback paths be tested end to end.
#include "core/error.h"
#include "core/file_transaction.h"
#include "core/log.h"
#include "core/protocol_line.h"
#include "core/setup_file.h"
#include "core/text_encoding.h"

#include <restartmanager.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <poll.h>
#include <string>
#include <string_view>
#include <unistd.h>
#include <unordered_map>
#include <vector>

namespace {

volatile std::sig_atomic_t g_stop = 0;

extern "C" void onStopSignal(int) {
    g_stop = 1;
}

// Stop signals are blocked except while waiting for input, so one cannot slip in between the
// check and the wait; the file operations themselves always run to the end.
sigset_t installStopHandlers() {
    struct sigaction action {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    sigset_t blocked;
    sigemptyset(&blocked);
    for (const int sig : {SIGTERM, SIGINT, SIGHUP}) {
        ::sigaction(sig, &action, nullptr);
        sigaddset(&blocked, sig);
    }
    sigset_t waitMask;
    ::sigprocmask(SIG_BLOCK, &blocked, &waitMask);
    sigdelset(&waitMask, SIGTERM);
    sigdelset(&waitMask, SIGINT);
    sigdelset(&waitMask, SIGHUP);
    // A primary that went away shows up as EPIPE on the next answer, not as a silent death.
    std::signal(SIGPIPE, SIG_IGN);
    return waitMask;
}

// Reads stdin line by line, wiping what it consumed: the first line carries the session key.
class LineReader {
public:
    explicit LineReader(const sigset_t& waitMask) : m_waitMask{waitMask} {}
    ~LineReader() { wipe(m_buffer); }
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    // The next line without its line end; nullopt at end of input, on a read error or on a
    // stop signal. A last line without '\n' still counts.
    std::optional<std::string> next() {
        for (;;) {
            if (const auto newline = m_buffer.find('\n'); newline != std::string::npos) {
                std::string line = m_buffer.substr(0, newline);
                wipePrefix(newline + 1);
                if (!line.empty() && line.back() == '\r') {
                    line.pop_back();
                }
                return line;
            }
            if (m_eof || g_stop != 0) {
                if (m_eof && !m_buffer.empty() && g_stop == 0) {
                    std::string line = m_buffer;
                    wipePrefix(m_buffer.size());
                    return line;
                }
                return std::nullopt;
            }
            pollfd fd{STDIN_FILENO, POLLIN, 0};
            if (::ppoll(&fd, 1, nullptr, &m_waitMask) < 0) {
                if (errno == EINTR) {
                    continue;
                }
                m_eof = true;
                continue;
            }
            char chunk[4096];
            const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
            if (n < 0 && (errno == EINTR || errno == EAGAIN)) {
                continue;
            }
            if (n <= 0) {
                m_eof = true;
                continue;
            }
            m_buffer.append(chunk, static_cast<std::size_t>(n));
            explicit_bzero(chunk, sizeof chunk);
        }
    }

    static void wipe(std::string& text) {
        explicit_bzero(text.data(), text.size());
        text.clear();
    }

private:
    void wipePrefix(std::size_t length) {
        explicit_bzero(m_buffer.data(), length);
        m_buffer.erase(0, length);
    }

    sigset_t m_waitMask;
    std::string m_buffer;
    bool m_eof = false;
};

std::optional<std::size_t> failAfterFromEnvironment() {
    const char* value = std::getenv("RM_SECONDARY_FAIL_AFTER");
    if (value == nullptr || *value == '\0') {
        return std::nullopt;
    }
    char* end = nullptr;
    errno = 0;
    const unsigned long long parsed = std::strtoull(value, &end, 10);
    if (errno != 0 || end == value || *end != '\0' || *value == '-') {
        rm::log::core()->warn("ignoring RM_SECONDARY_FAIL_AFTER={}: not a file count", value);
        return std::nullopt;
    }
    rm::log::core()->warn("fault injection: every apply fails after {} file(s)", parsed);
    return static_cast<std::size_t>(parsed);
}

class SecondaryInstaller {
public:
    SecondaryInstaller() : m_failAfter{failAfterFromEnvironment()} {}

    // Runs the protocol until `end` or the end of input; returns the exit status.
    int run(LineReader& input) {
        while (auto line = input.next()) {
            if (line->starts_with("key\t") || *line == "key") {
                join(*line);
                LineReader::wipe(*line);
            } else if (!line->empty()) {
                auto fields = rm::protocol::parseLine(*line);
                if (!fields) {
                    // Reported by the next command that answers, like a bad file line: a line
                    // that cannot be read must never be half obeyed.
                    rememberBadFile("unreadable line: " + fields.error().message);
                } else if (fields->front() == "end") {
                    if (const auto status = end()) {
                        return *status;
                    }
                } else {
                    dispatch(*fields);
                }
            }
            if (m_outputGone) {
                rm::log::core()->warn("{}the primary installer stopped reading", prefix());
                break;
            }
        }
        if (g_stop != 0) {
            rm::log::core()->warn("{}stopped by a signal", prefix());
        }
        return finish();
    }

    // End of input, a stop signal or an error: never leave a half-installation behind. After
    // `commit` and `end` the primary's silence is its last word: the files are final.
    int finish() {
        if (m_transaction && m_transaction->hasChanges()) {
            if (m_ready && m_ended) {
                makeFinal();
            } else {
                rm::log::core()->warn("{}input ended before commit and end: rolling back",
                                      prefix());
                if (auto undone = m_transaction->rollback(); !undone) {
                    rm::log::core()->error("{}rollback failed: {}", prefix(),
                                           undone.error().message);
                }
            }
        }
        leave();
        return m_transaction && m_transaction->isCommitted() ? 0 : 1;
    }

private:
    void dispatch(const std::vector<std::string>& fields) {
        const auto& command = fields.front();
        if (m_ended && command != "rollback") {
            fail(ERROR_INVALID_PARAMETER,
                 "the session is left: only the end of input (the files become final) or "
                 "rollback may follow");
            return;
        }
        if (command == "component") {
            m_component = fields.size() > 1 ? fields[1] : std::string{};
        } else if (command == "root") {
            setRoot(fields);
        } else if (command == "file") {
            addFile(fields);
        } else if (command == "register") {
            registerTargets();
        } else if (command == "apply") {
            apply();
        } else if (command == "rollback") {
            rollback();
        } else if (command == "commit") {
            commit();
        } else {
            fail(ERROR_BAD_ARGUMENTS, "unknown command: " + command);
        }
    }

    void join(std::string& line) {
        if (m_joined) {
            fail(ERROR_INVALID_PARAMETER, "already joined a session");
            return;
        }
        if (line.size() <= 4) {
            fail(ERROR_BAD_ARGUMENTS, "the key line carries no key");
            return;
        }
        std::wstring key;
        key.reserve(line.size() - 4);
        for (std::size_t i = 4; i < line.size(); ++i) {
            key.push_back(static_cast<wchar_t>(static_cast<unsigned char>(line[i])));
        }
        DWORD handle = 0;
        const DWORD result = RmJoinSession(&handle, key.c_str());
        explicit_bzero(key.data(), key.size() * sizeof(wchar_t));
        if (result != ERROR_SUCCESS) {
            fail(result, result == ERROR_SESSION_CREDENTIAL_CONFLICT
                             ? std::string{"cannot join the session: the key matches no live "
                                           "session of this user"}
                             : "cannot join the session: " + std::string{rm::errorName(result)});
            return;
        }
        m_handle = handle;
        m_joined = true;
        rm::log::core()->info("{}joined session handle {}", prefix(), handle);
        // The protocol this secondary speaks: the primary then sends file modes and uses the
        // two-phase commit.
        answer("joined\t3");
    }

    // `file` lines get no answer, so a bad one is remembered and reported by the next command
    // that answers (register or apply) instead of desynchronising the conversation.
    // `root\t<absolute folder>`: the install folder the `file` targets are relative to; they are
    // installed beneath a descriptor of it (core/file_transaction.h).
    void setRoot(const std::vector<std::string>& fields) {
        if (fields.size() != 2 || fields[1].empty() || fields[1].front() != '/' ||
            rm::protocol::hasControlCharacters(fields[1])) {
            rememberBadFile("a root line needs one absolute folder without control characters");
            return;
        }
        if (m_transaction && (m_transaction->hasChanges() || m_transaction->isCommitted())) {
            rememberBadFile("the root cannot change once files are applied");
            return;
        }
        m_root = fields[1];
    }

    void addFile(const std::vector<std::string>& fields) {
        if (fields.size() != 3 && fields.size() != 4) {
            rememberBadFile("a file line needs a source, a target and maybe a mode");
            return;
        }
        if (fields[1].empty() || fields[1].front() != '/' ||
            rm::protocol::hasControlCharacters(fields[1])) {
            rememberBadFile("the source must be an absolute path without control characters: " +
                            rm::protocol::escapeForTerminal(fields[1]));
            return;
        }
        if (auto checked = rm::checkRelativeTarget(fields[2]); !checked) {
            rememberBadFile(checked.error().message);
            return;
        }
        std::optional<unsigned> mode;
        if (fields.size() == 4) {
            const auto& text = fields[3];
            unsigned parsed = 0;
            const bool octal = text.size() >= 3 && text.size() <= 4 &&
                               text.find_first_not_of("01234567") == std::string::npos;
            if (octal) {
                parsed = static_cast<unsigned>(std::stoul(text, nullptr, 8));
            }
            if (!octal || !rm::isAllowedInstallMode(parsed)) {
                rememberBadFile("the mode of " + rm::protocol::escapeForTerminal(fields[2]) +
                                " must be 0755 or 0644: " + rm::protocol::escapeForTerminal(text));
                return;
            }
            mode = parsed;
        }
        m_files.push_back(rm::FileCopy{fields[1], fields[2], std::nullopt, mode});
    }

    void rememberBadFile(std::string problem) {
        rm::log::core()->error("{}{}", prefix(), problem);
        if (!m_badFile) {
            m_badFile = std::move(problem);
        }
    }

    bool checkReady() {
        if (!m_joined) {
            fail(ERROR_INVALID_HANDLE, "not in a session: the key line must come first");
            return false;
        }
        if (m_badFile) {
            fail(ERROR_BAD_ARGUMENTS, *m_badFile);
            return false;
        }
        if (!m_files.empty() && m_root.empty()) {
            fail(ERROR_BAD_ARGUMENTS, "no root line: the targets are relative to it");
            return false;
        }
        return true;
    }

    void registerTargets() {
        if (!checkReady()) {
            return;
        }
        std::vector<std::wstring> names;
        names.reserve(m_files.size());
        for (const auto& file : m_files) {
            const std::string path = m_root + "/" + file.target;
            auto wide = rm::utf8ToWide(path);
            if (!wide) {
                fail(ERROR_BAD_ARGUMENTS, "not valid UTF-8: " + path);
                return;
            }
            names.push_back(std::move(*wide));
        }
        std::vector<LPCWSTR> pointers;
        pointers.reserve(names.size());
        for (const auto& name : names) {
            pointers.push_back(name.c_str());
        }
        const auto count = static_cast<UINT>(pointers.size());
        const DWORD result =
            RmRegisterResources(m_handle, count, pointers.data(), 0, nullptr, 0, nullptr);
        if (result != ERROR_SUCCESS) {
            fail(result, "RmRegisterResources failed: " + std::string{rm::errorName(result)});
            return;
        }
        rm::log::core()->info("{}registered {} file(s)", prefix(), count);
        answer("registered\t" + std::to_string(count));
    }

    void apply() {
        if (!checkReady()) {
            return;
        }
        if (m_transaction && (m_transaction->hasChanges() || m_transaction->isCommitted())) {
            fail(ERROR_INVALID_PARAMETER, m_transaction->isCommitted()
                                              ? "the files are already committed"
                                              : "the files are already applied");
            return;
        }
        if (auto streamed = streamFromSetupFile(); !streamed) {
            fail(streamed.error().code, streamed.error().message);
            return;
        }
        // A fresh transaction each time: `file` lines may have come since a rollback.
        m_transaction.emplace(m_root, m_files);
        if (m_failAfter && *m_failAfter < m_files.size()) {
            applyWithInjectedFault(*m_failAfter);
            return;
        }
        auto applied = m_transaction->apply(progressReporter(m_files.size(), m_files.size()));
        if (!applied) {
            fail(applied.error().code, applied.error().message);
            return;
        }
        rm::log::core()->info("{}applied {} file(s)", prefix(), m_files.size());
        answer("applied");
    }

    // Run from a one-file setup (core/setup_file.h): the sources in the setup's package folder
    // are not there: their content streams from the setup file into the transaction,
    // each file checked against the signed index's SHA-256 as it streams (a mismatch fails the
    // apply with 1620, ERROR_INSTALL_PACKAGE_INVALID, and the transaction rolls back). The files
    // are applied in the payload's order, so that the stream is read once.
    rm::Status streamFromSetupFile() {
        if (!m_setupFile) {
            auto found = rm::setupfile::inherited();
            if (!found) {
                return {};
            }
            if (!*found) {
                return found->error();
            }
            m_setupFile = std::make_unique<rm::setupfile::Inherited>(std::move(**found));
            m_stream = std::make_shared<rm::setupfile::PayloadStream>(m_setupFile->file);
        }
        // The package folder as setup names the sources: as the launcher gave it, or resolved.
        std::vector<std::string> packageDirs{m_setupFile->packageDir};
        char resolved[PATH_MAX];
        if (::realpath(m_setupFile->packageDir.c_str(), resolved) != nullptr &&
            packageDirs.front() != resolved) {
            packageDirs.emplace_back(resolved);
        }
        const auto& payload = m_setupFile->file.index.payload;
        std::unordered_map<std::string, std::size_t> positions;
        for (std::size_t position = 0; position < payload.size(); ++position) {
            positions.emplace(payload[position].path, position);
        }
        std::vector<std::size_t> order(m_files.size(), 0);
        for (std::size_t i = 0; i < m_files.size(); ++i) {
            auto& file = m_files[i];
            if (file.content || file.link) {
                continue;
            }
            std::string relative;
            for (const auto& packageDir : packageDirs) {
                if (file.source.starts_with(packageDir + "/")) {
                    relative = file.source.substr(packageDir.size() + 1);
                }
            }
            const auto found = positions.find(relative);
            if (found == positions.end()) {
                continue;
            }
            const std::size_t position = found->second;
            file.mode = file.mode.value_or(payload[position].mode);
            file.writer = [stream = m_stream, position](int fd) {
                return stream->copyTo(position, fd);
            };
            order[i] = position + 1;
        }
        std::vector<std::size_t> indices(m_files.size());
        for (std::size_t i = 0; i < indices.size(); ++i) {
            indices[i] = i;
        }
        std::stable_sort(indices.begin(), indices.end(),
                         [&order](std::size_t a, std::size_t b) { return order[a] < order[b]; });
        std::vector<rm::FileCopy> sorted;
        sorted.reserve(m_files.size());
        for (const std::size_t i : indices) {
            sorted.push_back(std::move(m_files[i]));
        }
        m_files = std::move(sorted);
        return {};
    }

    // RM_SECONDARY_FAIL_AFTER: really applies the first `count` files, then fails the way a
    // write fault on the next one would, rolling back what was applied.
    void applyWithInjectedFault(std::size_t count) {
        const std::vector<rm::FileCopy> first(m_files.begin(),
                                              m_files.begin() + static_cast<std::ptrdiff_t>(count));
        rm::FileTransaction partial{m_root, first};
        if (auto applied = partial.apply(progressReporter(count, m_files.size())); !applied) {
            fail(applied.error().code, applied.error().message);
            return;
        }
        if (auto undone = partial.rollback(); !undone) {
            rm::log::core()->error("{}rollback after the injected fault failed: {}", prefix(),
                                   undone.error().message);
        }
        fail(ERROR_WRITE_FAULT, "injected fault (RM_SECONDARY_FAIL_AFTER=" + std::to_string(count) +
                                    ") before writing " + m_root + "/" + m_files[count].target);
    }

    void rollback() {
        if (!m_transaction) {
            answer("progress\t100");
            answer("rolledback");
            return;
        }
        m_ready = false;
        m_ended = false;
        auto undone = m_transaction->rollback(progressReporter(m_files.size(), m_files.size()));
        if (!undone) {
            fail(undone.error().code, undone.error().message);
            return;
        }
        rm::log::core()->info("{}rolled back", prefix());
        answer("rolledback");
    }

    // The first phase: everything applied is in place, the originals are kept. Other
    // components may still fail, and then this one is rolled back too.
    void commit() {
        if (!m_transaction || m_transaction->isCommitted()) {
            fail(ERROR_INVALID_PARAMETER,
                 m_transaction ? "the files are already final" : "nothing applied to commit");
            return;
        }
        if (auto ready = m_transaction->prepareCommit(); !ready) {
            fail(ready.error().code, ready.error().message);
            return;
        }
        m_ready = true;
        rm::log::core()->info("{}committed (the originals are kept until the end)", prefix());
        answer("committed");
    }

    // The second phase, once the primary has nothing more to say after `end`.
    void makeFinal() {
        if (auto committed = m_transaction->commit(); !committed) {
            if (!m_transaction->isCommitted()) {
                rm::log::core()->error("{}cannot make the files final: {}", prefix(),
                                       committed.error().message);
                return;
            }
            // The new files are in place for good; a stray .rm-old is worth a warning.
            rm::log::core()->warn("{}the files are final, but {}", prefix(),
                                  committed.error().message);
        }
        rm::log::core()->info("{}the files are final", prefix());
    }

    // The exit status, or nullopt after a commit: the secondary then waits for the primary's
    // last word (the end of input, or rollback).
    std::optional<int> end() {
        if (m_ended) {
            fail(ERROR_INVALID_PARAMETER, "the session is already left");
            return std::nullopt;
        }
        if (m_ready && m_transaction && m_transaction->hasChanges()) {
            leave();
            m_ended = true;
            answer("ended");
            return std::nullopt;
        }
        int status = 0;
        if (m_transaction && m_transaction->hasChanges()) {
            rm::log::core()->warn("{}end without commit: rolling back", prefix());
            if (auto undone = m_transaction->rollback(); !undone) {
                fail(undone.error().code, undone.error().message);
                status = 1;
            }
        }
        leave();
        if (status == 0) {
            answer("ended");
        }
        return status;
    }

    void leave() {
        if (!m_joined) {
            return;
        }
        m_joined = false;
        if (const DWORD result = RmEndSession(m_handle); result != ERROR_SUCCESS) {
            // The primary may have ended the session already; there is nothing left to leave.
            rm::log::core()->warn("{}RmEndSession: {}", prefix(), rm::errorName(result));
        }
    }

    // Sends `progress` lines scaled to `total` while `count` files are worked on, each
    // percentage once.
    std::function<void(unsigned)> progressReporter(std::size_t count, std::size_t total) {
        return [this, count, total, last = -1](unsigned percent) mutable {
            const auto scaled =
                total == 0 ? percent : static_cast<unsigned>(percent * count / total);
            if (static_cast<int>(scaled) != last) {
                last = static_cast<int>(scaled);
                answer("progress\t" + std::to_string(scaled));
            }
        };
    }

    void fail(DWORD code, std::string message) {
        const auto name = rm::errorName(code);
        if (message.find(name) == std::string::npos) {
            rm::log::core()->error("{}{} ({})", prefix(), message, name);
        } else {
            rm::log::core()->error("{}{}", prefix(), message);
        }
        answer(rm::protocol::formatLine({"error", std::to_string(code), message}));
    }

    void answer(const std::string& text) {
        if (m_outputGone) {
            return;
        }
        const std::string line = text + "\n";
        std::size_t written = 0;
        while (written < line.size()) {
            const ssize_t n = ::write(STDOUT_FILENO, line.data() + written, line.size() - written);
            if (n < 0) {
                if (errno == EINTR) {
                    continue;
                }
                m_outputGone = true;
                return;
            }
            written += static_cast<std::size_t>(n);
        }
    }

    [[nodiscard]] std::string prefix() const {
        return m_component.empty()
                   ? std::string{}
                   : "component " + rm::protocol::escapeForTerminal(m_component) + ": ";
    }

    DWORD m_handle = 0;
    bool m_joined = false;
    bool m_ready = false; // committed: the originals wait for the end of input
    bool m_ended = false; // left the session after a commit
    bool m_outputGone = false;
    std::string m_component;
    std::string m_root;
    std::vector<rm::FileCopy> m_files;
    std::optional<std::string> m_badFile;
    std::optional<rm::FileTransaction> m_transaction;
    std::optional<std::size_t> m_failAfter;
    std::unique_ptr<rm::setupfile::Inherited> m_setupFile;
    std::shared_ptr<rm::setupfile::PayloadStream> m_stream;
};

} // namespace

int main() {
    // Its stderr goes to the primary's log: diagnostics are wanted there.
    rm::log::useStderr();
    const sigset_t waitMask = installStopHandlers();
    LineReader input{waitMask};
    SecondaryInstaller installer;
    try {
        return installer.run(input);
    } catch (const std::exception& e) {
        rm::log::core()->critical("unexpected failure: {}", e.what());
    }
    try {
        installer.finish();
    } catch (const std::exception& e) {
        rm::log::core()->critical("cleaning up failed: {}", e.what());
    }
    return 1;
}

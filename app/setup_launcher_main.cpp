// rm-setup-launcher: the first program of a one-file setup (Product-Version.run). The file's sh
// stub copies the runtime to a 0700 folder of the user's store and starts this program with
// `--setup-file FILE --runtime-dir DIR` and the user's arguments. No Qt: it checks the index,
// its signature and the runtime before anything else runs, answers --verify, --info, --list and
// --extract itself, and otherwise writes the package's own files (not the payload) into a
// scratch folder of the user's store and runs restartmanager-setup on it, which streams the
// payload from the setup file when it installs (or
// restartmanager-setup-unattended, which needs no GUI libraries, for --unattended), passing every
// other option through.
//
// Exit codes: 0, 1620 (the file is damaged or its signature does not match), 1625 (an unsigned
// file, or one signed by a key that is not trusted, with --unattended and without
// --allow-untrusted), 1603 (anything else that stops setup), else setup's own.
#include "core/log.h"
#include "core/minisign.h"
#include "core/output_file.h"
#include "core/protocol_line.h"
#include "core/scratch_folder.h"
#include "core/setup_file.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

using namespace rm::setupfile;

std::string escape(const std::string& text) {
    return rm::protocol::escapeForTerminal(text);
}

std::string resultFile;

int finish(int code) {
    if (!resultFile.empty()) {
        if (auto fd = rm::openOutputFile(resultFile, rm::OutputMode::Truncate)) {
            (void)rm::writeAllTo(*fd, std::to_string(code) + "\n");
            ::close(*fd);
        }
    }
    return code;
}

int fail(DWORD code, const std::string& message) {
    std::fprintf(stderr, "setup: %s\n", escape(message).c_str());
    rm::log::core()->error("{}", message);
    return finish(static_cast<int>(code));
}

std::string readFile(const std::string& path, bool& ok) {
    ok = false;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return {};
    }
    std::string text;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0 && text.size() < 65536) {
        text.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    ok = n == 0;
    return text;
}

std::string humanSize(std::uint64_t bytes) {
    char text[64];
    if (bytes >= (1ULL << 30U)) {
        std::snprintf(text, sizeof text, "%.1f GiB", static_cast<double>(bytes) / (1ULL << 30U));
    } else if (bytes >= (1ULL << 20U)) {
        std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1ULL << 20U));
    } else {
        std::snprintf(text, sizeof text, "%.1f KiB", static_cast<double>(bytes) / 1024.0);
    }
    return text;
}

pid_t g_child = -1;

extern "C" void forwardSignal(int signal) {
    if (g_child > 0) {
        ::kill(g_child, signal);
    }
}

void usage() {
    std::printf(
        "Usage: %s [OPTION]... [SETUP OPTION]...\n"
        "Installs the product in this setup file.\n\n"
        "  --verify             check the file's integrity and signature, run nothing\n"
        "                       (exit 0, or 1620)\n"
        "  --info               show the product, version, publisher, signer and sizes\n"
        "  --list               list the files\n"
        "  --extract DIR        write the package folder to DIR and run nothing\n"
        "  --trusted-key FILE   also trust this minisign public key\n"
        "  --allow-untrusted    install an unsigned file, or one whose signer is not trusted,\n"
        "                       without asking (with --unattended)\n"
        "Every other option goes to setup (--unattended, --lang, --answer-file, ...;\n"
        "--help-setup lists them).\n",
        "setup");
}

} // namespace

int main(int argc, char** argv) {
    rm::log::useStderr();
    std::string setupPath;
    std::string runtimeDir;
    bool verify = false;
    bool info = false;
    bool list = false;
    bool unattended = false;
    bool allowUntrusted = false;
    std::string extractTo;
    std::vector<std::string> keyFiles;
    std::vector<std::string> passOn;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        const auto value = [&](const std::string& name, std::string& into) {
            if (argument == name && i + 1 < argc) {
                into = argv[++i];
                return true;
            }
            if (argument.starts_with(name + "=")) {
                into = argument.substr(name.size() + 1);
                return true;
            }
            return false;
        };
        std::string text;
        if (value("--setup-file", setupPath) || value("--runtime-dir", runtimeDir)) {
            continue;
        }
        if (argument == "--verify") {
            verify = true;
        } else if (argument == "--info") {
            info = true;
        } else if (argument == "--list") {
            list = true;
        } else if (value("--extract", extractTo)) {
        } else if (value("--trusted-key", text)) {
            keyFiles.push_back(text);
        } else if (argument == "--allow-untrusted") {
            allowUntrusted = true;
        } else if (argument == "--help" || argument == "-h") {
            usage();
            return 0;
        } else if (argument == "--help-setup") {
            passOn.emplace_back("--help");
        } else {
            if (argument == "--unattended") {
                unattended = true;
            }
            if (value("--result-file", text)) {
                resultFile = text;
                passOn.emplace_back("--result-file");
                passOn.push_back(text);
                continue;
            }
            passOn.push_back(argument);
        }
    }
    if (setupPath.empty() || runtimeDir.empty()) {
        std::fprintf(stderr, "rm-setup-launcher runs from a setup file (Product-Version.run); "
                             "start that file instead.\n");
        return static_cast<int>(kInstallFailure);
    }
    if (!rm::minisign::initialize()) {
        return fail(kInstallFailure, "libsodium cannot be initialized");
    }

    // 1. The index and the runtime, before anything else.
    auto opened = open(setupPath);
    if (!opened) {
        return fail(opened.error().code, opened.error().message);
    }
    SetupFile& file = *opened;
    const int runtimeFd = ::open(runtimeDir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (runtimeFd < 0) {
        return fail(kInstallFailure, "cannot open the runtime folder " + runtimeDir);
    }
    // This program always; the programs that setup runs when it installs (the stub copied only
    // what this run needs).
    std::vector<std::string> programs{"rm-setup-launcher"};
    if (!verify && !info && !list && extractTo.empty()) {
        programs.insert(programs.end(),
                        {unattended ? "restartmanager-setup-unattended" : "restartmanager-setup",
                         "rm-secondary-installer", "rm-polite-close"});
    }
    // The stub copied this program (and, when it asked the loader about libraries, the
    // others); the others are copied here, each checked as it is copied.
    if (auto runtime = placeRuntime(file, runtimeFd, programs); !runtime) {
        return fail(runtime.error().code == kPackageInvalid ? kPackageInvalid : kInstallFailure,
                    runtime.error().message);
    }
    ::close(runtimeFd);

    // 2. The signature, against the trusted keys only.
    auto trusted = loadTrustedKeys(trustedKeyFolders());
    for (const auto& path : keyFiles) {
        bool ok = false;
        const std::string text = readFile(path, ok);
        auto key = ok ? rm::minisign::parsePublicKey(text)
                      : rm::Expected<rm::minisign::PublicKey>{
                            rm::makeError(ERROR_BAD_ARGUMENTS, "cannot read the file")};
        if (!key) {
            return fail(kInstallFailure,
                        "--trusted-key " + path +
                            " is not a minisign public key: " + key.error().message);
        }
        trusted.push_back(*key);
    }
    auto verdict = checkSignature(file, trusted);
    if (!verdict) {
        return fail(kPackageInvalid, verdict.error().message);
    }
    const char* publisherText = verdict->publisher == Publisher::Verified ? "verified"
                                : verdict->publisher == Publisher::UnknownKey
                                    ? "not verified (the key is not trusted)"
                                    : "not verified (unsigned)";
    rm::log::core()->info("{} {}: signature {}, key {}", file.index.product, file.index.version,
                          publisherText, verdict->keyId.empty() ? "-" : verdict->keyId);

    const std::uint64_t payload = file.index.payloadSize();
    if (info) {
        std::uint64_t runtimeSize = 0;
        for (const auto& entry : file.index.runtime) {
            runtimeSize += entry.size;
        }
        std::printf("product: %s\nversion: %s\npublisher: %s\n", escape(file.index.product).c_str(),
                    escape(file.index.version).c_str(), escape(file.index.publisher).c_str());
        std::printf("signer key ID: %s\nsignature: %s\n",
                    verdict->keyId.empty() ? "-" : verdict->keyId.c_str(), publisherText);
        std::printf("files: %zu\ninstalled size: %llu (%s)\ncompressed payload: %llu (%s)\n"
                    "runtime: %llu (%s)\nsetup file: %llu (%s)\n",
                    file.index.payload.size() + file.index.package.size(),
                    static_cast<unsigned long long>(payload), humanSize(payload).c_str(),
                    static_cast<unsigned long long>(file.index.payloadStreamSize),
                    humanSize(file.index.payloadStreamSize).c_str(),
                    static_cast<unsigned long long>(runtimeSize), humanSize(runtimeSize).c_str(),
                    static_cast<unsigned long long>(file.size), humanSize(file.size).c_str());
        return finish(0);
    }
    if (list) {
        for (const auto* part : {&file.index.package, &file.index.payload}) {
            for (const auto& entry : *part) {
                std::printf("%04o %12llu %s\n", entry.mode,
                            static_cast<unsigned long long>(entry.size),
                            escape(entry.path).c_str());
            }
        }
        return finish(0);
    }
    if (verify) {
        if (auto intact = checkIntegrity(file); !intact) {
            return fail(kPackageInvalid, intact.error().message);
        }
        if (verdict->publisher != Publisher::Verified && !allowUntrusted) {
            return fail(kPackageInvalid,
                        "the file is intact, but its publisher could not be verified: " +
                            std::string{verdict->publisher == Publisher::Unsigned
                                            ? "it is not signed"
                                            : "key " + verdict->keyId + " is not trusted"});
        }
        std::printf("%s %s: intact; signature %s (key %s)\n", escape(file.index.product).c_str(),
                    escape(file.index.version).c_str(), publisherText,
                    verdict->keyId.empty() ? "-" : verdict->keyId.c_str());
        return finish(0);
    }
    if (!extractTo.empty()) {
        if (auto written = extractToFolder(file, extractTo); !written) {
            return fail(written.error().code == kPackageInvalid ? kPackageInvalid : kInstallFailure,
                        written.error().message);
        }
        std::printf("%s\n", escape(extractTo).c_str());
        return finish(0);
    }

    // 3. The publisher: a file that is not signed by a trusted key is installed only when the
    // user agrees (a page of the wizard), or with --allow-untrusted.
    if (verdict->publisher != Publisher::Verified && !allowUntrusted) {
        if (unattended) {
            return fail(kPackageRejected,
                        "the publisher could not be verified (" +
                            std::string{verdict->publisher == Publisher::Unsigned
                                            ? "the file is not signed"
                                            : "key " + verdict->keyId + " is not trusted"} +
                            "); --allow-untrusted installs it anyway");
        }
        passOn.emplace_back("--unverified-publisher");
        passOn.push_back(verdict->publisher == Publisher::Unsigned ? std::string{"unsigned"}
                                                                   : verdict->keyId);
    }

    // The whole runtime as the file holds it (also the programs this run does not use: a
    // damaged file is not installed; the programs it runs were checked as the copies it runs,
    // and the package files are checked as they are written), before anything is unpacked.
    if (auto intact = checkIntegrity(file, false, programs, false); !intact) {
        return fail(kPackageInvalid, intact.error().message);
    }

    // 4. The package's own files (manifest, licenses; each checked) into a scratch folder of
    // the user's store: nothing of the payload is read or written before the first page. Setup and
    // its stock secondary installers get the setup file through an inherited descriptor and stream
    // each payload file from it into the install transaction, checked against the index's SHA-256
    // as it streams.
    if (const auto removed = rm::removeStaleScratchFolders(); removed > 0) {
        rm::log::core()->info("removed {} folder(s) that earlier setups left", removed);
    }
    auto scratch = rm::ScratchFolder::create("package");
    if (!scratch) {
        return fail(kInstallFailure,
                    "no private folder to unpack the package in: " + scratch.error().message);
    }
    const std::string packageDir = scratch->path() + "/package";
    if (auto written = writePackageFolder(file, packageDir); !written) {
        return fail(written.error().code == kPackageInvalid ? kPackageInvalid : kInstallFailure,
                    written.error().message);
    }
    const std::string program =
        runtimeDir + (unattended ? "/restartmanager-setup-unattended" : "/restartmanager-setup");
    std::vector<std::string> arguments{program, "--package", packageDir};
    arguments.insert(arguments.end(), passOn.begin(), passOn.end());
    std::vector<char*> pointers;
    for (auto& argument : arguments) {
        pointers.push_back(argument.data());
    }
    pointers.push_back(nullptr);
    std::fflush(stdout);
    g_child = ::fork();
    if (g_child < 0) {
        return fail(kInstallFailure, "cannot start setup: " + std::string{std::strerror(errno)});
    }
    if (g_child == 0) {
        // The setup file, for setup and the secondary installers (core/setup_file.h,
        // inherited()): this descriptor, the index checked above, the package folder.
        ::fcntl(file.fd, F_SETFD, 0);
        ::setenv(kEnvFd, std::to_string(file.fd).c_str(), 1);
        ::setenv(kEnvIndex, indexDigest(file).c_str(), 1);
        ::setenv(kEnvPackage, packageDir.c_str(), 1);
        ::execv(program.c_str(), pointers.data());
        std::fprintf(stderr, "setup: cannot start %s: %s\n", escape(program).c_str(),
                     std::strerror(errno));
        ::_exit(static_cast<int>(kInstallFailure & 0xFFU));
    }
    struct sigaction action {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : {SIGTERM, SIGINT, SIGHUP}) {
        ::sigaction(signal, &action, nullptr);
    }
    int status = 0;
    while (::waitpid(g_child, &status, 0) < 0 && errno == EINTR) {
    }
    // setup wrote its own result file; the shell gets its status. A failed install of a damaged
    // payload (a file that did not match its SHA-256 while it streamed; the install was rolled
    // back) is 1620: the payload stream is checked against the index once setup failed.
    if (WIFEXITED(status)) {
        if (WEXITSTATUS(status) == static_cast<int>(kInstallFailure & 0xFFU)) {
            if (auto intact = checkIntegrity(file); !intact) {
                return fail(kPackageInvalid, intact.error().message);
            }
        }
        return WEXITSTATUS(status);
    }
    return static_cast<int>(kInstallFailure & 0xFFU);
}

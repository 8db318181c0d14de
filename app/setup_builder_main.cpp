// rm-setup-builder: makes a one-file setup (core/setup_file.h) of a package folder.
//
//   rm-setup-builder PACKAGE_DIR -o Product-Version.run [--sign SECRET_KEY] [--level N]
//
// The package is checked with setup's own reader first. --sign takes a secret key made by
// `minisign -G` (its password is read from the terminal, or from the first line of standard
// input when that is not a terminal) or `minisign -G -W` (no password). The runtime is taken
// from the folder this program lies in (--runtime-dir to choose another).
#include "core/minisign.h"
#include "core/setup_file.h"
#include "ui/setup/package.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <map>
#include <string>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace {

using namespace rm::setupfile;

const char* const kRuntime[] = {"rm-setup-launcher", "restartmanager-setup",
                                "restartmanager-setup-unattended", "rm-secondary-installer",
                                "rm-polite-close"};

int usage(int code) {
    std::fprintf(code == 0 ? stdout : stderr,
                 "Usage: rm-setup-builder PACKAGE_DIR -o Product-Version.run [--sign SECRET_KEY]\n"
                 "                        [--level N] [--runtime-dir DIR]\n"
                 "Writes one setup file: the setup runtime, the package and its signed index.\n"
                 "  --sign FILE        sign with a secret key made by minisign -G (with or\n"
                 "                     without a password)\n"
                 "  --level N          zstd compression level (default 3)\n"
                 "  --runtime-dir DIR  where the runtime programs are (default: beside this\n"
                 "                     program)\n");
    return code;
}

std::string readPassword() {
    std::string password;
    if (::isatty(STDIN_FILENO) != 0) {
        std::fprintf(stderr, "Password: ");
        termios old{};
        ::tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        std::getline(std::cin, password);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
    } else {
        std::getline(std::cin, password);
    }
    return password;
}

// The stub's library table: one line "program soname path package" for every library each
// runtime program loads, with where this machine has it and the Debian package it came from
// ("-" when dpkg does not know it), for the stub's check on the customer's machine. Asked of
// ldd and dpkg, which take seconds, so the answer is kept in the runtime folder (when it may be
// written), named by the programs' names, sizes and times: the next build of the same runtime
// reads it.
std::string libraryTable(const QString& runtimeDir, const QStringList& programs) {
    QCryptographicHash key{QCryptographicHash::Sha256};
    for (const QString& program : programs) {
        const QFileInfo info{program};
        key.addData(QFile::encodeName(info.fileName()) + ' ' + QByteArray::number(info.size()) +
                    ' ' + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '\n');
    }
    const QString cachePath = runtimeDir + QStringLiteral("/.rm-library-table-") +
                              QString::fromLatin1(key.result().toHex().left(32));
    if (QFile cached{cachePath}; cached.open(QIODevice::ReadOnly)) {
        return cached.readAll().toStdString();
    }
    std::map<QString, std::map<QString, QString>> libraries; // program -> soname -> path
    std::map<QString, QString> paths;                        // soname -> path
    for (const QString& program : programs) {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {program});
        ldd.waitForFinished(30000);
        for (const QString& line : QString::fromLocal8Bit(ldd.readAllStandardOutput())
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList parts = line.simplified().split(QLatin1Char(' '));
            if (parts.size() >= 3 && parts[1] == QLatin1String("=>") &&
                parts[2].startsWith(QLatin1Char('/'))) {
                paths[parts[0]] = parts[2];
                libraries[QFileInfo{program}.fileName()][parts[0]] = parts[2];
            }
        }
    }
    std::map<QString, QString> packageOf; // soname -> package
    // One dpkg call for all of them: "package[:arch][, package...]: /path" per line.
    QStringList canonical;
    std::map<QString, QString> sonameOf; // canonical path -> soname
    for (const auto& [soname, path] : paths) {
        const QString real = QFileInfo{path}.canonicalFilePath();
        if (!real.isEmpty()) {
            canonical << real;
            sonameOf[real] = soname;
        }
    }
    if (!canonical.isEmpty()) {
        QProcess dpkg;
        dpkg.start(QStringLiteral("dpkg"), QStringList{QStringLiteral("-S")} + canonical);
        dpkg.waitForFinished(60000);
        for (const QString& line : QString::fromLocal8Bit(dpkg.readAllStandardOutput())
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(QStringLiteral(": /"));
            if (colon < 0) {
                continue;
            }
            const auto found = sonameOf.find(line.mid(colon + 2).trimmed());
            if (found == sonameOf.end()) {
                continue;
            }
            const QString owner = line.left(colon)
                                      .section(QLatin1Char(','), 0, 0)
                                      .section(QLatin1Char(':'), 0, 0)
                                      .trimmed();
            bool safe = !owner.isEmpty();
            for (const QChar c : owner + found->second) {
                safe = safe &&
                       (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') ||
                        c == QLatin1Char('+') || c == QLatin1Char('_'));
            }
            if (safe) {
                packageOf[found->second] = owner;
            }
        }
    }
    const auto plain = [](const QString& text) {
        for (const QChar c : text) {
            if (c.isSpace() || c == QLatin1Char('\'') || c.unicode() < 0x20) {
                return false;
            }
        }
        return !text.isEmpty();
    };
    std::string table;
    for (const auto& [program, sonames] : libraries) {
        for (const auto& [soname, path] : sonames) {
            if (!plain(soname) || !plain(path)) {
                continue;
            }
            const auto package = packageOf.find(soname);
            table +=
                (program + QLatin1Char(' ') + soname + QLatin1Char(' ') + path + QLatin1Char(' ') +
                 (package == packageOf.end() ? QStringLiteral("-") : package->second) +
                 QLatin1Char('\n'))
                    .toStdString();
        }
    }
    // Written under a private name and renamed, so that a reader never sees half of it.
    const QString partial = cachePath + QStringLiteral(".partial-") +
                            QString::number(QCoreApplication::applicationPid());
    if (QFile out{partial}; out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        const bool written = out.write(table.data(), static_cast<qint64>(table.size())) ==
                             static_cast<qint64>(table.size());
        out.close();
        if (!written || !QFile::rename(partial, cachePath)) {
            QFile::remove(partial);
        }
    }
    return table;
}

std::string replaced(std::string text, const std::string& what, const std::string& with) {
    const auto at = text.find(what);
    if (at != std::string::npos) {
        text.replace(at, what.size(), with);
    }
    return text;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application{argc, argv};
    QString packageDir;
    QString output;
    QString keyFile;
    // The stripped copies the build stages in setup-runtime/, else the programs beside this one.
    QString runtimeDir = QCoreApplication::applicationDirPath();
    if (QFileInfo{runtimeDir + QStringLiteral("/setup-runtime")}.isDir()) {
        runtimeDir += QStringLiteral("/setup-runtime");
    }
    int level = 3;
    const QStringList arguments = QCoreApplication::arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if ((argument == QLatin1String("-o") || argument == QLatin1String("--output")) &&
            hasValue) {
            output = arguments[++i];
        } else if (argument == QLatin1String("--sign") && hasValue) {
            keyFile = arguments[++i];
        } else if (argument == QLatin1String("--level") && hasValue) {
            level = arguments[++i].toInt();
        } else if (argument == QLatin1String("--runtime-dir") && hasValue) {
            runtimeDir = arguments[++i];
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            return usage(0);
        } else if (!argument.startsWith(QLatin1Char('-')) && packageDir.isEmpty()) {
            packageDir = argument;
        } else {
            return usage(2);
        }
    }
    if (packageDir.isEmpty() || output.isEmpty() || level < 1 || level > 22) {
        return usage(2);
    }
    if (!rm::minisign::initialize()) {
        std::fprintf(stderr, "rm-setup-builder: libsodium cannot be initialized\n");
        return 1;
    }
    packageDir = QFileInfo{packageDir}.absoluteFilePath();
    auto loaded = readPackageFolder(packageDir);
    if (const auto* error = std::get_if<PackageError>(&loaded)) {
        std::fprintf(stderr, "rm-setup-builder: the package cannot be used: %s\n",
                     error->toString().toLocal8Bit().constData());
        return 1;
    }
    const Package& package = std::get<Package>(loaded);

    BuildInput input;
    input.product =
        (package.localizedProduct.fallback.isEmpty() ? package.product
                                                     : package.localizedProduct.fallback)
            .toStdString();
    input.version = package.version.toStdString();
    input.publisher =
        (package.localizedPublisher.fallback.isEmpty() ? package.publisher
                                                       : package.localizedPublisher.fallback)
            .toStdString();
    input.packageFolder = packageDir.toStdString();
    input.compressionLevel = level;

    // Every file of the package folder: payload/ into the zstd stream, the rest raw. Sorted,
    // so that the same folder gives the same file.
    QStringList files;
    QDirIterator walk{packageDir, QDir::Files | QDir::Hidden | QDir::System,
                      QDirIterator::Subdirectories};
    while (walk.hasNext()) {
        const QString path = walk.next();
        const QFileInfo info{path};
        if (info.isSymLink() || !info.isFile()) {
            std::fprintf(stderr, "rm-setup-builder: %s is not a regular file\n",
                         path.toLocal8Bit().constData());
            return 1;
        }
        files << QDir{packageDir}.relativeFilePath(path);
    }
    std::sort(files.begin(), files.end());
    for (const QString& relative : files) {
        Entry entry;
        entry.path = relative.toStdString();
        struct stat st {};
        if (::stat((packageDir + QLatin1Char('/') + relative).toLocal8Bit().constData(), &st) !=
            0) {
            return 1;
        }
        entry.mode = (st.st_mode & 0111) != 0 ? 0755 : 0644;
        if (!isSafeRelativePath(entry.path)) {
            std::fprintf(stderr, "rm-setup-builder: a file cannot be named %s\n",
                         relative.toLocal8Bit().constData());
            return 1;
        }
        (relative.startsWith(QLatin1String("payload/")) ? input.payload : input.package)
            .push_back(std::move(entry));
    }

    QStringList programs;
    for (const char* name : kRuntime) {
        const QString path = runtimeDir + QLatin1Char('/') + QLatin1String(name);
        if (!QFileInfo{path}.isExecutable()) {
            std::fprintf(stderr, "rm-setup-builder: the runtime program %s is missing\n",
                         path.toLocal8Bit().constData());
            return 1;
        }
        input.runtime.emplace_back(name, path.toStdString());
        programs << path;
    }

    if (!keyFile.isEmpty()) {
        QFile file{keyFile};
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "rm-setup-builder: cannot read %s\n",
                         keyFile.toLocal8Bit().constData());
            return 1;
        }
        const std::string text = file.readAll().toStdString();
        const std::string password =
            rm::minisign::secretKeyIsEncrypted(text) ? readPassword() : std::string{};
        auto key = rm::minisign::parseSecretKey(text, password);
        if (!key) {
            std::fprintf(stderr, "rm-setup-builder: %s: %s\n", keyFile.toLocal8Bit().constData(),
                         key.error().message.c_str());
            return 1;
        }
        input.key = *key;
    }

    QFile stubFile{QStringLiteral(":/setup-stub.sh")};
    if (!stubFile.open(QIODevice::ReadOnly)) {
        return 1;
    }
    const std::string stubTemplate = stubFile.readAll().toStdString();
    const std::string libraries = libraryTable(runtimeDir, programs);
    input.stub = [stubTemplate, libraries](const Index& index, const Trailer& trailer) {
        std::string table;
        std::uint64_t offset = trailer.runtimeOffset;
        for (const auto& entry : index.runtime) {
            char numbers[64];
            std::snprintf(numbers, sizeof numbers, " %020llu %020llu ",
                          static_cast<unsigned long long>(offset),
                          static_cast<unsigned long long>(entry.size));
            table += entry.path + numbers + toHex(entry.sha256) + "\n";
            offset += entry.size;
        }
        return replaced(replaced(stubTemplate, "@RUNTIME@", table), "@LIBRARIES@", libraries);
    };

    // Written beside the output under a private name, then renamed over it.
    const QByteArray target = QFile::encodeName(QFileInfo{output}.absoluteFilePath());
    const QByteArray partial = target + ".partial-" + QByteArray::number(::getpid());
    const int fd = ::open(partial.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0755);
    if (fd < 0) {
        std::fprintf(stderr, "rm-setup-builder: cannot write %s: %s\n", partial.constData(),
                     std::strerror(errno));
        return 1;
    }
    auto built = build(std::move(input), fd);
    if (built && ::fsync(fd) != 0) {
        built = rm::makeError(ERROR_WRITE_FAULT, std::strerror(errno));
    }
    ::fchmod(fd, 0755);
    ::close(fd);
    if (!built || ::rename(partial.constData(), target.constData()) != 0) {
        ::unlink(partial.constData());
        std::fprintf(stderr, "rm-setup-builder: %s\n",
                     built ? std::strerror(errno) : built.error().message.c_str());
        return 1;
    }
    std::printf("%s\n", target.constData());
    return 0;
}

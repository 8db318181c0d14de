// Uninstalling 10,000 files with restartmanager-setup --uninstall --unattended (a process: its
// start, the record's checks, every file hashed, the Restart Manager session with all 10,000
// registered and RmGetList, the transaction that sets them aside and deletes them, the empty
// folders) against `rm -rf` of the same tree, in the same run.
//
//   bench_uninstall [files]      (default 10000)
#include "ui/setup/product_record.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QProcessEnvironment>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

namespace {

constexpr int kPerFolder = 100;

ProductRecord makeTree(const fs::path& prefix, int files) {
    ProductRecord record;
    record.id = QStringLiteral("org.restartmanager.UninstallBench");
    record.name.fallback = QStringLiteral("Uninstall Bench");
    record.version = QStringLiteral("1.0");
    record.publisher.fallback = QStringLiteral("The benchmarks");
    record.installDir = QString::fromStdString(prefix.string());
    record.folders << QString{};
    for (int i = 0; i < files; ++i) {
        const std::string folder = "share/data/" + std::to_string(i / kPerFolder);
        const std::string relative = folder + "/file-" + std::to_string(i) + ".txt";
        if (i % kPerFolder == 0) {
            fs::create_directories(prefix / folder);
            record.folders << QString::fromStdString(folder);
        }
        const std::string text = "file " + std::to_string(i) + " of the benchmark\n";
        std::ofstream{prefix / relative, std::ios::binary} << text;
        RecordedFile file;
        file.path = QString::fromStdString(relative);
        file.size = static_cast<qint64>(text.size());
        file.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray::fromStdString(text), QCryptographicHash::Sha256)
                .toHex());
        record.files.append(file);
    }
    record.folders << QStringLiteral("share") << QStringLiteral("share/data");
    return record;
}

double seconds(std::chrono::steady_clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

} // namespace

int main(int argc, char** argv) {
    const int files = argc > 1 ? std::atoi(argv[1]) : 10000;
    char pattern[] = "/tmp/rm-bench-uninstall-XXXXXX";
    if (::mkdtemp(pattern) == nullptr) {
        std::perror("mkdtemp");
        return 1;
    }
    const fs::path root{pattern};
    const fs::path prefix = root / "prefix";
    const fs::path products = root / "products";
    const fs::path store = root / "store";
    fs::create_directories(products);
    fs::create_directories(store);
    fs::permissions(store, fs::perms::owner_all, fs::perm_options::replace);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RESTARTMANAGER_PRODUCTS_DIR"),
               QString::fromStdString(products.string()));
    env.insert(QStringLiteral("RESTARTMANAGER_STORE_DIR"), QString::fromStdString(store.string()));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));

    int status = 0;
    double ours = 0;
    double rmrf = 0;
    {
        const ProductRecord record = makeTree(prefix, files);
        std::ofstream{products / "org.restartmanager.UninstallBench.json", std::ios::binary}
            << record.toJson().toStdString();
        ::sync();
        QProcess setup;
        setup.setProcessEnvironment(env);
        const auto start = std::chrono::steady_clock::now();
        setup.start(QStringLiteral(RM_SETUP),
                    {QStringLiteral("--unattended"), QStringLiteral("--no-reboot"),
                     QStringLiteral("--log"), QString::fromStdString((root / "log").string()),
                     QStringLiteral("--uninstall"),
                     QStringLiteral("org.restartmanager.UninstallBench")});
        setup.waitForFinished(600000);
        ours = seconds(std::chrono::steady_clock::now() - start);
        if (setup.exitCode() != 0 || fs::exists(prefix)) {
            std::fprintf(stderr, "uninstall failed (%d):\n%s\n", setup.exitCode(),
                         setup.readAllStandardOutput().constData());
            status = 1;
        }
    }
    {
        makeTree(prefix, files);
        ::sync();
        QProcess rm;
        const auto start = std::chrono::steady_clock::now();
        rm.start(QStringLiteral("rm"),
                 {QStringLiteral("-rf"), QString::fromStdString(prefix.string())});
        rm.waitForFinished(600000);
        rmrf = seconds(std::chrono::steady_clock::now() - start);
    }
    std::printf("uninstall of %d files: %.3f s; rm -rf of the same tree: %.3f s; ratio %.2f\n",
                files, ours, rmrf, rmrf > 0 ? ours / rmrf : 0.0);
    fs::remove_all(root);
    return status;
}

// The GUI test binary: one QApplication on the offscreen platform for every test, so that widgets
// are real but need no display.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The wizard reads desktop entries from the user's data folder, and setup writes the demo
    // package's menu entry, icons, MIME type and command (core/desktop_integration.h): folders
    // of this run's own, so that nothing is left in the real ones. Every Demo Notes and setup
    // the tests start inherits them.
    QTemporaryDir data{QDir::tempPath() + QStringLiteral("/ui-tests-data-XXXXXX")};
    if (!data.isValid()) {
        return 2;
    }
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
    qputenv("RESTARTMANAGER_DESKTOP_PREFIX",
            QFile::encodeName(data.path() + QStringLiteral("/prefix")));
    // Where the desktop looks for menu entries: that folder's too, so that an installed Demo
    // Notes is named by its entry ("Demo Notes", not its process name "demo-notes"), as on a
    // desktop where setup wrote it into /usr/local/share.
    const QByteArray systemDirs = qgetenv("XDG_DATA_DIRS");
    qputenv(
        "XDG_DATA_DIRS",
        QFile::encodeName(data.path() + QStringLiteral("/prefix/share:")) +
            (systemDirs.isEmpty() ? QByteArrayLiteral("/usr/local/share:/usr/share") : systemDirs));
    QApplication app{argc, argv};
    return RUN_ALL_TESTS();
}

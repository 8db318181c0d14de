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
    QApplication app{argc, argv};
    return RUN_ALL_TESTS();
}

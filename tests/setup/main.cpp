// The setup engine's test binary: Qt Core only, no widgets and no display. The engine and the
// unattended mode must work on a server without any graphical session.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    // Setup writes a package's desktop files (core/desktop_integration.h) below this run's own
    // folder, never into the real ~/.local or /usr/local; every setup the tests start inherits it.
    QTemporaryDir desktop{QDir::tempPath() + QStringLiteral("/setup-tests-desktop-XXXXXX")};
    if (!desktop.isValid()) {
        return 2;
    }
    qputenv("RESTARTMANAGER_DESKTOP_PREFIX", QFile::encodeName(desktop.path()));
    QCoreApplication app{argc, argv};
    return RUN_ALL_TESTS();
}

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
    // Demo Notes writes its desktop entry and icon into the user's data folder, and the wizard
    // reads desktop entries from it: a folder of this run's own, so that nothing is left in the
    // real one. Every Demo Notes the tests start inherits it.
    QTemporaryDir data{QDir::tempPath() + QStringLiteral("/ui-tests-data-XXXXXX")};
    if (!data.isValid()) {
        return 2;
    }
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
    QApplication app{argc, argv};
    return RUN_ALL_TESTS();
}

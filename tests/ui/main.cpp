// The GUI test binary: one QApplication on the offscreen platform for every test, so that widgets
// are real but need no display.
#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app{argc, argv};
    return RUN_ALL_TESTS();
}

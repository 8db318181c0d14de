// The setup engine's test binary: Qt Core only, no widgets and no display. The engine and the
// unattended mode must work on a server without any graphical session.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app{argc, argv};
    return RUN_ALL_TESTS();
}

// Untrusted text is shown as plain text (issue 8): a package whose names are HTML, and
// applications whose names are HTML, must show those names literally in every label, title,
// tooltip and dialog of the wizard, never rendered.
#include "support/test_support.h"

#include "ui/setup/install_plan.h"
#include "ui/translations.h"
#include "ui/wizard/setup_wizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QTreeWidget>

namespace {

const QString kHtml = QStringLiteral("<b>Bold</b><img src=\"/etc/hostname\">");

Package hostilePackage() {
    Package package;
    package.product = kHtml + QStringLiteral(" Product");
    package.version = QStringLiteral("<i>2</i>");
    package.publisher = kHtml + QStringLiteral(" Publisher");
    package.licenseText = kHtml;
    package.defaultInstallDir = QStringLiteral("/nonexistent/<b>dir</b>");
    PackageComponent component;
    component.id = QStringLiteral("app");
    component.name = kHtml + QStringLiteral(" Component");
    component.description = kHtml + QStringLiteral(" Description");
    component.installer = QStringLiteral("stock");
    package.components.append(component);
    return package;
}

// Every label that holds the markup must show it as it is.
void expectNoLabelRendersHtml(const QWidget& top) {
    int seen = 0;
    for (const QLabel* label : top.findChildren<QLabel*>()) {
        if (label->text().contains(QStringLiteral("<b>"))) {
            ++seen;
            EXPECT_EQ(label->textFormat(), Qt::PlainText)
                << "label " << label->objectName().toStdString() << " would render "
                << label->text().toStdString();
        }
    }
    EXPECT_GT(seen, 0) << "no label showed the package's text at all";
}

// Runs `inspect` on the next modal dialog, then closes it with the button named `close`.
void inspectNextDialog(const std::function<void(QWidget&)>& inspect, const QString& close,
                       bool& inspected) {
    QTimer::singleShot(50, qApp, [=, &inspected] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (dialog == nullptr) {
            inspectNextDialog(inspect, close, inspected);
            return;
        }
        inspect(*dialog);
        inspected = true;
        if (auto* button = dialog->findChild<QAbstractButton*>(close)) {
            button->click();
        }
    });
}

class PlainTextTest : public ::testing::Test {
protected:
    void SetUp() override { Translations::setLanguage(QStringLiteral("en")); }
};

TEST_F(PlainTextTest, TheWizardShowsPackageTextLiterally) {
    SetupWizard wizard{hostilePackage(), SetupWizard::Options{}};
    EXPECT_EQ(wizard.titleFormat(), Qt::PlainText);
    EXPECT_EQ(wizard.subTitleFormat(), Qt::PlainText);
    wizard.show();
    expectNoLabelRendersHtml(wizard);

    wizard.next(); // license
    wizard.next(); // components (Next is not blocked programmatically)
    const auto* tree = wizard.findChild<QTreeWidget*>(QStringLiteral("ComponentsTree"));
    ASSERT_NE(tree, nullptr);
    ASSERT_GT(tree->topLevelItemCount(), 0);
    const QString tip = tree->topLevelItem(0)->toolTip(0);
    EXPECT_FALSE(tip.contains(QStringLiteral("<img"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("&lt;img"))) << tip.toStdString();
    wizard.hide();
}

TEST_F(PlainTextTest, TheStillRunningDialogShowsApplicationNamesLiterally) {
    DialogAnswerSource dialogs;
    bool inspected = false;
    inspectNextDialog(
        [](QWidget& dialog) {
            EXPECT_EQ(dialog.objectName(), QStringLiteral("StillRunningDialog"));
            expectNoLabelRendersHtml(dialog);
        },
        QStringLiteral("CancelSetupButton"), inspected);
    const auto answer =
        dialogs.stillRunning(nullptr, {kHtml + QStringLiteral(" (PID 4242)"), QStringLiteral("x")});
    EXPECT_TRUE(inspected);
    EXPECT_EQ(answer, AnswerSource::StillRunning::Cancel);
}

TEST_F(PlainTextTest, ThePackageErrorDialogShowsTheManifestLiterally) {
    bool inspected = false;
    inspectNextDialog(
        [](QWidget& dialog) {
            EXPECT_EQ(dialog.objectName(), QStringLiteral("PackageErrorDialog"));
            expectNoLabelRendersHtml(dialog);
        },
        QStringLiteral("CloseButton"), inspected);
    showPackageErrorDialog(nullptr, QStringLiteral("components[0].name: ") + kHtml);
    EXPECT_TRUE(inspected);
}

} // namespace

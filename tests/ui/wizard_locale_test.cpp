// The wizard in the conventions of its language (issue 24): lists are joined as the language joins
// them ("A, B, and C" in English, "A、B、C" in Japanese, "A وB وC" in Arabic, never ", " where the
// language has no such comma); and in Arabic and Hebrew the buttons of the message boxes and of
// the wizard leave room on both sides of their text (it touched the border), read from the
// rendered buttons.
#include "ui/affected_apps_model.h"
#include "ui/color_scheme.h"
#include "ui/plain_text.h"
#include "ui/setup/package.h"
#include "ui/translations.h"
#include "ui/wizard/answer_source.h"
#include "ui/wizard/setup_wizard.h"
#include "ui/wizard/welcome_page.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QString>
#include <QStringList>
#include <QStyle>
#include <QTimer>

#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace {

const QStringList kThree{QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")};

std::unique_ptr<SetupWizard> wizardIn(const QString& language) {
    Package package;
    package.product = QStringLiteral("Lists");
    package.version = QStringLiteral("1");
    PackageComponent component;
    component.id = QStringLiteral("app");
    package.components << component;
    SetupWizard::Options options;
    options.recoverEarlierSetups = false;
    options.language = language;
    return std::make_unique<SetupWizard>(package, options);
}

// The welcome page's note about applications an earlier setup had closed, naming three.
QString recoveryNote(const QString& language) {
    auto wizard = wizardIn(language);
    auto* welcome = qobject_cast<WelcomePage*>(wizard->page(SetupWizard::WelcomePageId));
    if (welcome == nullptr) {
        return QStringLiteral("(no welcome page)");
    }
    welcome->setRecovered(kThree);
    const auto* note = wizard->findChild<QLabel*>(QStringLiteral("RecoveryNote"));
    const QString text = note == nullptr ? QStringLiteral("(no RecoveryNote)") : note->text();
    wizard->setLanguage(QStringLiteral("en"));
    return withoutIsolates(text);
}

// The files-in-use page's details of an application that uses three files ("Uses: …").
QString usesLine(const QString& language) {
    auto wizard = wizardIn(language);
    rm::AffectedApplication application;
    application.appName = "app";
    application.files = {"/opt/a/Alpha", "/opt/b/Beta", "/opt/c/Gamma"};
    const QString details = withoutIsolates(AffectedAppsModel::detailsText(application));
    wizard->setLanguage(QStringLiteral("en"));
    for (const QString& line : details.split(u'\n')) {
        if (line.contains(QStringLiteral("Alpha"))) {
            return line;
        }
    }
    return details;
}

// What stands between the first and second, and the second and third of the three names.
QStringList separators(const QString& text) {
    const qsizetype alpha = text.indexOf(QStringLiteral("Alpha"));
    const qsizetype beta = text.indexOf(QStringLiteral("Beta"));
    const qsizetype gamma = text.indexOf(QStringLiteral("Gamma"));
    if (alpha < 0 || beta < alpha || gamma < beta) {
        return {};
    }
    return {text.mid(alpha + 5, beta - alpha - 5), text.mid(beta + 4, gamma - beta - 4)};
}

using Lister = QString (*)(const QString&);

class ListJoinTest : public ::testing::TestWithParam<std::pair<const char*, Lister>> {};

TEST_P(ListJoinTest, EnglishKeepsItsCommasAndAnd) {
    const QString text = GetParam().second(QStringLiteral("en"));
    EXPECT_TRUE(text.contains(QStringLiteral("Alpha, Beta, and Gamma"))) << text.toStdString();
}

TEST_P(ListJoinTest, JapaneseJoinsWithTheIdeographicComma) {
    const QString text = GetParam().second(QStringLiteral("ja"));
    const QStringList between = separators(text);
    ASSERT_EQ(between.size(), 2) << text.toStdString();
    // "Alpha、Beta、Gamma": U+3001 and nothing else, no ", ".
    EXPECT_EQ(between, (QStringList{QStringLiteral("、"), QStringLiteral("、")}))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Alpha, "))) << text.toStdString();
}

TEST_P(ListJoinTest, ChineseJoinsWithTheIdeographicCommaAndHe) {
    const QString text = GetParam().second(QStringLiteral("zh_CN"));
    const QStringList between = separators(text);
    ASSERT_EQ(between.size(), 2) << text.toStdString();
    EXPECT_EQ(between, (QStringList{QStringLiteral("、"), QStringLiteral("和")}))
        << text.toStdString();
}

TEST_P(ListJoinTest, ArabicJoinsTheArabicWay) {
    const QString text = GetParam().second(QStringLiteral("ar"));
    const QStringList between = separators(text);
    ASSERT_EQ(between.size(), 2) << text.toStdString();
    // CLDR's Arabic list: "و" (and) before each further item, or the Arabic comma "،"; never
    // the Latin comma.
    for (const QString& separator : between) {
        EXPECT_FALSE(separator.contains(u',')) << text.toStdString();
        EXPECT_TRUE(separator == QStringLiteral(" و") || separator == QStringLiteral("، ") ||
                    separator == QStringLiteral("، و"))
            << "\"" << separator.toStdString() << "\" in " << text.toStdString();
    }
    // "… وGamma": the last one follows "and".
    EXPECT_TRUE(between.constLast().endsWith(QStringLiteral("و"))) << text.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Wizard, ListJoinTest,
    ::testing::Values(std::pair<const char*, Lister>{"WelcomeRecoveryNote", &recoveryNote},
                      std::pair<const char*, Lister>{"FilesInUseDetails", &usesLine}),
    [](const auto& info) { return std::string{info.param.first}; });

// --- room beside the buttons' texts ----------------------------------------------------------

// Where the text of a button is drawn: its first and last columns (in the rendered button) that
// hold a pixel of the text's colour, between the frame's columns.
struct Ink {
    int left = 0;  // pixels from the button's left edge to the text
    int right = 0; // pixels from the text to the button's right edge
};
std::optional<Ink> inkOf(QAbstractButton& button) {
    const QImage image = button.grab().toImage();
    const QColor text = button.palette().color(QPalette::ButtonText);
    const auto isText = [&text](QColor pixel) {
        return std::abs(pixel.red() - text.red()) < 70 &&
               std::abs(pixel.green() - text.green()) < 70 &&
               std::abs(pixel.blue() - text.blue()) < 70;
    };
    int first = image.width();
    int last = -1;
    // Inside the frame's top and bottom edges; the frame's own columns (2 pixels) are not text.
    for (int y = 3; y < image.height() - 3; ++y) {
        for (int x = 2; x < image.width() - 2; ++x) {
            if (isText(image.pixelColor(x, y))) {
                first = std::min(first, x);
                last = std::max(last, x);
            }
        }
    }
    if (last < 0) {
        return std::nullopt;
    }
    return Ink{first, image.width() - 1 - last};
}

// At least this much room between the frame's edge and the text, on each side.
constexpr int kLeastRoom = 7;

struct Measured {
    std::string name;
    std::string text;
    std::optional<Ink> ink;
    int width = 0;
};

std::string describe(const Measured& button) {
    if (!button.ink) {
        return button.name + " (\"" + button.text + "\"): no text drawn";
    }
    return button.name + " (\"" + button.text + "\", " + std::to_string(button.width) +
           " wide): " + std::to_string(button.ink->left) + " px left of the text, " +
           std::to_string(button.ink->right) + " px right of it";
}

// The push buttons of `window` that show. With `alsoHidden`, those of pages that do not show
// (the finish page's "Show the log", the files-in-use page's Refresh, ...) too, each at the width
// its layout gives it: its size hint.
std::vector<Measured> measureButtons(QWidget& window, bool alsoHidden = false) {
    std::vector<Measured> measured;
    for (QPushButton* button : window.findChildren<QPushButton*>()) {
        // A disabled button draws its text in a grey close to its frame's: not measured.
        if (!button->isEnabled() || button->text().isEmpty()) {
            continue;
        }
        if (!button->isVisible()) {
            if (!alsoHidden) {
                continue;
            }
            button->ensurePolished();
            button->resize(button->sizeHint());
        }
        measured.push_back({button->objectName().toStdString(), button->text().toStdString(),
                            inkOf(*button), button->width()});
    }
    return measured;
}

// Setup's style, as restartmanager-setup uses it; the test binary's own afterwards.
class ButtonRoomTest : public ::testing::TestWithParam<const char*> {
protected:
    void SetUp() override {
        m_savedStyle = QApplication::style()->name();
        m_savedPalette = QApplication::palette();
        useSetupStyle(*qApp);
        Translations::setLanguage(QString::fromLatin1(GetParam()));
    }
    void TearDown() override {
        Translations::setLanguage(QStringLiteral("en"));
        QApplication::setStyle(m_savedStyle);
        QApplication::setPalette(m_savedPalette);
    }
    QString m_savedStyle;
    QPalette m_savedPalette;
};

// The message box that comes when applications do not close: four buttons, the longest
// "&Ignore (restart the computer later)".
TEST_P(ButtonRoomTest, TheStillRunningDialogsButtonsLeaveRoomBesideTheirText) {
    std::vector<Measured> measured;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    int polls = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr) {
            if (++polls > 500) {
                poll.stop(); // the dialog never came: the test fails below, exec() is not reached
            }
            return;
        }
        poll.stop();
        QCoreApplication::processEvents();
        direction = box->layoutDirection();
        measured = measureButtons(*box);
        box->findChild<QAbstractButton*>(QStringLiteral("RetryButton"))->click();
    });
    poll.start(20);
    const auto answer =
        DialogAnswerSource{}.stillRunning(nullptr, {QStringLiteral("Demo Notes (24413)")});
    EXPECT_EQ(answer, AnswerSource::StillRunning::Retry);
    const bool rightToLeft =
        QLocale{QString::fromLatin1(GetParam())}.textDirection() == Qt::RightToLeft;
    EXPECT_EQ(direction, rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    ASSERT_EQ(measured.size(), 4U);
    for (const Measured& button : measured) {
        ASSERT_TRUE(button.ink) << describe(button);
        EXPECT_GE(button.ink->left, kLeastRoom) << describe(button);
        EXPECT_GE(button.ink->right, kLeastRoom) << describe(button);
    }
}

// The cancel question and the wizard's own buttons (Next, Cancel; Finish, Commit and those on
// its pages: Browse, Refresh, Force close, Show the log, ...).
TEST_P(ButtonRoomTest, TheWizardsButtonsAndTheCancelQuestionLeaveRoomBesideTheirText) {
    auto wizard = wizardIn(QString::fromLatin1(GetParam()));
    wizard->show();
    QCoreApplication::processEvents();
    // Next and Cancel (Back is disabled on the first page), and the buttons of the other pages.
    std::vector<Measured> measured = measureButtons(*wizard, true);
    EXPECT_GE(measured.size(), 4U);
    int polls = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr) {
            if (++polls > 500) {
                poll.stop();
            }
            return;
        }
        poll.stop();
        QCoreApplication::processEvents();
        const auto buttons = measureButtons(*box);
        measured.insert(measured.end(), buttons.begin(), buttons.end());
        box->reject();
    });
    poll.start(20);
    EXPECT_FALSE(DialogAnswerSource{}.confirmCancel(wizard.get()));
    EXPECT_GE(measured.size(), 6U);
    for (const Measured& button : measured) {
        ASSERT_TRUE(button.ink) << describe(button);
        EXPECT_GE(button.ink->left, kLeastRoom) << describe(button);
        EXPECT_GE(button.ink->right, kLeastRoom) << describe(button);
    }
    wizard->hide();
}

INSTANTIATE_TEST_SUITE_P(Languages, ButtonRoomTest, ::testing::Values("ar", "he", "en", "de"),
                         [](const auto& info) { return std::string{info.param}; });

} // namespace

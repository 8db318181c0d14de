#include "ui/wizard/setup_wizard.h"

#include "core/log.h"
#include "ui/branding.h"
#include "ui/plain_text.h"
#include "ui/setup/install_engine.h"
#include "ui/setup/product_launch.h"
#include "ui/setup/recovery.h"
#include "ui/setup/setup_run.h"
#include "ui/translations.h"
#include "ui/wizard/components_page.h"
#include "ui/wizard/files_in_use_page.h"
#include "ui/wizard/finish_page.h"
#include "ui/wizard/installing_page.h"
#include "ui/wizard/license_page.h"
#include "ui/wizard/location_page.h"
#include "ui/wizard/preparing_page.h"
#include "ui/wizard/publisher_page.h"
#include "ui/wizard/ready_page.h"
#include "ui/wizard/welcome_page.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QTimer>

void nameWizardButtons(QWizard& wizard) {
    const std::pair<QWizard::WizardButton, const char*> buttons[] = {
        {QWizard::BackButton, "BackButton"},
        {QWizard::NextButton, "NextButton"},
        {QWizard::CommitButton, "CommitButton"},
        {QWizard::FinishButton, "FinishButton"},
        {QWizard::CancelButton, "CancelButton"}};
    for (const auto& [id, name] : buttons) {
        QAbstractButton* b = wizard.button(id);
        b->setObjectName(QLatin1String(name));
        b->setAccessibleName(b->text()
                                 .remove(QLatin1Char('&'))
                                 .remove(QLatin1Char('>'))
                                 .remove(QLatin1Char('<'))
                                 .trimmed());
    }
}

QString wizardButtonText(QWizard::WizardButton which) {
    // QWizard sets the texts of its standard buttons only when it changes pages, so a language
    // chosen on the welcome page left them in the old one. Qt's catalogue translates them.
    // Our own catalogues carry these texts too (and the message boxes' below), for a language
    // that Qt has no catalogue of; Qt's own translation wins where there is one.
    static constexpr std::pair<QWizard::WizardButton, const char*> kStandardTexts[] = {
        {QWizard::BackButton, QT_TRANSLATE_NOOP("QWizard", "< &Back")},
        {QWizard::NextButton, QT_TRANSLATE_NOOP("QWizard", "&Next >")},
        {QWizard::CommitButton, QT_TRANSLATE_NOOP("QWizard", "Commit")},
        {QWizard::FinishButton, QT_TRANSLATE_NOOP("QWizard", "&Finish")},
        {QWizard::CancelButton, QT_TRANSLATE_NOOP("QWizard", "Cancel")}};
    // The standard buttons of the wizard's message boxes (QPlatformTheme names them).
    [[maybe_unused]] static constexpr const char* kMessageBoxTexts[] = {
        QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"), QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Close"), QT_TRANSLATE_NOOP("QPlatformTheme", "OK")};
    // Right to left, Back (on the right) points right and Next (on the left) points left. A
    // button lays out "< السابق" with its arrow on the left, as in English, whatever the layout
    // direction (and a right-to-left mark does not change that): the arrows are put at the other
    // end instead.
    const bool rightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    for (const auto& [button, text] : kStandardTexts) {
        if (button != which) {
            continue;
        }
        QString translated = QCoreApplication::translate("QWizard", text);
        if (rightToLeft && (which == QWizard::BackButton || which == QWizard::NextButton)) {
            static const QRegularExpression arrows{QStringLiteral("^[\\s<>]+|[\\s<>]+$")};
            translated.remove(arrows);
            translated = which == QWizard::BackButton ? translated + QStringLiteral(" >")
                                                      : QStringLiteral("< ") + translated;
        }
        return translated;
    }
    return {};
}

void retranslateWizardButtons(QWizard& wizard) {
    for (const auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                             QWizard::FinishButton, QWizard::CancelButton}) {
        wizard.setButtonText(which, wizardButtonText(which));
    }
    nameWizardButtons(wizard);
}

SetupWizard::SetupWizard(Package package, Options options, QWidget* parent)
    : QWizard{parent}, m_plan{std::move(package)}, m_options{std::move(options)},
      m_answers{std::make_unique<DialogAnswerSource>()} {
    setObjectName(QStringLiteral("SetupWizard"));
    if (m_options.recoverEarlierSetups) {
        // Before anything else: the user gets back what a crashed setup left closed, now and
        // not only once this setup reaches Install (RmStartSession recovers too).
        m_recovered = recoverEarlierSetups();
    }
    m_plan.logFile = m_options.logFile;
    m_engine = std::make_unique<InstallEngine>(m_plan, m_options.stockSecondaryInstaller);
    m_run = std::make_unique<SetupRun>(m_plan, *m_engine);
    connect(m_run.get(), &SetupRun::finished, this, [this](const InstallReport& report) {
        if (report.cancelled) {
            finishWith(ExitCancelled);
            return;
        }
        // A cancel that came after the files were committed changed nothing: setup goes on to
        // the last page.
        m_cancelling = false;
        button(CancelButton)->setEnabled(true);
    });
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    auto* welcome = new WelcomePage{m_plan, [this] { return m_language; },
                                    [this](const QString& language) { setLanguage(language); }};
    welcome->setRecovered(m_recovered);
    setPage(WelcomePageId, welcome);
    setPage(LicensePageId, new LicensePage{m_plan});
    setPage(ComponentsPageId, new ComponentsPage{m_plan});
    setPage(LocationPageId, new LocationPage{m_plan});
    setPage(ReadyPageId, new ReadyPage{m_plan});
    setPage(PreparingPageId, new PreparingPage{*m_run});
    setPage(FilesInUsePageId, new FilesInUsePage{m_plan, *m_run});
    setPage(InstallingPageId,
            new InstallingPage{m_plan, *m_run, [this]() -> AnswerSource& { return *m_answers; },
                               [this] { cancelSetup(false); }});
    setPage(FinishPageId, new FinishPage{m_plan, *m_run});
    setStartId(m_options.maintenance == Options::Maintenance::Modify   ? ComponentsPageId
               : m_options.maintenance == Options::Maintenance::Repair ? ReadyPageId
                                                                       : WelcomePageId);
    if (!m_options.unverifiedPublisher.isEmpty()) {
        setPage(PublisherPageId, new PublisherPage{m_options.unverifiedPublisher});
        setStartId(PublisherPageId);
    }
    // Product, publisher, component and application names come from the package and from other
    // users' processes: never rendered as HTML.
    setTitleFormat(Qt::PlainText);
    setSubTitleFormat(Qt::PlainText);
    showAsPlainText(this);
    // Once setup has started (a session, the secondaries, closed applications) there is no way
    // back: Back and then Next again would start it all a second time. QWizard enables Back
    // whenever it updates its buttons (on a page change, when a page completes), so it is
    // disabled again right after; these connections come after QWizard's own.
    const auto noWayBack = [this] {
        if (currentId() >= PreparingPageId) {
            button(BackButton)->setEnabled(false);
        }
    };
    connect(this, &QWizard::currentIdChanged, this, noWayBack);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // The applications that setup started again come up while it shows its last page: the
        // wizard stays in front, where the user's next click is.
        if (id == FinishPageId && isVisible()) {
            raise();
            activateWindow();
        }
        nameBrandingWidgets();
        // Once the page's layout is done: the header's subtitle, beside the header image, may
        // need more lines than QWizard gives it.
        QTimer::singleShot(0, this, [this] { fitHeaderText(); });
    });
    for (const int id : pageIds()) {
        connect(page(id), &QWizardPage::completeChanged, this, noWayBack);
    }
    nameButtons();
    applyBranding();
    setLanguage(m_options.language);
    resize(720, 520);
    fitScreen();
}

SetupWizard::~SetupWizard() = default;

int SetupWizard::nextId() const {
    // Modify keeps the installed product's folder: from the components straight to the ready
    // page.
    if (m_options.maintenance == Options::Maintenance::Modify && currentId() == ComponentsPageId) {
        return ReadyPageId;
    }
    if (m_options.maintenance != Options::Maintenance::None && currentId() == PublisherPageId) {
        return m_options.maintenance == Options::Maintenance::Modify ? ComponentsPageId
                                                                     : ReadyPageId;
    }
    return QWizard::nextId();
}

void SetupWizard::setAnswerSource(std::unique_ptr<AnswerSource> answers) {
    m_answers = std::move(answers);
}

void SetupWizard::setAnswers(const SetupAnswers& answers) {
    SetupDecision decision = m_run->decision();
    QString error;
    if (!answers.applyTo(m_plan, decision, &error)) {
        rm::log::core()->warn("the answers cannot be used: {}", error.toStdString());
    }
    m_run->setDefaults(decision);
    QMap<QString, QString> scripted;
    for (const char* key : {"StillRunning", "ConfirmCancel"}) {
        if (answers.contains(QLatin1String(key))) {
            scripted.insert(QLatin1String(key), answers.value(QLatin1String(key)));
        }
    }
    if (!scripted.isEmpty()) {
        setAnswerSource(std::make_unique<ScriptedAnswerSource>(scripted));
    }
}

SetupAnswers SetupWizard::answersOfThisRun() const {
    SetupDecision decision = m_run->decision();
    // What the user decided: replayed with --unattended, a "yes" the user never gave could
    // restart a machine.
    decision.reboot = m_restartChosen;
    const auto* finish = qobject_cast<const FinishPage*>(page(FinishPageId));
    decision.launch = finish != nullptr && finish->launchChosen();
    return SetupAnswers::from(m_plan, decision);
}

void SetupWizard::showEvent(QShowEvent* event) {
    QWizard::showEvent(event);
    // The screen it shows on may have another device pixel ratio than the one it was made for.
    if (!qFuzzyCompare(devicePixelRatioF(), m_brandingRatio)) {
        applyBranding();
    }
    fitScreen();
    nameBrandingWidgets();
}

void SetupWizard::applyBranding() {
    const Package& package = m_plan.package();
    m_brandingRatio = devicePixelRatioF();
    setWindowIcon(branding::windowIcon(package));
    // QWizard's own places, as its classic and modern styles have them: the side image
    // (watermark) on the welcome and finish pages, the header image (logo) on the others.
    const QPixmap side =
        branding::render(package, branding::Image::Side, branding::kSideSize, m_brandingRatio);
    const QPixmap header =
        branding::render(package, branding::Image::Header, branding::kHeaderSize, m_brandingRatio);
    m_sideKey = side.cacheKey();
    // QWizard shows the side image at the top of a column as tall as the page; below it, the
    // column goes on in the colour of the image's bottom edge.
    const QImage sideImage = side.toImage();
    qint64 red = 0;
    qint64 green = 0;
    qint64 blue = 0;
    qint64 alpha = 0;
    for (int x = 0; x < sideImage.width(); ++x) {
        const QColor c = sideImage.pixelColor(x, sideImage.height() - 1);
        red += c.red();
        green += c.green();
        blue += c.blue();
        alpha += c.alpha();
    }
    const qint64 count = qMax(1, sideImage.width());
    // An image that ends in transparency: the column keeps the wizard's own colour.
    m_sideGround = alpha / count < 200
                       ? QColor{}
                       : QColor{static_cast<int>(red / count), static_cast<int>(green / count),
                                static_cast<int>(blue / count)};
    m_headerKey = header.cacheKey();
    page(WelcomePageId)->setPixmap(WatermarkPixmap, side);
    page(FinishPageId)->setPixmap(WatermarkPixmap, side);
    setPixmap(LogoPixmap, header);
    for (const int id : pageIds()) {
        if (id != WelcomePageId && id != FinishPageId) {
            page(id)->setPixmap(WatermarkPixmap, {});
        }
    }
    // The product's icon above the welcome and finish pages' text.
    const QPixmap icon =
        branding::render(package, branding::Image::Icon, branding::kIconSize, m_brandingRatio);
    const std::pair<int, const char*> iconPages[] = {{WelcomePageId, "WelcomeProductIcon"},
                                                     {FinishPageId, "FinishProductIcon"}};
    for (const auto& [id, name] : iconPages) {
        QWizardPage* where = page(id);
        auto* label = where->findChild<QLabel*>(QLatin1String{name});
        if (label == nullptr) {
            label = new QLabel{where};
            label->setObjectName(QLatin1String{name});
            if (auto* box = qobject_cast<QBoxLayout*>(where->layout())) {
                box->insertWidget(0, label, 0, Qt::AlignLeading | Qt::AlignTop);
            }
        }
        label->setPixmap(icon);
        label->setAccessibleName(package.product);
    }
    nameBrandingWidgets();
}

void SetupWizard::fitHeaderText() {
    const auto* image = findChild<QLabel*>(QStringLiteral("HeaderImage"));
    if (image == nullptr || image->parentWidget() == nullptr || !image->isVisible()) {
        return;
    }
    for (QLabel* text : image->parentWidget()->findChildren<QLabel*>(Qt::FindDirectChildrenOnly)) {
        if (text != image && text->wordWrap() && !text->text().isEmpty()) {
            const int needed = text->heightForWidth(text->width());
            if (needed > text->height()) {
                text->setMinimumHeight(needed);
            }
        }
    }
}

void SetupWizard::nameBrandingWidgets() {
    for (QLabel* label : findChildren<QLabel*>()) {
        const qint64 key = label->pixmap().cacheKey();
        if (label->pixmap().isNull()) {
            continue;
        }
        if (key == m_sideKey) {
            label->setObjectName(QStringLiteral("SideImage"));
        } else if (key == m_headerKey) {
            label->setObjectName(QStringLiteral("HeaderImage"));
        } else {
            continue;
        }
        label->setAccessibleName(m_plan.package().product);
        if (key == m_sideKey && m_sideGround.isValid()) {
            QPalette ground = label->palette();
            for (const auto role : {QPalette::Base, QPalette::Window}) {
                ground.setColor(role, m_sideGround);
            }
            label->setPalette(ground);
            label->setAutoFillBackground(true);
        }
    }
}

// The window manager frames the window after it is shown, and moves it into place: only then is
// the frame (its title bar) known. At QT_SCALE_FACTOR=2 on a 1280×800 screen the window filled
// the screen's height and its frame pushed the buttons' bottom edge off it.
void SetupWizard::moveEvent(QMoveEvent* event) {
    QWizard::moveEvent(event);
    if (isVisible()) {
        fitScreen();
    }
}

// With QT_SCALE_FACTOR=2 a 720×520 window is 1440×1040 device pixels: on a 1280×800 screen its
// buttons were off-screen. The window keeps to the screen's available area.
void SetupWizard::fitScreen() {
    const QScreen* where = screen();
    if (where == nullptr) {
        return;
    }
    const QRect available = where->availableGeometry();
    const QSize frameExtra = frameGeometry().size() - geometry().size();
    const QSize most = available.size() - frameExtra;
    const QSize fitted = size().boundedTo(most);
    if (fitted != size()) {
        setMinimumSize(minimumSize().boundedTo(fitted));
        resize(fitted);
    }
    QRect frame = frameGeometry();
    if (!available.contains(frame)) {
        frame.moveTopLeft(available.topLeft() +
                          QPoint{qMax(0, (available.width() - frame.width()) / 2),
                                 qMax(0, (available.height() - frame.height()) / 2)});
        move(frame.topLeft());
    }
}

QStringList SetupWizard::availableLanguages() {
    return Translations::available();
}

void SetupWizard::setLanguage(const QString& language) {
    m_language = Translations::setLanguage(language);
    m_plan.useLanguage(m_language);
    retranslate();
}

void SetupWizard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizard::changeEvent(event);
}

void SetupWizard::retranslate() {
    setWindowTitle(tr("%1 %2 Setup").arg(m_plan.package().product, m_plan.package().version));
    // The images are named after the product, whose name may be given per language.
    for (const char* name :
         {"WelcomeProductIcon", "FinishProductIcon", "SideImage", "HeaderImage"}) {
        if (auto* label = findChild<QLabel*>(QLatin1String{name})) {
            label->setAccessibleName(m_plan.package().product);
        }
    }
    retranslateWizardButtons(*this);
}

void SetupWizard::nameButtons() {
    nameWizardButtons(*this);
}

void SetupWizard::finishWith(int exitCode) {
    rm::log::core()->info("setup ends with exit code {}", exitCode);
    QDialog::done(exitCode);
}

void SetupWizard::reject() {
    cancelSetup(true);
}

void SetupWizard::cancelWithoutAsking() {
    rm::log::core()->warn("setup was asked to stop (a signal): cancelling");
    cancelSetup(false);
}

void SetupWizard::cancelSetup(bool ask) {
    if (m_cancelling) {
        return;
    }
    if (currentId() == FinishPageId) {
        accept();
        return;
    }
    // Before Install as after it: Esc or Cancel asks first.
    if (ask && !m_answers->confirmCancel(this)) {
        return;
    }
    if (!m_run->isRunning()) {
        finishWith(ExitCancelled);
        return;
    }
    m_cancelling = true;
    button(CancelButton)->setEnabled(false);
    button(NextButton)->setEnabled(false);
    button(BackButton)->setEnabled(false);
    m_run->cancel();
}

void SetupWizard::accept() {
    const InstallReport& report = m_run->report();
    if (m_run->state() != SetupRun::State::Done) {
        // Not reached through the last page (a test, an accessibility tool): nothing was done.
        finishWith(ExitCancelled);
        return;
    }
    if (report.exitCode != ExitRestartRequired) {
        launchIfChosen();
        finishWith(report.exitCode);
        return;
    }
    auto* finish = qobject_cast<FinishPage*>(page(FinishPageId));
    if (finish != nullptr && finish->restartNow()) {
        m_restartChosen = true;
        const bool started =
            m_options.restartComputer
                ? m_options.restartComputer()
                : QProcess::startDetached(QStringLiteral("systemctl"), {QStringLiteral("reboot")});
        finishWith(started ? ExitRestartStarted : ExitRestartRequired);
        return;
    }
    launchIfChosen();
    finishWith(ExitRestartRequired);
}

void SetupWizard::launchIfChosen() {
    auto* finish = qobject_cast<FinishPage*>(page(FinishPageId));
    if (finish == nullptr || !finish->launchChosen()) {
        return;
    }
    const LaunchResult launched = launchProduct(m_plan.installDir(), m_plan.package().launch);
    if (launched.started()) {
        m_launchedPid = launched.pid;
    }
}

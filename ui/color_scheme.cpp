#include "ui/color_scheme.h"

#include "core/log.h"

#include <QApplication>
#include <QDBusArgument>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QFontMetrics>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QVariant>

namespace {

const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kSettingsInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString kAppearance = QStringLiteral("org.freedesktop.appearance");
const QString kColorScheme = QStringLiteral("color-scheme");

// A value as the portal sends it: a variant of a uint32, nested once more by the old Read.
std::optional<ColorScheme> schemeOf(QVariant value) {
    for (int depth = 0; depth < 3; ++depth) {
        if (value.canConvert<QDBusVariant>() &&
            value.metaType() == QMetaType::fromType<QDBusVariant>()) {
            value = value.value<QDBusVariant>().variant();
            continue;
        }
        if (value.metaType() == QMetaType::fromType<QDBusArgument>()) {
            const auto argument = value.value<QDBusArgument>();
            if (argument.currentType() == QDBusArgument::VariantType) {
                value = qdbus_cast<QDBusVariant>(argument).variant();
                continue;
            }
        }
        break;
    }
    bool ok = false;
    const uint number = value.toUInt(&ok);
    if (!ok || number > 2) {
        return std::nullopt;
    }
    return static_cast<ColorScheme>(number);
}

std::optional<ColorScheme> call(const QDBusConnection& bus, const QString& method, int timeoutMs) {
    QDBusMessage message =
        QDBusMessage::createMethodCall(kPortalService, kPortalPath, kSettingsInterface, method);
    message << kAppearance << kColorScheme;
    const QDBusMessage reply = bus.call(message, QDBus::Block, timeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        return std::nullopt;
    }
    return schemeOf(reply.arguments().constFirst());
}

} // namespace

std::optional<ColorScheme> readColorScheme(const QDBusConnection& bus, int timeoutMs) {
    if (!bus.isConnected()) {
        return std::nullopt;
    }
    // ReadOne (portal version 2), else the older Read.
    if (auto scheme = call(bus, QStringLiteral("ReadOne"), timeoutMs)) {
        return scheme;
    }
    return call(bus, QStringLiteral("Read"), timeoutMs);
}

QPalette darkPalette() {
    const QColor window{0x2b, 0x2d, 0x31};
    const QColor base{0x3a, 0x3d,
                      0x43}; // lighter than the window: check boxes and fields stand out
    const QColor text{0xe8, 0xea, 0xed};
    const QColor disabledText{0x8a, 0x8d, 0x93};
    const QColor highlight{0x3d, 0x7a, 0xd6};
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor{0x34, 0x37, 0x3c});
    palette.setColor(QPalette::ToolTipBase, QColor{0x3a, 0x3d, 0x42});
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor{0x35, 0x37, 0x3c});
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor{0xff, 0x6b, 0x6b});
    palette.setColor(QPalette::Light, QColor{0x45, 0x48, 0x4e});
    palette.setColor(QPalette::Midlight, QColor{0x3a, 0x3d, 0x42});
    palette.setColor(QPalette::Mid, QColor{0x25, 0x27, 0x2a});
    palette.setColor(QPalette::Dark, QColor{0x18, 0x19, 0x1b});
    palette.setColor(QPalette::Shadow, QColor{0x0c, 0x0c, 0x0d});
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor{0x8a, 0xb4, 0xf8});
    palette.setColor(QPalette::LinkVisited, QColor{0xc5, 0x8a, 0xf9});
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Button, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor{0x4a, 0x4d, 0x52});
    return palette;
}

namespace {

// The platform's style with room beside a push button's text (see makeSetupStyle()).
class SetupStyle final : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;

    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& contents,
                           const QWidget* widget) const override {
        QSize size = QProxyStyle::sizeFromContents(type, option, contents, widget);
        if (type != CT_PushButton || option == nullptr) {
            return size;
        }
        const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option);
        if (button == nullptr || button->text.isEmpty()) {
            return size;
        }
        // `contents` is the text's width (and the icon's, with its spacing): the frame and the
        // padding on either side of it.
        const int frame = pixelMetric(PM_DefaultFrameWidth, option, widget);
        const int needed = contents.width() + 2 * (frame + buttonTextPadding(option->fontMetrics));
        size.setWidth(qMax(size.width(), needed));
        return size;
    }
};

} // namespace

int buttonTextPadding(const QFontMetrics& metrics) {
    return qMax(8, metrics.averageCharWidth() * 3 / 2);
}

QStyle* makeSetupStyle(const QString& base) {
    QStyle* style = base.isEmpty() ? nullptr : QStyleFactory::create(base);
    auto* setup = new SetupStyle{style};
    // Named after the style it builds on ("fusion"): QStyle::name() of a proxy is empty.
    setup->setObjectName(style != nullptr ? style->name() : QString{});
    return setup;
}

void useSetupStyle(QApplication& application) {
    Q_UNUSED(application);
    if (dynamic_cast<SetupStyle*>(QApplication::style()) != nullptr) {
        return;
    }
    QApplication::setStyle(makeSetupStyle(QApplication::style()->name()));
}

bool applyColorScheme(QApplication& application, std::optional<ColorScheme> scheme) {
    const bool dark = scheme == ColorScheme::PreferDark;
    if (dark) {
        // Fusion draws with the palette it is given (the platform's style may not); it keeps
        // setup's room beside the buttons' texts.
        QApplication::setStyle(makeSetupStyle(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else {
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
    Q_UNUSED(application);
    return dark;
}

namespace {

// Receives the portal's SettingChanged(namespace, key, value).
class SchemeFollower final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

public slots:
    void settingChanged(const QString& nameSpace, const QString& key, const QDBusVariant& value) {
        if (nameSpace != kAppearance || key != kColorScheme) {
            return;
        }
        const auto scheme = schemeOf(value.variant());
        rm::log::core()->info("the desktop's colour scheme changed to {}",
                              scheme ? static_cast<int>(*scheme) : -1);
        applyColorScheme(*qApp, scheme);
    }
};

} // namespace

void followDesktopColorScheme(QApplication& application) {
    followDesktopColorScheme(application, QDBusConnection::sessionBus());
}

QObject* followDesktopColorScheme(QApplication& application, QDBusConnection bus) {
    const auto scheme = readColorScheme(bus);
    rm::log::core()->info("the desktop's colour scheme: {}",
                          !scheme                               ? "not reported"
                          : *scheme == ColorScheme::PreferDark  ? "dark"
                          : *scheme == ColorScheme::PreferLight ? "light"
                                                                : "no preference");
    if (scheme == ColorScheme::PreferDark) {
        applyColorScheme(application, scheme);
    }
    if (!bus.isConnected()) {
        return nullptr;
    }
    auto* follower = new SchemeFollower{&application};
    if (!bus.connect(kPortalService, kPortalPath, kSettingsInterface,
                     QStringLiteral("SettingChanged"), follower,
                     SLOT(settingChanged(QString, QString, QDBusVariant)))) {
        rm::log::core()->warn("cannot follow the desktop's colour scheme: {}",
                              bus.lastError().message().toStdString());
    }
    return follower;
}

#include "color_scheme.moc"

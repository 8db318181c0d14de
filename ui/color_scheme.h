#pragma once

// The desktop's light or dark preference, as the freedesktop portal reports it
// (org.freedesktop.portal.Settings, namespace "org.freedesktop.appearance", key "color-scheme":
// 0 no preference, 1 prefer dark, 2 prefer light), and a palette to follow it. Qt 6.4 has no
// QStyleHints::colorScheme, so the wizard asks the portal on the session bus itself.

#include <QDBusConnection>

#include <optional>

class QApplication;
class QFontMetrics;
class QObject;
class QPalette;
class QStyle;

enum class ColorScheme { NoPreference = 0, PreferDark = 1, PreferLight = 2 };

// The portal's answer on `bus`, or nothing when there is no portal (or it does not know the
// setting). Waits at most `timeoutMs` for it.
std::optional<ColorScheme> readColorScheme(const QDBusConnection& bus, int timeoutMs = 1000);

// Setup's style: `base` (a QStyleFactory key; empty: the platform's default) with room on both
// sides of a push button's text. Fusion gives a button 4 pixels (frame included) on each side of
// its text, and a width of at least 80: short English texts stayed inside the 80, but longer ones,
// as most are in Arabic and Hebrew, touched the border ("إعادة المحاولة", the message boxes'
// buttons). The button is made wide enough for kButtonTextPadding(…) on each side of the text.
QStyle* makeSetupStyle(const QString& base = {});
// The room on each side of a push button's text in setup's style, for a font of these metrics:
// one and a half average characters, at least 8 pixels, the frame not counted.
int buttonTextPadding(const QFontMetrics& metrics);
// Gives `application` setup's style (makeSetupStyle() of its current style).
void useSetupStyle(QApplication& application);

// The Fusion style's palette in dark colours.
QPalette darkPalette();

// Follows `scheme` in `application`: a dark palette (setup's style on Fusion) for PreferDark; the
// style's own palette otherwise. Returns whether it is dark.
bool applyColorScheme(QApplication& application, std::optional<ColorScheme> scheme);

// Asks the portal on the session bus and applies its answer, and follows it when the user
// changes it while setup runs (the portal's SettingChanged signal).
void followDesktopColorScheme(QApplication& application);

// The same with the portal on `bus` (a test's private bus). Returns what follows the portal's
// signal (a child of `application`; deleting it stops following), or null without a bus.
QObject* followDesktopColorScheme(QApplication& application, QDBusConnection bus);

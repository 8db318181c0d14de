#pragma once

// The desktop's light or dark preference, as the freedesktop portal reports it
// (org.freedesktop.portal.Settings, namespace "org.freedesktop.appearance", key "color-scheme":
// 0 no preference, 1 prefer dark, 2 prefer light), and a palette to follow it. Qt 6.4 has no
// QStyleHints::colorScheme, so the wizard asks the portal on the session bus itself.

#include <QDBusConnection>

#include <optional>

class QApplication;
class QPalette;

enum class ColorScheme { NoPreference = 0, PreferDark = 1, PreferLight = 2 };

// The portal's answer on `bus`, or nothing when there is no portal (or it does not know the
// setting). Waits at most `timeoutMs` for it.
std::optional<ColorScheme> readColorScheme(const QDBusConnection& bus, int timeoutMs = 1000);

// The Fusion style's palette in dark colours.
QPalette darkPalette();

// Follows `scheme` in `application`: a dark palette (Fusion style) for PreferDark; the style's
// own palette otherwise. Returns whether it is dark.
bool applyColorScheme(QApplication& application, std::optional<ColorScheme> scheme);

// Asks the portal on the session bus and applies its answer, and follows it when the user
// changes it while setup runs (the portal's SettingChanged signal).
void followDesktopColorScheme(QApplication& application);

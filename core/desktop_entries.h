#pragma once

#include <optional>
#include <string>

namespace rm {

struct DesktopApplication {
    std::string name; // the localized Name= for the user's language
    std::string icon; // Icon=
    std::string desktopFile;
};

// The desktop entry (freedesktop.org .desktop file) whose Exec= or TryExec= program is this
// executable, looked up in $XDG_DATA_HOME/applications and $XDG_DATA_DIRS/applications. The
// language comes from LANGUAGE, LC_ALL, LC_MESSAGES and LANG, as gettext does. The index is
// built once and rebuilt when one of the directories changes.
std::optional<DesktopApplication> desktopApplicationFor(const std::string& executable);

} // namespace rm

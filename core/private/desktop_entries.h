#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rm {

struct DesktopApplication {
    std::string name; // the localized Name= for the user's language
    std::string icon; // Icon=
    std::string desktopFile;
};

// The desktop entries (freedesktop.org .desktop files) in $XDG_DATA_HOME/applications and
// $XDG_DATA_DIRS/applications, indexed by their Exec= or TryExec= program. The index is shared
// and rebuilt when one of the directories or one of its entries has changed since it was built
// (an entry rewritten in place leaves its folder's time alone); that is checked once,
// when an object of this class is made, so make one per look-up round. Names are localized for
// LANGUAGE, LC_ALL, LC_MESSAGES and LANG, as gettext does.
class DesktopApplications {
public:
    DesktopApplications();
    [[nodiscard]] std::optional<DesktopApplication> find(const std::string& executable) const;

private:
    std::shared_ptr<const struct DesktopIndex> m_index;
    std::vector<std::string> m_locales;
};

} // namespace rm

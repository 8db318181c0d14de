#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rm {

// wchar_t is UTF-32 on Linux. These conversions do not depend on the C locale, so an installer
// running under LANG=C still registers the right file names. Invalid code points are rejected.
std::optional<std::string> wideToUtf8(std::wstring_view wide);
std::optional<std::wstring> utf8ToWide(std::string_view utf8);

} // namespace rm

#pragma once

// One line of the secondary installer protocol (docs/secondary-installer-protocol.md): fields
// separated by TAB, ended by LF. Fields are escaped, so a path or a message can never break out
// of its field or its line: a manifest target holding "\n" and "\t" arrives as one field, not as
// a forged command.

#include "core/error.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace rm::protocol {

// Backslash, TAB, LF and CR become \\ \t \n \r; every other control byte (below 0x20, and 0x7F)
// becomes \xHH. The result holds no byte below 0x20 and no DEL.
std::string escapeField(std::string_view field);

// The fields escaped and joined by TAB, without the line end.
std::string formatLine(std::initializer_list<std::string_view> fields);
std::string formatLine(const std::vector<std::string>& fields);

// Splits a line (without its LF; a trailing CR is tolerated) and unescapes each field.
// ERROR_BAD_ARGUMENTS for a raw control byte other than TAB, an unknown or cut escape, or an
// escaped NUL (no field may hold a NUL: it would cut a path short).
Expected<std::vector<std::string>> parseLine(std::string_view line);

// True when `text` holds a control byte (below 0x20, or 0x7F) or a NUL: such text is never
// accepted as a path or an identifier.
bool hasControlCharacters(std::string_view text);

// For terminals and logs: control bytes and the C1 range shown as \xHH / \u00HH escapes, so that
// a process name holding ESC sequences or line ends cannot clear the screen or forge a row.
// Valid UTF-8 otherwise passes through; invalid bytes become \xHH.
std::string escapeForTerminal(std::string_view text);

} // namespace rm::protocol

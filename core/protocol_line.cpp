#include "core/protocol_line.h"

#include <array>
#include <cstdint>

namespace rm::protocol {
namespace {

constexpr std::array<char, 16> kHex{'0', '1', '2', '3', '4', '5', '6', '7',
                                    '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};

bool isControl(unsigned char c) {
    return c < 0x20 || c == 0x7F;
}

void appendHexEscape(std::string& out, unsigned char c) {
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 0x0F];
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// The length of the valid UTF-8 sequence at `text[i]`, or 0 when it is not one (overlong forms,
// surrogates and code points past U+10FFFF count as invalid).
std::size_t utf8SequenceLength(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    std::uint32_t code = 0;
    if (lead < 0x80) {
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        code = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        code = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        code = lead & 0x07;
    } else {
        return 0;
    }
    if (i + length > text.size()) {
        return 0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            return 0;
        }
        code = (code << 6) | (byte(i + k) & 0x3F);
    }
    if ((length == 3 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF))) ||
        (length == 4 && (code < 0x10000 || code > 0x10FFFF))) {
        return 0;
    }
    return length;
}

} // namespace

std::string escapeField(std::string_view field) {
    std::string out;
    out.reserve(field.size());
    for (const char ch : field) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (isControl(c)) {
                appendHexEscape(out, c);
            } else {
                out += ch;
            }
        }
    }
    return out;
}

std::string formatLine(std::initializer_list<std::string_view> fields) {
    std::string line;
    bool first = true;
    for (const auto field : fields) {
        if (!first) {
            line += '\t';
        }
        first = false;
        line += escapeField(field);
    }
    return line;
}

std::string formatLine(const std::vector<std::string>& fields) {
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i != 0) {
            line += '\t';
        }
        line += escapeField(fields[i]);
    }
    return line;
}

Expected<std::vector<std::string>> parseLine(std::string_view line) {
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1);
    }
    std::vector<std::string> fields(1);
    for (std::size_t i = 0; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c == '\t') {
            fields.emplace_back();
            continue;
        }
        if (isControl(c)) {
            return makeError(ERROR_BAD_ARGUMENTS, "the line holds a raw control character (byte " +
                                                      std::to_string(c) + ") at offset " +
                                                      std::to_string(i));
        }
        if (c != '\\') {
            fields.back() += line[i];
            continue;
        }
        if (i + 1 >= line.size()) {
            return makeError(ERROR_BAD_ARGUMENTS, "the line ends inside an escape");
        }
        const char next = line[++i];
        switch (next) {
        case '\\':
            fields.back() += '\\';
            break;
        case 't':
            fields.back() += '\t';
            break;
        case 'n':
            fields.back() += '\n';
            break;
        case 'r':
            fields.back() += '\r';
            break;
        case 'x': {
            const int high = i + 1 < line.size() ? hexValue(line[i + 1]) : -1;
            const int low = i + 2 < line.size() ? hexValue(line[i + 2]) : -1;
            if (high < 0 || low < 0) {
                return makeError(ERROR_BAD_ARGUMENTS,
                                 "\\x must be followed by two hexadecimal digits");
            }
            const int value = high * 16 + low;
            if (value == 0) {
                return makeError(ERROR_BAD_ARGUMENTS, "a field must not hold a NUL character");
            }
            fields.back() += static_cast<char>(value);
            i += 2;
            break;
        }
        default:
            return makeError(ERROR_BAD_ARGUMENTS,
                             std::string{"unknown escape \\"} + escapeForTerminal({&next, 1}));
        }
    }
    return fields;
}

bool hasControlCharacters(std::string_view text) {
    for (const char ch : text) {
        if (isControl(static_cast<unsigned char>(ch))) {
            return true;
        }
    }
    return false;
}

std::string escapeForTerminal(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (isControl(c)) {
            appendHexEscape(out, c);
            ++i;
            continue;
        }
        const std::size_t length = utf8SequenceLength(text, i);
        if (length == 0) {
            appendHexEscape(out, c);
            ++i;
            continue;
        }
        // C1 controls (U+0080..U+009F, encoded C2 80..C2 9F) act as escape sequences on some
        // terminals (CSI is U+009B).
        if (length == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
            out += "\\u00";
            out += kHex[static_cast<unsigned char>(text[i + 1]) >> 4];
            out += kHex[static_cast<unsigned char>(text[i + 1]) & 0x0F];
            i += 2;
            continue;
        }
        out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

} // namespace rm::protocol

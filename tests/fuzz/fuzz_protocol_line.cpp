// libFuzzer target: rm::protocol::parseLine on any bytes. Besides not crashing, it checks the
// properties the protocol's safety rests on: what parses can be written back and reads the same,
// no parsed field holds a NUL, and escaped text never holds a control byte.
#include "core/protocol_line.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input{reinterpret_cast<const char*>(data), size};
    // One line, as the readers see it: they split at LF first.
    const std::string_view line = input.substr(0, input.find('\n'));
    if (auto fields = rm::protocol::parseLine(line)) {
        for (const auto& field : *fields) {
            if (field.find('\0') != std::string::npos) {
                std::abort();
            }
        }
        // Written back, only the TABs between fields are control bytes.
        const std::string written = rm::protocol::formatLine(*fields);
        for (const char c : written) {
            if (c != '\t' && (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)) {
                std::abort();
            }
        }
        auto again = rm::protocol::parseLine(written);
        if (!again || *again != *fields) {
            std::abort();
        }
    }
    for (const char c : rm::protocol::escapeForTerminal(input)) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            std::abort();
        }
    }
    for (const char c : rm::protocol::escapeField(input)) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            std::abort();
        }
    }
    return 0;
}

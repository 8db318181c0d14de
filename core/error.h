#pragma once

#include "restartmanager.h"

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace rm {

// An error as the C API reports it (a winerror.h value) plus a sentence for people and logs.
struct Error {
    DWORD code = ERROR_SUCCESS;
    std::string message;
};

// The symbolic name of a winerror.h value, e.g. "ERROR_SEM_TIMEOUT".
std::string_view errorName(DWORD code);

// A result that holds a value or an Error; the core's stand-in for C++23 std::expected.
template <class T = std::monostate> class Expected {
public:
    Expected() requires std::is_same_v<T, std::monostate> : m_state{T{}} {}
    Expected(T value) : m_state{std::move(value)} {}
    Expected(Error error) : m_state{std::move(error)} {}

    [[nodiscard]] bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T& operator*() & { return value(); }
    T* operator->() { return &value(); }

    [[nodiscard]] const Error& error() const { return std::get<1>(m_state); }
    [[nodiscard]] DWORD code() const { return ok() ? DWORD{ERROR_SUCCESS} : error().code; }

private:
    std::variant<T, Error> m_state;
};

using Status = Expected<>;

inline Error makeError(DWORD code, std::string message) {
    return Error{code, std::move(message)};
}

} // namespace rm

#pragma once

#include <QString>

#include <cstdint>

// A Restart Manager error (a winerror.h code, from the core or from a secondary installer's
// `error` line) as one translated sentence, chosen by the code: the core's own messages are
// English and detailed, for the log; the user sees this, in the wizard's language.
QString errorSentence(std::uint32_t code);

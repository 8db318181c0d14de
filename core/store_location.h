#pragma once

#include "core/error.h"

#include <string>

namespace rm {

// The directory that holds this user's session store, created 0700 when missing:
// $RESTARTMANAGER_STORE_DIR, else $XDG_RUNTIME_DIR/restartmanager, else
// /tmp/restartmanager-UID. It must be a real directory (not a link) owned by the effective user
// with no group or other permissions; anything else is refused, never repaired.
// Errors: ERROR_ACCESS_DENIED when the location belongs to another user or cannot be reached by
// this one, ERROR_WRITE_FAULT when it cannot be used for any other reason.
Expected<std::string> resolveStoreDirectory();

} // namespace rm

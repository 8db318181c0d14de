#include "core/private/xcb_library.h"

#include "core/log.h"

#include <dlfcn.h>

namespace rm {
namespace {

// Resolves one symbol into its slot; false when the library lacks it.
template <typename T> bool resolve(void* library, const char* name, T& slot) {
    slot = reinterpret_cast<T>(::dlsym(library, name));
    return slot != nullptr;
}

bool loadCore(XcbLibrary& x) {
    // RTLD_LOCAL: nothing of it becomes visible to the host program's own symbol look-ups.
    void* library = ::dlopen("libxcb.so.1", RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) {
        const char* why = ::dlerror();
        log::core()->info("libxcb.so.1 cannot be loaded ({}); X11 windows are not looked for",
                          why != nullptr ? why : "unknown error");
        return false;
    }
    const bool all =
        resolve(library, "xcb_parse_display", x.parse_display) &&
        resolve(library, "xcb_connect_to_fd", x.connect_to_fd) &&
        resolve(library, "xcb_connection_has_error", x.connection_has_error) &&
        resolve(library, "xcb_disconnect", x.disconnect) &&
        resolve(library, "xcb_get_setup", x.get_setup) &&
        resolve(library, "xcb_setup_roots_iterator", x.setup_roots_iterator) &&
        resolve(library, "xcb_screen_next", x.screen_next) &&
        resolve(library, "xcb_get_extension_data", x.get_extension_data) &&
        resolve(library, "xcb_intern_atom", x.intern_atom) &&
        resolve(library, "xcb_intern_atom_reply", x.intern_atom_reply) &&
        resolve(library, "xcb_get_property", x.get_property) &&
        resolve(library, "xcb_get_property_reply", x.get_property_reply) &&
        resolve(library, "xcb_get_property_value", x.get_property_value) &&
        resolve(library, "xcb_get_property_value_length", x.get_property_value_length) &&
        resolve(library, "xcb_get_window_attributes", x.get_window_attributes) &&
        resolve(library, "xcb_get_window_attributes_reply", x.get_window_attributes_reply) &&
        resolve(library, "xcb_query_tree", x.query_tree) &&
        resolve(library, "xcb_query_tree_reply", x.query_tree_reply) &&
        resolve(library, "xcb_query_tree_children", x.query_tree_children) &&
        resolve(library, "xcb_query_tree_children_length", x.query_tree_children_length) &&
        resolve(library, "xcb_send_event", x.send_event) &&
        resolve(library, "xcb_get_input_focus", x.get_input_focus) &&
        resolve(library, "xcb_get_input_focus_reply", x.get_input_focus_reply);
    if (!all) {
        log::core()->warn("libxcb.so.1 lacks a function the Restart Manager needs; X11 windows "
                          "are not looked for");
    }
    return all;
}

void loadResourceExtension(XcbLibrary& x) {
    void* library = ::dlopen("libxcb-res.so.0", RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) {
        log::core()->info("libxcb-res.so.0 cannot be loaded; windows are found by _NET_WM_PID "
                          "only");
        return;
    }
    XcbLibrary res;
    const bool all =
        resolve(library, "xcb_res_id", res.res_id) &&
        resolve(library, "xcb_res_query_version", res.res_query_version) &&
        resolve(library, "xcb_res_query_version_reply", res.res_query_version_reply) &&
        resolve(library, "xcb_res_query_client_ids", res.res_query_client_ids) &&
        resolve(library, "xcb_res_query_client_ids_reply", res.res_query_client_ids_reply) &&
        resolve(library, "xcb_res_query_client_ids_ids_iterator",
                res.res_query_client_ids_ids_iterator) &&
        resolve(library, "xcb_res_client_id_value_next", res.res_client_id_value_next) &&
        resolve(library, "xcb_res_client_id_value_value", res.res_client_id_value_value) &&
        resolve(library, "xcb_res_client_id_value_value_length",
                res.res_client_id_value_value_length);
    if (!all) {
        log::core()->warn("libxcb-res.so.0 lacks a function; windows are found by _NET_WM_PID "
                          "only");
        return;
    }
    x.res_id = res.res_id;
    x.res_query_version = res.res_query_version;
    x.res_query_version_reply = res.res_query_version_reply;
    x.res_query_client_ids = res.res_query_client_ids;
    x.res_query_client_ids_reply = res.res_query_client_ids_reply;
    x.res_query_client_ids_ids_iterator = res.res_query_client_ids_ids_iterator;
    x.res_client_id_value_next = res.res_client_id_value_next;
    x.res_client_id_value_value = res.res_client_id_value_value;
    x.res_client_id_value_value_length = res.res_client_id_value_value_length;
}

} // namespace

const XcbLibrary* xcbLibrary() {
    // A function-local static: initialised once, by whichever thread comes first, while the
    // others wait.
    static const XcbLibrary* const library = []() -> const XcbLibrary* {
        static XcbLibrary table;
        if (!loadCore(table)) {
            return nullptr;
        }
        loadResourceExtension(table);
        return &table;
    }();
    return library;
}

} // namespace rm

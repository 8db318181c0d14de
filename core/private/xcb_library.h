#pragma once

// libxcb and libxcb-res, loaded with dlopen at the moment of first use rather than linked: the
// library stays free of X11 (a console secondary installer or rmctl never maps libxcb), and a
// machine without X11 libraries still runs everything but the display look-ups. Compiled
// against the xcb headers only; every call goes through this table.

#include <xcb/res.h>
#include <xcb/xcb.h>

namespace rm {

struct XcbLibrary {
    // libxcb.so.1
    decltype(&xcb_parse_display) parse_display = nullptr;
    decltype(&xcb_connect_to_fd) connect_to_fd = nullptr;
    decltype(&xcb_connection_has_error) connection_has_error = nullptr;
    decltype(&xcb_disconnect) disconnect = nullptr;
    decltype(&xcb_get_setup) get_setup = nullptr;
    decltype(&xcb_setup_roots_iterator) setup_roots_iterator = nullptr;
    decltype(&xcb_screen_next) screen_next = nullptr;
    decltype(&xcb_get_extension_data) get_extension_data = nullptr;
    decltype(&xcb_intern_atom) intern_atom = nullptr;
    decltype(&xcb_intern_atom_reply) intern_atom_reply = nullptr;
    decltype(&xcb_get_property) get_property = nullptr;
    decltype(&xcb_get_property_reply) get_property_reply = nullptr;
    decltype(&xcb_get_property_value) get_property_value = nullptr;
    decltype(&xcb_get_property_value_length) get_property_value_length = nullptr;
    decltype(&xcb_get_window_attributes) get_window_attributes = nullptr;
    decltype(&xcb_get_window_attributes_reply) get_window_attributes_reply = nullptr;
    decltype(&xcb_query_tree) query_tree = nullptr;
    decltype(&xcb_query_tree_reply) query_tree_reply = nullptr;
    decltype(&xcb_query_tree_children) query_tree_children = nullptr;
    decltype(&xcb_query_tree_children_length) query_tree_children_length = nullptr;
    decltype(&xcb_send_event) send_event = nullptr;
    decltype(&xcb_get_input_focus) get_input_focus = nullptr;
    decltype(&xcb_get_input_focus_reply) get_input_focus_reply = nullptr;

    // libxcb-res.so.0, the X-Resource extension; all null when it cannot be loaded (windows are
    // then found by _NET_WM_PID only).
    xcb_extension_t* res_id = nullptr;
    decltype(&xcb_res_query_version) res_query_version = nullptr;
    decltype(&xcb_res_query_version_reply) res_query_version_reply = nullptr;
    decltype(&xcb_res_query_client_ids) res_query_client_ids = nullptr;
    decltype(&xcb_res_query_client_ids_reply) res_query_client_ids_reply = nullptr;
    decltype(&xcb_res_query_client_ids_ids_iterator) res_query_client_ids_ids_iterator = nullptr;
    decltype(&xcb_res_client_id_value_next) res_client_id_value_next = nullptr;
    decltype(&xcb_res_client_id_value_value) res_client_id_value_value = nullptr;
    decltype(&xcb_res_client_id_value_value_length) res_client_id_value_value_length = nullptr;

    [[nodiscard]] bool hasResourceExtension() const { return res_id != nullptr; }
};

// The table, loaded once by the first caller (thread-safe; the libraries then stay loaded).
// nullptr when libxcb.so.1 cannot be loaded or lacks a function: every display look-up then
// finds no window, and closing falls back to the session bus or a signal.
const XcbLibrary* xcbLibrary();

} // namespace rm

#pragma once

// Desktop integration of an installed product, from its manifest's "desktop" block: menu
// entries (freedesktop.org Desktop Entry files), icons in the hicolor theme, MIME types
// (shared-mime-info XML) and commands linked into the user's or the system's bin folder.
//
// The files go outside the install folder, into folders the desktop reads:
//   user:   ~/.local/share/{applications,icons/hicolor,mime/packages}, ~/.local/bin
//           (home from the password database, never $HOME or $XDG_DATA_HOME)
//   system: /usr/local/share/{applications,icons/hicolor,mime/packages}, /usr/local/bin
// They are written through rm::FileTransaction (one per folder), so the same rules hold: every
// name is resolved beneath a directory descriptor, never through a symbolic link that someone
// else could have planted, through folders only root or the user may change, and a rollback
// removes exactly what was written. No Qt here.

#include "core/error.h"
#include "core/file_transaction.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace rm::desktop {

enum class Scope { User, System };

// A text in several languages: the fallback (English) and translations keyed by the manifest's
// language codes ("de", "pt_BR"), written as Name[de], Name[pt_BR].
struct LocalizedString {
    std::string fallback;
    std::map<std::string, std::string> languages;
};

// One menu entry: <id>.desktop in the applications folder.
struct Entry {
    std::string id; // the desktop file id, e.g. "org.example.AcmeViewer"; empty: the product id
    LocalizedString name;
    LocalizedString genericName; // optional
    LocalizedString comment;     // optional
    std::string exec;            // a target of the package, relative to the install folder
    // Arguments after the program: a literal text, or one of the field codes %f %F %u %U as a
    // whole argument (the files the user opens with it).
    std::vector<std::string> arguments;
    std::string icon; // an icon name (of this block's icons or of the theme); optional
    std::vector<std::string> categories;
    std::vector<std::string> mimeTypes;
    std::vector<std::string> keywords;
    bool terminal = false;
};

// One icon file: hicolor/<size>x<size>/apps/<name>.png or hicolor/scalable/apps/<name>.svg.
struct Icon {
    std::string name;
    std::string size; // "16", "22", "24", "32", "48", "64", "96", "128", "256", "512" or "scalable"
    std::string source; // the absolute path of the file in the package
};

// One MIME type, written into mime/packages/<product id>.xml.
struct MimeType {
    std::string type; // "application/x-demonotes"
    LocalizedString comment;
    std::vector<std::string> globs; // "*.demonotes"
    std::string icon;               // optional icon name
    std::vector<std::string> subClassOf;
};

// A command on PATH: bin/<name>, a symbolic link to a target of the package.
struct Command {
    std::string name;
    std::string target; // relative to the install folder
};

struct Spec {
    std::string productId; // the manifest's "id", e.g. "org.restartmanager.DemoNotes"
    std::vector<Entry> entries;
    std::vector<Icon> icons;
    std::vector<MimeType> mimeTypes;
    std::vector<Command> commands;

    [[nodiscard]] bool empty() const {
        return entries.empty() && icons.empty() && mimeTypes.empty() && commands.empty();
    }
};

// Why a field is refused; the caller words it (and translates it).
enum class Problem {
    Empty,            // a field that must not be empty is empty
    ControlCharacter, // a control, direction or NUL character (detail: "U+000A")
    BadLanguage,      // a language key that is not like "de" or "pt_BR" (detail: the key)
    BadIdentifier,    // a desktop file id, icon name or product id that is not allowed
    BadCommandName,   // a command name that is not a plain file name
    NotATarget,       // exec or a command's target is no file the package installs (detail)
    BadCategory,      // a category that is not letters, digits and "-"
    BadMimeType,      // not "media/subtype"
    BadGlob,          // a glob that is empty or holds "/"
    BadIconSize,      // not one of the sizes above (detail: the size)
    BadIconFormat,    // a size that is not a .png, or "scalable" that is not an .svg
    Duplicate,        // listed twice (detail: the value)
    MissingProductId, // the block needs the manifest's "id"
    BadKeyword,       // a keyword holding ";"
};

struct FieldError {
    std::string field; // "desktop.entries[0].exec"
    Problem problem{};
    std::string detail; // the value at fault, as the problem says
};

// Checks everything a manifest's desktop block may get wrong, without touching the disk.
// `targets`: the targets (relative, clean) that the package installs. The first problem found.
std::optional<FieldError> validate(const Spec& spec, const std::set<std::string>& targets);

// Where the files go.
struct Locations {
    std::string applications; // .../share/applications
    std::string icons;        // .../share/icons/hicolor
    std::string mime;         // .../share/mime (the XML goes into its packages/ folder)
    std::string bin;          // .../bin
};

// The folders of a scope. User: below the effective user's home from the password database
// (ERROR_BAD_ARGUMENTS when it has none). System: below /usr/local. For tests and QA,
// $RESTARTMANAGER_DESKTOP_PREFIX (an absolute path) replaces both, as RESTARTMANAGER_STORE_DIR
// replaces the store: <prefix>/share/applications, ..., <prefix>/bin.
Expected<Locations> locationsFor(Scope scope);

// The text of a desktop file, an XML file, as install() writes them (exposed for tests).
// `uninstall`: the argv of the uninstall desktop action; empty for none.
std::string desktopFileText(const Entry& entry, const std::string& installDir,
                            const std::vector<std::string>& uninstall);
std::string mimeXmlText(const std::vector<MimeType>& types);
// A string value of a desktop file: "\" "\n" "\t" "\r" escaped, a leading space as "\s".
std::string escapeValue(const std::string& text);
// One argument of Exec, quoted as the Desktop Entry specification says when it holds a
// reserved character, "%" doubled. The result still goes through escapeValue().
std::string quoteExecArgument(const std::string& argument);
// Text for XML content and attribute values.
std::string escapeXml(const std::string& text);

// The desktop files of one product installed in one transaction: apply, prepareCommit, commit
// and rollback as rm::FileTransaction, over one transaction per folder of `locations`.
class Installation {
public:
    // The spec must have passed validate(). `installDir`: absolute. `uninstall`: the argv that
    // the menu entry's "Uninstall" action runs (e.g. restartmanager-setup --uninstall ID), or
    // empty for none.
    Installation(const Spec& spec, std::string installDir, Locations locations,
                 std::vector<std::string> uninstall);
    ~Installation();
    Installation(Installation&&) noexcept;
    Installation& operator=(Installation&&) noexcept;
    Installation(const Installation&) = delete;
    Installation& operator=(const Installation&) = delete;

    // Every absolute path this installation writes, known before apply() (for the product's
    // record, which goes into the same transaction).
    [[nodiscard]] const std::vector<std::string>& paths() const { return m_paths; }
    [[nodiscard]] bool empty() const { return m_paths.empty(); }

    // All or nothing, as FileTransaction::apply(): a failure rolls back what was written.
    Status apply();
    [[nodiscard]] Status prepareCommit() const;
    Status commit();
    Status rollback();
    [[nodiscard]] bool hasChanges() const;

private:
    std::vector<std::unique_ptr<FileTransaction>> m_transactions;
    std::vector<std::string> m_paths;
};

// Removes desktop files that an installation wrote: each path must be absolute, clean, and lie
// below one of the folders of `locations` (ERROR_ACCESS_DENIED naming it otherwise, before
// anything is removed). Every folder below that location is opened beneath its parent's
// descriptor without following links (a link on the way: ERROR_ACCESS_DENIED), and only the
// last name is unlinked, never followed. A path that is gone already is fine. Folders stay.
Status remove(const std::vector<std::string>& paths, const Locations& locations);

// What refreshCaches() ran.
struct ToolRun {
    std::string program; // absolute path
    std::vector<std::string> arguments;
    int exitCode = -1; // -1: did not start or was killed
};

// Runs whichever of update-desktop-database, gtk-update-icon-cache and update-mime-database is
// installed (looked up in /usr/bin, /bin, /usr/sbin, /sbin only, run with argv, no shell, a
// minimal environment) on the folders of `locations` that exist. A tool that fails is logged.
std::vector<ToolRun> refreshCaches(const Locations& locations);

} // namespace rm::desktop

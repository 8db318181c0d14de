#include "core/desktop_integration.h"

#include "core/log.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <regex>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>

namespace rm::desktop {
namespace {

std::string indexed(const std::string& parent, std::size_t index) {
    return parent + "[" + std::to_string(index) + "]";
}

// The first character of `text` that no one-line field may hold (C0 and C1 controls, DEL, the
// bidirectional overrides and isolates, a byte order mark), as "U+XXXX"; "invalid UTF-8" for
// bytes that are no UTF-8; empty when the text is fine.
std::string badCharacter(const std::string& text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        char32_t c = 0;
        std::size_t length = 1;
        if (byte < 0x80) {
            c = byte;
        } else if ((byte & 0xE0U) == 0xC0U) {
            c = byte & 0x1FU;
            length = 2;
        } else if ((byte & 0xF0U) == 0xE0U) {
            c = byte & 0x0FU;
            length = 3;
        } else if ((byte & 0xF8U) == 0xF0U) {
            c = byte & 0x07U;
            length = 4;
        } else {
            return "invalid UTF-8";
        }
        if (i + length > text.size()) {
            return "invalid UTF-8";
        }
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0U) != 0x80U) {
                return "invalid UTF-8";
            }
            c = (c << 6U) | (next & 0x3FU);
        }
        static constexpr std::array<char32_t, 4> kSmallest{0, 0x80, 0x800, 0x10000};
        if (c < kSmallest[length - 1] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
            return "invalid UTF-8";
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
            (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF) {
            char name[16];
            std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(c));
            return name;
        }
        i += length;
    }
    return {};
}

bool matches(const std::string& text, const std::regex& pattern) {
    return std::regex_match(text, pattern);
}

const std::regex& productIdPattern() {
    // Reverse DNS, as the Desktop Entry specification wants desktop file ids.
    static const std::regex pattern{"[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)+"};
    return pattern;
}

const std::regex& iconNamePattern() {
    static const std::regex pattern{"[A-Za-z0-9_][A-Za-z0-9._-]*"};
    return pattern;
}

const std::regex& mimeTypePattern() {
    static const std::regex pattern{"[a-z0-9][a-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*"};
    return pattern;
}

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

class Validator {
public:
    explicit Validator(const std::set<std::string>& targets) : m_targets{targets} {}

    std::optional<FieldError> run(const Spec& spec) {
        const std::string root = "desktop";
        const bool needsId = !spec.mimeTypes.empty() ||
                             std::any_of(spec.entries.begin(), spec.entries.end(),
                                         [](const Entry& entry) { return entry.id.empty(); });
        if (!spec.productId.empty()) {
            if (!matches(spec.productId, productIdPattern()) || spec.productId.size() > 200) {
                return FieldError{"id", Problem::BadIdentifier, spec.productId};
            }
        } else if (needsId) {
            return FieldError{root, Problem::MissingProductId, {}};
        }
        std::set<std::string> ids;
        for (std::size_t i = 0; i < spec.entries.size(); ++i) {
            if (auto bad = entry(spec.entries[i], indexed(root + ".entries", i), ids)) {
                return bad;
            }
        }
        std::set<std::pair<std::string, std::string>> icons;
        for (std::size_t i = 0; i < spec.icons.size(); ++i) {
            if (auto bad = icon(spec.icons[i], indexed(root + ".icons", i), icons)) {
                return bad;
            }
        }
        std::set<std::string> types;
        for (std::size_t i = 0; i < spec.mimeTypes.size(); ++i) {
            if (auto bad = mimeType(spec.mimeTypes[i], indexed(root + ".mimeTypes", i), types)) {
                return bad;
            }
        }
        std::set<std::string> commands;
        for (std::size_t i = 0; i < spec.commands.size(); ++i) {
            if (auto bad = command(spec.commands[i], indexed(root + ".commands", i), commands)) {
                return bad;
            }
        }
        return std::nullopt;
    }

private:
    static std::optional<FieldError> text(const std::string& value, const std::string& field,
                                          bool required) {
        if (required && value.empty()) {
            return FieldError{field, Problem::Empty, {}};
        }
        if (auto bad = badCharacter(value); !bad.empty()) {
            return FieldError{field, Problem::ControlCharacter, bad};
        }
        return std::nullopt;
    }

    static std::optional<FieldError> localized(const LocalizedString& value,
                                               const std::string& field, bool required) {
        if (auto bad = text(value.fallback, field, required)) {
            return bad;
        }
        static const std::regex language{"[a-z]{2,3}(_[A-Z]{2}|_[A-Z][a-z]{3})?"};
        for (const auto& [code, translation] : value.languages) {
            if (!matches(code, language)) {
                return FieldError{field, Problem::BadLanguage, code};
            }
            if (auto bad = text(translation, field + "." + code, true)) {
                return bad;
            }
        }
        return std::nullopt;
    }

    std::optional<FieldError> target(const std::string& value, const std::string& field) const {
        if (auto bad = text(value, field, true)) {
            return bad;
        }
        if (m_targets.count(value) == 0) {
            return FieldError{field, Problem::NotATarget, value};
        }
        return std::nullopt;
    }

    static std::optional<FieldError> list(const std::vector<std::string>& values,
                                          const std::string& field, const std::regex& pattern,
                                          Problem problem) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const std::string where = indexed(field, i);
            if (auto bad = text(values[i], where, true)) {
                return bad;
            }
            if (!matches(values[i], pattern)) {
                return FieldError{where, problem, values[i]};
            }
            if (!seen.insert(values[i]).second) {
                return FieldError{where, Problem::Duplicate, values[i]};
            }
        }
        return std::nullopt;
    }

    std::optional<FieldError> entry(const Entry& value, const std::string& field,
                                    std::set<std::string>& ids) const {
        if (!value.id.empty()) {
            if (!matches(value.id, productIdPattern()) || value.id.size() > 200) {
                return FieldError{field + ".id", Problem::BadIdentifier, value.id};
            }
        }
        if (!ids.insert(value.id).second) {
            return FieldError{field + ".id", Problem::Duplicate, value.id};
        }
        if (auto bad = localized(value.name, field + ".name", true)) {
            return bad;
        }
        if (auto bad = localized(value.genericName, field + ".genericName", false)) {
            return bad;
        }
        if (auto bad = localized(value.comment, field + ".comment", false)) {
            return bad;
        }
        if (auto bad = target(value.exec, field + ".exec")) {
            return bad;
        }
        for (std::size_t i = 0; i < value.arguments.size(); ++i) {
            if (auto bad = text(value.arguments[i], indexed(field + ".arguments", i), false)) {
                return bad;
            }
        }
        if (!value.icon.empty() && !matches(value.icon, iconNamePattern())) {
            return FieldError{field + ".icon", Problem::BadIdentifier, value.icon};
        }
        static const std::regex category{"[A-Za-z0-9-]+"};
        if (auto bad =
                list(value.categories, field + ".categories", category, Problem::BadCategory)) {
            return bad;
        }
        if (auto bad = list(value.mimeTypes, field + ".mimeTypes", mimeTypePattern(),
                            Problem::BadMimeType)) {
            return bad;
        }
        static const std::regex keyword{"[^;]+"};
        return list(value.keywords, field + ".keywords", keyword, Problem::BadKeyword);
    }

    static std::optional<FieldError> icon(const Icon& value, const std::string& field,
                                          std::set<std::pair<std::string, std::string>>& seen) {
        if (auto bad = text(value.name, field + ".name", true)) {
            return bad;
        }
        if (!matches(value.name, iconNamePattern())) {
            return FieldError{field + ".name", Problem::BadIdentifier, value.name};
        }
        static const std::set<std::string> sizes{"16", "22",  "24",  "32",  "48",      "64",
                                                 "96", "128", "256", "512", "scalable"};
        if (sizes.count(value.size) == 0) {
            return FieldError{field + ".size", Problem::BadIconSize, value.size};
        }
        if (!endsWith(value.source, value.size == "scalable" ? ".svg" : ".png")) {
            return FieldError{field + ".source", Problem::BadIconFormat, value.source};
        }
        if (!seen.insert({value.name, value.size}).second) {
            return FieldError{field, Problem::Duplicate, value.name + " " + value.size};
        }
        return std::nullopt;
    }

    static std::optional<FieldError> mimeType(const MimeType& value, const std::string& field,
                                              std::set<std::string>& seen) {
        if (auto bad = text(value.type, field + ".type", true)) {
            return bad;
        }
        if (!matches(value.type, mimeTypePattern())) {
            return FieldError{field + ".type", Problem::BadMimeType, value.type};
        }
        if (!seen.insert(value.type).second) {
            return FieldError{field + ".type", Problem::Duplicate, value.type};
        }
        if (auto bad = localized(value.comment, field + ".comment", true)) {
            return bad;
        }
        static const std::regex glob{"[^/]+"};
        if (auto bad = list(value.globs, field + ".globs", glob, Problem::BadGlob)) {
            return bad;
        }
        if (!value.icon.empty() && !matches(value.icon, iconNamePattern())) {
            return FieldError{field + ".icon", Problem::BadIdentifier, value.icon};
        }
        return list(value.subClassOf, field + ".subClassOf", mimeTypePattern(),
                    Problem::BadMimeType);
    }

    std::optional<FieldError> command(const Command& value, const std::string& field,
                                      std::set<std::string>& seen) const {
        static const std::regex name{"[A-Za-z0-9_][A-Za-z0-9._+-]*"};
        if (auto bad = text(value.name, field + ".name", true)) {
            return bad;
        }
        if (!matches(value.name, name) || endsWith(value.name, ".rm-new") ||
            endsWith(value.name, ".rm-old")) {
            return FieldError{field + ".name", Problem::BadCommandName, value.name};
        }
        if (!seen.insert(value.name).second) {
            return FieldError{field + ".name", Problem::Duplicate, value.name};
        }
        return target(value.target, field + ".target");
    }

    const std::set<std::string>& m_targets;
};

// "Uninstall" in the languages of setup, for the menu entry's action.
const std::map<std::string, std::string>& uninstallNames() {
    static const std::map<std::string, std::string> names{
        {"ar", "إلغاء التثبيت"},  {"cs", "Odinstalovat"},     {"da", "Afinstaller"},
        {"de", "Deinstallieren"}, {"es", "Desinstalar"},      {"fi", "Poista asennus"},
        {"fr", "Désinstaller"},   {"he", "הסרת התקנה"},       {"hu", "Eltávolítás"},
        {"it", "Disinstalla"},    {"ja", "アンインストール"}, {"ko", "제거"},
        {"nl", "Verwijderen"},    {"pl", "Odinstaluj"},       {"pt_BR", "Desinstalar"},
        {"ru", "Удалить"},        {"sv", "Avinstallera"},     {"tr", "Kaldır"},
        {"uk", "Видалити"},       {"zh_CN", "卸载"},          {"zh_TW", "解除安裝"},
    };
    return names;
}

void appendLocalized(std::string& out, const std::string& key, const LocalizedString& value) {
    if (value.fallback.empty()) {
        return;
    }
    out += key + "=" + escapeValue(value.fallback) + "\n";
    for (const auto& [language, text] : value.languages) {
        if (language == "en") {
            continue; // the fallback
        }
        out += key + "[" + language + "]=" + escapeValue(text) + "\n";
    }
}

void appendList(std::string& out, const std::string& key, const std::vector<std::string>& values) {
    if (values.empty()) {
        return;
    }
    out += key + "=";
    for (const auto& value : values) {
        std::string escaped = escapeValue(value);
        std::string item;
        for (const char c : escaped) {
            if (c == ';') {
                item += "\\;";
            } else {
                item += c;
            }
        }
        out += item + ";";
    }
    out += "\n";
}

std::string execLine(const std::vector<std::string>& argv, bool firstIsProgram) {
    std::string line;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& argument = argv[i];
        const bool fieldCode =
            !(firstIsProgram && i == 0) &&
            (argument == "%f" || argument == "%F" || argument == "%u" || argument == "%U");
        if (!line.empty()) {
            line += ' ';
        }
        line += fieldCode ? argument : quoteExecArgument(argument);
    }
    return escapeValue(line);
}

std::string joinPath(const std::string& folder, const std::string& name) {
    if (!folder.empty() && folder.back() == '/') {
        return folder + name;
    }
    return folder + "/" + name;
}

// Whether `path` is absolute and clean: no empty, "." or ".." component, no trailing "/".
bool isCleanAbsolute(const std::string& path) {
    if (path.size() < 2 || path.front() != '/' || path.back() == '/' ||
        path.find('\0') != std::string::npos) {
        return false;
    }
    std::size_t start = 1;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string part = path.substr(start, end - start);
        if (part.empty() || part == "." || part == "..") {
            return false;
        }
        start = end + 1;
    }
    return true;
}

// A folder only root or the effective user can change (or root's sticky one, like /tmp).
bool trustedFolder(const struct stat& st) {
    if (!S_ISDIR(st.st_mode)) {
        return false;
    }
    const bool owner = st.st_uid == 0 || st.st_uid == ::geteuid();
    const bool othersWrite = (st.st_mode & 022U) != 0;
    return owner && (!othersWrite || (st.st_uid == 0 && (st.st_mode & S_ISVTX) != 0));
}

Status removeOne(const std::string& location, const std::string& relative,
                 const std::string& path) {
    const int root = ::open(location.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (root < 0) {
        if (errno == ENOENT) {
            return {}; // nothing there to remove
        }
        return makeError(ERROR_ACCESS_DENIED,
                         "cannot open " + location + ": " + std::strerror(errno));
    }
    int dir = root;
    const auto closeDir = [&dir] {
        if (dir >= 0) {
            ::close(dir);
        }
    };
    std::size_t start = 0;
    while (true) {
        struct stat st {};
        if (::fstat(dir, &st) != 0 || !trustedFolder(st)) {
            closeDir();
            return makeError(ERROR_ACCESS_DENIED,
                             "refusing to remove " + path +
                                 ": a folder on the way may be changed by another user");
        }
        const std::size_t slash = relative.find('/', start);
        if (slash == std::string::npos) {
            break;
        }
        const std::string part = relative.substr(start, slash - start);
        const int next = ::openat(dir, part.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        const int error = errno;
        closeDir();
        dir = next;
        if (next < 0) {
            if (error == ENOENT) {
                return {};
            }
            return makeError(ERROR_ACCESS_DENIED,
                             "refusing to remove " + path + ": " + part +
                                 (error == ELOOP || error == ENOTDIR
                                      ? " is not a folder"
                                      : std::string{": "} + std::strerror(error)));
        }
        start = slash + 1;
    }
    const std::string name = relative.substr(start);
    // unlinkat() removes the name itself, never what a link there names.
    const int removed = ::unlinkat(dir, name.c_str(), 0);
    const int error = errno;
    closeDir();
    if (removed != 0 && error != ENOENT) {
        return makeError(ERROR_WRITE_FAULT, "cannot remove " + path + ": " + std::strerror(error));
    }
    if (removed == 0) {
        log::core()->info("desktop integration: removed {}", path);
    }
    return {};
}

std::string findTool(const char* name) {
    for (const char* folder : {"/usr/bin", "/bin", "/usr/sbin", "/sbin"}) {
        const std::string path = std::string{folder} + "/" + name;
        struct stat st {};
        if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0111U) != 0) {
            return path;
        }
    }
    return {};
}

int runTool(const std::string& program, const std::vector<std::string>& arguments) {
    std::vector<std::string> args{program};
    args.insert(args.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& arg : args) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    std::string pathVariable = "PATH=/usr/bin:/bin";
    std::string locale = "LC_ALL=C";
    std::array<char*, 3> environment{pathVariable.data(), locale.data(), nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned =
        ::posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environment.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        log::core()->warn("desktop integration: cannot run {}: {}", program,
                          std::strerror(spawned));
        return -1;
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            return -1;
        }
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool isDirectory(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

} // namespace

std::optional<FieldError> validate(const Spec& spec, const std::set<std::string>& targets) {
    return Validator{targets}.run(spec);
}

Expected<Locations> locationsFor(Scope scope) {
    std::string prefix;
    std::string share;
    const char* overridden = std::getenv("RESTARTMANAGER_DESKTOP_PREFIX");
    if (overridden != nullptr && overridden[0] == '/') {
        // Tests and QA: one folder of their own for both scopes.
        prefix = overridden;
        share = prefix + "/share";
    } else if (scope == Scope::System) {
        prefix = "/usr/local";
        share = "/usr/local/share";
    } else {
        const passwd* pw = ::getpwuid(::geteuid());
        if (pw == nullptr || pw->pw_dir == nullptr || pw->pw_dir[0] != '/') {
            return makeError(ERROR_BAD_ARGUMENTS,
                             "the user has no home folder in the password database");
        }
        std::string home = pw->pw_dir;
        while (home.size() > 1 && home.back() == '/') {
            home.pop_back();
        }
        prefix = joinPath(home, ".local");
        share = prefix + "/share";
    }
    return Locations{share + "/applications", share + "/icons/hicolor", share + "/mime",
                     prefix + "/bin"};
}

std::string escapeValue(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        case ' ':
            out += i == 0 ? "\\s" : " ";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string quoteExecArgument(const std::string& argument) {
    static const std::string reserved = " \t\n\"'\\><~|&;$*?#()`";
    const bool quote = argument.empty() || argument.find_first_of(reserved) != std::string::npos;
    std::string out = quote ? "\"" : "";
    for (const char c : argument) {
        if (c == '%') {
            out += "%%";
        } else if (quote && (c == '"' || c == '`' || c == '$' || c == '\\')) {
            out += '\\';
            out += c;
        } else {
            out += c;
        }
    }
    if (quote) {
        out += '"';
    }
    return out;
}

std::string escapeXml(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string desktopFileText(const Entry& entry, const std::string& installDir,
                            const std::vector<std::string>& uninstall) {
    std::string out = "[Desktop Entry]\nType=Application\nVersion=1.4\n";
    appendLocalized(out, "Name", entry.name);
    appendLocalized(out, "GenericName", entry.genericName);
    appendLocalized(out, "Comment", entry.comment);
    std::vector<std::string> argv{joinPath(installDir, entry.exec)};
    argv.insert(argv.end(), entry.arguments.begin(), entry.arguments.end());
    out += "Exec=" + execLine(argv, true) + "\n";
    if (!entry.icon.empty()) {
        out += "Icon=" + escapeValue(entry.icon) + "\n";
    }
    out += std::string{"Terminal="} + (entry.terminal ? "true" : "false") + "\n";
    appendList(out, "Categories", entry.categories);
    appendList(out, "MimeType", entry.mimeTypes);
    appendList(out, "Keywords", entry.keywords);
    if (!uninstall.empty()) {
        out += "Actions=uninstall;\n\n[Desktop Action uninstall]\n";
        appendLocalized(out, "Name", LocalizedString{"Uninstall", uninstallNames()});
        out += "Exec=" + execLine(uninstall, true) + "\n";
    }
    return out;
}

std::string mimeXmlText(const std::vector<MimeType>& types) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<mime-info "
                      "xmlns=\"http://www.freedesktop.org/standards/shared-mime-info\">\n";
    for (const auto& type : types) {
        out += "  <mime-type type=\"" + escapeXml(type.type) + "\">\n";
        out += "    <comment>" + escapeXml(type.comment.fallback) + "</comment>\n";
        for (const auto& [language, text] : type.comment.languages) {
            if (language != "en") {
                out += "    <comment xml:lang=\"" + escapeXml(language) + "\">" + escapeXml(text) +
                       "</comment>\n";
            }
        }
        for (const auto& parent : type.subClassOf) {
            out += "    <sub-class-of type=\"" + escapeXml(parent) + "\"/>\n";
        }
        if (!type.icon.empty()) {
            out += "    <icon name=\"" + escapeXml(type.icon) + "\"/>\n";
        }
        for (const auto& glob : type.globs) {
            out += "    <glob pattern=\"" + escapeXml(glob) + "\"/>\n";
        }
        out += "  </mime-type>\n";
    }
    out += "</mime-info>\n";
    return out;
}

Installation::Installation(const Spec& spec, std::string installDir, Locations locations,
                           std::vector<std::string> uninstall) {
    while (installDir.size() > 1 && installDir.back() == '/') {
        installDir.pop_back();
    }
    const auto add = [this](const std::string& root, std::vector<FileCopy> files) {
        if (files.empty()) {
            return;
        }
        for (const auto& file : files) {
            m_paths.push_back(joinPath(root, file.target));
        }
        m_transactions.push_back(std::make_unique<FileTransaction>(root, std::move(files)));
    };

    std::vector<FileCopy> entries;
    for (const auto& entry : spec.entries) {
        const std::string id = entry.id.empty() ? spec.productId : entry.id;
        entries.push_back(
            {{}, id + ".desktop", desktopFileText(entry, installDir, uninstall), 0644U});
    }
    add(locations.applications, std::move(entries));

    std::vector<FileCopy> icons;
    for (const auto& icon : spec.icons) {
        const std::string folder =
            icon.size == "scalable" ? "scalable" : icon.size + "x" + icon.size;
        icons.push_back(
            {icon.source,
             folder + "/apps/" + icon.name + (icon.size == "scalable" ? ".svg" : ".png"),
             std::nullopt, 0644U});
    }
    add(locations.icons, std::move(icons));

    if (!spec.mimeTypes.empty()) {
        add(joinPath(locations.mime, "packages"),
            {{{}, spec.productId + ".xml", mimeXmlText(spec.mimeTypes), 0644U}});
    }

    std::vector<FileCopy> commands;
    for (const auto& command : spec.commands) {
        FileCopy link{{}, command.name};
        link.link = joinPath(installDir, command.target);
        commands.push_back(std::move(link));
    }
    add(locations.bin, std::move(commands));
}

Installation::~Installation() = default;
Installation::Installation(Installation&&) noexcept = default;
Installation& Installation::operator=(Installation&&) noexcept = default;

Status Installation::apply() {
    for (std::size_t i = 0; i < m_transactions.size(); ++i) {
        if (auto applied = m_transactions[i]->apply(); !applied) {
            for (std::size_t k = i; k-- > 0;) {
                if (auto undone = m_transactions[k]->rollback(); !undone) {
                    log::core()->error("desktop integration: rollback: {}", undone.error().message);
                }
            }
            return applied;
        }
    }
    log::core()->info("desktop integration: wrote {} file(s)", m_paths.size());
    return {};
}

Status Installation::prepareCommit() const {
    for (const auto& transaction : m_transactions) {
        if (auto ready = transaction->prepareCommit(); !ready) {
            return ready;
        }
    }
    return {};
}

Status Installation::commit() {
    Status result;
    for (const auto& transaction : m_transactions) {
        if (auto committed = transaction->commit(); !committed && result) {
            result = committed;
        }
    }
    return result;
}

Status Installation::rollback() {
    Status result;
    for (auto it = m_transactions.rbegin(); it != m_transactions.rend(); ++it) {
        if (auto undone = (*it)->rollback(); !undone && result) {
            result = undone;
        }
    }
    return result;
}

bool Installation::hasChanges() const {
    return std::any_of(m_transactions.begin(), m_transactions.end(),
                       [](const auto& transaction) { return transaction->hasChanges(); });
}

Status remove(const std::vector<std::string>& paths, const Locations& locations) {
    const std::array<std::string, 4> folders{locations.applications, locations.icons,
                                             joinPath(locations.mime, "packages"), locations.bin};
    std::vector<std::pair<std::string, std::string>> planned; // location, relative
    for (const auto& path : paths) {
        std::optional<std::pair<std::string, std::string>> where;
        if (isCleanAbsolute(path)) {
            for (const auto& folder : folders) {
                if (!folder.empty() && path.size() > folder.size() + 1 &&
                    path.compare(0, folder.size(), folder) == 0 && path[folder.size()] == '/') {
                    where = std::pair{folder, path.substr(folder.size() + 1)};
                    break;
                }
            }
        }
        if (!where) {
            return makeError(ERROR_ACCESS_DENIED,
                             "refusing to remove " + path +
                                 ": it is not a desktop file in the folders of desktop "
                                 "integration");
        }
        planned.push_back(std::move(*where));
    }
    Status result;
    for (std::size_t i = 0; i < planned.size(); ++i) {
        if (auto removed = removeOne(planned[i].first, planned[i].second, paths[i]);
            !removed && result) {
            result = removed;
        }
    }
    return result;
}

std::vector<ToolRun> refreshCaches(const Locations& locations) {
    std::vector<ToolRun> runs;
    const auto run = [&runs](const char* tool, std::vector<std::string> arguments,
                             const std::string& folder) {
        if (!isDirectory(folder)) {
            return;
        }
        const std::string program = findTool(tool);
        if (program.empty()) {
            log::core()->info("desktop integration: {} is not installed", tool);
            return;
        }
        arguments.push_back(folder);
        ToolRun done{program, arguments, runTool(program, arguments)};
        if (done.exitCode != 0) {
            log::core()->warn("desktop integration: {} {} ended with {}", program, folder,
                              done.exitCode);
        }
        runs.push_back(std::move(done));
    };
    run("update-desktop-database", {"-q"}, locations.applications);
    run("gtk-update-icon-cache", {"-q", "-t", "-f"}, locations.icons);
    if (isDirectory(joinPath(locations.mime, "packages"))) {
        run("update-mime-database", {}, locations.mime);
    }
    return runs;
}

} // namespace rm::desktop

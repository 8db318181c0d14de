#include "core/private/desktop_entries.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <mutex>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>
#include <vector>

namespace rm {
namespace {

std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr ? std::string{value} : std::string{};
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::stringstream in{text};
    std::string part;
    while (std::getline(in, part, separator)) {
        if (!part.empty()) {
            parts.push_back(part);
        }
    }
    return parts;
}

std::vector<std::string> applicationDirectories() {
    std::vector<std::string> dirs;
    std::string home = environment("XDG_DATA_HOME");
    if (home.empty() && !environment("HOME").empty()) {
        home = environment("HOME") + "/.local/share";
    }
    if (!home.empty()) {
        dirs.push_back(home + "/applications");
    }
    std::string data = environment("XDG_DATA_DIRS");
    if (data.empty()) {
        data = "/usr/local/share:/usr/share";
    }
    for (const auto& dir : split(data, ':')) {
        dirs.push_back(dir + "/applications");
    }
    return dirs;
}

// Locale names to try for Name[...], most specific first: de_DE.UTF-8@euro -> de_DE@euro,
// de_DE, de@euro, de.
std::vector<std::string> localeCandidates() {
    std::vector<std::string> languages;
    const std::string lcAll = environment("LC_ALL");
    const std::string lcMessages = environment("LC_MESSAGES");
    const std::string lang = environment("LANG");
    const std::string primary = !lcAll.empty() ? lcAll : !lcMessages.empty() ? lcMessages : lang;
    if (primary != "C" && primary != "POSIX" && !primary.empty()) {
        for (const auto& l : split(environment("LANGUAGE"), ':')) {
            languages.push_back(l);
        }
    }
    languages.push_back(primary);
    std::vector<std::string> candidates;
    for (const auto& locale : languages) {
        if (locale.empty() || locale == "C" || locale == "POSIX") {
            continue;
        }
        std::string base = locale;
        std::string modifier;
        if (const auto at = base.find('@'); at != std::string::npos) {
            modifier = base.substr(at);
            base.resize(at);
        }
        if (const auto dot = base.find('.'); dot != std::string::npos) {
            base.resize(dot);
        }
        const std::string language = base.substr(0, base.find('_'));
        for (const auto& c : {base + modifier, base, language + modifier, language}) {
            if (std::find(candidates.begin(), candidates.end(), c) == candidates.end()) {
                candidates.push_back(c);
            }
        }
    }
    return candidates;
}

std::string resolveProgram(const std::string& program) {
    if (program.empty() || program.front() == '/') {
        return program;
    }
    std::string path = environment("PATH");
    if (path.empty()) {
        path = "/usr/local/bin:/usr/bin:/bin";
    }
    for (const auto& dir : split(path, ':')) {
        const std::string candidate = dir + "/" + program;
        if (::access(candidate.c_str(), X_OK) == 0) {
            char resolved[PATH_MAX];
            return ::realpath(candidate.c_str(), resolved) != nullptr ? std::string{resolved}
                                                                      : candidate;
        }
    }
    return {};
}

// The program of an Exec= line: its first word, after any "env" and NAME=value words.
std::string programOfExec(const std::string& exec) {
    std::vector<std::string> words;
    std::string word;
    bool quoted = false;
    for (const char c : exec + " ") {
        if (c == '"') {
            quoted = !quoted;
        } else if (c == ' ' && !quoted) {
            if (!word.empty()) {
                words.push_back(std::move(word));
                word.clear();
            }
        } else {
            word.push_back(c);
        }
    }
    for (const auto& w : words) {
        if (w != "env" && w.find('=') == std::string::npos) {
            return w;
        }
    }
    return {};
}

struct Entry {
    std::unordered_map<std::string, std::string> names; // "" -> Name, "de" -> Name[de]
    std::string icon;
    std::string file;
    std::string program;
};

std::optional<Entry> parseDesktopFile(const std::string& file) {
    std::ifstream in{file};
    if (!in) {
        return std::nullopt;
    }
    Entry entry;
    entry.file = file;
    std::string line;
    bool inMain = false;
    std::string exec;
    std::string tryExec;
    bool hidden = false;
    std::string type;
    while (std::getline(in, line)) {
        if (!line.empty() && line.front() == '[') {
            inMain = line == "[Desktop Entry]";
            continue;
        }
        if (!inMain) {
            continue;
        }
        const auto eq = line.find('=');
        if (eq == std::string::npos) {
            continue;
        }
        auto key = line.substr(0, eq);
        while (!key.empty() && key.back() == ' ') {
            key.pop_back();
        }
        auto value = line.substr(eq + 1);
        while (!value.empty() && value.front() == ' ') {
            value.erase(0, 1);
        }
        if (key == "Name") {
            entry.names[""] = value;
        } else if (key.starts_with("Name[") && key.back() == ']') {
            entry.names[key.substr(5, key.size() - 6)] = value;
        } else if (key == "Exec") {
            exec = value;
        } else if (key == "TryExec") {
            tryExec = value;
        } else if (key == "Icon") {
            entry.icon = value;
        } else if (key == "Hidden") {
            hidden = value == "true";
        } else if (key == "Type") {
            type = value;
        }
    }
    if (hidden || type != "Application" || !entry.names.contains("")) {
        return std::nullopt;
    }
    entry.program = resolveProgram(!tryExec.empty() ? tryExec : programOfExec(exec));
    if (entry.program.empty()) {
        return std::nullopt;
    }
    return entry;
}

} // namespace

struct DesktopIndex {
    // The folders' times say when an entry came or went; the files' times, when one was
    // rewritten in place (an upgrade that changes a Name or an Exec without a new file).
    std::vector<std::pair<std::string, timespec>> stamps;
    std::vector<std::pair<std::string, timespec>> files;
    std::unordered_map<std::string, Entry> byProgram;
};

namespace {

timespec modificationTime(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 ? st.st_mtim : timespec{};
}

std::vector<std::pair<std::string, timespec>> directoryStamps() {
    std::vector<std::pair<std::string, timespec>> stamps;
    for (const auto& dir : applicationDirectories()) {
        stamps.emplace_back(dir, modificationTime(dir));
    }
    return stamps;
}

bool sameTime(const timespec& a, const timespec& b) {
    return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

bool filesUnchanged(const std::vector<std::pair<std::string, timespec>>& files) {
    for (const auto& [path, stamp] : files) {
        if (!sameTime(modificationTime(path), stamp)) {
            return false;
        }
    }
    return true;
}

bool sameStamps(const std::vector<std::pair<std::string, timespec>>& a,
                const std::vector<std::pair<std::string, timespec>>& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].first != b[i].first || !sameTime(a[i].second, b[i].second)) {
            return false;
        }
    }
    return true;
}

DesktopIndex buildIndex(std::vector<std::pair<std::string, timespec>> stamps) {
    DesktopIndex index;
    index.stamps = std::move(stamps);
    for (const auto& [dir, stamp] : index.stamps) {
        DIR* d = ::opendir(dir.c_str());
        if (d == nullptr) {
            continue;
        }
        while (const dirent* e = ::readdir(d)) {
            const std::string name = e->d_name;
            if (!name.ends_with(".desktop")) {
                continue;
            }
            const auto path = dir + "/" + name;
            index.files.emplace_back(path, modificationTime(path));
            if (auto entry = parseDesktopFile(path)) {
                // Earlier directories win, as in the XDG lookup order.
                index.byProgram.try_emplace(entry->program, std::move(*entry));
            }
        }
        ::closedir(d);
    }
    return index;
}

} // namespace

DesktopApplications::DesktopApplications() : m_locales{localeCandidates()} {
    static std::mutex mutex;
    static std::shared_ptr<const DesktopIndex> shared;
    auto stamps = directoryStamps();
    std::lock_guard lock(mutex);
    if (!shared || !sameStamps(shared->stamps, stamps) || !filesUnchanged(shared->files)) {
        shared = std::make_shared<const DesktopIndex>(buildIndex(std::move(stamps)));
    }
    m_index = shared;
}

std::optional<DesktopApplication> DesktopApplications::find(const std::string& executable) const {
    if (executable.empty()) {
        return std::nullopt;
    }
    const auto it = m_index->byProgram.find(executable);
    if (it == m_index->byProgram.end()) {
        return std::nullopt;
    }
    const Entry& entry = it->second;
    std::string name = entry.names.at("");
    for (const auto& locale : m_locales) {
        if (const auto localized = entry.names.find(locale); localized != entry.names.end()) {
            name = localized->second;
            break;
        }
    }
    return DesktopApplication{name, entry.icon, entry.file};
}

} // namespace rm

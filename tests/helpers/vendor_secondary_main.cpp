// A vendor's secondary installer for the tests: it speaks docs/secondary-installer-protocol.md
// on its own (not the stock one's code), installs its files with rm::FileTransaction and joins
// and registers through the C API, and misbehaves where the test says so.
//
//   RM_VENDOR_PROTOCOL=2|3   the protocol it speaks (default 3). 2: `joined` without a level,
//                            and `commit` makes the files final at once, as before protocol 3.
//   RM_VENDOR_FAULT=COMPONENT:STEP:HOW[,...]   for that component (the `component` line), at
//                            STEP (join, register, apply, commit, end, rollback):
//                            error  answers "error\t29\tvendor fault at STEP" instead;
//                            exit   exits with status 3 without answering or undoing anything;
//                            hang   never answers (until it is killed);
//                            lie    (join, register) answers as if it had called the API, but
//                                   never calls RmJoinSession / RmRegisterResources.
#include "core/file_transaction.h"
#include "core/protocol_line.h"

#include <restartmanager.h>

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

std::string g_component;
int g_protocol = 3;

void answer(const std::string& line) {
    std::cout << line << std::endl;
}

// What RM_VENDOR_FAULT says for this component at `step`, or "".
std::string faultAt(const std::string& step) {
    const char* value = std::getenv("RM_VENDOR_FAULT");
    if (value == nullptr) {
        return {};
    }
    std::string rest = value;
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        const std::string entry = rest.substr(0, comma);
        rest = comma == std::string::npos ? std::string{} : rest.substr(comma + 1);
        const auto first = entry.find(':');
        const auto second = entry.find(':', first + 1);
        if (first == std::string::npos || second == std::string::npos) {
            continue;
        }
        if (entry.substr(0, first) == g_component &&
            entry.substr(first + 1, second - first - 1) == step) {
            return entry.substr(second + 1);
        }
    }
    return {};
}

// Misbehaves as asked; true when the step is taken care of (an error was answered).
bool misbehave(const std::string& step) {
    const std::string how = faultAt(step);
    if (how == "exit") {
        std::_Exit(3);
    }
    if (how == "hang") {
        for (;;) {
            ::pause();
        }
    }
    if (how == "error") {
        answer(rm::protocol::formatLine({"error", "29", "vendor fault at " + step}));
        return true;
    }
    return false;
}

std::wstring wide(const std::string& text) {
    return {text.begin(), text.end()};
}

} // namespace

int main() {
    if (const char* protocol = std::getenv("RM_VENDOR_PROTOCOL")) {
        g_protocol = std::atoi(protocol) == 2 ? 2 : 3;
    }
    std::string keyLine;
    std::string componentLine;
    if (!std::getline(std::cin, keyLine) || !std::getline(std::cin, componentLine)) {
        return 2;
    }
    auto component = rm::protocol::parseLine(componentLine);
    if (component && component->size() == 2) {
        g_component = (*component)[1];
    }
    DWORD handle = 0;
    bool joined = false;
    if (!misbehave("join")) {
        if (faultAt("join") != "lie") {
            const std::wstring key = wide(keyLine.substr(4));
            if (RmJoinSession(&handle, key.c_str()) != ERROR_SUCCESS) {
                answer("error\t1219\tcannot join");
                return 1;
            }
            joined = true;
        }
        answer(g_protocol == 3 ? "joined\t3" : "joined");
    }

    std::string root;
    std::vector<rm::FileCopy> files;
    std::optional<rm::FileTransaction> transaction;
    bool ready = false;
    bool ended = false;
    std::string line;
    while (std::getline(std::cin, line)) {
        auto fields = rm::protocol::parseLine(line);
        if (!fields) {
            answer("error\t160\tmalformed line");
            continue;
        }
        const std::string& command = fields->front();
        if (command == "root" && fields->size() == 2) {
            root = (*fields)[1];
        } else if (command == "file" && fields->size() >= 3) {
            rm::FileCopy file{(*fields)[1], (*fields)[2]};
            if (fields->size() == 4) {
                file.mode = static_cast<unsigned>(std::stoul((*fields)[3], nullptr, 8));
            }
            files.push_back(std::move(file));
        } else if (command == "register") {
            if (misbehave("register")) {
                continue;
            }
            if (faultAt("register") != "lie") {
                std::vector<std::wstring> names;
                for (const auto& file : files) {
                    names.push_back(wide(root + "/" + file.target));
                }
                std::vector<LPCWSTR> pointers;
                for (const auto& name : names) {
                    pointers.push_back(name.c_str());
                }
                const DWORD result = RmRegisterResources(handle, static_cast<UINT>(pointers.size()),
                                                         pointers.data(), 0, nullptr, 0, nullptr);
                if (result != ERROR_SUCCESS) {
                    answer("error\t" + std::to_string(result) + "\tcannot register");
                    continue;
                }
            }
            answer("registered\t" + std::to_string(files.size()));
        } else if (command == "apply") {
            transaction.emplace(root, files);
            // Applied before the fault: a vendor that dies half-way leaves its files behind.
            const auto applied = transaction->apply();
            if (misbehave("apply")) {
                continue;
            }
            answer(applied ? "applied"
                           : rm::protocol::formatLine({"error", "29", applied.error().message}));
        } else if (command == "commit") {
            if (misbehave("commit")) {
                continue;
            }
            if (g_protocol == 2) {
                transaction->commit();
            } else {
                ready = true;
            }
            answer("committed");
        } else if (command == "rollback") {
            if (misbehave("rollback")) {
                continue;
            }
            if (transaction) {
                transaction->rollback();
            }
            ready = false;
            ended = false;
            answer("rolledback");
        } else if (command == "end") {
            if (misbehave("end")) {
                continue;
            }
            if (joined) {
                RmEndSession(handle);
                joined = false;
            }
            answer("ended");
            if (ready && transaction && transaction->hasChanges()) {
                ended = true; // the end of input makes the files final
                continue;
            }
            if (transaction && transaction->hasChanges()) {
                transaction->rollback();
            }
            return 0;
        } else {
            answer("error\t160\tunknown command");
        }
    }
    if (transaction && transaction->hasChanges()) {
        if (ready && ended) {
            transaction->commit();
            return 0;
        }
        transaction->rollback();
    }
    return 1;
}

// A scriptable secondary installer for the multi-process tests. It reads the session key from
// stdin (the inherited channel, never the command line), then one command per line, and answers
// each with "<command> <winerror code>" on stdout:
//   join                      RmJoinSession with the key read first
//   start                     RmStartSession; answers "start <code> <key>" (the key goes to the
//                             test over this pipe only)
//   register DIR COUNT        RmRegisterResources with DIR/file-0 .. DIR/file-(COUNT-1), one call
//   register-process PID      RmRegisterResources with the RM_UNIQUE_PROCESS of PID
//   shutdown                  RmShutdown (only a primary may)
//   restart                   RmRestart (only a primary may)
//   end                       RmEndSession
// It exits 0 at end of input.
#include <restartmanager.h>
#include <restartmanager_linux.h>

#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

int main() {
    std::string keyLine;
    if (!std::getline(std::cin, keyLine)) {
        return 2;
    }
    std::wstring key(keyLine.begin(), keyLine.end());
    DWORD handle = 0xFFFFFFFF;
    std::string line;
    while (std::getline(std::cin, line)) {
        std::istringstream words{line};
        std::string command;
        words >> command;
        DWORD result = ERROR_INVALID_PARAMETER;
        if (command == "join") {
            result = RmJoinSession(&handle, key.c_str());
        } else if (command == "start") {
            WCHAR started[CCH_RM_SESSION_KEY + 1] = {};
            result = RmStartSession(&handle, 0, started);
            if (result == ERROR_SUCCESS) {
                std::string text;
                for (std::size_t i = 0; i < CCH_RM_SESSION_KEY; ++i) {
                    text.push_back(static_cast<char>(started[i]));
                }
                std::cout << "start 0 " << text << std::endl;
                continue;
            }
        } else if (command == "register") {
            std::string dir;
            unsigned count = 0;
            words >> dir >> count;
            std::vector<std::wstring> names;
            names.reserve(count);
            for (unsigned i = 0; i < count; ++i) {
                const std::string path = dir + "/file-" + std::to_string(i);
                names.emplace_back(path.begin(), path.end());
            }
            std::vector<LPCWSTR> pointers;
            for (const auto& n : names) {
                pointers.push_back(n.c_str());
            }
            result = RmRegisterResources(handle, count, pointers.data(), 0, nullptr, 0, nullptr);
        } else if (command == "register-process") {
            long pid = 0;
            words >> pid;
            RM_UNIQUE_PROCESS process{};
            result = RmLinuxGetUniqueProcess(static_cast<pid_t>(pid), &process);
            if (result == ERROR_SUCCESS) {
                result = RmRegisterResources(handle, 0, nullptr, 1, &process, 0, nullptr);
            }
        } else if (command == "shutdown") {
            result = RmShutdown(handle, 0, nullptr);
        } else if (command == "restart") {
            result = RmRestart(handle, 0, nullptr);
        } else if (command == "end") {
            result = RmEndSession(handle);
        }
        std::cout << command << ' ' << result << std::endl;
    }
    return 0;
}

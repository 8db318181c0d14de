// Holds the session store's write lock until its stdin closes, like a Restart Manager call that
// hangs inside a transaction. Prints "locked" once it holds the lock, "failed <sqlite code>" if
// it cannot get it. Usage: rm_test_store_locker PATH-TO-sessions.db
#include <cstdio>
#include <sqlite3.h>
#include <unistd.h>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s STORE-FILE\n", argv[0]);
        return 2;
    }
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        std::printf("failed %d\n", sqlite3_errcode(db));
        return 1;
    }
    const int rc = sqlite3_exec(db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        std::printf("failed %d\n", rc);
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    char buffer[64];
    while (::read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
    }
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return 0;
}

// rm_test_dir_swapper: a hostile local user for the install safety tests. Swaps two names in
// place, over and over, with renameat2(RENAME_EXCHANGE): typically a real folder inside an
// install root and a symbolic link to a folder outside it, so that whoever walks the path sees
// one or the other at random.
//
//   rm_test_dir_swapper A B [COUNT]
//
// Swaps twice (so that both names are as they were) and prints "ready" (flushed): the swaps
// work. Then swaps until COUNT swaps in all are done (0 or none: until stopped) or SIGTERM,
// SIGINT or SIGHUP arrives; then prints "swaps N" and exits with 0. An even N leaves both names
// as they were. Between two swaps it spins for a random short while, so that the two states
// last random times and a program that looks up the names does not fall into step with the
// swaps (a lock convoy can otherwise show it one state nearly always). Exits with 2 (and a
// message on stderr) when a swap fails, 64 on a bad command line.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <initializer_list>
#include <stdio.h>

namespace {

volatile std::sig_atomic_t g_stop = 0;

extern "C" void onStop(int) {
    g_stop = 1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3 || argc > 4) {
        std::fprintf(stderr, "usage: %s A B [COUNT]\n", argv[0]);
        return 64;
    }
    const unsigned long long limit = argc == 4 ? std::strtoull(argv[3], nullptr, 10) : 0;
    struct sigaction action {};
    action.sa_handler = onStop;
    sigemptyset(&action.sa_mask);
    for (const int sig : {SIGTERM, SIGINT, SIGHUP}) {
        ::sigaction(sig, &action, nullptr);
    }
    unsigned long long swaps = 0;
    unsigned random = 2463534242U;
    while (g_stop == 0 && (limit == 0 || swaps < limit)) {
        if (::renameat2(AT_FDCWD, argv[1], AT_FDCWD, argv[2], RENAME_EXCHANGE) != 0) {
            std::fprintf(stderr, "rm_test_dir_swapper: cannot swap %s and %s: %s\n", argv[1],
                         argv[2], std::strerror(errno));
            std::printf("swaps %llu\n", swaps);
            return 2;
        }
        ++swaps;
        if (swaps == 2) {
            std::printf("ready\n");
            std::fflush(stdout);
        }
        // xorshift32: a spin of 0..4095 rounds (a few microseconds at most).
        random ^= random << 13U;
        random ^= random >> 17U;
        random ^= random << 5U;
        volatile unsigned spin = random % 4096;
        while (spin > 0) {
            spin = spin - 1;
        }
    }
    std::printf("swaps %llu\n", swaps);
    std::fflush(stdout);
    return 0;
}

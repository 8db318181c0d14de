// UTF-32 wchar_t <-> UTF-8 conversions, path and service name normalisation, and non-ASCII names
// through the C API. Expected bytes are spelled as escapes so that the source encoding cannot
// matter.
#include "core/private/session_engine.h"
#include "core/session.h"
#include "core/text_encoding.h"
#include "support/test_support.h"

#include <restartmanager.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace {

using namespace std::string_literals;
using rm::engine::normalizePath;
using rm::engine::normalizeServiceName;

struct Pair {
    std::wstring wide;
    std::string utf8;
};

void expectRoundTrip(const Pair& pair) {
    EXPECT_EQ(rm::wideToUtf8(pair.wide), pair.utf8);
    EXPECT_EQ(rm::utf8ToWide(pair.utf8), pair.wide);
}

TEST(TextEncodingTest, AsciiRoundTrips) {
    expectRoundTrip({L"", ""});
    expectRoundTrip({L"/usr/bin/app --flag=1", "/usr/bin/app --flag=1"});
    expectRoundTrip({L"\x7F", "\x7F"});
    // An embedded NUL is a character like any other here; the API layer rejects it in paths.
    expectRoundTrip({L"a\0b"s, "a\0b"s});
}

TEST(TextEncodingTest, GermanUmlautsRoundTrip) {
    expectRoundTrip({L"Gr\u00FC\u00DFe \u00C4pfel \u00D6l \u00DC", // Grüße Äpfel Öl Ü
                     "Gr\xC3\xBC\xC3\x9F"
                     "e \xC3\x84pfel \xC3\x96l \xC3\x9C"});
    EXPECT_EQ(rm::wideToUtf8(L"\u00FC")->size(), 2U);
}

TEST(TextEncodingTest, CjkRoundTrips) {
    expectRoundTrip({L"/tmp/\u6587\u4EF6.txt", "/tmp/\xE6\x96\x87\xE4\xBB\xB6.txt"}); // 文件
    expectRoundTrip({L"\u65E5\u672C\u8A9E", "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E"}); // 日本語
}

TEST(TextEncodingTest, EmojiTakesFourBytesAndOneWideCharacter) {
    expectRoundTrip({L"\U0001F600", "\xF0\x9F\x98\x80"}); // 😀
    expectRoundTrip({L"a\U0001F680b", "a\xF0\x9F\x9A\x80"
                                      "b"}); // 🚀
    EXPECT_EQ(rm::utf8ToWide("\xF0\x9F\x98\x80")->size(), 1U);
}

TEST(TextEncodingTest, EncodingLengthBoundaries) {
    expectRoundTrip({L"\u0080", "\xC2\x80"});
    expectRoundTrip({L"\u07FF", "\xDF\xBF"});
    expectRoundTrip({L"\u0800", "\xE0\xA0\x80"});
    expectRoundTrip({L"\uD7FF", "\xED\x9F\xBF"}); // just below the surrogates
    expectRoundTrip({L"\uE000", "\xEE\x80\x80"}); // just above them
    expectRoundTrip({L"\uFFFF", "\xEF\xBF\xBF"});
    expectRoundTrip({L"\U00010000", "\xF0\x90\x80\x80"});
    expectRoundTrip({L"\U0010FFFF", "\xF4\x8F\xBF\xBF"});
}

TEST(TextEncodingTest, WideRejectsSurrogatesAndCodePointsBeyondUnicode) {
    for (const std::uint32_t cp :
         {0xD800U, 0xDBFFU, 0xDC00U, 0xDFFFU, 0x110000U, 0x7FFFFFFFU, 0xFFFFFFFFU}) {
        std::wstring text = L"ok";
        text.push_back(static_cast<wchar_t>(cp));
        EXPECT_EQ(rm::wideToUtf8(text), std::nullopt) << std::hex << cp;
    }
}

TEST(TextEncodingTest, Utf8RejectsMalformedInput) {
    const std::vector<std::string> bad = {
        "\xED\xA0\x80"s,         // U+D800, a surrogate
        "\xED\xBF\xBF"s,         // U+DFFF
        "\xF4\x90\x80\x80"s,     // U+110000
        "\xF7\xBF\xBF\xBF"s,     // U+1FFFFF
        "\xF8\x88\x80\x80\x80"s, // five-byte form
        "\xFC\x84\x80\x80\x80\x80"s,
        "\xFE"s,
        "\xFF"s,
        "\xC0\x80"s,         // overlong NUL
        "\xC0\xAF"s,         // overlong '/'
        "\xC1\xBF"s,         // overlong U+007F
        "\xE0\x80\xAF"s,     // overlong '/' in three bytes
        "\xE0\x9F\xBF"s,     // overlong U+07FF
        "\xF0\x80\x80\xAF"s, // overlong '/' in four bytes
        "\xF0\x8F\xBF\xBF"s, // overlong U+FFFF
        "\xC3"s,             // truncated
        "abc\xC3"s,
        "\xE6\x96"s,
        "\xF0\x9F\x98"s,
        "\xE6\x96"
        "a"s,        // continuation missing, ASCII instead
        "\xC3\x28"s, // bad continuation
        "\x80"s,     // lone continuation byte
        "a\xBF"
        "b"s,
        "\xF0\x9F\x98\x80\x80"s, // a stray continuation after a full character
    };
    for (const auto& text : bad) {
        std::string hex;
        for (const unsigned char c : text) {
            char byte[8];
            std::snprintf(byte, sizeof byte, "\\x%02X", c);
            hex += byte;
        }
        EXPECT_EQ(rm::utf8ToWide(text), std::nullopt) << "bytes " << hex;
    }
}

TEST(TextEncodingTest, NormalizePath) {
    EXPECT_EQ(normalizePath("/a/b/c"), "/a/b/c");
    EXPECT_EQ(normalizePath("/a//b///c"), "/a/b/c");
    EXPECT_EQ(normalizePath("/a/b/"), "/a/b");
    EXPECT_EQ(normalizePath("//a/b"), "/a/b");
    EXPECT_EQ(normalizePath("/a/./b/."), "/a/b");
    EXPECT_EQ(normalizePath("/./a"), "/a");
    EXPECT_EQ(normalizePath("/"), "/");
    EXPECT_EQ(normalizePath("//"), "/");
    EXPECT_EQ(normalizePath("/./."), "/");
    // ".." stays: the file need not exist, and a symbolic link would make dropping it wrong.
    EXPECT_EQ(normalizePath("/a/../b"), "/a/../b");
    EXPECT_EQ(normalizePath("/a/b/.."), "/a/b/..");
    EXPECT_EQ(normalizePath("/a/.../b"), "/a/.../b");
    EXPECT_EQ(normalizePath("/a/.hidden/b."), "/a/.hidden/b.");
    EXPECT_EQ(normalizePath("/a b/ c "), "/a b/ c ");
    EXPECT_EQ(normalizePath("/tmp//Gr\xC3\xBC\xC3\x9F"
                            "e/./\xE6\x96\x87\xE4\xBB\xB6.txt"),
              "/tmp/Gr\xC3\xBC\xC3\x9F"
              "e/\xE6\x96\x87\xE4\xBB\xB6.txt");
}

TEST(TextEncodingTest, NormalizeServiceName) {
    EXPECT_EQ(normalizeServiceName("cups"), "cups.service");
    EXPECT_EQ(normalizeServiceName("cups.service"), "cups.service");
    EXPECT_EQ(normalizeServiceName("cups.socket"), "cups.socket");
    EXPECT_EQ(normalizeServiceName("avahi-daemon"), "avahi-daemon.service");
    EXPECT_EQ(normalizeServiceName("getty@tty1"), "getty@tty1.service");
    EXPECT_EQ(normalizeServiceName("getty@tty1.service"), "getty@tty1.service");
    EXPECT_EQ(normalizeServiceName("logrotate.timer"), "logrotate.timer");
    EXPECT_EQ(normalizeServiceName("systemd-fsck@dev-disk-by\\x2duuid-1.service"),
              "systemd-fsck@dev-disk-by\\x2duuid-1.service");
    // Like systemctl: a name without a known unit suffix is a service.
    EXPECT_EQ(normalizeServiceName("org.example.daemon"), "org.example.daemon.service");

    EXPECT_EQ(normalizeServiceName(""), "");
    EXPECT_EQ(normalizeServiceName("cups service"), "");
    EXPECT_EQ(normalizeServiceName("../cups"), "");
    EXPECT_EQ(normalizeServiceName("cups;reboot"), "");
    EXPECT_EQ(normalizeServiceName("c\xC3\xBCps"), ""); // "cüps"
    EXPECT_EQ(normalizeServiceName(".service"), "");
    EXPECT_EQ(normalizeServiceName(".cups"), "");
    EXPECT_EQ(normalizeServiceName("cups."), "");
    // Unit names are at most 255 bytes, including the suffix that is added.
    EXPECT_EQ(normalizeServiceName(std::string(247, 'a')), std::string(247, 'a') + ".service");
    EXPECT_EQ(normalizeServiceName(std::string(248, 'a')), "");
    EXPECT_EQ(normalizeServiceName(std::string(247, 'a') + ".service"),
              std::string(247, 'a') + ".service");
    EXPECT_EQ(normalizeServiceName(std::string(248, 'a') + ".service"), "");
}

class TextEncodingApiTest : public rmtest::StoreTest {};

TEST_F(TextEncodingApiTest, NonAsciiWidePathReadsBackAsExactUtf8) {
    auto primary = rm::Session::start();
    ASSERT_TRUE(primary) << primary.error().message;
    // The wide key goes through the C API like a secondary installer's would.
    const std::wstring key(primary->key().begin(), primary->key().end());
    DWORD handle = 0xFFFFFFFFU;
    ASSERT_EQ(RmJoinSession(&handle, key.c_str()), DWORD{ERROR_SUCCESS});

    LPCWSTR files[] = {L"/tmp/Gr\u00FC\u00DFe/\u6587\u4EF6.txt", L"/tmp//Gr\u00FC\u00DFe/./"
                                                                 L"\U0001F600.txt"};
    LPCWSTR services[] = {L"cups"};
    ASSERT_EQ(RmRegisterResources(handle, 2, files, 0, nullptr, 1, services), DWORD{ERROR_SUCCESS});

    // A lone surrogate is not a file name: the whole call fails and registers nothing.
    const wchar_t broken[] = {L'/', L't', L'm', L'p', L'/', static_cast<wchar_t>(0xD800), L'\0'};
    LPCWSTR brokenFiles[] = {L"/tmp/fine-on-its-own", broken};
    EXPECT_EQ(RmRegisterResources(handle, 2, brokenFiles, 0, nullptr, 0, nullptr),
              DWORD{ERROR_BAD_ARGUMENTS});

    auto resources = primary->registeredResources();
    ASSERT_TRUE(resources) << resources.error().message;
    std::vector<std::string> got = resources->files;
    std::sort(got.begin(), got.end());
    const std::vector<std::string> expected = {
        "/tmp/Gr\xC3\xBC\xC3\x9F"
        "e/\xE6\x96\x87\xE4\xBB\xB6.txt",
        "/tmp/Gr\xC3\xBC\xC3\x9F"
        "e/\xF0\x9F\x98\x80.txt",
    };
    EXPECT_EQ(got, expected);
    EXPECT_EQ(resources->services, std::vector<std::string>{"cups.service"});

    EXPECT_EQ(RmEndSession(handle), DWORD{ERROR_SUCCESS});
    EXPECT_EQ(primary->end().code(), DWORD{ERROR_SUCCESS});
}

} // namespace

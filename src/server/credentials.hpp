// Passwords and session tokens (libsodium): argon2id hashes, random tokens, and the hash under which a
// token is stored so that a copy of the database does not hold live sessions. Also the rules an e-mail
// and a new password must meet.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace hipfit::server {

// NIST SP 800-63B §5.1.1.2: at least 8 characters, and allow at least 64. hipfit asks for 10. Counted in
// characters (Unicode code points), not bytes: "ü" is one character, and any printable one is allowed.
inline constexpr std::size_t kMinPasswordLength = 10;
inline constexpr std::size_t kMaxPasswordLength = 128;
inline constexpr std::size_t kMaxEmailLength =
    254;  // RFC 5321 §4.5.3.1: a path is at most 256 octets with <>

// argon2id with libsodium's interactive limits (crypto_pwhash_OPSLIMIT/MEMLIMIT_INTERACTIVE).
std::string hash_password(std::string_view password);
bool password_matches(const std::string& hash, std::string_view password);

// 32 random bytes as 64 hex digits.
std::string random_token();
// BLAKE2b of the token, hex: what the sessions table stores.
std::string token_hash(std::string_view token);

// Both equal in constant time (for CSRF tokens).
bool same_secret(std::string_view a, std::string_view b);

// The characters (code points) in UTF-8 text: every byte that does not continue a sequence.
std::size_t character_count(std::string_view utf8);
// A C0 control (NUL, tab, line feed …), DEL or a C1 control (U+0080–U+009F): nothing a person types
// into a password or an e-mail address, and what would cut a message short or move a terminal's cursor.
bool has_control_character(std::string_view utf8);
// Something @ something, at most kMaxEmailLength bytes, without spaces or control characters.
bool acceptable_email(std::string_view email);

}  // namespace hipfit::server

// Passwords and session tokens (libsodium): argon2id hashes, random tokens, and the hash under which a
// token is stored so that a copy of the database does not hold live sessions.
#pragma once

#include <string>
#include <string_view>

namespace hipfit::server {

// NIST SP 800-63B §5.1.1.2: at least 8 characters, and allow at least 64. hipfit asks for 10.
inline constexpr std::size_t kMinPasswordLength = 10;
inline constexpr std::size_t kMaxPasswordLength = 128;

// argon2id with libsodium's interactive limits (crypto_pwhash_OPSLIMIT/MEMLIMIT_INTERACTIVE).
std::string hash_password(std::string_view password);
bool password_matches(const std::string& hash, std::string_view password);

// 32 random bytes as 64 hex digits.
std::string random_token();
// BLAKE2b of the token, hex: what the sessions table stores.
std::string token_hash(std::string_view token);

// Both equal in constant time (for CSRF tokens).
bool same_secret(std::string_view a, std::string_view b);

}  // namespace hipfit::server

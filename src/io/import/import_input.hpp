// The file an import reads: a file on disk (the command line) or bytes in memory (an upload), read
// whole when small (CSV), as a stream when large (Apple Health's XML), or as a zip archive.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace hipfit::io {

// How large a file read whole may be: every CSV export seen is far smaller (a decade of Strong sets is
// a few MB); beyond this a file is refused rather than held in memory.
inline constexpr std::uint64_t kMaxWholeFileBytes = 256ull << 20;

// A stream of bytes, read in order.
class ByteStream {
  public:
    virtual ~ByteStream() = default;
    // Fills the start of `into`; 0 at the end. Throws core::InvalidInput naming the file on a read error.
    virtual std::size_t read(std::span<char> into) = 0;
};

// Up to `limit` bytes of `in`, fewer when it ends first.
std::string read_up_to(ByteStream& in, std::size_t limit);

class ImportInput {
  public:
    // A file on disk, named in messages as `name`.
    ImportInput(std::filesystem::path path, std::string name);
    // Bytes in memory (they must outlive the input), named in messages as `name`.
    ImportInput(std::string_view bytes, std::string name);

    [[nodiscard]] const std::string& name() const { return name_; }
    [[nodiscard]] std::uint64_t size() const { return size_; }
    // The first bytes (up to `limit`), for detecting the format.
    [[nodiscard]] std::string head(std::size_t limit) const;
    // The whole file; InvalidInput past kMaxWholeFileBytes.
    [[nodiscard]] std::string whole() const;
    [[nodiscard]] std::unique_ptr<ByteStream> stream() const;
    // What a zip reader opens: the path, or the bytes.
    [[nodiscard]] const std::variant<std::filesystem::path, std::string_view>& content() const {
        return content_;
    }
    // Whether the file starts as a zip archive does ("PK\3\4").
    [[nodiscard]] bool is_zip() const;

  private:
    std::variant<std::filesystem::path, std::string_view> content_;
    std::string name_;
    std::uint64_t size_ = 0;
};

}  // namespace hipfit::io

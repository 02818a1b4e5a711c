// A zip archive read in place with libzip (docs/import.md): its members listed, read whole or as a
// stream, never unpacked to disk. A member that would expand beyond kMaxZipExpansion times its
// compressed size, or beyond the size the archive declares for it, is refused as a zip bomb.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/import/import_input.hpp"

namespace hipfit::io {

// How much a member may expand: real exports (XML, CSV) compress 5–30 times; a bomb, thousands of times.
inline constexpr std::uint64_t kMaxZipExpansion = 200;

struct ZipMember {
    std::string name;
    std::uint64_t size = 0;             // uncompressed, as declared
    std::uint64_t compressed_size = 0;  // as stored
};

class ZipArchive {
  public:
    // InvalidInput naming the file when it is not a zip archive libzip can read.
    explicit ZipArchive(const ImportInput& input);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    [[nodiscard]] const std::vector<ZipMember>& members() const { return members_; }
    // The member whose name is `name` or ends in "/" + `name`, outside __MACOSX/; none when absent.
    [[nodiscard]] const ZipMember* find(std::string_view name) const;
    // A member's bytes, streamed as they are inflated.
    [[nodiscard]] std::unique_ptr<ByteStream> open(const ZipMember& member) const;
    // A member's bytes whole; InvalidInput past kMaxWholeFileBytes.
    [[nodiscard]] std::string read(const ZipMember& member) const;

  private:
    struct Handle;
    std::unique_ptr<Handle> handle_;
    std::string name_;
    std::vector<ZipMember> members_;
};

}  // namespace hipfit::io

#include "io/import/import_input.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>

#include <fmt/format.h>

#include "core/base/errors.hpp"

namespace hipfit::io {

namespace {

class FileStream final : public ByteStream {
  public:
    FileStream(const std::filesystem::path& path, const std::string& name)
        : in_(path, std::ios::binary), name_(name) {
        if (!in_)
            throw core::InvalidInput("FILE", fmt::format("{}: cannot be read", name_));
    }
    std::size_t read(std::span<char> into) override {
        in_.read(into.data(), static_cast<std::streamsize>(into.size()));
        if (in_.bad())
            throw core::InvalidInput("FILE", fmt::format("{}: a read failed", name_));
        return static_cast<std::size_t>(in_.gcount());
    }

  private:
    std::ifstream in_;
    std::string name_;
};

class MemoryStream final : public ByteStream {
  public:
    explicit MemoryStream(std::string_view bytes) : rest_(bytes) {}
    std::size_t read(std::span<char> into) override {
        const std::size_t n = std::min(into.size(), rest_.size());
        std::memcpy(into.data(), rest_.data(), n);
        rest_.remove_prefix(n);
        return n;
    }

  private:
    std::string_view rest_;
};

}  // namespace

ImportInput::ImportInput(std::filesystem::path path, std::string name)
    : content_(std::move(path)), name_(std::move(name)) {
    std::error_code error;
    const auto& file = std::get<std::filesystem::path>(content_);
    if (!std::filesystem::is_regular_file(file, error))
        throw core::InvalidInput("FILE", fmt::format("FILE: there is no file {}", name_));
    size_ = std::filesystem::file_size(file, error);
    if (error)
        throw core::InvalidInput("FILE", fmt::format("{}: cannot be read ({})", name_, error.message()));
}

ImportInput::ImportInput(std::string_view bytes, std::string name)
    : content_(bytes), name_(std::move(name)), size_(bytes.size()) {}

std::unique_ptr<ByteStream> ImportInput::stream() const {
    if (const auto* path = std::get_if<std::filesystem::path>(&content_))
        return std::make_unique<FileStream>(*path, name_);
    return std::make_unique<MemoryStream>(std::get<std::string_view>(content_));
}

std::string read_up_to(ByteStream& in, std::size_t limit) {
    std::string bytes(limit, '\0');
    std::size_t filled = 0;
    while (filled < bytes.size()) {
        const std::size_t n = in.read(std::span<char>(bytes.data() + filled, bytes.size() - filled));
        if (n == 0)
            break;
        filled += n;
    }
    bytes.resize(filled);
    return bytes;
}

std::string ImportInput::head(std::size_t limit) const {
    return read_up_to(*stream(), static_cast<std::size_t>(std::min<std::uint64_t>(limit, size_)));
}

std::string ImportInput::whole() const {
    if (size_ > kMaxWholeFileBytes) {
        throw core::InvalidInput("FILE",
                                 fmt::format("{}: {} MB is more than the {} MB an export of this kind "
                                             "can be; is it the right file?",
                                             name_, size_ >> 20, kMaxWholeFileBytes >> 20));
    }
    return head(static_cast<std::size_t>(size_));
}

bool ImportInput::is_zip() const {
    return head(4) == std::string_view("PK\x03\x04", 4);
}

}  // namespace hipfit::io

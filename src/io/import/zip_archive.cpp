#include "io/import/zip_archive.hpp"

#include <zip.h>

#include <fmt/format.h>

#include "core/base/errors.hpp"
#include "core/base/text.hpp"

namespace hipfit::io {

namespace {

[[noreturn]] void refuse(const std::string& file, std::string_view what) {
    throw core::InvalidInput("FILE", fmt::format("{}: {}", file, what));
}

bool mac_resource(std::string_view name) {
    return name.starts_with("__MACOSX/") || name.ends_with(".DS_Store");
}

}  // namespace

struct ZipArchive::Handle {
    zip_t* archive = nullptr;
    ~Handle() {
        if (archive != nullptr)
            zip_discard(archive);
    }
};

namespace {

// A member's inflating stream, guarded against expanding past what the archive declared.
class MemberStream final : public ByteStream {
  public:
    MemberStream(zip_file_t* file, const ZipMember& member, const std::string& archive)
        : file_(file), member_(member), archive_(archive) {}
    ~MemberStream() override { zip_fclose(file_); }
    MemberStream(const MemberStream&) = delete;
    MemberStream& operator=(const MemberStream&) = delete;

    std::size_t read(std::span<char> into) override {
        const zip_int64_t n = zip_fread(file_, into.data(), into.size());
        if (n < 0) {
            refuse(archive_, fmt::format("{} is damaged ({})", core::printable(member_.name),
                                         zip_file_strerror(file_)));
        }
        done_ += static_cast<std::uint64_t>(n);
        if (done_ > member_.size)
            refuse(archive_, fmt::format("{} expands beyond the size the archive gives it: refused",
                                         core::printable(member_.name)));
        return static_cast<std::size_t>(n);
    }

  private:
    zip_file_t* file_;
    ZipMember member_;
    std::string archive_;
    std::uint64_t done_ = 0;
};

}  // namespace

ZipArchive::ZipArchive(const ImportInput& input) : handle_(std::make_unique<Handle>()), name_(input.name()) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = nullptr;
    if (const auto* path = std::get_if<std::filesystem::path>(&input.content())) {
        source = zip_source_file_create(path->c_str(), 0, -1, &error);
    } else {
        const std::string_view bytes = std::get<std::string_view>(input.content());
        source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    }
    if (source != nullptr) {
        handle_->archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (handle_->archive == nullptr)
            zip_source_free(source);
    }
    if (handle_->archive == nullptr) {
        const std::string why = zip_error_strerror(&error);
        zip_error_fini(&error);
        refuse(name_, fmt::format("is not a zip archive hipfit can read ({})", why));
    }
    zip_error_fini(&error);
    const zip_int64_t count = zip_get_num_entries(handle_->archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(handle_->archive, static_cast<zip_uint64_t>(i), 0, &stat) != 0 ||
            stat.name == nullptr)
            refuse(name_, fmt::format("its member {} cannot be read", i + 1));
        members_.push_back({stat.name, stat.size, stat.comp_size});
    }
}

ZipArchive::~ZipArchive() = default;

const ZipMember* ZipArchive::find(std::string_view name) const {
    for (const ZipMember& member : members_) {
        const std::string_view n = member.name;
        if (mac_resource(n))
            continue;
        if (n == name ||
            (n.size() > name.size() && n.ends_with(name) && n[n.size() - name.size() - 1] == '/'))
            return &member;
    }
    return nullptr;
}

std::unique_ptr<ByteStream> ZipArchive::open(const ZipMember& member) const {
    if (member.size > kMaxZipExpansion * std::max<std::uint64_t>(member.compressed_size, 1) &&
        member.size > (1u << 20)) {
        refuse(name_, fmt::format("{} would expand {} times (to {} MB): refused as a zip bomb",
                                  core::printable(member.name),
                                  member.size / std::max<std::uint64_t>(member.compressed_size, 1),
                                  member.size >> 20));
    }
    zip_file_t* file = zip_fopen(handle_->archive, member.name.c_str(), 0);
    if (file == nullptr)
        refuse(name_, fmt::format("{} cannot be opened ({})", core::printable(member.name),
                                  zip_strerror(handle_->archive)));
    return std::make_unique<MemberStream>(file, member, name_);
}

std::string ZipArchive::read(const ZipMember& member) const {
    if (member.size > kMaxWholeFileBytes)
        refuse(name_, fmt::format("{} is {} MB, more than an export of this kind can be",
                                  core::printable(member.name), member.size >> 20));
    return read_up_to(*open(member), static_cast<std::size_t>(member.size));
}

}  // namespace hipfit::io

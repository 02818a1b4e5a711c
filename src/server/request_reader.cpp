// Boost.Beast's request parser with hipfit's limits, and the checks of RFC 9112 it leaves to its user:
// transfer codings other than chunked, and chunk extensions and trailers counted against the header's
// limit (Beast bounds neither).
#include "server/request_reader.hpp"

#include <algorithm>
#include <cctype>
#include <limits>
#include <optional>

#include <fmt/format.h>
#include <boost/asio/buffer.hpp>
#include <boost/beast/http.hpp>

#include "server/header_text.hpp"
#include "server/routes.hpp"
#include "server/server.hpp"

namespace hipfit::server {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;

// Boost 1.74's Beast has its own string_view.
std::string_view view(beast::string_view text) {
    return {text.data(), text.size()};
}

Response bad_request(std::string_view message) {
    return error_response(400, "invalid_input", message);
}

// RFC 9112 §6.1: chunked must be the final transfer coding, applied once, and only in HTTP/1.1 (else
// the body's length is unknown: 400); a coding the server does not implement is 501. Beast alone reads
// "gzip, chunked" as chunked (and the gzip'd bytes as they are) and "gzip" as a request without a body,
// its body then taken for the next request.
std::optional<Response> check_transfer_coding(const http::request_header<>& header) {
    bool present = false;
    int chunked = 0;
    bool chunked_last = false;
    bool other = false;
    const auto [first, last] = header.equal_range(http::field::transfer_encoding);
    for (auto field = first; field != last; ++field) {
        present = true;
        std::string_view list = view(field->value());
        while (!list.empty()) {
            const std::size_t comma = list.find(',');
            const std::string_view coding = trimmed(list.substr(0, comma));
            list = comma == std::string_view::npos ? "" : list.substr(comma + 1);
            if (coding.empty())
                continue;  // an empty list element (RFC 9110 §5.6.1)
            const bool is_chunked = same_ignoring_case(coding, "chunked");
            chunked += is_chunked ? 1 : 0;
            other = other || !is_chunked;
            chunked_last = is_chunked;
        }
    }
    if (!present)
        return std::nullopt;
    if (header.version() < 11)
        return bad_request("Transfer-Encoding is not allowed in HTTP/1.0");
    if (chunked != 1 || !chunked_last)
        return bad_request("Transfer-Encoding must end with chunked, given once");
    if (other)
        return error_response(501, "not_implemented",
                              "only the chunked transfer coding is supported: send the body as it is");
    return std::nullopt;
}

// The bytes of a message's fields as sent ("name: value\r\n"), to count trailers.
std::size_t fields_bytes(const http::request<http::string_body>& message) {
    std::size_t bytes = 0;
    for (const auto& field : message) bytes += field.name_string().size() + field.value().size() + 4;
    return bytes;
}

// A chunk's size line (hex digits and two line ends), beside its extensions, which are counted.
constexpr std::size_t kChunkSizeLine = 24;

}  // namespace

struct RequestReader::Impl {
    explicit Impl(std::string remote_address) {
        head.remote_address = std::move(remote_address);
        parser.header_limit(static_cast<std::uint32_t>(kHeaderLimit));
        // No limit while the header is read: Beast would refuse a Content-Length over its default
        // (1 MiB) as a malformed request (400). limit_body() sets the route's. Not boost::none: Beast
        // 1.74 compares the Content-Length with the optional, and every number is greater than none.
        parser.body_limit(std::numeric_limits<std::uint64_t>::max());
        parser.on_chunk_header(on_chunk_header);
    }

    void on_header_read() {
        const auto& message = parser.get();
        if (header_bytes > kHeaderLimit)  // Beast bounds the request line and the fields each, not both
            return fail(http::error::header_limit);
        if (std::optional<Response> refusal = check_transfer_coding(message.base()))
            return fail(std::move(*refusal));
        head.method = std::string(view(message.method_string()));
        const std::string_view target = view(message.target());
        const std::size_t question = target.find('?');
        head.path = percent_decode(target.substr(0, question), false);
        if (question != std::string_view::npos)
            head.query = parse_query(target.substr(question + 1));
        for (const auto& field : message) {
            std::string name(view(field.name_string()));
            for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            // A field sent twice is one list (RFC 9110 §5.3): a proxy may add its own X-Forwarded-For line.
            const auto [at, added] = head.headers.emplace(std::move(name), std::string(view(field.value())));
            if (!added)
                at->second += ", " + std::string(view(field.value()));
        }
        header_fields = fields_bytes(message);
        keep_alive = message.keep_alive();
        version = message.version();
        parser.eager(true);  // the body in as few calls as it comes
        stage = parser.is_done() ? Stage::complete : Stage::body;
    }

    void on_complete() {
        // Trailers are counted against the header's limit, then dropped: they are not merged into the
        // header (RFC 9110 §6.5.1), so none can add a cookie or a CSRF token after the access check.
        const std::size_t trailers = fields_bytes(parser.get()) - header_fields;
        if (header_bytes + framing_bytes + trailers > kHeaderLimit)
            return fail(http::error::header_limit);
        stage = Stage::complete;
    }

    // Bytes the parser left for more to come in a chunked body are a chunk's size line or the
    // trailers: bounded too, so that no one makes the connection's buffer grow without end.
    void check_framing_waiting(std::size_t waiting) {
        if (stage == Stage::body && parser.chunked() &&
            header_bytes + framing_bytes + waiting > kHeaderLimit + kChunkSizeLine)
            fail(http::error::header_limit);
    }

    void fail(beast::error_code error) {
        if (error == http::error::body_limit) {
            return fail(error_response(413, "too_large",
                                       fmt::format("the body is over the limit of {} bytes", body_limit)));
        }
        if (error == http::error::header_limit) {
            return fail(bad_request(
                stage == Stage::header
                    ? fmt::format("the request's header is over the limit of {} bytes", kHeaderLimit)
                    : fmt::format("the request's header, chunk extensions and trailers are over the limit "
                                  "of {} bytes",
                                  kHeaderLimit)));
        }
        if (error == http::error::bad_chunk || error == http::error::bad_chunk_extension)
            return fail(bad_request("the chunked body is malformed"));
        if (error == http::error::bad_content_length)
            return fail(bad_request("the Content-Length is malformed or given twice"));
        if (error == http::error::bad_transfer_encoding)
            return fail(bad_request("Transfer-Encoding is given twice or with a Content-Length"));
        fail(bad_request("the request could not be read"));
    }
    void fail(Response response) {
        failure = std::move(response);
        stage = Stage::failed;
    }

    std::size_t feed(std::string_view bytes) {
        std::size_t used = 0;
        while (stage == Stage::header || stage == Stage::body) {
            beast::error_code error;
            const std::size_t took =
                parser.put(boost::asio::const_buffer(bytes.data() + used, bytes.size() - used), error);
            used += took;
            if (stage == Stage::header)
                header_bytes += took;
            if (error == http::error::need_more) {
                check_framing_waiting(bytes.size() - used);
                break;
            }
            if (error) {
                fail(error);
                break;
            }
            if (stage == Stage::header && parser.is_header_done()) {
                on_header_read();  // the caller decides on the body before it is read
                break;
            }
            if (parser.is_done()) {
                on_complete();
                break;
            }
            if (took == 0 || used == bytes.size())
                break;
        }
        return used;
    }

    // Called by the parser with each chunk's extensions, which count against the header's limit.
    std::function<void(std::uint64_t, beast::string_view, beast::error_code&)> on_chunk_header =
        [this](std::uint64_t, beast::string_view extensions, beast::error_code& error) {
            framing_bytes += extensions.size();
            if (header_bytes + framing_bytes > kHeaderLimit)
                error = http::error::header_limit;
        };
    http::request_parser<http::string_body> parser;
    Stage stage = Stage::header;
    Request head;
    Response failure;
    std::size_t header_bytes = 0;   // the request line and the fields
    std::size_t header_fields = 0;  // the fields' bytes once the header is read (trailers come after)
    std::size_t framing_bytes = 0;  // chunk extensions so far
    std::size_t body_limit = 0;
    bool keep_alive = false;
    unsigned version = 11;
};

RequestReader::RequestReader(std::string remote_address)
    : impl_(std::make_unique<Impl>(std::move(remote_address))) {}

RequestReader::~RequestReader() = default;

std::size_t RequestReader::feed(std::string_view bytes) {
    return impl_->feed(bytes);
}

RequestReader::Stage RequestReader::stage() const {
    return impl_->stage;
}

const Request& RequestReader::head() const {
    return impl_->head;
}

void RequestReader::limit_body(std::size_t limit) {
    Impl& impl = *impl_;
    impl.body_limit = limit;
    if (impl.stage != Stage::body)
        return;
    if (impl.parser.content_length() && *impl.parser.content_length() > limit)
        return impl.fail(http::error::body_limit);
    impl.parser.body_limit(limit);  // chunks are counted against it as they come
}

Request RequestReader::take() {
    Request request = std::move(impl_->head);
    request.body = std::move(impl_->parser.get().body());
    return request;
}

const Response& RequestReader::failure() const {
    return impl_->failure;
}

bool RequestReader::keep_alive() const {
    return impl_->keep_alive;
}

unsigned RequestReader::version() const {
    return impl_->version;
}

std::variant<Request, Response> read_request(std::string_view bytes, const Admit& admit) {
    RequestReader reader;
    bytes.remove_prefix(reader.feed(bytes));
    if (reader.stage() == RequestReader::Stage::body) {
        const Admission admission =
            admit ? admit(reader.head())
                  : Admission{body_limit_for(reader.head().method, reader.head().path), std::nullopt};
        if (admission.refusal)
            return *admission.refusal;
        reader.limit_body(admission.body_limit);
        reader.feed(bytes);
    }
    switch (reader.stage()) {
        case RequestReader::Stage::complete:
            return reader.take();
        case RequestReader::Stage::failed:
            return reader.failure();
        default:
            return bad_request("the request ended before its header or body did");
    }
}

}  // namespace hipfit::server

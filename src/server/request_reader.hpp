// Bytes from the network into a server::Request, within the server's limits (docs/api.md, "Limits"):
// Boost.Beast's parser with hipfit's settings and the checks Beast leaves to its user. The listener
// feeds it what its socket gives; the fuzz target (fuzz/http_request_fuzz.cpp) feeds it any bytes
// through read_request(). Only request_reader.cpp and listener.cpp include Beast.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <variant>

#include "server/http.hpp"

namespace hipfit::server {

// Reads one request: its header, then, once the caller has decided how large its body may be (from
// the header alone: limit_body()), its body. A new reader for every request.
class RequestReader {
  public:
    enum class Stage {
        header,    // reading the header
        body,      // the header is read (head()); its body follows: call limit_body() before feeding it
        complete,  // the whole request is read (take())
        failed,    // the request is refused (failure()): malformed, too large, or not supported
    };

    explicit RequestReader(std::string remote_address = {});
    ~RequestReader();
    RequestReader(const RequestReader&) = delete;
    RequestReader& operator=(const RequestReader&) = delete;

    // Takes what it can of `bytes`, the next ones that arrived, and returns how many it took. It stops
    // when the stage changes; what it leaves must be offered again, with what arrives after.
    std::size_t feed(std::string_view bytes);

    [[nodiscard]] Stage stage() const;
    // Once the header is read: the request without its body (the stage is body or complete).
    [[nodiscard]] const Request& head() const;
    // The largest body this request may have, set in the body stage before the body is fed. A
    // Content-Length over it fails at once (413), a chunked body as soon as its chunks pass it.
    void limit_body(std::size_t limit);
    // The request, body and all (the stage is complete).
    [[nodiscard]] Request take();
    // What to answer (400, 413, 501) when the stage is failed; the connection is then closed.
    [[nodiscard]] const Response& failure() const;
    // Once the header is read: whether the client keeps the connection open, and the HTTP version
    // (11 for HTTP/1.1).
    [[nodiscard]] bool keep_alive() const;
    [[nodiscard]] unsigned version() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Decides from a request's header how large its body may be, or what to answer instead.
using Admit = std::function<Admission(const Request& head)>;

// One request from `bytes`, as the listener reads it: the request, or the answer the listener would
// give instead (400, 413, 501, or `admit`'s refusal; 400 when the bytes end before the request does).
// Without `admit`, a body may be as large as its route takes (body_limit_for). Bytes after the
// request are ignored.
std::variant<Request, Response> read_request(std::string_view bytes, const Admit& admit = {});

}  // namespace hipfit::server

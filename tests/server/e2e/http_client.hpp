// A small blocking HTTP/1.1 client on POSIX sockets, for the end-to-end tests of 'hipfit serve'. It
// talks only to 127.0.0.1, never waits longer than its timeout, reads bodies by Content-Length, reuses
// one connection (keep-alive), and has a raw mode that sends any bytes and reads whatever comes back.
#pragma once

#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace hipfit::testing::http {

using Headers = std::vector<std::pair<std::string, std::string>>;
using Millis = std::chrono::milliseconds;

inline constexpr Millis kDefaultTimeout{15000};

// A socket failed, the peer closed the connection or a response did not arrive in time.
class HttpError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Nothing came within the timeout.
class Timeout : public HttpError {
  public:
    using HttpError::HttpError;
};

// The connection ended before a whole response came. `received` is what came (empty: nothing at all).
class ConnectionClosed : public HttpError {
  public:
    explicit ConnectionClosed(std::string received)
        : HttpError("the server closed the connection (received " + std::to_string(received.size()) +
                    " bytes of a response)"),
          received_(std::move(received)) {}
    [[nodiscard]] const std::string& received() const { return received_; }

  private:
    std::string received_;
};

struct Response {
    int status = 0;
    std::string reason;
    Headers headers;
    std::string body;

    // The first header of this name, compared without regard to case.
    [[nodiscard]] std::optional<std::string> header(std::string_view name) const;
    [[nodiscard]] nlohmann::json json() const;  // the body parsed; throws HttpError when it is not JSON
    [[nodiscard]] bool closes() const;          // "Connection: close"
};

// Parses one whole response from the front of `bytes`: the response and the bytes it took, or none
// when more bytes are needed. `eof`: nothing more will come (a body without Content-Length ends there).
// Throws HttpError when the bytes are not an HTTP/1.1 response.
std::optional<std::pair<Response, std::size_t>> parse_response(std::string_view bytes, bool eof = false);

// How a raw read ended.
enum class End { closed, reset, timeout };

struct RawRead {
    std::string bytes;
    End end = End::timeout;
};

// One TCP connection to 127.0.0.1:port.
class Connection {
  public:
    // Connects or throws HttpError (e.g. connection refused).
    explicit Connection(unsigned short port, Millis timeout = kDefaultTimeout);
    ~Connection();
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Sends a request and reads its response. Adds Host, and Content-Length when there is a body or
    // the method is POST/PUT. Throws ConnectionClosed or HttpError.
    Response request(std::string_view method, std::string_view target, const Headers& headers = {},
                     std::string_view body = {});

    // Reads one response (after send_raw). Throws ConnectionClosed or HttpError.
    Response read_response();

    // Raw mode: sends the bytes as they are. False when the peer has closed or reset the connection.
    bool send_raw(std::string_view bytes);
    // Reads until the peer closes or resets the connection, or `timeout` passes.
    RawRead read_until_closed(Millis timeout);
    // True when the peer has closed or reset the connection within `timeout` (data before is ignored).
    bool closed_within(Millis timeout);

    // The local port of this end (to find the connection from the server's side).
    [[nodiscard]] unsigned short local_port() const;
    [[nodiscard]] bool is_open() const { return fd_ >= 0; }
    void close();

  private:
    // Appends what arrives to buffer_; 0 on orderly close, -1 on reset. Throws on timeout.
    long receive_some(std::chrono::steady_clock::time_point deadline);

    int fd_ = -1;
    unsigned short port_ = 0;
    Millis timeout_;
    std::string buffer_;  // received and not yet parsed
};

// Is 127.0.0.1:port refusing connections now (no one listening)?
bool connection_refused(unsigned short port);

// How many bytes the client at `client_port` sent that the server on `server_port` has not read yet,
// from the kernel's table (/proc/net/tcp); none when the connection is not found. Lets a test know
// that the server has taken a request in, without sleeping.
std::optional<std::size_t> unread_by_server(unsigned short server_port, unsigned short client_port);

}  // namespace hipfit::testing::http

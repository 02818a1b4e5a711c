#include "tests/server/e2e/http_client.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace hipfit::testing::http {
namespace {

using Clock = std::chrono::steady_clock;

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

int remaining_ms(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<Millis>(deadline - Clock::now()).count();
    return static_cast<int>(std::clamp<long long>(left, 0, 60'000));
}

// Waits for `events` on fd until the deadline; false when the time ran out.
bool wait_for(int fd, short events, Clock::time_point deadline) {
    while (true) {
        pollfd entry{fd, events, 0};
        const int ready = poll(&entry, 1, remaining_ms(deadline));
        if (ready > 0)
            return true;
        if (ready == 0 && Clock::now() >= deadline)
            return false;
        if (ready < 0 && errno != EINTR)
            throw HttpError(std::string("poll: ") + std::strerror(errno));
    }
}

// A non-blocking socket connected to 127.0.0.1:port, or -1 with `error` set (errno of the failure).
int connect_to(unsigned short port, Millis timeout, int& error) {
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        error = errno;
        return -1;
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);  // only ever loopback
    if (connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0)
        return fd;
    error = errno;
    if (error == EINPROGRESS) {
        if (!wait_for(fd, POLLOUT, Clock::now() + timeout)) {
            ::close(fd);
            error = ETIMEDOUT;
            return -1;
        }
        socklen_t length = sizeof error;
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error == 0)
            return fd;
    }
    ::close(fd);
    return -1;
}

}  // namespace

Connection::Connection(unsigned short port, Millis timeout) : port_(port), timeout_(timeout) {
    int error = 0;
    fd_ = connect_to(port, timeout, error);
    if (fd_ < 0)
        throw HttpError("cannot connect to 127.0.0.1:" + std::to_string(port) + ": " + std::strerror(error));
}

Connection::~Connection() {
    close();
}

Connection::Connection(Connection&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      port_(other.port_),
      timeout_(other.timeout_),
      buffer_(std::move(other.buffer_)) {}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        close();
        fd_ = std::exchange(other.fd_, -1);
        port_ = other.port_;
        timeout_ = other.timeout_;
        buffer_ = std::move(other.buffer_);
    }
    return *this;
}

void Connection::close() {
    if (fd_ >= 0)
        ::close(fd_);
    fd_ = -1;
}

unsigned short Connection::local_port() const {
    sockaddr_in address{};
    socklen_t length = sizeof address;
    if (getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        throw HttpError("getsockname failed");
    return ntohs(address.sin_port);
}

bool Connection::send_raw(std::string_view bytes) {
    if (fd_ < 0)
        throw HttpError("the connection is closed");
    const auto deadline = Clock::now() + timeout_;
    while (!bytes.empty()) {
        const ssize_t sent = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (sent > 0) {
            bytes.remove_prefix(static_cast<std::size_t>(sent));
        } else if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
            if (!wait_for(fd_, POLLOUT, deadline))
                throw Timeout("timed out sending to the server");
        } else if (errno == EPIPE || errno == ECONNRESET) {
            return false;
        } else {
            throw HttpError(std::string("send: ") + std::strerror(errno));
        }
    }
    return true;
}

long Connection::receive_some(Clock::time_point deadline) {
    char chunk[64 * 1024];
    while (true) {
        const ssize_t got = ::recv(fd_, chunk, sizeof chunk, 0);
        if (got > 0) {
            buffer_.append(chunk, static_cast<std::size_t>(got));
            return got;
        }
        if (got == 0)
            return 0;
        if (errno == ECONNRESET || errno == EPIPE)
            return -1;
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            throw HttpError(std::string("recv: ") + std::strerror(errno));
        if (!wait_for(fd_, POLLIN, deadline))
            throw Timeout("timed out waiting for the server (received " + std::to_string(buffer_.size()) +
                          " bytes)");
    }
}

Response Connection::read_response() {
    if (fd_ < 0)
        throw HttpError("the connection is closed");
    const auto deadline = Clock::now() + timeout_;
    while (true) {
        if (auto parsed = parse_response(buffer_)) {
            buffer_.erase(0, parsed->second);
            return std::move(parsed->first);
        }
        if (receive_some(deadline) <= 0) {
            if (auto parsed = parse_response(buffer_, true)) {
                buffer_.erase(0, parsed->second);
                return std::move(parsed->first);
            }
            throw ConnectionClosed(std::exchange(buffer_, {}));
        }
    }
}

Response Connection::request(std::string_view method, std::string_view target, const Headers& headers,
                             std::string_view body) {
    std::string message = std::string(method) + " " + std::string(target) + " HTTP/1.1\r\n";
    bool has_host = false;
    bool has_length = false;
    for (const auto& [name, value] : headers) {
        has_host = has_host || lower(name) == "host";
        has_length = has_length || lower(name) == "content-length";
        message += name + ": " + value + "\r\n";
    }
    if (!has_host)
        message += "Host: 127.0.0.1:" + std::to_string(port_) + "\r\n";
    if (!has_length && (!body.empty() || method == "POST" || method == "PUT"))
        message += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    message += "\r\n";
    message += body;
    // A server may answer (413) and close before it has read everything: read what it said anyway.
    send_raw(message);
    return read_response();
}

RawRead Connection::read_until_closed(Millis timeout) {
    RawRead result;
    const auto deadline = Clock::now() + timeout;
    try {
        while (true) {
            const long got = receive_some(deadline);
            if (got == 0 || got == -1) {
                result.end = got == 0 ? End::closed : End::reset;
                break;
            }
        }
    } catch (const Timeout&) {
        result.end = End::timeout;
    }
    result.bytes = std::exchange(buffer_, {});
    return result;
}

bool Connection::closed_within(Millis timeout) {
    return read_until_closed(timeout).end != End::timeout;
}

bool connection_refused(unsigned short port) {
    int error = 0;
    const int fd = connect_to(port, Millis(2000), error);
    if (fd >= 0)
        ::close(fd);
    return fd < 0 && error == ECONNREFUSED;
}

std::optional<std::size_t> unread_by_server(unsigned short server_port, unsigned short client_port) {
    // "sl local_address rem_address st tx_queue:rx_queue …", addresses as HEXIP:HEXPORT.
    std::ifstream table("/proc/net/tcp");
    std::string line;
    std::getline(table, line);  // the column titles
    while (std::getline(table, line)) {
        std::istringstream fields(line);
        std::string slot, local, remote, state, queues;
        fields >> slot >> local >> remote >> state >> queues;
        const auto port_of = [](const std::string& address) {
            return static_cast<unsigned short>(
                std::stoul(address.substr(address.find(':') + 1), nullptr, 16));
        };
        if (local.find(':') == std::string::npos || remote.find(':') == std::string::npos ||
            queues.find(':') == std::string::npos)
            continue;
        if (port_of(local) == server_port && port_of(remote) == client_port)
            return static_cast<std::size_t>(std::stoul(queues.substr(queues.find(':') + 1), nullptr, 16));
    }
    return std::nullopt;
}

}  // namespace hipfit::testing::http

// The network side of hipfit serve, on Boost.Beast and Asio: accepting connections (at most so many, and
// so many from one address), reading requests within limits (RequestReader), checking access before a
// large body is read, writing responses, and shutting down without losing a write. The handlers never
// see a socket: each request becomes a server::Request and goes to dispatch().
#include <algorithm>
#include <atomic>
#include <csignal>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "server/group_commit.hpp"
#include "server/password_pool.hpp"
#include "server/request_reader.hpp"
#include "server/routes.hpp"
#include "server/server.hpp"
#include "store/database.hpp"
#include "store/open.hpp"

namespace hipfit::server {
namespace {

namespace net = boost::asio;

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

// Each worker thread has its own connection to the database (SQLite connections are not shared).
thread_local store::Database* t_database = nullptr;

class Listener;

class Session : public std::enable_shared_from_this<Session> {
  public:
    Session(tcp::socket&& socket, std::shared_ptr<Listener> listener, std::string address_key)
        : stream_(std::move(socket)), listener_(std::move(listener)), address_key_(std::move(address_key)) {
        beast::error_code error;
        const tcp::endpoint remote = stream_.socket().remote_endpoint(error);
        if (!error)
            remote_address_ = remote.address().to_string();
    }
    ~Session();

    void start() {
        net::dispatch(stream_.get_executor(),
                      beast::bind_front_handler(&Session::next_request, shared_from_this()));
    }
    // Closes the connection unless a request is being handled (shutdown).
    void close_if_idle() {
        net::post(stream_.get_executor(), [self = shared_from_this()] {
            if (!self->busy_)
                self->close();
        });
    }

  private:
    void next_request();
    void parse();
    void read_more();
    void on_read(beast::error_code error, std::size_t bytes);
    bool admit_body();
    void handle();
    void refuse(Response response);
    void respond(Response response, bool keep_alive, unsigned version);
    void on_written(bool keep_alive, beast::error_code error, std::size_t);
    void drain();
    void discard_some();
    void close() {
        beast::error_code ignored;
        stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
        stream_.close();
    }

    static constexpr std::size_t kReadSize = 64 * 1024;

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;  // received, not yet taken by the reader
    std::optional<RequestReader> reader_;
    std::shared_ptr<http::response<http::string_body>> response_;
    std::shared_ptr<Listener> listener_;  // outlives every session, even one ended by ~io_context
    std::string address_key_;             // what the per-address limit counts (Listener::address_key)
    std::string remote_address_;
    std::size_t drained_ = 0;
    bool busy_ = false;
    bool head_ = false;                // the request was HEAD: the response goes without its body
    bool drain_on_close_ = false;      // answered before the request was read to its end
    std::optional<Response> refusal_;  // the access check's answer, given once a small body is read
};

class Listener : public std::enable_shared_from_this<Listener> {
  public:
    Listener(net::io_context& io, ServerState& state, tcp::endpoint endpoint)
        : io_(io), state_(state), acceptor_(net::make_strand(io)), grace_(net::make_strand(io)) {
        acceptor_.open(endpoint.protocol());
        acceptor_.set_option(net::socket_base::reuse_address(true));
        acceptor_.bind(endpoint);
        acceptor_.listen(net::socket_base::max_listen_connections);
    }

    [[nodiscard]] tcp::endpoint local_endpoint() const { return acceptor_.local_endpoint(); }
    [[nodiscard]] ServerState& state() { return state_; }
    [[nodiscard]] bool stopping() const { return stopping_; }

    // How long a new request's header may take (and an idle keep-alive connection wait): less once
    // more than half the connection slots are taken, so that slow and idle clients give theirs up
    // sooner to those who are waiting (the slow-header attack; OWASP Denial of Service Cheat Sheet).
    [[nodiscard]] std::chrono::seconds header_timeout() const {
        return std::chrono::seconds(open_ * 2 > state_.options().max_connections
                                        ? kHeaderTimeoutUnderPressureSeconds
                                        : kHeaderTimeoutSeconds);
    }

    void accept() {
        acceptor_.async_accept(net::make_strand(io_),
                               beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
    }

    // Stop accepting, close idle connections, let busy ones finish; after the grace period, stop anyway.
    void stop() {
        stopping_ = true;
        net::post(acceptor_.get_executor(), [self = shared_from_this()] {
            beast::error_code ignored;
            self->acceptor_.close(ignored);
        });
        std::vector<std::shared_ptr<Session>> open;
        {
            std::lock_guard lock(mutex_);
            for (const auto& [raw, weak] : sessions_) {
                if (auto session = weak.lock())
                    open.push_back(std::move(session));
            }
        }
        for (const auto& session : open) session->close_if_idle();
        net::post(grace_.get_executor(), [self = shared_from_this()] {
            self->grace_.expires_after(std::chrono::seconds(kShutdownGraceSeconds));
            self->grace_.async_wait([self](beast::error_code error) {
                if (!error)
                    self->io_.stop();
            });
            self->finish_if_done();
        });
    }

    // Never locks a weak_ptr under mutex_: the shared_ptr it made could be a session's last owner, and
    // that session's destructor would come back here and wait for mutex_ forever (seen as a server that
    // hung on SIGTERM with every thread in forget()).
    void forget(Session* session, const std::string& address_key) {
        std::lock_guard lock(mutex_);
        sessions_.erase(session);
        if (const auto found = per_address_.find(address_key);
            found != per_address_.end() && --found->second == 0)
            per_address_.erase(found);
        --open_;
        if (stopping_ && open_ == 0)
            net::post(grace_.get_executor(), [self = shared_from_this()] { self->grace_.cancel(); });
    }

  private:
    void on_accept(beast::error_code error, tcp::socket socket) {
        if (error == net::error::operation_aborted || stopping_)
            return;
        if (error) {
            // Out of file descriptors or the like: wait a moment rather than spin on accept.
            retry_.expires_after(std::chrono::milliseconds(kAcceptRetryMilliseconds));
            retry_.async_wait([self = shared_from_this()](beast::error_code) {
                if (!self->stopping_)
                    self->accept();
            });
            return;
        }
        std::string key = address_key(socket);
        // On the acceptor's strand: no other accept changes the counts between the check and the count.
        if (open_ >= state_.options().max_connections) {
            refuse(socket, "the server is busy; try again in a moment");
        } else if (connections_from(key) >= state_.options().max_connections_per_address) {
            refuse(socket, "too many connections from your address; close some and try again");
        } else {
            auto session = std::make_shared<Session>(std::move(socket), shared_from_this(), key);
            {
                std::lock_guard lock(mutex_);
                sessions_.emplace(session.get(), session);
                ++per_address_[key];
                ++open_;
            }
            session->start();
        }
        accept();
    }

    // The client's address, an IPv6 address by its /64 (what one site or one host is given, RFC 4291
    // §2.5.4 and RFC 7421), an IPv4-mapped one as IPv4: what one client cannot easily have many of.
    static std::string address_key(const tcp::socket& socket) {
        beast::error_code error;
        const tcp::endpoint remote = socket.remote_endpoint(error);
        if (error)
            return {};
        const net::ip::address address = remote.address();
        if (!address.is_v6())
            return address.to_string();
        const net::ip::address_v6 v6 = address.to_v6();
        if (v6.is_v4_mapped())
            return net::ip::make_address_v4(net::ip::v4_mapped, v6).to_string();
        net::ip::address_v6::bytes_type bytes = v6.to_bytes();
        std::fill(bytes.begin() + 8, bytes.end(), 0);
        return net::ip::address_v6(bytes).to_string() + "/64";
    }

    std::size_t connections_from(const std::string& key) {
        std::lock_guard lock(mutex_);
        const auto found = per_address_.find(key);
        return found == per_address_.end() ? 0 : found->second;
    }

    // Over a connection limit: a short 503, written at once, then the connection is closed.
    static void refuse(tcp::socket& socket, std::string_view message) {
        const std::string body = error_response(503, "unavailable", message).body;
        const std::string busy = fmt::format(
            "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nConnection: close\r\n"
            "Retry-After: 1\r\nContent-Length: {}\r\n\r\n{}",
            body.size(), body);
        beast::error_code ignored;
        net::write(socket, net::buffer(busy), ignored);
        socket.shutdown(tcp::socket::shutdown_both, ignored);
        socket.close(ignored);
    }

    // On the timer's strand: no connection left, nothing to wait for.
    void finish_if_done() {
        if (open_ == 0)
            grace_.cancel();
    }

    net::io_context& io_;
    ServerState& state_;
    tcp::acceptor acceptor_;
    net::steady_timer grace_;
    net::steady_timer retry_{acceptor_.get_executor()};
    static constexpr int kAcceptRetryMilliseconds = 100;
    std::atomic<bool> stopping_ = false;
    std::mutex mutex_;
    std::unordered_map<Session*, std::weak_ptr<Session>> sessions_;  // by address: forget() needs no lock()
    std::unordered_map<std::string, std::size_t> per_address_;       // open connections by address_key()
    std::atomic<std::size_t> open_ = 0;
};

Session::~Session() {
    listener_->forget(this, address_key_);
}

// A new request on this connection: a new reader, and the header's deadline.
void Session::next_request() {
    busy_ = false;
    head_ = false;
    refusal_.reset();
    if (listener_->stopping()) {
        close();
        return;
    }
    reader_.emplace(remote_address_);
    stream_.expires_after(listener_->header_timeout());
    parse();  // a client may have sent the next request already (pipelining)
}

// Gives the reader what has arrived and acts on where it stands.
void Session::parse() {
    while (true) {
        const auto received = buffer_.data();
        buffer_.consume(reader_->feed({static_cast<const char*>(received.data()), received.size()}));
        switch (reader_->stage()) {
            case RequestReader::Stage::header:
                return read_more();
            case RequestReader::Stage::body:
                if (busy_)
                    return read_more();
                if (!admit_body())
                    return;
                continue;  // with the body's bytes that came with the header
            case RequestReader::Stage::complete:
                if (refusal_)  // the small body of a refused request, read and dropped
                    return respond(*std::exchange(refusal_, std::nullopt), reader_->keep_alive(),
                                   reader_->version());
                return handle();
            case RequestReader::Stage::failed:
                return refuse(refusal_ ? *std::exchange(refusal_, std::nullopt) : reader_->failure());
        }
    }
}

void Session::read_more() {
    stream_.async_read_some(buffer_.prepare(kReadSize),
                            beast::bind_front_handler(&Session::on_read, shared_from_this()));
}

void Session::on_read(beast::error_code error, std::size_t bytes) {
    if (error) {
        // A timeout, a closed or reset connection: no one to answer.
        close();
        return;
    }
    buffer_.commit(bytes);
    parse();
}

// The header is read and a body follows: who is calling decides how large it may be. A caller the
// access check refuses gets no more than the anonymous limit: a small body is read and dropped, so that
// the connection goes on as if the refusal had come after it; a larger one is not read at all, and the
// refusal comes at once. So no one without a session makes the server hold more than that limit (OWASP
// Denial of Service Cheat Sheet: bound what an unauthenticated client can make the server hold).
bool Session::admit_body() {
    busy_ = true;
    Admission admission = admit(reader_->head(), *t_database, listener_->state());
    if (admission.refusal) {
        refusal_ = std::move(admission.refusal);
        admission.body_limit = Route::kAnonymousBodyLimit;
    }
    reader_->limit_body(admission.body_limit);
    if (reader_->stage() == RequestReader::Stage::failed) {
        refuse(refusal_ ? *std::exchange(refusal_, std::nullopt) : reader_->failure());
        return false;
    }
    stream_.expires_after(std::chrono::seconds(kBodyTimeoutSeconds));
    return true;
}

void Session::handle() {
    busy_ = true;
    head_ = reader_->head().method == "HEAD";
    const bool keep_alive = reader_->keep_alive();
    const unsigned version = reader_->version();
    auto request = std::make_shared<const Request>(reader_->take());
    // The reply may come from the group commit's writer thread: back onto this connection's strand.
    dispatch(std::move(request), *t_database, listener_->state(),
             [self = shared_from_this(), keep_alive, version,
              // Keeps the server running until the reply is written, even during shutdown.
              work = net::make_work_guard(stream_.get_executor())](Response response) {
                 net::post(self->stream_.get_executor(),
                           [self, keep_alive, version, response = std::move(response)]() mutable {
                               self->respond(std::move(response), keep_alive, version);
                           });
             });
}

// An answer before the request was read to its end: the connection then closes, after draining.
void Session::refuse(Response response) {
    drain_on_close_ = true;
    respond(std::move(response), false, reader_->version());
}

void Session::respond(Response response, bool keep_alive, unsigned version) {
    keep_alive = keep_alive && !listener_->stopping();
    response_ = std::make_shared<http::response<http::string_body>>(
        static_cast<http::status>(response.status), version);
    auto& message = *response_;
    message.set(http::field::server, "hipfit");
    if (!response.content_type.empty())
        message.set(http::field::content_type, response.content_type);
    message.set(http::field::cache_control, "no-store");  // unless the response says otherwise
    message.set("X-Content-Type-Options", "nosniff");
    for (const auto& [name, value] : response.headers) message.set(name, value);
    message.body() = std::move(response.body);
    message.keep_alive(keep_alive);
    message.prepare_payload();
    if (head_)
        message.body().clear();  // Content-Length stays: what GET would send
    stream_.expires_after(std::chrono::seconds(kBodyTimeoutSeconds));
    http::async_write(stream_, message,
                      beast::bind_front_handler(&Session::on_written, shared_from_this(), keep_alive));
}

void Session::on_written(bool keep_alive, beast::error_code error, std::size_t) {
    response_.reset();
    if (!error && !keep_alive && drain_on_close_) {
        drain();
        return;
    }
    if (error || !keep_alive) {
        close();
        return;
    }
    next_request();
}

// Closing a socket with unread bytes makes the kernel send a reset, and a client that is still
// sending its body may then lose the answer it was sent. So: stop sending, read and throw away what
// still comes for a while, then close (RFC 9112 §9.6, "Tear-down").
void Session::drain() {
    busy_ = false;  // shutdown closes it at once
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    buffer_.consume(buffer_.size());
    drained_ = 0;
    stream_.expires_after(std::chrono::seconds(kDrainSeconds));
    discard_some();
}

void Session::discard_some() {
    if (listener_->stopping()) {
        close();
        return;
    }
    stream_.async_read_some(buffer_.prepare(kReadSize),
                            [self = shared_from_this()](beast::error_code error, std::size_t bytes) {
                                self->drained_ += bytes;
                                if (error || self->drained_ >= kDrainLimit)
                                    self->close();
                                else
                                    self->discard_some();
                            });
}

tcp::endpoint endpoint_of(const ServerOptions& options) {
    beast::error_code error;
    const net::ip::address address = net::ip::make_address(options.address, error);
    if (error)
        throw ListenError(options.address, options.port, "not an IP address");
    return {address, options.port};
}

}  // namespace

ListenError::ListenError(const std::string& address, unsigned short port, std::string reason)
    : std::runtime_error(fmt::format("cannot listen on {}:{}: {}", address, port, reason)),
      reason_(std::move(reason)) {}

void serve(ServerState& state, std::ostream& out) {
    const ServerOptions& options = state.options();
    const tcp::endpoint endpoint = endpoint_of(options);  // an address that is none writes nothing
    // Open (and migrate) the database before listening, so a bad path fails at once.
    store::Database main_database(options.database_location);
    const int threads = options.threads > 0
                            ? options.threads
                            : static_cast<int>(std::max(2u, std::thread::hardware_concurrency()));
    // Declared after the io_context, the group commit is drained (and its writer stopped) before the
    // io_context goes: a reply it hands over after the grace period lands in a stopped, living context.
    net::io_context io(threads);
    GroupCommit group_commit(options.database_location);
    state.group_commit = &group_commit;
    PasswordPool password_pool(options.database_location, PasswordPool::default_threads());
    state.password_pool = &password_pool;
    std::shared_ptr<Listener> listener;
    try {
        listener = std::make_shared<Listener>(io, state, endpoint);
    } catch (const boost::system::system_error& error) {
        throw ListenError(options.address, options.port, error.code().message());
    }
    net::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](beast::error_code error, int) {
        if (!error)
            listener->stop();
    });
    listener->accept();
    const tcp::endpoint bound = listener->local_endpoint();
    fmt::print(out, "hipfit serves http://{}:{} (database {})\n", bound.address().to_string(), bound.port(),
               store::printable_location(options.database_location));
    out.flush();

    std::vector<std::thread> workers;
    std::vector<std::exception_ptr> failures(static_cast<std::size_t>(threads));
    for (int i = 1; i < threads; ++i) {
        workers.emplace_back([&, i] {
            try {
                store::Database database(options.database_location);
                t_database = &database;
                io.run();
            } catch (...) {
                failures[static_cast<std::size_t>(i)] = std::current_exception();
                io.stop();
            }
        });
    }
    t_database = &main_database;
    try {
        io.run();
    } catch (...) {  // as on the workers: stop, join them, then rethrow (never destroy a joinable thread)
        failures[0] = std::current_exception();
        io.stop();
    }
    for (std::thread& worker : workers) worker.join();
    signals.cancel();
    state.group_commit = nullptr;
    state.password_pool = nullptr;
    for (const std::exception_ptr& failure : failures) {
        if (failure)
            std::rethrow_exception(failure);
    }
}

}  // namespace hipfit::server

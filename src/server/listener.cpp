// The network side of hipfit serve, on Boost.Beast and Asio: accepting connections, reading requests
// within limits, writing responses, and shutting down without losing a write. The handlers never see a
// socket: each request becomes a server::Request and goes to dispatch().
#include <atomic>
#include <csignal>
#include <limits>
#include <mutex>
#include <ostream>
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
#include "server/routes.hpp"
#include "server/server.hpp"
#include "store/database.hpp"

namespace hipfit::server {
namespace {

namespace net = boost::asio;

// Boost 1.74's Beast has its own string_view.
std::string_view view(boost::beast::string_view text) {
    return {text.data(), text.size()};
}

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

// Each worker thread has its own connection to the database (SQLite connections are not shared).
thread_local store::Database* t_database = nullptr;

class Listener;

class Session : public std::enable_shared_from_this<Session> {
  public:
    Session(tcp::socket&& socket, std::shared_ptr<Listener> listener)
        : stream_(std::move(socket)), listener_(std::move(listener)) {}
    ~Session();

    void start() {
        net::dispatch(stream_.get_executor(),
                      beast::bind_front_handler(&Session::read_header, shared_from_this()));
    }
    // Closes the connection unless a request is being handled (shutdown).
    void close_if_idle() {
        net::post(stream_.get_executor(), [self = shared_from_this()] {
            if (!self->busy_)
                self->close();
        });
    }

  private:
    void read_header();
    void on_header(beast::error_code error, std::size_t);
    void on_body(beast::error_code error, std::size_t);
    void respond(Response response, bool keep_alive, unsigned version);
    void on_written(bool keep_alive, beast::error_code error, std::size_t);
    void close() {
        beast::error_code ignored;
        stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
        stream_.close();
    }

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    std::shared_ptr<http::response<http::string_body>> response_;
    std::shared_ptr<Listener> listener_;  // outlives every session, even one ended by ~io_context
    bool busy_ = false;
    bool head_ = false;  // the request was HEAD: the response goes without its body
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
    void forget(Session* session) {
        std::lock_guard lock(mutex_);
        sessions_.erase(session);
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
        if (open_ >= state_.options().max_connections) {
            refuse(socket);
        } else {
            auto session = std::make_shared<Session>(std::move(socket), shared_from_this());
            {
                std::lock_guard lock(mutex_);
                sessions_.emplace(session.get(), session);
                ++open_;
            }
            session->start();
        }
        accept();
    }

    // Over the connection cap: a short 503, written at once, then the connection is closed.
    static void refuse(tcp::socket& socket) {
        static constexpr std::string_view kBusy =
            "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nConnection: close\r\n"
            "Retry-After: 1\r\nContent-Length: 86\r\n\r\n"
            R"({"error":{"code":"unavailable","message":"the server is busy; try again in a moment"}})";
        beast::error_code ignored;
        net::write(socket, net::buffer(kBusy.data(), kBusy.size()), ignored);
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
    std::atomic<std::size_t> open_ = 0;
};

Session::~Session() {
    listener_->forget(this);
}

void Session::read_header() {
    busy_ = false;
    head_ = false;
    if (listener_->stopping()) {
        close();
        return;
    }
    parser_.emplace();
    parser_->header_limit(kHeaderLimit);
    // No limit while the header is read: Beast's default (1 MiB) would refuse a larger Content-Length
    // there as a malformed request (400). on_header applies the route's limit (413). Not boost::none:
    // Beast 1.74 compares the Content-Length with the optional, and every number is greater than none.
    parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
    stream_.expires_after(std::chrono::seconds(kHeaderTimeoutSeconds));
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&Session::on_header, shared_from_this()));
}

void Session::on_header(beast::error_code error, std::size_t) {
    if (error) {
        // A timeout, a closed connection or a malformed header: nothing to answer on this connection.
        if (error != http::error::end_of_stream && error != beast::error::timeout &&
            error != net::error::operation_aborted && error != net::error::connection_reset)
            respond(error_response(400, "invalid_input", "the request could not be read"), false, 11);
        else
            close();
        return;
    }
    busy_ = true;
    const auto& header = parser_->get();
    const std::string_view target = view(header.target());
    const std::size_t limit =
        body_limit_for(view(header.method_string()), target.substr(0, target.find('?')));
    parser_->body_limit(limit);
    if (parser_->content_length() && *parser_->content_length() > limit) {
        respond(
            error_response(413, "too_large", fmt::format("the body is over the limit of {} bytes", limit)),
            false, header.version());
        return;
    }
    stream_.expires_after(std::chrono::seconds(kBodyTimeoutSeconds));
    http::async_read(stream_, buffer_, *parser_,
                     beast::bind_front_handler(&Session::on_body, shared_from_this()));
}

Request to_request(http::request<http::string_body>& message, const tcp::socket& socket) {
    Request request;
    request.method = std::string(view(message.method_string()));
    const std::string_view target = view(message.target());
    const std::size_t question = target.find('?');
    request.path = percent_decode(target.substr(0, question), false);
    if (question != std::string_view::npos)
        request.query = parse_query(target.substr(question + 1));
    for (const auto& field : message) {
        std::string name(view(field.name_string()));
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        // A field sent twice is one list (RFC 9110 §5.3): a proxy may add its own X-Forwarded-For line.
        const auto [at, added] = request.headers.emplace(std::move(name), std::string(view(field.value())));
        if (!added)
            at->second += ", " + std::string(view(field.value()));
    }
    request.body = std::move(message.body());
    beast::error_code error;
    const tcp::endpoint remote = socket.remote_endpoint(error);
    if (!error)
        request.remote_address = remote.address().to_string();
    return request;
}

void Session::on_body(beast::error_code error, std::size_t) {
    if (error == http::error::body_limit) {
        respond(error_response(413, "too_large", "the body is over the limit"), false,
                parser_->get().version());
        return;
    }
    if (error) {
        close();
        return;
    }
    http::request<http::string_body> message = parser_->release();
    head_ = message.method() == http::verb::head;
    const bool keep_alive = message.keep_alive();
    const unsigned version = message.version();
    auto request = std::make_shared<const Request>(to_request(message, stream_.socket()));
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
    if (error || !keep_alive) {
        close();
        return;
    }
    read_header();
}

tcp::endpoint endpoint_of(const ServerOptions& options) {
    beast::error_code error;
    const net::ip::address address = net::ip::make_address(options.address, error);
    if (error)
        throw std::runtime_error(fmt::format("--listen: '{}' is not an IP address", options.address));
    return {address, options.port};
}

}  // namespace

void serve(ServerState& state, std::ostream& out) {
    const ServerOptions& options = state.options();
    // Open (and migrate) the database before listening, so a bad path fails at once.
    store::Database main_database(options.database_path);
    const int threads = options.threads > 0
                            ? options.threads
                            : static_cast<int>(std::max(2u, std::thread::hardware_concurrency()));
    // Declared after the io_context, the group commit is drained (and its writer stopped) before the
    // io_context goes: a reply it hands over after the grace period lands in a stopped, living context.
    net::io_context io(threads);
    GroupCommit group_commit(options.database_path);
    state.group_commit = &group_commit;
    PasswordPool password_pool(options.database_path, PasswordPool::default_threads());
    state.password_pool = &password_pool;
    std::shared_ptr<Listener> listener;
    try {
        listener = std::make_shared<Listener>(io, state, endpoint_of(options));
    } catch (const boost::system::system_error& error) {
        throw std::runtime_error(
            fmt::format("cannot listen on {}:{}: {}", options.address, options.port, error.code().message()));
    }
    net::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](beast::error_code error, int) {
        if (!error)
            listener->stop();
    });
    listener->accept();
    const tcp::endpoint bound = listener->local_endpoint();
    fmt::print(out, "hipfit serves http://{}:{} (database {})\n", bound.address().to_string(), bound.port(),
               options.database_path);
    out.flush();

    std::vector<std::thread> workers;
    std::vector<std::exception_ptr> failures(static_cast<std::size_t>(threads));
    for (int i = 1; i < threads; ++i) {
        workers.emplace_back([&, i] {
            try {
                store::Database database(options.database_path);
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

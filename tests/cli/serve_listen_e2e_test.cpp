// 'hipfit serve --listen ADDR' where nothing can be served (issue 13, point 7): a port in use or an
// address that is none is named with the reason, exit 2, and no "internal error".
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "tests/cli/hipfit_fixture.hpp"

namespace hipfit::testing {
namespace {

// A socket listening on 127.0.0.1 at a port the system chose, closed when the object goes.
class BusyPort {
  public:
    BusyPort() : socket_(::socket(AF_INET, SOCK_STREAM, 0)) {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        auto* generic = reinterpret_cast<sockaddr*>(&address);
        if (socket_ < 0 || ::bind(socket_, generic, length) != 0 || ::listen(socket_, 1) != 0 ||
            ::getsockname(socket_, generic, &length) != 0)
            throw std::runtime_error("could not listen on 127.0.0.1");
        port_ = ntohs(address.sin_port);
    }
    ~BusyPort() { ::close(socket_); }
    BusyPort(const BusyPort&) = delete;
    BusyPort& operator=(const BusyPort&) = delete;

    [[nodiscard]] int port() const { return port_; }

  private:
    int socket_;
    int port_ = 0;
};

TEST_F(HipfitBinary, ServeOnAPortInUseNamesTheAddressAndExits2) {
    const BusyPort busy;
    const std::string listen = "127.0.0.1:" + std::to_string(busy.port());
    const ProcessResult result = hipfit({"serve", "--listen", listen});
    EXPECT_EQ(result.exit_code, 2) << result.out << result.err;
    EXPECT_NE(result.err.find("cannot listen on " + listen + ": address already in use"), std::string::npos)
        << result.err;
    EXPECT_EQ(result.err.find("internal error"), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "") << "it never said it serves";
}

TEST_F(HipfitBinary, ServeOnAnAddressThatIsNoneNamesItExits2AndWritesNothing) {
    for (const std::string listen : {"localhost:8080", "300.1.1.1:8080", "[::1:8080"}) {
        const ProcessResult result = hipfit({"serve", "--listen", listen});
        EXPECT_EQ(result.exit_code, 2) << listen << ": " << result.out << result.err;
        EXPECT_NE(result.err.find("cannot listen on " + listen + ": not an IP address"), std::string::npos)
            << result.err;
        EXPECT_EQ(result.err.find("internal error"), std::string::npos) << result.err;
        EXPECT_EQ(result.out, "");
        EXPECT_EQ(read_file_or_missing(database()), "<missing>") << "no database is created";
    }
    // Not ADDRESS:PORT at all: the form is explained.
    const ProcessResult no_port = hipfit({"serve", "--listen", "127.0.0.1"});
    EXPECT_EQ(no_port.exit_code, 2);
    EXPECT_NE(no_port.err.find("'127.0.0.1' is not ADDRESS:PORT"), std::string::npos) << no_port.err;
}

}  // namespace
}  // namespace hipfit::testing

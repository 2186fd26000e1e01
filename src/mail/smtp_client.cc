#include "mail/smtp_client.h"

#include <openssl/ssl.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/write.hpp>
#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "mail/encoding.h"

namespace firsthire::mail {
namespace {

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;
using tcp = asio::ip::tcp;
using ErrorCode = boost::system::error_code;

constexpr std::size_t kMaxReply = 64 * 1024;

struct Reply {
  int code = 0;
  std::vector<std::string> lines;  // the text after each "NNN-" / "NNN "
  std::string Text() const {
    std::string text;
    for (const std::string& line : lines) text += (text.empty() ? "" : " ") + line;
    return text;
  }
};

// One SMTP conversation on one connection.
class Conversation {
 public:
  explicit Conversation(const SmtpSettings& settings)
      : settings_(settings), tls_context_(ssl::context::tls_client), stream_(io_, tls_context_) {}

  Status Connect() {
    tcp::resolver resolver(io_);
    tcp::resolver::results_type endpoints;
    FH_RETURN_IF_ERROR(Await("resolving " + settings_.host, [&](auto done) {
      resolver.async_resolve(settings_.host, std::to_string(settings_.port),
                             [&, done](ErrorCode ec, tcp::resolver::results_type results) {
                               endpoints = std::move(results);
                               done(ec);
                             });
    }));
    return Await("connecting to " + settings_.host + ":" + std::to_string(settings_.port),
                 [&](auto done) {
                   asio::async_connect(stream_.next_layer(), endpoints,
                                       [done](ErrorCode ec, const tcp::endpoint&) { done(ec); });
                 });
  }

  // Sends `line` + CRLF (unless empty) and reads the reply; an answer
  // outside `expected_class` (2 for 2xx, 3 for 3xx) is an error naming `step`.
  Result<Reply> Command(const std::string& line, const std::string& step, int expected_class) {
    if (!line.empty()) FH_RETURN_IF_ERROR(Write(line + "\r\n", step));
    FH_ASSIGN_OR_RETURN(Reply reply, Read(step));
    if (reply.code / 100 != expected_class) {
      std::string text =
          step + ": the server answered " + std::to_string(reply.code) + " " + reply.Text();
      return reply.code / 100 == 5 ? Status::InvalidInput(text) : Status::Unavailable(text);
    }
    return reply;
  }

  Status Write(std::string_view data, const std::string& step) {
    return Await(step, [&](auto done) {
      auto handler = [done](ErrorCode ec, std::size_t) { done(ec); };
      if (tls_) {
        asio::async_write(stream_, asio::buffer(data.data(), data.size()), handler);
      } else {
        asio::async_write(stream_.next_layer(), asio::buffer(data.data(), data.size()), handler);
      }
    });
  }

  Status StartTls(bool verify) {
    if (verify) {
      stream_.set_verify_mode(ssl::verify_peer);  // the stream's SSL object exists already
      ErrorCode ec;
      if (settings_.ca_file.empty()) {
        tls_context_.set_default_verify_paths(ec);
      } else {
        tls_context_.load_verify_file(settings_.ca_file, ec);
      }
      if (ec) return Status::Unavailable("reading the CA certificates: " + ec.message());
      stream_.set_verify_callback(ssl::host_name_verification(settings_.host));
    } else {
      stream_.set_verify_mode(ssl::verify_none);
    }
    ErrorCode not_an_address;
    asio::ip::make_address(settings_.host, not_an_address);
    if (not_an_address) {  // server name indication carries host names only
      SSL_set_tlsext_host_name(stream_.native_handle(), settings_.host.c_str());
    }
    FH_RETURN_IF_ERROR(Await("the TLS handshake", [&](auto done) {
      stream_.async_handshake(ssl::stream_base::client, [done](ErrorCode ec) { done(ec); });
    }));
    tls_ = true;
    buffer_.clear();  // nothing read before the handshake may count after it
    return Status::Ok();
  }

  bool tls() const { return tls_; }

 private:
  // Runs one asynchronous operation to its end or the timeout; on timeout
  // the socket is closed, which ends the operation.
  template <typename Start>
  Status Await(const std::string& step, Start start) {
    bool finished = false;
    ErrorCode result;
    io_.restart();
    start([&](ErrorCode ec) {
      finished = true;
      result = ec;
    });
    io_.run_for(std::chrono::seconds(settings_.timeout_seconds));
    if (!finished) {
      ErrorCode ignored;
      stream_.next_layer().close(ignored);
      io_.restart();
      io_.run();
      return Status::Unavailable(step + ": no answer within " +
                                 std::to_string(settings_.timeout_seconds) + " s");
    }
    if (result) return Status::Unavailable(step + ": " + result.message());
    return Status::Ok();
  }

  Result<std::string> ReadLine(const std::string& step) {
    std::size_t length = 0;
    FH_RETURN_IF_ERROR(Await(step, [&](auto done) {
      auto handler = [&length, done](ErrorCode ec, std::size_t n) {
        length = n;
        done(ec);
      };
      auto buffer = asio::dynamic_buffer(buffer_, kMaxReply);
      if (tls_) {
        asio::async_read_until(stream_, buffer, "\r\n", handler);
      } else {
        asio::async_read_until(stream_.next_layer(), buffer, "\r\n", handler);
      }
    }));
    std::string line = buffer_.substr(0, length - 2);
    buffer_.erase(0, length);
    return line;
  }

  Result<Reply> Read(const std::string& step) {
    Reply reply;
    for (;;) {
      FH_ASSIGN_OR_RETURN(std::string line, ReadLine(step));
      if (line.size() < 3 || line.find_first_not_of("0123456789") < 3 ||
          (line.size() > 3 && line[3] != ' ' && line[3] != '-')) {
        return Status::Unavailable(step + ": not an SMTP reply: " + line.substr(0, 80));
      }
      reply.code = std::stoi(line.substr(0, 3));
      reply.lines.push_back(line.size() > 4 ? line.substr(4) : "");
      if (line.size() == 3 || line[3] == ' ') return reply;
    }
  }

  const SmtpSettings& settings_;
  asio::io_context io_;
  ssl::context tls_context_;
  ssl::stream<tcp::socket> stream_;
  bool tls_ = false;
  std::string buffer_;
};

// Whether an EHLO reply lists `extension` (its first word, any case).
bool Offers(const Reply& ehlo, std::string_view extension, std::string* rest = nullptr) {
  for (std::size_t i = 1; i < ehlo.lines.size(); ++i) {
    std::string word = ehlo.lines[i].substr(0, ehlo.lines[i].find(' '));
    for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (word == extension) {
      if (rest != nullptr) *rest = ehlo.lines[i];
      return true;
    }
  }
  return false;
}

Status SignIn(Conversation& smtp, const Reply& ehlo, const SmtpSettings& settings) {
  if (!smtp.tls()) {
    return Status::Unavailable(
        "signing in: the connection is not encrypted, so the password is not sent (the server "
        "does not offer STARTTLS)");
  }
  std::string auth;
  Offers(ehlo, "AUTH", &auth);
  for (char& c : auth) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auth += " ";
  if (auth.find(" PLAIN ") != std::string::npos) {
    std::string token = std::string(1, '\0') + settings.user + '\0' + settings.password;
    return smtp.Command("AUTH PLAIN " + Base64(token), "signing in (AUTH PLAIN)", 2).status();
  }
  if (auth.find(" LOGIN ") != std::string::npos) {
    FH_RETURN_IF_ERROR(smtp.Command("AUTH LOGIN", "signing in (AUTH LOGIN)", 3).status());
    FH_RETURN_IF_ERROR(smtp.Command(Base64(settings.user), "signing in (user)", 3).status());
    return smtp.Command(Base64(settings.password), "signing in (password)", 2).status();
  }
  return Status::InvalidInput("signing in: the server offers neither AUTH PLAIN nor AUTH LOGIN");
}

bool IsSafeAddress(std::string_view address) {
  if (address.empty() || address.size() > 320) return false;
  for (unsigned char c : address) {
    if (c <= ' ' || c == '<' || c == '>' || c == 0x7f) return false;
  }
  return true;
}

}  // namespace

Status SmtpClient::Send(const Envelope& envelope, std::string_view message) {
  if (!IsSafeAddress(envelope.from) || !IsSafeAddress(envelope.to)) {
    return Status::InvalidInput("the sender or recipient address is empty or malformed");
  }
  Conversation smtp(settings_);
  FH_RETURN_IF_ERROR(smtp.Connect());
  FH_RETURN_IF_ERROR(smtp.Command("", "the server's greeting", 2).status());
  FH_ASSIGN_OR_RETURN(Reply ehlo, smtp.Command("EHLO " + helo_name_, "EHLO", 2));
  bool offers_tls = Offers(ehlo, "STARTTLS");
  if (settings_.require_tls && !offers_tls) {
    return Status::Unavailable(
        "STARTTLS: the server does not offer it, and smtp+starttls:// requires it");
  }
  if (offers_tls) {
    FH_RETURN_IF_ERROR(smtp.Command("STARTTLS", "STARTTLS", 2).status());
    FH_RETURN_IF_ERROR(smtp.StartTls(settings_.require_tls));
    FH_ASSIGN_OR_RETURN(ehlo, smtp.Command("EHLO " + helo_name_, "EHLO after STARTTLS", 2));
  }
  if (!settings_.user.empty()) FH_RETURN_IF_ERROR(SignIn(smtp, ehlo, settings_));
  FH_RETURN_IF_ERROR(smtp.Command("MAIL FROM:<" + envelope.from + ">", "MAIL FROM", 2).status());
  FH_RETURN_IF_ERROR(
      smtp.Command("RCPT TO:<" + envelope.to + ">", "RCPT TO " + envelope.to, 2).status());
  FH_RETURN_IF_ERROR(smtp.Command("DATA", "DATA", 3).status());
  FH_RETURN_IF_ERROR(smtp.Write(DotStuff(message) + ".\r\n", "sending the message"));
  FH_RETURN_IF_ERROR(smtp.Command("", "the end of the message", 2).status());
  (void)smtp.Command("QUIT", "QUIT", 2);  // delivered already; a rude goodbye changes nothing
  return Status::Ok();
}

}  // namespace firsthire::mail

// FixedDocument: the tag, revalidation with If-None-Match, and gzip; its
// sealed files (SealedFile) and how the server sends them (sendfile, or the
// copying fallback).
#include "http/fixed_document.h"

#include <fcntl.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "http/file_send.h"
#include "http/server.h"
#include "http/test_client.h"

namespace firsthire::http {
namespace {

std::string Gunzip(const std::string& data) {
  z_stream stream{};
  EXPECT_EQ(inflateInit2(&stream, 15 + 16), Z_OK);
  std::string out(1 << 20, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  inflateEnd(&stream);
  return out;
}

Request Get(std::vector<std::pair<std::string, std::string>> headers = {}) {
  Request request;
  request.method = "GET";
  request.target = request.path = "/doc";
  request.headers = std::move(headers);
  return request;
}

FixedDocument Doc(const std::string& body = R"({"a":"some text that repeats, repeats, repeats"})") {
  auto document = FixedDocument::Make(body, "application/json; charset=utf-8");
  EXPECT_TRUE(document.ok());
  return std::move(document).value();
}

TEST(FixedDocumentTest, PlainAnswerCarriesTagCachingAndVary) {
  FixedDocument doc = Doc();
  Response response = doc.Answer(Get());
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.Body(), R"({"a":"some text that repeats, repeats, repeats"})");
  ASSERT_NE(response.FindHeader("ETag"), nullptr);
  EXPECT_EQ(*response.FindHeader("ETag"), doc.etag());
  EXPECT_EQ(doc.etag().size(), 34u);  // a quoted 32-digit hex string: strong
  EXPECT_EQ(doc.etag().front(), '"');
  EXPECT_EQ(*response.FindHeader("Cache-Control"), "public, max-age=60");
  EXPECT_EQ(*response.FindHeader("Vary"), "Accept-Encoding");
  EXPECT_EQ(response.FindHeader("Content-Encoding"), nullptr);
}

TEST(FixedDocumentTest, TheTagFollowsTheContent) {
  EXPECT_EQ(Doc("one").etag(), Doc("one").etag());
  EXPECT_NE(Doc("one").etag(), Doc("two").etag());
}

TEST(FixedDocumentTest, AMatchingIfNoneMatchGets304WithoutBody) {
  FixedDocument doc = Doc();
  for (const std::string& value : {doc.etag(), "\"other\", " + doc.etag(), "W/" + doc.etag(),
                                   doc.gzip_etag(), std::string("*")}) {
    Response response = doc.Answer(Get({{"if-none-match", value}}));
    EXPECT_EQ(response.status, 304) << value;
    EXPECT_TRUE(response.Body().empty());
    EXPECT_NE(response.FindHeader("ETag"), nullptr);
  }
  EXPECT_EQ(doc.Answer(Get({{"if-none-match", "\"stale\""}})).status, 200);
  EXPECT_EQ(doc.Answer(Get({{"if-none-match", Doc("other").etag()}})).status, 200);
}

TEST(FixedDocumentTest, GzipWhenAcceptedWithItsOwnTag) {
  FixedDocument doc = Doc();
  Response response = doc.Answer(Get({{"accept-encoding", "br, gzip;q=0.8"}}));
  EXPECT_EQ(response.status, 200);
  ASSERT_NE(response.FindHeader("Content-Encoding"), nullptr);
  EXPECT_EQ(*response.FindHeader("Content-Encoding"), "gzip");
  EXPECT_EQ(Gunzip(response.Body()), R"({"a":"some text that repeats, repeats, repeats"})");
  EXPECT_EQ(*response.FindHeader("ETag"), doc.gzip_etag());
  EXPECT_NE(doc.gzip_etag(), doc.etag());
  EXPECT_EQ(
      doc.Answer(Get({{"accept-encoding", "gzip"}, {"if-none-match", doc.gzip_etag()}})).status,
      304);
}

TEST(FixedDocumentTest, AcceptEncodingIsReadAsListed) {
  EXPECT_TRUE(AcceptsGzip("gzip"));
  EXPECT_TRUE(AcceptsGzip("deflate, GZIP"));
  EXPECT_TRUE(AcceptsGzip("*"));
  EXPECT_FALSE(AcceptsGzip("gzip;q=0"));
  EXPECT_FALSE(AcceptsGzip("br, deflate"));
  EXPECT_FALSE(AcceptsGzip("x-gzip-like"));
  EXPECT_FALSE(AcceptsGzip(""));
}

TEST(FixedDocumentTest, LargeDocumentsCompressAndRoundTrip) {
  std::string big;
  for (int i = 0; i < 20000; ++i) big += "{\"rule\":\"R" + std::to_string(i % 50) + "\"},";
  auto gz = GzipCompress(big);
  ASSERT_TRUE(gz.ok());
  EXPECT_LT(gz->size(), big.size() / 5);
  EXPECT_EQ(Gunzip(*gz), big);
}

// --- Served by the server over real sockets ---------------------------------
// With sendfile from their sealed files (counted through an injected
// sendfile), and with the copying fallback (an injected sendfile that
// refuses, and documents made without files). Every body must arrive whole
// and byte-identical.

using testing::Connection;
using testing::FormatRequest;

// What the injected sendfile functions saw, reset by each test.
std::atomic<std::size_t> sent_by_sendfile{0};
std::atomic<int> would_block{0};
std::atomic<int> refusals{0};

ssize_t CountingSendFile(int out_fd, int in_fd, off_t* offset, size_t count) {
  ssize_t sent = ::sendfile(out_fd, in_fd, offset, count);
  if (sent > 0) sent_by_sendfile += static_cast<std::size_t>(sent);
  if (sent < 0 && errno == EAGAIN) ++would_block;
  return sent;
}

ssize_t RefusingSendFile(int, int, off_t*, size_t) {
  ++refusals;
  errno = EINVAL;
  return -1;
}

// Bytes that do not compress much, so both variants are large.
std::string Bytes(std::size_t size) {
  std::string out(size, '\0');
  uint32_t state = 12345;
  for (char& c : out) {
    state = state * 1103515245u + 12345u;
    c = static_cast<char>('a' + (state >> 16) % 26);
  }
  return out;
}

constexpr char kGzip[] = "Accept-Encoding: gzip\r\n";

class FileSendTest : public ::testing::Test {
 protected:
  void SetUp() override {
    sent_by_sendfile = 0;
    would_block = 0;
    refusals = 0;
  }

  // Serves `body` as a FixedDocument at /doc and a small text elsewhere.
  void StartServer(const std::string& body, SendFileFunction send_file, bool in_files = true,
                   int threads = 2,
                   std::chrono::milliseconds write_timeout = std::chrono::seconds(30)) {
    auto made = FixedDocument::Make(body, "text/plain", in_files);
    ASSERT_TRUE(made.ok());
    document_ = std::make_shared<FixedDocument>(std::move(made).value());
    ASSERT_EQ(document_->in_files(), in_files);
    ServerOptions options;
    options.port = 0;
    options.threads = threads;
    options.log_requests = false;
    options.access_log = [](std::string_view) {};
    options.send_file = send_file;
    options.write_timeout = write_timeout;
    server_ = std::make_unique<Server>(options, [doc = document_](Request& request) {
      if (request.path == "/doc") return doc->Answer(request);
      return JsonTextResponse(200, "{\"small\":true}");
    });
    ASSERT_TRUE(server_->Start().ok());
    port_ = server_->port();
  }

  // Stops the server: every sendfile call has returned and been counted (a
  // client may read the last bytes before the call that sent them returns).
  void StopServer() { server_.reset(); }

  std::shared_ptr<FixedDocument> document_;
  std::unique_ptr<Server> server_;
  uint16_t port_ = 0;
};

TEST(SealedFileTest, HoldsTheBytesAndCannotChange) {
  auto made = SealedFile::Make("test", "hello, sealed");
  ASSERT_TRUE(made.ok()) << made.status().message();
  const SealedFile& file = **made;
  EXPECT_EQ(file.size(), 13u);
  char read[32] = {};
  EXPECT_EQ(::pread(file.fd(), read, sizeof read, 0), 13);
  EXPECT_EQ(std::string(read), "hello, sealed");
  int seals = ::fcntl(file.fd(), F_GET_SEALS);
  EXPECT_TRUE((seals & F_SEAL_WRITE) && (seals & F_SEAL_GROW) && (seals & F_SEAL_SHRINK) &&
              (seals & F_SEAL_SEAL));
  EXPECT_EQ(::pwrite(file.fd(), "X", 1, 0), -1);
  EXPECT_EQ(::ftruncate(file.fd(), 1), -1);
}

TEST_F(FileSendTest, BothVariantsArriveWholeThroughSendfile) {
  const std::string body = Bytes(300'000);
  StartServer(body, &CountingSendFile);
  Connection connection(port_);
  ASSERT_TRUE(connection.Send(FormatRequest("GET", "/doc")));
  auto plain = connection.Read();
  ASSERT_TRUE(plain.has_value());
  EXPECT_EQ(plain->status, 200);
  EXPECT_EQ(plain->body, body);
  EXPECT_EQ(plain->Header("etag"), document_->etag());
  EXPECT_EQ(plain->Header("cache-control"), "public, max-age=60");
  EXPECT_EQ(plain->Header("x-content-type-options"), "nosniff");

  ASSERT_TRUE(connection.Send(FormatRequest("GET", "/doc", {}, kGzip)));
  auto gzip = connection.Read();
  ASSERT_TRUE(gzip.has_value());
  EXPECT_EQ(gzip->Header("content-encoding"), "gzip");
  EXPECT_EQ(gzip->body, document_->gzip_body());
  EXPECT_EQ(Gunzip(gzip->body), body);
  StopServer();
  EXPECT_EQ(sent_by_sendfile.load(), body.size() + document_->gzip_body().size());
}

TEST_F(FileSendTest, ASlowReaderHoldsNoThreadWhileAnotherClientIsAnswered) {
  // Far more than the socket buffers hold, so sendfile must wait for the
  // reader; one worker thread, so a send that held it would stall the other.
  const std::string body = Bytes(8 << 20);
  StartServer(body, &CountingSendFile, /*in_files=*/true, /*threads=*/1);
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  int small = 4096;
  ASSERT_EQ(::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small), 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port_);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  std::string request = FormatRequest("GET", "/doc");
  ASSERT_EQ(::send(fd, request.data(), request.size(), 0), static_cast<ssize_t>(request.size()));
  for (int i = 0; i < 1000 && would_block.load() == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_GT(would_block.load(), 0) << "the server never waited for the slow reader";

  // Meanwhile another client gets its answers, the large document included.
  Connection other(port_);
  ASSERT_TRUE(other.Send(FormatRequest("GET", "/small")));
  auto small_reply = other.Read();
  ASSERT_TRUE(small_reply.has_value());
  EXPECT_EQ(small_reply->body, "{\"small\":true}");
  ASSERT_TRUE(other.Send(FormatRequest("GET", "/doc", {}, kGzip)));
  auto gzip = other.Read();
  ASSERT_TRUE(gzip.has_value());
  EXPECT_EQ(gzip->body, document_->gzip_body());

  // Now the slow reader takes its answer in small pieces with pauses.
  std::string received;
  char chunk[1024];
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  std::size_t header_end = std::string::npos;
  while (std::chrono::steady_clock::now() < deadline) {
    ssize_t got = ::recv(fd, chunk, sizeof chunk, 0);
    if (got <= 0) break;
    received.append(chunk, static_cast<std::size_t>(got));
    if (header_end == std::string::npos) header_end = received.find("\r\n\r\n");
    if (header_end != std::string::npos && received.size() >= header_end + 4 + body.size()) break;
    if (received.size() % (256 * 1024) < sizeof chunk) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }
  ::close(fd);
  ASSERT_NE(header_end, std::string::npos);
  EXPECT_NE(received.find("Content-Length: " + std::to_string(body.size())), std::string::npos);
  EXPECT_TRUE(received.compare(header_end + 4, std::string::npos, body) == 0)
      << "received " << received.size() - header_end - 4 << " of " << body.size() << " bytes";
}

TEST_F(FileSendTest, AReaderThatStopsIsClosedAtTheWriteTimeout) {
  const std::string body = Bytes(8 << 20);
  StartServer(body, &CountingSendFile, /*in_files=*/true, /*threads=*/1,
              std::chrono::milliseconds(300));
  Connection reader(port_);
  ASSERT_TRUE(reader.Send(FormatRequest("GET", "/doc")));  // and never reads
  for (int i = 0; i < 1000 && would_block.load() == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_GT(would_block.load(), 0);
  for (int i = 0; i < 1000 && server_->open_connections() > 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_EQ(server_->open_connections(), 0);
}

TEST_F(FileSendTest, HeadAndNotModifiedSendNoBody) {
  const std::string body = Bytes(200'000);
  StartServer(body, &CountingSendFile);
  Connection connection(port_);
  ASSERT_TRUE(connection.Send(FormatRequest("HEAD", "/doc")));
  connection.ExpectNoBody();
  auto head = connection.Read();
  ASSERT_TRUE(head.has_value());
  EXPECT_EQ(head->status, 200);
  EXPECT_EQ(head->Header("content-length"), std::to_string(body.size()));
  std::string tag = "If-None-Match: " + document_->etag() + "\r\n";
  ASSERT_TRUE(connection.Send(FormatRequest("GET", "/doc", {}, tag)));
  auto not_modified = connection.Read();
  ASSERT_TRUE(not_modified.has_value());
  EXPECT_EQ(not_modified->status, 304);
  EXPECT_TRUE(not_modified->body.empty());
  // Had either sent body bytes, this answer would be read from them.
  ASSERT_TRUE(connection.Send(FormatRequest("GET", "/small")));
  auto next = connection.Read();
  ASSERT_TRUE(next.has_value());
  EXPECT_EQ(next->body, "{\"small\":true}");
  StopServer();
  EXPECT_EQ(sent_by_sendfile.load(), 0u);
}

TEST_F(FileSendTest, PipelinedRequestsOnOneConnectionEachGetTheirBody) {
  const std::string body = Bytes(150'000);
  StartServer(body, &CountingSendFile);
  Connection connection(port_);
  ASSERT_TRUE(connection.Send(FormatRequest("GET", "/doc") +
                              FormatRequest("GET", "/doc", {}, kGzip) +
                              FormatRequest("GET", "/small")));
  auto first = connection.Read();
  auto second = connection.Read();
  auto third = connection.Read();
  ASSERT_TRUE(first.has_value() && second.has_value() && third.has_value());
  EXPECT_EQ(first->body, body);
  EXPECT_EQ(second->body, document_->gzip_body());
  EXPECT_EQ(third->body, "{\"small\":true}");
  StopServer();
  EXPECT_EQ(sent_by_sendfile.load(), body.size() + document_->gzip_body().size());
}

TEST_F(FileSendTest, ARefusedSendfileFallsBackToCopiesOfTheSameBytes) {
  const std::string body = Bytes(300'000);
  StartServer(body, &RefusingSendFile);
  Connection connection(port_);
  for (int i = 0; i < 2; ++i) {
    ASSERT_TRUE(
        connection.Send(FormatRequest("GET", "/doc") + FormatRequest("GET", "/doc", {}, kGzip)));
    auto plain = connection.Read();
    auto gzip = connection.Read();
    ASSERT_TRUE(plain.has_value() && gzip.has_value());
    EXPECT_EQ(plain->body, body);
    EXPECT_EQ(plain->Header("etag"), document_->etag());
    EXPECT_EQ(gzip->body, document_->gzip_body());
  }
  // Refused once, then the server no longer tries.
  EXPECT_EQ(refusals.load(), 1);
}

TEST_F(FileSendTest, DocumentsWithoutFilesAreSentFromMemory) {
  const std::string body = Bytes(300'000);
  StartServer(body, &CountingSendFile, /*in_files=*/false);
  auto plain = testing::Fetch(port_, "GET", "/doc");
  auto gzip = testing::Fetch(port_, "GET", "/doc", {}, kGzip);
  ASSERT_TRUE(plain.has_value() && gzip.has_value());
  EXPECT_EQ(plain->body, body);
  EXPECT_EQ(Gunzip(gzip->body), body);
  StopServer();
  EXPECT_EQ(sent_by_sendfile.load(), 0u);
}

}  // namespace
}  // namespace firsthire::http

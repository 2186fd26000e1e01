// FixedDocument: the tag, revalidation with If-None-Match, and gzip.
#include "http/fixed_document.h"

#include <gtest/gtest.h>
#include <zlib.h>

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
  EXPECT_EQ(doc.Answer(Get({{"accept-encoding", "gzip"}, {"if-none-match", doc.gzip_etag()}}))
                .status,
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

}  // namespace
}  // namespace firsthire::http

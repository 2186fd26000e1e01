#include "http/fixed_document.h"

#include <sodium.h>
#include <zlib.h>

#include <cstdlib>

namespace firsthire::http {
namespace {

constexpr char kCacheControl[] = "public, max-age=60";

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// Calls `each` with every comma-separated element of a header value.
template <typename Fn>
void ForEachElement(std::string_view value, Fn each) {
  while (!value.empty()) {
    size_t comma = value.find(',');
    each(Trim(value.substr(0, comma)));
    if (comma == std::string_view::npos) break;
    value.remove_prefix(comma + 1);
  }
}

// "\"<32 hex digits>\"": BLAKE2b of the bytes (libsodium's generichash),
// so every server with the same document sends the same tag.
std::string ContentTag(std::string_view body) {
  unsigned char digest[16];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(body.data()),
                     body.size(), nullptr, 0);
  char hex[sizeof digest * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return "\"" + std::string(hex) + "\"";
}

}  // namespace

Result<std::string> GzipCompress(std::string_view data) {
  z_stream stream{};
  // 15 window bits + 16: a gzip header and trailer instead of zlib's.
  if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) !=
      Z_OK) {
    return Status::Internal("zlib: deflateInit2 failed");
  }
  std::string out(deflateBound(&stream, data.size()), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  int result = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (result != Z_STREAM_END) return Status::Internal("zlib: deflate did not finish");
  return out;
}

bool AcceptsGzip(std::string_view accept_encoding) {
  bool accepted = false;
  ForEachElement(accept_encoding, [&](std::string_view element) {
    std::string_view coding = Trim(element.substr(0, element.find(';')));
    if (!EqualsIgnoreCase(coding, "gzip") && coding != "*") return;
    double q = 1.0;
    if (size_t at = element.find("q="); at != std::string_view::npos) {
      q = std::strtod(std::string(element.substr(at + 2)).c_str(), nullptr);
    }
    if (q > 0) accepted = true;
  });
  return accepted;
}

bool IfNoneMatchLists(std::string_view if_none_match, std::string_view tag,
                      std::string_view other_tag) {
  bool listed = false;
  ForEachElement(if_none_match, [&](std::string_view element) {
    if (element.substr(0, 2) == "W/") element.remove_prefix(2);
    if (element == "*" || element == tag || element == other_tag) listed = true;
  });
  return listed;
}

Result<FixedDocument> FixedDocument::Make(std::string body, std::string content_type,
                                          bool in_files) {
  FixedDocument document;
  FH_ASSIGN_OR_RETURN(std::string gzip_body, GzipCompress(body));
  document.gzip_body_ = std::make_shared<const std::string>(std::move(gzip_body));
  document.etag_ = ContentTag(body);
  document.gzip_etag_ = document.etag_.substr(0, document.etag_.size() - 1) + "-gz\"";
  document.body_ = std::make_shared<const std::string>(std::move(body));
  document.content_type_ = std::move(content_type);
  if (in_files) {
    auto file = SealedFile::Make("firsthire-document", *document.body_);
    auto gzip_file = SealedFile::Make("firsthire-document.gz", *document.gzip_body_);
    // Without either, both variants are sent from memory, as before.
    if (file.ok() && gzip_file.ok()) {
      document.file_ = std::move(file).value();
      document.gzip_file_ = std::move(gzip_file).value();
    }
  }
  return document;
}

Response FixedDocument::Answer(const Request& request) const {
  const std::string* accept = request.Header("accept-encoding");
  bool gzip = accept != nullptr && AcceptsGzip(*accept);
  Response response;
  response.headers = {{"ETag", gzip ? gzip_etag_ : etag_},
                      {"Cache-Control", kCacheControl},
                      {"Vary", "Accept-Encoding"}};
  const std::string* if_none_match = request.Header("if-none-match");
  if (if_none_match != nullptr && IfNoneMatchLists(*if_none_match, etag_, gzip_etag_)) {
    response.status = 304;
    return response;
  }
  response.status = 200;
  response.content_type = content_type_;
  if (gzip) {
    response.headers.emplace_back("Content-Encoding", "gzip");
    response.shared_body = gzip_body_;
    response.body_file = gzip_file_;
  } else {
    response.shared_body = body_;
    response.body_file = file_;
  }
  return response;
}

}  // namespace firsthire::http

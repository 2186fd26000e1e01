// A document that cannot change while the server runs (the playbook in use,
// the OpenAPI description), prepared once at start so that each request
// copies nothing: a strong ETag derived from the content, and the body both
// as is and gzip-compressed, shared with the answers (Response::shared_body).
//
// Answers carry `ETag`, `Cache-Control: public, max-age=60` (then revalidate)
// and `Vary: Accept-Encoding`. A request whose If-None-Match lists the tag
// (or `*`) gets 304 with no body; one whose Accept-Encoding accepts gzip gets
// the compressed body with `Content-Encoding: gzip`. The gzip body has its own
// tag (the identity tag with "-gz" before the closing quote), as two
// different byte sequences must; either tag revalidates.
//
// Each variant is also written once into a sealed in-memory file
// (http/file_send.h), set as the answer's Response::body_file, so the server
// sends it with sendfile(2) rather than copying it for every request. Where
// such files cannot be made (or `in_files` is false), answers carry the
// shared bytes alone and are sent as before.
#ifndef FIRSTHIRE_HTTP_FIXED_DOCUMENT_H_
#define FIRSTHIRE_HTTP_FIXED_DOCUMENT_H_

#include <memory>
#include <string>
#include <string_view>

#include "firsthire/status.h"
#include "http/file_send.h"
#include "http/request.h"
#include "http/response.h"

namespace firsthire::http {

class FixedDocument {
 public:
  // Compresses `body` and computes its tag. Fails only if zlib does.
  static Result<FixedDocument> Make(std::string body, std::string content_type,
                                    bool in_files = true);

  Response Answer(const Request& request) const;

  const std::string& etag() const { return etag_; }
  const std::string& gzip_etag() const { return gzip_etag_; }
  const std::string& gzip_body() const { return *gzip_body_; }
  // Whether both variants are in sealed files.
  bool in_files() const { return file_ && gzip_file_; }

 private:
  // Shared with every answer (Response::shared_body): no copy per request.
  std::shared_ptr<const std::string> body_;
  std::shared_ptr<const std::string> gzip_body_;
  std::shared_ptr<const SealedFile> file_;  // both null, or both set
  std::shared_ptr<const SealedFile> gzip_file_;
  std::string content_type_;
  std::string etag_;
  std::string gzip_etag_;
};

// gzip (RFC 1952) of `data` at the best compression level.
Result<std::string> GzipCompress(std::string_view data);

// True when an Accept-Encoding value accepts gzip (listed, or `*`, with a
// q-value above zero).
bool AcceptsGzip(std::string_view accept_encoding);

// True when an If-None-Match value lists one of the tags, or is `*`. Weak
// tags (W/"…") match their strong form, as RFC 9110 has it for this header.
bool IfNoneMatchLists(std::string_view if_none_match, std::string_view tag,
                      std::string_view other_tag);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_FIXED_DOCUMENT_H_

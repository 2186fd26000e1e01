// docs/api.md's role table is what the operation declarations say.
#include "http/role_table.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "http/api_app.h"

namespace firsthire::http {
namespace {

const std::string kApiDoc = std::string(FIRSTHIRE_SOURCE_DIR) + "/docs/api.md";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(RoleTableTest, OneRowPerOperationWithWhatItsAccessAnswers) {
  Operation open{.method = "GET", .path = "/open", .access = Access::Public()};
  Operation managers{.method = "POST",
                     .path = "/things",
                     .access = Access::Roles({Role::kAdmin, Role::kHiringManager})};
  Operation undeclared{.method = "DELETE", .path = "/things/{id}"};
  EXPECT_EQ(RoleTableMarkdown({open, managers, undeclared}),
            "| operation | admin | hiring_manager | interviewer | anonymous |\n"
            "|---|---|---|---|---|\n"
            "| `GET /open` | yes | yes | yes | yes |\n"
            "| `POST /things` | yes | yes | 403 | 401 |\n"
            "| `DELETE /things/{id}` | 403 | 403 | 403 | 401 |\n");
}

// Fails when docs/api.md's table differs from the declarations; with
// FIRSTHIRE_UPDATE_DOCS=1 it writes the generated table into the file.
TEST(RoleTableTest, DocsApiMdHoldsTheGeneratedTable) {
  std::string doc = ReadFile(kApiDoc);
  size_t begin = doc.find(kRoleTableBegin);
  size_t end = doc.find(kRoleTableEnd);
  ASSERT_NE(begin, std::string::npos) << kApiDoc << " lacks the line " << kRoleTableBegin;
  ASSERT_NE(end, std::string::npos) << kApiDoc << " lacks the line " << kRoleTableEnd;
  ASSERT_LT(begin, end);
  begin += std::string(kRoleTableBegin).size() + 1;  // and its newline
  std::string committed = doc.substr(begin, end - begin);
  std::string generated = RoleTableMarkdown(ApiOperations());
  const char* update = std::getenv("FIRSTHIRE_UPDATE_DOCS");
  if (update != nullptr && std::string(update) == "1" && committed != generated) {
    doc.replace(begin, end - begin, generated);
    std::ofstream(kApiDoc, std::ios::binary) << doc;
    committed = generated;
  }
  EXPECT_EQ(committed, generated)
      << "docs/api.md's role table differs from the operation declarations; regenerate it with "
         "FIRSTHIRE_UPDATE_DOCS=1 fh_http_test --gtest_filter=RoleTableTest.*";
}

}  // namespace
}  // namespace firsthire::http

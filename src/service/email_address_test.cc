#include "service/email_address.h"

#include <gtest/gtest.h>

namespace firsthire::service {
namespace {

TEST(EmailAddressTest, TrimsAndCaseFolds) {
  EXPECT_EQ(*NormalizeEmail("  Ada@Example.COM\t"), "ada@example.com");
  EXPECT_EQ(*NormalizeEmail("a.b+tag@sub.example.org"), "a.b+tag@sub.example.org");
}

TEST(EmailAddressTest, RefusesWhatIsNotAnAddress) {
  for (const char* bad :
       {"", "   ", "@", "x@y", "ada", "@example.com", "ada@", "a@b@example.com", "ada@.example",
        "ada@example.", "ada lovelace@example.com", "ada@exa\x01mple.com"}) {
    auto result = NormalizeEmail(bad);
    ASSERT_FALSE(result.ok()) << bad;
    EXPECT_EQ(result.status().code(), Code::kInvalidInput);
    EXPECT_EQ(result.status().location().field, "email");
  }
  EXPECT_FALSE(NormalizeEmail(std::string(250, 'a') + "@b.co").ok());  // over 254
}

}  // namespace
}  // namespace firsthire::service

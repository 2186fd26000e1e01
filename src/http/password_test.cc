#include "http/password.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace firsthire::http {
namespace {

TEST(PasswordTest, HashIsArgon2idAtLeastOwaspCost) {
  auto hash = HashPassword("a long enough password");
  ASSERT_TRUE(hash.ok());
  EXPECT_THAT(*hash, ::testing::StartsWith("$argon2id$v=19$"));
  // m in KiB, t passes: m=65536 (64 MiB) >= 19 MiB, t=2 >= 2.
  EXPECT_THAT(*hash, ::testing::HasSubstr("m=65536,t=2"));
  EXPECT_FALSE(PasswordNeedsRehash(*hash));
}

TEST(PasswordTest, VerifiesOnlyTheRightPassword) {
  auto hash = HashPassword("a long enough password");
  ASSERT_TRUE(hash.ok());
  EXPECT_TRUE(VerifyPassword(*hash, "a long enough password"));
  EXPECT_FALSE(VerifyPassword(*hash, "a long enough passworD"));
  EXPECT_FALSE(VerifyPassword(*hash, ""));
  EXPECT_FALSE(VerifyPassword("not a hash", "a long enough password"));
  EXPECT_FALSE(VerifyPassword("", ""));
}

TEST(PasswordTest, SamePasswordHashesDifferently) {
  auto first = HashPassword("same password here");
  auto second = HashPassword("same password here");
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_NE(*first, *second);  // random salt
}

TEST(PasswordTest, PolicyBoundsLength) {
  EXPECT_EQ(CheckPasswordPolicy("short").code(), Code::kInvalidInput);
  EXPECT_EQ(CheckPasswordPolicy("short").location().field, "password");
  EXPECT_TRUE(CheckPasswordPolicy("eight ch").ok());
  EXPECT_TRUE(CheckPasswordPolicy("äöüßéèàç").ok());  // 8 characters, 16 bytes
  EXPECT_EQ(CheckPasswordPolicy(std::string(kMaxPasswordLength + 1, 'x')).code(),
            Code::kInvalidInput);
  EXPECT_FALSE(VerifyPassword("$argon2id$x", std::string(kMaxPasswordLength + 1, 'x')));
}

TEST(PasswordTest, NonArgon2idHashNeedsRehash) {
  EXPECT_TRUE(PasswordNeedsRehash("$2b$10$abcdefghijklmnopqrstuv"));
  EXPECT_TRUE(PasswordNeedsRehash(""));
}

}  // namespace
}  // namespace firsthire::http

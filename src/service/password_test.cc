#include "service/password.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace firsthire::service {
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
  EXPECT_EQ(CheckPasswordPolicy("eleven char").code(), Code::kInvalidInput);
  EXPECT_TRUE(CheckPasswordPolicy("twelve chars").ok());
  EXPECT_TRUE(CheckPasswordPolicy("äöüßéèàçñøåæ").ok());  // 12 characters, 24 bytes
  EXPECT_EQ(CheckPasswordPolicy("äöüßéèàçñøå").code(), Code::kInvalidInput);  // 11
  EXPECT_EQ(CheckPasswordPolicy(std::string(kMaxPasswordLength + 1, 'x')).code(),
            Code::kInvalidInput);
  EXPECT_FALSE(VerifyPassword("$argon2id$x", std::string(kMaxPasswordLength + 1, 'x')));
  // The demo account's password stays valid.
  EXPECT_TRUE(CheckPasswordPolicy("firsthire-demo").ok());
}

TEST(PasswordTest, PolicyRefusesControlCharacters) {
  for (std::string bad :
       {std::string("long enough\0password", 21), std::string("tab\tinside the pw"),
        std::string("newline\ninside pw"), std::string("delete\x7f inside pw"),
        std::string("c1 control \xc2\x85 inside")}) {
    Status status = CheckPasswordPolicy(bad);
    EXPECT_EQ(status.code(), Code::kInvalidInput) << bad;
    EXPECT_THAT(status.message(), ::testing::HasSubstr("control character"));
  }
  EXPECT_TRUE(CheckPasswordPolicy("spaces are fine here").ok());
  EXPECT_TRUE(CheckPasswordPolicy("café au lait, s'il vous plaît").ok());  // é is c3 a9
}

TEST(PasswordTest, PolicyRefusesCommonPasswords) {
  // Too short anyway, and common.
  EXPECT_FALSE(CheckPasswordPolicy("12345678").ok());
  EXPECT_FALSE(CheckPasswordPolicy("        ").ok());
  for (const char* common :
       {"password1234", "PASSWORD2024!", "qwertyuiop123", "iloveyou!!!!", "passwordpassword",
        "qwertyqwerty", "            ", "aaaaaaaaaaaa", "abcabcabcabc", "123456789012"}) {
    Status status = CheckPasswordPolicy(common);
    EXPECT_EQ(status.code(), Code::kInvalidInput) << common;
    EXPECT_THAT(status.message(), ::testing::HasSubstr("too common")) << common;
  }
  EXPECT_TRUE(IsCommonPassword("Dragon"));      // in the list, any case
  EXPECT_FALSE(IsCommonPassword("dragonfly"));  // a longer word is not
  for (const char* fine : {"correct horse battery", "password manager rocks", "1234 tulip lane"}) {
    EXPECT_TRUE(CheckPasswordPolicy(fine).ok()) << fine;
  }
}

TEST(PasswordTest, NonArgon2idHashNeedsRehash) {
  EXPECT_TRUE(PasswordNeedsRehash("$2b$10$abcdefghijklmnopqrstuv"));
  EXPECT_TRUE(PasswordNeedsRehash(""));
}

}  // namespace
}  // namespace firsthire::service

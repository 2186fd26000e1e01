#include "http/response.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http/json_writer.h"

namespace firsthire::http {
namespace {

nlohmann::json Body(const Response& response) { return nlohmann::json::parse(response.body); }

TEST(ErrorResponseTest, NamesTheFieldAndWhereInTheBodyTheProblemIs) {
  Response response = ErrorResponse(
      Status::InvalidInput("expected a number", Location{.line = 3, .column = 7, .field = "cost"}));
  EXPECT_EQ(response.status, 422);
  EXPECT_EQ(Body(response), nlohmann::json::parse(R"({"error": {"code": "invalid_input", "message":
              "expected a number", "field": "cost", "line": 3, "column": 7}})"));
}

TEST(ErrorResponseTest, WithoutALocationTheFieldIsNullAndNoLineIsGiven) {
  Response response = ErrorResponse(Status::NotFound("no such candidate"));
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(Body(response), nlohmann::json::parse(R"({"error": {"code": "not_found",
              "message": "no such candidate", "field": null}})"));
}

TEST(ErrorResponseTest, AnInternalErrorHidesItsMessageAndPlaceButKeepsTheCause) {
  Response response =
      ErrorResponse(Status::IoError("SQL failed in /var/lib/x.db", Location{.line = 2}));
  EXPECT_EQ(response.status, 500);
  EXPECT_EQ(Body(response)["error"]["message"], "internal error");
  EXPECT_FALSE(Body(response)["error"].contains("line"));
  EXPECT_EQ(response.cause, "SQL failed in /var/lib/x.db");
}

TEST(ErrorResponseTest, MoreMembersGoBesideTheErrorInTheSameShape) {
  Response response = ErrorResponse(
      Status::InvalidInput("2 rows cannot be imported", Location{.line = 4, .field = "cost"}), 400,
      [](JsonWriter& out) {
        out.Key("rows");
        out.BeginArray();
        out.Int(4);
        out.Int(6);
        out.EndArray();
      });
  EXPECT_EQ(response.status, 400);
  nlohmann::json body = Body(response);
  EXPECT_EQ(body["error"],
            Body(ErrorResponse(Status::InvalidInput("2 rows cannot be imported",
                                                    Location{.line = 4, .field = "cost"}),
                               400))["error"]);
  EXPECT_EQ(body["rows"], nlohmann::json::parse("[4, 6]"));
}

}  // namespace
}  // namespace firsthire::http

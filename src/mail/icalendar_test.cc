#include "mail/icalendar.h"

#include <gtest/gtest.h>

#include <string>

namespace firsthire::mail {
namespace {

// Undoes FoldCalendarLine: a CRLF followed by a space joins two lines.
std::string Unfold(const std::string& folded) {
  std::string unfolded;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    unfolded += folded[i];
  }
  return unfolded;
}

TEST(ICalendarTest, EscapesTextValues) {
  EXPECT_EQ(EscapeCalendarText("a;b,c\\d\nnext"), "a\\;b\\,c\\\\d\\nnext");
  EXPECT_EQ(EscapeCalendarText("plain: text"), "plain: text");
}

TEST(ICalendarTest, FoldsAt75OctetsWithoutSplittingACharacter) {
  EXPECT_EQ(FoldCalendarLine("SUMMARY:short"), "SUMMARY:short\r\n");
  std::string line = "SUMMARY:" + std::string(66, 'a') + "é" + std::string(10, 'b');
  std::string folded = FoldCalendarLine(line);
  // 8 + 66 = 74 octets, and "é" (2 octets) would make 76: it moves on.
  EXPECT_EQ(folded, "SUMMARY:" + std::string(66, 'a') + "\r\n é" + std::string(10, 'b') + "\r\n");
  EXPECT_EQ(Unfold(folded), line + "\r\n");
}

TEST(ICalendarTest, AnInvitationHasTheRequiredProperties) {
  CalendarEvent event{.uid = "interview-1@firsthire",
                      .stamp = 1796022678000,  // 2026-11-30T07:11:18Z
                      .start = 1796112000000,  // 2026-12-01T08:00:00Z
                      .summary = "Interview: Ada, Lovelace; technical",
                      .organizer = {.name = "Hiring \"Boss\"", .email = "boss@example.com"},
                      .attendee = {.name = "Ivan", .email = "ivan@example.com"}};
  std::string folded = InviteCalendar(event);
  std::size_t start = 0;
  for (std::size_t end; (end = folded.find("\r\n", start)) != std::string::npos; start = end + 2) {
    EXPECT_LE(end - start, 75u);
  }
  std::string ics = Unfold(folded);
  for (const char* expected :
       {"BEGIN:VCALENDAR\r\n", "VERSION:2.0\r\n", "METHOD:REQUEST\r\n", "BEGIN:VEVENT\r\n",
        "UID:interview-1@firsthire\r\n", "DTSTAMP:20261130T071118Z\r\n",
        "DTSTART:20261201T080000Z\r\n", "DTEND:20261201T090000Z\r\n",
        "SUMMARY:Interview: Ada\\, Lovelace\\; technical\r\n",
        "ORGANIZER;CN=\"Hiring Boss\":mailto:boss@example.com\r\n", "END:VEVENT\r\n",
        "END:VCALENDAR\r\n"}) {
    EXPECT_NE(ics.find(expected), std::string::npos) << expected << "\n" << ics;
  }
  EXPECT_NE(ics.find("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Ivan\":"
                     "mailto:ivan@example.com\r\n"),
            std::string::npos);
}

}  // namespace
}  // namespace firsthire::mail

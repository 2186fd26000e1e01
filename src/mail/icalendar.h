// An iCalendar invitation (RFC 5545, METHOD:REQUEST as RFC 5546 uses it)
// with one event: what an interview assignment's email carries as its .ics
// attachment, so the interviewer's calendar can add it.
#ifndef FIRSTHIRE_MAIL_ICALENDAR_H_
#define FIRSTHIRE_MAIL_ICALENDAR_H_

#include <string>

#include "firsthire/clock.h"

namespace firsthire::mail {

struct Person {
  std::string name;
  std::string email;
};

struct CalendarEvent {
  std::string uid;                   // stable across updates of the same event
  Millis stamp = 0;                  // DTSTAMP: when this invitation was made
  Millis start = 0;                  // DTSTART
  Millis duration = 60 * 60 * 1000;  // DTEND = start + duration
  int sequence = 0;                  // a newer version of the same uid has a higher one
  std::string summary;
  std::string description;
  Person organizer;
  Person attendee;
};

// The calendar object: CRLF line ends, text values escaped (backslash,
// semicolon, comma, line ends) and every line folded at 75 octets without
// splitting a UTF-8 character; times in UTC ("20261130T070500Z").
std::string InviteCalendar(const CalendarEvent& event);

// RFC 5545 text escaping of one value.
std::string EscapeCalendarText(const std::string& text);

// Folds one content line (without its CRLF) into lines of at most 75
// octets, each continuation starting with a space; answers them with CRLF.
std::string FoldCalendarLine(const std::string& line);

}  // namespace firsthire::mail

#endif  // FIRSTHIRE_MAIL_ICALENDAR_H_

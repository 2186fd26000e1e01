#include "mail/icalendar.h"

#include <algorithm>
#include <string>

#include "mail/utc_time.h"

namespace firsthire::mail {
namespace {

std::string UtcStamp(Millis at) { return FormatUtc(at, "%Y%m%dT%H%M%SZ"); }

// A CAL-ADDRESS with its common name: `PROPERTY;CN="name":mailto:email`.
std::string PersonLine(const std::string& property, const Person& person,
                       const std::string& extra) {
  std::string name;
  for (char c : person.name) {
    // A quoted parameter value cannot hold DQUOTE or control characters.
    if (c == '"' || static_cast<unsigned char>(c) < ' ') continue;
    name += c;
  }
  return property + extra + ";CN=\"" + name + "\":mailto:" + person.email;
}

}  // namespace

std::string EscapeCalendarText(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue;
    } else if (c == '\n' || c == '\r') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

std::string FoldCalendarLine(const std::string& line) {
  std::string out;
  std::size_t length = 0;  // octets on the current output line
  for (std::size_t i = 0; i < line.size();) {
    unsigned char lead = static_cast<unsigned char>(line[i]);
    std::size_t size = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    size = std::min(size, line.size() - i);
    if (length + size > 75) {
      out += "\r\n ";
      length = 1;
    }
    out.append(line, i, size);
    length += size;
    i += size;
  }
  return out + "\r\n";
}

std::string InviteCalendar(const CalendarEvent& event) {
  const std::string lines[] = {
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//firsthire//interview loop//EN",
      "METHOD:REQUEST",
      "CALSCALE:GREGORIAN",
      "BEGIN:VEVENT",
      "UID:" + event.uid,
      "SEQUENCE:" + std::to_string(event.sequence),
      "DTSTAMP:" + UtcStamp(event.stamp),
      "DTSTART:" + UtcStamp(event.start),
      "DTEND:" + UtcStamp(event.start + event.duration),
      "SUMMARY:" + EscapeCalendarText(event.summary),
      "DESCRIPTION:" + EscapeCalendarText(event.description),
      PersonLine("ORGANIZER", event.organizer, ""),
      PersonLine("ATTENDEE", event.attendee,
                 ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"),
      "STATUS:CONFIRMED",
      "END:VEVENT",
      "END:VCALENDAR",
  };
  std::string out;
  for (const std::string& line : lines) out += FoldCalendarLine(line);
  return out;
}

}  // namespace firsthire::mail

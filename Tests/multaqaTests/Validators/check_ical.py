"""Checks a Multaqa iCalendar export with an independent parser (Python's icalendar).

Usage: check_ical.py EXPORT.ics EXPECTED.json

EXPECTED.json lists the events the export must hold: uid, start and end (ISO 8601 with
their UTC offset) and summary. Every TZID used must have its VTIMEZONE. Prints what is
wrong and exits 1, or prints "ok".
"""
import datetime
import json
import sys

import icalendar


def main() -> int:
    with open(sys.argv[1], "rb") as f:
        raw = f.read()
    with open(sys.argv[2], encoding="utf-8") as f:
        expected = json.load(f)
    problems = []
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("a line ends without CR")
    calendar = icalendar.Calendar.from_ical(raw)
    zones = {str(c["TZID"]) for c in calendar.walk("VTIMEZONE")}
    events = {}
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        if uid in events:
            problems.append(f"UID {uid} appears twice")
        events[uid] = event
        for name in ("DTSTART", "DTEND"):
            tzid = event[name].params.get("TZID")
            if tzid is None:
                problems.append(f"{uid}: {name} has no TZID")
            elif tzid not in zones:
                problems.append(f"{uid}: {name} uses TZID {tzid} without a VTIMEZONE")
    for item in expected:
        event = events.get(item["uid"])
        if event is None:
            problems.append(f"missing event {item['uid']}")
            continue
        for name, key in (("DTSTART", "start"), ("DTEND", "end")):
            got = event.decoded(name)
            want = datetime.datetime.fromisoformat(item[key])
            if got.tzinfo is None or got.astimezone(datetime.timezone.utc) != want.astimezone(datetime.timezone.utc):
                problems.append(f"{item['uid']}: {name} is {got.isoformat()}, expected {want.isoformat()}")
        summary = str(event["SUMMARY"])
        if summary != item["summary"]:
            problems.append(f"{item['uid']}: SUMMARY is {summary!r}, expected {item['summary']!r}")
    if len(events) != len(expected):
        problems.append(f"{len(events)} events, expected {len(expected)}")
    for problem in problems:
        print(problem)
    if not problems:
        print("ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

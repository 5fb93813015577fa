"""Validates a frab schedule.json export against the C3VOC JSON schema, then checks what the
schema cannot: each event's start agrees with its date, ids and guids are unique.

Usage: check_frab_json.py SCHEMA.json EXPORT.json

Prints every problem and exits 1, or prints "ok N events".
"""
import json
import sys

import jsonschema


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        export = json.load(f)
    validator = jsonschema.Draft6Validator(schema, format_checker=jsonschema.FormatChecker())
    problems = [
        f"{'/'.join(str(p) for p in error.absolute_path)}: {error.message}"
        for error in validator.iter_errors(export)
    ]
    ids, guids, count = set(), set(), 0
    for day in export["schedule"]["conference"]["days"]:
        for room, events in day["rooms"].items():
            for event in events:
                count += 1
                if event["date"][11:16] != event["start"]:
                    problems.append(f"{event['guid']}: start {event['start']} but date {event['date']}")
                if not event["date"].startswith(day["date"]):
                    problems.append(f"{event['guid']}: dated {event['date']} in day {day['date']}")
                if event["room"] != room:
                    problems.append(f"{event['guid']}: room {event['room']} listed under {room}")
                if event["id"] in ids:
                    problems.append(f"id {event['id']} appears twice")
                if event["guid"] in guids:
                    problems.append(f"guid {event['guid']} appears twice")
                ids.add(event["id"])
                guids.add(event["guid"])
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"ok {count} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""An independent check of `hipfit plan --ics`: the file must parse with the Debian python3-icalendar
package and hold what the plan says.

Usage: ics_parse_test.py PATH/TO/hipfit
"""
import datetime
import os
import subprocess
import sys
import tempfile

try:
    import icalendar
except ImportError:
    # A python3 ahead of Debian's on PATH (pyenv, a virtualenv) does not see Debian's packages.
    SYSTEM_PYTHON = "/usr/bin/python3"
    if os.path.realpath(sys.executable) != os.path.realpath(SYSTEM_PYTHON) and os.path.exists(SYSTEM_PYTHON):
        os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON] + sys.argv)
    sys.exit("ics_parse_test: the icalendar module is missing; run scripts/install-deps (python3-icalendar)")

INIT = ["init", "--sex", "female", "--age", "34", "--height", "165cm", "--weight", "72kg",
        "--waist", "80cm", "--hip", "104cm", "--neck", "33cm", "--days", "mon,wed,fri",
        "--time", "07:30", "--minutes", "45"]


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def run_hipfit(binary, args, env):
    result = subprocess.run([binary] + args, env=env, capture_output=True, text=True, timeout=60)
    check(result.returncode == 0,
          f"hipfit {' '.join(args)} exited {result.returncode}: {result.stdout}{result.stderr}")
    return result.stdout


def check_calendar(calendar):
    check(str(calendar.get("VERSION")) == "2.0", f"VERSION is {calendar.get('VERSION')!r}, expected 2.0")
    check(str(calendar.get("PRODID", "")).strip() != "", "the calendar has no PRODID")
    events = list(calendar.walk("VEVENT"))
    check(len(events) == 12, f"expected 12 VEVENTs (4 weeks x 3 days), found {len(events)}")

    first = events[0].decoded("DTSTART")
    check(first == datetime.datetime(2026, 11, 23, 7, 30),
          f"the first session starts {first}, expected 2026-11-23 07:30")

    uids = [str(event.get("UID")) for event in events]
    check(len(set(uids)) == len(uids), f"UIDs are not unique: {uids}")

    for number, event in enumerate(events, start=1):
        where = f"event {number} ({event.decoded('DTSTART')})"
        start = event.decoded("DTSTART")
        check(isinstance(start, datetime.datetime) and (start.hour, start.minute) == (7, 30),
              f"{where}: starts at {start}, expected 07:30")
        check(start.weekday() in (0, 2, 4), f"{where}: not on a Monday, Wednesday or Friday")
        check(event.decoded("DURATION") == datetime.timedelta(minutes=45),
              f"{where}: lasts {event.get('DURATION')}, expected 45 minutes")
        alarms = list(event.walk("VALARM"))
        check(len(alarms) == 1, f"{where}: {len(alarms)} VALARMs, expected 1")
        trigger = alarms[0].decoded("TRIGGER")
        check(trigger == datetime.timedelta(minutes=-30), f"{where}: alarm trigger {trigger}, expected -30 min")
        description = str(event.get("DESCRIPTION", ""))
        check("Warm-up" in description, f"{where}: DESCRIPTION does not mention Warm-up: {description!r}")
        check("Cool-down" in description, f"{where}: DESCRIPTION does not mention Cool-down: {description!r}")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: ics_parse_test.py PATH/TO/hipfit")
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HIPFIT_DB=os.path.join(tmp, "h.db"), HIPFIT_TODAY="2026-11-21", HOME=tmp)
        ics_path = os.path.join(tmp, "plan.ics")
        try:
            run_hipfit(binary, INIT, env)
            out = run_hipfit(binary, ["plan", "--weeks", "4", "--start", "2026-11-23", "--ics", ics_path], env)
            check("12 sessions" in out, f"plan --ics printed {out!r}, expected it to say 12 sessions")
            check(os.path.exists(ics_path), f"plan --ics did not write {ics_path}")
            with open(ics_path, "rb") as f:
                calendar = icalendar.Calendar.from_ical(f.read())
            check_calendar(calendar)
        except Failure as failure:
            print(f"FAILED io.ics_parses_with_python_icalendar: {failure}", file=sys.stderr)
            print("0 passed, 1 failed")
            return 1
        except Exception as error:  # a parse error from icalendar, a timeout: a failure, not a crash
            print(f"FAILED io.ics_parses_with_python_icalendar: {type(error).__name__}: {error}", file=sys.stderr)
            print("0 passed, 1 failed")
            return 1
    print("1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

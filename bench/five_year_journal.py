#!/usr/bin/env python3
"""Writes a five-year journal as a hipfit export (JSON, docs/export-format.md) for timing whole processes.

The same shape as the journal the C++ benchmarks build (bench/five_year_journal.hpp): about ten entries a
day for five years ending on TODAY — a weigh-in, three meals, water, sleep, steps and standing breaks every
day, a measurement once a week and three workouts a week (a glute bridge, a dumbbell squat under a load
that grows every eight weeks, and a walk). Standard library only; the same bytes every run.

    bench/five_year_journal.py > /tmp/five-years.json
    HIPFIT_DB=/tmp/five-years.db HIPFIT_TODAY=2026-11-21 hipfit import /tmp/five-years.json
    HIPFIT_DB=/tmp/five-years.db HIPFIT_TODAY=2026-11-21 hyperfine -N 'hipfit report --json'
"""

import argparse
import datetime
import json
import random
import sys


def five_years(today):
    first = today - datetime.timedelta(days=5 * 365 - 1)
    rng = random.Random(1)
    entries = []

    def entry(kind, date, hour, **fields):
        entries.append({"id": len(entries) + 1, "kind": kind, "date": date.isoformat(),
                        "time": f"{hour:02d}:00", **fields})

    weight = 80.0
    for day in range(5 * 365):
        date = first + datetime.timedelta(days=day)
        weight -= 0.004
        entry("weight", date, 7, value=round(weight + rng.gauss(0.0, 0.4), 2))
        for meal in range(3):
            entry("food", date, 8 + 5 * meal, value=550.0, protein_g=35.0)
        entry("water", date, 10, value=1600.0)
        entry("sleep", date, 7, value=7.4)
        entry("steps", date, 21, value=8200.0)
        entry("standup", date, 18, value=7.0)
        if day % 7 == 0:
            entry("measure", date, 7, waist_cm=round(86 - day * 0.002, 3), hip_cm=round(108 - day * 0.002, 3))
        if day % 7 in (0, 2, 4):
            load = 20.0 + 2.5 * (day // 56)  # a little more every eight weeks
            entry("workout", date, 18, energy_kcal=180.0, warm_up_skipped=False,
                  sets=[{"exercise": "glute-bridge", "reps": 12, "rpe": 8},
                        {"exercise": "glute-bridge", "reps": 12, "rpe": 8},
                        {"exercise": "dumbbell-squat", "reps": 10, "load_kg": load, "rpe": 7},
                        {"exercise": "dumbbell-squat", "reps": 8 + day % 3, "load_kg": load, "rpe": 8},
                        {"exercise": "walking", "minutes": 30.0, "distance_km": 2.5}])
    profile = {
        "activity": "light", "age_given_on": first.isoformat(), "age_years": 34, "days": ["mon", "wed", "fri"],
        "deficit_kcal": 250.0, "equipment": ["band", "dumbbells"], "goal": "lose-fat", "height_cm": 165.0,
        "hip_cm": 108.0, "level": "intermediate", "low_impact": False, "minutes_per_session": 45,
        "neck_cm": 34.0, "preferred_time": "18:00", "program_start": first.isoformat(), "sex": "female",
        "surplus_kcal": 300.0, "units": "metric", "waist_cm": 86.0, "weight_kg": 80.0,
    }
    return {"format": "hipfit-export", "version": 3, "profile": profile, "entries": entries, "checkins": [],
            "own_exercises": []}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--today", default="2026-11-21", help="the journal's last day (default 2026-11-21)")
    args = parser.parse_args()
    json.dump(five_years(datetime.date.fromisoformat(args.today)), sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

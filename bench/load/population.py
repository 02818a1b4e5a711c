#!/usr/bin/env python3
"""Signs up many accounts on a running `hipfit serve` and gives each a year of daily logs, for
bench/load_postgresql.sh.

Each account imports (POST /api/import) a hipfit export of its own: a profile and, for every day of the
year ending today, a weigh-in, three meals, water, sleep, steps and standing breaks, a workout three days
a week (a glute bridge and a dumbbell squat under a load that grows, and a walk) and a measurement once a
week: about 3,130 entries a year, the shape of bench/journal_bench's journal, with numbers of its own
(sex, age, height, weights and intake from a seed per account). Sign-ups come from loopback addresses of
their own, 20 to an address (the server's sign-up limit per address and hour). Writes one line per
account to OUT: the session cookie ("name=value") and the CSRF token, separated by a tab. Standard
library only.

    population.py http://127.0.0.1:8080 OUT [--accounts 200] [--days 365] [--parallel 4]
"""

import argparse
import concurrent.futures
import datetime
import http.client
import json
import random
import sys
import urllib.parse

SIGN_UPS_PER_ADDRESS = 20  # kSignUpsPerAddress in src/server/server_state.hpp


def year_of_logs(index, days, today):
    rng = random.Random(index)
    first = today - datetime.timedelta(days=days - 1)
    sex = "female" if index % 3 else "male"
    height = round(rng.uniform(155, 172) if sex == "female" else rng.uniform(168, 188), 1)
    weight = round(rng.uniform(24, 33) * (height / 100) ** 2, 1)  # a BMI of 24-33: fat loss is planned
    intake = rng.choice((1700.0, 1900.0, 2100.0, 2300.0))
    entries = []

    def entry(kind, date, hour, **fields):
        entries.append({"id": len(entries) + 1, "kind": kind, "date": date.isoformat(),
                        "time": f"{hour:02d}:{rng.randrange(60):02d}", **fields})

    for day in range(days):
        date = first + datetime.timedelta(days=day)
        weight -= 0.01
        entry("weight", date, 7, value=round(weight + rng.gauss(0.0, 0.4), 1))
        for meal in range(3):
            entry("food", date, 8 + 5 * meal, value=round(intake / 3 + rng.gauss(0, 60)),
                  protein_g=round(25 + rng.random() * 15))
        entry("water", date, 10, value=float(rng.choice((1200, 1500, 1800, 2000))))
        entry("sleep", date, 7, value=round(rng.uniform(6.0, 8.5), 1))
        entry("steps", date, 21, value=float(rng.randrange(3000, 14000)))
        entry("standup", date, 18, value=float(rng.randrange(3, 12)))
        if day % 7 == 0:
            entry("measure", date, 7, waist_cm=round(84 - day * 0.01, 1), hip_cm=round(106 - day * 0.01, 1))
        if day % 7 in (0, 2, 4):
            load = 10.0 + 2.5 * (day // 56)  # a little more every eight weeks
            entry("workout", date, 18, energy_kcal=180.0, warm_up_skipped=False,
                  sets=[{"exercise": "glute-bridge", "reps": 12, "rpe": 8},
                        {"exercise": "glute-bridge", "reps": 12, "rpe": 8},
                        {"exercise": "dumbbell-squat", "reps": 10, "load_kg": load, "rpe": 7},
                        {"exercise": "dumbbell-squat", "reps": 8 + day % 3, "load_kg": load, "rpe": 8},
                        {"exercise": "walking", "minutes": 30.0, "distance_km": 2.5}])
    profile = {
        "activity": rng.choice(("sedentary", "light", "moderate")), "age_given_on": first.isoformat(),
        "age_years": rng.randrange(22, 60), "days": ["mon", "wed", "fri"], "deficit_kcal": 500.0,
        "equipment": ["band", "dumbbells"], "goal": "lose-fat", "height_cm": height, "hip_cm": 106.0,
        "level": "intermediate", "low_impact": False, "minutes_per_session": 45, "neck_cm": 34.0,
        "preferred_time": "18:00", "program_start": first.isoformat(), "sex": sex, "surplus_kcal": 250.0,
        "units": "metric", "waist_cm": 84.0, "weight_kg": weight,
    }
    return {"format": "hipfit-export", "version": 3, "profile": profile, "entries": entries, "checkins": [],
            "own_exercises": []}


def call(host, port, source, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection(host, port, timeout=300, source_address=(source, 0))
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheader("Set-Cookie") or "", response.read()
    finally:
        connection.close()


def make_account(base, index, days, today):
    url = urllib.parse.urlsplit(base)
    source = f"127.0.0.{2 + index // SIGN_UPS_PER_ADDRESS}"
    sign_up = json.dumps({"email": f"load{index}@example.com", "password": f"correct horse battery {index}"})
    status, cookie, body = call(url.hostname, url.port, source, "POST", "/api/accounts", sign_up,
                                {"Content-Type": "application/json"})
    if status != 201:
        raise RuntimeError(f"sign-up {index}: {status} {body[:300]!r}")
    cookie = cookie.split(";", 1)[0]
    csrf = json.loads(body)["csrf_token"]
    journal = json.dumps(year_of_logs(index, days, today)).encode()
    status, _, body = call(url.hostname, url.port, source, "POST", "/api/import", journal,
                           {"Content-Type": "application/json", "Cookie": cookie, "X-CSRF-Token": csrf})
    if status != 200:
        raise RuntimeError(f"import {index}: {status} {body[:300]!r}")
    return index, cookie, csrf, json.loads(body).get("imported")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", help="the server, e.g. http://127.0.0.1:8080")
    parser.add_argument("out", help="where to write the accounts' cookies and CSRF tokens")
    parser.add_argument("--accounts", type=int, default=200)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--parallel", type=int, default=4)
    args = parser.parse_args()
    if args.accounts > SIGN_UPS_PER_ADDRESS * 250:
        sys.exit("population.py: at most 5,000 accounts (loopback addresses 127.0.0.2 to 127.0.0.251)")
    today = datetime.date.today()
    lines, imported = [None] * args.accounts, 0
    with concurrent.futures.ThreadPoolExecutor(args.parallel) as pool:
        work = [pool.submit(make_account, args.base, i, args.days, today) for i in range(args.accounts)]
        for done in concurrent.futures.as_completed(work):
            index, cookie, csrf, count = done.result()
            lines[index] = f"{cookie}\t{csrf}\n"
            imported += count or 0
    with open(args.out, "w", encoding="utf-8") as out:
        out.writelines(lines)
    print(f"population.py: {args.accounts} accounts, {imported} entries imported ({args.days} days each)")


if __name__ == "__main__":
    main()

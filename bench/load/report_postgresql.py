#!/usr/bin/env python3
"""Reads the runs of bench/load_postgresql.sh and prints the comparison table and the goals.

usage: report_postgresql.py DIR CONNECTIONS STATIC_BYTES RUN...
Each RUN is DIR/RUN.out (wrk with bench/load/mixed.lua), DIR/RUN.load (load averages before it),
DIR/RUN.cpu (/proc/stat's cpu line before and after) and, for a run with writes, DIR/RUN.stored (entries
stored during it). "niced" is the share of the machine's CPU that niced processes took during the run.
Runs are named SETUP-ROUTE (SETUP: sqlite, pg1, pg1-nginx, pg2; ROUTE: today, stats, coach, post) or
nginx, nginx-again. Exits 1 when an acknowledged write is not stored or a wrk output cannot be read;
missed speed goals are reported, exit 0.
"""
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report import ms, parse  # noqa: E402  (bench/load/report.py: wrk's output read the same way)

SETUP_NAMES = {"sqlite": "1 server, SQLite", "pg1": "1 server, PostgreSQL",
               "pg1-nginx": "1 server, PostgreSQL, nginx", "pg2": "2 servers, PostgreSQL, nginx"}
ROUTE_NAMES = {"today": "GET today + 10% POST", "stats": "GET stats + 10% POST",
               "coach": "GET coach + 10% POST", "post": "POST entries only"}


def read_run(folder, name):
    run = parse(os.path.join(folder, f"{name}.out"))
    text = open(os.path.join(folder, f"{name}.out"), encoding="utf-8", errors="replace").read()
    for key, label in (("written", "201"), ("read", "200"), ("other", "other")):
        found = re.search(rf"^lua {label} responses: (\d+)", text, re.M)
        run[key] = int(found.group(1)) if found else 0
    run["statuses"] = dict(re.findall(r"^lua status (\d+): (\d+)", text, re.M))
    stored = os.path.join(folder, f"{name}.stored")
    run["stored"] = int(open(stored).read()) if os.path.exists(stored) else None
    load = os.path.join(folder, f"{name}.load")
    run["load"] = open(load).read().strip() if os.path.exists(load) else "?"
    run["niced"] = niced_share(os.path.join(folder, f"{name}.cpu"))
    return run


def niced_share(path):
    """The share of the machine's CPU time that niced processes (other people's builds) took during a run,
    from /proc/stat's "cpu" line before and after it: the benchmark runs at nice 0 and mostly goes first,
    so the load average overstates what they took from it."""
    if not os.path.exists(path):
        return "?"
    lines = [list(map(int, line.split()[1:9])) for line in open(path) if line.startswith("cpu ")]
    if len(lines) != 2:
        return "?"
    spent = [after - before for before, after in zip(*lines)]
    return f"{100 * spent[1] / max(1, sum(spent)):.0f}%"


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    folder, connections, static_bytes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    runs = {name: read_run(folder, name) for name in sys.argv[4:]}
    yardsticks = [runs[n]["rps"] for n in ("nginx", "nginx-again") if n in runs]
    nginx = sum(yardsticks) / len(yardsticks) if yardsticks else 0.0

    print(f"\nnginx, static file of {static_bytes} B: "
          + ", ".join(f"{runs[n]['rps']:,.0f} req/s (p99 {ms(runs[n], 99)}, load {runs[n]['load']},"
                      f" niced {runs[n]['niced']})"
                      for n in ("nginx", "nginx-again") if n in runs)
          + f"; the ratios below are to their mean, {nginx:,.0f}/s")
    print(f"\n{'setup':<36}{'load':<22}{'niced':>6}{'req/s':>10}{'p50':>10}{'p99':>10}{'nginx':>8}{'SQLite':>8}"
          f"{'201s':>9}{'stored':>9}{'other':>7}")
    lost = 0
    for name, run in runs.items():
        if name.startswith("nginx"):
            continue
        setup, route = name.rsplit("-", 1)
        sqlite = runs.get(f"sqlite-{route}")
        to_nginx = f"{100 * run['rps'] / nginx:.1f}%" if nginx else "-"
        to_sqlite = f"{100 * run['rps'] / sqlite['rps']:.0f}%" if sqlite and setup != "sqlite" else "-"
        stored = "-" if run["stored"] is None else str(run["stored"])
        print(f"{SETUP_NAMES.get(setup, setup) + ': ' + route:<36}{run['load']:<22}{run['niced']:>6}{run['rps']:>10,.0f}"
              f"{ms(run, 50):>10}{ms(run, 99):>10}{to_nginx:>8}{to_sqlite:>8}{run['written']:>9}{stored:>9}"
              f"{run['other'] + run['socket_errors']:>7}")
        if run["statuses"]:
            print(f"{'':<36}other answers: " + ", ".join(f"{n} x {s}" for s, n in run["statuses"].items()))
        if run["stored"] is not None and run["stored"] < run["written"]:
            lost += run["written"] - run["stored"]
            print(f"{'':<36}LOST: {run['written'] - run['stored']} acknowledged writes are not stored")
        elif run["stored"] is not None and run["stored"] > run["written"] + connections:
            print(f"{'':<36}{run['stored'] - run['written']} more stored than acknowledged (at most"
                  f" {connections} were in flight)")

    def p99(run):
        return run["latency"].get(99, float("inf"))

    def verdict(met, run):
        if run["other"] or run["socket_errors"]:
            return f"{'yes' if met else 'NO'} ({run['other']} other answers, {run['socket_errors']} socket errors)"
        return "yes" if met else "NO"

    print(f"\n{'goal':<66}{'measured':<30}met")
    for setup in SETUP_NAMES:
        for route, share in (("today", 25), ("stats", 10), ("coach", 10)):
            run = runs.get(f"{setup}-{route}")
            if run and nginx:
                ratio = 100 * run["rps"] / nginx
                p99_goal = route == "today"
                goal = f"{SETUP_NAMES[setup]}: {route} >= {share}% of nginx" + (", p99 < 50 ms" if p99_goal else "")
                met = ratio >= share and (not p99_goal or p99(run) < 50)
                print(f"{goal:<66}{f'{ratio:.1f}%, p99 {ms(run, 99)}':<30}{verdict(met, run)}")
    pg2, sqlite = runs.get("pg2-post"), runs.get("sqlite-post")
    if pg2 and sqlite:
        ratio, rate = 100 * pg2["rps"] / sqlite["rps"], pg2["rps"]
        print(f"{'2 servers on PostgreSQL: POST >= 50% of SQLite, p99 < 50 ms':<66}"
              f"{f'{ratio:.0f}% ({rate:,.0f}/s), p99 {ms(pg2, 99)}':<30}"
              f"{verdict(ratio >= 50 and p99(pg2) < 50, pg2)}")
    acked = sum(r["written"] for r in runs.values() if r["stored"] is not None)
    print(f"{'every acknowledged (201) write stored':<66}{f'{acked:,} acknowledged, {lost} lost':<30}"
          f"{'yes' if lost == 0 else 'NO'}")
    sys.exit(1 if lost else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Reads the three wrk outputs of bench/load.sh and prints the comparison table and the goals.

usage: report.py NGINX_OUT GET_OUT POST_OUT CONNECTIONS STATIC_BYTES STORED_WATER_ENTRIES
Exits 1 when a wrk output cannot be read (the run failed); missed goals are reported, exit 0.
"""
import re
import sys

UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def parse(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", text, re.M)
    if not rps:
        sys.exit(f"report: no 'Requests/sec' in {path}; the wrk run failed:\n{text}")
    latency = {}
    for pct, value, unit in re.findall(r"^\s+(50|75|90|99)(?:\.0+)?%\s+([\d.]+)(us|ms|s|m|h)\s*$", text, re.M):
        latency[int(pct)] = float(value) * UNIT_MS[unit]
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    lua_ok = re.search(r"^lua 2xx responses: (\d+)", text, re.M)
    lua_bad = re.search(r"^lua non-2xx responses: (\d+)", text, re.M)
    wrk_bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)  # wrk counts status >= 400 here
    requests = re.search(r"^\s*(\d+) requests in", text, re.M)
    return {
        "rps": float(rps.group(1)),
        "latency": latency,
        "socket_errors": sum(map(int, sock.groups())) if sock else 0,
        "non2xx": int(lua_bad.group(1)) if lua_bad else int(wrk_bad.group(1)) if wrk_bad else 0,
        "ok": int(lua_ok.group(1)) if lua_ok else None,
        "requests": int(requests.group(1)) if requests else 0,
    }


def ms(run, pct):
    value = run["latency"].get(pct)
    return "n/a" if value is None else f"{value:.2f}ms"


def verdict(met, run=None):
    if run and run["non2xx"]:
        return f"NO ({run['non2xx']} non-2xx)"
    return "yes" if met else "NO"


def main():
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    nginx, get, post = (parse(p) for p in sys.argv[1:4])
    connections, static_bytes, stored = int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])

    print(f"\n{'target':<28}{'requests/s':>12}{'p50':>10}{'p90':>10}{'p99':>10}{'non-2xx':>9}{'sock-err':>10}")
    for name, run in ((f"nginx static ({static_bytes} B)", nginx), ("GET /api/today", get), ("POST /api/entries", post)):
        print(f"{name:<28}{run['rps']:>12.1f}{ms(run, 50):>10}{ms(run, 90):>10}{ms(run, 99):>10}"
              f"{run['non2xx']:>9}{run['socket_errors']:>10}")
    ratio = 100.0 * get["rps"] / nginx["rps"] if nginx["rps"] else 0.0
    print(f"\nGET /api/today is {ratio:.1f}% of nginx's requests/s ({connections} connections)")

    p99 = get["latency"].get(99)
    p99_note = "" if connections == 256 else f" (ran at {connections} connections)"
    acked = post["ok"] if post["ok"] is not None else post["requests"] - post["non2xx"]
    post_rate = f"{post['rps']:.0f}/s"
    print(f"\n{'goal':<39}{'measured':<34}met")
    print(f"{'GET today >= 50% of nginx requests/s':<39}{f'{ratio:.1f}%':<34}{verdict(ratio >= 50, get)}")
    print(f"{'GET today p99 < 20 ms at 256 conns':<39}{(ms(get, 99) + p99_note):<34}"
          f"{verdict(p99 is not None and p99 < 20, get)}")
    print(f"{'POST entries >= 5,000/s':<39}{post_rate:<34}{verdict(post['rps'] >= 5000, post)}")
    print(f"{'durable: stored >= acknowledged (2xx)':<39}{f'{stored} stored, {acked} 2xx':<34}{verdict(stored >= acked) if stored >= acked else f'NO ({acked - stored} acknowledged writes missing)'}")
    if stored > acked:
        print(f"  ({stored - acked} more stored than acknowledged: writes in flight when wrk stopped,"
              f" expected up to {connections})")


if __name__ == "__main__":
    main()

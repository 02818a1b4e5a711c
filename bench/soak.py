#!/usr/bin/env python3
"""Soak and chaos test of `hipfit serve` on loopback (not part of CI; docs/performance.md).

    bench/soak.py HIPFIT [--minutes 10] [--kill-every 60] [--clients 16] [--accounts 8] ...

Starts HIPFIT serve on 127.0.0.1 with a fresh database in a temporary directory, signs up --accounts
accounts (each imports a journal of --journal-size entries; account i invites account i+1 as its
coach, who accepts) and, for --minutes, sends mixed traffic from --clients threads: sign-ins and
sign-outs, sign-ups of new people, reads (today, stats, entries, one entry, the session), writes
(POST /api/entries; once an account's journal is over --journal-size, DELETE of one of its entries
instead, so that the journals and what reads cost stay about the same size), JSON and CSV imports,
JSON and CSV exports, and coach reads with ?account=. Every --kill-every seconds it sends SIGKILL to
the server and starts it again on the same database and port; the clients carry on, retrying reads
and writes that certainly never reached the server, never a write that may have (its outcome is
recorded as unknown). At the end it kills the server once more, restarts it to read everything
back, stops it with SIGTERM and checks:

  - every acknowledged insert (201 entry, 200 import; each entry has a unique note) is stored exactly
    once, in its own account, in the database file and through GET /api/entries; every acknowledged
    deletion stays deleted; nothing is stored that was not sent; acknowledged entries read during the
    run (GET /api/entries/{id}, exports, a coach's export) were all there;
  - PRAGMA integrity_check is ok;
  - the server's RSS (VmRSS, sampled every --rss-every seconds, between password hashes) after
    --warmup seconds of traffic in each lifetime stays within --rss-tolerance (10 %) of that
    lifetime's median, and each lifetime's median within it of the first's;
  - no answer was unexpected (no 5xx, no session lost across a restart), every restart succeeded
    and the last stop was clean (exit 0).

It prints a table per route, one per lifetime (RSS) and one of the checks, and exits 0 when every
check holds, 1 when one fails, 2 on bad usage. The temporary directory (server.log, soak.db and
rss.csv, every sample with its RssAnon/RssFile/RssShmem parts) is kept on failure or with --keep.

Every request goes to 127.0.0.1; each client sends from a loopback address of its own (127.0.1.N, and
127.0.0.N for sign-ups), as separate people would, so that a limit per address applies to each. The
run stops by itself: the traffic at --minutes, a watchdog 10 minutes later whatever happens.
Python 3 standard library only.
"""

import argparse
import collections
import contextlib
import datetime
import http.client
import json
import os
import random
import re
import select
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time

PASSWORD = "soak test password, long enough"
PROFILE = {"sex": "female", "age_years": 34, "height_cm": 165, "weight_kg": 72, "waist_cm": 80,
           "hip_cm": 104, "neck_cm": 33, "activity": "light", "goal": "lose-fat"}
CSV_HEADER = ("id,kind,date,time,value,unit,protein_g,note,waist_cm,hip_cm,thigh_cm,thigh_left_cm,"
              "thigh_right_cm,neck_cm,body_fat_percent,energy_kcal,warm_up_skipped,exercises")
REQUEST_TIMEOUT = 30.0  # seconds for one socket operation
RETRY_WINDOW = 60.0  # how long a read (or an unsent write) is retried while the server is away
START_TIMEOUT = 20.0  # for a server to print its address and answer /api/health
SERVES = re.compile(r"hipfit serves http://([0-9.]+):([0-9]+)")


def log(message):
    print(f"[soak {time.strftime('%H:%M:%S')}] {message}", flush=True)


# ---------------------------------------------------------------------------------------------------
# The server: started, killed and restarted on one database and (when it can) one port.

class Target:
    """Where the server is now, and whether it is up; shared by every client."""

    def __init__(self):
        self.port = 0
        self.up = threading.Event()


class Lifetime:
    def __init__(self, index, pid, port, started, start_seconds):
        self.index = index
        self.pid = pid
        self.port = port
        self.started = started  # time.monotonic() when it answered /api/health
        self.start_seconds = start_seconds  # from spawn to answering /api/health
        self.ended = None
        self.end = ""  # "SIGKILL", or the exit after SIGTERM
        self.rss = []  # (seconds since started, VmRSS in kB)
        self.rss_parts = []  # {field: kB} of each sample, RSS_FIELDS
        self.traffic = True  # False for the last lifetime, which only reads everything back
        self.traffic_from = started  # the first lifetime serves the set-up before the traffic


class Server:
    def __init__(self, binary, database, workdir, target, first_args):
        self.binary = binary
        self.database = database
        self.log_path = os.path.join(workdir, "server.log")
        self.target = target
        self.first_args = first_args  # e.g. --claim-owner, on the first start only
        self.process = None
        self.lifetimes = []
        self.port_changes = 0
        self.failed_starts = 0

    def _spawn(self, port):
        """Starts one process; returns its port once it answers /api/health, or None if it exited."""
        args = [self.binary, "serve", "--listen", f"127.0.0.1:{port}", "--db", self.database]
        if not self.lifetimes:
            args += self.first_args
        with open(self.log_path, "a") as log_file:  # the server's stderr goes there too
            log_file.write(f"--- {' '.join(args)}\n")
            log_file.flush()
            process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=log_file, stdin=subprocess.DEVNULL,
                                       text=True)
        self.process = process
        found = {}
        printed = threading.Event()

        def drain():  # reads stdout to its end so the server never blocks on a full pipe
            with open(self.log_path, "a") as out:
                for line in process.stdout:
                    out.write(line)
                    out.flush()
                    match = SERVES.search(line)
                    if match and not printed.is_set():
                        found["port"] = int(match.group(2))
                        printed.set()
            printed.set()

        threading.Thread(target=drain, daemon=True).start()
        deadline = time.monotonic() + START_TIMEOUT
        while not printed.wait(0.05):
            if time.monotonic() > deadline:
                break
        if "port" not in found:
            self._reap(process)
            return None
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return None
            try:
                connection = http.client.HTTPConnection("127.0.0.1", found["port"], timeout=2)
                connection.request("GET", "/api/health")
                response = connection.getresponse()
                response.read()
                connection.close()
                if response.status == 200:
                    return found["port"]
            except (OSError, http.client.HTTPException):
                pass
            time.sleep(0.02)
        self._reap(process)
        return None

    def _reap(self, process):
        if process.poll() is None:
            process.kill()
        process.wait()

    def start(self):
        """Starts the server on the port it had (the first time: any free one); falls back to a new port
        after five seconds of trying."""
        spawned = time.monotonic()
        wanted = self.target.port
        port = None
        while port is None and time.monotonic() - spawned < 5:
            port = self._spawn(wanted)
            if port is None:
                self.failed_starts += 1
                if wanted == 0:
                    break
                time.sleep(0.1)
        if port is None and wanted != 0:
            port = self._spawn(0)
        if port is None:
            raise RuntimeError(f"the server did not start; see {self.log_path}")
        if wanted not in (0, port):
            self.port_changes += 1
        now = time.monotonic()
        self.lifetimes.append(Lifetime(len(self.lifetimes) + 1, self.process.pid, port, now, now - spawned))
        self.target.port = port
        self.target.up.set()

    def kill(self):
        self.target.up.clear()
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.lifetimes[-1].ended = time.monotonic()
        self.lifetimes[-1].end = "SIGKILL"

    def stop(self):
        """SIGTERM: the server finishes what is in flight (up to 10 s) and exits; returns its exit code."""
        self.target.up.clear()
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait()
            self.lifetimes[-1].end = "did not stop within 30 s of SIGTERM: killed"
        self.lifetimes[-1].ended = time.monotonic()
        if not self.lifetimes[-1].end:
            self.lifetimes[-1].end = f"exit {code} after SIGTERM"
        return code

    def abandon(self):
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


class HashGate:
    """Sign-in and sign-up hash the password with argon2id in 64 MiB (libsodium's interactive limit) that
    the server frees when the hash is done: RSS read during one is not growth. Clients hold the gate
    while one of theirs is in flight; the sampler reads RSS only while none is (and, once it waits, new
    ones wait for it: one /proc read)."""

    def __init__(self):
        self.condition = threading.Condition()
        self.in_flight = 0
        self.sampling = False

    @contextlib.contextmanager
    def hashing(self):
        with self.condition:
            self.condition.wait_for(lambda: not self.sampling)
            self.in_flight += 1
        try:
            yield
        finally:
            with self.condition:
                self.in_flight -= 1
                self.condition.notify_all()

    def quiet(self, read, timeout):
        """Calls `read` while no hash is in flight; None if there was none such moment within `timeout`."""
        with self.condition:
            self.sampling = True
            try:
                if not self.condition.wait_for(lambda: self.in_flight == 0, timeout):
                    return None
                return read()
            finally:
                self.sampling = False
                self.condition.notify_all()


RSS_FIELDS = ("VmRSS", "RssAnon", "RssFile", "RssShmem")
# How long a sample waits for the hashes in flight to end (new ones wait meanwhile). Not the sampling
# interval: on a loaded 2-core machine a sign-in took up to 9 s, and with a sign-in in flight nearly all
# the time, a wait of 2 s found no quiet moment in ten minutes.
HASH_WAIT_S = 30


def sample_rss(server, stop, every, gate):
    """Reads the running server's VmRSS (and its parts, in kB) every `every` seconds into its lifetime."""
    def read(lifetime):
        values = {}
        with open(f"/proc/{lifetime.pid}/status") as status:
            for line in status:
                name = line.split(":")[0]
                if name in RSS_FIELDS:
                    values[name] = int(line.split()[1])
        return values if "VmRSS" in values else None

    while not stop.wait(every):
        if not server.lifetimes or server.lifetimes[-1].ended is not None:
            continue
        lifetime = server.lifetimes[-1]
        try:
            values = gate.quiet(lambda: read(lifetime), timeout=HASH_WAIT_S)
        except (OSError, ValueError):
            continue  # killed between the check and the read
        if values is not None and lifetime.ended is None:
            lifetime.rss.append((time.monotonic() - lifetime.started, values["VmRSS"]))
            lifetime.rss_parts.append(values)


# ---------------------------------------------------------------------------------------------------
# HTTP: one keep-alive connection per client, a session cookie and its CSRF token.

class NotSent(Exception):
    """The request certainly did not reach a server (no connection could be made): safe to retry."""


class Lost(Exception):
    """The connection failed after the request may have been sent: a write's outcome is unknown."""


class Answer:
    def __init__(self, status, headers, body, ms):
        self.status = status
        self.headers = headers
        self.body = body
        self.ms = ms

    def json(self):
        return json.loads(self.body)


class Http:
    def __init__(self, target, source=None):
        self.target = target
        self.source = source  # a loopback address to send from, or None
        self.connection = None

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def _stale(self):
        """An idle keep-alive socket that is readable was closed by the server (or holds garbage)."""
        sock = self.connection.sock
        try:
            readable, _, _ = select.select([sock], [], [], 0)
            return bool(readable)
        except (OSError, ValueError):
            return True

    def _connected(self):
        if self.connection is not None and (self.connection.port != self.target.port or
                                            (self.connection.sock is not None and self._stale())):
            self.close()
        if self.connection is None:
            self.connection = http.client.HTTPConnection(
                "127.0.0.1", self.target.port, timeout=REQUEST_TIMEOUT,
                source_address=(self.source, 0) if self.source else None)
        if self.connection.sock is None:
            try:
                self.connection.connect()
                self.connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError as error:
                self.close()
                raise NotSent(str(error)) from error
        return self.connection

    def call(self, method, path, body=None, content_type=None, headers=None):
        connection = self._connected()
        all_headers = dict(headers or {})
        if content_type:
            all_headers["Content-Type"] = content_type
        if isinstance(body, str):
            body = body.encode()
        started = time.monotonic()
        try:
            connection.request(method, path, body=body, headers=all_headers)
            response = connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException) as error:
            self.close()
            raise Lost(f"{type(error).__name__}: {error}") from error
        return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, data,
                      (time.monotonic() - started) * 1000)


class Session(Http):
    def __init__(self, target, source=None):
        super().__init__(target, source)
        self.cookie = None  # "name=value" of the session cookie (hipfit_session, or a prefixed name)
        self.csrf = None

    def headers(self, method):
        headers = {}
        if self.cookie:
            headers["Cookie"] = self.cookie
        if self.csrf and method in ("POST", "PUT", "DELETE"):
            headers["X-CSRF-Token"] = self.csrf
        return headers

    def call(self, method, path, body=None, content_type=None, headers=None):
        all_headers = self.headers(method)
        all_headers.update(headers or {})
        if isinstance(body, (dict, list)):
            body, content_type = json.dumps(body), "application/json"
        return super().call(method, path, body, content_type, all_headers)

    def take_session(self, answer):
        match = re.match(r"\s*([^=;\s]+=[^;]*)", answer.headers.get("set-cookie", ""))
        self.cookie = match.group(1) if match else None
        self.csrf = answer.json().get("csrf_token")


def retried(session, method, path, body=None, content_type=None, deadline=None, on_retry=None):
    """A request that is safe to repeat (a read, a sign-in): retried through restarts and 503s."""
    deadline = deadline or time.monotonic() + RETRY_WINDOW
    while True:
        try:
            answer = session.call(method, path, body, content_type)
            if answer.status != 503:
                return answer
        except (NotSent, Lost):
            pass
        if time.monotonic() > deadline:
            raise Lost(f"{method} {path}: no answer within {RETRY_WINDOW:.0f} s of retrying")
        if on_retry:
            on_retry()
        session.target.up.wait(1.0)
        time.sleep(0.02)


# ---------------------------------------------------------------------------------------------------
# What the clients did: acknowledged and unknown writes, per-route figures, failures.

class Ledger:
    """Every insert and deletion the clients made, by the unique note of its entry."""

    def __init__(self):
        self.lock = threading.Lock()
        self.acknowledged = {}  # note -> (account id, entry id or None, how): answered 201 (200 for imports)
        self.by_account = collections.defaultdict(list)  # account id -> acknowledged notes, in order
        self.unknown = {}  # note -> account id: an insert sent whose answer never came (a kill)
        self.deleted = {}  # note -> True once its DELETE was answered 204; False while in flight or unanswered
        self.live = collections.defaultdict(list)  # account id -> [(note, id)]: acknowledged, id known, not deleted
        self.size = collections.Counter()  # account id -> acknowledged inserts minus deletions sent
        self.failures = collections.Counter()
        self.examples = collections.OrderedDict()  # failure kind -> first few details
        self.signups = collections.Counter()
        self.extra_accounts = []  # (email, id) of accounts signed up during the run

    def acknowledge(self, account, notes_and_ids, how):
        with self.lock:
            for note, entry_id in notes_and_ids:
                self.acknowledged[note] = (account, entry_id, how)
                self.by_account[account].append(note)
                self.size[account] += 1
                if entry_id is not None:
                    self.live[account].append((note, entry_id))

    def unknown_outcome(self, account, notes):
        with self.lock:
            for note in notes:
                self.unknown[note] = account

    def any_live(self, account, rng):
        with self.lock:
            live = self.live[account]
            return live[rng.randrange(len(live))] if live else (None, None)

    def take_for_deletion(self, account, rng):
        """A live entry of `account`, from now on counted as deleted (its DELETE is about to be sent)."""
        with self.lock:
            live = self.live[account]
            if not live:
                return None, None
            index = rng.randrange(len(live))
            live[index], live[-1] = live[-1], live[index]
            note, entry_id = live.pop()
            self.deleted[note] = False
            self.size[account] -= 1
            return note, entry_id

    def deletion_acknowledged(self, note):
        with self.lock:
            self.deleted[note] = True

    def is_deleted(self, note):
        with self.lock:
            return note in self.deleted

    def snapshot(self, account):
        """The notes acknowledged for `account` and not deleted (nor being deleted), now."""
        with self.lock:
            return [note for note in self.by_account[account] if note not in self.deleted]

    def fail(self, kind, detail):
        with self.lock:
            self.failures[kind] += 1
            examples = self.examples.setdefault(kind, [])
            if len(examples) < 3:
                examples.append(detail[:300])


class Figures:
    """Per-client figures, merged at the end (no lock on the hot path)."""

    def __init__(self):
        self.count = collections.Counter()
        self.unexpected = collections.Counter()
        self.lost = collections.Counter()  # connection lost: retried (reads) or unknown (writes)
        self.latency = collections.defaultdict(list)

    def merge(self, other):
        self.count.update(other.count)
        self.unexpected.update(other.unexpected)
        self.lost.update(other.lost)
        for route, values in other.latency.items():
            self.latency[route].extend(values)


# ---------------------------------------------------------------------------------------------------
# The clients.

class Account:
    def __init__(self, index, email, account_id):
        self.index = index
        self.email = email
        self.id = account_id
        self.client_of = None  # the account id this one coaches


def days_ago(days):
    return (datetime.date.today() - datetime.timedelta(days=days)).isoformat()


class Client(threading.Thread):
    # (weight, operation): reads 61 %, writes 37 % (a sign-up only every --signup-every s, else a read).
    MIX = [(12, "today"), (5, "stats"), (12, "entries"), (8, "entry"), (2, "session"),
           (30, "post_entry"), (2, "import_json"), (1, "import_csv"), (2, "export_json"), (1, "export_csv"),
           (6, "coach_entries"), (4, "coach_today"), (2, "coach_stats"), (1, "coach_export"),
           (1, "sign_in"), (1, "sign_up")]

    def __init__(self, number, account, run, target, ledger, options, stop, budget, signup_turn, gate):
        super().__init__(name=f"client {number}", daemon=True)
        self.number = number
        self.account = account
        self.run_id = run
        self.target = target
        self.ledger = ledger
        self.options = options
        self.stop = stop
        self.budget = budget
        self.signup_turn = signup_turn
        self.gate = gate
        self.random = random.Random(options.seed * 1000 + number)
        # Each client connects from a loopback address of its own, as separate people would (a limit per
        # address then applies to each): 127.0.1.1, 127.0.1.2, …; every request goes to 127.0.0.1.
        self.session = Session(target, source=f"127.0.1.{1 + number % 254}")
        self.figures = Figures()
        self.sequence = 0
        self.operations = [name for weight, name in self.MIX for _ in range(weight)]

    # -- helpers

    def note(self):
        self.sequence += 1
        return f"soak {self.run_id} a{self.account.id} c{self.number} n{self.sequence}"

    def record(self, route, answer, expected):
        self.figures.count[route] += 1
        self.figures.latency[route].append(answer.ms)
        if answer.status not in expected:
            self.figures.unexpected[route] += 1
            kind = f"{route}: {answer.status}"
            if answer.status == 401:
                kind = f"{route}: 401 (session lost)"
            self.ledger.fail(kind, answer.body.decode(errors="replace"))
            if answer.status == 401 and route != "POST /api/session":
                self.sign_in()
            return False
        return True

    def read(self, route, path, expected=(200,)):
        def lost():
            self.figures.lost[route] += 1

        answer = retried(self.session, "GET", path, on_retry=lost)
        return answer if self.record(route, answer, expected) else None

    def write(self, route, method, path, body, content_type, notes, expected, session=None, account=None):
        """Sends a write once. Retried only when no connection could be made; a write whose connection
        failed after sending is recorded as unknown and never repeated."""
        session = session or self.session
        account = account or self.account
        deadline = time.monotonic() + RETRY_WINDOW
        while True:
            try:
                answer = session.call(method, path, body, content_type)
                if answer.status == 503:
                    raise NotSent("503")  # refused before reading the request
                break
            except NotSent:
                if time.monotonic() > deadline:
                    self.ledger.fail(f"{route}: no connection", f"for {RETRY_WINDOW:.0f} s")
                    return None
                self.target.up.wait(1.0)
                time.sleep(0.02)
            except Lost:
                self.figures.lost[route] += 1
                self.ledger.unknown_outcome(account.id, notes)
                return None
        return answer if self.record(route, answer, expected) else None

    def post_entry(self, entry, session=None, account=None):
        account = account or self.account
        answer = self.write("POST /api/entries", "POST", "/api/entries", entry, None, [entry["note"]], (201,),
                            session, account)
        if answer is None:
            return
        stored = answer.json()
        if stored.get("note") != entry["note"] or not isinstance(stored.get("id"), int):
            self.ledger.fail("POST /api/entries: wrong answer", answer.body.decode(errors="replace"))
            return
        self.ledger.acknowledge(account.id, [(entry["note"], stored["id"])], "entry")

    def sign_in(self, deadline=None):
        with self.gate.hashing():
            answer = retried(self.session, "POST", "/api/session",
                             {"email": self.account.email, "password": PASSWORD}, deadline=deadline)
        if self.record("POST /api/session", answer, (200,)):
            self.session.take_session(answer)

    def entry(self):
        note = self.note()
        day = days_ago(self.random.randint(0, 30))
        at = f"{self.random.randint(6, 22):02d}:{self.random.randint(0, 59):02d}"
        kind = self.random.choice(["water", "steps", "food", "weight", "sleep", "workout"])
        entry = {"kind": kind, "date": day, "time": at, "note": note}
        if kind == "water":
            entry["value"] = self.random.randint(100, 500)
        elif kind == "steps":
            entry["value"] = self.random.randint(1000, 12000)
        elif kind == "food":
            entry.update(value=self.random.randint(100, 800), protein_g=self.random.randint(0, 40))
        elif kind == "weight":
            entry["value"] = round(self.random.uniform(68, 74), 1)
        elif kind == "sleep":
            entry["value"] = round(self.random.uniform(5, 9), 1)
        else:
            entry["sets"] = [{"exercise": "glute-bridge", "reps": self.random.randint(8, 15)}]
        return entry

    def check_notes(self, route, answer, account, before):
        """Every note acknowledged for `account` before the request was sent is in the answer."""
        data = answer.json()
        entries = data["entries"] if isinstance(data, dict) else data
        present = collections.Counter(e.get("note") for e in entries)
        missing = [note for note in before if present[note] == 0 and not self.ledger.is_deleted(note)]
        twice = [note for note in before if present[note] > 1]
        if missing or twice:
            self.ledger.fail(f"{route}: acknowledged entries missing or repeated",
                             f"{len(missing)} missing, {len(twice)} repeated, e.g. {(missing + twice)[0]}")

    # -- the operations

    def op_today(self):
        self.read("GET /api/today", "/api/today")

    def op_stats(self):
        self.read("GET /api/stats", f"/api/stats?period={self.random.choice(['week', 'month'])}")

    def op_entries(self):
        self.read("GET /api/entries?since", f"/api/entries?since={days_ago(2)}")

    def op_entry(self):
        note, entry_id = self.ledger.any_live(self.account.id, self.random)
        if entry_id is None:
            return self.op_today()
        answer = self.read("GET /api/entries/{id}", f"/api/entries/{entry_id}", expected=(200, 404))
        if answer is None:
            return
        if answer.status == 404 and not self.ledger.is_deleted(note):  # deleted meanwhile is fine
            self.ledger.fail("GET /api/entries/{id}: an acknowledged entry is missing", f"{entry_id}: {note}")
        elif answer.status == 200 and answer.json().get("note") != note:
            self.ledger.fail("GET /api/entries/{id}: another note", f"{entry_id}: {answer.body[:200]!r}")

    def op_session(self):
        self.read("GET /api/session", "/api/session")

    def op_post_entry(self):
        """Logs an entry, or deletes one when the account's journal is over --journal-size, so that the
        journals (and what reads and exports cost) stay about the same size through the run."""
        if self.ledger.size[self.account.id] > self.options.journal_size:
            return self.op_delete_entry()
        self.post_entry(self.entry())

    def op_delete_entry(self):
        note, entry_id = self.ledger.take_for_deletion(self.account.id, self.random)
        if entry_id is None:
            return self.op_today()
        answer = self.write("DELETE /api/entries/{id}", "DELETE", f"/api/entries/{entry_id}", None, None, [],
                            (204,))
        if answer is not None:
            self.ledger.deletion_acknowledged(note)

    def op_import_json(self):
        entries = [self.entry() for _ in range(self.random.randint(1, 4))]
        body = json.dumps({"format": "hipfit-export", "version": 2, "profile": None, "entries": entries,
                           "checkins": []})
        self.imported("POST /api/import (json)", body, "application/json", entries, "import json")

    def op_import_csv(self):
        entries = [self.entry() for _ in range(self.random.randint(1, 4))]
        units = {"water": "ml", "steps": "steps", "food": "kcal", "weight": "kg", "sleep": "h"}
        lines = [CSV_HEADER]
        for e in entries:
            if e["kind"] == "workout":
                e.update(kind="water", value=250)
                e.pop("sets")
            protein = e.get("protein_g", "")
            lines.append(f",{e['kind']},{e['date']},{e['time']},{e['value']},{units[e['kind']]},{protein},"
                         f"{e['note']}" + "," * 10)
        self.imported("POST /api/import (csv)", "\r\n".join(lines) + "\r\n", "text/csv", entries, "import csv")

    def imported(self, route, body, content_type, entries, how):
        notes = [e["note"] for e in entries]
        answer = self.write(route, "POST", "/api/import", body, content_type, notes, (200,))
        if answer is None:
            return
        if answer.json().get("imported") != len(entries):
            self.ledger.fail(f"{route}: wrong count", answer.body.decode(errors="replace"))
            return
        self.ledger.acknowledge(self.account.id, [(note, None) for note in notes], how)

    def op_export_json(self):
        before = self.ledger.snapshot(self.account.id)
        answer = self.read("GET /api/export", "/api/export")
        if answer is not None:
            self.check_notes("GET /api/export", answer, self.account.id, before)

    def op_export_csv(self):
        answer = self.read("GET /api/export?format=csv", "/api/export?format=csv")
        if answer is not None and not answer.body.startswith(CSV_HEADER.encode()):
            self.ledger.fail("GET /api/export?format=csv: no header", repr(answer.body[:100]))

    def op_coach_entries(self):
        self.read("coach GET /api/entries", f"/api/entries?account={self.account.client_of}&since={days_ago(2)}")

    def op_coach_today(self):
        self.read("coach GET /api/today", f"/api/today?account={self.account.client_of}")

    def op_coach_stats(self):
        self.read("coach GET /api/stats", f"/api/stats?account={self.account.client_of}&period=week")

    def op_coach_export(self):
        before = self.ledger.snapshot(self.account.client_of)
        answer = self.read("coach GET /api/export", f"/api/export?account={self.account.client_of}")
        if answer is not None:
            self.check_notes("coach GET /api/export", answer, self.account.client_of, before)

    def op_sign_in(self):
        if self.random.random() < 0.5:  # sign out first, half the time
            try:
                answer = self.session.call("DELETE", "/api/session")
                self.record("DELETE /api/session", answer, (204,))
            except (NotSent, Lost):
                self.figures.lost["DELETE /api/session"] += 1
        self.sign_in()

    def op_sign_up(self):
        """A new person signs up (at most one every --signup-every seconds, from a loopback address of
        its own), creates a profile and logs one entry, tracked like every other write."""
        number = self.signup_turn()
        if number is None:
            return self.op_today()
        email = f"soak-{self.run_id}-new{number}@example.com"
        newcomer = Session(self.target, source=f"127.0.0.{2 + (self.options.accounts + number) % 250}")
        try:
            with self.gate.hashing():
                answer = retried(newcomer, "POST", "/api/accounts", {"email": email, "password": PASSWORD})
        except Lost:
            self.ledger.fail("POST /api/accounts: no answer", email)
            return
        self.figures.count["POST /api/accounts"] += 1
        self.figures.latency["POST /api/accounts"].append(answer.ms)
        if answer.status == 429:
            self.ledger.signups["throttled (429)"] += 1
            return
        if answer.status == 409:  # an earlier attempt was stored but its answer lost
            self.ledger.signups["taken by an attempt whose answer was lost (409)"] += 1
            return
        if not self.record("POST /api/accounts", answer, (201,)):
            return
        self.ledger.signups["signed up"] += 1
        newcomer.take_session(answer)
        account = Account(-1, email, answer.json()["account"]["id"])
        with self.ledger.lock:
            self.ledger.extra_accounts.append((email, account.id))
        try:
            self.record("PUT /api/profile", retried(newcomer, "PUT", "/api/profile", PROFILE), (200,))
            entry = self.entry()
            entry["note"] = f"soak {self.run_id} a{account.id} new{number}"
            self.post_entry(entry, newcomer, account)
        finally:
            newcomer.close()

    def run(self):
        self.sign_in()
        think = self.options.think_ms / 1000
        while not self.stop.is_set() and self.budget():
            operation = self.random.choice(self.operations)
            try:
                getattr(self, "op_" + operation)()
            except Lost as error:
                self.ledger.fail(f"{operation}: no answer", str(error))
            except Exception as error:  # a bug in this script or an answer it cannot read
                self.ledger.fail(f"{operation}: {type(error).__name__}", repr(error))
            if think:
                self.stop.wait(self.random.uniform(0.5, 1.5) * think)
        self.session.close()


# ---------------------------------------------------------------------------------------------------
# Set-up, the run, the checks.

def sign_up(target, email, source, ledger, deadline):
    """Signs up one account before the run; on 429 waits as told (until `deadline`)."""
    session = Session(target, source=source)
    while True:
        answer = once(session, "POST", "/api/accounts", {"email": email, "password": PASSWORD})
        if answer.status == 201:
            session.take_session(answer)
            return session, answer.json()["account"]["id"]
        if answer.status == 429 and time.monotonic() < deadline:
            wait = min(int(answer.headers.get("retry-after", "5")), max(1, int(deadline - time.monotonic())))
            ledger.signups["set-up waited after 429"] += 1
            log(f"sign-up of {email} throttled; waiting {wait} s as Retry-After says")
            time.sleep(wait)
            continue
        raise RuntimeError(f"sign-up of {email} answered {answer.status}: {answer.body[:300]!r}")


def once(session, method, path, body=None):
    """A request of the set-up, before any kill: a connection failure there is a failure of the run."""
    try:
        return session.call(method, path, body)
    except (NotSent, Lost) as error:
        raise RuntimeError(f"{method} {path} during the set-up: {error}") from error


def prefill(session, account, options, run, ledger):
    """Imports a journal of --journal-size entries, so that the run starts on a database of a few MB, as a
    server in use would, and learns their ids (the clients delete some of them)."""
    maker = random.Random(options.seed * 7919 + account.index)
    notes, left = [], options.journal_size
    while left > 0:
        entries = []
        for _ in range(min(left, 500)):
            entries.append({"kind": "water", "date": days_ago(maker.randint(31, 730)),
                            "time": f"{maker.randint(6, 22):02d}:{maker.randint(0, 59):02d}",
                            "value": maker.randint(100, 500),
                            "note": f"soak {run} a{account.id} prefill {len(notes) + len(entries)}"})
        body = {"format": "hipfit-export", "version": 2, "profile": None, "entries": entries, "checkins": []}
        answer = once(session, "POST", "/api/import", body)
        if answer.status != 200 or answer.json().get("imported") != len(entries):
            raise RuntimeError(f"prefill import answered {answer.status}: {answer.body[:300]!r}")
        notes += [e["note"] for e in entries]
        left -= len(entries)
    answer = once(session, "GET", "/api/entries")
    ids = {e.get("note"): e["id"] for e in answer.json()} if answer.status == 200 else {}
    if any(note not in ids for note in notes):
        raise RuntimeError(f"GET /api/entries after the prefill answered {answer.status} without every entry")
    ledger.acknowledge(account.id, [(note, ids[note]) for note in notes], "prefill")


def set_up(target, options, run, ledger):
    accounts, sessions = [], []
    deadline = time.monotonic() + 300
    for i in range(options.accounts):
        email = f"soak-{run}-{i}@example.com"
        session, account_id = sign_up(target, email, f"127.0.0.{2 + i % 250}", ledger, deadline)
        answer = once(session, "PUT", "/api/profile", PROFILE)
        if answer.status != 200:
            raise RuntimeError(f"PUT /api/profile answered {answer.status}: {answer.body[:300]!r}")
        accounts.append(Account(i, email, account_id))
        sessions.append(session)
        prefill(session, accounts[-1], options, run, ledger)
    # Account i invites account i+1 as its coach, who accepts: account i+1 reads account i.
    for i, account in enumerate(accounts):
        coach = accounts[(i + 1) % len(accounts)]
        invite = once(sessions[i], "POST", "/api/coaches", {"email": coach.email})
        accept = once(sessions[(i + 1) % len(accounts)], "POST", f"/api/clients/{account.id}/accept")
        if invite.status != 202 or accept.status != 200:  # 202 alike for any e-mail (no enumeration)
            raise RuntimeError(f"coach link {account.email} → {coach.email}: {invite.status}, {accept.status}")
        coach.client_of = account.id
    for session in sessions:
        session.close()
    return accounts


def write_rss(server, path):
    with open(path, "w") as out:
        out.write("lifetime,pid,seconds," + ",".join(RSS_FIELDS) + "\n")
        for lifetime in server.lifetimes:
            for (seconds, _), parts in zip(lifetime.rss, lifetime.rss_parts):
                out.write(f"{lifetime.index},{lifetime.pid},{seconds:.1f},"
                          + ",".join(str(parts.get(field, "")) for field in RSS_FIELDS) + "\n")


def stored_in_database(database, run):
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute("SELECT id, account_id, note FROM entries WHERE note LIKE ?",
                                  (f"soak {run} %",)).fetchall()
        integrity = "\n".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()
    return rows, integrity


def listed_through_api(target, accounts, run):
    """Signs in as every account on the restarted server and lists its entries: account id -> notes."""
    listed = {}
    for email, account_id in accounts:
        session = Session(target)
        answer = retried(session, "POST", "/api/session", {"email": email, "password": PASSWORD})
        if answer.status != 200:
            listed[account_id] = None
            continue
        session.take_session(answer)
        answer = retried(session, "GET", "/api/entries")
        listed[account_id] = ([e.get("note") for e in answer.json() if str(e.get("note", "")).startswith(
            f"soak {run} ")] if answer.status == 200 else None)
        session.close()
    return listed


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def steady_rss(lifetime, warmup):
    """VmRSS samples (kB) taken after `warmup` seconds of traffic in this lifetime."""
    offset = lifetime.traffic_from - lifetime.started
    return [kb for seconds, kb in lifetime.rss if seconds >= offset + warmup]


def table(rows, header):
    widths = [max(len(str(row[i])) for row in [header] + rows) for i in range(len(header))]
    line = lambda row: "  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip()
    print(line(header))
    print("  ".join("-" * width for width in widths))
    for row in rows:
        print(line(row))


def supports_claim_owner(binary):
    try:
        text = subprocess.run([binary, "serve", "--help"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "--claim-owner" in text


def parse_options():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("hipfit", help="path to the hipfit binary")
    parser.add_argument("--minutes", type=float, default=10, help="how long the traffic runs (default 10)")
    parser.add_argument("--kill-every", type=float, default=60,
                        help="seconds between SIGKILLs (default 60; 0: none until the end, one long lifetime)")
    parser.add_argument("--clients", type=int, default=16, help="client threads (default 16)")
    parser.add_argument("--accounts", type=int, default=8, help="accounts the clients share (default 8)")
    parser.add_argument("--think-ms", type=float, default=20, help="pause between a client's requests")
    parser.add_argument("--signup-every", type=float, default=10, help="seconds between sign-ups during the run")
    parser.add_argument("--journal-size", type=int, default=2000,
                        help="entries each account imports before the traffic; past it, clients delete as many "
                             "as they log (default 2000)")
    parser.add_argument("--warmup", type=float, default=20, help="seconds of a lifetime before RSS counts")
    parser.add_argument("--rss-every", type=float, default=2, help="seconds between RSS samples")
    parser.add_argument("--rss-tolerance", type=float, default=0.10, help="allowed RSS spread (default 0.10)")
    parser.add_argument("--max-requests", type=int, default=2_000_000, help="stop after this many operations")
    parser.add_argument("--seed", type=int, default=1, help="seed of the traffic's random choices")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (kept on failure)")
    options = parser.parse_args()
    if not (os.path.isfile(options.hipfit) and os.access(options.hipfit, os.X_OK)):
        parser.error(f"no executable hipfit at {options.hipfit}")
    if options.clients < 1 or options.accounts < 2 or options.minutes <= 0 or options.kill_every < 0:
        parser.error("--clients at least 1, --accounts at least 2, --minutes above 0, --kill-every 0 or more")
    if options.warmup >= min(options.kill_every or float("inf"), options.minutes * 60):
        parser.error("--warmup must be shorter than --kill-every and the run, or no RSS sample counts")
    if options.journal_size < 0 or options.think_ms < 0 or options.rss_every <= 0:
        parser.error("--journal-size and --think-ms 0 or more, --rss-every above 0")
    options.hipfit = os.path.abspath(options.hipfit)
    return options


def main():
    options = parse_options()
    workdir = tempfile.mkdtemp(prefix="hipfit-soak.")
    database = os.path.join(workdir, "soak.db")
    run = f"{int(time.time()) % 100000:05d}"
    target = Target()
    first_args = ["--claim-owner"] if supports_claim_owner(options.hipfit) else []
    server = Server(options.hipfit, database, workdir, target, first_args)
    ledger = Ledger()
    stop_traffic, stop_sampling = threading.Event(), threading.Event()

    def watchdog():  # whatever happens, the run ends
        time.sleep(options.minutes * 60 + 600)
        log("watchdog: the run took 10 minutes longer than asked; stopping")
        server.abandon()
        os._exit(3)

    threading.Thread(target=watchdog, daemon=True).start()
    try:
        return soak(options, workdir, database, run, target, server, ledger, stop_traffic, stop_sampling)
    finally:
        stop_traffic.set()
        stop_sampling.set()
        server.abandon()


def soak(options, workdir, database, run, target, server, ledger, stop_traffic, stop_sampling):
    log(f"{options.hipfit}; database {database}")
    server.start()
    log(f"serving on 127.0.0.1:{target.port} (pid {server.process.pid}); signing up {options.accounts} accounts")
    accounts = set_up(target, options, run, ledger)

    operations = [0]
    count_lock = threading.Lock()

    def budget():
        with count_lock:
            operations[0] += 1
            return operations[0] <= options.max_requests

    signups = {"next": time.monotonic() + options.signup_every, "count": 0}

    def signup_turn():
        with count_lock:
            if time.monotonic() < signups["next"]:
                return None
            signups["next"] = time.monotonic() + options.signup_every
            signups["count"] += 1
            return signups["count"]

    gate = HashGate()
    sampler = threading.Thread(target=sample_rss, args=(server, stop_sampling, options.rss_every, gate),
                               daemon=True)
    sampler.start()
    clients = [Client(n, accounts[n % len(accounts)], run, target, ledger, options, stop_traffic, budget,
                      signup_turn, gate) for n in range(options.clients)]
    began = time.monotonic()
    end = began + options.minutes * 60
    log(f"traffic: {options.clients} clients on {options.accounts} accounts for {options.minutes:g} min, "
        + (f"SIGKILL every {options.kill_every:g} s" if options.kill_every else "no SIGKILL until the end"))
    server.lifetimes[-1].traffic_from = began
    for client in clients:
        client.start()
    next_kill = began + options.kill_every if options.kill_every else float("inf")
    while time.monotonic() < end - 1:
        time.sleep(max(0.0, min(next_kill, end) - time.monotonic()))
        if time.monotonic() >= end - 1:
            break
        server.kill()
        server.start()
        next_kill += options.kill_every
        lifetime = server.lifetimes[-1]
        log(f"SIGKILL {server.lifetimes[-2].pid}; restarted as {lifetime.pid} on port {lifetime.port} in "
            f"{lifetime.start_seconds:.2f} s; {len(ledger.acknowledged)} writes acknowledged so far")
    stop_traffic.set()
    for client in clients:
        client.join(timeout=REQUEST_TIMEOUT + RETRY_WINDOW + 10)
    stuck = [client.name for client in clients if client.is_alive()]
    traffic_seconds = time.monotonic() - began

    # The last lifetime's writes go through a crash too; then everything is read back and the server
    # stopped cleanly, so that the database file is checked at rest.
    server.kill()
    server.start()
    stop_sampling.set()
    server.lifetimes[-1].traffic = False
    log(f"traffic stopped; killed and restarted once more; reading back "
        f"{len(accounts) + len(ledger.extra_accounts)} accounts")
    everyone = [(a.email, a.id) for a in accounts] + list(ledger.extra_accounts)
    listed = listed_through_api(target, everyone, run)
    exit_code = server.stop()
    write_rss(server, os.path.join(workdir, "rss.csv"))
    rows, integrity = stored_in_database(database, run)

    figures = Figures()
    for client in clients:
        figures.merge(client.figures)
    failed = report(options, run, server, ledger, figures, listed, rows, integrity, exit_code, stuck,
                    traffic_seconds, len(accounts))
    if failed or options.keep:
        print(f"\nkept: {workdir} (server.log, soak.db)")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if failed else 0


def report(options, run, server, ledger, figures, listed, rows, integrity, exit_code, stuck, seconds,
           account_count):
    checks = []  # (name, ok, detail)

    # Writes.
    stored = collections.defaultdict(list)  # note -> [(id, account)]
    for entry_id, account_id, note in rows:
        stored[note].append((entry_id, account_id))
    acknowledged, unknown, deleted = ledger.acknowledged, ledger.unknown, ledger.deleted
    kept = [n for n in acknowledged if n not in deleted]
    lost = [n for n in kept if not stored.get(n)]
    repeated = [n for n in list(acknowledged) + list(unknown) if len(stored.get(n, [])) > 1]
    elsewhere = [n for n, (account, entry_id, _) in acknowledged.items() if len(stored.get(n, [])) == 1 and (
        stored[n][0][1] != account or entry_id not in (None, stored[n][0][0]))]
    back = [n for n, answered in deleted.items() if answered and stored.get(n)]
    phantom = [n for n in stored if n not in acknowledged and n not in unknown]
    hows = collections.Counter(how for _, _, how in acknowledged.values())
    imports = hows["import json"] + hows["import csv"]
    prefilled = f", {hows['prefill']:,} imported before the traffic" if hows["prefill"] else ""
    ok = not (lost or repeated or elsewhere)
    checks.append(("acknowledged writes stored exactly once", ok,
                   f"{len(acknowledged):,} entries ({hows['entry']:,} POSTs, {imports:,} in imports{prefilled}), "
                   f"{len(kept):,} not deleted: {len(lost)} lost, {len(repeated)} stored twice, "
                   f"{len(elsewhere)} in the wrong place"
                   + (f", e.g. {(lost + repeated + elsewhere)[0]}" if not ok else "")))
    answered = sum(1 for a in deleted.values() if a)
    checks.append(("acknowledged deletions stay deleted", not back,
                   f"{answered:,} deletions: {len(back)} came back" + (f", e.g. {back[0]}" if back else "")))
    unknown_stored = sum(1 for n in unknown if stored.get(n))
    unanswered = [n for n, a in deleted.items() if not a]
    unanswered_gone = sum(1 for n in unanswered if not stored.get(n))
    checks.append(("writes without an answer (connection lost at a kill)", True,
                   f"{len(unknown)} inserts: {unknown_stored} stored, {len(unknown) - unknown_stored} not; "
                   f"{len(unanswered)} deletions: {unanswered_gone} done, {len(unanswered) - unanswered_gone} not"))
    checks.append(("nothing stored that was not sent", not phantom,
                   f"{len(phantom)} unknown notes" + (f", e.g. {phantom[0]}" if phantom else "")))
    mismatched = []
    for account_id, notes in listed.items():
        in_database = sorted(n for n, places in stored.items() for _, a in places if a == account_id)
        if notes is None or sorted(notes) != in_database:
            mismatched.append(account_id)
    checks.append(("GET /api/entries per account = the database", not mismatched,
                   f"{len(listed)} accounts" + (f"; differ: {mismatched[:5]}" if mismatched else "")))
    checks.append(("PRAGMA integrity_check", integrity == "ok", integrity.splitlines()[0] if integrity else "?"))

    # The server's lifetimes.
    kills = sum(1 for lifetime in server.lifetimes if lifetime.end == "SIGKILL")
    starts = [lifetime.start_seconds for lifetime in server.lifetimes]
    checks.append(("SIGKILL and restart", len(server.lifetimes) == kills + 1,
                   f"{kills} kills, {len(server.lifetimes)} lifetimes; start {min(starts):.2f}–{max(starts):.2f} s; "
                   f"{server.port_changes} port changes, {server.failed_starts} failed starts"))
    checks.append(("clean stop at the end (SIGTERM)", exit_code == 0, f"exit {exit_code}"))
    checks.append(("clients finished", not stuck, ", ".join(stuck) or f"all {options.clients}"))

    # Answers.
    failures = sum(ledger.failures.values())
    checks.append(("unexpected answers and failed checks", failures == 0,
                   f"{failures}" + (f": {', '.join(f'{k} ×{v}' for k, v in ledger.failures.most_common(4))}"
                                    if failures else "")))

    # RSS: after the warm-up, every sample within the tolerance of its lifetime's median (a sample also
    # holds what requests in flight hold), and every lifetime's median within it of the first's.
    rss_rows, medians = [], []
    within_ok, worst = True, 0.0
    tolerance = options.rss_tolerance
    for lifetime in server.lifetimes:
        if not lifetime.traffic:
            continue
        after = steady_rss(lifetime, options.warmup)
        if len(after) < 3:  # e.g. the last lifetime of a run that is not a whole number of them
            rss_rows.append((lifetime.index, lifetime.pid, f"{(lifetime.ended or 0) - lifetime.started:.0f} s",
                             len(after), "-", "-", "-", "-", "-", "-", "too short to judge"))
            continue
        median = statistics.median(after)
        medians.append(median)
        deviation = max(abs(kb - median) for kb in after) / median
        worst = max(worst, deviation)
        within_ok &= deviation <= tolerance
        third = max(1, len(after) // 3)
        drift = statistics.median(after[-third:]) / statistics.median(after[:third]) - 1
        rss_rows.append((lifetime.index, lifetime.pid, f"{(lifetime.ended or 0) - lifetime.started:.0f} s",
                         len(after), mb(lifetime.rss[0][1]), mb(median), mb(min(after)), mb(max(after)),
                         f"±{deviation * 100:.1f} %", f"{drift * 100:+.1f} %",
                         "ok" if deviation <= tolerance else "FAIL"))
    checks.append((f"RSS within each lifetime after {options.warmup:g} s (± {tolerance * 100:g} % of its median)",
                   within_ok and bool(medians),
                   f"{len(medians)} lifetimes judged, largest deviation {worst * 100:.1f} %"))
    across = max((abs(m - medians[0]) / medians[0] for m in medians), default=0.0)
    checks.append((f"RSS across lifetimes (medians ± {tolerance * 100:g} % of the first)",
                   bool(medians) and across <= tolerance,
                   f"medians {mb(min(medians)) if medians else '-'}–{mb(max(medians)) if medians else '-'}, "
                   f"largest difference {across * 100:.1f} %"))

    # The tables.
    total = sum(figures.count.values())
    print()
    print(f"hipfit soak {run}: {seconds / 60:.1f} min of traffic, {options.clients} clients, {account_count} accounts "
          f"(+{len(ledger.extra_accounts)} signed up during the run), {total:,} requests "
          f"({total / seconds:,.0f}/s), "
          + (f"SIGKILL every {options.kill_every:g} s" if options.kill_every else "SIGKILL only at the end"))
    print()
    route_rows = []
    for route in sorted(figures.count, key=lambda r: -figures.count[r]):
        latency = figures.latency[route]
        route_rows.append((route, f"{figures.count[route]:,}", figures.unexpected[route], figures.lost[route],
                           f"{percentile(latency, 0.5):.1f}", f"{percentile(latency, 0.99):.1f}",
                           f"{max(latency):.0f}"))
    table(route_rows, ("route", "answers", "unexpected", "conn. lost", "p50 ms", "p99 ms", "max ms"))
    if ledger.signups:
        print("\nsign-ups during the run: " + ", ".join(f"{v} {k}" for k, v in ledger.signups.items()))
    print()
    table(rss_rows, ("lifetime", "pid", "ran", "samples", "first", "median", "min", "max", "deviation",
                     "drift", ""))
    print("(VmRSS after the warm-up; first: the lifetime's first sample; drift: median of the last third of the "
          "samples against the first third)")
    print()
    table([(name, "ok" if ok else "FAIL", detail) for name, ok, detail in checks], ("check", "result", "detail"))
    if ledger.examples:
        print("\nfirst failures:")
        for kind, examples in ledger.examples.items():
            for example in examples:
                print(f"  {kind}: {example}")
    failed = [name for name, ok, _ in checks if not ok]
    print(f"\n{'FAILED: ' + '; '.join(failed) if failed else 'every check holds'}")
    return bool(failed)


def mb(kb):
    return f"{kb / 1024:.1f} MB"


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)

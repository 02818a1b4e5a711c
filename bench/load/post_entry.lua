-- wrk script for bench/load.sh: POST /api/entries with the session cookie and CSRF token
-- (from the environment), counting 2xx and other answers across all threads.
wrk.method = "POST"
wrk.body = '{"kind":"water","value":250}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = os.getenv("HIPFIT_COOKIE")
wrk.headers["X-CSRF-Token"] = os.getenv("HIPFIT_CSRF")

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok, bad, statuses = 0, 0, {}
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  else
    bad = bad + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local total_ok, total_bad, by_status = 0, 0, {}
  for _, thread in ipairs(threads) do
    total_ok = total_ok + thread:get("ok")
    total_bad = total_bad + thread:get("bad")
    for status, n in pairs(thread:get("statuses")) do
      by_status[status] = (by_status[status] or 0) + n
    end
  end
  io.write(string.format("lua 2xx responses: %d\n", total_ok))
  io.write(string.format("lua non-2xx responses: %d\n", total_bad))
  for status, n in pairs(by_status) do
    io.write(string.format("lua status %d: %d\n", status, n))
  end
end

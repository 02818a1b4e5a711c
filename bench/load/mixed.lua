-- wrk script for bench/load_postgresql.sh: many accounts, each request for one chosen at random.
--   HIPFIT_ACCOUNTS     a file of lines "COOKIE<TAB>CSRF" (bench/load/population.py writes it)
--   HIPFIT_GET          the path read, e.g. /api/today
--   HIPFIT_WRITE_EVERY  one request in N is POST /api/entries (a glass of water, today): 10 for the
--                       mixed load, 1 for writes only, 0 for reads only
--   HIPFIT_UNCACHED=1   every GET carries ?uncached=N, a new N each time: the server's response cache keys
--                       on the query, so each GET computes its answer (what a view costs, for diagnosis)
-- Requests are built once per account (wrk's Lua shares the cores with the servers). At the end it prints
-- the 201s (acknowledged writes), the 200s and every other status, over all threads.
local get_path = os.getenv("HIPFIT_GET") or "/api/today"
local write_every = tonumber(os.getenv("HIPFIT_WRITE_EVERY") or "10")
local uncached = os.getenv("HIPFIT_UNCACHED") == "1"
local body = '{"kind":"water","value":250}'

local lines = {}
for line in io.lines(os.getenv("HIPFIT_ACCOUNTS")) do
  local cookie, csrf = line:match("^([^\t]+)\t([^\t]+)$")
  if cookie then
    table.insert(lines, { cookie = cookie, csrf = csrf })
  end
end
if #lines == 0 then
  error("mixed.lua: no accounts in HIPFIT_ACCOUNTS")
end

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(id * 7919 + os.time())
  sent, written, read, bad, statuses = 0, 0, 0, 0, {}
  -- Built here, once wrk has set the Host header.
  gets, posts = {}, {}
  for _, account in ipairs(lines) do
    local path = uncached and (get_path .. "?uncached=@N@") or get_path
    local get = wrk.format("GET", path, { ["Cookie"] = account.cookie })
    if uncached then
      local at = get:find("@N@", 1, true)
      get = { get:sub(1, at - 1), get:sub(at + 3) }
    end
    table.insert(gets, get)
    table.insert(posts, wrk.format("POST", "/api/entries", {
      ["Cookie"] = account.cookie,
      ["X-CSRF-Token"] = account.csrf,
      ["Content-Type"] = "application/json",
    }, body))
  end
end

function request()
  sent = sent + 1
  local account = math.random(#gets)
  if write_every > 0 and sent % write_every == 0 then
    return posts[account]
  end
  if uncached then
    return gets[account][1] .. id .. "-" .. sent .. gets[account][2]
  end
  return gets[account]
end

function response(status, headers, body)
  if status == 201 then
    written = written + 1
  elseif status == 200 then
    read = read + 1
  else
    bad = bad + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local total = { written = 0, read = 0, bad = 0 }
  local by_status = {}
  for _, thread in ipairs(threads) do
    for key in pairs(total) do
      total[key] = total[key] + thread:get(key)
    end
    for status, n in pairs(thread:get("statuses")) do
      by_status[status] = (by_status[status] or 0) + n
    end
  end
  io.write(string.format("lua 201 responses: %d\n", total.written))
  io.write(string.format("lua 200 responses: %d\n", total.read))
  io.write(string.format("lua other responses: %d\n", total.bad))
  for status, n in pairs(by_status) do
    io.write(string.format("lua status %d: %d\n", status, n))
  end
end

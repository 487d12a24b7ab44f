-- wrk script for bench/web/run: wrk ... -s load.lua URL -- MODE TARGETS [COOKIE_FILE]
-- MODE: ping (GET /api/v1/ping-db), api (GET /api/v1/inventories/{id}/results), page (GET /inventories/{id}/results).
-- TARGETS: "token<TAB>inventory id" per line; each request takes a random line (a random inventory of a random
-- organisation, with that organisation's owner's token). done() prints one RESULT line for the run script.
-- done() runs in a Lua state of its own (init never ran there), so the mode also comes from WRK_MODE.
local targets, mode, cookie = {}, os.getenv("WRK_MODE") or "ping", nil

function init(args)
  mode = args[1]
  for line in io.lines(args[2]) do
    local token, inventory = line:match("^([^\t]+)\t([^\t]+)$")
    targets[#targets + 1] = { token, inventory }
  end
  if args[3] then
    local f = io.open(args[3])
    cookie = f:read("*l")
    f:close()
  end
  -- a different sequence per thread
  math.randomseed(os.time() + tonumber(tostring(targets):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
  local t = targets[math.random(#targets)]
  local headers = { ["Authorization"] = "Bearer " .. t[1] }
  local path = "/api/v1/ping-db"
  if mode == "api" then
    path = "/api/v1/inventories/" .. t[2] .. "/results"
  elseif mode == "page" then
    path = "/inventories/" .. t[2] .. "/results"
    headers["Cookie"] = cookie
  end
  return wrk.format("GET", path, headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format(
    "RESULT %s requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d status_errors=%d timeouts=%d bytes=%d\n",
    mode, summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors, e.status, e.timeout, summary.bytes))
end

-- Shared wrk script: method, headers and body come from the environment (set by
-- bench/speed.py). "{n}" in the body is replaced by a per-request unique number, so
-- idempotent endpoints see a new request each time. done() prints one JSON line.
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id or 0
  wrk.method = os.getenv("WRK_METHOD") or "GET"
  local headers = os.getenv("WRK_HEADERS") or ""
  for line in string.gmatch(headers, "[^\n]+") do
    local k, v = string.match(line, "^([^:]+):%s*(.*)$")
    if k then wrk.headers[k] = v end
  end
  body_template = os.getenv("WRK_BODY")
end

function request()
  if body_template then
    counter = counter + 1
    local body = string.gsub(body_template, "{n}", thread_id .. "-" .. counter .. "-" .. math.random(1, 1000000000))
    return wrk.format(nil, nil, nil, body)
  end
  return wrk.format()
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "rps": %.1f, "p50_ms": %.2f, "p95_ms": %.2f, "p99_ms": %.2f, "bad_status": %d, "socket_errors": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    non2xx, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

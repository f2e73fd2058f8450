-- wrk script: cycles through the flight-search query mix (one request path per line in the file given
-- after "--") and, at the end, prints wrk's latency percentiles as "key value" lines for run.sh.
-- usage: wrk -t2 -c8 -d20s --latency -s search.lua http://127.0.0.1:PORT -- paths.txt

local threads = {}

function setup(thread)
  thread:set("thread_number", #threads)
  table.insert(threads, thread)
end

local paths = {}
local next_path = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  if #paths == 0 then error("no request paths in " .. tostring(args[1])) end
  -- each thread starts at a different place in the mix, so concurrent requests differ
  next_path = (thread_number or 0) * 97 % #paths
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
  local errors = summary.errors
  local seconds = summary.duration / 1e6
  local lines = {
    string.format("requests %d", summary.requests),
    string.format("seconds %.3f", seconds),
    string.format("rate %.1f", summary.requests / seconds),
    string.format("p50_ms %.3f", latency:percentile(50) / 1000),
    string.format("p90_ms %.3f", latency:percentile(90) / 1000),
    string.format("p99_ms %.3f", latency:percentile(99) / 1000),
    string.format("p999_ms %.3f", latency:percentile(99.9) / 1000),
    string.format("max_ms %.3f", latency.max / 1000),
    string.format("failed %d", errors.connect + errors.read + errors.write + errors.status + errors.timeout),
    string.format("non_2xx %d", errors.status),
  }
  io.write("-- result\n" .. table.concat(lines, "\n") .. "\n")
end

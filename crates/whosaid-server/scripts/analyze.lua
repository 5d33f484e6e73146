-- wrk script for load.sh: POST /v1/analyze with the texts of the files listed in $TEXTS,
-- each connection walking the list from its own start; prints the same line as load.lua.
local bodies = {}
for name in io.lines(os.getenv("TEXTS")) do
  local f = io.open(name, "rb")
  if f then bodies[#bodies + 1] = f:read("*a"); f:close() end
end
local i = 0
function setup(thread) thread:set("seed", math.random(1, 1000000)) end
function init(args) i = seed or 0 end
function request()
  i = i + 1
  return wrk.format("POST", "/v1/analyze", { ["Content-Type"] = "text/plain" }, bodies[(i % #bodies) + 1])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT articles=%d seconds=%.1f articles_per_s=%.0f p50_ms=%.2f p99_ms=%.2f errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.connect + e.read + e.write + e.timeout + e.status, e.status))
end

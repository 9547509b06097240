-- wrk script: rotates the benchmark query mix (same requests as src/test/java/io/pressroom/bench/QueryMix.java),
-- facets and highlights on (the API's defaults), and prints p50/p99 and non-2xx counts at the end.
-- Usage: wrk -t2 -c8 -d20s --latency -s bench/wrk-mix.lua http://127.0.0.1:8080
local paths = {
  "/api/search?q=%E9%87%91%E8%9E%8D",
  "/api/search?q=logistics",
  "/api/search?q=%E9%A6%99%E6%B8%AF%20%E5%89%B5%E6%96%B0",
  "/api/search?q=shipping%20aviation",
  "/api/search?q=%22%E4%BA%BA%E6%89%8D%E5%9F%B9%E9%A4%8A%22",
  "/api/search?q=%22Belt%20and%20Road%22",
  "/api/search?q=%E7%BB%BF%E8%89%B2%E9%87%91%E8%9E%8D",
  "/api/search?q=%E5%8C%BB%E7%96%97%E5%8D%AB%E7%94%9F",
  "/api/search?q=green%20finance",
  "/api/search?q=%E5%90%88%E4%BD%9C&area=finance"
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("requests/s %.1f  p50 %.2f ms  p99 %.2f ms  non-2xx/3xx %d  errors %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

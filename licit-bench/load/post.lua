-- wrk script: POST an order to /v1/decisions with the key in LICIT_KEY.
--   LICIT_KEY=lk_... ORDER=examples/orders/rtx4090-to-vietnam.json wrk -t2 -c32 -d30s --latency -s licit-bench/load/post.lua http://127.0.0.1:18090/v1/decisions
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("LICIT_KEY")
local f = assert(io.open(os.getenv("ORDER") or "examples/orders/rtx4090-to-vietnam.json", "r"))
wrk.body = f:read("*a")
f:close()

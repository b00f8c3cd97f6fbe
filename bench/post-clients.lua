-- wrk script: POST /attempts as bench/post.lua, each from one of CLIENTS addresses (default 1000) that the trusted
-- proxy (wrk on 127.0.0.1) names in X-Forwarded-For, so that the rate limit keeps a bucket per client as in service.
math.randomseed(os.time())
dofile("bench/sheet.lua")
local clients = tonumber(os.getenv("CLIENTS") or "1000")

request = function()
  local n = math.random(clients)
  local client = string.format("10.%d.%d.%d", math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)
  local body = '{"quizId":"chapter-20","answers":' .. random_answers() .. '}'
  return wrk.format("POST", "/attempts", {["Content-Type"] = "application/json", ["X-Forwarded-For"] = client}, body)
end

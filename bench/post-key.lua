-- wrk script: bench/post.lua with an Idempotency-Key of its own on every request, so that each one claims
-- a key, grades, stores the attempt and records the key in one transaction (no request is a replay).
math.randomseed(os.time())
dofile("bench/sheet.lua")
local threads = 0
local run = string.format("%08x", math.random(0, 0x7fffffff))
local counter = 0

setup = function(thread)
  threads = threads + 1
  thread:set("prefix", run .. "-" .. threads)
end

request = function()
  counter = counter + 1
  local body = '{"quizId":"chapter-20","answers":' .. random_answers() .. '}'
  return wrk.format("POST", "/attempts", {["Content-Type"] = "application/json",
    ["Idempotency-Key"] = '"' .. prefix .. "-" .. counter .. '"'}, body)
end

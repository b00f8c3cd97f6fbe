-- wrk script: the lifecycle's submit (POST /attempts/{id}/submit) with a random sheet as the final answers, of
-- attempts in progress listed one a line in the file named by $STARTED (bench/start.lua writes it). Each wrk
-- thread takes every Nth id from its own offset (N = $THREADS, wrk -t, 2 by default), so that no attempt is
-- submitted twice while ids last; past the end it starts again, and those are replays (a check of the run
-- counts them: see bench/run.sh).
math.randomseed(os.time())
dofile("bench/sheet.lua")
local ids = {}
for line in io.lines(os.getenv("STARTED")) do
  ids[#ids + 1] = line
end
local threads = 0
local next_id
local stride = tonumber(os.getenv("THREADS") or "2")

setup = function(thread)
  threads = threads + 1
  thread:set("offset", threads)
end

init = function()
  next_id = offset
end

request = function()
  local id = ids[next_id]
  next_id = next_id + stride
  if next_id > #ids then
    next_id = offset
  end
  return wrk.format("POST", "/attempts/" .. id .. "/submit", {["Content-Type"] = "application/json"},
    '{"answers":' .. random_answers() .. '}')
end

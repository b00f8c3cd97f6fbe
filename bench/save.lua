-- wrk script: PUT /attempts/{id}/responses, the autosave of a random sheet of chapter-20 (as bench/post.lua
-- posts it) to one of the attempts in progress listed, one id a line, in the file named by $ATTEMPTS.
-- If-Match: * because wrk cannot carry an attempt's ETag from one response to that attempt's next request;
-- the save still reads, checks, merges and writes the attempt as a save with its ETag does.
math.randomseed(os.time())
dofile("bench/sheet.lua")
local ids = {}
for line in io.lines(os.getenv("ATTEMPTS")) do
  ids[#ids + 1] = line
end

request = function()
  local body = '{"answers":' .. random_answers() .. '}'
  return wrk.format("PUT", "/attempts/" .. ids[math.random(#ids)] .. "/responses",
    {["Content-Type"] = "application/json", ["If-Match"] = "*"}, body)
end

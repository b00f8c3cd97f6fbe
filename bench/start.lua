-- wrk script: starts attempts at chapter-20 (POST /quizzes/chapter-20/attempts, anonymous) and appends each new
-- attempt's id to the file named by $STARTED, for bench/submit.lua.
local out

setup = function(thread)
  thread:set("path", os.getenv("STARTED"))
end

init = function()
  out = io.open(path, "a")
end

request = function()
  return wrk.format("POST", "/quizzes/chapter-20/attempts", {["Content-Type"] = "application/json"})
end

response = function(status, headers, body)
  if status == 201 then
    out:write(string.match(body, '"id":"([0-9a-f-]+)"'), "\n")
    out:flush()
  end
end

-- wrk script: POST /attempts with a different random answer sheet each time.
math.randomseed(os.time())
dofile("bench/sheet.lua")

request = function()
  local body = '{"quizId":"chapter-20","answers":' .. random_answers() .. '}'
  return wrk.format("POST", "/attempts", {["Content-Type"] = "application/json"}, body)
end

-- wrk script: bench/post.lua as signed-in learners, one of the tokens listed one a line in the file named by
-- $TOKENS, on the quiz named by $QUIZ (anonymous: false, maxAttempts set): each request verifies a token,
-- checks and raises their count of attempts at the quiz and stores one more, in one statement.
math.randomseed(os.time())
dofile("bench/sheet.lua")
local tokens = {}
for line in io.lines(os.getenv("TOKENS")) do
  tokens[#tokens + 1] = line
end
local quiz = os.getenv("QUIZ")

request = function()
  local body = '{"quizId":"' .. quiz .. '","answers":' .. random_answers() .. '}'
  return wrk.format("POST", "/attempts", {["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)]}, body)
end

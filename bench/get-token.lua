-- wrk script: GET the questions of chapter-20 as one signed-in learner, the first token of the file named by $TOKENS
-- (bench/run.sh's "GET with a token" figure): the token is verified once and remembered, the rest runs per request.
local token
for line in io.lines(os.getenv("TOKENS")) do
  token = token or line
end

request = function()
  return wrk.format("GET", "/quizzes/chapter-20/questions", {["Authorization"] = "Bearer " .. token})
end

-- wrk script: POST /attempts with a random 25-question sheet of every question type for the quiz
-- bench-mixed (bench/bench-mixed.json): per question a right, a wrong or a partial response, or none.
math.randomseed(os.time())
local responses = {
  {'"choice":"A"', '"choice":"B"', '"choice":"C"', '"choice":"D"'},
  {'"choices":["A", "B", "D"]', '"choices":["A", "B"]', '"choices":["D"]'},
  {'"choices":["A", "B", "D"]', '"choices":["A", "B"]', '"choices":["E"]'},
  {'"choices":["A", "B"]', '"choices":["A", "B"]', '"choices":["D"]'},
  {'"value":true', '"value":false'},
  {'"text":"application/problem+json"', '"text":"xproblem+json"', '"text":"no idea"'},
  {'"text":"Retry-After"', '"text":"no idea"'},
  {'"number":"800"', '"number":"16.5"', '"number":"3"'},
  {'"number":"800"', '"number":"16.5"', '"number":"3"'},
  {'"pairs":{"s201":"created","s409":"conflict","s412":"precondition"}', '"pairs":{"s201":"teapot","s409":"teapot","s412":"teapot"}'},
  {'"pairs":{"code":"user","client":"service"}', '"pairs":{"code":"service","client":"service"}'},
  {'"order":["redirect","login","code","exchange"]', '"order":["exchange","code","login","redirect"]'},
  {'"order":["ok","moved","unauthorized","unavailable"]', '"order":["unavailable","unauthorized","moved","ok"]'},
  {'"order":["balancer","gateway","service","database"]', '"order":["database","service","gateway","balancer"]'},
  {'"choice":"A"', '"choice":"B"', '"choice":"C"', '"choice":"D"'},
  {'"choices":["A", "B", "D"]', '"choices":["A", "B"]', '"choices":["D"]'},
  {'"choices":["A", "B", "D"]', '"choices":["A", "B"]', '"choices":["E"]'},
  {'"choices":["A", "B"]', '"choices":["A", "B"]', '"choices":["D"]'},
  {'"value":true', '"value":false'},
  {'"text":"application/problem+json"', '"text":"xproblem+json"', '"text":"no idea"'},
  {'"text":"Retry-After"', '"text":"no idea"'},
  {'"number":"800"', '"number":"16.5"', '"number":"3"'},
  {'"number":"800"', '"number":"16.5"', '"number":"3"'},
  {'"pairs":{"s201":"created","s409":"conflict","s412":"precondition"}', '"pairs":{"s201":"teapot","s409":"teapot","s412":"teapot"}'},
  {'"pairs":{"code":"user","client":"service"}', '"pairs":{"code":"service","client":"service"}'},
}

request = function()
  local answers = {}
  for q, options in ipairs(responses) do
    if math.random(4) > 1 then
      answers[#answers + 1] = string.format('{"question":%d,%s}', q, options[math.random(#options)])
    end
  end
  local body = '{"quizId":"bench-mixed","answers":[' .. table.concat(answers, ",") .. ']}'
  return wrk.format("POST", "/attempts", {["Content-Type"] = "application/json"}, body)
end

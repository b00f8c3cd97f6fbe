-- The answers of a random chapter-20 sheet, for bench/post.lua and bench/save.lua: each of the 25 questions
-- answered with a random choice, or left out one time in four. Loaded with dofile from the repository's root.
local keys = {"A", "B", "C", "D"}

function random_answers()
  local answers = {}
  for q = 1, 25 do
    if math.random(4) > 1 then
      answers[#answers + 1] = string.format('{"question":%d,"choice":"%s"}', q, keys[math.random(4)])
    end
  end
  return '[' .. table.concat(answers, ",") .. ']'
end

#!/usr/bin/env bash
# Smoke test of a running Quizbank: ./scripts/smoke.sh http://localhost:8080 [http://localhost:9000]
# The second URL is the management interface (health, metrics); by default port 9000 of the same host.
# Needs curl and jq. Prints each step; exits non-zero naming the step that failed.
# The authoring steps need the service to trust a key: AUTHOR_TOKEN is a token with role author;
# without it, scripts/token.sh signs one with the dev key (as .ci/run has the service trust).
# With SMOKE_EXPORTS=DIR the exports of the smoke test's own quiz are kept in DIR (for check-exports.sh).
set -uo pipefail

BASE="${1:?usage: smoke.sh BASE_URL [MANAGEMENT_URL]}"
BASE="${BASE%/}"
MANAGEMENT="${2:-$(printf '%s' "$BASE" | sed -E 's#(://[^/:]+)(:[0-9]+)?.*#\1:9000#')}"
MANAGEMENT="${MANAGEMENT%/}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
STEP=""
STEPS=0

step() { STEP="$*"; STEPS=$((STEPS + 1)); printf -- '--> %s\n' "$STEP"; }
fail() { printf 'FAILED at step "%s": %s\n' "$STEP" "$*" >&2; exit 1; }

# call METHOD PATH [curl args...]: body to $WORK/body, headers to $WORK/headers, status to $STATUS
call() {
  local method="$1" path="$2"; shift 2
  STATUS=$(curl -sS -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -X "$method" "$BASE$path" "$@") \
    || fail "curl could not reach $BASE$path"
}
expect_status() { [ "$STATUS" = "$1" ] || fail "expected HTTP $1, got $STATUS: $(head -c 500 "$WORK/body")"; }
expect_json() { jq -e "$1" "$WORK/body" > /dev/null || fail "expected $1 in: $(head -c 500 "$WORK/body")"; }
expect_header() { grep -qi "^$1" "$WORK/headers" || fail "expected header $1, got: $(tr -d '\r' < "$WORK/headers")"; }

step "list quizzes"
call GET /quizzes
expect_status 200
expect_json '.items | map(.id) | index("chapter-20") != null'
expect_json '.page == 0 and .size == 20 and .total >= 1'

step "fetch the questions of chapter-20, with no answer in sight"
call GET /quizzes/chapter-20/questions
expect_status 200
expect_header 'ETag:'
expect_json '.quizId == "chapter-20" and (.questions | length) == 25'
expect_json '[.questions[].choices | length] | all(. == 4)'
expect_json '[paths | map(tostring) | join(".") | test("correct|answer|explanation"; "i")] | any | not'
grep -qi 'correct\|explanation' "$WORK/headers" && fail "a header mentions the answers"
VERSION=$(jq -r '.version' "$WORK/body")

step "post an empty sheet: 0 and Needs Review"
call POST /attempts -H 'Content-Type: application/json' -d '{"quizId":"chapter-20","answers":[]}'
expect_status 201
expect_header 'Location: /attempts/'
expect_json '.score == 0 and .percent == 0 and .answered == 0 and .level == "Needs Review"'
expect_json "(.results | length) == 25 and .quizVersion == $VERSION"
cp "$WORK/body" "$WORK/empty.json"
EMPTY_ID=$(jq -r '.id' "$WORK/body")

step "post a perfect sheet: 25/25 Expert"
PERFECT=$(jq -c '{quizId: "chapter-20", answers: [.results[] | {question, choice: (.correctChoice | ascii_downcase)}]}' "$WORK/empty.json")
call POST /attempts -H 'Content-Type: application/json' -H "Idempotency-Key: \"smoke-$$-$RANDOM\"" -d "$PERFECT"
expect_status 201
expect_json '.score == 25 and .maxScore == 25 and .percent == 100 and .answered == 25 and .level == "Expert"'
expect_json '[.results[] | .correct and (.explanation | length > 0)] | all'

step "get the empty attempt back, byte for byte"
call GET "/attempts/$EMPTY_ID"
expect_status 200
cmp -s "$WORK/body" "$WORK/empty.json" || fail "GET /attempts/$EMPTY_ID differs from what POST returned"

step "a sheet that does not fit the quiz: 422 problem"
call POST /attempts -H 'Content-Type: application/json' -d '{"quizId":"chapter-20","answers":[{"question":99,"choice":"A"}]}'
expect_status 422
expect_header 'Content-Type: application/problem+json'
expect_json '.status == 422 and .violations[0].field == "answers[0].question"'

step "mixed-types: every question type served, no key in sight"
call GET /quizzes/mixed-types/questions
expect_status 200
expect_json '[.questions[].type] | unique == ["matching","multiple","numeric","ordering","shortText","single","trueFalse"]'
expect_json '[paths | map(tostring) | join(".") | test("correct|answer|explanation|fraction|feedback|pairs"; "i")] | any | not'
expect_json '[.questions[] | select(.type == "ordering") | (.items | map(.key))] | all(. != ["redirect","login","code","exchange"] and . != ["ok","moved","unauthorized","unavailable"] and . != ["balancer","gateway","service","database"])'

step "a mixed sheet, graded with partial credit in exact decimals"
call POST /attempts -H 'Content-Type: application/json' -d '{"quizId":"mixed-types","answers":[
  {"question":1,"choice":"C"}, {"question":2,"choices":["A","B"]}, {"question":3,"choices":["A","B","E"]},
  {"question":4,"choices":["A","C"]}, {"question":5,"value":true}, {"question":6,"text":"  Application/Problem+JSON "},
  {"question":7,"text":"retry-after"}, {"question":8,"number":"1600"}, {"question":9,"number":16.5},
  {"question":10,"pairs":{"s201":"created","s409":"conflict","s412":"teapot"}},
  {"question":11,"pairs":{"code":"user","client":"service"}},
  {"question":12,"order":["exchange","code","login","redirect"]},
  {"question":13,"order":["ok","moved","unavailable","unauthorized"]},
  {"question":14,"order":["gateway","balancer","service","database"]}]}'
expect_status 201
expect_json '.score == 12.9167 and .maxScore == 25 and .percent == 51.7 and .answered == 14 and .level == "Practitioner"'
expect_json '[.results[] | .fraction] == [1, 0, 0.3333, 0, 1, 1, 0, 0.5, 1, 0.6667, 1, 0, 0.5, 0.75]'
expect_json '.results[2].correctChoices == ["A","B","D"] and .results[8].correct and (.results[9].correct | not)'

step "start an attempt, autosave it with If-Match, see a stale save refused with 412, submit it"
call POST /quizzes/chapter-20/attempts -H 'Content-Type: application/json'
expect_status 201
expect_header 'ETag:'
expect_json '.state == "inProgress" and (.questions | length) == 25 and .responses == {}'
expect_json '[paths | map(tostring) | join(".") | test("correct|explanation"; "i")] | any | not'
STARTED_ID=$(jq -r '.id' "$WORK/body")
FIRST_TAG=$(grep -i '^etag:' "$WORK/headers" | cut -d' ' -f2 | tr -d '\r')
call PUT "/attempts/$STARTED_ID/responses" -H 'Content-Type: application/json' -H "If-Match: $FIRST_TAG" \
  -d '{"answers":[{"question":1,"choice":"A"}]}'
expect_status 200
expect_json '.responses["1"].choice == "A"'
call PUT "/attempts/$STARTED_ID/responses" -H 'Content-Type: application/json' -H "If-Match: $FIRST_TAG" \
  -d '{"answers":[{"question":2,"choice":"B"}]}'
expect_status 412
expect_header 'Content-Type: application/problem+json'
call POST "/attempts/$STARTED_ID/submit" -H 'Content-Type: application/json'
expect_status 200
expect_json '.answered == 1 and .maxScore == 25 and (.results | length) == 25'
call POST "/attempts/$STARTED_ID/submit" -H 'Content-Type: application/json'
expect_status 200
expect_json '.answered == 1'

step "the attempt history needs a token: 401 problem with the Bearer challenge"
call GET /attempts
expect_status 401
expect_header 'WWW-Authenticate: Bearer'
expect_json '.type == "/problems/unauthorized"'

step "a bad token is refused, never taken as anonymous"
call POST /attempts -H 'Authorization: Bearer not.a.token' -H 'Content-Type: application/json' -d '{"quizId":"chapter-20","answers":[]}'
expect_status 401

step "an unknown quiz: 404 problem"
call GET /quizzes/no-such-quiz
expect_status 404
expect_header 'Content-Type: application/problem+json'
expect_json '.status == 404 and .title == "Not Found"'

AUTHOR_TOKEN="${AUTHOR_TOKEN:-$("$(dirname "$0")/token.sh" author smoke)}"
AUTH=(-H "Authorization: Bearer $AUTHOR_TOKEN")
QUIZ="smoke-$$-$RANDOM"
etag_of() { call GET "/quizzes/$1"; expect_status 200; ETAG=$(grep -i '^ETag:' "$WORK/headers" | cut -d' ' -f2- | tr -d '\r'); }

step "publish a quiz of its own (the bundled chapter-20 under a new id; the bundled quiz itself is admin's)"
call GET /quizzes/chapter-20/source "${AUTH[@]}" -H 'Accept: text/markdown'
expect_status 403
expect_json '.type == "/problems/not-quiz-owner"'
{ printf -- '---\nid: %s\n---\n' "$QUIZ"; cat "$(dirname "$0")/../src/main/resources/quizzes/chapter-20.txt"; } > "$WORK/quiz.md"
call POST /quizzes "${AUTH[@]}" -H 'Content-Type: text/markdown; charset=UTF-8' --data-binary @"$WORK/quiz.md"
expect_status 201
expect_header "Location: /quizzes/$QUIZ"
expect_json ".id == \"$QUIZ\" and .version == 1 and .questionCount == 25"

step "edit it on top of its current version (If-Match), and see a stale edit refused"
etag_of "$QUIZ"
FIRST_ETAG="$ETAG"
sed 's/^Which Python HTTP library/Which HTTP library for Python/' "$WORK/quiz.md" > "$WORK/edited.md"
call PUT "/quizzes/$QUIZ" "${AUTH[@]}" -H 'Content-Type: text/markdown; charset=UTF-8' -H "If-Match: $FIRST_ETAG" --data-binary @"$WORK/edited.md"
expect_status 200
expect_json '.version == 2'
call PUT "/quizzes/$QUIZ" "${AUTH[@]}" -H 'Content-Type: text/markdown; charset=UTF-8' -H "If-Match: $FIRST_ETAG" --data-binary @"$WORK/quiz.md"
expect_status 412
expect_json '.type == "/problems/version-conflict"'
call GET "/quizzes/$QUIZ/versions" "${AUTH[@]}"
expect_status 200
expect_json 'map(.version) == [1, 2] and .[1].publishedBy == "smoke"'

step "export it in every format"
EXPORTS="${SMOKE_EXPORTS:-$WORK/exports}"
mkdir -p "$EXPORTS"
for EXPORT in text/markdown:quiz.md application/json:quiz.json text/x-gift:quiz.gift application/xml:quiz.xml application/zip:quiz.zip; do
  call GET "/quizzes/$QUIZ/source" "${AUTH[@]}" -H "Accept: ${EXPORT%%:*}"
  expect_status 200
  expect_header "Content-Type: ${EXPORT%%:*}"
  cp "$WORK/body" "$EXPORTS/${EXPORT#*:}"
done
jq -e '.questions[0].text | startswith("Which HTTP library for Python")' "$EXPORTS/quiz.json" > /dev/null || fail "the JSON export lacks the edit"

step "retire it: gone from the list and the reads"
etag_of "$QUIZ"
call DELETE "/quizzes/$QUIZ" "${AUTH[@]}" -H "If-Match: $ETAG"
expect_status 204
call GET "/quizzes/$QUIZ"
expect_status 404
call GET /quizzes
expect_json ".items | map(.id) | index(\"$QUIZ\") == null"

step "restore it: back in the list at the same version, then retire it again"
call POST "/quizzes/$QUIZ/restore" "${AUTH[@]}" -H 'Content-Type: application/json'
expect_status 200
expect_json ".id == \"$QUIZ\" and .version == 2"
call GET "/quizzes/$QUIZ"
expect_status 200
etag_of "$QUIZ"
call DELETE "/quizzes/$QUIZ" "${AUTH[@]}" -H "If-Match: $ETAG"
expect_status 204

step "health: ready, on the management interface only"
BASE_PUBLIC="$BASE"; BASE="$MANAGEMENT"
call GET /q/health/ready
expect_status 200
expect_json '.status == "UP"'

step "metrics with route templates as path labels"
call GET /q/metrics
expect_status 200
grep -q '^http_server_requests_seconds_count.*uri="/attempts/{attemptId}"' "$WORK/body" || fail "no templated http_server_requests metrics"
grep -q "uri=\"/attempts/$EMPTY_ID\"" "$WORK/body" && fail "a raw path is a metrics label"
BASE="$BASE_PUBLIC"
call GET /q/health/ready
expect_status 404
call GET /q/metrics
expect_status 404

step "openapi"
call GET '/q/openapi?format=json'
expect_status 200
expect_json '.paths["/attempts"].post and .paths["/quizzes/{id}/questions"].get'

step "swagger ui"
call GET /q/swagger-ui/
expect_status 200
grep -qi 'swagger' "$WORK/body" || fail "no Swagger UI page"

step "web client at /, with its script, under a content security policy"
call GET /
expect_status 200
expect_header 'Content-Type: text/html'
expect_header "Content-Security-Policy: default-src 'self'"
grep -q '<html lang="en">' "$WORK/body" || fail "no web client page"
SCRIPT=$(grep -o 'src="/assets/[^"]*\.js"' "$WORK/body" | head -1 | sed -E 's/src="([^"]*)"/\1/')
[ -n "$SCRIPT" ] || fail "the page names no script"
call GET "$SCRIPT"
expect_status 200
expect_header 'Content-Type: text/javascript'

echo "smoke test passed: $STEPS steps"

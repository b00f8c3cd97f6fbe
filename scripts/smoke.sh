#!/usr/bin/env bash
# Smoke test of a running Quizbank: ./scripts/smoke.sh http://localhost:8080
# Needs curl and jq. Prints each step; exits non-zero naming the step that failed.
set -uo pipefail

BASE="${1:?usage: smoke.sh BASE_URL}"
BASE="${BASE%/}"
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

step "an unknown quiz: 404 problem"
call GET /quizzes/no-such-quiz
expect_status 404
expect_header 'Content-Type: application/problem+json'
expect_json '.status == 404 and .title == "Not Found"'

step "health: ready"
call GET /q/health/ready
expect_status 200
expect_json '.status == "UP"'

step "metrics"
call GET /q/metrics
expect_status 200
grep -q '^http_server_requests_seconds_count' "$WORK/body" || fail "no http_server_requests metrics"

step "openapi"
call GET '/q/openapi?format=json'
expect_status 200
expect_json '.paths["/attempts"].post and .paths["/quizzes/{id}/questions"].get'

step "swagger ui"
call GET /q/swagger-ui/
expect_status 200
grep -qi 'swagger' "$WORK/body" || fail "no Swagger UI page"

echo "smoke test passed: $STEPS steps"

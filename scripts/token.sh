#!/usr/bin/env bash
# Prints a bearer token for dev mode: scripts/token.sh ROLE SUBJECT   (ROLE: learner, author or admin)
# Signed RS256 with the dev-only key in scripts/dev-jwt/, which only the dev profile trusts; valid 12 hours.
#   TOKEN="$(scripts/token.sh learner ada)"
#   curl -H "Authorization: Bearer $TOKEN" localhost:8080/attempts
# Needs openssl.
set -euo pipefail

ROLE="${1:?usage: token.sh ROLE SUBJECT (ROLE: learner, author or admin)}"
SUBJECT="${2:?usage: token.sh ROLE SUBJECT (ROLE: learner, author or admin)}"
case "$ROLE" in learner | author | admin) ;; *) echo "ROLE must be learner, author or admin" >&2; exit 2 ;; esac
[[ "$SUBJECT" =~ ^[A-Za-z0-9@._-]{1,64}$ ]] || { echo "SUBJECT: 1 to 64 of A-Z a-z 0-9 @ . _ -" >&2; exit 2; }

KEY="$(dirname "$0")/dev-jwt/private.pem"
ISSUER="https://quizbank.dev/dev-issuer"
NOW="$(date +%s)"

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
HEADER=$(printf '{"alg":"RS256","typ":"JWT","kid":"quizbank-dev"}' | b64url)
PAYLOAD=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":["%s"],"iat":%d,"exp":%d,"jti":"%s"}' \
  "$ISSUER" "$SUBJECT" "$SUBJECT" "$ROLE" "$NOW" "$((NOW + 43200))" "$(cat /proc/sys/kernel/random/uuid)" | b64url)
SIGNATURE=$(printf '%s.%s' "$HEADER" "$PAYLOAD" | openssl dgst -sha256 -sign "$KEY" | b64url)
printf '%s.%s.%s\n' "$HEADER" "$PAYLOAD" "$SIGNATURE"

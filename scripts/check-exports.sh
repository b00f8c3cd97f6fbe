#!/usr/bin/env bash
# Checks Quizbank's exports with software that is not Quizbank's: in each DIR, quiz.gift (read by
# gift-pegjs) and quiz.zip (a QTI 3 package, read by @xmldom/xmldom and the QTI 3 engine
# @citolab/qti-components) against quiz.json, the same quiz in Quizbank's JSON. Where DIR holds
# responses.json (qti-scores), the engine scores each of its responses with its item of quiz.zip and
# compares the score with the fraction the service grades it with; quiz.json and quiz.gift are then optional.
# Installs its pinned npm packages into scripts/check-exports/node_modules with `npm ci` first.
# Prints one line per file when all match; otherwise every mismatch, and exits 1.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 DIR... (each holding quiz.json, quiz.gift and quiz.zip, or quiz.zip and responses.json)" >&2
  exit 2
fi

checker="$(cd "$(dirname "$0")/check-exports" && pwd)"
# --gift-only checks quiz.gift against quiz.json alone, in directories that hold no QTI package;
# without it every DIR needs its quiz.zip, as before.
entry=check.mjs
if [ "$1" = --gift-only ]; then
  entry=check-gift.mjs
  shift
  if [ $# -lt 1 ]; then
    echo "usage: $0 --gift-only DIR... (each holding quiz.json and quiz.gift)" >&2
    exit 2
  fi
fi

if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
  echo "check-exports: needs Node.js 20 or later with npm" >&2
  exit 1
fi
if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  echo "check-exports: needs Node.js 20 or later, found $(node --version)" >&2
  exit 1
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! (cd "$checker" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error) > "$log" 2>&1; then
  echo "check-exports: npm ci failed in $checker" >&2
  cat "$log" >&2
  exit 1
fi

status=0
for dir in "$@"; do
  echo "$dir:"
  node "$checker/$entry" "$dir" || status=1
done
exit $status

#!/usr/bin/env bash
# The API against its own OpenAPI document (issue 12): schemathesis (PyPI) generates requests
# for every operation of /openapi.json and checks every answer: no 5xx, status codes, content
# types and bodies as documented, schema-violating requests refused. Left out:
# positive_data_acceptance, which expects every schema-valid request to succeed, while a
# schema cannot say which strings are searchable words, real calendar days or decodable HTML
# (those get a documented 400).
# Serves a fresh store of PolNeAR dev + the seed with a token, so POST /v1/articles is tested too.
# One worker: with two, hypothesis's lambda descriptions race in CPython's ast module
# ("AST constructor recursion depth mismatch"), a runtime error of the tool, not of the API.
# Usage: schemathesis.sh [MAX_EXAMPLES]   (default 40)
set -euo pipefail
. "$(dirname "$0")/common.sh"
cd "$root"
"$bin" index "$shared/gold/polnear/dev" "$shared/gold/seed" --db "$work/st.db" 2>&1 | tail -1
head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/token"
start_server 100 0.1 --db "$work/st.db" --token-file "$work/token"
python3 -m schemathesis.cli run "$url/openapi.json" --checks all --exclude-checks positive_data_acceptance \
  -H "Authorization: Bearer $(cat "$work/token")" --max-examples "${1:-40}" --workers 1 --seed 1 --no-color
kill -0 "$server_pid" || { echo "the server died"; cat "$work/serve.log"; exit 1; }

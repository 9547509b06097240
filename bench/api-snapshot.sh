#!/usr/bin/env bash
# Saves the JSON answers of the HTTP API to a list of requests over the shipped corpus, one file per
# request, with took_ms set to 0 (the only field that varies between runs), so that two builds can be
# diffed byte for byte:   bench/api-snapshot.sh OLD.jar /tmp/old && bench/api-snapshot.sh target/pressroom.jar /tmp/new && diff -r /tmp/old /tmp/new
# Requests: bench/api-snapshot.urls (one path per line). Needs java, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=$(realpath "${1:?usage: api-snapshot.sh JAR OUTDIR}"); OUT=$2; PORT=${PORT:-8199}
WORK=$(mktemp -d); trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
java -jar "$JAR" serve --port "$PORT" --index "$WORK/index" --corpus corpus >"$WORK/serve.log" 2>&1 & PID=$!
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.5; done
rm -rf "$OUT"; mkdir -p "$OUT"; n=0
while IFS= read -r path; do
  [ -z "$path" ] || [[ $path == \#* ]] && continue
  n=$((n + 1))
  curl -sS "http://127.0.0.1:$PORT$path" | python3 -c '
import json, sys
raw = sys.stdin.read()
try:
    doc = json.loads(raw)
except ValueError:
    print(raw, end=""); sys.exit()
if isinstance(doc, dict) and "took_ms" in doc: doc["took_ms"] = 0
print(json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False))' > "$OUT/$(printf %03d $n).json"
  echo "$path" >> "$OUT/index.txt"
done < bench/api-snapshot.urls
echo "$n answers in $OUT"

#!/usr/bin/env bash
# What a new user does, checked end to end with no environment variables set:
#   npm start → /health 200 within 30 s → /docs served → seed:demo → demo login works
#   → restart → the data is still there, and the embedded PostgreSQL stopped with the app.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${SMOKE_PORT:-3987}
DATA_DIR=$(mktemp -d /tmp/wms-smoke-XXXXXX)
chmod 755 "$DATA_DIR"
LOG="$DATA_DIR/app.log"
export PORT DATA_DIR
unset DATABASE_URL REDIS_URL JWT_SECRET

app_pid=""
stop_app() {
  [ -n "$app_pid" ] || return 0
  kill -TERM "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}
trap 'stop_app; rm -rf "$DATA_DIR"' EXIT

start_app() {
  node dist/src/main.js >"$LOG" 2>&1 &
  app_pid=$!
  local started=$SECONDS
  until curl -sf "http://127.0.0.1:$PORT/health" >/dev/null; do
    if ! kill -0 "$app_pid" 2>/dev/null; then echo "the app exited:"; tail -20 "$LOG"; exit 1; fi
    if (( SECONDS - started > 30 )); then echo "no healthy answer within 30 s:"; tail -20 "$LOG"; exit 1; fi
    sleep 0.5
  done
  echo "healthy after $((SECONDS - started)) s"
}

npm run build >/dev/null
start_app
curl -sf "http://127.0.0.1:$PORT/docs" | grep -q "swagger" || { echo "/docs does not serve the API docs"; exit 1; }
npm run --silent seed:demo
token=$(curl -sf -X POST "http://127.0.0.1:$PORT/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"admin@demo.wms","password":"demo-password"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).accessToken')
users=$(curl -sf "http://127.0.0.1:$PORT/api/v1/users" -H "Authorization: Bearer $token" | node -pe 'JSON.parse(require("fs").readFileSync(0)).total')
echo "demo login works; $users users"

stop_app
if pgrep -f "postgres -D $DATA_DIR/pg" >/dev/null; then echo "the embedded PostgreSQL outlived the app"; exit 1; fi
start_app
after=$(curl -sf "http://127.0.0.1:$PORT/api/v1/users" -H "Authorization: Bearer $token" | node -pe 'JSON.parse(require("fs").readFileSync(0)).total')
[ "$after" = "$users" ] || { echo "after restart: $after users, expected $users"; exit 1; }
echo "data survived a restart"
echo "smoke: 1 passed, 0 failed"

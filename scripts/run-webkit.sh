#!/usr/bin/env bash
# Runs the browser tests in WebKitGTK (MiniBrowser) through WebKitWebDriver, under its own Xvfb on a
# free display and port, and stops only what it started. Arguments go to wtr.
set -u
n=99
while [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ]; do n=$((n + 1)); done
PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
Xvfb :$n -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
XP=$!
WP=
trap '[ -n "$WP" ] && kill $WP 2>/dev/null; kill $XP 2>/dev/null; wait 2>/dev/null' EXIT
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$n ] && break; sleep 0.1; done
DISPLAY=:$n WebKitWebDriver --port="$PORT" >/dev/null 2>&1 &
WP=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/status" >/dev/null && break; sleep 0.2; done
WTR_BROWSER=webkit WEBKIT_WEBDRIVER_PORT=$PORT npx wtr "$@"

#!/usr/bin/env bash
# Runs the real window on an X server (Xvfb) and checks that the class X11 desktops match
# it by (WM_CLASS) is the desktop file's StartupWMClass, so the launcher, the task bar and
# the window are one application. Usage: check-window-class.sh RECENSION DESKTOP_FILE.
# Exits 77 (skipped) without Xvfb, xprop or xwininfo.
set -euo pipefail
binary=$1
desktop=$2
for tool in Xvfb xprop xwininfo; do
    command -v "$tool" >/dev/null 2>&1 || { echo "skipped: $tool is not installed"; exit 77; }
done
expected=$(sed -n 's/^StartupWMClass=//p' "$desktop")
[ -n "$expected" ] || { echo "FAIL: $desktop has no StartupWMClass"; exit 1; }

work=$(mktemp -d)
server=""
app=""
cleanup() {
    [ -z "$app" ] || kill "$app" 2>/dev/null || true
    [ -z "$server" ] || kill "$server" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# -displayfd picks a free display and writes its number once the server accepts clients.
exec 3>"$work/display"
Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x900x24 >"$work/xvfb.log" 2>&1 &
server=$!
for _ in $(seq 100); do
    [ -s "$work/display" ] && break
    sleep 0.1
done
display=":$(head -1 "$work/display")"
[ "$display" != ":" ] || { echo "FAIL: Xvfb did not start"; cat "$work/xvfb.log"; exit 1; }

mkdir -m 700 "$work/runtime"
env -u QT_QPA_PLATFORM -u WAYLAND_DISPLAY DISPLAY="$display" HOME="$work" \
    XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime" "$binary" \
    >"$work/app.log" 2>&1 &
app=$!
window=""
for _ in $(seq 300); do
    window=$(DISPLAY="$display" xwininfo -root -tree 2>/dev/null |
             awk '/Recension/ && /\(".*" ".*"\)/ { print $1; exit }' || true)
    [ -z "$window" ] || break
    kill -0 "$app" 2>/dev/null || { echo "FAIL: recension exited"; cat "$work/app.log"; exit 1; }
    sleep 0.1
done
[ -n "$window" ] || { echo "FAIL: no Recension window appeared"; cat "$work/app.log"; exit 1; }
wm_class=$(DISPLAY="$display" xprop -id "$window" WM_CLASS)
echo "$wm_class"
class=$(sed -n 's/.*= ".*", "\(.*\)"$/\1/p' <<<"$wm_class")
if [ "$class" != "$expected" ]; then
    echo "FAIL: the window's class is '$class', the desktop file's StartupWMClass '$expected'"
    exit 1
fi
echo "window class '$class' matches StartupWMClass"

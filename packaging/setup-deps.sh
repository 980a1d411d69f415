#!/usr/bin/env bash
# Installs the Debian packages listed in packaging/debian-packages.txt that are missing.
# As root it runs apt-get itself; otherwise through sudo, which may ask for the password
# when there is a terminal to ask on. Without either it prints the one line to run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
list="$here/debian-packages.txt"

mapfile -t wanted < <(sed -e 's/#.*//' "$list" | awk 'NF { print $1 }')
missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == *"ok installed"* ]] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

line="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    sudo_cmd=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo_cmd=(sudo -n)
elif command -v sudo >/dev/null 2>&1 && [ -t 0 ]; then
    sudo_cmd=(sudo)
    echo "recension: installing Debian packages needs root; sudo asks for your password."
else
    echo "recension: these Debian packages are missing: ${missing[*]}" >&2
    echo "recension: as root, run:  $line" >&2
    exit 1
fi

fail() {
    echo "recension: apt could not install ${missing[*]}: $1 then run the same command again" \
         "(or, as root: $line)." >&2
    exit 1
}
echo "recension: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq ||
    fail "check the network connection and the Debian mirror in /etc/apt/sources.list,"
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" ||
    fail "make sure the Debian 12 (bookworm) main archive is in /etc/apt/sources.list and reachable,"

#!/usr/bin/env bash
# Checks the package `make package` built, as a Debian packager would: lintian reports no
# error and no warning but bogus-mail-host (the project has no real contact address yet),
# the binary is stripped with its symbols in the -dbgsym package, the files an installed
# Recension needs are there, and the desktop file and the AppStream metainfo are valid.
# Usage: tests/package/check-deb.sh [BUILD_DIR]; exits 77 (skipped) without lintian.
set -euo pipefail
build=${1:-build}
failures=0
fail() { echo "check-deb: FAIL: $*" >&2; failures=$((failures + 1)); }

if ! command -v lintian >/dev/null 2>&1; then
    echo "check-deb: skipped: lintian is not installed (apt-get install lintian)"
    exit 77
fi
shopt -s nullglob
debs=("$build"/recension_*_amd64.deb)
ddebs=("$build"/recension-dbgsym_*_amd64.ddeb)
if [ ${#debs[@]} -ne 1 ] || [ ${#ddebs[@]} -ne 1 ]; then
    echo "check-deb: FAIL: expected one recension_*_amd64.deb and one -dbgsym .ddeb in $build (run make package)" >&2
    exit 1
fi
deb=${debs[0]}
echo "check-deb: $deb"

contents=$(dpkg-deb -c "$deb" | awk '{ print $6 }')
for path in ./usr/bin/recension ./usr/share/man/man1/recension.1.gz \
            ./usr/share/applications/org.recension.Recension.desktop \
            ./usr/share/icons/hicolor/scalable/apps/org.recension.Recension.svg \
            ./usr/share/metainfo/org.recension.Recension.metainfo.xml \
            ./usr/share/doc/recension/copyright ./usr/share/doc/recension/changelog.gz \
            ./usr/share/doc/recension/changelog.Debian.gz \
            ./usr/share/bash-completion/completions/recension \
            ./usr/share/zsh/vendor-completions/_recension \
            ./usr/share/lintian/overrides/recension; do
    grep -qxF "$path" <<<"$contents" || fail "$path is not in the package"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/deb"
if readelf -S "$work/deb/usr/bin/recension" | grep -q '\.debug_info'; then
    fail "usr/bin/recension still carries its debug symbols"
fi
build_id=$(readelf -n "$work/deb/usr/bin/recension" | awk '/Build ID/ { print $3 }')
symbols=$(dpkg-deb -c "${ddebs[0]}")
grep -qF "usr/lib/debug/.build-id/${build_id:0:2}/${build_id:2}.debug" <<<"$symbols" ||
    fail "the -dbgsym package has no symbols for build id $build_id"
depends=$(dpkg-deb -f "$deb" Depends)
for package in libc6 libqt6widgets6 hunspell-en-us fonts-dejavu-core; do
    grep -q "\b$package\b" <<<"$depends" || fail "Depends lacks $package: $depends"
done

appstreamcli validate --no-net --strict \
    "$work/deb/usr/share/metainfo/org.recension.Recension.metainfo.xml" >/dev/null ||
    fail "appstreamcli validate --no-net --strict finds issues in the metainfo"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$work/deb/usr/share/applications/org.recension.Recension.desktop" ||
        fail "desktop-file-validate finds issues in the desktop file"
fi

report=$(lintian --fail-on none --tag-display-limit 0 "$deb" "${ddebs[0]}" 2>&1 || true)
[ -z "$report" ] || echo "$report"
blocking=$(grep -E '^[EW]: ' <<<"$report" | grep -vE ' bogus-mail-host(-in-debian-changelog)? ' || true)
[ -z "$blocking" ] || fail "lintian reports errors or warnings (bogus-mail-host aside)"

if [ "$failures" -gt 0 ]; then
    echo "check-deb: $failures check(s) failed" >&2
    exit 1
fi
echo "check-deb: the package passes lintian and the contents checks"

#!/bin/bash
# Builds the Debian package, installs it into this machine and checks the installed application.
# For Debian 12 and the systems built on it (Kylin, UOS); as root, or with sudo to install.
#
#   build-aux/build-deb.sh
#
# 1. installs the tools and the package's Build-Depends (debian/control) with apt-get;
# 2. copies this checkout's files (tracked and new, not ignored ones such as _build*/) into
#    _deb/huodongban-VERSION/ and runs `dpkg-buildpackage -us -uc -b` there, so that `dh clean`
#    and the build folder never touch the working tree; the package lands in _deb/ (ignored by
#    git) and the copy is removed;
# 3. installs it with apt-get, which brings its dependencies (and reinstalls over an earlier build);
# 4. checks the installed files where the system looks for them, the command line in Chinese,
#    and the application's window under Xvfb in Chinese on a demo county.
# The last line is "PASS: …" (exit status 0) or "FAIL: …" (exit status 1).
set -euo pipefail

APP_ID=io.github.huodongban.Huodongban
# The window's title, "Huodongban" in po/zh_CN.po.
TITLE_ZH=活动办工作台

TOOLS=(
  dpkg-dev debhelper
  # The checks: validators, gsettings, an X server with its tools, a session bus, screenshots.
  desktop-file-utils appstream libglib2.0-bin
  xvfb xauth x11-utils dbus imagemagick
)

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
self=$root/build-aux/$(basename "${BASH_SOURCE[0]}")
tmp=

if [ -t 2 ]; then
  say () { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
else
  say () { printf '==> %s\n' "$*" >&2; }
fi
die () { printf 'build-deb: %s\n' "$*" >&2; echo "FAIL: $*"; exit 1; }

as_root () {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "this needs root to install packages: run it as root, or install sudo"
  fi
}

apt_updated=
apt_update () {
  [ -n "$apt_updated" ] && return 0
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update
  apt_updated=1
}

install_tools () {
  local missing=() p
  for p in "${TOOLS[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' ||
      missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "Installing: ${missing[*]}"
    apt_update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
  fi
  if ! (cd "$root" && dpkg-checkbuilddeps) 2>/dev/null; then
    say "Installing the Build-Depends of debian/control"
    apt_update
    (cd "$root" && as_root env DEBIAN_FRONTEND=noninteractive \
       apt-get build-dep -y --no-install-recommends ./ </dev/null)
  fi
}

# stage DIR: copies the checkout's files, without build folders and other ignored files, into DIR.
stage () {
  local dest=$1
  rm -rf "$dest"
  mkdir -p "$dest"
  if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    # Deleted but not yet committed files are listed too: copy what exists.
    (cd "$root" && git ls-files -z --cached --others --exclude-standard |
       while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
       tar --null -T - -cf -) | tar -xf - -C "$dest"
  else
    (cd "$root" && tar --exclude='./_build*' --exclude=./_deb --exclude='./obj-*' \
       --exclude=./.git --exclude=./tests/bench/out -cf - .) | tar -xf - -C "$dest"
  fi
}

# --- the checks -----------------------------------------------------------------------------

failures=0
pass () { printf 'ok    %s\n' "$*"; }
fail () { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }

# check DESCRIPTION COMMAND...: runs the command, quietly unless it fails.
check () {
  local what=$1 out
  shift
  if out=$("$@" 2>&1); then
    pass "$what"
  else
    fail "$what"
    [ -n "$out" ] && printf '      %s\n' "${out//$'\n'/$'\n      '}"
  fi
  return 0
}

# The environment of a user who installed the package: nothing pointing into a build folder,
# a UTF-8 locale (gettext ignores LANGUAGE in the C locale) and Chinese.
installed_env () {
  env -u GSETTINGS_SCHEMA_DIR -u HUODONGBAN_LOCALEDIR -u GSETTINGS_BACKEND -u LC_ALL \
    LANG=C.UTF-8 LANGUAGE=zh_CN "$@"
}

# window_check DB LOG SHOT: run inside Xvfb and a session bus (see the end of this file).
# Starts the installed application on DB and checks its window a few seconds later.
window_check () {
  local db=$1 log=$2 shot=$3 pid wid= width=0 name i
  /usr/bin/huodongban --db "$db" >"$log" 2>&1 &
  pid=$!
  for i in $(seq 1 60); do
    sleep 0.5
    kill -0 "$pid" 2>/dev/null || break
    # With no window manager, the application's toplevels are children of the root window.
    for w in $(xwininfo -root -children 2>/dev/null | sed -n 's/^ *\(0x[0-9a-f]*\) .*/\1/p'); do
      name=$(xprop -id "$w" _NET_WM_NAME 2>/dev/null |
             sed -n 's/^_NET_WM_NAME(UTF8_STRING) = "\(.*\)"$/\1/p') || true
      if [ "$name" = "$TITLE_ZH" ]; then
        wid=$w
        break 2
      fi
    done
  done
  if [ -z "$wid" ]; then
    kill "$pid" 2>/dev/null || true
    echo "no window titled $TITLE_ZH appeared within 30 s"
    return 1
  fi
  # Let it settle (the reminders' first look comes 1.5 s after the window opens), then look again.
  sleep 4
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "the application exited after opening its window"
    return 1
  fi
  width=$(xwininfo -id "$wid" | sed -n 's/^ *Width: *//p') || true
  import -window root "$shot" 2>/dev/null || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # The open-error window has the same title but is 520 pixels wide; the main window at least 720.
  if [ "${width:-0}" -lt 720 ]; then
    echo "the window titled $TITLE_ZH is $width pixels wide: the database did not open (the error window?)"
    return 1
  fi
  echo "window $wid titled $TITLE_ZH, $width pixels wide, still running after 4 s"
}

check_installed () {
  local version=$1 out
  local desktop=/usr/share/applications/$APP_ID.desktop
  local metainfo=/usr/share/metainfo/$APP_ID.metainfo.xml
  local mo=/usr/share/locale/zh_CN/LC_MESSAGES/huodongban.mo

  say "Checking the installed package"
  check "package huodongban $version is installed" \
    test "$(dpkg-query -W -f='${Status} ${Version}' huodongban 2>/dev/null)" = "install ok installed $version"
  if out=$(installed_env /usr/bin/huodongban-cli --version 2>&1) &&
     [ "$out" = "huodongban-cli $version" ]; then
    pass "/usr/bin/huodongban-cli --version prints: $out"
  else
    fail "/usr/bin/huodongban-cli --version should print 'huodongban-cli $version', printed: $out"
  fi
  check "/usr/bin/huodongban is installed" test -x /usr/bin/huodongban

  check "$desktop passes desktop-file-validate" desktop-file-validate "$desktop"
  check "$desktop has the Chinese name" grep -qxF "Name[zh_CN]=$TITLE_ZH" "$desktop"
  check "$desktop starts /usr/bin's huodongban" grep -qx 'Exec=huodongban' "$desktop"
  check "$metainfo passes appstreamcli validate" appstreamcli validate --no-net "$metainfo"
  check "$metainfo has the Chinese name" \
    grep -qE "<name xml:lang=\"zh[-_]CN\">$TITLE_ZH</name>" "$metainfo"
  check "the icon is in /usr/share/icons/hicolor/scalable/apps" \
    test -s "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
  check "the symbolic icon is in /usr/share/icons/hicolor/symbolic/apps" \
    test -s "/usr/share/icons/hicolor/symbolic/apps/$APP_ID-symbolic.svg"
  check "the schema is in /usr/share/glib-2.0/schemas" \
    test -s "/usr/share/glib-2.0/schemas/$APP_ID.gschema.xml"
  # Compiled by libglib2.0-0's trigger into the system's gschemas.compiled.
  if out=$(installed_env gsettings list-keys "$APP_ID" 2>&1) && [ -n "$out" ]; then
    pass "gsettings finds the compiled schema $APP_ID ($(wc -l <<<"$out") keys)"
  else
    fail "gsettings list-keys $APP_ID: $out"
  fi
  check "the translation is $mo" test -s "$mo"
  # The --db option's description, from huodongban.mo (not GLib's own catalogue).
  if out=$(installed_env /usr/bin/huodongban-cli --help 2>&1) &&
     grep -qF '数据库文件（默认与应用程序打开的相同）' <<<"$out"; then
    pass "LANGUAGE=zh_CN huodongban-cli --help is in Chinese"
  else
    fail "LANGUAGE=zh_CN huodongban-cli --help is not in Chinese:"
    printf '      %s\n' "${out%%$'\n'*}"
  fi

  # The application, as a user starts it: their own settings and data folders (empty).
  local home=$tmp/home db=$tmp/home/demo-county.db log=$tmp/huodongban.log shot=$root/_deb/window.png
  mkdir -p "$home"
  export XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache \
         XDG_STATE_HOME=$home/state
  check "the installed huodongban-cli creates a demo county" \
    installed_env /usr/bin/huodongban-cli --db "$db" demo --scale county
  if out=$(installed_env xvfb-run -a -s '-screen 0 1366x768x24 -nolisten tcp' \
             dbus-run-session -- bash "$self" --window-check "$db" "$log" "$shot" 2>&1); then
    pass "the application starts under Xvfb in Chinese: ${out##*$'\n'}"
    say "Screenshot of the window: $shot"
  else
    fail "the application under Xvfb: ${out##*$'\n'}"
  fi
  # Warnings may come from the machine (no notification server here); criticals are our bugs.
  if grep -qE '(CRITICAL|ERROR) \*\*' "$log"; then
    fail "the application logged critical errors (below)"
  else
    pass "the application logged no critical errors"
  fi
  if [ -s "$log" ]; then
    say "The application's output:"
    sed 's/^/      /' "$log" >&2
  fi
}

main () {
  cd "$root"
  command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 ||
    die "this needs a Debian-based system (dpkg and apt-get)"
  [ -f debian/changelog ] || die "no debian/changelog in $root"

  install_tools

  local version arch deb start=$SECONDS
  version=$(dpkg-parsechangelog -S Version)
  arch=$(dpkg --print-architecture)
  deb=_deb/huodongban_${version}_${arch}.deb

  # The package's version is the project's: a release changes both.
  local project_version
  project_version=$(sed -n "s/^  version: '\([^']*\)',$/\1/p" meson.build)
  [ "$project_version" = "$version" ] ||
    die "debian/changelog says $version but meson.build says ${project_version:-nothing}: add a changelog entry (dch -v $project_version)"

  # dpkg-buildpackage writes the package beside the source folder: into _deb/.
  local src=_deb/huodongban-$version
  say "Copying the source into $src"
  rm -rf _deb/huodongban[-_]* _deb/window.png
  stage "$src"

  say "Building the package (dpkg-buildpackage -us -uc -b)"
  (cd "$src" && dpkg-buildpackage -us -uc -b) ||
    die "dpkg-buildpackage failed (the output above says why)"
  [ -f "$deb" ] || die "dpkg-buildpackage made no $deb"
  rm -rf "$src"
  say "Built $root/$deb ($(($SECONDS - start)) s)"

  say "Installing $deb"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --reinstall "./$deb" </dev/null ||
    die "apt-get could not install $deb"

  tmp=$(mktemp -d "${TMPDIR:-/tmp}/huodongban-deb.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  check_installed "$version"

  if [ "$failures" -eq 0 ]; then
    echo "PASS: $deb installed and checked in $(($SECONDS - start)) s"
  else
    echo "FAIL: $failures checks of the installed $deb failed"
    exit 1
  fi
}

if [ "${1:-}" = --window-check ]; then
  shift
  window_check "$@"
else
  main "$@"
fi

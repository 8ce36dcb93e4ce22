#!/bin/bash
# Huodongban's install-and-run script, for a fresh Debian 12 (as root, or with sudo).
#
#   build-aux/quickstart.sh run    install what is needed, build into _build, create the demo
#                                  county database if there is none yet, open the application on it
#   build-aux/quickstart.sh test   install what is needed, build and run the whole test suite twice:
#                                  in _build (--werror) and in _build-sanitize (ASan + UBSan);
#                                  the last line printed is "N passed, N failed[, N skipped]"
set -euo pipefail

PACKAGES=(
  build-essential meson ninja-build pkg-config python3
  libgtk-4-dev libsqlite3-dev libxml2-dev libxlsxwriter-dev
  gettext appstream desktop-file-utils libglib2.0-bin libglib2.0-dev-bin
  xvfb xauth dbus dbus-x11 at-spi2-core
  fonts-noto-cjk imagemagick poppler-utils
  # The tests read exported .xlsx files back with unzip; the benchmark measures memory with time.
  unzip time
  # GTK under Xvfb: icons (the SVG loader for symbolic icons), MIME data and software GL,
  # without which GTK warns, and GTests make warnings fatal.
  adwaita-icon-theme hicolor-icon-theme librsvg2-common shared-mime-info libgl1-mesa-dri
  gtk-update-icon-cache
)

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

if [ -t 2 ]; then
  say () { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
else
  say () { printf '==> %s\n' "$*" >&2; }
fi
die () { printf 'quickstart: %s\n' "$*" >&2; exit 1; }

as_root () {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "this needs root to install packages: run it as root, or install sudo"
  fi
}

install_packages () {
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    say "Not a Debian system: make sure these (or your system's equivalents) are installed:"
    printf '  %s\n' "${PACKAGES[@]}" >&2
    return 0
  fi
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' ||
      missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "All needed packages are installed"
    return 0
  fi
  say "Installing: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
}

# configure BUILDDIR [MESON OPTIONS...]: set up a build folder, or reconfigure it with these options.
configure () {
  local dir=$1
  shift
  if [ -f "$dir/meson-private/coredata.dat" ]; then
    meson setup --reconfigure "$@" "$dir" ||
      meson setup --wipe "$@" "$dir"
  else
    rm -rf "$dir"
    meson setup "$@" "$dir"
  fi
}

cmd_run () {
  install_packages
  say "Building into _build"
  [ -f _build/meson-private/coredata.dat ] || configure _build
  meson compile -C _build

  local data_home=${XDG_DATA_HOME:-$HOME/.local/share}
  local db=$data_home/huodongban/demo-county.db
  export GSETTINGS_SCHEMA_DIR=$root/_build/data
  export HUODONGBAN_LOCALEDIR=$root/_build/po

  if [ ! -e "$db" ]; then
    say "Creating the demo county database $db"
    mkdir -p "$(dirname "$db")"
    if ! _build/src/cli/huodongban-cli --db "$db" demo --scale county; then
      rm -f "$db" "$db-wal" "$db-shm"
      die "could not create the demo database $db"
    fi
  fi

  say "Opening Huodongban on $db"
  exec _build/src/huodongban --db "$db"
}

# Results of the test runs, summed at the end.
build_failures=()

# run_suite BUILDDIR EXTRA-MESON-TEST-ARGS...: build and test; never stops the script.
run_suite () {
  local dir=$1
  shift
  rm -f "$dir/meson-logs/testlog.json"
  say "Building $dir"
  if ! meson compile -C "$dir"; then
    build_failures+=("$dir")
    say "The build in $dir failed; its tests were not run"
    return 0
  fi
  say "Testing in $dir"
  GSETTINGS_BACKEND=memory dbus-run-session -- \
    xvfb-run -a -s '-screen 0 1280x1024x24' \
    meson test -C "$dir" --print-errorlogs "$@" </dev/null ||
    say "Some tests in $dir failed (see above and $dir/meson-logs/testlog.txt)"
  return 0
}

# count_results TESTLOG...: prints "passed failed skipped".
count_results () {
  if command -v python3 >/dev/null 2>&1; then
    python3 - "$@" <<'EOF'
import json, sys
passed = failed = skipped = 0
for path in sys.argv[1:]:
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            result = json.loads(line).get('result')
            if result in ('OK', 'EXPECTEDFAIL'):
                passed += 1
            elif result == 'SKIP':
                skipped += 1
            else:  # FAIL, TIMEOUT, ERROR, UNEXPECTEDPASS, anything unknown
                failed += 1
print(passed, failed, skipped)
EOF
  else
    # One JSON object per line; inside strings quotes are escaped, so this key only matches the field.
    cat "$@" | grep -o '"result": *"[A-Z]*"' | sed 's/.*"\([A-Z]*\)"$/\1/' |
      awk '$1 == "OK" || $1 == "EXPECTEDFAIL" { p++; next }
           $1 == "SKIP" { s++; next }
           { f++ }
           END { print p + 0, f + 0, s + 0 }'
  fi
}

cmd_test () {
  install_packages

  # A clean CI container may have no locale at all; the tests print and compare Chinese text,
  # which GLib would turn into escapes in an ASCII locale. C.UTF-8 is always there on Debian.
  if [ "$(locale charmap 2>/dev/null)" != "UTF-8" ]; then
    say "Using the C.UTF-8 locale for the tests"
    unset LC_ALL
    export LANG=C.UTF-8
  fi

  say "Configuring _build (--werror)"
  configure _build --werror || build_failures+=("_build (configure)")
  [ -f _build/build.ninja ] && run_suite _build

  say "Configuring _build-sanitize (address and undefined behaviour sanitizers)"
  configure _build-sanitize -Db_sanitize=address,undefined -Db_lundef=false --werror ||
    build_failures+=("_build-sanitize (configure)")
  if [ -f _build-sanitize/build.ninja ]; then
    # UBSan reports fail the test; leaks fail unless they come from the system libraries
    # named in tests/lsan.supp. GLib's slice allocator would hide our leaks from LSan.
    # The window tests draw with cairo here: under Xvfb GL is Mesa's llvmpipe, whose rasteriser
    # threads are torn down by Mesa's own exit handler while LeakSanitizer stops every thread
    # for its check at exit, and its tracer then crashes ("Tracer caught signal 11"), failing a
    # test that leaked nothing. The normal run above keeps the default renderer.
    ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=1:print_summary=1:detect_stack_use_after_return=0 \
    UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1:print_summary=1 \
    LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0 \
    G_SLICE=always-malloc GSK_RENDERER=cairo \
      run_suite _build-sanitize --timeout-multiplier 3
  fi

  local logs=() d
  for d in _build _build-sanitize; do
    [ -f "$d/meson-logs/testlog.json" ] && logs+=("$d/meson-logs/testlog.json")
  done
  local passed=0 failed=0 skipped=0
  local status=0
  if [ ${#logs[@]} -gt 0 ] &&
     ! read -r passed failed skipped < <(count_results "${logs[@]}"); then
    echo "Could not read the test results in ${logs[*]}"
    status=1
  fi

  if [ ${#build_failures[@]} -gt 0 ]; then
    echo "Build failed in: ${build_failures[*]}"
    status=1
  fi
  [ "$failed" -gt 0 ] && status=1
  if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
  else
    echo "$passed passed, $failed failed"
  fi
  return $status
}

case "${1:-}" in
  run) cmd_run ;;
  test) cmd_test ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac

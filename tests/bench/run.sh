#!/bin/bash
# The committed benchmark: builds an optimised build, makes the demo databases and prints the
# figures the issues set targets for, each with its target.
#
#   tests/bench/run.sh [--fresh]
#
# The databases are kept in tests/bench/out/ (not committed) and reused: the province takes
# minutes to make. --fresh makes them again (and times their making). Run it on an otherwise idle
# machine; a loaded one measures the load.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/tests/bench/out"
build="$root/_build-bench"
today=2014-09-30
fresh=0
[ "${1:-}" = "--fresh" ] && fresh=1

mkdir -p "$out"
if [ ! -d "$build" ]; then
  meson setup "$build" "$root" --buildtype=release >/dev/null
fi
ninja -C "$build" src/cli/huodongban-cli src/huodongban tests/bench/hd-bench tests/bench/hd-bench-window \
  tests/bench/hd-bench-report tests/bench/hd-bench-exchange huodongban-gmo \
  data/gschemas.compiled >/dev/null
cli="$build/src/cli/huodongban-cli"

seconds () {  # seconds NAME TARGET COMMAND...: runs the command, prints its wall time
  local name=$1 target=$2 start end ms
  shift 2
  start=$(date +%s%N)
  "$@" >/dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  printf '%s\t%d.%03d s\t%s\n' "$name" $((ms / 1000)) $((ms % 1000)) "$target"
}

echo "# Huodongban benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"

rm -f "$out/county.db" "$out/county.db-wal" "$out/county.db-shm"
rm -rf "$out/county.db.backups"
seconds demo_county "< 5 s" "$cli" --db "$out/county.db" --today "$today" demo --scale county

if [ $fresh = 1 ] || [ ! -f "$out/province.db" ]; then
  rm -rf "$out/province.db" "$out/province.db-wal" "$out/province.db-shm" "$out/province.db.backups"
  seconds demo_province "< 120 s" "$cli" --db "$out/province.db" --today "$today" demo --scale province
else
  echo "demo_province	(kept from an earlier run; --fresh to time it)"
  # A province kept from an earlier version of the program is brought to this data format once.
  "$cli" --db "$out/province.db" upgrade >/dev/null
fi
# A command that only reads takes no backup copy: the first of the day is as fast as the second.
# Both run with the database in the system's page cache (read through once before), so that
# what differs between them is the application's doing, not the disk's.
rm -rf "$out/province.db.backups"
cat "$out/province.db" > /dev/null
first_ms=$(date +%s%N)
seconds stats_first_of_day_cli "(no backup copy: it only reads)" "$cli" --db "$out/province.db" --today "$today" stats
second_ms=$(date +%s%N)
seconds stats_province_cli "< 2 s (with the teams' three must-talks)" "$cli" --db "$out/province.db" --today "$today" stats
third_ms=$(date +%s%N)
awk -v a=$(( (second_ms - first_ms) / 1000000 )) -v b=$(( (third_ms - second_ms) / 1000000 )) \
  'BEGIN { printf "stats_first_vs_second\t%.2f times\t<= 1.2 times\n", a / b }'
[ -d "$out/province.db.backups" ] && echo "stats_first_of_day_cli: a backup folder appeared" >&2
seconds overview_province_cli "< 0.5 s (the whole process, against stats_province_cli)" "$cli" --db "$out/province.db" --today "$today" overview
seconds notice_list_overdue_province "< 0.3 s" "$cli" --db "$out/province.db" --today "$today" notice list --overdue
printf 'province_db_size\t%s\n' "$(du -h "$out/province.db" | cut -f1)"

mkdir -p "$out/scratch"
"$build/tests/bench/hd-bench" "$out/province.db" "$out/county.db" "$out/scratch"
# Exchange packages: the demo county's whole package into a copy of the province, then a day's.
cat "$out/province.db" > /dev/null
"$build/tests/bench/hd-bench-exchange" "$out/province.db" "$out/county.db" "$out/scratch"
# The county's ledger printed, in Chinese as the office prints it; its last line is the PDF's path.
report=$(LANGUAGE=zh_CN HUODONGBAN_LOCALEDIR="$build/po" \
  "$build/tests/bench/hd-bench-report" "$out/county.db" "$out/scratch")
printf '%s\n' "$report" | sed '$d'
pdf_seconds=$(printf '%s\n' "$report" | awk -F'\t' '/^print_ledger_county_pdf/ { print $2 + 0 }')
rm -f "$(printf '%s\n' "$report" | tail -n 1)"

# The province's whole ledger as .xlsx, and the most memory it took (GNU time's maximum RSS).
export_xlsx () {  # export_xlsx NAME DB: times the export, prints its wall time and peak memory
  local name=$1 db=$2 root_unit
  root_unit=$(python3 -c 'import sqlite3, sys
print (sqlite3.connect (sys.argv[1]).execute ("SELECT name FROM unit WHERE parent_id IS NULL").fetchone ()[0])' "$db")
  /usr/bin/time -f '%e %M' -o "$out/scratch/export.time" \
    "$cli" --db "$db" --today "$today" export ledger --unit "$root_unit" --format xlsx \
    -o "$out/scratch/ledger.xlsx" >/dev/null
  read -r secs kb < "$out/scratch/export.time"
  printf '%s\t%s s\t< 60 s\n' "$name" "$secs"
  printf '%s_max_rss\t%d MB\t< 200 MB\n' "$name" $((kb / 1024))
  rm -f "$out/scratch/ledger.xlsx"
}
export_xlsx export_ledger_xlsx_county "$out/county.db"

# LibreOffice converting the same ledger's .xlsx to PDF, side by side with our PDF (the issue asks
# for at least 5 times faster). LibreOffice is installed here only, never for the test suite.
if ! command -v soffice >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "# installing LibreOffice Calc for the comparison (once)" >&2
  apt-get install -y --no-install-recommends libreoffice-calc-nogui >/dev/null 2>&1 || true
fi
if command -v soffice >/dev/null 2>&1; then
  county_root=$(python3 -c 'import sqlite3, sys
print (sqlite3.connect (sys.argv[1]).execute ("SELECT name FROM unit WHERE parent_id IS NULL").fetchone ()[0])' "$out/county.db")
  "$cli" --db "$out/county.db" --today "$today" export ledger --unit "$county_root" --format xlsx \
    -o "$out/scratch/ledger-lo.xlsx" >/dev/null
  start=$(date +%s%N)
  soffice --headless -env:UserInstallation="file://$out/scratch/lo-profile" --convert-to pdf \
    --outdir "$out/scratch" "$out/scratch/ledger-lo.xlsx" >/dev/null 2>&1
  end=$(date +%s%N)
  lo_ms=$(( (end - start) / 1000000 ))
  printf 'libreoffice_ledger_county_pdf\t%d.%03d s\t(soffice --convert-to pdf of the same ledger as .xlsx)\n' \
    $((lo_ms / 1000)) $((lo_ms % 1000))
  awk -v lo="$lo_ms" -v ours="$pdf_seconds" \
    'BEGIN { printf "print_vs_libreoffice\t%.1f times faster\t>= 5 times\n", lo / 1000 / ours }'
  rm -rf "$out/scratch/ledger-lo.xlsx" "$out/scratch/ledger-lo.pdf" "$out/scratch/lo-profile"
else
  echo "libreoffice_ledger_county_pdf	(LibreOffice not installed: run as root to install it)"
fi
export_xlsx export_ledger_xlsx_province "$out/province.db"

# The window needs a display: use the one there is, or a private Xvfb. Without a GPU, GTK would
# render with GL on Mesa's software rasteriser, slower to start and larger than cairo: where there
# is no GPU device the application chooses cairo (src/gui/hd-renderer.c). Measured as it chooses,
# with cairo asked for, and with GL forced (for comparison: no office PC without a GPU runs it).
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data"
run_window () {  # run_window [--during-backup]
  if [ -n "${DISPLAY:-}" ]; then
    "$build/tests/bench/hd-bench-window" "$out/province.db" "$@"
  else
    xvfb-run -a -s '-screen 0 1400x900x24' "$build/tests/bench/hd-bench-window" "$out/province.db" "$@"
  fi
  # The day's copy the window began is cut short when it quits.
  rm -f "$out/province.db.backups/"*.part* "$out/province.db.backups/"*.snapshot*
}
# First the day's copy, with the window's frames meanwhile; it stays, so that the runs after it
# measure the window as it is for the rest of the day, without the copy's reading beside it.
echo "# window while the day's backup copy of the province is made"
rm -rf "$out/province.db.backups"
run_window --during-backup
# Writing the copy pushed the database out of the page cache, where a day's use keeps it.
cat "$out/province.db" > /dev/null
echo "# window, the renderer the application chooses"
run_window
echo "# window, GSK_RENDERER=cairo"
GSK_RENDERER=cairo run_window
echo "# window, GSK_RENDERER=gl (forced; software GL here)"
GSK_RENDERER=gl run_window | grep -E 'ledger_shown|rss'

# Last, so that it slows no measured run: the exchange package reader fuzzed for 120 s (fuzz.sh).
"$root/tests/bench/fuzz.sh" 120

#!/bin/bash
# Checks that the Chinese translation is complete for the current sources.
#
#   check-translations.sh SOURCE_ROOT
#
# Fails when
#  - po/zh_CN.po itself does not pass `msgfmt --check`;
#  - a file in src/ or ui/ has translatable strings but is not listed in po/POTFILES.in
#    (or POTFILES.in lists a file that does not exist);
#  - merging the strings extracted now from POTFILES.in into a copy of po/zh_CN.po leaves
#    any message untranslated or fuzzy.
# The tree is never modified: the merge happens in a temporary folder.
set -u

srcroot=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$srcroot" || { echo "cannot enter the source root $srcroot" >&2; exit 1; }

po=po/zh_CN.po
potfiles=po/POTFILES.in
status=0

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hd-check-translations.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

fail () {
  echo "FAIL: $*" >&2
  status=1
}

# 1. The committed catalogue must be valid on its own.
if ! msgfmt --check -o /dev/null "$po" 2>"$tmp/check.log"; then
  cat "$tmp/check.log" >&2
  fail "$po does not pass msgfmt --check"
fi

# POTFILES.in without comments and blank lines.
sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$potfiles" > "$tmp/POTFILES"

# 2. Every listed file exists; every file with strings is listed.
while IFS= read -r f; do
  [ -f "$f" ] || fail "$potfiles lists $f, which does not exist"
done < "$tmp/POTFILES"

# Extraction as meson's glib preset does it (i18n.gettext(..., preset: 'glib')).
xgettext_args=(
  --from-code=UTF-8 --add-comments
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format
  --flag=g_print:1:c-format --flag=g_printerr:1:c-format
  --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format
  --flag=g_snprintf:3:c-format
)

# Which files of src/ and ui/ have strings? Ask xgettext itself, so that a _( in a comment
# does not count and nothing it would extract is missed.
find src ui -type f \( -name '*.c' -o -name '*.h' -o -name '*.ui' \) 2>/dev/null |
  LC_ALL=C sort > "$tmp/all-sources"
if [ -s "$tmp/all-sources" ]; then
  if xgettext --files-from="$tmp/all-sources" --output="$tmp/all.pot" "${xgettext_args[@]}" \
       2>"$tmp/xgettext-all.log"; then
    if [ -f "$tmp/all.pot" ]; then
      grep '^#: ' "$tmp/all.pot" | tr ' ' '\n' | grep -v '^#:$' | sed 's/:[0-9]*$//' |
        LC_ALL=C sort -u > "$tmp/with-strings"
      while IFS= read -r f; do
        grep -qxF "$f" "$tmp/POTFILES" ||
          fail "$f has translatable strings but is missing from $potfiles"
      done < "$tmp/with-strings"
    fi
  else
    cat "$tmp/xgettext-all.log" >&2
    fail "xgettext could not read the files in src/ and ui/"
  fi
fi

# 3. Extract the strings as meson's glib preset does, merge, count.
if ! xgettext --files-from="$tmp/POTFILES" --directory=. --output="$tmp/huodongban.pot" \
     "${xgettext_args[@]}" 2>"$tmp/xgettext.log"; then
  cat "$tmp/xgettext.log" >&2
  fail "xgettext could not extract the strings listed in $potfiles"
  exit 1
fi
# Warnings (e.g. a malformed format string) are worth reading, not fatal.
[ -s "$tmp/xgettext.log" ] && cat "$tmp/xgettext.log" >&2

if [ ! -f "$tmp/huodongban.pot" ]; then
  echo "no translatable strings found in the files of $potfiles"
  exit $status
fi

cp "$po" "$tmp/zh_CN.po"
if ! msgmerge --quiet --previous --output-file="$tmp/merged.po" "$tmp/zh_CN.po" "$tmp/huodongban.pot" \
     2>"$tmp/msgmerge.log"; then
  cat "$tmp/msgmerge.log" >&2
  fail "msgmerge could not merge the current strings into $po"
  exit 1
fi

if ! msgfmt --check --statistics -o /dev/null "$tmp/merged.po" 2>"$tmp/stats.log"; then
  cat "$tmp/stats.log" >&2
  fail "$po merged with the current strings does not pass msgfmt --check"
fi
stats=$(grep -E 'translated message|untranslated message|fuzzy translation' "$tmp/stats.log" | tail -n 1)
echo "zh_CN: ${stats:-no statistics}"

untranslated=$(msgattrib --untranslated --no-obsolete --no-wrap "$tmp/merged.po" | grep -c '^msgid ' || true)
fuzzy=$(msgattrib --only-fuzzy --no-obsolete --no-wrap "$tmp/merged.po" | grep -c '^msgid ' || true)
# msgattrib repeats the header entry (msgid "") when it prints anything.
[ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
[ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))

if [ "$untranslated" -gt 0 ]; then
  echo "Untranslated messages:" >&2
  msgattrib --untranslated --no-obsolete --no-wrap "$tmp/merged.po" | grep -A1 '^#:' | grep -v '^--$' >&2
  fail "$untranslated untranslated message(s) in $po; translate them (msgids are English)"
fi
if [ "$fuzzy" -gt 0 ]; then
  echo "Fuzzy messages (the English text changed; check the translation and remove the fuzzy flag):" >&2
  msgattrib --only-fuzzy --no-obsolete --no-wrap "$tmp/merged.po" | grep -A2 '^#:' | grep -v '^--$' >&2
  fail "$fuzzy fuzzy message(s) in $po after merging the current strings"
fi
# Also catch the statistics line directly, in case msgattrib's count and msgfmt's ever differ.
case "$stats" in
  *untranslated*|*fuzzy*) [ $status -ne 0 ] || fail "msgfmt reports: $stats" ;;
esac

exit $status

#!/bin/bash
# Checks that the built .desktop and metainfo files carry the Chinese name from po/zh_CN.po.
#   check-merged.sh BUILT.desktop BUILT.metainfo.xml
set -u
desktop=$1
metainfo=$2
status=0

if ! grep -qxF 'Name[zh_CN]=活动办工作台' "$desktop"; then
  echo "FAIL: $desktop has no 'Name[zh_CN]=活动办工作台'; is the string translated in po/zh_CN.po?" >&2
  status=1
fi
if ! grep -qE '<name xml:lang="zh[-_]CN">活动办工作台</name>' "$metainfo"; then
  echo "FAIL: $metainfo has no Chinese <name>; is the string translated in po/zh_CN.po?" >&2
  status=1
fi
[ $status -eq 0 ] && echo "the Chinese name ships in $desktop and $metainfo"
exit $status

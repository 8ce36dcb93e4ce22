/* hd-date.h — dates as stored (ISO "2014-09-30"), as clerks type them, and as shown. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Strict "YYYY-MM-DD" of a real day; FALSE (and @date untouched) for NULL, "" or anything else. */
gboolean  hd_date_parse_iso      (const char  *text,
                                  GDate       *date);
/* What clerks type: 2014-09-30, 2014/9/30, 2014.9.30, 2014年9月30日 (spaces allowed). */
gboolean  hd_date_parse_typed    (const char  *text,
                                  GDate       *date);
char     *hd_date_format_iso     (const GDate *date);
/* "2014年9月30日" in Chinese; the translation decides the order. */
char     *hd_date_format_display (const GDate *date);
/* Strict "YYYY-MM-DD" of a real day as GDate's Julian day number (0001-01-01 is 1), without a
 * GDate: fast enough for every task of a province. FALSE for NULL, "" or anything else. */
gboolean  hd_date_iso_to_julian  (const char  *text,
                                  gint64      *julian);
/* Today by the local clock. */
void      hd_date_set_today      (GDate       *date);

G_END_DECLS

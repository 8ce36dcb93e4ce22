/* hd-date.c */
#include <glib/gi18n-lib.h>

#include "store/hd-date.h"

static gboolean
set_if_valid (GDate *date,
              gint64 year,
              gint64 month,
              gint64 day)
{
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

gboolean
hd_date_parse_iso (const char *text,
                   GDate      *date)
{
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  return set_if_valid (date, g_ascii_strtoll (text, NULL, 10),
                       g_ascii_strtoll (text + 5, NULL, 10),
                       g_ascii_strtoll (text + 8, NULL, 10));
}

gboolean
hd_date_parse_typed (const char *text,
                     GDate      *date)
{
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *year = NULL, *month = NULL, *day = NULL;

  if (text == NULL)
    return FALSE;
  regex = g_regex_new ("^\\s*(\\d{4})\\s*(?:(?:[-/.])\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?)\\s*$",
                       0, 0, NULL);
  if (!g_regex_match (regex, text, 0, &match))
    return FALSE;
  year = g_match_info_fetch (match, 1);
  month = g_match_info_fetch (match, 2);
  day = g_match_info_fetch (match, 3);
  if (month == NULL || *month == '\0')
    {
      g_free (month);
      g_free (day);
      month = g_match_info_fetch (match, 4);
      day = g_match_info_fetch (match, 5);
    }
  /* One kind of separator per date: 2014-9/30 is a typing slip, not a date. */
  if (strchr (text, '-') && (strchr (text, '/') || strchr (text, '.')))
    return FALSE;
  if (strchr (text, '/') && strchr (text, '.'))
    return FALSE;
  return set_if_valid (date, g_ascii_strtoll (year, NULL, 10), g_ascii_strtoll (month, NULL, 10),
                       g_ascii_strtoll (day, NULL, 10));
}

char *
hd_date_format_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

char *
hd_date_format_display (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  /* Translators: a date; %1$u is the year, %2$u the month, %3$u the day. In Chinese:
   * "%1$u年%2$u月%3$u日". */
  return g_strdup_printf (_("%1$u-%2$02u-%3$02u"), g_date_get_year (date),
                          (guint) g_date_get_month (date), (guint) g_date_get_day (date));
}

void
hd_date_set_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
}

gboolean
hd_date_iso_to_julian (const char *text,
                       gint64     *julian)
{
  static const guint8 month_days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  int y, m, d, era, yoe, doy;
  gboolean leap;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  m = (text[5] - '0') * 10 + (text[6] - '0');
  d = (text[8] - '0') * 10 + (text[9] - '0');
  leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > month_days[m - 1] + (m == 2 && leap))
    return FALSE;

  /* Days since 0000-03-01 in the proleptic Gregorian calendar (a year then ends with February),
   * less the 305 days before 0001-01-01, GDate's Julian day 1. */
  y -= m <= 2;
  era = y / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  *julian = (gint64) era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 305;
  return TRUE;
}

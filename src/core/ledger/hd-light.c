/* hd-light.c */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ledger/hd-light.h"
#include "store/hd-date.h"

static const HdEnumValue light_values[] = {
  { "red", NC_("deadline light", "Red: overdue") },
  { "yellow", NC_("deadline light", "Yellow: due soon") },
  { "green", NC_("deadline light", "Green: on track") },
  { "closed", NC_("deadline light", "Closed") },
  { "closed_late", NC_("deadline light", "Closed late") },
};
HD_DEFINE_ENUM_FUNCS (HdLight, hd_light, "deadline light", light_values, HD_LIGHT_N_LIGHTS)

/* The rule itself, on day numbers. */
static HdLight
light_from_days (gboolean has_deadline,
                 gint64   deadline,
                 gboolean has_closed,
                 gint64   closed,
                 gint64   today,
                 guint    warning_days)
{
  if (has_closed)
    return !has_deadline || closed <= deadline ? HD_LIGHT_CLOSED : HD_LIGHT_CLOSED_LATE;
  if (!has_deadline)
    return HD_LIGHT_GREEN;
  if (deadline < today)
    return HD_LIGHT_RED;
  if (deadline - today <= (gint64) warning_days)
    return HD_LIGHT_YELLOW;
  return HD_LIGHT_GREEN;
}

HdLight
hd_light_compute (const GDate *deadline,
                  const GDate *closed,
                  const GDate *today,
                  guint        warning_days)
{
  g_return_val_if_fail (today != NULL && g_date_valid (today), HD_LIGHT_GREEN);

  return light_from_days (deadline != NULL, deadline ? g_date_get_julian (deadline) : 0,
                          closed != NULL, closed ? g_date_get_julian (closed) : 0,
                          g_date_get_julian (today), warning_days);
}

HdLight
hd_light_compute_iso (const char *deadline,
                      const char *closed,
                      const char *today,
                      guint       warning_days)
{
  gint64 d = 0, c = 0, t;
  gboolean has_deadline = hd_date_iso_to_julian (deadline, &d);
  gboolean has_closed = hd_date_iso_to_julian (closed, &c);

  if (!hd_date_iso_to_julian (today, &t))
    g_return_val_if_reached (HD_LIGHT_GREEN);
  return light_from_days (has_deadline, d, has_closed, c, t, warning_days);
}

static void
light_function (sqlite3_context  *context,
                int               argc,
                sqlite3_value   **argv)
{
  /* "today" is the same for every row of a statement: parse it once and keep it with it. */
  gint64 *today = sqlite3_get_auxdata (context, 2);
  gint64 d = 0, c = 0;
  gboolean has_deadline, has_closed;

  if (today == NULL)
    {
      gint64 parsed;

      if (!hd_date_iso_to_julian ((const char *) sqlite3_value_text (argv[2]), &parsed))
        {
          sqlite3_result_error (context, "hd_light: today must be an ISO date", -1);
          return;
        }
      today = g_memdup2 (&parsed, sizeof parsed);
      sqlite3_set_auxdata (context, 2, today, g_free);
    }
  has_deadline = hd_date_iso_to_julian ((const char *) sqlite3_value_text (argv[0]), &d);
  has_closed = hd_date_iso_to_julian ((const char *) sqlite3_value_text (argv[1]), &c);
  sqlite3_result_int (context, light_from_days (has_deadline, d, has_closed, c, *today,
                                                (guint) MAX (0, sqlite3_value_int (argv[3]))));
}

gboolean
hd_light_register_sql (sqlite3 *db)
{
  return sqlite3_create_function_v2 (db, "hd_light", 4,
                                     SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                     NULL, light_function, NULL, NULL, NULL) == SQLITE_OK;
}

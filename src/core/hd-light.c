/* hd-light.c */
#include <glib/gi18n-lib.h>

#include "hd-date.h"
#include "hd-light.h"

static const char * const tokens[HD_LIGHT_N_LIGHTS] = {
  "red", "yellow", "green", "closed", "closed_late",
};

HdLight
hd_light_compute (const GDate *deadline,
                  const GDate *closed,
                  const GDate *today,
                  guint        warning_days)
{
  int days_left;

  g_return_val_if_fail (today != NULL && g_date_valid (today), HD_LIGHT_GREEN);

  if (closed != NULL)
    return deadline == NULL || g_date_compare (closed, deadline) <= 0 ? HD_LIGHT_CLOSED
                                                                     : HD_LIGHT_CLOSED_LATE;
  if (deadline == NULL)
    return HD_LIGHT_GREEN;
  days_left = g_date_days_between (today, deadline);
  if (days_left < 0)
    return HD_LIGHT_RED;
  if ((guint) days_left <= warning_days)
    return HD_LIGHT_YELLOW;
  return HD_LIGHT_GREEN;
}

HdLight
hd_light_compute_iso (const char *deadline,
                      const char *closed,
                      const char *today,
                      guint       warning_days)
{
  GDate d, c, t;
  gboolean has_deadline = hd_date_parse_iso (deadline, &d);
  gboolean has_closed = hd_date_parse_iso (closed, &c);

  if (!hd_date_parse_iso (today, &t))
    g_return_val_if_reached (HD_LIGHT_GREEN);
  return hd_light_compute (has_deadline ? &d : NULL, has_closed ? &c : NULL, &t, warning_days);
}

const char *
hd_light_to_string (HdLight light)
{
  g_return_val_if_fail ((guint) light < HD_LIGHT_N_LIGHTS, NULL);
  return tokens[light];
}

const char *
hd_light_get_label (HdLight light)
{
  switch (light)
    {
    case HD_LIGHT_RED:
      return C_("deadline light", "Red: overdue");
    case HD_LIGHT_YELLOW:
      return C_("deadline light", "Yellow: due soon");
    case HD_LIGHT_GREEN:
      return C_("deadline light", "Green: on track");
    case HD_LIGHT_CLOSED:
      return C_("deadline light", "Closed");
    case HD_LIGHT_CLOSED_LATE:
      return C_("deadline light", "Closed late");
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
light_function (sqlite3_context  *context,
                int               argc,
                sqlite3_value   **argv)
{
  const char *today = (const char *) sqlite3_value_text (argv[2]);
  GDate t;

  if (!hd_date_parse_iso (today, &t))
    {
      sqlite3_result_error (context, "hd_light: today must be an ISO date", -1);
      return;
    }
  sqlite3_result_int (context,
                      hd_light_compute_iso ((const char *) sqlite3_value_text (argv[0]),
                                            (const char *) sqlite3_value_text (argv[1]),
                                            today,
                                            (guint) MAX (0, sqlite3_value_int (argv[3]))));
}

gboolean
hd_light_register_sql (sqlite3 *db)
{
  return sqlite3_create_function_v2 (db, "hd_light", 4,
                                     SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                     NULL, light_function, NULL, NULL, NULL) == SQLITE_OK;
}

/* hd-ledger-text.c */
#include <glib/gi18n-lib.h>

#include "ledger/hd-ledger-text.h"
#include "ledger/hd-stats.h"
#include "store/hd-date.h"

char *
hd_ledger_text_date (const char *iso)
{
  GDate date;

  if (iso == NULL || *iso == '\0')
    return NULL;
  g_date_clear (&date, 1);
  if (!hd_date_parse_iso (iso, &date))
    return g_strdup (iso);
  return hd_date_format_display (&date);
}

char *
hd_ledger_text_deadline (HdTask      *task,
                         const GDate *today)
{
  const char *review;
  g_autofree char *date = NULL;

  g_return_val_if_fail (HD_IS_TASK (task), NULL);

  if (hd_task_get_kind (task) != HD_TASK_KIND_LONG_TERM)
    return hd_ledger_text_date (hd_task_get_deadline (task));
  review = hd_task_get_next_review (task, today);
  if (review == NULL)
    return g_strdup (hd_task_kind_get_label (HD_TASK_KIND_LONG_TERM));
  date = hd_ledger_text_date (review);
  /* Translators: the deadline column of a long-term task: its next review date. */
  return g_strdup_printf (_("Review %s"), date);
}

static gint64
figure (GArray     *figures,
        const char *key)
{
  for (guint i = 0; i < figures->len; i++)
    {
      const HdStatsFigure *f = &g_array_index (figures, HdStatsFigure, i);

      if (g_str_equal (f->key, key))
        return f->value;
    }
  return 0;
}

char *
hd_ledger_text_summary (GArray *figures)
{
  static const char *keys[HD_LIGHT_N_LIGHTS] = {
    "tasks_red", "tasks_yellow", "tasks_green", "tasks_closed", "tasks_closed_late",
  };
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (figures != NULL, NULL);

  for (guint light = 0; light < HD_LIGHT_N_LIGHTS; light++)
    {
      if (light > 0)
        /* Translators: between the counts of the lights in the ledger's summary line. */
        g_string_append (text, _(" · "));
      /* Translators: a light and its count in the ledger's summary, e.g. "红灯·逾期 12". */
      g_string_append_printf (text, _("%s %lld"), hd_light_get_label (light),
                              (long long) figure (figures, keys[light]));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

const char *
hd_ledger_text_light_class (HdLight light)
{
  switch (light)
    {
    case HD_LIGHT_RED:
      return "light-red";
    case HD_LIGHT_YELLOW:
      return "light-yellow";
    case HD_LIGHT_GREEN:
      return "light-green";
    case HD_LIGHT_CLOSED_LATE:
      return "light-closed-late";
    case HD_LIGHT_CLOSED:
    default:
      return "light-closed";
    }
}

char *
hd_ledger_text_light_markup (HdLight light)
{
  const char *colour;

  switch (light)
    {
    case HD_LIGHT_RED:
      colour = "#c01c28";
      break;
    case HD_LIGHT_YELLOW:
      colour = "#e5a50a";
      break;
    case HD_LIGHT_GREEN:
      colour = "#26a269";
      break;
    case HD_LIGHT_CLOSED_LATE:
      colour = "#c64600";
      break;
    case HD_LIGHT_CLOSED:
    default:
      colour = "#77767b";
      break;
    }
  return g_markup_printf_escaped ("<span foreground=\"%s\">%s</span> %s", colour,
                                  light == HD_LIGHT_CLOSED || light == HD_LIGHT_CLOSED_LATE ? "✔" : "●",
                                  hd_light_get_label (light));
}

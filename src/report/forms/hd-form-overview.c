/* hd-form-overview.c — 整改落实情况通报: a unit's child units ranked by their red tasks (the units
 * most behind first), each with its tasks by light, the share closed and the masses'
 * satisfaction; the unit's own and the total after them; then the lights of each child unit as
 * stacked bars and the lights week by week. Landscape A4 (the table's figures side by side at
 * 五号), for a leaders' meeting. */
#include <glib/gi18n-lib.h>

#include "charts/hd-overview-charts.h"
#include "forms/hd-form-private.h"
#include "ledger/hd-light.h"
#include "organisation/hd-unit.h"
#include "overview/hd-trend.h"

#define BARS_MM 120.0
#define TREND_MM 100.0

static int
compare_red (gconstpointer a,
             gconstpointer b)
{
  const HdOverviewRow *x = *(const HdOverviewRow * const *) a, *y = *(const HdOverviewRow * const *) b;

  if (x->figures[HD_OVERVIEW_RED] != y->figures[HD_OVERVIEW_RED])
    return x->figures[HD_OVERVIEW_RED] > y->figures[HD_OVERVIEW_RED] ? -1 : 1;
  return g_strcmp0 (x->path, y->path);
}

static char *
share (gint64 part,
       gint64 whole)
{
  /* Translators: a share in per cent on a printed form, e.g. "87.5%". */
  return whole > 0 ? g_strdup_printf (C_("printed form", "%.1f%%"), 100.0 * (double) part / (double) whole)
                   : g_strdup ("—");
}

static void
add_row (HdTable      *table,
         const char   *rank,
         const char   *name,
         const gint64 *figures)
{
  static const HdOverviewFigure counted[] = {
    HD_OVERVIEW_TASKS, HD_OVERVIEW_RED, HD_OVERVIEW_YELLOW, HD_OVERVIEW_GREEN, HD_OVERVIEW_CLOSED,
    HD_OVERVIEW_CLOSED_LATE,
  };
  char *numbers[G_N_ELEMENTS (counted)] = { NULL };
  g_autofree char *closed = share (figures[HD_OVERVIEW_CLOSED] + figures[HD_OVERVIEW_CLOSED_LATE],
                                   figures[HD_OVERVIEW_TASKS]);
  double rate = hd_overview_satisfaction (figures);
  g_autofree char *satisfaction = rate >= 0 ? g_strdup_printf (C_("printed form", "%.1f%%"), rate) : g_strdup ("—");

  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    numbers[i] = g_strdup_printf ("%" G_GINT64_FORMAT, figures[counted[i]]);
  {
    const char *cells[] = { rank, name, numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5],
                            closed, satisfaction };

    hd_table_append_row (table, cells);
  }
  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    g_free (numbers[i]);
}

HdDocument *
hd_form_overview_new (HdStore              *store,
                      gint64                unit_id,
                      const GDate          *today,
                      guint                 warning_days,
                      const HdFormOptions  *options,
                      GError              **error)
{
  static const HdFormOptions defaults = { NULL };
  g_autoptr(HdOverview) overview = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GPtrArray) children = g_ptr_array_new ();
  g_autoptr(HdTable) table = hd_table_new ();
  g_autoptr(HdDocument) doc = NULL;
  g_autofree const char **names = NULL;
  g_autofree const gint64 **figures = NULL;
  g_autofree char *title = NULL;
  g_autofree char *as_of = NULL;
  const HdOverviewRow *own = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  if (options == NULL)
    options = &defaults;
  overview = hd_overview_compute (store, unit_id, today, warning_days, error);
  if (overview == NULL
      || (weeks = hd_trend_compute (store, unit_id, today, warning_days, error)) == NULL)
    return NULL;
  for (guint i = 0; i < overview->rows->len; i++)
    {
      const HdOverviewRow *row = &g_array_index (overview->rows, HdOverviewRow, i);

      if (row->own)
        own = row;
      else
        g_ptr_array_add (children, (gpointer) row);
    }
  if (children->len == 0)
    {
      g_set_error (error, HD_FORM_ERROR, HD_FORM_ERROR_EMPTY,
                   _("Nothing to compare: the unit has no units below it. Choose the unit above it."));
      return NULL;
    }
  g_ptr_array_sort (children, compare_red);

  hd_table_add_column (table, C_("printed form column", "Rank"), 8.0, 0.0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, C_("printed form column", "Unit"), 24.0, 1.0, HD_TABLE_COLUMN_KEY);
  hd_table_add_column (table, C_("printed form column", "Tasks"), 10.0, 0.0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, C_("printed form column", "Red"), 10.0, 0.0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, C_("printed form column", "Yellow"), 10.0, 0.0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, C_("printed form column", "Green"), 10.0, 0.0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, C_("printed form column", "Closed"), 10.0, 0.0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, C_("printed form column", "Closed Late"), 16.0, 0.0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, C_("printed form column", "Share Closed"), 18.0, 0.0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, C_("printed form column", "Satisfaction"), 18.0, 0.0, HD_TABLE_COLUMN_CENTER);
  names = g_new0 (const char *, children->len);
  figures = g_new0 (const gint64 *, children->len);
  for (guint i = 0; i < children->len; i++)
    {
      const HdOverviewRow *row = g_ptr_array_index (children, i);
      g_autofree char *rank = g_strdup_printf ("%u", i + 1);

      add_row (table, rank, row->name, row->figures);
      names[i] = row->name;
      figures[i] = row->figures;
    }
  if (own != NULL)
    {
      /* Translators: the row of a unit's own tasks on the printed overview, e.g. "隆岗县（本级）". */
      g_autofree char *name = g_strdup_printf (C_("printed form", "%s (own)"), own->name);

      add_row (table, NULL, name, own->figures);
    }
  add_row (table, NULL, C_("printed form", "Total"), overview->total);

  if (unit_id != 0)
    {
      g_autoptr(HdUnit) unit = hd_unit_load (store, unit_id, error);

      if (unit == NULL)
        return NULL;
      title = g_strdup_printf (C_("printed form", "Rectification Progress of %s"), hd_unit_get_name (unit));
    }
  else
    title = g_strdup (C_("printed form", "Rectification Progress"));
  as_of = hd_form_dup_as_of (today);

  doc = hd_form_document_new (options, HD_PAGE_LANDSCAPE, title);
  hd_document_add_text (doc, hd_text_new_title (title));
  hd_document_add_text (doc, hd_text_new_line (as_of, HD_ALIGN_CENTER));
  hd_document_add_table (doc, g_steal_pointer (&table));
  hd_document_add_chart (doc, hd_overview_chart_lights (children->len, names, figures), BARS_MM);
  hd_document_add_chart (doc, hd_overview_chart_trend (weeks), TREND_MM);
  hd_document_get_n_pages (doc);
  return g_steal_pointer (&doc);
}

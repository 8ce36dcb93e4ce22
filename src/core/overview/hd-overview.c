/* hd-overview.c — the rows of the overview and their figures, from the sources of each area. */
#include <glib/gi18n-lib.h>

#include "organisation/hd-unit.h"
#include "overview/hd-overview-private.h"
#include "overview/hd-tally.h"
#include "store/hd-date.h"

static const struct {
  const char *key;
  const char *label;   /* context "overview column" */
} figure_names[HD_OVERVIEW_N_FIGURES] = {
  [HD_OVERVIEW_TASKS] = { "tasks", NC_("overview column", "Tasks") },
  [HD_OVERVIEW_RED] = { "red", NC_("overview column", "Red") },
  [HD_OVERVIEW_YELLOW] = { "yellow", NC_("overview column", "Yellow") },
  [HD_OVERVIEW_GREEN] = { "green", NC_("overview column", "Green") },
  [HD_OVERVIEW_CLOSED] = { "closed", NC_("overview column", "Closed") },
  [HD_OVERVIEW_CLOSED_LATE] = { "closed_late", NC_("overview column", "Closed Late") },
  [HD_OVERVIEW_SATISFIED] = { "satisfied", NC_("overview column", "Satisfied") },
  [HD_OVERVIEW_BASICALLY_SATISFIED] = { "basically", NC_("overview column", "Basically Satisfied") },
  [HD_OVERVIEW_DISSATISFIED] = { "dissatisfied", NC_("overview column", "Dissatisfied") },
  [HD_OVERVIEW_OPINIONS] = { "opinions", NC_("overview column", "Opinions") },
  [HD_OVERVIEW_OPINIONS_HANDLED] = { "opinions_handled", NC_("overview column", "Opinions Handled") },
  [HD_OVERVIEW_NOTICES_OPEN] = { "notices_open", NC_("overview column", "Notices Open") },
  [HD_OVERVIEW_NOTICES_OVERDUE] = { "notices_overdue", NC_("overview column", "Notices Overdue") },
  [HD_OVERVIEW_LOOKBACK_PENDING] = { "lookback_pending", NC_("overview column", "Look-back Pending") },
  [HD_OVERVIEW_TEAMS_TALKED] = { "teams_talked", NC_("overview column", "Teams Talked Through") },
  [HD_OVERVIEW_TEAMS_NOT_TALKED] = { "teams_not_talked", NC_("overview column", "Teams Not Yet") },
};

const char *
hd_overview_figure_get_key (HdOverviewFigure figure)
{
  g_return_val_if_fail ((guint) figure < HD_OVERVIEW_N_FIGURES, NULL);
  return figure_names[figure].key;
}

const char *
hd_overview_figure_get_label (HdOverviewFigure figure)
{
  g_return_val_if_fail ((guint) figure < HD_OVERVIEW_N_FIGURES, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "overview column", figure_names[figure].label);
}

double
hd_overview_satisfaction (const gint64 *figures)
{
  gint64 judged = figures[HD_OVERVIEW_SATISFIED] + figures[HD_OVERVIEW_BASICALLY_SATISFIED]
                  + figures[HD_OVERVIEW_DISSATISFIED];

  if (judged == 0)
    return -1;
  return 100.0 * (double) (figures[HD_OVERVIEW_SATISFIED] + figures[HD_OVERVIEW_BASICALLY_SATISFIED]) / (double) judged;
}

static void
row_clear (HdOverviewRow *row)
{
  g_free (row->path);
  g_free (row->name);
}

void
hd_overview_free (HdOverview *overview)
{
  if (overview == NULL)
    return;
  g_array_unref (overview->rows);
  g_free (overview);
}

/* The own row, then the children in the order of their paths. */
static gboolean
read_rows (HdOverviewQuery  *query,
           GError          **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (query->store,
                                         "SELECT id, path, name FROM unit"
                                         " WHERE parent_id IS ?1 ORDER BY path",
                                         error);
  HdOverviewRow own = { query->unit_id, g_strdup (query->from), NULL, TRUE, { 0 } };
  int rc;

  if (stmt == NULL)
    return FALSE;
  g_array_append_val (query->rows, own);
  if (query->unit_id != 0)
    sqlite3_bind_int64 (stmt, 1, query->unit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HdOverviewRow row = { sqlite3_column_int64 (stmt, 0), hd_store_column_dup (stmt, 1),
                            hd_store_column_dup (stmt, 2), FALSE, { 0 } };

      g_array_append_val (query->rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (query->store, error, _("Reading the units"));
      return FALSE;
    }
  return TRUE;
}

/* The name and path of the unit itself, for its own row; its subtree's range. */
static gboolean
read_unit (HdStore     *store,
           gint64       unit_id,
           char       **path,
           char       **name,
           GError     **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (store, "SELECT path, name FROM unit WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is no unit number %lld in the database; it may have just been deleted. Choose the unit again."),
                   (long long) unit_id);
      return FALSE;
    }
  *path = hd_store_column_dup (stmt, 0);
  *name = hd_store_column_dup (stmt, 1);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Counts left by a program that wrote without counting are brought up to date first. */
static gboolean
bring_up_to_date (HdStore  *store,
                  GError  **error)
{
  gboolean pending = FALSE;

  if (!hd_tally_pending (store, &pending, error))
    return FALSE;
  return !pending || (hd_store_begin (store, error) && hd_store_commit (store, error));
}

HdOverview *
hd_overview_compute (HdStore      *store,
                     gint64        unit_id,
                     const GDate  *today,
                     guint         warning_days,
                     GError      **error)
{
  g_autoptr(HdOverview) overview = g_new0 (HdOverview, 1);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *name = NULL;
  g_autofree char *today_iso = NULL;
  g_autofree char *soon_iso = NULL;
  HdOverviewQuery query = { store, unit_id, NULL, NULL, "", "", NULL };
  GDate soon = *today;
  HdOverviewRow *own;
  gboolean has_own = FALSE;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  overview->unit_id = unit_id;
  overview->rows = g_array_new (FALSE, FALSE, sizeof (HdOverviewRow));
  g_array_set_clear_func (overview->rows, (GDestroyNotify) row_clear);
  if (!bring_up_to_date (store, error))
    return NULL;
  if (unit_id == 0)
    {
      from = g_strdup ("/");
      to = g_strdup ("0");
    }
  else
    {
      if (!read_unit (store, unit_id, &from, &name, error))
        return NULL;
      to = hd_unit_path_upper_bound (from);
    }
  g_date_add_days (&soon, warning_days);
  today_iso = hd_date_format_iso (today);
  soon_iso = hd_date_format_iso (&soon);
  g_strlcpy (query.today, today_iso, sizeof query.today);
  g_strlcpy (query.soon, soon_iso, sizeof query.soon);
  query.from = from;
  query.to = to;
  query.rows = overview->rows;
  if (!read_rows (&query, error))
    return NULL;
  own = &g_array_index (overview->rows, HdOverviewRow, 0);
  own->name = g_steal_pointer (&name);
  for (guint s = 0; s < hd_overview_n_sources; s++)
    if (!hd_overview_sources[s] (&query, error))
      return NULL;

  /* The total; the own row only when the unit holds a record of its own. */
  for (guint i = 0; i < overview->rows->len; i++)
    for (guint f = 0; f < HD_OVERVIEW_N_FIGURES; f++)
      overview->total[f] += g_array_index (overview->rows, HdOverviewRow, i).figures[f];
  for (guint f = 0; f < HD_OVERVIEW_N_FIGURES; f++)
    has_own |= own->figures[f] != 0;
  if (!has_own)
    g_array_remove_index (overview->rows, 0);
  return g_steal_pointer (&overview);
}

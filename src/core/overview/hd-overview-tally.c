/* hd-overview-tally.c — the overview's figures that the database keeps counted (hd-tally.h):
 * each row's unit read by its key, today's lights summed from the open tasks' deadline days and
 * the notices overdue from their reply-by days. */
#include <glib/gi18n-lib.h>

#include "overview/hd-overview-private.h"

static gboolean
failed (HdStore       *store,
        sqlite3_stmt  *stmt,
        GError       **error)
{
  sqlite3_reset (stmt);
  hd_store_set_error (store, error, _("Counting the records"));
  return FALSE;
}

static void
add_count (HdOverviewQuery *query,
           gint64          *figures,
           const char      *kind,
           const char      *a,
           gint64           n,
           gint64          *long_term_open)
{
  if (g_str_equal (kind, "open"))
    {
      if (*a == '\0')
        *long_term_open += n;
      else if (strcmp (a, query->today) < 0)
        figures[HD_OVERVIEW_RED] += n;
      else if (strcmp (a, query->soon) <= 0)
        figures[HD_OVERVIEW_YELLOW] += n;
      else
        figures[HD_OVERVIEW_GREEN] += n;
    }
  else if (g_str_equal (kind, "closed"))
    figures[g_str_equal (a, "late") ? HD_OVERVIEW_CLOSED_LATE : HD_OVERVIEW_CLOSED] += n;
  else if (g_str_equal (kind, "verdict"))
    {
      if (g_str_equal (a, "satisfied"))
        figures[HD_OVERVIEW_SATISFIED] += n;
      else if (g_str_equal (a, "basically_satisfied"))
        figures[HD_OVERVIEW_BASICALLY_SATISFIED] += n;
      else if (g_str_equal (a, "dissatisfied"))
        figures[HD_OVERVIEW_DISSATISFIED] += n;
    }
  else if (g_str_equal (kind, "opinion"))
    {
      figures[HD_OVERVIEW_OPINIONS] += n;
      if (g_str_equal (a, "problem") || g_str_equal (a, "answered") || g_str_equal (a, "closed"))
        figures[HD_OVERVIEW_OPINIONS_HANDLED] += n;
    }
  else if (g_str_equal (kind, "team"))
    figures[g_str_equal (a, "1") ? HD_OVERVIEW_TEAMS_TALKED : HD_OVERVIEW_TEAMS_NOT_TALKED] += n;
  else if (g_str_equal (kind, "notice"))
    {
      figures[HD_OVERVIEW_NOTICES_OPEN] += n;
      if (strcmp (a, query->today) < 0)
        figures[HD_OVERVIEW_NOTICES_OVERDUE] += n;
    }
  else if (g_str_equal (kind, "lookback_pending"))
    figures[HD_OVERVIEW_LOOKBACK_PENDING] += n;
}

/* The figures of @unit_id's subtree into @figures (added to what is there). */
static gboolean
read_unit (HdOverviewQuery  *query,
           gint64            unit_id,
           gint64           *figures,
           GError          **error)
{
  HdStore *store = query->store;
  sqlite3_stmt *counts = hd_store_prepare (store,
                                           "SELECT kind, a, n FROM tally WHERE unit_id = ?1"
                                           " AND kind IN ('open', 'closed', 'verdict', 'opinion', 'team', 'notice', 'lookback_pending')",
                                           error);
  sqlite3_stmt *reviews = NULL;
  gint64 long_term_open = 0, long_term_yellow = 0;
  int rc;

  if (counts == NULL)
    return FALSE;
  sqlite3_bind_int64 (counts, 1, unit_id);
  while ((rc = sqlite3_step (counts)) == SQLITE_ROW)
    add_count (query, figures, (const char *) sqlite3_column_text (counts, 0),
               (const char *) sqlite3_column_text (counts, 1), sqlite3_column_int64 (counts, 2), &long_term_open);
  if (rc != SQLITE_DONE)
    return failed (store, counts, error);
  sqlite3_reset (counts);

  /* An open long-term task is yellow when its next review, the first on or after today, is
   * near: one of its reviews lies in [today, soon] and the one before it before today. */
  if (long_term_open > 0)
    {
      reviews = hd_store_prepare (store,
                                  "SELECT total (n) FROM tally WHERE unit_id = ?1 AND kind = 'review'"
                                  " AND a >= ?2 AND a <= ?3 AND b < ?2",
                                  error);
      if (reviews == NULL)
        return FALSE;
      sqlite3_bind_int64 (reviews, 1, unit_id);
      sqlite3_bind_text (reviews, 2, query->today, -1, SQLITE_STATIC);
      sqlite3_bind_text (reviews, 3, query->soon, -1, SQLITE_STATIC);
      if (sqlite3_step (reviews) != SQLITE_ROW)
        return failed (store, reviews, error);
      long_term_yellow = (gint64) sqlite3_column_double (reviews, 0);
      sqlite3_reset (reviews);
    }
  figures[HD_OVERVIEW_YELLOW] += long_term_yellow;
  figures[HD_OVERVIEW_GREEN] += long_term_open - long_term_yellow;
  return TRUE;
}

static const HdOverviewFigure tally_figures[] = {
  HD_OVERVIEW_RED, HD_OVERVIEW_YELLOW, HD_OVERVIEW_GREEN, HD_OVERVIEW_CLOSED, HD_OVERVIEW_CLOSED_LATE,
  HD_OVERVIEW_SATISFIED, HD_OVERVIEW_BASICALLY_SATISFIED, HD_OVERVIEW_DISSATISFIED,
  HD_OVERVIEW_OPINIONS, HD_OVERVIEW_OPINIONS_HANDLED, HD_OVERVIEW_NOTICES_OPEN, HD_OVERVIEW_NOTICES_OVERDUE,
  HD_OVERVIEW_LOOKBACK_PENDING, HD_OVERVIEW_TEAMS_TALKED, HD_OVERVIEW_TEAMS_NOT_TALKED,
};

gboolean
hd_overview_tally_source (HdOverviewQuery  *query,
                          GError          **error)
{
  HdOverviewRow *own = &g_array_index (query->rows, HdOverviewRow, 0);
  gint64 whole[HD_OVERVIEW_N_FIGURES] = { 0 };

  for (guint i = 1; i < query->rows->len; i++)
    {
      HdOverviewRow *row = &g_array_index (query->rows, HdOverviewRow, i);

      if (!read_unit (query, row->unit_id, row->figures, error))
        return FALSE;
      row->figures[HD_OVERVIEW_TASKS] = row->figures[HD_OVERVIEW_RED] + row->figures[HD_OVERVIEW_YELLOW]
                                        + row->figures[HD_OVERVIEW_GREEN] + row->figures[HD_OVERVIEW_CLOSED]
                                        + row->figures[HD_OVERVIEW_CLOSED_LATE];
    }
  /* The unit's own: its subtree's less its children's (the whole database has none). */
  if (query->unit_id == 0)
    return TRUE;
  if (!read_unit (query, query->unit_id, whole, error))
    return FALSE;
  for (guint f = 0; f < G_N_ELEMENTS (tally_figures); f++)
    {
      own->figures[tally_figures[f]] = whole[tally_figures[f]];
      for (guint i = 1; i < query->rows->len; i++)
        own->figures[tally_figures[f]] -= g_array_index (query->rows, HdOverviewRow, i).figures[tally_figures[f]];
    }
  own->figures[HD_OVERVIEW_TASKS] = own->figures[HD_OVERVIEW_RED] + own->figures[HD_OVERVIEW_YELLOW]
                                    + own->figures[HD_OVERVIEW_GREEN] + own->figures[HD_OVERVIEW_CLOSED]
                                    + own->figures[HD_OVERVIEW_CLOSED_LATE];
  return TRUE;
}

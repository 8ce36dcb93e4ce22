/* hd-ledger.c — the ledger's query.
 *
 * The first rows must show within 100 ms over a province's 900,000 tasks, whatever the filter.
 * A sort must finish before its first row comes out, so the ledger reads rows from an index that
 * already holds them in the order asked for, and hd-query-model.h passes them on a chunk at a time:
 *  - the ledger's own order (unit path, number) is the index task_by_path, also the subtree's range;
 *  - by deadline or closing date, a subtree with a large share of the units is read from
 *    task_by_deadline / task_by_closed in order, testing the path stored in the same index entry;
 *    a smaller subtree is gathered from its range of task_by_path and sorted, which takes
 *    milliseconds for its few thousand tasks (hd-subtree.h decides which).
 * Filters are conditions on the row being read; the light is hd_light() in SQL, the same function
 * the task, the statistics and the forms use.
 */
#include <glib/gi18n-lib.h>

#include "ledger/hd-ledger.h"
#include "model/hd-subtree.h"
#include "store/hd-date.h"

/* The deadline hd_light() judges: a long-term task's next review on or after today, and none
 * once it is closed (it counts as closed on time). HdTask does the same in C. */
#define LIGHT_SQL \
  "hd_light (CASE WHEN t.kind <> 'long_term' THEN t.deadline" \
  "               WHEN t.closed IS NULL THEN (SELECT min (r.date) FROM task_review r" \
  "                                            WHERE r.task_id = t.id AND r.date >= :today) END," \
  "          t.closed, :today, :warning)"

void
hd_ledger_query_init (HdLedgerQuery *query,
                      const GDate   *today)
{
  *query = (HdLedgerQuery) {
    .unit_id = 0, .unit_only = FALSE, .plan = -1, .kind = -1, .lights = 0, .overdue_only = FALSE,
    .leader = NULL, .text = NULL, .task_ids = NULL, .n_task_ids = 0, .today = today,
    .warning_days = HD_LIGHT_DEFAULT_WARNING_DAYS,
    .sort = HD_LEDGER_SORT_NUMBER, .descending = FALSE,
  };
}

static GObject *
load_task (HdStore  *store,
           gint64    id,
           GError  **error)
{
  return G_OBJECT (hd_task_load (store, id, error));
}

sqlite3_stmt *
hd_ledger_prepare (HdStore              *store,
                   const HdLedgerQuery  *query,
                   GError              **error)
{
  g_auto(HdSubtree) subtree = { NULL, NULL, FALSE };
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *today = NULL;
  g_autofree char *text = g_strstrip (g_strdup (query->text != NULL ? query->text : ""));
  const char *direction = query->descending ? " DESC" : "";
  guint lights = query->lights;
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (query->today != NULL && g_date_valid (query->today), NULL);
  g_return_val_if_fail (query->sort <= HD_LEDGER_SORT_CLOSED, NULL);

  if (!hd_subtree_init (&subtree, store, query->unit_id, error))
    return NULL;
  today = hd_date_format_iso (query->today);
  if (query->overdue_only)
    lights = (lights == 0 ? 1u << HD_LIGHT_RED : lights) & (1u << HD_LIGHT_RED);

  /* Put together from constant pieces only; every value is bound. */
  g_string_append (sql, "SELECT t.id FROM task t");
  if (query->sort == HD_LEDGER_SORT_NUMBER || !subtree.large)
    g_string_append (sql, " INDEXED BY task_by_path");
  else if (query->sort == HD_LEDGER_SORT_DEADLINE)
    g_string_append (sql, " INDEXED BY task_by_deadline");
  else
    g_string_append (sql, " INDEXED BY task_by_closed");
  g_string_append (sql, " WHERE t.unit_path >= :from AND t.unit_path < :to");
  if (query->unit_only && query->unit_id != 0)
    g_string_append (sql, " AND t.unit_id = :unit");
  if (query->plan >= 0)
    g_string_append (sql, " AND t.plan = :plan");
  if (query->kind >= 0)
    g_string_append (sql, " AND t.kind = :kind");
  if (query->leader != NULL && *query->leader != '\0')
    g_string_append (sql, " AND t.leader = :leader");
  if (*text != '\0')
    g_string_append (sql, " AND (instr (t.problem, :text) > 0 OR instr (t.measures, :text) > 0"
                          "      OR instr (t.goal, :text) > 0)");
  if (query->task_ids != NULL)
    /* The ids as one bound JSON array rather than a variable list. */
    g_string_append (sql, " AND t.id IN (SELECT value FROM json_each (:ids))");
  if (query->overdue_only || lights != 0)
    /* A set of lights as bits: one bound number instead of a variable list. */
    g_string_append (sql, " AND ((1 << " LIGHT_SQL ") & :lights) <> 0");

  switch (query->sort)
    {
    case HD_LEDGER_SORT_NUMBER:
      g_string_append_printf (sql, " ORDER BY t.unit_path%s, t.number%s", direction, direction);
      break;
    case HD_LEDGER_SORT_DEADLINE:
      g_string_append_printf (sql, " ORDER BY t.deadline%s, t.unit_path%s, t.id%s", direction, direction, direction);
      break;
    case HD_LEDGER_SORT_CLOSED:
      g_string_append_printf (sql, " ORDER BY t.closed%s, t.unit_path%s, t.id%s", direction, direction, direction);
      break;
    }

  if (sqlite3_prepare_v2 (hd_store_get_db (store), sql->str, -1, &stmt, NULL) != SQLITE_OK)
    {
      hd_store_set_error (store, error, _("Reading the ledger"));
      sqlite3_finalize (stmt);
      return NULL;
    }
  hd_query_bind_text (stmt, ":from", subtree.from);
  hd_query_bind_int64 (stmt, ":unit", query->unit_id);
  hd_query_bind_text (stmt, ":to", subtree.to);
  if (query->plan >= 0)
    hd_query_bind_text (stmt, ":plan", hd_task_plan_to_string (query->plan));
  if (query->kind >= 0)
    hd_query_bind_text (stmt, ":kind", hd_task_kind_to_string (query->kind));
  hd_query_bind_text (stmt, ":leader", query->leader);
  hd_query_bind_text (stmt, ":text", text);
  hd_query_bind_text (stmt, ":today", today);
  hd_query_bind_int64 (stmt, ":warning", query->warning_days);
  hd_query_bind_int64 (stmt, ":lights", lights);
  if (query->task_ids != NULL)
    {
      g_autoptr(GString) ids = g_string_new ("[");

      for (guint i = 0; i < query->n_task_ids; i++)
        g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", query->task_ids[i]);
      g_string_append_c (ids, ']');
      hd_query_bind_text (stmt, ":ids", ids->str);
    }
  return stmt;
}

HdQueryModel *
hd_ledger_new (HdStore              *store,
               const HdLedgerQuery  *query,
               GError              **error)
{
  sqlite3_stmt *stmt = hd_ledger_prepare (store, query, error);

  return stmt != NULL ? hd_query_model_new (store, HD_TYPE_TASK, load_task, stmt) : NULL;
}

GStrv
hd_ledger_list_leaders (HdStore  *store,
                        gint64    unit_id,
                        GError  **error)
{
  g_auto(HdSubtree) subtree = { NULL, NULL, FALSE };
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  if (!hd_subtree_init (&subtree, store, unit_id, error))
    return NULL;
  stmt = hd_store_prepare (store,
                           "SELECT DISTINCT leader FROM task INDEXED BY task_by_path"
                           " WHERE unit_path >= ?1 AND unit_path < ?2 AND leader <> ''"
                           " ORDER BY leader",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, subtree.from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, subtree.to, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (names, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the ledger"));
      return NULL;
    }
  return g_strv_builder_end (names);
}

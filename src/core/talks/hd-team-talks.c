/* hd-team-talks.c — the kept answers of the teams' three must-talks and their meetings. */
#include <glib/gi18n-lib.h>

#include "organisation/hd-unit.h"
#include "talks/hd-meeting-readiness.h"
#include "talks/hd-team-coverage.h"
#include "store/hd-read.h"
#include "talks/hd-team-talks.h"

/* Up to this many marked units are computed one by one; more, as one range of paths that holds
 * them all (an import, a demo, a migration). */
#define ONE_BY_ONE 32

typedef struct {
  HdStore    *store;
  GHashTable *rows;   /* unit id (gint64 *) → Answer */
} Answers;

typedef struct {
  gint64 unit_id;
  int    talked;       /* -1 requires no pair */
  gint64 meetings_ready;
} Answer;

static Answer *
answer_of (GHashTable *rows,
           gint64      unit_id)
{
  Answer *answer = g_hash_table_lookup (rows, &unit_id);

  if (answer == NULL)
    {
      answer = g_new (Answer, 1);
      answer->unit_id = unit_id;
      answer->talked = -1;
      answer->meetings_ready = 0;
      g_hash_table_insert (rows, &answer->unit_id, answer);
    }
  return answer;
}

static void
keep_team (gint64    unit_id,
           gboolean  complete,
           gpointer  data)
{
  answer_of (data, unit_id)->talked = complete ? 1 : 0;
}

/* Computes the answers of the units whose paths lie in [@from, @to) into @rows. */
static gboolean
compute_range (HdStore     *store,
               const char  *from,
               const char  *to,
               GHashTable  *rows,
               GError     **error)
{
  g_autoptr(GArray) meetings = hd_meeting_readiness_candidates (store, from, to, error);

  if (meetings == NULL
      || !hd_team_coverage_each (store, from, to, (HdMeetingPreparation *) meetings->data, meetings->len,
                                 keep_team, rows, error))
    return FALSE;
  for (guint i = 0; i < meetings->len; i++)
    {
      const HdMeetingPreparation *meeting = &g_array_index (meetings, HdMeetingPreparation, i);

      if (meeting->complete)
        answer_of (rows, meeting->unit_id)->meetings_ready++;
    }
  return TRUE;
}

static gboolean
write_answers (HdStore     *store,
               GHashTable  *rows,
               GError     **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (store,
                                         "INSERT INTO team_talks (unit_id, path, talked, meetings_ready)"
                                         " VALUES (?1, (SELECT path FROM unit WHERE id = ?1), ?2, ?3)",
                                         error);
  GHashTableIter iter;
  Answer *answer;

  if (stmt == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &answer))
    {
      sqlite3_bind_int64 (stmt, 1, answer->unit_id);
      if (answer->talked >= 0)
        sqlite3_bind_int (stmt, 2, answer->talked);
      else
        sqlite3_bind_null (stmt, 2);
      sqlite3_bind_int64 (stmt, 3, answer->meetings_ready);
      if (!hd_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* The marked units' paths, those of units deleted since left out. */
static GPtrArray *
marked_paths (HdStore  *store,
              GError  **error)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = hd_store_prepare (store,
                                         "SELECT DISTINCT u.path FROM team_talks_stale s JOIN unit u ON u.id = s.unit_id"
                                         " ORDER BY u.path",
                                         error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (paths, hd_store_column_dup (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the leadership teams"));
      return NULL;
    }
  return g_steal_pointer (&paths);
}

gboolean
hd_team_talks_refresh (HdStore  *store,
                       GError  **error)
{
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  g_autoptr(GPtrArray) paths = NULL;
  g_autofree char *delete_range = NULL;
  gboolean marked = FALSE;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);

  /* Most writes touch no team: one lookup. */
  if (!hd_read_flag (store, "SELECT EXISTS (SELECT 1 FROM team_talks_stale)", &marked, error))
    return FALSE;
  if (!marked)
    return TRUE;
  paths = marked_paths (store, error);
  if (paths == NULL
      || !hd_store_exec (store, "DELETE FROM team_talks WHERE unit_id IN (SELECT unit_id FROM team_talks_stale)", error))
    return FALSE;
  if (paths->len <= ONE_BY_ONE)
    {
      /* A unit alone is the range [path, path + "/"): its descendants' paths go on with a digit,
       * which sorts after "/". */
      for (guint i = 0; i < paths->len; i++)
        {
          const char *path = g_ptr_array_index (paths, i);
          g_autofree char *to = g_strconcat (path, "/", NULL);

          if (!compute_range (store, path, to, rows, error))
            return FALSE;
        }
    }
  else if (paths->len > 0)
    {
      const char *from = g_ptr_array_index (paths, 0);
      g_autofree char *to = hd_unit_path_upper_bound (g_ptr_array_index (paths, paths->len - 1));
      if (!hd_store_run_params (store,
                                "DELETE FROM team_talks WHERE unit_id IN"
                                " (SELECT id FROM unit WHERE path >= ?1 AND path < ?2)",
                                HD_PARAMS (HD_TEXT (from), HD_TEXT (to)), error)
          || !compute_range (store, from, to, rows, error))
        return FALSE;
    }
  return write_answers (store, rows, error)
         && hd_store_exec (store, "DELETE FROM team_talks_stale", error);
}

gboolean
hd_team_talks_read (HdStore     *store,
                    const char  *from,
                    const char  *to,
                    gint64      *complete,
                    gint64      *incomplete,
                    gint64      *ready,
                    gboolean    *kept,
                    GError     **error)
{
  gboolean marked = TRUE;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);

  *complete = *incomplete = *ready = 0;
  *kept = FALSE;
  if (!hd_read_flag (store, "SELECT EXISTS (SELECT 1 FROM team_talks_stale)", &marked, error))
    return FALSE;
  if (marked)
    return TRUE;
  stmt = hd_store_prepare (store,
                           "SELECT total (k.talked = 1), total (k.talked = 0), total (k.meetings_ready)"
                           " FROM unit u CROSS JOIN team_talks k ON k.unit_id = u.id"
                           " WHERE u.path >= ?1 AND u.path < ?2",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      hd_store_set_error (store, error, _("Counting the records"));
      return FALSE;
    }
  *complete = (gint64) sqlite3_column_double (stmt, 0);
  *incomplete = (gint64) sqlite3_column_double (stmt, 1);
  *ready = (gint64) sqlite3_column_double (stmt, 2);
  sqlite3_reset (stmt);
  *kept = TRUE;
  return TRUE;
}

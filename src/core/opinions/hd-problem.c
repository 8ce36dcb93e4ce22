/* hd-problem.c — problems and merging opinions into them, through edits (see hd-edit.h). */
#include <glib/gi18n-lib.h>

#include "model/hd-row-model.h"
#include "model/hd-subtree.h"
#include "opinions/hd-problem.h"
#include "organisation/hd-person.h"
#include "organisation/hd-unit.h"
#include "store/hd-date.h"
#include "store/hd-read.h"

#define MAX_SUMMARY_CHARS 2000

/* An opinion taken out of its problem (?1): sorted again, unless it was answered or closed meanwhile. */
#define UNLINK_OPINION "UPDATE opinion SET problem_id = NULL," \
                       " status = CASE status WHEN 'problem' THEN 'sorted' ELSE status END WHERE id = ?1"

G_DEFINE_QUARK (hd-problem-error-quark, hd_problem_error)

struct _HdProblem
{
  HdRecord    parent_instance;

  gint64      unit_id;
  gint64      person_id;
  HdCategory  category;
  char       *summary;
  char       *found;
  guint       n_opinions;
  guint       n_tasks;
};

/* In the order of the columns that hd_problem_load() reads after the id and uuid. */
static const HdRecordField record_fields[] = {
  { "unit-id", HD_FIELD_INT64, G_STRUCT_OFFSET (HdProblem, unit_id) },
  { "person-id", HD_FIELD_INT64, G_STRUCT_OFFSET (HdProblem, person_id) },
  { "category", HD_FIELD_TOKEN, G_STRUCT_OFFSET (HdProblem, category), NULL, &hd_category_enum,
    HD_CATEGORY_OTHER },
  { "summary", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdProblem, summary) },
  { "found", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdProblem, found) },
  { "n-opinions", HD_FIELD_UINT, G_STRUCT_OFFSET (HdProblem, n_opinions) },
  { "n-tasks", HD_FIELD_UINT, G_STRUCT_OFFSET (HdProblem, n_tasks) },
};

static const HdRecordInfo record_info = {
  record_fields, G_N_ELEMENTS (record_fields), hd_problem_error_quark, HD_PROBLEM_ERROR_NOT_FOUND,
  N_("There is no problem number %lld; it may have been deleted meanwhile. Reload the list and choose again."),
  N_("Reading a problem"),
};

HD_DEFINE_RECORD_TYPE (HdProblem, hd_problem, record_info)

HdProblem *
hd_problem_load (HdStore  *store,
                 gint64    id,
                 GError  **error)
{
  return hd_record_load (HD_TYPE_PROBLEM, store,
                         "SELECT id, uuid, unit_id, person_id, category, summary, found,"
                         " (SELECT count(*) FROM opinion WHERE problem_id = ?1),"
                         " (SELECT count(*) FROM task WHERE problem_id = ?1)"
                         " FROM problem WHERE id = ?1",
                         id, error);
}

gint64 hd_problem_get_id (HdProblem *self) { return hd_record_get_id (HD_RECORD (self)); }
gint64 hd_problem_get_unit_id (HdProblem *self) { g_return_val_if_fail (HD_IS_PROBLEM (self), 0); return self->unit_id; }
gint64 hd_problem_get_person_id (HdProblem *self) { g_return_val_if_fail (HD_IS_PROBLEM (self), 0); return self->person_id; }
HdCategory hd_problem_get_category (HdProblem *self) { g_return_val_if_fail (HD_IS_PROBLEM (self), 0); return self->category; }
const char *hd_problem_get_summary (HdProblem *self) { g_return_val_if_fail (HD_IS_PROBLEM (self), NULL); return self->summary; }
const char *hd_problem_get_found (HdProblem *self) { g_return_val_if_fail (HD_IS_PROBLEM (self), NULL); return self->found; }
guint hd_problem_get_n_opinions (HdProblem *self) { g_return_val_if_fail (HD_IS_PROBLEM (self), 0); return self->n_opinions; }
guint hd_problem_get_n_tasks (HdProblem *self) { g_return_val_if_fail (HD_IS_PROBLEM (self), 0); return self->n_tasks; }

gboolean
hd_problem_fields_validate (HdStore                *store,
                            const HdProblemFields  *fields,
                            const GDate            *today,
                            GError                **error)
{
  g_autofree char *summary = g_strstrip (g_strdup (fields->summary != NULL ? fields->summary : ""));
  GDate found;

  g_return_val_if_fail ((guint) fields->category < HD_N_CATEGORIES, FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  if (*summary == '\0')
    {
      g_set_error_literal (error, HD_PROBLEM_ERROR, HD_PROBLEM_ERROR_INVALID,
                           _("The problem needs a summary. Enter it in one sentence, e.g. “文山会海，会议多、文件多”."));
      return FALSE;
    }
  if (g_utf8_strlen (summary, -1) > MAX_SUMMARY_CHARS)
    {
      g_set_error (error, HD_PROBLEM_ERROR, HD_PROBLEM_ERROR_INVALID,
                   _("The summary is longer than %d characters. Shorten it."), MAX_SUMMARY_CHARS);
      return FALSE;
    }
  if (!hd_date_parse_iso (fields->found, &found))
    {
      g_set_error (error, HD_PROBLEM_ERROR, HD_PROBLEM_ERROR_INVALID,
                   _("“%s” is not a date. Enter the day the problem was found, e.g. 2014-09-30."),
                   fields->found != NULL ? fields->found : "");
      return FALSE;
    }
  if (g_date_compare (&found, today) > 0)
    {
      g_autofree char *shown = hd_date_format_display (&found);

      g_set_error (error, HD_PROBLEM_ERROR, HD_PROBLEM_ERROR_INVALID,
                   _("The problem is dated %s, after today. Enter the day it was found."), shown);
      return FALSE;
    }
  return hd_unit_check_exists (store, fields->unit_id, error) &&
         (fields->person_id == 0 || hd_person_check_exists (store, fields->person_id, error));
}

static void
bind_fields (sqlite3_stmt          *stmt,
             const HdProblemFields *fields)
{
  sqlite3_bind_int64 (stmt, 2, fields->unit_id);
  hd_store_bind_id_or_null (stmt, 3, fields->person_id);
  sqlite3_bind_text (stmt, 4, hd_category_to_string (fields->category), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, g_strstrip (g_strdup (fields->summary)), -1, g_free);
  sqlite3_bind_text (stmt, 6, fields->found, -1, SQLITE_TRANSIENT);
}

static gboolean
link_opinion (HdEdit   *edit,
              gint64    opinion_id,
              gint64    problem_id,
              GError  **error)
{
  return hd_edit_update_row (edit, "opinion", opinion_id,
                             "UPDATE opinion SET status = 'problem', problem_id = ?2 WHERE id = ?1", problem_id, error);
}

gint64
hd_problem_insert (HdEdit                 *edit,
                   const HdProblemFields  *fields,
                   GError                **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  stmt = hd_edit_prepare_insert (edit,
                                 "INSERT INTO problem (uuid, unit_id, person_id, category, summary, found)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                 error);
  if (stmt == NULL)
    return 0;
  bind_fields (stmt, fields);
  return hd_edit_insert (edit, "problem", stmt, &id, error) ? id : 0;
}

gint64
hd_problem_merge (HdStore                *store,
                  HdHistory              *history,
                  const HdProblemFields  *fields,
                  const gint64           *opinion_ids,
                  guint                   n_opinions,
                  const GDate            *today,
                  GError                **error)
{
  HdEdit *edit;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (HD_IS_STORE (store), 0);

  if (n_opinions == 0)
    {
      g_set_error_literal (error, HD_PROBLEM_ERROR, HD_PROBLEM_ERROR_INVALID,
                           _("No opinion is selected. Select the opinions that describe the problem, then merge them."));
      return 0;
    }
  for (guint i = 0; i < n_opinions; i++)
    {
      g_autoptr(HdOpinion) opinion = hd_opinion_load (store, opinion_ids[i], error);

      if (opinion == NULL)
        return 0;
    }
  if (!hd_problem_fields_validate (store, fields, today, error))
    return 0;

  edit = hd_edit_begin (store, _("Merge opinions into a problem"), error);
  if (edit == NULL)
    return 0;
  id = hd_problem_insert (edit, fields, error);
  ok = id != 0;
  for (guint i = 0; ok && i < n_opinions; i++)
    ok = link_opinion (edit, opinion_ids[i], id, error);
  return hd_edit_finish (edit, history, ok, error) ? id : 0;
}

gboolean
hd_problem_update (HdStore                *store,
                   HdHistory              *history,
                   gint64                  id,
                   const HdProblemFields  *fields,
                   const GDate            *today,
                   GError                **error)
{
  g_autoptr(HdProblem) problem = hd_problem_load (store, id, error);
  sqlite3_stmt *stmt;
  HdEdit *edit;
  gboolean ok;

  if (problem == NULL || !hd_problem_fields_validate (store, fields, today, error))
    return FALSE;
  edit = hd_edit_begin (store, _("Edit problem"), error);
  if (edit == NULL)
    return FALSE;
  ok = hd_edit_touch (edit, "problem", id, error);
  stmt = ok ? hd_store_prepare (store,
                                "UPDATE problem SET unit_id = ?2, person_id = ?3, category = ?4, summary = ?5,"
                                " found = ?6 WHERE id = ?1",
                                error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      bind_fields (stmt, fields);
      ok = hd_store_step_done (store, stmt, error);
    }
  return hd_edit_finish (edit, history, ok, error);
}

/* Touches every row @select_ids names (?1 = the problem) and runs @update on it (?1 = its id). */
static gboolean
update_each (HdEdit      *edit,
             const char  *table,
             const char  *select_ids,
             const char  *update,
             gint64       problem_id,
             GError     **error)
{
  HdStore *store = hd_edit_get_store (edit);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = hd_store_prepare (store, select_ids, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, problem_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the database"));
      return FALSE;
    }
  for (guint i = 0; i < ids->len; i++)
    if (!hd_edit_update_params (edit, table, g_array_index (ids, gint64, i), update, NULL, 0, error))
      return FALSE;
  return TRUE;
}

gboolean
hd_problem_delete (HdStore    *store,
                   HdHistory  *history,
                   gint64      id,
                   GError    **error)
{
  g_autoptr(HdProblem) problem = hd_problem_load (store, id, error);
  HdEdit *edit;
  gboolean ok;

  if (problem == NULL)
    return FALSE;
  edit = hd_edit_begin (store, _("Delete problem"), error);
  if (edit == NULL)
    return FALSE;
  ok = update_each (edit, "opinion", "SELECT id FROM opinion WHERE problem_id = ?1",
                    UNLINK_OPINION,
                    id, error) &&
       update_each (edit, "task", "SELECT id FROM task WHERE problem_id = ?1",
                    "UPDATE task SET problem_id = NULL WHERE id = ?1", id, error) &&
       hd_edit_delete_rows (edit, "problem", "SELECT ?1", id, NULL, error);
  return hd_edit_finish (edit, history, ok, error);
}

gboolean
hd_problem_unlink_opinions (HdStore       *store,
                            HdHistory     *history,
                            gint64         id,
                            const gint64  *opinion_ids,
                            guint          n_opinions,
                            GError       **error)
{
  g_autoptr(HdProblem) problem = hd_problem_load (store, id, error);
  HdEdit *edit;
  gboolean ok = TRUE;

  if (problem == NULL)
    return FALSE;
  if (n_opinions == 0)
    {
      g_set_error_literal (error, HD_PROBLEM_ERROR, HD_PROBLEM_ERROR_INVALID,
                           _("No opinion is selected. Select the problem’s opinions to take out of it."));
      return FALSE;
    }
  for (guint i = 0; i < n_opinions; i++)
    {
      g_autoptr(HdOpinion) opinion = hd_opinion_load (store, opinion_ids[i], error);

      if (opinion == NULL)
        return FALSE;
      if (hd_opinion_get_problem_id (opinion) != id)
        {
          g_set_error (error, HD_PROBLEM_ERROR, HD_PROBLEM_ERROR_INVALID,
                       _("The opinion “%s” is not linked to this problem. Reload the list and choose again."),
                       hd_opinion_get_content (opinion));
          return FALSE;
        }
    }
  edit = hd_edit_begin (store, _("Unlink opinions from problem"), error);
  if (edit == NULL)
    return FALSE;
  for (guint i = 0; ok && i < n_opinions; i++)
    ok = hd_edit_update_params (edit, "opinion", opinion_ids[i], UNLINK_OPINION, NULL, 0, error);
  return hd_edit_finish (edit, history, ok, error);
}

static GObject *
load_problem (HdStore  *store,
              gint64    id,
              GError  **error)
{
  return G_OBJECT (hd_problem_load (store, id, error));
}

HdQueryModel *
hd_problem_list_new (HdStore  *store,
                     gint64    unit_id,
                     GError  **error)
{
  g_auto(HdSubtree) subtree = { NULL, NULL, FALSE };
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  if (!hd_subtree_init (&subtree, store, unit_id, error))
    return NULL;
  /* The subtree's units in path order, each unit's problems from problem_by_unit: rows come
   * in the list's order without a sort, so the first page shows at once even for a province. */
  if (sqlite3_prepare_v2 (hd_store_get_db (store),
                          "SELECT p.id FROM unit u JOIN problem p ON p.unit_id = u.id"
                          " WHERE u.path >= :from AND u.path < :to"
                          " ORDER BY u.path, p.found DESC, p.id DESC",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      hd_store_set_error (store, error, _("Reading the problems"));
      sqlite3_finalize (stmt);
      return NULL;
    }
  hd_query_bind_text (stmt, ":from", subtree.from);
  hd_query_bind_text (stmt, ":to", subtree.to);
  return hd_query_model_new (store, HD_TYPE_PROBLEM, load_problem, stmt);
}

static GObject *
load_opinion (HdStore  *store,
              gint64    id,
              GError  **error)
{
  return G_OBJECT (hd_opinion_load (store, id, error));
}

GListModel *
hd_problem_list_opinions (HdStore  *store,
                          gint64    id,
                          GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  stmt = hd_store_prepare (store,
                           "SELECT id FROM opinion WHERE problem_id = ?1 ORDER BY received, id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return G_LIST_MODEL (hd_row_model_new_from_stmt (store, HD_TYPE_OPINION, load_opinion, stmt, error));
}

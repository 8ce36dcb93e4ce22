/* hd-unit-edit.c — editing the hierarchy through edits (see hd-edit.h). */
#include <glib/gi18n-lib.h>

#include "organisation/hd-unit-edit.h"

#define MAX_NAME_CHARS 100
#define MAX_CODE_CHARS 32

G_DEFINE_QUARK (hd-unit-edit-error-quark, hd_unit_edit_error)

/* Rows that belong to a subtree, per table, with ?1 and ?2 the subtree's path range. The order
 * is the order of deletion: what refers to others goes first. */
#define SUBTREE_UNITS "SELECT id FROM unit WHERE path >= ?1 AND path < ?2"
#define SUBTREE_PEOPLE "SELECT id FROM person WHERE unit_id IN (" SUBTREE_UNITS ")"
#define SUBTREE_GROUPS "SELECT id FROM supervision_group WHERE unit_id IN (" SUBTREE_UNITS ")"
#define SUBTREE_MEMBERS \
  "SELECT id FROM team_member WHERE unit_id IN (" SUBTREE_UNITS ") OR person_id IN (" SUBTREE_PEOPLE ")"
/* Opinions and tasks carry their unit's path: the subtree is a range of their own index. */
#define SUBTREE_TASKS "SELECT id FROM task WHERE unit_path >= ?1 AND unit_path < ?2"
#define SUBTREE_PROBLEMS "SELECT id FROM problem WHERE unit_id IN (" SUBTREE_UNITS ")"
#define SUBTREE_OPINIONS "SELECT id FROM opinion WHERE unit_path >= ?1 AND unit_path < ?2"

typedef struct {
  const char *table;
  const char *select_ids;
} DependentRows;

enum {
  ROWS_TASK_PROGRESS,
  ROWS_TASK_REVIEW,
  ROWS_TASK,
  ROWS_OPINION,
  ROWS_PROBLEM,
  ROWS_OVERSIGHT,
  ROWS_TEAM_MEMBER,
  ROWS_CONTACT_POINT,
  ROWS_SUPERVISION_MEMBER,
  ROWS_SUPERVISION_ASSIGNMENT,
  ROWS_SUPERVISION_GROUP,
  ROWS_PERSON,
  ROWS_UNIT,
};

static const DependentRows dependent_rows[] = {
  /* They would go with their task by ON DELETE CASCADE, unseen by the edit and lost to undo. */
  [ROWS_TASK_PROGRESS] = { "task_progress", "SELECT id FROM task_progress WHERE task_id IN (" SUBTREE_TASKS ")" },
  [ROWS_TASK_REVIEW] = { "task_review", "SELECT id FROM task_review WHERE task_id IN (" SUBTREE_TASKS ")" },
  [ROWS_TASK] = { "task", SUBTREE_TASKS },
  [ROWS_OPINION] = { "opinion", SUBTREE_OPINIONS },
  [ROWS_PROBLEM] = { "problem", SUBTREE_PROBLEMS },
  [ROWS_OVERSIGHT] = { "oversight",
    "SELECT id FROM oversight WHERE department_id IN (" SUBTREE_UNITS ") OR member_id IN (" SUBTREE_MEMBERS ")" },
  [ROWS_TEAM_MEMBER] = { "team_member", SUBTREE_MEMBERS },
  [ROWS_CONTACT_POINT] = { "contact_point",
    "SELECT id FROM contact_point WHERE unit_id IN (" SUBTREE_UNITS ") OR leader_id IN (" SUBTREE_PEOPLE ")" },
  [ROWS_SUPERVISION_MEMBER] = { "supervision_member",
    "SELECT id FROM supervision_member WHERE person_id IN (" SUBTREE_PEOPLE ") OR group_id IN (" SUBTREE_GROUPS ")" },
  [ROWS_SUPERVISION_ASSIGNMENT] = { "supervision_assignment",
    "SELECT id FROM supervision_assignment WHERE unit_id IN (" SUBTREE_UNITS ") OR group_id IN (" SUBTREE_GROUPS ")" },
  [ROWS_SUPERVISION_GROUP] = { "supervision_group", SUBTREE_GROUPS },
  [ROWS_PERSON] = { "person", SUBTREE_PEOPLE },
  [ROWS_UNIT] = { "unit", SUBTREE_UNITS " ORDER BY path DESC" },
};

/* Records outside the subtree that refer to a problem or a person in it stay, without the
 * reference, as deleting a problem leaves them (hd_problem_delete): an opinion of another unit
 * goes back to "sorted", a task of another unit keeps its own text of the problem. Done before
 * the deletions, and undone after them. */
typedef struct {
  const char *table;
  const char *select_ids;
  const char *update;   /* ?1 the row's id */
} DetachedRows;

static const DetachedRows detached_rows[] = {
  { "task",
    "SELECT id FROM task WHERE problem_id IN (" SUBTREE_PROBLEMS ")"
    " AND NOT (unit_path >= ?1 AND unit_path < ?2)",
    "UPDATE task SET problem_id = NULL WHERE id = ?1" },
  { "opinion",
    "SELECT id FROM opinion WHERE problem_id IN (" SUBTREE_PROBLEMS ")"
    " AND NOT (unit_path >= ?1 AND unit_path < ?2)",
    "UPDATE opinion SET problem_id = NULL,"
    " status = CASE status WHEN 'problem' THEN 'sorted' ELSE status END WHERE id = ?1" },
  { "opinion",
    "SELECT id FROM opinion WHERE person_id IN (" SUBTREE_PEOPLE ")"
    " AND NOT (unit_path >= ?1 AND unit_path < ?2)",
    "UPDATE opinion SET person_id = NULL WHERE id = ?1" },
  { "problem",
    "SELECT id FROM problem WHERE person_id IN (" SUBTREE_PEOPLE ") AND id NOT IN (" SUBTREE_PROBLEMS ")",
    "UPDATE problem SET person_id = NULL WHERE id = ?1" },
};

static char *
clean_name (const char  *name,
            GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (*clean == '\0')
    {
      g_set_error_literal (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_INVALID,
                           _("The unit needs a name. Enter its full name, e.g. “城关镇”."));
      return NULL;
    }
  if (g_utf8_strlen (clean, -1) > MAX_NAME_CHARS)
    {
      g_set_error (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_INVALID,
                   _("The unit’s name is longer than %d characters. Enter a shorter name."),
                   MAX_NAME_CHARS);
      return NULL;
    }
  return g_steal_pointer (&clean);
}

/* NULL with no error set means "no code". */
static gboolean
clean_code (HdStore     *store,
            gint64       id,
            const char  *code,
            char       **result,
            GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (code != NULL ? code : ""));
  sqlite3_stmt *stmt;

  *result = NULL;
  if (*clean == '\0')
    return TRUE;
  for (const char *p = clean; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      {
        g_set_error (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_INVALID,
                     _("The code “%s” may contain only letters, digits, “-”, “_” and “.”. Enter it again."),
                     clean);
        return FALSE;
      }
  if (strlen (clean) > MAX_CODE_CHARS)
    {
      g_set_error (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_INVALID,
                   _("The code “%s” is longer than %d characters. Enter a shorter code."),
                   clean, MAX_CODE_CHARS);
      return FALSE;
    }

  stmt = hd_store_prepare (store, "SELECT name FROM unit WHERE code = ?1 AND id <> ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, clean, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_set_error (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_DUPLICATE_CODE,
                   _("The code “%s” is already used by “%s”. Enter another code."),
                   clean, (const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  *result = g_steal_pointer (&clean);
  return TRUE;
}

/* Runs @sql with ?1 = @id and ?2 = @text (or NULL) inside @edit, after touching the unit. */
static gboolean
update_unit (HdEdit      *edit,
             HdStore     *store,
             gint64       id,
             const char  *sql,
             const char  *text,
             GError     **error)
{
  sqlite3_stmt *stmt;

  if (!hd_edit_touch (edit, "unit", id, error))
    return FALSE;
  stmt = hd_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (text != NULL)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
  return hd_store_step_done (store, stmt, error);
}

/* The ids of @parent_id's children (0: the roots) in their order, leaving out @except. */
static GArray *
sibling_ids (HdStore  *store,
             gint64    parent_id,
             gint64    except,
             GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = hd_store_prepare (store,
                           "SELECT id FROM unit WHERE parent_id IS ?1 AND id <> ?2 ORDER BY position, id",
                           error);
  if (stmt == NULL)
    return NULL;
  if (parent_id != 0)
    sqlite3_bind_int64 (stmt, 1, parent_id);
  sqlite3_bind_int64 (stmt, 2, except);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 sibling = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, sibling);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the units"));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* Puts @id at @index among the others of @parent_id and numbers them all 0, 1, 2 … */
static gboolean
place_among_siblings (HdEdit   *edit,
                      HdStore  *store,
                      gint64    parent_id,
                      gint64    id,
                      int       index,
                      GError  **error)
{
  g_autoptr(GArray) ids = sibling_ids (store, parent_id, id, error);

  if (ids == NULL)
    return FALSE;
  if (index < 0 || (guint) index > ids->len)
    index = (int) ids->len;
  g_array_insert_val (ids, (guint) index, id);

  for (guint i = 0; i < ids->len; i++)
    {
      if (!hd_edit_update_row (edit, "unit", g_array_index (ids, gint64, i),
                               "UPDATE unit SET position = ?2 WHERE id = ?1 AND position <> ?2", i, error))
        return FALSE;
    }
  return TRUE;
}

gint64
hd_unit_insert (HdEdit      *edit,
                gint64       parent_id,
                HdUnitKind   kind,
                const char  *name,
                const char  *code,
                GError     **error)
{
  HdStore *store = hd_edit_get_store (edit);
  g_autoptr(HdUnit) parent = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *clean_c = NULL;
  g_autofree char *path = NULL;
  gint64 id;

  g_return_val_if_fail ((guint) kind < HD_UNIT_N_KINDS, 0);

  clean = clean_name (name, error);
  if (clean == NULL || !clean_code (store, 0, code, &clean_c, error))
    return 0;
  if (parent_id != 0 && (parent = hd_unit_load (store, parent_id, error)) == NULL)
    return 0;

  /* The path needs the new id: insert with the UUID as a placeholder (unique), then set it. */
  if (!hd_edit_insert_params (edit, "unit",
                              "INSERT INTO unit (uuid, parent_id, kind, name, code, position, path)"
                              " VALUES (?1, ?2, ?3, ?4, ?5,"
                              "  (SELECT coalesce (max (position) + 1, 0) FROM unit WHERE parent_id IS ?2), ?1)",
                              HD_PARAMS (HD_ID (parent_id), HD_TEXT (hd_unit_kind_to_string (kind)), HD_TEXT (clean),
                                         HD_TEXT (clean_c)),
                              &id, error))
    return 0;

  path = hd_unit_path_child (parent != NULL ? hd_unit_get_path (parent) : NULL, id);
  return hd_store_run_params (store, "UPDATE unit SET path = ?2 WHERE id = ?1", HD_PARAMS (HD_INT (id), HD_TEXT (path)),
                              error) ? id : 0;
}

gint64
hd_unit_create (HdStore     *store,
                HdHistory   *history,
                gint64       parent_id,
                HdUnitKind   kind,
                const char  *name,
                const char  *code,
                GError     **error)
{
  HdEdit *edit;
  gint64 id;

  g_return_val_if_fail (HD_IS_STORE (store), 0);

  edit = hd_edit_begin (store, _("Add unit"), error);
  if (edit == NULL)
    return 0;
  id = hd_unit_insert (edit, parent_id, kind, name, code, error);
  return hd_edit_finish (edit, history, id != 0, error) ? id : 0;
}

gboolean
hd_unit_rename (HdStore     *store,
                HdHistory   *history,
                gint64       id,
                const char  *name,
                GError     **error)
{
  g_autofree char *clean = clean_name (name, error);
  HdEdit *edit;

  if (clean == NULL || !hd_unit_check_exists (store, id, error))
    return FALSE;
  edit = hd_edit_begin (store, _("Rename unit"), error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history,
                         update_unit (edit, store, id, "UPDATE unit SET name = ?2 WHERE id = ?1", clean, error),
                         error);
}

gboolean
hd_unit_update_kind (HdEdit      *edit,
                     gint64       id,
                     HdUnitKind   kind,
                     GError     **error)
{
  g_return_val_if_fail ((guint) kind < HD_UNIT_N_KINDS, FALSE);

  return update_unit (edit, hd_edit_get_store (edit), id, "UPDATE unit SET kind = ?2 WHERE id = ?1",
                      hd_unit_kind_to_string (kind), error);
}

gboolean
hd_unit_set_kind (HdStore     *store,
                  HdHistory   *history,
                  gint64       id,
                  HdUnitKind   kind,
                  GError     **error)
{
  HdEdit *edit;

  if (!hd_unit_check_exists (store, id, error))
    return FALSE;
  edit = hd_edit_begin (store, _("Change unit kind"), error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history, hd_unit_update_kind (edit, id, kind, error), error);
}

gboolean
hd_unit_set_code (HdStore     *store,
                  HdHistory   *history,
                  gint64       id,
                  const char  *code,
                  GError     **error)
{
  g_autofree char *clean = NULL;
  HdEdit *edit;

  if (!hd_unit_check_exists (store, id, error) || !clean_code (store, id, code, &clean, error))
    return FALSE;
  edit = hd_edit_begin (store, _("Change unit code"), error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history,
                         update_unit (edit, store, id, "UPDATE unit SET code = ?2 WHERE id = ?1", clean, error),
                         error);
}

gboolean
hd_unit_reorder (HdStore    *store,
                 HdHistory  *history,
                 gint64      id,
                 guint       index,
                 GError    **error)
{
  g_autoptr(HdUnit) unit = hd_unit_load (store, id, error);
  HdEdit *edit;

  if (unit == NULL)
    return FALSE;
  edit = hd_edit_begin (store, _("Reorder units"), error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history,
                         place_among_siblings (edit, store, hd_unit_get_parent_id (unit), id,
                                               (int) MIN (index, (guint) G_MAXINT), error),
                         error);
}

static gboolean
touch_subtree (HdEdit      *edit,
               HdStore     *store,
               const char  *table,
               const char  *select_ids,
               const char  *path,
               const char  *upper,
               GArray      *ids_out,
               GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* The queries are our own constants; they are prepared each time because they are rare. */
  if (sqlite3_prepare_v2 (hd_store_get_db (store), select_ids, -1, &stmt, NULL) != SQLITE_OK)
    {
      hd_store_set_error (store, error, _("Reading the units"));
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, path, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, upper, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 row_id = sqlite3_column_int64 (stmt, 0);

      if (ids_out != NULL)
        g_array_append_val (ids_out, row_id);
      if (edit != NULL && !hd_edit_touch (edit, table, row_id, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the units"));
      return FALSE;
    }
  return TRUE;
}

gboolean
hd_unit_move (HdStore    *store,
              HdHistory  *history,
              gint64      id,
              gint64      new_parent_id,
              int         index,
              GError    **error)
{
  g_autoptr(HdUnit) unit = hd_unit_load (store, id, error);
  g_autoptr(HdUnit) parent = NULL;
  g_autofree char *upper = NULL;
  g_autofree char *new_path = NULL;
  const char *path;
  HdEdit *edit;
  gboolean ok;

  if (unit == NULL)
    return FALSE;
  path = hd_unit_get_path (unit);
  upper = hd_unit_path_upper_bound (path);
  if (new_parent_id != 0)
    {
      parent = hd_unit_load (store, new_parent_id, error);
      if (parent == NULL)
        return FALSE;
      if (g_str_has_prefix (hd_unit_get_path (parent), path))
        {
          g_set_error (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_INTO_OWN_SUBTREE,
                       _("“%s” cannot be moved under “%s”, which belongs to it. Choose a unit outside it."),
                       hd_unit_get_name (unit), hd_unit_get_name (parent));
          return FALSE;
        }
    }
  new_path = hd_unit_path_child (parent != NULL ? hd_unit_get_path (parent) : NULL, id);

  edit = hd_edit_begin (store, _("Move unit"), error);
  if (edit == NULL)
    return FALSE;
  ok = touch_subtree (edit, store, "unit", SUBTREE_UNITS, path, upper, NULL, error);
  ok = ok && hd_store_run_params (store, "UPDATE unit SET parent_id = ?2 WHERE id = ?1",
                                  HD_PARAMS (HD_INT (id), HD_ID (new_parent_id)), error);
  /* Rewrites the prefix of every path in the subtree: one statement over the index range. */
  ok = ok && hd_store_run_params (store,
                                  "UPDATE unit SET path = ?3 || substr (path, length (?1) + 1)"
                                  " WHERE path >= ?1 AND path < ?2",
                                  HD_PARAMS (HD_TEXT (path), HD_TEXT (upper), HD_TEXT (new_path)), error);
  ok = ok && place_among_siblings (edit, store, new_parent_id, id, index, error);
  return hd_edit_finish (edit, history, ok, error);
}

static gboolean
count_rows (HdStore     *store,
            const char  *select_ids,
            const char  *path,
            const char  *upper,
            guint       *count,
            GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!touch_subtree (NULL, store, NULL, select_ids, path, upper, ids, error))
    return FALSE;
  *count = ids->len;
  return TRUE;
}

gboolean
hd_unit_count_dependents (HdStore          *store,
                          gint64            id,
                          HdUnitDependents *dependents,
                          GError          **error)
{
  g_autoptr(HdUnit) unit = hd_unit_load (store, id, error);
  g_autofree char *upper = NULL;
  const char *path;

  memset (dependents, 0, sizeof *dependents);
  if (unit == NULL)
    return FALSE;
  path = hd_unit_get_path (unit);
  upper = hd_unit_path_upper_bound (path);

  if (!count_rows (store, SUBTREE_UNITS, path, upper, &dependents->units, error) ||
      !count_rows (store, SUBTREE_PEOPLE, path, upper, &dependents->people, error) ||
      !count_rows (store, dependent_rows[ROWS_TEAM_MEMBER].select_ids, path, upper, &dependents->team_members, error) ||
      !count_rows (store, dependent_rows[ROWS_CONTACT_POINT].select_ids, path, upper, &dependents->contact_points, error) ||
      !count_rows (store, SUBTREE_GROUPS, path, upper, &dependents->supervision_groups, error) ||
      !count_rows (store, dependent_rows[ROWS_SUPERVISION_ASSIGNMENT].select_ids, path, upper, &dependents->supervision_assignments, error) ||
      !count_rows (store, SUBTREE_OPINIONS, path, upper, &dependents->opinions, error) ||
      !count_rows (store, SUBTREE_PROBLEMS, path, upper, &dependents->problems, error) ||
      !count_rows (store, SUBTREE_TASKS, path, upper, &dependents->tasks, error) ||
      !count_rows (store, dependent_rows[ROWS_TASK_PROGRESS].select_ids, path, upper, &dependents->task_progress, error) ||
      !count_rows (store, dependent_rows[ROWS_TASK_REVIEW].select_ids, path, upper, &dependents->task_reviews, error))
    return FALSE;
  dependents->units--;   /* the unit itself */
  return TRUE;
}

char *
hd_unit_dependents_describe (const HdUnitDependents *d)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (d->units > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u subordinate unit", "%u subordinate units", d->units), d->units));
  if (d->people > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person on the rosters", "%u people on the rosters", d->people), d->people));
  if (d->team_members > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u leadership team place", "%u leadership team places", d->team_members), d->team_members));
  if (d->contact_points > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u contact point", "%u contact points", d->contact_points), d->contact_points));
  if (d->supervision_groups > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u supervision group", "%u supervision groups", d->supervision_groups), d->supervision_groups));
  if (d->supervision_assignments > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u supervision assignment", "%u supervision assignments", d->supervision_assignments), d->supervision_assignments));
  if (d->opinions > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u opinion", "%u opinions", d->opinions), d->opinions));
  if (d->problems > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u problem", "%u problems", d->problems), d->problems));
  /* Progress entries and review dates are parts of their tasks, not named on their own. */
  if (d->tasks > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rectification task", "%u rectification tasks", d->tasks), d->tasks));
  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  {
    /* Translators: the separator between the items of a list of things, e.g. "3 units, 5 people". */
    g_autofree char *list = g_strjoinv (_(", "), (char **) parts->pdata);
    /* Translators: %s is a list such as "3 subordinate units, 40 people on the rosters". */
    return g_strdup_printf (_("Deleting it also deletes %s."), list);
  }
}

/* Touches each row of @table that @select_ids finds in the subtree, then runs @change (an UPDATE
 * or DELETE of the row ?1) on it. */
static gboolean
change_each (HdEdit      *edit,
             const char  *table,
             const char  *select_ids,
             const char  *change,
             const char  *path,
             const char  *upper,
             GError     **error)
{
  HdStore *store = hd_edit_get_store (edit);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  ok = touch_subtree (edit, store, table, select_ids, path, upper, ids, error);
  if (ok && sqlite3_prepare_v2 (hd_store_get_db (store), change, -1, &stmt, NULL) != SQLITE_OK)
    {
      hd_store_set_error (store, error, _("Deleting the unit"));
      ok = FALSE;
    }
  for (guint k = 0; ok && k < ids->len; k++)
    {
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, k));
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          /* A record of a later kind still refers to it: the store's foreign keys refuse
           * rather than leave it orphaned. */
          hd_store_set_error (store, error, _("Deleting the unit"));
          ok = FALSE;
        }
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  return ok;
}

/* The records of what was done that name the subtree [@path, @upper), its tasks or its people:
 * the look-back review's, the conversations', the meetings'. They keep the units they name. */
#define SUBTREE_KEPT \
  "SELECT 1 FROM notice WHERE unit_path >= ?1 AND unit_path < ?2" \
  " UNION ALL SELECT 1 FROM lookback_round WHERE unit_path >= ?1 AND unit_path < ?2" \
  " UNION ALL SELECT 1 FROM lookback_item i JOIN task t ON t.id = i.task_id" \
  "   WHERE t.unit_path >= ?1 AND t.unit_path < ?2" \
  " UNION ALL SELECT 1 FROM accountability WHERE unit_path >= ?1 AND unit_path < ?2" \
  " UNION ALL SELECT 1 FROM meeting WHERE unit_path >= ?1 AND unit_path < ?2" \
  " UNION ALL SELECT 1 FROM talk WHERE unit_id IN (" SUBTREE_UNITS ")" \
  " UNION ALL SELECT 1 FROM talk_person WHERE person_id IN (" SUBTREE_PEOPLE ")" \
  " UNION ALL SELECT 1 FROM meeting_person WHERE person_id IN (" SUBTREE_PEOPLE ")" \
  " LIMIT 1"

static gboolean
subtree_kept (HdStore     *store,
              const char  *path,
              const char  *upper,
              gboolean    *kept,
              GError     **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (store, SUBTREE_KEPT, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, path, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, upper, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the records that name the unit"));
      return FALSE;
    }
  *kept = rc == SQLITE_ROW;
  return TRUE;
}

gboolean
hd_unit_delete (HdStore    *store,
                HdHistory  *history,
                gint64      id,
                gboolean    with_dependents,
                GError    **error)
{
  g_autoptr(HdUnit) unit = hd_unit_load (store, id, error);
  g_autofree char *upper = NULL;
  HdUnitDependents dependents;
  HdEdit *edit;
  gboolean ok = TRUE, kept = FALSE;

  if (unit == NULL || !hd_unit_count_dependents (store, id, &dependents, error))
    return FALSE;
  if (!with_dependents)
    {
      g_autofree char *what = hd_unit_dependents_describe (&dependents);

      if (what != NULL)
        {
          g_set_error (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_HAS_DEPENDENTS,
                       _("“%s” was not deleted. %s Confirm to delete all of it."),
                       hd_unit_get_name (unit), what);
          return FALSE;
        }
    }

  upper = hd_unit_path_upper_bound (hd_unit_get_path (unit));
  if (!subtree_kept (store, hd_unit_get_path (unit), upper, &kept, error))
    return FALSE;
  if (kept)
    {
      g_set_error (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_INVALID,
                   _("“%s” was not deleted: supervision notices, look-back rounds, accountability records, "
                     "conversations or meetings name it or its people, and keep it as their record."),
                   hd_unit_get_name (unit));
      return FALSE;
    }
  edit = hd_edit_begin (store, _("Delete unit"), error);
  if (edit == NULL)
    return FALSE;
  for (guint i = 0; ok && i < G_N_ELEMENTS (detached_rows); i++)
    ok = change_each (edit, detached_rows[i].table, detached_rows[i].select_ids, detached_rows[i].update,
                      hd_unit_get_path (unit), upper, error);
  for (guint i = 0; ok && i < G_N_ELEMENTS (dependent_rows); i++)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", dependent_rows[i].table);

      ok = change_each (edit, dependent_rows[i].table, dependent_rows[i].select_ids, sql,
                        hd_unit_get_path (unit), upper, error);
    }
  return hd_edit_finish (edit, history, ok, error);
}

gint64
hd_unit_create_county (HdStore     *store,
                       HdHistory   *history,
                       const char  *name,
                       const char  *code,
                       GPtrArray   *names,
                       GPtrArray   *kinds,
                       GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  HdEdit *edit;
  gint64 county_id;

  g_return_val_if_fail (HD_IS_STORE (store), 0);
  g_return_val_if_fail (names != NULL && kinds != NULL && names->len == kinds->len, 0);

  for (guint i = 0; i < names->len; i++)
    if (!g_hash_table_add (seen, g_ptr_array_index (names, i)))
      {
        g_set_error (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_INVALID,
                     /* Translators: %s is a township's name written twice in the list. */
                     _("“%s” is in the list twice. Each township or street needs a name of its own."),
                     (const char *) g_ptr_array_index (names, i));
        return 0;
      }
  edit = hd_edit_begin (store, _("Create county"), error);
  if (edit == NULL)
    return 0;
  /* Checked inside the write, so no other writer adds units in between. */
  if (!hd_store_is_empty (store))
    {
      hd_edit_abort (edit);
      g_set_error (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_NOT_EMPTY,
                   _("“%s” already holds units, so no county was created. Choose a new, empty database file."),
                   hd_store_get_path (store));
      return 0;
    }
  county_id = hd_unit_insert (edit, 0, HD_UNIT_KIND_COUNTY, name, code, error);
  for (guint i = 0; county_id != 0 && i < names->len; i++)
    if (hd_unit_insert (edit, county_id, GPOINTER_TO_INT (g_ptr_array_index (kinds, i)),
                        g_ptr_array_index (names, i), NULL, error) == 0)
      county_id = 0;
  if (county_id == 0)
    {
      hd_edit_abort (edit);
      return 0;
    }
  if (!hd_edit_commit (edit, history, error))
    return 0;
  return county_id;
}

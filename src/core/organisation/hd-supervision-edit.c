/* hd-supervision-edit.c */
#include <glib/gi18n-lib.h>

#include "organisation/hd-supervision-edit.h"
#include "organisation/hd-unit.h"
#include "store/hd-read.h"

#define MAX_NAME_CHARS 50

static char *
clean_name (const char  *name,
            GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (*clean == '\0' || g_utf8_strlen (clean, -1) > MAX_NAME_CHARS)
    {
      g_set_error (error, HD_EDIT_ERROR, HD_EDIT_ERROR_INVALID,
                   _("A supervision group needs a name of at most %d characters, e.g. “第一督导组”."),
                   MAX_NAME_CHARS);
      return NULL;
    }
  return g_steal_pointer (&clean);
}

#define SET_ROLE "UPDATE supervision_member SET role = ?2 WHERE id = ?1"

static gboolean
check_group (HdStore  *store,
             gint64    group_id,
             GError  **error)
{
  gboolean found;

  if (!hd_read_has_row (store, "SELECT 1 FROM supervision_group WHERE id = ?1", group_id, &found, error))
    return FALSE;
  if (!found)
    g_set_error_literal (error, HD_EDIT_ERROR, HD_EDIT_ERROR_NOT_FOUND,
                         _("That supervision group no longer exists. Reload the list and choose again."));
  return found;
}

/* Inserts with @sql (?1 uuid, ?2 and ?3 the ids) unless the row is there already. */
static gboolean
insert_link (HdEdit      *edit,
             const char  *table,
             const char  *sql,
             gint64       a,
             gint64       b,
             int          extra,
             GError     **error)
{
  sqlite3_stmt *stmt = hd_edit_prepare_insert (edit, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 2, a);
  sqlite3_bind_int64 (stmt, 3, b);
  if (sqlite3_bind_parameter_count (stmt) >= 4)
    sqlite3_bind_int (stmt, 4, extra);
  return hd_edit_insert (edit, table, stmt, NULL, error);
}

gint64
hd_supervision_group_create (HdStore     *store,
                             HdHistory   *history,
                             gint64       sending_unit_id,
                             const char  *name,
                             GError     **error)
{
  g_autofree char *clean = clean_name (name, error);
  HdEdit *edit;
  gint64 id = 0;
  gboolean ok;

  if (clean == NULL || !hd_unit_check_exists (store, sending_unit_id, error))
    return 0;
  edit = hd_edit_begin (store, _("Add supervision group"), error);
  if (edit == NULL)
    return 0;
  ok = hd_edit_insert_params (edit, "supervision_group",
                              "INSERT INTO supervision_group (uuid, unit_id, name, position)"
                              " VALUES (?1, ?2, ?3, (SELECT coalesce (max (position) + 1, 0) FROM supervision_group WHERE unit_id = ?2))",
                              HD_PARAMS (HD_INT (sending_unit_id), HD_TEXT (clean)), &id, error);
  return hd_edit_finish (edit, history, ok, error) ? id : 0;
}

gboolean
hd_supervision_group_rename (HdStore     *store,
                             HdHistory   *history,
                             gint64       group_id,
                             const char  *name,
                             GError     **error)
{
  g_autofree char *clean = clean_name (name, error);
  HdEdit *edit;
  gboolean ok;

  if (clean == NULL || !check_group (store, group_id, error))
    return FALSE;
  edit = hd_edit_begin (store, _("Rename supervision group"), error);
  if (edit == NULL)
    return FALSE;
  ok = hd_edit_update_row_text (edit, "supervision_group", group_id, "UPDATE supervision_group SET name = ?2 WHERE id = ?1",
                                clean, error);
  return hd_edit_finish (edit, history, ok, error);
}

gboolean
hd_supervision_group_delete (HdStore    *store,
                             HdHistory  *history,
                             gint64      group_id,
                             GError    **error)
{
  HdEdit *edit;

  if (!check_group (store, group_id, error))
    return FALSE;
  edit = hd_edit_begin (store, _("Delete supervision group"), error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history,
                         hd_edit_delete_rows (edit, "supervision_member", "SELECT id FROM supervision_member WHERE group_id = ?1", group_id, NULL, error) &&
                         hd_edit_delete_rows (edit, "supervision_assignment", "SELECT id FROM supervision_assignment WHERE group_id = ?1", group_id, NULL, error) &&
                         hd_edit_delete_rows (edit, "supervision_group", "SELECT ?1", group_id, NULL, error),
                         error);
}

static gint64
find_link (HdStore    *store,
           const char *sql,
           gint64      a,
           gint64      b)
{
  gint64 id;

  hd_read_id (store, sql, a, b, &id, NULL);
  return id;
}

gboolean
hd_supervision_group_set_member (HdStore            *store,
                                 HdHistory          *history,
                                 gint64              group_id,
                                 gint64              person_id,
                                 HdSupervisionRole   role,
                                 GError            **error)
{
  g_autoptr(HdPerson) person = NULL;
  gint64 existing;
  HdEdit *edit;
  gboolean ok = TRUE;

  if (!check_group (store, group_id, error) ||
      (person = hd_person_load (store, person_id, error)) == NULL)
    return FALSE;
  edit = hd_edit_begin (store, role == HD_SUPERVISION_ROLE_LEADER ? _("Set group leader")
                                                                  : _("Add group member"), error);
  if (edit == NULL)
    return FALSE;

  if (role == HD_SUPERVISION_ROLE_LEADER)
    {
      gint64 leader = find_link (store, "SELECT id FROM supervision_member WHERE group_id = ?1 AND role = 0 AND person_id <> ?2",
                                 group_id, person_id);
      if (leader != 0)
        ok = hd_edit_update_row (edit, "supervision_member", leader, SET_ROLE, HD_SUPERVISION_ROLE_MEMBER, error);
    }
  existing = find_link (store, "SELECT id FROM supervision_member WHERE group_id = ?1 AND person_id = ?2",
                        group_id, person_id);
  if (ok && existing != 0)
    ok = hd_edit_update_row (edit, "supervision_member", existing, SET_ROLE, role, error);
  else if (ok)
    ok = insert_link (edit, "supervision_member",
                      "INSERT INTO supervision_member (uuid, group_id, person_id, role, position)"
                      " VALUES (?1, ?2, ?3, ?4, (SELECT coalesce (max (position) + 1, 0) FROM supervision_member WHERE group_id = ?2))",
                      group_id, person_id, role, error);
  return hd_edit_finish (edit, history, ok, error);
}

static gboolean
remove_link (HdStore    *store,
             HdHistory  *history,
             const char *label,
             const char *table,
             gint64      id,
             GError    **error)
{
  HdEdit *edit;

  if (id == 0)
    return TRUE;
  edit = hd_edit_begin (store, label, error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history, hd_edit_delete_rows (edit, table, "SELECT ?1", id, NULL, error), error);
}

gboolean
hd_supervision_group_remove_member (HdStore    *store,
                                    HdHistory  *history,
                                    gint64      group_id,
                                    gint64      person_id,
                                    GError    **error)
{
  return remove_link (store, history, _("Remove group member"), "supervision_member",
                      find_link (store, "SELECT id FROM supervision_member WHERE group_id = ?1 AND person_id = ?2",
                                 group_id, person_id),
                      error);
}

gboolean
hd_supervision_group_assign (HdStore    *store,
                             HdHistory  *history,
                             gint64      group_id,
                             gint64      unit_id,
                             GError    **error)
{
  HdEdit *edit;

  if (!check_group (store, group_id, error) || !hd_unit_check_exists (store, unit_id, error))
    return FALSE;
  edit = hd_edit_begin (store, _("Assign unit to supervision group"), error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history,
                         insert_link (edit, "supervision_assignment",
                                      "INSERT OR IGNORE INTO supervision_assignment (uuid, group_id, unit_id) VALUES (?1, ?2, ?3)",
                                      group_id, unit_id, 0, error),
                         error);
}

gboolean
hd_supervision_group_unassign (HdStore    *store,
                               HdHistory  *history,
                               gint64      group_id,
                               gint64      unit_id,
                               GError    **error)
{
  return remove_link (store, history, _("Unassign unit from supervision group"), "supervision_assignment",
                      find_link (store, "SELECT id FROM supervision_assignment WHERE group_id = ?1 AND unit_id = ?2",
                                 group_id, unit_id),
                      error);
}

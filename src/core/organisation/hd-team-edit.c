/* hd-team-edit.c */
#include <glib/gi18n-lib.h>

#include "organisation/hd-team-edit.h"
#include "organisation/hd-unit.h"
#include "store/hd-read.h"

G_DEFINE_QUARK (hd-team-edit-error-quark, hd_team_edit_error)

/* The id of the person's place in the unit's team, or 0. */
static gint64
member_id (HdStore *store,
           gint64   unit_id,
           gint64   person_id)
{
  gint64 id;

  hd_read_id (store, "SELECT id FROM team_member WHERE unit_id = ?1 AND person_id = ?2",
              unit_id, person_id, &id, NULL);
  return id;
}

static gboolean
check_on_roster (HdStore  *store,
                 gint64    unit_id,
                 gint64    person_id,
                 GError  **error)
{
  g_autoptr(HdPerson) person = hd_person_load (store, person_id, error);
  g_autoptr(HdUnit) unit = NULL;

  if (person == NULL)
    return FALSE;
  if (hd_person_get_unit_id (person) == unit_id)
    return TRUE;
  unit = hd_unit_load (store, unit_id, error);
  if (unit == NULL)
    return FALSE;
  g_set_error (error, HD_TEAM_EDIT_ERROR, HD_TEAM_EDIT_ERROR_NOT_ON_ROSTER,
               _("%s is on the roster of “%s”, not of “%s”. Choose the team from the unit’s own people, or move the person first."),
               hd_person_get_name (person), hd_person_get_unit_name (person), hd_unit_get_name (unit));
  return FALSE;
}

gboolean
hd_team_write_member (HdEdit      *edit,
                      gint64       unit_id,
                      gint64       person_id,
                      HdTeamRole   role,
                      GError     **error)
{
  HdStore *store = hd_edit_get_store (edit);
  gint64 id, principal;
  gboolean ok = TRUE;

  g_return_val_if_fail (role == HD_TEAM_ROLE_PRINCIPAL || role == HD_TEAM_ROLE_MEMBER, FALSE);

  if (role == HD_TEAM_ROLE_PRINCIPAL)
    {
      ok = hd_read_id (store, "SELECT id FROM team_member WHERE unit_id = ?1 AND role = 0",
                       unit_id, 0, &principal, error);
      if (ok && principal != 0)
        ok = hd_edit_update_row (edit, "team_member", principal, "UPDATE team_member SET role = ?2 WHERE id = ?1",
                                 HD_TEAM_ROLE_MEMBER, error);
    }

  id = member_id (store, unit_id, person_id);
  if (ok && id != 0)
    ok = hd_edit_update_row (edit, "team_member", id, "UPDATE team_member SET role = ?2 WHERE id = ?1", role, error);
  else if (ok)
    ok = hd_edit_insert_params (edit, "team_member",
                                "INSERT INTO team_member (uuid, unit_id, person_id, role, position)"
                                " VALUES (?1, ?2, ?3, ?4,"
                                "  (SELECT coalesce (max (position) + 1, 0) FROM team_member WHERE unit_id = ?2))",
                                HD_PARAMS (HD_INT (unit_id), HD_INT (person_id), HD_INT (role)), NULL, error);
  return ok;
}

gboolean
hd_team_set_member (HdStore     *store,
                    HdHistory   *history,
                    gint64       unit_id,
                    gint64       person_id,
                    HdTeamRole   role,
                    GError     **error)
{
  HdEdit *edit;

  g_return_val_if_fail (role == HD_TEAM_ROLE_PRINCIPAL || role == HD_TEAM_ROLE_MEMBER, FALSE);

  if (!check_on_roster (store, unit_id, person_id, error))
    return FALSE;
  edit = hd_edit_begin (store, role == HD_TEAM_ROLE_PRINCIPAL ? _("Set principal leader")
                                                              : _("Add team member"), error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history, hd_team_write_member (edit, unit_id, person_id, role, error), error);
}

static gint64
require_member (HdStore  *store,
                gint64    unit_id,
                gint64    person_id,
                GError  **error)
{
  gint64 id = member_id (store, unit_id, person_id);
  g_autoptr(HdPerson) person = NULL;

  if (id != 0)
    return id;
  person = hd_person_load (store, person_id, NULL);
  g_set_error (error, HD_TEAM_EDIT_ERROR, HD_TEAM_EDIT_ERROR_NOT_IN_TEAM,
               _("%s is not in this unit’s leadership team. Add the person to the team first."),
               person != NULL ? hd_person_get_name (person) : "?");
  return 0;
}

gboolean
hd_team_write_removal (HdEdit   *edit,
                       gint64    unit_id,
                       gint64    person_id,
                       GError  **error)
{
  gint64 id = require_member (hd_edit_get_store (edit), unit_id, person_id, error);

  return id != 0
         && hd_edit_delete_rows (edit, "oversight", "SELECT id FROM oversight WHERE member_id = ?1", id, NULL, error)
         && hd_edit_delete_rows (edit, "team_member", "SELECT ?1", id, NULL, error);
}

gboolean
hd_team_remove_member (HdStore    *store,
                       HdHistory  *history,
                       gint64      unit_id,
                       gint64      person_id,
                       GError    **error)
{
  HdEdit *edit;

  if (require_member (store, unit_id, person_id, error) == 0)
    return FALSE;
  edit = hd_edit_begin (store, _("Remove team member"), error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history, hd_team_write_removal (edit, unit_id, person_id, error), error);
}

gboolean
hd_team_write_oversights (HdEdit        *edit,
                          gint64         unit_id,
                          gint64         person_id,
                          const gint64  *department_ids,
                          guint          n_departments,
                          GError       **error)
{
  gint64 id = require_member (hd_edit_get_store (edit), unit_id, person_id, error);
  gboolean ok = id != 0;

  ok = ok && hd_edit_delete_rows (edit, "oversight", "SELECT id FROM oversight WHERE member_id = ?1", id, NULL, error);
  for (guint i = 0; ok && i < n_departments; i++)
    ok = hd_edit_insert_params (edit, "oversight",
                                "INSERT OR IGNORE INTO oversight (uuid, member_id, department_id) VALUES (?1, ?2, ?3)",
                                HD_PARAMS (HD_INT (id), HD_INT (department_ids[i])), NULL, error);
  return ok;
}

gboolean
hd_team_set_oversights (HdStore       *store,
                        HdHistory     *history,
                        gint64         unit_id,
                        gint64         person_id,
                        const gint64  *department_ids,
                        guint          n_departments,
                        GError       **error)
{
  HdEdit *edit;

  if (require_member (store, unit_id, person_id, error) == 0)
    return FALSE;
  for (guint i = 0; i < n_departments; i++)
    {
      if (!hd_unit_check_exists (store, department_ids[i], error))
        return FALSE;
      if (department_ids[i] == unit_id)
        {
          g_set_error_literal (error, HD_TEAM_EDIT_ERROR, HD_TEAM_EDIT_ERROR_BAD_DEPARTMENT,
                               _("A member cannot oversee the unit of his or her own team. Choose its departments."));
          return FALSE;
        }
    }

  edit = hd_edit_begin (store, _("Change what a member oversees"), error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history,
                         hd_team_write_oversights (edit, unit_id, person_id, department_ids, n_departments, error),
                         error);
}

static gboolean
is_county_leader (HdStore *store,
                  gint64   person_id)
{
  gboolean yes;

  return hd_read_has_row (store,
                          "SELECT 1 FROM team_member t JOIN unit u ON u.id = t.unit_id"
                          " WHERE t.person_id = ?1 AND u.kind = 'county'",
                          person_id, &yes, NULL) && yes;
}

gboolean
hd_contact_point_add (HdStore    *store,
                      HdHistory  *history,
                      gint64      leader_id,
                      gint64      unit_id,
                      GError    **error)
{
  g_autoptr(HdPerson) leader = hd_person_load (store, leader_id, error);
  g_autoptr(HdUnit) unit = NULL;
  HdEdit *edit;
  gboolean ok;

  if (leader == NULL || (unit = hd_unit_load (store, unit_id, error)) == NULL)
    return FALSE;
  if (!is_county_leader (store, leader_id))
    {
      g_set_error (error, HD_TEAM_EDIT_ERROR, HD_TEAM_EDIT_ERROR_NOT_COUNTY_LEADER,
                   _("%s is not in the leadership team of a county. Contact points are kept for county leaders."),
                   hd_person_get_name (leader));
      return FALSE;
    }
  switch (hd_unit_get_kind (unit))
    {
    case HD_UNIT_KIND_TOWNSHIP:
    case HD_UNIT_KIND_STREET:
    case HD_UNIT_KIND_DEPARTMENT:
    case HD_UNIT_KIND_VILLAGE:
    case HD_UNIT_KIND_COMMUNITY:
      break;
    default:
      g_set_error (error, HD_TEAM_EDIT_ERROR, HD_TEAM_EDIT_ERROR_BAD_CONTACT_UNIT,
                   _("“%s” cannot be a contact point. Choose a township, street or county department, or a village or community."),
                   hd_unit_get_name (unit));
      return FALSE;
    }

  edit = hd_edit_begin (store, _("Add contact point"), error);
  if (edit == NULL)
    return FALSE;
  ok = hd_edit_insert_params (edit, "contact_point",
                              "INSERT OR IGNORE INTO contact_point (uuid, leader_id, unit_id) VALUES (?1, ?2, ?3)",
                              HD_PARAMS (HD_INT (leader_id), HD_INT (unit_id)), NULL, error);
  return hd_edit_finish (edit, history, ok, error);
}

gboolean
hd_contact_point_remove (HdStore    *store,
                         HdHistory  *history,
                         gint64      leader_id,
                         gint64      unit_id,
                         GError    **error)
{
  gint64 id;
  HdEdit *edit;

  if (!hd_read_id (store, "SELECT id FROM contact_point WHERE leader_id = ?1 AND unit_id = ?2",
                   leader_id, unit_id, &id, error))
    return FALSE;
  if (id == 0)
    return TRUE;

  edit = hd_edit_begin (store, _("Remove contact point"), error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history, hd_edit_delete_rows (edit, "contact_point", "SELECT ?1", id, NULL, error), error);
}

/* hd-team-edit.h — keeping leadership teams, what members oversee, and contact points.
 * Every function is one edit (durable, logged, undoable). */
#pragma once

#include "organisation/hd-team.h"
#include "store/hd-edit.h"

G_BEGIN_DECLS

#define HD_TEAM_EDIT_ERROR (hd_team_edit_error_quark ())

typedef enum {
  HD_TEAM_EDIT_ERROR_NOT_ON_ROSTER,     /* the person is not one of the unit's people */
  HD_TEAM_EDIT_ERROR_NOT_IN_TEAM,
  HD_TEAM_EDIT_ERROR_BAD_DEPARTMENT,
  HD_TEAM_EDIT_ERROR_NOT_COUNTY_LEADER,
  HD_TEAM_EDIT_ERROR_BAD_CONTACT_UNIT,
} HdTeamEditError;

GQuark    hd_team_edit_error_quark   (void);

/* Puts @person_id (one of @unit_id's people) in the unit's team with @role, or changes the role.
 * A new principal leader makes the former one an ordinary member. */
gboolean  hd_team_set_member         (HdStore       *store,
                                      HdHistory     *history,
                                      gint64         unit_id,
                                      gint64         person_id,
                                      HdTeamRole     role,
                                      GError       **error);
/* Takes the person out of the team, with what he or she oversaw. */
gboolean  hd_team_remove_member      (HdStore       *store,
                                      HdHistory     *history,
                                      gint64         unit_id,
                                      gint64         person_id,
                                      GError       **error);
/* The departments (units) the member oversees (分管), replacing the former list. */
gboolean  hd_team_set_oversights     (HdStore       *store,
                                      HdHistory     *history,
                                      gint64         unit_id,
                                      gint64         person_id,
                                      const gint64  *department_ids,
                                      guint          n_departments,
                                      GError       **error);

/* The same two inside a larger edit (an import), without their checks: the person is on the
 * unit's roster (and, for the oversights, in its team), the departments exist and are not the
 * unit itself. */
gboolean  hd_team_write_member       (HdEdit        *edit,
                                      gint64         unit_id,
                                      gint64         person_id,
                                      HdTeamRole     role,
                                      GError       **error);
gboolean  hd_team_write_removal      (HdEdit        *edit,
                                      gint64         unit_id,
                                      gint64         person_id,
                                      GError       **error);
gboolean  hd_team_write_oversights   (HdEdit        *edit,
                                      gint64         unit_id,
                                      gint64         person_id,
                                      const gint64  *department_ids,
                                      guint          n_departments,
                                      GError       **error);
/* A county leader (in the team of a county) links a township, street or county department,
 * or a village or community (联系点). */
gboolean  hd_contact_point_add       (HdStore       *store,
                                      HdHistory     *history,
                                      gint64         leader_id,
                                      gint64         unit_id,
                                      GError       **error);
gboolean  hd_contact_point_remove    (HdStore       *store,
                                      HdHistory     *history,
                                      gint64         leader_id,
                                      gint64         unit_id,
                                      GError       **error);

G_END_DECLS

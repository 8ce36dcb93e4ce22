/* hd-team-editor.h — choosing a unit's leadership team from its people: each person's role
 * (none, principal leader, member) and the departments each member oversees (分管). Every
 * change is saved at once, as one undoable edit. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "organisation/hd-unit.h"

G_BEGIN_DECLS

#define HD_TYPE_TEAM_EDITOR (hd_team_editor_get_type ())
G_DECLARE_FINAL_TYPE (HdTeamEditor, hd_team_editor, HD, TEAM_EDITOR, GtkWindow)

/* The positions of the role drop-down. */
typedef enum {
  HD_TEAM_EDITOR_ROLE_NONE,
  HD_TEAM_EDITOR_ROLE_PRINCIPAL,
  HD_TEAM_EDITOR_ROLE_MEMBER,
} HdTeamEditorRole;

HdTeamEditor *hd_team_editor_new            (GtkWindow    *parent,
                                             HdContext    *context,
                                             HdUnit       *unit);
/* For tests: the role drop-down of person @person_id's row, or NULL. */
GtkDropDown  *hd_team_editor_get_role_dropdown (HdTeamEditor *self,
                                                gint64        person_id);
const char   *hd_team_editor_get_error      (HdTeamEditor *self);

G_END_DECLS

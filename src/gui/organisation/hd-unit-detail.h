/* hd-unit-detail.h — everything recorded about one unit: heading, team, roster, contacts,
 * supervision group. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "organisation/hd-person.h"
#include "organisation/hd-unit.h"

G_BEGIN_DECLS

#define HD_TYPE_UNIT_DETAIL (hd_unit_detail_get_type ())
G_DECLARE_FINAL_TYPE (HdUnitDetail, hd_unit_detail, HD, UNIT_DETAIL, GtkWidget)

void        hd_unit_detail_set_context          (HdUnitDetail *self,
                                                 HdContext    *context);
HdUnit     *hd_unit_detail_get_unit             (HdUnitDetail *self);
/* NULL clears the pane. */
void        hd_unit_detail_set_unit             (HdUnitDetail *self,
                                                 HdUnit       *unit);

/* Shows the current data of the unit shown (or nothing, when it is gone), keeping the scroll
 * position and the selected person: after an edit, undo or redo. */
void        hd_unit_detail_reload               (HdUnitDetail *self);
/* Selects the person in the roster and scrolls to the row; FALSE when not on this roster. */
gboolean    hd_unit_detail_select_person        (HdUnitDetail *self,
                                                 gint64        person_id);
HdPerson   *hd_unit_detail_get_selected_person  (HdUnitDetail *self);

/* For tests: what the pane shows. */
const char *hd_unit_detail_get_heading          (HdUnitDetail *self);
/* The leadership team's rows (HdInfoRow: title the name), principal leader first. */
GtkListBox *hd_unit_detail_get_team_list        (HdUnitDetail *self);
/* The roster shown, of HdPerson. */
GListModel *hd_unit_detail_get_people           (HdUnitDetail *self);

G_END_DECLS

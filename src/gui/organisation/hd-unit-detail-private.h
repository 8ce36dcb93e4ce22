/* hd-unit-detail-private.h — what the unit detail's files share: the pane that shows the unit,
 * and the commands on its people, team, contact points and supervision groups
 * (hd-unit-detail-commands.c). */
#pragma once

#include "common/hd-owner-banner.h"
#include "organisation/hd-unit-detail.h"

G_BEGIN_DECLS

struct _HdUnitDetail
{
  GtkWidget       parent_instance;

  HdContext      *context;
  HdUnit         *unit;
  gboolean        foreign;       /* the unit is another office's: its roster is only shown */

  GtkStack       *stack;
  GtkScrolledWindow *scroller;
  HdOwnerBanner  *owner_banner;
  GtkLabel       *name_label;
  GtkLabel       *summary_label;
  GtkLabel       *path_label;
  GtkListBox     *team_list;
  GtkLabel       *team_empty_label;
  GtkLabel       *people_count_label;
  GtkWidget      *people_scroller;
  GtkColumnView  *people_view;
  GtkSingleSelection *people_selection;
  GtkLabel       *people_empty_label;
  GtkListBox     *contact_list;
  GtkLabel       *contact_empty_label;
  GtkListBox     *supervision_list;
  GtkLabel       *supervision_empty_label;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
};

/* hd-unit-detail.c */
void      hd_unit_detail_show_error           (HdUnitDetail   *self,
                                               const GError   *error);
/* The selected person of the roster, or NULL; a new reference. */
HdPerson *hd_unit_detail_dup_selected_person  (HdUnitDetail   *self);
/* The id of the selected row of @list (a person or a group), or 0. */
gint64    hd_unit_detail_selected_row_id      (GtkListBox     *list);

/* hd-unit-detail-commands.c: installs the actions of the pane's sections and their keys. */
void      hd_unit_detail_class_init_commands  (GtkWidgetClass *widget_class);

G_END_DECLS

/* hd-pick-button.h — a form field holding one unit or one person: shows the name, opens the
 * search chooser (type part of the name) when activated, and can be cleared when optional. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "organisation/hd-search-chooser.h"

G_BEGIN_DECLS

#define HD_TYPE_PICK_BUTTON (hd_pick_button_get_type ())
G_DECLARE_FINAL_TYPE (HdPickButton, hd_pick_button, HD, PICK_BUTTON, GtkWidget)

/* @title: the chooser's title; @empty_label: shown while nothing is chosen. */
void             hd_pick_button_setup     (HdPickButton    *self,
                                           HdContext       *context,
                                           HdSearchHitKind  kind,
                                           const char      *title,
                                           const char      *empty_label);
/* The unit's or person's id, 0 when none; notifies "id". */
gint64           hd_pick_button_get_id    (HdPickButton    *self);
void             hd_pick_button_set_id    (HdPickButton    *self,
                                           gint64           id);
/* The name shown, NULL when none is chosen. */
const char      *hd_pick_button_get_name  (HdPickButton    *self);
/* Opens the chooser over the button's window, as activating the button does. */
HdSearchChooser *hd_pick_button_choose    (HdPickButton    *self);

G_END_DECLS

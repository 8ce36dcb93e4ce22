/* hd-search-chooser.h — choosing one unit or one person by typing part of the name: the new
 * parent of a unit, a person's new unit, a contact point, a supervision group's member … */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "organisation/hd-search.h"

G_BEGIN_DECLS

#define HD_TYPE_SEARCH_CHOOSER (hd_search_chooser_get_type ())
G_DECLARE_FINAL_TYPE (HdSearchChooser, hd_search_chooser, HD, SEARCH_CHOOSER, GtkWindow)

/* Does what the chooser is for with the unit or person @id. On failure the chooser stays
 * open and shows @error's message. */
typedef gboolean (*HdChooseFunc) (gint64     id,
                                  gpointer   user_data,
                                  GError   **error);

HdSearchChooser *hd_search_chooser_new        (GtkWindow       *parent,
                                               HdContext       *context,
                                               HdSearchHitKind  kind,
                                               const char      *title,
                                               const char      *action_label,
                                               HdChooseFunc     func,
                                               gpointer         user_data,
                                               GDestroyNotify   destroy);

/* For tests. */
GtkEditable     *hd_search_chooser_get_entry  (HdSearchChooser *self);
/* Of HdSearchHit. */
GListModel      *hd_search_chooser_get_hits   (HdSearchChooser *self);
/* Chooses the @position-th hit, as pressing the action button with it selected does. */
void             hd_search_chooser_choose     (HdSearchChooser *self,
                                               guint            position);
const char      *hd_search_chooser_get_error  (HdSearchChooser *self);

G_END_DECLS

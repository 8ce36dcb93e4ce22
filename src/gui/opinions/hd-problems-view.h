/* hd-problems-view.h — the problems (查摆问题) of a unit's subtree: a list read on demand, the
 * selected problem's opinions under it, and editing, deleting, unlinking and making a task. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "opinions/hd-pick-button.h"

G_BEGIN_DECLS

#define HD_TYPE_PROBLEMS_VIEW (hd_problems_view_get_type ())
G_DECLARE_FINAL_TYPE (HdProblemsView, hd_problems_view, HD, PROBLEMS_VIEW, GtkWidget)

/* Emits "task-created" with the id of a task made from a problem. */
void                hd_problems_view_set_context           (HdProblemsView *self,
                                                            HdContext      *context);
/* Shows the problems of @unit_id's subtree (0: every unit). */
void                hd_problems_view_set_unit              (HdProblemsView *self,
                                                            gint64          unit_id);
/* Reads the problems again (now if shown, else when next shown): after a change made outside
 * the history, such as the demo county. */
void                hd_problems_view_reload                (HdProblemsView *self);
/* The list, or the unit picker while the list is empty. */
void                hd_problems_view_focus                 (HdProblemsView *self);

/* For tests. */
GtkSingleSelection *hd_problems_view_get_selection         (HdProblemsView *self);
GtkMultiSelection  *hd_problems_view_get_opinions_selection (HdProblemsView *self);
HdPickButton       *hd_problems_view_get_unit_button       (HdProblemsView *self);
gboolean            hd_problems_view_get_loading           (HdProblemsView *self);
GtkWindow          *hd_problems_view_get_open_window       (HdProblemsView *self);
const char         *hd_problems_view_get_error             (HdProblemsView *self);

G_END_DECLS

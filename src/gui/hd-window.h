/* hd-window.h — the main window: header bar, the sidebar of work areas and their stack. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "hd-organisation-page.h"

G_BEGIN_DECLS

#define HD_TYPE_WINDOW (hd_window_get_type ())
G_DECLARE_FINAL_TYPE (HdWindow, hd_window, HD, WINDOW, GtkApplicationWindow)

HdWindow           *hd_window_new                   (GtkApplication *application,
                                                     HdContext      *context);
HdContext          *hd_window_get_context           (HdWindow       *self);
HdOrganisationPage *hd_window_get_organisation_page (HdWindow       *self);
/* The name of the work area shown ("organisation"). */
const char         *hd_window_get_area              (HdWindow       *self);
/* A message that does not block the work, shown until the user dismisses it. */
void                hd_window_show_notification     (HdWindow       *self,
                                                     const char     *message);
const char         *hd_window_get_notification      (HdWindow       *self);

G_END_DECLS

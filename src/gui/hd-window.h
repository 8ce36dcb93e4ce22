/* hd-window.h — the main window: header bar, the sidebar of work areas and their stack. */
#pragma once

#include <gtk/gtk.h>

#include "firstrun/hd-first-run-page.h"
#include "hd-context.h"
#include "ledger/hd-ledger-page.h"
#include "lookback/hd-lookback-page.h"
#include "overview/hd-overview-page.h"
#include "talks/hd-talks-page.h"
#include "organisation/hd-organisation-page.h"

G_BEGIN_DECLS

#define HD_TYPE_WINDOW (hd_window_get_type ())
G_DECLARE_FINAL_TYPE (HdWindow, hd_window, HD, WINDOW, GtkApplicationWindow)

/* Emits "open-database" (a path, and whether to make a new database there) once the clerk has
 * chosen a file with win.new-database or win.open-database; the application opens it. */
HdWindow           *hd_window_new                   (GtkApplication *application,
                                                     HdContext      *context);
HdContext          *hd_window_get_context           (HdWindow       *self);
/* The page is replaced by a new one when the database gets its first units or a roster is
 * imported: ask again after those. */
HdOrganisationPage *hd_window_get_organisation_page (HdWindow       *self);
/* Shown in the Organisation area instead of the tree while the database has no units. */
HdFirstRunPage     *hd_window_get_first_run_page    (HdWindow       *self);
gboolean            hd_window_get_showing_first_run (HdWindow       *self);
/* The Rectification area, where the window opens when the database has units. */
HdLedgerPage       *hd_window_get_ledger_page       (HdWindow       *self);
/* The name of the work area shown ("organisation"). */
const char         *hd_window_get_area              (HdWindow       *self);
/* A message that does not block the work, shown until the user dismisses it. The menu's
 * commands kept in other folders (import/, store/) show theirs through the action
 * win.show-notification (a string), without knowing the window. */
void                hd_window_show_notification     (HdWindow       *self,
                                                     const char     *message);
const char         *hd_window_get_notification      (HdWindow       *self);

HdLookbackPage     *hd_window_get_lookback_page     (HdWindow *self);
HdTalksPage        *hd_window_get_talks_page        (HdWindow *self);
HdOverviewPage     *hd_window_get_overview_page     (HdWindow *self);

G_END_DECLS

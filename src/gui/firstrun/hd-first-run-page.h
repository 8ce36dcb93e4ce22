/* hd-first-run-page.h — shown while the database has no units: create the county, or the demo. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"

G_BEGIN_DECLS

#define HD_TYPE_FIRST_RUN_PAGE (hd_first_run_page_get_type ())
G_DECLARE_FINAL_TYPE (HdFirstRunPage, hd_first_run_page, HD, FIRST_RUN_PAGE, GtkWidget)

void         hd_first_run_page_set_context    (HdFirstRunPage *self,
                                               HdContext      *context);
/* Back to the two choices, with an empty form. */
void         hd_first_run_page_reset          (HdFirstRunPage *self);
/* "choice", "create" (the form) or "demo" (the demo county being made). */
const char  *hd_first_run_page_get_step       (HdFirstRunPage *self);
/* The form's widgets, for the tests. */
GtkEditable *hd_first_run_page_get_name_entry (HdFirstRunPage *self);
GtkEditable *hd_first_run_page_get_code_entry (HdFirstRunPage *self);
GtkTextView *hd_first_run_page_get_subunits_view (HdFirstRunPage *self);
/* The form's error, or NULL. */
const char  *hd_first_run_page_get_error      (HdFirstRunPage *self);

/* Splits the form's list (one name per line, blank lines skipped) into names and kinds: a name
 * ending in 街道 is a street, any other a township. Returns the names; *kinds gets the
 * HdUnitKind of each, as GINT_TO_POINTER. */
GPtrArray   *hd_first_run_parse_subunits      (const char     *text,
                                               GPtrArray     **kinds);

G_END_DECLS

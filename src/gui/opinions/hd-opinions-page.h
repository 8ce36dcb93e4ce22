/* hd-opinions-page.h — the Opinions area, two views: the opinions collected from the masses with
 * their filters and search, the form for entering a stack of questionnaires or editing one
 * opinion, status changes, deleting, merging into problems; and the problems made of them
 * (hd-problems-view.h). Ctrl+Page Up and Down switch the views. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "opinions/hd-opinion.h"
#include "opinions/hd-opinion-form.h"
#include "opinions/hd-problems-view.h"

G_BEGIN_DECLS

#define HD_TYPE_OPINIONS_PAGE (hd_opinions_page_get_type ())
G_DECLARE_FINAL_TYPE (HdOpinionsPage, hd_opinions_page, HD, OPINIONS_PAGE, GtkWidget)

/* Emits "task-created" with the id of a rectification task made from a problem here. */
void                hd_opinions_page_set_context        (HdOpinionsPage *self,
                                                         HdContext      *context);
/* Reads the list again (now if shown, else when it is next shown): after changes made outside
 * the history, e.g. the demo county. */
void                hd_opinions_page_reload             (HdOpinionsPage *self);

/* The filter of the list as shown: the unit, channel, category, status, dates and search. Its
 * strings are the page's, valid until the filters change. */
void                hd_opinions_page_get_filter         (HdOpinionsPage  *self,
                                                         HdOpinionFilter *filter);

/* For tests: the list (its items are HdOpinion, rows read as they come), the entry form, the
 * filters, and the windows the page opened last (NULL once closed). */
GtkMultiSelection  *hd_opinions_page_get_selection      (HdOpinionsPage *self);
/* TRUE while the list is still reading rows. */
gboolean            hd_opinions_page_get_loading        (HdOpinionsPage *self);
HdOpinionForm      *hd_opinions_page_get_form           (HdOpinionsPage *self);
gboolean            hd_opinions_page_get_form_visible   (HdOpinionsPage *self);
GtkEditable        *hd_opinions_page_get_search_entry   (HdOpinionsPage *self);
HdPickButton       *hd_opinions_page_get_unit_button    (HdOpinionsPage *self);
GtkDropDown        *hd_opinions_page_get_status_filter  (HdOpinionsPage *self);
GtkWindow          *hd_opinions_page_get_open_editor    (HdOpinionsPage *self);
HdProblemsView     *hd_opinions_page_get_problems_view  (HdOpinionsPage *self);
/* "opinions" or "problems". */
const char         *hd_opinions_page_get_view           (HdOpinionsPage *self);
/* The message over the list, NULL when none. */
const char         *hd_opinions_page_get_error          (HdOpinionsPage *self);

G_END_DECLS

/* hd-organisation-page.h — the Organisation area: the unit tree and the selected unit's detail. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "organisation/hd-unit-detail.h"

G_BEGIN_DECLS

#define HD_TYPE_ORGANISATION_PAGE (hd_organisation_page_get_type ())
G_DECLARE_FINAL_TYPE (HdOrganisationPage, hd_organisation_page, HD, ORGANISATION_PAGE, GtkWidget)

void                hd_organisation_page_set_context        (HdOrganisationPage *self,
                                                             HdContext          *context);
/* Over a GtkTreeListModel: its items are GtkTreeListRow whose items are HdUnit. */
GtkSingleSelection *hd_organisation_page_get_tree_selection (HdOrganisationPage *self);
HdUnitDetail       *hd_organisation_page_get_detail         (HdOrganisationPage *self);
/* TRUE while the page explains that the database has no units. */
gboolean            hd_organisation_page_get_showing_empty  (HdOrganisationPage *self);
/* Expands the tree down to the unit, selects it and scrolls to it; FALSE when it is not there. */
gboolean            hd_organisation_page_select_unit        (HdOrganisationPage *self,
                                                             gint64              unit_id);

/* For tests: the search (Ctrl+F), its results (HdSearchHit), and whether it is open. */
GtkEditable        *hd_organisation_page_get_search_entry   (HdOrganisationPage *self);
GListModel         *hd_organisation_page_get_search_results (HdOrganisationPage *self);
gboolean            hd_organisation_page_get_searching      (HdOrganisationPage *self);

G_END_DECLS

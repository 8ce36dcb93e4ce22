/* hd-organisation-page.h — the Organisation area: the unit tree and the selected unit's detail. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "hd-unit-detail.h"

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

G_END_DECLS

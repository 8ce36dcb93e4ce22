/* hd-organisation-page-private.h — what the organisation page's files share: the page itself
 * with its unit tree, the commands that change the hierarchy (hd-organisation-page-commands.c)
 * and the search by name (hd-organisation-page-search.c). */
#pragma once

#include "organisation/hd-organisation-page.h"
#include "organisation/hd-unit-children.h"

G_BEGIN_DECLS

struct _HdOrganisationPage
{
  GtkWidget           parent_instance;

  HdContext          *context;
  gulong              history_handler;
  HdUnitChildren     *roots;
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;
  /* HdUnitChildren the tree holds (weak: the tree owns them) → unused */
  GHashTable         *child_models;
  gboolean            refreshing;
  GListStore         *hits;
  GtkSingleSelection *hit_selection;

  GtkStack           *stack;
  GtkStack           *tree_stack;
  GtkListView        *tree_view;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkListView        *results_view;
  GtkLabel           *results_empty_label;
  GtkMenuButton      *menu_button;
  GtkPopoverMenu     *context_menu;
  GtkRevealer        *error_revealer;
  GtkLabel           *error_label;
  HdUnitDetail       *detail;
  GtkLabel           *command_label;
};

/* hd-organisation-page.c */
void     hd_organisation_page_show_error       (HdOrganisationPage *self,
                                                const GError       *error);
/* The selected unit, or NULL; a new reference. */
HdUnit  *hd_organisation_page_dup_selected_unit (HdOrganisationPage *self);

/* hd-organisation-page-commands.c: installs the actions on the selected unit and their keys. */
void     hd_organisation_page_class_init_commands (GtkWidgetClass  *widget_class);

/* hd-organisation-page-search.c */
void     hd_organisation_page_class_init_search   (GtkWidgetClass  *widget_class);
void     hd_organisation_page_init_search         (HdOrganisationPage *self);

G_END_DECLS

/* hd-organisation-page-search.c — finding units and people by any part of their names (Ctrl+F):
 * the hits replace the tree until the clerk picks one, which the tree then selects. */
#include <glib/gi18n-lib.h>

#include "organisation/hd-organisation-page-private.h"
#include "organisation/hd-search-hit-row.h"
#include "organisation/hd-search.h"

#define MAX_SEARCH_HITS 30

static void
search_changed_cb (HdOrganisationPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = NULL;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint n;

  g_list_store_remove_all (self->hits);
  if (*query == '\0' || self->context == NULL)
    {
      gtk_stack_set_visible_child_name (self->tree_stack, "tree");
      return;
    }
  found = hd_search_names (hd_context_get_store (self->context), query, MAX_SEARCH_HITS, &error);
  n = found != NULL ? g_list_model_get_n_items (found) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) hit = g_list_model_get_item (found, i);

      g_list_store_append (self->hits, hit);
    }
  gtk_label_set_label (self->results_empty_label,
                       error != NULL ? error->message : _("Nothing found. Try a shorter part of the name."));
  gtk_stack_set_visible_child_name (self->tree_stack, n > 0 ? "results" : "empty");
}

static void
activate_hit (HdOrganisationPage *self,
              guint               position)
{
  g_autoptr(HdSearchHit) hit = g_list_model_get_item (G_LIST_MODEL (self->hits), position);

  if (hit == NULL)
    return;
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  if (!hd_organisation_page_select_unit (self, hd_search_hit_get_unit_id (hit)))
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self->tree_view));
  if (hd_search_hit_get_kind (hit) == HD_SEARCH_HIT_PERSON)
    hd_unit_detail_select_person (self->detail, hd_search_hit_get_id (hit));
}

static void
search_activate_cb (HdOrganisationPage *self)
{
  activate_hit (self, gtk_single_selection_get_selected (self->hit_selection));
}

static void
results_activate_cb (HdOrganisationPage *self,
                     guint               position)
{
  activate_hit (self, position);
}

static void
next_match_cb (HdOrganisationPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->hits));
  guint selected = gtk_single_selection_get_selected (self->hit_selection);

  if (n > 0 && selected + 1 < n)
    gtk_single_selection_set_selected (self->hit_selection, selected + 1);
}

static void
previous_match_cb (HdOrganisationPage *self)
{
  guint selected = gtk_single_selection_get_selected (self->hit_selection);

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0)
    gtk_single_selection_set_selected (self->hit_selection, selected - 1);
}

static void
search_mode_changed_cb (HdOrganisationPage *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_list_store_remove_all (self->hits);
  gtk_stack_set_visible_child_name (self->tree_stack, "tree");
}

static void
start_search (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HdOrganisationPage *self = HD_ORGANISATION_PAGE (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
setup_hit_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HdOrganisationPage       *self)
{
  gtk_list_item_set_child (item, hd_search_hit_row_new ());
}

static void
bind_hit_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             HdOrganisationPage       *self)
{
  hd_search_hit_row_set_hit (HD_SEARCH_HIT_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

void
hd_organisation_page_init_search (HdOrganisationPage *self)
{
  self->hits = g_list_store_new (HD_TYPE_SEARCH_HIT);
  self->hit_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->hits)));
  gtk_list_view_set_model (self->results_view, GTK_SELECTION_MODEL (self->hit_selection));
}

void
hd_organisation_page_class_init_search (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, setup_hit_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_hit_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, results_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_changed_cb);

  gtk_widget_class_install_action (widget_class, "unit.search", NULL, start_search);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "unit.search", NULL);
}

/* hd-search-chooser.c */
#include <glib/gi18n-lib.h>

#include "common/hd-dialog.h"
#include "common/hd-field-error.h"
#include "organisation/hd-search-chooser.h"
#include "organisation/hd-search-hit-row.h"

#define MAX_HITS 50

struct _HdSearchChooser
{
  GtkWindow           parent_instance;

  HdContext          *context;
  HdSearchHitKind     kind;
  HdChooseFunc        func;
  gpointer            user_data;
  GDestroyNotify      destroy;
  GListStore         *hits;
  GtkSingleSelection *selection;

  GtkSearchEntry     *entry;
  GtkListView        *list;
  GtkStack           *stack;
  GtkLabel           *error_label;
  GtkButton          *action_button;
};

G_DEFINE_FINAL_TYPE (HdSearchChooser, hd_search_chooser, GTK_TYPE_WINDOW)

static void
search_changed_cb (HdSearchChooser *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = NULL;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  guint n;

  g_list_store_remove_all (self->hits);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  found = hd_search_names (hd_context_get_store (self->context), query, MAX_HITS, &error);
  if (found == NULL)
    {
      hd_field_error_set (self->error_label, NULL, error->message);
      return;
    }
  n = g_list_model_get_n_items (found);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HdSearchHit) hit = g_list_model_get_item (found, i);

      if (hd_search_hit_get_kind (hit) == self->kind)
        g_list_store_append (self->hits, hit);
    }
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->hits)) > 0 ? "hits"
                                    : *query != '\0' ? "none" : "hint");
}

void
hd_search_chooser_choose (HdSearchChooser *self,
                          guint            position)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdSearchHit) hit = NULL;
  g_autoptr(GtkWidget) keep = NULL;

  g_return_if_fail (HD_IS_SEARCH_CHOOSER (self));

  hit = g_list_model_get_item (G_LIST_MODEL (self->hits), position);
  if (hit == NULL)
    return;
  keep = g_object_ref (GTK_WIDGET (self));
  if (!self->func (hd_search_hit_get_id (hit), self->user_data, &error))
    {
      hd_field_error_set (self->error_label, NULL, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
choose_selected (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HdSearchChooser *self = HD_SEARCH_CHOOSER (widget);

  hd_search_chooser_choose (self, gtk_single_selection_get_selected (self->selection));
}

static void
entry_activate_cb (HdSearchChooser *self)
{
  hd_search_chooser_choose (self, gtk_single_selection_get_selected (self->selection));
}

static void
list_activate_cb (HdSearchChooser *self,
                  guint            position)
{
  hd_search_chooser_choose (self, position);
}

static void
selection_changed_cb (HdSearchChooser *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chooser.choose",
                                 gtk_single_selection_get_selected_item (self->selection) != NULL);
}

/* Down from the entry goes to the hits, as in GNOME's own pickers. */
static void
next_match_cb (HdSearchChooser *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->hits));
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (n > 0)
    gtk_single_selection_set_selected (self->selection, selected + 1 < n ? selected + 1 : selected);
}

static void
previous_match_cb (HdSearchChooser *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0)
    gtk_single_selection_set_selected (self->selection, selected - 1);
}

static void
setup_hit_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HdSearchChooser          *self)
{
  gtk_list_item_set_child (item, hd_search_hit_row_new ());
}

static void
bind_hit_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             HdSearchChooser          *self)
{
  hd_search_hit_row_set_hit (HD_SEARCH_HIT_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
hd_search_chooser_dispose (GObject *object)
{
  HdSearchChooser *self = HD_SEARCH_CHOOSER (object);

  if (self->destroy != NULL)
    g_clear_pointer (&self->user_data, self->destroy);
  g_clear_object (&self->selection);
  g_clear_object (&self->hits);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hd_search_chooser_parent_class)->dispose (object);
}

static void
hd_search_chooser_class_init (HdSearchChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_search_chooser_dispose;

  g_type_ensure (HD_TYPE_SEARCH_HIT_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/organisation/hd-search-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, HdSearchChooser, entry);
  gtk_widget_class_bind_template_child (widget_class, HdSearchChooser, list);
  gtk_widget_class_bind_template_child (widget_class, HdSearchChooser, stack);
  gtk_widget_class_bind_template_child (widget_class, HdSearchChooser, error_label);
  gtk_widget_class_bind_template_child (widget_class, HdSearchChooser, action_button);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_hit_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_hit_cb);

  gtk_widget_class_install_action (widget_class, "chooser.choose", NULL, choose_selected);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hd_search_chooser_init (HdSearchChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->hits = g_list_store_new (HD_TYPE_SEARCH_HIT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->hits)));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->action_button));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chooser.choose", FALSE);
}

HdSearchChooser *
hd_search_chooser_new (GtkWindow       *parent,
                       HdContext       *context,
                       HdSearchHitKind  kind,
                       const char      *title,
                       const char      *action_label,
                       HdChooseFunc     func,
                       gpointer         user_data,
                       GDestroyNotify   destroy)
{
  HdSearchChooser *self;

  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = hd_dialog_new (HD_TYPE_SEARCH_CHOOSER, parent);
  gtk_window_set_title (GTK_WINDOW (self), title);
  self->context = g_object_ref (context);
  self->kind = kind;
  self->func = func;
  self->user_data = user_data;
  self->destroy = destroy;
  gtk_button_set_label (self->action_button, action_label);
  g_object_set (self->entry, "placeholder-text",
                kind == HD_SEARCH_HIT_UNIT ? _("Search units by any part of the name")
                                           : _("Search people by any part of the name"),
                NULL);
  return self;
}

GtkEditable *
hd_search_chooser_get_entry (HdSearchChooser *self)
{
  g_return_val_if_fail (HD_IS_SEARCH_CHOOSER (self), NULL);
  return GTK_EDITABLE (self->entry);
}

GListModel *
hd_search_chooser_get_hits (HdSearchChooser *self)
{
  g_return_val_if_fail (HD_IS_SEARCH_CHOOSER (self), NULL);
  return G_LIST_MODEL (self->hits);
}

const char *
hd_search_chooser_get_error (HdSearchChooser *self)
{
  g_return_val_if_fail (HD_IS_SEARCH_CHOOSER (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_label (self->error_label) : NULL;
}

/* hd-unit-button.c */
#include <glib/gi18n-lib.h>

#include "common/hd-dialog.h"
#include "common/hd-unit-button.h"
#include "organisation/hd-search-chooser.h"
#include "organisation/hd-unit.h"

struct _HdUnitButton
{
  GtkButton  parent_instance;

  HdContext *context;
  gint64     unit_id;
  GtkLabel  *label;
};

G_DEFINE_FINAL_TYPE (HdUnitButton, hd_unit_button, GTK_TYPE_BUTTON)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_label (HdUnitButton *self)
{
  g_autoptr(HdUnit) unit = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (self->context != NULL && self->unit_id != 0)
    unit = hd_unit_load (hd_context_get_store (self->context), self->unit_id, NULL);
  if (unit != NULL)
    name = hd_unit_dup_full_name (unit, hd_context_get_store (self->context));
  /* Translators: the unit whose list is shown, with its subtree, e.g. "Unit: 隆岗县/七坪镇". */
  text = g_strdup_printf (_("Unit: %s"), name != NULL ? name : _("All Units"));
  gtk_label_set_label (self->label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
}

static gboolean
unit_chosen (gint64    id,
             gpointer  user_data,
             GError  **error)
{
  hd_unit_button_set_unit (HD_UNIT_BUTTON (user_data), id);
  return TRUE;
}

static void
hd_unit_button_clicked (GtkButton *button)
{
  HdUnitButton *self = HD_UNIT_BUTTON (button);
  HdSearchChooser *chooser;

  if (self->context == NULL)
    return;
  chooser = hd_search_chooser_new (hd_dialog_get_parent (GTK_WIDGET (self)), self->context, HD_SEARCH_HIT_UNIT,
                                   _("Choose a Unit"), _("_Choose"), unit_chosen, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
hd_unit_button_dispose (GObject *object)
{
  g_clear_object (&HD_UNIT_BUTTON (object)->context);
  G_OBJECT_CLASS (hd_unit_button_parent_class)->dispose (object);
}

static void
hd_unit_button_class_init (HdUnitButtonClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hd_unit_button_dispose;
  GTK_BUTTON_CLASS (klass)->clicked = hd_unit_button_clicked;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
hd_unit_button_init (HdUnitButton *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("pan-down-symbolic");

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->label, PANGO_ELLIPSIZE_START);
  gtk_label_set_max_width_chars (self->label, 40);
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_set_can_target (arrow, FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->label));
  gtk_box_append (GTK_BOX (box), arrow);
  gtk_button_set_child (GTK_BUTTON (self), box);
  update_label (self);
}

void
hd_unit_button_set_context (HdUnitButton *self,
                            HdContext    *context,
                            gint64        unit_id)
{
  g_return_if_fail (HD_IS_UNIT_BUTTON (self));

  g_set_object (&self->context, context);
  self->unit_id = unit_id;
  update_label (self);
}

gint64
hd_unit_button_get_unit (HdUnitButton *self)
{
  g_return_val_if_fail (HD_IS_UNIT_BUTTON (self), 0);
  return self->unit_id;
}

void
hd_unit_button_set_unit (HdUnitButton *self,
                         gint64        unit_id)
{
  g_return_if_fail (HD_IS_UNIT_BUTTON (self));

  if (unit_id == self->unit_id)
    return;
  self->unit_id = unit_id;
  update_label (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
hd_unit_button_refresh (HdUnitButton *self)
{
  g_return_if_fail (HD_IS_UNIT_BUTTON (self));

  if (self->context != NULL && self->unit_id != 0
      && !hd_unit_check_exists (hd_context_get_store (self->context), self->unit_id, NULL))
    self->unit_id = hd_unit_button_default_unit (hd_context_get_store (self->context));
  update_label (self);
}

gint64
hd_unit_button_default_unit (HdStore *store)
{
  g_autoptr(GListModel) roots = hd_unit_list_new_children (store, 0);
  g_autoptr(HdUnit) root = NULL;

  if (g_list_model_get_n_items (roots) != 1)
    return 0;
  root = g_list_model_get_item (roots, 0);
  return hd_unit_get_id (root);
}

/* hd-pick-button.c */
#include <glib/gi18n-lib.h>

#include "opinions/hd-pick-button.h"
#include "organisation/hd-person.h"
#include "organisation/hd-unit.h"

struct _HdPickButton
{
  GtkWidget        parent_instance;

  HdContext       *context;
  HdSearchHitKind  kind;
  char            *title;
  char            *empty_label;
  gint64           id;
  char            *name;

  GtkButton       *button;
  GtkLabel        *label;
  GtkButton       *clear_button;
};

G_DEFINE_FINAL_TYPE (HdPickButton, hd_pick_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_label (HdPickButton *self)
{
  gtk_label_set_label (self->label, self->name != NULL ? self->name : self->empty_label);
  if (self->name != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->clear_button), self->id != 0);
}

void
hd_pick_button_set_id (HdPickButton *self,
                       gint64        id)
{
  g_autofree char *tooltip = NULL;

  g_return_if_fail (HD_IS_PICK_BUTTON (self));

  g_clear_pointer (&self->name, g_free);
  if (id != 0 && self->context != NULL)
    {
      HdStore *store = hd_context_get_store (self->context);

      if (self->kind == HD_SEARCH_HIT_UNIT)
        {
          g_autoptr(HdUnit) unit = hd_unit_load (store, id, NULL);

          if (unit != NULL)
            {
              self->name = g_strdup (hd_unit_get_name (unit));
              tooltip = hd_unit_dup_full_name (unit, store);
            }
        }
      else
        {
          g_autoptr(HdPerson) person = hd_person_load (store, id, NULL);

          if (person != NULL)
            {
              self->name = g_strdup (hd_person_get_name (person));
              tooltip = g_strdup (hd_person_get_unit_name (person));
            }
        }
      if (self->name == NULL)
        id = 0;
    }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), tooltip);
  update_label (self);
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

static gboolean
chosen (gint64     id,
        gpointer   user_data,
        GError   **error)
{
  HdPickButton *self = user_data;

  hd_pick_button_set_id (self, id);
  gtk_widget_grab_focus (GTK_WIDGET (self->button));
  return TRUE;
}

HdSearchChooser *
hd_pick_button_choose (HdPickButton *self)
{
  HdSearchChooser *chooser;
  GtkRoot *root;

  g_return_val_if_fail (HD_IS_PICK_BUTTON (self), NULL);
  g_return_val_if_fail (self->context != NULL, NULL);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  chooser = hd_search_chooser_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->context,
                                   self->kind, self->title, _("_Choose"),
                                   chosen, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (chooser));
  return chooser;
}

static void
clicked_cb (HdPickButton *self)
{
  hd_pick_button_choose (self);
}

static void
clear_cb (HdPickButton *self)
{
  hd_pick_button_set_id (self, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->button));
}

static gboolean
hd_pick_button_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (HD_PICK_BUTTON (widget)->button));
}

static gboolean
hd_pick_button_mnemonic_activate (GtkWidget *widget,
                                  gboolean   group_cycling)
{
  return gtk_widget_grab_focus (GTK_WIDGET (HD_PICK_BUTTON (widget)->button));
}

static void
hd_pick_button_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HdPickButton *self = HD_PICK_BUTTON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hd_pick_button_dispose (GObject *object)
{
  GtkWidget *child;
  HdPickButton *self = HD_PICK_BUTTON (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_PICK_BUTTON);
  /* The template's layout box has no name to be disposed by. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hd_pick_button_parent_class)->dispose (object);
}

static void
hd_pick_button_finalize (GObject *object)
{
  HdPickButton *self = HD_PICK_BUTTON (object);

  g_free (self->title);
  g_free (self->empty_label);
  g_free (self->name);

  G_OBJECT_CLASS (hd_pick_button_parent_class)->finalize (object);
}

static void
hd_pick_button_class_init (HdPickButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_pick_button_dispose;
  object_class->finalize = hd_pick_button_finalize;
  object_class->get_property = hd_pick_button_get_property;
  widget_class->grab_focus = hd_pick_button_grab_focus;
  widget_class->mnemonic_activate = hd_pick_button_mnemonic_activate;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/opinions/hd-pick-button.ui");
  gtk_widget_class_bind_template_child (widget_class, HdPickButton, button);
  gtk_widget_class_bind_template_child (widget_class, HdPickButton, label);
  gtk_widget_class_bind_template_child (widget_class, HdPickButton, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_cb);
}

static void
hd_pick_button_init (HdPickButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
hd_pick_button_setup (HdPickButton    *self,
                      HdContext       *context,
                      HdSearchHitKind  kind,
                      const char      *title,
                      const char      *empty_label)
{
  g_return_if_fail (HD_IS_PICK_BUTTON (self));
  g_return_if_fail (HD_IS_CONTEXT (context));

  g_set_object (&self->context, context);
  self->kind = kind;
  g_free (self->title);
  self->title = g_strdup (title);
  g_free (self->empty_label);
  self->empty_label = g_strdup (empty_label);
  hd_pick_button_set_id (self, self->id);
}

gint64
hd_pick_button_get_id (HdPickButton *self)
{
  g_return_val_if_fail (HD_IS_PICK_BUTTON (self), 0);
  return self->id;
}

const char *
hd_pick_button_get_name (HdPickButton *self)
{
  g_return_val_if_fail (HD_IS_PICK_BUTTON (self), NULL);
  return self->name;
}

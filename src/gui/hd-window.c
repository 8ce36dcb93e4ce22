/* hd-window.c */
#include <glib/gi18n-lib.h>

#include "hd-window.h"

struct _HdWindow
{
  GtkApplicationWindow  parent_instance;

  HdContext            *context;

  GtkLabel             *subtitle_label;
  GtkStack             *stack;
  HdOrganisationPage   *organisation_page;
  GtkRevealer          *notification_revealer;
  GtkLabel             *notification_label;
};

G_DEFINE_FINAL_TYPE (HdWindow, hd_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
area_change_state (GSimpleAction *action,
                   GVariant      *state,
                   gpointer       user_data)
{
  HdWindow *self = HD_WINDOW (user_data);
  const char *name = g_variant_get_string (state, NULL);

  if (gtk_stack_get_child_by_name (self->stack, name) == NULL)
    return;
  gtk_stack_set_visible_child_name (self->stack, name);
}

static void
area_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_action_change_state (G_ACTION (action), parameter);
}

static const GActionEntry win_actions[] = {
  { "area", area_activated, "s", "'organisation'", area_change_state },
};

static void
stack_visible_child_changed (HdWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "area");

  if (name != NULL && action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (name));
}

static void
dismiss_notification_cb (HdWindow *self)
{
  gtk_revealer_set_reveal_child (self->notification_revealer, FALSE);
}

static gboolean
hd_window_close_request (GtkWindow *window)
{
  HdWindow *self = HD_WINDOW (window);
  GSettings *settings = hd_context_get_settings (self->context);
  gboolean maximized = gtk_window_is_maximized (window);
  int width = 0, height = 0;

  /* The default size follows the user's resizing, except while maximized, when it keeps the
   * size to return to. */
  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
  g_settings_set_boolean (settings, "window-maximized", maximized);
  g_settings_apply (settings);

  return GTK_WINDOW_CLASS (hd_window_parent_class)->close_request (window);
}

static void
hd_window_constructed (GObject *object)
{
  HdWindow *self = HD_WINDOW (object);
  GSettings *settings = hd_context_get_settings (self->context);
  g_autofree char *basename = g_path_get_basename (hd_store_get_path (hd_context_get_store (self->context)));
  int width, height;

  G_OBJECT_CLASS (hd_window_parent_class)->constructed (object);

  width = g_settings_get_int (settings, "window-width");
  height = g_settings_get_int (settings, "window-height");
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  gtk_label_set_label (self->subtitle_label, basename);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label),
                               hd_store_get_path (hd_context_get_store (self->context)));

  hd_organisation_page_set_context (self->organisation_page, self->context);
}

static void
hd_window_dispose (GObject *object)
{
  HdWindow *self = HD_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_WINDOW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hd_window_parent_class)->dispose (object);
}

static void
hd_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  HdWindow *self = HD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hd_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  HdWindow *self = HD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hd_window_class_init (HdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = hd_window_constructed;
  object_class->dispose = hd_window_dispose;
  object_class->get_property = hd_window_get_property;
  object_class->set_property = hd_window_set_property;
  window_class->close_request = hd_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HD_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HD_TYPE_ORGANISATION_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/huodongban/Huodongban/hd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HdWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HdWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HdWindow, organisation_page);
  gtk_widget_class_bind_template_child (widget_class, HdWindow, notification_revealer);
  gtk_widget_class_bind_template_child (widget_class, HdWindow, notification_label);
  gtk_widget_class_bind_template_callback (widget_class, stack_visible_child_changed);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_notification_cb);
}

static void
hd_window_init (HdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);
}

HdWindow *
hd_window_new (GtkApplication *application,
               HdContext      *context)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);

  return g_object_new (HD_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

HdContext *
hd_window_get_context (HdWindow *self)
{
  g_return_val_if_fail (HD_IS_WINDOW (self), NULL);
  return self->context;
}

HdOrganisationPage *
hd_window_get_organisation_page (HdWindow *self)
{
  g_return_val_if_fail (HD_IS_WINDOW (self), NULL);
  return self->organisation_page;
}

const char *
hd_window_get_area (HdWindow *self)
{
  g_return_val_if_fail (HD_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

void
hd_window_show_notification (HdWindow   *self,
                             const char *message)
{
  g_return_if_fail (HD_IS_WINDOW (self));

  gtk_label_set_label (self->notification_label, message);
  gtk_revealer_set_reveal_child (self->notification_revealer, TRUE);
}

const char *
hd_window_get_notification (HdWindow *self)
{
  g_return_val_if_fail (HD_IS_WINDOW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->notification_revealer))
    return NULL;
  return gtk_label_get_label (self->notification_label);
}

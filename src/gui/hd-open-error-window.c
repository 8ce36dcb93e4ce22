/* hd-open-error-window.c
 *
 * Shown instead of the main window when hd_store_open() refuses a file; the store has already
 * left the file untouched, and this window only reports.
 */
#include "hd-open-error-window.h"

struct _HdOpenErrorWindow
{
  GtkApplicationWindow  parent_instance;

  GtkLabel             *message_label;
  GtkButton            *close_button;
};

G_DEFINE_FINAL_TYPE (HdOpenErrorWindow, hd_open_error_window, GTK_TYPE_APPLICATION_WINDOW)

static void
hd_open_error_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HD_TYPE_OPEN_ERROR_WINDOW);

  G_OBJECT_CLASS (hd_open_error_window_parent_class)->dispose (object);
}

static void
hd_open_error_window_class_init (HdOpenErrorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_open_error_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/hd-open-error-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HdOpenErrorWindow, message_label);
  gtk_widget_class_bind_template_child (widget_class, HdOpenErrorWindow, close_button);
}

static void
hd_open_error_window_init (HdOpenErrorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->close_button));
}

HdOpenErrorWindow *
hd_open_error_window_new (GtkApplication *application,
                          const char     *message)
{
  HdOpenErrorWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (HD_TYPE_OPEN_ERROR_WINDOW, "application", application, NULL);
  gtk_label_set_label (self->message_label, message);
  return self;
}

const char *
hd_open_error_window_get_message (HdOpenErrorWindow *self)
{
  g_return_val_if_fail (HD_IS_OPEN_ERROR_WINDOW (self), NULL);
  return gtk_label_get_label (self->message_label);
}

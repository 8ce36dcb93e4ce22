/* hd-key-window.c */
#include <glib/gi18n-lib.h>

#include "common/hd-dialog.h"
#include "exchange/hd-key-window.h"

struct _HdKeyWindow
{
  GtkWindow  parent_instance;

  GtkLabel  *heading_label;
  GtkLabel  *code_label;
  GtkLabel  *detail_label;
  GtkButton *copy_button;
};

G_DEFINE_FINAL_TYPE (HdKeyWindow, hd_key_window, GTK_TYPE_WINDOW)

static void
copy_clicked_cb (HdKeyWindow *self)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), gtk_label_get_label (self->code_label));
  gtk_button_set_label (self->copy_button, _("Copied"));
}

static void
hd_key_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HD_TYPE_KEY_WINDOW);

  G_OBJECT_CLASS (hd_key_window_parent_class)->dispose (object);
}

static void
hd_key_window_class_init (HdKeyWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_key_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/exchange/hd-key-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HdKeyWindow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, HdKeyWindow, code_label);
  gtk_widget_class_bind_template_child (widget_class, HdKeyWindow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, HdKeyWindow, copy_button);
  gtk_widget_class_bind_template_callback (widget_class, copy_clicked_cb);
}

static void
hd_key_window_init (HdKeyWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HdKeyWindow *
hd_key_window_new (GtkWindow  *parent,
                   const char *office_name,
                   const char *code,
                   const char *fingerprint,
                   const char *key_path)
{
  HdKeyWindow *self;
  g_autofree char *heading = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (code != NULL && fingerprint != NULL && key_path != NULL, NULL);

  self = hd_dialog_new (HD_TYPE_KEY_WINDOW, parent);
  /* Translators: %s is the lower office's name. */
  heading = g_strdup_printf (_("“%s” is registered with a new key"), office_name);
  gtk_label_set_label (self->heading_label, heading);
  gtk_label_set_label (self->code_label, code);
  /* Translators: the key's fingerprint, then the key file's path. */
  detail = g_strdup_printf (_("Fingerprint: %s. The key file is saved as %s: give it to the lower office on a USB drive or the intranet's mail. Packages made with an earlier key of this office are refused from now on."),
                            fingerprint, key_path);
  gtk_label_set_label (self->detail_label, detail);
  gtk_widget_grab_focus (GTK_WIDGET (self->copy_button));
  return self;
}

const char *
hd_key_window_get_code (HdKeyWindow *self)
{
  g_return_val_if_fail (HD_IS_KEY_WINDOW (self), NULL);
  return gtk_label_get_label (self->code_label);
}

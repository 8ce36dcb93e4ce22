/* hd-question-window.c */
#include <glib/gi18n-lib.h>

#include "common/hd-dialog.h"
#include "common/hd-question-window.h"

struct _HdQuestionWindow
{
  GtkWindow  parent_instance;

  GtkLabel  *heading_label;
  GtkLabel  *body_label;
  GtkButton *cancel_button;
  GtkButton *action_button;
};

G_DEFINE_FINAL_TYPE (HdQuestionWindow, hd_question_window, GTK_TYPE_WINDOW)

enum {
  CONFIRMED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
confirm (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  /* Keep the window alive through the handlers, which may open another window on top. */
  g_autoptr(GtkWidget) self = g_object_ref (widget);

  gtk_widget_set_visible (self, FALSE);
  g_signal_emit (self, signals[CONFIRMED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hd_question_window_class_init (HdQuestionWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  signals[CONFIRMED] = g_signal_new ("confirmed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/common/hd-question-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HdQuestionWindow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, HdQuestionWindow, body_label);
  gtk_widget_class_bind_template_child (widget_class, HdQuestionWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, HdQuestionWindow, action_button);

  gtk_widget_class_install_action (widget_class, "question.confirm", NULL, confirm);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hd_question_window_init (HdQuestionWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HdQuestionWindow *
hd_question_window_new (GtkWindow  *parent,
                        const char *heading,
                        const char *body,
                        const char *action_label,
                        gboolean    destructive)
{
  HdQuestionWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (heading != NULL && action_label != NULL, NULL);

  self = hd_dialog_new (HD_TYPE_QUESTION_WINDOW, parent);
  gtk_window_set_title (GTK_WINDOW (self), heading);
  gtk_label_set_label (self->heading_label, heading);
  gtk_label_set_label (self->body_label, body != NULL ? body : "");
  gtk_widget_set_visible (GTK_WIDGET (self->body_label), body != NULL && *body != '\0');
  gtk_button_set_label (self->action_button, action_label);
  gtk_widget_add_css_class (GTK_WIDGET (self->action_button),
                            destructive ? "destructive-action" : "suggested-action");
  /* Cancel is what Enter does: deleting takes a deliberate press on the verb. */
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->cancel_button));
  gtk_widget_grab_focus (GTK_WIDGET (self->cancel_button));
  return self;
}

const char *
hd_question_window_get_heading (HdQuestionWindow *self)
{
  g_return_val_if_fail (HD_IS_QUESTION_WINDOW (self), NULL);
  return gtk_label_get_label (self->heading_label);
}

const char *
hd_question_window_get_body (HdQuestionWindow *self)
{
  g_return_val_if_fail (HD_IS_QUESTION_WINDOW (self), NULL);
  return gtk_label_get_label (self->body_label);
}

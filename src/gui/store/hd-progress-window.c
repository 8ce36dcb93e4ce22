/* hd-progress-window.c */
#include "store/hd-progress-window.h"

struct _HdProgressWindow
{
  GtkApplicationWindow  parent_instance;

  GtkLabel             *title_label;
  GtkLabel             *explanation_label;
  GtkProgressBar       *progress_bar;
};

G_DEFINE_FINAL_TYPE (HdProgressWindow, hd_progress_window, GTK_TYPE_APPLICATION_WINDOW)

static void
hd_progress_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HD_TYPE_PROGRESS_WINDOW);

  G_OBJECT_CLASS (hd_progress_window_parent_class)->dispose (object);
}

static void
hd_progress_window_class_init (HdProgressWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_progress_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/store/hd-progress-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HdProgressWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HdProgressWindow, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, HdProgressWindow, progress_bar);
}

static void
hd_progress_window_init (HdProgressWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HdProgressWindow *
hd_progress_window_new (GtkApplication *application,
                        const char     *title,
                        const char     *explanation)
{
  HdProgressWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  self = g_object_new (HD_TYPE_PROGRESS_WINDOW, "application", application, NULL);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->explanation_label, explanation);
  gtk_progress_bar_set_text (self->progress_bar, "");
  return self;
}

void
hd_progress_window_set_step (HdProgressWindow *self,
                             const char       *step,
                             guint             done,
                             guint             total)
{
  g_return_if_fail (HD_IS_PROGRESS_WINDOW (self));

  gtk_progress_bar_set_text (self->progress_bar, step);
  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) done / total : 0.0);
}

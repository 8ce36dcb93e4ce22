/* hd-restore-window.c */
#include <glib/gi18n-lib.h>

#include "backup/hd-backup.h"
#include "common/hd-question-window.h"
#include "store/hd-restore-window.h"

struct _HdRestoreWindow
{
  GtkWindow   parent_instance;

  GtkStack   *stack;
  GtkListBox *list_box;
  GtkWidget  *restore_button;

  GPtrArray  *copies;   /* HdBackupCopy, newest first, as the rows */
};

G_DEFINE_FINAL_TYPE (HdRestoreWindow, hd_restore_window, GTK_TYPE_WINDOW)

static const char *
kind_label (HdBackupKind kind)
{
  switch (kind)
    {
    case HD_BACKUP_DAILY:
      return _("Daily copy");
    case HD_BACKUP_MIGRATION:
      return _("Before an update of the data format");
    case HD_BACKUP_MANUAL:
    default:
      return _("Copy made on request or before a restore");
    }
}

static char *
date_of (HdBackupCopy *copy)
{
  /* Translators: a backup copy's day and time, as strftime() formats it. */
  return g_date_time_format (copy->date, _("%Y-%m-%d %H:%M"));
}

static char *
heading_of (HdBackupCopy *copy)
{
  g_autofree char *date = date_of (copy);

  /* Translators: a backup copy's row: its date and its kind. */
  return g_strdup_printf (_("%s · %s"), date, kind_label (copy->kind));
}

static char *
figures_of (HdBackupCopy *copy)
{
  g_autofree char *size = g_format_size (copy->size);

  if (copy->units < 0 || copy->people < 0 || copy->tasks < 0)
    /* Translators: a backup copy whose figures are not known; %s is its size on disk. */
    return g_strdup_printf (_("Figures not known · %s on disk"), size);
  /* Translators: what a backup copy holds: units, people, rectification tasks; then its size. */
  return g_strdup_printf (_("%d units, %d people, %d tasks · %s on disk"),
                          (int) copy->units, (int) copy->people, (int) copy->tasks, size);
}

static GtkWidget *
make_row (HdBackupCopy *copy)
{
  g_autofree char *heading = heading_of (copy);
  g_autofree char *figures = figures_of (copy);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (heading);
  GtkWidget *subtitle = gtk_label_new (figures);
  GtkWidget *row = gtk_list_box_row_new ();
  g_autofree char *accessible = g_strdup_printf ("%s, %s", heading, figures);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return row;
}

static HdBackupCopy *
selected_copy (HdRestoreWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list_box);

  return row != NULL ? g_ptr_array_index (self->copies, gtk_list_box_row_get_index (row)) : NULL;
}

static void
row_selected (HdRestoreWindow *self,
              GtkListBoxRow   *row)
{
  /* Also called while the list is taken down with the window. */
  if (self->restore_button != NULL)
    gtk_widget_set_sensitive (self->restore_button, row != NULL);
}

static gboolean
restore_in_application (gpointer data)
{
  GApplication *application = g_application_get_default ();

  if (application != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (application), "restore-backup", g_variant_new_string (data));
  return G_SOURCE_REMOVE;
}

static void
confirmed (HdRestoreWindow *self)
{
  HdBackupCopy *copy = selected_copy (self);

  if (copy == NULL)
    return;
  /* The restore closes the main window and so this one (destroyed with it): asked for once the
   * question has closed. */
  g_idle_add_full (G_PRIORITY_DEFAULT, restore_in_application, g_strdup (copy->path), g_free);
}

static void
restore_clicked (HdRestoreWindow *self)
{
  HdBackupCopy *copy = selected_copy (self);
  g_autofree char *heading = NULL;
  g_autofree char *date = NULL;
  HdQuestionWindow *question;

  if (copy == NULL)
    return;
  date = date_of (copy);
  /* Translators: %s is the day and time of the backup copy. */
  heading = g_strdup_printf (_("Restore the Copy of %s?"), date);
  question = hd_question_window_new (GTK_WINDOW (self), heading,
                                     _("The records change back to what the copy holds, and the window opens again on them. The database as it is now is kept as a copy first."),
                                     _("_Restore"), FALSE);
  g_signal_connect_object (question, "confirmed", G_CALLBACK (confirmed), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (question));
}

static void
row_activated (HdRestoreWindow *self,
               GtkListBoxRow   *row)
{
  restore_clicked (self);
}

static void
hd_restore_window_dispose (GObject *object)
{
  HdRestoreWindow *self = HD_RESTORE_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HD_TYPE_RESTORE_WINDOW);
  g_clear_pointer (&self->copies, g_ptr_array_unref);

  G_OBJECT_CLASS (hd_restore_window_parent_class)->dispose (object);
}

static void
hd_restore_window_class_init (HdRestoreWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_restore_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/store/hd-restore-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HdRestoreWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HdRestoreWindow, list_box);
  gtk_widget_class_bind_template_child (widget_class, HdRestoreWindow, restore_button);
  gtk_widget_class_bind_template_callback (widget_class, row_selected);
  gtk_widget_class_bind_template_callback (widget_class, row_activated);
  gtk_widget_class_bind_template_callback (widget_class, restore_clicked);
}

static void
hd_restore_window_init (HdRestoreWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HdRestoreWindow *
hd_restore_window_new (GtkWindow  *parent,
                       const char *db_path)
{
  HdRestoreWindow *self;

  g_return_val_if_fail (db_path != NULL, NULL);

  self = g_object_new (HD_TYPE_RESTORE_WINDOW, "transient-for", parent, "modal", TRUE,
                       "destroy-with-parent", TRUE, NULL);
  self->copies = hd_backup_list (db_path);
  for (guint i = 0; i < self->copies->len; i++)
    gtk_list_box_append (self->list_box, make_row (g_ptr_array_index (self->copies, i)));
  gtk_stack_set_visible_child_name (self->stack, self->copies->len > 0 ? "copies" : "empty");
  return self;
}

guint
hd_restore_window_get_n_copies (HdRestoreWindow *self)
{
  g_return_val_if_fail (HD_IS_RESTORE_WINDOW (self), 0);
  return self->copies->len;
}

char *
hd_restore_window_dup_row_text (HdRestoreWindow *self,
                                guint            index)
{
  HdBackupCopy *copy;
  g_autofree char *heading = NULL;
  g_autofree char *figures = NULL;

  g_return_val_if_fail (HD_IS_RESTORE_WINDOW (self), NULL);
  g_return_val_if_fail (index < self->copies->len, NULL);

  copy = g_ptr_array_index (self->copies, index);
  heading = heading_of (copy);
  figures = figures_of (copy);
  return g_strdup_printf ("%s\n%s", heading, figures);
}

void
hd_restore_window_select (HdRestoreWindow *self,
                          guint            index)
{
  g_return_if_fail (HD_IS_RESTORE_WINDOW (self));
  gtk_list_box_select_row (self->list_box, gtk_list_box_get_row_at_index (self->list_box, (int) index));
}

/* hd-notice-dialog.c */
#include <glib/gi18n-lib.h>

#include "common/hd-dialog.h"
#include "ledger/hd-ledger.h"
#include "lookback/hd-notice.h"
#include "lookback/hd-notice-dialog.h"
#include "organisation/hd-unit.h"
#include "store/hd-date.h"

/* The reply is due this many days after the notice, unless the clerk says otherwise. */
#define DEFAULT_REPLY_DAYS 10

struct _HdNoticeDialog
{
  GtkWindow   parent_instance;

  HdContext  *context;
  gint64      unit_id;
  GArray     *offered;     /* task ids, in the list's order */
  GPtrArray  *checks;      /* GtkCheckButton, one per offered task */
  GtkEntry   *reply_by;
  GtkEntry   *office;
  GtkLabel   *error;
  GtkWidget  *issue_button;
  char       *error_text;
};

G_DEFINE_FINAL_TYPE (HdNoticeDialog, hd_notice_dialog, GTK_TYPE_WINDOW)

static void
hd_notice_dialog_finalize (GObject *object)
{
  HdNoticeDialog *self = HD_NOTICE_DIALOG (object);

  g_clear_object (&self->context);
  g_array_unref (self->offered);
  g_ptr_array_unref (self->checks);
  g_free (self->error_text);
  G_OBJECT_CLASS (hd_notice_dialog_parent_class)->finalize (object);
}

static void
show_error (HdNoticeDialog *self,
            const char     *message)
{
  g_free (self->error_text);
  self->error_text = g_strdup (message);
  gtk_label_set_label (self->error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error), message != NULL);
}

gint64
hd_notice_dialog_issue (HdNoticeDialog *self)
{
  HdStore *store = hd_context_get_store (self->context);
  g_autoptr(GArray) tasks = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autoptr(HdNotice) notice = NULL;
  g_autofree char *issued = hd_date_format_iso (hd_context_get_today (self->context));
  g_autofree char *reply_by = NULL;
  g_autofree char *message = NULL;
  HdNoticeFields fields = { .unit_id = self->unit_id };
  GDate date;
  gint64 id;

  g_return_val_if_fail (HD_IS_NOTICE_DIALOG (self), 0);

  for (guint i = 0; i < self->offered->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_array_append_val (tasks, g_array_index (self->offered, gint64, i));
  if (!hd_date_parse_typed (gtk_editable_get_text (GTK_EDITABLE (self->reply_by)), &date))
    {
      show_error (self, _("The reply deadline is not a date: write it as 2014年10月10日 or 2014-10-10."));
      gtk_widget_grab_focus (GTK_WIDGET (self->reply_by));
      return 0;
    }
  reply_by = hd_date_format_iso (&date);
  fields.task_ids = (const gint64 *) tasks->data;
  fields.n_tasks = tasks->len;
  fields.office = gtk_editable_get_text (GTK_EDITABLE (self->office));
  fields.issued = issued;
  fields.reply_by = reply_by;
  if ((id = hd_notice_issue (store, &fields, &error)) == 0 || (notice = hd_notice_load (store, id, &error)) == NULL)
    {
      show_error (self, error->message);
      return 0;
    }
  show_error (self, NULL);
  /* Translators: after a supervision notice was issued; %s is its number. */
  message = g_strdup_printf (_("Supervision notice %s issued."), hd_notice_get_number (notice));
  if (gtk_window_get_transient_for (GTK_WINDOW (self)) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (self))),
                                "win.show-notification", "s", message);
  return id;
}

static void
issue_clicked (HdNoticeDialog *self)
{
  if (hd_notice_dialog_issue (self) != 0)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
hd_notice_dialog_class_init (HdNoticeDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hd_notice_dialog_finalize;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hd_notice_dialog_init (HdNoticeDialog *self)
{
  self->offered = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->checks = g_ptr_array_new ();
}

/* A labelled row of the form: the label's mnemonic goes to @field. */
static void
add_field (GtkGrid    *grid,
           int         row,
           const char *label,
           GtkWidget  *field)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (title), 1.0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), field);
  gtk_widget_set_hexpand (field, TRUE);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, field, 1, row, 1, 1);
}

/* The unit's open tasks, the overdue ones first, each as a check button: "3  文山会海（红灯·逾期，2014年9月20日）". */
static GtkWidget *
task_list (HdNoticeDialog *self,
           gint64          ticked,
           GError        **error)
{
  HdStore *store = hd_context_get_store (self->context);
  const GDate *today = hd_context_get_today (self->context);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autoptr(GPtrArray) later = g_ptr_array_new ();
  HdLedgerQuery query;
  sqlite3_stmt *stmt;

  hd_ledger_query_init (&query, today);
  query.unit_id = self->unit_id;
  query.unit_only = TRUE;
  query.lights = (1u << HD_LIGHT_RED) | (1u << HD_LIGHT_YELLOW) | (1u << HD_LIGHT_GREEN);
  if ((stmt = hd_ledger_prepare (store, &query, error)) == NULL)
    return box;
  for (guint pass = 0; pass < 2; pass++)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_autoptr(HdTask) task = hd_task_load (store, id, NULL);
          g_autofree char *deadline = NULL;
          g_autofree char *label = NULL;
          HdLight light;
          GtkWidget *check, *text;

          if (task == NULL)
            continue;
          light = hd_task_get_light (task, today, query.warning_days);
          if ((pass == 0) != (light == HD_LIGHT_RED))
            continue;
          if (hd_task_get_deadline (task) != NULL)
            {
              GDate date;

              if (hd_date_parse_iso (hd_task_get_deadline (task), &date))
                deadline = hd_date_format_display (&date);
            }
          /* Translators: a task offered for a supervision notice: its number, problem, light and
           * deadline. */
          label = g_strdup_printf (_("%u. %s (%s, %s)"), hd_task_get_number (task), hd_task_get_problem (task),
                                   hd_light_get_label (light), deadline != NULL ? deadline : _("long-term"));
          text = gtk_label_new (label);
          gtk_label_set_wrap (GTK_LABEL (text), TRUE);
          gtk_label_set_xalign (GTK_LABEL (text), 0.0);
          check = gtk_check_button_new ();
          gtk_check_button_set_child (GTK_CHECK_BUTTON (check), text);
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), id == ticked);
          g_array_append_val (self->offered, id);
          g_ptr_array_add (self->checks, check);
          gtk_box_append (GTK_BOX (box), check);
        }
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  return box;
}

HdNoticeDialog *
hd_notice_dialog_new (GtkWindow *parent,
                      HdContext *context,
                      gint64     task_id)
{
  HdNoticeDialog *self = hd_dialog_new (HD_TYPE_NOTICE_DIALOG, parent);
  HdStore *store = hd_context_get_store (context);
  g_autoptr(HdTask) task = hd_task_load (store, task_id, NULL);
  g_autoptr(HdUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *office = NULL;
  g_autofree char *reply_by = NULL;
  g_autofree char *unit_text = NULL;
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *tasks_label = gtk_label_new_with_mnemonic (_("_Tasks supervised"));
  GtkWidget *list;
  GDate due;

  self->context = g_object_ref (context);
  if (task != NULL)
    {
      self->unit_id = hd_task_get_unit_id (task);
      unit = hd_unit_load (store, self->unit_id, NULL);
    }
  gtk_window_set_title (GTK_WINDOW (self), _("Issue Supervision Notice"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 480);

  self->issue_button = gtk_button_new_with_mnemonic (_("_Issue"));
  gtk_widget_add_css_class (self->issue_button, "suggested-action");
  g_signal_connect_swapped (self->issue_button, "clicked", G_CALLBACK (issue_clicked), self);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  gtk_header_bar_set_show_title_buttons (GTK_HEADER_BAR (header), FALSE);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), cancel);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), self->issue_button);
  gtk_window_set_titlebar (GTK_WINDOW (self), header);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->issue_button);

  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);

  /* Translators: the unit a supervision notice goes to. */
  unit_text = g_strdup_printf (_("To: %s"), unit != NULL ? hd_unit_get_name (unit) : "");
  gtk_box_append (GTK_BOX (content), g_object_new (GTK_TYPE_LABEL, "label", unit_text, "xalign", 0.0,
                                                   "css-classes", (const char *[]) { "heading", NULL }, NULL));

  list = task_list (self, task_id, &error);
  gtk_label_set_xalign (GTK_LABEL (tasks_label), 0.0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (tasks_label), list);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_box_append (GTK_BOX (content), tasks_label);
  gtk_box_append (GTK_BOX (content), scrolled);

  g_date_clear (&due, 1);
  due = *hd_context_get_today (context);
  g_date_add_days (&due, DEFAULT_REPLY_DAYS);
  reply_by = hd_date_format_display (&due);
  office = hd_notice_default_office (store, NULL);
  self->reply_by = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (self->reply_by), reply_by);
  gtk_entry_set_activates_default (self->reply_by, TRUE);
  self->office = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (self->office), office != NULL ? office : "");
  gtk_entry_set_activates_default (self->office, TRUE);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  add_field (GTK_GRID (grid), 0, _("_Reply by"), GTK_WIDGET (self->reply_by));
  add_field (GTK_GRID (grid), 1, _("Issuing _office"), GTK_WIDGET (self->office));
  gtk_box_append (GTK_BOX (content), grid);

  self->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error, TRUE);
  gtk_label_set_xalign (self->error, 0.0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error), "error");
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->error));
  show_error (self, error != NULL ? error->message : NULL);

  gtk_window_set_child (GTK_WINDOW (self), content);
  return self;
}

GArray *
hd_notice_dialog_get_offered (HdNoticeDialog *self)
{
  return self->offered;
}

void
hd_notice_dialog_set_ticked (HdNoticeDialog *self,
                             gint64          task_id,
                             gboolean        ticked)
{
  for (guint i = 0; i < self->offered->len; i++)
    if (g_array_index (self->offered, gint64, i) == task_id)
      gtk_check_button_set_active (g_ptr_array_index (self->checks, i), ticked);
}

void
hd_notice_dialog_set_reply_by (HdNoticeDialog *self,
                               const char     *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->reply_by), text);
}

const char *
hd_notice_dialog_get_error (HdNoticeDialog *self)
{
  return self->error_text;
}

/* hd-notices-view.c
 *
 * The rows are an HdQueryModel over hd_notice_list_prepare (): the province's notices are read a
 * chunk at a time. Any edit through the history builds a new model. */
#include <glib/gi18n-lib.h>

#include "common/hd-template.h"
#include "common/hd-dialog.h"
#include "common/hd-enum-labels.h"
#include "common/hd-list-pane.h"
#include "common/hd-text-column.h"
#include "common/hd-unit-button.h"
#include "common/hd-unit-names.h"
#include "forms/hd-form.h"
#include "ledger/hd-ledger-text.h"
#include "lookback/hd-accountability-form.h"
#include "lookback/hd-notice-forms.h"
#include "lookback/hd-notice.h"
#include "lookback/hd-notices-view.h"
#include "print/hd-print-form.h"

struct _HdNoticesView
{
  GtkWidget           parent_instance;

  HdContext          *context;
  gulong              history_handler;
  gulong              settings_handler;   /* the lights follow the warning days */
  GHashTable         *unit_names;
  gboolean            updating_filters;

  HdUnitButton       *unit_button;
  GtkDropDown        *state_dropdown;
  GtkLabel           *count_label;
  HdListPane         *list_pane;
};

G_DEFINE_FINAL_TYPE (HdNoticesView, hd_notices_view, GTK_TYPE_WIDGET)

/* ---- the columns ---- */

static char *
number_text (gpointer row, gpointer data)
{
  return g_strdup (hd_notice_get_number (HD_NOTICE (row)));
}

static char *
unit_text (gpointer row, gpointer data)
{
  HdNoticesView *self = data;

  return g_strdup (hd_unit_names_lookup (self->unit_names, hd_context_get_store (self->context),
                                         hd_notice_get_unit_id (HD_NOTICE (row))));
}

static char *
issued_text (gpointer row, gpointer data)
{
  return hd_text_column_date (hd_notice_get_issued (HD_NOTICE (row)));
}

static char *
reply_by_text (gpointer row, gpointer data)
{
  return hd_text_column_date (hd_notice_get_reply_by (HD_NOTICE (row)));
}

/* The reply deadline's light while the reply is awaited; the state says the rest. */
static char *
light_text (gpointer row, gpointer data)
{
  HdNoticesView *self = data;
  guint warning_days = hd_context_get_warning_days (self->context);

  if (hd_notice_get_replied (HD_NOTICE (row)) != NULL || hd_notice_get_withdrawn (HD_NOTICE (row)) != NULL)
    return NULL;
  return hd_ledger_text_light_markup (hd_notice_get_light (HD_NOTICE (row), hd_context_get_today (self->context),
                                                           warning_days));
}

static char *
state_text (gpointer row, gpointer data)
{
  HdNoticesView *self = data;

  return g_strdup (hd_notice_state_get_label (hd_notice_get_state (HD_NOTICE (row), hd_context_get_today (self->context))));
}

/* The reply's day and text, or the withdrawal's with its reason. */
static char *
answer_text (gpointer row, gpointer data)
{
  HdNotice *notice = HD_NOTICE (row);
  g_autofree char *day = NULL;

  if (hd_notice_get_withdrawn (notice) != NULL)
    {
      day = hd_text_column_date (hd_notice_get_withdrawn (notice));
      /* Translators: the day a notice was withdrawn or replied to, then the reason or the reply. */
      return g_strdup_printf (_("%s: %s"), day, hd_notice_get_withdrawal (notice));
    }
  if (hd_notice_get_replied (notice) == NULL)
    return NULL;
  day = hd_text_column_date (hd_notice_get_replied (notice));
  return g_strdup_printf (_("%s: %s"), day, hd_notice_get_reply (notice));
}

static char *
tasks_text (gpointer row, gpointer data)
{
  return g_strdup_printf ("%u", hd_notice_get_task_ids (HD_NOTICE (row))->len);
}

/* ---- the rows ---- */

static void
update_count (HdNoticesView *self)
{
  gboolean loading;
  guint n = hd_list_pane_get_n_rows (self->list_pane, &loading);
  g_autofree char *count = NULL;

  if (loading)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u notice read so far…", "%u notices read so far…", n), n);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u notice shown", "%u notices shown", n), n);
  gtk_label_set_label (self->count_label, count);
  if (n > 0 || loading)
    hd_list_pane_show_list (self->list_pane);
  else
    hd_list_pane_show_empty (self->list_pane, _("No Supervision Notice"),
                             _("No notice to this unit and the units below it is in the state chosen. Notices are "
                               "issued from the Rectification area: select tasks of one unit and choose "
                               "Issue Supervision Notice (Ctrl+Shift+D)."));
}

static GObject *
load_notice (HdStore  *store,
             gint64    id,
             GError  **error)
{
  return G_OBJECT (hd_notice_load (store, id, error));
}

static void
rebuild (HdNoticesView *self)
{
  g_autoptr(GError) error = NULL;
  guint state = gtk_drop_down_get_selected (self->state_dropdown);
  HdQueryModel *model = NULL;
  GtkSingleSelection *selection = NULL;
  sqlite3_stmt *stmt;

  if (self->context == NULL)
    return;
  hd_list_pane_show_error (self->list_pane, NULL);
  stmt = hd_notice_list_prepare (hd_context_get_store (self->context), hd_unit_button_get_unit (self->unit_button),
                                 state == GTK_INVALID_LIST_POSITION ? -1 : (int) state - 1,
                                 hd_context_get_today (self->context), &error);
  if (stmt == NULL)
    hd_list_pane_show_error (self->list_pane, error->message);
  else
    {
      model = hd_query_model_new (hd_context_get_store (self->context), HD_TYPE_NOTICE, load_notice, stmt);
      selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (model)));
      gtk_single_selection_set_autoselect (selection, TRUE);
    }
  hd_list_pane_set_rows (self->list_pane, model, GTK_SELECTION_MODEL (selection));
  update_count (self);
}

static void
filter_changed_cb (HdNoticesView *self)
{
  if (!self->updating_filters)
    rebuild (self);
}

static HdNotice *
selected_notice (HdNoticesView *self)
{
  GtkSelectionModel *selection = hd_list_pane_get_selection (self->list_pane);
  HdNotice *notice = selection != NULL ? gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (selection)) : NULL;

  if (notice == NULL)
    hd_list_pane_show_error (self->list_pane, _("Select a supervision notice first."));
  return notice;
}

/* ---- actions ---- */

static void
open_form (HdNoticesView    *self,
           HdNoticeFormKind  kind)
{
  HdNotice *notice = selected_notice (self);

  if (notice == NULL)
    return;
  hd_list_pane_show_error (self->list_pane, NULL);
  gtk_window_present (GTK_WINDOW (hd_notice_form_new (hd_dialog_get_parent (GTK_WIDGET (self)), self->context, kind,
                                                      hd_notice_get_id (notice))));
}

static void
form_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HdNoticesView *self = HD_NOTICES_VIEW (widget);

  if (self->context == NULL)
    return;
  if (g_str_equal (action_name, "notices.reply"))
    open_form (self, HD_NOTICE_FORM_REPLY);
  else if (g_str_equal (action_name, "notices.remind"))
    open_form (self, HD_NOTICE_FORM_REMIND);
  else
    open_form (self, HD_NOTICE_FORM_WITHDRAW);
}

/* The escalation's next step for the notice's unit: a reminder on this notice, or a measure. */
static void
escalate_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HdNoticesView *self = HD_NOTICES_VIEW (widget);
  HdNotice *notice = self->context != NULL ? selected_notice (self) : NULL;
  g_autoptr(GError) error = NULL;
  HdEscalation next;

  if (notice == NULL)
    return;
  if (!hd_escalation_offer (hd_context_get_store (self->context), hd_notice_get_unit_id (notice),
                            hd_context_get_today (self->context),
                            hd_context_get_warning_days (self->context),
                            &next, &error))
    {
      hd_list_pane_show_error (self->list_pane, error != NULL ? error->message
                                      : _("There is no next step: no task that a notice to this unit names is still red, "
                                          "or every step has been taken."));
      return;
    }
  hd_list_pane_show_error (self->list_pane, NULL);
  if (next == HD_ESCALATION_REMINDER)
    open_form (self, HD_NOTICE_FORM_REMIND);
  else
    gtk_window_present (GTK_WINDOW (hd_accountability_form_new (hd_dialog_get_parent (widget), self->context,
                                                                hd_notice_get_unit_id (notice), next)));
}

static HdDocument *
build_notice (HdStore              *store,
              const HdFormOptions  *options,
              gpointer              data,
              GError              **error)
{
  return hd_form_notice_new (store, *(gint64 *) data, options, error);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HdNoticesView *self = HD_NOTICES_VIEW (widget);
  HdNotice *notice = self->context != NULL ? selected_notice (self) : NULL;
  g_autofree char *name = NULL;

  if (notice == NULL)
    return;
  /* Translators: a supervision notice's proposed file and print job name: the form's name, then
   * its number, e.g. "督办通知单-督办〔2014〕第12号". */
  name = g_strdup_printf (_("Supervision Notice-%s"), hd_notice_get_number (notice));
  hd_print_form (hd_dialog_get_parent (widget), self->context, g_str_equal (action_name, "notices.export-pdf"), name,
                 build_notice, g_memdup2 (&(gint64) { hd_notice_get_id (notice) }, sizeof (gint64)), g_free);
}

static void
choose_unit_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  gtk_widget_activate (GTK_WIDGET (HD_NOTICES_VIEW (widget)->unit_button));
}

static void
history_changed_cb (HdNoticesView *self)
{
  g_hash_table_remove_all (self->unit_names);
  hd_unit_button_refresh (self->unit_button);
  rebuild (self);
}

/* ---- object ---- */

HD_ENUM_LABEL_FUNC (state_label, hd_notice_state_get_label)

static void
hd_notices_view_dispose (GObject *object)
{
  HdNoticesView *self = HD_NOTICES_VIEW (object);

  if (self->context != NULL)
    g_clear_signal_handler (&self->settings_handler, hd_context_get_settings (self->context));
  hd_template_dispose (GTK_WIDGET (self), HD_TYPE_NOTICES_VIEW);
  g_clear_pointer (&self->unit_names, g_hash_table_unref);
  hd_context_release (&self->context, &self->history_handler);
  G_OBJECT_CLASS (hd_notices_view_parent_class)->dispose (object);
}

static void
hd_notices_view_class_init (HdNoticesViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hd_notices_view_dispose;
  g_type_ensure (HD_TYPE_UNIT_BUTTON);
  g_type_ensure (HD_TYPE_LIST_PANE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/lookback/hd-notices-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HdNoticesView, unit_button);
  gtk_widget_class_bind_template_child (widget_class, HdNoticesView, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdNoticesView, count_label);
  gtk_widget_class_bind_template_child (widget_class, HdNoticesView, list_pane);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "notices.reply", NULL, form_activated);
  gtk_widget_class_install_action (widget_class, "notices.remind", NULL, form_activated);
  gtk_widget_class_install_action (widget_class, "notices.withdraw", NULL, form_activated);
  gtk_widget_class_install_action (widget_class, "notices.escalate", NULL, escalate_activated);
  gtk_widget_class_install_action (widget_class, "notices.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "notices.export-pdf", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "notices.choose-unit", NULL, choose_unit_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "notices.reply", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "notices.remind", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_j, GDK_CONTROL_MASK, "notices.escalate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "notices.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "notices.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_u, GDK_CONTROL_MASK, "notices.choose-unit", NULL);
}

static void
hd_notices_view_init (HdNoticesView *self)
{
  g_autoptr(GtkStringList) states = NULL;
  GtkColumnView *view;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->unit_names = hd_unit_names_new ();
  g_signal_connect_swapped (self->list_pane, "changed", G_CALLBACK (update_count), self);
  states = hd_enum_labels_new (_("Any State"), state_label, 0, HD_NOTICE_N_STATES);
  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->state_dropdown, G_LIST_MODEL (states));
  self->updating_filters = FALSE;

  view = hd_list_pane_get_column_view (self->list_pane);
  hd_text_column_add (view, C_("notice column", "Number"), 170, HD_TEXT_COLUMN_NUMERIC, number_text, self);
  hd_text_column_add (view, C_("notice column", "Unit"), 120, HD_TEXT_COLUMN_PLAIN, unit_text, self);
  hd_text_column_add (view, C_("notice column", "Issued"), 130, HD_TEXT_COLUMN_NUMERIC, issued_text, self);
  hd_text_column_add (view, C_("notice column", "Reply By"), 130, HD_TEXT_COLUMN_NUMERIC, reply_by_text, self);
  hd_text_column_add (view, C_("notice column", "Light"), 130, HD_TEXT_COLUMN_MARKUP, light_text, self);
  hd_text_column_add (view, C_("notice column", "State"), 110, HD_TEXT_COLUMN_PLAIN, state_text, self);
  hd_text_column_add (view, C_("notice column", "Tasks"), 60, HD_TEXT_COLUMN_NUMERIC, tasks_text, self);
  hd_text_column_add (view, C_("notice column", "Reply or Withdrawal"), 240,
                      HD_TEXT_COLUMN_WRAP | HD_TEXT_COLUMN_EXPAND, answer_text, self);
}

void
hd_notices_view_set_context (HdNoticesView *self,
                             HdContext     *context)
{
  g_return_if_fail (HD_IS_NOTICES_VIEW (self));
  g_return_if_fail (HD_IS_CONTEXT (context));

  if (self->context != NULL)
    g_clear_signal_handler (&self->settings_handler, hd_context_get_settings (self->context));
  hd_context_hold (&self->context, &self->history_handler, context, G_CALLBACK (history_changed_cb), self);
  self->settings_handler = g_signal_connect_swapped (hd_context_get_settings (context), "changed::deadline-warning-days",
                                                     G_CALLBACK (rebuild), self);
  hd_unit_button_set_context (self->unit_button, context, hd_unit_button_default_unit (hd_context_get_store (context)));
  rebuild (self);
}

GListModel *
hd_notices_view_get_rows (HdNoticesView *self)
{
  g_return_val_if_fail (HD_IS_NOTICES_VIEW (self), NULL);
  return G_LIST_MODEL (hd_list_pane_get_model (self->list_pane));
}

void
hd_notices_view_select (HdNoticesView *self,
                        guint          position)
{
  GtkSelectionModel *selection = hd_list_pane_get_selection (self->list_pane);

  g_return_if_fail (HD_IS_NOTICES_VIEW (self));
  if (selection != NULL)
    gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (selection), position);
}

void
hd_notices_view_set_state (HdNoticesView *self,
                           int            state)
{
  g_return_if_fail (HD_IS_NOTICES_VIEW (self));
  gtk_drop_down_set_selected (self->state_dropdown, (guint) (state + 1));
}

const char *
hd_notices_view_get_error (HdNoticesView *self)
{
  g_return_val_if_fail (HD_IS_NOTICES_VIEW (self), NULL);
  return hd_list_pane_get_error (self->list_pane);
}

void
hd_notices_view_export_notice (HdNoticesView *self,
                               GFile         *file)
{
  HdNotice *notice;

  g_return_if_fail (HD_IS_NOTICES_VIEW (self));

  if ((notice = selected_notice (self)) == NULL)
    return;
  hd_print_form_export_to (hd_dialog_get_parent (GTK_WIDGET (self)), self->context, file, build_notice,
                           g_memdup2 (&(gint64) { hd_notice_get_id (notice) }, sizeof (gint64)), g_free);
}

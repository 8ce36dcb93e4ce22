/* hd-accountability-view.c */
#include <glib/gi18n-lib.h>

#include "common/hd-template.h"
#include "common/hd-dialog.h"
#include "common/hd-list-pane.h"
#include "common/hd-text-column.h"
#include "common/hd-unit-button.h"
#include "common/hd-unit-names.h"
#include "lookback/hd-accountability-form.h"
#include "lookback/hd-accountability-record.h"
#include "lookback/hd-accountability-view.h"

struct _HdAccountabilityView
{
  GtkWidget         parent_instance;

  HdContext        *context;
  gulong            history_handler;
  GHashTable       *unit_names;

  HdUnitButton     *unit_button;
  GtkLabel         *count_label;
  HdListPane       *list_pane;
};

G_DEFINE_FINAL_TYPE (HdAccountabilityView, hd_accountability_view, GTK_TYPE_WIDGET)

/* ---- the columns ---- */

static HdAccountabilityRecord *
as_record (gpointer row)
{
  return HD_ACCOUNTABILITY_RECORD (row);
}

static char *
date_text (gpointer row, gpointer data)
{
  return hd_text_column_date (hd_accountability_record_get_date (as_record (row)));
}

static char *
unit_text (gpointer row, gpointer data)
{
  HdAccountabilityView *self = data;

  return g_strdup (hd_unit_names_lookup (self->unit_names, hd_context_get_store (self->context),
                                         hd_accountability_record_get_unit_id (as_record (row))));
}

static char *
person_text (gpointer row, gpointer data)
{
  const char *name = hd_accountability_record_get_person_name (as_record (row));

  return g_strdup (*name != '\0' ? name : _("The unit itself"));
}

static char *
measure_text (gpointer row, gpointer data)
{
  return g_strdup (hd_escalation_get_label (hd_accountability_record_get_measure (as_record (row))));
}

static char *
reason_text (gpointer row, gpointer data)
{
  return g_strdup (hd_accountability_record_get_reason (as_record (row)));
}

static char *
decided_text (gpointer row, gpointer data)
{
  return g_strdup (hd_accountability_record_get_decided_by (as_record (row)));
}

static char *
concerns_text (gpointer row, gpointer data)
{
  HdAccountabilityRecord *record = as_record (row);

  /* Translators: what an accountability record concerns: %u tasks and %u notices. */
  return g_strdup_printf (_("%u tasks, %u notices"), hd_accountability_record_get_n_tasks (record),
                          hd_accountability_record_get_n_notices (record));
}

/* ---- the rows ---- */

static void
update_count (HdAccountabilityView *self)
{
  gboolean loading;
  guint n = hd_list_pane_get_n_rows (self->list_pane, &loading);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u record shown", "%u records shown", n), n);

  gtk_label_set_label (self->count_label, count);
  if (n > 0 || loading)
    hd_list_pane_show_list (self->list_pane);
  else
    hd_list_pane_show_empty (self->list_pane, _("No Accountability Record"),
                             _("No measure has been recorded for this unit and the units below it. When a unit's "
                               "tasks stay red after a supervision notice, take the next step from the notices "
                               "(Ctrl+J), or record one here with New Record (Ctrl+N)."));
}

static void
rebuild (HdAccountabilityView *self)
{
  g_autoptr(GError) error = NULL;
  HdQueryModel *model;

  if (self->context == NULL)
    return;
  hd_list_pane_show_error (self->list_pane, NULL);
  model = hd_accountability_list_new (hd_context_get_store (self->context), hd_unit_button_get_unit (self->unit_button),
                                      &error);
  if (model == NULL)
    hd_list_pane_show_error (self->list_pane, error->message);
  hd_list_pane_set_rows (self->list_pane, model,
                         model != NULL ? GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (model))))
                                       : NULL);
  update_count (self);
}

static void
unit_changed_cb (HdAccountabilityView *self)
{
  rebuild (self);
}

/* ---- actions ---- */

static void
new_record_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  HdAccountabilityView *self = HD_ACCOUNTABILITY_VIEW (widget);
  gint64 unit_id = hd_unit_button_get_unit (self->unit_button);
  HdEscalation next = HD_ESCALATION_FIRST_MEASURE;

  if (self->context == NULL)
    return;
  if (unit_id == 0)
    {
      hd_list_pane_show_error (self->list_pane, _("Choose the unit the measure is about first (Ctrl+U)."));
      return;
    }
  hd_list_pane_show_error (self->list_pane, NULL);
  /* The next step offered for the unit, when it is a measure. */
  if (!hd_escalation_offer (hd_context_get_store (self->context), unit_id, hd_context_get_today (self->context),
                            g_settings_get_uint (hd_context_get_settings (self->context), "deadline-warning-days"),
                            &next, NULL) || next < HD_ESCALATION_FIRST_MEASURE)
    next = HD_ESCALATION_FIRST_MEASURE;
  gtk_window_present (GTK_WINDOW (hd_accountability_form_new (hd_dialog_get_parent (widget), self->context, unit_id,
                                                              next)));
}

static void
choose_unit_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  gtk_widget_activate (GTK_WIDGET (HD_ACCOUNTABILITY_VIEW (widget)->unit_button));
}

static void
history_changed_cb (HdAccountabilityView *self)
{
  g_hash_table_remove_all (self->unit_names);
  hd_unit_button_refresh (self->unit_button);
  rebuild (self);
}

/* ---- object ---- */

static void
hd_accountability_view_dispose (GObject *object)
{
  HdAccountabilityView *self = HD_ACCOUNTABILITY_VIEW (object);

  hd_template_dispose (GTK_WIDGET (self), HD_TYPE_ACCOUNTABILITY_VIEW);
  g_clear_pointer (&self->unit_names, g_hash_table_unref);
  hd_context_release (&self->context, &self->history_handler);
  G_OBJECT_CLASS (hd_accountability_view_parent_class)->dispose (object);
}

static void
hd_accountability_view_class_init (HdAccountabilityViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hd_accountability_view_dispose;
  g_type_ensure (HD_TYPE_UNIT_BUTTON);
  g_type_ensure (HD_TYPE_LIST_PANE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/lookback/hd-accountability-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HdAccountabilityView, unit_button);
  gtk_widget_class_bind_template_child (widget_class, HdAccountabilityView, count_label);
  gtk_widget_class_bind_template_child (widget_class, HdAccountabilityView, list_pane);
  gtk_widget_class_bind_template_callback (widget_class, unit_changed_cb);

  gtk_widget_class_install_action (widget_class, "accountability.new", NULL, new_record_activated);
  gtk_widget_class_install_action (widget_class, "accountability.choose-unit", NULL, choose_unit_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "accountability.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_u, GDK_CONTROL_MASK, "accountability.choose-unit", NULL);
}

static void
hd_accountability_view_init (HdAccountabilityView *self)
{
  GtkColumnView *view;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->unit_names = hd_unit_names_new ();
  g_signal_connect_swapped (self->list_pane, "changed", G_CALLBACK (update_count), self);
  view = hd_list_pane_get_column_view (self->list_pane);
  hd_text_column_add (view, C_("accountability column", "Date"), 120, HD_TEXT_COLUMN_NUMERIC, date_text, self);
  hd_text_column_add (view, C_("accountability column", "Unit"), 120, HD_TEXT_COLUMN_PLAIN, unit_text, self);
  hd_text_column_add (view, C_("accountability column", "Who"), 100, HD_TEXT_COLUMN_PLAIN, person_text, self);
  hd_text_column_add (view, C_("accountability column", "Measure"), 130, HD_TEXT_COLUMN_PLAIN, measure_text, self);
  hd_text_column_add (view, C_("accountability column", "Reason"), 220, HD_TEXT_COLUMN_WRAP | HD_TEXT_COLUMN_EXPAND,
                      reason_text, self);
  hd_text_column_add (view, C_("accountability column", "Decided By"), 170, HD_TEXT_COLUMN_PLAIN, decided_text, self);
  hd_text_column_add (view, C_("accountability column", "Concerns"), 150, HD_TEXT_COLUMN_PLAIN, concerns_text, self);
}

void
hd_accountability_view_set_context (HdAccountabilityView *self,
                                    HdContext            *context)
{
  g_return_if_fail (HD_IS_ACCOUNTABILITY_VIEW (self));
  g_return_if_fail (HD_IS_CONTEXT (context));

  hd_context_hold (&self->context, &self->history_handler, context, G_CALLBACK (history_changed_cb), self);
  hd_unit_button_set_context (self->unit_button, context, hd_unit_button_default_unit (hd_context_get_store (context)));
  rebuild (self);
}

GListModel *
hd_accountability_view_get_rows (HdAccountabilityView *self)
{
  g_return_val_if_fail (HD_IS_ACCOUNTABILITY_VIEW (self), NULL);
  return G_LIST_MODEL (hd_list_pane_get_model (self->list_pane));
}

void
hd_accountability_view_set_unit (HdAccountabilityView *self,
                                 gint64                unit_id)
{
  g_return_if_fail (HD_IS_ACCOUNTABILITY_VIEW (self));
  hd_unit_button_set_unit (self->unit_button, unit_id);
}

const char *
hd_accountability_view_get_error (HdAccountabilityView *self)
{
  g_return_val_if_fail (HD_IS_ACCOUNTABILITY_VIEW (self), NULL);
  return hd_list_pane_get_error (self->list_pane);
}

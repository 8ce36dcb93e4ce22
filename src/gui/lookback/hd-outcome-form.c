/* hd-outcome-form.c */
#include <glib/gi18n-lib.h>

#include "common/hd-enum-labels.h"
#include "lookback/hd-lookback-intake.h"
#include "lookback/hd-lookback-item.h"
#include "lookback/hd-outcome-form.h"
#include "store/hd-date.h"
#include "store/hd-read.h"

/* 回炉's new deadline is proposed this many days ahead. */
#define REDO_DAYS 30

typedef struct {
  HdContext   *context;
  gint64       round_id;
  GArray      *tasks;
  GtkDropDown *outcome;
  GtkTextView *note;
  GtkEntry    *deadline;
  /* 纳入整改: the newly found problem and its task */
  GtkDropDown *category;
  GtkTextView *problem;
  GtkDropDown *plan;
  GtkDropDown *kind;
  GtkTextView *measures;
  GtkEntry    *leader;
  GtkEntry    *person;
} Form;

static void
form_free (gpointer data)
{
  Form *form = data;

  g_object_unref (form->context);
  g_array_unref (form->tasks);
  g_free (form);
}

static Form *
form_of (HdFormWindow *window)
{
  return g_object_get_data (G_OBJECT (window), "hd-outcome-form");
}

static void
outcome_changed_cb (HdFormWindow *window)
{
  Form *form = form_of (window);
  guint outcome = gtk_drop_down_get_selected (form->outcome);
  gboolean intake = outcome == HD_LOOKBACK_NEW;
  GtkWidget *fields[] = {
    GTK_WIDGET (form->category), GTK_WIDGET (form->problem), GTK_WIDGET (form->plan), GTK_WIDGET (form->kind),
    GTK_WIDGET (form->measures), GTK_WIDGET (form->leader), GTK_WIDGET (form->person),
  };

  gtk_widget_set_sensitive (GTK_WIDGET (form->deadline),
                            outcome == HD_LOOKBACK_REDO
                            || (intake && gtk_drop_down_get_selected (form->kind) != HD_TASK_KIND_LONG_TERM));
  for (guint i = 0; form->problem != NULL && i < G_N_ELEMENTS (fields); i++)
    hd_form_window_set_field_visible (window, fields[i], intake);
}

/* 纳入整改: the new problem and its task, for the one task selected. */
static gboolean
apply_intake (HdFormWindow *window,
              Form         *form,
              const char   *note)
{
  g_autofree char *problem = hd_form_window_dup_text (form->problem);
  g_autofree char *measures = hd_form_window_dup_text (form->measures);
  g_autofree char *deadline = NULL;
  g_autoptr(GError) error = NULL;
  HdLookbackIntakeFields fields = {
    gtk_drop_down_get_selected (form->category), problem, gtk_drop_down_get_selected (form->plan),
    gtk_drop_down_get_selected (form->kind), NULL, measures,
    gtk_editable_get_text (GTK_EDITABLE (form->leader)), gtk_editable_get_text (GTK_EDITABLE (form->person)), NULL,
  };

  if (form->tasks->len != 1)
    {
      hd_form_window_show_error (window, _("A newly found problem (纳入整改) is added one task at a time, with its own problem and measures: "
                                           "choose a single task for it."));
      return FALSE;
    }
  if (fields.kind != HD_TASK_KIND_LONG_TERM
      && (deadline = hd_form_window_read_date (window, form->deadline,
                                               _("The new deadline is not a date: write it as 2014年11月30日 or 2014-11-30."))) == NULL)
    return FALSE;
  fields.deadline = deadline;
  if (hd_lookback_confirm_new (hd_context_get_store (form->context), hd_context_get_history (form->context),
                               form->round_id, g_array_index (form->tasks, gint64, 0), &fields, note,
                               hd_context_get_today (form->context), &error) == 0)
    {
      hd_form_window_show_error (window, error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
apply (HdFormWindow *window,
       gpointer      data)
{
  Form *form = data;
  HdLookbackOutcome outcome = gtk_drop_down_get_selected (form->outcome);
  g_autofree char *note = hd_form_window_dup_text (form->note);
  g_autofree char *deadline = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (outcome == HD_LOOKBACK_NEW)
    return apply_intake (window, form, note);
  if (outcome == HD_LOOKBACK_REDO
      && (deadline = hd_form_window_read_date (window, form->deadline,
                                               _("The new deadline is not a date: write it as 2014年11月30日 or 2014-11-30."))) == NULL)
    return FALSE;
  /* Several tasks keep their own notes unless one is written for them all. */
  if (!hd_lookback_confirm_tasks (hd_context_get_store (form->context), hd_context_get_history (form->context),
                                  form->round_id, (const gint64 *) form->tasks->data, form->tasks->len, outcome,
                                  *note != '\0' || form->tasks->len == 1 ? note : NULL, deadline,
                                  hd_context_get_today (form->context), &n, &error))
    {
      hd_form_window_show_error (window, error->message);
      return FALSE;
    }
  return TRUE;
}

HD_ENUM_LABEL_FUNC (outcome_label, hd_lookback_outcome_get_label)
HD_ENUM_LABEL_FUNC (category_label, hd_category_get_label)
HD_ENUM_LABEL_FUNC (plan_label, hd_task_plan_get_label)
HD_ENUM_LABEL_FUNC (kind_label, hd_task_kind_get_label)

static GtkDropDown *
labels_dropdown (GtkStringList *labels,
                 guint          selected)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (labels), NULL));

  gtk_drop_down_set_selected (dropdown, selected);
  return dropdown;
}

HdFormWindow *
hd_outcome_form_new (GtkWindow *parent,
                     HdContext *context,
                     gint64     round_id,
                     GArray    *task_ids)
{
  HdStore *store = hd_context_get_store (context);
  Form *form = g_new0 (Form, 1);
  HdFormWindow *window;
  g_autoptr(GtkStringList) outcomes = hd_enum_labels_new (NULL, outcome_label, 0, HD_LOOKBACK_N_OUTCOMES);
  g_autoptr(HdLookbackItem) first = NULL;
  g_autofree char *heading = NULL;
  gint64 item_id = 0;
  GDate due = *hd_context_get_today (context);

  g_return_val_if_fail (task_ids != NULL && task_ids->len > 0, NULL);

  form->context = g_object_ref (context);
  form->round_id = round_id;
  form->tasks = g_array_ref (task_ids);
  window = hd_form_window_new (parent, _("Set Look-back Outcome"), _("_Confirm"), apply, form, form_free);
  g_object_set_data (G_OBJECT (window), "hd-outcome-form", form);

  /* The first task's item: its outcome is offered, and for one task its note. */
  if (hd_read_id (store, "SELECT id FROM lookback_item WHERE round_id = ?1 AND task_id = ?2", round_id,
                  g_array_index (task_ids, gint64, 0), &item_id, NULL) && item_id != 0)
    first = hd_lookback_item_load (store, item_id, NULL);
  if (task_ids->len == 1 && first != NULL)
    /* Translators: the task an outcome is chosen for: its number in its unit's ledger and its problem. */
    heading = g_strdup_printf (_("Task %u: %s"), hd_lookback_item_get_number (first), hd_lookback_item_get_problem (first));
  else
    heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task selected: each is given the outcome chosen here.",
                                            "%u tasks selected: each is given the outcome chosen here.", task_ids->len),
                               task_ids->len);
  hd_form_window_add_heading (window, heading);

  form->outcome = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (outcomes)), NULL));
  if (first != NULL)
    gtk_drop_down_set_selected (form->outcome, hd_lookback_item_get_outcome (first));
  hd_form_window_add_field (window, _("_Outcome"), GTK_WIDGET (form->outcome));
  g_date_add_days (&due, REDO_DAYS);
  form->deadline = hd_form_window_add_date (window, _("New _deadline"), &due);
  form->note = hd_form_window_add_text (window, _("_Note"),
                                        task_ids->len == 1 && first != NULL ? hd_lookback_item_get_note (first) : NULL);
  if (task_ids->len == 1)
    {
      form->category = labels_dropdown (hd_enum_labels_new (NULL, category_label, 0, HD_N_CATEGORIES), HD_CATEGORY_OTHER);
      hd_form_window_add_field (window, _("Problem _category"), GTK_WIDGET (form->category));
      form->problem = hd_form_window_add_text (window, _("Newly found _problem"), NULL);
      form->plan = labels_dropdown (hd_enum_labels_new (NULL, plan_label, 0, HD_TASK_N_PLANS),
                                    first != NULL ? hd_lookback_item_get_plan (first) : HD_TASK_PLAN_RECTIFICATION);
      hd_form_window_add_field (window, _("Pl_an"), GTK_WIDGET (form->plan));
      form->kind = labels_dropdown (hd_enum_labels_new (NULL, kind_label, 0, HD_TASK_N_KINDS), HD_TASK_KIND_DEADLINE);
      hd_form_window_add_field (window, _("_Kind of task"), GTK_WIDGET (form->kind));
      form->measures = hd_form_window_add_text (window, _("_Measures"), NULL);
      form->leader = hd_form_window_add_entry (window, _("Responsible _leader"), NULL);
      form->person = hd_form_window_add_entry (window, _("Responsible pe_rson"), NULL);
      g_signal_connect_swapped (form->kind, "notify::selected", G_CALLBACK (outcome_changed_cb), window);
    }
  g_signal_connect_swapped (form->outcome, "notify::selected", G_CALLBACK (outcome_changed_cb), window);
  outcome_changed_cb (window);
  /* The outcomes of a round are its issuer's to set. */
  hd_form_window_show_owner_of_row (window, store, "lookback_round", round_id);
  return window;
}

void
hd_outcome_form_set_outcome (HdFormWindow *window,
                             int           outcome)
{
  gtk_drop_down_set_selected (form_of (window)->outcome, (guint) outcome);
}

GtkEditable *
hd_outcome_form_get_deadline (HdFormWindow *window)
{
  return GTK_EDITABLE (form_of (window)->deadline);
}

void
hd_outcome_form_set_intake (HdFormWindow *window,
                            const char   *problem,
                            const char   *measures)
{
  Form *form = form_of (window);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (form->problem), problem, -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (form->measures), measures, -1);
}

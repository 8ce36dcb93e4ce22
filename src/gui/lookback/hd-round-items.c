/* hd-round-items.c
 *
 * The rows are an HdQueryModel (hd_lookback_items_new): filtered in SQL, the first rows read at
 * once and the rest in idle chunks. Its rows never change once read: a filter, another round or
 * an edit through the history builds a new model.
 */
#include <glib/gi18n-lib.h>

#include "common/hd-template.h"
#include "common/hd-dialog.h"
#include "common/hd-enum-labels.h"
#include "common/hd-list-pane.h"
#include "common/hd-owner-banner.h"
#include "common/hd-text-column.h"
#include "common/hd-unit-button.h"
#include "common/hd-unit-names.h"
#include "lookback/hd-outcome-form.h"
#include "lookback/hd-round-items.h"
#include "print/hd-print-form.h"
#include "organisation/hd-unit.h"
#include "store/hd-date.h"

struct _HdRoundItems
{
  GtkWidget          parent_instance;

  HdContext         *context;
  gulong             history_handler;
  gint64             round_id;
  GHashTable        *unit_names;
  gboolean           updating_filters;
  char              *progress;

  GtkLabel          *round_label;
  GtkLabel          *progress_label;
  HdOwnerBanner     *owner_banner;
  HdUnitButton      *unit_button;
  GtkDropDown       *plan_dropdown;
  GtkDropDown       *outcome_dropdown;
  GtkDropDown       *state_dropdown;
  GtkLabel          *count_label;
  HdListPane        *list_pane;
};

G_DEFINE_FINAL_TYPE (HdRoundItems, hd_round_items, GTK_TYPE_WIDGET)

static void
show_error (HdRoundItems *self,
            const char   *message)
{
  hd_list_pane_show_error (self->list_pane, message);
}

static guint
dropdown_choice (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return selected == GTK_INVALID_LIST_POSITION ? 0 : selected;
}

/* ---- the columns ---- */

static HdLookbackItem *
as_item (gpointer row)
{
  return HD_LOOKBACK_ITEM (row);
}

static char *
number_text (gpointer row, gpointer data)
{
  return g_strdup_printf ("%u", hd_lookback_item_get_number (as_item (row)));
}

static char *
unit_text (gpointer row, gpointer data)
{
  HdRoundItems *self = data;

  return g_strdup (hd_unit_names_lookup (self->unit_names, hd_context_get_store (self->context),
                                         hd_lookback_item_get_unit_id (as_item (row))));
}

static char *
problem_text (gpointer row, gpointer data)
{
  return g_strdup (hd_lookback_item_get_problem (as_item (row)));
}

static char *
deadline_text (gpointer row, gpointer data)
{
  HdLookbackItem *item = as_item (row);

  if (hd_lookback_item_get_closed (item) != NULL)
    {
      g_autofree char *closed = hd_text_column_date (hd_lookback_item_get_closed (item));

      /* Translators: a task's deadline column in a look-back round once it was closed (销号). */
      return g_strdup_printf (_("Closed %s"), closed);
    }
  if (hd_lookback_item_get_deadline (item) == NULL)
    return g_strdup (_("long-term"));
  return hd_text_column_date (hd_lookback_item_get_deadline (item));
}

static char *
proposed_text (gpointer row, gpointer data)
{
  return g_strdup (hd_lookback_outcome_get_label (hd_lookback_item_get_proposed (as_item (row))));
}

/* The confirmed outcome, with the new deadline of 回炉; "waiting" in italics until then. */
static char *
outcome_text (gpointer row, gpointer data)
{
  HdLookbackItem *item = as_item (row);
  const char *label = hd_lookback_outcome_get_label (hd_lookback_item_get_outcome (item));
  g_autofree char *deadline = hd_text_column_date (hd_lookback_item_get_new_deadline (item));

  if (!hd_lookback_item_get_confirmed (item))
    return g_markup_printf_escaped ("<i>%s</i>", _("Waiting"));
  if (deadline != NULL)
    /* Translators: a confirmed 回炉 with its new deadline, e.g. "回炉（2014年11月30日前）". */
    return g_markup_printf_escaped (_("%s (by %s)"), label, deadline);
  return g_markup_escape_text (label, -1);
}

static char *
note_text (gpointer row, gpointer data)
{
  return g_strdup (hd_lookback_item_get_note (as_item (row)));
}

/* ---- the rows ---- */

/* A round another office opened is that office's: its outcomes are confirmed and it is closed
 * there, and come here with its packages. */
static void
update_owner (HdRoundItems *self)
{
  gboolean ours = hd_owner_banner_show_row (self->owner_banner, hd_context_get_store (self->context),
                                            "lookback_round", self->round_id);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "round.confirm-proposed", ours);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "round.set-outcome", ours);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "round.close", ours);
}

static void
update_header (HdRoundItems *self)
{
  HdStore *store = hd_context_get_store (self->context);
  g_autoptr(HdLookbackRound) round = NULL;
  g_autoptr(HdUnit) unit = NULL;
  g_autofree char *opened = NULL;
  g_autofree char *state = NULL;
  guint n_items = 0, n_waiting = 0;

  g_clear_pointer (&self->progress, g_free);
  update_owner (self);
  if (self->round_id != 0)
    round = hd_lookback_round_load (store, self->round_id, NULL);
  if (round == NULL || !hd_lookback_count_items (store, self->round_id, &n_items, &n_waiting, NULL))
    {
      gtk_label_set_label (self->round_label, _("No Round Chosen"));
      gtk_label_set_label (self->progress_label, "");
      return;
    }
  unit = hd_unit_load (store, hd_lookback_round_get_unit_id (round), NULL);
  opened = hd_text_column_date (hd_lookback_round_get_opened (round));
  if (hd_lookback_round_get_closed (round) != NULL)
    {
      g_autofree char *closed = hd_text_column_date (hd_lookback_round_get_closed (round));

      /* Translators: a closed look-back round's progress: its tasks and the day it closed. */
      state = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task, every outcome confirmed; closed on %s",
                                            "%u tasks, every outcome confirmed; closed on %s", n_items),
                               n_items, closed);
    }
  else
    /* Translators: an open look-back round's progress. */
    state = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u task waits for its outcome",
                                          "%u of %u tasks wait for their outcomes", n_items),
                             n_waiting, n_items);
  gtk_label_set_label (self->round_label, hd_lookback_round_get_name (round));
  /* Translators: under a look-back round's name: its unit, the day it opened, its progress. */
  self->progress = g_strdup_printf (_("%s · opened %s · %s"), unit != NULL ? hd_unit_get_name (unit) : "", opened,
                                    state);
  gtk_label_set_label (self->progress_label, self->progress);
}

static void
update_empty (HdRoundItems *self)
{
  gboolean loading;
  guint n = hd_list_pane_get_n_rows (self->list_pane, &loading);
  g_autofree char *count = NULL;

  if (loading)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task read so far…", "%u tasks read so far…", n), n);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task shown", "%u tasks shown", n), n);
  gtk_label_set_label (self->count_label, count);

  if (n > 0 || loading)
    hd_list_pane_show_list (self->list_pane);
  else if (self->round_id == 0)
    hd_list_pane_show_empty (self->list_pane, _("No Round Chosen"),
                             _("Choose a look-back round in the list, or open one with New Round (Ctrl+N)."));
  else
    hd_list_pane_show_empty (self->list_pane, _("No Task Matches"),
                             _("No task of this round matches the filters. Clear them (every unit of the round, "
                               "Any plan, Any outcome, Confirmed or waiting) to see the whole round."));
}

static void
rebuild (HdRoundItems *self)
{
  HdLookbackItemsQuery query = {
    self->round_id, hd_unit_button_get_unit (self->unit_button),
    (int) dropdown_choice (self->plan_dropdown) - 1, (int) dropdown_choice (self->outcome_dropdown) - 1,
    dropdown_choice (self->state_dropdown),
  };
  g_autoptr(GError) error = NULL;
  HdQueryModel *model = NULL;

  if (self->context == NULL)
    return;
  update_header (self);
  show_error (self, NULL);
  if (self->round_id != 0 && (model = hd_lookback_items_new (hd_context_get_store (self->context), &query, &error)) == NULL)
    show_error (self, error->message);
  hd_list_pane_set_rows (self->list_pane, model,
                         model != NULL ? GTK_SELECTION_MODEL (gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (model))))
                                       : NULL);
  update_empty (self);
}

static void
filter_changed_cb (HdRoundItems *self)
{
  if (!self->updating_filters)
    rebuild (self);
}

/* The tasks of the selected rows, in the list's order; @n_redo (may be NULL) counts those that
 * wait with 回炉 proposed, which confirming as proposed leaves waiting for a new deadline. */
static GArray *
selected_tasks (HdRoundItems *self,
                guint        *n_redo)
{
  GArray *tasks = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GtkBitset) set = NULL;
  GtkBitsetIter iter;
  guint position;

  if (n_redo != NULL)
    *n_redo = 0;
  if (hd_list_pane_get_model (self->list_pane) == NULL)
    return tasks;
  set = gtk_selection_model_get_selection (hd_list_pane_get_selection (self->list_pane));
  for (gboolean more = gtk_bitset_iter_init_first (&iter, set, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(HdLookbackItem) item = g_list_model_get_item (G_LIST_MODEL (hd_list_pane_get_model (self->list_pane)), position);

      if (item != NULL)
        {
          gint64 task = hd_lookback_item_get_task_id (item);

          g_array_append_val (tasks, task);
          if (n_redo != NULL && !hd_lookback_item_get_confirmed (item)
              && hd_lookback_item_get_proposed (item) == HD_LOOKBACK_REDO)
            (*n_redo)++;
        }
    }
  return tasks;
}

static gboolean
check_selection (HdRoundItems *self,
                 GArray       *tasks)
{
  if (self->round_id == 0)
    show_error (self, _("Choose a look-back round first."));
  else if (tasks->len == 0)
    show_error (self, _("Select the tasks first: click them, Shift+click a range, or Ctrl+A for every task shown."));
  return self->round_id != 0 && tasks->len > 0;
}

/* ---- actions ---- */

static void
notify_window (HdRoundItems *self,
               const char   *message)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-notification", "s", message);
}

static void
confirm_proposed_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  HdRoundItems *self = HD_ROUND_ITEMS (widget);
  guint n = 0, n_redo = 0;
  g_autoptr(GArray) tasks = selected_tasks (self, &n_redo);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->context == NULL || !check_selection (self, tasks))
    return;
  if (!hd_lookback_confirm_tasks (hd_context_get_store (self->context), hd_context_get_history (self->context),
                                  self->round_id, (const gint64 *) tasks->data, tasks->len, -1, NULL, NULL,
                                  hd_context_get_today (self->context), &n, &error))
    {
      show_error (self, error->message);
      return;
    }
  if (n_redo > 0)
    /* Translators: after confirming a selection; the tasks proposed for 回炉 need a new deadline. */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u outcome confirmed. %u task proposed for the furnace waits for its new deadline: give it with Set Outcome (Ctrl+E).",
                                            "%u outcomes confirmed. %u tasks proposed for the furnace wait for their new deadline: give it with Set Outcome (Ctrl+E).",
                                            n_redo),
                               n, n_redo);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u outcome confirmed.", "%u outcomes confirmed.", n), n);
  notify_window (self, message);
}

static void
set_outcome_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HdRoundItems *self = HD_ROUND_ITEMS (widget);
  g_autoptr(GArray) tasks = selected_tasks (self, NULL);
  HdFormWindow *form;

  if (self->context == NULL || !check_selection (self, tasks))
    return;
  show_error (self, NULL);
  form = hd_outcome_form_new (hd_dialog_get_parent (widget), self->context, self->round_id, tasks);
  gtk_window_present (GTK_WINDOW (form));
}

static void
close_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HdRoundItems *self = HD_ROUND_ITEMS (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;

  if (self->context == NULL)
    return;
  if (self->round_id == 0)
    {
      show_error (self, _("Choose a look-back round first."));
      return;
    }
  today = hd_date_format_iso (hd_context_get_today (self->context));
  if (!hd_lookback_close (hd_context_get_store (self->context), hd_context_get_history (self->context),
                          self->round_id, today, &error))
    show_error (self, error->message);
  else
    notify_window (self, _("The look-back round is closed."));
}

static void
choose_unit_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  gtk_widget_activate (GTK_WIDGET (HD_ROUND_ITEMS (widget)->unit_button));
}

/* What the worker needs to build the round's summary. */
typedef struct {
  gint64 round_id;
  gint64 unit_id;
  GDate  today;
} SummaryRequest;

static HdDocument *
build_summary (HdStore              *store,
               const HdFormOptions  *options,
               gpointer              data,
               GError              **error)
{
  SummaryRequest *request = data;

  return hd_form_lookback_new (store, request->round_id, request->unit_id, &request->today, options, error);
}

static SummaryRequest *
summary_request_new (HdRoundItems *self)
{
  SummaryRequest *request = g_new0 (SummaryRequest, 1);

  request->round_id = self->round_id;
  request->unit_id = hd_unit_button_get_unit (self->unit_button);
  request->today = *hd_context_get_today (self->context);
  return request;
}

/* The summary of the round for the unit shown (with the units below it). */
static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HdRoundItems *self = HD_ROUND_ITEMS (widget);
  g_autoptr(HdUnit) unit = NULL;
  g_autofree char *name = NULL;
  SummaryRequest *request;

  if (self->context == NULL || self->round_id == 0)
    {
      show_error (self, _("Choose a look-back round first."));
      return;
    }
  request = summary_request_new (self);
  unit = request->unit_id != 0 ? hd_unit_load (hd_context_get_store (self->context), request->unit_id, NULL) : NULL;
  /* Translators: a look-back summary's proposed file and print job name: the form's name, then
   * the unit's, e.g. "回头看情况汇总表-七坪镇". */
  name = g_strdup_printf (_("Look-back Summary-%s"), unit != NULL ? hd_unit_get_name (unit) : "");
  hd_print_form (hd_dialog_get_parent (widget), self->context, g_str_equal (action_name, "round.export-pdf"), name,
                 build_summary, request, g_free);
}

static void
row_activated_cb (HdRoundItems *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "round.set-outcome", NULL);
}

static void
history_changed_cb (HdRoundItems *self)
{
  g_hash_table_remove_all (self->unit_names);
  hd_unit_button_refresh (self->unit_button);
  rebuild (self);
}

/* ---- object ---- */

HD_ENUM_LABEL_FUNC (plan_label, hd_task_plan_get_label)
HD_ENUM_LABEL_FUNC (outcome_label, hd_lookback_outcome_get_label)

static void
hd_round_items_dispose (GObject *object)
{
  HdRoundItems *self = HD_ROUND_ITEMS (object);

  hd_template_dispose (GTK_WIDGET (self), HD_TYPE_ROUND_ITEMS);
  g_clear_pointer (&self->unit_names, g_hash_table_unref);
  g_clear_pointer (&self->progress, g_free);
  hd_context_release (&self->context, &self->history_handler);
  G_OBJECT_CLASS (hd_round_items_parent_class)->dispose (object);
}

static void
hd_round_items_class_init (HdRoundItemsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hd_round_items_dispose;
  g_type_ensure (HD_TYPE_UNIT_BUTTON);
  g_type_ensure (HD_TYPE_LIST_PANE);
  g_type_ensure (HD_TYPE_OWNER_BANNER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/lookback/hd-round-items.ui");
  gtk_widget_class_bind_template_child (widget_class, HdRoundItems, round_label);
  gtk_widget_class_bind_template_child (widget_class, HdRoundItems, owner_banner);
  gtk_widget_class_bind_template_child (widget_class, HdRoundItems, progress_label);
  gtk_widget_class_bind_template_child (widget_class, HdRoundItems, unit_button);
  gtk_widget_class_bind_template_child (widget_class, HdRoundItems, plan_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdRoundItems, outcome_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdRoundItems, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdRoundItems, count_label);
  gtk_widget_class_bind_template_child (widget_class, HdRoundItems, list_pane);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "round.confirm-proposed", NULL, confirm_proposed_activated);
  gtk_widget_class_install_action (widget_class, "round.set-outcome", NULL, set_outcome_activated);
  gtk_widget_class_install_action (widget_class, "round.close", NULL, close_activated);
  gtk_widget_class_install_action (widget_class, "round.choose-unit", NULL, choose_unit_activated);
  gtk_widget_class_install_action (widget_class, "round.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "round.export-pdf", NULL, print_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "round.confirm-proposed", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "round.confirm-proposed", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "round.set-outcome", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_u, GDK_CONTROL_MASK, "round.choose-unit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "round.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "round.export-pdf", NULL);
}

static void
hd_round_items_init (HdRoundItems *self)
{
  g_autoptr(GtkStringList) plans = NULL;
  g_autoptr(GtkStringList) outcomes = NULL;
  g_autoptr(GtkStringList) states = gtk_string_list_new (NULL);
  GtkColumnView *view;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->list_pane, "changed", G_CALLBACK (update_empty), self);
  self->unit_names = hd_unit_names_new ();

  plans = hd_enum_labels_new (_("Any Plan"), plan_label, 0, HD_TASK_N_PLANS);
  outcomes = hd_enum_labels_new (_("Any Outcome"), outcome_label, 0, HD_LOOKBACK_N_OUTCOMES);
  /* In the order of HdLookbackItemsState. */
  gtk_string_list_append (states, _("Confirmed or Waiting"));
  gtk_string_list_append (states, _("Waiting"));
  gtk_string_list_append (states, _("Confirmed"));
  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->plan_dropdown, G_LIST_MODEL (plans));
  gtk_drop_down_set_model (self->outcome_dropdown, G_LIST_MODEL (outcomes));
  gtk_drop_down_set_model (self->state_dropdown, G_LIST_MODEL (states));
  self->updating_filters = FALSE;

  view = hd_list_pane_get_column_view (self->list_pane);
  hd_text_column_add (view, C_("look-back column", "No."), 48, HD_TEXT_COLUMN_NUMERIC, number_text, self);
  hd_text_column_add (view, C_("look-back column", "Unit"), 100, HD_TEXT_COLUMN_PLAIN, unit_text, self);
  hd_text_column_add (view, C_("look-back column", "Problem"), 220, HD_TEXT_COLUMN_WRAP | HD_TEXT_COLUMN_EXPAND,
                      problem_text, self);
  hd_text_column_add (view, C_("look-back column", "Deadline"), 170, HD_TEXT_COLUMN_NUMERIC, deadline_text, self);
  hd_text_column_add (view, C_("look-back column", "Proposed"), 100, HD_TEXT_COLUMN_PLAIN, proposed_text, self);
  hd_text_column_add (view, C_("look-back column", "Outcome"), 150, HD_TEXT_COLUMN_MARKUP, outcome_text, self);
  hd_text_column_add (view, C_("look-back column", "Note"), 160, HD_TEXT_COLUMN_WRAP, note_text, self);
  g_signal_connect_swapped (view, "activate", G_CALLBACK (row_activated_cb), self);
  update_empty (self);
}

void
hd_round_items_set_context (HdRoundItems *self,
                            HdContext    *context)
{
  g_return_if_fail (HD_IS_ROUND_ITEMS (self));
  g_return_if_fail (HD_IS_CONTEXT (context));

  hd_context_hold (&self->context, &self->history_handler, context, G_CALLBACK (history_changed_cb), self);
  hd_unit_button_set_context (self->unit_button, context, 0);
  rebuild (self);
}

void
hd_round_items_set_round (HdRoundItems *self,
                          gint64        round_id)
{
  g_autoptr(HdLookbackRound) round = NULL;

  g_return_if_fail (HD_IS_ROUND_ITEMS (self));

  if (round_id == self->round_id)
    return;
  self->round_id = round_id;
  /* A new round shows its whole scope. */
  if (self->context != NULL && round_id != 0)
    round = hd_lookback_round_load (hd_context_get_store (self->context), round_id, NULL);
  self->updating_filters = TRUE;
  hd_unit_button_set_unit (self->unit_button, round != NULL ? hd_lookback_round_get_unit_id (round) : 0);
  self->updating_filters = FALSE;
  rebuild (self);
}

gint64
hd_round_items_get_round (HdRoundItems *self)
{
  g_return_val_if_fail (HD_IS_ROUND_ITEMS (self), 0);
  return self->round_id;
}

void
hd_round_items_reload (HdRoundItems *self)
{
  g_return_if_fail (HD_IS_ROUND_ITEMS (self));
  rebuild (self);
}

GListModel *
hd_round_items_get_rows (HdRoundItems *self)
{
  g_return_val_if_fail (HD_IS_ROUND_ITEMS (self), NULL);
  return G_LIST_MODEL (hd_list_pane_get_model (self->list_pane));
}

GtkSelectionModel *
hd_round_items_get_selection (HdRoundItems *self)
{
  g_return_val_if_fail (HD_IS_ROUND_ITEMS (self), NULL);
  return hd_list_pane_get_selection (self->list_pane);
}

void
hd_round_items_set_filters (HdRoundItems         *self,
                            int                   outcome,
                            HdLookbackItemsState  state)
{
  g_return_if_fail (HD_IS_ROUND_ITEMS (self));

  self->updating_filters = TRUE;
  gtk_drop_down_set_selected (self->outcome_dropdown, (guint) (outcome + 1));
  gtk_drop_down_set_selected (self->state_dropdown, state);
  self->updating_filters = FALSE;
  rebuild (self);
}

const char *
hd_round_items_get_progress (HdRoundItems *self)
{
  g_return_val_if_fail (HD_IS_ROUND_ITEMS (self), NULL);
  return self->progress;
}

const char *
hd_round_items_get_error (HdRoundItems *self)
{
  g_return_val_if_fail (HD_IS_ROUND_ITEMS (self), NULL);
  return hd_list_pane_get_error (self->list_pane);
}

void
hd_round_items_export_summary (HdRoundItems *self,
                               GFile        *file)
{
  g_return_if_fail (HD_IS_ROUND_ITEMS (self));
  g_return_if_fail (self->context != NULL && self->round_id != 0);

  hd_print_form_export_to (hd_dialog_get_parent (GTK_WIDGET (self)), self->context, file, build_summary,
                           summary_request_new (self), g_free);
}

/* hd-problems-view.c
 *
 * Like the opinions' list, the problems are a query over the subtree (HdQueryModel: the first
 * rows at once, the rest while idle), read when the view is shown and again after every edit,
 * keeping the selected problem selected, at once or when its row arrives (hd-pending-rows.h).
 */
#include <glib/gi18n-lib.h>

#include "common/hd-cell.h"
#include "common/hd-dialog.h"
#include "common/hd-label-tooltip.h"
#include "common/hd-pending-rows.h"
#include "common/hd-refresh.h"
#include "exchange/hd-exchange-owner.h"
#include "opinions/hd-opinions-questions.h"
#include "opinions/hd-problem-editor.h"
#include "opinions/hd-problem.h"
#include "opinions/hd-problems-view.h"
#include "opinions/hd-task-form.h"
#include "organisation/hd-person.h"
#include "organisation/hd-unit.h"

struct _HdProblemsView
{
  GtkWidget           parent_instance;

  HdContext          *context;
  gulong              history_handler;
  HdQueryModel       *model;
  GtkSingleSelection *selection;
  HdPendingRows       pending;       /* selected before the rebuild, its row not read yet */
  GtkMultiSelection  *opinions;
  GtkWindow          *open_window;   /* weak */

  HdPickButton       *unit_button;
  GtkLabel           *count_label;
  GtkLabel           *error_label;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  GtkColumnView      *opinions_view;
};

G_DEFINE_FINAL_TYPE (HdProblemsView, hd_problems_view, GTK_TYPE_WIDGET)

enum {
  TASK_CREATED,
  OPINION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (HdProblemsView *self,
            const char     *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gint64
selected_id (HdProblemsView *self)
{
  guint position;

  if (self->selection == NULL)
    return 0;
  position = gtk_single_selection_get_selected (self->selection);
  return position != GTK_INVALID_LIST_POSITION ? hd_query_model_get_row_id (self->model, position) : 0;
}

static GArray *
selected_opinion_ids (HdProblemsView *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  if (self->opinions == NULL)
    return ids;
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->opinions));
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(HdOpinion) opinion = g_list_model_get_item (G_LIST_MODEL (self->opinions), position);
      gint64 id = hd_opinion_get_id (opinion);

      g_array_append_val (ids, id);
    }
  return ids;
}

static void
update_actions (HdProblemsView *self)
{
  gboolean any = selected_id (self) != 0;
  g_autoptr(GArray) opinion_ids = selected_opinion_ids (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "problems.edit", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "problems.delete", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "problems.create-task", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "problems.unlink", opinion_ids->len > 0);
}

/* The opinions of the selected problem, under the list. */
static void
problem_selected_cb (HdProblemsView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) opinions = NULL;
  gint64 id = selected_id (self);

  gtk_column_view_set_model (self->opinions_view, NULL);
  g_clear_object (&self->opinions);
  if (id != 0)
    {
      opinions = hd_problem_list_opinions (hd_context_get_store (self->context), id, &error);
      if (opinions == NULL)
        show_error (self, error->message);
    }
  if (opinions == NULL)
    opinions = G_LIST_MODEL (g_list_store_new (HD_TYPE_OPINION));
  self->opinions = gtk_multi_selection_new (g_steal_pointer (&opinions));
  g_signal_connect_object (self->opinions, "selection-changed", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->opinions_view, GTK_SELECTION_MODEL (self->opinions));
  update_actions (self);
}

static void
update_count (HdProblemsView *self)
{
  guint n = self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
  g_autofree char *text = NULL;

  if (self->model != NULL && hd_query_model_get_loading (self->model))
    /* Translators: while the list is still being read */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u problem so far…", "%u problems so far…", n), n);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u problem", "%u problems", n), n);
  gtk_label_set_label (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
}

static void
model_items_changed_cb (GListModel     *model,
                        guint           position,
                        guint           removed,
                        guint           added,
                        HdProblemsView *self)
{
  hd_pending_rows_select (&self->pending, GTK_SELECTION_MODEL (self->selection), self->model, position, added);
  update_count (self);
}

static void
model_loading_cb (HdProblemsView *self)
{
  if (!hd_query_model_get_loading (self->model))
    hd_pending_rows_forget (&self->pending);
  update_count (self);
}

/* The clerk chose another problem: the one still to be found is no longer wanted. */
static void
selected_cb (HdProblemsView *self)
{
  if (selected_id (self) != 0)
    hd_pending_rows_forget (&self->pending);
  problem_selected_cb (self);
}

static void
rebuild (HdProblemsView *self)
{
  g_autoptr(GError) error = NULL;
  gint64 keep = selected_id (self);
  HdQueryModel *model;

  if (self->context == NULL)
    return;
  model = hd_problem_list_new (hd_context_get_store (self->context), hd_pick_button_get_id (self->unit_button),
                               &error);
  if (model == NULL)
    {
      show_error (self, error->message);
      return;
    }
  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  self->model = model;
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (model)));
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  /* Selected now, or still pending from the last rebuild while none is selected. */
  if (keep != 0)
    hd_pending_rows_add (&self->pending, &keep, 1);
  hd_pending_rows_select (&self->pending, GTK_SELECTION_MODEL (self->selection), model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (model)));
  if (!hd_query_model_get_loading (model))
    hd_pending_rows_forget (&self->pending);
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (model_items_changed_cb), self, 0);
  g_signal_connect_object (self->model, "notify::loading", G_CALLBACK (model_loading_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selected_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  update_count (self);
  problem_selected_cb (self);
}

/* A province's problems wait until the clerk looks at them. */
static void
refresh (HdProblemsView *self)
{
  hd_refresh_when_shown (GTK_WIDGET (self), G_CALLBACK (rebuild));
}

static void
unit_changed_cb (HdProblemsView *self)
{
  show_error (self, NULL);
  refresh (self);
}

/* ---- the rows ---- */

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HdProblemsView           *self)
{
  hd_label_tooltip_setup (hd_cell_add_label (item));
}

static void
setup_ellipsized_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     HdProblemsView           *self)
{
  setup_cell_cb (factory, item, self);
  gtk_label_set_ellipsize (GTK_LABEL (gtk_list_item_get_child (item)), PANGO_ELLIPSIZE_END);
}

static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HdProblemsView           *self)
{
  setup_cell_cb (factory, item, self);
  hd_cell_wrap_text (GTK_LABEL (gtk_list_item_get_child (item)));
}

static void
bind_found_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HdProblemsView           *self)
{
  hd_cell_set_date (item, hd_problem_get_found (gtk_list_item_get_item (item)));
}

static void
bind_unit_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HdProblemsView           *self)
{
  g_autoptr(HdUnit) unit = hd_unit_load (hd_context_get_store (self->context),
                                         hd_problem_get_unit_id (gtk_list_item_get_item (item)), NULL);

  hd_cell_set_text (item, unit != NULL ? hd_unit_get_name (unit) : "");
}

static void
bind_person_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HdProblemsView           *self)
{
  gint64 person_id = hd_problem_get_person_id (gtk_list_item_get_item (item));
  g_autoptr(HdPerson) person = person_id != 0 ? hd_person_load (hd_context_get_store (self->context), person_id,
                                                                NULL) : NULL;

  /* Translators: a problem of the leadership team as a whole, not of one person */
  hd_cell_set_text (item, person != NULL ? hd_person_get_name (person) : C_("problem person", "Team"));
}

static void
bind_summary_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 HdProblemsView           *self)
{
  hd_cell_set_text (item, hd_problem_get_summary (gtk_list_item_get_item (item)));
}

static void
bind_n_opinions_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    HdProblemsView           *self)
{
  g_autofree char *text = g_strdup_printf ("%u", hd_problem_get_n_opinions (gtk_list_item_get_item (item)));

  hd_cell_set_text (item, text);
}

static void
bind_task_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HdProblemsView           *self)
{
  guint n = hd_problem_get_n_tasks (gtk_list_item_get_item (item));
  g_autofree char *text = NULL;

  if (n == 0)
    /* Translators: no rectification task was made from the problem yet */
    text = g_strdup (C_("problem task", "Not yet"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task", "%u tasks", n), n);
  hd_cell_set_text (item, text);
}

static void
bind_opinion_date_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      HdProblemsView           *self)
{
  hd_cell_set_date (item, hd_opinion_get_received (gtk_list_item_get_item (item)));
}

static void
bind_opinion_status_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *item,
                        HdProblemsView           *self)
{
  hd_cell_set_text (item, hd_opinion_status_get_label (hd_opinion_get_status (gtk_list_item_get_item (item))));
}

static void
bind_opinion_content_cb (GtkSignalListItemFactory *factory,
                         GtkListItem              *item,
                         HdProblemsView           *self)
{
  hd_cell_set_text (item, hd_opinion_get_content (gtk_list_item_get_item (item)));
}

/* ---- actions ---- */

static void
set_open_window (HdProblemsView *self,
                 GtkWindow      *window)
{
  if (self->open_window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->open_window), (gpointer *) &self->open_window);
  self->open_window = window;
  if (window != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->open_window);
      gtk_window_present (window);
    }
}

static void
edit (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  HdProblemsView *self = HD_PROBLEMS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  HdProblemEditor *editor;

  show_error (self, NULL);
  if (selected_id (self) == 0)
    return;
  editor = hd_problem_editor_new_for_problem (hd_dialog_get_parent (widget), self->context, selected_id (self),
                                              &error);
  if (editor == NULL)
    show_error (self, error->message);
  else
    set_open_window (self, GTK_WINDOW (editor));
}

static void
activate_cb (HdProblemsView *self,
             guint           position)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "problems.edit", NULL);
}

static void
opinion_activate_cb (HdProblemsView *self,
                     guint           position)
{
  g_autoptr(HdOpinion) opinion = g_list_model_get_item (G_LIST_MODEL (self->opinions), position);

  if (opinion != NULL)
    g_signal_emit (self, signals[OPINION_ACTIVATED], 0, hd_opinion_get_id (opinion));
}

/* Whether the selected problem (and so its opinions) is ours to change; if not, says whose it
 * is and why nothing was done. */
static gboolean
problem_is_ours (HdProblemsView *self,
                 gint64          id)
{
  g_autoptr(GError) error = NULL;

  if (hd_exchange_check_ours (hd_context_get_store (self->context), "problem", &id, 1, &error))
    return TRUE;
  show_error (self, error->message);
  return FALSE;
}

static void
delete_confirmed_cb (HdQuestionWindow *question,
                     HdProblemsView   *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (question), "problem-id"));

  if (!hd_problem_delete (hd_context_get_store (self->context), hd_context_get_history (self->context), id, &error))
    show_error (self, error->message);
}

static void
delete (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  HdProblemsView *self = HD_PROBLEMS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  HdQuestionWindow *question;
  gint64 id = selected_id (self);

  show_error (self, NULL);
  if (id == 0 || !problem_is_ours (self, id))
    return;
  question = hd_opinions_question_delete_problem (hd_dialog_get_parent (widget),
                                                  hd_context_get_store (self->context), id, &error);
  if (question == NULL)
    {
      show_error (self, error->message);
      return;
    }
  g_object_set_data (G_OBJECT (question), "problem-id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect_object (question, "confirmed", G_CALLBACK (delete_confirmed_cb), self, 0);
  set_open_window (self, GTK_WINDOW (question));
}

static void
unlink_opinions (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HdProblemsView *self = HD_PROBLEMS_VIEW (widget);
  g_autoptr(GArray) ids = selected_opinion_ids (self);
  g_autoptr(GError) error = NULL;

  show_error (self, NULL);
  if (ids->len == 0 || selected_id (self) == 0 || !problem_is_ours (self, selected_id (self)))
    return;
  /* Undo puts them back: no question. */
  if (!hd_problem_unlink_opinions (hd_context_get_store (self->context), hd_context_get_history (self->context),
                                   selected_id (self),
                                   (const gint64 *) ids->data, ids->len, &error))
    show_error (self, error->message);
}

static void
task_created_cb (HdProblemsView *self,
                 gint64          task_id)
{
  g_signal_emit (self, signals[TASK_CREATED], 0, task_id);
}

static void
create_task (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HdProblemsView *self = HD_PROBLEMS_VIEW (widget);
  HdTaskForm *form;

  show_error (self, NULL);
  if (selected_id (self) == 0 || !problem_is_ours (self, selected_id (self)))
    return;
  form = hd_task_form_new (hd_dialog_get_parent (widget), self->context, selected_id (self));
  g_signal_connect_object (form, "created", G_CALLBACK (task_created_cb), self, G_CONNECT_SWAPPED);
  set_open_window (self, GTK_WINDOW (form));
}

/* ---- the class ---- */

static void
hd_problems_view_dispose (GObject *object)
{
  HdProblemsView *self = HD_PROBLEMS_VIEW (object);
  GtkWidget *child;

  set_open_window (self, NULL);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  if (self->opinions_view != NULL)
    gtk_column_view_set_model (self->opinions_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_PROBLEMS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->opinions);
  g_clear_object (&self->model);
  hd_context_release (&self->context, &self->history_handler);

  G_OBJECT_CLASS (hd_problems_view_parent_class)->dispose (object);
}

static void
hd_problems_view_finalize (GObject *object)
{
  HdProblemsView *self = HD_PROBLEMS_VIEW (object);

  hd_pending_rows_clear (&self->pending);

  G_OBJECT_CLASS (hd_problems_view_parent_class)->finalize (object);
}

static void
hd_problems_view_class_init (HdProblemsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_problems_view_dispose;
  object_class->finalize = hd_problems_view_finalize;

  signals[TASK_CREATED] = g_signal_new ("task-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /* Enter or a double click on one of the problem's opinions: the id of the opinion to open. */
  signals[OPINION_ACTIVATED] = g_signal_new ("opinion-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HD_TYPE_PICK_BUTTON);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/opinions/hd-problems-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HdProblemsView, unit_button);
  gtk_widget_class_bind_template_child (widget_class, HdProblemsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, HdProblemsView, error_label);
  gtk_widget_class_bind_template_child (widget_class, HdProblemsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HdProblemsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, HdProblemsView, opinions_view);
  gtk_widget_class_bind_template_callback (widget_class, unit_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, opinion_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_ellipsized_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_found_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_unit_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_person_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_summary_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_n_opinions_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_task_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_opinion_date_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_opinion_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_opinion_content_cb);

  gtk_widget_class_install_action (widget_class, "problems.edit", NULL, edit);
  gtk_widget_class_install_action (widget_class, "problems.delete", NULL, delete);
  gtk_widget_class_install_action (widget_class, "problems.unlink", NULL, unlink_opinions);
  gtk_widget_class_install_action (widget_class, "problems.create-task", NULL, create_task);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "problems.create-task", NULL);
}

static void
hd_problems_view_init (HdProblemsView *self)
{
  hd_pending_rows_init (&self->pending);
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

void
hd_problems_view_set_context (HdProblemsView *self,
                              HdContext      *context)
{
  g_return_if_fail (HD_IS_PROBLEMS_VIEW (self));
  g_return_if_fail (HD_IS_CONTEXT (context));

  if (!hd_context_hold (&self->context, &self->history_handler, context, G_CALLBACK (refresh), self))
    return;
  hd_pick_button_setup (self->unit_button, context, HD_SEARCH_HIT_UNIT, _("Show the Problems of a Unit"),
                        _("All Units"));
  refresh (self);
}

void
hd_problems_view_set_unit (HdProblemsView *self,
                           gint64          unit_id)
{
  g_return_if_fail (HD_IS_PROBLEMS_VIEW (self));
  hd_pick_button_set_id (self->unit_button, unit_id);
}

void
hd_problems_view_reload (HdProblemsView *self)
{
  g_return_if_fail (HD_IS_PROBLEMS_VIEW (self));
  if (self->context != NULL)
    refresh (self);
}

void
hd_problems_view_focus (HdProblemsView *self)
{
  g_return_if_fail (HD_IS_PROBLEMS_VIEW (self));
  /* An empty list is hidden behind its message: the unit to look at instead. */
  if (self->model == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->model)) == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->unit_button));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

GtkSingleSelection *
hd_problems_view_get_selection (HdProblemsView *self)
{
  g_return_val_if_fail (HD_IS_PROBLEMS_VIEW (self), NULL);
  return self->selection;
}

GtkMultiSelection *
hd_problems_view_get_opinions_selection (HdProblemsView *self)
{
  g_return_val_if_fail (HD_IS_PROBLEMS_VIEW (self), NULL);
  return self->opinions;
}

HdPickButton *
hd_problems_view_get_unit_button (HdProblemsView *self)
{
  g_return_val_if_fail (HD_IS_PROBLEMS_VIEW (self), NULL);
  return self->unit_button;
}

gboolean
hd_problems_view_get_loading (HdProblemsView *self)
{
  g_return_val_if_fail (HD_IS_PROBLEMS_VIEW (self), FALSE);
  return self->model != NULL && hd_query_model_get_loading (self->model);
}

GtkWindow *
hd_problems_view_get_open_window (HdProblemsView *self)
{
  g_return_val_if_fail (HD_IS_PROBLEMS_VIEW (self), NULL);
  return self->open_window;
}

const char *
hd_problems_view_get_error (HdProblemsView *self)
{
  g_return_val_if_fail (HD_IS_PROBLEMS_VIEW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_label (self->error_label) : NULL;
}

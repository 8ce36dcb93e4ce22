/* hd-ledger-page.c
 *
 * The ledger is an HdQueryModel (hd_ledger_new): filtered and sorted in SQL, its first rows read at
 * once and the rest in idle chunks. Its rows never change once read, so any change — a filter, a
 * sort, the unit, an edit through the history, undo, redo — builds a new model. The selected task
 * is then looked for among the rows as they arrive and selected again; the editor pane keeps the
 * task it shows even when a filter hides its row, until the clerk selects another.
 *
 * Sorting follows the column headers, but the rows are sorted by the query (HdLedgerSort), never
 * by a GtkSortListModel: the sortable columns carry a sorter only so that GTK draws and toggles
 * the header's arrow, and the page reads which column is on top and in which direction.
 *
 * The editor is below the table only while it has a task (selected, or a new one): the rest of
 * the time the table has the whole height. Below rather than beside: the editor is itself three
 * columns wide (the fields, the progress log, the result), and the ledger's columns need the
 * width as much. Enter on a row takes the keyboard into the editor, Escape back to the row, and
 * closes the editor unless it holds changes not saved. Each opening gives the editor the height
 * it had when it was last closed.
 */
#include <glib/gi18n-lib.h>

#include "common/hd-enum-labels.h"
#include "common/hd-dialog.h"
#include "common/hd-unit-names.h"
#include "ledger/hd-ledger-page-private.h"
#include "organisation/hd-search-chooser.h"
#include "organisation/hd-unit.h"

G_DEFINE_FINAL_TYPE (HdLedgerPage, hd_ledger_page, GTK_TYPE_WIDGET)

guint
hd_ledger_page_get_warning_days (HdLedgerPage *self)
{
  return hd_context_get_warning_days (self->context);
}

void
hd_ledger_page_show_error (HdLedgerPage *self,
                           const GError *error)
{
  gtk_label_set_label (self->error_label, error != NULL ? error->message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, error != NULL);
}

/* ---- the query ---- */

static guint
dropdown_choice (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return selected == GTK_INVALID_LIST_POSITION ? 0 : selected;
}

static void
update_unit_label (HdLedgerPage *self)
{
  g_autoptr(HdUnit) unit = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (self->unit_id != 0)
    unit = hd_unit_load (hd_context_get_store (self->context), self->unit_id, NULL);
  if (unit != NULL)
    name = hd_unit_dup_full_name (unit, hd_context_get_store (self->context));
  if (self->task_ids != NULL)
    /* Translators: the ledger shows the tasks a reminder named, in the unit and those under it. */
    text = g_strdup_printf (_("Unit: %s (the reminder's tasks)"), name != NULL ? name : _("All Units"));
  else if (self->unit_only && name != NULL)
    /* Translators: the unit whose own tasks are shown, without its subtree's. */
    text = g_strdup_printf (_("Unit: %s (own tasks only)"), name);
  else
    /* Translators: the unit whose ledger is shown, with its subtree, e.g. "Unit: 隆岗县/七坪镇". */
    text = g_strdup_printf (_("Unit: %s"), name != NULL ? name : _("All Units"));
  gtk_label_set_label (self->unit_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->unit_label), text);
}

static void
update_empty (HdLedgerPage *self)
{
  guint n = self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
  gboolean loading = self->model != NULL && hd_query_model_get_loading (self->model);
  gboolean filtered = dropdown_choice (self->plan_dropdown) > 0 || dropdown_choice (self->kind_dropdown) > 0 ||
                      dropdown_choice (self->light_dropdown) > 0 || dropdown_choice (self->leader_dropdown) > 0 ||
                      gtk_toggle_button_get_active (self->overdue_toggle) ||
                      *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0';
  g_autofree char *count = NULL;

  if (loading)
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task read so far…", "%u tasks read so far…", n), n);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u task shown", "%u tasks shown", n), n);
  gtk_label_set_label (self->count_label, count);

  if (n > 0 || loading)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }
  if (filtered)
    {
      gtk_label_set_label (self->empty_title, _("No Task Matches"));
      gtk_label_set_label (self->empty_body, _("No task of this unit's ledger matches the filters and the search. "
                                               "Clear them (Any plan, Any kind, Any light, Any leader, not only overdue, "
                                               "an empty search) to see the whole ledger."));
    }
  else
    {
      gtk_label_set_label (self->empty_title, _("The Ledger Is Empty"));
      gtk_label_set_label (self->empty_body, _("This unit and the units below it have no rectification tasks yet. "
                                               "Add one with New Task (Ctrl+N), or bring in a spreadsheet with "
                                               "Import Ledger (Ctrl+Shift+I) in the main menu."));
    }
  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

/* The task to select once its row has been read, 0 for none: only ever the editor's. */
static void
set_pending (HdLedgerPage *self,
             gint64        task_id)
{
  hd_pending_rows_forget (&self->pending);
  if (task_id != 0)
    hd_pending_rows_add (&self->pending, &task_id, 1);
}

static void
scroll_to_row (HdLedgerPage *self,
               guint         position)
{
#if GTK_CHECK_VERSION (4, 12, 0)
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_column_view_scroll_to (self->column_view, position, NULL, GTK_LIST_SCROLL_NONE, NULL);
#endif
}

/* Selects the pending task when its row has been read. */
static void
select_pending (HdLedgerPage *self,
                guint         from,
                guint         n)
{
  guint position;

  if (self->model == NULL)
    return;
  position = hd_pending_rows_select (&self->pending, GTK_SELECTION_MODEL (self->selection), self->model, from, n);
  scroll_to_row (self, position);
}

static void
model_items_changed_cb (GListModel   *model,
                        guint         position,
                        guint         removed,
                        guint         added,
                        HdLedgerPage *self)
{
  select_pending (self, position, added);
  update_empty (self);
}

static void
model_loading_cb (HdLedgerPage *self)
{
  const GError *error = hd_query_model_get_error (self->model);

  if (!hd_query_model_get_loading (self->model))
    hd_pending_rows_forget (&self->pending);
  if (error != NULL)
    hd_ledger_page_show_error (self, error);
  update_empty (self);
}

static void
selection_changed_cb (HdLedgerPage *self)
{
  HdTask *task;

  if (self->rebuilding || self->pending.selecting)
    return;
  task = gtk_single_selection_get_selected_item (self->selection);
  if (task != NULL && hd_task_get_id (task) != hd_task_editor_get_task_id (self->editor))
    hd_task_editor_set_task (self->editor, hd_task_get_id (task));
}

static void
clear_model (HdLedgerPage *self)
{
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->model);
  g_clear_object (&self->selection);
}

void
hd_ledger_page_get_query (HdLedgerPage  *self,
                          HdLedgerQuery *query)
{
  guint light, leader;

  g_return_if_fail (HD_IS_LEDGER_PAGE (self));
  g_return_if_fail (self->context != NULL);

  light = dropdown_choice (self->light_dropdown);
  leader = dropdown_choice (self->leader_dropdown);
  hd_ledger_query_init (query, hd_context_get_today (self->context));
  query->unit_id = self->unit_id;
  query->unit_only = self->unit_only && self->unit_id != 0;
  query->task_ids = self->task_ids != NULL ? (const gint64 *) self->task_ids->data : NULL;
  query->n_task_ids = self->task_ids != NULL ? self->task_ids->len : 0;
  query->plan = (int) dropdown_choice (self->plan_dropdown) - 1;
  query->kind = (int) dropdown_choice (self->kind_dropdown) - 1;
  query->lights = light > 0 ? 1u << (light - 1) : 0;
  query->overdue_only = gtk_toggle_button_get_active (self->overdue_toggle);
  query->leader = leader > 0 ? hd_name_list_get_string (self->leaders, leader) : NULL;
  query->text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  query->warning_days = hd_ledger_page_get_warning_days (self);
  query->sort = self->sort;
  query->descending = self->descending;
}

static void
rebuild (HdLedgerPage *self)
{
  HdLedgerQuery query;
  g_autoptr(GError) error = NULL;
  HdQueryModel *model;

  if (self->context == NULL)
    return;
  hd_ledger_page_get_query (self, &query);

  model = hd_ledger_new (hd_context_get_store (self->context), &query, &error);
  self->rebuilding = TRUE;
  clear_model (self);
  if (model == NULL)
    {
      gtk_column_view_set_model (self->column_view, NULL);
      self->rebuilding = FALSE;
      hd_ledger_page_show_error (self, error);
      update_empty (self);
      return;
    }
  hd_ledger_page_show_error (self, NULL);
  self->model = model;
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect (model, "items-changed", G_CALLBACK (model_items_changed_cb), self);
  g_signal_connect_swapped (model, "notify::loading", G_CALLBACK (model_loading_cb), self);
  self->rebuilding = FALSE;

  set_pending (self, hd_task_editor_get_task_id (self->editor));
  select_pending (self, 0, g_list_model_get_n_items (G_LIST_MODEL (model)));
  if (!hd_query_model_get_loading (model))
    hd_pending_rows_forget (&self->pending);
  update_empty (self);
}

static void
filter_changed_cb (HdLedgerPage *self)
{
  if (self->updating_filters)
    return;
  rebuild (self);
}

/* ---- sorting by the headers ---- */

#if !GTK_CHECK_VERSION (4, 10, 0)
/* GTK 4.8 does not say which column sorts: the view's sorter asks the sorting column's sorter
 * first, so comparing two objects tells which column it is (by whose sorter was asked first)
 * and the direction (by whether the answer came back inverted). */
static int
probe_sort (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  HdLedgerPage *self = g_object_get_data (G_OBJECT (a), "ledger-page");

  if (self != NULL && self->probed_sort < 0)
    self->probed_sort = GPOINTER_TO_INT (user_data);
  return GTK_ORDERING_SMALLER;
}
#else
static int
probe_sort (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  return GTK_ORDERING_EQUAL;
}
#endif

static void
sorter_changed_cb (HdLedgerPage *self)
{
  HdLedgerSort sort = HD_LEDGER_SORT_NUMBER;
  gboolean descending = FALSE;
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);

#if GTK_CHECK_VERSION (4, 10, 0)
  GtkColumnViewColumn *column = gtk_column_view_sorter_get_primary_sort_column (GTK_COLUMN_VIEW_SORTER (sorter));

  if (column == self->deadline_column)
    sort = HD_LEDGER_SORT_DEADLINE;
  else if (column == self->closed_column)
    sort = HD_LEDGER_SORT_CLOSED;
  descending = column != NULL &&
               gtk_column_view_sorter_get_primary_sort_order (GTK_COLUMN_VIEW_SORTER (sorter)) == GTK_SORT_DESCENDING;
#else
  g_autoptr(GObject) a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) b = g_object_new (G_TYPE_OBJECT, NULL);
  GtkOrdering order;

  g_object_set_data (a, "ledger-page", self);
  self->probed_sort = -1;
  order = gtk_sorter_compare (sorter, a, b);
  if (self->probed_sort >= 0)
    {
      sort = self->probed_sort;
      descending = order == GTK_ORDERING_LARGER;
    }
#endif
  if (sort == self->sort && descending == self->descending)
    return;
  self->sort = sort;
  self->descending = descending;
  rebuild (self);
}

static void
set_column_sorter (GtkColumnViewColumn *column,
                   HdLedgerSort         sort)
{
  g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (probe_sort, GINT_TO_POINTER (sort), NULL);

  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
}

/* ---- the editor below the table ---- */

/* Of the table's and the editor's height, the editor's share the first time it opens. */
#define EDITOR_FIRST_SHARE 0.4

/* The keyboard on the table: on the row of the editor's task when it is selected. */
static void
focus_table (HdLedgerPage *self)
{
#if GTK_CHECK_VERSION (4, 12, 0)
  guint position = self->selection != NULL ? gtk_single_selection_get_selected (self->selection)
                                           : GTK_INVALID_LIST_POSITION;
#endif

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->list_stack), "list"))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return;
    }
#if GTK_CHECK_VERSION (4, 12, 0)
  if (position != GTK_INVALID_LIST_POSITION)
    {
      gtk_column_view_scroll_to (self->column_view, position, NULL, GTK_LIST_SCROLL_FOCUS, NULL);
      return;
    }
#endif
  /* GTK 4.8 cannot name the row: the list gives the keyboard to the row it last had, the one the
   * clerk left for the editor. */
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static gboolean
focus_in_editor (HdLedgerPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->editor));
}

static void
show_editor (HdLedgerPage *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self->paned));

  /* Before the page has a size the paned gives the editor its natural height. */
  if (height > 0)
    {
      int editor = self->editor_height > 0 ? self->editor_height : (int) (height * EDITOR_FIRST_SHARE);

      gtk_paned_set_position (self->paned, MAX (height - editor, 0));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->editor), TRUE);
}

static void
hide_editor (HdLedgerPage *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self->editor));

  if (focus_in_editor (self))
    focus_table (self);
  if (height > 0)
    self->editor_height = height;
  gtk_widget_set_visible (GTK_WIDGET (self->editor), FALSE);
  /* Nothing selected, so that choosing the same row again opens it. */
  if (self->selection != NULL)
    {
      self->rebuilding = TRUE;
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      self->rebuilding = FALSE;
    }
}

static void
editing_changed_cb (HdLedgerPage *self)
{
  gboolean editing = hd_task_editor_get_editing (self->editor);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ledger.leave-editor", editing);
  if (editing == gtk_widget_get_visible (GTK_WIDGET (self->editor)))
    return;
  if (editing)
    show_editor (self);
  else
    hide_editor (self);
}

/* Enter (or a double click) on a row: its task in the editor, and the keyboard there. */
static void
row_activated_cb (HdLedgerPage *self,
                  guint         position)
{
  g_autoptr(HdTask) task = NULL;

  if (self->model == NULL || (task = g_list_model_get_item (G_LIST_MODEL (self->model), position)) == NULL)
    return;
  gtk_single_selection_set_selected (self->selection, position);
  if (hd_task_editor_get_task_id (self->editor) != hd_task_get_id (task))
    hd_task_editor_set_task (self->editor, hd_task_get_id (task));
  hd_task_editor_focus (self->editor);
}

static void
leave_editor_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HdLedgerPage *self = HD_LEDGER_PAGE (widget);

  focus_table (self);
  hd_task_editor_close (self->editor);
}

/* ---- actions ---- */

static gboolean
unit_chosen (gint64    id,
             gpointer  user_data,
             GError  **error)
{
  hd_ledger_page_set_unit (HD_LEDGER_PAGE (user_data), id);
  return TRUE;
}

static void
choose_unit_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HdLedgerPage *self = HD_LEDGER_PAGE (widget);
  HdSearchChooser *chooser;

  if (self->context == NULL)
    return;
  chooser = hd_search_chooser_new (hd_dialog_get_parent (widget), self->context, HD_SEARCH_HIT_UNIT,
                                   _("Show the Ledger of a Unit"), _("_Show Ledger"), unit_chosen,
                                   g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
new_task_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HdLedgerPage *self = HD_LEDGER_PAGE (widget);

  if (self->context == NULL)
    return;
  if (self->selection != NULL)
    {
      self->rebuilding = TRUE;
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      self->rebuilding = FALSE;
    }
  hd_task_editor_start_new (self->editor, self->unit_id);
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HdLedgerPage *self = HD_LEDGER_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
task_created_cb (HdLedgerPage *self,
                 gint64        id)
{
  hd_ledger_page_select_task (self, id);
}

/* ---- following the database ---- */

static void
history_changed_cb (HdLedgerPage *self)
{
  g_hash_table_remove_all (self->unit_names);
  /* The chosen unit may be gone (deleted, or its creation undone): then the whole ledger. */
  if (self->unit_id != 0 && !hd_unit_check_exists (hd_context_get_store (self->context), self->unit_id, NULL))
    self->unit_id = 0;
  hd_ledger_page_reload (self);
  hd_task_editor_reload (self->editor);
}

static void
warning_days_changed_cb (HdLedgerPage *self)
{
  hd_ledger_page_start_totals (self);
  rebuild (self);
  hd_task_editor_reload (self->editor);
}

/* ---- object ---- */

HD_ENUM_LABEL_FUNC (plan_label, hd_task_plan_get_label)
HD_ENUM_LABEL_FUNC (kind_label, hd_task_kind_get_label)
HD_ENUM_LABEL_FUNC (light_label, hd_light_get_label)

static void
hd_ledger_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hd_ledger_page_parent_class)->map (widget);
  hd_ledger_page_show_hidden_totals (HD_LEDGER_PAGE (widget));
}

static void
hd_ledger_page_dispose (GObject *object)
{
  HdLedgerPage *self = HD_LEDGER_PAGE (object);
  GtkWidget *child;

  if (self->context != NULL)
    g_clear_signal_handler (&self->settings_handler, hd_context_get_settings (self->context));
  hd_ledger_page_stop_totals (self);
  if (self->column_view != NULL)
    {
      g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
      gtk_column_view_set_model (self->column_view, NULL);
    }
  clear_model (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_LEDGER_PAGE);
  /* The template's outer box has no name: the template does not take it away. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->leaders);
  g_clear_pointer (&self->unit_names, g_hash_table_unref);
  hd_context_release (&self->context, &self->history_handler);

  G_OBJECT_CLASS (hd_ledger_page_parent_class)->dispose (object);
}

static void
hd_ledger_page_finalize (GObject *object)
{
  HdLedgerPage *self = HD_LEDGER_PAGE (object);

  hd_pending_rows_clear (&self->pending);
  g_clear_pointer (&self->task_ids, g_array_unref);

  G_OBJECT_CLASS (hd_ledger_page_parent_class)->finalize (object);
}

static void
hd_ledger_page_class_init (HdLedgerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_ledger_page_dispose;
  object_class->finalize = hd_ledger_page_finalize;
  widget_class->map = hd_ledger_page_map;

  g_type_ensure (HD_TYPE_TASK_EDITOR);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/ledger/hd-ledger-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, unit_button);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, unit_label);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, plan_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, light_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, leader_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, overdue_toggle);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, paned);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, number_column);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, deadline_column);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, closed_column);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, empty_title);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, empty_body);
  gtk_widget_class_bind_template_child (widget_class, HdLedgerPage, editor);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, task_created_cb);
  gtk_widget_class_bind_template_callback (widget_class, editing_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  hd_ledger_page_class_init_cells (widget_class);
  hd_ledger_page_class_init_print (widget_class);
  hd_ledger_page_class_init_notice (widget_class);

  gtk_widget_class_install_action (widget_class, "ledger.choose-unit", NULL, choose_unit_activated);
  gtk_widget_class_install_action (widget_class, "ledger.new-task", NULL, new_task_activated);
  gtk_widget_class_install_action (widget_class, "ledger.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "ledger.leave-editor", NULL, leave_editor_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "ledger.new-task", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "ledger.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_u, GDK_CONTROL_MASK, "ledger.choose-unit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "ledger.leave-editor", NULL);
}

/* The lights' colours, once for the display (the application's style sheet is not ours). */
static void
load_css (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/huodongban/Huodongban/ledger/hd-ledger.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
hd_ledger_page_init (HdLedgerPage *self)
{
  g_autoptr(GtkStringList) plans = NULL;
  g_autoptr(GtkStringList) kinds = NULL;
  g_autoptr(GtkStringList) lights = NULL;
  g_autoptr(GtkExpression) expression = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ledger.leave-editor", FALSE);
  load_css ();
  self->unit_names = hd_unit_names_new ();
  hd_pending_rows_init (&self->pending);

  plans = hd_enum_labels_new (_("Any Plan"), plan_label, 0, HD_TASK_N_PLANS);
  kinds = hd_enum_labels_new (_("Any Kind"), kind_label, 0, HD_TASK_N_KINDS);
  lights = hd_enum_labels_new (_("Any Light"), light_label, 0, HD_LIGHT_N_LIGHTS);
  self->leaders = hd_name_list_new (_("Any Leader"));
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->plan_dropdown, G_LIST_MODEL (plans));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  gtk_drop_down_set_model (self->light_dropdown, G_LIST_MODEL (lights));
  gtk_drop_down_set_expression (self->leader_dropdown, expression);
  gtk_drop_down_set_model (self->leader_dropdown, G_LIST_MODEL (self->leaders));
  self->updating_filters = FALSE;

  set_column_sorter (self->number_column, HD_LEDGER_SORT_NUMBER);
  set_column_sorter (self->deadline_column, HD_LEDGER_SORT_DEADLINE);
  set_column_sorter (self->closed_column, HD_LEDGER_SORT_CLOSED);
  gtk_column_view_sort_by_column (self->column_view, self->number_column, GTK_SORT_ASCENDING);
  self->sort = HD_LEDGER_SORT_NUMBER;
  self->descending = FALSE;
  g_signal_connect_swapped (gtk_column_view_get_sorter (self->column_view), "changed",
                            G_CALLBACK (sorter_changed_cb), self);
}

/* The county when the database holds one hierarchy, else every unit. */
static gint64
default_unit (HdStore *store)
{
  g_autoptr(GListModel) roots = hd_unit_list_new_children (store, 0);
  g_autoptr(HdUnit) root = NULL;

  if (g_list_model_get_n_items (roots) != 1)
    return 0;
  root = g_list_model_get_item (roots, 0);
  return hd_unit_get_id (root);
}

void
hd_ledger_page_set_context (HdLedgerPage *self,
                            HdContext    *context)
{
  g_return_if_fail (HD_IS_LEDGER_PAGE (self));
  g_return_if_fail (HD_IS_CONTEXT (context));

  if (self->context != NULL)
    g_clear_signal_handler (&self->settings_handler, hd_context_get_settings (self->context));
  hd_context_hold (&self->context, &self->history_handler, context, G_CALLBACK (history_changed_cb), self);
  hd_task_editor_set_context (self->editor, context);
  self->settings_handler = g_signal_connect_swapped (hd_context_get_settings (context),
                                                     "changed::deadline-warning-days",
                                                     G_CALLBACK (warning_days_changed_cb), self);
  self->unit_id = default_unit (hd_context_get_store (self->context));
  hd_ledger_page_reload (self);
}

void
hd_ledger_page_reload (HdLedgerPage *self)
{
  g_return_if_fail (HD_IS_LEDGER_PAGE (self));

  if (self->context == NULL)
    return;
  if (self->unit_id == 0)
    self->unit_id = default_unit (hd_context_get_store (self->context));
  g_hash_table_remove_all (self->unit_names);
  update_unit_label (self);
  rebuild (self);
  hd_ledger_page_start_totals (self);
}

void
hd_ledger_page_set_unit (HdLedgerPage *self,
                         gint64        unit_id)
{
  g_return_if_fail (HD_IS_LEDGER_PAGE (self));

  self->unit_id = unit_id;
  self->unit_only = FALSE;
  g_clear_pointer (&self->task_ids, g_array_unref);
  hd_ledger_page_reload (self);
}

void
hd_ledger_page_show_tasks (HdLedgerPage *self,
                           gint64        unit_id,
                           gboolean      unit_only,
                           int           light)
{
  g_return_if_fail (HD_IS_LEDGER_PAGE (self));
  g_return_if_fail (light >= -1 && light < HD_LIGHT_N_LIGHTS);

  /* Exactly those tasks: no other filter, no search. */
  self->updating_filters = TRUE;
  gtk_drop_down_set_selected (self->plan_dropdown, 0);
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_drop_down_set_selected (self->leader_dropdown, 0);
  gtk_toggle_button_set_active (self->overdue_toggle, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->light_dropdown, light + 1);
  self->updating_filters = FALSE;
  self->unit_id = unit_id;
  self->unit_only = unit_only;
  g_clear_pointer (&self->task_ids, g_array_unref);
  hd_ledger_page_reload (self);
}

void
hd_ledger_page_show_task_ids (HdLedgerPage *self,
                              gint64        unit_id,
                              GArray       *task_ids)
{
  g_return_if_fail (HD_IS_LEDGER_PAGE (self));
  g_return_if_fail (task_ids != NULL);

  hd_ledger_page_show_tasks (self, unit_id, FALSE, -1);
  self->task_ids = g_array_ref (task_ids);
  hd_ledger_page_reload (self);
}

gint64
hd_ledger_page_get_unit (HdLedgerPage *self)
{
  g_return_val_if_fail (HD_IS_LEDGER_PAGE (self), 0);
  return self->unit_id;
}

GListModel *
hd_ledger_page_get_rows (HdLedgerPage *self)
{
  g_return_val_if_fail (HD_IS_LEDGER_PAGE (self), NULL);
  return G_LIST_MODEL (self->model);
}

gboolean
hd_ledger_page_get_loading (HdLedgerPage *self)
{
  g_return_val_if_fail (HD_IS_LEDGER_PAGE (self), FALSE);
  return self->model != NULL && hd_query_model_get_loading (self->model);
}

void
hd_ledger_page_set_light_filter (HdLedgerPage *self,
                                 int           light)
{
  g_return_if_fail (HD_IS_LEDGER_PAGE (self));
  g_return_if_fail (light >= -1 && light < HD_LIGHT_N_LIGHTS);

  gtk_drop_down_set_selected (self->light_dropdown, light + 1);
}

GtkEditable *
hd_ledger_page_get_search_entry (HdLedgerPage *self)
{
  g_return_val_if_fail (HD_IS_LEDGER_PAGE (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

gboolean
hd_ledger_page_get_reading_totals (HdLedgerPage *self)
{
  g_return_val_if_fail (HD_IS_LEDGER_PAGE (self), FALSE);
  return self->totals != NULL;
}

const char *
hd_ledger_page_get_summary (HdLedgerPage *self)
{
  g_return_val_if_fail (HD_IS_LEDGER_PAGE (self), NULL);

  /* Asked for now: what is pending is done now. */
  if (self->totals != NULL)
    hd_ledger_page_update_totals (self);
  hd_ledger_page_show_hidden_totals (self);
  return gtk_label_get_label (self->summary_label);
}

const char *
hd_ledger_page_get_empty_text (HdLedgerPage *self)
{
  g_return_val_if_fail (HD_IS_LEDGER_PAGE (self), NULL);
  if (!g_str_equal (gtk_stack_get_visible_child_name (self->list_stack), "empty"))
    return NULL;
  return gtk_label_get_label (self->empty_body);
}

void
hd_ledger_page_select_task (HdLedgerPage *self,
                            gint64        task_id)
{
  g_return_if_fail (HD_IS_LEDGER_PAGE (self));

  if (task_id != hd_task_editor_get_task_id (self->editor))
    hd_task_editor_set_task (self->editor, task_id);
  set_pending (self, task_id);
  if (self->model != NULL)
    select_pending (self, 0, g_list_model_get_n_items (G_LIST_MODEL (self->model)));
  if (self->model == NULL || !hd_query_model_get_loading (self->model))
    hd_pending_rows_forget (&self->pending);
}

HdTaskEditor *
hd_ledger_page_get_editor (HdLedgerPage *self)
{
  g_return_val_if_fail (HD_IS_LEDGER_PAGE (self), NULL);
  return self->editor;
}

/* hd-opinions-page.c
 *
 * The list is a query over the whole county (or province): HdQueryModel reads the first rows at
 * once and the rest while idle. Filters live in SQL; any change of a filter, and every edit
 * (the history's "changed"), builds a new model, keeping the selected opinions selected: those
 * among the rows read so far at once, the others as their rows arrive (hd-pending-rows.h).
 */
#include <glib/gi18n-lib.h>

#include "common/hd-dialog.h"
#include "common/hd-enum-labels.h"
#include "common/hd-refresh.h"
#include "common/hd-unit-names.h"
#include "opinions/hd-opinion.h"
#include "opinions/hd-opinions-page-private.h"
#include "opinions/hd-problem.h"
#include "store/hd-date.h"

G_DEFINE_FINAL_TYPE (HdOpinionsPage, hd_opinions_page, GTK_TYPE_WIDGET)

enum {
  TASK_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static HdStore *
get_store (HdOpinionsPage *self)
{
  return hd_context_get_store (self->context);
}

void
hd_opinions_page_show_error (HdOpinionsPage *self,
                             const char     *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
dismiss_error_cb (HdOpinionsPage *self)
{
  hd_opinions_page_show_error (self, NULL);
}

/* ---- the selection ---- */

GArray *
hd_opinions_page_dup_selected_ids (HdOpinionsPage *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  if (self->selection == NULL)
    return ids;
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      gint64 id = hd_query_model_get_row_id (self->model, position);

      g_array_append_val (ids, id);
    }
  return ids;
}

/* The list's commands act on its selection only while it is shown: in the problems' view the
 * opinions' selection is out of sight, and Ctrl+1 there must not mark what the clerk cannot see. */
static gboolean
opinions_shown (HdOpinionsPage *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "opinions") == 0;
}

static void
update_actions (HdOpinionsPage *self)
{
  g_autoptr(GArray) ids = hd_opinions_page_dup_selected_ids (self);
  gboolean shown = opinions_shown (self);
  gboolean any = shown && ids->len > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "opinions.menu", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "opinions.edit", shown && ids->len == 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "opinions.delete", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "opinions.mark-sorted", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "opinions.mark-answered", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "opinions.mark-closed", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "opinions.merge", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "opinions.create-task", any);
}

/* The whole text of the one selected opinion, and the problem it went into. */
static void
update_detail (HdOpinionsPage *self)
{
  g_autoptr(GArray) ids = hd_opinions_page_dup_selected_ids (self);
  g_autoptr(HdOpinion) opinion = NULL;
  g_autoptr(HdProblem) problem = NULL;
  g_autofree char *text = NULL;

  if (ids->len != 1)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->detail_label), FALSE);
      return;
    }
  opinion = hd_opinion_load (get_store (self), g_array_index (ids, gint64, 0), NULL);
  if (opinion == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->detail_label), FALSE);
      return;
    }
  if (hd_opinion_get_problem_id (opinion) != 0)
    problem = hd_problem_load (get_store (self), hd_opinion_get_problem_id (opinion), NULL);
  if (problem != NULL)
    /* Translators: under the list: the selected opinion's text, then the problem it went into */
    text = g_strdup_printf (_("%s\nProblem: %s"), hd_opinion_get_content (opinion), hd_problem_get_summary (problem));
  else
    text = g_strdup (hd_opinion_get_content (opinion));
  gtk_label_set_label (self->detail_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), TRUE);
}

static void
selection_changed_cb (HdOpinionsPage *self)
{
  /* The clerk chose other rows: what was still to be found is no longer wanted. */
  if (!self->pending.selecting)
    hd_pending_rows_forget (&self->pending);
  update_actions (self);
  update_detail (self);
}

static void
update_count (HdOpinionsPage *self)
{
  guint n = self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
  g_autofree char *text = NULL;

  if (self->model != NULL && hd_query_model_get_loading (self->model))
    /* Translators: while the list is still being read */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u opinion so far…", "%u opinions so far…", n), n);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u opinion", "%u opinions", n), n);
  gtk_label_set_label (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
}

/* ---- the filters ---- */

/* The filters' first entry is "any"; the others are the enum's values in order. */
static int
filter_value (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;
}

static void
set_filter_model (GtkDropDown   *dropdown,
                  GtkStringList *list)
{
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  g_object_unref (list);
}

static void
model_items_changed_cb (GListModel     *model,
                        guint           position,
                        guint           removed,
                        guint           added,
                        HdOpinionsPage *self)
{
  hd_pending_rows_select (&self->pending, GTK_SELECTION_MODEL (self->selection), self->model, position, added);
  update_count (self);
}

static void
model_loading_cb (HdOpinionsPage *self)
{
  /* Read to the end: what was not found is gone (deleted, or filtered out by the edit). */
  if (!hd_query_model_get_loading (self->model))
    hd_pending_rows_forget (&self->pending);
  update_count (self);
}

void
hd_opinions_page_get_filter (HdOpinionsPage  *self,
                             HdOpinionFilter *filter)
{
  g_return_if_fail (HD_IS_OPINIONS_PAGE (self));

  hd_opinion_filter_init (filter);
  filter->unit_id = hd_pick_button_get_id (self->unit_button);
  filter->channel = filter_value (self->channel_filter);
  filter->category = filter_value (self->category_filter);
  filter->status = filter_value (self->status_filter);
  filter->from = self->from;
  filter->to = self->to;
  filter->text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
}

void
hd_opinions_page_rebuild (HdOpinionsPage *self)
{
  g_autoptr(GArray) keep = hd_opinions_page_dup_selected_ids (self);
  g_autoptr(GError) error = NULL;
  HdOpinionFilter filter;
  HdQueryModel *model;

  if (self->context == NULL)
    return;

  hd_opinions_page_get_filter (self, &filter);
  model = hd_opinion_list_new (get_store (self), &filter, &error);
  if (model == NULL)
    {
      hd_opinions_page_show_error (self, error->message);
      return;
    }

  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  self->model = model;
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (model)));
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (model_items_changed_cb), self, 0);
  g_signal_connect_object (self->model, "notify::loading", G_CALLBACK (model_loading_cb), self, G_CONNECT_SWAPPED);
  /* Still pending from the last rebuild, or selected now: both wanted. */
  hd_pending_rows_add (&self->pending, (const gint64 *) keep->data, keep->len);
  hd_pending_rows_select (&self->pending, GTK_SELECTION_MODEL (self->selection), model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (model)));
  if (!hd_query_model_get_loading (model))
    hd_pending_rows_forget (&self->pending);
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  update_count (self);
  update_actions (self);
  update_detail (self);
}

static void
filter_changed_cb (HdOpinionsPage *self)
{
  hd_opinions_page_rebuild (self);
}

/* An empty date leaves that end open; a date not understood marks the entry and keeps the
 * list as it was until the clerk corrects it. */
static void
date_filter_changed_cb (HdOpinionsPage *self,
                        GtkEntry       *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  char **target = entry == self->from_entry ? &self->from : &self->to;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  GDate date;

  g_date_clear (&date, 1);
  if (*stripped != '\0' && !hd_date_parse_typed (stripped, &date))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  g_free (*target);
  *target = *stripped != '\0' ? hd_date_format_iso (&date) : NULL;
  hd_opinions_page_rebuild (self);
}

static void
history_changed_cb (HdOpinionsPage *self)
{
  gint64 editing = hd_opinion_form_get_editing (self->form);

  /* The opinion being edited may be gone (an undo of its entry, say): the form lets it go. */
  if (editing != 0)
    {
      g_autoptr(HdOpinion) opinion = hd_opinion_load (get_store (self), editing, NULL);

      if (opinion == NULL)
        gtk_widget_activate_action (GTK_WIDGET (self), "opinions.close-form", NULL);
    }
  /* A unit may have been renamed. */
  g_hash_table_remove_all (self->unit_names);
  hd_refresh_when_shown (GTK_WIDGET (self), G_CALLBACK (hd_opinions_page_rebuild));
}

/* ---- actions ---- */

void
hd_opinions_page_set_open_editor (HdOpinionsPage *self,
                                  GtkWindow      *editor)
{
  if (self->open_editor != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->open_editor), (gpointer *) &self->open_editor);
  self->open_editor = editor;
  if (editor != NULL)
    g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &self->open_editor);
}

static void
reveal_form (HdOpinionsPage *self)
{
  gtk_stack_set_visible_child_name (self->view_stack, "opinions");
  gtk_widget_set_visible (GTK_WIDGET (self->form), TRUE);
  gtk_widget_set_visible (self->form_separator, TRUE);
}

static void
show_form (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HdOpinionsPage *self = HD_OPINIONS_PAGE (widget);

  hd_opinion_form_new_entry (self->form);
  reveal_form (self);
  hd_opinion_form_focus (self->form);
}

/* Opinion @id in the form. A new opinion being typed is not thrown away for it: the form says
 * so, and is shown with the text. */
static void
open_in_form (HdOpinionsPage *self,
              gint64          id)
{
  g_autoptr(GError) error = NULL;

  if (!hd_opinion_form_edit (self->form, id, &error))
    {
      hd_opinions_page_show_error (self, error->message);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BUSY))
        {
          reveal_form (self);
          hd_opinion_form_focus (self->form);
        }
      return;
    }
  reveal_form (self);
}

/* The selected opinion in the form, every field and its status. */
static void
edit (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  HdOpinionsPage *self = HD_OPINIONS_PAGE (widget);
  g_autoptr(GArray) ids = hd_opinions_page_dup_selected_ids (self);

  hd_opinions_page_show_error (self, NULL);
  if (ids->len != 1)
    return;
  open_in_form (self, g_array_index (ids, gint64, 0));
}

static void
activate_cb (HdOpinionsPage *self,
             guint           position)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "opinions.edit", NULL);
}

static void
edited_cb (HdOpinionsPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "opinions.close-form", NULL);
}

/* ---- the two views ---- */

static void
show_view (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HdOpinionsPage *self = HD_OPINIONS_PAGE (widget);

  gtk_stack_set_visible_child_name (self->view_stack, g_variant_get_string (parameter, NULL));
}

static void
view_changed_cb (HdOpinionsPage *self)
{
  update_actions (self);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "problems") == 0)
    hd_problems_view_focus (self->problems_view);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* The problems follow the unit chosen for the opinions; the clerk can still choose another. */
static void
unit_chosen_cb (HdOpinionsPage *self)
{
  hd_problems_view_set_unit (self->problems_view, hd_pick_button_get_id (self->unit_button));
}

/* An opinion of a problem opened from the problems: the opinions' view, with it in the form. */
static void
problem_opinion_activated_cb (HdOpinionsPage *self,
                              gint64          opinion_id)
{
  hd_opinions_page_show_error (self, NULL);
  gtk_stack_set_visible_child_name (self->view_stack, "opinions");
  open_in_form (self, opinion_id);
}

void
hd_opinions_page_emit_task_created (HdOpinionsPage *self,
                                    gint64          task_id)
{
  g_signal_emit (self, signals[TASK_CREATED], 0, task_id);
}

static void
close_form (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HdOpinionsPage *self = HD_OPINIONS_PAGE (widget);

  /* An edit left unsaved is dropped; the next Ctrl+N starts afresh. */
  hd_opinion_form_new_entry (self->form);
  gtk_widget_set_visible (GTK_WIDGET (self->form), FALSE);
  gtk_widget_set_visible (self->form_separator, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
start_search (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HdOpinionsPage *self = HD_OPINIONS_PAGE (widget);

  /* The search is over the opinions: from the problems, Ctrl+F goes to them. */
  gtk_stack_set_visible_child_name (self->view_stack, "opinions");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
popup_menu (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HdOpinionsPage *self = HD_OPINIONS_PAGE (widget);

  if (!hd_popover_popup_at (GTK_POPOVER (self->context_menu), GTK_WIDGET (self->column_view), 24, 48))
    hd_popover_popup_at (GTK_POPOVER (self->context_menu), widget, 24, 48);
}

/* A right click offers the same commands for the selected opinions. */
static void
list_pressed_cb (HdOpinionsPage *self,
                 int             n_press,
                 double          x,
                 double          y)
{
  hd_popover_popup_at (GTK_POPOVER (self->context_menu), GTK_WIDGET (self->column_view), x, y);
}

/* ---- the class ---- */

static void
hd_opinions_page_dispose (GObject *object)
{
  GtkWidget *child;
  HdOpinionsPage *self = HD_OPINIONS_PAGE (object);

  hd_opinions_page_set_open_editor (self, NULL);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_OPINIONS_PAGE);
  /* The template's layout box has no name to be disposed by. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  hd_context_release (&self->context, &self->history_handler);

  G_OBJECT_CLASS (hd_opinions_page_parent_class)->dispose (object);
}

static void
hd_opinions_page_finalize (GObject *object)
{
  HdOpinionsPage *self = HD_OPINIONS_PAGE (object);

  g_clear_pointer (&self->unit_names, g_hash_table_unref);
  hd_pending_rows_clear (&self->pending);
  g_free (self->from);
  g_free (self->to);

  G_OBJECT_CLASS (hd_opinions_page_parent_class)->finalize (object);
}

static void
hd_opinions_page_class_init (HdOpinionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_opinions_page_dispose;
  object_class->finalize = hd_opinions_page_finalize;

  signals[TASK_CREATED] = g_signal_new ("task-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HD_TYPE_OPINION_FORM);
  g_type_ensure (HD_TYPE_PICK_BUTTON);
  g_type_ensure (HD_TYPE_PROBLEMS_VIEW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/opinions/hd-opinions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, problems_view);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, unit_button);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, channel_filter);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, category_filter);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, status_filter);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, to_entry);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, detail_label);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, context_menu);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, form_separator);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionsPage, form);
  hd_opinions_page_class_init_cells (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_error_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "problem_task_created_cb",
                                                G_CALLBACK (hd_opinions_page_emit_task_created));
  gtk_widget_class_bind_template_callback (widget_class, problem_opinion_activated_cb);

  gtk_widget_class_install_action (widget_class, "opinions.new", NULL, show_form);
  gtk_widget_class_install_action (widget_class, "opinions.close-form", NULL, close_form);
  gtk_widget_class_install_action (widget_class, "opinions.edit", NULL, edit);
  gtk_widget_class_install_action (widget_class, "opinions.show-view", "s", show_view);
  gtk_widget_class_install_action (widget_class, "opinions.search", NULL, start_search);
  gtk_widget_class_install_action (widget_class, "opinions.menu", NULL, popup_menu);
  hd_opinions_page_class_init_commands (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "opinions.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "opinions.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "opinions.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "opinions.menu", NULL);
}

/* Ctrl+Page Up and Down switch the views as tabs do, before the list, which would move in it. */
static void
add_view_shortcuts (HdOpinionsPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const struct { const char *trigger, *view; } keys[] = {
    { "<Control>Page_Up", "opinions" },
    { "<Control>Page_Down", "problems" },
  };

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (keys[i].trigger),
                                                gtk_named_action_new ("opinions.show-view"));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_string (keys[i].view));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

HD_ENUM_LABEL_FUNC (channel_label, hd_opinion_channel_get_label)
HD_ENUM_LABEL_FUNC (category_label, hd_category_get_label)
HD_ENUM_LABEL_FUNC (status_label, hd_opinion_status_get_label)

static void
hd_opinions_page_init (HdOpinionsPage *self)
{
  GtkStringList *channels, *categories, *statuses;

  self->unit_names = hd_unit_names_new ();
  hd_pending_rows_init (&self->pending);
  gtk_widget_init_template (GTK_WIDGET (self));
  add_view_shortcuts (self);
  g_signal_connect_object (self->form, "edited", G_CALLBACK (edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unit_button, "notify::id", G_CALLBACK (unit_chosen_cb), self, G_CONNECT_SWAPPED);

  channels = hd_enum_labels_new (_("Any Channel"), channel_label, 0, HD_OPINION_N_CHANNELS);
  set_filter_model (self->channel_filter, channels);
  categories = hd_enum_labels_new (_("Any Category"), category_label, 0, HD_N_CATEGORIES);
  set_filter_model (self->category_filter, categories);
  statuses = hd_enum_labels_new (_("Any Status"), status_label, 0, HD_OPINION_N_STATUSES);
  set_filter_model (self->status_filter, statuses);
  update_actions (self);
}

void
hd_opinions_page_set_context (HdOpinionsPage *self,
                              HdContext      *context)
{
  g_return_if_fail (HD_IS_OPINIONS_PAGE (self));
  g_return_if_fail (HD_IS_CONTEXT (context));

  if (!hd_context_hold (&self->context, &self->history_handler, context, G_CALLBACK (history_changed_cb), self))
    return;

  hd_pick_button_setup (self->unit_button, context, HD_SEARCH_HIT_UNIT, _("Show the Opinions of a Unit"),
                        _("All Units"));
  hd_opinion_form_set_context (self->form, context);
  hd_problems_view_set_context (self->problems_view, context);
  hd_refresh_when_shown (GTK_WIDGET (self), G_CALLBACK (hd_opinions_page_rebuild));
}

void
hd_opinions_page_reload (HdOpinionsPage *self)
{
  g_return_if_fail (HD_IS_OPINIONS_PAGE (self));

  if (self->context == NULL)
    return;
  history_changed_cb (self);
  hd_problems_view_reload (self->problems_view);
}

GtkMultiSelection *
hd_opinions_page_get_selection (HdOpinionsPage *self)
{
  g_return_val_if_fail (HD_IS_OPINIONS_PAGE (self), NULL);
  return self->selection;
}

gboolean
hd_opinions_page_get_loading (HdOpinionsPage *self)
{
  g_return_val_if_fail (HD_IS_OPINIONS_PAGE (self), FALSE);
  return self->model != NULL && hd_query_model_get_loading (self->model);
}

HdOpinionForm *
hd_opinions_page_get_form (HdOpinionsPage *self)
{
  g_return_val_if_fail (HD_IS_OPINIONS_PAGE (self), NULL);
  return self->form;
}

gboolean
hd_opinions_page_get_form_visible (HdOpinionsPage *self)
{
  g_return_val_if_fail (HD_IS_OPINIONS_PAGE (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->form));
}

GtkEditable *
hd_opinions_page_get_search_entry (HdOpinionsPage *self)
{
  g_return_val_if_fail (HD_IS_OPINIONS_PAGE (self), NULL);
  return GTK_EDITABLE (self->search_entry);
}

HdPickButton *
hd_opinions_page_get_unit_button (HdOpinionsPage *self)
{
  g_return_val_if_fail (HD_IS_OPINIONS_PAGE (self), NULL);
  return self->unit_button;
}

GtkDropDown *
hd_opinions_page_get_status_filter (HdOpinionsPage *self)
{
  g_return_val_if_fail (HD_IS_OPINIONS_PAGE (self), NULL);
  return self->status_filter;
}

GtkWindow *
hd_opinions_page_get_open_editor (HdOpinionsPage *self)
{
  g_return_val_if_fail (HD_IS_OPINIONS_PAGE (self), NULL);
  return self->open_editor;
}

const char *
hd_opinions_page_get_error (HdOpinionsPage *self)
{
  g_return_val_if_fail (HD_IS_OPINIONS_PAGE (self), NULL);
  return gtk_revealer_get_reveal_child (self->error_revealer) ? gtk_label_get_label (self->error_label) : NULL;
}

HdProblemsView *
hd_opinions_page_get_problems_view (HdOpinionsPage *self)
{
  g_return_val_if_fail (HD_IS_OPINIONS_PAGE (self), NULL);
  return self->problems_view;
}

const char *
hd_opinions_page_get_view (HdOpinionsPage *self)
{
  g_return_val_if_fail (HD_IS_OPINIONS_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->view_stack);
}

/* hd-task-editor.c
 *
 * The pane keeps what the clerk is typing: after an edit, undo or redo it reads the task again,
 * but fields that were changed and not saved keep their text (the progress log, the review dates
 * and the closing state always follow the database). Closing uses the result and the verdict as
 * the pane shows them: when they were changed and not saved, writing them and closing is one edit,
 * checked by the core's closing rule.
 *
 * The pane is only there while it has a task to show ("editing"): the ledger page gives the
 * table the whole height otherwise. Closing it never drops what was typed: with changes not
 * saved it stays open and says so.
 */
#include <glib/gi18n-lib.h>

#include "common/hd-enum-labels.h"
#include "common/hd-dialog.h"
#include "common/hd-field-error.h"
#include "common/hd-question-window.h"
#include "ledger/hd-ledger-text.h"
#include "ledger/hd-task-editor-private.h"
#include "organisation/hd-search-chooser.h"
#include "organisation/hd-unit.h"
#include "store/hd-date.h"

G_DEFINE_FINAL_TYPE (HdTaskEditor, hd_task_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EDITING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_editing (HdTaskEditor *self)
{
  gboolean editing = self->creating || self->task != NULL;

  if (editing == self->editing)
    return;
  self->editing = editing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
}

/* ---- small helpers ---- */

void
hd_task_editor_set_view_text (GtkTextView *view,
                              const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

char *
hd_task_editor_dup_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

void
hd_task_editor_set_entry_text (GtkEntry   *entry,
                               const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
}

char *
hd_task_editor_parse_date (GtkEntry *entry,
                           GtkLabel *error_label,
                           gboolean  required)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  GDate date;

  g_date_clear (&date, 1);
  if (*text == '\0')
    {
      if (required)
        hd_field_error_set (error_label, NULL, _("Enter the date, e.g. 2014-09-30 or 2014年9月30日."));
      return NULL;
    }
  if (!hd_date_parse_typed (text, &date))
    {
      g_autofree char *message =
        /* Translators: %s is what the clerk typed as a date. */
        g_strdup_printf (_("“%s” is not a date. Type it as 2014-09-30, 2014/9/30, 2014.9.30 or 2014年9月30日."), text);

      hd_field_error_set (error_label, NULL, message);
      return NULL;
    }
  return hd_date_format_iso (&date);
}

char *
hd_task_editor_dup_required_text (GtkEntry   *entry,
                                  GtkLabel   *error_label,
                                  const char *message)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (*text != '\0')
    return text;
  g_free (text);
  hd_field_error_set (error_label, NULL, message);
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  return NULL;
}

HD_ENUM_LABEL_FUNC (plan_label, hd_task_plan_get_label)
HD_ENUM_LABEL_FUNC (rule_label, hd_rule_action_get_label)
HD_ENUM_LABEL_FUNC (kind_label, hd_task_kind_get_label)
HD_ENUM_LABEL_FUNC (verdict_label, hd_verdict_get_label)

/* ---- showing the task ---- */

static void
update_unit_button (HdTaskEditor *self)
{
  g_autoptr(HdUnit) unit = NULL;
  g_autofree char *name = NULL;

  if (self->unit_id != 0)
    unit = hd_unit_load (hd_context_get_store (self->context), self->unit_id, NULL);
  if (unit != NULL)
    name = hd_unit_dup_full_name (unit, hd_context_get_store (self->context));
  gtk_button_set_label (self->unit_button, name != NULL ? name : _("Choose a Unit…"));
}

static void
update_title (HdTaskEditor *self)
{
  g_autoptr(HdUnit) unit = NULL;
  g_autofree char *title = NULL;
  gint64 unit_id = self->task != NULL ? hd_task_get_unit_id (self->task) : self->unit_id;

  if (unit_id != 0)
    unit = hd_unit_load (hd_context_get_store (self->context), unit_id, NULL);
  if (self->creating)
    /* Translators: the heading of the editor of a task not created yet; %s is the unit. */
    title = g_strdup_printf (_("New task for %s"), unit != NULL ? hd_unit_get_name (unit) : "");
  else
    /* Translators: the heading of the task editor: the task's number in the unit's ledger and
     * the unit, e.g. "No. 3 · 七坪镇". */
    title = g_strdup_printf (_("No. %u · %s"), hd_task_get_number (self->task),
                             unit != NULL ? hd_unit_get_name (unit) : "");
  gtk_label_set_label (self->title_label, title);
}

static void
update_sensitivity (HdTaskEditor *self)
{
  gboolean institution = gtk_drop_down_get_selected (self->plan_dropdown) == HD_TASK_PLAN_INSTITUTION;
  gboolean long_term = gtk_drop_down_get_selected (self->kind_dropdown) == HD_TASK_KIND_LONG_TERM;
  gboolean has_task = self->task != NULL;
  gboolean closed = has_task && hd_task_get_closed (self->task) != NULL;
  /* Another office's task is only shown; a new task for another office's unit can still be given
   * another unit before it is created. */
  gboolean ours = !self->foreign;
  gboolean mine = has_task && ours;

  gtk_widget_set_sensitive (self->fields_grid, ours || self->creating);
  gtk_widget_set_sensitive (GTK_WIDGET (self->rule_dropdown), institution);
  gtk_widget_set_sensitive (GTK_WIDGET (self->deadline_entry), !long_term);
  gtk_widget_set_visible (self->reviews_box, has_task && hd_task_get_kind (self->task) == HD_TASK_KIND_LONG_TERM);
  gtk_widget_set_visible (self->save_button, !self->creating);
  gtk_widget_set_visible (self->create_button, self->creating);
  gtk_widget_set_visible (self->delete_button, !self->creating);
  gtk_widget_set_sensitive (self->progress_grid, mine);
  /* The result's section stays sensitive for a supervision notice: ours even on their task. */
  gtk_widget_set_sensitive (self->result_grid, has_task);
  gtk_widget_set_sensitive (GTK_WIDGET (self->result_view), mine && !closed);
  gtk_widget_set_sensitive (GTK_WIDGET (self->verdict_dropdown), mine && !closed);
  gtk_widget_set_sensitive (GTK_WIDGET (self->close_date_entry), mine && !closed);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reason_entry), ours && closed);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task.save", ours && (has_task || self->creating));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task.create", ours && self->creating);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task.delete", mine);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task.choose-unit", mine || self->creating);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task.add-progress", mine);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task.add-review", mine);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task.save-result", mine && !closed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task.close", mine && !closed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task.reopen", ours && closed);
}

static void
fill_fields (HdTaskEditor *self)
{
  HdTask *task = self->task;
  g_autofree char *deadline = NULL;

  self->filling = TRUE;
  if (task != NULL)
    {
      deadline = hd_ledger_text_date (hd_task_get_deadline (task));
      self->unit_id = hd_task_get_unit_id (task);
      gtk_drop_down_set_selected (self->plan_dropdown, hd_task_get_plan (task));
      gtk_drop_down_set_selected (self->rule_dropdown, hd_task_get_rule_action (task));
      gtk_drop_down_set_selected (self->kind_dropdown, hd_task_get_kind (task));
    }
  else
    {
      gtk_drop_down_set_selected (self->plan_dropdown, HD_TASK_PLAN_RECTIFICATION);
      gtk_drop_down_set_selected (self->rule_dropdown, HD_RULE_ACTION_NONE);
      gtk_drop_down_set_selected (self->kind_dropdown, HD_TASK_KIND_DEADLINE);
    }
  hd_task_editor_set_view_text (self->problem_view, task != NULL ? hd_task_get_problem (task) : NULL);
  hd_task_editor_set_entry_text (self->source_entry, task != NULL ? hd_task_get_source (task) : NULL);
  hd_task_editor_set_view_text (self->goal_view, task != NULL ? hd_task_get_goal (task) : NULL);
  hd_task_editor_set_view_text (self->measures_view, task != NULL ? hd_task_get_measures (task) : NULL);
  hd_task_editor_set_entry_text (self->leader_entry, task != NULL ? hd_task_get_leader (task) : NULL);
  hd_task_editor_set_entry_text (self->person_entry, task != NULL ? hd_task_get_person (task) : NULL);
  hd_task_editor_set_entry_text (self->deadline_entry, deadline);
  hd_field_error_set (self->deadline_error, NULL, NULL);
  hd_field_error_set (self->fields_error, NULL, NULL);
  update_unit_button (self);
  self->fields_dirty = FALSE;
  self->filling = FALSE;
}

static void
update_owner (HdTaskEditor *self)
{
  HdStore *store = hd_context_get_store (self->context);

  if (self->creating)
    self->foreign = !hd_owner_banner_show_unit (self->owner_banner, store, self->unit_id);
  else
    self->foreign = !hd_owner_banner_show_row (self->owner_banner, store, "task", self->task_id);
}

static void
show_task (HdTaskEditor *self,
           gboolean      keep_typing)
{
  update_title (self);
  update_owner (self);
  if (!keep_typing || !self->fields_dirty)
    fill_fields (self);
  if (!keep_typing || !self->result_dirty)
    hd_task_editor_fill_result (self);
  hd_task_editor_fill_reviews (self);
  hd_task_editor_fill_progress (self);
  hd_task_editor_fill_state (self);
  update_sensitivity (self);
  gtk_widget_set_visible (self->unsaved_label, FALSE);
  update_editing (self);
}

/* ---- changes being typed ---- */

static void
field_changed_cb (HdTaskEditor *self)
{
  if (self->filling)
    return;
  self->fields_dirty = TRUE;
  hd_field_error_set (self->deadline_error, NULL, NULL);
  update_sensitivity (self);
}

static void
result_changed_cb (HdTaskEditor *self)
{
  if (self->filling)
    return;
  self->result_dirty = TRUE;
  hd_field_error_set (self->close_error, NULL, NULL);
}

static void
progress_changed_cb (HdTaskEditor *self)
{
  hd_field_error_set (self->progress_error, NULL, NULL);
}

static void
close_changed_cb (HdTaskEditor *self)
{
  hd_field_error_set (self->close_error, NULL, NULL);
}

/* ---- the fields ---- */

typedef struct {
  HdTaskFields  fields;
  char         *problem;
  char         *source;
  char         *goal;
  char         *measures;
  char         *leader;
  char         *person;
  char         *deadline;
} Collected;

static void
collected_clear (Collected *c)
{
  g_free (c->problem);
  g_free (c->source);
  g_free (c->goal);
  g_free (c->measures);
  g_free (c->leader);
  g_free (c->person);
  g_free (c->deadline);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Collected, collected_clear)

/* FALSE with the deadline's error shown when the deadline typed is not a date. */
static gboolean
collect_fields (HdTaskEditor *self,
                Collected    *c)
{
  HdTaskKind kind = gtk_drop_down_get_selected (self->kind_dropdown);
  HdTaskPlan plan = gtk_drop_down_get_selected (self->plan_dropdown);

  c->problem = hd_task_editor_dup_view_text (self->problem_view);
  c->source = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->source_entry))));
  c->goal = hd_task_editor_dup_view_text (self->goal_view);
  c->measures = hd_task_editor_dup_view_text (self->measures_view);
  c->leader = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->leader_entry))));
  c->person = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->person_entry))));
  if (kind != HD_TASK_KIND_LONG_TERM)
    {
      const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->deadline_entry));

      /* An empty deadline is the core's to explain; a mistyped one is ours. */
      c->deadline = hd_task_editor_parse_date (self->deadline_entry, self->deadline_error, FALSE);
      if (c->deadline == NULL && *typed != '\0' && gtk_widget_get_visible (GTK_WIDGET (self->deadline_error)))
        {
          gtk_widget_grab_focus (GTK_WIDGET (self->deadline_entry));
          return FALSE;
        }
    }
  c->fields = (HdTaskFields) {
    .unit_id = self->unit_id,
    .plan = plan,
    .rule_action = plan == HD_TASK_PLAN_INSTITUTION ? gtk_drop_down_get_selected (self->rule_dropdown) : HD_RULE_ACTION_NONE,
    .kind = kind,
    .problem = c->problem,
    .problem_id = self->task != NULL ? hd_task_get_problem_id (self->task) : 0,
    .source = c->source,
    .goal = c->goal,
    .measures = c->measures,
    .leader = c->leader,
    .person = c->person,
    .deadline = c->deadline,
  };
  return TRUE;
}

static void
create_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HdTaskEditor *self = HD_TASK_EDITOR (widget);
  g_auto(Collected) c = { { 0 }, NULL };
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!self->creating || !collect_fields (self, &c))
    return;
  id = hd_task_create (hd_context_get_store (self->context), hd_context_get_history (self->context), &c.fields,
                       &error);
  if (id == 0)
    {
      hd_field_error_set (self->fields_error, NULL, error->message);
      return;
    }
  self->creating = FALSE;
  self->fields_dirty = FALSE;
  hd_task_editor_set_task (self, id);
  g_signal_emit (self, signals[CREATED], 0, id);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HdTaskEditor *self = HD_TASK_EDITOR (widget);
  g_auto(Collected) c = { { 0 }, NULL };
  g_autoptr(GError) error = NULL;

  if (self->creating)
    {
      create_activated (widget, NULL, NULL);
      return;
    }
  if (self->task == NULL || !collect_fields (self, &c))
    return;
  /* Written before the history's "changed" rereads the pane. */
  self->fields_dirty = FALSE;
  if (!hd_task_update (hd_context_get_store (self->context), hd_context_get_history (self->context), self->task_id,
                       &c.fields, &error))
    {
      self->fields_dirty = TRUE;
      hd_field_error_set (self->fields_error, NULL, error->message);
    }
}

static void
delete_confirmed_cb (HdTaskEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (self->task_id == 0)
    return;
  if (!hd_task_delete (hd_context_get_store (self->context), hd_context_get_history (self->context), self->task_id,
                       &error))
    hd_field_error_set (self->fields_error, NULL, error->message);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HdTaskEditor *self = HD_TASK_EDITOR (widget);
  HdQuestionWindow *question;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *problem = NULL;

  if (self->task == NULL)
    return;
  problem = g_utf8_substring (hd_task_get_problem (self->task), 0,
                              MIN (40, g_utf8_strlen (hd_task_get_problem (self->task), -1)));
  /* Translators: the question before deleting a task; %u is its number in the unit's ledger. */
  heading = g_strdup_printf (_("Delete task No. %u?"), hd_task_get_number (self->task));
  /* Translators: %s is the start of the task's problem text. */
  body = g_strdup_printf (_("“%s” goes out of the ledger with its progress log and review dates. "
                            "Undo (Ctrl+Z) brings it back."), problem);
  question = hd_question_window_new (hd_dialog_get_parent (widget), heading, body, _("_Delete Task"), TRUE);
  g_signal_connect_object (question, "confirmed", G_CALLBACK (delete_confirmed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (question));
}

static gboolean
unit_chosen (gint64    id,
             gpointer  user_data,
             GError  **error)
{
  HdTaskEditor *self = HD_TASK_EDITOR (user_data);

  if (self->unit_id == id)
    return TRUE;
  self->unit_id = id;
  update_unit_button (self);
  if (self->creating)
    update_owner (self);
  field_changed_cb (self);
  return TRUE;
}

static void
choose_unit_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HdTaskEditor *self = HD_TASK_EDITOR (widget);
  HdSearchChooser *chooser;

  chooser = hd_search_chooser_new (hd_dialog_get_parent (widget), self->context, HD_SEARCH_HIT_UNIT,
                                   _("Responsible Unit"), _("_Choose"), unit_chosen,
                                   g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (chooser));
}

/* ---- object ---- */

static void
hd_task_editor_dispose (GObject *object)
{
  HdTaskEditor *self = HD_TASK_EDITOR (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_TASK_EDITOR);
  /* The template's outer box has no name: the template does not take it away. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->task);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hd_task_editor_parent_class)->dispose (object);
}

static void
hd_task_editor_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HdTaskEditor *self = HD_TASK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_EDITING:
      g_value_set_boolean (value, self->editing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hd_task_editor_class_init (HdTaskEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_task_editor_dispose;
  object_class->get_property = hd_task_editor_get_property;

  /* TRUE while a task is shown or a new one is being typed. */
  properties[PROP_EDITING] =
    g_param_spec_boolean ("editing", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A task was created from the pane; its id. */
  signals[CREATED] =
    g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (HD_TYPE_OWNER_BANNER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/ledger/hd-task-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, owner_banner);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, fields_grid);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, unsaved_label);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, plan_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, rule_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, unit_button);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, problem_view);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, source_entry);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, goal_view);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, measures_view);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, leader_entry);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, person_entry);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, deadline_entry);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, deadline_error);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, reviews_box);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, reviews_flow);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, review_entry);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, fields_error);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, create_button);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, progress_grid);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, progress_list);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, progress_date_entry);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, progress_text_entry);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, progress_error);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, result_grid);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, result_view);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, verdict_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, state_label);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, close_date_entry);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, reason_entry);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, close_error);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, close_button);
  gtk_widget_class_bind_template_child (widget_class, HdTaskEditor, reopen_button);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, result_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, progress_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_changed_cb);

  gtk_widget_class_install_action (widget_class, "task.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "task.create", NULL, create_activated);
  gtk_widget_class_install_action (widget_class, "task.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "task.choose-unit", NULL, choose_unit_activated);
  hd_task_editor_class_init_progress (widget_class);
  hd_task_editor_class_init_closing (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "task.save", NULL);
}

static void
hd_task_editor_init (HdTaskEditor *self)
{
  g_autoptr(GtkStringList) plans = NULL;
  g_autoptr(GtkStringList) rules = NULL;
  g_autoptr(GtkStringList) kinds = NULL;
  g_autoptr(GtkStringList) verdicts = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  plans = hd_enum_labels_new (NULL, plan_label, 0, HD_TASK_N_PLANS);
  rules = hd_enum_labels_new (NULL, rule_label, 0, HD_N_RULE_ACTIONS);
  kinds = hd_enum_labels_new (NULL, kind_label, 0, HD_TASK_N_KINDS);
  verdicts = hd_enum_labels_new (NULL, verdict_label, 0, HD_N_VERDICTS);
  self->filling = TRUE;
  gtk_drop_down_set_model (self->plan_dropdown, G_LIST_MODEL (plans));
  gtk_drop_down_set_model (self->rule_dropdown, G_LIST_MODEL (rules));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  gtk_drop_down_set_model (self->verdict_dropdown, G_LIST_MODEL (verdicts));
  self->filling = FALSE;

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->problem_view), "changed", G_CALLBACK (field_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->goal_view), "changed", G_CALLBACK (field_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->measures_view), "changed", G_CALLBACK (field_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->result_view), "changed", G_CALLBACK (result_changed_cb), self);
  update_sensitivity (self);
}

void
hd_task_editor_set_context (HdTaskEditor *self,
                            HdContext    *context)
{
  g_return_if_fail (HD_IS_TASK_EDITOR (self));
  g_return_if_fail (HD_IS_CONTEXT (context));

  g_set_object (&self->context, context);
  hd_task_editor_set_task (self, 0);
}

void
hd_task_editor_set_task (HdTaskEditor *self,
                         gint64        id)
{
  g_autoptr(HdTask) task = NULL;

  g_return_if_fail (HD_IS_TASK_EDITOR (self));

  if (id != 0 && self->context != NULL)
    task = hd_task_load (hd_context_get_store (self->context), id, NULL);
  self->creating = FALSE;
  self->task_id = task != NULL ? id : 0;
  g_set_object (&self->task, task);
  self->fields_dirty = FALSE;
  self->result_dirty = FALSE;
  if (task == NULL)
    {
      self->foreign = FALSE;
      hd_owner_banner_clear (self->owner_banner);
      update_sensitivity (self);
      update_editing (self);
      return;
    }
  show_task (self, FALSE);
}

gint64
hd_task_editor_get_task_id (HdTaskEditor *self)
{
  g_return_val_if_fail (HD_IS_TASK_EDITOR (self), 0);
  return self->task_id;
}

void
hd_task_editor_start_new (HdTaskEditor *self,
                          gint64        unit_id)
{
  g_return_if_fail (HD_IS_TASK_EDITOR (self));
  g_return_if_fail (self->context != NULL);

  self->creating = TRUE;
  self->task_id = 0;
  g_clear_object (&self->task);
  fill_fields (self);
  self->unit_id = unit_id;
  update_unit_button (self);
  show_task (self, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->problem_view));
}

gboolean
hd_task_editor_get_creating (HdTaskEditor *self)
{
  g_return_val_if_fail (HD_IS_TASK_EDITOR (self), FALSE);
  return self->creating;
}

gboolean
hd_task_editor_get_editing (HdTaskEditor *self)
{
  g_return_val_if_fail (HD_IS_TASK_EDITOR (self), FALSE);
  return self->editing;
}

static gboolean
entry_has_text (GtkEntry *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  return *text != '\0';
}

gboolean
hd_task_editor_get_unsaved (HdTaskEditor *self)
{
  g_return_val_if_fail (HD_IS_TASK_EDITOR (self), FALSE);

  /* A progress entry, a review date or a reason typed and not added counts as much as a field. */
  return self->editing &&
         (self->fields_dirty || self->result_dirty || entry_has_text (self->progress_text_entry) ||
          entry_has_text (self->review_entry) || entry_has_text (self->reason_entry));
}

gboolean
hd_task_editor_close (HdTaskEditor *self)
{
  g_return_val_if_fail (HD_IS_TASK_EDITOR (self), FALSE);

  if (hd_task_editor_get_unsaved (self))
    {
      gtk_widget_set_visible (self->unsaved_label, TRUE);
      return FALSE;
    }
  hd_task_editor_set_task (self, 0);
  return TRUE;
}

void
hd_task_editor_focus (HdTaskEditor *self)
{
  g_return_if_fail (HD_IS_TASK_EDITOR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->problem_view));
}

void
hd_task_editor_reload (HdTaskEditor *self)
{
  g_autoptr(HdTask) task = NULL;

  g_return_if_fail (HD_IS_TASK_EDITOR (self));

  if (self->creating || self->task_id == 0)
    return;
  task = hd_task_load (hd_context_get_store (self->context), self->task_id, NULL);
  if (task == NULL)
    {
      hd_task_editor_set_task (self, 0);
      return;
    }
  g_set_object (&self->task, task);
  show_task (self, TRUE);
}

GtkTextBuffer *
hd_task_editor_get_result_buffer (HdTaskEditor *self)
{
  g_return_val_if_fail (HD_IS_TASK_EDITOR (self), NULL);
  return gtk_text_view_get_buffer (self->result_view);
}

void
hd_task_editor_set_verdict (HdTaskEditor *self,
                            HdVerdict     verdict)
{
  g_return_if_fail (HD_IS_TASK_EDITOR (self));
  gtk_drop_down_set_selected (self->verdict_dropdown, verdict);
}

const char *
hd_task_editor_get_close_message (HdTaskEditor *self)
{
  g_return_val_if_fail (HD_IS_TASK_EDITOR (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->close_error)))
    return NULL;
  return gtk_label_get_label (self->close_error);
}

/* hd-task-form.c */
#include <glib/gi18n-lib.h>

#include "common/hd-enum-labels.h"
#include "common/hd-dialog.h"
#include "common/hd-field-error.h"
#include "ledger/hd-task.h"
#include "opinions/hd-problem.h"
#include "opinions/hd-task-form.h"
#include "store/hd-date.h"

struct _HdTaskForm
{
  GtkWindow     parent_instance;

  HdContext    *context;
  gint64        problem_id;
  char         *source;

  GtkLabel     *heading_label;
  GtkDropDown  *plan_dropdown;
  GtkDropDown  *kind_dropdown;
  GtkEntry     *problem_entry;
  GtkEntry     *goal_entry;
  GtkEntry     *measures_entry;
  GtkEntry     *leader_entry;
  HdPickButton *unit_button;
  GtkLabel     *unit_error;
  GtkEntry     *person_entry;
  GtkEntry     *deadline_entry;
  GtkLabel     *deadline_error;
  GtkLabel     *error_label;
  GtkButton    *save_button;
};

G_DEFINE_FINAL_TYPE (HdTaskForm, hd_task_form, GTK_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_long_term (HdTaskForm *self)
{
  return gtk_drop_down_get_selected (self->kind_dropdown) == HD_TASK_KIND_LONG_TERM;
}

/* A long-term task has review dates instead of one deadline. */
static void
kind_changed_cb (HdTaskForm *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->deadline_entry), !is_long_term (self));
  hd_field_error_set (self->deadline_error, GTK_WIDGET (self->deadline_entry), NULL);
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  HdTaskForm *self = HD_TASK_FORM (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *deadline = NULL;
  HdTaskFields fields;
  gint64 id;

  hd_field_error_set (self->unit_error, GTK_WIDGET (self->unit_button), NULL);
  hd_field_error_set (self->deadline_error, GTK_WIDGET (self->deadline_entry), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  if (!is_long_term (self))
    {
      GDate date;

      g_date_clear (&date, 1);
      if (!hd_date_parse_typed (gtk_editable_get_text (GTK_EDITABLE (self->deadline_entry)), &date))
        {
          hd_field_error_set (self->deadline_error, GTK_WIDGET (self->deadline_entry),
                              _("Type the deadline, e.g. 2014-10-31, 2014/10/31, 2014.10.31 or 2014年10月31日. A long-term task needs none."));
          gtk_widget_grab_focus (GTK_WIDGET (self->deadline_entry));
          return;
        }
      deadline = hd_date_format_iso (&date);
    }
  if (hd_pick_button_get_id (self->unit_button) == 0)
    {
      hd_field_error_set (self->unit_error, GTK_WIDGET (self->unit_button),
                          _("Choose the responsible unit: press Enter here and type part of its name."));
      gtk_widget_grab_focus (GTK_WIDGET (self->unit_button));
      return;
    }

  fields = (HdTaskFields) {
    .unit_id = hd_pick_button_get_id (self->unit_button),
    .plan = gtk_drop_down_get_selected (self->plan_dropdown),
    .rule_action = HD_RULE_ACTION_NONE,
    .kind = gtk_drop_down_get_selected (self->kind_dropdown),
    .problem = gtk_editable_get_text (GTK_EDITABLE (self->problem_entry)),
    .problem_id = self->problem_id,
    .source = self->source,
    .goal = gtk_editable_get_text (GTK_EDITABLE (self->goal_entry)),
    .measures = gtk_editable_get_text (GTK_EDITABLE (self->measures_entry)),
    .leader = gtk_editable_get_text (GTK_EDITABLE (self->leader_entry)),
    .person = gtk_editable_get_text (GTK_EDITABLE (self->person_entry)),
    .deadline = deadline,
  };
  id = hd_task_create (hd_context_get_store (self->context), hd_context_get_history (self->context),
                       &fields, &error);
  if (id == 0)
    {
      hd_field_error_set (self->error_label, NULL, error->message);
      return;
    }

  hd_dialog_close_saved (GTK_WINDOW (self), signals[CREATED], id);
}

static void
hd_task_form_dispose (GObject *object)
{
  HdTaskForm *self = HD_TASK_FORM (object);

  g_clear_object (&self->context);
  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (hd_task_form_parent_class)->dispose (object);
}

static void
hd_task_form_class_init (HdTaskFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_task_form_dispose;

  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HD_TYPE_PICK_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/opinions/hd-task-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HdTaskForm, heading_label);
  gtk_widget_class_bind_template_child (widget_class, HdTaskForm, plan_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdTaskForm, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdTaskForm, problem_entry);
  gtk_widget_class_bind_template_child (widget_class, HdTaskForm, goal_entry);
  gtk_widget_class_bind_template_child (widget_class, HdTaskForm, measures_entry);
  gtk_widget_class_bind_template_child (widget_class, HdTaskForm, leader_entry);
  gtk_widget_class_bind_template_child (widget_class, HdTaskForm, unit_button);
  gtk_widget_class_bind_template_child (widget_class, HdTaskForm, unit_error);
  gtk_widget_class_bind_template_child (widget_class, HdTaskForm, person_entry);
  gtk_widget_class_bind_template_child (widget_class, HdTaskForm, deadline_entry);
  gtk_widget_class_bind_template_child (widget_class, HdTaskForm, deadline_error);
  gtk_widget_class_bind_template_child (widget_class, HdTaskForm, error_label);
  gtk_widget_class_bind_template_child (widget_class, HdTaskForm, save_button);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

HD_ENUM_LABEL_FUNC (plan_label, hd_task_plan_get_label)
HD_ENUM_LABEL_FUNC (kind_label, hd_task_kind_get_label)

static void
hd_task_form_init (HdTaskForm *self)
{
  g_autoptr(GtkStringList) plans = hd_enum_labels_new (NULL, plan_label, 0, HD_TASK_N_PLANS);
  g_autoptr(GtkStringList) kinds = hd_enum_labels_new (NULL, kind_label, 0, HD_TASK_N_KINDS);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (self->plan_dropdown, G_LIST_MODEL (plans));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  gtk_drop_down_set_selected (self->kind_dropdown, HD_TASK_KIND_DEADLINE);
  g_signal_connect_object (self->kind_dropdown, "notify::selected", G_CALLBACK (kind_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_button_set_label (self->save_button, _("C_reate Task"));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

/* The channels the problem's opinions came by, each once: "问卷调查、走访". */
static char *
dup_source (HdStore *store,
            gint64   problem_id)
{
  g_autoptr(GListModel) opinions = hd_problem_list_opinions (store, problem_id, NULL);
  g_autoptr(GString) source = g_string_new (NULL);
  gboolean seen[HD_OPINION_N_CHANNELS] = { FALSE, };
  guint n = opinions != NULL ? g_list_model_get_n_items (opinions) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HdOpinion) opinion = g_list_model_get_item (opinions, i);
      HdOpinionChannel channel = hd_opinion_get_channel (opinion);

      if (seen[channel])
        continue;
      seen[channel] = TRUE;
      if (source->len > 0)
        /* Translators: between the channels in a task's source, e.g. "问卷调查、走访" */
        g_string_append (source, C_("source", ", "));
      g_string_append (source, hd_opinion_channel_get_label (channel));
    }
  return source->len > 0 ? g_string_free (g_steal_pointer (&source), FALSE) : NULL;
}

HdTaskForm *
hd_task_form_new (GtkWindow *parent,
                  HdContext *context,
                  gint64     problem_id)
{
  HdTaskForm *self;
  g_autoptr(HdProblem) problem = NULL;

  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);

  self = hd_dialog_new (HD_TYPE_TASK_FORM, parent);
  self->context = g_object_ref (context);
  self->problem_id = problem_id;
  hd_pick_button_setup (self->unit_button, context, HD_SEARCH_HIT_UNIT, _("Responsible Unit"),
                        _("Choose a unit…"));

  problem = hd_problem_load (hd_context_get_store (context), problem_id, NULL);
  if (problem != NULL)
    {
      g_autofree char *heading =
        /* Translators: %s is the problem's summary */
        g_strdup_printf (_("For the problem “%s”. The task goes into the responsible unit’s ledger."),
                         hd_problem_get_summary (problem));

      gtk_label_set_label (self->heading_label, heading);
      gtk_editable_set_text (GTK_EDITABLE (self->problem_entry), hd_problem_get_summary (problem));
      hd_pick_button_set_id (self->unit_button, hd_problem_get_unit_id (problem));
      self->source = dup_source (hd_context_get_store (context), problem_id);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->goal_entry));
  return self;
}

GtkDropDown *
hd_task_form_get_plan_dropdown (HdTaskForm *self)
{
  g_return_val_if_fail (HD_IS_TASK_FORM (self), NULL);
  return self->plan_dropdown;
}

GtkDropDown *
hd_task_form_get_kind_dropdown (HdTaskForm *self)
{
  g_return_val_if_fail (HD_IS_TASK_FORM (self), NULL);
  return self->kind_dropdown;
}

GtkEditable *
hd_task_form_get_problem_entry (HdTaskForm *self)
{
  g_return_val_if_fail (HD_IS_TASK_FORM (self), NULL);
  return GTK_EDITABLE (self->problem_entry);
}

GtkEditable *
hd_task_form_get_goal_entry (HdTaskForm *self)
{
  g_return_val_if_fail (HD_IS_TASK_FORM (self), NULL);
  return GTK_EDITABLE (self->goal_entry);
}

GtkEditable *
hd_task_form_get_measures_entry (HdTaskForm *self)
{
  g_return_val_if_fail (HD_IS_TASK_FORM (self), NULL);
  return GTK_EDITABLE (self->measures_entry);
}

GtkEditable *
hd_task_form_get_leader_entry (HdTaskForm *self)
{
  g_return_val_if_fail (HD_IS_TASK_FORM (self), NULL);
  return GTK_EDITABLE (self->leader_entry);
}

HdPickButton *
hd_task_form_get_unit_button (HdTaskForm *self)
{
  g_return_val_if_fail (HD_IS_TASK_FORM (self), NULL);
  return self->unit_button;
}

GtkEditable *
hd_task_form_get_person_entry (HdTaskForm *self)
{
  g_return_val_if_fail (HD_IS_TASK_FORM (self), NULL);
  return GTK_EDITABLE (self->person_entry);
}

GtkEditable *
hd_task_form_get_deadline_entry (HdTaskForm *self)
{
  g_return_val_if_fail (HD_IS_TASK_FORM (self), NULL);
  return GTK_EDITABLE (self->deadline_entry);
}

const char *
hd_task_form_get_error (HdTaskForm *self)
{
  GtkLabel *labels[] = { self->deadline_error, self->unit_error, self->error_label };

  g_return_val_if_fail (HD_IS_TASK_FORM (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (gtk_widget_get_visible (GTK_WIDGET (labels[i])))
      return gtk_label_get_label (labels[i]);
  return NULL;
}

/* hd-problem-editor.c */
#include <glib/gi18n-lib.h>

#include "common/hd-enum-labels.h"
#include "common/hd-dialog.h"
#include "common/hd-field-error.h"
#include "common/hd-owner-banner.h"
#include "opinions/hd-problem-editor.h"
#include "opinions/hd-problem.h"
#include "store/hd-date.h"

struct _HdProblemEditor
{
  GtkWindow     parent_instance;

  HdContext    *context;
  GArray       *opinion_ids;    /* merging these */
  HdProblem    *problem;        /* or editing this one */

  HdOwnerBanner *owner_banner;
  GtkWidget    *fields_grid;
  GtkLabel     *heading_label;
  HdPickButton *unit_button;
  GtkLabel     *unit_error;
  HdPickButton *person_button;
  GtkDropDown  *category_dropdown;
  GtkEntry     *summary_entry;
  GtkLabel     *error_label;
  GtkButton    *save_button;
};

G_DEFINE_FINAL_TYPE (HdProblemEditor, hd_problem_editor, GTK_TYPE_WINDOW)

enum {
  MERGED,
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  HdProblemEditor *self = HD_PROBLEM_EDITOR (widget);
  const GDate *today = hd_context_get_today (self->context);
  g_autofree char *found = self->problem != NULL ? g_strdup (hd_problem_get_found (self->problem))
                                                 : hd_date_format_iso (today);
  g_autoptr(GError) error = NULL;
  HdProblemFields fields = {
    .unit_id = hd_pick_button_get_id (self->unit_button),
    .person_id = hd_pick_button_get_id (self->person_button),
    .category = gtk_drop_down_get_selected (self->category_dropdown),
    .summary = gtk_editable_get_text (GTK_EDITABLE (self->summary_entry)),
    .found = found,
  };
  gint64 id;

  hd_field_error_set (self->unit_error, GTK_WIDGET (self->unit_button), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  if (fields.unit_id == 0)
    {
      hd_field_error_set (self->unit_error, GTK_WIDGET (self->unit_button),
                          _("Choose the unit the problem belongs to: press Enter here and type part of its name."));
      gtk_widget_grab_focus (GTK_WIDGET (self->unit_button));
      return;
    }

  if (self->problem != NULL)
    id = hd_problem_update (hd_context_get_store (self->context), hd_context_get_history (self->context),
                            hd_problem_get_id (self->problem), &fields, today, &error)
         ? hd_problem_get_id (self->problem) : 0;
  else
    id = hd_problem_merge (hd_context_get_store (self->context), hd_context_get_history (self->context),
                           &fields, (const gint64 *) self->opinion_ids->data, self->opinion_ids->len,
                           today, &error);
  if (id == 0)
    {
      hd_field_error_set (self->error_label, NULL, error->message);
      return;
    }

  hd_dialog_close_saved (GTK_WINDOW (self), signals[self->problem != NULL ? SAVED : MERGED], id);
}

static void
hd_problem_editor_dispose (GObject *object)
{
  HdProblemEditor *self = HD_PROBLEM_EDITOR (object);

  g_clear_object (&self->context);
  g_clear_pointer (&self->opinion_ids, g_array_unref);
  g_clear_object (&self->problem);

  G_OBJECT_CLASS (hd_problem_editor_parent_class)->dispose (object);
}

static void
hd_problem_editor_class_init (HdProblemEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_problem_editor_dispose;

  signals[MERGED] = g_signal_new ("merged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HD_TYPE_PICK_BUTTON);
  g_type_ensure (HD_TYPE_OWNER_BANNER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/opinions/hd-problem-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HdProblemEditor, owner_banner);
  gtk_widget_class_bind_template_child (widget_class, HdProblemEditor, fields_grid);
  gtk_widget_class_bind_template_child (widget_class, HdProblemEditor, heading_label);
  gtk_widget_class_bind_template_child (widget_class, HdProblemEditor, unit_button);
  gtk_widget_class_bind_template_child (widget_class, HdProblemEditor, unit_error);
  gtk_widget_class_bind_template_child (widget_class, HdProblemEditor, person_button);
  gtk_widget_class_bind_template_child (widget_class, HdProblemEditor, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdProblemEditor, summary_entry);
  gtk_widget_class_bind_template_child (widget_class, HdProblemEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, HdProblemEditor, save_button);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

HD_ENUM_LABEL_FUNC (category_label, hd_category_get_label)

static void
hd_problem_editor_init (HdProblemEditor *self)
{
  g_autoptr(GtkStringList) categories = hd_enum_labels_new (NULL, category_label, 0, HD_N_CATEGORIES);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));
  gtk_button_set_label (self->save_button, _("_Merge"));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

static HdProblemEditor *
editor_new (GtkWindow *parent,
            HdContext *context)
{
  HdProblemEditor *self = hd_dialog_new (HD_TYPE_PROBLEM_EDITOR, parent);

  self->context = g_object_ref (context);
  hd_pick_button_setup (self->unit_button, context, HD_SEARCH_HIT_UNIT, _("Unit of the Problem"),
                        _("Choose a unit…"));
  hd_pick_button_setup (self->person_button, context, HD_SEARCH_HIT_PERSON, _("Person the Problem Concerns"),
                        _("The leadership team as a whole"));
  return self;
}

HdProblemEditor *
hd_problem_editor_new (GtkWindow    *parent,
                       HdContext    *context,
                       const gint64 *opinion_ids,
                       guint         n_opinions)
{
  HdProblemEditor *self;
  g_autoptr(HdOpinion) first = NULL;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (opinion_ids != NULL && n_opinions > 0, NULL);

  self = editor_new (parent, context);
  self->opinion_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_opinions);
  g_array_append_vals (self->opinion_ids, opinion_ids, n_opinions);
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "The opinion becomes one problem and keeps its link to it.",
                                          "The %u opinions become one problem and keep their links to it.",
                                          n_opinions),
                             n_opinions);
  gtk_label_set_label (self->heading_label, heading);

  first = hd_opinion_load (hd_context_get_store (context), opinion_ids[0], NULL);
  if (first != NULL)
    {
      hd_pick_button_set_id (self->unit_button, hd_opinion_get_unit_id (first));
      hd_pick_button_set_id (self->person_button, hd_opinion_get_person_id (first));
      gtk_drop_down_set_selected (self->category_dropdown, hd_opinion_get_category (first));
      gtk_editable_set_text (GTK_EDITABLE (self->summary_entry), hd_opinion_get_content (first));
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->summary_entry));
  return self;
}

HdProblemEditor *
hd_problem_editor_new_for_problem (GtkWindow  *parent,
                                   HdContext  *context,
                                   gint64      problem_id,
                                   GError    **error)
{
  g_autoptr(HdProblem) problem = NULL;
  HdProblemEditor *self;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);

  problem = hd_problem_load (hd_context_get_store (context), problem_id, error);
  if (problem == NULL)
    return NULL;
  self = editor_new (parent, context);
  self->problem = g_object_ref (problem);
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Problem"));
  gtk_button_set_label (self->save_button, _("_Save"));
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u opinion is linked to this problem; its own text does not change.",
                                          "%u opinions are linked to this problem; their own texts do not change.",
                                          hd_problem_get_n_opinions (problem)),
                             hd_problem_get_n_opinions (problem));
  gtk_label_set_label (self->heading_label, heading);
  hd_pick_button_set_id (self->unit_button, hd_problem_get_unit_id (problem));
  hd_pick_button_set_id (self->person_button, hd_problem_get_person_id (problem));
  gtk_drop_down_set_selected (self->category_dropdown, hd_problem_get_category (problem));
  gtk_editable_set_text (GTK_EDITABLE (self->summary_entry), hd_problem_get_summary (problem));
  gtk_widget_grab_focus (GTK_WIDGET (self->summary_entry));
  /* Another office's problem is only shown. */
  if (!hd_owner_banner_show_row (self->owner_banner, hd_context_get_store (context), "problem", problem_id))
    {
      gtk_widget_set_sensitive (self->fields_grid, FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
    }
  return self;
}

HdPickButton *
hd_problem_editor_get_person_button (HdProblemEditor *self)
{
  g_return_val_if_fail (HD_IS_PROBLEM_EDITOR (self), NULL);
  return self->person_button;
}

HdPickButton *
hd_problem_editor_get_unit_button (HdProblemEditor *self)
{
  g_return_val_if_fail (HD_IS_PROBLEM_EDITOR (self), NULL);
  return self->unit_button;
}

GtkDropDown *
hd_problem_editor_get_category_dropdown (HdProblemEditor *self)
{
  g_return_val_if_fail (HD_IS_PROBLEM_EDITOR (self), NULL);
  return self->category_dropdown;
}

GtkEditable *
hd_problem_editor_get_summary_entry (HdProblemEditor *self)
{
  g_return_val_if_fail (HD_IS_PROBLEM_EDITOR (self), NULL);
  return GTK_EDITABLE (self->summary_entry);
}

const char *
hd_problem_editor_get_error (HdProblemEditor *self)
{
  g_return_val_if_fail (HD_IS_PROBLEM_EDITOR (self), NULL);

  if (gtk_widget_get_visible (GTK_WIDGET (self->unit_error)))
    return gtk_label_get_label (self->unit_error);
  if (gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return gtk_label_get_label (self->error_label);
  return NULL;
}

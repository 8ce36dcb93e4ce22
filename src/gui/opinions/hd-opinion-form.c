/* hd-opinion-form.c */
#include <glib/gi18n-lib.h>

#include "common/hd-enum-labels.h"
#include "common/hd-field-error.h"
#include "common/hd-owner-banner.h"
#include "opinions/hd-opinion-form.h"
#include "opinions/hd-opinion.h"
#include "store/hd-date.h"

struct _HdOpinionForm
{
  GtkWidget      parent_instance;

  HdContext     *context;
  guint          saved_count;
  gint64         editing_id;     /* 0: entering new opinions */
  GtkStringList *statuses;       /* the status drop-down's: "turned into a problem" only when it is */
  gboolean       offers_problem;

  HdOwnerBanner *owner_banner;
  GtkWidget     *fields_grid;
  GtkLabel      *heading_label;
  GtkLabel      *status_label;
  GtkDropDown   *status_dropdown;
  GtkButton     *save_button;
  GtkDropDown   *channel_dropdown;
  GtkEntry      *date_entry;
  GtkLabel      *date_error;
  HdPickButton  *unit_button;
  GtkLabel      *unit_error;
  HdPickButton  *person_button;
  GtkDropDown   *category_dropdown;
  GtkTextView   *content_view;
  GtkLabel      *content_error;
  GtkLabel      *error_label;
  GtkLabel      *note_label;
};

G_DEFINE_FINAL_TYPE (HdOpinionForm, hd_opinion_form, GTK_TYPE_WIDGET)

enum {
  SAVED,
  EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_errors (HdOpinionForm *self)
{
  hd_field_error_set (self->date_error, GTK_WIDGET (self->date_entry), NULL);
  hd_field_error_set (self->unit_error, GTK_WIDGET (self->unit_button), NULL);
  hd_field_error_set (self->content_error, GTK_WIDGET (self->content_view), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static char *
dup_content (HdOpinionForm *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->content_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The core says what is wrong but not with which field: the field whose stand-in value makes
 * the message go away gets it. */
static void
show_core_error (HdOpinionForm         *self,
                 const HdOpinionFields *fields,
                 const GError          *error)
{
  HdStore *store = hd_context_get_store (self->context);
  const GDate *today = hd_context_get_today (self->context);
  g_autofree char *today_iso = hd_date_format_iso (today);
  HdOpinionFields probe = *fields;
  g_autoptr(GError) probe_error = NULL;

  probe.content = "-";
  if (hd_opinion_fields_validate (store, &probe, today, &probe_error) ||
      g_strcmp0 (probe_error->message, error->message) != 0)
    {
      hd_field_error_set (self->content_error, GTK_WIDGET (self->content_view), error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->content_view));
      return;
    }
  g_clear_error (&probe_error);
  probe = *fields;
  probe.received = today_iso;
  if (hd_opinion_fields_validate (store, &probe, today, &probe_error) ||
      g_strcmp0 (probe_error->message, error->message) != 0)
    {
      hd_field_error_set (self->date_error, GTK_WIDGET (self->date_entry), error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->date_entry));
      return;
    }
  if (error->domain == HD_OPINION_ERROR)
    {
      hd_field_error_set (self->unit_error, GTK_WIDGET (self->unit_button), error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->unit_button));
      return;
    }
  hd_field_error_set (self->error_label, NULL, error->message);
}

static void
show_note (HdOpinionForm *self)
{
  g_autofree char *note =
    /* Translators: shown after each opinion saved from the form; %u counts them */
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saved (%u this session)", "Saved (%u this session)",
                                  self->saved_count),
                     self->saved_count);

  gtk_label_set_label (self->note_label, note);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), TRUE);
}

/* An opinion becomes "turned into a problem" only by merging (hd_problem_merge): the drop-down
 * offers that status only to an opinion that already has it, and its positions skip it otherwise. */
static void
offer_statuses (HdOpinionForm   *self,
                HdOpinionStatus  current)
{
  gboolean with_problem = current == HD_OPINION_STATUS_PROBLEM;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->statuses));
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  if (n == 0 || with_problem != self->offers_problem)
    {
      for (int i = 0; i < HD_OPINION_N_STATUSES; i++)
        if (i != HD_OPINION_STATUS_PROBLEM || with_problem)
          g_ptr_array_add (labels, (gpointer) hd_opinion_status_get_label (i));
      g_ptr_array_add (labels, NULL);
      self->offers_problem = with_problem;
      gtk_string_list_splice (self->statuses, 0, n, (const char * const *) labels->pdata);
    }
  gtk_drop_down_set_selected (self->status_dropdown,
                              !with_problem && current > HD_OPINION_STATUS_PROBLEM ? current - 1 : current);
}

static HdOpinionStatus
selected_status (HdOpinionForm *self)
{
  guint position = gtk_drop_down_get_selected (self->status_dropdown);

  return !self->offers_problem && position >= HD_OPINION_STATUS_PROBLEM ? position + 1 : position;
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  HdOpinionForm *self = HD_OPINION_FORM (widget);
  HdStore *store;
  const GDate *today;
  g_autoptr(GError) error = NULL;
  g_autofree char *content = NULL;
  g_autofree char *received = NULL;
  HdOpinionFields fields;
  GDate date;
  gint64 id;

  if (self->context == NULL)
    return;
  store = hd_context_get_store (self->context);
  today = hd_context_get_today (self->context);
  clear_errors (self);

  g_date_clear (&date, 1);
  if (!hd_date_parse_typed (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)), &date))
    {
      hd_field_error_set (self->date_error, GTK_WIDGET (self->date_entry),
                          _("Type the day the opinion was received, e.g. 2014-09-30, 2014/9/30, 2014.9.30 or 2014年9月30日."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_entry));
      return;
    }
  if (hd_pick_button_get_id (self->unit_button) == 0)
    {
      hd_field_error_set (self->unit_error, GTK_WIDGET (self->unit_button),
                          _("Choose the unit the opinion is about: press Enter here and type part of its name."));
      gtk_widget_grab_focus (GTK_WIDGET (self->unit_button));
      return;
    }

  content = dup_content (self);
  received = hd_date_format_iso (&date);
  fields = (HdOpinionFields) {
    .channel = gtk_drop_down_get_selected (self->channel_dropdown),
    .received = received,
    .unit_id = hd_pick_button_get_id (self->unit_button),
    .person_id = hd_pick_button_get_id (self->person_button),
    .category = gtk_drop_down_get_selected (self->category_dropdown),
    .content = content,
  };
  if (!hd_opinion_fields_validate (store, &fields, today, &error))
    {
      show_core_error (self, &fields, error);
      return;
    }
  if (self->editing_id != 0)
    {
      id = self->editing_id;
      if (!hd_opinion_update (store, hd_context_get_history (self->context), id, &fields,
                              selected_status (self), today, &error))
        {
          /* The fields passed above: what is left is the status, or a problem of the store. */
          hd_field_error_set (self->error_label, NULL, error->message);
          if (g_error_matches (error, HD_OPINION_ERROR, HD_OPINION_ERROR_INVALID))
            gtk_widget_grab_focus (GTK_WIDGET (self->status_dropdown));
          return;
        }
      /* Done: back to entering new ones, and the page closes the form. */
      hd_opinion_form_new_entry (self);
      g_signal_emit (self, signals[EDITED], 0, id);
      return;
    }
  id = hd_opinion_create (store, hd_context_get_history (self->context), &fields, today, &error);
  if (id == 0)
    {
      show_core_error (self, &fields, error);
      return;
    }

  /* Ready for the next questionnaire: the channel, date and unit stay. */
  self->saved_count++;
  show_note (self);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->content_view), "", 0);
  hd_pick_button_set_id (self->person_button, 0);
  gtk_drop_down_set_selected (self->category_dropdown, HD_CATEGORY_OTHER);
  gtk_widget_grab_focus (GTK_WIDGET (self->content_view));
  g_signal_emit (self, signals[SAVED], 0, id);
}

/* The message goes as soon as the clerk corrects the field. */
static void
date_changed_cb (HdOpinionForm *self)
{
  hd_field_error_set (self->date_error, GTK_WIDGET (self->date_entry), NULL);
}

static void
unit_changed_cb (HdOpinionForm *self)
{
  hd_field_error_set (self->unit_error, GTK_WIDGET (self->unit_button), NULL);
}

static void
hd_opinion_form_dispose (GObject *object)
{
  GtkWidget *child;
  HdOpinionForm *self = HD_OPINION_FORM (object);

  g_clear_object (&self->statuses);
  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_OPINION_FORM);
  /* The template's layout box has no name to be disposed by. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hd_opinion_form_parent_class)->dispose (object);
}

static void
hd_opinion_form_class_init (HdOpinionFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_opinion_form_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HD_TYPE_PICK_BUTTON);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (HD_TYPE_OWNER_BANNER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/opinions/hd-opinion-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HdOpinionForm, owner_banner);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionForm, fields_grid);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionForm, heading_label);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionForm, status_label);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionForm, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionForm, save_button);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionForm, channel_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionForm, date_entry);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionForm, date_error);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionForm, unit_button);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionForm, unit_error);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionForm, person_button);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionForm, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionForm, content_view);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionForm, content_error);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionForm, error_label);
  gtk_widget_class_bind_template_child (widget_class, HdOpinionForm, note_label);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_changed_cb);

  gtk_widget_class_install_action (widget_class, "form.save", NULL, save);
}

HD_ENUM_LABEL_FUNC (channel_label, hd_opinion_channel_get_label)
HD_ENUM_LABEL_FUNC (category_label, hd_category_get_label)

static void
hd_opinion_form_init (HdOpinionForm *self)
{
  g_autoptr(GtkStringList) channels = hd_enum_labels_new (NULL, channel_label, 0, HD_OPINION_N_CHANNELS);
  g_autoptr(GtkStringList) categories = hd_enum_labels_new (NULL, category_label, 0, HD_N_CATEGORIES);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (self->channel_dropdown, G_LIST_MODEL (channels));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));
  self->statuses = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (self->statuses));
  offer_statuses (self, HD_OPINION_STATUS_RECEIVED);
  gtk_drop_down_set_selected (self->category_dropdown, HD_CATEGORY_OTHER);
  g_signal_connect_object (self->unit_button, "notify::id", G_CALLBACK (unit_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

void
hd_opinion_form_set_context (HdOpinionForm *self,
                             HdContext     *context)
{
  g_autofree char *today = NULL;

  g_return_if_fail (HD_IS_OPINION_FORM (self));
  g_return_if_fail (HD_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;
  hd_pick_button_setup (self->unit_button, context, HD_SEARCH_HIT_UNIT, _("Unit of the Opinion"),
                        _("Choose a unit…"));
  hd_pick_button_setup (self->person_button, context, HD_SEARCH_HIT_PERSON, _("Person the Opinion Concerns"),
                        _("Nobody in particular"));
  today = hd_date_format_iso (hd_context_get_today (context));
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), today);
}

void
hd_opinion_form_focus (HdOpinionForm *self)
{
  g_return_if_fail (HD_IS_OPINION_FORM (self));

  if (hd_pick_button_get_id (self->unit_button) == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->unit_button));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->content_view));
}

static void
set_editing (HdOpinionForm *self,
             gint64         id)
{
  gboolean editable;

  self->editing_id = id;
  gtk_label_set_label (self->heading_label, id != 0 ? _("Edit Opinion") : _("New Opinion"));
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), id != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->status_dropdown), id != 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button),
                               id != 0 ? _("Save the changes and close the form (Ctrl+Enter)")
                                       : _("Save and start the next one (Ctrl+Enter)"));
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), id == 0 && self->saved_count > 0);
  /* Another office's opinion is only shown. */
  editable = hd_owner_banner_show_row (self->owner_banner,
                                       self->context != NULL ? hd_context_get_store (self->context) : NULL,
                                       "opinion", id);
  gtk_widget_set_sensitive (self->fields_grid, editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "form.save", editable);
}

/* Text typed into the content, not blanks alone. */
static gboolean
has_text (HdOpinionForm *self)
{
  g_autofree char *content = dup_content (self);

  return *g_strstrip (content) != '\0';
}

gboolean
hd_opinion_form_edit (HdOpinionForm  *self,
                      gint64          id,
                      GError        **error)
{
  g_autoptr(HdOpinion) opinion = NULL;
  GDate date;

  g_return_val_if_fail (HD_IS_OPINION_FORM (self), FALSE);
  g_return_val_if_fail (self->context != NULL, FALSE);

  if (self->editing_id == 0 && has_text (self))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                           _("Save the new opinion you are typing (Ctrl+Enter) or clear its text before opening another one."));
      return FALSE;
    }
  opinion = hd_opinion_load (hd_context_get_store (self->context), id, error);
  if (opinion == NULL)
    return FALSE;
  clear_errors (self);
  set_editing (self, id);
  gtk_drop_down_set_selected (self->channel_dropdown, hd_opinion_get_channel (opinion));
  g_date_clear (&date, 1);
  if (hd_date_parse_iso (hd_opinion_get_received (opinion), &date))
    {
      g_autofree char *shown = hd_date_format_iso (&date);

      gtk_editable_set_text (GTK_EDITABLE (self->date_entry), shown);
    }
  hd_pick_button_set_id (self->unit_button, hd_opinion_get_unit_id (opinion));
  hd_pick_button_set_id (self->person_button, hd_opinion_get_person_id (opinion));
  gtk_drop_down_set_selected (self->category_dropdown, hd_opinion_get_category (opinion));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->content_view), hd_opinion_get_content (opinion), -1);
  offer_statuses (self, hd_opinion_get_status (opinion));
  gtk_widget_grab_focus (GTK_WIDGET (self->content_view));
  return TRUE;
}

void
hd_opinion_form_new_entry (HdOpinionForm *self)
{
  g_return_if_fail (HD_IS_OPINION_FORM (self));

  if (self->editing_id == 0)
    return;
  /* What the edited opinion had is no stack of questionnaires to carry on with. */
  clear_errors (self);
  set_editing (self, 0);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->content_view), "", 0);
  hd_pick_button_set_id (self->person_button, 0);
  gtk_drop_down_set_selected (self->category_dropdown, HD_CATEGORY_OTHER);
}

gint64
hd_opinion_form_get_editing (HdOpinionForm *self)
{
  g_return_val_if_fail (HD_IS_OPINION_FORM (self), 0);
  return self->editing_id;
}

GtkDropDown *
hd_opinion_form_get_status_dropdown (HdOpinionForm *self)
{
  g_return_val_if_fail (HD_IS_OPINION_FORM (self), NULL);
  return self->status_dropdown;
}

guint
hd_opinion_form_get_saved_count (HdOpinionForm *self)
{
  g_return_val_if_fail (HD_IS_OPINION_FORM (self), 0);
  return self->saved_count;
}

GtkDropDown *
hd_opinion_form_get_channel_dropdown (HdOpinionForm *self)
{
  g_return_val_if_fail (HD_IS_OPINION_FORM (self), NULL);
  return self->channel_dropdown;
}

GtkEditable *
hd_opinion_form_get_date_entry (HdOpinionForm *self)
{
  g_return_val_if_fail (HD_IS_OPINION_FORM (self), NULL);
  return GTK_EDITABLE (self->date_entry);
}

HdPickButton *
hd_opinion_form_get_unit_button (HdOpinionForm *self)
{
  g_return_val_if_fail (HD_IS_OPINION_FORM (self), NULL);
  return self->unit_button;
}

HdPickButton *
hd_opinion_form_get_person_button (HdOpinionForm *self)
{
  g_return_val_if_fail (HD_IS_OPINION_FORM (self), NULL);
  return self->person_button;
}

GtkDropDown *
hd_opinion_form_get_category_dropdown (HdOpinionForm *self)
{
  g_return_val_if_fail (HD_IS_OPINION_FORM (self), NULL);
  return self->category_dropdown;
}

GtkTextView *
hd_opinion_form_get_content_view (HdOpinionForm *self)
{
  g_return_val_if_fail (HD_IS_OPINION_FORM (self), NULL);
  return self->content_view;
}

static const char *
shown (GtkLabel *label)
{
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_label (label) : NULL;
}

const char *
hd_opinion_form_get_date_error (HdOpinionForm *self)
{
  g_return_val_if_fail (HD_IS_OPINION_FORM (self), NULL);
  return shown (self->date_error);
}

const char *
hd_opinion_form_get_unit_error (HdOpinionForm *self)
{
  g_return_val_if_fail (HD_IS_OPINION_FORM (self), NULL);
  return shown (self->unit_error);
}

const char *
hd_opinion_form_get_content_error (HdOpinionForm *self)
{
  g_return_val_if_fail (HD_IS_OPINION_FORM (self), NULL);
  return shown (self->content_error) != NULL ? shown (self->content_error) : shown (self->error_label);
}

const char *
hd_opinion_form_get_note (HdOpinionForm *self)
{
  g_return_val_if_fail (HD_IS_OPINION_FORM (self), NULL);
  return shown (self->note_label);
}

/* hd-accountability-form.c */
#include <glib/gi18n-lib.h>

#include "lookback/hd-accountability-form.h"
#include "lookback/hd-notice.h"
#include "organisation/hd-person.h"
#include "organisation/hd-unit.h"

typedef struct {
  HdContext   *context;
  gint64       unit_id;
  GArray      *people;     /* person ids after "the unit itself" */
  GArray      *tasks;
  GArray      *notices;
  GtkDropDown *person;
  GtkDropDown *measure;
  GtkTextView *reason;
  GtkEntry    *date;
  GtkEntry    *decided_by;
} Form;

static void
form_free (gpointer data)
{
  Form *form = data;

  g_object_unref (form->context);
  g_array_unref (form->people);
  g_array_unref (form->tasks);
  g_array_unref (form->notices);
  g_free (form);
}

static gboolean
apply (HdFormWindow *window,
       gpointer      data)
{
  Form *form = data;
  guint person = gtk_drop_down_get_selected (form->person);
  g_autofree char *reason = hd_form_window_dup_text (form->reason);
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;
  HdAccountabilityFields fields = {
    .unit_id = form->unit_id,
    .person_id = person > 0 && person <= form->people->len ? g_array_index (form->people, gint64, person - 1) : 0,
    .measure = HD_ESCALATION_FIRST_MEASURE + gtk_drop_down_get_selected (form->measure),
    .reason = reason,
    .decided_by = gtk_editable_get_text (GTK_EDITABLE (form->decided_by)),
    .task_ids = (const gint64 *) form->tasks->data, .n_tasks = form->tasks->len,
    .notice_ids = (const gint64 *) form->notices->data, .n_notices = form->notices->len,
  };

  if ((date = hd_form_window_read_date (window, form->date,
                                        _("The day of the decision is not a date: write it as 2014年10月8日 or 2014-10-08."))) == NULL)
    return FALSE;
  fields.date = date;
  if (hd_accountability_create (hd_context_get_store (form->context), hd_context_get_history (form->context),
                                &fields, &error) == 0)
    {
      hd_form_window_show_error (window, error->message);
      return FALSE;
    }
  return TRUE;
}

HdFormWindow *
hd_accountability_form_new (GtkWindow    *parent,
                            HdContext    *context,
                            gint64        unit_id,
                            HdEscalation  measure)
{
  HdStore *store = hd_context_get_store (context);
  Form *form = g_new0 (Form, 1);
  HdFormWindow *window;
  g_autoptr(HdUnit) unit = hd_unit_load (store, unit_id, NULL);
  g_autoptr(GListModel) roster = hd_person_list_new_for_unit (store, unit_id);
  g_autoptr(GtkStringList) people = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) measures = gtk_string_list_new (NULL);
  g_autofree char *heading = NULL;
  g_autofree char *concerns = NULL;
  g_autofree char *office = hd_notice_default_office (store, NULL);

  form->context = g_object_ref (context);
  form->unit_id = unit_id;
  form->people = g_array_new (FALSE, FALSE, sizeof (gint64));
  form->tasks = g_array_new (FALSE, FALSE, sizeof (gint64));
  form->notices = g_array_new (FALSE, FALSE, sizeof (gint64));
  hd_escalation_red_tasks (store, unit_id, hd_context_get_today (context),
                           g_settings_get_uint (hd_context_get_settings (context), "deadline-warning-days"),
                           form->tasks, form->notices, NULL);
  window = hd_form_window_new (parent, _("Record Accountability"), _("_Record"), apply, form, form_free);
  g_object_set_data (G_OBJECT (window), "hd-accountability-form", form);

  /* Translators: the unit an accountability measure is about. */
  heading = g_strdup_printf (_("Unit: %s"), unit != NULL ? hd_unit_get_name (unit) : "");
  hd_form_window_add_heading (window, heading);
  /* Translators: what an accountability record concerns: the tasks its notices name that are
   * still red (%u), and those notices (%u). */
  concerns = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "It concerns %u task still red and the supervision notices that name it (%u).",
                                           "It concerns %u tasks still red and the supervision notices that name them (%u).",
                                           form->tasks->len),
                              form->tasks->len, form->notices->len);
  hd_form_window_add_heading (window, concerns);

  gtk_string_list_append (people, _("The unit itself"));
  for (guint i = 0; i < g_list_model_get_n_items (roster); i++)
    {
      g_autoptr(HdPerson) person = g_list_model_get_item (roster, i);
      gint64 id = hd_person_get_id (person);

      gtk_string_list_append (people, hd_person_get_name (person));
      g_array_append_val (form->people, id);
    }
  form->person = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (people)), NULL));
  gtk_drop_down_set_enable_search (form->person, TRUE);
  hd_form_window_add_field (window, _("_Who"), GTK_WIDGET (form->person));

  for (HdEscalation step = HD_ESCALATION_FIRST_MEASURE; step < HD_ESCALATION_N_STEPS; step++)
    gtk_string_list_append (measures, hd_escalation_get_label (step));
  form->measure = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (measures)), NULL));
  if (measure >= HD_ESCALATION_FIRST_MEASURE)
    gtk_drop_down_set_selected (form->measure, measure - HD_ESCALATION_FIRST_MEASURE);
  hd_form_window_add_field (window, _("_Measure"), GTK_WIDGET (form->measure));
  form->reason = hd_form_window_add_text (window, _("_Reason"), NULL);
  form->date = hd_form_window_add_date (window, _("_Date"), hd_context_get_today (context));
  form->decided_by = hd_form_window_add_entry (window, _("Decided _by"), office);
  return window;
}

void
hd_accountability_form_set_reason (HdFormWindow *window,
                                   const char   *reason)
{
  Form *form = g_object_get_data (G_OBJECT (window), "hd-accountability-form");

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (form->reason), reason, -1);
}

/* hd-meeting-forms.c */
#include <glib/gi18n-lib.h>

#include "common/hd-enum-labels.h"
#include "store/hd-date.h"
#include "talks/hd-meeting-forms.h"
#include "common/hd-name-completion.h"

/* What any of the forms holds: the fields it has, the others NULL. */
typedef struct {
  HdContext    *context;
  gint64        unit_id;
  gint64        meeting_id;
  gint64        person_id;
  gint64        measure_id;
  GtkEntry     *date;
  GtkEntry     *other_date;
  GtkEntry     *entry;
  GtkEntry     *name;
  GtkEntry     *other_name;
  GtkTextView  *text;
  GtkTextView  *other_text;
  GtkDropDown  *choice;
  void        (*done) (gpointer data, gint64 id);
  gpointer      data;
  GArray       *member_ids;     /* the team's, for the forms that name only its members */
  GStrv         member_names;
} Form;

static void
form_free (gpointer data)
{
  Form *form = data;

  g_object_unref (form->context);
  g_clear_pointer (&form->member_ids, g_array_unref);
  g_strfreev (form->member_names);
  g_free (form);
}

/* The team's members, whom criticism and measures name. */
static void
take_members (Form                  *form,
              const HdMeetingRecord *record)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  form->member_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < record->people->len; i++)
    {
      const HdMeetingPerson *person = &g_array_index (record->people, HdMeetingPerson, i);

      if (!person->member)
        continue;
      g_array_append_val (form->member_ids, person->person_id);
      g_strv_builder_add (names, person->name);
    }
  form->member_names = g_strv_builder_end (names);
}

/* The member named in @entry, or 0 after saying why with the focus there. */
static gint64
read_member (HdFormWindow *window,
             Form         *form,
             GtkEntry     *entry)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autofree char *message = NULL;
  gint64 found = 0;
  guint n = 0;

  for (guint i = 0; form->member_names[i] != NULL; i++)
    if (g_str_equal (form->member_names[i], name))
      {
        found = g_array_index (form->member_ids, gint64, i);
        n++;
      }
  if (n == 1)
    return found;
  message = n == 0 ? g_strdup_printf (_("“%s” is not a member of the meeting's leadership team: choose a member of the team."), name)
                   : g_strdup_printf (_("Two members of the team are called “%s”: tell them apart on the roster first."), name);
  hd_form_window_show_error (window, message);
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  return 0;
}

/* The members' names that contain @fragment. */
static GStrv
lookup_members (const char *fragment,
                guint       limit,
                gpointer    data)
{
  Form *form = data;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  guint n = 0;

  for (guint i = 0; form->member_names[i] != NULL && n < limit; i++)
    if (strstr (form->member_names[i], fragment) != NULL)
      {
        g_strv_builder_add (names, form->member_names[i]);
        n++;
      }
  return g_strv_builder_end (names);
}

static HdFormWindow *
form_window_new (GtkWindow   *parent,
                 HdContext   *context,
                 const char  *title,
                 const char  *action,
                 HdFormApply  apply,
                 Form       **form)
{
  *form = g_new0 (Form, 1);
  (*form)->context = g_object_ref (context);
  return hd_form_window_new (parent, title, action, apply, *form, form_free);
}

static HdStore *
store_of (Form *form)
{
  return hd_context_get_store (form->context);
}

static HdHistory *
history_of (Form *form)
{
  return hd_context_get_history (form->context);
}

/* Says why an edit was refused; FALSE keeps the form open. */
static gboolean
refused (HdFormWindow *window,
         GError       *error)
{
  hd_form_window_show_error (window, error->message);
  return FALSE;
}

/* The day in @entry as ISO in @iso, "" for an empty field; FALSE after saying what to write. */
static gboolean
read_optional_date (HdFormWindow *window,
                    GtkEntry     *entry,
                    const char   *message,
                    char        **iso)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (*text == '\0')
    {
      *iso = g_strdup ("");
      return TRUE;
    }
  return (*iso = hd_form_window_read_date (window, entry, message)) != NULL;
}

/* A date field showing @iso (may be ""). */
static GtkEntry *
add_day (HdFormWindow *window,
         const char   *label,
         const char   *iso)
{
  GDate date;

  return hd_form_window_add_date (window, label, iso != NULL && hd_date_parse_iso (iso, &date) ? &date : NULL);
}

/* ---- plan a meeting ---- */

HD_ENUM_LABEL_FUNC (meeting_kind_label, hd_meeting_kind_get_label)

static gboolean
apply_plan (HdFormWindow *window,
            gpointer      data)
{
  Form *form = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  g_autofree char *from = NULL;
  HdMeetingFields fields = { form->unit_id, (HdMeetingKind) gtk_drop_down_get_selected (form->choice) };
  gint64 id;

  if ((day = hd_form_window_read_date (window, form->date,
                                       _("The day of the meeting is not a date: write it as 2014年10月15日 or 2014-10-15."))) == NULL
      || (from = hd_form_window_read_date (window, form->other_date,
                                           _("The day the preparation starts is not a date: write it as 2014年9月1日 or 2014-09-01."))) == NULL)
    return FALSE;
  fields.date = day;
  fields.prepare_from = from;
  fields.place = gtk_editable_get_text (GTK_EDITABLE (form->entry));
  if ((id = hd_meeting_create (store_of (form), history_of (form), &fields, &error)) == 0)
    return refused (window, error);
  if (form->done != NULL)
    form->done (form->data, id);
  return TRUE;
}

HdFormWindow *
hd_meeting_plan_form_new (GtkWindow  *parent,
                          HdContext  *context,
                          gint64      unit_id,
                          void      (*done) (gpointer data, gint64 meeting_id),
                          gpointer    data)
{
  Form *form;
  HdFormWindow *window = form_window_new (parent, context, _("Plan Meeting"), _("_Plan"), apply_plan, &form);
  GDate from = *hd_context_get_today (context);

  form->unit_id = unit_id;
  form->done = done;
  form->data = data;
  form->choice = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (hd_enum_labels_new (NULL, meeting_kind_label, 0,
                                                                                     HD_MEETING_N_KINDS)),
                                                   NULL));
  hd_form_window_add_field (window, _("_Kind"), GTK_WIDGET (form->choice));
  form->date = hd_form_window_add_date (window, _("_Held on"), NULL);
  form->other_date = hd_form_window_add_date (window, _("_Preparation from"), &from);
  form->entry = hd_form_window_add_entry (window, _("P_lace"), NULL);
  hd_form_window_add_heading (window, _("The three must-talks count the conversations from the start of the preparation to the day of the meeting."));
  gtk_widget_grab_focus (GTK_WIDGET (form->date));
  return window;
}

/* ---- the supervision group informed ---- */

static gboolean
apply_informed (HdFormWindow *window,
                gpointer      data)
{
  Form *form = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;

  if (!read_optional_date (window, form->date,
                           _("The day the supervision group was informed is not a date: write it as 2014年10月8日, or leave it empty."),
                           &day))
    return FALSE;
  if (!hd_meeting_set_informed (store_of (form), history_of (form), form->meeting_id, day, &error))
    return refused (window, error);
  return TRUE;
}

HdFormWindow *
hd_meeting_informed_form_new (GtkWindow             *parent,
                              HdContext             *context,
                              const HdMeetingRecord *record)
{
  Form *form;
  HdFormWindow *window = form_window_new (parent, context, _("Supervision Group Informed"), _("_Save"),
                                          apply_informed, &form);

  form->meeting_id = record->id;
  hd_form_window_add_heading (window, _("The day the supervision group was told of the meeting; empty: not yet."));
  form->date = add_day (window, _("_Informed on"), record->informed);
  return window;
}

/* ---- a member's self-examination material ---- */

static gboolean
apply_material (HdFormWindow *window,
                gpointer      data)
{
  Form *form = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;

  if (!read_optional_date (window, form->date,
                           _("The day the material came in is not a date: write it as 2014年10月10日, or leave it empty."),
                           &day))
    return FALSE;
  if (!hd_meeting_set_material (store_of (form), history_of (form), form->meeting_id, form->person_id, day,
                                gtk_editable_get_text (GTK_EDITABLE (form->entry)), &error))
    return refused (window, error);
  return TRUE;
}

HdFormWindow *
hd_meeting_material_form_new (GtkWindow             *parent,
                              HdContext             *context,
                              const HdMeetingRecord *record,
                              const HdMeetingPerson *person)
{
  Form *form;
  HdFormWindow *window = form_window_new (parent, context, _("Self-Examination Material"), _("_Save"),
                                          apply_material, &form);
  g_autofree char *heading = NULL;

  form->meeting_id = record->id;
  form->person_id = person->person_id;
  /* Translators: the heading of the form that records a member's self-examination material. */
  heading = g_strdup_printf (_("The self-examination material of %s; an empty day: not received yet."), person->name);
  hd_form_window_add_heading (window, heading);
  form->date = add_day (window, _("_Received on"), person->received);
  form->entry = hd_form_window_add_entry (window, _("_Reviewed by"), person->reviewer);
  return window;
}

/* ---- a person's presence ---- */

static gboolean
apply_presence (HdFormWindow *window,
                gpointer      data)
{
  Form *form = data;
  g_autoptr(GError) error = NULL;
  /* The choice's first entry is "not recorded". */
  int presence = (int) gtk_drop_down_get_selected (form->choice) - 1;

  if (!hd_meeting_set_presence (store_of (form), history_of (form), form->meeting_id, form->person_id, presence,
                                gtk_editable_get_text (GTK_EDITABLE (form->entry)), &error))
    return refused (window, error);
  return TRUE;
}

HD_ENUM_LABEL_FUNC (presence_label, hd_presence_get_label)

static void
presence_changed_cb (GtkDropDown  *choice,
                     GParamSpec   *pspec,
                     HdFormWindow *window)
{
  Form *form = g_object_get_data (G_OBJECT (window), "hd-meeting-form");

  hd_form_window_set_field_visible (window, GTK_WIDGET (form->entry),
                                    gtk_drop_down_get_selected (choice) == HD_PRESENCE_ABSENT + 1);
}

HdFormWindow *
hd_meeting_presence_form_new (GtkWindow             *parent,
                              HdContext             *context,
                              const HdMeetingRecord *record,
                              const HdMeetingPerson *person)
{
  Form *form;
  HdFormWindow *window = form_window_new (parent, context, _("Attendance"), _("_Save"), apply_presence, &form);
  GtkStringList *labels = hd_enum_labels_new (C_("presence at a meeting", "Not recorded"), presence_label, 0,
                                              HD_PRESENCE_N_VALUES);

  form->meeting_id = record->id;
  form->person_id = person->person_id;
  g_object_set_data (G_OBJECT (window), "hd-meeting-form", form);
  hd_form_window_add_heading (window, person->name);
  form->choice = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (labels), NULL));
  gtk_drop_down_set_selected (form->choice, (guint) (person->presence + 1));
  hd_form_window_add_field (window, _("_Presence"), GTK_WIDGET (form->choice));
  form->entry = hd_form_window_add_entry (window, _("_Reason for absence"), person->reason);
  g_signal_connect_object (form->choice, "notify::selected", G_CALLBACK (presence_changed_cb), window, 0);
  presence_changed_cb (form->choice, NULL, window);
  return window;
}

/* ---- criticism ---- */

static gboolean
apply_criticism (HdFormWindow *window,
                 gpointer      data)
{
  Form *form = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *content = hd_form_window_dup_text (form->text);
  gint64 critic, target;

  if ((critic = read_member (window, form, form->name)) == 0 || (target = read_member (window, form, form->other_name)) == 0)
    return FALSE;
  if (hd_meeting_add_criticism (store_of (form), history_of (form), form->meeting_id, critic, target, content, &error) == 0)
    return refused (window, error);
  return TRUE;
}

HdFormWindow *
hd_meeting_criticism_form_new (GtkWindow             *parent,
                               HdContext             *context,
                               const HdMeetingRecord *record)
{
  Form *form;
  HdFormWindow *window = form_window_new (parent, context, _("Record Criticism"), _("_Add"), apply_criticism, &form);

  form->meeting_id = record->id;
  form->unit_id = record->unit_id;
  hd_form_window_add_heading (window, _("Criticism raised at the meeting, among the team's members. It is confidential."));
  form->name = hd_form_window_add_entry (window, _("_Raised by"), NULL);
  form->other_name = hd_form_window_add_entry (window, _("_Concerning"), NULL);
  take_members (form, record);
  hd_name_completion_attach (form->name, FALSE, lookup_members, form, NULL);
  hd_name_completion_attach (form->other_name, FALSE, lookup_members, form, NULL);
  form->text = hd_form_window_add_text (window, _("C_riticism"), NULL);
  return window;
}

/* ---- measures ---- */

static gboolean
apply_measure (HdFormWindow *window,
               gpointer      data)
{
  Form *form = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *measures = hd_form_window_dup_text (form->text);
  gint64 leader;

  if ((leader = read_member (window, form, form->name)) == 0)
    return FALSE;
  if (hd_meeting_add_measure (store_of (form), history_of (form), form->meeting_id,
                              gtk_editable_get_text (GTK_EDITABLE (form->entry)), measures, leader, &error) == 0)
    return refused (window, error);
  return TRUE;
}

HdFormWindow *
hd_meeting_measure_form_new (GtkWindow             *parent,
                             HdContext             *context,
                             const HdMeetingRecord *record)
{
  Form *form;
  HdFormWindow *window = form_window_new (parent, context, _("Record Measure"), _("_Add"), apply_measure, &form);

  form->meeting_id = record->id;
  form->unit_id = record->unit_id;
  hd_form_window_add_heading (window, _("A measure agreed at the meeting; it becomes a task of the ledger with Make Task."));
  form->entry = hd_form_window_add_entry (window, _("_Problem"), NULL);
  form->text = hd_form_window_add_text (window, _("_Measures"), NULL);
  form->name = hd_form_window_add_entry (window, _("Responsible _leader"), NULL);
  take_members (form, record);
  hd_name_completion_attach (form->name, FALSE, lookup_members, form, NULL);
  return window;
}

HD_ENUM_LABEL_FUNC (plan_label, hd_task_plan_get_label)

static gboolean
apply_task (HdFormWindow *window,
            gpointer      data)
{
  Form *form = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *measures = hd_form_window_dup_text (form->text);
  g_autofree char *goal = hd_form_window_dup_text (form->other_text);
  HdTaskFields fields = {
    .unit_id = form->unit_id, .plan = (HdTaskPlan) gtk_drop_down_get_selected (form->choice),
    .kind = HD_TASK_KIND_DEADLINE, .problem = gtk_editable_get_text (GTK_EDITABLE (form->entry)),
    .source = g_object_get_data (G_OBJECT (window), "hd-task-source"), .goal = goal, .measures = measures,
    .leader = gtk_editable_get_text (GTK_EDITABLE (form->name)),
    .person = gtk_editable_get_text (GTK_EDITABLE (form->other_name)),
  };

  if ((deadline = hd_form_window_read_date (window, form->date,
                                            _("The deadline is not a date: write it as 2014年12月31日 or 2014-12-31."))) == NULL)
    return FALSE;
  fields.deadline = deadline;
  if (hd_meeting_measure_make_task (store_of (form), history_of (form), form->measure_id, &fields, &error) == 0)
    return refused (window, error);
  return TRUE;
}

HdFormWindow *
hd_meeting_task_form_new (GtkWindow              *parent,
                          HdContext              *context,
                          const HdMeetingRecord  *record,
                          const HdMeetingMeasure *measure)
{
  Form *form;
  HdFormWindow *window = form_window_new (parent, context, _("Make Measure a Task"), _("_Add to Ledger"), apply_task, &form);
  char *source = NULL;
  HdTaskFields fields;

  hd_meeting_measure_task_fields (record, measure, &source, &fields);
  g_object_set_data_full (G_OBJECT (window), "hd-task-source", source, g_free);
  form->unit_id = fields.unit_id;
  form->measure_id = measure->id;
  hd_form_window_add_heading (window, _("A new task in the unit's ledger, with the meeting as its source."));
  form->choice = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (hd_enum_labels_new (NULL, plan_label, 0, HD_TASK_N_PLANS)),
                                                   NULL));
  gtk_drop_down_set_selected (form->choice, fields.plan);
  hd_form_window_add_field (window, _("Pl_an"), GTK_WIDGET (form->choice));
  form->entry = hd_form_window_add_entry (window, _("_Problem"), fields.problem);
  form->other_text = hd_form_window_add_text (window, _("_Goal"), NULL);
  form->text = hd_form_window_add_text (window, _("_Measures"), fields.measures);
  form->name = hd_form_window_add_entry (window, _("Responsible _leader"), fields.leader);
  form->other_name = hd_form_window_add_entry (window, _("Responsible p_erson"), NULL);
  form->date = hd_form_window_add_date (window, _("_Deadline"), NULL);
  gtk_widget_grab_focus (GTK_WIDGET (form->date));
  return window;
}

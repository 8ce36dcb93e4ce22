/* hd-talk-form.c */
#include <glib/gi18n-lib.h>

#include "common/hd-name-completion.h"
#include "organisation/hd-person.h"
#include "talks/hd-talk.h"
#include "talks/hd-talk-form.h"

/* The five topics (五个谈透), in the order of their bits. */
static const char * const topic_labels[HD_TALK_N_TOPICS] = {
  N_("1 The team's problems"),
  N_("2 One's own problems"),
  N_("3 The other's problems"),
  N_("4 The criticism planned for the meeting"),
  N_("5 The measures to improve"),
};

typedef struct {
  HdContext      *context;
  gint64          unit_id;
  gint64          meeting_id;
  GtkEntry       *date;
  GtkEntry       *place;
  GtkEntry       *initiator;
  GtkEntry       *others;
  GtkEntry       *recorder;
  GtkCheckButton *topics[HD_TALK_N_TOPICS];
  GtkTextView    *content;
  GtkTextView    *commitments;
  guint           saved;
} Form;

static void
form_free (gpointer data)
{
  Form *form = data;

  g_object_unref (form->context);
  g_free (form);
}

static Form *
form_of (HdFormWindow *window)
{
  return g_object_get_data (G_OBJECT (window), "hd-talk-form");
}

/* The person a field names, or 0 after saying why with the focus there. */
static gint64
read_person (HdFormWindow *window,
             Form         *form,
             GtkEntry     *entry,
             const char   *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = hd_talk_find_person (hd_context_get_store (form->context), form->unit_id, name, &error);

  if (id == 0)
    {
      hd_form_window_show_error (window, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (entry));
    }
  return id;
}

static void
clear_for_next (Form *form)
{
  gtk_editable_set_text (GTK_EDITABLE (form->initiator), "");
  gtk_editable_set_text (GTK_EDITABLE (form->others), "");
  for (guint i = 0; i < HD_TALK_N_TOPICS; i++)
    gtk_check_button_set_active (form->topics[i], FALSE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (form->content), "", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (form->commitments), "", -1);
  gtk_widget_grab_focus (GTK_WIDGET (form->initiator));
}

static gboolean
apply (HdFormWindow *window,
       gpointer      data)
{
  Form *form = data;
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *content = hd_form_window_dup_text (form->content);
  g_autofree char *commitments = hd_form_window_dup_text (form->commitments);
  g_auto(GStrv) others = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (form->others)), "、", -1);
  const char *recorder = gtk_editable_get_text (GTK_EDITABLE (form->recorder));
  HdTalkFields fields = { .unit_id = form->unit_id, .meeting_id = form->meeting_id };
  g_autofree char *message = NULL;
  gint64 id;

  if ((date = hd_form_window_read_date (window, form->date,
                                        _("The day of the conversation is not a date: write it as 2014年9月20日 or 2014-09-20."))) == NULL
      || (fields.initiator_id = read_person (window, form, form->initiator,
                                             gtk_editable_get_text (GTK_EDITABLE (form->initiator)))) == 0)
    return FALSE;
  g_array_append_val (people, fields.initiator_id);
  for (guint i = 0; others[i] != NULL; i++)
    {
      if (*g_strstrip (others[i]) == '\0')
        continue;
      if ((id = read_person (window, form, form->others, others[i])) == 0)
        return FALSE;
      g_array_append_val (people, id);
    }
  if (*recorder != '\0' && (fields.recorder_id = read_person (window, form, form->recorder, recorder)) == 0)
    return FALSE;
  for (guint i = 0; i < HD_TALK_N_TOPICS; i++)
    if (gtk_check_button_get_active (form->topics[i]))
      fields.topics |= 1u << i;
  fields.date = date;
  fields.place = gtk_editable_get_text (GTK_EDITABLE (form->place));
  fields.people = (const gint64 *) people->data;
  fields.n_people = people->len;
  fields.content = content;
  fields.commitments = commitments;
  if (hd_talk_create (hd_context_get_store (form->context), hd_context_get_history (form->context), &fields,
                      &error) == 0)
    {
      hd_form_window_show_error (window, error->message);
      return FALSE;
    }
  form->saved++;
  /* Translators: said in the form after a conversation was recorded; the form stays open. */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u conversation recorded. Enter the next, or close the form.",
                                          "%u conversations recorded. Enter the next, or close the form.", form->saved),
                             form->saved);
  hd_form_window_show_status (window, message);
  clear_for_next (form);
  return TRUE;
}

typedef struct {
  HdContext *context;
  gint64     unit_id;
} Names;

static void
names_free (gpointer data)
{
  Names *names = data;

  g_object_unref (names->context);
  g_free (names);
}

static GStrv
lookup_names (const char *fragment,
              guint       limit,
              gpointer    data)
{
  Names *names = data;

  return hd_talk_match_names (hd_context_get_store (names->context), names->unit_id, fragment, limit, NULL);
}

void
hd_talk_names_complete (GtkEntry  *entry,
                        HdContext *context,
                        gint64     unit_id,
                        gboolean   several)
{
  Names *names = g_new0 (Names, 1);

  names->context = g_object_ref (context);
  names->unit_id = unit_id;
  hd_name_completion_attach (entry, several, lookup_names, names, names_free);
}

static char *
person_name (HdStore *store,
             gint64   id)
{
  g_autoptr(HdPerson) person = id != 0 ? hd_person_load (store, id, NULL) : NULL;

  return g_strdup (person != NULL ? hd_person_get_name (person) : "");
}

HdFormWindow *
hd_talk_form_new (GtkWindow *parent,
                  HdContext *context,
                  gint64     unit_id,
                  gint64     meeting_id,
                  gint64     a,
                  gint64     b)
{
  HdStore *store = hd_context_get_store (context);
  Form *form = g_new0 (Form, 1);
  GtkWidget *topics = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *first = person_name (store, a);
  g_autofree char *second = person_name (store, b);
  HdFormWindow *window;

  form->context = g_object_ref (context);
  form->unit_id = unit_id;
  form->meeting_id = meeting_id;
  window = hd_form_window_new (parent, _("Record Conversations"), _("_Save and Next"), apply, form, form_free);
  g_object_set_data (G_OBJECT (window), "hd-talk-form", form);
  hd_form_window_set_continues (window, TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 620, -1);
  hd_form_window_add_heading (window, _("Names as the roster writes them; several people separated by 、. "
                                        "The content and the commitments are confidential."));

  form->date = hd_form_window_add_date (window, _("_Date"), hd_context_get_today (context));
  form->place = hd_form_window_add_entry (window, _("_Place"), NULL);
  form->initiator = hd_form_window_add_entry (window, _("_Talked"), first);
  form->others = hd_form_window_add_entry (window, _("Talked _with"), second);
  form->recorder = hd_form_window_add_entry (window, _("_Recorded by"), NULL);
  hd_talk_names_complete (form->initiator, context, unit_id, FALSE);
  hd_talk_names_complete (form->others, context, unit_id, TRUE);
  hd_talk_names_complete (form->recorder, context, unit_id, FALSE);
  for (guint i = 0; i < HD_TALK_N_TOPICS; i++)
    {
      form->topics[i] = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (_(topic_labels[i])));
      gtk_box_append (GTK_BOX (topics), GTK_WIDGET (form->topics[i]));
    }
  hd_form_window_add_field (window, _("Topics covered"), topics);
  form->content = hd_form_window_add_text (window, _("_Content"), NULL);
  form->commitments = hd_form_window_add_text (window, _("Co_mmitments"), NULL);
  gtk_widget_grab_focus (GTK_WIDGET (a != 0 ? form->date : form->initiator));
  /* The conversations of another office's team are its own to record. */
  hd_form_window_show_owner_of_unit (window, store, unit_id);
  return window;
}

void
hd_talk_form_set_people (HdFormWindow *window,
                         const char   *initiator,
                         const char   *others)
{
  gtk_editable_set_text (GTK_EDITABLE (form_of (window)->initiator), initiator);
  gtk_editable_set_text (GTK_EDITABLE (form_of (window)->others), others);
}

void
hd_talk_form_set_topic (HdFormWindow *window,
                        guint         index,
                        gboolean      covered)
{
  g_return_if_fail (index < HD_TALK_N_TOPICS);
  gtk_check_button_set_active (form_of (window)->topics[index], covered);
}

void
hd_talk_form_set_content (HdFormWindow *window,
                          const char   *content)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (form_of (window)->content), content, -1);
}

GtkEntry *
hd_talk_form_get_others_entry (HdFormWindow *window)
{
  return form_of (window)->others;
}

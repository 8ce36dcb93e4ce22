/* hd-notice-forms.c */
#include <glib/gi18n-lib.h>

#include "lookback/hd-notice-forms.h"
#include "lookback/hd-notice.h"
#include "store/hd-date.h"

typedef struct {
  HdContext        *context;
  HdNoticeFormKind  kind;
  gint64            notice_id;
  GtkEntry         *date;
  GtkEntry         *replier;   /* the reply's only */
  GtkTextView      *text;
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
  return g_object_get_data (G_OBJECT (window), "hd-notice-form");
}

static gboolean
apply (HdFormWindow *window,
       gpointer      data)
{
  Form *form = data;
  HdStore *store = hd_context_get_store (form->context);
  HdHistory *history = hd_context_get_history (form->context);
  g_autofree char *date = NULL;
  g_autofree char *text = hd_form_window_dup_text (form->text);
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;

  if ((date = hd_form_window_read_date (window, form->date,
                                        _("The date is not a date: write it as 2014年10月8日 or 2014-10-08."))) == NULL)
    return FALSE;
  switch (form->kind)
    {
    case HD_NOTICE_FORM_REPLY:
      ok = hd_notice_reply (store, history, form->notice_id, date, text,
                            gtk_editable_get_text (GTK_EDITABLE (form->replier)), &error);
      break;
    case HD_NOTICE_FORM_REMIND:
      ok = hd_notice_remind (store, history, form->notice_id, date, text, &error);
      break;
    case HD_NOTICE_FORM_WITHDRAW:
      ok = hd_notice_withdraw (store, history, form->notice_id, date, text, &error);
      break;
    }
  if (!ok)
    hd_form_window_show_error (window, error->message);
  return ok;
}

HdFormWindow *
hd_notice_form_new (GtkWindow        *parent,
                    HdContext        *context,
                    HdNoticeFormKind  kind,
                    gint64            notice_id)
{
  static const struct {
    const char *title;
    const char *action;
    const char *text;
  } kinds[] = {
    { N_("Record Reply"), N_("_Record"), N_("_Reply") },
    { N_("Record Reminder"), N_("_Record"), N_("_Note") },
    { N_("Withdraw Supervision Notice"), N_("_Withdraw"), N_("_Reason") },
  };
  g_autoptr(HdNotice) notice = hd_notice_load (hd_context_get_store (context), notice_id, NULL);
  Form *form = g_new0 (Form, 1);
  HdFormWindow *window;
  g_autofree char *heading = NULL;

  form->context = g_object_ref (context);
  form->kind = kind;
  form->notice_id = notice_id;
  window = hd_form_window_new (parent, _(kinds[kind].title), _(kinds[kind].action), apply, form, form_free);
  g_object_set_data (G_OBJECT (window), "hd-notice-form", form);
  if (notice != NULL)
    {
      /* Translators: the notice a form is about: its number and its reply deadline. */
      g_autofree char *reply_by = NULL;
      GDate date;

      if (hd_date_parse_iso (hd_notice_get_reply_by (notice), &date))
        reply_by = hd_date_format_display (&date);
      heading = g_strdup_printf (_("Supervision notice %s, reply due by %s"), hd_notice_get_number (notice),
                                 reply_by != NULL ? reply_by : hd_notice_get_reply_by (notice));
      hd_form_window_add_heading (window, heading);
    }
  form->date = hd_form_window_add_date (window, _("_Date"), hd_context_get_today (context));
  if (kind == HD_NOTICE_FORM_REPLY)
    form->replier = hd_form_window_add_entry (window, _("Replied _by"), NULL);
  form->text = hd_form_window_add_text (window, _(kinds[kind].text), NULL);
  if (kind == HD_NOTICE_FORM_WITHDRAW)
    hd_form_window_add_heading (window, _("A withdrawn notice keeps its number, which is never given again."));
  /* A reminder or a withdrawal is the issuer's to record; a reply is the office's that keeps the
   * unit the notice was sent to. */
  if (kind == HD_NOTICE_FORM_REPLY && notice != NULL)
    hd_form_window_show_owner_of_unit (window, hd_context_get_store (context), hd_notice_get_unit_id (notice));
  else if (kind != HD_NOTICE_FORM_REPLY)
    hd_form_window_show_owner_of_row (window, hd_context_get_store (context), "notice", notice_id);
  return window;
}

void
hd_notice_form_set_text (HdFormWindow *window,
                         const char   *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (form_of (window)->text), text, -1);
}

GtkEditable *
hd_notice_form_get_date (HdFormWindow *window)
{
  return GTK_EDITABLE (form_of (window)->date);
}

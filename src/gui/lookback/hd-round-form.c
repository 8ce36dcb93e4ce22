/* hd-round-form.c */
#include <glib/gi18n-lib.h>

#include "common/hd-unit-button.h"
#include "lookback/hd-lookback.h"
#include "lookback/hd-round-form.h"

typedef struct {
  HdContext      *context;
  HdRoundOpened   opened;
  gpointer        user_data;
  GDestroyNotify  destroy;
  GtkEntry       *name;
  HdUnitButton   *unit;
  GtkCheckButton *plans[HD_TASK_N_PLANS];
  GtkEntry       *date;
} Form;

static void
form_free (gpointer data)
{
  Form *form = data;

  g_object_unref (form->context);
  if (form->destroy != NULL)
    form->destroy (form->user_data);
  g_free (form);
}

static gboolean
apply (HdFormWindow *window,
       gpointer      data)
{
  Form *form = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *opened = NULL;
  HdLookbackRoundFields fields = {
    gtk_editable_get_text (GTK_EDITABLE (form->name)), hd_unit_button_get_unit (form->unit), 0, NULL,
  };
  gint64 id;

  for (guint plan = 0; plan < HD_TASK_N_PLANS; plan++)
    if (gtk_check_button_get_active (form->plans[plan]))
      fields.plans |= HD_LOOKBACK_PLAN (plan);
  if ((opened = hd_form_window_read_date (window, form->date,
                                          _("The day the round opens is not a date: write it as 2014年9月30日 or 2014-09-30."))) == NULL)
    return FALSE;
  fields.opened = opened;
  if (fields.unit_id == 0)
    {
      hd_form_window_show_error (window, _("Choose the unit whose tasks the round reviews, with the units below it."));
      return FALSE;
    }
  id = hd_lookback_open (hd_context_get_store (form->context), hd_context_get_history (form->context), &fields, &error);
  if (id == 0)
    {
      hd_form_window_show_error (window, error->message);
      return FALSE;
    }
  form->opened (id, form->user_data);
  return TRUE;
}

HdFormWindow *
hd_round_form_new (GtkWindow      *parent,
                   HdContext      *context,
                   HdRoundOpened   opened,
                   gpointer        user_data,
                   GDestroyNotify  destroy)
{
  Form *form = g_new0 (Form, 1);
  HdFormWindow *window;
  GtkWidget *plans = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  const GDate *today = hd_context_get_today (context);
  /* Translators: the proposed name of a new look-back round; %u is the year. */
  g_autofree char *name = g_strdup_printf (_("%u Look-back Round"), (guint) g_date_get_year (today));

  form->context = g_object_ref (context);
  form->opened = opened;
  form->user_data = user_data;
  form->destroy = destroy;
  window = hd_form_window_new (parent, _("New Look-back Round"), _("_Open Round"), apply, form, form_free);
  g_object_set_data (G_OBJECT (window), "hd-round-form", form);
  hd_form_window_add_heading (window, _("Every task of the unit and the units below it, in the plans chosen, gets "
                                        "an outcome proposed from its state; you confirm or change each."));
  form->name = hd_form_window_add_entry (window, _("_Name"), name);
  form->unit = g_object_new (HD_TYPE_UNIT_BUTTON, NULL);
  hd_unit_button_set_context (form->unit, context, hd_unit_button_default_unit (hd_context_get_store (context)));
  hd_form_window_add_field (window, _("_Unit"), GTK_WIDGET (form->unit));
  for (guint plan = 0; plan < HD_TASK_N_PLANS; plan++)
    {
      form->plans[plan] = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (hd_task_plan_get_label (plan)));
      gtk_check_button_set_active (form->plans[plan], TRUE);
      gtk_box_append (GTK_BOX (plans), GTK_WIDGET (form->plans[plan]));
    }
  hd_form_window_add_field (window, _("Plans"), plans);
  form->date = hd_form_window_add_date (window, _("_Opened on"), today);
  return window;
}

GtkEditable *
hd_round_form_get_name (HdFormWindow *window)
{
  Form *form = g_object_get_data (G_OBJECT (window), "hd-round-form");

  return GTK_EDITABLE (form->name);
}

void
hd_round_form_set_unit (HdFormWindow *window,
                        gint64        unit_id)
{
  Form *form = g_object_get_data (G_OBJECT (window), "hd-round-form");

  hd_unit_button_set_unit (form->unit, unit_id);
}

/* hd-first-run-page.c
 *
 * The county and its townships are made as one edit, so a single undo takes the whole set-up
 * back. The demo county fills the database outside the history (it is not the clerk's work to
 * take back); it takes a few seconds, so it runs in a worker thread on a connection of its own.
 */
#include <glib/gi18n-lib.h>

#include "demo/hd-demo.h"
#include "firstrun/hd-first-run-page.h"
#include "organisation/hd-unit-edit.h"

struct _HdFirstRunPage
{
  GtkWidget       parent_instance;

  HdContext      *context;
  GCancellable   *cancellable;

  GtkStack       *stack;
  GtkLabel       *choice_error_label;
  GtkWidget      *create_choice_button;
  GtkEditable    *name_entry;
  GtkEditable    *code_entry;
  GtkTextView    *subunits_view;
  GtkLabel       *count_label;
  GtkLabel       *error_label;
  GtkSpinner     *demo_spinner;
};

G_DEFINE_FINAL_TYPE (HdFirstRunPage, hd_first_run_page, GTK_TYPE_WIDGET)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  char  *db_path;
  char  *operator_name;
  GDate  today;
} DemoData;

static void
demo_data_free (DemoData *data)
{
  g_free (data->db_path);
  g_free (data->operator_name);
  g_free (data);
}

GPtrArray *
hd_first_run_parse_subunits (const char  *text,
                             GPtrArray  **kinds)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  *kinds = g_ptr_array_new ();
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *name = g_strstrip (lines[i]);

      if (*name == '\0')
        continue;
      g_ptr_array_add (names, g_strdup (name));
      g_ptr_array_add (*kinds, GINT_TO_POINTER (g_str_has_suffix (name, "街道") ? HD_UNIT_KIND_STREET
                                                                                : HD_UNIT_KIND_TOWNSHIP));
    }
  return names;
}

static char *
subunits_text (HdFirstRunPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->subunits_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
form_changed_cb (HdFirstRunPage *self)
{
  g_autofree char *text = subunits_text (self);
  g_autoptr(GPtrArray) kinds = NULL;
  g_autoptr(GPtrArray) names = hd_first_run_parse_subunits (text, &kinds);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (self->name_entry)));
  g_autofree char *townships = NULL;
  g_autofree char *streets = NULL;
  g_autofree char *count = NULL;
  guint n_streets = 0;

  for (guint i = 0; i < kinds->len; i++)
    if (GPOINTER_TO_INT (g_ptr_array_index (kinds, i)) == HD_UNIT_KIND_STREET)
      n_streets++;
  townships = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u township", "%u townships", names->len - n_streets),
                               names->len - n_streets);
  streets = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u street", "%u streets", n_streets), n_streets);
  /* Translators: "3 townships and 1 street will be created under the county." */
  count = g_strdup_printf (_("%s and %s will be created under the county."), townships, streets);
  gtk_label_set_label (self->count_label, count);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "first-run.create", *name != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
show_form (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  HdFirstRunPage *self = HD_FIRST_RUN_PAGE (widget);

  gtk_stack_set_visible_child_name (self->stack, "create");
  form_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HdFirstRunPage *self = HD_FIRST_RUN_PAGE (widget);

  gtk_stack_set_visible_child_name (self->stack, "choice");
  gtk_widget_grab_focus (self->create_choice_button);
}

static void
show_form_error (HdFirstRunPage *self,
                 const char     *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
create_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HdFirstRunPage *self = HD_FIRST_RUN_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = subunits_text (self);
  g_autoptr(GPtrArray) kinds = NULL;
  g_autoptr(GPtrArray) names = hd_first_run_parse_subunits (text, &kinds);
  const char *name = gtk_editable_get_text (self->name_entry);
  const char *code = gtk_editable_get_text (self->code_entry);

  if (self->context == NULL)
    return;
  if (hd_unit_create_county (hd_context_get_store (self->context), hd_context_get_history (self->context), name, code,
                             names, kinds, &error) == 0)
    {
      show_form_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[DONE], 0);
}

static void
demo_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  DemoData *data = task_data;
  g_autoptr(HdStore) store = NULL;
  GError *error = NULL;

  store = hd_store_open (data->db_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  hd_store_set_operator (store, data->operator_name);
  if (hd_demo_generate (store, HD_DEMO_SCALE_COUNTY, 1, &data->today, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
demo_done (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  HdFirstRunPage *self = HD_FIRST_RUN_PAGE (source_object);
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  gtk_spinner_set_spinning (self->demo_spinner, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "first-run.demo", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "first-run.show-form", TRUE);
  if (!ok)
    {
      gtk_label_set_label (self->choice_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->choice_error_label), TRUE);
      gtk_stack_set_visible_child_name (self->stack, "choice");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "choice");
  g_signal_emit (self, signals[DONE], 0);
}

static void
demo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HdFirstRunPage *self = HD_FIRST_RUN_PAGE (widget);
  HdStore *store;
  g_autoptr(GTask) task = NULL;
  DemoData *data;

  if (self->context == NULL)
    return;
  store = hd_context_get_store (self->context);
  data = g_new0 (DemoData, 1);
  data->db_path = g_strdup (hd_store_get_path (store));
  data->operator_name = g_strdup (hd_store_get_operator (store));
  data->today = *hd_context_get_today (self->context);

  gtk_widget_set_visible (GTK_WIDGET (self->choice_error_label), FALSE);
  gtk_widget_action_set_enabled (widget, "first-run.demo", FALSE);
  gtk_widget_action_set_enabled (widget, "first-run.show-form", FALSE);
  gtk_stack_set_visible_child_name (self->stack, "demo");
  gtk_spinner_set_spinning (self->demo_spinner, TRUE);

  task = g_task_new (self, self->cancellable, demo_done, NULL);
  g_task_set_source_tag (task, demo_activated);
  g_task_set_task_data (task, data, (GDestroyNotify) demo_data_free);
  g_task_run_in_thread (task, demo_thread);
}

/* Enter in either entry creates the county, as the form's main button would. */
static void
entry_activate_cb (HdFirstRunPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "first-run.create", NULL);
}

static void
hd_first_run_page_dispose (GObject *object)
{
  HdFirstRunPage *self = HD_FIRST_RUN_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_FIRST_RUN_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hd_first_run_page_parent_class)->dispose (object);
}

static void
hd_first_run_page_finalize (GObject *object)
{
  HdFirstRunPage *self = HD_FIRST_RUN_PAGE (object);

  /* Kept until here: a demo still being made when the page went finds it cancelled. */
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (hd_first_run_page_parent_class)->finalize (object);
}

static void
hd_first_run_page_class_init (HdFirstRunPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_first_run_page_dispose;
  object_class->finalize = hd_first_run_page_finalize;

  /* The database has units now: the county was created, or the demo county made. */
  signals[DONE] =
    g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/firstrun/hd-first-run-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HdFirstRunPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HdFirstRunPage, choice_error_label);
  gtk_widget_class_bind_template_child (widget_class, HdFirstRunPage, create_choice_button);
  gtk_widget_class_bind_template_child (widget_class, HdFirstRunPage, name_entry);
  gtk_widget_class_bind_template_child (widget_class, HdFirstRunPage, code_entry);
  gtk_widget_class_bind_template_child (widget_class, HdFirstRunPage, subunits_view);
  gtk_widget_class_bind_template_child (widget_class, HdFirstRunPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, HdFirstRunPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, HdFirstRunPage, demo_spinner);
  gtk_widget_class_bind_template_callback (widget_class, form_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);

  gtk_widget_class_install_action (widget_class, "first-run.show-form", NULL, show_form);
  gtk_widget_class_install_action (widget_class, "first-run.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "first-run.create", NULL, create_activated);
  gtk_widget_class_install_action (widget_class, "first-run.demo", NULL, demo_activated);
}

static void
hd_first_run_page_init (HdFirstRunPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  g_signal_connect_object (gtk_text_view_get_buffer (self->subunits_view), "changed",
                           G_CALLBACK (form_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "first-run.create", FALSE);
}

void
hd_first_run_page_set_context (HdFirstRunPage *self,
                               HdContext      *context)
{
  g_return_if_fail (HD_IS_FIRST_RUN_PAGE (self));
  g_return_if_fail (HD_IS_CONTEXT (context));

  g_set_object (&self->context, context);
}

void
hd_first_run_page_reset (HdFirstRunPage *self)
{
  g_return_if_fail (HD_IS_FIRST_RUN_PAGE (self));

  gtk_editable_set_text (self->name_entry, "");
  gtk_editable_set_text (self->code_entry, "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->subunits_view), "", -1);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->choice_error_label), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "choice");
}

const char *
hd_first_run_page_get_step (HdFirstRunPage *self)
{
  g_return_val_if_fail (HD_IS_FIRST_RUN_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkEditable *
hd_first_run_page_get_name_entry (HdFirstRunPage *self)
{
  g_return_val_if_fail (HD_IS_FIRST_RUN_PAGE (self), NULL);
  return self->name_entry;
}

GtkEditable *
hd_first_run_page_get_code_entry (HdFirstRunPage *self)
{
  g_return_val_if_fail (HD_IS_FIRST_RUN_PAGE (self), NULL);
  return self->code_entry;
}

GtkTextView *
hd_first_run_page_get_subunits_view (HdFirstRunPage *self)
{
  g_return_val_if_fail (HD_IS_FIRST_RUN_PAGE (self), NULL);
  return self->subunits_view;
}

const char *
hd_first_run_page_get_error (HdFirstRunPage *self)
{
  g_return_val_if_fail (HD_IS_FIRST_RUN_PAGE (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_label (self->error_label);
}

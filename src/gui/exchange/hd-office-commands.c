/* hd-office-commands.c
 *
 * A key file holds a part of the hierarchy (a county's, at a province), so reading or writing
 * one runs in a worker on a connection of its own. Neither registering nor joining is an edit
 * that Undo takes back: registering again gives a new key, and a join binds this database to
 * the upper office. A join writes records all the same, so the window is told to reread what it
 * shows, as after an edit.
 */
#include <glib/gi18n-lib.h>

#include "common/hd-file-chooser.h"
#include "exchange/hd-exchange-receive.h"
#include "exchange/hd-key-window.h"
#include "exchange/hd-office-commands.h"
#include "exchange/hd-package-reader.h"
#include "common/hd-question-window.h"
#include "organisation/hd-search-chooser.h"
#include "organisation/hd-unit-path-names.h"

typedef struct {
  HdContext  *context;
  gint64      unit_id;
  char       *db_path;
  char       *path;
  /* the outcome */
  char       *office_name;
  char       *code;
  char       *fingerprint;
  char       *heading;
  char       *body;
} Step;

static Step *
step_new (HdContext *context,
          gint64     unit_id)
{
  Step *step = g_new0 (Step, 1);

  step->context = g_object_ref (context);
  step->unit_id = unit_id;
  step->db_path = g_strdup (hd_store_get_path (hd_context_get_store (context)));
  return step;
}

static void
step_free (Step *step)
{
  g_object_unref (step->context);
  g_free (step->db_path);
  g_free (step->path);
  g_free (step->office_name);
  g_free (step->code);
  g_free (step->fingerprint);
  g_free (step->heading);
  g_free (step->body);
  g_free (step);
}

static void
reload (GtkWindow  *parent,
        const char *message)
{
  gtk_widget_activate_action (GTK_WIDGET (parent), "offices.reload", "s", message != NULL ? message : "");
}

static Step *
task_step (GTask *task)
{
  return g_task_get_task_data (task);
}

static void
run_step (GtkWindow            *parent,
          Step                 *step,
          GTaskThreadFunc       func,
          GAsyncReadyCallback   done)
{
  g_autoptr(GTask) task = g_task_new (parent, NULL, done, NULL);

  g_task_set_task_data (task, step, (GDestroyNotify) step_free);
  g_task_run_in_thread (task, func);
}

/* ---- registering ---- */

static void
register_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Step *step = task_data;
  g_autoptr(HdStore) store = NULL;
  g_autoptr(HdOffice) office = NULL;
  GError *error = NULL;

  store = hd_store_open (step->db_path, &error);
  if (store == NULL
      || !hd_office_register (store, step->unit_id, step->path, &step->code, &error)
      || (office = hd_office_find_by_unit (store, step->unit_id, &error)) == NULL)
    {
      if (error == NULL)
        g_set_error_literal (&error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_INVALID,
                             _("The office was not registered. Try again."));
      g_task_return_error (task, error);
      return;
    }
  step->office_name = g_strdup (office->name);
  step->fingerprint = hd_office_key_fingerprint (office->key);
  g_task_return_boolean (task, TRUE);
}

static void
register_done (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GtkWindow *parent = GTK_WINDOW (source_object);
  Step *step = task_step (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  HdKeyWindow *key;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      reload (parent, error->message);
      return;
    }
  /* Translators: %s is the lower office's name. */
  message = g_strdup_printf (_("“%s” is registered as a lower office."), step->office_name);
  reload (parent, message);
  key = hd_key_window_new (parent, step->office_name, step->code, step->fingerprint, step->path);
  gtk_window_present (GTK_WINDOW (key));
}

static void
key_file_chosen (GtkWindow *parent,
                 GFile     *file,
                 gpointer   user_data)
{
  Step *step = user_data;
  Step *run;

  if (g_file_peek_path (file) == NULL)
    {
      reload (parent, _("A key file can only be written to a folder on this computer. Choose a local folder."));
      return;
    }
  run = step_new (step->context, step->unit_id);
  run->path = g_file_get_path (file);
  run_step (parent, run, register_thread, register_done);
}

static void
choose_key_file (GtkWindow *parent,
                 HdContext *context,
                 gint64     unit_id)
{
  g_autoptr(GListStore) filters = hd_file_chooser_filters_new (_("Office Key Files (*.hdk)"), "*.hdk");
  g_autoptr(GHashTable) names = NULL;
  g_autofree char *name = NULL;
  Step *step = step_new (context, unit_id);

  names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  {
    g_autoptr(HdUnitPathNames) paths = hd_unit_path_names_new (hd_context_get_store (context), 0, "-");
    const char *path = hd_unit_path_names_lookup (paths, unit_id, NULL);

    /* Translators: a key file's proposed name; %s names its unit. Keep the .hdk. */
    name = g_strdup_printf (_("%s.hdk"), path != NULL ? path : "office");
  }
  g_strdelimit (name, "/\\:*?\"<>|", '_');
  hd_file_chooser_choose (parent, HD_FILE_CHOOSER_SAVE, _("Save Key File"), _("_Save"), filters, NULL, name,
                          key_file_chosen, step, (GDestroyNotify) step_free);
}

typedef struct {
  GtkWindow *parent;
  HdContext *context;
} Chooser;

static void
chooser_free (Chooser *chooser)
{
  g_object_unref (chooser->parent);
  g_object_unref (chooser->context);
  g_free (chooser);
}

static gboolean
unit_chosen (gint64     id,
             gpointer   user_data,
             GError   **error)
{
  Chooser *chooser = user_data;

  choose_key_file (chooser->parent, chooser->context, id);
  return TRUE;
}

void
hd_office_commands_register (GtkWindow *parent,
                             HdContext *context,
                             gint64     unit_id)
{
  Chooser *chooser;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (HD_IS_CONTEXT (context));

  if (unit_id > 0)
    {
      choose_key_file (parent, context, unit_id);
      return;
    }
  chooser = g_new0 (Chooser, 1);
  chooser->parent = g_object_ref (parent);
  chooser->context = g_object_ref (context);
  gtk_window_present (GTK_WINDOW (hd_search_chooser_new (parent, context, HD_SEARCH_HIT_UNIT,
                                                         _("Register Lower Office"), _("_Register…"),
                                                         unit_chosen, chooser, (GDestroyNotify) chooser_free)));
}

/* ---- joining ---- */

char *
hd_office_commands_describe_key_file (HdStore     *store,
                                      const char  *path,
                                      char       **heading,
                                      GError     **error)
{
  g_autoptr(HdPackage) package = hd_exchange_read_key_file (path, error);
  g_autoptr(GBytes) key = NULL;
  g_autofree char *code = NULL;
  g_autofree char *fingerprint = NULL;
  GString *body;

  if (package == NULL)
    return NULL;
  key = hd_exchange_key_file_key (package);
  code = hd_office_key_code (key);
  fingerprint = hd_office_key_fingerprint (key);
  /* Translators: %s is the upper office's name. */
  *heading = g_strdup_printf (_("Join “%s”?"), package->sender_name);
  body = g_string_new (NULL);
  /* Translators: the key file's offices: the upper one's name, then ours as it knows us. */
  g_string_append_printf (body, _("The key file is from “%s”, for the office of “%s”. Compare its code with the one the upper office read to you over the telephone; join only if they are the same."),
                          package->sender_name, package->receiver_name);
  g_string_append_printf (body, "\n\n%s\n\n", code);
  /* Translators: %s is the key's fingerprint. */
  g_string_append_printf (body, _("Fingerprint: %s"), fingerprint);
  if (!hd_store_is_empty (store))
    {
      g_autoptr(GPtrArray) matches = hd_exchange_join_matches (store, path, error);
      g_autoptr(HdUnitPathNames) names = hd_unit_path_names_new (store, 0, "/");

      if (matches == NULL)
        {
          g_string_free (body, TRUE);
          g_clear_pointer (heading, g_free);
          return NULL;
        }
      g_string_append_printf (body, "\n\n%s", _("This database keeps units already. Each unit of the key file and the unit here it will be bound to:"));
      for (guint i = 0; i < matches->len; i++)
        {
          HdJoinMatch *match = g_ptr_array_index (matches, i);
          const char *ours = match->local_id > 0 ? hd_unit_path_names_lookup (names, match->local_id, NULL) : NULL;

          /* Translators: a unit of the key file → the unit here it matches, or none. */
          g_string_append_printf (body, _("\n%s → %s"), match->names, ours != NULL ? ours : _("(none)"));
        }
    }
  return g_string_free (body, FALSE);
}

static void
describe_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Step *step = task_data;
  g_autoptr(HdStore) store = NULL;
  GError *error = NULL;

  store = hd_store_open (step->db_path, &error);
  if (store == NULL
      || (step->body = hd_office_commands_describe_key_file (store, step->path, &step->heading, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
join_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Step *step = task_data;
  g_autoptr(HdStore) store = NULL;
  g_autoptr(HdOffice) upper = NULL;
  HdExchangeReceipt receipt = { 0 };
  GError *error = NULL;
  gboolean ok;

  store = hd_store_open (step->db_path, &error);
  ok = store != NULL && hd_exchange_join (store, step->path, &receipt, &error)
       && (upper = hd_office_find_upper (store, &error)) != NULL;
  if (!ok)
    {
      hd_exchange_receipt_clear (&receipt);
      if (error == NULL)
        g_set_error_literal (&error, HD_EXCHANGE_ERROR, HD_EXCHANGE_ERROR_JOINED,
                             _("The office was not joined. Try again."));
      g_task_return_error (task, error);
      return;
    }
  if (receipt.key_replaced)
    step->body = g_strdup_printf (_("The new key from “%s” is in use: packages made with the old one are refused."),
                                  upper->name);
  else
    /* Translators: the upper office's name, then ours as it knows us. */
    step->body = g_strdup_printf (_("This database has joined “%s” as the office of “%s”. Send it a package to bring it the rest of your records."),
                                  upper->name, upper->self_name);
  hd_exchange_receipt_clear (&receipt);
  g_task_return_boolean (task, TRUE);
}

static void
join_done (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GtkWindow *parent = GTK_WINDOW (source_object);
  Step *step = task_step (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      reload (parent, error->message);
      return;
    }
  /* Records came in outside the history: the window rereads what it shows, as after an edit. */
  g_signal_emit_by_name (hd_context_get_history (step->context), "changed");
  reload (parent, step->body);
}

typedef struct {
  GtkWindow *parent;
  Step      *step;
} Confirm;

static void
join_confirmed (HdQuestionWindow *question,
                gpointer          user_data)
{
  Confirm *confirm = user_data;
  Step *run = step_new (confirm->step->context, 0);

  run->path = g_strdup (confirm->step->path);
  run_step (confirm->parent, run, join_thread, join_done);
}

static void
confirm_free (gpointer  data,
              GClosure *closure)
{
  Confirm *confirm = data;

  g_object_unref (confirm->parent);
  step_free (confirm->step);
  g_free (confirm);
}

static void
describe_done (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GtkWindow *parent = GTK_WINDOW (source_object);
  Step *step = task_step (G_TASK (result));
  g_autoptr(GError) error = NULL;
  HdQuestionWindow *question;
  Confirm *confirm;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      reload (parent, error->message);
      return;
    }
  question = hd_question_window_new (parent, step->heading, step->body, _("_Join"), FALSE);
  confirm = g_new0 (Confirm, 1);
  confirm->parent = g_object_ref (parent);
  confirm->step = step_new (step->context, 0);
  confirm->step->path = g_strdup (step->path);
  g_signal_connect_data (question, "confirmed", G_CALLBACK (join_confirmed), confirm, confirm_free, 0);
  gtk_window_present (GTK_WINDOW (question));
}

static void
join_file_chosen (GtkWindow *parent,
                  GFile     *file,
                  gpointer   user_data)
{
  HdContext *context = user_data;
  Step *step;

  if (g_file_peek_path (file) == NULL)
    {
      reload (parent, _("Only key files on this computer can be read. Copy the file into a local folder first."));
      return;
    }
  step = step_new (context, 0);
  step->path = g_file_get_path (file);
  run_step (parent, step, describe_thread, describe_done);
}

void
hd_office_commands_join (GtkWindow *parent,
                         HdContext *context)
{
  g_autoptr(GListStore) filters = NULL;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (HD_IS_CONTEXT (context));

  filters = hd_file_chooser_filters_new (_("Office Key Files (*.hdk)"), "*.hdk");
  hd_file_chooser_choose (parent, HD_FILE_CHOOSER_OPEN, _("Join Upper Office"), _("_Open"), filters, NULL, NULL,
                          join_file_chosen, g_object_ref (context), g_object_unref);
}

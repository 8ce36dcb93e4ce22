/* hd-ledger-page-totals.c — the summary line of the ledger's lights and the leaders offered by
 * its filter, both figures of the unit's whole subtree.
 *
 * The light counts and the leaders' names read the whole subtree (a province: about two
 * seconds), so a worker reads them on a connection of its own while the ledger's first rows are
 * shown and the clerk goes on working, giving way to the window (hd-worker.h).
 */
#include "common/hd-worker.h"
#include "ledger/hd-ledger-page-private.h"
#include "ledger/hd-ledger-text.h"
#include "ledger/hd-stats.h"

typedef struct {
  char    *db_path;
  gint64   unit_id;
  GDate    today;
  guint    warning_days;
  GStrv    leaders;
  GArray  *figures;
} Totals;

static void
totals_free (Totals *totals)
{
  g_free (totals->db_path);
  g_strfreev (totals->leaders);
  g_clear_pointer (&totals->figures, g_array_unref);
  g_free (totals);
}

static void
read_totals (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Totals *totals = data;
  g_autoptr(GError) error = NULL;
  /* SQLite connections stay in their thread: this one is the worker's. */
  g_autoptr(HdStore) store = hd_store_open (totals->db_path, &error);

  if (store != NULL)
    totals->leaders = hd_ledger_list_leaders (store, totals->unit_id, &error);
  if (totals->leaders != NULL)
    totals->figures = hd_stats_compute_lights (store, totals->unit_id, &totals->today, totals->warning_days, &error);
  if (totals->figures == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
show_summary (HdLedgerPage *self,
              GArray       *figures)
{
  g_autofree char *text = hd_ledger_text_summary (figures);

  gtk_label_set_label (self->summary_label, text);
}

/* The responsible leaders named in the subtree's ledger, for the filter, all at once: a province
 * names 159,210 (hd-name-list.h). Takes @names. */
static void
show_leaders (HdLedgerPage *self,
              GStrv         names)
{
  guint chosen = gtk_drop_down_get_selected (self->leader_dropdown);
  g_autofree char *selected = NULL;
  guint position = 0;

  if (chosen != GTK_INVALID_LIST_POSITION && chosen > 0)
    selected = g_strdup (hd_name_list_get_string (self->leaders, chosen));
  for (guint i = 0; names != NULL && selected != NULL && names[i] != NULL; i++)
    if (g_str_equal (selected, names[i]))
      position = i + 1;

  self->updating_filters = TRUE;
  hd_name_list_take_names (self->leaders, names);
  gtk_drop_down_set_selected (self->leader_dropdown, position);
  self->updating_filters = FALSE;
}

static void
clear_hidden_totals (HdLedgerPage *self)
{
  g_clear_pointer (&self->hidden_leaders, g_strfreev);
  g_clear_pointer (&self->hidden_figures, g_array_unref);
}

static void
totals_read_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  HdLedgerPage *self = HD_LEDGER_PAGE (source);
  Totals *totals = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  g_clear_object (&self->totals);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      hd_ledger_page_show_error (self, error);
      return;
    }
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      clear_hidden_totals (self);
      self->hidden_leaders = g_steal_pointer (&totals->leaders);
      self->hidden_figures = g_steal_pointer (&totals->figures);
      return;
    }
  show_leaders (self, g_steal_pointer (&totals->leaders));
  show_summary (self, totals->figures);
}

void
hd_ledger_page_stop_totals (HdLedgerPage *self)
{
  g_cancellable_cancel (self->totals);
  g_clear_object (&self->totals);
  clear_hidden_totals (self);
}

void
hd_ledger_page_start_totals (HdLedgerPage *self)
{
  g_autoptr(GTask) task = NULL;
  Totals *totals = g_new0 (Totals, 1);

  hd_ledger_page_stop_totals (self);
  self->totals = g_cancellable_new ();

  totals->db_path = g_strdup (hd_store_get_path (hd_context_get_store (self->context)));
  totals->unit_id = self->unit_id;
  totals->today = *hd_context_get_today (self->context);
  totals->warning_days = hd_ledger_page_get_warning_days (self);
  task = g_task_new (self, self->totals, totals_read_cb, NULL);
  g_task_set_task_data (task, totals, (GDestroyNotify) totals_free);
  hd_worker_run (task, read_totals);
}

/* What a caller asks for now (the tests) is read now, on the page's own connection. */
void
hd_ledger_page_update_totals (HdLedgerPage *self)
{
  HdStore *store = hd_context_get_store (self->context);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) figures = NULL;

  hd_ledger_page_stop_totals (self);
  show_leaders (self, hd_ledger_list_leaders (store, self->unit_id, NULL));
  figures = hd_stats_compute_lights (store, self->unit_id, hd_context_get_today (self->context),
                                     hd_ledger_page_get_warning_days (self), &error);
  if (figures == NULL)
    hd_ledger_page_show_error (self, error);
  else
    show_summary (self, figures);
}

/* The totals read while the page was hidden (another area shown): a province's 159,210 leaders
 * cost the drop-down some 10 ms, which would otherwise fall into whatever the clerk is doing
 * there, e.g. expanding the unit tree. */
void
hd_ledger_page_show_hidden_totals (HdLedgerPage *self)
{
  if (self->hidden_figures == NULL)
    return;
  show_leaders (self, g_steal_pointer (&self->hidden_leaders));
  show_summary (self, self->hidden_figures);
  clear_hidden_totals (self);
}

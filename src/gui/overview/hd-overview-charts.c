/* hd-overview-charts.c */
#include <glib/gi18n-lib.h>

#include "charts/hd-overview-charts.h"
#include "common/hd-worker.h"
#include "ledger/hd-light.h"
#include "overview/hd-overview-charts.h"
#include "overview/hd-overview-item.h"
#include "overview/hd-trend.h"

struct _HdOverviewCharts
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkStack     *stack;
  HdChartView  *lights;
  HdChartView  *trend;
  HdChartView  *verdicts;
  GCancellable *reading;       /* the trend's worker */
};

G_DEFINE_FINAL_TYPE (HdOverviewCharts, hd_overview_charts, GTK_TYPE_WIDGET)

typedef struct {
  char   *db_path;
  gint64  unit_id;
  GDate   today;
  guint   warning_days;
  GArray *weeks;
} TrendRead;

static void
trend_read_free (TrendRead *read)
{
  g_free (read->db_path);
  g_clear_pointer (&read->weeks, g_array_unref);
  g_free (read);
}

static void
read_trend (GTask        *task,
            gpointer      source,
            gpointer      data,
            GCancellable *cancellable)
{
  TrendRead *read = data;
  g_autoptr(GError) error = NULL;
  /* SQLite connections stay in their thread: this one is the worker's. */
  g_autoptr(HdStore) store = hd_store_open (read->db_path, &error);

  if (store != NULL)
    read->weeks = hd_trend_compute (store, read->unit_id, &read->today, read->warning_days, &error);
  if (read->weeks == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
trend_read_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  g_autoptr(GError) error = NULL;
  TrendRead *read = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("%s", error->message);
      return;
    }
  {
    HdOverviewCharts *self = HD_OVERVIEW_CHARTS (source);

    g_clear_object (&self->reading);
    hd_chart_view_set_chart (self->trend, hd_overview_chart_trend (read->weeks));
  }
}

static GtkWidget *
add_page (HdOverviewCharts *self,
          const char       *name,
          const char       *title,
          HdChartView     **view)
{
  *view = HD_CHART_VIEW (hd_chart_view_new ());
  gtk_stack_add_titled (self->stack, GTK_WIDGET (*view), name, title);
  return GTK_WIDGET (*view);
}

static void
hd_overview_charts_dispose (GObject *object)
{
  HdOverviewCharts *self = HD_OVERVIEW_CHARTS (object);

  if (self->reading != NULL)
    g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (hd_overview_charts_parent_class)->dispose (object);
}

static void
hd_overview_charts_class_init (HdOverviewChartsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hd_overview_charts_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
hd_overview_charts_init (HdOverviewCharts *self)
{
  GtkWidget *switcher = gtk_stack_switcher_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 12);
  gtk_widget_set_margin_top (self->box, 6);
  gtk_widget_set_margin_bottom (self->box, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  add_page (self, "lights", _("Lights by Unit"), &self->lights);
  add_page (self, "trend", _("Week by Week"), &self->trend);
  add_page (self, "verdicts", _("Verdicts by Unit"), &self->verdicts);
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), self->stack);
  gtk_widget_set_halign (switcher, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->box), switcher);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->stack));
}

GtkWidget *
hd_overview_charts_new (void)
{
  return g_object_new (HD_TYPE_OVERVIEW_CHARTS, NULL);
}

void
hd_overview_charts_show_units (HdOverviewCharts *self,
                               GListModel       *children)
{
  guint n = g_list_model_get_n_items (children);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree const char **names = g_new0 (const char *, n + 1);
  g_autofree const gint64 **figures = g_new0 (const gint64 *, n + 1);

  g_return_if_fail (HD_IS_OVERVIEW_CHARTS (self));

  for (guint i = 0; i < n; i++)
    {
      HdOverviewItem *item = g_list_model_get_item (children, i);

      g_ptr_array_add (items, item);
      names[i] = hd_overview_item_get_name (item);
      figures[i] = hd_overview_item_get_figures (item);
    }
  hd_chart_view_set_chart (self->lights, hd_overview_chart_lights (n, names, figures));
  hd_chart_view_set_chart (self->verdicts, hd_overview_chart_verdicts (n, names, figures));
}

void
hd_overview_charts_read_trend (HdOverviewCharts *self,
                               HdContext        *context,
                               gint64            unit_id)
{
  g_autoptr(GTask) task = NULL;
  TrendRead *read;

  g_return_if_fail (HD_IS_OVERVIEW_CHARTS (self));

  if (self->reading != NULL)
    g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  self->reading = g_cancellable_new ();
  read = g_new0 (TrendRead, 1);
  read->db_path = g_strdup (hd_store_get_path (hd_context_get_store (context)));
  read->unit_id = unit_id;
  read->today = *hd_context_get_today (context);
  read->warning_days = hd_context_get_warning_days (context);
  task = g_task_new (self, self->reading, trend_read_cb, NULL);
  g_task_set_task_data (task, read, (GDestroyNotify) trend_read_free);
  hd_worker_run (task, read_trend);
}

HdChartView *
hd_overview_charts_get (HdOverviewCharts *self,
                        const char       *name)
{
  g_return_val_if_fail (HD_IS_OVERVIEW_CHARTS (self), NULL);
  return HD_CHART_VIEW (gtk_stack_get_child_by_name (self->stack, name));
}

gboolean
hd_overview_charts_get_reading (HdOverviewCharts *self)
{
  g_return_val_if_fail (HD_IS_OVERVIEW_CHARTS (self), FALSE);
  return self->reading != NULL;
}

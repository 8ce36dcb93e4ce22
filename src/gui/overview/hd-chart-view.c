/* hd-chart-view.c
 *
 * A box of two: the drawing (a GtkDrawingArea whose draw function calls hd_chart_draw) and the
 * figures' table (a GtkGrid of labels in a scrolled window), both made again when the chart
 * changes. */
#include <glib/gi18n-lib.h>

#include "overview/hd-chart-view.h"

struct _HdChartView
{
  GtkWidget       parent_instance;

  HdChart        *chart;
  HdChartLayout  *layout;      /* as last drawn, for the tooltip */
  GtkWidget      *box;
  GtkDrawingArea *drawing;
  GtkGrid        *table;
};

G_DEFINE_FINAL_TYPE (HdChartView, hd_chart_view, GTK_TYPE_WIDGET)

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        data)
{
  HdChartView *self = HD_CHART_VIEW (data);
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (area)));
  GdkRGBA fg;

  g_clear_pointer (&self->layout, hd_chart_layout_free);
  if (self->chart == NULL || hd_chart_get_n_categories (self->chart) == 0)
    return;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  self->layout = hd_chart_draw (self->chart, cr, width, height, font, fg.red, fg.green, fg.blue);
}

char *
hd_chart_view_describe_point (HdChartView *self,
                              double       x,
                              double       y)
{
  guint category, series;

  g_return_val_if_fail (HD_IS_CHART_VIEW (self), NULL);

  if (self->chart == NULL || self->layout == NULL
      || !hd_chart_layout_hit (self->layout, self->chart, x, y, &category, &series))
    return NULL;
  /* Translators: the value under the pointer in a chart, e.g. "城关镇 · 红灯: 12". */
  return g_strdup_printf (_("%s · %s: %.0f"), hd_chart_get_category (self->chart, category),
                          hd_chart_get_series (self->chart, series)->name,
                          hd_chart_get_value (self->chart, category, series));
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    data)
{
  g_autofree char *text = hd_chart_view_describe_point (HD_CHART_VIEW (data), x, y);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static GtkWidget *
cell (const char *text,
      gboolean    heading,
      gboolean    numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 12);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static void
fill_table (HdChartView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table))) != NULL)
    gtk_grid_remove (self->table, child);
  if (self->chart == NULL)
    return;
  for (guint s = 0; s < hd_chart_get_n_series (self->chart); s++)
    gtk_grid_attach (self->table, cell (hd_chart_get_series (self->chart, s)->name, TRUE, TRUE), s + 1, 0, 1, 1);
  for (guint c = 0; c < hd_chart_get_n_categories (self->chart); c++)
    {
      gtk_grid_attach (self->table, cell (hd_chart_get_category (self->chart, c), FALSE, FALSE), 0, c + 1, 1, 1);
      for (guint s = 0; s < hd_chart_get_n_series (self->chart); s++)
        {
          g_autofree char *value = g_strdup_printf ("%.0f", hd_chart_get_value (self->chart, c, s));

          gtk_grid_attach (self->table, cell (value, FALSE, TRUE), s + 1, c + 1, 1, 1);
        }
    }
}

static void
hd_chart_view_dispose (GObject *object)
{
  HdChartView *self = HD_CHART_VIEW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->chart, hd_chart_free);
  g_clear_pointer (&self->layout, hd_chart_layout_free);
  G_OBJECT_CLASS (hd_chart_view_parent_class)->dispose (object);
}

static void
hd_chart_view_class_init (HdChartViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hd_chart_view_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
hd_chart_view_init (HdChartView *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *drawing_scrolled;

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->drawing = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->drawing), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->drawing), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self->drawing), 320, 200);
  gtk_drawing_area_set_draw_func (self->drawing, draw_cb, self, NULL);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->drawing), TRUE);
  g_signal_connect (self->drawing, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
  /* A bar chart of many units scrolls rather than squeeze its bars. */
  drawing_scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_hexpand (drawing_scrolled, TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (drawing_scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (drawing_scrolled), GTK_WIDGET (self->drawing));
  gtk_box_append (GTK_BOX (self->box), drawing_scrolled);

  self->table = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->table, 12);
  gtk_grid_set_row_spacing (self->table, 2);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->table));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_box_append (GTK_BOX (self->box), scrolled);
}

GtkWidget *
hd_chart_view_new (void)
{
  return g_object_new (HD_TYPE_CHART_VIEW, NULL);
}

void
hd_chart_view_set_chart (HdChartView *self,
                         HdChart     *chart)
{
  g_return_if_fail (HD_IS_CHART_VIEW (self));

  g_clear_pointer (&self->chart, hd_chart_free);
  g_clear_pointer (&self->layout, hd_chart_layout_free);
  self->chart = chart;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->drawing), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  chart != NULL && hd_chart_get_title (chart) != NULL ? hd_chart_get_title (chart) : "",
                                  -1);
  fill_table (self);
  /* Bars a line high at least, with room for the legend and the axis. */
  gtk_widget_set_size_request (GTK_WIDGET (self->drawing), 320,
                               chart != NULL && hd_chart_get_kind (chart) == HD_CHART_BARS
                               ? MAX (200, (int) hd_chart_get_n_categories (chart) * 18 + 80) : 200);
  gtk_widget_queue_draw (GTK_WIDGET (self->drawing));
}

const HdChart *
hd_chart_view_get_chart (HdChartView *self)
{
  g_return_val_if_fail (HD_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

/* hd-overview-page.c
 *
 * The rows come from hd_overview_compute(), which reads counts the database keeps: a province's
 * hundred counties in a moment, so the page computes them on the main thread whenever it is
 * shown after a change. The children are sorted by the column view's sorter; the own row and
 * the total stay below them, unsorted (a GtkFlattenListModel of the two). */
#include <glib/gi18n-lib.h>

#include "common/hd-refresh.h"
#include "common/hd-template.h"
#include "forms/hd-form.h"
#include "print/hd-print-form.h"
#include "ledger/hd-light.h"
#include "organisation/hd-unit.h"
#include "overview/hd-overview-charts.h"
#include "overview/hd-overview-item.h"
#include "overview/hd-overview-page.h"
#include "overview/hd-reminder-notice.h"
#include "store/hd-date.h"
#include "store/hd-read.h"

struct _HdOverviewPage
{
  GtkWidget           parent_instance;

  HdContext          *context;
  gulong              history_handler;
  gulong              settings_handler;  /* the lights follow the warning days */
  gint64              unit_id;
  gboolean            unit_chosen;   /* FALSE until shown: then the top of the database */
  GArray             *back;          /* gint64: the units shown before, the last most recent */

  GtkButton          *back_button;
  GtkBox             *breadcrumb;
  GtkLabel           *as_of_label;
  GtkColumnView      *view;
  HdOverviewCharts   *charts;

  GListStore         *children;      /* HdOverviewItem */
  GListStore         *footer;        /* the own row, the total */
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  GtkColumnViewColumn *columns[HD_OVERVIEW_N_FIGURES];
};

G_DEFINE_FINAL_TYPE (HdOverviewPage, hd_overview_page, GTK_TYPE_WIDGET)

enum {
  OPEN_LEDGER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The figures that are tasks of the ledger, and the light that filters them (-1: all). */
static int
figure_light (HdOverviewFigure figure)
{
  switch (figure)
    {
    case HD_OVERVIEW_TASKS: return -1;
    case HD_OVERVIEW_RED: return HD_LIGHT_RED;
    case HD_OVERVIEW_YELLOW: return HD_LIGHT_YELLOW;
    case HD_OVERVIEW_GREEN: return HD_LIGHT_GREEN;
    case HD_OVERVIEW_CLOSED: return HD_LIGHT_CLOSED;
    case HD_OVERVIEW_CLOSED_LATE: return HD_LIGHT_CLOSED_LATE;
    default: return -2;
    }
}

static void
open_ledger (HdOverviewPage *self,
             HdOverviewItem *item,
             int             light)
{
  switch (hd_overview_item_get_kind (item))
    {
    case HD_OVERVIEW_ITEM_CHILD:
      g_signal_emit (self, signals[OPEN_LEDGER], 0, hd_overview_item_get_unit_id (item), FALSE, light);
      break;
    case HD_OVERVIEW_ITEM_OWN:
      g_signal_emit (self, signals[OPEN_LEDGER], 0, self->unit_id, TRUE, light);
      break;
    case HD_OVERVIEW_ITEM_TOTAL:
      g_signal_emit (self, signals[OPEN_LEDGER], 0, self->unit_id, FALSE, light);
      break;
    }
}

/* ---- the rows ---- */

static void
add_breadcrumb_part (HdOverviewPage *self,
                     gint64          unit_id,
                     const char     *name,
                     gboolean        current)
{
  GtkWidget *part;

  if (gtk_widget_get_first_child (GTK_WIDGET (self->breadcrumb)) != NULL)
    gtk_box_append (self->breadcrumb, gtk_label_new ("›"));
  if (current)
    {
      part = gtk_label_new (name);
      gtk_widget_add_css_class (part, "heading");
      gtk_label_set_ellipsize (GTK_LABEL (part), PANGO_ELLIPSIZE_START);
    }
  else
    {
      part = gtk_button_new_with_label (name);
      gtk_widget_add_css_class (part, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (part), "overview.show-unit");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (part), "x", unit_id);
    }
  gtk_box_append (self->breadcrumb, part);
}

static void
update_breadcrumb (HdOverviewPage *self)
{
  HdStore *store = hd_context_get_store (self->context);
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->breadcrumb))) != NULL)
    gtk_box_remove (self->breadcrumb, child);
  for (gint64 id = self->unit_id; id != 0;)
    {
      HdUnit *unit = hd_unit_load (store, id, NULL);

      if (unit == NULL)
        break;
      g_ptr_array_insert (units, 0, unit);
      id = hd_unit_get_parent_id (unit);
    }
  add_breadcrumb_part (self, 0, _("All Units"), units->len == 0);
  for (guint i = 0; i < units->len; i++)
    add_breadcrumb_part (self, hd_unit_get_id (g_ptr_array_index (units, i)),
                         hd_unit_get_name (g_ptr_array_index (units, i)), i + 1 == units->len);
}

static void
rebuild (HdOverviewPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdOverview) overview = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *day = NULL;
  g_autofree char *as_of = NULL;
  HdOverviewItem *total;

  if (self->context == NULL)
    return;
  overview = hd_overview_compute (hd_context_get_store (self->context), self->unit_id,
                                  hd_context_get_today (self->context), hd_context_get_warning_days (self->context),
                                  &error);
  if (overview == NULL)
    {
      /* The unit is gone (an undo took it back): show the top instead. */
      g_warning ("%s", error->message);
      if (self->unit_id == 0)
        return;
      self->unit_id = 0;
      g_array_set_size (self->back, 0);
      rebuild (self);
      return;
    }
  for (guint i = 0; i < overview->rows->len; i++)
    {
      const HdOverviewRow *row = &g_array_index (overview->rows, HdOverviewRow, i);

      if (row->own)
        continue;
      g_ptr_array_add (items, hd_overview_item_new (HD_OVERVIEW_ITEM_CHILD, row->unit_id, row->name, row->figures));
    }
  g_list_store_splice (self->children, 0, g_list_model_get_n_items (G_LIST_MODEL (self->children)),
                       items->pdata, items->len);
  g_list_store_remove_all (self->footer);
  if (overview->rows->len > 0 && g_array_index (overview->rows, HdOverviewRow, 0).own)
    {
      const HdOverviewRow *own = &g_array_index (overview->rows, HdOverviewRow, 0);
      /* Translators: the row of a unit's own records in the overview, e.g. "隆岗县 (own)". */
      g_autofree char *name = g_strdup_printf (_("%s (own)"), own->name);
      g_autoptr(HdOverviewItem) item = hd_overview_item_new (HD_OVERVIEW_ITEM_OWN, own->unit_id, name, own->figures);

      g_list_store_append (self->footer, item);
    }
  total = hd_overview_item_new (HD_OVERVIEW_ITEM_TOTAL, self->unit_id, _("Total"), overview->total);
  g_list_store_append (self->footer, total);
  g_object_unref (total);

  day = hd_date_format_display (hd_context_get_today (self->context));
  /* Translators: the day the figures are for, e.g. "As of 2014年9月30日". */
  as_of = g_strdup_printf (_("As of %s"), day);
  gtk_label_set_label (self->as_of_label, as_of);
  update_breadcrumb (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.back", self->back->len > 0);
  hd_overview_charts_show_units (self->charts, G_LIST_MODEL (self->sorted));
  hd_overview_charts_read_trend (self->charts, self->context, self->unit_id);
}

/* The bars follow the table's order. */
static void
sort_changed_cb (HdOverviewPage *self)
{
  /* Also while the page goes: its columns leave the sorter after the charts are gone. */
  if (self->charts != NULL)
    hd_overview_charts_show_units (self->charts, G_LIST_MODEL (self->sorted));
}

/* An edit, or another number of warning days: read again, now or when next shown. */
static void
figures_changed_cb (HdOverviewPage *self)
{
  hd_refresh_when_shown (GTK_WIDGET (self), G_CALLBACK (rebuild));
}

/* ---- the columns ---- */

static HdOverviewItem *
cell_item (GtkListItem *cell)
{
  return HD_OVERVIEW_ITEM (gtk_list_item_get_item (cell));
}

static void
rank_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *cell,
              HdOverviewPage           *self)
{
  HdOverviewItem *item = cell_item (cell);
  g_autofree char *rank = NULL;

  /* The children come first: a child's place among them is its rank in the order shown. */
  if (item != NULL && hd_overview_item_get_kind (item) == HD_OVERVIEW_ITEM_CHILD)
    rank = g_strdup_printf ("%u", gtk_list_item_get_position (cell) + 1);
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (cell)), rank != NULL ? rank : "");
}

static void
label_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *cell,
                gpointer                  numeric)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (cell, label);
}

static void
name_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *cell,
              gpointer                  data)
{
  HdOverviewItem *item = cell_item (cell);
  GtkWidget *label = gtk_list_item_get_child (cell);

  gtk_label_set_label (GTK_LABEL (label), item != NULL ? hd_overview_item_get_name (item) : "");
  if (item != NULL && hd_overview_item_get_kind (item) == HD_OVERVIEW_ITEM_TOTAL)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
}

static void
figure_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *cell,
                gpointer                  figure)
{
  HdOverviewItem *item = cell_item (cell);
  GtkWidget *child = gtk_list_item_get_child (cell);
  g_autofree char *text = item != NULL
                          ? g_strdup_printf ("%" G_GINT64_FORMAT, hd_overview_item_get_figure (item, GPOINTER_TO_INT (figure)))
                          : g_strdup ("");

  if (GTK_IS_BUTTON (child))
    {
      gtk_button_set_label (GTK_BUTTON (child), text);
      g_object_set_data (G_OBJECT (child), "hd-item", item);
    }
  else
    gtk_label_set_label (GTK_LABEL (child), text);
}

static void
figure_clicked_cb (GtkButton      *button,
                   HdOverviewPage *self)
{
  HdOverviewItem *item = g_object_get_data (G_OBJECT (button), "hd-item");
  int figure = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "hd-figure"));

  if (item != NULL)
    open_ledger (self, item, figure_light (figure));
}

typedef struct {
  HdOverviewPage *page;
  int             figure;
} ButtonColumn;

static void
button_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *cell,
                 ButtonColumn             *column)
{
  GtkWidget *button = gtk_button_new ();

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "numeric");
  gtk_widget_add_css_class (button, "overview-figure");
  /* The keyboard stays on the rows (Enter goes down a level); Ctrl+L opens a row's tasks. */
  gtk_widget_set_focusable (button, FALSE);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_tooltip_text (button, _("Show these tasks in the ledger"));
  g_object_set_data (G_OBJECT (button), "hd-figure", GINT_TO_POINTER (column->figure));
  g_signal_connect (button, "clicked", G_CALLBACK (figure_clicked_cb), column->page);
  gtk_list_item_set_child (cell, button);
}

static void
share_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *cell,
               gpointer                  kind)
{
  HdOverviewItem *item = cell_item (cell);
  double value = -1;
  g_autofree char *text = NULL;

  if (item != NULL)
    switch (GPOINTER_TO_INT (kind))
      {
      case 0: value = hd_overview_item_get_share_closed (item); break;
      case 1: value = hd_overview_satisfaction (hd_overview_item_get_figures (item)); break;
      default: value = hd_overview_item_get_share_handled (item); break;
      }
  /* Translators: a share in per cent, e.g. "87.5%". */
  text = value >= 0 ? g_strdup_printf (_("%.1f%%"), value) : g_strdup ("—");
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (cell)), text);
}

/* Sorting: by a figure, or by a share (figure < 0: -1 closed, -2 satisfaction, -3 handled). */
static double
sort_value (HdOverviewItem *item,
            int             figure)
{
  switch (figure)
    {
    case -1: return hd_overview_item_get_share_closed (item);
    case -2: return hd_overview_satisfaction (hd_overview_item_get_figures (item));
    case -3: return hd_overview_item_get_share_handled (item);
    default: return (double) hd_overview_item_get_figure (item, figure);
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      figure)
{
  double x = sort_value (HD_OVERVIEW_ITEM ((gpointer) a), GPOINTER_TO_INT (figure));
  double y = sort_value (HD_OVERVIEW_ITEM ((gpointer) b), GPOINTER_TO_INT (figure));

  if (x != y)
    return x < y ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return g_utf8_collate (hd_overview_item_get_name (HD_OVERVIEW_ITEM ((gpointer) a)),
                         hd_overview_item_get_name (HD_OVERVIEW_ITEM ((gpointer) b)));
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  return g_utf8_collate (hd_overview_item_get_name (HD_OVERVIEW_ITEM ((gpointer) a)),
                         hd_overview_item_get_name (HD_OVERVIEW_ITEM ((gpointer) b)));
}

static GtkColumnViewColumn *
add_column (HdOverviewPage     *self,
            const char         *title,
            GtkListItemFactory *factory,
            int                 width,
            GtkSorter          *sorter)
{
  GtkColumnViewColumn *column = gtk_column_view_column_new (title, factory);

  gtk_column_view_column_set_fixed_width (column, width);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (sorter != NULL)
    gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_append_column (self->view, column);
  g_object_unref (column);
  g_clear_object (&sorter);
  return column;
}

static GtkListItemFactory *
label_factory (gboolean  numeric,
               GCallback bind,
               gpointer  data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (label_setup_cb), GINT_TO_POINTER (numeric));
  g_signal_connect (factory, "bind", bind, data);
  return factory;
}

static void
add_figure_column (HdOverviewPage   *self,
                   HdOverviewFigure  figure)
{
  GtkListItemFactory *factory;

  if (figure_light (figure) >= -1)
    {
      ButtonColumn *column = g_new (ButtonColumn, 1);

      column->page = self;
      column->figure = figure;
      factory = gtk_signal_list_item_factory_new ();
      g_object_set_data_full (G_OBJECT (factory), "hd-column", column, g_free);
      g_signal_connect (factory, "setup", G_CALLBACK (button_setup_cb), column);
      g_signal_connect (factory, "bind", G_CALLBACK (figure_bind_cb), GINT_TO_POINTER (figure));
    }
  else
    factory = label_factory (TRUE, G_CALLBACK (figure_bind_cb), GINT_TO_POINTER (figure));
  self->columns[figure] = add_column (self, hd_overview_figure_get_label (figure), factory, 72,
                                      GTK_SORTER (gtk_custom_sorter_new (compare_items, GINT_TO_POINTER (figure), NULL)));
}

static void
add_share_column (HdOverviewPage *self,
                  const char     *title,
                  int             kind)
{
  add_column (self, title, label_factory (TRUE, G_CALLBACK (share_bind_cb), GINT_TO_POINTER (kind)), 80,
              GTK_SORTER (gtk_custom_sorter_new (compare_items, GINT_TO_POINTER (-1 - kind), NULL)));
}

static void
add_columns (HdOverviewPage *self)
{
  GtkListItemFactory *rank = gtk_signal_list_item_factory_new ();

  g_signal_connect (rank, "setup", G_CALLBACK (label_setup_cb), GINT_TO_POINTER (TRUE));
  g_signal_connect (rank, "bind", G_CALLBACK (rank_bind_cb), self);
  add_column (self, C_("overview column", "Rank"), rank, 48, NULL);
  gtk_column_view_column_set_expand (add_column (self, C_("overview column", "Unit"),
                                                 label_factory (FALSE, G_CALLBACK (name_bind_cb), NULL), 160,
                                                 GTK_SORTER (gtk_custom_sorter_new (compare_names, NULL, NULL))),
                                     TRUE);
  for (int f = HD_OVERVIEW_TASKS; f <= HD_OVERVIEW_CLOSED_LATE; f++)
    add_figure_column (self, f);
  add_share_column (self, C_("overview column", "Share Closed"), 0);
  for (int f = HD_OVERVIEW_SATISFIED; f <= HD_OVERVIEW_DISSATISFIED; f++)
    add_figure_column (self, f);
  add_share_column (self, C_("overview column", "Satisfaction"), 1);
  add_figure_column (self, HD_OVERVIEW_OPINIONS);
  add_share_column (self, C_("overview column", "Share Handled"), 2);
  for (int f = HD_OVERVIEW_NOTICES_OPEN; f < HD_OVERVIEW_N_FIGURES; f++)
    add_figure_column (self, f);
}

/* ---- navigation ---- */

static void
go_to (HdOverviewPage *self,
       gint64          unit_id,
       gboolean        remember)
{
  if (remember && unit_id != self->unit_id)
    g_array_append_val (self->back, self->unit_id);
  self->unit_id = unit_id;
  self->unit_chosen = TRUE;
  rebuild (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
row_activated_cb (HdOverviewPage *self,
                  guint           position)
{
  g_autoptr(HdOverviewItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item != NULL && hd_overview_item_get_kind (item) == HD_OVERVIEW_ITEM_CHILD)
    go_to (self, hd_overview_item_get_unit_id (item), TRUE);
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HdOverviewPage *self = HD_OVERVIEW_PAGE (widget);
  gint64 previous;

  if (self->back->len == 0)
    return;
  previous = g_array_index (self->back, gint64, self->back->len - 1);
  g_array_set_size (self->back, self->back->len - 1);
  go_to (self, previous, FALSE);
}

static void
show_unit_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  go_to (HD_OVERVIEW_PAGE (widget), g_variant_get_int64 (parameter), TRUE);
}

static void
show_ledger_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HdOverviewPage *self = HD_OVERVIEW_PAGE (widget);
  HdOverviewItem *item = gtk_single_selection_get_selected_item (self->selection);

  if (item != NULL)
    open_ledger (self, item, -1);
}

/* ---- printing: 整改落实情况通报 ---- */

typedef struct {
  gint64 unit_id;
  GDate  today;
  guint  warning_days;
} PrintData;

static HdDocument *
build_overview (HdStore              *store,
                const HdFormOptions  *options,
                gpointer              data,
                GError              **error)
{
  const PrintData *print = data;

  return hd_form_overview_new (store, print->unit_id, &print->today, print->warning_days, options, error);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HdOverviewPage *self = HD_OVERVIEW_PAGE (widget);
  PrintData *data;
  g_autofree char *name = NULL;
  g_autoptr(HdUnit) unit = NULL;

  if (self->context == NULL)
    return;
  data = g_new0 (PrintData, 1);
  data->unit_id = self->unit_id;
  data->today = *hd_context_get_today (self->context);
  data->warning_days = hd_context_get_warning_days (self->context);
  if (self->unit_id != 0)
    unit = hd_unit_load (hd_context_get_store (self->context), self->unit_id, NULL);
  /* Translators: the printed overview's proposed file and print job name, e.g.
   * "整改落实情况通报-隆岗县". */
  name = g_strdup_printf (_("Rectification Progress-%s"), unit != NULL ? hd_unit_get_name (unit) : _("All Units"));
  hd_print_form (GTK_WINDOW (gtk_widget_get_root (widget)), self->context, g_str_equal (action_name, "overview.export"),
                 name, build_overview, data, g_free);
}

/* The daily reminders cover the unit shown. */
static void
remind_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HdOverviewPage *self = HD_OVERVIEW_PAGE (widget);
  g_autoptr(HdUnit) unit = NULL;
  g_autofree char *message = NULL;

  if (self->context == NULL)
    return;
  hd_reminder_notice_set_scope (self->context, self->unit_id);
  if (self->unit_id != 0)
    unit = hd_unit_load (hd_context_get_store (self->context), self->unit_id, NULL);
  /* Translators: said when the clerk chose the unit of the daily reminders. */
  message = g_strdup_printf (_("The daily reminders now cover %s and the units under it."),
                             unit != NULL ? hd_unit_get_name (unit) : _("All Units"));
  gtk_widget_activate_action (widget, "win.show-notification", "s", message);
}

/* ---- the page ---- */

static void
mapped_cb (HdOverviewPage *self)
{
  gint64 top = 0, second = 0;

  if (self->unit_chosen || self->context == NULL)
    return;
  /* The top of the database: its one top unit, or all of them as rows. */
  hd_read_id (hd_context_get_store (self->context), "SELECT id FROM unit WHERE parent_id IS NULL ORDER BY position, id",
              0, 0, &top, NULL);
  hd_read_id (hd_context_get_store (self->context),
              "SELECT id FROM unit WHERE parent_id IS NULL ORDER BY position, id LIMIT 1 OFFSET 1", 0, 0, &second, NULL);
  self->unit_id = second == 0 ? top : 0;
  self->unit_chosen = TRUE;
  rebuild (self);
}

/* Coming into the page, the keyboard goes to the table first (Enter goes down into a unit), not
 * to the Back button and the path above it. */
static gboolean
hd_overview_page_focus (GtkWidget        *widget,
                        GtkDirectionType  direction)
{
  HdOverviewPage *self = HD_OVERVIEW_PAGE (widget);

  if (gtk_widget_get_focus_child (widget) == NULL && direction == GTK_DIR_TAB_FORWARD
      && gtk_widget_child_focus (GTK_WIDGET (self->view), direction))
    return TRUE;
  return GTK_WIDGET_CLASS (hd_overview_page_parent_class)->focus (widget, direction);
}

static void
hd_overview_page_dispose (GObject *object)
{
  HdOverviewPage *self = HD_OVERVIEW_PAGE (object);

  if (self->context != NULL)
    g_clear_signal_handler (&self->settings_handler, hd_context_get_settings (self->context));
  hd_context_release (&self->context, &self->history_handler);
  g_clear_object (&self->selection);
  g_clear_object (&self->children);
  g_clear_object (&self->footer);
  g_clear_pointer (&self->back, g_array_unref);
  hd_template_dispose (GTK_WIDGET (object), HD_TYPE_OVERVIEW_PAGE);
  G_OBJECT_CLASS (hd_overview_page_parent_class)->dispose (object);
}

static void
hd_overview_page_class_init (HdOverviewPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hd_overview_page_dispose;
  g_type_ensure (HD_TYPE_OVERVIEW_CHARTS);
  widget_class->focus = hd_overview_page_focus;

  /* The tasks of a row asked for: @unit_id's subtree, or only its own with @unit_only, of the
   * light @light (an HdLight; -1 any). */
  signals[OPEN_LEDGER] = g_signal_new ("open-ledger", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                       NULL, G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_BOOLEAN, G_TYPE_INT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/overview/hd-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HdOverviewPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, HdOverviewPage, breadcrumb);
  gtk_widget_class_bind_template_child (widget_class, HdOverviewPage, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, HdOverviewPage, view);
  gtk_widget_class_bind_template_child (widget_class, HdOverviewPage, charts);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "overview.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "overview.show-unit", "x", show_unit_activated);
  gtk_widget_class_install_action (widget_class, "overview.show-ledger", NULL, show_ledger_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "overview.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "overview.show-ledger", NULL);
  gtk_widget_class_install_action (widget_class, "overview.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "overview.remind", NULL, remind_activated);
  gtk_widget_class_install_action (widget_class, "overview.export", NULL, print_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "overview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "overview.export", NULL);
}

static void
hd_overview_page_init (HdOverviewPage *self)
{
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  GtkFlattenListModel *rows;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->back = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->children = g_list_store_new (HD_TYPE_OVERVIEW_ITEM);
  self->footer = g_list_store_new (HD_TYPE_OVERVIEW_ITEM);
  add_columns (self);
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->children)),
                                          g_object_ref (gtk_column_view_get_sorter (self->view)));
  g_list_store_append (parts, self->sorted);
  g_object_unref (self->sorted);   /* held by @parts */
  g_list_store_append (parts, self->footer);
  rows = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (rows));
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  /* The units most behind first. */
  gtk_column_view_sort_by_column (self->view, self->columns[HD_OVERVIEW_RED], GTK_SORT_DESCENDING);
  g_signal_connect_object (gtk_column_view_get_sorter (self->view), "changed", G_CALLBACK (sort_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.back", FALSE);
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
}

void
hd_overview_page_set_context (HdOverviewPage *self,
                              HdContext      *context)
{
  g_return_if_fail (HD_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (HD_IS_CONTEXT (context));

  if (self->context != NULL)
    g_clear_signal_handler (&self->settings_handler, hd_context_get_settings (self->context));
  hd_context_hold (&self->context, &self->history_handler, context, G_CALLBACK (figures_changed_cb), self);
  self->settings_handler = g_signal_connect_swapped (hd_context_get_settings (context), "changed::deadline-warning-days",
                                                     G_CALLBACK (figures_changed_cb), self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
}

void
hd_overview_page_show_unit (HdOverviewPage *self,
                            gint64          unit_id)
{
  g_return_if_fail (HD_IS_OVERVIEW_PAGE (self));
  go_to (self, unit_id, self->unit_chosen);
}

gint64
hd_overview_page_get_unit (HdOverviewPage *self)
{
  g_return_val_if_fail (HD_IS_OVERVIEW_PAGE (self), 0);
  return self->unit_id;
}

GListModel *
hd_overview_page_get_rows (HdOverviewPage *self)
{
  g_return_val_if_fail (HD_IS_OVERVIEW_PAGE (self), NULL);
  return G_LIST_MODEL (self->selection);
}

char *
hd_overview_page_dup_path (HdOverviewPage *self)
{
  GString *path = g_string_new (NULL);

  g_return_val_if_fail (HD_IS_OVERVIEW_PAGE (self), NULL);
  for (GtkWidget *part = gtk_widget_get_first_child (GTK_WIDGET (self->breadcrumb)); part != NULL;
       part = gtk_widget_get_next_sibling (part))
    {
      const char *text = GTK_IS_BUTTON (part) ? gtk_button_get_label (GTK_BUTTON (part))
                                              : gtk_label_get_label (GTK_LABEL (part));

      g_string_append (path, text);
      if (gtk_widget_get_next_sibling (part) != NULL)
        g_string_append_c (path, ' ');
    }
  return g_string_free (path, FALSE);
}

void
hd_overview_page_sort_by (HdOverviewPage *self,
                          int             figure,
                          gboolean        descending)
{
  g_return_if_fail (HD_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (figure >= 0 && figure < HD_OVERVIEW_N_FIGURES);
  gtk_column_view_sort_by_column (self->view, self->columns[figure],
                                  descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
}

HdOverviewCharts *
hd_overview_page_get_charts (HdOverviewPage *self)
{
  g_return_val_if_fail (HD_IS_OVERVIEW_PAGE (self), NULL);
  return self->charts;
}

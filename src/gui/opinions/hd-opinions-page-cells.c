/* hd-opinions-page-cells.c — the cells of the opinions' columns. */
#include "common/hd-cell.h"
#include "common/hd-label-tooltip.h"
#include "common/hd-unit-names.h"
#include "opinions/hd-opinion.h"
#include "opinions/hd-opinions-page-private.h"

/* Dates, channels, categories and statuses are short: shown whole. */
static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HdOpinionsPage           *self)
{
  hd_cell_add_label (item);
}

/* Unit names can be long: cut, with the whole name as the tooltip. */
static void
setup_unit_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HdOpinionsPage           *self)
{
  GtkLabel *label = hd_cell_add_label (item);

  gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
  hd_label_tooltip_setup (label);
}

static void
setup_content_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  HdOpinionsPage           *self)
{
  GtkLabel *label = hd_cell_add_label (item);

  hd_cell_wrap_text (label);
  hd_label_tooltip_setup (label);
}

static void
bind_date_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HdOpinionsPage           *self)
{
  hd_cell_set_date (item, hd_opinion_get_received (gtk_list_item_get_item (item)));
}

static void
bind_channel_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 HdOpinionsPage           *self)
{
  hd_cell_set_text (item, hd_opinion_channel_get_label (hd_opinion_get_channel (gtk_list_item_get_item (item))));
}

static void
bind_unit_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HdOpinionsPage           *self)
{
  gint64 unit_id = hd_opinion_get_unit_id (gtk_list_item_get_item (item));

  hd_cell_set_text (item, hd_unit_names_lookup (self->unit_names, hd_context_get_store (self->context), unit_id));
}

static void
bind_category_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  HdOpinionsPage           *self)
{
  hd_cell_set_text (item, hd_category_get_label (hd_opinion_get_category (gtk_list_item_get_item (item))));
}

static void
bind_status_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HdOpinionsPage           *self)
{
  hd_cell_set_text (item, hd_opinion_status_get_label (hd_opinion_get_status (gtk_list_item_get_item (item))));
}

static void
bind_content_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 HdOpinionsPage           *self)
{
  hd_cell_set_text (item, hd_opinion_get_content (gtk_list_item_get_item (item)));
}

void
hd_opinions_page_class_init_cells (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, setup_cell_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_unit_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_content_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_date_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_channel_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_unit_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_category_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_content_cb);
}

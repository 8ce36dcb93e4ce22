/* hd-text-column.c */
#include "common/hd-cell.h"
#include "common/hd-label-tooltip.h"
#include "common/hd-text-column.h"
#include "store/hd-date.h"

typedef struct {
  HdTextColumnFlags flags;
  HdTextColumnFunc  text;
  gpointer          user_data;
} Column;

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          Column                   *column)
{
  GtkLabel *label = hd_cell_add_label (item);

  gtk_widget_set_valign (GTK_WIDGET (label), GTK_ALIGN_START);
  if (column->flags & HD_TEXT_COLUMN_NUMERIC)
    gtk_widget_add_css_class (GTK_WIDGET (label), "numeric");
  if (column->flags & HD_TEXT_COLUMN_WRAP)
    {
      gtk_label_set_yalign (label, 0);
      gtk_label_set_wrap (label, TRUE);
      gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (label, 3);
      gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (label, 4);
      hd_label_tooltip_setup (label);
    }
  else
    gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         Column                   *column)
{
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  gpointer row = gtk_list_item_get_item (item);
  g_autofree char *text = row != NULL ? column->text (row, column->user_data) : NULL;

  if (column->flags & HD_TEXT_COLUMN_MARKUP)
    gtk_label_set_markup (label, text != NULL ? text : "");
  else
    gtk_label_set_label (label, text != NULL ? text : "");
}

GtkColumnViewColumn *
hd_text_column_add (GtkColumnView      *view,
                    const char         *title,
                    int                 width,
                    HdTextColumnFlags   flags,
                    HdTextColumnFunc    text,
                    gpointer            user_data)
{
  Column *column = g_new0 (Column, 1);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *result;

  column->flags = flags;
  column->text = text;
  column->user_data = user_data;
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), column);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), column);
  g_object_set_data_full (G_OBJECT (factory), "hd-text-column", column, g_free);
  result = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_fixed_width (result, width);
  gtk_column_view_column_set_resizable (result, TRUE);
  gtk_column_view_column_set_expand (result, (flags & HD_TEXT_COLUMN_EXPAND) != 0);
  gtk_column_view_append_column (view, result);
  g_object_unref (result);
  return result;
}

char *
hd_text_column_date (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  if (iso == NULL)
    return NULL;
  return hd_date_parse_iso (iso, &date) ? hd_date_format_display (&date) : g_strdup (iso);
}

/* hd-cell.c */
#include "common/hd-cell.h"
#include "store/hd-date.h"

GtkLabel *
hd_cell_add_label (GtkListItem *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
  return GTK_LABEL (label);
}

void
hd_cell_wrap_text (GtkLabel *label)
{
  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (label, 2);
  gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (label, 20);
  gtk_label_set_max_width_chars (label, 60);
}

void
hd_cell_set_text (GtkListItem *item,
                  const char  *text)
{
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

void
hd_cell_set_date (GtkListItem *item,
                  const char  *iso)
{
  g_autofree char *shown = NULL;
  GDate date;

  g_date_clear (&date, 1);
  if (hd_date_parse_iso (iso, &date))
    shown = hd_date_format_display (&date);
  hd_cell_set_text (item, shown != NULL ? shown : iso);
}

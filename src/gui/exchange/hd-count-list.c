/* hd-count-list.c */
#include "exchange/hd-count-list.h"
#include "exchange/hd-exchange-text.h"

void
hd_count_list_show (GtkListBox             *list,
                    const HdExchangeCounts *counts)
{
  g_auto(GStrv) lines = hd_exchange_text_count_lines (counts);
  GtkWidget *row;

  /* (gtk_list_box_remove_all () is GTK 4.12's) */
  while ((row = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, row);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      GtkWidget *label = gtk_label_new (lines[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_list_box_append (list, label);
    }
}

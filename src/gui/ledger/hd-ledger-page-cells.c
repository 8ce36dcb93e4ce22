/* hd-ledger-page-cells.c — the cells of the ledger's columns. */
#include <glib/gi18n-lib.h>

#include "common/hd-cell.h"
#include "common/hd-label-tooltip.h"
#include "common/hd-unit-names.h"
#include "ledger/hd-ledger-page-private.h"
#include "ledger/hd-ledger-text.h"

static HdTask *
item_task (GtkListItem *item)
{
  return HD_TASK (gtk_list_item_get_item (item));
}

static void
setup_number_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 HdLedgerPage             *self)
{
  GtkLabel *label = hd_cell_add_label (item);

  gtk_label_set_xalign (label, 1);
  gtk_widget_set_valign (GTK_WIDGET (label), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (label), "numeric");
}

/* Dates are never cut: their column is wide enough for "2014年12月31日". */
static void
setup_date_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HdLedgerPage             *self)
{
  GtkLabel *label = hd_cell_add_label (item);

  gtk_widget_set_valign (GTK_WIDGET (label), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (label), "numeric");
}

/* Long texts are cut to one line at their column's width, so that a screen holds many rows; the
 * tooltip and the editor show all. */
static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HdLedgerPage             *self)
{
  GtkLabel *label = hd_cell_add_label (item);

  gtk_label_set_yalign (label, 0);
  gtk_widget_set_valign (GTK_WIDGET (label), GTK_ALIGN_START);
  gtk_label_set_single_line_mode (label, TRUE);
  gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (label, 4);
  hd_label_tooltip_setup (label);
}

/* The light: a coloured mark and the word, never colour alone. */
static void
setup_light_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HdLedgerPage             *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *mark = gtk_label_new (NULL);
  GtkWidget *word = gtk_label_new (NULL);

  gtk_accessible_update_state (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_label_set_xalign (GTK_LABEL (word), 0);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), mark);
  gtk_box_append (GTK_BOX (box), word);
  gtk_list_item_set_child (item, box);
}

static void
bind_number_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HdLedgerPage             *self)
{
  char text[16];

  g_snprintf (text, sizeof text, "%u", hd_task_get_number (item_task (item)));
  hd_cell_set_text (item, text);
}

static void
bind_light_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HdLedgerPage             *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *mark = gtk_widget_get_first_child (box);
  GtkWidget *word = gtk_widget_get_last_child (box);
  HdLight light = hd_task_get_light (item_task (item), hd_context_get_today (self->context),
                                     hd_ledger_page_get_warning_days (self));
  const char *classes[] = { hd_ledger_text_light_class (light), NULL };
  gboolean closed = light == HD_LIGHT_CLOSED || light == HD_LIGHT_CLOSED_LATE;

  gtk_label_set_label (GTK_LABEL (mark), closed ? "✔" : "●");
  gtk_widget_set_css_classes (mark, classes);
  gtk_label_set_label (GTK_LABEL (word), hd_light_get_label (light));
  if (light == HD_LIGHT_RED)
    gtk_widget_add_css_class (word, "error");
  else
    gtk_widget_remove_css_class (word, "error");
}

static void
bind_source_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HdLedgerPage             *self)
{
  hd_cell_set_text (item, hd_task_get_source (item_task (item)));
}

static void
bind_problem_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 HdLedgerPage             *self)
{
  hd_cell_set_text (item, hd_task_get_problem (item_task (item)));
}

static void
bind_measures_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  HdLedgerPage             *self)
{
  hd_cell_set_text (item, hd_task_get_measures (item_task (item)));
}

static void
bind_goal_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HdLedgerPage             *self)
{
  hd_cell_set_text (item, hd_task_get_goal (item_task (item)));
}

static void
bind_leader_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HdLedgerPage             *self)
{
  hd_cell_set_text (item, hd_task_get_leader (item_task (item)));
}

static void
bind_person_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HdLedgerPage             *self)
{
  hd_cell_set_text (item, hd_task_get_person (item_task (item)));
}

static void
bind_unit_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HdLedgerPage             *self)
{
  gint64 unit_id = hd_task_get_unit_id (item_task (item));

  hd_cell_set_text (item, hd_unit_names_lookup (self->unit_names, hd_context_get_store (self->context), unit_id));
}

static void
bind_deadline_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  HdLedgerPage             *self)
{
  g_autofree char *text = hd_ledger_text_deadline (item_task (item), hd_context_get_today (self->context));

  hd_cell_set_text (item, text);
}

static void
bind_progress_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  HdLedgerPage             *self)
{
  hd_cell_set_text (item, hd_task_get_last_progress (item_task (item)));
}

static void
bind_result_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HdLedgerPage             *self)
{
  HdTask *task = item_task (item);
  const char *result = hd_task_get_result (task);
  HdVerdict verdict = hd_task_get_verdict (task);
  g_autofree char *text = NULL;

  if (verdict != HD_VERDICT_NONE && result != NULL && *result != '\0')
    /* Translators: the result column: the result, then the masses' verdict, e.g.
     * "已整改到位（满意）". */
    text = g_strdup_printf (_("%s (%s)"), result, hd_verdict_get_label (verdict));
  else if (verdict != HD_VERDICT_NONE)
    text = g_strdup (hd_verdict_get_label (verdict));
  else
    text = g_strdup (result);
  hd_cell_set_text (item, text);
}

static void
bind_closed_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HdLedgerPage             *self)
{
  g_autofree char *text = hd_ledger_text_date (hd_task_get_closed (item_task (item)));

  hd_cell_set_text (item, text);
}

void
hd_ledger_page_class_init_cells (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, setup_number_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_date_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_light_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_number_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_light_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_source_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_problem_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_measures_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_goal_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_leader_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_unit_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_person_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_deadline_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_progress_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_result_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_closed_cb);
}

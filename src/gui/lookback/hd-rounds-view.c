/* hd-rounds-view.c
 *
 * The rounds are few (a county opens a handful a year): an HdRowModel reread after every edit,
 * the chosen round selected again. */
#include <glib/gi18n-lib.h>

#include "common/hd-template.h"
#include "common/hd-dialog.h"
#include "common/hd-text-column.h"
#include "common/hd-unit-names.h"
#include "lookback/hd-lookback-item.h"
#include "lookback/hd-round-form.h"
#include "lookback/hd-rounds-view.h"

struct _HdRoundsView
{
  GtkWidget           parent_instance;

  HdContext          *context;
  gulong              history_handler;
  HdRowModel         *rounds;
  GtkSingleSelection *selection;
  GHashTable         *unit_names;
  gint64              round_id;
  gboolean            rebuilding;

  GtkStack           *rounds_stack;
  GtkListView        *rounds_list;
  HdRoundItems       *items;
};

G_DEFINE_FINAL_TYPE (HdRoundsView, hd_rounds_view, GTK_TYPE_WIDGET)

enum {
  ROUND_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- a round's row: its name, its unit and day, its progress ---- */

static void
setup_round_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HdRoundsView             *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  for (guint i = 0; i < 3; i++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      if (i == 0)
        gtk_widget_add_css_class (label, "heading");
      else
        gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_item_set_child (item, box);
}

static void
bind_round_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               HdRoundsView             *self)
{
  HdLookbackRound *round = gtk_list_item_get_item (item);
  HdStore *store = hd_context_get_store (self->context);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *where = gtk_widget_get_next_sibling (name);
  GtkWidget *progress = gtk_widget_get_next_sibling (where);
  g_autofree char *opened = hd_text_column_date (hd_lookback_round_get_opened (round));
  g_autofree char *where_text = NULL;
  g_autofree char *progress_text = NULL;
  guint n_items = 0, n_waiting = 0;

  hd_lookback_count_items (store, hd_lookback_round_get_id (round), &n_items, &n_waiting, NULL);
  /* Translators: a look-back round's unit and the day it opened, e.g. "示范县 · 2014年9月30日". */
  where_text = g_strdup_printf (_("%s · %s"),
                                hd_unit_names_lookup (self->unit_names, store, hd_lookback_round_get_unit_id (round)),
                                opened);
  if (hd_lookback_round_get_closed (round) != NULL)
    {
      g_autofree char *closed = hd_text_column_date (hd_lookback_round_get_closed (round));

      /* Translators: a closed look-back round in the list of rounds. */
      progress_text = g_strdup_printf (_("Closed on %s"), closed);
    }
  else
    progress_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u task waiting",
                                                  "%u of %u tasks waiting", n_items),
                                     n_waiting, n_items);
  gtk_label_set_label (GTK_LABEL (name), hd_lookback_round_get_name (round));
  gtk_label_set_label (GTK_LABEL (where), where_text);
  gtk_label_set_label (GTK_LABEL (progress), progress_text);
}

/* ---- the rounds ---- */

static void
selection_changed_cb (HdRoundsView *self)
{
  HdLookbackRound *round;

  if (self->rebuilding)
    return;
  round = gtk_single_selection_get_selected_item (self->selection);
  self->round_id = round != NULL ? hd_lookback_round_get_id (round) : 0;
  hd_round_items_set_round (self->items, self->round_id);
  g_signal_emit (self, signals[ROUND_CHANGED], 0);
}

static void
reload (HdRoundsView *self)
{
  g_autoptr(GError) error = NULL;
  HdRowModel *rounds;
  int position;

  if (self->context == NULL)
    return;
  rounds = hd_lookback_rounds_new (hd_context_get_store (self->context), &error);
  if (rounds == NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-notification", "s", error->message);
      rounds = hd_row_model_new_empty (HD_TYPE_LOOKBACK_ROUND);
    }
  self->rebuilding = TRUE;
  g_clear_object (&self->rounds);
  g_clear_object (&self->selection);
  self->rounds = rounds;
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (rounds)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  /* The round chosen before, or the first: the open one worked on now. */
  position = self->round_id != 0 ? hd_row_model_find (rounds, self->round_id) : -1;
  if (position < 0 && g_list_model_get_n_items (G_LIST_MODEL (rounds)) > 0)
    position = 0;
  gtk_single_selection_set_selected (self->selection, position >= 0 ? (guint) position : GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->rounds_list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self);
  self->rebuilding = FALSE;
  gtk_stack_set_visible_child_name (self->rounds_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (rounds)) > 0 ? "list" : "empty");
  selection_changed_cb (self);
}

static void
history_changed_cb (HdRoundsView *self)
{
  g_hash_table_remove_all (self->unit_names);
  reload (self);
}

static void
round_opened_cb (gint64    round_id,
                 gpointer  user_data)
{
  HdRoundsView *self = user_data;

  hd_rounds_view_set_round (self, round_id);
}

static void
new_round_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  hd_rounds_view_new_round (HD_ROUNDS_VIEW (widget));
}

/* ---- object ---- */

static void
hd_rounds_view_dispose (GObject *object)
{
  HdRoundsView *self = HD_ROUNDS_VIEW (object);

  if (self->rounds_list != NULL)
    gtk_list_view_set_model (self->rounds_list, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->rounds);
  hd_template_dispose (GTK_WIDGET (self), HD_TYPE_ROUNDS_VIEW);
  g_clear_pointer (&self->unit_names, g_hash_table_unref);
  hd_context_release (&self->context, &self->history_handler);
  G_OBJECT_CLASS (hd_rounds_view_parent_class)->dispose (object);
}

static void
hd_rounds_view_class_init (HdRoundsViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hd_rounds_view_dispose;
  g_type_ensure (HD_TYPE_ROUND_ITEMS);

  signals[ROUND_CHANGED] = g_signal_new ("round-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/lookback/hd-rounds-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HdRoundsView, rounds_stack);
  gtk_widget_class_bind_template_child (widget_class, HdRoundsView, rounds_list);
  gtk_widget_class_bind_template_child (widget_class, HdRoundsView, items);

  gtk_widget_class_install_action (widget_class, "rounds.new", NULL, new_round_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "rounds.new", NULL);
}

static void
hd_rounds_view_init (HdRoundsView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->unit_names = hd_unit_names_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_round_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_round_cb), self);
  gtk_list_view_set_factory (self->rounds_list, factory);
  g_object_unref (factory);
}

void
hd_rounds_view_set_context (HdRoundsView *self,
                            HdContext    *context)
{
  g_return_if_fail (HD_IS_ROUNDS_VIEW (self));
  g_return_if_fail (HD_IS_CONTEXT (context));

  hd_context_hold (&self->context, &self->history_handler, context, G_CALLBACK (history_changed_cb), self);
  hd_round_items_set_context (self->items, context);
  reload (self);
}

gint64
hd_rounds_view_get_round (HdRoundsView *self)
{
  g_return_val_if_fail (HD_IS_ROUNDS_VIEW (self), 0);
  return self->round_id;
}

void
hd_rounds_view_set_round (HdRoundsView *self,
                          gint64        round_id)
{
  int position;

  g_return_if_fail (HD_IS_ROUNDS_VIEW (self));

  if (self->rounds == NULL)
    return;
  position = hd_row_model_find (self->rounds, round_id);
  if (position < 0)
    {
      /* Opened since the list was read. */
      self->round_id = round_id;
      reload (self);
      return;
    }
  gtk_single_selection_set_selected (self->selection, (guint) position);
}

GListModel *
hd_rounds_view_get_rounds (HdRoundsView *self)
{
  g_return_val_if_fail (HD_IS_ROUNDS_VIEW (self), NULL);
  return G_LIST_MODEL (self->rounds);
}

HdRoundItems *
hd_rounds_view_get_items (HdRoundsView *self)
{
  g_return_val_if_fail (HD_IS_ROUNDS_VIEW (self), NULL);
  return self->items;
}

GtkWindow *
hd_rounds_view_new_round (HdRoundsView *self)
{
  GtkWindow *form;

  g_return_val_if_fail (HD_IS_ROUNDS_VIEW (self), NULL);

  if (self->context == NULL)
    return NULL;
  form = GTK_WINDOW (hd_round_form_new (hd_dialog_get_parent (GTK_WIDGET (self)), self->context, round_opened_cb,
                                        g_object_ref (self), g_object_unref));
  gtk_window_present (form);
  return form;
}

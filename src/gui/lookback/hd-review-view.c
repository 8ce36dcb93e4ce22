/* hd-review-view.c
 *
 * The points are a grid made anew for each unit: a label, a drop-down of findings ("not reviewed
 * yet" first, which records nothing) and a note, each with what was recorded before, so that
 * saving writes only what changed. */
#include <glib/gi18n-lib.h>

#include "common/hd-template.h"
#include "common/hd-enum-labels.h"
#include "common/hd-owner-banner.h"
#include "common/hd-unit-button.h"
#include "lookback/hd-lookback.h"
#include "lookback/hd-review-view.h"

typedef struct {
  HdReviewPoint  point;
  int            finding;   /* as recorded: an HdReviewFinding, or -1 */
  char          *note;      /* as recorded */
  GtkDropDown   *dropdown;
  GtkEntry      *entry;
} Row;

struct _HdReviewView
{
  GtkWidget     parent_instance;

  HdContext    *context;
  gulong        history_handler;
  gint64        round_id;
  gboolean      read_only;  /* the round is closed, or another office's */
  GArray       *rows;       /* Row */
  gboolean      saving;

  GtkLabel     *round_label;
  HdUnitButton *unit_button;
  HdOwnerBanner *owner_banner;
  GtkRevealer  *error_revealer;
  GtkLabel     *error_label;
  GtkStack     *stack;
  GtkGrid      *points_grid;
  GtkLabel     *empty_label;
};

G_DEFINE_FINAL_TYPE (HdReviewView, hd_review_view, GTK_TYPE_WIDGET)

static void
show_error (HdReviewView *self,
            const char   *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
clear_row (gpointer data)
{
  Row *row = data;

  g_free (row->note);
}

static void
show_empty (HdReviewView *self,
            const char   *text)
{
  gtk_label_set_label (self->empty_label, text);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.save", FALSE);
}

HD_ENUM_LABEL_FUNC (finding_label, hd_review_finding_get_label)

/* Makes the grid of the points the unit reviews, with what was recorded. */
static void
rebuild (HdReviewView *self)
{
  HdStore *store;
  g_autoptr(HdLookbackRound) round = NULL;
  g_autoptr(GError) error = NULL;
  HdReviewPoint points[HD_REVIEW_N_TEAM_POINTS];
  GtkWidget *child;
  guint n;

  if (self->context == NULL || self->saving)
    return;
  store = hd_context_get_store (self->context);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->points_grid))) != NULL)
    gtk_grid_remove (self->points_grid, child);
  g_array_set_size (self->rows, 0);
  show_error (self, NULL);

  if (self->round_id != 0)
    round = hd_lookback_round_load (store, self->round_id, NULL);
  if (round == NULL)
    {
      hd_owner_banner_clear (self->owner_banner);
      gtk_label_set_label (self->round_label, _("No Round Chosen"));
      show_empty (self, _("Choose a look-back round in Rounds (Ctrl+1); its leadership teams are reviewed here, "
                          "six points each."));
      return;
    }
  gtk_label_set_label (self->round_label, hd_lookback_round_get_name (round));
  /* A round another office opened is reviewed there; its findings come with its packages. */
  self->read_only = !hd_owner_banner_show_row (self->owner_banner, store, "lookback_round", self->round_id)
                    || hd_lookback_round_get_closed (round) != NULL;
  n = hd_review_points_for_unit (store, hd_unit_button_get_unit (self->unit_button), points, &error);
  if (n == 0)
    {
      show_empty (self, error != NULL ? error->message : _("Choose the unit reviewed (Ctrl+U)."));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkStringList) findings = hd_enum_labels_new (_("Not Reviewed Yet"), finding_label, 0, HD_REVIEW_N_FINDINGS);
      Row row = { points[i], -1, NULL, NULL, NULL };
      HdReviewFinding finding;
      GtkWidget *label = gtk_label_new (hd_review_point_get_label (points[i]));

      if (hd_review_get (store, self->round_id, hd_unit_button_get_unit (self->unit_button), points[i], &finding,
                         &row.note, NULL))
        row.finding = finding;
      row.dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (findings)), NULL));
      gtk_drop_down_set_selected (row.dropdown, (guint) (row.finding + 1));
      row.entry = GTK_ENTRY (gtk_entry_new ());
      gtk_editable_set_text (GTK_EDITABLE (row.entry), row.note != NULL ? row.note : "");
      gtk_entry_set_placeholder_text (row.entry, _("What was found, what is left to do"));
      gtk_widget_set_hexpand (GTK_WIDGET (row.entry), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row.dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      hd_review_point_get_label (points[i]), -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row.entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      hd_review_point_get_label (points[i]), -1);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_sensitive (GTK_WIDGET (row.dropdown), !self->read_only);
      gtk_widget_set_sensitive (GTK_WIDGET (row.entry), !self->read_only);
      gtk_grid_attach (self->points_grid, label, 0, (int) i, 1, 1);
      gtk_grid_attach (self->points_grid, GTK_WIDGET (row.dropdown), 1, (int) i, 1, 1);
      gtk_grid_attach (self->points_grid, GTK_WIDGET (row.entry), 2, (int) i, 1, 1);
      g_array_append_val (self->rows, row);
    }
  gtk_stack_set_visible_child_name (self->stack, "points");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.save", !self->read_only);
}

gboolean
hd_review_view_save (HdReviewView *self)
{
  g_autoptr(GError) error = NULL;
  guint saved = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (HD_IS_REVIEW_VIEW (self), FALSE);

  if (self->context == NULL || self->rows->len == 0 || self->read_only)
    return FALSE;
  self->saving = TRUE;
  for (guint i = 0; ok && i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);
      int finding = (int) gtk_drop_down_get_selected (row->dropdown) - 1;
      const char *note = gtk_editable_get_text (GTK_EDITABLE (row->entry));

      if (finding < 0)
        {
          if (*note != '\0')
            {
              g_set_error (&error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID,
                           _("“%s” has a note but no finding: choose done, partly or not done."),
                           hd_review_point_get_label (row->point));
              ok = FALSE;
            }
          continue;
        }
      if (finding == row->finding && g_strcmp0 (note, row->note != NULL ? row->note : "") == 0)
        continue;
      ok = hd_review_set (hd_context_get_store (self->context), hd_context_get_history (self->context), self->round_id,
                          hd_unit_button_get_unit (self->unit_button), row->point, finding, note, &error);
      saved += ok;
    }
  self->saving = FALSE;
  rebuild (self);
  if (!ok)
    show_error (self, error->message);
  else
    {
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u finding recorded.",
                                                               "%u findings recorded.", saved), saved);

      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-notification", "s", message);
    }
  return ok;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  hd_review_view_save (HD_REVIEW_VIEW (widget));
}

static void
choose_unit_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  gtk_widget_activate (GTK_WIDGET (HD_REVIEW_VIEW (widget)->unit_button));
}

static void
unit_changed_cb (HdReviewView *self)
{
  rebuild (self);
}

static void
history_changed_cb (HdReviewView *self)
{
  hd_unit_button_refresh (self->unit_button);
  rebuild (self);
}

static void
hd_review_view_dispose (GObject *object)
{
  HdReviewView *self = HD_REVIEW_VIEW (object);

  hd_template_dispose (GTK_WIDGET (self), HD_TYPE_REVIEW_VIEW);
  g_clear_pointer (&self->rows, g_array_unref);
  hd_context_release (&self->context, &self->history_handler);
  G_OBJECT_CLASS (hd_review_view_parent_class)->dispose (object);
}

static void
hd_review_view_class_init (HdReviewViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hd_review_view_dispose;
  g_type_ensure (HD_TYPE_UNIT_BUTTON);
  g_type_ensure (HD_TYPE_OWNER_BANNER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/lookback/hd-review-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HdReviewView, round_label);
  gtk_widget_class_bind_template_child (widget_class, HdReviewView, unit_button);
  gtk_widget_class_bind_template_child (widget_class, HdReviewView, owner_banner);
  gtk_widget_class_bind_template_child (widget_class, HdReviewView, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, HdReviewView, error_label);
  gtk_widget_class_bind_template_child (widget_class, HdReviewView, stack);
  gtk_widget_class_bind_template_child (widget_class, HdReviewView, points_grid);
  gtk_widget_class_bind_template_child (widget_class, HdReviewView, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, unit_changed_cb);

  gtk_widget_class_install_action (widget_class, "review.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "review.choose-unit", NULL, choose_unit_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "review.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_u, GDK_CONTROL_MASK, "review.choose-unit", NULL);
}

static void
hd_review_view_init (HdReviewView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, clear_row);
}

void
hd_review_view_set_context (HdReviewView *self,
                            HdContext    *context)
{
  g_return_if_fail (HD_IS_REVIEW_VIEW (self));
  g_return_if_fail (HD_IS_CONTEXT (context));

  hd_context_hold (&self->context, &self->history_handler, context, G_CALLBACK (history_changed_cb), self);
  hd_unit_button_set_context (self->unit_button, context, 0);
  rebuild (self);
}

void
hd_review_view_set_round (HdReviewView *self,
                          gint64        round_id)
{
  g_autoptr(HdLookbackRound) round = NULL;

  g_return_if_fail (HD_IS_REVIEW_VIEW (self));

  self->round_id = round_id;
  if (self->context != NULL && round_id != 0)
    round = hd_lookback_round_load (hd_context_get_store (self->context), round_id, NULL);
  hd_unit_button_set_context (self->unit_button, self->context, round != NULL ? hd_lookback_round_get_unit_id (round) : 0);
  rebuild (self);
}

void
hd_review_view_set_unit (HdReviewView *self,
                         gint64        unit_id)
{
  g_return_if_fail (HD_IS_REVIEW_VIEW (self));
  hd_unit_button_set_unit (self->unit_button, unit_id);
}

guint
hd_review_view_get_n_points (HdReviewView *self)
{
  g_return_val_if_fail (HD_IS_REVIEW_VIEW (self), 0);
  return self->rows->len;
}

void
hd_review_view_set_point (HdReviewView *self,
                          guint         index,
                          int           finding,
                          const char   *note)
{
  Row *row;

  g_return_if_fail (HD_IS_REVIEW_VIEW (self));
  g_return_if_fail (index < self->rows->len);

  row = &g_array_index (self->rows, Row, index);
  gtk_drop_down_set_selected (row->dropdown, (guint) (finding + 1));
  gtk_editable_set_text (GTK_EDITABLE (row->entry), note != NULL ? note : "");
}

const char *
hd_review_view_get_error (HdReviewView *self)
{
  g_return_val_if_fail (HD_IS_REVIEW_VIEW (self), NULL);
  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;
  return gtk_label_get_label (self->error_label);
}

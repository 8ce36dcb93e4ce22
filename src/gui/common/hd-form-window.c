/* hd-form-window.c */
#include <glib/gi18n-lib.h>

#include "common/hd-dialog.h"
#include "common/hd-form-window.h"
#include "common/hd-owner-banner.h"
#include "store/hd-date.h"

struct _HdFormWindow
{
  GtkWindow       parent_instance;

  HdFormApply     apply;
  gpointer        user_data;
  GDestroyNotify  destroy;
  GtkBox         *content;
  GtkGrid        *grid;
  int             rows;
  GtkLabel       *error;
  char           *error_text;
  GtkLabel       *status;
  GtkWidget      *action;
  HdOwnerBanner  *owner_banner;
  gboolean        continues;
};

G_DEFINE_FINAL_TYPE (HdFormWindow, hd_form_window, GTK_TYPE_WINDOW)

static void
hd_form_window_finalize (GObject *object)
{
  HdFormWindow *self = HD_FORM_WINDOW (object);

  if (self->destroy != NULL)
    self->destroy (self->user_data);
  g_free (self->error_text);
  G_OBJECT_CLASS (hd_form_window_parent_class)->finalize (object);
}

static void
hd_form_window_class_init (HdFormWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hd_form_window_finalize;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hd_form_window_init (HdFormWindow *self)
{
}

gboolean
hd_form_window_activate (HdFormWindow *self)
{
  g_autoptr(HdFormWindow) keep = g_object_ref (self);

  g_return_val_if_fail (HD_IS_FORM_WINDOW (self), FALSE);

  if (self->owner_banner != NULL && hd_owner_banner_get_foreign (self->owner_banner))
    return FALSE;
  if (!self->apply (self, self->user_data))
    return FALSE;
  hd_form_window_show_error (self, NULL);
  if (!self->continues)
    gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

HdFormWindow *
hd_form_window_new (GtkWindow      *parent,
                    const char     *title,
                    const char     *action_label,
                    HdFormApply     apply,
                    gpointer        user_data,
                    GDestroyNotify  destroy)
{
  HdFormWindow *self = hd_dialog_new (HD_TYPE_FORM_WINDOW, parent);
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *action = gtk_button_new_with_mnemonic (action_label);

  g_return_val_if_fail (apply != NULL, NULL);

  self->apply = apply;
  self->user_data = user_data;
  self->destroy = destroy;
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_window_set_default_size (GTK_WINDOW (self), 520, -1);

  gtk_widget_add_css_class (action, "suggested-action");
  g_signal_connect_swapped (action, "clicked", G_CALLBACK (hd_form_window_activate), self);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  gtk_header_bar_set_show_title_buttons (GTK_HEADER_BAR (header), FALSE);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), cancel);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), action);
  gtk_window_set_titlebar (GTK_WINDOW (self), header);
  gtk_window_set_default_widget (GTK_WINDOW (self), action);
  self->action = action;

  self->content = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  gtk_widget_set_margin_top (GTK_WIDGET (self->content), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->content), 18);
  gtk_widget_set_margin_start (GTK_WIDGET (self->content), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (self->content), 18);
  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (self->grid, 6);
  gtk_grid_set_column_spacing (self->grid, 12);
  gtk_box_append (self->content, GTK_WIDGET (self->grid));
  self->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error, TRUE);
  gtk_label_set_xalign (self->error, 0.0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error), FALSE);
  gtk_box_append (self->content, GTK_WIDGET (self->error));
  self->status = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->status, TRUE);
  gtk_label_set_xalign (self->status, 0.0);
  gtk_widget_add_css_class (GTK_WIDGET (self->status), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->status), FALSE);
  gtk_box_append (self->content, GTK_WIDGET (self->status));
  gtk_window_set_child (GTK_WINDOW (self), GTK_WIDGET (self->content));
  return self;
}

void
hd_form_window_set_continues (HdFormWindow *self,
                              gboolean      continues)
{
  g_return_if_fail (HD_IS_FORM_WINDOW (self));
  self->continues = continues;
}

void
hd_form_window_add_heading (HdFormWindow *self,
                            const char   *text)
{
  GtkWidget *label = gtk_label_new (text);

  g_return_if_fail (HD_IS_FORM_WINDOW (self));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "heading");
  /* Above the fields, after the headings added before. */
  gtk_box_insert_child_after (self->content, label, gtk_widget_get_prev_sibling (GTK_WIDGET (self->grid)));
}

/* The banner above everything, made when first asked for; the fields and the action follow it. */
static gboolean
owner_shown (HdFormWindow *self,
             gboolean      editable)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->grid), editable);
  gtk_widget_set_sensitive (self->action, editable);
  return editable;
}

static HdOwnerBanner *
owner_banner (HdFormWindow *self)
{
  if (self->owner_banner == NULL)
    {
      self->owner_banner = HD_OWNER_BANNER (hd_owner_banner_new ());
      gtk_box_prepend (self->content, GTK_WIDGET (self->owner_banner));
    }
  return self->owner_banner;
}

gboolean
hd_form_window_show_owner_of_row (HdFormWindow *self,
                                  HdStore      *store,
                                  const char   *table,
                                  gint64        id)
{
  g_return_val_if_fail (HD_IS_FORM_WINDOW (self), TRUE);
  return owner_shown (self, hd_owner_banner_show_row (owner_banner (self), store, table, id));
}

gboolean
hd_form_window_show_owner_of_unit (HdFormWindow *self,
                                   HdStore      *store,
                                   gint64        unit_id)
{
  g_return_val_if_fail (HD_IS_FORM_WINDOW (self), TRUE);
  return owner_shown (self, hd_owner_banner_show_unit (owner_banner (self), store, unit_id));
}

void
hd_form_window_add_field (HdFormWindow *self,
                          const char   *label,
                          GtkWidget    *field)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);

  g_return_if_fail (HD_IS_FORM_WINDOW (self));

  gtk_label_set_xalign (GTK_LABEL (title), 1.0);
  gtk_label_set_yalign (GTK_LABEL (title), 0.0);
  gtk_widget_set_margin_top (title, 6);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), field);
  gtk_widget_set_hexpand (field, TRUE);
  gtk_grid_attach (self->grid, title, 0, self->rows, 1, 1);
  gtk_grid_attach (self->grid, field, 1, self->rows, 1, 1);
  self->rows++;
}

void
hd_form_window_set_field_visible (HdFormWindow *self,
                                  GtkWidget    *field,
                                  gboolean      visible)
{
  int column, row;

  g_return_if_fail (HD_IS_FORM_WINDOW (self));

  /* A text's field is its scrolled window, the view's grandparent. */
  while (gtk_widget_get_parent (field) != NULL && gtk_widget_get_parent (field) != GTK_WIDGET (self->grid))
    field = gtk_widget_get_parent (field);
  gtk_grid_query_child (self->grid, field, &column, &row, NULL, NULL);
  gtk_widget_set_visible (field, visible);
  gtk_widget_set_visible (gtk_grid_get_child_at (self->grid, 0, row), visible);
}

GtkEntry *
hd_form_window_add_entry (HdFormWindow *self,
                          const char   *label,
                          const char   *text)
{
  GtkEntry *entry = GTK_ENTRY (gtk_entry_new ());

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_entry_set_activates_default (entry, TRUE);
  hd_form_window_add_field (self, label, GTK_WIDGET (entry));
  return entry;
}

GtkEntry *
hd_form_window_add_date (HdFormWindow *self,
                         const char   *label,
                         const GDate  *date)
{
  g_autofree char *text = date != NULL && g_date_valid (date) ? hd_date_format_display (date) : NULL;
  GtkEntry *entry = hd_form_window_add_entry (self, label, text);

  gtk_entry_set_placeholder_text (entry, _("e.g. 2014年9月30日"));
  return entry;
}

GtkTextView *
hd_form_window_add_text (HdFormWindow *self,
                         const char   *label,
                         const char   *text)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkTextView *view = GTK_TEXT_VIEW (gtk_text_view_new ());

  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (view, FALSE);
  gtk_text_view_set_top_margin (view, 6);
  gtk_text_view_set_bottom_margin (view, 6);
  gtk_text_view_set_left_margin (view, 6);
  gtk_text_view_set_right_margin (view, 6);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 80);
  gtk_widget_add_css_class (scrolled, "card");
  hd_form_window_add_field (self, label, scrolled);
  gtk_label_set_mnemonic_widget (GTK_LABEL (gtk_grid_get_child_at (self->grid, 0, self->rows - 1)), GTK_WIDGET (view));
  return view;
}

char *
hd_form_window_dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

char *
hd_form_window_read_date (HdFormWindow *self,
                          GtkEntry     *entry,
                          const char   *message)
{
  GDate date;

  if (!hd_date_parse_typed (gtk_editable_get_text (GTK_EDITABLE (entry)), &date))
    {
      hd_form_window_show_error (self, message);
      gtk_widget_grab_focus (GTK_WIDGET (entry));
      return NULL;
    }
  return hd_date_format_iso (&date);
}

void
hd_form_window_show_error (HdFormWindow *self,
                           const char   *message)
{
  g_return_if_fail (HD_IS_FORM_WINDOW (self));

  g_free (self->error_text);
  self->error_text = g_strdup (message);
  gtk_label_set_label (self->error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error), message != NULL);
}

const char *
hd_form_window_get_error (HdFormWindow *self)
{
  g_return_val_if_fail (HD_IS_FORM_WINDOW (self), NULL);
  return self->error_text;
}

void
hd_form_window_show_status (HdFormWindow *self,
                            const char   *text)
{
  g_return_if_fail (HD_IS_FORM_WINDOW (self));

  gtk_label_set_label (self->status, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status), text != NULL);
}

const char *
hd_form_window_get_status (HdFormWindow *self)
{
  g_return_val_if_fail (HD_IS_FORM_WINDOW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->status)) ? gtk_label_get_label (self->status) : NULL;
}

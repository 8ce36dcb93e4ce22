/* hd-print-preview.c
 *
 * The document is laid out before the window opens, so showing a page is only drawing it: the
 * first page of a county's ledger is on screen as soon as the window is.
 */
#include <glib/gi18n-lib.h>

#include "print/hd-print-preview.h"

/* Around the sheet, in pixels. */
#define SHEET_MARGIN 16.0

struct _HdPrintPreview
{
  GtkWindow       parent_instance;

  HdDocument     *doc;
  guint           page;
  char           *label;

  GtkLabel       *page_label;
  GtkDrawingArea *page_area;
};

G_DEFINE_FINAL_TYPE (HdPrintPreview, hd_print_preview, GTK_TYPE_WINDOW)

enum {
  PRINT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
draw_page (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  HdPrintPreview *self = HD_PRINT_PREVIEW (user_data);
  HdPageGeometry geometry;
  double scale, x, y;

  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_paint (cr);
  if (self->doc == NULL)
    return;

  hd_document_get_geometry (self->doc, &geometry);
  scale = MIN ((width - 2 * SHEET_MARGIN) / geometry.width, (height - 2 * SHEET_MARGIN) / geometry.height);
  if (scale <= 0)
    return;
  x = floor ((width - geometry.width * scale) / 2);
  y = floor ((height - geometry.height * scale) / 2);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, geometry.width, geometry.height);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  hd_document_draw_page (self->doc, cr, self->page);
  cairo_restore (cr);
}

static void
update (HdPrintPreview *self)
{
  guint n_pages = hd_document_get_n_pages (self->doc);

  g_free (self->label);
  /* Translators: the page shown in the print preview, e.g. "Page 1 of 12". */
  self->label = g_strdup_printf (_("Page %u of %u"), self->page + 1, n_pages);
  gtk_label_set_label (self->page_label, self->label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next", self->page + 1 < n_pages);
  gtk_widget_queue_draw (GTK_WIDGET (self->page_area));
}

static void
go_activated (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HdPrintPreview *self = HD_PRINT_PREVIEW (widget);
  guint n_pages = hd_document_get_n_pages (self->doc);

  if (g_str_equal (action_name, "preview.previous") && self->page > 0)
    hd_print_preview_set_page (self, self->page - 1);
  else if (g_str_equal (action_name, "preview.next") && self->page + 1 < n_pages)
    hd_print_preview_set_page (self, self->page + 1);
  else if (g_str_equal (action_name, "preview.first"))
    hd_print_preview_set_page (self, 0);
  else if (g_str_equal (action_name, "preview.last"))
    hd_print_preview_set_page (self, n_pages - 1);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_signal_emit (widget, signals[PRINT], 0);
}

static void
hd_print_preview_dispose (GObject *object)
{
  HdPrintPreview *self = HD_PRINT_PREVIEW (object);

  g_clear_object (&self->doc);

  G_OBJECT_CLASS (hd_print_preview_parent_class)->dispose (object);
}

static void
hd_print_preview_finalize (GObject *object)
{
  g_free (HD_PRINT_PREVIEW (object)->label);

  G_OBJECT_CLASS (hd_print_preview_parent_class)->finalize (object);
}

static void
hd_print_preview_class_init (HdPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const struct { guint key; const char *action; } keys[] = {
    { GDK_KEY_Page_Up, "preview.previous" }, { GDK_KEY_KP_Page_Up, "preview.previous" },
    { GDK_KEY_Page_Down, "preview.next" }, { GDK_KEY_KP_Page_Down, "preview.next" },
    { GDK_KEY_Home, "preview.first" }, { GDK_KEY_End, "preview.last" },
    { GDK_KEY_Escape, "window.close" },
  };

  object_class->dispose = hd_print_preview_dispose;
  object_class->finalize = hd_print_preview_finalize;

  /* Print was pressed: whoever opened the preview prints its document. */
  signals[PRINT] = g_signal_new ("print", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/print/hd-print-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, HdPrintPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, HdPrintPreview, page_area);

  gtk_widget_class_install_action (widget_class, "preview.previous", NULL, go_activated);
  gtk_widget_class_install_action (widget_class, "preview.next", NULL, go_activated);
  gtk_widget_class_install_action (widget_class, "preview.first", NULL, go_activated);
  gtk_widget_class_install_action (widget_class, "preview.last", NULL, go_activated);
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_activated);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, 0, keys[i].action, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "preview.print", NULL);
}

static void
hd_print_preview_init (HdPrintPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->page_area, draw_page, self, NULL);
}

HdPrintPreview *
hd_print_preview_new (GtkWindow  *parent,
                      HdDocument *doc)
{
  HdPrintPreview *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HD_IS_DOCUMENT (doc), NULL);

  self = g_object_new (HD_TYPE_PRINT_PREVIEW, "transient-for", parent, "destroy-with-parent", TRUE, NULL);
  self->doc = g_object_ref (doc);
  update (self);
  return self;
}

HdDocument *
hd_print_preview_get_document (HdPrintPreview *self)
{
  g_return_val_if_fail (HD_IS_PRINT_PREVIEW (self), NULL);
  return self->doc;
}

guint
hd_print_preview_get_page (HdPrintPreview *self)
{
  g_return_val_if_fail (HD_IS_PRINT_PREVIEW (self), 0);
  return self->page;
}

void
hd_print_preview_set_page (HdPrintPreview *self,
                           guint           page_nr)
{
  g_return_if_fail (HD_IS_PRINT_PREVIEW (self));
  g_return_if_fail (page_nr < hd_document_get_n_pages (self->doc));

  self->page = page_nr;
  update (self);
}

const char *
hd_print_preview_get_label (HdPrintPreview *self)
{
  g_return_val_if_fail (HD_IS_PRINT_PREVIEW (self), NULL);
  return self->label;
}

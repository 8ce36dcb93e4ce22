/* hd-print-operation.c
 *
 * The document draws a page in points with the sheet's top left at the origin. The operation
 * uses the full page (no margins of GTK's) in points: GTK scales the print context's cairo
 * context from the printer's resolution to points itself (gtk_print_context_set_cairo_context
 * with GTK_UNIT_POINTS), and turns it for a landscape page setup, so the pages are drawn as they
 * are, whatever the printer's DPI.
 *
 * Preview: GTK's own runs an external viewer (gtk-print-preview-command, Evince), which an office
 * PC may not have. The operation's "preview" is answered here instead: the document is laid out
 * already, so the application's preview window draws its pages straight away; GTK's preview run
 * is ended as soon as it is ready (it needs a cairo context set, which draws nothing).
 */
#include <glib/gi18n-lib.h>

#include "print/hd-print-operation.h"
#include "print/hd-print-preview.h"

static GtkPageOrientation
orientation_of (HdDocument *doc)
{
  HdPageGeometry geometry;

  hd_document_get_geometry (doc, &geometry);
  return geometry.width > geometry.height ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT;
}

GtkPrintSettings *
hd_print_operation_load_settings (GSettings          *settings,
                                  GtkPageOrientation  orientation)
{
  g_autoptr(GVariant) saved = g_settings_get_value (settings, "print-settings");
  GtkPrintSettings *print_settings = NULL;

  if (g_variant_n_children (saved) > 0)
    print_settings = gtk_print_settings_new_from_gvariant (saved);
  if (print_settings == NULL)
    print_settings = gtk_print_settings_new ();
  gtk_print_settings_set_orientation (print_settings, orientation);
  return print_settings;
}

GtkPageSetup *
hd_print_operation_load_page_setup (GSettings          *settings,
                                    GtkPageOrientation  orientation)
{
  g_autoptr(GVariant) saved = g_settings_get_value (settings, "page-setup");
  GtkPageSetup *page_setup = NULL;

  if (g_variant_n_children (saved) > 0)
    page_setup = gtk_page_setup_new_from_gvariant (saved);
  if (page_setup == NULL)
    {
      g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      page_setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size (page_setup, a4);
    }
  gtk_page_setup_set_orientation (page_setup, orientation);
  return page_setup;
}

/* What gtk_page_setup_to_gvariant() writes, the orientation aside (it follows the form): GTK 4.8's
 * own leaks each of the paper size's fields, which fails the leak checks. */
static GVariant *
page_setup_to_variant (GtkPageSetup *page_setup)
{
  GtkPaperSize *paper_size = gtk_page_setup_get_paper_size (page_setup);
  g_autoptr(GVariant) paper = g_variant_ref_sink (gtk_paper_size_to_gvariant (paper_size));
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key;
  GVariant *value;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_iter_init (&iter, paper);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      g_variant_builder_add (&builder, "{sv}", key, value);
      g_variant_unref (value);
    }
  g_variant_builder_add (&builder, "{sv}", "MarginTop",
                         g_variant_new_double (gtk_page_setup_get_top_margin (page_setup, GTK_UNIT_MM)));
  g_variant_builder_add (&builder, "{sv}", "MarginBottom",
                         g_variant_new_double (gtk_page_setup_get_bottom_margin (page_setup, GTK_UNIT_MM)));
  g_variant_builder_add (&builder, "{sv}", "MarginLeft",
                         g_variant_new_double (gtk_page_setup_get_left_margin (page_setup, GTK_UNIT_MM)));
  g_variant_builder_add (&builder, "{sv}", "MarginRight",
                         g_variant_new_double (gtk_page_setup_get_right_margin (page_setup, GTK_UNIT_MM)));
  return g_variant_builder_end (&builder);
}

void
hd_print_operation_save (GSettings        *settings,
                         GtkPrintSettings *print_settings,
                         GtkPageSetup     *page_setup)
{
  g_settings_delay (settings);
  if (print_settings != NULL)
    g_settings_set_value (settings, "print-settings", gtk_print_settings_to_gvariant (print_settings));
  if (page_setup != NULL)
    g_settings_set_value (settings, "page-setup", page_setup_to_variant (page_setup));
  g_settings_apply (settings);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              HdDocument        *doc)
{
  hd_document_draw_page (doc, gtk_print_context_get_cairo_context (context), (guint) page_nr);
}

/* The page setup the clerk printed with, to offer next time. */
static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                gpointer           user_data)
{
  g_object_set_data_full (G_OBJECT (operation), "hd-page-setup",
                          gtk_page_setup_copy (gtk_print_context_get_page_setup (context)), g_object_unref);
}

static void
preview_ready_cb (GtkPrintOperationPreview *preview,
                  GtkPrintContext          *context,
                  gpointer                  user_data)
{
  gtk_print_operation_preview_end_preview (preview);
}

static void
preview_print_cb (HdPrintPreview *preview,
                  GSettings      *settings)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (preview));

  if (parent != NULL)
    hd_print_operation_run (parent, settings, hd_print_preview_get_document (preview),
                            gtk_window_get_title (GTK_WINDOW (preview)));
  gtk_window_destroy (GTK_WINDOW (preview));
}

static gboolean
preview_cb (GtkPrintOperation        *operation,
            GtkPrintOperationPreview *preview,
            GtkPrintContext          *context,
            GtkWindow                *parent,
            HdDocument               *doc)
{
  GtkWindow *main_window = g_object_get_data (G_OBJECT (operation), "hd-parent");
  GSettings *settings = g_object_get_data (G_OBJECT (operation), "hd-settings");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  HdPrintPreview *window;

  /* GTK insists on a cairo context for its preview run; nothing is drawn on it. */
  gtk_print_context_set_cairo_context (context, cr, 72, 72);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_signal_connect (preview, "ready", G_CALLBACK (preview_ready_cb), NULL);

  window = hd_print_preview_new (main_window, doc);
  gtk_window_set_title (GTK_WINDOW (window), g_object_get_data (G_OBJECT (operation), "hd-title"));
  g_signal_connect_data (window, "print", G_CALLBACK (preview_print_cb), g_object_ref (settings),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_window_present (GTK_WINDOW (window));
  return TRUE;
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         gpointer                 user_data)
{
  GSettings *settings = g_object_get_data (G_OBJECT (operation), "hd-settings");
  GtkWindow *parent = g_object_get_data (G_OBJECT (operation), "hd-parent");

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    hd_print_operation_save (settings, gtk_print_operation_get_print_settings (operation),
                             g_object_get_data (G_OBJECT (operation), "hd-page-setup"));
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      /* Translators: %s is the printing system's reason. */
      message = g_strdup_printf (_("The form was not printed: %s"),
                                 error != NULL ? error->message : _("the printing system gave no reason"));
      gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-notification", "s", message);
    }
  g_object_unref (operation);
}

void
hd_print_operation_run (GtkWindow  *parent,
                        GSettings  *settings,
                        HdDocument *doc,
                        const char *title)
{
  GtkPageOrientation orientation;
  g_autoptr(GtkPrintSettings) print_settings = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperation *operation;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (HD_IS_DOCUMENT (doc));

  orientation = orientation_of (doc);
  print_settings = hd_print_operation_load_settings (settings, orientation);
  page_setup = hd_print_operation_load_page_setup (settings, orientation);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, title);
  gtk_print_operation_set_n_pages (operation, (int) hd_document_get_n_pages (doc));
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  /* Sending a county's ledger to the printer takes a while: GTK says how far it has got. */
  gtk_print_operation_set_show_progress (operation, TRUE);
  gtk_print_operation_set_print_settings (operation, print_settings);
  gtk_print_operation_set_default_page_setup (operation, page_setup);

  g_object_set_data_full (G_OBJECT (operation), "hd-document", g_object_ref (doc), g_object_unref);
  g_object_set_data_full (G_OBJECT (operation), "hd-settings", g_object_ref (settings), g_object_unref);
  g_object_set_data_full (G_OBJECT (operation), "hd-parent", g_object_ref (parent), g_object_unref);
  g_object_set_data_full (G_OBJECT (operation), "hd-title", g_strdup (title), g_free);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), doc, 0);
  g_signal_connect_object (operation, "preview", G_CALLBACK (preview_cb), doc, 0);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), NULL);
  /* The operation holds itself until it is done. */
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), NULL);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      /* Translators: %s is the printing system's reason. */
      g_autofree char *message = g_strdup_printf (_("The form was not printed: %s"), error->message);

      gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-notification", "s", message);
    }
}

/* hd-document.c */
#include <errno.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "charts/hd-chart-block.h"
#include "layout/hd-document.h"
#include "store/hd-replace-file.h"

typedef struct {
  guint first_slice;
  guint n_slices;
} Page;

struct _HdDocument {
  GObject parent_instance;

  HdStyle *style;
  HdPageOrientation orientation;
  HdPageNumbers numbers;
  char *title;
  char *mark;             /* at the head of every page; NULL for none */
  GPtrArray *blocks;      /* HdBlock *, owned */

  /* The layout, once made. */
  HdTypeset *typeset;
  GArray *slices;         /* HdSlice */
  GArray *pages;          /* Page */
};

G_DEFINE_FINAL_TYPE (HdDocument, hd_document, G_TYPE_OBJECT)

G_DEFINE_QUARK (hd-document-error-quark, hd_document_error)

static void
free_block (gpointer data)
{
  HdBlock *block = data;

  block->klass->free (block);
}

static void
hd_document_finalize (GObject *object)
{
  HdDocument *self = HD_DOCUMENT (object);

  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->slices, g_array_unref);
  g_ptr_array_unref (self->blocks);
  g_clear_pointer (&self->typeset, hd_typeset_free);
  hd_style_unref (self->style);
  g_free (self->title);
  g_free (self->mark);

  G_OBJECT_CLASS (hd_document_parent_class)->finalize (object);
}

static void
hd_document_class_init (HdDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hd_document_finalize;
}

static void
hd_document_init (HdDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func (free_block);
  self->numbers = HD_PAGE_NUMBERS_DASH;
}

HdDocument *
hd_document_new (HdStyle           *style,
                 HdPageOrientation  orientation)
{
  HdDocument *self = g_object_new (HD_TYPE_DOCUMENT, NULL);

  self->style = style != NULL ? hd_style_ref (style) : hd_style_new ();
  self->orientation = orientation;
  return self;
}

void
hd_document_set_title (HdDocument *self,
                       const char *title)
{
  g_return_if_fail (HD_IS_DOCUMENT (self));

  g_free (self->title);
  self->title = g_strdup (title);
}

void
hd_document_set_page_numbers (HdDocument    *self,
                              HdPageNumbers  numbers)
{
  g_return_if_fail (HD_IS_DOCUMENT (self));

  self->numbers = numbers;
}

static void
add_block (HdDocument *self,
           HdBlock    *block)
{
  g_return_if_fail (HD_IS_DOCUMENT (self));
  g_return_if_fail (block != NULL);

  if (self->pages != NULL)
    {
      g_critical ("%s: the document is laid out already", G_STRFUNC);
      block->klass->free (block);
      return;
    }
  g_ptr_array_add (self->blocks, block);
}

void
hd_document_add_text (HdDocument *self,
                      HdText     *text)
{
  g_return_if_fail (text != NULL);

  add_block (self, hd_text_get_block (text));
}

void
hd_document_add_chart (HdDocument *self,
                       HdChart    *chart,
                       double      height_mm)
{
  g_return_if_fail (chart != NULL);

  add_block (self, hd_chart_block_new (chart, height_mm));
}

void
hd_document_add_table (HdDocument *self,
                       HdTable    *table)
{
  g_return_if_fail (table != NULL);

  add_block (self, hd_table_get_block (table));
}

void
hd_document_get_geometry (HdDocument     *self,
                          HdPageGeometry *geometry)
{
  g_return_if_fail (HD_IS_DOCUMENT (self));

  hd_page_a4 (self->orientation, geometry);
}

static void
close_page (HdDocument *self,
            guint      *first_slice)
{
  Page page = { *first_slice, self->slices->len - *first_slice };

  g_array_append_val (self->pages, page);
  *first_slice = self->slices->len;
}

static void
lay_out (HdDocument *self)
{
  HdPageGeometry geometry;
  double height, y = 0.0;
  guint first_slice = 0;

  if (self->pages != NULL)
    return;

  hd_page_a4 (self->orientation, &geometry);
  height = geometry.content_height;
  self->typeset = hd_typeset_new (self->style);
  self->slices = g_array_new (FALSE, FALSE, sizeof (HdSlice));
  self->pages = g_array_new (FALSE, FALSE, sizeof (Page));

  for (guint b = 0; b < self->blocks->len; b++)
    {
      HdBlock *block = g_ptr_array_index (self->blocks, b);
      HdFlowPos pos = { 0, 0 };

      block->klass->measure (block, self->typeset, geometry.content_width, height);
      /* Once at least: a table without rows still prints its header. */
      do
        {
          HdSlice slice = { .block = b, .y = y };
          gboolean placed = block->klass->flow (block, pos, height - y, height, &slice);

          if (placed && slice.height > 0.0)
            g_array_append_val (self->slices, slice);
          if (placed)
            pos = slice.end;

          /* Whatever is left of the block goes on the next page. */
          if (!block->klass->done (block, pos))
            {
              if (y == 0.0 && (!placed || (slice.end.row == slice.start.row
                                           && slice.end.line == slice.start.line)))
                {
                  g_critical ("%s: block %u makes no progress on an empty page", G_STRFUNC, b);
                  break;
                }
              close_page (self, &first_slice);
              y = 0.0;
            }
          else
            y += slice.height;
        }
      while (!block->klass->done (block, pos));
    }
  if (self->pages->len == 0 || first_slice < self->slices->len)
    close_page (self, &first_slice);
}

guint
hd_document_get_n_pages (HdDocument *self)
{
  g_return_val_if_fail (HD_IS_DOCUMENT (self), 0);

  lay_out (self);
  return self->pages->len;
}

void
hd_document_set_mark (HdDocument *self,
                      const char *mark)
{
  g_return_if_fail (HD_IS_DOCUMENT (self));

  g_free (self->mark);
  self->mark = mark != NULL && *mark != '\0' ? g_strdup (mark) : NULL;
}

HdTypeset *
hd_document_get_typeset (HdDocument *self)
{
  g_return_val_if_fail (HD_IS_DOCUMENT (self), NULL);

  lay_out (self);
  return self->typeset;
}

const HdSlice *
hd_document_get_slices (HdDocument *self,
                        guint       page_nr,
                        guint      *n_slices)
{
  const Page *page;

  g_return_val_if_fail (HD_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (n_slices != NULL, NULL);

  lay_out (self);
  g_return_val_if_fail (page_nr < self->pages->len, NULL);

  page = &g_array_index (self->pages, Page, page_nr);
  *n_slices = page->n_slices;
  return &g_array_index (self->slices, HdSlice, page->first_slice);
}

char *
hd_document_get_page_label (HdDocument *self,
                            guint       page_nr)
{
  g_return_val_if_fail (HD_IS_DOCUMENT (self), NULL);

  lay_out (self);
  switch (self->numbers)
    {
    case HD_PAGE_NUMBERS_DASH:
      /* The dashes are 一字线 (U+2014), a space on either side of the number. */
      return g_strdup_printf ("— %u —", page_nr + 1);
    case HD_PAGE_NUMBERS_OF_TOTAL:
      /* TRANSLATORS: a page's number on a printed form; in Chinese 第 1 页 共 3 页 */
      return g_strdup_printf (_("Page %u of %u"), page_nr + 1, self->pages->len);
    case HD_PAGE_NUMBERS_NONE:
    default:
      return NULL;
    }
}

static void
draw_page_number (HdDocument           *self,
                  cairo_t              *cr,
                  const HdPageGeometry *geometry,
                  guint                 page_nr)
{
  g_autofree char *label = hd_document_get_page_label (self, page_nr);
  g_autoptr(PangoLayout) layout = NULL;
  double size = hd_style_get_size (self->style, HD_FACE_PAGE_NUMBER);
  double pitch = hd_style_get_pitch (self->style, HD_FACE_PAGE_NUMBER);
  double x, top;
  int width;

  if (label == NULL)
    return;
  layout = hd_typeset_new_layout (self->typeset, HD_FACE_PAGE_NUMBER, FALSE);
  pango_layout_set_text (layout, label, -1);
  pango_layout_get_size (layout, &width, NULL);
  if (hd_page_number_place (geometry, page_nr + 1, size, &x, &top) == HD_PAGE_SIDE_RIGHT)
    x -= (double) width / PANGO_SCALE;
  hd_typeset_show_lines (self->typeset, HD_FACE_PAGE_NUMBER, cr, layout, 0, 1, x,
                         top - (pitch - size) / 2.0);
}

/* The mark in the body face, the foot of its em box as far above the type area as the page
 * number's top is below it. */
static void
draw_mark (HdDocument           *self,
           cairo_t              *cr,
           const HdPageGeometry *geometry)
{
  g_autoptr(PangoLayout) layout = NULL;
  double size = hd_style_get_size (self->style, HD_FACE_BODY);
  double pitch = hd_style_get_pitch (self->style, HD_FACE_BODY);
  double bottom = geometry->content_y - hd_page_mm_to_points (hd_page_figures ()->page_number_gap_mm);

  if (self->mark == NULL)
    return;
  layout = hd_typeset_new_layout (self->typeset, HD_FACE_BODY, FALSE);
  pango_layout_set_text (layout, self->mark, -1);
  hd_typeset_show_lines (self->typeset, HD_FACE_BODY, cr, layout, 0, 1, geometry->content_x,
                         bottom - size - (pitch - size) / 2.0);
}

void
hd_document_draw_page (HdDocument *self,
                       cairo_t    *cr,
                       guint       page_nr)
{
  HdPageGeometry geometry;
  const HdSlice *slices;
  guint n_slices;

  g_return_if_fail (HD_IS_DOCUMENT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page_nr < hd_document_get_n_pages (self));

  hd_page_a4 (self->orientation, &geometry);
  slices = hd_document_get_slices (self, page_nr, &n_slices);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
  hd_typeset_begin_page (self->typeset);
  for (guint i = 0; i < n_slices; i++)
    {
      HdBlock *block = g_ptr_array_index (self->blocks, slices[i].block);

      block->klass->draw (block, self->typeset, cr, &slices[i],
                          geometry.content_x, geometry.content_y + slices[i].y);
    }
  draw_mark (self, cr, &geometry);
  draw_page_number (self, cr, &geometry, page_nr);
  hd_typeset_end_page (self->typeset, cr);
  /* The text leaves its positions in the path, which cairo_restore keeps: the caller's next
   * stroke must not see them. */
  cairo_new_path (cr);
  cairo_restore (cr);
}

/* PDF output. */

/* Cairo hands the PDF over in small pieces: a buffer makes them a few writes. */
#define SINK_BUFFER (256 * 1024)

typedef struct {
  int fd;
  int saved_errno;
  GByteArray *buffer;
} Sink;

static gboolean
sink_flush (Sink *sink)
{
  const guint8 *data = sink->buffer->data;
  gsize length = sink->buffer->len;

  while (length > 0 && sink->saved_errno == 0)
    {
      ssize_t n = write (sink->fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        sink->saved_errno = n < 0 ? errno : EIO;
      else
        {
          data += n;
          length -= (gsize) n;
        }
    }
  g_byte_array_set_size (sink->buffer, 0);
  return sink->saved_errno == 0;
}

static cairo_status_t
write_to_fd (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  Sink *sink = closure;

  g_byte_array_append (sink->buffer, data, length);
  if (sink->buffer->len >= SINK_BUFFER && !sink_flush (sink))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
fail_write (GError     **error,
            const char  *path,
            const char  *reason)
{
  g_set_error (error, HD_DOCUMENT_ERROR, HD_DOCUMENT_ERROR_WRITE,
               _("Could not write “%s” (%s). Check that the folder exists, is writable and has free space."),
               path, reason);
  return FALSE;
}

static gboolean
write_pages (HdDocument  *self,
             Sink        *sink,
             const char  *path,
             GError     **error)
{
  HdPageGeometry geometry;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  guint n_pages = hd_document_get_n_pages (self);

  hd_page_a4 (self->orientation, &geometry);
  surface = cairo_pdf_surface_create_for_stream (write_to_fd, sink, geometry.width,
                                                 geometry.height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Huodongban");
  if (self->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);

  cr = cairo_create (surface);
  for (guint p = 0; p < n_pages; p++)
    {
      hd_document_draw_page (self, cr, p);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  sink_flush (sink);

  if (sink->saved_errno != 0)
    return fail_write (error, path, g_strerror (sink->saved_errno));
  if (status != CAIRO_STATUS_SUCCESS)
    return fail_write (error, path, cairo_status_to_string (status));
  return TRUE;
}

gboolean
hd_document_write_pdf (HdDocument  *self,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *temp = NULL;
  g_autoptr(GByteArray) buffer = g_byte_array_sized_new (SINK_BUFFER);
  Sink sink = { -1, 0, buffer };
  int saved_errno = 0;
  gboolean ok;

  g_return_val_if_fail (HD_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  temp = hd_replace_file_begin (path, &sink.fd, &saved_errno);
  if (temp == NULL)
    return fail_write (error, path, g_strerror (saved_errno));

  ok = write_pages (self, &sink, path, error);
  if (close (sink.fd) != 0 && ok)
    ok = fail_write (error, path, g_strerror (errno));
  if (!ok)
    {
      hd_replace_file_abandon (&temp);
      return FALSE;
    }
  if (!hd_replace_file_finish (&temp, path, &saved_errno))
    return fail_write (error, path, g_strerror (saved_errno));
  return TRUE;
}

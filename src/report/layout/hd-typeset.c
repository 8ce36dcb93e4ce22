/* hd-typeset.c */
#include <math.h>

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include "layout/hd-page.h"
#include "layout/hd-typeset.h"

struct _HdTypeset {
  HdStyle *style;
  PangoContext *context;
  PangoFontDescription *regular[HD_N_FACES];
  PangoFontDescription *bold[HD_N_FACES];
  char *family[HD_N_FACES];
  PangoAttrList *body_attrs;
  double body_spacing;
  GArray *page_glyphs;              /* while a page is drawn: cairo_glyph_t gathered ... */
  GString *page_text;               /* ... the text they show ... */
  GArray *page_clusters;            /* ... cairo_text_cluster_t: which glyphs show which text ... */
  cairo_scaled_font_t *page_font;   /* ... in this face ... */
  guint32 page_colour;              /* ... and this colour, 0xRRGGBB, or NO_COLOUR for the source */
};

#define NO_COLOUR G_MAXUINT32

static const char * const face_names[HD_N_FACES] = { "title", "body", "table", "page number" };

gboolean
hd_typeset_family_installed (const char *family)
{
  FcPattern *pattern = FcPatternBuild (NULL, FC_FAMILY, FcTypeString, (const FcChar8 *) family,
                                       NULL);
  FcObjectSet *objects = FcObjectSetBuild (FC_FAMILY, NULL);
  FcFontSet *fonts = FcFontList (NULL, pattern, objects);
  gboolean installed = fonts != NULL && fonts->nfont > 0;

  if (fonts != NULL)
    FcFontSetDestroy (fonts);
  FcObjectSetDestroy (objects);
  FcPatternDestroy (pattern);
  return installed;
}

/* The office's faces are missing on most machines that are not the office's: say so once per
 * process and list, not on every form. */
static void
log_substitution_once (HdFace      face,
                       const char *wanted,
                       const char *used)
{
  static GMutex lock;
  static GHashTable *logged;
  g_autofree char *key = g_strdup_printf ("%u\n%s\n%s", face, wanted, used);
  gboolean first;

  g_mutex_lock (&lock);
  if (logged == NULL)
    logged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  first = g_hash_table_add (logged, g_steal_pointer (&key));
  g_mutex_unlock (&lock);

  if (first)
    g_info ("The %s face “%s” is not installed; printing with “%s” instead",
               face_names[face], wanted, used);
}

static char *
resolve_family (PangoContext               *context,
                const PangoFontDescription *desc)
{
  g_autoptr(PangoFont) font = pango_context_load_font (context, desc);
  PangoFontDescription *described;
  char *family;

  if (font == NULL)
    return g_strdup ("?");
  described = pango_font_describe (font);
  family = g_strdup (pango_font_description_get_family (described));
  pango_font_description_free (described);
  return family;
}

HdTypeset *
hd_typeset_new (HdStyle *style)
{
  const HdPageFigures *f = hd_page_figures ();
  HdTypeset *ts;
  PangoFontMap *font_map;
  cairo_font_options_t *options;
  int grid_pu, size_pu;

  g_return_val_if_fail (style != NULL, NULL);

  ts = g_new0 (HdTypeset, 1);
  ts->style = hd_style_ref (style);
  /* A font map of its own rather than the thread's default: a document laid out in a worker
   * can then be drawn by the window's thread, one after the other. */
  font_map = pango_cairo_font_map_new ();
  ts->context = pango_font_map_create_context (font_map);
  g_object_unref (font_map);
  pango_cairo_context_set_resolution (ts->context, 72.0);
  pango_context_set_round_glyph_positions (ts->context, FALSE);
  /* Simplified Chinese forms of the unified ideographs, in any face that falls back. */
  pango_context_set_language (ts->context, pango_language_from_string ("zh-cn"));
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (ts->context, options);
  cairo_font_options_destroy (options);

  for (guint face = 0; face < HD_N_FACES; face++)
    {
      const char * const *families = hd_style_get_families (style, face);

      ts->regular[face] = hd_style_font_description (style, face);
      ts->family[face] = resolve_family (ts->context, ts->regular[face]);
      if (!hd_typeset_family_installed (families[0]))
        {
          log_substitution_once (face, families[0], ts->family[face]);
          pango_font_description_set_weight (ts->regular[face], hd_style_get_weight (style, face));
        }
      ts->bold[face] = pango_font_description_copy_static (ts->regular[face]);
      pango_font_description_set_weight (ts->bold[face], PANGO_WEIGHT_BOLD);
    }

  /* Pango units, rounded down so that the 28th character never wraps. */
  size_pu = (int) lround (hd_style_get_size (style, HD_FACE_BODY) * PANGO_SCALE);
  grid_pu = (int) floor (hd_page_mm_to_points (f->type_area_width_mm) * PANGO_SCALE / f->body_chars);
  ts->body_spacing = (double) (grid_pu - size_pu) / PANGO_SCALE;
  ts->body_attrs = pango_attr_list_new ();
  pango_attr_list_insert (ts->body_attrs, pango_attr_letter_spacing_new (grid_pu - size_pu));
  return ts;
}

void
hd_typeset_free (HdTypeset *ts)
{
  if (ts == NULL)
    return;
  for (guint face = 0; face < HD_N_FACES; face++)
    {
      pango_font_description_free (ts->regular[face]);
      pango_font_description_free (ts->bold[face]);
      g_free (ts->family[face]);
    }
  pango_attr_list_unref (ts->body_attrs);
  g_object_unref (ts->context);
  hd_style_unref (ts->style);
  g_free (ts);
}

HdStyle *
hd_typeset_get_style (HdTypeset *ts)
{
  return ts->style;
}

PangoContext *
hd_typeset_get_context (HdTypeset *ts)
{
  return ts->context;
}

const char *
hd_typeset_get_family (HdTypeset *ts,
                       HdFace     face)
{
  g_return_val_if_fail (face < HD_N_FACES, NULL);

  return ts->family[face];
}

double
hd_typeset_get_body_spacing (HdTypeset *ts)
{
  return ts->body_spacing;
}

PangoLayout *
hd_typeset_new_layout (HdTypeset *ts,
                       HdFace     face,
                       gboolean   bold)
{
  PangoLayout *layout;

  g_return_val_if_fail (face < HD_N_FACES, NULL);

  layout = pango_layout_new (ts->context);
  pango_layout_set_font_description (layout, bold ? ts->bold[face] : ts->regular[face]);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (face == HD_FACE_BODY)
    pango_layout_set_attributes (layout, ts->body_attrs);
  return layout;
}

void
hd_typeset_begin_page (HdTypeset *ts)
{
  g_return_if_fail (ts->page_glyphs == NULL);

  ts->page_glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  ts->page_text = g_string_new (NULL);
  ts->page_clusters = g_array_new (FALSE, FALSE, sizeof (cairo_text_cluster_t));
  ts->page_colour = NO_COLOUR;
}

/* Shows the glyphs gathered so far. */
static void
flush_glyphs (HdTypeset *ts,
              cairo_t   *cr)
{
  if (ts->page_glyphs == NULL || ts->page_glyphs->len == 0)
    return;
  cairo_save (cr);
  if (ts->page_colour != NO_COLOUR)
    cairo_set_source_rgb (cr, ((ts->page_colour >> 16) & 0xff) / 255.0, ((ts->page_colour >> 8) & 0xff) / 255.0,
                          (ts->page_colour & 0xff) / 255.0);
  cairo_set_scaled_font (cr, ts->page_font);
  /* With the text, as Pango shows it: a PDF reader copies and finds 月, not the radical ⽉ that
   * shares its glyph. */
  cairo_show_text_glyphs (cr, ts->page_text->str, (int) ts->page_text->len,
                          (cairo_glyph_t *) ts->page_glyphs->data, (int) ts->page_glyphs->len,
                          (cairo_text_cluster_t *) ts->page_clusters->data, (int) ts->page_clusters->len, 0);
  cairo_restore (cr);
  g_array_set_size (ts->page_glyphs, 0);
  g_string_truncate (ts->page_text, 0);
  g_array_set_size (ts->page_clusters, 0);
}

void
hd_typeset_end_page (HdTypeset *ts,
                     cairo_t   *cr)
{
  g_return_if_fail (ts->page_glyphs != NULL);

  flush_glyphs (ts, cr);
  g_clear_pointer (&ts->page_glyphs, g_array_unref);
  g_string_free (g_steal_pointer (&ts->page_text), TRUE);
  g_clear_pointer (&ts->page_clusters, g_array_unref);
  g_clear_pointer (&ts->page_font, cairo_scaled_font_destroy);
}

static gboolean
is_colour (PangoAttribute *attr,
           gpointer        user_data)
{
  return attr->klass->type != PANGO_ATTR_FOREGROUND;
}

/* Whether @line can be shown with the page's glyphs: its attributes at most colour it (the body's
 * letter spacing is in the glyphs' widths), and each glyph is found in a face. */
static gboolean
can_gather (HdTypeset       *ts,
            PangoLayout     *layout,
            PangoLayoutLine *line)
{
  PangoAttrList *attrs = pango_layout_get_attributes (layout);

  if (ts->page_glyphs == NULL)
    return FALSE;
  if (attrs != NULL && attrs != ts->body_attrs)
    {
      /* Filtering out the other attributes: any there makes the line Pango's to show. */
      PangoAttrList *others = pango_attr_list_filter (attrs, is_colour, NULL);

      if (others != NULL)
        {
          pango_attr_list_unref (others);
          return FALSE;
        }
    }
  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;

      if (!PANGO_IS_CAIRO_FONT (run->item->analysis.font))
        return FALSE;
      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        if (run->glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG)
          return FALSE;
    }
  return TRUE;
}

static guint32
run_colour (PangoGlyphItem *run)
{
  for (GSList *a = run->item->analysis.extra_attrs; a != NULL; a = a->next)
    {
      PangoAttribute *attr = a->data;

      if (attr->klass->type == PANGO_ATTR_FOREGROUND)
        {
          const PangoColor *c = &((PangoAttrColor *) attr)->color;

          return (guint32) (c->red >> 8) << 16 | (guint32) (c->green >> 8) << 8 | (guint32) (c->blue >> 8);
        }
    }
  return NO_COLOUR;
}

/* Adds @line's glyphs, its baseline's left end at @x, @y, to the glyphs gathered, showing those
 * gathered before whenever the face changes: the PDF keeps the text in the order it is read. */
static void
gather_line (HdTypeset       *ts,
             cairo_t         *cr,
             PangoLayout     *layout,
             PangoLayoutLine *line,
             double           x,
             double           y)
{
  const char *text = pango_layout_get_text (layout);
  int advance = 0;

  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;
      PangoGlyphItemIter iter;
      cairo_scaled_font_t *font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));

      guint32 colour = run_colour (run);

      if (font != ts->page_font || colour != ts->page_colour)
        {
          flush_glyphs (ts, cr);
          g_clear_pointer (&ts->page_font, cairo_scaled_font_destroy);
          ts->page_font = cairo_scaled_font_reference (font);
          ts->page_colour = colour;
        }
      /* A cluster at a time: the bytes of text and the glyphs that show them. */
      if (pango_glyph_item_iter_init_start (&iter, run, text))
        do
          {
            cairo_text_cluster_t cluster = { iter.end_index - iter.start_index, 0 };

            for (int i = iter.start_glyph; i < iter.end_glyph; i++)
              {
                const PangoGlyphInfo *info = &run->glyphs->glyphs[i];

                if (info->glyph != PANGO_GLYPH_EMPTY)
                  {
                    cairo_glyph_t glyph = {
                      .index = info->glyph,
                      .x = x + (double) (advance + info->geometry.x_offset) / PANGO_SCALE,
                      .y = y + (double) info->geometry.y_offset / PANGO_SCALE,
                    };

                    g_array_append_val (ts->page_glyphs, glyph);
                    cluster.num_glyphs++;
                  }
                advance += info->geometry.width;
              }
            g_string_append_len (ts->page_text, text + iter.start_index, cluster.num_bytes);
            if (cluster.num_bytes > 0 || cluster.num_glyphs > 0)
              g_array_append_val (ts->page_clusters, cluster);
          }
        while (pango_glyph_item_iter_next_cluster (&iter));
    }
}

void
hd_typeset_show_lines (HdTypeset   *ts,
                       HdFace       face,
                       cairo_t     *cr,
                       PangoLayout *layout,
                       guint        first,
                       guint        end,
                       double       x,
                       double       top)
{
  double size = hd_style_get_size (ts->style, face);
  double pitch = hd_style_get_pitch (ts->style, face);
  double ascent = (pitch - size) / 2.0 + hd_page_figures ()->em_box_ascent * size;
  PangoLayoutIter *iter;
  guint i = 0;

  if (first >= end)
    return;

  iter = pango_layout_get_iter (layout);
  do
    {
      if (i >= first)
        {
          PangoRectangle logical;
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          double line_x, baseline = top + (i - first) * pitch + ascent;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          line_x = x + (double) logical.x / PANGO_SCALE;
          if (can_gather (ts, layout, line))
            gather_line (ts, cr, layout, line, line_x, baseline);
          else
            {
              flush_glyphs (ts, cr);
              cairo_move_to (cr, line_x, baseline);
              pango_cairo_show_layout_line (cr, line);
            }
        }
      i++;
    }
  while (i < end && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

guint
hd_typeset_count_missing_glyphs (PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  guint missing = 0;

  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);

      if (run == NULL)
        continue;
      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        if (run->glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG)
          missing++;
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);
  return missing;
}

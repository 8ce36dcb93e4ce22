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
};

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

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE,
                         top + (i - first) * pitch + ascent);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
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

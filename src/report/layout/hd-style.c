/* hd-style.c */
#include "layout/hd-page.h"
#include "layout/hd-style.h"

typedef struct {
  char      **families;
  double      size;
  double      pitch;
  PangoWeight weight;
} Face;

struct _HdStyle {
  gatomicrefcount ref_count;
  Face faces[HD_N_FACES];
};

/* The office PC's faces under the names Windows and WPS give them, then the free faces that
 * fonts-noto-cjk installs (Noto Serif CJK SC, regular and bold, has the rare characters of
 * names such as 𠮷, 贠 and 㛃; the sans is there for a system that has only it). */
static const char * const title_families[] = {
  "方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong",
  "Noto Serif CJK SC", "Noto Sans CJK SC", NULL
};
static const char * const body_families[] = {
  "仿宋_GB2312", "仿宋", "FangSong_GB2312", "FangSong", "华文仿宋", "STFangsong",
  "Noto Serif CJK SC", "Noto Sans CJK SC", NULL
};
static const char * const song_families[] = {
  "宋体", "SimSun", "华文宋体", "STSong", "Noto Serif CJK SC", "Noto Sans CJK SC", NULL
};

const char * const *
hd_style_default_families (HdFace face)
{
  switch (face)
    {
    case HD_FACE_TITLE:
      return title_families;
    case HD_FACE_BODY:
    case HD_FACE_TABLE:
      return body_families;
    case HD_FACE_PAGE_NUMBER:
      return song_families;
    case HD_N_FACES:
    default:
      break;
    }
  g_return_val_if_reached (body_families);
}

HdStyle *
hd_style_new (void)
{
  const HdPageFigures *f = hd_page_figures ();
  double body_pitch = hd_page_mm_to_points (f->type_area_height_mm) / f->body_lines;
  HdStyle *style = g_new0 (HdStyle, 1);

  g_atomic_ref_count_init (&style->ref_count);
  for (guint i = 0; i < HD_N_FACES; i++)
    {
      style->faces[i].families = g_strdupv ((char **) hd_style_default_families (i));
      style->faces[i].weight = PANGO_WEIGHT_NORMAL;
    }
  /* The title keeps to the body's grid of 22 lines, as the offices' templates set it. */
  style->faces[HD_FACE_TITLE].size = f->title_size_pt;
  style->faces[HD_FACE_TITLE].pitch = body_pitch;
  style->faces[HD_FACE_TITLE].weight = PANGO_WEIGHT_BOLD;
  style->faces[HD_FACE_BODY].size = f->body_size_pt;
  style->faces[HD_FACE_BODY].pitch = body_pitch;
  style->faces[HD_FACE_TABLE].size = f->table_size_pt;
  style->faces[HD_FACE_TABLE].pitch = f->table_size_pt * f->table_line_ratio;
  style->faces[HD_FACE_PAGE_NUMBER].size = f->page_number_size_pt;
  style->faces[HD_FACE_PAGE_NUMBER].pitch = f->page_number_size_pt;
  return style;
}

HdStyle *
hd_style_copy (HdStyle *style)
{
  HdStyle *copy;

  g_return_val_if_fail (style != NULL, NULL);

  copy = g_new0 (HdStyle, 1);
  g_atomic_ref_count_init (&copy->ref_count);
  for (guint i = 0; i < HD_N_FACES; i++)
    {
      copy->faces[i] = style->faces[i];
      copy->faces[i].families = g_strdupv (style->faces[i].families);
    }
  return copy;
}

HdStyle *
hd_style_ref (HdStyle *style)
{
  g_return_val_if_fail (style != NULL, NULL);

  g_atomic_ref_count_inc (&style->ref_count);
  return style;
}

void
hd_style_unref (HdStyle *style)
{
  g_return_if_fail (style != NULL);

  if (!g_atomic_ref_count_dec (&style->ref_count))
    return;
  for (guint i = 0; i < HD_N_FACES; i++)
    g_strfreev (style->faces[i].families);
  g_free (style);
}

/* @style's settings for @face, or NULL (with a critical) when either is not one. */
static Face *
get_face (HdStyle *style,
          HdFace   face)
{
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (face < HD_N_FACES, NULL);

  return &style->faces[face];
}

void
hd_style_set_families (HdStyle            *style,
                       HdFace              face,
                       const char * const *families)
{
  Face *f = get_face (style, face);

  if (f == NULL)
    return;
  if (families == NULL || families[0] == NULL)
    families = hd_style_default_families (face);
  g_strfreev (f->families);
  f->families = g_strdupv ((char **) families);
}

const char * const *
hd_style_get_families (HdStyle *style,
                       HdFace   face)
{
  Face *f = get_face (style, face);

  return f != NULL ? (const char * const *) f->families : NULL;
}

void
hd_style_set_size (HdStyle *style,
                   HdFace   face,
                   double   size_pt,
                   double   pitch_pt)
{
  Face *f = get_face (style, face);

  g_return_if_fail (size_pt > 0.0 && pitch_pt >= size_pt);
  if (f == NULL)
    return;
  f->size = size_pt;
  f->pitch = pitch_pt;
}

double
hd_style_get_size (HdStyle *style,
                   HdFace   face)
{
  Face *f = get_face (style, face);

  return f != NULL ? f->size : 0.0;
}

double
hd_style_get_pitch (HdStyle *style,
                    HdFace   face)
{
  Face *f = get_face (style, face);

  return f != NULL ? f->pitch : 0.0;
}

void
hd_style_set_weight (HdStyle     *style,
                     HdFace       face,
                     PangoWeight  weight)
{
  Face *f = get_face (style, face);

  if (f != NULL)
    f->weight = weight;
}

PangoWeight
hd_style_get_weight (HdStyle *style,
                     HdFace   face)
{
  Face *f = get_face (style, face);

  return f != NULL ? f->weight : PANGO_WEIGHT_NORMAL;
}

PangoFontDescription *
hd_style_font_description (HdStyle *style,
                           HdFace   face)
{
  Face *f = get_face (style, face);
  PangoFontDescription *desc;
  g_autofree char *families = NULL;

  if (f == NULL)
    return NULL;
  families = g_strjoinv (",", f->families);
  desc = pango_font_description_new ();
  pango_font_description_set_family (desc, families);
  pango_font_description_set_absolute_size (desc, f->size * PANGO_SCALE);
  return desc;
}

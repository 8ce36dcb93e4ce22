/* test-style.c — hd-report: faces as family lists, the fallback for rare characters, the body's
 * grid of 22 lines of 28 characters. */
#include "layout/hd-page.h"
#include "layout/hd-style.h"
#include "layout/hd-typeset.h"

static guint n_messages;

static void
count_message (const char     *domain,
               GLogLevelFlags  level,
               const char     *message,
               gpointer        data)
{
  n_messages++;
}

static void
test_defaults (void)
{
  g_autoptr(HdStyle) style = hd_style_new ();
  const char * const *body = hd_style_get_families (style, HD_FACE_BODY);
  const char * const *title = hd_style_get_families (style, HD_FACE_TITLE);
  g_autoptr(PangoFontDescription) desc = NULL;

  /* The office's faces first, the free face the install brings after them. */
  g_assert_cmpstr (title[0], ==, "方正小标宋简体");
  g_assert_cmpstr (body[0], ==, "仿宋_GB2312");
  g_assert_true (g_strv_contains (body, "仿宋"));
  g_assert_true (g_strv_contains (body, "FangSong"));
  g_assert_true (g_strv_contains (body, "Noto Serif CJK SC"));
  g_assert_true (g_strv_contains (title, "Noto Serif CJK SC"));

  g_assert_cmpfloat (hd_style_get_size (style, HD_FACE_TITLE), ==, 22.0);
  g_assert_cmpfloat (hd_style_get_size (style, HD_FACE_BODY), ==, 16.0);
  g_assert_cmpfloat (hd_style_get_size (style, HD_FACE_PAGE_NUMBER), ==, 14.0);
  g_assert_cmpint (hd_style_get_weight (style, HD_FACE_TITLE), ==, PANGO_WEIGHT_BOLD);
  /* 22 lines fill the type area's 225 mm. */
  g_assert_cmpfloat_with_epsilon (hd_style_get_pitch (style, HD_FACE_BODY) * 22,
                                  hd_page_mm_to_points (225.0), 1e-9);

  desc = hd_style_font_description (style, HD_FACE_BODY);
  g_assert_true (g_str_has_prefix (pango_font_description_get_family (desc), "仿宋_GB2312,仿宋,"));
  g_assert_cmpint (pango_font_description_get_size (desc), ==, 16 * PANGO_SCALE);
  g_assert_true (pango_font_description_get_size_is_absolute (desc));
}

static void
test_set_families (void)
{
  g_autoptr(HdStyle) style = hd_style_new ();
  const char * const mine[] = { "No Such Face", "Noto Sans CJK SC", NULL };
  const char * const none[] = { NULL };
  g_autoptr(HdTypeset) ts = NULL;

  hd_style_set_families (style, HD_FACE_TABLE, mine);
  g_assert_cmpstrv (hd_style_get_families (style, HD_FACE_TABLE), mine);
  /* A missing first face falls back along the list. */
  ts = hd_typeset_new (style);
  if (hd_typeset_family_installed ("Noto Sans CJK SC"))
    g_assert_cmpstr (hd_typeset_get_family (ts, HD_FACE_TABLE), ==, "Noto Sans CJK SC");

  hd_style_set_families (style, HD_FACE_TABLE, none);
  g_assert_cmpstrv (hd_style_get_families (style, HD_FACE_TABLE),
                    hd_style_default_families (HD_FACE_TABLE));
  hd_style_set_families (style, HD_FACE_TABLE, NULL);
  g_assert_cmpstrv (hd_style_get_families (style, HD_FACE_TABLE),
                    hd_style_default_families (HD_FACE_TABLE));
}

/* Where the office's faces are missing the substitute is logged (as information: a CLI that
 * prints to PDF keeps its error stream for errors), once per process. */
static void
test_substitution_logged_once (void)
{
  g_autoptr(HdStyle) style = hd_style_new ();
  const char * const odd[] = { "No Such Face 2", "Noto Serif CJK SC", NULL };
  guint handler = g_log_set_handler ("hd-report", G_LOG_LEVEL_INFO, count_message, NULL);
  HdTypeset *ts;

  hd_style_set_families (style, HD_FACE_BODY, odd);
  n_messages = 0;
  ts = hd_typeset_new (style);
  hd_typeset_free (ts);
  g_assert_cmpuint (n_messages, >=, 1);

  n_messages = 0;
  ts = hd_typeset_new (style);
  hd_typeset_free (ts);
  g_assert_cmpuint (n_messages, ==, 0);
  g_log_remove_handler ("hd-report", handler);
}

/* 𠮷 (U+20BB7, outside the BMP), 贠 and 㛃 print as real glyphs in every face, through Pango's
 * fallback where the face in use lacks them. */
static void
test_rare_characters (void)
{
  g_autoptr(HdStyle) style = hd_style_new ();
  g_autoptr(HdTypeset) ts = hd_typeset_new (style);

  for (HdFace face = 0; face < HD_N_FACES; face++)
    for (int bold = 0; bold < 2; bold++)
      {
        g_autoptr(PangoLayout) layout = hd_typeset_new_layout (ts, face, bold);

        pango_layout_set_text (layout, "吉𠮷、贠㛃", -1);
        g_assert_cmpuint (hd_typeset_count_missing_glyphs (layout), ==, 0);
      }

  {
    g_autoptr(PangoLayout) layout = hd_typeset_new_layout (ts, HD_FACE_BODY, FALSE);

    /* U+E000 is private: no face has it, and the check sees the box Pango would draw. */
    pango_layout_set_text (layout, "吉\xee\x80\x80", -1);
    g_assert_cmpuint (hd_typeset_count_missing_glyphs (layout), ==, 1);
  }
}

static PangoWeight
title_weight (HdStyle *style)
{
  g_autoptr(HdTypeset) ts = hd_typeset_new (style);
  g_autoptr(PangoLayout) layout = hd_typeset_new_layout (ts, HD_FACE_TITLE, FALSE);

  return pango_font_description_get_weight (pango_layout_get_font_description (layout));
}

/* The first face of a list is used as designed (方正小标宋 is heavy already); a substitute
 * prints the title in bold. */
static void
test_title_weight (void)
{
  g_autoptr(HdStyle) style = hd_style_new ();
  const char * const missing_first[] = { "No Such Title Face", "Noto Serif CJK SC", NULL };
  const char * const installed_first[] = { "Noto Serif CJK SC", NULL };

  if (!hd_typeset_family_installed ("Noto Serif CJK SC"))
    {
      g_test_skip ("Noto Serif CJK SC is not installed");
      return;
    }
  hd_style_set_families (style, HD_FACE_TITLE, missing_first);
  g_assert_cmpint (title_weight (style), ==, PANGO_WEIGHT_BOLD);
  hd_style_set_families (style, HD_FACE_TITLE, installed_first);
  g_assert_cmpint (title_weight (style), ==, PANGO_WEIGHT_NORMAL);
}

static char *
repeat (const char *unit,
        guint       n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (s, unit);
  return g_string_free (s, FALSE);
}

static guint
lines_in_type_area (HdTypeset  *ts,
                    const char *text)
{
  g_autoptr(PangoLayout) layout = hd_typeset_new_layout (ts, HD_FACE_BODY, FALSE);

  pango_layout_set_width (layout, (int) (hd_page_mm_to_points (156.0) * PANGO_SCALE));
  pango_layout_set_text (layout, text, -1);
  return pango_layout_get_line_count (layout);
}

/* 28 characters of 3号 fill a line of the 156 mm type area; the 29th begins the next. */
static void
test_body_grid (void)
{
  g_autoptr(HdStyle) style = hd_style_new ();
  g_autoptr(HdTypeset) ts = hd_typeset_new (style);
  g_autofree char *line28 = repeat ("国", 28);
  g_autofree char *line29 = repeat ("国", 29);
  g_autofree char *lines3 = repeat ("国", 84);

  g_assert_cmpfloat (hd_typeset_get_body_spacing (ts), <, 0.0);
  g_assert_cmpfloat (hd_typeset_get_body_spacing (ts), >, -0.5);
  g_assert_cmpuint (lines_in_type_area (ts, line28), ==, 1);
  g_assert_cmpuint (lines_in_type_area (ts, line29), ==, 2);
  g_assert_cmpuint (lines_in_type_area (ts, lines3), ==, 3);
}

/* Measuring does not depend on the surface drawn on: the context is its own, at 72 dpi. */
static void
test_context_resolution (void)
{
  g_autoptr(HdStyle) style = hd_style_new ();
  g_autoptr(HdTypeset) ts = hd_typeset_new (style);
  g_autoptr(PangoLayout) layout = hd_typeset_new_layout (ts, HD_FACE_BODY, FALSE);
  PangoRectangle logical;

  pango_layout_set_attributes (layout, NULL);
  pango_layout_set_text (layout, "国", -1);
  pango_layout_get_extents (layout, NULL, &logical);
  /* A CJK face's ideograph is one em wide: 16 pt at 72 dpi. */
  g_assert_cmpint (logical.width, ==, 16 * PANGO_SCALE);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/style/defaults", test_defaults);
  g_test_add_func ("/style/set-families", test_set_families);
  g_test_add_func ("/style/substitution-logged-once", test_substitution_logged_once);
  g_test_add_func ("/style/title-weight", test_title_weight);
  g_test_add_func ("/style/rare-characters", test_rare_characters);
  g_test_add_func ("/style/body-grid", test_body_grid);
  g_test_add_func ("/style/context-resolution", test_context_resolution);

  return g_test_run ();
}

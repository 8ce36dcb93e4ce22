/* test-table.c — hd-report: the rules of the flowing table, on hand-made rows. Expected values
 * come from the heights the engine reports, so that they are exact whatever face prints. */
#include <math.h>

#include "layout/hd-document.h"

typedef struct {
  HdDocument *doc;
  HdTable *table;        /* the document's */
  HdPageGeometry geometry;
} Fixture;

static void
fixture_lay_out (Fixture           *fx,
                 HdTable           *table,
                 HdPageOrientation  orientation)
{
  fx->doc = hd_document_new (NULL, orientation);
  fx->table = table;
  hd_document_add_table (fx->doc, table);
  hd_document_get_geometry (fx->doc, &fx->geometry);
  g_assert_cmpuint (hd_document_get_n_pages (fx->doc), >, 0);
}

static void
fixture_clear (Fixture *fx)
{
  g_clear_object (&fx->doc);
}

/* The only slice of page @page_nr, which must hold just the table. */
static const HdSlice *
only_slice (Fixture *fx,
            guint    page_nr)
{
  guint n = 0;
  const HdSlice *slices = hd_document_get_slices (fx->doc, page_nr, &n);

  g_assert_cmpuint (n, ==, 1);
  return &slices[0];
}

static char *
lines_of (guint n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s第%u行", i > 0 ? "\n" : "", i + 1);
  return g_string_free (s, FALSE);
}

static HdTable *
two_columns (void)
{
  HdTable *table = hd_table_new ();

  hd_table_add_column (table, "序号", 12.0, 0.0, HD_TABLE_COLUMN_KEY | HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, "内容", 30.0, 1.0, 0);
  return table;
}

static void
append (HdTable    *table,
        guint       number,
        const char *text)
{
  g_autofree char *num = g_strdup_printf ("%u", number);
  const char *cells[] = { num, text };

  hd_table_append_row (table, cells);
}

/* The lines of a row that fit below the header on a page. */
static guint
page_lines (Fixture *fx)
{
  const HdPageFigures *f = hd_page_figures ();
  double pad = hd_page_mm_to_points (f->table_padding_v_mm);

  return (guint) floor ((fx->geometry.content_height - hd_table_get_header_height (fx->table)
                         - 2.0 * pad + 1e-6) / hd_table_get_pitch (fx->table));
}

/* page_lines() for @table laid out alone on a portrait page. */
static guint
probe_page_lines (HdTable *table)
{
  Fixture probe = { 0 };
  guint lines;

  fixture_lay_out (&probe, table, HD_PAGE_PORTRAIT);
  lines = page_lines (&probe);
  fixture_clear (&probe);
  return lines;
}

/* The lines a page holds in the text column of two_columns(). */
static guint
two_columns_page_lines (void)
{
  HdTable *table = two_columns ();

  append (table, 1, "一");
  return probe_page_lines (table);
}

static void
test_page_count (void)
{
  Fixture fx = { 0 };
  HdTable *table = two_columns ();
  const guint n_rows = 500;
  double header, row;
  guint per_page, n_pages;

  for (guint i = 0; i < n_rows; i++)
    append (table, i + 1, "整改落实");
  fixture_lay_out (&fx, table, HD_PAGE_PORTRAIT);

  /* 小四 on a pitch of 1.4, 1.2 mm above and below. */
  g_assert_cmpfloat_with_epsilon (hd_table_get_pitch (table), 12.0 * 1.4, 1e-9);
  row = hd_table_get_row_height (table, 0);
  g_assert_cmpfloat_with_epsilon (row, 16.8 + 2.0 * hd_page_mm_to_points (1.2), 1e-9);
  header = hd_table_get_header_height (table);
  g_assert_cmpfloat_with_epsilon (header, row, 1e-9);
  for (guint i = 0; i < n_rows; i++)
    g_assert_cmpuint (hd_table_get_row_lines (table, i), ==, 1);

  per_page = (guint) floor ((fx.geometry.content_height - header) / row + 1e-9);
  n_pages = (n_rows + per_page - 1) / per_page;
  g_assert_cmpuint (hd_document_get_n_pages (fx.doc), ==, n_pages);
  for (guint p = 0; p < n_pages; p++)
    {
      const HdSlice *slice = only_slice (&fx, p);
      guint end = MIN ((p + 1) * per_page, n_rows);

      g_assert_cmpuint (slice->start.row, ==, p * per_page);
      g_assert_cmpuint (slice->start.line, ==, 0);
      g_assert_cmpuint (slice->end.row, ==, end);
      g_assert_cmpuint (slice->end.line, ==, 0);
      g_assert_cmpfloat_with_epsilon (slice->y, 0.0, 1e-9);
      /* Every page's piece has the header and its rows. */
      g_assert_cmpfloat_with_epsilon (slice->height, header + (end - p * per_page) * row, 1e-6);
    }
  fixture_clear (&fx);
}

/* A row that does not fit on what is left of a page moves whole to the next. */
static void
test_row_moves_whole (void)
{
  Fixture fx = { 0 }, probe = { 0 };
  HdTable *table;
  g_autofree char *five = lines_of (5);
  double row, room;
  guint per_page;

  /* The page holds per_page rows of one line. */
  table = two_columns ();
  append (table, 1, "一");
  fixture_lay_out (&probe, table, HD_PAGE_PORTRAIT);
  row = hd_table_get_row_height (table, 0);
  per_page = (guint) floor ((probe.geometry.content_height - hd_table_get_header_height (table))
                            / row + 1e-9);
  room = probe.geometry.content_height - hd_table_get_header_height (table) - (per_page - 2) * row;
  fixture_clear (&probe);

  table = two_columns ();
  for (guint i = 0; i < per_page - 2; i++)
    append (table, i + 1, "一");
  append (table, per_page - 1, five);
  append (table, per_page, "一");
  fixture_lay_out (&fx, table, HD_PAGE_PORTRAIT);

  g_assert_cmpuint (hd_table_get_row_lines (table, per_page - 2), ==, 5);
  g_assert_cmpfloat (hd_table_get_row_height (table, per_page - 2), >, room);
  g_assert_cmpuint (hd_document_get_n_pages (fx.doc), ==, 2);
  g_assert_cmpuint (only_slice (&fx, 0)->end.row, ==, per_page - 2);
  g_assert_cmpuint (only_slice (&fx, 0)->end.line, ==, 0);
  g_assert_cmpuint (only_slice (&fx, 1)->start.row, ==, per_page - 2);
  g_assert_cmpuint (only_slice (&fx, 1)->start.line, ==, 0);
  g_assert_cmpuint (only_slice (&fx, 1)->end.row, ==, per_page);
  fixture_clear (&fx);
}

static HdTable *
three_columns (void)
{
  HdTable *table = hd_table_new ();

  hd_table_add_column (table, "序号", 12.0, 0.0, HD_TABLE_COLUMN_KEY | HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, "责任单位", 25.0, 0.0, HD_TABLE_COLUMN_KEY);
  hd_table_add_column (table, "整改措施", 40.0, 1.0, 0);
  return table;
}

static void
append3 (HdTable    *table,
         const char *number,
         const char *unit,
         const char *text)
{
  const char *cells[] = { number, unit, text };

  hd_table_append_row (table, cells);
}

/* A row taller than a page is split between two of its lines; the first part fills the page
 * it begins on, the rest continues below the header of the next. */
static void
test_tall_row_split (void)
{
  Fixture fx = { 0 };
  HdTable *table;
  g_autofree char *tall = NULL;
  double pad = hd_page_mm_to_points (hd_page_figures ()->table_padding_v_mm);
  double pitch, first_row;
  guint lines, first_part;

  table = three_columns ();
  append3 (table, "1", "县委办公室", "一");
  lines = probe_page_lines (table) + 10;

  tall = lines_of (lines);
  table = three_columns ();
  append3 (table, "1", "县委办公室", "一");
  append3 (table, "2", "县委组织部", tall);
  append3 (table, "3", "县委宣传部", "三");
  fixture_lay_out (&fx, table, HD_PAGE_PORTRAIT);

  pitch = hd_table_get_pitch (table);
  first_row = hd_table_get_row_height (table, 0);
  g_assert_cmpuint (hd_table_get_row_lines (table, 1), ==, lines);
  first_part = (guint) floor ((fx.geometry.content_height - hd_table_get_header_height (table)
                               - first_row - 2.0 * pad + 1e-6) / pitch);

  g_assert_cmpuint (hd_document_get_n_pages (fx.doc), ==, 2);
  g_assert_cmpuint (only_slice (&fx, 0)->start.row, ==, 0);
  g_assert_cmpuint (only_slice (&fx, 0)->end.row, ==, 1);
  g_assert_cmpuint (only_slice (&fx, 0)->end.line, ==, first_part);
  g_assert_cmpuint (only_slice (&fx, 1)->start.row, ==, 1);
  g_assert_cmpuint (only_slice (&fx, 1)->start.line, ==, first_part);
  g_assert_cmpuint (only_slice (&fx, 1)->end.row, ==, 3);
  /* The continued part: its lines left, then the last row. */
  g_assert_cmpfloat_with_epsilon (only_slice (&fx, 1)->height,
                                  hd_table_get_header_height (table)
                                  + (lines - first_part) * pitch + 2.0 * pad
                                  + hd_table_get_row_height (table, 2), 1e-6);
  fixture_clear (&fx);
}

/* A tall row that would leave fewer than two lines at the foot of a page begins on the next. */
static void
test_tall_row_not_orphaned (void)
{
  Fixture fx = { 0 };
  HdTable *table;
  g_autofree char *fill = NULL;
  g_autofree char *tall = NULL;
  guint lines;

  lines = two_columns_page_lines ();

  fill = lines_of (lines - 1);
  tall = lines_of (lines + 5);
  table = two_columns ();
  append (table, 1, fill);
  append (table, 2, tall);
  fixture_lay_out (&fx, table, HD_PAGE_PORTRAIT);

  g_assert_cmpuint (hd_document_get_n_pages (fx.doc), ==, 3);
  g_assert_cmpuint (only_slice (&fx, 0)->end.row, ==, 1);
  g_assert_cmpuint (only_slice (&fx, 0)->end.line, ==, 0);
  g_assert_cmpuint (only_slice (&fx, 1)->start.row, ==, 1);
  g_assert_cmpuint (only_slice (&fx, 1)->start.line, ==, 0);
  g_assert_cmpuint (only_slice (&fx, 1)->end.row, ==, 1);
  g_assert_cmpuint (only_slice (&fx, 1)->end.line, ==, lines);
  g_assert_cmpuint (only_slice (&fx, 2)->start.line, ==, lines);
  g_assert_cmpuint (only_slice (&fx, 2)->end.row, ==, 2);
  fixture_clear (&fx);
}

/* 200 characters without a space wrap between characters, as many to a line as the column
 * holds: none is lost at a line's end. */
static void
test_wrap_long_cell (void)
{
  Fixture fx = { 0 };
  HdTable *table = two_columns ();
  GString *text = g_string_new (NULL);
  double inner;
  guint per_line;

  for (guint i = 0; i < 200; i++)
    g_string_append_unichar (text, 0x4E00 + 3 * i);
  append (table, 1, text->str);
  fixture_lay_out (&fx, table, HD_PAGE_PORTRAIT);

  /* Each ideograph is one em of 小四 wide. */
  inner = hd_table_get_column_width (table, 1) - 2.0 * hd_page_mm_to_points (1.5);
  per_line = (guint) floor (floor (inner * PANGO_SCALE) / (12.0 * PANGO_SCALE));
  g_assert_cmpuint (per_line, >, 0);
  g_assert_cmpuint (hd_table_get_row_lines (table, 0), ==, (200 + per_line - 1) / per_line);
  g_string_free (text, TRUE);
  fixture_clear (&fx);
}

/* A group heading is not left alone at the foot of a page. */
static void
test_group_kept_with_next (void)
{
  Fixture fx = { 0 };
  HdTable *table;
  g_autofree char *fill = NULL;
  g_autofree char *three = lines_of (3);
  guint lines;

  lines = two_columns_page_lines ();

  fill = lines_of (lines - 2);
  table = two_columns ();
  append (table, 1, fill);
  hd_table_append_group (table, "二、关于服务群众“最后一公里”问题的整改");
  append (table, 2, three);
  fixture_lay_out (&fx, table, HD_PAGE_PORTRAIT);

  /* The heading alone would fit below the first row. */
  g_assert_cmpfloat (hd_table_get_header_height (table) + hd_table_get_row_height (table, 0)
                     + hd_table_get_row_height (table, 1), <=, fx.geometry.content_height);
  g_assert_cmpuint (hd_document_get_n_pages (fx.doc), ==, 2);
  g_assert_cmpuint (only_slice (&fx, 0)->end.row, ==, 1);
  g_assert_cmpuint (only_slice (&fx, 1)->start.row, ==, 1);
  g_assert_cmpuint (only_slice (&fx, 1)->end.row, ==, 3);
  fixture_clear (&fx);
}

/* Short columns get what their content needs; the long text takes the rest; the table fills
 * the type area. */
static void
test_column_widths (void)
{
  Fixture fx = { 0 };
  HdTable *table = hd_table_new ();
  const char *row[] = { "1", "2014-09-30", "县人力资源和社会保障局",
                        "进一步精简会议文件，严格控制会议规模和时间，切实改进会风文风，提高会议实效" };
  double sum = 0.0;

  hd_table_add_column (table, "序号", 8.0, 0.0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, "完成时限", 10.0, 0.0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, "责任单位", 20.0, 1.0, HD_TABLE_COLUMN_KEY);
  hd_table_add_column (table, "整改任务", 40.0, 3.0, 0);
  hd_table_append_row (table, row);
  fixture_lay_out (&fx, table, HD_PAGE_PORTRAIT);

  for (guint c = 0; c < 4; c++)
    sum += hd_table_get_column_width (table, c);
  g_assert_cmpfloat_with_epsilon (sum, fx.geometry.content_width, 1e-6);
  g_assert_cmpfloat (hd_table_get_column_width (table, 0), >=, hd_page_mm_to_points (8.0));
  g_assert_cmpfloat (hd_table_get_column_width (table, 2), >=, hd_page_mm_to_points (20.0));
  /* The date and the header "完成时限" are not broken. */
  g_assert_cmpfloat (hd_table_get_column_width (table, 1), >=, 4 * 12.0 + 2 * hd_page_mm_to_points (1.5));
  g_assert_cmpfloat (hd_table_get_column_width (table, 3), >, hd_table_get_column_width (table, 2));
  fixture_clear (&fx);
}

/* Minimums wider than the type area are narrowed alike, to fill it exactly. */
static void
test_minimums_too_wide (void)
{
  Fixture fx = { 0 };
  HdTable *table = hd_table_new ();
  const char *row[] = { "甲", "乙", "丙" };
  double w = hd_page_mm_to_points (156.0);

  hd_table_add_column (table, "一", 100.0, 1.0, 0);
  hd_table_add_column (table, "二", 50.0, 1.0, 0);
  hd_table_add_column (table, "三", 50.0, 1.0, 0);
  hd_table_append_row (table, row);
  fixture_lay_out (&fx, table, HD_PAGE_PORTRAIT);

  g_assert_cmpfloat_with_epsilon (hd_table_get_column_width (table, 0), w / 2.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (hd_table_get_column_width (table, 1), w / 4.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (hd_table_get_column_width (table, 2), w / 4.0, 1e-6);
  fixture_clear (&fx);
}

/* A table without rows still prints its header; the document has a page. */
static void
test_empty_table (void)
{
  Fixture fx = { 0 };

  fixture_lay_out (&fx, two_columns (), HD_PAGE_LANDSCAPE);
  g_assert_cmpuint (hd_document_get_n_pages (fx.doc), ==, 1);
  g_assert_cmpfloat_with_epsilon (only_slice (&fx, 0)->height,
                                  hd_table_get_header_height (fx.table), 1e-9);
  fixture_clear (&fx);
}

/* A table after text begins below it, on the same page. */
static void
test_after_text (void)
{
  g_autoptr(HdDocument) doc = hd_document_new (NULL, HD_PAGE_PORTRAIT);
  HdText *title = hd_text_new_title ("整改落实台账");
  HdTable *table = two_columns ();
  const HdSlice *slices;
  guint n;

  append (table, 1, "一");
  hd_document_add_text (doc, title);
  hd_document_add_text (doc, hd_text_new_space (1));
  hd_document_add_table (doc, table);
  g_assert_cmpuint (hd_document_get_n_pages (doc), ==, 1);
  slices = hd_document_get_slices (doc, 0, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (hd_text_get_n_lines (title), ==, 1);
  g_assert_cmpfloat_with_epsilon (slices[2].y, 2 * hd_text_get_pitch (title), 1e-9);
  g_assert_cmpuint (slices[2].block, ==, 2);
}

/* A markup column is as wide as its text shows, not as its tags; its cells are one line. */
static void
test_markup_column (void)
{
  Fixture fx = { 0 };
  HdTable *table = hd_table_new ();
  HdTable *plain = hd_table_new ();
  Fixture fp = { 0 };

  hd_table_add_column (table, "亮灯", 5.0, 0.0, HD_TABLE_COLUMN_MARKUP);
  hd_table_add_column (table, "内容", 30.0, 1.0, 0);
  hd_table_append_row (table, (const char *[]) { "<span foreground=\"#c62828\">●</span> 红灯·逾期", "整改" });
  fixture_lay_out (&fx, table, HD_PAGE_PORTRAIT);
  hd_table_add_column (plain, "亮灯", 5.0, 0.0, 0);
  hd_table_add_column (plain, "内容", 30.0, 1.0, 0);
  hd_table_append_row (plain, (const char *[]) { "● 红灯·逾期", "整改" });
  fixture_lay_out (&fp, plain, HD_PAGE_PORTRAIT);

  g_assert_cmpfloat_with_epsilon (hd_table_get_column_width (table, 0), hd_table_get_column_width (plain, 0), 1e-6);
  g_assert_cmpuint (hd_table_get_row_lines (table, 0), ==, 1);
  fixture_clear (&fx);
  fixture_clear (&fp);
}

/* Titles stay on one line where the table is wide enough for all of them so: a four-character
 * title over a long text whose share of the width by weight is less than four characters. */
static void
test_whole_titles (void)
{
  Fixture fx = { 0 };
  HdTable *table = hd_table_new ();
  g_autofree char *unit = g_strnfill (40, 'x');
  g_autofree char *content = g_strnfill (400, 'y');
  double size = 12.0;

  hd_table_add_column (table, "责任单位", 2.0, 1.0, 0);
  hd_table_add_column (table, "内容", 30.0, 20.0, 0);
  hd_table_append_row (table, (const char *[]) { unit, content });
  fixture_lay_out (&fx, table, HD_PAGE_PORTRAIT);
  g_assert_cmpfloat (hd_table_get_column_width (table, 0), >=, 4 * size);
  g_assert_cmpfloat (hd_table_get_header_height (table), <, 2 * hd_table_get_pitch (table));
  fixture_clear (&fx);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/table/page-count", test_page_count);
  g_test_add_func ("/table/row-moves-whole", test_row_moves_whole);
  g_test_add_func ("/table/tall-row-split", test_tall_row_split);
  g_test_add_func ("/table/tall-row-not-orphaned", test_tall_row_not_orphaned);
  g_test_add_func ("/table/wrap-long-cell", test_wrap_long_cell);
  g_test_add_func ("/table/group-kept-with-next", test_group_kept_with_next);
  g_test_add_func ("/table/column-widths", test_column_widths);
  g_test_add_func ("/table/minimums-too-wide", test_minimums_too_wide);
  g_test_add_func ("/table/empty", test_empty_table);
  g_test_add_func ("/table/after-text", test_after_text);
  g_test_add_func ("/table/markup-column", test_markup_column);
  g_test_add_func ("/table/whole-titles", test_whole_titles);

  return g_test_run ();
}

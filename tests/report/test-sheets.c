/* test-sheets.c — hd-report's spreadsheets: CSV bytes (BOM, quoting, the formula guard), .xlsx
 * read back from its XML (cells, frozen header, autofilter, wrapping, dates, light colours,
 * widths), the ledger's CSV imported back field by field, the opinions, and no file left behind
 * by a failure. */
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <glib/gstdio.h>

#include "hd-test-util.h"
#include "import/hd-csv.h"
#include "import/hd-ledger-import.h"
#include "organisation/hd-unit-edit.h"
#include "sheets/hd-csv-writer.h"
#include "sheets/hd-sheet-export.h"
#include "sheets/hd-xlsx-writer.h"

#define MAIN_NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *content = NULL;

  g_file_get_contents (path, &content, NULL, &error);
  g_assert_no_error (error);
  return content;
}

/* The folder holds exactly @n_files files: a failed export leaves none behind, not even hidden. */
static void
assert_n_files (const char *dir,
                guint       n_files)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) folder = g_dir_open (dir, 0, &error);
  guint n = 0;

  g_assert_no_error (error);
  while (g_dir_read_name (folder) != NULL)
    n++;
  g_assert_cmpuint (n, ==, n_files);
}

/* One part of an .xlsx, unzipped as any reader would. */
static xmlDoc *
read_part (const char *xlsx,
           const char *part)
{
  const char *argv[] = { "unzip", "-p", xlsx, part, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;
  xmlDoc *doc;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  doc = xmlReadMemory (out, (int) strlen (out), part, "UTF-8", XML_PARSE_NONET);
  g_assert_nonnull (doc);
  return doc;
}

/* The string value of XPath @expr (printf-style) with the spreadsheet namespace as "m". */
static char * G_GNUC_PRINTF (2, 3)
query (xmlDoc     *doc,
       const char *format,
       ...)
{
  g_autofree char *expr = NULL;
  xmlXPathContext *context = xmlXPathNewContext (doc);
  xmlXPathObject *result;
  xmlChar *value;
  char *text;
  va_list args;

  va_start (args, format);
  expr = g_strdup_vprintf (format, args);
  va_end (args);
  xmlXPathRegisterNs (context, BAD_CAST "m", BAD_CAST MAIN_NS);
  result = xmlXPathEvalExpression (BAD_CAST expr, context);
  g_assert_nonnull (result);
  value = xmlXPathCastToString (result);
  text = g_strdup ((const char *) value);
  xmlFree (value);
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  return text;
}

static void
assert_query (xmlDoc     *doc,
              const char *expr,
              const char *expected)
{
  g_autofree char *value = query (doc, "%s", expr);

  g_assert_cmpstr (value, ==, expected);
}

/* A sheet's XML and its styles, and questions about cells and their styles. */
typedef struct {
  xmlDoc *sheet;
  xmlDoc *styles;
} Book;

static void
book_open (Book       *book,
           const char *path)
{
  book->sheet = read_part (path, "xl/worksheets/sheet1.xml");
  book->styles = read_part (path, "xl/styles.xml");
}

static void
book_clear (Book *book)
{
  g_clear_pointer (&book->sheet, xmlFreeDoc);
  g_clear_pointer (&book->styles, xmlFreeDoc);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Book, book_clear)

static char *
cell_text (Book       *book,
           const char *ref)
{
  g_autofree char *type = query (book->sheet, "string(//m:c[@r='%s']/@t)", ref);

  g_assert_cmpstr (type, ==, "inlineStr");
  return query (book->sheet, "string(//m:c[@r='%s']/m:is/m:t)", ref);
}

static char *
cell_value (Book       *book,
            const char *ref)
{
  return query (book->sheet, "string(//m:c[@r='%s']/m:v)", ref);
}

/* An attribute of the cell's format (an xf of cellXfs), or of what it points to. */
static char *
cell_style (Book       *book,
            const char *ref,
            const char *what)
{
  g_autofree char *s = query (book->sheet, "string(//m:c[@r='%s']/@s)", ref);
  guint64 index = *s != '\0' ? g_ascii_strtoull (s, NULL, 10) : 0;

  return query (book->styles, "string(/m:styleSheet/m:cellXfs/m:xf[%" G_GUINT64_FORMAT "]/%s)", index + 1, what);
}

static gboolean
cell_is_bold (Book       *book,
              const char *ref)
{
  g_autofree char *font = cell_style (book, ref, "@fontId");
  g_autofree char *n = query (book->styles, "count(/m:styleSheet/m:fonts/m:font[%s + 1]/m:b)", font);

  return g_str_equal (n, "1");
}

static char *
cell_font_color (Book       *book,
                 const char *ref)
{
  g_autofree char *font = cell_style (book, ref, "@fontId");

  return query (book->styles, "string(/m:styleSheet/m:fonts/m:font[%s + 1]/m:color/@rgb)", font);
}

static char *
cell_number_format (Book       *book,
                    const char *ref)
{
  g_autofree char *id = cell_style (book, ref, "@numFmtId");

  return query (book->styles, "string(/m:styleSheet/m:numFmts/m:numFmt[@numFmtId='%s']/@formatCode)", id);
}

#define ASSERT_CELL(call, expected) G_STMT_START { \
    g_autofree char *value_ = (call); \
    g_assert_cmpstr (value_, ==, (expected)); \
  } G_STMT_END

/* Text, long text, date, number, light: every kind of cell. */
static const HdSheetColumn sample_columns[] = {
  { "名称", HD_SHEET_TEXT },
  { "说明", HD_SHEET_LONG_TEXT },
  { "日期", HD_SHEET_DATE },
  { "数量", HD_SHEET_NUMBER },
  { "亮灯", HD_SHEET_LIGHT },
};

static const char long_text[] = "这是一段很长的说明文字，超过了一列能显示的宽度，所以在表格里应当自动换行显示出来。";

static const HdSheetCell sample_rows[][5] = {
  { { .text = "张三丰" }, { .text = "a,b" }, { .text = "2014-09-30" }, { .number = 3 },
    { .text = "红灯", .light = HD_LIGHT_RED } },
  { { .text = "=1+2" }, { .text = "他说\"好\"" }, { .text = NULL }, { .number = 12 },
    { .text = "绿灯", .light = HD_LIGHT_GREEN } },
  { { .text = "𠮷贠" }, { .text = "第一行\n第二行" }, { .text = "2014-10-01" }, { .number = 0 },
    { .text = "已销号", .light = HD_LIGHT_CLOSED } },
  { { .text = "-5" }, { .text = long_text }, { .text = "" }, { .number = 7 },
    { .text = "@x", .light = HD_LIGHT_YELLOW } },
  { { .text = "'=x" }, { .text = "+1" }, { .text = NULL }, { .number = 1 },
    { .text = "'plain", .light = HD_LIGHT_CLOSED_LATE } },
};

typedef gboolean (*AddRowFunc) (gpointer            writer,
                                const HdSheetCell  *cells,
                                GError            **error);
typedef gboolean (*FinishFunc) (gpointer   writer,
                                GError   **error);

/* Adds the sample rows with @add_row and finishes with @finish, checking that nothing is at
 * @path until the file is complete. */
static void
write_sample_rows (gpointer     writer,
                   AddRowFunc   add_row,
                   FinishFunc   finish,
                   const char  *path)
{
  g_autoptr(GError) error = NULL;

  for (guint r = 0; r < G_N_ELEMENTS (sample_rows); r++)
    {
      add_row (writer, sample_rows[r], &error);
      g_assert_no_error (error);
    }
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (finish (writer, &error));
  g_assert_no_error (error);
}

static void
test_csv_bytes (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "sample.csv", NULL);
  g_autoptr(HdCsvWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *content = NULL;

  writer = hd_csv_writer_new (path, sample_columns, G_N_ELEMENTS (sample_columns), &error);
  g_assert_no_error (error);
  write_sample_rows (writer, (AddRowFunc) hd_csv_writer_add_row, (FinishFunc) hd_csv_writer_finish, path);

  content = read_file (path);
  g_assert_cmpstr (content, ==,
                   "\xEF\xBB\xBF" "名称,说明,日期,数量,亮灯\r\n"
                   "张三丰,\"a,b\",2014-09-30,3,红灯\r\n"
                   "'=1+2,\"他说\"\"好\"\"\",,12,绿灯\r\n"
                   "𠮷贠,\"第一行\n第二行\",2014-10-01,0,已销号\r\n"
                   "'-5,这是一段很长的说明文字，超过了一列能显示的宽度，所以在表格里应当自动换行显示出来。,,7,'@x\r\n"
                   "''=x,'+1,,1,'plain\r\n");
  assert_n_files (dir, 1);
}

/* What the writer wrote, the importers read back as it was. */
static void
test_csv_reads_back (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "sample.csv", NULL);
  g_autoptr(HdCsvWriter) writer = NULL;
  g_autoptr(HdCsv) csv = NULL;
  g_autoptr(GError) error = NULL;
  const char *texts[] = { "=SUM(A1:A9)", "+86 138", "-", "@", "'", "''", "'=", "''+x", "a'=b", "普通", "" };

  writer = hd_csv_writer_new (path, sample_columns, 1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      HdSheetCell cell = { .text = texts[i] };

      g_assert_true (hd_csv_writer_add_row (writer, &cell, &error));
    }
  g_assert_true (hd_csv_writer_finish (writer, &error));
  g_assert_no_error (error);

  csv = hd_csv_parse_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hd_csv_get_encoding (csv), ==, HD_CSV_ENCODING_UTF8_BOM);
  /* The reader skips the blank record of "". */
  g_assert_cmpuint (hd_csv_get_n_records (csv), ==, G_N_ELEMENTS (texts) - 1);
  for (guint i = 0; i + 1 < G_N_ELEMENTS (texts); i++)
    {
      const char *field = hd_csv_get_field (csv, i, 0);

      /* Excel and WPS see no formula... */
      g_assert_false (field[0] == '=' || field[0] == '+' || field[0] == '-' || field[0] == '@');
      /* ...and the import the text as it was. */
      g_assert_cmpstr (hd_csv_unguard (field), ==, texts[i]);
    }
}

static void
test_csv_failures (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "sample.csv", NULL);
  g_autofree char *path = g_build_filename (dir, "sample.csv", NULL);
  g_autoptr(GError) error = NULL;
  HdCsvWriter *writer;

  writer = hd_csv_writer_new (missing, sample_columns, G_N_ELEMENTS (sample_columns), &error);
  g_assert_null (writer);
  g_assert_error (error, HD_SHEET_ERROR, HD_SHEET_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "sample.csv"));
  g_clear_error (&error);

  /* Given up half way: nothing is left, and a file there before stays as it was. */
  g_file_set_contents (path, "before", -1, &error);
  g_assert_no_error (error);
  writer = hd_csv_writer_new (path, sample_columns, G_N_ELEMENTS (sample_columns), &error);
  g_assert_no_error (error);
  g_assert_true (hd_csv_writer_add_row (writer, sample_rows[0], &error));
  hd_csv_writer_free (writer);
  assert_n_files (dir, 1);
  {
    g_autofree char *content = read_file (path);

    g_assert_cmpstr (content, ==, "before");
  }

  /* A folder in the file's place: the rename fails and takes its file with it. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  writer = hd_csv_writer_new (path, sample_columns, G_N_ELEMENTS (sample_columns), &error);
  g_assert_no_error (error);
  g_assert_false (hd_csv_writer_finish (writer, &error));
  g_assert_error (error, HD_SHEET_ERROR, HD_SHEET_ERROR_WRITE);
  hd_csv_writer_free (writer);
  assert_n_files (dir, 1);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  g_rmdir (path);
}

static char *
write_sample_xlsx (const char *dir)
{
  char *path = g_build_filename (dir, "sample.xlsx", NULL);
  g_autoptr(HdXlsxWriter) writer = NULL;
  g_autoptr(GError) error = NULL;

  writer = hd_xlsx_writer_new (path, "样表", sample_columns, G_N_ELEMENTS (sample_columns), &error);
  g_assert_no_error (error);
  /* Fitted to the first two rows only, as the export fits to its first rows. */
  hd_xlsx_writer_fit (writer, sample_rows[0]);
  hd_xlsx_writer_fit (writer, sample_rows[1]);
  g_assert_true (hd_xlsx_writer_begin (writer, G_N_ELEMENTS (sample_rows), &error));
  write_sample_rows (writer, (AddRowFunc) hd_xlsx_writer_add_row, (FinishFunc) hd_xlsx_writer_finish, path);
  return path;
}

static void
test_xlsx_read_back (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = write_sample_xlsx (dir);
  g_auto(Book) book = { NULL, NULL };
  xmlDoc *workbook;

  assert_n_files (dir, 1);
  book_open (&book, path);

  /* The header row frozen, an autofilter over it and every row. */
  assert_query (book.sheet, "string(//m:sheetView/m:pane/@state)", "frozen");
  assert_query (book.sheet, "string(//m:sheetView/m:pane/@ySplit)", "1");
  assert_query (book.sheet, "string(//m:sheetView/m:pane/@topLeftCell)", "A2");
  assert_query (book.sheet, "string(/m:worksheet/m:autoFilter/@ref)", "A1:E6");
  workbook = read_part (path, "xl/workbook.xml");
  assert_query (workbook, "string(//m:sheet/@name)", "样表");
  assert_query (workbook, "string(//m:definedName[@name='_xlnm._FilterDatabase'])", "'样表'!$A$1:$E$6");
  xmlFreeDoc (workbook);

  /* The header, bold. */
  ASSERT_CELL (cell_text (&book, "A1"), "名称");
  ASSERT_CELL (cell_text (&book, "E1"), "亮灯");
  g_assert_true (cell_is_bold (&book, "A1"));
  g_assert_false (cell_is_bold (&book, "A2"));

  /* Texts as they were, never formulas. */
  ASSERT_CELL (cell_text (&book, "A2"), "张三丰");
  ASSERT_CELL (cell_text (&book, "B2"), "a,b");
  ASSERT_CELL (cell_text (&book, "A3"), "=1+2");
  ASSERT_CELL (cell_text (&book, "B3"), "他说\"好\"");
  ASSERT_CELL (cell_text (&book, "A4"), "𠮷贠");
  ASSERT_CELL (cell_text (&book, "B4"), "第一行\n第二行");
  ASSERT_CELL (cell_text (&book, "A5"), "-5");
  ASSERT_CELL (cell_text (&book, "A6"), "'=x");
  assert_query (book.sheet, "count(//m:f)", "0");

  /* Numbers; dates as day numbers shown 2014年9月30日; empty cells left out. */
  ASSERT_CELL (cell_value (&book, "D3"), "12");
  ASSERT_CELL (cell_value (&book, "C2"), "41912");
  ASSERT_CELL (cell_value (&book, "C4"), "41913");
  ASSERT_CELL (cell_number_format (&book, "C2"), "yyyy\"年\"m\"月\"d\"日\"");
  assert_query (book.sheet, "count(//m:c[@r='C3'])", "0");
  assert_query (book.sheet, "count(//m:c[@r='C5'])", "0");

  /* Each light's word in its colour. */
  ASSERT_CELL (cell_text (&book, "E2"), "红灯");
  ASSERT_CELL (cell_font_color (&book, "E2"), "FFC01C28");
  ASSERT_CELL (cell_font_color (&book, "E3"), "FF1E7B4F");
  ASSERT_CELL (cell_font_color (&book, "E5"), "FF9C6500");
  ASSERT_CELL (cell_text (&book, "E5"), "@x");

  /* Texts wider than their column, or of several lines, wrap; the others do not. */
  ASSERT_CELL (cell_style (&book, "B5", "m:alignment/@wrapText"), "1");
  ASSERT_CELL (cell_style (&book, "B4", "m:alignment/@wrapText"), "1");
  ASSERT_CELL (cell_style (&book, "B2", "m:alignment/@wrapText"), "");
  ASSERT_CELL (cell_style (&book, "A4", "m:alignment/@wrapText"), "");

  /* Widths fitted to the header and the rows given, a CJK character counting two, plus two;
   * libxlsxwriter adds the padding Excel draws. */
  assert_query (book.sheet, "string(//m:col[@min='1']/@width)", "8.7109375");    /* 张三丰 6, "=1+2" 4 */
  assert_query (book.sheet, "string(//m:col[@min='2']/@width)", "10.7109375");   /* 他说"好" 8 */
  assert_query (book.sheet, "string(//m:col[@min='3']/@width)", "16.7109375");   /* a date */
  assert_query (book.sheet, "string(//m:col[@min='4']/@width)", "6.7109375");    /* 数量 4 */
  assert_query (book.sheet, "string(//m:col[@min='5']/@width)", "6.7109375");    /* 亮灯 4 */
}

static void
test_xlsx_failures (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "sample.xlsx", NULL);
  g_autofree char *path = g_build_filename (dir, "sample.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  HdXlsxWriter *writer;

  writer = hd_xlsx_writer_new (missing, "样表", sample_columns, G_N_ELEMENTS (sample_columns), &error);
  g_assert_null (writer);
  g_assert_error (error, HD_SHEET_ERROR, HD_SHEET_ERROR_WRITE);
  g_clear_error (&error);

  writer = hd_xlsx_writer_new (path, "样表", sample_columns, G_N_ELEMENTS (sample_columns), &error);
  g_assert_no_error (error);
  g_assert_false (hd_xlsx_writer_begin (writer, 1048576, &error));
  g_assert_error (error, HD_SHEET_ERROR, HD_SHEET_ERROR_TOO_MANY_ROWS);
  hd_xlsx_writer_free (writer);
  assert_n_files (dir, 0);
  g_clear_error (&error);

  /* Given up after some rows. */
  writer = hd_xlsx_writer_new (path, "样表", sample_columns, G_N_ELEMENTS (sample_columns), &error);
  g_assert_true (hd_xlsx_writer_begin (writer, 2, &error));
  g_assert_true (hd_xlsx_writer_add_row (writer, sample_rows[0], &error));
  g_assert_no_error (error);
  hd_xlsx_writer_free (writer);
  assert_n_files (dir, 0);
}

/* A county with a township and a village, the names in the same order each time. */
typedef struct {
  gint64 county;
  gint64 town;
  gint64 village;
} Units;

static void
make_units (HdStore *store,
            Units   *units)
{
  units->county = hd_test_add_unit (store, 0, HD_UNIT_KIND_COUNTY, "示范县");
  units->town = hd_test_add_unit (store, units->county, HD_UNIT_KIND_TOWNSHIP, "城关镇");
  units->village = hd_test_add_unit (store, units->town, HD_UNIT_KIND_VILLAGE, "贠庄村");
}

typedef struct {
  HdTestDb   db;
  Units    units;
  GDate    today;
} Fixture;

static gint64
add_task (Fixture            *f,
          const HdTaskFields *fields)
{
  g_autoptr(GError) error = NULL;
  gint64 id = hd_task_create (f->db.store, NULL, fields, &error);

  g_assert_no_error (error);
  return id;
}

/* Four tasks that need every kind of care: commas, quotes, line breaks, formula starts, 𠮷 and 贠,
 * a closed task, a long-term one with review dates and one without, a progress log. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  hd_test_db_set_up (&f->db, "ledger.db", 0);
  make_units (f->db.store, &f->units);
  hd_test_set_today (&f->today);

  id = add_task (f, &(HdTaskFields) {
    .unit_id = f->units.town, .plan = HD_TASK_PLAN_RECTIFICATION, .kind = HD_TASK_KIND_DEADLINE,
    .problem = "文山会海，会议多\"文件\"多", .measures = "精简会议\n合并文件", .goal = "=会议减少三成",
    .leader = "𠮷祥", .person = "贠建国", .deadline = "2014-10-31" });
  hd_task_add_progress (f->db.store, NULL, id, "2014-09-10", "已制定办法", &error);
  hd_task_add_progress (f->db.store, NULL, id, "2014-09-20", "-已召开专题会, 正在落实", &error);
  g_assert_no_error (error);

  id = add_task (f, &(HdTaskFields) {
    .unit_id = f->units.county, .plan = HD_TASK_PLAN_SPECIAL, .kind = HD_TASK_KIND_IMMEDIATE,
    .problem = "公车私用", .measures = "+统一停放", .goal = "@杜绝公车私用",
    .leader = "王五", .person = "赵六", .deadline = "2014-09-15" });
  hd_task_set_result (f->db.store, NULL, id, "已统一停放", HD_VERDICT_SATISFIED, &error);
  hd_task_close (f->db.store, NULL, id, "2014-09-12", &error);
  g_assert_no_error (error);

  id = add_task (f, &(HdTaskFields) {
    .unit_id = f->units.village, .plan = HD_TASK_PLAN_INSTITUTION, .kind = HD_TASK_KIND_LONG_TERM,
    .problem = "'=村务公开不及时", .measures = "建立村务公开制度" });
  hd_task_add_review (f->db.store, NULL, id, "2014-08-01", &error);
  hd_task_add_review (f->db.store, NULL, id, "2014-12-31", &error);
  g_assert_no_error (error);

  add_task (f, &(HdTaskFields) {
    .unit_id = f->units.county, .plan = HD_TASK_PLAN_INSTITUTION, .kind = HD_TASK_KIND_LONG_TERM,
    .problem = "例会制度" });
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->db);
}

static char *
export_ledger (Fixture       *f,
               HdSheetFormat  format,
               const char    *name)
{
  char *path = g_build_filename (f->db.dir, name, NULL);
  g_autoptr(GError) error = NULL;
  HdLedgerQuery query;
  guint n_rows = 0;

  hd_ledger_query_init (&query, &f->today);
  query.unit_id = f->units.county;
  g_assert_true (hd_sheet_export_ledger (f->db.store, &query, format, path, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 4);
  return path;
}

static void
test_ledger_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = export_ledger (f, HD_SHEET_FORMAT_CSV, "ledger.csv");
  g_autofree char *content = read_file (path);

  /* The import's columns and words, in the ledger's order: by unit, then number. */
  g_assert_cmpstr (content, ==,
                   "\xEF\xBB\xBF"
                   "所属方案,整改类型,责任单位,问题,整改措施,整改目标,责任领导,责任人,完成时限,整改进展,完成情况,群众评价,销号日期\r\n"
                   "专项整治方案,立行立改,示范县,公车私用,'+统一停放,'@杜绝公车私用,王五,赵六,2014-09-15,,已统一停放,满意,2014-09-12\r\n"
                   "制度建设计划,长期坚持,示范县,例会制度,,,,,,,,,\r\n"
                   "整改方案,限期整改,示范县/城关镇,\"文山会海，会议多\"\"文件\"\"多\",\"精简会议\n合并文件\",'=会议减少三成,"
                   "𠮷祥,贠建国,2014-10-31,\"'-已召开专题会, 正在落实\",,,\r\n"
                   "制度建设计划,长期坚持,示范县/城关镇/贠庄村,''=村务公开不及时,建立村务公开制度,,,,2014-12-31,,,,\r\n");
}

static HdTask *
find_task (HdStore    *store,
           const char *problem)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = hd_store_prepare (store, "SELECT id FROM task WHERE problem = ?1", &error);
  gint64 id = 0;
  HdTask *task;

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, problem, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  g_assert_cmpint (id, !=, 0);
  task = hd_task_load (store, id, &error);
  g_assert_no_error (error);
  return task;
}

/* Exported, then imported into a new database with the same units: the same tasks. */
static void
test_ledger_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  static const char * const problems[] = {
    "文山会海，会议多\"文件\"多", "公车私用", "'=村务公开不及时", "例会制度",
  };
  g_autofree char *path = export_ledger (f, HD_SHEET_FORMAT_CSV, "ledger.csv");
  g_autoptr(HdStore) copy = hd_test_open_store (f->db.dir, "copy.db");
  g_autoptr(HdLedgerImport) import = NULL;
  g_autoptr(HdLedgerImport) again = NULL;
  g_autoptr(GError) error = NULL;
  Units units;

  make_units (copy, &units);
  import = hd_ledger_import_new_from_file (copy, path, &f->today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hd_import_get_n_bad (HD_IMPORT (import)), ==, 0);
  g_assert_cmpuint (hd_import_count (HD_IMPORT (import), HD_LEDGER_IMPORT_ADD), ==, 4);
  g_assert_null (hd_import_get_ignored_columns (HD_IMPORT (import))[0]);
  g_assert_true (hd_import_apply (HD_IMPORT (import), NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (copy, "SELECT count(*) FROM task"), ==, 4);

  for (guint i = 0; i < G_N_ELEMENTS (problems); i++)
    {
      g_autoptr(HdTask) a = find_task (f->db.store, problems[i]);
      g_autoptr(HdTask) b = find_task (copy, problems[i]);
      const char * const *reviews = hd_task_get_reviews (b);

      g_assert_cmpint (hd_task_get_unit_id (b), ==, hd_task_get_unit_id (a));
      g_assert_cmpint (hd_task_get_plan (b), ==, hd_task_get_plan (a));
      g_assert_cmpint (hd_task_get_kind (b), ==, hd_task_get_kind (a));
      g_assert_cmpstr (hd_task_get_problem (b), ==, hd_task_get_problem (a));
      g_assert_cmpstr (hd_task_get_measures (b), ==, hd_task_get_measures (a));
      g_assert_cmpstr (hd_task_get_goal (b), ==, hd_task_get_goal (a));
      g_assert_cmpstr (hd_task_get_leader (b), ==, hd_task_get_leader (a));
      g_assert_cmpstr (hd_task_get_person (b), ==, hd_task_get_person (a));
      g_assert_cmpstr (hd_task_get_deadline (b), ==, hd_task_get_deadline (a));
      g_assert_cmpstr (hd_task_get_last_progress (b), ==, hd_task_get_last_progress (a));
      g_assert_cmpstr (hd_task_get_result (b), ==, hd_task_get_result (a));
      g_assert_cmpint (hd_task_get_verdict (b), ==, hd_task_get_verdict (a));
      g_assert_cmpstr (hd_task_get_closed (b), ==, hd_task_get_closed (a));
      g_assert_cmpint (hd_task_get_light (b, &f->today, 3), ==, hd_task_get_light (a, &f->today, 3));
      /* A ledger file has one date for a long-term task: the next review. */
      g_assert_cmpstr (hd_task_get_next_review (b, &f->today), ==, hd_task_get_next_review (a, &f->today));
      if (hd_task_get_kind (a) == HD_TASK_KIND_LONG_TERM)
        g_assert_cmpuint (g_strv_length ((GStrv) reviews), ==, g_str_equal (problems[i], "例会制度") ? 0 : 1);
    }

  /* And imported into the database it came from, it changes nothing. */
  again = hd_ledger_import_new_from_file (f->db.store, path, &f->today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hd_import_count (HD_IMPORT (again), HD_LEDGER_IMPORT_UNCHANGED), ==, 4);
}

static void
test_ledger_xlsx (Fixture       *f,
                  gconstpointer  data)
{
  static const char * const headers[] = {
    "序号", "亮灯情况", "所属方案", "整改类型", "责任单位", "问题", "整改措施", "整改目标",
    "责任领导", "责任人", "完成时限", "整改进展", "完成情况", "群众评价", "销号日期",
  };
  g_autofree char *path = export_ledger (f, HD_SHEET_FORMAT_XLSX, "ledger.xlsx");
  g_auto(Book) book = { NULL, NULL };

  book_open (&book, path);
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      char ref[4] = { (char) ('A' + i), '1', '\0' };

      ASSERT_CELL (cell_text (&book, ref), headers[i]);
      g_assert_true (cell_is_bold (&book, ref));
    }
  assert_query (book.sheet, "string(/m:worksheet/m:autoFilter/@ref)", "A1:O5");
  assert_query (book.sheet, "string(//m:sheetView/m:pane/@state)", "frozen");
  assert_query (book.sheet, "count(//m:row)", "5");

  /* Row 2: the closed task of the county. */
  ASSERT_CELL (cell_value (&book, "A2"), "1");
  ASSERT_CELL (cell_text (&book, "B2"), hd_light_get_label (HD_LIGHT_CLOSED));
  ASSERT_CELL (cell_font_color (&book, "B2"), "FF808080");
  ASSERT_CELL (cell_text (&book, "E2"), "示范县");
  ASSERT_CELL (cell_text (&book, "G2"), "+统一停放");
  ASSERT_CELL (cell_value (&book, "K2"), "41897");
  ASSERT_CELL (cell_value (&book, "O2"), "41894");
  ASSERT_CELL (cell_number_format (&book, "O2"), "yyyy\"年\"m\"月\"d\"日\"");
  ASSERT_CELL (cell_text (&book, "N2"), "满意");
  /* Row 4: the township's open task, green a month before its deadline. */
  ASSERT_CELL (cell_value (&book, "A4"), "3");
  ASSERT_CELL (cell_text (&book, "B4"), hd_light_get_label (HD_LIGHT_GREEN));
  ASSERT_CELL (cell_font_color (&book, "B4"), "FF1E7B4F");
  ASSERT_CELL (cell_text (&book, "F4"), "文山会海，会议多\"文件\"多");
  ASSERT_CELL (cell_text (&book, "G4"), "精简会议\n合并文件");
  ASSERT_CELL (cell_style (&book, "G4", "m:alignment/@wrapText"), "1");
  ASSERT_CELL (cell_text (&book, "H4"), "=会议减少三成");
  ASSERT_CELL (cell_text (&book, "I4"), "𠮷祥");
  ASSERT_CELL (cell_text (&book, "J4"), "贠建国");
  ASSERT_CELL (cell_value (&book, "K4"), "41943");
  ASSERT_CELL (cell_text (&book, "L4"), "-已召开专题会, 正在落实");
  /* Row 5: the village's long-term task, its next review as its date. */
  ASSERT_CELL (cell_text (&book, "E5"), "示范县/城关镇/贠庄村");
  ASSERT_CELL (cell_value (&book, "K5"), "42004");
  assert_query (book.sheet, "count(//m:f)", "0");
  /* 责任单位 fitted to 示范县/城关镇/贠庄村: 9 CJK characters and 2 slashes, plus two. */
  assert_query (book.sheet, "string(//m:col[@min='5']/@width)", "22.7109375");
}

static void
test_opinions (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (f->db.dir, "opinions.csv", NULL);
  g_autofree char *xlsx = g_build_filename (f->db.dir, "opinions.xlsx", NULL);
  g_autofree char *content = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Book) book = { NULL, NULL };
  HdOpinionFilter filter;
  guint n_rows = 0;

  hd_opinion_create (f->db.store, NULL, &(HdOpinionFields) {
    .channel = HD_OPINION_CHANNEL_HOTLINE, .received = "2014-09-01", .unit_id = f->units.village,
    .category = HD_CATEGORY_FORMALISM, .content = "村干部𠮷某坐班不落实,群众\"找不到人\"" }, &f->today, &error);
  hd_opinion_create (f->db.store, NULL, &(HdOpinionFields) {
    .channel = HD_OPINION_CHANNEL_BOX, .received = "2014-09-02", .unit_id = f->units.county,
    .category = HD_CATEGORY_OTHER, .content = "=HYPERLINK(\"x\")" }, &f->today, &error);
  g_assert_no_error (error);

  hd_opinion_filter_init (&filter);
  filter.unit_id = f->units.town;
  g_assert_true (hd_sheet_export_opinions (f->db.store, &filter, HD_SHEET_FORMAT_CSV, csv, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 1);
  content = read_file (csv);
  /* The list's headings and words, untranslated here. */
  g_assert_cmpstr (content, ==,
                   "\xEF\xBB\xBF" "Date,Channel,Unit,Category,Status,Content\r\n"
                   "2014-09-01,Hotline,示范县/城关镇/贠庄村,Formalism,Received,\"村干部𠮷某坐班不落实,群众\"\"找不到人\"\"\"\r\n");

  /* Newest first, as the list shows them. */
  filter.unit_id = 0;
  g_assert_true (hd_sheet_export_opinions (f->db.store, &filter, HD_SHEET_FORMAT_XLSX, xlsx, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 2);
  book_open (&book, xlsx);
  ASSERT_CELL (cell_text (&book, "A1"), "Date");
  ASSERT_CELL (cell_value (&book, "A2"), "41884");
  ASSERT_CELL (cell_text (&book, "B2"), "Opinion box");
  ASSERT_CELL (cell_text (&book, "F2"), "=HYPERLINK(\"x\")");
  ASSERT_CELL (cell_text (&book, "C3"), "示范县/城关镇/贠庄村");
  ASSERT_CELL (cell_text (&book, "F3"), "村干部𠮷某坐班不落实,群众\"找不到人\"");
  assert_query (book.sheet, "string(/m:worksheet/m:autoFilter/@ref)", "A1:F3");
}

/* An unknown unit fails before any file is made. */
static void
test_bad_unit (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->db.dir, "ledger.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  HdLedgerQuery query;

  hd_ledger_query_init (&query, &f->today);
  query.unit_id = 999;
  g_assert_false (hd_sheet_export_ledger (f->db.store, &query, HD_SHEET_FORMAT_XLSX, path, NULL, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sheets/csv/bytes", test_csv_bytes);
  g_test_add_func ("/sheets/csv/reads-back", test_csv_reads_back);
  g_test_add_func ("/sheets/csv/failures", test_csv_failures);
  g_test_add_func ("/sheets/xlsx/read-back", test_xlsx_read_back);
  g_test_add_func ("/sheets/xlsx/failures", test_xlsx_failures);
  g_test_add ("/sheets/ledger/csv", Fixture, NULL, fixture_set_up, test_ledger_csv, fixture_tear_down);
  g_test_add ("/sheets/ledger/round-trip", Fixture, NULL, fixture_set_up, test_ledger_round_trip, fixture_tear_down);
  g_test_add ("/sheets/ledger/xlsx", Fixture, NULL, fixture_set_up, test_ledger_xlsx, fixture_tear_down);
  g_test_add ("/sheets/opinions", Fixture, NULL, fixture_set_up, test_opinions, fixture_tear_down);
  g_test_add ("/sheets/bad-unit", Fixture, NULL, fixture_set_up, test_bad_unit, fixture_tear_down);

  return g_test_run ();
}

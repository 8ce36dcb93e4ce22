/* test-csv.c — the CSV reader for spreadsheets saved by Excel and WPS. */
#include "import/hd-csv.h"

static HdCsv *
parse_ok (const char *text,
          gssize      length)
{
  g_autoptr(GError) error = NULL;
  HdCsv *csv = hd_csv_parse (text, length < 0 ? strlen (text) : (gsize) length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (csv);
  return csv;
}

static void
test_utf8 (void)
{
  g_autoptr(HdCsv) csv = parse_ok ("单位, 姓名 ,联系电话\n城关镇,贠𠮷,13800138000\n", -1);

  g_assert_cmpint (hd_csv_get_encoding (csv), ==, HD_CSV_ENCODING_UTF8);
  g_assert_cmpuint (hd_csv_get_n_columns (csv), ==, 3);
  g_assert_cmpint (hd_csv_find_column (csv, "姓名"), ==, 1);
  g_assert_cmpint (hd_csv_find_column (csv, "性别"), ==, -1);
  g_assert_cmpuint (hd_csv_get_n_records (csv), ==, 1);
  g_assert_cmpstr (hd_csv_get_field (csv, 0, 0), ==, "城关镇");
  g_assert_cmpstr (hd_csv_get_field (csv, 0, 1), ==, "贠𠮷");
  g_assert_cmpstr (hd_csv_get_field (csv, 0, 2), ==, "13800138000");
  g_assert_cmpuint (hd_csv_get_row_number (csv, 0), ==, 2);
}

/* Fields picked by header, in the caller's order: a missing column gives "", a guarded formula
 * its text (the quote an export put before "=" taken off), a short record "". */
static void
test_fields_by_header (void)
{
  g_autoptr(HdCsv) csv = parse_ok ("联系电话,单位,姓名\n13800138000,城关镇,'=贠𠮷\n,王庄村\n", -1);
  static const char * const names[] = { "姓名", "性别", "单位", "联系电话" };
  int columns[G_N_ELEMENTS (names)];
  const char *fields[G_N_ELEMENTS (names)];

  hd_csv_find_columns (csv, names, G_N_ELEMENTS (names), columns);
  g_assert_cmpint (columns[0], ==, 2);
  g_assert_cmpint (columns[1], ==, -1);
  g_assert_cmpint (columns[2], ==, 1);
  g_assert_cmpint (columns[3], ==, 0);

  hd_csv_get_fields (csv, 0, columns, G_N_ELEMENTS (names), fields);
  g_assert_cmpstr (fields[0], ==, "=贠𠮷");
  g_assert_cmpstr (fields[1], ==, "");
  g_assert_cmpstr (fields[2], ==, "城关镇");
  g_assert_cmpstr (fields[3], ==, "13800138000");

  hd_csv_get_fields (csv, 1, columns, G_N_ELEMENTS (names), fields);
  g_assert_cmpstr (fields[0], ==, "");
  g_assert_cmpstr (fields[2], ==, "王庄村");
  g_assert_cmpstr (fields[3], ==, "");
}

static void
test_bom (void)
{
  g_autoptr(HdCsv) csv = parse_ok ("\xEF\xBB\xBF姓名,性别\r\n张三,男\r\n", -1);

  g_assert_cmpint (hd_csv_get_encoding (csv), ==, HD_CSV_ENCODING_UTF8_BOM);
  /* The BOM must not stick to the first column's name. */
  g_assert_cmpint (hd_csv_find_column (csv, "姓名"), ==, 0);
  g_assert_cmpstr (hd_csv_get_field (csv, 0, 1), ==, "男");
}

static void
test_gb18030 (void)
{
  const char *utf8 = "单位,姓名\n东关街道,贠建国\n";
  gsize length = 0;
  g_autofree char *gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &length, NULL);
  g_autoptr(HdCsv) csv = NULL;

  g_assert_nonnull (gb);
  g_assert_false (g_utf8_validate (gb, length, NULL));
  csv = parse_ok (gb, length);
  g_assert_cmpint (hd_csv_get_encoding (csv), ==, HD_CSV_ENCODING_GB18030);
  g_assert_cmpstr (hd_csv_get_field (csv, 0, 0), ==, "东关街道");
  g_assert_cmpstr (hd_csv_get_field (csv, 0, 1), ==, "贠建国");
}

static void
test_quoting (void)
{
  g_autoptr(HdCsv) csv = parse_ok ("问题,整改措施,备注\n"
                                   "\"会议多,文件多\",\"他说\"\"马上改\"\"\",\"第一行\n第二行\"\n"
                                   "下一条,措施,\n",
                                   -1);

  g_assert_cmpuint (hd_csv_get_n_records (csv), ==, 2);
  g_assert_cmpstr (hd_csv_get_field (csv, 0, 0), ==, "会议多,文件多");
  g_assert_cmpstr (hd_csv_get_field (csv, 0, 1), ==, "他说\"马上改\"");
  g_assert_cmpstr (hd_csv_get_field (csv, 0, 2), ==, "第一行\n第二行");
  /* The line break inside the quotes does not make a new spreadsheet row. */
  g_assert_cmpuint (hd_csv_get_row_number (csv, 0), ==, 2);
  g_assert_cmpuint (hd_csv_get_row_number (csv, 1), ==, 3);
  g_assert_cmpstr (hd_csv_get_field (csv, 1, 2), ==, "");
}

static void
test_blank_and_short_rows (void)
{
  g_autoptr(HdCsv) csv = parse_ok ("姓名,性别,职务\n张三,男,书记\n\n,,\n李四\n", -1);

  g_assert_cmpuint (hd_csv_get_n_records (csv), ==, 2);
  g_assert_cmpuint (hd_csv_get_row_number (csv, 0), ==, 2);
  /* Blank rows are skipped but still counted, as the spreadsheet numbers them. */
  g_assert_cmpuint (hd_csv_get_row_number (csv, 1), ==, 5);
  g_assert_cmpstr (hd_csv_get_field (csv, 1, 0), ==, "李四");
  g_assert_cmpstr (hd_csv_get_field (csv, 1, 2), ==, "");
}

static void
test_no_final_newline (void)
{
  g_autoptr(HdCsv) csv = parse_ok ("姓名\n张三\n李四", -1);

  g_assert_cmpuint (hd_csv_get_n_records (csv), ==, 2);
  g_assert_cmpstr (hd_csv_get_field (csv, 1, 0), ==, "李四");
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  HdCsv *csv;

  csv = hd_csv_parse ("姓名,备注\n张三,\"没有结束\n李四,好\n", strlen ("姓名,备注\n张三,\"没有结束\n李四,好\n"), &error);
  g_assert_null (csv);
  g_assert_error (error, HD_CSV_ERROR, HD_CSV_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "Row 2:"));
  g_clear_error (&error);

  csv = hd_csv_parse ("\n\n", 2, &error);
  g_assert_null (csv);
  g_assert_error (error, HD_CSV_ERROR, HD_CSV_ERROR_EMPTY);
  g_clear_error (&error);

  /* 0xFF starts no character in UTF-8 or in GB18030. */
  csv = hd_csv_parse ("\xff\xfe\xff,\xff\n", 6, &error);
  g_assert_null (csv);
  g_assert_error (error, HD_CSV_ERROR, HD_CSV_ERROR_ENCODING);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/utf8", test_utf8);
  g_test_add_func ("/csv/fields-by-header", test_fields_by_header);
  g_test_add_func ("/csv/bom", test_bom);
  g_test_add_func ("/csv/gb18030", test_gb18030);
  g_test_add_func ("/csv/quoting", test_quoting);
  g_test_add_func ("/csv/blank-and-short-rows", test_blank_and_short_rows);
  g_test_add_func ("/csv/no-final-newline", test_no_final_newline);
  g_test_add_func ("/csv/errors", test_errors);

  return g_test_run ();
}

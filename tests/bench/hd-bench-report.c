/* hd-bench-report.c — the layout engine on a ledger the size of the county's: 9,000 rows of ten
 * columns, landscape. Prints the time to lay it out (pages counted) and to write the PDF.
 *
 *   hd-bench-report OUT_DIR
 */
#include <locale.h>

#include "layout/hd-document.h"

static const char * const units[] = {
  "县委办公室", "县人力资源和社会保障局", "县发展和改革局", "城关镇党委", "县住房和城乡建设局",
  "县教育局", "县卫生和计划生育局", "县公安局交通警察大队", "县民政局", "县财政局",
};
static const char * const measures[] = {
  "进一步精简会议文件，严格控制会议规模和时间",
  "切实改进会风文风，提高会议实效",
  "建立健全联系服务群众制度，落实领导干部下基层调研",
  "清理规范公务用车，严格执行配备标准",
  "开展“庸懒散奢”专项整治，对发现的问题严肃追责问责，并在全县范围内通报",
};
static const char * const people[] = { "张三", "李四", "王五", "吉𠮷", "欧阳明", "贠㛃" };
static const char * const states[] = { "已完成", "正在推进", "逾期未完成" };

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

int
main (int argc, char *argv[])
{
  g_autoptr(HdDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  HdTable *table;
  GRand *rand;
  double start, laid_out, written;
  guint n_pages;

  setlocale (LC_ALL, "");
  if (argc != 2)
    {
      g_printerr ("usage: hd-bench-report OUT_DIR\n");
      return 2;
    }

  rand = g_rand_new_with_seed (9704);
  table = hd_table_new ();
  hd_table_add_column (table, "序号", 10, 0, HD_TABLE_COLUMN_KEY | HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, "问题", 30, 2, 0);
  hd_table_add_column (table, "整改措施", 40, 3, 0);
  hd_table_add_column (table, "责任单位", 20, 1, HD_TABLE_COLUMN_KEY);
  hd_table_add_column (table, "责任领导", 12, 0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, "责任人", 12, 0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, "完成时限", 18, 0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, "进展情况", 15, 0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, "完成日期", 18, 0, HD_TABLE_COLUMN_CENTER);
  hd_table_add_column (table, "备注", 12, 1, 0);

  start = now ();
  for (guint i = 0; i < 9000; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *problem = g_strdup_printf ("第%u条：%s", i + 1,
                                                  measures[g_rand_int_range (rand, 0, 5)]);
      g_autofree char *measure = g_strconcat (measures[g_rand_int_range (rand, 0, 5)], "；",
                                              measures[g_rand_int_range (rand, 0, 5)], NULL);
      g_autofree char *due = g_strdup_printf ("2014-%02d-%02d", g_rand_int_range (rand, 7, 13),
                                              g_rand_int_range (rand, 1, 29));
      const char *cells[] = {
        number, problem, measure, units[g_rand_int_range (rand, 0, 10)],
        people[g_rand_int_range (rand, 0, 6)], people[g_rand_int_range (rand, 0, 6)], due,
        states[g_rand_int_range (rand, 0, 3)], i % 3 == 0 ? due : NULL, NULL,
      };

      hd_table_append_row (table, cells);
    }
  g_rand_free (rand);

  doc = hd_document_new (NULL, HD_PAGE_LANDSCAPE);
  hd_document_add_text (doc, hd_text_new_title ("整改落实台账"));
  hd_document_add_table (doc, table);
  n_pages = hd_document_get_n_pages (doc);
  laid_out = now ();

  path = g_build_filename (argv[1], "ledger.pdf", NULL);
  if (!hd_document_write_pdf (doc, path, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  written = now ();

  g_print ("report_ledger_layout\t%.3f s\t< 5 s (9,000 rows, %u pages)\n", laid_out - start, n_pages);
  g_print ("report_ledger_pdf\t%.3f s\t(all %u pages drawn and written)\n", written - laid_out, n_pages);
  return 0;
}

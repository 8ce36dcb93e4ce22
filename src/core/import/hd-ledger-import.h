/* hd-ledger-import.h — rectification ledgers from spreadsheets (CSV saved by Excel or WPS).
 *
 * Columns, by their Chinese headers in any order: 责任单位 (the unit's full path, e.g.
 * 示范县/城关镇), 问题, 整改措施, 整改目标, 责任领导, 责任人, 完成时限, 整改类型 (立行立改 / 限期整改 /
 * 长期坚持), 所属方案 (整改方案 / 专项整治方案 / 制度建设计划), 整改进展, 完成情况, 群众评价 (满意 /
 * 基本满意 / 不满意 / empty), 销号日期. Dates as clerks type them: 2014-09-30, 2014/9/30,
 * 2014.9.30, 2014年9月30日. A long-term task may leave 完成时限 empty; when it has one, that day
 * becomes a review date. A closed row (销号日期) without 完成情况, without a verdict or with 不满意
 * is a bad row.
 *
 * Reading plans every row and writes nothing; applying writes every row or none, as one edit.
 * A task is the same task when its unit, its problem text and its plan are the same: importing
 * a file again updates those tasks instead of adding them twice. 整改进展 becomes a progress entry
 * (dated by its 销号日期, else today) unless it is already the task's latest entry.
 */
#pragma once

#include "import/hd-import.h"
#include "ledger/hd-task.h"

G_BEGIN_DECLS

/* The columns of a ledger file, in the order an exported one has them. */
typedef enum {
  HD_LEDGER_COLUMN_PLAN,
  HD_LEDGER_COLUMN_KIND,
  HD_LEDGER_COLUMN_UNIT,
  HD_LEDGER_COLUMN_PROBLEM,
  HD_LEDGER_COLUMN_MEASURES,
  HD_LEDGER_COLUMN_GOAL,
  HD_LEDGER_COLUMN_LEADER,
  HD_LEDGER_COLUMN_PERSON,
  HD_LEDGER_COLUMN_DEADLINE,
  HD_LEDGER_COLUMN_PROGRESS,
  HD_LEDGER_COLUMN_RESULT,
  HD_LEDGER_COLUMN_VERDICT,
  HD_LEDGER_COLUMN_CLOSED,
} HdLedgerColumn;

#define HD_LEDGER_N_COLUMNS (HD_LEDGER_COLUMN_CLOSED + 1)

/* The words of ledger files, which the export writes so that its files read back: the column
 * headers, and the words for plans, kinds and verdicts ("" for no verdict). They are data as the
 * offices' spreadsheets have them, the same in every language. */
const char  *hd_ledger_column_get_header (HdLedgerColumn column);
const char  *hd_ledger_plan_get_word     (HdTaskPlan     plan);
const char  *hd_ledger_kind_get_word     (HdTaskKind     kind);
const char  *hd_ledger_verdict_get_word  (HdVerdict      verdict);

typedef enum {
  HD_LEDGER_IMPORT_ADD,
  HD_LEDGER_IMPORT_UPDATE,
  HD_LEDGER_IMPORT_UNCHANGED,
  HD_LEDGER_IMPORT_BAD,
} HdLedgerImportAction;

#define HD_TYPE_LEDGER_IMPORT_ROW (hd_ledger_import_row_get_type ())
G_DECLARE_FINAL_TYPE (HdLedgerImportRow, hd_ledger_import_row, HD, LEDGER_IMPORT_ROW, GObject)

guint                 hd_ledger_import_row_get_number    (HdLedgerImportRow *self);  /* as the spreadsheet shows it */
HdLedgerImportAction  hd_ledger_import_row_get_action    (HdLedgerImportRow *self);
const char           *hd_ledger_import_row_get_reason    (HdLedgerImportRow *self);  /* why it is bad, or NULL */
const char           *hd_ledger_import_row_get_unit_path (HdLedgerImportRow *self);
const char           *hd_ledger_import_row_get_problem   (HdLedgerImportRow *self);
HdTaskPlan            hd_ledger_import_row_get_plan      (HdLedgerImportRow *self);
HdTaskKind            hd_ledger_import_row_get_kind      (HdLedgerImportRow *self);
const char           *hd_ledger_import_row_get_deadline  (HdLedgerImportRow *self);  /* ISO, or NULL */
const char           *hd_ledger_import_row_get_closed    (HdLedgerImportRow *self);  /* ISO, or NULL */
/* Translated, for the preview: "Add", "Update", "Unchanged", "Bad row". */
const char           *hd_ledger_import_action_get_label  (HdLedgerImportAction action);

#define HD_TYPE_LEDGER_IMPORT (hd_ledger_import_get_type ())
G_DECLARE_FINAL_TYPE (HdLedgerImport, hd_ledger_import, HD, LEDGER_IMPORT, HdImport)
/* Its rows (HdLedgerImportRow, in file order), counts and writing: hd_import_get_rows () and the rest of
 * hd-import.h. */

/* @today dates the progress entries of open tasks. */
HdLedgerImport     *hd_ledger_import_new_from_file      (HdStore        *store,
                                                         const char     *path,
                                                         const GDate    *today,
                                                         GError        **error);
HdLedgerImport     *hd_ledger_import_new_from_data      (HdStore        *store,
                                                         const char     *data,
                                                         gsize           length,
                                                         const GDate    *today,
                                                         GError        **error);

G_END_DECLS

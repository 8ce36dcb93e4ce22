/* hd-form-private.h — what the forms share: their tasks read one at a time with progress and
 * cancelling, the units' names, dates as printed, and the document's frame. */
#pragma once

#include "forms/hd-form.h"
#include "organisation/hd-unit-path-names.h"

G_BEGIN_DECLS

/* The tasks of a form, in the ledger's order. */
typedef struct {
  HdStore             *store;
  const HdLedgerQuery *query;
  const HdFormOptions *options;
  GArray              *ids;          /* every task's id, read first: their number is the total */
  guint                next;
  HdUnitPathNames     *unit_names;   /* names below the query's unit */
  char                *unit_name;    /* the query's unit's own name; NULL for every unit */
  gboolean             reading;      /* holds the read transaction it began */
} HdFormTasks;

/* Reads which tasks @query selects (perhaps none: each form says what that means). The form reads
 * in one read transaction, until hd_form_tasks_clear(): one snapshot however others write, and
 * the database's lock taken once instead of for every task. */
gboolean     hd_form_tasks_init       (HdFormTasks          *tasks,
                                       HdStore              *store,
                                       const HdLedgerQuery  *query,
                                       const HdFormOptions  *options,
                                       GError              **error);
void         hd_form_tasks_clear      (HdFormTasks          *tasks);
/* What a form does with each task, @number counting from 1; FALSE (with the error) stops. */
typedef gboolean (*HdFormTaskFunc) (HdFormTasks  *tasks,
                                    HdTask       *task,
                                    guint         number,
                                    gpointer      user_data,
                                    GError      **error);
/* Reads the tasks one at a time, in order, and hands each to @func; FALSE on a failure to read,
 * when cancelled or when @func fails. */
gboolean     hd_form_tasks_each       (HdFormTasks          *tasks,
                                       HdFormTaskFunc        func,
                                       gpointer              user_data,
                                       GError              **error);
/* The responsible unit's name below the query's unit ("城关镇王庄村"), valid as long as @tasks. */
const char  *hd_form_tasks_unit_name  (HdFormTasks          *tasks,
                                       HdTask               *task,
                                       GError              **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HdFormTasks, hd_form_tasks_clear)

/* The columns the forms' tables are made of, each set the same way on every form. */
typedef enum {
  HD_FORM_COLUMN_NUMBER,            /* 序号 */
  HD_FORM_COLUMN_UNIT,              /* 责任单位 */
  HD_FORM_COLUMN_PROBLEM,
  HD_FORM_COLUMN_MEASURES,
  HD_FORM_COLUMN_GOAL,
  HD_FORM_COLUMN_LEADER,
  HD_FORM_COLUMN_PERSON,
  HD_FORM_COLUMN_DEADLINE,          /* a date on one line */
  HD_FORM_COLUMN_DEADLINE_STACKED,  /* a share of the width, the date on two lines */
  HD_FORM_COLUMN_PROGRESS,
  HD_FORM_COLUMN_LIGHT,             /* markup: the light's coloured mark and word */
  HD_FORM_COLUMN_STATE,             /* done or not, for the public */
  HD_FORM_COLUMN_TASK,              /* 整改任务 */
  HD_FORM_COLUMN_PROPOSED,          /* the look-back outcome proposed */
  HD_FORM_COLUMN_OUTCOME,           /* and the one confirmed */
  HD_FORM_COLUMN_NOTE,
} HdFormColumn;

/* A table of @n @columns, in that order. */
HdTable     *hd_form_table_new        (const HdFormColumn   *columns,
                                       guint                 n);

/* A portrait or landscape document with the options' faces (a landscape table's at 五号), titled,
 * its pages numbered. */
HdDocument  *hd_form_document_new     (const HdFormOptions  *options,
                                       HdPageOrientation     orientation,
                                       const char           *title);
/* An ISO date as the forms print it ("2014年9月30日"), or @stacked on two lines for a narrow
 * column ("2014年" over "9月30日"); "" for none. */
char        *hd_form_format_date      (const char           *iso,
                                       gboolean              stacked);
/* "截至2014年9月30日": the day the form's figures are for. */
char        *hd_form_dup_as_of        (const GDate          *today);
/* The deadline of @task as printed (@stacked as hd_form_format_date()): its date, or "长期坚持"
 * with the next review date. */
char        *hd_form_dup_deadline     (HdTask               *task,
                                       const GDate          *today,
                                       gboolean              stacked);

/* "合计 12 项：红灯 逾期 2 项，黄灯 临期 1 项……": the number of tasks, then each of the @n
 * @labels with its count, one with none included. */
char        *hd_form_dup_totals       (const guint          *counts,
                                       const char * const   *labels,
                                       guint                 n);

/* Each form. */
HdDocument  *hd_form_ledger_new       (HdStore              *store,
                                       const HdLedgerQuery  *query,
                                       const HdFormOptions  *options,
                                       GError              **error);
HdDocument  *hd_form_task_sheet_new   (HdStore              *store,
                                       const HdLedgerQuery  *query,
                                       const HdFormOptions  *options,
                                       GError              **error);
HdDocument  *hd_form_public_new       (HdStore              *store,
                                       const HdLedgerQuery  *query,
                                       const HdFormOptions  *options,
                                       GError              **error);

G_END_DECLS

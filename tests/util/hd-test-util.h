/* hd-test-util.h — helpers shared by the test programs. */
#pragma once

#include <glib.h>

#include "ledger/hd-task.h"
#include "organisation/hd-unit-edit.h"
#include "store/hd-edit.h"
#include "store/hd-store.h"

G_BEGIN_DECLS

/* Removes @path, and everything in it when it is a folder. */
void     hd_test_remove_tree     (const char *path);
/* Starts a test program whose expected strings are the English msgids. */
void     hd_test_init_english    (int         *argc,
                                  char      ***argv);
/* A fresh temporary folder, removed with everything in it when the test ends. */
/* g_test_init with the application's translations, from HUODONGBAN_LOCALEDIR (which meson points
 * at the build's), in the language the environment asks for (LANGUAGE=zh_CN in chinese_env). */
void     hd_test_init_translated (int         *argc,
                                  char      ***argv);
char    *hd_test_make_tmpdir     (void);
/* The names in @dir, hidden ones too, sorted, one a line: what a failed write must not change. */
char    *hd_test_list_dir        (const char *dir);
/* Opens (creating) "@name" inside @dir; fails the test on error. */
/* What data format 15 added (the exchange's offices), dropped to make a database of an earlier
 * format. */
#define HD_TEST_DROP_FORMAT_15 \
  "DROP TABLE office_package; DROP TABLE exchange_owner; DROP INDEX office_one_upper;" \
  " DROP TABLE office; DROP TABLE office_self"

HdStore *hd_test_open_store      (const char *dir,
                                  const char *name);
/* Runs one SQL query that answers a single integer. */
gint64   hd_test_query_int       (HdStore    *store,
                                  const char *sql);
/* The same for a query that answers one text (NULL for a NULL). */
char    *hd_test_query_text      (HdStore    *store,
                                  const char *sql);
/* The SHA-256 of the file at @path, to tell whether it changed. */
char    *hd_test_file_digest     (const char *path);

/* Runs @sql (one or more statements); fails the test if it does not succeed. */
void     hd_test_exec            (HdStore    *store,
                                  const char *sql);

/* SQL for the county 示范县 (unit 1) and its township 城关镇 (unit 2), where many seeds start. */
#define HD_TEST_SQL_COUNTY_AND_TOWN \
  "INSERT INTO unit (id, uuid, kind, name, path) VALUES (1, 'u1', 'county', '示范县', '/000000001/');" \
  "INSERT INTO unit (id, uuid, parent_id, kind, name, path) VALUES (2, 'u2', 1, 'township', '城关镇', '/000000001/000000002/');"
/* Opens "@name" in a fresh temporary folder and runs @sql on it (when not NULL). */
HdStore *hd_test_new_store       (const char *name,
                                  const char *sql);
/* Creates a unit with no undo history; fails the test on error. */
gint64   hd_test_add_unit        (HdStore    *store,
                                  gint64      parent,
                                  HdUnitKind  kind,
                                  const char *name);
/* The units of the hand-made county: 示范县, its township 城关镇 with the village 王庄村, and the
 * township 河西镇. */
typedef struct {
  gint64 county, town, village, other_town;
} HdTestUnits;

/* Creates the hand-made county's units in @store, with no undo history. */
void     hd_test_add_county      (HdStore     *store,
                                  HdTestUnits *units);
/* Sets @today to 2014-09-30, the day the hand-made records of the tests are dated against. */
void     hd_test_set_today       (GDate      *today);

/* Undoes the last edit of @history; fails the test unless that succeeds. */
void     hd_test_undo            (HdHistory  *history);
/* Redoes the last edit undone in @history; fails the test unless that succeeds. */
void     hd_test_redo            (HdHistory  *history);

/* One item of a list in words, newly allocated; NULL leaves the item out. */
typedef char *(*HdTestDescribeFunc) (gpointer item);
/* The items of @model as @describe puts them, in order, joined by @separator: one string to
 * compare a whole list with. */
char    *hd_test_describe_items  (GListModel         *model,
                                  const char         *separator,
                                  HdTestDescribeFunc  describe);

/* A fixture's store in its own temporary folder, with an undo history when it needs one. */
typedef struct {
  char      *dir;
  HdStore   *store;
  HdHistory *history;
} HdTestDb;

/* Opens "@name" in a fresh temporary folder, with a history of @depth steps (none when 0). */
void     hd_test_db_set_up       (HdTestDb   *db,
                                  const char *name,
                                  guint       depth);
/* Frees what hd_test_db_set_up() made; the folder goes when the test ends. */
void     hd_test_db_tear_down    (HdTestDb   *db);

/* A fixture's store holding the hand-made county, and the day its records are dated against. */
typedef struct {
  HdTestDb    db;
  GDate       today;
  HdTestUnits units;
} HdTestCounty;

/* Adds an open task of @plan to @unit's ledger, fixed by @deadline (long-term when NULL), with
 * no undo history; fails the test on error. */
gint64   hd_test_add_task        (HdStore    *store,
                                  gint64      unit,
                                  HdTaskPlan  plan,
                                  const char *problem,
                                  const char *deadline);

/* Records the result "已整改" with @verdict on @task, and closes it on @closed unless NULL, with
 * no undo history; fails the test on error. */
void     hd_test_judge_task      (HdStore    *store,
                                  gint64      task,
                                  HdVerdict   verdict,
                                  const char *closed);
/* The figure @key of the statistics of @unit (0: all) on @today with @warning_days; fails the
 * test when it cannot be read or there is no such figure. */
gint64   hd_test_stat_value      (HdStore     *store,
                                  gint64       unit,
                                  const GDate *today,
                                  guint        warning_days,
                                  const char  *key);

/* The county's leadership team of the talks' tests, on the roster of 示范县: 张书记 the principal
 * leader, then the members 李县长 and 𠮷部长 (a rare character); 李县长 oversees 县委办 (headed by
 * 赵主任, its principal leader) and 县财政局 (no head yet). */
typedef struct {
  gint64 principal, member, rare_member, head;   /* person ids */
  gint64 office, finance;                        /* the departments' unit ids */
} HdTestTeam;

void     hd_test_add_team        (HdStore     *store,
                                  HdTestUnits *units,
                                  HdTestTeam  *team);

/* A conversation of @a with @b on @date recorded for @unit, every topic talked through, with
 * @history (may be NULL); fails the test on error. */
void     hd_test_add_talk        (HdStore     *store,
                                  HdHistory   *history,
                                  gint64       unit,
                                  const char  *date,
                                  gint64       a,
                                  gint64       b);

/* hd_test_db_set_up(), then hd_test_set_today() and hd_test_add_county(). */
void     hd_test_county_set_up   (HdTestCounty *county,
                                  const char   *name,
                                  guint         depth);

/* Registers @func as test @path of a program's Fixture, fixture_set_up and fixture_tear_down. */
#define HD_TEST_ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

G_END_DECLS

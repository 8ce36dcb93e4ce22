/* hd-test-util.c */
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "hd-test-util.h"
#include "ledger/hd-stats.h"
#include "organisation/hd-person-edit.h"
#include "organisation/hd-team-edit.h"
#include "talks/hd-talk.h"

void
hd_test_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          hd_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
remove_tree_notify (gpointer path)
{
  hd_test_remove_tree (path);
  g_free (path);
}

void
hd_test_init_english (int    *argc,
                      char ***argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (argc, argv, NULL);
}

void
hd_test_init_translated (int    *argc,
                         char ***argv)
{
  const char *localedir = g_getenv ("HUODONGBAN_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (argc, argv, NULL);
}

char *
hd_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("huodongban-test-XXXXXX", &error);

  g_assert_no_error (error);
  g_test_queue_destroy (remove_tree_notify, g_strdup (dir));
  return dir;
}

HdStore *
hd_test_open_store (const char *dir,
                    const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  HdStore *store = hd_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

gint64
hd_test_query_int (HdStore    *store,
                   const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (hd_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

char *
hd_test_query_text (HdStore    *store,
                    const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_prepare_v2 (hd_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

char *
hd_test_file_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

void
hd_test_exec (HdStore    *store,
              const char *sql)
{
  g_assert_cmpint (sqlite3_exec (hd_store_get_db (store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

HdStore *
hd_test_new_store (const char *name,
                   const char *sql)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  HdStore *store = hd_test_open_store (dir, name);

  if (sql != NULL)
    hd_test_exec (store, sql);
  return store;
}

gint64
hd_test_add_unit (HdStore    *store,
                  gint64      parent,
                  HdUnitKind  kind,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = hd_unit_create (store, NULL, parent, kind, name, NULL, &error);

  g_assert_no_error (error);
  return id;
}

void
hd_test_add_county (HdStore     *store,
                    HdTestUnits *units)
{
  units->county = hd_test_add_unit (store, 0, HD_UNIT_KIND_COUNTY, "示范县");
  units->town = hd_test_add_unit (store, units->county, HD_UNIT_KIND_TOWNSHIP, "城关镇");
  units->village = hd_test_add_unit (store, units->town, HD_UNIT_KIND_VILLAGE, "王庄村");
  units->other_town = hd_test_add_unit (store, units->county, HD_UNIT_KIND_TOWNSHIP, "河西镇");
}

void
hd_test_set_today (GDate *today)
{
  g_date_clear (today, 1);
  g_date_set_dmy (today, 30, 9, 2014);
}

void
hd_test_db_set_up (HdTestDb   *db,
                   const char *name,
                   guint       depth)
{
  db->dir = hd_test_make_tmpdir ();
  db->store = hd_test_open_store (db->dir, name);
  db->history = depth > 0 ? hd_history_new (db->store, depth) : NULL;
}

void
hd_test_db_tear_down (HdTestDb *db)
{
  g_clear_object (&db->history);
  g_clear_object (&db->store);
  g_clear_pointer (&db->dir, g_free);
}

void
hd_test_county_set_up (HdTestCounty *county,
                       const char   *name,
                       guint         depth)
{
  hd_test_db_set_up (&county->db, name, depth);
  hd_test_set_today (&county->today);
  hd_test_add_county (county->db.store, &county->units);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

char *
hd_test_list_dir (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) folder = g_dir_open (dir, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (folder)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("\n", (char **) names->pdata);
}

gint64
hd_test_add_task (HdStore    *store,
                  gint64      unit,
                  HdTaskPlan  plan,
                  const char *problem,
                  const char *deadline)
{
  g_autoptr(GError) error = NULL;
  HdTaskFields fields = {
    .unit_id = unit, .plan = plan, .kind = deadline != NULL ? HD_TASK_KIND_DEADLINE : HD_TASK_KIND_LONG_TERM,
    .problem = problem, .deadline = deadline,
  };
  gint64 id = hd_task_create (store, NULL, &fields, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
add_person (HdStore    *store,
            gint64      unit,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  HdPersonFields fields = { .name = name };
  gint64 id = hd_person_create (store, NULL, unit, &fields, &error);

  g_assert_no_error (error);
  return id;
}

static void
add_member (HdStore    *store,
            gint64      unit,
            gint64      person,
            HdTeamRole  role)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hd_team_set_member (store, NULL, unit, person, role, &error));
  g_assert_no_error (error);
}

void
hd_test_add_team (HdStore     *store,
                  HdTestUnits *units,
                  HdTestTeam  *team)
{
  g_autoptr(GError) error = NULL;
  gint64 departments[2];

  team->office = hd_test_add_unit (store, units->county, HD_UNIT_KIND_DEPARTMENT, "县委办");
  team->finance = hd_test_add_unit (store, units->county, HD_UNIT_KIND_DEPARTMENT, "县财政局");
  team->principal = add_person (store, units->county, "张书记");
  team->member = add_person (store, units->county, "李县长");
  team->rare_member = add_person (store, units->county, "𠮷部长");
  team->head = add_person (store, team->office, "赵主任");
  add_member (store, units->county, team->principal, HD_TEAM_ROLE_PRINCIPAL);
  add_member (store, units->county, team->member, HD_TEAM_ROLE_MEMBER);
  add_member (store, units->county, team->rare_member, HD_TEAM_ROLE_MEMBER);
  add_member (store, team->office, team->head, HD_TEAM_ROLE_PRINCIPAL);
  departments[0] = team->office;
  departments[1] = team->finance;
  g_assert_true (hd_team_set_oversights (store, NULL, units->county, team->member, departments, 2, &error));
  g_assert_no_error (error);
}

void
hd_test_add_talk (HdStore    *store,
                  HdHistory  *history,
                  gint64      unit,
                  const char *date,
                  gint64      a,
                  gint64      b)
{
  g_autoptr(GError) error = NULL;
  const gint64 people[] = { a, b };
  HdTalkFields fields = {
    .unit_id = unit, .date = date, .people = people, .n_people = 2, .initiator_id = a,
    .topics = HD_TALK_ALL_TOPICS, .content = "谈透了",
  };

  g_assert_cmpint (hd_talk_create (store, history, &fields, &error), >, 0);
  g_assert_no_error (error);
}

void
hd_test_undo (HdHistory *history)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hd_history_undo (history, &error));
  g_assert_no_error (error);
}

void
hd_test_redo (HdHistory *history)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hd_history_redo (history, &error));
  g_assert_no_error (error);
}

char *
hd_test_describe_items (GListModel         *model,
                        const char         *separator,
                        HdTestDescribeFunc  describe)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean first = TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *words = describe (item);

      if (words == NULL)
        continue;
      g_string_append_printf (text, "%s%s", first ? "" : separator, words);
      first = FALSE;
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
hd_test_judge_task (HdStore    *store,
                    gint64      task,
                    HdVerdict   verdict,
                    const char *closed)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hd_task_set_result (store, NULL, task, "已整改", verdict, &error));
  g_assert_no_error (error);
  if (closed != NULL)
    g_assert_true (hd_task_close (store, NULL, task, closed, &error));
  g_assert_no_error (error);
}

gint64
hd_test_stat_value (HdStore     *store,
                    gint64       unit,
                    const GDate *today,
                    guint        warning_days,
                    const char  *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) figures = hd_stats_compute (store, unit, today, warning_days, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < figures->len; i++)
    if (g_str_equal (g_array_index (figures, HdStatsFigure, i).key, key))
      return g_array_index (figures, HdStatsFigure, i).value;
  g_error ("The statistics have no figure “%s”", key);
}

/* test-opinion.c — opinions, merging them into problems, and the list with substring search. */
#include "hd-test-util.h"
#include "opinions/hd-opinion.h"
#include "opinions/hd-problem.h"
#include "organisation/hd-person-edit.h"
#include "organisation/hd-unit-edit.h"

typedef HdTestCounty Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hd_test_county_set_up (f, "opinion.db", 20);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hd_test_db_tear_down (&f->db);
}

static gint64
add (Fixture          *f,
     gint64            unit,
     const char       *date,
     HdOpinionChannel  channel,
     HdCategory        category,
     const char       *content)
{
  g_autoptr(GError) error = NULL;
  HdOpinionFields fields = { channel, date, unit, 0, category, content };
  gint64 id = hd_opinion_create (f->db.store, f->db.history, &fields, &f->today, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* The ids of @model, in order, as "1 2 3". */
static char *
ids_of (HdQueryModel *model)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (hd_query_model_load_all (model, &error));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i ? " " : "", hd_query_model_get_row_id (model, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Fails unless @found lists exactly the ids given (ending with 0), in that order. */
static void
assert_ids (const char *found,
            ...)
{
  g_autoptr(GString) expected = g_string_new (NULL);
  va_list args;
  gint64 id;

  va_start (args, found);
  while ((id = va_arg (args, gint64)) != 0)
    g_string_append_printf (expected, "%s%" G_GINT64_FORMAT, expected->len ? " " : "", id);
  va_end (args);
  g_assert_cmpstr (found, ==, expected->str);
}

static char *
search (Fixture                *f,
        const HdOpinionFilter  *filter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdQueryModel) model = hd_opinion_list_new (f->db.store, filter, &error);

  g_assert_no_error (error);
  return ids_of (model);
}

/* Asserts that an opinion made of @fields is refused with the error @domain, @code. */
static void
assert_create_fails (Fixture               *f,
                     const HdOpinionFields *fields,
                     GQuark                 domain,
                     int                    code)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hd_opinion_create (f->db.store, f->db.history, fields, &f->today, &error), ==, 0);
  g_assert_error (error, domain, code);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  HdOpinionFields fields = { HD_OPINION_CHANNEL_HOTLINE, "2014-09-01", f->units.village, 0, HD_CATEGORY_FORMALISM, "  " };

  assert_create_fails (f, &fields, HD_OPINION_ERROR, HD_OPINION_ERROR_INVALID);

  fields.content = "会议太多";
  fields.received = "2014-10-01";
  assert_create_fails (f, &fields, HD_OPINION_ERROR, HD_OPINION_ERROR_INVALID);

  fields.received = "2014/9/1";
  assert_create_fails (f, &fields, HD_OPINION_ERROR, HD_OPINION_ERROR_INVALID);

  fields.received = "2014-09-30";
  fields.unit_id = 999;
  assert_create_fails (f, &fields, HD_UNIT_ERROR, HD_UNIT_ERROR_NOT_FOUND);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion"), ==, 0);
}

static void
test_edit_and_undo (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdOpinion) opinion = NULL;
  gint64 id = add (f, f->units.village, "2014-09-01", HD_OPINION_CHANNEL_BOX, HD_CATEGORY_HEDONISM, "公车私用");
  HdOpinionFields fields = { HD_OPINION_CHANNEL_VISIT, "2014-09-02", f->units.other_town, 0,
                             HD_CATEGORY_EXTRAVAGANCE, "公款吃喝" };

  g_assert_true (hd_opinion_update (f->db.store, f->db.history, id, &fields, -1, &f->today, &error));
  g_assert_true (hd_opinion_set_status (f->db.store, f->db.history, id, HD_OPINION_STATUS_ANSWERED, &error));
  g_assert_no_error (error);
  opinion = hd_opinion_load (f->db.store, id, &error);
  g_assert_cmpint (hd_opinion_get_channel (opinion), ==, HD_OPINION_CHANNEL_VISIT);
  g_assert_cmpint (hd_opinion_get_category (opinion), ==, HD_CATEGORY_EXTRAVAGANCE);
  g_assert_cmpint (hd_opinion_get_status (opinion), ==, HD_OPINION_STATUS_ANSWERED);
  g_assert_cmpstr (hd_opinion_get_content (opinion), ==, "公款吃喝");
  g_assert_cmpint (hd_opinion_get_unit_id (opinion), ==, f->units.other_town);

  /* Status "problem" comes only from merging. */
  g_assert_false (hd_opinion_set_status (f->db.store, f->db.history, id, HD_OPINION_STATUS_PROBLEM, &error));
  g_assert_error (error, HD_OPINION_ERROR, HD_OPINION_ERROR_INVALID);
  g_clear_error (&error);

  /* Undoing the edit takes the text index back too. */
  g_assert_true (hd_history_undo (f->db.history, &error));
  hd_test_undo (f->db.history);
  g_clear_object (&opinion);
  opinion = hd_opinion_load (f->db.store, id, &error);
  g_assert_cmpstr (hd_opinion_get_content (opinion), ==, "公车私用");
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion_text WHERE opinion_text MATCH '\"公款吃\"'"), ==, 0);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion_text WHERE opinion_text MATCH '\"公车私\"'"), ==, 1);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion WHERE unit_path LIKE '%/000000003/'"), ==, 1);

  g_assert_true (hd_opinion_delete (f->db.store, f->db.history, id, &error));
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion"), ==, 0);
  g_assert_true (hd_history_undo (f->db.history, &error));
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion"), ==, 1);
}

static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) linked = NULL;
  g_autoptr(HdOpinion) first = NULL;
  g_autoptr(HdProblem) problem = NULL;
  gint64 ids[2];
  gint64 other, problem_id;
  HdProblemFields fields = { f->units.town, 0, HD_CATEGORY_FORMALISM, "会议多、文件多", "2014-09-20" };

  ids[0] = add (f, f->units.village, "2014-09-02", HD_OPINION_CHANNEL_FORUM, HD_CATEGORY_FORMALISM, "会议太多");
  ids[1] = add (f, f->units.town, "2014-09-01", HD_OPINION_CHANNEL_QUESTIONNAIRE, HD_CATEGORY_FORMALISM, "文件太多");
  other = add (f, f->units.town, "2014-09-03", HD_OPINION_CHANNEL_HOTLINE, HD_CATEGORY_OTHER, "路灯坏了");

  problem_id = hd_problem_merge (f->db.store, f->db.history, &fields, ids, 2, &f->today, &error);
  g_assert_no_error (error);
  problem = hd_problem_load (f->db.store, problem_id, &error);
  g_assert_cmpstr (hd_problem_get_summary (problem), ==, "会议多、文件多");
  first = hd_opinion_load (f->db.store, ids[0], &error);
  g_assert_cmpint (hd_opinion_get_status (first), ==, HD_OPINION_STATUS_PROBLEM);
  g_assert_cmpint (hd_opinion_get_problem_id (first), ==, problem_id);
  linked = hd_problem_list_opinions (f->db.store, problem_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (linked), ==, 2);
  {
    g_autoptr(HdOpinion) oldest = g_list_model_get_item (linked, 0);
    g_assert_cmpint (hd_opinion_get_id (oldest), ==, ids[1]);
  }
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion WHERE status = 'problem'"), ==, 2);
  g_assert_cmpint (other, >, 0);

  /* One undo takes the whole merge back. */
  hd_test_undo (f->db.history);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM problem"), ==, 0);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion WHERE status = 'received' AND problem_id IS NULL"), ==, 3);

  /* Deleting a problem sends its opinions back to "sorted". */
  g_assert_true (hd_history_redo (f->db.history, &error));
  g_assert_true (hd_problem_delete (f->db.store, f->db.history, problem_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion WHERE status = 'sorted' AND problem_id IS NULL"), ==, 2);

  g_assert_cmpint (hd_problem_merge (f->db.store, f->db.history, &fields, NULL, 0, &f->today, &error), ==, 0);
  g_assert_error (error, HD_PROBLEM_ERROR, HD_PROBLEM_ERROR_INVALID);
}

/* The change log of the edits after entry @after, one "entity field old→new" a line. */
static char *
log_since (Fixture *f,
           gint64   after)
{
  g_autoptr(GString) text = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (hd_store_get_db (f->db.store),
                                       "SELECT entity, field, old_value, new_value FROM change_log"
                                       " WHERE id > ?1 ORDER BY id", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, after);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (text, "%s %s %s→%s\n", sqlite3_column_text (stmt, 0),
                            sqlite3_column_text (stmt, 1) != NULL ? (const char *) sqlite3_column_text (stmt, 1) : "(row)",
                            sqlite3_column_text (stmt, 2) != NULL ? (const char *) sqlite3_column_text (stmt, 2) : "∅",
                            sqlite3_column_text (stmt, 3) != NULL ? (const char *) sqlite3_column_text (stmt, 3) : "∅");
  sqlite3_finalize (stmt);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_edit_every_field (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdOpinion) opinion = NULL;
  g_autofree char *log = NULL;
  HdPersonFields person_fields = { "李明", HD_GENDER_MALE, "镇长", TRUE, "" };
  gint64 person = hd_person_create (f->db.store, f->db.history, f->units.other_town, &person_fields, &error);
  gint64 id = add (f, f->units.village, "2014-09-01", HD_OPINION_CHANNEL_BOX, HD_CATEGORY_HEDONISM, "公车私用");
  gint64 before = hd_test_query_int (f->db.store, "SELECT max(id) FROM change_log");
  HdOpinionFields fields = { HD_OPINION_CHANNEL_HOTLINE, "2014-09-05", f->units.other_town, person,
                             HD_CATEGORY_BUREAUCRATISM, " 办事拖拉 " };
  HdOpinionFields bad = fields;

  g_assert_no_error (error);
  g_assert_true (hd_opinion_update (f->db.store, f->db.history, id, &fields, HD_OPINION_STATUS_ANSWERED, &f->today, &error));
  g_assert_no_error (error);
  opinion = hd_opinion_load (f->db.store, id, &error);
  g_assert_cmpint (hd_opinion_get_channel (opinion), ==, HD_OPINION_CHANNEL_HOTLINE);
  g_assert_cmpstr (hd_opinion_get_received (opinion), ==, "2014-09-05");
  g_assert_cmpint (hd_opinion_get_unit_id (opinion), ==, f->units.other_town);
  g_assert_cmpint (hd_opinion_get_person_id (opinion), ==, person);
  g_assert_cmpint (hd_opinion_get_category (opinion), ==, HD_CATEGORY_BUREAUCRATISM);
  g_assert_cmpstr (hd_opinion_get_content (opinion), ==, "办事拖拉");
  g_assert_cmpint (hd_opinion_get_status (opinion), ==, HD_OPINION_STATUS_ANSWERED);
  /* One entry per changed field, the unit's path that follows the unit included. */
  log = log_since (f, before);
  g_assert_cmpstr (log, ==,
                   "opinion channel box→hotline\n"
                   "opinion received 2014-09-01→2014-09-05\n"
                   "opinion unit_id 3→4\n"
                   "opinion unit_path /000000001/000000002/000000003/→/000000001/000000004/\n"
                   "opinion person_id ∅→1\n"
                   "opinion category hedonism→bureaucratism\n"
                   "opinion content 公车私用→办事拖拉\n"
                   "opinion status received→answered\n");
  g_assert_cmpstr (hd_history_get_undo_label (f->db.history), ==, "Edit opinion");

  /* Bad input: the same messages as entry, and nothing changes. */
  bad.content = "";
  g_assert_false (hd_opinion_update (f->db.store, f->db.history, id, &bad, -1, &f->today, &error));
  g_assert_error (error, HD_OPINION_ERROR, HD_OPINION_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The opinion has no text. Enter what was said or written, e.g. “村务公开不及时”.");
  g_clear_error (&error);
  bad = fields;
  bad.received = "2014-10-01";
  g_assert_false (hd_opinion_update (f->db.store, f->db.history, id, &bad, -1, &f->today, &error));
  g_assert_error (error, HD_OPINION_ERROR, HD_OPINION_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hd_opinion_update (f->db.store, f->db.history, id, &fields, HD_OPINION_STATUS_PROBLEM, &f->today, &error));
  g_assert_error (error, HD_OPINION_ERROR, HD_OPINION_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM change_log"), ==, before + 8);

  /* One undo takes every field back. */
  hd_test_undo (f->db.history);
  g_clear_object (&opinion);
  opinion = hd_opinion_load (f->db.store, id, &error);
  g_assert_cmpint (hd_opinion_get_channel (opinion), ==, HD_OPINION_CHANNEL_BOX);
  g_assert_cmpint (hd_opinion_get_unit_id (opinion), ==, f->units.village);
  g_assert_cmpint (hd_opinion_get_person_id (opinion), ==, 0);
  g_assert_cmpint (hd_opinion_get_status (opinion), ==, HD_OPINION_STATUS_RECEIVED);
  g_assert_cmpstr (hd_opinion_get_content (opinion), ==, "公车私用");
}

static void
test_delete_many (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdProblem) problem = NULL;
  HdProblemFields fields = { f->units.town, 0, HD_CATEGORY_FORMALISM, "会议多", "2014-09-20" };
  gint64 ids[3];
  gint64 problem_id;

  ids[0] = add (f, f->units.village, "2014-09-02", HD_OPINION_CHANNEL_FORUM, HD_CATEGORY_FORMALISM, "会议太多");
  ids[1] = add (f, f->units.town, "2014-09-01", HD_OPINION_CHANNEL_QUESTIONNAIRE, HD_CATEGORY_FORMALISM, "文件太多");
  ids[2] = add (f, f->units.town, "2014-09-03", HD_OPINION_CHANNEL_HOTLINE, HD_CATEGORY_OTHER, "路灯坏了");
  problem_id = hd_problem_merge (f->db.store, f->db.history, &fields, ids, 2, &f->today, &error);
  g_assert_no_error (error);

  /* The problem stays with the opinion left. */
  g_assert_true (hd_opinion_delete_many (f->db.store, f->db.history, (gint64[]) { ids[0], ids[2] }, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hd_history_get_undo_label (f->db.history), ==, "Delete 2 opinions");
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion"), ==, 1);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion_text"), ==, 1);
  problem = hd_problem_load (f->db.store, problem_id, &error);
  g_assert_cmpuint (hd_problem_get_n_opinions (problem), ==, 1);

  /* A missing one stops the whole deletion. */
  g_assert_false (hd_opinion_delete_many (f->db.store, f->db.history, (gint64[]) { ids[1], 999 }, 2, &error));
  g_assert_error (error, HD_OPINION_ERROR, HD_OPINION_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (hd_opinion_delete_many (f->db.store, f->db.history, NULL, 0, &error));
  g_assert_error (error, HD_OPINION_ERROR, HD_OPINION_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion"), ==, 1);

  /* One undo brings both back, linked as before. */
  hd_test_undo (f->db.history);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion"), ==, 3);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion WHERE problem_id IS NOT NULL AND status = 'problem'"), ==, 2);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion_text WHERE opinion_text MATCH '\"路灯坏\"'"), ==, 1);
}

static void
test_problem_edit_unlink_delete (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdProblem) problem = NULL;
  g_autoptr(HdQueryModel) list = NULL;
  g_autofree char *all = NULL, *town = NULL, *other = NULL;
  HdProblemFields fields = { f->units.village, 0, HD_CATEGORY_FORMALISM, "会议多", "2014-09-20" };
  HdProblemFields edited = { f->units.town, 0, HD_CATEGORY_BUREAUCRATISM, "文山会海", "2014-09-21" };
  gint64 ids[3], p1, p2, p3;
  HdOpinionFields answered_fields = { HD_OPINION_CHANNEL_HOTLINE, "2014-09-03", f->units.town, 0,
                                      HD_CATEGORY_FORMALISM, "开会念稿" };

  ids[0] = add (f, f->units.village, "2014-09-02", HD_OPINION_CHANNEL_FORUM, HD_CATEGORY_FORMALISM, "会议太多");
  ids[1] = add (f, f->units.town, "2014-09-01", HD_OPINION_CHANNEL_QUESTIONNAIRE, HD_CATEGORY_FORMALISM, "文件太多");
  ids[2] = add (f, f->units.town, "2014-09-03", HD_OPINION_CHANNEL_HOTLINE, HD_CATEGORY_FORMALISM, "开会念稿");
  p1 = hd_problem_merge (f->db.store, f->db.history, &fields, ids, 3, &f->today, &error);
  fields.found = "2014-09-25";
  p2 = hd_problem_merge (f->db.store, f->db.history, &fields,
                         (gint64[]) { add (f, f->units.village, "2014-09-04", HD_OPINION_CHANNEL_BOX, HD_CATEGORY_OTHER, "路灯坏了") },
                         1, &f->today, &error);
  fields.unit_id = f->units.other_town;
  p3 = hd_problem_merge (f->db.store, f->db.history, &fields,
                         (gint64[]) { add (f, f->units.other_town, "2014-09-04", HD_OPINION_CHANNEL_BOX, HD_CATEGORY_OTHER, "公车私用") },
                         1, &f->today, &error);
  g_assert_no_error (error);

  /* The list: unit by unit in the tree's order, the latest found first. */
  list = hd_problem_list_new (f->db.store, 0, &error);
  all = ids_of (list);
  assert_ids (all, p2, p1, p3, (gint64) 0);
  g_clear_object (&list);
  list = hd_problem_list_new (f->db.store, f->units.other_town, &error);
  other = ids_of (list);
  assert_ids (other, p3, (gint64) 0);
  g_clear_object (&list);

  /* Edit: text, unit, person and category. */
  g_assert_true (hd_problem_update (f->db.store, f->db.history, p1, &edited, &f->today, &error));
  g_assert_no_error (error);
  problem = hd_problem_load (f->db.store, p1, &error);
  g_assert_cmpstr (hd_problem_get_summary (problem), ==, "文山会海");
  g_assert_cmpint (hd_problem_get_unit_id (problem), ==, f->units.town);
  g_assert_cmpint (hd_problem_get_category (problem), ==, HD_CATEGORY_BUREAUCRATISM);
  g_assert_cmpuint (hd_problem_get_n_opinions (problem), ==, 3);
  g_assert_cmpuint (hd_problem_get_n_tasks (problem), ==, 0);
  list = hd_problem_list_new (f->db.store, f->units.town, &error);
  town = ids_of (list);
  /* The town's own problem before its village's. */
  assert_ids (town, p1, p2, (gint64) 0);
  edited.summary = " ";
  g_assert_false (hd_problem_update (f->db.store, f->db.history, p1, &edited, &f->today, &error));
  g_assert_error (error, HD_PROBLEM_ERROR, HD_PROBLEM_ERROR_INVALID);
  g_clear_error (&error);

  /* Unlink: sorted again, unless answered meanwhile; one edit. */
  g_assert_true (hd_opinion_update (f->db.store, f->db.history, ids[2], &answered_fields, HD_OPINION_STATUS_ANSWERED,
                                    &f->today, &error));
  g_assert_true (hd_problem_unlink_opinions (f->db.store, f->db.history, p1, (gint64[]) { ids[0], ids[2] }, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hd_history_get_undo_label (f->db.history), ==, "Unlink opinions from problem");
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion WHERE problem_id IS NULL AND status = 'sorted'"), ==, 1);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion WHERE problem_id IS NULL AND status = 'answered'"), ==, 1);
  g_clear_object (&problem);
  problem = hd_problem_load (f->db.store, p1, &error);
  g_assert_cmpuint (hd_problem_get_n_opinions (problem), ==, 1);
  /* Not linked to that problem (any more): refused, nothing changes. */
  g_assert_false (hd_problem_unlink_opinions (f->db.store, f->db.history, p2, (gint64[]) { ids[1] }, 1, &error));
  g_assert_error (error, HD_PROBLEM_ERROR, HD_PROBLEM_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (hd_history_undo (f->db.history, &error));
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion WHERE problem_id = 1"), ==, 3);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion WHERE problem_id IS NULL"), ==, 0);
  g_assert_true (hd_history_redo (f->db.history, &error));

  /* Delete: the rest of its opinions go back to "sorted"; undo links them again. */
  g_assert_true (hd_problem_delete (f->db.store, f->db.history, p1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM problem"), ==, 2);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion WHERE problem_id IS NULL AND status = 'sorted'"), ==, 2);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion WHERE problem_id IS NULL AND status = 'answered'"), ==, 1);
  hd_test_undo (f->db.history);
  g_assert_cmpint (hd_test_query_int (f->db.store, "SELECT count(*) FROM opinion WHERE problem_id = 1 AND status = 'problem'"), ==, 1);
}

static void
test_list_filters (Fixture       *f,
                   gconstpointer  data)
{
  HdOpinionFilter filter;
  g_autofree char *all = NULL, *subtree = NULL, *channel = NULL, *range = NULL, *status = NULL;
  g_autoptr(GError) error = NULL;
  gint64 a = add (f, f->units.village, "2014-09-01", HD_OPINION_CHANNEL_HOTLINE, HD_CATEGORY_FORMALISM, "会议太多");
  gint64 b = add (f, f->units.town, "2014-09-03", HD_OPINION_CHANNEL_BOX, HD_CATEGORY_HEDONISM, "公车私用");
  gint64 c = add (f, f->units.other_town, "2014-09-02", HD_OPINION_CHANNEL_HOTLINE, HD_CATEGORY_FORMALISM, "文件太多");
  gint64 d = add (f, f->units.village, "2014-09-03", HD_OPINION_CHANNEL_VISIT, HD_CATEGORY_VITAL_INTERESTS, "低保不公");

  g_assert_true (hd_opinion_set_status (f->db.store, f->db.history, d, HD_OPINION_STATUS_SORTED, &error));
  g_assert_no_error (error);

  hd_opinion_filter_init (&filter);
  all = search (f, &filter);
  /* Newest first; on the same day the unit later in the hierarchy first, then the newer row. */
  assert_ids (all, d, b, c, a, (gint64) 0);

  filter.unit_id = f->units.town;
  subtree = search (f, &filter);
  assert_ids (subtree, d, b, a, (gint64) 0);

  hd_opinion_filter_init (&filter);
  filter.channel = HD_OPINION_CHANNEL_HOTLINE;
  filter.category = HD_CATEGORY_FORMALISM;
  channel = search (f, &filter);
  assert_ids (channel, c, a, (gint64) 0);

  hd_opinion_filter_init (&filter);
  filter.from = "2014-09-02";
  filter.to = "2014-09-02";
  range = search (f, &filter);
  assert_ids (range, c, (gint64) 0);

  hd_opinion_filter_init (&filter);
  filter.status = HD_OPINION_STATUS_SORTED;
  status = search (f, &filter);
  assert_ids (status, d, (gint64) 0);
}

/* Any part of the text: one and two characters (instr), three and more (trigram index), a
 * character outside the BMP, Latin letters in either case. */
static void
test_substring_search (Fixture       *f,
                       gconstpointer  data)
{
  static const struct { const char *text; const char *expected; } cases[] = {
    { "会", "3 1" },
    { "会议", "1" },
    { "会议太", "1" },
    { "贠家𠮷村", "2" },
    { "𠮷", "2" },
    { "𠮷村", "2" },
    { "wifi", "3" },
    { "WiFi", "3" },
    { "不存在的话", "" },
    { "  太多 ", "1" },
    { "\"", "" },
  };
  HdOpinionFilter filter;

  add (f, f->units.village, "2014-09-01", HD_OPINION_CHANNEL_HOTLINE, HD_CATEGORY_FORMALISM, "会议太多");
  add (f, f->units.village, "2014-09-02", HD_OPINION_CHANNEL_HOTLINE, HD_CATEGORY_OTHER, "贠家𠮷村的路没修");
  add (f, f->units.town, "2014-09-03", HD_OPINION_CHANNEL_ONLINE, HD_CATEGORY_OTHER, "开会时WiFi太慢");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *found = NULL;

      hd_opinion_filter_init (&filter);
      filter.text = cases[i].text;
      found = search (f, &filter);
      g_assert_cmpstr (found, ==, cases[i].expected);

      /* The same within a small subtree, which is read by another index. */
      g_free (found);
      filter.unit_id = f->units.village;
      found = search (f, &filter);
      {
        g_auto(GStrv) ids = g_strsplit (cases[i].expected, " ", -1);
        g_autoptr(GStrvBuilder) in_village = g_strv_builder_new ();
        g_auto(GStrv) kept = NULL;
        g_autofree char *expected = NULL;

        /* Opinion 3 belongs to the township, outside the village. */
        for (guint k = 0; ids[k] != NULL; k++)
          if (*ids[k] != '\0' && !g_str_equal (ids[k], "3"))
            g_strv_builder_add (in_village, ids[k]);
        kept = g_strv_builder_end (in_village);
        expected = g_strjoinv (" ", kept);
        g_assert_cmpstr (found, ==, expected);
      }
    }
}

/* One or two characters in a large subtree are read from the grams index, newest entered first
 * (a scan would give them in date order, newest received first: the order tells the path); a
 * small subtree still tests them on its rows. The index follows edits, deletions and undo. */
static void
test_gram_search (Fixture       *f,
                  gconstpointer  data)
{
  enum { ALL, TOWN, VILLAGE };
  static const struct { int where; const char *text; const char *expected; } cases[] = {
    { ALL, "会", "3 1" },
    { ALL, "太", "3 1" },
    { ALL, "公车", "3 2" },
    { ALL, "𠮷", "1" },
    { ALL, "贠", "1" },
    { ALL, "W", "3 2" },
    { ALL, "Fi", "3 2" },
    { ALL, "i-", "2" },
    { ALL, "，公", "3" },
    { ALL, "亮", "4" },
    { ALL, "无", "" },
    { ALL, "会无", "" },
    { ALL, "\"", "" },
    /* Ideographic space is not stripped, and the index has no whitespace: the scan answers. */
    { ALL, "亮\u3000", "4" },
    /* Non-Latin letters are folded by the tokenizer, on both sides. */
    { ALL, "ä", "5" },
    { ALL, "ÄB", "5" },
    { TOWN, "会", "3 1" },
    { TOWN, "亮", "" },
    { VILLAGE, "会", "1 3" },
    { VILLAGE, "W", "3" },
  };
  g_autoptr(GError) error = NULL;
  HdOpinionFilter filter;
  gint64 unit_ids[3] = { 0, f->units.town, f->units.village };
  HdOpinionFields fields = { HD_OPINION_CHANNEL_HOTLINE, "2014-09-03", f->units.village, 0,
                             HD_CATEGORY_FORMALISM, "贠家村的会议太多" };
  const struct { const char *text; const char *expected; } after[] = {
    { "𠮷", "" }, { "贠", "1" }, { "家村", "1" }, { "会", "1" }, { "W", "2" }, { "公车", "2" },
  };

  /* Ten units: the village alone is a small subtree, the township with it a large one. */
  for (int i = 0; i < 6; i++)
    {
      g_autofree char *name = g_strdup_printf ("河西%d村", i + 1);

      hd_unit_create (f->db.store, NULL, f->units.other_town, HD_UNIT_KIND_VILLAGE, name, NULL, &error);
      g_assert_no_error (error);
    }
  add (f, f->units.village, "2014-09-03", HD_OPINION_CHANNEL_HOTLINE, HD_CATEGORY_FORMALISM, "贠家𠮷村的会议太多");
  add (f, f->units.town, "2014-09-01", HD_OPINION_CHANNEL_BOX, HD_CATEGORY_EXTRAVAGANCE, "公车私用，Wi-Fi 不通");
  add (f, f->units.village, "2014-09-02", HD_OPINION_CHANNEL_ONLINE, HD_CATEGORY_OTHER, "开会时wifi太慢，公车");
  add (f, f->units.other_town, "2014-09-04", HD_OPINION_CHANNEL_VISIT, HD_CATEGORY_OTHER, "路灯不亮\u3000请修");
  add (f, f->units.other_town, "2014-09-04", HD_OPINION_CHANNEL_OTHER, HD_CATEGORY_OTHER, "Äb ä");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *found = NULL;

      hd_opinion_filter_init (&filter);
      filter.unit_id = unit_ids[cases[i].where];
      filter.text = cases[i].text;
      found = search (f, &filter);
      g_assert_cmpstr (found, ==, cases[i].expected);
    }

  /* Opinion 1 loses its 𠮷, opinion 3 is deleted. */
  g_assert_true (hd_opinion_update (f->db.store, f->db.history, 1, &fields, -1, &f->today, &error));
  g_assert_true (hd_opinion_delete (f->db.store, f->db.history, 3, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (after); i++)
    {
      g_autofree char *found = NULL;

      hd_opinion_filter_init (&filter);
      filter.text = after[i].text;
      found = search (f, &filter);
      g_assert_cmpstr (found, ==, after[i].expected);
    }

  /* Undone, both are back. */
  g_assert_true (hd_history_undo (f->db.history, &error));
  hd_test_undo (f->db.history);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *found = NULL;

      hd_opinion_filter_init (&filter);
      filter.text = i == 0 ? "𠮷" : "W";
      found = search (f, &filter);
      g_assert_cmpstr (found, ==, i == 0 ? "1" : "3 2");
    }
  /* A text with a letter in both cases leaves the index whole. */
  g_assert_true (hd_opinion_delete (f->db.store, f->db.history, 5, &error));
  g_assert_no_error (error);
  {
    g_autofree char *found = NULL;

    hd_opinion_filter_init (&filter);
    filter.text = "ä";
    found = search (f, &filter);
    g_assert_cmpstr (found, ==, "");
  }
  hd_test_exec (f->db.store,
                "INSERT INTO opinion_grams (opinion_grams, rank) VALUES ('integrity-check', 0)");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  HD_TEST_ADD ("/opinion/validation", test_validation);
  HD_TEST_ADD ("/opinion/edit-and-undo", test_edit_and_undo);
  HD_TEST_ADD ("/opinion/edit-every-field", test_edit_every_field);
  HD_TEST_ADD ("/opinion/delete-many", test_delete_many);
  HD_TEST_ADD ("/opinion/merge", test_merge);
  HD_TEST_ADD ("/opinion/problem-edit-unlink-delete", test_problem_edit_unlink_delete);
  HD_TEST_ADD ("/opinion/list-filters", test_list_filters);
  HD_TEST_ADD ("/opinion/substring-search", test_substring_search);
  HD_TEST_ADD ("/opinion/gram-search", test_gram_search);

  return g_test_run ();
}

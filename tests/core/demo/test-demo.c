/* test-demo.c — the demo data: the county's composition, determinism, refusal, the figures. */

#include "demo/hd-demo.h"
#include "hd-test-util.h"
#include "ledger/hd-light.h"
#include "ledger/hd-stats.h"
#include "talks/hd-meeting-readiness.h"

/* The county of seed 1, generated once for the whole program: it takes a good part of a second. */
static char    *shared_dir;
static HdStore *county;

static HdStore *
generate (const char *name,
          guint32     seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (30, G_DATE_SEPTEMBER, 2014);
  g_autofree char *path = g_build_filename (shared_dir, name, NULL);
  HdStore *store = hd_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (hd_demo_generate (store, HD_DEMO_SCALE_COUNTY, seed, today, &error));
  g_assert_no_error (error);
  return store;
}

static gint64
count (const char *sql)
{
  return hd_test_query_int (county, sql);
}

/* A digest of every row of every table, in id order; of the change log only what the demo
 * chose (the time and the operator come from the machine). */
static char *
digest (HdStore *store)
{
  static const char * const queries[] = {
    "SELECT * FROM unit ORDER BY id",
    "SELECT * FROM person ORDER BY id",
    "SELECT * FROM team_member ORDER BY id",
    "SELECT * FROM oversight ORDER BY id",
    "SELECT * FROM contact_point ORDER BY id",
    "SELECT * FROM supervision_group ORDER BY id",
    "SELECT * FROM supervision_member ORDER BY id",
    "SELECT * FROM supervision_assignment ORDER BY id",
    "SELECT * FROM problem ORDER BY id",
    "SELECT * FROM opinion ORDER BY id",
    "SELECT * FROM task ORDER BY id",
    "SELECT * FROM task_progress ORDER BY id",
    "SELECT * FROM task_review ORDER BY id",
    "SELECT * FROM meeting ORDER BY id",
    "SELECT * FROM talk ORDER BY id",
    "SELECT * FROM talk_person ORDER BY id",
    "SELECT * FROM meeting_material ORDER BY id",
    "SELECT * FROM meeting_person ORDER BY id",
    "SELECT * FROM meeting_criticism ORDER BY id",
    "SELECT * FROM meeting_measure ORDER BY id",
    "SELECT entity, entity_uuid, field, old_value, new_value FROM change_log ORDER BY id",
  };
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (hd_store_get_db (store), queries[i], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const guchar *text = sqlite3_column_text (stmt, c);

              g_checksum_update (checksum, text != NULL ? text : (const guchar *) "\x01NULL", -1);
              g_checksum_update (checksum, (const guchar *) "\x1f", 1);
            }
          g_checksum_update (checksum, (const guchar *) "\x1e", 1);
        }
      sqlite3_finalize (stmt);
      g_checksum_update (checksum, (const guchar *) "\x1d", 1);
    }
  return g_strdup (g_checksum_get_string (checksum));
}

static void
test_scale_from_string (void)
{
  HdDemoScale scale;

  g_assert_true (hd_demo_scale_from_string ("county", &scale));
  g_assert_cmpint (scale, ==, HD_DEMO_SCALE_COUNTY);
  g_assert_true (hd_demo_scale_from_string ("province", &scale));
  g_assert_cmpint (scale, ==, HD_DEMO_SCALE_PROVINCE);
  g_assert_false (hd_demo_scale_from_string ("city", &scale));
  g_assert_false (hd_demo_scale_from_string (NULL, &scale));
}

static void
test_county_composition (void)
{
  g_assert_cmpint (count ("SELECT count(*) FROM unit"), >=, 900);
  g_assert_cmpint (count ("SELECT count(*) FROM person"), >=, 16000);
  g_assert_cmpint (count ("SELECT count(*) FROM unit WHERE kind = 'county' AND parent_id IS NULL"), ==, 1);
  g_assert_cmpint (count ("SELECT count(*) FROM unit WHERE parent_id IS NULL"), ==, 1);
  g_assert_cmpint (count ("SELECT count(*) FROM unit WHERE kind IN ('township', 'street')"), >=, 13);
  g_assert_cmpint (count ("SELECT count(*) FROM unit WHERE kind IN ('township', 'street')"), <=, 17);
  g_assert_cmpint (count ("SELECT count(*) FROM unit WHERE kind = 'street'"), >=, 3);
  g_assert_cmpint (count ("SELECT count(*) FROM unit WHERE kind IN ('village', 'community')"), >=, 780);
  g_assert_cmpint (count ("SELECT count(*) FROM unit WHERE kind IN ('village', 'community')"), <=, 840);
  g_assert_cmpint (count ("SELECT count(*) FROM unit WHERE kind = 'department'"), >=, 55);
  g_assert_cmpint (count ("SELECT count(*) FROM unit WHERE kind = 'department'"), <=, 66);
  /* Villages and communities hang under townships and streets; departments under the county. */
  g_assert_cmpint (count ("SELECT count(*) FROM unit c JOIN unit p ON p.id = c.parent_id"
                          " WHERE c.kind IN ('village', 'community') AND p.kind NOT IN ('township', 'street')"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM unit c JOIN unit p ON p.id = c.parent_id"
                          " WHERE c.kind = 'department' AND p.kind <> 'county'"), ==, 0);
  /* Every township has its offices, and organisations with party branches exist beside them. */
  g_assert_cmpint (count ("SELECT count(*) FROM unit t WHERE t.kind IN ('township', 'street') AND"
                          " (SELECT count(*) FROM unit o WHERE o.parent_id = t.id AND o.kind = 'other') < 6"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM unit o JOIN unit c ON c.id = o.parent_id"
                          " WHERE o.kind = 'other' AND c.kind = 'county'"), >=, 16);
}

static void
test_county_teams (void)
{
  g_assert_cmpint (count ("SELECT count(*) FROM unit u WHERE"
                          " (SELECT count(*) FROM team_member t WHERE t.unit_id = u.id AND t.role = 0) <> 1"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM unit u WHERE"
                          " (SELECT count(*) FROM team_member t WHERE t.unit_id = u.id AND t.role = 1) = 0"), ==, 0);
  /* Team members are on their own unit's roster, and are party members. */
  g_assert_cmpint (count ("SELECT count(*) FROM team_member t JOIN person p ON p.id = t.person_id"
                          " WHERE p.unit_id <> t.unit_id OR p.party_member <> 1 OR p.title = ''"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM team_member t JOIN person p ON p.id = t.person_id"
                          " JOIN unit u ON u.id = t.unit_id WHERE u.kind = 'county' AND t.role = 0 AND p.title = '县委书记'"), ==, 1);
}

static void
test_county_oversight (void)
{
  /* Each county team member oversees several units; every department has its overseer. */
  g_assert_cmpint (count ("SELECT count(*) FROM team_member t JOIN unit u ON u.id = t.unit_id"
                          " WHERE u.kind = 'county' AND t.role = 1"
                          "   AND (SELECT count(*) FROM oversight o WHERE o.member_id = t.id) < 1"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM unit d WHERE d.kind = 'department'"
                          "   AND NOT EXISTS (SELECT 1 FROM oversight o WHERE o.department_id = d.id)"), ==, 0);
  /* Township team members oversee their own township's offices, and each does oversee one. */
  g_assert_cmpint (count ("SELECT count(*) FROM oversight o JOIN team_member t ON t.id = o.member_id"
                          " JOIN unit m ON m.id = t.unit_id JOIN unit d ON d.id = o.department_id"
                          " WHERE m.kind IN ('township', 'street') AND d.parent_id <> m.id"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM team_member t JOIN unit u ON u.id = t.unit_id"
                          " WHERE u.kind IN ('township', 'street') AND t.role = 1"
                          "   AND NOT EXISTS (SELECT 1 FROM oversight o WHERE o.member_id = t.id)"), ==, 0);
}

static void
test_county_supervision (void)
{
  g_assert_cmpint (count ("SELECT count(*) FROM supervision_group"), ==, 13);
  g_assert_cmpint (count ("SELECT count(*) FROM supervision_group g JOIN unit u ON u.id = g.unit_id"
                          " WHERE u.kind = 'county'"), ==, 13);
  g_assert_cmpint (count ("SELECT count(*) FROM supervision_group WHERE name = '第一督导组'"), ==, 1);
  g_assert_cmpint (count ("SELECT count(*) FROM supervision_group WHERE name = '第十三督导组' AND position = 12"), ==, 1);
  g_assert_cmpint (count ("SELECT count(*) FROM supervision_group g WHERE"
                          " (SELECT count(*) FROM supervision_member m WHERE m.group_id = g.id AND m.role = 0) <> 1"
                          " OR (SELECT count(*) FROM supervision_member m WHERE m.group_id = g.id AND m.role = 1) < 3"), ==, 0);
  /* Nobody sits in two groups, and the members come from the county's own departments. */
  g_assert_cmpint (count ("SELECT count(*) FROM (SELECT person_id FROM supervision_member"
                          " GROUP BY person_id HAVING count(*) > 1)"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM supervision_member m JOIN person p ON p.id = m.person_id"
                          " JOIN unit u ON u.id = p.unit_id WHERE u.kind <> 'department'"), ==, 0);
  /* The townships and departments are divided among the groups: each in exactly one. */
  g_assert_cmpint (count ("SELECT count(*) FROM unit u WHERE u.kind IN ('township', 'street', 'department') AND"
                          " (SELECT count(*) FROM supervision_assignment a WHERE a.unit_id = u.id) <> 1"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM supervision_group g WHERE NOT EXISTS"
                          " (SELECT 1 FROM supervision_assignment a JOIN unit u ON u.id = a.unit_id"
                          "   WHERE a.group_id = g.id AND u.kind IN ('township', 'street'))"), ==, 0);
}

static void
test_county_contact_points (void)
{
  gint64 n_leaders = count ("SELECT count(*) FROM team_member t JOIN unit u ON u.id = t.unit_id"
                            " WHERE u.kind = 'county'");

  g_assert_cmpint (n_leaders, >=, 10);
  g_assert_cmpint (count ("SELECT count(*) FROM contact_point"), ==, 2 * n_leaders);
  g_assert_cmpint (count ("SELECT count(*) FROM team_member t JOIN unit u ON u.id = t.unit_id"
                          " WHERE u.kind = 'county' AND"
                          " ((SELECT count(*) FROM contact_point c JOIN unit cu ON cu.id = c.unit_id"
                          "    WHERE c.leader_id = t.person_id AND cu.kind IN ('township', 'street', 'department')) <> 1"
                          "  OR (SELECT count(*) FROM contact_point c JOIN unit cu ON cu.id = c.unit_id"
                          "    WHERE c.leader_id = t.person_id AND cu.kind IN ('village', 'community')) <> 1)"), ==, 0);
  /* No two leaders share a contact point. */
  g_assert_cmpint (count ("SELECT count(*) FROM (SELECT unit_id FROM contact_point GROUP BY unit_id HAVING count(*) > 1)"), ==, 0);
}

static void
test_county_people (void)
{
  g_assert_cmpint (count ("SELECT count(*) FROM person WHERE phone NOT GLOB"
                          " '1[3-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM person WHERE gender NOT IN (1, 2) OR title = ''"
                          " OR length (name) NOT BETWEEN 2 AND 4"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM person WHERE party_member = 0"), >, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM person WHERE gender = 2"), >, 0);
  /* 王, 李 and 张 lead, as in any Chinese roster; rare characters turn up, 𠮷 among them. */
  g_assert_cmpint (count ("SELECT count(*) FROM person WHERE name GLOB '王*'"), >,
                   count ("SELECT count(*) FROM person WHERE name GLOB '杨*'"));
  g_assert_cmpint (count ("SELECT count(*) FROM person WHERE name GLOB '杨*'"), >,
                   count ("SELECT count(*) FROM person WHERE name GLOB '孔*'"));
  g_assert_cmpint (count ("SELECT count(*) FROM person WHERE name GLOB '*𠮷*'"), >, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM person WHERE name GLOB '贠*'"), >, 0);
}

static void
test_county_codes_and_paths (void)
{
  g_assert_cmpint (count ("SELECT count(*) FROM unit WHERE kind = 'county' AND code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'"), ==, 1);
  g_assert_cmpint (count ("SELECT count(*) FROM unit t JOIN unit c ON c.id = t.parent_id"
                          " WHERE t.kind IN ('township', 'street')"
                          "   AND (length (t.code) <> 9 OR substr (t.code, 1, 6) <> c.code OR t.code GLOB '*[^0-9]*')"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM unit v JOIN unit t ON t.id = v.parent_id"
                          " WHERE v.kind IN ('village', 'community')"
                          "   AND (length (v.code) <> 12 OR substr (v.code, 1, 9) <> t.code OR v.code GLOB '*[^0-9]*')"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM unit WHERE code IS NULL"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM unit WHERE parent_id IS NULL AND path <> printf ('/%09d/', id)"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM unit c JOIN unit p ON p.id = c.parent_id"
                          " WHERE c.path <> p.path || printf ('%09d/', c.id)"), ==, 0);
  /* Sibling names are unique, so a path of names finds one unit. */
  g_assert_cmpint (count ("SELECT count(*) FROM (SELECT 1 FROM unit GROUP BY parent_id, name HAVING count(*) > 1)"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM (SELECT 1 FROM unit GROUP BY parent_id, position HAVING count(*) > 1)"), ==, 0);
}

static void
test_county_change_log (void)
{
  g_assert_cmpint (count ("SELECT count(*) FROM change_log"), ==, 1);
  g_assert_cmpint (count ("SELECT count(*) FROM change_log l JOIN unit u ON u.uuid = l.entity_uuid"
                          " WHERE l.entity = 'demo' AND l.field = 'scale' AND l.new_value = 'county seed 1'"
                          "   AND l.old_value IS NULL AND u.parent_id IS NULL"), ==, 1);
}

/* The demo fills the name indexes in bulk with their triggers set aside: both must be back. */
static void
test_county_name_index (void)
{
  g_assert_cmpint (count ("SELECT count(*) FROM person_name_index"), ==, count ("SELECT count(*) FROM person"));
  g_assert_cmpint (count ("SELECT count(*) FROM unit_name_index"), ==, count ("SELECT count(*) FROM unit"));
  g_assert_cmpint (count ("SELECT count(*) FROM person_name_index WHERE rowid = 1"
                          "   AND chars = (SELECT hd_name_chars (name) FROM person WHERE id = 1)"), ==, 1);
  g_assert_cmpint (count ("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
                          "   AND name IN ('unit_name_index_insert', 'person_name_index_insert')"), ==, 2);
}

/* About 19,000 opinions a county, most from villages and communities, the four winds dominant,
 * a quarter of them merged into problems of one to five. */
static void
test_county_opinions (void)
{
  gint64 n = count ("SELECT count(*) FROM opinion");

  g_assert_cmpint (n, >=, 17000);
  g_assert_cmpint (n, <=, 21000);
  g_assert_cmpint (count ("SELECT count(*) FROM opinion o JOIN unit u ON u.id = o.unit_id"
                          " WHERE u.kind IN ('village', 'community')"), >, n / 2);
  g_assert_cmpint (count ("SELECT count(*) FROM opinion"
                          " WHERE category IN ('formalism', 'bureaucratism', 'hedonism', 'extravagance')"), >, n * 6 / 10);
  /* Every channel, category and status occurs. */
  g_assert_cmpint (count ("SELECT count(DISTINCT channel) FROM opinion"), ==, 9);
  g_assert_cmpint (count ("SELECT count(DISTINCT category) FROM opinion"), ==, 7);
  g_assert_cmpint (count ("SELECT count(DISTINCT status) FROM opinion"), ==, 5);
  g_assert_cmpint (count ("SELECT count(*) FROM opinion WHERE status = 'sorted'"), >, n / 4);
  /* Within the campaign's months before today. */
  g_assert_cmpint (count ("SELECT count(*) FROM opinion WHERE received > '2014-09-30' OR received < '2014-02-01'"), ==, 0);
  /* Texts differ; a rare character turns up in a name now and then. */
  g_assert_cmpint (count ("SELECT count(DISTINCT content) FROM opinion"), >, n * 8 / 10);
  g_assert_cmpint (count ("SELECT count(*) FROM opinion WHERE content GLOB '*公车*'"), >, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM opinion WHERE content GLOB '*𠮷*' OR content GLOB '*贠*'"), >, 0);
  /* The path copied by the demo is its unit's, as the triggers would have it. */
  g_assert_cmpint (count ("SELECT count(*) FROM opinion o JOIN unit u ON u.id = o.unit_id WHERE o.unit_path <> u.path"), ==, 0);
  /* An opinion about someone is about a member of its unit's team. */
  g_assert_cmpint (count ("SELECT count(*) FROM opinion WHERE person_id IS NOT NULL"), >, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM opinion o WHERE o.person_id IS NOT NULL AND NOT EXISTS"
                          " (SELECT 1 FROM team_member t WHERE t.unit_id = o.unit_id AND t.person_id = o.person_id)"), ==, 0);
}

static void
test_county_problems (void)
{
  g_assert_cmpint (count ("SELECT count(*) FROM problem"), >, 1000);
  /* Turned into a problem exactly when linked to one, of the same unit. */
  g_assert_cmpint (count ("SELECT count(*) FROM opinion WHERE (status = 'problem') <> (problem_id IS NOT NULL)"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM opinion o JOIN problem p ON p.id = o.problem_id"
                          " WHERE p.unit_id <> o.unit_id OR p.found < o.received OR p.category <> o.category"), ==, 0);
  /* Problems come from one to five opinions, but those the look-back review found. */
  g_assert_cmpint (count ("SELECT count(*) FROM problem p WHERE"
                          " (SELECT count(*) FROM opinion o WHERE o.problem_id = p.id) NOT BETWEEN 1 AND 5"
                          " AND p.id NOT IN (SELECT t.problem_id FROM lookback_item i JOIN task t ON t.id = i.new_task_id)"),
                   ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM problem p WHERE"
                          " (SELECT count(*) FROM opinion o WHERE o.problem_id = p.id) = 5"), >, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM problem WHERE found > '2014-09-30'"), ==, 0);
}

static void
test_county_tasks (void)
{
  gint64 n = count ("SELECT count(*) FROM task");

  g_assert_cmpint (n, >=, 8000);
  g_assert_cmpint (n, <=, 10000);
  /* The rectification plan most; the special rectifications over all 21 themes; rules kept,
   * revised, abolished and established. */
  g_assert_cmpint (count ("SELECT count(*) FROM task WHERE plan = 'rectification'"), >, n * 4 / 10);
  g_assert_cmpint (count ("SELECT count(DISTINCT problem) FROM task WHERE plan = 'special'"), ==, 21);
  g_assert_cmpint (count ("SELECT count(DISTINCT rule_action) FROM task WHERE plan = 'institution'"), ==, 4);
  g_assert_cmpint (count ("SELECT count(*) FROM task WHERE plan = 'institution' AND rule_action IS NULL"), ==, 0);
  g_assert_cmpint (count ("SELECT count(DISTINCT kind) FROM task"), ==, 3);
  /* Tasks on the problems found, with the problem's summary. */
  g_assert_cmpint (count ("SELECT count(*) FROM task WHERE problem_id IS NOT NULL"), >, 500);
  g_assert_cmpint (count ("SELECT count(*) FROM task t JOIN problem p ON p.id = t.problem_id"
                          " WHERE p.unit_id <> t.unit_id OR p.summary <> t.problem"), ==, 0);
  /* Numbered 1… in each unit's ledger, without gaps. */
  g_assert_cmpint (count ("SELECT count(*) FROM (SELECT unit_id FROM task GROUP BY unit_id"
                          " HAVING max (number) <> count(*) OR min (number) <> 1)"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM task t JOIN unit u ON u.id = t.unit_id WHERE t.unit_path <> u.path"), ==, 0);
  /* The responsible leader is on the unit's leadership team. */
  g_assert_cmpint (count ("SELECT count(*) FROM task t WHERE NOT EXISTS (SELECT 1 FROM team_member m"
                          " JOIN person p ON p.id = m.person_id WHERE m.unit_id = t.unit_id AND p.name = t.leader)"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM task WHERE person = '' OR measures = '' OR goal = ''"), ==, 0);
  /* Closed only with a result and a verdict other than 不满意, never after today; 不满意 on open
   * tasks that were sent back, with an entry that says so. */
  g_assert_cmpint (count ("SELECT count(*) FROM task WHERE closed IS NOT NULL"
                          " AND (result = '' OR verdict NOT IN ('satisfied', 'basically_satisfied') OR closed > '2014-09-30')"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM task WHERE verdict = 'satisfied'"), >,
                   count ("SELECT count(*) FROM task WHERE verdict = 'basically_satisfied'"));
  g_assert_cmpint (count ("SELECT count(*) FROM task WHERE verdict = 'basically_satisfied'"), >,
                   count ("SELECT count(*) FROM task WHERE verdict = 'dissatisfied'"));
  g_assert_cmpint (count ("SELECT count(*) FROM task WHERE verdict = 'dissatisfied'"), >, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM task t WHERE t.verdict = 'dissatisfied'"
                          " AND (t.closed IS NOT NULL OR NOT EXISTS (SELECT 1 FROM task_progress g"
                          "      WHERE g.task_id = t.id AND g.text GLOB '*不满意*'))"), ==, 0);
  /* Progress logs for many, none after today or after the closing. */
  g_assert_cmpint (count ("SELECT count(DISTINCT task_id) FROM task_progress"), >, n / 2);
  g_assert_cmpint (count ("SELECT count(*) FROM task_progress g JOIN task t ON t.id = g.task_id"
                          " WHERE g.date > '2014-09-30' OR g.date > coalesce (t.closed, '9999')"), ==, 0);
  /* Long-term tasks have review dates instead of a deadline. */
  g_assert_cmpint (count ("SELECT count(*) FROM task_review r JOIN task t ON t.id = r.task_id"
                          " WHERE t.kind <> 'long_term'"), ==, 0);
  g_assert_cmpint (count ("SELECT count(DISTINCT task_id) FROM task_review"), ==,
                   count ("SELECT count(*) FROM task WHERE kind = 'long_term'"));
}

/* A closed round over the county with every item confirmed, four newly found problems among them
 * with their tasks, and the six-point review of its units; an open round over every task, the
 * new ones too, exactly 300 of them waiting; proposals by the rule as of the day each opened;
 * 回炉 with the task's new deadline. */
static void
test_county_lookback (void)
{
  gint64 n_tasks = count ("SELECT count(*) FROM task");

  g_assert_cmpint (count ("SELECT count(*) FROM lookback_round"), ==, 2);
  g_assert_cmpint (count ("SELECT count(*) FROM lookback_round WHERE unit_id = 1 AND plans = 'rectification special institution'"
                          " AND ((id = 1 AND name = '2014年第一轮回头看' AND opened = '2014-07-17' AND closed = '2014-08-26')"
                          "   OR (id = 2 AND name = '2014年第二轮回头看' AND opened = '2014-09-18' AND closed IS NULL))"), ==, 2);
  /* The first round: every task of the time, all confirmed; four 纳入整改 (three to six are drawn). */
  g_assert_cmpint (count ("SELECT count(*) FROM lookback_item WHERE round_id = 1"), ==, n_tasks - 4);
  g_assert_cmpint (count ("SELECT count(*) FROM lookback_item WHERE round_id = 1 AND outcome IS NULL"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM lookback_item WHERE outcome = 'new'"), ==, 4);
  g_assert_cmpint (count ("SELECT count(*) FROM lookback_item i JOIN task n ON n.id = i.new_task_id JOIN task t ON t.id = i.task_id"
                          " JOIN problem p ON p.id = n.problem_id"
                          " WHERE i.round_id = 1 AND i.outcome = 'new' AND n.unit_id = t.unit_id AND p.unit_id = t.unit_id"
                          " AND n.source = '2014年第一轮回头看' AND p.found = '2014-07-22' AND n.closed IS NULL"
                          " AND n.number = (SELECT max (number) FROM task WHERE unit_id = n.unit_id)"), ==, 4);
  g_assert_cmpint (count ("SELECT count(*) FROM lookback_item i JOIN task n ON n.id = i.new_task_id WHERE i.round_id = 1"
                          " AND n.id IN (SELECT task_id FROM lookback_item WHERE round_id = 1)"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM lookback_item WHERE round_id = 1 AND outcome = 'redo'"), >, 100);
  /* The second round: every task, exactly 300 waiting. */
  g_assert_cmpint (count ("SELECT count(*) FROM lookback_item WHERE round_id = 2"), ==, n_tasks);
  g_assert_cmpint (count ("SELECT count(*) FROM lookback_item WHERE round_id = 2 AND outcome IS NULL"), ==, 300);
  /* Consolidation proposed for the tasks closed when the round opened, and only for them. */
  g_assert_cmpint (count ("SELECT count(*) FROM lookback_item i JOIN lookback_round r ON r.id = i.round_id"
                          " JOIN task t ON t.id = i.task_id"
                          " WHERE (i.proposed = 'consolidate') <> (t.closed IS NOT NULL AND t.closed <= r.opened)"), ==, 0);
  /* 回炉 gave the open task its new deadline: the last round's stands. */
  g_assert_cmpint (count ("SELECT count(*) FROM lookback_item i JOIN task t ON t.id = i.task_id WHERE i.outcome = 'redo'"
                          " AND (t.closed IS NOT NULL OR t.kind = 'long_term' OR i.new_deadline IS NULL"
                          "      OR i.new_deadline < (SELECT opened FROM lookback_round WHERE id = i.round_id))"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM lookback_item i JOIN task t ON t.id = i.task_id WHERE i.outcome = 'redo'"
                          " AND t.deadline <> i.new_deadline AND NOT EXISTS (SELECT 1 FROM lookback_item l"
                          "   WHERE l.task_id = i.task_id AND l.round_id > i.round_id AND l.outcome = 'redo')"), ==, 0);
  /* The six-point review of the first round: six points for a leadership team, the own measures
   * for a village or community, every unit of the county. */
  g_assert_cmpint (count ("SELECT count(*) FROM lookback_review WHERE round_id <> 1"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM unit u WHERE (SELECT count(*) FROM lookback_review r WHERE r.unit_id = u.id)"
                          " <> CASE WHEN u.kind IN ('village', 'community') THEN 1 ELSE 6 END"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM lookback_review r JOIN unit u ON u.id = r.unit_id"
                          " WHERE (u.kind IN ('village', 'community')) <> (r.point = 'own_measures')"), ==, 0);
  g_assert_cmpint (count ("SELECT count(DISTINCT finding) FROM lookback_review"), ==, 3);
}

/* Reminders of the notices past their reply deadline; the escalation's records at each step,
 * the later steps for units of the earlier ones, each later than the step before. */
static void
test_county_escalation (void)
{
  g_assert_cmpint (count ("SELECT count(*) FROM notice_reminder r JOIN notice n ON n.id = r.notice_id"
                          " WHERE n.replied IS NOT NULL OR n.withdrawn IS NOT NULL OR r.date <= n.reply_by"
                          " OR r.date > '2014-09-30' OR r.operator = ''"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM notice WHERE replied IS NULL AND withdrawn IS NULL AND reply_by < '2014-09-30'"
                          " AND id NOT IN (SELECT notice_id FROM notice_reminder)"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM notice_reminder"), ==, 52);
  g_assert_cmpint (count ("SELECT count(*) FROM accountability WHERE measure = 'talk'"), ==, 5);
  g_assert_cmpint (count ("SELECT count(*) FROM accountability WHERE measure = 'admonition'"), ==, 3);
  g_assert_cmpint (count ("SELECT count(*) FROM accountability WHERE measure = 'accountability'"), ==, 1);
  /* Each names a person of the unit's team (the principal leader for a talk), the reason, the
   * day and who decided, a task of the unit and the notice about it. */
  g_assert_cmpint (count ("SELECT count(*) FROM accountability a WHERE a.reason <> '' AND a.decided_by GLOB '*县*'"
                          " AND a.date <= '2014-09-30' AND a.unit_path = (SELECT path FROM unit WHERE id = a.unit_id)"
                          " AND EXISTS (SELECT 1 FROM team_member m WHERE m.unit_id = a.unit_id AND m.person_id = a.person_id"
                          "             AND (a.measure <> 'talk' OR m.role = 0))"), ==, 9);
  g_assert_cmpint (count ("SELECT count(*) FROM accountability a"
                          " JOIN accountability_link lt ON lt.accountability_id = a.id AND lt.task_id IS NOT NULL"
                          " JOIN accountability_link ln ON ln.accountability_id = a.id AND ln.notice_id IS NOT NULL"
                          " JOIN notice_task nt ON nt.notice_id = ln.notice_id AND nt.task_id = lt.task_id"
                          " JOIN notice n ON n.id = ln.notice_id"
                          " WHERE n.unit_id = a.unit_id AND a.date > n.reply_by"), ==, 9);
  g_assert_cmpint (count ("SELECT count(*) FROM accountability_link"), ==, 18);
  g_assert_cmpint (count ("SELECT count(*) FROM accountability a WHERE a.measure <> 'talk' AND NOT EXISTS"
                          " (SELECT 1 FROM accountability b WHERE b.unit_id = a.unit_id AND b.date < a.date"
                          "  AND b.measure = CASE a.measure WHEN 'admonition' THEN 'talk' ELSE 'admonition' END)"), ==, 0);
}

/* Every light, in proportions a supervision system would show: most tasks green or closed, a
 * fair number yellow and red, some closed late. */
static void
test_county_lights (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) figures = NULL;
  gint64 n, red, yellow, green, closed, late;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 30, 9, 2014);
  figures = hd_stats_compute (county, 0, &today, 3, &error);
  g_assert_no_error (error);
  n = g_array_index (figures, HdStatsFigure, 7).value;
  red = g_array_index (figures, HdStatsFigure, 8).value;
  yellow = g_array_index (figures, HdStatsFigure, 9).value;
  green = g_array_index (figures, HdStatsFigure, 10).value;
  closed = g_array_index (figures, HdStatsFigure, 11).value;
  late = g_array_index (figures, HdStatsFigure, 12).value;

  g_assert_cmpint (red + yellow + green + closed + late, ==, n);
  g_assert_cmpint (green + closed, >, n / 2);
  g_assert_cmpint (red, >, n / 25);
  g_assert_cmpint (yellow, >, n / 50);
  g_assert_cmpint (late, >, n / 50);
  g_assert_cmpint (red, <, n / 5);
  g_assert_cmpint (yellow, <, n / 5);
  g_assert_cmpint (late, <, n / 5);
  /* A long-term task is yellow by its next review date. */
  g_assert_cmpint (count ("SELECT count(*) FROM task t WHERE t.kind = 'long_term' AND t.closed IS NULL"
                          " AND (SELECT min (date) FROM task_review r WHERE r.task_id = t.id AND r.date >= '2014-09-30')"
                          "     <= '2014-10-03'"), >, 0);
}

/* The opinions' text index and the path triggers were set aside for the load: all are back and
 * the index answers for every opinion. */
static void
test_county_text_index (void)
{
  g_assert_cmpint (count ("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
                          "   AND name IN ('opinion_insert', 'task_insert')"), ==, 2);
  g_assert_cmpint (count ("SELECT count(*) FROM opinion_text WHERE opinion_text MATCH '\"门难进\"'"), ==,
                   count ("SELECT count(*) FROM opinion WHERE instr (content, '门难进') > 0"));
  g_assert_cmpint (count ("SELECT count(*) FROM opinion WHERE instr (content, '门难进') > 0"), >, 0);
  hd_test_exec (county,
                "INSERT INTO opinion_text (opinion_text, rank) VALUES ('integrity-check', 1)");
}

static void
test_county_settings_restored (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (shared_dir, "cache.db", NULL);
  g_autofree char *journal_path = g_strconcat (path, "-journal", NULL);
  g_autoptr(HdStore) store = hd_store_open (path, &error);
  g_autoptr(GDate) today = g_date_new_dmy (30, G_DATE_SEPTEMBER, 2014);
  g_autofree char *mode = NULL;
  gint64 before;

  g_assert_no_error (error);
  before = hd_test_query_int (store, "PRAGMA cache_size");
  g_assert_true (hd_demo_generate (store, HD_DEMO_SCALE_COUNTY, 3, today, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hd_test_query_int (store, "PRAGMA cache_size"), ==, before);
  /* Written with a rollback journal, then back in WAL like every store, with no journal left. */
  mode = hd_test_query_text (store, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");
  g_assert_false (g_file_test (journal_path, G_FILE_TEST_EXISTS));
}

/* With another connection open the journal cannot change; the demo is written in WAL, whole. */
static void
test_county_beside_reader (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (shared_dir, "beside.db", NULL);
  g_autoptr(HdStore) store = hd_store_open (path, &error);
  g_autoptr(HdStore) reader = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (30, G_DATE_SEPTEMBER, 2014);
  g_autofree char *mode = NULL;

  g_assert_no_error (error);
  reader = hd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (hd_demo_generate (store, HD_DEMO_SCALE_COUNTY, 1, today, &error));
  g_assert_no_error (error);
  mode = hd_test_query_text (store, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");
  g_assert_cmpint (hd_test_query_int (reader, "SELECT count(*) FROM task"),
                   ==, hd_test_query_int (county, "SELECT count(*) FROM task"));
  g_assert_true (hd_store_check (reader, &error));
  g_assert_no_error (error);
}

static void
test_county_check (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hd_store_check (county, &error));
  g_assert_no_error (error);
}

static void
test_deterministic (void)
{
  g_autoptr(HdStore) again = generate ("again.db", 1);
  g_autoptr(HdStore) other = generate ("other.db", 2);
  g_autofree char *expected = digest (county);
  g_autofree char *same = digest (again);
  g_autofree char *different = digest (other);

  g_assert_cmpstr (same, ==, expected);
  g_assert_cmpstr (different, !=, expected);
  g_assert_cmpint (hd_test_query_int (other, "SELECT count(*) FROM person"), >=, 16000);
  g_assert_cmpint (hd_test_query_int (other, "SELECT count(*) FROM unit"), >=, 900);
}

static void
test_refuses_non_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (30, G_DATE_SEPTEMBER, 2014);
  g_autofree char *before = digest (county);
  g_autofree char *after = NULL;
  g_autofree char *mode = NULL;

  g_assert_false (hd_demo_generate (county, HD_DEMO_SCALE_COUNTY, 7, today, &error));
  g_assert_error (error, HD_DEMO_ERROR, HD_DEMO_ERROR_NOT_EMPTY);
  g_assert_false (hd_store_in_transaction (county));
  mode = hd_test_query_text (county, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");
  after = digest (county);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (count ("SELECT count(*) FROM change_log"), ==, 1);
}

/* The figures against independent counts: the subtree by path prefix rather than by range. */
static void
test_stats (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) township = NULL;
  static const char * const keys[] = { "units", "people", "teams", "supervision_groups", "contact_points",
                                       "opinions", "problems", "tasks", "tasks_red", "tasks_yellow",
                                       "tasks_green", "tasks_closed", "tasks_closed_late", "notices",
                                       "notices_open", "notices_overdue", "lookback_rounds", "lookback_pending",
                                       "accountability", "talks", "meetings", "teams_talks_complete",
                                       "teams_talks_incomplete", "meetings_ready", "tasks_satisfied",
                                       "tasks_basically_satisfied", "tasks_dissatisfied", "opinions_handled" };
  GDate today;
  gint64 township_id = count ("SELECT id FROM unit WHERE kind = 'township' ORDER BY id LIMIT 1");
  gint64 expected[5];

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 30, 9, 2014);
  all = hd_stats_compute (county, 0, &today, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, G_N_ELEMENTS (keys));
  for (guint i = 0; i < all->len; i++)
    g_assert_cmpstr (g_array_index (all, HdStatsFigure, i).key, ==, keys[i]);
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 0).value, ==, count ("SELECT count(*) FROM unit"));
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 1).value, ==, count ("SELECT count(*) FROM person"));
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 2).value, ==, count ("SELECT count(DISTINCT unit_id) FROM team_member"));
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 3).value, ==, 13);
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 4).value, ==, count ("SELECT count(*) FROM contact_point"));
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 5).value, ==, count ("SELECT count(*) FROM opinion"));
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 6).value, ==, count ("SELECT count(*) FROM problem"));
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 7).value, ==, count ("SELECT count(*) FROM task"));
  {
    gint64 sum = 0;
    for (guint i = 8; i < 8 + HD_LIGHT_N_LIGHTS; i++)
      sum += g_array_index (all, HdStatsFigure, i).value;
    g_assert_cmpint (sum, ==, g_array_index (all, HdStatsFigure, 7).value);
  }
  /* About one overdue task in seven has a supervision notice. */
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 13).value, ==, count ("SELECT count(*) FROM notice"));
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 13).value, >=, 60);
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 14).value, ==,
                   count ("SELECT count(*) FROM notice WHERE replied IS NULL AND withdrawn IS NULL"));
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 15).value, ==,
                   count ("SELECT count(*) FROM notice WHERE replied IS NULL AND withdrawn IS NULL AND reply_by < '2014-09-30'"));
  g_assert_cmpint (count ("SELECT count(*) FROM notice WHERE issued >= '2014-09-30' OR replied > '2014-09-30'"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM notice n JOIN notice_task l ON l.notice_id = n.id"
                          " JOIN task t ON t.id = l.task_id WHERE t.unit_id <> n.unit_id"), ==, 0);
  /* Numbered without gaps from 1 in each year. */
  g_assert_cmpint (count ("SELECT count(*) FROM (SELECT year, max (serial) - count(*) AS gap FROM notice GROUP BY year)"
                          " WHERE gap <> 0"), ==, 0);
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 16).value, ==, count ("SELECT count(*) FROM lookback_round"));
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 17).value, ==,
                   count ("SELECT count(*) FROM lookback_item i JOIN lookback_round r ON r.id = i.round_id"
                          " WHERE i.outcome IS NULL AND r.closed IS NULL"));
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 18).value, ==, count ("SELECT count(*) FROM accountability"));
  /* As the demo makes them: the closed round and the open one, 300 items of it waiting; five
   * reminder talks, three admonitions and one holding people responsible. */
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 16).value, ==, 2);
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 17).value, ==, 300);
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 18).value, ==, 9);
  /* About 18,000 conversations, a meeting for each team with a required pair; most teams have
   * talked everything through. */
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 19).value, ==, count ("SELECT count(*) FROM talk"));
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 19).value, >=, 15000);
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 19).value, <=, 22000);
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 20).value, ==, count ("SELECT count(*) FROM meeting"));
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 21).value + g_array_index (all, HdStatsFigure, 22).value, ==,
                   count ("SELECT count(*) FROM unit u WHERE (SELECT count(*) FROM team_member m WHERE m.unit_id = u.id) >= 2"
                          " OR EXISTS (SELECT 1 FROM team_member m JOIN oversight o ON o.member_id = m.id"
                          "            JOIN team_member h ON h.unit_id = o.department_id AND h.role = 0"
                          "            WHERE m.unit_id = u.id AND h.person_id <> m.person_id)"));
  /* A meeting ahead for each of those teams; some held one earlier in the year. */
  g_assert_cmpint (count ("SELECT count(*) FROM meeting WHERE date > '2014-09-30'"), ==,
                   g_array_index (all, HdStatsFigure, 21).value + g_array_index (all, HdStatsFigure, 22).value);
  g_assert_cmpint (count ("SELECT count(*) FROM meeting WHERE date < '2014-09-30'"), >, 0);
  /* The branches of villages and communities hold organisation life meetings. */
  g_assert_cmpint (count ("SELECT count(*) FROM meeting m JOIN unit u ON u.id = m.unit_id"
                          " WHERE (u.kind IN ('village', 'community')) <> (m.kind = 'organisation')"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM meeting WHERE kind = 'democratic'"), >, 0);
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 21).value * 10, >=,
                   (g_array_index (all, HdStatsFigure, 21).value + g_array_index (all, HdStatsFigure, 22).value) * 6);
  g_assert_cmpint (g_array_index (all, HdStatsFigure, 22).value, >, 0);
  /* The meetings ahead at every stage of readiness; the earlier ones with their record. */
  g_assert_cmpint (count ("SELECT count(*) FROM meeting WHERE date > '2014-09-30' AND informed IS NULL"), >, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM meeting WHERE date > '2014-09-30' AND informed IS NOT NULL"), >, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM meeting m WHERE date > '2014-09-30'"
                          " AND NOT EXISTS (SELECT 1 FROM meeting_material r WHERE r.meeting_id = m.id)"), >, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM meeting_criticism c JOIN meeting m ON m.id = c.meeting_id"
                          " WHERE m.date < '2014-09-30'"), ==, count ("SELECT count(*) FROM meeting_criticism"));
  g_assert_cmpint (count ("SELECT count(*) FROM meeting_criticism"), >, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM meeting_measure"), >, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM meeting_person WHERE presence = 'absent' AND reason <> ''"), >, 0);
  /* The meetings ready, counted at once for all, as each meeting's own checklist has it. */
  {
    g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    sqlite3_stmt *stmt = hd_store_prepare (county, "SELECT id FROM meeting ORDER BY id", &error);
    gint64 ready = 0;

    g_assert_no_error (error);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);

        g_array_append_val (ids, id);
      }
    sqlite3_reset (stmt);
    for (guint i = 0; i < ids->len; i++)
      {
        HdMeetingReadiness readiness;

        g_assert_true (hd_meeting_readiness_read (county, g_array_index (ids, gint64, i), &readiness, &error));
        ready += hd_meeting_readiness_is_ready (&readiness);
        hd_meeting_readiness_clear (&readiness);
      }
    g_assert_cmpint (g_array_index (all, HdStatsFigure, 23).value, ==, ready);
    /* The verdicts and the opinions handled, as the database keeps them counted. */
    g_assert_cmpint (g_array_index (all, HdStatsFigure, 24).value, ==, count ("SELECT count(*) FROM task WHERE verdict = 'satisfied'"));
    g_assert_cmpint (g_array_index (all, HdStatsFigure, 25).value, ==,
                     count ("SELECT count(*) FROM task WHERE verdict = 'basically_satisfied'"));
    g_assert_cmpint (g_array_index (all, HdStatsFigure, 26).value, ==,
                     count ("SELECT count(*) FROM task WHERE verdict = 'dissatisfied'"));
    g_assert_cmpint (g_array_index (all, HdStatsFigure, 26).value, >, 0);
    g_assert_cmpint (g_array_index (all, HdStatsFigure, 27).value, ==,
                     count ("SELECT count(*) FROM opinion WHERE status IN ('problem', 'answered', 'closed')"));
    g_assert_cmpint (ready, >, 0);
    g_assert_cmpint (ready, <, (gint64) ids->len);
  }
  /* Every conversation lies in its meeting's preparation, before today. */
  g_assert_cmpint (count ("SELECT count(*) FROM talk t JOIN meeting m ON m.id = t.meeting_id"
                          " WHERE t.date < m.prepare_from OR t.date > m.date OR t.date >= '2014-09-30'"), ==, 0);

  township = hd_stats_compute (county, township_id, &today, 3, &error);
  g_assert_no_error (error);
  expected[0] = count ("SELECT count(*) FROM unit u, unit t WHERE t.kind = 'township' AND t.id = (SELECT min (id) FROM unit WHERE kind = 'township')"
                       " AND substr (u.path, 1, length (t.path)) = t.path");
  expected[1] = count ("SELECT count(*) FROM person p JOIN unit u ON u.id = p.unit_id, unit t"
                       " WHERE t.id = (SELECT min (id) FROM unit WHERE kind = 'township') AND substr (u.path, 1, length (t.path)) = t.path");
  expected[2] = expected[0];
  expected[3] = count ("SELECT count(DISTINCT a.group_id) FROM supervision_assignment a JOIN unit u ON u.id = a.unit_id, unit t"
                       " WHERE t.id = (SELECT min (id) FROM unit WHERE kind = 'township') AND substr (u.path, 1, length (t.path)) = t.path");
  expected[4] = count ("SELECT count(*) FROM contact_point c JOIN unit u ON u.id = c.unit_id, unit t"
                       " WHERE t.id = (SELECT min (id) FROM unit WHERE kind = 'township') AND substr (u.path, 1, length (t.path)) = t.path");
  g_assert_cmpint (expected[0], >, 20);
  g_assert_cmpint (expected[3], >=, 1);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (g_array_index (township, HdStatsFigure, i).value, ==, expected[i]);

  g_clear_pointer (&township, g_array_unref);
  township = hd_stats_compute (county, 999999999, &today, 3, &error);
  g_assert_null (township);
  g_assert_nonnull (error);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  shared_dir = g_dir_make_tmp ("huodongban-test-demo-XXXXXX", &error);
  g_assert_no_error (error);
  county = generate ("county.db", 1);

  g_test_add_func ("/demo/scale-from-string", test_scale_from_string);
  g_test_add_func ("/demo/county/composition", test_county_composition);
  g_test_add_func ("/demo/county/teams", test_county_teams);
  g_test_add_func ("/demo/county/oversight", test_county_oversight);
  g_test_add_func ("/demo/county/supervision", test_county_supervision);
  g_test_add_func ("/demo/county/contact-points", test_county_contact_points);
  g_test_add_func ("/demo/county/people", test_county_people);
  g_test_add_func ("/demo/county/codes-and-paths", test_county_codes_and_paths);
  g_test_add_func ("/demo/county/change-log", test_county_change_log);
  g_test_add_func ("/demo/county/name-index", test_county_name_index);
  g_test_add_func ("/demo/county/opinions", test_county_opinions);
  g_test_add_func ("/demo/county/problems", test_county_problems);
  g_test_add_func ("/demo/county/tasks", test_county_tasks);
  g_test_add_func ("/demo/county/lights", test_county_lights);
  g_test_add_func ("/demo/county/lookback", test_county_lookback);
  g_test_add_func ("/demo/county/escalation", test_county_escalation);
  g_test_add_func ("/demo/county/text-index", test_county_text_index);
  g_test_add_func ("/demo/county/settings-restored", test_county_settings_restored);
  g_test_add_func ("/demo/county/beside-reader", test_county_beside_reader);
  g_test_add_func ("/demo/county/check", test_county_check);
  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add_func ("/demo/refuses-non-empty", test_refuses_non_empty);
  g_test_add_func ("/demo/stats", test_stats);
  status = g_test_run ();

  g_clear_object (&county);
  hd_test_remove_tree (shared_dir);
  g_free (shared_dir);
  return status;
}

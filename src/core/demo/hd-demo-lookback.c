/* hd-demo-lookback.c — the county's look-back review (回头看) and what follows its notices: a
 * closed round over the whole county, every item confirmed (some sent back to the furnace, a few
 * newly found problems added to the rectification with their tasks) and the six-point review of
 * its units; an open round with a few hundred items still waiting; reminders (催办) of the notices
 * past their reply deadline; and accountability records at each step of the escalation.
 *
 * Outcomes are proposed by the rule itself (hd_lookback_propose) from each task's state on the
 * day the round opened. Drawn from a random sequence of their own, so that the rest of the demo
 * data stays as it was for the same seed. */
#include "demo/hd-demo-private.h"
#include "ledger/hd-task.h"
#include "lookback/hd-accountability.h"
#include "lookback/hd-lookback-review.h"
#include "lookback/hd-lookback.h"
#include "opinions/hd-opinion.h"
#include "store/hd-date.h"
#include "store/hd-read.h"

#define CLOSED_OPENED   75   /* days before today: the first round opened */
#define CLOSED_CLOSED   35   /* and was closed */
#define OPEN_OPENED     12   /* the second round opened, and is still open */
#define OPEN_WAITING   300   /* items of the open round that wait for an outcome */
#define MORE_REDO       20   /* per mille of the open tasks on track that the clerk sends back */
#define REDO_DAYS_LOW   30   /* a new deadline this many days after the round opened… */
#define REDO_DAYS_HIGH  60   /* …up to this many */
#define N_TALKS          5   /* accountability records a county: 约谈提醒 */
#define N_ADMONITIONS    3   /* 诫勉批评, of units talked to before */
#define N_ACCOUNTABLE    1   /* 追究责任, of units admonished before */

/* What a round reads of a task, and what confirming 回炉 changes. */
typedef struct {
  gint64     id;
  guint      unit;            /* index into the writer's ledger units */
  guint32    deadline;        /* Julian; 0 for a long-term task */
  char       closed[11];      /* ISO, empty while open */
  HdVerdict  verdict;
} RoundTask;

/* A problem found in the look-back review, as the clerk adds it with its task. */
static const struct {
  HdCategory  category;
  const char *problem;
  const char *measures;
  const char *goal;
} found_problems[] = {
  { HD_CATEGORY_FORMALISM, "整改台账填报重形式、轻实效", "建立整改回访制度，逐项核实整改成效", "整改见实效，群众认可" },
  { HD_CATEGORY_BUREAUCRATISM, "服务窗口仍有推诿扯皮现象", "推行首问负责和限时办结制度", "办事效率明显提高" },
  { HD_CATEGORY_HEDONISM, "个别干部工作日午间饮酒", "开展专项检查，严格执行工作日禁酒规定", "禁酒规定执行到位" },
  { HD_CATEGORY_EXTRAVAGANCE, "节日期间公款购买礼品问题苗头", "开展节日期间作风专项督查", "杜绝公款送礼" },
  { HD_CATEGORY_VITAL_INTERESTS, "低保评定程序不够公开", "低保评定全程公示，接受群众监督", "低保评定公开公正" },
  { HD_CATEGORY_SERVING_MASSES, "联系群众走访记录不实", "建立走访台账抽查制度", "联系群众常态化" },
};

static const char * const redo_notes[] = { "群众不满意，回炉整改", "整改效果不明显，限期补课" };
static const char * const track_notes[] = { "", "", "明确责任领导和措施，跟踪推进", "重新明确责任人，跟踪推进" };
static const char * const consolidate_notes[] = { "", "", "", "巩固整改成果，防止反弹" };

static const char *
pick_text (GRand              *rand,
           const char * const *texts,
           guint               n)
{
  return texts[g_rand_int_range (rand, 0, (gint32) n)];
}

static void
set_failure (Writer *w)
{
  if (w->failure == NULL)
    w->failure = g_strdup (sqlite3_errmsg (w->db));
}

static sqlite3_stmt *
prepare (Writer     *w,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (w->failure == NULL && sqlite3_prepare_v2 (w->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    set_failure (w);
  return stmt;
}

static char *
iso_day (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return hd_date_format_iso (&date);
}

/* Selection sampling: whether the next of @left candidates is one of the @wanted still wanted,
 * so that exactly that many are chosen from any number of candidates. */
static gboolean
select_next (GRand *rand,
             guint *wanted,
             guint  left)
{
  if (*wanted == 0 || left == 0 || (guint) g_rand_int_range (rand, 0, (gint32) left) >= *wanted)
    return FALSE;
  (*wanted)--;
  return TRUE;
}

/* What the rows of the county's tasks and notices are read into. */
typedef struct {
  GHashTable *unit_index;    /* unit id → index into the writer's ledger units */
  GArray     *rows;
  guint      *last_number;   /* per ledger unit: the last number of its ledger */
} Reading;

static guint
unit_of (Reading      *reading,
         sqlite3_stmt *stmt,
         int           column)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (reading->unit_index,
                                                GINT_TO_POINTER ((int) sqlite3_column_int64 (stmt, column))));
}

/* Runs @sql with the county's first id bound to ?1 (and today to ?2, where it has one), handing
 * each row to @read_row. */
static void
read_each (Writer        *w,
           const char    *sql,
           gint64         first,
           HdReadRowFunc  read_row,
           Reading       *reading)
{
  sqlite3_stmt *stmt = prepare (w, sql);
  int rc;

  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, first);
  if (sqlite3_bind_parameter_count (stmt) > 1)
    hd_demo_bind_day (stmt, 2, w->today);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    read_row (stmt, reading);
  if (rc != SQLITE_DONE)
    set_failure (w);
  sqlite3_finalize (stmt);
}

static void
read_task (sqlite3_stmt *stmt,
           gpointer      data)
{
  Reading *reading = data;
  RoundTask task = { sqlite3_column_int64 (stmt, 0), unit_of (reading, stmt, 1), (guint32) sqlite3_column_int64 (stmt, 2),
                     "", HD_VERDICT_NONE };

  g_strlcpy (task.closed, (const char *) sqlite3_column_text (stmt, 3), sizeof task.closed);
  hd_verdict_from_string ((const char *) sqlite3_column_text (stmt, 4), &task.verdict);
  reading->last_number[task.unit] = MAX (reading->last_number[task.unit], (guint) sqlite3_column_int (stmt, 5));
  g_array_append_val (reading->rows, task);
}

static gint64
write_round (Writer     *w,
             const Unit *county,
             const char *name,
             guint32     opened,
             guint32     closed)
{
  sqlite3_stmt *stmt = w->round.stmt;
  gint64 id = hd_demo_writer_row (w, &w->round, w->lookback_rand);

  sqlite3_bind_text (stmt, 3, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, county->id);
  sqlite3_bind_text (stmt, 5, "rectification special institution", -1, SQLITE_STATIC);
  hd_demo_bind_day (stmt, 6, opened);
  hd_demo_bind_day (stmt, 7, closed);
  hd_demo_writer_step (w, stmt);
  return id;
}

static void
write_item (Writer            *w,
            gint64             round_id,
            gint64             task_id,
            HdLookbackOutcome  proposed,
            gboolean           confirmed,
            HdLookbackOutcome  outcome,
            const char        *note,
            guint32            new_deadline,
            gint64             new_task_id)
{
  sqlite3_stmt *stmt = w->item.stmt;

  hd_demo_writer_row (w, &w->item, w->lookback_rand);
  sqlite3_bind_int64 (stmt, 3, round_id);
  sqlite3_bind_int64 (stmt, 4, task_id);
  sqlite3_bind_text (stmt, 5, hd_lookback_outcome_to_string (proposed), -1, SQLITE_STATIC);
  hd_store_bind_text_or_null (stmt, 6, confirmed ? hd_lookback_outcome_to_string (outcome) : NULL);
  sqlite3_bind_text (stmt, 7, confirmed ? note : "", -1, SQLITE_STATIC);
  hd_demo_bind_day (stmt, 8, new_deadline);
  hd_store_bind_id_or_null (stmt, 9, new_task_id);
  hd_demo_writer_step (w, stmt);
}

/* 纳入整改: the problem found in @unit on @found and its open task, last in the unit's ledger, due
 * on @deadline; returns the task's id. */
static gint64
write_found_problem (Writer           *w,
                     const LedgerUnit *unit,
                     guint             number,
                     const char       *source,
                     guint32           found,
                     guint32           deadline)
{
  GRand *rand = w->lookback_rand;
  guint which = (guint) g_rand_int_range (rand, 0, G_N_ELEMENTS (found_problems));
  sqlite3_stmt *stmt = w->problem.stmt;
  char person[HD_DEMO_NAME_MAX];
  gint64 problem_id, task_id;

  problem_id = hd_demo_writer_row (w, &w->problem, rand);
  sqlite3_bind_int64 (stmt, 3, unit->id);
  sqlite3_bind_null (stmt, 4);
  sqlite3_bind_text (stmt, 5, hd_category_to_string (found_problems[which].category), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, found_problems[which].problem, -1, SQLITE_STATIC);
  hd_demo_bind_day (stmt, 7, found);
  hd_demo_writer_step (w, stmt);

  hd_demo_person_name (rand, chance (rand, FEMALE_CADRES), person);
  stmt = w->task.stmt;
  task_id = hd_demo_writer_row (w, &w->task, rand);
  sqlite3_bind_int64 (stmt, 3, unit->id);
  sqlite3_bind_text (stmt, 4, unit->path, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, (int) number);
  sqlite3_bind_text (stmt, 6, hd_task_plan_to_string (HD_TASK_PLAN_RECTIFICATION), -1, SQLITE_STATIC);
  sqlite3_bind_null (stmt, 7);
  sqlite3_bind_text (stmt, 8, hd_task_kind_to_string (HD_TASK_KIND_DEADLINE), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, found_problems[which].problem, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 10, problem_id);
  sqlite3_bind_text (stmt, 11, source, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, found_problems[which].goal, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, found_problems[which].measures, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 14, unit->n_leaders > 0 ? unit->leader[0] : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 15, person, -1, SQLITE_TRANSIENT);
  hd_demo_bind_day (stmt, 16, deadline);
  sqlite3_bind_text (stmt, 17, "", -1, SQLITE_STATIC);
  sqlite3_bind_null (stmt, 18);
  sqlite3_bind_null (stmt, 19);
  hd_demo_writer_step (w, stmt);
  return task_id;
}

typedef struct {
  Writer        *w;
  const Unit    *county;
  GArray        *tasks;          /* RoundTask */
  guint         *last_number;    /* per ledger unit: the last number of its ledger */
  sqlite3_stmt  *new_deadline;   /* UPDATE task SET deadline = ?2 WHERE id = ?1 */
} Review;

/* A round over the county's every task, opened on @opened (and closed on @closed unless 0): each
 * item proposed by the rule and confirmed as proposed, but for the @n_waiting that wait, the
 * @n_found that become 纳入整改, and the tasks the clerk sends back. 回炉 gives an open task with
 * a deadline its new deadline; a long-term one is tracked instead. Returns the round's id. */
static gint64
write_round_items (Review     *r,
                   const char *name,
                   guint32     opened,
                   guint32     closed,
                   guint       n_waiting,
                   guint       n_found)
{
  Writer *w = r->w;
  GRand *rand = w->lookback_rand;
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (RoundTask));
  g_autofree char *opened_iso = iso_day (opened);
  guint n_tasks = r->tasks->len;
  gint64 round_id = write_round (w, r->county, name, opened, closed);
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_julian (&day, opened);
  for (guint i = 0; i < n_tasks && w->failure == NULL; i++)
    {
      RoundTask *task = &g_array_index (r->tasks, RoundTask, i);
      g_autofree char *deadline = task->deadline != 0 ? iso_day (task->deadline) : NULL;
      /* As the task stood when the round opened: closed later means open then, not yet judged. */
      gboolean closed_then = task->closed[0] != '\0' && strcmp (task->closed, opened_iso) <= 0;
      HdLookbackTaskState state = {
        closed_then ? task->closed : NULL,
        closed_then || task->verdict == HD_VERDICT_DISSATISFIED ? task->verdict : HD_VERDICT_NONE,
        NULL, deadline,
      };
      HdLookbackOutcome proposed = hd_lookback_propose (&state, &day, NULL), outcome = proposed;
      gboolean waiting = select_next (rand, &n_waiting, n_tasks - i);
      const char *note = "";
      guint32 new_deadline = 0;
      gint64 new_task_id = 0;

      if (!waiting && select_next (rand, &n_found, n_tasks - i))
        {
          const LedgerUnit *unit = &g_array_index (w->ledger_units, LedgerUnit, task->unit);
          RoundTask found = { 0, task->unit, w->today + (guint32) rand_between (rand, 30, 90), "", HD_VERDICT_NONE };

          outcome = HD_LOOKBACK_NEW;
          note = "回头看中发现新问题，纳入整改";
          found.id = new_task_id = write_found_problem (w, unit, ++r->last_number[task->unit], name, opened + 5,
                                                        found.deadline);
          g_array_append_val (added, found);
        }
      else if (proposed == HD_LOOKBACK_TRACK && !closed_then && chance (rand, MORE_REDO))
        outcome = HD_LOOKBACK_REDO;
      if (outcome == HD_LOOKBACK_REDO && (task->deadline == 0 || task->closed[0] != '\0'))
        outcome = HD_LOOKBACK_TRACK;
      if (outcome == HD_LOOKBACK_REDO && !waiting)
        {
          note = pick_text (rand, redo_notes, G_N_ELEMENTS (redo_notes));
          new_deadline = task->deadline = opened + (guint32) rand_between (rand, REDO_DAYS_LOW, REDO_DAYS_HIGH);
          sqlite3_bind_int64 (r->new_deadline, 1, task->id);
          hd_demo_bind_day (r->new_deadline, 2, new_deadline);
          hd_demo_writer_step (w, r->new_deadline);
        }
      else if (outcome == HD_LOOKBACK_TRACK)
        note = pick_text (rand, track_notes, G_N_ELEMENTS (track_notes));
      else if (outcome == HD_LOOKBACK_CONSOLIDATE)
        note = pick_text (rand, consolidate_notes, G_N_ELEMENTS (consolidate_notes));
      write_item (w, round_id, task->id, proposed, !waiting, outcome, note, new_deadline, new_task_id);
    }
  /* The next round reviews the new tasks too. */
  g_array_append_vals (r->tasks, added->data, added->len);
  return round_id;
}

/* The six-point review of every unit with a leadership team; a village or community reviews its
 * own measures. Most points done, some partly, a few not. */
static void
write_findings (Writer *w,
                gint64  round_id)
{
  static const int findings[HD_REVIEW_N_FINDINGS] = { 780, 170, 50 };
  static const char * const notes[HD_REVIEW_N_FINDINGS] = { "", "基本到位，仍需巩固", "未达到要求，限期补课" };
  GRand *rand = w->lookback_rand;

  for (guint i = 0; i < w->ledger_units->len && w->failure == NULL; i++)
    {
      const LedgerUnit *unit = &g_array_index (w->ledger_units, LedgerUnit, i);
      gboolean own = unit->kind == HD_UNIT_KIND_VILLAGE || unit->kind == HD_UNIT_KIND_COMMUNITY;
      guint first = own ? HD_REVIEW_POINT_OWN_MEASURES : 0;
      guint last = own ? HD_REVIEW_POINT_OWN_MEASURES : HD_REVIEW_N_TEAM_POINTS - 1;

      for (guint point = first; point <= last; point++)
        {
          HdReviewFinding finding = (HdReviewFinding) draw_weighted (rand, findings, HD_REVIEW_N_FINDINGS);

          hd_demo_writer_row (w, &w->finding, rand);
          sqlite3_bind_int64 (w->finding.stmt, 3, round_id);
          sqlite3_bind_int64 (w->finding.stmt, 4, unit->id);
          sqlite3_bind_text (w->finding.stmt, 5, hd_review_point_to_string ((HdReviewPoint) point), -1, SQLITE_STATIC);
          sqlite3_bind_text (w->finding.stmt, 6, hd_review_finding_to_string (finding), -1, SQLITE_STATIC);
          sqlite3_bind_text (w->finding.stmt, 7, notes[finding], -1, SQLITE_STATIC);
          hd_demo_writer_step (w, w->finding.stmt);
        }
    }
}

/* A notice still waiting for its reply, past its deadline, with the task it names. */
typedef struct {
  gint64   id;
  guint    unit;
  gint64   task_id;
  guint32  reply_by;
} Overdue;

static void
read_overdue (sqlite3_stmt *stmt,
              gpointer      data)
{
  Reading *reading = data;
  Overdue notice = {
    sqlite3_column_int64 (stmt, 0), unit_of (reading, stmt, 1), sqlite3_column_int64 (stmt, 2),
    (guint32) sqlite3_column_int64 (stmt, 3),
  };

  g_array_append_val (reading->rows, notice);
}

/* One or two reminders (催办) for each overdue notice, after its reply deadline. */
static void
write_reminders (Writer       *w,
                 const GArray *overdue)
{
  static const char * const notes[] = { "电话催办", "书面催办", "督导组现场催办" };
  GRand *rand = w->lookback_rand;
  char clerk[HD_DEMO_NAME_MAX];

  hd_demo_person_name (rand, chance (rand, FEMALE_CADRES), clerk);
  for (guint i = 0; i < overdue->len && w->failure == NULL; i++)
    {
      const Overdue *notice = &g_array_index (overdue, Overdue, i);
      guint32 day = notice->reply_by;

      for (int n = rand_between (rand, 1, 2); n > 0 && day < w->today; n--)
        {
          day += (guint32) rand_between (rand, 1, (int) MIN (7, w->today - day));
          hd_demo_writer_row (w, &w->reminder, rand);
          sqlite3_bind_int64 (w->reminder.stmt, 3, notice->id);
          hd_demo_bind_day (w->reminder.stmt, 4, day);
          sqlite3_bind_text (w->reminder.stmt, 5, pick_text (rand, notes, G_N_ELEMENTS (notes)), -1, SQLITE_STATIC);
          sqlite3_bind_text (w->reminder.stmt, 6, clerk, -1, SQLITE_TRANSIENT);
          hd_demo_writer_step (w, w->reminder.stmt);
        }
    }
}

static void
write_accountability (Writer           *w,
                      const LedgerUnit *unit,
                      gint64            person_id,
                      HdEscalation      measure,
                      const char       *reason,
                      guint32           day,
                      const char       *decided_by,
                      const Overdue    *notice)
{
  sqlite3_stmt *stmt = w->accountability.stmt;
  gint64 id = hd_demo_writer_row (w, &w->accountability, w->lookback_rand);

  sqlite3_bind_int64 (stmt, 3, unit->id);
  hd_store_bind_id_or_null (stmt, 4, person_id);
  sqlite3_bind_text (stmt, 5, hd_escalation_to_string (measure), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, reason, -1, SQLITE_STATIC);
  hd_demo_bind_day (stmt, 7, day);
  sqlite3_bind_text (stmt, 8, decided_by, -1, SQLITE_TRANSIENT);
  hd_demo_writer_step (w, stmt);

  stmt = w->accountability_link.stmt;
  for (int link = 0; link < 2; link++)
    {
      hd_demo_writer_row (w, &w->accountability_link, w->lookback_rand);
      sqlite3_bind_int64 (stmt, 3, id);
      hd_store_bind_id_or_null (stmt, 4, link == 0 ? notice->task_id : 0);
      hd_store_bind_id_or_null (stmt, 5, link == 1 ? notice->id : 0);
      hd_demo_writer_step (w, stmt);
    }
}

/* The escalation after the notices, in rising order: a reminder talk with the principal leader of
 * the units of the first overdue notices, admonition of a team member of the first of those, and
 * holding the first of those responsible; each later than the step before, none after today. */
static void
write_escalation (Writer       *w,
                  const char   *county_name,
                  const GArray *overdue)
{
  static const struct {
    HdEscalation  measure;
    guint         n;
    const char   *reason;
    const char   *decided_by;
  } steps[] = {
    { HD_ESCALATION_TALK, N_TALKS, "督办事项逾期未回复，整改工作推进迟缓", "活动领导小组" },
    { HD_ESCALATION_ADMONITION, N_ADMONITIONS, "整改敷衍应付，搞形式、走过场", "纪委" },
    { HD_ESCALATION_ACCOUNTABILITY, N_ACCOUNTABLE, "“四风”问题反弹回潮，顶风违纪", "纪委、组织部" },
  };
  GRand *rand = w->lookback_rand;
  guint32 day[N_TALKS] = { 0 };
  guint chosen[N_TALKS];
  guint n = 0;

  /* The talks need a week after the reply deadline; each step after it a day at least. */
  for (guint i = 0; i < overdue->len && n < N_TALKS; i++)
    if (g_array_index (overdue, Overdue, i).reply_by + 7 + G_N_ELEMENTS (steps) <= w->today)
      chosen[n++] = i;
  for (guint s = 0; s < G_N_ELEMENTS (steps) && w->failure == NULL; s++)
    {
      g_autofree char *decided_by = g_strconcat (county_name, steps[s].decided_by, NULL);

      for (guint i = 0; i < MIN (steps[s].n, n); i++)
        {
          const Overdue *notice = &g_array_index (overdue, Overdue, chosen[i]);
          const LedgerUnit *unit = &g_array_index (w->ledger_units, LedgerUnit, notice->unit);
          guint32 earliest = s == 0 ? notice->reply_by + 7 : day[i] + 1;
          guint left = (guint) G_N_ELEMENTS (steps) - 1 - s;
          /* The principal leader is talked to; a member is admonished and held responsible. */
          guint who = s == 0 || unit->n_leaders < 2 ? 0 : 1;

          day[i] = earliest + (guint32) rand_between (rand, 0, (int) MIN (10, w->today - left - earliest));
          write_accountability (w, unit, unit->n_leaders > 0 ? unit->leader_id[who] : 0, steps[s].measure,
                                steps[s].reason, day[i], decided_by, notice);
        }
    }
}

void
hd_demo_add_lookback (Writer     *w,
                      const Unit *county,
                      gint64      first_task,
                      gint64      first_notice)
{
  g_autoptr(GHashTable) unit_index = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GArray) overdue = NULL;
  g_autofree guint *last_number = NULL;
  g_autofree char *first_name = NULL;
  g_autofree char *second_name = NULL;
  Review review = { w, county, NULL, NULL, NULL };
  Reading reading = { unit_index, NULL, NULL };
  guint n_units = w->ledger_units->len;
  GDate day;
  gint64 round_id;

  if (w->lookback_rand == NULL || w->failure != NULL)
    return;
  /* Unit ids are small enough for a pointer's int; there are a few hundred per county. */
  for (guint i = 0; i < n_units; i++)
    g_hash_table_insert (unit_index, GINT_TO_POINTER ((int) g_array_index (w->ledger_units, LedgerUnit, i).id),
                         GUINT_TO_POINTER (i));
  review.last_number = last_number = g_new0 (guint, n_units);
  review.tasks = reading.rows = g_array_new (FALSE, FALSE, sizeof (RoundTask));
  reading.last_number = last_number;
  /* The tasks in the ledger's order: they were written unit by unit in it. */
  read_each (w,
             "SELECT id, unit_id, CAST (julianday (deadline) - 1721424.5 AS INTEGER), coalesce (closed, ''), verdict, number"
             " FROM task WHERE id >= ?1 ORDER BY id",
             first_task, read_task, &reading);
  review.new_deadline = prepare (w, "UPDATE task SET deadline = ?2 WHERE id = ?1");

  g_date_clear (&day, 1);
  g_date_set_julian (&day, w->today - CLOSED_OPENED);
  first_name = g_strdup_printf ("%u年第一轮回头看", g_date_get_year (&day));
  second_name = g_strdup_printf ("%u年第二轮回头看", g_date_get_year (&day));
  if (w->failure == NULL)
    {
      round_id = write_round_items (&review, first_name, w->today - CLOSED_OPENED, w->today - CLOSED_CLOSED, 0,
                                    (guint) rand_between (w->lookback_rand, 3, 6));
      write_findings (w, round_id);
      write_round_items (&review, second_name, w->today - OPEN_OPENED, 0, OPEN_WAITING, 0);
    }
  g_clear_pointer (&review.new_deadline, sqlite3_finalize);
  g_array_unref (review.tasks);

  overdue = reading.rows = g_array_new (FALSE, FALSE, sizeof (Overdue));
  read_each (w,
             "SELECT n.id, n.unit_id, (SELECT min (task_id) FROM notice_task WHERE notice_id = n.id),"
             " CAST (julianday (n.reply_by) - 1721424.5 AS INTEGER) FROM notice n"
             " WHERE n.id >= ?1 AND n.replied IS NULL AND n.withdrawn IS NULL AND n.reply_by < ?2 ORDER BY n.id",
             first_notice, read_overdue, &reading);
  write_reminders (w, overdue);
  write_escalation (w, county->name, overdue);
}

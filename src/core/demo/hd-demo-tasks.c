/* hd-demo-tasks.c — a unit's rectification tasks of the two plans and the programme, with their
 * progress, results, verdicts and review dates, so that every deadline light occurs. */
#include "demo/hd-demo-private.h"
#include "ledger/hd-task.h"

typedef enum {
  OUTCOME_CLOSED,
  OUTCOME_CLOSED_LATE,
  OUTCOME_RED,
  OUTCOME_YELLOW,
  OUTCOME_GREEN,
  N_OUTCOMES,
} Outcome;

/* Per mille, in the order of Outcome. A long-term task is never red nor closed late: its light
 * follows its next review date, and closing it is always on time. */
static const int deadline_outcomes[N_OUTCOMES]  = { 460, 70, 120, 60, 290 };
static const int long_term_outcomes[N_OUTCOMES] = { 350, 0, 0, 80, 570 };

typedef struct {
  HdTaskPlan    plan;
  HdRuleAction  rule_action;
  HdTaskKind    kind;
  const char   *problem;
  gint64        problem_id;
  const char   *measures;
  const char   *goal;
  guint32       since;   /* when the problem was found: the task's work starts after */
} DemoTask;

static void
add_progress (Writer     *w,
              GRand      *rand,
              gint64      task_id,
              guint32     day,
              const char *text,
              const char *operator_name)
{
  hd_demo_writer_row (w, &w->progress, rand);
  sqlite3_bind_int64 (w->progress.stmt, 3, task_id);
  hd_demo_bind_day (w->progress.stmt, 4, day);
  sqlite3_bind_text (w->progress.stmt, 5, text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (w->progress.stmt, 6, operator_name, -1, SQLITE_TRANSIENT);
  hd_demo_writer_step (w, w->progress.stmt);
}

static void
add_review (Writer  *w,
            GRand   *rand,
            gint64   task_id,
            guint32  day)
{
  hd_demo_writer_row (w, &w->review, rand);
  sqlite3_bind_int64 (w->review.stmt, 3, task_id);
  hd_demo_bind_day (w->review.stmt, 4, day);
  hd_demo_writer_step (w, w->review.stmt);
}

static void
write_task (Writer           *w,
            GRand            *rand,
            const LedgerUnit *unit,
            guint             number,
            const DemoTask   *task,
            guint32           today)
{
  gboolean long_term = task->kind == HD_TASK_KIND_LONG_TERM;
  Outcome outcome = (Outcome) draw_weighted (rand, long_term ? long_term_outcomes : deadline_outcomes, N_OUTCOMES);
  gint64 id;
  guint32 deadline = 0, closed = 0, start, end, lead, next_review = 0;
  char leader[HD_DEMO_NAME_MAX], person[HD_DEMO_NAME_MAX];
  char text[HD_DEMO_TEXT_MAX], result[HD_DEMO_TEXT_MAX] = "";
  char goal[HD_DEMO_TEXT_MAX], measures[HD_DEMO_TEXT_MAX];
  HdVerdict verdict = HD_VERDICT_NONE;
  gboolean sent_back = FALSE;
  guint leader_index = 0;

  switch (outcome)
    {
    case OUTCOME_CLOSED:
      deadline = today - 150 + (guint32) rand_between (rand, 0, 210);
      closed = MIN (deadline, today) - (guint32) rand_between (rand, 0, 20);
      break;
    case OUTCOME_CLOSED_LATE:
      deadline = today - (guint32) rand_between (rand, 5, 150);
      closed = deadline + (guint32) rand_between (rand, 1, (int) MIN (30, today - deadline));
      break;
    case OUTCOME_RED:
      deadline = today - (guint32) rand_between (rand, 1, 60);
      break;
    case OUTCOME_YELLOW:
      deadline = today + (guint32) rand_between (rand, 0, HD_LIGHT_DEFAULT_WARNING_DAYS);
      break;
    case OUTCOME_GREEN:
    case N_OUTCOMES:
    default:
      deadline = today + (guint32) rand_between (rand, HD_LIGHT_DEFAULT_WARNING_DAYS + 1, 120);
      break;
    }
  if (long_term)
    {
      /* Its reviews stand in for the deadline: the next one gives the light. */
      next_review = outcome == OUTCOME_YELLOW || (outcome == OUTCOME_GREEN && chance (rand, 800)) ? deadline : 0;
      deadline = 0;
    }

  /* Work started when the problem was found, or a month or three before the deadline. */
  lead = (guint32) rand_between (rand, 20, 90);
  start = MAX (task->since, (closed != 0 ? closed : MIN (deadline != 0 ? deadline : today, today)) - lead);
  end = closed != 0 ? closed : today;
  start = MIN (start, end);

  /* The principal leader answers for a good part; a member for the rest. */
  if (unit->n_leaders > 1 && !chance (rand, 350))
    leader_index = (guint) g_rand_int_range (rand, 1, (gint32) unit->n_leaders);
  g_strlcpy (leader, unit->n_leaders > 0 ? unit->leader[leader_index] : "", sizeof leader);
  if (unit->n_leaders > 1 && chance (rand, 500))
    g_strlcpy (person, unit->leader[(leader_index + 1 + (guint) g_rand_int_range (rand, 0, (gint32) unit->n_leaders - 1))
                                    % unit->n_leaders], sizeof person);
  else
    hd_demo_person_name (rand, chance (rand, FEMALE_CADRES), person);

  if (closed != 0)
    {
      hd_demo_result_text (rand, result);
      verdict = chance (rand, 800) ? HD_VERDICT_SATISFIED : HD_VERDICT_BASICALLY_SATISFIED;
    }
  else if (chance (rand, 70))
    {
      /* Done once, but the masses were not satisfied: sent back to be done again. */
      hd_demo_result_text (rand, result);
      verdict = HD_VERDICT_DISSATISFIED;
      sent_back = TRUE;
    }
  else if (chance (rand, 50))
    hd_demo_result_text (rand, result);   /* awaiting the masses' verdict */

  hd_demo_expand (rand, task->measures, unit->name, unit->name, measures);
  hd_demo_expand (rand, task->goal, unit->name, unit->name, goal);

  id = hd_demo_writer_row (w, &w->task, rand);
  sqlite3_bind_int64 (w->task.stmt, 3, unit->id);
  sqlite3_bind_text (w->task.stmt, 4, unit->path, -1, SQLITE_STATIC);
  sqlite3_bind_int (w->task.stmt, 5, (int) number);
  sqlite3_bind_text (w->task.stmt, 6, hd_task_plan_to_string (task->plan), -1, SQLITE_STATIC);
  hd_store_bind_text_or_null (w->task.stmt, 7, hd_rule_action_to_string (task->rule_action));
  sqlite3_bind_text (w->task.stmt, 8, hd_task_kind_to_string (task->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (w->task.stmt, 9, task->problem, -1, SQLITE_STATIC);
  hd_store_bind_id_or_null (w->task.stmt, 10, task->problem_id);
  sqlite3_bind_text (w->task.stmt, 11, task->problem_id != 0 ? "群众意见" : hd_demo_task_source (rand), -1, SQLITE_STATIC);
  sqlite3_bind_text (w->task.stmt, 12, goal, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (w->task.stmt, 13, measures, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (w->task.stmt, 14, leader, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (w->task.stmt, 15, person, -1, SQLITE_TRANSIENT);
  hd_demo_bind_day (w->task.stmt, 16, deadline);
  sqlite3_bind_text (w->task.stmt, 17, result, -1, SQLITE_TRANSIENT);
  hd_store_bind_text_or_null (w->task.stmt, 18, hd_verdict_to_string (verdict));
  hd_demo_bind_day (w->task.stmt, 19, closed);
  hd_demo_writer_step (w, w->task.stmt);
  if (outcome == OUTCOME_RED && !long_term)
    hd_demo_consider_notice (w, unit, id, deadline);

  if (long_term)
    {
      /* Quarterly reviews: one or two behind, the coming one, and one after it. */
      for (int i = rand_between (rand, 1, 2); i > 0; i--)
        add_review (w, rand, id, today - (guint32) (i * 90 - rand_between (rand, 0, 30)) - 1);
      if (next_review != 0)
        {
          add_review (w, rand, id, next_review);
          add_review (w, rand, id, next_review + 90);
        }
    }

  /* A dated log for most tasks, in order, none after today or after the closing. */
  if (chance (rand, closed != 0 ? 850 : 650) || sent_back)
    {
      int n = rand_between (rand, 1, 3);
      guint32 day = start;

      for (int i = 0; i < n && w->failure == NULL; i++)
        {
          day += (guint32) rand_between (rand, 0, (int) ((end - day) / (guint32) (n - i + 1)));
          hd_demo_progress_text (rand, text);
          add_progress (w, rand, id, day, text, person);
        }
      if (sent_back)
        {
          guint32 back = end - (guint32) rand_between (rand, 0, 20);

          add_progress (w, rand, id, MAX (day, back), hd_demo_sent_back_text (rand), person);
        }
    }
}

/* Mostly by a deadline: at once for some, kept at for the rest that are not. */
static HdTaskKind
draw_kind (GRand *rand,
           int    deadline_per_mille)
{
  if (chance (rand, 300))
    return HD_TASK_KIND_IMMEDIATE;
  return chance (rand, deadline_per_mille) ? HD_TASK_KIND_DEADLINE : HD_TASK_KIND_LONG_TERM;
}

/* The unit's @n tasks, @problems first. */
void
hd_demo_add_tasks (Writer           *w,
                   GRand            *rand,
                   const LedgerUnit *unit,
                   int               n,
                   guint32           today,
                   const GArray     *problems)
{
  guint number = 0;

  /* Most problems the unit found get a task of its rectification plan. */
  for (guint i = 0; i < problems->len; i++)
    {
      const DemoProblem *problem = &g_array_index (problems, DemoProblem, i);
      const HdDemoTheme *theme = &hd_demo_themes[problem->theme];
      DemoTask task = {
        HD_TASK_PLAN_RECTIFICATION, HD_RULE_ACTION_NONE, draw_kind (rand, 850),
        theme->summary, problem->id, theme->measures, theme->goal, problem->found,
      };

      if (!chance (rand, 750))
        continue;
      write_task (w, rand, unit, ++number, &task, today);
    }

  /* The rest: the plan, the special rectifications and the rules. */
  for (int i = (int) number; i < n; i++)
    {
      static const int plans[HD_TASK_N_PLANS] = { 500, 310, 190 };
      DemoTask task = { (HdTaskPlan) draw_weighted (rand, plans, HD_TASK_N_PLANS), HD_RULE_ACTION_NONE,
                        HD_TASK_KIND_DEADLINE, NULL, 0, NULL, NULL, today - CAMPAIGN_DAYS + LISTENING_DAYS };

      switch (task.plan)
        {
        case HD_TASK_PLAN_SPECIAL:
          {
            const HdDemoSpecialTask *special =
              &hd_demo_special_tasks[g_rand_int_range (rand, 0, (gint32) hd_demo_n_special_tasks)];

            task.problem = special->problem;
            task.measures = special->measures;
            task.goal = special->goal;
            task.kind = draw_kind (rand, 800);
          }
          break;
        case HD_TASK_PLAN_INSTITUTION:
          {
            const HdDemoRule *rule = &hd_demo_rules[g_rand_int_range (rand, 0, (gint32) hd_demo_n_rules)];

            task.rule_action = (HdRuleAction) rule->action;
            task.problem = rule->problem;
            task.measures = rule->measures;
            task.goal = "制度管用有效，形成长效机制";
            task.kind = chance (rand, 600) ? HD_TASK_KIND_LONG_TERM : HD_TASK_KIND_DEADLINE;
          }
          break;
        case HD_TASK_PLAN_RECTIFICATION:
        default:
          {
            const HdDemoTheme *theme = &hd_demo_themes[hd_demo_draw_theme (rand, -1)];

            task.problem = theme->summary;
            task.measures = theme->measures;
            task.goal = theme->goal;
            task.kind = draw_kind (rand, 800);
          }
          break;
        }
      write_task (w, rand, unit, ++number, &task, today);
    }
}

/* hd-demo-opinions.c — a unit's opinions, collected over the campaign's months before today, and
 * the problems merged from them. */
#include "demo/hd-demo-private.h"
#include "opinions/hd-opinion.h"

/* Per mille, in the order of HdOpinionChannel: villagers are visited at home and meet in
 * forums; offices hand out questionnaires and hold appraisals. */
static const int grassroot_channels[HD_OPINION_N_CHANNELS] = { 150, 200, 150, 50, 30, 320, 40, 20, 40 };
static const int office_channels[HD_OPINION_N_CHANNELS]    = { 250, 200, 250, 100, 60, 50, 20, 50, 20 };
/* In the order of HdCategory: the four winds dominate. */
static const int category_weights[HD_N_CATEGORIES] = { 220, 240, 140, 120, 160, 90, 30 };

/* A theme of @category, or of a category drawn by the usual weights when @category < 0. */
guint
hd_demo_draw_theme (GRand *rand,
                    int    category)
{
  guint matching = 0, k;

  if (category < 0)
    category = draw_weighted (rand, category_weights, HD_N_CATEGORIES);
  for (guint i = 0; i < hd_demo_n_themes; i++)
    matching += hd_demo_themes[i].category == category;
  if (matching == 0)
    return (guint) g_rand_int_range (rand, 0, (gint32) hd_demo_n_themes);
  k = (guint) g_rand_int_range (rand, 0, (gint32) matching);
  for (guint i = 0; i < hd_demo_n_themes; i++)
    if (hd_demo_themes[i].category == category && k-- == 0)
      return i;
  g_return_val_if_reached (0);
}

/* Opinions of the first phase mostly, the rest until yesterday. */
static guint32
opinion_day (GRand   *rand,
             guint32  today)
{
  guint32 start = today - CAMPAIGN_DAYS;

  if (chance (rand, 700))
    return start + (guint32) rand_between (rand, 0, LISTENING_DAYS);
  return start + (guint32) rand_between (rand, 0, CAMPAIGN_DAYS - 1);
}

/* Returns the problem's id. */
static gint64
write_problem (Writer            *w,
               GRand             *rand,
               const LedgerUnit  *unit,
               const DemoProblem *problem)
{
  const HdDemoTheme *theme = &hd_demo_themes[problem->theme];
  gint64 id = hd_demo_writer_row (w, &w->problem, rand);

  sqlite3_bind_int64 (w->problem.stmt, 3, unit->id);
  hd_store_bind_id_or_null (w->problem.stmt, 4, problem->person_id);
  sqlite3_bind_text (w->problem.stmt, 5, hd_category_to_string ((HdCategory) theme->category), -1, SQLITE_STATIC);
  sqlite3_bind_text (w->problem.stmt, 6, theme->summary, -1, SQLITE_STATIC);
  hd_demo_bind_day (w->problem.stmt, 7, problem->found);
  hd_demo_writer_step (w, w->problem.stmt);
  return id;
}

static void
write_opinion (Writer           *w,
               GRand            *rand,
               const LedgerUnit *unit,
               const char       *village,
               guint             theme,
               HdOpinionStatus   status,
               gint64            person_id,
               gint64            problem_id,
               guint32           received,
               Role              role)
{
  const int *channels = role == ROLE_GRASSROOT ? grassroot_channels : office_channels;
  int channel = draw_weighted (rand, channels, HD_OPINION_N_CHANNELS);
  char content[HD_DEMO_TEXT_MAX];

  hd_demo_opinion_text (rand, &hd_demo_themes[theme], channel, unit->name, village, content);

  hd_demo_writer_row (w, &w->opinion, rand);
  sqlite3_bind_text (w->opinion.stmt, 3, hd_opinion_channel_to_string ((HdOpinionChannel) channel), -1, SQLITE_STATIC);
  hd_demo_bind_day (w->opinion.stmt, 4, received);
  sqlite3_bind_int64 (w->opinion.stmt, 5, unit->id);
  sqlite3_bind_text (w->opinion.stmt, 6, unit->path, -1, SQLITE_STATIC);
  hd_store_bind_id_or_null (w->opinion.stmt, 7, person_id);
  sqlite3_bind_text (w->opinion.stmt, 8, hd_category_to_string ((HdCategory) hd_demo_themes[theme].category), -1, SQLITE_STATIC);
  sqlite3_bind_text (w->opinion.stmt, 9, content, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (w->opinion.stmt, 10, hd_opinion_status_to_string (status), -1, SQLITE_STATIC);
  hd_store_bind_id_or_null (w->opinion.stmt, 11, problem_id);
  hd_demo_writer_step (w, w->opinion.stmt);
}

/* The unit's @n opinions; those merged into problems come in groups of one to five of one theme,
 * each group after its problem. The problems are kept in @problems for the tasks. */
void
hd_demo_add_opinions (Writer           *w,
                      GRand            *rand,
                      const LedgerUnit *unit,
                      Role              role,
                      int               n,
                      const char       *village,
                      guint32           today,
                      GArray           *problems)
{
  /* Per mille of draws; a draw of "problem" makes a group of about three opinions, so about a
   * quarter of the opinions end up in problems. */
  static const int statuses[HD_OPINION_N_STATUSES] = { 90, 410, 100, 270, 130 };

  while (n > 0)
    {
      HdOpinionStatus status = (HdOpinionStatus) draw_weighted (rand, statuses, HD_OPINION_N_STATUSES);
      gint64 person_id = 0;

      if (unit->n_leaders > 0 && chance (rand, 120))
        person_id = unit->leader_id[g_rand_int_range (rand, 0, (gint32) unit->n_leaders)];

      if (status == HD_OPINION_STATUS_PROBLEM)
        {
          int size = rand_between (rand, 1, 5);
          guint32 days[5];
          DemoProblem problem = { 0, hd_demo_draw_theme (rand, -1), 0, person_id };
          guint32 delay;

          size = MIN (size, n);

          for (int i = 0; i < size; i++)
            {
              days[i] = opinion_day (rand, today);
              problem.found = MAX (problem.found, days[i]);
            }
          delay = (guint32) rand_between (rand, 3, 30);
          problem.found = MIN (problem.found + delay, today - 1);
          problem.id = write_problem (w, rand, unit, &problem);
          for (int i = 0; i < size; i++)
            write_opinion (w, rand, unit, village, problem.theme, status, person_id, problem.id, days[i], role);
          g_array_append_val (problems, problem);
          n -= size;
        }
      else
        {
          write_opinion (w, rand, unit, village, hd_demo_draw_theme (rand, -1), status, person_id, 0,
                         opinion_day (rand, today), role);
          n--;
        }
    }
}

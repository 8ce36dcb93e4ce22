/* hd-demo-notices.c — the county activity office's supervision notices: about one overdue task in
 * seven gets one, numbered in the order they were issued, some replied, some past their reply
 * deadline, a few withdrawn.
 *
 * Drawn from a random sequence of their own, so that the rest of the demo data stays as it was
 * for the same seed. */
#include "demo/hd-demo-private.h"

/* Per mille of the overdue tasks that get a notice, and of the notices that were withdrawn or
 * replied (the others wait, most of them past their deadline). */
#define NOTICED      140
#define WITHDRAWN     50
#define REPLIED      550
#define REPLY_DAYS    10

typedef struct {
  gint64   unit_id;
  char    *unit_path;
  gint64   task_id;
  guint32  issued;     /* Julian days */
} DemoNotice;

static void
demo_notice_clear (gpointer data)
{
  g_free (((DemoNotice *) data)->unit_path);
}

void
hd_demo_consider_notice (Writer           *w,
                         const LedgerUnit *unit,
                         gint64            task_id,
                         guint32           deadline)
{
  DemoNotice notice = { unit->id, NULL, task_id, 0 };

  if (w->notice_rand == NULL || !chance (w->notice_rand, NOTICED))
    return;
  if (w->notices == NULL)
    {
      w->notices = g_array_new (FALSE, FALSE, sizeof (DemoNotice));
      g_array_set_clear_func (w->notices, demo_notice_clear);
    }
  notice.unit_path = g_strdup (unit->path);
  notice.issued = deadline + (guint32) rand_between (w->notice_rand, 2, 15);
  notice.issued = MIN (notice.issued, w->today - 1);
  g_array_append_val (w->notices, notice);
}

static int
by_issue_date (gconstpointer a,
               gconstpointer b)
{
  const DemoNotice *x = a, *y = b;

  return x->issued != y->issued ? (x->issued < y->issued ? -1 : 1) : (x->task_id < y->task_id ? -1 : 1);
}

void
hd_demo_add_notices (Writer     *w,
                     const char *county_name)
{
  g_autofree char *office = NULL;
  guint year = 0, serial = 0;

  if (w->notices == NULL)
    return;
  office = g_strconcat (county_name, "活动办", NULL);
  g_array_sort (w->notices, by_issue_date);
  for (guint i = 0; i < w->notices->len && w->failure == NULL; i++)
    {
      const DemoNotice *notice = &g_array_index (w->notices, DemoNotice, i);
      sqlite3_stmt *stmt = w->notice.stmt;
      int draw = g_rand_int_range (w->notice_rand, 0, 1000);
      guint32 reply_by = notice->issued + REPLY_DAYS;
      GDate issued;
      gint64 id;

      g_date_clear (&issued, 1);
      g_date_set_julian (&issued, notice->issued);
      if (g_date_get_year (&issued) != year)
        {
          year = g_date_get_year (&issued);
          serial = 0;
        }
      id = hd_demo_writer_row (w, &w->notice, w->notice_rand);
      sqlite3_bind_int64 (stmt, 3, notice->unit_id);
      sqlite3_bind_text (stmt, 4, notice->unit_path, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, office, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 6, (int) year);
      sqlite3_bind_int (stmt, 7, (int) ++serial);
      hd_demo_bind_day (stmt, 8, notice->issued);
      hd_demo_bind_day (stmt, 9, reply_by);
      if (draw < WITHDRAWN)
        {
          hd_demo_bind_day (stmt, 10, 0);
          sqlite3_bind_text (stmt, 11, "", -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 12, "", -1, SQLITE_STATIC);
          hd_demo_bind_day (stmt, 13, MIN (notice->issued + 1, w->today));
          sqlite3_bind_text (stmt, 14, "重复督办，已并入其他通知", -1, SQLITE_STATIC);
        }
      else
        {
          gboolean replied = draw < WITHDRAWN + REPLIED && notice->issued < w->today;
          guint32 day = replied ? notice->issued + (guint32) rand_between (w->notice_rand, 1, (int) MIN (15, w->today - notice->issued)) : 0;

          hd_demo_bind_day (stmt, 10, day);
          sqlite3_bind_text (stmt, 11, replied ? "已按要求整改，整改情况已书面报告" : "", -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 12, "", -1, SQLITE_STATIC);
          hd_demo_bind_day (stmt, 13, 0);
          sqlite3_bind_text (stmt, 14, "", -1, SQLITE_STATIC);
        }
      hd_demo_writer_step (w, stmt);
      hd_demo_write_link (w, &w->notice_task, w->notice_rand, id, notice->task_id);
    }
  g_clear_pointer (&w->notices, g_array_unref);
}

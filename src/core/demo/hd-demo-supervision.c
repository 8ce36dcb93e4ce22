/* hd-demo-supervision.c — the county's supervision groups, their members and the units each one
 * supervises. */
#include "demo/hd-demo-private.h"

/* Draws one id from @pool without putting it back. */
static gint64
draw (GRand  *rand,
      GArray *pool)
{
  guint i = (guint) g_rand_int_range (rand, 0, (gint32) pool->len);
  gint64 id = g_array_index (pool, gint64, i);

  g_array_remove_index_fast (pool, i);
  return id;
}

void
hd_demo_add_supervision_groups (Writer *w,
                                GRand  *rand,
                                County *county)
{
  static const char * const numerals[N_SUPERVISION_GROUPS] = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
  };
  g_autoptr(GArray) leaders = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) supervisors = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 groups[N_SUPERVISION_GROUPS];
  guint k = 0;

  for (guint i = 0; i < county->n_departments; i++)
    {
      const Department *department = &county->departments[i];
      GArray *pool = department->info->pool == HD_DEMO_POOL_RETIRED ? leaders
                     : department->info->pool == HD_DEMO_POOL_SUPERVISORS ? supervisors : NULL;

      for (guint j = 0; pool != NULL && j < department->n_staff; j++)
        {
          gint64 id = department->first_staff + j;
          g_array_append_val (pool, id);
        }
    }
  g_return_if_fail (leaders->len >= N_SUPERVISION_GROUPS);
  g_return_if_fail (supervisors->len >= 4 * N_SUPERVISION_GROUPS);

  for (guint i = 0; i < N_SUPERVISION_GROUPS; i++)
    {
      g_autofree char *name = g_strdup_printf ("第%s督导组", numerals[i]);
      int n_members = rand_between (rand, 3, 4);

      groups[i] = hd_demo_writer_row (w, &w->group, rand);
      sqlite3_bind_int64 (w->group.stmt, 3, county->unit.id);
      sqlite3_bind_text (w->group.stmt, 4, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (w->group.stmt, 5, (int) i);
      hd_demo_writer_step (w, w->group.stmt);

      hd_demo_write_member (w, &w->group_member, rand, groups[i], draw (rand, leaders), 0, 0);
      for (int j = 1; j <= n_members; j++)
        hd_demo_write_member (w, &w->group_member, rand, groups[i], draw (rand, supervisors), 1, j);
    }

  /* Townships first, so that every group has at least one of them. */
  for (guint i = 0; i < county->n_townships; i++)
    hd_demo_write_link (w, &w->assignment, rand, groups[k++ % N_SUPERVISION_GROUPS], county->townships[i].unit.id);
  for (guint i = 0; i < county->n_departments; i++)
    hd_demo_write_link (w, &w->assignment, rand, groups[k++ % N_SUPERVISION_GROUPS], county->departments[i].unit.id);
  for (guint i = 0; i < county->n_organisations; i++)
    hd_demo_write_link (w, &w->assignment, rand, groups[k++ % N_SUPERVISION_GROUPS], county->organisations[i].id);
}

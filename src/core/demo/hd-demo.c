/* hd-demo.c — deterministic demo data: the documents' county, or a province of 100 of them.
 *
 * Every choice is drawn from a GRand seeded by the caller, so a seed always gives the same
 * database, row for row. A province draws one seed per county from its own generator, so its
 * counties differ from each other and from the county of the same seed.
 *
 * Speed matters (the province has 1.7 million people): rows are written with a handful of
 * prepared statements reused for every row, ids are assigned here rather than read back, and a
 * unit's path is built from its parent's without a query. The first failing insert is kept and
 * turns the remaining inserts into no-ops, so the plan below reads as a plan rather than as a
 * chain of error checks; the transaction is then rolled back.
 */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "demo/hd-demo-private.h"
#include "demo/hd-demo.h"
#include "store/hd-date.h"
#include "store/hd-enum.h"

G_DEFINE_QUARK (hd-demo-error-quark, hd_demo_error)

#define N_PROVINCE_COUNTIES   100
#define DEMO_CACHE_SIZE       (-256 * 1024)   /* KiB */

/* The ledger of a county: opinions collected over the campaign's months before today, problems
 * merged from them, and the rectification tasks of the two plans and the programme with their
 * progress, results, verdicts and review dates, so that every deadline light occurs.
 *
 * Written unit by unit in the order of the units' paths, which is the order of the indexes on
 * unit_path; problems before the opinions that refer to them. */

/* How many opinions and tasks a unit of each role has, as ranges; about 19,000 opinions and
 * 9,000 tasks a county, most of them in villages and communities. */
static const struct {
  int opinions_low, opinions_high;
  int tasks_low, tasks_high;
} role_volumes[N_ROLES] = {
  [ROLE_COUNTY]       = { 400, 600, 60, 100 },
  [ROLE_TOWNSHIP]     = { 80, 160, 40, 80 },
  [ROLE_GRASSROOT]    = { 12, 21, 5, 10 },
  [ROLE_DEPARTMENT]   = { 20, 55, 12, 30 },
  [ROLE_ORGANISATION] = { 10, 30, 5, 12 },
  [ROLE_OFFICE]       = { 3, 10, 1, 4 },
};

static Role
role_of (const LedgerUnit *unit,
         gsize             county_path_length)
{
  switch (unit->kind)
    {
    case HD_UNIT_KIND_COUNTY:     return ROLE_COUNTY;
    case HD_UNIT_KIND_TOWNSHIP:
    case HD_UNIT_KIND_STREET:     return ROLE_TOWNSHIP;
    case HD_UNIT_KIND_VILLAGE:
    case HD_UNIT_KIND_COMMUNITY:  return ROLE_GRASSROOT;
    case HD_UNIT_KIND_DEPARTMENT: return ROLE_DEPARTMENT;
    default:
      /* Organisations hang under the county, offices one level lower. */
      return strlen (unit->path) > county_path_length + 10 ? ROLE_OFFICE : ROLE_ORGANISATION;
    }
}

static void
add_ledger (Writer  *w,
            GRand   *rand,
            County  *county,
            guint32  today)
{
  g_autoptr(GArray) villages = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) problems = g_array_new (FALSE, FALSE, sizeof (DemoProblem));
  gsize county_path_length = strlen (county->unit.path);

  for (guint i = 0; i < w->ledger_units->len; i++)
    if (role_of (&g_array_index (w->ledger_units, LedgerUnit, i), county_path_length) == ROLE_GRASSROOT)
      g_array_append_val (villages, i);
  g_return_if_fail (villages->len > 0);

  for (guint i = 0; i < w->ledger_units->len && w->failure == NULL; i++)
    {
      const LedgerUnit *unit = &g_array_index (w->ledger_units, LedgerUnit, i);
      Role role = role_of (unit, county_path_length);
      /* A village speaks of itself; elsewhere people name one of the county's villages. */
      const char *village = role == ROLE_GRASSROOT
                            ? unit->name
                            : g_array_index (w->ledger_units, LedgerUnit,
                                             g_array_index (villages, guint, g_rand_int_range (rand, 0, (gint32) villages->len))).name;

      g_array_set_size (problems, 0);
      hd_demo_add_opinions (w, rand, unit, role,
                            rand_between (rand, role_volumes[role].opinions_low, role_volumes[role].opinions_high),
                            village, today, problems);
      hd_demo_add_tasks (w, rand, unit, rand_between (rand, role_volumes[role].tasks_low, role_volumes[role].tasks_high),
                         today, problems);
    }
}

static void
ledger_unit_clear (LedgerUnit *unit)
{
  g_clear_pointer (&unit->path, g_free);
}

static void
add_county (Writer     *w,
            GRand      *rand,
            const Unit *parent,
            const char *name,
            const char *code,
            int         position,
            char        uuid[40])
{
  County *county = g_new0 (County, 1);
  guint n_towns = (guint) rand_between (rand, 10, 12);
  guint n_streets = (guint) rand_between (rand, 3, 5);
  guint n_communities[MAX_TOWNSHIPS], weights[MAX_TOWNSHIPS];
  guint weight_sum = 0, street_sum = 0, remaining;
  int total = rand_between (rand, 780, 840);
  int child_position = 0, roster = 0;
  gint64 first_task = w->task.next_id, first_notice = w->notice.next_id;

  county->grassroots = g_array_new (FALSE, FALSE, sizeof (gint64));
  county->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w->ledger_units = g_array_new (FALSE, TRUE, sizeof (LedgerUnit));
  g_array_set_clear_func (w->ledger_units, (GDestroyNotify) ledger_unit_clear);
  county->n_townships = n_towns + n_streets;

  hd_demo_add_unit (w, rand, parent, HD_UNIT_KIND_COUNTY, name, code, position, &county->unit);
  g_strlcpy (uuid, county->unit.uuid, 40);
  hd_demo_add_team (w, rand, &county->unit, hd_demo_county_titles, HD_DEMO_N_LEADERS, &county->team, &roster);

  /* About 800 villages and communities: streets hold a dozen communities each, the towns share
   * the rest by weight. */
  for (guint i = 0; i < n_streets; i++)
    street_sum += n_communities[i] = (guint) rand_between (rand, 8, 14);
  for (guint i = 0; i < n_towns; i++)
    weight_sum += weights[i] = (guint) rand_between (rand, 70, 130);
  remaining = (guint) total - street_sum;

  /* Streets are numbered from 001, towns from 100, as in the statistical codes. */
  for (guint i = 0; i < n_streets; i++)
    hd_demo_add_township (w, rand, county, &county->townships[i], TRUE, i + 1, n_communities[i], child_position++);
  for (guint i = 0; i < n_towns; i++)
    {
      guint share = i + 1 < n_towns ? remaining * weights[i] / weight_sum : remaining;

      hd_demo_add_township (w, rand, county, &county->townships[n_streets + i], FALSE, 100 + i, share,
                            child_position++);
      remaining -= share;
      weight_sum -= weights[i];
    }

  hd_demo_add_departments (w, rand, county, &child_position);
  hd_demo_add_organisations (w, rand, county, &child_position);
  hd_demo_add_county_oversight (w, rand, county);
  hd_demo_add_supervision_groups (w, rand, county);
  hd_demo_add_contact_points (w, rand, county);
  add_ledger (w, rand, county, w->today);
  hd_demo_add_notices (w, name);
  hd_demo_add_lookback (w, &county->unit, first_task, first_notice);
  hd_demo_add_talks (w, &county->unit);
  g_clear_pointer (&w->ledger_units, g_array_unref);

  hd_demo_unit_clear (&county->unit);
  for (guint i = 0; i < county->n_townships; i++)
    hd_demo_unit_clear (&county->townships[i].unit);
  for (guint i = 0; i < county->n_departments; i++)
    hd_demo_unit_clear (&county->departments[i].unit);
  for (guint i = 0; i < county->n_organisations; i++)
    hd_demo_unit_clear (&county->organisations[i]);
  g_array_unref (county->grassroots);
  g_hash_table_unref (county->names);
  g_free (county);
}

static void
county_name_and_code (GRand *rand,
                      char   name[HD_DEMO_NAME_MAX],
                      char   code[HD_DEMO_NAME_MAX])
{
  hd_demo_place_name (rand, FALSE, name);
  g_strlcat (name, "县", HD_DEMO_NAME_MAX);
  g_snprintf (code, HD_DEMO_NAME_MAX, "%02u%02d%02d", hd_demo_province_code (rand),
              rand_between (rand, 1, 15), rand_between (rand, 21, 29));
}

static void
add_province (Writer *w,
              GRand  *rand,
              char    uuid[40])
{
  static const char * const titles[] = {
    "省委书记", "省委副书记、省长", "省委副书记", "省委常委、组织部部长", "省委常委、秘书长",
    "省委常委、常务副省长", "副省长", "副省长", "副省长",
  };
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint province_code = hd_demo_province_code (rand);
  char name[HD_DEMO_NAME_MAX];
  char code[HD_DEMO_NAME_MAX];
  int roster = 0;
  Team team;
  Unit province;

  hd_demo_place_name (rand, FALSE, name);
  g_strlcat (name, "省", HD_DEMO_NAME_MAX);
  g_snprintf (code, sizeof code, "%02u0000", province_code);
  hd_demo_add_unit (w, rand, NULL, HD_UNIT_KIND_PROVINCE, name, code, 0, &province);
  g_strlcpy (uuid, province.uuid, 40);
  hd_demo_add_team (w, rand, &province, titles, G_N_ELEMENTS (titles), &team, &roster);
  hd_demo_add_staff (w, rand, &province, HD_DEMO_HEAD_OFFICE, rand_between (rand, 10, 20), &roster);

  for (guint i = 0; i < N_PROVINCE_COUNTIES && w->failure == NULL; i++)
    {
      g_autoptr(GRand) county_rand = g_rand_new_with_seed (g_rand_int (rand));
      char county_uuid[40];

      hd_demo_unique_name (rand, names, FALSE, "县", name);
      /* Ten counties under each of ten prefecture numbers. */
      g_snprintf (code, sizeof code, "%02u%02u%02u", province_code, i / 10 + 1, i % 10 + 21);
      add_county (w, county_rand, &province, name, code, (int) i, county_uuid);
    }
  hd_demo_unit_clear (&province);
}

static const HdEnumValue scale_values[] = {
  { "county", NULL },
  { "province", NULL },
};
static const HdEnum scale_enum = { NULL, scale_values, G_N_ELEMENTS (scale_values) };

gboolean
hd_demo_scale_from_string (const char  *token,
                           HdDemoScale *scale)
{
  guint found;

  g_return_val_if_fail (scale != NULL, FALSE);

  if (!hd_enum_from_string (&scale_enum, token, &found))
    return FALSE;
  *scale = (HdDemoScale) found;
  return TRUE;
}

gboolean
hd_demo_generate (HdStore     *store,
                  HdDemoScale  scale,
                  guint32      seed,
                  GDate       *today,
                  GError     **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree char *summary = NULL;
  Writer w = { 0 };
  char root_uuid[40];
  char name[HD_DEMO_NAME_MAX];
  char code[HD_DEMO_NAME_MAX];
  g_autoptr(GPtrArray) saved_triggers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) saved_indexes = g_ptr_array_new_with_free_func (g_free);
  int saved_cache_size = 0;
  gboolean cache_raised = FALSE;
  gboolean checks_ignored = FALSE;
  gboolean wal_left;
  gboolean committed;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail (scale == HD_DEMO_SCALE_COUNTY || scale == HD_DEMO_SCALE_PROVINCE, FALSE);

  wal_left = hd_demo_leave_wal (hd_store_get_db (store));
  /* Checked inside the transaction, so no other writer can add units in between. */
  if (!hd_store_begin (store, error))
    {
      if (wal_left)
        hd_demo_return_to_wal (hd_store_get_db (store));
      return FALSE;
    }
  if (!hd_store_is_empty (store))
    {
      hd_store_rollback (store);
      if (wal_left)
        hd_demo_return_to_wal (hd_store_get_db (store));
      g_set_error (error, HD_DEMO_ERROR, HD_DEMO_ERROR_NOT_EMPTY,
                   _("“%s” already holds units, so no demo data were added. Choose a new, empty database file for the demo data."),
                   hd_store_get_path (store));
      return FALSE;
    }
  /* The schema's CHECKs on tokens ("category IN (…)") build a small table each time an INSERT
   * runs; built and dropped for each of millions of rows, its memory went back to the system
   * and was taken again every time (measured: two thirds of a county's time in the kernel). The
   * demo writes its tokens from the enums' own strings and its closings by the closing rule, so
   * its statements are compiled without the CHECKs; hd_store_check() verifies them afterwards
   * (tests/core/demo/test-demo.c). Changing the setting expires every compiled statement, so none
   * compiled meanwhile outlives it. */
  checks_ignored = hd_store_exec (store, "PRAGMA ignore_check_constraints = ON", error);
  if (!checks_ignored ||
      !hd_demo_suspend_name_triggers (store, saved_triggers, error) ||
      !hd_demo_suspend_indexes (store, saved_indexes, error) ||
      !hd_demo_writer_prepare (&w, store, error))
    goto failed;
  if (today != NULL && g_date_valid (today))
    w.today = g_date_get_julian (today);
  else
    {
      GDate date;

      hd_date_set_today (&date);
      w.today = g_date_get_julian (&date);
    }
  /* A larger page cache for this one transaction keeps SQLite from spilling half-written pages
   * of the path and date indexes to the WAL again and again. With the UUIDs in order and the big
   * tables' indexes built at the end, 256 MiB serve a province as well as 1 GiB did (measured:
   * 83 s against 85 s, 0.47 GB of memory against 1.4 GB). The connection gets its own size back
   * once the transaction is over. */
  w.notice_rand = g_rand_new_with_seed (seed ^ 0x6e6f7469u);
  w.lookback_rand = g_rand_new_with_seed (seed ^ 0x6c6f6f6bu);
  w.talks_rand = g_rand_new_with_seed (seed ^ 0x74616c6bu);
  saved_cache_size = hd_demo_query_cache_size (w.db);
  hd_demo_set_cache_size (w.db, DEMO_CACHE_SIZE);
  cache_raised = TRUE;

  if (scale == HD_DEMO_SCALE_COUNTY)
    {
      county_name_and_code (rand, name, code);
      add_county (&w, rand, NULL, name, code, 0, root_uuid);
    }
  else
    add_province (&w, rand, root_uuid);

  if (w.failure != NULL)
    {
      g_set_error (error, HD_STORE_ERROR, HD_STORE_ERROR_SQL,
                   _("Writing the demo data failed (%s). Nothing was added; check that the disk has free space and try again."),
                   w.failure);
      goto failed;
    }

  hd_demo_writer_finish (&w);
  checks_ignored = FALSE;
  if (!hd_store_exec (store, "PRAGMA ignore_check_constraints = OFF", error) ||
      !hd_demo_restore_indexes (store, saved_indexes, error) ||
      !hd_demo_restore_name_triggers (store, saved_triggers, error))
    goto failed;

  /* One entry for the whole set: a million entries would drown the log and say nothing more. */
  summary = g_strdup_printf ("%s seed %u", scale == HD_DEMO_SCALE_COUNTY ? "county" : "province", seed);
  if (!hd_store_log_change (store, "demo", root_uuid, "scale", NULL, summary, error))
    goto failed;

  committed = hd_store_commit (store, error);
  hd_demo_set_cache_size (w.db, saved_cache_size);
  if (wal_left)
    hd_demo_return_to_wal (w.db);
  return committed;

failed:
  hd_demo_writer_finish (&w);
  if (checks_ignored)
    hd_store_exec (store, "PRAGMA ignore_check_constraints = OFF", NULL);
  hd_store_rollback (store);
  if (cache_raised)
    hd_demo_set_cache_size (w.db, saved_cache_size);
  if (wal_left)
    hd_demo_return_to_wal (hd_store_get_db (store));
  return FALSE;
}

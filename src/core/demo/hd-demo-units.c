/* hd-demo-units.c — the hierarchy of a county's units: townships and streets with their villages,
 * communities, offices and stations; the county's departments and its other organisations. */
#include "demo/hd-demo-private.h"

void
hd_demo_add_unit (Writer      *w,
                  GRand       *rand,
                  const Unit  *parent,
                  HdUnitKind   kind,
                  const char  *name,
                  const char  *code,
                  int          position,
                  Unit        *out)
{
  char *uuid = hd_demo_writer_uuid (w, rand);

  out->id = w->unit.next_id++;
  out->path = hd_unit_path_child (parent != NULL ? parent->path : NULL, out->id);
  out->kind = kind;
  g_strlcpy (out->name, name, sizeof out->name);
  g_strlcpy (out->code, code, sizeof out->code);
  g_strlcpy (out->uuid, uuid, sizeof out->uuid);

  sqlite3_bind_int64 (w->unit.stmt, 1, out->id);
  sqlite3_bind_text (w->unit.stmt, 2, uuid, -1, g_free);
  hd_store_bind_id_or_null (w->unit.stmt, 3, parent != NULL ? parent->id : 0);
  sqlite3_bind_text (w->unit.stmt, 4, hd_unit_kind_to_string (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (w->unit.stmt, 5, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (w->unit.stmt, 6, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (w->unit.stmt, 7, position);
  sqlite3_bind_text (w->unit.stmt, 8, out->path, -1, SQLITE_STATIC);
  hd_demo_writer_step (w, w->unit.stmt);
}

void
hd_demo_unit_clear (Unit *unit)
{
  g_clear_pointer (&unit->path, g_free);
}

/* The unit's head, deputies and staff, as many as drawn between the bounds; returns the first of
 * the staff's person ids. */
static gint64
add_head_and_staff (Writer          *w,
                    GRand           *rand,
                    const Unit      *unit,
                    HdDemoHeadStyle  style,
                    int              min_deputies,
                    int              max_deputies,
                    int              min_staff,
                    int              max_staff,
                    int             *roster)
{
  Team team;

  hd_demo_add_head_team (w, rand, unit, style, rand_between (rand, min_deputies, max_deputies), &team, roster);
  return hd_demo_add_staff (w, rand, unit, style, rand_between (rand, min_staff, max_staff), roster);
}

/* A name no other unit of the county has, so that a path of names finds exactly one unit. */
void
hd_demo_unique_name (GRand      *rand,
                     GHashTable *taken,
                     gboolean    village,
                     const char *suffix,
                     char        buf[HD_DEMO_NAME_MAX])
{
  do
    {
      hd_demo_place_name (rand, village, buf);
      g_strlcat (buf, suffix, HD_DEMO_NAME_MAX);
    }
  while (g_hash_table_contains (taken, buf));
  g_hash_table_add (taken, g_strdup (buf));
}

/* Picks @n_wanted of @n_items in their order (Knuth's selection sampling); returns how many. */
static guint
choose_subset (GRand    *rand,
               guint     n_items,
               guint     n_wanted,
               gboolean *chosen)
{
  guint picked = 0;

  for (guint i = 0; i < n_items; i++)
    {
      chosen[i] = (guint) g_rand_int_range (rand, 0, (gint32) (n_items - i)) < n_wanted - picked;
      if (chosen[i])
        picked++;
    }
  return picked;
}

static void
add_grassroot (Writer     *w,
               GRand      *rand,
               County     *county,
               Township   *township,
               gboolean    is_community,
               guint       number,
               int         position)
{
  /* Titles in rank order; the head of the branch often also chairs the committee (一肩挑). */
  static const char * const village_titles[] = {
    "村党支部书记", "村委会主任", "村党支部副书记", "村委会副主任", "村务监督委员会主任",
    "村党支部委员", "村委会委员", "村委会委员",
  };
  static const char * const community_titles[] = {
    "社区党支部书记", "社区居委会主任", "社区党支部副书记", "社区居委会副主任",
    "社区党支部委员", "社区居委会委员", "社区居委会委员",
  };
  const char * const *ranks = is_community ? community_titles : village_titles;
  const char *titles[8];
  char name[HD_DEMO_NAME_MAX];
  char code[HD_DEMO_NAME_MAX];
  guint n_titles = (guint) rand_between (rand, 4, 6);
  guint next_rank = 1;
  int roster = 0;
  Team team;
  Unit unit;

  hd_demo_unique_name (rand, county->names, !is_community, is_community ? "社区" : "村", name);
  g_snprintf (code, sizeof code, "%s%03u", township->unit.code, number);
  hd_demo_add_unit (w, rand, &township->unit, is_community ? HD_UNIT_KIND_COMMUNITY : HD_UNIT_KIND_VILLAGE,
                    name, code, position, &unit);

  titles[0] = ranks[0];
  if (chance (rand, 300))
    {
      titles[0] = is_community ? "社区党支部书记、居委会主任" : "村党支部书记、村委会主任";
      next_rank = 2;
    }
  for (guint i = 1; i < n_titles; i++)
    titles[i] = ranks[next_rank++];
  hd_demo_add_team (w, rand, &unit, titles, n_titles, &team, &roster);

  for (int i = rand_between (rand, 9, 15); i > 0; i--)
    hd_demo_add_person (w, rand, &unit, "党员", FEMALE_VILLAGERS, TRUE, &roster, NULL);
  /* Villagers' representatives outside the party sit in on the branch's meetings. */
  for (int i = rand_between (rand, 0, 2); i > 0; i--)
    hd_demo_add_person (w, rand, &unit, is_community ? "居民代表" : "村民代表", FEMALE_VILLAGERS, FALSE, &roster, NULL);

  g_array_append_val (county->grassroots, unit.id);
  hd_demo_unit_clear (&unit);
}

void
hd_demo_add_township (Writer   *w,
                      GRand    *rand,
                      County   *county,
                      Township *township,
                      gboolean  is_street,
                      guint     number,
                      guint     n_grassroots,
                      int       position)
{
  const HdDemoOrganisation *offices = is_street ? hd_demo_street_offices : hd_demo_township_offices;
  guint n_office_kinds = is_street ? hd_demo_n_street_offices : hd_demo_n_township_offices;
  const char * const *titles = is_street ? hd_demo_street_titles : hd_demo_township_titles;
  guint n_titles = is_street ? hd_demo_n_street_titles : hd_demo_n_township_titles;
  gboolean chosen[MAX_OFFICES];
  gint64 office_ids[MAX_OFFICES];
  guint n_offices = 0, n_communities;
  char name[HD_DEMO_NAME_MAX];
  char code[HD_DEMO_NAME_MAX];
  int roster = 0, child_position = 0;
  Team team;

  g_return_if_fail (n_office_kinds <= MAX_OFFICES);

  hd_demo_unique_name (rand, county->names, FALSE, is_street ? "街道" : "镇", name);
  g_snprintf (code, sizeof code, "%s%03u", county->unit.code, number);
  hd_demo_add_unit (w, rand, &county->unit, is_street ? HD_UNIT_KIND_STREET : HD_UNIT_KIND_TOWNSHIP,
                    name, code, position, &township->unit);

  hd_demo_add_team (w, rand, &township->unit, titles, (guint) rand_between (rand, 7, (int) n_titles),
                    &team, &roster);
  hd_demo_add_staff (w, rand, &township->unit, HD_DEMO_HEAD_OFFICE, rand_between (rand, 8, 16), &roster);

  /* The offices and stations the team members oversee. */
  choose_subset (rand, n_office_kinds, (guint) rand_between (rand, 6, MIN (9, (int) n_office_kinds)), chosen);
  for (guint i = 0; i < n_office_kinds; i++)
    {
      Unit office;
      int office_roster = 0;

      if (!chosen[i])
        continue;
      g_snprintf (code, sizeof code, "%s-%02u", township->unit.code, n_offices + 1);
      hd_demo_add_unit (w, rand, &township->unit, HD_UNIT_KIND_OTHER, offices[i].name, code,
                        child_position++, &office);
      add_head_and_staff (w, rand, &office, offices[i].style, 1, 2, 3, 8, &office_roster);
      office_ids[n_offices++] = office.id;
      hd_demo_unit_clear (&office);
    }
  /* Every member oversees at least one office and every office has an overseer: walking both
   * lists together until the longer one is done pairs each (member, office) at most once. */
  for (guint k = 0; k < MAX (team.n - 1, n_offices); k++)
    hd_demo_write_link (w, &w->oversight, rand, team.member[1 + k % (team.n - 1)], office_ids[k % n_offices]);

  /* Communities are numbered from 001, villages from 201, as in the statistical codes. */
  township->first_grassroot = county->grassroots->len;
  township->n_grassroots = n_grassroots;
  n_communities = is_street ? n_grassroots : MIN (n_grassroots, (guint) rand_between (rand, 0, 2));
  for (guint i = 0; i < n_grassroots; i++)
    {
      gboolean is_community = i < n_communities;

      add_grassroot (w, rand, county, township, is_community,
                     is_community ? i + 1 : 201 + i - n_communities, child_position++);
    }
}

void
hd_demo_add_departments (Writer *w,
                         GRand  *rand,
                         County *county,
                         int    *position)
{
  g_return_if_fail (hd_demo_n_departments <= G_N_ELEMENTS (county->departments));

  for (guint i = 0; i < hd_demo_n_departments; i++)
    {
      const HdDemoDepartment *info = &hd_demo_departments[i];
      Department *department;
      char code[HD_DEMO_NAME_MAX];
      int roster = 0;

      if (info->optional && chance (rand, 500))
        continue;
      department = &county->departments[county->n_departments++];
      department->info = info;
      g_snprintf (code, sizeof code, "%s-B%02u", county->unit.code, county->n_departments);
      hd_demo_add_unit (w, rand, &county->unit, HD_UNIT_KIND_DEPARTMENT, info->name, code, (*position)++,
                        &department->unit);
      department->first_staff = add_head_and_staff (w, rand, &department->unit, info->style, 2, 4, 18, 40, &roster);
      department->n_staff = (guint) (w->person.next_id - department->first_staff);

      /* The retired cadres' branch: the supervision groups' leaders come from it. */
      if (info->pool == HD_DEMO_POOL_RETIRED)
        {
          department->first_staff = w->person.next_id;
          department->n_staff = N_SUPERVISION_GROUPS + (guint) rand_between (rand, 2, 8);
          for (guint j = 0; j < department->n_staff; j++)
            hd_demo_add_person (w, rand, &department->unit, "离退休干部", FEMALE_LEADERS, TRUE, &roster, NULL);
        }
    }
}

void
hd_demo_add_organisations (Writer *w,
                           GRand  *rand,
                           County *county,
                           int    *position)
{
  gboolean chosen[G_N_ELEMENTS (county->organisations)];

  g_return_if_fail (hd_demo_n_organisations <= G_N_ELEMENTS (chosen));

  choose_subset (rand, hd_demo_n_organisations, (guint) rand_between (rand, 16, 20), chosen);
  for (guint i = 0; i < hd_demo_n_organisations; i++)
    {
      const HdDemoOrganisation *info = &hd_demo_organisations[i];
      guint n = county->n_organisations;
      char code[HD_DEMO_NAME_MAX];
      int roster = 0;

      if (!chosen[i])
        continue;
      g_snprintf (code, sizeof code, "%s-Q%02u", county->unit.code, n + 1);
      hd_demo_add_unit (w, rand, &county->unit, HD_UNIT_KIND_OTHER, info->name, code, (*position)++,
                        &county->organisations[n]);
      county->organisation_info[n] = info;
      add_head_and_staff (w, rand, &county->organisations[n], info->style, 1, 3, 18, 40, &roster);
      county->n_organisations++;
    }
}

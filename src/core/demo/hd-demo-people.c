/* hd-demo-people.c — people on the units' rosters, the leadership teams, what the county leaders
 * oversee, and their contact points. */
#include "demo/hd-demo-private.h"
#include "organisation/hd-person.h"
#include "organisation/hd-team.h"

gint64
hd_demo_add_person (Writer      *w,
                    GRand       *rand,
                    const Unit  *unit,
                    const char  *title,
                    int          female_per_mille,
                    gboolean     party_member,
                    int         *position,
                    char        *name_out)
{
  gboolean female = chance (rand, female_per_mille);
  char name[HD_DEMO_NAME_MAX];
  char phone[HD_DEMO_NAME_MAX];
  gint64 id;

  hd_demo_person_name (rand, female, name);
  hd_demo_mobile (rand, phone);

  id = hd_demo_writer_row (w, &w->person, rand);
  sqlite3_bind_int64 (w->person.stmt, 3, unit->id);
  sqlite3_bind_text (w->person.stmt, 4, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (w->person.stmt, 5, female ? HD_GENDER_FEMALE : HD_GENDER_MALE);
  sqlite3_bind_text (w->person.stmt, 6, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (w->person.stmt, 7, party_member ? 1 : 0);
  sqlite3_bind_text (w->person.stmt, 8, phone, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (w->person.stmt, 9, (*position)++);
  hd_demo_writer_step (w, w->person.stmt);
  if (name_out != NULL)
    g_strlcpy (name_out, name, HD_DEMO_NAME_MAX);
  return id;
}

/* The team's people go first on the unit's roster, in rank order. */
void
hd_demo_add_team (Writer            *w,
                  GRand             *rand,
                  const Unit        *unit,
                  const char * const *titles,
                  guint              n_titles,
                  Team              *team,
                  int               *position)
{
  LedgerUnit *ledger = NULL;

  g_return_if_fail (n_titles <= G_N_ELEMENTS (team->person));

  /* Teams are written in the order of the units' paths: so is the ledger, later. */
  if (w->ledger_units != NULL)
    {
      g_array_set_size (w->ledger_units, w->ledger_units->len + 1);
      ledger = &g_array_index (w->ledger_units, LedgerUnit, w->ledger_units->len - 1);
      ledger->id = unit->id;
      ledger->path = g_strdup (unit->path);
      ledger->kind = unit->kind;
      g_strlcpy (ledger->name, unit->name, sizeof ledger->name);
      ledger->n_leaders = MIN (n_titles, LEDGER_LEADERS);
    }

  team->n = n_titles;
  for (guint i = 0; i < n_titles; i++)
    {
      char name[HD_DEMO_NAME_MAX];

      team->person[i] = hd_demo_add_person (w, rand, unit, titles[i], FEMALE_LEADERS, TRUE, position, name);
      if (ledger != NULL && i < LEDGER_LEADERS)
        {
          ledger->leader_id[i] = team->person[i];
          g_strlcpy (ledger->leader[i], name, sizeof ledger->leader[i]);
        }
      team->member[i] = hd_demo_write_member (w, &w->member, rand, unit->id, team->person[i],
                                              i == 0 ? HD_TEAM_ROLE_PRINCIPAL : HD_TEAM_ROLE_MEMBER, (int) i);
    }
}

/* A head, a manager where the style has one, and deputies. */
void
hd_demo_add_head_team (Writer          *w,
                       GRand           *rand,
                       const Unit      *unit,
                       HdDemoHeadStyle  style,
                       int              n_deputies,
                       Team            *team,
                       int             *position)
{
  const char *titles[8];
  guint n = 0;

  titles[n++] = hd_demo_head_title (style);
  if (hd_demo_manager_title (style) != NULL)
    titles[n++] = hd_demo_manager_title (style);
  for (int i = 0; i < n_deputies && n < G_N_ELEMENTS (titles); i++)
    titles[n++] = hd_demo_deputy_title (style);
  hd_demo_add_team (w, rand, unit, titles, n, team, position);
}

gint64
hd_demo_add_staff (Writer          *w,
                   GRand           *rand,
                   const Unit      *unit,
                   HdDemoHeadStyle  style,
                   int              n,
                   int             *position)
{
  gboolean professional = hd_demo_manager_title (style) != NULL;
  gint64 first = w->person.next_id;

  for (int i = 0; i < n; i++)
    hd_demo_add_person (w, rand, unit, hd_demo_staff_title (style, rand),
                        professional ? FEMALE_PROFESSIONALS : FEMALE_CADRES, chance (rand, 750), position, NULL);
  return first;
}

/* The county leaders oversee the departments of their portfolio, and schools, hospitals and
 * companies through the leaders for social affairs and for the economy. */
void
hd_demo_add_county_oversight (Writer *w,
                              GRand  *rand,
                              County *county)
{
  for (guint i = 0; i < county->n_departments; i++)
    hd_demo_write_link (w, &w->oversight, rand, county->team.member[county->departments[i].info->overseer],
                        county->departments[i].unit.id);
  for (guint i = 0; i < county->n_organisations; i++)
    {
      HdDemoHeadStyle style = county->organisation_info[i]->style;
      HdDemoLeader leader = style == HD_DEMO_HEAD_SCHOOL || style == HD_DEMO_HEAD_HOSPITAL
                            ? HD_DEMO_LEADER_SOCIAL
                            : style == HD_DEMO_HEAD_COMPANY ? HD_DEMO_LEADER_ECONOMY
                                                            : HD_DEMO_LEADER_EXECUTIVE;

      hd_demo_write_link (w, &w->oversight, rand, county->team.member[leader], county->organisations[i].id);
    }
}

static void
shuffle (GRand  *rand,
         guint  *items,
         guint   n)
{
  for (guint i = n; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i);
      guint tmp = items[i - 1];

      items[i - 1] = items[j];
      items[j] = tmp;
    }
}

/* Each county leader links a township or a department, and a village or community — one of
 * that township's when the first is a township. No two leaders share a contact point. */
void
hd_demo_add_contact_points (Writer *w,
                            GRand  *rand,
                            County *county)
{
  g_autofree gboolean *taken = g_new0 (gboolean, county->grassroots->len);
  guint townships[MAX_TOWNSHIPS];
  guint departments[G_N_ELEMENTS (county->departments)];
  guint next_township = 0, next_department = 0;

  for (guint i = 0; i < county->n_townships; i++)
    townships[i] = i;
  for (guint i = 0; i < county->n_departments; i++)
    departments[i] = i;
  shuffle (rand, townships, county->n_townships);
  shuffle (rand, departments, county->n_departments);

  for (guint i = 0; i < county->team.n; i++)
    {
      guint first = 0, n = county->grassroots->len, start, j;

      if (next_township < county->n_townships && (chance (rand, 700) || next_department >= county->n_departments))
        {
          const Township *township = &county->townships[townships[next_township++]];

          hd_demo_write_link (w, &w->contact, rand, county->team.person[i], township->unit.id);
          first = township->first_grassroot;
          n = township->n_grassroots;
        }
      else
        hd_demo_write_link (w, &w->contact, rand, county->team.person[i],
                            county->departments[departments[next_department++]].unit.id);

      start = (guint) g_rand_int_range (rand, 0, (gint32) n);
      for (j = 0; j < n && taken[first + (start + j) % n]; j++)
        ;
      g_return_if_fail (j < n);
      taken[first + (start + j) % n] = TRUE;
      hd_demo_write_link (w, &w->contact, rand, county->team.person[i],
                          g_array_index (county->grassroots, gint64, first + (start + j) % n));
    }
}

/* hd-cli-overview.c — huodongban-cli overview [--unit UNIT] [--by child|leader] [--trend]:
 *
 *   UNIT<TAB>tasks<TAB>red<TAB>yellow<TAB>green<TAB>closed<TAB>closed_late<TAB>satisfied<TAB>
 *       basically<TAB>dissatisfied<TAB>opinions<TAB>opinions_handled<TAB>notices_open<TAB>
 *       notices_overdue<TAB>lookback_pending<TAB>teams_talked<TAB>teams_not_talked
 *
 * a header line, then the unit's own records (when it holds any, named by its own path), then
 * each child unit by its path from the top ("示范县/城关镇"), with its subtree's figures. Without
 * --unit, the top of the database. --by leader: a line per responsible leader named in the
 * subtree's ledger (LEADER, then tasks … dissatisfied). --trend: a line per week of the campaign,
 * WEEK_START<TAB>red<TAB>yellow<TAB>green<TAB>closed<TAB>closed_late. The keys are the same in
 * every language, for the tools that read them.
 */
#include <glib/gi18n-lib.h>

#include "hd-cli.h"
#include "ledger/hd-light.h"
#include "organisation/hd-unit-path-names.h"
#include "overview/hd-overview-leaders.h"
#include "overview/hd-overview.h"
#include "overview/hd-trend.h"
#include "store/hd-date.h"
#include "store/hd-read.h"

static gboolean
usage_error (GError     **error,
             const char  *message)
{
  g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
               _("overview: %s (usage: overview [--unit UNIT] [--by child|leader] [--trend])"), message);
  return FALSE;
}

static void
print_figures (const gint64 *figures,
               guint         n)
{
  for (guint f = 0; f < n; f++)
    g_print ("\t%" G_GINT64_FORMAT, figures[f]);
  g_print ("\n");
}

static void
print_header (const char *first,
              guint       n)
{
  g_print ("%s", first);
  for (guint f = 0; f < n; f++)
    g_print ("\t%s", hd_overview_figure_get_key (f));
  g_print ("\n");
}

static gboolean
by_child (HdCli    *cli,
          HdStore  *store,
          gint64    unit_id,
          GError  **error)
{
  g_autoptr(HdOverview) overview = hd_overview_compute (store, unit_id, cli->today, HD_LIGHT_DEFAULT_WARNING_DAYS,
                                                        error);
  g_autoptr(HdUnitPathNames) names = NULL;

  if (overview == NULL)
    return FALSE;
  names = hd_unit_path_names_new (store, 0, "/");
  print_header ("UNIT", HD_OVERVIEW_N_FIGURES);
  for (guint i = 0; i < overview->rows->len; i++)
    {
      const HdOverviewRow *row = &g_array_index (overview->rows, HdOverviewRow, i);
      const char *name = hd_unit_path_names_lookup (names, row->unit_id, error);

      if (name == NULL)
        return FALSE;
      g_print ("%s", name);
      print_figures (row->figures, HD_OVERVIEW_N_FIGURES);
    }
  return TRUE;
}

static gboolean
by_leader (HdCli    *cli,
           HdStore  *store,
           gint64    unit_id,
           GError  **error)
{
  g_autoptr(GArray) leaders = hd_overview_by_leader (store, unit_id, cli->today, HD_LIGHT_DEFAULT_WARNING_DAYS, error);

  if (leaders == NULL)
    return FALSE;
  print_header ("LEADER", HD_OVERVIEW_DISSATISFIED + 1);
  for (guint i = 0; i < leaders->len; i++)
    {
      const HdOverviewLeader *leader = &g_array_index (leaders, HdOverviewLeader, i);

      g_print ("%s", leader->leader);
      print_figures (leader->figures, HD_OVERVIEW_DISSATISFIED + 1);
    }
  return TRUE;
}

static gboolean
trend (HdCli    *cli,
       HdStore  *store,
       gint64    unit_id,
       GError  **error)
{
  g_autoptr(GArray) weeks = hd_trend_compute (store, unit_id, cli->today, HD_LIGHT_DEFAULT_WARNING_DAYS, error);

  if (weeks == NULL)
    return FALSE;
  g_print ("WEEK_START\tred\tyellow\tgreen\tclosed\tclosed_late\n");
  for (guint i = 0; i < weeks->len; i++)
    {
      const HdTrendWeek *week = &g_array_index (weeks, HdTrendWeek, i);
      g_autofree char *start = hd_date_format_iso (&week->start);

      g_print ("%s", start);
      print_figures (week->counts, HD_TREND_N_LIGHTS);
    }
  return TRUE;
}

gboolean
hd_cli_overview (HdCli    *cli,
                 int       argc,
                 char    **argv,
                 GError  **error)
{
  g_autofree char *unit_spec = NULL;
  g_autofree char *by = NULL;
  gboolean weekly = FALSE;
  g_autoptr(HdStore) store = NULL;
  GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_spec,
      N_("The unit whose child units are compared (default: the top of the database)"), N_("UNIT") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("A line per child unit (child) or per responsible leader (leader)"),
      N_("child|leader") },
    { "trend", 0, 0, G_OPTION_ARG_NONE, &weekly, N_("The lights week by week over the campaign"), NULL },
    { NULL }
  };
  gint64 unit_id = 0;

  if (!hd_cli_parse_command ("[--unit UNIT] [--by child|leader] [--trend]", entries, &argc, &argv, 0, error))
    return FALSE;
  if (by != NULL && !g_str_equal (by, "child") && !g_str_equal (by, "leader"))
    return usage_error (error, _("give --by as child or leader"));
  if (by != NULL && weekly)
    return usage_error (error, _("--trend is by week; leave out --by"));
  store = hd_cli_open_store (cli, HD_CLI_OPEN_READ, error);
  if (store == NULL)
    return FALSE;
  if (unit_spec != NULL ? (unit_id = hd_cli_find_unit (store, unit_spec, error)) == 0
                        : !hd_cli_top_unit (store, &unit_id, error))
    return FALSE;
  if (weekly)
    return trend (cli, store, unit_id, error);
  if (by != NULL && g_str_equal (by, "leader"))
    return by_leader (cli, store, unit_id, error);
  return by_child (cli, store, unit_id, error);
}

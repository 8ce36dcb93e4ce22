/* hd-cli-coverage.c — huodongban-cli coverage --unit UNIT [--meeting ID]: the three must-talks of
 * a unit's leadership team, a required pair per line:
 *
 *   NAME<TAB>NAME<TAB>done | topics-missing:2,5 | missing
 *   NAME<TAB>-<TAB>vacant:DEPARTMENT              (a department the member oversees has no head)
 *
 * the principal leader's pairs first, then the members', then the department heads', each in the
 * team's order. Without --meeting, every conversation of the team's people counts.
 */
#include <glib/gi18n-lib.h>

#include "hd-cli.h"
#include "organisation/hd-person.h"
#include "organisation/hd-unit.h"
#include "talks/hd-team-coverage.h"

gboolean
hd_cli_coverage (HdCli    *cli,
                 int       argc,
                 char    **argv,
                 GError  **error)
{
  g_autofree char *unit_spec = NULL;
  g_autoptr(HdStore) store = NULL;
  g_autoptr(GArray) pairs = NULL;
  g_autoptr(GHashTable) names = hd_person_names_new ();
  gint64 meeting_id = 0;
  GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_spec, N_("The unit whose leadership team is reviewed"), N_("UNIT") },
    { "meeting", 0, 0, G_OPTION_ARG_INT64, &meeting_id,
      N_("Count only the conversations in this meeting's preparation"), N_("ID") },
    { NULL }
  };
  gint64 unit_id;

  if (!hd_cli_parse_command ("--unit UNIT [--meeting ID]", entries, &argc, &argv, 0, error))
    return FALSE;
  if (unit_spec == NULL)
    {
      g_set_error_literal (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE,
                           _("Say whose leadership team with --unit UNIT (its code, or its names joined by “/”)."));
      return FALSE;
    }
  if ((store = hd_cli_open_store (cli, HD_CLI_OPEN_READ, error)) == NULL
      || (unit_id = hd_cli_find_unit (store, unit_spec, error)) == 0
      || (pairs = hd_team_coverage_read (store, unit_id, meeting_id, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < pairs->len; i++)
    {
      HdRequiredPair *pair = &g_array_index (pairs, HdRequiredPair, i);
      const char *a = hd_person_names_lookup (names, store, pair->a, error);
      const char *b = NULL;

      if (a == NULL || (pair->state != HD_PAIR_VACANT && (b = hd_person_names_lookup (names, store, pair->b, error)) == NULL))
        return FALSE;
      /* For the tools that read it: the same words in every language. */
      switch (pair->state)
        {
        case HD_PAIR_DONE:
          g_print ("%s\t%s\tdone\n", a, b);
          break;
        case HD_PAIR_TOPICS_MISSING:
          {
            g_autofree char *topics = hd_coverage_format_topics (pair->missing);

            g_print ("%s\t%s\ttopics-missing:%s\n", a, b, topics);
          }
          break;
        case HD_PAIR_MISSING:
          g_print ("%s\t%s\tmissing\n", a, b);
          break;
        case HD_PAIR_VACANT:
          {
            g_autoptr(HdUnit) department = hd_unit_load (store, pair->department, error);

            if (department == NULL)
              return FALSE;
            g_print ("%s\t-\tvacant:%s\n", a, hd_unit_get_name (department));
          }
          break;
        }
    }
  return TRUE;
}

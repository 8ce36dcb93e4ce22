/* hd-coverage.c — the three must-talks: which pairs a team requires and how far they have talked. */
#include <glib/gi18n-lib.h>

#include "talks/hd-coverage.h"

static gboolean
same_pair (const HdRequiredPair *pair,
           gint64                x,
           gint64                y)
{
  return (pair->a == x && pair->b == y) || (pair->a == y && pair->b == x);
}

/* Adds the pair of @a and @b unless it is required already (or is one person). */
static void
require (GArray     *pairs,
         HdPairKind  kind,
         gint64      a,
         gint64      b,
         gint64      department)
{
  HdRequiredPair pair = { kind, a, b, department, HD_PAIR_MISSING, 0, 0 };

  if (a == b)
    return;
  for (guint i = 0; i < pairs->len; i++)
    {
      HdRequiredPair *other = &g_array_index (pairs, HdRequiredPair, i);

      if (other->state != HD_PAIR_VACANT && same_pair (other, a, b))
        return;
    }
  g_array_append_val (pairs, pair);
}

static gboolean
talk_includes (const HdTalkRecord *talk,
               gint64              person)
{
  for (guint i = 0; i < talk->n_people; i++)
    if (talk->people[i] == person)
      return TRUE;
  return FALSE;
}

GArray *
hd_coverage_compute (const HdTeamShape  *team,
                     const HdTalkRecord *talks,
                     guint               n_talks)
{
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (HdRequiredPair));

  g_return_val_if_fail (team != NULL, pairs);
  g_return_val_if_fail (talks != NULL || n_talks == 0, pairs);

  if (team->principal != 0)
    for (guint i = 0; i < team->n_members; i++)
      require (pairs, HD_PAIR_PRINCIPAL, team->principal, team->members[i], 0);
  for (guint i = 0; i < team->n_members; i++)
    for (guint j = i + 1; j < team->n_members; j++)
      require (pairs, HD_PAIR_MEMBERS, team->members[i], team->members[j], 0);
  for (guint i = 0; i < team->n_oversight; i++)
    {
      const HdOversightLink *link = &team->oversight[i];

      if (link->head == 0)
        {
          HdRequiredPair vacancy = { HD_PAIR_DEPARTMENT, link->member, 0, link->department, HD_PAIR_VACANT, 0, 0 };

          g_array_append_val (pairs, vacancy);
        }
      else
        require (pairs, HD_PAIR_DEPARTMENT, link->member, link->head, link->department);
    }

  for (guint i = 0; i < pairs->len; i++)
    {
      HdRequiredPair *pair = &g_array_index (pairs, HdRequiredPair, i);
      guint covered = 0;

      if (pair->state == HD_PAIR_VACANT)
        continue;
      for (guint k = 0; k < n_talks; k++)
        if (talk_includes (&talks[k], pair->a) && talk_includes (&talks[k], pair->b))
          {
            covered |= talks[k].topics & HD_TALK_ALL_TOPICS;
            pair->n_talks++;
          }
      if (pair->n_talks == 0)
        continue;
      pair->missing = HD_TALK_ALL_TOPICS & ~covered;
      pair->state = pair->missing == 0 ? HD_PAIR_DONE : HD_PAIR_TOPICS_MISSING;
    }
  return pairs;
}

char *
hd_coverage_format_topics (guint missing)
{
  GString *text = g_string_new (NULL);

  for (guint topic = 0; topic < HD_TALK_N_TOPICS; topic++)
    if (missing & (1u << topic))
      g_string_append_printf (text, "%s%u", text->len > 0 ? "," : "", topic + 1);
  return g_string_free (text, FALSE);
}

char *
hd_coverage_dup_state_text (const HdRequiredPair *pair)
{
  g_autofree char *list = NULL;
  g_auto(GStrv) numbers = NULL;
  g_autofree char *joined = NULL;

  g_return_val_if_fail (pair != NULL, NULL);

  switch (pair->state)
    {
    case HD_PAIR_DONE:
      return g_strdup (_("Talked through"));
    case HD_PAIR_TOPICS_MISSING:
      list = hd_coverage_format_topics (pair->missing);
      numbers = g_strsplit (list, ",", -1);
      joined = g_strjoinv ("、", numbers);
      /* Translators: a pair that talked without covering the topics numbered %s ("2、5"). */
      return g_strdup_printf (_("Topics %s missing"), joined);
    case HD_PAIR_MISSING:
      return g_strdup (_("Not yet talked"));
    case HD_PAIR_VACANT:
    default:
      return g_strdup (_("Vacant"));
    }
}

const char *
hd_coverage_state_mark (HdPairState state)
{
  return state == HD_PAIR_DONE ? "✔" : state == HD_PAIR_TOPICS_MISSING ? "◐" : "○";
}

const char *
hd_pair_kind_get_label (HdPairKind kind)
{
  switch (kind)
    {
    case HD_PAIR_PRINCIPAL:
      return C_("must-talk", "Principal leader and member");
    case HD_PAIR_MEMBERS:
      return C_("must-talk", "Two members");
    case HD_PAIR_DEPARTMENT:
    default:
      return C_("must-talk", "Member and department head");
    }
}

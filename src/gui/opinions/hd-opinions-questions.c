/* hd-opinions-questions.c */
#include <glib/gi18n-lib.h>

#include "opinions/hd-opinions-questions.h"
#include "opinions/hd-problem.h"

/* The first @max characters of @text, with "…" when cut. */
static char *
excerpt (const char *text,
         glong       max)
{
  g_autofree char *cut = NULL;

  if (g_utf8_strlen (text, -1) <= max)
    return g_strdup (text);
  cut = g_utf8_substring (text, 0, max);
  return g_strconcat (cut, "…", NULL);
}

/* The sentences that are not NULL, one space between. */
static char *
join_sentences (const char *first,
                const char *second,
                const char *third)
{
  const char *sentences[] = { first, second, third };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sentences); i++)
    if (sentences[i] != NULL)
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", sentences[i]);
  return g_string_free (text, FALSE);
}

HdQuestionWindow *
hd_opinions_question_delete_opinions (GtkWindow     *parent,
                                      HdStore       *store,
                                      const gint64  *ids,
                                      guint          n_ids,
                                      GError       **error)
{
  g_autoptr(HdProblem) problem = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *attached = NULL;
  g_autofree char *body = NULL;
  guint n_in_problems = 0;

  g_return_val_if_fail (n_ids > 0, NULL);

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(HdOpinion) opinion = hd_opinion_load (store, ids[i], error);

      if (opinion == NULL)
        return NULL;
      if (i == 0 && n_ids == 1)
        {
          g_autofree char *shown = excerpt (hd_opinion_get_content (opinion), 20);

          /* Translators: the question before deleting one opinion; %s is the start of its text */
          heading = g_strdup_printf (_("Delete the opinion “%s”?"), shown);
        }
      if (hd_opinion_get_problem_id (opinion) != 0)
        {
          n_in_problems++;
          if (problem == NULL)
            problem = hd_problem_load (store, hd_opinion_get_problem_id (opinion), NULL);
        }
    }
  if (heading == NULL)
    heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Delete %u opinion?", "Delete %u opinions?", n_ids),
                               n_ids);
  if (n_ids == 1 && problem != NULL)
    {
      g_autofree char *summary = excerpt (hd_problem_get_summary (problem), 30);

      attached = g_strdup_printf (_("It was merged into the problem “%s”, which stays, without this opinion."),
                                  summary);
    }
  else if (n_in_problems > 0)
    attached = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u of them was merged into a problem; the problems stay, without these opinions.",
                                             "%u of them were merged into problems; the problems stay, without these opinions.",
                                             n_in_problems),
                                n_in_problems);
  if (attached == NULL)
    attached = g_strdup (g_dngettext (GETTEXT_PACKAGE, "Nothing else is attached to it.",
                                      "Nothing else is attached to them.", n_ids));
  body = join_sentences (attached, NULL,
                         _("You can undo the deletion (Ctrl+Z) while this window is open."));
  return hd_question_window_new (parent, heading, body, _("_Delete"), TRUE);
}

HdQuestionWindow *
hd_opinions_question_delete_problem (GtkWindow  *parent,
                                     HdStore    *store,
                                     gint64      id,
                                     GError    **error)
{
  g_autoptr(HdProblem) problem = hd_problem_load (store, id, error);
  g_autofree char *summary = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *opinions = NULL;
  g_autofree char *tasks = NULL;
  g_autofree char *body = NULL;
  guint n_opinions, n_tasks;

  if (problem == NULL)
    return NULL;
  summary = excerpt (hd_problem_get_summary (problem), 20);
  n_opinions = hd_problem_get_n_opinions (problem);
  n_tasks = hd_problem_get_n_tasks (problem);
  /* Translators: the question before deleting a problem; %s is the start of its summary */
  heading = g_strdup_printf (_("Delete the problem “%s”?"), summary);
  if (n_opinions > 0)
    opinions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Its %u opinion stays and goes back to “sorted” (unless it was answered or closed), ready to be merged again.",
                                             "Its %u opinions stay and go back to “sorted” (unless they were answered or closed), ready to be merged again.",
                                             n_opinions),
                                n_opinions);
  if (n_tasks > 0)
    tasks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "The %u rectification task made from it stays in the ledger with its own text of the problem.",
                                          "The %u rectification tasks made from it stay in the ledger with their own text of the problem.",
                                          n_tasks),
                             n_tasks);
  body = join_sentences (opinions != NULL ? opinions : _("No opinion is linked to it."), tasks,
                         _("You can undo the deletion (Ctrl+Z) while this window is open."));
  return hd_question_window_new (parent, heading, body, _("_Delete"), TRUE);
}

/* hd-exchange-text.c */
#include <string.h>
#include <glib/gi18n-lib.h>

#include "exchange/hd-exchange-text.h"
#include "store/hd-date.h"

/* In the package's order; the context keeps these apart from the same words elsewhere. */
static const char * const kind_labels[HD_PACKAGE_N_KINDS] = {
  [HD_PACKAGE_UNIT] = NC_("exchange kind", "Units"),
  [HD_PACKAGE_PERSON] = NC_("exchange kind", "People"),
  [HD_PACKAGE_TEAM_MEMBER] = NC_("exchange kind", "Leadership team members"),
  [HD_PACKAGE_OVERSIGHT] = NC_("exchange kind", "Oversight of departments"),
  [HD_PACKAGE_CONTACT_POINT] = NC_("exchange kind", "Contact points"),
  [HD_PACKAGE_SUPERVISION_GROUP] = NC_("exchange kind", "Supervision groups"),
  [HD_PACKAGE_SUPERVISION_MEMBER] = NC_("exchange kind", "Supervision group members"),
  [HD_PACKAGE_SUPERVISION_ASSIGNMENT] = NC_("exchange kind", "Units assigned to supervision groups"),
  [HD_PACKAGE_PROBLEM] = NC_("exchange kind", "Problems"),
  [HD_PACKAGE_OPINION] = NC_("exchange kind", "Opinions"),
  [HD_PACKAGE_TASK] = NC_("exchange kind", "Rectification tasks"),
  [HD_PACKAGE_TASK_REVIEW] = NC_("exchange kind", "Task reviews"),
  [HD_PACKAGE_TASK_PROGRESS] = NC_("exchange kind", "Progress entries"),
  [HD_PACKAGE_NOTICE] = NC_("exchange kind", "Supervision notices"),
  [HD_PACKAGE_NOTICE_TASK] = NC_("exchange kind", "Tasks in notices"),
  [HD_PACKAGE_NOTICE_REMINDER] = NC_("exchange kind", "Notice reminders"),
  [HD_PACKAGE_NOTICE_REPLY] = NC_("exchange kind", "Notice replies"),
  [HD_PACKAGE_LOOKBACK_ROUND] = NC_("exchange kind", "Look-back rounds"),
  [HD_PACKAGE_LOOKBACK_ITEM] = NC_("exchange kind", "Look-back outcomes"),
  [HD_PACKAGE_LOOKBACK_REVIEW] = NC_("exchange kind", "Six-point reviews"),
  [HD_PACKAGE_ACCOUNTABILITY] = NC_("exchange kind", "Accountability records"),
  [HD_PACKAGE_ACCOUNTABILITY_LINK] = NC_("exchange kind", "Tasks and notices of accountability records"),
  [HD_PACKAGE_MEETING] = NC_("exchange kind", "Meetings"),
  [HD_PACKAGE_TALK] = NC_("exchange kind", "Talk-the-heart conversations"),
  [HD_PACKAGE_TALK_PERSON] = NC_("exchange kind", "Conversation participants"),
  [HD_PACKAGE_MEETING_MATERIAL] = NC_("exchange kind", "Self-examination materials"),
  [HD_PACKAGE_MEETING_PERSON] = NC_("exchange kind", "Meeting attendees"),
  [HD_PACKAGE_MEETING_CRITICISM] = NC_("exchange kind", "Criticisms at meetings"),
  [HD_PACKAGE_MEETING_MEASURE] = NC_("exchange kind", "Improvement measures"),
  [HD_PACKAGE_DELETED] = NC_("exchange kind", "Deletions"),
};

const char *
hd_exchange_text_kind_label (HdPackageKind kind)
{
  g_return_val_if_fail (kind < HD_PACKAGE_N_KINDS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "exchange kind", kind_labels[kind]);
}

GStrv
hd_exchange_text_count_lines (const HdExchangeCounts *counts)
{
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();

  g_return_val_if_fail (counts != NULL, NULL);

  for (guint kind = 0; kind < HD_PACKAGE_N_KINDS; kind++)
    {
      const HdExchangeCount *count = &counts->kinds[kind];
      g_autofree char *line = NULL;

      if (count->added + count->changed + count->deleted == 0)
        continue;
      /* Translators: a kind of record and what a package adds, changes and deletes of it, e.g.
       * "Rectification tasks: 3 added, 1 changed, 0 deleted". */
      line = g_strdup_printf (_("%s: %u added, %u changed, %u deleted"), hd_exchange_text_kind_label (kind),
                              count->added, count->changed, count->deleted);
      g_strv_builder_add (lines, line);
    }
  return g_strv_builder_end (lines);
}

static void
replace_unsafe (GString *name)
{
  for (char *p = name->str; *p != '\0'; p++)
    if (strchr ("/\\:*?\"<>|", *p) != NULL || (guchar) *p < 0x20)
      *p = '_';
}

char *
hd_exchange_text_file_name (const char *sender,
                            const char *receiver,
                            guint64     sequence)
{
  GString *name = g_string_new (NULL);

  g_return_val_if_fail (sender != NULL && receiver != NULL, NULL);

  /* Translators: an exchange package's suggested file name: sender, receiver, number. Keep the
   * .hdx; in Chinese e.g. "%s至%s-第%lu号.hdx". */
  g_string_printf (name, _("%s-to-%s-%lu.hdx"), sender, receiver, (gulong) sequence);
  replace_unsafe (name);
  return g_string_free (name, FALSE);
}

char *
hd_exchange_text_date (const char *iso)
{
  GDate date;

  if (iso == NULL || *iso == '\0')
    return g_strdup ("—");
  if (strlen (iso) >= 10)
    {
      g_autofree char *day = g_strndup (iso, 10);

      if (hd_date_parse_iso (day, &date))
        {
          g_autofree char *shown = hd_date_format_display (&date);

          /* A time after the day, as stored: "2014年6月15日 09:30". */
          if (strlen (iso) >= 16)
            return g_strdup_printf ("%s %.5s", shown, iso + 11);
          return g_steal_pointer (&shown);
        }
    }
  return g_strdup (iso);
}

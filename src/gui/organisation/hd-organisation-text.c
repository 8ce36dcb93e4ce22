/* hd-organisation-text.c */
#include <glib/gi18n-lib.h>

#include "organisation/hd-organisation-text.h"

char *
hd_organisation_text_oversight (const HdOversight *oversight)
{
  g_return_val_if_fail (oversight != NULL, NULL);

  if (oversight->head_name == NULL || *oversight->head_name == '\0')
    /* Translators: a department a leader oversees whose head is not known. */
    return g_strdup_printf (_("%s (no head recorded)"), oversight->department_name);

  /* Translators: a department a leader oversees, and the department's head. */
  return g_strdup_printf (_("%s (head: %s)"), oversight->department_name, oversight->head_name);
}

char *
hd_organisation_text_oversights (GPtrArray *oversights)
{
  g_autoptr(GString) list = NULL;

  if (oversights == NULL || oversights->len == 0)
    return NULL;

  list = g_string_new (NULL);
  for (guint i = 0; i < oversights->len; i++)
    {
      g_autofree char *one = hd_organisation_text_oversight (g_ptr_array_index (oversights, i));

      if (i > 0)
        /* Translators: separates the departments one leader oversees. */
        g_string_append (list, _("; "));
      g_string_append (list, one);
    }

  /* Translators: %s is the list of departments a team member oversees (分管). */
  return g_strdup_printf (_("Oversees: %s"), list->str);
}

char *
hd_organisation_text_unit_summary (HdUnit *unit)
{
  const char *kind = hd_unit_kind_get_label (hd_unit_get_kind (unit));
  const char *code = hd_unit_get_code (unit);

  if (code == NULL || *code == '\0')
    return g_strdup (kind);

  /* Translators: the kind of a unit ("Township") and its code. */
  return g_strdup_printf (_("%s · code %s"), kind, code);
}

char *
hd_organisation_text_person_subtitle (HdPerson *person)
{
  const char *title = hd_person_get_title (person);
  const char *unit_name = hd_person_get_unit_name (person);
  gboolean has_title = title != NULL && *title != '\0';
  gboolean has_unit = unit_name != NULL && *unit_name != '\0';

  if (has_title && has_unit)
    /* Translators: a person's title and the unit he or she works in. */
    return g_strdup_printf (_("%s · %s"), title, unit_name);
  if (has_title)
    return g_strdup (title);
  if (has_unit)
    return g_strdup (unit_name);
  return NULL;
}

char *
hd_organisation_text_group_leader (HdPerson *leader)
{
  if (leader == NULL)
    return g_strdup (_("No group leader recorded"));

  /* Translators: %s is the name of a supervision group's leader (组长). */
  return g_strdup_printf (_("Leader: %s"), hd_person_get_name (leader));
}

char *
hd_organisation_text_group_members (GListModel *members)
{
  g_autoptr(GString) list = NULL;
  guint n;

  if (members == NULL || (n = g_list_model_get_n_items (members)) == 0)
    return NULL;

  list = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HdPerson) person = g_list_model_get_item (members, i);

      if (i > 0)
        /* Translators: separates names in a list of people. */
        g_string_append (list, _(", "));
      g_string_append (list, hd_person_get_name (person));
    }

  /* Translators: %s is the list of a supervision group's members. */
  return g_strdup_printf (_("Members: %s"), list->str);
}

char *
hd_organisation_text_team_detail (HdTeamRole  role,
                                  const char *title)
{
  gboolean has_title = title != NULL && *title != '\0';

  if (role != HD_TEAM_ROLE_PRINCIPAL)
    return has_title ? g_strdup (title) : NULL;
  if (!has_title)
    return g_strdup (_("Principal leader"));
  /* Translators: "Principal leader" (主要负责同志) and the leader's title. */
  return g_strdup_printf (_("Principal leader · %s"), title);
}

char *
hd_organisation_text_n_people (guint n_people)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", n_people), n_people);
}

const char *
hd_organisation_text_party_member (gboolean party_member)
{
  /* Translators: shown in the roster's "Party member" column for a party member. */
  return party_member ? _("Yes") : "";
}

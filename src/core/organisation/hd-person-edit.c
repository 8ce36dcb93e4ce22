/* hd-person-edit.c — editing the rosters through edits (see hd-edit.h). */
#include <glib/gi18n-lib.h>

#include "organisation/hd-person-edit.h"
#include "organisation/hd-unit.h"
#include "store/hd-read.h"

#define MAX_NAME_CHARS  50
#define MAX_TITLE_CHARS 100

G_DEFINE_QUARK (hd-person-edit-error-quark, hd_person_edit_error)

/* A person's places elsewhere, in the order they are removed when the person is deleted. */
typedef struct {
  const char *table;
  const char *select_ids;   /* ?1 = the person */
} RoleRows;

static const RoleRows role_rows[] = {
  { "oversight", "SELECT id FROM oversight WHERE member_id IN (SELECT id FROM team_member WHERE person_id = ?1)" },
  { "team_member", "SELECT id FROM team_member WHERE person_id = ?1" },
  { "contact_point", "SELECT id FROM contact_point WHERE leader_id = ?1" },
  { "supervision_member", "SELECT id FROM supervision_member WHERE person_id = ?1" },
};

enum { MOBILE, FIXED_LINE, FIXED_3_UNSEPARATED, FIXED_4_UNSEPARATED, N_PATTERNS };

/* Compiled once: an import checks thousands of numbers. */
static gboolean
phone_matches (guint       which,
               const char *text)
{
  static const char * const patterns[N_PATTERNS] = {
    "^1[3-9][0-9]{9}$",
    "^0[1-9][0-9]{1,2}-[1-9][0-9]{6,7}(-[0-9]{1,6})?$",
    /* A fixed line typed without the separator: area codes of 3 digits start 01x or 02x. */
    "^0[12][0-9][1-9][0-9]{7}$",
    "^0[3-9][0-9]{2}[1-9][0-9]{6,7}$",
  };
  static GRegex *regexes[N_PATTERNS];
  static gsize compiled = 0;

  if (g_once_init_enter (&compiled))
    {
      for (guint i = 0; i < N_PATTERNS; i++)
        regexes[i] = g_regex_new (patterns[i], G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&compiled, 1);
    }
  return g_regex_match (regexes[which], text, 0, NULL);
}

char *
hd_phone_normalize (const char *phone)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *p = phone != NULL ? phone : "";
  g_autofree char *compact = NULL;

  while (g_ascii_isspace (*p))
    p++;
  if (g_str_has_prefix (p, "+86"))
    p += 3;
  for (; *p; p++)
    {
      if (g_ascii_isspace (*p))
        continue;
      /* Full-width digits and hyphens, as a Chinese input method types them. */
      if (g_str_has_prefix (p, "－") || g_str_has_prefix (p, "—"))
        {
          g_string_append_c (digits, '-');
          p = g_utf8_next_char (p) - 1;
          continue;
        }
      if ((guchar) p[0] == 0xEF && (guchar) p[1] == 0xBC && (guchar) p[2] >= 0x90 && (guchar) p[2] <= 0x99)
        {
          g_string_append_c (digits, (char) ('0' + ((guchar) p[2] - 0x90)));
          p += 2;
          continue;
        }
      g_string_append_c (digits, *p);
    }
  if (digits->len == 0)
    return g_strdup ("");

  compact = g_string_free (g_steal_pointer (&digits), FALSE);
  /* Mobile numbers are often written 138-0013-8000. */
  if (compact[0] == '1' && strchr (compact, '-') != NULL)
    {
      g_auto(GStrv) groups = g_strsplit (compact, "-", -1);
      g_autofree char *joined = g_strjoinv ("", groups);

      if (phone_matches (MOBILE, joined))
        return g_steal_pointer (&joined);
    }
  if (phone_matches (MOBILE, compact) || phone_matches (FIXED_LINE, compact))
    return g_steal_pointer (&compact);
  if (phone_matches (FIXED_3_UNSEPARATED, compact))
    return g_strdup_printf ("%.3s-%s", compact, compact + 3);
  if (phone_matches (FIXED_4_UNSEPARATED, compact))
    return g_strdup_printf ("%.4s-%s", compact, compact + 4);
  return NULL;
}

gboolean
hd_person_fields_validate (const HdPersonFields  *fields,
                           char                 **name,
                           char                 **phone,
                           GError               **error)
{
  g_autofree char *clean_name = g_strstrip (g_strdup (fields->name != NULL ? fields->name : ""));
  g_autofree char *clean_phone = NULL;

  if (*clean_name == '\0')
    {
      g_set_error_literal (error, HD_PERSON_EDIT_ERROR, HD_PERSON_EDIT_ERROR_INVALID,
                           _("The person needs a name. Enter the full name."));
      return FALSE;
    }
  if (g_utf8_strlen (clean_name, -1) > MAX_NAME_CHARS)
    {
      g_set_error (error, HD_PERSON_EDIT_ERROR, HD_PERSON_EDIT_ERROR_INVALID,
                   _("The name is longer than %d characters. Enter the name alone."), MAX_NAME_CHARS);
      return FALSE;
    }
  if (fields->title != NULL && g_utf8_strlen (fields->title, -1) > MAX_TITLE_CHARS)
    {
      g_set_error (error, HD_PERSON_EDIT_ERROR, HD_PERSON_EDIT_ERROR_INVALID,
                   _("The position is longer than %d characters. Shorten it."), MAX_TITLE_CHARS);
      return FALSE;
    }
  if ((guint) fields->gender > HD_GENDER_FEMALE)
    {
      g_set_error_literal (error, HD_PERSON_EDIT_ERROR, HD_PERSON_EDIT_ERROR_INVALID,
                           _("The gender is not valid. Choose male or female."));
      return FALSE;
    }
  clean_phone = hd_phone_normalize (fields->phone);
  if (clean_phone == NULL)
    {
      g_set_error (error, HD_PERSON_EDIT_ERROR, HD_PERSON_EDIT_ERROR_INVALID,
                   _("“%s” is not a phone number. Enter an 11-digit mobile number such as 13800138000, or a fixed line with its area code such as 0311-85012345."),
                   fields->phone);
      return FALSE;
    }
  *name = g_steal_pointer (&clean_name);
  *phone = g_steal_pointer (&clean_phone);
  return TRUE;
}

guint
hd_person_count_same_name (HdStore    *store,
                           gint64      unit_id,
                           const char *name,
                           gint64      except_id)
{
  g_autofree char *clean = g_strstrip (g_strdup (name != NULL ? name : ""));
  sqlite3_stmt *stmt;
  guint n = 0;

  stmt = hd_store_prepare (store,
                           "SELECT count(*) FROM person WHERE unit_id = ?1 AND name = ?2 AND id <> ?3",
                           NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, except_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/* Binds, from ?@first on, the name, gender, title, party membership and phone as the INSERT and
 * the UPDATE below name them; @name and @phone are the validated ones. */
static void
bind_fields (sqlite3_stmt          *stmt,
             int                    first,
             const char            *name,
             const HdPersonFields  *fields,
             const char            *phone)
{
  sqlite3_bind_text (stmt, first, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, first + 1, fields->gender);
  sqlite3_bind_text (stmt, first + 2, g_strstrip (g_strdup (fields->title ? fields->title : "")), -1, g_free);
  sqlite3_bind_int (stmt, first + 3, fields->party_member ? 1 : 0);
  sqlite3_bind_text (stmt, first + 4, phone, -1, SQLITE_TRANSIENT);
}

gint64
hd_person_insert (HdEdit                *edit,
                  gint64                 unit_id,
                  const HdPersonFields  *fields,
                  GError               **error)
{
  HdStore *store = hd_edit_get_store (edit);
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  if (!hd_person_fields_validate (fields, &name, &phone, error) ||
      !hd_unit_check_exists (store, unit_id, error))
    return 0;

  stmt = hd_edit_prepare_insert (edit,
                                 "INSERT INTO person (uuid, unit_id, name, gender, title, party_member, phone, position)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                                 "  (SELECT coalesce (max (position) + 1, 0) FROM person WHERE unit_id = ?2))",
                                 error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 2, unit_id);
  bind_fields (stmt, 3, name, fields, phone);
  return hd_edit_insert (edit, "person", stmt, &id, error) ? id : 0;
}

gint64
hd_person_create (HdStore               *store,
                  HdHistory             *history,
                  gint64                 unit_id,
                  const HdPersonFields  *fields,
                  GError               **error)
{
  HdEdit *edit;
  gint64 id;

  g_return_val_if_fail (HD_IS_STORE (store), 0);

  edit = hd_edit_begin (store, _("Add person"), error);
  if (edit == NULL)
    return 0;
  id = hd_person_insert (edit, unit_id, fields, error);
  return hd_edit_finish (edit, history, id != 0, error) ? id : 0;
}

gboolean
hd_person_write (HdEdit                *edit,
                 gint64                 id,
                 const HdPersonFields  *fields,
                 GError               **error)
{
  HdStore *store = hd_edit_get_store (edit);
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;
  sqlite3_stmt *stmt;

  if (!hd_person_fields_validate (fields, &name, &phone, error) ||
      !hd_edit_touch (edit, "person", id, error))
    return FALSE;
  stmt = hd_store_prepare (store,
                           "UPDATE person SET name = ?2, gender = ?3, title = ?4, party_member = ?5, phone = ?6"
                           " WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  bind_fields (stmt, 2, name, fields, phone);
  return hd_store_step_done (store, stmt, error);
}

gboolean
hd_person_update (HdStore               *store,
                  HdHistory             *history,
                  gint64                 id,
                  const HdPersonFields  *fields,
                  GError               **error)
{
  g_autoptr(HdPerson) person = hd_person_load (store, id, error);
  HdEdit *edit;

  if (person == NULL)
    return FALSE;
  edit = hd_edit_begin (store, _("Edit person"), error);
  if (edit == NULL)
    return FALSE;
  return hd_edit_finish (edit, history, hd_person_write (edit, id, fields, error), error);
}

gboolean
hd_person_move (HdStore    *store,
                HdHistory  *history,
                gint64      id,
                gint64      unit_id,
                GError    **error)
{
  g_autoptr(HdPerson) person = hd_person_load (store, id, error);
  HdEdit *edit;

  if (person == NULL || !hd_unit_check_exists (store, unit_id, error))
    return FALSE;
  if (hd_person_get_unit_id (person) == unit_id)
    return TRUE;
  edit = hd_edit_begin (store, _("Move person"), error);
  if (edit == NULL)
    return FALSE;

  return hd_edit_finish (edit, history,
                         hd_edit_update_row (edit, "person", id,
                                             "UPDATE person SET unit_id = ?2,"
                                             " position = (SELECT coalesce (max (position) + 1, 0) FROM person WHERE unit_id = ?2)"
                                             " WHERE id = ?1",
                                             unit_id, error),
                         error);
}

static gboolean
count_rows (HdStore     *store,
            const char  *select_ids,
            gint64       person_id,
            guint       *count,
            GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM (%s)", select_ids);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (hd_store_get_db (store), sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      hd_store_set_error (store, error, _("Reading a person"));
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, person_id);
  rc = sqlite3_step (stmt);
  *count = rc == SQLITE_ROW ? (guint) sqlite3_column_int (stmt, 0) : 0;
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      hd_store_set_error (store, error, _("Reading a person"));
      return FALSE;
    }
  return TRUE;
}

gboolean
hd_person_delete (HdStore    *store,
                  HdHistory  *history,
                  gint64      id,
                  gboolean    with_roles,
                  GError    **error)
{
  g_autoptr(HdPerson) person = hd_person_load (store, id, error);
  HdEdit *edit;
  gboolean ok = TRUE, kept = FALSE;

  if (person == NULL)
    return FALSE;
  if (!with_roles)
    {
      guint team = 0, contact = 0, supervision = 0;

      if (!count_rows (store, role_rows[1].select_ids, id, &team, error) ||
          !count_rows (store, role_rows[2].select_ids, id, &contact, error) ||
          !count_rows (store, role_rows[3].select_ids, id, &supervision, error))
        return FALSE;
      if (team + contact + supervision > 0)
        {
          g_set_error (error, HD_PERSON_EDIT_ERROR, HD_PERSON_EDIT_ERROR_HAS_ROLES,
                       _("%s was not deleted: %s still has %u place(s) in leadership teams, %u contact point(s) and %u place(s) in supervision groups. Confirm to delete the person with them."),
                       hd_person_get_name (person), hd_person_get_name (person), team, contact, supervision);
          return FALSE;
        }
    }

  /* The records of what was done keep the people they name. */
  if (!hd_read_has_row (store,
                        "SELECT 1 FROM talk_person WHERE person_id = ?1"
                        " UNION ALL SELECT 1 FROM talk WHERE recorder_id = ?1"
                        " UNION ALL SELECT 1 FROM meeting_material WHERE person_id = ?1"
                        " UNION ALL SELECT 1 FROM meeting_person WHERE person_id = ?1"
                        " UNION ALL SELECT 1 FROM meeting_criticism WHERE critic_id = ?1 OR target_id = ?1"
                        " UNION ALL SELECT 1 FROM meeting_measure WHERE leader_id = ?1"
                        " UNION ALL SELECT 1 FROM accountability WHERE person_id = ?1",
                        id, &kept, error))
    return FALSE;
  if (kept)
    {
      g_set_error (error, HD_PERSON_EDIT_ERROR, HD_PERSON_EDIT_ERROR_INVALID,
                   _("%s was not deleted: conversations, meetings or accountability records name the person, and keep "
                     "the name as their record. Move the person to another unit instead."),
                   hd_person_get_name (person));
      return FALSE;
    }
  edit = hd_edit_begin (store, _("Delete person"), error);
  if (edit == NULL)
    return FALSE;
  for (guint i = 0; ok && i < G_N_ELEMENTS (role_rows); i++)
    ok = hd_edit_delete_rows (edit, role_rows[i].table, role_rows[i].select_ids, id, NULL, error);
  ok = ok && hd_edit_delete_rows (edit, "person", "SELECT ?1", id, NULL, error);
  return hd_edit_finish (edit, history, ok, error);
}

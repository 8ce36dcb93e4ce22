/* hd-opinion.c — opinions, their edits and their list.
 *
 * Search by any part of the text: three characters or more go to the trigram index
 * opinion_text, which cannot look for fewer. One or two characters go, in a large subtree, to
 * the grams index opinion_grams (schema v5), which holds each opinion's distinct characters and
 * pairs of adjacent characters; in a small one they are tested with instr() on the subtree's
 * few thousand rows. Before the grams index, one or two characters were tested on the scan of
 * all opinions in date order: quick for a common character ("会" showed its first page in
 * 50 ms), but a rare one read all of the province's 1.9 million opinions, 2.7 s for "𠮷".
 * Measured over them with the index: the 206 opinions with "𠮷" and the 68 with "贠" complete
 * in 2 ms, "会" (206,000) and "公车" (89,000) first page in 1 ms. Contentless and without
 * positions, the index is 121 MB against the trigram index's 202 MB (the province's file:
 * 2.34 GB → 2.47 GB); filling it adds about 15 s to the province demo (94 s), and migrating a
 * province takes 24 s. A text with whitespace or with a character that the index leaves out
 * (hd_text_grams) still goes to the scan.
 */
#include <glib/gi18n-lib.h>

#include "model/hd-subtree.h"
#include "opinions/hd-opinion.h"
#include "organisation/hd-person.h"
#include "organisation/hd-unit.h"
#include "store/hd-date.h"
#include "store/hd-read.h"
#include "store/hd-text.h"

#define MAX_CONTENT_CHARS 5000

G_DEFINE_QUARK (hd-opinion-error-quark, hd_opinion_error)

static const HdEnumValue channel_values[] = {
  { "appraisal", NC_("opinion channel", "Democratic appraisal") },
  { "forum", NC_("opinion channel", "Forum or talk") },
  { "questionnaire", NC_("opinion channel", "Questionnaire") },
  { "box", NC_("opinion channel", "Opinion box") },
  { "hotline", NC_("opinion channel", "Hotline") },
  { "visit", NC_("opinion channel", "Home visit") },
  { "petition", NC_("opinion channel", "Petition") },
  { "online", NC_("opinion channel", "Online") },
  { "other", NC_("opinion channel", "Other") },
};
HD_DEFINE_ENUM_FUNCS (HdOpinionChannel, hd_opinion_channel, "opinion channel", channel_values,
                      HD_OPINION_N_CHANNELS)

static const HdEnumValue category_values[] = {
  { "formalism", NC_("problem category", "Formalism") },
  { "bureaucratism", NC_("problem category", "Bureaucratism") },
  { "hedonism", NC_("problem category", "Hedonism") },
  { "extravagance", NC_("problem category", "Extravagance") },
  { "vital_interests", NC_("problem category", "The masses’ vital interests") },
  { "serving_masses", NC_("problem category", "Contacting and serving the masses") },
  { "other", NC_("problem category", "Other") },
};
HD_DEFINE_ENUM_FUNCS (HdCategory, hd_category, "problem category", category_values, HD_N_CATEGORIES)

static const HdEnumValue status_values[] = {
  { "received", NC_("opinion status", "Received") },
  { "sorted", NC_("opinion status", "Sorted") },
  { "problem", NC_("opinion status", "Turned into a problem") },
  { "answered", NC_("opinion status", "Answered") },
  { "closed", NC_("opinion status", "Closed") },
};
HD_DEFINE_ENUM_FUNCS (HdOpinionStatus, hd_opinion_status, "opinion status", status_values,
                      HD_OPINION_N_STATUSES)

struct _HdOpinion
{
  HdRecord         parent_instance;

  HdOpinionChannel channel;
  char            *received;
  gint64           unit_id;
  gint64           person_id;
  HdCategory       category;
  char            *content;
  HdOpinionStatus  status;
  gint64           problem_id;
};

/* In the order of the columns that hd_opinion_load() reads after the id and uuid. */
static const HdRecordField record_fields[] = {
  { "channel", HD_FIELD_TOKEN, G_STRUCT_OFFSET (HdOpinion, channel), NULL, &hd_opinion_channel_enum,
    HD_OPINION_CHANNEL_OTHER },
  { "received", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdOpinion, received) },
  { "unit-id", HD_FIELD_INT64, G_STRUCT_OFFSET (HdOpinion, unit_id) },
  { "person-id", HD_FIELD_INT64, G_STRUCT_OFFSET (HdOpinion, person_id) },
  { "category", HD_FIELD_TOKEN, G_STRUCT_OFFSET (HdOpinion, category), NULL, &hd_category_enum,
    HD_CATEGORY_OTHER },
  { "content", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdOpinion, content) },
  { "status", HD_FIELD_TOKEN, G_STRUCT_OFFSET (HdOpinion, status), NULL, &hd_opinion_status_enum,
    HD_OPINION_STATUS_RECEIVED },
  { "problem-id", HD_FIELD_INT64, G_STRUCT_OFFSET (HdOpinion, problem_id) },
};

static const HdRecordInfo record_info = {
  record_fields, G_N_ELEMENTS (record_fields), hd_opinion_error_quark, HD_OPINION_ERROR_NOT_FOUND,
  N_("There is no opinion number %lld; it may have been deleted meanwhile. Reload the list and choose again."),
  N_("Reading an opinion"),
};

HD_DEFINE_RECORD_TYPE (HdOpinion, hd_opinion, record_info)

HdOpinion *
hd_opinion_load (HdStore  *store,
                 gint64    id,
                 GError  **error)
{
  return hd_record_load (HD_TYPE_OPINION, store,
                         "SELECT id, uuid, channel, received, unit_id, person_id, category, content, status,"
                         "       problem_id"
                         " FROM opinion WHERE id = ?1",
                         id, error);
}

gint64 hd_opinion_get_id (HdOpinion *self) { return hd_record_get_id (HD_RECORD (self)); }
HdOpinionChannel hd_opinion_get_channel (HdOpinion *self) { g_return_val_if_fail (HD_IS_OPINION (self), 0); return self->channel; }
const char *hd_opinion_get_received (HdOpinion *self) { g_return_val_if_fail (HD_IS_OPINION (self), NULL); return self->received; }
gint64 hd_opinion_get_unit_id (HdOpinion *self) { g_return_val_if_fail (HD_IS_OPINION (self), 0); return self->unit_id; }
gint64 hd_opinion_get_person_id (HdOpinion *self) { g_return_val_if_fail (HD_IS_OPINION (self), 0); return self->person_id; }
HdCategory hd_opinion_get_category (HdOpinion *self) { g_return_val_if_fail (HD_IS_OPINION (self), 0); return self->category; }
const char *hd_opinion_get_content (HdOpinion *self) { g_return_val_if_fail (HD_IS_OPINION (self), NULL); return self->content; }
HdOpinionStatus hd_opinion_get_status (HdOpinion *self) { g_return_val_if_fail (HD_IS_OPINION (self), 0); return self->status; }
gint64 hd_opinion_get_problem_id (HdOpinion *self) { g_return_val_if_fail (HD_IS_OPINION (self), 0); return self->problem_id; }

gboolean
hd_opinion_fields_validate (HdStore                *store,
                            const HdOpinionFields  *fields,
                            const GDate            *today,
                            GError                **error)
{
  g_autofree char *content = g_strstrip (g_strdup (fields->content != NULL ? fields->content : ""));
  GDate received;

  g_return_val_if_fail ((guint) fields->channel < HD_OPINION_N_CHANNELS, FALSE);
  g_return_val_if_fail ((guint) fields->category < HD_N_CATEGORIES, FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  if (*content == '\0')
    {
      g_set_error_literal (error, HD_OPINION_ERROR, HD_OPINION_ERROR_INVALID,
                           _("The opinion has no text. Enter what was said or written, e.g. “村务公开不及时”."));
      return FALSE;
    }
  if (g_utf8_strlen (content, -1) > MAX_CONTENT_CHARS)
    {
      g_set_error (error, HD_OPINION_ERROR, HD_OPINION_ERROR_INVALID,
                   _("The opinion is longer than %d characters. Shorten it, or enter it as several opinions."),
                   MAX_CONTENT_CHARS);
      return FALSE;
    }
  if (!hd_date_parse_iso (fields->received, &received))
    {
      g_set_error (error, HD_OPINION_ERROR, HD_OPINION_ERROR_INVALID,
                   _("“%s” is not a date. Enter the day the opinion was received, e.g. 2014-09-30."),
                   fields->received != NULL ? fields->received : "");
      return FALSE;
    }
  if (g_date_compare (&received, today) > 0)
    {
      g_autofree char *shown = hd_date_format_display (&received);
      g_autofree char *shown_today = hd_date_format_display (today);

      g_set_error (error, HD_OPINION_ERROR, HD_OPINION_ERROR_INVALID,
                   _("The opinion is dated %s, after today (%s). Enter the day it was received."),
                   shown, shown_today);
      return FALSE;
    }
  return hd_unit_check_exists (store, fields->unit_id, error) &&
         (fields->person_id == 0 || hd_person_check_exists (store, fields->person_id, error));
}

static void
bind_fields (sqlite3_stmt          *stmt,
             const HdOpinionFields *fields)
{
  sqlite3_bind_text (stmt, 2, hd_opinion_channel_to_string (fields->channel), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, fields->received, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, fields->unit_id);
  hd_store_bind_id_or_null (stmt, 5, fields->person_id);
  sqlite3_bind_text (stmt, 6, hd_category_to_string (fields->category), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, g_strstrip (g_strdup (fields->content)), -1, g_free);
}

gint64
hd_opinion_insert (HdEdit                 *edit,
                   const HdOpinionFields  *fields,
                   const GDate            *today,
                   GError                **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  if (!hd_opinion_fields_validate (hd_edit_get_store (edit), fields, today, error))
    return 0;
  stmt = hd_edit_prepare_insert (edit,
                                 "INSERT INTO opinion (uuid, channel, received, unit_id, person_id, category, content)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                 error);
  if (stmt == NULL)
    return 0;
  bind_fields (stmt, fields);
  return hd_edit_insert (edit, "opinion", stmt, &id, error) ? id : 0;
}

gint64
hd_opinion_create (HdStore                *store,
                   HdHistory              *history,
                   const HdOpinionFields  *fields,
                   const GDate            *today,
                   GError                **error)
{
  HdEdit *edit;
  gint64 id;

  g_return_val_if_fail (HD_IS_STORE (store), 0);

  if (!hd_opinion_fields_validate (store, fields, today, error))
    return 0;
  edit = hd_edit_begin (store, _("Add opinion"), error);
  if (edit == NULL)
    return 0;
  id = hd_opinion_insert (edit, fields, today, error);
  return hd_edit_finish (edit, history, id != 0, error) ? id : 0;
}

static gboolean
check_status_change (HdOpinion  *opinion,
                     int         status,
                     GError    **error)
{
  g_return_val_if_fail (status < HD_OPINION_N_STATUSES, FALSE);

  if (status == HD_OPINION_STATUS_PROBLEM && opinion->status != HD_OPINION_STATUS_PROBLEM)
    {
      g_set_error_literal (error, HD_OPINION_ERROR, HD_OPINION_ERROR_INVALID,
                           _("An opinion is turned into a problem by merging it into one. Select the opinions and merge them into a problem."));
      return FALSE;
    }
  return TRUE;
}

gboolean
hd_opinion_update (HdStore                *store,
                   HdHistory              *history,
                   gint64                  id,
                   const HdOpinionFields  *fields,
                   int                     status,
                   const GDate            *today,
                   GError                **error)
{
  g_autoptr(HdOpinion) opinion = hd_opinion_load (store, id, error);
  sqlite3_stmt *stmt;
  HdEdit *edit;
  gboolean ok;

  if (opinion == NULL || !hd_opinion_fields_validate (store, fields, today, error) ||
      !check_status_change (opinion, status, error))
    return FALSE;
  if (status < 0)
    status = opinion->status;
  edit = hd_edit_begin (store, _("Edit opinion"), error);
  if (edit == NULL)
    return FALSE;
  ok = hd_edit_touch (edit, "opinion", id, error);
  stmt = ok ? hd_store_prepare (store,
                                "UPDATE opinion SET channel = ?2, received = ?3, unit_id = ?4, person_id = ?5,"
                                " category = ?6, content = ?7, status = ?8 WHERE id = ?1",
                                error) : NULL;
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      bind_fields (stmt, fields);
      sqlite3_bind_text (stmt, 8, hd_opinion_status_to_string (status), -1, SQLITE_STATIC);
      ok = hd_store_step_done (store, stmt, error);
    }
  return hd_edit_finish (edit, history, ok, error);
}

gboolean
hd_opinion_set_status (HdStore          *store,
                       HdHistory        *history,
                       gint64            id,
                       HdOpinionStatus   status,
                       GError          **error)
{
  g_autoptr(HdOpinion) opinion = NULL;
  HdEdit *edit;
  gboolean ok;

  g_return_val_if_fail ((guint) status < HD_OPINION_N_STATUSES, FALSE);

  opinion = hd_opinion_load (store, id, error);
  if (opinion == NULL || !check_status_change (opinion, status, error))
    return FALSE;
  if (opinion->status == status)
    return TRUE;
  edit = hd_edit_begin (store, _("Change opinion status"), error);
  if (edit == NULL)
    return FALSE;
  ok = hd_edit_update_row_text (edit, "opinion", id, "UPDATE opinion SET status = ?2 WHERE id = ?1",
                                hd_opinion_status_to_string (status), error);
  return hd_edit_finish (edit, history, ok, error);
}

gboolean
hd_opinion_delete (HdStore    *store,
                   HdHistory  *history,
                   gint64      id,
                   GError    **error)
{
  return hd_opinion_delete_many (store, history, &id, 1, error);
}

gboolean
hd_opinion_delete_many (HdStore       *store,
                        HdHistory     *history,
                        const gint64  *ids,
                        guint          n_ids,
                        GError       **error)
{
  g_autofree char *label = NULL;
  HdEdit *edit;
  gboolean ok = TRUE;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);

  if (n_ids == 0)
    {
      g_set_error_literal (error, HD_OPINION_ERROR, HD_OPINION_ERROR_INVALID,
                           _("No opinion is selected. Select the opinions to delete."));
      return FALSE;
    }
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(HdOpinion) opinion = hd_opinion_load (store, ids[i], error);

      if (opinion == NULL)
        return FALSE;
    }
  /* Translators: the name of the edit, for Undo; %u counts the opinions */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Delete %u opinion", "Delete %u opinions", n_ids), n_ids);
  edit = hd_edit_begin (store, n_ids == 1 ? _("Delete opinion") : label, error);
  if (edit == NULL)
    return FALSE;
  for (guint i = 0; ok && i < n_ids; i++)
    ok = hd_edit_delete_rows (edit, "opinion", "SELECT ?1", ids[i], NULL, error);
  return hd_edit_finish (edit, history, ok, error);
}

void
hd_opinion_filter_init (HdOpinionFilter *filter)
{
  *filter = (HdOpinionFilter) { 0, -1, -1, -1, NULL, NULL, NULL };
}

/* The trigram phrase for @text: the whole text, its quotes doubled. */
static char *
trigram_phrase (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "\"", -1);
  g_autofree char *doubled = g_strjoinv ("\"\"", parts);

  return g_strdup_printf ("\"%s\"", doubled);
}

static GObject *
load_opinion (HdStore  *store,
              gint64    id,
              GError  **error)
{
  return G_OBJECT (hd_opinion_load (store, id, error));
}

sqlite3_stmt *
hd_opinion_list_prepare (HdStore                *store,
                         const HdOpinionFilter  *filter,
                         GError                **error)
{
  g_auto(HdSubtree) subtree = { NULL, NULL, FALSE };
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *text = g_strstrip (g_strdup (filter->text != NULL ? filter->text : ""));
  g_autofree char *folded = NULL;
  g_autofree char *phrase = NULL;
  glong text_chars;
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  if (!hd_subtree_init (&subtree, store, filter->unit_id, error))
    return NULL;
  text_chars = g_utf8_validate (text, -1, NULL) ? g_utf8_strlen (text, -1) : 0;

  /* The SQL is put together from constant pieces only; every value is bound.
   * A small subtree is its range of opinion_by_path, searched with instr() and sorted: a few
   * thousand rows at most. In a large one, three characters or more are read from the trigram
   * index in the order of its rowids, newest entered first, so that even a phrase that a fifth
   * of the province's opinions contain shows its first page at once (sorting those by date would
   * take a second); one or two characters are read from the grams index the same way, and
   * the rest is tested on the scan in date order. */
  if (text_chars >= 3 && subtree.large)
    {
      phrase = trigram_phrase (text);
      g_string_append (sql, "SELECT o.id FROM opinion_text f JOIN opinion o ON o.id = f.rowid"
                            " WHERE opinion_text MATCH :phrase AND");
    }
  else if (text_chars > 0 && subtree.large && (phrase = hd_text_gram_query (text)) != NULL)
    g_string_append (sql, "SELECT o.id FROM opinion_grams f JOIN opinion o ON o.id = f.rowid"
                          " WHERE opinion_grams MATCH :phrase AND");
  else if (subtree.large)
    g_string_append (sql, "SELECT o.id FROM opinion o INDEXED BY opinion_by_received WHERE");
  else
    g_string_append (sql, "SELECT o.id FROM opinion o INDEXED BY opinion_by_path WHERE");
  g_string_append (sql, " o.unit_path >= :from AND o.unit_path < :to");
  if (filter->channel >= 0)
    g_string_append (sql, " AND o.channel = :channel");
  if (filter->category >= 0)
    g_string_append (sql, " AND o.category = :category");
  if (filter->status >= 0)
    g_string_append (sql, " AND o.status = :status");
  if (filter->from != NULL)
    g_string_append (sql, " AND o.received >= :since");
  if (filter->to != NULL)
    g_string_append (sql, " AND o.received <= :until");
  if (phrase != NULL)
    g_string_append (sql, " ORDER BY f.rowid DESC");
  else
    {
      if (text_chars > 0)
        {
          /* The trigram index folds case; lower() and g_ascii_strdown() fold the Latin letters alike. */
          g_string_append (sql, " AND instr (lower (o.content), :text) > 0");
          folded = g_ascii_strdown (text, -1);
        }
      g_string_append (sql, " ORDER BY o.received DESC, o.unit_path DESC, o.id DESC");
    }

  if (sqlite3_prepare_v2 (hd_store_get_db (store), sql->str, -1, &stmt, NULL) != SQLITE_OK)
    {
      hd_store_set_error (store, error, _("Reading the opinions"));
      sqlite3_finalize (stmt);
      return NULL;
    }
  hd_query_bind_text (stmt, ":from", subtree.from);
  hd_query_bind_text (stmt, ":to", subtree.to);
  if (filter->channel >= 0)
    hd_query_bind_text (stmt, ":channel", hd_opinion_channel_to_string (filter->channel));
  if (filter->category >= 0)
    hd_query_bind_text (stmt, ":category", hd_category_to_string (filter->category));
  if (filter->status >= 0)
    hd_query_bind_text (stmt, ":status", hd_opinion_status_to_string (filter->status));
  hd_query_bind_text (stmt, ":since", filter->from);
  hd_query_bind_text (stmt, ":until", filter->to);
  hd_query_bind_text (stmt, ":phrase", phrase);
  hd_query_bind_text (stmt, ":text", folded);
  return stmt;
}

HdQueryModel *
hd_opinion_list_new (HdStore                *store,
                     const HdOpinionFilter  *filter,
                     GError                **error)
{
  sqlite3_stmt *stmt = hd_opinion_list_prepare (store, filter, error);

  return stmt != NULL ? hd_query_model_new (store, HD_TYPE_OPINION, load_opinion, stmt) : NULL;
}

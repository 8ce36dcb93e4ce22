/* hd-person.h — a person on a unit's roster. */
#pragma once

#include "store/hd-enum.h"
#include "store/hd-record.h"

G_BEGIN_DECLS

typedef enum {
  HD_GENDER_UNKNOWN,
  HD_GENDER_MALE,
  HD_GENDER_FEMALE,
} HdGender;

#define HD_TYPE_GENDER (hd_gender_get_type ())
GType        hd_gender_get_type          (void);

#define HD_PERSON_ERROR (hd_person_error_quark ())

typedef enum {
  HD_PERSON_ERROR_NOT_FOUND,   /* no person has that id */
} HdPersonError;

GQuark       hd_person_error_quark       (void);

#define HD_TYPE_PERSON (hd_person_get_type ())
G_DECLARE_FINAL_TYPE (HdPerson, hd_person, HD, PERSON, HdRecord)

HdPerson    *hd_person_load              (HdStore     *store,
                                          gint64       id,
                                          GError     **error);
/* TRUE when the person exists; otherwise FALSE with HD_PERSON_ERROR_NOT_FOUND (or a store
 * error). */
gboolean     hd_person_check_exists      (HdStore     *store,
                                          gint64       id,
                                          GError     **error);

/* For other modules' queries that list people with something else (a team, a group): select
 * HD_PERSON_COLUMNS from "person AS p JOIN unit AS pu ON pu.id = p.unit_id" and build each row
 * with hd_person_new_from_row (@stmt, index of the first of these columns), so that a list of N
 * people is one query instead of N + 1. */
#define HD_PERSON_COLUMNS \
  "p.id, p.uuid, p.unit_id, pu.name, p.name, p.gender, p.title, p.party_member, p.phone"
HdPerson    *hd_person_new_from_row      (sqlite3_stmt *stmt,
                                          int           first_column);

gint64       hd_person_get_id            (HdPerson    *self);
gint64       hd_person_get_unit_id       (HdPerson    *self);
const char  *hd_person_get_unit_name     (HdPerson    *self);
const char  *hd_person_get_name          (HdPerson    *self);
HdGender     hd_person_get_gender        (HdPerson    *self);
const char  *hd_person_get_title         (HdPerson    *self);   /* position / title, "" if none */
gboolean     hd_person_get_party_member  (HdPerson    *self);
const char  *hd_person_get_phone         (HdPerson    *self);   /* "" if none */

/* Translated "男" / "女" / "" */
const char  *hd_gender_get_label         (HdGender     gender);

/* The lazy roster of one unit (its own people, not its subtree's), in roster order. */
GListModel  *hd_person_list_new_for_unit (HdStore     *store,
                                          gint64       unit_id);

/* People's names read once each, for a listing that names the same people again and again:
 * a table of names (free it with g_hash_table_unref) and the name of person @id in it, read
 * from @store the first time; NULL with @error set when there is no such person. */
GHashTable  *hd_person_names_new         (void);
const char  *hd_person_names_lookup      (GHashTable  *names,
                                          HdStore     *store,
                                          gint64       id,
                                          GError     **error);

G_END_DECLS

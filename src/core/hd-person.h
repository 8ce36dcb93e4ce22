/* hd-person.h — a person on a unit's roster. */
#pragma once

#include "hd-store.h"

G_BEGIN_DECLS

typedef enum {
  HD_GENDER_UNKNOWN,
  HD_GENDER_MALE,
  HD_GENDER_FEMALE,
} HdGender;

#define HD_TYPE_PERSON (hd_person_get_type ())
G_DECLARE_FINAL_TYPE (HdPerson, hd_person, HD, PERSON, GObject)

HdPerson    *hd_person_load              (HdStore     *store,
                                          gint64       id,
                                          GError     **error);

gint64       hd_person_get_id            (HdPerson    *self);
const char  *hd_person_get_uuid          (HdPerson    *self);
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

G_END_DECLS

/* hd-person-edit.h — changing the rosters: every function is one edit (durable, logged, undoable). */
#pragma once

#include "organisation/hd-person.h"
#include "store/hd-edit.h"

G_BEGIN_DECLS

#define HD_PERSON_EDIT_ERROR (hd_person_edit_error_quark ())

typedef enum {
  HD_PERSON_EDIT_ERROR_INVALID,      /* missing name, bad phone number … */
  HD_PERSON_EDIT_ERROR_HAS_ROLES,    /* still in a team, a contact point or a supervision group */
} HdPersonEditError;

typedef struct {
  const char *name;
  HdGender    gender;
  const char *title;
  gboolean    party_member;
  const char *phone;
} HdPersonFields;

GQuark    hd_person_edit_error_quark  (void);

/* A mobile number (13800138000) or a fixed line with its area code (0311-85012345, with an
 * optional extension); spaces, a "+86" prefix and the separators clerks type are tidied away.
 * Returns the number as stored, "" for an empty one, or NULL when it is not a phone number. */
char     *hd_phone_normalize          (const char           *phone);

/* Checks and tidies @fields; on success *name and *phone hold the values to store. */
gboolean  hd_person_fields_validate   (const HdPersonFields *fields,
                                       char                **name,
                                       char                **phone,
                                       GError              **error);
/* How many people of @unit_id are called @name, leaving out @except_id (0: none) — a duplicate
 * name is common in China and allowed after the clerk confirms. */
guint     hd_person_count_same_name   (HdStore              *store,
                                       gint64                unit_id,
                                       const char           *name,
                                       gint64                except_id);

gint64    hd_person_create            (HdStore              *store,
                                       HdHistory            *history,
                                       gint64                unit_id,
                                       const HdPersonFields *fields,
                                       GError              **error);
gboolean  hd_person_update            (HdStore              *store,
                                       HdHistory            *history,
                                       gint64                id,
                                       const HdPersonFields *fields,
                                       GError              **error);
/* The same two inside a larger edit (an import): */
gint64    hd_person_insert            (HdEdit               *edit,
                                       gint64                unit_id,
                                       const HdPersonFields *fields,
                                       GError              **error);
gboolean  hd_person_write             (HdEdit               *edit,
                                       gint64                id,
                                       const HdPersonFields *fields,
                                       GError              **error);
gboolean  hd_person_move              (HdStore              *store,
                                       HdHistory            *history,
                                       gint64                id,
                                       gint64                unit_id,
                                       GError              **error);
/* Without @with_roles, refuses (HAS_ROLES, saying which) a person who still holds a place in a
 * leadership team, a contact point or a supervision group; with it, those go too. */
gboolean  hd_person_delete            (HdStore              *store,
                                       HdHistory            *history,
                                       gint64                id,
                                       gboolean              with_roles,
                                       GError              **error);

G_END_DECLS

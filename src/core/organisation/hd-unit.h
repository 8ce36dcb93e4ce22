/* hd-unit.h — a unit of the hierarchy (county, township, village, department …). */
#pragma once

#include "store/hd-enum.h"
#include "store/hd-record.h"

G_BEGIN_DECLS

typedef enum {
  HD_UNIT_KIND_PROVINCE,
  HD_UNIT_KIND_CITY,
  HD_UNIT_KIND_COUNTY,
  HD_UNIT_KIND_TOWNSHIP,
  HD_UNIT_KIND_STREET,
  HD_UNIT_KIND_VILLAGE,
  HD_UNIT_KIND_COMMUNITY,
  HD_UNIT_KIND_DEPARTMENT,   /* county department or unit (县直部门单位) */
  HD_UNIT_KIND_OTHER,        /* enterprise, school, other organisation with a party branch */
} HdUnitKind;

#define HD_UNIT_N_KINDS (HD_UNIT_KIND_OTHER + 1)

#define HD_TYPE_UNIT_KIND (hd_unit_kind_get_type ())
GType        hd_unit_kind_get_type       (void);

/* The token stored in the database ("county"), and back (FALSE for an unknown token); the
 * translated name shown to the user ("县"). */
HD_DECLARE_ENUM_FUNCS (HdUnitKind, hd_unit_kind)

#define HD_UNIT_ERROR (hd_unit_error_quark ())

typedef enum {
  HD_UNIT_ERROR_NOT_FOUND,   /* no unit has that id (deleted, or never existed) */
} HdUnitError;

GQuark       hd_unit_error_quark         (void);

#define HD_TYPE_UNIT (hd_unit_get_type ())
G_DECLARE_FINAL_TYPE (HdUnit, hd_unit, HD, UNIT, HdRecord)

/* Loads one unit; NULL with @error set when there is no such unit. */
HdUnit      *hd_unit_load                (HdStore     *store,
                                          gint64       id,
                                          GError     **error);

/* TRUE when the unit exists; otherwise FALSE with HD_UNIT_ERROR_NOT_FOUND (or a store error). */
gboolean     hd_unit_check_exists        (HdStore     *store,
                                          gint64       id,
                                          GError     **error);

gint64       hd_unit_get_id              (HdUnit      *self);
gint64       hd_unit_get_parent_id       (HdUnit      *self);   /* 0 for a root */
HdUnitKind   hd_unit_get_kind            (HdUnit      *self);
const char  *hd_unit_get_name            (HdUnit      *self);
const char  *hd_unit_get_code            (HdUnit      *self);   /* NULL when none */
const char  *hd_unit_get_path            (HdUnit      *self);
int          hd_unit_get_position        (HdUnit      *self);
gboolean     hd_unit_get_has_children    (HdUnit      *self);

/* The unit's names from the root down, joined by "/" ("某县/某镇"). */
char        *hd_unit_dup_full_name       (HdUnit      *self,
                                          HdStore     *store);

/* Materialised paths: "/000000001/000000017/". A unit's subtree is every unit whose path lies in
 * [path, upper bound), which SQLite answers from the index on unit.path. */
char        *hd_unit_path_child          (const char  *parent_path,   /* NULL for a root */
                                          gint64       id);
char        *hd_unit_path_upper_bound    (const char  *path);

/* The lazy list of a unit's children (@parent_id 0: the roots), in their order.
 * Rows are materialised as HdUnit when asked for. */
GListModel  *hd_unit_list_new_children   (HdStore     *store,
                                          gint64       parent_id);
/* Every unit of the subtree rooted at @unit_id (the unit included), in path order. */
GListModel  *hd_unit_list_new_subtree    (HdStore     *store,
                                          gint64       unit_id);

G_END_DECLS

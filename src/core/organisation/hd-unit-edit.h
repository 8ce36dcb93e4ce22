/* hd-unit-edit.h — changing the hierarchy: every function is one edit (durable, logged, undoable). */
#pragma once

#include "organisation/hd-unit.h"
#include "store/hd-edit.h"

G_BEGIN_DECLS

#define HD_UNIT_EDIT_ERROR (hd_unit_edit_error_quark ())

typedef enum {
  HD_UNIT_EDIT_ERROR_INVALID,           /* empty name, bad code … */
  HD_UNIT_EDIT_ERROR_DUPLICATE_CODE,
  HD_UNIT_EDIT_ERROR_INTO_OWN_SUBTREE,
  HD_UNIT_EDIT_ERROR_HAS_DEPENDENTS,
  HD_UNIT_EDIT_ERROR_NOT_EMPTY,         /* a county for a database that holds units */
} HdUnitEditError;

/* What goes with a unit when it is deleted: everything of its subtree. */
typedef struct {
  guint units;                 /* the unit's descendants */
  guint people;
  guint team_members;
  guint contact_points;
  guint supervision_groups;    /* groups sent by units of the subtree */
  guint supervision_assignments;
  guint opinions;              /* of units of the subtree, or naming its people */
  guint problems;
  guint tasks;                 /* rectification tasks, with … */
  guint task_progress;         /* … their progress entries … */
  guint task_reviews;          /* … and review dates */
} HdUnitDependents;

GQuark    hd_unit_edit_error_quark    (void);

/* The new unit goes last among @parent_id's children (0: a new root). Returns its id, or 0. */
gint64    hd_unit_create              (HdStore          *store,
                                       HdHistory        *history,
                                       gint64            parent_id,
                                       HdUnitKind        kind,
                                       const char       *name,
                                       const char       *code,
                                       GError          **error);
/* A new database's county named @name (@code may be NULL) with its townships and streets
 * (@names, each of the kind in @kinds, HdUnitKind as pointers), in that order: one edit, "Create
 * county". Refused, with nothing written, when the database holds units already or a name
 * comes twice. Returns the county's id, or 0. */
gint64    hd_unit_create_county       (HdStore          *store,
                                       HdHistory        *history,
                                       const char       *name,
                                       const char       *code,
                                       GPtrArray        *names,
                                       GPtrArray        *kinds,
                                       GError          **error);
/* The same two inside a larger edit (an import): */
gint64    hd_unit_insert              (HdEdit           *edit,
                                       gint64            parent_id,
                                       HdUnitKind        kind,
                                       const char       *name,
                                       const char       *code,
                                       GError          **error);
gboolean  hd_unit_update_kind         (HdEdit           *edit,
                                       gint64            id,
                                       HdUnitKind        kind,
                                       GError          **error);
gboolean  hd_unit_rename              (HdStore          *store,
                                       HdHistory        *history,
                                       gint64            id,
                                       const char       *name,
                                       GError          **error);
gboolean  hd_unit_set_kind            (HdStore          *store,
                                       HdHistory        *history,
                                       gint64            id,
                                       HdUnitKind        kind,
                                       GError          **error);
/* @code NULL or "" removes the code. */
gboolean  hd_unit_set_code            (HdStore          *store,
                                       HdHistory        *history,
                                       gint64            id,
                                       const char       *code,
                                       GError          **error);
/* Puts the unit at @index among its siblings (clamped). */
gboolean  hd_unit_reorder             (HdStore          *store,
                                       HdHistory        *history,
                                       gint64            id,
                                       guint             index,
                                       GError          **error);
/* Moves the unit with its subtree under @new_parent_id (0: make it a root), at @index among the
 * new siblings (-1: last). */
gboolean  hd_unit_move                (HdStore          *store,
                                       HdHistory        *history,
                                       gint64            id,
                                       gint64            new_parent_id,
                                       int               index,
                                       GError          **error);
gboolean  hd_unit_count_dependents    (HdStore          *store,
                                       gint64            id,
                                       HdUnitDependents *dependents,
                                       GError          **error);
/* A translated sentence listing what would be deleted with the unit, or NULL when nothing. */
char     *hd_unit_dependents_describe (const HdUnitDependents *dependents);
/* Without @with_dependents, refuses (HAS_DEPENDENTS) a unit that has anything of the above. */
gboolean  hd_unit_delete              (HdStore          *store,
                                       HdHistory        *history,
                                       gint64            id,
                                       gboolean          with_dependents,
                                       GError          **error);

G_END_DECLS

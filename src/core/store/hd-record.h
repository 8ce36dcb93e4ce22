/* hd-record.h — a record read from one row of the store: a unit, a person, a task …
 *
 * Every kind of record is a snapshot with an id and a uuid and a few fields, each shown as a
 * read-only property. Each kind used to write out the same GObject plumbing for that: a property
 * switch, a finalize that frees each string, a reader that copies each column, a loader that
 * creates the object and says when there is none. Here it is written once, and a kind lists its
 * fields once, in a table (like an enumeration's, see hd-enum.h) in the order of its columns:
 *
 *   static const HdRecordField fields[] = {
 *     { "name", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdUnit, name) },
 *     { "kind", HD_FIELD_TOKEN, G_STRUCT_OFFSET (HdUnit, kind), hd_unit_kind_get_type,
 *       &hd_unit_kind_enum, HD_UNIT_KIND_OTHER },
 *     ...
 *   };
 *
 * Its rows are read as "id, uuid, then one column for each field that has one", in that order.
 */
#pragma once

#include "store/hd-enum.h"
#include "store/hd-store.h"

G_BEGIN_DECLS

typedef enum {
  HD_FIELD_INT64,     /* gint64; NULL reads as 0 */
  HD_FIELD_INT,       /* int */
  HD_FIELD_UINT,      /* guint */
  HD_FIELD_BOOLEAN,   /* gboolean: any number but 0 */
  HD_FIELD_TEXT,      /* char *, a copy of the text (NULL for NULL) */
  HD_FIELD_TOKEN,     /* an enumeration stored as its token in @tokens */
  HD_FIELD_NUMBER,    /* an enumeration stored as its number, one of @type's values */
  HD_FIELD_OBJECT,    /* a GObject of @type that the kind fills in itself: no column */
  HD_FIELD_BOXED,     /* a boxed value of @type that the kind fills in itself: no column */
} HdFieldKind;

typedef struct {
  const char    *name;              /* the property's */
  HdFieldKind    kind;
  gsize          offset;            /* G_STRUCT_OFFSET of the field in the instance */
  GType        (*type) (void);      /* the enumeration's GType (NULL: an int property), the
                                     * object's or the boxed value's */
  const HdEnum  *tokens;            /* HD_FIELD_TOKEN */
  guint          fallback;          /* TOKEN, NUMBER: the value of an unknown token or number,
                                     * which only a newer writer stores */
} HdRecordField;

/* What a kind of record says about itself. */
typedef struct {
  const HdRecordField  *fields;
  guint                 n_fields;
  GQuark              (*error_domain) (void);
  int                   not_found;  /* the error code of a missing record */
  const char           *missing;    /* N_(): its message, with %lld for the id */
  const char           *reading;    /* N_(): what was being done, for a store error */
} HdRecordInfo;

#define HD_TYPE_RECORD (hd_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (HdRecord, hd_record, HD, RECORD, GObject)

struct _HdRecordClass
{
  GObjectClass         parent_class;

  const HdRecordInfo  *info;
};

/* Defines the final type TypeName (type_name) of the record that @info describes, as
 * G_DEFINE_FINAL_TYPE does, with its class_init and an init that leaves every field 0. */
#define HD_DEFINE_RECORD_TYPE(TypeName, type_name, info) \
  G_DEFINE_FINAL_TYPE (TypeName, type_name, HD_TYPE_RECORD) \
  static void \
  type_name##_class_init (TypeName##Class *klass) \
  { \
    hd_record_class_set_info (HD_RECORD_CLASS (klass), &(info)); \
  } \
  static void \
  type_name##_init (TypeName *self) \
  { \
  }

/* For a kind's class_init: installs a property for each of @info's fields. */
void         hd_record_class_set_info  (HdRecordClass       *klass,
                                        const HdRecordInfo  *info);

gint64       hd_record_get_id          (HdRecord            *self);
const char  *hd_record_get_uuid        (HdRecord            *self);

/* A record of @type from the row @stmt stands on, its id at @first_column. */
gpointer     hd_record_new_from_row    (GType                type,
                                        sqlite3_stmt        *stmt,
                                        int                  first_column);
/* The record of @type that @sql selects with @id bound to ?1; NULL with the kind's not-found
 * error when there is none. */
gpointer     hd_record_load            (GType                type,
                                        HdStore             *store,
                                        const char          *sql,
                                        gint64               id,
                                        GError             **error);
/* TRUE when @sql, with @id bound to ?1, yields a row; otherwise FALSE with the not-found error of
 * the kind @type (or a store error). */
gboolean     hd_record_check_exists    (GType                type,
                                        HdStore             *store,
                                        const char          *sql,
                                        gint64               id,
                                        GError             **error);

G_END_DECLS

/* hd-enum.h — an enumeration as one table: for each value, in the enumeration's order, the token
 * stored in the database and the label shown to the user.
 *
 *   static const HdEnumValue kind_values[] = {
 *     { "immediate", NC_("task kind", "Fix at once") },
 *     ...
 *   };
 *   HD_DEFINE_ENUM_FUNCS (HdTaskKind, hd_task_kind, "task kind", kind_values, HD_TASK_N_KINDS)
 *
 * defines hd_task_kind_to_string, _from_string and _get_label, which the header declares with
 * HD_DECLARE_ENUM_FUNCS. NC_() marks each label for xgettext with the table's translation
 * context (the same words may be translated otherwise elsewhere); it is translated when asked for.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *token;     /* as stored; NULL for a value that stores nothing (a "not stated") */
  const char *label;     /* the English msgid; NULL where the value shows nothing */
} HdEnumValue;

typedef struct {
  const char        *context;   /* the labels' msgctxt, or NULL */
  const HdEnumValue *values;
  guint              n_values;
} HdEnum;

/* The value's token, or NULL for a value without one. */
const char  *hd_enum_to_string    (const HdEnum *table,
                                   guint         value);
/* The value whose token is @token; FALSE (and @value untouched) for NULL or an unknown token. */
gboolean     hd_enum_from_string  (const HdEnum *table,
                                   const char   *token,
                                   guint        *value);
/* The translated label, "" for a value that shows nothing. */
const char  *hd_enum_get_label    (const HdEnum *table,
                                   guint         value);

/* Declares PREFIX_to_string, PREFIX_from_string and PREFIX_get_label for the enumeration TYPE,
 * and its table PREFIX_enum, for what reads any enumeration (hd-record.h). */
#define HD_DECLARE_ENUM_FUNCS(TYPE, prefix) \
  extern const HdEnum prefix##_enum; \
  const char *prefix##_to_string   (TYPE        value); \
  gboolean    prefix##_from_string (const char *token, \
                                    TYPE       *value); \
  const char *prefix##_get_label   (TYPE        value);

#define HD_DEFINE_ENUM_TABLE_(storage, prefix, context, values, n_values) \
  G_STATIC_ASSERT (G_N_ELEMENTS (values) == (n_values)); \
  storage const HdEnum prefix##_enum = { context, values, G_N_ELEMENTS (values) };

/* Defines the three functions on @values, which must list exactly @n_values values. */
#define HD_DEFINE_ENUM_FUNCS(TYPE, prefix, context, values, n_values) \
  HD_DEFINE_ENUM_TABLE_ (, prefix, context, values, n_values) \
  const char * \
  prefix##_to_string (TYPE value) \
  { \
    return hd_enum_to_string (&prefix##_enum, (guint) value); \
  } \
  gboolean \
  prefix##_from_string (const char *token, \
                        TYPE       *value) \
  { \
    guint found; \
    if (!hd_enum_from_string (&prefix##_enum, token, &found)) \
      return FALSE; \
    *value = (TYPE) found; \
    return TRUE; \
  } \
  const char * \
  prefix##_get_label (TYPE value) \
  { \
    return hd_enum_get_label (&prefix##_enum, (guint) value); \
  }

/* An enumeration that is shown and never stored: PREFIX_get_label alone. */
#define HD_DEFINE_ENUM_LABELS(TYPE, prefix, context, values, n_values) \
  HD_DEFINE_ENUM_TABLE_ (static, prefix, context, values, n_values) \
  const char * \
  prefix##_get_label (TYPE value) \
  { \
    return hd_enum_get_label (&prefix##_enum, (guint) value); \
  }

G_END_DECLS

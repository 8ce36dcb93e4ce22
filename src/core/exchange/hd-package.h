/* hd-package.h — an exchange package in memory: its header and its records.
 *
 * A package carries the records that one office sends another (see huodongban-package.rng in
 * data/ for the file format, hd-package-writer.h and hd-package-reader.h for the files). A record
 * is a kind and its fields, each a name and a text, as the package holds them: the merge into the
 * store turns them into rows. A deletion is a record of kind HD_PACKAGE_DELETED whose fields are
 * "kind" (the deleted record's kind, as a token) and "uuid".
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HD_PACKAGE_ERROR (hd_package_error_quark ())

typedef enum {
  HD_PACKAGE_ERROR_READ,           /* the file could not be read */
  HD_PACKAGE_ERROR_WRITE,          /* the file could not be written */
  HD_PACKAGE_ERROR_INVALID,        /* a record that cannot go into a package */
  HD_PACKAGE_ERROR_NOT_PACKAGE,    /* not gzip, or not a package's XML */
  HD_PACKAGE_ERROR_DAMAGED,        /* cut short, or its compression damaged */
  HD_PACKAGE_ERROR_BAD_SIGNATURE,  /* another key, a changed byte, or no signature */
  HD_PACKAGE_ERROR_TOO_LARGE,      /* past a size, ratio, depth or text length limit */
  HD_PACKAGE_ERROR_UNSAFE,         /* a document type, entities, comments or CDATA */
  HD_PACKAGE_ERROR_SCHEMA,         /* not valid against the package schema */
  HD_PACKAGE_ERROR_NEWER_VERSION,  /* a format this program does not know yet */
} HdPackageError;

GQuark       hd_package_error_quark   (void);

/* The package format this program writes and reads. */
#define HD_PACKAGE_VERSION 1

/* The kinds of record, in the order a package lists them: a record comes after those it refers
 * to, so that a receiver meets every reference before it is needed. */
typedef enum {
  HD_PACKAGE_UNIT,
  HD_PACKAGE_PERSON,
  HD_PACKAGE_TEAM_MEMBER,
  HD_PACKAGE_OVERSIGHT,
  HD_PACKAGE_CONTACT_POINT,
  HD_PACKAGE_SUPERVISION_GROUP,
  HD_PACKAGE_SUPERVISION_MEMBER,
  HD_PACKAGE_SUPERVISION_ASSIGNMENT,
  HD_PACKAGE_PROBLEM,
  HD_PACKAGE_OPINION,
  HD_PACKAGE_TASK,
  HD_PACKAGE_TASK_REVIEW,
  HD_PACKAGE_TASK_PROGRESS,
  HD_PACKAGE_NOTICE,
  HD_PACKAGE_NOTICE_TASK,
  HD_PACKAGE_NOTICE_REMINDER,
  HD_PACKAGE_NOTICE_REPLY,
  HD_PACKAGE_LOOKBACK_ROUND,
  HD_PACKAGE_LOOKBACK_ITEM,
  HD_PACKAGE_LOOKBACK_REVIEW,
  HD_PACKAGE_ACCOUNTABILITY,
  HD_PACKAGE_ACCOUNTABILITY_LINK,
  HD_PACKAGE_MEETING,
  HD_PACKAGE_TALK,
  HD_PACKAGE_TALK_PERSON,
  HD_PACKAGE_MEETING_MATERIAL,
  HD_PACKAGE_MEETING_PERSON,
  HD_PACKAGE_MEETING_CRITICISM,
  HD_PACKAGE_MEETING_MEASURE,
  HD_PACKAGE_DELETED,
} HdPackageKind;
#define HD_PACKAGE_N_KINDS (HD_PACKAGE_DELETED + 1)

/* How a field's text stands for a value of the store. */
typedef enum {
  HD_VALUE_TEXT,       /* a text, as it is */
  HD_VALUE_INTEGER,    /* a whole number */
  HD_VALUE_BOOLEAN,    /* "true" or "false" for 1 or 0 */
  HD_VALUE_CHOICE,     /* a small number, carried as the token at its index in @tokens */
  HD_VALUE_REFERENCE,  /* another record (of kind @refers_to), carried as its uuid */
} HdValueType;

/* A field of a kind of record: the element that carries it and the column that keeps it. */
typedef struct {
  const char          *name;
  gboolean             required;
  const char          *column;
  HdValueType          type;
  HdPackageKind        refers_to;
  const char * const  *tokens;
  gboolean             confidential;  /* left out unless the sender includes it on purpose */
  gboolean             not_empty;     /* confidential, and never empty in the store */
} HdPackageField;

/* Who owns a record of a kind: the office whose part of the hierarchy holds the unit it belongs
 * to (SUBTREE), the office that issued it (ISSUED: a notice, a look-back round, an
 * accountability record), or the owner of the record its @belongs_to field names (PARENT). */
typedef enum {
  HD_OWNER_SUBTREE,
  HD_OWNER_ISSUED,
  HD_OWNER_PARENT,
} HdOwnerRule;

typedef struct {
  const char            *token;       /* the element's name in a package */
  const char            *table;       /* the store's table (a notice's reply: the notice's) */
  const HdPackageField  *fields;      /* ended by a NULL name; the first is the uuid */
  HdOwnerRule            owner;
  const char            *belongs_to;  /* the field naming the unit (SUBTREE, ISSUED) or the
                                       * record (PARENT) it belongs to; NULL for a unit */
} HdPackageKindInfo;

const HdPackageKindInfo *hd_package_kind_info (HdPackageKind kind);
const HdPackageField    *hd_package_kind_field (HdPackageKind  kind,
                                                const char    *name);

/* The kind's element name in the package ("unit", "person", "team-member" …, "deleted"). */
const char  *hd_package_kind_to_string   (HdPackageKind  kind);
gboolean     hd_package_kind_from_string (const char    *token,
                                          HdPackageKind *kind);

typedef struct {
  HdPackageKind  kind;
  GHashTable    *fields;   /* field name → value; a field without a value is absent */
} HdPackageRecord;

const char  *hd_package_record_get   (const HdPackageRecord *record,
                                      const char            *field);
/* Sets @field to @value (copied); NULL removes it. */
void         hd_package_record_set   (HdPackageRecord       *record,
                                      const char            *field,
                                      const char            *value);
void         hd_package_record_free  (HdPackageRecord       *record);

typedef struct {
  char       *sender_uuid;
  char       *sender_name;
  char       *receiver_uuid;
  char       *receiver_name;
  GDateTime  *created_at;
  guint64     sequence;            /* the sender's number for this package, from 1 */
  guint64     last_received;       /* the last package the sender received from the receiver */
  gboolean    confidential_included;
  char       *key_hex;             /* an office's key file only: the key, and the unit whose */
  char       *unit_uuid;           /* part of the hierarchy the receiving office keeps */
  GPtrArray  *records;             /* HdPackageRecord, in the order they are written */
} HdPackage;

HdPackage       *hd_package_new          (void);
void             hd_package_free         (HdPackage     *package);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdPackage, hd_package_free)

/* Appends a record of @kind with no fields; the package owns it. */
HdPackageRecord *hd_package_add_record   (HdPackage     *package,
                                          HdPackageKind  kind);
/* Appends the deletion of the record of @kind (not HD_PACKAGE_DELETED) with @uuid. */
HdPackageRecord *hd_package_add_deleted  (HdPackage     *package,
                                          HdPackageKind  kind,
                                          const char    *uuid);

G_END_DECLS

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

typedef enum {
  HD_PACKAGE_UNIT,
  HD_PACKAGE_PERSON,
  HD_PACKAGE_TEAM_MEMBER,
  HD_PACKAGE_DELETED,
} HdPackageKind;
#define HD_PACKAGE_N_KINDS (HD_PACKAGE_DELETED + 1)

/* The kind's element name in the package ("unit", "person", "team-member", "deleted"). */
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

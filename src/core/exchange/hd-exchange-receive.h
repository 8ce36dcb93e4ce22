/* hd-exchange-receive.h — taking a package (.hdx) from an office, and joining an upper office
 * with its key file (.hdk).
 *
 * A package is received whole or not at all: one transaction, one edit (undoable in the
 * window) whose change log names the sending office as the operator. It is refused, changing
 * nothing, when it is not a package, fails its schema, was made with another key or changed
 * since, comes from an office not registered here or is for another, leaves a package out (the
 * message names the one missing), or writes a record that the sender does not own. A package
 * received before changes nothing and says so. */
#pragma once

#include "exchange/hd-exchange-merge.h"

G_BEGIN_DECLS

typedef struct {
  HdExchangeCounts  counts;
  gboolean          already_received;  /* taken before: nothing changed */
  gboolean          key_replaced;      /* a join that gave an office we joined its new key */
  guint             bound;             /* a join on a database with units: the records bound */
  guint64           sequence;
  gboolean          confidential_included;  /* the package says confidential content is in it */
  char             *office_name;       /* the sender's */
} HdExchangeReceipt;

void       hd_exchange_receipt_clear  (HdExchangeReceipt  *receipt);

/* Receives the package at @path. With @dry_run, works out what it would change (the counts)
 * and changes nothing. The edit goes on @history (may be NULL). @watch (may be NULL) hears how
 * far the records are written and may cancel before the edit commits. */
gboolean   hd_exchange_receive        (HdStore            *store,
                                       HdHistory          *history,
                                       const char         *path,
                                       gboolean            dry_run,
                                       const HdExchangeWatch *watch,
                                       HdExchangeReceipt  *receipt,
                                       GError            **error)
  G_GNUC_WARN_UNUSED_RESULT;

/* Reads the office's key file (.hdk) at @path, checked with the key it carries; a package
 * (.hdx) is refused with HD_EXCHANGE_ERROR_KEY_FILE. */
HdPackage *hd_exchange_read_key_file  (const char         *path,
                                       GError            **error);
/* The key that a key file read by hd_exchange_read_key_file() carries. */
GBytes    *hd_exchange_key_file_key   (const HdPackage    *package);

/* A unit of the key file and the unit here it matches: our top unit for the file's, then
 * each unit by its name under a matched parent (0: none). */
typedef struct {
  char    *names;      /* the file's names from its top unit down, joined by "/" */
  gint64   local_id;
} HdJoinMatch;

/* The matches of the key file's units to ours, in the file's order (NULL with @error when the
 * file cannot be read). */
GPtrArray *hd_exchange_join_matches   (HdStore            *store,
                                       const char         *path,
                                       GError            **error);

/* Joins the upper office whose key file is at @path: on a database without units, takes the
 * part of the hierarchy the file holds, with the same uuids; on one that keeps units, binds
 * ours to the file's as hd_exchange_join_matches() matches them (units, then their people and
 * team members by name) by taking the file's uuids, so that the first package brings the rest
 * up; on one that joined that office already, takes its new key. */
gboolean   hd_exchange_join           (HdStore            *store,
                                       const char         *path,
                                       HdExchangeReceipt  *receipt,
                                       GError            **error);

G_END_DECLS

/* hd-office.h — the offices this database exchanges packages with, and their keys.
 *
 * An upper office registers a lower one by one of its units (the lower office keeps that unit's
 * subtree) and gives it a key file (.hdk): the key both offices sign their packages with, who
 * the upper office is, and the subtree as the upper office knows it. The lower office joins
 * with that file (hd-exchange-receive.h). A key can be replaced: registering the unit again
 * makes a new key file, after which packages made with the old key are refused.
 */
#pragma once

#include "exchange/hd-package.h"
#include "store/hd-store.h"

G_BEGIN_DECLS

#define HD_EXCHANGE_ERROR (hd_exchange_error_quark ())

typedef enum {
  HD_EXCHANGE_ERROR_INVALID,        /* a wrong request: no such unit or office */
  HD_EXCHANGE_ERROR_UNKNOWN_OFFICE, /* a package from an office not registered here */
  HD_EXCHANGE_ERROR_OTHER_OFFICE,   /* a package for another office */
  HD_EXCHANGE_ERROR_KEY_FILE,       /* a key file where a package was wanted, or the reverse */
  HD_EXCHANGE_ERROR_GAP,            /* a package missing before this one */
  HD_EXCHANGE_ERROR_NOT_OWNER,      /* a record the sender does not own */
  HD_EXCHANGE_ERROR_REFERENCE,      /* a record naming one the receiver does not have */
  HD_EXCHANGE_ERROR_VALUE,          /* a value the store cannot keep */
  HD_EXCHANGE_ERROR_JOINED,         /* joining a database that cannot join that office */
} HdExchangeError;

GQuark       hd_exchange_error_quark   (void);

typedef enum {
  HD_OFFICE_LOWER,   /* registered here by one of our units */
  HD_OFFICE_UPPER,   /* the office this database joined */
} HdOfficeRole;

#define HD_OFFICE_KEY_SIZE 32

typedef struct {
  gint64        id;
  char         *uuid;
  char         *name;
  HdOfficeRole  role;
  gint64        unit_id;       /* the unit whose subtree the lower office keeps */
  char         *unit_uuid;
  char         *unit_path;
  char         *self_uuid;     /* how that office knows us */
  char         *self_name;
  GBytes       *key;
  char         *key_set;       /* ISO date */
  guint64       sent;          /* the last package sent to it (0: none) */
  char         *sent_at;       /* ISO date and time, or NULL */
  guint64       received;      /* the last package received from it */
  char         *received_at;
  guint64       acknowledged;  /* the last of ours it said it received */
} HdOffice;

void         hd_office_free            (HdOffice    *office);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdOffice, hd_office_free)

/* Every office, the upper one first, then the lower ones by their units' paths. */
GPtrArray   *hd_office_list            (HdStore     *store,
                                        GError     **error);
/* The office with @uuid, or registered by @unit_id, or the upper one; NULL (without @error
 * set) when there is none, or with @error on a store error. */
HdOffice    *hd_office_find_by_uuid    (HdStore     *store,
                                        const char  *uuid,
                                        GError     **error);
HdOffice    *hd_office_find_by_unit    (HdStore     *store,
                                        gint64       unit_id,
                                        GError     **error);
HdOffice    *hd_office_find_upper      (HdStore     *store,
                                        GError     **error);

/* The key as 52 letters and digits in groups of four, to read over the telephone
 * (Crockford's base 32: no I, L, O or U to mistake). */
char        *hd_office_key_code        (GBytes      *key);
/* A short fingerprint of the key ("3f2a 9c01 7e44 b2d0"): the same at both offices. */
char        *hd_office_key_fingerprint (GBytes      *key);

/* Registers the unit @unit_id as a lower office (or gives it a new key when it is one already),
 * and writes its key file to @key_path. Sets @code (unless NULL) to hd_office_key_code(). */
gboolean     hd_office_register        (HdStore     *store,
                                        gint64       unit_id,
                                        const char  *key_path,
                                        char       **code,
                                        GError     **error);

/* The name this database goes by as an office: its top unit's. */
char        *hd_office_self_name       (HdStore     *store,
                                        GError     **error);

G_END_DECLS

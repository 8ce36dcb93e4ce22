/* hd-csv.h — CSV as Excel and WPS save it: UTF-8 with or without BOM, or GB18030; RFC 4180
 * quoting with commas, quotes and line breaks inside fields. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HD_CSV_ERROR (hd_csv_error_quark ())

typedef enum {
  HD_CSV_ERROR_ENCODING,      /* neither UTF-8 nor GB18030 */
  HD_CSV_ERROR_SYNTAX,        /* a quoted field never closed */
  HD_CSV_ERROR_EMPTY,         /* no header row */
} HdCsvError;

typedef enum {
  HD_CSV_ENCODING_UTF8,
  HD_CSV_ENCODING_UTF8_BOM,
  HD_CSV_ENCODING_GB18030,
} HdCsvEncoding;

typedef struct _HdCsv HdCsv;

GQuark          hd_csv_error_quark      (void);

HdCsv          *hd_csv_parse            (const char  *data,
                                         gsize        length,
                                         GError     **error);
HdCsv          *hd_csv_parse_file       (const char  *path,
                                         GError     **error);
void            hd_csv_free             (HdCsv       *self);

HdCsvEncoding   hd_csv_get_encoding     (HdCsv       *self);
/* The header row's names, trimmed. */
const char * const *hd_csv_get_header   (HdCsv       *self);
guint           hd_csv_get_n_columns    (HdCsv       *self);
/* The column named @name, or -1. */
int             hd_csv_find_column      (HdCsv       *self,
                                         const char  *name);
/* For each of the @n_names @names, its column in @columns, or -1. */
void            hd_csv_find_columns     (HdCsv              *self,
                                         const char * const *names,
                                         guint               n_names,
                                         int                *columns);

/* Data records (the header excluded; blank records skipped). */
guint           hd_csv_get_n_records    (HdCsv       *self);
/* Field @column of record @index, trimmed; "" when the record is shorter. */
const char     *hd_csv_get_field        (HdCsv       *self,
                                         guint        index,
                                         guint        column);
/* Record @index's fields in @fields, one per column of @columns (as hd_csv_find_columns()
 * gives them), each trimmed and unguarded (hd_csv_unguard()); "" for a column of -1. */
void            hd_csv_get_fields       (HdCsv       *self,
                                         guint        index,
                                         const int   *columns,
                                         guint        n_columns,
                                         const char **fields);
/* The row number a spreadsheet shows for record @index: the header is row 1. */
guint           hd_csv_get_row_number   (HdCsv       *self,
                                         guint        index);

/* A text that starts with =, +, - or @ is a formula to Excel and WPS. A CSV writer puts an
 * apostrophe before it, and before a text that already looks guarded (apostrophes, then one of
 * those four); the importers take exactly one away, so that every text reads back as written. */
gboolean        hd_csv_needs_guard      (const char  *text);
/* @field without the apostrophe that hd_csv_needs_guard() called for: a pointer into @field. */
const char     *hd_csv_unguard          (const char  *field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HdCsv, hd_csv_free)

G_END_DECLS

/* hd-sheet.h — what the spreadsheet writers (CSV and .xlsx) share: the file formats, columns and
 * cells, their errors, and writing into a new file beside the destination that takes the
 * destination's place only when it is complete, so that a failed export leaves nothing behind. */
#pragma once

#include <glib.h>

#include "ledger/hd-light.h"
#include "store/hd-enum.h"

G_BEGIN_DECLS

typedef enum {
  HD_SHEET_FORMAT_XLSX,
  HD_SHEET_FORMAT_CSV,
} HdSheetFormat;

/* The tokens "xlsx" and "csv" (also the files' extensions), and the formats' translated names. */
HD_DECLARE_ENUM_FUNCS (HdSheetFormat, hd_sheet_format)

typedef enum {
  HD_SHEET_TEXT,        /* a short text: a name, a word from a list */
  HD_SHEET_LONG_TEXT,   /* a text that may run long: a problem, a measure; wraps in .xlsx */
  HD_SHEET_DATE,        /* an ISO date; a real date in .xlsx, shown 2014年9月30日 */
  HD_SHEET_NUMBER,
  HD_SHEET_LIGHT,       /* a deadline light's word, in the light's colour in .xlsx */
} HdSheetKind;

typedef struct {
  const char  *header;
  HdSheetKind  kind;
} HdSheetColumn;

/* One cell of a row; which fields count depends on its column's kind. */
typedef struct {
  const char *text;     /* the text, the light's word, or the ISO date; NULL or "": empty */
  double      number;
  HdLight     light;
} HdSheetCell;

#define HD_SHEET_ERROR (hd_sheet_error_quark ())

typedef enum {
  HD_SHEET_ERROR_WRITE,          /* the file cannot be written */
  HD_SHEET_ERROR_TOO_MANY_ROWS,  /* more rows than a worksheet holds */
} HdSheetError;

GQuark       hd_sheet_error_quark        (void);

/* A new empty file in @path's folder, named after it, for the writer to fill: its path.
 * The error says what to do when the folder cannot be written. */
char        *hd_sheet_temp_new           (const char    *path,
                                          GError       **error);
/* Puts the finished *@temp in @path's place (replacing a file there), removing it if it cannot;
 * either way nothing is left to remove, and *@temp is freed and cleared. */
gboolean     hd_sheet_temp_commit        (char         **temp,
                                          const char    *path,
                                          GError       **error);
/* Removes the unfinished *@temp, if any, and frees and clears it. */
void         hd_sheet_temp_discard       (char         **temp);
/* Sets the error for a failure to write @path, with the system's @reason. */
void         hd_sheet_set_write_error    (GError       **error,
                                          const char    *path,
                                          const char    *reason);

G_END_DECLS

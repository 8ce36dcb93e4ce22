/* hd-read.h — reading the rows that one id selects: prepare, bind, step, reset, and the errors.
 *
 * The loaders of every kind of record went through the same steps; here they are written once,
 * and each kind keeps only what it takes from a row and how it says that a record is missing.
 */
#pragma once

#include "store/hd-store.h"

G_BEGIN_DECLS

/* Takes what it needs from the row @stmt stands on into @data. It runs while the statement is
 * stepped, so it must not prepare the same SQL again. */
typedef void (*HdReadRowFunc)     (sqlite3_stmt  *stmt,
                                   gpointer       data);
/* Says, in the words of the kind of record, that there is none numbered @id. */
typedef void (*HdReadMissingFunc) (GError       **error,
                                   gint64         id);

/* An HdReadRowFunc that copies the row's first column, as text, into the char * at @data. */
void      hd_read_row_text (sqlite3_stmt     *stmt,
                            gpointer          data);

/* Runs @sql (a string literal: see hd_store_prepare()) with @id bound to ?1 and hands its row to
 * @read_row, or to nobody when @read_row is NULL and only the row's being there counts.
 * @reading says what was being done, untranslated (mark it with N_()): it is translated only for
 * an error, so that loading a list's rows one by one does not look it up every time.
 * Returns TRUE when the row was read. Without a row, @set_missing sets the error; when
 * @set_missing is NULL, a missing row is no error and @error stays unset. */
gboolean  hd_read_one   (HdStore            *store,
                         const char         *sql,
                         gint64              id,
                         HdReadRowFunc       read_row,
                         gpointer            data,
                         HdReadMissingFunc   set_missing,
                         const char         *reading,
                         GError            **error);
/* The same for any number of rows, each handed to @read_row in turn; none is no error. */
gboolean  hd_read_each  (HdStore            *store,
                         const char         *sql,
                         gint64              id,
                         HdReadRowFunc       read_row,
                         gpointer            data,
                         const char         *reading,
                         GError            **error);
/* Sets @found to whether @sql, with @id bound to ?1, yields a row. A step that fails counts as no
 * row, as the edits' checks have always taken it; FALSE only when @sql could not be prepared. */
gboolean  hd_read_has_row (HdStore            *store,
                           const char         *sql,
                           gint64              id,
                           gboolean           *found,
                           GError            **error);
/* Sets @id to the first column of the first row that @sql yields with @a bound to ?1 and @b to
 * ?2 (where it has one), or to 0 when there is none or the step fails; FALSE only when @sql
 * could not be prepared. */
gboolean  hd_read_id      (HdStore            *store,
                           const char         *sql,
                           gint64              a,
                           gint64              b,
                           gint64             *id,
                           GError            **error);

/* Sets @flag to whether the first column of the one row @sql (no parameters) yields is not 0:
 * "SELECT EXISTS (…)". FALSE with the reason when it cannot be read. */
gboolean  hd_read_flag    (HdStore            *store,
                           const char         *sql,
                           gboolean           *flag,
                           GError            **error);

G_END_DECLS

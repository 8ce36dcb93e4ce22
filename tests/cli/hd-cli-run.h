/* hd-cli-run.h — running the built huodongban-cli from a test program, as other tools do. */
#pragma once

#include <stdarg.h>

#include "hd-test-util.h"

G_BEGIN_DECLS

typedef struct {
  int   status;
  char *out;
  char *err;
} HdCliRun;

void     hd_cli_run_clear               (HdCliRun   *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HdCliRun, hd_cli_run_clear)

/* g_test_init, then the program under test: the test program's first argument (meson passes the
 * built one). Without it, prints the usage and exits with status 2. */
void     hd_cli_run_init                (int        *argc,
                                         char     ***argv);

/* The program under test, as hd_cli_run_init found it. */
const char *hd_cli_run_get_program      (void);

/* Runs @argv (the program first) followed by @first and the arguments after it (up to a NULL),
 * in the environment @envp set to an untranslated locale; records its exit status and output in
 * @run. */
void     hd_cli_run_spawn               (HdCliRun   *run,
                                         GPtrArray  *argv,
                                         char      **envp,
                                         const char *first,
                                         va_list     args);

/* Runs the program on @db_path with --today 2014-09-30 and @first … (NULL-terminated) in an
 * untranslated locale. */
void     hd_cli_run                     (HdCliRun   *run,
                                         const char *db_path,
                                         const char *first,
                                         ...) G_GNUC_NULL_TERMINATED;

/* Runs the program on @db_path with --today @today and @args (NULL-terminated) in an untranslated
 * locale. */
void     hd_cli_run_args                (HdCliRun           *run,
                                         const char         *db_path,
                                         const char         *today,
                                         const char * const *args);

/* Nothing on stdout, one line "huodongban-cli: …" containing @fragment (unless NULL) on stderr. */
void     hd_cli_run_assert_one_line_failure (HdCliRun   *run,
                                             int         status,
                                             const char *fragment);

/* A command that must fail: its exit status, its arguments (up to a NULL) and what its one line
 * of reason says (NULL: anything). */
typedef struct {
  int         status;
  const char *args[12];
  const char *fragment;
} HdCliFailure;

/* Runs each of @cases on @db_path with --today 2014-09-30 and asserts its one-line failure. */
void     hd_cli_run_assert_failures     (const char         *db_path,
                                         const HdCliFailure *cases,
                                         guint               n_cases);
/* 示范县 with one township, 城关镇, in a new folder @dir; returns the database's path. */
char    *hd_cli_run_make_county         (char      **dir);

char    *hd_cli_run_write_file          (const char *dir,
                                         const char *name,
                                         const char *content,
                                         gssize      length);

/* Status 0, nothing on stderr and, unless @out is NULL, @out on stdout. */
void     hd_cli_run_assert_success      (HdCliRun   *run,
                                         const char *out);

/* Runs `import @kind @csv` on @db_path and asserts success with @out (as
 * hd_cli_run_assert_success). */
void     hd_cli_run_import              (const char *db_path,
                                         const char *kind,
                                         const char *csv,
                                         const char *out);

/* Runs `import @kind @csv` on @db_path and asserts that it refused the whole file: status 1,
 * nothing on stdout, exactly @err on stderr, no change logged, and none of the records it would
 * have added, which @count_sql counts, written (not even a good row's). */
void     hd_cli_run_assert_import_refused (const char *db_path,
                                           const char *kind,
                                           const char *csv,
                                           const char *err,
                                           const char *count_sql);

/* Runs `import @kind` on a new county (as hd_cli_run_make_county) from @content written as @name
 * in @encoding: "UTF-8-BOM" for UTF-8 after a byte-order mark, else a charset for g_convert.
 * Asserts success with @out (as hd_cli_run_assert_success); returns the database's path. */
char    *hd_cli_run_import_encoded      (const char *kind,
                                         const char *name,
                                         const char *content,
                                         const char *encoding,
                                         const char *out);

/* A file imported in one encoding, and what the database must then hold. */
typedef struct {
  const char  *kind;
  const char  *name;
  const char  *content;
  const char  *encoding;                  /* as hd_cli_run_import_encoded's */
  const char  *out;                       /* NULL: any */
  void       (*check) (const char *db_path);
} HdCliImportCase;

/* A test for g_test_add_data_func: imports the HdCliImportCase @data as
 * hd_cli_run_import_encoded does, then runs its check on the database. */
void     hd_cli_run_test_import_case    (gconstpointer data);

/* The one integer @sql answers on the database at @db_path. */
gint64   hd_cli_run_count               (const char *db_path,
                                         const char *sql);
/* The one text @sql answers there (NULL for a NULL). */
char    *hd_cli_run_text                (const char *db_path,
                                         const char *sql);

G_END_DECLS

/* hd-cli-run.h — running the built huodongban-cli from a test program, as other tools do. */
#pragma once

#include "hd-test-util.h"

G_BEGIN_DECLS

typedef struct {
  int   status;
  char *out;
  char *err;
} HdCliRun;

void     hd_cli_run_clear               (HdCliRun   *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HdCliRun, hd_cli_run_clear)

/* The program under test: the test program's first argument (meson passes the built one). */
void     hd_cli_run_set_program         (const char *path);

/* Runs the program on @db_path with --today 2014-09-30 and @first … (NULL-terminated) in an
 * untranslated locale. */
void     hd_cli_run                     (HdCliRun   *run,
                                         const char *db_path,
                                         const char *first,
                                         ...) G_GNUC_NULL_TERMINATED;

/* Nothing on stdout, one line "huodongban-cli: …" containing @fragment (unless NULL) on stderr. */
void     hd_cli_run_assert_one_line_failure (HdCliRun   *run,
                                             int         status,
                                             const char *fragment);

/* 示范县 with one township, 城关镇, in a new folder @dir; returns the database's path. */
char    *hd_cli_run_make_county         (char      **dir);

char    *hd_cli_run_write_file          (const char *dir,
                                         const char *name,
                                         const char *content,
                                         gssize      length);

/* The one integer @sql answers on the database at @db_path. */
gint64   hd_cli_run_count               (const char *db_path,
                                         const char *sql);

G_END_DECLS

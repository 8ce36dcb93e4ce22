/* hd-cli.h — what the commands of huodongban-cli share. */
#pragma once

#include <glib.h>

#include "ledger/hd-task.h"
#include "store/hd-store.h"

G_BEGIN_DECLS

#define HD_CLI_ERROR (hd_cli_error_quark ())

typedef enum {
  HD_CLI_ERROR_USAGE,    /* bad usage: exit status 2 */
  HD_CLI_ERROR_FAILED,   /* the command could not be done: exit status 1 */
} HdCliError;

typedef struct {
  const char *db_path;
  GDate      *today;   /* --today, or the clock's date */
  GDateTime  *now;     /* the clock, or noon of --today: stamps the backups */
} HdCli;

GQuark    hd_cli_error_quark  (void);

typedef enum {
  HD_CLI_OPEN_READ = 0,          /* only reads: never creates or changes a file, takes no copy */
  HD_CLI_OPEN_WRITE = 1 << 0,    /* updates an older data format; takes the day's copy first */
  HD_CLI_OPEN_CREATE = 1 << 1,   /* writes, and may create the file */
  HD_CLI_OPEN_NO_BACKUP = 1 << 2 /* writes without the day's copy (a new database has no data) */
} HdCliOpen;

/* Opens the database as @mode says. A command that writes takes the day's backup copy of a
 * database with data in it before writing (a failure there is only a warning). */
HdStore  *hd_cli_open_store   (HdCli     *cli,
                               HdCliOpen  mode,
                               GError   **error);

/* Removes the database file a command created for nothing (and its -wal and -shm). */
void      hd_cli_remove_new_database (HdCli *cli);

/* Parses a command's options (@argv[0] is the command's name, @parameters its usage after the
 * name); anything left over beyond @n_positional arguments is bad usage. */
gboolean  hd_cli_parse_command (const char    *parameters,
                                GOptionEntry  *entries,
                                int           *argc,
                                char        ***argv,
                                int            n_positional,
                                GError       **error);
/* A unit given by its code, or by its names from the root down joined by "/" (示范县/城关镇);
 * 0 with the reason when there is none or the path is ambiguous. */
gint64    hd_cli_find_unit     (HdStore       *store,
                                const char    *spec,
                                GError       **error);

/* The top of the database: its one top unit, or 0 (every top unit) when it has several. */
gboolean  hd_cli_top_unit      (HdStore       *store,
                                gint64        *unit_id,
                                GError       **error);

/* A plan by its token ("special") or by the ledger's word for it ("专项整治方案"). */
gboolean  hd_cli_parse_plan    (const char    *text,
                                HdTaskPlan    *plan);
/* The look-back round that --round names (@text, NULL when not given): its id, or 0 after calling
 * the command's @usage. */
gint64    hd_cli_parse_round   (const char    *text,
                                gboolean     (*usage) (GError    **error,
                                                       const char *message),
                                GError       **error);
/* A command's subcommand ("notice issue", "lookback open"): its name, what runs it (its own
 * arguments, its name first), and whether it writes (then the day's backup is taken first). */
typedef struct {
  const char *name;
  gboolean  (*run)    (HdCli    *cli,
                       HdStore  *store,
                       int       argc,
                       char    **argv,
                       GError  **error);
  gboolean    writes;
} HdCliSubcommand;

/* Runs the subcommand that @argv[1] names among @subcommands on the opened database. Without one,
 * or with another word, calls @usage_error with @missing, or with @unknown (which takes the word
 * as its %s). */
gboolean  hd_cli_run_subcommand (HdCli                  *cli,
                                 const HdCliSubcommand  *subcommands,
                                 guint                   n_subcommands,
                                 int                     argc,
                                 char                  **argv,
                                 gboolean              (*usage_error) (GError    **error,
                                                                       const char *message),
                                 const char             *missing,
                                 const char             *unknown,
                                 GError                **error);

/* Each command gets its own arguments, its name first, and parses them itself. */
gboolean  hd_cli_demo         (HdCli    *cli,
                               int       argc,
                               char    **argv,
                               GError  **error);
gboolean  hd_cli_coverage     (HdCli    *cli,
                               int       argc,
                               char    **argv,
                               GError  **error);
gboolean  hd_cli_new          (HdCli    *cli,
                               int       argc,
                               char    **argv,
                               GError  **error);
gboolean  hd_cli_overview     (HdCli    *cli,
                               int       argc,
                               char    **argv,
                               GError  **error);
gboolean  hd_cli_stats        (HdCli    *cli,
                               int       argc,
                               char    **argv,
                               GError  **error);
gboolean  hd_cli_check        (HdCli    *cli,
                               int       argc,
                               char    **argv,
                               GError  **error);
gboolean  hd_cli_backup       (HdCli    *cli,
                               int       argc,
                               char    **argv,
                               GError  **error);
gboolean  hd_cli_backups      (HdCli    *cli,
                               int       argc,
                               char    **argv,
                               GError  **error);
gboolean  hd_cli_restore      (HdCli    *cli,
                               int       argc,
                               char    **argv,
                               GError  **error);
gboolean  hd_cli_upgrade      (HdCli    *cli,
                               int       argc,
                               char    **argv,
                               GError  **error);
gboolean  hd_cli_import       (HdCli    *cli,
                               int       argc,
                               char    **argv,
                               GError  **error);
gboolean  hd_cli_lookback     (HdCli    *cli,
                               int       argc,
                               char    **argv,
                               GError  **error);
gboolean  hd_cli_office       (HdCli    *cli,
                               int       argc,
                               char    **argv,
                               GError  **error);
gboolean  hd_cli_exchange     (HdCli    *cli,
                               int       argc,
                               char    **argv,
                               GError  **error);
gboolean  hd_cli_notice       (HdCli    *cli,
                               int       argc,
                               char    **argv,
                               GError  **error);
gboolean  hd_cli_print        (HdCli    *cli,
                               int       argc,
                               char    **argv,
                               GError  **error);
gboolean  hd_cli_export       (HdCli    *cli,
                               int       argc,
                               char    **argv,
                               GError  **error);

G_END_DECLS

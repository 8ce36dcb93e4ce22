/* hd-cli-backups.c — huodongban-cli backup [FILE], backups, restore COPY and upgrade. */
#include <glib/gi18n.h>

#include "hd-cli.h"
#include "backup/hd-backup.h"
#include "backup/hd-backup-restore.h"

gboolean
hd_cli_backup (HdCli    *cli,
               int       argc,
               char    **argv,
               GError  **error)
{
  g_autoptr(HdStore) store = NULL;
  g_autofree char *copy = NULL;
  const char *dest;

  /* FILE may be left out. */
  if (!hd_cli_parse_command (_("[FILE]"), NULL, &argc, &argv, argc > 1 ? 1 : 0, error))
    return FALSE;
  dest = argc >= 2 ? argv[1] : NULL;
  if (dest != NULL && g_file_test (dest, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_FAILED,
                   _("“%s” already exists and was left unchanged; a backup never overwrites a file. Give a new file name."),
                   dest);
      return FALSE;
    }
  /* The copy the user asked for is the backup: no daily copy besides. */
  store = hd_cli_open_store (cli, HD_CLI_OPEN_READ, error);
  if (store == NULL)
    return FALSE;
  if (dest != NULL)
    return hd_store_backup_to (store, dest, error);
  /* Without a file: a manual copy among the others, which "backups" lists. */
  copy = hd_backup_take (hd_store_get_db (store), cli->db_path, cli->now, HD_BACKUP_MANUAL, TRUE, error);
  if (copy == NULL)
    return FALSE;
  g_print ("%s\n", copy);
  return TRUE;
}

gboolean
hd_cli_backups (HdCli    *cli,
                int       argc,
                char    **argv,
                GError  **error)
{
  g_autoptr(GPtrArray) copies = NULL;

  if (!hd_cli_parse_command ("", NULL, &argc, &argv, 0, error))
    return FALSE;
  /* Only the folder is read: the database may be missing or damaged, which is when one looks. */
  copies = hd_backup_list (cli->db_path);
  for (guint i = 0; i < copies->len; i++)
    {
      HdBackupCopy *copy = g_ptr_array_index (copies, i);
      g_autofree char *date = g_date_time_format (copy->date, "%Y-%m-%d %H:%M:%S");

      g_print ("%s\t%s\t%" G_GUINT64_FORMAT "\t%s\n", copy->path, date, copy->size,
               hd_backup_kind_to_string (copy->kind));
    }
  return TRUE;
}

gboolean
hd_cli_restore (HdCli    *cli,
                int       argc,
                char    **argv,
                GError  **error)
{
  g_autoptr(HdBackupCopy) restored = NULL;
  g_autoptr(HdStore) store = NULL;
  g_autofree char *kept = NULL;

  if (!hd_cli_parse_command (_("COPY"), NULL, &argc, &argv, 1, error))
    return FALSE;
  if (!hd_backup_restore (cli->db_path, argv[1], cli->now, &restored, &kept, error))
    return FALSE;
  /* A copy of an earlier data format is brought up to this version's now. */
  store = hd_cli_open_store (cli, HD_CLI_OPEN_WRITE | HD_CLI_OPEN_NO_BACKUP, error);
  if (store == NULL)
    return FALSE;
  g_print (_("Restored “%s”: %d units, %d people, %d tasks.\nThe database as it was is kept in “%s”.\n"),
           restored->path, (int) restored->units, (int) restored->people, (int) restored->tasks, kept);
  return TRUE;
}

gboolean
hd_cli_upgrade (HdCli    *cli,
                int       argc,
                char    **argv,
                GError  **error)
{
  g_autoptr(HdStore) store = NULL;

  if (!hd_cli_parse_command ("", NULL, &argc, &argv, 0, error))
    return FALSE;
  /* Opening to write updates the data format, after a copy. */
  store = hd_cli_open_store (cli, HD_CLI_OPEN_WRITE | HD_CLI_OPEN_NO_BACKUP, error);
  if (store == NULL)
    return FALSE;
  g_print ("format %d\n", hd_store_get_schema_version (store));
  return TRUE;
}

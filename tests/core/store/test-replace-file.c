/* test-replace-file.c — hd-core: a file that appears only when whole. */
#include <errno.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "hd-test-util.h"
#include "store/hd-replace-file.h"

static void
test_replace (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "台账.pdf", NULL);
  g_autofree char *temp = NULL;
  g_autofree char *base = NULL;
  g_autofree char *content = NULL;
  g_autofree char *listing = NULL;
  int fd = -1, saved_errno = 0;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  temp = hd_replace_file_begin (path, &fd, &saved_errno);
  g_assert_nonnull (temp);
  g_assert_cmpint (fd, >=, 0);
  base = g_path_get_basename (temp);
  g_assert_true (g_str_has_prefix (base, ".台账.pdf."));
  g_assert_cmpint (write (fd, "new", 3), ==, 3);
  g_assert_cmpint (close (fd), ==, 0);

  /* Until it is finished, the destination is the old file. */
  g_assert_true (g_file_get_contents (path, &content, NULL, NULL));
  g_assert_cmpstr (content, ==, "old");
  g_clear_pointer (&content, g_free);

  g_assert_true (hd_replace_file_finish (&temp, path, &saved_errno));
  g_assert_null (temp);
  g_assert_true (g_file_get_contents (path, &content, NULL, NULL));
  g_assert_cmpstr (content, ==, "new");
  listing = hd_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "台账.pdf");
}

/* An abandoned file and a failed rename leave nothing; a missing folder gives its errno. */
static void
test_failures (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *folder = g_build_filename (dir, "a-folder.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "x.pdf", NULL);
  g_autofree char *temp = NULL;
  g_autofree char *listing = NULL;
  int saved_errno = 0;

  g_assert_null (hd_replace_file_begin (missing, NULL, &saved_errno));
  g_assert_cmpint (saved_errno, ==, ENOENT);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  temp = hd_replace_file_begin (folder, NULL, &saved_errno);
  g_assert_nonnull (temp);
  g_assert_false (hd_replace_file_finish (&temp, folder, &saved_errno));
  g_assert_cmpint (saved_errno, ==, EISDIR);
  g_assert_null (temp);

  temp = hd_replace_file_begin (folder, NULL, &saved_errno);
  hd_replace_file_abandon (&temp);
  g_assert_null (temp);
  listing = hd_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "a-folder.pdf");
  g_rmdir (folder);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/replace-file/replace", test_replace);
  g_test_add_func ("/replace-file/failures", test_failures);
  return g_test_run ();
}

/* fuzz-corpus.c — runs the package reader's fuzz target over every file of its corpus
 * (tests/fixtures/fuzz-package/, made by make-corpus), or over the files and folders named on
 * the command line (an input libFuzzer saved, to see it again in any build):
 *
 *   fuzz-corpus [FILE|FOLDER...]
 *
 * A file's name says what reading it must give: "ok-…" a package; "damaged-…", "not-package-…",
 * "bad-signature-…", "too-large-…", "unsafe-…", "schema-…", "newer-version-…" that refusal;
 * any other name only that reading it neither crashes, leaks nor hangs. */
#include <string.h>
#include <glib/gstdio.h>

#include "fuzz-package-reader.h"

static const struct {
  const char *prefix;
  int         code;  /* -1: a package */
} expectations[] = {
  { "ok-", -1 },
  { "damaged-", HD_PACKAGE_ERROR_DAMAGED },
  { "not-package-", HD_PACKAGE_ERROR_NOT_PACKAGE },
  { "bad-signature-", HD_PACKAGE_ERROR_BAD_SIGNATURE },
  { "too-large-", HD_PACKAGE_ERROR_TOO_LARGE },
  { "unsafe-", HD_PACKAGE_ERROR_UNSAFE },
  { "schema-", HD_PACKAGE_ERROR_SCHEMA },
  { "newer-version-", HD_PACKAGE_ERROR_NEWER_VERSION },
};

static void
test_input (gconstpointer data)
{
  const char *path = data;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HdPackage) package = NULL;
  gsize size;

  g_file_get_contents (path, &contents, &size, &error);
  g_assert_no_error (error);
  package = hd_fuzz_read_package ((const guint8 *) contents, size, &error);
  if (package != NULL)
    g_test_message ("read: a package of %u records", package->records->len);
  else
    g_test_message ("refused (%d): %s", error->code, error->message);
  for (guint i = 0; i < G_N_ELEMENTS (expectations); i++)
    if (g_str_has_prefix (name, expectations[i].prefix))
      {
        if (expectations[i].code < 0)
          {
            g_assert_no_error (error);
            g_assert_nonnull (package);
          }
        else
          {
            g_assert_error (error, HD_PACKAGE_ERROR, expectations[i].code);
            g_assert_null (package);
          }
      }
}

static void
add_input (const char *path,
           guint      *n_ok)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *test_path = g_strconcat ("/fuzz-package/", name, NULL);

  if (g_str_has_prefix (name, "ok-"))
    (*n_ok)++;
  g_test_add_data_func_full (test_path, g_strdup (path), test_input, g_free);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static guint
add_folder (const char *dir,
            guint      *n_ok)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) folder = g_dir_open (dir, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (folder)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    add_input (g_ptr_array_index (names, i), n_ok);
  return names->len;
}

int
main (int    argc,
      char **argv)
{
  guint n_inputs = 0, n_ok = 0;

  g_test_init (&argc, &argv, NULL);
  LLVMFuzzerInitialize (&argc, &argv);
  if (argc > 1)
    for (int i = 1; i < argc; i++)
      {
        if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
          n_inputs += add_folder (argv[i], &n_ok);
        else
          {
            add_input (argv[i], &n_ok);
            n_inputs++;
          }
      }
  else
    {
      g_autofree char *corpus = g_test_build_filename (G_TEST_DIST, "fixtures", "fuzz-package",
                                                       NULL);

      n_inputs = add_folder (corpus, &n_ok);
      /* The committed corpus holds packages as the writer makes them, and refusals. */
      g_assert_cmpuint (n_ok, >=, 1);
      g_assert_cmpuint (n_inputs, >, n_ok);
    }
  g_assert_cmpuint (n_inputs, >, 0);
  return g_test_run ();
}

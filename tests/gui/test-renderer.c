/* test-renderer.c — the renderer chosen before GTK starts: the user's GSK_RENDERER kept (GL), or
 * cairo without GL when asked for, or where GL could only be software (LIBGL_ALWAYS_SOFTWARE);
 * any GDK_DEBUG flags kept. Each case runs in a subprocess: the choice sets the environment. */
#include "hd-renderer.h"

static void
assert_choice (const char *gsk_renderer,
               const char *libgl_software,
               const char *gdk_debug,
               const char *expected_choice,
               const char *expected_renderer,
               const char *expected_debug)
{
  const char *choice;

  if (gsk_renderer != NULL)
    g_setenv ("GSK_RENDERER", gsk_renderer, TRUE);
  else
    g_unsetenv ("GSK_RENDERER");
  if (libgl_software != NULL)
    g_setenv ("LIBGL_ALWAYS_SOFTWARE", libgl_software, TRUE);
  else
    g_unsetenv ("LIBGL_ALWAYS_SOFTWARE");
  if (gdk_debug != NULL)
    g_setenv ("GDK_DEBUG", gdk_debug, TRUE);
  else
    g_unsetenv ("GDK_DEBUG");

  choice = hd_renderer_choose_early ();
  g_assert_cmpstr (choice, ==, expected_choice);
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, expected_renderer);
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, expected_debug);
}

static void
test_users_gl_kept (void)
{
  if (g_test_subprocess ())
    {
      assert_choice ("gl", "1", NULL, NULL, "gl", NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_users_cairo_without_gl (void)
{
  if (g_test_subprocess ())
    {
      assert_choice ("cairo", NULL, "interactive", "cairo", "cairo", "interactive,gl-disable");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_software_gl (void)
{
  if (g_test_subprocess ())
    {
      assert_choice (NULL, "1", NULL, "cairo", "cairo", "gl-disable");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/renderer/users-gl-kept", test_users_gl_kept);
  g_test_add_func ("/renderer/users-cairo-without-gl", test_users_cairo_without_gl);
  g_test_add_func ("/renderer/software-gl", test_software_gl);
  return g_test_run ();
}

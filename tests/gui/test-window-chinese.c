/* test-window-chinese.c — the window in Chinese, started the way the office starts it.
 *
 * meson runs this program with LANGUAGE=zh_CN and LANG=C.UTF-8 in its environment from the
 * start, as a clerk's desktop does (and as the README's quick start runs it). It cannot share a
 * program with the English tests: GLib decides once per process, at its first translation,
 * whether to translate at all, so a language switched in the middle of a process is not seen. */
#include <glib/gi18n-lib.h>

#include "hd-application.h"
#include "hd-gui-test.h"
#include "hd-test-util.h"
#include "hd-window.h"
#include "ledger/hd-light.h"

static HdApplication *app;

static void
test_window (void)
{
  static const struct { const char *name; const char *title; } areas[] = {
    { "organisation", "组织体系" },
    { "rectification", "整改落实" },
    { "opinions", "意见建议" },
  };
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_autofree char *db_path = hd_gui_test_make_demo_county (dir);
  GtkWindow *window = hd_gui_test_open_window (app, db_path);
  GtkWidget *sidebar = hd_gui_test_find_widget (GTK_WIDGET (window), GTK_TYPE_STACK_SIDEBAR);
  GtkStack *stack;

  g_assert_cmpstr (gtk_window_get_title (window), ==, "活动办工作台");
  g_assert_nonnull (sidebar);
  stack = gtk_stack_sidebar_get_stack (GTK_STACK_SIDEBAR (sidebar));
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      GtkWidget *child = gtk_stack_get_child_by_name (stack, areas[i].name);

      g_assert_nonnull (child);
      g_assert_cmpstr (gtk_stack_page_get_title (gtk_stack_get_page (stack, child)), ==, areas[i].title);
    }

  /* The words beside the lights' marks, as the office reads them. */
  g_assert_cmpstr (hd_light_get_label (HD_LIGHT_RED), ==, "红灯·逾期");
  g_assert_cmpstr (hd_light_get_label (HD_LIGHT_CLOSED), ==, "已销号");

  hd_gui_test_close_all_windows (app);
}

int
main (int   argc,
      char *argv[])
{
  /* As main.c does: the language comes from the environment. */
  app = hd_gui_test_init (&argc, &argv, FALSE);

  g_test_add_func ("/window-chinese/titles", test_window);

  return hd_gui_test_run (&app);
}

/* main.c — Huodongban, the activity office's desktop application. */
#include <glib/gi18n.h>
#include <locale.h>

#include "hd-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HdApplication) app = NULL;
  const char *localedir = g_getenv ("HUODONGBAN_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* A developer build and the tests point here to the translations compiled in the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = hd_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}

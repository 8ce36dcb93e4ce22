/* hd-renderer.c */
#include <epoxy/gl.h>

#include "hd-renderer.h"

/* A device that renders: a DRM render node, or NVIDIA's own driver. */
static gboolean
has_gpu_device (void)
{
  g_autoptr(GDir) dri = g_dir_open ("/dev/dri", 0, NULL);
  const char *name;

  while (dri != NULL && (name = g_dir_read_name (dri)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      return TRUE;
  return g_file_test ("/dev/nvidiactl", G_FILE_TEST_EXISTS);
}

static gboolean
names_software (const char *renderer)
{
  static const char * const software[] = { "llvmpipe", "softpipe", "swrast", "Software Rasterizer", "SWR" };

  for (guint i = 0; renderer != NULL && i < G_N_ELEMENTS (software); i++)
    if (strstr (renderer, software[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
forced_software (void)
{
  const char *forced = g_getenv ("LIBGL_ALWAYS_SOFTWARE");

  return forced != NULL && *forced != '\0' && !g_str_equal (forced, "0");
}

gboolean
hd_renderer_gl_is_software (GdkDisplay *display)
{
  g_autoptr(GdkGLContext) context = NULL;
  gboolean software;

  context = gdk_display_create_gl_context (display, NULL);
  if (context == NULL || !gdk_gl_context_realize (context, NULL))
    return TRUE;
  gdk_gl_context_make_current (context);
  software = names_software ((const char *) glGetString (GL_RENDERER));
  gdk_gl_context_clear_current ();
  return software;
}

const char *
hd_renderer_choose_early (void)
{
  const char *debug = g_getenv ("GDK_DEBUG");
  g_autofree char *with_gl_disabled = NULL;
  const char *chosen = g_getenv ("GSK_RENDERER");

  /* The user's cairo needs no GL either; another choice of the user's is left as it is. */
  if (chosen != NULL ? !g_str_equal (chosen, "cairo") : has_gpu_device () && !forced_software ())
    return NULL;
  /* Without a device Mesa can only rasterise in software: known without starting GL, which
   * cairo then does without. */
  with_gl_disabled = debug != NULL && *debug != '\0' ? g_strconcat (debug, ",gl-disable", NULL)
                                                     : g_strdup ("gl-disable");
  g_setenv ("GDK_DEBUG", with_gl_disabled, TRUE);
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  return "cairo";
}

const char *
hd_renderer_choose (GdkDisplay *display)
{
  if (g_getenv ("GSK_RENDERER") != NULL || display == NULL)
    return NULL;
  /* A device may still not render (a virtual GPU without 3D): ask GL what it runs on. */
  if (!hd_renderer_gl_is_software (display))
    return NULL;
  /* Read by GTK when it makes the first window's renderer. */
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  return "cairo";
}

/* hd-renderer.h — how GTK draws the windows: GL on a real GPU, cairo where GL would only be
 * Mesa's software rasteriser (office PCs without a usable GPU, thin clients, virtual desktops),
 * which there starts slower and takes more memory than cairo. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Before GTK starts: where there is no GPU device to render with (or LIBGL_ALWAYS_SOFTWARE is
 * set), chooses cairo and keeps GTK from loading GL at all (GDK_DEBUG=gl-disable), which saves
 * it the software rasteriser's start-up and memory. Nothing when the user chose a renderer with
 * GSK_RENDERER. Returns the renderer chosen ("cairo"), or NULL. */
const char *hd_renderer_choose_early       (void);

/* Once the display is open, before the first window is drawn: where there is a device but GL on
 * @display is still software (a virtual GPU without 3D), chooses cairo. Returns the renderer
 * chosen ("cairo"), or NULL when GTK chooses. */
const char *hd_renderer_choose             (GdkDisplay *display);

/* Whether GL on @display is a software rasteriser: a GL renderer string that names one
 * (llvmpipe, softpipe, swrast), or GL that does not start. */
gboolean    hd_renderer_gl_is_software     (GdkDisplay *display);

G_END_DECLS

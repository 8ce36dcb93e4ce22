/* hd-open-error-window.h — says why the database could not be opened, and what to do. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HD_TYPE_OPEN_ERROR_WINDOW (hd_open_error_window_get_type ())
G_DECLARE_FINAL_TYPE (HdOpenErrorWindow, hd_open_error_window, HD, OPEN_ERROR_WINDOW, GtkApplicationWindow)

HdOpenErrorWindow *hd_open_error_window_new         (GtkApplication    *application,
                                                     const char        *message);
const char        *hd_open_error_window_get_message (HdOpenErrorWindow *self);

G_END_DECLS

/* hd-exchange-commands.h — the main menu's Send Package, Receive Package and Offices. What they
 * did is shown as the window's notification. */
#pragma once

#include <gtk/gtk.h>

#include "exchange/hd-receive-window.h"
#include "hd-context.h"

G_BEGIN_DECLS

void             hd_exchange_commands_send     (GtkWindow *window,
                                                HdContext *context);
/* Asks for the package, then opens the Receive Package window on it. */
void             hd_exchange_commands_receive  (GtkWindow *window,
                                                HdContext *context);
/* The Receive Package window on @file, over @window. */
HdReceiveWindow *hd_exchange_commands_open_package (GtkWindow *window,
                                                    HdContext *context,
                                                    GFile     *file);
void             hd_exchange_commands_offices  (GtkWindow *window,
                                                HdContext *context);

G_END_DECLS

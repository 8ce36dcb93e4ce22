/* hd-exchange-commands.c */
#include <glib/gi18n-lib.h>

#include "common/hd-file-chooser.h"
#include "exchange/hd-exchange-commands.h"
#include "exchange/hd-offices-window.h"
#include "exchange/hd-send-window.h"

static void
show_message (GtkWindow  *window,
              const char *message)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-notification", "s", message);
}

void
hd_exchange_commands_send (GtkWindow *window,
                           HdContext *context)
{
  HdSendWindow *send;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (HD_IS_CONTEXT (context));

  send = hd_send_window_new (window, context);
  g_signal_connect_object (send, "sent", G_CALLBACK (show_message), window, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (send));
}

HdReceiveWindow *
hd_exchange_commands_open_package (GtkWindow *window,
                                   HdContext *context,
                                   GFile     *file)
{
  HdReceiveWindow *receive;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);
  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  receive = hd_receive_window_new (window, context, file);
  /* The package went through the history: the pages have reread what they show. */
  g_signal_connect_object (receive, "received", G_CALLBACK (show_message), window, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (receive));
  return receive;
}

static void
package_chosen (GtkWindow *window,
                GFile     *file,
                gpointer   user_data)
{
  hd_exchange_commands_open_package (window, HD_CONTEXT (user_data), file);
}

void
hd_exchange_commands_receive (GtkWindow *window,
                              HdContext *context)
{
  g_autoptr(GListStore) filters = NULL;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (HD_IS_CONTEXT (context));

  filters = hd_file_chooser_filters_new (_("Exchange Packages (*.hdx)"), "*.hdx");
  hd_file_chooser_choose (window, HD_FILE_CHOOSER_OPEN, _("Receive Package"), _("_Preview"), filters, NULL, NULL,
                          package_chosen, g_object_ref (context), g_object_unref);
}

void
hd_exchange_commands_offices (GtkWindow *window,
                              HdContext *context)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (HD_IS_CONTEXT (context));

  gtk_window_present (GTK_WINDOW (hd_offices_window_new (window, context)));
}

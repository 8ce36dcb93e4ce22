/* hd-opinions-page-private.h — what the opinions page's files share: the page itself, the
 * columns' cells (hd-opinions-page-cells.c) and the commands on the selected opinions
 * (hd-opinions-page-commands.c). */
#pragma once

#include "common/hd-pending-rows.h"
#include "opinions/hd-opinions-page.h"

G_BEGIN_DECLS

struct _HdOpinionsPage
{
  GtkWidget          parent_instance;

  HdContext         *context;
  gulong             history_handler;
  HdQueryModel      *model;
  GtkMultiSelection *selection;
  HdPendingRows      pending;         /* selected before the rebuild, their rows not read yet */
  GHashTable        *unit_names;      /* for the rows (hd-unit-names.h) */
  GtkWindow         *open_editor;     /* weak */
  char              *from;            /* the date filter as ISO, NULL: open */
  char              *to;

  GtkStack          *view_stack;
  HdProblemsView    *problems_view;
  GtkSearchEntry    *search_entry;
  HdPickButton      *unit_button;
  GtkDropDown       *channel_filter;
  GtkDropDown       *category_filter;
  GtkDropDown       *status_filter;
  GtkEntry          *from_entry;
  GtkEntry          *to_entry;
  GtkStack          *list_stack;
  GtkColumnView     *column_view;
  GtkLabel          *count_label;
  GtkLabel          *detail_label;
  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  GtkPopoverMenu    *context_menu;
  GtkWidget         *form_separator;
  HdOpinionForm     *form;
};

/* hd-opinions-page.c */
void    hd_opinions_page_rebuild            (HdOpinionsPage *self);
/* The ids of the selected opinions, in list order. */
GArray *hd_opinions_page_dup_selected_ids   (HdOpinionsPage *self);
/* @message over the list; NULL takes it away. */
void    hd_opinions_page_show_error         (HdOpinionsPage *self,
                                             const char     *message);
/* The window the page opened last, for the tests. */
void    hd_opinions_page_set_open_editor    (HdOpinionsPage *self,
                                             GtkWindow      *editor);
void    hd_opinions_page_emit_task_created  (HdOpinionsPage *self,
                                             gint64          task_id);

/* hd-opinions-page-cells.c: binds the columns' setup and bind callbacks to the template. */
void    hd_opinions_page_class_init_cells    (GtkWidgetClass *widget_class);
/* hd-opinions-page-commands.c: installs the actions on the selected opinions and their keys. */
void    hd_opinions_page_class_init_commands (GtkWidgetClass *widget_class);

G_END_DECLS

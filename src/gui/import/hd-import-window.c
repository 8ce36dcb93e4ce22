/* hd-import-window.c
 *
 * Reading and planning a roster of 16,000 rows or a county's ledger takes a noticeable moment,
 * so it runs in a worker thread on a connection of its own (SQLite connections belong to one
 * thread at a time). The plan keeps that connection, and the import writes through it on the
 * main thread once the worker is done: the edit then goes onto the window's history like any
 * other. The kind (HdImportKind) makes the calls and gives its columns; the rest is here.
 */
#include <glib/gi18n-lib.h>

#include "common/hd-label-tooltip.h"
#include "import/hd-import.h"
#include "import/hd-import-window.h"

struct _HdImportWindow
{
  GtkWindow           parent_instance;

  HdContext          *context;
  const HdImportKind *kind;
  GPtrArray          *columns;      /* Column, in the order of the column view */
  GFile              *file;
  GCancellable       *cancellable;
  GObject            *import;
  char               *error_message;
  GtkCustomFilter    *bad_filter;
  GtkFilterListModel *shown_rows;
  gboolean            busy;
  guint               apply_tick_id;
  guint               apply_idle_id;

  GtkStack           *stack;
  GtkWidget          *import_button;
  GtkSpinner         *header_spinner;
  GtkSpinner         *loading_spinner;
  GtkLabel           *loading_label;
  GtkLabel           *error_label;
  GtkLabel           *file_label;
  GtkLabel           *summary_label;
  GtkLabel           *ignored_label;
  GtkWidget          *bad_banner;
  GtkLabel           *bad_label;
  GtkCheckButton     *bad_only_check;
  GtkColumnView      *column_view;
};

G_DEFINE_FINAL_TYPE (HdImportWindow, hd_import_window, GTK_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  const HdImportKind *kind;
  char               *db_path;
  char               *operator_name;
  GFile              *file;
  GDate               today;
} PlanData;

static void
plan_data_free (PlanData *data)
{
  g_free (data->db_path);
  g_free (data->operator_name);
  g_clear_object (&data->file);
  g_free (data);
}

static void
set_busy (HdImportWindow *self,
          gboolean        busy)
{
  self->busy = busy;
  gtk_widget_set_visible (GTK_WIDGET (self->header_spinner), busy && self->import != NULL);
  gtk_spinner_set_spinning (self->header_spinner, busy && self->import != NULL);
  gtk_spinner_set_spinning (self->loading_spinner, busy && self->import == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply",
                                 !busy && self->import != NULL &&
                                 hd_import_get_n_bad (HD_IMPORT (self->import)) == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.cancel", !busy || self->import == NULL);
}

/* ---- cells ---- */

/* The row number and the action come first, the kind's columns next, the reason last. */
typedef enum {
  COLUMN_NUMBER,
  COLUMN_ACTION,
  COLUMN_KIND,
  COLUMN_REASON,
} ColumnRole;

typedef struct {
  HdImportWindow       *self;    /* unowned: the columns go with the window */
  ColumnRole            role;
  const HdImportColumn *column;  /* the kind's, for COLUMN_KIND */
} Column;

/* What the cell of @row in @column says, or NULL. */
static char *
cell_text (Column   *column,
           gpointer  row)
{
  const HdImportKind *kind = column->self->kind;

  switch (column->role)
    {
    case COLUMN_NUMBER:
      return g_strdup_printf ("%u", kind->row_number (row));
    case COLUMN_ACTION:
      return g_strdup (kind->row_action (row));
    case COLUMN_KIND:
      return column->column->text (row);
    case COLUMN_REASON:
      return g_strdup (kind->row_reason (row));
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Cells are aligned to the top: a row whose reason wraps reads like the spreadsheet's. */
static GtkWidget *
new_cell_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  return label;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          Column                   *column)
{
  GtkWidget *label = new_cell_label ();

  switch (column->role)
    {
    case COLUMN_NUMBER:
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
      break;
    case COLUMN_ACTION:
      {
        /* A bad row shows an icon and the word, never colour alone. */
        GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
        GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

        gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Bad row"), -1);
        gtk_widget_set_valign (box, GTK_ALIGN_START);
        gtk_box_append (GTK_BOX (box), icon);
        gtk_box_append (GTK_BOX (box), label);
        gtk_list_item_set_child (item, box);
        return;
      }
    case COLUMN_KIND:
      if (column->column->style == HD_IMPORT_CELL_TEXT)
        {
          /* What is cut off is there whole when pointed at. */
          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
          hd_label_tooltip_setup (GTK_LABEL (label));
        }
      break;
    case COLUMN_REASON:
      /* The reason is what the clerk must read to correct the file: wrapped, never cut off. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), 24);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
      gtk_widget_add_css_class (label, "error");
      break;
    default:
      g_return_if_reached ();
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_action (Column      *column,
             GtkListItem *item)
{
  const HdImportKind *kind = column->self->kind;
  gpointer row = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_last_child (box);
  gboolean bad = kind->row_is_bad (row);

  gtk_widget_set_visible (icon, bad);
  gtk_label_set_label (GTK_LABEL (label), kind->row_action (row));
  if (bad)
    {
      gtk_widget_add_css_class (icon, "error");
      gtk_widget_add_css_class (label, "error");
    }
  else
    gtk_widget_remove_css_class (label, "error");
  if (kind->row_is_unchanged (row))
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         Column                   *column)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  if (column->role == COLUMN_ACTION)
    {
      bind_action (column, item);
      return;
    }
  text = cell_text (column, gtk_list_item_get_item (item));
  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
}

static void
add_column (HdImportWindow       *self,
            ColumnRole            role,
            const HdImportColumn *kind_column,
            const char           *title)
{
  Column *column = g_new0 (Column, 1);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  column->self = self;
  column->role = role;
  column->column = kind_column;
  g_ptr_array_add (self->columns, column);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), column);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), column);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (kind_column != NULL && kind_column->fixed_width > 0)
    gtk_column_view_column_set_fixed_width (view_column, kind_column->fixed_width);
  if (role == COLUMN_REASON)
    gtk_column_view_column_set_expand (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
}

static void
add_columns (HdImportWindow *self)
{
  add_column (self, COLUMN_NUMBER, NULL, _("Row"));
  add_column (self, COLUMN_ACTION, NULL, _("Action"));
  for (guint i = 0; i < self->kind->n_columns; i++)
    {
      const HdImportColumn *column = &self->kind->columns[i];

      add_column (self, COLUMN_KIND, column,
                  column->context != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, column->context, column->title)
                                          : _(column->title));
    }
  /* Translators: the column that says why a row of a spreadsheet cannot be imported. */
  add_column (self, COLUMN_REASON, NULL, _("Reason"));
}

/* ---- the plan ---- */

static gboolean
row_is_bad (gpointer item,
            gpointer user_data)
{
  const HdImportKind *kind = user_data;

  return kind->row_is_bad (item);
}

static void
bad_only_toggled_cb (HdImportWindow *self)
{
  gtk_filter_list_model_set_filter (self->shown_rows,
                                    gtk_check_button_get_active (self->bad_only_check)
                                    ? GTK_FILTER (self->bad_filter) : NULL);
}

static void
show_plan (HdImportWindow *self)
{
  GObject *import = self->import;
  const char * const *ignored = hd_import_get_ignored_columns (HD_IMPORT (import));
  GListModel *rows = hd_import_get_rows (HD_IMPORT (import));
  guint n_rows = g_list_model_get_n_items (rows);
  guint n_bad = hd_import_get_n_bad (HD_IMPORT (import));
  g_autofree char *summary = NULL;
  g_autofree char *button = NULL;
  g_autofree char *basename = g_file_get_basename (self->file);

  gtk_label_set_label (self->file_label, basename);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->file_label), g_file_peek_path (self->file));

  summary = self->kind->summarize (import);
  gtk_label_set_label (self->summary_label, summary);

  if (ignored != NULL && ignored[0] != NULL)
    {
      /* Translators: the separator between column names, as in "备注, 籍贯". */
      g_autofree char *names = g_strjoinv (_(", "), (char **) ignored);
      /* Translators: %s names the columns, e.g. "备注, 籍贯". */
      g_autofree char *text = g_strdup_printf (_("These columns are not imported: %s"), names);

      gtk_label_set_label (self->ignored_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->ignored_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->ignored_label), FALSE);

  if (n_bad > 0)
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u row is bad (marked “Bad row” below, with the reason). Nothing is imported while a row is bad: correct the file and import it again.",
                                      "%u rows are bad (marked “Bad row” below, with the reasons). Nothing is imported while a row is bad: correct the file and import it again.",
                                      n_bad),
                         n_bad);

      gtk_label_set_label (self->bad_label, text);
      gtk_widget_set_tooltip_text (self->import_button, _("Correct the bad rows in the file and import it again"));
    }
  gtk_widget_set_visible (self->bad_banner, n_bad > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->bad_only_check), n_bad > 0);

  button = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %u Row", "_Import %u Rows", n_rows), n_rows);
  gtk_button_set_label (GTK_BUTTON (self->import_button), button);

  self->shown_rows = gtk_filter_list_model_new (g_object_ref (rows), NULL);
  {
    g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown_rows)));
    gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  }
  gtk_stack_set_visible_child_name (self->stack, "preview");
  if (n_bad == 0)
    gtk_widget_grab_focus (self->import_button);
}

static void
plan_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  PlanData *data = task_data;
  g_autoptr(HdStore) store = NULL;
  g_autofree char *path = g_file_get_path (data->file);
  GObject *import;
  GError *error = NULL;

  if (path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Only files on this computer can be imported. Copy the file into a local folder first."));
      return;
    }
  store = hd_store_open (data->db_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  hd_store_set_operator (store, data->operator_name);
  import = data->kind->read (store, path, &data->today, &error);
  if (import == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, import, g_object_unref);
}

static void
plan_done (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  HdImportWindow *self = HD_IMPORT_WINDOW (source_object);
  g_autoptr(GError) error = NULL;
  GObject *import = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_clear_object (&import);
      return;
    }
  if (import == NULL)
    {
      self->error_message = g_strdup (error->message);
      gtk_label_set_label (self->error_label, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      gtk_button_set_label (GTK_BUTTON (self->import_button), _("_Import"));
    }
  else
    {
      self->import = import;
      show_plan (self);
    }
  set_busy (self, FALSE);
}

/* ---- import ---- */

static gboolean
apply_idle (gpointer user_data)
{
  HdImportWindow *self = HD_IMPORT_WINDOW (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_file_get_basename (self->file);
  g_autofree char *message = self->kind->describe (self->import, basename);

  self->apply_idle_id = 0;
  if (!hd_import_apply (HD_IMPORT (self->import), hd_context_get_history (self->context), &error))
    {
      set_busy (self, FALSE);
      gtk_label_set_label (self->bad_label, error->message);
      gtk_widget_set_visible (self->bad_banner, TRUE);
      return G_SOURCE_REMOVE;
    }
  set_busy (self, FALSE);
  g_signal_emit (self, signals[IMPORTED], 0, message);
  gtk_window_destroy (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

/* Writing blocks the main thread (the history lives there); let the spinner reach the screen
 * first: the tick comes inside the frame, before it is painted in the same dispatch, and the
 * idle after it. Not a low priority: an animated frame clock would starve it. */
static gboolean
apply_tick (GtkWidget     *widget,
            GdkFrameClock *frame_clock,
            gpointer       user_data)
{
  HdImportWindow *self = HD_IMPORT_WINDOW (widget);

  self->apply_tick_id = 0;
  self->apply_idle_id = g_idle_add_full (G_PRIORITY_DEFAULT, apply_idle, self, NULL);
  return G_SOURCE_REMOVE;
}

static void
apply_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HdImportWindow *self = HD_IMPORT_WINDOW (widget);

  if (self->busy || self->import == NULL || hd_import_get_n_bad (HD_IMPORT (self->import)) > 0)
    return;
  set_busy (self, TRUE);
  self->apply_tick_id = gtk_widget_add_tick_callback (widget, apply_tick, NULL, NULL);
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* ---- object ---- */

static void
hd_import_window_dispose (GObject *object)
{
  HdImportWindow *self = HD_IMPORT_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->apply_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->apply_tick_id);
      self->apply_tick_id = 0;
    }
  g_clear_handle_id (&self->apply_idle_id, g_source_remove);
  /* GTK 4.8 leaves the window pointing at its child when the template takes the child away. */
  gtk_window_set_child (GTK_WINDOW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_IMPORT_WINDOW);
  g_clear_object (&self->shown_rows);
  g_clear_object (&self->bad_filter);
  g_clear_object (&self->import);
  g_clear_object (&self->file);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hd_import_window_parent_class)->dispose (object);
}

static void
hd_import_window_finalize (GObject *object)
{
  HdImportWindow *self = HD_IMPORT_WINDOW (object);

  g_free (self->error_message);
  /* The factories' handlers point at these: freed once nothing can bind a cell any more. */
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  /* Kept until here: a plan still running when the window closed finds it cancelled. */
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (hd_import_window_parent_class)->finalize (object);
}

static void
hd_import_window_class_init (HdImportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_import_window_dispose;
  object_class->finalize = hd_import_window_finalize;

  /* After the rows were written, with a sentence saying what was done; the window then closes. */
  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/import/hd-import-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HdImportWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HdImportWindow, import_button);
  gtk_widget_class_bind_template_child (widget_class, HdImportWindow, header_spinner);
  gtk_widget_class_bind_template_child (widget_class, HdImportWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, HdImportWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, HdImportWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, HdImportWindow, file_label);
  gtk_widget_class_bind_template_child (widget_class, HdImportWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HdImportWindow, ignored_label);
  gtk_widget_class_bind_template_child (widget_class, HdImportWindow, bad_banner);
  gtk_widget_class_bind_template_child (widget_class, HdImportWindow, bad_label);
  gtk_widget_class_bind_template_child (widget_class, HdImportWindow, bad_only_check);
  gtk_widget_class_bind_template_child (widget_class, HdImportWindow, column_view);
  gtk_widget_class_bind_template_callback (widget_class, bad_only_toggled_cb);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_activated);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_activated);
}

static void
hd_import_window_init (HdImportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->columns = g_ptr_array_new_with_free_func (g_free);
  self->cancellable = g_cancellable_new ();
}

HdImportWindow *
hd_import_window_new (GtkWindow          *parent,
                      HdContext          *context,
                      const HdImportKind *kind,
                      GFile              *file)
{
  HdImportWindow *self;
  HdStore *store;
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *loading = NULL;
  PlanData *data;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (HD_TYPE_IMPORT_WINDOW, "transient-for", parent, "title", _(kind->title), NULL);
  self->context = g_object_ref (context);
  self->kind = kind;
  self->file = g_object_ref (file);
  self->bad_filter = gtk_custom_filter_new (row_is_bad, (gpointer) kind, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(kind->rows_label), -1);
  add_columns (self);

  basename = g_file_get_basename (file);
  /* Translators: %s is the name of a spreadsheet file (a roster, a ledger). */
  loading = g_strdup_printf (_("Reading “%s”…"), basename);
  gtk_label_set_label (self->loading_label, loading);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  set_busy (self, TRUE);

  store = hd_context_get_store (context);
  data = g_new0 (PlanData, 1);
  data->kind = kind;
  data->today = *hd_context_get_today (context);
  data->db_path = g_strdup (hd_store_get_path (store));
  data->operator_name = g_strdup (hd_store_get_operator (store));
  data->file = g_object_ref (file);
  task = g_task_new (self, self->cancellable, plan_done, NULL);
  g_task_set_source_tag (task, hd_import_window_new);
  g_task_set_task_data (task, data, (GDestroyNotify) plan_data_free);
  g_task_run_in_thread (task, plan_thread);
  return self;
}

gboolean
hd_import_window_get_busy (HdImportWindow *self)
{
  g_return_val_if_fail (HD_IS_IMPORT_WINDOW (self), FALSE);
  return self->busy;
}

GObject *
hd_import_window_get_import (HdImportWindow *self)
{
  g_return_val_if_fail (HD_IS_IMPORT_WINDOW (self), NULL);
  return self->import;
}

const char *
hd_import_window_get_error (HdImportWindow *self)
{
  g_return_val_if_fail (HD_IS_IMPORT_WINDOW (self), NULL);
  return self->error_message;
}

GListModel *
hd_import_window_get_shown_rows (HdImportWindow *self)
{
  g_return_val_if_fail (HD_IS_IMPORT_WINDOW (self), NULL);
  return G_LIST_MODEL (self->shown_rows);
}

void
hd_import_window_set_bad_only (HdImportWindow *self,
                               gboolean        bad_only)
{
  g_return_if_fail (HD_IS_IMPORT_WINDOW (self));
  gtk_check_button_set_active (self->bad_only_check, bad_only);
}

const char *
hd_import_window_get_summary (HdImportWindow *self)
{
  g_return_val_if_fail (HD_IS_IMPORT_WINDOW (self), NULL);
  return gtk_label_get_label (self->summary_label);
}

GtkWidget *
hd_import_window_get_import_button (HdImportWindow *self)
{
  g_return_val_if_fail (HD_IS_IMPORT_WINDOW (self), NULL);
  return self->import_button;
}

const char *
hd_import_window_get_ignored_text (HdImportWindow *self)
{
  g_return_val_if_fail (HD_IS_IMPORT_WINDOW (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->ignored_label)))
    return NULL;
  return gtk_label_get_label (self->ignored_label);
}

GStrv
hd_import_window_dup_column_titles (HdImportWindow *self)
{
  GListModel *columns;
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();

  g_return_val_if_fail (HD_IS_IMPORT_WINDOW (self), NULL);

  columns = gtk_column_view_get_columns (self->column_view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      g_strv_builder_add (titles, gtk_column_view_column_get_title (column));
    }
  return g_strv_builder_end (titles);
}

char *
hd_import_window_dup_cell_text (HdImportWindow *self,
                                guint           position,
                                const char     *title)
{
  GListModel *columns;
  g_autoptr(GObject) row = NULL;

  g_return_val_if_fail (HD_IS_IMPORT_WINDOW (self), NULL);
  g_return_val_if_fail (self->shown_rows != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  row = g_list_model_get_item (G_LIST_MODEL (self->shown_rows), position);
  g_return_val_if_fail (row != NULL, NULL);
  columns = gtk_column_view_get_columns (self->column_view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return cell_text (g_ptr_array_index (self->columns, i), row);
    }
  g_return_val_if_reached (NULL);
}

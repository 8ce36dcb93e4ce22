/* hd-name-completion.c
 *
 * The list is a popover under the field that does not hide itself and takes no focus: the field
 * keeps the keyboard, and a key controller on it (capture phase, before the field or the form
 * sees the key) moves the choice and takes it.
 */
#include "common/hd-name-completion.h"

#define MAX_NAMES 8
#define SEPARATOR "、"

typedef struct {
  GtkEntry       *entry;
  GtkPopover     *popover;
  GtkListBox     *list;
  GStrv           names;
  gboolean        several;
  gboolean        taking;     /* the field is being set to a name taken: no new offer */
  HdNameLookup    lookup;
  gpointer        data;
  GDestroyNotify  destroy;
} Completion;

static Completion *
completion_of (GtkEntry *entry)
{
  return g_object_get_data (G_OBJECT (entry), "hd-name-completion");
}

static void
completion_free (gpointer data)
{
  Completion *completion = data;

  if (completion->destroy != NULL)
    completion->destroy (completion->data);
  g_strfreev (completion->names);
  g_free (completion);
}

/* Where the name being typed starts in @text: after the last separator of a field of several. */
static const char *
fragment_start (Completion *completion,
                const char *text)
{
  const char *last = completion->several ? g_strrstr (text, SEPARATOR) : NULL;

  return last != NULL ? last + strlen (SEPARATOR) : text;
}

static void
close_list (Completion *completion)
{
  GtkWidget *row;

  if (gtk_widget_get_visible (GTK_WIDGET (completion->popover)))
    gtk_popover_popdown (completion->popover);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (completion->entry), GTK_ACCESSIBLE_RELATION_ACTIVE_DESCENDANT);
  while ((row = gtk_widget_get_first_child (GTK_WIDGET (completion->list))) != NULL)
    gtk_list_box_remove (completion->list, row);
  g_clear_pointer (&completion->names, g_strfreev);
}

/* Selects the @index-th name, and tells assistive technologies which one Enter would take. */
static void
choose (Completion *completion,
        int         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (completion->list, index);

  gtk_list_box_select_row (completion->list, row);
  if (row != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (completion->entry), GTK_ACCESSIBLE_RELATION_ACTIVE_DESCENDANT,
                                    row, NULL, -1);
  else
    gtk_accessible_reset_relation (GTK_ACCESSIBLE (completion->entry), GTK_ACCESSIBLE_RELATION_ACTIVE_DESCENDANT);
}

static void
take (Completion *completion,
      guint       index)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (completion->entry));
  g_autofree char *before = NULL;
  g_autofree char *taken = NULL;

  if (completion->names == NULL || index >= g_strv_length (completion->names))
    return;
  before = g_strndup (text, (gsize) (fragment_start (completion, text) - text));
  taken = g_strconcat (before, completion->names[index], NULL);
  completion->taking = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (completion->entry), taken);
  gtk_editable_set_position (GTK_EDITABLE (completion->entry), -1);
  completion->taking = FALSE;
  close_list (completion);
}

static void
changed_cb (GtkEditable *editable,
            Completion  *completion)
{
  g_autofree char *fragment = NULL;

  if (completion->taking)
    return;
  close_list (completion);
  fragment = g_strstrip (g_strdup (fragment_start (completion, gtk_editable_get_text (editable))));
  if (*fragment == '\0')
    return;
  completion->names = completion->lookup (fragment, MAX_NAMES, completion->data);
  if (completion->names == NULL || completion->names[0] == NULL
      /* What is typed is a name offered, and the only one: nothing to complete. */
      || (completion->names[1] == NULL && g_str_equal (completion->names[0], fragment)))
    {
      g_clear_pointer (&completion->names, g_strfreev);
      return;
    }
  for (guint i = 0; completion->names[i] != NULL; i++)
    {
      GtkWidget *label = gtk_label_new (completion->names[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_append (completion->list, label);
      /* A click takes the name; the field keeps the focus. */
      gtk_widget_set_focusable (gtk_widget_get_parent (label), FALSE);
    }
  choose (completion, 0);
  if (gtk_widget_get_mapped (GTK_WIDGET (completion->entry)))
    {
      /* As wide as the field, as a drop-down's list is. */
      gtk_widget_set_size_request (gtk_popover_get_child (completion->popover),
                                   gtk_widget_get_width (GTK_WIDGET (completion->entry)), -1);
      gtk_popover_popup (completion->popover);
    }
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  Completion    *completion)
{
  take (completion, (guint) gtk_list_box_row_get_index (row));
  gtk_widget_grab_focus (GTK_WIDGET (completion->entry));
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                Completion            *completion)
{
  GtkListBoxRow *row;
  int index, n;

  if (completion->names == NULL || !gtk_widget_get_visible (GTK_WIDGET (completion->popover)))
    return FALSE;
  row = gtk_list_box_get_selected_row (completion->list);
  index = row != NULL ? gtk_list_box_row_get_index (row) : -1;
  n = (int) g_strv_length (completion->names);
  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      index = (index + 1) % n;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      index = (index + n - 1) % n;
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_Tab:
      if (index < 0)
        return FALSE;
      take (completion, (guint) index);
      return TRUE;
    case GDK_KEY_ISO_Left_Tab:
      close_list (completion);
      return FALSE;   /* and the focus goes back */
    case GDK_KEY_Escape:
      close_list (completion);
      return TRUE;
    default:
      return FALSE;
    }
  choose (completion, index);
  return TRUE;
}

/* The focus went elsewhere (a click into another field): the list would hang over it. A click on
 * the list itself leaves the focus in the field. */
static void
focus_leave_cb (GtkEventControllerFocus *controller,
                Completion              *completion)
{
  close_list (completion);
}

static void
entry_unmap_cb (GtkWidget  *entry,
                Completion *completion)
{
  close_list (completion);
}

static void
entry_destroy_cb (GtkWidget  *entry,
                  Completion *completion)
{
  gtk_widget_unparent (GTK_WIDGET (completion->popover));
}

void
hd_name_completion_attach (GtkEntry       *entry,
                           gboolean        several,
                           HdNameLookup    lookup,
                           gpointer        data,
                           GDestroyNotify  destroy)
{
  Completion *completion;
  GtkEventController *keys, *focus;
  GtkWidget *scrolled;

  g_return_if_fail (GTK_IS_ENTRY (entry));
  g_return_if_fail (lookup != NULL);

  completion = g_new0 (Completion, 1);
  completion->entry = entry;
  completion->several = several;
  completion->lookup = lookup;
  completion->data = data;
  completion->destroy = destroy;
  completion->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_activate_on_single_click (completion->list, TRUE);
  gtk_widget_set_can_focus (GTK_WIDGET (completion->list), FALSE);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (completion->list));
  completion->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_autohide (completion->popover, FALSE);
  gtk_popover_set_has_arrow (completion->popover, FALSE);
  gtk_popover_set_position (completion->popover, GTK_POS_BOTTOM);
  gtk_widget_set_halign (GTK_WIDGET (completion->popover), GTK_ALIGN_START);
  gtk_popover_set_child (completion->popover, scrolled);
  gtk_widget_set_parent (GTK_WIDGET (completion->popover), GTK_WIDGET (entry));
  g_object_set_data_full (G_OBJECT (entry), "hd-name-completion", completion, completion_free);

  g_signal_connect (entry, "changed", G_CALLBACK (changed_cb), completion);
  g_signal_connect (entry, "unmap", G_CALLBACK (entry_unmap_cb), completion);
  g_signal_connect (entry, "destroy", G_CALLBACK (entry_destroy_cb), completion);
  g_signal_connect (completion->list, "row-activated", G_CALLBACK (row_activated_cb), completion);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), completion);
  gtk_widget_add_controller (GTK_WIDGET (entry), focus);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_AUTOCOMPLETE,
                                  GTK_ACCESSIBLE_AUTOCOMPLETE_LIST, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_CONTROLS, completion->list, NULL, -1);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), completion);
  gtk_widget_add_controller (GTK_WIDGET (entry), keys);
}

guint
hd_name_completion_get_n_names (GtkEntry *entry)
{
  Completion *completion = completion_of (entry);

  return completion != NULL && completion->names != NULL ? g_strv_length (completion->names) : 0;
}

const char *
hd_name_completion_get_name (GtkEntry *entry,
                             guint     index)
{
  g_return_val_if_fail (index < hd_name_completion_get_n_names (entry), NULL);
  return completion_of (entry)->names[index];
}

void
hd_name_completion_take (GtkEntry *entry,
                         guint     index)
{
  g_return_if_fail (index < hd_name_completion_get_n_names (entry));
  take (completion_of (entry), index);
}

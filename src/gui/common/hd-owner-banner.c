/* hd-owner-banner.c */
#include <glib/gi18n-lib.h>

#include "common/hd-owner-banner.h"
#include "exchange/hd-exchange-owner.h"

struct _HdOwnerBanner
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkLabel  *label;
  gboolean   foreign;
};

G_DEFINE_FINAL_TYPE (HdOwnerBanner, hd_owner_banner, GTK_TYPE_WIDGET)

static void
hd_owner_banner_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HD_TYPE_OWNER_BANNER);

  G_OBJECT_CLASS (hd_owner_banner_parent_class)->dispose (object);
}

static void
hd_owner_banner_class_init (HdOwnerBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_owner_banner_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/common/hd-owner-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, HdOwnerBanner, box);
  gtk_widget_class_bind_template_child (widget_class, HdOwnerBanner, label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
hd_owner_banner_init (HdOwnerBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
hd_owner_banner_new (void)
{
  return g_object_new (HD_TYPE_OWNER_BANNER, NULL);
}

char *
hd_owner_banner_format (const char *office_name)
{
  /* Translators: above an editor showing a record another office keeps (a lower office's
   * township, the upper office's notice); %s is that office's name. */
  return g_strdup_printf (_("Kept by the office of “%s”: changes come with its packages."), office_name);
}

/* Shows @office (NULL: ours) and says whether the record may be edited. A store error while
 * asking is logged and leaves the record editable: the record itself was just read. */
static gboolean
show_owner (HdOwnerBanner *self,
            HdOffice      *office,
            GError        *error)
{
  g_autofree char *text = NULL;

  if (error != NULL)
    g_warning ("Could not read which office keeps a record: %s", error->message);
  if (office == NULL)
    {
      hd_owner_banner_clear (self);
      return TRUE;
    }
  text = hd_owner_banner_format (office->name);
  gtk_label_set_label (self->label, text);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  self->foreign = TRUE;
  return FALSE;
}

gboolean
hd_owner_banner_show_row (HdOwnerBanner *self,
                          HdStore       *store,
                          const char    *table,
                          gint64         id)
{
  g_autoptr(HdOffice) office = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HD_IS_OWNER_BANNER (self), TRUE);
  g_return_val_if_fail (table != NULL, TRUE);

  if (store != NULL && id != 0)
    office = hd_exchange_owner_of_row (store, table, id, &error);
  return show_owner (self, office, error);
}

gboolean
hd_owner_banner_show_unit (HdOwnerBanner *self,
                           HdStore       *store,
                           gint64         unit_id)
{
  g_autoptr(HdOffice) office = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HD_IS_OWNER_BANNER (self), TRUE);

  if (store != NULL && unit_id != 0)
    office = hd_exchange_owner_of_unit (store, unit_id, &error);
  return show_owner (self, office, error);
}

void
hd_owner_banner_clear (HdOwnerBanner *self)
{
  g_return_if_fail (HD_IS_OWNER_BANNER (self));

  gtk_label_set_label (self->label, "");
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  self->foreign = FALSE;
}

gboolean
hd_owner_banner_get_foreign (HdOwnerBanner *self)
{
  g_return_val_if_fail (HD_IS_OWNER_BANNER (self), FALSE);
  return self->foreign;
}

const char *
hd_owner_banner_get_text (HdOwnerBanner *self)
{
  g_return_val_if_fail (HD_IS_OWNER_BANNER (self), NULL);
  return self->foreign ? gtk_label_get_label (self->label) : NULL;
}

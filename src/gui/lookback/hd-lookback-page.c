/* hd-lookback-page.c */
#include "common/hd-template.h"
#include "lookback/hd-lookback-page.h"

struct _HdLookbackPage
{
  GtkWidget             parent_instance;

  GtkStack             *stack;
  HdRoundsView         *rounds_view;
  HdReviewView         *review_view;
  HdNoticesView        *notices_view;
  HdAccountabilityView *accountability_view;
};

G_DEFINE_FINAL_TYPE (HdLookbackPage, hd_lookback_page, GTK_TYPE_WIDGET)

/* The six-point review is of the round chosen among the rounds. */
static void
round_changed_cb (HdLookbackPage *self)
{
  hd_review_view_set_round (self->review_view, hd_rounds_view_get_round (self->rounds_view));
}

static void
view_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  hd_lookback_page_show_view (HD_LOOKBACK_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
hd_lookback_page_dispose (GObject *object)
{
  hd_template_dispose (GTK_WIDGET (object), HD_TYPE_LOOKBACK_PAGE);
  G_OBJECT_CLASS (hd_lookback_page_parent_class)->dispose (object);
}

static void
hd_lookback_page_class_init (HdLookbackPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char *const views[] = { "rounds", "review", "notices", "accountability" };

  G_OBJECT_CLASS (klass)->dispose = hd_lookback_page_dispose;
  g_type_ensure (HD_TYPE_ROUNDS_VIEW);
  g_type_ensure (HD_TYPE_REVIEW_VIEW);
  g_type_ensure (HD_TYPE_NOTICES_VIEW);
  g_type_ensure (HD_TYPE_ACCOUNTABILITY_VIEW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/lookback/hd-lookback-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HdLookbackPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HdLookbackPage, rounds_view);
  gtk_widget_class_bind_template_child (widget_class, HdLookbackPage, review_view);
  gtk_widget_class_bind_template_child (widget_class, HdLookbackPage, notices_view);
  gtk_widget_class_bind_template_child (widget_class, HdLookbackPage, accountability_view);
  gtk_widget_class_bind_template_callback (widget_class, round_changed_cb);

  gtk_widget_class_install_action (widget_class, "lookback.view", "s", view_activated);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK, "lookback.view", "s", views[i]);
}

static void
hd_lookback_page_init (HdLookbackPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
hd_lookback_page_set_context (HdLookbackPage *self,
                              HdContext      *context)
{
  g_return_if_fail (HD_IS_LOOKBACK_PAGE (self));

  hd_review_view_set_context (self->review_view, context);
  hd_rounds_view_set_context (self->rounds_view, context);
  hd_notices_view_set_context (self->notices_view, context);
  hd_accountability_view_set_context (self->accountability_view, context);
  round_changed_cb (self);
}

void
hd_lookback_page_show_view (HdLookbackPage *self,
                            const char     *name)
{
  g_return_if_fail (HD_IS_LOOKBACK_PAGE (self));

  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_widget_child_focus (gtk_stack_get_visible_child (self->stack), GTK_DIR_TAB_FORWARD);
}

const char *
hd_lookback_page_get_view (HdLookbackPage *self)
{
  g_return_val_if_fail (HD_IS_LOOKBACK_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

HdRoundsView *
hd_lookback_page_get_rounds (HdLookbackPage *self)
{
  g_return_val_if_fail (HD_IS_LOOKBACK_PAGE (self), NULL);
  return self->rounds_view;
}

HdReviewView *
hd_lookback_page_get_review (HdLookbackPage *self)
{
  g_return_val_if_fail (HD_IS_LOOKBACK_PAGE (self), NULL);
  return self->review_view;
}

HdNoticesView *
hd_lookback_page_get_notices (HdLookbackPage *self)
{
  g_return_val_if_fail (HD_IS_LOOKBACK_PAGE (self), NULL);
  return self->notices_view;
}

HdAccountabilityView *
hd_lookback_page_get_accountability (HdLookbackPage *self)
{
  g_return_val_if_fail (HD_IS_LOOKBACK_PAGE (self), NULL);
  return self->accountability_view;
}

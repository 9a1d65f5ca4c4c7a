/* bs-carried-over-bar.c: "N notes from last cycle to confirm" with Confirm All, over a dimension's cards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-a11y.h"
#include "bs-carried-over-bar.h"

struct _BsCarriedOverBar
{
  GtkWidget     parent_instance;

  BsAssessment *assessment;
  gulong        changed_id;
  GtkWidget    *box;
  GtkWidget    *label;
  GtkWidget    *button;
};

G_DEFINE_FINAL_TYPE (BsCarriedOverBar, bs_carried_over_bar, GTK_TYPE_WIDGET)

/* Counts the whole assessment's, not the page's: Confirm All confirms them all. */
static void
update (BsCarriedOverBar *self)
{
  guint n = self->assessment != NULL ? bs_assessment_count_carried_over (self->assessment) : 0;
  g_autofree char *text = NULL;

  g_assert (BS_IS_CARRIED_OVER_BAR (self));

  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
  if (n == 0)
    return;

  /* Translators: %u statements' notes or evidence were copied from the previous assessment */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note from last cycle to confirm",
                                       "%u notes from last cycle to confirm", n), n);
  gtk_label_set_label (GTK_LABEL (self->label), text);
}

static void
bs_carried_over_bar_dispose (GObject *object)
{
  BsCarriedOverBar *self = (BsCarriedOverBar *) object;

  if (self->assessment != NULL)
    g_clear_signal_handler (&self->changed_id, self->assessment);
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (bs_carried_over_bar_parent_class)->dispose (object);
}

static void
bs_carried_over_bar_class_init (BsCarriedOverBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_carried_over_bar_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "carried-over-bar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
bs_carried_over_bar_init (BsCarriedOverBar *self)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("document-open-recent-symbolic");

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (self->box, "card");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_set_margin_start (icon, 12);

  self->label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_widget_set_margin_top (self->label, 12);
  gtk_widget_set_margin_bottom (self->label, 12);

  /* Translators: keeps every note and evidence copied from the previous cycle as it is */
  self->button = gtk_button_new_with_mnemonic (_("Confirm _All"));
  gtk_widget_set_valign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_end (self->button, 12);
  gtk_widget_set_tooltip_text (self->button, _("Keep every note and evidence from last cycle as it is"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button), "win.confirm-all-carried-over");

  gtk_box_append (GTK_BOX (self->box), icon);
  gtk_box_append (GTK_BOX (self->box), self->label);
  gtk_box_append (GTK_BOX (self->box), self->button);
  /* read once, by its mnemonic label */
  bs_a11y_repair_names (self->button);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->label, NULL, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->label, NULL, -1);

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
bs_carried_over_bar_new (void)
{
  return g_object_new (BS_TYPE_CARRIED_OVER_BAR, NULL);
}

/**
 * bs_carried_over_bar_set_assessment:
 * @assessment: (nullable): whose marks it counts
 */
void
bs_carried_over_bar_set_assessment (BsCarriedOverBar *self,
                                    BsAssessment     *assessment)
{
  g_return_if_fail (BS_IS_CARRIED_OVER_BAR (self));
  g_return_if_fail (assessment == NULL || BS_IS_ASSESSMENT (assessment));

  if (self->assessment == assessment)
    return;

  if (self->assessment != NULL)
    g_clear_signal_handler (&self->changed_id, self->assessment);
  g_set_object (&self->assessment, assessment);
  if (assessment != NULL)
    self->changed_id = g_signal_connect_swapped (assessment, "changed", G_CALLBACK (update), self);
  update (self);
}

/**
 * bs_carried_over_bar_get_text:
 *
 * Returns: what it says (while it shows)
 */
const char *
bs_carried_over_bar_get_text (BsCarriedOverBar *self)
{
  g_return_val_if_fail (BS_IS_CARRIED_OVER_BAR (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->label));
}

/**
 * bs_carried_over_bar_get_button:
 *
 * Returns: (transfer none): its Confirm All button
 */
GtkWidget *
bs_carried_over_bar_get_button (BsCarriedOverBar *self)
{
  g_return_val_if_fail (BS_IS_CARRIED_OVER_BAR (self), NULL);

  return self->button;
}

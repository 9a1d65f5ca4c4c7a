/* bs-carried-over-tag.c: "From last cycle" over a card's note and evidence, with a button that confirms them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-a11y.h"
#include "bs-carried-over-tag.h"

struct _BsCarriedOverTag
{
  GtkWidget  parent_instance;

  BsAnswer  *answer;
  GtkWidget *box;
  GtkWidget *label;
  GtkWidget *button;
};

G_DEFINE_FINAL_TYPE (BsCarriedOverTag, bs_carried_over_tag, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ANSWER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Shown while the answer's note or evidence is marked; the text says which,
 * so a screen reader reading the tag says it too. */
static void
update (BsCarriedOverTag *self)
{
  gboolean note = bs_answer_get_note_carried_over (self->answer);
  gboolean evidence = bs_answer_get_evidence_carried_over (self->answer);
  const char *text;
  const char *confirm;

  g_assert (BS_IS_CARRIED_OVER_TAG (self));

  if (note && evidence)
    {
      /* Translators: a tag over a note and evidence copied from the previous assessment */
      text = _("Note and evidence from last cycle");
      confirm = _("Confirm note and evidence from last cycle");
    }
  else if (note)
    {
      /* Translators: a tag over a note copied from the previous assessment */
      text = _("Note from last cycle");
      confirm = _("Confirm note from last cycle");
    }
  else
    {
      /* Translators: a tag over evidence copied from the previous assessment */
      text = _("Evidence from last cycle");
      confirm = _("Confirm evidence from last cycle");
    }

  gtk_label_set_label (GTK_LABEL (self->label), text);
  /* Named by its mnemonic label, "Confirm"; the tag around it, a group,
   * is named by its text, and the card describes the button by its
   * statement. */
  gtk_widget_set_tooltip_text (self->button, confirm);
  gtk_widget_set_visible (GTK_WIDGET (self), note || evidence);
}

static void
bs_carried_over_tag_dispose (GObject *object)
{
  BsCarriedOverTag *self = (BsCarriedOverTag *) object;

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (bs_carried_over_tag_parent_class)->dispose (object);
}

static void
bs_carried_over_tag_finalize (GObject *object)
{
  BsCarriedOverTag *self = (BsCarriedOverTag *) object;

  g_clear_object (&self->answer);

  G_OBJECT_CLASS (bs_carried_over_tag_parent_class)->finalize (object);
}

static void
bs_carried_over_tag_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BsCarriedOverTag *self = BS_CARRIED_OVER_TAG (object);

  switch (prop_id)
    {
    case PROP_ANSWER:
      g_value_set_object (value, self->answer);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_carried_over_tag_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BsCarriedOverTag *self = BS_CARRIED_OVER_TAG (object);

  switch (prop_id)
    {
    case PROP_ANSWER:
      self->answer = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_carried_over_tag_constructed (GObject *object)
{
  BsCarriedOverTag *self = (BsCarriedOverTag *) object;

  G_OBJECT_CLASS (bs_carried_over_tag_parent_class)->constructed (object);

  g_assert (BS_IS_ANSWER (self->answer));

  g_signal_connect_object (self->answer, "notify::note-carried-over", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->answer, "notify::evidence-carried-over", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

static void
bs_carried_over_tag_class_init (BsCarriedOverTagClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_carried_over_tag_dispose;
  object_class->finalize = bs_carried_over_tag_finalize;
  object_class->get_property = bs_carried_over_tag_get_property;
  object_class->set_property = bs_carried_over_tag_set_property;
  object_class->constructed = bs_carried_over_tag_constructed;

  properties [PROP_ANSWER] =
    g_param_spec_object ("answer", NULL, NULL, BS_TYPE_ANSWER,
                         G_PARAM_CONSTRUCT_ONLY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "carried-over-tag");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
bs_carried_over_tag_init (BsCarriedOverTag *self)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("document-open-recent-symbolic");
  GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  /* The text says it; the icon is only a picture of it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);

  self->label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  /* one line where there is room, wrapped in a narrow window */
  gtk_label_set_max_width_chars (GTK_LABEL (self->label), 50);
  gtk_widget_set_halign (text_box, GTK_ALIGN_START);
  gtk_widget_set_valign (text_box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (text_box, "tag");

  gtk_box_append (GTK_BOX (text_box), icon);
  gtk_box_append (GTK_BOX (text_box), self->label);

  /* Translators: keeps a note or evidence copied from the previous cycle as it is */
  self->button = gtk_button_new_with_mnemonic (_("C_onfirm"));
  gtk_widget_set_valign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->button, "flat");

  gtk_box_append (GTK_BOX (self->box), text_box);
  gtk_box_append (GTK_BOX (self->box), self->button);
  /* read once, by its mnemonic label */
  bs_a11y_repair_names (self->button);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->label, NULL, -1);
}

/**
 * bs_carried_over_tag_new:
 * @answer: the answer whose marks it shows
 * @confirm_action: the action its Confirm button activates
 *
 * Returns: (transfer floating): a new tag, visible while @answer's note or
 *   evidence is marked as carried over
 */
GtkWidget *
bs_carried_over_tag_new (BsAnswer   *answer,
                         const char *confirm_action)
{
  BsCarriedOverTag *self;

  g_return_val_if_fail (BS_IS_ANSWER (answer), NULL);
  g_return_val_if_fail (confirm_action != NULL, NULL);

  self = g_object_new (BS_TYPE_CARRIED_OVER_TAG, "answer", answer, NULL);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button), confirm_action);

  return GTK_WIDGET (self);
}

/**
 * bs_carried_over_tag_get_answer:
 *
 * Returns: (transfer none): the answer it shows
 */
BsAnswer *
bs_carried_over_tag_get_answer (BsCarriedOverTag *self)
{
  g_return_val_if_fail (BS_IS_CARRIED_OVER_TAG (self), NULL);

  return self->answer;
}

/**
 * bs_carried_over_tag_get_text:
 *
 * Returns: what the tag says
 */
const char *
bs_carried_over_tag_get_text (BsCarriedOverTag *self)
{
  g_return_val_if_fail (BS_IS_CARRIED_OVER_TAG (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->label));
}

/**
 * bs_carried_over_tag_get_button:
 *
 * Returns: (transfer none): its Confirm button
 */
GtkWidget *
bs_carried_over_tag_get_button (BsCarriedOverTag *self)
{
  g_return_val_if_fail (BS_IS_CARRIED_OVER_TAG (self), NULL);

  return self->button;
}

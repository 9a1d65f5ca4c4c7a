/* bs-dimension-page.c: a dimension with its statements as cards and the team's notes on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-a11y.h"
#include "bs-binding.h"
#include "bs-carried-over-bar.h"
#include "bs-dimension-page.h"
#include "bs-display.h"
#include "bs-text-field.h"

struct _BsDimensionPage
{
  GtkWidget          parent_instance;

  BsAssessment      *assessment;
  BsDimension       *dimension;

  GtkScrolledWindow *scrolled;
  GtkLabel          *level_label;
  GtkLabel          *title_label;
  GtkLabel          *description_label;
  GtkBox            *cards_box;
  GtkTextView       *summary_view;
  GtkTextView       *strengths_view;
  GtkTextView       *improvements_view;
  GtkDropDown       *target_dropdown;
  /* to the shown dimension's notes; a reference of our own, so that it
   * can be unbound whether or not the notes are still there */
  GBinding          *target_binding;
  /* "N notes from last cycle to confirm", while there are */
  GtkWidget         *carried_over_bar;
};

G_DEFINE_FINAL_TYPE (BsDimensionPage, bs_dimension_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_DIMENSION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* A fresh buffer drops the binding to the previous dimension's notes. */
static void
bind_view (GtkTextView *view,
           gpointer     object,
           const char  *property)
{
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);

  g_assert (GTK_IS_TEXT_VIEW (view));
  g_assert (G_IS_OBJECT (object));

  gtk_text_view_set_buffer (view, buffer);
  bs_binding_text_buffer (buffer, object, property);
}

static void
unbind_target (BsDimensionPage *self)
{
  if (self->target_binding == NULL)
    return;
  g_binding_unbind (self->target_binding);
  g_clear_object (&self->target_binding);
}

/* The dimension's own target: "none" (0) lets the mean of its statements'
 * targets count (bs_score_dimension_target), then the stages 1…n, so
 * that the selected position is the target itself. */
static void
bind_target (BsDimensionPage  *self,
             BsFramework      *framework,
             BsDimensionNotes *notes)
{
  g_autoptr(GtkStringList) stages = gtk_string_list_new (NULL);
  const char *lang = bs_default_language ();

  unbind_target (self);
  gtk_string_list_append (stages, _("From the statements’ targets"));
  for (guint value = 1; value <= bs_framework_get_n_stages (framework); value++)
    {
      BsStage *stage = bs_framework_get_stage (framework, value);
      g_autofree char *label = bs_display_stage_label (value, bs_stage_get_name_text (stage, lang));

      gtk_string_list_append (stages, label);
    }
  gtk_drop_down_set_model (self->target_dropdown, G_LIST_MODEL (stages));
  self->target_binding = g_object_ref (g_object_bind_property (notes, "target",
                                                               self->target_dropdown, "selected",
                                                               G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL));
}

static void
bs_dimension_page_dispose (GObject *object)
{
  BsDimensionPage *self = (BsDimensionPage *) object;

  unbind_target (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_DIMENSION_PAGE);

  g_clear_object (&self->dimension);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (bs_dimension_page_parent_class)->dispose (object);
}

static void
bs_dimension_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BsDimensionPage *self = BS_DIMENSION_PAGE (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;

    case PROP_DIMENSION:
      g_value_set_object (value, self->dimension);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_dimension_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BsDimensionPage *self = BS_DIMENSION_PAGE (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      /* the dimension that follows decides what is shown */
      if (g_set_object (&self->assessment, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_DIMENSION:
      if (g_value_get_object (value) != NULL)
        bs_dimension_page_set_dimension (self, self->assessment, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_dimension_page_class_init (BsDimensionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_dimension_page_dispose;
  object_class->get_property = bs_dimension_page_get_property;
  object_class->set_property = bs_dimension_page_set_property;

  /* The page lives as long as the window, so both can change: a window
   * opens another file, the user goes to another dimension. */
  properties [PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, BS_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_DIMENSION] =
    g_param_spec_object ("dimension", NULL, NULL, BS_TYPE_DIMENSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BS_TYPE_TEXT_FIELD);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-dimension-page.ui");
  /* bound, so that disposing the template unparents it */
  gtk_widget_class_bind_template_child (widget_class, BsDimensionPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, BsDimensionPage, level_label);
  gtk_widget_class_bind_template_child (widget_class, BsDimensionPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BsDimensionPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, BsDimensionPage, cards_box);
  gtk_widget_class_bind_template_child (widget_class, BsDimensionPage, summary_view);
  gtk_widget_class_bind_template_child (widget_class, BsDimensionPage, strengths_view);
  gtk_widget_class_bind_template_child (widget_class, BsDimensionPage, improvements_view);
  gtk_widget_class_bind_template_child (widget_class, BsDimensionPage, target_dropdown);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* Above the cards it is about; the template's box owns it. */
static void
setup_carried_over_bar (BsDimensionPage *self)
{
  g_assert (BS_IS_DIMENSION_PAGE (self));

  self->carried_over_bar = bs_carried_over_bar_new ();
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->description_label))),
                              self->carried_over_bar, GTK_WIDGET (self->description_label));
}

static void
bs_dimension_page_init (BsDimensionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bs_a11y_label_drop_down_toggle (GTK_WIDGET (self->target_dropdown), _("Dimension Target"));
  setup_carried_over_bar (self);
}

/**
 * bs_dimension_page_set_dimension:
 *
 * Shows @dimension of @assessment, replacing what was shown.
 */
void
bs_dimension_page_set_dimension (BsDimensionPage *self,
                                 BsAssessment    *assessment,
                                 BsDimension     *dimension)
{
  BsFramework *framework;
  const char *lang = bs_default_language ();
  const char *level_id;
  GListModel *statements;
  BsDimensionNotes *notes;
  GtkWidget *child;
  BsLevel *level;

  g_return_if_fail (BS_IS_DIMENSION_PAGE (self));
  g_return_if_fail (BS_IS_ASSESSMENT (assessment));
  g_return_if_fail (BS_IS_DIMENSION (dimension));

  g_object_freeze_notify (G_OBJECT (self));
  if (g_set_object (&self->assessment, assessment))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ASSESSMENT]);
  if (g_set_object (&self->dimension, dimension))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIMENSION]);

  framework = bs_assessment_get_framework (assessment);
  level_id = bs_dimension_get_level_id (dimension);
  level = bs_framework_lookup_level (framework, level_id);

  gtk_label_set_label (self->level_label, bs_level_get_title_text (level, lang));
  gtk_label_set_label (self->title_label, bs_dimension_get_title_text (dimension, lang));
  gtk_label_set_label (self->description_label, bs_dimension_get_description_text (dimension, lang));

  bs_carried_over_bar_set_assessment (BS_CARRIED_OVER_BAR (self->carried_over_bar), assessment);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box))) != NULL)
    gtk_box_remove (self->cards_box, child);

  statements = bs_dimension_get_statements (dimension);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(BsStatement) statement = g_list_model_get_item (statements, i);

      gtk_box_append (self->cards_box, bs_statement_card_new (assessment, statement));
    }

  notes = bs_assessment_get_dimension_notes (assessment, level_id, bs_dimension_get_id (dimension));
  bind_view (self->summary_view, notes, "summary");
  bind_view (self->strengths_view, notes, "strengths");
  bind_view (self->improvements_view, notes, "improvements");
  bind_target (self, framework, notes);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
  g_object_thaw_notify (G_OBJECT (self));
}

BsDimension *
bs_dimension_page_get_dimension (BsDimensionPage *self)
{
  g_return_val_if_fail (BS_IS_DIMENSION_PAGE (self), NULL);

  return self->dimension;
}

/**
 * bs_dimension_page_get_card:
 *
 * Returns: (transfer none) (nullable): the card of @statement_id, when
 *   this page shows it
 */
BsStatementCard *
bs_dimension_page_get_card (BsDimensionPage *self,
                            const char      *statement_id)
{
  g_return_val_if_fail (BS_IS_DIMENSION_PAGE (self), NULL);
  g_return_val_if_fail (statement_id != NULL, NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      BsStatement *statement = bs_statement_card_get_statement (BS_STATEMENT_CARD (child));

      if (g_strcmp0 (bs_statement_get_id (statement), statement_id) == 0)
        return BS_STATEMENT_CARD (child);
    }

  return NULL;
}

/**
 * bs_dimension_page_get_nth_card:
 *
 * Returns: (transfer none) (nullable): the @n-th card
 */
BsStatementCard *
bs_dimension_page_get_nth_card (BsDimensionPage *self,
                                guint            n)
{
  GtkWidget *child;

  g_return_val_if_fail (BS_IS_DIMENSION_PAGE (self), NULL);

  child = gtk_widget_get_first_child (GTK_WIDGET (self->cards_box));
  for (guint i = 0; child != NULL && i < n; i++)
    child = gtk_widget_get_next_sibling (child);

  return child != NULL ? BS_STATEMENT_CARD (child) : NULL;
}

/**
 * bs_dimension_page_get_text_view:
 * @property: "summary", "strengths" or "improvements"
 *
 * Returns: (transfer none): the field of the dimension's @property
 */
GtkTextView *
bs_dimension_page_get_text_view (BsDimensionPage *self,
                                 const char      *property)
{
  g_return_val_if_fail (BS_IS_DIMENSION_PAGE (self), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  if (g_str_equal (property, "summary"))
    return self->summary_view;
  if (g_str_equal (property, "strengths"))
    return self->strengths_view;
  if (g_str_equal (property, "improvements"))
    return self->improvements_view;

  g_return_val_if_reached (NULL);
}

/**
 * bs_dimension_page_get_target_dropdown:
 *
 * Returns: (transfer none): the dimension's own target: position 0 for
 *   none, else the stage
 */
GtkDropDown *
bs_dimension_page_get_target_dropdown (BsDimensionPage *self)
{
  g_return_val_if_fail (BS_IS_DIMENSION_PAGE (self), NULL);

  return self->target_dropdown;
}

/**
 * bs_dimension_page_get_carried_over_bar:
 *
 * Returns: (transfer none): the BsCarriedOverBar above the cards
 */
GtkWidget *
bs_dimension_page_get_carried_over_bar (BsDimensionPage *self)
{
  g_return_val_if_fail (BS_IS_DIMENSION_PAGE (self), NULL);

  return self->carried_over_bar;
}

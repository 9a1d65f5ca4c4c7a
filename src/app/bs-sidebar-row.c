/* bs-sidebar-row.c: a level or dimension in the sidebar, with its progress and score
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include "bs-display.h"
#include "bs-sidebar-row.h"

struct _BsSidebarRow
{
  GtkListBoxRow     parent_instance;

  BsSidebarRowKind  kind;
  BsLevel          *level;
  BsDimension      *dimension;

  GtkImage         *icon;
  GtkLabel         *title_label;
  GtkLabel         *progress_label;
  GtkLabel         *score_label;
};

G_DEFINE_FINAL_TYPE (BsSidebarRow, bs_sidebar_row, GTK_TYPE_LIST_BOX_ROW)

static void
bs_sidebar_row_dispose (GObject *object)
{
  BsSidebarRow *self = (BsSidebarRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_SIDEBAR_ROW);

  g_clear_object (&self->level);
  g_clear_object (&self->dimension);

  G_OBJECT_CLASS (bs_sidebar_row_parent_class)->dispose (object);
}

static void
bs_sidebar_row_class_init (BsSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_sidebar_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-sidebar-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BsSidebarRow, icon);
  gtk_widget_class_bind_template_child (widget_class, BsSidebarRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, BsSidebarRow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, BsSidebarRow, score_label);
}

static void
bs_sidebar_row_init (BsSidebarRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* A screen reader reads a row's name only, not the labels inside it:
 * the name carries the numbers too. */
static void
set_accessible_name (BsSidebarRow *self,
                     const char   *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/**
 * bs_sidebar_row_new_level:
 *
 * Returns: (transfer floating): a heading row for @level, with its score
 */
GtkWidget *
bs_sidebar_row_new_level (BsLevel *level)
{
  BsSidebarRow *self = g_object_new (BS_TYPE_SIDEBAR_ROW,
                                     "activatable", FALSE,
                                     "selectable", FALSE,
                                     NULL);

  self->kind = BS_SIDEBAR_ROW_LEVEL;
  self->level = g_object_ref (level);
  gtk_label_set_label (self->title_label, bs_level_get_title_text (level, bs_default_language ()));
  set_accessible_name (self, bs_level_get_title_text (level, bs_default_language ()));
  gtk_widget_add_css_class (GTK_WIDGET (self), "level-row");
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label), FALSE);

  return GTK_WIDGET (self);
}

/**
 * bs_sidebar_row_new_dimension:
 *
 * Returns: (transfer floating): a row leading to @dimension
 */
GtkWidget *
bs_sidebar_row_new_dimension (BsDimension *dimension)
{
  BsSidebarRow *self = g_object_new (BS_TYPE_SIDEBAR_ROW, NULL);
  const char *title = bs_dimension_get_title_text (dimension, bs_default_language ());

  self->kind = BS_SIDEBAR_ROW_DIMENSION;
  self->dimension = g_object_ref (dimension);
  gtk_label_set_label (self->title_label, title);
  set_accessible_name (self, title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), title);

  return GTK_WIDGET (self);
}

/**
 * bs_sidebar_row_new_page:
 * @kind: %BS_SIDEBAR_ROW_RESULTS, %BS_SIDEBAR_ROW_ACTIONS or
 *   %BS_SIDEBAR_ROW_REFLECTION
 *
 * Returns: (transfer floating): a row leading to the results, the action
 *   plan or the reflection questions
 */
GtkWidget *
bs_sidebar_row_new_page (BsSidebarRowKind kind)
{
  BsSidebarRow *self = g_object_new (BS_TYPE_SIDEBAR_ROW, NULL);

  self->kind = kind;
  gtk_widget_set_visible (GTK_WIDGET (self->icon), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->score_label), FALSE);

  if (kind == BS_SIDEBAR_ROW_RESULTS)
    {
      gtk_label_set_label (self->title_label, _("Results"));
      set_accessible_name (self, _("Results"));
      gtk_image_set_from_icon_name (self->icon, "view-grid-symbolic");
    }
  else if (kind == BS_SIDEBAR_ROW_REFLECTION)
    {
      gtk_label_set_label (self->title_label, _("Reflection"));
      set_accessible_name (self, _("Reflection"));
      gtk_image_set_from_icon_name (self->icon, "document-edit-symbolic");
      /* how many questions have an answer */
      gtk_widget_set_visible (GTK_WIDGET (self->progress_label), TRUE);
    }
  else
    {
      gtk_label_set_label (self->title_label, _("Action Plan"));
      set_accessible_name (self, _("Action Plan"));
      gtk_image_set_from_icon_name (self->icon, "view-list-bullet-symbolic");
    }

  return GTK_WIDGET (self);
}

BsSidebarRowKind
bs_sidebar_row_get_kind (BsSidebarRow *self)
{
  g_return_val_if_fail (BS_IS_SIDEBAR_ROW (self), BS_SIDEBAR_ROW_DIMENSION);

  return self->kind;
}

/**
 * bs_sidebar_row_get_dimension:
 *
 * Returns: (transfer none) (nullable): the dimension the row leads to
 */
BsDimension *
bs_sidebar_row_get_dimension (BsSidebarRow *self)
{
  g_return_val_if_fail (BS_IS_SIDEBAR_ROW (self), NULL);

  return self->dimension;
}

const char *
bs_sidebar_row_get_progress_text (BsSidebarRow *self)
{
  g_return_val_if_fail (BS_IS_SIDEBAR_ROW (self), NULL);

  return gtk_label_get_label (self->progress_label);
}

const char *
bs_sidebar_row_get_score_text (BsSidebarRow *self)
{
  g_return_val_if_fail (BS_IS_SIDEBAR_ROW (self), NULL);

  return gtk_label_get_label (self->score_label);
}

static void
update_reflection (BsSidebarRow *self,
                   BsAssessment *assessment)
{
  GListModel *reflections = bs_framework_get_reflections (bs_assessment_get_framework (assessment));
  g_autofree char *progress = NULL;
  g_autofree char *tooltip = NULL;
  guint answered = 0, total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (reflections); i++)
    {
      g_autoptr(BsReflection) reflection = g_list_model_get_item (reflections, i);
      GListModel *questions = bs_reflection_get_questions (reflection);

      for (guint j = 0; j < g_list_model_get_n_items (questions); j++)
        {
          g_autoptr(BsQuestion) question = g_list_model_get_item (questions, j);
          const char *answer = bs_assessment_get_reflection (assessment, bs_question_get_id (question));

          total++;
          if (answer != NULL && answer[0] != '\0')
            answered++;
        }
    }

  progress = bs_display_progress_text (answered, total);
  /* Translators: tooltip of the reflection row's count, e.g. "1/3 answered" */
  tooltip = g_strdup_printf (_("%s answered"), progress);
  gtk_label_set_label (self->progress_label, progress);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->progress_label), tooltip);
  {
    /* Translators: the reflection row for a screen reader, e.g.
     * "Reflection, 2 of 3 answered" */
    g_autofree char *name = g_strdup_printf (_("%s, %u of %u answered"), _("Reflection"), answered, total);

    set_accessible_name (self, name);
  }

  if (total > 0 && answered == total)
    gtk_widget_add_css_class (GTK_WIDGET (self->progress_label), "success");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->progress_label), "success");
}

/**
 * bs_sidebar_row_update:
 *
 * Shows the row's progress and score as they are in @assessment now.
 */
void
bs_sidebar_row_update (BsSidebarRow *self,
                       BsAssessment *assessment)
{
  g_autofree char *progress = NULL;
  g_autofree char *score_text = NULL;
  g_autofree char *tooltip = NULL;
  BsScore score;

  g_return_if_fail (BS_IS_SIDEBAR_ROW (self));
  g_return_if_fail (BS_IS_ASSESSMENT (assessment));

  if (self->kind == BS_SIDEBAR_ROW_REFLECTION)
    {
      update_reflection (self, assessment);
      return;
    }

  if (self->kind == BS_SIDEBAR_ROW_DIMENSION)
    bs_score_dimension (assessment, self->dimension, &score);
  else if (self->kind == BS_SIDEBAR_ROW_LEVEL)
    bs_score_level (assessment, self->level, &score);
  else
    return;

  progress = bs_display_progress_text (score.answered, score.total);
  score_text = bs_display_score_text (&score);
  /* Translators: tooltip of a sidebar row's numbers, e.g. "3/5 answered, score 2.7" */
  tooltip = g_strdup_printf (_("%s answered, score %s"), progress, score_text);

  gtk_label_set_label (self->progress_label, progress);
  gtk_label_set_label (self->score_label, score_text);
  {
    g_autofree char *name = NULL;

    if (bs_score_has_score (&score))
      /* Translators: a sidebar row for a screen reader, e.g.
       * "Flexibility, 3 of 5 answered, score 2.7" */
      name = g_strdup_printf (_("%s, %u of %u answered, score %s"),
                              gtk_label_get_label (self->title_label), score.answered, score.total, score_text);
    else
      /* Translators: a sidebar row for a screen reader, no score yet */
      name = g_strdup_printf (_("%s, %u of %u answered, no score yet"),
                              gtk_label_get_label (self->title_label), score.answered, score.total);
    set_accessible_name (self, name);
  }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->score_label), tooltip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->progress_label), tooltip);

  if (score.total > 0 && score.answered == score.total)
    gtk_widget_add_css_class (GTK_WIDGET (self->progress_label), "success");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->progress_label), "success");
}

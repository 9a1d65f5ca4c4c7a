/* bs-sidebar-row.c: a level or dimension in the sidebar, with its progress and score
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "bs-display.h"
#include "bs-sidebar-row.h"

struct _BsSidebarRow
{
  GtkListBoxRow     parent_instance;

  BsSidebarRowKind  kind;
  BsAssessment     *assessment;
  BsLevel          *level;
  BsDimension      *dimension;
  /* what a level's or dimension's numbers are bound to */
  BsScoreWatch     *watch;

  GtkImage         *icon;
  GtkLabel         *title_label;
  GtkLabel         *progress_label;
  GtkLabel         *score_label;
  /* the change since the baseline, when there is one */
  GtkLabel         *change_label;
  char             *change_spoken;
};

G_DEFINE_FINAL_TYPE (BsSidebarRow, bs_sidebar_row, GTK_TYPE_LIST_BOX_ROW)

G_DEFINE_ENUM_TYPE (BsSidebarRowKind, bs_sidebar_row_kind,
  G_DEFINE_ENUM_VALUE (BS_SIDEBAR_ROW_LEVEL, "level"),
  G_DEFINE_ENUM_VALUE (BS_SIDEBAR_ROW_DIMENSION, "dimension"),
  G_DEFINE_ENUM_VALUE (BS_SIDEBAR_ROW_RESULTS, "results"),
  G_DEFINE_ENUM_VALUE (BS_SIDEBAR_ROW_ACTIONS, "actions"),
  G_DEFINE_ENUM_VALUE (BS_SIDEBAR_ROW_REFLECTION, "reflection"))

enum {
  PROP_0,
  PROP_KIND,
  PROP_ASSESSMENT,
  PROP_LEVEL,
  PROP_DIMENSION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* A screen reader reads a row's name only, not the labels inside it:
 * the name carries the numbers too. */
static void
set_accessible_name (BsSidebarRow *self,
                     const char   *name)
{
  g_assert (BS_IS_SIDEBAR_ROW (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
set_complete (BsSidebarRow *self,
              gboolean      complete)
{
  g_assert (BS_IS_SIDEBAR_ROW (self));

  if (complete)
    gtk_widget_add_css_class (GTK_WIDGET (self->progress_label), "success");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->progress_label), "success");
}

static gboolean
score_to_progress (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  const BsScore *score = g_value_get_boxed (from);

  if (score == NULL)
    return FALSE;

  g_value_take_string (to, bs_display_score_progress_text (score));

  return TRUE;
}

static gboolean
score_to_text (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const BsScore *score = g_value_get_boxed (from);

  if (score == NULL)
    return FALSE;

  g_value_take_string (to, bs_display_score_text (score));

  return TRUE;
}

static gboolean
score_to_tooltip (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  const BsScore *score = g_value_get_boxed (from);
  g_autofree char *answered = NULL;
  g_autofree char *score_text = NULL;

  if (score == NULL)
    return FALSE;

  answered = bs_score_answered_text (score);
  score_text = bs_display_score_text (score);
  /* Translators: tooltip of a sidebar row's numbers, e.g. "4 of 5
   * answered (3 scored, 1 N/A), score 2.7" */
  g_value_take_string (to, g_strdup_printf (_("%s, score %s"), answered, score_text));

  return TRUE;
}

/* Last cycle's score of the row's level or dimension, or NAN. */
static double
baseline_score (BsSidebarRow *self)
{
  BsBaseline *baseline = bs_assessment_get_baseline (self->assessment);
  double score = NAN;

  if (baseline == NULL)
    return NAN;
  if (self->kind == BS_SIDEBAR_ROW_DIMENSION &&
      bs_baseline_get_dimension_score (baseline, bs_dimension_get_level_id (self->dimension),
                                       bs_dimension_get_id (self->dimension), &score, NULL))
    return score;
  if (self->kind == BS_SIDEBAR_ROW_LEVEL &&
      bs_baseline_get_level_score (baseline, bs_level_get_id (self->level), &score, NULL))
    return score;

  return NAN;
}

/* The change since the baseline beside the score: "+0.4 ▲" (see
 * bs_display_change()); hidden when there is nothing to compare. */
static void
update_change (BsSidebarRow *self)
{
  const BsScore *score = bs_score_watch_get_score (self->watch);
  double now = bs_score_has_score (score) ? score->score : NAN;
  g_autofree char *text = NULL;
  BsScoreMove move;

  g_clear_pointer (&self->change_spoken, g_free);
  move = bs_display_change (baseline_score (self), now, &text, &self->change_spoken);

  gtk_widget_remove_css_class (GTK_WIDGET (self->change_label), "change-up");
  gtk_widget_remove_css_class (GTK_WIDGET (self->change_label), "change-down");
  gtk_widget_remove_css_class (GTK_WIDGET (self->change_label), "change-same");
  if (bs_display_change_css_class (move) != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->change_label), bs_display_change_css_class (move));
  gtk_label_set_label (self->change_label, text != NULL ? text : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->change_label), self->change_spoken);
  gtk_widget_set_visible (GTK_WIDGET (self->change_label), text != NULL);
}

/* What no property of a widget can carry: the name a screen reader reads
 * and the mark of a dimension done. */
static void
score_notify_cb (BsSidebarRow *self)
{
  const BsScore *score;
  g_autofree char *score_text = NULL;
  g_autofree char *answered = NULL;
  g_autofree char *name = NULL;

  g_assert (BS_IS_SIDEBAR_ROW (self));

  score = bs_score_watch_get_score (self->watch);
  update_change (self);
  score_text = bs_display_score_text (score);
  answered = bs_score_answered_text (score);

  if (bs_score_has_score (score))
    /* Translators: a sidebar row for a screen reader, e.g.
     * "Flexibility, 4 of 5 answered (3 scored, 1 N/A), score 2.7" */
    name = g_strdup_printf (_("%s, %s, score %s"), gtk_label_get_label (self->title_label), answered, score_text);
  else
    /* Translators: a sidebar row for a screen reader, no score yet, e.g.
     * "Finances, 1 of 5 answered (0 scored, 1 N/A), no score yet" */
    name = g_strdup_printf (_("%s, %s, no score yet"), gtk_label_get_label (self->title_label), answered);
  if (self->change_spoken != NULL)
    {
      char *with_change;

      /* Translators: a sidebar row for a screen reader with its change since
       * the baseline, e.g. "Flexibility, …, score 2.7, up 0.4 since last cycle" */
      with_change = g_strdup_printf (_("%s, %s"), name, self->change_spoken);
      g_free (name);
      name = with_change;
    }
  set_accessible_name (self, name);

  set_complete (self, score->total > 0 && score->answered == score->total);
}

static void
bind_score (BsSidebarRow *self)
{
  g_assert (BS_IS_SIDEBAR_ROW (self));
  g_assert (BS_IS_SCORE_WATCH (self->watch));

  g_object_bind_property_full (self->watch, "score", self->progress_label, "label", G_BINDING_SYNC_CREATE,
                               score_to_progress, NULL, NULL, NULL);
  g_object_bind_property_full (self->watch, "score", self->score_label, "label", G_BINDING_SYNC_CREATE,
                               score_to_text, NULL, NULL, NULL);
  g_object_bind_property_full (self->watch, "score", self->progress_label, "tooltip-text", G_BINDING_SYNC_CREATE,
                               score_to_tooltip, NULL, NULL, NULL);
  g_object_bind_property_full (self->watch, "score", self->score_label, "tooltip-text", G_BINDING_SYNC_CREATE,
                               score_to_tooltip, NULL, NULL, NULL);
  g_signal_connect_object (self->watch, "notify::score", G_CALLBACK (score_notify_cb), self, G_CONNECT_SWAPPED);
  /* the baseline set or removed */
  g_signal_connect_object (self->assessment, "changed", G_CALLBACK (score_notify_cb), self, G_CONNECT_SWAPPED);
  score_notify_cb (self);
}

static void
reflection_changed_cb (BsSidebarRow *self)
{
  g_autoptr(GPtrArray) reflections = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *name = NULL;
  guint answered = 0, total = 0;

  g_assert (BS_IS_SIDEBAR_ROW (self));
  g_assert (BS_IS_ASSESSMENT (self->assessment));

  reflections = bs_assessment_list_reflections (self->assessment);
  for (guint i = 0; i < reflections->len; i++)
    {
      GListModel *questions = bs_reflection_get_questions (g_ptr_array_index (reflections, i));

      for (guint j = 0; j < g_list_model_get_n_items (questions); j++)
        {
          g_autoptr(BsQuestion) question = g_list_model_get_item (questions, j);
          const char *answer = bs_assessment_get_reflection (self->assessment, bs_question_get_id (question));

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
  /* Translators: the reflection row for a screen reader, e.g.
   * "Reflection, 2 of 3 answered" */
  name = g_strdup_printf (_("%s, %u of %u answered"), _("Reflection"), answered, total);
  set_accessible_name (self, name);
  set_complete (self, total > 0 && answered == total);
}

static void
setup_page (BsSidebarRow *self)
{
  g_assert (BS_IS_SIDEBAR_ROW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->icon), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->score_label), FALSE);

  if (self->kind == BS_SIDEBAR_ROW_RESULTS)
    {
      gtk_label_set_label (self->title_label, _("Results"));
      set_accessible_name (self, _("Results"));
      gtk_image_set_from_icon_name (self->icon, "view-grid-symbolic");
    }
  else if (self->kind == BS_SIDEBAR_ROW_REFLECTION)
    {
      g_return_if_fail (BS_IS_ASSESSMENT (self->assessment));

      gtk_label_set_label (self->title_label, _("Reflection"));
      set_accessible_name (self, _("Reflection"));
      gtk_image_set_from_icon_name (self->icon, "document-edit-symbolic");
      /* how many questions have an answer */
      gtk_widget_set_visible (GTK_WIDGET (self->progress_label), TRUE);
      g_signal_connect_object (self->assessment, "reflection-changed", G_CALLBACK (reflection_changed_cb),
                               self, G_CONNECT_SWAPPED);
      reflection_changed_cb (self);
    }
  else
    {
      gtk_label_set_label (self->title_label, _("Action Plan"));
      set_accessible_name (self, _("Action Plan"));
      gtk_image_set_from_icon_name (self->icon, "view-list-bullet-symbolic");
    }
}

static void
bs_sidebar_row_constructed (GObject *object)
{
  BsSidebarRow *self = (BsSidebarRow *) object;
  const char *lang = bs_default_language ();

  G_OBJECT_CLASS (bs_sidebar_row_parent_class)->constructed (object);

  switch (self->kind)
    {
    case BS_SIDEBAR_ROW_LEVEL:
      g_return_if_fail (BS_IS_ASSESSMENT (self->assessment));
      g_return_if_fail (BS_IS_LEVEL (self->level));

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);
      gtk_label_set_label (self->title_label, bs_level_get_title_text (self->level, lang));
      gtk_widget_add_css_class (GTK_WIDGET (self), "level-row");
      gtk_widget_set_visible (GTK_WIDGET (self->progress_label), FALSE);
      self->watch = bs_score_watch_new_level (self->assessment, self->level);
      bind_score (self);
      break;

    case BS_SIDEBAR_ROW_DIMENSION:
      g_return_if_fail (BS_IS_ASSESSMENT (self->assessment));
      g_return_if_fail (BS_IS_DIMENSION (self->dimension));

      gtk_label_set_label (self->title_label, bs_dimension_get_title_text (self->dimension, lang));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), bs_dimension_get_title_text (self->dimension, lang));
      self->watch = bs_score_watch_new_dimension (self->assessment, self->dimension);
      bind_score (self);
      break;

    case BS_SIDEBAR_ROW_RESULTS:
    case BS_SIDEBAR_ROW_ACTIONS:
    case BS_SIDEBAR_ROW_REFLECTION:
    default:
      setup_page (self);
      break;
    }
}

static void
bs_sidebar_row_dispose (GObject *object)
{
  BsSidebarRow *self = (BsSidebarRow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_SIDEBAR_ROW);

  g_clear_object (&self->watch);
  g_clear_object (&self->assessment);
  g_clear_object (&self->level);
  g_clear_object (&self->dimension);
  g_clear_pointer (&self->change_spoken, g_free);

  G_OBJECT_CLASS (bs_sidebar_row_parent_class)->dispose (object);
}

static void
bs_sidebar_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BsSidebarRow *self = BS_SIDEBAR_ROW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;

    case PROP_LEVEL:
      g_value_set_object (value, self->level);
      break;

    case PROP_DIMENSION:
      g_value_set_object (value, self->dimension);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_sidebar_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BsSidebarRow *self = BS_SIDEBAR_ROW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_ASSESSMENT:
      self->assessment = g_value_dup_object (value);
      break;

    case PROP_LEVEL:
      self->level = g_value_dup_object (value);
      break;

    case PROP_DIMENSION:
      self->dimension = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_sidebar_row_class_init (BsSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bs_sidebar_row_constructed;
  object_class->dispose = bs_sidebar_row_dispose;
  object_class->get_property = bs_sidebar_row_get_property;
  object_class->set_property = bs_sidebar_row_set_property;

  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, BS_TYPE_SIDEBAR_ROW_KIND, BS_SIDEBAR_ROW_DIMENSION,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* the levels and dimensions are scored in it, the reflection row counts
   * its answers */
  properties [PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, BS_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_LEVEL] =
    g_param_spec_object ("level", NULL, NULL, BS_TYPE_LEVEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_DIMENSION] =
    g_param_spec_object ("dimension", NULL, NULL, BS_TYPE_DIMENSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-sidebar-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BsSidebarRow, icon);
  gtk_widget_class_bind_template_child (widget_class, BsSidebarRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, BsSidebarRow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, BsSidebarRow, score_label);
  gtk_widget_class_bind_template_child (widget_class, BsSidebarRow, change_label);
}

static void
bs_sidebar_row_init (BsSidebarRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bs_sidebar_row_new_level:
 *
 * Returns: (transfer floating): a heading row for @level, with its score
 *   in @assessment
 */
GtkWidget *
bs_sidebar_row_new_level (BsAssessment *assessment,
                          BsLevel      *level)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (BS_IS_LEVEL (level), NULL);

  return g_object_new (BS_TYPE_SIDEBAR_ROW,
                       "kind", BS_SIDEBAR_ROW_LEVEL,
                       "assessment", assessment,
                       "level", level,
                       NULL);
}

/**
 * bs_sidebar_row_new_dimension:
 *
 * Returns: (transfer floating): a row leading to @dimension, with its
 *   progress and score in @assessment
 */
GtkWidget *
bs_sidebar_row_new_dimension (BsAssessment *assessment,
                              BsDimension  *dimension)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (BS_IS_DIMENSION (dimension), NULL);

  return g_object_new (BS_TYPE_SIDEBAR_ROW,
                       "kind", BS_SIDEBAR_ROW_DIMENSION,
                       "assessment", assessment,
                       "dimension", dimension,
                       NULL);
}

/**
 * bs_sidebar_row_new_page:
 * @kind: %BS_SIDEBAR_ROW_RESULTS, %BS_SIDEBAR_ROW_ACTIONS or
 *   %BS_SIDEBAR_ROW_REFLECTION
 *
 * Returns: (transfer floating): a row leading to the results, the action
 *   plan or the reflection questions of @assessment
 */
GtkWidget *
bs_sidebar_row_new_page (BsAssessment     *assessment,
                         BsSidebarRowKind  kind)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (kind == BS_SIDEBAR_ROW_RESULTS || kind == BS_SIDEBAR_ROW_ACTIONS ||
                        kind == BS_SIDEBAR_ROW_REFLECTION, NULL);

  return g_object_new (BS_TYPE_SIDEBAR_ROW,
                       "kind", kind,
                       "assessment", assessment,
                       NULL);
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

/**
 * bs_sidebar_row_get_score_watch:
 *
 * Returns: (transfer none) (nullable): what a level's or dimension's
 *   numbers are bound to
 */
BsScoreWatch *
bs_sidebar_row_get_score_watch (BsSidebarRow *self)
{
  g_return_val_if_fail (BS_IS_SIDEBAR_ROW (self), NULL);

  return self->watch;
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

/**
 * bs_sidebar_row_get_change_text:
 *
 * Returns: (nullable): the change of the score since the baseline as the
 *   row shows it, e.g. "+0.4 ▲", or %NULL when it shows none
 */
const char *
bs_sidebar_row_get_change_text (BsSidebarRow *self)
{
  g_return_val_if_fail (BS_IS_SIDEBAR_ROW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->change_label)))
    return NULL;

  return gtk_label_get_label (self->change_label);
}

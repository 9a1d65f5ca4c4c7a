/* bs-review-level.c: one level in the review meeting: its radar with the team's band, and its scores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "bs-display.h"
#include "bs-radar-view.h"
#include "bs-review-layout.h"
#include "bs-review-level.h"

struct _BsReviewLevel
{
  GtkWidget     parent_instance;

  BsAssessment *assessment;
  char         *level_id;
  GtkWidget    *radar;

  GtkWidget    *header;
  GtkLabel     *title_label;
  GtkLabel     *summary_label;
  GtkWidget    *scores_scroller;
  GtkListBox   *scores_list;
};

G_DEFINE_FINAL_TYPE (BsReviewLevel, bs_review_level, GTK_TYPE_WIDGET)

/* Where a dimension's score comes from, as every team view must say. */
static char *
source_text (const BsDimensionScores *d)
{
  GString *text = g_string_new (NULL);
  guint agreed = d->score.from_agreed, mean = d->score.from_respondents;

  if (d->score.answered > 0)
    {
      g_autofree char *answered = bs_score_answered_text (&d->score);

      g_string_append_printf (text, "%s · ", answered);
    }

  if (d->score.answered == 0)
    g_string_append (text, _("nothing answered yet"));
  else if (mean == 0)
    /* Translators: a dimension's score in the review meeting, e.g.
     * "agreed on all 5 statements" */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "agreed on its %u statement",
                                               "agreed on all %u statements", agreed), agreed);
  else if (agreed == 0)
    g_string_append (text, _("the respondents’ mean, nothing agreed yet"));
  else
    /* Translators: e.g. "2 statements agreed, 3 from the respondents' mean" */
    g_string_append_printf (text, _("%u agreed, %u from the respondents’ mean"), agreed, mean);

  if (!isnan (d->spread_min) && !isnan (d->spread_max))
    {
      g_autofree char *low = bs_display_decimal (d->spread_min, 1);
      g_autofree char *high = bs_display_decimal (d->spread_max, 1);

      g_string_append (text, " · ");
      /* Translators: the lowest and highest of the respondents' own scores
       * of a dimension, e.g. "team from 1.8 to 3.4" */
      g_string_append_printf (text, _("team from %s to %s"), low, high);
    }

  return g_string_free (text, FALSE);
}

static GtkWidget *
score_row_new (const BsDimensionScores *d,
               const char              *lang)
{
  const char *title = bs_dimension_get_title_text (d->dimension, lang);
  g_autofree char *score = bs_display_score_text (&d->score);
  g_autofree char *detail = source_text (d);
  g_autofree char *name = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "review-score-row");

  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (texts), label);

  label = gtk_label_new (detail);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (texts), label);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (box), texts);

  label = gtk_label_new (score);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "title-2");
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), label);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* A row read as one sentence, not three loose labels. */
  /* Translators: a dimension's row for a screen reader: its title, its
   * score, where the score comes from; e.g. "Flexibility: 2.4, 2 agreed,
   * 4 from the respondents' mean · team from 1.5 to 3.3" */
  name = g_strdup_printf (_("%s: %s, %s"), title, score, detail);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return row;
}

static void
fill_scores (BsReviewLevel *self)
{
  g_autoptr(BsLevelScores) scores = bs_level_scores_new (self->assessment, self->level_id, NULL);
  const char *lang = bs_default_language ();
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->scores_list))) != NULL)
    gtk_list_box_remove (self->scores_list, row);

  for (guint i = 0; i < scores->n_dimensions; i++)
    gtk_list_box_append (self->scores_list, score_row_new (&scores->dimensions[i], lang));
}

static void
bs_review_level_dispose (GObject *object)
{
  BsReviewLevel *self = (BsReviewLevel *) object;

  g_clear_pointer (&self->radar, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), BS_TYPE_REVIEW_LEVEL);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (bs_review_level_parent_class)->dispose (object);
}

static void
bs_review_level_finalize (GObject *object)
{
  BsReviewLevel *self = (BsReviewLevel *) object;

  g_free (self->level_id);

  G_OBJECT_CLASS (bs_review_level_parent_class)->finalize (object);
}

static void
bs_review_level_class_init (BsReviewLevelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bs_review_level_dispose;
  object_class->finalize = bs_review_level_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/blendscan/Blendscan/bs-review-level.ui");
  gtk_widget_class_bind_template_child (widget_class, BsReviewLevel, header);
  gtk_widget_class_bind_template_child (widget_class, BsReviewLevel, title_label);
  gtk_widget_class_bind_template_child (widget_class, BsReviewLevel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BsReviewLevel, scores_scroller);
  gtk_widget_class_bind_template_child (widget_class, BsReviewLevel, scores_list);

  gtk_widget_class_set_layout_manager_type (widget_class, BS_TYPE_REVIEW_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reviewlevel");
}

static void
bs_review_level_init (BsReviewLevel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bs_review_level_new:
 *
 * Returns: (transfer floating): a level page for @assessment's meeting,
 *   empty until bs_review_level_set_level()
 */
GtkWidget *
bs_review_level_new (BsAssessment *assessment)
{
  BsReviewLevel *self;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (BS_TYPE_REVIEW_LEVEL, NULL);
  self->assessment = g_object_ref (assessment);

  return GTK_WIDGET (self);
}

/**
 * bs_review_level_set_level:
 * @summary: what the page says under the title (bs_review_steps_describe())
 *
 * Shows @level_id, with its scores as they are now.
 */
void
bs_review_level_set_level (BsReviewLevel *self,
                           const char    *level_id,
                           const char    *summary)
{
  BsLevel *level;

  g_return_if_fail (BS_IS_REVIEW_LEVEL (self));
  g_return_if_fail (level_id != NULL);

  level = bs_framework_lookup_level (bs_assessment_get_framework (self->assessment), level_id);
  g_return_if_fail (level != NULL);

  if (g_strcmp0 (self->level_id, level_id) != 0)
    {
      g_free (self->level_id);
      self->level_id = g_strdup (level_id);

      g_clear_pointer (&self->radar, gtk_widget_unparent);
      self->radar = bs_radar_view_new (self->assessment, level_id);
      bs_radar_view_set_flags (BS_RADAR_VIEW (self->radar), BS_RADAR_SHOW_SPREAD);
      /* the meeting's type is larger (style.css, window.review) */
      bs_level_view_set_zoom (BS_LEVEL_VIEW (self->radar), 1.2);
      gtk_widget_insert_after (self->radar, GTK_WIDGET (self), self->header);
    }

  gtk_label_set_label (self->title_label, bs_level_get_title_text (level, bs_default_language ()));
  gtk_label_set_label (self->summary_label, summary);
  fill_scores (self);
}

const char *
bs_review_level_get_level_id (BsReviewLevel *self)
{
  g_return_val_if_fail (BS_IS_REVIEW_LEVEL (self), NULL);

  return self->level_id;
}

/**
 * bs_review_level_get_radar:
 *
 * Returns: (transfer none) (nullable): the radar of the level shown
 */
GtkWidget *
bs_review_level_get_radar (BsReviewLevel *self)
{
  g_return_val_if_fail (BS_IS_REVIEW_LEVEL (self), NULL);

  return self->radar;
}

/**
 * bs_review_level_get_scores:
 *
 * Returns: (transfer none): the list of the dimensions' scores
 */
GtkListBox *
bs_review_level_get_scores (BsReviewLevel *self)
{
  g_return_val_if_fail (BS_IS_REVIEW_LEVEL (self), NULL);

  return self->scores_list;
}

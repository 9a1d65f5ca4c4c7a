/* bs-level-scores.c: a level's scores per dimension, against targets and a previous assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <math.h>

#include "bs-baseline.h"
#include "bs-level-scores.h"
#include "bs-team-stats.h"

/**
 * bs_level_scores_new:
 * @previous: (nullable): an earlier assessment of the same unit; %NULL to
 *   use the copy of the previous cycle's scores that @assessment keeps
 *   (bs_assessment_get_baseline()), when it has one
 *
 * Returns: (transfer full): the scores of @level_id, which must be a level
 *   of @assessment's framework
 */
BsLevelScores *
bs_level_scores_new (BsAssessment *assessment,
                     const char   *level_id,
                     BsAssessment *previous)
{
  BsLevelScores *self;
  BsBaseline *baseline = NULL;
  BsLevel *level;
  GListModel *dimensions;
  double target_sum = 0;
  guint target_count = 0;
  gboolean compare;
  g_autoptr(BsTeamStats) stats = NULL;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (level_id != NULL, NULL);
  g_return_val_if_fail (previous == NULL || BS_IS_ASSESSMENT (previous), NULL);

  level = bs_framework_lookup_level (bs_assessment_get_framework (assessment), level_id);
  g_return_val_if_fail (level != NULL, NULL);

  self = g_new0 (BsLevelScores, 1);
  self->level = g_object_ref (level);
  dimensions = bs_level_get_dimensions (level);
  self->n_dimensions = g_list_model_get_n_items (dimensions);
  self->dimensions = g_new0 (BsDimensionScores, MAX (self->n_dimensions, 1));
  /* A previous assessment that left the level out has nothing to say
   * about it, even where its framework has the same dimensions. */
  compare = previous != NULL && bs_assessment_includes_level (previous, level_id);
  /* Without a file to compare with, the previous cycle this assessment
   * continues: its embedded scores survive the old file being moved. */
  if (previous == NULL && bs_assessment_get_baseline (assessment) != NULL &&
      bs_baseline_includes_level (bs_assessment_get_baseline (assessment), level_id))
    baseline = bs_assessment_get_baseline (assessment);
  /* The team's band: only a team assessment has one, and only for an
   * included level. */
  if (bs_assessment_is_team (assessment) && bs_assessment_includes_level (assessment, level_id))
    stats = bs_team_stats_new_for_level (assessment, level_id);

  for (guint i = 0; i < self->n_dimensions; i++)
    {
      BsDimensionScores *d = &self->dimensions[i];
      BsScore earlier;

      d->dimension = g_list_model_get_item (dimensions, i);
      bs_score_dimension (assessment, d->dimension, &d->score);
      d->target = bs_score_dimension_target (assessment, d->dimension);
      d->previous = NAN;
      d->spread_min = NAN;
      d->spread_max = NAN;
      if (stats != NULL)
        {
          const BsTeamStat *spread = bs_team_stats_dimension (stats, level_id, bs_dimension_get_id (d->dimension), NULL);

          if (spread != NULL && spread->n > 0)
            {
              d->spread_min = spread->min;
              d->spread_max = spread->max;
              self->has_spread = TRUE;
            }
        }
      if (compare &&
          bs_score_matching_dimension (previous, level_id, bs_dimension_get_id (d->dimension), &earlier) &&
          bs_score_has_score (&earlier))
        {
          d->previous = earlier.score;
          self->has_previous = TRUE;
        }
      else if (baseline != NULL)
        {
          double then = NAN;

          bs_baseline_get_dimension_score (baseline, level_id, bs_dimension_get_id (d->dimension), &then, NULL);
          if (!isnan (then))
            {
              d->previous = then;
              self->has_previous = TRUE;
            }
        }

      if (!isnan (d->target))
        {
          target_sum += d->target;
          target_count++;
        }
    }

  bs_score_level (assessment, level, &self->score);
  self->target = target_count > 0 ? target_sum / target_count : NAN;

  return self;
}

void
bs_level_scores_free (BsLevelScores *scores)
{
  if (scores == NULL)
    return;

  for (guint i = 0; i < scores->n_dimensions; i++)
    g_clear_object (&scores->dimensions[i].dimension);
  g_free (scores->dimensions);
  g_clear_object (&scores->level);
  g_free (scores);
}

/**
 * bs_level_scores_series:
 *
 * One value of @series per dimension; a dimension without one is NAN,
 * drawn as a gap.
 *
 * Returns: (transfer full) (array length=scores->n_dimensions): the values
 */
double *
bs_level_scores_series (const BsLevelScores *scores,
                        BsScoreSeries        series)
{
  double *values;

  g_return_val_if_fail (scores != NULL, NULL);

  values = g_new (double, MAX (scores->n_dimensions, 1));
  for (guint i = 0; i < scores->n_dimensions; i++)
    {
      const BsDimensionScores *d = &scores->dimensions[i];

      switch (series)
        {
        case BS_SCORE_SERIES_CURRENT:
          values[i] = bs_score_has_score (&d->score) ? d->score.score : NAN;
          break;
        case BS_SCORE_SERIES_TARGET:
          values[i] = d->target;
          break;
        case BS_SCORE_SERIES_SPREAD_MIN:
          values[i] = d->spread_min;
          break;
        case BS_SCORE_SERIES_SPREAD_MAX:
          values[i] = d->spread_max;
          break;
        case BS_SCORE_SERIES_PREVIOUS:
        default:
          values[i] = d->previous;
          break;
        }
    }

  return values;
}

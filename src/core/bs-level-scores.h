/* bs-level-scores.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-score.h"

G_BEGIN_DECLS

/**
 * BsScoreSeries:
 * @BS_SCORE_SERIES_CURRENT: the dimension scores
 * @BS_SCORE_SERIES_TARGET: the dimensions' targets (see #BsDimensionScores)
 * @BS_SCORE_SERIES_PREVIOUS: a previous assessment's dimension scores
 * @BS_SCORE_SERIES_SPREAD_MIN: the lowest of the respondents' own scores of
 *   each dimension (a team assessment; NAN otherwise)
 * @BS_SCORE_SERIES_SPREAD_MAX: the highest of the respondents' own scores
 *   of each dimension (a team assessment; NAN otherwise)
 *
 * One value per dimension of a level, as the radar plots it. The two
 * spread series are the edges of the team's band.
 */
typedef enum
{
  BS_SCORE_SERIES_CURRENT,
  BS_SCORE_SERIES_TARGET,
  BS_SCORE_SERIES_PREVIOUS,
  BS_SCORE_SERIES_SPREAD_MIN,
  BS_SCORE_SERIES_SPREAD_MAX,
} BsScoreSeries;

/**
 * BsDimensionScores:
 * @dimension: (transfer full): the dimension, of the assessment's framework
 * @score: its score and completion
 * @target: the target set for the dimension itself
 *   (bs_assessment_get_dimension_target()) or, without one, the mean target
 *   of its statements; NAN without any
 * @previous: the previous assessment's score of the dimension with the same
 *   id, or the baseline's (bs_assessment_get_baseline()) when no previous
 *   assessment is given; NAN without one
 * @spread_min: in a team assessment, the lowest of the respondents' own
 *   scores of the dimension (see #BsTeamStat); NAN otherwise
 * @spread_max: the highest of them; NAN otherwise
 *
 * Everything a chart, table or report shows of one dimension. @score is
 * the team's score where the assessment is a team's (agreed answers where
 * set, the respondents' mean otherwise: see #BsStatementScore).
 */
typedef struct
{
  BsDimension *dimension;
  BsScore      score;
  double       target;
  double       previous;
  double       spread_min;
  double       spread_max;
} BsDimensionScores;

/**
 * BsLevelScores:
 * @level: (transfer full): the level
 * @score: the level score (the mean of its dimensions' scores)
 * @target: the mean of its dimensions' targets; NAN without any
 * @has_previous: whether the previous assessment includes the level and has
 *   a score for at least one of its dimensions, so that its series shows
 * @has_spread: whether the assessment is a team's and at least one
 *   respondent has a score for a dimension of the level, so that the
 *   team's band shows
 * @n_dimensions: the number of dimensions, in the framework's order
 * @dimensions: (array length=n_dimensions): per dimension
 *
 * A level's scores per dimension against its targets and, optionally, a
 * previous assessment: computed once, shown by the radar, the score table,
 * the report and the CLI alike.
 */
typedef struct
{
  BsLevel           *level;
  BsScore            score;
  double             target;
  gboolean           has_previous;
  gboolean           has_spread;
  guint              n_dimensions;
  BsDimensionScores *dimensions;
} BsLevelScores;

BsLevelScores *bs_level_scores_new    (BsAssessment        *assessment,
                                       const char          *level_id,
                                       BsAssessment        *previous);
void           bs_level_scores_free   (BsLevelScores       *scores);
double        *bs_level_scores_series (const BsLevelScores *scores,
                                       BsScoreSeries        series);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BsLevelScores, bs_level_scores_free)

G_END_DECLS

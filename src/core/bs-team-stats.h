/* bs-team-stats.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-assessment.h"

G_BEGIN_DECLS

/* The statistics of a team assessment for its review meeting
 * (docs/file-formats.md, "Team statistics"): per statement, dimension and
 * level of the included levels, for the whole team (role_id NULL) and per
 * role of the framework (bs_framework_get_roles()): BsTeamStat; the
 * distribution of the answers to a statement (bs_team_stats_count()); and
 * the statements in the order of the meeting, largest disagreement first
 * (bs_team_stats_by_disagreement()). A BsTeamStats is a snapshot: make a
 * new one after BsAssessment::changed. */


/**
 * BsTeamStat:
 * @n: how many values count: respondents' stages for a statement;
 *   respondents with a score of their own for a dimension or level
 * @n_not_applicable: "not applicable" answers (for a dimension or level:
 *   to any of its statements)
 * @n_unknown: "don't know" answers (for a dimension or level: to any of
 *   its statements)
 * @mean: the mean of the values; NAN when @n is 0
 * @median: the middle value, or the mean of the two middle values; NAN
 *   when @n is 0
 * @min: the lowest value; NAN when @n is 0
 * @max: the highest value; NAN when @n is 0
 * @sd: the *population* standard deviation (the root of the mean squared
 *   distance from @mean, dividing by @n, not n − 1): the typical distance
 *   of a respondent from the team's mean, in stages; 0 for one value, NAN
 *   when @n is 0
 * @disagreement: the flag: @n ≥ 2 and @sd ≥ the framework's threshold
 *   (bs_framework_get_disagreement_threshold(); one stage unless the
 *   framework sets its own)
 *
 * The statistics of one statement, dimension or level, for the whole team
 * or one role. N/A and "don't know" are counted apart and never enter the
 * mean, median, minimum, maximum or standard deviation. A statement's
 * values are the respondents' stages. A dimension's values are the
 * respondents' own dimension scores (each one's mean over the dimension's
 * statements they gave a stage), a level's the respondents' own level
 * scores (the mean of their dimension scores), so that the spread shows
 * how differently people see the dimension, as the radar's band draws it.
 */
typedef struct
{
  guint    n;
  guint    n_not_applicable;
  guint    n_unknown;
  double   mean;
  double   median;
  double   min;
  double   max;
  double   sd;
  gboolean disagreement;
} BsTeamStat;

typedef struct _BsTeamStats BsTeamStats;

BsTeamStats      *bs_team_stats_new               (BsAssessment      *assessment);
BsTeamStats      *bs_team_stats_new_for_level     (BsAssessment      *assessment,
                                                   const char        *level_id);
void              bs_team_stats_free              (BsTeamStats       *self);
BsAssessment     *bs_team_stats_get_assessment    (const BsTeamStats *self);
double            bs_team_stats_get_threshold     (const BsTeamStats *self);
guint             bs_team_stats_get_n_respondents (const BsTeamStats *self,
                                                   const char        *role_id);
const BsTeamStat *bs_team_stats_statement         (const BsTeamStats *self,
                                                   const char        *statement_id,
                                                   const char        *role_id);
const BsTeamStat *bs_team_stats_dimension         (const BsTeamStats *self,
                                                   const char        *level_id,
                                                   const char        *dimension_id,
                                                   const char        *role_id);
const BsTeamStat *bs_team_stats_level             (const BsTeamStats *self,
                                                   const char        *level_id,
                                                   const char        *role_id);
guint             bs_team_stats_count             (const BsTeamStats *self,
                                                   const char        *statement_id,
                                                   const char        *role_id,
                                                   int                value);
GPtrArray        *bs_team_stats_by_disagreement   (const BsTeamStats *self,
                                                   const char        *level_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BsTeamStats, bs_team_stats_free)

G_END_DECLS

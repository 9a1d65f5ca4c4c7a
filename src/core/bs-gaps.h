/* bs-gaps.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-level-scores.h"

G_BEGIN_DECLS

/**
 * BsDimensionGap:
 * @level: (transfer full): the level the dimension belongs to
 * @dimension: (transfer full): the dimension
 * @score: its current score
 * @target: its target (see #BsDimensionScores)
 * @gap: @target minus @score, more than 0
 *
 * A dimension below its target: one row of the "largest gaps" list.
 */
typedef struct
{
  BsLevel     *level;
  BsDimension *dimension;
  double       score;
  double       target;
  double       gap;
} BsDimensionGap;

/**
 * BsStatementGap:
 * @statement: (transfer full): a statement of an included level
 * @score: its current score: a stage, or a team's agreed stage or mean
 * @target: its target stage
 * @gap: @target minus @score, more than 0
 *
 * A statement below its target.
 */
typedef struct
{
  BsStatement *statement;
  double       score;
  guint        target;
  double       gap;
} BsStatementGap;

double     bs_gaps_dimension           (const BsDimensionScores *dimension);
double     bs_gaps_level               (const BsLevelScores     *scores);
gboolean   bs_gaps_any_target          (GPtrArray               *levels);
GPtrArray *bs_gaps_level_scores        (BsAssessment            *assessment);
GPtrArray *bs_gaps_largest_dimensions  (GPtrArray               *levels,
                                        guint                    max);
GPtrArray *bs_gaps_largest_statements  (BsAssessment            *assessment,
                                        guint                    max);

void       bs_dimension_gap_free       (BsDimensionGap          *gap);
void       bs_statement_gap_free       (BsStatementGap          *gap);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BsDimensionGap, bs_dimension_gap_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BsStatementGap, bs_statement_gap_free)

G_END_DECLS

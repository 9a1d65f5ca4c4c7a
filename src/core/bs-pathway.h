/* bs-pathway.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-assessment.h"

G_BEGIN_DECLS

/**
 * BsPathwayStep:
 * @statement: (transfer full): a statement of an included level
 * @score: its current score (a stage, or a team's mean)
 * @target: its target stage
 * @gap: @target minus @score, more than 0
 * @from: the stage whose next step leads on from @score: @score rounded
 *   down
 *
 * A statement below its target, and where its next step starts.
 */
typedef struct
{
  BsStatement *statement;
  double       score;
  guint        target;
  double       gap;
  guint        from;
} BsPathwayStep;

void       bs_pathway_step_free        (BsPathwayStep *step);
GPtrArray *bs_pathway_largest_gaps     (BsAssessment  *assessment,
                                        guint          max);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BsPathwayStep, bs_pathway_step_free)

G_END_DECLS

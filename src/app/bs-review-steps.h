/* bs-review-steps.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "blendscan-core.h"

G_BEGIN_DECLS

/**
 * BsReviewStepKind:
 * @BS_REVIEW_STEP_LEVEL: a level's radar and scores
 * @BS_REVIEW_STEP_STATEMENT: one statement, its answers and the team's
 *   agreed answer
 */
typedef enum
{
  BS_REVIEW_STEP_LEVEL,
  BS_REVIEW_STEP_STATEMENT,
} BsReviewStepKind;

typedef struct _BsReviewSteps BsReviewSteps;

BsReviewSteps     *bs_review_steps_new                (BsAssessment        *assessment);
void               bs_review_steps_free               (BsReviewSteps       *self);
guint              bs_review_steps_get_n_steps        (const BsReviewSteps *self);
BsReviewStepKind   bs_review_steps_get_kind           (const BsReviewSteps *self,
                                                       guint                step);
const char        *bs_review_steps_get_level_id       (const BsReviewSteps *self,
                                                       guint                step);
BsStatement       *bs_review_steps_get_statement      (const BsReviewSteps *self,
                                                       guint                step);
guint              bs_review_steps_get_position       (const BsReviewSteps *self,
                                                       guint                step,
                                                       guint               *n_in_level);
int                bs_review_steps_find_statement     (const BsReviewSteps *self,
                                                       const char          *statement_id);
const BsTeamStats *bs_review_steps_get_stats          (const BsReviewSteps *self);
char              *bs_review_steps_describe           (const BsReviewSteps *self,
                                                       guint                step);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BsReviewSteps, bs_review_steps_free)

G_END_DECLS

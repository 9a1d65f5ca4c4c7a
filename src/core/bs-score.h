/* bs-score.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-assessment.h"

G_BEGIN_DECLS

/**
 * BsScore:
 * @score: the mean; meaningful only when @scored > 0
 * @scored: how many parts count towards @score (statements with a stage
 *   for a dimension, dimensions with a score for a level)
 * @answered: statements with any answer, N/A and "don't know" included
 * @total: statements in all
 *
 * A dimension's score is the mean of its statements that have a stage;
 * N/A and "don't know" count as answered but never as a score. A level's
 * score is the mean of its dimensions' scores, so that every dimension
 * weighs the same whatever its number of statements.
 */
typedef struct
{
  double score;
  guint  scored;
  guint  answered;
  guint  total;
} BsScore;

#define BS_TYPE_SCORE (bs_score_get_type ())

GType    bs_score_get_type        (void) G_GNUC_CONST;
BsScore *bs_score_copy            (const BsScore *score);
void     bs_score_free            (BsScore       *score);
gboolean bs_score_equal           (const BsScore *a,
                                   const BsScore *b);
gboolean bs_score_has_score       (const BsScore *score);
void     bs_score_dimension       (BsAssessment  *assessment,
                                   BsDimension   *dimension,
                                   BsScore       *out);
void     bs_score_level           (BsAssessment  *assessment,
                                   BsLevel       *level,
                                   BsScore       *out);
void     bs_score_assessment      (BsAssessment  *assessment,
                                   BsScore       *out);
double   bs_score_dimension_target (BsAssessment *assessment,
                                    BsDimension  *dimension);
gboolean bs_score_matching_dimension (BsAssessment *other,
                                      const char   *level_id,
                                      const char   *dimension_id,
                                      BsScore      *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BsScore, bs_score_free)

G_END_DECLS

/* bs-score.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-assessment.h"

G_BEGIN_DECLS

/**
 * BsScoreSource:
 * @BS_SCORE_SOURCE_NONE: nothing answered the statement
 * @BS_SCORE_SOURCE_OWN: the assessment's own answer (the assessment of one
 *   person, or a team assessment's own answer where neither the team nor
 *   any respondent gave a stage)
 * @BS_SCORE_SOURCE_AGREED: the stage (or N/A) the team agreed on
 * @BS_SCORE_SOURCE_RESPONDENTS: the mean of the respondents' stages, as
 *   the team has not agreed on the statement (yet)
 *
 * Where a statement's score comes from, so that every view can say it.
 * The nicks are for the CLI's csv and json.
 */
typedef enum
{
  BS_SCORE_SOURCE_NONE,
  BS_SCORE_SOURCE_OWN,
  BS_SCORE_SOURCE_AGREED,
  BS_SCORE_SOURCE_RESPONDENTS,
} BsScoreSource;

#define BS_TYPE_SCORE_SOURCE (bs_score_source_get_type ())

GType       bs_score_source_get_type  (void) G_GNUC_CONST;
const char *bs_score_source_to_string (BsScoreSource source);

/**
 * BsStatementScore:
 * @source: where the score comes from
 * @value: for %BS_SCORE_SOURCE_OWN and %BS_SCORE_SOURCE_AGREED the answer
 *   (a stage, %BS_VALUE_NOT_APPLICABLE or %BS_VALUE_UNKNOWN); for
 *   %BS_SCORE_SOURCE_RESPONDENTS with a score %BS_VALUE_NONE, without one
 *   what the respondents' answers come to: %BS_VALUE_NOT_APPLICABLE when
 *   every one of them said N/A, %BS_VALUE_UNKNOWN otherwise (the team
 *   cannot judge the statement yet)
 * @score: the stage or the mean; meaningful only when @has_score
 * @answered: whether the statement counts as answered (N/A and "don't
 *   know" do, for completion, but have no score)
 * @has_score: whether the statement counts towards its dimension's score
 * @n_scored: for %BS_SCORE_SOURCE_RESPONDENTS the number of respondents
 *   whose stage makes the mean; 1 for a stage of the other sources
 *
 * One statement's contribution to the scores. For the assessment of one
 * person it is the own answer, exactly as before team assessments. For a
 * team assessment (bs_assessment_is_team()) the first of these that
 * applies: the agreed answer (a stage or N/A) when the team set one; the
 * mean of the respondents' stages when at least one gave a stage; the
 * assessment's own answer when it has one; the respondents' answers when
 * they only said N/A or "don't know" (answered, no score).
 */
typedef struct
{
  BsScoreSource source;
  int           value;
  double        score;
  gboolean      answered;
  gboolean      has_score;
  guint         n_scored;
} BsStatementScore;

/**
 * BsScore:
 * @score: the mean; meaningful only when @scored > 0
 * @scored: how many parts count towards @score (statements with a stage
 *   for a dimension, dimensions with a score for a level)
 * @answered: statements with any answer, N/A and "don't know" included
 * @total: statements in all
 * @from_agreed: of the answered statements, how many take the team's
 *   agreed answer (always 0 for the assessment of one person)
 * @from_respondents: of the answered statements, how many take the
 *   respondents' answers because the team has not agreed on them
 * @not_applicable: of the answered statements, how many are N/A
 * @unknown: of the answered statements, how many are "don't know" (for a
 *   team's, see #BsStatementScore's @value); the others have a score
 *   (bs_score_n_scored_statements()), which every view that counts the
 *   answered statements says apart
 *
 * A dimension's score is the mean of its statements' scores (see
 * #BsStatementScore); N/A and "don't know" count as answered but never as
 * a score. A level's score is the mean of its dimensions' scores, so that
 * every dimension weighs the same whatever its number of statements.
 */
typedef struct
{
  double score;
  guint  scored;
  guint  answered;
  guint  total;
  guint  from_agreed;
  guint  from_respondents;
  guint  not_applicable;
  guint  unknown;
} BsScore;

#define BS_TYPE_SCORE (bs_score_get_type ())

GType    bs_score_get_type        (void) G_GNUC_CONST;
BsScore *bs_score_copy            (const BsScore *score);
void     bs_score_free            (BsScore       *score);
gboolean bs_score_equal           (const BsScore *a,
                                   const BsScore *b);
gboolean bs_score_has_score       (const BsScore *score);
guint    bs_score_n_scored_statements (const BsScore *score);
void     bs_score_statement       (BsAssessment     *assessment,
                                   const char       *statement_id,
                                   BsStatementScore *out);
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

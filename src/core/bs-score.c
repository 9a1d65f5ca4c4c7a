/* bs-score.c: scores, completion and targets per dimension, level and assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <math.h>

#include "bs-score.h"
#include "bs-team-private.h"

G_DEFINE_BOXED_TYPE (BsScore, bs_score, bs_score_copy, bs_score_free)

BsScore *
bs_score_copy (const BsScore *score)
{
  g_return_val_if_fail (score != NULL, NULL);

  return g_memdup2 (score, sizeof *score);
}

void
bs_score_free (BsScore *score)
{
  g_free (score);
}

/**
 * bs_score_equal:
 *
 * Returns: whether @a and @b show the same: the same counts and, when
 *   there is a score, the same mean
 */
gboolean
bs_score_equal (const BsScore *a,
                const BsScore *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->scored == b->scored && a->answered == b->answered && a->total == b->total &&
         a->from_agreed == b->from_agreed && a->from_respondents == b->from_respondents &&
         a->not_applicable == b->not_applicable && a->unknown == b->unknown &&
         (a->scored == 0 || a->score == b->score);
}

G_DEFINE_ENUM_TYPE (BsScoreSource, bs_score_source,
  G_DEFINE_ENUM_VALUE (BS_SCORE_SOURCE_NONE, "none"),
  G_DEFINE_ENUM_VALUE (BS_SCORE_SOURCE_OWN, "own"),
  G_DEFINE_ENUM_VALUE (BS_SCORE_SOURCE_AGREED, "agreed"),
  G_DEFINE_ENUM_VALUE (BS_SCORE_SOURCE_RESPONDENTS, "respondents"))

/**
 * bs_score_source_to_string:
 *
 * Returns: the nick: "none", "own", "agreed" or "respondents"
 */
const char *
bs_score_source_to_string (BsScoreSource source)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (BS_TYPE_SCORE_SOURCE);
  GEnumValue *value = g_enum_get_value (klass, source);

  g_return_val_if_fail (value != NULL, NULL);

  return value->value_nick;
}

static void
own_answer (BsAnswer         *answer,
            BsStatementScore *out)
{
  int value = answer != NULL ? bs_answer_get_value (answer) : BS_VALUE_NONE;

  if (value == BS_VALUE_NONE)
    return;

  out->source = BS_SCORE_SOURCE_OWN;
  out->value = value;
  out->answered = TRUE;
  if (value > 0)
    {
      out->has_score = TRUE;
      out->score = value;
      out->n_scored = 1;
    }
}

/**
 * bs_score_statement:
 * @statement_id: a statement of @assessment's framework
 * @out: (out): where the statement's score comes from, and what it is
 *
 * See #BsStatementScore for the rule.
 */
void
bs_score_statement (BsAssessment     *assessment,
                    const char       *statement_id,
                    BsStatementScore *out)
{
  BsTeam *team;
  BsAgreedAnswer *agreed;
  const BsTeamTally *tally;
  guint n_answered = 0, n_not_applicable = 0;
  double sum = 0;

  g_return_if_fail (BS_IS_ASSESSMENT (assessment));
  g_return_if_fail (statement_id != NULL);
  g_return_if_fail (out != NULL);

  *out = (BsStatementScore) { BS_SCORE_SOURCE_NONE, BS_VALUE_NONE, 0, FALSE, FALSE, 0 };

  if (!bs_assessment_is_team (assessment))
    {
      own_answer (bs_assessment_lookup_answer (assessment, statement_id), out);
      return;
    }

  team = bs_assessment_get_team (assessment);
  agreed = bs_team_lookup_agreed (team, statement_id);
  if (agreed != NULL && bs_agreed_answer_is_set (agreed))
    {
      int value = bs_agreed_answer_get_value (agreed);

      out->source = BS_SCORE_SOURCE_AGREED;
      out->value = value;
      out->answered = TRUE;
      if (value > 0)
        {
          out->has_score = TRUE;
          out->score = value;
          out->n_scored = 1;
        }
      return;
    }

  tally = _bs_team_get_tally (team, statement_id);
  if (tally != NULL)
    {
      n_answered = tally->n_answered;
      n_not_applicable = tally->n_not_applicable;
      out->n_scored = tally->n_scored;
      sum = tally->sum;
    }

  if (out->n_scored > 0)
    {
      out->source = BS_SCORE_SOURCE_RESPONDENTS;
      out->answered = TRUE;
      out->has_score = TRUE;
      out->score = sum / out->n_scored;
      return;
    }

  own_answer (bs_assessment_lookup_answer (assessment, statement_id), out);
  if (out->source == BS_SCORE_SOURCE_NONE && n_answered > 0)
    {
      out->source = BS_SCORE_SOURCE_RESPONDENTS;
      out->answered = TRUE;
      out->value = n_not_applicable == n_answered ? BS_VALUE_NOT_APPLICABLE : BS_VALUE_UNKNOWN;
    }
}

gboolean
bs_score_has_score (const BsScore *score)
{
  g_return_val_if_fail (score != NULL, FALSE);

  return score->scored > 0;
}

/**
 * bs_score_n_scored_statements:
 *
 * Returns: how many of the answered statements have a score: for a
 *   dimension its @scored, for a level or an assessment the statements of
 *   all its dimensions (its @scored counts dimensions)
 */
guint
bs_score_n_scored_statements (const BsScore *score)
{
  g_return_val_if_fail (score != NULL, 0);
  g_return_val_if_fail (score->not_applicable + score->unknown <= score->answered, 0);

  return score->answered - score->not_applicable - score->unknown;
}

void
bs_score_dimension (BsAssessment *assessment,
                    BsDimension  *dimension,
                    BsScore      *out)
{
  GListModel *statements;
  double sum = 0;

  g_return_if_fail (BS_IS_ASSESSMENT (assessment));
  g_return_if_fail (BS_IS_DIMENSION (dimension));
  g_return_if_fail (out != NULL);

  *out = (BsScore) { 0 };
  statements = bs_dimension_get_statements (dimension);
  out->total = g_list_model_get_n_items (statements);

  for (guint i = 0; i < out->total; i++)
    {
      g_autoptr(BsStatement) statement = g_list_model_get_item (statements, i);
      BsStatementScore s;

      bs_score_statement (assessment, bs_statement_get_id (statement), &s);
      if (!s.answered)
        continue;

      out->answered++;
      if (s.source == BS_SCORE_SOURCE_AGREED)
        out->from_agreed++;
      else if (s.source == BS_SCORE_SOURCE_RESPONDENTS)
        out->from_respondents++;
      if (s.has_score)
        {
          out->scored++;
          sum += s.score;
        }
      else if (s.value == BS_VALUE_NOT_APPLICABLE)
        out->not_applicable++;
      else
        out->unknown++;
    }

  if (out->scored > 0)
    out->score = sum / out->scored;
}

void
bs_score_level (BsAssessment *assessment,
                BsLevel      *level,
                BsScore      *out)
{
  GListModel *dimensions;
  double sum = 0;

  g_return_if_fail (BS_IS_ASSESSMENT (assessment));
  g_return_if_fail (BS_IS_LEVEL (level));
  g_return_if_fail (out != NULL);

  *out = (BsScore) { 0 };
  dimensions = bs_level_get_dimensions (level);

  for (guint i = 0; i < g_list_model_get_n_items (dimensions); i++)
    {
      g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, i);
      BsScore d;

      bs_score_dimension (assessment, dimension, &d);
      out->answered += d.answered;
      out->total += d.total;
      out->from_agreed += d.from_agreed;
      out->from_respondents += d.from_respondents;
      out->not_applicable += d.not_applicable;
      out->unknown += d.unknown;
      if (bs_score_has_score (&d))
        {
          out->scored++;
          sum += d.score;
        }
    }

  if (out->scored > 0)
    out->score = sum / out->scored;
}

/**
 * bs_score_assessment:
 *
 * Completion over the included levels; @score is the mean of their level
 * scores.
 */
void
bs_score_assessment (BsAssessment *assessment,
                     BsScore      *out)
{
  const char * const *levels;
  double sum = 0;

  g_return_if_fail (BS_IS_ASSESSMENT (assessment));
  g_return_if_fail (out != NULL);

  *out = (BsScore) { 0 };
  levels = bs_assessment_get_levels (assessment);

  for (guint i = 0; levels[i] != NULL; i++)
    {
      BsLevel *level = bs_framework_lookup_level (bs_assessment_get_framework (assessment), levels[i]);
      BsScore l;

      bs_score_level (assessment, level, &l);
      out->answered += l.answered;
      out->total += l.total;
      out->from_agreed += l.from_agreed;
      out->from_respondents += l.from_respondents;
      out->not_applicable += l.not_applicable;
      out->unknown += l.unknown;
      if (bs_score_has_score (&l))
        {
          out->scored++;
          sum += l.score;
        }
    }

  if (out->scored > 0)
    out->score = sum / out->scored;
}

/**
 * bs_score_dimension_target:
 *
 * Returns: the target set for @dimension itself
 *   (bs_assessment_get_dimension_target()); without one the mean target of
 *   @dimension's statements that have one, or NAN when none has
 */
double
bs_score_dimension_target (BsAssessment *assessment,
                           BsDimension  *dimension)
{
  GListModel *statements;
  guint n, count = 0;
  guint own;
  double sum = 0;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NAN);
  g_return_val_if_fail (BS_IS_DIMENSION (dimension), NAN);

  own = bs_assessment_get_dimension_target (assessment, bs_dimension_get_level_id (dimension),
                                            bs_dimension_get_id (dimension));
  if (own > 0)
    return own;

  statements = bs_dimension_get_statements (dimension);
  n = g_list_model_get_n_items (statements);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BsStatement) statement = g_list_model_get_item (statements, i);
      BsAnswer *answer = bs_assessment_lookup_answer (assessment, bs_statement_get_id (statement));

      if (answer != NULL && bs_answer_get_target (answer) > 0)
        {
          sum += bs_answer_get_target (answer);
          count++;
        }
    }

  return count > 0 ? sum / count : NAN;
}

/**
 * bs_score_matching_dimension:
 * @other: another assessment of the same unit, e.g. an earlier one
 * @out: (out): the score of the matching dimension; empty without one
 *
 * @other may use another version of the framework: its dimension is found
 * by level and dimension id, not by position.
 *
 * Returns: %TRUE if @other's framework has that dimension
 */
gboolean
bs_score_matching_dimension (BsAssessment *other,
                             const char   *level_id,
                             const char   *dimension_id,
                             BsScore      *out)
{
  BsDimension *dimension;

  g_return_val_if_fail (BS_IS_ASSESSMENT (other), FALSE);
  g_return_val_if_fail (level_id != NULL && dimension_id != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  *out = (BsScore) { 0 };
  dimension = bs_framework_lookup_dimension (bs_assessment_get_framework (other), level_id, dimension_id);
  if (dimension == NULL)
    return FALSE;

  bs_score_dimension (other, dimension, out);
  return TRUE;
}

/* bs-gaps.c: how far dimensions, levels and statements are below their targets, and which are furthest
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <math.h>

#include "bs-gaps.h"

void
bs_dimension_gap_free (BsDimensionGap *gap)
{
  if (gap == NULL)
    return;

  g_clear_object (&gap->level);
  g_clear_object (&gap->dimension);
  g_free (gap);
}

void
bs_statement_gap_free (BsStatementGap *gap)
{
  if (gap == NULL)
    return;

  g_clear_object (&gap->statement);
  g_free (gap);
}

/* Target minus score; a side that is missing leaves nothing to subtract. */
static double
difference (double target,
            double score)
{
  if (isnan (target) || isnan (score))
    return NAN;

  return target - score;
}

/**
 * bs_gaps_dimension:
 *
 * Returns: @dimension's target minus its current score: negative where
 *   the score is above the target; NAN without a target or without a score
 */
double
bs_gaps_dimension (const BsDimensionScores *dimension)
{
  g_return_val_if_fail (dimension != NULL, NAN);

  return difference (dimension->target,
                     bs_score_has_score (&dimension->score) ? dimension->score.score : NAN);
}

/**
 * bs_gaps_level:
 *
 * Returns: the level's target (the mean of its dimensions' targets) minus
 *   the level score; NAN without either
 */
double
bs_gaps_level (const BsLevelScores *scores)
{
  g_return_val_if_fail (scores != NULL, NAN);

  return difference (scores->target, bs_score_has_score (&scores->score) ? scores->score.score : NAN);
}

/**
 * bs_gaps_any_target:
 * @levels: (element-type BsLevelScores): levels' scores
 *
 * Returns: whether any dimension of @levels has a target
 */
gboolean
bs_gaps_any_target (GPtrArray *levels)
{
  g_return_val_if_fail (levels != NULL, FALSE);

  for (guint l = 0; l < levels->len; l++)
    {
      const BsLevelScores *scores = g_ptr_array_index (levels, l);

      for (guint d = 0; d < scores->n_dimensions; d++)
        if (!isnan (scores->dimensions[d].target))
          return TRUE;
    }

  return FALSE;
}

/**
 * bs_gaps_level_scores:
 *
 * The scores of @assessment's included levels, in the framework's order,
 * without a previous assessment: what the gaps are computed from.
 *
 * Returns: (transfer full) (element-type BsLevelScores): one per level
 */
GPtrArray *
bs_gaps_level_scores (BsAssessment *assessment)
{
  GListModel *levels;
  GPtrArray *result;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) bs_level_scores_free);
  levels = bs_framework_get_levels (bs_assessment_get_framework (assessment));
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      const char *id = bs_level_get_id (level);

      if (bs_assessment_includes_level (assessment, id))
        g_ptr_array_add (result, bs_level_scores_new (assessment, id, NULL));
    }

  return result;
}

typedef struct
{
  gpointer item;
  double   gap;
  guint    order;
} Candidate;

/* Largest gap first; equal gaps in the framework's order, which a sort
 * alone would not keep. */
static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a;
  const Candidate *y = b;

  if (x->gap != y->gap)
    return x->gap > y->gap ? -1 : 1;

  return x->order < y->order ? -1 : (x->order > y->order);
}

/* Sorts @candidates, keeps the first @max and frees the rest with @free_func. */
static GPtrArray *
take_largest (GArray         *candidates,
              guint           max,
              GDestroyNotify  free_func)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (free_func);

  g_array_sort (candidates, compare_candidates);
  for (guint i = 0; i < candidates->len; i++)
    {
      gpointer item = g_array_index (candidates, Candidate, i).item;

      if (i < max)
        g_ptr_array_add (result, item);
      else
        free_func (item);
    }

  return result;
}

/**
 * bs_gaps_largest_dimensions:
 * @levels: (element-type BsLevelScores): the included levels' scores, in
 *   the framework's order (see bs_gaps_level_scores())
 * @max: how many at most
 *
 * The dimensions of @levels below their target, largest gap first; equal
 * gaps in the order of @levels and their dimensions. A dimension without a
 * target or without a score has no gap; one at or above its target has
 * none to close.
 *
 * Returns: (transfer full) (element-type BsDimensionGap): at most @max
 */
GPtrArray *
bs_gaps_largest_dimensions (GPtrArray *levels,
                            guint      max)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));

  g_return_val_if_fail (levels != NULL, NULL);

  for (guint l = 0; l < levels->len; l++)
    {
      const BsLevelScores *scores = g_ptr_array_index (levels, l);

      for (guint d = 0; d < scores->n_dimensions; d++)
        {
          const BsDimensionScores *dimension = &scores->dimensions[d];
          double gap = bs_gaps_dimension (dimension);
          BsDimensionGap *row;
          Candidate candidate;

          if (isnan (gap) || gap <= 0)
            continue;

          row = g_new0 (BsDimensionGap, 1);
          row->level = g_object_ref (scores->level);
          row->dimension = g_object_ref (dimension->dimension);
          row->score = dimension->score.score;
          row->target = dimension->target;
          row->gap = gap;
          candidate.item = row;
          candidate.gap = gap;
          candidate.order = candidates->len;
          g_array_append_val (candidates, candidate);
        }
    }

  return take_largest (candidates, max, (GDestroyNotify) bs_dimension_gap_free);
}

/**
 * bs_gaps_largest_statements:
 * @max: how many at most
 *
 * The statements of the included levels that have a target and a score
 * below it (target minus the current score, see bs_score_statement(): a
 * team's agreed stage or mean), largest gap first, equal gaps in the
 * framework's order. A statement without a score (unanswered, N/A,
 * "don't know") has no gap; one at or above its target has none to close.
 *
 * Returns: (transfer full) (element-type BsStatementGap): at most @max
 */
GPtrArray *
bs_gaps_largest_statements (BsAssessment *assessment,
                            guint         max)
{
  BsFramework *framework;
  GListModel *levels;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  framework = bs_assessment_get_framework (assessment);
  levels = bs_framework_get_levels (framework);
  for (guint l = 0; l < g_list_model_get_n_items (levels); l++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, l);
      GListModel *dimensions = bs_level_get_dimensions (level);

      if (!bs_assessment_includes_level (assessment, bs_level_get_id (level)))
        continue;

      for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);
          GListModel *statements = bs_dimension_get_statements (dimension);

          for (guint s = 0; s < g_list_model_get_n_items (statements); s++)
            {
              g_autoptr(BsStatement) statement = g_list_model_get_item (statements, s);
              BsAnswer *answer = bs_assessment_lookup_answer (assessment, bs_statement_get_id (statement));
              BsStatementScore score;
              BsStatementGap *row;
              Candidate candidate;
              guint target;

              target = answer != NULL ? bs_answer_get_target (answer) : 0;
              if (target == 0)
                continue;
              bs_score_statement (assessment, bs_statement_get_id (statement), &score);
              if (!score.has_score || score.score >= target)
                continue;

              row = g_new0 (BsStatementGap, 1);
              row->statement = g_object_ref (statement);
              row->score = score.score;
              row->target = target;
              row->gap = target - score.score;
              candidate.item = row;
              candidate.gap = row->gap;
              candidate.order = candidates->len;
              g_array_append_val (candidates, candidate);
            }
        }
    }

  return take_largest (candidates, max, (GDestroyNotify) bs_statement_gap_free);
}

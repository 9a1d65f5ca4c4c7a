/* bs-pathway.c: the statements furthest below their target, with the next step that leads on from where they are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <math.h>

#include "bs-pathway.h"
#include "bs-score.h"

void
bs_pathway_step_free (BsPathwayStep *step)
{
  if (step == NULL)
    return;

  g_clear_object (&step->statement);
  g_free (step);
}

typedef struct
{
  BsPathwayStep *step;
  guint          order;
} Candidate;

/* Largest gap first; equal gaps in the framework's order, which qsort
 * alone would not keep. */
static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a;
  const Candidate *y = b;

  if (x->step->gap != y->step->gap)
    return x->step->gap > y->step->gap ? -1 : 1;

  return x->order < y->order ? -1 : (x->order > y->order);
}

/**
 * bs_pathway_largest_gaps:
 * @max: how many at most
 *
 * The statements of the included levels that have a target and a score
 * below it (target minus the current score, see bs_score_statement(): a
 * team's agreed stage or mean), largest gap first, and for which the
 * framework gives a next step from the stage they are at. A statement
 * without a score (unanswered, N/A, "don't know") has no gap; one at or
 * above its target has none to close.
 *
 * Returns: (transfer full) (element-type BsPathwayStep): at most @max
 */
GPtrArray *
bs_pathway_largest_gaps (BsAssessment *assessment,
                         guint         max)
{
  BsFramework *framework;
  const char * const *levels;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  GPtrArray *result;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  framework = bs_assessment_get_framework (assessment);
  levels = bs_assessment_get_levels (assessment);
  for (guint l = 0; levels[l] != NULL; l++)
    {
      BsLevel *level = bs_framework_lookup_level (framework, levels[l]);
      GListModel *dimensions = level != NULL ? bs_level_get_dimensions (level) : NULL;

      for (guint d = 0; dimensions != NULL && d < g_list_model_get_n_items (dimensions); d++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);
          GListModel *statements = bs_dimension_get_statements (dimension);

          for (guint s = 0; s < g_list_model_get_n_items (statements); s++)
            {
              g_autoptr(BsStatement) statement = g_list_model_get_item (statements, s);
              BsAnswer *answer = bs_assessment_lookup_answer (assessment, bs_statement_get_id (statement));
              BsStatementScore score;
              Candidate candidate;
              guint target, from;

              target = answer != NULL ? bs_answer_get_target (answer) : 0;
              if (target == 0)
                continue;
              bs_score_statement (assessment, bs_statement_get_id (statement), &score);
              if (!score.has_score || score.score >= target)
                continue;
              from = (guint) floor (score.score);
              if (bs_statement_get_next_step_localized (statement, from) == NULL)
                continue;

              candidate.step = g_new0 (BsPathwayStep, 1);
              candidate.step->statement = g_object_ref (statement);
              candidate.step->score = score.score;
              candidate.step->target = target;
              candidate.step->gap = target - score.score;
              candidate.step->from = from;
              candidate.order = candidates->len;
              g_array_append_val (candidates, candidate);
            }
        }
    }

  g_array_sort (candidates, compare_candidates);
  result = g_ptr_array_new_with_free_func ((GDestroyNotify) bs_pathway_step_free);
  for (guint i = 0; i < candidates->len; i++)
    {
      BsPathwayStep *step = g_array_index (candidates, Candidate, i).step;

      if (i < max)
        g_ptr_array_add (result, step);
      else
        bs_pathway_step_free (step);
    }

  return result;
}

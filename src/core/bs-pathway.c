/* bs-pathway.c: the statements furthest below their target, with the next step that leads on from where they are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <math.h>

#include "bs-pathway.h"
#include "bs-gaps.h"
#include "bs-score.h"

void
bs_pathway_step_free (BsPathwayStep *step)
{
  if (step == NULL)
    return;

  g_clear_object (&step->statement);
  g_free (step);
}

/**
 * bs_pathway_largest_gaps:
 * @max: how many at most
 *
 * The statements with the largest gaps (bs_gaps_largest_statements(), so
 * that the report and the app rank alike) for which the framework gives a
 * next step from the stage they are at, largest gap first.
 *
 * Returns: (transfer full) (element-type BsPathwayStep): at most @max
 */
GPtrArray *
bs_pathway_largest_gaps (BsAssessment *assessment,
                         guint         max)
{
  g_autoptr(GPtrArray) gaps = NULL;
  GPtrArray *result;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  gaps = bs_gaps_largest_statements (assessment, G_MAXUINT);
  result = g_ptr_array_new_with_free_func ((GDestroyNotify) bs_pathway_step_free);
  for (guint i = 0; i < gaps->len && result->len < max; i++)
    {
      const BsStatementGap *gap = g_ptr_array_index (gaps, i);
      guint from = (guint) floor (gap->score);
      BsPathwayStep *step;

      if (bs_statement_get_next_step_localized (gap->statement, from) == NULL)
        continue;

      step = g_new0 (BsPathwayStep, 1);
      step->statement = g_object_ref (gap->statement);
      step->score = gap->score;
      step->target = gap->target;
      step->gap = gap->gap;
      step->from = from;
      g_ptr_array_add (result, step);
    }

  return result;
}

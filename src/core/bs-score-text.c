/* bs-score-text.c: how many statements are answered, in words that keep scores apart from N/A and "don't know"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bs-score-text.h"

/**
 * bs_score_format_counts:
 * @scored: answers with a stage (or a team's mean)
 * @not_applicable: N/A answers
 * @unknown: "don't know" answers
 *
 * N/A and "don't know" count as answered but never in a mean, so a count
 * of answers alone ("5 of 5 answered") would hide how many answers the
 * score rests on.
 *
 * Returns: (transfer full): "3 scored, 1 N/A, 1 don't know"; a part that
 *   would be 0 is left out, except the scored one
 */
char *
bs_score_format_counts (guint scored,
                        guint not_applicable,
                        guint unknown)
{
  GString *text = g_string_new (NULL);

  /* Translators: of the answered statements, how many have a score
   * (Dutch: "3 met score") */
  g_string_append_printf (text, _("%u scored"), scored);
  if (not_applicable > 0)
    {
      g_string_append (text, ", ");
      /* Translators: of the answered statements, how many are "not
       * applicable" (Dutch: "1 n.v.t.") */
      g_string_append_printf (text, _("%u N/A"), not_applicable);
    }
  if (unknown > 0)
    {
      g_string_append (text, ", ");
      /* Translators: of the answered statements, how many have the answer
       * "don't know" */
      g_string_append_printf (text, _("%u don’t know"), unknown);
    }

  return g_string_free (text, FALSE);
}

/**
 * bs_score_answered_text:
 *
 * Returns: (transfer full): "4 of 5 answered (3 scored, 1 N/A)", or
 *   "0 of 5 answered" while nothing is
 */
char *
bs_score_answered_text (const BsScore *score)
{
  g_autofree char *counts = NULL;

  g_return_val_if_fail (score != NULL, NULL);

  if (score->answered == 0)
    /* Translators: statements answered of all, none yet: "0 of 5 answered" */
    return g_strdup_printf (_("%u of %u answered"), score->answered, score->total);

  counts = bs_score_format_counts (bs_score_n_scored_statements (score), score->not_applicable, score->unknown);
  /* Translators: statements answered of all, then which of them have a
   * score, e.g. "4 of 5 answered (3 scored, 1 N/A)" */
  return g_strdup_printf (_("%u of %u answered (%s)"), score->answered, score->total, counts);
}

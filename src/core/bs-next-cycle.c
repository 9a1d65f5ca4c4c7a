/* bs-next-cycle.c: the next cycle's assessment made from the previous one, and how actions' scores moved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bs-assessment-private.h"
#include "bs-baseline-private.h"
#include "bs-date.h"
#include "bs-error.h"
#include "bs-next-cycle.h"
#include "bs-score.h"

G_DEFINE_ENUM_TYPE (BsScoreMove, bs_score_move,
  G_DEFINE_ENUM_VALUE (BS_SCORE_MOVE_UNKNOWN, "unknown"),
  G_DEFINE_ENUM_VALUE (BS_SCORE_MOVE_UP, "up"),
  G_DEFINE_ENUM_VALUE (BS_SCORE_MOVE_DOWN, "down"),
  G_DEFINE_ENUM_VALUE (BS_SCORE_MOVE_SAME, "same"))

/* The baseline keeps scores to three decimals. */
#define SAME_SCORE 0.001

static int
year_of (const char *iso_date)
{
  if (iso_date == NULL || !bs_date_is_valid_iso (iso_date))
    return 0;
  return atoi (iso_date);
}

/**
 * bs_next_cycle_title:
 * @title: (nullable): the previous assessment's title
 * @previous_date: (nullable): its date, YYYY-MM-DD
 * @today: the new assessment's date, YYYY-MM-DD
 *
 * Moves the years in the title on by as many years as lie between the two
 * dates: "Zelfevaluatie 2024-2025" of 2025-03-12 becomes "Zelfevaluatie
 * 2025-2026" on 2026-03-10. A title without a year, or without a previous
 * date, stays as it is.
 *
 * Returns: (transfer full): the new title
 */
char *
bs_next_cycle_title (const char *title,
                     const char *previous_date,
                     const char *today)
{
  g_autoptr(GString) out = NULL;
  int shift;

  if (title == NULL)
    return g_strdup ("");

  shift = year_of (today) - year_of (previous_date);
  if (year_of (previous_date) == 0 || year_of (today) == 0 || shift == 0)
    return g_strdup (title);

  out = g_string_new (NULL);
  for (const char *p = title; *p != '\0';)
    {
      gsize n = 0;

      while (g_ascii_isdigit (p[n]))
        n++;
      if (n == 4 && (p == title || !g_ascii_isdigit (p[-1])))
        {
          int year = atoi (p);

          if (year >= 1900 && year + shift >= 1000 && year + shift <= 9999)
            g_string_append_printf (out, "%d", year + shift);
          else
            g_string_append_len (out, p, 4);
          p += 4;
        }
      else if (n > 0)
        {
          g_string_append_len (out, p, n);
          p += n;
        }
      else
        g_string_append_c (out, *p++);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* An open action of the previous cycle, as the next cycle carries it:
 * links to statements the new framework version lost are dropped, and so
 * are a level or dimension it lost (the action itself stays). */
static BsAction *
carry_action (BsAction     *action,
              BsFramework  *framework,
              BsAssessment *previous)
{
  BsAction *copy = bs_action_copy (action);
  const char *level = bs_action_get_level_id (copy);
  const char *dimension = bs_action_get_dimension_id (copy);
  const char * const *links = bs_action_get_statement_ids (action);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  if (level != NULL && bs_framework_lookup_level (framework, level) == NULL)
    {
      bs_action_set_level_id (copy, NULL);
      bs_action_set_dimension_id (copy, NULL);
    }
  else if (dimension != NULL && bs_framework_lookup_dimension (framework, level, dimension) == NULL)
    bs_action_set_dimension_id (copy, NULL);

  level = bs_action_get_level_id (copy);
  dimension = bs_action_get_dimension_id (copy);
  for (guint i = 0; links[i] != NULL; i++)
    {
      BsStatement *statement = bs_framework_lookup_statement (framework, links[i]);

      if (statement == NULL)
        continue;
      if (dimension != NULL &&
          (g_strcmp0 (bs_statement_get_level_id (statement), level) != 0 ||
           g_strcmp0 (bs_statement_get_dimension_id (statement), dimension) != 0))
        continue;
      g_strv_builder_add (kept, links[i]);
    }
  ids = g_strv_builder_end (kept);
  bs_action_set_statement_ids (copy, (const char * const *) ids);
  bs_action_set_carried_over (copy, TRUE, bs_assessment_get_title (previous),
                              bs_assessment_get_date (previous));
  return copy;
}

/**
 * bs_assessment_new_next_cycle:
 * @previous: the assessment of the cycle that ends
 * @previous_path: (nullable): where @previous is saved, kept as the
 *   baseline's path
 * @framework: (nullable): the framework of the new cycle; %NULL for the
 *   newest installed version of @previous's framework. It must have the
 *   same id.
 * @today: (nullable): the new assessment's date, YYYY-MM-DD; %NULL for today
 *
 * Starts the next cycle: the same unit, institution, levels (those the
 * framework still has), facilitator and participants; the title's years
 * moved on (bs_next_cycle_title()); no answers; @previous kept as the
 * baseline (bs_assessment_get_baseline()), by path and by a copy of its
 * scores, notes and actions. Notes and evidence of statements the new
 * framework still has are carried over, marked as such until someone
 * confirms or edits them (bs_answer_get_note_carried_over()); those of
 * removed statements stay only in the baseline. Statement and dimension
 * targets are kept where the statement or dimension still exists. Open
 * actions (planned or in progress) are carried over with their status,
 * history, result and links, marked with the previous cycle
 * (bs_action_get_carried_over()); done and dropped ones stay only in the
 * baseline.
 *
 * Returns: (transfer full) (nullable): the new assessment, not saved yet
 */
BsAssessment *
bs_assessment_new_next_cycle (BsAssessment  *previous,
                              const char    *previous_path,
                              BsFramework   *framework,
                              const char    *today,
                              GError       **error)
{
  g_autoptr(BsFramework) found = NULL;
  g_autoptr(BsAssessment) self = NULL;
  g_autoptr(GStrvBuilder) levels = g_strv_builder_new ();
  g_auto(GStrv) level_ids = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  const char *framework_id;
  const char *unit_level;
  const char * const *old_levels;
  GListModel *list;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (BS_IS_ASSESSMENT (previous), NULL);
  g_return_val_if_fail (framework == NULL || BS_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (today == NULL || bs_date_is_valid_iso (today), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  framework_id = bs_framework_get_id (bs_assessment_get_framework (previous));
  if (framework == NULL)
    {
      found = bs_framework_find (framework_id, error);
      if (found == NULL)
        return NULL;
      framework = found;
    }
  else if (!g_str_equal (bs_framework_get_id (framework), framework_id))
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_FRAMEWORK_NOT_FOUND,
                   _("The previous assessment uses the framework “%s”; the next cycle cannot use “%s”, which is a different framework, not a version of it."),
                   framework_id, bs_framework_get_id (framework));
      return NULL;
    }

  date = today != NULL ? g_strdup (today) : today_iso ();
  self = bs_assessment_new (framework);
  title = bs_next_cycle_title (bs_assessment_get_title (previous), bs_assessment_get_date (previous), date);
  bs_assessment_set_title (self, title);
  bs_assessment_set_institution (self, bs_assessment_get_institution (previous));
  bs_assessment_set_unit (self, bs_assessment_get_unit (previous));
  unit_level = bs_assessment_get_unit_level (previous);
  if (unit_level != NULL && bs_framework_lookup_level (framework, unit_level) != NULL)
    bs_assessment_set_unit_level (self, unit_level);
  bs_assessment_set_date (self, date);
  bs_assessment_set_facilitator (self, bs_assessment_get_facilitator (previous));

  old_levels = bs_assessment_get_levels (previous);
  for (guint i = 0; old_levels[i] != NULL; i++)
    if (bs_framework_lookup_level (framework, old_levels[i]) != NULL)
      g_strv_builder_add (levels, old_levels[i]);
  level_ids = g_strv_builder_end (levels);
  if (level_ids[0] != NULL)
    bs_assessment_set_levels (self, (const char * const *) level_ids);

  list = bs_assessment_get_participants (previous);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BsParticipant) p = g_list_model_get_item (list, i);

      bs_assessment_add_participant (self, bs_participant_get_name (p), bs_participant_get_role (p));
    }

  /* Notes, evidence and targets of the statements that are still there. */
  g_hash_table_iter_init (&iter, previous->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      BsAnswer *old = value;
      BsStatement *statement = bs_framework_lookup_statement (framework, key);
      BsAnswer *answer;

      if (statement == NULL || !bs_assessment_includes_level (self, bs_statement_get_level_id (statement)))
        continue;
      if (bs_answer_get_note (old) == NULL && bs_answer_get_evidence (old) == NULL &&
          bs_answer_get_target (old) == 0)
        continue;

      answer = bs_assessment_get_answer (self, key);
      bs_answer_set_note (answer, bs_answer_get_note (old));
      bs_answer_set_note_carried_over (answer, TRUE);
      bs_answer_set_evidence (answer, bs_answer_get_evidence (old));
      bs_answer_set_evidence_carried_over (answer, TRUE);
      if (bs_answer_get_target (old) <= bs_framework_get_n_stages (framework))
        bs_answer_set_target (answer, bs_answer_get_target (old));
    }

  g_hash_table_iter_init (&iter, previous->dimension_notes);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      BsDimensionNotes *notes = value;
      const char *level = bs_dimension_notes_get_level_id (notes);
      const char *dimension = bs_dimension_notes_get_dimension_id (notes);
      guint target = bs_dimension_notes_get_target (notes);

      if (target > 0 && target <= bs_framework_get_n_stages (framework) &&
          bs_assessment_includes_level (self, level) &&
          bs_framework_lookup_dimension (framework, level, dimension) != NULL)
        bs_assessment_set_dimension_target (self, level, dimension, target);
    }

  list = bs_assessment_get_actions (previous);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BsAction) action = g_list_model_get_item (list, i);
      g_autoptr(BsAction) carried = NULL;

      if (!bs_action_is_open (action))
        continue;
      carried = carry_action (action, framework, previous);
      bs_assessment_add_action (self, carried);
    }

  {
    g_autoptr(BsBaseline) baseline = bs_baseline_new_from_assessment (previous, previous_path);

    bs_assessment_set_baseline (self, baseline);
  }

  return g_steal_pointer (&self);
}

static BsScoreMove
compare (double then,
         double now)
{
  if (isnan (then) || isnan (now))
    return BS_SCORE_MOVE_UNKNOWN;
  if (now > then + SAME_SCORE)
    return BS_SCORE_MOVE_UP;
  if (now < then - SAME_SCORE)
    return BS_SCORE_MOVE_DOWN;
  return BS_SCORE_MOVE_SAME;
}

/**
 * bs_action_get_score_move:
 * @assessment: the assessment that holds @action and a baseline
 * @action: an action, usually one carried over from the previous cycle
 * @then: (out) (optional): the score in the previous cycle; NAN when unknown
 * @now: (out) (optional): the score now; NAN when unknown
 *
 * Whether the scores the action is about moved since the previous cycle:
 * the mean of its linked statements that have a stage both then and now;
 * without such statements, its dimension's score then (the baseline's)
 * and now.
 *
 * Returns: up, down, same, or unknown (no baseline, no dimension or links,
 *   or no score on one side)
 */
BsScoreMove
bs_action_get_score_move (BsAssessment *assessment,
                          BsAction     *action,
                          double       *then,
                          double       *now)
{
  BsBaseline *baseline;
  const char * const *links;
  const char *level;
  const char *dimension;
  double then_sum = 0, now_sum = 0;
  guint count = 0;
  double t = NAN, n = NAN;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), BS_SCORE_MOVE_UNKNOWN);
  g_return_val_if_fail (BS_IS_ACTION (action), BS_SCORE_MOVE_UNKNOWN);

  if (then != NULL)
    *then = NAN;
  if (now != NULL)
    *now = NAN;

  baseline = bs_assessment_get_baseline (assessment);
  if (baseline == NULL)
    return BS_SCORE_MOVE_UNKNOWN;

  links = bs_action_get_statement_ids (action);
  for (guint i = 0; links[i] != NULL; i++)
    {
      BsAnswer *old = bs_baseline_lookup_answer (baseline, links[i]);
      BsStatementScore score;

      if (old == NULL || !bs_answer_has_score (old) ||
          bs_framework_lookup_statement (bs_assessment_get_framework (assessment), links[i]) == NULL)
        continue;
      bs_score_statement (assessment, links[i], &score);
      if (!score.has_score)
        continue;
      then_sum += bs_answer_get_value (old);
      now_sum += score.score;
      count++;
    }

  level = bs_action_get_level_id (action);
  dimension = bs_action_get_dimension_id (action);
  if (count > 0)
    {
      t = then_sum / count;
      n = now_sum / count;
    }
  else if (level != NULL && dimension != NULL)
    {
      BsDimension *dim = bs_framework_lookup_dimension (bs_assessment_get_framework (assessment), level, dimension);
      BsScore score;

      bs_baseline_get_dimension_score (baseline, level, dimension, &t, NULL);
      if (dim != NULL && bs_assessment_includes_level (assessment, level))
        {
          bs_score_dimension (assessment, dim, &score);
          if (bs_score_has_score (&score))
            n = score.score;
        }
    }

  if (then != NULL)
    *then = t;
  if (now != NULL)
    *now = n;
  return compare (t, n);
}

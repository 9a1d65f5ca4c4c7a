/* bs-review-steps.c: the order of a review meeting and what each step says, without widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "bs-display.h"
#include "bs-review-steps.h"

/* Per included level, in the framework's order: its radar first, then its
 * statements with the largest disagreement first. The order is fixed when
 * the meeting starts: a statement must not move while the team agrees on
 * it, and agreeing changes no respondent's answer anyway. */

typedef struct
{
  BsReviewStepKind  kind;
  char             *level_id;
  BsStatement      *statement;
  /* statements: 1 for the first of its level; levels: 0 */
  guint             position;
  guint             n_in_level;
} Step;

struct _BsReviewSteps
{
  BsAssessment *assessment;
  BsTeamStats  *stats;
  GArray       *steps;
  /* statement id → step index + 1 */
  GHashTable   *by_statement;
};

static void
step_clear (gpointer data)
{
  Step *step = data;

  g_free (step->level_id);
  g_clear_object (&step->statement);
}

static const Step *
get_step (const BsReviewSteps *self,
          guint                step)
{
  g_assert (self != NULL);
  g_assert (step < self->steps->len);

  return &g_array_index (self->steps, Step, step);
}

/**
 * bs_review_steps_new:
 *
 * Takes a snapshot of @assessment's team statistics and orders the
 * meeting by it.
 *
 * Returns: (transfer full): the steps of a review meeting of @assessment
 */
BsReviewSteps *
bs_review_steps_new (BsAssessment *assessment)
{
  BsFramework *framework;
  GListModel *levels;
  BsReviewSteps *self;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  framework = bs_assessment_get_framework (assessment);
  levels = bs_framework_get_levels (framework);

  self = g_new0 (BsReviewSteps, 1);
  self->assessment = g_object_ref (assessment);
  self->stats = bs_team_stats_new (assessment);
  self->steps = g_array_new (FALSE, TRUE, sizeof (Step));
  g_array_set_clear_func (self->steps, step_clear);
  self->by_statement = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint l = 0; l < g_list_model_get_n_items (levels); l++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, l);
      const char *level_id = bs_level_get_id (level);
      g_autoptr(GPtrArray) statements = NULL;
      Step step = { BS_REVIEW_STEP_LEVEL, };

      if (!bs_assessment_includes_level (assessment, level_id))
        continue;

      statements = bs_team_stats_by_disagreement (self->stats, level_id);
      step.level_id = g_strdup (level_id);
      step.n_in_level = statements->len;
      g_array_append_val (self->steps, step);

      for (guint i = 0; i < statements->len; i++)
        {
          BsStatement *statement = g_ptr_array_index (statements, i);
          Step s = { BS_REVIEW_STEP_STATEMENT, g_strdup (level_id), g_object_ref (statement), i + 1,
                     statements->len };

          g_array_append_val (self->steps, s);
          /* the key lives as long as the statement the step holds */
          g_hash_table_insert (self->by_statement, (gpointer) bs_statement_get_id (statement),
                               GUINT_TO_POINTER (self->steps->len));
        }
    }

  return self;
}

void
bs_review_steps_free (BsReviewSteps *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->by_statement);
  g_array_unref (self->steps);
  bs_team_stats_free (self->stats);
  g_object_unref (self->assessment);
  g_free (self);
}

guint
bs_review_steps_get_n_steps (const BsReviewSteps *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->steps->len;
}

BsReviewStepKind
bs_review_steps_get_kind (const BsReviewSteps *self,
                          guint                step)
{
  g_return_val_if_fail (self != NULL, BS_REVIEW_STEP_LEVEL);
  g_return_val_if_fail (step < self->steps->len, BS_REVIEW_STEP_LEVEL);

  return get_step (self, step)->kind;
}

const char *
bs_review_steps_get_level_id (const BsReviewSteps *self,
                              guint                step)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (step < self->steps->len, NULL);

  return get_step (self, step)->level_id;
}

/**
 * bs_review_steps_get_statement:
 *
 * Returns: (transfer none) (nullable): the statement of a statement step;
 *   %NULL for a level's
 */
BsStatement *
bs_review_steps_get_statement (const BsReviewSteps *self,
                               guint                step)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (step < self->steps->len, NULL);

  return get_step (self, step)->statement;
}

/**
 * bs_review_steps_get_position:
 * @n_in_level: (out) (optional): the statements of the step's level
 *
 * Returns: 1 for the level's most disputed statement, and so on; 0 for
 *   the level's own step
 */
guint
bs_review_steps_get_position (const BsReviewSteps *self,
                              guint                step,
                              guint               *n_in_level)
{
  const Step *s;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (step < self->steps->len, 0);

  s = get_step (self, step);
  if (n_in_level != NULL)
    *n_in_level = s->n_in_level;

  return s->position;
}

/**
 * bs_review_steps_find_statement:
 *
 * Returns: the step of @statement_id, or -1 when the meeting does not
 *   include it
 */
int
bs_review_steps_find_statement (const BsReviewSteps *self,
                                const char          *statement_id)
{
  g_return_val_if_fail (self != NULL, -1);

  if (statement_id == NULL)
    return -1;

  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->by_statement, statement_id)) - 1;
}

/**
 * bs_review_steps_get_stats:
 *
 * Returns: (transfer none): the team statistics the order was made from
 */
const BsTeamStats *
bs_review_steps_get_stats (const BsReviewSteps *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->stats;
}

static char *
describe_statement (const BsReviewSteps *self,
                    const Step          *step)
{
  const char *id = bs_statement_get_id (step->statement);
  const BsTeamStat *stat = bs_team_stats_statement (self->stats, id, NULL);
  guint n = bs_team_stats_get_n_respondents (self->stats, NULL);
  GString *text = g_string_new (NULL);

  /* Translators: the start of a statement's statistics in the review
   * meeting, e.g. "12 respondents: 10 gave a stage, 1 not applicable,
   * 1 don't know" */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u respondent", "%u respondents", n), n);
  g_string_append (text, ": ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u gave a stage", "%u gave a stage", stat->n),
                          stat->n);
  if (stat->n_not_applicable > 0)
    /* Translators: e.g. ", 1 not applicable" */
    g_string_append_printf (text, _(", %u not applicable"), stat->n_not_applicable);
  if (stat->n_unknown > 0)
    /* Translators: e.g. ", 2 don't know" */
    g_string_append_printf (text, _(", %u don’t know"), stat->n_unknown);

  if (stat->n > 0)
    {
      g_autofree char *mean = bs_display_decimal (stat->mean, 1);
      g_autofree char *median = bs_display_decimal (stat->median, 1);
      g_autofree char *sd = bs_display_decimal (stat->sd, 1);

      g_string_append (text, " · ");
      /* Translators: the respondents' stages of one statement, e.g. "mean
       * 2.4, median 2.0, from 1 to 4, standard deviation 1.1" */
      g_string_append_printf (text, _("mean %s, median %s, from %.0f to %.0f, standard deviation %s"),
                              mean, median, stat->min, stat->max, sd);
    }

  if (stat->disagreement)
    {
      g_string_append (text, " · ");
      g_string_append (text, _("the team disagrees"));
    }

  return g_string_free (text, FALSE);
}

static char *
describe_level (const BsReviewSteps *self,
                const Step          *step)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  BsLevel *level = bs_framework_lookup_level (framework, step->level_id);
  BsTeam *team = bs_assessment_get_team (self->assessment);
  GListModel *dimensions = bs_level_get_dimensions (level);
  guint n = bs_team_stats_get_n_respondents (self->stats, NULL);
  guint agreed = 0, total = 0;
  g_autofree char *score_text = NULL;
  GString *text = g_string_new (NULL);
  BsScore score;

  for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
    {
      g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);
      GListModel *statements = bs_dimension_get_statements (dimension);

      for (guint s = 0; s < g_list_model_get_n_items (statements); s++)
        {
          g_autoptr(BsStatement) statement = g_list_model_get_item (statements, s);
          BsAgreedAnswer *answer = bs_team_lookup_agreed (team, bs_statement_get_id (statement));

          total++;
          if (answer != NULL && bs_agreed_answer_is_set (answer))
            agreed++;
        }
    }

  bs_score_level (self->assessment, level, &score);
  score_text = bs_display_score_text (&score);

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u respondent", "%u respondents", n), n);
  g_string_append (text, " · ");
  /* Translators: e.g. "level score 2.6" */
  g_string_append_printf (text, _("level score %s"), score_text);
  g_string_append (text, " · ");
  /* Translators: e.g. "agreed on 7 of 16 statements" */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "agreed on %u of %u statement",
                                             "agreed on %u of %u statements", total),
                          agreed, total);

  return g_string_free (text, FALSE);
}

/**
 * bs_review_steps_describe:
 *
 * What a step's page says under its title: for a statement the
 * respondents' answers in numbers, for a level its score and how much of
 * it the team agreed on (which changes as the meeting goes on, so it is
 * computed each time).
 *
 * Returns: (transfer full): the text
 */
char *
bs_review_steps_describe (const BsReviewSteps *self,
                          guint                step)
{
  const Step *s;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (step < self->steps->len, NULL);

  s = get_step (self, step);
  if (s->kind == BS_REVIEW_STEP_STATEMENT)
    return describe_statement (self, s);

  return describe_level (self, s);
}

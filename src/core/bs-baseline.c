/* bs-baseline.c: the previous cycle's assessment, as a copy of its scores kept in the new one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <math.h>
#include <string.h>

#include "bs-assessment-private.h"
#include "bs-baseline-private.h"
#include "bs-level-scores.h"

G_DEFINE_FINAL_TYPE (BsBaseline, bs_baseline, G_TYPE_OBJECT)

static void
baseline_score_free (BsBaselineScore *score)
{
  g_free (score->level_id);
  g_free (score->dimension_id);
  g_free (score);
}

static void
bs_baseline_finalize (GObject *object)
{
  BsBaseline *self = (BsBaseline *) object;

  g_free (self->path);
  g_free (self->absolute_path);
  g_free (self->framework_id);
  g_free (self->framework_version);
  g_free (self->title);
  g_free (self->date);
  g_strfreev (self->levels);
  g_hash_table_unref (self->score_index);
  g_ptr_array_unref (self->scores);
  g_hash_table_unref (self->answer_index);
  g_ptr_array_unref (self->answers);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (bs_baseline_parent_class)->finalize (object);
}

static void
bs_baseline_class_init (BsBaselineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bs_baseline_finalize;
}

static void
bs_baseline_init (BsBaseline *self)
{
  self->levels = g_new0 (char *, 1);
  self->scores = g_ptr_array_new_with_free_func ((GDestroyNotify) baseline_score_free);
  self->score_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->answers = g_ptr_array_new_with_free_func (g_object_unref);
  self->answer_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->actions = g_list_store_new (BS_TYPE_ACTION);
}

BsBaseline *
_bs_baseline_new (void)
{
  return g_object_new (BS_TYPE_BASELINE, NULL);
}

static char *
score_key (const char *level_id,
           const char *dimension_id)
{
  return dimension_id != NULL ? g_strconcat (level_id, "/", dimension_id, NULL) : g_strdup (level_id);
}

/* Returns FALSE when the level or dimension is there already. */
gboolean
_bs_baseline_add_score (BsBaseline *self,
                        const char *level_id,
                        const char *dimension_id,
                        double      score,
                        double      target)
{
  g_autofree char *key = score_key (level_id, dimension_id);
  BsBaselineScore *entry;

  if (g_hash_table_contains (self->score_index, key))
    return FALSE;

  entry = g_new0 (BsBaselineScore, 1);
  entry->level_id = g_strdup (level_id);
  entry->dimension_id = g_strdup (dimension_id);
  entry->score = score;
  entry->target = target;
  g_ptr_array_add (self->scores, entry);
  g_hash_table_insert (self->score_index, g_steal_pointer (&key), entry);

  if (dimension_id == NULL)
    {
      guint n = g_strv_length (self->levels);

      self->levels = g_renew (char *, self->levels, n + 2);
      self->levels[n] = g_strdup (level_id);
      self->levels[n + 1] = NULL;
    }

  return TRUE;
}

/* Takes @answer; returns FALSE (and drops it) when its statement is there already. */
gboolean
_bs_baseline_take_answer (BsBaseline *self,
                          BsAnswer   *answer)
{
  const char *id = bs_answer_get_statement_id (answer);

  if (g_hash_table_contains (self->answer_index, id))
    {
      g_object_unref (answer);
      return FALSE;
    }

  g_ptr_array_add (self->answers, answer);
  g_hash_table_insert (self->answer_index, (gpointer) id, answer);
  return TRUE;
}

/* @to_file relative to the folder of @from_file; both absolute. */
char *
_bs_baseline_relative_path (const char *from_file,
                            const char *to_file)
{
  g_autofree char *from_dir = g_path_get_dirname (from_file);
  g_auto(GStrv) from = g_strsplit (from_dir, G_DIR_SEPARATOR_S, -1);
  g_auto(GStrv) to = g_strsplit (to_file, G_DIR_SEPARATOR_S, -1);
  g_autoptr(GString) out = g_string_new (NULL);
  guint common = 0;
  guint n_to;

  if (!g_path_is_absolute (from_file) || !g_path_is_absolute (to_file))
    return NULL;

  n_to = g_strv_length (to);
  /* The last part of @to_file is its name, never a common folder. */
  while (from[common] != NULL && common + 1 < n_to && g_str_equal (from[common], to[common]))
    common++;

  for (guint i = common; from[i] != NULL; i++)
    if (from[i][0] != '\0')
      g_string_append (out, ".." G_DIR_SEPARATOR_S);
  for (guint i = common; to[i] != NULL; i++)
    {
      g_string_append (out, to[i]);
      if (to[i + 1] != NULL)
        g_string_append_c (out, G_DIR_SEPARATOR);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The value that stands for the statement in a chart: the own or agreed
 * stage; a team's mean of respondents is not a stage, and is left out. */
static int
statement_value (BsAssessment *assessment,
                 const char   *statement_id)
{
  BsStatementScore score;

  bs_score_statement (assessment, statement_id, &score);
  if (score.source == BS_SCORE_SOURCE_OWN || score.source == BS_SCORE_SOURCE_AGREED)
    return score.value;
  if (!score.has_score && score.answered)
    return score.value;
  return BS_VALUE_NONE;
}

/**
 * bs_baseline_new_from_assessment:
 * @previous: the assessment of the previous cycle
 * @path: (nullable): where @previous is saved
 *
 * Copies what the next cycle shows of @previous: its framework, title and
 * date, the score and target of every included level and dimension, the
 * value, note and evidence of every answered statement, and its actions.
 *
 * Returns: (transfer full): the baseline
 */
BsBaseline *
bs_baseline_new_from_assessment (BsAssessment *previous,
                                 const char   *path)
{
  g_autoptr(BsBaseline) self = NULL;
  BsFramework *framework;
  GListModel *levels;
  GListModel *actions;

  g_return_val_if_fail (BS_IS_ASSESSMENT (previous), NULL);

  framework = bs_assessment_get_framework (previous);
  self = _bs_baseline_new ();
  if (path != NULL)
    self->absolute_path = g_canonicalize_filename (path, NULL);
  self->framework_id = g_strdup (bs_framework_get_id (framework));
  self->framework_version = g_strdup (bs_framework_get_version (framework));
  self->title = g_strdup (bs_assessment_get_title (previous));
  self->date = g_strdup (bs_assessment_get_date (previous));

  levels = bs_framework_get_levels (framework);
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      const char *level_id = bs_level_get_id (level);
      g_autoptr(BsLevelScores) scores = NULL;

      if (!bs_assessment_includes_level (previous, level_id))
        continue;

      scores = bs_level_scores_new (previous, level_id, NULL);
      _bs_baseline_add_score (self, level_id, NULL,
                              bs_score_has_score (&scores->score) ? scores->score.score : NAN,
                              scores->target);
      for (guint j = 0; j < scores->n_dimensions; j++)
        {
          BsDimensionScores *d = &scores->dimensions[j];
          GListModel *statements = bs_dimension_get_statements (d->dimension);

          _bs_baseline_add_score (self, level_id, bs_dimension_get_id (d->dimension),
                                  bs_score_has_score (&d->score) ? d->score.score : NAN,
                                  d->target);

          for (guint k = 0; k < g_list_model_get_n_items (statements); k++)
            {
              g_autoptr(BsStatement) statement = g_list_model_get_item (statements, k);
              const char *id = bs_statement_get_id (statement);
              BsAnswer *own = bs_assessment_lookup_answer (previous, id);
              int value = statement_value (previous, id);
              BsAnswer *copy;

              if (value == BS_VALUE_NONE &&
                  (own == NULL || (bs_answer_get_note (own) == NULL && bs_answer_get_evidence (own) == NULL)))
                continue;

              copy = bs_answer_new (id);
              bs_answer_set_value (copy, value);
              if (own != NULL)
                {
                  bs_answer_set_note (copy, bs_answer_get_note (own));
                  bs_answer_set_evidence (copy, bs_answer_get_evidence (own));
                }
              _bs_baseline_take_answer (self, copy);
            }
        }
    }

  actions = bs_assessment_get_actions (previous);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BsAction) action = g_list_model_get_item (actions, i);
      g_autoptr(BsAction) copy = bs_action_copy (action);

      g_list_store_append (self->actions, copy);
    }

  return g_steal_pointer (&self);
}

/**
 * bs_baseline_get_path:
 *
 * Returns: (nullable): the previous assessment's file relative to the
 *   folder of the assessment that holds the baseline, as last saved
 */
const char *
bs_baseline_get_path (BsBaseline *self)
{
  g_return_val_if_fail (BS_IS_BASELINE (self), NULL);

  return self->path;
}

/**
 * bs_baseline_get_absolute_path:
 *
 * Returns: (nullable): the previous assessment's file, as an absolute path
 */
const char *
bs_baseline_get_absolute_path (BsBaseline *self)
{
  g_return_val_if_fail (BS_IS_BASELINE (self), NULL);

  return self->absolute_path;
}

/**
 * bs_baseline_find_file:
 * @assessment_path: (nullable): the file of the assessment that holds the
 *   baseline
 *
 * Looks for the previous assessment's file: first by the relative path
 * (which still works when both files moved together), then by the
 * absolute one.
 *
 * Returns: (transfer full) (nullable): the path of the file, or %NULL when
 *   it is gone; the embedded scores remain available either way
 */
char *
bs_baseline_find_file (BsBaseline *self,
                       const char *assessment_path)
{
  g_return_val_if_fail (BS_IS_BASELINE (self), NULL);

  if (self->path != NULL && assessment_path != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (assessment_path);
      g_autofree char *candidate = g_canonicalize_filename (self->path, dir);

      if (g_file_test (candidate, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&candidate);
    }

  if (self->absolute_path != NULL && g_file_test (self->absolute_path, G_FILE_TEST_IS_REGULAR))
    return g_strdup (self->absolute_path);

  return NULL;
}

const char *
bs_baseline_get_framework_id (BsBaseline *self)
{
  g_return_val_if_fail (BS_IS_BASELINE (self), NULL);

  return self->framework_id;
}

const char *
bs_baseline_get_framework_version (BsBaseline *self)
{
  g_return_val_if_fail (BS_IS_BASELINE (self), NULL);

  return self->framework_version;
}

const char *
bs_baseline_get_title (BsBaseline *self)
{
  g_return_val_if_fail (BS_IS_BASELINE (self), NULL);

  return self->title;
}

/**
 * bs_baseline_get_date:
 *
 * Returns: (nullable): the date of the previous assessment, YYYY-MM-DD
 */
const char *
bs_baseline_get_date (BsBaseline *self)
{
  g_return_val_if_fail (BS_IS_BASELINE (self), NULL);

  return self->date;
}

/**
 * bs_baseline_get_levels:
 *
 * Returns: (transfer none): the levels the previous assessment included
 */
const char * const *
bs_baseline_get_levels (BsBaseline *self)
{
  g_return_val_if_fail (BS_IS_BASELINE (self), NULL);

  return (const char * const *) self->levels;
}

gboolean
bs_baseline_includes_level (BsBaseline *self,
                            const char *level_id)
{
  g_return_val_if_fail (BS_IS_BASELINE (self), FALSE);

  return level_id != NULL && g_strv_contains ((const char * const *) self->levels, level_id);
}

static gboolean
lookup_score (BsBaseline *self,
              const char *level_id,
              const char *dimension_id,
              double     *score,
              double     *target)
{
  g_autofree char *key = score_key (level_id, dimension_id);
  BsBaselineScore *entry = g_hash_table_lookup (self->score_index, key);

  if (score != NULL)
    *score = entry != NULL ? entry->score : NAN;
  if (target != NULL)
    *target = entry != NULL ? entry->target : NAN;
  return entry != NULL;
}

/**
 * bs_baseline_get_level_score:
 * @score: (out) (optional): the level's score then; NAN without one
 * @target: (out) (optional): its target then; NAN without one
 *
 * Returns: whether the previous assessment included the level
 */
gboolean
bs_baseline_get_level_score (BsBaseline *self,
                             const char *level_id,
                             double     *score,
                             double     *target)
{
  g_return_val_if_fail (BS_IS_BASELINE (self), FALSE);
  g_return_val_if_fail (level_id != NULL, FALSE);

  return lookup_score (self, level_id, NULL, score, target);
}

/**
 * bs_baseline_get_dimension_score:
 * @score: (out) (optional): the dimension's score then; NAN without one
 * @target: (out) (optional): its target then; NAN without one
 *
 * Returns: whether the previous assessment had the dimension at the level
 */
gboolean
bs_baseline_get_dimension_score (BsBaseline *self,
                                 const char *level_id,
                                 const char *dimension_id,
                                 double     *score,
                                 double     *target)
{
  g_return_val_if_fail (BS_IS_BASELINE (self), FALSE);
  g_return_val_if_fail (level_id != NULL && dimension_id != NULL, FALSE);

  return lookup_score (self, level_id, dimension_id, score, target);
}

/**
 * bs_baseline_lookup_answer:
 *
 * Returns: (transfer none) (nullable): the statement's value, note and
 *   evidence in the previous cycle (its target is not kept); the id is
 *   the one of the previous framework version
 */
BsAnswer *
bs_baseline_lookup_answer (BsBaseline *self,
                           const char *statement_id)
{
  g_return_val_if_fail (BS_IS_BASELINE (self), NULL);

  return statement_id != NULL ? g_hash_table_lookup (self->answer_index, statement_id) : NULL;
}

/**
 * bs_baseline_list_answers:
 *
 * Returns: (transfer container) (element-type BsAnswer): every statement
 *   the baseline holds, in the previous framework's order
 */
GPtrArray *
bs_baseline_list_answers (BsBaseline *self)
{
  GPtrArray *list;

  g_return_val_if_fail (BS_IS_BASELINE (self), NULL);

  list = g_ptr_array_new_full (self->answers->len, g_object_unref);
  for (guint i = 0; i < self->answers->len; i++)
    g_ptr_array_add (list, g_object_ref (g_ptr_array_index (self->answers, i)));
  return list;
}

/**
 * bs_baseline_get_actions:
 *
 * Returns: (transfer none): every action of the previous cycle, open, done
 *   and dropped, as they were (a #GListModel of #BsAction)
 */
GListModel *
bs_baseline_get_actions (BsBaseline *self)
{
  g_return_val_if_fail (BS_IS_BASELINE (self), NULL);

  return G_LIST_MODEL (self->actions);
}

/**
 * bs_assessment_get_baseline:
 *
 * Returns: (transfer none) (nullable): the previous cycle this assessment
 *   continues (bs_assessment_new_next_cycle()), or %NULL
 */
BsBaseline *
bs_assessment_get_baseline (BsAssessment *self)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  return self->baseline;
}

/**
 * bs_assessment_set_baseline:
 * @baseline: (nullable): the previous cycle, or %NULL to forget it
 *
 * Its framework must have the id of the assessment's framework.
 */
void
bs_assessment_set_baseline (BsAssessment *self,
                            BsBaseline   *baseline)
{
  g_return_if_fail (BS_IS_ASSESSMENT (self));
  g_return_if_fail (baseline == NULL || BS_IS_BASELINE (baseline));
  g_return_if_fail (baseline == NULL ||
                    g_strcmp0 (baseline->framework_id, bs_framework_get_id (self->framework)) == 0);

  if (g_set_object (&self->baseline, baseline))
    g_signal_emit_by_name (self, "changed");
}

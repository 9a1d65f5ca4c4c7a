/* bs-team-stats.c: a team's spread and disagreement per statement, dimension and level, also per role
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "bs-team-stats.h"

/* Every table has one slot for the whole team (0) and one per role of the
 * framework (1 + its place in bs_framework_get_roles()). */
struct _BsTeamStats
{
  BsAssessment *assessment;
  BsFramework  *framework;
  double        threshold;
  guint         n_slots;
  guint         n_stages;
  guint        *n_respondents;   /* [slot] */

  GPtrArray    *statements;      /* BsStatement, the included ones in framework order */
  GHashTable   *statement_index; /* id → 1 + place in statements */
  guint        *counts;          /* [statement][slot][value]: 0 N/A, 1…n stages, n + 1 "don't know" */
  BsTeamStat   *statement_stats; /* [statement][slot] */

  GHashTable   *dimension_index; /* "level/dimension" → 1 + place */
  BsTeamStat   *dimension_stats; /* [dimension][slot] */
  GHashTable   *level_index;     /* level id → 1 + place */
  BsTeamStat   *level_stats;     /* [level][slot] */
};

static guint
count_slot (const BsTeamStats *self,
            int                value)
{
  if (value == BS_VALUE_NOT_APPLICABLE)
    return 0;
  if (value == BS_VALUE_UNKNOWN)
    return self->n_stages + 1;
  return (guint) value;
}

static guint *
counts_of (const BsTeamStats *self,
           guint              statement,
           guint              slot)
{
  return &self->counts[(statement * self->n_slots + slot) * (self->n_stages + 2)];
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
stat_empty (BsTeamStat *stat)
{
  stat->mean = stat->median = stat->min = stat->max = stat->sd = NAN;
}

/* From a list of values (sorted here). */
static void
stat_from_values (BsTeamStat *stat,
                  GArray     *values,
                  double      threshold)
{
  double sum = 0, squares = 0;
  guint n = values->len;
  /* through void *: the array's data is malloc'ed, aligned for a double */
  double *v = (double *) (void *) values->data;

  stat->n = n;
  if (n == 0)
    {
      stat_empty (stat);
      return;
    }

  qsort (v, n, sizeof (double), compare_doubles);
  for (guint i = 0; i < n; i++)
    sum += v[i];
  stat->mean = sum / n;
  for (guint i = 0; i < n; i++)
    squares += (v[i] - stat->mean) * (v[i] - stat->mean);
  stat->sd = sqrt (squares / n);
  stat->min = v[0];
  stat->max = v[n - 1];
  stat->median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  stat->disagreement = n >= 2 && stat->sd >= threshold;
}

/* The k-th smallest stage (from 0) of a histogram of stages. */
static double
kth_stage (const guint *counts,
           guint        n_stages,
           guint        k)
{
  guint seen = 0;

  for (guint v = 1; v <= n_stages; v++)
    {
      seen += counts[v];
      if (k < seen)
        return v;
    }

  g_assert_not_reached ();
  return NAN;
}

/* From a histogram of stages: a statement's answers are whole stages. */
static void
stat_from_counts (BsTeamStat  *stat,
                  const guint *counts,
                  guint        n_stages,
                  double       threshold)
{
  double sum = 0, squares = 0;
  guint n = 0;

  stat->n_not_applicable = counts[0];
  stat->n_unknown = counts[n_stages + 1];
  for (guint v = 1; v <= n_stages; v++)
    {
      n += counts[v];
      sum += (double) v * counts[v];
    }

  stat->n = n;
  if (n == 0)
    {
      stat_empty (stat);
      return;
    }

  stat->mean = sum / n;
  for (guint v = 1; v <= n_stages; v++)
    squares += counts[v] * (v - stat->mean) * (v - stat->mean);
  stat->sd = sqrt (squares / n);
  stat->min = kth_stage (counts, n_stages, 0);
  stat->max = kth_stage (counts, n_stages, n - 1);
  stat->median = n % 2 == 1
                 ? kth_stage (counts, n_stages, n / 2)
                 : (kth_stage (counts, n_stages, n / 2 - 1) + kth_stage (counts, n_stages, n / 2)) / 2;
  stat->disagreement = n >= 2 && stat->sd >= threshold;
}

static void
free_value_arrays (GArray **arrays,
                   guint    n)
{
  for (guint i = 0; i < n; i++)
    g_array_unref (arrays[i]);
  g_free (arrays);
}

static GArray **
new_value_arrays (guint n)
{
  GArray **arrays = g_new (GArray *, n);

  for (guint i = 0; i < n; i++)
    arrays[i] = g_array_new (FALSE, FALSE, sizeof (double));

  return arrays;
}

static BsTeamStats *
team_stats_new (BsAssessment *assessment,
                const char   *only_level)
{
  BsTeamStats *self;
  GListModel *levels;
  GListModel *respondents;
  guint n_respondents, n_dimensions = 0, n_levels = 0;
  guint n_values;
  g_autoptr(GArray) dim_first = g_array_new (FALSE, FALSE, sizeof (guint));   /* [dimension] first statement */
  g_autoptr(GArray) dim_count = g_array_new (FALSE, FALSE, sizeof (guint));   /* [dimension] statements */
  g_autoptr(GArray) level_first = g_array_new (FALSE, FALSE, sizeof (guint)); /* [level] first dimension */
  g_autoptr(GArray) level_count = g_array_new (FALSE, FALSE, sizeof (guint)); /* [level] dimensions */
  GArray **dim_values;
  GArray **level_values;
  double *dim_score;

  self = g_new0 (BsTeamStats, 1);
  self->assessment = g_object_ref (assessment);
  self->framework = g_object_ref (bs_assessment_get_framework (assessment));
  self->threshold = bs_framework_get_disagreement_threshold (self->framework);
  self->n_slots = 1 + g_list_model_get_n_items (bs_framework_get_roles (self->framework));
  self->n_stages = bs_framework_get_n_stages (self->framework);
  self->n_respondents = g_new0 (guint, self->n_slots);
  self->statements = g_ptr_array_new_with_free_func (g_object_unref);
  self->statement_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->dimension_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->level_index = g_hash_table_new (g_str_hash, g_str_equal);

  /* The included statements, dimensions and levels, in framework order. */
  levels = bs_framework_get_levels (self->framework);
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      GListModel *dims = bs_level_get_dimensions (level);
      guint first_dim = n_dimensions;

      if (!bs_assessment_includes_level (assessment, bs_level_get_id (level)) ||
          (only_level != NULL && !g_str_equal (only_level, bs_level_get_id (level))))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (dims); j++)
        {
          g_autoptr(BsDimension) dim = g_list_model_get_item (dims, j);
          GListModel *statements = bs_dimension_get_statements (dim);
          guint first = self->statements->len;
          guint count = g_list_model_get_n_items (statements);

          for (guint k = 0; k < count; k++)
            {
              BsStatement *statement = g_list_model_get_item (statements, k);

              g_ptr_array_add (self->statements, statement);
              g_hash_table_insert (self->statement_index, (gpointer) bs_statement_get_id (statement),
                                   GUINT_TO_POINTER (self->statements->len));
            }

          g_array_append_val (dim_first, first);
          g_array_append_val (dim_count, count);
          n_dimensions++;
          g_hash_table_insert (self->dimension_index,
                               g_strconcat (bs_level_get_id (level), "/", bs_dimension_get_id (dim), NULL),
                               GUINT_TO_POINTER (n_dimensions));
        }

      {
        guint count = n_dimensions - first_dim;

        g_array_append_val (level_first, first_dim);
        g_array_append_val (level_count, count);
      }
      n_levels++;
      g_hash_table_insert (self->level_index, (gpointer) bs_level_get_id (level), GUINT_TO_POINTER (n_levels));
    }

  n_values = self->n_stages + 2;
  self->counts = g_new0 (guint, MAX (self->statements->len * self->n_slots * n_values, 1));
  self->statement_stats = g_new0 (BsTeamStat, MAX (self->statements->len * self->n_slots, 1));
  self->dimension_stats = g_new0 (BsTeamStat, MAX (n_dimensions * self->n_slots, 1));
  self->level_stats = g_new0 (BsTeamStat, MAX (n_levels * self->n_slots, 1));
  dim_values = new_value_arrays (MAX (n_dimensions * self->n_slots, 1));
  level_values = new_value_arrays (MAX (n_levels * self->n_slots, 1));
  dim_score = g_new (double, MAX (n_dimensions, 1));

  respondents = bs_team_get_respondents (bs_assessment_get_team (assessment));
  n_respondents = g_list_model_get_n_items (respondents);
  for (guint r = 0; r < n_respondents; r++)
    {
      g_autoptr(BsRespondent) respondent = g_list_model_get_item (respondents, r);
      int role = bs_framework_get_role_index (self->framework, bs_respondent_get_role (respondent));
      guint slots[2] = { 0, role >= 0 ? 1 + (guint) role : 0 };
      guint n_slots_here = role >= 0 ? 2 : 1;

      for (guint s = 0; s < n_slots_here; s++)
        self->n_respondents[slots[s]]++;

      for (guint d = 0; d < n_dimensions; d++)
        {
          guint first = g_array_index (dim_first, guint, d);
          guint count = g_array_index (dim_count, guint, d);
          double sum = 0;
          guint scored = 0;

          for (guint k = first; k < first + count; k++)
            {
              BsStatement *statement = g_ptr_array_index (self->statements, k);
              int value = bs_respondent_get_value (respondent, bs_statement_get_id (statement));

              if (value == BS_VALUE_NONE || value > (int) self->n_stages)
                continue;

              for (guint s = 0; s < n_slots_here; s++)
                {
                  counts_of (self, k, slots[s])[count_slot (self, value)]++;
                  if (value < 0)
                    {
                      BsTeamStat *dstat = &self->dimension_stats[d * self->n_slots + slots[s]];

                      if (value == BS_VALUE_NOT_APPLICABLE)
                        dstat->n_not_applicable++;
                      else
                        dstat->n_unknown++;
                    }
                }
              if (value > 0)
                {
                  sum += value;
                  scored++;
                }
            }

          dim_score[d] = scored > 0 ? sum / scored : NAN;
          if (scored > 0)
            for (guint s = 0; s < n_slots_here; s++)
              g_array_append_val (dim_values[d * self->n_slots + slots[s]], dim_score[d]);
        }

      for (guint l = 0; l < n_levels; l++)
        {
          guint first = g_array_index (level_first, guint, l);
          guint count = g_array_index (level_count, guint, l);
          double sum = 0;
          guint scored = 0;

          for (guint d = first; d < first + count; d++)
            if (!isnan (dim_score[d]))
              {
                sum += dim_score[d];
                scored++;
              }

          if (scored > 0)
            {
              double score = sum / scored;

              for (guint s = 0; s < n_slots_here; s++)
                g_array_append_val (level_values[l * self->n_slots + slots[s]], score);
            }
        }
    }

  for (guint k = 0; k < self->statements->len; k++)
    for (guint s = 0; s < self->n_slots; s++)
      stat_from_counts (&self->statement_stats[k * self->n_slots + s], counts_of (self, k, s),
                        self->n_stages, self->threshold);

  for (guint d = 0; d < n_dimensions; d++)
    for (guint s = 0; s < self->n_slots; s++)
      stat_from_values (&self->dimension_stats[d * self->n_slots + s],
                        dim_values[d * self->n_slots + s], self->threshold);

  for (guint l = 0; l < n_levels; l++)
    {
      guint first = g_array_index (level_first, guint, l);
      guint count = g_array_index (level_count, guint, l);

      for (guint s = 0; s < self->n_slots; s++)
        {
          BsTeamStat *lstat = &self->level_stats[l * self->n_slots + s];

          stat_from_values (lstat, level_values[l * self->n_slots + s], self->threshold);
          for (guint d = first; d < first + count; d++)
            {
              lstat->n_not_applicable += self->dimension_stats[d * self->n_slots + s].n_not_applicable;
              lstat->n_unknown += self->dimension_stats[d * self->n_slots + s].n_unknown;
            }
        }
    }

  free_value_arrays (dim_values, MAX (n_dimensions * self->n_slots, 1));
  free_value_arrays (level_values, MAX (n_levels * self->n_slots, 1));
  g_free (dim_score);

  return self;
}

/**
 * bs_team_stats_new:
 * @assessment: a team assessment (one without respondents gives statistics
 *   with every count 0)
 *
 * Computes the statistics of every statement, dimension and level the
 * assessment includes, for the whole team and for each role of the
 * framework (bs_framework_get_roles()). The statistics are a snapshot: make
 * new ones after the team changed.
 *
 * Returns: (transfer full): the statistics; free with bs_team_stats_free()
 */
BsTeamStats *
bs_team_stats_new (BsAssessment *assessment)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  return team_stats_new (assessment, NULL);
}

/**
 * bs_team_stats_new_for_level:
 * @level_id: an included level
 *
 * As bs_team_stats_new(), for one level only (a third of the work for the
 * three levels of the default framework): the other levels' statements,
 * dimensions and level have no statistics (%NULL).
 *
 * Returns: (transfer full): the statistics; free with bs_team_stats_free()
 */
BsTeamStats *
bs_team_stats_new_for_level (BsAssessment *assessment,
                             const char   *level_id)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (level_id != NULL, NULL);

  return team_stats_new (assessment, level_id);
}

void
bs_team_stats_free (BsTeamStats *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->statement_index, g_hash_table_unref);
  g_clear_pointer (&self->dimension_index, g_hash_table_unref);
  g_clear_pointer (&self->level_index, g_hash_table_unref);
  g_clear_pointer (&self->statements, g_ptr_array_unref);
  g_free (self->counts);
  g_free (self->statement_stats);
  g_free (self->dimension_stats);
  g_free (self->level_stats);
  g_free (self->n_respondents);
  g_clear_object (&self->framework);
  g_clear_object (&self->assessment);
  g_free (self);
}

/**
 * bs_team_stats_get_assessment:
 *
 * Returns: (transfer none): the assessment the statistics are of
 */
BsAssessment *
bs_team_stats_get_assessment (const BsTeamStats *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->assessment;
}

/**
 * bs_team_stats_get_threshold:
 *
 * Returns: the standard deviation from which a disagreement is flagged
 */
double
bs_team_stats_get_threshold (const BsTeamStats *self)
{
  g_return_val_if_fail (self != NULL, NAN);

  return self->threshold;
}

/* -1 for an unknown role; 0 for the whole team. */
static int
role_slot (const BsTeamStats *self,
           const char        *role_id)
{
  int i;

  if (role_id == NULL)
    return 0;

  i = bs_framework_get_role_index (self->framework, role_id);
  return i < 0 ? -1 : 1 + i;
}

/**
 * bs_team_stats_get_n_respondents:
 * @role_id: (nullable): a role of the framework, or %NULL for the team
 *
 * Returns: the number of respondents (in that role)
 */
guint
bs_team_stats_get_n_respondents (const BsTeamStats *self,
                                 const char        *role_id)
{
  int slot;

  g_return_val_if_fail (self != NULL, 0);

  slot = role_slot (self, role_id);
  g_return_val_if_fail (slot >= 0, 0);

  return self->n_respondents[slot];
}

/**
 * bs_team_stats_statement:
 * @statement_id: a statement of an included level
 * @role_id: (nullable): a role of the framework, or %NULL for the whole team
 *
 * Returns: (nullable): the statistics of the respondents' answers to the
 *   statement; %NULL for a statement of a level not included
 */
const BsTeamStat *
bs_team_stats_statement (const BsTeamStats *self,
                         const char        *statement_id,
                         const char        *role_id)
{
  guint k;
  int slot;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (statement_id != NULL, NULL);

  slot = role_slot (self, role_id);
  g_return_val_if_fail (slot >= 0, NULL);

  k = GPOINTER_TO_UINT (g_hash_table_lookup (self->statement_index, statement_id));
  if (k == 0)
    return NULL;

  return &self->statement_stats[(k - 1) * self->n_slots + slot];
}

/**
 * bs_team_stats_dimension:
 * @role_id: (nullable): a role of the framework, or %NULL for the whole team
 *
 * Returns: (nullable): the statistics of the respondents' own scores of the
 *   dimension; %NULL for a dimension of a level not included
 */
const BsTeamStat *
bs_team_stats_dimension (const BsTeamStats *self,
                         const char        *level_id,
                         const char        *dimension_id,
                         const char        *role_id)
{
  g_autofree char *key = NULL;
  guint d;
  int slot;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (level_id != NULL && dimension_id != NULL, NULL);

  slot = role_slot (self, role_id);
  g_return_val_if_fail (slot >= 0, NULL);

  key = g_strconcat (level_id, "/", dimension_id, NULL);
  d = GPOINTER_TO_UINT (g_hash_table_lookup (self->dimension_index, key));
  if (d == 0)
    return NULL;

  return &self->dimension_stats[(d - 1) * self->n_slots + slot];
}

/**
 * bs_team_stats_level:
 * @role_id: (nullable): a role of the framework, or %NULL for the whole team
 *
 * Returns: (nullable): the statistics of the respondents' own scores of the
 *   level; %NULL for a level not included
 */
const BsTeamStat *
bs_team_stats_level (const BsTeamStats *self,
                     const char        *level_id,
                     const char        *role_id)
{
  guint l;
  int slot;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (level_id != NULL, NULL);

  slot = role_slot (self, role_id);
  g_return_val_if_fail (slot >= 0, NULL);

  l = GPOINTER_TO_UINT (g_hash_table_lookup (self->level_index, level_id));
  if (l == 0)
    return NULL;

  return &self->level_stats[(l - 1) * self->n_slots + slot];
}

/**
 * bs_team_stats_count:
 * @role_id: (nullable): a role of the framework, or %NULL for the whole team
 * @value: a stage, %BS_VALUE_NOT_APPLICABLE, %BS_VALUE_UNKNOWN, or
 *   %BS_VALUE_NONE for the respondents who did not answer
 *
 * The distribution of the answers to one statement: how many respondents
 * (in a role) gave @value.
 *
 * Returns: the count; 0 for a statement of a level not included
 */
guint
bs_team_stats_count (const BsTeamStats *self,
                     const char        *statement_id,
                     const char        *role_id,
                     int                value)
{
  const guint *counts;
  guint k, answered = 0;
  int slot;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (statement_id != NULL, 0);
  g_return_val_if_fail (value >= BS_VALUE_UNKNOWN && value <= (int) self->n_stages, 0);

  slot = role_slot (self, role_id);
  g_return_val_if_fail (slot >= 0, 0);

  k = GPOINTER_TO_UINT (g_hash_table_lookup (self->statement_index, statement_id));
  if (k == 0)
    return 0;

  counts = counts_of (self, k - 1, slot);
  if (value != BS_VALUE_NONE)
    return counts[count_slot (self, value)];

  for (guint v = 0; v < self->n_stages + 2; v++)
    answered += counts[v];
  return self->n_respondents[slot] - answered;
}

static int
compare_disagreement (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  const BsTeamStats *self = user_data;
  BsStatement *sa = *(BsStatement * const *) a;
  BsStatement *sb = *(BsStatement * const *) b;
  const BsTeamStat *x = bs_team_stats_statement (self, bs_statement_get_id (sa), NULL);
  const BsTeamStat *y = bs_team_stats_statement (self, bs_statement_get_id (sb), NULL);
  double dx = x->n > 0 ? x->sd : -1;
  double dy = y->n > 0 ? y->sd : -1;
  double rx = x->n > 0 ? x->max - x->min : -1;
  double ry = y->n > 0 ? y->max - y->min : -1;

  if (dx != dy)
    return dx < dy ? 1 : -1;
  if (rx != ry)
    return rx < ry ? 1 : -1;

  /* Equal spread: the framework's order. */
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->statement_index, bs_statement_get_id (sa))) -
         (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->statement_index, bs_statement_get_id (sb)));
}

/**
 * bs_team_stats_by_disagreement:
 * @level_id: (nullable): only the statements of this level; %NULL for all
 *   included levels
 *
 * The order of a review meeting: the statements with the largest
 * disagreement first (standard deviation, then range, of the whole team's
 * stages), then the framework's order; statements nobody gave a stage
 * come last.
 *
 * Returns: (transfer container) (element-type BsStatement): the statements
 */
GPtrArray *
bs_team_stats_by_disagreement (const BsTeamStats *self,
                               const char        *level_id)
{
  GPtrArray *sorted;

  g_return_val_if_fail (self != NULL, NULL);

  sorted = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint k = 0; k < self->statements->len; k++)
    {
      BsStatement *statement = g_ptr_array_index (self->statements, k);

      if (level_id == NULL || g_str_equal (level_id, bs_statement_get_level_id (statement)))
        g_ptr_array_add (sorted, g_object_ref (statement));
    }

  g_ptr_array_sort_with_data (sorted, compare_disagreement, (gpointer) self);
  return sorted;
}

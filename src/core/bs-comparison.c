/* bs-comparison.c: two assessments of a unit side by side: scores, moved statements, framework versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "bs-comparison.h"
#include "bs-level-scores.h"

struct _BsComparison
{
  GObject              parent_instance;

  BsAssessment        *old_assessment;
  BsAssessment        *new_assessment;
  BsComparisonWarning  warning_flags;
  GStrv                warnings;
  GArray              *levels;        /* BsLevelComparison */
  GPtrArray           *statements;    /* BsStatementComparison, framework order */
  GHashTable          *by_id;         /* statement id → BsStatementComparison */
};

G_DEFINE_FINAL_TYPE (BsComparison, bs_comparison, G_TYPE_OBJECT)

G_DEFINE_QUARK (bs-comparison-error-quark, bs_comparison_error)

G_DEFINE_ENUM_TYPE (BsStatementVersion, bs_statement_version,
  G_DEFINE_ENUM_VALUE (BS_STATEMENT_VERSION_SAME, "same"),
  G_DEFINE_ENUM_VALUE (BS_STATEMENT_VERSION_ADDED, "added"),
  G_DEFINE_ENUM_VALUE (BS_STATEMENT_VERSION_REMOVED, "removed"),
  G_DEFINE_ENUM_VALUE (BS_STATEMENT_VERSION_REWORDED, "reworded"))

G_DEFINE_FLAGS_TYPE (BsStatementRewording, bs_statement_rewording,
  G_DEFINE_ENUM_VALUE (BS_STATEMENT_REWORDING_NONE, "none"),
  G_DEFINE_ENUM_VALUE (BS_STATEMENT_REWORDING_TEXT, "text"),
  G_DEFINE_ENUM_VALUE (BS_STATEMENT_REWORDING_DESCRIPTORS, "descriptors"),
  G_DEFINE_ENUM_VALUE (BS_STATEMENT_REWORDING_DIMENSION, "dimension"))

G_DEFINE_FLAGS_TYPE (BsComparisonWarning, bs_comparison_warning,
  G_DEFINE_ENUM_VALUE (BS_COMPARISON_WARNING_NONE, "none"),
  G_DEFINE_ENUM_VALUE (BS_COMPARISON_WARNING_UNIT, "unit"),
  G_DEFINE_ENUM_VALUE (BS_COMPARISON_WARNING_LEVELS, "levels"),
  G_DEFINE_ENUM_VALUE (BS_COMPARISON_WARNING_VERSION, "version"))

/**
 * bs_statement_version_to_string:
 *
 * Returns: the nick: "same", "added", "removed" or "reworded"
 */
const char *
bs_statement_version_to_string (BsStatementVersion version)
{
  GEnumClass *klass = g_type_class_ref (BS_TYPE_STATEMENT_VERSION);
  GEnumValue *value = g_enum_get_value (klass, version);

  g_type_class_unref (klass);
  g_return_val_if_fail (value != NULL, NULL);

  return value->value_nick;
}

static double
score_change (const BsScore *old_score,
              const BsScore *new_score)
{
  if (!bs_score_has_score (old_score) || !bs_score_has_score (new_score))
    return NAN;

  return new_score->score - old_score->score;
}

static BsStatementRewording
compare_statements (BsStatement *old_statement,
                    BsStatement *new_statement)
{
  BsStatementRewording rewording = BS_STATEMENT_REWORDING_NONE;
  guint n_old = bs_statement_get_n_descriptors (old_statement);
  guint n_new = bs_statement_get_n_descriptors (new_statement);

  g_assert (BS_IS_STATEMENT (old_statement));
  g_assert (BS_IS_STATEMENT (new_statement));

  if (!bs_localized_equal (bs_statement_get_text (old_statement), bs_statement_get_text (new_statement)))
    rewording |= BS_STATEMENT_REWORDING_TEXT;

  if (n_old != n_new)
    rewording |= BS_STATEMENT_REWORDING_DESCRIPTORS;
  else
    for (guint stage = 1; stage <= n_old; stage++)
      if (!bs_localized_equal (bs_statement_get_descriptor (old_statement, stage),
                               bs_statement_get_descriptor (new_statement, stage)))
        {
          rewording |= BS_STATEMENT_REWORDING_DESCRIPTORS;
          break;
        }

  if (g_strcmp0 (bs_statement_get_dimension_id (old_statement), bs_statement_get_dimension_id (new_statement)) != 0)
    rewording |= BS_STATEMENT_REWORDING_DIMENSION;

  return rewording;
}

static gboolean
answer_differs (const BsStatementScore *a,
                const BsStatementScore *b)
{
  if (a->has_score != b->has_score)
    return TRUE;
  if (a->has_score)
    return a->score != b->score;

  return a->value != b->value;
}

static void
add_statement (BsComparison *self,
               const char   *level_id,
               const char   *dimension_id,
               BsStatement  *old_statement,
               BsStatement  *new_statement)
{
  BsStatementComparison *s = g_new0 (BsStatementComparison, 1);

  g_assert (BS_IS_COMPARISON (self));
  g_assert (old_statement != NULL || new_statement != NULL);

  s->id = bs_statement_get_id (new_statement != NULL ? new_statement : old_statement);
  s->level_id = level_id;
  s->dimension_id = dimension_id;
  s->old_statement = old_statement;
  s->new_statement = new_statement;
  s->movement = NAN;

  if (old_statement == NULL)
    s->version = BS_STATEMENT_VERSION_ADDED;
  else if (new_statement == NULL)
    s->version = BS_STATEMENT_VERSION_REMOVED;
  else
    {
      s->rewording = compare_statements (old_statement, new_statement);
      s->version = s->rewording != BS_STATEMENT_REWORDING_NONE ? BS_STATEMENT_VERSION_REWORDED
                                                               : BS_STATEMENT_VERSION_SAME;
    }

  if (old_statement != NULL)
    bs_score_statement (self->old_assessment, s->id, &s->old_answer);
  if (new_statement != NULL)
    bs_score_statement (self->new_assessment, s->id, &s->new_answer);

  if (old_statement != NULL && new_statement != NULL)
    {
      s->moved = answer_differs (&s->old_answer, &s->new_answer);
      if (s->old_answer.has_score && s->new_answer.has_score)
        s->movement = s->new_answer.score - s->old_answer.score;
    }

  g_ptr_array_add (self->statements, s);
  g_hash_table_insert (self->by_id, (gpointer) s->id, s);
}

/* The new dimension's statements in order, then those of the old one that
 * the new version no longer has anywhere, so that every statement of both
 * versions is listed once. */
static void
add_dimension_statements (BsComparison          *self,
                          const char            *level_id,
                          BsDimensionComparison *d)
{
  BsFramework *old_framework = bs_assessment_get_framework (self->old_assessment);
  BsFramework *new_framework = bs_assessment_get_framework (self->new_assessment);

  g_assert (BS_IS_COMPARISON (self));

  if (d->new_dimension != NULL)
    {
      GListModel *statements = bs_dimension_get_statements (d->new_dimension);

      for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
        {
          g_autoptr(BsStatement) statement = g_list_model_get_item (statements, i);
          BsStatement *old_statement = bs_framework_lookup_statement (old_framework, bs_statement_get_id (statement));

          add_statement (self, level_id, d->id, old_statement, statement);
        }
    }

  if (d->old_dimension != NULL)
    {
      GListModel *statements = bs_dimension_get_statements (d->old_dimension);

      for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
        {
          g_autoptr(BsStatement) statement = g_list_model_get_item (statements, i);

          if (bs_framework_lookup_statement (new_framework, bs_statement_get_id (statement)) == NULL)
            add_statement (self, level_id, d->id, statement, NULL);
        }
    }
}

static void
compare_level (BsComparison      *self,
               const char        *level_id,
               BsLevelComparison *out)
{
  g_autoptr(BsLevelScores) old_scores = bs_level_scores_new (self->old_assessment, level_id, NULL);
  g_autoptr(BsLevelScores) new_scores = bs_level_scores_new (self->new_assessment, level_id, NULL);
  GArray *dimensions = g_array_new (FALSE, TRUE, sizeof (BsDimensionComparison));

  g_assert (BS_IS_COMPARISON (self));

  out->old_level = old_scores->level;
  out->new_level = new_scores->level;
  out->id = bs_level_get_id (out->new_level);
  out->old_score = old_scores->score;
  out->new_score = new_scores->score;
  out->change = score_change (&out->old_score, &out->new_score);

  for (guint i = 0; i < new_scores->n_dimensions; i++)
    {
      BsDimensionComparison d = { 0 };

      d.new_dimension = new_scores->dimensions[i].dimension;
      d.id = bs_dimension_get_id (d.new_dimension);
      d.new_score = new_scores->dimensions[i].score;
      for (guint j = 0; j < old_scores->n_dimensions; j++)
        if (g_str_equal (bs_dimension_get_id (old_scores->dimensions[j].dimension), d.id))
          {
            d.old_dimension = old_scores->dimensions[j].dimension;
            d.old_score = old_scores->dimensions[j].score;
          }
      g_array_append_val (dimensions, d);
    }

  for (guint j = 0; j < old_scores->n_dimensions; j++)
    {
      BsDimensionComparison d = { 0 };

      d.old_dimension = old_scores->dimensions[j].dimension;
      d.id = bs_dimension_get_id (d.old_dimension);
      if (bs_framework_lookup_dimension (bs_assessment_get_framework (self->new_assessment), level_id, d.id) != NULL)
        continue;
      d.old_score = old_scores->dimensions[j].score;
      g_array_append_val (dimensions, d);
    }

  out->n_dimensions = dimensions->len;
  out->dimensions = (BsDimensionComparison *) (gpointer) g_array_free (dimensions, FALSE);
  for (guint i = 0; i < out->n_dimensions; i++)
    {
      BsDimensionComparison *d = &out->dimensions[i];

      /* The levels' scores hold the references; the frameworks own the
       * dimensions for as long as the assessments live. */
      d->change = score_change (&d->old_score, &d->new_score);
      add_dimension_statements (self, out->id, d);
    }
}

static char *
join_level_titles (BsFramework        *framework,
                   const char * const *ids,
                   BsAssessment       *other)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      BsLevel *level;

      if (bs_assessment_includes_level (other, ids[i]))
        continue;
      level = bs_framework_lookup_level (framework, ids[i]);
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, level != NULL ? bs_level_get_title_text (level, NULL) : ids[i]);
    }

  return g_string_free (g_steal_pointer (&text), text->len == 0);
}

/* g_strv_builder_take() is GLib 2.80. */
static void
take_warning (GStrvBuilder *warnings,
              char         *text)
{
  g_strv_builder_add (warnings, text);
  g_free (text);
}

static void
collect_warnings (BsComparison *self)
{
  BsFramework *old_framework = bs_assessment_get_framework (self->old_assessment);
  BsFramework *new_framework = bs_assessment_get_framework (self->new_assessment);
  g_autoptr(GStrvBuilder) warnings = g_strv_builder_new ();
  g_autofree char *only_old = NULL;
  g_autofree char *only_new = NULL;
  const char *old_unit = bs_assessment_get_unit (self->old_assessment);
  const char *new_unit = bs_assessment_get_unit (self->new_assessment);

  g_assert (BS_IS_COMPARISON (self));

  if (g_strcmp0 (bs_framework_get_version (old_framework), bs_framework_get_version (new_framework)) != 0)
    {
      self->warning_flags |= BS_COMPARISON_WARNING_VERSION;
      take_warning (warnings,
                           /* Translators: the first and third %s are framework versions, the second the framework's title */
                           g_strdup_printf (_("The old assessment uses version %s of the framework “%s”, the new one version %s: statements are compared by id, and those added, removed or reworded are listed."),
                                            bs_framework_get_version (old_framework),
                                            bs_localized_get (bs_framework_get_title (new_framework), NULL),
                                            bs_framework_get_version (new_framework)));
    }

  if (g_strcmp0 (old_unit != NULL ? old_unit : "", new_unit != NULL ? new_unit : "") != 0)
    {
      self->warning_flags |= BS_COMPARISON_WARNING_UNIT;
      take_warning (warnings,
                           /* Translators: the %s are the units (a course, programme or institution) of the two assessments */
                           g_strdup_printf (_("The assessments are of different units, “%s” and “%s”; compare them only if the unit was renamed."),
                                            old_unit != NULL ? old_unit : "", new_unit != NULL ? new_unit : ""));
    }

  only_old = join_level_titles (old_framework, bs_assessment_get_levels (self->old_assessment), self->new_assessment);
  only_new = join_level_titles (new_framework, bs_assessment_get_levels (self->new_assessment), self->old_assessment);
  if (only_old != NULL || only_new != NULL)
    {
      self->warning_flags |= BS_COMPARISON_WARNING_LEVELS;
      if (only_old != NULL)
        take_warning (warnings,
                             /* Translators: %s is a list of levels, such as "Course, Programme" */
                             g_strdup_printf (_("Only the old assessment includes: %s; these levels are not compared."), only_old));
      if (only_new != NULL)
        take_warning (warnings,
                             /* Translators: %s is a list of levels, such as "Course, Programme" */
                             g_strdup_printf (_("Only the new assessment includes: %s; these levels are not compared."), only_new));
    }

  self->warnings = g_strv_builder_end (warnings);
}

static gboolean
is_moved (gconstpointer item,
          gconstpointer level_id)
{
  const BsStatementComparison *s = item;

  return s->moved && (level_id == NULL || g_str_equal (s->level_id, level_id));
}

/* Biggest movement first, whichever way; changes from or to N/A, "don't
 * know" or unanswered after those, as they have no size. The sort is
 * stable, so ties keep the framework's order. */
static int
compare_movements (gconstpointer a,
                   gconstpointer b)
{
  const BsStatementComparison *sa = *(BsStatementComparison * const *) a;
  const BsStatementComparison *sb = *(BsStatementComparison * const *) b;
  double ma = isnan (sa->movement) ? -1 : fabs (sa->movement);
  double mb = isnan (sb->movement) ? -1 : fabs (sb->movement);

  return (ma < mb) - (ma > mb);
}

static void
bs_comparison_dispose (GObject *object)
{
  BsComparison *self = BS_COMPARISON (object);

  g_clear_object (&self->old_assessment);
  g_clear_object (&self->new_assessment);

  G_OBJECT_CLASS (bs_comparison_parent_class)->dispose (object);
}

static void
bs_comparison_finalize (GObject *object)
{
  BsComparison *self = BS_COMPARISON (object);

  for (guint i = 0; i < self->levels->len; i++)
    g_free (g_array_index (self->levels, BsLevelComparison, i).dimensions);
  g_array_unref (self->levels);
  g_hash_table_unref (self->by_id);
  g_ptr_array_unref (self->statements);
  g_strfreev (self->warnings);

  G_OBJECT_CLASS (bs_comparison_parent_class)->finalize (object);
}

static void
bs_comparison_class_init (BsComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bs_comparison_dispose;
  object_class->finalize = bs_comparison_finalize;
}

static void
bs_comparison_init (BsComparison *self)
{
  self->levels = g_array_new (FALSE, TRUE, sizeof (BsLevelComparison));
  self->statements = g_ptr_array_new_with_free_func (g_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * bs_comparison_new:
 * @old_assessment: the earlier assessment, e.g. last year's
 * @new_assessment: the later one
 * @error: %BS_COMPARISON_ERROR_UNRELATED when their frameworks are not
 *   versions of each other
 *
 * Compares two assessments of a unit: every level both include (and both
 * framework versions have), per dimension and statement. Each assessment
 * is scored against its own framework version; statements compare by id.
 * Different units and levels are allowed, as a unit may be renamed, but
 * said in bs_comparison_get_warnings(). The comparison is a snapshot: make
 * a new one after either assessment changed.
 *
 * Returns: (transfer full) (nullable): the comparison, or %NULL with @error
 */
BsComparison *
bs_comparison_new (BsAssessment  *old_assessment,
                   BsAssessment  *new_assessment,
                   GError       **error)
{
  g_autoptr(BsComparison) self = NULL;
  BsFramework *old_framework;
  BsFramework *new_framework;
  GListModel *levels;

  g_return_val_if_fail (BS_IS_ASSESSMENT (old_assessment), NULL);
  g_return_val_if_fail (BS_IS_ASSESSMENT (new_assessment), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  old_framework = bs_assessment_get_framework (old_assessment);
  new_framework = bs_assessment_get_framework (new_assessment);
  if (!g_str_equal (bs_framework_get_id (old_framework), bs_framework_get_id (new_framework)))
    {
      g_set_error (error, BS_COMPARISON_ERROR, BS_COMPARISON_ERROR_UNRELATED,
                   /* Translators: the first and third %s are framework titles, the second and fourth their ids */
                   _("The old assessment uses the framework “%s” (%s) and the new one “%s” (%s). These are not versions of the same framework, so the assessments cannot be compared."),
                   bs_localized_get (bs_framework_get_title (old_framework), NULL), bs_framework_get_id (old_framework),
                   bs_localized_get (bs_framework_get_title (new_framework), NULL), bs_framework_get_id (new_framework));
      return NULL;
    }

  self = g_object_new (BS_TYPE_COMPARISON, NULL);
  self->old_assessment = g_object_ref (old_assessment);
  self->new_assessment = g_object_ref (new_assessment);

  levels = bs_framework_get_levels (new_framework);
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      const char *id = bs_level_get_id (level);
      BsLevelComparison l = { 0 };

      if (!bs_assessment_includes_level (old_assessment, id) || !bs_assessment_includes_level (new_assessment, id) ||
          bs_framework_lookup_level (old_framework, id) == NULL)
        continue;

      compare_level (self, id, &l);
      g_array_append_val (self->levels, l);
    }

  collect_warnings (self);

  return g_steal_pointer (&self);
}

/**
 * bs_comparison_get_old:
 *
 * Returns: (transfer none): the earlier assessment
 */
BsAssessment *
bs_comparison_get_old (BsComparison *self)
{
  g_return_val_if_fail (BS_IS_COMPARISON (self), NULL);

  return self->old_assessment;
}

/**
 * bs_comparison_get_new:
 *
 * Returns: (transfer none): the later assessment
 */
BsAssessment *
bs_comparison_get_new (BsComparison *self)
{
  g_return_val_if_fail (BS_IS_COMPARISON (self), NULL);

  return self->new_assessment;
}

BsComparisonWarning
bs_comparison_get_warning_flags (BsComparison *self)
{
  g_return_val_if_fail (BS_IS_COMPARISON (self), BS_COMPARISON_WARNING_NONE);

  return self->warning_flags;
}

/**
 * bs_comparison_get_warnings:
 *
 * Returns: (transfer none) (array zero-terminated=1): what the reader
 *   should know, one translated sentence each: another framework
 *   version, another unit, other levels; empty when none
 */
const char * const *
bs_comparison_get_warnings (BsComparison *self)
{
  g_return_val_if_fail (BS_IS_COMPARISON (self), NULL);

  return (const char * const *) self->warnings;
}

/**
 * bs_comparison_get_n_levels:
 *
 * Returns: the number of levels compared: those both assessments include,
 *   in the new framework's order
 */
guint
bs_comparison_get_n_levels (BsComparison *self)
{
  g_return_val_if_fail (BS_IS_COMPARISON (self), 0);

  return self->levels->len;
}

/**
 * bs_comparison_get_level:
 *
 * Returns: (transfer none): the compared level at @index
 */
const BsLevelComparison *
bs_comparison_get_level (BsComparison *self,
                         guint         index)
{
  g_return_val_if_fail (BS_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (index < self->levels->len, NULL);

  return &g_array_index (self->levels, BsLevelComparison, index);
}

/**
 * bs_comparison_lookup_level:
 *
 * Returns: (transfer none) (nullable): the compared level, or %NULL when
 *   it is not compared
 */
const BsLevelComparison *
bs_comparison_lookup_level (BsComparison *self,
                            const char   *level_id)
{
  g_return_val_if_fail (BS_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (level_id != NULL, NULL);

  for (guint i = 0; i < self->levels->len; i++)
    if (g_str_equal (g_array_index (self->levels, BsLevelComparison, i).id, level_id))
      return &g_array_index (self->levels, BsLevelComparison, i);

  return NULL;
}

/**
 * bs_comparison_lookup_dimension:
 *
 * Returns: (transfer none) (nullable): the dimension of a compared level,
 *   or %NULL when there is none
 */
const BsDimensionComparison *
bs_comparison_lookup_dimension (BsComparison *self,
                                const char   *level_id,
                                const char   *dimension_id)
{
  const BsLevelComparison *level;

  g_return_val_if_fail (BS_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (dimension_id != NULL, NULL);

  level = bs_comparison_lookup_level (self, level_id);
  if (level == NULL)
    return NULL;

  for (guint i = 0; i < level->n_dimensions; i++)
    if (g_str_equal (level->dimensions[i].id, dimension_id))
      return &level->dimensions[i];

  return NULL;
}

/**
 * bs_comparison_get_statements:
 *
 * Returns: (transfer none) (element-type BsStatementComparison): every
 *   statement of the compared levels in either framework version, in the
 *   framework's order: per dimension the new version's statements, then
 *   those the new version removed
 */
GPtrArray *
bs_comparison_get_statements (BsComparison *self)
{
  g_return_val_if_fail (BS_IS_COMPARISON (self), NULL);

  return self->statements;
}

/**
 * bs_comparison_lookup_statement:
 *
 * Returns: (transfer none) (nullable): the statement of a compared level,
 *   or %NULL when there is none
 */
const BsStatementComparison *
bs_comparison_lookup_statement (BsComparison *self,
                                const char   *statement_id)
{
  g_return_val_if_fail (BS_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (statement_id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, statement_id);
}

/**
 * bs_comparison_list_moved:
 * @level_id: (nullable): only the statements of this level; %NULL for all
 *
 * Returns: (transfer container) (element-type BsStatementComparison): the
 *   statements whose answer changed, biggest movement first in either
 *   direction, then the changes from or to N/A, "don't know" or
 *   unanswered; ties in the framework's order
 */
GPtrArray *
bs_comparison_list_moved (BsComparison *self,
                          const char   *level_id)
{
  GPtrArray *moved;

  g_return_val_if_fail (BS_IS_COMPARISON (self), NULL);

  moved = g_ptr_array_new ();
  for (guint i = 0; i < self->statements->len; i++)
    if (is_moved (g_ptr_array_index (self->statements, i), level_id))
      g_ptr_array_add (moved, g_ptr_array_index (self->statements, i));

  /* g_ptr_array_sort() is stable. */
  g_ptr_array_sort (moved, compare_movements);

  return moved;
}

/**
 * bs_comparison_list_version:
 * @version: which difference between the framework versions
 *
 * Returns: (transfer container) (element-type BsStatementComparison): the
 *   statements of the compared levels that differ so, in the framework's
 *   order
 */
GPtrArray *
bs_comparison_list_version (BsComparison       *self,
                            BsStatementVersion  version)
{
  GPtrArray *list;

  g_return_val_if_fail (BS_IS_COMPARISON (self), NULL);

  list = g_ptr_array_new ();
  for (guint i = 0; i < self->statements->len; i++)
    {
      BsStatementComparison *s = g_ptr_array_index (self->statements, i);

      if (s->version == version)
        g_ptr_array_add (list, s);
    }

  return list;
}

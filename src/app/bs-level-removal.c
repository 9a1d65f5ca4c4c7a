/* bs-level-removal.c: leaving a level out of an assessment, with its answers, and taking that back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include "bs-level-removal.h"

/* A level left out takes its answers, dimension notes and action links
 * with it: a file must never hold answers for a level it does not include,
 * as the loader may refuse them. What was there is kept here, so that the
 * removal can be undone. */

typedef struct
{
  char *statement_id;
  int   value;
  guint target;
  char *note;
  char *evidence;
} SavedAnswer;

typedef struct
{
  char *dimension_id;
  char *summary;
  char *strengths;
  char *improvements;
} SavedNotes;

typedef struct
{
  BsAction *action;
  char     *dimension_id;
} SavedLink;

struct _BsLevelRemoval
{
  BsAssessment *assessment;
  char         *level_id;
  GArray       *answers;
  GArray       *notes;
  GArray       *links;
  gboolean      undone;
};

static void
saved_answer_clear (gpointer data)
{
  SavedAnswer *saved = data;

  g_free (saved->statement_id);
  g_free (saved->note);
  g_free (saved->evidence);
}

static void
saved_notes_clear (gpointer data)
{
  SavedNotes *saved = data;

  g_free (saved->dimension_id);
  g_free (saved->summary);
  g_free (saved->strengths);
  g_free (saved->improvements);
}

static void
saved_link_clear (gpointer data)
{
  SavedLink *saved = data;

  g_clear_object (&saved->action);
  g_free (saved->dimension_id);
}

static gboolean
is_blank (const char *text)
{
  return text == NULL || text[0] == '\0';
}

static gboolean
notes_are_empty (BsDimensionNotes *notes)
{
  return is_blank (bs_dimension_notes_get_summary (notes)) &&
         is_blank (bs_dimension_notes_get_strengths (notes)) &&
         is_blank (bs_dimension_notes_get_improvements (notes));
}

static GListModel *
level_dimensions (BsAssessment *assessment,
                  const char   *level_id)
{
  BsLevel *level = bs_framework_lookup_level (bs_assessment_get_framework (assessment), level_id);

  return level != NULL ? bs_level_get_dimensions (level) : NULL;
}

/**
 * bs_level_removal_count_answers:
 *
 * Returns: how many statements of @level_id have anything filled in: a
 *   stage, N/A, a target, a note or evidence
 */
guint
bs_level_removal_count_answers (BsAssessment *assessment,
                                const char   *level_id)
{
  GListModel *dimensions;
  guint n = 0;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), 0);
  g_return_val_if_fail (level_id != NULL, 0);

  dimensions = level_dimensions (assessment, level_id);
  for (guint d = 0; dimensions != NULL && d < g_list_model_get_n_items (dimensions); d++)
    {
      g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);
      GListModel *statements = bs_dimension_get_statements (dimension);

      for (guint s = 0; s < g_list_model_get_n_items (statements); s++)
        {
          g_autoptr(BsStatement) statement = g_list_model_get_item (statements, s);
          BsAnswer *answer = bs_assessment_lookup_answer (assessment, bs_statement_get_id (statement));

          if (answer != NULL && !bs_answer_is_empty (answer))
            n++;
        }
    }

  return n;
}

/**
 * bs_level_removal_count_notes:
 *
 * Returns: how many dimensions of @level_id have a summary, strengths or
 *   points for improvement
 */
guint
bs_level_removal_count_notes (BsAssessment *assessment,
                              const char   *level_id)
{
  GListModel *dimensions;
  guint n = 0;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), 0);
  g_return_val_if_fail (level_id != NULL, 0);

  dimensions = level_dimensions (assessment, level_id);
  for (guint d = 0; dimensions != NULL && d < g_list_model_get_n_items (dimensions); d++)
    {
      g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);

      if (!notes_are_empty (bs_assessment_get_dimension_notes (assessment, level_id,
                                                               bs_dimension_get_id (dimension))))
        n++;
    }

  return n;
}

/**
 * bs_level_removal_count_actions:
 *
 * Returns: how many actions of the plan refer to @level_id
 */
guint
bs_level_removal_count_actions (BsAssessment *assessment,
                                const char   *level_id)
{
  GListModel *actions;
  guint n = 0;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), 0);
  g_return_val_if_fail (level_id != NULL, 0);

  actions = bs_assessment_get_actions (assessment);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BsAction) action = g_list_model_get_item (actions, i);

      if (g_strcmp0 (bs_action_get_level_id (action), level_id) == 0)
        n++;
    }

  return n;
}

static void
set_levels_with (BsAssessment *assessment,
                 const char   *level_id,
                 gboolean      included)
{
  const char * const *levels = bs_assessment_get_levels (assessment);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  for (guint i = 0; levels[i] != NULL; i++)
    if (!g_str_equal (levels[i], level_id))
      g_strv_builder_add (builder, levels[i]);
  if (included)
    g_strv_builder_add (builder, level_id);

  ids = g_strv_builder_end (builder);
  bs_assessment_set_levels (assessment, (const char * const *) ids);
}

/**
 * bs_level_removal_apply:
 *
 * Leaves @level_id out of @assessment, and deletes what was filled in at
 * that level: answers with their notes and evidence, dimension notes;
 * actions that referred to it keep their text but lose the reference.
 *
 * Returns: (transfer full): what was removed, to undo it
 */
BsLevelRemoval *
bs_level_removal_apply (BsAssessment *assessment,
                        const char   *level_id)
{
  BsLevelRemoval *self;
  GListModel *dimensions, *actions;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (level_id != NULL, NULL);

  self = g_new0 (BsLevelRemoval, 1);
  self->assessment = g_object_ref (assessment);
  self->level_id = g_strdup (level_id);
  self->answers = g_array_new (FALSE, FALSE, sizeof (SavedAnswer));
  g_array_set_clear_func (self->answers, saved_answer_clear);
  self->notes = g_array_new (FALSE, FALSE, sizeof (SavedNotes));
  g_array_set_clear_func (self->notes, saved_notes_clear);
  self->links = g_array_new (FALSE, FALSE, sizeof (SavedLink));
  g_array_set_clear_func (self->links, saved_link_clear);

  dimensions = level_dimensions (assessment, level_id);
  for (guint d = 0; dimensions != NULL && d < g_list_model_get_n_items (dimensions); d++)
    {
      g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);
      GListModel *statements = bs_dimension_get_statements (dimension);
      BsDimensionNotes *notes = bs_assessment_get_dimension_notes (assessment, level_id,
                                                                   bs_dimension_get_id (dimension));

      for (guint s = 0; s < g_list_model_get_n_items (statements); s++)
        {
          g_autoptr(BsStatement) statement = g_list_model_get_item (statements, s);
          BsAnswer *answer = bs_assessment_lookup_answer (assessment, bs_statement_get_id (statement));
          SavedAnswer saved;

          if (answer == NULL || bs_answer_is_empty (answer))
            continue;

          saved.statement_id = g_strdup (bs_statement_get_id (statement));
          saved.value = bs_answer_get_value (answer);
          saved.target = bs_answer_get_target (answer);
          saved.note = g_strdup (bs_answer_get_note (answer));
          saved.evidence = g_strdup (bs_answer_get_evidence (answer));
          g_array_append_val (self->answers, saved);

          bs_answer_set_value (answer, BS_VALUE_NONE);
          bs_answer_set_target (answer, 0);
          bs_answer_set_note (answer, NULL);
          bs_answer_set_evidence (answer, NULL);
        }

      if (!notes_are_empty (notes))
        {
          SavedNotes saved;

          saved.dimension_id = g_strdup (bs_dimension_get_id (dimension));
          saved.summary = g_strdup (bs_dimension_notes_get_summary (notes));
          saved.strengths = g_strdup (bs_dimension_notes_get_strengths (notes));
          saved.improvements = g_strdup (bs_dimension_notes_get_improvements (notes));
          g_array_append_val (self->notes, saved);

          bs_dimension_notes_set_summary (notes, NULL);
          bs_dimension_notes_set_strengths (notes, NULL);
          bs_dimension_notes_set_improvements (notes, NULL);
        }
    }

  actions = bs_assessment_get_actions (assessment);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BsAction) action = g_list_model_get_item (actions, i);
      SavedLink saved;

      if (g_strcmp0 (bs_action_get_level_id (action), level_id) != 0)
        continue;

      saved.action = g_object_ref (action);
      saved.dimension_id = g_strdup (bs_action_get_dimension_id (action));
      g_array_append_val (self->links, saved);

      bs_action_set_dimension_id (action, NULL);
      bs_action_set_level_id (action, NULL);
    }

  /* Last, so that whoever follows the levels sees the data already gone. */
  set_levels_with (assessment, level_id, FALSE);

  return self;
}

/**
 * bs_level_removal_undo:
 *
 * Includes the level again with everything that was removed with it, once.
 *
 * Returns: whether there was something to undo: %FALSE when it was undone
 *   before
 */
gboolean
bs_level_removal_undo (BsLevelRemoval *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->undone)
    return FALSE;
  self->undone = TRUE;

  set_levels_with (self->assessment, self->level_id, TRUE);

  for (guint i = 0; i < self->answers->len; i++)
    {
      SavedAnswer *saved = &g_array_index (self->answers, SavedAnswer, i);
      BsAnswer *answer = bs_assessment_get_answer (self->assessment, saved->statement_id);

      bs_answer_set_value (answer, saved->value);
      bs_answer_set_target (answer, saved->target);
      bs_answer_set_note (answer, saved->note);
      bs_answer_set_evidence (answer, saved->evidence);
    }

  for (guint i = 0; i < self->notes->len; i++)
    {
      SavedNotes *saved = &g_array_index (self->notes, SavedNotes, i);
      BsDimensionNotes *notes = bs_assessment_get_dimension_notes (self->assessment, self->level_id,
                                                                   saved->dimension_id);

      bs_dimension_notes_set_summary (notes, saved->summary);
      bs_dimension_notes_set_strengths (notes, saved->strengths);
      bs_dimension_notes_set_improvements (notes, saved->improvements);
    }

  for (guint i = 0; i < self->links->len; i++)
    {
      SavedLink *saved = &g_array_index (self->links, SavedLink, i);

      bs_action_set_level_id (saved->action, self->level_id);
      bs_action_set_dimension_id (saved->action, saved->dimension_id);
    }

  g_array_set_size (self->answers, 0);
  g_array_set_size (self->notes, 0);
  g_array_set_size (self->links, 0);

  return TRUE;
}

const char *
bs_level_removal_get_level_id (BsLevelRemoval *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->level_id;
}

void
bs_level_removal_free (BsLevelRemoval *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->assessment);
  g_free (self->level_id);
  g_array_unref (self->answers);
  g_array_unref (self->notes);
  g_array_unref (self->links);
  g_free (self);
}

/* bs-statement.c: one statement of a dimension, with its rubric
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-framework-private.h"

struct _BsStatement
{
  GObject parent_instance;

  char *id;
  char *level_id;
  char *dimension_id;
  BsLocalized *text;
  /* descriptors[stage - 1], NULL where the framework gives none */
  GPtrArray *descriptors;
  /* next_steps[from - 1]: how to move up from stage `from`; NULL where none */
  GPtrArray *next_steps;
};

G_DEFINE_FINAL_TYPE (BsStatement, bs_statement, G_TYPE_OBJECT)

static void
bs_statement_finalize (GObject *object)
{
  BsStatement *self = (BsStatement *) object;

  g_free (self->id);
  g_free (self->level_id);
  g_free (self->dimension_id);
  g_clear_pointer (&self->text, bs_localized_unref);
  g_ptr_array_unref (self->descriptors);
  g_ptr_array_unref (self->next_steps);

  G_OBJECT_CLASS (bs_statement_parent_class)->finalize (object);
}

static void
bs_statement_class_init (BsStatementClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bs_statement_finalize;
}

static void
bs_statement_init (BsStatement *self)
{
  self->text = bs_localized_new ();
  self->descriptors = g_ptr_array_new_with_free_func ((GDestroyNotify) bs_localized_unref);
  self->next_steps = g_ptr_array_new_with_free_func ((GDestroyNotify) bs_localized_unref);
}

BsStatement *
_bs_statement_new (const char *id,
    const char *level_id,
    const char *dimension_id)
{
  BsStatement *self = g_object_new (BS_TYPE_STATEMENT, NULL);

  self->id = g_strdup (id);
  self->level_id = g_strdup (level_id);
  self->dimension_id = g_strdup (dimension_id);

  return self;
}

const char *
bs_statement_get_id (BsStatement *self)
{
  g_return_val_if_fail (BS_IS_STATEMENT (self), NULL);

  return self->id;
}

const char *
bs_statement_get_level_id (BsStatement *self)
{
  g_return_val_if_fail (BS_IS_STATEMENT (self), NULL);

  return self->level_id;
}

const char *
bs_statement_get_dimension_id (BsStatement *self)
{
  g_return_val_if_fail (BS_IS_STATEMENT (self), NULL);

  return self->dimension_id;
}

BsLocalized *
bs_statement_get_text (BsStatement *self)
{
  g_return_val_if_fail (BS_IS_STATEMENT (self), NULL);

  return self->text;
}

const char *
bs_statement_get_text_text (BsStatement *self,
    const char *lang)
{
  g_return_val_if_fail (BS_IS_STATEMENT (self), NULL);

  return bs_localized_get (self->text, lang);
}

BsLocalized *
bs_statement_get_descriptor (BsStatement *self,
                             guint        stage)
{
  g_return_val_if_fail (BS_IS_STATEMENT (self), NULL);

  if (stage == 0 || stage > self->descriptors->len)
    return NULL;

  return g_ptr_array_index (self->descriptors, stage - 1);
}

guint
bs_statement_get_n_descriptors (BsStatement *self)
{
  guint n = 0;

  g_return_val_if_fail (BS_IS_STATEMENT (self), 0);

  for (guint i = 0; i < self->descriptors->len; i++)
    if (g_ptr_array_index (self->descriptors, i) != NULL)
      n++;

  return n;
}


/* Both tables are indexed by stage - 1 and grow as entries are set, with
 * NULL for the stages in between. */
static void
set_indexed (GPtrArray   *array,
             guint        stage,
             BsLocalized *text)
{
  if (array->len < stage)
    g_ptr_array_set_size (array, stage);

  g_clear_pointer (&array->pdata[stage - 1], bs_localized_unref);
  array->pdata[stage - 1] = bs_localized_ref (text);
}

/**
 * bs_statement_get_next_step_localized:
 * @from_stage: the stage a unit is at (1 for the move 1→2)
 *
 * Returns: (transfer none) (nullable): the next step up from @from_stage in
 *   every language the framework gives, or %NULL when it gives none
 */
BsLocalized *
bs_statement_get_next_step_localized (BsStatement *self,
                                      guint        from_stage)
{
  g_return_val_if_fail (BS_IS_STATEMENT (self), NULL);

  if (from_stage == 0 || from_stage > self->next_steps->len)
    return NULL;

  return g_ptr_array_index (self->next_steps, from_stage - 1);
}

/**
 * bs_statement_get_next_step:
 * @from_stage: the stage a unit is at (1 for the move 1→2)
 * @lang: (nullable): a language, %NULL for the user's
 *
 * A short, concrete step for the move from @from_stage to the stage above
 * it (format 3, <next-step from="…">).
 *
 * Returns: (nullable): the text, or %NULL when the framework gives no next
 *   step from that stage (always for the top stage)
 */
const char *
bs_statement_get_next_step (BsStatement *self,
                            guint        from_stage,
                            const char  *lang)
{
  BsLocalized *text;

  g_return_val_if_fail (BS_IS_STATEMENT (self), NULL);

  text = bs_statement_get_next_step_localized (self, from_stage);
  if (text == NULL)
    return NULL;

  return bs_localized_get (text, lang);
}

/**
 * bs_statement_get_n_next_steps:
 *
 * Returns: how many moves up the scale have a next step
 */
guint
bs_statement_get_n_next_steps (BsStatement *self)
{
  guint n = 0;

  g_return_val_if_fail (BS_IS_STATEMENT (self), 0);

  for (guint i = 0; i < self->next_steps->len; i++)
    if (g_ptr_array_index (self->next_steps, i) != NULL)
      n++;

  return n;
}

void
_bs_statement_set_next_step (BsStatement *self,
                             guint        from_stage,
                             BsLocalized *text)
{
  g_return_if_fail (BS_IS_STATEMENT (self));
  g_return_if_fail (from_stage > 0);

  set_indexed (self->next_steps, from_stage, text);
}

void
_bs_statement_set_descriptor (BsStatement *self,
                              guint        stage,
                              BsLocalized *text)
{
  g_return_if_fail (BS_IS_STATEMENT (self));
  g_return_if_fail (stage > 0);

  set_indexed (self->descriptors, stage, text);
}

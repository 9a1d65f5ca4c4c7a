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

void
_bs_statement_set_descriptor (BsStatement *self,
                              guint        stage,
                              BsLocalized *text)
{
  g_return_if_fail (BS_IS_STATEMENT (self));
  g_return_if_fail (stage > 0);

  if (self->descriptors->len < stage)
    g_ptr_array_set_size (self->descriptors, stage);

  g_clear_pointer (&self->descriptors->pdata[stage - 1], bs_localized_unref);
  self->descriptors->pdata[stage - 1] = bs_localized_ref (text);
}

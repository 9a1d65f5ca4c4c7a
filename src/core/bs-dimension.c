/* bs-dimension.c: one dimension of a level, with its statements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-framework-private.h"

struct _BsDimension
{
  GObject parent_instance;

  char *id;
  char *level_id;
  BsLocalized *title;
  BsLocalized *description;
  GListStore *statements;
};

G_DEFINE_FINAL_TYPE (BsDimension, bs_dimension, G_TYPE_OBJECT)

static void
bs_dimension_finalize (GObject *object)
{
  BsDimension *self = (BsDimension *) object;

  g_free (self->id);
  g_free (self->level_id);
  g_clear_pointer (&self->title, bs_localized_unref);
  g_clear_pointer (&self->description, bs_localized_unref);
  g_clear_object (&self->statements);

  G_OBJECT_CLASS (bs_dimension_parent_class)->finalize (object);
}

static void
bs_dimension_class_init (BsDimensionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bs_dimension_finalize;
}

static void
bs_dimension_init (BsDimension *self)
{
  self->title = bs_localized_new ();
  self->description = bs_localized_new ();
  self->statements = g_list_store_new (BS_TYPE_STATEMENT);
}

BsDimension *
_bs_dimension_new (const char *id,
    const char *level_id)
{
  BsDimension *self = g_object_new (BS_TYPE_DIMENSION, NULL);

  self->id = g_strdup (id);
  self->level_id = g_strdup (level_id);

  return self;
}

const char *
bs_dimension_get_id (BsDimension *self)
{
  g_return_val_if_fail (BS_IS_DIMENSION (self), NULL);

  return self->id;
}

const char *
bs_dimension_get_level_id (BsDimension *self)
{
  g_return_val_if_fail (BS_IS_DIMENSION (self), NULL);

  return self->level_id;
}

BsLocalized *
bs_dimension_get_title (BsDimension *self)
{
  g_return_val_if_fail (BS_IS_DIMENSION (self), NULL);

  return self->title;
}

const char *
bs_dimension_get_title_text (BsDimension *self,
    const char *lang)
{
  g_return_val_if_fail (BS_IS_DIMENSION (self), NULL);

  return bs_localized_get (self->title, lang);
}

BsLocalized *
bs_dimension_get_description (BsDimension *self)
{
  g_return_val_if_fail (BS_IS_DIMENSION (self), NULL);

  return self->description;
}

const char *
bs_dimension_get_description_text (BsDimension *self,
    const char *lang)
{
  g_return_val_if_fail (BS_IS_DIMENSION (self), NULL);

  return bs_localized_get (self->description, lang);
}

/**
 * bs_dimension_get_statements:
 *
 * Returns: (transfer none): a #GListModel of #BsStatement
 */
GListModel *
bs_dimension_get_statements (BsDimension *self)
{
  g_return_val_if_fail (BS_IS_DIMENSION (self), NULL);

  return G_LIST_MODEL (self->statements);
}

void
_bs_dimension_add_statement (BsDimension *self,
    BsStatement *child)
{
  g_return_if_fail (BS_IS_DIMENSION (self));

  g_list_store_append (self->statements, child);
}

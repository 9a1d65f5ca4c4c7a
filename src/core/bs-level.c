/* bs-level.c: one level (course, programme, institution) of a framework
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-framework-private.h"

struct _BsLevel
{
  GObject parent_instance;

  char *id;
  BsLocalized *title;
  BsLocalized *description;
  GListStore *dimensions;
};

G_DEFINE_FINAL_TYPE (BsLevel, bs_level, G_TYPE_OBJECT)

static void
bs_level_finalize (GObject *object)
{
  BsLevel *self = (BsLevel *) object;

  g_free (self->id);
  g_clear_pointer (&self->title, bs_localized_unref);
  g_clear_pointer (&self->description, bs_localized_unref);
  g_clear_object (&self->dimensions);

  G_OBJECT_CLASS (bs_level_parent_class)->finalize (object);
}

static void
bs_level_class_init (BsLevelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bs_level_finalize;
}

static void
bs_level_init (BsLevel *self)
{
  self->title = bs_localized_new ();
  self->description = bs_localized_new ();
  self->dimensions = g_list_store_new (BS_TYPE_DIMENSION);
}

BsLevel *
_bs_level_new (const char *id)
{
  BsLevel *self = g_object_new (BS_TYPE_LEVEL, NULL);

  self->id = g_strdup (id);

  return self;
}

const char *
bs_level_get_id (BsLevel *self)
{
  g_return_val_if_fail (BS_IS_LEVEL (self), NULL);

  return self->id;
}

BsLocalized *
bs_level_get_title (BsLevel *self)
{
  g_return_val_if_fail (BS_IS_LEVEL (self), NULL);

  return self->title;
}

const char *
bs_level_get_title_text (BsLevel *self,
    const char *lang)
{
  g_return_val_if_fail (BS_IS_LEVEL (self), NULL);

  return bs_localized_get (self->title, lang);
}

BsLocalized *
bs_level_get_description (BsLevel *self)
{
  g_return_val_if_fail (BS_IS_LEVEL (self), NULL);

  return self->description;
}

const char *
bs_level_get_description_text (BsLevel *self,
    const char *lang)
{
  g_return_val_if_fail (BS_IS_LEVEL (self), NULL);

  return bs_localized_get (self->description, lang);
}

/**
 * bs_level_get_dimensions:
 *
 * Returns: (transfer none): a #GListModel of #BsDimension
 */
GListModel *
bs_level_get_dimensions (BsLevel *self)
{
  g_return_val_if_fail (BS_IS_LEVEL (self), NULL);

  return G_LIST_MODEL (self->dimensions);
}

void
_bs_level_add_dimension (BsLevel *self,
    BsDimension *child)
{
  g_return_if_fail (BS_IS_LEVEL (self));

  g_list_store_append (self->dimensions, child);
}

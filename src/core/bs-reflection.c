/* bs-reflection.c: a set of open reflection questions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-framework-private.h"

struct _BsReflection
{
  GObject parent_instance;

  char *id;
  char *level_id;   /* NULL: every assessment asks these questions */
  BsLocalized *title;
  BsLocalized *description;
  GListStore *questions;
};

G_DEFINE_FINAL_TYPE (BsReflection, bs_reflection, G_TYPE_OBJECT)

static void
bs_reflection_finalize (GObject *object)
{
  BsReflection *self = (BsReflection *) object;

  g_free (self->id);
  g_free (self->level_id);
  g_clear_pointer (&self->title, bs_localized_unref);
  g_clear_pointer (&self->description, bs_localized_unref);
  g_clear_object (&self->questions);

  G_OBJECT_CLASS (bs_reflection_parent_class)->finalize (object);
}

static void
bs_reflection_class_init (BsReflectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bs_reflection_finalize;
}

static void
bs_reflection_init (BsReflection *self)
{
  self->title = bs_localized_new ();
  self->description = bs_localized_new ();
  self->questions = g_list_store_new (BS_TYPE_QUESTION);
}

BsReflection *
_bs_reflection_new (const char *id)
{
  BsReflection *self = g_object_new (BS_TYPE_REFLECTION, NULL);

  self->id = g_strdup (id);

  return self;
}

const char *
bs_reflection_get_id (BsReflection *self)
{
  g_return_val_if_fail (BS_IS_REFLECTION (self), NULL);

  return self->id;
}

/**
 * bs_reflection_get_level_id:
 *
 * The level whose assessments ask these questions (format 3,
 * <reflection level="…">), so that a programme scan can word them for a
 * programme and an institution scan for an institution.
 *
 * Returns: (nullable): the level id, or %NULL when every assessment asks them
 */
const char *
bs_reflection_get_level_id (BsReflection *self)
{
  g_return_val_if_fail (BS_IS_REFLECTION (self), NULL);

  return self->level_id;
}

void
_bs_reflection_set_level_id (BsReflection *self,
                             const char   *level_id)
{
  g_return_if_fail (BS_IS_REFLECTION (self));

  g_free (self->level_id);
  self->level_id = g_strdup (level_id);
}

BsLocalized *
bs_reflection_get_title (BsReflection *self)
{
  g_return_val_if_fail (BS_IS_REFLECTION (self), NULL);

  return self->title;
}

const char *
bs_reflection_get_title_text (BsReflection *self,
    const char *lang)
{
  g_return_val_if_fail (BS_IS_REFLECTION (self), NULL);

  return bs_localized_get (self->title, lang);
}

BsLocalized *
bs_reflection_get_description (BsReflection *self)
{
  g_return_val_if_fail (BS_IS_REFLECTION (self), NULL);

  return self->description;
}

const char *
bs_reflection_get_description_text (BsReflection *self,
    const char *lang)
{
  g_return_val_if_fail (BS_IS_REFLECTION (self), NULL);

  return bs_localized_get (self->description, lang);
}

/**
 * bs_reflection_get_questions:
 *
 * Returns: (transfer none): a #GListModel of #BsQuestion
 */
GListModel *
bs_reflection_get_questions (BsReflection *self)
{
  g_return_val_if_fail (BS_IS_REFLECTION (self), NULL);

  return G_LIST_MODEL (self->questions);
}

void
_bs_reflection_add_question (BsReflection *self,
    BsQuestion *child)
{
  g_return_if_fail (BS_IS_REFLECTION (self));

  g_list_store_append (self->questions, child);
}

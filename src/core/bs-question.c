/* bs-question.c: one open reflection question
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-framework-private.h"

struct _BsQuestion
{
  GObject parent_instance;

  char *id;
  char *reflection_id;
  BsLocalized *text;
};

G_DEFINE_FINAL_TYPE (BsQuestion, bs_question, G_TYPE_OBJECT)

static void
bs_question_finalize (GObject *object)
{
  BsQuestion *self = (BsQuestion *) object;

  g_free (self->id);
  g_free (self->reflection_id);
  g_clear_pointer (&self->text, bs_localized_unref);

  G_OBJECT_CLASS (bs_question_parent_class)->finalize (object);
}

static void
bs_question_class_init (BsQuestionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bs_question_finalize;
}

static void
bs_question_init (BsQuestion *self)
{
  self->text = bs_localized_new ();
}

BsQuestion *
_bs_question_new (const char *id,
    const char *reflection_id)
{
  BsQuestion *self = g_object_new (BS_TYPE_QUESTION, NULL);

  self->id = g_strdup (id);
  self->reflection_id = g_strdup (reflection_id);

  return self;
}

const char *
bs_question_get_id (BsQuestion *self)
{
  g_return_val_if_fail (BS_IS_QUESTION (self), NULL);

  return self->id;
}

const char *
bs_question_get_reflection_id (BsQuestion *self)
{
  g_return_val_if_fail (BS_IS_QUESTION (self), NULL);

  return self->reflection_id;
}

BsLocalized *
bs_question_get_text (BsQuestion *self)
{
  g_return_val_if_fail (BS_IS_QUESTION (self), NULL);

  return self->text;
}

const char *
bs_question_get_text_text (BsQuestion *self,
    const char *lang)
{
  g_return_val_if_fail (BS_IS_QUESTION (self), NULL);

  return bs_localized_get (self->text, lang);
}

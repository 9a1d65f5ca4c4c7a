/* bs-stage.c: one stage of the maturity scale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-framework-private.h"

struct _BsStage
{
  GObject parent_instance;

  guint value;
  char *id;
  BsLocalized *name;
  BsLocalized *meaning;
};

G_DEFINE_FINAL_TYPE (BsStage, bs_stage, G_TYPE_OBJECT)

static void
bs_stage_finalize (GObject *object)
{
  BsStage *self = (BsStage *) object;

  g_free (self->id);
  g_clear_pointer (&self->name, bs_localized_unref);
  g_clear_pointer (&self->meaning, bs_localized_unref);

  G_OBJECT_CLASS (bs_stage_parent_class)->finalize (object);
}

static void
bs_stage_class_init (BsStageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bs_stage_finalize;
}

static void
bs_stage_init (BsStage *self)
{
  self->name = bs_localized_new ();
  self->meaning = bs_localized_new ();
}

BsStage *
_bs_stage_new (guint value,
    const char *id)
{
  BsStage *self = g_object_new (BS_TYPE_STAGE, NULL);

  self->value = value;
  self->id = g_strdup (id);

  return self;
}

guint
bs_stage_get_value (BsStage *self)
{
  g_return_val_if_fail (BS_IS_STAGE (self), 0);

  return self->value;
}

const char *
bs_stage_get_id (BsStage *self)
{
  g_return_val_if_fail (BS_IS_STAGE (self), NULL);

  return self->id;
}

BsLocalized *
bs_stage_get_name (BsStage *self)
{
  g_return_val_if_fail (BS_IS_STAGE (self), NULL);

  return self->name;
}

const char *
bs_stage_get_name_text (BsStage *self,
    const char *lang)
{
  g_return_val_if_fail (BS_IS_STAGE (self), NULL);

  return bs_localized_get (self->name, lang);
}

BsLocalized *
bs_stage_get_meaning (BsStage *self)
{
  g_return_val_if_fail (BS_IS_STAGE (self), NULL);

  return self->meaning;
}

const char *
bs_stage_get_meaning_text (BsStage *self,
    const char *lang)
{
  g_return_val_if_fail (BS_IS_STAGE (self), NULL);

  return bs_localized_get (self->meaning, lang);
}

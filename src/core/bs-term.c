/* bs-term.c: one glossary term with its definition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-framework-private.h"

struct _BsTerm
{
  GObject parent_instance;

  char *id;
  BsLocalized *name;
  BsLocalized *definition;
};

G_DEFINE_FINAL_TYPE (BsTerm, bs_term, G_TYPE_OBJECT)

static void
bs_term_finalize (GObject *object)
{
  BsTerm *self = (BsTerm *) object;

  g_free (self->id);
  g_clear_pointer (&self->name, bs_localized_unref);
  g_clear_pointer (&self->definition, bs_localized_unref);

  G_OBJECT_CLASS (bs_term_parent_class)->finalize (object);
}

static void
bs_term_class_init (BsTermClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bs_term_finalize;
}

static void
bs_term_init (BsTerm *self)
{
  self->name = bs_localized_new ();
  self->definition = bs_localized_new ();
}

BsTerm *
_bs_term_new (const char *id)
{
  BsTerm *self = g_object_new (BS_TYPE_TERM, NULL);

  self->id = g_strdup (id);

  return self;
}

const char *
bs_term_get_id (BsTerm *self)
{
  g_return_val_if_fail (BS_IS_TERM (self), NULL);

  return self->id;
}

BsLocalized *
bs_term_get_name (BsTerm *self)
{
  g_return_val_if_fail (BS_IS_TERM (self), NULL);

  return self->name;
}

const char *
bs_term_get_name_text (BsTerm *self,
    const char *lang)
{
  g_return_val_if_fail (BS_IS_TERM (self), NULL);

  return bs_localized_get (self->name, lang);
}

BsLocalized *
bs_term_get_definition (BsTerm *self)
{
  g_return_val_if_fail (BS_IS_TERM (self), NULL);

  return self->definition;
}

const char *
bs_term_get_definition_text (BsTerm *self,
    const char *lang)
{
  g_return_val_if_fail (BS_IS_TERM (self), NULL);

  return bs_localized_get (self->definition, lang);
}

/* bs-localized.c: one human-readable text in several languages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <string.h>

#include "bs-localized.h"

struct _BsLocalized
{
  gatomicrefcount  ref_count;
  /* Few languages per text: a short array beats a hash table. */
  GPtrArray       *langs;
  GPtrArray       *texts;
};

G_DEFINE_BOXED_TYPE (BsLocalized, bs_localized, bs_localized_ref, bs_localized_unref)

static int
find_lang (const BsLocalized *self,
           const char        *lang,
           gsize              len)
{
  for (guint i = 0; i < self->langs->len; i++)
    {
      const char *l = g_ptr_array_index (self->langs, i);

      if (strlen (l) == len && g_ascii_strncasecmp (l, lang, len) == 0)
        return (int) i;
    }

  return -1;
}

BsLocalized *
bs_localized_new (void)
{
  BsLocalized *self = g_new0 (BsLocalized, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->langs = g_ptr_array_new_with_free_func (g_free);
  self->texts = g_ptr_array_new_with_free_func (g_free);

  return self;
}

BsLocalized *
bs_localized_ref (BsLocalized *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
bs_localized_unref (BsLocalized *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_ptr_array_unref (self->langs);
      g_ptr_array_unref (self->texts);
      g_free (self);
    }
}

void
bs_localized_set (BsLocalized *self,
                  const char  *lang,
                  const char  *text)
{
  int i;

  g_return_if_fail (self != NULL);
  g_return_if_fail (lang != NULL);
  g_return_if_fail (text != NULL);

  i = find_lang (self, lang, strlen (lang));
  if (i >= 0)
    {
      g_free (self->texts->pdata[i]);
      self->texts->pdata[i] = g_strdup (text);
      return;
    }

  g_ptr_array_add (self->langs, g_strdup (lang));
  g_ptr_array_add (self->texts, g_strdup (text));
}

gboolean
bs_localized_has (const BsLocalized *self,
                  const char        *lang)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (lang != NULL, FALSE);

  return find_lang (self, lang, strlen (lang)) >= 0;
}

gboolean
bs_localized_is_empty (const BsLocalized *self)
{
  return self == NULL || self->texts->len == 0;
}

/**
 * bs_localized_equal:
 * @a: (nullable): a text
 * @b: (nullable): another
 *
 * %NULL is the same as a text in no language.
 *
 * Returns: whether @a and @b have the same languages with the same text
 *   in each, in whatever order they were set
 */
gboolean
bs_localized_equal (const BsLocalized *a,
                    const BsLocalized *b)
{
  guint n_a = a != NULL ? a->texts->len : 0;
  guint n_b = b != NULL ? b->texts->len : 0;

  if (n_a != n_b)
    return FALSE;

  for (guint i = 0; i < n_a; i++)
    {
      const char *lang = g_ptr_array_index (a->langs, i);
      int j = find_lang (b, lang, strlen (lang));

      if (j < 0 || g_strcmp0 (g_ptr_array_index (a->texts, i), g_ptr_array_index (b->texts, j)) != 0)
        return FALSE;
    }

  return TRUE;
}

/**
 * bs_localized_get:
 * @lang: (nullable): a language such as "nl", "nl_BE.UTF-8" or "en"; %NULL
 *   for the user's language
 *
 * Looks up the text for @lang, then for its bare language part ("nl" for
 * "nl_BE"), then English, then whatever language comes first, so that a
 * framework that lacks a translation still shows something readable.
 *
 * Returns: (not nullable): the text, or "" when there is none at all
 */
const char *
bs_localized_get (const BsLocalized *self,
                  const char        *lang)
{
  int i = -1;

  if (self == NULL || self->texts->len == 0)
    return "";

  if (lang == NULL)
    lang = bs_default_language ();

  i = find_lang (self, lang, strlen (lang));
  if (i < 0)
    i = find_lang (self, lang, strcspn (lang, "_-.@"));
  if (i < 0)
    i = find_lang (self, "en", 2);
  if (i < 0)
    i = 0;

  return g_ptr_array_index (self->texts, i);
}

/**
 * bs_default_language:
 *
 * Returns: "nl" when the user's locale is Dutch, otherwise "en"; these are
 *   the languages every framework must provide.
 */
const char *
bs_default_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "nl"))
        return "nl";
      if (g_str_has_prefix (names[i], "en"))
        return "en";
    }

  return "en";
}

/* bs-links.c: the web and mail links in a text the user typed (evidence, notes)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <string.h>

#include "bs-links.h"

/*
 * What counts as a link, decided once for the card and the report:
 * - only http://, https:// (with a host) and mailto: (with an address);
 *   never file:, javascript: or anything else a crafted file could hold;
 *   the scheme in any case ("HTTPS://" too);
 * - not "www.example.nl" without a scheme: it would be a guess (http or
 *   https, a host or a typo) and "www" is also plain text; type the scheme
 *   to make it open;
 * - a link starts where the text or a word starts ("xhttps://" is none)
 *   and ends at white space, at a character no URL holds unescaped
 *   (< > " ` { } | \ ^), at non-ASCII punctuation (Dutch quotes „ “ ” ‘ ’,
 *   « », …, dashes), or at a ; or , right before the next link's scheme;
 * - punctuation that ends the sentence is not part of it (. , ; : ! ? ' "
 *   and *), nor is a closing bracket without its opening one inside the
 *   link: "(zie https://x.nl/a_(b))." is "https://x.nl/a_(b)".
 * Letters outside ASCII belong to a link ("https://nl.wikipedia.org/wiki/Café");
 * bs_link_to_uri() escapes them for the browser and the PDF.
 */

static const char * const schemes[] = { "https://", "http://", "mailto:" };

static gsize
scheme_at (const char *p)
{
  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      gsize len = strlen (schemes[i]);

      if (g_ascii_strncasecmp (p, schemes[i], len) == 0)
        return len;
    }

  return 0;
}

/* A link starts the text or a word: not "xhttps://", nor "é" before it. */
static gboolean
starts_word (const char *text,
             const char *p)
{
  const char *prev;

  if (p == text)
    return TRUE;

  prev = g_utf8_find_prev_char (text, p);
  return prev == NULL || !g_unichar_isalnum (g_utf8_get_char (prev));
}

static gboolean
is_link_char (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  if (c < 0x80)
    return c > 0x20 && c < 0x7F && strchr ("<>\"`{}|\\^", (int) c) == NULL;

  /* Letters, digits and their marks; not spaces, quotes or dashes. */
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gsize
count_char (const char *start,
            const char *end,
            char        c)
{
  gsize n = 0;

  for (const char *p = start; p < end; p++)
    n += *p == c;

  return n;
}

/* Drops the sentence's punctuation from the end of a link. */
static const char *
trim_end (const char *start,
          const char *end)
{
  while (end > start)
    {
      char c = end[-1];

      if (c != '\0' && strchr (".,;:!?'*", c) != NULL)
        end--;
      else if ((c == ')' && count_char (start, end, ')') > count_char (start, end, '(')) ||
               (c == ']' && count_char (start, end, ']') > count_char (start, end, '[')))
        end--;
      else
        break;
    }

  return end;
}

/* A web link has a host; a mail link an address. */
static gboolean
is_complete (const char *start,
             const char *end,
             gsize       scheme_len)
{
  const char *rest = start + scheme_len;

  if (g_ascii_strncasecmp (start, "mailto:", scheme_len) == 0)
    {
      const char *at = memchr (rest, '@', end - rest);

      return at != NULL && at > rest && at + 1 < end && g_ascii_isalnum (at[1]);
    }

  return rest < end && (g_ascii_isalnum (*rest) || *rest == '[' || (guchar) *rest >= 0x80);
}

/**
 * bs_links_find:
 * @text: (nullable): UTF-8 text
 *
 * Finds the links in @text by the rules at the top of this file.
 *
 * Returns: (transfer full) (element-type BsLinkSpan): where each link is,
 *   in order; empty when there is none
 */
GArray *
bs_links_find (const char *text)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (BsLinkSpan));
  const char *p = text;

  if (text == NULL)
    return spans;

  while (*p != '\0')
    {
      gsize scheme_len = 0;

      if ((*p == 'h' || *p == 'H' || *p == 'm' || *p == 'M') && starts_word (text, p))
        scheme_len = scheme_at (p);

      if (scheme_len > 0)
        {
          const char *end = p + scheme_len;

          while (*end != '\0' && is_link_char (end))
            {
              /* "a.pdf;https://b.nl": two links */
              if ((*end == ';' || *end == ',') && scheme_at (end + 1) > 0)
                break;
              end = g_utf8_next_char (end);
            }
          end = trim_end (p + scheme_len, end);

          if (is_complete (p, end, scheme_len))
            {
              BsLinkSpan span = { p - text, end - text };

              g_array_append_val (spans, span);
              p = end;
              continue;
            }
          p += scheme_len;
          continue;
        }

      p = g_utf8_next_char (p);
    }

  return spans;
}

/**
 * bs_links_contains:
 * @text: (nullable): UTF-8 text
 *
 * Returns: %TRUE when @text has a link that bs_links_find() finds
 */
gboolean
bs_links_contains (const char *text)
{
  g_autoptr(GArray) spans = bs_links_find (text);

  return spans->len > 0;
}

/**
 * bs_link_to_uri:
 * @link: a link as bs_links_find() found it
 * @length: its length in bytes, or -1 when @link ends with a nul
 *
 * Escapes what a URI holds only escaped (letters outside ASCII) and keeps
 * what is escaped already, so that a browser and a PDF reader get the
 * same address.
 *
 * Returns: (transfer full): the URI, in ASCII
 */
char *
bs_link_to_uri (const char *link,
                gssize      length)
{
  g_autofree char *copy = NULL;

  g_return_val_if_fail (link != NULL, NULL);

  copy = length < 0 ? g_strdup (link) : g_strndup (link, length);
  return g_uri_escape_string (copy, "!#$&'()*+,/:;=?@[]~%", FALSE);
}

/**
 * bs_links_extract:
 * @text: (nullable): UTF-8 text
 *
 * Returns: (transfer full): the links in @text as URIs to open, each once,
 *   in order; an empty array when there is none
 */
char **
bs_links_extract (const char *text)
{
  g_autoptr(GArray) spans = bs_links_find (text);
  g_autoptr(GPtrArray) uris = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < spans->len; i++)
    {
      const BsLinkSpan *span = &g_array_index (spans, BsLinkSpan, i);
      char *uri = bs_link_to_uri (text + span->start, span->end - span->start);
      gboolean seen = FALSE;

      for (guint j = 0; j < uris->len && !seen; j++)
        seen = strcmp (g_ptr_array_index (uris, j), uri) == 0;
      if (seen)
        g_free (uri);
      else
        g_ptr_array_add (uris, uri);
    }
  g_ptr_array_add (uris, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&uris), FALSE);
}

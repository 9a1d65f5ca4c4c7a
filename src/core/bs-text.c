/* bs-text.c: the one rule for what text an assessment may hold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "bs-error.h"
#include "bs-text.h"

/* What XML 1.0 cannot hold at all (Char production): a file with one of
 * these is not well-formed and would never open again. U+0009, U+000A and
 * U+000D are the only control characters it allows. */
static gboolean
is_forbidden (gunichar c)
{
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
         (c >= 0xD800 && c <= 0xDFFF) ||
         c == 0xFFFE || c == 0xFFFF;
}

/* Vertical tab is PowerPoint's and Word's soft line break, form feed a page
 * break: both stand for a new line in pasted text, so they become one. A
 * carriage return becomes a newline as well: XML readers turn a literal CR
 * into LF anyway, so keeping it would make a text differ after a reload. */
static gboolean
is_line_break (gunichar c)
{
  return c == 0x0B || c == 0x0C || c == '\r';
}

/**
 * bs_text_is_clean:
 * @text: (nullable): UTF-8 text
 *
 * Returns: %TRUE when bs_text_clean() would return @text unchanged
 */
gboolean
bs_text_is_clean (const char *text)
{
  if (text == NULL)
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_forbidden (c) || is_line_break (c))
        return FALSE;
    }

  return TRUE;
}

/**
 * bs_text_clean:
 * @text: (nullable): text as the user typed, pasted or a file gave it
 *
 * Makes @text something a Blendscan file can hold and give back unchanged:
 * invalid UTF-8 is replaced by U+FFFD, vertical tab, form feed, CR LF and
 * a lone CR become a newline, and the other characters XML cannot hold
 * (the C0 controls but tab and newline, U+FFFE, U+FFFF) are dropped. Every
 * model setter and the loader pass text through here.
 *
 * Returns: (transfer full) (nullable): the cleaned copy, %NULL for %NULL
 */
char *
bs_text_clean (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return NULL;

  if (bs_text_is_clean (text))
    return g_strdup (text);

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r' && p[1] == '\n')
        continue;
      else if (is_line_break (c))
        g_string_append_c (out, '\n');
      else if (!is_forbidden (c))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

/**
 * bs_text_check_length:
 * @text: (nullable): a text of an assessment
 * @what: what the text is, for the message ("the note on statement …")
 *
 * Returns: %FALSE, with %BS_FORMAT_ERROR_TOO_LARGE, when @text is longer
 *   than %BS_TEXT_MAX_LENGTH bytes
 */
gboolean
bs_text_check_length (const char  *text,
                      const char  *what,
                      GError     **error)
{
  gsize len;

  g_return_val_if_fail (what != NULL, FALSE);

  len = text != NULL ? strlen (text) : 0;
  if (len > BS_TEXT_MAX_LENGTH)
    {
      g_autofree char *size = g_format_size (len);
      g_autofree char *max = g_format_size (BS_TEXT_MAX_LENGTH);

      /* Translators: the first %s is e.g. "the note on statement “x”" */
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_LARGE,
                   _("%s is too long (%s); a text can be at most %s."),
                   what, size, max);
      return FALSE;
    }

  return TRUE;
}

/**
 * bs_text_escape:
 * @text: (nullable): a value from a file, to be shown in a message
 * @max_chars: how many characters to show at most
 *
 * Makes a value safe for a one-line message: control characters and line
 * separators are written as escapes (\n, \t, \x1b), so a crafted value
 * cannot start a line that looks like a message of its own, and a long
 * value is cut with "…".
 *
 * Returns: (transfer full): the escaped value
 */
char *
bs_text_escape (const char *text,
                gsize       max_chars)
{
  g_autofree char *valid = NULL;
  GString *out = g_string_new (NULL);
  gsize n = 0;

  if (text == NULL)
    text = "";
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n == max_chars)
        {
          g_string_append (out, "…");
          break;
        }

      if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
        g_string_append_printf (out, "\\x%02x", c);
      else if (c == 0x2028 || c == 0x2029 || c == 0x200E || c == 0x200F ||
               (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

/**
 * bs_text_quote:
 * @text: (nullable): a value from a file, to be shown in a message
 * @max_chars: how many characters to show at most
 *
 * Returns: (transfer full): bs_text_escape() of @text between “ and ”
 */
char *
bs_text_quote (const char *text,
               gsize       max_chars)
{
  g_autofree char *escaped = bs_text_escape (text, max_chars);

  return g_strconcat ("“", escaped, "”", NULL);
}

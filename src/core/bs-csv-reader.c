/* bs-csv-reader.c: reads CSV records back as bs_csv_append_field() writes them, with line numbers for messages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "bs-csv-reader.h"
#include "bs-error.h"

struct _BsCsvReader
{
  char  *text;
  gsize  length;
  gsize  pos;
  guint  line;         /* of the next character, 1-based */
  guint  record_line;  /* where the last record began */
};

/* A field bs_csv_append_field() guarded against spreadsheet formulas:
 * quoted, an apostrophe, then what a spreadsheet would run. */
static gboolean
is_guarded (const GString *field)
{
  return field->len >= 2 && field->str[0] == '\'' && strchr ("=+-@\t\r", field->str[1]) != NULL;
}

/**
 * bs_csv_reader_new:
 * @text: CSV text, UTF-8; a byte order mark at its start is skipped
 *
 * Reads RFC 4180 records: fields separated by commas, records ending in
 * \n or \r\n; a field in double quotes may hold commas, line breaks and
 * doubled quotes. A quoted field that starts with an apostrophe before =,
 * +, -, @, a tab or a carriage return loses the apostrophe: that is how
 * bs_csv_append_field() keeps a spreadsheet from running it.
 *
 * Returns: (transfer full): a reader of a copy of @text
 */
BsCsvReader *
bs_csv_reader_new (const char *text,
                   gsize       length)
{
  BsCsvReader *self;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  self = g_new0 (BsCsvReader, 1);
  self->text = g_strndup (text != NULL ? text : "", length);
  self->length = length;
  self->line = 1;
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    self->pos = 3;

  return self;
}

void
bs_csv_reader_free (BsCsvReader *self)
{
  if (self == NULL)
    return;
  g_free (self->text);
  g_free (self);
}

/**
 * bs_csv_reader_get_line:
 *
 * Returns: the line the record last read (or refused) begins on, from 1
 */
guint
bs_csv_reader_get_line (BsCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->record_line;
}

/**
 * bs_csv_reader_next:
 * @fields: (out) (transfer full): the fields of the next record; an empty
 *   line is one empty field
 *
 * Returns: %TRUE with a record; %FALSE at the end (@error not set) or when
 *   the record is not CSV or not UTF-8 (%BS_FORMAT_ERROR, a message without
 *   the file or line: bs_csv_reader_get_line() tells the line)
 */
gboolean
bs_csv_reader_next (BsCsvReader  *self,
                    GStrv        *fields,
                    GError      **error)
{
  g_autoptr(GPtrArray) out = NULL;
  g_autoptr(GString) field = NULL;
  gsize record_start;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *fields = NULL;
  if (self->pos >= self->length)
    return FALSE;

  self->record_line = self->line;
  record_start = self->pos;
  out = g_ptr_array_new_with_free_func (g_free);
  field = g_string_new (NULL);

  for (;;)
    {
      const char *p = self->text + self->pos;
      gboolean quoted = FALSE;

      g_string_truncate (field, 0);
      if (self->pos < self->length && *p == '"')
        {
          quoted = TRUE;
          self->pos++;
          for (;;)
            {
              char c;

              if (self->pos >= self->length)
                {
                  g_set_error_literal (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_MALFORMED,
                                       _("a quoted field has no closing quote"));
                  return FALSE;
                }
              c = self->text[self->pos++];
              if (c == '"')
                {
                  if (self->pos < self->length && self->text[self->pos] == '"')
                    {
                      g_string_append_c (field, '"');
                      self->pos++;
                      continue;
                    }
                  break;
                }
              if (c == '\n')
                self->line++;
              g_string_append_c (field, c);
            }
          if (self->pos < self->length && self->text[self->pos] != ',' &&
              self->text[self->pos] != '\n' &&
              !(self->text[self->pos] == '\r' && self->pos + 1 < self->length && self->text[self->pos + 1] == '\n') &&
              !(self->text[self->pos] == '\r' && self->pos + 1 == self->length))
            {
              g_set_error_literal (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_MALFORMED,
                                   _("text follows the closing quote of a field; write a quote inside a quoted field as two quotes (\"\")"));
              return FALSE;
            }
        }
      else
        {
          while (self->pos < self->length)
            {
              char c = self->text[self->pos];

              if (c == ',' || c == '\n' ||
                  (c == '\r' && (self->pos + 1 == self->length || self->text[self->pos + 1] == '\n')))
                break;
              g_string_append_c (field, c);
              self->pos++;
            }
        }

      if (quoted && is_guarded (field))
        g_string_erase (field, 0, 1);
      g_ptr_array_add (out, g_strndup (field->str, field->len));

      if (self->pos >= self->length)
        break;
      if (self->text[self->pos] == ',')
        {
          self->pos++;
          continue;
        }
      if (self->text[self->pos] == '\r')
        self->pos++;
      if (self->pos < self->length && self->text[self->pos] == '\n')
        {
          self->pos++;
          self->line++;
        }
      break;
    }

  /* A NUL inside the record, or bytes that are not UTF-8. */
  if (memchr (self->text + record_start, '\0', self->pos - record_start) != NULL ||
      !g_utf8_validate (self->text + record_start, self->pos - record_start, NULL))
    {
      g_set_error_literal (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_ENCODING,
                           _("the line is not valid UTF-8 text"));
      return FALSE;
    }

  g_ptr_array_add (out, NULL);
  *fields = (GStrv) g_ptr_array_steal (out, NULL);

  return TRUE;
}

/* A record of only blanks is a blank line to a person, whatever the
 * commas say. */
gboolean
bs_csv_record_is_blank (const char * const *fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (fields[i]));

      if (*trimmed != '\0')
        return FALSE;
    }

  return TRUE;
}

gboolean
bs_csv_field_has_control (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

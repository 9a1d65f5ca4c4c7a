/* bs-respondent-names.c: the people a round of questionnaires is for: a names file read, a typed list checked, and their file names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "bs-csv-reader.h"
#include "bs-error.h"
#include "bs-respondent-names.h"
#include "bs-text.h"

/**
 * bs_respondent_name_new:
 * @name: (nullable): the name; %NULL for an anonymous respondent
 * @role: (nullable): a role id
 * @line: where it is in its list, from 1; 0 for nowhere
 *
 * Returns: (transfer full): a new entry, freed with bs_respondent_name_free()
 */
BsRespondentName *
bs_respondent_name_new (const char *name,
                        const char *role,
                        guint       line)
{
  BsRespondentName *entry = g_new0 (BsRespondentName, 1);

  entry->name = g_strdup (name);
  entry->role = g_strdup (role);
  entry->line = line;

  return entry;
}

void
bs_respondent_name_free (gpointer data)
{
  BsRespondentName *entry = data;

  g_free (entry->name);
  g_free (entry->role);
  g_free (entry);
}

/* For comparing names and labels: "Anna de Vries" is "anna de  vries"
 * with another case or composed otherwise. */
static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autofree char *folded = g_utf8_casefold (normal != NULL ? normal : text, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_ptr_array_add (kept, words[i]);
  g_ptr_array_add (kept, NULL);

  return g_strjoinv (" ", (char **) kept->pdata);
}

/**
 * bs_respondent_names_role_list:
 *
 * Returns: (transfer full): the framework's role ids, for a message:
 *   "teacher, student, …"
 */
char *
bs_respondent_names_role_list (BsFramework *framework)
{
  GListModel *roles = bs_framework_get_roles (framework);
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(BsRole) role = g_list_model_get_item (roles, i);

      g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", bs_role_get_id (role));
    }

  return g_string_free (g_steal_pointer (&list), FALSE);
}

static gboolean
is_header (const char * const *fields)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  if (fields[0] == NULL || fields[1] == NULL || fields[2] != NULL)
    return FALSE;
  first = fold (fields[0]);
  second = fold (fields[1]);

  return (g_str_equal (first, "name") && g_str_equal (second, "role")) ||
         (g_str_equal (first, "naam") && g_str_equal (second, "rol"));
}

/* "“names.csv”, line 4: …" */
static void
set_line_error (GError     **error,
                gint         code,
                const char  *display,
                guint        line,
                const char  *message)
{
  /* Translators: the first %s is a file name, %u a line number and the last %s what is wrong there */
  g_set_error (error, BS_FORMAT_ERROR, code, _("“%s”, line %u: %s"), display, line, message);
}

/**
 * bs_respondent_names_read:
 * @path: a file of `name,role` lines (CSV, UTF-8)
 * @framework: the framework whose roles the lines may name
 *
 * Reads the respondents of `blendscan-cli blank --names`: one per line,
 * a name and a role (an id, or its English or Dutch name; the role may be
 * left out). Blank lines and a first line `name,role` are skipped. A name
 * that is missing, holds a control character or is given twice, or a role
 * that is not one, is refused with the file and the line.
 *
 * Returns: (transfer full) (element-type BsRespondentName): the respondents in
 *   the file's order, at least one
 */
GPtrArray *
bs_respondent_names_read (const char  *path,
                   BsFramework *framework,
                   GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (bs_respondent_name_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(BsCsvReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean first = TRUE;
  GStrv fields;

  mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (mapped == NULL)
    {
      /* Translators: %s is a file name; the reason follows the colon */
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_IO, _("Cannot read “%s”: %s"), display,
                   local_error->message);
      return NULL;
    }
  if (g_mapped_file_get_length (mapped) > BS_RESPONDENT_NAMES_MAX_SIZE)
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name, %u a number of mebibytes */
                   _("“%s” is larger than a list of names can be (%u MiB)"), display,
                   BS_RESPONDENT_NAMES_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  reader = bs_csv_reader_new (g_mapped_file_get_contents (mapped), g_mapped_file_get_length (mapped));
  while (bs_csv_reader_next (reader, &fields, &local_error))
    {
      g_auto(GStrv) owned G_GNUC_UNUSED = fields;  /* frees each record */
      guint line = bs_csv_reader_get_line (reader);
      g_autofree char *name = NULL;
      g_autofree char *role_text = NULL;
      g_autofree char *key = NULL;
      const char *role = NULL;

      if (bs_csv_record_is_blank ((const char * const *) fields))
        continue;
      if (first && is_header ((const char * const *) fields))
        {
          first = FALSE;
          continue;
        }
      first = FALSE;

      if (g_strv_length (fields) > 2)
        {
          set_line_error (error, BS_FORMAT_ERROR_MALFORMED, display, line,
                          _("a line holds a name and a role; put a name with a comma in quotes: \"Vries, Anna de\",teacher"));
          return NULL;
        }
      name = g_strstrip (g_strdup (fields[0]));
      role_text = g_strstrip (g_strdup (fields[1] != NULL ? fields[1] : ""));
      if (*name == '\0')
        {
          set_line_error (error, BS_FORMAT_ERROR_MISSING_TEXT, display, line,
                          _("the name is missing; each line is name,role"));
          return NULL;
        }
      if (bs_csv_field_has_control (name) || bs_csv_field_has_control (role_text))
        {
          set_line_error (error, BS_FORMAT_ERROR_INVALID_VALUE, display, line,
                          _("the line holds a control character (a tab, a line break inside quotes, …)"));
          return NULL;
        }
      if (strlen (name) > BS_TEXT_MAX_LENGTH)
        {
          set_line_error (error, BS_FORMAT_ERROR_TOO_LARGE, display, line, _("the name is too long"));
          return NULL;
        }
      if (*role_text != '\0')
        {
          BsRole *found = bs_framework_find_role (framework, role_text);

          role = found != NULL ? bs_role_get_id (found) : NULL;
          if (role == NULL)
            {
              g_autofree char *list = bs_respondent_names_role_list (framework);
              /* Translators: the first %s is what the line gives as a role, the second the list of roles */
              g_autofree char *msg = g_strdup_printf (_("unknown role “%s”; use one of: %s"), role_text, list);

              set_line_error (error, BS_FORMAT_ERROR_UNKNOWN_ID, display, line, msg);
              return NULL;
            }
        }
      key = fold (name);
      if (g_hash_table_contains (seen, key))
        {
          /* Translators: %s is a name, %u the line it was first given on */
          g_autofree char *msg = g_strdup_printf (_("“%s” is already on line %u; give each respondent once"),
                                                  name, GPOINTER_TO_UINT (g_hash_table_lookup (seen, key)));

          set_line_error (error, BS_FORMAT_ERROR_DUPLICATE, display, line, msg);
          return NULL;
        }
      if (names->len >= BS_RESPONDENT_NAMES_MAX)
        {
          g_autofree char *msg = g_strdup_printf (_("more than %u names"), BS_RESPONDENT_NAMES_MAX);

          set_line_error (error, BS_FORMAT_ERROR_TOO_COMPLEX, display, line, msg);
          return NULL;
        }
      g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (line));

      g_ptr_array_add (names, bs_respondent_name_new (name, role, line));
    }
  if (local_error != NULL)
    {
      set_line_error (error, local_error->code, display, bs_csv_reader_get_line (reader), local_error->message);
      return NULL;
    }
  if (names->len == 0)
    {
      /* Translators: %s is a file name */
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_MISSING_TEXT,
                   _("“%s” has no names; write one name,role line per respondent"), display);
      return NULL;
    }

  return g_steal_pointer (&names);
}

/**
 * bs_respondent_names_file_stem:
 * @name: (nullable): a respondent's name
 * @number: the respondent's place in the list, from 1, for a name
 *   that leaves nothing
 * @taken: the stems given so far; the new one is added
 *
 * A file name without extension for a respondent: the name in ASCII
 * ("José Núñez" is "jose-nunez"), letters and digits only, at most 60 of
 * them; "respondent-N" when nothing is left; "-2", "-3" … after a stem
 * already given.
 *
 * Returns: (transfer full): the stem
 */
char *
bs_respondent_names_file_stem (const char *name,
                  guint       number,
                  GHashTable *taken)
{
  g_autofree char *ascii = name != NULL ? g_str_to_ascii (name, "C") : g_strdup ("");
  g_autoptr(GString) stem = g_string_new (NULL);
  char *unique;

  for (const char *p = ascii; *p && stem->len < 60; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (stem, g_ascii_tolower (*p));
      else if (stem->len > 0 && stem->str[stem->len - 1] != '-')
        g_string_append_c (stem, '-');
    }
  while (stem->len > 0 && stem->str[stem->len - 1] == '-')
    g_string_truncate (stem, stem->len - 1);
  if (stem->len == 0)
    g_string_printf (stem, "respondent-%u", number);

  unique = g_strdup (stem->str);
  for (guint n = 2; g_hash_table_contains (taken, unique); n++)
    {
      g_free (unique);
      unique = g_strdup_printf ("%s-%u", stem->str, n);
    }
  g_hash_table_add (taken, g_strdup (unique));

  return unique;
}

/* "Row 3: …" */
static void
set_row_error (GError     **error,
               gint         code,
               guint        row,
               const char  *message)
{
  /* Translators: %u is a row of the list of respondents, %s what is wrong there */
  g_set_error (error, BS_FORMAT_ERROR, code, _("Row %u: %s"), row, message);
}

/**
 * bs_respondent_names_check:
 * @names: (element-type BsRespondentName): respondents typed into a list,
 *   each with the row it is on as its @line
 *
 * Checks a list the way bs_respondent_names_read() checks a names file:
 * every respondent has a name without control characters that is not too
 * long, and none comes twice (ignoring case and blanks). Roles are not
 * checked: a list offers only the framework's.
 *
 * Returns: %TRUE when the list can be handed out; otherwise @error names
 *   the row
 */
gboolean
bs_respondent_names_check (GPtrArray  *names,
                           GError    **error)
{
  g_autoptr(GHashTable) seen = NULL;

  g_return_val_if_fail (names != NULL, FALSE);

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (names->len == 0)
    {
      g_set_error_literal (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_MISSING_TEXT,
                           _("The list has no respondents; add a row for each one."));
      return FALSE;
    }
  if (names->len > BS_RESPONDENT_NAMES_MAX)
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_COMPLEX,
                   _("The list has more than %u respondents."), BS_RESPONDENT_NAMES_MAX);
      return FALSE;
    }

  for (guint i = 0; i < names->len; i++)
    {
      BsRespondentName *entry = g_ptr_array_index (names, i);
      g_autofree char *name = g_strstrip (g_strdup (entry->name != NULL ? entry->name : ""));
      g_autofree char *key = NULL;

      if (*name == '\0')
        {
          set_row_error (error, BS_FORMAT_ERROR_MISSING_TEXT, entry->line, _("the name is missing"));
          return FALSE;
        }
      if (bs_csv_field_has_control (name))
        {
          set_row_error (error, BS_FORMAT_ERROR_INVALID_VALUE, entry->line,
                         _("the name holds a control character"));
          return FALSE;
        }
      if (strlen (name) > BS_TEXT_MAX_LENGTH)
        {
          set_row_error (error, BS_FORMAT_ERROR_TOO_LARGE, entry->line, _("the name is too long"));
          return FALSE;
        }
      key = fold (name);
      if (g_hash_table_contains (seen, key))
        {
          /* Translators: %s is a name, %u the row it was first given on */
          g_autofree char *msg = g_strdup_printf (_("“%s” is already on row %u; give each respondent once"),
                                                  name, GPOINTER_TO_UINT (g_hash_table_lookup (seen, key)));

          set_row_error (error, BS_FORMAT_ERROR_DUPLICATE, entry->line, msg);
          return FALSE;
        }
      g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (entry->line));
    }

  return TRUE;
}

/**
 * bs_respondent_names_file_names:
 * @format: what is handed out
 * @names: (element-type BsRespondentName): the respondents, maybe none
 *
 * The names of the files a round writes, in @names' order: one
 * `questionnaire.csv` for %BS_HAND_OUT_CSV; for the others a file per
 * respondent named by bs_respondent_names_file_stem(), or one
 * `questionnaire.pdf` for anyone when @names is empty.
 *
 * Returns: (transfer full): the file names, without folder
 */
GStrv
bs_respondent_names_file_names (BsHandOutFormat  format,
                                GPtrArray       *names)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (names != NULL, NULL);

  if (format == BS_HAND_OUT_CSV || names->len == 0)
    {
      g_strv_builder_add (builder, format == BS_HAND_OUT_CSV ? "questionnaire.csv" : "questionnaire.pdf");
      return g_strv_builder_end (builder);
    }

  for (guint i = 0; i < names->len; i++)
    {
      BsRespondentName *entry = g_ptr_array_index (names, i);
      g_autofree char *stem = bs_respondent_names_file_stem (entry->name, i + 1, taken);
      g_autofree char *base = g_strconcat (stem, format == BS_HAND_OUT_PDF ? ".pdf" : ".blendscan", NULL);

      g_strv_builder_add (builder, base);
    }

  return g_strv_builder_end (builder);
}

/* bs-team-csv.c: reads a questionnaire CSV (a survey export, one respondent per row) into new respondents of a team
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "bs-csv.h"
#include "bs-csv-reader.h"
#include "bs-error.h"
#include "bs-team.h"
#include "bs-team-csv.h"
#include "bs-text.h"

struct _BsTeamCsv
{
  char      *display_name;
  GPtrArray *respondents;  /* BsRespondent, new to the team */
  GArray    *rows;         /* guint: the row of each respondent */
  GArray    *skipped;      /* guint: rows without any answer */
};

/* What a column of the header is. */
typedef enum
{
  COLUMN_EMPTY,      /* no header: every cell must be empty */
  COLUMN_NAME,
  COLUMN_ROLE,
  COLUMN_STATEMENT,
} ColumnKind;

typedef struct
{
  ColumnKind  kind;
  char       *header;        /* as the file gives it */
  const char *statement_id;  /* (nullable): the framework's */
} Column;

/* Where reading is, for the messages. */
typedef struct
{
  const char *display;
  GArray     *columns;       /* Column */
  guint       row;
} Reading;

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_free (column->header);
}

/* "A" … "Z", "AA" …: as a spreadsheet names its columns. */
static char *
column_letters (guint index)
{
  char buf[16];
  int pos = sizeof buf - 1;

  buf[pos] = '\0';
  index++;
  while (index > 0 && pos > 0)
    {
      index--;
      buf[--pos] = (char) ('A' + index % 26);
      index /= 26;
    }

  return g_strdup (buf + pos);
}

/* "“answers.csv”, row 4: …" */
static void
set_row_error (GError        **error,
               gint            code,
               const Reading  *reading,
               const char     *message)
{
  /* Translators: the first %s is a file name, %u a row of its table and the last %s what is wrong there */
  g_set_error (error, BS_FORMAT_ERROR, code, _("“%s”, row %u: %s"), reading->display, reading->row, message);
}

/* "“answers.csv”, row 4, column E (“course.flexibility.3”): …" */
static void
set_cell_error (GError        **error,
                gint            code,
                const Reading  *reading,
                guint           index,
                const char     *message)
{
  g_autofree char *letters = column_letters (index);

  if (index < reading->columns->len && g_array_index (reading->columns, Column, index).header[0] != '\0')
    {
      g_autofree char *header = bs_text_quote (g_array_index (reading->columns, Column, index).header, 60);

      g_set_error (error, BS_FORMAT_ERROR, code,
                   /* Translators: the first %s is a file name, %u a row, the second %s a column's letters
                    * (as a spreadsheet names them), the third its heading in quotes and the last what is wrong */
                   _("“%s”, row %u, column %s (%s): %s"),
                   reading->display, reading->row, letters, header, message);
    }
  else
    g_set_error (error, BS_FORMAT_ERROR, code,
                 /* Translators: the first %s is a file name, %u a row, the second %s a column's letters
                  * (as a spreadsheet names them) and the last what is wrong there */
                 _("“%s”, row %u, column %s: %s"),
                 reading->display, reading->row, letters, message);
}

/* The same person: the same name apart from case, composition and blanks,
 * in the same role; as bs_team_find_respondent() compares them. */
static char *
person_key (const char *name,
            const char *role_id)
{
  g_autofree char *normal = g_utf8_normalize (name, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autofree char *folded = g_utf8_casefold (normal != NULL ? normal : name, -1);

  return g_strconcat (role_id != NULL ? role_id : BS_ROLE_OTHER, "\n", folded, NULL);
}

/* The header: name, role and a statement of an included level per column. */
static gboolean
read_header (BsAssessment        *team,
             Reading             *reading,
             const char * const  *fields,
             GError             **error)
{
  BsFramework *framework = bs_assessment_get_framework (team);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean has_name = FALSE, has_role = FALSE, has_statement = FALSE;

  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (fields[i]));
      g_autofree char *lower = g_utf8_strdown (trimmed, -1);
      Column column = { COLUMN_EMPTY, g_strdup (trimmed), NULL };
      gpointer first;

      g_array_append_val (reading->columns, column);
      if (*trimmed == '\0')
        continue;

      if (g_hash_table_lookup_extended (seen, lower, NULL, &first))
        {
          g_autofree char *letters = column_letters (GPOINTER_TO_UINT (first));
          /* Translators: %s is the letters of the column with the same heading */
          g_autofree char *msg = g_strdup_printf (_("column %s has the same heading; give each column once"), letters);

          set_cell_error (error, BS_FORMAT_ERROR_DUPLICATE, reading, i, msg);
          return FALSE;
        }
      g_hash_table_insert (seen, g_strdup (lower), GUINT_TO_POINTER (i));

      if (g_str_equal (lower, "name") || g_str_equal (lower, "naam"))
        {
          g_array_index (reading->columns, Column, i).kind = COLUMN_NAME;
          has_name = TRUE;
        }
      else if (g_str_equal (lower, "role") || g_str_equal (lower, "rol"))
        {
          g_array_index (reading->columns, Column, i).kind = COLUMN_ROLE;
          has_role = TRUE;
        }
      else
        {
          BsStatement *statement = bs_framework_lookup_statement (framework, trimmed);
          g_autofree char *msg = NULL;

          if (statement == NULL)
            {
              /* Translators: %s is a framework's id */
              msg = g_strdup_printf (_("not a statement of the framework “%s”; a column holds name, role or a "
                                       "statement id (course.flexibility.1); correct its heading or remove the column"),
                                     bs_framework_get_id (framework));
              set_cell_error (error, BS_FORMAT_ERROR_UNKNOWN_ID, reading, i, msg);
              return FALSE;
            }
          if (!bs_assessment_includes_level (team, bs_statement_get_level_id (statement)))
            {
              /* Translators: %s is a level's id */
              msg = g_strdup_printf (_("a statement of the level “%s”, which the team assessment does not include"),
                                     bs_statement_get_level_id (statement));
              set_cell_error (error, BS_FORMAT_ERROR_INVALID_VALUE, reading, i, msg);
              return FALSE;
            }
          g_array_index (reading->columns, Column, i).kind = COLUMN_STATEMENT;
          g_array_index (reading->columns, Column, i).statement_id = bs_statement_get_id (statement);
          has_statement = TRUE;
        }
    }

  if (!has_name || !has_role || !has_statement)
    {
      set_row_error (error, BS_FORMAT_ERROR_MISSING_TEXT, reading,
                     _("the first row names the columns: name, role and a statement id per column "
                       "(as blendscan-cli blank --format csv writes it)"));
      return FALSE;
    }

  return TRUE;
}

/* A statement cell: 1 … n, N/A, ? or empty. */
static gboolean
parse_value (const char *text,
             guint       n_stages,
             int        *value)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  guint64 stage;

  if (*trimmed == '\0')
    *value = BS_VALUE_NONE;
  else if (g_str_equal (trimmed, "?"))
    *value = BS_VALUE_UNKNOWN;
  else if (g_ascii_strcasecmp (trimmed, "N/A") == 0)
    *value = BS_VALUE_NOT_APPLICABLE;
  else if (g_ascii_string_to_unsigned (trimmed, 10, 1, n_stages, &stage, NULL))
    *value = (int) stage;
  else
    return FALSE;

  return TRUE;
}

static gboolean
read_row (BsAssessment        *team,
          BsTeamCsv           *self,
          Reading             *reading,
          const char * const  *fields,
          GHashTable          *people,
          GHashTable          *ids,
          GError             **error)
{
  BsFramework *framework = bs_assessment_get_framework (team);
  guint n_stages = bs_framework_get_n_stages (framework);
  g_autoptr(BsRespondent) respondent = NULL;
  g_autofree char *name = NULL;
  const char *role_id = NULL;
  guint role_column = 0;
  char *id;
  guint answered = 0;

  /* Name and role first: a message about a value can then say whose. */
  for (guint i = 0; fields[i] != NULL; i++)
    {
      const Column *column = i < reading->columns->len ? &g_array_index (reading->columns, Column, i) : NULL;
      g_autofree char *trimmed = g_strstrip (g_strdup (fields[i]));

      if (column != NULL && column->kind == COLUMN_NAME)
        {
          if (bs_csv_field_has_control (trimmed))
            {
              set_cell_error (error, BS_FORMAT_ERROR_INVALID_VALUE, reading, i,
                              _("the name holds a control character (a tab, a line break inside quotes, …)"));
              return FALSE;
            }
          if (strlen (trimmed) > BS_TEXT_MAX_LENGTH)
            {
              set_cell_error (error, BS_FORMAT_ERROR_TOO_LARGE, reading, i, _("the name is too long"));
              return FALSE;
            }
          if (*trimmed != '\0')
            name = g_steal_pointer (&trimmed);
        }
      else if (column != NULL && column->kind == COLUMN_ROLE && *trimmed != '\0')
        {
          BsRole *role = bs_framework_find_role (framework, trimmed);

          if (role == NULL)
            {
              g_autoptr(GString) list = g_string_new (NULL);
              GListModel *roles = bs_framework_get_roles (framework);
              g_autofree char *msg = NULL;

              for (guint j = 0; j < g_list_model_get_n_items (roles); j++)
                {
                  g_autoptr(BsRole) r = g_list_model_get_item (roles, j);

                  g_string_append_printf (list, "%s%s", j > 0 ? ", " : "", bs_role_get_id (r));
                }
              /* Translators: the first %s is what the cell gives as a role, the second the list of roles */
              msg = g_strdup_printf (_("unknown role “%s”; use one of: %s"), trimmed, list->str);
              set_cell_error (error, BS_FORMAT_ERROR_UNKNOWN_ID, reading, i, msg);
              return FALSE;
            }
          role_id = bs_role_get_id (role);
          role_column = i;
        }
    }

  do
    id = bs_team_make_respondent_id (bs_assessment_get_team (team));
  while (!g_hash_table_add (ids, id));
  respondent = bs_respondent_new (id, name, role_id);

  for (guint i = 0; fields[i] != NULL; i++)
    {
      const Column *column = i < reading->columns->len ? &g_array_index (reading->columns, Column, i) : NULL;
      int value;

      if (column != NULL && (column->kind == COLUMN_NAME || column->kind == COLUMN_ROLE))
        continue;

      if (column == NULL || column->kind == COLUMN_EMPTY)
        {
          g_autofree char *trimmed = g_strstrip (g_strdup (fields[i]));

          if (*trimmed != '\0')
            {
              set_cell_error (error, BS_FORMAT_ERROR_MALFORMED, reading, i,
                              _("a value in a column without a heading; give the column a statement id "
                                "or remove the value"));
              return FALSE;
            }
          continue;
        }

      if (!parse_value (fields[i], n_stages, &value))
        {
          g_autofree char *quoted = bs_text_quote (fields[i], 30);
          /* Translators: the first %s is the cell's text in quotes, %u the highest stage */
          g_autofree char *msg = g_strdup_printf (_("%s is not an answer; use a stage from 1 to %u, N/A "
                                                    "(not applicable), ? (don’t know) or leave the cell empty"),
                                                  quoted, n_stages);

          set_cell_error (error, BS_FORMAT_ERROR_OUT_OF_RANGE, reading, i, msg);
          return FALSE;
        }
      if (value != BS_VALUE_NONE)
        {
          bs_respondent_set_value (respondent, column->statement_id, value);
          answered++;
        }
    }

  /* A row of a handed-out template nobody filled in: a late respondent
   * may still answer it in a later export. */
  if (answered == 0)
    {
      g_array_append_val (self->skipped, reading->row);
      return TRUE;
    }

  if (name != NULL)
    {
      g_autofree char *key = person_key (name, role_id);
      gpointer first;

      if (g_hash_table_lookup_extended (people, key, NULL, &first))
        {
          g_autofree char *quoted = bs_text_quote (name, 60);
          /* Translators: the first %s is a name in quotes, the second a role, %u the row it was first given on */
          g_autofree char *msg = g_strdup_printf (_("%s (%s) is on row %u already; give each respondent once"),
                                                  quoted, role_id != NULL ? role_id : BS_ROLE_OTHER,
                                                  GPOINTER_TO_UINT (first));

          set_row_error (error, BS_FORMAT_ERROR_DUPLICATE, reading, msg);
          return FALSE;
        }
      if (bs_team_find_respondent (bs_assessment_get_team (team), name, role_id) != NULL)
        {
          g_autofree char *quoted = bs_text_quote (name, 60);
          /* Translators: the first %s is a name in quotes, the second a role */
          g_autofree char *msg = g_strdup_printf (_("%s (%s) is a respondent of the team already"),
                                                  quoted, role_id != NULL ? role_id : BS_ROLE_OTHER);

          if (role_id != NULL)
            set_cell_error (error, BS_FORMAT_ERROR_DUPLICATE, reading, role_column, msg);
          else
            set_row_error (error, BS_FORMAT_ERROR_DUPLICATE, reading, msg);
          return FALSE;
        }
      g_hash_table_insert (people, g_steal_pointer (&key), GUINT_TO_POINTER (reading->row));
    }

  if (bs_team_get_n_respondents (bs_assessment_get_team (team)) + self->respondents->len >= BS_TEAM_MAX_RESPONDENTS)
    {
      g_autofree char *msg = g_strdup_printf (_("the team would have more than %d respondents, the most one team "
                                                "assessment can hold"), BS_TEAM_MAX_RESPONDENTS);

      set_row_error (error, BS_FORMAT_ERROR_TOO_COMPLEX, reading, msg);
      return FALSE;
    }

  g_ptr_array_add (self->respondents, g_steal_pointer (&respondent));
  g_array_append_val (self->rows, reading->row);

  return TRUE;
}

/**
 * bs_team_csv_read:
 * @team: the team assessment the respondents are for (any assessment: it
 *   gives the framework, the included levels and the respondents it has)
 * @text: the CSV, UTF-8 (RFC 4180; a byte order mark is skipped)
 * @display_name: the file's name, for messages
 * @error: the first problem, with the file, row and (where there is one)
 *   column
 *
 * Reads a questionnaire CSV: a header row (`name`, `role` and a statement
 * id per column, in any order; `naam` and `rol` too), an optional row of
 * statement texts (its name cell `#text`), then a respondent per row. A
 * cell is a stage (1 to the scale's number), `N/A` (any case), `?` (don't
 * know) or empty (not answered). Refuses a column that is not name, role
 * or a statement of a level the team includes, a column given twice, a
 * value outside the scale, an unknown role, a name with a control
 * character, the same respondent (name and role) on two rows and a
 * respondent the team has already. Blank rows, and rows without any
 * answer (a template row nobody filled in), are skipped
 * (bs_team_csv_get_skipped()). Anonymous rows (no name) are each a
 * respondent of their own. @team is not changed.
 *
 * Returns: (transfer full) (nullable): the respondents to add, at least one
 */
BsTeamCsv *
bs_team_csv_read (BsAssessment  *team,
                  const char    *text,
                  gsize          length,
                  const char    *display_name,
                  GError       **error)
{
  g_autoptr(BsTeamCsv) self = NULL;
  g_autoptr(BsCsvReader) reader = NULL;
  g_autoptr(GHashTable) people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_autoptr(GError) local_error = NULL;
  Reading reading = { display_name, columns, 0 };
  gboolean header = FALSE;
  guint name_column = 0;
  GStrv fields;

  g_return_val_if_fail (BS_IS_ASSESSMENT (team), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  g_array_set_clear_func (columns, column_clear);
  self = g_new0 (BsTeamCsv, 1);
  self->display_name = g_strdup (display_name);
  self->respondents = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_array_new (FALSE, FALSE, sizeof (guint));
  self->skipped = g_array_new (FALSE, FALSE, sizeof (guint));

  reader = bs_csv_reader_new (text, length);
  for (;;)
    {
      g_auto(GStrv) owned = NULL;

      /* A row is a record: a quoted line break is in its row, as in a
       * spreadsheet. */
      reading.row++;
      if (!bs_csv_reader_next (reader, &fields, &local_error))
        break;
      owned = fields;

      if (bs_csv_record_is_blank ((const char * const *) fields))
        continue;
      if (!header)
        {
          if (!read_header (team, &reading, (const char * const *) fields, error))
            return NULL;
          for (guint i = 0; i < columns->len; i++)
            if (g_array_index (columns, Column, i).kind == COLUMN_NAME)
              name_column = i;
          header = TRUE;
          continue;
        }
      /* The statement texts of blank --format csv: no respondent. */
      if (name_column < g_strv_length (fields) && g_str_equal (fields[name_column], BS_CSV_TEXT_ROW_MARKER))
        continue;

      if (!read_row (team, self, &reading, (const char * const *) fields, people, ids, error))
        return NULL;
    }
  if (local_error != NULL)
    {
      set_row_error (error, local_error->code, &reading, local_error->message);
      return NULL;
    }
  if (!header)
    {
      /* Translators: %s is a file name */
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_MISSING_TEXT,
                   _("“%s” is empty; it needs a header row (name, role and a statement id per column) "
                     "and a row per respondent"), display_name);
      return NULL;
    }
  if (self->respondents->len == 0)
    {
      /* Translators: %s is a file name */
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_MISSING_TEXT,
                   _("“%s” has no row with an answer; nothing to add"), display_name);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * bs_team_csv_read_file:
 * @path: the CSV file
 *
 * bs_team_csv_read() of a file of at most %BS_TEAM_CSV_MAX_SIZE bytes.
 *
 * Returns: (transfer full) (nullable): the respondents to add
 */
BsTeamCsv *
bs_team_csv_read_file (BsAssessment  *team,
                       const char    *path,
                       GError       **error)
{
  g_autofree char *display = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (BS_IS_ASSESSMENT (team), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_name (path);
  mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (mapped == NULL)
    {
      /* Translators: %s is a file name; the reason follows the colon */
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_IO, _("Cannot read “%s”: %s"), display,
                   local_error->message);
      return NULL;
    }
  if (g_mapped_file_get_length (mapped) > BS_TEAM_CSV_MAX_SIZE)
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name, %u a number of mebibytes */
                   _("“%s” is larger than a table of answers can be (%u MiB)"), display,
                   BS_TEAM_CSV_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  return bs_team_csv_read (team, g_mapped_file_get_contents (mapped), g_mapped_file_get_length (mapped),
                           display, error);
}

void
bs_team_csv_free (BsTeamCsv *self)
{
  if (self == NULL)
    return;

  g_free (self->display_name);
  g_ptr_array_unref (self->respondents);
  g_array_unref (self->rows);
  g_array_unref (self->skipped);
  g_free (self);
}

guint
bs_team_csv_get_n_respondents (const BsTeamCsv *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->respondents->len;
}

/**
 * bs_team_csv_get_respondent:
 *
 * Returns: (transfer none): the @i-th respondent read
 */
BsRespondent *
bs_team_csv_get_respondent (const BsTeamCsv *self,
                            guint            i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->respondents->len, NULL);

  return g_ptr_array_index (self->respondents, i);
}

/**
 * bs_team_csv_get_row:
 *
 * Returns: the row of the file (from 1, the header included) the @i-th
 *   respondent is on
 */
guint
bs_team_csv_get_row (const BsTeamCsv *self,
                     guint            i)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (i < self->rows->len, 0);

  return g_array_index (self->rows, guint, i);
}

/**
 * bs_team_csv_get_skipped:
 * @n_skipped: (out): how many
 *
 * Returns: (array length=n_skipped) (transfer none): the rows skipped for
 *   having no answer, in order
 */
const guint *
bs_team_csv_get_skipped (const BsTeamCsv *self,
                         guint           *n_skipped)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_skipped != NULL, NULL);

  *n_skipped = self->skipped->len;

  return (const guint *) (gpointer) self->skipped->data;
}

/**
 * bs_team_csv_add:
 * @team: the team assessment given to bs_team_csv_read()
 *
 * Adds every respondent read, or none (bs_team_add_respondents()); a
 * refusal names the file and the row. A BsTeamCsv is added once.
 *
 * Returns: %TRUE when all were added; on %FALSE @team is unchanged
 */
gboolean
bs_team_csv_add (BsTeamCsv     *self,
                 BsAssessment  *team,
                 GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  guint failed = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (BS_IS_ASSESSMENT (team), FALSE);

  if (!bs_team_add_respondents (bs_assessment_get_team (team), (BsRespondent * const *) self->respondents->pdata,
                                self->respondents->len, &failed, &local_error))
    {
      Reading reading = { self->display_name, NULL, g_array_index (self->rows, guint, failed) };

      set_row_error (error, local_error->code, &reading, local_error->message);
      return FALSE;
    }

  return TRUE;
}

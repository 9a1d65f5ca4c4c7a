/* bs-cli-blank.c: blendscan-cli blank, questionnaires to hand out: a respondent file or a paper form per person, or a CSV template
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "bs-cli-commands.h"
#include "bs-cli-common.h"
#include "bs-hand-out.h"
#include "bs-safe-write.h"

typedef struct
{
  char        *format_text;
  BsHandOutFormat  format;
  int          respondents;
  char        *names_path;
} BlankOptions;

/* A file to write, made in full before any is written. */
typedef struct
{
  char      *path;
  gboolean   existed;
} OutFile;

static void
out_file_free (gpointer data)
{
  OutFile *out = data;

  g_free (out->path);
  g_free (out);
}

static gboolean
check_options (gpointer user_data)
{
  BlankOptions *options = user_data;

  if (options->format_text == NULL || g_str_equal (options->format_text, "xml"))
    options->format = BS_HAND_OUT_RESPONDENT_FILES;
  else if (g_str_equal (options->format_text, "csv"))
    options->format = BS_HAND_OUT_CSV;
  else if (g_str_equal (options->format_text, "pdf"))
    options->format = BS_HAND_OUT_PDF;
  else
    {
      g_autofree char *msg = g_strdup_printf (_("unknown format “%s”; use xml, csv or pdf"), options->format_text);

      bs_cli_usage_error (msg);
      return FALSE;
    }

  if (options->respondents != 0 && options->names_path != NULL)
    {
      bs_cli_usage_error (_("give either --respondents or --names, not both"));
      return FALSE;
    }
  if (options->respondents < 0 || options->respondents > BS_RESPONDENT_NAMES_MAX)
    {
      g_autofree char *msg = g_strdup_printf (_("--respondents takes a number from 1 to %u"), BS_RESPONDENT_NAMES_MAX);

      bs_cli_usage_error (msg);
      return FALSE;
    }
  if (options->format == BS_HAND_OUT_RESPONDENT_FILES && options->respondents == 0 && options->names_path == NULL)
    {
      bs_cli_usage_error (_("blank needs the respondents: --respondents N or --names FILE"));
      return FALSE;
    }

  return TRUE;
}

/* Whether @path is one of @inputs, through a link or another name too. */
static const char *
same_as_input (const char         *path,
               const char * const *inputs,
               guint               n_inputs)
{
  GStatBuf out_st;

  if (g_stat (path, &out_st) != 0)
    return NULL;
  for (guint i = 0; i < n_inputs; i++)
    {
      GStatBuf in_st;

      if (inputs[i] != NULL && g_stat (inputs[i], &in_st) == 0 &&
          in_st.st_dev == out_st.st_dev && in_st.st_ino == out_st.st_ino)
        return inputs[i];
    }

  return NULL;
}

/* The respondents to make files for: from --names, or N anonymous ones
 * for --respondents N (no name, no role: they fill them in), or none. */
static GPtrArray *
respondent_list (BlankOptions *options,
                 BsFramework  *framework,
                 GError      **error)
{
  GPtrArray *list;

  if (options->names_path != NULL)
    return bs_respondent_names_read (options->names_path, framework, error);

  list = g_ptr_array_new_with_free_func (bs_respondent_name_free);
  for (int i = 1; i <= options->respondents; i++)
    g_ptr_array_add (list, bs_respondent_name_new (NULL, NULL, 0));

  return list;
}

/* A round for a team hands out no questionnaire to someone who is in the
 * team already: merging their answers would be refused. */
static gboolean
check_new_to_team (BsAssessment  *assessment,
                   const char    *assessment_path,
                   const char    *names_path,
                   GPtrArray     *respondents,
                   GError       **error)
{
  BsTeam *team = bs_assessment_get_team (assessment);

  for (guint i = 0; i < respondents->len && names_path != NULL; i++)
    {
      BsRespondentName *entry = g_ptr_array_index (respondents, i);

      if (bs_team_find_respondent (team, entry->name, entry->role) != NULL)
        {
          g_autofree char *names_display = g_filename_display_name (names_path);
          g_autofree char *team_display = g_filename_display_name (assessment_path);
          /* Translators: the first %s is the respondent's name, the second the team assessment file */
          g_autofree char *msg = g_strdup_printf (_("%s is a respondent of “%s” already, in the same role"),
                                                  entry->name, team_display);

          g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_DUPLICATE, _("“%s”, line %u: %s"),
                       names_display, entry->line, msg);
          return FALSE;
        }
    }

  return TRUE;
}

/* What every file of a run is made from. */
typedef struct
{
  BsHandOutFormat  format;
  BsAssessment    *assessment;
  const char      *lang;
  GPtrArray       *respondents;
  GHashTable      *ids;
} Maker;

/* Makes and writes every file, after every check has passed; one at a
 * time, as a round of a few hundred paper forms is too much to hold at
 * once. One that cannot be made or written takes back the files this run
 * created (a file replaced with --force stays replaced). */
static int
write_all (Maker      *maker,
           const char *dir,
           GPtrArray  *files)
{
  if (g_mkdir_with_parents (dir, 0777) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (dir);

      /* Translators: %s is a folder; the reason follows the colon */
      g_printerr (_("Cannot create the folder “%s”: %s\n"), display, g_strerror (saved));
      return BS_EXIT_INVALID;
    }

  for (guint i = 0; i < files->len; i++)
    {
      OutFile *out = g_ptr_array_index (files, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = bs_hand_out_make_file (maker->assessment, maker->format, maker->lang,
                                                       maker->respondents, i, maker->ids, &error);
      gsize size = 0;
      const void *data = bytes != NULL ? g_bytes_get_data (bytes, &size) : NULL;

      if (bytes == NULL || !bs_safe_write (out->path, data, size, BS_WRITE_NONE, &error))
        {
          g_autofree char *display = g_filename_display_name (out->path);

          g_printerr (_("Cannot write “%s”: %s\n"), display, error->message);
          for (guint j = 0; j < i; j++)
            {
              OutFile *done = g_ptr_array_index (files, j);

              if (!done->existed)
                g_unlink (done->path);
            }
          return BS_EXIT_INVALID;
        }
    }

  for (guint i = 0; i < files->len; i++)
    {
      OutFile *out = g_ptr_array_index (files, i);
      g_autofree char *display = g_filename_display_name (out->path);

      g_print ("%s\n", display);
    }

  return BS_EXIT_OK;
}

static void
blank_options_clear (BlankOptions *options)
{
  g_free (options->format_text);
  g_free (options->names_path);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BlankOptions, blank_options_clear)

/* The files to write into @dir: the CSV template, a paper form for
 * nobody in particular, or a file per respondent. */
static GPtrArray *
plan_files (BsHandOutFormat  format,
            GPtrArray       *respondents,
            const char      *dir)
{
  g_auto(GStrv) names = bs_respondent_names_file_names (format, respondents);
  GPtrArray *files = g_ptr_array_new_with_free_func (out_file_free);

  for (guint i = 0; names[i] != NULL; i++)
    {
      OutFile *out = g_new0 (OutFile, 1);

      out->path = g_build_filename (dir, names[i], NULL);
      g_ptr_array_add (files, out);
    }

  return files;
}

/* Before anything is made: no file may be an input, and none may be
 * there already unless --force says to replace it. */
static int
check_targets (GPtrArray          *files,
               const char         *dir,
               const char * const *inputs,
               guint               n_inputs,
               gboolean            force)
{
  g_autoptr(GError) error = NULL;
  guint n_existing = 0;
  const char *first_existing = NULL;

  if (g_file_test (dir, G_FILE_TEST_EXISTS) && !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (dir);

      /* Translators: %s is what -o names */
      g_printerr (_("“%s” is not a folder; -o names the folder to write the questionnaires into\n"), display);
      return BS_EXIT_INVALID;
    }

  for (guint i = 0; i < files->len; i++)
    {
      OutFile *out = g_ptr_array_index (files, i);
      const char *input = same_as_input (out->path, inputs, n_inputs);

      if (input != NULL)
        {
          g_autofree char *msg = NULL;

          /* Translators: the first %s is the output file, the second the input it would overwrite */
          msg = g_strdup_printf (_("the output “%s” is the input file “%s”; writing it would destroy that file"),
                                 out->path, input);
          bs_cli_usage_error (msg);
          return BS_EXIT_USAGE;
        }
      out->existed = g_file_test (out->path, G_FILE_TEST_EXISTS);
      if (out->existed)
        {
          n_existing++;
          if (first_existing == NULL)
            first_existing = out->path;
        }
      if (out->existed && !bs_safe_write_check (out->path, &error))
        {
          g_autofree char *display = g_filename_display_name (out->path);

          g_printerr (_("Cannot write “%s”: %s\n"), display, error->message);
          return BS_EXIT_INVALID;
        }
    }

  if (n_existing > 0 && !force)
    {
      g_autofree char *display = g_filename_display_name (first_existing);

      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               /* Translators: %s is a file, %u how many of the files to write exist already */
                               "“%s” exists already (%u questionnaire of this run); nothing was written. "
                               "Use --force to replace it, or another folder.\n",
                               "“%s” exists already (%u questionnaires of this run); nothing was written. "
                               "Use --force to replace them, or another folder.\n", n_existing),
                  display, n_existing);
      return BS_EXIT_INVALID;
    }

  return BS_EXIT_OK;
}

int
bs_cli_cmd_blank (int    argc,
                  char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) assessment = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) respondents = NULL;
  g_auto(BlankOptions) options = { NULL };
  g_autofree char *output = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *framework_path = NULL;
  const char *inputs[3];
  gboolean force = FALSE;
  int status;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the questionnaires into this folder (made if needed)"), N_("DIR") },
    { "respondents", 'n', 0, G_OPTION_ARG_INT, &options.respondents,
      N_("One questionnaire each for N anonymous respondents"), N_("N") },
    { "names", 0, 0, G_OPTION_ARG_FILENAME, &options.names_path,
      N_("One questionnaire for each name,role line of this UTF-8 CSV file"), N_("FILE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format_text,
      N_("xml: a respondent file each (default); csv: one template for a survey tool; pdf: a paper form each"),
      N_("FORMAT") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_("Language of the statements in CSV and PDF: nl or en (default: from the locale)"), N_("LANG") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Replace questionnaires of the same names in the folder"), NULL },
    { "framework", 'f', 0, G_OPTION_ARG_FILENAME, &framework_path,
      N_("Use this framework file instead of the one the assessment names"), N_("FILE") },
    { NULL }
  };
  const BsCliCommand command = {
    .summary = _("ASSESSMENT -o DIR [--respondents N | --names FILE] — write questionnaires to hand out"),
    .entries = entries,
    .files_error = _("blank needs exactly one assessment file"),
    .required = { { &output, _("blank needs an output folder: -o DIR") } },
    .check = check_options,
    .check_data = &options,
    .lang = &lang,
  };

  status = bs_cli_parse_command (&command, &argc, &argv);
  if (status != BS_EXIT_OK)
    return status;
  inputs[0] = argv[1];
  inputs[1] = options.names_path;
  inputs[2] = framework_path;

  assessment = bs_cli_load_assessment (argv[1], framework_path);
  if (assessment == NULL)
    return BS_EXIT_INVALID;

  respondents = respondent_list (&options, bs_assessment_get_framework (assessment), &error);
  if (respondents == NULL ||
      !check_new_to_team (assessment, argv[1], options.names_path, respondents, &error))
    {
      g_printerr ("%s\n", error->message);
      return BS_EXIT_INVALID;
    }

  /* The paths first, to check them before any work. */
  files = plan_files (options.format, respondents, output);
  status = check_targets (files, output, inputs, G_N_ELEMENTS (inputs), force);
  if (status != BS_EXIT_OK)
    return status;

  {
    g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    Maker maker = { options.format, assessment, lang, respondents, ids };

    return write_all (&maker, output, files);
  }
}

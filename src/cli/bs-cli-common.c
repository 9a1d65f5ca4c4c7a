/* bs-cli-common.c: the command-line check, usage errors and loading, shared by the commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-cli"

#include "config.h"

#include <errno.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "bs-cli-common.h"
#include "bs-safe-write.h"

void
bs_cli_usage_error (const char *message)
{
  g_printerr ("blendscan-cli: %s\n", message);
  g_printerr (_("Try “blendscan-cli --help” for more information.\n"));
}

/* Parses a command's options; on a usage error it says so itself. */
static gboolean
parse_options (const char          *summary,
               const GOptionEntry  *entries,
               int                 *argc,
               char              ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (summary);
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      bs_cli_usage_error (error->message);
      return FALSE;
    }

  return TRUE;
}

/* Reports a usage error itself. */
static gboolean
check_lang (const char *lang)
{
  g_autofree char *msg = NULL;

  if (lang == NULL || g_str_equal (lang, "nl") || g_str_equal (lang, "en"))
    return TRUE;

  msg = g_strdup_printf (_("unknown language “%s”; use nl or en"), lang);
  bs_cli_usage_error (msg);
  return FALSE;
}

/* Checks the output (-o; "-" is standard output) before anything is read
 * or drawn: it must not be one of the inputs (a report written over its
 * assessment destroys it), even through a link or another name for the
 * same file, and it must be a regular file or none yet, since a PDF
 * written "to" /dev/null or a FIFO would replace it or block. Standard
 * output must not be a terminal.
 * %NULL @inputs are options not given. Returns %BS_EXIT_OK, or the exit
 * status after printing why not. */
static int
check_output (const char         *output,
              const char * const *inputs,
              guint               n_inputs)
{
  g_autoptr(GError) error = NULL;
  GStatBuf out_st;

  if (g_str_equal (output, "-"))
    {
      if (isatty (STDOUT_FILENO))
        {
          bs_cli_usage_error (_("standard output is a terminal; redirect “-o -” to a file or a pipe"));
          return BS_EXIT_USAGE;
        }
      return BS_EXIT_OK;
    }

  if (g_stat (output, &out_st) == 0)
    for (guint i = 0; i < n_inputs; i++)
      {
        GStatBuf in_st;

        if (inputs[i] != NULL && g_stat (inputs[i], &in_st) == 0 &&
            in_st.st_dev == out_st.st_dev && in_st.st_ino == out_st.st_ino)
          {
            g_autofree char *msg = NULL;

            /* Translators: the first %s is the output file, the second the input it would overwrite */
            msg = g_strdup_printf (_("the output “%s” is the input file “%s”; writing it would destroy that file"),
                                   output, inputs[i]);
            bs_cli_usage_error (msg);
            return BS_EXIT_USAGE;
          }
      }

  if (!bs_safe_write_check (output, &error))
    {
      /* Translators: %s is a file name; the reason follows the colon */
      g_printerr (_("Cannot write “%s”: %s\n"), output, error->message);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE) &&
          !g_file_test (output, G_FILE_TEST_IS_DIR))
        g_printerr (_("Use “-o -” to write to standard output.\n"));
      return BS_EXIT_INVALID;
    }

  return BS_EXIT_OK;
}

/**
 * bs_cli_parse_command:
 * @argc: (inout): the command's argc; the files are left in @argv from 1
 *
 * Parses and checks a command's options and files, in one order for every
 * command: options, the number of files, the required options, the
 * command's own checks, the language, the output.
 *
 * Returns: %BS_EXIT_OK, or the exit status after printing why not
 */
int
bs_cli_parse_command (const BsCliCommand   *command,
                      int                  *argc,
                      char               ***argv)
{
  g_return_val_if_fail (command != NULL, BS_EXIT_USAGE);

  if (!parse_options (command->summary, command->entries, argc, argv))
    return BS_EXIT_USAGE;

  if (*argc < 2 || (!command->many_files && *argc != 2))
    {
      bs_cli_usage_error (command->files_error);
      return BS_EXIT_USAGE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (command->required) && command->required[i].value != NULL; i++)
    if (*command->required[i].value == NULL)
      {
        bs_cli_usage_error (command->required[i].error);
        return BS_EXIT_USAGE;
      }

  if (command->check != NULL && !command->check (command->check_data))
    return BS_EXIT_USAGE;

  if (command->lang != NULL && !check_lang (*command->lang))
    return BS_EXIT_USAGE;

  if (command->output != NULL)
    {
      /* Every file: merge takes a thousand. */
      g_autoptr(GPtrArray) inputs = g_ptr_array_new ();

      for (int i = 1; i < *argc; i++)
        g_ptr_array_add (inputs, (*argv)[i]);
      for (guint i = 0; i < G_N_ELEMENTS (command->inputs); i++)
        g_ptr_array_add (inputs, command->inputs[i] != NULL ? *command->inputs[i] : NULL);
      return check_output (*command->output, (const char * const *) inputs->pdata, inputs->len);
    }

  return BS_EXIT_OK;
}

/**
 * bs_cli_load_framework:
 * @path: (nullable): a framework file given with --framework
 * @failed: (out): set when @path was given but could not be read
 *
 * Returns: (transfer full) (nullable): the framework, or %NULL when none
 *   was asked for or it failed (the message is printed)
 */
BsFramework *
bs_cli_load_framework (const char *path,
                       gboolean   *failed)
{
  g_autoptr(GError) error = NULL;
  BsFramework *framework;

  *failed = FALSE;
  if (path == NULL)
    return NULL;

  framework = bs_framework_new_from_file (path, &error);
  if (framework == NULL)
    {
      g_printerr ("%s\n", error->message);
      *failed = TRUE;
    }

  return framework;
}

/**
 * bs_cli_load_assessment:
 *
 * Returns: (transfer full) (nullable): the assessment; on failure the
 *   message is printed and the command exits with %BS_EXIT_INVALID
 */
BsAssessment *
bs_cli_load_assessment (const char *path,
                        const char *framework_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BsFramework) framework = NULL;
  BsAssessment *assessment;
  gboolean failed;

  framework = bs_cli_load_framework (framework_path, &failed);
  if (failed)
    return NULL;

  assessment = bs_assessment_load (path, framework, &error);
  if (assessment == NULL)
    g_printerr ("%s\n", error->message);

  return assessment;
}

/**
 * bs_cli_write_stdout:
 *
 * Writes the bytes of a PDF, SVG or PNG to standard output.
 *
 * Returns: %BS_EXIT_OK, or %BS_EXIT_INVALID after printing why not
 */
int
bs_cli_write_stdout (GBytes *bytes)
{
  gsize length, done = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  while (done < length)
    {
      gssize n = write (STDOUT_FILENO, data + done, length - done);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          g_printerr (_("Could not write to standard output: %s\n"), g_strerror (errno));
          return BS_EXIT_INVALID;
        }
      done += n;
    }

  return BS_EXIT_OK;
}

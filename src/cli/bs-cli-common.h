/* bs-cli-common.h: what every blendscan-cli command shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "blendscan-core.h"

G_BEGIN_DECLS

/* Exit status of every command. */
enum {
  BS_EXIT_OK = 0,
  BS_EXIT_INVALID = 1,
  BS_EXIT_USAGE = 2,
  /* validate --lint: every file valid, but a framework breaks an authoring rule */
  BS_EXIT_WARNINGS = 3,
};

/**
 * BsCliRequired:
 * @value: where the option parser puts the option's value
 * @error: the usage error when it is not given
 */
typedef struct
{
  char       **value;
  const char  *error;
} BsCliRequired;

/* A command's own checks of its options; reports a usage error itself. */
typedef gboolean (*BsCliCheckFunc) (gpointer user_data);

/**
 * BsCliCommand:
 * @summary: what the command does and takes, for its --help
 * @entries: its options
 * @many_files: whether it takes one file or more; otherwise exactly one
 * @files_error: the usage error when the number of files is wrong
 * @required: options it cannot do without, checked in this order
 * @check: (nullable): its own checks, after the required options
 * @check_data: for @check
 * @lang: (nullable): where --lang goes, to check it is a language we have
 * @output: (nullable): where -o goes, checked not to overwrite an input
 * @inputs: other options that name files the command reads
 *
 * What a command takes, so that every command checks its command line the
 * same way and in the same order, before it reads or writes anything.
 */
typedef struct
{
  const char         *summary;
  const GOptionEntry *entries;
  gboolean            many_files;
  const char         *files_error;
  BsCliRequired       required[2];
  BsCliCheckFunc      check;
  gpointer            check_data;
  char              **lang;
  char              **output;
  char              **inputs[2];
} BsCliCommand;

void          bs_cli_usage_error     (const char          *message);
int           bs_cli_parse_command   (const BsCliCommand  *command,
                                      int                 *argc,
                                      char              ***argv);
BsFramework  *bs_cli_load_framework  (const char          *path,
                                      gboolean            *failed);
BsAssessment *bs_cli_load_assessment (const char          *path,
                                      const char          *framework_path);
int           bs_cli_write_stdout    (GBytes              *bytes);

G_END_DECLS

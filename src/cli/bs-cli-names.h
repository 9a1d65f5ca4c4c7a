/* bs-cli-names.h: the list of respondents blendscan-cli blank reads, and the file names it gives them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "blendscan-core.h"

G_BEGIN_DECLS

/* A names file is a list of people, not a data set. */
#define BS_CLI_NAMES_MAX_SIZE (4 * 1024 * 1024)
#define BS_CLI_NAMES_MAX      10000

/**
 * BsCliName:
 * @name: the respondent's name, trimmed
 * @role: (nullable): a role id, or %NULL when the line gives none
 * @line: the line of the names file it is on; 0 without one
 */
typedef struct
{
  char  *name;
  char  *role;
  guint  line;
} BsCliName;

void       bs_cli_name_free   (gpointer     entry);
GPtrArray *bs_cli_read_names  (const char  *path,
                               BsFramework *framework,
                               GError     **error);
char      *bs_cli_file_stem   (const char  *name,
                               guint        number,
                               GHashTable  *taken);
char      *bs_cli_role_list   (BsFramework *framework);

G_END_DECLS

/* bs-cli-commands.h: the commands of blendscan-cli, one per file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Each takes the command's own argv, the command name as argv[0], and
 * returns the exit status. */
int bs_cli_cmd_validate (int    argc,
                         char **argv);
int bs_cli_cmd_score    (int    argc,
                         char **argv);
int bs_cli_cmd_report   (int    argc,
                         char **argv);
int bs_cli_cmd_chart    (int    argc,
                         char **argv);
int bs_cli_cmd_blank    (int    argc,
                         char **argv);
int bs_cli_cmd_merge    (int    argc,
                         char **argv);
int bs_cli_cmd_compare  (int    argc,
                         char **argv);
int bs_cli_cmd_next     (int    argc,
                         char **argv);
int bs_cli_cmd_import_responses (int    argc,
                                 char **argv);

G_END_DECLS

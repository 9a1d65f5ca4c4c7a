/* bs-cli-report.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int bs_cli_cmd_report (int    argc,
                       char **argv);
int bs_cli_cmd_chart  (int    argc,
                       char **argv);

G_END_DECLS

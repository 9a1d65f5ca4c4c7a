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
};

void          bs_cli_usage_error     (const char  *message);
gboolean      bs_cli_parse_options   (const char          *summary,
                                      const GOptionEntry  *entries,
                                      int                 *argc,
                                      char              ***argv);
gboolean      bs_cli_check_lang      (const char  *lang);
BsFramework  *bs_cli_load_framework  (const char  *path,
                                      gboolean    *failed);
BsAssessment *bs_cli_load_assessment (const char  *path,
                                      const char  *framework_path);
int           bs_cli_check_output    (const char         *output,
                                      const char * const *inputs,
                                      guint               n_inputs);
int           bs_cli_write_stdout    (GBytes             *bytes);

G_END_DECLS

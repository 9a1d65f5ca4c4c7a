/* bs-cli-team.h: opening and saving the team file, shared by merge and import-responses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "blendscan-core.h"

G_BEGIN_DECLS

BsAssessment *bs_cli_open_team (const char   *team_path,
                                const char   *source_path,
                                const char   *framework_path);
int           bs_cli_save_team (BsAssessment *team,
                                const char   *team_path,
                                guint         before);

G_END_DECLS

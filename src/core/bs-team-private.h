/* bs-team-private.h: reading and writing a team (<team>) as part of an assessment file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "bs-assessment.h"
#include "bs-team.h"

G_BEGIN_DECLS

gboolean _bs_team_load        (BsAssessment  *assessment,
                               xmlNode       *team,
                               const char    *display_name,
                               GError       **error);
void     _bs_team_write       (BsAssessment  *assessment,
                               xmlNode       *team);
gboolean _bs_team_check_texts (BsTeam        *self,
                               GError       **error);

G_END_DECLS

/* bs-chart-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-radar.h"

G_BEGIN_DECLS

gboolean bs_chart_export (BsAssessment         *assessment,
                          const char           *level_id,
                          const BsRadarOptions *options,
                          int                   size_px,
                          const char           *path,
                          GError              **error);

G_END_DECLS

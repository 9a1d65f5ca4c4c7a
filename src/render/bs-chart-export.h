/* bs-chart-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-radar.h"

G_BEGIN_DECLS

typedef enum
{
  BS_CHART_FORMAT_PNG,
  BS_CHART_FORMAT_SVG,
  BS_CHART_FORMAT_PDF,
} BsChartFormat;

gboolean bs_chart_format_from_name (const char           *name,
                                    BsChartFormat        *format);
GBytes  *bs_chart_render           (BsAssessment         *assessment,
                                    const char           *level_id,
                                    const BsRadarOptions *options,
                                    int                   size_px,
                                    BsChartFormat         format,
                                    GError              **error);
gboolean bs_chart_export           (BsAssessment         *assessment,
                                    const char           *level_id,
                                    const BsRadarOptions *options,
                                    int                   size_px,
                                    const char           *path,
                                    GError              **error);

G_END_DECLS

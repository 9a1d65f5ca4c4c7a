/* bs-radar-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "blendscan-core.h"
#include "bs-level-view.h"
#include "bs-radar.h"

G_BEGIN_DECLS

#define BS_TYPE_RADAR_VIEW (bs_radar_view_get_type ())

G_DECLARE_FINAL_TYPE (BsRadarView, bs_radar_view, BS, RADAR_VIEW, BsLevelView)

GtkWidget    *bs_radar_view_new         (BsAssessment *assessment,
                                         const char   *level_id);
BsRadarFlags  bs_radar_view_get_flags   (BsRadarView  *self);
void          bs_radar_view_set_flags   (BsRadarView  *self,
                                         BsRadarFlags  flags);
char         *bs_radar_view_get_previous_name (BsRadarView *self);
double        bs_radar_view_get_font_scale (BsRadarView *self,
                                            int          width);

G_END_DECLS

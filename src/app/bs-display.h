/* bs-display.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "blendscan-core.h"

G_BEGIN_DECLS

char    *bs_display_progress_text     (guint          answered,
                                       guint          total);
char    *bs_display_score_progress_text (const BsScore *score);
char    *bs_display_decimal           (double         value,
                                       guint          decimals);
char    *bs_display_gap_text          (double         gap);
char    *bs_display_score_text        (const BsScore *score);
int      bs_display_button_for_value  (int            value,
                                       guint          n_stages);
int      bs_display_value_for_button  (int            button,
                                       guint          n_stages);
int      bs_display_value_for_key     (guint          keyval,
                                       guint          n_stages);
char    *bs_display_title             (const char    *title,
                                       gboolean       dirty);
char    *bs_display_subtitle          (const char    *path,
                                       gboolean       dirty);
gboolean bs_display_is_iso_date       (const char    *text);
char    *bs_display_level_summary     (BsAssessment  *assessment,
                                      const char    *level_id);
char    *bs_display_stage_label       (guint          value,
                                       const char    *name);
guint    bs_display_next_step_from    (int            value,
                                       guint          n_stages);
BsScoreMove bs_display_change         (double         then,
                                       double         now,
                                       char         **text,
                                       char         **spoken);
const char *bs_display_change_css_class (BsScoreMove  move);

G_END_DECLS

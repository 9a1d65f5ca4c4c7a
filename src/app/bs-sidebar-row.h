/* bs-sidebar-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "blendscan-core.h"

G_BEGIN_DECLS

typedef enum
{
  BS_SIDEBAR_ROW_LEVEL,
  BS_SIDEBAR_ROW_DIMENSION,
  BS_SIDEBAR_ROW_RESULTS,
  BS_SIDEBAR_ROW_ACTIONS,
  BS_SIDEBAR_ROW_REFLECTION,
} BsSidebarRowKind;

#define BS_TYPE_SIDEBAR_ROW_KIND (bs_sidebar_row_kind_get_type ())

GType bs_sidebar_row_kind_get_type (void) G_GNUC_CONST;

#define BS_TYPE_SIDEBAR_ROW (bs_sidebar_row_get_type ())

G_DECLARE_FINAL_TYPE (BsSidebarRow, bs_sidebar_row, BS, SIDEBAR_ROW, GtkListBoxRow)

GtkWidget        *bs_sidebar_row_new_level          (BsAssessment     *assessment,
                                                     BsLevel          *level);
GtkWidget        *bs_sidebar_row_new_dimension      (BsAssessment     *assessment,
                                                     BsDimension      *dimension);
GtkWidget        *bs_sidebar_row_new_page           (BsAssessment     *assessment,
                                                     BsSidebarRowKind  kind);
BsSidebarRowKind  bs_sidebar_row_get_kind           (BsSidebarRow     *self);
BsDimension      *bs_sidebar_row_get_dimension      (BsSidebarRow     *self);
BsScoreWatch     *bs_sidebar_row_get_score_watch    (BsSidebarRow     *self);
const char       *bs_sidebar_row_get_progress_text  (BsSidebarRow     *self);
const char       *bs_sidebar_row_get_score_text     (BsSidebarRow     *self);
const char       *bs_sidebar_row_get_change_text    (BsSidebarRow     *self);

G_END_DECLS

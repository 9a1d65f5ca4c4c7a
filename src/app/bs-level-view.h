/* bs-level-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "blendscan-core.h"
#include "bs-palette.h"

G_BEGIN_DECLS

#define BS_TYPE_LEVEL_VIEW (bs_level_view_get_type ())

G_DECLARE_DERIVABLE_TYPE (BsLevelView, bs_level_view, BS, LEVEL_VIEW, GtkWidget)

struct _BsLevelViewClass
{
  GtkWidgetClass parent_class;

  /* The assessment changed: redraw (the default) or measure again. */
  void (*changed) (BsLevelView *self);
};

BsAssessment *bs_level_view_get_assessment (BsLevelView *self);
const char   *bs_level_view_get_level_id   (BsLevelView *self);
double        bs_level_view_get_zoom       (BsLevelView *self);
void          bs_level_view_set_zoom       (BsLevelView *self,
                                            double       zoom);
void          bs_level_view_get_palette    (BsLevelView *self,
                                            BsPalette   *palette);

G_END_DECLS
